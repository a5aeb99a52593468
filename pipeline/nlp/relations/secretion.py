"""Gates on SECRETES: the clause must say that the cells make the factor (SECRETE_GATE), not that the
factor was given to them (`primed with IGF-1`), that it acts on them (`GDNF that protects neurons`), or,
across a contrast, that another cell made it; a factor looked for and not found is a denied SECRETES.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.factor_products import _factor_tok
from pipeline.nlp.relations.labels import concept_of

# SECRETES needs one of these in the clause: co-occurrence of a cell and a factor is not enough.
SECRETE_GATE = re.compile(r"secret|releas|produc|express|engineer|induc|transduc|transfect|encod|deriv|deliver|carr(?:y|ies|ied|ying)"
                          r"|paracrine|synthes|conditioned|contain|rich in|enrich|modif|overexpress|over-express"
                          r"|source of|supernatant|detected in|immunopositive|immunoreactiv|positive for|stained"
                          # the host's factor raised by the cells (`MSCs upregulated VEGF`, `BDNF was elevated by MSCs`)
                          r"|upregulat|up-regulat|elevat"
                          # (helper CD, s22) `GDNF gene transfer to MSCs`, `ex vivo gene transfer of BDNF to BMSCs`
                          r"|gene[- ]transfer|gene[- ]transduc"
                          # (helper DO, s25) `MSCs infected with Ad-GDNF`, `harboring a GDNF transgene`, `bearing the
                          # VEGF gene`, `BDNF of MSC origin` (`GDNF-positive MSCs`: _stained_for_factor)
                          r"|infect|\btransgenes?\b|harbo|\bbearing\b|\borigin\b"
                          # `UC-MSCs generate HGF`, `a reservoir of growth factors`, `introduce the GDNF gene into
                          # MSCs`, `nucleofected / electroporated with a GDNF plasmid`
                          r"|\bgenerat|reservoir|introduc\w*\b[^.;]{0,40}\bgenes?\b|nucleofect|electroporat|\boutput\b|immunostain"
                          # (helper FJ, s28) what vesicles carry (`HGF cargo in the exosomes`)
                          r"|\bcargo")

# what a sentence naming no cells must say to credit the antecedent cells with a factor
RESOLVED_SECRETION = re.compile(r"secret|releas|produc|paracrine|conditioned|supernatant|culture medi|elisa"
                                # (helper CD, s22) `Graft-derived GDNF protected motor neurons`: the graft's factor
                                r"|\b(?:graft|transplant|implant)-(?:derived|secreted)")
# (helper DO, s25) a sentence naming no cell type that still speaks of the treatment cells or their recipients
# (`The transduced cells expressed GDNF`, `Many surviving cells were positive for BDNF`, `BDNF expression increased
# after transplantation`, `Treated rats showed higher BDNF levels`), and what it must then say of the factor: made
# or raised (RESOLVED_SECRETION names the making only)
CELLS_REFERRED = re.compile(r"\b(?:the|these|such|many|most|some|all|surviving|transduced|transfected|engineered|modified|"
                            r"labell?ed|donor|grafted|transplanted|engrafted|implanted|injected)\s+(?:[\w-]+\s+)?(?:cells|grafts)\b"
                            r"|\b(?:after|following)\s+(?:the\s+)?(?:(?:first|second|third|last|each|repeated)\s+)?"
                            r"(?:transplantation|grafting|implantation|engraftment|injections?|infusions?|administrations?|"
                            r"treatment|doses?)\b|\bpost-?(?:transplant\w*|treatment|injection|infusion)\b"
                            r"|\b(?:treated|transplanted|grafted|engrafted)\s+(?:animals|mice|rats|patients|groups?|muscles?|cords?)\b")
# the assay of the cells' making, in a sentence on no patients' or controls' tissue (`Western blot confirmed GDNF expression`)
ASSAYED = re.compile(r"\bwestern blot|\brt-?pcr\b|\bq?pcr\b|immunocytochem|immunofluoresc|\bmrna level")
BODY_WORDS = re.compile(r"\b(?:patients?|sporadic|familial|post-?mortem|autopsy|healthy|controls?|subjects|serum|plasma)\b")

# what such a sentence must say of the factor: expressed or raised
RESOLVED_EXPRESSION = re.compile(r"express|immunoreactiv|immunopositive|positive for|upregulat|up-regulat|increas|elevat|"
                                 r"higher|\brose\b|\braised\b")


def _resolved_expression(clause: str, seg_text: str) -> bool:
    """(helper DO, s25) A sentence naming no cell type credits the antecedent cells with a factor expressed or raised
    when it still speaks of them (CELLS_REFERRED) or of the assay of their making (ASSAYED, on no patient's tissue),
    and no fall is named (`reduced GDNF expression`: the disease's)."""
    if not RESOLVED_EXPRESSION.search(clause) or any(w.startswith(FALL_WORDS) for w in clause.split()):
        return False
    return CELLS_REFERRED.search(seg_text) is not None or (
        ASSAYED.search(seg_text) is not None and BODY_WORDS.search(seg_text) is None)


# (helper DO, s25) a pronoun or `the/these ... cells` that makes the factor, in a sentence a result or method
# sentence or two after the cells were named (`Motor function was tested weekly. They released BDNF`, `VEGF released by
# the cells was measured`): it refers back to them however many sentences naming no cells came between
ANAPHOR_SECRETION = re.compile(r"\b(?:they|(?:these|the|such) (?:[\w-]+ )?(?:cells|grafts?))\s+(?:(?:also|further|additionally|"
                               r"still|continued to|were shown to|were found to|were able to)\s+)*(?:over-?)?"
                               r"(?:secret|releas|produc|express|synthesi[sz])\w*\b"
                               r"|\b(?:secret|releas|produc|express)\w* (?:by|from) (?:the|these) (?:[\w-]+ )?(?:cells|grafts?)\b")
# a factor looked for and not found in what the cells make: a denied SECRETES
UNDETECTED = re.compile(r"\b(?:undetectable|(?:not|never|nor) (?:be )?(?:detected|detectable|found)|"
                        r"below (?:the )?(?:limits? of detection|detection limits?|(?:lower )?limits? of quantification)|"
                        r"lack(?:ed|s)?|absent|failed to (?:secrete|release|produce|express)|only negligible|"
                        r"negligible amounts?)\b")
# a verb of secretion proper (SECRETE_GATE also lets `deliver`, `contain`, `derived` through)
SECRETE_VERB = re.compile(r"secret|releas|produc|express|engineer|induc|transduc|transfect|encod|synthes|modif")


# what a contrast clause opened by a factor says of the cells' own output: it was looked for and not
# found, or it was measured and did not change (`whereas GDNF and NT-3 production remained unchanged`)
UNCHANGED_OUTPUT = re.compile(r"^(?:secretion|production|release|expression|levels?|concentrations?|mrna|protein|amounts?)"
                              r"(?: levels?)? (?:was|were|remained|did|was not|were not)\b.{0,30}?"
                              r"\b(?:unchanged|unaffected|not (?:\w+ )?(?:changed|altered|affected|modified|increased|different)"
                              r"|similar|comparable|not differ|stable)\b")


def _denied_after_contrast(c: Candidate) -> bool:
    """`MSCs secreted VEGF, but not GDNF`, `... but no detectable GDNF`: the contrast denies the cells'
    factor (a negated row), it does not hand the factor to another cell. Likewise a contrast clause that
    the factor opens and that names no cell of its own: `whereas IGF-1 was below the limit of detection`
    (negated), `while BDNF secretion was not changed` (the cells' output, measured)."""
    s1, o0, o1 = c.subj.end - c.seg.start, c.obj.start - c.seg.start, c.obj.end - c.seg.start
    if o0 < 2 or o0 <= s1:
        return False
    toks = c.toks
    k = o0 - 1 - (toks[o0 - 1] in ("detectable", "measurable") and toks[o0 - 2] == "no")
    if k >= 1 and toks[k] in ("not", "no") and toks[k - 1] in ("but", ","):
        return not any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.subj.end, c.obj.start))
    # the factor (or a list of factors it ends or begins) right after the contrast word
    j = o0 - 1
    while j > s1 and (toks[j] in (",", "and", "or") or _factor_tok(c, j)):
        j -= 1
    if toks[j] not in ("whereas", "while", "but") or any(t in (";", ".") for t in toks[s1:j]):
        return False
    end = next((k for k in range(o1, len(toks)) if toks[k] in cues.CLAUSE_BREAKS or toks[k] in (".", ",")), len(toks))
    k = o1
    while k < end and (toks[k] in (",", "and", "or") or _factor_tok(c, k)):
        k += 1
    rest = " ".join(toks[k:end])
    if any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.seg.start + j, c.seg.start + end)):
        return False   # `whereas B released BDNF`, `while BDNF was released by B`: another cell's clause
    return UNDETECTED.search(rest) is not None or UNCHANGED_OUTPUT.search(rest) is not None


