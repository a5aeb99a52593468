"""Gates on a factor named in a sentence that is not the agent of its end point: a measured level or
tissue read-out (`CSF levels of VEGF`, `BDNF mRNA`), one item of a list of markers, a gene variant,
what the cells were made to make (`MSCs hypersecreting BDNF`), a level that goes with the course, or a
sentence where another agent acts (a drug on the factor's pathway, the vector, the disease). Read by
`gates._gated` before scoring and by `overrides._cells_result` after it.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import FACTOR_HASH, NATIVE_CELLS, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.lists import COORDINATORS
from pipeline.nlp.relations.features import Candidate, STRONG_ANAPHOR

# the disease, its mutation or an injury named as what brings an end point about
DISEASE_CAUSES = re.compile(r"\b(?:als|disease|disorder|injury|sci|sclerosis|mutations?|mutant \w+|lesions?|insult|"
                            r"ischemia|stroke|hemorrhage|trauma)\b,? (?:[\w-]+ ){0,2}?(?:causes?|caused|induces?|induced|"
                            r"leads? to|led to|results? in|resulted in|triggers?|triggered|produces?)\b")
# a sentence whose agent is a reagent or drug acting on a factor's pathway (receptor agonists and antagonists,
# blocking antibodies, inhibitors, `-mab` antibodies and `-nib` kinase inhibitors, mimetics)
PATHWAY_AGENT = re.compile(r"\b(?:agonists?|antagonists?|antibod(?:y|ies)|inhibitors?|blockers?|blockade|blocking|mimetics?|"
                           r"neutrali[sz]\w*|sirna|shrna|knock-?down|anti-[\w-]+|[a-z]{3,}(?:mab|tinib|anib))\b")
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
        if e0 > m and e0 - m <= 4 and CELL_MODIFIER.fullmatch(toks[m]) and not any(
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
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
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
    j = f0 - 1
    while j >= 0 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    for v in range(j, max(-1, j - 5), -1):
        if SECRETION_FINITE.fullmatch(toks[v]):
            break
        if toks[v] in (";", ".", ",", "which", "that", "whereas", "while", "but", "and"):
            return False
    else:
        return False
    return v > 0 and c.subj.doc[c.seg.start + v - 1].ent_type_ == "CELL_TYPE"


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
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0 = c.obj.start - c.seg.start
    # (an antecedent's own sentence, passed with the factor as both ends, needs no end point)
    # (`with no evidence of`: the verdict's word after a negator is no change the factor makes)
    if c.obj is not c.subj and (o0 < f1 or any(t in CLAUSE_BREAKS for t in toks[f1:o0]) or any(
            t not in cues.NEGATORS and toks[k - 1] not in cues.NEGATORS and cues.cue_kind(t, False)
            for k, t in enumerate(toks[f1:o0], f1))) and not _cells_again_after_break(c):
        return False
    # before the factor (and the list it stands in, and a few words of amount): the verb of secretion
    j = f0 - 1
    while j >= 0 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    for v in range(j, max(-1, j - 5), -1):
        if SECRETION_FINITE.fullmatch(toks[v]) or SECRETION_ING.fullmatch(toks[v]):
            break
        if toks[v] in CLAUSE_BREAKS or toks[v] in (",", "and", "to"):
            return False
    else:
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
PROPERTY_GERUNDS = re.compile(r"(?:hyper-?|over-?)?(?:secreting|releasing|producing|expressing)")
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
            PROPERTY_GERUNDS.fullmatch(toks[j]) and toks[j - 1] == "of"
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


# a sentence on the vehicle of a gene therapy, which names no factor: what it says is the vehicle's
VECTOR_WORDS = re.compile(r"\b(?:vectors?|viruse?s?|viral|adeno-associated|lentivir\w*|adenovir\w*|aav\d*|plasmids?"
                          r"|gene (?:delivery|transfer))\b")


# (helper T, s19) the words by which a factor's gene is given (`GDNF gene transfer / therapy / delivery`)
GENE_GIVING = ("transfer", "therap", "deliver", "transduc", "transfect")


def _readout_measured(c: Candidate, before_form: bool = False) -> bool:
    """The factor is named as a tissue read-out (`VEGF expression`, `BDNF mRNA`, `GDNF immunoreactivity`)
    and its clause holds no word of change, only of measuring (`were assessed`) or none: the factor was
    looked at beside the outcome, it did not act on it (`GDNF expression in muscle delayed onset` acts)."""
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    # ... or before it (`expression of BDNF was measured`, `Effect of MSCs on motor function and expression of VEGF`)
    before = before_form and f0 >= 2 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] in READOUT_NOUNS
    if not before and (f1 >= len(c.toks) or c.toks[f1] not in READOUT_NOUNS):
        return False
    if not before and c.toks[f1] == "gene" and f1 + 1 < len(c.toks) and c.toks[f1 + 1].startswith(GENE_GIVING):
        return False   # (helper T, s19) `GDNF gene transfer protected nigral neurons`: the factor given as a gene
    skip = set(range(f0, f1)) | set(range(c.obj.start - c.seg.start, c.obj.end - c.seg.start))
    return _only_measuring(c, skip, READOUT_NOUNS)


def _only_measuring(c: Candidate, skip: set[int], ignore: frozenset[str] = frozenset()) -> bool:
    """The candidate's scope, outside the token positions in `skip` and the words in `ignore`, holds no
    negation and no word of change (`reduced`, `improved`): it only measures, or says nothing."""
    for k in range(c.scope[0], c.scope[1]):
        t = c.toks[k]
        if k in skip or t in ignore:
            continue
        if t in cues.NEGATORS:
            return False
        found = cues.cue_kind(t, False)
        if found is not None and found[0] != "unclear":
            return False
    return True


# between a factor and an end point: a link the text observes (a level that goes with, predicts or
# mirrors the course), not a change the factor makes; biomarker studies state no FACTOR_AFFECTS (the gold
# gives none from such sentences; `CSF neurotrophic factors increased` is itself an outcome)
ASSOCIATION = re.compile(r"associat\w*|correlat\w*|predict\w*|prognos\w*|linked|link|parallel\w*|accompan\w*|"
                         r"reflect\w*|mirror\w*|(?:bio)?markers?|indicators?|hallmarks?|surrogates?|"
                         r"coincid\w*")


# the head of an end point that is a marker (`prognostic biomarkers`, `a useful biomarker`)
MARKER_HEAD = re.compile(r"(?:bio)?markers?|indicators?")


POSSESSIVE_ANAPHORS = frozenset({"their", "its"})


def _anaphoric_level(toks: list[str]) -> bool:
    """The sentence points back at the factors named before only as their measured level (`HGF and IGF-1 are
    neurotrophic. Whether their circulating levels relate to the course of the disease is unknown`, `its
    serum concentration`): a read-out beside the end point, not an agent that changed it."""
    for k, t in enumerate(toks):
        if t in POSSESSIVE_ANAPHORS and any(
                w in P.LEVEL_WORDS or w in P.FLUID_WORDS for w in toks[k + 1:k + 4]):
            return True
    return False


def _associated_only(c: Candidate) -> bool:
    """A factor and an end point joined by a word of association (`GDNF expression was associated with
    slower progression`, `BDNF may serve as a prognostic biomarker`, `reduced NGF paralleled motor neuron
    loss`), the factor not named as given (`VEGF treatment was associated with longer survival`)."""
    if "FACTOR_AFFECTS|factor_delivered" in c.features or "AFFECTS|subj_treatment" in c.features:
        return False
    if c.predicate == "AFFECTS" and _cells_given(c):
        return False    # (helper BD, s21) `MSC administration was associated with slower progression`: the giving
        #                 of the cells is what the end point goes with, the treatment's own result
    if concept_of(c.obj) == "outcome:safety" and "FACTOR_AFFECTS|doc_no_cells" in c.features \
            and "FACTOR_AFFECTS|factor_in_title" in c.features:
        return False    # `BDNF was associated with more injection-site reactions`: harms of the study's own therapy
    s0, s1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    between = c.toks[min(s1, o1):max(s0, o0)]
    if c.predicate == "FACTOR_AFFECTS" and s1 <= o0 and o0 - s1 <= 20 and MARKER_HEAD.fullmatch(c.toks[o1 - 1]):
        return True   # `BDNF might be used as a prognostic biomarker`: the factor named as the marker itself
    if len(between) > 12 and not (s1 <= o0 and any(ASSOCIATION.fullmatch(t) for t in between[:6]) and not any(
            cues.cue_kind(w, False) for w in between[6:])):
        # (helper AC, s19) `free IGF-1 was negatively correlated with the ALSFRS-R score (r = -0.4; P = 0.046)
        # and FVC`: the word of association next to the factor still governs the later end point of its list
        return False
    for k, t in enumerate(between):
        if ASSOCIATION.fullmatch(t) or (t == "risk" and between[k + 1:k + 2] in (["factor"], ["factors"])):
            # `GDNF promoted motor neuron survival, accompanied by preserved NMJs`: the factor acted first
            return s0 > o0 or not any(cues.cue_kind(w, False) for w in between[:k])
    return False


# nouns of giving a treatment named right after or before the cells (`MSC infusion`, `injection of MSCs`)
CELLS_GIVEN = re.compile(r"(?:%s)\w*|treatments?|therap(?:y|ies)|transfer" % "|".join(P.GIVING_STEMS))


def _cells_given(c: Candidate) -> bool:
    """The cells are named as given: a noun of giving follows them (`UC-MSC injection`, `MSC infusions`) or
    governs them (`administration of MSCs`, `treatment with BM-MSCs`)."""
    s0, s1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    after = [t for t in c.toks[s1:s1 + 2] if t not in ("cell", "cells", ")")][:1]
    before = c.toks[max(0, s0 - 2):s0]
    return any(CELLS_GIVEN.fullmatch(t) for t in after) or (
        len(before) == 2 and before[1] in ("of", "with") and CELLS_GIVEN.fullmatch(before[0]) is not None)


def _factor_tok(c: Candidate, k: int) -> bool:
    """The segment's token k lies inside a factor mention (or is the bracket of its short form)."""
    if c.toks[k] in ("(", ")"):
        return True
    return c.subj.doc[c.seg.start + k].ent_type_ == "NEUROTROPHIC_FACTOR"


