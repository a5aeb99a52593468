"""Which cells a candidate's cell mention stands for: a native cell acting on its own or named before
other cells nearer the factor, a comparison's reference, the cells a route names, stem cells differentiated in culture. The
cells whose own measure the outcome is are `cell_measures`', the cells named as a source `cell_sources`'.
Read by `gates._gated`.
"""
from __future__ import annotations

import re

from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.focus import GENERIC_CELL, TREATED_WORDS
from pipeline.nlp.relations.labels import CELL_HASH, MSC_CELLS, NATIVE_CELLS, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.text import TokenOffsets


COCULTURE = re.compile(r"\bco-?cultur")


def _native_actor(c: Candidate, view: TokenOffsets) -> bool:
    """A native cell (microglia, Tregs, motor neurons) named before the outcome in a sentence that gives
    nothing and names no treated subject: what it says of the outcome is the native cell's doing."""
    # (Span.ents makes a Span of every entity of the doc: first ask the token view whether any cell
    # entity lies before the outcome at all; most candidates have none)
    # (`toxicity to motor neurons is found following coculture of i-astrocytes`: in a co-culture, the native
    # cells named after the outcome act too)
    hi = c.seg.end if COCULTURE.search(view.span_lower(c.seg.start, c.seg.end)) else c.obj.start
    if CELL_HASH not in view.ent_type[c.seg.start:hi]:
        return False
    natives = [e for e in c.view.ents_in(c.seg.start, hi) if e.label_ == "CELL_TYPE"
               and concept_of(e) in NATIVE_CELLS and not (c.obj.start <= e.start < c.obj.end)
               and not _counted_with(c, e)]
    return bool(natives) and TREATED_WORDS.search(view.span_lower(c.seg.start, c.seg.end)) is None


# (helper FO, s29) words that name the cells as taken away, not given (`depletion of microglia`, `microglia
# depletion`, `macrophage-depleted mice`, `ablating astrocytes`)
REMOVAL_BEFORE = re.compile(r"(?:(?:depletion|ablation|elimination|removal) of(?: the)?|depleting|ablating|eliminating)$")
REMOVAL_AFTER = re.compile(r"-?(?:depletion|ablation|depleted|ablated)\b")


def _cells_taken_away(c: Candidate, view: TokenOffsets) -> bool:
    """The native cells are named as removed (`Depletion of microglia with a CSF1R inhibitor increased motor
    neuron loss`): what follows is the effect of losing the body's own cells, not of a cell treatment (SPEC
    AFFECTS)."""
    if concept_of(c.subj) not in NATIVE_CELLS:
        return False
    end = view.end[c.subj.end - 1]
    return REMOVAL_BEFORE.search(view.span_lower(c.subj.start - 3, c.subj.start)) is not None \
        or REMOVAL_AFTER.match(view.text_lower[end:end + 12].lstrip()) is not None

# (helper FV, s29) words that report a count of cells as a result (`fewer CD68-positive macrophages`)
COUNTED = frozenset({"fewer", "more", "less", "lower", "higher", "reduced", "increased", "decreased", "number", "numbers"})
LISTED_RESULT_GAP = COUNTED | {"and", ",", "of", "levels", "level", "the", "amounts"}


def _counted_with(c: Candidate, e) -> bool:
    """(helper FV, s29) The native cells are counted as a result listed with the outcome (`the hearts contained fewer
    macrophages and lower levels of IL-6`): a measure beside it, not the cells that acted."""
    toks, lo = c.toks, c.seg.start
    if not any(t in COUNTED for t in toks[max(0, e.start - lo - 3):e.start - lo]):
        return False
    obj_toks = {i for x in c.view.ents_in(e.end, c.obj.start) if x.label_ == "OUTCOME" for i in range(x.start, x.end)}
    return all(toks[i - lo] in LISTED_RESULT_GAP or i in obj_toks for i in range(e.end, c.obj.start))


def _own_clause_outcome(c: Candidate, view: TokenOffsets) -> bool:
    """An outcome stands after the subject in the subject's own clause (up to `;` or the segment's end)."""
    for k in range(c.subj.end, c.seg.end):
        if c.toks[k - c.seg.start] == ";":
            return False
        if view.ent_type[k] == OUTCOME_HASH:
            return True
    return False


