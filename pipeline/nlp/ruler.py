"""Rule recognition (`litmine_ruler`): vocabulary phrase patterns plus compositional rules.

Writes candidate spans (label, kb_id = concept id) to `doc.spans["litmine_rules"]`, and factor
names glued inside a cell name (`GDNF-secreting MSCs`) to `doc.spans["litmine_nested"]`; the
`litmine_entities` component turns them into `doc.ents`.

Matching runs on scispaCy's tokens, which keep hyphenated compounds whole: patterns are
tokenized by the same tokenizer, and glued modifiers are handled by token regexes below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import abbreviation_pairs
from pipeline.vocabulary import Vocabulary

RULES_KEY = "litmine_rules"
NESTED_KEY = "litmine_nested"


@dataclass(frozen=True)
class TokenView:
    """Token strings and sentence starts read once per doc from the string store: the rules walk
    tokens many times, and building spaCy Token objects is the ruler's main cost."""
    texts: list[str]
    lowers: list[str]
    starts: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> "TokenView":
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER])
        starts = [x == 1 for x in doc.to_array(SENT_START).view("int64").reshape(-1).tolist()]
        if starts:
            starts[0] = True
        return cls([strings[h] for h in arr[:, 0].tolist()], [strings[h] for h in arr[:, 1].tolist()], starts)


def _disease_pronoun(low: list[str], start: int) -> bool:
    """A sentence opening on the disease as a pronoun: `It is ...`, `This disease ...`,
    after a sentence adverb (`Pathologically, it is defined by ...`)."""
    if len(low) > start + 2 and low[start].endswith("ly") and low[start + 1] == ",":
        start += 2
    w = low[start:start + 2]
    return bool(w) and (w[0] == "it" and len(w) > 1 and w[1] in ("is", "was", "has", "causes", "remains")
                        or len(w) > 1 and w[0] in ("this", "the") and w[1] in P.DISEASE_HEADS)


