"""Hedging: cues that present a relation as proposed or possible rather than found.

Hedge words and phrases within the clause (`may`, `is thought to`), with the index relations uses
for many clauses of one segment, and the two proposal patterns (`as a possible means of treatment`,
`hold promise for delaying onset`).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from pipeline.nlp.cues.lexicon import ATTRIBUTED, cue_kind, _by_first, _phrases_in
from pipeline.nlp.cues.scope import CLAUSE_BREAKS

HEDGE_WORDS = frozenset({
    "may", "might", "could", "potential", "potentially", "possible", "possibly", "putative",
    "putatively", "hypothesize", "hypothesized", "hypothesise", "hypothesised", "hypothesis",
    "speculate", "speculated", "perhaps", "presumably", "probably", "conceivably",
    "likely",   # (helper CI) the adverb: `the cells likely protect motor neurons through ...` (not `less likely to`)
})
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("is", "thought", "to"), ("are", "thought", "to"), ("is", "believed", "to"), ("are", "believed", "to"),
    ("we", "propose"), ("is", "proposed"), ("are", "proposed"), ("is", "likely"), ("are", "likely"),
    # the impersonal forms: `It is thought that MSCs act through ...`
    ("is", "thought", "that"), ("is", "believed", "that"), ("is", "suggested", "that"),
    # perfect and past forms of the same: `It has been proposed that MSCs protect motor neurons by ...`,
    # `MSCs have been proposed to act through ...`, `it was hypothesised that`
    ("been", "proposed"), ("was", "proposed"), ("were", "proposed"), ("been", "suggested", "that"),
    ("been", "suggested", "to"), ("been", "thought", "to"), ("been", "believed", "to"),
    ("been", "postulated"), ("is", "postulated"), ("are", "postulated"), ("was", "postulated"),
)
_HEDGE_INDEX = _by_first(HEDGE_PHRASES)


# `compound muscle action potential`, `motor evoked potentials`: a measure's name, not a hedge
ELECTRIC_POTENTIAL = frozenset({"action", "evoked", "membrane", "end-plate", "endplate", "field", "resting",
                                "unit", "fibrillation", "fasciculation", "sensory", "nerve"})


def _is_hedge_word(toks: Sequence[str], i: int) -> bool:
    t = toks[i]
    if t not in HEDGE_WORDS:
        return False
    if t in ("possibly", "probably") and i + 1 < len(toks) and toks[i + 1].startswith(ATTRIBUTED):
        return False   # `possibly related to the cells`: a causality grade of an observed event, no proposal
    if t == "hypothesis" and i + 1 < len(toks) and toks[i + 1] == ",":
        return False   # (helper DR, s25) `Consistent with this hypothesis, X was reduced`, `To test this hypothesis, we
        #                 gave ...`: an opener that points back to a hypothesis; what follows is a finding or a method
    if t == "could" and i + 1 < len(toks) and toks[i + 1] in ("not", "n't"):
        return False   # `we could not confirm a benefit`: a negative result, not a proposal
    if t == "could" and _reported_ability(toks, i):
        return False   # `we found that MSCs could restore behavioral functions`: a finding, not a proposal
    if t == "could" and i + 2 < len(toks) and toks[i + 1] == "be" and toks[i + 2] in FOUND_PARTICIPLES:
        return False   # (helper CI) `the cells could be detected in the CSF for 2 weeks`: what was seen, no proposal
    if t == "potential" and i >= 2 and toks[i - 1] == "of" and toks[i - 2] in SEEN_SIGNS:
        return False   # (helper CI) `early signs of potential efficacy`: a result seen, graded, not proposed
    if t == "likely" and i > 0 and toks[i - 1] in LIKELIHOOD_DEGREES and not (
            toks[i - 1] == "most" and (i + 1 >= len(toks) or toks[i + 1] not in ("to", "than"))):
        return False   # (helper CI) `treated patients were less likely to need ventilation`: a compared result;
        #                 (helper FG, s28) but `most likely through paracrine release`: the adverb, a hedge
    if t == "potential" and i + 1 < len(toks) and toks[i + 1] in WATCHED_HARMS and any(
            w.startswith(MONITORING) for w in toks[i + 2:i + 10]):
        return False   # (helper CI) `potential adverse events were recorded`: what was watched for, no proposal
    return not (t == "potential" and i > 0 and toks[i - 1] in ELECTRIC_POTENTIAL)


# (helper CI) `could be` + these: an observation's past ability (`could be detected`, `could be traced`), not a hedge
FOUND_PARTICIPLES = frozenset({
    "detected", "found", "observed", "seen", "identified", "traced", "tracked", "visualized", "visualised",
    "localized", "localised", "recovered", "isolated", "harvested", "obtained", "expanded", "cultured", "labeled",
    "labelled", "distinguished", "differentiated", "imaged", "located", "measured", "quantified"})

# (helper CI) `signs of potential efficacy`, `evidence of potential benefit`: a result seen
SEEN_SIGNS = frozenset({"sign", "signs", "evidence", "indication", "indications", "hint", "hints", "signal", "signals"})
# (helper CI) `more likely to`, `less likely`: a comparison of observed rates, no hedge
LIKELIHOOD_DEGREES = frozenset({"more", "less", "most", "least", "as", "equally", "twice", "times", "unlikely"})

# (helper CI) harms named as what a study watched for (`potential adverse events were monitored`)
WATCHED_HARMS = frozenset({"adverse", "side", "complications", "complication", "toxicity", "toxicities", "harms",
                           "risks", "safety"})
MONITORING = ("record", "monitor", "assess", "evaluat", "collect", "document", "screen", "track", "surveil")

# verbs that report a study's own finding: `could` in their `that` clause is the past of `can`
FINDING_VERBS = frozenset({"found", "showed", "shown", "demonstrated", "revealed", "observed", "confirmed"})


def _reported_ability(toks: Sequence[str], i: int) -> bool:
    """`Results showed that MSCs could reduce the infarct volume`: `could` (at i) in the clause a finding
    verb opens with `that`, within a few words and no clause break between."""
    for k in range(i - 1, max(i - 12, 0), -1):
        if toks[k] in (".", ";", ":", "but", "whereas", "while"):
            return False
        if toks[k] == "that":
            return k > 0 and toks[k - 1] in FINDING_VERBS
    return False


class HedgeIndex:
    """Whether hedge_in_scope would find a cue, for many clauses of one segment: the cue positions
    are found once, then bisected (like ClauseIndex)."""

    def __init__(self, toks: Sequence[str]):
        self.words = [i for i, t in enumerate(toks) if t in HEDGE_WORDS and _is_hedge_word(toks, i)]
        self.phrases = [(i, i + len(ph)) for i, ph in _phrases_in(toks, 0, len(toks), _HEDGE_INDEX)]

    def any_in(self, lo: int, hi: int) -> bool:
        """Exactly `hedge_in_scope(toks, lo, hi) is not None`."""
        k = bisect.bisect_left(self.words, lo)
        return (k < len(self.words) and self.words[k] < hi) or any(lo <= a and b <= hi for a, b in self.phrases)


def hedge_in_scope(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """The hedge cue governing tokens lo..hi: inside the clause, before the later argument."""
    if not HEDGE_WORDS.isdisjoint(toks[lo:hi]):
        for i in range(lo, hi):
            if _is_hedge_word(toks, i):
                return toks[i]
    found = _phrases_in(toks, lo, hi, _HEDGE_INDEX)
    if found:
        return " ".join(found[0][1])
    return None


# (helper EY, s28) pronouns that open a clause of their own about the subject named before
RESTATED_SUBJECTS = frozenset({"it", "they"})


def restated_subject(toks: Sequence[str], lo: int, hi: int) -> int | None:
    """(helper EY, s28) Between a relation's subject (ending at lo) and its object (at hi) a new clause opens whose
    own subject refers back to it: `BDNF might prolong survival, but in one trial it increased weight loss`, `IGF-1
    may slow progression, and it improved grip strength`. That clause states its own result, out of reach of the
    first clause's hedge: the index of its first token, or None."""
    for k in range(hi - 1, lo - 1, -1):
        if toks[k] not in RESTATED_SUBJECTS:
            continue
        for j in range(k - 1, max(lo, k - 7) - 1, -1):
            if toks[j] in CLAUSE_BREAKS or toks[j] == "and" and j > 0 and toks[j - 1] == ",":
                return j + 1
    return None


