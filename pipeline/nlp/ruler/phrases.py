"""Noun-phrase reading shared by the generic shapes, the context-licensed end points and the list
rules: what may sit inside an end point's name, where `<measure> of X` ends, whether a head names
a measure, which words are change verbs.

Kept apart because generic.py, outcome_context.py, lists.py and context_checks.py all use it: it is
the low-level layer they share, and it knows nothing of the vocabulary.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp import patterns as P
from pipeline.nlp.ruler.view import TokenStrings


@lru_cache(maxsize=65536)
def _is_marker(text: str) -> bool:
    """A gene/protein/marker symbol used as a modifier: `TNF-α`, `GFAP+`, `IL-6`, `Iba1`."""
    return any(ch.isupper() or ch.isdigit() for ch in text[1:]) or any("α" <= ch <= "ω" for ch in text)


def _outcome_modifier(v: TokenStrings, i: int) -> bool:
    low, text = v.lowers[i], v.texts[i]
    if low in P.NOT_OUTCOME_MOD or not text[:1].isalnum():
        return False
    if low in ("effective", "ineffective") and i + 1 < len(v.lowers) and v.lowers[i + 1] in P.DOSED_AMOUNTS:
        return False   # (helper CB, s22) `the effective concentration (EC50)`: a dose (not `effective connectivity`)
    if low.startswith("non") and low[3:].lstrip("-") in P.OUTCOME_NOUN_MODS:
        return True    # `nonmotor`, `non-motor symptoms`: the negated kind is a kind too
    return low in P.OUTCOME_NOUN_MODS or bool(P.ADJECTIVE.match(low)) or _is_marker(text)


# heads that count or gather cells of a named type: `infiltration of CD4+ T cells`, `number of Iba1+ cells`
IMMUNE_COUNT_HEADS = frozenset({"infiltration", "number", "numbers", "accumulation", "recruitment", "activation",
                                "proportion", "percentage", "density"})


def _of_object_end(v: TokenStrings, i: int, head: str) -> int:
    """End of the short noun phrase after `HEAD of` starting at token i (or i when there is none):
    no determiner or number first, a parenthesised short form inside is kept, a participle ends it."""
    lowers, texts, n = v.lowers, v.texts, len(v.lowers)
    if i >= n or lowers[i] in P.NOT_OF_START or texts[i][:1].isdigit():
        return i
    j = i
    while j < n and j - i < 6 and not v.starts[j]:
        if texts[j] == "(":
            close = next((k for k in range(j + 1, min(n, j + 5)) if texts[k] == ")"), None)
            if close is None or close == n - 1 or lowers[close + 1] in P.OF_STOP or not texts[close + 1][:1].isalnum():
                break
            j = close + 1
            continue
        low = lowers[j]
        if texts[j] in ("+", "⁺") and j > i:
            j += 1    # `CD4+ T cells`: a marker's positivity
            continue
        if low in P.MODAL_VERBS:
            break   # (helper DX, s26) `levels of IL-6 | can be lowered`; (helper DQ, s25) `cannot`, split by the tokenizer
        if low in P.OF_STOP or not texts[j][:1].isalnum() or (
                low.endswith(("ed", "ing")) and len(low) > 5 and low not in P.OUTCOME_NOUN_MODS and j > i):
            break
        if j > i and j + 1 < n and (low == "such" and lowers[j + 1] == "as"
                                    or low in P.LINKING_VERBS and lowers[j + 1] in ("in", "to", "from", "for")):
            break   # (helper DH, s24) `levels of glial markers | such as S100`, `expression of mutant SOD1 | results in`
        j += 1
    # (`infiltration of CD4+ T cells`, `number of Iba1+ cells`: cells named by a type or marker are counted)
    typed_cells = head in IMMUNE_COUNT_HEADS and j - i >= 2 and lowers[j - 1] in ("cells", "cell")
    if j == i or (lowers[j - 1] in P.NOT_OF_OBJECT and not typed_cells) or any(
            lowers[k] in P.NOT_OF_OBJECT for k in range(i, j - 1)):
        return i
    if head in P.COUNT_HEADS and lowers[j - 1] not in P.COUNTABLE:
        return i
    if j < n and texts[j][:1].isalnum() and (lowers[j] in ("and", "or") or lowers[j] not in P.OF_STOP) \
            and _dangling_modifier(lowers[j - 1]):
        # (helper AM, s20) `release of inflammatory | and vasculogenic cytokines`, `levels of axonal | growth-associated
        # protein`, `differentiation of recently | divided cells`: cut before its noun, the phrase names nothing
        return i
    return j


def _dangling_modifier(low: str) -> bool:
    """An adjective or adverb by its shape (`inflammatory`, `extracellular`, `recently`), which cannot end a noun phrase
    (not the nouns of that shape: `survival`, `signal`, `amyloid`)."""
    return bool(P.ADJECTIVE.match(low) or low.endswith("ly") and len(low) > 4) and low not in P.ADJECTIVE_SHAPED_NOUNS


_CHANGE_VERB = re.compile(r"^(?:%s)(?:%s)$" % ("|".join(P.CHANGE_STEMS + P.MEASURE_STEMS),
                                                 "|".join(sorted(P.VERB_ENDINGS, key=len, reverse=True))))
_STEM4 = frozenset(stem[:4] for stem in P.CHANGE_STEMS + P.MEASURE_STEMS)   # a cheap first filter


@lru_cache(maxsize=65536)
def _is_change_verb(low: str) -> bool:
    """A change or measurement verb form (`improved`, `attenuates`, `assessed`); cached per word."""
    return len(low) >= 4 and _CHANGE_VERB.match(low) is not None


_PARTICIPLE = re.compile(r"^(?:%s)(?:ed|d|ied)$" % "|".join(P.CHANGE_STEMS + P.MEASURE_STEMS))


# (helper CH) a marker's name that opens with a number (`8-OHdG`, `4-HNE`, `3-NT`, `5-HT`): two capitals after the
# hyphen, not a number with its unit (`3-month`, `2-fold`, `6-Minute`)
_DIGIT_MARKER = re.compile(r"^\d+-(?:[a-z]*[A-Z]){2}")


def _np_word(v: TokenStrings, k: int) -> bool:
    """Can token k sit inside an end point's noun phrase? (no function word, adverb, number, verb)"""
    low, text = v.lowers[k], v.texts[k]
    return (text[:1].isalnum() and (not text[:1].isdigit() or _DIGIT_MARKER.match(text)) and low not in P.NP_STOP
            and not (low.endswith("ly") and len(low) > 4) and not _is_change_verb(low))