# a study of stem cells made to differentiate in culture, with nothing given to an animal or a patient: the
# title names the differentiation (`Differentiation of MSCs into motor neuron cells`, `promote hMSCs neurogenic
# differentiation in vitro`, `inducing ... into motor neuron precursor cells`) and no sentence grafts or injects
STEM_SOURCES = MSC_CELLS | {"cell:ipsc", "cell:esc"}
# (helper AD, s19) a product the text names as the stem cells' own (`the conditioned medium of induced MSCs enhanced
# neurite outgrowth of SH-SY5Y cells`, `their secretome`) changes target cells, it does not differentiate itself;
# a medium given to the stem cells (`conditioned medium prepared from CNS extracts`) is no such product
NAMED_PRODUCT = re.compile(r"msc|stem|stromal|secretome|exosom|vesicle|\w-(?:cm|evs?|exos?)\b")
DIFFERENTIATION_TITLE = re.compile(r"\b(?:(?:trans)?differentiat\w*|neurogenic|neural induction|(?:induc|conver|reprogramm)\w*\b"
                                   r"[^\n]{0,80}\binto\b)")
IN_VIVO_GIVING = re.compile(r"\b(?<!future )(?<!future cell )(?:transplant|graft|inject|infus|administ|implant|engraft|intrathecal|intravenous|"
                            r"intraspinal|intracerebr|treated (?:mice|rats|animals|patients))")


# (helper CW, s23) a verb by which the title's stem cells act on other cells (`DPSCs stimulate neuronal differentiation
# of PC12 cells`, `induced MSCs protect neuronal cells from oxidative stress`); not a participle handing the cells
# to a maker (`induced into NTF-secreting cells`, `enhanced by BDNF`, `treated with`)
ACTS_ON_OTHERS = re.compile(r"\b(?:stimulat|promot|enhanc|induc|protect|rescu|support|improv|increas|augment|facilitat|"
                            r"boost|reduc|attenuat|inhibit|suppress|modulat)\w*\b(?!\s+(?:into|to|by|with|from)\b)")
# the other cells that verb acts on, within the title's clause (`of PC12 cells`, `neuronal cells`, `neurite outgrowth of
# DRG neurons`); not what the stem cells become (`into oligodendrocytes`: checked by the verb's lookahead)
TARGET_CELLS_AFTER = re.compile(r"^[^:;.\n]{0,80}?\b(?:cells|neurons|neurites?|axons|pc-?12|sh-?sy5y|nsc-?34)\b(?!-like)")


def _stem_cells_act_on_others(view: TokenOffsets, title: str) -> bool:
    """(helper CW, s23) The title's stem cells (named before the verb) act on other cells: a study of their
    effect on target cells in a dish, not of their own differentiation. (`The secretome of MSCs induces ...`: the
    product acts, and NAMED_PRODUCT already lets its rows pass.)"""
    for m in ACTS_ON_OTHERS.finditer(title):
        head = title[:m.start()]
        if not STEM_IN_TITLE.search(head) or PRODUCT_IN_TITLE.search(head):
            continue
        if TARGET_CELLS_AFTER.search(title[m.end():]):
            return True
    return False


# the stem cells named before the verb (`Dental pulp stem cells`, `Placental mesenchymal stromal cells induced into ...`)
STEM_IN_TITLE = re.compile(r"\b(?:stem|stromal|progenitor) cells\b|\bmscs?\b|\w-mscs?\b|\b(?:dpscs?|adscs?|bmscs?|shed)\b")


PRODUCT_IN_TITLE = re.compile(r"\b(?:secretome|conditioned medi|exosom|vesicle|extract|lysate|supernatant|\w+-cm\b)")
# the target cells of a dish, named in the candidate's sentence (`protected neural cells from oxidative stress`,
# `increased neurite length of PC12 cells`); not `the cells`, which may be the stem cells themselves
TARGET_IN_DISH = re.compile(r"\b(?:neurons|neuronal cells?|neural cells?|neurites?|axons?|pc-?12|sh-?sy5y|nsc-?34|n2a|"
                            r"neuro-?2a|ht-?22|dorsal root ganglia?|drgs?|astrocytes|oligodendrocytes|microglia|"
                            r"schwann cells|neural stem cells|neural progenitor cells)\b")


def _in_vitro_differentiation(view: TokenOffsets, c: Candidate) -> bool:
    """The title names stem cells' differentiation and the text gives nothing in vivo. (helper CW, s23) Not for a
    candidate whose sentence names the target cells where the title says the stem cells act on other cells (`DPSCs
    stimulate neuronal differentiation of PC12 cells`): there the stem cells' effect on them is the result."""
    nl = view.text_lower.find("\n")
    title = view.text_lower[:nl] if nl >= 0 else view.text_lower
    if DIFFERENTIATION_TITLE.search(title) is None or IN_VIVO_GIVING.search(view.text_lower) is not None:
        return False
    if _stem_cells_act_on_others(view, title):
        seg = view.text_lower[view.start[c.seg.start]:view.start[c.subj.start]] + " " + \
            view.text_lower[view.end[c.subj.end - 1]:view.end[c.seg.end - 1]]
        return TARGET_IN_DISH.search(seg) is None
    return True


