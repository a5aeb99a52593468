"""Generic candidates: names no vocabulary lists, found by their shape (`Krabbe disease`,
`TNF-α levels`, `levels of synaptophysin`, `Modified Ashworth Scale`), and the checks that decide
where such a shape may stand beside a vocabulary name.

Separate from the component because the shapes need no vocabulary: they read the tokens alone.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline.nlp import patterns as P
from pipeline.nlp.mentions import abbreviation_pairs
from pipeline.nlp.ruler.phrases import _of_object_end, _outcome_modifier, _short_form_at
from pipeline.nlp.ruler.view import TokenStrings


# every word a shape below is headed by (or reads on from: `end stage`), and the long words' shapes: a token that is
# neither heads nothing, and most tokens are neither
GENERIC_HEAD_WORDS = (P.DISEASE_HEADS | P.ANATOMY_DAMAGE | P.INSTRUMENT_HEADS | P.OF_HEADS | P.PRODUCT_HEADS
                      | P.OUTCOME_HEADS | {"infarct", "infarcts", "cord", "cords", "cells", "cell", "events", "event",
                                           "end-stage", "stage", "level", "levels"})


@lru_cache(maxsize=65536)
def _long_word_shaped(low: str) -> bool:
    """Whether a word of 7 letters or more has a disease's, an end point's or a cell's shape (before the lists of
    exceptions: `nephropathy`, `neurogenesis`, `astrocytes`, but also `apoptosis`)."""
    return bool(P.DISEASE_WORD.match(low) or P.OUTCOME_WORD.match(low) or P.CELL_WORD.match(low))


def generic_candidates(doc: Doc, view: TokenStrings | None = None) -> list[tuple[int, int, str]]:
    """Names no vocabulary lists, by their shape (head word first, then walk left: cheap):
    `chronic inflammatory disorders`, `Krabbe disease`, `neuropathy`, `Modified Ashworth Scale`,
    `TNF-α levels`, `levels of synaptophysin`, `synaptogenesis`, `brain damage`, `hepatocytes`."""
    out = []
    v = view or TokenStrings.of(doc)
    lowers, texts, starts = v.lowers, v.texts, v.starts
    n = len(lowers)
    for i, low in enumerate(lowers):
        if low not in GENERIC_HEAD_WORDS and (len(low) < 7 or not _long_word_shaped(low)):
            continue
        # a disease by its shape (`nephropathy`, `dysplasia`) reads its modifiers like a head (`diastrophic dysplasia`)
        morph = len(low) > 7 and P.DISEASE_WORD.match(low) and low.rpartition("-")[2] not in P.NOT_DISEASE_WORD
        if (low in P.DISEASE_HEADS or low in P.ANATOMY_DAMAGE or morph) and not _no_disease_name(lowers, i, morph):
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
                if not (k == i and i + 1 < n and low in ("disease", "diseases", "disorder", "disorders")
                        and lowers[i + 1] in P.DISEASE_AS_MODIFIER_NOUNS):
                    out.append((j, i + 1, "disease:other"))   # (helper CO, s22) not `central disease mechanism`
            elif low in P.EPONYM_HEADS and i > 0:
                m = i - 1 if lowers[i - 1] not in ("'s", "’s") else i - 2
                name = texts[m] if m >= 0 else ""
                # `McLeod syndrome`, `DiGeorge syndrome`; at a sentence's start only a hyphenated name
                # (`Prader-Willi syndrome ...`), not any capitalised first word
                named = name.istitle() or name.isalpha() and name[1:2].islower() and name[:1].isupper() and any(
                    c.isupper() for c in name[2:])
                if named and lowers[m] not in P.NOT_EPONYM and (not starts[m] or "-" in name and name.istitle()
                                                                 or _eponym_inside_sentence(v, name, low, i)):
                    out.append((m, i + 1, "disease:other"))
        elif low in ("infarct", "infarcts") and i > 0 and lowers[i - 1] in P.INFARCT_AGES and not (
                i + 1 < n and lowers[i + 1] in P.INFARCT_MEASURES):
            out.append((i - 1, i + 1, "disease:other"))   # (helper CO, s22) `chronic infarcts`
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
            # (helper CN, s22) with its measure after it: `apoptosis rates`, `autophagy markers`
            out.append((i, i + 1 + (i + 1 < n and lowers[i + 1] in MEASURE_WORDS), "outcome:other"))
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
        if low in ("events", "event") and i > 0 and (lowers[i - 1] in P.EVENT_KINDS or lowers[i - 1] in P.EVENT_CAUSES) \
                and not starts[i]:
            # `serious bleeding events`, `major adverse cardiac events`: harms a trial counts; (helper FZ, s29) as are
            # events put down to the treatment (`no serious treatment-related event`, `procedure-related events`)
            j = i - 1
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
        if low in ("level", "levels") and _segment_level(lowers, i):
            continue    # `grafted at two spinal levels`, `at multiple levels of the spinal cord`: places, not amounts
        if low == "extent" and "to" in lowers[max(0, i - 3):i]:
            continue    # (helper DH, s24) `and to a lesser extent of NeuN`: an adverbial of degree, no amount measured
        if low in P.OF_HEADS and i + 1 < n and lowers[i + 1] == "of" and not (
                # `exposed to increasing concentrations of glutamate`: a dose series given, no read-out
                low in P.DOSED_AMOUNTS and i > 0 and lowers[i - 1] in P.DOSE_SERIES
                and not (i > 1 and lowers[i - 2] == "by")) and not (
                # (helper AD, s19) `the levels of expression and secretion of BDNF`: an amount of a cell's
                # output, whose factor is what was measured (a SECRETES), no end point
                low in P.MEASURED_AMOUNTS and i + 2 < n and lowers[i + 2] in P.CELL_OUTPUTS):
            end = _of_object_end(v, i + 2, low)
            if end > i + 2 and not (low in ("level", "levels") and _level_of_degree(lowers, i, end)):
                out.append((i, end, P.outcome_concept(lowers[i:end])))
        if low in P.PRODUCT_HEADS and i > 0:
            j = i
            while j > 0 and i - j < 4 and not starts[j] and (
                    _outcome_modifier(v, j - 1) or lowers[j - 1] in P.PRODUCT_MODS or lowers[j - 1] in P.TNF_WORDS):
                j -= 1
            cid = P.outcome_concept(lowers[j:i + 1]) if j < i else None
            if cid is not None and (cid == "outcome:inflammation" or P.PRODUCT_MODS & set(lowers[j:i])):
                out.append((j, i + 1, cid))
        if low in P.OUTCOME_HEADS and i > 0 and not (low == "pressure" and lowers[i - 1] in P.FIGURATIVE_PRESSURE) \
                and not (low in ("area", "areas") and lowers[i - 1] in P.BRAIN_AREA_MODS):
            j = i
            while j > 0 and i - j < 4 and not starts[j] and (_outcome_modifier(v, j - 1) or _tnf_name_before(lowers, j)):
                j -= 1
                # coordinated modifiers share the head: `learning and memory functions`
                if j >= 2 and j < i and lowers[j - 1] in ("and", "or", "/") and not starts[j - 1] \
                        and _outcome_modifier(v, j - 2) and lowers[j - 2] not in P.NOUNS_LIKE_ADJECTIVES:
                    j -= 1
            if j < i and lowers[j] in ("and", "or", "/"):
                j += 1   # (helper EN, s27) the walk's length ran out past the conjunction: no mention opens with it
            # a short form just before the head: `serum interleukin-6 (IL-6) levels`
            if j == i and i > 3 and _short_form_at(v, i - 3) and not starts[i - 2] and _outcome_modifier(v, i - 4):
                j = i - 3
                while j > 0 and i - j < 8 and not starts[j] and (
                        _outcome_modifier(v, j - 1) or lowers[j - 1] in P.TNF_WORDS):
                    j -= 1
                j = j if j < i - 3 else i
            if j < i and low in P.APPRAISAL_HEADS and set(lowers[j:i]) <= P.METHOD_MODIFIERS:
                j = i   # `radiographic evaluation`, `histological assessment`: how it was examined, no end point
            if j < i and low in ("test", "tests") and not P.STATISTICAL_TEST_WORDS.isdisjoint(lowers[j:i]):
                j = i   # (helper S, s19) `compared using paired t tests`: the analysis, no end point
            if j < i:
                end = i + 1
                if low in P.OF_HEADS and i + 2 < n and lowers[i + 1] == "of":   # `CSF levels of MCP-1`
                    # (`plasma levels of the chemokine MCP-1`: what was measured in the fluid, past `the`)
                    k = i + 2 + (i + 3 < n and lowers[i + 2] == "the" and lowers[j] in P.FLUID_WORDS)
                    obj_end = _of_object_end(v, k, low)
                    end = obj_end if obj_end > k else end
                out.append((j, end, P.outcome_concept(lowers[j:end])))
    return out


def _level_of_degree(lowers: list[str], i: int, end: int) -> bool:
    """(helper FY, s29) `level` at i as a degree, not a measured amount: what it is of is a degree itself (`the
    predetermined level of clinical benefit`, `higher levels of therapeutic efficiency`, `two levels of neurological
    improvement`), or it is what something was brought to (`reduced the effect to the level of plain medium`: the
    comparison, whose end point is named elsewhere)."""
    return lowers[end - 1] in P.DEGREE_NOUNS or (i >= 2 and lowers[i - 1] == "the" and lowers[i - 2] == "to")


def _tnf_name_before(lowers: list[str], j: int) -> bool:
    """(helper EN, s27) The word before token j goes on with tumour necrosis factor's name (`necrosis` before
    `factor-α`, `tumor` before `necrosis`), which no modifier test takes: without it `Tumor necrosis factor-α
    levels fell` left the end point `factor-α levels`."""
    return (lowers[j - 1] == "necrosis" and lowers[j].startswith("factor")
            or lowers[j - 1] in ("tumor", "tumour") and lowers[j] == "necrosis")


def _instrument_long_forms(doc: Doc, view: TokenStrings) -> list[tuple[int, int, str]]:
    """A long form the document abbreviates whose last word names a rating instrument is that
    instrument, whatever its words and case (`positive and negative symptoms scale (PANSS)`); the
    title-case shape without a short form is generic_candidates'."""
    low, out = view.lowers, []
    for ss, se, ls, le in abbreviation_pairs(doc):
        if se - ss == 1 and le - ls >= 2 and low[le - 1] in P.INSTRUMENT_LONG_HEADS \
                and any(ch.isupper() for ch in view.texts[ss]) and P.STATISTICAL_TEST_WORDS.isdisjoint(low[ls:le]):
            out.append((ls, le, P.outcome_concept(low[ls:le])))
    return out


