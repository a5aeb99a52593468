"""Which cells a candidate's cell mention stands for: a native cell acting on its own, the cells an
outcome is measured in, the source of a product or of cells made from it, a comparison's reference, the
cells a route names, stem cells differentiated in culture. Read by `gates._gated`.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from pipeline.nlp.relations.factor_readouts import POSSESSIVE_ANAPHORS
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.focus import TREATED_WORDS
from pipeline.nlp.relations.labels import CELL_HASH, MSC_CELLS, NATIVE_CELLS, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.text import TokenOffsets

ARM_NOUNS = frozenset({"group", "groups", "arm", "arms", "cohort", "cohorts"})

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
               and concept_of(e) in NATIVE_CELLS and not (c.obj.start <= e.start < c.obj.end)]
    return bool(natives) and TREATED_WORDS.search(view.span_lower(c.seg.start, c.seg.end)) is None


def _own_clause_outcome(c: Candidate, view: TokenOffsets) -> bool:
    """An outcome stands after the subject in the subject's own clause (up to `;` or the segment's end)."""
    for k in range(c.subj.end, c.seg.end):
        if c.toks[k - c.seg.start] == ";":
            return False
        if view.ent_type[k] == OUTCOME_HASH:
            return True
    return False


GRAFT_FATE = frozenset({"survival", "engraftment", "retention", "homing", "persistence", "integration", "migration",
                        "viability", "distribution", "tumorigenicity", "tumorigenesis", "rejection"})


# (helper CF, s22) the graft's fate is an end point only where cells were given: in a dish (`the migration of MSCs
# towards SDF-1 in vitro`, `viability of cultured MSCs under H2O2`) it is the cells' own property
IN_DISH = re.compile(r"\bin vitro\b|\bin culture\b|\bco-?cultur\w*|\btranswell|\bscratch assay|\bcck-8\b|\bmtt\b|"
                     r"\bafter thawing\b|\bthawed\b")


def _graft_fate(c: Candidate) -> bool:
    """The outcome names the graft's fate (`survival of the grafted MSCs`, `MSC engraftment`), not in a dish."""
    # (the outcome's words as the segment's lower-cased words hold them: no Token per word)
    if GRAFT_FATE.isdisjoint(c.toks[c.obj.start - c.seg.start:c.obj.end - c.seg.start]):
        return False
    # (the segment's text as Span.text gives it, cut from the token view: Span.text makes a Token per word)
    return IN_DISH.search(c.view.text[c.view.start[c.seg.start]:c.view.end[c.seg.end - 1]].lower()) is None


GIVEN_NOUN = re.compile(r"(?:transplant|administ|therap|treat|inject|infus|graft|deliver|implant|applica|use\b|-based)")


def _cell_word(w: str) -> str:
    w = w.lower()
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _names_the_cells(c: Candidate) -> bool:
    """A word of the outcome names the subject cells themselves (`Treg numbers`, `MSC proliferation`,
    `hMSCs neurogenic differentiation`): what is measured is the cells, not their effect."""
    head = _cell_word(c.subj[-1].text)
    if len(head) < 3 or head in ("cell", "stem", "the") or _graft_fate(c):
        return False   # (`survival of the grafted MSCs`, `MSC engraftment`: the graft's fate is an end point, SOURCE.md)
    if any(_cell_word(t.text) == head for t in c.obj):
        return True
    # `the impaired suppressive function of ALS Tregs`: the outcome `of` the cells named just after it
    # (`the safety of MSC transplantation`, `feasibility of NSC grafts`: the treatment, named by its cells)
    doc = c.obj.doc
    if c.obj.end >= len(doc) or doc[c.obj.end].lower_ != "of" or concept_of(c.obj) == "outcome:safety":
        return False
    after = [t.text.lower() for t in doc[c.obj.end:min(len(doc), c.obj.end + 5)]]
    for j, w in enumerate(after[1:4], 1):
        if _cell_word(w) == head:
            # (`the BBB scores of the MSC group`: the arm that got the cells, not the cells' own property)
            k = _past_short_form(doc, c.obj.end + j + 1)
            nxt = doc[k].text.lower() if k < len(doc) else ""
            return not nxt or not (GIVEN_NOUN.match(nxt) or nxt in ARM_NOUNS)
    return False


