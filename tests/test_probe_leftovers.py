"""(helper ER, s27) Span and recall bugs left by the session-27 probes; every sentence is invented."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp
from pipeline.nlp.tables import entity_rows


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False)


def rows(nlp, text):
    doc = nlp(text)
    doc._.pmid = "1"
    return [(r["text"], r["label"], r["concept_id"]) for r in entity_rows(doc, "test")]


@pytest.mark.parametrize("text, cells, factor, concept", [
    ("Glial cell line-derived neurotrophic factor-secreting cells were placed in the cord of the rats.",
     "Glial cell line-derived neurotrophic factor-secreting cells", "Glial cell line-derived neurotrophic factor",
     "factor:GDNF"),
    ("We grafted brain-derived neurotrophic factor-secreting cells into the striatum.",
     "brain-derived neurotrophic factor-secreting cells", "brain-derived neurotrophic factor", "factor:BDNF"),
])
def test_cells_named_for_a_spelled_out_factor(nlp, text, cells, factor, concept):
    # as `GDNF-secreting cells`: a cell product with the factor inside, not MSC-NTF cells (named for the class of
    # factors) cut out of the factor's name
    got = rows(nlp, text)
    assert (cells, "CELL_TYPE", "cell:other") in got, got
    assert (factor, "NEUROTROPHIC_FACTOR", concept) in got, got
    assert not [r for r in got if r[2] == "cell:msc_ntf"], got


def test_msc_named_for_a_spelled_out_factor_are_no_msc_ntf(nlp):
    got = rows(nlp, "Brain-derived neurotrophic factor-secreting MSCs were injected into the muscle.")
    assert ("Brain-derived neurotrophic factor-secreting MSCs", "CELL_TYPE", "cell:msc") in got, got


def test_cells_named_for_the_class_of_factors_stay_msc_ntf(nlp):
    got = rows(nlp, "Neurotrophic factor-secreting cells were injected into the muscle.")
    assert ("Neurotrophic factor-secreting cells", "CELL_TYPE", "cell:msc_ntf") in got, got


@pytest.mark.parametrize("text", [
    "The grafts lowered IL-1β and raised IL-10 in the serum of the rats.",
    "In the treated rats the cells raised IL-10 in the serum.",
])
def test_raising_verb_is_no_part_of_the_end_point(nlp, text):
    # SPEC 1: the end point, not the verb (as `lowered`, `elevated`)
    got = rows(nlp, text)
    assert ("IL-10", "OUTCOME", "outcome:inflammation") in got, got
    assert not [r for r in got if r[0].lower().startswith("raised")], got


def test_markers_an_antibody_was_raised_against_are_no_end_points(nlp):
    got = rows(nlp, "Antibodies raised against GFAP, Iba-1 and NeuN were bought.")
    assert not [r for r in got if r[1] == "OUTCOME"], got