LIST_SEPARATORS = frozenset({",", "and", "or", ";"})
LIST_OPENERS = frozenset({"e.g.", "e.g", "eg", "eg.", "i.e.", "i.e", "ie", "such", "as", "including", "namely", "like",
                          "incl."})


def _factor_is_agent(c: Candidate, view: TokenOffsets) -> bool:
    """`GDNF has been shown to delay disease onset`: a sentence with no cell whose factor, named
    before the end point and not as a measured level, is what acted; the study's cells are not
    carried into it unless the sentence refers back to them (`the cells`, `this treatment`, a generic
    cell mention: the segment's `anaphor` feature)."""
    etypes = view.ent_type[c.seg.start:c.seg.end]
    o0 = c.obj.start - c.seg.start
    k = 0
    while k < o0:
        if etypes[k] == FACTOR_HASH:
            e = k
            while e < o0 and etypes[e] == FACTOR_HASH:
                e += 1
            if not _measured_level(c.toks, k, e):
                # (an anaphor only after the end point refers to the factor: `NTFs support motor neuron
                # survival, but their delivery to the CNS is difficult`)
                return "AFFECTS|anaphor" not in c.features or _anaphor_only_after(c, view)
            k = e
        else:
            k += 1
    return False


def _anaphor_only_after(c: Candidate, view: TokenOffsets) -> bool:
    """The segment names no cell and its words that refer back (STRONG_ANAPHOR) all stand after the end
    point: what comes before, the factor's result, is not carried to the study's cells."""
    if any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.seg.start, c.seg.end)):
        return False
    return not STRONG_ANAPHOR.search(view.span_lower(c.seg.start, c.obj.end))


