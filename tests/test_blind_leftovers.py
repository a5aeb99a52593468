"""(helper GD, s29) Relation leftovers of the invented set `blind` (ALS trials, protocols, cohorts) that recur in
unseen abstracts: an end point worded as a time to ventilation read as another treatment, and a value relative to the
predicted normal read as a prognostic finding. Every sentence is invented; the real pipeline."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rels


@pytest.mark.parametrize("endpoint", [
    "time to non-invasive ventilation or death",
    "time to noninvasive ventilation",
])
def test_time_to_ventilation_is_an_end_point_not_another_treatment(full_nlp, endpoint):
    text = ("Methods\nSixty adults with ALS will receive bone marrow MSCs by lumbar puncture every month for four months. "
            f"Key secondary end points are slow vital capacity, {endpoint}, and the ALSAQ-40 questionnaire.")
    got = rels(full_nlp, text)
    for outcome in ("outcome:respiratory_function", "outcome:quality_of_life"):
        assert ("AFFECTS", "cell:bm_msc", outcome) in got, (outcome, got)


def test_ventilation_given_as_care_still_marks_another_treatment(full_nlp):
    # the agent of the sentence is the ventilation, not the cells named before
    text = ("Methods\nTwenty patients received bone marrow MSCs intrathecally.\nResults\nIn the cohort, non-invasive "
            "ventilation prolonged survival by six months.")
    got = rels(full_nlp, text)
    assert ("AFFECTS", "cell:bm_msc", "outcome:survival") not in got, got


@pytest.mark.parametrize("fvc", ["percent-predicted FVC", "predicted forced vital capacity"])
def test_percent_predicted_value_is_no_prognostic_finding(full_nlp, fvc):
    text = ("Methods\nWe reviewed 70 people with ALS; 33 received adipose MSCs intravenously every two months. "
            f"Change in {fvc}, time to tracheostomy and overall survival were compared by Cox models adjusted for "
            "age and onset site.")
    got = rels(full_nlp, text)
    assert ("AFFECTS", "cell:ad_msc", "outcome:respiratory_function") in got, got


def test_covariate_after_adjusted_for_stays_no_end_point(full_nlp):
    text = ("Methods\nWe reviewed 70 people with ALS; 33 received adipose MSCs intravenously every two months. "
            "Overall survival was compared by Cox models adjusted for age and baseline ALSFRS-R.")
    got = rels(full_nlp, text)
    assert ("AFFECTS", "cell:ad_msc", "outcome:survival") in got, got
    assert ("AFFECTS", "cell:ad_msc", "outcome:alsfrs_r") not in got, got