def _same_cells_after_contrast(c: Candidate) -> bool:
    """`ASCs expressed the usual markers but secreted less VEGF`: `but` opens a second predicate of the
    same cells (a secretion verb right after it, no other cell named in between), not another cell's clause; so
    does `not A but B` (the factor right after `but`)."""
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    if o0 <= s1:
        return False
    toks = c.toks
    buts = [k for k in range(s1, o0) if toks[k] in cues.CONTRAST_BREAKS]
    if len(buts) != 1 or toks[buts[0]] != "but":
        return False
    # (helper EX, s28) `MSCs did not secrete GDNF but BDNF`: `not A but B` sets the factor after `but` in A's place
    elided = buts[0] + 1 == o0 and not cues.NEGATORS.isdisjoint(toks[s1:buts[0]])
    if not elided and (buts[0] + 1 >= o0 or not SECRETE_VERB.match(toks[buts[0] + 1])):
        return False
    if any(t in (";", ".") for t in toks[s1:o0]):
        return False
    return not any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.subj.end, c.obj.start))


# `NSCs provide neuroprotective factors`, `grafts supply BDNF and GDNF to host neurons`: the cells, named
# before the verb, hand the factor on (not `provided with GDNF`, `GDNF provides support to MSCs`,
# `provided neuroprotection and raised BDNF levels`)
PROVIDE_VERB = re.compile(r"^(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))$")
PROVIDED_FILLERS = frozenset({",", "and", "or", "such", "as", "including", "e.g.", "namely", "like", "the", "a",
                              "various", "several", "multiple", "many", "other"})


def _provided_factor(c: Candidate) -> bool:
    """The cells provide or supply the factor: the verb stands between them and the factor, with only the
    factor's own list (`trophic factors such as BDNF and GDNF`) after it."""
    toks = c.toks
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    for i in range(max(s1, 0), o0):
        if PROVIDE_VERB.match(toks[i]) and toks[i + 1] != "with":
            return all(toks[j] in PROVIDED_FILLERS or _factor_tok(c, j) for j in range(i + 1, o0))
    return False


