"""Gates on a factor named in a sentence where it is not the agent of the end point: a level that goes with
the course (`higher serum VEGF correlated with longer survival`), the factor's part in the disease, a
bracketed example or a list item beside the outcome, or a sentence where another agent acts (a drug on
the factor's pathway, the vector, the disease); and the factor named after a result as its mediator, which
no gate drops. The factor as a read-out is `factor_readouts`', as the cells' product `factor_products`'.
Read by `gates._gated` before scoring and by `overrides` after it.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import FACTOR_HASH, NATIVE_CELLS, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.features import Candidate, STRONG_ANAPHOR
from pipeline.nlp.relations.implied import FACTOR_NAMES
from pipeline.nlp.relations.factor_readouts import LIST_SEPARATORS, MADE_NOUNS, _measured_level

# the disease, its mutation or an injury named as what brings an end point about
DISEASE_CAUSES = re.compile(r"\b(?:als|disease|disorder|injury|sci|sclerosis|mutations?|mutant \w+|lesions?|insult|"
                            r"ischemia|stroke|hemorrhage|trauma)\b,? (?:[\w-]+ ){0,2}?(?:causes?|caused|induces?|induced|"
                            r"leads? to|led to|results? in|resulted in|triggers?|triggered|produces?)\b")
# a sentence whose agent is a reagent or drug acting on a factor's pathway (receptor agonists and antagonists,
# blocking antibodies, inhibitors, `-mab` antibodies and `-nib` kinase inhibitors, mimetics)
PATHWAY_AGENT = re.compile(r"\b(?:agonists?|antagonists?|antibod(?:y|ies)|inhibitors?|blockers?|blockade|blocking|mimetics?|"
                           r"neutrali[sz]\w*|sirna|shrna|knock-?down|anti-[\w-]+|[a-z]{3,}(?:mab|tinib|anib))\b")


# a sentence on the vehicle of a gene therapy, which names no factor: what it says is the vehicle's
VECTOR_WORDS = re.compile(r"\b(?:vectors?|viruse?s?|viral|adeno-associated|lentivir\w*|adenovir\w*|aav\d*|plasmids?"
                          r"|gene (?:delivery|transfer))\b")


# between a factor and an end point: a link the text observes (a level that goes with, predicts or
# mirrors the course), not a change the factor makes; biomarker studies state no FACTOR_AFFECTS (the gold
# gives none from such sentences; `CSF neurotrophic factors increased` is itself an outcome)
ASSOCIATION = re.compile(r"associat\w*|correlat\w*|predict\w*|prognos\w*|linked|link|parallel\w*|accompan\w*|"
                         r"reflect\w*|mirror\w*|(?:bio)?markers?|indicators?|hallmarks?|surrogates?|"
                         r"coincid\w*")


# the head of an end point that is a marker (`prognostic biomarkers`, `a useful biomarker`)
MARKER_HEAD = re.compile(r"(?:bio)?markers?|indicators?")


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
    if c.predicate == "AFFECTS" and concept_of(c.obj) == "outcome:safety" and concept_of(c.subj) not in NATIVE_CELLS:
        return False    # `UC-MSCs were not associated with any serious adverse events`: adverse events go with what was
        #                 given, the graft's own harm (a native cell's count is what can be a marker)
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
    # ((helper FM, s28) a factor's making named as the item: `involved in trophic factor release, apoptosis and
    # inflammatory responses`)
    if not all(etypes[k] in (FACTOR_HASH, OUTCOME_HASH) or c.toks[k] in COORDINATED_WORDS
               or c.toks[k] in MADE_NOUNS and k > 0 and etypes[k - 1] == FACTOR_HASH for k in range(a, b)):
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


# between a named factor and the class word that describes it (`GDNF, a potent neurotrophic factor`, `CNTF is a
# neurotrophic factor`, `VEGF also functions as a neurotrophic factor`, `IGF-1 acts as a trophic factor`)
CLASS_MODIFIERS = frozenset({"a", "an", "the", "potent", "powerful", "important", "key", "major", "well-known",
                             "pleiotropic", "known", "also", "now", "still", "multifunctional", "classical",
                             "secreted", "endogenous", "member", "of", "family", "target-derived", "prototypic"})
CLASS_VERBS = frozenset({"acts", "act", "acting", "functions", "function", "functioning", "serves", "serve",
                         "serving", "considered", "regarded", "identified", "described", "characterized"})
CLASS_LINKS = frozenset({"as", "is", "are", "was", "were", ","})


def _generic_for_named_factor(c: Candidate) -> bool:
    """The subject is the class word (`factor:ntf`) said of a named factor before it in the clause (`CNTF is
    a potent neurotrophic factor promoting motor neuron survival`, `BDNF, a neurotrophin, enhances
    plasticity`): the relation is the named factor's, not a second one of the class."""
    if concept_of(c.subj) != "factor:ntf":
        return False
    doc = c.subj.doc
    k = c.subj.start - 1
    lo = max(c.seg.start, c.subj.start - 12)
    while k >= lo and (doc[k].lower_ in CLASS_MODIFIERS or doc[k].lower_.endswith("ly")):
        k -= 1
    if k < lo or doc[k].lower_ not in CLASS_LINKS:
        return False
    if doc[k].lower_ == "as":
        k -= 1
        while k >= lo and (doc[k].lower_ in CLASS_VERBS or doc[k].lower_ in ("also", "now", "be", "been", "is",
                                                                             "are", "was", "were", "to")
                           or doc[k].lower_.endswith("ly")):
            k -= 1
    else:
        k -= 1
    while k >= lo and doc[k].lower_ in ("also", "now", "still") or (k >= lo and doc[k].lower_.endswith("ly")):
        k -= 1
    if k >= lo and doc[k].text == ")":
        k -= 1   # `ciliary neurotrophic factor (CNTF) is ...`
    if k >= lo and doc[k].lower_ in ("it", "which") and k > c.seg.start:
        # `VEGF was first described as ..., and now it also functions as a neurotrophic factor`: the
        # pronoun stands for the factor named before it in the sentence
        named = next((e for e in reversed(c.view.ents) if c.seg.start <= e.start and e.end <= k
                      and e.label_ == "NEUROTROPHIC_FACTOR"), None)
        return named is not None and concept_of(named) not in ("factor:ntf", "factor:other")
    if k < lo or doc[k].ent_type_ != "NEUROTROPHIC_FACTOR":
        return False
    named = next((e for e in c.view.ents if e.start <= k < e.end), None)
    return named is not None and concept_of(named) not in ("factor:ntf", "factor:other")


