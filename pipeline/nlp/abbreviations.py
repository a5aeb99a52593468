"""Give every occurrence of a short form its long form's label and concept (`litmine_abbreviations`).

Reads scispaCy's `abbreviation_detector` output (`doc._.abbreviations`, serialisable dicts or
Spans). The annotators' convention: a short form defined right after a source-specific long
form takes the specific concept (`bone marrow MSCs (MSCs)` -> `cell:bm_msc` for every `MSCs`
of that document), so the long form's concept overrides whatever the rules gave the short form.
"""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import vocabulary as vocabulary_mod
from pipeline.nlp.mentions import Mention, abbreviation_pairs, read_mentions, write_mentions
from pipeline.nlp import patterns as P
from pipeline.nlp.ruler import NESTED_KEY, in_molecule_name


def long_form_mention(mentions: list[Mention], long_start: int, long_end: int) -> Mention | None:
    """The mention that the long form names: it ends where the long form ends (one token of slack)."""
    best = None
    for m in mentions:
        if long_end - 1 <= m.end <= long_end and m.end > long_start and m.start >= long_start - 3:
            if best is None or (m.end - m.start) > (best.end - best.start):
                best = m
    return best


def abbreviates(short: str, long: str) -> bool:
    """Can `short` be read off `long` (its letters in order, the first one starting a word)?"""
    chars = [c for c in short.lower() if c.isalnum()]
    long = long.lower()
    if not chars or not any(w.startswith(chars[0]) for w in long.replace("-", " ").split()):
        return False
    pos = 0
    for c in chars:
        pos = long.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def spells(short: str, long: str) -> bool:
    """`abbreviates`, allowing a plural `s` and a leading `h` for `human` (`huMSCs`, `hMSCs`)."""
    core = short[:-1] if short.endswith("s") and len(short) > 2 else short
    return abbreviates(core, long) or (core[:1] == "h" and len(core) > 2 and abbreviates(core[1:], long))


def _source_prefixed(short: str, long: str, doc: Doc, mentions: list[Mention]) -> bool:
    """(helper AE, s19) `Schwann cell-like cells (WJ-SCLCs)` derived from `WJ-MSCs`: the short form is
    the cells' source prefix, which another cell short form of the document carries, and a short form
    that spells the long form."""
    prefix, _, rest = short.partition("-")
    if not rest or not prefix or not spells(rest, long):
        return False
    return any(m.label == "CELL_TYPE" and doc[m.start:m.end].text.startswith(prefix + "-")
               and doc[m.start:m.end].text != short for m in mentions)


# the words by which a paper introduces its short form in brackets (`hereafter, MSCs`, `referred to as MSCs`)
NAMING_WORDS = frozenset({"hereafter", "henceforth", "hereinafter", ",", "referred", "to", "as", "termed", "called",
                          "named", "abbreviated"})
NAMING_OPENERS = NAMING_WORDS - {",", "to", "as"}   # (`(to ALS)`, `(as ALS)` introduce nothing)


def parenthetical_pairs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, int, int]]:
    """Short forms defined in parentheses right after a mention that scispaCy's detector missed
    (`umbilical cord-derived MSCs (huMSCs)`, `stem cells from human exfoliated deciduous teeth
    (SHEDs)`): every occurrence of the short form, paired with the mention. The short form must be
    one token with a capital letter whose letters can be read off the long form (a leading `h` for
    `human` and a plural `s` are allowed)."""
    out = []
    n = len(doc)
    for m in mentions:
        e = m.end
        # (helper BH, s21) `bone marrow-derived MSCs (hereafter, MSCs)`, `(referred to as MSCs)`, `(termed ADSCs)`:
        # the short form after the words that introduce it
        if e + 3 < n and doc[e].text == "(" and doc[e + 1].lower_ in NAMING_OPENERS:
            j = e + 1
            while j < n - 1 and doc[j].lower_ in NAMING_WORDS:
                j += 1
            if doc[j + 1].text == ")" and any(ch.isupper() for ch in doc[j].text) and 2 <= len(doc[j].text) <= 10:
                out.extend((i, i + 1, m.start, m.end) for i in _positions(doc, doc[j].text) if i != m.start)
            continue
        if e + 2 >= n or doc[e].text != "(" or doc[e + 2].text not in (")", ";", ","):
            continue
        short = doc[e + 1].text
        if not (2 <= len(short) <= 10) or not any(ch.isupper() for ch in short) or " " in short:
            continue
        if not spells(short, doc[m.start:m.end].text) and not _source_prefixed(short, doc[m.start:m.end].text,
                                                                              doc, mentions):
            continue
        out.extend((i, i + 1, m.start, m.end) for i in _positions(doc, short) if i != m.start)
    return out


