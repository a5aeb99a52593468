"""Negation: negators that deny a relation or the change word that states its effect.

`negation_of_trigger` denies the relation itself (`were not given`); the rest deny a change cue
inside `effect_in_scope` (`did not result in significant improvement`, `no trial showed a benefit`,
`did not improve X or extend Y`) and turn it null, while `_excluding` keeps `A, but not B, reduced X`
from denying the verb.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from pipeline.nlp.cues.lexicon import AUX_BE, NEGATORS

NEGATED_RESULT = frozenset({"not", "no", "none", "failed", "fail", "fails", "without", "neither", "nor", "never"})
# words that deny the change they govern: `ineffective in prolonging X`, `unable to prevent X`,
# `a lack of benefit on X`
DENYING = NEGATED_RESULT | {"ineffective", "unable", "insufficient", "inadequate", "lack", "lacked", "lacks", "absence", "unlikely"}
# verbs by which a study reports (or fails to report) a change: `failed to show any benefit`
SHOWING = frozenset({"show", "shows", "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "achieve",
                     "achieved", "provide", "provided", "produce", "produced", "yield", "yielded", "confer",
                     "conferred", "reveal", "revealed", "confirm", "confirmed", "detect", "detected", "find",
                     "found", "observe", "observed", "establish", "established", "offer", "offered", "have", "had"})
# what may stand between a negator and the change it denies: `did not result in (a) significant
# improvement`, `did not lead to any improvement`, `failed to demonstrate a clinically meaningful benefit`
NEGATION_FILLERS = frozenset({"result", "in", "lead", "to", "a", "an", "any", "significant", "significantly",
                              "statistically", "meaningful", "clinically", "relevant", "further", "of", "treatment",
                              "therapeutic", "consistent", "clear", "convincing", "sustained", "measurable",
                              "detectable", "obvious", "substantial",
                              # `not efficacious in slowing X`, `lacked efficacy in slowing X`, `of no benefit in`
                              "efficacious", "effective", "beneficial", "successful", "useful", "able", "efficacy",
                              "benefit", "effect", "effects", "clinical"}) | SHOWING
# the verbs that report a result of the outcome before them (`Survival showed no difference`)
REPORTING = SHOWING | {"exhibited", "displayed"}
# a subject that denies what the study showed: `no trial showed a benefit`, `none of the patients improved`
NO_SUBJECT = frozenset({"no", "none", "neither"})
# verbs by which a (denied) subject had what follows: `none of the patients manifested / experienced X`
HAD_OR_SHOWED = frozenset({"manifested", "exhibited", "experienced", "developed", "displayed", "showed", "had"})
# severity words before a harm (`severe adverse events`, `any serious complications`)
HARM_MODIFIERS = frozenset({"any", "severe", "serious", "major", "significant", "relevant", "notable"})


def _excluding(toks: Sequence[str], j: int, i: int) -> bool:
    """`A, but not B, reduced X`, `high- but not low-dose cells delayed X`: the negator at j excludes
    what stands between it and the cue at i from the claim; it does not deny the verb (`but not
    significantly improved` does)."""
    return toks[j] == "not" and j > 0 and toks[j - 1] in ("but", "and") and any(
        t and not t.endswith("ly") and t not in AUX_BE and t not in VERDICT_ADJECTIVES for t in toks[j + 1:i])


# `safe but not efficacious in slowing X`: a verdict on the treatment, not a second arm excluded
VERDICT_ADJECTIVES = frozenset({"efficacious", "effective", "beneficial", "successful", "useful", "able", "in", "to",
                                "significant", "clinically", "meaningful"})


def _negated_through_fillers(toks: Sequence[str], i: int, lo: int) -> bool:
    """`did not result in significant improvement`: a negator before the cue at i with only
    NEGATION_FILLERS (at most five) between them."""
    j = i - 1
    while j >= max(lo, i - 6) and toks[j] in NEGATION_FILLERS:
        j -= 1
    return j >= lo and i - j > 1 and toks[j] in DENYING and not _excluding(toks, j, i)


def _negated_past_aside(toks: Sequence[str], i: int, lo: int) -> bool:
    """`BDNF did not, however, prolong survival`: a negator, then a comma aside of at most three words,
    then the cue at i."""
    if i - 2 < lo or toks[i - 1] != ",":
        return False
    opened = next((k for k in range(i - 2, max(lo, i - 6) - 1, -1) if toks[k] == ","), None)
    return opened is not None and opened - 1 >= lo and toks[opened - 1] in NEGATED_RESULT


def _denied_by_subject(toks: Sequence[str], i: int, lo: int) -> bool:
    """`No trial of MSCs showed a benefit on X`, `none of the studies demonstrated an improvement`: a
    showing verb (after fillers) before the cue at i whose subject is denied."""
    j = i - 1
    while j >= max(lo, i - 6) and toks[j] in NEGATION_FILLERS and toks[j] not in SHOWING:
        j -= 1
    if j >= lo and toks[j] in ("or", "nor"):
        # `None of the patients manifested severe adverse effects or increased disease progression`: the
        # second object of a denied subject's verb (over the first object, masked, and its modifiers)
        k = j - 1
        while k >= max(lo, j - 5) and (not toks[k] or toks[k] in HARM_MODIFIERS):
            k -= 1
        if k >= lo and toks[k] in HAD_OR_SHOWED:
            j = k
    if j < lo or toks[j] not in SHOWING and toks[j] not in HAD_OR_SHOWED:
        return False
    return subject_denied(toks, j, lo, 10, NEGATED_RESULT)


# what ends the clause a verb's subject is looked for in
SUBJECT_CLAUSE_BREAKS = frozenset({",", ";", "and", "but", "whereas", "while"})


def subject_denied(toks: Sequence[str], v: int, lo: int, reach: int, stops: Collection[str]) -> bool:
    """A denying subject (`no`, `none`, `neither`) stands within `reach` words before the verb at v, in the
    verb's clause (not past a clause break or one of `stops`)."""
    for k in range(v - 1, max(lo, v - reach) - 1, -1):
        if toks[k] in NO_SUBJECT:
            return True
        if toks[k] in SUBJECT_CLAUSE_BREAKS or toks[k] in stops:
            return False
    return False


