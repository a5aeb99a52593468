"""End points licensed by their context rather than their shape: the object(s) of a change or
measurement verb, the subject of a passive, a stained marker's area or count, a change said by a
noun (`a decrease in X`), and a bare `onset` whose verb says what became of it.

Separate from generic.py because these read the verb around a phrase, not the phrase alone.
"""
from __future__ import annotations

import re

from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import _letters_in_order
from pipeline.nlp.ruler.phrases import (_PARTICIPLE, _STEM4, _is_change_verb, _is_marker, _measure_head,
                                        _np_word, _of_object_end, _short_form_at, _trim)
from pipeline.nlp.ruler.view import TokenStrings


def _object_phrase(v: TokenStrings, i: int) -> tuple[int, int] | None:
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
    marker_end = _spelled_marker_end(v, i, j)
    if marker_end is not None:
        return i, marker_end
    head = lowers[j - 1]
    if head in P.OF_HEADS and j + 1 < n and lowers[j] == "of":
        k = j + 1 + (lowers[j + 1] == "the")
        end = _of_object_end(v, k, head)
        if end > k:
            return i, end
    if not _measure_head(v, i, j):
        return None
    return i, j


def _spelled_marker_end(v: TokenStrings, i: int, j: int) -> int | None:
    """(helper EO, s27) `reduced glial fibrillary acidic protein (GFAP)`, `a decrease in C-C motif chemokine ligand 2
    (CCL2)`: a marker written out, its symbol defined right after it. The long form names the end point though its
    last word (`protein`, `ligand`) is no measure; the end of the long form (with a number the name ends in), or None.
    The symbol is one of P.MARKER_SYMBOL and must spell the long form, so `the dose of riluzole (RLZ)` stays out."""
    lowers, n = v.lowers, len(v.lowers)
    if j < n and _CYTOKINE_NUMBER.match(lowers[j]) and not v.starts[j]:
        j += 1    # `chemokine ligand 2 (CCL2)`: the number ends the name
    if not (_short_form_at(v, j) and not v.starts[j + 1] and P.MARKER_SYMBOL.match(lowers[j + 1])):
        return None
    short, long = lowers[j + 1], " ".join(lowers[i:j])
    return j if j - i >= 2 and short[:1] == long[:1] and _letters_in_order(short, long) else None


def _stained_start(v: TokenStrings, m: int) -> int | None:
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
        if k >= 0 and (low[k] in P.ONSET_VERBS or low[k] == "on" and k > 0 and low[k - 1] in P.ONSET_TOPICS
                       or low[k] in ("of", "in") and k > 0 and low[k - 1] in P.ONSET_CHANGE_NOUNS) \
                or i + 2 < len(low) and low[i + 1] in ("and", "or", "nor") and low[i + 2] in P.ONSET_PARTNERS \
                or i > 1 and low[i - 1] in ("and", "or", "nor") and low[i - 2] in P.ONSET_PARTNERS:
            out.append(i)
    return out


# states an end point is said to be in against the control: `Serum TNF-α and IL-1β were lower`
_COMPARED_STATES = frozenset({"lower", "higher"})
# finite change verbs used without an object, and what may follow them then
_INTRANSITIVE = frozenset({"improved", "declined", "decreased", "increased", "worsened", "deteriorated"})
_AFTER_INTRANSITIVE = frozenset({".", ",", ";", "(", "in", "after", "from", "by", "at", "over", "with", "during",
                                 "between", "and", "to", "significantly", "markedly", "slightly", "only", "more",
                                 "less", "further", "relative", "compared", "following", "within", "throughout"})


# (helper FK, s28) intransitive changes of a marker that no change stem spells: `Plasma IL-6 fell`, `CSF MCP-1 rose`
_MARKER_INTRANSITIVE = frozenset({"declined", "fell", "rose", "dropped"})