def _positions(doc: Doc, text: str) -> list[int]:
    """The indices of the tokens whose text is `text`, read off the document's ORTH ids rather than by
    building a Token object for every word (this runs for each defined short form of each document)."""
    strings = doc.vocab.strings
    if text not in strings:
        return []
    h = strings[text]
    return [i for i, o in enumerate(doc.to_array(ORTH).tolist()) if o == h]


def _names_a_disease(long_form: Span) -> bool:
    """Whether a long form no rule found can still name a disease: its head is a disease or lesion word."""
    head = long_form[-1].lower_
    return head in P.DISEASE_HEADS or head in P.LESION_HEADS or (
        P.DISEASE_WORD.match(head) is not None and head not in P.NOT_DISEASE_WORD)


# words every kind of cell or factor name shares: no evidence that a long form names a concept
_GENERIC_NAME_WORDS = frozenset({"cell", "cells", "factor", "factors", "growth", "derived", "human", "of", "the",
                                 "and", "or", "from"})


def _name_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - _GENERIC_NAME_WORDS


def _defined_otherwise(short: Mention, short_text: str, long_form: str, vocab) -> bool:
    """(helper DT, s25) Whether a short form that the rules gave a named concept of the vocabulary is defined
    by a long form that shares no word with any of that concept's names. An end point's short form only where
    the vocabulary lists it (`SAE`, `ESR`): a cytokine's (`IL-2`) is read by its shape, its long form by none."""
    if not short.concept_id or short.concept_id.endswith(":other") or short.concept_id not in vocab:
        return False
    concept = vocab[short.concept_id]
    if short.label == "OUTCOME" and short_text not in concept.names():
        return False
    words = _name_words(long_form)
    if not words:
        return False
    return words.isdisjoint(set().union(*(_name_words(n) for n in concept.names())))


