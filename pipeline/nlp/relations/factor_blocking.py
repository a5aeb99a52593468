"""Blocking experiments: a factor named as blocked or taken away (`antibodies against BDNF`, `GDNF depletion`,
`neutralising VEGF`) in a clause that says what the block did to a benefit named before and referred back to
(`cut this protection`, `abolished the protection`, `reduced its protective effect`, `had no effect`). By SPEC (`the
factor changes the outcome`) a block that took the benefit away shows that the factor produces it (favorable, the
factor's own effect, not the antibody's), one that left it shows that it does not (null); the benefit is the end
point named before it (SPEC: anaphora resolves to the antecedent's concept).

`block_result` reads the factor's clause (used by `attributes.mention` and `overrides`); `implied_protection` gives
the back-reference an end point when its sentence names none (`argument_spans`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from pipeline.nlp import cues
from pipeline.nlp.relations.labels import FACTOR_HASH, concept_of

# what blocks a factor in a loss-of-function experiment, and the factor's depletion from a product (`Depletion of
# CNTF from the secretome reduced its protective effect`)
_REAGENTS = (r"anti-[\w-]+|antibod\w*|neutrali[sz]\w*|sirna|shrna|knock-?down|knock-?out|silenc\w*|antagonist\w*|"
             r"inhibitors?|blockade|(?:immuno)?deplet\w*")
BLOCKING_REAGENT = re.compile(rf"\b(?:{_REAGENTS})\b")

# the words that refer back to a benefit named before (`this protection`, `their protective effect`)
BACK_DETERMINERS = frozenset({"this", "the", "that", "its", "their", "such", "these"})
BENEFIT_ADJECTIVES = frozenset({"protective", "neuroprotective", "beneficial", "trophic", "neurotrophic", "rescuing",
                                "pro-survival", "anti-apoptotic", "therapeutic", "positive"})
BENEFIT_NOUNS = frozenset({"protection", "neuroprotection", "effect", "effects", "benefit", "benefits", "gain", "gains",
                           "rescue", "action", "actions"})
# the nouns of a benefit that is a protection (of neurons from death): what `implied_protection` resolves
PROTECTION_WORDS = frozenset({"protection", "neuroprotection", "protective", "neuroprotective"})
# the verbs by which the block took the benefit away (`cut this protection`, `abolished most of the protection`)
TAKING_AWAY = ("reduc", "abolish", "abrogat", "attenuat", "diminish", "decreas", "lessen", "eliminat", "revers",
               "negat", "blunt", "weaken", "cancel", "remov", "cut", "halv", "block", "prevent", "los")
# a share of the benefit the verb took (`abolished most of this protection`, `cut half of the effect`)
SHARE_WORDS = frozenset({"most", "much", "part", "half", "all", "some", "about", "approximately", "nearly", "almost",
                         "of", "%", "largely", "partly", "partially", "completely", "fully", "significantly"})
# `had no (significant) effect`: the block left the benefit as it was
NO_EFFECT = re.compile(r"\b(?:no|without|little) (?:(?:significant|detectable|measurable|appreciable|further|"
                       r"additional|such|comparable|similar) )?(?:effect|effects|influence|impact)\b")
DENIED_CHANGE = ("reduc", "abolish", "abrogat", "attenuat", "diminish", "decreas", "affect", "alter", "chang",
                 "block", "prevent", "revers", "lessen", "influenc")


def _back_reference(toks: list[str], k: int) -> tuple[int, int] | None:
    """The benefit referred back to that starts at toks[k] (`this protection`, `their protective effect`), as
    (start, end), or None."""
    if k >= len(toks) or toks[k] not in BACK_DETERMINERS:
        return None
    j = k + 1
    while j < len(toks) and toks[j] in BENEFIT_ADJECTIVES:
        j += 1
    if j < len(toks) and toks[j] in BENEFIT_NOUNS:
        return k, j + 1
    return None


def _taken_away(toks: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """A verb of taking away with the benefit it takes in toks[lo:hi] (`cut this protection`, `abolished most of the
    protection`; `this protection was lost`, `an effect removed by`), as the benefit's (start, end)."""
    for k in range(lo, hi):
        ref = _back_reference(toks, k)
        if ref is None:
            if toks[k] in ("an", "a") and k + 1 < hi and toks[k + 1] in BENEFIT_NOUNS and k + 2 < hi and \
                    toks[k + 2].startswith(TAKING_AWAY):
                return k, k + 2   # `..., an effect removed by neutralizing antibodies to IGF-1`
            continue
        j = k - 1
        while j >= lo and (toks[j] in SHARE_WORDS or toks[j][:1].isdigit()):
            j -= 1
        if j >= lo and toks[j].startswith(TAKING_AWAY) and not toks[j].startswith(("blocking", "neutrali")):
            return ref
        after = toks[ref[1]:ref[1] + 4]
        if after[:1] in (["was"], ["were"]) and any(w.startswith(TAKING_AWAY) for w in after[1:3]):
            return ref    # `this protection was (largely) lost when HGF was blocked`
    return None


def _blocked(toks: list[str], etypes: list[int], f0: int, f1: int) -> bool:
    """The factor at toks[f0:f1], or the list it closes (`antibodies against GDNF or VEGF`, `Depletion of BDNF and
    NGF`), is named as blocked or taken away (`attributes._factor_taken_away`)."""
    from pipeline.nlp.relations.attributes import _factor_taken_away   # (attributes reads this module)
    heads = [f0]
    k = f0
    while k >= 2 and toks[k - 1] in (",", "and", "or") and etypes[k - 2] == FACTOR_HASH:
        k -= 2
        while k > 0 and etypes[k - 1] == FACTOR_HASH:
            k -= 1
        heads.append(k)
    return any(_factor_taken_away(toks, h, f1) for h in heads)