def _measured_level(toks: list[str], f0: int, f1: int) -> bool:
    """The factor at toks[f0:f1] is named as a measured level (`CSF levels of VEGF`, `serum BDNF`,
    `VEGF concentrations`): a read-out that changed beside the outcome, not an agent that changed it."""
    k = f0
    while k > 1 and toks[k - 1] in (",", "and", "or") and k - 2 >= 0 and toks[k - 2][:1].isalnum():
        k -= 2    # back over a list of factors: `CSF levels of VEGF and HGF`
    before = toks[max(0, k - 3):k]
    if before and before[-1] in P.FLUID_WORDS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in P.LEVEL_WORDS:
        return True
    if f0 >= 2 and toks[f0 - 1] == "(" and f1 < len(toks) and toks[f1] == ")":
        # the short form after a long form named as the level (`serum levels of brain-derived neurotrophic
        # factor (BDNF)`): the long form's words back to `levels of` or a fluid word
        for j in range(f0 - 2, max(-1, f0 - 9), -1):
            if toks[j] in P.FLUID_WORDS or (toks[j] == "of" and j >= 1 and toks[j - 1] in P.LEVEL_WORDS):
                return True
            if not toks[j][:1].isalnum():
                break
    if f1 < len(toks) and (toks[f1] in P.LEVEL_WORDS or toks[f1] in LEVEL_GROUPS):
        return True   # `VEGF levels`; `patients in the lowest VEGF tertile`: a group by the factor's level
    if f1 + 1 < len(toks) and toks[f1] in P.FLUID_WORDS and toks[f1 + 1] in P.LEVEL_WORDS:
        return True   # `BDNF serum levels`, `VEGF CSF concentrations`
    if f1 + 1 < len(toks) and toks[f1] in READOUT_NOUNS and toks[f1 + 1] in P.LEVEL_WORDS:
        return True   # `VEGF mRNA levels`, `BDNF protein concentrations`
    if _listed_before_level(toks, f1) or _in_fluid_after(toks, f1):
        return True
    # `VEGF, HGF and LIF increased after each treatment`, `BDNF was elevated in the CSF`: the factor's own
    # change, said with no object (not `BDNF increased motor neuron survival`)
    k = f1
    while k + 1 < len(toks) and toks[k] in (",", "and", "or") and toks[k + 1][:1].isalnum() and k - f1 < 8:
        k += 2
    while k < len(toks) and (toks[k] in READOUT_NOUNS or toks[k] in MADE_NOUNS):
        k += 1    # `GDNF expression increased in the spinal cord`, `BDNF mRNA was upregulated`
    k0 = k
    while k < len(toks) and toks[k] in ("was", "were", "also", "significantly", "markedly", "further", "all"):
        k += 1
    if k + 1 <= len(toks) and k < len(toks) and toks[k].startswith(LEVEL_CHANGES) and (
            k + 1 == len(toks) or toks[k + 1] in NO_OBJECT_AFTER):
        return True
    # (helper DA, s23) `GDNF expression was higher in treated mice`, `their VEGF secretion was confirmed, and motor
    # performance improved`, `BDNF was detected in the grafts`: a copula and a comparative or a word of finding,
    # with no object after it, name the factor's own level or presence (not `GDNF was more effective than BDNF`,
    # `GDNF was shown to protect`: an object or an infinitive follows)
    if k0 < k < len(toks) and (toks[k] in LEVEL_COMPARATIVES or FOUND_WORDS.fullmatch(toks[k])) and (
            k + 1 == len(toks) or toks[k + 1] in NO_OBJECT_AFTER and toks[k + 1] != "to"):
        return True
    # `MSC treatment increased spinal BDNF and reduced motor neuron loss`, `showed increased BDNF, reduced
    # astrogliosis`: the factor is what a change verb changed, reported beside the outcome (not `..., which
    # promoted motor neuron survival`: a stated cause)
    j = f0 - 1
    if f0 >= 2 and toks[f0 - 1] == "(" and f1 < len(toks) and toks[f1] == ")":
        # (helper BE, s21) the short form after its long form (`a higher expression of vascular endothelial growth
        # factor (VEGF)`): what stands before the long form
        j = next((k for k in range(f0 - 2, max(-1, f0 - 9), -1) if not toks[k][:1].isalnum() or toks[k] == "of"), j)
    while j > 0 and (toks[j] in ("spinal", "the", "of", "expression", "circulating", "endogenous", "muscle")
                     or toks[j] in P.FLUID_WORDS or toks[j] in P.LEVEL_WORDS):
        j -= 1
    # (`Riluzole upregulated GDNF expression in cultured astrocytes and prolonged survival`, `Exercise increased
    # circulating BDNF levels and improved quality of life`: the factor's read-out word and a short place
    # after it are still the changed thing)
    a = f1
    if a < len(toks) and toks[a] == ")":
        a += 1   # (the short form's closing bracket)
    elif a + 2 < len(toks) and toks[a] == "(" and toks[a + 2] == ")":
        a += 3   # (the long form's short form: `... factor (VEGF).`)
    while a < len(toks) and (toks[a] in READOUT_NOUNS or toks[a] in P.LEVEL_WORDS):
        a += 1
    if a < len(toks) and toks[a] in ("in", "within"):
        b = next((k for k in range(a + 1, min(len(toks), a + 6)) if toks[k] in (",", "and", ";", ".")), None)
        if b is not None and toks[b] in (",", "and") and not any(
                t in CAUSAL_LINKS or cues.cue_kind(t, False) for t in toks[a + 1:b]):
            a = b
    after = toks[a:a + 8]
    # (helper BE, s21) `showed higher expression of GDNF and reduced motor neuron loss`, `an increase in collagen
    # content and a higher expression of VEGF.`: a comparative names the level too, and the last item of a list
    # of results ends the sentence (not `was enhanced by increased GDNF.`: no list item)
    last_item = bool(after) and after[0] in (".", ";") and j >= 1 and toks[j - 1] in ("a", "an", ",", "and")
    # (`Treatment with VEGF increased VEGF expression and delayed onset`: the factor given is the agent)
    # ((helper DA, s23) or a verb of finding with the factor placed after it: `Immunostaining revealed GDNF in the
    # grafts and reduced astrogliosis`, `We detected BDNF in the transplants and fewer activated microglia`: the
    # factor found where it was made, beside the result)
    found = j >= 0 and FINDING_VERBS.fullmatch(toks[j]) is not None and a > f1 + 1 and toks[f1] in ("in", "within")
    return j >= 0 and (toks[j].startswith(LEVEL_CHANGES + ("enhanc", "restor", "boost", "rais", "induc"))
                       or toks[j] in LEVEL_COMPARATIVES or found) and \
        bool(after) and (after[0] in (",", "and") or last_item) and CAUSAL_LINKS.isdisjoint(after) and \
        set(toks[f0:f1]).isdisjoint(toks[max(0, j - 6):j])