def propagate(mentions: list[Mention], pairs: list[tuple[int, int, int, int]], doc: Doc | None = None,
              nested: list[Mention] = (), vocab=None) -> list[Mention]:
    """Pure: mentions with every defined short form labelled like its long form. A long form that
    starts well before the mention (`lithium in ALS (LiCALS)`) must spell the short form. Where the
    mention found starts before the long form and a nested name covers the long form itself
    (`dying motoneurons (MNs)`: the long form is `motoneurons`), the short form is that name's."""
    out = list(mentions)
    low = [t.lower_ for t in doc] if doc is not None else None
    for ss, se, ls, le in pairs:
        lf = long_form_mention(out, ls, le)
        if lf is None:
            # (helper R, s18) the long form is a cell named inside an end point (`retinal ganglion cell (RGC)
            # loss`): the short form elsewhere (`RGC survival`, `RGCs`) names the cells
            lf = long_form_mention([n for n in nested if n.label == "CELL_TYPE" and ls <= n.start and n.end <= le],
                                   ls, le)
        if lf is None and doc is not None:
            # (helper AE, s19) `bone marrow stromal cell (BMSC)-derived exosomes (EXOs)`: the detector's long
            # form is the last word of a longer cell name found; the short form names that cell product
            lf = next((m for m in out if m.label == "CELL_TYPE" and m.end == le and m.start < ls - 3
                       and spells(doc[ss:se].text, doc[ls:le].text)), None)
        if lf is None:
            # `middle cerebral artery occlusion (MCAO)`: a disease short form the vocabulary knows gives
            # its long form, which no rule found, its concept (only where the short form is defined)
            sf = next((m for m in out if m.start == ss and m.end == se), None)
            if sf is not None and le - ls >= 2 and ls < ss and (doc is None or spells(doc[ss:se].text, doc[ls:le].text)):
                if sf.label != "DISEASE":
                    # (helper DT, s25) the same for a cell, factor, route or end-point short form of the vocabulary
                    # that the paper defines by words none of its concept's names holds (`nuclear pore complex
                    # (NPC)`, `lamina propria (LP)`, `hepatic stellate cells (HSCs)`, `hematopoietic growth factor
                    # (HGF)`, `small airway epithelial (SAE) cells`; `Adipose-derived mesenchymal SCs (AD-MSCs)`
                    # shares `adipose`); (helper DX, s26) also where a rule read a word of it as a mention that is
                    # not the long form's (`estrogen receptor gene (ESR)`: `estrogen`), which leaves the definition
                    # the paper's all the same
                    if doc is not None and vocab is not None and _defined_otherwise(sf, doc[ss:se].text,
                                                                                    doc[ls:le].text, vocab):
                        out = [m for m in out if not (m.start == ss and m.end == se and m.label == sf.label)]
                elif any(m.start < le and ls < m.end for m in out):
                    pass   # a rule read words of the long form: a disease's short form stays as found
                elif doc is None or _names_a_disease(doc[ls:le]):
                    out.append(Mention(ls, le, sf.label, sf.concept_id, "abbreviation", sf.score))
                else:
                    # `alpha-smooth muscle actin (SMA)`, `population doubling (PD)`: the paper defines the
                    # vocabulary's disease short form as something else, so here it names no disease
                    out = [m for m in out if not (m.label == "DISEASE" and m.start == ss and m.end == se)]
            continue
        if doc is not None and lf.end < le and _slack_names_another(lf.label, doc[ls:le]):
            continue
        if low is not None and (in_molecule_name(low, lf.start, lf.end, lf.label, vocab) or in_molecule_name(
                low, ss, se, lf.label, vocab)):
            continue   # (helper ED, s26) `neutrophil elastase (NE)`, `IGF-1 receptor (IGF-1R)`: the long form names a
            #            molecule; `VEGF receptor 1` after `vascular endothelial growth factor (VEGF)`: the short form
            #            opens one (the ruler's check, which this stage would otherwise undo)
        if lf.start < ls:
            inner = long_form_mention([n for n in nested if n.start >= ls and n.end <= le], ls, le)
            if inner is not None:
                lf = inner
        clash = [m for m in out if m.start < se and ss < m.end]
        if lf.label == "NEUROTROPHIC_FACTOR" and any(m.label == "CELL_TYPE" for m in clash):
            # `MSCs overexpressing GDNF (MSC-GDNF)`: the short form names the engineered cells, which the
            # rules found; it takes the source of the cells the long form names, if any
            own = next(m for m in clash if m.label == "CELL_TYPE")
            named = max((m for m in out if m.label == "CELL_TYPE" and ls - 6 <= m.start and m.end <= min(le, ss)),
                        key=lambda m: m.end, default=None)
            if own.concept_id == "cell:msc" and named is not None and named.concept_id in P.MSC_FAMILY:
                out = [m for m in out if m is not own] + [Mention(own.start, own.end, own.label, named.concept_id,
                                                                  own.source, own.score)]
            continue
        if doc is not None and lf.start > ls + 2 and not spells(doc[ss:se].text, doc[lf.start:lf.end].text) \
                and not _source_prefixed(doc[ss:se].text, doc[lf.start:lf.end].text, doc, out):
            continue
        if lf.label == "OUTCOME" and doc is not None and se < len(doc) and _gene_sense(doc, se):
            continue   # `the IL-6 gene`, `IL-6 promoter constructs`: the gene, not the measured cytokine
        if lf.label == "DISEASE" and doc is not None and _tumour_cells(doc, ss, se, lf):
            # `chronic lymphocytic leukemia (CLL)` ... `CLL cells`: the tumour's cells, no disease, as the ruler
            # has `leukemia cells`; no other mention the rules read in the short form either
            out = [m for m in out if not (m.start == ss and m.end == se)]   # (nor the vocabulary's `NPC`)
            continue
        if lf.label == "DISEASE" and doc is not None and ls < lf.start and doc[lf.start - 1].lower_ == "in":
            continue   # `DCC (deleted in colorectal cancer)`: a gene named for the disease it is lost in
        names_product = doc is not None and not P.EV_SUFFIXES.isdisjoint(re.split(r"[-/ ]", doc[ss:se].text.lower()))
        # (helper FU, s29) `conditioned medium from hypoxic MSCs (Hx-CM)`: the long form found ends with the cells,
        # but a short form glued to a product's suffix names the product, as `MSC-CM` does
        product = lf.label == "CELL_TYPE" and lf.concept_id in P.MSC_FAMILY and names_product
        short = Mention(ss, se, lf.label, "cell:msc_ev" if product else lf.concept_id, "abbreviation", lf.score)
        if short.overlaps(lf):
            continue
        # (not for a route: its short form is the study's own, `intrapaw (IP)` is no intraperitoneal injection)
        # (helper DP, s25) so for the generic factor class found at the tail of an unlisted spelling of a named
        # factor (`glial-cell-line-derived neurotrophic factor (GDNF)`: the rules saw only `neurotrophic factor`)
        if lf.concept_id and (lf.concept_id.endswith(":other") or lf.concept_id == "factor:ntf" and lf.start > ls) \
                and lf.label != "ROUTE" and any(
                m.label == lf.label and m.concept_id and not m.concept_id.endswith(":other") for m in clash) and (
                doc is None or doc[ss:se].text.lower() not in P.BARE_MONONUCLEAR):
            continue   # `... mesenchymal SCs (AD-MSCs)`: a short form that names its concept keeps it
            # (a bare `MNCs` names no source: `cord blood mononuclear cells (MNCs)` are cord blood's)
        if lf.concept_id == "cell:msc_ev" and lf.start < ls and doc is not None and not names_product and any(
                m.label == "CELL_TYPE" and m.concept_id not in (None, "cell:msc_ev") for m in clash):
            continue   # `the secretome of umbilical cord MSCs (UC-MSCs)`: the short form names the cells
        if any((m.end - m.start) > (se - ss) and not (m.start >= ss and m.end <= se) for m in clash):
            continue   # the short form sits inside a longer mention: leave it
        out = [m for m in out if m not in clash]
        out.append(short)
    return out