def _fluid_markers_changed(v: TokenStrings, i: int) -> list[tuple[int, int, str]]:
    """The markers, measured in a body fluid, that are the subject of the intransitive change at token i: one
    (`CSF IL-6 decreased`) or (helper FK, s28) several coordinated (`Plasma IL-6 and IL-17A fell`, `Serum
    interleukin-6 and interferon-γ declined`), the fluid word before the first or earlier in the sentence
    (`..., whereas IL-10 rose`). A fluid word before the first marker is in its span."""
    lowers = v.lowers

    def marker(k: int) -> bool:
        return bool(P.MARKER_SYMBOL.match(lowers[k]) or P.SPELLED_CYTOKINE.match(lowers[k]))
    members: list[int] = []
    k = i - 1
    while k > 0 and marker(k) and not v.starts[k + 1]:
        members.append(k)
        j = k - 1
        if lowers[j] == "and" and j > 0 and lowers[j - 1] == ",":
            j -= 1   # (`IL-6, IL-1β, and TNF-α`)
        if lowers[j] not in ("and", ",") or v.starts[j + 1] or v.starts[j] or j < 1 or not marker(j - 1):
            break
        k = j - 1
    if not members:
        return _clause_markers_changed(v, i)
    first = members[-1]
    before = first - 1
    if v.starts[first] or not (lowers[before] in P.FLUID_WORDS or lowers[before] in ("and", ",", "whereas", "while")
                               and not P.FLUID_WORDS.isdisjoint(lowers[max(0, before - 10):before])):
        return _clause_markers_changed(v, i)
    out = []
    for m in reversed(members):
        named = P.outcome_concept(lowers[m:m + 1])
        # (`CSF MCP-1 fell`: a marker of no named kind, measured in a fluid, is SPEC's biomarker)
        out.append((before if m == first and lowers[before] in P.FLUID_WORDS else m, m + 1,
                    "outcome:biomarker" if named == "outcome:other" else named))
    return out


# (helper FT, s29) what may stand between a clause's opening and the markers that are its subject (`whereas the
# anti-inflammatory cytokine IL-4 increased`, `Hippocampal IL-6 and IL-1β fell`), and what opens such a clause
_CLAUSE_OPENERS = frozenset({"whereas", "while", "but", "although"})
_SUBJECT_FILLERS = frozenset({"the", "cytokine", "cytokines", "chemokine", "chemokines", "marker", "markers"})


def _clause_markers_changed(v: TokenStrings, i: int) -> list[tuple[int, int, str]]:
    """(helper FT, s29) Marker symbols that are the whole subject of an intransitive change, measured anywhere, not
    only in a fluid: `Hippocampal IL-6 and IL-1β fell`, `TNF-α and IL-6 mRNA dropped while Tgfb1 and Il10 rose`,
    `..., whereas the anti-inflammatory cytokine IL-4 increased`. The list must open its sentence or a clause
    (after `whereas`, `while`, `but`, `, and`, `;`), with at most a place adjective (`spinal`), `the` and the markers'
    kind before it, and the verb must have no object (`IL-6 increased the expression of ...` names an agent)."""
    lowers, n = v.lowers, len(v.lowers)
    low = lowers[i]
    after = i + 1
    if after < n and lowers[after] == "(":   # (`IL-10 increased (P < 0.001), the binding of ...`: what follows the
        after = next((k + 1 for k in range(after, min(n, after + 12)) if lowers[k] == ")"), n)   # bracket decides)
        if after < n - 1 and lowers[after] == "," and lowers[after + 1] not in _CLAUSE_OPENERS | {"and"}:
            return []
    if low not in _MARKER_INTRANSITIVE and not (low in _INTRANSITIVE and after < n and lowers[after] in _AFTER_INTRANSITIVE):
        return []
    last = i - 1 - (lowers[i - 1] in ("mrna", "protein", "expression"))   # (`IL-6 mRNA dropped`)

    def marker(k: int) -> bool:
        return k >= 0 and bool(P.MARKER_SYMBOL.match(lowers[k]) or P.SPELLED_CYTOKINE.match(lowers[k]))
    members, k = [], last
    while marker(k) and (k == last or not v.starts[k + 1]):
        members.append(k)
        j = k - 1 - (k > 1 and lowers[k - 1] == "and" and lowers[k - 2] == ",")   # (`IL-6, IL-1β, and TNF-α`)
        if j < 1 or lowers[j] not in ("and", ",") or v.starts[k] or not marker(j - 1):
            break
        k = j - 1
    if not members:
        return []
    b = members[-1]
    while b > 0 and not v.starts[b] and members[-1] - b < 4 and (
            lowers[b - 1] in _SUBJECT_FILLERS or lowers[b - 1] in MARKER_KINDS or lowers[b - 1].endswith(("al", "ar")) and lowers[b - 1].isalpha()):
        b -= 1   # (`hippocampal`, `spinal`, `cortical`, `striatal`, `the anti-inflammatory cytokine`)
    opened = v.starts[b] or lowers[b - 1] in _CLAUSE_OPENERS or lowers[b - 1] in (";", ":") or (
        lowers[b - 1] == "and" and b > 1 and lowers[b - 2] == ",")
    if not opened:
        return []
    out = []
    for m in reversed(members):
        e = i if m == last and last < i - 1 else m + 1
        out.append((m, e, P.outcome_concept(lowers[m:e])))
    return out


