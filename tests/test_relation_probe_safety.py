"""(helper FD, s28) Cell -> outcome cases found by benchmarks/relation_probe.py (group cell-outcomes: cells given
with `given`, cells `associated with` adverse events, stem-cell products named only as derived cells, and safety as
trials word it); every sentence is invented."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp
from pipeline.nlp.relations import relation_rows


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def rels(nlp, text):
    doc = nlp(text)
    doc._.pmid = "1"
    return {(r["predicate"], r["subject_id"], r["object_id"]): (r["effect"], bool(r["negated"]), bool(r["hedged"]))
            for r in relation_rows(doc, "test", text)}


@pytest.mark.parametrize("text, cell, outcome, effect", [
    ("Mortality was higher among rats given hematopoietic stem cells than among sham rats.",
     "cell:hsc", "outcome:survival", "unfavorable"),
    ("Mice that were given bone marrow mononuclear cells lost less weight than untreated mice.",
     "cell:bm_mnc", "outcome:body_weight", "favorable"),
])
def test_cells_given_to_the_animals_are_a_cell_treatment(nlp, text, cell, outcome, effect):
    # focus.gives_cells: `given` before the cells gives them, as `received` does
    assert rels(nlp, text)[("AFFECTS", cell, outcome)][0] == effect


def test_a_clause_opening_given_gives_no_cells(nlp):
    text = "Given hematopoietic stem cells' capacity to home to the spinal cord, survival was examined in mice."
    assert not [k for k in rels(nlp, text) if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, cell, effect", [
    ("Wharton's jelly MSCs were not associated with any treatment-related adverse events.", "cell:wj_msc",
     "favorable"),
    ("Intrathecal NSCs were associated with more adverse events than sham surgery.", "cell:nsc", "unfavorable"),
])
def test_cells_associated_with_adverse_events_are_their_safety_result(nlp, text, cell, effect):
    # gates._associated_only stops markers of the course, not the harms of the graft itself
    assert rels(nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == effect


def test_native_cells_associated_with_adverse_events_stay_a_marker(nlp):
    got = rels(nlp, "Higher counts of circulating Tregs were associated with fewer adverse events.")
    assert not [k for k in got if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, cell", [
    ("Grip strength declined after grafting of iPSC-derived cells into the cervical cord.", "cell:ipsc"),
    ("Grip strength declined after grafting of human ESC-derived cells into the cervical cord.", "cell:esc"),
])
def test_cells_named_only_as_derived_from_stem_cells_are_that_stem_cell_product(nlp, text, cell):
    # SPEC section 2: the product named as no other type is the stem cell's (`iPSC-derived NPCs` stay cell:nsc)
    doc = nlp(text)
    assert [(e.label_, e._.concept_id) for e in doc.ents if e.label_ == "CELL_TYPE"] == [("CELL_TYPE", cell)]
    assert rels(nlp, text)[("AFFECTS", cell, "outcome:muscle_strength")][0] == "unfavorable"


def test_derived_cells_of_a_named_type_keep_their_type(nlp):
    doc = nlp("Grafts of iPSC-derived neural progenitor cells and iPSC-derived motor neurons were compared.")
    assert {e._.concept_id for e in doc.ents if e.label_ == "CELL_TYPE"} == {"cell:nsc", "cell:motor_neuron"}


@pytest.mark.parametrize("text, cell", [
    ("Infusion of autologous bone marrow MSCs was not associated with clinically significant toxicity.", "cell:bm_msc"),
    ("Intrathecal NSCs were never associated with serious procedure-related complications.", "cell:nsc"),
])
def test_a_harm_not_associated_with_the_cells_is_their_safety(nlp, text, cell):
    # cues.safety.association_denied: `not associated with X` is null for a change, favorable for a harm denied
    assert rels(nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == "favorable"


@pytest.mark.parametrize("text, cell, effect", [
    ("Adverse events after the UC-MSC injections were limited to mild headache.", "cell:uc_msc", "favorable"),
    ("Side effects of intrathecal BM-MNC injection were limited to transient back pain.", "cell:bm_mnc", "favorable"),
    # harms kept to one arm are no verdict of safety
    ("Adverse events after UC-MSC injection were limited to the high-dose group.", "cell:uc_msc", "unclear"),
])
def test_harms_limited_to_minor_ones_are_a_safe_result(nlp, text, cell, effect):
    assert rels(nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == effect
