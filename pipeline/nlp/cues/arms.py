"""Arms and values: a change or value stated for the treated and the control arm (or before and after).

`declined by 2.1 points with MSCs versus 3.4 with placebo`, `survival was 38 months with MSCs and 31
in controls`, `FVC was lower in the placebo group than ...`: the direction is read from the numbers
or from which arm a comparison names first.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import AMOUNT, AUX_BE, NEGATORS, cue_kind
from pipeline.nlp.cues.scope import CLAUSE_BREAKS

# a ratio or risk before an outcome makes its value a result (`the hazard ratio for death was 0.48`)
VALUE_RATIO_WORDS = frozenset({"ratio", "ratios", "hazard", "risk", "odds", "hr", "rr", "irr"})


# what a control arm was given or called (relations.segment_flags.CONTROL_ARM builds its phrases from CONTROL_AGENTS)
CONTROL_AGENTS = frozenset({"placebo", "vehicle", "sham", "saline", "pbs", "untreated"})
CONTROL_WORDS = CONTROL_AGENTS | {"control", "controls", "historical"}


def _control_first(toks: Sequence[str], lo: int, hi: int, cue: int) -> bool:
    """A comparison whose first arm is the control: a control word before `than`, none after it."""
    than = next((k for k in range(cue, hi) if toks[k] == "than"), None)
    if than is None or not CONTROL_WORDS.isdisjoint(toks[than:min(hi, than + 6)]):
        return False
    # (not one named as the reference: `compared with controls, ... than expected`)
    return any(toks[k] in CONTROL_WORDS and (k == lo or toks[k - 1] not in ("with", "to", "versus", "vs", "vs.", "than"))
               for k in range(max(lo, than - 10), than))


def _control_then_denied(toks: Sequence[str], hi: int, cue: int) -> bool:
    """`the ALSFRS-R declined in the placebo group but not in the MSC group`: the change is said of the
    control arm (named after the cue) and denied for the other arm by `but not`."""
    k = next((j for j in range(cue + 1, min(len(toks) - 2, hi + 2)) if toks[j] == "but" and toks[j + 1] == "not"), None)
    return k is not None and any(t.partition("-")[0] in CONTROL_WORDS for t in toks[cue + 1:k]) and \
        not any(t.partition("-")[0] in CONTROL_WORDS for t in toks[k + 2:k + 8])   # (`sham-operated mice`)


# (helper BN, s21) words by which the other arm's outcome held: `..., whereas it remained stable with MSCs`
HELD_STEADY = frozenset({"stable", "unchanged", "preserved", "maintained", "stabilized", "stabilised", "steady",
                         "constant"})
CONTRASTS = frozenset({"whereas", "while"})
# (helper CP, s22) words by which the other arm's outcome got better
IMPROVING = ("improv", "ameliorat")


def _control_then_held(toks: Sequence[str], lo: int, hi: int, cue: int, kind: str = "") -> bool:
    """(helper BN, s21) `FVC declined in the placebo group, whereas it remained stable in the MSC group`, `In the
    placebo group FVC declined, while ...`: the change is the control arm's (named in the cue's clause) and the
    next clause, opened by `whereas` / `while`, says the other arm's outcome held steady."""
    k = next((j for j in range(cue + 1, min(len(toks), hi + 3)) if toks[j] in CONTRASTS), None)
    if k is None:
        return False
    # (a control arm named as the reference is not the one the change is said of: `compared with placebo, ...`)
    if not any(toks[j].partition("-")[0] in CONTROL_WORDS and (j == 0 or toks[j - 1] not in (
            "with", "to", "versus", "vs", "vs.", "than", "over")) for j in range(max(lo, cue - 8), k)):
        return False
    end = next((j for j in range(k + 1, min(len(toks), k + 14)) if toks[j] in (".", ";")), min(len(toks), k + 14))
    rest = toks[k + 1:end]
    # (helper CP, s22) or that it improved: `FVC declined in the placebo group, whereas it improved with MSCs`
    other = not HELD_STEADY.isdisjoint(rest) or kind == "unfavorable" and any(
        t.startswith(IMPROVING) for t in rest) and NEGATORS.isdisjoint(rest)
    return other and CONTROL_WORDS.isdisjoint(t.partition("-")[0] for t in rest)


def _arm_amounts(toks: Sequence[str], cue: int, hi: int) -> tuple[float, float] | None:
    """(treated, control) sizes of a change stated for both arms after its cue word, the treated
    arm first: `declined by 2.1 points/month in the MSC group versus 3.4 in the placebo group`,
    `decreased by 9% compared with 21% with placebo`. None unless both are there."""
    first = next((k for k in range(cue + 1, hi) if AMOUNT.match(toks[k])), None)
    if first is not None and toks[first - 1] == "from":
        return None   # `reduced the rate from 1.2 to 0.6`: one measure's two levels, not two arms' changes
    # (helper CP, s22) the control arm as the change's subject: `controls declined by 3.4 points, compared with 2.1
    # in the MSC group`
    said_of_control = any(toks[k].partition("-")[0] in CONTROL_WORDS and (k == 0 or toks[k - 1] not in (
        "with", "to", "versus", "vs", "vs.", "than", "over")) for k in range(max(0, cue - 5), cue))
    arms = _arm_values(toks, first, hi, said_of_control) if first is not None else None
    return None if arms is None else (abs(arms[0]), abs(arms[1]))