LOSE_GAIN = frozenset({"lost", "lose", "loses", "losing", "gained", "gain", "gains", "gaining"})


def _markers_past_unknown(v: TokenStrings, j: int) -> list[tuple[int, int, str]]:
    """(helper W, s19) A list of changed things that opens on a word the vocabulary does not know, then names
    marker symbols: `a decrease in Congo red, BACE-1, GFAP, and Iba-1`, `reduced thioflavin staining, GFAP and
    Iba-1`. The marker symbols (`GFAP`, `Iba-1`, `IL-6`) are end points; the unknown items are skipped (at most
    four words each, only up to a comma); the list ends at the first word that is neither."""
    lowers, n = v.lowers, len(v.lowers)
    found: list[tuple[int, int, str]] = []
    k = j
    for _ in range(8):
        end = next((x for x in range(k, min(n, k + 5)) if lowers[x] in (",", "and")), None)
        if end is None or any(v.starts[x] for x in range(k + 1, end + 1)) or any(
                lowers[x] in ("(", ")", "of", "levels", "level", "such", "including") for x in range(k, end)):
            break   # (not into a class named with its members: `levels of cytokines (TNF-α, IL-6 and MCP-1)`)
        if end == k + 1 and P.MARKER_SYMBOL.match(lowers[k]):
            found.append((k, k + 1, P.outcome_concept(lowers[k:k + 1])))
        k = end + 1
        if k < n and lowers[k] == "and":
            k += 1
        if k >= n or v.starts[k]:
            break
        if P.MARKER_SYMBOL.match(lowers[k]) and (k + 1 >= n or lowers[k + 1] in (",", ".", ";", "and", "in", "on",
                                                                                 "at", "of", "levels", "expression")):
            if lowers[k + 1:k + 2] not in (["levels"], ["expression"]):
                found.append((k, k + 1, P.outcome_concept(lowers[k:k + 1])))
            if k + 1 >= n or lowers[k + 1] != ",":
                break
    return found