# what a culture gives the cells: `a medium containing bFGF`, `primed with IGF-1`, `in the presence of NGF`
GIVEN_TO_CELLS = frozenset({"containing", "supplemented", "presence", "exposure", "exposed", "primed", "pretreated",
                            "preconditioned", "stimulated", "cocktail", "addition", "added", "plus", "treated",
                            "incubated", "cultured", "cultivated", "culturing", "incubating", "exposing", "treating",
                            "priming", "stimulating", "supplementing",
                            # what the cells sense, not what they make: `receptors for VEGF`, `respond to BDNF`
                            "receptor", "receptors", "respond", "responded", "responsive"})


OVER_PREFIX = re.compile(r"^(?:over|hyper)-?")


def _secretion_verb(toks: list[str], over: bool = False) -> bool:
    """A verb of secretion in the clause, not one that only brings about a change (`produced an additive
    increase in lifespan`, `induced a significant improvement`)."""
    for i, t in enumerate(toks):
        # (helper CD, s22) with `over`: also under `over-`/`hyper-` (`Overexpression of BDNF in MSCs`)
        if SECRETE_VERB.match(OVER_PREFIX.sub("", t) if over else t) and not any(cues.cue_kind(w, False) or w.startswith(cues.SAFETY_WORDS)
                                             for w in toks[i + 1:i + 4] if w not in cues.CAUSAL_FILLERS):
            return True
    return False


def _factor_acts_on_cell(toks: list[str], f1: int, c0: int) -> bool:
    """The cell named after the factor is what the factor acts on, in a clause the factor opens
    (`GDNF that may protect dopaminergic neurons`, `trophic factors, which promote oligodendrocyte
    maturation`, `BDNF to support neurons`): its target, not its maker (no verb of secretion between)."""
    if c0 <= f1:
        return False
    between = toks[f1:c0]
    opener = next((k for k, t in enumerate(between) if t in ("that", "which", "to")), None)
    if any(t in (";", ".") for t in between):
        return False
    if _acting_verb(between, 0 if opener is None else opener + 1):
        return True   # (helper EE, s26) before the test below: `induce` and `production` are words of secretion too
    if any(SECRETE_VERB.match(t) for t in between):
        return False
    if opener is None:
        # the factor is the subject of a verb of benefit (`MSC-derived GDNF may protect dopaminergic neurons`)
        k = 0
        while k < len(between) and between[k] in SUBJECT_VERB_FILLERS:
            k += 1
        return k < len(between) and (cues.cue_kind(between[k], False) or ("",))[0] == "favorable"
    return any((cues.cue_kind(t, False) or ("",))[0] == "favorable" for t in between[opener + 1:])


# (helper EE, s26) an active verb whose subject, the factor, changes something of the cells named after it (`LIF
# induces the production of cytokines in monocytes`, `NGF, which induces differentiation of PC12 cells`, `BDNF
# inhibited cardiomyocyte apoptosis`); not the passive of a factor made (`GDNF induced in MSCs`, `BDNF stimulated by`)
ACTING_VERB = re.compile(r"^(?:induc|stimulat|promot|inhibit|trigger)(?:e|es|ed|s)?$")
PASSIVE_AFTER = frozenset({"by", "in", "from", "within", "at", "after", "following", "upon"})


def _acting_verb(between: list[str], k: int) -> bool:
    """Is the first word at or after k, past a bracketed short form and modal fillers, an active ACTING_VERB?"""
    if k == 0 and between[:1] == ["("]:
        k = between.index(")") + 1 if ")" in between else len(between)   # `nerve growth factor (NGF) induced`
    elif k == 0 and between[:1] == [")"]:
        k = 1   # the short form in brackets is the factor: `(NGF) induced`
    while k < len(between) and between[k] in SUBJECT_VERB_FILLERS:
        k += 1
    return k < len(between) and ACTING_VERB.match(between[k]) is not None and between[k + 1:k + 2] != [] and \
        between[k + 1] not in PASSIVE_AFTER or k == len(between) - 1 and ACTING_VERB.match(between[k]) is not None


def _factor_as_inducer(c: Candidate) -> bool:
    """(helper EE, s26) `ECs contributed to VEGF-induced angiogenesis`: the factor glued to `-induced` names what
    set a process off, and no word of making stands between the cells named before and it: no maker."""
    f1, c1 = c.obj.end - c.seg.start, c.subj.end - c.seg.start
    if c.toks[f1:f1 + 1] == ["("] and c.toks[f1 + 2:f1 + 3] == [")"]:
        f1 += 2   # the long form before its short form: `vascular endothelial growth factor (VEGF)-induced`
    after = c.toks[f1 + 1:f1 + 3] if c.toks[f1:f1 + 1] == [")"] else c.toks[f1:f1 + 2]
    glued = after[:1] in (["-induced"], ["-stimulated"]) or after[:1] == ["-"] and after[1:2] in (["induced"], ["stimulated"])
    return glued and c1 <= c.obj.start - c.seg.start and not any(
        SECRETE_VERB.match(t) or t.startswith("deriv") or "-deriv" in t for t in c.toks[c1:c.obj.start - c.seg.start])


# modals and adverbs between a factor and its verb (`GDNF may also protect`, `BDNF significantly enhanced`)
SUBJECT_VERB_FILLERS = frozenset({"may", "might", "could", "can", "would", "also", "further", "directly",
                                  "significantly", "markedly", "strongly", "potently", "effectively"})


# (helper BB, s21) the nouns of priming, when they open the phrase of the cells primed (`Pretreatment of MSCs with
# BDNF`, `Pre-exposure of engineered hAMSCs to GDNF`; not `MSC preconditioning increased VEGF secretion`)
PRIMING_NOUNS = frozenset({"pretreatment", "pre-treatment", "preconditioning", "pre-conditioning", "preincubation",
                           "pre-incubation", "preexposure", "pre-exposure", "exposure"})