# a sentence that opens on the graft itself (`The transplanted cells ...`, `Grafted cells ...`)
GRAFT_ANAPHOR = re.compile(r"^(?:the |these )?(?:transplanted|grafted|injected|infused|engrafted|implanted|administered) "
                           r"(?:cells|grafts)\b")


# (helper W, s19) the words that set cells aside as the reference of a comparison (`compared with BM-MSCs,`,
# `relative to hucMSCs,`, `in comparison to the parental cells,`)
COMPARATOR_LEADS = (("compared", "with"), ("compared", "to"), ("relative", "to"), ("comparison", "with"),
                    ("comparison", "to"))
# (helper CU, s23) what may stand before a fronted comparison (`showed that relative to hucMSCs, ...`)
CLAUSE_FRONT = frozenset({",", "(", ";", ":", "\n", "when", "as", "that", "and", "but", "whereas", "while", "although",
                          "however", "moreover", "furthermore", "also"})
# (helper AK, s20) what sets the reference cells apart from the made or modified ones
COMPARATOR_MODIFIERS = frozenset({"undifferentiated", "unmodified", "naive", "naïve", "native", "parental", "untreated",
                                  "unprimed", "unstimulated", "non-transduced", "untransduced", "wild-type", "control"})


# (helper GF, s29) `X reproduced the effect of conditioned medium on Y`, `mimicked the benefits of MSCs`: the cells are
# the reference another agent's result is matched against, neither its agent nor the source of X
MATCHED_EFFECT = re.compile(r"\b(?:reproduc|mimic|replicat|recapitulat|copie|match|equal|resembl)\w*\s+(?:the|their|its)\s+"
                            r"(?:\w+\s+)?(?:effects?|actions?|benefits?|protection)\s+(?:of|by)\s+(?:the\s+)?$")


def _reference_of_matched_effect(c: Candidate) -> bool:
    """(helper GF, s29) The cells are named only as the reference whose effect another agent reproduced (the words
    just before them: `Exogenous BDNF reproduced the effect of conditioned medium on axon length`)."""
    before = " ".join(c.toks[max(0, c.subj.start - c.seg.start - 8):c.subj.start - c.seg.start])
    return bool(MATCHED_EFFECT.search(before + " "))


def _comparator_cell(c: Candidate) -> bool:
    """(helper W, s19) The cells are only the reference of a comparison set off by commas, and other
    cells are what the clause is about: `UC-MSCs, compared with BM-MSCs, expressed more HGF`,
    `relative to hucMSCs, their exosomes accelerated wound closure` (not BM-MSCs -> HGF, not hucMSCs ->
    wound closure). A comparison closing the clause (`secretion was higher in ADSCs than in BMSCs`,
    `... increased compared with BMSCs.`) is left to the weights: there both cell types often did it."""
    seg_start = c.seg.start
    s0, s1 = c.subj.start - seg_start, c.subj.end - seg_start
    toks = c.toks
    k = s0 - 1
    if k >= 0 and toks[k] in COMPARATOR_MODIFIERS:
        k -= 1   # (helper AK, s20) `compared with undifferentiated WJ-MSCs, WJ-SCLCs expressed more X`
    if k >= 0 and toks[k] in ("the", "those", "that"):
        k -= 1
    if k < 1 or (toks[k - 1], toks[k]) not in COMPARATOR_LEADS:
        return False
    # (helper CU, s23) fronted or set off (`Compared with A, B ...`, `B, compared with A, ...`), not a comparison that
    # closes its clause before a comma (`VEGF was higher in the CM from B compared with A, as shown by ELISA`: both)
    i = k - 2 - (k >= 2 and toks[k - 2] in ("in", "when", "as"))
    if i >= 0 and toks[i] not in CLAUSE_FRONT:
        return False
    j = s1
    if j + 2 < len(toks) and toks[j] == "(" and toks[j + 2] == ")":
        j += 3   # `compared with bone marrow MSCs (BM-MSCs),`
    if j >= len(toks) or toks[j] != ",":
        return False
    subj_concept = concept_of(c.subj)
    if j + 1 < len(toks) and toks[j + 1] in ("they", "these", "those", "their"):
        return True   # (helper CU, s23) `Compared to MSCs, they secrete more GDNF`: the cells named before are the subject
    return any(e.label_ == "CELL_TYPE" and concept_of(e) != subj_concept and not (c.subj.start <= e.start < c.subj.end)
               for e in c.view.ents_in(c.seg.start, c.seg.end))