def _no_evidence(toks: Sequence[str], i: int, lo: int) -> bool:
    """`There is no (convincing) evidence that MSCs improve X`, `our findings do not support the use of
    MSCs to slow X`, `argue against a benefit`: the change at i is what was not shown."""
    for k in range(i - 1, max(lo - 1, i - 20) - 1, -1):
        if toks[k].startswith("support") and k > 0 and toks[k - 1] in ("not", "n't") or \
                toks[k] == "against" and k > 0 and toks[k - 1].startswith("argu"):
            return i - k <= 12
        if toks[k].startswith("evidenc") and k + 1 < i and toks[k + 1] in ("that", "for", "of"):
            if i - k > 12 and not _plain_list(toks[k + 2:i]):
                return False
            return any(toks[m] in DENYING | {"insufficient", "little", "limited"} for m in range(max(0, k - 4), k))
        if toks[k] in (";", "but", "whereas", "while"):
            return False
    return False


def _plain_list(words: Sequence[str]) -> bool:
    """Names joined by commas and `and`/`or` only (`no evidence of cord damage, syrinx or tumor formation,
    neurological deterioration, and exacerbating pain`): one denied list, however long."""
    return all(w not in AUX_BE and not w[:1].isdigit() and (w.isalpha() or w in ("", ",", "-") or "-" in w)
               for w in words)


def _difference_denied(toks: Sequence[str], i: int, lo: int) -> bool:
    """`no (statistically significant) difference was observed for improving X`, `there was no difference
    in reducing X`: the gerund at i names where no difference was found, not a change that happened."""
    if i < 1 or not toks[i].endswith("ing") or toks[i - 1] not in ("in", "for"):
        return False
    for k in range(i - 2, max(lo - 1, i - 10) - 1, -1):
        if toks[k] in (";", "but", "whereas", "while"):
            return False
        if toks[k] in ("difference", "differences"):
            return any(toks[m] in ("no", "not") for m in range(max(lo, k - 3), k))
    return False


# verbs of a failed attempt that govern the infinitives coordinated after them
FAILED_TO = frozenset({"failed", "fail", "fails", "unable"})


def _negated_by_coordination(toks: Sequence[str], i: int, lo: int) -> bool:
    """`did not improve X or extend Y`: the negator of the first verb covers the verb after `or`. A repeated
    `to` keeps the second verb under the first one's failure, after `and` too (`failed to improve X or to prolong
    Y`, `failed to delay X and to prolong Y`)."""
    if i >= 3 and toks[i - 1] == "to" and toks[i - 2] in ("or", "nor", "and"):
        for j in range(i - 3, max(lo, i - 14) - 1, -1):
            if toks[j] == "to" and j > 0 and toks[j - 1] in FAILED_TO:
                return True
            if toks[j] in (";", "but", "whereas", "while"):
                return False
        return False
    if i < 2 or toks[i - 1] != "or":
        return False
    for j in range(i - 2, max(lo, i - 12) - 1, -1):
        if toks[j] in NEGATED_RESULT:
            return True
        if toks[j] in (",", ";", "but", "and", "whereas", "while"):
            return False
    return False


def negation_of_trigger(toks: Sequence[str], trigger_at: int | None, arg_start: int,
                        window: int = 3) -> str | None:
    """A negator that denies the relation itself: right before its trigger verb
    (`were not given`, `did not secrete`), or right before the object (`without GDNF`)."""
    spots = [arg_start] + ([trigger_at] if trigger_at is not None else [])
    for at in spots:
        for i in range(max(0, at - window), at):
            if toks[i] in NEGATORS:
                # `not only` does not deny
                if i + 1 < len(toks) and toks[i + 1] == "only":
                    continue
                return toks[i]
    return None
