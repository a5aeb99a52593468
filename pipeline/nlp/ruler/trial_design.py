"""What a trial's design sentences name, no end point of its own: a composite's other event (`death or
ventilation support`), a rating scale's size, an entry threshold (`FVC greater than 60%`), a history
item, a matching covariate or a baseline characteristic, an outcome named as a cause (`unrelated to
disease progression`). Read by `context_checks._in_context` and by the composition step.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.ruler.view import TokenStrings

# (helper S, s19) words between `death or` and a ventilation end point (`death or full ventilation support`)
DEATH_OR_MODS = frozenset({"full", "permanent", "invasive", "non-invasive", "noninvasive", "mechanical", "assisted",
                           "the", "need", "for", "of", "prolonged", "continuous"})


def _after_death_or(low: list[str], s: int) -> bool:
    """`death or (full) ventilation (support)`: the ventilation is one event of a composite survival end point
    (helper S, s19)."""
    for j in range(s - 1, max(0, s - 6), -1):
        if low[j] == "or" and low[j - 1] in ("death", "deaths", "died", "dying"):
            return True
        if low[j] not in DEATH_OR_MODS:
            return False
    return False


# (helper S, s19) `a 100-unit scale`, `10-point scale`: the size of a rating scale
SCALE_SIZE = re.compile(r"^\d+(?:\.\d+)?-(?:unit|point|item|grade|level|step|mm|cm)$")
# comparison words of an entry threshold (`forced vital capacity greater than 60%`)
THRESHOLD_WORDS = frozenset({"greater", "more", "less", "lower", "higher", "above", "below", "over", "under", "at",
                             "least", "than", ">", "<", "≥", "≤", ">=", "<=", "=>", "of"})


# words that end a list of items and open a clause (the pipeline runs no tagger: read the words)
CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "does", "do", "showed",
                          "show", "shows", "than", "whereas", "while", "but", "although", ";", ".", "which", "that"})


def _clause_word(w: str) -> bool:
    """A finite verb (`had`, `showed`, an `-ed` form) or a clause joiner: a list of items does not reach past it."""
    return w in CLAUSE_WORDS or len(w) > 4 and w.endswith("ed")


def _entry_threshold(low: list[str], e: int) -> bool:
    """The mention ending at e is followed by a comparison with a percentage (`vital capacity of more than 60%`,
    `FVC ≥ 50% of predicted`): an entry threshold, no end point (helper S, s19)."""
    k = e
    while k < len(low) and k - e < 4 and low[k] in THRESHOLD_WORDS:
        k += 1
    return e < k < len(low) - 1 and low[k][:1].isdigit() and (low[k].endswith("%") or low[k + 1] in ("%", "percent"))


def _medical_history(doc: Doc, view: TokenStrings, s: int) -> bool:
    """The mention at s is listed after `(no) history of` in its clause (helper S, s19)."""
    low = view.lowers
    start = view.sentence(s)[0]
    for j in range(s - 1, max(start, s - 10), -1):
        if low[j] == "of" and low[j - 1] == "history" and not (j > 1 and low[j - 2] == "natural"):
            return True
        if _clause_word(low[j]) or low[j] == "with":
            return False
    return False


# verbs that open a list of the variables two groups were matched or stratified on
MATCHING_VERBS = frozenset({"matched", "stratified", "balanced", "weighted"})


def _matching_covariate(doc: Doc, view: TokenStrings, s: int) -> bool:
    """The mention at s is an item of a list that follows `matched for/on`, `stratified by` or `covariates:`
    in its sentence, with no verb between (helper S, s19)."""
    low = view.lowers
    start = view.sentence(s)[0]
    for j in range(s - 1, max(start - 1, s - 40), -1):
        if low[j] in ("covariates", "covariate") and j + 1 < len(low) and low[j + 1] in (":", "(", "including", "such"):
            return True
        if low[j] in ("for", "on", "by") and j > 0 and low[j - 1] in MATCHING_VERBS:
            return True
        if _clause_word(low[j]):
            return False
    return False


def _covariate(low: list[str], s: int, e: int) -> bool:
    """The span is one item of a list of baseline characteristics (P.COVARIATE_VERBS + a
    preposition, then only list words up to the span)."""
    for j in range(s - 1, max(-1, s - 16), -1):
        if low[j] in P.COVARIATE_PREPS and j > 0 and low[j - 1] in P.COVARIATE_VERBS:
            return True
        if low[j] == "of" and j > 2 and low[j - 1] == "terms" and low[j - 2] == "in" and low[j - 3] in P.COVARIATE_VERBS:
            return True   # `matched in terms of`
        if low[j] in ("characteristics", "demographics", "covariates"):
            return True
        if low[j] not in P.COVARIATE_LIST and low[j] not in P.COVARIATE_PREPS:
            return False
    return False


CAUSE_WORDS = frozenset({"due", "related", "unrelated", "attributed", "attributable", "owing", "secondary"})


def _cause_named(low: list[str], s: int) -> bool:
    """The outcome at s is named as a cause after `to` (`deaths unrelated to the procedure or to disease
    progression`, `secondary to the natural progression`), a cause word at most 8 words before that `to`."""
    k = s - 1
    while k > 0 and low[k] in ("the", "natural", "underlying"):
        k -= 1
    if k < 1 or low[k] != "to":
        return False
    for j in range(k - 1, max(-1, k - 9), -1):
        if low[j] in (".", ";", ":"):
            return False
        if low[j] in CAUSE_WORDS and low[j + 1] == "to":
            return True
    return False
