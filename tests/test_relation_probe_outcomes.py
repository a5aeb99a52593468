"""(helper EY, s28) AFFECTS and FACTOR_AFFECTS cases found by benchmarks/relation_probe.py (groups cell-outcomes
and factor-outcomes); every sentence is invented."""
from __future__ import annotations

import pytest

from pipeline.nlp.build import build_nlp
from pipeline.nlp.relations import relation_rows


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def rels(nlp, text):
    doc = nlp(text)
    doc._.pmid = "1"
    return {(r["predicate"], r["subject_id"], r["object_id"]): (r["effect"], bool(r["negated"]), bool(r["hedged"]))
            for r in relation_rows(doc, "test", text)}


@pytest.mark.parametrize("text, subj, hedged_obj, plain_obj", [
    ("Exogenous CNTF might prolong survival, but in the second trial it increased weight loss.",
     "factor:CNTF", "outcome:survival", "outcome:body_weight"),
    ("IGF-1 may slow disease progression, and it clearly improved grip strength in the treated rats.",
     "factor:IGF1", "outcome:disease_progression", "outcome:muscle_strength"),
    ("Adipose MSCs could reduce neuroinflammation; they also prolonged survival of the mice.",
     "cell:ad_msc", "outcome:inflammation", "outcome:survival"),
])
def test_a_hedge_does_not_reach_a_clause_with_its_own_subject(nlp, text, subj, hedged_obj, plain_obj):
    got = rels(nlp, text)
    pred = "FACTOR_AFFECTS" if subj.startswith("factor:") else "AFFECTS"
    assert got[(pred, subj, hedged_obj)][2] is True
    assert got[(pred, subj, plain_obj)][2] is False


def test_a_hedge_still_covers_both_verbs_of_one_subject(nlp):
    got = rels(nlp, "Wharton's jelly MSCs may reduce microgliosis and prolong survival in ALS mice.")
    assert got[("AFFECTS", "cell:wj_msc", "outcome:inflammation")] == ("favorable", False, True)
    assert got[("AFFECTS", "cell:wj_msc", "outcome:survival")] == ("favorable", False, True)


@pytest.mark.parametrize("text", [
    "Edaravone slowed ALSFRS-R decline in a subgroup of patients, and MSCs are now being tested in ALS.",
    "Riluzole modestly prolongs survival; umbilical cord MSCs are being studied in ALS.",
])
def test_a_drug_result_is_not_given_to_cells_named_in_a_later_clause(nlp, text):
    assert not [k for k in rels(nlp, text) if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, effect", [
    ("Riluzole prolonged survival, but UC-MSCs did not.", "null"),
    ("Riluzole prolonged survival by two months, and UC-MSCs extended it further.", "favorable"),
])
def test_cells_whose_own_clause_speaks_of_the_drug_result_keep_it(nlp, text, effect):
    assert rels(nlp, text)[("AFFECTS", "cell:uc_msc", "outcome:survival")][0] == effect


@pytest.mark.parametrize("text, cell, outcome", [
    ("ALSFRS-R responses to MSC therapy were mixed: some patients improved and others declined faster.",
     "cell:msc", "outcome:alsfrs_r"),
    ("After Wharton's jelly MSC injections, grip strength rose in some patients and others lost strength.",
     "cell:wj_msc", "outcome:muscle_strength"),
])
def test_some_patients_and_others_is_a_mixed_result(nlp, text, cell, outcome):
    # SPEC section 3: a mixed result is `unclear`
    assert rels(nlp, text)[("AFFECTS", cell, outcome)][0] == "unclear"


@pytest.mark.parametrize("text, outcome, effect", [
    ("Safety and efficacy of umbilical cord MSCs in patients with ALS", "outcome:safety", "unclear"),
    ("Tolerability and efficacy of umbilical cord MSCs in patients with ALS", "outcome:safety", "unclear"),
    ("Safety and efficacy of umbilical cord MSCs were confirmed in patients with ALS.", "outcome:safety", "favorable"),
    ("Safety and efficacy of umbilical cord MSCs was sustained over two years of follow-up.", "outcome:safety",
     "favorable"),
])
def test_a_title_naming_safety_and_efficacy_states_no_result(nlp, text, outcome, effect):
    assert rels(nlp, text)[("AFFECTS", "cell:uc_msc", outcome)][0] == effect
