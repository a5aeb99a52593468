"""Verdicts on a stated change: not significant, shared by both arms, waned, mixed or unsettled.

A change word may win the clause and still not be the study's result: `a trend toward slower
decline, which was not significant` (null), `declined at the same rate in both arms` (null),
`improved transiently, then returned to baseline` (unclear). These qualifiers, the p-value and
confidence-interval readers among them, are applied after the nearest cue has been chosen.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import cue_kind, _by_first, _has_phrase

# a change that both arms shared, or that the study calls not significant, is no effect of the treatment
# whatever verb names it
PARALLEL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("same", "rate"), ("similarly", "in"), ("in", "both", "groups"), ("in", "both", "arms"), ("non-significant",),
    ("nonsignificant",), ("similar", "rate"), ("similar", "rates"), ("equally", "in"),
    # `declined at a rate similar to the pre-treatment slope`, `at a rate comparable to that of controls`
    ("rate", "similar"), ("rates", "similar"), ("rate", "comparable"), ("rates", "comparable"), ("comparable", "rate"),
    # `declined as fast as with placebo`, `at the same pace as in the placebo arm`
    ("as", "fast", "as"), ("as", "rapidly", "as"), ("as", "quickly", "as"), ("as", "steeply", "as"),
    ("same", "pace"), ("similar", "pace"))
_PARALLEL_INDEX = _by_first(PARALLEL_PHRASES)
# a gain that did not last (the lead, s29: still a favorable result, as the invented golds and the train gold have it;
# SPEC's `mixed` is a result that went both ways, below)
WANED_PHRASES: tuple[tuple[str, ...], ...] = (
    ("returned", "to", "baseline"), ("returned", "to", "pre-treatment"), ("returned", "to", "pretreatment"),
    ("waned",), ("not", "sustained"), ("was", "lost"), ("were", "lost"), ("accelerated", "afterwards"),
    # a gain that later times did not bear out: `not maintained at 12 months`, `no longer significant`
    ("not", "maintained"), ("no", "longer"), ("lasted", "only"),
    ("diminished", "thereafter"), ("gradually", "diminished"), ("declined", "thereafter"), ("increased", "again"),
    ("disappeared",), ("faded",), ("wore", "off"), ("diminished", "over", "time"), ("declined", "over", "time"),
    ("accelerated", "thereafter"), ("accelerated", "again"), ("declined", "again"),
    # `remained stable for 6 months and then declined`, `improved at 3 months but subsequently deteriorated`
    ("then", "declined"), ("then", "deteriorated"), ("then", "worsened"), ("subsequently", "declined"),
    ("subsequently", "deteriorated"), ("subsequently", "worsened"), ("later", "declined"), ("later", "deteriorated"),
    ("before", "declining"), ("before", "deteriorating"), ("thereafter", "declined"), ("thereafter", "deteriorated"),
    # `improved during the first 3 months, followed by a decline`, `progression resumed after month 6`
    ("followed", "by", "progression"), ("followed", "by", "decline"), ("followed", "by", "a", "decline"),
    ("followed", "by", "deterioration"), ("followed", "by", "a", "deterioration"), ("followed", "by", "worsening"),
    ("then", "progressed"), ("subsequently", "progressed"), ("thereafter", "progressed"), ("resumed",),
    ("back", "to", "baseline"))
_WANED_INDEX = _by_first(WANED_PHRASES)
# a gain that other studies or patients did not bear out (`not confirmed in RCTs`, `in one study but not in others`):
# a result that went both ways, SPEC's mixed (unlike a gain that waned with time, above)
NOT_BORNE_OUT: tuple[tuple[str, ...], ...] = (
    ("not", "confirmed"), ("not", "replicated"), ("not", "reproduced"), ("but", "not", "in", "others"),
    ("not", "in", "other", "studies"))
_NOT_BORNE_OUT_INDEX = _by_first(NOT_BORNE_OUT)


# a result that went both ways, with no change word: unclear
MIXED_WORDS = frozenset({"mixed", "varied", "inconsistent", "variable", "conflicting", "heterogeneous", "ranged"})
# a review's verdict that the result is not settled: `their efficacy on ALSFRS-R remains unclear`,
# `evidence of benefit on survival is still limited`, `an effect on FVC has yet to be shown`
UNSETTLED_WORDS = frozenset({"unclear", "uncertain", "unknown", "unproven", "unestablished", "controversial",
                             "debated", "elusive", "inconclusive", "limited", "lacking", "scarce", "equivocal"})
UNSETTLED_VERBS = frozenset({"remains", "remain", "remained", "is", "are", "still", "largely"})


def _unsettled_after(toks: Sequence[str], o_end: int, hi: int) -> str | None:
    """`<the efficacy of X on Y> remains unclear / is still limited / has yet to be established`: after the
    outcome, in its clause, the result is called unsettled (no change word said it)."""
    for i in range(max(o_end, 1), min(hi, len(toks))):
        if toks[i] in UNSETTLED_WORDS and toks[i - 1] in UNSETTLED_VERBS:
            return toks[i]
        if toks[i] == "yet" and i + 2 < len(toks) and toks[i + 1] == "to" and toks[i + 2] == "be":
            return "yet to be"
        if toks[i] in ("remains", "remain") and i + 2 < len(toks) and toks[i + 1] == "to" and toks[i + 2] == "be":
            return "remains to be"
        if toks[i] in ("needs", "need", "needed", "requires", "require") and i + 2 < len(toks) \
                and toks[i + 1] == "to" and toks[i + 2] == "be":
            return "needs to be"   # `the safety of their clinical application needs to be validated`: an aim
    return None


def _both_ways(toks: Sequence[str], o_end: int, hi: int, harm: bool) -> bool:
    """The outcome went both ways after it, for different patients or parts: `improved in three
    patients and declined in four`, `increased in the upper limbs but decreased in the lower limbs`
    (each change followed by `in`; no other outcome between them)."""
    kinds = set()
    for i in range(o_end, hi):
        if not toks[i]:
            return False   # another outcome takes over
        found = cue_kind(toks[i], harm)
        if found and not found[1] and found[0] in ("favorable", "unfavorable") and i + 1 < hi and toks[i + 1] == "in":
            kinds.add(found[0])
    return len(kinds) == 2


TREND = frozenset({"trend", "trends", "tendency", "tended", "trended"})
# a change said to fall short of significance in its own clause
SHORT_OF_SIGNIFICANCE = (("without", "reaching"), ("without", "statistical", "significance"), ("without", "significance"),
                         ("with", "no", "statistical"), ("with", "no", "significant"), ("not", "reaching"),
                         ("without", "achieving"), ("no", "statistical", "significance"),
                         # `improved X, but lacked statistical significance`
                         ("lacked", "statistical"), ("lacked", "significance"), ("lacking", "statistical"),
                         ("lacking", "significance"))
# the next clause judging the previous one's difference: `..., but it was not significant`
VERDICT_NULL: tuple[tuple[str, ...], ...] = (
    ("not", "significant"), ("not", "statistically"), ("not", "reach"), ("non-significant",), ("nonsignificant",),
    ("failed", "to", "reach"), ("not", "significantly"), ("no", "significant"), ("no", "statistically"),
    ("lacked", "statistical"), ("lacked", "significance"))
VERDICT_OPENERS = frozenset({"no", "it", "this", "which", "the", "these", "that", "difference", "differences", "effect",
                             "trend", "was", "were", "did", "not", "statistically", "significant", "reach", "failed",
                             "to", "non-significant", "nonsignificant", "significantly", "although", "though",
                             "remained", "its", "effects", "comparison", "comparisons",
                             "lacked", "statistical", "significance",   # `..., but lacked statistical significance`
                             "so",    # `..., though not significantly so`
                             # `..., but the change / improvement was not significant`: the change before, named
                             "change", "changes", "improvement", "improvements", "increase", "increases", "decrease",
                             "decreases", "reduction", "reductions", "benefit", "benefits", "gain", "gains",
                             "prolongation", "extension", "slowing", "delay"})


# what a comparison `between the two ...` sets side by side when it compares two treatments rather than a
# treatment and its control (`between the two cell types`, `between the two MSC sources`, `between both doses`)
COMPARED_TREATMENTS = frozenset({"types", "type", "sources", "source", "exosomes", "exosome", "vesicles", "evs",
                                 "cells", "populations", "preparations", "products", "doses", "dosages", "routes"})


def _between_treatments(toks: Sequence[str], at: int, hi: int) -> bool:
    """A null phrase at `at` whose comparison is `between the two <cell types / sources / exosomes / doses>`
    or `between them`, after a change already stated of the outcome."""
    for k in range(at + 1, min(hi, at + 8)):
        if toks[k] != "between":
            continue
        rest = [t.lower() for t in toks[k + 1:min(hi, k + 6)]]
        if rest[:1] == ["them"]:
            return True
        if rest[:1] == ["the"]:
            rest = rest[1:]
        if rest[:1] in (["two"], ["both"], ["different"], ["three"]):
            return any(w in COMPARED_TREATMENTS or "msc" in w or "exosom" in w for w in rest[1:4])
        return False
    return False


# (helper Y, s19) a change noun after `a similar` (`all cell therapies produced a similar reduction in X`)
ALIKE_CHANGES = frozenset({"reduction", "reductions", "decrease", "decreases", "improvement", "improvements",
                           "increase", "increases", "amelioration", "attenuation", "suppression", "inhibition"})
ALIKE_GROUPERS = frozenset({"all", "both", "each", "two", "three", "four"})


def _alike_treatments(toks: Sequence[str], lo: int, at: int, phrase: tuple[str, ...]) -> bool:
    """`similar` at `at` likens two or more treatments' change (`all cell therapies demonstrated a similar
    reduction in X`, `both MSC sources showed a similar improvement`), each made against its control: the
    change stands, no null. The arms of one trial (`both groups showed a similar decline`) stay null."""
    k = at + len(phrase)
    if "similar" not in phrase or k >= len(toks) or toks[k].lower() not in ALIKE_CHANGES:
        return False
    words = [t.lower() for t in toks[lo:at]]
    for i, w in enumerate(words):
        if w in ALIKE_GROUPERS and any(x in COMPARED_TREATMENTS or "msc" in x or x.startswith(("therap", "exosom"))
                                       for x in words[i + 1:i + 4]):
            return True
    return False


def _verdict_after(toks: Sequence[str], hi: int) -> str | None:
    """A short clause right after `hi` (`but it was not significant`, `although this did not reach
    significance`) that calls the difference before it not significant: its cue, else None."""
    if hi >= len(toks) or toks[hi] not in ("but", "however", ";", "although", "though", ","):
        return None
    j = hi + 1
    while j < len(toks) and toks[j] in (",", "however"):
        j += 1
    window = toks[j:j + 7]
    if window[:2] in (["not", "significantly"], ["not", "statistically"]) or window[:1] in (
            ["non-significantly"], ["nonsignificantly"], ["insignificantly"]):
        return "not significantly"   # `Survival was slightly but not significantly longer`: the same change, denied
    if not window or any(t not in VERDICT_OPENERS for t in window[:3] if t[:1].isalpha()):
        return None
    for ph in VERDICT_NULL:
        at = _has_phrase(window, ph, 0, len(window))
        if at is not None:
            nxt = window[at + len(ph):at + len(ph) + 1]
            if nxt and cue_kind(nxt[0], False) is not None:
                return None   # `..., but did not significantly prolong Y`: a claim of its own, not a verdict
            if _between_treatments(toks, j + at, min(len(toks), j + 14)):
                return None   # (helper P) `..., but no difference was found between the two MSC sources`: the two
                #               treatments found alike, not the change before called not significant
            return " ".join(ph)
    return None


def _relative_verdict(toks: Sequence[str], start: int, hi: int) -> bool:
    """`, which was not statistically significant` after `start`, within the clause."""
    for k in range(start, hi):
        if toks[k] in ("which", "that") and k > 0 and toks[k - 1] == ",":
            window = toks[k + 1:min(hi, k + 5)]
            return any(_has_phrase(window, ph, 0, len(window)) == 1 for ph in VERDICT_NULL)
    return False


# a p-value, whole in one token (`p=0.32`) or split (`p`, `=`, `0.09`)
P_VALUE = re.compile(r"p(?:-value)?(<=|>=|=|<|>|≤|≥)(0?\.\d+)$")


def p_verdict(toks: Sequence[str], lo: int, hi: int, after: int) -> int | None:
    """Where a clause reports only non-significant p-values (`(p = 0.09)`, `P > 0.05`, `; NS)`)
    after position `after`: the first such position, else None. One significant p-value in the
    clause (`p = 0.09 and p = 0.01, respectively`) leaves the verdict to the words."""
    first, significant = None, False
    # statistics in brackets belong to the clause before them, whatever they hold (`(OR 1.3; p = 0.45)`)
    span = toks[max(lo, after):hi]
    depth = span.count("(") - span.count(")")    # (at C speed: this runs for every outcome read)
    while depth > 0 and hi < len(toks):
        depth += 1 if toks[hi] == "(" else -1 if toks[hi] == ")" else 0
        hi += 1
    # `delayed onset and a trend toward longer survival (p = 0.07)`: statistics after another
    # coordinated outcome are that outcome's
    hi = next((i for i in range(max(lo, after), hi) if toks[i] in ("and", ",") and any(
        not toks[k] for k in range(i + 1, min(hi, i + 8)))), hi)
    ci = _ratio_interval(toks, max(lo, after), hi)
    if ci is not None:
        return ci
    for i in range(max(lo, after), hi):
        t = toks[i]
        if t in ("ns", "n.s.", "n.s") and i > 0 and toks[i - 1] in ("(", ";", ",", "=", ":") and (
                i + 1 >= len(toks) or toks[i + 1] in (")", ";", ",", ".")):
            first = i if first is None else first
            continue
        if t == "(" and _bracketed_verdict(toks, i):
            first = i + 1 if first is None else first   # (helper FG, s28) `extended by 4 days (not significant)`
            continue
        if not (t.startswith("p") and (t in ("p", "p-value", "p-values") or P_VALUE.match(t))):
            continue
        if t in ("p", "p-value", "p-values"):
            # `p = 0.09`, `p value = 0.32`, `P: 0.32`, `p-value 0.41`: the operator and number after it
            rest = [w for w in toks[i + 1:i + 5] if w not in ("value", "values")][:2]
            joined = "".join(rest).replace(":", "=")
            if rest and NUMBER.match(rest[0]):
                joined = "=" + rest[0]
            m = P_VALUE.match("p" + joined)
        else:
            m = P_VALUE.match(t)
        if m is None:
            continue
        op, value = m.group(1), float(m.group(2))
        if value <= 0.05 and op in ("<", "<=", "≤", "="):
            significant = True
        elif op in ("=", ">", ">=", "≥"):
            first = i if first is None else first
    return None if significant else first


def _bracketed_verdict(toks: Sequence[str], i: int) -> bool:
    """The bracket opening at i holds only a verdict of no significance (`(not significant)`, `(not
    statistically significant)`, `(non-significant)`), as `(NS)` does."""
    close = next((k for k in range(i + 1, min(len(toks), i + 5)) if toks[k] == ")"), None)
    inner = tuple(toks[i + 1:close]) if close is not None else ()
    return inner in (("not", "significant"), ("not", "statistically", "significant"), ("non-significant",),
                     ("nonsignificant",), ("not", "significantly", "different"))


RATIO_WORDS = frozenset({"hr", "or", "rr", "ratio", "ratios", "irr"})
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def _ratio_interval(toks: Sequence[str], lo: int, hi: int) -> int | None:
    """A ratio whose confidence interval holds 1 (`HR 0.88, 95% CI 0.41-1.90`): no difference; the
    position of `ci`, else None (an interval without 1 leaves the verdict to the words)."""
    ratio = not RATIO_WORDS.isdisjoint(toks[max(0, lo - 12):hi])
    if not ratio and DIFFERENCE_WORDS.isdisjoint(toks[max(0, lo - 12):hi]):
        return None
    null = 1.0 if ratio else 0.0    # a difference (`MD 2.1, 95% CI -1.8 to 6.0`) holds no change at 0
    for i in range(lo, hi):
        if toks[i] not in ("ci", "95%ci") and not (toks[i] == "interval" and toks[i - 1] == "confidence"):
            continue
        m = INTERVAL.search(" ".join(toks[i + 1:min(len(toks), i + 9)]))
        if m:
            a, b = (float(x.replace("−", "-")) for x in m.groups())
            return i if min(a, b) < null < max(a, b) else None
    return None


DIFFERENCE_WORDS = frozenset({"md", "smd", "wmd", "difference", "differences"})
# the two bounds of an interval: `0.41-1.90`, `-1.8 to 6.0`, `( -0.05 , 0.61 )`
INTERVAL = re.compile(r"([-−]?\d+(?:\.\d+)?)\s*(?:to|,|–|—|-(?=\s*[-−]?\d)|−)\s*([-−]?\d+(?:\.\d+)?)")