CLASS_NOUNS_BEFORE_NAME = frozenset({"gene", "genes", "protein", "proteins", "family", "member", "ligand"})
ANAPHORIC_CLASS = ("-induced", "-mediated", "-dependent", "-treated")


def _class_word_names(c: Candidate) -> bool:
    """(helper R, s18) The class word is one named factor: in apposition before its name (`the neurotrophin
    gene BDNF`, `the neurotrophic factor GDNF`), or a singular class word that refers back (`the
    neurotrophin`, `neurotrophin-induced regeneration`) in a document that names one factor only."""
    if concept_of(c.subj) != "factor:ntf":
        return False
    doc = c.subj.doc
    k = c.subj.end
    while k < min(len(doc), c.subj.end + 2) and doc[k].lower_ in CLASS_NOUNS_BEFORE_NAME:
        k += 1
    # (helper T, s19) `a motor-specific neurotrophic factor, glial-derived neurotrophic factor (GDNF)`: a singular
    # class word with its indefinite article, the factor's name in apposition after a comma
    if k == c.subj.end and k + 1 < len(doc) and doc[k].text == "," and not c.subj.text.lower().endswith("s") and \
            any(doc[j].lower_ in ("a", "an") for j in range(max(0, c.subj.start - 3), c.subj.start)):
        k += 1
    if k < len(doc) and doc[k].ent_type_ == "NEUROTROPHIC_FACTOR":
        named = next((e for e in c.view.ents if e.start <= k < e.end), None)
        if named is not None and concept_of(named) not in ("factor:ntf", "factor:other"):
            return True
    text = c.subj.text.lower()
    glued = text.endswith(ANAPHORIC_CLASS)
    word = text.rsplit("-", 1)[0] if glued else text
    before = doc[c.subj.start - 1].lower_ if c.subj.start > 0 else ""
    if word.endswith("s") or not (glued or before in ("the", "this", "that")):
        return False
    named = {concept_of(e) for e in c.view.ents if e.label_ == "NEUROTROPHIC_FACTOR"} - {"factor:ntf", "factor:other"}
    return len(named) == 1


