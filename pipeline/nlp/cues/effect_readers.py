"""The smaller readers of a clause that only `effect_in_scope` consults, each a yes/no or a value it
weighs at one step of its order: a later item of a list a change word opens, a change taken up and
denied, numbers a neutral change moved between, a harm nobody had, some patients against others, both
arms, a verdict after the outcome, a study or topic heading a title, a hazard or odds ratio. They hold
no order of their own; `effect` decides when each one counts.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import AMOUNT, AUX_BE, cue_kind
from pipeline.nlp.cues.negation import HAD_OR_SHOWED, HARM_MODIFIERS, _plain_list, subject_denied
from pipeline.nlp.cues.verdicts import VERDICT_NULL
from pipeline.nlp.cues.arms import CONTROL_WORDS, TIME_UNITS
from pipeline.nlp.cues.endpoints import TOPIC_NOUNS


LIST_JOINERS = frozenset({",", "and", "or", "the", "a", "an", "(", ")"})
LIST_STOPS = frozenset({"in", "of", "on", "with", "by", "to", "for", "from", "that", "which", "who", ";", ":", "not",
                        "no", "than", "as"})


def _list_opened_by_cue(toks: Sequence[str], lo: int, o_start: int, harm: bool) -> bool:
    """(helper AT) The outcome at o_start is a later item of a list that a change word opens (`a decrease in A, B
    and X`, `reduced A, B and X`; items are masked outcomes or words that are neither cues nor verbs)."""
    k, joints = o_start - 1, 0
    while k >= lo and o_start - k <= 30 and (not toks[k] or toks[k] in LIST_JOINERS or (
            toks[k] not in LIST_STOPS and toks[k] not in AUX_BE and cue_kind(toks[k], harm) is None)):
        joints += toks[k] in (",", "and", "or")   # (items that are no entity: `a decrease in Congo red, A and X`)
        k -= 1
    if joints == 0 or k < lo or o_start - k > 30:
        return False
    if toks[k] in ("in", "of") and k > lo:
        k -= 1
    found = cue_kind(toks[k], harm) if toks[k] else None
    return found is not None and found[0] in ("favorable", "unfavorable") and found[1] == 0.0


CHANGE_NOUN_STEMS = ("decreas", "declin", "loss", "reduction", "increas", "deteriorat")
UNAFFECTED_VERBS = ("affect", "alter", "chang", "modif", "influenc", "prevent", "attenuat", "revers", "rescu", "slow")


def _defines_end_point(toks: Sequence[str], j: int, obj: tuple[int, int]) -> bool:
    """`Survival without tracheostomy was longer`: a `without` right after the end point names what the end point
    excludes (a composite survival end point); it denies nothing."""
    return toks[j] == "without" and j == obj[1]


def _moved_values(toks: Sequence[str], i: int, hi: int) -> tuple[float, float] | None:
    """`changed from -1.1 (before) to -0.5 ...`: the two numbers after the change word at i, when they differ."""
    k = i + 1
    while k < hi and k - i <= 3 and toks[k] != "from":
        k += 1
    if k >= hi or toks[k] != "from" or k + 1 >= hi or not AMOUNT.match(toks[k + 1]):
        return None
    first = float(toks[k + 1].replace("−", "-").rstrip("%"))
    for j in range(k + 2, min(hi, k + 12)):
        if toks[j] == "to" and j + 1 < hi and AMOUNT.match(toks[j + 1]):
            second = float(toks[j + 1].replace("−", "-").rstrip("%"))
            if first == second or "from" in toks[j + 2:hi]:
                return None   # (`from 40 to 36 with placebo and from 40 to 39 with MSCs`: two arms, leave it)
            return first, second
        if toks[j] in (";", "from"):
            return None
    return None


def _harm_absent(toks: Sequence[str], i: int, lo: int, o_start: int, harm: bool) -> bool:
    """`no evidence of` at toks[i - 1:i + 2] before a list of names that ends in the harm outcome."""
    return harm and i > lo and toks[i].startswith("evidenc") and toks[i - 1] == "no" and i + 1 < o_start and \
        toks[i + 1] == "of" and _plain_list(toks[i + 2:o_start])


def _change_unaffected(toks: Sequence[str], o_end: int, hi: int) -> bool:
    """After the outcome, the change it underwent is taken up and denied to the treatment: `a decrease in
    the number of motor neurons ..., and this decrease was not affected by either treatment`."""
    for k in range(o_end, hi - 4):
        if toks[k] in ("this", "that", "the", "these", "such") and toks[k + 1].startswith(CHANGE_NOUN_STEMS) \
                and toks[k + 2] in ("was", "were") and toks[k + 3] == "not" \
                and toks[k + 4].startswith(UNAFFECTED_VERBS):
            return True
    return False


# (helper T, s19) verbs by which a denied subject brought no harm (`neither X nor Y elicited any adverse effects`)
CAUSED_HARM = frozenset({"elicit", "elicits", "elicited", "cause", "causes", "caused", "induce", "induces", "induced",
                         "provoke", "provokes", "provoked", "produce", "produces", "produced"})


def _none_had(toks: Sequence[str], lo: int, o_start: int) -> bool:
    """`None of the patients experienced (any) serious adverse events`, `no treated animal developed X`:
    a harm that a denied subject had (the negator stands too far before the harm for the nearby check)."""
    v = next((k for k in range(o_start - 1, max(lo, o_start - 3) - 1, -1)
              if toks[k] in HAD_OR_SHOWED or toks[k] in CAUSED_HARM), None)
    if v is None or any(t not in HARM_MODIFIERS and t != "adverse" for t in toks[v + 1:o_start]):
        return False
    if subject_denied(toks, v, lo, 6, AUX_BE):
        return True
    # (helper T, s19) `neither CNTF nor the antibodies (against fetuin) elicited any adverse side effects`:
    # both subjects denied, however long the second one
    nor = next((k for k in range(v - 1, max(lo, v - 10) - 1, -1) if toks[k] == "nor"), None)
    return nor is not None and "neither" in toks[max(lo, nor - 8):nor] and not any(
        t in (";", "but", "whereas", "while") for t in toks[nor:v])


def _some_and_others(toks: Sequence[str], lo: int, hi: int) -> bool:
    """`Some patients ... X, whereas / while / but / and others ...`: the clause is said of some patients and the
    next one of the others, a result that went both ways."""
    some = next((k for k in range(max(0, lo - 1), hi - 1)
                 if toks[k] == "some" and (toks[k + 1] in SUBJECTS or k > 0 and toks[k - 1] == "in")), None)
    if some is None:
        return False    # (`some patients ...`, `... in some (patients)`; not `reported some improvements`)
    if any(toks[j] == "others" and toks[j - 1] == "and" for j in range(some + 2, hi)):
        return True     # (helper EY, s28) `some patients improved and others declined`: `and` joins them, no break
    k = hi + (hi + 1 < len(toks) and toks[hi] in (",", ";") and toks[hi + 1] in ("whereas", "while", "but"))
    if k + 1 >= len(toks) or toks[k] not in ("whereas", "while", "but", ",", ";"):
        return False
    if toks[k + 1] == "others" or (toks[k + 1] == "other" and k + 2 < len(toks) and toks[k + 2] in SUBJECTS):
        return True    # `..., whereas others deteriorated`
    return any(toks[j] == "others" and toks[j - 1] == "in" for j in range(k + 2, min(len(toks), k + 8)))


SUBJECTS = frozenset({"patients", "patient", "participants", "subjects", "animals", "mice", "rats", "cases",
                      "individuals"})


ARM_NOUNS = frozenset({"group", "groups", "arm", "arms", "cohorts"})


def _in_both_arms(toks: Sequence[str], lo: int, hi: int) -> list[tuple[int, tuple[str, ...]]]:
    """`in both the MSC and placebo groups`: `in both`, then within five words the arms' noun (the
    parallel phrase `in both groups` with the arms named between)."""
    for i in range(lo, hi - 2):
        if toks[i] == "in" and toks[i + 1] == "both" and not ARM_NOUNS.isdisjoint(toks[i + 2:min(hi, i + 8)]):
            noun = next(j for j in range(i + 2, min(hi, i + 8)) if toks[j] in ARM_NOUNS)
            if not TREATED_BOTH.isdisjoint(toks[i + 2:noun]) or _control_compared(toks, noun + 1, hi):
                continue    # `better in both treated groups than in controls`: two treated arms against a control
            if any("msc" in t for t in toks[i + 2:noun]) and CONTROL_WORDS.isdisjoint(toks[i + 2:noun]) and any(
                    toks[j] in ("than", "compared", "versus", "vs", "vs.", "relative") for j in range(noun + 1, min(hi, noun + 3))):
                continue    # (helper W, s19) `in both hUC-MSC groups compared to the Aβ injection group`: two cell arms
                #             against the model's (not `in both the MSC and placebo groups`)
            named = toks[i + 2:noun]
            if "and" in named and CONTROL_WORDS.isdisjoint(t.partition("-")[0] for t in named):
                continue    # (helper CP, s22) `in both the BM-MSC and the UC-MSC groups`, `in both the low- and
                #             high-dose groups`: two treated arms named, no control among them
            return [(i, ("in", "both", "groups"))]
    return []


# words that make `both ... groups` the treated arms of a multi-arm study (not treatment and control)
TREATED_BOTH = frozenset({"treated", "transplanted", "injected", "cell-treated", "msc-treated"})


def _control_compared(toks: Sequence[str], k: int, hi: int) -> bool:
    """Right after `in both ... groups`: `than (in) controls`, `compared with vehicle`, `versus PBS`."""
    for j in range(k, min(hi, k + 2)):
        if toks[j] in ("than", "compared", "versus", "vs", "vs.", "relative"):
            return not CONTROL_WORDS.isdisjoint(toks[j + 1:min(len(toks), j + 6)])
    return False


def _judged_after(toks: Sequence[str], o_end: int, hi: int) -> bool:
    """After the outcome, before any other outcome, its clause's verb calls it not significant (`... was not
    (statistically) significant`, `... did not reach significance`)."""
    for p in range(o_end, hi - 1):
        if not toks[p]:
            return False    # another outcome takes over
        if toks[p] in AUX_BE or toks[p] in ("did", "does", "do"):
            if any(tuple(toks[p + 1:p + 1 + len(ph)]) == ph for ph in VERDICT_NULL):
                return True
    return False


def _outside_brackets(words: Sequence[str]) -> list[str]:
    """The words not inside round brackets (statistics, short forms)."""
    out, depth = [], 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(w)
    return out


# nouns that name a study of an outcome (`a phase II study of safety and efficacy`) or its topic (`effects on
# survival and muscle strength`): at the head of a title or of its part after a colon, with no change word, what
# was found is unsaid
STUDY_NOUNS = frozenset({"study", "trial", "evaluation", "assessment", "analysis", "investigation"})
# what may stand before such a head noun: articles and the design of the study
STUDY_DESIGN = frozenset({"", "a", "an", "the", "its", "their", "phase", "i", "ii", "iii", "i/ii", "ii/iii", "1", "2",
                          "3", "pilot", "randomized", "randomised", "controlled", "placebo-controlled", "double-blind",
                          "open-label", "single-arm", "prospective", "retrospective", "long-term", "multicenter",
                          "multicentre", "clinical", "preliminary", "first", "comparative", "systematic", "and",
                          "in-human", "first-in-human", "potential", "possible"})