def _arm_values(toks: Sequence[str], first: int, hi: int, said_of_control: bool = False) -> tuple[float, float] | None:
    """(treated, control) values given for both arms from toks[first] on: `38.2 months in the MSC
    group and 31.5 months in controls`, `65% ... versus 78% with placebo`. None unless the second
    value is the control arm's and the first is not."""
    second = next((k for k in range(first + 1, hi) if AMOUNT.match(toks[k])
                   and toks[k - 1] in ("and", "versus", "vs", "vs.", "compared", "with", "to", ",", "than")
                   and not _same_statistic(toks[first + 1:k])), None)
    if second is None:
        return None
    a, b = (float(toks[k].rstrip("%").replace("−", "-")) for k in (first, second))
    # the words that name the second value's arm (past its spread: `128 ± 5 days in the vehicle group`)
    spread = 2 if second + 2 < hi and toks[second + 1] in SPREAD and AMOUNT.match(toks[second + 2]) else 0
    named = toks[second:min(hi, second + 6 + spread)]
    listed = _arms_listed(toks, second, hi) if CONTROL_WORDS.isdisjoint(toks[first:second]) else None
    if listed is not None:
        return (a, b) if listed else (b, a)
    if CONTROL_WORDS.isdisjoint(toks[first:second]) and not CONTROL_WORDS.isdisjoint(named):
        return a, b
    if not CONTROL_WORDS.isdisjoint(toks[first:second]) and CONTROL_WORDS.isdisjoint(named) \
            and not TREATED_ARM_WORDS.isdisjoint(named):
        return b, a   # `18.6 months in the placebo group and 24.2 months in the MSC group`: the control first
    if said_of_control and CONTROL_WORDS.isdisjoint(toks[first:second]) and CONTROL_WORDS.isdisjoint(named) \
            and not TREATED_ARM_WORDS.isdisjoint(named):
        return b, a   # (helper CP, s22) the first value is the control's, named as the subject before the change
    # one arm over two periods: `-1.1 points/month before and -0.5 after the injection`, `0.4 versus 1.0
    # points/month in the lead-in`: the time before treatment is the control
    periods = [_period(toks[first + 1:second]), _period(toks[second + 1:min(hi, second + 10)])]
    if periods[0] is None and periods[1] is not None:
        periods[0] = not periods[1]
    if periods[1] is None and periods[0] is not None:
        periods[1] = not periods[0]
    if periods[0] is None or periods[0] == periods[1]:
        return None
    return (a, b) if periods[0] else (b, a)


def _arms_listed(toks: Sequence[str], second: int, hi: int) -> bool | None:
    """(helper CP, s22) the two values' arms listed after the second one, in their order: `140 vs 128 days in
    MSC-treated and vehicle-treated mice` (True: the treated arm first), `... in placebo and MSC groups`
    (False); None when the arms are not listed so, or both or neither is a control."""
    k = next((j for j in range(second + 1, min(hi, second + 4)) if toks[j] in ARM_QUALIFIERS), None)
    if k is None:
        return None
    a = next((j for j in range(k + 1, min(hi, k + 6)) if toks[j] == "and"), None)
    if a is None:
        return None
    def control(ws: Sequence[str]) -> bool:
        return any(w.partition("-")[0] in CONTROL_WORDS for w in ws)
    one, two = toks[k + 1:a], toks[a + 1:min(hi, a + 5)]
    if control(one) == control(two):
        return None
    return not control(one)


# what a value's own statistics are written with: `8.1 (95% CI 4.0, 12.2)`, `8.1; 95%CI 4.0 to 12.2`
STAT_WORDS = frozenset({"ci", "95%ci", "95", "95%", "%", "cl", "sd", "se", "sem", "iqr", "range", "to", "β", "beta",
                        "d", "cohen", "cohen's", "p", "=", "<", ">", "±", "+/-",
                        # (the value's unit before its interval: `2.1 points (95% CI 1.0, 3.2)`)
                        "point", "points", "day", "days", "week", "weeks", "month", "months", "year", "years"})


def _same_statistic(between: Sequence[str]) -> bool:
    """The tokens between two values hold no word but a statistic's (`8.1; 95%CI 4.0, 12.2`): the second
    is a bound of the first value's interval, not the other arm's value."""
    return all(AMOUNT.match(t) or t in STAT_WORDS or not any(ch.isalpha() for ch in t) for t in between)