# (helper DO, s25) who is `treated` when the word names the recipients of the cells, not cells given a factor
RECIPIENTS = frozenset({"mice", "rats", "animals", "patients", "group", "groups", "subjects", "participants", "dogs",
                        "monkeys", "cohort", "arm", "sod1", "als", "hosts"})


# (helper FG, s28) what the cells were turned into a new type with (`differentiated with forskolin, heregulin and
# bFGF`): a reagent given to them, like `induced with`
MADE_WITH = frozenset({"differentiated", "transdifferentiated", "reprogrammed"})


# (helper DO, s25) a noun of making right after the factor (`GDNF production`, `HGF secretion`)
MADE_NOUNS = frozenset({"production", "secretion", "release", "synthesis"})


def _given_to_cells(toks: list[str], f0: int, c: Candidate | None = None) -> bool:
    """The factor at toks[f0] is what the cells were cultured with (a word of GIVEN_TO_CELLS at most
    five words before it, no verb of secretion between; the other factors of a supplement list and their
    bracketed short forms not counted: `a medium supplemented with dbcAMP, basic fibroblast growth factor
    (bFGF), PDGF and heregulin`), or what they were induced with (`pre-induced with bFGF`): not
    something they secrete. A medium named after the factor gives it too (`EGF- and bFGF-containing medium`,
    `basic fibroblast growth factor (bFGF)-supplemented medium`)."""
    k = f0
    while k < len(toks) and k - f0 < 8 and (toks[k] in ("-", "(", ")") or c is not None and _factor_tok(c, k)
                                          or k == f0):
        if toks[k].endswith(("-containing", "-supplemented")):
            return True
        k += 1
    if c is not None and k < len(toks) and toks[k] in MADE_NOUNS:
        return False   # (helper DO, s25) `MSCs stimulated endogenous GDNF production`: the factor made, not given
    if k < len(toks) and toks[k] in ("containing", "-containing", "supplemented", "-supplemented") and \
            k + 1 < len(toks) and toks[k + 1] in ("medium", "media", "culture", "cultures"):
        return True
    n = 0
    # (helper BB, s21) the word right before the cells names how they were made (`Pre-exposure of engineered
    # hAMSCs to GDNF`): no verb of their secretion
    attributive = range(c.subj.start - c.seg.start - 1, c.subj.end - c.seg.start) if c is not None else range(0)
    for j in range(f0 - 1, max(-1, f0 - 25), -1):
        t = toks[j]
        if t in ("treated", "-treated") and j + 1 < len(toks) and toks[j + 1] in RECIPIENTS:
            continue   # (helper DO, s25) `MSC-treated mice had higher GDNF levels`: the animals were treated
        if t in GIVEN_TO_CELLS or t in PRIMING_NOUNS and j + 1 < len(toks) and toks[j + 1] in ("of", "with") or \
                t == "with" and j > 0 and (toks[j - 1].endswith("induced") or toks[j - 1] in MADE_WITH):
            return True
        if SECRETE_VERB.match(t) and j not in attributive or t in (";", "whereas", "but", "which", "that"):
            return False
        if c is None or not _factor_tok(c, j):
            n += 1
            if n >= 6:
                return False
    return False


# (helper T, s19) also `over-`/`hyper-` (`Schwann cells overexpressing GDNF`)
STATED_SECRETION = re.compile(r"(?:over-?|hyper-?)?(?:secret|releas|produc|express|synthesi[sz])(?:es|ed|e|s|ing)?")


def _stained_for_factor(c: Candidate) -> bool:
    """(helper FX, s29) `GDNF-positive MSCs ... GDNF`: cells stained for the factor itself are credited with it (it was
    SECRETE_GATE's `-positive` until s29); another marker (`increased CD206-positive microglia, and raised VEGF`) says
    nothing of the factor."""
    name = c.obj.text.lower()
    return any(t.endswith("-positive") and t.startswith(name + "-") for t in c.toks[c.scope[0]:c.scope[1]])


# (helper AD, s19) between a factor and the cell product it was measured in: `the level of VEGF in the CM`,
# `BDNF concentrations within the secretome` (train gold: factors assayed in conditioned media are SECRETES
# of the product)
MEASURED_IN = frozenset({"in", "within", "inside", "the", "their", "its"})


# (helper DO, s25) what may stand between `from` and the cells a factor is attributed to (`GDNF from the grafted MSCs`)
FROM_FILLERS = frozenset({"the", "transplanted", "grafted", "engrafted", "implanted", "injected", "infused", "cultured",
                          "donor", "human", "these", "their", "its"})


def _factor_from_cells(c: Candidate) -> bool:
    """(helper DO, s25) The factor is attributed to the cells named right after it by `from` (`GDNF from MSCs
    promoted motor neuron survival`, `BDNF from the grafted cells`): SPEC's `MSC-derived GDNF`, unhyphenated."""
    if c.resolved or c.subj.start < c.obj.end:
        return False
    between = c.toks[c.obj.end - c.seg.start:c.subj.start - c.seg.start]
    return 1 <= len(between) <= 4 and between[0] == "from" and all(t in FROM_FILLERS for t in between[1:])


# (helper DO, s25) the factor found in the cells themselves (`GDNF co-localized with GFP-labeled MSCs`, `BDNF was
# localized in the grafted MSCs`, `GDNF protein was present in the transplanted cells`, `BDNF immunostaining was
# observed in MSCs`)
LOCATED = re.compile(r"^(?:co-?locali[sz]ed|locali[sz]ed|present|found|observed|seen|detected|detectable|visuali[sz]ed)$")
LOCATED_FILLERS = frozenset({"protein", "mrna", "immunostaining", "immunoreactivity", "immunofluorescence", "signal",
                             "signals", "expression", "was", "were", "is", "are", "also", "mainly", "predominantly",
                             "primarily", "only", "clearly", "strongly"})
