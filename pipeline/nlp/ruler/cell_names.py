"""How far a cell mention reaches and which cells it names: the tissue source said before or after
the cells (`MSCs derived from human bone marrow`, `Bone marrow (BM)-derived MSCs`), the product
after MSCs (`-derived exosomes`), the words around motor neurons that make them an end point, a
source glued or coordinated before a sourced name, and cells made from stem cells.

Helpers of the component's composition step, kept apart so that EntityRules holds only the steps
that need its matchers; what needs the vocabulary is passed in (`concepts`, `name_concept`).
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.ruler.view import TokenStrings
from pipeline.vocabulary import Vocabulary


def _bare_ev(text: str) -> bool:
    """Vesicles that name no source but a generic cell: `exosomes`, `cell-derived EVs`."""
    t = text.lower()
    for generic in ("stem cell-derived ", "stem-cell-derived ", "cell-derived "):
        if t.startswith(generic):
            t = t[len(generic):]
            break
    return t in P.BARE_EV


# a glued participle that makes a cell the maker of the factor after it (`MSC-secreted GDNF`)
MADE_BY_SUFFIXES = ("-derived", "-secreted", "-released", "-produced")


def _made_by_suffix(word: str) -> str | None:
    """The glued participle of making that `word` ends with (`MSC-released` -> `-released`), or None."""
    if not word.endswith(MADE_BY_SUFFIXES):   # (most words: one C-level test)
        return None
    return next(g for g in MADE_BY_SUFFIXES if word.endswith(g))


def _ev_head(view: TokenStrings, i: int) -> int:
    """End of an MSC-product head (`-derived exosomes`, `conditioned medium`) starting at token i, or -1."""
    low = view.lowers
    best = -1
    for head in P.EV_HEADS:
        j = i + len(head)
        if j <= len(low) and all(low[i + k] == w for k, w in enumerate(head)):
            best = max(best, j)
    return best


def _source_after(view: TokenStrings, e: int, cid: str) -> tuple[int, str]:
    """`MSCs derived from human bone marrow`, `MSCs isolated from adipose tissue`: the tissue
    source named after the cells belongs to the mention (SPEC: the name with its source) and
    makes a bare `cell:msc` specific. Returns the new end and concept (unchanged when none)."""
    low, n = view.lowers, len(view.lowers)
    j, end_stays, harvest = e, False, False
    bracketed = _bracketed_source(low, e) if cid == "cell:msc" else None
    if bracketed:
        return e, bracketed   # (helper CY, s23) `MSCs (from bone marrow)`, `MSCs (BM-derived)`
    # `MSCs (MSCs) derived from ...`, `MSCs were isolated from ...`, `MSCs, isolated from ...`: the
    # source still names the cells, but the words between are no part of the mention
    if j < n and low[j] == "(" and ")" in low[j + 1:j + 5]:
        j, end_stays = low.index(")", j + 1) + 1, True
    elif j + 1 < n and low[j] in (",", "were", "was") and low[j + 1] in P.SOURCE_LINKERS - {"from"}:
        j, end_stays = j + 1, True
    # (helper CK, s22) a relative clause: `MSCs, which were isolated from bone marrow, ...`
    elif (j + 3 < n and low[j] == "," and low[j + 1] in ("which", "that") and low[j + 2] in ("were", "was", "are", "is")
          and low[j + 3] in P.SOURCE_LINKERS - {"from"}):
        j, end_stays = j + 3, True
    origin = not end_stays and j + 2 < n and low[j] == "of"   # `MSCs of bone marrow origin`
    if j < n and low[j] in P.SOURCE_LINKERS:
        if low[j] != "from" and j + 1 < n and low[j + 1] in P.SOURCE_BY_LINKERS:
            # (helper CY, s23) `MSCs obtained by bone marrow aspiration`: the harvest after the tissue names it
            j, end_stays, harvest = j + 2, True, True
        else:
            j += 1 if low[j] == "from" else 2
            if j > n or low[j - 1] != "from":
                return e, cid
    elif origin:
        j += 1
    else:
        return e, cid
    skipped = j
    while j < n and low[j] in P.SOURCE_AFTER_FILLERS:
        j += 1
    sources = P.SOURCE_WORDS + tuple((w, "blood") for w in P.BLOOD_SOURCES) if cid == "cell:bm_mnc" else P.SOURCE_WORDS
    for words, source in sources:
        k = j + len(words)
        if k <= n and tuple(low[j:k]) == words and not any(view.starts[j:k]):
            if words[0] in P.SOURCE_SHORTS and (not view.texts[j].isupper() or k < n and low[k] in P.SOURCE_SHORT_NOT_BEFORE):
                continue   # (helper CY, s23) `MSCs from UC patients`: a disease's short form, no tissue
            if harvest:
                if k >= n or low[k] not in P.SOURCE_HARVESTS:
                    return e, cid
                k += 1
            if origin:
                if k >= n or low[k] not in ("origin", "origins"):
                    return e, cid
                k += 1
            if source == "cell:uc_msc":
                # (helper CK, s22) `from human umbilical cord Wharton's jelly`: the cord's named part
                for wj, wsrc in P.SOURCE_WORDS:
                    if wsrc == "cell:wj_msc" and tuple(low[k:k + len(wj)]) == wj:
                        k, source = k + len(wj), wsrc
                        break
            if _another_source_after(low, k, view.texts):
                return e, cid   # `MSCs derived from bone marrow, adipose tissue or cord`: MSCs in general
            end = e if end_stays else k
            if cid == "cell:bm_mnc":   # `mononuclear cells (MNCs) from umbilical cord blood`, `MNCs from blood`: not marrow's
                if source in ("cell:uc_msc", "blood"):
                    return end, "cell:other"
                return (end, cid) if source == "cell:bm_msc" else (e, cid)
            if cid == "cell:uc_msc" and source == "cell:wj_msc":
                return end, source   # (helper CY, s23) `umbilical cord-derived MSCs from Wharton's jelly`: the cord's part
            return end, (source if cid == "cell:msc" else cid)
    # (helper CY, s23) `MSCs isolated from the posterior iliac crest of each patient`: the marrow's harvest site,
    # read as a filler when the marrow follows it (`from the iliac crest bone marrow`)
    crest = next((k + 2 for k in range(skipped, j - 1) if low[k] == "iliac" and low[k + 1] == "crest"), None)
    if crest is not None and cid == "cell:msc" and not harvest and not origin and not any(view.starts[skipped:crest]):
        return (e if end_stays else crest), "cell:bm_msc"
    return e, cid


def _bracketed_source(low: list[str], e: int) -> str | None:
    """(helper CY, s23) The one tissue source a bracket right after the cells names: `MSCs (from bone marrow)`,
    `MSCs (isolated from the bone marrow)`, `MSCs (bone marrow-derived)`, `MSCs (BM-derived)`, `MSCs (Wharton's
    jelly-derived)`; None for anything else (`(1 x 10^6 cells)`, `(from bone marrow or adipose tissue)`)."""
    if e >= len(low) or low[e] != "(" or ")" not in low[e + 1:e + 9]:
        return None
    words = low[e + 1:low.index(")", e + 1)]
    linked = False
    if words and words[-1].endswith("-derived") and len(words[-1]) > 8:
        words = words[:-1] + [words[-1][:-len("-derived")]]
        linked = True
    elif words and words[-1] in ("derived", "origin"):
        words, linked = words[:-1], True
    while words and words[0] in P.SOURCE_LINKERS:
        linked = linked or words[0] == "from"
        words = words[1:]
    while words and words[0] in P.SOURCE_AFTER_FILLERS:
        words = words[1:]
    if not words or not linked and words[0] in P.SOURCE_SHORTS:
        return None   # `bone marrow MSCs (BM)`: a short form's definition, no source
    return next((source for w, source in P.SOURCE_WORDS if tuple(words) == w), None)


def _another_source_after(low: list[str], k: int, texts: list[str]) -> bool:
    """A second tissue source listed right after the one ending at k."""
    if k + 2 < len(low) and low[k] == "(" and low[k + 2] == ")":
        k += 3   # (helper CY, s23) `from bone marrow (BM) and adipose tissue (AT)`: the short form between
    if k >= len(low) or low[k] not in (",", "or", "and", "/"):
        return False
    j = k + 1 + (k + 1 < len(low) and low[k + 1] in ("or", "and"))
    while j < len(low) and low[j] in P.SOURCE_AFTER_FILLERS:
        j += 1
    if (low[k - 1] in P.SOURCE_SHORTS and j < len(low) and texts[j].isalpha() and texts[j].isupper()
            and len(texts[j]) <= 4):
        return True   # (helper CY, s23) `MSCs from BM, AT and UC`: short forms listed
    return any(tuple(low[j:j + len(words)]) == words for words, _ in P.SOURCE_WORDS)


def _source_before_abbreviation(view: TokenStrings, s: int, cid: str) -> tuple[int, str]:
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


def _names_recipients(low: list[str], e: int) -> bool:
    """The cells at ..e name who received them: `MSC-treated mice`, `MSC - injected rats`."""
    if e >= len(low):
        return False
    nxt = low[e]
    k = e
    if nxt == "-" and e + 1 < len(low):
        nxt = low[e + 1]     # `MSC - treated`: the tokenizer splits `-treated` off
        k = e + 1
    # (helper AD, s19) `the survival of MSCs transplanted into the injured cord`: a participle that says
    # where the cells went describes them (a reduced relative clause), it names no recipients
    if k + 1 < len(low) and low[k + 1] in P.PLACED_CELLS_AFTER:
        return False
    return nxt.lstrip("-") in P.RECIPIENT_MARKS


def _mn_amount(word: str) -> bool:
    """A word of amount between a verb of rescue and motor neurons: `preserved 40% more motor neurons`."""
    return word in P.MN_AMOUNT_WORDS or word.replace(".", "", 1).isdigit()


def _amount_of_before(low: list[str], k: int) -> int:
    """(helper FJ, s28) Index of the verb of rescue in `preserved 71% of` (`rescued about 60 % of the`) when low[k] is
    that `of`, else -1: the share of the neurons saved is a count of them, as `preserved 40% more` is."""
    if k < 2 or low[k] != "of" or not _mn_amount(low[k - 1]):
        return -1
    j = k - 1
    while j > 0 and _mn_amount(low[j]):
        j -= 1
    return j if low[j] in P.MN_NOUNS_BEFORE else -1


def _mn_passive(low: list[str], e: int) -> int:
    """End of `motor neurons were (significantly) preserved` after motor neurons ending at e, else e."""
    if e >= len(low) or low[e] not in ("were", "was"):
        return e
    k = e + 1
    while k < len(low) and (low[k].endswith("ly") or low[k] in ("also", "better", "still")):
        k += 1
    return k + 1 if k < len(low) and low[k] in P.MN_PASSIVE_VERBS else e


def _stain(low: list[str], k: int, s: int) -> bool:
    """low[k] is part of a staining marker before the cells at s: `ChAT-positive`, `Nissl-stained`,
    `choline acetyltransferase-positive` (the word before a marked one, unless it is a verb of rescue)."""
    if P.POSITIVE_MARK.match(low[k]):
        return True
    return (k + 1 < s and P.POSITIVE_MARK.match(low[k + 1]) is not None and low[k].isalpha()
            and low[k] not in P.MN_NOUNS_BEFORE and low[k] not in ("of", "and", "in"))


def _split_modifier(doc: Doc, s: int, cell_end: dict[int, int]) -> bool:
    """`LPS - treated` glued before a cell name, unless the first part is a cell itself
    (`MSC-treated neurons`: neurons the MSCs were given to)."""
    return (s >= 3 and doc[s - 1].lower_ == "treated" and doc[s - 2].text == "-"
            and not doc[s - 3].whitespace_ and not doc[s - 2].whitespace_ and (s - 2) not in cell_end)


# concepts a source glued by a hyphen may be hiding behind (_glued_sources)
GLUE_CANDIDATES = frozenset({"cell:msc", "cell:other", "cell:bm_mnc"})


def _glued_sources(view: TokenStrings, spans: list[tuple[int, int, str]], concepts: Vocabulary,
                   name_concept: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
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
        if not glued or cid not in GLUE_CANDIDATES or concepts.label_of(cid) != "CELL_TYPE":
            out.append((s, e, cid))
            continue
        best = None
        for n in range(0, 4):
            lo = s - n
            if lo < 0 or (n and (lo in taken or not texts[lo].replace("-", "").replace("'", "").isalpha())):
                break
            got = _variant_concept(texts[lo:e], name_concept)
            if not n and got == "cell:msc_ev" and _bare_ev(" ".join(texts[s:e])):
                continue   # (helper CK, s22) bare vesicles after `Astrocyte-released`: whose they are is decided by source
            if got and (n or got != cid):
                best = (lo, e, got)
        out.append(best or (s, e, cid))   # (best is set only where it widens the span or changes the concept)
    return out


def _variant_concept(words: list[str], name_concept: Callable[[str], str | None]) -> str | None:
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
    return next((found for f in forms if (found := name_concept(" ".join(f)))), None)


def _made_from_stem_cells(view: TokenStrings, spans: list[tuple[int, int, str]],
                          concepts: Vocabulary) -> list[tuple[int, int, str]]:
    """`Induced pluripotent stem cell (iPSC)-derived motor neurons`, `human embryonic stem cell-derived
    astrocytes`: one mention of the cells made, as `iPSC-derived astrocytes` is; the stem cells they
    came from are no mention of their own (no graft of theirs, no route)."""
    low = view.lowers
    out: list[tuple[int, int, str]] = []
    for s, e, cid in spans:
        glued = low[s].endswith(")-derived") and low[s].startswith("(") or low[s] in ("cell-derived", "cells-derived")
        if concepts.label_of(cid) == "CELL_TYPE" and glued and e - s > 1:
            if out and out[-1][1] == s and (out[-1][2] in P.STEM_ORIGINS or out[-1][2] in P.MSC_FAMILY and (
                    cid not in P.MSC_FAMILY and cid != "cell:msc_ev")):
                # (helper B, s18) also cells made from MSCs: `bone marrow stromal cell (BMSC)-derived
                # Schwann cells`, as `BMSC-derived Schwann cells` is (the source's gold convention)
                s = out.pop()[0]
            elif low[s] in ("cell-derived", "cells-derived"):
                k = s
                while k > 0 and low[k - 1] in P.STEM_NAME_WORDS and not view.starts[k]:
                    k -= 1
                if k < s and "stem" in low[k:s]:
                    s = k
        out.append((s, e, cid))
    return out


def _coordinated_sources(view: TokenStrings, spans: list[tuple[int, int, str]],
                         name_concept: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
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
                    got = name_concept(left.rstrip("-") + head)
                    if got and got != "cell:msc" and got in P.MSC_FAMILY + ("cell:bm_mnc",):
                        found = (lo, k, got)
                        break   # the fullest head decides (`... mesenchymal stem cells`, not `... cells`)
            if not found:
                break
            out.append(found)
            taken.update(range(found[0], found[1]))
            k = found[0] - 1
    return out


def _like_cells(view: TokenStrings, spans: list[tuple[int, int, str]],
                name_concept: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """(helper BH, s21) `microglia-like cells`, `motoneuron-like cells`, `dopaminergic neuron-like cells`: cells
    named after a cell type take that type, whichever it is (the gold's convention: `Schwann-like cells` ->
    `cell:schwann_cell`, `NSC-like cells` -> `cell:nsc`); the vocabulary lists only some of them. Also the
    nonproprietary names of MSC products (`remestemcel-L`) that the vocabulary does not list."""
    low, texts = view.lowers, view.texts
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out: list[tuple[int, int, str]] = []
    for i, w in enumerate(low):
        if i in taken or not (w.endswith("cel") or w.endswith("-like")):
            continue   # (most words: neither shape below)
        if P.CELL_INN.match(texts[i]):
            out.append((i, i + 1, "cell:ad_msc" if "adstrocel" in w else "cell:msc"))
            continue
        if not (w.endswith("-like") and len(w) > 6 and i + 1 < len(low) and low[i + 1] in ("cells", "cell")
                and i + 1 not in taken):
            continue
        found = None
        for n in range(0, 3):
            lo = i - n
            if lo < 0 or (n and (lo in taken or not texts[lo].isalpha() or view.starts[lo + 1])):
                break
            base = " ".join(texts[lo:i] + [texts[i][:-5]])
            cid = next((c for suffix in ("", "s", " cells", " cell") if (c := name_concept(base + suffix))), None)
            if cid:
                found = (lo, i + 2, cid)
        if found:
            if found[2] in P.MSC_FAMILY:   # `mesenchymal-like cells derived from human placenta`: the source after
                end, cid = _source_after(view, found[1], found[2])
                found = (found[0], end, cid)
            out.append(found)
            taken.update(range(found[0], found[1]))
    return out


def _lineage_precursors(view: TokenStrings, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper BU, s21) `oligodendroglial progenitor/precursor cells`, `microglial progenitors`, `astrocyte
    progenitor cells`, `skeletal muscle precursor cells`: a lineage word before a precursor word names one
    cell type (the lineage's precursors), not the lineage's mature cells plus a bare `progenitor cells`;
    the names found inside it give way to the whole."""
    low = view.lowers
    out = list(spans)
    for i, w in enumerate(low):
        if w not in P.PRECURSOR_WORDS:
            continue
        end = i + 2 if i + 1 < len(low) and low[i + 1] in ("cells", "cell") else i + 1
        if end == i + 1 and not w.endswith("s"):
            continue   # `progenitor` alone is a modifier (`progenitor marker`)
        found = None
        for n in (2, 1):
            lo = i - n
            if lo < 0 or any(view.starts[k] for k in range(lo + 1, i + 1)):
                continue
            cid = P.PRECURSOR_LINEAGES.get(" ".join(low[lo:i]))
            if cid:
                found = (lo, cid)
                break
        if not found:
            continue
        lo, cid = found
        # a longer name already covering it stays (`human neural stem/progenitor cells`)
        if any(s <= lo and e >= end and (s, e) != (lo, end) and e - s > end - lo for s, e, _ in out):
            continue
        if any(s == lo and e == end for s, e, _ in out):
            continue
        out = [(s, e, c) for s, e, c in out if e <= lo or s >= end] + [(lo, end, cid)]
    return sorted(out)


