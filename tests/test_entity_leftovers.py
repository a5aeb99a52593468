"""(helper FH, s28) Entity leftovers found by the session's probes: marrow's mononuclear cells named with the tissue
before them, deaths compared between groups, the tissue before an MSC-NTF description, tumour cells, and a route
adjective before a chain of adjectives. Invented text, the real pipeline."""
from __future__ import annotations

import pytest

from pipeline.nlp.tables import entity_rows


def ents(doc, label):
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == label]


@pytest.mark.parametrize("text", [
    "Findings\nThe grafted cells exert systemic anti-inflammatory actions in the treated rats.",
    "Findings\nUC-MSCs showed systemic anti-inflammatory and immunomodulatory effects after the second dose.",
])
def test_route_adjective_before_adjectives_and_an_action_is_no_route(entity_nlp, text):
    assert ents(entity_nlp(text), "ROUTE") == []


def test_route_adjective_before_a_giving_stays_a_route(entity_nlp):
    doc = entity_nlp("Methods\nThe cells were given by systemic injection, and autologous MSCs by intrathecal autologous "
              "cell delivery.")
    assert ("systemic", "route:other") in ents(doc, "ROUTE"), ents(doc, "ROUTE")


@pytest.mark.parametrize("text, word", [
    ("Results\nDeaths were more frequent among rats given HSCs than among rats given saline.", "Deaths"),
    ("Results\nThere were fewer deaths in the grafted group than in the sham group.", "deaths"),
])
def test_deaths_compared_between_groups_are_survival(entity_nlp, text, word):
    assert (word, "outcome:survival") in ents(entity_nlp(text), "OUTCOME"), ents(entity_nlp(text), "OUTCOME")


def test_deaths_as_a_safety_finding_or_a_cause_stay_as_they_were(entity_nlp):
    assert ("deaths", "outcome:safety") in ents(entity_nlp("Results\nNo deaths occurred after the cell injections."), "OUTCOME")
    assert ents(entity_nlp("Results\nMore deaths were due to pneumonia than to falls."), "OUTCOME") == []


@pytest.mark.parametrize("text, name, concept", [
    ("Trial\nPatients who received bone marrow MNCs were followed for a year.", "bone marrow MNCs", "cell:bm_mnc"),
    ("Trial\nAutologous BM MNCs were injected into the cisterna magna.", "BM MNCs", "cell:bm_mnc"),
    ("Trial\nWe gave bone marrow-derived MNCs to eight dogs.", "bone marrow-derived MNCs", "cell:bm_mnc"),
    # the tissue before bare mononuclear cells sets their concept: blood's are no marrow's (SPEC: cell:bm_mnc is marrow's)
    ("Trial\nCord blood MNCs were injected into the tail vein.", "Cord blood MNCs", "cell:other"),
    # other cells keep their own concept with the marrow before them
    ("Culture\nWe cultured bone marrow macrophages for seven days.", "bone marrow macrophages", "cell:macrophage"),
    ("Culture\nWe differentiated bone marrow-derived macrophages with M-CSF.", "bone marrow-derived macrophages",
     "cell:macrophage"),
    ("Culture\nThe rats received bone marrow stromal cells on day 3.", "bone marrow stromal cells", "cell:bm_msc"),
    # the tissue's words only: no donor or species word joins a name that already holds its source
    ("Culture\nWe isolated murine bone marrow-derived macrophages.", "bone marrow-derived macrophages", "cell:macrophage"),
    ("Trial\nWe gave autologous adipose-derived mesenchymal stem cells.", "adipose-derived mesenchymal stem cells",
     "cell:ad_msc"),
])
def test_marrow_before_cells(entity_nlp, text, name, concept):
    assert (name, concept) in ents(entity_nlp(text), "CELL_TYPE"), ents(entity_nlp(text), "CELL_TYPE")


def test_marrow_mncs_keep_bare_mncs_of_the_document_marrows(entity_nlp):
    doc = entity_nlp("Trial\nBone marrow MNCs were harvested from each patient. The MNCs were then given intrathecally.")
    assert ents(doc, "CELL_TYPE") == [("Bone marrow MNCs", "cell:bm_mnc"), ("MNCs", "cell:bm_mnc")], ents(doc, "CELL_TYPE")


@pytest.mark.parametrize("text, name", [
    ("Product\nThe product is made of bone marrow MSCs induced to secrete neurotrophic factors.",
     "bone marrow MSCs induced to secrete neurotrophic factors"),
    ("Product\nBone marrow MSC-NTF cells were given in three doses.", "Bone marrow MSC-NTF cells"),
])
def test_msc_ntf_description_keeps_its_tissue(entity_nlp, text, name):
    assert (name, "cell:msc_ntf") in ents(entity_nlp(text), "CELL_TYPE"), ents(entity_nlp(text), "CELL_TYPE")


@pytest.mark.parametrize("text", [
    "Culture\nThe conditioned medium slowed the growth of glioma cells and tumour cells in vitro.",
    "Culture\nCancer cells migrated towards the grafted MSCs, as leukemia cells did.",
])
def test_tumour_cells_are_neither_cells_nor_a_disease(entity_nlp, text):
    """A tumour's cells are one kind of phrase, labelled one way: neither CELL_TYPE nor DISEASE, as `APL cells` and
    `T-cell leukemia cells` already were (no gold set names such cells)."""
    doc = entity_nlp(text)
    tumour = ("glioma", "tumour", "cancer", "leukemia")
    assert not [e for e in doc.ents if any(w in e.text.lower() for w in tumour)], doc.ents


def test_a_tumour_name_inside_an_end_point_on_its_cells_is_no_disease(entity_nlp):
    doc = entity_nlp("Culture\nSilencing the gene reduced pancreatic cancer cell invasion in vitro.")
    doc._.pmid = "1"
    rows = [(r["text"], r["label"]) for r in entity_rows(doc, "test")]   # (as the tables write: nested names too)
    assert ("pancreatic cancer cell invasion", "OUTCOME") in rows and not [r for r in rows if r[1] == "DISEASE"], rows
