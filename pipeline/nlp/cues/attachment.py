"""Cue attachment: whether a change word near an outcome is that outcome's result.

A change word may temper another (`declined more slowly`), name the change a causal verb brings
about (`induced a decrease in X`), belong to the rise another cue acts on (`attenuated the increase
in IL-1β`), or to another clause joined by `, and`; these tests keep `effect_in_scope` from
crediting the outcome with a word that is not its own.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import AMOUNT, DECREASE, DETERMINERS, INCREASE, LIST_WORDS, cue_kind, _starts
from pipeline.nlp.cues.negation import REPORTING

# After a change word these say the change was smaller: `FVC declined less`, `declined more slowly`
TEMPERING = frozenset({"less", "slower", "slowly", "lesser"})
TEMPER_FILLERS = frozenset({"more", "at", "a", "an", "the", "to", "significantly", "considerably", "markedly",
                            "substantially", "much", "far", "somewhat", "slightly", "statistically", "clearly"})


def _tempered(toks: Sequence[str], i: int, hi: int, obj: tuple[int, int]) -> int | None:
    """Position of the word that tempers the change word at i (`declined [more] slowly`, `lost body weight
    more slowly` past its object), or None."""
    k = obj[1] if i + 1 == obj[0] else i + 1
    j = k
    while j < hi and j - k < 4 and toks[j] in TEMPER_FILLERS:
        j += 1    # `declined at a slower rate`, `declined significantly less`, `decreased to a lesser extent`
    return j if j < hi and toks[j] in TEMPERING else None


# (helper CP, s22) after a change word these say there was more of the same change: `declined faster`, `lost more
# body weight`, `deteriorated more rapidly`; they take the change word's direction, not one of their own
INTENSIFYING = frozenset({"faster", "quicker", "more", "rapidly", "quickly", "steeply", "sharply"})


def _intensified(toks: Sequence[str], i: int, hi: int, obj: tuple[int, int]) -> int | None:
    """Position of the word that intensifies the change word at i (`declined [significantly] faster`, `lost more
    weight`), or None; `declined more slowly` is tempered (`_tempered`), not intensified."""
    k = obj[1] if i + 1 == obj[0] else i + 1
    j = k
    while j < hi and j - k < 4 and toks[j] in TEMPER_FILLERS and toks[j] != "more":
        j += 1
    if j >= hi or toks[j] not in INTENSIFYING:
        return None
    if toks[j] == "more" and j + 1 < hi and toks[j + 1] in TEMPERING:
        return None
    return j


# after a change word, `only` and a small amount say the loss was small: `decreased by only 3 points`
ONLY_SMALL = frozenset({"slightly", "marginally", "minimally", "modestly", "mildly", "a", "one", "two", "three"})


def _only_a_little(toks: Sequence[str], i: int, hi: int, obj: tuple[int, int]) -> bool:
    """`the ALSFRS-R score decreased by only 2 points`, `FVC declined only slightly`: a worsening change word at i
    that `only` and an amount make small (the authors' slowing, read against the disease's course)."""
    if not _starts(toks[i], INCREASE + DECREASE):
        return False
    k = obj[1] if i + 1 == obj[0] else i + 1
    if k < hi and toks[k] == "by":
        k += 1
    return k + 1 < hi and toks[k] == "only" and (AMOUNT.match(toks[k + 1]) is not None or toks[k + 1] in ONLY_SMALL)


def _next_outcomes_cue(toks: Sequence[str], o_end: int, i: int, harm: bool) -> bool:
    """`X improved and Y did not change`: X's own verb came first, and the cue at i follows another
    outcome (a masked token) after `and`."""
    a = o_end + toks[o_end:i].index("and")
    return "" in toks[a:i] and any(t and cue_kind(t, harm) for t in toks[o_end:a])


# a rise named as a noun: `attenuated the increase in IL-1β`
RISE_NOUNS = frozenset({"increase", "increases", "rise", "elevation", "elevations", "upregulation", "up-regulation",
                        "accumulation", "overexpression", "overproduction", "induction"})
# verbs of an insult named after its outcome: `apoptosis induced by H2O2`
INSULT_VERBS = frozenset({"induced", "caused", "mediated", "triggered", "evoked", "elicited", "provoked"})


def _not_the_result(toks: Sequence[str], lo: int, o_start: int, o_end: int, marker_at: set[int]) -> set[int]:
    """Change words around the outcome that are not the result's cue:
    - a rise named as a noun that another cue acts on (`attenuated the increase in IL-1β`: the
      verb's cue then reads the outcome itself);
    - a state adjective after a determiner and a cue (`improved the impaired motor performance`);
    - the insult of a reduced relative clause (`apoptosis induced by H2O2`)."""
    out: set[int] = set()
    for j in range(max(lo, o_start - 8), o_start):
        t = toks[j]
        if t in RISE_NOUNS and j + 1 < o_start and toks[j + 1] in ("in", "of") and o_start - j <= 5 and all(
                w in LIST_WORDS or cue_kind(w, False) is None for w in toks[j + 2:o_start]):   # `in serum X`
            k = j - 1
            while k >= lo and toks[k] in ("the", "a", "an"):
                k -= 1
            if k >= lo and cue_kind(toks[k], False) is not None and toks[k] not in CAUSAL:
                # (`caused an increase in X`: the verb only brings the rise about, the noun is X's cue)
                out.add(j)
        elif j + 1 == o_start and t.endswith("ed") and j >= lo + 2 and toks[j - 1] in ("the", "a", "an") and \
                cue_kind(toks[j - 2], False) is not None and j not in marker_at:
            out.add(j)
    if o_end + 1 < len(toks) and toks[o_end] in INSULT_VERBS and toks[o_end + 1] == "by":
        out.add(o_end)
    for j in range(max(lo, o_start - 8), o_start):
        if _caused_change(toks, lo, j):
            out.update(k for k in range(max(lo, j - 4), j) if toks[k] in CAUSAL)
    return out


# verbs that only bring about the change their object names: `caused a reduction in X`, `led to an increase`
CAUSAL = frozenset({"caused", "causes", "cause", "induced", "induces", "produced", "produces", "resulted", "results",
                    "led", "leads", "triggered", "elicited", "brought"})
CAUSAL_FILLERS = frozenset({"a", "an", "the", "to", "in", "about", "significant", "marked", "substantial", "further",
                            "dramatic", "notable", "clear", "modest", "slight"})


def _caused_change(toks: Sequence[str], lo: int, i: int) -> bool:
    """toks[i] is a change noun that a causal verb before it brings about (`induced a decrease`)."""
    if cue_kind(toks[i], False) is None:
        return False
    k = i - 1
    while k >= lo and i - k <= 4 and toks[k] in CAUSAL_FILLERS:
        k -= 1
    return k >= lo and k < i - 1 and toks[k] in CAUSAL


JOINERS = frozenset({"and", "with"})


def _other_clause(toks: Sequence[str], lo: int, hi: int, at: int, o_start: int, o_end: int) -> bool:
    """The `no change` phrase at `at` is another clause's, joined by `, and` / `, with`, while the
    outcome has a change word of its own on its side: `improved X, and body weight was not
    affected`; `survival did not differ, and FVC declined`. (A plain list, `X, Y and Z were
    unchanged`, has no cue of its own and keeps the phrase.)"""
    a, b = (o_end, at) if at >= o_end else (at, o_start)
    joint = next((k for k in range(a, b - 1) if toks[k] == "," and toks[k + 1] in JOINERS), None)
    if joint is None:
        return False
    own = range(lo, o_start) if at >= o_end else range(o_end, min(hi, o_end + 6))
    return any(toks[k] and (found := cue_kind(toks[k], False)) is not None and found[1] == 0.0 for k in own)


# what may stand between an outcome and the verb that reports it (`X and Y scores showed no ...`)
SUBJECT_TAIL = frozenset({"", "and", ",", "score", "scores", "value", "values", "level", "levels", "rate", "rates",
                          "slope", "slopes", "measures", "data", "results", "outcomes", "analysis", "analyses", "curve",
                          "curves"})
# a clause that opens by naming its topic: `For FVC, there was no treatment effect`
TOPIC_OPENERS: tuple[tuple[str, ...], ...] = (
    ("for",), ("regarding",), ("concerning",), ("as", "for"), ("as", "regards"), ("as", "to"),
    ("with", "respect", "to"), ("with", "regard", "to"), ("in", "regard", "to"), ("in", "terms", "of"))


def _closing_bracket(toks: Sequence[str], lo: int, o_start: int, o_end: int, hi: int) -> int | None:
    """The `)` that closes, before hi, a bracket opened before the outcome (`the primary end point (change in X
    as assessed by Y) ...`), else None."""
    opened = next((k for k in range(o_start - 1, max(lo, o_start - 12) - 1, -1) if toks[k] in ("(", ")")), None)
    if opened is None or toks[opened] != "(":
        return None
    close = next((k for k in range(o_end, min(hi, o_end + 12)) if toks[k] in ("(", ")")), None)
    return close if close is not None and toks[close] == ")" else None


def _stated_of(toks: Sequence[str], lo: int, o_start: int, o_end: int, at: int) -> bool:
    """A `no ...` phrase after the outcome that is still said of it: the outcome is the subject of
    the verb reporting it (`Survival showed no difference`) or the clause's fronted topic (`With
    respect to survival, no significant difference was observed`)."""
    between = toks[o_end:at]
    if 0 < len(between) <= 5 and not REPORTING.isdisjoint(between) and all(
            t in SUBJECT_TAIL or t in REPORTING for t in between):
        return True
    close = _closing_bracket(toks, lo, o_start, o_end, at)
    if close is not None:
        # `the primary end point (change in X [as assessed by Y]) showed no difference`: the outcome defines
        # the bracketed end point, the subject of the verb after the bracket
        tail = toks[close + 1:at]
        if 0 < len(tail) <= 5 and not REPORTING.isdisjoint(tail) and all(
                t in SUBJECT_TAIL or t in REPORTING for t in tail):
            return True
    if o_end < len(toks) and toks[o_end] == "," and at - o_end <= 4:
        head = [t for t in toks[lo:o_start] if t not in DETERMINERS or t in ("in", "of", "with")]
        return any(tuple(head) == opener for opener in TOPIC_OPENERS)
    return False
