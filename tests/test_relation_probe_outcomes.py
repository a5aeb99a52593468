"""AFFECTS and FACTOR_AFFECTS cases found by benchmarks/relation_probe.py (groups cell-outcomes and
factor-outcomes; helpers EY and FD, s28): hedge scope, other drugs, mixed results, titles, cells given with `given`,
cells `associated with` adverse events, stem-cell products named only as derived cells, and safety as trials word
it; every sentence is invented."""
from __future__ import annotations

import pytest

from pipeline.nlp.relations import relation_rows


def rels(full_nlp, text):
    doc = full_nlp(text)
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
def test_a_hedge_does_not_reach_a_clause_with_its_own_subject(full_nlp, text, subj, hedged_obj, plain_obj):
    got = rels(full_nlp, text)
    pred = "FACTOR_AFFECTS" if subj.startswith("factor:") else "AFFECTS"
    assert got[(pred, subj, hedged_obj)][2] is True
    assert got[(pred, subj, plain_obj)][2] is False


def test_a_hedge_still_covers_both_verbs_of_one_subject(full_nlp):
    got = rels(full_nlp, "Wharton's jelly MSCs may reduce microgliosis and prolong survival in ALS mice.")
    assert got[("AFFECTS", "cell:wj_msc", "outcome:inflammation")] == ("favorable", False, True)
    assert got[("AFFECTS", "cell:wj_msc", "outcome:survival")] == ("favorable", False, True)


@pytest.mark.parametrize("text", [
    "Edaravone slowed ALSFRS-R decline in a subgroup of patients, and MSCs are now being tested in ALS.",
    "Riluzole modestly prolongs survival; umbilical cord MSCs are being studied in ALS.",
])
def test_a_drug_result_is_not_given_to_cells_named_in_a_later_clause(full_nlp, text):
    assert not [k for k in rels(full_nlp, text) if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, effect", [
    ("Riluzole prolonged survival, but UC-MSCs did not.", "null"),
    ("Riluzole prolonged survival by two months, and UC-MSCs extended it further.", "favorable"),
])
def test_cells_whose_own_clause_speaks_of_the_drug_result_keep_it(full_nlp, text, effect):
    assert rels(full_nlp, text)[("AFFECTS", "cell:uc_msc", "outcome:survival")][0] == effect


@pytest.mark.parametrize("text, cell, outcome", [
    ("ALSFRS-R responses to MSC therapy were mixed: some patients improved and others declined faster.",
     "cell:msc", "outcome:alsfrs_r"),
    ("After Wharton's jelly MSC injections, grip strength rose in some patients and others lost strength.",
     "cell:wj_msc", "outcome:muscle_strength"),
])
def test_some_patients_and_others_is_a_mixed_result(full_nlp, text, cell, outcome):
    # SPEC section 3: a mixed result is `unclear`
    assert rels(full_nlp, text)[("AFFECTS", cell, outcome)][0] == "unclear"


@pytest.mark.parametrize("text, outcome, effect", [
    ("Safety and efficacy of umbilical cord MSCs in patients with ALS", "outcome:safety", "unclear"),
    ("Tolerability and efficacy of umbilical cord MSCs in patients with ALS", "outcome:safety", "unclear"),
    ("Safety and efficacy of umbilical cord MSCs were confirmed in patients with ALS.", "outcome:safety", "favorable"),
    ("Safety and efficacy of umbilical cord MSCs was sustained over two years of follow-up.", "outcome:safety",
     "favorable"),
])
def test_a_title_naming_safety_and_efficacy_states_no_result(full_nlp, text, outcome, effect):
    assert rels(full_nlp, text)[("AFFECTS", "cell:uc_msc", outcome)][0] == effect


# --- safety and tolerability (helper FD) ---
@pytest.mark.parametrize("text, cell, outcome, effect", [
    ("Mortality was higher among rats given hematopoietic stem cells than among sham rats.",
     "cell:hsc", "outcome:survival", "unfavorable"),
    ("Mice that were given bone marrow mononuclear cells lost less weight than untreated mice.",
     "cell:bm_mnc", "outcome:body_weight", "favorable"),
])
def test_cells_given_to_the_animals_are_a_cell_treatment(full_nlp, text, cell, outcome, effect):
    # focus.gives_cells: `given` before the cells gives them, as `received` does
    assert rels(full_nlp, text)[("AFFECTS", cell, outcome)][0] == effect