# (helper N, s18) the words that may stand between `of|in|from` and the cells whose own measure the outcome is
# (`oligodendroglial differentiation of adult neural stem cells`, `fate decision in NSCs`, `oligodendrogenesis from
# cultured primary aNSCs`); what follows such cells when they are the treatment instead (`in the NSC group`)
OWN_MEASURE_PREPS = frozenset({"of", "in", "from"})
CELL_LEAD_WORDS = frozenset({"the", "these", "cultured", "primary", "adult", "endogenous", "resident", "rat", "mouse",
                             "murine", "human", "neonatal", "embryonic", "fetal", "co-cultured", "isolated", "differentiating"})
TREATED_AFTER = frozenset({"group", "groups", "arm", "arms", "cohort", "recipients", "recipient", "treated",
                           "treatment", "patients", "mice", "rats", "animals"})


# (helper CF, s22) what is measured of the cells themselves, named between the outcome and `of`; the words that
# join a list of cells; the cell processes that, named right after the cells, are their own change (`adult neural
# stem cell differentiation`, `NPC proliferation`), not an end point of giving them (the graft's fate, GRAFT_FATE,
# is one: SOURCE.md)
CELL_MEASURE_NOUNS = frozenset({"rate", "rates", "capacity", "capacities", "ability", "abilities", "potential",
                                "potentials", "potency", "efficiency", "index", "kinetics", "propensity"})
SECRETION_NOUNS = frozenset({"secretion", "release", "production", "expression"})
CELL_LIST_JOINS = frozenset({"and", "or", ",", "and/or", "(", ")"})
# (not `expansion`: `autologous Treg expansion and infusion slowed progression` names the treatment)
CELL_PROCESS_NOUNS = frozenset({"differentiation", "proliferation", "maturation", "self-renewal", "fate", "senescence",
                                "stemness", "multipotency", "transdifferentiation"})


def _cell_process_compound(c: Candidate) -> bool:
    """(helper CF, s22) The cells name whose process the outcome is, right before it (`promote adult neural stem
    cell differentiation`, `NSC proliferation was increased by MSC-CM`): the cells changed, not the agent."""
    doc = c.subj.doc
    k = _past_short_form(doc, c.subj.end)
    if k < len(doc) and doc[k].text.lower() in CELL_PROCESS_NOUNS:
        return True   # (the process need not be the outcome: `to reduce demyelination and promote NSC differentiation`)
    if c.subj.end != c.obj.start or concept_of(c.obj) == "outcome:safety":
        return False
    words = [t.text.lower() for t in c.obj]
    return not CELL_PROCESS_NOUNS.isdisjoint(words[:3]) and GRAFT_FATE.isdisjoint(words)


def _same_cells_measured_after(c: Candidate) -> bool:
    """(helper CF, s22) The same cells are named again right after the outcome as the cells it happens in
    (`interactions between MSCs and NSCs induced oligodendrogenic fate decision in NSCs`): their earlier mention
    is no agent of it either."""
    if c.obj.end > c.subj.start and c.subj.start < c.obj.start:
        for e in c.view.ents_in(c.obj.end, c.seg.end):
            if e.label_ == "CELL_TYPE" and concept_of(e) == concept_of(c.subj) and e.start != c.subj.start and \
                    _outcome_in_named_cells(SimpleNamespace(subj=e, obj=c.obj, seg=c.seg, toks=c.toks, view=c.view)):
                return True
    return False


OWN_PROPERTY_NOUNS = CELL_PROCESS_NOUNS | CELL_MEASURE_NOUNS | frozenset({
    "viability", "phenotype", "immunophenotype", "morphology", "karyotype", "properties", "characteristics",
    "identity", "plasticity", "growth"})
POSSESSIVES = POSSESSIVE_ANAPHORS   # `their`, `its`


