"""Gates on a factor named as what the cells make, carry or were made to make (`MSCs hypersecreting BDNF`,
`MSCs, a rich source of HGF`, `NSCs secrete GDNF and protect motor neurons`, `their capacity to secrete
NT-3`, `GDNF production.`): the cells (or their product) are the agent of the sentence's result, the factor
describes them. Read by `gates._gated` and `overrides`.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import CELL_HASH, FACTOR_HASH, NATIVE_CELLS, concept_of
from pipeline.nlp.relations.lists import COORDINATORS
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.factor_readouts import MADE_NOUNS


# what makes a factor a property of the cells it follows or precedes: `MSCs hypersecreting BDNF`, `MSCs
# transduced with an adenovirus encoding VEGF`, `MSC-NTF cells, induced to secrete NTFs`, `IGF-1 overexpressing MSCs`
# ((helper DA, s23) and a product that holds the factor: `exosomes containing BDNF`, `EVs loaded with GDNF`,
# `BDNF-containing exosomes`, `vesicles enriched in VEGF`)
CELL_MODIFIER = re.compile(r"(?:hyper-?|over-?)?(?:secreting|expressing|producing|releasing|encoding|carrying)|"
                           r"(?:engineered|induced|modified|transduced|transfected|programmed|designed|"
                           r"manipulated|infected)|containing|loaded|enriched")
# (`)` closes the cells' short form: `human neural stem cells (NSCs) overexpressing VEGF`)
CELL_MODIFIER_OPENERS = frozenset({",", "genetically", "stably", "transiently", "(", ")", "that", "which", "were",
                                   "was", "are", "been", "being", "to", "with"})
# (helper CC, s22) how cells are prepared with a factor before they are given (`MSCs pretreated with bFGF`, `NSCs
# cultured in medium containing EGF and bFGF`, `BMSCs primed with BDNF`): the factor is a reagent of the cells'
# preparation, the cells are the agent of the result (not for the nervous system's own cells: `motor neurons
# cultured with GDNF survived longer` is the factor's result)
CELL_PRIMING = re.compile(r"(?:pre-?)?(?:treated|conditioned|exposed|incubated|stimulated)|primed|cultured|cultivated|"
                          r"expanded|grown|propagated|maintained|supplemented")
# (`BMSCs treated with IGF-1 exhibited less apoptosis`, `NSCs grown with FGF-2 proliferated faster`: the
# prepared cells' own state, which the factor changed)
OWN_STATE_VERBS = re.compile(r"show(?:s|ed|n)?|exhibit(?:s|ed)?|display(?:s|ed)?|demonstrat(?:e|es|ed)|possess(?:es|ed)?|"
                             r"acquir(?:e|es|ed)|proliferat(?:e|es|ed)|surviv(?:e|es|ed)|migrat(?:e|es|ed)|"
                             r"differentiat(?:e|es|ed)|express(?:es|ed)?|secret(?:e|es|ed)|releas(?:e|es|ed)|"
                             r"produc(?:e|es|ed)|ha[ds]|have|gr[eo]w|grows|formed")
# (helper CC, s22) cells named as made to carry a factor, the factor after `with` (`recombinant NSCs with VEGF`)
ENGINEERED_PREMODIFIERS = frozenset({"recombinant", "engineered", "modified", "transgenic", "transduced",
                                     "transfected"})


def _factor_of_the_cells(c: Candidate) -> bool:
    """The factor is named as what the cells were made to make, in a phrase that names the cells
    (`hMSCs hypersecreting BDNF improved ...`, `MSCs engineered to secrete GDNF delayed onset`, `IGF-1
    overexpressing MSCs reduced ...`): the cells are the agent of the sentence's result (the gold gives the
    cells' AFFECTS, no FACTOR_AFFECTS), unless a relative clause makes the factor the agent (`MSCs secreting
    GDNF, which protects motor neurons`)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    if any(t in ("which", "that") for t in toks[f1:f1 + 4]):
        return False
    seg_ents = c.view.ents_in(c.seg.start, c.seg.end)
    # `MSCs overexpressing VEGF and IGF-1`: the later members of the list of factors the cells were made to make
    factor_toks = {i - c.seg.start for x in seg_ents if x.label_ == "NEUROTROPHIC_FACTOR" for i in range(x.start, x.end)}
    for e in seg_ents:
        if e.label_ != "CELL_TYPE":
            continue
        e0, e1 = e.start - c.seg.start, e.end - c.seg.start
        if e1 <= f0 and f0 - e1 <= 8 and not e1 <= o0 < f0:
            k = e1
            while k < f0 and toks[k] in CELL_MODIFIER_OPENERS and toks[k] not in ("that", "which", "to", "with"):
                k += 1
            # (a list of factors ending at this one: only its first member need follow the modifier plainly)
            j0 = next((j for j in range(k + 1, f0) if j in factor_toks), f0)
            if not all(j in factor_toks or toks[j] in COORDINATORS for j in range(j0, f0)):
                j0 = f0
            if k < f0 and (CELL_MODIFIER.fullmatch(toks[k]) or (
                    toks[k] == "with" and e0 > 0 and toks[e0 - 1] in ENGINEERED_PREMODIFIERS)) and not any(
                    t in (";", "which", "that", "whereas", "while", "but", "and", "were", "was") for t in toks[k:j0]):
                return True
            # (the culture's reagents may be a list with factors the vocabulary does not name: `with EGF and bFGF`)
            # (not when the end point is the cells' own growth: `MSCs pre-exposed to GDNF proliferated faster`,
            # `Pre-exposure of hAMSCs to GDNF enhanced their proliferation`: the factor acts on the cells)
            if k < f0 and CELL_PRIMING.fullmatch(toks[k]) and concept_of(e) not in NATIVE_CELLS and not any(
                    t in (";", ".", "which", "that", "whereas", "while", "but", "were", "was") for t in toks[k:f0]) \
                    and not any(t.lower_ in P.CELL_PROCESSES for t in c.obj) \
                    and not any(OWN_STATE_VERBS.fullmatch(t) for t in toks[f1:f1 + 8]):
                return True
        m = f1 + (f1 < len(toks) and toks[f1] == "-")
        if m + 1 < len(toks) and toks[m] in GENE_WORDS:
            m += 1 + (toks[m + 1] == "-")   # (helper FM, s28) `NT-3 gene transfected MSCs`, `GDNF gene-modified NSCs`
        # (the modifier may open the cells' name: `neurotrophin-3 gene [transfected mesenchymal stem cells]`)
        if e0 >= m and e0 - m <= 4 and m < len(toks) and CELL_MODIFIER.fullmatch(toks[m]) and not any(
                t in (";", "which", "that", "was", "were", "is", "are", "to", "into", "in", "of") for t in toks[m:e0]):
            return True   # `IGF-1 overexpressing MSCs`, `IGF-1 overexpressing or wild-type BMMSCs`
    # (helper AD, s19) the cells named by a bare noun (`the cells over-expressing NT-3 showed increased
    # viability`): the factor still names what the cells were made to make
    if f0 >= 2 and CELL_MODIFIER.fullmatch(toks[f0 - 1]) and toks[f0 - 2] in ("cells", "cell"):
        return True
    # (helper DA, s23) the factor glued to the cells' name by its short form and isoform (`recombinant vascular
    # endothelial growth factor (VEGF)189-neural stem cells`): the engineered cells' name
    text = None   # Doc.text joins every token: read once, and only when a cell name follows
    for e in seg_ents:
        if e.label_ == "CELL_TYPE" and concept_of(e) not in NATIVE_CELLS and c.subj.end <= e.start:
            text = c.subj.doc.text if text is None else text
            if GLUED_TO_CELLS.fullmatch(text[c.subj.end_char:e.start_char]):
                return True
    return _source_apposition(c, seg_ents)


