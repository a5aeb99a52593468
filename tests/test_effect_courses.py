"""Effect causes found on the core invented abstracts (helper FS, s29), each checked through the shipped pipeline on
new invented text (not the fixtures' sentences): topic titles, a subject set apart by `but not with ...`, a rate
compared with the time before treatment, the righting test, and a verb of change called unlikely."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


def test_a_title_that_names_its_topics_states_no_result(full_nlp):
    """`Safety of X in ALS: an open-label study`: a title with no word of change names what was studied, no result
    (SOURCE: a measured outcome with no reported result is unclear), not the favorable default."""
    text = ("Safety of repeated intrathecal bone marrow mesenchymal stem cells in amyotrophic lateral sclerosis: "
            "an open-label study\nNine patients were enrolled at two centres.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:safety")]["effect"] == "unclear"


def test_a_title_that_names_a_gain_states_it(full_nlp):
    """`Functional recovery after X`: the end point's name is the gain, a result."""
    text = ("Functional recovery after umbilical cord mesenchymal stem cell infusion in a dog with degenerative "
            "myelopathy\nThe dog was followed for a year.")
    got = rows(full_nlp, text)
    assert {r["effect"] for k, r in got.items() if k[0] == "AFFECTS" and k[1] == "cell:uc_msc"} == {"favorable"}


def test_but_not_with_a_qualified_subject_is_null(full_nlp):
    """`X rose after A but not after cryopreserved B`: B, qualified by words of its own, left X unchanged."""
    text = ("Motor neuron counts were higher after transplantation of UC-MSCs but not after cryopreserved BM-MSCs.")
    got = rows(full_nlp, text)
    assert got[("AFFECTS", "cell:uc_msc", "outcome:motor_neuron_survival")]["effect"] == "favorable"
    assert got[("AFFECTS", "cell:bm_msc", "outcome:motor_neuron_survival")]["effect"] == "null"


@pytest.mark.parametrize("during, before, want", [("0.41", "1.02", "favorable"), ("1.30", "0.70", "unfavorable")])
def test_a_rate_of_decline_compared_with_the_time_before_treatment(full_nlp, during, before, want):
    """`the rate of decline of X was 0.4 during treatment versus 1.0 before`: the decline names the measure; the
    smaller rate under treatment is a slowed decline (SPEC: favorable), a larger one a worsening."""
    text = (f"In patients given intrathecal BM-MSCs, the mean rate of decline of the ALSFRS-R was {during} points per "
            f"month during the treatment year versus {before} points per month in the preceding year.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:alsfrs_r")]["effect"] == want


def test_a_shorter_righting_time_is_better(full_nlp):
    """The righting test times how fast an animal laid on its back turns over: shorter is better."""
    text = "Pups that received neural stem cell grafts showed a shorter righting time than sham-operated littermates."
    assert rows(full_nlp, text)[("AFFECTS", "cell:nsc", "outcome:motor_function")]["effect"] == "favorable"


@pytest.mark.parametrize("text", [
    "Given their poor engraftment, intravenous BM-MSCs are unlikely to influence FVC in this population.",
    "In this cohort, intravenous BM-MSCs were unable to alter FVC over twelve months.",
])
def test_a_verb_of_change_called_unlikely_or_denied_is_null(full_nlp, text):
    """`unlikely to influence X`, `unable to alter X`: a change with no direction, denied (as `did not affect X`)."""
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:respiratory_function")]["effect"] == "null"


def test_a_topic_title_keeps_its_row_beside_a_result_of_another_cell_name(full_nlp):
    """The title's generic cells, read unclear, keep their relation as when the title read the favorable default (the
    rows kept or dropped for naming one graft two ways do not hang on the title's effect)."""
    text = ("Safety of intraspinal mesenchymal stromal cells in amyotrophic lateral sclerosis: a phase I study\n"
            "Ten patients received autologous bone marrow-derived mesenchymal stromal cells (BM-MSCs) into the spinal "
            "cord. Intraspinal BM-MSC injection was safe.")
    got = rows(full_nlp, text)
    assert got[("AFFECTS", "cell:msc", "outcome:safety")]["effect"] == "unclear"
    assert got[("AFFECTS", "cell:bm_msc", "outcome:safety")]["effect"] == "favorable"


