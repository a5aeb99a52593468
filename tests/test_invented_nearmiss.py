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


def test_pooled_results_of_a_class_review_belong_to_the_class(full_nlp):
    """SPEC FACTOR_AFFECTS (and the train gold, which credits `neurotrophic factors` results to `factor:ntf`): a
    meta-analysis titled on the class pools the trials of its members; a pooled result that names no factor is the
    class's, not that of the member named first in the methods or last in a count of trials."""
    got = rows(full_nlp, "Neurotrophic factor therapy for motor neuron disease: a pooled analysis of controlled trials\n"
                         "We collected placebo-controlled trials of recombinant GDNF, VEGF or NGF given to patients "
                         "with ALS. Data were extracted by two investigators. Seven trials qualified (GDNF 2, VEGF 3, "
                         "NGF 2). Pooled survival was not different from placebo (hazard ratio 0.98). Forced vital "
                         "capacity decline did not differ between the groups.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:survival") in got
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:respiratory_function") in got
    for factor in ("factor:GDNF", "factor:VEGFA", "factor:NGF"):
        assert ("FACTOR_AFFECTS", factor, "outcome:survival") not in got
        assert ("FACTOR_AFFECTS", factor, "outcome:respiratory_function") not in got


def test_a_single_factor_trial_keeps_its_factor_for_unnamed_results(full_nlp):
    """The class fallback needs the class in the title: a trial of one factor carries that factor as before."""
    got = rows(full_nlp, "Recombinant GDNF in patients with ALS: a randomized trial\nPatients received subcutaneous "
                         "recombinant GDNF or placebo for nine months. Data were collected every month. Survival was "
                         "not different from placebo.")
    assert ("FACTOR_AFFECTS", "factor:GDNF", "outcome:survival") in got
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:survival") not in got


def test_a_factor_level_that_correlates_with_an_end_point_is_no_agent(full_nlp):
    """SPEC FACTOR_AFFECTS: the factor changes the outcome. A biomarker study's factor level that goes with an end
    point (`and correlated with`, `Neither factor correlated with`) is a link between two measures; the nearmiss
    gold gives no row for it and the train gold none from such sentences."""
    got = rows(full_nlp, "Plasma neurotrophins in ALS\nPlasma NGF was measured in 60 patients with ALS. In patients "
                         "with bulbar onset, HGF and NT-3 were lower than in controls. Neither factor correlated with "
                         "the forced vital capacity at entry. Plasma NGF was twice as high in patients and correlated "
                         "with the ALSFRS-R score.")
    for factor in ("factor:HGF", "factor:NTF3"):
        assert ("FACTOR_AFFECTS", factor, "outcome:respiratory_function") not in got
    assert ("FACTOR_AFFECTS", "factor:NGF", "outcome:alsfrs_r") not in got


def test_a_factor_given_that_correlates_with_an_end_point_keeps_its_row(full_nlp):
    """A factor named as given is the treatment whose dose goes with the end point: still its result."""
    got = rows(full_nlp, "Intrathecal BDNF in ALS mice\nIntrathecal delivery of BDNF correlated with longer survival "
                         "of the treated mice.")
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:survival") in got


def test_a_factor_we_measured_is_a_read_out_for_the_next_methods_sentence(full_nlp):
    """`We measured X by ELISA ...` then `Progression was computed from the ALSFRS-R and patients were followed for
    survival`: two read-outs of the methods, as in the passive `X levels were measured`; the factor did not
    change the outcomes."""
    got = rows(full_nlp, "Serum HGF in ALS\nWe measured hepatocyte growth factor (HGF) by immunoassay in serum "
                         "samples from 55 patients with ALS. The rate of progression was derived from the ALSFRS-R, "
                         "and patients were followed for survival for two years.")
    assert ("FACTOR_AFFECTS", "factor:HGF", "outcome:alsfrs_r") not in got
    assert ("FACTOR_AFFECTS", "factor:HGF", "outcome:survival") not in got


def test_a_factor_we_measured_in_a_culture_may_still_act_in_the_next_sentence(full_nlp):
    """The active `we measured` gate is for a biomarker study's fluids: a culture's engineered factor measured in its
    medium is still the agent of what the next sentence reports."""
    got = rows(full_nlp, "BDNF overexpression in human fibroblasts\nWe measured BDNF secretion of transduced "
                         "fibroblasts in their culture medium by ELISA. Neurite outgrowth of co-cultured neurons was "
                         "seen after five days.")
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:other") in got