def _study_of(toks: Sequence[str], lo: int, o_start: int) -> str | None:
    """`(Title:) a phase II study of X`, `(Title:) effects on X`: a study or topic noun right before the outcome
    (past articles and the outcomes listed before it, which are blanked) that heads the title or the part of
    it after a colon (not `exerts a modest effect on X`, `has not been studied`: a body sentence's verb)."""
    k = o_start - 1
    while k > lo and (not toks[k] or toks[k] in ("the", "a", "an", "and", "or", ",")):
        k -= 1
    if k <= lo or toks[k] not in ("of", "on"):
        return None
    head = toks[k - 1]
    if not (toks[k] == "of" and head in STUDY_NOUNS or toks[k] == "on" and head in TOPIC_NOUNS):
        return None
    j = k - 2
    while j >= lo and toks[j] in STUDY_DESIGN and toks[k] == "of":
        j -= 1    # (`Effects on X` bare: `the effect on X was ...` is a body sentence's result)
    return head if j < lo or toks[j] in (":", "-", "–", "—") else None


RATIO_NAMES = frozenset({"hr", "rr", "irr"})
RATIO_KINDS = frozenset({"hazard", "odds", "risk", "rate"})


def _ratio_value(toks: Sequence[str], lo: int, hi: int, o_start: int) -> tuple[float, str] | None:
    """`the hazard ratio for death (at 12 months) was 0.62`, `HR 1.40`: a hazard, odds or risk ratio named before
    the outcome and the first plain number after its name (not a time, `12 months`, nor a percentage, `95% CI`)."""
    r = next((k for k in range(lo, o_start) if toks[k] in RATIO_NAMES or toks[k] in ("ratio", "ratios")
              and k > lo and toks[k - 1] in RATIO_KINDS), None)    # (not `the ratio of M2 to M1 microglia`)
    if r is None:
        return None
    for k in range(r + 1, min(hi, r + 14)):
        t = toks[k]
        if AMOUNT.match(t) and not t.endswith("%") and not (k + 1 < hi and toks[k + 1] in TIME_UNITS):
            try:
                return float(t.replace("−", "-")), t
            except ValueError:
                return None
        if t in (";", "ci", "confidence"):
            return None
    return None