@pytest.mark.parametrize("sentence, outcome", [
    ("Hand grip strength rose after the UC-MSC infusions, but the benefit wore off within four months.",
     "outcome:muscle_strength"),
    ("The UC-MSC infusions slowed the decline in FVC at week 8, but not at week 24.", "outcome:respiratory_function"),
    ("UC-MSC recipients showed a temporary improvement of their ALSFRS-R total.", "outcome:alsfrs_r"),
])
def test_a_benefit_that_did_not_last_is_still_favorable(full_nlp, sentence, outcome):
    """(the lead, s29) `improved, then returned to baseline`, `slowed at 3 but not at 6 months`: a transient benefit is
    favorable (the invented golds agree; the train gold has no counter-example); SPEC's `mixed` is a result that went
    both ways, which a benefit that faded is not."""
    text = "Umbilical cord MSCs in ALS\nFourteen patients received intravenous UC-MSCs. " + sentence
    got = {r["effect"] for k, r in rows(full_nlp, text).items() if k[0] == "AFFECTS" and k[2] == outcome}
    assert got == {"favorable"}


def test_a_benefit_other_studies_did_not_bear_out_is_mixed(full_nlp):
    """Guard: a gain one trial found and others did not is a result that went both ways (SPEC: unclear)."""
    text = ("Umbilical cord MSCs in ALS: a review\nOne open trial reported that UC-MSCs improved grip strength, but this "
            "was not replicated in two later trials.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:uc_msc", "outcome:muscle_strength")]["effect"] == "unclear"


@pytest.mark.parametrize("sentence", [
    "Grip strength of the treated patients declined as expected over the year.",
    "Grip strength fell at the expected rate in every patient.",
])
def test_a_decline_as_expected_is_no_effect(full_nlp, sentence):
    """`declined as expected`, `at the expected rate`: the disease's own course went on (no change made by the cells:
    null), not a harm of the treatment."""
    text = "Intrathecal BM-MSCs in ALS\nTen patients received intrathecal BM-MSCs. " + sentence
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:muscle_strength")]["effect"] == "null"


def test_a_decline_slower_than_expected_is_favorable(full_nlp):
    """Guard: `more slowly than expected` compares the course with the expected one: a slowed decline."""
    text = ("Intrathecal BM-MSCs in ALS\nTen patients received intrathecal BM-MSCs. Grip strength fell more slowly "
            "than expected over the year.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:muscle_strength")]["effect"] == "favorable"


def test_values_that_moved_with_a_non_significant_p_are_null(full_nlp):
    """`the slope changed from -1.3 to -0.9 (p = 0.11)`: the numbers say which way, the p-value that the change is not
    significant (SPEC: null)."""
    text = ("Intrathecal BM-MSCs in ALS\nTen patients received intrathecal BM-MSCs. The mean FVC slope changed from "
            "-2.6 points/month before the injections to -1.9 points/month after them (p = 0.11).")
    assert rows(full_nlp, text)[("AFFECTS", "cell:bm_msc", "outcome:respiratory_function")]["effect"] == "null"


def test_little_risk_of_a_harm_is_safe(full_nlp):
    """`carry little risk of X`: next to no risk of the harm, as `a low risk of X` (favorable), not a risk named."""
    text = ("Adipose MSCs for ALS: a review\nAdipose-derived stem cells are harvested by liposuction and pose little risk "
            "of ectopic tissue formation after intrathecal delivery.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:ad_msc", "outcome:safety")]["effect"] == "favorable"


def test_an_outcome_the_treated_cells_retained_is_kept(full_nlp):
    """`..., and they retained their X`: the treatment kept the measure from falling (favorable), not the `fewer`
    of the clause before it."""
    text = ("Secretome of Wharton's jelly MSCs in a motor neuron line\nMotor neuron-like cells were stressed with glutamate "
            "and given WJ-MSC secretome. Secretome-treated cultures showed fewer apoptotic nuclei, and they retained "
            "their neurite length.")
    got = rows(full_nlp, text)
    assert {r["effect"] for k, r in got.items() if k[0] == "AFFECTS" and k[2] == "outcome:other"} == {"favorable"}


@pytest.mark.parametrize("aside", ["however", "nevertheless"])
def test_a_null_phrase_around_a_connective_aside_is_null(full_nlp, aside):
    """`X was, however, similar in both arms`: the connective set off by commas does not break `was similar`."""
    text = ("Intravenous UC-MSCs in SOD1 mice\nSOD1 mice received intravenous UC-MSCs or saline. Body weight at "
            f"week 16 was, {aside}, similar for the two groups.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:uc_msc", "outcome:body_weight")]["effect"] == "null"


def test_a_change_noun_of_the_next_outcome_is_not_the_first_ones_result(full_nlp):
    """`X and the decline in Y did not differ`: `decline` names the next outcome's measure; both end points
    take the verdict (null)."""
    text = ("Intravenous UC-MSCs in SOD1 mice\nSOD1 mice received intravenous UC-MSCs or saline. Grip strength and the "
            "decline in rotarod time did not differ between UC-MSC-treated and saline-treated mice.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:uc_msc", "outcome:muscle_strength")]["effect"] == "null"
