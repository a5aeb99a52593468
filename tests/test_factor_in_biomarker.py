"""(helper GE, s29) A factor named inside an end point as its measured level (`serum IGF-1`, `CSF BDNF`, `plasma VEGF
levels`) stays a nested mention, not a subject; its sentence still names the factor only as a read-out, so the factor
of the title or of an earlier sentence is not carried into it and paired with the other levels measured beside it
(as the gate on a measured factor level does when the factor stands alone), unless the factor was named as given before
it. Invented sentences only."""
from __future__ import annotations

import pytest


def factor_rows(doc):
    return {(m.subject_id, m.object_id, m.object_text) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


@pytest.mark.parametrize("text", [
    "Short stature from a novel IGF-1 gene deletion\nWe report a 6-year-old girl with short stature. At presentation, "
    "her serum IGF-1 was undetectable, while serum GH concentrations and prolactin levels were raised.",
    "BDNF in depression\nWe studied 40 outpatients. CSF BDNF was low, and cortisol levels were high.",
    "VEGF in a kidney cyst disorder\nWe examined two affected brothers. Plasma VEGF levels were normal and urinary "
    "albumin concentrations were elevated.",
])
def test_a_sentence_measuring_the_factor_in_a_fluid_is_a_read_out(full_nlp, text):
    doc = full_nlp(text)
    assert any(e.label_ == "OUTCOME" and e.kb_id_ == "outcome:biomarker" for e in doc.ents)   # the factor's level
    assert not factor_rows(doc), factor_rows(doc)


@pytest.mark.parametrize("text, outcome", [
    # near-misses: the sentence names no factor at all, so the factor given before still acts
    ("IGF-1 treatment in SOD1 mice\nRecombinant IGF-1 was given subcutaneously. Grip strength and survival improved.",
     "outcome:survival"),
    # ... or the factor was given before the sentence: its level is the drug's, the levels beside it its results
    ("Intrathecal recombinant CNTF in ALS\nForty patients received recombinant CNTF by lumbar catheter for 12 weeks. "
     "CSF CNTF rose tenfold, while CSF neurofilament light fell by a fifth.", "outcome:biomarker"),
    # ... or the factor inside the end point is glued to a participle (a count of cells, not the factor's level)
    ("GDNF gene therapy in parkinsonian rats\nRats received an AAV vector encoding GDNF into the striatum. The number "
     "of GDNF-expressing cells rose, and rotational behaviour improved.", "outcome:motor_function"),
])
def test_the_factor_given_before_still_acts_where_no_level_of_a_factor_is_named(full_nlp, text, outcome):
    assert any(o == outcome for _, o, _ in factor_rows(full_nlp(text))), factor_rows(full_nlp(text))
