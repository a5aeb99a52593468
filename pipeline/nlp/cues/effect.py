"""The effect a clause states on an outcome: favorable, unfavorable, null or unclear.

`effect_in_scope` chooses the nearest cue in the clause (`consider`) and then applies the safety,
negation, verdict, arm and end-point readers of the sibling modules and the small clause readers of
`effect_readers`; it stays one function so that the order of its checks, which decides many sentences,
reads top to bottom. The lexicons here are the ones only it uses (null phrases, no-effect nouns,
appraisal words).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.cues.lexicon import (
    AMOUNT, ATTRIBUTED, AUX_BE, BODY_HALF_PARTS, DECREASE, DETERMINERS, INCREASE, LIST_WORDS, MILD_WORDS, NEGATORS, cue_kind,
    _by_first, _has_phrase, _phrases_in, _starts,
)
from pipeline.nlp.cues.harms import (
    GOOD_RATES, HARM_MARKERS, HARM_MARKERS_TO, HARM_NOUNS, NEED_MARKERS, is_harm_outcome, timed_task_before,
)
from pipeline.nlp.cues.safety import (
    ABSENCE, CAUSALITY_FILLERS, DONE_VERBS, EVENT_VERBS, GOOD_PROFILE, HAD_VERBS, LATE_EVENTS, OCCURRED,
    SAFETY_WORDS, SCARCE_HARM, SEEN, withdrawal_reason, _named_as_risk, _not_the_cells, _to_the_disease,
    CAUSE_PAIRS, FEWER_HARM, LEAVING_STEMS, association_denied, limited_to_minor,
)
from pipeline.nlp.cues.negation import (
    NEGATED_RESULT, _denied_by_subject, _difference_denied, _excluding, _negated_by_coordination, _negated_past_aside,
    _negated_through_fillers, _no_evidence,
)
from pipeline.nlp.cues.verdicts import (
    MIXED_WORDS, SHORT_OF_SIGNIFICANCE, TREND, VERDICT_NULL, p_verdict, _PARALLEL_INDEX, _WANED_INDEX, _both_ways,
    _NOT_BORNE_OUT_INDEX,
    _relative_verdict, _unsettled_after, _verdict_after, _between_treatments,
    _alike_treatments,
)
from pipeline.nlp.cues.arms import (
    BEFORE_TREATMENT, CONTROL_WORDS, TIME_UNITS, VALUE_RATIO_WORDS, _arm_amounts, _arm_values, _be_after, _control_first,
    _control_then_denied, _control_then_held, _larger_in_one_arm,
)
from pipeline.nlp.cues.endpoints import (
    END_POINT_MET, END_POINT_ROLES, MEASURE_FILLERS, MEASURE_NOUNS, STATED_RESULT, TOPIC_NOUNS, _MEASURED_INDEX,
    _asked, _definition_before, _listed, _parenthetical_measure, _quantified, _role_label, _topic_before, defines,
)
from pipeline.nlp.cues.attachment import (
    _caused_change, _closing_bracket, _next_outcomes_cue, _not_the_result, _only_a_little, _other_clause, _stated_of,
    _tempered, _intensified,
)
from pipeline.nlp.cues.effect_readers import (
    _change_unaffected, _defines_end_point, _harm_absent, _in_both_arms, _judged_after, _list_opened_by_cue,
    _moved_values, _none_had, _outside_brackets, _ratio_value, _some_and_others, _study_of,
)

# an end point named with its gain (`survival benefit`): a negator before it denies the gain
GAIN_HEADS = ("benefit", "benefits", "advantage", "improvement", "improvements", "gain", "gains")
# favorable words that, after `to (be)`, say what is still to be shown
UNSETTLED = ("confirm", "establish", "prov", "demonstrat", "verif", "validat")
# Phrases that state that nothing changed (matched as token sequences in scope).
NULL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("no", "significant"), ("not", "significant"), ("not", "significantly"), ("no", "change"),
    ("no", "between-group"), ("no", "between", "group"), ("no", "group"), ("no", "treatment", "difference"),
    ("no", "treatment", "effect"),
    ("no", "changes"), ("no", "difference"), ("no", "differences"), ("did", "not"), ("does", "not"),
    ("do", "not"), ("failed", "to"), ("fail", "to"), ("no", "effect"), ("no", "effects"),
    ("not", "differ"), ("not", "different"), ("not", "remarkable"), ("no", "benefit"),
    ("no", "improvement"), ("no", "reduction"), ("no", "decrease"), ("no", "prolongation"), ("no", "slowing"),
    ("was", "similar"), ("were", "similar"), ("similar", "in"),
    ("unchanged",), ("nonsignificant",), ("non-significant",), ("not", "improve"),
    ("non-significantly",), ("nonsignificantly",), ("insignificantly",),
    ("no", "evidence"), ("not", "altered"), ("not", "affect"), ("not", "affected"), ("ineffective",),
    ("no", "protective", "effect"), ("no", "beneficial", "effect"), ("no", "therapeutic", "effect"),
    ("no", "protective", "effects"), ("no", "beneficial", "effects"), ("no", "therapeutic", "effects"),
    ("not", "modified"), ("not", "changed"), ("not", "associated"), ("not", "influenced"), ("not", "alter"),
    ("lack", "of", "efficacy"), ("comparable", "to"), ("comparable", "between"), ("similar", "to"),
    ("not", "statistically"), ("no", "statistically"), ("did", "not", "reach"),
    # `no statistical difference was observed`, `lacked statistical significance`
    ("no", "statistical"), ("lacked", "statistical"), ("lacked", "significance"), ("lacking", "statistical"),
    # a trial's verdict on its end point: `the primary end point was not met`
    ("not", "met"), ("not", "achieved"),
    # `were also similar between groups`, `remained similar`
    ("similar", "between"), ("similar", "among"), ("similar", "across"), ("also", "similar"), ("remained", "similar"),
    # `were comparable in both groups`, `a similar decline`
    ("were", "comparable"), ("was", "comparable"), ("comparable", "in"), ("comparable", "among"),
    ("comparable", "across"), ("comparable", "with"), ("a", "similar"), ("equivalent", "in"), ("identical", "in"),
    # `had similar survival`, `a negligible effect on X`, `statistically indistinguishable from placebo`
    ("had", "similar"), ("showed", "similar"), ("exhibited", "similar"), ("displayed", "similar"), ("negligible",),
    ("indistinguishable",), ("unaffected",), ("not", "superior"), ("insignificant",), ("equivalent", "between"),
    ("were", "equivalent"), ("was", "equivalent"),
    # `the results on ALSFRS-R were negative`, `negative trials`
    ("were", "negative"), ("was", "negative"), ("negative", "results"), ("negative", "result"), ("negative", "trials"),
    # `survival curves overlapped`, `there was no correlation between dose and survival`, `the end point was not
    # reached` (not `median survival was not reached`: too few deaths to tell, below)
    ("overlapped",), ("unaltered",), ("no", "correlation"), ("no", "association"), ("not", "reached"),
    # `glial reactivity was long-lasting and unabated by the cell transplantation`
    ("unabated",),
)
_NULL_INDEX = _by_first(NULL_PHRASES)
# a comparison that denies the treatment did better than the control
NOT_BETTER: tuple[tuple[str, ...], ...] = (("not", "superior"), ("not", "better"), ("no", "better"),
                                          ("not", "more", "effective"))
# (one pass over the words, not one per phrase: `_phrases_in` finds what `_has_phrase` finds per phrase)
_NOT_BETTER_INDEX = _by_first(NOT_BETTER)
_SHORT_OF_SIGNIFICANCE_INDEX = _by_first(SHORT_OF_SIGNIFICANCE)
# amounts next to none before an effect noun (`little effect on X`, `minimal effects on X`): no effect
SCANT = frozenset({"little", "minimal"})
NO_EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "influence", "benefit", "benefits", "efficacy",
                             "change", "changes", "difference", "differences", "improvement", "advantage"})
# words that, in a clause with no change word, present, derive or promise data on an outcome, not a result
REPORTED_ONLY = frozenset({"data", "available", "presented", "calculated", "computed", "estimated",
                           "obtained", "tabulated", "depicted", "plotted", "will",
                           "table", "tables", "figure", "figures", "fig", "unavailable", "pending"})
# comparatives that turn the change word right after them (`a smaller increase in X`: less of the rise); `less`
# and `slower` are read as words of their own
LESSER = frozenset({"smaller", "lesser", "milder"})
# an outcome named by its harm (`weight loss`, `motor deficits`) and the words that say it happened
HARM_NAMED = frozenset({"loss", "deterioration", "worsening", "deficit", "deficits"})
HAPPENED = frozenset({"observed", "occurred", "developed", "experienced", "noted", "seen", "showed", "exhibited",
                      "displayed", "suffered", "caused", "induced", "produced"})
# verbs that name a worsening: denied before the outcome, the outcome was spared
WORSEN_VERBS = ("worsen", "exacerbat", "aggravat", "deteriorat")
# verbs of reporting that, denied (`X was not reported`, `results on X have not been published`), leave the
# result unstated
REPORT_VERBS = ("report", "publish", "disclos", "provid", "describ")
# words of a review's verdict on its evidence, not on the treatment
APPRAISAL_CUES = frozenset({"certainty", "inconclusive", "powered", "underpowered", "heterogeneity", "funnel",
                            "low-certainty", "low-quality", "very-low", "insufficient", "bias"})
# words before `limited` that make it a verdict (`remains limited`, `was limited`)
JUDGED = frozenset({"remains", "remain", "remained", "is", "was", "are", "were", "been", "be", "still", "very", "rather"})


@dataclass(frozen=True)
class EffectCue:
    effect: str      # favorable | unfavorable | null | unclear
    cue: str | None  # the word(s) that decided it, None for the default


# the good end of a scale where lower is better, as a cut-off after its name (`mRS 0-2`, `an mRS score of
# 0 to 1`, `modified Rankin Scale score ≤ 2`)
LOW_RANGE = re.compile(r"^(?:\( )?(?:scores? )?(?:of )?(?:[01] ?(?:-|–|to) ?[0-3]\b|(?:≤|<=|<) ?[0-3]\b)")


# `more`/`less` grading how strongly something changed, not an amount of the outcome
DEGREE_WORDS = frozenset({"effective", "efficient", "potent", "pronounced", "marked", "evident", "prominent"})


# (helper FI, s28) determiners that point back to a harm already told (`this serious adverse event`)
POINTED_BACK = frozenset({"this", "these"})


def effect_in_scope(toks: Sequence[str], obj: tuple[int, int], scope: tuple[int, int],
                    obj_text: str, obj_concept: str | None, elsewhere: bool = False) -> EffectCue:
    """The effect a clause states on an outcome at toks[obj[0]:obj[1]], from cues inside `scope`.

    The nearest cue wins. Distances are adjusted so that a cue belongs to its own phrase: a cue
    that a passive auxiliary precedes (`A were reduced and B ...`) or that a coordinator separates
    from the outcome (`A increased and B decreased`) counts for B only at a penalty. A negator
    before the winning cue (`failed to prolong`, `did not improve`) makes it null; a negator right
    before a harm outcome (`no serious adverse events`) makes it favorable. `elsewhere`: the outcome is
    named in another clause and `obj` is an empty position standing for it (no words around it are
    its own).
    """
    lo, hi = scope
    o_start, o_end = obj
    obj_low = obj_text.lower()
    if o_start > lo and toks[o_start - 1] in ("no", "without") and obj_low.endswith(GAIN_HEADS):
        return EffectCue("null", toks[o_start - 1])    # `no survival benefit`, `without functional improvement`
    if o_start > lo and toks[o_start - 1] in ("no", "without") and o_end < hi and toks[o_end] in NO_EFFECT_NOUNS:
        return EffectCue("null", toks[o_start - 1])    # `no survival difference was found`, `no FVC change`
    if _change_unaffected(toks, o_end, hi):
        return EffectCue("null", "not affected")   # `a decrease in X ..., and this decrease was not affected by the cells`
    harm = is_harm_outcome(obj_text, obj_concept)
    if harm and LOW_RANGE.match(" ".join(toks[o_end:min(hi, o_end + 6)])):
        harm = False   # `more patients reached an mRS of 0-2`: the share within the scale's good end, more is better
    if obj_low.startswith(LATE_EVENTS):
        # `Six patients required tracheostomy`: the event happened; `did not need gastrostomy`: it was spared
        verb = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1) if toks[k].startswith(EVENT_VERBS)
                     and toks[k + 1] != "for" and (k == 0 or toks[k - 1] not in DETERMINERS)), None)
        if verb is None:
            # `Gastrostomy was performed in two patients`, `tracheostomy was needed at month 8`
            verb = next((k for k in range(o_end, min(hi, o_end + 4)) if toks[k].startswith(DONE_VERBS)
                         and toks[k - 1] in ("was", "were", "been")), None)
        if verb is not None:
            denied = any(t in NEGATORS for t in toks[max(lo, verb - 3):verb]) or any(
                t in ("fewer", "none", "less") for t in toks[lo:verb])   # `Fewer treated patients needed ventilation`
            return EffectCue("favorable" if denied else "unfavorable", toks[verb])
    if harm and withdrawal_reason(toks, o_start):
        # (`because` opens a clause of its own, as in withdrawal_reason: the subject of the leaving verb is read)
        leave = next((k for k in range(o_start - 1, max(-1, o_start - 13), -1) if toks[k].startswith(LEAVING_STEMS)), None)
        if leave is not None and not {"no", "none", "neither", "never"}.isdisjoint(toks[max(0, leave - 4):leave]) and \
                not any(t in (";", ".", ":") for t in toks[max(0, leave - 4):leave]):
            return EffectCue("favorable", "none")   # (helper BN, s21) `No patient discontinued because of AEs`
        return EffectCue("unfavorable", "discontinued")   # `two patients discontinued because of adverse events`
    marker_at: set[int] = set()
    for i in range(max(lo, o_start - 14), o_start):
        if not toks[i].startswith(MARKER_STEMS):
            continue    # (only a harm or need marker is ever kept below: most words are neither)
        if _caused_change(toks, lo, i):
            continue    # `caused a reduction in X`: the noun is the change itself, not a harm named
        if toks[i] in ("rate", "rates") and obj_low.startswith(GOOD_RATES):
            continue    # `a higher rate of survival`: the rate of something good
        if harm and _starts(toks[i], ("decreas", "reduction")):
            continue    # `a greater reduction in spasticity`: less of a harm, said by the cue words around it
        if _starts(toks[i], HARM_MARKERS) and i + 1 < len(toks) and (i + 1 == o_start or toks[i + 1] in ("in", "of")
                                                                     or toks[i + 1] == "to" and _starts(toks[i], HARM_MARKERS_TO)):
            if i + 1 == o_start and toks[i].endswith("ed") and not (i > 0 and toks[i - 1] in ("the", "a", "an")):
                continue    # `MSCs decreased astrogliosis`: the verb, not a state (`the decreased counts`)
            if all(t in LIST_WORDS for t in _outside_brackets(toks[i + 2:o_start])) and not (
                    i + 2 < o_start and o_end - o_start == 1 and obj_low.endswith("ed")):
                # (`the decline in FVC (P = 0.18) and ALSFRS-R`: statistics aside; not `... and lived longer`,
                # a verb, not a listed measure)
                marker_at.add(i)
        # `the need for (mechanical) ventilation`, `a lower risk of tracheostomy`: an event to be spared
        elif _starts(toks[i], NEED_MARKERS) and i + 1 < o_start and toks[i + 1] in ("for", "of") and \
                o_start - i - 2 <= 2 and all(t.isalpha() or "-" in t for t in toks[i + 2:o_start]):
            marker_at.add(i)
    after = [i for i in range(o_end, min(hi, o_end + 6)) if toks[i] not in ("", "(", ")")][:1]
    for i in after:
        if toks[i] in ("rate", "rates") and obj_low.split() and obj_low.split()[-1].startswith(GOOD_RATES):
            continue    # (helper AT) `the one-year survival rate was higher`: the rate of something good
        if toks[i] in HARM_NOUNS:
            marker_at.add(i)
    harm = harm or bool(marker_at)
    risk_named = None
    if (o_start >= 2 and toks[o_start - 2] == "time" and toks[o_start - 1] == "to"
            or obj_low.startswith("time to")) and not marker_at:
        harm = False   # `time to symptom onset was longer`: a time to an event, where longer is better
    if timed_task_before(toks, lo, o_start, obj_low):
        harm = True    # (helper BN, s21) `time to descend in the pole test was shorter`: a faster task
    if not elsewhere and (obj_concept == "outcome:safety" or any(w in obj_low for w in SAFETY_WORDS)):
        # (helper T, s19) `protection against dopaminergic cell death was observed`: the harm was warded off,
        # so the verb of seeing after it reports the protection, not a death that happened
        # (up to two words of the harm's name may stand between: `against dopaminergic cell death`)
        shield = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1) if toks[k] == "against"), None)
        if shield is not None and shield > lo and all(t.isalpha() for t in toks[shield + 1:o_start]) and \
                toks[shield - 1].startswith(("protect", "neuroprotect")) and \
                NEGATORS.isdisjoint(toks[max(lo, shield - 4):shield]):
            return EffectCue("favorable", "protection against")
        judged = next((t for t in toks[max(lo, o_start - 3):o_start] if t in GOOD_PROFILE), None)
        if judged and NEGATORS.isdisjoint(toks[max(lo, o_start - 5):o_start]):
            return EffectCue("favorable", judged)   # `had a favorable safety profile`: a verdict, no harm had
        for i in range(max(lo, o_start - 4), o_start):            # `no serious adverse events`
            if toks[i] in ABSENCE and not any((cue_kind(t, True) or ("",))[0] == "favorable" for t in toks[i + 1:o_start]
                                              if t not in ("evidence", "evidences")):   # `no evidence of tumour formation`
                return EffectCue("favorable", toks[i])    # (`did not reduce death`: a change denied, below)
        if association_denied(toks, lo, o_start):
            return EffectCue("favorable", "not associated")   # `not associated with clinically significant toxicity`
        if _none_had(toks, lo, o_start):
            return EffectCue("favorable", "none")   # `None of the patients manifested severe adverse effects`
        scarce = next((k for k in range(max(lo, o_start - 3), o_start) if toks[k] in SCARCE_HARM), None)
        if scarce is not None and not (scarce > 0 and toks[scarce - 1] in ("a", "an")) and all(
                t and not cue_kind(t, True) for t in toks[scarce + 1:o_start]):
            return EffectCue("favorable", toks[scarce])   # `reported few serious adverse events`
        fewer = next((k for k in range(max(lo, o_start - 3), o_start) if toks[k] in FEWER_HARM), None)
        if fewer is not None and all(t and not cue_kind(t, True) for t in toks[fewer + 1:o_start]) and \
                NEGATORS.isdisjoint(toks[max(lo, fewer - 3):fewer]):
            # (helper BN, s21) `Fewer adverse events occurred in the MSC arm (than with placebo)`: less harm;
            # not when the fewer harms are the comparator arm's (`fewer ... in the placebo group than ...`)
            than = next((k for k in range(o_end, hi) if toks[k] == "than"), hi)
            if CONTROL_WORDS.isdisjoint(toks[o_end:than]):
                return EffectCue("favorable", toks[fewer])
        if o_end + 1 < hi and toks[o_end] in AUX_BE and toks[o_end + 1] in SCARCE_HARM:
            return EffectCue("favorable", toks[o_end + 1])   # `adverse events were rare`
        if limited_to_minor(toks, o_end, hi):
            return EffectCue("favorable", "limited to")   # `adverse events were limited to mild headache`
        # `MSC therapy carries a risk of tumor formation`, `safety concerns include ...`, `potential adverse
        # effects of MSC therapy include ...`: a harm the therapy may bring, not a safe result (when no cue
        # word says more: `the risk of adverse events was similar`)
        risk_named = _named_as_risk(toks, lo, hi, o_start, o_end)
        for i in range(o_end, min(hi, o_end + 4)):                # `adverse events were not observed`
            if toks[i] in ABSENCE and i + 1 < len(toks) and toks[i + 1].startswith(SEEN):
                return EffectCue("favorable", toks[i])
        # `treatment-related adverse events`, `adverse events related to the cells` (not `unrelated`)
        near = [t for t in toks[max(lo, o_start - 2):min(hi, o_end + 3)] if t]
        # (`were considered possibly related to`: a causality grade between the events and the word)
        # (`One serious adverse event, aseptic meningitis, was considered related`: past an aside)
        after = o_end
        if o_end < hi and toks[o_end] in (",", "("):
            close = next((k for k in range(o_end + 1, min(hi, o_end + 10)) if toks[k] in (",", ")")), None)
            after = close + 1 if close is not None else o_end
        graded = next((k for k in range(after, min(hi, after + 7)) if toks[k].startswith(ATTRIBUTED)), None)
        if graded is not None and set(toks[after:graded]) <= CAUSALITY_FILLERS:
            near.append(toks[graded])
            if _not_the_cells(toks, graded, hi):
                return EffectCue("favorable", "rather than")   # `attributed to the lumbar puncture rather than the MSCs`
            if _to_the_disease(toks, graded, hi):
                return EffectCue("favorable", "disease")   # `all deaths were attributed to disease progression`
        occurred = next((toks[k] for k in range(o_end, min(hi, o_end + 3)) if toks[k] in OCCURRED), None) or (
            "most common" if not {"common", "frequent"}.isdisjoint(toks[max(lo, o_start - 3):o_start]) and (
                o_end < hi and toks[o_end] in ("were", "was")      # `the most common adverse events were headache ...`
                or "most" in toks[max(lo, o_start - 3):o_start]) else None) or next(   # `Headache was the most common AE`
            (toks[k] for k in range(max(lo, o_start - 3), o_start) if toks[k] in HAD_VERBS), None) or next(   # `patients developed AEs`
            (toks[k] for k in range(max(lo, o_start - 4), o_start - 1) if (toks[k], toks[k + 1]) in CAUSE_PAIRS
             and all(t.isalpha() for t in toks[k + 2:o_start])), None) or next(   # (helper BN, s21) `led to tumor formation`
            # (helper FI, s28) `This serious adverse event shows ...`: a harm pointed back to is one that happened;
            # `The most serious adverse event was a spinal mass`: the worst of those that happened
            (toks[k] for k in range(max(lo, o_start - 3), o_start) if toks[k] in POINTED_BACK
             and "safety" not in obj_low), None) or (
            "most serious" if "most" in toks[max(lo, o_start - 3):o_start] and not {"serious", "severe"}.isdisjoint(
                toks[max(lo, o_start - 3):o_end]) and o_end < hi and toks[o_end] in ("was", "were") else None)
        blamed = next((k for k in range(o_end, hi) if toks[k].startswith(ATTRIBUTED)), None)
        if occurred and blamed is not None and _to_the_disease(toks, blamed, hi):
            return EffectCue("favorable", "disease")   # `Three deaths occurred, all attributed to progression of ALS`
        if occurred and blamed is not None and _not_the_cells(toks, blamed, hi):
            return EffectCue("favorable", "rather than")
        if occurred and blamed is not None and any(toks[k] in ABSENCE for k in range(max(o_end, blamed - 6), blamed)):
            # `Three adverse events occurred, none of which was considered related to the treatment`
            return EffectCue("favorable", "unrelated")
        if occurred and blamed is None and any(toks[k].startswith("unrelat") for k in range(o_end, hi)):
            # `Two deaths occurred during follow-up, both unrelated to the treatment`: events put off the cells
            return EffectCue("favorable", "unrelated")
        if occurred and (_phrases_in(toks, lo, hi, _PARALLEL_INDEX) or not {"similar", "comparable"}.isdisjoint(
                toks[lo:hi])):
            return EffectCue("null", "similar")   # `adverse events occurred at similar rates in both arms`
        if occurred and NEGATORS.isdisjoint(toks[lo:min(hi, o_end + 4)]) and ABSENCE.isdisjoint(toks[lo:o_start]):
            # `Side effects included headache and transient meningismus`, `Serious adverse events occurred in two
            # patients`: harms that happened (the mild words of a listed symptom are not the verdict)
            return EffectCue("unfavorable", occurred)
        if any(t.startswith(ATTRIBUTED) or t.endswith("-related") for t in near) and ABSENCE.isdisjoint(
                toks[max(lo, o_start - 8):min(hi, o_end + 4)]) and not any(t.startswith("unrelat") for t in near):
            return EffectCue("unfavorable", "related")
    best: tuple[float, str, str, int] | None = None
    # `A delayed onset and did not affect survival`: the outcome is the object of a verb before it, and
    # what follows `and` is the subject's next predicate, not said of the outcome
    k = o_start - 1 - (o_start > lo + 1 and toks[o_start - 1] in ("the", "a", "an"))
    object_of_verb = k >= lo and toks[k].endswith("ed") and (cue_kind(toks[k], harm) or ("",))[0] in (
        "favorable", "unfavorable")
    # `a slower decline in X and lived longer`: X's cue stands before it, so the verb after `and` is another's
    cued_before = any(t and cue_kind(t, harm) for t in toks[max(lo, o_start - 3):o_start])
    # (helper AT) `a decrease in A, B, and X and an increase in C`: X closes a list that a change word opens, so
    # the change word after `and` opens the next list
    list_cued = _list_opened_by_cue(toks, lo, o_start, harm)

    def consider(i: int, kind: str, cue: str, bonus: float = 0.0) -> None:
        # Distance counts words, not other entities' tokens ("" = masked), so that a coordinated
        # list (`improved survival and motor function`) shares its verb.
        nonlocal best
        if i < o_start:
            dist = 1.0 + sum(map(bool, toks[i + 1:o_start]))   # (words between, at C speed: few cues per clause)
            # the cue is the predicate of what precedes it: `A were reduced and B`, `A increased and B`
            if i > 0 and (toks[i - 1] in AUX_BE or not toks[i - 1] or (
                    i > 1 and toks[i - 2] in AUX_BE and toks[i - 1].endswith("ly"))):
                dist += 4
        else:
            dist = 1.0 + sum(map(bool, toks[o_end:i]))   # (none for a cue inside the outcome)
            if i + 1 < len(toks) and not toks[i + 1] and i + 1 < hi:   # `increased [animal survival]`
                dist += 4
            elif i > 0 and toks[i - 1] in AUX_BE:                     # `X ... were higher`
                dist -= 1
            if "and" in toks[o_end:i] and (object_of_verb or list_cued or cued_before and "" in toks[o_end:i]
                                           or _next_outcomes_cue(toks, o_end, i, harm)):
                dist += 4
            if i > 0 and toks[i - 1] == "by" and toks[i].endswith("ing") and i >= o_end:
                return       # `confer neuroprotection by reducing X`: the means, said of X, not of the outcome
                             # (not the outcome's own verb: `by protecting motor neurons`)
            if "and" in toks[o_end:i] and i + 2 < hi and toks[i + 1] in ("in", "of") and "" in toks[i + 2:i + 4]:
                return       # `the slope of X and the decline in Y did not differ`: the change noun names the next
                             # outcome's measure, not X's result
        dist -= bonus
        if best is None or dist < best[0]:
            best = (dist, kind, cue, i)

    seen_null: set[tuple[str, ...]] = set()
    named: str | None = None
    for at, phrase in _phrases_in(toks, lo, hi, _NULL_INDEX):
        # first occurrence of each phrase; `no change in X` speaks of what follows it only
        if phrase in seen_null:
            continue
        seen_null.add(phrase)
        if phrase in (("did", "not"), ("does", "not"), ("do", "not")) and at + 2 < hi and \
                toks[at + 2].startswith(WORSEN_VERBS):
            continue    # `did not worsen X`: the harm denied, read at the verb below
        if at >= o_end and at + 2 < len(toks) and toks[at + 2].startswith("translat"):
            continue    # `the preservation of motor neurons did not translate into survival`: said of what follows
        if phrase == ("no", "evidence") and _harm_absent(toks, at + 1, lo, o_start, harm):
            continue    # read at `evidence` below
        if phrase == ("not", "reached") and "median" in toks[lo:at]:
            continue    # `median survival was not reached`: too few events to give a median, no verdict
        if at >= o_end and "which" in toks[max(o_end, at - 2):at] and \
                not {"comparable", "similar", "equivalent"}.isdisjoint(phrase):
            continue    # `decreased the severity of arthritis, which was comparable to biologic treatments`: the
                        # change likened to another treatment's, not the arms found alike
        if _alike_treatments(toks, lo, at, phrase):
            continue    # (helper Y) `all cell therapies demonstrated a similar reduction in X`: the treatments alike,
                        # each changed X
        if at >= o_end and _between_treatments(toks, at, hi):
            continue    # (helper P) `both exosomes reduced X versus controls, but no difference was found between
                        # the two MSC exosomes`: the two treatments found alike, not the treatment and its control
        if not (phrase[0] == "no" and at > o_start and not _stated_of(toks, lo, o_start, o_end, at)) \
                and not _other_clause(toks, lo, hi, at, o_start, o_end):
            consider(at, "null", " ".join(phrase), bonus=2.0)
    for at in range(lo, hi - 4) if not ASIDES.isdisjoint(toks[lo:hi]) else ():
        # `X was, however, similar in both groups`: a connective set off by commas inside a null phrase
        if toks[at] in AUX_BE and toks[at + 1] == "," and toks[at + 2] in ASIDES and toks[at + 3] == "," and any(
                tuple([toks[at], *toks[at + 4:at + 3 + len(ph)]]) == ph for ph in _NULL_INDEX.get(toks[at], ())):
            if not _other_clause(toks, lo, hi, at, o_start, o_end):
                consider(at, "null", toks[at + 4], bonus=2.0)
            break
    for at in range(lo, o_start) if not NO_EFFECT_OPENERS.isdisjoint(toks[lo:o_start]) else ():
        # `no (appreciable / measurable / clinical) effect on X`, `no impact on X` (most clauses have no opener)
        # (helper BD, s21) also `a lack of effect of MSCs on X`, `lacked any benefit on X`, `an absence of effect`
        if (toks[at] in ("no", "without") or toks[at] in LACKING
                or toks[at] in SCANT and (at == lo or toks[at - 1] not in ("a", "an"))) \
                and any(toks[k] in NO_EFFECT_NOUNS for k in range(at + 1, min(at + 4, o_start))) \
                and not _other_clause(toks, lo, hi, at, o_start, o_end):
            # (`had little / minimal effect on X`: next to none, as no effect; not `a little improvement`)
            consider(at, "null", "no effect", bonus=2.0)
            break
    for at, phrase in _phrases_in(toks, lo, hi, _MEASURED_INDEX):
        met = next((k for k in range(max(lo, at - 3), at) if toks[k] in END_POINT_MET), None)
        if met is not None and phrase[-1] in ("point", "points", "endpoint", "endpoints") \
                and NEGATORS.isdisjoint(toks[max(lo, met - 3):met]):
            consider(at, "favorable", "met")    # `the trial met its primary end point of X`: the result
        elif at > lo and toks[at - 1] in END_POINT_ROLES and not defines(toks, at + len(phrase)):
            named = named or " ".join(phrase)   # `X, the primary end point, did not differ`: a role, as above
        else:
            consider(at, "unclear", " ".join(phrase), bonus=-3.0)   # as a MEASURED word
    tempering: set[int] = set()
    verdict_named = "tolerated" in obj_low or obj_low in ("safe", "safely")
    if verdict_named and not elsewhere and NEGATORS.isdisjoint(toks[max(lo, o_start - 3):o_start]) and not _asked(
            toks, lo, o_start):
        # `were safe and attenuated inflammation`: the next verb is the other outcome's
        return EffectCue("favorable", obj_low)
    # `neither X nor Y differed / was improved`: the negation stands before the outcomes, not the verb
    before = [t for t in toks[max(lo, o_start - 3):o_start] if t not in DETERMINERS]
    neg_at = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1) if toks[k] == "not"), None)
    paired_negation = bool(before) and (before[-1] in ("neither", "nor") or (
        before[-1] == "not" and neg_at is not None and neg_at > 0 and toks[neg_at - 1] in ("but", ",", "and")))   # `..., but not (in) X`
    ignored = _not_the_result(toks, lo, o_start, o_end, marker_at)
    bracket_close = _closing_bracket(toks, lo, o_start, o_end, hi)
    changes_named = False
    # no cue: every check below drops a cue or reads one (most words of a clause are none)
    # (the cached test mapped over the clause at C speed: a Python-level comprehension showed in profiles)
    for i in list(compress(range(lo, hi), map(_scanned, map(toks.__getitem__, range(lo, hi)), repeat(harm)))):
        if i in marker_at or i in tempering or i in ignored:
            continue
        if toks[i].startswith("limit") and i > 0 and toks[i - 1] in ("normal", "reference", "acceptable"):
            consider(i, "favorable", "within normal limits")   # `remained within normal limits`: nothing went wrong
            continue
        if toks[i] in MILD_WORDS and i + 1 in marker_at:
            continue    # `a transient deterioration in X`: the deterioration is the result, however brief
        if o_start <= i < o_end and not _starts(toks[i], ("improv", "preserv", "protect", "rescu")):
            continue
        t = toks[i]
        if t in ("lower", "upper") and i + 1 < len(toks) and toks[i + 1] in BODY_HALF_PARTS:
            continue    # `strength at the left lower extremity improved`: where, not a decrease
        if t in ("more", "less") and i + 1 < hi and (toks[i + 1].endswith("ly") or toks[i + 1] in DEGREE_WORDS):
            continue    # `more effectively suppressed`, `more effective in reducing X`: a degree, the verb speaks
        if t == "lost" and i + 2 < len(toks) and toks[i + 1] == "to" and toks[i + 2].startswith("follow"):
            continue    # `one patient was lost to follow-up`: a dropout, no change in the outcome
        if i > lo and toks[i - 1] == "-" and t.startswith(CAUSE_MODIFIERS):
            continue    # (helper BN, s21) `prevented disease-induced denervation`, `LPS-stimulated microglia`: the
                        # compound names the harm's cause, not a change the treatment made
        if _harm_absent(toks, i, lo, o_start, harm):
            consider(i, "favorable", "no evidence of")   # `no evidence of syrinx, tumor formation or neurological
            continue                                      # deterioration`: the harm absent, not a benefit denied
        found = cue_kind(t, harm)
        if found is None and t == "advanced" and obj_concept == "outcome:disease_onset" and 0 < o_start - i <= 3:
            found = cue_kind("accelerated", harm)   # `advanced the onset of paralysis`: brought it earlier
        if found is None and t == "negative" and i + 1 < hi and toks[i + 1] in EFFECT_NOUNS:
            found = ("unfavorable", 0.0)   # (helper BN, s21) `had a negative effect on FVC` (not `SOD1-negative`)
        if found is None and t == "inferior" and (i + 1 >= hi or not toks[i + 1].isalpha() or toks[i + 1] in (
                "to", "in", "than", "with", "at", "and", "compared")):
            found = ("unfavorable", 0.0)   # (helper BN, s21) `motor performance was inferior in ...` (not `the
                                           # inferior olive`)
        if t in ("earlier", "sooner") and obj_concept == "outcome:survival" and i >= o_end and (
                i + 1 < hi and toks[i + 1] in ("than", "in") or toks[i - 1] in TIME_UNITS):
            found = ("unfavorable", 0.0)   # (helper CP, s22) `reached end stage 12 days earlier than ...`: an end
            #                                 point of the disease reached sooner (not `MSCs given earlier`)
        if found is None and t == "later" and obj_concept == "outcome:disease_onset" and i + 1 == o_start:
            found = cue_kind("delayed", harm)   # `treated mice showed later onset`
        if found is None and t in STATED_RESULT and i > 0 and toks[i - 1] in AUX_BE:
            found = ("favorable", 0.0)   # `safety has been established`, `the end point was met`
            if i >= o_end and "no" in toks[max(lo, o_start - 4):o_start]:
                found = ("null", 0.0)    # `no significant improvement in X was achieved`: the gain denied
        if found is not None and found[0] == "unclear" and i > lo and toks[i - 1] == "as" and i + 1 < len(toks) \
                and toks[i + 1] in ("by", "with", "using", "on", "in"):
            continue    # (helper CI) `improved function as measured by the ALSFRS-R`, `as assessed with the MRC scale`:
                        # names the instrument of a stated result, no measurement without result
        if found is None:
            continue
        kind, penalty = found
        if o_end <= i <= o_end + 1 and kind in ("favorable", "unfavorable") and o_start >= lo + 2 and toks[
                o_start - 1] in ("in", "of") and toks[o_start - 2] in ("difference", "differences") and all(
                t.isalpha() and t not in AUX_BE and cue_kind(t, harm) is None for t in toks[o_end:i]):
            continue    # (helper AT) `no difference in EDSS improvement between the arms`: the change compared is
                        # the measure, not the result
        if kind in ("favorable", "unfavorable") and i > lo and toks[i - 1] in LESSER and t not in LESSER \
                and _starts(t, INCREASE + DECREASE):
            # (helper AF) `the MSC group had a smaller increase in UMSARS scores`, `smaller reductions in nerve
            # conduction velocity`: less of the change, the other way
            kind = "favorable" if kind == "unfavorable" else "unfavorable"
        if t in ("less", "fewer") and i > 0 and toks[i - 1] in ("lost", "lose", "losing", "loses"):
            kind = "favorable"   # `treated mice lost less body weight`: less of a loss
        if kind == "unclear" and _parenthetical_measure(toks, i, o_end, hi):
            continue    # `X, assessed by Iba1 immunostaining, was reduced`: how X was measured, aside
        if kind == "unclear" and o_end <= i and i + 1 < hi and toks[i + 1] in ("by", "with", "using") and (
                bracket_close is not None and i < bracket_close):
            continue    # `the primary end point (change in X as assessed by the Y scale) did not differ`: aside
        if t in ("change", "changes") and i + 1 < o_start and toks[i + 1] in ("in", "of", "from") and \
                all(w in DETERMINERS or w in ("mean", "median", "total") for w in toks[i + 2:o_start]):
            changes_named = True   # with no other cue, `changes in X were noted`: a change of no stated direction
            continue    # `the change in ALSFRS-R ... did not differ`: the measure's name, not a result
        if kind == "favorable" and t.startswith(UNSETTLED) and i > 0 and toks[i - 1] in ("to", "be"):
            kind = "unclear"   # `remains to be confirmed`, `studies are needed to establish`: not yet a result
        if t == "limited" and i > 0 and toks[i - 1] in JUDGED and (i + 1 >= len(toks) or toks[i + 1] != "by"):
            kind = "unclear"    # `evidence of efficacy remains limited`: a verdict on the evidence, not a decrease
        if t.startswith("limit") and i + 1 < o_start and toks[i + 1] == "by":
            kind = "unfavorable"   # `its use is limited by tumorigenicity`: the outcome is the drawback that limits
        if t.startswith("limit") and i >= o_end and harm and not {"use", "application", "applications", "translation",
                                                                  "utility"}.isdisjoint(toks[i + 1:i + 4]):
            kind = "unfavorable"   # `the risk of tumorigenesis limits the clinical use of ESCs`: the same drawback
        if kind == "unclear" and t.endswith("ed") and i > 0 and toks[i - 1] in DETERMINERS:
            continue    # `the structure of altered nets`: an adjective naming a state, no cue
        if kind == "unclear" and o_end <= i < o_end + 8 and t in MEASURE_NOUNS and all(
                toks[j] in MEASURE_FILLERS for j in range(o_end, i)):
            named = named or t  # `ALSFRS-R slope change`, `QoL measures`: the measure's name, not a result;
            continue            # with no other cue the result is still unstated (below)
        if penalty and _role_label(toks, i):
            named = named or t  # `X, the primary endpoint, did not differ`, `Secondary outcomes, including X, were
            continue            # unaffected`: the outcome's role in the trial, not a measurement (with no other cue:
                                # still unclear, below)
        if penalty and _quantified(toks, i):
            continue    # `no differences for any (secondary) outcome, including X`: a scope, not a measurement
        if penalty and (abs(i - o_start) > 10 and not _listed(toks, i, o_start, o_end) or verdict_named):
            continue    # `was well tolerated at the doses tested`: the outcome's own words are the result
        if penalty and i + 1 < len(toks) and (t.startswith("compar") and toks[i + 1] in ("with", "to") or
                                              t == "followed" and toks[i + 1] == "by"):
            continue    # `improved X compared with controls`, `is followed by recovery`: no aim, no measurement
        if kind in ("favorable", "unfavorable") and not penalty:
            at = _tempered(toks, i, hi, obj)
            if at is not None:    # less of the change: the other direction
                tempering.add(at)
                kind = "unfavorable" if kind == "favorable" else "favorable"
            elif (more := _intensified(toks, i, hi, obj)) is not None:
                tempering.add(more)   # (helper CP, s22) `declined faster`: more of the change word's own direction
            elif kind == "unfavorable" and _only_a_little(toks, i, hi, obj):
                kind = "favorable"
        if kind in ("favorable", "unfavorable") and (any(
                toks[j] in NEGATED_RESULT and not _excluding(toks, j, i) and not _defines_end_point(toks, j, obj)
                for j in range(max(lo, i - 3), i))
                or _negated_through_fillers(toks, i, lo) or _negated_past_aside(toks, i, lo)
                or _denied_by_subject(toks, i, lo) or _no_evidence(toks, i, lo) or _difference_denied(toks, i, lo)
                or _negated_by_coordination(toks, i, lo) or paired_negation):
            # `did not worsen X`, `without aggravating X`: the harm denied, as `no worsening of X` (not
            # `did not prevent the decline`: a good change denied, null)
            kind = "favorable" if kind == "unfavorable" and t.startswith(WORSEN_VERBS) else "null"
        elif kind == "unclear" and not penalty and (toks[i - 1] == "any" or paired_negation or any(
                toks[j] in NEGATED_RESULT and not _excluding(toks, j, i) for j in range(max(lo, i - 4), i))
                or _negated_through_fillers(toks, i, lo)):
            # `was not associated with any change in X`, `without altering X`; `is unlikely to influence X`, `was
            # unable to alter X`: a verb of change with no direction, denied (measuring verbs carry a penalty)
            kind = "null"
        consider(i, kind, t, bonus=-penalty)
    if best is not None and best[1] == "unclear" and best[2] in NEUTRAL_CHANGE:
        moved = _moved_values(toks, best[3], hi)
        if moved is not None and p_verdict(toks, lo, hi, o_end) is None:
            # (helper BD, s21) `the slope changed from -1.1 to -0.5 points per month`, `FVC went from 80% to 72%`:
            # a neutral verb of change whose numbers say which way (for a harm, up is worse)
            # (two declines, `-1.1 to -0.5 points per month`: the smaller is better, as with `_arm_values`)
            better = abs(moved[1]) < abs(moved[0]) if moved[0] < 0 and moved[1] < 0 else (moved[1] > moved[0]) != harm
            return EffectCue("favorable" if better else "unfavorable", best[2])
    if best is None or best[2].startswith("evidenc") or best[1] == "unclear":
        appraisal = next((t for t in toks[lo:hi] if t in APPRAISAL_CUES), None) or next(
            ("quality" for k in range(lo, hi - 2) if toks[k] == "quality" and toks[k + 1] == "of"
             and toks[k + 2] in ("evidence", "the", "studies", "included")), None)
        if appraisal:    # `the certainty of evidence was low for ALSFRS-R`: a verdict on studies
            return EffectCue("unclear", appraisal)
    if _definition_before(toks, lo, o_start) and not (best is not None and best[1] == "null"):
        return EffectCue("unclear", "end point")   # (`did not achieve a benefit on the primary end point of X`: null)
    ns_at = p_verdict(toks, lo, hi, o_end)
    if ns_at is not None and (best is None or best[1] in ("favorable", "unfavorable", "unclear")):
        return EffectCue("null", toks[ns_at])   # a difference the study itself calls not significant
    if best is None:
        if paired_negation:
            return EffectCue("null", before[-1])
        verdict = _verdict_after(toks, hi)
        if verdict:    # `X was compared with controls; no significant difference was found`
            return EffectCue("null", verdict)
        same = _phrases_in(toks, lo, hi, _PARALLEL_INDEX)
        followed = next((t for t in toks[lo:hi] if t in FOLLOWED_WITH), None)
        if same and followed:
            # `All patients in both groups were followed at 6 and 12 months with ALSFRS-R and FVC`: who was
            # assessed, not a change both arms shared
            return EffectCue("unclear", followed)
        if same and BEFORE_TREATMENT.isdisjoint(toks[lo:hi]):
            # `showed the same rate of X decline as untreated patients`, `median survival was 27 months in both
            # groups`: what both arms shared, with no change word (not `... at baseline in both groups`)
            return EffectCue("null", " ".join(same[0][1]))
        if _phrases_in(toks, lo, hi, _WANED_INDEX):
            return EffectCue("unclear", "waned")   # `FVC returned to pretreatment levels by month 6`
        if not BEFORE_TREATMENT.isdisjoint(toks[o_end:min(hi, o_end + 3)]):
            return EffectCue("unclear", "before")   # `the mean ALSFRS-R score before transplantation was 35.4`
        went_on = next((t for t in toks[o_end:min(hi, o_end + 3)] if t.startswith(("continu", "persist"))), None)
        if went_on:
            return EffectCue("null", went_on)   # `disease progression continued in all patients`
        worse = next((i for i in sorted(marker_at) if _starts(toks[i], ("worsen", "deteriorat"))), None)
        if worse is not None and toks[worse - 1] in ABSENCE:
            return EffectCue("favorable", toks[worse - 1])   # `no deterioration of FVC was observed`
        if worse is not None:
            return EffectCue("unfavorable", toks[worse])   # `resulted in a worsening of X`
        named_harm = obj_low.split()[-1] if obj_low.split() and obj_low.split()[-1] in HARM_NAMED else None
        if named_harm and NEGATORS.isdisjoint(toks[lo:hi]) and ABSENCE.isdisjoint(toks[lo:hi]) and \
                CONTROL_WORDS.isdisjoint(toks[lo:hi]) and "both" not in toks[lo:hi] and not (
                HAPPENED.isdisjoint(toks[lo:hi]) and not _has_phrase(toks, ("associated", "with"), lo, o_start)):
            # `CNTF was associated with weight loss`, `weight loss was observed in treated patients`: the
            # outcome's own name is the harm that happened (no change word; `effects on weight loss`: a topic;
            # `... in both arms`, `... in controls`: not the treatment's)
            return EffectCue("unfavorable", named_harm)
        drop = next((i for i in sorted(marker_at) if i < o_start and _starts(toks[i], ("declin", "decreas", "reduc", "loss"))
                     and toks[i - 1] not in ABSENCE), None)
        if drop is not None and "further" in toks[max(lo, drop - 2):drop] and "no" in toks[max(lo, drop - 5):drop]:
            return EffectCue("favorable", "no further")   # `no patient showed further decline in X`: it held
        if drop is not None and not is_harm_outcome(obj_text, obj_concept) and not _arms_valued(
                toks, lo, hi, o_start, o_end):
            # `showed a decrease in ALSFRS-R score`: it fell (not `the rate of decline of X was 0.3 during treatment
            # versus 0.9 before`: the decline names the measure, whose two values are compared below)
            return EffectCue("unfavorable", toks[drop])
        mixed = next((t for t in toks[lo:hi] if t in MIXED_WORDS), None)
        if mixed:
            return EffectCue("unclear", mixed)    # `strength results were mixed`: SPEC's mixed result
        unsettled = _unsettled_after(toks, o_end, hi)
        if unsettled:
            return EffectCue("unclear", unsettled)
        if risk_named is not None:
            return EffectCue("unfavorable", risk_named)
        if named:
            return EffectCue("unclear", named)
        if _asked(toks, lo, o_start):    # `whether MSCs can modify disease progression`
            return EffectCue("unclear", "whether")
        head = [t for t in toks[lo:min(hi, lo + 4)] if t and t not in ("the", "a", "an")][:2]
        if len(head) == 2 and head[0] in TOPIC_NOUNS and head[1] == "of":
            return EffectCue("unclear", head[0])    # `Effect of X on Y` (a title naming its topic)
        if o_start == lo and toks[o_end:o_end + 3] in (["and", t, "of"] for t in TOPIC_NOUNS) and \
                AUX_BE.isdisjoint(toks[o_end:hi]):
            # (helper EY, s28) `Safety and efficacy of UC-MSCs in ALS`: the end point opens a title that names the
            # study's topics; no result is stated (the train gold: unclear). Not with a verb: `Safety and efficacy
            # of the treatment was sustained for 2 years` states one
            return EffectCue("unclear", toks[o_end + 1])
        topic = _topic_before(toks, lo, o_start) or _study_of(toks, lo, o_start)
        if topic and "significant" not in toks[o_end:min(hi, o_end + 4)]:   # (`... was significant`: a result)
            return EffectCue("unclear", topic)      # `we report the effect of MSCs on X`: what it was, unsaid
        gain = obj_low.split()[-1] if obj_low.split() and obj_low.split()[-1] in GAIN_HEADS else None
        if gain and NEGATORS.isdisjoint(toks[lo:hi]) and ABSENCE.isdisjoint(toks[lo:hi]):
            # (helper BD, s21) `a survival advantage of 10 days`, `conferred a survival benefit of 12%`: the end
            # point named by its gain, the number its size (not a value with no change)
            return EffectCue("favorable", gain)
        ratio = _ratio_value(toks, lo, hi, o_start)
        if ratio is not None and ratio[0] != 1.0:
            # `the hazard ratio for death was 0.62`: fewer events with the treatment (a ratio of an event, of a
            # harm: below 1 is good; of a good end, `odds ratio for response 2.1`: above 1)
            return EffectCue("favorable" if (ratio[0] < 1.0) == harm else "unfavorable", ratio[1])
        be = _be_after(toks, o_end, hi)   # `survival (at 18 months) was 71% ...`
        if be + 1 < hi and AMOUNT.match(toks[be + 1]) and VALUE_RATIO_WORDS.isdisjoint(
                toks[lo:o_start]):    # (`the hazard ratio for death was 0.48` is a result)
            arms = _arm_values(toks, be + 1, hi)
            if arms is not None and arms[0] != arms[1]:
                # `median survival was 38 months with MSCs and 31 months in controls`: more than the control
                if arms[0] < 0 and arms[1] < 0:    # two declines (`-0.52 vs -1.04 points/month`): the smaller
                    better = abs(arms[0]) < abs(arms[1])
                else:
                    # (an onset given as an age or a day, `onset was 118 days in treated mice`: later is better)
                    timed = obj_concept == "outcome:disease_onset" and not TIME_UNITS.isdisjoint(toks[be + 1:hi])
                    better = (arms[0] < arms[1]) if harm and not timed else (arms[0] > arms[1])
                return EffectCue("favorable" if better else "unfavorable", toks[be + 1])
            return EffectCue("unclear", toks[be + 1])   # `ALSFRS-R was 32 at six months`: a value, no change
        if any(toks[k] == "compared" and toks[k - 1] in AUX_BE for k in range(o_end + 1, min(hi, o_end + 4))):
            return EffectCue("unclear", "compared")   # `disease progression was compared with PRO-ACT patients`
        if changes_named:
            return EffectCue("unclear", "changes")   # `changes in cytokine levels were noted`: which way, unsaid
        reported = next((t for t in toks[lo:hi] if t in REPORTED_ONLY), None) or next(
            (toks[k] for k in range(lo, hi) if toks[k].startswith(REPORT_VERBS) and toks[k].endswith("ed")
             and not NEGATORS.isdisjoint(toks[max(lo, k - 3):k])), None)
        if reported:
            # `survival data were available for 20 patients`, `X scores are shown in Table 2`, `X was calculated as
            # ...`, `results on X will be reported separately`: the data named or promised, no result stated
            return EffectCue("unclear", reported)
        return EffectCue("favorable", None)
    if best[1] in ("favorable", "unfavorable") and _phrases_in(toks, lo, best[3], _NOT_BETTER_INDEX):
        return EffectCue("null", "not superior")   # `not superior to placebo in slowing X`
    if best[1] in ("favorable", "unfavorable") and best[3] >= o_end and _both_ways(toks, o_end, hi, harm):
        return EffectCue("unclear", "mixed")   # `FVC improved in four patients and declined in eight`
    if best[1] in ("favorable", "unfavorable") and (best[3] < o_end or toks[best[3]].startswith(GAIN_HEADS)):
        judged_mixed = next((toks[k] for k in range(o_end + 1, hi) if toks[k] in MIXED_WORDS
                             and toks[k - 1] in JUDGED), None)
        if judged_mixed:   # `improvement of the ALSFRS-R was inconsistent`, `the benefit on survival was variable`
            return EffectCue("unclear", judged_mixed)
    if best[1] in ("favorable", "unfavorable") and _asked(toks, lo, o_start):
        return EffectCue("unclear", "whether")
    if best[1] in ("favorable", "unfavorable"):
        verdict = _verdict_after(toks, hi)
        if verdict:    # `a trend toward longer survival, but it was not significant`
            return EffectCue("null", verdict)
        if best[1] == "favorable" and not _starts(obj_low, SAFETY_WORDS) and (
                _phrases_in(toks, lo, hi, _NOT_BORNE_OUT_INDEX)
                or _phrases_in(toks, hi, min(len(toks), hi + 14), _NOT_BORNE_OUT_INDEX)):
            return EffectCue("unclear", "not borne out")   # `improved X in one study but not in others`: mixed
        # (the lead, s29) a gain that did not last (`improved transiently, then returned to baseline`, `slowed at 3
        # months but not at 6`) is still the favorable result of its nearest cue: four invented golds agree and the
        # train gold has no counter-example; SPEC's mixed is a result that went both ways (above, below)
        if not TREND.isdisjoint(toks[lo:hi]) and any(
                _has_phrase(toks, ph, best[3], hi) is not None for ph in VERDICT_NULL):
            return EffectCue("null", "trend")    # `a trend toward slower decline, which was not significant`
        if _some_and_others(toks, lo, hi):
            return EffectCue("unclear", "mixed")   # `some patients improved in X, whereas others deteriorated`
        if _relative_verdict(toks, max(best[3], o_end), hi):
            return EffectCue("null", "which")    # `survival was extended by 5 days, which was not significant`
        if best[3] < o_start and _judged_after(toks, o_end, hi):
            # `the improvement in X seen at 3 months was not statistically significant`: the change named before
            # the outcome is the subject the verdict speaks of
            return EffectCue("null", "not significant")
        if _phrases_in(toks, best[3], min(len(toks), hi + 1), _SHORT_OF_SIGNIFICANCE_INDEX):
            return EffectCue("null", "without significance")   # `improved without reaching statistical significance`
        same = _phrases_in(toks, lo, hi, _PARALLEL_INDEX) or _in_both_arms(toks, lo, hi)
        larger = _larger_in_one_arm(toks, hi, best[1]) if same else None
        if larger is not None:   # `improved in both groups, but significantly more with MSCs`
            return EffectCue(larger, "more in one arm")
        if same:   # `declined at the same rate in both arms`, `a non-significant trend toward slower decline`
            return EffectCue("null", " ".join(same[0][1]))
    if best[1] == "unfavorable" and "despite" in toks[lo:hi]:
        return EffectCue("null", "despite")    # `FVC continued to decline despite the treatment`
    if best[1] == "unfavorable" and _as_expected(toks, best[3], hi):
        # `FVC declined as expected`, `SVC fell at the expected rate`: the disease's own course, which the
        # treatment did not change (no effect), not a harm of the treatment
        return EffectCue("null", "as expected")
    if best[1] == "unfavorable" and best[3] >= o_end and any(
            t.startswith(("continu", "persist")) for t in toks[max(lo, best[3] - 3):best[3]]):
        # `the ALSFRS-R score continued to decline in all patients`: the disease went on its course, the
        # treatment did not stop it (no effect), as `progression continued` (not a harm of the treatment)
        return EffectCue("null", "continued")
    if best[1] in ("favorable", "unfavorable") and (_control_first(toks, lo, hi, best[3])
                                                   or _control_then_denied(toks, hi, best[3])
                                                   or _control_then_held(toks, lo, hi, best[3], best[1])):
        # `FVC was lower in the placebo group than in the MSC group`: said of the control arm
        return EffectCue("unfavorable" if best[1] == "favorable" else "favorable", best[2])
    if best[1] in ("favorable", "unfavorable") and _starts(best[2], INCREASE + DECREASE):
        arms = _arm_amounts(toks, best[3], hi)
        if arms is not None and arms[0] != arms[1]:
            # `declined by 2.1 points in the MSC group versus 3.4 with placebo`: less of the change than the control
            flip = {"favorable": "unfavorable", "unfavorable": "favorable"}
            return EffectCue(best[1] if arms[0] > arms[1] else flip[best[1]], best[2])
    return EffectCue(best[1], best[2])


# the course the disease was expected to take (`declined as expected`, `at the expected rate`)
EXPECTED = frozenset({"expected", "predicted", "anticipated"})
EXPECTED_PACE = frozenset({"rate", "pace", "course", "slope"})


def _as_expected(toks: Sequence[str], cue: int, hi: int) -> bool:
    """The change at `cue` went `as expected` / `at the expected rate` (not `faster than expected`: a comparison
    with the expected course, read by its own words)."""
    for k in range(cue + 1, min(hi, cue + 5) - 1):
        if toks[k] in EXPECTED and (toks[k - 1] == "as" or toks[k + 1] in EXPECTED_PACE) and "than" not in toks[cue:k]:
            return True
    return False


def _arms_valued(toks: Sequence[str], lo: int, hi: int, o_start: int, o_end: int) -> bool:
    """The outcome's `was` is followed by two differing values, a treated and a control arm's or period's
    (`survival was 38 months with MSCs and 31 in controls`, `... 0.3 points/month during treatment versus 0.9
    before`): effect_in_scope compares them."""
    be = _be_after(toks, o_end, hi)
    if be < 0 or be + 1 >= hi or not AMOUNT.match(toks[be + 1]) or not VALUE_RATIO_WORDS.isdisjoint(toks[lo:o_start]):
        return False
    arms = _arm_values(toks, be + 1, hi)
    return arms is not None and arms[0] != arms[1]


# connectives set off by commas after a verb (`was, however, similar`)
ASIDES = frozenset({"however", "though", "nevertheless", "nonetheless", "again", "also", "therefore", "thus"})
# words of absence before a noun of effect (`lack of effect`), beside `no` and `without`
LACKING = frozenset({"lack", "lacked", "lacking", "lacks", "absence"})
# the words that open a denied effect (`no effect on X`, `lacked any benefit`, `little effect`)
NO_EFFECT_OPENERS = frozenset({"no", "without"}) | LACKING | SCANT
# verbs of change that name no direction; the numbers after them may (`changed from 32 to 36`)
NEUTRAL_CHANGE = frozenset({"changed", "change", "changes", "went", "moved", "shifted", "evolved"})


# the stems of the harm and need markers effect_in_scope looks for before the outcome
MARKER_STEMS = tuple(HARM_MARKERS) + tuple(NEED_MARKERS)
# the words the loop over a clause in effect_in_scope reads as a cue though cue_kind gives them none (with `limit...`,
# `evidenc...`): keep it in step with that loop
CUES_OUT_OF_LEXICON = frozenset({"advanced", "negative", "inferior", "earlier", "sooner", "later"}) | STATED_RESULT


@lru_cache(maxsize=1 << 16)
def _scanned(tok: str, harm: bool) -> bool:
    """Whether the loop over a clause in effect_in_scope reads this word (one cached test per word)."""
    return cue_kind(tok, harm) is not None or tok in CUES_OUT_OF_LEXICON or tok.startswith(("limit", "evidenc"))


# (helper BN, s21) heads of hyphenated modifiers that name a harm's cause (`TBI-induced`, `LPS-stimulated`)
CAUSE_MODIFIERS = ("induc", "stimulat", "caus", "evok", "trigger", "elicit", "provok", "driv", "mediat")

# (helper BN, s21) nouns of an effect that `negative` judges (`a negative impact on survival`)
EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "impacts", "influence", "consequence", "consequences"})

# verbs that say how the patients were assessed (a method, no result)
FOLLOWED_WITH = frozenset({"followed", "assessed", "evaluated", "monitored", "examined", "tested", "scored", "rated"})