class Block(NamedTuple):
    effect: str                  # `favorable` (the block took the benefit away) or `null` (it did not)
    benefit: tuple[int, int]     # the words that name the benefit (`this protection`, `no effect`)
    cue: str
    clause_start: int            # where the factor's clause begins: an end point before it is the benefit's antecedent


def block_result(toks: list[str], etypes: list[int], f0: int, f1: int) -> Block | None:
    """What blocking the factor at toks[f0:f1] did to the benefit its clause refers back to: `favorable` where the
    block took it away (`antibodies against BDNF cut this protection`, `this protection was lost when HGF was
    neutralised`), `null` where it did not (`GDNF depletion had no effect`, `neutralising BDNF did not reduce their
    effect`); None when the factor is not blocked or the clause says neither."""
    if not _blocked(toks, etypes, f0, f1):
        return None
    lo, hi = cues.clause_scope(toks, f0, f1)
    text = " ".join(toks[f1:hi])
    denied = not cues.NEGATORS.isdisjoint(toks[f1:hi])
    found = NO_EFFECT.search(text)
    if found:
        at = f1 + text[:found.start()].count(" ")
        return Block("null", (at, min(hi, at + found.group(0).count(" ") + 1)), "no effect", lo)
    ref = _taken_away(toks, lo, hi)
    if ref is None:
        return None
    if denied and any(w.startswith(DENIED_CHANGE) for w in toks[f1:ref[0]]):
        return Block("null", ref, "did not", lo)   # `neutralising BDNF did not reduce their effect`
    return Block("favorable", ref, "taken away", lo) if not denied else None


def blocked_benefit_of(toks: list[str], etypes: list[int], f0: int, f1: int, o0: int, o1: int) -> Block | None:
    """block_result for the factor at toks[f0:f1], when the end point at toks[o0:o1] is the benefit it reads: named
    before the factor and the benefit (`reduced death of neurons; antibodies against BDNF cut this protection`), or the
    benefit's own words or what they are said of (`their effect on motor neuron survival`)."""
    found = block_result(toks, etypes, f0, f1)
    if found is None:
        return None
    b0, b1 = found.benefit
    said_of = b1 < len(toks) and toks[b1] in ("on", "of", "against", "in") and b1 < o0 <= b1 + 3
    # (`increased axon length, an effect removed by antibodies to IGF-1`: the end point the benefit stands after)
    return found if o1 <= found.clause_start or o1 <= min(b0, f0) or b0 <= o0 < b1 or said_of else None


# ------------------------------------------------------------------------------------------------------------------
# the end point a protection refers back to, where its sentence names none

PROTECTION_HASHES = frozenset(map(hash_string, PROTECTION_WORDS))
# an end point that a protection keeps (of cells from death): its concept or its words
PROTECTED_CONCEPTS = frozenset({"outcome:motor_neuron_survival", "outcome:survival"})
PROTECTED_TEXT = re.compile(r"\b(?:death|dying|surviv\w*|viab\w*|protect\w*|neuroprotect\w*|apopto\w*|cytotox\w*|"
                            r"degenerat\w*|neurodegenerat\w*)\b")
# a word that names a block somewhere in the sentence (the back-reference is read only there): the reagents and
# the verbs of blocking
BLOCK_WORDS = re.compile(rf"\b(?:{_REAGENTS}|knock\w*|block\w*|sequester\w*)\b")


def implied_protection(doc: Doc, low: list[int], ents: list[Span]) -> list[Span]:
    """`A function-blocking antibody against BDNF abolished the protection`, `Depletion of BDNF reduced its
    protective effect`: a protection referred back to in a sentence that names a block, a factor and no end point
    before it; the span takes the concept of the nearest protected end point named before (`motor neuron death`:
    motor neuron survival). Relation objects only, never entity rows."""
    if PROTECTION_HASHES.isdisjoint(low) or not doc.has_annotation("SENT_START"):
        return []
    strings = doc.vocab.strings
    words = [strings[h] for h in low]
    outcomes = [e for e in ents if e.label_ == "OUTCOME"]
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for sent in doc.sents:
        toks = words[sent.start:sent.end]
        if PROTECTION_HASHES.isdisjoint(low[sent.start:sent.end]) or not BLOCK_WORDS.search(" ".join(toks)) or not any(
                e.label_ == "NEUROTROPHIC_FACTOR" and sent.start <= e.start < sent.end for e in ents):
            continue
        ref = _taken_away(toks, 0, len(toks))
        if ref is None or PROTECTION_WORDS.isdisjoint(toks[ref[0]:ref[1]]):
            continue
        a, b = sent.start + ref[0], sent.start + ref[1]
        if not taken.isdisjoint(range(a, b)) or any(sent.start <= e.start < a for e in outcomes):
            continue   # (`reduced death of neurons; antibodies against BDNF cut this protection`: named before it)
        before = [e for e in outcomes if e.end <= sent.start and (
            concept_of(e) in PROTECTED_CONCEPTS or PROTECTED_TEXT.search(e.text.lower()))]
        if not before:
            continue
        concept = concept_of(before[-1])
        span = Span(doc, a, b, label="OUTCOME", kb_id=concept)
        span._.concept_id = concept
        out.append(span)
    return out