# lower-case words that may stand inside a listed factor's or marker's name (`brain-derived neurotrophic factor`)
NAME_WORDS = frozenset({"factor", "factors", "growth", "neurotrophic", "derived", "brain-derived", "nerve", "alpha",
                        "beta", "gamma"})
# short words that end such a list of names
LIST_STOPS = frozenset({"in", "with", "of", "was", "were", "is", "are", "be", "the", "a", "an", "to", "by", "that",
                        "which", "had", "has", "have", "than", "at", "on", "for", "from", "as", "but", "not", "no",
                        "both", "its", "their", "after", "into", "via", "could", "may", "can", "did", "does"})


def _listed_before_level(toks: list[str], f1: int) -> bool:
    """The factor is one item of a list that ends in a level word (`higher bFGF, VEGF, MIP-1 levels`,
    `GDNF and VEGF concentrations were higher`): each listed factor is named as a measured level."""
    if f1 >= len(toks) or toks[f1] not in (",", "and", "or"):
        return False
    for k in range(f1, min(len(toks), f1 + 12)):
        t = toks[k]
        if t in P.LEVEL_WORDS:
            return k > f1 + 1
        if t in (",", "and", "or", "?", "-", "/") or t in NAME_WORDS or (
                t not in LIST_STOPS and (len(t) <= 6 or not t.isalpha())):
            continue   # separators and short names (`il-8`, `mcp-1`, `tnf`, `nerve growth factor`)
        return False
    return False