# (helper W, s19) the giving nouns that join a route to what it gives (`intravenous infusion of UC-MSCs`)
ROUTE_GIVING_NOUNS = frozenset({"injection", "injections", "infusion", "infusions", "administration", "delivery",
                                "transplantation", "transplant", "transplants", "implantation", "grafting"})
# words that may stand between `of` and the cells it names (`of allogeneic human UC-MSCs`)
GIVEN_CELL_LEADS = frozenset({"the", "allogeneic", "allogenic", "autologous", "human", "cultured", "expanded", "naive",
                              "naïve", "these", "their"})


def _related_cells(a: str, b: str) -> bool:
    """Two cell concepts that may name the same graft (`UC-MSCs` ... `the MSCs`, `WJ-MSCs` ... `UC-MSCs`)."""
    return a == b or "cell:msc" in (a, b) or "cell:other" in (a, b) or {a, b} == {"cell:uc_msc", "cell:wj_msc"}


def _route_of_named_cell(c: Candidate) -> bool:
    """(helper W, s19) The route names, right after it, the cells it gives, and they are other cells than
    the subject: `Although BM-MSCs have been tested, no trial has evaluated intravenous infusion of UC-MSCs`
    (not BM-MSCs -> intravenous)."""
    doc = c.obj.doc
    n = min(len(doc), c.seg.end)
    k = c.obj.end
    if k < n and doc[k].lower_ in ROUTE_GIVING_NOUNS:
        k += 1
    if k >= n or doc[k].lower_ != "of":
        return False
    k += 1
    while k < n and doc[k].lower_ in GIVEN_CELL_LEADS:
        k += 1
    if k >= n or doc[k].ent_type_ != "CELL_TYPE" or doc[k].ent_iob_ != "B":
        return False
    named = next(e for e in c.view.ents if e.start == k)
    return not _related_cells(concept_of(named), concept_of(c.subj))


# (helper AE, s19) `MSCs were treated with retinoic acid to induce neural differentiation`: a reagent, named
# before `to induce`, makes the stem cells differentiate; the differentiation is how the product was made
INDUCED_DIFFERENTIATION = re.compile(r"\b(?:treated|cultured|incubated|exposed|supplemented|stimulated|primed|"
                                     r"pretreated|pre-treated)\b[^.;]{0,80}\bto (?:induce|trigger|promote|initiate)"
                                     r"(?: (?:the|their|a))?$")


def _made_to_differentiate(c: Candidate) -> bool:
    """(helper AE, s19) the stem cells' own differentiation, induced by a reagent before they were given."""
    o0 = c.obj.start - c.seg.start
    if concept_of(c.subj) not in STEM_SOURCES or not any(w.startswith("differentiat") for w in c.toks[o0:c.obj.end - c.seg.start]):
        return False
    return INDUCED_DIFFERENTIATION.search(" ".join(c.toks[:o0])) is not None


# (helper BK, s21) the words that open the reference arm of a comparison closing the clause
ARM_COMPARATOR_LEADS = (("compared", "with"), ("compared", "to"), ("comparison", "to"), ("comparison", "with"),
                        ("relative", "to"))
# an equal potency names the reference cells only for the route (`given i.v. with a potency comparable to UC-MSCs`);
# for the end point they did as much (`improved X similar to UC-MSCs`), and `better than BM-MSCs` leaves the
# reference cells' own benefit open (both arms often worked): left to the weights
ROUTE_COMPARATOR_LEADS = (("comparable", "to"), ("similar", "to"))


