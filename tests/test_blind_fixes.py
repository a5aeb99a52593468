"""Relation causes found on the blind invented abstracts (helper FI, s28), each checked through the shipped
pipeline on new invented text (not the fixture's sentences)."""
from __future__ import annotations

import pytest

from pipeline_rows import relations_by_key as rows


def test_lay_route_words_spinal_fluid_and_a_vein(full_nlp):
    """`into the spinal fluid` is the CSF (intrathecal, SPEC §2), not the cord; `into a vein` is intravenous."""
    text = ("Bone marrow mononuclear cells were injected into the spinal fluid of each patient and again into a vein "
            "one week later.")
    doc = full_nlp(text)
    assert {(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ROUTE"} == {
        ("into the spinal fluid", "route:intrathecal"), ("into a vein", "route:intravenous")}
    assert {k for k in rows(full_nlp, text) if k[0] == "ADMINISTERED_VIA"} == {
        ("ADMINISTERED_VIA", "cell:bm_mnc", "route:intrathecal"), ("ADMINISTERED_VIA", "cell:bm_mnc", "route:intravenous")}


@pytest.mark.parametrize("text", [
    "Neural stem cells were injected intrathecally. This serious adverse event shows that the grafted cells can grow.",
    "Neural stem cells were injected intrathecally. The most serious adverse event was a spinal mass.",
])
def test_a_serious_adverse_event_that_happened_is_unfavorable(full_nlp, text):
    """A harm pointed back to (`this ... event`) or named as the worst one (`the most serious ... was`) happened:
    unfavorable (SPEC §3), not the favorable default of a harm named without a cue."""
    assert rows(full_nlp, text)[("AFFECTS", "cell:nsc", "outcome:safety")]["effect"] == "unfavorable"


def test_a_serious_adverse_event_denied_stays_favorable(full_nlp):
    got = rows(full_nlp, "UC-MSCs were injected intrathecally. No serious adverse events occurred in any patient.")
    assert got[("AFFECTS", "cell:uc_msc", "outcome:safety")]["effect"] == "favorable"


def test_a_definition_in_an_earlier_clause_does_not_blank_a_later_result(full_nlp):
    """`onset defined by X was delayed, and median survival rose`: the definition belongs to its own clause (its verb
    stands between), so the later survival result is read (favorable), not taken for an end point's definition."""
    text = ("Neural stem cells were injected intrathecally. Stride length improved from day 90, onset defined by peak "
            "body weight was delayed by 6 days, and median survival rose from 118 to 126 days.")
    assert rows(full_nlp, text)[("AFFECTS", "cell:nsc", "outcome:survival")]["effect"] == "favorable"


def _routes(got):
    return {k for k in got if k[0] == "ADMINISTERED_VIA"}


def test_routes_listed_apart_from_a_list_of_cell_sources_go_to_none_of_them(full_nlp):
    """`A, B and C were used; routes were X and Y`: which cells went which way is not said (SPEC §3: the text must
    say the cells were given by the route), so no listed source takes every route."""
    got = rows(full_nlp, "Eleven trials were pooled: 5 used adipose MSCs, 4 Wharton's jelly MSCs and 2 bone marrow "
                    "mononuclear cells; routes were intravenous (k = 6), intrathecal (k = 4) and intramuscular (k = 1).")
    assert _routes(got) == set(), got


def test_a_route_asked_about_is_no_route_given(full_nlp):
    got = rows(full_nlp, "This review asks which cell type and which route (intrathecal, intravenous or intramuscular) best "
                    "suit the disease, comparing umbilical cord MSCs with neural stem cells.")
    assert _routes(got) == set(), got


@pytest.mark.parametrize("text, cells", [
    ("Umbilical cord MSCs were used in all patients; the routes were intrathecal and intravenous.", {"cell:uc_msc"}),
    ("Bone marrow MSCs and adipose MSCs were given by two routes, intrathecal and intravenous.",
     {"cell:bm_msc", "cell:ad_msc"}),
])
def test_routes_of_one_cell_type_or_of_the_cells_own_clause_stay(full_nlp, text, cells):
    got = rows(full_nlp, text)
    assert _routes(got) == {("ADMINISTERED_VIA", c, r) for c in cells for r in ("route:intrathecal", "route:intravenous")}


@pytest.mark.parametrize("text, maker", [
    ("Motor neurons derived from human embryonic stem cells (hESCs) produce BDNF and CNTF in culture.", "cell:esc"),
    ("Oligodendrocytes generated from induced pluripotent stem cells (iPSCs) are a source of glia that release GDNF.",
     "cell:ipsc"),
    ("We differentiated human embryonic stem cells (hESCs) into astrocytes and transduced them with a virus "
     "encoding BDNF.", "cell:esc"),
])
def test_the_stem_cells_a_made_cell_comes_from_do_not_secrete_its_factor(full_nlp, text, maker):
    """The derivation source (`derived from iPSCs (iPSCs)`, `differentiated hESCs into astrocytes and transduced
    them`) is where the made cells came from; the made cells are what secrete (SOURCE.md: derived cells take the
    type they are named as), so no SECRETES row from the source, by its long or its short form."""
    got = rows(full_nlp, text)
    assert not any(k[0] == "SECRETES" and k[1] == maker for k in got), got


# (helper FR, s29) clause leaks across `, and`: the later clause opens with its own subject
def test_cells_of_one_clause_do_not_take_the_outcome_of_the_next_clause_with_its_own_cells(full_nlp):
    """`A reduced X, and B or C improved Y`: each clause's cells take their own outcome (SPEC §3: the text says the
    cell treatment changed it), so A does not take Y."""
    got = rows(full_nlp, "Olfactory ensheathing cells reduced astrogliosis in the injured cord, and Schwann cells or "
                         "bone marrow MSCs placed in the nerve improved grip strength.")
    assert ("AFFECTS", "cell:other", "outcome:inflammation") in got
    assert ("AFFECTS", "cell:other", "outcome:muscle_strength") not in got, got


def test_cells_opening_a_later_clause_do_not_take_the_earlier_clauses_outcome(full_nlp):
    got = rows(full_nlp, "Adipose MSCs lowered TNF-alpha in the spinal cord, and transplanted neural stem cells "
                         "survived for months.")
    assert ("AFFECTS", "cell:ad_msc", "outcome:inflammation") in got
    assert ("AFFECTS", "cell:nsc", "outcome:inflammation") not in got, got


def test_a_factor_without_an_outcome_of_its_own_does_not_take_the_next_factors(full_nlp):
    """`IGF-1 gave uncertain results, and CNTF did not alter survival`: the survival result is CNTF's, who opens
    its clause, even though IGF-1's clause names no end point of its own."""
    got = rows(full_nlp, "Intravenous NGF caused hyperalgesia, intranasal IGF-1 gave uncertain results in one study, "
                         "and CNTF given subcutaneously did not alter survival.")
    assert ("FACTOR_AFFECTS", "factor:CNTF", "outcome:survival") in got
    assert ("FACTOR_AFFECTS", "factor:IGF1", "outcome:survival") not in got, got


@pytest.mark.parametrize("text, key", [
    # a later clause that refers back to the first one's result keeps it for the cells it names (its subject is
    # `these effects`, not the cells)
    ("Results showed that MSC-derived exosomes stimulated neurogenesis in the hippocampus, and these effects were "
     "similar to those shown in mesenchymal stem cells.", ("AFFECTS", "cell:msc", "outcome:other")),
    # `A, B, and C have shown X`: the `, and` closes a list of subjects, every member takes X
    ("Autologous bone marrow stem cells, neural stem cells, and olfactory ensheathing cells have shown safety in "
     "early studies.", ("AFFECTS", "cell:bm_msc", "outcome:safety")),
])
def test_a_later_clause_referring_back_or_a_list_keeps_its_row(full_nlp, text, key):
    assert key in rows(full_nlp, text), rows(full_nlp, text)
