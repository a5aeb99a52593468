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