def test_a_clause_opening_given_gives_no_cells(full_nlp):
    text = "Given hematopoietic stem cells' capacity to home to the spinal cord, survival was examined in mice."
    assert not [k for k in rels(full_nlp, text) if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, cell, effect", [
    ("Wharton's jelly MSCs were not associated with any treatment-related adverse events.", "cell:wj_msc",
     "favorable"),
    ("Intrathecal NSCs were associated with more adverse events than sham surgery.", "cell:nsc", "unfavorable"),
])
def test_cells_associated_with_adverse_events_are_their_safety_result(full_nlp, text, cell, effect):
    # gates._associated_only stops markers of the course, not the harms of the graft itself
    assert rels(full_nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == effect


def test_native_cells_associated_with_adverse_events_stay_a_marker(full_nlp):
    got = rels(full_nlp, "Higher counts of circulating Tregs were associated with fewer adverse events.")
    assert not [k for k in got if k[0] == "AFFECTS"]


@pytest.mark.parametrize("text, cell", [
    ("Grip strength declined after grafting of iPSC-derived cells into the cervical cord.", "cell:ipsc"),
    ("Grip strength declined after grafting of human ESC-derived cells into the cervical cord.", "cell:esc"),
])
def test_cells_named_only_as_derived_from_stem_cells_are_that_stem_cell_product(full_nlp, text, cell):
    # SPEC section 2: the product named as no other type is the stem cell's (`iPSC-derived NPCs` stay cell:nsc)
    doc = full_nlp(text)
    assert [(e.label_, e._.concept_id) for e in doc.ents if e.label_ == "CELL_TYPE"] == [("CELL_TYPE", cell)]
    assert rels(full_nlp, text)[("AFFECTS", cell, "outcome:muscle_strength")][0] == "unfavorable"


def test_derived_cells_of_a_named_type_keep_their_type(full_nlp):
    doc = full_nlp("Grafts of iPSC-derived neural progenitor cells and iPSC-derived motor neurons were compared.")
    assert {e._.concept_id for e in doc.ents if e.label_ == "CELL_TYPE"} == {"cell:nsc", "cell:motor_neuron"}


@pytest.mark.parametrize("text, cell", [
    ("Infusion of autologous bone marrow MSCs was not associated with clinically significant toxicity.", "cell:bm_msc"),
    ("Intrathecal NSCs were never associated with serious procedure-related complications.", "cell:nsc"),
])
def test_a_harm_not_associated_with_the_cells_is_their_safety(full_nlp, text, cell):
    # cues.safety.association_denied: `not associated with X` is null for a change, favorable for a harm denied
    assert rels(full_nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == "favorable"


@pytest.mark.parametrize("text, cell, effect", [
    ("Adverse events after the UC-MSC injections were limited to mild headache.", "cell:uc_msc", "favorable"),
    ("Side effects of intrathecal BM-MNC injection were limited to transient back pain.", "cell:bm_mnc", "favorable"),
    # harms kept to one arm are no verdict of safety
    ("Adverse events after UC-MSC injection were limited to the high-dose group.", "cell:uc_msc", "unclear"),
])
def test_harms_limited_to_minor_ones_are_a_safe_result(full_nlp, text, cell, effect):
    assert rels(full_nlp, text)[("AFFECTS", cell, "outcome:safety")][0] == effect


# --- the probe's own scoring (benchmarks/relation_probe.py) ---

def _probe_module():
    import importlib.util
    from pathlib import Path
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "relation_probe.py"
    spec = importlib.util.spec_from_file_location("relation_probe", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_relation_probe_scores_found_wrong_missed_and_extra(full_nlp):
    m = _probe_module()
    text = "Intravenous bone marrow MSCs prolonged survival of SOD1-G93A mice."
    right = [(m.AV, "cell:bm_msc", "route:intravenous", None, ""), (m.AF, "cell:bm_msc", "outcome:survival", m.FAV, "")]
    assert {v for v, *_ in m.probe(full_nlp, [(text, right)])} == {"found"}
    # an expectation the text does not meet is `missed`, another effect is `wrong`, an unlisted relation is `extra`
    got = m.probe(full_nlp, [(text, [(m.AF, "cell:bm_msc", "outcome:survival", m.NUL, ""),
                                (m.SE, "cell:bm_msc", "factor:GDNF", None, "")])])
    verdicts = sorted(v for v, *_ in got)
    assert verdicts == ["extra", "missed", "wrong"], got