LOCATED_IN_CELLS = re.compile(r"\b(?:co-?locali[sz]ed|locali[sz]ed|present|found|observed|detected) (?:in|within|with) "
                              r"(?:the |these |most |many |all )?(?:(?!host|surrounding|neighbou?ring|endogenous|resident)"
                              r"[\w+-]+ ){0,2}(?:cells|grafts?)\b")


def _factor_in_cells(c: Candidate) -> bool:
    """(helper DO, s25) The factor, named first, is located in or with the cells named right after (a SECRETES: what
    the cells hold is what they make, as `immunopositive for`); the resolved form names `the (grafted) cells`."""
    if c.resolved:
        return LOCATED_IN_CELLS.search(" ".join(c.toks[c.obj.end - c.seg.start:])) is not None
    if c.subj.start < c.obj.end:
        return False
    between = c.toks[c.obj.end - c.seg.start:c.subj.start - c.seg.start]
    k = 0
    while k < len(between) and between[k] in LOCATED_FILLERS:
        k += 1
    if k >= len(between) or not LOCATED.match(between[k]) or k + 1 >= len(between) or \
            between[k + 1] not in ("in", "within", "with"):
        return False
    rest = between[k + 2:]
    return len(rest) <= 3 and not any(t in (",", ";", ".", "and", "or", "of", "that", "which") for t in rest) and \
        not any(e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.obj.end, c.subj.start))


def _measured_in_product(c: Candidate) -> bool:
    """The factor was found in a cell product named right after it (`the protein level of VEGF-A in the CM
    was determined by ELISA`): what the product contains, a SECRETES of the product."""
    if concept_of(c.subj) != "cell:msc_ev":
        return False
    o1, s0 = c.obj.end - c.seg.start, c.subj.start - c.seg.start
    between = c.toks[o1:s0] if s0 > o1 else []
    return 1 <= len(between) <= 3 and between[0] in ("in", "within", "inside") and all(
        t in MEASURED_IN for t in between)


# (helper AW, s20) a rise named right before the factor (`a significant increase in BDNF`, `increased levels of VEGF`)
RISE_BEFORE = ("increas", "higher", "boost", "enhanc", "augment",   # (helper DO, s25) `augmented`
               "restor", "normaliz", "normalis")   # (helper CD, s22) `MSCs restored BDNF levels in the hippocampus`
RISE_FILLERS = frozenset({"a", "an", "the", "in", "of", "significant", "significantly", "marked", "markedly", "robust",
                          "levels", "level", "expression", "concentrations", "concentration", "content", "local",
                          "spinal", "endogenous", "tissue", "protein", "mrna"})


def _raised_factor(c: Candidate) -> bool:
    """(helper AW, s20) `a significant increase in BDNF, NeuN and NEP in both hUC-MSC groups`, `increased BDNF
    levels in MSC-treated mice`: the host's factor raised in the cells' clause with the rise named right before it
    (as `upregulated`/`elevated` in SECRETE_GATE); the train gold credits the cells with it (a SECRETES)."""
    o0 = _list_start(c, c.obj.start - c.seg.start)
    k = o0 - 1
    while k >= 0 and c.toks[k] in RISE_FILLERS and o0 - k <= 5:
        k -= 1
    if k >= 0 and c.toks[k].startswith(RISE_BEFORE) and not any(t in cues.NEGATORS for t in c.toks[max(0, k - 3):k]):
        return True
    return _raised_after(c)


# (helper FX, s29) a verb by which a treatment changes what it acts on (`lowered X`, `increased CD206-positive microglia`,
# `raised VEGF`): said of cells, they are its object and a read-out, not a maker
CHANGED = re.compile(r"^(?:increas|decreas|reduc|lower|rais|elevat|diminish|attenuat|suppress|enhanc|augment|boost|"
                     r"restor|upregulat|downregulat|up-regulat|down-regulat|inhibit|deplet|expand)\w*ed$")


def _changed_cells_then_factor(c: Candidate) -> bool:
    """(helper FX, s29) `Hypo-Exo lowered TNF-alpha, increased CD206-positive microglia, and raised VEGF and BDNF`,
    `MSCs reduced activated microglia and elevated BDNF`: the cells, named whole (not `MSC proliferation`), are the
    object of one verb of change and the factor that of a later one coordinated with it (`, and raised`): both are
    the clause subject's read-outs, and the cells changed in number do not make the factor."""
    if c.resolved or c.obj.start < c.subj.end:
        return False
    lo = c.scope[0]
    s0, s1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    if s1 >= len(c.toks) or c.toks[s1] not in (",", "and"):
        return False
    verb = next((k for k in range(s0 - 1, lo - 1, -1) if CHANGED.match(c.toks[k])), None)
    if verb is None or any(STATED_SECRETION.fullmatch(t) or t in (";", "which", "that", "by") for t in c.toks[verb + 1:s0]):
        return False
    k = _list_start(c, c.obj.start - c.seg.start) - 1
    while k > s1 and c.toks[k] in RISE_FILLERS:
        k -= 1
    return k > s1 and CHANGED.match(c.toks[k]) is not None and c.toks[k - 1] in (",", "and") and not any(
        STATED_SECRETION.fullmatch(t) for t in c.toks[s1:k])