# (helper AT) what opens an indirect question of a study's aim: `examined whether X could`, `the extent to which X could`
ASKING = frozenset({"whether"})
ASKED_MODALS = frozenset({"could", "can", "may", "might", "would", "will"})


def modal_asked(toks: Sequence[str], lo: int, hi: int) -> bool:
    """(helper AT) The hedge word of toks[lo:hi] is a modal inside an aim's indirect question (`we examined whether
    hypoxia conditioning could enhance X`, `to determine the extent to which the cells could alter X`): the study
    asks it; the question is no proposal (its effect is `unclear`, by `whether`)."""
    i = next((k for k in range(lo, hi) if _is_hedge_word(toks, k)), None)
    if i is None or toks[i] not in ASKED_MODALS:
        return False
    for k in range(i - 1, max(i - 10, -1), -1):
        if toks[k] in (".", ";", ":", ",", "that", "but", "whereas", "while"):
            return False
        if toks[k] in ASKING or (toks[k] == "which" and k >= 2 and toks[k - 2:k] == ["extent", "to"]):
            return True
    return False


PROPOSED_AS = frozenset({"possible", "potential", "putative", "prospective"})


def proposed_as_possible(toks: Sequence[str], lo: int, hi: int, first: int = 0) -> str | None:
    """`a strategy of AAV-GDNF delivery to protect motoneurons as a possible means of treatment`: after the
    relation's arguments (from `lo`), the clause offers a purpose (`to protect`, between `first` and `lo`) as
    no more than a possibility. A stated result (`MSCs prolonged survival, which supports them as a
    potential therapy`) is no proposal: without the purpose's `to` + change verb there is no hedge."""
    if not any(toks[k] == "to" and cue_kind(toks[k + 1], False) is not None
               for k in range(max(first, 0), min(lo, len(toks)) - 1)):
        return None
    for i in range(max(lo, 0), min(hi, len(toks)) - 1):
        if toks[i] == "as" and (toks[i + 1] in PROPOSED_AS or toks[i + 1] in ("a", "an") and i + 2 < min(hi, len(toks))
                                and toks[i + 2] in PROPOSED_AS):
            return " ".join(toks[i:i + 2 + (toks[i + 1] in ("a", "an"))])
    return None


