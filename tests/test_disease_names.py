"""Disease names' bounds (helper EP, s27): a tumour's short form before `cells` names the tumour's cells, as its
long form does; a tumour's name keeps the organ or eponym that says which tumour it is. Invented text, the real
pipeline."""
from __future__ import annotations

import pytest


def diseases(doc):
    return [(e.start_char, e.text) for e in doc.ents if e.label_ == "DISEASE"]


@pytest.mark.parametrize("text, cells_at, kept", [
    ("Blasts of the marrow\nAcute promyelocytic leukemia (APL) is rare. We exposed APL cells to retinoic acid, "
     "and APL patients went into remission.", "APL cells", "APL patients"),
    ("Kinases in the liver\nHepatocellular carcinoma (HCC) grows fast. Two HCC cell lines were grown, and HCC "
     "recurred in ten patients.", "HCC cell lines", "HCC recurred"),
])
def test_tumour_short_form_before_cells_is_no_disease(entity_nlp, text, cells_at, kept):
    """`leukemia cells` is no disease mention (the ruler's check); its short form before `cells` is none either,
    while the short form elsewhere is the disease."""
    got = diseases(entity_nlp(text))
    starts = {s for s, _ in got}
    assert text.index(cells_at) not in starts, got
    assert text.index(kept) in starts, got


def test_short_form_of_a_disease_that_is_no_tumour_keeps_its_cells(entity_nlp):
    """Only a tumour's cells: `A-T cells` are a patient's cells, the disease named (as `ataxia-telangiectasia cells`)."""
    text = "Repair in A-T\nAtaxia-telangiectasia (A-T) is inherited. A-T cells were irradiated."
    assert text.index("A-T cells") in {s for s, _ in diseases(entity_nlp(text))}


@pytest.mark.parametrize("text, name", [
    ("Screening\nWomen with breast cancer were screened for the variant.", "breast cancer"),
    ("Screening\nThe variant was common in ovarian cancer and rare in healthy women.", "ovarian cancer"),
    ("Screening\nMen with prostate cancer received the drug.", "prostate cancer"),
    ("Screening\nPatients with colorectal cancer were enrolled.", "colorectal cancer"),
    ("Lymphoma\nTwo children with Burkitt's lymphoma were treated.", "Burkitt's lymphoma"),
    ("Nephroblastoma\nThe gene is lost in Wilms tumor of the kidney.", "Wilms tumor"),
    ("Lymphoma\nThe gene is rearranged in diffuse large B-cell lymphoma of the elderly.",
     "diffuse large B-cell lymphoma"),
    ("Retroviral leukemia\nThe virus causes adult T-cell leukemia in a few carriers.", "adult T-cell leukemia"),
])
def test_tumour_name_keeps_its_organ_kind_or_eponym(entity_nlp, text, name):
    """`cancer` alone is another disease than `breast cancer`: the mention is the whole name (SPEC section 1)."""
    assert (text.index(name), name) in diseases(entity_nlp(text))


def test_tumour_size_is_no_part_of_its_name(entity_nlp):
    text = "Safety of the graft\nTwo mice developed large tumors after the graft."
    assert not [t for _, t in diseases(entity_nlp(text)) if t.startswith("large")]


def test_tumour_short_form_before_cells_is_no_other_mention_either(entity_nlp):
    """The paper defines the short form as the tumour: `NPC cell lines` are no neural progenitor cells."""
    text = "Viral genes\nNasopharyngeal carcinoma (NPC) is common in the south. Two NPC cell lines were infected."
    doc = entity_nlp(text)
    assert text.rindex("NPC") not in {e.start_char for e in doc.ents}, [(e.text, e.label_) for e in doc.ents]


def test_gene_named_for_the_tumour_it_is_lost_in_is_no_disease(entity_nlp):
    text = ("Axon guidance\nThe receptor DCC (deleted in colorectal cancer) guides axons. Netrin binds DCC on "
            "growth cones.")
    got = diseases(entity_nlp(text))
    assert text.rindex("DCC") not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, word", [
    ("Surgery\nThe residual tumor was removed in a second operation.", "residual"),
    ("Genes\nThe putative tumour suppressor was lost in five tumours.", "putative"),
])
def test_tumour_name_takes_no_word_that_says_no_kind(entity_nlp, text, word):
    assert not [t for _, t in diseases(entity_nlp(text)) if t.lower().startswith(word)], diseases(entity_nlp(text))


@pytest.mark.parametrize("text", [
    "Viral gene\nThe drug altered the activity of the human immunodeficiency virus-1 long terminal repeat.",
    "Viral gene\nMouse mammary tumor virus-long terminal repeat constructs were used.",
])
def test_disease_word_in_a_virus_name_glued_to_its_number_is_no_disease(entity_nlp, text):
    """`virus-1` is the virus as `virus` is (the ruler's check read the whole token)."""
    assert diseases(entity_nlp(text)) == []