def _list_start(c: Candidate, o0: int) -> int:
    """(helper DO, s25) The first member of the list of factors that the factor at toks[o0] ends (`increased the
    levels of BDNF and GDNF`, `restored GDNF, BDNF and NT-3`): what is said right before the list is said of each."""
    k = o0
    while True:
        j, seps = k - 1, 0
        while j >= 0 and c.toks[j] in (",", "and", "or") and seps < 2:
            j, seps = j - 1, seps + 1
        if not seps or j < 0 or not _factor_tok(c, j) or c.toks[j] == "(":
            return k
        while j > 0 and _factor_tok(c, j - 1):
            j -= 1
        k = j


# (helper CD, s22) a rise named right after the factor's read-out (`CSF VEGF and HGF levels increased after MSC-NTF
# transplantation`, `BDNF expression was higher in the MSC group`)
RISE_AFTER = ("increas", "higher", "rose", "elevat", "upregulat", "up-regulat", "enhanc")


def _raised_after(c: Candidate) -> bool:
    """The host's factor (or each member of a list of factors) read out and then said to rise in the cells' clause:
    the mirror of `_raised_factor`. A rise word with an object and no read-out word before it is the factor acting
    (`VEGF increased motor neuron survival`)."""
    o1 = c.obj.end - c.seg.start
    k, read_out = o1, False
    while k < len(c.toks) and k - o1 < 10 and (c.toks[k] in FALL_FILLERS or c.toks[k] in (",", "and")
                                               or _factor_tok(c, k)):
        read_out = read_out or c.toks[k] in FALL_FILLERS
        k += 1
    if k >= len(c.toks) or not c.toks[k].startswith(RISE_AFTER):
        return False
    if any(t in cues.NEGATORS for t in c.toks[o1:k]):
        return False
    return read_out or k + 1 >= len(c.toks) or c.toks[k + 1] in FALL_AFTER


# (helper EX, s28) the recipients' body fluids, where a factor read out is an end point of the cells (train gold: `CSF
# neurotrophic factors increased in treated participants` is an AFFECTS on a biomarker and no SECRETES), unless the
# text marks the factor as the graft's own (`exogenous human BDNF was elevated in the CSF`)
BODY_FLUID = re.compile(r"\b(?:serum|plasma|blood|csf|cerebrospinal fluid)\b")
GRAFT_OWN = re.compile(r"\b(?:exogenous|human|donor|graft|transgenic)\b")


def _fluid_level(c: Candidate, clause: str) -> bool:
    """A factor read out in a body fluid (named in the four words before it or the six after, in its clause) with
    no verb of secretion in the clause (`Plasma levels of HGF increased after UC-MSC infusion`, `serum VEGF was
    higher in treated patients`; not `the cells secreted VEGF into the CSF`)."""
    lo, hi = c.scope
    o0, o1 = _list_start(c, c.obj.start - c.seg.start), c.obj.end - c.seg.start
    near = " ".join(c.toks[max(lo, o0 - 4):o0] + ["|"] + c.toks[o1:min(hi, o1 + 6)])
    return BODY_FLUID.search(near) is not None and GRAFT_OWN.search(" ".join(c.toks[max(lo, o0 - 4):o0])) is None \
        and not SECRETE_VERB.search(clause)


# (helper AW, s20) a fall named right after the factor's read-out (`NGF immunoreactivity was significantly lower`)
FALL_WORDS = ("lower", "decreas", "reduc", "downregulat", "down-regulat", "diminish", "attenuat", "suppress")
# (helper CD, s22) what may follow a fall word used of the factor itself (`NGF decreased in the MSC group`,
# `BDNF declined significantly`); any other word is the object of a factor that lowers something
FALL_AFTER = frozenset({"in", "at", "by", "after", "from", "to", "with", "within", ",", ".", ";", ":", ")", "than",
                        "significantly", "markedly", "compared", "relative", "following", "during", "over", "when",
                        "and", "or", "but", "whereas", "while", "versus", "vs", "vs.", "among", "on", "until", "for"})
FALL_FILLERS = frozenset({"immunoreactivity", "intensity", "expression", "levels", "level", "mrna", "protein", "content",
                          "concentration", "concentrations", "staining", "was", "were", "significantly", "markedly",
                          "also", "much", "further"})


def _lowered_factor(c: Candidate) -> bool:
    """(helper AW, s20) `NGF immunoreactivity was significantly lower in the crush + MSC group`: the factor's level
    fell in the cells' group, named with no word of secretion (`secreted less HGF` still is one): an end point the
    cells lowered, not something they made."""
    o1 = c.obj.end - c.seg.start
    k = o1
    while k < len(c.toks) and c.toks[k] in FALL_FILLERS and k - o1 < 6:
        k += 1
    if k >= len(c.toks) or not c.toks[k].startswith(FALL_WORDS):
        return False
    if k == o1 and k + 1 < len(c.toks) and c.toks[k + 1] not in FALL_AFTER and c.toks[k].endswith(("ed", "es", "s")):
        return False   # (helper CD, s22) `MSC-derived HGF reduced apoptosis`: the factor acts on an object, it did not fall
    return not any(t.startswith(("secret", "releas", "produc")) for t in c.toks)


# (helper BB, s21) what stands between a cell product and the factor it contains (`MSC exosomes containing BDNF`,
# `conditioned medium from MSCs, which contained high levels of HGF`)
CONTAINS_FILLERS = frozenset({",", "which", "that", "contained", "contains", "contain", "containing", "high", "higher",
                              "levels", "level", "amounts", "amount", "of", "abundant", "significant", "large", "the",
                              "various", "several", "such", "as", "including", "and"})