def context_outcomes(v: TokenStrings) -> list[tuple[int, int, str]]:
    """End points licensed by their context: the object(s) of a change or measurement verb
    (`reduced leukocyte infiltration and glial scar formation`) and the subject of a passive one
    (`neutralizing antibodies were detected`)."""
    lowers, n = v.lowers, len(v.lowers)
    out = []
    verb, heads, stem4 = _is_change_verb, P.POSITIVE_HEADS, _STEM4
    for i in [i for i, low in enumerate(lowers) if low in heads or (low[:4] in stem4 and verb(low))
              or low in _COMPARED_STATES or low in _MARKER_INTRANSITIVE]:
        low = lowers[i]
        if low in P.POSITIVE_HEADS and i > 0 and P.POSITIVE_MARK.match(lowers[i - 1]) and not v.starts[i] \
                and not P.TRACER_MARK.match(lowers[i - 1]):
            s = _stained_start(v, i - 1)
            if s is not None:
                out.append((s, i + 1, P.outcome_concept(lowers[s:i + 1])))
        # a marker in a body fluid, subject of an intransitive change: `CSF IL-6 decreased`, `Serum IL-10
        # increased and IL-17 decreased` (or written out: `Serum interleukin-6 decreased`)
        if (_PARTICIPLE.match(low) or low in _MARKER_INTRANSITIVE) and i > 1 and not v.starts[i]:
            out += _fluid_markers_changed(v, i)
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
            if lowers[j] in INSTRUMENT_OPENERS:
                break   # (helper ES, s27) `assessed using von Frey filaments`: the instrument, no end point
            span = _object_phrase(v, j)
            if span is None:
                if lowers[j] != "against":   # (helper ER, s27) `antibodies raised against GFAP and Iba-1`: targets
                    out += _markers_past_unknown(v, j)   # (helper W, s19) `reduced X staining, GFAP and Iba-1`
                break
            if low in P.DOSE_SERIES and lowers[span[0]] in P.DOSED_AMOUNTS and (
                    v.starts[i] or lowers[i - 1] in ("to", "with", "at", "of", "under", "in", "and")):
                break   # `exposed to increasing concentrations of glutamate`: the adjective of a dose series
            out.append((span[0], span[1], P.outcome_concept(lowers[span[0]:span[1]])))
            j = span[1]
            if j < n and lowers[j] == ",":
                j += 1
            if j < n and lowers[j] in ("and", "or"):
                j += 1
            elif j < n and lowers[j - 1] != ",":
                break
            j += (j < n and lowers[j] == "the")
        # subject of a passive, or of a compared state: `X was/were (significantly) reduced`, `X were lower`
        if (_PARTICIPLE.match(low) or low in _COMPARED_STATES) and not v.starts[i]:
            a = i - 1
            while a > 0 and (lowers[a].endswith("ly") or lowers[a] in ("not", "also", "both", "further")) \
                    and not v.starts[a]:
                a -= 1
            if a > 0 and lowers[a] in P.PASSIVE_AUX and not v.starts[a]:
                if a > 4 and lowers[a - 1] == ")" and lowers[a - 3] == "(" and P.MARKER_SYMBOL.match(lowers[a - 2]) \
                        and not v.starts[a - 2]:
                    # (helper BI, s21) `Tumor necrosis factor-α (TNF-α) was decreased`: the marker's short form
                    # closes a subject that opens the sentence (its long form is the abbreviation pass's); not
                    # `In our study, the expression of ... (MCP-1) was elevated in the ALS mouse`
                    k = a - 4
                    while k > 0 and a - 4 - k < 6 and not v.starts[k] and _np_word(v, k - 1):
                        k -= 1
                    if v.starts[k] or k == 1 and lowers[0] == "the" or k > 0 and lowers[k - 1] == "the" and v.starts[k - 1]:
                        out.append((a - 2, a - 1, P.outcome_concept(lowers[a - 2:a - 1])))
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
        # subject of an intransitive change that opens its sentence: `Socialization scores improved in the
        # cord blood group`, `Nerve conduction velocity increased after grafting` (not `X increased Y`)
        if low in _INTRANSITIVE and 0 < i < n - 1 and not v.starts[i] and lowers[i + 1] in _AFTER_INTRANSITIVE:
            k = i
            while k > 0 and i - k < 5 and not v.starts[k] and _np_word(v, k - 1):
                k -= 1
            if v.starts[k] and k < i:
                k = _trim(v, k, i)
                named = i - 1 - k >= 2 and all(t[:1].isupper() for t in v.texts[k:i - 1])
                if k < i and _measure_head(v, k, i) and not named:   # (`Aberrant Behavior Checklist scores`:
                    out.append((k, i, P.outcome_concept(lowers[k:i])))   # the instrument's name is the mention)
    # a change said by a noun: `a decrease in leukocyte infiltration`, `an increase in IL-10` (the
    # list that follows is _coordinated's)
    for i in range(n - 2):
        if lowers[i] in CHANGE_NOUNS and lowers[i + 1] == "in" and not v.starts[i + 1]:
            j = i + 2 + (lowers[i + 2] == "the")
            span = _object_phrase(v, j) if j < n and not v.starts[j] else None
            if span is not None and span[1] < n and lowers[span[1] - 1] in ("interleukin", "interferon") \
                    and _CYTOKINE_NUMBER.match(lowers[span[1]]):
                span = (span[0], span[1] + 1)   # `an increase in interleukin 8`: the number is the name's
            if span is not None and P.ASSAY_WORDS & set(lowers[span[0]:span[1]]):
                continue   # `an increase in promoter activity`: a reporter assay's read-out, no end point
            if span is not None and (span[1] - span[0] >= 2 or P.MARKER_SYMBOL.match(lowers[span[0]])
                                     or P.SPELLED_CYTOKINE.match(lowers[span[0]])):
                # (one word only for a marker: not `an increase in tropism`, `in the concentration of two`)
                out.append((span[0], span[1], P.outcome_concept(lowers[span[0]:span[1]])))
            elif j < n and not v.starts[j]:
                out += _markers_past_unknown(v, j)   # (helper W, s19) `a decrease in Congo red, BACE-1, GFAP, and Iba-1`
        # (helper BI, s21) the same nouns (and up-/down-regulation) before `of` and a marker symbol:
        # `an elevation of Bcl-2`, `a reduction of Bax protein`, `downregulation of IL-1β and TNF-α`,
        # `upregulation of BDNF, TrkB and Bcl-2` (only markers here: `an increase of 20%`, `reduction of
        # the dose` name no end point; the list that follows is _coordinated's)
        if (lowers[i] in CHANGE_NOUNS or lowers[i] in REGULATION_NOUNS) and lowers[i + 1] == "of" \
                and not v.starts[i + 1]:
            j = i + 2 + (lowers[i + 2] == "the")
            if j < n and not v.starts[j]:
                if P.MARKER_SYMBOL.match(lowers[j]) or P.SPELLED_CYTOKINE.match(lowers[j]):
                    e = j + 1
                    while e < n and e - j < 3 and lowers[e] in MARKER_MEASURES:
                        e += 1
                    out.append((j, e, P.outcome_concept(lowers[j:e])))
                else:
                    out += _markers_past_unknown(v, j)
    # (helper BI, s21) markers named in brackets after the kind they are of: `a shift from pro-inflammatory
    # (IL-6, IL-1β) to anti-inflammatory (IL-4, IL-10)`, `pro-apoptotic (Bax) and anti-apoptotic (Bcl-2)
    # genes` (the first marker; the list that follows is _coordinated's)
    # genes`; only when a change is said before them in the sentence, not `secreted anti-inflammatory (IL-10)`
    for i in range(1, n - 2):
        if lowers[i] in MARKER_KINDS and lowers[i + 1] == "(" and P.MARKER_SYMBOL.match(lowers[i + 2]) \
                and not v.starts[i + 1]:
            k = i - 1
            while k > 0 and not v.starts[k] and not (_is_change_verb(lowers[k]) or lowers[k] in CHANGE_NOUNS
                                                     or lowers[k] in REGULATION_NOUNS or lowers[k] in SHIFT_NOUNS):
                k -= 1
            if _is_change_verb(lowers[k]) or lowers[k] in CHANGE_NOUNS or lowers[k] in REGULATION_NOUNS \
                    or lowers[k] in SHIFT_NOUNS:
                out.append((i + 2, i + 3, P.outcome_concept(lowers[i + 2:i + 3])))
    # (helper BI, s21) the harm an insult does to cultured cells or tissue, named after the insult: `H2O2-induced
    # death`, `OGD-induced neuronal injury`, `glutamate-induced motor neuron death` (not the model it names:
    # `an H2O2-induced injury model`; nor the insult cells are kept from: `protected neurons from/against
    # 6-OHDA-induced damage`, `exposed to glutamate-induced toxicity`)
    for i in range(1, n - 1):
        b = i - 1 - (i > 1 and lowers[i - 1] == "the")
        if lowers[i].endswith("-induced") and len(lowers[i]) > 9 and not v.starts[i + 1] \
                and lowers[b] not in ("from", "against", "to"):
            e = i + 1
            while e < n and e - i <= 3 and lowers[e] not in INSULT_HARMS and _np_word(v, e) and not v.starts[e]:
                e += 1
            if e < n and lowers[e] in INSULT_HARMS and not v.starts[e] and (
                    e + 1 >= n or lowers[e + 1] not in INSULT_NOT_AFTER):
                out.append((i, e + 1, P.outcome_concept(lowers[i:e + 1])))
    # `treated mice lost less weight`, `patients gained weight`: the body weight, told by its verb
    out += [(i, i + 1, "outcome:body_weight") for i in range(1, n) if lowers[i] == "weight" and (
        lowers[i - 1] in LOSE_GAIN or lowers[i - 1] in ("more", "less", "no", "significantly", "significant")
        and i > 1 and lowers[i - 2] in LOSE_GAIN)]
    return out


