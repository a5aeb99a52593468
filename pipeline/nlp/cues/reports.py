"""A patient's own report against an objective measure of the same end point (helper CT, s22).

`Patients subjectively reported improved strength, but grip strength showed no objective change`:
SPEC §3 scores what was measured; the subjective report is no measured result when the same
sentence measures the same end point objectively, so the objective verdict decides the effect.
A subjective report standing alone keeps its effect (train gold: `a subjective improvement was
found in ... gait` is favorable), and so does a patient-reported instrument that IS the end point
(`quality of life on the patient-reported ALSAQ-40 improved`): only a same-concept objective
reading elsewhere in the sentence overrides it (the caller checks the concept).
"""
from __future__ import annotations

from collections.abc import Sequence

# words that make a result the patient's own impression
SUBJECTIVE = frozenset({"subjective", "subjectively", "felt", "feel", "feels", "feeling", "perceived",
                        "self-reported", "self-rated", "self-assessed", "self-perceived"})
# `patients reported ...`, `participants described ...`: a report by the people treated
REPORTERS = frozenset({"patients", "patient", "participants", "participant", "subjects", "caregivers", "they",
                       "families", "relatives", "some", "several", "two", "three", "four", "few", "many", "most"})
REPORT_VERBS = frozenset({"reported", "report", "reports", "reporting", "described", "describe", "noted",
                          "complained", "claimed", "stated"})
# words that make a result a measured one
OBJECTIVE = frozenset({"objective", "objectively", "quantitative", "quantitatively", "measured", "measurable",
                       "instrumented", "dynamometry", "electrophysiological", "electrophysiologically"})


def subjective_report(toks: Sequence[str], lo: int, o_start: int) -> str | None:
    """The word in `toks[lo:o_start]` (the object's clause before it) that makes the result a patient's
    impression: `subjectively reported improved X`, `felt X improve`, `patients reported better X`."""
    for k in range(lo, o_start):
        t = toks[k]
        if t in SUBJECTIVE:
            return t
        if t in REPORT_VERBS and any(toks[j] in REPORTERS for j in range(max(lo, k - 3), k)):
            return t
    return None


def objective_in(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """The word in `toks[lo:hi]` that makes the result there a measured one (`no objective change`)."""
    for k in range(lo, hi):
        if toks[k] in OBJECTIVE:
            return toks[k]
    return None
