"""(helper ES, s27) Spans with an end point's shape that name no end point: the instrument a measurement used, a
property the cells are used for. Each with a near miss in similar words that stays an end point.

Sentences written for these tests (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from pipeline_rows import top_level_texts


def outcomes(entity_nlp, text):
    return top_level_texts(entity_nlp, text, "OUTCOME")


@pytest.mark.parametrize("text, instrument, end_point", [
    ("Mechanical allodynia was assessed using von Frey filaments after grafting.", "von Frey filaments",
     "Mechanical allodynia"),
    ("Thermal sensitivity was measured employing calibrated nylon monofilaments in all rats.", "calibrated nylon monofilaments",
     "Thermal sensitivity"),
])
def test_the_means_of_a_measurement_is_no_end_point(entity_nlp, text, instrument, end_point):
    """`assessed using X`: X is the instrument; what was assessed stays."""
    got = outcomes(entity_nlp, text)
    assert instrument not in got and not any(instrument.endswith(g) for g in got), got
    assert end_point in got, got


def test_the_object_of_a_measurement_verb_stays(entity_nlp):
    got = outcomes(entity_nlp, "We assessed grip strength and measured the nerve conduction velocity in treated mice.")
    assert "grip strength" in got and "nerve conduction velocity" in got, got


@pytest.mark.parametrize("text", [
    "Dental pulp MSCs are attractive donor cells owing to their high proliferation rate and multipotency.",
    "Placental MSCs have a good proliferative ability, differentiation ability, low immunogenicity, and can be "
    "easily harvested.",
    "We used dental stem cells due to their predisposition towards neural differentiation.",
    "Adipose MSCs have the capacity for neural differentiation.",
])
def test_what_the_cells_can_do_is_no_end_point(entity_nlp, text):
    """A property the cells are chosen for (a list of them, any trait after `owing to
    their`, what a capacity is for)."""
    assert not outcomes(entity_nlp, text)


@pytest.mark.parametrize("text, end_point", [
    ("Treatment enhanced the capacity for neural differentiation of the grafted cells.", "neural differentiation"),
    ("MSCs reduced mechanical allodynia and improved the proliferation rate of host cells.", "proliferation rate"),
    ("Grafted MSCs improved motor function, owing to their reduced neuroinflammation.", "neuroinflammation"),
    ("Treated mice lived longer due to their slower disease progression.", "disease progression"),
    ("Five glioma cell lines were assayed for their expression of matrix metalloproteinase-2.",
     "expression of matrix metalloproteinase-2"),
])
def test_a_capability_changed_stays_an_end_point(entity_nlp, text, end_point):
    assert end_point in outcomes(entity_nlp, text)


@pytest.mark.parametrize("text", [
    "Cell therapy has transformed the field of neuroregeneration over the last decade.",
    "This review discusses the future of neurorestoration in motor neuron disease.",
    "Progress in the fields of neuroprotection, axonal regeneration and remyelination is reviewed.",
])
def test_a_research_topic_is_no_end_point(entity_nlp, text):
    """(helper EW, s27) `the field of X`, `the future of X`: X is what research is about (the train and msc-neuro
    gold leave all 10 such phrases out), each topic of a list too."""
    assert not outcomes(entity_nlp, text)


@pytest.mark.parametrize("text, end_point", [
    ("In the field of neurology, motor function was improved by MSCs in several trials.", "motor function"),
    ("The future of ALS care is uncertain, but MSCs improved motor function in the treated mice.", "motor function"),
    ("MSCs delayed the loss of motor neurons and the decline of motor function.", "motor function"),
])
def test_an_end_point_beside_a_topic_word_stays(entity_nlp, text, end_point):
    assert end_point in outcomes(entity_nlp, text)


@pytest.mark.parametrize("text", [
    "Grafted cells were tracked by identifying Y chromosome-positive cells in the spinal cord of female mice.",
    "Y-chromosome-positive cells were counted in the host spinal cord.",
])
def test_the_donor_chromosome_tracks_the_graft(entity_nlp, text):
    """(helper EW, s27) a male donor's Y chromosome in a female host marks the grafted cells, as GFP or SRY does:
    the graft tracked, no histological end point."""
    assert not outcomes(entity_nlp, text)


def test_a_stained_marker_count_stays(entity_nlp):
    assert "GFAP-positive cells" in " ".join(outcomes(entity_nlp, "MSCs reduced the number of GFAP-positive cells in the cord."))