def _in_fluid_after(toks: list[str], f1: int) -> bool:
    """The factor is placed in a body fluid (`higher levels of bFGF in CSF`, `VEGF in CSF and serum`, `BDNF in
    the serum of patients`): a measured level, not an agent."""
    k = f1
    if k < len(toks) and toks[k] == "in":
        k += 1
        while k < len(toks) and toks[k] in ("the", "both", "their", "patients'"):
            k += 1
        return k < len(toks) and toks[k] in P.FLUID_WORDS and toks[k] not in ("biomarker", "biomarkers")
    return False


# groups of patients by the level of a factor (`the lowest VEGF tertile had shorter survival`)
LEVEL_GROUPS = frozenset({"tertile", "tertiles", "quartile", "quartiles", "quintile", "quintiles"})
# verbs whose object is a read-out (`We measured VEGF, BDNF and NfL in CSF`)
MEASURE_VERBS = frozenset({"measured", "quantified", "assayed", "determined", "analysed", "analyzed"})
# what a factor's name may stand after within a list of measured items
MEASURED_LIST_WORDS = frozenset({",", "and", "or", "(", ")", "the", "of", "levels", "level", "concentrations",
                                 "concentration", "serum", "plasma", "csf", "also", "both"})


def _measured_object(toks: list[str], etypes: list[int], f0: int) -> bool:
    """The factor at toks[f0] is one object of a verb of measuring (`We measured vascular endothelial
    growth factor (VEGF), BDNF and NfL in CSF`): a read-out listed with others, not an agent. Between the
    verb and the factor stand only names (of factors or end points) and list words."""
    for j in range(f0 - 1, max(-1, f0 - 40), -1):
        if toks[j] in MEASURE_VERBS:
            return j == 0 or toks[j - 1] not in ("be", "been", "is", "are", "was", "were")
        if etypes[j] == 0 and toks[j] not in MEASURED_LIST_WORDS:
            return False
    return False


# a gene variant of the factor (`the BDNF Val66Met polymorphism`, `VEGF promoter haplotypes`): what goes with
# the course is the genotype, not the factor acting
VARIANT_WORDS = re.compile(r"polymorphisms?|variants?|genotypes?|alleles?|haplotypes?|snps?|rs\d+|"
                           r"val66met|carriers?")


def _factor_variant(toks: list[str], f1: int, f0: int) -> bool:
    """The factor at toks[f0:f1] names a gene variant: a variant word follows within three words ((helper DA, s23)
    or stands just before it: `the rs6265 SNP in the BDNF gene`, `polymorphisms of the VEGF gene`)."""
    if f0 >= 2 and f1 < len(toks) and toks[f1] in ("gene", "genes", "locus", "promoter"):
        j = f0 - 1
        while j >= 0 and toks[j] in ("the", "human"):
            j -= 1
        if j >= 1 and toks[j] in ("in", "of", "within") and VARIANT_WORDS.fullmatch(toks[j - 1]):
            return True
    for t in toks[f1:f1 + 3]:
        if VARIANT_WORDS.fullmatch(t):
            return True
        if t in (",", ".", ";", "and", "or"):
            return False
    return False


CAUSAL_LINKS = frozenset({"which", "thereby", "thus", "leading", "resulting", "through", "via", "mediated", "that"})


# what names a factor as measured in tissue (not `IGF-1 expression and rescue of motor neurons`: no change verb)
READOUT_NOUNS = frozenset({"expression", "mrna", "protein", "immunoreactivity", "gene", "transcripts", "secretion",
                           "production"})
LEVEL_CHANGES = ("increas", "decreas", "rose", "risen", "fell", "elevat", "reduc", "upregulat", "up-regulat",
                 "downregulat", "down-regulat", "declin", "drop")
# (helper DA, s23) nouns that name a factor as what was made, after it (`their GDNF release`, `VEGF production`)
MADE_NOUNS = frozenset({"secretion", "release", "production", "synthesis"})
# (helper DA, s23) words of finding after a copula (`BDNF was detected in the grafts`, `their VEGF secretion was
# confirmed`) and verbs of finding before the factor (`Immunostaining revealed GDNF in the grafts`)
FOUND_WORDS = re.compile(r"detected|detectable|confirmed|observed|found|seen|present|evident|maintained|sustained|"
                         r"preserved|visuali[sz]ed|localized|localised|measurable")
