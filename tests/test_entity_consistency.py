"""The same words found the same way in every document (helper DZ, s26): hyphen and number variants of a
vocabulary name, and a disease name whose capital shows it inside a sentence but not at the sentence's start.
Invented text, the real pipeline."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def ents(doc):
    return [(e.text, e.label_, e._.concept_id) for e in doc.ents]


@pytest.mark.parametrize("text, name, concept", [
    # `T-cells` and `T-lymphocytes` were names, their B-cell twins and the plural `B lymphocytes` were not
    ("Circulating B-cells were depleted before the graft.", "B-cells", "cell:other"),
    ("Naive B lymphocytes were counted in the blood of the donors.", "B lymphocytes", "cell:other"),
    ("Mature B-lymphocytes were counted in the spleen.", "B-lymphocytes", "cell:other"),
    ("Polarized T-helper cells expanded after the infusion.", "T-helper cells", "cell:t_cell"),
    ("Cytotoxic NK-cells were counted after the infusion.", "NK-cells", "cell:other"),
])
def test_dz_hyphen_and_number_variants_of_cell_names(nlp, text, name, concept):
    assert (name, "CELL_TYPE", concept) in ents(nlp(text))


def test_dz_b_cell_inside_an_end_point_is_nested_like_t_cell(nlp):
    for cell in ("T-cell", "B-cell"):
        doc = nlp(f"The grafted cells impaired {cell} activation in the recipients.")
        assert cell in [s.text for s in doc.spans["litmine_nested"]], (cell, ents(doc))


@pytest.mark.parametrize("name", ["progression-free survival", "disease-free survival", "relapse-free survival",
                                  "recurrence-free survival"])
def test_dz_event_free_survival_end_points_are_whole(nlp, name):
    # like `tracheostomy-free survival`: the end point is the whole name, not its last word
    got = ents(nlp(f"The cell therapy prolonged {name} in the treated group."))
    assert (name, "OUTCOME", "outcome:survival") in got, got


def test_dz_eponym_disease_opening_a_sentence_when_named_inside_one(nlp):
    text = ("Gene variants in two families with Norvell disease.\n"
            "Norvell disease is an inherited disorder of the white matter. Patients with Norvell disease were seen.")
    got = [e for e in ents(nlp(text)) if e[0] == "Norvell disease"]
    assert got == [("Norvell disease", "DISEASE", "disease:other")] * 3, got


def test_dz_capitalised_first_word_before_disease_alone_is_no_name(nlp):
    # without the name written inside a sentence, a capitalised first word before `disease` is no eponym
    got = ents(nlp("New variants in two families.\nSuch disease was rare in the cohort of patients."))
    assert not any(e[0] == "Such disease" for e in got), got


def test_dz_lower_case_b_cells_are_beta_cells_not_b_cells(nlp):
    # `B-cells` is matched as written: a lower-case `b-cells` is a beta cell that lost its `β`; title capitals stay
    got = ents(nlp("Damage of insulin-producing b-cells and pancreatic b-cell toxins were studied."))
    assert not any(e[1] == "CELL_TYPE" for e in got), got
    got = ents(nlp("Circulating T-Cells and B-Cells in Patients\nThe cells were counted."))
    assert ("T-Cells", "CELL_TYPE", "cell:t_cell") in got and ("B-Cells", "CELL_TYPE", "cell:other") in got, got


def test_dz_t_cell_activation_is_inflammation_with_or_without_hyphen(nlp):
    got = ents(nlp("The grafted cells inhibited T cell activation and T-cell activation in the recipients."))
    assert ("T cell activation", "OUTCOME", "outcome:inflammation") in got, got
    assert ("T-cell activation", "OUTCOME", "outcome:inflammation") in got, got


@pytest.mark.parametrize("text,short", [
    ("Oncogenes in lymphoma\nThe B-cell derived (Bcd) oncogene was cloned from tumours. Bcd expression rose.", "Bcd"),
    ("Antigens of thymocytes\nA T cell specific (Tcs) antigen was purified. Tcs levels fell after culture.", "Tcs"),
])
def test_short_form_of_something_named_after_cells_is_no_cell(nlp, text, short):
    """A long form that goes on past the cell name with a participle (`B-cell derived (Bcd) oncogene`) names what
    comes of the cells; its short form is no cell mention (the cells themselves still are)."""
    got = ents(nlp(text))
    assert not [g for g in got if g[0] == short], got
    assert [g for g in got if g[1] == "CELL_TYPE"], got


@pytest.mark.parametrize("text,short", [
    ("Retroviral leukemia\nAdult T-cell leukemia (ATL) is caused by a retrovirus. ATL cells expand and ATL patients "
     "die early.", "ATL"),
    ("Immunodeficiency\nBare lymphocyte syndrome (BLS) is a rare immunodeficiency. BLS patients lack HLA class II.",
     "BLS"),
])
def test_short_form_of_a_disease_named_after_cells_is_no_cell(nlp, text, short):
    """A long form whose head is a disease word (`adult T-cell leukemia (ATL)`) defines a disease, even where the
    only mention inside it is the cell word: its short form is no cell."""
    got = ents(nlp(text))
    assert not [g for g in got if g[0] == short and g[1] == "CELL_TYPE"], got


def test_short_form_of_cells_named_before_a_disease_word_stays_cells(nlp):
    got = ents(nlp("Cells for stroke\nMesenchymal stem cells (MSCs) were given after stroke. MSCs were safe."))
    assert [g for g in got if g[0] == "MSCs"] == [("MSCs", "CELL_TYPE", "cell:msc")] * 2, got
