"""(helper FB, s28) End-point spans that benchmarks/domain_probe.py's OUTCOME round found cut short; every
sentence is invented."""
from __future__ import annotations

import pytest

from pipeline_rows import entity_triples as rows


@pytest.mark.parametrize("text, span, concept", [
    # `time to onset` and `onset of ...` are both names of the onset: one mention, not the first one cut short
    ("The grafts delayed the time to onset of symptoms by nine days.", "time to onset of symptoms",
     "outcome:disease_onset"),
    ("Time to onset of paralysis was longer in the treated rats.", "Time to onset of paralysis",
     "outcome:disease_onset"),
    ("Mean survival time was 131 days in the treated mice.", "Mean survival time", "outcome:survival"),
])
def test_overlapping_names_of_one_end_point_are_one_mention(entity_nlp, text, span, concept):
    got = rows(entity_nlp, text)
    assert (span, "OUTCOME", concept) in got
    # `paralysis` is not left over as a motor-function end point of its own
    assert [r for r in got if r[1] == "OUTCOME"] == [(span, "OUTCOME", concept)]


@pytest.mark.parametrize("text, span", [
    ("Ventilator-free survival was longer after two doses.", "Ventilator-free survival"),
    ("Gastrostomy-free survival did not differ between the arms.", "Gastrostomy-free survival"),
])
def test_survival_free_of_any_event_is_one_survival_end_point(entity_nlp, text, span):
    assert (span, "OUTCOME", "outcome:survival") in rows(entity_nlp, text)


def test_a_word_ending_in_free_elsewhere_is_not_taken(entity_nlp):
    got = rows(entity_nlp, "The patients stayed ventilator-free, and survival was longer.")
    assert ("survival", "OUTCOME", "outcome:survival") in got
    assert not any("free" in r[0] for r in got)


@pytest.mark.parametrize("spelling", ["hind-limb paralysis", "hind limb paralysis", "hindlimb paralysis"])
def test_hind_limb_paralysis_in_every_spelling(entity_nlp, spelling):
    assert (spelling, "OUTCOME", "outcome:motor_function") in rows(
        entity_nlp, f"The treated rats developed {spelling} a week later.")


def test_a_rate_after_the_end_point_stays_out_as_the_gold_spans_it(entity_nlp):
    got = rows(entity_nlp, "One-year survival rates were 70 percent in the treated group.")
    assert ("One-year survival", "OUTCOME", "outcome:survival") in got


# (helper FC, s28) what is measured of a named end point right after its name is that end point, as the gold spans
# it (train: `PNN structure`); a factor's expression stays no end point
@pytest.mark.parametrize("text, span, concept", [
    ("The stem cells lowered ROS expression in the dorsal horn.", "ROS expression", "outcome:oxidative_stress"),
    ("The grafts preserved PNN structure around the motor neurons.", "PNN structure", "outcome:other"),
])
def test_expression_or_structure_after_a_named_end_point_is_in_it(entity_nlp, text, span, concept):
    got = [r for r in rows(entity_nlp, text) if r[1] == "OUTCOME"]
    assert got == [(span, "OUTCOME", concept)]


def test_a_factors_expression_is_still_no_end_point(entity_nlp):
    assert not [r for r in rows(entity_nlp, "The grafts raised GDNF expression in the cord.") if r[1] == "OUTCOME"]


def test_the_structure_of_a_named_end_point_keeps_its_leading_head(entity_nlp):
    got = [r for r in rows(entity_nlp, "The cells protected the structure of damaged perineuronal nets in the rats.")
           if r[1] == "OUTCOME"]
    assert got == [("structure of damaged perineuronal nets", "OUTCOME", "outcome:other")]


def test_recovery_of_a_named_end_point_drops_its_leading_head(entity_nlp):
    # the train gold spans `recovery of` a named function as the function alone
    got = [r for r in rows(entity_nlp, "The cells gave a partial recovery of motor function in the mice.") if r[1] == "OUTCOME"]
    assert got == [("motor function", "OUTCOME", "outcome:motor_function")]


# (helper FC, s28) how fast a movement is done is a measured end point, in either shape
@pytest.mark.parametrize("text, span", [
    ("The infusions increased the speed of hand movements on both sides.", "speed of hand movements"),
    ("The grafts raised the locomotor speed of the treated rats.", "locomotor speed"),
])
def test_speed_of_a_movement_is_an_end_point(entity_nlp, text, span):
    assert span in [r[0] for r in rows(entity_nlp, text) if r[1] == "OUTCOME"]