# a value's spread after it (`142 ± 6 days`)
SPREAD = frozenset({"±", "+/-", "+/−"})
# words that name an arm after its value (`24.2 months in the MSC group`)
TREATED_ARM_WORDS = frozenset({"group", "groups", "arm", "mice", "rats", "patients", "animals", "cohort", "treated",
                               "transplanted", "grafted", "injected", "infused"})
TIME_UNITS = frozenset({"days", "day", "weeks", "week", "months", "month", "years", "year", "d", "wk", "wks"})
BEFORE_TREATMENT = frozenset({"baseline", "inclusion", "enrolment", "enrollment", "screening",
                              "before", "prior", "pre-treatment", "pretreatment", "pre-transplantation", "pre-injection",
                              "pre-transplant", "lead-in", "run-in", "preceding", "pre-infusion"})
AFTER_TREATMENT = frozenset({"after", "following", "post-treatment", "posttreatment", "post-transplantation",
                             "post-injection", "post-transplant", "post-infusion", "thereafter", "afterwards"})


# (helper EZ, s28: `from`, `since` anchor a time: `survival from symptom onset was 49 months`)
TIME_QUALIFIERS = frozenset({"at", "after", "following", "during", "over", "within", "by", "from", "since"})
# words that open the arm or group a value is given for (`survival in the MSC group was`, `counts of treated mice were`)
ARM_QUALIFIERS = frozenset({"in", "of", "for", "among"})
# the noun of a measure that the outcome's name leaves outside it (`survival [rate] was`, `ALSFRS-R [score] was`)
VALUE_NOUNS = frozenset({"rate", "rates", "score", "scores", "level", "levels", "value", "values", "ratio"})


def _be_after(toks: Sequence[str], o_end: int, hi: int) -> int:
    """Position of the `was`/`were` that the outcome's value follows: right after it, or after a time
    qualifier (`survival at 18 months was`, `ALSFRS-R after MSC injection was`) or a group's (`survival in
    the MSC group was`); the `of` of `a mean survival of 135 days`; -1 when none."""
    if o_end < hi and toks[o_end] in AUX_BE:
        return o_end
    if o_end + 1 < hi and toks[o_end] in VALUE_NOUNS and toks[o_end + 1] in AUX_BE:
        return o_end + 1    # (helper AT) `the overall survival rate was 92.5%`: the measure's noun, then its value
    if o_end + 1 < hi and toks[o_end] == "of" and AMOUNT.match(toks[o_end + 1]) and o_end + 2 < hi and \
            toks[o_end + 2] in TIME_UNITS:
        return o_end    # `had a mean survival of 135 days`: the value itself
    if o_end < hi and (toks[o_end] in TIME_QUALIFIERS or toks[o_end] in ARM_QUALIFIERS):
        for k in range(o_end + 1, min(hi, o_end + 6)):
            if toks[k] in AUX_BE:
                return k
            if not toks[k] or cue_kind(toks[k], False) is not None or toks[k] in CLAUSE_BREAKS:
                break
    return -1


# what opens a period's length, not another value: `in the 6 months before`, `during the first 3 months after`
PERIOD_OPENERS = frozenset({"the", "first", "last", "previous", "preceding", "following", "initial"})


def _period(words: Sequence[str]) -> bool | None:
    """True when a value's own words place it after treatment, False before it, None when they do not say."""
    for k, w in enumerate(words):
        if AMOUNT.match(w):
            if 0 < k < len(words) - 1 and words[k - 1] in PERIOD_OPENERS and words[k + 1] in TIME_UNITS:
                continue    # `1.02 points per month in the 6 months before the injection`: the period's length
            break
        if w in AFTER_TREATMENT:
            return True
        if w in BEFORE_TREATMENT:
            return False
    return None


CONTROL_ARMS = frozenset({"placebo", "control", "controls", "sham", "vehicle", "untreated"})


def _larger_in_one_arm(toks: Sequence[str], hi: int, kind: str) -> str | None:
    """`..., but (the improvement was) significantly greater in the MSC group` right after `hi`: a change
    (of effect `kind`) seen in both arms, larger in one; the effect that gives, else None. `declined in both,
    but more slowly with MSCs`: the change's brake is the other effect; `but more in the placebo group`: the
    control's."""
    if hi >= len(toks) or toks[hi] not in ("but", "although", "though", "whereas", "while", ","):
        return None
    window = toks[hi + 1:hi + 10]
    if not any(w in ("more", "greater", "larger", "bigger", "better", "less", "smaller", "lesser") for w in window) \
            or "in" not in window \
            or not NEGATORS.isdisjoint(window):
        return None
    flip = {"favorable": "unfavorable", "unfavorable": "favorable"}
    if any(w.startswith("slow") or w in ("less", "smaller", "fewer") for w in window):
        kind = flip[kind]
    if not CONTROL_ARMS.isdisjoint(window):
        kind = flip[kind]
    return kind