# (helper EP, s27) tissues a cell is taken from, written before its name: the blood sources of mononuclear cells and
# a few more; longest first (the first that matches is taken)
CELL_TISSUES = tuple(sorted((("umbilical", "cord", "blood"), ("cord", "blood"), *P.BLOOD_SOURCES, ("umbilical", "vein"),
                             ("umbilical", "cord"), ("olfactory", "mucosa"), ("alveolar",), ("peritoneal",),
                             ("splenic",), ("pleural",), ("synovial",),
                             # (helper FH, s28) marrow, whose cells are given as a therapy (`bone marrow MNCs`, `BM MNCs`)
                             ("bone", "marrow"), ("bone-marrow",), ("bm",)), key=len, reverse=True))
MARROW_TISSUES = frozenset({("bone", "marrow"), ("bone-marrow",), ("bm",)})


def _tissue_before_cells(view: TokenStrings, spans: list[tuple[int, int, str]],
                         label_of: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """(helper EP, s27) A cell name takes the tissue it was taken from written right before it (`peripheral blood
    lymphocytes`, `alveolar macrophages`, `splenic T cells`, `umbilical cord stem cells`):
    SPEC section 1 keeps the tissue source in the mention. The concept stays the name's (`umbilical cord stem cells`
    are no MSCs); only words no other mention holds, and not across a sentence start. Bare mononuclear cells are the
    exception (helper FH, s28): their concept is their tissue's (`bone marrow MNCs` -> `cell:bm_mnc`, `cord blood
    MNCs` -> `cell:other`, as the vocabulary's `bone marrow` / `cord blood mononuclear cells` are)."""
    low, out = view.lowers, []
    taken = {k for s, e, _ in spans for k in range(s, e)}
    for s, e, cid in spans:
        if label_of(cid) == "CELL_TYPE" and cid != "cell:msc_ev" and not view.starts[s]:
            tissue = next((w for w in CELL_TISSUES if s >= len(w) and tuple(low[s - len(w):s]) == w
                           and not taken & set(range(s - len(w), s))
                           and not any(view.starts[k] for k in range(s - len(w) + 1, s))
                           and (w != ("bm",) or view.texts[s - 1] == "BM")), ())   # (`BM`: the short form as written)
            if tissue and cid == "cell:bm_mnc" and " ".join(low[s:e]) in P.BARE_MONONUCLEAR:
                cid = "cell:bm_mnc" if tissue in MARROW_TISSUES else "cell:other"
            s -= len(tissue)
        out.append((s, e, cid))
    return out