def _product_contains(c: Candidate) -> bool:
    """(helper BB, s21) The cell product (conditioned medium, secretome, exosomes) contains the factor named right
    after it: its content, not a supplement given to cells (GIVEN_TO_CELLS `containing`)."""
    if concept_of(c.subj) != "cell:msc_ev" or c.obj.start < c.subj.end:
        return False
    between = c.toks[c.subj.end - c.seg.start:c.obj.start - c.seg.start]
    return 1 <= len(between) <= 7 and any(t.startswith("contain") for t in between) and all(
        t in CONTAINS_FILLERS or _factor_tok(c, k) for k, t in enumerate(between, c.subj.end - c.seg.start))


def _named_other_maker(c: Candidate) -> bool:
    """(helper BB, s21) A resolved SECRETES whose sentence names other cells as the factor's maker, right before
    a verb of secretion (`MSCs were transplanted. Reactive astrocytes produce GDNF in the injured cord.`): the
    named cells make it, not the antecedent treatment cells."""
    o0 = c.obj.start - c.seg.start
    for e in c.view.ents_in(c.seg.start, c.obj.start):
        if e.label_ != "CELL_TYPE" or concept_of(e) == concept_of(c.subj):
            continue
        between = c.toks[e.end - c.seg.start:o0]
        if 0 < len(between) <= 5 and any(STATED_SECRETION.fullmatch(w) for w in between) and \
                cues.CLAUSE_BREAKS.isdisjoint(between) and not {",", "which", "that", "to", "by", "and", "or"} & set(between):
            return True
    return False


def _target_after_maker(c: Candidate) -> bool:
    """(helper BB, s21) `GDNF produced by transplanted MSCs promoted the survival of neurons and oligodendrocytes`:
    the factor's maker is named in its reduced relative (`produced by`, `released from`), and the cells named after
    a verb of benefit that follows are what the factor acts on, not another maker."""
    if c.resolved or c.subj.start < c.obj.end:
        return False
    makers = [e for e in c.view.ents_in(c.obj.end, c.subj.start) if e.label_ == "CELL_TYPE"]
    if not makers:
        return False
    m = makers[0]
    lead = c.toks[c.obj.end - c.seg.start:m.start - c.seg.start]
    if not (2 <= len(lead) <= 5 and STATED_SECRETION.fullmatch(lead[0]) and lead[1] in ("by", "from")):
        return False
    after = c.toks[m.end - c.seg.start:c.subj.start - c.seg.start]
    if any(t in (";", ".", "by", "from", "than") or STATED_SECRETION.fullmatch(t) for t in after):
        return False   # (`... was higher than that secreted by astrocytes`: the other cells' own secretion)
    return any((cues.cue_kind(t, False) or ("",))[0] == "favorable" for t in after)


# (helper BB, s21) verbs by which one cell makes another secrete (`Activated microglia induce BMSCs to produce GDNF`)
CAUSING = re.compile(r"^(?:induc|stimulat|promot|trigger|caus|enabl|prompt|driv|direct|lead|led|made|make|forc|prim)")
LIST_WORDS = frozenset({",", "and", "or", "both", "as", "well"})


def _causer_of_maker(c: Candidate) -> bool:
    """(helper BB, s21) `Activated microglia induce BMSCs to produce GDNF`: the cells named after the verb of causing
    and before `to` + a verb of secretion make the factor; the cells that induce them do not."""
    if c.resolved or c.obj.start < c.subj.end:
        return False
    for m in c.view.ents_in(c.subj.end, c.obj.start):
        if m.label_ != "CELL_TYPE":
            continue
        pre = c.toks[c.subj.end - c.seg.start:m.start - c.seg.start]
        post = c.toks[m.end - c.seg.start:c.obj.start - c.seg.start]
        if 1 <= len(pre) <= 4 and any(CAUSING.match(w) for w in pre) and 2 <= len(post) <= 5 and post[0] == "to" \
                and SECRETE_VERB.match(post[1]) and not any(t in (";", ".", ",") for t in pre + post):
            return True
    return False


BY_MEANS = frozenset({"by", "through", "via"})


def _gerund_of_other_subject(c: Candidate) -> bool:
    """(helper BB, s21) `MSCs improved the permeability of endothelial cells by secreting HGF`: the gerund of
    secretion belongs to the clause's subject cells, not to the cells named as its object."""
    if c.resolved or c.obj.start < c.subj.end:
        return False
    o0 = c.obj.start - c.seg.start
    k = o0 - 1
    while k >= 0 and c.toks[k] in ("the", "a", "an"):
        k -= 1
    if k < 1 or not (c.toks[k].endswith("ing") and STATED_SECRETION.fullmatch(c.toks[k])) or c.toks[k - 1] not in BY_MEANS:
        return False
    if any(t in (";", ".", "which", "that") for t in c.toks[c.subj.end - c.seg.start:k]):
        return False
    s0 = c.subj.start - c.seg.start
    if s0 and c.toks[s0 - 1] in ("into", "to"):
        return False   # `differentiate into neuronal cells and through releasing NTFs`: made cells (their own rules)
    for m in c.view.ents_in(c.seg.start, c.subj.start):
        if m.label_ != "CELL_TYPE" or concept_of(m) == concept_of(c.subj):
            continue
        between = c.toks[m.end - c.seg.start:c.subj.start - c.seg.start]
        if between and not all(t in LIST_WORDS for t in between) and not any(t in (";", ".", "which", "that")
                                                                          for t in between):
            return True
    return False


def _but_not_aside(c: Candidate) -> bool:
    """(helper DO, s25) `MSCs, but not fibroblasts, secreted GDNF`: the contrast between the cells and the factor is an
    aside set off by commas that denies other cells; the clause's subject still makes the factor."""
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    between = c.toks[s1:o0] if o0 > s1 else []
    if len(between) < 5 or between[:3] != [",", "but", "not"] or "," not in between[3:]:
        return False
    close = between.index(",", 3)
    doc = c.subj.doc
    aside = doc[c.subj.end + 3:c.subj.end + close]
    return any(e.label_ == "CELL_TYPE" for e in aside.ents) and \
        not any(t in cues.CONTRAST_BREAKS or t in (";", ".") for t in between[close + 1:])


