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


def test_native_cells_named_as_depleted_are_no_cell_treatment(full_nlp):
    """SPEC AFFECTS: the cell treatment changed the outcome. `Depletion of microglia ... increased motor neuron
    loss` reports what losing the body's own cells did, in a document whose last sentence speaks of treatments
    aimed at them; no microglia were given."""
    got = rows(full_nlp, "Microglial BDNF in SOD1 rats\nSpinal microglia of SOD1 rats expressed BDNF. Depletion of "
                         "microglia with clodronate liposomes from day 70 increased motor neuron loss at day 110, "
                         "without changing survival. Intracerebroventricular infusion of recombinant BDNF in "
                         "clodronate-treated rats restored motor neuron counts. We suggest that microglia-derived BDNF "
                         "sustains motor neurons and that treatments aiming to inhibit microglia could remove this "
                         "support.")
    assert ("AFFECTS", "cell:microglia", "outcome:motor_neuron_survival") not in got
    assert ("AFFECTS", "cell:microglia", "outcome:survival") not in got
    assert ("SECRETES", "cell:microglia", "factor:BDNF") in got


def test_given_native_cells_keep_their_effect_beside_a_depletion(full_nlp):
    """Tregs infused into depleted mice are a cell treatment: their result stands (favorable), and the depletion
    sentence adds no row of its own."""
    got = rows(full_nlp, "Tregs in ALS mice\nTregs of SOD1 mice expressed IL-10. Treg depletion with anti-CD25 "
                         "antibody from day 60 accelerated motor neuron loss and shortened survival. Intravenous "
                         "infusion of expanded Tregs in depleted mice restored motor neuron counts.")
    assert got[("AFFECTS", "cell:treg", "outcome:motor_neuron_survival")]["effect"] == "favorable"
    assert ("AFFECTS", "cell:treg", "outcome:survival") not in got