# (helper FM, s28) the words that name the factor's gene before a modifier of the cells (`BDNF gene modified MSCs`)
GENE_WORDS = frozenset({"gene", "genes", "cdna", "transgene"})
# (helper DA, s23) what may join a factor to the cells' name it premodifies: `(VEGF)189-neural `, `-`
GLUED_TO_CELLS = re.compile(r"\s?\([\w-]+\)[\w]*-[\w-]*\s?|-")


# (helper DA, s23) words of an apposition that names the cells as a source of the factor (`MSCs, a rich source of
# HGF, ...`, `UC-MSCs, known producers of VEGF, ...`, `MSCs, which are known to release BDNF, ...`)
SOURCE_WORDS = re.compile(r"sources?|producers?|reservoirs?|suppliers?|providers?|rich|secret(?:e|es|ed|ing)|"
                          r"releas(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|express(?:es|ed|ing)?")


def _source_apposition(c: Candidate, seg_ents) -> bool:
    """(helper DA, s23) The factor stands in an apposition or relative clause between commas right after the
    cells, which names them as its source (`MSCs, a rich source of HGF and VEGF, improved motor function`,
    `UC-MSCs, known producers of HGF, delayed onset`), and the end point comes after the closing comma: the
    cells are the subject of the change, the factor describes them (not `GDNF, a potent neurotrophic factor,
    protected motor neurons`: no cells before)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    # the apposition's closing comma, before the end point (the same for every cell named before it)
    q = next((k for k in range(f1, min(len(toks), f1 + 12)) if toks[k] in (",", ";", ".")), None)
    if q is None or toks[q] != "," or not q < o0:
        return False
    for e in seg_ents:
        if e.label_ != "CELL_TYPE" or concept_of(e) in NATIVE_CELLS:
            continue
        e1 = e.end - c.seg.start
        if e1 >= len(toks) or toks[e1] != "," or e1 >= f0:
            continue
        inner = toks[e1 + 1:q]
        if not any(SOURCE_WORDS.fullmatch(t) for t in toks[e1 + 1:f0]) or any(
                t in (";", ".", ",") for t in toks[e1 + 1:f0]) or any(
                t in cues.NEGATORS or (cues.cue_kind(t, False) or ("unclear",))[0] != "unclear" for t in inner):
            continue
        return True
    return False


def _antecedent_made_by_cells(c: Candidate, view: TokenOffsets) -> bool:
    """A resolved factor whose antecedent mention names it as what the cells were made to make (`MSCs
    overexpressing VEGF and IGF-1`, `hNPCs engineered to release GDNF`): no therapy of its own to carry
    into a later sentence (the cells' rows are the study's)."""
    ante = Candidate(c.predicate, c.subj, c.subj, c.subj_seg, c.subj_seg, False, {}, (0, 0),
                     view.words(c.subj_seg.start, c.subj_seg.end), view)
    return _factor_of_the_cells(ante) or _secreted_object_of_cells(ante)


SECRETION_FINITE = re.compile(r"(?:hyper-?|over-?)?(?:secrete[sd]?|release[sd]?|produce[sd]?|express(?:es|ed)?)")


def _secreted_then_cells_act(c: Candidate) -> bool:
    """`NSCs secrete GDNF, BDNF and IGF-1 and protect motor neurons`, `WJ-MSCs released BDNF and VEGF and
    improved neurite outgrowth`: the factors are the object of the cells' verb of secretion, and the
    cells are also the subject of the verb of change coordinated after the list (the gold gives the cells'
    AFFECTS, no FACTOR_AFFECTS; `MSCs secrete GDNF, which protects motor neurons` makes the factor the agent)."""
    toks = c.toks
    f1 = c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    if o0 < f1:
        return False
    # after the list the factor stands in: `and` and a word of change, the outcome after it in one clause
    # (or the outcome opens with it: `and protect motor neurons`)
    k = f1
    while k < o0 and (toks[k] in (",", "and", "or") or _factor_tok(c, k)):
        k += 1
    if k > o0 or toks[k - 1] != "and" or not cues.cue_kind(toks[k], False) or any(
            t in (";", ".", "which", "that", "whereas", "while", "but") for t in toks[k:o0]):
        return False
    # before the list: the cells and their finite verb of secretion (a few words of amount between)
    v = _secretion_verb_before(c, (SECRETION_FINITE,), (";", ".", ",", "which", "that", "whereas", "while", "but", "and"))
    return v is not None and v > 0 and c.subj.doc[c.seg.start + v - 1].ent_type_ == "CELL_TYPE"


def _secretion_verb_before(c: Candidate, forms, stops) -> int | None:
    """The position of a verb of secretion (one of `forms`) within five words before the list of factors the
    factor stands in, none of `stops` before it: `NSCs secrete GDNF, BDNF and IGF-1`, `produce high levels of GDNF`."""
    toks = c.toks
    j = c.subj.start - c.seg.start - 1
    while j >= 0 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    for v in range(j, max(-1, j - 5), -1):
        if any(form.fullmatch(toks[v]) for form in forms):
            return v
        if toks[v] in stops:
            return None
    return None


# a verb of secretion in the progressive (`the cells were releasing GDNF`) beside the finite forms
SECRETION_ING = re.compile(r"(?:hyper-?|over-?)?(?:secreting|releasing|producing|expressing)")
CLAUSE_BREAKS = frozenset({";", ".", "which", "that", "whereas", "while", "but", "although"})


def _secreted_object_of_cells(c: Candidate) -> bool:
    """`iNPC-GDNF transplants survive and produce GDNF for 9 months, with no signs of tumor formation`, `the
    grafted cells were releasing high levels of GDNF in the absence of tumors`: the factor is the object of the
    cells' verb of secretion and no word of change stands between it and the end point after it: the end point
    is said of the cells (their AFFECTS), the factor did not change it (`MSCs secrete GDNF, which protects
    motor neurons` and `MSCs release BDNF that increases survival` make the factor the agent)."""
    toks = c.toks
    f1 = c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    # (an antecedent's own sentence, passed with the factor as both ends, needs no end point)
    # (`with no evidence of`: the verdict's word after a negator is no change the factor makes)
    if c.obj is not c.subj and (o0 < f1 or any(t in CLAUSE_BREAKS for t in toks[f1:o0]) or any(
            t not in cues.NEGATORS and toks[k - 1] not in cues.NEGATORS and cues.cue_kind(t, False)
            for k, t in enumerate(toks[f1:o0], f1))) and not _cells_again_after_break(c):
        return False
    # before the factor (and the list it stands in, and a few words of amount): the verb of secretion
    v = _secretion_verb_before(c, (SECRETION_FINITE, SECRETION_ING), CLAUSE_BREAKS | {",", "and", "to"})
    if v is None:
        return False
    # its subject: cells named earlier in the clause (or `the cells`)
    doc = c.subj.doc
    for k in range(v - 1, max(-1, v - 13), -1):
        if toks[k] in CLAUSE_BREAKS:
            return False
        if doc[c.seg.start + k].ent_type_ == "CELL_TYPE" or (
                toks[k] in ("cells", "grafts", "transplants") and k > 0 and toks[k - 1] in ("the", "these", "grafted", "transplanted")):
            return True
    return False


# (helper DA, s23) the cells named again as the subject after a semicolon (`...; after transplantation they delayed`)
CELLS_AGAIN = frozenset({"they", "these", "the", "cells", "grafts", "transplants"})


def _cells_again_after_break(c: Candidate) -> bool:
    """(helper DA, s23) `The MSCs secreted BDNF in vitro; after transplantation they delayed motor neuron loss`:
    one semicolon between the factor and the end point, and the clause after it names the cells again (`they`,
    `the cells`, the cells' name) before the end point, and no other factor: that clause's agent is the cells."""
    toks = c.toks
    f1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if o0 < f1 or c.obj is c.subj:
        return False
    breaks = [k for k in range(f1, o0) if toks[k] in CLAUSE_BREAKS]
    if len(breaks) != 1 or toks[breaks[0]] != ";":
        return False
    doc = c.subj.doc
    after = range(breaks[0] + 1, o0)
    if any(doc[c.seg.start + k].ent_type_ == "NEUROTROPHIC_FACTOR" for k in after):
        return False
    return any(toks[k] == "they" or (toks[k] in ("cells", "grafts", "transplants") and toks[k - 1] in CELLS_AGAIN)
               or doc[c.seg.start + k].ent_type_ == "CELL_TYPE" for k in after)


# (helper CC, s22) the cells' capacity to secrete named as a property of the cells (`their capacity to secrete
# NT-3`, `capable of producing VEGF`, `the ability to release HGF`)
PROPERTY_INFINITIVES = re.compile(r"(?:hyper-?|over-?)?(?:secrete|release|produce|express)")
PROPERTY_NOUNS = re.compile(r"abilit(?:y|ies)|capacit(?:y|ies)|capab\w*|potentials?|able")
PROPERTY_FILLER = frozenset({"the", "a", "an", "soluble", "paracrine", "high", "large", "levels", "amounts", "of",
                             "several", "multiple", "various", "neurotrophic", "trophic", "factors", "such", "as",
                             "like", "(", ")", "increased", "enhanced", "more"})


def _secretion_property_of_cells(c: Candidate) -> bool:
    """The factor is the object of the cells' capacity to secrete, named as a property of the cells (`their
    enhanced survival and their capacity to secrete NT-3`, `the induced cells were capable of secreting
    neurotrophins and promoting axon regeneration`): the cells act (AFFECTS, SECRETES), the factor is no agent
    of its own (the team's sets' gold: no FACTOR_AFFECTS in either such sentence). A relative clause on the
    factor makes it the agent (`MSCs have the ability to produce BDNF, which increases motor neuron survival`);
    the means `by secreting HGF` is not a property (set J's gold keeps the factor's row)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    if any(t in ("which", "that") for t in toks[f1:f1 + 4]):
        return False
    # back over the list the factor stands in and a few words of kind or amount to the verb of secretion
    j = f0 - 1
    while j >= 0 and (toks[j] in (",", "and", "or") or _factor_tok(c, j) or toks[j] in PROPERTY_FILLER) and f0 - j < 9:
        j -= 1
    if j < 2 or not PROPERTY_NOUNS.fullmatch(toks[j - 2]) or not (
            SECRETION_ING.fullmatch(toks[j]) and toks[j - 1] == "of"
            or PROPERTY_INFINITIVES.fullmatch(toks[j]) and toks[j - 1] == "to"):
        return False
    # the cells (a graft, not the nervous system's own cells) or their possessive earlier in the clause
    doc = c.subj.doc
    for k in range(j - 3, max(-1, j - 18), -1):
        if toks[k] in (";", ".", "whereas", "while", "but", "although"):
            return False
        if toks[k] in ("their", "its") or toks[k] == "cells":
            return True
        tok = doc[c.seg.start + k]
        if tok.ent_type_ == "CELL_TYPE":
            ent = next((e for e in c.view.ents if e.start <= tok.i < e.end), None)
            return ent is not None and concept_of(ent) not in NATIVE_CELLS
    return False


def _factor_tok(c: Candidate, k: int) -> bool:
    """The segment's token k lies inside a factor mention (or is the bracket of its short form)."""
    if c.toks[k] in ("(", ")"):
        return True
    return c.subj.doc[c.seg.start + k].ent_type_ == "NEUROTROPHIC_FACTOR"


# (helper DA, s23) a cell product named as the antecedent of a relative clause (`into the conditioned medium (CM),
# which protects`, `in exosomes, which reduced`)
PRODUCT_ANTECEDENTS = frozenset({"medium", "media", "cm", "exosomes", "exosome", "vesicles", "evs", "secretome",
                                 "secretomes", "supernatant", "supernatants"})


def _relative_on_product(c: Candidate) -> bool:
    """(helper DA, s23) The factor is put into a product of the cells, and a relative clause on that product
    names the change (`ASCs secrete neurotrophic factors into the conditioned medium (CM), which protects neurons`,
    `MSCs release BDNF in exosomes, which reduced neuroinflammation`): the product acts, the factor is its
    content (not `MSCs secrete GDNF, which protects motor neurons`: the relative clause is the factor's)."""
    toks = c.toks
    f1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if o0 < f1:
        return False
    rel = [k for k in range(f1, o0) if toks[k] in ("which", "that")]
    if len(rel) != 1 or any(t in (";", ".", "whereas", "while", "but") for t in toks[rel[0]:o0]):
        return False
    k = rel[0] - 1
    while k > f1 and toks[k] in (",", ")"):
        k -= 1
        if toks[k + 1] == ")":   # (the product's short form in brackets: `medium (CM),`)
            while k > f1 and toks[k] != "(":
                k -= 1
            k -= 1
    if k < f1:
        return False
    tok = c.subj.doc[c.seg.start + k]
    if tok.ent_type_ == "NEUROTROPHIC_FACTOR":
        return False
    ent = next((e for e in c.view.ents if e.start <= tok.i < e.end and e.label_ == "CELL_TYPE"), None)
    return toks[k] in PRODUCT_ANTECEDENTS or (ent is not None and concept_of(ent) == "cell:msc_ev")


def _product_ends_sentence(c: Candidate, view: TokenOffsets) -> bool:
    """(helper DA, s23) The factor's sentence names it as made (`graft survival and GDNF production.`, `maintained
    VEGF secretion in the spinal cord.`) in a document on grafted cells, and the end point stands in a later
    sentence: a product found, carried to no end point across the sentence's end (the factor given, `intrathecal
    GDNF delivery.`, is not made; a text with no graft, `sustained GDNF release from the conduit.`, gives the factor)."""
    if c.resolved:
        toks, f1, o0 = view.words(c.subj_seg.start, c.subj_seg.end), c.subj.end - c.subj_seg.start, None
    else:
        toks, f1, o0 = c.toks, c.subj.end - c.seg.start, c.obj.start - c.seg.start
        if o0 < f1:
            return False
    if f1 >= len(toks) or toks[f1] not in MADE_NOUNS:
        return False
    end = next((k for k in range(f1 + 1, len(toks) if o0 is None else o0)
                if toks[k] in (".", ";", ",", "which", "that", "and", "by")), len(toks) if o0 is None else None)
    if end is None or (end < len(toks) and toks[end] != ".") or any(
            cues.cue_kind(t, False) for t in toks[f1 + 1:end]):
        return False
    return any(e.label_ == "CELL_TYPE" and concept_of(e) not in NATIVE_CELLS for e in c.view.ents)


# verbs by which the cells raise a factor in the host (`MSCs upregulated VEGF`, `promote BDNF expression`)
RAISE_VERBS = frozenset({"promote", "promotes", "promoted", "increase", "increases", "increased", "upregulate",
                         "upregulates", "upregulated", "up-regulate", "up-regulates", "up-regulated", "enhance",
                         "enhances", "enhanced", "elevate", "elevates", "elevated", "induce", "induces", "induced",
                         "raise", "raises", "raised", "boost", "boosts", "boosted", "stimulate", "stimulates",
                         "stimulated"}) | frozenset({
    # (helper AK, s20) the cells' own making of the factor, beside their result (`SCs secrete neurotrophic factors
    # and provide support during axonal regeneration`, `capable of secreting neurotrophins and promoting axon
    # regeneration`): no train gold row makes the factor act there
    "secrete", "secretes", "secreted", "secreting", "release", "releases", "released", "releasing", "produce",
    "produces", "produced", "producing", "promoting", "increasing", "enhancing", "upregulating", "up-regulating",
    "elevating", "inducing", "stimulating", "boosting"})
# (helper CJ, s22) generic nouns for the graft as the subject of such a verb
CELL_NOUNS = frozenset({"cells", "grafts", "graft", "transplants"})
# what may stand between such a verb and the factor (`increased the expression of BDNF`)
RAISED_FILLERS = frozenset({"the", "expression", "expressions", "level", "levels", "of", "protein", "mrna", "gene",
                            "secretion", "production", "release", "endogenous", "local", "cerebral", "brain",
                            # (helper CJ, s22) `contained increased amounts of BDNF`, `higher concentrations of VEGF`
                            "amount", "amounts", "quantity", "quantities", "concentration", "concentrations"})
# words that make the factor the means of the next result (`..., which improved`, `thereby reducing`)
MEDIATION_WORDS = frozenset({"which", "that", "thereby", "thus", "leading", "resulting", "consequently", "hence"})
# words before a factor that make it the means of the result before it (`improved recovery via BDNF`)
MEANS_WORDS = frozenset({"via", "through", "by", "mediated", "mediating", "dependent", "because", "due"})


def _factor_raised_beside(c: Candidate, view: TokenOffsets) -> bool:
    """The cells named before raise the factor (`ADSCs promote BDNF expression ...`) and, in a coordinated
    verb phrase, change the outcome (`... and improve functional recovery`; `enhance nerve healing and
    promote BDNF expression`): both are results of the cells, the factor is not said to act (the gold
    keeps SECRETES and AFFECTS there, no FACTOR_AFFECTS)."""
    toks, etypes = c.toks, view.ent_type[c.seg.start:c.seg.end]
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    k = f0 - 1
    # (`increases brain-derived neurotrophic factor (BDNF) levels`: the short form after its long form)
    while k >= 0:
        if toks[k] in RAISED_FILLERS:
            k -= 1
        elif toks[k] == "(" and k > 0 and etypes[k - 1] == FACTOR_HASH:
            k -= 1
            while k >= 0 and etypes[k] == FACTOR_HASH:
                k -= 1
        elif toks[k] in (",", "and", "or") and k > 0 and etypes[k - 1] == FACTOR_HASH and \
                (f1 >= len(toks) or cues.cue_kind(toks[f1], False) is None):
            # (helper CJ, s22) a later item of the raised list (`increased the expression of BDNF, GDNF and NT-3, and
            # reduced astrogliosis`); not a factor followed by its own verb (`increased BDNF, and GDNF promoted ...`)
            k -= 1
            while k >= 0 and (etypes[k] == FACTOR_HASH or toks[k] in ("(", ")")):
                k -= 1
        else:
            break
    # ((helper CJ, s22) or the cells named by a generic noun: `Grafted cells enhanced the expression of ...`)
    if k < 1 or toks[k] not in RAISE_VERBS or (CELL_HASH not in etypes[:k] and CELL_NOUNS.isdisjoint(toks[:k])
                                               and not _cells_after_product(toks, etypes, f1)):
        return False
    if o0 >= f1:
        between = toks[f1:o0]
        return "and" in between and MEDIATION_WORDS.isdisjoint(between)
    between = toks[o1:k]
    # (`ameliorates behavioral deficits, increases BDNF levels, and reduces X`: the first item of the
    # cells' list of results, a comma before the factor's verb)
    return ("and" in between or between == [","]) and MEANS_WORDS.isdisjoint(between) \
        and MEDIATION_WORDS.isdisjoint(between)


def _cells_after_product(toks: list[str], etypes, f1: int) -> bool:
    """(helper DA, s23) The factor's product word names the cells that make it right after (`increased the VEGF
    secretion of MSCs`, `enhanced BDNF expression in the grafted cells`, `GDNF release by NSCs`): the raised
    factor is the cells' product, whoever raised it (`Hypoxic preconditioning increased ...`)."""
    k = f1
    if k >= len(toks) or toks[k] not in RAISED_FILLERS or toks[k] in ("the", "of"):
        return False
    while k < len(toks) and toks[k] in RAISED_FILLERS and toks[k] not in ("the", "of"):
        k += 1
    if k >= len(toks) or toks[k] not in ("of", "by", "in", "from"):
        return False
    k += 1
    while k < len(toks) and toks[k] in ("the", "these", "grafted", "transplanted", "cultured", "primed"):
        k += 1
    # (a cell short form may sit inside a read-out span the entities made of `secretion of MSCs`)
    return k < len(toks) and (etypes[k] == CELL_HASH or toks[k] in CELL_NOUNS or CELL_SHORT_FORM.fullmatch(toks[k]))


CELL_SHORT_FORM = re.compile(r"[a-z-]*(?:msc|sc|pc)s?")


# (helper AK, s20) the words that name a factor as something made or measured, before it (`production of`,
# `capacity to secrete`, `secreting`) or after it (`NT-3 production`)
MAKING_BEFORE = frozenset({"secrete", "secretes", "secreted", "secreting", "release", "releases", "releasing",
                           "produce", "produces", "producing", "production", "secretion", "synthesis"})
PRODUCT_FILLERS = frozenset({"the", "of", "to", "a", "their", "its", "various", "several", "multiple", "numerous",
                             "neurotrophic", "trophic", "growth",
                             # (helper CJ, s22) `the release of neurotrophic factors such as BDNF and GDNF, ...`
                             "such", "as", "including", "like"})
LIST_JOINS = frozenset({"and", "or", "and/or", ","})


def _factor_as_product(c: Candidate, view: TokenOffsets) -> bool:
    """(helper AK, s20) The factor is named as made or measured (`production of neurotrophic factors`, `capacity to
    secrete NT-3`, `GDNF production`) and the outcome is the next item of the same list (`production of
    neurotrophic factors and reduction of gliosis`, `secreting neurotrophins and promoting axon regeneration`): two
    results side by side, the factor is not said to act (`the secretion of BDNF promoted axon growth` still pairs: a
    verb follows the factor)."""
    toks, etypes = c.toks, view.ent_type[c.seg.start:c.seg.end]
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    k = f0 - 1
    while k >= 0 and (toks[k] in PRODUCT_FILLERS or etypes[k] == FACTOR_HASH or toks[k] in ("(", ")") or (
            toks[k] in LIST_JOINS and k > 0 and etypes[k - 1] == FACTOR_HASH)):
        k -= 1   # ((helper CJ, s22) back over the earlier items of a list of factors: `release of BDNF and GDNF`)
    j = f1
    while j < len(toks) and (etypes[j] == FACTOR_HASH or toks[j] in ("(", ")")):
        j += 1
    made_before = k >= 0 and toks[k] in MAKING_BEFORE
    # (MADE_NOUNS, not `expression`: `robust IGF-1 expression and rescue of motor neurons` after gene delivery, the
    # factor is the treatment and acts)
    made_after = j < len(toks) and toks[j] in MADE_NOUNS
    if not (made_before or made_after):
        return False
    if made_after:
        while j < len(toks) and toks[j] in MADE_NOUNS:
            j += 1
    # (a text on gene delivery names no graft: there the factor made is the treatment, and acts)
    if not any(e.label_ == "CELL_TYPE" and concept_of(e) not in NATIVE_CELLS for e in c.view.ents):
        return False
    # the outcome after: the next word after the factor's phrase joins a list (an outcome before the factor, `enhanced
    # survival and/or their capacity to secrete NT-3`, is left to the weights: gating it lowered the scorer's CV)
    return f1 <= j <= o0 and j < len(toks) and toks[j] in LIST_JOINS and MEDIATION_WORDS.isdisjoint(toks[j:o0])