# (helper CD, s22) a sentence that opens by naming the members of a class of factors just said to be secreted
# (`MSCs secrete neurotrophic factors. These factors include BDNF and VEGF.`, `Among them, HGF was the most
# abundant.`, `The most important are BDNF and GDNF.`)
MEMBERS_OPENING = re.compile(r"^(?:(?:among |of |in )?(?:these|such|those|the secreted)(?: \w+)? (?:factors|molecules|proteins|"
                             r"neurotrophins|cytokines|mediators|substances)\b|among (?:these|them)\b|"
                             r"(?:these|they) (?:include|included|comprise|comprised)\b|"
                             r"(?:the )?(?:most|main|major|principal)(?: (?:important|abundant|prominent|relevant|common|potent|"
                             r"secreted))?(?: (?:ones|factors|neurotrophins|molecules|of (?:these|them)))? "
                             r"(?:are|were|include|included|was|is)\b|"
                             r"examples include)")

MEMBERS_AS_MEASURE = re.compile(r"\b(?:levels?|concentrations?|serum|plasma|csf|cerebrospinal|patients|mice|rats|reduced|"
                                r"decreased|lower|deficien\w*|mutat\w*|receptors?)\b")


def _members_of_secreted_class(c: Candidate, view) -> bool:
    """The resolved factor stands in the sentence right after one whose cells secrete a class of factors
    (`factor:ntf` with a verb of secretion), and the sentence opens by naming that class's members."""
    if c.seg.index - c.subj_seg.index != 1 or concept_of(c.obj) == "factor:ntf":
        return False
    text = view.span_lower(c.seg.start, c.seg.end).strip()
    if not MEMBERS_OPENING.match(text) or MEMBERS_AS_MEASURE.search(text):
        return False   # (`Among these factors, BDNF levels are reduced in ALS patients`: the body's level)
    before = c.subj.doc[c.subj_seg.start:c.subj_seg.end]
    return any(e.label_ == "NEUROTROPHIC_FACTOR" and concept_of(e) == "factor:ntf" for e in before.ents) and \
        STATED_SECRETION.search(view.span_lower(c.subj_seg.start, c.subj_seg.end)) is not None


# (helper EZ, s28) words that join cells named after a factor to it as its makers or its place (`released by
# astrocytes`, `GDNF from astrocytes`, `GDNF in astrocytes`, `as do astrocytes`)
MAKER_AFTER = frozenset({"by", "from", "in", "within", "of", "do", "does", "did", "like"})


def _acted_on_after_maker(c: Candidate) -> bool:
    """(helper EZ, s28) `MSCs secrete VEGF and modulate microglia`: the factor is the object of a verb of secretion
    whose subject, other cells, is named just before it; the cells named after the factor, past a word that is
    neither a list word nor a word of making, are the object of another verb, not a maker."""
    if c.resolved or c.subj.start < c.obj.end:
        return False
    o0, s0 = c.obj.start - c.seg.start, c.subj.start - c.seg.start
    k = _list_start(c, o0) - 1
    if k < 1 or not STATED_SECRETION.fullmatch(c.toks[k]):
        return False
    maker = next((e for e in c.view.ents_in(c.seg.start + c.scope[0], c.seg.start + k)
                  if e.label_ == "CELL_TYPE" and e.end == c.seg.start + k and concept_of(e) != concept_of(c.subj)), None)
    if maker is None:
        return False
    between = [(j, t) for j, t in enumerate(c.toks[c.obj.end - c.seg.start:s0], c.obj.end - c.seg.start)
               if t not in LIST_WORDS and not _factor_tok(c, j) and c.subj.doc[c.seg.start + j].ent_type_ != "CELL_TYPE"]
    return bool(between) and not any(t in MAKER_AFTER or t in (";", ".", "which", "that") or STATED_SECRETION.fullmatch(t)
                                     or "deriv" in t for _, t in between)


# (helper FU, s29) verbs that give cells a medium or a partner to grow with (`were cultured in the CM`, `were exposed to
# the medium`, `were co-cultured with motor neurons`): the cells so named receive, they do not make
RECEIVING = re.compile(r"^(?:co-?)?(?:cultured|cultivated|exposed|incubated|treated|pretreated|plated|seeded|grown|"
                       r"maintained|challenged|bathed)$")


def _recipient_after_factor(c: Candidate) -> bool:
    """(helper FU, s29) `GDNF and BDNF in the ACM were measured by ELISA, and motor neurons were cultured in each ACM`,
    `..., and myotubes were co-cultured with motor neurons derived from ESCs`: the factor is read out in one clause and
    the cells are named after `, and` (or `;`) in a second clause whose verb gives them a medium or a partner, with
    no verb of secretion there: read-out or partner cells, not the factor's maker."""
    if c.resolved or c.subj.start < c.obj.end:
        return False
    o1, s0, s1 = c.obj.end - c.seg.start, c.subj.start - c.seg.start, c.subj.end - c.seg.start
    join = next((k for k in range(o1, s0) if c.toks[k] == ";" or c.toks[k] == "," and c.toks[k + 1:k + 2] == ["and"]),
                None)
    if join is None:
        return False
    window = c.toks[join:min(len(c.toks), s1 + 4)]
    return any(RECEIVING.match(t) for t in window) and not any(STATED_SECRETION.fullmatch(t) for t in window)