def _trim(v: TokenStrings, s: int, e: int) -> int:
    """New start of s..e without leading words that say nothing about what was measured
    (`clinical outcome`, `lost function`, `reaching scores`)."""
    low = v.lowers
    while s < e and (low[s] in P.NOT_OUTCOME_MOD or low[s] in P.NOT_MEASURE_MOD
                     # (helper CB, s22) `the effective concentration`: a dose (see _outcome_modifier)
                     or low[s] in ("effective", "ineffective") and s + 1 < e and low[s + 1] in P.DOSED_AMOUNTS
                     or (low[s].endswith("ing") and e - s > 1 and low[s] not in P.OUTCOME_NOUN_MODS)):
        s += 1
    return s


def _measure_head(v: TokenStrings, s: int, e: int) -> bool:
    """Does the phrase s..e end in a noun that names a measure or a process?"""
    head = v.lowers[e - 1]
    if e - s == 1 and head in P.VAGUE_ALONE:
        return False
    if head.startswith(("post-", "pre-")) and head.partition("-")[2] in P.NOT_MEASURE_HEAD:
        return False    # `increased post-transplantation`: a time, not what increased
    if head in ("staining", "immunostaining", "immunolabeling", "immunolabelling") and e - s >= 2 \
            and P.MARKER_SYMBOL.match(v.lowers[e - 2]):
        return True     # `Iba1 staining was reduced`: a marker's stain is its histological read-out
    # a participle that takes an object is a verb, not a measure (`resulting in`, `suggesting that`)
    if head.endswith("ing") and e < len(v.lowers) and v.lowers[e] in P.AFTER_PARTICIPLE:
        return False
    if head in ("reaction", "reactions") and e - s >= 2 and v.lowers[e - 2] == "chain":
        return False    # (helper AD, s19) `reverse transcription polymerase chain reaction`: the assay, no end point
    if head in ("test", "tests") and not P.STATISTICAL_TEST_WORDS.isdisjoint(v.lowers[s:e - 1]):
        return False    # (helper S, s19) `compared using paired t tests`: the analysis, not an end point
    if head in P.NOT_MEASURE_HEAD:
        return e - s >= 2 and head in P.OUTCOME_HEADS   # `leukocyte levels`, `miRNA expression`
    if head == "ligand" and e - s >= 2 and v.lowers[e - 2] == "chemokine":
        return True     # (helper EW, s27) `C-X-C motif chemokine ligand 12`: a chemokine written out (its number
        #                 is with_name_number's), measured as `interleukin 8` is; not a bare `ligand`
    if head in ("regression", "regressions") and e - s >= 2 and v.lowers[e - 2] in P.STATISTICAL_MODELS:
        return False    # `survival was evaluated using Cox regression`: the analysis, not an end point
    return (head in P.OUTCOME_HEADS or head in P.BLOOD_ANALYTES or bool(P.OUTCOME_WORD.match(head))
            or bool(P.MEASURE_SUFFIX.match(head)) or bool(P.MARKER_SYMBOL.match(head))
            or bool(P.SPELLED_CYTOKINE.match(head)))


def _short_form_at(v: TokenStrings, j: int) -> bool:
    """`( IL-6 )` at token j: a parenthesised short form of one token."""
    low = v.lowers
    return j + 3 < len(low) and low[j] == "(" and low[j + 2] == ")" and low[j + 1][:1].isalnum()
