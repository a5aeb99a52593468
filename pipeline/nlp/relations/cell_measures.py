"""Gates on cells whose own measure the outcome is (`Treg numbers`, `MSC proliferation`, `differentiation of
adult neural stem cells`, `their viability`, `higher than that of BMSCs`): the cells changed, they are
not the agent of the change. The graft's fate (`survival of the grafted MSCs`) stays an end point where
cells were given. Read by `gates._gated` and the other cell modules.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from pipeline.nlp.relations.factor_readouts import POSSESSIVE_ANAPHORS
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.labels import concept_of


ARM_NOUNS = frozenset({"group", "groups", "arm", "arms", "cohort", "cohorts"})


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