def _tumour_cells(doc: Doc, ss: int, se: int, long_form: Mention) -> bool:
    """(helper EP, s27) The short form of a tumour's name (its long form ends in `leukemia`, `carcinoma`,
    `lymphoma`, `cancer`, ...) goes on to the cells or the cell line of that tumour (`APL cells`, `HCC cell lines`)."""
    return se < len(doc) and doc[se].lower_ in P.TUMOUR_CELL_WORDS \
        and P.TUMOUR_TYPE.search(doc[long_form.end - 1].lower_) is not None


def _slack_names_another(label: str, long_form: Span) -> bool:
    """The long form goes one word past the mention found in it (long_form_mention's slack): does that word make
    the long form name something other than the mention, so that the short form is no mention of its label?"""
    last = long_form[-1].lower_
    if last in P.DERIVED_TAILS:
        return True   # `B-cell derived (Bcd) oncogene`, `T cell specific (Tcs) antigen`: named after the cells
    if label == "DISEASE":
        return last in P.NAMED_AFTER_DISEASE   # `WAS protein (WASP)`, `adrenoleukodystrophy protein (ALDP)`
    return _names_a_disease(long_form)   # `adult T-cell leukemia (ATL)`, `bare lymphocyte syndrome (BLS)`


def _gene_sense(doc: Doc, i: int) -> bool:
    """Is token i (just after a short form) a word that makes the short form a gene (`IL-6 gene`),
    not one that goes on to a measure (`IL-6 gene expression`)?"""
    if doc[i].lower_.split("/")[0] not in P.GENE_SENSE:
        return False
    return not (i + 1 < len(doc) and doc[i + 1].lower_ in ("expression", "transcription", "levels", "level",
                                                             "product", "products", "mrna"))


