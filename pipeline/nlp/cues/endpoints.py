"""End points and measures: clauses that name, define, list or ask about what is measured.

Such a clause states no result however many change words it holds (`The primary end point was the
change in ALSFRS-R`, `we examined whether X improves Y`, `the effect of MSCs on X`); relations also
uses `end_point_name` and `defines` to find end points defined in an abstract.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import AUX_BE, LIST_WORDS, _by_first

# Two-word names of a measure (single-word ones are in MEASURED): `secondary end points included FVC`.
MEASURED_PHRASES: tuple[tuple[str, ...], ...] = (("end", "point"), ("end", "points"))
_MEASURED_INDEX = _by_first(MEASURED_PHRASES)
# Words that make the clause a question or an aim, not a result: `we examined whether X improves Y`,
# `to determine if X delays Y`. A result cue after one of them is only what was asked: unclear.
QUESTION = frozenset({"whether", "if"})
AIM_VERBS = ("investigat", "determin", "examin", "evaluat", "assess", "explor", "test", "aim", "stud", "address",
             "shed", "clarif", "elucidat", "verif", "validat", "establish", "understand")
# Nouns that, right after an outcome, name the measure itself (`FVC change`, `QoL measures`)
MEASURE_NOUNS = frozenset({"change", "changes", "measure", "measures", "measurement", "measurements",
                           "assessment", "assessments", "evaluation", "evaluations", "analysis", "analyses",
                           "test", "tests", "testing", "examination", "examinations"})
# what may stand between an outcome and its measure noun: other outcomes (masked), brackets, the
# measure's own head (`ALSFRS-R slope change`, `FVC (a [X] score) change`)
MEASURE_FILLERS = frozenset({"", "(", ")", "[", "]", "slope", "slopes", "score", "scores", "rate", "total"})
# `Effect of X on Y`, `Influence of X on Y`: a clause that names what was studied, not what was found
TOPIC_NOUNS = frozenset({"effect", "effects", "influence", "impact", "role", "roles", "efficacy"})


def _topic_before(toks: Sequence[str], lo: int, o_start: int) -> str | None:
    """`the effect of MSCs on X`: a topic noun with `of`, then `on` right before the outcome."""
    k = o_start - 1
    while k > lo and toks[k] in ("the", "a", "an"):
        k -= 1
    j = k    # `the effect of MSCs on X and Y`: Y shares X's `on` (X is blanked, another outcome)
    while j > lo and (not toks[j] or toks[j] in ("and", "or", ",", "the", "a", "an", "as", "well")):
        j -= 1
    if j < k and toks[j] == "on" and "" in toks[j + 1:k + 1]:
        k = j
    if k <= lo or toks[k] != "on":
        return None
    # (`the effect of UC-MSCs given intrathecally to patients with ALS on X`: the cells' description between)
    return next((toks[j] for j in range(k - 1, max(lo, k - 16) - 1, -1)
                 if toks[j] in TOPIC_NOUNS and j + 1 < k and toks[j + 1] == "of"), None)


# a passive that states a result (`has been established`, `was met`); not `an established model`
STATED_RESULT = frozenset({"established", "proven", "proved", "met", "achieved"})
# `primary end point`, `secondary outcomes` ...: what a trial measures, named by its role
END_POINT_ROLES = frozenset({"primary", "secondary", "main", "co-primary", "coprimary"})
END_POINT_NAMES = (("end", "point"), ("end", "points"), ("endpoint",), ("endpoints",), ("end-point",), ("outcome",),
                   ("outcomes",), ("efficacy", "end", "point"), ("efficacy", "endpoint"), ("efficacy", "outcome"),
                   ("outcome", "measure"), ("outcome", "measures"))
DEFINING = frozenset({"was", "were", "is", "are", "included", "comprised", "consisted", "being", ":"})
# an end point reached: `the primary end point was met`, `the trial met its primary end point`
END_POINT_MET = frozenset({"met", "meet", "meets", "achieved", "achieves", "reached", "reaches"})
NOT_DEFINING = END_POINT_MET | {"not", "significantly", "significant", "similar", "improved"}


def end_point_name(toks: Sequence[str], i: int) -> int:
    """End of `<role> <end point name>` starting at toks[i] (the role word), else -1; the longest name
    (`primary outcome measure was X`, not `primary outcome` before `measure`)."""
    end = -1
    for name in END_POINT_NAMES:
        j = i + 1 + len(name)
        if j <= len(toks) and tuple(toks[i + 1:j]) == name:
            end = max(end, j)
    return end


def defines(toks: Sequence[str], j: int) -> bool:
    """Whether an end point named up to toks[j] is being defined there (`... end point was the change
    in X`), not judged (`... was met`, `... was not reached`)."""
    return j < len(toks) and toks[j] in DEFINING and not (j + 1 < len(toks) and toks[j + 1] in NOT_DEFINING)


def _definition_before(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """`The primary end point was the proportion of patients with an improvement in X`: the clause
    defines what is measured, so a change word in it states no result."""
    window = range(max(lo, o_start - 30), o_start)
    if any(toks[i] == "defined" and toks[i + 1] in ("as", "by") and AUX_BE.isdisjoint(toks[i + 2:o_start])
           for i in range(window.start, window.stop - 1)):
        # `responders were defined as patients with an improvement in X`; (helper FI, s28) not past the verb of the
        # clause the definition sits in: `onset defined by peak weight was delayed, and survival rose`
        return True
    if END_POINT_ROLES.isdisjoint(toks[window.start:window.stop]):
        return False
    for i in window:
        if toks[i] in END_POINT_ROLES and END_POINT_MET.isdisjoint(toks[max(lo, i - 4):i]):
            # (`the trial met its primary end point of X`: a result, not a definition)
            j = end_point_name(toks, i)
            if 0 < j <= o_start and defines(toks, j):
                return True
    return False


def _listed(toks: Sequence[str], i: int, o_start: int, o_end: int) -> bool:
    """The outcome is an item of a list that the word at i opens or closes (`outcomes included X, Y,
    the Z scale of W, and V`; `X, Y, W and V were assessed`): only other outcomes (masked) and list
    words stand between."""
    between = toks[i + 1:o_start] if i < o_start else toks[o_end:i]
    # (`included ADAS-Cog 11, MMSE, ... and numerous quality of life questionnaires`: a version number after an
    # item, a word of number before one)
    return all(not t or t in LIST_WORDS or t in LIST_OPENERS or t.isdigit() or t in LIST_QUANTITIES for t in between)


LIST_QUANTITIES = frozenset({"numerous", "several", "various", "multiple", "other", "additional", "many"})


LIST_OPENERS = frozenset({"(", ")", ":", "included", "including", "include", "includes", "were", "was", "are", "is",
                          "comprised", "secondary", "primary", "measures", "outcomes", "end", "points"})


QUANTIFIERS = frozenset({"any", "all", "either", "each"})


def _quantified(toks: Sequence[str], i: int) -> bool:
    """The word at i is quantified (`any outcome`, `all secondary outcomes`)."""
    return i > 0 and toks[i - 1] in QUANTIFIERS or (
        i > 1 and toks[i - 2] in QUANTIFIERS and toks[i - 1] in END_POINT_ROLES)


def _parenthetical_measure(toks: Sequence[str], i: int, o_end: int, hi: int) -> bool:
    """The measuring word at i opens an aside set off by commas right after the outcome (`, assessed
    by`, `, as measured by`) that closes before the clause ends."""
    opening = i - 1 if toks[i - 1] == "," else i - 2 if toks[i - 1] == "as" and toks[i - 2] == "," else None
    if opening is None and i == o_end and i + 1 < hi and toks[i + 1] in ("by", "with", "using"):
        # `X measured by plethysmography was better maintained`: the same aside without commas, the clause's
        # verb after it
        return any(t in ("was", "were", "is", "are") for t in toks[i + 2:hi])
    if opening is None or opening - o_end > 2:
        return False
    return "," in toks[i + 1:hi]


def _asked(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """A question or an aim governs the outcome: `whether`/`if` before it in the clause, or an aim
    verb (`to determine`, `we examined`) at most 8 words before it with no result verb between."""
    window = toks[max(0, lo - 1, o_start - 12):o_start]     # lo - 1: the clause may open with `if`
    if not QUESTION.isdisjoint(window):
        return True
    for j, t in enumerate(window[:-1]):
        if t == "to" and window[j + 1].startswith(AIM_VERBS):
            return True
        if t == "to" and j > 0 and window[j - 1] in EFFORTS and window[j + 1].startswith(PURSUED):
            return True    # `efforts to improve X`, `strategies to enhance X are needed`: a goal, not a result
    # a long aim (`designed to evaluate the safety, tolerability and efficacy of subcutaneous administration of
    # CNTF in slowing X`): the aim verb further back, with only the aim's objects between it and the outcome
    f0 = max(0, lo - 1, o_start - 30)
    for j in range(f0, o_start - 1):
        if toks[j] == "to" and toks[j + 1].startswith(AIM_VERBS) and j > 0 and toks[j - 1] in AIM_FRAMES \
                and AIM_OBJECT_BREAKS.isdisjoint(toks[j + 2:o_start]):
            return True
    return False


# what stands before a trial's `to <aim verb>` (`was designed to evaluate`, `we aimed to assess`)
AIM_FRAMES = frozenset({"designed", "aimed", "aims", "aim", "intended", "planned", "sought", "undertaken",
                        "conducted", "performed"})
# words that end an aim's objects: a result or a new clause follows
AIM_OBJECT_BREAKS = frozenset({"was", "were", "is", "are", "showed", "shows", "demonstrated", "found", "had", "has",
                               ";", ":", ".", "but", "which", "resulted", "led", "improved", "reduced", "slowed"})


# nouns and verbs of striving before `to <improve>`: what is sought, not what was found
EFFORTS = frozenset({"working", "work", "efforts", "effort", "strategies", "strategy", "attempts", "attempt",
                     "attempted", "attempting", "approaches", "needed", "sought", "seeking", "trying", "tried",
                     "endeavours", "endeavors", "ways"})
PURSUED = ("improv", "enhanc", "increas", "optimi", "maximi", "boost", "augment", "promot")


ROLE_LABELLED = frozenset({"endpoint", "endpoints", "end-point", "end-points", "outcome", "outcomes"})


def _role_label(toks: Sequence[str], i: int) -> bool:
    """The end point word at i only gives an outcome's role in the trial (`X, the primary endpoint, did not
    differ`, `Secondary outcomes, including X, were unaffected`), not a definition of what was measured
    (`secondary outcomes included X`, `the primary endpoint was X`)."""
    return toks[i] in ROLE_LABELLED and i > 0 and toks[i - 1] in END_POINT_ROLES and not defines(toks, i + 1)
