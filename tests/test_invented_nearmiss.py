"""Errors found by the blind near-miss set (benchmarks/invented_abstracts.py --set nearmiss, helper FO, s29),
through the shipped pipeline (entities and all), on invented text."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


@pytest.mark.parametrize("sentence, factor", [
    ("Dietary restriction lowered spinal BDNF protein and hastened motor neuron loss.", "factor:BDNF"),
    ("The kinase inhibitor reduced GDNF mRNA by 45% and increased motor neuron loss.", "factor:GDNF"),
    ("Knockout of the receptor lowered muscle VEGF by half and increased motor neuron loss.", "factor:VEGFA"),
])
def test_a_factor_a_change_verb_changed_by_an_amount_is_a_read_out(full_nlp, sentence, factor):
    """SPEC FACTOR_AFFECTS holds when the factor changes the outcome; a factor that the study's agent lowered or
    reduced, even with the size of the change after it (`by 45%`, `by half`), is a read-out reported beside the
    outcome, not what changed it."""
    got = rows(full_nlp, "Trophic support in a mouse model of ALS\n" + sentence)
    assert ("FACTOR_AFFECTS", factor, "outcome:motor_neuron_survival") not in got


def test_a_factor_that_acts_keeps_its_effect_when_the_outcome_has_an_amount(full_nlp):
    """The amount after an end point (`by 40%`) does not make the factor before it a read-out."""
    got = rows(full_nlp, "Trophic support in a mouse model of ALS\nRecombinant GDNF reduced motor neuron loss by "
                         "35% and prolonged survival of the mice.")
    assert got[("FACTOR_AFFECTS", "factor:GDNF", "outcome:motor_neuron_survival")]["effect"] == "favorable"