# (helper R, s18) agents that are no neurotrophic factor (a receptor agonist, a mimetic, a drug)
OTHER_AGENT_NOUNS = frozenset({"agonist", "agonists", "mimetic", "mimetics", "antagonist", "antagonists", "inhibitor",
                               "inhibitors", "drug", "drugs"})
TREATMENT_HEADS = frozenset({"treatment", "treatments", "administration", "therapy", "-treated", "treated"})


def _other_agent(c: Candidate) -> bool:
    """(helper R, s18) The sentence of a result that no factor names says what acted, and it is another agent:
    a drug named before `treatment` (`LM22A-4 treatment significantly improved ...`: a code with a digit or
    capitals, no entity) or a small molecule, agonist or mimetic; the document's factor is no subject there."""
    doc = c.obj.doc
    lo, hi = c.seg.start, c.obj.start
    for k in range(lo, hi):
        t = doc[k]
        if t.lower_ in OTHER_AGENT_NOUNS or (t.lower_ == "molecule" and k > lo and doc[k - 1].lower_ == "small"):
            return True
        if k + 1 < hi and doc[k + 1].lower_ in TREATMENT_HEADS and not t.ent_type_ and \
                any(ch.isdigit() for ch in t.text) and any(ch.isupper() for ch in t.text):
            return True
    return False


def _names_own_factor(c: Candidate) -> bool:
    """The end point is the subject factor's own level (`Pro-BDNF levels`, `serum VEGF concentrations` for
    BDNF, VEGF): a factor does not change itself; the pair is a read-out beside it."""
    low = c.obj.text.lower()
    subj = concept_of(c.subj)
    if concept_of(c.obj) != "outcome:biomarker" and not any(
            w in P.LEVEL_WORDS or w in P.FLUID_WORDS for w in low.split()):
        return False   # (`Antibodies to rHCNTF were observed in sera`: an end point of its own)
    # (helper AC, s19) the class word (`Neurotrophins in ALS serum`) changes no member's level either (`GDNF
    # serum levels were lower`)
    return any((fc == subj or subj == "factor:ntf") and rx.search(low) for rx, fc in FACTOR_NAMES)


# (helper FM, s28) an end point that is a step of a molecule's signalling (`phosphorylation of Akt`, `activation of
# STAT3`, `binding`): how a factor acts, not an end point it changes (SPEC 1: a clinical, functional or biological
# end point; the train gold names none such); not the activation of cells (`activation of neural progenitor cells`)
SIGNALLING_STEP = re.compile(r"(?:de)?phosphorylation\b.*|binding|signall?ing|(?:activation|activity|transactivation)"
                             r" of (?!.*\b(?:cells?|neurons?|glia|microglia|astrocytes?|progenitors?|lymphocytes?)\b).+")


def _signalling_step(c: Candidate) -> bool:
    """(helper FM, s28) `BDNF activated Akt and preserved phosphorylation of mTOR`, `LIF binds its receptor, activating
    STAT3`: the end point is a step of the signalling the factor starts, no end point (outcome:other only: microglial
    activation is inflammation)."""
    return concept_of(c.obj) == "outcome:other" and SIGNALLING_STEP.fullmatch(c.obj.text.lower()) is not None
