"""(helper ES, s27) Spans with an end point's shape that name no end point: the instrument a measurement used, a
property the cells are used for. Each with a near miss in similar words that stays an end point.

Sentences written for these tests (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(relations=False, ner_path=None)


def outcomes(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "OUTCOME"]


@pytest.mark.parametrize("text, instrument, end_point", [
    ("Mechanical allodynia was assessed using von Frey filaments after grafting.", "von Frey filaments",
     "Mechanical allodynia"),
    ("Thermal sensitivity was measured employing calibrated nylon monofilaments in all rats.", "calibrated nylon monofilaments",
     "Thermal sensitivity"),
])
def test_the_means_of_a_measurement_is_no_end_point(nlp, text, instrument, end_point):
    """`assessed using X`: X is the instrument; what was assessed stays."""
    got = outcomes(nlp, text)
    assert instrument not in got and not any(instrument.endswith(g) for g in got), got
    assert end_point in got, got


def test_the_object_of_a_measurement_verb_stays(nlp):
    got = outcomes(nlp, "We assessed grip strength and measured the nerve conduction velocity in treated mice.")
    assert "grip strength" in got and "nerve conduction velocity" in got, got