# (helper ES, s27) participles that open the means of a measurement after its verb (`assessed using X`): _trim drops
# a leading `-ing` word, so without this the instrument was read as the verb's object
INSTRUMENT_OPENERS = frozenset({"using", "utilizing", "utilising", "employing"})
# the number or letter of a cytokine written out with a space (`interleukin 8`, `interferon gamma`)
_CYTOKINE_NUMBER = re.compile(r"^(?:\d{1,2}[a-zα-ω]?|[α-ω]|alpha|beta|gamma)$")
# (helper ER, s27) the last words of written-out cytokine names whose number follows after a space
NUMBERED_NAME_ENDS = frozenset({"interleukin", "interferon", "ligand"})


def with_name_number(v: TokenStrings, s: int, e: int, key: str) -> tuple[int, int, str]:
    """(helper ER, s27) `interleukin 8`, `C-X-C motif chemokine ligand 12`: an end point whose name ends in a word
    its number follows with a space takes the number, whichever rule found it (not `... ligand 2 weeks later`)."""
    low = v.lowers
    if key.startswith("outcome:") and e < len(low) and low[e - 1] in NUMBERED_NAME_ENDS and not v.starts[e] \
            and _CYTOKINE_NUMBER.match(low[e]) and (e + 1 >= len(low) or low[e + 1] not in P.TIME_UNITS):
        return s, e + 1, key
    return s, e, key