def _comparator_arm_cell(c: Candidate) -> bool:
    """(helper BK, s21) The cells are named only in the reference arm of a comparison that closes the clause,
    while other cells, named before it, did what the clause reports: `locomotor function improved in
    NI-MSC-transplanted rats in comparison to vehicle and unmodified MSC-transplanted animals`, `microglia
    replacement slowed progression compared with mice given BMCs`, `MB-MSCs given i.v. or i.p. ameliorated
    EAE with a potency comparable to UC-MSCs` (not MSCs / BMCs -> that outcome, not UC-MSCs -> i.v.). The end
    point or route stands before the comparison, the reference cells after it. A comparison of values (`slope was -0.5 with placebo compared with -0.2
    with MSCs`) names no other cell type before it and is left alone."""
    seg_start = c.seg.start
    toks = c.toks
    s0 = c.subj.start - seg_start
    o1 = c.obj.end - seg_start
    if o1 > s0:
        return False
    lead = None
    for k in range(s0 - 1, o1, -1):
        if toks[k] in (";", ":") or toks[k] in ("whereas", "while", "but", "although", "however"):
            return False
        if k >= 1 and ((toks[k - 1], toks[k]) in ARM_COMPARATOR_LEADS or (
                c.predicate == "ADMINISTERED_VIA" and (toks[k - 1], toks[k]) in ROUTE_COMPARATOR_LEADS)):
            lead = k - 1
            break
    if lead is None or s0 - lead > 16 or lead < o1:
        return False
    subj_concept = concept_of(c.subj)
    doc = c.subj.doc
    lead_abs = seg_start + lead
    return any(e.label_ == "CELL_TYPE" and concept_of(e) != subj_concept and e.end <= lead_abs
               and not any(t.lower_ in (";", "whereas", "while", "but", "although", "however")
                           for t in doc[e.end:lead_abs])
               for e in c.view.ents_in(c.seg.start, c.seg.end))


def _native_behind_other_cell(c: Candidate) -> bool:
    """(helper CA, s22) A native cell (microglia, motor neurons, T cells) named before the factor with another,
    non-native cell mention between them that opens a clause of its own (after `and`, `,`, `;`, `whereas` ...), not
    merely listed with it (`microglia and MSCs secrete BDNF` keeps both) nor named as its source (`astrocytes
    differentiated from human iPSCs released GDNF`)."""
    if concept_of(c.subj) not in NATIVE_CELLS or c.subj.end > c.obj.start:
        return False
    doc = c.obj.doc
    return any(e.label_ == "CELL_TYPE" and concept_of(e) not in NATIVE_CELLS and concept_of(e) != "cell:other"
               and c.subj.end + 2 < e.start and e.end <= c.obj.start
               and any(t.lower_ in CLAUSE_OPENERS for t in doc[c.subj.end + 2:e.start])
               and not any(t.lower_ in SOURCE_PREPOSITIONS for t in doc[max(c.subj.end, e.start - 3):e.start])
               for e in c.view.ents_in(c.subj.end, c.obj.start))


CLAUSE_OPENERS = frozenset({"and", ",", ";", "whereas", "while", "but", "although"})
SOURCE_PREPOSITIONS = frozenset({"from", "of", "by", "with", "into", "to"})


# (helper FV, s29) verbs by which a cell product is said to hold other cells (`BM-MNCs contain haematopoietic progenitors`)
CONTAINING = frozenset({"contain", "contains", "contained", "containing", "comprise", "comprises", "comprised",
                        "include", "includes", "included"})   # (not `stem cells, including MSCs,`: examples)
# what may stand between the containing cells and the verb (`BM-MNCs, which contain`); between the verb and the
# contained cells any words but a clause break, at most eight (`contain a small fraction of CD34+ progenitors`,
# `comprise monocytes, lymphocytes and stem cells`)
CONTAINER_GAP = frozenset({",", "which", "that", "also", "mainly", "largely", "(", ")"})
CONTAINED_BREAKS = frozenset({";", ".", ":", "but", "whereas", "while", "although", "which", "that", "who"})


def _contained_cell(c: Candidate) -> bool:
    """(helper FV, s29) The cells are named only as what another cell product holds (`Bone marrow mononuclear cells
    contain haematopoietic progenitors and have improved recovery`, `BM-MNCs, which comprise MSCs, prolonged
    survival`): the product is what was given and acted, not a part of it."""
    seg_start = c.seg.start
    toks = c.toks
    s0 = c.subj.start - seg_start
    k = next((k for k in range(s0 - 1, max(-1, s0 - 10), -1) if toks[k] in CONTAINING or toks[k] in CONTAINED_BREAKS),
             None)
    if k is None or k < 1 or toks[k] not in CONTAINING:
        return False
    j = k - 1
    while j >= 0 and toks[j] in CONTAINER_GAP:
        j -= 1
    holder = seg_start + j
    subj_concept = concept_of(c.subj)
    return j >= 0 and any(e.label_ == "CELL_TYPE" and e.start <= holder < e.end and concept_of(e) != subj_concept
                          and not GENERIC_CELL.match(e.text.lower())   # (`stem cells include MSCs`: a class)
                          for e in c.view.ents_in(c.seg.start, c.seg.end))
