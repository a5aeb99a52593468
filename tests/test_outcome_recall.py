"""OUTCOME recall causes found on the invented sets `secretion` and `mixed` (helper FZ, s29). Each is checked
through the shipped entity pipeline on new invented text (not the fixtures' sentences)."""
from __future__ import annotations

import pytest

from pipeline_rows import entity_triples


def rows(nlp, text: str) -> set[tuple[str, str, str]]:
    return set(entity_triples(nlp, text))


@pytest.mark.parametrize("text, name", [
    ("Two weeks after the second dose, CSF NGF had doubled in most participants.", "CSF NGF"),
    ("Plasma IGF-1 was unchanged in the treated dogs, whereas CSF CNTF fell.", "Plasma IGF-1"),
    ("Cerebrospinal fluid HGF increased in eight of the eleven patients.", "Cerebrospinal fluid HGF"),
])
def test_a_factor_measured_in_a_fluid_is_a_biomarker(entity_nlp, text, name):
    """A factor right after the fluid it was measured in is a biomarker end point even with no level word after it
    (as `serum BDNF levels` is); the factor stays a mention of its own."""
    got = rows(entity_nlp, text)
    assert (name, "OUTCOME", "outcome:biomarker") in got, got
    assert any(label == "NEUROTROPHIC_FACTOR" and t in name for t, label, _ in got), got


@pytest.mark.parametrize("text, name", [
    ("Over two years of follow-up, no serious treatment-related event occurred.", "serious treatment-related event"),
    ("Procedure-related events were mild and resolved within a week.", "Procedure-related events"),
])
def test_events_put_down_to_the_treatment_are_harms(entity_nlp, text, name):
    """Events graded by their cause (`treatment-related`, `procedure-related`) are the harms a trial counts, SPEC's
    outcome:safety, as `serious bleeding events` are."""
    assert (name, "OUTCOME", "outcome:safety") in rows(entity_nlp, text)


def test_a_denied_tumour_at_the_end_of_a_list_is_a_safety_end_point(entity_nlp):
    """`no X or tumours were seen` after a graft: the tumour is a harm looked for (safety) as in `no tumours were
    seen`, also when the list's first member is an adverse reaction."""
    got = rows(entity_nlp, "At necropsy, no injection-site adverse reactions or teratomas were detected in the grafted pigs.")
    assert ("teratomas", "OUTCOME", "outcome:safety") in got, got


@pytest.mark.parametrize("text, name", [
    ("Exosome treatment pushed spinal macrophages towards an M2 phenotype.", "M2 phenotype"),
    ("After the injury, microglia took on a pro-inflammatory phenotype that the grafts reversed.",
     "pro-inflammatory phenotype"),
    ("The secretome switched cultured microglia to an anti-inflammatory phenotype.", "anti-inflammatory phenotype"),
])
def test_a_polarisation_phenotype_is_an_inflammation_end_point(entity_nlp, text, name):
    """The M1/M2 (pro-/anti-inflammatory) phenotype of microglia or macrophages is the polarisation the vocabulary
    names as `M2 polarization`: SPEC's outcome:inflammation."""
    assert (name, "OUTCOME", "outcome:inflammation") in rows(entity_nlp, text)


def test_csf_concentrations_of_an_analyte_are_a_biomarker(entity_nlp):
    """`CSF concentrations of X` names the measure as `CSF levels of X` does."""
    got = rows(entity_nlp, "The trial measured CSF concentrations of CNTF and NGF before and after each injection.")
    assert ("CSF concentrations", "OUTCOME", "outcome:biomarker") in got, got