FINDING_VERBS = re.compile(r"revealed|detected|showed|demonstrated|confirmed|found|visuali[sz]ed|localized|localised")
# (helper BE, s21) comparatives that name a factor's level as a result (`higher expression of GDNF`)
LEVEL_COMPARATIVES = frozenset({"higher", "greater", "lower", "more", "less"})
NO_OBJECT_AFTER = frozenset({"after", "in", "at", ",", ".", "by", "from", "over", "following", "during", "compared",
                             "relative", "versus", "vs", "vs.", "and", "(", ";", "whereas", "while", "but", "with",
                             "significantly", "markedly", "within", "to", "between", "post-treatment"})


def _in_marker_list(toks: list[str], etypes: list[int], f0: int, f1: int) -> bool:
    """The factor at toks[f0:f1] is one item of a parenthesised list of measured markers
    (`expression of host genes (versican, bax, bdnf, igf-1 and casp-3)`): a list of three or more
    items, some of them not factors. Such a factor is a read-out, neither secreted nor an agent;
    a list of factors only (`four neurotrophins (BDNF, NGF, GDNF and VEGF)`) is not one."""
    opening = next((i for i in range(f0 - 1, -1, -1) if toks[i] in ("(", ")")), None)
    if opening is None or toks[opening] != "(":
        return False
    closing = next((i for i in range(f1, len(toks)) if toks[i] in ("(", ")")), None)
    if closing is None or toks[closing] != ")":
        return False
    items: list[list[int]] = [[]]
    for i in range(opening + 1, closing):
        if toks[i] in LIST_SEPARATORS:
            if items[-1]:
                items.append([])
        else:
            items[-1].append(i)
    # (helper DO, s25) not the word that opens the list (`trophic factors (e.g., BDNF, GDNF and VEGF)`)
    items = [it for it in items if it and not all(toks[i] in LIST_OPENERS for i in it)]
    return len(items) >= 3 and any(all(etypes[i] != FACTOR_HASH for i in it) for it in items)


# (helper AD, s19) a factor named as what a sentence measured (`The expression of HGF was measured by western
# blots.`): a read-out of its own sentence, no agent for the next sentence's read-outs
MEASURED_FACTOR = re.compile(r"\b(?:expression|levels?|concentrations?|amounts?|secretion|release|production|mrna|"
                             r"protein)\b[^.;]{0,60}\b(?:was|were)\s+(?:\w+ly\s+)?(?:measured|assessed|determined|"
                             r"detected|evaluated|quantified|analy[sz]ed|examined|estimated|tested)\b")


def _factor_measured_before(c: Candidate) -> bool:
    """The factor's own sentence only measures it (`The expression of HGF was measured by immunofluorescence.`)
    and the outcome's clause only measures too (`The expression of p-ERK and Bcl-2 was measured.`): two
    read-outs of a methods section, not a factor acting across sentences."""
    sent = c.subj.sent
    text = sent.text.lower()
    a = c.subj.start_char - sent.start_char
    m = MEASURED_FACTOR.search(text)
    if m is None or not (m.start() <= a <= m.end() + 2):
        return False
    return _only_measuring(c, set(range(c.obj.start - c.seg.start, c.obj.end - c.seg.start)))


# (helper AW, s20) the words that name a factor as the means of a result named before it
MEANS_OF_RESULT = (("mediated", "by"), ("via",), ("through",), ("dependent", "on"),
                   # (helper BE, s21) the other words that give the factor as the cause of the result named before it
                   # (`the protection was largely attributed to VEGF`, `depended on HGF`, `was due to BDNF`)
                   ("dependent", "upon"), ("depended", "on"), ("depends", "on"), ("attributed", "to"),
                   ("attributable", "to"), ("ascribed", "to"), ("due", "to"), ("required",), ("requires",))
MEANS_FILLERS = frozenset({"the", "a", "an", "of", "and", "induction", "upregulation", "up-regulation", "increased",
                           "enhanced", "elevated", "increase", "secretion", "release", "production", "expression",
                           "endogenous", "local", "paracrine", "angiogenesis", "neurogenesis"})
# (helper BE, s21) `improved motor neuron survival in a VEGF-dependent manner`: the factor glued to the means word
# (the tokenizer splits `VEGF-dependent`, `GDNF-mediated` at the hyphen)
MEANS_AFTER_FACTOR = frozenset({"dependent", "mediated"})
MEANS_BEFORE_GLUED = frozenset({"in", "a", "an", ",", "largely", "partly", "partially", "mainly", "at", "least",
                                "part", "and", "was", "were", "is", "are"})