PROMISE_NOUNS = frozenset({
    "option", "options", "approach", "approaches", "strategy", "strategies", "candidate", "candidates",
    "therapy", "therapies", "treatment", "treatments", "tool", "tools", "avenue", "avenues", "alternative",
    "alternatives", "means", "way", "ways", "modality", "modalities", "intervention", "interventions"})
HOLD_FORMS = frozenset({"hold", "holds", "held", "holding"})
PROMISE_DEGREE = frozenset({"great", "much", "considerable", "significant", "high", "some", "particular"})


def promise_for(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """`One of the promising options for promoting recovery is MSC transplantation`, `MSCs hold promise
    for delaying onset`: a therapy offered as a promise for a change, a proposal as in reviews and
    backgrounds. Without the purpose (`for`/`to`/`in` + a change word) `promising` grades a result
    (`promising signs of efficacy`) or names a study's premise (`evaluated as a promising modality`)."""
    lo, hi = max(lo, 0), min(hi, len(toks))
    for i in range(lo, hi):
        t = toks[i]
        if t == "promising":
            js = [j for j in range(i + 1, min(i + 4, hi)) if toks[j] in PROMISE_NOUNS]
        elif t == "promise" and i > lo and (toks[i - 1] in HOLD_FORMS or toks[i - 1] in PROMISE_DEGREE
                                             and i - 1 > lo and toks[i - 2] in HOLD_FORMS):
            js = [i]
        else:
            continue
        for j in js[:1]:
            if j + 2 < len(toks) and toks[j + 1] in ("for", "to", "in", "toward", "towards") and cue_kind(toks[j + 2], False) is not None:
                return " ".join(toks[i:j + 3])
    return None


# (helper CI) verbs that open a `that` clause as a proposal: `We hypothesize that Treg therapy can resolve
# inflammation`, `we speculate that ...`. A suggesting verb does so only when its clause states an ability (`can`):
# `Our results suggest that GDNF can reverse motor deficits` is proposed, `These data suggest that the cells
# reduced inflammation` reports the finding (train and dev gold).
PROPOSING_VERBS = frozenset({
    "hypothesize", "hypothesizes", "hypothesized", "hypothesise", "hypothesises", "hypothesised", "speculate",
    "speculates", "speculated", "postulate", "postulates", "postulated", "propose", "proposes", "posit",
    "posits", "posited", "surmise", "conjecture"})
SUGGESTING_VERBS = frozenset({"suggest", "suggests", "suggested", "suggesting", "implies", "imply", "implying"})
ABILITY_MODALS = frozenset({"can"})


def proposed_clause(toks: Sequence[str], lo: int, hi: int) -> str | None:
    """(helper CI) The clause toks[lo:hi] is the `that` clause of a proposing verb just before it (within a few
    words, no clause break): `we hypothesize that X can Y` (any clause), `results suggest that X can Y` (only
    with `can` in the clause, before hi)."""
    lo, hi = max(lo, 0), min(hi, len(toks))
    for k in range(hi - 1, max(lo - 6, 0) - 1, -1):
        if k < lo and toks[k] in (".", ";", ":"):
            return None
        if toks[k] != "that" or k == 0:
            continue
        verb = toks[k - 1]
        if verb in PROPOSING_VERBS:
            return f"{verb} that"
        if verb in SUGGESTING_VERBS and any(t in ABILITY_MODALS for t in toks[k + 1:hi]):
            return f"{verb} that"
    return None