# nouns that say something changed, before `in` and what changed
CHANGE_NOUNS = frozenset({"decrease", "decreases", "increase", "increases", "reduction", "reductions", "decline",
                          "elevation", "elevations", "rise", "fall", "drop"})
# (helper BI, s21) adjectives that name the kind of the markers listed in brackets after them
MARKER_KINDS = frozenset({"pro-inflammatory", "proinflammatory", "anti-inflammatory", "antiinflammatory",
                          "inflammatory", "pro-apoptotic", "proapoptotic", "anti-apoptotic", "antiapoptotic",
                          "apoptotic"})
INSULT_HARMS = frozenset({"death", "apoptosis", "damage", "injury", "toxicity", "cytotoxicity", "neurotoxicity",
                          "degeneration", "necrosis", "loss", "excitotoxicity"})
INSULT_NOT_AFTER = frozenset({"model", "models", "paradigm", "paradigms", "protocol", "assay", "system"})
SHIFT_NOUNS = frozenset({"shift", "shifted", "switch", "switched", "shifting"})
# (helper BI, s21) a marker's regulation named by a noun (`downregulation of IL-6`), and what may follow the
# marker's symbol in its name (`Bax protein`, `IL-1β mRNA expression`)
# (not `inhibition of caspase-3`, `overexpression of Bcl-2`: what the experimenters did to the marker)
REGULATION_NOUNS = frozenset({"upregulation", "up-regulation", "downregulation", "down-regulation", "attenuation"})
MARKER_MEASURES = frozenset({"protein", "proteins", "mrna", "expression", "expressions", "levels", "level",
                             "activity", "activation", "content", "production", "release", "secretion"})