def _own_property(c: Candidate) -> bool:
    """(helper CF, s22) `thawed UC-MSCs retained their immunosuppressive capacity and viability`, `their
    proliferation declined`: the outcome is a property of the cells, named by a possessive that points back to
    them (the nearest cells before it, no other noun of a population between)."""
    if c.subj.end > c.obj.start:
        return False
    doc = c.obj.doc
    words = [t.text.lower() for t in c.obj]
    k = c.obj.start - 1
    while k > c.subj.end and doc[k].pos_ in ("ADJ", "ADV") and doc[k].text.lower() not in POSSESSIVES:
        k -= 1
    if doc[k].text.lower() not in POSSESSIVES:
        # a coordinated second property: `their immunosuppressive capacity and viability`
        if k <= c.subj.end or doc[k].text.lower() not in ("and", "or", ","):
            return False
        j = k - 1
        while j > c.subj.end and doc[j].ent_type_ != "OUTCOME":
            j -= 1
        span = [t.text.lower() for t in doc[j:k]]
        if doc[j].ent_type_ != "OUTCOME" or not POSSESSIVES & set(t.text.lower() for t in doc[max(c.subj.end, j - 4):j]):
            return False
        k = j - 1
        while k > c.subj.end and doc[k].text.lower() not in POSSESSIVES:
            k -= 1
        words = words + span
    if OWN_PROPERTY_NOUNS.isdisjoint(words) or "survival" in words:
        return False
    # no other plural noun (`patients`, `mice`) nor another entity between the cells and the possessive
    for t in doc[c.subj.end:k]:
        if t.ent_type_ or (t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS")) or t.text in (";", ".") or \
                t.text.lower() in ("which", "that", "who", "whereas", "while", "but"):
            return False
    return k - c.subj.end <= 6


THAT_OF = frozenset({"that", "those"})


def _reference_of_own_measure(c: Candidate) -> bool:
    """(helper CF, s22) `the differentiation capacity of ADSCs was higher than that of BMSCs`: the cells after
    `that of` are the reference of a measure of cells named after the outcome, not an agent."""
    doc = c.obj.doc
    i = c.subj.start
    while i > c.obj.end and doc[i - 1].text.lower() in CELL_LEAD_WORDS and doc[i - 1].text.lower() != "of":
        i -= 1
    if i - 2 < c.obj.end or doc[i - 1].text.lower() != "of" or doc[i - 2].text.lower() not in THAT_OF:
        return False
    k = c.obj.end
    if k < len(doc) and doc[k].text.lower() in CELL_MEASURE_NOUNS:
        k += 1
    if k >= len(doc) or doc[k].text.lower() not in OWN_MEASURE_PREPS:
        return False
    k += 1
    while k < i - 2 and doc[k].text.lower() in CELL_LEAD_WORDS:
        k += 1
    return k < i - 2 and doc[k].ent_type_ == "CELL_TYPE"


def _outcome_in_named_cells(c: Candidate) -> bool:
    """The cells stand right after the outcome as the cells it happens in (`induce oligodendroglial
    differentiation of adult neural stem cells`, `fate decision in NSCs`): the cells measured, whatever their
    name's head (`_names_the_cells` matches the head word only); not the graft's fate, nor a treated group
    (`improvement in the NSC group`, `in MSC-treated mice`)."""
    if c.obj.end > c.subj.start or concept_of(c.obj) == "outcome:safety" or _graft_fate(c):
        return False
    doc = c.obj.doc
    between = [t.text.lower() for t in doc[c.obj.end:c.subj.start]]
    # (helper CF, s22) a measure noun may stand before the preposition (`the proliferation rate of UC-MSCs`,
    # `neuronal differentiation abilities of BMSCs`), and other cells of a list before these (`of BMSCs and ADSCs`)
    if between and between[0] in CELL_MEASURE_NOUNS:
        between = between[1:]
    # (a coordinated second outcome before the preposition: `the proliferation and migration of MSCs`,
    # `differentiation abilities and neurotrophic factor secretion abilities of ADSCs`)
    if between and between[0] in ("and", "or", ","):
        j = c.subj.start - len(between) + 1
        while j < c.subj.start and j - c.subj.start + len(between) < 9 and (
                doc[j].ent_type_ in ("OUTCOME", "NEUROTROPHIC_FACTOR") or doc[j].text.lower() in CELL_MEASURE_NOUNS
                or doc[j].text.lower() in CELL_PROCESS_NOUNS or doc[j].text.lower() in SECRETION_NOUNS
                or doc[j].text.lower() in GRAFT_FATE):
            j += 1
        if j > c.subj.start - len(between) + 1 and j < c.subj.start and doc[j].text.lower() in OWN_MEASURE_PREPS:
            between = [t.text.lower() for t in doc[j:c.subj.start]]
    if between and between[0] in OWN_MEASURE_PREPS:
        k = c.obj.end + len(doc[c.obj.end:c.subj.start]) - len(between) + 1
        while k < c.subj.start and (doc[k].ent_type_ == "CELL_TYPE" or doc[k].text.lower() in CELL_LIST_JOINS):
            k += 1
        if k == c.subj.start and k > c.obj.end + 1 and doc[k - 1].text.lower() in CELL_LIST_JOINS:
            between = between[:1]
    if not between or between[0] not in OWN_MEASURE_PREPS or len(between) > 4 or \
            not (CELL_LEAD_WORDS | PLACED_LEAD).issuperset(between[1:]):
        return False
    k = _past_short_form(doc, c.subj.end)
    nxt = doc[k].text.lower() if k < len(doc) else ""
    # (helper DD, s23) a participle that places the cells (`oligodendrogenesis of adult NSCs transplanted into the
    # spinal cord`) qualifies them, the cells still bear the outcome; the treatment is a noun (`of NSC transplantation`)
    placed = nxt.endswith("ed") and k + 1 < len(doc) and doc[k + 1].text.lower() in PLACING_PREPS
    return not nxt.startswith("-") and nxt not in TREATED_AFTER and (placed or not GIVEN_NOUN.match(nxt))


PLACING_PREPS = frozenset({"into", "in", "to", "onto", "within"})
# (helper DD, s23) the same participle before the cells (`oligodendrogenesis of transplanted adult NSCs`)
PLACED_LEAD = frozenset({"transplanted", "grafted", "engrafted", "implanted", "injected"})


def _past_short_form(doc, i: int) -> int:
    """(helper AL, s20) The token after the cells' name at i, past the short form defined there in brackets
    (`the feasibility of mesenchymal stem cell (MSC) transplantation`: the word after the name is still
    `transplantation`)."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(len(doc), i + 6)):
            if doc[j].text == ")":
                return j + 1
    return i


# (helper N, s18) the cells named only as the source of a product (`conditioned medium derived from cultured
# MSCs`, `exosomes isolated from rapidly expanded hUC-MSCs`): the product acts, not the cells
SOURCE_VERBS = frozenset({"derived", "isolated", "obtained", "collected", "harvested", "secreted", "released",
                          "produced", "prepared", "generated", "purified", "conditioned"})
SOURCE_LEAD_WORDS = CELL_LEAD_WORDS | frozenset({"rapidly", "expanded", "hypoxic", "preconditioned", "stimulated",
                                                 "activated", "healthy", "young", "allogeneic", "autologous"})
# (helper CF, s22) what may stand between a product and its source cells in a list (`derived from BM-MSCs or AD-MSCs`)
SOURCE_LIST_WORDS = SOURCE_LEAD_WORDS | CELL_LIST_JOINS


# (helper AK, s20) the last word of a mention that names what cells release, not the cells
PRODUCT_WORDS = frozenset({"cm", "medium", "media", "secretome", "secretomes", "exosome", "exosomes", "exos", "evs",
                           "vesicles", "microvesicles", "supernatant", "supernatants", "lysate", "lysates"})
# the words that, right after a cell mention, make it the name of the cells' product (`the MSCs medium`)
PRODUCT_AFTER = frozenset({"medium", "media", "cm", "supernatant", "supernatants", "lysate", "lysates", "secretome",
                           "exosomes", "exosome", "evs", "vesicles"})


def _names_a_product(c: Candidate) -> bool:
    """(helper AK, s20) The cell mention only names a product of the cells: a product word follows it (`the MSCs
    medium restored X`), or it shares the product word of the next item (`both the hPMSC and hUCMSC exosomes
    reduced X`): the product acts, not the cells (SPEC: products are `cell:msc_ev`)."""
    doc = c.subj.doc
    k = c.subj.end
    if k < len(doc) and doc[k].lower_ in PRODUCT_AFTER:
        return True
    if k + 1 < len(doc) and doc[k].lower_ == "conditioned" and doc[k + 1].lower_ in ("medium", "media", "cm"):
        return True    # (helper CW, s23) `PL-DIFF conditioned medium had a superior effect` (not `MSCs conditioned with IFN-γ`)
    if k + 1 < len(doc) and doc[k].lower_ in ("and", "or") and doc[k + 1].ent_type_ == "CELL_TYPE" \
            and doc[k + 1].ent_iob_ == "B":
        nxt = next((e for e in c.view.ents if e.start == k + 1), None)
        return nxt is not None and len(nxt) > 1 and nxt[-1].lower_ in PRODUCT_WORDS and concept_of(nxt) != concept_of(c.subj)
    return False


def _source_of_product(c: Candidate) -> bool:
    """An MSC product's mention ends just before the subject cells, joined by `(derived|isolated ...) from|of|by`:
    the cells only say where the product came from."""
    doc, start = c.subj.doc, c.subj.start
    # (Span.ents builds a Span of every entity: first ask the tokens for the joining word; most candidates have none)
    # ((helper CF, s22) the source may be the second or third of a list: `CM from BM-MSCs, AD-MSCs and UC-MSCs`)
    # (the words before the cells as the segment's lower-cased words hold them: the cells stand in the segment)
    at = start - c.seg.start
    span = 16 if not CELL_LIST_JOINS.isdisjoint(c.toks[max(0, at - 16):at]) else 7
    if {"from", "of", "by"}.isdisjoint(c.toks[max(0, at - span):at]):
        return False
    # ((helper AK, s20) the product of other cells too: `CM from the ALS iPSCs was injected`, a `cell:other` product)
    # (where it stands first: the label, concept and last word cost a Span or Token read per entity of the document)
    product = next((e for e in reversed(c.view.ents) if start - span <= e.end <= start - 1 and e.start >= c.seg.start
                    and e.label_ == "CELL_TYPE" and (concept_of(e) == "cell:msc_ev" or e[-1].lower_ in PRODUCT_WORDS)),
                   None)
    if product is None:
        return _cells_made_from(c) or _unnamed_product_before(c)
    # ((helper AK, s20) a disease name may qualify the source cells: `CM from the ALS iPSCs`)
    between = [t.text.lower() for t in doc[product.end:start] if t.ent_type_ != "DISEASE"]
    if between[:1] == ["("] and ")" in between[:6]:
        between = between[between.index(")") + 1:]   # (the product's short form: `conditioned medium (CM) from`)
    elif between[:1] == [")"]:
        between = between[1:]
    if between and any(t.lower_ in ("from", "of", "by") for t in product[1:]) and \
            between[0] in ("and", "or", ",", "and/or") and SOURCE_LIST_WORDS.issuperset(between):
        return True   # (`exosomes derived from BM-MSCs or AD-MSCs`: the source named inside the product's mention)
    k = 1 if between[:1] and between[0] in SOURCE_VERBS else 0
    if not (k < len(between) and between[k] in ("from", "of", "by")):
        return False
    if SOURCE_LEAD_WORDS.issuperset(between[k + 1:]):
        return True
    # the earlier sources of a list: cells, their bracketed names (`hESCs (line H1)`), joins
    words = [t.text.lower() for t in doc[product.end:start]]
    i0 = product.end + words.index(between[k]) + 1 if between[k] in words else start
    depth, cells, joined = 0, 0, False
    for t in doc[i0:start]:
        w = t.text.lower()
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif depth > 0 or t.ent_type_ == "DISEASE" or w in SOURCE_LEAD_WORDS:
            continue
        elif t.ent_type_ == "CELL_TYPE":
            cells += t.ent_iob_ == "B"
        elif w in CELL_LIST_JOINS:
            joined = True
        else:
            return False
    return depth == 0 and cells > 0 and joined


def _unnamed_product_before(c: Candidate) -> bool:
    """(helper CF, s22) a product word that is no mention of its own stands before the cells, joined by
    `(derived|collected ...) of|from|by` (`the supernatant of BM-MSCs enhanced X`, `a lysate from UC-MSCs`)."""
    doc, k = c.subj.doc, c.subj.start - 1
    while k > c.seg.start and doc[k].text.lower() in SOURCE_LEAD_WORDS and doc[k].text.lower() not in ("of", "the"):
        k -= 1
    if k <= c.seg.start or doc[k].text.lower() not in ("of", "from", "by"):
        return False
    k -= 1
    if doc[k].text.lower() in SOURCE_VERBS:
        k -= 1
    return k >= c.seg.start and doc[k].text.lower() in PRODUCT_WORDS and not doc[k].ent_type_


# what may follow a made cell type's name before `from` (`NPC cell lines from iPSCs`)
MADE_CELL_HEADS = frozenset({"cell", "cells", "line", "lines", "cell-line", "cell-lines"})
# source cells that other cells are made from (the subject then only says where the graft came from)
SOURCE_CELLS = frozenset({"cell:ipsc", "cell:esc"})


def _cells_made_from(c: Candidate) -> bool:
    """(helper AF) Another cell type is named as made from the subject pluripotent cells (`monkey NPC cell lines
    from induced pluripotent stem cells (iPSCs) that can differentiate ... without tumor formation`, `neurons
    derived from iPSCs`): what follows is said of the made cells, the source was not given."""
    doc, start = c.subj.doc, c.subj.start
    if concept_of(c.subj) not in SOURCE_CELLS:
        return False
    if start > 1 and doc[start - 1].text == "(":   # `... from induced pluripotent stem cells (iPSCs)`: the long form's place
        long_form = next((e for e in c.view.ents if e.end == start - 1 and concept_of(e) == concept_of(c.subj)), None)
        start = long_form.start if long_form is not None else start
    made = next((e for e in c.view.ents if e.label_ == "CELL_TYPE" and concept_of(e) not in SOURCE_CELLS
                 and start - 7 <= e.end <= start - 1 and e.start >= c.seg.start), None)
    if made is None:
        return False
    between = [t.text.lower() for t in doc[made.end:start]]
    k = 0
    while k < len(between) and between[k] in MADE_CELL_HEADS:
        k += 1
    k += 1 if k < len(between) and between[k] in SOURCE_VERBS else 0
    return k < len(between) and between[k] == "from" and SOURCE_LEAD_WORDS.issuperset(between[k + 1:])


MADE_NOUNS = frozenset({"secretion", "release", "production", "expression", "synthesis"})


def _made_by_named_other(c: Candidate) -> bool:
    """(helper N, s18) The factor's making is said of other cells right after it (`GDNF production by BMSCs`,
    `BDNF secretion in co-cultured MSCs`): those cells make it, not the subject named elsewhere."""
    doc, k = c.obj.doc, c.obj.end
    if k + 1 >= len(doc) or doc[k].lower_ not in MADE_NOUNS or doc[k + 1].lower_ not in ("by", "in", "from"):
        return False
    maker = next((e for e in c.view.ents if e.label_ == "CELL_TYPE" and k + 2 <= e.start <= k + 5), None)
    if maker is not None and _maker_chain(c.subj, maker):
        return False   # (helper CU, s23) the subject is listed with the maker or named as its source or reference
    return maker is not None and maker.start != c.subj.start and concept_of(maker) != concept_of(c.subj)


# (helper CU, s23) the words that chain cells after `F secretion by <maker>`: a list (`by UC-MSCs, BM-MSCs and
# AD-MSCs`, `by adipose and bone marrow stem cells`), the made cells' source (`by NTF-secreting cells derived from
# human ADSCs`) or a comparison's reference (`was higher than by naive MSCs`): each of those cells makes it too
MAKER_CHAIN = frozenset({"and", "or", ",", "both", "either", "as", "well", "by", "from", "in", "of", "than", "versus",
                         "vs", "vs.", "derived", "isolated", "obtained", "induced", "differentiated", "human", "rat",
                         "murine", "mouse", "the", "naive", "naïve", "parental", "undifferentiated", "untreated",
                         "unmodified", "native", "-", "(", ")", "that", "those", "was", "were", "higher", "lower",
                         "greater", "more", "less"})


def _maker_chain(subj, maker) -> bool:
    """(helper CU, s23) `F secretion by A and B`, `F secretion by A derived from B`, `... by A was higher than by B`:
    the subject B stands after the maker A with only list, source or comparison words between them."""
    if subj.start < maker.end or subj.start - maker.end > 12 or concept_of(maker) in NATIVE_CELLS:
        return False
    doc = subj.doc
    inside = {i for e in doc[maker.end:subj.start].ents if e.label_ == "CELL_TYPE" for i in range(e.start, e.end)}
    words = [t.lower_ for t in doc[maker.end:subj.start] if t.i not in inside]
    if any(w not in MAKER_CHAIN for w in words):
        return False
    # `was higher than by`: a comparison only when `than` joins them; `was`/`were` otherwise closes the maker's phrase
    return not ({"was", "were", "higher", "lower", "greater", "more", "less"} & set(words)) or "than" in words


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


# (helper AK, s20) neurons are what factors and grafts act on, not what a therapy's factors come from nor the
# therapy: no gold row of the train split or of the 29 real sets has a neuron or motor neuron secreting, nor a
# native one changing an outcome (`Motor neurons were counted and rotarod was assessed`) (`neurite outgrowth of DRG neurons`
# after the factors, `a coculture of cortical neurons and MSCs`, `from the muscle to the motoneurons by GDNF`).
# Neurons made for grafting or given (`iPSC-derived motor neurons`, `engineered neurons`, `replacement of
# dopaminergic neurons`, `neurons were transplanted`) still may.
NEURON_CELLS = frozenset({"cell:neuron", "cell:motor_neuron"})
MADE_NEURON = re.compile(r"deriv|-like|induc|differentiat|engineer|transduc|modif|transplant|graft|implant|inject|infus|"
                         r"replac|ipsc|esc\b|stem|progenitor|precursor|overexpress|expressing|secreting|releasing|"
                         r"producing")


def _neuron_as_source(c: Candidate) -> bool:
    """(helper AK, s20) the secreting subject is the body's own neurons (not neurons made for grafting)."""
    if concept_of(c.subj) not in NEURON_CELLS:
        return False
    doc = c.subj.doc
    before = doc[max(c.subj.sent.start, c.subj.start - 5):c.subj.start]
    if any(t.lower_ in MADE_ABILITY for t in before):
        return True   # `stem cells, able to differentiate into neuronal cells`: neurons the cells could become
    near = " ".join(t.lower_ for t in doc[max(c.subj.sent.start, c.subj.start - 4):min(c.subj.sent.end, c.subj.end + 2)])
    return MADE_NEURON.search(near) is None