def _extends_with_of(low: list[str], phrase: dict[int, str], s: int, e: int) -> bool:
    """The span s..e is a measure's name from s on, then `of` and words no name covers: `CSF levels
    of IL-6` says what was measured (`regeneration of nerve tissue` adds nothing to `regeneration`)."""
    k = s
    while k < e and k in phrase:
        k += 1
    return k < e - 1 and low[k] == "of" and low[k - 1] in P.MEASURED_AMOUNTS \
        and not any(i in phrase for i in range(k, e))


def _measured_name(low: list[str], cands: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    """The concept of the end point named after `<fluid> levels of` in s..e (`CSF levels of NfL`), when
    the words after `of` are that one vocabulary name; else None. (`CSF levels` alone is a name too: the
    whole is one mention, not a second end point beside the marker.)"""
    k = next((j for j in range(s + 1, e - 1) if low[j] == "of"), None)
    if k is None or low[k - 1] not in P.MEASURED_AMOUNTS:
        return None
    return next((cid for cs, ce, cid in cands if cs == k + 1 and ce == e and cid.startswith("outcome:")), None)


def i_in_tail(s: int, e: int, phrase: dict[int, str]) -> bool:
    """The vocabulary name sits at the end of the span (`... cholinergic neurons`), not at its start."""
    return (e - 1) in phrase and s not in phrase


# what a blood or CSF marker is measured in, before its name (`serum NfL levels`, `cerebrospinal fluid pNfH levels`)
MARKER_FLUIDS = frozenset({"csf", "cerebrospinal", "fluid", "serum", "plasma", "blood", "urine", "urinary", "sera"})


# immune cells whose marked name may open an inflammation end point (`CD4+ T cell infiltration`,
# `CD68+ macrophage infiltration`, `Iba1+ microglia activation`), and the heads that gather them
GATHERED_CELLS = frozenset({"cell:t_cell", "cell:treg", "cell:macrophage", "cell:monocyte", "cell:microglia",
                            "cell:astrocyte"})
GATHERING_HEADS = frozenset({"infiltration", "infiltrates", "activation", "accumulation", "recruitment", "reactivity"})


# what rates a named end point, right after its name (`dyskinesia ratings`, `tremor scores`)
RATING_WORDS = frozenset({"rating", "ratings", "score", "scores"})
# (helper CN, s22) what else measures a named end point, right after its lower-case name: the gold keeps it in the
# mention (29 sets: `mortality rates`, `apoptosis rates`, `autophagy markers`, `ovarian function
# indicators`; train: `progression rate`, `oxidative stress markers`); not `levels` (`protein expression levels`), not
# `values` (as often left out as kept: `handgrip dynamometry values`)
MEASURE_WORDS = frozenset({"rate", "rates", "marker", "markers", "indicator", "indicators"})
# (helper DI, s24) a worsening said right after a named end point's lower-case name is part of that end point, as the
# gold spans it (29 sets: `motor function deterioration` 3, `neurogenesis decline` and `muscle strength decline` 5 of
# 6, `motor performance deficits` 4, `motor function loss` 2 kept); not `improvement` (train: `motor function
# improvement` is `motor function`: the result's direction), not `reduction` (as often left out)
WORSENING_WORDS = frozenset({"decline", "deterioration", "deficit", "deficits", "loss", "impairment", "impairments"})
# (helper FC, s28) what is measured of a named end point, right after its name in any case, is that end point as the
# gold spans it (train: `PNN structure` x2, `metallothionein mRNA expression`; msc-neuro: `ROS expression`); a factor's
# expression is no end point (its SECRETES), so only names of end points take it
NAMED_PROPERTIES = frozenset({"expression", "structure"})
# (helper FC, s28) a leading head that the train gold keeps before a named end point (`the structure of damaged
# perineuronal nets`), unlike `recovery of` (train gold: `recovery of motor function` is `motor function`)
KEPT_LEADING_HEADS = frozenset({"structure"})


def _widened_names(view: TokenStrings, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A named biomarker with its amount word after it, and the fluid before it, is one end point, as
    the gold spans it (`plasma phosphorylated neurofilament heavy chain levels`): `serum NfL levels`,
    `CSF pNfH concentrations` (the name alone stays where no fluid or no amount word is said). And a
    sign's rating, in lower case, is that sign's end point (`dyskinesia ratings`); an instrument's short
    form is not widened (`NIHSS score`, `S&E scores`: the gold names the instrument)."""
    low, texts, out = view.lowers, view.texts, []
    for s, e, cid in cands:
        if cid in GATHERED_CELLS and e < len(low) and low[e] in GATHERING_HEADS:
            # the marker before a cell word (`CD68+ macrophage`), or inside the cell name (`CD4+ T cell`)
            k = s - 2 if s >= 2 and texts[s - 1] in ("+", "⁺") and texts[s - 2][:1].isalnum() else s
            if (k < s or "+" in texts[s:e] or "⁺" in texts[s:e]) \
                    and (named := P.outcome_concept(low[k:e + 1])) == "outcome:inflammation":
                out.append((k, e + 1, named))   # `CD4+ T cell infiltration`: the marked immune cells' gathering,
                continue                        # as `T cell infiltration` (the cell name stays a nested mention)
        if e < len(low) and (low[e] in RATING_WORDS or low[e] in MEASURE_WORDS or low[e] in WORSENING_WORDS) \
                and cid.startswith("outcome:") \
                and not any(cs <= e < ce for cs, ce, _ in cands) \
                and all((t == t.lower() or (low[e] in MEASURE_WORDS or low[e] in WORSENING_WORDS) and k == s
                         and view.starts[k] and t[1:] == t[1:].lower())
                        and t.replace("-", "").isalpha() for k, t in enumerate(texts[s:e], s)):
            # `dyskinesia ratings`: the rating of a named end point; (helper CN, s22) and its rate, markers or values
            # (`mortality rate`, `autophagy markers`), also at a sentence's start
            out.append((s, e + 1, cid))
            continue
        if cid.startswith("outcome:") and e < len(low) and low[e] in NAMED_PROPERTIES and not view.starts[e] \
                and not any(cs <= e < ce for cs, ce, _ in cands):
            out.append((s, e + 1, cid))   # `ROS expression`, `PNN structure`
            continue
        if cid.startswith("outcome:") and (k := _kept_leading_head(view, cands, s)) is not None:
            out.append((k, e, cid))   # `structure of damaged perineuronal nets`
            continue
        if cid.startswith("factor:") and e + 1 < len(low) and low[e + 1] in P.LEVEL_WORDS and (
                low[e] in MARKER_FLUIDS or low[e] in ("protein", "mrna") and s > 0 and low[s - 1] in MARKER_FLUIDS):
            # (helper AC, s19) the fluid or the molecule's form between the factor and its level (`BDNF serum
            # levels`, `HGF CSF levels`, `plasma HGF protein levels`): the same biomarker end point
            k = s
            while k > 0 and low[k - 1] in MARKER_FLUIDS:
                k -= 1
            out.append((k, e + 2, "outcome:biomarker"))
            continue
        if cid.startswith("factor:") and e < len(low) and low[e] in P.LEVEL_WORDS:
            # a factor's level in a fluid is a biomarker end point (`serum BDNF levels`, `circulating VEGF
            # levels`, `VEGF levels in the CSF`), as `CSF neurotrophic factors` is; the factor stays a
            # nested mention
            k = s
            while k > 0 and (low[k - 1] in MARKER_FLUIDS or low[k - 1] == "circulating"
                             or low[k - 1] == "and" and k >= 2 and low[k - 2] in MARKER_FLUIDS):
                k -= 1
            if k < s and low[k] != "and":
                out.append((k, e + 1, "outcome:biomarker"))
            elif low[e + 1:e + 2] == ["in"] and MARKER_FLUIDS & set(low[e + 2:e + 4]):
                out.append((s, e + 1, "outcome:biomarker"))
            continue
        if cid.startswith("factor:") and s > 0 and not view.starts[s] and low[s - 1] in MARKER_FLUIDS:
            # (helper FZ, s29) the fluid alone says the factor was measured there (`CSF VEGF rose`, `serum BDNF was
            # lower`, `cerebrospinal fluid HGF`): the same biomarker end point as with its level word; only the factor
            # the fluid stands before (`CSF VEGF and HGF rose`: HGF stays a factor mention), which stays nested
            k = s - 1
            while k > 0 and not view.starts[k] and low[k - 1] in MARKER_FLUIDS:
                k -= 1
            out.append((k, e, "outcome:biomarker"))
            continue
        if cid != "outcome:biomarker" or e >= len(low) or low[e] not in P.LEVEL_WORDS:
            continue
        k = s
        while k > 0 and low[k - 1] in MARKER_FLUIDS:
            k -= 1
        if k < s:   # (`neurofilament levels` alone stays `neurofilament`: only the fluid makes the gold's span)
            out.append((k, e + 1, cid))
    return out


def _kept_leading_head(view: TokenStrings, cands: list[tuple[int, int, str]], s: int) -> int | None:
    """(helper FC, s28) Where a kept leading head and `of` stand before the named end point at s, with at most two
    modifiers of the name between (`structure of damaged perineuronal nets`), the head's token; else None."""
    low, starts = view.lowers, view.starts
    covered = {i for cs, ce, _ in cands for i in range(cs, ce)}
    k = s
    while k > 0 and s - k < 2 and not starts[k] and (k - 1) not in covered and low[k - 1] != "of" and (
            P.ADJECTIVE.match(low[k - 1]) or low[k - 1].endswith("ed")):
        k -= 1
    if k >= 2 and low[k - 1] == "of" and low[k - 2] in KEPT_LEADING_HEADS and not starts[k - 1] \
            and not {k - 1, k - 2} & covered:
        return k - 2
    return None


def _site_widened(view: TokenStrings, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CN, s22) A named end point with the site it is measured in before it is one end point, as the gold
    spans it: `peripheral nerve regeneration`, `skin wound healing`, `hippocampal neurogenesis`, `neuronal cell
    death` (the vocabulary names only `regeneration`, `wound healing`, ...). Only site words (patterns.END_POINT_SITES)
    that no other name covers, within the sentence; the concept stays the named one's."""
    low, starts, out = view.lowers, view.starts, []
    covered = {i for s, e, _ in cands for i in range(s, e)}
    for s, e, cid in cands:
        if not cid.startswith("outcome:"):
            continue
        j = s
        # (helper DI, s24) or a qualifier (a fluid only before a blood marker: `serum NfL`, not `serum C-reactive
        # protein`, an inflammation end point the vocabulary names with its fluid where the gold does)
        while j > 0 and s - j < 3 and not starts[j] and (low[j - 1] in P.END_POINT_SITES or low[j - 1] in
                                                         P.END_POINT_QUALIFIERS and (low[j - 1] not in MARKER_FLUIDS
                                                                                     or cid == "outcome:biomarker")) \
                and (j - 1) not in covered:
            j -= 1
        # (helper DI, s24) two qualifiers joined share the end point: `motor and sensory neurite outgrowth` (the
        # concept stays the named one's, not the `motor` of the first qualifier)
        if s > j >= 2 and s - j < 3 and low[j - 1] in ("and", "or", "/") and low[j] in P.END_POINT_QUALIFIERS \
                and low[j - 2] in P.END_POINT_QUALIFIERS and not starts[j - 1] and not starts[j - 2] \
                and not {j - 1, j - 2} & covered:
            j -= 2
        if j < s:
            out.append((j, e, cid))
    return out


def _of_site_widened(view: TokenStrings, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(helper CN, s22) A named process with the tissue, structure or cells it happens in after `of` is one end point,
    as the gold spans it: `regeneration of the sciatic nerve`, `myelination of axons`, `atrophy of the striatum`,
    `progression of the paralysis` (the vocabulary names only the process). Not when what follows names the treated
    animals or patients (`survival of the mice`), the cells given, or any other mention; the concept stays."""
    low, n, out = view.lowers, len(view.lowers), []
    covered = {i for s, e, _ in cands for i in range(s, e)}
    for s, e, cid in cands:
        if not cid.startswith("outcome:") or e + 1 >= n or low[e] != "of" or low[e - 1] not in P.OF_PROCESS_HEADS:
            continue
        k = e + 1 + (low[e + 1] == "the")
        end = _of_object_end(view, k, low[e - 1])
        if end > k and low[end - 1] in P.OF_SITE_OBJECTS and not any(i in covered for i in range(e, end)):
            out.append((s, end, cid))
    return out


def _segment_level(lowers: list[str], i: int) -> bool:
    """`levels` at i names segments of the spine (`two spinal levels`, `multiple levels of the spinal cord`,
    `the cervical level`), not a measured amount (`spinal cord levels of IL-6` stays one)."""
    n = len(lowers)
    if i > 0 and lowers[i - 1] in P.SPINE_SEGMENT_WORDS and not (i + 1 < n and lowers[i + 1] == "of"):
        return True
    k = i + 2 + (i + 2 < n and lowers[i + 2] == "the")
    return i + 1 < n and lowers[i + 1] == "of" and k < n and (lowers[k] in P.SPINE_SEGMENT_WORDS or (
        lowers[i] == "level" and lowers[k] in P.INJURY_SITE_WORDS))   # `below the level of injury`: the site


def _eponym_inside_sentence(v: TokenStrings, name: str, head: str, i: int) -> bool:
    """(helper DZ, s26) Whether the document writes `name head` (`Canavan disease`) inside a sentence too, where its
    capital shows a name: then the same words opening a sentence (`Canavan disease is inherited as ...`) are the
    disease, not a capitalised first word."""
    for j, low in enumerate(v.lowers):
        if low != head or j == i or j == 0:
            continue
        m = j - 1 if v.lowers[j - 1] not in ("'s", "’s") else j - 2
        if m >= 0 and v.texts[m] == name and not v.starts[m]:
            return True
    return False


def _no_disease_name(lowers: list[str], i: int, morph) -> bool:
    """(helper CO, s22) A disease word that names no disease here: a disease-shaped word in a gene or protein
    name (`B-cell lymphoma 2`, `myeloid cell leukemia 1`; not `spinocerebellar ataxia 3`), or a tissue's
    atrophy, an end point (`grey matter atrophy`, `striatal atrophy`)."""
    if morph and i + 1 < len(lowers) and P.GENE_AFTER_DISEASE_WORD.match(lowers[i + 1]):
        return True
    return lowers[i] == "atrophy" and i > 0 and lowers[i - 1] in P.TISSUE_ATROPHY_WORDS