def _has_pair(words: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether two neighbouring words form one of `pairs` (`is a`, `characterized by`)."""
    return any(pair in pairs for pair in zip(words, words[1:]))


def _bare_ev(text: str) -> bool:
    """Vesicles that name no source but a generic cell: `exosomes`, `cell-derived EVs`."""
    t = text.lower()
    for generic in ("stem cell-derived ", "stem-cell-derived ", "cell-derived "):
        if t.startswith(generic):
            t = t[len(generic):]
            break
    return t in P.BARE_EV


def _is_marker(text: str) -> bool:
    """A gene/protein/marker symbol used as a modifier: `TNF-α`, `GFAP+`, `IL-6`, `Iba1`."""
    return any(ch.isupper() or ch.isdigit() for ch in text[1:]) or any("α" <= ch <= "ω" for ch in text)


def _outcome_modifier(v: TokenView, i: int) -> bool:
    low, text = v.lowers[i], v.texts[i]
    if low in P.NOT_OUTCOME_MOD or not text[:1].isalnum():
        return False
    if low.startswith("non") and low[3:].lstrip("-") in P.OUTCOME_NOUN_MODS:
        return True    # `nonmotor`, `non-motor symptoms`: the negated kind is a kind too
    return low in P.OUTCOME_NOUN_MODS or bool(P.ADJECTIVE.match(low)) or _is_marker(text)


# heads that count or gather cells of a named type: `infiltration of CD4+ T cells`, `number of Iba1+ cells`
IMMUNE_COUNT_HEADS = frozenset({"infiltration", "number", "numbers", "accumulation", "recruitment", "activation",
                                "proportion", "percentage", "density"})


def _of_object_end(v: TokenView, i: int, head: str) -> int:
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
        if low in P.OF_STOP or not texts[j][:1].isalnum() or (
                low.endswith(("ed", "ing")) and len(low) > 5 and low not in P.OUTCOME_NOUN_MODS and j > i):
            break
        j += 1
    # (`infiltration of CD4+ T cells`, `number of Iba1+ cells`: cells named by a type or marker are counted)
    typed_cells = head in IMMUNE_COUNT_HEADS and j - i >= 2 and lowers[j - 1] in ("cells", "cell")
    if j == i or (lowers[j - 1] in P.NOT_OF_OBJECT and not typed_cells) or any(
            lowers[k] in P.NOT_OF_OBJECT for k in range(i, j - 1)):
        return i
    if head in P.COUNT_HEADS and lowers[j - 1] not in P.COUNTABLE:
        return i
    return j


def generic_candidates(doc: Doc, view: TokenView | None = None) -> list[tuple[int, int, str]]:
    """Names no vocabulary lists, by their shape (head word first, then walk left: cheap):
    `chronic inflammatory disorders`, `Krabbe disease`, `neuropathy`, `Modified Ashworth Scale`,
    `TNF-α levels`, `levels of synaptophysin`, `synaptogenesis`, `brain damage`, `hepatocytes`."""
    out = []
    v = view or TokenView.of(doc)
    lowers, texts, starts = v.lowers, v.texts, v.starts
    n = len(lowers)
    for i, low in enumerate(lowers):
        # a disease by its shape (`nephropathy`, `dysplasia`) reads its modifiers like a head (`diastrophic dysplasia`)
        morph = len(low) > 7 and P.DISEASE_WORD.match(low) and low.rpartition("-")[2] not in P.NOT_DISEASE_WORD
        if low in P.DISEASE_HEADS or low in P.ANATOMY_DAMAGE or morph:
            k = i
            while k > 0 and (lowers[k - 1] in P.DISEASE_NOUN_MODIFIERS or lowers[k - 1] in P.ANATOMY):
                k -= 1
            j = k
            while j > 0 and lowers[j - 1] not in P.NOT_DISEASE_ADJ and (
                    P.ADJECTIVE.match(lowers[j - 1]) or lowers[j - 1] in P.DISEASE_MODIFIERS
                    or lowers[j - 1].endswith("-related")):
                j -= 1
            if low in P.ANATOMY_DAMAGE and low not in P.DISEASE_HEADS:
                if k < i:   # `brain damage`, `spinal cord lesions`, `injured spinal cord` needs the noun
                    out.append((j, i + 1, "disease:other"))
            elif j < k or (k < i and j < i) or low in P.DISEASE_SOLO or morph:
                out.append((j, i + 1, "disease:other"))
            elif low in P.EPONYM_HEADS and i > 0:
                m = i - 1 if lowers[i - 1] not in ("'s", "’s") else i - 2
                name = texts[m] if m >= 0 else ""
                # `McLeod syndrome`, `DiGeorge syndrome`; at a sentence's start only a hyphenated name
                # (`Prader-Willi syndrome ...`), not any capitalised first word
                named = name.istitle() or name.isalpha() and name[1:2].islower() and name[:1].isupper() and any(
                    c.isupper() for c in name[2:])
                if named and lowers[m] not in P.NOT_EPONYM and (not starts[m] or "-" in name and name.istitle()):
                    out.append((m, i + 1, "disease:other"))
        elif low in ("cord", "cords") and i >= 2 and lowers[i - 1] == "spinal" and lowers[i - 2] in P.DISEASE_MODIFIERS:
            out.append((i - 2, i + 1, "disease:other"))   # `injured spinal cord`
        elif low in P.INSTRUMENT_HEADS and texts[i].istitle() and i > 0 and texts[i - 1].istitle():
            j = i - 1
            while j > 0 and not starts[j] and (texts[j - 1].istitle() or lowers[j - 1] in ("and", "of") and j > 1
                                               and texts[j - 2].istitle() and not starts[j - 1]):
                j -= 1   # (`Box and Block Test`, `Bayley Scales of Infant Development`)
            if lowers[j] in ("the", "a", "an", "this", "our", "their") and j < i - 1:
                j += 1   # (`The Action Research Arm Test` at a sentence start)
            if P.STATISTICAL_TEST_WORDS.isdisjoint(lowers[j:i]):
                out.append((j, i + 1, "outcome:other"))
        elif len(low) > 6 and P.OUTCOME_WORD.match(low) and low not in P.NOT_OUTCOME_WORD:
            out.append((i, i + 1, "outcome:other"))
        elif len(low) > 6 and P.CELL_WORD.match(low):
            out.append((i, i + 1, "cell:other"))
        elif low in ("cells", "cell") and i > 0 and lowers[i - 1] in P.CELL_ADJ:
            j = i
            while j > 0 and i - j < 3 and lowers[j - 1] in P.CELL_ADJ and not starts[j]:
                j -= 1
            mods = lowers[j:i]
            if not set(mods) <= P.CELL_ADJ_WEAK:
                cid = "cell:neuron" if any(m.endswith("ergic") or m == "neuronal" for m in mods) else "cell:other"
                out.append((j, i + 1, cid))
        if low in ("events", "event") and i > 0 and lowers[i - 1] in P.EVENT_KINDS and not starts[i]:
            j = i - 1   # `serious bleeding events`, `major adverse cardiac events`: harms a trial counts
            while j > 0 and i - j < 4 and not starts[j] and (lowers[j - 1] in P.EVENT_KINDS
                                                             or lowers[j - 1] in P.EVENT_GRADES):
                j -= 1
            out.append((j, i + 1, "outcome:safety"))
        if low == "end-stage" or (low == "stage" and i > 0 and lowers[i - 1] == "end"):
            # SOD1 mice that `reached end stage later`, treatment that `delayed the end stage`: the
            # survival end point of the model (not `patients with end-stage ALS`)
            s = i if low == "end-stage" else i - 1
            k = s - 1 - (s > 0 and lowers[s - 1] == "the")
            if k >= 0 and lowers[k].startswith(("reach", "delay", "postpon")):
                out.append((s, i + 1, "outcome:survival"))
        if low in P.OF_HEADS and i + 1 < n and lowers[i + 1] == "of":
            end = _of_object_end(v, i + 2, low)
            if end > i + 2:
                out.append((i, end, P.outcome_concept(lowers[i:end])))
        if low in P.PRODUCT_HEADS and i > 0:
            j = i
            while j > 0 and i - j < 4 and not starts[j] and (
                    _outcome_modifier(v, j - 1) or lowers[j - 1] in P.PRODUCT_MODS or lowers[j - 1] in P.TNF_WORDS):
                j -= 1
            cid = P.outcome_concept(lowers[j:i + 1]) if j < i else None
            if cid is not None and (cid == "outcome:inflammation" or P.PRODUCT_MODS & set(lowers[j:i])):
                out.append((j, i + 1, cid))
        if low in P.OUTCOME_HEADS and i > 0:
            j = i
            while j > 0 and i - j < 4 and not starts[j] and _outcome_modifier(v, j - 1):
                j -= 1
                # coordinated modifiers share the head: `learning and memory functions`
                if j >= 2 and j < i and lowers[j - 1] in ("and", "or", "/") and not starts[j - 1] \
                        and _outcome_modifier(v, j - 2):
                    j -= 1
            # a short form just before the head: `serum interleukin-6 (IL-6) levels`
            if j == i and i > 3 and _short_form_at(v, i - 3) and not starts[i - 2] and _outcome_modifier(v, i - 4):
                j = i - 3
                while j > 0 and i - j < 8 and not starts[j] and (
                        _outcome_modifier(v, j - 1) or lowers[j - 1] in P.TNF_WORDS):
                    j -= 1
                j = j if j < i - 3 else i
            if j < i:
                end = i + 1
                if low in P.OF_HEADS and i + 2 < n and lowers[i + 1] == "of":   # `CSF levels of MCP-1`
                    # (`plasma levels of the chemokine MCP-1`: what was measured in the fluid, past `the`)
                    k = i + 2 + (i + 3 < n and lowers[i + 2] == "the" and lowers[j] in P.FLUID_WORDS)
                    obj_end = _of_object_end(v, k, low)
                    end = obj_end if obj_end > k else end
                out.append((j, end, P.outcome_concept(lowers[j:end])))
    return out


def _instrument_long_forms(doc: Doc, view: TokenView) -> list[tuple[int, int, str]]:
    """A long form the document abbreviates whose last word names a rating instrument is that
    instrument, whatever its words and case (`positive and negative symptoms scale (PANSS)`); the
    title-case shape without a short form is generic_candidates'."""
    low, out = view.lowers, []
    for ss, se, ls, le in abbreviation_pairs(doc):
        if se - ss == 1 and le - ls >= 2 and low[le - 1] in P.INSTRUMENT_LONG_HEADS \
                and any(ch.isupper() for ch in view.texts[ss]) and P.STATISTICAL_TEST_WORDS.isdisjoint(low[ls:le]):
            out.append((ls, le, P.outcome_concept(low[ls:le])))
    return out


_CHANGE_VERB = re.compile(r"^(?:%s)(?:%s)$" % ("|".join(P.CHANGE_STEMS + P.MEASURE_STEMS),
                                                 "|".join(sorted(P.VERB_ENDINGS, key=len, reverse=True))))
_STEM4 = frozenset(stem[:4] for stem in P.CHANGE_STEMS + P.MEASURE_STEMS)   # a cheap first filter


def _extends_with_of(low: list[str], phrase: dict[int, str], s: int, e: int) -> bool:
    """The span s..e is a measure's name from s on, then `of` and words no name covers: `CSF levels
    of IL-6` says what was measured (`regeneration of nerve tissue` adds nothing to `regeneration`)."""
    k = s
    while k < e and k in phrase:
        k += 1
    return k < e - 1 and low[k] == "of" and low[k - 1] in P.MEASURED_AMOUNTS \
        and not any(i in phrase for i in range(k, e))


@lru_cache(maxsize=65536)
def _is_change_verb(low: str) -> bool:
    """A change or measurement verb form (`improved`, `attenuates`, `assessed`); cached per word."""
    return len(low) >= 4 and _CHANGE_VERB.match(low) is not None


_PARTICIPLE = re.compile(r"^(?:%s)(?:ed|d|ied)$" % "|".join(P.CHANGE_STEMS + P.MEASURE_STEMS))


# words that say a treatment changed a characteristic (`did not alter the age at onset`, `a longer disease duration`)
CHANGED = ("extend", "prolong", "lengthen", "increas", "long", "short", "delay", "alter", "affect", "chang", "advanc",
           "postpon", "influenc", "modif")


# a glued participle that makes a cell the maker of the factor after it (`MSC-secreted GDNF`)
MADE_BY_SUFFIXES = ("-derived", "-secreted", "-released", "-produced")


def _characteristic(low: list[str], s: int, e: int) -> bool:
    """`disease duration`, `age at onset`: a characteristic of the patients, unless a treatment changed
    it (`extended survival and disease duration`, `disease duration was prolonged`, `the age at onset
    was not altered`)."""
    return " ".join(low[s:e]) in P.PATIENT_CHARACTERISTICS and not any(
        w.startswith(CHANGED) for w in low[max(0, s - 6):s]) and not _changed_after(low, e)


def _changed_after(low: list[str], e: int) -> bool:
    """`X was (not / significantly) prolonged`, `X were longer in treated mice` (not `longer than 2 years`)."""
    if e >= len(low) or low[e] not in ("was", "were", "is", "are"):
        return False
    j = e + 1
    while j < len(low) and (low[j] in ("not", "also", "further", "slightly") or low[j].endswith("ly")):
        j += 1
    return j < len(low) and (low[j].startswith(CHANGED + ("unchang", "unaffect", "unalter")) and not (
        j + 1 < len(low) and low[j + 1] == "than"))


# what a measure is taken in, when it runs straight into the next mention (`cerebrospinal fluid cytokine levels`)
WHERE_MEASURED = P.FLUID_WORDS | {"tissue", "brain", "cord", "muscle", "muscles"}


def _np_word(v: TokenView, k: int) -> bool:
    """Can token k sit inside an end point's noun phrase? (no function word, adverb, number, verb)"""
    low, text = v.lowers[k], v.texts[k]
    return (text[:1].isalnum() and not text[:1].isdigit() and low not in P.NP_STOP
            and not (low.endswith("ly") and len(low) > 4) and not _is_change_verb(low))


def _trim(v: TokenView, s: int, e: int) -> int:
    """New start of s..e without leading words that say nothing about what was measured
    (`clinical outcome`, `lost function`, `reaching scores`)."""
    low = v.lowers
    while s < e and (low[s] in P.NOT_OUTCOME_MOD or low[s] in P.NOT_MEASURE_MOD
                     or (low[s].endswith("ing") and e - s > 1 and low[s] not in P.OUTCOME_NOUN_MODS)):
        s += 1
    return s


def _measure_head(v: TokenView, s: int, e: int) -> bool:
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
    if head in P.NOT_MEASURE_HEAD:
        return e - s >= 2 and head in P.OUTCOME_HEADS   # `leukocyte levels`, `miRNA expression`
    return (head in P.OUTCOME_HEADS or bool(P.OUTCOME_WORD.match(head))
            or bool(P.MEASURE_SUFFIX.match(head)) or bool(P.MARKER_SYMBOL.match(head))
            or bool(P.SPELLED_CYTOKINE.match(head)))


def _short_form_at(v: TokenView, j: int) -> bool:
    """`( IL-6 )` at token j: a parenthesised short form of one token."""
    low = v.lowers
    return j + 3 < len(low) and low[j] == "(" and low[j + 2] == ")" and low[j + 1][:1].isalnum()


def _object_phrase(v: TokenView, i: int) -> tuple[int, int] | None:
    """The end point named by a noun phrase starting at token i (`the cystic cavity area`,
    `expression of the cognition-related proteins`), or None."""
    lowers, n = v.lowers, len(v.lowers)
    j = i
    while j < n and j - i < 5 and (j == i or not v.starts[j]) and _np_word(v, j):
        j += 1
    if j > i and _short_form_at(v, j) and _np_word(v, j + 3):
        # `interleukin-6 (IL-6) levels`: the short form defined inside the end point's name
        j += 3
        while j < n and j - i < 8 and not v.starts[j] and _np_word(v, j):
            j += 1
    i = _trim(v, i, j)
    if j == i:
        return None
    head = lowers[j - 1]
    if head in P.OF_HEADS and j + 1 < n and lowers[j] == "of":
        k = j + 1 + (lowers[j + 1] == "the")
        end = _of_object_end(v, k, head)
        if end > k:
            return i, end
    if not _measure_head(v, i, j):
        return None
    return i, j


def _stained_start(v: TokenView, m: int) -> int | None:
    """Start of a stained-marker phrase whose mark is token m: `GFAP-positive`, `NeuN+`, or
    `glial fibrillary acidic protein (GFAP) positive` (the name, its short form, the mark)."""
    lowers, texts = v.lowers, v.texts
    if lowers[m] not in ("positive", "immunoreactive"):
        return m if texts[m][:1].isalnum() else None
    k = m
    if k >= 3 and texts[k - 1] == ")" and texts[k - 3] == "(":
        k -= 3
    elif k >= 1 and _is_marker(texts[k - 1]):
        return k - 1
    else:
        return None
    s = k
    while s > 0 and k - s < 5 and not v.starts[s] and _np_word(v, s - 1) and texts[s - 1][:1].islower():
        s -= 1
    return _trim(v, s, m) if s < m else None


def _given_before(low: list[str], s: int, window: int = 10) -> bool:
    """A verb of giving cells stands shortly before the `into` at s, and no verb of where cells went comes
    after it (`implanting fibroblasts modified to express NGF into the forebrain`; not `transplanted cells
    migrated into the lesion site`)."""
    for j in range(s - 1, max(-1, s - window - 1), -1):
        if low[j] in P.LOCATED_VERBS or low[j].startswith(P.WHEREABOUTS_STEMS):
            return False
        if low[j].startswith(P.GIVING_STEMS):
            return True
    # `transplantation of allogeneic adult human bone marrow-derived MSCs into the subventricular zone`: a
    # giving noun whose `of` names what was given, however long its name, with no clause between
    for j in range(s - 2, max(0, s - 16), -1):
        if low[j] in (",", ";", ".", "and", "or", "which", "that", "were", "was") or low[j] in P.LOCATED_VERBS:
            return False
        if low[j] == "of" and low[j - 1].startswith(P.GIVING_STEMS) and low[j - 1].endswith(("ion", "ions")):
            return True
    return False


def _bare_onsets(low: list[str]) -> list[int]:
    """`Onset was (significantly) delayed`: a bare onset is the end point when the passive says what
    became of it."""
    out: list[int] = []
    if "onset" not in low:    # the common case, at C speed
        return out
    for i, w in enumerate(low):
        if w != "onset":
            continue
        if i + 2 < len(low) and low[i + 1] in ("was", "were"):
            j = i + 2
            while j < len(low) and (low[j].endswith("ly") or low[j] == "not"):
                j += 1
            if j < len(low) and low[j] in P.ONSET_CHANGES:
                out.append(i)
                continue
        # what a treatment did to it: `delayed (the) onset`, `no effect on onset`, `onset nor survival`
        k = i - 1 - (i > 1 and low[i - 1] in ("the", "als", "mnd", "symptom", "disease", "clinical"))
        k -= k > 0 and low[k] == "the" and low[i - 1] != "the"   # `delayed (the) ALS onset`
        if k >= 0 and (low[k] in P.ONSET_VERBS or low[k] == "on" and k > 0 and low[k - 1] in P.ONSET_TOPICS) \
                or i + 2 < len(low) and low[i + 1] in ("and", "or", "nor") and low[i + 2] in P.ONSET_PARTNERS \
                or i > 1 and low[i - 1] in ("and", "or", "nor") and low[i - 2] in P.ONSET_PARTNERS:
            out.append(i)
    return out


# states an end point is said to be in against the control: `Serum TNF-α and IL-1β were lower`
_COMPARED_STATES = frozenset({"lower", "higher"})


def context_outcomes(v: TokenView) -> list[tuple[int, int, str]]:
    """End points licensed by their context: the object(s) of a change or measurement verb
    (`reduced leukocyte infiltration and glial scar formation`) and the subject of a passive one
    (`neutralizing antibodies were detected`)."""
    lowers, n = v.lowers, len(v.lowers)
    out = []
    verb, heads, stem4 = _is_change_verb, P.POSITIVE_HEADS, _STEM4
    for i in [i for i, low in enumerate(lowers) if low in heads or (low[:4] in stem4 and verb(low))
              or low in _COMPARED_STATES]:
        low = lowers[i]
        if low in P.POSITIVE_HEADS and i > 0 and P.POSITIVE_MARK.match(lowers[i - 1]) and not v.starts[i] \
                and not P.TRACER_MARK.match(lowers[i - 1]):
            s = _stained_start(v, i - 1)
            if s is not None:
                out.append((s, i + 1, P.outcome_concept(lowers[s:i + 1])))
        if not _is_change_verb(low) and low not in _COMPARED_STATES:
            continue
        # objects: skip determiners and adverbs, then one or more coordinated noun phrases
        # (a compared state only has a subject: `a higher proportion of patients` names no end point)
        j = i + 1 if low not in _COMPARED_STATES else n
        while j < n and j - i <= 3 and lowers[j] in P.OBJECT_FILLERS and not v.starts[j]:
            j += 1
        for _ in range(3):
            if j >= n or v.starts[j]:
                break
            span = _object_phrase(v, j)
            if span is None:
                break
            out.append((span[0], span[1], P.outcome_concept(lowers[span[0]:span[1]])))
            j = span[1]
            if j < n and lowers[j] == ",":
                j += 1
            if j < n and lowers[j] in ("and", "or"):
                j += 1
            elif j < n and lowers[j - 1] != ",":
                break
            j += (j < n and lowers[j] == "the")
        # a marker in a body fluid, subject of an intransitive change: `CSF IL-6 decreased`, `Serum IL-10
        # increased and IL-17 decreased`
        if _PARTICIPLE.match(low) and i > 1 and P.MARKER_SYMBOL.match(lowers[i - 1]) and not v.starts[i] and (
                lowers[i - 2] in P.FLUID_WORDS or lowers[i - 2] in ("and", ",", "whereas", "while")
                and not P.FLUID_WORDS.isdisjoint(lowers[max(0, i - 12):i - 2])):
            named = P.outcome_concept(lowers[i - 1:i])
            # (`CSF MCP-1 fell`: a marker of no named kind, measured in a fluid, is SPEC's biomarker)
            out.append((i - 2 if lowers[i - 2] in P.FLUID_WORDS else i - 1, i,
                        "outcome:biomarker" if named == "outcome:other" else named))
        # subject of a passive, or of a compared state: `X was/were (significantly) reduced`, `X were lower`
        if (_PARTICIPLE.match(low) or low in _COMPARED_STATES) and not v.starts[i]:
            a = i - 1
            while a > 0 and (lowers[a].endswith("ly") or lowers[a] in ("not", "also", "both", "further")) \
                    and not v.starts[a]:
                a -= 1
            if a > 0 and lowers[a] in P.PASSIVE_AUX and not v.starts[a]:
                k = a
                while k > 0 and a - k < 5 and _np_word(v, k - 1):
                    k -= 1
                    if v.starts[k]:
                        break
                if k > 3 and _short_form_at(v, k - 3) and not v.starts[k - 2]:
                    # `tumor necrosis factor-α (TNF-α) levels were reduced`: a short form inside the name
                    k2 = k - 3
                    while k2 > 0 and k - k2 < 9 and _np_word(v, k2 - 1) and not v.starts[k2]:
                        k2 -= 1
                    k = k2 if k2 < k - 3 else k
                k = _trim(v, k, a)
                if k < a and _measure_head(v, k, a):
                    out.append((k, a, P.outcome_concept(lowers[k:a])))
                else:
                    # `GFAP immunoreactivity in the ventral horn was reduced`: the subject before a place
                    p = k - 1 - (k > 1 and lowers[k - 1] in ("the", "a"))
                    if 0 < p < k and lowers[p] in ("in", "within") and not v.starts[p]:
                        k2 = p
                        while k2 > 0 and p - k2 < 4 and _np_word(v, k2 - 1):
                            k2 -= 1
                            if v.starts[k2]:
                                break
                        k2 = _trim(v, k2, p)
                        if k2 < p and _measure_head(v, k2, p):
                            out.append((k2, p, P.outcome_concept(lowers[k2:p])))
    # a change said by a noun: `a decrease in leukocyte infiltration`, `an increase in IL-10` (the
    # list that follows is _coordinated's)
    for i in range(n - 2):
        if lowers[i] in CHANGE_NOUNS and lowers[i + 1] == "in" and not v.starts[i + 1]:
            j = i + 2 + (lowers[i + 2] == "the")
            span = _object_phrase(v, j) if j < n and not v.starts[j] else None
            if span is not None and (span[1] - span[0] >= 2 or P.MARKER_SYMBOL.match(lowers[span[0]])
                                     or P.SPELLED_CYTOKINE.match(lowers[span[0]])):
                # (one word only for a marker: not `an increase in tropism`, `in the concentration of two`)
                out.append((span[0], span[1], P.outcome_concept(lowers[span[0]:span[1]])))
    return out


# nouns that say something changed, before `in` and what changed
CHANGE_NOUNS = frozenset({"decrease", "decreases", "increase", "increases", "reduction", "reductions", "decline",
                          "elevation", "elevations", "rise", "fall", "drop"})


def _measured_name(low: list[str], cands: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    """The concept of the end point named after `<fluid> levels of` in s..e (`CSF levels of NfL`), when
    the words after `of` are that one vocabulary name; else None. (`CSF levels` alone is a name too: the
    whole is one mention, not a second end point beside the marker.)"""
    k = next((j for j in range(s + 1, e - 1) if low[j] == "of"), None)
    if k is None or low[k - 1] not in P.MEASURED_AMOUNTS:
        return None
    return next((cid for cs, ce, cid in cands if cs == k + 1 and ce == e and cid.startswith("outcome:")), None)


# molecules named for the cells they act on (`macrophage migration inhibitory factor`): no cell mention
MOLECULE_HEADS = frozenset({"factor", "receptor", "receptors", "molecule", "molecules", "antigen"})
MOLECULE_MODIFIERS = frozenset({"adhesion", "migration", "colony-stimulating", "colony", "growth", "activating",
                                "chemotactic", "chemoattractant"})
# heads of tissue damage: a disorder in a background, an end point where a treatment changed it
DAMAGE_HEADS = frozenset({"damage", "injury", "injuries", "atrophy", "degeneration"})
# tissues whose `defects` are gaps that a graft or scaffold fills, not deficits a treatment changes
TISSUE_GAPS = frozenset({"tissue", "tissues", "nerve", "nerves", "bone", "cartilage", "osteochondral", "segmental"})
# what follows `safety` in the name of a body that watches over trials or approves products
SAFETY_BODIES = frozenset({"board", "committee", "authority", "agency", "administration", "council",
                           "commission", "office"})
# care that patients are given (ventilation, feeding tubes), and words that say a sentence is about giving it
CARE_NAMES = frozenset({"ventilation", "niv", "gastrostomy", "peg"})
CARE_WORDS = frozenset({"supportive", "symptomatic", "palliative", "management", "managements", "mainstay",
                        "maintaining", "maintain", "nutritional", "offered"})
# muscle words that do not also name nerve fibres (`serotonergic fibers`): where innervation is the motor unit's
MUSCLE_NOT_NERVE = P.MUSCLE_WORDS - {"fibers", "fibres"}


def _changed(v: TokenView, s: int, e: int) -> bool:
    """The phrase s..e is the object of a change verb (`reduced (the) X`) or the subject of a passive one
    (`X was (significantly) reduced`)."""
    low = v.lowers
    k = s - 1 - (s > 1 and low[s - 1] in ("the", "a", "an"))
    if k >= 0 and not v.starts[s] and _PARTICIPLE.match(low[k]) and low[k] not in ("induced", "caused", "associated"):
        return True
    j = e
    if j + 1 < len(low) and low[j] in ("was", "were"):
        j += 1
        while j < len(low) and (low[j].endswith("ly") or low[j] == "not"):
            j += 1
        return j < len(low) and _PARTICIPLE.match(low[j]) is not None
    return False


# class names whose members may follow: `pro-inflammatory cytokines TNF-α and IL-1β`
CLASS_HEADS = frozenset({"cytokines", "chemokines", "markers", "mediators", "factors"})
# verbs of change without an -ed (`pNfH and MCP-1 fell`): the predicate, never a list member's word
IRREGULAR_CHANGES = frozenset({"fell", "rose", "grew", "fall", "falls", "rise", "rises", "risen", "fallen"})


def i_in_tail(s: int, e: int, phrase: dict[int, str]) -> bool:
    """The vocabulary name sits at the end of the span (`... cholinergic neurons`), not at its start."""
    return (e - 1) in phrase and s not in phrase


class EntityRules:
    def __init__(self, nlp: Language, name: str = "litmine_ruler", vocabulary: str = "") -> None:
        self.name = name
        self.nlp = nlp
        self.vocabulary_path = vocabulary
        self._build(vocabulary_mod.load(vocabulary or None))

    # --- construction -------------------------------------------------------------------------
    def _build(self, vocab: Vocabulary) -> None:
        self.vocab_concepts = vocab
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        groups: dict[tuple[str, bool], set[str]] = {}
        self._cell_names: dict[str, str] = {}   # multi-word cell names (_bridged_names)
        self._name_memo: dict[str, str | None] = {}   # _name_concept, by name
        for text, cid, cs in P.phrase_entries(vocab):
            groups.setdefault((cid, cs), set()).add(text)
        make_doc = self.nlp.make_doc
        for (cid, cs), texts in groups.items():
            docs = [make_doc(t) for t in sorted(texts)]
            (self.orth if cs else self.lower).add(cid, docs)
            if self._label(cid) == "CELL_TYPE":   # by lower-cased tokens, for names a short form splits
                self._cell_names.update({" ".join(t.lower_ for t in d): cid for d in docs if " " in d.text})
        self.matcher = Matcher(self.nlp.vocab)
        # the site patterns that may start with `in`/`to` go to a Matcher of their own, run only where a
        # giving word stands before such a preposition (`in the` is in nearly every abstract)
        self.site_matcher = Matcher(self.nlp.vocab)
        for key, pattern in P.token_patterns():
            first = pattern[0].get("LOWER")
            loose = isinstance(first, dict) and set(first.get("IN", ())) & set(P.SITE_ONLY_AFTER_GIVING)
            if loose:
                strict = sorted(set(first["IN"]) - set(P.SITE_ONLY_AFTER_GIVING))
                self.matcher.add(key, [[{"LOWER": {"IN": strict}}] + pattern[1:]])
                self.site_matcher.add(key, [[{"LOWER": {"IN": sorted(loose)}}] + pattern[1:]])
            else:
                self.matcher.add(key, [pattern])
        self.matcher.add("outcome:other", [[{"LOWER": "survival"}, {"LOWER": "of"},
                                            {"LOWER": {"IN": sorted(P.GRAFT_WORDS)}, "OP": "+"},
                                            {"LOWER": {"IN": ["cells", "cell", "grafts", "graft", "transplants"]}}]])
        self._msc_prefixes = {vocabulary_mod.normalize_alias(a): c.concept_id
                              for cid in P.MSC_FAMILY for c in [vocab[cid]] for a in c.names()
                              if " " not in a}
        self._factor_names = {vocabulary_mod.normalize_alias(a): c.concept_id
                              for c in vocab.of_label("NEUROTROPHIC_FACTOR") if not c.is_other
                              for a in c.names() if " " not in a and len(a) >= 3}
        # spelled-out names, for a name whose last word carries a glued participle (`... factor-secreting`)
        self._factor_long = {vocabulary_mod.normalize_alias(a): c.concept_id
                             for c in vocab.of_label("NEUROTROPHIC_FACTOR") if not c.is_other
                             for a in c.names() if " " in a}
        # ambiguous short forms by concept (`PD`, `MS`): counted where the document names the long form
        self._context = {c.concept_id: c.context_aliases for c in vocab if c.context_aliases}
        # (not `SC`: `SC transplantation` is as often stem cells or spinal cord)
        self._route_short = {a: c.concept_id for c in vocab.of_label("ROUTE") for a in c.context_aliases if a != "SC"}
        # cell short forms that end a glued compound: `OM-MSCs`, `hiPSC-NSCs`, `BDNF-hMSCs`
        self._cell_suffix = {a: c.concept_id for c in vocab.of_label("CELL_TYPE") if not c.is_other
                             for a in c.names() if " " not in a and "-" not in a and 3 <= len(a) <= 8
                             and any(ch.isupper() for ch in a)}
        # one-token cell short forms, hyphens allowed (`BM-MSCs`): read under a rat or mouse prefix
        self._cell_tokens = {a: c.concept_id for c in vocab.of_label("CELL_TYPE") if not c.is_other
                             for a in c.names() if " " not in a and any(ch.isupper() for ch in a)}
        # one-word cell names in any case (`astrocyte`, `Microglia`, `fibroblast`): whose `-derived` vesicles
        self._cell_words = {a.lower(): c.concept_id for c in vocab.of_label("CELL_TYPE")
                            for a in c.names() if " " not in a and not a.lower().startswith("stem")}
        # one-word names that may be glued into a bigger token (`AAV-GDNF`, `ALS/Riluzole`, `MSC-treated`)
        self._glued: dict[str, str] = {}
        for c in vocab:
            if c.is_other or c.label not in ("NEUROTROPHIC_FACTOR", "DISEASE"):
                continue
            for a in c.names():
                if " " not in a and len(a) >= 3:
                    self._glued[a if P.case_sensitive(a, c) else a.lower()] = c.concept_id

    # --- matching -----------------------------------------------------------------------------
    def _glued_concept(self, text: str) -> str | None:
        """The concept of a name glued into a compound token, tried at every `-`/`/` cut."""
        cuts = [i for i, ch in enumerate(text) if ch in "-/"]
        for part in sorted({text[:i] for i in cuts} | {text[i + 1:] for i in cuts}, key=len, reverse=True):
            cid = self._glued.get(part) or self._glued.get(part.lower())
            if cid and (part in self._glued or part.lower() == part or not part.isupper()):
                return cid
        return None

    def _candidates(self, doc: Doc, view: TokenView) -> list[tuple[int, int, str]]:
        strings = self.nlp.vocab.strings
        # (an alias that opens with a short form matches case-blind: `hAD MSCs`, `AT MSCs` are no `had MSCs`,
        # `at MSC passage 3`; no alias opens with a lower-case function word)
        cands = [(s, e, strings[k]) for k, s, e in self.lower(doc) if view.texts[s] not in P.FUNCTION_WORDS]
        cands += [(s, e, strings[k]) for k, s, e in self.orth(doc)]
        # a generic rule never overrides a vocabulary name, except an end point around a cell name
        # (`number of tyrosine hydroxylase neurons`), after a disease name (`stroke recovery`) or
        # with a cell name as its modifier (`leukocyte infiltration`, `astrocyte activation`): the
        # name stays a nested mention
        phrase = {i: self._label(cid) for s, e, cid in cands for i in range(s, e)}
        low = view.lowers
        if any(w in P.TOKEN_PATTERN_FIRST and nxt in P.TOKEN_PATTERN_SECOND for w, nxt in zip(low, low[1:])):
            cands += [(s, e, strings[k]) for k, s, e in self.matcher(doc)]   # only where a pattern can start
        if any(low[i + 1] in P.TOKEN_PATTERN_SECOND and any(w.startswith(P.GIVING_STEMS) for w in low[max(0, i - 3):i])
               for i in [i for i, w in enumerate(low[:-1]) if w == "in" or w == "to"]):
            cands += [(s, e, strings[k]) for k, s, e in self.site_matcher(doc)]
        cands += [(i, i + 1, "outcome:disease_onset") for i in _bare_onsets(low)]
        for s, e, key in generic_candidates(doc, view) + context_outcomes(view) + _instrument_long_forms(doc, view):
            hit = [phrase[i] for i in range(s, e) if i in phrase]
            if not hit or (key.startswith("outcome:") and e - s > 2 and set(hit) == {"CELL_TYPE"} and i_in_tail(s, e, phrase)) \
                    or (key.startswith("outcome:") and set(hit) == {"DISEASE"} and (e - 1) not in phrase) \
                    or (key.startswith("outcome:") and set(hit) == {"CELL_TYPE"} and (e - 1) not in phrase
                        and s in phrase and view.lowers[e - 1] in P.OUTCOME_HEADS) \
                    or (key.startswith("disease:") and set(hit) == {"ROUTE"}) \
                    or (key.startswith("outcome:") and set(hit) == {"OUTCOME"} and s in phrase
                        and _extends_with_of(low, phrase, s, e)):   # `CSF levels` + ` of IL-6`
                cands.append((s, e, key))
            elif key.startswith("outcome:") and set(hit) == {"OUTCOME"} \
                    and (named := _measured_name(low, cands, s, e)) is not None:
                cands.append((s, e, named))   # `CSF levels of NfL`: the amount measured of a named marker
            elif key.startswith("outcome:") and e - s > 2 and low[s] in P.COUNT_HEADS and low[s + 1] == "of":
                # a count of a named end point is that end point: `number of` + `reactive astrocytes`
                named = [cid for cs, ce, cid in cands if ce == e and cs > s and self._label(cid) == "OUTCOME"]
                if named:
                    cands.append((s, e, key if key != "outcome:other" else named[0]))
        cands += self._bridged_names(view, cands)
        covered = {i for s, e, _ in cands for i in range(s, e)}
        for i, w in enumerate(low):
            if w in ("lived", "survived") and i not in covered and "longer" in low[i + 1:i + 5] and (
                    # `mice treated with MSCs lived longer`: animals or patients are the subject
                    not P.RECIPIENTS.isdisjoint(low[max(0, i - 8):i]) and "." not in low[max(0, i - 8):i]
                    or (i - 1) not in covered and not any(
                        t.endswith(("cells", "cell")) or t in ("grafts", "graft", "transplants") for t in low[max(0, i - 3):i])):
                cands.append((i, i + 1, "outcome:survival"))   # `treated mice lived longer`: survival said by its verb
                continue
            if w not in ("death", "deaths") or i in covered:
                continue
            # `a lower hazard ratio for death`, `the risk of death`: the patients' (or animals') survival
            if i > 1 and (low[i - 2], low[i - 1]) in P.DEATH_AS_END_POINT:
                cands.append((i, i + 1, "outcome:survival"))
            elif i > 3 and low[i - 1] in ("or", "and") and any(
                    (low[k], low[k + 1]) in P.DEATH_AS_END_POINT for k in range(max(0, i - 5), i - 2)) \
                    and not {".", ";"} & set(low[max(0, i - 5):i]):
                # `time to tracheostomy or death`: the last member of a composite survival end point
                cands.append((i, i + 1, "outcome:survival"))
            elif i > 0 and (low[i - 1] in ("no", "without") or low[i - 1].endswith("-related")) or any(
                    t in P.ATTRIBUTION or t in P.SAFETY_SENTENCE for t in self._sentence_words(doc, i)):
                cands.append((i, i + 1, "outcome:safety"))   # deaths reported as a safety finding
        for i, text in enumerate(view.texts):
            made = i not in covered and low[i].endswith(MADE_BY_SUFFIXES) and next(
                sfx for sfx in MADE_BY_SUFFIXES if low[i].endswith(sfx))
            if made and low[i][:-len(made)] in self._msc_prefixes and \
                    i + 1 < len(low) and self._factor_names.get(vocabulary_mod.normalize_alias(view.texts[i + 1])):
                # `MSC-derived GDNF`, `MSC-secreted BDNF`: the cells
                cands.append((i, i + 1, self._msc_prefixes[low[i][:-len(made)]]))
                continue
            if i not in covered and text[:1] in "rmh" and len(text) > 3 and text[1:2].isupper():
                # `rMSCs`, `mNSCs`, `hNPCs`, `rBM-MSCs`: a rat, mouse or human prefix on a cell's short form
                bare = text[1:]
                cid = self._cell_tokens.get(bare) or self._cell_tokens.get("h" + bare)
                if cid:
                    cands.append((i, i + 1, cid))
                    continue
            if i not in covered and ("-" in text or "/" in text) and len(text) > 3:
                head, _, last = text.rpartition("-")
                if head and last.lower() in P.EV_SUFFIXES and self._msc_head(head):
                    cands.append((i, i + 1, "cell:msc_ev"))   # `hUC-MSC-Exos`, `ADSC-Exos`, `BMSC-CM`
                    continue
                # `GDNF-AD-MSCs`, `HGF-UC-MSCs`, `BDNF-hUC-MSCs`: a hyphenated cell short form that ends
                # the compound names the source, not just its last part
                whole = next((cid for k in range(len(head)) if head[k] == "-"
                              for tail in (text[k + 1:],) if "-" in tail
                              for cid in (self._cell_tokens.get(tail) or (self._cell_tokens.get(tail[1:])
                                                                         if tail[:1] in "hrm" else None),) if cid), None)
                if head and last in self._cell_suffix and whole and whole != self._cell_suffix[last] \
                        and self._cell_suffix[last] == "cell:msc":
                    cands.append((i, i + 1, whole))
                    continue
                if head and last in self._cell_suffix:
                    cid = self._cell_suffix[last]
                    if cid == "cell:bm_mnc" and "cb" in head.lower().rpartition("-")[2]:
                        cid = "cell:other"   # `CB-MNCs`, `hUCB-MNCs`: cord blood's, not marrow's
                    cands.append((i, i + 1, cid))
                    continue
                first, _, rest = text.partition("-")
                cell = self._cell_suffix.get(first) or (self._cell_suffix.get(first[1:]) if first[:1] in "hrm" else None)
                if cell and (self._factor_names.get(vocabulary_mod.normalize_alias(rest)) or P.GENE_SYMBOL.match(rest)):
                    cands.append((i, i + 1, cell))   # `MSC-GDNF`, `hNPC-GDNF`, `MSCs-Ngn1`: cells named for a transgene
                    continue
                first = text.partition("/")[0]
                if first != text and first in self._cell_suffix:   # `NSCs/NPCs`, `MSCs/GDNF`: the cells first
                    cands.append((i, i + 1, self._cell_suffix[first]))
                    continue
                cid = self._glued_concept(text)
                if cid:
                    cands.append((i, i + 1, cid))
        return cands

    def _bridged_names(self, view: TokenView, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`umbilical cord (UC) mesenchymal stem cells`, `cord blood (hUCB) mononuclear cells`: a cell
        name that its source's short form splits is the whole name, with the source's concept (only
        where the source changes the concept: `dopaminergic (DA) neurons` stay `neurons`)."""
        low = view.lowers
        out = []
        for s, e, cid in cands:
            if s < 4 or low[s - 1] != ")" or self._label(cid) != "CELL_TYPE":
                continue
            op = next((k for k in range(s - 2, max(0, s - 5), -1) if low[k] == "("), None)
            if not op:
                continue
            tail = " ".join(low[s:e])
            for k in range(max(0, op - 6), op):
                whole = self._cell_names.get(" ".join(low[k:op]) + " " + tail)
                if whole and whole != cid and not any(view.starts[k + 1:op]):
                    out.append((k, e, whole))
                    break
        return out

    def _label(self, cid: str) -> str:
        return self.vocab_concepts.label_of(cid)

    def _resolve(self, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Longest first; among equals the label priority; then non-overlapping greedy."""
        # ties on one span: a named concept over `*:other`, then by id (a set's order varies by process)
        cands = sorted(set(cands), key=lambda c: (-(c[1] - c[0]), P.LABEL_PRIORITY[self._label(c[2])], c[0],
                                                  c[2].endswith(":other"), c[2]))
        taken: set[int] = set()
        out = []
        for s, e, cid in cands:
            if any(i in taken for i in range(s, e)):
                continue
            taken.update(range(s, e))
            out.append((s, e, cid))
        return sorted(out)

    @staticmethod
    def _sentence_words(doc: Doc, i: int) -> list[str]:
        """The lower-cased words of token i's sentence (the whole doc without sentence boundaries)."""
        sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        return [t.lower_ for t in sent]

    def _msc_head(self, head: str) -> bool:
        """Whether a glued head (`hUC-MSC`, `ADSC`, `NI-MSCs`) names mesenchymal cells."""
        part = head.rpartition("-")[2]
        for name in (part, part[1:] if part[:1] in "hrm" else None, head):
            if name and (self._cell_suffix.get(name) in P.MSC_FAMILY or self._cell_suffix.get(name.rstrip("s")) in P.MSC_FAMILY):
                return True
        return False

    def _ev_head(self, view: TokenView, i: int) -> int:
        """End of an MSC-product head (`-derived exosomes`, `conditioned medium`) starting at token i, or -1."""
        low = view.lowers
        best = -1
        for head in P.EV_HEADS:
            j = i + len(head)
            if j <= len(low) and all(low[i + k] == w for k, w in enumerate(head)):
                best = max(best, j)
        return best

    def _source_after(self, view: TokenView, e: int, cid: str) -> tuple[int, str]:
        """`MSCs derived from human bone marrow`, `MSCs isolated from adipose tissue`: the tissue
        source named after the cells belongs to the mention (SPEC: the name with its source) and
        makes a bare `cell:msc` specific. Returns the new end and concept (unchanged when none)."""
        low, n = view.lowers, len(view.lowers)
        j, end_stays = e, False
        # `MSCs (MSCs) derived from ...`, `MSCs were isolated from ...`, `MSCs, isolated from ...`: the
        # source still names the cells, but the words between are no part of the mention
        if j < n and low[j] == "(" and ")" in low[j + 1:j + 5]:
            j, end_stays = low.index(")", j + 1) + 1, True
        elif j + 1 < n and low[j] in (",", "were", "was") and low[j + 1] in P.SOURCE_LINKERS - {"from"}:
            j, end_stays = j + 1, True
        origin = not end_stays and j + 2 < n and low[j] == "of"   # `MSCs of bone marrow origin`
        if j < n and low[j] in P.SOURCE_LINKERS:
            j += 1 if low[j] == "from" else 2
            if j > n or low[j - 1] != "from":
                return e, cid
        elif origin:
            j += 1
        else:
            return e, cid
        while j < n and low[j] in P.SOURCE_FILLERS:
            j += 1
        for words, source in P.SOURCE_WORDS:
            k = j + len(words)
            if k <= n and tuple(low[j:k]) == words and not any(view.starts[j:k]):
                if origin:
                    if k >= n or low[k] not in ("origin", "origins"):
                        return e, cid
                    k += 1
                if self._another_source_after(low, k):
                    return e, cid   # `MSCs derived from bone marrow, adipose tissue or cord`: MSCs in general
                end = e if end_stays else k
                if cid == "cell:bm_mnc" and end_stays:
                    return e, cid
                if cid == "cell:bm_mnc":   # `mononuclear cells from umbilical cord blood`: not marrow's
                    if source == "cell:uc_msc":
                        return end, "cell:other"
                    return (end, cid) if source == "cell:bm_msc" else (e, cid)
                return end, (source if cid == "cell:msc" else cid)
        return e, cid

    @staticmethod
    def _another_source_after(low: list[str], k: int) -> bool:
        """A second tissue source listed right after the one ending at k."""
        if k >= len(low) or low[k] not in (",", "or", "and", "/"):
            return False
        j = k + 1 + (k + 1 < len(low) and low[k + 1] in ("or", "and"))
        while j < len(low) and low[j] in P.SOURCE_FILLERS:
            j += 1
        return any(tuple(low[j:j + len(words)]) == words for words, _ in P.SOURCE_WORDS)

    @staticmethod
    def _source_before_abbreviation(view: TokenView, s: int, cid: str) -> tuple[int, str]:
        """`Bone marrow (BM)-derived MSCs`, `Wharton's jelly (WJ)-MSCs`: the source's short form glued
        to the cells hides the source before it; the mention starts at the source, whose concept it
        takes. Returns the new start and concept (unchanged when none)."""
        low = view.lowers
        glued = s
        if s > 0 and low[s - 1].startswith("(") and low[s - 1].endswith(")-derived") and not view.starts[s]:
            glued = s - 1    # `(BM)-derived` is a token before `MSCs`
        if not (low[glued].startswith("(") and ")-" in low[glued]) or view.starts[glued]:
            return s, cid
        for words, source in P.SOURCE_WORDS:
            k = glued - len(words)
            if k >= 0 and tuple(low[k:glued]) == words and not any(view.starts[k + 1:glued + 1]):
                while k > 0 and low[k - 1] in P.SOURCE_FILLERS and not view.starts[k]:
                    k -= 1
                return k, (source if cid == "cell:msc" else cid)
        return s, cid

    def _compose(self, doc: Doc, spans: list[tuple[int, int, str]], view: TokenView) -> tuple[list[tuple[int, int, str]], list, list]:
        """(mentions, names glued inside them, outcome spans dropped as disease definitions)."""
        low = view.lowers
        nested: list[tuple[int, int, str]] = []
        out: list[tuple[int, int, str]] = []
        cell_end = {e: s for s, e, cid in spans if self._label(cid) == "CELL_TYPE" and cid != "cell:motor_neuron"}
        for s, e, cid in spans:
            if cid == "outcome:survival" and s in cell_end and low[s] not in ("lived", "survived"):
                s, cid = cell_end[s], "outcome:other"   # `MSC survival`, `oligodendrocyte survival`: of cells, not of animals
            if cid in P.MSC_FAMILY:
                end = self._ev_head(view, e)
                if end < 0 and e + 3 < len(low) and low[e] == "(" and low[e + 2] == ")":
                    end = self._ev_head(view, e + 3)   # `adipose-derived stem cell (ASC) exosomes`
                if end < 0 and e < len(low) and low[e].startswith("(") and low[e].endswith(")-derived"):
                    end = self._ev_head(view, e + 1)   # `placental MSC (hpMSC)-derived exosomes`: one token
                if end > 0:
                    s, e, cid = s, end, "cell:msc_ev"
                else:
                    e, cid = self._source_after(view, e, cid)
                    s, cid = self._source_before_abbreviation(view, s, cid)
            elif cid == "cell:bm_mnc":
                e, cid = self._source_after(view, e, cid)
            elif cid == "cell:motor_neuron":
                if e < len(doc) and low[e] in P.MN_NOUNS_AFTER:
                    s, e, cid = s, e + 1, "outcome:motor_neuron_survival"
                elif _short_form_at(view, e) and low[e + 3] in P.MN_NOUNS_AFTER | {"survival"}:
                    s, e, cid = s, e + 4, "outcome:motor_neuron_survival"   # `motor neuron (MN) loss`
                else:
                    k = s - 1
                    while k > 0 and (low[k] in P.SPINAL_LEVELS | P.MN_GENOTYPE | P.MN_POOLS | {"the", "spinal", "large", "primary",
                                                                                 "cultured"}
                                     or low[k] == "and" and low[k - 1] in P.MN_POOLS   # `upper and lower motor neurons`
                                     or self._stain(low, k, s)
                                     or self._mn_amount(low[k])):
                        k -= 1
                    if k >= 1 and low[k] == "of" and low[k - 1] in P.MN_NOUNS_BEFORE:
                        s, e, cid = k - 1, e, "outcome:motor_neuron_survival"
                    elif k >= 0 and low[k] in P.MN_NOUNS_BEFORE:
                        s, e, cid = k, e, "outcome:motor_neuron_survival"
                    elif (end := self._mn_passive(low, e)) > e:
                        e, cid = end, "outcome:motor_neuron_survival"   # `motor neurons were preserved`
            elif cid in P.GLIOSIS_CELLS and s > 0:
                # the marker is one token (`Iba1-positive`, `GFAP+`) or split from its `+`
                k = s - 2 if low[s - 1] == "+" and s > 1 else s - 1
                mark = low[k] + ("+" if k == s - 2 else "")
                if P.GLIOSIS_MARK.match(mark) and (k < 1 or low[k - 1] not in ("into", "to", "toward", "towards")):
                    s, cid = k, "outcome:inflammation"
            if self._label(cid) == "CELL_TYPE":
                # `survival of (the grafted) X cells`: a graft outcome, not a cell mention
                k = s - 1
                while k > 0 and low[k] in P.GRAFT_WORDS:
                    k -= 1
                if (cid != "cell:motor_neuron" and k >= 1 and low[k] == "of"
                        and low[k - 1] == "survival" and not self._names_recipients(low, e)):
                    out.append((k - 1, e, "outcome:other"))
                    continue
                # SPEC's own example keeps `human` with a tissue source: `human umbilical cord-derived MSCs`
                if s > 0 and low[s - 1] == "human" and (
                        cid in P.MSC_FAMILY and cid != "cell:msc"
                        or cid in ("cell:other", "cell:bm_mnc") and "mononuclear" in low[s:e] and any(
                            tuple(low[s:s + len(words)]) == words for words, _ in P.SOURCE_WORDS)):
                    s -= 1   # also blood's and marrow's mononuclear cells: `human umbilical cord blood mononuclear cells`
                # glued or separate modifiers: `GDNF-secreting MSCs`, `neurally induced MSCs`,
                # `LPS-treated MSCs` (three tokens: the tokenizer splits `-treated` off for `MSC-treated mice`)
                while s > 0:
                    # `GDNF-secreting human neural progenitor cells`: the species between stays in the name
                    m = s - 1 - (s > 1 and low[s - 1] in P.ORIGIN_WORDS and bool(P.CELL_MODIFIER.match(view.texts[s - 2])))
                    if P.CELL_MODIFIER.match(view.texts[m]) or (low[s - 1] in P.CELL_PREMODIFIERS
                                                               and cid in P.MSC_FAMILY):
                        glued = P.CELL_MODIFIER.match(view.texts[m])
                        first = m
                        head = glued.group(1) if glued else view.texts[m]
                    elif self._split_modifier(doc, s, cell_end):
                        first, glued = s - 3, None
                        head = view.texts[first]
                    else:
                        break
                    last = first
                    fid = self._factor_names.get(vocabulary_mod.normalize_alias(head))
                    if not fid and glued:
                        # the factor spelled out before the glued participle: `glial cell line-derived
                        # neurotrophic factor-overexpressing NSCs` (the name's last word is glued)
                        for n in range(min(6, first), 0, -1):
                            fid = self._factor_long.get(vocabulary_mod.normalize_alias(
                                " ".join(view.texts[first - n:first] + [head])))
                            if fid:
                                first -= n
                                break
                    if fid:
                        nested.append((first, last + 1, fid))
                    s = first
            out.append((s, e, cid))
        # `MSC-derived exosomes` written as one token + head; `exosomes from MSCs`
        for i, word in enumerate(low):
            if word.endswith("-derived") and word[:-8] in self._msc_prefixes:
                end = self._ev_head(view, i + 1)
                if end > 0:
                    out.append((i, end, "cell:msc_ev"))
            elif word.endswith("-conditioned") and i + 1 < len(low) and low[i + 1] in ("medium", "media") and (
                    word[:-12] in self._msc_prefixes or self._msc_head(view.texts[i][:-12])):
                out.append((i, i + 2, "cell:msc_ev"))   # `BMSC-conditioned medium`, `hUC-MSC-conditioned media`
        extra = []
        for s, e, cid in out:
            if cid in P.MSC_FAMILY and s >= 2:
                for link in P.EV_LINKERS:
                    ls = s - len(link)
                    if ls >= 1 and all(low[ls + k] == w for k, w in enumerate(link)):
                        for hs in range(max(0, ls - 3), ls):
                            if self._ev_head(view, hs) == ls:
                                extra.append((hs, e, "cell:msc_ev"))
                                break
        out = self._resolve(out + extra)
        out = [self._in_context(doc, view, s, e, cid) for s, e, cid in out]
        out = self._by_sentence(doc, view, [c for c in out if c is not None])
        out = self._coordinated(view, out)
        out = self._shared_head(view, out)
        # a list member added beside a named end point may still be a baseline characteristic
        out = [(s, e, cid) for s, e, cid in out if cid != "outcome:other" or not (
            self._covariate(view.lowers, s, e) or _characteristic(view.lowers, s, e))]
        # `cognitive behavior therapy (CBT)`, `pain therapy`: the words name an intervention, not an end point
        out = [(s, e, cid) for s, e, cid in out if not (
            e < len(low) and low[e] in ("therapy", "therapies") and self._label(cid) == "OUTCOME")]
        out, dropped = self._drop_definitions(doc, view, out)
        # `NSC-derived extracellular vesicles`: vesicles of a named cell that is no MSC are not the MSCs'
        # (`astrocyte-derived exosomes`), nor are bare vesicles said to come from one (`exosomes released by NSCs`)
        out = [(s, e, "cell:other") if cid == "cell:msc_ev" and (
            low[s].endswith("-derived") and self._cell_tokens.get(
                view.texts[s][:-8], self._cell_words.get(low[s][:-8], "cell:msc")) not in P.MSC_FAMILY
            or _bare_ev(doc[s:e].text) and self._from_other_cells(low, e, out)) else (s, e, cid)
               for s, e, cid in out]
        # vesicles named with no MSC source (`extracellular vesicles`, `stem cell-derived EVs`) are
        # the MSCs' only in a document about MSCs
        if not any(cid in P.MSC_FAMILY or cid == "cell:msc_ev" and not _bare_ev(doc[s:e].text)
                   for s, e, cid in out):
            out = [(s, e, "cell:other" if cid == "cell:msc_ev" and _bare_ev(doc[s:e].text) else cid)
                   for s, e, cid in out]
        return out, nested, dropped

    def _from_other_cells(self, low: list[str], e: int, spans: list[tuple[int, int, str]]) -> bool:
        """Vesicles ending at e are said to come from cells that are no MSCs: `exosomes released by
        neural stem cells`, `EVs isolated from astrocytes` (the linker, then a cell mention)."""
        for link in P.EV_LINKERS:
            k = e + len(link)
            if tuple(low[e:k]) == link:
                return any(s in (k, k + 1) and self._label(cid) == "CELL_TYPE" and cid not in P.MSC_FAMILY
                           and cid != "cell:msc_ev" and (s == k or low[k] in ("the", "human", "cultured"))
                           for s, _, cid in spans)
        return False

    @staticmethod
    def _names_recipients(low: list[str], e: int) -> bool:
        """The cells at ..e name who received them: `MSC-treated mice`, `MSC - injected rats`."""
        if e >= len(low):
            return False
        nxt = low[e]
        if nxt == "-" and e + 1 < len(low):
            nxt = low[e + 1]     # `MSC - treated`: the tokenizer splits `-treated` off
        return nxt.lstrip("-") in P.RECIPIENT_MARKS

    @staticmethod
    def _mn_amount(word: str) -> bool:
        """A word of amount between a verb of rescue and motor neurons: `preserved 40% more motor neurons`."""
        return word in P.MN_AMOUNT_WORDS or word.replace(".", "", 1).isdigit()

    @staticmethod
    def _mn_passive(low: list[str], e: int) -> int:
        """End of `motor neurons were (significantly) preserved` after motor neurons ending at e, else e."""
        if e >= len(low) or low[e] not in ("were", "was"):
            return e
        k = e + 1
        while k < len(low) and (low[k].endswith("ly") or low[k] in ("also", "better", "still")):
            k += 1
        return k + 1 if k < len(low) and low[k] in P.MN_PASSIVE_VERBS else e

    @staticmethod
    def _stain(low: list[str], k: int, s: int) -> bool:
        """low[k] is part of a staining marker before the cells at s: `ChAT-positive`, `Nissl-stained`,
        `choline acetyltransferase-positive` (the word before a marked one, unless it is a verb of rescue)."""
        if P.POSITIVE_MARK.match(low[k]):
            return True
        return (k + 1 < s and P.POSITIVE_MARK.match(low[k + 1]) is not None and low[k].isalpha()
                and low[k] not in P.MN_NOUNS_BEFORE and low[k] not in ("of", "and", "in"))

    @staticmethod
    def _split_modifier(doc: Doc, s: int, cell_end: dict[int, int]) -> bool:
        """`LPS - treated` glued before a cell name, unless the first part is a cell itself
        (`MSC-treated neurons`: neurons the MSCs were given to)."""
        return (s >= 3 and doc[s - 1].lower_ == "treated" and doc[s - 2].text == "-"
                and not doc[s - 3].whitespace_ and not doc[s - 2].whitespace_ and (s - 2) not in cell_end)

    def _nested(self, cands, spans, nested, view: TokenView):
        """Names inside a bigger mention are mentions too: `motor neurons` in `loss of motor
        neurons`, `BM-MSCs` in `BM-MSC conditioned medium` (outcome and MSC-product containers),
        `neurotrophic factors` in `MSCs secreting neurotrophic factors` (a factor in a cell's name).
        Not the singular modifier of a motor-neuron end point (`motor neuron loss`, `motoneuron
        counts`): the train gold never lists that cell (3 documents of 3)."""
        skip = [(s, e) for s, e, cid in cands if cid == "cell:motor_neuron" and not view.lowers[e - 1].endswith("s")
                and any(os <= s and e <= oe and ocid == "outcome:motor_neuron_survival" for os, oe, ocid in spans)]
        inner = []
        for s, e, cid in cands:
            label = self._label(cid)
            if label == "OUTCOME" or any(a <= s and e <= b for a, b in skip):   # nor `neuron` inside it
                continue
            for os, oe, ocid in spans:
                if os <= s and e <= oe and (os, oe) != (s, e) and ocid != cid and (
                        self._label(ocid) == "OUTCOME" or ocid == "cell:msc_ev"
                        or label == "NEUROTROPHIC_FACTOR" and self._label(ocid) == "CELL_TYPE"):
                    inner.append((s, e, cid))
                    break
        return self._resolve(inner + nested)

    def _name_concept(self, text: str) -> str | None:
        """The CELL_TYPE concept of a whole name by the vocabulary's own matchers, or None (memoised:
        the same names recur across documents)."""
        if text in self._name_memo:
            return self._name_memo[text]
        d = self.nlp.make_doc(text)
        strings = self.nlp.vocab.strings
        found = next((strings[k] for k, s, e in list(self.lower(d)) + list(self.orth(d)) + list(self.matcher(d))
                      if s == 0 and e == len(d) and self._label(strings[k]) == "CELL_TYPE"), None)
        if len(self._name_memo) < 8192:
            self._name_memo[text] = found
        return found

    def _glued_sources(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`Bone marrow-MSCs`, `umbilical cord blood-derived mononuclear cells`, `Bone marrow-mesenchymal
        stromal cells`: a source glued to the name by a hyphen splits into tokens that the name's
        matchers miss, leaving a cut-off span (`marrow-MSCs`, `blood-derived mononuclear cells`) and a
        generic or wrong concept. The name whole, read with the hyphen as `-derived` or a space, is
        looked up instead."""
        texts = view.texts
        taken = {i for s, e, _ in spans for i in range(s, e)}
        out = []
        for s, e, cid in spans:
            glued = any(0 <= k < len(texts) and "-" in texts[k].strip("-") for k in (s - 1, s))
            if not glued or cid not in GLUE_CANDIDATES or self._label(cid) != "CELL_TYPE":
                out.append((s, e, cid))
                continue
            best = None
            for n in range(0, 4):
                lo = s - n
                if lo < 0 or (n and (lo in taken or not texts[lo].replace("-", "").replace("'", "").isalpha())):
                    break
                got = self._variant_concept(texts[lo:e])
                if got and (n or got != cid):
                    best = (lo, e, got)
            out.append(best or (s, e, cid))   # (best is set only where it widens the span or changes the concept)
        return out

    def _variant_concept(self, words: list[str]) -> str | None:
        """The concept of a name read with each glued hyphen as itself, `-derived ` or a space."""
        forms = [[]]
        for w in words:
            core = w.strip("-")
            opts = [w]
            if "-" in core and not core.lower().startswith("derived"):
                a, b = w.split("-", 1)
                opts += [a] if b.lower() == "derived" else [f"{a}-derived {b}", f"{a} {b}"]
            elif core.lower().startswith("derived-"):
                opts += ["derived " + w[len("derived-"):]]
            forms = [f + [o] for f in forms for o in opts][:16]
        return next((found for f in forms if (found := self._name_concept(" ".join(f)))), None)

    def _made_from_stem_cells(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`Induced pluripotent stem cell (iPSC)-derived motor neurons`, `human embryonic stem cell-derived
        astrocytes`: one mention of the cells made, as `iPSC-derived astrocytes` is; the stem cells they
        came from are no mention of their own (no graft of theirs, no route)."""
        low = view.lowers
        out: list[tuple[int, int, str]] = []
        for s, e, cid in spans:
            glued = low[s].endswith(")-derived") and low[s].startswith("(") or low[s] in ("cell-derived", "cells-derived")
            if self._label(cid) == "CELL_TYPE" and glued and e - s > 1:
                if out and out[-1][1] == s and out[-1][2] in P.STEM_ORIGINS:
                    s = out.pop()[0]
                elif low[s] in ("cell-derived", "cells-derived"):
                    k = s
                    while k > 0 and low[k - 1] in P.STEM_NAME_WORDS and not view.starts[k]:
                        k -= 1
                    if k < s and "stem" in low[k:s]:
                        s = k
            out.append((s, e, cid))
        return out

    def _coordinated_sources(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`bone marrow- and adipose-derived MSCs`, `UC- and BM-MSCs`, `bone marrow and umbilical cord
        MSCs`: a source coordinated before a sourced MSC name shares its head, so it names cells of
        its own (the head completes it: `bone marrow` + `-derived MSCs`)."""
        low, texts = view.lowers, view.texts
        taken = {i for s, e, _ in spans for i in range(s, e)}
        out: list[tuple[int, int, str]] = []
        for s, e, cid in spans:
            if cid not in P.MSC_FAMILY or s < 2:
                continue
            name = " ".join(texts[s:e])
            heads = [name[name.index("-"):]] if "-" in texts[s] or (e - s > 1 and "-" in texts[s + 1]) else []
            heads += [" " + " ".join(texts[j:e]) for j in range(s + 1, e)]   # `bone marrow and umbilical cord MSCs`
            k = s - 1
            while k >= 1 and low[k] in ("and", "or", ","):
                found = None
                for n in (1, 2, 3):
                    lo = k - n
                    if lo < 0 or any(i in taken for i in range(lo, k)) or not all(t.rstrip("-").isalpha() or
                                                                                 "-" in t for t in texts[lo:k]):
                        break
                    left = " ".join(texts[lo:k])
                    hyphen = left.endswith("-")
                    for head in heads:
                        if hyphen != head.startswith("-"):
                            continue
                        got = self._name_concept(left.rstrip("-") + head)
                        if got and got != "cell:msc" and got in P.MSC_FAMILY + ("cell:bm_mnc",):
                            found = (lo, k, got)
                            break   # the fullest head decides (`... mesenchymal stem cells`, not `... cells`)
                if not found:
                    break
                out.append(found)
                taken.update(range(found[0], found[1]))
                k = found[0] - 1
        return out

    def _context_short_forms(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An ambiguous short form (`PD`, `MS`, `IT`) counts where the document names what it stands
        for even without defining it: `PD` in a text that says `Parkinson disease` (its initials)."""
        wanted: dict[str, str] = {}
        for s, e, cid in spans:
            aliases = self._context.get(cid)
            if aliases:
                initials = "".join(w[0] for w in " ".join(view.lowers[s:e]).replace("-", " ").split()
                                   if w[0].isalnum() and w not in ("'s", "’s", "of", "the", "and"))
                for alias in aliases:
                    if alias.lower() == initials:
                        wanted[alias] = cid
        # a route's short form where the words around it say a route (`administered IV`, `IT injection`)
        # (or right before the cells given: `IV BM-MSCs or IT UC-MSCs`)
        low, n = view.lowers, len(view.lowers)
        cell_starts = {s for s, _, cid in spans if self._label(cid) == "CELL_TYPE"}
        routes = [(i, self._route_short[t]) for i, t in enumerate(view.texts) if t in self._route_short
                  and t not in wanted and (i + 1 < n and low[i + 1] in P.ROUTE_SHORT_AFTER
                                           or i > 0 and low[i - 1] in P.ROUTE_SHORT_BEFORE or i + 1 in cell_starts)]
        if not wanted and not routes:
            return spans
        taken = {i for s, e, _ in spans for i in range(s, e)}
        extra = [(i, i + 1, wanted[t]) for i, t in enumerate(view.texts) if t in wanted and i not in taken]
        extra += [(i, i + 1, cid) for i, cid in routes if i not in taken]
        return sorted(spans + extra) if extra else spans

    def _drop_definitions(self, doc: Doc, view: TokenView, spans: list[tuple[int, int, str]]) -> tuple[list, list]:
        """`ALS is a fatal disease characterized by motor neuron loss`: what defines a disease is
        not an end point (the annotators leave such outcomes out)."""
        low = view.lowers
        if not doc.has_annotation("SENT_START"):
            return spans, []
        diseases = [s for s, _, cid in spans if self._label(cid) == "DISEASE"]
        if not diseases or not any(self._label(cid) == "OUTCOME" for _, _, cid in spans):
            return spans, []
        # a disease's short form (`Parkinson's disease (PD)` ... `PD is characterized by ...`) names it
        # too, though the abbreviation pipe labels it only later
        shorts = self._disease_short_forms(doc, spans)
        if shorts:
            taken = {i for s, e, _ in spans for i in range(s, e)}
            diseases = sorted(set(diseases) | {i for i, t in enumerate(view.texts) if t in shorts and i not in taken})
        drop: set[tuple[int, int]] = set()
        for sent in doc.sents:
            first = min((s for s in diseases if sent.start <= s < sent.end), default=None)
            if first is None:
                # `It is characterized by high morbidity and mortality`: the disease as a pronoun
                if _disease_pronoun(low, sent.start) and (self._describes_disease(low, sent, spans) or _has_pair(
                        low[sent.start:sent.end], P.DEFINITION_CUES)):
                    drop.update((s, e) for s, e, cid in spans
                                if sent.start <= s < sent.end and self._label(cid) == "OUTCOME")
                continue
            cue = next((i for i in range(first + 1, sent.end - 1)
                        if (low[i], low[i + 1]) in P.DEFINITION_CUES or low[i] in P.DEFINITION_VERBS),
                       None)
            if cue is not None:
                drop.update((s, e) for s, e, cid in spans
                            if cue < s < sent.end and self._label(cid) == "OUTCOME")
            if self._describes_disease(low, sent, spans):
                drop.update((s, e) for s, e, cid in spans
                            if sent.start <= s < sent.end and self._label(cid) == "OUTCOME")
        return [c for c in spans if (c[0], c[1]) not in drop], [c for c in spans if (c[0], c[1]) in drop]

    def _names_disease(self, doc: Doc, s: int, e: int) -> bool:
        """Tokens s..e name a disease (not a tumour, whose incidence is a safety end point): a vocabulary
        name, or a short form the document defines for a disease's long form."""
        text = doc[s:e].text
        if P.TUMOUR.match(doc[e - 1].lower_):
            return False
        if self.vocab_concepts.lookup(text, "DISEASE"):
            return True
        if e - s != 1:
            return False
        for ss, se, ls, le in abbreviation_pairs(doc):
            if doc[ss:se].text == text and (doc[le - 1].lower_ in P.DISEASE_HEADS
                                            or self.vocab_concepts.lookup(doc[ls:le].text, "DISEASE")):
                return True
        return False

    def _disease_short_forms(self, doc: Doc, spans: list[tuple[int, int, str]]) -> set[str]:
        """Texts of the short forms the document defines for a DISEASE mention."""
        ends = {e for _, e, cid in spans if self._label(cid) == "DISEASE"}
        return {doc[ss].text for ss, se, _, le in abbreviation_pairs(doc)
                if se - ss == 1 and (le in ends or le - 1 in ends)}

    def _describes_disease(self, low: list[str], sent, spans: list[tuple[int, int, str]]) -> bool:
        """A sentence about a disease's burden or course (P.BURDEN_CUES) that names no cell or factor."""
        if any(sent.start <= s < sent.end and self._label(cid) in ("CELL_TYPE", "NEUROTROPHIC_FACTOR")
               for s, _, cid in spans):
            return False
        words = low[sent.start:sent.end]
        return any(w in P.BURDEN_WORDS for w in words) or _has_pair(words, P.BURDEN_CUES)

    def _by_sentence(self, doc: Doc, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Concepts that SPEC ties to what the sentence is about: a marker is a `biomarker` only in
        CSF or blood (light and phosphorylated heavy neurofilament, measured only there, always);
        `innervation` is neuromuscular only with muscles or junctions in the sentence (and `reinnervation`
        is then neuromuscular too); a bare
        `survival` in a sentence about transplanted cells with no animal or patient is the cells'
        (other)."""
        low = view.lowers
        if any(cid.startswith("outcome:") for _, _, cid in spans):
            spans = self._drop_adverse_symptoms(doc, spans)
        if not any(cid in P.SENTENCE_BOUND or low[e - 1] == "reinnervation" for _, e, cid in spans):
            return spans
        sents = doc.has_annotation("SENT_START")

        def fluid(s: int, e: int) -> bool:
            sent = doc[s].sent if sents else doc[:]
            return bool({t.lower_ for t in sent} & P.FLUID_WORDS) or bool(P.FLUID_MARKER_NAME.search(doc[s:e].text.lower()))
        # a document that measures neurofilament in CSF or blood measures it there throughout
        # (`serum neurofilament light ... Riluzole did not change neurofilament concentrations`)
        fluid_nf = any(cid == "outcome:biomarker" and "neurofilament" in doc[s:e].text.lower() and fluid(s, e)
                       for s, e, cid in spans)

        def amount(s: int, e: int) -> bool:   # `neurofilament levels`, not `neurofilament staining`
            return "neurofilament" in doc[s:e].text.lower() and bool(
                {t.lower_ for t in doc[s:min(e + 1, len(doc))]} & {"level", "levels", "concentration", "concentrations"})
        out = []
        for s, e, cid in spans:
            if cid == "outcome:other" and low[e - 1] == "reinnervation" and {t.lower_ for t in (
                    doc[s].sent if sents else doc[:])} & MUSCLE_NOT_NERVE:
                cid = "outcome:neuromuscular"   # `muscle reinnervation`, `reinnervation of the tibialis`: SPEC's
            if cid in P.SENTENCE_BOUND:         # denervation undone (`reinnervation of the striatum` stays other)
                sent = doc[s].sent if sents else doc[:]
                words = {t.lower_ for t in sent}
                if cid == "outcome:biomarker" and not fluid(s, e) \
                        and not (fluid_nf and amount(s, e)):
                    cid = "outcome:other"
                elif cid == "outcome:neuromuscular" and doc[s:e].text.lower() == "innervation" \
                        and not words & MUSCLE_NOT_NERVE:   # (`serotonergic fibers`: nerve fibres, no muscle)
                    cid = "outcome:other"
                elif cid == "outcome:survival" and e - s == 1 and words & P.GRAFT_SENTENCE and \
                        not words & P.ORGANISM_WORDS and (s == 0 or low[s - 1] not in P.LIFE_EXTENDING) and \
                        self._graft_owned(low, s, e, sent.start, sent.end) and any(
                        sent.start <= cs < sent.end and self._label(ccid) == "CELL_TYPE" for cs, _, ccid in spans):
                    cid = "outcome:other"
                elif cid == "outcome:survival" and (owner := self._cells_survival(low, s, e, spans)):
                    cid = owner
            out.append((s, e, cid))
        return out

    @staticmethod
    def _drop_adverse_symptoms(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A symptom in a sentence about adverse events is what the events were, no end point of its own:
        a sentence that names adverse events, or one where symptoms occurred after the treatment
        (`transient radicular pain occurred after the injection`)."""
        symptoms = [(s, e, cid) for s, e, cid in spans if cid.startswith("outcome:") and cid != "outcome:safety"
                    and P.is_ae_symptom(doc[s:e].text.lower())]
        if not symptoms:
            return spans
        sents = doc.has_annotation("SENT_START")
        safety = {doc[s].sent.start if sents else 0 for s, _, cid in spans if cid == "outcome:safety"}

        def adverse(s: int) -> bool:
            sent = doc[s].sent if sents else doc[:]
            if sent.start in safety:
                return True
            words = {t.lower_ for t in sent}
            return bool(words & P.AE_VERBS) and bool(words & P.AE_CONTEXT)
        drop = {(s, e) for s, e, _ in symptoms if adverse(s)}
        return [(s, e, cid) for s, e, cid in spans if (s, e) not in drop]

    @staticmethod
    def _graft_owned(low: list[str], s: int, e: int, lo: int, hi: int) -> bool:
        """Whether a bare `survival` in a sentence about transplanted cells reads as the cells' own:
        they show it (`grafted MSCs exhibited increased survival`, `poor survival`) or it has a place
        in the host (`survival in the spinal cord`). The cells as the agent (`MSC transplantation
        improved survival`, `survival was not improved by MSC transplantation`) change the animals'."""
        j = s - 1
        while j >= lo and low[j] in P.GRAFT_SURVIVAL_ADJ:
            j -= 1
        if j >= lo and low[j] in P.GRAFT_OWNING or s > lo and low[s - 1] in P.GRAFT_GRADES:
            return True
        return e + 1 < hi and low[e] in ("in", "within", "at", "inside") and any(
            w in P.GRAFT_PLACES for w in low[e + 1:min(hi, e + 4)])

    def _cells_survival(self, low: list[str], s: int, e: int, spans: list[tuple[int, int, str]]) -> str | None:
        """The concept of survival that belongs to cells (SPEC: graft survival is `outcome:other`;
        motor neurons' is motor-neuron survival): `grafted-cell survival`, `a low survival rate of
        the cells`, `survival of the transplanted MSCs`, `the survival and therapeutic effects of
        OM-MSCs`, `the survival and axonal growth of motor neurons` (a coordinated head shares the
        cells). None when the survival is no cells'."""
        if s > 0 and low[s - 1].endswith(("-cell", "-cells")):
            return "outcome:other"
        if low[e - 1] in ("benefit", "benefits", "advantage"):
            return None   # `the survival benefit of hUC-MSCs`: the treated animals' survival, the cells' doing
        # coordinated with what only cells do: `survival and differentiation`, `proliferation and survival`
        if (e + 1 < len(low) and low[e] == "and" and low[e + 1] in P.CELL_PROCESSES) or (
                s > 1 and low[s - 1] == "and" and low[s - 2] in P.CELL_PROCESSES):
            return "outcome:other"
        j = e
        if j < len(low) and low[j] == "and":
            k = next((k for k in range(j + 2, min(j + 5, len(low))) if low[k] == "of"), None)
            if k is not None and all(w.isalpha() for w in low[j + 1:k]):
                j = k
        if j < len(low) and low[j] == "of":
            j += 1
            while j < len(low) and low[j] in P.OF_CELL_FILLERS:
                j += 1
            if j < len(low) and low[j] in ("cells", "cell", "grafts", "graft", "transplants"):
                return "outcome:other"
            hit = next(((ce, ccid) for cs, ce, ccid in spans if cs == j and self._label(ccid) == "CELL_TYPE"), None)
            if hit is not None and self._names_recipients(low, hit[0]):
                return None   # `survival of MSC-treated mice`: the animals'
            cell = hit[1] if hit else None
            if cell is None and j < len(low):   # the cells may sit inside the coordinated head's span
                hits = self.vocab_concepts.lookup(low[j], "CELL_TYPE")   # (`proliferation of MSCs`)
                cell = hits[0].concept_id if hits else None
            if cell == "cell:motor_neuron":
                return "outcome:motor_neuron_survival"
            if cell is not None:
                return "outcome:other"
            if P.ORGANISM_WORDS.isdisjoint(low[j:j + 4]) and not P.CULTURED.isdisjoint(low[j:j + 4]):
                return "outcome:other"   # `survival of NSC-34 cells`, `of cultured neurons`: cells in a dish
        return None

    @staticmethod
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

    def _in_context(self, doc: Doc, view: TokenView, s: int, e: int, cid: str) -> tuple[int, int, str] | None:
        """Context checks: `after disease onset` is a time point, not an end point; a stereotactic
        injection in a sentence about the spinal cord is intraspinal."""
        low = view.lowers
        if _characteristic(low, s, e):
            # `independent of age, site of onset and disease duration`, `Age at onset and disease duration were
            # associated with survival`: who the patients were (not `extended survival and disease duration`)
            return None
        if cid == "outcome:other" and low[s] in ("incidence", "prevalence") and e - s >= 3 and low[s + 1] == "of" \
                and self._names_disease(doc, s + 2, e):
            return None   # `the high incidence of AD`: how common the disease is, no end point (the disease stays)
        if cid == "outcome:other" and e - s == 1 and low[s] in ("secretion", "release", "production", "synthesis") \
                and e < len(doc) and low[e] == "of":
            return None   # `promoted the secretion of neurotrophic factors`: what the cells make, no end point
        if cid == "disease:other" and low[e - 1] in DAMAGE_HEADS and e - s >= 2 and _changed(view, s, e) \
                and not self.vocab_concepts.lookup(doc[s:e].text, "DISEASE"):   # (a named injury stays: `SCI`)
            return (s, e, "outcome:other")   # `MSCs reduced white matter injury`, `brain damage was attenuated`: a result
        if cid == "outcome:disease_onset" and s > 0 and (low[s - 1] in P.TIME_WORDS or s > 1 and low[s - 1] == "the"
                                                        and low[s - 2] in P.TIME_WORDS - {"of", "to"}) \
                and not (s > 1 and low[s - 1] == "to" and low[s - 2] == "time"):   # `time to onset` is one
            return None   # (`after the onset of clinical signs`, but `time to the onset` is an end point)
        if cid in ("outcome:disease_onset", "outcome:disease_progression") and e < len(doc) and (
                low[e] in ("within", "<", "≤", "less", "shorter", "longer", "up") or (   # `between` only before a
                low[e] == "between" and e + 1 < len(doc) and doc[e + 1].like_num) or (   # number: not `between groups`
                low[e] == "of" and e + 1 < len(doc) and low[e + 1] in ("less", "more", "at", "up", "<", "≤", "under"))):
            return None   # `onset of symptoms within 18 months`, `disease duration between 6 and 36 months`: eligibility
        if cid == "outcome:disease_progression" and low[s:e] == ["prognosis"] and any(
                w in ("diagnosis", "diagnoses", "diagnostic") for w in low[max(0, s - 4):e + 4]):
            return None   # `its role in diagnosis, prognosis and therapy`: a topic of a review, no end point
        if cid == "outcome:safety" and low[s:e] == ["safety"] and (
                low[e:e + 1] and low[e] in SAFETY_BODIES or low[e:e + 1] == ["monitoring"] and low[e + 1:e + 2] and
                low[e + 1] in SAFETY_BODIES or s > 0 and low[s - 1] == "drug" and doc[s].text == "Safety"):
            return None   # `Data and Safety Monitoring Board`, `Ministry of Food and Drug Safety`: a body's name
        if cid == "outcome:other" and low[e - 1] in ("defect", "defects") and not TISSUE_GAPS.isdisjoint(low[s:e]):
            return None   # `bridging nerve defects`, `tissue defects`: the gap a graft fills (`cognitive defects` stay)
        if cid in ("outcome:respiratory_function", "outcome:survival") and low[e - 1] in CARE_NAMES and (
                e - s == 1 or low[s] in ("non-invasive", "noninvasive", "mechanical")) and not CARE_WORDS.isdisjoint(
                t.lower_ for t in (doc[s].sent if doc.has_annotation("SENT_START") else doc[:])):
            return None   # `symptomatic management such as ventilation and gastrostomy`: care given, no end point
        if cid == "outcome:safety" and s > 0 and (low[s - 1].endswith(("-induced", "-mediated")) or low[s - 1] in (
                "induced", "mediated") or (e - s == 1 and low[s].startswith("toxicit") and (
                low[s - 1] in P.INSULT_MODS or "against" in low[max(0, s - 4):s]
                or low[e:e + 1] == ["of"] and P.INSULT_MODS & set(low[e + 1:e + 4])))):
            # `H2O2-induced toxicity`, `mutant SOD1 toxicity`, `protected against glutamate toxicity`, `the
            # toxicity of ALS astrocytes`: an insult to cultured cells or the disease's, not the treatment's
            return (s, e, "outcome:other")
        if cid in ("outcome:disease_progression", "outcome:disease_onset", "outcome:body_weight") and s > 0 and \
                low[s - 1] in ("mean", "median", "average") and e < len(doc) and (
                low[e] in ("was", "were", "of") and e + 1 < len(doc) and low[e + 1][:1].isdigit() or low[e][:1].isdigit()):
            return None   # `the mean disease duration was 18 months`, `mean BMI was 24.1`: who took part
        if cid == "outcome:disease_onset" and low[s] == "age" and e + 1 < len(doc) and low[e] in ("was", "were", "of") \
                and low[e + 1][:1].isdigit():
            return None   # `Age at onset was 55 years`: who took part (`did not alter the age at onset` is a result)
        if self._label(cid) == "CELL_TYPE" and e < len(doc) and (low[e] in MOLECULE_HEADS or (
                low[e] in MOLECULE_MODIFIERS and not MOLECULE_HEADS.isdisjoint(low[e + 1:e + 3]))):
            return None   # `stem cell factor`, `T cell receptor`, `neural cell adhesion molecule`: molecules named for cells
        if self._label(cid) == "NEUROTROPHIC_FACTOR" and e < len(doc) and (low[e].startswith("receptor") or (
                low[e] == "family" and e + 1 < len(doc) and low[e + 1].startswith("receptor"))):
            return None   # `VEGF receptor 2`, `p75 neurotrophin receptor`, `GDNF family receptor`: a receptor
        if self._label(cid) == "DISEASE" and e - s == 2 and low[e - 1] in ("injury", "injuries") and \
                low[s] in P.CELL_INSULTS:
            return None   # `protected from oxidative injury`: an insult to cells, not a disorder
        if self._label(cid) == "DISEASE" and P.TUMOUR.match(low[e - 1]) and (
                any(w in P.NO_TUMOUR_WORDS for w in low[max(0, s - (7 if low[s - 1:s] == ["of"] else 4)):s])
                or e + 2 < len(doc) and low[e] in ("was", "were") and (low[e + 1] == "not" or low[e + 2] == "not")):
            return (s, e, "outcome:safety")   # `did not cause tumors`, `no teratomas were found`: a safety finding
        if cid == "outcome:other" and low[e - 1].startswith("antibod") and (
                s > 0 and low[s - 1] in ("by", "with", "using", "of", "blocking") or
                any(k < len(doc) and low[k].startswith(P.BLOCKING) for k in (e, e + 2, e + 3))):
            return None   # `abolished by neutralizing antibodies against BDNF`: the reagent of a blocking experiment
        if cid == "outcome:other" and low[e - 1] in ("barrier", "bbb") and any(
                w.startswith(("cross", "bypass", "penetrat", "pass", "circumvent", "traverse")) or w == "through"
                for w in low[max(0, s - 3):s]):
            return None   # `exosomes can cross the blood-brain barrier`: a route to the target, no end point
        if cid == "outcome:body_weight" and s > 0 and (
                any(w == "per" or w.endswith(("/kg", "/g")) for w in low[max(0, s - 3):s])
                or s > 1 and low[s - 1] == "kg" and low[s - 2] in ("/", "per")
                or s > 1 and low[s - 1] in ("to", "for", "by") and low[s - 2].startswith(("adjust", "normali", "correct"))
                or s > 2 and low[s - 1] in ("to", "on", "from", "by") and (low[s - 2] in ("according", "based")
                                                                          or low[s - 2].startswith(("calculat", "stratif", "randomi", "dos")))):
            # `1 × 10^6 cells per kg body weight`, `cells/kg body weight`, `adjusted to body weight`, `according
            # to body weight`, `calculated from body weight`, `randomized by body weight`: a dose or a stratum
            return None
        if self._label(cid) == "OUTCOME" and s > 1 and low[s - 1] in ("by", "with", "on", "using") and any(
                w.startswith(("diagnos", "confirm")) for w in low[max(0, s - 4):s - 1]) and any(
                w.startswith("diagnos") for w in self._sentence_words(doc, s)):
            return None   # `the diagnosis was confirmed by electromyography`: how ALS was diagnosed, no end point
        if self._label(cid) == "OUTCOME" and any(
                low[k] in ("model", "models") and low[k + 1] == "of" and (k + 2 == s or k + 4 == s and low[s - 1] in (
                    "and", "or", ",") and low[k + 2].endswith(("tion", "sis", "ity", "ence", "ance", "age", "ment")))
                for k in range(max(0, s - 4), s - 1)):
            return None   # `models of neurodegeneration and neuroinflammation`: what a model models, no end point
        if self._label(cid) == "OUTCOME" and s > 2 and low[s - 1] == "of" and low[s - 2] in P.PLACE_NOUNS and (
                low[s - 3] in P.PLACE_PREPOSITIONS or s > 3 and low[s - 3] == "the" and low[s - 4] in P.PLACE_PREPOSITIONS):
            return None   # `homed to sites of inflammation`, `in areas of demyelination`: where cells went
        if self._label(cid) == "ROUTE" and low[s] in ("in", "to") and not any(
                low[j].startswith(P.GIVING_STEMS) and all(w.endswith("ly") for w in low[j + 1:s])
                for j in range(max(0, s - 3), s)):
            # `motor neurons in the lumbar cord`, `grafted cells in ischemic brain`: a place, where no giving
            # puts cells there (`were injected bilaterally in the striatum`, `transplantation in intact spinal cord`)
            return None
        if self._label(cid) == "OUTCOME" and s > 0 and low[s - 1] in ("from", "against") and any(
                w.startswith(("protect", "rescu", "shield", "spar")) for w in low[max(0, s - 7):s - 1]):
            return None   # `protected motor neurons from glutamate excitotoxicity`: the insult, not the end point
        if cid == "outcome:other" and P.is_appraisal(low[s:e]):
            return None   # `study quality`, `Newcastle-Ottawa Scale`, `GRADE assessment`: how a review rated studies
        if self._label(cid) == "DISEASE" and e - s == 1 and low[s] == "hypoxia" and not (
                s > 0 and low[s - 1] in ("neonatal", "perinatal", "cerebral", "fetal", "foetal", "birth", "intrauterine")
                or e < len(doc) and low[e].lstrip("-/").startswith("isch")):
            return None   # `cultured under hypoxia`, `preconditioned with 1% hypoxia`: a culture condition
        if self._label(cid) == "DISEASE" and e < len(doc) and low[e] == "necrosis":
            return None   # `tumor necrosis factor-α`: a cytokine
        if s > 0 and low[s - 1] == "under" and self._label(cid) in ("OUTCOME", "DISEASE"):
            return None   # `cultured under hypoxia`, `viability under oxidative stress`: a condition
        if self._label(cid) == "ROUTE" and (any(low[j] in P.LOCATED_VERBS for j in range(max(0, s - 4), s)) or any(
                low[j] in P.INFILTRATION_NOUNS for j in range(max(0, s - 7), s))) and any(
                low[j] in ("in", "within", "throughout", "into") for j in range(max(0, s - 3), s + 1)):
            return None   # `MSCs were detected in the spinal cord parenchyma`: where cells went, not how
        if cid == "outcome:disease_progression" and s > 1 and (low[s - 1] in ("from", "of") and low[s - 2] in (
                "died", "die", "dying", "death", "deaths") or (low[s - 1] == "to" and low[s - 2] in (
                "due", "attributed", "attributable", "owing")) or (s > 2 and low[s - 1] in ("natural", "the") and (
                low[s - 2] == "to" and low[s - 3] in ("due", "attributed", "attributable", "owing")))):
            return None   # `two patients died from disease progression`, `deaths were attributed to progression`: a cause
        if cid == "outcome:other" and P.LEVEL_WORDS & set(low[s:e]) and low[e:e + 1] == ["in"] and (
                P.FLUID_WORDS & set(low[e + 1:e + 4])):
            return (s, e, "outcome:biomarker")   # `SOD1 concentration in cerebrospinal fluid`: a fluid marker
        if cid == "outcome:survival" and e - s == 1 and e < len(doc) and low[e] in P.NOT_AN_END_POINT_AFTER:
            return None   # `survival factors`, `survival signaling`: what keeps cells alive, not an end point
        if self._label(cid) == "ROUTE" and (low[s].startswith("lumbar") and e - s == 2 or low[e - 1] in P.VESSELS):
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            words = [t.lower_ for t in sent]
            if not any(w.startswith(P.GIVING_STEMS + ("given", "receiv")) for w in words) and any(
                    w.startswith(P.SAMPLING_STEMS + ("blood", "drawn")) for w in words):
                # `CSF was obtained by lumbar puncture`, `blood was drawn from a peripheral vein`: sampling
                return None
        if self._label(cid) == "ROUTE" and low[e - 1] in P.ORGAN_VESSEL_WORDS and low[s] in P.ORGAN_VESSELS and not (
                s > 0 and low[s - 1] in ("into", "via", "through") or s > 1 and low[s - 1] == "the"
                and low[s - 2] in ("into", "via", "through")):
            # `through the hepatic artery`, `hepatic artery infusion`: a route where cells are given there;
            # `the hepatic artery was patent` is anatomy
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            if not any(t.lower_.startswith(P.GIVING_STEMS + ("given", "receiv")) for t in sent):
                return None
        if self._label(cid) == "ROUTE" and low[s] not in ("into", "via", "through") and low[e - 1] in P.SITE_HEADS:
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            words = [t.lower_ for t in sent]
            # (`grafted cells` names the cells; it gives nothing here)
            giving = [k for k, w in enumerate(words) if w.startswith(P.GIVING_STEMS + ("given", "receiv"))
                      and not (k + 1 < len(words) and (words[k + 1].endswith(("cells", "cell")) or sent[k + 1].text.isupper()))]
            if not giving and any(w.startswith(P.WHEREABOUTS_STEMS) for w in words):
                # `labelled cells were found in the spinal cord parenchyma`: where the cells went, no route
                return None
        if self._label(cid) == "ROUTE" and e - s == 1 and e < len(doc) and low[e] in P.NOT_A_ROUTE_AFTER:
            return None   # `subcutaneous fat`, `systemic blood flow`, `parenchymal cells`: anatomy, not a route
        if cid in ("outcome:disease_onset", "outcome:disease_progression") and self._covariate(low, s, e):
            return None
        if cid == "outcome:disease_progression" and "duration" not in low[s:e] and not any(
                w.startswith(P.OWN_PROGRESSION_MEASURES) for w in low[s:e]):
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            low = sent.text.lower()
            if "alsfrs" in low or "als functional rating" in low or "lateral sclerosis functional rating" in low:
                return (s, e, "outcome:alsfrs_r")   # SPEC: progression tied to the named scale is the scale's
        if self._label(cid) == "CELL_TYPE" and e < len(doc) and low[e] in P.NOT_A_CELL_AFTER:
            return None   # `monocyte chemoattractant protein-1`
        if (cid == "cell:other" and e - s <= 2 and doc[s:e].text.lower() in ("stem cell", "stem-cell")
                and e < len(doc) and (low[e].lstrip("-") in P.CELL_AS_MODIFIER
                                      or low[e] == "-" and e + 1 < len(doc) and low[e + 1] in P.CELL_AS_MODIFIER)):
            return None   # `stem cell therapy`: the therapy, not a named cell type
        if cid == "route:intracerebral" and low[s] == "into" and not _given_before(low, s, 6):
            return None   # `substitute new cells into the damaged brain`: a site only where cells are given
        if cid == "route:other" and low[s] == "into" and low[e - 1] in P.LESION_SITE_HEADS and not _given_before(low, s):
            return None   # `cells migrated into the lesion site`: a site only where cells are given
        if cid == "route:other" and (low[s].startswith(("intralesion", "intra-lesion"))
                                     or low[s] == "into" and low[e - 1] in P.LESION_SITE_HEADS):
            # `injected intralesionally`: into the lesion of the cord or of the brain the study injures
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            words, text = sent.text.lower(), doc.text.lower()
            if "spinal" in words or not any(w in words for w in P.BRAIN_WORDS) and (
                    "spinal cord" in text and not any(w in text for w in P.BRAIN_WORDS)):
                return (s, e, "route:intraspinal")
            if any(w in words for w in P.BRAIN_WORDS) or any(w in text for w in P.BRAIN_WORDS) and "spinal" not in text:
                return (s, e, "route:intracerebral")
        if cid == "route:intracerebral" and low[s].startswith(("stereota", "intraparenchym", "intra-parenchym")):
            sent = doc[s].sent if doc.has_annotation("SENT_START") else doc[:]
            words = sent.text.lower()
            if "spinal" in words or "horn" in words or not any(w in words for w in P.BRAIN_WORDS) and (
                    "spinal cord" in doc.text.lower() and not any(w in doc.text.lower() for w in P.BRAIN_WORDS)):
                return (s, e, "route:intraspinal")   # (a document about the cord that names no brain site)
        return (s, e, cid)

    def _coordinated(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A list that holds an end point lists end points: `survival, motor abilities, histology and
        glutamate release`. A conjunct next to an OUTCOME mention, joined by `,`/`and`/`or`, that is a
        short noun phrase overlapping no other mention, becomes an OUTCOME too."""
        if not any(self._label(cid) == "OUTCOME" for _, _, cid in spans):
            return spans
        low, n = view.lowers, len(view.lowers)
        taken = bytearray(n)
        for s, e, _ in spans:
            taken[s:e] = b"\x01" * (e - s)
        found: list[tuple[int, int, str]] = []
        todo = [(s, e) for s, e, cid in spans if self._label(cid) == "OUTCOME"]
        while todo:
            s, e = todo.pop()
            # rightwards: `OUTCOME , X` / `OUTCOME and X` / `OUTCOME , and X`; the members a class names
            # (`pro-inflammatory cytokines (such as) TNF-α and IL-1β`)
            j = e
            if low[e - 1] in CLASS_HEADS and j < n:
                j += 2 if low[j] == "such" and j + 1 < n and low[j + 1] == "as" else (
                    1 if low[j] in ("including", "(", "namely", "e.g.") else 0)
                if j < n and P.MARKER_SYMBOL.match(low[j]) and not taken[j]:
                    found.append((j, j + 1, P.outcome_concept(low[j:j + 1])))
                    taken[j] = 1
                    todo.append((j, j + 1))
                    continue
                j = e
            if j < n and low[j] == ",":
                j += 1
            if j < n and low[j] in ("and", "or") and j > e - 1:
                j += 1
            if j > e and j < n and not view.starts[j]:
                k = j
                while k < n and k - j < 4 and not taken[k] and (k == j or not view.starts[k]) and _np_word(view, k):
                    k += 1
                j2 = _trim(view, j, k)
                if k < n and low[k] == "of" and k > j2:   # `enhancement of X`: the phrase goes on
                    end = _of_object_end(view, k + 1 + (k + 1 < n and low[k + 1] == "the"), low[k - 1])
                    k = end if low[k - 1] in P.OF_HEADS and end > k + 2 else j2
                if k > j2 and self._conjunct(view, j2, k) and not (k < n and taken[k] and low[k - 1] in WHERE_MEASURED):
                    # (`survival and cerebrospinal fluid cytokine levels`: the fluid names where the next is measured)
                    found.append((j2, k, P.outcome_concept(low[j2:k])))
                    taken[j2:k] = b"\x01" * (k - j2)
                    todo.append((j2, k))
            # leftwards: `X , OUTCOME` / `X and OUTCOME`
            j = s
            if j > 0 and low[j - 1] in ("and", "or") and not view.starts[j - 1]:
                j -= 1
            if j > 0 and low[j - 1] == "," and not view.starts[j - 1]:
                j -= 1
            if j < s and j > 0:
                k = j
                while k > 0 and j - k < 4 and not taken[k - 1] and _np_word(view, k - 1):
                    k -= 1
                    if view.starts[k]:
                        break
                k = _trim(view, k, j)
                if k < j and k > 0 and low[k - 1] in P.FLUID_WORDS and not taken[k - 1] and P.MARKER_SYMBOL.match(low[k]):
                    k -= 1   # `Serum TNF-α and IL-1β`: the fluid is said of both
                if k < j and self._conjunct(view, k, j) and (k == 0 or low[k - 1] in P.LIST_LEFT_EDGE
                                                             or view.starts[k] or _is_change_verb(low[k - 1])):
                    found.append((k, j, P.outcome_concept(low[k:j])))
                    taken[k:j] = b"\x01" * (j - k)
                    todo.append((k, j))
        return sorted(spans + found) if found else spans

    def _shared_head(self, view: TokenView, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`motor and neurological deficits`, `motor and nonmotor symptoms`: a modifier that names an
        end point's kind, coordinated with an unnamed end point, shares its head; the whole phrase
        takes the concept the modifier names (the unnamed one alone would be `outcome:other`)."""
        if not any(cid == "outcome:other" for _, _, cid in spans):
            return spans
        low, starts = view.lowers, view.starts
        taken = {i for s, e, _ in spans for i in range(s, e)}
        out = []
        for s, e, cid in spans:
            if cid == "outcome:other" and s >= 2 and low[s - 1] in ("and", "or", "/") and not starts[s - 1] \
                    and not starts[s] and (s - 2) not in taken and low[s - 2] in P.KIND_MODIFIERS:
                named = P.outcome_concept(low[s - 2:e])
                if named != "outcome:other":
                    s, cid = s - 2, named
            out.append((s, e, cid))
        return out

    @staticmethod
    def _conjunct(view: TokenView, s: int, e: int) -> bool:
        """A list member that can be an end point: a measure or process noun (`histology` is not),
        or a lower-case noun phrase of two or more words (`glial scar`); no verb forms, no bare
        protein symbols (`P62`, `Beclin-1` listed as markers are not end points of their own)."""
        low, texts = view.lowers, view.texts
        head = low[e - 1]
        if head in P.NOT_MEASURE_HEAD or head in P.NOT_OF_OBJECT or (e - s == 1 and head in P.VAGUE_ALONE):
            return False
        if any((w.endswith("ed") and len(w) > 4 or w.endswith("ing") and len(w) > 5) and w not in P.OUTCOME_NOUN_MODS
               and not P.OUTCOME_WORD.match(w) or w in IRREGULAR_CHANGES for w in low[s:e]):
            return False
        if e - s == 1:
            # (a cytokine symbol beside another: `TNF-α and IL-1β were reduced` lists two end points)
            return (texts[s][:1].islower() or P.MARKER_SYMBOL.match(head) is not None) and _measure_head(view, s, e)
        return all(t[:1].islower() or _is_marker(t) or t.lower() in P.FLUID_WORDS for t in texts[s:e]) and (
            texts[e - 1][:1].islower() or P.MARKER_SYMBOL.match(head) is not None)   # (`CSF IL-6`)

    def __call__(self, doc: Doc) -> Doc:
        view = TokenView.of(doc)
        cands = self._candidates(doc, view)
        spans, nested, dropped = self._compose(doc, self._resolve(cands), view)
        if dropped:   # names inside a dropped definition outcome stand on their own (`motor neurons`)
            spans = sorted(spans + self._nested(cands, dropped, [], view))
        spans = self._context_short_forms(view, spans)
        spans = self._glued_sources(view, spans)
        spans = sorted(spans + self._coordinated_sources(view, spans))
        spans = self._made_from_stem_cells(view, spans)
        nested = self._nested(cands, spans, nested, view)
        doc.spans[RULES_KEY] = [Span(doc, s, e, label=self._label(cid), kb_id=cid) for s, e, cid in spans]
        doc.spans[NESTED_KEY] = [Span(doc, s, e, label=self._label(cid), kb_id=cid) for s, e, cid in nested]
        return doc

    # --- serialisation: the vocabulary travels with the pipeline --------------------------------
    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = self.vocab_concepts.path
        (path / "concepts.jsonl").write_bytes(Path(src).read_bytes())

    def from_disk(self, path, *, exclude=()) -> "EntityRules":
        self._build(vocabulary_mod.load(Path(path) / "concepts.jsonl"))
        return self


# concepts a source glued by a hyphen may be hiding behind (_glued_sources)
GLUE_CANDIDATES = frozenset({"cell:msc", "cell:other", "cell:bm_mnc"})


@Language.factory("litmine_ruler", default_config={"vocabulary": ""})
def make_ruler(nlp: Language, name: str, vocabulary: str) -> EntityRules:
    """`vocabulary`: path of a concepts.jsonl; empty = the project's models/concepts.jsonl."""
    return EntityRules(nlp, name, vocabulary)

