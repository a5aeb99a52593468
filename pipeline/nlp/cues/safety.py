"""Safety outcomes: adverse events, late disease events and withdrawals.

The harm branch of `effect_in_scope` reads these differently from a change word: a harm that
occurred is unfavorable, one absent, scarce, judged acceptable or put on the disease is favorable,
one named as a risk of the therapy is unfavorable. The lexicons and helpers of that branch are here.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import AUX_BE, NEGATORS, cue_kind

# late events of the disease and the verbs that say a patient reached one (`required tracheostomy`)
LATE_EVENTS = ("tracheost", "gastrost", "peg", "invasive ventilation", "mechanical ventilation", "permanent ventilation",
               "ventilat", "intubat", "niv")
EVENT_VERBS = ("requir", "need", "underw", "underg", "receiv", "start", "began", "initiat")
# the same events in the passive after them
DONE_VERBS = ("perform", "placed", "inserted", "needed", "required", "initiated", "started")
# verbs right before a harm that say it happened (`Eight patients experienced adverse events`)
HAD_VERBS = frozenset({"experienced", "developed", "suffered", "had", "reported", "presented"})
# verbs right after a harm that say it happened: `adverse events included ...`, `... occurred in two patients`
OCCURRED = frozenset({"included", "include", "includes", "including", "occurred", "developed", "consisted",
                      "comprised", "reported", "observed", "noted", "experienced"})
# words between adverse events and the word that attributes them: a causality grade
CAUSALITY_FILLERS = frozenset({"", "was", "were", "considered", "judged", "deemed", "assessed", "as", "possibly",
                               "probably", "likely", "definitely", "to", "be", "all", "most", "mostly", "mainly",
                               "largely", "primarily", "both"})
# Negators that, in front of a harm outcome (`no adverse events`), mean the harm was absent.
ABSENCE = frozenset({"no", "not", "without", "none", "neither", "nor", "absence", "free", "lack", "never"})
# harms said to be scarce: `few serious adverse events`, `rare complications`, `adverse events were rare`
# (not `a few adverse events`: some happened)
SCARCE_HARM = frozenset({"few", "rare", "minimal", "infrequent", "uncommon", "negligible"})
# (helper BN, s21) harms said to be fewer than in a comparison: `fewer adverse events occurred in the treated
# arm`, `less side effects were reported` (a smaller amount of a harm, not harms that happened)
FEWER_HARM = frozenset({"fewer", "less"})
# (helper BN, s21) verb phrases by which the therapy brought a harm about: `led to tumor formation`,
# `resulted in serious adverse events`, `gave rise to teratomas`
CAUSE_PAIRS = frozenset({("led", "to"), ("lead", "to"), ("leads", "to"), ("leading", "to"), ("resulted", "in"),
                         ("result", "in"), ("results", "in"), ("resulting", "in"), ("rise", "to")})
# words that judge a safety profile good (`had a favorable / acceptable safety profile`)
GOOD_PROFILE = frozenset({"favorable", "favourable", "good", "acceptable", "excellent", "benign", "tolerable",
                          "reassuring", "satisfactory", "clean", "optimal", "positive", "encouraging"})
SAFETY_WORDS = ("adverse", "side effect", "toxic", "complication", "safety", "tumor", "tumour", "death")
SEEN = ("observ", "detect", "report", "found", "seen", "occur", "record", "note", "identif")


def _to_the_disease(toks: Sequence[str], at: int, hi: int) -> bool:
    """`attributed to disease progression`, `due to the natural course of ALS`: events the disease caused
    (a masked token there is a disease or an outcome named, not the treatment)."""
    for t in toks[at + 1:min(hi, at + 7)]:
        if t in ("to", "the", "natural", "underlying", "its", "their", "of"):
            continue
        return t == "" or t in ("disease", "progression", "course", "als")
    return False


def _not_the_cells(toks: Sequence[str], at: int, hi: int) -> bool:
    """`related to the lumbar puncture rather than to the cells`, `... and not to the MSCs`: events
    put on something else and denied to the treatment."""
    for k in range(at + 1, min(hi, at + 10) - 1):
        if (toks[k], toks[k + 1]) in (("rather", "than"), ("and", "not"), (",", "not")) or toks[k] == "unlike":
            return True
    return False


# why patients left a trial (`discontinued`, `withdrew`, `dropped out`, `were excluded`), and the words that
# give the reason (withdrawal_reason: relations' gate and the harms' effect)
LEAVING_STEMS = ("discontinu", "withdr", "dropped", "drop-out", "dropout", "stopped", "terminated", "excluded", "lost")
REASON_WORDS = frozenset({"because", "due", "owing", "for"})


def withdrawal_reason(toks: Sequence[str], o_start: int) -> bool:
    """`discontinued (the cells) because of / due to X`, `withdrew for X`, `did not receive the second
    injection because of X`: X made a patient leave. (`because` opens a clause of its own: the words
    before it are read whatever the clause scope.)"""
    window = toks[max(0, o_start - 12):o_start]
    reason = next((k for k in range(len(window) - 1, max(-1, len(window) - 6), -1) if window[k] in REASON_WORDS), None)
    if reason is None or window[reason] == "for" and not any(
            t.startswith(("withdr", "discontinu")) for t in window[max(0, reason - 2):reason]):
        return False
    return any(t.startswith(LEAVING_STEMS) or t == "receive" and "not" in window for t in window[:reason])


# a harm named as what the therapy risks: `a (potential) risk of tumor formation`, `safety concerns`, `tumorigenicity
# is a major concern`, `potential adverse effects of MSC therapy include ...`
RISK_NOUNS = frozenset({"risk", "risks", "concern", "concerns", "hazard", "hazards", "danger", "dangers",
                        "issue", "issues"})   # `safety issues such as X cannot be avoided`
RISK_FILLERS = frozenset({"", "of", "for", "about", "regarding", "over", "the", "a", "an", "such", "as", "like", ",",
                          "and", "or", "including", "increased", "potential", "possible", "major", "main", "serious"})
# words that change the risk (`a lower risk of`, `reduces the risk of`, `avoids the risks of`, `carry little risk of`:
# next to none): a result, said elsewhere
RISK_CHANGED = ("lower", "low", "less", "reduc", "decreas", "minim", "avoid", "eliminat", "mitigat", "diminish",
                "negligib", "circumvent", "overcom", "bypass", "without", "no", "free", "little")


def _named_as_risk(toks: Sequence[str], lo: int, hi: int, o_start: int, o_end: int) -> str | None:
    """The safety outcome at toks[o_start:o_end] is named as a risk of the therapy (a word of RISK_NOUNS
    before it across fillers, or after it: `safety concerns`, `X is a potential risk`), or as a potential
    harm listed (`potential adverse effects of X include ...`), and no word lowers the risk."""
    def changed(at: int) -> bool:
        return any(t.startswith(RISK_CHANGED) for t in toks[max(lo, at - 3):at])
    for k in range(o_start - 1, max(lo, o_start - 6) - 1, -1):
        if toks[k] in RISK_NOUNS:
            return None if changed(k) else toks[k]
        if toks[k] not in RISK_FILLERS:
            break
    if o_end < hi and toks[o_end] in RISK_NOUNS and not changed(o_start):
        return toks[o_end]                       # `safety concerns`, `safety risks`
    after = toks[o_end:min(hi, o_end + 5)]
    if after[:1] and after[0] in AUX_BE and any(t in RISK_NOUNS for t in after[1:]) and not changed(o_start):
        return next(t for t in after[1:] if t in RISK_NOUNS)   # `tumor formation is a potential risk`
    if any(t in ("potential", "possible") for t in toks[max(lo, o_start - 2):o_start]) or (
            o_end < hi and toks[o_end] == "of" and NEGATORS.isdisjoint(toks[lo:hi])):
        # `(potential) adverse effects of MSC therapy include`: the verb of a listing after the therapy's name
        for k in range(o_end, min(hi, o_end + 6)):
            if toks[k] in ("include", "includes", "included", "including", "are"):
                return toks[k]
            if toks[k] in (".", ";") or cue_kind(toks[k], True):
                break
    # `potential adverse effects include fever, headache and tumor formation`: a listed member
    for k in range(o_start - 1, max(lo, o_start - 12) - 1, -1):
        if toks[k] in ("include", "includes", "included", "including", "are", "were"):
            head = toks[max(lo, k - 6):k]
            if any(t in RISK_NOUNS or t in ("potential", "possible") for t in head):
                return toks[k]
            break
        if toks[k] not in RISK_FILLERS and toks[k].isalpha() and k < o_start - 1 and toks[k + 1] not in (",", "and", "or"):
            break
    return None


def association_denied(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """(helper FD, s28) `was not associated with (any / clinically significant) toxicity`: the harm denied to the
    therapy, as `no toxicity` is (the null reading of `not associated` is for an end point that could change)."""
    for k in range(max(lo, o_start - 7), o_start - 2):
        if toks[k] in ("not", "never") and toks[k + 1] == "associated" and toks[k + 2] == "with":
            return all(t and not cue_kind(t, True) for t in toks[k + 3:o_start])
    return False


# what harms kept to few kinds were kept to (`limited to mild headache`; not `limited to the MSC arm`)
MINOR_HARM = frozenset({"mild", "minor", "transient", "local", "localized", "localised", "self-limiting"})


def limited_to_minor(toks: Sequence[str], o_end: int, hi: int) -> bool:
    """(helper FD, s28) `adverse events (after the injections) were limited to mild headache`: harms kept to minor
    ones, as `adverse events were rare` (the gold: `no adverse effects aside from a slight pain` is favorable)."""
    for k in range(o_end, min(hi - 3, o_end + 8)):
        if toks[k] in AUX_BE:
            nxt = toks[k + 3 + (toks[k + 3] in ("a", "an") and k + 4 < hi)]
            return (toks[k + 1], toks[k + 2]) == ("limited", "to") and nxt in MINOR_HARM and not any(
                cue_kind(t, True) for t in toks[o_end:k] if t)
    return False
