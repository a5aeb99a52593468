"""(helper GG, s29) An anaphor for factors after a list of them (`these factors`, `these trophic factors`) stands for
every listed factor (SPEC 3: anaphora resolves to the antecedent's concept), in the list's own sentence too; a
hedged verb makes the row hedged. A cell anaphor after the list stays the cells'. Invented text only, through the
shipped pipeline."""
from __future__ import annotations

from tests.pipeline_rows import relations_by_key

MN = "outcome:motor_neuron_survival"


def _factor_rows(rows: dict, outcome: str) -> dict[str, dict]:
    return {k[1]: r for k, r in rows.items() if k[0] == "FACTOR_AFFECTS" and k[2] == outcome}


def test_these_factors_in_the_lists_own_sentence_is_every_listed_factor(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Trophic output of dental pulp stromal cells\nDental pulp MSCs secreted CNTF and NT-3 in vitro, and these "
        "factors might reduce motor neuron loss in SOD1 mice."))
    got = _factor_rows(rows, MN)
    assert {"factor:CNTF", "factor:NTF3"} <= set(got)
    assert all(got[f]["hedged"] and got[f]["effect"] == "favorable" for f in ("factor:CNTF", "factor:NTF3"))


def test_these_trophic_factors_after_a_list_is_every_listed_factor_and_the_class(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Adipose stromal cells as a trophic source\nAdipose-derived MSCs produced NGF, HGF and IGF-1 in culture. "
        "These trophic factors might protect motor neurons from degeneration."))
    got = _factor_rows(rows, MN)
    assert {"factor:NGF", "factor:HGF", "factor:IGF1", "factor:ntf"} <= set(got)
    assert all(r["hedged"] for r in got.values())


def test_a_cell_anaphor_after_the_list_stays_the_cells(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Adipose stromal cells as a trophic source\nAdipose-derived MSCs produced NGF, HGF and IGF-1 in culture. "
        "These cells might protect motor neurons from degeneration."))
    assert ("AFFECTS", "cell:ad_msc", MN) in rows
    assert not _factor_rows(rows, MN)


def test_a_cell_subject_after_the_list_in_its_sentence_stays_the_cells(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Trophic output of dental pulp stromal cells\nDental pulp MSCs secreted CNTF and NT-3 in vitro, and the "
        "cells might reduce motor neuron loss in SOD1 mice."))
    assert not _factor_rows(rows, MN)


def test_a_class_anaphor_two_sentences_after_the_list_stays_the_class_alone(full_nlp):
    rows = relations_by_key(full_nlp, (
        "Adipose stromal cells as a trophic source\nAdipose-derived MSCs produced NGF, HGF and IGF-1 in culture. "
        "The cells were then expanded for four passages. These trophic factors might protect motor neurons from "
        "degeneration."))
    assert set(_factor_rows(rows, MN)) == {"factor:ntf"}