def _mediated_by_factor(c: Candidate) -> bool:
    """(helper AW, s20) `a rise in synaptic density and neurogenesis that is mediated by BDNF`, `protected brain
    tissue, partly mediated by induction of angiogenesis and neurotrophic factors`, `improved survival in a
    VEGF-dependent manner`, `was largely attributed to HGF`: the result comes first and
    the factor is named after it as its mediator (SPEC: the factor changes the outcome), kept whatever the
    scorer makes of the distance, and let through the gate for a measured factor level (`promoted recovery
    via upregulation of neurotrophic factors`)."""
    if c.predicate != "FACTOR_AFFECTS" or c.resolved:
        return False
    o1, f0 = c.obj.end - c.seg.start, c.subj.start - c.seg.start
    if not 0 <= f0 - o1 <= 16:
        return False
    between = c.toks[o1:f0]
    if not cues.NEGATORS.isdisjoint(between) or {";", ".", "whereas", "while", "but"} & set(between):
        return False
    if c.view.ents_in(c.obj.end, c.subj.start) and any(
            e.label_ in ("NEUROTROPHIC_FACTOR", "CELL_TYPE") for e in c.view.ents_in(c.obj.end, c.subj.start)):
        return False
    f1 = c.subj.end - c.seg.start
    if f1 + 1 < len(c.toks) and c.toks[f1] in ("-", "‐", "‑") and c.toks[f1 + 1] in MEANS_AFTER_FACTOR \
            and all(w in MEANS_BEFORE_GLUED for w in between):
        return True
    for k in range(len(between)):
        for means in MEANS_OF_RESULT:
            if tuple(between[k:k + len(means)]) == means:
                rest = between[k + len(means):]
                return len(rest) <= 6 and all(w in MEANS_FILLERS for w in rest)
    return False


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


# (helper DA, s23) what names the factor as a read-out after it (the plurals too: `neurotrophin genes expressions`)
READOUT_AFTER = READOUT_NOUNS | P.LEVEL_WORDS | frozenset({"genes", "expressions", "mrnas", "proteins",
                                                          "transcript", "immunostaining", "immunoreactivities"})
CELL_AGENT_WORD = re.compile(r"(?:[\w-]*-)?(?:cm|[a-z]*mscs?|[a-z]*scs?|cells?|exosomes?|evs?|secretomes?|grafts?)")
EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "impacts", "influence", "influences"})


def _effect_on_readout(c: Candidate) -> bool:
    """(helper DA, s23) `the neuroprotective effect of ASC-CM on neurotrophin genes expressions and cell density`,
    `the effects of MSCs on BDNF expression and motor function`: the factor is what the effect was measured on,
    a read-out beside the end point (not `the effect of BDNF on motor neuron survival`: the factor's effect)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    if f1 >= len(toks) or toks[f1] not in READOUT_AFTER:
        return False
    j = f0 - 1
    while j >= 0 and toks[j] in ("the", "spinal", "cerebral", "serum", "csf", "plasma", "endogenous"):
        j -= 1
    if j < 0 or toks[j] != "on":
        return False
    for k in range(j - 1, max(-1, j - 14), -1):
        if toks[k] in (";", ".", "which", "that", "on"):
            return False
        if toks[k] == "of" and k >= 1 and toks[k - 1] in EFFECT_NOUNS:
            # (the effect's agent between `of` and `on`: the cells or their product, no factor)
            # (or a cell word the entities missed: `ASC-CM`, `MSC transplantation`)
            agents = list(c.view.ents_in(c.seg.start + k + 1, c.seg.start + j))
            return (any(e.label_ == "CELL_TYPE" for e in agents) or any(
                CELL_AGENT_WORD.fullmatch(t) for t in toks[k + 1:j])) and not any(
                e.label_ == "NEUROTROPHIC_FACTOR" for e in agents)
    return False


# (helper DA, s23) a factor's part in the disease (`the role of VEGF in the progression of ALS`, `the involvement of
# VEGF in the mechanisms of motor neuron death`): pathogenesis, no treatment's effect on an end point
ROLE_NOUNS = frozenset({"role", "roles", "involvement", "contribution", "participation", "implication"})
PATHOLOGY_WORDS = re.compile(r"progression|death|degeneration|neurodegeneration|loss|pathogenesis|etiopathogenesis|"
                             r"aetiopathogenesis|pathophysiology|pathology|etiology|aetiology|mechanisms?|"
                             r"development|onset|severity|susceptibility|risk")


def _role_in_pathology(c: Candidate) -> bool:
    """(helper DA, s23) `The role of VEGF in the progression of ALS`, `the involvement of VEGF in the mechanisms of
    motor neuron death`: the factor's part in the disease process, no end point a given factor changed (the gold:
    set O and msc-neuro-dev give no FACTOR_AFFECTS; not `the role of endogenous neurotrophins in nerve regeneration`,
    a benefit, which set D keeps as unclear)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    j = f0 - 1
    while j >= 0 and toks[j] in ("the", "endogenous", "endogenously", "produced"):
        j -= 1
    if j < 1 or toks[j] != "of" or toks[j - 1] not in ROLE_NOUNS:
        return False
    a = f1
    if a + 2 < len(toks) and toks[a] == "(" and toks[a + 2] == ")":
        a += 3
    if a >= len(toks) or toks[a] != "in" or not a < o0 <= a + 6 or any(
            t in (",", ";", ".", "and", "which", "that") for t in toks[a:o0]):
        return False
    return any(PATHOLOGY_WORDS.fullmatch(t) for t in toks[a + 1:o1])