# (helper AK, s20) the stem cells another cell type is made from: `BMSC-derived Schwann cells`, `bone marrow
# stromal cell (BMSC)-derived TH+ cells`, `WJ-MSCs were differentiated into SCLCs, which promoted X`. What follows the made cells is theirs (SOURCE.md: cells
# derived from MSCs take the type they are named as), not the source's. (`MSCs, which can differentiate into
# neurons, improved X`: an ability, the MSCs were given; the MSC products, `MSC-derived exosomes`, have their own rule.)
MADE_FROM_WORDS = frozenset({"(", ")", "-", "derived", "-derived", "were", "was", "are", "is", "be", "been", "readily",
                             "successfully", "efficiently", "then", "first", "further", "differentiated", "differentiate",
                             "differentiating", "to", "into", "induced", "converted", "reprogrammed", "transdifferentiated"})
DERIVED_TOKEN = re.compile(r"^\(?[\w.+-]*\)?-?derived$")   # `(BMSC)-derived` as one token
MADE_ABILITY = frozenset({"could", "may", "might", "capable", "able", "ability", "potential", "potentially"})


def _source_of_made_cell(c: Candidate) -> bool:
    """(helper AK, s20) The subject stem cells are named as what other cells (of another type) were made from,
    and the outcome or factor comes after the made cells."""
    if concept_of(c.subj) not in STEM_SOURCES or c.obj.start < c.subj.end:
        return False
    doc = c.subj.doc
    hi = min(c.obj.start, c.subj.end + 8)
    # (the tokens' entity types first, from the token view: this gate runs for most stem-cell pairs, and most have
    # no cell after the subject; a cell mention starting in the range has a cell token there)
    if CELL_HASH not in c.view.ent_type[c.subj.end:hi]:
        return False
    made = next((e for e in c.view.ents if c.subj.end <= e.start < hi and e.label_ == "CELL_TYPE"), None)
    if made is None or concept_of(made) in (concept_of(c.subj), "cell:msc_ev") or made.end > c.obj.start:
        return False
    between = [t.lower_ for t in doc[c.subj.end:made.start]]
    if between == ["induced", "into"]:
        return True    # (helper CW, s23) `placental MSCs induced into NTF-producing cells protect neuronal cells`: the
        #               participle names what the stem cells were made into; the made cells act
    if not any(w.endswith("derived") or w.startswith(("differentiat", "convert", "reprogramm", "transdifferentiat"))
               for w in between) or not MADE_ABILITY.isdisjoint(between):
        return False
    # `(BMSC)-derived`: an abbreviation in brackets may stand between
    rest = [w for k, w in enumerate(between) if w not in MADE_FROM_WORDS and not DERIVED_TOKEN.match(w)
            and not (k and between[k - 1] == "(" and k + 1 < len(between) and between[k + 1] == ")")]
    if rest:
        return False
    # `NI-MSCs differentiate into neuron-like cells in vitro, release NGF and survive`: the stem cells stay the
    # subject of the verbs that follow; only a relative clause (`..., which promoted X`) speaks of the made cells
    return any(w.endswith("derived") for w in between) or any(
        t.lower_ in ("which", "that") for t in doc[made.end:c.obj.start])


