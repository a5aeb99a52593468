"""A result sentence that names no cell (`The ALSFRS-R slope fell ...`) in a study of one cell treatment: the train
gold records the treatment as its subject (14 of its 88 AFFECTS rows have such an evidence sentence), and
`candidates` carries the latest treatment cell (or, further back than `max_back`, the focus cell) into it. These
tests hold that behaviour and its guards in place: another agent's result and the disease background give no row.
(helper GH, s29: regression tests; no code changed with them.)
"""
from __future__ import annotations

from pipeline_rows import relations_by_key

TITLE = "Repeated intrathecal Wharton's jelly stem cells in amyotrophic lateral sclerosis: an open-label study\n"
GIVEN = ("Fifteen patients with amyotrophic lateral sclerosis received two intrathecal doses of Wharton's jelly "
         "mesenchymal stem cells four weeks apart. Patients were followed for nine months. ")


def _affects(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for p, s, o in relations_by_key(nlp, text) if p == "AFFECTS"}


def test_result_sentence_without_a_cell_takes_the_treatment(full_nlp):
    got = _affects(full_nlp, TITLE + GIVEN + "The ALSFRS-R slope fell from -1.3 to -0.5 points per month after the "
                   "second dose. Forced vital capacity remained stable over the follow-up.")
    assert ("cell:wj_msc", "outcome:alsfrs_r") in got
    assert ("cell:wj_msc", "outcome:respiratory_function") in got


def test_result_far_after_the_cells_falls_back_to_the_focus_cell(full_nlp):
    text = ("Adipose stromal cells in ALS mice\nSOD1G93A mice received intravenous adipose-derived mesenchymal stem "
            "cells at 70 days of age. Controls received saline. Animals were weighed weekly. Spinal cords were "
            "collected at end stage. Median survival rose from 128 to 139 days.")
    assert ("cell:ad_msc", "outcome:survival") in _affects(full_nlp, text)


def test_another_agents_result_is_not_the_cells(full_nlp):
    got = _affects(full_nlp, TITLE + GIVEN + "In the historical cohort, edaravone slowed the ALSFRS-R decline by "
                   "0.3 points per month.")
    assert ("cell:wj_msc", "outcome:alsfrs_r") not in got


def test_background_before_the_treatment_is_not_the_cells(full_nlp):
    got = _affects(full_nlp, TITLE + "Amyotrophic lateral sclerosis shortens survival to three to five years after "
                   "onset. Riluzole prolongs survival by about three months. " + GIVEN)
    assert ("cell:wj_msc", "outcome:survival") not in got