def number_variants(doc: Doc, pairs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A short form defined in one number counts in the other too: `neurodegenerative disorders
    (NDs)` ... `the second most common ND`; `mesenchymal stem cell (MSC)` ... `MSCs`; and without a
    human `h` (`hASCs` ... `ASCs`). Only for one-token short forms with two capitals or more, paired
    with the first definition's long form."""
    first: dict[str, tuple[int, int]] = {}
    for ss, se, ls, le in pairs:
        if se - ss == 1:
            first.setdefault(doc[ss].text, (ls, le))
    wanted: dict[str, tuple[int, int]] = {}
    for short, long in first.items():
        variants = [short[:-1] if short.endswith("s") else short + "s"]
        if short[:1] == "h" and short[1:2].isupper():
            # `human adipose-derived stem cells (hASCs)` ... `ASCs`: the species letter dropped
            variants += [short[1:], variants[0][1:]]
        for other in variants:
            core = other.rstrip("s") if other.endswith("s") else other
            if other not in first and sum(ch.isupper() for ch in core) >= 2 and len(core) >= 2:
                wanted.setdefault(other, long)
    if not wanted:
        return []
    paired = {p[0] for p in pairs}
    strings = doc.vocab.strings
    ids = {strings[w]: w for w in wanted if w in strings}   # (a text the store lacks is in no token)
    return [(i, i + 1, *wanted[ids[h]]) for i, h in enumerate(doc.to_array(ORTH).tolist())
            if h in ids and i not in paired]


def glued_products(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """(helper U, s19) Pure: an MSC product glued to a short form that only this document defines (`adipose
    derived stem cells (ASCs)` ... `the ASC-CM group`, `ASC-CM`; the ruler knows `ADSC-CM` from the
    vocabulary, but `ASC` alone is no cell name): the product, `cell:msc_ev`. The head must be, up to a
    plural `s`, the text of a one-token MSC mention of the document with two capitals or more."""
    shorts = {doc[m.start].text for m in mentions if m.label == "CELL_TYPE" and m.end - m.start == 1
              and m.concept_id in P.MSC_FAMILY and sum(ch.isupper() for ch in doc[m.start].text) >= 2}
    if not shorts:
        return mentions
    heads = shorts | {t[:-1] for t in shorts if t.endswith("s")}
    added = []
    for t in _unnamed_hyphenated(doc, mentions):
        head, _, last = t.text.rpartition("-")
        if head in heads and last.lower() in P.EV_SUFFIXES:
            added.append(Mention(t.i, t.i + 1, "CELL_TYPE", "cell:msc_ev", "abbreviation", 1.0))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _unnamed_hyphenated(doc: Doc, mentions: list[Mention]) -> list:
    """The hyphenated tokens no mention covers: where a glued name may hide."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [t for t in doc if "-" in t.text and t.i not in covered]


def one_word_factor_names(vocab) -> frozenset[str]:
    """The factors' one-word names (normalised), for glued_engineered; built once per pipeline."""
    return frozenset(vocabulary_mod.normalize_alias(a) for c in vocab.of_label("NEUROTROPHIC_FACTOR")
                     if not c.is_other for a in c.names() if " " not in a and len(a) >= 3)


def glued_engineered(doc: Doc, mentions: list[Mention], factors: frozenset[str]) -> list[Mention]:
    """(helper AV, s20) Pure: cells named for the factor they were engineered to make, glued to a cell
    short form that only this document defines (`Schwann cells (SCs)` ... `GDNF-SCs`, `SC-GDNF`,
    `OEC-NT3`; the ruler knows `GDNF-NPCs` from the vocabulary, but `SCs` alone is no cell name): the
    cells' concept. The short form must be, up to a plural `s`, the text of a one-token cell mention of
    the document with two capitals or more; the other part a factor's one-word name (`factors`:
    one_word_factor_names)."""
    shorts: dict[str, str] = {}
    for m in mentions:
        if m.label == "CELL_TYPE" and m.end - m.start == 1 and m.concept_id and \
                sum(ch.isupper() for ch in doc[m.start].text) >= 2:
            t = doc[m.start].text
            shorts.setdefault(t, m.concept_id)
            shorts.setdefault(t[:-1] if t.endswith("s") else t + "s", m.concept_id)
    if not shorts:
        return mentions
    added = []
    for t in _unnamed_hyphenated(doc, mentions):
        # the cells after the last hyphen (`NT-3-SCs`) or before the first (`SC-NT-3`)
        head, _, last = t.text.rpartition("-")
        first, _, rest = t.text.partition("-")
        for cells, factor in ((last, head), (first, rest)):
            if cells in shorts and vocabulary_mod.normalize_alias(factor) in factors:
                added.append(Mention(t.i, t.i + 1, "CELL_TYPE", shorts[cells], "abbreviation", 1.0))
                break
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _cell_part(text: str, factors: frozenset[str]) -> str | None:
    """The cell part of a name glued to a factor's (`hMSC-GDNF`, `hMSC-GDNF/VEGF`, `GDNF-iAstro`), or None."""
    first, _, rest = text.partition("-")
    head, _, last = text.rpartition("-")
    if first and rest and vocabulary_mod.normalize_alias(rest.partition("/")[0]) in factors:
        return first
    if head and last and vocabulary_mod.normalize_alias(head) in factors:
        return last
    return None


def _reads_as_short_form(part: str) -> bool:
    """A cell part that reads as a short form (`hMSC`, `SC`, `iAstro`), not a vector's (`Ad`, `AAV`: a virus never
    spells the cells anyway): two capitals, or a capitalised clipping of four letters, after a species or `i`."""
    core = part[1:] if part[:1] in "hirm" and part[1:2].isupper() else part
    return sum(ch.isupper() for ch in core) >= 2 or (core[:1].isupper() and len(core) >= 4 and core.isalpha())


def engineered_lines(doc: Doc, mentions: list[Mention], factors: frozenset[str]) -> list[Mention]:
    """(helper FX, s29) Pure: cells engineered to make a factor, named by a short form glued to the factor that the
    paper defines in brackets right after the factor, in the sentence that names the cells (`We transduced bone
    marrow MSCs to produce GDNF (hMSC-GDNF), VEGF (hMSC-VEGF)`, `astrocyte progenitors ... with a lentivirus driving
    GDNF (iAstro-GDNF)`). The cell part (`hMSC`, `iAstro`) names the cells named last before the factor, whose letters
    it spells; so does every glued name with that part (`hMSC-GDNF/VEGF`) and the bare part (`hMSCs`, `iAstro`):
    one document's `hMSC-` names one cell line, whether scispaCy's detector paired the short form or not. A name no
    rule read is added; one the rules read keeps its concept unless it is the generic `cell:msc` of these cells."""
    by_part: dict[str, set[str]] = {}
    cells = sorted((m for m in mentions if m.label == "CELL_TYPE" and m.concept_id), key=lambda m: m.end)
    for m in mentions:
        i = m.end + 1
        if m.label != "NEUROTROPHIC_FACTOR" or i + 1 >= len(doc) or doc[m.end].text != "(" \
                or doc[i + 1].text not in (")", ",", ";", "/"):
            continue
        part = _cell_part(doc[i].text, factors)
        if not part or not _reads_as_short_form(part):
            continue
        sent_start = doc[m.start].sent.start if doc.has_annotation("SENT_START") else max(0, m.start - 30)
        named = [c for c in cells if sent_start <= c.start and c.end <= m.start
                 and not doc[c.start:c.end].text.startswith(part + "-")]
        core = part[1:] if part[:1] in "hirm" and part[1:2].isupper() else part
        if named and (spells(part, doc[named[-1].start:named[-1].end].text)
                      or spells(core, doc[named[-1].start:named[-1].end].text)):
            by_part.setdefault(part, set()).add(named[-1].concept_id)
    lines = {part: next(iter(c)) for part, c in by_part.items() if len(c) == 1}   # (two definitions that disagree: none)
    if not lines:
        return mentions
    at = {m.start: m for m in mentions if m.end - m.start == 1}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for t in doc:
        text = t.text
        part = text if text in lines else text[:-1] if text[:-1] in lines and text.endswith("s") else \
            _cell_part(text, factors)
        concept = lines.get(part) if part else None
        if concept is None:
            continue
        own = at.get(t.i)
        if own is None and t.i not in covered:
            out.append(Mention(t.i, t.i + 1, "CELL_TYPE", concept, "abbreviation", 1.0))
        elif own is not None and own.label == "CELL_TYPE" and own.concept_id == "cell:msc" \
                and concept in P.MSC_FAMILY:
            out[out.index(own)] = own.with_concept(concept)
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


def bare_mononuclear(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Pure: bare `mononuclear cells` / `MNCs` (no source in the name) take the source of the document's
    mononuclear cells when every sourced mention names blood other than marrow (`umbilical cord blood
    mononuclear cells` ... `the mononuclear cells` -> `cell:other`, like their long form); a document
    with marrow's mononuclear cells, or with none sourced, keeps the vocabulary's `cell:bm_mnc`."""
    if not any(m.concept_id == "cell:bm_mnc" for m in mentions):
        return mentions   # (no bare mention can be: read no mention's text)
    cells = [(m, doc[m.start:m.end].text.lower()) for m in mentions if m.label == "CELL_TYPE"]
    bare = [m for m, t in cells if t in P.BARE_MONONUCLEAR and m.concept_id == "cell:bm_mnc"]
    if not bare:
        return mentions
    sourced = [m for m, t in cells if t not in P.BARE_MONONUCLEAR and ("mononuclear" in t or "mnc" in t or "pbmc" in t)]
    if not sourced or any(m.concept_id != "cell:other" for m in sourced):
        return mentions
    return [m.with_concept("cell:other") if m in bare else m for m in mentions]


def cells_survival(doc: Doc, mentions: list[Mention], concepts) -> list[Mention]:
    """(helper R, s18) A bare `survival` that belongs to cells named by a short form, which only this
    step labels (`RGC survival`, `the survival of SGNs`): the cells' survival concept, as the ruler
    gives it for cells it names itself (`sentence_filters._cells_survival`)."""
    from pipeline.nlp.ruler.sentence_filters import _cells_survival
    if not any(m.concept_id == "outcome:survival" for m in mentions):
        return mentions
    low = [t.lower_ for t in doc]
    spans = [(m.start, m.end, m.concept_id) for m in mentions if m.concept_id]
    out = []
    for m in mentions:
        if m.concept_id == "outcome:survival" and m.end - m.start == 1 and any(
                c.label == "CELL_TYPE" and c.source == "abbreviation" and (c.end == m.start or m.end < c.start <= m.end + 3)
                for c in mentions):
            owner = _cells_survival(low, m.start, m.end, spans, concepts)
            if owner is not None:
                m = Mention(m.start, m.end, m.label, owner, m.source, m.score)
        out.append(m)
    return out


class AbbreviationResolver:
    def __init__(self, nlp: Language, name: str = "litmine_abbreviations", vocabulary: str = "") -> None:
        self.name = name
        self.vocab_concepts = vocabulary_mod.load(vocabulary or None)
        self.factor_words = one_word_factor_names(self.vocab_concepts)

    def __call__(self, doc: Doc) -> Doc:
        pairs = abbreviation_pairs(doc)
        mentions = read_mentions(doc)
        known = {p[0] for p in pairs}
        pairs += [p for p in parenthetical_pairs(doc, mentions) if p[0] not in known]
        pairs += number_variants(doc, pairs)
        if pairs:
            nested = [Mention(sp.start, sp.end, sp.label_, sp.kb_id_ or None, "rule", 1.0)
                      for sp in doc.spans.get(NESTED_KEY, [])]
            mentions = write_mentions(doc, propagate(mentions, pairs, doc, nested, self.vocab_concepts),
                                      self.vocab_concepts)
        resolved = glued_engineered(doc, glued_products(doc, bare_mononuclear(doc, mentions)), self.factor_words)
        resolved = cells_survival(doc, engineered_lines(doc, resolved, self.factor_words), self.vocab_concepts)
        if resolved != mentions:
            write_mentions(doc, resolved, self.vocab_concepts)
        return doc


@Language.factory("litmine_abbreviations", default_config={"vocabulary": ""})
def make_abbreviation_resolver(nlp: Language, name: str, vocabulary: str) -> AbbreviationResolver:
    return AbbreviationResolver(nlp, name, vocabulary)