# (helper BB, s21) the words between made cells and the stem cells named after them as their source
# (`Schwann-like cells derived from ADSCs`, `astrocytes differentiated from human iPSCs`)
MADE_FROM_AFTER = frozenset({"derived", "differentiated", "generated", "induced", "obtained", "converted", "reprogrammed",
                             "transdifferentiated", "from", "the", "human", "rat", "mouse", "murine", "adult", "autologous",
                             "cultured", "primary", "fetal", "embryonic", "neonatal", "donor", "transplanted", "grafted",
                             "(", ")", ","})
MADE_FROM_VERBS = frozenset({"derived", "differentiated", "generated", "induced", "obtained", "converted", "reprogrammed",
                             "transdifferentiated"})


def _source_after_made_cell(c: Candidate) -> bool:
    """(helper BB, s21) The subject stem cells are named, after the cells made from them, as their source
    (`Schwann-like cells derived from ADSCs secreted NGF`, `neural progenitors generated from MSCs released BDNF`):
    the made cells secrete the factor named after both, not their source (the reverse order of
    _source_of_made_cell)."""
    if concept_of(c.subj) not in STEM_SOURCES | {"cell:nsc"} or c.obj.start < c.subj.end or c.subj.start < 2:
        return False
    doc = c.subj.doc
    lo = max(c.seg.start, c.subj.start - 7)
    if not any(t.ent_iob_ == "B" and t.ent_type_ == "CELL_TYPE" for t in doc[lo:c.subj.start]):
        return False
    made = next((e for e in reversed(c.view.ents) if lo <= e.start and e.end <= c.subj.start and e.label_ == "CELL_TYPE"),
                None)
    if made is None or concept_of(made) in (concept_of(c.subj), "cell:msc_ev"):
        return False
    between = [t.lower_ for t in doc[made.end:c.subj.start]]
    if "by" in between:   # `astrocytes induced by MSCs secreted GDNF`, `microglia activated by MSCs released BDNF`
        return not CAUSED_BY_VERBS.isdisjoint(between) and all(w in MADE_FROM_AFTER | CAUSED_BY_VERBS | {"by"}
                                                               for w in between)
    return "from" in between and not MADE_FROM_VERBS.isdisjoint(between) and all(w in MADE_FROM_AFTER for w in between)


CAUSED_BY_VERBS = frozenset({"induced", "activated", "stimulated", "primed", "polarized", "reprogrammed", "converted"})


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