# (helper DA, s23) the nouns of a state or profile whose kind a bracketed example names (`a neuroprotective (IGF-1)
# environment`, `anti-inflammatory (IL-10) and trophic (BDNF, GDNF) factors`)
PROFILE_NOUNS = frozenset({"environment", "microenvironment", "milieu", "profile", "profiles", "phenotype", "state",
                           "factors", "cytokines", "mediators", "molecules", "genes", "markers", "response",
                           "responses", "pattern"})


def _bracketed_exemplar(c: Candidate) -> bool:
    """(helper DA, s23) The factor is a bracketed example of the kind an adjective names, inside a noun phrase on
    a state (`a shift ... to an anti-inflammatory (IL-4, IL-10) and neuroprotective (IGF-1) environment`): a read-out
    that changed beside the end point, not an agent (set Q's gold: no FACTOR_AFFECTS; not the short form after a
    long form, `insulin-like growth factor (IGF-1) treatment`)."""
    toks = c.toks
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    doc = c.subj.doc
    j = f0 - 1
    while j >= 0 and toks[j] not in ("(", ")") and (toks[j] in (",", "and", "or") or
                                                   doc[c.seg.start + j].ent_type_ == "NEUROTROPHIC_FACTOR"):
        j -= 1
    if j < 1 or toks[j] != "(" or doc[c.seg.start + j - 1].ent_type_ or not toks[j - 1].isalpha() \
            or toks[j - 1] in ("of", "the", "a", "an", "and", "or", "with", "by", "in"):
        return False
    k = f1
    while k < len(toks) and toks[k] not in ("(", ")") and (toks[k] in (",", "and", "or") or
                                                          doc[c.seg.start + k].ent_type_ == "NEUROTROPHIC_FACTOR"):
        k += 1
    # (not the subject of a change: `trophic (GDNF) factors protect motor neurons`)
    return k + 1 < len(toks) and toks[k] == ")" and toks[k + 1] in PROFILE_NOUNS and not any(
        t in ("which", "that") or cues.cue_kind(t, False) for t in toks[k + 2:k + 5])


# (helper CJ, s22) the words that may join a factor to the next item of its list
COORDINATED_WORDS = frozenset({",", ";", "and", "or", "and/or", "as", "well", "such", "including", "(", ")", "also"})


def _coordinated_with_outcome(c: Candidate) -> bool:
    """(helper CJ, s22) The factor and the outcome are items of one list: between them stand only names of factors
    and list words, with at least one separator (`trophic factors such as GDNF, anti-inflammatory cytokines and
    immunomodulation`, `neurotrophic factors (BDNF, VEGF), and immunomodulation`). Two items side by side: the
    factor is not said to act on the outcome (`GDNF and BDNF improved motor function` has a verb between; `GDNF,
    BDNF and motor function were assessed` is such a list too)."""
    etypes = c.view.ent_type[c.seg.start:c.seg.end]   # (Token.ent_type, without a Token per word)
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    a, b = (f1, o0) if f1 <= o0 else (o1, f0)
    if b - a < 1 or not any(c.toks[k] in LIST_SEPARATORS or c.toks[k] == "and/or" for k in range(a, b)):
        return False
    if not all(etypes[k] in (FACTOR_HASH, OUTCOME_HASH) or c.toks[k] in COORDINATED_WORDS for k in range(a, b)):
        return False
    # (`the effects of BDNF and of GDNF on`: not a list beside an outcome; a list ending in `of` is a head's)
    if b == f0 and f0 >= 1 and c.toks[f0 - 1] == "of":
        return False
    # (`the rise in BDNF and autophagy was reversed by anti-BDNF treatment`: blocking the factor undoes the listed
    # result, the factor's own role is stated)
    return not _factor_blocked_in_clause(c, etypes)


def _factor_blocked_in_clause(c: Candidate, etypes) -> bool:
    """(helper CJ, s22) The clause names a factor blocked (`anti-BDNF treatment`, `a BDNF-neutralizing antibody`,
    `antibodies against GDNF`, `VEGF knockdown`): a blocking word with a factor name within a few words and no list
    separator between (not `GDNF, anti-inflammatory cytokines`)."""
    names = {c.subj.text.lower()} | {c.toks[j] for j in range(len(c.toks)) if etypes[j] == FACTOR_HASH}
    for k in range(c.scope[0], c.scope[1]):
        if c.toks[k].startswith("anti-") and c.toks[k][5:] in names:
            return True   # (`anti-BDNF`, one token)
        if not (PATHWAY_AGENT.fullmatch(c.toks[k]) or c.toks[k] == "anti"):
            continue
        for j in range(max(c.scope[0], k - 2), min(c.scope[1], k + 5)):
            if etypes[j] == FACTOR_HASH and not any(
                    t in LIST_SEPARATORS or t == "and/or" for t in c.toks[min(j, k) + 1:max(j, k)]):
                return True
    return False
