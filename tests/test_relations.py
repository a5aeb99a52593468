"""Relation extraction on sentences written for these tests (no corpus text).

Entities are given (text, label, concept) and projected onto every occurrence, as the oracle
harness does; the real component with the shipped model then runs on the Doc.
"""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from pipeline.documents import Document, Section
from pipeline.nlp import cues
from pipeline.nlp.context import species, study_design
from pipeline.nlp.relation_model import oracle_nlp, project_entities
from pipeline.nlp.relations import (DEFAULT_MODEL, RelationExtractor, RelationModel, candidates, relation_rows,
                                    segments)
from pipeline.schema import RELATIONS, to_table

CELL, FACTOR, OUT, ROUTE = "CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE"


@pytest.fixture(scope="module")
def nlp():
    return oracle_nlp()


@pytest.fixture(scope="module")
def extractor():
    return RelationExtractor(RelationModel.load(DEFAULT_MODEL))


def make_doc(nlp, title, sections, entities, pubtypes=()):
    secs = tuple(Section(label, None, text) for label, text in sections)
    d = Document(pmid="1", title=title, sections=secs, year=2021, publication_types=tuple(pubtypes))
    doc = nlp(d.text)
    doc._.pmid, doc._.sections, doc._.year = d.pmid, d.section_spans(), d.year
    doc._.publication_types = list(d.publication_types)
    project_entities(doc, [{"text": t, "label": l, "concept": c} for t, l, c in entities])
    return doc


def rels(doc, predicate=None):
    return [m for m in doc._.relations if predicate in (None, m.predicate)]


def keys(doc):
    return {(m.predicate, m.subject_id, m.object_id) for m in doc._.relations}


def test_route_secretion_and_effect_in_one_sentence(nlp, extractor):
    doc = make_doc(nlp, "Cord-derived stromal cells in a mouse model of motor neuron disease", [(None,
        "Umbilical cord mesenchymal stem cells were injected intrathecally into SOD1 mice. "
        "The engineered UC-MSCs secreted high levels of GDNF in culture. "
        "UC-MSC treatment prolonged survival and improved grip strength of the mice.")],
        [("Umbilical cord mesenchymal stem cells", CELL, "cell:uc_msc"), ("UC-MSCs", CELL, "cell:uc_msc"),
         ("UC-MSC", CELL, "cell:uc_msc"), ("intrathecally", ROUTE, "route:intrathecal"),
         ("GDNF", FACTOR, "factor:GDNF"), ("survival", OUT, "outcome:survival"),
         ("grip strength", OUT, "outcome:muscle_strength")])
    extractor(doc)
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:uc_msc", "route:intrathecal") in got
    assert ("SECRETES", "cell:uc_msc", "factor:GDNF") in got
    assert ("AFFECTS", "cell:uc_msc", "outcome:survival") in got
    assert ("AFFECTS", "cell:uc_msc", "outcome:muscle_strength") in got
    for m in rels(doc, "AFFECTS"):
        assert m.effect == "favorable" and not m.negated and not m.hedged
        assert 0.0 <= m.confidence <= 1.0
    for m in rels(doc, "ADMINISTERED_VIA") + rels(doc, "SECRETES"):
        assert m.effect is None


def test_anaphora_resolves_to_antecedent_concept(nlp, extractor):
    doc = make_doc(nlp, "Marrow cells for motor neuron disease", [(None,
        "Bone marrow MSCs were transplanted into the lumbar cord of transgenic rats. "
        "The transplanted cells reduced microgliosis and slowed the loss of motor neurons.")],
        [("Bone marrow MSCs", CELL, "cell:bm_msc"), ("into the lumbar cord", ROUTE, "route:intraspinal"),
         ("microgliosis", OUT, "outcome:inflammation"), ("loss of motor neurons", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    affects = {m.object_id: m for m in rels(doc, "AFFECTS")}
    assert set(affects) == {"outcome:inflammation", "outcome:motor_neuron_survival"}
    for m in affects.values():
        assert m.subject_id == "cell:bm_msc" and m.resolved and m.effect == "favorable"
        # the evidence spans the antecedent's sentence and the one that refers back
        assert doc.text[m.evidence_start:m.evidence_end].startswith("Bone marrow MSCs")
        assert doc.text[m.evidence_start:m.evidence_end].endswith("motor neurons.")
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intraspinal") in keys(doc)


def test_null_effect_is_not_negation(nlp, extractor):
    doc = make_doc(nlp, "Stromal cells in patients with motor neuron disease", [("RESULTS",
        "After MSC infusion the ALSFRS-R slope did not differ significantly from placebo. "
        "No serious adverse events were observed after MSC infusion.")],
        [("MSC", CELL, "cell:msc"), ("ALSFRS-R slope", OUT, "outcome:alsfrs_r"),
         ("serious adverse events", OUT, "outcome:safety")])
    extractor(doc)
    by_obj = {m.object_id: m for m in rels(doc, "AFFECTS")}
    assert by_obj["outcome:alsfrs_r"].effect == "null" and not by_obj["outcome:alsfrs_r"].negated
    assert by_obj["outcome:safety"].effect == "favorable" and not by_obj["outcome:safety"].negated
    assert all(m.section == "results" for m in by_obj.values())


def test_negation_scope_denies_one_route_only(nlp, extractor):
    doc = make_doc(nlp, "Routes of cell delivery", [("METHODS",
        "In this protocol the MSCs were not administered intravenously but were injected intrathecally.")],
        [("MSCs", CELL, "cell:msc"), ("intravenously", ROUTE, "route:intravenous"),
         ("intrathecally", ROUTE, "route:intrathecal")])
    extractor(doc)
    by_obj = {m.object_id: m for m in rels(doc, "ADMINISTERED_VIA")}
    assert by_obj["route:intravenous"].negated and by_obj["route:intravenous"].negation_cue == "not"
    assert not by_obj["route:intrathecal"].negated


@pytest.mark.parametrize("text", [
    "The stromal cells were immunopositive for HGF.",
    "Most grafted stromal cells stained positively for HGF.",
    "HGF immunoreactivity was seen in the grafted stromal cells.",
])
def test_a_factor_stained_in_the_cells_is_expressed_by_them(nlp, extractor, text):
    # SPEC: SECRETES holds when the cells express the factor; immunostaining shows expression
    doc = make_doc(nlp, "Trophic output of grafted stromal cells", [("RESULTS", text)],
                   [("stromal cells", CELL, "cell:msc"), ("HGF", FACTOR, "factor:HGF")])
    extractor(doc)
    assert ("SECRETES", "cell:msc", "factor:HGF") in keys(doc)


@pytest.mark.parametrize("text, negated", [
    ("The stromal cells released abundant HGF in culture, but not NT-3.", {"factor:HGF": False, "factor:NTF3": True}),
    ("NT-3 was undetectable in supernatants of the stromal cells, which released HGF.", {"factor:NTF3": True}),
    ("NT-3 secreted by the stromal cells stayed below the limit of detection.", {"factor:NTF3": True}),
    ("By ELISA, NT-3 was not detected in medium conditioned by the stromal cells.", {"factor:NTF3": True}),
    ("The unmodified stromal cells lacked NT-3 expression.", {"factor:NTF3": True}),
    ("The stromal cells failed to secrete detectable NT-3.", {"factor:NTF3": True}),
    ("The stromal cells released only negligible amounts of NT-3.", {"factor:NTF3": True}),
    ("The stromal cells secreted HGF but no NT-3.", {"factor:HGF": False, "factor:NTF3": True}),
])
def test_denied_secretion_is_a_negated_row(nlp, extractor, text, negated):
    # SPEC: `negated` when the text denies the relation itself; a factor looked for and not found in
    # what the cells make is such a denial, and `but not` does not hand it to some other cell
    doc = make_doc(nlp, "Trophic output of cultured stromal cells", [("RESULTS", text)],
                   [("stromal cells", CELL, "cell:msc"), ("HGF", FACTOR, "factor:HGF"), ("NT-3", FACTOR, "factor:NTF3")])
    extractor(doc)
    got = {m.object_id: m.negated for m in rels(doc, "SECRETES")}
    assert {k: got.get(k) for k in negated} == negated


@pytest.mark.parametrize("sentence, taken, avoided", [
    ("MSCs were given intrathecally instead of intravenously.", "route:intrathecal", "route:intravenous"),
    ("MSCs were delivered intravenously rather than intrathecally.", "route:intravenous", "route:intrathecal"),
    ("Intranasal delivery of MSCs avoids invasive intrathecal injection.", "route:intranasal", "route:intrathecal"),
])
def test_a_route_not_taken_is_a_negated_row(nlp, extractor, sentence, taken, avoided):
    words = {"route:intrathecal": ("intrathecally", "intrathecal"), "route:intravenous": ("intravenously",),
             "route:intranasal": ("Intranasal",)}
    ents = [("MSCs", CELL, "cell:msc")] + [(w, ROUTE, r) for r in (taken, avoided) for w in words[r] if w in sentence]
    doc = make_doc(nlp, "Routes", [(None, sentence)], ents)
    extractor(doc)
    got = {m.object_id: m.negated for m in rels(doc, "ADMINISTERED_VIA")}
    assert got == {taken: False, avoided: True}, got


def test_coordinated_cells_share_a_plainly_stated_route(nlp, extractor):
    doc = make_doc(nlp, "Two sources of stromal cells in SOD1 mice", [("METHODS",
        "Neural stem cells were grown in culture. "
        "Amniotic cells, dental pulp cells and marrow cells were injected intrathecally into SOD1 mice.")],
        [("Neural stem cells", CELL, "cell:nsc"), ("Amniotic cells", CELL, "cell:pl_msc"),
         ("dental pulp cells", CELL, "cell:other"), ("marrow cells", CELL, "cell:bm_msc"),
         ("intrathecally", ROUTE, "route:intrathecal")])
    extractor(doc)
    assert {m.subject_id for m in rels(doc, "ADMINISTERED_VIA")} == {"cell:pl_msc", "cell:other", "cell:bm_msc"}


def test_a_causality_grade_is_no_hedge():
    toks = "two serious adverse events were considered possibly related to the grafts .".split()
    assert cues.hedge_in_scope(toks, 0, len(toks)) is None
    toks = "the grafts possibly slowed the decline .".split()
    assert cues.hedge_in_scope(toks, 0, len(toks)) == "possibly"


def test_hedge_scope_is_the_clause_not_the_sentence():
    toks = "although gdnf might protect motor neurons , mscs improved survival in mice .".split()
    # the pair (mscs, survival) lies in the main clause: `might` belongs to the subordinate one
    lo, hi = cues.clause_scope(toks, 7, 10)
    assert cues.hedge_in_scope(toks, lo, 10) is None
    lo, hi = cues.clause_scope(toks, 1, 6)
    assert cues.hedge_in_scope(toks, lo, 6) == "might"
    toks = "survival , however , was not prolonged .".split()
    assert cues.clause_scope(toks, 0, 1) == (0, 8) and cues.ClauseIndex(toks).scope(0, 1) == (0, 8)
    toks = "mscs may slow disease progression in patients .".split()
    assert cues.hedge_in_scope(toks, *cues.clause_scope(toks, 0, 5)) == "may"
    # a measure named `potential` proposes nothing; the hedge word itself still does
    toks = "compound muscle action potential amplitude was higher in treated mice .".split()
    assert cues.hedge_in_scope(toks, 0, 9) is None and not cues.HedgeIndex(toks).any_in(0, 9)
    toks = "mscs have the potential to preserve motor evoked potentials .".split()
    assert cues.hedge_in_scope(toks, 0, 9) == "potential"
    # a negative result worded with `could` proposes nothing
    toks = "we could not confirm a benefit of mscs on survival .".split()
    assert cues.hedge_in_scope(toks, 0, 10) is None and not cues.HedgeIndex(toks).any_in(0, 10)
    toks = "mscs could slow the decline in fvc .".split()
    assert cues.hedge_in_scope(toks, 0, 7) == "could"


def test_hedged_relation_in_a_background_sentence(nlp, extractor):
    doc = make_doc(nlp, "Stem cells for motor neuron disease", [("BACKGROUND",
        "Mesenchymal stem cells may slow disease progression in patients with motor neuron disease.")],
        [("Mesenchymal stem cells", CELL, "cell:msc"), ("disease progression", OUT, "outcome:disease_progression")])
    extractor(doc)
    (m,) = rels(doc, "AFFECTS")
    assert m.hedged and m.hedge_cue == "may" and m.effect == "favorable" and m.section == "background"


@pytest.mark.parametrize("sentence, outcome, concept, effect", [
    ("Treatment prolonged survival of the mice.", "survival", "outcome:survival", "favorable"),
    ("Treatment worsened motor function in the rats.", "motor function", "outcome:motor_function", "unfavorable"),
    ("Inflammatory cytokines were reduced after treatment.", "Inflammatory cytokines", "outcome:inflammation", "favorable"),
    ("The therapy failed to prolong survival.", "survival", "outcome:survival", "null"),
    ("Forced vital capacity was measured every month.", "Forced vital capacity", "outcome:respiratory_function", "unclear"),
    ("The infusions were well tolerated and safety was confirmed.", "safety", "outcome:safety", "favorable"),
    ("The decline in hand strength was slowed in treated patients.", "hand strength", "outcome:muscle_strength", "favorable"),
    # an aim or a question states no result
    ("We examined whether the graft can enhance functional recovery in mice.", "functional recovery",
     "outcome:motor_function", "unclear"),
    ("To determine if the cells improve survival, SOD1 mice were treated.", "survival", "outcome:survival", "unclear"),
    ("Whether the grafts can modify disease progression remains to be shown.", "disease progression",
     "outcome:disease_progression", "unclear"),
    # harm attributed to the treatment, or denied
    ("Two treatment-related adverse events occurred after the infusion.", "adverse events", "outcome:safety", "unfavorable"),
    ("No treatment-related adverse events occurred.", "adverse events", "outcome:safety", "favorable"),
    ("Survival was comparable to that of the vehicle group.", "Survival", "outcome:survival", "null"),
    # speed words follow the outcome's direction
    ("The grafts accelerated behavioural recovery after the lesion.", "behavioural recovery",
     "outcome:motor_function", "favorable"),
    ("Vehicle injection accelerated disease progression in the mice.", "disease progression",
     "outcome:disease_progression", "unfavorable"),
    # fewer symptoms are better
    ("The grafts reduced motor symptoms in the patients.", "motor symptoms", "outcome:motor_function", "favorable"),
    # a tempered change turns round: less decline is good, less improvement is not
    ("Forced vital capacity declined less in the treated patients.", "Forced vital capacity",
     "outcome:respiratory_function", "favorable"),
    ("Grip strength declined more slowly after the grafts.", "Grip strength", "outcome:muscle_strength", "favorable"),
    ("Motor function improved less in the treated rats.", "Motor function", "outcome:motor_function", "unfavorable"),
    # outcomes only listed as measured state no result
    ("Secondary outcomes included survival and adverse events.", "survival", "outcome:survival", "unclear"),
    ("Secondary end points included forced vital capacity and adverse events.", "forced vital capacity",
     "outcome:respiratory_function", "unclear"),
    ("Survival and time to tracheostomy were also similar between the groups.", "Survival", "outcome:survival",
     "null"),
    # a trial's verdict on its end point
    ("The primary end point, a 25% improvement in ALSFRS-R slope, was not met.", "ALSFRS-R slope",
     "outcome:alsfrs_r", "null"),
    # less of a damage marker is better
    ("Plasma neurofilament light chain decreased after the grafts.", "neurofilament light chain", "outcome:biomarker",
     "favorable"),
    ("The grafts reduced CSF MCP-1 levels.", "CSF MCP-1 levels", "outcome:biomarker", "favorable"),
    # a negator covers the verb coordinated after `or`, not one after `but`
    ("The grafts did not improve hindlimb function or extend lifespan.", "lifespan", "outcome:survival", "null"),
    ("The grafts did not improve hindlimb function but extended lifespan.", "lifespan", "outcome:survival",
     "favorable"),
    # a result stated as established; an aim stated as what further work must establish
    ("The safety of the grafts has been established in two trials.", "safety", "outcome:safety", "favorable"),
    ("Larger trials are needed to shed light on the safety of the grafts.", "safety", "outcome:safety", "unclear"),
    ("Further studies are needed to establish their effect on survival.", "survival", "outcome:survival", "unclear"),
    # a trial's definition of its end point states no result; its verdict does
    ("The primary end point was the proportion of patients with an improvement in ALSFRS-R slope.",
     "ALSFRS-R slope", "outcome:alsfrs_r", "unclear"),
    ("The primary end point, survival at one year, was met.", "survival", "outcome:survival", "favorable"),
    ("Survival was longer in the grafted mice (HR 0.8; p = 0.45).", "Survival", "outcome:survival", "null"),
    # a difference the study calls not significant is no result; a significant one leaves it to the words
    ("Survival was longer in the grafted mice (P=0.32; NS).", "Survival", "outcome:survival", "null"),
    ("Survival was 38 months in the grafted group and 31 months in controls (p = 0.09).", "Survival",
     "outcome:survival", "null"),
    ("Survival was longer in the grafted mice (p < 0.01).", "Survival", "outcome:survival", "favorable"),
    ("The grafts slowed ALSFRS-R decline (p = 0.003 and p = 0.21 at 3 and 6 months).", "ALSFRS-R decline",
     "outcome:alsfrs_r", "favorable"),
    # a worsening named as what the treatment brought about
    ("Treatment with the grafts resulted in a worsening of respiratory function.", "respiratory function",
     "outcome:respiratory_function", "unfavorable"),
    ("The grafts prevented the worsening of respiratory function.", "respiratory function",
     "outcome:respiratory_function", "favorable"),
    # a denied change, however it is worded
    ("Progression of the disease was not modified by the grafts.", "Progression of the disease",
     "outcome:disease_progression", "null"),
    ("The infusion was not associated with any change in survival.", "survival", "outcome:survival", "null"),
    # `neither X nor Y <verb>`: the negation stands before the outcomes
    ("Neither grip strength nor vital capacity differed between the arms.", "vital capacity",
     "outcome:respiratory_function", "null"),
    ("Neither survival nor motor function was improved by the grafts.", "survival", "outcome:survival", "null"),
    # more of an anti-inflammatory marker is good
    ("The grafts increased CSF levels of IL-10 in the patients.", "CSF levels of IL-10", "outcome:inflammation",
     "favorable"),
    ("The grafts increased CSF levels of IL-6 in the patients.", "CSF levels of IL-6", "outcome:inflammation",
     "unfavorable"),
    # a result that went both ways
    ("Grip strength results were mixed after the grafts.", "Grip strength", "outcome:muscle_strength", "unclear"),
    # markers of damage named by their symbols: less is better; antioxidant defences: more is better
    ("The grafts lowered CSF NfL in the patients.", "NfL", "outcome:biomarker", "favorable"),
    ("The grafts reduced TUNEL-positive cells in the ventral horn.", "TUNEL-positive cells", "outcome:other",
     "favorable"),
    ("The grafts lowered iNOS expression in the spinal cord.", "iNOS expression", "outcome:other", "favorable"),
    ("The grafts increased glutathione in the spinal cord.", "glutathione", "outcome:oxidative_stress", "favorable"),
    ("The grafts increased CSF levels of interleukin-10 in the patients.", "CSF levels of interleukin-10",
     "outcome:inflammation", "favorable"),
    # the next clause calls the difference not significant; a decline despite the treatment is no effect
    ("Survival was longer in the grafted mice, but the difference did not reach significance.", "Survival",
     "outcome:survival", "null"),
    ("Survival was longer in the grafted mice, but motor function was not significantly better.", "Survival",
     "outcome:survival", "favorable"),
    ("Vital capacity continued to decline despite the grafts.", "Vital capacity", "outcome:respiratory_function",
     "null"),
    # a scale that rises with function: a higher score is better, a steeper slope worse
    ("The grafted patients had higher ALSFRS-R scores than the controls.", "ALSFRS-R scores", "outcome:alsfrs_r",
     "favorable"),
    ("The grafted patients had a steeper ALSFRS-R slope than the controls.", "ALSFRS-R slope", "outcome:alsfrs_r",
     "unfavorable"),
    # `but not` excludes one item from the claim; the excluded outcome did not change
    ("The grafts attenuated motor neuron loss, but not muscle denervation, in the mice.", "muscle denervation",
     "outcome:neuromuscular", "null"),
    ("The grafts, but not the vehicle, slowed ALSFRS-R decline.", "ALSFRS-R decline", "outcome:alsfrs_r",
     "favorable"),
    ("The grafts affected neither disease onset nor survival.", "survival", "outcome:survival", "null"),
    # the verdict in the next clause, however it is joined
    ("The grafts slowed ALSFRS-R decline; however, the difference was not statistically significant.",
     "ALSFRS-R decline", "outcome:alsfrs_r", "null"),
    ("The grafts improved grip strength but not significantly.", "grip strength", "outcome:muscle_strength", "null"),
    ("Vital capacity was compared with historical controls; no significant differences were found.",
     "Vital capacity", "outcome:respiratory_function", "null"),
    # an outcome named by its verdict keeps it; `rose`/`fell` are changes
    ("The grafts were well tolerated at the doses tested.", "well tolerated", "outcome:safety", "favorable"),
    ("The safety of the grafts was tested.", "safety", "outcome:safety", "unclear"),
    ("Serum neurofilament light chain rose after the grafts.", "neurofilament light chain", "outcome:biomarker",
     "unfavorable"),
    ("Serum neurofilament light chain fell after the grafts.", "neurofilament light chain", "outcome:biomarker",
     "favorable"),
    # measures of damage, where lower is better; scales named `score` either way
    ("The grafts reduced infarct volume in the rats.", "infarct volume", "outcome:other", "favorable"),
    ("Treated patients had lower modified Rankin Scale scores.", "modified Rankin Scale scores", "outcome:other",
     "favorable"),
    ("Treated children had higher GMFM-66 scores.", "GMFM-66 scores", "outcome:other", "favorable"),
    # a change both arms shared, or one the study calls non-significant, is no effect
    ("Vital capacity declined at the same rate in both arms.", "Vital capacity", "outcome:respiratory_function",
     "null"),
    ("The grafts showed a non-significant trend toward slower ALSFRS-R decline.", "ALSFRS-R decline",
     "outcome:alsfrs_r", "null"),
    ("No significant differences were found for any secondary outcome, including vital capacity.", "vital capacity",
     "outcome:respiratory_function", "null"),
    # a ratio whose confidence interval holds 1 is no difference; one that excludes 1 leaves it to the words
    ("In grafted patients the hazard ratio for death was 0.88 (95% CI 0.41-1.90).", "death", "outcome:survival",
     "null"),
    ("In grafted patients the hazard ratio for death was 0.48 (95% CI 0.25-0.90).", "death", "outcome:survival",
     "favorable"),
    ("After the grafts, disease progression continued in all patients.", "disease progression",
     "outcome:disease_progression", "null"),
    # a gain that did not last is still a gain (the lead, s29: SPEC's mixed is a result that went both ways)
    ("The grafts improved grip strength transiently, and it returned to baseline by month six.", "grip strength",
     "outcome:muscle_strength", "favorable"),
    ("ALSFRS-R decline was slower in the first months but accelerated afterwards.", "ALSFRS-R decline",
     "outcome:alsfrs_r", "favorable"),
    ("ALSFRS-R decline was slowed at 3 months after the grafts, but not at 6 months.", "ALSFRS-R decline",
     "outcome:alsfrs_r", "favorable"),
    # a `no ...` result after the outcome it is said of: the outcome as the subject, or as the topic
    ("Survival showed no difference between groups.", "Survival", "outcome:survival", "null"),
    ("Grip strength demonstrated no benefit.", "Grip strength", "outcome:muscle_strength", "null"),
    ("With respect to survival, no significant difference was observed.", "survival", "outcome:survival", "null"),
    ("The grafts improved survival, with no change in body weight.", "survival", "outcome:survival", "favorable"),
    # a gain that others did not bear out is mixed, one that later times did not is a gain (the lead, s29); a trial
    # called negative is null
    ("The grafts improved muscle strength in one study but not in others.", "muscle strength",
     "outcome:muscle_strength", "unclear"),
    ("The grafts slowed ALSFRS-R decline, but the effect was not maintained at 12 months.", "ALSFRS-R decline",
     "outcome:alsfrs_r", "favorable"),
    ("The results of the graft trials on ALSFRS-R were negative.", "ALSFRS-R", "outcome:alsfrs_r", "null"),
    ("The treatment difference in ALSFRS-R was 2.4 points in favour of the grafts.", "ALSFRS-R", "outcome:alsfrs_r",
     "favorable"),
    # less of a loss, fewer T cells, and harms more frequent with the treatment
    ("Grafted mice lost less body weight than controls.", "body weight", "outcome:body_weight", "favorable"),
    ("The grafts inhibited T cell proliferation.", "T cell proliferation", "outcome:inflammation", "favorable"),
    ("Injection-site reactions were more frequent with the grafts than with placebo.", "Injection-site reactions",
     "outcome:safety", "unfavorable"),
    # a null said of what follows `did not translate into` is not said of what precedes it
    ("The preservation of motor neurons did not translate into improved survival.", "preservation of motor neurons",
     "outcome:motor_neuron_survival", "favorable"),
    # how an outcome was measured, set aside by commas, is no result; the verb after the aside is
    ("Microglial activation, assessed by Iba1 immunostaining, was reduced by the grafts.", "Microglial activation",
     "outcome:inflammation", "favorable"),
    ("Motor function, as measured by the rotarod test, was improved by the grafts.", "Motor function",
     "outcome:motor_function", "favorable"),
    # adverse events that made patients stop are harms
    ("Two patients discontinued the grafts because of adverse events.", "adverse events", "outcome:safety",
     "unfavorable"),
    # values for both arms, whichever comes first; an onset given as a day is later when better
    ("Median survival was 18.6 months in the placebo group and 24.2 months in the grafted group.",
     "Median survival", "outcome:survival", "favorable"),
    ("Disease onset was 118 days in grafted mice and 106 days in vehicle-treated mice.", "Disease onset",
     "outcome:disease_onset", "favorable"),
    # a gain that faded is still a gain (the lead, s29)
    ("ALSFRS-R improved at 3 months after the grafts, but declined thereafter.", "ALSFRS-R", "outcome:alsfrs_r",
     "favorable"),
    ("The improvement in ALSFRS-R gradually diminished thereafter.", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    ("ALSFRS-R improved after the grafts and remained stable thereafter.", "ALSFRS-R", "outcome:alsfrs_r",
     "favorable"),
    # conclusions that deny efficacy
    ("The grafts are safe but not efficacious in slowing ALSFRS-R decline.", "ALSFRS-R decline", "outcome:alsfrs_r",
     "null"),
    ("Our findings do not support the use of the grafts to slow disease progression.", "disease progression",
     "outcome:disease_progression", "null"),
    ("Our findings support the use of the grafts to slow disease progression.", "disease progression",
     "outcome:disease_progression", "favorable"),
    ("The grafts lacked efficacy in slowing ALSFRS-R decline.", "ALSFRS-R decline", "outcome:alsfrs_r", "null"),
    ("The grafts were without effect on survival.", "survival", "outcome:survival", "null"),
    ("The grafts were of no clinical benefit in slowing ALSFRS-R decline.", "ALSFRS-R decline", "outcome:alsfrs_r",
     "null"),
    ("The grafts are unlikely to slow disease progression.", "disease progression", "outcome:disease_progression",
     "null"),
    # a connective set off by commas does not cut the clause
    ("Survival, however, was not prolonged by the grafts.", "Survival", "outcome:survival", "null"),
    ("Adverse events, however, were more frequent after the grafts.", "Adverse events", "outcome:safety",
     "unfavorable"),
    # late events the patients reached, were spared or needed less
    ("Six patients required tracheostomy after the grafts.", "tracheostomy", "outcome:survival", "unfavorable"),
    ("Four patients did not require tracheostomy after the grafts.", "tracheostomy", "outcome:survival", "favorable"),
    ("The grafts reduced the need for tracheostomy.", "tracheostomy", "outcome:survival", "favorable"),
    ("Fewer grafted patients needed ventilation.", "ventilation", "outcome:respiratory_function", "favorable"),
    # harms that happened but were put on the disease; a comparison called not significant
    ("Three deaths occurred, all attributed to progression of ALS.", "deaths", "outcome:safety", "favorable"),
    ("Survival was longer after the grafts than in historical controls, but this comparison was not significant.",
     "Survival", "outcome:survival", "null"),
    # harms that happened, listed or counted, are unfavorable; harms absent or mild are not
    ("Side effects included headache and transient meningismus.", "Side effects", "outcome:safety", "unfavorable"),
    ("Serious adverse events occurred in two patients.", "Serious adverse events", "outcome:safety", "unfavorable"),
    ("The most common adverse events were headache and back pain.", "adverse events", "outcome:safety",
     "unfavorable"),
    ("No serious adverse events occurred.", "serious adverse events", "outcome:safety", "favorable"),
    ("Adverse events were mild and transient.", "Adverse events", "outcome:safety", "favorable"),
    # adverse events attributed to the treatment past an aside naming them
    ("One serious adverse event, aseptic meningitis, was considered related to the grafts.", "serious adverse event",
     "outcome:safety", "unfavorable"),
    ("Two serious adverse events (aseptic meningitis and fever) were judged related to the grafts.",
     "serious adverse events", "outcome:safety", "unfavorable"),
    # an outcome named with its own verb after `by` keeps that verb's direction
    ("The grafts act by protecting motor neurons and reducing inflammation.", "protecting motor neurons",
     "outcome:motor_neuron_survival", "favorable"),
    # a benefit the study did not show, however far the negator stands from it
    ("The ΔFS was significantly reduced after the grafts.", "ΔFS", "outcome:alsfrs_r", "favorable"),
    ("The grafts failed to show any benefit on survival.", "survival", "outcome:survival", "null"),
    ("The grafts did not show a significant improvement in FVC.", "FVC", "outcome:respiratory_function", "null"),
    ("The grafts failed to produce a clinically meaningful improvement in ALSFRS-R.", "ALSFRS-R",
     "outcome:alsfrs_r", "null"),
    ("There was a lack of benefit of the grafts on survival.", "survival", "outcome:survival", "null"),
    ("No trial of the grafts showed a benefit on survival.", "survival", "outcome:survival", "null"),
    ("None of the trials showed a benefit on ALSFRS-R.", "ALSFRS-R", "outcome:alsfrs_r", "null"),
    ("There is no convincing evidence that the grafts improve survival.", "survival", "outcome:survival", "null"),
    ("There is evidence that the grafts improve survival.", "survival", "outcome:survival", "favorable"),
    ("No adverse events were observed, and the grafts showed a benefit on ALSFRS-R.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    ("The grafts reduced motor neuron loss in the lumbar cord but not at the cervical level.", "motor neuron loss",
     "outcome:motor_neuron_survival", "favorable"),
    ("Adverse events after the grafts were mild and transient.", "Adverse events", "outcome:safety", "favorable"),
    # a responder definition states no result
    ("Responders were defined as patients with an improvement in ALSFRS-R of at least two points.", "ALSFRS-R",
     "outcome:alsfrs_r", "unclear"),
])
def test_effect_cues(nlp, sentence, outcome, concept, effect):
    got = effect_of(nlp, sentence, outcome, concept)
    assert got.effect == effect, got


@pytest.mark.parametrize("sentence, outcome, concept, effect", [
    # a rise named as a noun, a state adjective, an insult's verb: the cue is the verb acting on them
    ("The grafts attenuated the increase in IL-1beta levels.", "IL-1beta levels", "outcome:inflammation",
     "favorable"),
    ("The grafts prevented the rise in serum neurofilament light chain.", "neurofilament light chain",
     "outcome:biomarker", "favorable"),
    ("The grafts improved the impaired motor performance.", "motor performance", "outcome:motor_function",
     "favorable"),
    ("Apoptosis induced by hydrogen peroxide was attenuated by the medium.", "Apoptosis", "outcome:other",
     "favorable"),
    # a verb right before its outcome is a cue, not the outcome's state
    ("The grafts increased motor neuron counts and decreased astrogliosis.", "astrogliosis", "outcome:inflammation",
     "favorable"),
    ("Grafted mice showed decreased grip strength.", "grip strength", "outcome:muscle_strength", "unfavorable"),
    # safe and well tolerated are their own result, whatever the next verb says of another outcome
    ("The grafts were safe and attenuated inflammation.", "safe", "outcome:safety", "favorable"),
    ("The grafts were well tolerated and did not worsen ALSFRS-R.", "well tolerated", "outcome:safety", "favorable"),
    # no deterioration is good; a comparable result is no difference; limited evidence is no decrease
    ("No deterioration of respiratory function was observed.", "respiratory function",
     "outcome:respiratory_function", "favorable"),
    ("Survival was comparable in both groups.", "Survival", "outcome:survival", "null"),
    ("Evidence of efficacy on the ALSFRS-R remains limited.", "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
    # a `no change` of another clause does not reach an outcome with a verb of its own
    ("The grafts improved motor performance, and body weight was not affected.", "motor performance",
     "outcome:motor_function", "favorable"),
    ("Survival did not differ, and FVC declined faster in grafted patients.", "FVC",
     "outcome:respiratory_function", "unfavorable"),
    ("The grafts did not change ALSFRS-R, FVC, and survival.", "survival", "outcome:survival", "null"),
    # the amounts of both arms: less decline than with placebo is good
    ("ALSFRS-R declined by 2.1 points per month in the grafted group versus 3.4 in the placebo group.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    ("FVC decreased by 25% in the grafted group compared with 11% in the placebo group.", "FVC",
     "outcome:respiratory_function", "unfavorable"),
    # a comparison said of the control arm first; a time to an event, where longer is better
    ("FVC was lower in the placebo group than in the grafted group.", "FVC", "outcome:respiratory_function",
     "favorable"),
    ("Compared with controls, grafted mice had higher grip strength than expected.", "grip strength",
     "outcome:muscle_strength", "favorable"),
    ("Time to symptom onset was longer in grafted mice.", "symptom onset", "outcome:disease_onset", "favorable"),
    ("Time to death was longer in grafted patients.", "Time to death", "outcome:survival", "favorable"),
    # weakness is a harm: less of it is good
    ("The grafts reduced hindlimb weakness.", "hindlimb weakness", "outcome:muscle_strength", "favorable"),
    # no change, in other words: a negator a few words before the change, a denying adjective
    ("The grafts did not result in significant improvement of motor function.", "motor function",
     "outcome:motor_function", "null"),
    ("The grafts were ineffective in prolonging survival.", "survival", "outcome:survival", "null"),
    ("The grafts were unable to prevent motor neuron loss.", "motor neuron loss", "outcome:motor_neuron_survival",
     "null"),
    ("Grafted mice and controls had similar survival.", "survival", "outcome:survival", "null"),
    ("The grafts had a negligible effect on grip strength.", "grip strength", "outcome:muscle_strength", "null"),
    ("Grafted patients had FVC values statistically indistinguishable from placebo.", "FVC",
     "outcome:respiratory_function", "null"),
    ("There was a trend toward slower decline of ALSFRS-R in grafted patients, which was not significant.",
     "ALSFRS-R", "outcome:alsfrs_r", "null"),
    ("Unlike controls, which were unable to walk, grafted mice improved motor function.", "motor function",
     "outcome:motor_function", "favorable"),
    # a value, a range, a topic or an influence: the result is not stated
    ("Six months after the grafts, ALSFRS-R was 32.", "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
    ("Survival after grafting ranged from 12 to 48 months.", "Survival", "outcome:survival", "unclear"),
    ("We report the effect of intrathecal grafts on disease progression in two patients.", "disease progression",
     "outcome:disease_progression", "unclear"),
    ("The grafts influence neuroinflammation through paracrine signals.", "neuroinflammation",
     "outcome:inflammation", "unclear"),
    ("The grafts had a beneficial effect on survival.", "survival", "outcome:survival", "favorable"),
    # a verdict on the difference before it, not a claim of its own
    ("Survival was extended by 5 days in grafted mice, which was not statistically significant.", "Survival",
     "outcome:survival", "null"),
    ("The grafts improved grip strength, but did not significantly prolong survival.", "grip strength",
     "outcome:muscle_strength", "favorable"),
    ("The grafts improved grip strength, but did not significantly prolong survival.", "survival",
     "outcome:survival", "null"),
    # events of late disease: fewer of them, less need for them, is good
    ("The grafts reduced the need for mechanical ventilation.", "ventilation", "outcome:respiratory_function",
     "favorable"),
    ("Grafted patients had a lower risk of tracheostomy.", "tracheostomy", "outcome:survival", "favorable"),
    ("Fewer grafted patients required gastrostomy.", "gastrostomy", "outcome:survival", "favorable"),
    ("The grafts prolonged tracheostomy-free survival.", "tracheostomy-free survival", "outcome:survival",
     "favorable"),
    # a denied reduction of a harm is no change; harm not caused is safety
    ("The grafts did not attenuate death of cultured motor neurons.", "death of cultured motor neurons",
     "outcome:motor_neuron_survival", "null"),
    ("The grafts did not cause serious adverse events.", "serious adverse events", "outcome:safety", "favorable"),
    # a causal verb brings about the change its object names
    ("The grafts caused a reduction in motor neuron loss.", "motor neuron loss", "outcome:motor_neuron_survival",
     "favorable"),
    ("The grafts led to a reduction in FVC.", "FVC", "outcome:respiratory_function", "unfavorable"),
    ("The grafts induced a decrease in apoptosis.", "apoptosis", "outcome:other", "favorable"),
    ("The grafts induced inflammation.", "inflammation", "outcome:inflammation", "unfavorable"),
    ("The grafts left fewer fibrillation potentials.", "fibrillation potentials", "outcome:neuromuscular",
     "favorable"),
    # no change, in yet other words
    ("The grafts had no appreciable effect on body weight.", "body weight", "outcome:body_weight", "null"),
    ("The grafts had no impact on survival.", "survival", "outcome:survival", "null"),
    ("Survival was unaffected by the grafts.", "Survival", "outcome:survival", "null"),
    ("The grafts were not superior to placebo in slowing ALSFRS-R decline.", "ALSFRS-R", "outcome:alsfrs_r",
     "null"),
    ("Survival was equivalent between grafted and control mice.", "Survival", "outcome:survival", "null"),
    ("The grafts improved ALSFRS-R with no change in FVC.", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    # values for both arms: more than the control is better, less decline is better
    ("Median survival was 38.2 months in grafted patients and 31.5 months in controls (p = 0.012).", "survival",
     "outcome:survival", "favorable"),
    ("Mean FVC was 65% in grafted patients versus 78% in controls (P = 0.004).", "FVC",
     "outcome:respiratory_function", "unfavorable"),
    ("The ALSFRS-R slope was -0.52 points/month in grafted patients vs -1.04 in the placebo group.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    ("Grafted patients had a higher rate of survival.", "survival", "outcome:survival", "favorable"),
    # the next predicate of the subject after `and` is not said of the verb's object
    ("The grafts delayed onset and did not affect survival.", "onset", "outcome:disease_onset", "favorable"),
    ("The grafts delayed onset and did not affect survival.", "survival", "outcome:survival", "null"),
    # no sign of tumours is a safe graft
    ("There was no evidence of tumor formation after the grafts.", "tumor formation", "outcome:safety", "favorable"),
    ("Laboratory parameters remained within normal limits after the grafts.", "Laboratory parameters",
     "outcome:safety", "favorable"),
    # events put on the disease are no harm of the treatment
    ("All deaths after the grafts were attributed to disease progression.", "deaths", "outcome:survival",
     "favorable"),
    ("Serious adverse events were mostly due to disease progression.", "Serious adverse events", "outcome:safety",
     "favorable"),
    # `but not in X`: the item denied
    ("The grafts improved ALSFRS-R and FVC, but not in grip strength.", "grip strength",
     "outcome:muscle_strength", "null"),
    # after its own verb, the next outcome's cue is not said of it (no comma)
    ("After the grafts, ALSFRS-R scores improved and FVC did not change.", "ALSFRS-R", "outcome:alsfrs_r",
     "favorable"),
    # what was compared, and what is still to be shown, is no result yet
    ("Disease progression was compared with matched patients from a natural history database.",
     "Disease progression", "outcome:disease_progression", "unclear"),
    ("The effect of the grafts on survival remains to be confirmed.", "survival", "outcome:survival", "unclear"),
    ("The change in ALSFRS-R total score did not differ between groups.", "ALSFRS-R", "outcome:alsfrs_r", "null"),
    # a rate followed from one level to the next, and values at two times
    ("The grafts reduced the ALSFRS-R progression rate from 1.2 points/month before treatment to 0.6 points/month.",
     "ALSFRS-R progression rate", "outcome:alsfrs_r", "favorable"),
    ("FVC was 78% of predicted at baseline and 71% at 12 months after the grafts.", "FVC",
     "outcome:respiratory_function", "unfavorable"),
    # a means after `by` speaks of its own object
    ("The grafts conferred neuroprotection by reducing oxidative stress.", "neuroprotection", "outcome:other",
     "favorable"),
    # a gain or a reduction denied
    ("The grafts brought no reduction in mortality.", "mortality", "outcome:survival", "null"),
    ("The grafted patients had no survival benefit.", "survival benefit", "outcome:survival", "null"),
    # brief is good only of what should be small
    ("The grafts caused a transient deterioration in ALSFRS-R.", "ALSFRS-R", "outcome:alsfrs_r", "unfavorable"),
    ("ALSFRS-R scores transiently worsened after the grafts.", "ALSFRS-R", "outcome:alsfrs_r", "unfavorable"),
    ("Adverse events after the grafts were mild and transient.", "Adverse events", "outcome:safety", "favorable"),
    # a causality grade between the events and their attribution; events put on something else
    ("Two serious adverse events were judged probably related to the grafts.", "serious adverse events",
     "outcome:safety", "unfavorable"),
    ("Most adverse events were attributed to the lumbar puncture rather than to the grafts.", "adverse events",
     "outcome:safety", "favorable"),
    # pathology of a model, where less is better
    ("The grafts reduced hindlimb clasping.", "hindlimb clasping", "outcome:motor_function", "favorable"),
    ("The grafts reduced ubiquitin-positive inclusions.", "ubiquitin-positive inclusions", "outcome:other",
     "favorable"),
    # a value with its time point: compared across arms, or no change stated
    ("Survival at 18 months was 71% in grafted patients and 74% in the placebo group.", "Survival",
     "outcome:survival", "unfavorable"),
    ("Median survival after the grafts was 28 months.", "Median survival", "outcome:survival", "unclear"),
    # one arm over two periods: the months before the grafts are its control
    ("The ALSFRS-R slope was -1.3 points/month before and -0.6 points/month after the grafts.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    ("The monthly ALSFRS-R decline was 0.7 points before the grafts and 1.4 points after them.", "ALSFRS-R decline",
     "outcome:alsfrs_r", "unfavorable"),
    ("After the grafts, ALSFRS-R fell by 0.3 points/month versus 0.9 points/month in the lead-in.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    ("The slowing of FVC held: FVC declined by 1.2% per month after the grafts versus 2.6% before.", "FVC",
     "outcome:respiratory_function", "favorable"),
    ("The grafts slowed the rate of ALSFRS-R decline.", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    # p-values written every way
    ("The grafts improved FVC (p value = 0.32).", "FVC", "outcome:respiratory_function", "null"),
    ("The grafts improved FVC (P: 0.32).", "FVC", "outcome:respiratory_function", "null"),
    ("The grafts improved FVC (P = n.s.).", "FVC", "outcome:respiratory_function", "null"),
    ("The grafts improved FVC (p value < 0.001).", "FVC", "outcome:respiratory_function", "favorable"),
    # an interval that holds no change: 1 for a ratio, 0 for a difference
    ("The grafts improved FVC (MD 2.1%, 95% CI -1.8 to 6.0).", "FVC", "outcome:respiratory_function", "null"),
    ("The grafts improved ALSFRS-R (SMD 0.48, 95% CI 0.21 to 0.75).", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    ("The grafts reduced the risk of death (HR 0.88; 95% confidence interval, 0.59 to 1.14).", "death",
     "outcome:survival", "null"),
    # a review's verdict on its evidence is no result of the treatment
    ("The certainty of evidence for the grafts was low for ALSFRS-R.", "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
    ("The trials were not powered to detect differences in FVC.", "FVC", "outcome:respiratory_function", "unclear"),
    ("The grafts improved ALSFRS-R with low heterogeneity.", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    # a result that went both ways is mixed: unclear
    ("After the grafts, FVC increased in four patients and decreased in the remaining eight.", "FVC",
     "outcome:respiratory_function", "unclear"),
    ("After the grafts, ALSFRS-R improved in three patients, remained stable in four and declined in three.",
     "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
])
def test_what_the_cue_acts_on(nlp, sentence, outcome, concept, effect):
    assert effect_of(nlp, sentence, outcome, concept).effect == effect


@pytest.mark.parametrize("sentence, outcome, concept, cue", [
    ("A treatment difference favoring the cells in grip strength was observed.", "grip strength",
     "outcome:muscle_strength", "favoring"),
    ("The grafts counteracted motor neuron loss.", "motor neuron loss", "outcome:motor_neuron_survival",
     "counteracted"),
])
def test_favorable_words_state_a_result(nlp, sentence, outcome, concept, cue):
    # a stated result, not the no-cue default (which in a methods sentence would be `unclear`)
    got = effect_of(nlp, sentence, outcome, concept)
    assert (got.effect, got.cue) == ("favorable", cue)


def effect_of(nlp, sentence: str, outcome: str, concept: str) -> cues.EffectCue:
    """The effect cue the clause around `outcome` (a substring of `sentence`) states."""
    doc = nlp(sentence)
    toks = [t.lower_ for t in doc]
    i = sentence.index(outcome)
    sp = doc.char_span(i, i + len(outcome), alignment_mode="expand")
    return cues.effect_in_scope(toks, (sp.start, sp.end), cues.clause_scope(toks, sp.start, sp.end), outcome, concept)


def test_safety_stated_without_naming_it(nlp, extractor):
    # SPEC: `well tolerated` is a favorable effect on safety; the word is a relation's object only
    doc = make_doc(nlp, "A phase I trial", [("CONCLUSIONS",
        "Intrathecal MSCs were safe and well tolerated. The safe dose range of IGF-1 was narrow.")],
        [("MSCs", CELL, "cell:msc"), ("IGF-1", FACTOR, "factor:IGF1")])
    extractor(doc)
    safety = [m for m in rels(doc) if m.object_id == "outcome:safety"]
    assert {(m.predicate, m.subject_id, m.object_text) for m in safety} == {
        ("AFFECTS", "cell:msc", "safe"), ("AFFECTS", "cell:msc", "well tolerated")}   # `safe dose` is no claim
    assert all(m.effect == "favorable" for m in safety)
    assert not [e for e in doc.ents if e.label_ == OUT]     # no entity row: the gold lists no such mention
    rows = relation_rows(doc, "test")
    assert {r["object_text"] for r in rows if r["object_id"] == "outcome:safety"} == {"safe", "well tolerated"}


def test_a_defined_primary_end_point_is_named_by_its_role_later(nlp, extractor):
    doc = make_doc(nlp, "A phase 3 trial of MSC-NTF cells", [(None,
        "Patients received MSC-NTF cells or placebo. The primary end point was the proportion of patients with an "
        "improvement in ALSFRS-R slope. MSC-NTF cells did not meet the primary end point (OR 1.3; p = 0.45).")],
        [("MSC-NTF cells", CELL, "cell:msc_ntf"), ("ALSFRS-R slope", OUT, "outcome:alsfrs_r")])
    extractor(doc)
    rows = [m for m in rels(doc, "AFFECTS") if m.object_id == "outcome:alsfrs_r"]
    by_text = {m.object_text: m.effect for m in rows}
    assert by_text.get("primary end point") == "null"        # judged by its role, in brackets: not significant
    assert by_text.get("ALSFRS-R slope", "unclear") == "unclear"   # the definition states no result
    assert not [e for e in doc.ents if e.text == "primary end point"]   # a relation object only


def test_primary_end_point_in_a_doc_without_sentences():
    # a Doc from a pipeline with no sentence splitter is one sentence, not an error
    import spacy
    from spacy.tokens import Span
    from pipeline.nlp.relations import argument_spans
    doc = spacy.blank("en")("The primary end point was survival . Cells did not meet the primary end point .")
    span = Span(doc, 5, 6, label=OUT)
    span._.concept_id = "outcome:survival"
    doc.ents = [span]
    assert [(s.text, s._.concept_id) for s in argument_spans(doc)] == [("survival", "outcome:survival")]


def test_name_says_what_the_cells_secrete(nlp, extractor):
    doc = make_doc(nlp, "Neurotrophic factor-secreting cells in motor neuron disease", [(None,
        "Patients received MSC-NTF cells by lumbar puncture.")],
        [("MSC-NTF cells", CELL, "cell:msc_ntf"), ("lumbar puncture", ROUTE, "route:intrathecal")])
    extractor(doc)
    assert ("SECRETES", "cell:msc_ntf", "factor:ntf") in keys(doc)
    assert ("ADMINISTERED_VIA", "cell:msc_ntf", "route:intrathecal") in keys(doc)


def test_factor_position_features(nlp):
    """A factor that is measured, one of a list, or merely given alongside the cells says so in
    its features (the scorer learns that these rarely make the factor the agent)."""
    doc = make_doc(nlp, "Grafts in a lesion model", [(None,
        "Grafted MSCs released higher levels of BDNF in the cord. "
        "Motor recovery was seen with NT-3, CNTF, GDNF and HGF in earlier reports. "
        "We delivered marrow cells and IGF-1 into the striatum.")],
        [("MSCs", CELL, "cell:msc"), ("BDNF", FACTOR, "factor:BDNF"),
         ("Motor recovery", OUT, "outcome:motor_function"), ("CNTF", FACTOR, "factor:CNTF"),
         ("marrow cells", CELL, "cell:bm_mnc"), ("IGF-1", FACTOR, "factor:IGF1")])
    feats = {(c.predicate, c.subj.text, c.obj.text): c.features for c in candidates(doc)}
    assert "SECRETES|factor_measured" in feats[("SECRETES", "MSCs", "BDNF")]
    assert "FACTOR_AFFECTS|factor_enumerated" in feats[("FACTOR_AFFECTS", "CNTF", "Motor recovery")]
    # merely coordinated with the cells, with no verb of secretion: gated out (see the next tests)
    assert ("SECRETES", "marrow cells", "IGF-1") not in feats
    assert "FACTOR_AFFECTS|factor_measured" not in feats.get(("FACTOR_AFFECTS", "CNTF", "Motor recovery"), {})


def test_dense_sentence_is_capped(nlp):
    cells = [f"C{i}-cells" for i in range(30)]
    outs = [f"marker{i}" for i in range(30)]
    text = "Values for " + ", ".join(f"{c} {o}" for c, o in zip(cells, outs)) + " were tabulated."
    # (a table of cell therapies: a document with no cell treatment has no AFFECTS candidate at all)
    doc = make_doc(nlp, "A flattened table of cell therapies", [(None, text)],
                   [(c, CELL, "cell:other") for c in cells] + [(o, OUT, "outcome:biomarker") for o in outs])
    assert len(doc.ents) == 60
    cands = [c for c in candidates(doc, max_subjects=4) if c.predicate == "AFFECTS"]
    assert len(cands) <= 30 * 4          # linear in the entities, not 30 x 30
    per_object = {}
    for c in cands:
        per_object[c.obj.start] = per_object.get(c.obj.start, 0) + 1
    assert max(per_object.values()) <= 4


def test_rows_follow_the_schema_and_pickle(nlp, extractor, tmp_path):
    doc = make_doc(nlp, "Intrathecal MSCs improve survival in ALS mice", [("RESULTS",
        "Intrathecal MSCs delayed disease onset in SOD1 mice.")],
        [("MSCs", CELL, "cell:msc"), ("Intrathecal", ROUTE, "route:intrathecal"),
         ("survival", OUT, "outcome:survival"), ("disease onset", OUT, "outcome:disease_onset")])
    extractor(doc)
    doc2 = pickle.loads(pickle.dumps(doc))
    rows = relation_rows(doc2, "test-1")
    assert rows and {r["predicate"] for r in rows} >= {"ADMINISTERED_VIA", "AFFECTS"}
    assert set(rows[0]) == set(RELATIONS.names)
    table = to_table(rows, RELATIONS)
    assert table.num_rows == len(rows)
    title_rows = [r for r in rows if r["section"] == "title"]
    assert title_rows and all(r["evidence"] == "Intrathecal MSCs improve survival in ALS mice" for r in title_rows)
    onset = next(r for r in rows if r["object_id"] == "outcome:disease_onset")
    assert onset["section"] == "results" and onset["effect"] == "favorable"
    assert onset["study_design"] == "animal" and onset["species"] == "mouse" and onset["year"] == 2021
    assert doc.text[onset["object_start"]:onset["object_end"]] == "disease onset"


@pytest.mark.parametrize("text, pubtypes, design, sp", [
    ("A randomized, double-blind, placebo-controlled trial of cells in 60 patients.", [], "rct", "human"),
    ("Cells were given to 12 patients in this open-label phase I trial.", [], "clinical_trial", "human"),
    ("We report a 45-year-old patient treated with stromal cells.", ["Case Reports"], "case_report", "human"),
    ("In this review we summarize cell therapy studies in mice and in patients.", [], "review", "mouse"),
    ("Cells were transplanted into SOD1 G93A mice.", [], "animal", "mouse"),
    ("Cells were injected into the spinal cord of Sprague-Dawley rats.", [], "animal", "rat"),
    ("Conditioned medium of cultured cells was analysed by ELISA in vitro.", [], "in_vitro", None),
    ("Anything at all.", ["Meta-Analysis", "Review"], "meta_analysis", None),
])
def test_study_design_and_species(text, pubtypes, design, sp):
    got = study_design(text, pubtypes)
    assert got == design
    assert species(text, got) == sp


def test_sections_labelled_and_unlabelled(nlp):
    # the title has no full stop: segments still cut it off at its newline
    def sections(doc):
        return [s.section for s in segments(doc)]

    doc = make_doc(nlp, "A title", [("BACKGROUND", "Motor neurons die."), ("METHODS", "We injected cells."),
                                    ("RESULTS", "Survival improved."), ("CONCLUSIONS", "Cells help.")], [])
    assert sections(doc) == ["title", "background", "methods", "results", "conclusions"]
    doc = make_doc(nlp, "Another title", [(None,
        "Motor neuron disease is fatal. We transplanted cells into mice. "
        "Survival was significantly longer in treated mice. In conclusion, cells help.")], [])
    assert sections(doc) == ["title", "background", "methods", "results", "conclusions"]


def test_generic_cell_mention_resolves_to_the_treatment_cell(nlp, extractor):
    # `stem cell-treated group` names no cell type: the relation belongs to the transplanted cells
    doc = make_doc(nlp, "Intra-arterial marrow mononuclear cells after stroke", [(None,
        "Patients received autologous bone marrow mononuclear cells intra-arterially. "
        "The stem cells group showed no adverse reactions during follow-up.")],
        [("bone marrow mononuclear cells", CELL, "cell:bm_mnc"), ("intra-arterially", ROUTE, "route:intraarterial"),
         ("stem cells", CELL, "cell:other"), ("adverse reactions", OUT, "outcome:safety")])
    extractor(doc)
    got = keys(doc)
    assert ("AFFECTS", "cell:bm_mnc", "outcome:safety") in got
    assert not any(k[1] == "cell:other" for k in got)
    (m,) = [m for m in rels(doc, "AFFECTS") if m.object_id == "outcome:safety"]
    assert m.resolved and m.effect == "favorable"


def test_documents_without_a_possible_pair_get_no_relations_and_no_context(nlp, extractor):
    doc = make_doc(nlp, "Motor neuron disease in a cohort", [(None,
        "Survival and forced vital capacity were recorded for every patient.")],
        [("Survival", OUT, "outcome:survival"), ("forced vital capacity", OUT, "outcome:respiratory_function")])
    extractor(doc)
    assert doc._.relations == [] and doc._.study_design is None


def test_calibration_maps_raw_scores_monotonically():
    import numpy as np
    from pipeline.nlp.relation_model import fit_platt
    rng = np.random.default_rng(0)
    z = rng.normal(size=400) * 3 + 2
    # an over-confident scorer: the true probability is sigmoid(z / 3)
    y = (rng.random(400) < 1 / (1 + np.exp(-z / 3))).astype(float)
    cal = fit_platt(z, y)
    assert 0.15 < cal["a"] < 0.6          # shrinks the over-confident scores
    m = RelationModel({"AFFECTS|bias": 1.0}, {}, {}, cal)
    low, high = RelationModel({"AFFECTS|bias": -1.0}, {}, {}, cal), m
    assert low.score({"AFFECTS|bias": 1.0}) < high.score({"AFFECTS|bias": 1.0})
    assert abs(m.score({"AFFECTS|bias": 1.0}) - 1 / (1 + np.exp(-(cal["a"] + cal["b"])))) < 1e-9


def test_shipped_model_is_calibrated_and_keeps_rows_more_likely_right_than_wrong():
    from pipeline.nlp.relation_model import CALIBRATED_THRESHOLD
    model = RelationModel.load(DEFAULT_MODEL)
    assert model.thresholds == {p: CALIBRATED_THRESHOLD for p in ("ADMINISTERED_VIA", "SECRETES", "AFFECTS",
                                                                   "FACTOR_AFFECTS")}
    assert CALIBRATED_THRESHOLD == 0.5
    assert model.calibration["a"] > 0 and "cv_end2end_candidate_f1" in model.meta


def test_shipped_model_is_what_litmine_train_relations_makes_from_the_project_files(tmp_path):
    """The scorer in models/ must be reproducible from the project's own files (the brief): its training
    candidates come from the entity pipeline, so a change of the rules calls for `litmine train relations`."""
    from pipeline.nlp.relation_model import DEV_CORPUS, train_relations
    if not (DEV_CORPUS / "gold.jsonl").exists():
        pytest.skip(f"{DEV_CORPUS} is absent (the ../shared corpora sit beside the checkout in CI)")
    train_relations(output=tmp_path)
    made = json.loads((tmp_path / "model.json").read_text())
    shipped = json.loads(Path(DEFAULT_MODEL).read_text())
    assert made["meta"] == shipped["meta"], "models/relations is stale: run `litmine train relations`"
    assert made["weights"].keys() == shipped["weights"].keys()
    assert max(abs(made["weights"][k] - shipped["weights"][k]) for k in made["weights"]) < 1e-6
    assert made["calibration"] == pytest.approx(shipped["calibration"], abs=1e-6)
    assert made["thresholds"] == shipped["thresholds"]


def _toy_training_docs(nlp):
    """Invented two-sentence documents: half state a result, half only name both entities."""
    from pipeline.nlp.relation_model import GoldDoc
    out = []
    for i in range(24):
        said = i % 2 == 0
        text = ("The MSCs improved survival in the mice." if said else
                "The MSCs were labelled before survival surgery in the mice.")
        doc = make_doc(nlp, "A study", [(None, text)], [("MSCs", CELL, "cell:msc"), ("survival", OUT, "outcome:survival")])
        doc._.pmid = str(1000 + i)
        gold = [{"predicate": "AFFECTS", "subject": "cell:msc", "object": "outcome:survival"}] if said else []
        out.append(GoldDoc(str(1000 + i), doc, gold, "toy/end2end"))
    return out


def test_cross_validation_keeps_the_calibrated_threshold_unless_asked_to_fit(nlp):
    from pipeline.nlp.relation_model import cross_validate
    docs = _toy_training_docs(nlp)
    cv = cross_validate(docs, folds=3, seed=0, threshold_seeds=1)
    assert set(cv.thresholds.values()) == {0.5}
    # the out-of-fold probabilities separate the stated results from the bare co-occurrences
    said = [p for k, p, _ in cv.scored if k[1] == "AFFECTS" and int(k[0]) % 2 == 0]
    bare = [p for k, p, _ in cv.scored if k[1] == "AFFECTS" and int(k[0]) % 2 == 1]
    assert said and bare and min(said) > max(bare)
    fitted = cross_validate(docs, folds=3, seed=0, threshold_seeds=1, fitted_thresholds=True)
    assert 0.3 <= fitted.thresholds["AFFECTS"] <= 0.9


def test_the_nested_threshold_check_counts_every_rule_on_held_out_documents(nlp):
    from pipeline.nlp.relation_model import threshold_check
    docs = _toy_training_docs(nlp)
    got = threshold_check(docs, seeds=[0], halvings=2, folds=3)
    assert {"calibrated 0.5", "fitted, smoothed +-0.1"} <= set(got)
    # each halving holds every document out once: the 12 stated results, counted once per halving
    for tp, fp, fn in got.values():
        assert tp + fn == 12 * 2


def test_own_relation_annotations_load_as_gold_without_stored_text(tmp_path):
    import json
    from pipeline.nlp import relation_gold
    from conftest import need_corpus
    corpus = need_corpus("msc-neuro-unlabeled")
    raw = relation_gold.DEFAULT_PATH.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    assert len({r["pmid"] for r in rows}) >= 20
    assert all(set(r) <= {"pmid", "predicate", "subject", "object", "effect", "negated", "hedged", "start", "end"}
               for r in rows)                       # offsets only: no text is stored
    gold, records = relation_gold.load(relation_gold.DEFAULT_PATH, corpus)
    assert set(gold) == set(records) == {r["pmid"] for r in rows}
    rel = gold[rows[0]["pmid"]]["relations"][0]
    assert rel["evidence"] and rel["evidence"] == rel["evidence"].strip()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(dict(rows[0], start=0, end=10 ** 7)) + "\n")
    with pytest.raises(ValueError, match="outside the text"):
        relation_gold.load(bad, corpus)
    bad.write_text(json.dumps(dict(rows[0], predicate="AFFECTS", object="route:intrathecal", effect="favorable")) + "\n")
    with pytest.raises(ValueError, match="not a OUTCOME concept"):
        relation_gold.load(bad, corpus)


def test_clause_index_agrees_with_clause_scope_on_every_pair():
    """The per-segment clause index (break positions bisected) gives exactly clause_scope."""
    sentences = [
        "although gdnf might protect motor neurons , mscs improved survival in mice , but not in rats .",
        "while the grafts survived ; treated mice , whereas controls declined , lived longer though weaker .",
        "mscs improved survival and motor function in sod1 mice .",
        "if cells were given early , however , the benefit , which was small , persisted",
    ]
    for s in sentences:
        toks = s.split()
        index = cues.ClauseIndex(toks)
        for lo in range(len(toks)):
            for hi in range(lo + 1, len(toks) + 1):
                assert index.scope(lo, hi) == cues.clause_scope(toks, lo, hi), (s, lo, hi)


def test_lazy_sections_match_sections_decided_up_front(nlp, extractor):
    """The component decides a segment's section only where pairs arise: the rows must be those
    of the scorer fed with every segment's section decided first."""
    doc = make_doc(nlp, "Marrow cells in a mouse model of motor neuron disease", [
        ("BACKGROUND", "Neurotrophic support may slow motor neuron loss."),
        ("METHODS", "SOD1 mice received MSCs intrathecally. Grip strength was measured weekly."),
        ("RESULTS", "MSCs secreted GDNF and improved grip strength. Survival was prolonged in treated mice."),
        ("CONCLUSIONS", "MSC transplantation delays disease progression.")],
        [("MSCs", CELL, "cell:msc"), ("intrathecally", ROUTE, "route:intrathecal"), ("GDNF", FACTOR, "factor:GDNF"),
         ("Grip strength", OUT, "outcome:motor_function"), ("grip strength", OUT, "outcome:motor_function"),
         ("Survival", OUT, "outcome:survival"), ("disease progression", OUT, "outcome:disease_progression"),
         ("MSC", CELL, "cell:msc")])
    from pipeline.nlp.relations import segments, token_view
    view = token_view(doc)
    lazy = segments(doc, view, needed=[])
    assert all(s.section == "" for s in lazy)
    up_front = {(c.predicate, c.subj.start, c.obj.start): (c.features, c.seg.section)
                for c in candidates(doc, view=view, segs=segments(doc, view))}
    lazily = {(c.predicate, c.subj.start, c.obj.start): (c.features, c.seg.section)
              for c in candidates(doc, view=view, segs=lazy)}
    assert lazily == up_front and len(up_front) >= 5
    extractor(doc)
    assert {m.section for m in doc._.relations} >= {"methods", "results"}
    assert ("SECRETES", "cell:msc", "factor:GDNF") in keys(doc)


def test_only_cells_named_for_secretion_make_a_cell_only_document_possible(nlp, extractor):
    plain = make_doc(nlp, "Expanding marrow stromal cells", [(None, "MSCs were expanded for three passages.")],
                     [("MSCs", CELL, "cell:msc")])
    extractor(plain)
    assert plain._.relations == [] and plain._.study_design is None
    named = make_doc(nlp, "Expanding GDNF-secreting MSCs", [(None, "GDNF-secreting MSCs were expanded.")],
                     [("GDNF-secreting MSCs", CELL, "cell:msc")])
    extractor(named)
    assert keys(named) == {("SECRETES", "cell:msc", "factor:GDNF")}


@pytest.mark.parametrize("sentence", [
    "MSCs are a rich source of HGF.", "HGF levels were higher in the supernatant of MSCs than of fibroblasts."])
def test_a_factor_found_where_the_cells_put_it_is_secreted(nlp, extractor, sentence):
    doc = make_doc(nlp, "Secretome", [(None, sentence)], [("MSCs", CELL, "cell:msc"), ("HGF", FACTOR, "factor:HGF")])
    extractor(doc)
    assert ("SECRETES", "cell:msc", "factor:HGF") in keys(doc)


@pytest.mark.parametrize("name, factor", [
    ("MSC-HGF", "factor:HGF"), ("BDNF-MSCs", "factor:BDNF"), ("VEGF-modified MSCs", "factor:VEGFA"),
    ("IGF-I-transfected MSCs", "factor:IGF1"), ("VEGF-primed MSCs", None),
])
def test_engineered_cells_named_for_their_factor_secrete_it(nlp, extractor, name, factor):
    doc = make_doc(nlp, "Engineered cells", [(None, f"{name} were expanded for three passages.")],
                   [(name, CELL, "cell:msc")])
    extractor(doc)
    assert keys(doc) == ({("SECRETES", "cell:msc", factor)} if factor else set())


def test_factor_in_a_parenthesised_marker_list_is_a_read_out(nlp):
    """`host genes (tenascin, caspase-3, bdnf and ngf)`: the factors are measured markers, no
    candidate for SECRETES or FACTOR_AFFECTS; a list of factors only still is one."""
    doc = make_doc(nlp, "Grafts in SOD1 rats", [(None,
        "Grafted MSCs normalised host gene expression (tenascin, caspase-3, bdnf and ngf) and preserved motor "
        "neurons. Grafted MSCs released three neurotrophins (BDNF, NGF and GDNF) into the medium.")],
        [("MSCs", CELL, "cell:msc"), ("bdnf", FACTOR, "factor:BDNF"), ("ngf", FACTOR, "factor:NGF"),
         ("motor neurons", OUT, "outcome:motor_neuron_survival"), ("BDNF", FACTOR, "factor:BDNF"),
         ("NGF", FACTOR, "factor:NGF"), ("GDNF", FACTOR, "factor:GDNF")])
    got = {(c.predicate, c.subj.text, c.obj.text) for c in candidates(doc)}
    assert not any(p == "FACTOR_AFFECTS" and s in ("bdnf", "ngf") for p, s, _ in got)
    assert not any(p == "SECRETES" and o in ("bdnf", "ngf") for p, _, o in got)
    assert {("SECRETES", "MSCs", "BDNF"), ("SECRETES", "MSCs", "GDNF")} <= got


def test_cells_delivered_together_with_a_factor_do_not_secrete_it(nlp):
    doc = make_doc(nlp, "Combined delivery after stroke", [(None,
        "Intranasal delivery of marrow stromal cells and VEGF improved recovery. "
        "Marrow stromal cells and VEGF-secreting grafts were compared; the marrow stromal cells released VEGF.")],
        [("marrow stromal cells", CELL, "cell:bm_msc"), ("Marrow stromal cells", CELL, "cell:bm_msc"),
         ("VEGF", FACTOR, "factor:VEGFA"), ("recovery", OUT, "outcome:motor_function")])
    secretes = [c for c in candidates(doc) if c.predicate == "SECRETES"]
    first_sentence_end = doc.text.index("recovery.")
    assert not any(c.obj.start_char < first_sentence_end for c in secretes)
    assert any(c.obj.start_char > doc.text.index("released") for c in secretes)
    # a verb that only brings about a change is no secretion
    for sentence in ("Combined delivery of marrow stromal cells and VEGF produced an additive increase in recovery.",
                     "Treatment with marrow stromal cells and VEGF did not induce adverse events."):
        doc = make_doc(nlp, "Combined delivery", [(None, sentence)],
                       [("marrow stromal cells", CELL, "cell:bm_msc"), ("VEGF", FACTOR, "factor:VEGFA"),
                        ("recovery", OUT, "outcome:motor_function"), ("adverse events", OUT, "outcome:safety")])
        assert not [c for c in candidates(doc) if c.predicate == "SECRETES"], sentence


def test_a_change_word_naming_the_outcomes_state_is_no_cue(nlp, extractor):
    doc = make_doc(nlp, "Intrathecal stromal cells protect the structure of altered perineuronal nets in SOD1 rats",
                   [(None, "Stromal cells were given intrathecally.")],
                   [("stromal cells", CELL, "cell:msc"), ("Stromal cells", CELL, "cell:msc"),
                    ("perineuronal nets", OUT, "outcome:other"), ("intrathecally", ROUTE, "route:intrathecal")])
    toks = [t.lower_ for t in doc]
    o = toks.index("perineuronal")
    got = cues.effect_in_scope(toks, (o, o + 2), cues.clause_scope(toks, o, o + 2), "perineuronal nets", "outcome:other")
    assert got.effect == "favorable" and got.cue.startswith("protect")
    toks = "msc grafts significantly altered motor function in treated rats".split()
    got = cues.effect_in_scope(toks, (4, 6), cues.clause_scope(toks, 4, 6), "motor function", "outcome:motor_function")
    assert got.effect == "unclear"      # a verb of change, not an adjective: still no direction


@pytest.mark.parametrize("sentence, outcome, concept, effect", [
    # a change or measure noun right after the outcome names the measure, it states no result
    ("The FVC slope change was similar in the grafted and sham groups.", "FVC slope", "outcome:respiratory_function",
     "null"),
    ("Quality-of-life measures showed a clear improvement at one year.", "Quality-of-life",
     "outcome:quality_of_life", "favorable"),
    # an adjectival participle of change anywhere in the clause is no cue for another outcome
    ("The grafts shielded the altered synapses and amended the course of the disease.", "course of the disease",
     "outcome:disease_progression", "favorable"),
    # ... while a measure noun alone, or a verb of change, still leaves the result unstated
    ("Grip strength testing was repeated every week.", "Grip strength", "outcome:muscle_strength", "unclear"),
    ("The grafts changed grip strength in the treated rats.", "grip strength", "outcome:muscle_strength", "unclear"),
    # `compared with` and `followed by` refer a result to its control or its cause: no measurement cue
    ("Grafted rats kept their rotarod performance, compared with sham rats.", "rotarod performance",
     "outcome:motor_function", "favorable"),
    ("Transplantation of the cells was followed by a clear functional recovery.", "functional recovery",
     "outcome:motor_function", "favorable"),
    ("Stroke rats were followed for eight weeks and rotarod performance was recorded.", "rotarod performance",
     "outcome:motor_function", "unclear"),
    # a clause that only names its topic (a title) states no result
    ("Effect of intranasal stromal cells on grip strength in aged mice", "grip strength",
     "outcome:muscle_strength", "unclear"),
    ("Intranasal stromal cells on grip strength in aged mice", "grip strength", "outcome:muscle_strength",
     "favorable"),
])
def test_measure_names_and_adjectives_are_no_cues(nlp, sentence, outcome, concept, effect):
    got = effect_of(nlp, sentence, outcome, concept)
    assert got.effect == effect, got


def test_native_cells_are_treatment_subjects_only_when_given(nlp, extractor):
    ents = [("Wharton's jelly stromal cells", CELL, "cell:wj_msc"), ("microglia", CELL, "cell:microglia"),
            ("regulatory T cells", CELL, "cell:treg"), ("survival", OUT, "outcome:survival"),
            ("motor function", OUT, "outcome:motor_function"), ("intravenously", ROUTE, "route:intravenous")]
    doc = make_doc(nlp, "Wharton's jelly stromal cells in SOD1 mice", [(None,
        "In untreated mice, activated microglia shortened survival. "
        "Expanded regulatory T cells were infused intravenously and improved motor function.")], ents)
    extractor(doc)
    subjects = {m.subject_id for m in doc._.relations if m.predicate in ("AFFECTS", "ADMINISTERED_VIA")}
    assert "cell:microglia" not in subjects             # a target of disease, not a therapy
    assert all(c.subj._.concept_id != "cell:microglia" for c in candidates(doc) if c.predicate == "AFFECTS")
    # the infused native cells stay candidates of both predicates
    given = {c.predicate for c in candidates(doc) if c.subj._.concept_id == "cell:treg"}
    assert {"AFFECTS", "ADMINISTERED_VIA"} <= given


def test_the_bodys_own_cells_named_without_a_concept_are_no_therapy(nlp, extractor):
    ents = [("Umbilical cord stromal cells", CELL, "cell:uc_msc"), ("glial cells", CELL, "cell:other"),
            ("fibroblasts", CELL, "cell:other"), ("Oxidative stress", OUT, "outcome:oxidative_stress"),
            ("Memory", OUT, "outcome:other")]
    doc = make_doc(nlp, "Umbilical cord stromal cells in dementia", [(None,
        "Oxidative stress kills neurons and glial cells. "
        "Memory improved after fibroblasts were transplanted.")], ents)
    cands = [c for c in candidates(doc) if c.predicate == "AFFECTS"]
    assert not any(c.subj.text == "glial cells" for c in cands)   # what the disease damages
    assert any(c.subj.text == "fibroblasts" for c in cands)       # given: a therapy like any other


def test_host_cells_do_not_block_the_antecedent(nlp, extractor):
    ents = [("umbilical cord stromal cells", CELL, "cell:uc_msc"), ("neural progenitor cells", CELL, "cell:nsc"),
            ("graft survival", OUT, "outcome:other")]
    doc = make_doc(nlp, "Grafts of umbilical cord stromal cells after spinal cord contusion", [(None,
        "Mice received umbilical cord stromal cells after the contusion. "
        "The grafted animals showed higher graft survival and recruitment of endogenous neural progenitor cells.")],
        ents)
    extractor(doc)
    cands = [c for c in candidates(doc) if c.predicate == "AFFECTS" and c.obj.text == "graft survival"]
    # the host's own progenitors are not the therapy: the outcome pairs with the antecedent graft
    assert any(c.resolved and c.subj._.concept_id == "cell:uc_msc" for c in cands)
    assert not any(c.subj._.concept_id == "cell:nsc" for c in cands)


def test_rows_carry_their_evidence_without_doc_text(nlp, extractor):
    doc = make_doc(nlp, "Bone marrow stromal cells for motor neuron disease", [(None,
        "Bone marrow stromal cells were injected intrathecally and prolonged survival.")],
        [("Bone marrow stromal cells", CELL, "cell:bm_msc"), ("intrathecally", ROUTE, "route:intrathecal"),
         ("survival", OUT, "outcome:survival")])
    extractor(doc)
    rows = relation_rows(doc, "test")
    assert rows and all(r["evidence"] == doc.text[r["evidence_start"]:r["evidence_end"]] for r in rows)
    assert all(m.evidence for m in doc._.relations)


def test_a_change_noun_after_a_bracketed_measure_is_its_name():
    toks = ["the", "decline", "of", "", "(", "", "[", "", "]", "slope", "change", ")", "was", "similar",
            "in", "both", "arms"]
    got = cues.effect_in_scope(toks, (3, 4), cues.clause_scope(toks, 3, 4), "respiratory function",
                               "outcome:respiratory_function")
    assert got.effect == "null", got


def test_hedge_index_agrees_with_hedge_in_scope():
    toks = ("the cells may improve survival ; it is thought to act , and we propose it helps the action potential"
            " , a potential benefit").split()
    index = cues.HedgeIndex(toks)
    for lo in range(len(toks)):
        for hi in range(lo, len(toks) + 1):
            assert index.any_in(lo, hi) == (cues.hedge_in_scope(toks, lo, hi) is not None), (lo, hi)


@pytest.mark.parametrize("background", [
    "Current therapies slow neither the decline of motor function nor the loss of weight.",
    "Available drugs offer only modest benefit and no effective treatment halts motor function decline.",
    "New strategies that improve motor function in these patients are urgently needed.",
    "Riluzole improves motor function only slightly.",
    "Despite intense efforts, the ability to restore motor function remains limited.",
])
def test_a_sentence_about_other_treatments_resolves_no_cell(nlp, extractor, background):
    ents = [("umbilical cord stromal cells", CELL, "cell:uc_msc"), ("motor function", OUT, "outcome:motor_function"),
            ("survival", OUT, "outcome:survival")]
    doc = make_doc(nlp, "Umbilical cord stromal cells in SOD1 mice", [(None,
        f"Mice received umbilical cord stromal cells. {background} The treated mice lived longer: survival rose.")],
        ents)
    extractor(doc)
    cands = [c for c in candidates(doc) if c.predicate == "AFFECTS"]
    # the outcome of the sentence about other treatments pairs with no antecedent cell ...
    assert not any(c.obj.text == "motor function" for c in cands)
    assert ("AFFECTS", "cell:uc_msc", "outcome:motor_function") not in keys(doc)
    # ... while the next sentence, which refers back to the cells, still does
    assert any(c.obj.text == "survival" and c.resolved and c.subj._.concept_id == "cell:uc_msc" for c in cands)


def test_a_native_cell_given_as_the_therapy_is_the_treatment_cell(nlp, extractor):
    ents = [("Regulatory T cells", CELL, "cell:treg"), ("Tregs", CELL, "cell:treg"),
            ("intravenously", ROUTE, "route:intravenous"), ("ALSFRS-R", OUT, "outcome:alsfrs_r"),
            ("motor neurons", CELL, "cell:motor_neuron"), ("microglia", CELL, "cell:microglia")]
    doc = make_doc(nlp, "Expanded regulatory T cells in amyotrophic lateral sclerosis", [(None,
        "Regulatory T cells were isolated from each patient. Tregs were expanded and infused intravenously. "
        "The decline in ALSFRS-R slowed during the infusion periods. Microglia after transplantation were "
        "counted near motor neurons.")], ents)
    extractor(doc)
    got = keys(doc)
    # the infused Tregs are this document's therapy: a route, and the outcome of a later sentence
    assert ("ADMINISTERED_VIA", "cell:treg", "route:intravenous") in got
    assert ("AFFECTS", "cell:treg", "outcome:alsfrs_r") in got
    # microglia named near `transplantation` but not as given stay what a therapy acts on
    from pipeline.nlp.relations import given_natives, token_view
    view = token_view(doc)
    assert given_natives(list(doc.ents), view, lambda e: e._.concept_id) == {"cell:treg"}


def test_a_second_subject_set_against_the_first_takes_its_own_clause(nlp, extractor):
    doc = make_doc(nlp, "Two factors in spinal cultures", [(None,
        "In glutamate-treated cultures BDNF reduced motor neuron death, whereas CNTF had no protective effect.")],
        [("BDNF", FACTOR, "factor:BDNF"), ("CNTF", FACTOR, "factor:CNTF"),
         ("motor neuron death", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    by_subj = {m.subject_id: m.effect for m in rels(doc, "FACTOR_AFFECTS")}
    assert by_subj == {"factor:BDNF": "favorable", "factor:CNTF": "null"}


@pytest.mark.parametrize("sentence, effects", [
    ("MSCs, but not bone marrow mononuclear cells, reduced the ALSFRS-R slope.",
     {"cell:msc": "favorable", "cell:bm_mnc": "null"}),
    ("Neither MSCs nor bone marrow mononuclear cells affected the ALSFRS-R slope.",
     {"cell:msc": "null", "cell:bm_mnc": "null"}),
    ("MSCs reduced the ALSFRS-R slope, whereas bone marrow mononuclear cells had no effect.",
     {"cell:msc": "favorable", "cell:bm_mnc": "null"}),
])
def test_a_subject_excluded_or_denied_left_the_outcome_unchanged(nlp, extractor, sentence, effects):
    doc = make_doc(nlp, "Two cell products in ALS", [(None, sentence)],
                   [("MSCs", CELL, "cell:msc"), ("bone marrow mononuclear cells", CELL, "cell:bm_mnc"),
                    ("ALSFRS-R slope", OUT, "outcome:alsfrs_r")])
    extractor(doc)
    got = {m.subject_id: (m.effect, m.negated) for m in rels(doc, "AFFECTS")}
    # SPEC: an outcome that did not change is effect null, never a negated relation
    assert got == {k: (v, False) for k, v in effects.items()}


def test_a_factor_measured_as_a_level_is_no_agent(nlp, extractor):
    doc = make_doc(nlp, "Biomarkers after cell therapy", [(None,
        "After the infusions, CSF levels of VEGF increased, whereas CSF neurofilament light chain decreased. "
        "In the mice, GDNF delivered to the muscle preserved neuromuscular junctions.")],
        [("VEGF", FACTOR, "factor:VEGFA"), ("neurofilament light chain", OUT, "outcome:biomarker"),
         ("GDNF", FACTOR, "factor:GDNF"), ("neuromuscular junctions", OUT, "outcome:neuromuscular")])
    extractor(doc)
    got = {(m.subject_id, m.object_id) for m in rels(doc, "FACTOR_AFFECTS")}
    assert ("factor:VEGFA", "outcome:biomarker") not in got
    assert ("factor:GDNF", "outcome:neuromuscular") in got


def test_factors_the_cells_were_cultured_with_are_not_secreted(nlp, extractor):
    doc = make_doc(nlp, "Inducing the cells", [(None,
        "The MSCs were induced to secrete neurotrophic factors in a medium containing forskolin and bFGF.")],
        [("MSCs", CELL, "cell:msc"), ("neurotrophic factors", FACTOR, "factor:ntf"), ("bFGF", FACTOR, "factor:FGF2")])
    extractor(doc)
    assert {m.object_id for m in rels(doc, "SECRETES")} == {"factor:ntf"}
    doc = make_doc(nlp, "Treating the cells", [(None,
        "BMSCs treated with IGF-1 showed less apoptosis, and BMSCs incubated with TNF-alpha released VEGF.")],
        [("BMSCs", CELL, "cell:bm_msc"), ("IGF-1", FACTOR, "factor:IGF1"), ("VEGF", FACTOR, "factor:VEGFA")])
    extractor(doc)
    assert {m.object_id for m in rels(doc, "SECRETES")} == {"factor:VEGFA"}
    # what the cells sense is not what they make
    for text in ("The MSCs express receptors for VEGF.", "The MSCs express TrkB and respond to VEGF.",
                 "The cells were produced by culturing MSCs with VEGF."):
        doc = make_doc(nlp, "Cells and VEGF", [(None, text)], [("MSCs", CELL, "cell:msc"), ("VEGF", FACTOR, "factor:VEGFA")])
        extractor(doc)
        assert not rels(doc, "SECRETES"), text


@pytest.mark.parametrize("sentence, outcome, concept, related", [
    ("Patients with a forced vital capacity above 70% received the MSCs.", "forced vital capacity",
     "outcome:respiratory_function", False),
    ("Patients with an ALSFRS-R score of at least 30 received the MSCs.", "ALSFRS-R score", "outcome:alsfrs_r", False),
    ("The MSCs raised the forced vital capacity by 10%.", "forced vital capacity", "outcome:respiratory_function", True),
    ("Patients with an ALSFRS-R score of 30 or more received the MSCs.", "ALSFRS-R score", "outcome:alsfrs_r", False),
    # a sentence on who took part: baseline values, exclusions, strata
    ("At baseline, the MSCs group had a mean ALSFRS-R score of 38.", "ALSFRS-R score", "outcome:alsfrs_r", False),
    ("Patients on the MSCs arm with tracheostomy were excluded.", "tracheostomy", "outcome:survival", False),
    ("The MSCs slowed the decline of ALSFRS-R from baseline.", "ALSFRS-R", "outcome:alsfrs_r", True),
    # the time before treatment is who took part too; a result measured against baseline is a result
    ("During the lead-in period before the MSCs, ALSFRS-R declined by 1.1 points per month.", "ALSFRS-R",
     "outcome:alsfrs_r", False),
    ("In the 6 months preceding MSCs treatment, ALSFRS-R declined by 9 points.", "ALSFRS-R", "outcome:alsfrs_r",
     False),
    ("Mean baseline ALSFRS-R was 38 in the MSCs group.", "ALSFRS-R", "outcome:alsfrs_r", False),
    ("ALSFRS-R increased from 32.1 at baseline to 35.4 after the MSCs.", "ALSFRS-R", "outcome:alsfrs_r", True),
    ("After the MSCs, ALSFRS-R was higher than at baseline.", "ALSFRS-R", "outcome:alsfrs_r", True),
    # a schedule of assessments from baseline on is what was measured
    ("After the MSCs, ALSFRS-R was assessed at baseline and every 3 months thereafter.", "ALSFRS-R",
     "outcome:alsfrs_r", True),
    ("After the MSCs, ALSFRS-R was assessed at baseline and at 4, 12 and 24 weeks.", "ALSFRS-R", "outcome:alsfrs_r",
     True),
    ("Baseline values of ALSFRS-R were 38 in the MSCs group.", "ALSFRS-R", "outcome:alsfrs_r", False),
    ("The MSCs improved ALSFRS-R, which returned to baseline values after 6 months.", "ALSFRS-R",
     "outcome:alsfrs_r", True),
    ("The MSCs improved ALSFRS-R, although a placebo effect cannot be excluded.", "ALSFRS-R", "outcome:alsfrs_r",
     True),
    ("The ALSFRS-R slope after the MSCs was flatter than during the lead-in period.", "ALSFRS-R",
     "outcome:alsfrs_r", True),
    ("The MSCs improved ALSFRS-R, although a placebo effect cannot be fully excluded.", "ALSFRS-R",
     "outcome:alsfrs_r", True),
    ("In a sensitivity analysis with the exclusion of two trials, the MSCs still improved ALSFRS-R.", "ALSFRS-R",
     "outcome:alsfrs_r", True),
    # a time after the end point is no threshold
    ("The MSCs slowed the decline in ALSFRS-R over 6 months (P = 0.02).", "ALSFRS-R", "outcome:alsfrs_r", True),
    ("The MSCs improved ALSFRS-R between 3 and 6 months.", "ALSFRS-R", "outcome:alsfrs_r", True),
    ("Patients with an ALSFRS-R between 30 and 40 received the MSCs.", "ALSFRS-R", "outcome:alsfrs_r", False),
    # an end point that says whom a result is about
    ("In patients with severe muscle weakness, the MSCs slowed ALSFRS-R decline.", "muscle weakness",
     "outcome:muscle_strength", False),
    ("Mice given the MSCs with improved motor function lived longer.", "motor function", "outcome:motor_function",
     True),
])
def test_an_end_point_with_a_threshold_is_who_was_enrolled(nlp, extractor, sentence, outcome, concept, related):
    doc = make_doc(nlp, "A trial", [(None, sentence)], [("MSCs", CELL, "cell:msc"), (outcome, OUT, concept)])
    extractor(doc)
    assert (("AFFECTS", "cell:msc", concept) in keys(doc)) == related


def test_native_cells_made_from_stem_cells_are_the_therapy(nlp, extractor):
    doc = make_doc(nlp, "Derived cells", [(None,
        "Astrocytes derived from embryonic stem cells were injected intrathecally and delayed disease onset. "
        "In the host, the grafted cells differentiated into neuron-like cells and improved motor function.")],
        [("Astrocytes", CELL, "cell:astrocyte"), ("embryonic stem cells", CELL, "cell:esc"),
         ("intrathecally", ROUTE, "route:intrathecal"), ("disease onset", OUT, "outcome:disease_onset"),
         ("neuron-like cells", CELL, "cell:neuron"), ("motor function", OUT, "outcome:motor_function")])
    extractor(doc)
    assert ("AFFECTS", "cell:astrocyte", "outcome:disease_onset") in keys(doc)
    # the stem cells they were made from are their source, not the therapy
    assert not any(m.subject_id == "cell:esc" for m in rels(doc))
    # what the graft became in the host is no therapy of its own
    assert not any(m.subject_id == "cell:neuron" for m in rels(doc))
    # native cells made from patients' cells are the disease model the therapy acts on
    doc = make_doc(nlp, "Stromal cells and patient cells", [(None,
        "ALS iPSC-derived motor neurons showed increased survival when co-cultured with MSCs.")],
        [("iPSC-derived motor neurons", CELL, "cell:motor_neuron"), ("MSCs", CELL, "cell:msc"),
         ("survival", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    assert not any(m.subject_id == "cell:motor_neuron" for m in rels(doc))


def test_statistics_after_another_coordinated_outcome_are_its_own(nlp, extractor):
    doc = make_doc(nlp, "Grafts in SOD1 mice", [(None,
        "The MSCs delayed disease onset and a trend toward longer survival was seen (p = 0.07).")],
        [("MSCs", CELL, "cell:msc"), ("disease onset", OUT, "outcome:disease_onset"), ("survival", OUT, "outcome:survival")])
    extractor(doc)
    assert {m.object_id: m.effect for m in rels(doc, "AFFECTS")} == {
        "outcome:disease_onset": "favorable", "outcome:survival": "null"}


def test_each_cell_secretes_its_own_factors_across_whereas(nlp, extractor):
    doc = make_doc(nlp, "Three sources", [(None,
        "The UC-MSCs secreted more HGF, whereas the AD-MSCs released more BDNF.")],
        [("UC-MSCs", CELL, "cell:uc_msc"), ("AD-MSCs", CELL, "cell:ad_msc"), ("HGF", FACTOR, "factor:HGF"),
         ("BDNF", FACTOR, "factor:BDNF")])
    extractor(doc)
    assert {(m.subject_id, m.object_id) for m in rels(doc, "SECRETES")} == {
        ("cell:uc_msc", "factor:HGF"), ("cell:ad_msc", "factor:BDNF")}


def test_factors_listed_as_measured_levels_are_no_agents(nlp, extractor):
    doc = make_doc(nlp, "Biomarkers", [(None,
        "After the infusions CSF levels of VEGF and HGF rose, while neurofilament light chain fell.")],
        [("VEGF", FACTOR, "factor:VEGFA"), ("HGF", FACTOR, "factor:HGF"),
         ("neurofilament light chain", OUT, "outcome:biomarker")])
    extractor(doc)
    assert not rels(doc, "FACTOR_AFFECTS")


def test_what_the_graft_became_is_no_antecedent(nlp, extractor):
    doc = make_doc(nlp, "Grafts in SOD1 rats", [(None,
        "Neural stem cells were grafted into the lumbar cord. The grafted cells differentiated mainly into astrocytes. "
        "Transplanted rats had a delayed onset of paralysis.")],
        [("Neural stem cells", CELL, "cell:nsc"), ("astrocytes", CELL, "cell:astrocyte"),
         ("onset of paralysis", OUT, "outcome:disease_onset")])
    extractor(doc)
    assert {(m.subject_id, m.object_id) for m in rels(doc, "AFFECTS")} == {("cell:nsc", "outcome:disease_onset")}


def test_a_long_list_of_measured_outcomes_states_no_result(nlp, extractor):
    doc = make_doc(nlp, "A trial", [(None,
        "Patients received MSCs. Outcomes included the ALSFRS-R, forced vital capacity, the Medical Research "
        "Council scale of muscle strength, body weight and serum cytokines.")],
        [("MSCs", CELL, "cell:msc"), ("ALSFRS-R", OUT, "outcome:alsfrs_r"),
         ("forced vital capacity", OUT, "outcome:respiratory_function"),
         ("Medical Research Council scale", OUT, "outcome:muscle_strength"), ("muscle strength", OUT, "outcome:muscle_strength"),
         ("body weight", OUT, "outcome:body_weight"),
         ("serum cytokines", OUT, "outcome:inflammation")])
    extractor(doc)
    got = {m.object_id: m.effect for m in rels(doc, "AFFECTS")}
    assert got and set(got.values()) == {"unclear"}, got


def test_native_cells_given_after_their_own_modifiers_are_the_therapy(nlp, extractor):
    doc = make_doc(nlp, "Engineered glia", [(None,
        "Astrocytes engineered to secrete GDNF were transplanted into the lumbar cord and preserved motor neurons. "
        "Microglia in the cord of the mice that were transplanted became activated.")],
        [("Astrocytes", CELL, "cell:astrocyte"), ("GDNF", FACTOR, "factor:GDNF"), ("into the lumbar cord", ROUTE,
         "route:intraspinal"), ("preserved motor neurons", OUT, "outcome:motor_neuron_survival"),
         ("Microglia", CELL, "cell:microglia")])
    extractor(doc)
    assert ("ADMINISTERED_VIA", "cell:astrocyte", "route:intraspinal") in keys(doc)
    assert not any(m.subject_id == "cell:microglia" for m in rels(doc))


def test_a_factors_result_is_not_carried_to_the_studys_cells(nlp, extractor):
    doc = make_doc(nlp, "Grafts in SOD1 mice", [(None,
        "SOD1 mice received intrathecal MSCs. GDNF has been shown to delay disease onset in such mice.")],
        [("MSCs", CELL, "cell:msc"), ("GDNF", FACTOR, "factor:GDNF"), ("disease onset", OUT, "outcome:disease_onset")])
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:disease_onset") not in keys(doc)
    assert ("FACTOR_AFFECTS", "factor:GDNF", "outcome:disease_onset") in keys(doc)
    # a sentence that refers back to the cells keeps them
    doc = make_doc(nlp, "Grafts in SOD1 mice", [(None,
        "SOD1 mice received intrathecal MSCs. Through GDNF, the cells delayed disease onset in these mice.")],
        [("MSCs", CELL, "cell:msc"), ("GDNF", FACTOR, "factor:GDNF"), ("disease onset", OUT, "outcome:disease_onset")])
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:disease_onset") in keys(doc)


@pytest.mark.parametrize("sentence, route, concept, related", [
    ("Mice received intraspinal MSCs and daily intraperitoneal injections of cyclosporine.", "intraperitoneal",
     "route:intraperitoneal", False),
    ("Patients received intrathecal MSCs or intravenous placebo.", "intravenous", "route:intravenous", False),
    ("Patients received intrathecal MSCs. G-CSF was given subcutaneously.", "subcutaneously",
     "route:subcutaneous", False),
    ("Patients received intrathecal injections of autologous MSCs.", "intrathecal", "route:intrathecal", True),
    ("MSCs or saline was administered intracerebrally.", "intracerebrally", "route:intracerebral", True),
])
def test_the_route_of_another_agent_is_not_the_cells(nlp, extractor, sentence, route, concept, related):
    doc = make_doc(nlp, "A trial", [(None, sentence)], [("MSCs", CELL, "cell:msc"), (route, ROUTE, concept)])
    extractor(doc)
    assert (("ADMINISTERED_VIA", "cell:msc", concept) in keys(doc)) == related


@pytest.mark.parametrize("second, route, concept, related", [
    ("Cyclosporine A (10 mg/kg) was given intraperitoneally daily.", "intraperitoneally", "route:intraperitoneal",
     False),
    ("BrdU was injected intraperitoneally to label dividing cells.", "intraperitoneally", "route:intraperitoneal",
     False),
    ("Control mice received an intrathecal injection of PBS.", "intrathecal", "route:intrathecal", False),
    ("The cells were suspended in PBS and injected intrathecally.", "intrathecally", "route:intrathecal", True),
])
def test_a_route_in_a_sentence_about_another_agent_is_not_the_cells(nlp, extractor, second, route, concept,
                                                                  related):
    doc = make_doc(nlp, "Stromal cells in SOD1 mice", [(None, "MSCs were given intravenously to SOD1 mice. " + second)],
                   [("MSCs", CELL, "cell:msc"), ("intravenously", ROUTE, "route:intravenous"), (route, ROUTE, concept)])
    extractor(doc)
    assert (("ADMINISTERED_VIA", "cell:msc", concept) in keys(doc)) == related


def test_statistics_in_brackets_do_not_stop_a_shared_harm_noun(nlp, extractor):
    doc = make_doc(nlp, "A trial", [(None, "MSCs slowed the decline in FVC (P = 0.18) and ALSFRS-R (P = 0.02).")],
                   [("MSCs", CELL, "cell:msc"), ("FVC", OUT, "outcome:respiratory_function"),
                    ("ALSFRS-R", OUT, "outcome:alsfrs_r")])
    extractor(doc)
    assert {m.effect for m in rels(doc) if m.object_id == "outcome:alsfrs_r"} == {"favorable"}


def test_what_the_cells_make_is_no_result_of_giving_them(nlp, extractor):
    ents = [("MSC secretome", CELL, "cell:msc_ev"), ("levels of IL-6", OUT, "outcome:inflammation"),
            ("MSCs", CELL, "cell:msc"), ("microglial activation", OUT, "outcome:inflammation")]
    doc = make_doc(nlp, "Secretome", [(None, "The MSC secretome contained high levels of IL-6.")], ents)
    extractor(doc)
    assert not any(m.predicate == "AFFECTS" for m in rels(doc))
    doc = make_doc(nlp, "Secretome", [(None, "MSCs secreted factors that reduced microglial activation.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:inflammation") in keys(doc)


def test_cells_taken_from_the_recipients_are_read_outs(nlp, extractor):
    doc = make_doc(nlp, "A trial", [(None, "Patients received intrathecal BM-MSCs. Peripheral blood mononuclear "
                                           "cells from treated patients showed reduced production of cytokines.")],
                   [("BM-MSCs", CELL, "cell:bm_msc"), ("Peripheral blood mononuclear cells", CELL, "cell:other"),
                    ("production of cytokines", OUT, "outcome:inflammation")])
    extractor(doc)
    assert not any(m.subject_id == "cell:other" for m in rels(doc))


def test_a_route_stated_plainly_is_kept_for_every_arm(nlp, extractor):
    doc = make_doc(nlp, "Umbilical cord MSCs in ALS", [(None,
        "UC-MSCs were injected intrathecally in cohort 1. BM-MSCs were injected intravenously in cohort 2.")],
        [("Umbilical cord MSCs", CELL, "cell:uc_msc"), ("UC-MSCs", CELL, "cell:uc_msc"), ("BM-MSCs", CELL, "cell:bm_msc"),
         ("intrathecally", ROUTE, "route:intrathecal"), ("intravenously", ROUTE, "route:intravenous")])
    extractor(doc)
    assert {("ADMINISTERED_VIA", "cell:uc_msc", "route:intrathecal"),
            ("ADMINISTERED_VIA", "cell:bm_msc", "route:intravenous")} <= keys(doc)


def test_the_cells_a_product_is_made_from_are_no_subject(nlp, extractor):
    doc = make_doc(nlp, "Grafts", [(None, "We generated NPCs from human iPSCs and grafted them into the spinal cord.")],
                   [("NPCs", CELL, "cell:nsc"), ("iPSCs", CELL, "cell:ipsc"),
                    ("into the spinal cord", ROUTE, "route:intraspinal")])
    extractor(doc)
    assert not any(m.subject_id == "cell:ipsc" for m in rels(doc))


def test_what_predicts_the_course_of_disease_is_no_result_of_the_cells(nlp, extractor):
    ents = [("MSCs", CELL, "cell:msc"), ("survival", OUT, "outcome:survival")]
    doc = make_doc(nlp, "A cohort", [(None, "Patients received intrathecal MSCs. "
                                            "Bulbar onset and older age predicted shorter survival.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") not in keys(doc)
    doc = make_doc(nlp, "A cohort", [(None, "Patients received intrathecal MSCs. "
                                            "After the treatment, survival was longer than predicted.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc)


def test_a_sentence_on_the_control_arm_alone_is_no_result_of_the_cells(nlp, extractor):
    ents = [("MSCs", CELL, "cell:msc"), ("ALSFRS-R", OUT, "outcome:alsfrs_r")]
    doc = make_doc(nlp, "A trial", [(None,
        "Patients received intrathecal MSCs. In the placebo group, ALSFRS-R declined by 1.2 points per month.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:alsfrs_r") not in keys(doc)
    doc = make_doc(nlp, "A trial", [(None,
        "Patients received intrathecal MSCs. ALSFRS-R declined less in the treated group than in the placebo group.")],
        ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:alsfrs_r") in keys(doc)


@pytest.mark.parametrize("sentence", [
    "Survival did not differ significantly from that of the placebo group.",
    "Survival was similar to that in the placebo group.",
    "The 12-month survival rate was 83% in the transplantation group and 59% in the control group.",
    "Survival increased in the observation group but not in the control group.",
    "Survival was 70% in the experimental group versus 45% in the placebo group.",
])
def test_a_treated_arm_named_by_its_label_is_compared_with_the_control(nlp, extractor, sentence):
    ents = [("MSCs", CELL, "cell:msc"), ("survival", OUT, "outcome:survival"), ("Survival", OUT, "outcome:survival")]
    doc = make_doc(nlp, "A trial", [(None, "Patients received intrathecal MSCs or placebo. " + sentence)], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc)


@pytest.mark.parametrize("sentence, effect", [
    ("The ALSFRS-R slope was -1.10 points/month before treatment and -0.45 points/month after treatment.",
     "favorable"),
    ("The rate of ALSFRS-R decline was 1.2 points per month during the run-in period and 0.6 points per month "
     "after transplantation.", "favorable"),
])
def test_slopes_before_and_after_treatment_are_a_result(nlp, extractor, sentence, effect):
    ents = [("MSCs", CELL, "cell:msc"), ("ALSFRS-R", OUT, "outcome:alsfrs_r")]
    doc = make_doc(nlp, "A trial", [(None, "Patients received intrathecal MSCs. " + sentence)], ents)
    extractor(doc)
    got = [m.effect for m in rels(doc, "AFFECTS") if m.object_id == "outcome:alsfrs_r"]
    assert effect in got, got


@pytest.mark.parametrize("sentence", [
    "Untreated SOD1-G93A rats showed marked astrogliosis.",
    "Non-transplanted SOD1 rats showed marked astrogliosis.",
    "Wild-type littermates showed no astrogliosis.",
    "Rats injected with vehicle showed marked astrogliosis.",
])
def test_a_sentence_on_untreated_or_wild_type_animals_is_no_result_of_the_cells(nlp, extractor, sentence):
    ents = [("stromal cells", CELL, "cell:msc"), ("astrogliosis", OUT, "outcome:inflammation")]
    doc = make_doc(nlp, "Stromal cells in SOD1 rats", [(None,
        "SOD1-G93A rats received stromal cells intravenously. " + sentence)], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:inflammation") not in keys(doc)
    doc = make_doc(nlp, "Stromal cells in SOD1 rats", [(None,
        "SOD1-G93A rats received stromal cells intravenously. "
        "Treated rats showed less astrogliosis than untreated SOD1-G93A rats.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:inflammation") in keys(doc)


def test_words_of_a_cell_name_are_no_effect_cues(nlp, extractor):
    # `induced` in `induced pluripotent stem cells` says nothing about safety
    doc = make_doc(nlp, "A review", [(None, "We summarise the safety of grafts of stromal cells and induced pluripotent "
                                            "stem cells in patients.")],
                   [("stromal cells", CELL, "cell:msc"), ("induced pluripotent stem cells", CELL, "cell:ipsc"),
                    ("safety", OUT, "outcome:safety")])
    extractor(doc)
    assert {m.subject_id: m.effect for m in rels(doc, "AFFECTS")}.get("cell:ipsc") in (None, "unclear")


def test_cells_used_to_model_the_disease_change_no_outcome(nlp, extractor):
    ents = [("induced pluripotent stem cells", CELL, "cell:ipsc"), ("motor neuron degeneration", OUT, "outcome:other")]
    doc = make_doc(nlp, "A review", [(None, "Patient induced pluripotent stem cells have been used to model motor "
                                            "neuron degeneration.")], ents)
    extractor(doc)
    assert not rels(doc, "AFFECTS")
    doc = make_doc(nlp, "A review", [(None, "Grafts of induced pluripotent stem cells slowed motor neuron degeneration.")],
                   ents)
    extractor(doc)
    assert ("AFFECTS", "cell:ipsc", "outcome:other") in keys(doc)


def test_both_arms_of_a_comparison_take_a_route_stated_for_both(nlp, extractor):
    ents = [("cord cells", CELL, "cell:uc_msc"), ("marrow cells", CELL, "cell:bm_msc"),
            ("tail vein", ROUTE, "route:intravenous")]
    doc = make_doc(nlp, "Two sources in SOD1 mice", [(None,
        "We compared cord cells and marrow cells in SOD1 mice. Both cell types were injected via the tail vein.")], ents)
    extractor(doc)
    assert {m.subject_id for m in rels(doc, "ADMINISTERED_VIA")} == {"cell:uc_msc", "cell:bm_msc"}
    # a plain plural anaphor right after the comparison takes in both too
    doc = make_doc(nlp, "Two sources in SOD1 mice", [(None,
        "We compared cord cells and marrow cells in SOD1 mice. The grafts were injected via the tail vein.")], ents)
    extractor(doc)
    assert {m.subject_id for m in rels(doc, "ADMINISTERED_VIA")} == {"cell:uc_msc", "cell:bm_msc"}
    # ... but not after a sentence that names two cells without setting them side by side as arms
    doc = make_doc(nlp, "Two sources in SOD1 mice", [(None,
        "Cord cells grew faster than marrow cells in culture. The grafts were injected via the tail vein.")], ents)
    extractor(doc)
    assert len({m.subject_id for m in rels(doc, "ADMINISTERED_VIA")}) == 1


@pytest.mark.parametrize("text, routes", [
    ("Rats were immunosuppressed with cyclosporine A given intraperitoneally and received stromal cells "
     "intravenously.", {"route:intravenous"}),
    ("The stromal cells were grafted into the lumbar cord; cyclosporine A (10 mg/kg, i.p.) was given daily.",
     {"route:intraspinal"}),
    ("Rats were anesthetized by intraperitoneal injection of chloral hydrate and stromal cells were injected into "
     "the lumbar cord.", {"route:intraspinal"}),
    ("Rats received intraperitoneal injections of stromal cells.", {"route:intraperitoneal"}),
    ("The stromal cells were injected into the lumbar cord after intravenous hydrocortisone premedication.",
     {"route:intraspinal"}),
    ("Rats received intraperitoneal lithium and stromal cells intravenously.", {"route:intravenous"}),
])
def test_the_route_of_a_drug_or_an_anaesthetic_is_not_the_cells(nlp, extractor, text, routes):
    ents = [("stromal cells", CELL, "cell:msc"), ("intraperitoneally", ROUTE, "route:intraperitoneal"),
            ("intraperitoneal", ROUTE, "route:intraperitoneal"), ("i.p.", ROUTE, "route:intraperitoneal"),
            ("intravenously", ROUTE, "route:intravenous"), ("into the lumbar cord", ROUTE, "route:intraspinal")]
    doc = make_doc(nlp, "Stromal cells in SOD1 rats", [("METHODS", text)], ents)
    extractor(doc)
    assert {m.object_id for m in rels(doc, "ADMINISTERED_VIA")} == routes


def test_a_benefit_abolished_by_blocking_the_factor_is_still_a_benefit(nlp, extractor):
    # a loss-of-function experiment shows what the factor (and the cells through it) did: favorable
    doc = make_doc(nlp, "Stromal cells in SOD1 rats", [(None,
        "SOD1 rats received stromal cells intrathecally. The survival benefit was abolished by anti-HGF antibodies.")],
        [("stromal cells", CELL, "cell:msc"), ("survival benefit", OUT, "outcome:survival"), ("HGF", FACTOR, "factor:HGF")])
    extractor(doc)
    effects = {m.effect for m in rels(doc) if m.object_id == "outcome:survival"}
    assert effects and effects <= {"favorable"}


def test_a_factor_level_that_changed_beside_an_outcome_is_no_agent(nlp, extractor):
    ents = [("stromal cells", CELL, "cell:msc"), ("neurofilament light", OUT, "outcome:biomarker"),
            ("HGF", FACTOR, "factor:HGF"), ("LIF", FACTOR, "factor:LIF")]
    doc = make_doc(nlp, "Stromal cells in ALS", [(None,
        "Patients received stromal cells intrathecally. CSF neurofilament light decreased, whereas HGF and LIF "
        "increased after each injection.")], ents)
    extractor(doc)
    assert not rels(doc, "FACTOR_AFFECTS")
    # a factor that acts on an outcome is still its agent
    doc = make_doc(nlp, "HGF in ALS", [(None, "HGF increased motor neuron survival in culture.")],
                   [("HGF", FACTOR, "factor:HGF"), ("motor neuron survival", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    assert ("FACTOR_AFFECTS", "factor:HGF", "outcome:motor_neuron_survival") in keys(doc)


@pytest.mark.parametrize("sentence", [
    "After the grafts, GDNF expression increased in the spinal cord and motor neuron loss was reduced.",
    "In grafted mice, GDNF mRNA was upregulated and motor neuron loss was attenuated.",
])
def test_a_factor_expressed_in_tissue_beside_an_outcome_is_no_agent(nlp, extractor, sentence):
    ents = [("stromal cells", CELL, "cell:msc"), ("GDNF", FACTOR, "factor:GDNF"),
            ("motor neuron loss", OUT, "outcome:motor_neuron_survival")]
    doc = make_doc(nlp, "Stromal cells in SOD1 mice", [(None, "Mice received stromal cells. " + sentence)], ents)
    extractor(doc)
    assert not rels(doc, "FACTOR_AFFECTS")
    # expression delivered as the therapy, with no change verb of its own, is the agent
    doc = make_doc(nlp, "AAV-GDNF in SOD1 mice", [(None,
        "We observed robust intraspinal GDNF expression and reduced motor neuron loss after AAV-GDNF delivery.")],
        [("GDNF", FACTOR, "factor:GDNF"), ("motor neuron loss", OUT, "outcome:motor_neuron_survival")])
    extractor(doc)
    assert ("FACTOR_AFFECTS", "factor:GDNF", "outcome:motor_neuron_survival") in keys(doc)


@pytest.mark.parametrize("sentence, outcome, concept", [
    ("Two patients discontinued because of rapid disease progression.", "disease progression",
     "outcome:disease_progression"),
    ("One patient withdrew due to worsening respiratory function.", "respiratory function",
     "outcome:respiratory_function"),
    ("Patients were censored at tracheostomy.", "tracheostomy", "outcome:survival"),
    ("Missing ALSFRS-R data were imputed.", "ALSFRS-R", "outcome:alsfrs_r"),
    ("Plasma NfL, a biomarker of disease progression, decreased.", "disease progression",
     "outcome:disease_progression"),
])
def test_reasons_for_leaving_rules_of_analysis_and_what_a_marker_stands_for_are_no_results(
        nlp, extractor, sentence, outcome, concept):
    doc = make_doc(nlp, "A trial", [(None, "Patients received intrathecal MSCs. " + sentence)],
                   [("MSCs", CELL, "cell:msc"), (outcome, OUT, concept)])
    extractor(doc)
    assert ("AFFECTS", "cell:msc", concept) not in keys(doc)


def test_a_factor_named_before_is_not_the_agent_of_the_cells_result(nlp, extractor):
    ents = [("MSCs", CELL, "cell:msc"), ("GDNF", FACTOR, "factor:GDNF"), ("VEGF", FACTOR, "factor:VEGFA"),
            ("survival", OUT, "outcome:survival")]
    doc = make_doc(nlp, "GDNF and VEGF secretion by MSCs in SOD1 mice", [(None,
        "MSCs secreted GDNF and VEGF in vitro. After intrathecal transplantation, MSCs prolonged survival.")], ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc)
    assert not rels(doc, "FACTOR_AFFECTS"), [(m.subject_id, m.object_id) for m in rels(doc, "FACTOR_AFFECTS")]


@pytest.mark.parametrize("sentence, effect", [
    ("VEGF deficiency causes motor neuron degeneration.", "favorable"),
    ("Withdrawal of VEGF increased motor neuron degeneration.", "favorable"),
    ("Mice lacking VEGF showed accelerated motor neuron degeneration.", "favorable"),
    ("VEGF increased motor neuron degeneration.", "unfavorable"),
])
def test_what_a_factors_absence_does_shows_what_the_factor_does(nlp, extractor, sentence, effect):
    doc = make_doc(nlp, "VEGF in ALS", [(None, sentence)], [("VEGF", FACTOR, "factor:VEGFA"),
                                                            ("motor neuron degeneration", OUT,
                                                             "outcome:motor_neuron_survival")])
    extractor(doc)
    got = [m.effect for m in rels(doc, "FACTOR_AFFECTS")]
    assert got == [effect], got


@pytest.mark.parametrize("sentence, effects", [
    # the cells named only in the second clause: each outcome keeps its own clause's verdict
    ("Survival was prolonged, but onset was not delayed in MSC-treated mice.",
     {"outcome:survival": "favorable", "outcome:disease_onset": "null"}),
    ("FVC did not change, whereas ALSFRS-R improved after MSC injection.",
     {"outcome:respiratory_function": "null", "outcome:alsfrs_r": "favorable"}),
])
def test_a_contrast_that_names_the_cells_once_keeps_each_clauses_verdict(nlp, extractor, sentence, effects):
    ents = [("MSC", CELL, "cell:msc"), ("Survival", OUT, "outcome:survival"), ("onset", OUT, "outcome:disease_onset"),
            ("FVC", OUT, "outcome:respiratory_function"), ("ALSFRS-R", OUT, "outcome:alsfrs_r")]
    doc = make_doc(nlp, "MSCs in ALS", [(None, sentence)], ents)
    extractor(doc)
    got = {m.object_id: m.effect for m in rels(doc, "AFFECTS")}
    assert got == effects, got


@pytest.mark.parametrize("sentence, effect", [
    ("FVC remained unchanged in MSC-treated patients, whereas it declined by 15% in the placebo group.", "favorable"),
    ("FVC did not decline in the MSC group, whereas the placebo group lost 20%.", "favorable"),
    ("FVC did not change in the MSC group, whereas it also did not change in the placebo group.", "null"),
])
def test_no_decline_where_the_control_declined_is_the_benefit(nlp, extractor, sentence, effect):
    doc = make_doc(nlp, "MSCs in ALS", [(None, sentence)], [("MSC", CELL, "cell:msc"),
                                                           ("FVC", OUT, "outcome:respiratory_function")])
    extractor(doc)
    assert [m.effect for m in rels(doc, "AFFECTS")] == [effect]


def test_an_arm_denied_with_a_preposition_left_the_outcome_unchanged(nlp, extractor):
    # SPEC: an outcome that did not change is effect null (not a negated relation)
    doc = make_doc(nlp, "Two cell products", [("RESULTS",
        "Survival improved with cord cells but not with marrow cells.")],
        [("cord cells", CELL, "cell:uc_msc"), ("marrow cells", CELL, "cell:bm_mnc"), ("Survival", OUT, "outcome:survival")])
    extractor(doc)
    got = {m.subject_id: (m.effect, m.negated) for m in rels(doc, "AFFECTS")}
    assert got.get("cell:uc_msc") == ("favorable", False) and got.get("cell:bm_mnc") == ("null", False)


def test_the_lineages_cells_differentiate_into_take_no_results(nlp, extractor):
    doc = make_doc(nlp, "Cord stromal cells in ALS", [(None,
        "Patients received cord stromal cells intrathecally. The cells were positive for CD73 and differentiated "
        "into osteoblasts, adipocytes and chondrocytes. No dose-limiting toxicity occurred.")],
        [("cord stromal cells", CELL, "cell:uc_msc"), ("osteoblasts", CELL, "cell:other"),
         ("adipocytes", CELL, "cell:other"), ("chondrocytes", CELL, "cell:other"),
         ("dose-limiting toxicity", OUT, "outcome:safety")])
    extractor(doc)
    assert {m.subject_id for m in rels(doc, "AFFECTS")} == {"cell:uc_msc"}


def test_a_sentence_on_how_the_product_was_made_is_no_antecedent(nlp, extractor):
    ents = [("induced cells", CELL, "cell:msc_ntf"), ("marrow stromal cells", CELL, "cell:bm_msc"),
            ("well tolerated", OUT, "outcome:safety")]
    doc = make_doc(nlp, "Induced cells in ALS", [(None,
        "Participants were randomized to intrathecal induced cells or placebo. Autologous marrow stromal cells were "
        "isolated from each participant and cultured for three weeks. Treatment was well tolerated.")], ents)
    extractor(doc)
    assert {m.subject_id for m in rels(doc, "AFFECTS")} == {"cell:msc_ntf"}


def test_each_participant_is_no_anaphor_for_both_arms(nlp, extractor):
    # (`each cell type`, `each group` would be: `each dose` is one dose of the one product)
    ents = [("Marrow mononuclear cells", CELL, "cell:bm_mnc"), ("stromal cells", CELL, "cell:msc"),
            ("lumbar puncture", ROUTE, "route:intrathecal")]
    doc = make_doc(nlp, "A trial in ALS", [(None,
        "Marrow mononuclear cells were isolated and stromal cells were expanded. Each dose was delivered by lumbar "
        "puncture.")], ents)
    extractor(doc)
    assert len({m.subject_id for m in rels(doc, "ADMINISTERED_VIA")}) == 1


@pytest.mark.parametrize("sentence", [
    "Lower numbers of circulating regulatory T cells correlated with shorter survival.",
    "Older patients had shorter survival, which was associated with bulbar onset.",
    "M1 microglia accelerate the loss of spinal motor neurons and shorten survival.",
    "In the standard care group, survival was 20 months.",
    "Tacrolimus was stopped in two patients because it shortened survival.",
])
def test_sentences_on_other_actors_give_the_graft_no_result(nlp, extractor, sentence):
    ents = [("stromal cells", CELL, "cell:msc"), ("regulatory T cells", CELL, "cell:treg"),
            ("microglia", CELL, "cell:microglia"), ("survival", OUT, "outcome:survival")]
    doc = make_doc(nlp, "Stromal cells in ALS", [(None, "Patients received stromal cells intrathecally. " + sentence)],
                   ents)
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") not in keys(doc)


def test_percent_of_predicted_is_a_unit_not_a_prognosis(nlp, extractor):
    doc = make_doc(nlp, "Stromal cells in ALS", [(None, "Patients received stromal cells intrathecally. "
                                                       "FVC was 78% of predicted at baseline and 71% at 12 months.")],
                   [("stromal cells", CELL, "cell:msc"), ("FVC", OUT, "outcome:respiratory_function")])
    extractor(doc)
    assert ("AFFECTS", "cell:msc", "outcome:respiratory_function") in keys(doc)


def test_a_factor_trial_speaks_of_its_factor_without_naming_it(nlp, extractor):
    ents = [("brain-derived neurotrophic factor", FACTOR, "factor:BDNF"), ("BDNF", FACTOR, "factor:BDNF"),
            ("ALSFRS-R", OUT, "outcome:alsfrs_r"), ("Survival", OUT, "outcome:survival"),
            ("motor neurons", CELL, "cell:motor_neuron")]
    text = ("BDNF supports motor neurons in culture. We ran a placebo-controlled trial of intrathecal recombinant "
            "BDNF in 30 patients. Patients received daily infusions for 12 weeks. Injection sites were checked "
            "weekly. The decline in ALSFRS-R did not differ between groups. Survival was not prolonged.")
    doc = make_doc(nlp, "Intrathecal brain-derived neurotrophic factor in motor neuron disease", [(None, text)], ents)
    extractor(doc)
    assert {("FACTOR_AFFECTS", "factor:BDNF", "outcome:alsfrs_r"),
            ("FACTOR_AFFECTS", "factor:BDNF", "outcome:survival")} <= keys(doc)
    # cells named only in the background do not make it a study of cells
    doc = make_doc(nlp, "Intrathecal brain-derived neurotrophic factor in motor neuron disease", [(None,
        "Unlike the transplantation of MSCs, recombinant BDNF is simple to give. " + text)],
        ents + [("MSCs", CELL, "cell:msc")])
    extractor(doc)
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:survival") in keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") not in keys(doc)
    # a study of cells is not a study of the factor: its results stay with the cells
    doc = make_doc(nlp, "Intrathecal stem cells in motor neuron disease", [(None, text.replace(
        "intrathecal recombinant BDNF", "intrathecal MSCs releasing BDNF"))], ents + [("MSCs", CELL, "cell:msc")])
    extractor(doc)
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:survival") not in keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc)


@pytest.fixture(scope="module")
def full_nlp():
    """The shipped pipeline, entities and all: cue wording checked from text to relation rows."""
    from pipeline.nlp.build import build_nlp
    return build_nlp()


@pytest.mark.parametrize("sentence, concept, effect", [
    # a verdict clause with a trailing `so`
    ("The ALSFRS-R decline was slower in treated patients, though not significantly so.", "outcome:alsfrs_r", "null"),
    ("MSC transplantation was insufficient to prolong survival.", "outcome:survival", "null"),
    # harms the study denies were caused by the treatment
    ("Three adverse events occurred, none of which were considered related to the cells.", "outcome:safety",
     "favorable"),
    ("Two serious adverse events occurred and were considered related to the procedure.", "outcome:safety",
     "unfavorable"),
    # less of a harm, said with the noun of the change
    ("The MSC group showed a greater reduction in spasticity than the control group.", "outcome:other", "favorable"),
    ("Pooled analysis showed a significant reduction in infarct volume.", "outcome:other", "favorable"),
])
def test_effects_said_around_the_cue_word(full_nlp, sentence, concept, effect):
    doc = full_nlp("Intrathecal BM-MSCs in neurological disease\nPatients received intrathecal BM-MSCs. " + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == concept}
    assert got == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


def test_how_arms_were_matched_is_no_result(full_nlp):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. Treated patients were matched for "
              "age, sex, baseline ALSFRS-R and diagnostic delay with historical controls.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. Compared with controls matched for "
              "age, treated patients had a slower decline in FVC.")
    assert ("outcome:respiratory_function", "favorable") in {(m.object_id, m.effect) for m in doc._.relations}


def test_an_impersonal_proposal_is_hedged(full_nlp):
    doc = full_nlp("MSCs in ALS\nIt is thought that MSCs act mainly through the secretion of GDNF.")
    assert [m.hedged for m in doc._.relations if m.predicate == "SECRETES"] == [True]


@pytest.mark.parametrize("sentence, concept, effect", [
    # `shorter` lowers what it names: worse for survival, better for a latency or a toxic protein
    ("Treated rats showed a shorter escape latency in the Morris water maze.", "outcome:other", "favorable"),
    ("MSCs shortened survival.", "outcome:survival", "unfavorable"),
    ("Levels of phosphorylated TDP-43 were reduced in MSC-treated mice.", "outcome:other", "favorable"),
])
def test_less_of_what_should_be_low_is_the_benefit(full_nlp, sentence, concept, effect):
    doc = full_nlp("Intrathecal BM-MSCs in neurological disease\nAnimals received intrathecal BM-MSCs. " + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == concept
           and "maze" not in m.object_text}
    assert got == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("sentence", [
    "Patients with an NIHSS score of 6-20 received intravenous BM-MSCs.",
    "Patients with an EDSS score of 2.0-6.0 received intravenous BM-MSCs.",
    "Children with GMFCS levels III-V received intravenous BM-MSCs.",
    "Patients with complete injury (ASIA Impairment Scale grade A or B) received intravenous BM-MSCs.",
])
def test_a_range_of_a_scale_says_who_was_eligible(full_nlp, sentence):
    doc = full_nlp("Intravenous BM-MSCs in neurological disease\n" + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], [(m.object_text, m.effect) for m in doc._.relations]
    # a rate given as a range is a result
    doc = full_nlp("Intravenous BM-MSCs in ALS\nBM-MSCs reduced the ALSFRS-R decline rate of 0.5-1.0 points per month.")
    assert [m.effect for m in doc._.relations if m.object_id == "outcome:alsfrs_r"] == ["favorable"]


@pytest.mark.parametrize("sentence, effect", [
    ("Grip strength improved in both groups, but the improvement was significantly greater in the MSC group.",
     "favorable"),
    ("FVC declined in both groups, but more slowly in the MSC group.", "favorable"),
    ("FVC improved in both groups, but more in the placebo group.", "unfavorable"),
    ("FVC declined in both groups.", "null"),
])
def test_a_change_in_both_arms_larger_in_one_is_that_arms_result(full_nlp, sentence, effect):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs or placebo. " + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id in (
        "outcome:muscle_strength", "outcome:respiratory_function") and m.evidence.endswith(sentence)}
    assert got == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("sentence, concept, effect", [
    ("MSC-treated mice lost body weight more slowly.", "outcome:body_weight", "favorable"),
    ("MSC-treated mice lost body weight.", "outcome:body_weight", "unfavorable"),
    ("Disease worsening was slower in the MSC group.", "outcome:disease_progression", "favorable"),
    ("MSC treatment delayed ALS onset by 10 days.", "outcome:disease_onset", "favorable"),
])
def test_losses_worsening_and_onset_said_in_other_words(full_nlp, sentence, concept, effect):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nSubjects received intrathecal BM-MSCs. " + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == concept}
    assert got == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("sentence", [
    "ALSFRS-R remained stable for 6 months and then declined.",
    "ALSFRS-R improved at 3 months but subsequently deteriorated.",
    "ALSFRS-R scores improved for 3 months before declining.",
])
def test_a_gain_followed_by_decline_is_still_a_gain(full_nlp, sentence):
    """(the lead, s29) a benefit that did not last is favorable, not SPEC's mixed (a result that went both ways)."""
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:alsfrs_r"} == {"favorable"}


def test_harms_at_similar_rates_in_both_arms_are_no_difference(full_nlp):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs or placebo. Adverse events "
                   "occurred at similar rates in both arms.")
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:safety"} == {"null"}


def test_a_factor_of_the_body_is_not_the_cells_of_the_sentence_before(full_nlp):
    # a sentence that names no cells credits the antecedent cells with a factor only by a secretion word
    doc = full_nlp("Intrathecal MSCs for ALS\nPatients received intrathecal MSCs. GDNF expression is increased in the "
                   "muscle of ALS patients.")
    assert not [m for m in doc._.relations if m.predicate == "SECRETES"]
    doc = full_nlp("MSCs for ALS\nMSCs were cultured for five days. They secreted BDNF into the culture medium.")
    assert ("cell:msc", "factor:BDNF") in {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "SECRETES"}


def test_a_route_before_a_dose_and_the_cells_is_theirs(full_nlp):
    doc = full_nlp("Wharton's jelly MSCs in SOD1 mice\nMice received a single intracerebroventricular injection of "
                   "5 × 10^5 WJ-MSCs.")
    assert ("cell:wj_msc", "route:intracerebroventricular") in {
        (m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}


def test_a_sentence_naming_no_cells_gives_its_route_to_something_else(full_nlp):
    doc = full_nlp("Intrathecal MSCs in ALS\nPatients received MSCs. Scopolamine was injected intraperitoneally to "
                   "induce memory deficits. Cells were injected intravenously.")
    routes = {m.object_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert "route:intraperitoneal" not in routes and "route:intravenous" in routes


def test_a_route_before_each_of_two_cells_is_that_cells_own(full_nlp):
    doc = full_nlp("Two MSC sources in SOD1 mice\nMice received intravenous BM-MSCs or intrathecal UC-MSCs.")
    assert {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"} == {
        ("cell:bm_msc", "route:intravenous"), ("cell:uc_msc", "route:intrathecal")}
    # one route before two coordinated cells is both cells'
    doc = full_nlp("MSCs in ALS\nPatients received intrathecal autologous BM-MSCs and MSC-NTF cells.")
    assert {m.subject_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"} == {"cell:bm_msc", "cell:msc_ntf"}


@pytest.mark.parametrize("sentence, effect", [
    ("Headache was the most common adverse event.", "unfavorable"),
    ("Eight patients experienced adverse events.", "unfavorable"),
    ("No patient experienced serious adverse events.", "favorable"),
])
def test_harms_patients_had_are_unfavorable(full_nlp, sentence, effect):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:safety"} == {effect}


def test_the_history_before_treatment_is_no_result(full_nlp):
    doc = full_nlp("WJ-MSCs in ALS\nA patient received intrathecal WJ-MSCs. Before treatment, his ALSFRS-R score had "
                   "declined by 6 points.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]
    doc = full_nlp("WJ-MSCs in ALS\nA patient received intrathecal WJ-MSCs. Before treatment the ALSFRS-R declined by "
                   "1.2 points/month and after treatment by 0.4 points/month.")
    assert [m for m in doc._.relations if m.object_id == "outcome:alsfrs_r"]   # the two periods compared: a result


@pytest.mark.parametrize("sentence", [
    "Survival was slightly but not significantly longer in treated mice.",
    "MSCs slightly, but non-significantly, extended survival.",
])
def test_a_change_called_not_significant_in_the_same_breath_is_null(full_nlp, sentence):
    doc = full_nlp("BM-MSCs in SOD1 mice\nMice received intrathecal BM-MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:survival"} == {"null"}


@pytest.mark.parametrize("sentence, concept, effect", [
    ("UPDRS motor scores were reduced after treatment.", "outcome:other", "favorable"),
    ("ALSAQ-40 scores decreased after treatment.", "outcome:quality_of_life", "favorable"),
])
def test_scales_that_rise_with_the_disease(full_nlp, sentence, concept, effect):
    doc = full_nlp("BM-MSCs in neurodegeneration\nPatients received intrathecal BM-MSCs. " + sentence)
    # (the title names its topic, `neurodegeneration` (outcome:other), with no result: unclear, not this test's)
    assert {m.effect for m in doc._.relations if m.object_id == concept and m.section != "title"} == {effect}, [
        (m.object_text, m.effect) for m in doc._.relations]


@pytest.mark.parametrize("sentence, outcome", [
    ("MSC treatment increased spinal BDNF and reduced motor neuron loss.", "outcome:motor_neuron_survival"),
    ("Transplanted mice showed increased BDNF, reduced astrogliosis and delayed onset.", "outcome:inflammation"),
])
def test_a_factor_that_changed_beside_an_outcome_did_not_change_it(full_nlp, sentence, outcome):
    doc = full_nlp("BM-MSCs in SOD1 mice\nSOD1 mice received intrathecal BM-MSCs. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]
    assert outcome in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}


def test_what_the_disease_model_does_of_itself_is_no_result(full_nlp):
    doc = full_nlp("BM-MSCs in SOD1 mice\nBM-MSCs were injected into SOD1G93A mice, a model that recapitulates "
                   "motor neuron loss and muscle denervation. In this model, paralysis begins at 90 days.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], [(m.object_text, m.effect) for m in doc._.relations]
    doc = full_nlp("BM-MSCs in SOD1 mice\nSOD1G93A mice received BM-MSCs. MSCs reduced motor neuron loss.")
    assert "outcome:motor_neuron_survival" in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}


def test_what_other_drugs_do_is_not_the_cells_doing(full_nlp):
    doc = full_nlp("Intrathecal MSCs in ALS\nPatients received intrathecal MSCs. Masitinib slows ALSFRS-R decline in "
                   "ALS. Non-invasive ventilation prolongs survival.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


def test_a_long_and_short_form_are_one_subject_in_a_list(full_nlp):
    # six factor mentions, three factors: the cap counts concepts, so the farthest factor is still a candidate
    doc = full_nlp("Neurotrophic factors in spinal cord injury\nGrowth factors (brain-derived neurotrophic factor, BDNF; "
                   "neurotrophin-3, NT-3; or glial cell line-derived neurotrophic factor, GDNF) improved motor "
                   "performance in injured rats.")
    from pipeline.nlp.relations import concept_of
    got = {concept_of(c.subj) for c in candidates(doc, max_subjects=3) if c.predicate == "FACTOR_AFFECTS"}
    assert got == {"factor:BDNF", "factor:NTF3", "factor:GDNF"}, got


@pytest.mark.parametrize("sentence, effect", [
    ("Gastrostomy was performed in two patients.", "unfavorable"),
    ("No patient required gastrostomy.", "favorable"),
])
def test_a_late_event_done_in_the_passive_happened(full_nlp, sentence, effect):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"
            and m.object_text.lower() == "gastrostomy"} == {effect}


def test_a_harm_that_progressed_is_unfavorable(full_nlp):
    doc = full_nlp("Intrathecal BM-MSCs in ALS\nPatients received intrathecal BM-MSCs. Muscle atrophy progressed.")
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:neuromuscular"} == {"unfavorable"}


@pytest.mark.parametrize("sentence", [
    "Serum BDNF levels were not associated with respiratory function.",
    "No association was found between serum VEGF and survival.",
])
def test_a_link_denied_between_a_marker_and_an_outcome_is_no_result_of_the_cells(full_nlp, sentence):
    doc = full_nlp("Intrathecal MSCs in ALS\nPatients received intrathecal MSCs. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], [(m.object_text, m.effect) for m in doc._.relations]


@pytest.mark.parametrize("sentence, factor", [
    ("MSCs carrying the NT-3 gene were transplanted into the spinal cord.", "factor:NTF3"),
    ("GDNF-transgenic MSCs were transplanted into the spinal cord.", "factor:GDNF"),
])
def test_cells_carrying_a_factors_gene_secrete_it(full_nlp, sentence, factor):
    doc = full_nlp("Engineered MSCs in SOD1 mice\n" + sentence)
    assert ("cell:msc", factor) in {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "SECRETES"}


def test_the_short_form_of_a_products_source_cells_is_no_subject(full_nlp):
    doc = full_nlp("Wharton's jelly MSC secretome in ALS\nConditioned medium from Wharton's jelly MSCs (WJ-MSCs) "
                   "increased motor neuron survival in vitro.")
    assert {m.subject_id for m in doc._.relations if m.predicate == "AFFECTS"} == {"cell:msc_ev"}


@pytest.mark.parametrize("sentence", [
    "MSC-treated mice showed a slower decline in motor function and lived longer than controls.",
    "MSC-treated mice showed a slower loss of motor function and survived longer.",
])
def test_a_slower_decline_and_a_longer_life_are_both_favorable(full_nlp, sentence):
    doc = full_nlp("Intrathecal MSCs in SOD1 mice\n" + sentence)
    got = {m.object_id: m.effect for m in doc._.relations if m.predicate == "AFFECTS"}
    assert got == {"outcome:motor_function": "favorable", "outcome:survival": "favorable"}, got


@pytest.mark.parametrize("sentence, outcome", [
    ("MSC transplantation did not, however, delay disease onset.", "outcome:disease_onset"),
    ("The cells did not, however, slow the decline in ALSFRS-R scores.", "outcome:alsfrs_r"),
])
def test_a_negation_before_a_comma_aside_still_denies_the_verb(full_nlp, sentence, outcome):
    doc = full_nlp("Intrathecal MSCs in ALS\nPatients received intrathecal MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.object_id == outcome} == {"null"}


@pytest.mark.parametrize("sentence, expected", [
    ("GDNF promoted motor neuron survival, whereas VEGF enhanced angiogenesis.",
     {("factor:GDNF", "outcome:motor_neuron_survival"), ("factor:VEGFA", "outcome:other")}),
    ("BM-MSCs improved grip strength, whereas UC-MSCs prolonged survival.",
     {("cell:bm_msc", "outcome:muscle_strength"), ("cell:uc_msc", "outcome:survival")}),
])
def test_contrasted_clauses_keep_each_agent_to_its_own_outcome(full_nlp, sentence, expected):
    doc = full_nlp("Intrathecal MSCs in SOD1 mice\n" + sentence)
    got = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate in ("AFFECTS", "FACTOR_AFFECTS")}
    assert got == expected


@pytest.mark.parametrize("sentence, expected", [
    ("BM-MSCs and NSCs were administered intrathecally and intraspinally, respectively.",
     {("cell:bm_msc", "route:intrathecal"), ("cell:nsc", "route:intraspinal")}),
    ("Exosomes were administered intranasally, whereas MSCs were injected intravenously.",
     {("cell:msc_ev", "route:intranasal"), ("cell:msc", "route:intravenous")}),
    ("Patients received BM-MNCs intrathecally and MSCs intravenously.",
     {("cell:bm_mnc", "route:intrathecal"), ("cell:msc", "route:intravenous")}),
])
def test_each_cell_keeps_its_own_route(full_nlp, sentence, expected):
    doc = full_nlp("Cell therapy in ALS\n" + sentence)
    assert {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"} == expected



@pytest.mark.parametrize("sentence, expected", [
    ("LPS was injected intraperitoneally, and MSC-EVs were given intranasally.", {"route:intranasal"}),
    ("EAE was induced by subcutaneous immunization with MOG peptide, and MSCs were injected intravenously.",
     {"route:intravenous"}),
    ("CSF was obtained by lumbar puncture before and 1 month after intravenous MSC transplantation.",
     {"route:intravenous"}),
])
def test_routes_of_model_agents_and_of_sampling_are_not_the_cells(full_nlp, sentence, expected):
    doc = full_nlp("Cell therapy in neurological disease\n" + sentence)
    assert {m.object_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"} == expected


@pytest.mark.parametrize("sentence", [
    "MSCs reduced mechanical allodynia.",
    "CARS scores decreased after MSC transplantation.",
    "Length of hospital stay was shorter in the MSC group.",
    "MSCs decreased hematoma volume.",
])
def test_less_of_a_pain_mood_or_damage_read_out_is_favorable(full_nlp, sentence):
    doc = full_nlp("MSC therapy\nPatients received intravenous MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"} == {"favorable"}


def test_the_cells_after_a_comparison_take_in_every_arm(full_nlp):
    doc = full_nlp("Two MSC sources in SOD1 mice\nWe compared bone marrow MSCs (BM-MSCs) and adipose-derived MSCs "
                   "(AD-MSCs) in SOD1 mice. The cells were injected intravenously. Treated mice showed a delay in "
                   "disease onset.")
    got = {(m.predicate, m.subject_id) for m in doc._.relations}
    assert {("ADMINISTERED_VIA", "cell:bm_msc"), ("ADMINISTERED_VIA", "cell:ad_msc"),
            ("AFFECTS", "cell:bm_msc"), ("AFFECTS", "cell:ad_msc")} <= got, got


def test_both_after_a_later_single_cell_sentence_still_takes_in_every_arm(full_nlp):
    doc = full_nlp("Two MSC sources in SOD1 mice\nBM-MSCs and UC-MSCs were compared in SOD1 mice. UC-MSCs "
                   "secreted more GDNF in vitro. Both cell types were injected intrathecally.")
    assert {m.subject_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"} == {"cell:bm_msc", "cell:uc_msc"}


# a trial abstract's opening, after which a sentence is read for its effect
UC_TRIAL = "Intrathecal UC-MSCs in ALS\nPatients received intrathecal UC-MSCs. "


@pytest.mark.parametrize("sentence, effect", [
    ("UC-MSCs had a favorable safety profile.", "favorable"),
    ("None of the patients had treatment-related adverse events.", "favorable"),
    ("ALSFRS-R declined at a slower rate in the treated patients.", "favorable"),
    ("FVC declined significantly less in treated patients.", "favorable"),
    ("Patients showed a decrease in ALSFRS-R score.", "unfavorable"),
])
def test_trial_result_wordings_take_their_effect(full_nlp, sentence, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.evidence.endswith(sentence)}
    assert got == {effect}, got


@pytest.mark.parametrize("sentences, effect", [
    ("ALSFRS-R improved in the treated patients. However, this difference was not statistically significant.", "null"),
    ("Grip strength improved without reaching statistical significance.", "null"),
    ("Survival analysis revealed no significant difference between groups.", "null"),
    ("ALSFRS-R showed no between-group difference.", "null"),
    ("The trial met its primary end point of ALSFRS-R change.", "favorable"),
])
def test_significance_verdicts_and_end_points_met(full_nlp, sentences, effect):
    doc = full_nlp(UC_TRIAL + sentences)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"} == {effect}


def test_every_named_factor_of_a_list_shares_the_outcome(full_nlp):
    doc = full_nlp("Mesenchymal stem cells for ALS: a review\nMSCs are a promising therapy for ALS. Neurotrophic "
                   "factors such as GDNF, BDNF, IGF-1 and VEGF support motor neuron survival.")
    got = {m.subject_id for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"
           and m.object_id == "outcome:motor_neuron_survival"}
    assert got == {"factor:GDNF", "factor:BDNF", "factor:IGF1", "factor:VEGFA"}


def test_members_of_a_composite_survival_end_point_take_its_effect(full_nlp):
    doc = full_nlp("Intrathecal UC-MSCs in ALS\nPatients received intrathecal UC-MSCs. Survival free of tracheostomy or "
                   "permanent assisted ventilation was longer in the treated group.")
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:survival"} == {"favorable"}


@pytest.mark.parametrize("sentence", [
    "Patients with bulbar onset had shorter survival.",
    "Survival was shorter in older patients.",
])
def test_who_fares_worse_by_nature_is_no_result_of_the_cells(full_nlp, sentence):
    doc = full_nlp("MSCs in ALS\nMSCs have been tested in ALS. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


@pytest.mark.parametrize("sentence, outcome", [
    ("Evidence on survival was insufficient.", "outcome:survival"),
    ("The quality of evidence for FVC was low.", "outcome:respiratory_function"),
])
def test_an_appraisal_of_the_evidence_is_unclear(full_nlp, sentence, outcome):
    doc = full_nlp(UC_TRIAL + sentence)
    assert {m.effect for m in doc._.relations if m.object_id == outcome} == {"unclear"}


def test_a_question_states_no_result(full_nlp):
    doc = full_nlp("Do mesenchymal stem cells improve survival in ALS?\nMSCs have been tested in several trials.")
    assert {m.effect for m in doc._.relations if m.object_id == "outcome:survival"} == {"unclear"}


@pytest.mark.parametrize("sentence", ["Lithium alone did not prolong survival.",
                                      "Rehabilitation alone improved motor function."])
def test_a_combinations_single_other_agent_is_not_the_cells(full_nlp, sentence):
    doc = full_nlp("MSCs plus lithium in SOD1 mice\nMice received intrathecal MSCs combined with lithium. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


def test_these_factors_go_to_the_factors_named_before_not_the_cells(full_nlp):
    doc = full_nlp("AD-MSCs in SOD1 mice\nAD-MSCs were injected intravenously. AD-MSCs secreted GDNF and VEGF. These "
                   "factors also delayed disease onset.")
    got = {(m.predicate, m.subject_id) for m in doc._.relations if m.object_id == "outcome:disease_onset"}
    assert got == {("FACTOR_AFFECTS", "factor:GDNF"), ("FACTOR_AFFECTS", "factor:VEGFA")}


def test_an_in_vitro_product_experiment_does_not_take_the_animals_results(full_nlp):
    doc = full_nlp("Intrathecal MSCs in SOD1 mice\nSOD1-G93A mice received intrathecal injections of human MSCs. In vitro, "
                   "MSC-conditioned medium protected motor neurons from oxidative stress. Treated mice showed delayed "
                   "disease onset and prolonged survival.")
    got = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "AFFECTS"}
    assert {("cell:msc", "outcome:disease_onset"), ("cell:msc", "outcome:survival")} <= got, got
    assert ("cell:msc_ev", "outcome:disease_onset") not in got


@pytest.mark.parametrize("sentence", ["FVC returned to pretreatment levels by month 6.",
                                      "The mean ALSFRS-R score before transplantation was 35.4."])
def test_a_return_to_baseline_or_a_baseline_value_states_no_benefit(full_nlp, sentence):
    doc = full_nlp("Intrathecal MSCs in ALS\nPatients received intrathecal MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"} == {"unclear"}


@pytest.mark.parametrize("sentence, factor, effect", [
    ("Unlike GDNF, BDNF failed to preserve motor neurons.", "factor:GDNF", "favorable"),
    ("GDNF improved motor function, unlike BDNF.", "factor:BDNF", "null"),
])
def test_an_agent_set_against_the_clause_has_the_other_result(full_nlp, sentence, factor, effect):
    doc = full_nlp("GDNF and BDNF in SOD1 mice\n" + sentence)
    assert {m.effect for m in doc._.relations if m.subject_id == factor} == {effect}


@pytest.mark.parametrize("sentence, concept", [
    ("After NSC grafting, the rats showed reduced apomorphine-induced rotational behavior.", "outcome:motor_function"),
    ("MSC transplantation reduced forelimb asymmetry in parkinsonian rats.", "outcome:motor_function"),
    ("Patients reported fewer freezing attacks after BM-MSC implantation.", "outcome:motor_function"),
    ("MSC treatment reduced tremor and bradykinesia in patients with Parkinson's disease.", "outcome:motor_function"),
])
def test_less_of_a_parkinsonian_motor_sign_is_a_benefit(full_nlp, sentence, concept):
    doc = full_nlp("Stem cells in Parkinson's disease\n" + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == concept}
    assert got == {"favorable"}, got


@pytest.mark.parametrize("sentence, kept", [
    # (immune rejection, like tumorigenicity, is safety: a risk that limits the therapy is an unfavorable safety
    # result, as the msc-neuro gold records for this wording)
    ("Although MSC therapy can reduce lesion volume, its application is limited by a low survival rate "
     "and immune rejection.", {"outcome:other", "outcome:safety"}),
    ("However, the use of NSCs is hampered by poor survival and inflammation at the lesion site.", set()),
    ("Although limited by the small sample size, this study showed that MSCs improved BBB scores.",
     {"outcome:motor_function"}),
])
def test_what_limits_a_therapy_is_no_outcome_it_changed(full_nlp, sentence, kept):
    doc = full_nlp("Stem cells for spinal cord injury\n" + sentence)
    got = {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}
    assert got == kept, got


@pytest.mark.parametrize("text, outcome", [
    # where the factor lies is no result: a place (`at`, `the sites of`), also before a short form
    ("AAV-GDNF in muscle\nTransgenic GDNF was concentrated at the sites of neuromuscular junctions (NMJs) in the "
     "injected muscle.", "outcome:neuromuscular"),
    ("AAV-BDNF in muscle\nBDNF immunoreactivity accumulated near neuromuscular junctions.", "outcome:neuromuscular"),
    # a factor named as a tissue read-out, measured beside the outcome with no word of change
    ("VEGF in SOD1 rats\nVEGF expression in the spinal cord and motor performance were assessed at 90 days.",
     "outcome:motor_function"),
    # the gene therapy's vehicle, in a sentence that names no factor and no treatment given
    ("Intramuscular AAV-GDNF in SOD1 mice\nLentiviral vectors have been developed as a gene delivery system with an "
     "excellent safety profile.", "outcome:safety"),
])
def test_factor_places_read_outs_and_vehicles_are_no_factor_results(full_nlp, text, outcome):
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome]


@pytest.mark.parametrize("text, outcome, effect", [
    ("AAV-GDNF in SOD1 mice\nGDNF expression in muscle delayed disease onset in SOD1 mice.", "outcome:disease_onset",
     "favorable"),
    ("VEGF in SOD1 rats\nTreatment with VEGF reduced motor neuron loss at end stage.", "outcome:motor_neuron_survival",
     "favorable"),
])
def test_a_factor_that_acts_keeps_its_result(full_nlp, text, outcome, effect):
    doc = full_nlp(text)
    got = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome}
    assert got == {effect}, got


@pytest.mark.parametrize("sentence", [
    "This study supports intramuscular AAV-IGF-1 delivery to protect motor neurons as a possible means of ALS treatment.",
    "These data support GDNF gene transfer to slow disease progression as a potential therapy for ALS.",
])
def test_a_result_offered_as_a_possible_means_is_hedged(full_nlp, sentence):
    doc = full_nlp("AAV vectors in SOD1 mice\n" + sentence)
    got = {m.hedged for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}
    assert got == {True}, got


@pytest.mark.parametrize("text, predicate", [
    # a stated result, then what it recommends: the result itself is no proposal
    ("GDNF in SOD1 mice\nGDNF delayed disease onset in SOD1 mice, which supports GDNF as a potential therapy for "
     "ALS.", "FACTOR_AFFECTS"),
    ("MSCs in SOD1 mice\nMSC transplantation prolonged survival, highlighting MSCs as a possible treatment for ALS.",
     "AFFECTS"),
])
def test_a_stated_result_recommended_as_a_potential_therapy_is_not_hedged(full_nlp, text, predicate):
    doc = full_nlp(text)
    got = {m.hedged for m in doc._.relations if m.predicate == predicate}
    assert got == {False}, got


@pytest.mark.parametrize("word", ["promoter", "enhancer"])
def test_a_gene_control_region_is_no_effect_cue(word):
    from pipeline.nlp import cues
    assert cues.cue_kind(word, True) is None and cues.cue_kind(word, False) is None
    assert cues.cue_kind("promoted", False) == ("favorable", 0.0)


@pytest.mark.parametrize("sentence", [
    "Higher GDNF expression in muscle was associated with slower progression.",
    "Serum VEGF was inversely associated with the rate of ALSFRS-R decline.",
    "Reduced VEGF expression predicted earlier disease onset.",
    "BDNF may serve as a prognostic biomarker of survival.",
    "Motor neuron loss was accompanied by reduced GDNF immunoreactivity.",
    "Elevated GDNF in muscle reflects denervation.",
    "Decreased NGF in the spinal cord paralleled motor neuron loss.",
    "IGF-1 deficiency is associated with motor neuron degeneration.",
])
def test_a_factor_level_linked_to_the_disease_course_affects_nothing(full_nlp, sentence):
    # biomarker and natural-history studies: a measured factor that goes with, predicts or mirrors an end
    # point is a marker, not an agent (the gold gives such sentences no FACTOR_AFFECTS)
    doc = full_nlp("Neurotrophic factors in ALS\nWe measured neurotrophic factors in patients with ALS. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]


@pytest.mark.parametrize("sentence, outcome", [
    ("IGF-1 treatment was associated with improved motor function.", "outcome:motor_function"),
    ("GDNF promoted motor neuron survival, accompanied by preserved neuromuscular junctions.",
     "outcome:neuromuscular"),
])
def test_a_factor_given_or_acting_first_keeps_its_linked_result(full_nlp, sentence, outcome):
    doc = full_nlp("Neurotrophic factors in SOD1 mice\n" + sentence)
    assert outcome in {m.object_id for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


@pytest.mark.parametrize("sentence", [
    "The number of engrafted UC-MSCs correlated with motor performance.",
    "Higher numbers of surviving MSCs were associated with better motor function.",
])
def test_cells_counted_beside_an_end_point_are_no_treatment_effect(full_nlp, sentence):
    doc = full_nlp("UC-MSCs in SOD1 mice\nSOD1 mice received intrathecal UC-MSCs. " + sentence)
    assert "outcome:motor_function" not in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}


@pytest.mark.parametrize("sentence", [
    "Lithium did not improve survival in a large phase 3 trial.",
    "Antisense oligonucleotides targeting SOD1 delayed disease onset in transgenic mice.",
    "Intravenous immunoglobulin improved muscle strength in two patients.",
    "Treatment with minocycline worsened ALSFRS-R scores.",
    "Ceftriaxone failed to prolong survival.",
])
def test_another_als_drug_named_as_agent_is_not_the_cells(full_nlp, sentence):
    doc = full_nlp("Intrathecal UC-MSCs in ALS\nPatients received intrathecal UC-MSCs. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


SOD1_MSC = "MSCs in SOD1 mice\nBone marrow MSCs were transplanted into SOD1G93A mice. "


@pytest.mark.parametrize("sentence, outcome, effect", [
    # next to no effect is no effect
    ("MSC treatment had little effect on body weight.", "outcome:body_weight", "null"),
    ("MSC treatment had minimal effects on motor function.", "outcome:motor_function", "null"),
    # a change of no stated direction
    ("Changes in inflammatory cytokine levels were noted after MSC transplantation.", "outcome:inflammation", "unclear"),
    # one arm's value, no comparison
    ("Mean survival in the MSC group was 142 ± 6 days.", "outcome:survival", "unclear"),
    ("Motor neuron counts in MSC-treated mice were 45 ± 6 per section.", "outcome:motor_neuron_survival", "unclear"),
    ("The MSC-treated group had a mean survival of 135 days.", "outcome:survival", "unclear"),
    # both arms' values, each with its spread: the longer survival is the benefit
    ("Mean survival was 142 ± 6 days in the MSC group and 128 ± 5 days in the vehicle group.", "outcome:survival",
     "favorable"),
    # an aim over coordinated outcomes: the last one shares the `effect of ... on`
    ("Our aim is to evaluate the effect of MSCs delivered intravenously to SOD1 mice on motor deficits and survival.",
     "outcome:survival", "unclear"),
    # harms: an earlier onset, a tumour formed, a drawback that limits the cells' use
    ("MSC-treated mice displayed earlier disease onset.", "outcome:disease_onset", "unfavorable"),
    ("MSC grafts induced tumor formation in two mice.", "outcome:other", "unfavorable"),
    ("The clinical use of MSCs is limited by tumorigenicity.", "outcome:safety", "unfavorable"),
])
def test_preclinical_effect_wordings(full_nlp, sentence, outcome, effect):
    doc = full_nlp(SOD1_MSC + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert got == {effect}, got


# ADMINISTERED_VIA: whose route it is (invented texts)
@pytest.mark.parametrize("text, present, absent", [
    # the generic name of the graft yields to its source-specific name in one sentence
    ("Umbilical cord cells in ALS\nEach patient received mesenchymal stem cells as two intrathecal injections of "
     "Wharton's jelly MSCs.", ("cell:wj_msc", "route:intrathecal"), ("cell:msc", "route:intrathecal")),
    # the source cells of a conditioned medium are not what was injected
    ("Secreted products in ALS mice\nConditioned medium collected from bone marrow MSCs was injected intravenously "
     "into SOD1 mice.", ("cell:msc_ev", "route:intravenous"), ("cell:bm_msc", "route:intravenous")),
    # a drug named right before its route is what that route gives
    ("Mobilized cells in ALS\nPatients received G-CSF subcutaneously for five days to mobilize peripheral blood "
     "stem cells, which were then given intrathecally.", ("cell:hsc", "route:intrathecal"),
     ("cell:hsc", "route:subcutaneous")),
    # a tracer labels native neurons; the next sentence's graft does not make them given
    ("Neural grafts in ALS rats\nFluoro-Gold was injected intraperitoneally to label motor neurons. Transplanted "
     "NSCs were grafted into the lumbar spinal cord.", ("cell:nsc", "route:intraspinal"),
     ("cell:motor_neuron", "route:intraperitoneal")),
    # `intralesionally` in a spinal cord injury study is into the cord
    ("Stromal cells after spinal cord contusion\nBM-MSCs were injected intralesionally seven days after spinal cord "
     "contusion.", ("cell:bm_msc", "route:intraspinal"), ("cell:bm_msc", "route:other")),
])
def test_whose_route_it_is(full_nlp, text, present, absent):
    got = {(m.subject_id, m.object_id) for m in full_nlp(text)._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert present in got
    assert absent not in got


REVIEW = "Mesenchymal stem cells in ALS: a review\n"


@pytest.mark.parametrize("sentence, factors", [
    # one cell mention secretes each member of the list it names, not only the nearest
    ("Adipose-derived stem cells represent a promising source because they secrete large amounts of VEGF and HGF.",
     {"factor:VEGFA", "factor:HGF"}),
    ("Exosomes derived from MSCs carry BDNF and NGF.", {"factor:BDNF", "factor:NGF"}),
])
def test_a_listed_secretion_covers_every_member(full_nlp, sentence, factors):
    doc = full_nlp(REVIEW + sentence)
    got = {m.object_id for m in doc._.relations if m.predicate == "SECRETES"}
    assert factors <= got, got


@pytest.mark.parametrize("sentence", [
    "MSC transplantation holds promise for delaying disease onset in SOD1 mice.",
    "One of the promising options for promoting motor recovery is MSC transplantation.",
    "MSCs hold great promise in slowing disease progression.",
    "MSC-derived exosomes are a promising cell-free approach to reduce neuroinflammation.",
    # perfect and past forms of a proposal
    "It has been proposed that MSCs protect motor neurons by releasing GDNF.",
    "MSCs have been proposed to slow disease progression through immunomodulation.",
])
def test_a_therapy_offered_as_a_promise_or_proposal_is_hedged(full_nlp, sentence):
    doc = full_nlp(REVIEW + sentence)
    got = {m.hedged for m in doc._.relations if m.predicate == "AFFECTS"}
    assert got == {True}, got


@pytest.mark.parametrize("sentence, outcome", [
    # `promising` grading a result, or a premise with no purpose: no proposal
    ("A single dose of MSCs was safe and showed promising signs of efficacy.", "outcome:safety"),
    ("MSC transplantation delayed onset, making it a promising strategy for treating ALS.", "outcome:disease_onset"),
])
def test_promising_without_a_purpose_is_no_hedge(full_nlp, sentence, outcome):
    doc = full_nlp(REVIEW + sentence)
    got = {m.hedged for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert got == {False}, got


@pytest.mark.parametrize("sentence", [
    "Intrathecal MSCs have proven safe. However, their efficacy on ALSFRS-R remains unclear.",
    "Intrathecal MSCs have proven safe. Nevertheless, evidence of efficacy on ALSFRS-R remains limited.",
    "Intrathecal MSCs have proven safe. Their effect on ALSFRS-R has yet to be established.",
])
def test_an_unsettled_efficacy_is_unclear(full_nlp, sentence):
    doc = full_nlp(REVIEW + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:alsfrs_r"}
    assert got == {"unclear"}, got


def test_the_parent_cells_of_a_product_are_its_source(full_nlp):
    doc = full_nlp("MSC-derived exosomes in neurodegeneration\nMSC-derived exosomes retain the properties of their "
                   "parent MSCs, such as the promotion of neurite outgrowth.")
    got = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "AFFECTS"}
    assert ("cell:msc", "outcome:other") not in got and ("cell:msc_ev", "outcome:other") in got, got


@pytest.mark.parametrize("text, row", [
    # a sampling word before the route whose giving verb comes after it: the cells' route, no sample
    ("MSCs in ALS\nAutologous MSCs obtained from bone marrow aspirates were injected intrathecally.",
     ("ADMINISTERED_VIA", "cell:bm_msc", "route:intrathecal")),
    # (helper CY, s23: the iliac crest is where marrow is aspirated, so these are bone marrow MSCs)
    ("MSCs in ALS\nAutologous MSCs obtained from iliac crest aspirates were injected intrathecally.",
     ("ADMINISTERED_VIA", "cell:bm_msc", "route:intrathecal")),
    # a product's source named between the product and its route
    ("Cell replacement for ALS patients: a trial\nAstrocytes derived from human embryonic stem cells were transplanted into the spinal "
     "cord of ALS patients.", ("ADMINISTERED_VIA", "cell:astrocyte", "route:intraspinal")),
    ("Cell replacement in rats\nMotor neurons derived from human embryonic stem cells were transplanted into the spinal "
     "cord of rats.", ("ADMINISTERED_VIA", "cell:motor_neuron", "route:intraspinal")),
])
def test_cell_routes_through_source_phrases(full_nlp, text, row):
    assert row in keys(full_nlp(text))


def test_a_title_ending_in_als_makes_no_patient_model_of_the_next_line(full_nlp):
    doc = full_nlp("Astrocyte replacement in ALS\nAstrocytes derived from human embryonic stem cells were transplanted "
                   "into the spinal cord of SOD1 rats.")
    assert ("ADMINISTERED_VIA", "cell:astrocyte", "route:intraspinal") in keys(doc), keys(doc)


def test_cells_made_from_patient_ipscs_are_a_model_not_a_therapy(full_nlp):
    # `motor neurons derived from iPSCs (iPSCs) of ALS patients`: neither the source nor its short form
    # nor the motor neurons are a treatment
    doc = full_nlp("Modeling ALS with patient iPSCs\nMotor neurons derived from induced pluripotent stem cells (iPSCs) "
                   "of ALS patients showed increased vulnerability to oxidative stress. Patient iPSC-derived motor "
                   "neurons displayed reduced survival compared with controls.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


FACTOR_REVIEW = "Neurotrophic therapy in motor neuron disease: a review\n"


@pytest.mark.parametrize("sentence, factor, outcome, effect", [
    # a factor's symbol glued to a word of its absence, its action or its receptor is a mention of its own
    ("BDNF-deficient mice showed accelerated motor neuron loss after nerve injury.", "factor:BDNF",
     "outcome:motor_neuron_survival", "favorable"),
    ("In GDNF+/- mice, motor neuron survival was reduced after axotomy.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    ("Cntf-null mice showed earlier disease onset.", "factor:CNTF", "outcome:disease_onset", "favorable"),
    ("GDNF-induced protection of motor neurons was abolished by RET inhibition.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    ("Activation of GDNF/GFRα1/RET signalling protected motor neurons against degeneration.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    ("BDNF/TrkB signalling promotes motor neuron survival.", "factor:BDNF", "outcome:motor_neuron_survival",
     "favorable"),
    ("PEG-IGF-1 delayed disease onset in SOD1G93A mice.", "factor:IGF1", "outcome:disease_onset", "favorable"),
    # the factor taken away, a harm with no cue word: the absence brought the harm, so the factor prevents it
    ("Withdrawal of BDNF resulted in motor neuron apoptosis.", "factor:BDNF", "outcome:motor_neuron_survival",
     "favorable"),
    ("Neurotrophic factor deprivation leads to motor neuron death.", "factor:ntf", "outcome:motor_neuron_survival",
     "favorable"),
    # a verdict of no efficacy on listed factors
    ("Clinical trials of CNTF, BDNF and IGF-1 in ALS failed to show efficacy on survival or functional decline.",
     "factor:CNTF", "outcome:survival", "null"),
    ("Trials of CNTF, BDNF and IGF-1 failed to show efficacy on survival.", "factor:BDNF", "outcome:survival", "null"),
])
def test_factor_glued_absent_or_listed_keeps_its_result(full_nlp, sentence, factor, outcome, effect):
    doc = full_nlp(FACTOR_REVIEW + sentence)
    got = {m.effect for m in doc._.relations
           if m.predicate == "FACTOR_AFFECTS" and m.subject_id == factor and m.object_id == outcome}
    assert got == {effect}, [(m.subject_id, m.object_id, m.effect) for m in doc._.relations]


@pytest.mark.parametrize("text", [
    "BDNF-deficient mice", "GDNF-/- mice", "Cntf-null mice", "GDNF-induced sprouting", "BDNF/TrkB signalling",
    "GDNF/GFRα1/RET signalling", "10 ng NGF/device/day", "a GDNF-neutralizing antibody",
])
def test_a_glued_factor_symbol_is_its_own_token(full_nlp, text):
    doc = full_nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "NEUROTROPHIC_FACTOR"] in (
        [t] for t in ("BDNF", "GDNF", "Cntf", "NGF"))


@pytest.mark.parametrize("text", ["GDNF-secreting", "BDNF-hMSCs", "MSCs/GDNF", "NT-4/5"])
def test_cells_named_for_a_factor_stay_whole(full_nlp, text):
    assert full_nlp(text + " were studied")[0].text == text


@pytest.mark.parametrize("sentences", [
    "Neurotrophic factors protect motor neurons and delay disease progression in ALS models.",
    "Neurotrophic factors such as GDNF and VEGF protect motor neurons and delay disease progression in ALS models.",
])
def test_a_verb_that_opens_an_end_point_is_the_factors_result(full_nlp, sentences):
    doc = full_nlp("Mesenchymal stem cells for ALS: a review\n" + sentences)
    assert "outcome:motor_neuron_survival" in {m.object_id for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


def test_an_anaphor_after_the_factors_result_does_not_give_it_to_the_cells(full_nlp):
    doc = full_nlp("Intrathecal MSC-NTF cells in ALS\nNeurotrophins support the survival of motor neurons, but their "
                   "delivery to the central nervous system is difficult. We transplanted MSCs induced to secrete NTFs "
                   "into SOD1 mice.")
    rows = {(m.predicate, m.object_id) for m in doc._.relations}
    assert ("FACTOR_AFFECTS", "outcome:motor_neuron_survival") in rows
    assert ("AFFECTS", "outcome:motor_neuron_survival") not in rows


@pytest.mark.parametrize("sentence, outcome, effect", [
    # the study's own treatment that failed is no sentence about other treatments: it still resolves
    ("The treatment failed to slow the decline in ALSFRS-R score.", "outcome:alsfrs_r", "null"),
    # a non-significance verdict whose subject names the change
    ("Grip strength tended to improve at 6 months, but the change was not statistically significant.",
     "outcome:muscle_strength", "null"),
    # events put off the cells, however far after them
    ("Two deaths occurred during the study, both unrelated to the treatment.", "outcome:safety", "favorable"),
    # patients split by their response: mixed
    ("Three response types were observed: slower progression, no change and faster progression of the ALSFRS-R "
     "score.", "outcome:alsfrs_r", "unclear"),
    ("In responders the ALSFRS-R score improved, whereas non-responders continued to decline.", "outcome:alsfrs_r",
     "unclear"),
    # a gain called short-lived: still a gain (the lead, s29)
    ("A transient improvement in ALSFRS-R score was observed at 1 month.", "outcome:alsfrs_r", "favorable"),
    ("The improvement in forced vital capacity was short-lived.", "outcome:respiratory_function", "favorable"),
    # a decline that went on as before is no effect, not a harm of the treatment
    ("The ALSFRS-R score continued to decline in all patients.", "outcome:alsfrs_r", "null"),
])
def test_clinical_result_wordings_of_mixed_failed_and_continued(full_nlp, sentence, outcome, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.effect for m in doc._.relations if m.object_id == outcome and m.evidence.endswith(sentence)}
    assert got == {effect}, got


@pytest.mark.parametrize("text, cell", [
    (UC_TRIAL + "Transplanted MSCs expressed GDNF that may protect dopaminergic neurons.", "cell:neuron"),
    ("Mesenchymal stromal cells in stroke\nMSCs release BDNF that may protect cortical neurons and enhance "
     "astrocyte survival.", "cell:neuron"),
    ("Mesenchymal stromal cells for neonatal hypoxic-ischemic encephalopathy and cerebral palsy\nIn these models, "
     "MSCs reduce lesion size and attenuate microglial activation. Rather than replacing lost neurons, MSCs act "
     "largely through paracrine signalling, releasing trophic factors such as BDNF, VEGF and insulin-like growth "
     "factor 1 (IGF-1) that may promote endogenous neurogenesis and oligodendrocyte maturation.", "cell:oligodendrocyte"),
])
def test_a_cell_the_factor_acts_on_is_not_its_maker(full_nlp, text, cell):
    doc = full_nlp(text)
    secretes = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "SECRETES"}
    assert secretes and all(s != cell for s, _ in secretes)


@pytest.mark.parametrize("sentence", [
    "Children received hUCB-MNCs and UC-MSCs; the hUCB-MNCs were given intravenously and the UC-MSCs by lumbar puncture.",
    "BM-MNCs were given intravenously and UC-MSCs intrathecally.",
])
def test_each_cell_keeps_the_route_that_follows_it(full_nlp, sentence):
    doc = full_nlp("Combined cell therapy in autism\n" + sentence)
    routes = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert ("cell:uc_msc", "route:intrathecal") in routes
    assert ("cell:uc_msc", "route:intravenous") not in routes
    assert not any(s != "cell:uc_msc" and o == "route:intrathecal" for s, o in routes)


@pytest.mark.parametrize("abstract, outcome", [
    # the abstract's opening, before it names any treatment: the disease or its model, not the title's cells
    ("Adipose-derived MSCs in SOD1 mice\nSOD1G93A mice develop hind limb paralysis at about 90 days and die by "
     "130 days. Mice received intravenous AD-MSCs at 70 days.", "outcome:motor_function"),
    ("Human umbilical cord MSCs after traumatic brain injury\nControlled cortical impact produces neuronal "
     "loss, neuroinflammation and memory deficits. hUC-MSCs were transplanted into the lesion.", "outcome:inflammation"),
    ("Mesenchymal stem cells and neuroinflammation in ALS\nALS is a fatal disease of motor neurons. "
     "Neuroinflammation drives disease progression. MSCs have immunomodulatory properties.",
     "outcome:disease_progression"),
    ("MSC secretome and motor neuron survival\nMotor neuron degeneration in ALS is accompanied by "
     "astrogliosis. The secretome of MSCs contains trophic factors.", "outcome:inflammation"),
    # a sentence that makes the disease model: what its agent induces is no result of the cells
    ("MSC-derived extracellular vesicles in a model of Parkinson's disease\nLPS was injected into the "
     "substantia nigra to induce neuroinflammation. MSC-EVs were delivered intranasally.", "outcome:inflammation"),
])
def test_the_disease_opening_gives_the_title_cells_no_row(full_nlp, abstract, outcome):
    doc = full_nlp(abstract)
    assert outcome not in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}, \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("abstract, outcome", [
    # an opening that times the disease (`Following spinal cord injury`), names the body's cells it kills or says
    # a treatment is lacking still names no treatment
    ("Mesenchymal stem cells after spinal cord injury\nFollowing spinal cord injury, ischemia, inflammation and "
     "oxidative stress lead to apoptosis of neurons and glial cells. MSCs were injected into the lesion.",
     "outcome:oxidative_stress"),
    ("Umbilical cord MSCs in ischemic stroke\nStroke is a leading cause of disability, and there is no effective "
     "treatment. After stroke, neuroinflammation expands the infarct. hUC-MSCs were given intravenously.",
     "outcome:inflammation"),
    # ... nor is it a result of the factor the title names
    ("GDNF for spinal cord injury repair\nAfter the primary insult, spinal cord injury sets off a secondary "
     "cascade that leaves a lesion hostile to axonal regeneration. We review GDNF delivery for repair.",
     "outcome:other"),
])
def test_a_disease_opening_after_the_injury_gives_the_title_agent_no_row(full_nlp, abstract, outcome):
    doc = full_nlp(abstract)
    assert outcome not in {m.object_id for m in doc._.relations if m.predicate in ("AFFECTS", "FACTOR_AFFECTS")}, \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


def test_em_a_word_of_lessening_before_a_good_end_point_in_the_opening_is_harm_done(full_nlp):
    """(helper EM, s27) `a lesion inhibitory to axonal regeneration` is the disease's harm, as `hostile to` is:
    `inhibitory` was read as a result (a word of lessening said of a harm), so the title's factor got the row."""
    doc = full_nlp("GDNF for spinal cord injury repair\nAfter the primary insult, spinal cord injury leaves a lesion "
                   "environment inhibitory to axonal regeneration. We review GDNF delivery for repair.")
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"], \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("abstract, outcome", [
    # near misses: lessening a harm is a result; a word of change before the lessening word still states one
    ("GDNF for spinal cord injury repair\nIn injured rats it reduced neuroinflammation at the lesion. The factor was "
     "delivered by a pump.", "outcome:inflammation"),
    ("Mesenchymal stem cells for spinal cord injury\nIn injured rats, the lesion was less inhibitory to axonal "
     "regeneration. MSCs were injected into the lesion.", "outcome:other"),
])
def test_em_a_result_in_the_opening_keeps_its_row(full_nlp, abstract, outcome):
    doc = full_nlp(abstract)
    assert outcome in {m.object_id for m in doc._.relations if m.predicate in ("AFFECTS", "FACTOR_AFFECTS")}, \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("sentence, outcome", [
    # a clause that describes the disease named just before it: what the disease does, no result of the therapy
    ("Transplantation of BMSCs is a promising treatment for ischemic stroke, which carries a high mortality "
     "worldwide.", "outcome:survival"),
    ("Intrathecal MSCs are a candidate therapy for ALS, a fatal disease with a median survival of three years.",
     "outcome:survival"),
    ("NSC grafts are being tested for spinal cord injury that often results in permanent loss of motor function.",
     "outcome:motor_function"),
    ("MSCs are being developed for multiple sclerosis, a disease characterized by demyelination and "
     "neuroinflammation.", "outcome:inflammation"),
])
def test_a_clause_describing_the_disease_is_no_result(full_nlp, sentence, outcome):
    doc = full_nlp("Cell therapy in neurological disease\n" + sentence)
    assert outcome not in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}, \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("sentence, outcome", [
    # a result stated after the disease keeps its row
    ("MSC transplantation in ALS, a fatal disease, significantly prolonged survival.", "outcome:survival"),
    ("NSCs improved locomotor recovery after spinal cord injury, with a marked reduction of neuroinflammation.",
     "outcome:inflammation"),
])
def test_a_result_after_the_disease_keeps_its_row(full_nlp, sentence, outcome):
    doc = full_nlp("Cell therapy in neurological disease\n" + sentence)
    assert outcome in {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}, \
        [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


def test_the_cells_a_source_specific_product_was_made_from_are_no_antecedent(full_nlp):
    # a study of MSCs that gives bone marrow MSCs: the marrow's mononuclear cells they were grown from are
    # how the product was made, and the results after it are the bone marrow MSCs'
    doc = full_nlp("Marrow MSCs in ALS: a phase I trial\nMesenchymal stromal cells (MSCs) have been studied in ALS, "
                   "and MSCs differ between trials. We gave autologous bone marrow-derived MSCs intrathecally to ALS "
                   "patients. Mononuclear cells were isolated from bone marrow aspirates and cultured. Each patient "
                   "received 1x10^7 cells intrathecally. No adverse events were detected.")
    rows = {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "AFFECTS"}
    assert ("cell:bm_msc", "outcome:safety") in rows and not any(s == "cell:bm_mnc" for s, _ in rows), rows


@pytest.mark.parametrize("sentence, outcome, kept", [
    # a disease history asked of who enrolled (`in the prior 2 years`) is no result ...
    ("Patients with relapsing multiple sclerosis and disease progression in the prior 2 years were enrolled.",
     "outcome:disease_progression", False),
    ("Participants with an ALSFRS-R decline of at least 3 points during the preceding 6 months were randomized.",
     "outcome:alsfrs_r", False),
    # the progression rates the patients came with, and their range among them
    ("Progression rates prior to treatment ranged from 0.3 to 1.8 points per month.",
     "outcome:disease_progression", False),
    # ... unless the sentence compares it with the time after the cells
    ("Compared with the preceding 6 months, the rate of ALSFRS-R decline was reduced after MSC transplantation.",
     "outcome:alsfrs_r", True),
])
def test_a_history_asked_of_who_enrolled_is_no_result(full_nlp, sentence, outcome, kept):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}
    assert (outcome in got) == kept, [(m.subject_id, m.object_id, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("abstract, outcome, effect", [
    # a result right after the title still counts, and so does a result after the model is made
    ("MSCs in SOD1 mice\nMSC treatment delayed onset and prolonged survival.", "outcome:survival", "favorable"),
    ("MSCs after spinal cord injury\nSpinal cord injury was induced at T10 and rats received MSCs intravenously. "
     "The treated rats showed reduced neuroinflammation.", "outcome:inflammation", "favorable"),
])
def test_results_after_the_opening_keep_their_row(full_nlp, abstract, outcome, effect):
    doc = full_nlp(abstract)
    assert effect in {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}, \
        [(m.subject_id, m.object_id, m.effect, m.evidence) for m in doc._.relations]


@pytest.mark.parametrize("sentence, effect", [
    # a harm named as a risk or a listed potential adverse effect of the therapy: unfavorable, not safe
    ("Potential adverse effects of MSC therapy include fever, headache and tumor formation.", "unfavorable"),
    ("MSC therapy carries a risk of tumor formation.", "unfavorable"),
    ("Tumor formation is a potential risk of MSC transplantation.", "unfavorable"),
    ("The main risks of MSC transplantation are tumor formation and infection.", "unfavorable"),
    ("Safety concerns regarding MSCs include the risk of ectopic tissue formation.", "unfavorable"),
    # a risk lowered, avoided or absent, or compared: the cue speaks
    ("MSC-derived exosomes carry a lower risk of tumorigenicity than MSCs.", "favorable"),
    ("The treatment was well tolerated, with no risk of tumor formation.", "favorable"),
    ("The risk of adverse events of MSC therapy was similar between groups.", "null"),
])
def test_a_harm_named_as_a_risk_is_unfavorable(full_nlp, sentence, effect):
    doc = full_nlp("Mesenchymal stem cells in ALS: a review\n" + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:safety"}
    assert got == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


# --- near-miss genre (helper P, s15): factor biology, biomarker and genetic studies, MSCs in other diseases

@pytest.mark.parametrize("text, route", [
    ("Intra-articular MSCs for knee osteoarthritis\nFifty patients received an intra-articular injection of "
     "autologous AD-MSCs.", "route:other"),
    ("MSCs after myocardial infarction\nBone marrow MSCs were delivered by intracoronary infusion to 40 patients.",
     "route:intraarterial"),
    ("MSCs in heart failure\nPatients received transendocardial injections of allogeneic MSCs.", "route:other"),
])
def test_routes_of_msc_trials_in_other_organs(full_nlp, text, route):
    doc = full_nlp(text)
    assert route in {m.object_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}


@pytest.mark.parametrize("text, cell, factor", [
    ("Exosomes in liver fibrosis\nProteomics showed that the MSC exosomes carried HGF and VEGF.",
     "cell:msc_ev", "factor:HGF"),
    ("Neurite outgrowth in culture\nSchwann cells present in the cultures expressed NGF mRNA.",
     "cell:schwann_cell", "factor:NGF"),
    ("Glia and neurotrophins\nIn the co-cultures, astrocytes secreted GDNF.", "cell:astrocyte", "factor:GDNF"),
])
def test_a_plainly_stated_secretion_is_kept(full_nlp, text, cell, factor):
    doc = full_nlp(text)
    assert ("SECRETES", cell, factor) in keys(doc), [(m.predicate, m.subject_id, m.object_id) for m in doc._.relations]


def test_cells_named_as_a_differentiation_target_do_not_secrete(full_nlp):
    doc = full_nlp("Stem cells for brain injury: a review\nStem cells, able to differentiate into neuronal cells "
                   "and releasing neurotrophic factors, may help after brain injury.")
    assert ("SECRETES", "cell:neuron", "factor:ntf") not in keys(doc)


@pytest.mark.parametrize("text", [
    # factors listed as what was measured, a marker correlated in the next sentence
    "CSF growth factors in ALS\nWe measured brain-derived neurotrophic factor (BDNF), glial cell line-derived "
    "neurotrophic factor (GDNF) and neurofilament light chain (NfL) in CSF from 60 patients. CSF NfL was higher in "
    "ALS and correlated with the ALSFRS-R slope.",
    # patients grouped by the factor's level
    "Plasma VEGF in ALS\nPatients in the lowest VEGF quartile had shorter survival.",
    # a gene variant of the factor
    "The VEGF promoter polymorphism and survival in ALS\nWe genotyped 300 patients with ALS. Survival and the "
    "ALSFRS-R slope did not differ between genotypes.",
    "GDNF variants in ALS\nCarriers of the GDNF rs2910702 allele had shorter survival.",
])
def test_a_factor_measured_grouped_or_genotyped_is_no_agent(full_nlp, text):
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"], \
        [(m.subject_id, m.object_id, m.effect) for m in doc._.relations]


def test_a_factor_given_in_a_trial_keeps_its_results(full_nlp):
    doc = full_nlp("Subcutaneous IGF-1 in ALS: a randomized trial\nPatients received IGF-1 or placebo by "
                   "subcutaneous injection. Survival did not differ between groups.")
    assert ("FACTOR_AFFECTS", "factor:IGF1", "outcome:survival") in keys(doc)


@pytest.mark.parametrize("text", [
    # another agent acts on the pathway of the factor the title names: not the factor's result
    "Neurotrophic factor signalling in SOD1 mice\nA TrkB agonist delayed disease onset in SOD1G93A mice.",
    "BDNF in ALS mice\nA TrkB antagonist worsened motor function in SOD1 mice.",
    "VEGF and ALS mice\nTreatment with riluzole was started at onset. The VEGFR2 inhibitor SU5416 shortened survival.",
    "VEGF in ALS mice\nRiluzole was given daily. Bevacizumab, an anti-VEGF antibody, accelerated motor neuron loss.",
    # the disease or its mutation is the agent
    "GDNF gene therapy for ALS\nSOD1 mutations lead to motor neuron degeneration.",
    "VEGF in motor neuron disease\nSpinal cord injury induces a toxic environment inhibitory to axonal regeneration.",
    # the factor is what engineered cells make: the cells act (AFFECTS)
    "BDNF-hypersecreting MSCs after spinal cord injury\nTransplantation of hMSCs hypersecreting BDNF improved "
    "locomotor function and reduced lesion volume.",
    "VEGF-modified MSCs in stroke\nMSCs transduced with an adenovirus encoding VEGF reduced infarct volume.",
    "MSC-NTF in ALS\nMSC-NTF cells, induced to secrete neurotrophic factors, slowed disease progression in patients.",
    "IGF-1 and MSCs in SOD1 mice\nIGF-1 overexpressing or wild-type MSCs were grafted, and motor performance improved.",
    # the factor is a read-out measured beside the end point
    "Effect of MSC transplantation on motor function and expression of BDNF in ALS mice\nMSCs were given.",
    "BDNF in ALS mice\nExpression of BDNF was measured by ELISA, and motor function was assessed by rotarod.",
    "VEGF in ALS\nVEGF mRNA levels in the spinal cord decreased with disease progression.",
])
def test_no_factor_row_for_another_agents_or_the_cells_result(full_nlp, text):
    doc = full_nlp(text)
    assert [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"] == []


@pytest.mark.parametrize("text, concept", [
    # the factor's own results stay
    ("GDNF gene therapy for ALS\nAAV-GDNF was injected into muscle. This led to reduced motor neuron loss.",
     "outcome:motor_neuron_survival"),
    ("IGF-1 gene therapy\nIntraspinal delivery of AAV-IGF-1 delayed onset in SOD1 mice.", "outcome:disease_onset"),
    ("GDNF in ALS\nExpression of GDNF in muscle delayed disease onset.", "outcome:disease_onset"),
    # (an antibody that is the end point is no other agent)
    ("CNTF in ALS\nRecombinant CNTF was infused for four weeks. Antibodies to rhCNTF appeared in the serum of nine "
     "patients.", "outcome:other"),
    ("MSCs and GDNF in ALS\nMSCs secrete GDNF, which protects motor neurons from degeneration.",
     "outcome:motor_neuron_survival"),
])
def test_the_factors_own_result_stays(full_nlp, text, concept):
    doc = full_nlp(text)
    assert concept in {m.object_id for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


@pytest.mark.parametrize("text, predicate", [
    ("Intramuscular AAV-NT-3 in SOD1 mice\nAAV-NT-3 reduced denervation of neuromuscular junctions.", "FACTOR_AFFECTS"),
    (UC_TRIAL + "MSCs reduced denervation of neuromuscular junctions in SOD1 mice.", "AFFECTS"),
    ("CNTF knockout mice\nCNTF-null mice develop mild motor neuron loss.", "FACTOR_AFFECTS"),
    ("GDNF in stroke\nGDNF plays a crucial part in neuronal protection and functional recovery after stroke; "
     "however, GDNF crosses the blood-brain barrier poorly, which limits its application.", "FACTOR_AFFECTS"),
])
def test_effect_of_a_completed_end_point_and_of_a_graded_harm(full_nlp, text, predicate):
    doc = full_nlp(text)
    effects = {m.effect for m in doc._.relations if m.predicate == predicate and m.object_id in (
        "outcome:neuromuscular", "outcome:motor_neuron_survival", "outcome:motor_function")}
    assert effects == {"favorable"}


@pytest.mark.parametrize("text, cell, route", [
    ("MSCs in liver cirrhosis\nThirty patients received autologous BM-MSCs through the hepatic artery.",
     "cell:bm_msc", "route:intraarterial"),
    ("MSCs in liver failure\nUC-MSCs were infused into the portal vein of 20 patients.", "cell:uc_msc", "route:other"),
])
def test_cells_given_through_an_organ_vessel(full_nlp, text, cell, route):
    doc = full_nlp(text)
    assert ("ADMINISTERED_VIA", cell, route) in keys(doc), [(m.predicate, m.subject_id, m.object_id) for m in doc._.relations]


def test_an_organ_vessel_named_as_anatomy_is_no_route(nlp):
    doc = nlp("MSCs in liver cirrhosis\nDoppler ultrasound showed that the hepatic artery was patent in all patients.")
    assert not [e for e in doc.ents if e.label_ == "ROUTE"]


@pytest.mark.parametrize("text", [
    "MSCs in cirrhosis\nThe MELD score decreased significantly after BM-MSC infusion.",
    "MSCs in liver failure\nUC-MSC infusion reduced the Child-Pugh score and the SOFA score.",
    "MSCs in lung injury\nIn hyperoxic rats, UC-MSCs attenuated alveolar simplification.",
    "MSCs in liver fibrosis\nBM-MSCs reduced collagen deposition in the liver.",
])
def test_less_of_an_organ_severity_score_is_the_benefit(full_nlp, text):
    doc = full_nlp(text)
    effs = [m.effect for m in doc._.relations if m.predicate == "AFFECTS"]
    assert effs and set(effs) == {"favorable"}, effs


@pytest.mark.parametrize("text", [
    # a drug trial whose background names a factor tried before: the trial's results are not the factor's
    "Intrathecal antisense oligonucleotide in SOD1 ALS\nEarlier attempts to treat ALS with brain-derived "
    "neurotrophic factor (BDNF) delivered intrathecally did not improve survival. In this trial, 90 patients "
    "received the oligonucleotide or placebo by lumbar puncture. The ALSFRS-R score did not differ between "
    "groups. Adverse events related to lumbar puncture were common.",
    "A kinase inhibitor in ALS\nSubcutaneous CNTF and IGF-1 have been tested for decades without benefit. "
    "In this phase 3 trial, patients were randomized to the oral inhibitor or placebo for 48 weeks. The "
    "inhibitor slowed the decline of the ALSFRS-R score and forced vital capacity.",
])
def test_a_factor_of_past_trials_is_not_the_study_drug(full_nlp, text):
    doc = full_nlp(text)
    rows = [(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]
    assert not [r for r in rows if r[1] in ("outcome:alsfrs_r", "outcome:safety", "outcome:respiratory_function")], rows


def test_immune_cells_a_drug_targets_are_no_treatment(full_nlp):
    doc = full_nlp("A tyrosine kinase inhibitor in ALS\nNeuroinflammation driven by microglia and mast cells "
                   "contributes to motor neuron degeneration. The drug is an oral inhibitor that targets mast "
                   "cells. The primary end point was the change in ALSFRS-R score.")
    assert not [m for m in doc._.relations if m.predicate in ("AFFECTS", "ADMINISTERED_VIA")], \
        [(m.predicate, m.subject_id, m.object_id) for m in doc._.relations]



@pytest.mark.parametrize("sentence, cell", [
    # a review's verdict that harms were scarce is a safety result, not a harm reported
    ("Trials of bone marrow MSCs reported few serious adverse events.", "cell:bm_msc"),
    ("Across the studies, only rare adverse events were attributed to the adipose-derived MSCs.", "cell:ad_msc"),
    ("Intrathecal MSCs caused minimal adverse events in most trials.", "cell:msc"),
])
def test_scarce_adverse_events_are_a_safe_result(full_nlp, sentence, cell):
    doc = full_nlp(REVIEW + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == cell
           and m.object_id == "outcome:safety"}
    assert got == {"favorable"}, got


@pytest.mark.parametrize("sentence, outcome", [
    # a gain that the review calls inconsistent or variable across studies is a mixed result
    ("In clinical trials of MSCs, improvement of the ALSFRS-R was inconsistent.", "outcome:alsfrs_r"),
    ("The benefit of MSCs on survival was variable across studies.", "outcome:survival"),
    ("Improvements in muscle strength after MSC transplantation were inconsistent.", "outcome:muscle_strength"),
])
def test_a_gain_called_inconsistent_is_unclear(full_nlp, sentence, outcome):
    doc = full_nlp(REVIEW + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert got == {"unclear"}, got


@pytest.mark.parametrize("sentence, owner, other, route", [
    # a route standing before one cell in a clause set against another cell's is the first cell's only
    ("Intraspinal NSC grafts improved locomotor function, whereas MSCs mainly reduced inflammatory cytokines.",
     "cell:nsc", "cell:msc", "route:intraspinal"),
    ("Intraspinal injection of NSCs improved motor function in rats, while MSCs reduced microgliosis.",
     "cell:nsc", "cell:msc", "route:intraspinal"),
    ("Intrathecal BM-MNCs were safe, whereas MSCs improved muscle strength.", "cell:bm_mnc", "cell:msc",
     "route:intrathecal"),
])
def test_a_route_before_a_contrasted_cell_is_that_cells(full_nlp, sentence, owner, other, route):
    doc = full_nlp(REVIEW + sentence)
    got = {m.subject_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA" and m.object_id == route}
    assert owner in got and other not in got, got


@pytest.mark.parametrize("sentence, cell", [
    # a harm that limits the use of the cells is a drawback, active voice as in `its use is limited by`
    ("Tumorigenicity limits the use of iPSCs in patients.", "cell:ipsc"),
    ("The risk of tumorigenesis limits the clinical use of embryonic stem cells.", "cell:esc"),
])
def test_a_harm_that_limits_the_use_is_unfavorable(full_nlp, sentence, cell):
    doc = full_nlp(REVIEW + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == cell
           and m.object_id == "outcome:safety"}
    assert got == {"unfavorable"}, got


@pytest.mark.parametrize("sentence, outcome, effect", [
    # a decline (or loss) called smaller in the treated arm: less of the harm
    ("At 4 months the decline in ALSFRS-R was smaller in the treated group than in the control group (p = 0.04).",
     "outcome:alsfrs_r", "favorable"),
    ("Injected muscles showed a smaller decline in CMAP amplitude than contralateral muscles (p < 0.05).",
     "outcome:neuromuscular", "favorable"),
    ("The loss of muscle strength was smaller in treated than in untreated limbs.", "outcome:muscle_strength",
     "favorable"),
    # a decline at a rate like the comparator's: no effect
    ("ALSFRS-R scores declined over the study period at a rate similar to the pre-treatment slope.",
     "outcome:alsfrs_r", "null"),
    ("ALSFRS-R scores declined at a rate comparable to that of the matched controls.", "outcome:alsfrs_r", "null"),
    # `as in the placebo group` compares the arms: the row is kept (it was gated as a control-arm sentence)
    ("FVC declined at the same rate as in the placebo group.", "outcome:respiratory_function", "null"),
    # `only` and an amount after a loss: a small loss
    ("During the 12 months after injection the ALSFRS-R score decreased by only 2 points.", "outcome:alsfrs_r",
     "favorable"),
    ("FVC declined only slightly over the follow-up period.", "outcome:respiratory_function", "favorable"),
    # a pre-treatment period whose length is given (`in the 6 months before`) is still the control period
    ("The mean ALSFRS-R decline was 0.61 points per month, compared with 1.02 points per month in the 6 months "
     "before the first injection.", "outcome:alsfrs_r", "favorable"),
])
def test_clinical_declines_smaller_alike_small_or_against_a_timed_run_in(full_nlp, sentence, outcome, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.effect for m in doc._.relations if m.object_id == outcome and m.evidence.endswith(sentence)}
    assert got == {effect}, got


def test_a_fluid_level_of_a_named_marker_past_the(full_nlp):
    doc = full_nlp(UC_TRIAL + "Plasma levels of the chemokine MCP-1 decreased after treatment.")
    outs = {(e.text, e._.concept_id) for e in doc.ents if e.label_ == "OUTCOME"}
    assert outs == {("Plasma levels of the chemokine MCP-1", "outcome:biomarker")}, outs
    got = {m.effect for m in doc._.relations if m.object_id == "outcome:biomarker"}
    assert got == {"favorable"}, got


@pytest.mark.parametrize("text, cells, outcome", [
    # cells listed as the groups a result is reported in share the decision on it
    ("Umbilical cord MSCs compared with bone marrow and adipose MSCs in SOD1 mice\nBM-MSCs, AD-MSCs and UC-MSCs "
     "were injected intrathecally into SOD1G93A mice. Median survival was prolonged by 9, 11 and 14 days in the "
     "BM-MSC, AD-MSC and UC-MSC groups, respectively.",
     ("cell:bm_msc", "cell:ad_msc", "cell:uc_msc"), "outcome:survival"),
    ("MSC sources in SOD1 mice\nBM-MSCs and UC-MSCs were injected intrathecally into SOD1G93A mice. Survival "
     "was prolonged in the BM-MSC and UC-MSC groups.", ("cell:bm_msc", "cell:uc_msc"), "outcome:survival"),
])
def test_cells_listed_together_share_their_result(full_nlp, text, cells, outcome):
    got = {m.subject_id for m in full_nlp(text)._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert set(cells) <= got, got


@pytest.mark.parametrize("text, source", [
    # the product's source cells, named after its short form or after `secreted by`, are no subject
    ("MSC vesicles in ALS mice\nWe isolated small extracellular vesicles (sEVs) from human adipose-derived stem "
     "cells (ADSCs) by ultracentrifugation and administered them to SOD1G93A mice either intravenously or "
     "intranasally. Both regimens improved motor performance on the rotarod.", "cell:ad_msc"),
    ("MSC exosomes in ALS rats\nExosomes (Exos) from bone marrow mesenchymal stem cells were injected "
     "intrathecally into SOD1G93A rats. Exos treatment prolonged survival.", "cell:bm_msc"),
    ("Conditioned medium in TDP-43 mice\nConditioned medium (CM) from umbilical cord MSCs was given intranasally "
     "to TDP-43 mice and improved grip strength.", "cell:uc_msc"),
    ("Exosomes in ALS\nExosomes secreted by mesenchymal stem cells (MSCs) have been proposed as a cell-free "
     "therapy. We injected MSC exosomes intravenously into SOD1G93A mice. Both regimens improved motor "
     "performance.", "cell:msc"),
])
def test_the_source_of_a_cell_product_is_no_subject(full_nlp, text, source):
    rows = [(m.predicate, m.subject_id, m.object_id) for m in full_nlp(text)._.relations]
    assert not [r for r in rows if r[1] == source and r[0] in ("AFFECTS", "ADMINISTERED_VIA")], rows
    assert [r for r in rows if r[1] == "cell:msc_ev" and r[0] == "AFFECTS"], rows


@pytest.mark.parametrize("text, source", [
    # the cells that shed a vesicle of no MSC are its source too: the vesicles are the agent
    ("Neural stem cell exosomes after spinal cord injury\nExosomes released by neural stem cells improved "
     "locomotor function in rats with spinal cord injury.", "cell:nsc"),
    ("Astrocyte vesicles in stroke\nExtracellular vesicles secreted by astrocytes reduced infarct volume and "
     "improved motor function after stroke.", "cell:astrocyte"),
    ("Microvesicles in TBI\nMicrovesicles shed by human neural progenitor cells reduced neuroinflammation "
     "after traumatic brain injury.", "cell:nsc"),
])
def test_the_cells_that_release_a_vesicle_are_no_subject(full_nlp, text, source):
    rows = [(m.predicate, m.subject_id, m.object_id) for m in full_nlp(text)._.relations]
    assert not [r for r in rows if r[1] == source and r[0] == "AFFECTS"], rows


@pytest.mark.parametrize("text", [
    # a later member of the list of factors the engineered cells make
    "VEGF/IGF-1 MSCs in ALS mice\nMesenchymal stem cells overexpressing VEGF and IGF-1 delayed denervation in "
    "SOD1G93A mice.",
    "GDNF/VEGF MSCs in ALS rats\nBone marrow MSCs engineered to secrete GDNF and VEGF delayed disease onset in "
    "SOD1G93A rats.",
    # no row carried from a title that names the factor as what the cells make
    "Human MSCs engineered to secrete VEGF in ALS mice\nMotor neuron degeneration in ALS is thought to begin at "
    "the neuromuscular junction. We injected VEGF-MSCs intramuscularly.",
])
def test_factors_the_engineered_cells_make_give_no_factor_row(full_nlp, text):
    doc = full_nlp(text)
    assert [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"] == [], \
        [(m.subject_id, m.object_id, m.effect) for m in doc._.relations]


def test_the_grafted_cells_secrete_after_several_result_sentences(full_nlp):
    doc = full_nlp("BM-MSCs in wobbler mice\nWobbler mice received intracerebroventricular BM-MSCs. Cervical motor "
                   "neuron numbers were not significantly increased. However, spinal cord levels of TNF-α were "
                   "lower. The transplanted cells were mainly found lining the ventricles and expressed BDNF and NGF.")
    assert {("SECRETES", "cell:bm_msc", "factor:BDNF"), ("SECRETES", "cell:bm_msc", "factor:NGF")} <= keys(doc)


@pytest.mark.parametrize("sentence, factor, negated", [
    # a contrast clause that the factor opens, naming no cell of its own: the cells' factor looked for and
    # not found (a negated row), or measured and unchanged (the cells' output)
    ("Tonsil-derived MSCs secreted HGF, VEGF and BDNF, whereas IGF-1 was undetectable in their supernatant.",
     "factor:IGF1", True),
    ("Tonsil-derived MSCs released HGF and VEGF, but GDNF was below the limit of detection.", "factor:GDNF", True),
    ("The conditioned medium of the MSCs contained high levels of HGF and VEGF, while NGF was not detected.",
     "factor:NGF", True),
    ("Exosomes of the MSCs carried BDNF and VEGF but no detectable GDNF.", "factor:GDNF", True),
    ("Primed MSCs released more BDNF than resting MSCs, whereas GDNF and NT-3 production remained unchanged.",
     "factor:NTF3", False),
    ("Induced MSCs secreted more GDNF than naive MSCs, while BDNF secretion was not significantly altered.",
     "factor:BDNF", False),
])
def test_a_factor_opening_a_contrast_clause_is_the_cells_own(full_nlp, sentence, factor, negated):
    doc = full_nlp("Secretory profile of mesenchymal stem cells\n" + sentence)
    rows = [m for m in doc._.relations if m.predicate == "SECRETES" and m.object_id == factor]
    assert rows and all(m.negated == negated for m in rows)


def test_a_contrast_clause_of_another_cell_keeps_its_own_factor(full_nlp):
    doc = full_nlp("Secretory profile of mesenchymal stem cells\n"
                   "MSCs secreted HGF, whereas BDNF was released by astrocytes in the co-cultures.")
    assert ("cell:msc", "factor:BDNF") not in {(m.subject_id, m.object_id) for m in doc._.relations
                                               if m.predicate == "SECRETES"}


@pytest.mark.parametrize("text", [
    "Fetal neural stem cells secrete GDNF, BDNF and IGF-1 and protect motor neurons from excitotoxic death\n"
    "We examined human fetal NSCs in co-culture.",
    "Neurotrophic support by MSCs\nWharton's jelly MSCs released BDNF and VEGF and improved neurite outgrowth of "
    "cortical neurons.",
    "Neurotrophic support by MSCs\nMSC-NTF cells secrete GDNF and VEGF and delay motor neuron loss in SOD1 mice.",
])
def test_factors_the_cells_secrete_before_they_act_give_the_cells_rows(full_nlp, text):
    doc = full_nlp(text)
    rows = {(m.predicate, m.subject_id) for m in doc._.relations}
    assert not any(p == "FACTOR_AFFECTS" for p, _ in rows)
    assert any(p == "SECRETES" for p, _ in rows)


@pytest.mark.parametrize("text, factor", [
    ("Neural induction of MSCs\nWe evaluated a protocol that induces human bone marrow mesenchymal stromal cells "
     "(hBM-MSCs) to secrete neurotrophic factors (MSC-NTF cells). Cells from five donors were expanded in platelet "
     "lysate and then cultured for 72 h in a medium supplemented with dibutyryl cyclic AMP, basic fibroblast growth "
     "factor (bFGF), platelet-derived growth factor and heregulin.", "factor:FGF2"),
    ("Neural induction of MSCs\nHuman adipose-derived stem cells were pre-induced with basic fibroblast growth "
     "factor (bFGF) and then exposed to a cocktail of forskolin and heregulin.", "factor:FGF2"),
])
def test_a_factor_of_the_induction_medium_is_not_secreted(full_nlp, text, factor):
    doc = full_nlp(text)
    assert factor not in {m.object_id for m in doc._.relations if m.predicate == "SECRETES"}


@pytest.mark.parametrize("sentence, factor", [
    ("Knockdown of BDNF in the parent MSCs reduced the protective effect of the exosomes on cell viability.",
     "factor:BDNF"),
    ("Knockdown of VEGF in MSCs abolished the neuroprotection of the conditioned medium on cell viability.",
     "factor:VEGFA"),
])
def test_a_benefit_the_factors_absence_takes_away_is_the_factors(full_nlp, sentence, factor):
    doc = full_nlp("Exosomes of MSCs in oxidative stress\n" + sentence)
    effects = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.subject_id == factor}
    assert effects == {"favorable"}


@pytest.mark.parametrize("text, predicate, obj, effect, negated", [
    # a group of the cells compared just before, as the subject of a change word: each cell's result
    ("Two MSC sources in SOD1 mice\nBM-MSCs and UC-MSCs were transplanted intravenously. Both populations "
     "delayed disease onset.", "AFFECTS", "outcome:disease_onset", "favorable", False),
    ("Two MSC sources in SOD1 mice\nBM-MSCs and UC-MSCs were grafted intrathecally. Both cell types improved "
     "motor function and prolonged survival.", "AFFECTS", "outcome:survival", "favorable", False),
    # ... and a denied group: no relation for a secretion, no change (null) for an outcome
    ("Two MSC sources in vitro\nBM-MSCs and AD-MSCs were compared in culture. Neither cell type secreted NT-3.",
     "SECRETES", "factor:NTF3", None, True),
    ("Two MSC sources in SOD1 mice\nBM-MSCs and UC-MSCs were grafted intrathecally. Neither cell type improved "
     "survival.", "AFFECTS", "outcome:survival", "null", False),
])
def test_a_group_of_the_cells_named_before_speaks_for_each(full_nlp, text, predicate, obj, effect, negated):
    doc = full_nlp(text)
    rows = [m for m in doc._.relations if m.predicate == predicate and m.object_id == obj]
    assert len({m.subject_id for m in rows}) == 2, rows
    assert {(m.effect, m.negated) for m in rows} == {(effect, negated)}


def test_a_denied_group_after_but_denies_only_its_clause(full_nlp):
    doc = full_nlp("Three MSC sources in vitro\nBM-MSCs, AD-MSCs and UC-MSCs were compared in culture. All three "
                   "cell types secreted BDNF, but none of the cell types secreted NT-3.")
    got = {(m.object_id, m.negated) for m in doc._.relations if m.predicate == "SECRETES"}
    assert got == {("factor:BDNF", False), ("factor:NTF3", True)}


@pytest.mark.parametrize("sentence, factor", [
    # the factor blocked after its name, or named as what a blocker is raised against: the benefit the block
    # takes away is the factor's (favorable, as `Knockdown of VEGF abolished the neuroprotection`)
    ("The benefit on motor neuron survival was lost when HGF was neutralized.", "factor:HGF"),
    ("A VEGF-neutralizing antibody abolished this increase in motor neuron survival.", "factor:VEGFA"),
])
def test_a_benefit_lost_when_the_factor_is_blocked_is_the_factors(full_nlp, sentence, factor):
    doc = full_nlp("Stromal cells and motor neurons\nConditioned medium of BM-MSCs increased motor neuron survival in "
                   "vitro. " + sentence)
    effects = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.subject_id == factor}
    assert effects == {"favorable"}


@pytest.mark.parametrize("text, factor", [
    ("Glial cell line-derived neurotrophic factor-overexpressing NSCs were grafted into SOD1 rats.", "factor:GDNF"),
    ("Ciliary neurotrophic factor-secreting NSCs were grafted into the striatum of rats.", "factor:CNTF"),
])
def test_a_spelled_out_factor_in_a_cell_name_is_what_the_cells_secrete(full_nlp, text, factor):
    """The spelled-out name's `neurotrophic` names that factor, not the class of factors."""
    got = {m.object_id for m in rels(full_nlp(text), "SECRETES")}
    assert got == {factor}


@pytest.mark.parametrize("sentence, outcome, concept, effect", [
    # null: a gain denied by its noun phrase's `no`, a change both arms shared, curves that overlap, no correlation,
    # an end point not reached, a change noun that the clause's verb calls not significant
    ("No significant improvement in survival was achieved in the grafted mice.", "survival", "outcome:survival",
     "null"),
    ("Grafted patients showed the same rate of ALSFRS-R decline as untreated patients.", "ALSFRS-R",
     "outcome:alsfrs_r", "null"),
    ("Median survival was 27 months in both groups.", "survival", "outcome:survival", "null"),
    ("ALSFRS-R decline slowed in both the graft and placebo groups.", "ALSFRS-R", "outcome:alsfrs_r", "null"),
    ("Survival curves of grafted and sham-operated mice overlapped.", "Survival", "outcome:survival", "null"),
    ("There was no correlation between graft dose and survival.", "survival", "outcome:survival", "null"),
    ("The primary efficacy end point, change in ALSFRS-R at 6 months, was not reached.", "ALSFRS-R",
     "outcome:alsfrs_r", "null"),
    ("The improvement in ALSFRS-R seen at 3 months was not statistically significant.", "ALSFRS-R",
     "outcome:alsfrs_r", "null"),
    ("No survival difference was found between grafted and untreated patients.", "survival", "outcome:survival",
     "null"),
    ("Levels of TNF-alpha remained unaltered after the grafts.", "Levels of TNF-alpha", "outcome:inflammation",
     "null"),
    # unclear: data presented, derived or promised with no change word; a goal pursued; an aim naming the topic
    # far from its outcome; a result for some patients and the opposite for others
    ("Survival data were available for 20 patients.", "Survival", "outcome:survival", "unclear"),
    ("ALSFRS-R scores at 6 months are given in Table 2.", "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
    ("Disease progression was calculated as the monthly slope.", "Disease progression",
     "outcome:disease_progression", "unclear"),
    ("The results on survival will be reported separately.", "survival", "outcome:survival", "unclear"),
    ("Efforts to improve motor function with the grafts have been made in several centres.", "motor function",
     "outcome:motor_function", "unclear"),
    ("For years, researchers have been working to improve the safety of the grafts.", "safety", "outcome:safety",
     "unclear"),
    ("Our aim is to evaluate the effect of umbilical cord cells given intrathecally to patients with ALS on "
     "survival.", "survival", "outcome:survival", "unclear"),
    ("Some patients showed improvement in ALSFRS-R, whereas others deteriorated.", "ALSFRS-R", "outcome:alsfrs_r",
     "unclear"),
    ("ALSFRS-R improved in some patients but worsened in others.", "ALSFRS-R", "outcome:alsfrs_r", "unclear"),
    # (the lead, s29) a gain that returned to baseline is still a gain
    ("The grafts improved ALSFRS-R at 3 months; however, by 6 months scores had returned to baseline.", "ALSFRS-R",
     "outcome:alsfrs_r", "favorable"),
    # favorable: the decline that did not go on; and what stays a result
    ("No patient showed further decline in ALSFRS-R during follow-up.", "ALSFRS-R", "outcome:alsfrs_r", "favorable"),
    ("Clinical trials reported some improvements in motor function, but other trials are needed.", "motor function",
     "outcome:motor_function", "favorable"),
    ("Early trials have shown the safety of the grafts.", "safety", "outcome:safety", "favorable"),
])
def test_null_and_unclear_wordings(nlp, sentence, outcome, concept, effect):
    assert effect_of(nlp, sentence, outcome, concept).effect == effect


def test_a_median_not_reached_is_no_null_verdict(nlp):
    # too few deaths to give a median: not `the end point was not reached`
    assert effect_of(nlp, "Median survival was not reached in the grafted group.", "survival",
                     "outcome:survival").effect != "null"


@pytest.mark.parametrize("sentence, factors", [
    ("Neural stem cells can not only replace lost neurons but also provide neurotrophic factors.", {"factor:ntf"}),
    ("Grafted NSCs supply BDNF and GDNF to host motor neurons.", {"factor:BDNF", "factor:GDNF"}),
    ("Transplanted NSCs can not only differentiate into glia but also secrete BDNF.", {"factor:BDNF"}),
])
def test_cells_that_provide_a_factor_secrete_it(nlp, extractor, sentence, factors):
    doc = make_doc(nlp, "NSC grafts", [(None, sentence)],
                   [("Neural stem cells", CELL, "cell:nsc"), ("NSCs", CELL, "cell:nsc"), ("neurons", CELL, "cell:neuron"),
                    ("motor neurons", CELL, "cell:motor_neuron"), ("glia", CELL, "cell:other"),
                    ("neurotrophic factors", FACTOR, "factor:ntf"), ("BDNF", FACTOR, "factor:BDNF"),
                    ("GDNF", FACTOR, "factor:GDNF")])
    extractor(doc)
    assert {m.object_id for m in rels(doc, "SECRETES") if m.subject_id == "cell:nsc"} == factors


@pytest.mark.parametrize("sentence", [
    "GDNF provides trophic support to transplanted NSCs.",
    "NSCs provided with GDNF survived longer in the cord.",
    "NSC transplantation provided neuroprotection and raised BDNF levels in the cord.",
])
def test_a_factor_given_to_cells_or_raised_in_the_host_is_not_provided_by_them(nlp, extractor, sentence):
    doc = make_doc(nlp, "NSC grafts", [(None, sentence)],
                   [("NSCs", CELL, "cell:nsc"), ("NSC", CELL, "cell:nsc"), ("GDNF", FACTOR, "factor:GDNF"),
                    ("BDNF", FACTOR, "factor:BDNF")])
    extractor(doc)
    assert not rels(doc, "SECRETES")


# a bare `MSCs` in a study of cells named by their source (UC-MSCs, BM-MSCs, adipose MSCs) names the
# graft by its parent: the gold keeps the mention's own concept (cell:msc) as the subject, and the
# sentence's null or unclear result is a row all the same, as it is under the source-specific name
@pytest.mark.parametrize("opening, sentence, concept, effect", [
    (UC_TRIAL, "No beneficial effects of MSCs on survival were observed.", "outcome:survival", "null"),
    (UC_TRIAL, "The effect of MSCs on survival remains controversial.", "outcome:survival", "unclear"),
    (UC_TRIAL, "Data on the effect of MSCs on survival were inconclusive.", "outcome:survival", "unclear"),
    ("Autologous BM-MSCs in ALS\nTwenty patients received intrathecal BM-MSCs. ",
     "No beneficial effects of MSCs on survival were observed.", "outcome:survival", "null"),
    ("Adipose MSCs in SOD1 mice\nSOD1 mice received intravenous adipose-derived MSCs. ",
     "Any effect of MSCs on disease progression was small and not significant.", "outcome:disease_progression",
     "null"),
])
def test_bare_msc_name_of_a_source_named_graft_keeps_its_result(full_nlp, opening, sentence, concept, effect):
    doc = full_nlp(opening + sentence)
    got = {(m.subject_id, m.effect) for m in doc._.relations
           if m.predicate == "AFFECTS" and m.object_id == concept and m.evidence.endswith(sentence)}
    assert got == {("cell:msc", effect)}, got


@pytest.mark.parametrize("sentence, outcome, concept", [
    # the outcome's role in the trial, set off after it or before it, is no measurement: the verdict wins
    ("There were no differences between the arms in the decline of isometric muscle strength, the primary endpoint.",
     "isometric muscle strength", "outcome:muscle_strength"),
    ("There were no differences between the arms in the decline of isometric muscle strength, the primary end point.",
     "isometric muscle strength", "outcome:muscle_strength"),
    ("Secondary outcomes, including pulmonary function and survival, were unaffected by treatment.",
     "pulmonary function", "outcome:respiratory_function"),
    # statistics after a semicolon in brackets do not cut the clause: the second outcome shares the verdict
    ("There was no difference in survival (hazard ratio 0.96; 95% CI 0.70-1.31) or in the ALSFRS-R slope.",
     "ALSFRS-R slope", "outcome:alsfrs_r"),
    ("Treatment did not change survival (p = 0.41; n = 120) or the ALSFRS-R slope.",
     "ALSFRS-R slope", "outcome:alsfrs_r"),
])
def test_trial_labels_and_bracketed_statistics_keep_a_null_verdict(nlp, sentence, outcome, concept):
    assert effect_of(nlp, sentence, outcome, concept).effect == "null"


@pytest.mark.parametrize("sentence, outcome, concept", [
    ("Secondary outcomes included FVC and survival.", "FVC", "outcome:respiratory_function"),
    ("The primary endpoint was the change in ALSFRS-R.", "ALSFRS-R", "outcome:alsfrs_r"),
])
def test_a_defined_end_point_is_still_unclear(nlp, sentence, outcome, concept):
    assert effect_of(nlp, sentence, outcome, concept).effect == "unclear"


def test_semicolons_in_a_bracketed_list_still_break_the_clause():
    toks = "growth factors ( bdnf ; nt-3 ; gdnf ) and cells".split()
    assert cues.clause_scope(toks, 3, 4) == (0, 4)


@pytest.mark.parametrize("sentence, factors, outcomes, absent", [
    # each clause joined by `, and` has its own factor before its own outcome
    ("Subcutaneous BDNF did not improve survival in a phase III trial, and CNTF caused dose-limiting weight loss.",
     [("BDNF", "factor:BDNF"), ("CNTF", "factor:CNTF")],
     [("survival", "outcome:survival"), ("weight loss", "outcome:body_weight")],
     ("factor:BDNF", "outcome:body_weight")),
    ("GDNF may preserve neuromuscular junctions, and combined delivery of GDNF and VEGF could improve motor function.",
     [("GDNF", "factor:GDNF"), ("VEGF", "factor:VEGFA")],
     [("neuromuscular junctions", "outcome:neuromuscular"), ("motor function", "outcome:motor_function")],
     ("factor:VEGFA", "outcome:neuromuscular")),
])
def test_a_factor_does_not_reach_across_a_coordinated_clause_with_its_own_factor(nlp, extractor, sentence, factors,
                                                                                  outcomes, absent):
    doc = make_doc(nlp, "Growth factors in ALS", [(None, sentence)],
                   [(t, FACTOR, c) for t, c in factors] + [(t, OUT, c) for t, c in outcomes])
    extractor(doc)
    got = keys(doc)
    assert ("FACTOR_AFFECTS",) + absent not in got
    assert ("FACTOR_AFFECTS", factors[0][1], outcomes[0][1]) in got
    assert ("FACTOR_AFFECTS", factors[1][1], outcomes[1][1]) in got


def test_a_coordinated_clause_without_a_factor_shares_the_first(nlp, extractor):
    doc = make_doc(nlp, "IGF-1 in SOD1 mice", [(None,
        "IGF-1 delayed disease onset, and survival was prolonged by 20 days.")],
        [("IGF-1", FACTOR, "factor:IGF1"), ("disease onset", OUT, "outcome:disease_onset"),
         ("survival", OUT, "outcome:survival")])
    extractor(doc)
    assert ("FACTOR_AFFECTS", "factor:IGF1", "outcome:survival") in keys(doc)


def test_harms_associated_with_the_studys_own_factor_are_a_safety_row(full_nlp):
    doc = full_nlp("Subcutaneous BDNF in ALS\nPatients with ALS received subcutaneous BDNF or placebo. BDNF was "
                   "associated with a higher incidence of injection-site reactions and diarrhoea.")
    got = {(m.predicate, m.subject_id, m.object_id, m.effect) for m in doc._.relations}
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:safety", "unfavorable") in got


def test_a_measured_factor_associated_with_an_outcome_is_still_no_row(full_nlp):
    doc = full_nlp("Serum VEGF in ALS\nWe measured serum VEGF in patients with ALS. Low VEGF levels were associated "
                   "with shorter survival.")
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]


def test_umbilical_cord_tissue_msc_trial_rows(full_nlp):
    """(helper P, s16) an invented autism-style trial: the UC-MSC rows, not generic MSC rows."""
    doc = full_nlp("Cord tissue MSCs in a neurodevelopmental disorder\nWe gave intravenous umbilical cord "
                   "tissue-derived mesenchymal stem cells (UC-MSCs) to 30 children. Serum interleukin-6 "
                   "decreased after UC-MSC infusion.")
    ks = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:uc_msc", "route:intravenous") in ks
    assert ("AFFECTS", "cell:uc_msc", "outcome:inflammation") in ks
    assert not any(s == "cell:msc" for _, s, _ in ks)


@pytest.mark.parametrize("sentence, outcome", [
    ("Socialization scores improved in the cord blood group.", "outcome:other"),
    ("Gross motor function improved in the cord blood group but not in the placebo group.", "outcome:motor_function"),
    ("Gross motor function improved in the cord blood group, unlike the placebo group.", "outcome:motor_function"),
])
def test_a_result_contrasted_with_the_control_arm_is_the_cells(full_nlp, sentence, outcome):
    """(helper P, s16) invented cord blood trials: `X improved in ... but not in the placebo group` is no
    sentence about the control arm alone; `Socialization scores improved` (intransitive) is an end point."""
    doc = full_nlp("Cord blood cells in autism\nChildren received autologous cord blood cells intravenously. " + sentence)
    assert any(m.predicate == "AFFECTS" and m.subject_id == "cell:other" and m.object_id == outcome
               and m.effect == "favorable" for m in doc._.relations)


@pytest.mark.parametrize("sentence, outcome, effect", [
    ("The ALSFRS-R declined in the placebo group but not in the treated group.", "outcome:alsfrs_r", "favorable"),
    ("Motor function worsened in sham-operated mice but not in the grafted mice.", "outcome:motor_function", "favorable"),
    ("Motor function improved in the MSC group but not in the placebo group.", "outcome:motor_function", "favorable"),
])
def test_a_change_of_the_control_arm_denied_for_the_treated_arm(full_nlp, sentence, outcome, effect):
    """(helper P, s16) `X declined in the placebo group but not in the treated group`: said of the control arm."""
    doc = full_nlp(UC_TRIAL + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome} == {effect}


# --- helper D (s17): preclinical cell therapy in ALS models (invented sentences) ---

@pytest.mark.parametrize("sentence, outcome", [
    ("Rotarod performance was better in both treated groups than in controls.", "outcome:motor_function"),
    ("Grip strength improved in both treatment groups compared with vehicle.", "outcome:muscle_strength"),
    ("Survival was prolonged in both transplanted groups.", "outcome:survival"),
])
def test_two_treated_arms_against_a_control_are_no_parallel_null(full_nlp, sentence, outcome):
    """(helper D, s17) `better in both treated groups than in controls`: two cell arms of a multi-arm mouse study
    both beat the control, not `improved in both groups` (cells and placebo alike)."""
    doc = full_nlp("MSCs in SOD1 mice\nSOD1-G93A mice received intravenous or intrathecal MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome} == {"favorable"}


def test_improved_in_both_groups_of_a_trial_stays_null(full_nlp):
    doc = full_nlp("MSCs in ALS\nPatients received intrathecal MSCs or placebo. The ALSFRS-R score improved in both groups.")
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"} == {"null"}


@pytest.mark.parametrize("sentence, outcome, effect", [
    ("Respiratory function measured by plethysmography was better maintained in treated rats.",
     "outcome:respiratory_function", "favorable"),
    ("Muscle strength measured with a grip meter was higher in treated rats.", "outcome:muscle_strength", "favorable"),
])
def test_a_measure_named_without_commas_is_no_unclear_cue(full_nlp, sentence, outcome, effect):
    """(helper D, s17) `X measured by Y was better maintained`: how X was measured, the result follows."""
    doc = full_nlp("MSCs in SOD1 rats\nSOD1 rats received intrathecal MSCs. " + sentence)
    assert effect in {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert "unclear" not in {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}


@pytest.mark.parametrize("sentence, given, source", [
    ("We differentiated human induced pluripotent stem cells (iPSCs) into astrocytes and transplanted them into "
     "the cervical spinal cord of SOD1 rats.", "cell:astrocyte", "cell:ipsc"),
    ("Human embryonic stem cells were differentiated into astrocytes, and the ESC-derived astrocytes were injected "
     "intrathecally into SOD1 mice.", "cell:astrocyte", "cell:esc"),
])
def test_the_source_of_derived_cells_is_not_what_was_given(full_nlp, sentence, given, source):
    """(helper D, s17) the route belongs to the cells made in culture, not to the stem cells they came from."""
    doc = full_nlp("Derived cells in SOD1 rodents\n" + sentence)
    routes = {m.subject_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert given in routes and source not in routes


@pytest.mark.parametrize("sentence", [
    "MSCs, which can differentiate into neurons, were injected intrathecally into SOD1 mice.",
    "MSCs differentiated into astrocytes after intraspinal injection.",
])
def test_cells_that_only_may_differentiate_keep_their_route(full_nlp, sentence):
    doc = full_nlp("MSCs in SOD1 mice\n" + sentence)
    assert any(m.predicate == "ADMINISTERED_VIA" and m.subject_id == "cell:msc" for m in doc._.relations)


@pytest.mark.parametrize("sentence", [
    "Cell engraftment was inversely correlated with the decline in motor score.",
    "The number of engrafted cells correlated with survival.",
    "There was a significant correlation between engraftment and motor neuron counts.",
])
def test_a_correlation_between_measures_is_no_effect_of_the_cells(full_nlp, sentence):
    """(helper D, s17) a link between engraftment and an end point states no result of the treatment."""
    doc = full_nlp("WJ-MSCs in SOD1 rats\nSOD1 rats received WJ-MSCs into the cisterna magna. " + sentence)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


@pytest.mark.parametrize("text, outcome", [
    ("SOD1 mice received intravenous Tregs. Transferred Tregs suppressed microglial activation and extended survival.",
     "outcome:survival"),
    ("SOD1 mice received intravenous injections of regulatory T cells. The Tregs extended survival.", "outcome:survival"),
    ("Adoptively transferred Tregs reduced microglial activation in SOD1 mice.", "outcome:inflammation"),
])
def test_native_immune_cells_given_by_route_or_transfer_are_the_therapy(full_nlp, text, outcome):
    """(helper D, s17) `received intravenous Tregs`, `injections of regulatory T cells`, `transferred Tregs`: the
    Tregs are the document's treatment, so what they change is theirs (not a native cell acting on its own)."""
    doc = full_nlp("Regulatory T cells in ALS mice\n" + text)
    assert any(m.predicate == "AFFECTS" and m.subject_id == "cell:treg" and m.object_id == outcome
               and m.effect == "favorable" for m in doc._.relations)


def test_host_glia_named_beside_a_graft_get_no_relation(full_nlp):
    doc = full_nlp("MSCs in SOD1 mice\nSOD1 mice received intrathecal MSCs. MSCs reduced activation of astrocytes. "
                   "Astrocytes from SOD1 mice are toxic to motor neurons.")
    assert not [m for m in doc._.relations if m.subject_id in ("cell:astrocyte", "cell:motor_neuron")]


# --- helper B (session 17): neurotrophic-factor biology, invented sentences ---

@pytest.mark.parametrize("text, factor, outcome", [
    ("Neurotrophic factors in ALS\nClinical trials of subcutaneous ciliary neurotrophic factor (CNTF) and "
     "brain-derived neurotrophic factor (BDNF) did not slow the decline of muscle strength, and CNTF caused weight loss.",
     "factor:CNTF", "outcome:muscle_strength"),
    ("Growth factors in ALS\nTrials of IGF-1 and VEGF failed to prolong survival in patients, and IGF-1 was well tolerated.",
     "factor:IGF1", "outcome:survival"),
])
def test_a_listed_factor_named_again_after_the_end_point_keeps_its_result(full_nlp, text, factor, outcome):
    """(helper B, s17) a factor of a list named again in a later clause (`..., and CNTF caused weight loss`):
    its nearest mention follows the end point, but the listed mention is the subject of the end point's clause."""
    doc = full_nlp(text)
    assert any(m.predicate == "FACTOR_AFFECTS" and m.subject_id == factor and m.object_id == outcome
               and m.effect == "null" for m in doc._.relations)


@pytest.mark.parametrize("text", [
    "Growth factors as markers in ALS\nHepatocyte growth factor (HGF) and insulin-like growth factor 1 (IGF-1) are "
    "neurotrophic for motor neurons. Whether their circulating levels relate to the course of the disease is unknown.",
    "Serum factors in ALS\nGDNF and VEGF support motor neurons in culture. We asked whether their serum concentrations "
    "predict survival in patients.",
])
def test_factors_named_back_only_as_their_levels_are_no_agents(full_nlp, text):
    """(helper B, s17) `Whether their circulating levels relate to the course of the disease`: the factors' level
    beside an end point (a biomarker question), not a change the factors make."""
    doc = full_nlp(text)
    assert not any(m.predicate == "FACTOR_AFFECTS" and m.object_id in ("outcome:disease_progression", "outcome:survival")
                   for m in doc._.relations)


@pytest.mark.parametrize("sentence, effect", [
    ("BDNF promoted the survival of axotomized facial motor neurons.", "favorable"),
    ("GDNF increased the survival of embryonic rat motor neurons in culture.", "favorable"),
    ("GDNF-treated mice had 35% more lumbar motor neurons than vehicle-treated mice.", "favorable"),
    ("NT-3 did not improve the survival of lesioned motor neurons.", "null"),
])
def test_motor_neuron_survival_with_state_words_and_compared_counts(full_nlp, sentence, effect):
    """(helper B, s17) `survival of axotomized facial motor neurons`, `of embryonic rat motor neurons`, `35% more
    lumbar motor neurons`: motor neuron survival (SPEC), not the animals' survival, a graft's or a cell mention."""
    doc = full_nlp("Neurotrophic factors and motor neurons\n" + sentence)
    got = {(m.object_id, m.effect) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}
    assert ("outcome:motor_neuron_survival", effect) in got
    assert not any(o in ("outcome:survival", "outcome:other") for o, _ in got)


@pytest.mark.parametrize("sentence, outcome", [
    ("Deletion of VEGF shortened survival of SOD1 mice.", "outcome:survival"),
    ("Conditional CNTF deletion shortened survival of SOD1 mice.", "outcome:survival"),
    ("Ablation of GDNF in muscle accelerated motor neuron loss.", "outcome:motor_neuron_survival"),
])
def test_a_factor_deleted_reads_as_its_absence(full_nlp, sentence, outcome):
    """(helper B, s17) knockout studies: `deletion of VEGF shortened survival` says what the factor does when
    present (favorable), like `lack of VEGF` and `CNTF-deficient mice` already."""
    doc = full_nlp("Neurotrophic factors in SOD1 mice\n" + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome} == {"favorable"}


# --- helper A (s17): ALS clinical studies without cells ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Lithium in SOD1 mice\nLithium increased BDNF expression in the spinal cord and delayed disease onset in "
    "SOD1G93A mice.",
    "A kinase inhibitor in ALS mice\nThe inhibitor upregulated GDNF expression in cultured astrocytes and prolonged "
    "survival in SOD1 mice.",
    "Exercise in ALS\nAerobic exercise increased circulating BDNF and improved quality of life in patients with ALS.",
    "Compound X in ALS mice\nCompound X upregulated VEGF in motor neurons, and extended survival by 12 days.",
])
def test_a_factor_another_agent_raised_beside_the_outcome_is_no_agent(full_nlp, text):
    """(helper A, s17) a drug or exercise raised the factor and, in the same breath, the outcome: the factor
    is what was changed (its read-out word and a short place may follow it), not what acted."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"], [
        (m.subject_text, m.object_text) for m in doc._.relations]


@pytest.mark.parametrize("text, outcome", [
    ("VEGF in ALS mice\nTreatment with VEGF increased VEGF expression in the spinal cord and delayed onset of "
     "paralysis.", "outcome:disease_onset"),
    ("IGF-1 in ALS mice\nThe drug increased IGF-1 in muscle, which protected motor neurons from degeneration.",
     "outcome:motor_neuron_survival"),
])
def test_a_factor_given_or_named_as_the_cause_still_acts(full_nlp, text, outcome):
    """(helper A, s17) guards: the factor given raises its own level; `which protected` names it the cause."""
    doc = full_nlp(text)
    assert outcome in {m.object_id for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}


@pytest.mark.parametrize("text, outcome", [
    ("CNTF in ALS\nPatients received subcutaneous recombinant CNTF or placebo. Muscle strength declined as fast as "
     "with placebo.", "outcome:muscle_strength"),
    ("BDNF in ALS\nPatients received subcutaneous BDNF or placebo. FVC declined at the same pace as in the placebo "
     "arm.", "outcome:respiratory_function"),
    (UC_TRIAL + "The ALSFRS-R declined as rapidly as before treatment.", "outcome:alsfrs_r"),
])
def test_a_decline_as_fast_as_the_control_is_no_effect(full_nlp, text, outcome):
    """(helper A, s17) `declined as fast as with placebo`, `at the same pace as`: a change both arms shared."""
    doc = full_nlp(text)
    assert {m.effect for m in doc._.relations if m.object_id == outcome
            and m.predicate in ("AFFECTS", "FACTOR_AFFECTS")} == {"null"}


# --- helper E (s17): cell therapy in other neurological diseases (invented sentences) ---

@pytest.mark.parametrize("title, opening", [
    ("Neural stem cells for multiple sclerosis",
     "Multiple sclerosis is a demyelinating disease. Current disease-modifying drugs reduce the relapse rate but "
     "fail to halt neurodegeneration."),
    ("Neural stem cells for multiple sclerosis",
     "Multiple sclerosis is a demyelinating disease. Immunomodulatory treatments reduce the relapse rate but do "
     "not prevent disability progression."),
    ("Mesenchymal stem cells for stroke",
     "Stroke is a major cause of disability. Rehabilitation therapy improves motor function only modestly."),
    ("Mesenchymal stem cells for neonatal encephalopathy",
     "Therapeutic hypothermia reduces death and disability in neonates with hypoxic-ischemic encephalopathy."),
])
def test_what_the_standard_care_of_the_disease_does_is_not_the_title_cells(full_nlp, title, opening):
    """(helper E, s17) a background sentence on another treatment of the disease (`disease-modifying drugs`,
    `therapeutic hypothermia`, `rehabilitation therapy`) gives the title's cells no AFFECTS row."""
    doc = full_nlp(title + "\n" + opening)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


@pytest.mark.parametrize("text, factor", [
    ("Rats received intravitreal BMSCs. We conclude that intravitreal BMSCs are neuroprotective for retinal "
     "ganglion cells, probably through paracrine release of neurotrophins.", "factor:ntf"),
    ("Rats received intravenous MSCs. The benefit of MSCs is probably mediated by secretion of BDNF.", "factor:BDNF"),
])
def test_probably_hedges_a_proposed_mechanism(full_nlp, text, factor):
    """(helper E, s17) `probably through paracrine release of X`: proposed, like `presumably`."""
    doc = full_nlp("Stem cells in neuroprotection\n" + text)
    sec = [m for m in doc._.relations if m.predicate == "SECRETES" and m.object_id == factor]
    assert sec and all(m.hedged for m in sec)


@pytest.mark.parametrize("sentence, effect", [
    ("The proportion of patients with mRS 0-2 at 90 days did not differ between the groups.", "null"),
    ("The proportion of patients with mRS 0-2 at 90 days was higher in the cell group (45% vs 25%).", "favorable"),
    ("More patients in the cell group achieved an mRS of 0-2 at 6 months.", "favorable"),
    ("The percentage of patients with a modified Rankin Scale score ≤2 was higher after treatment.", "favorable"),
])
def test_the_share_of_patients_at_the_good_end_of_a_scale_is_a_result(full_nlp, sentence, effect):
    """(helper E, s17) the dichotomized stroke end point (`mRS 0-2`) is a result, not an enrolment threshold,
    and more patients within the good end is favorable although a lower mRS is better."""
    doc = full_nlp("Intravenous MSCs in stroke\nPatients received intravenous MSCs. " + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"} == {effect}


def test_a_scale_range_of_who_was_enrolled_is_still_no_result(full_nlp):
    doc = full_nlp("Intravenous MSCs in stroke\nPatients with an NIHSS of 6 to 20 were enrolled. Patients with mRS "
                   "0-2 before the stroke were included.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"]


@pytest.mark.parametrize("sentence, outcome", [
    ("There was no treatment-related mortality.", "outcome:safety"),
    ("No mortality was attributable to the treatment.", "outcome:safety"),
    ("Mortality at 90 days was 10% in both groups.", "outcome:survival"),
])
def test_mortality_denied_or_attributed_is_a_safety_finding(full_nlp, sentence, outcome):
    """(helper E, s17) `no treatment-related mortality`: deaths reported as a safety finding (SOURCE.md)."""
    doc = full_nlp("Intravenous MSCs in stroke\nPatients received intravenous MSCs. " + sentence)
    assert {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"} == {outcome}


@pytest.mark.parametrize("sentence, outcome", [
    ("Sensory latency shortened in treated rats.", "outcome:other"),
    ("Mean pain scores on the visual analogue scale decreased from 7.2 to 3.1.", "outcome:other"),
])
def test_shorter_nerve_latencies_and_lower_pain_scales_are_favorable(full_nlp, sentence, outcome):
    """(helper E, s17) nerve conduction latencies and VAS pain scores: lower is better."""
    doc = full_nlp("Adipose-derived stem cells in diabetic neuropathy\nRats received intramuscular AD-MSCs. "
                   + sentence)
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome} == {"favorable"}


@pytest.mark.parametrize("sentence, factor", [
    ("MSC-derived GDNF may protect dopaminergic neurons.", "factor:GDNF"),
    ("MSC-derived BDNF may protect retinal ganglion cells.", "factor:BDNF"),
    ("MSC-secreted VEGF might support cortical neurons.", "factor:VEGFA"),
])
def test_the_neurons_a_factor_protects_do_not_secrete_it(full_nlp, sentence, factor):
    """(helper E, s17) `MSC-derived GDNF may protect dopaminergic neurons`: the neurons are the factor's target
    (the factor is the subject of a verb of benefit), not its maker; the MSCs still secrete it."""
    doc = full_nlp("Mesenchymal stem cells in neurodegeneration\n" + sentence)
    sec = {m.subject_id for m in doc._.relations if m.predicate == "SECRETES" and m.object_id == factor}
    assert sec == {"cell:msc"}


# --- helper C (s17): MSC studies in non-neurological diseases (invented text) ---

@pytest.mark.parametrize("text, effect", [
    ("MSCs in kidney injury\nIn rats with ischemic kidney injury, intravenous BM-MSCs reduced serum creatinine.",
     "favorable"),
    ("MSCs in kidney injury\nUC-MSC treatment attenuated tubular necrosis in cisplatin-treated rats.", "favorable"),
    ("MSCs in lupus\nAfter UC-MSC transplantation, SLEDAI scores declined in most patients.", "favorable"),
    ("MSCs in rheumatoid arthritis\nBM-MSCs lowered DAS28 scores in patients with refractory disease.", "favorable"),
    ("MSCs in psoriasis\nSubcutaneous UC-MSCs reduced the PASI score in imiquimod-treated mice.", "favorable"),
    ("Exosomes in wound healing\nTopical MSC exosomes reduced the wound area in diabetic mice.", "favorable"),
    ("MSCs in osteogenesis imperfecta\nFetal MSCs reduced the annual fracture rate in affected children.", "favorable"),
    ("MSCs in dry eye\nSubconjunctival MSC injection reduced the OSDI score in patients with dry eye.", "favorable"),
    ("MSCs in lung fibrosis\nIntravenous BM-MSCs reduced the Ashcroft score in bleomycin-treated mice.", "favorable"),
    ("MSCs in kidney injury\nBM-MSCs increased creatinine clearance in rats with kidney injury.", "favorable"),
])
def test_less_organ_damage_in_other_diseases_is_the_benefit(full_nlp, text, effect):
    """(helper C, s17) `reduced serum creatinine`, `lowered DAS28`, `reduced the wound area`: organ damage
    and disease scores of MSC studies outside the nervous system, where less is better (clearance is not)."""
    doc = full_nlp(text)
    # (a title naming its topic, `Exosomes in wound healing`, states no result: unclear, not this test's)
    effs = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.section != "title"}
    assert effs == {effect}, [(m.object_text, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("text, route", [
    ("MSCs in ovarian failure\nUC-MSCs were injected intraovarian in rats with premature ovarian failure.",
     "route:other"),
    ("MSCs in kidney injury\nBM-MSCs were injected intrarenally after ischemia-reperfusion.", "route:other"),
    ("MSCs in osteogenesis imperfecta\nBM-MSCs were injected intraosseously into the femur of the mice.",
     "route:other"),
    ("Exosomes in dry eye\nMSC exosomes were given as eye drops four times daily.", "route:other"),
    ("MSCs in retinal degeneration\nhUC-MSCs were injected subretinally in dystrophic rats.", "route:other"),
    ("MSCs in thin endometrium\nBM-MSCs were given by intrauterine infusion.", "route:other"),
])
def test_routes_into_other_organs_helper_c(full_nlp, text, route):
    """(helper C, s17) intraovarian, intrarenal, intraosseous, subretinal, intrauterine, eye drops: SPEC's
    route:other."""
    doc = full_nlp(text)
    assert route in {m.object_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}


@pytest.mark.parametrize("sentence", [
    "MSCs lowered serum IL-6 at 24 h.",
    "MSC treatment lowered serum TNF-α in septic mice.",
])
def test_a_cytokine_lowered_by_the_cells_is_an_end_point(full_nlp, sentence):
    """(helper C, s17) `lowered serum IL-6`: `lowered` is a change verb like `reduced` (the comparative
    `lower` stays a compared state)."""
    doc = full_nlp("MSCs in sepsis\nMice received intravenous MSCs after cecal ligation. " + sentence)
    assert any(m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation" and m.effect == "favorable"
               for m in doc._.relations), [(e.text, e._.concept_id) for e in doc.ents]


@pytest.mark.parametrize("sentence, outcome", [
    ("In co-culture with stimulated peripheral blood mononuclear cells, BM-MSCs suppressed T-cell proliferation.",
     "outcome:other"),
    ("When co-cultured with activated PBMCs, UC-MSCs reduced interferon-γ secretion.", "outcome:inflammation"),
])
def test_the_partner_cells_of_a_coculture_are_no_treatment(full_nlp, sentence, outcome):
    """(helper C, s17) in an immunosuppression assay the co-cultured immune cells are the target, not an agent."""
    doc = full_nlp("Immunomodulation by MSCs in vitro\n" + sentence)
    subjects = {m.subject_id for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome}
    assert "cell:other" not in subjects and subjects, subjects


def test_suppressed_lymphocyte_proliferation_is_the_benefit(full_nlp):
    """(helper C, s17) MSC immunosuppression assays: less proliferation of stimulated lymphocytes is the aim."""
    doc = full_nlp("Immunomodulation by MSCs in vitro\nMSCs suppressed the proliferation of mitogen-stimulated "
                   "lymphocytes in a dose-dependent manner.")
    assert {m.effect for m in doc._.relations if m.predicate == "AFFECTS"} == {"favorable"}


@pytest.mark.parametrize("text, cell, factor", [
    ("Secretome of MSCs\nAD-MSCs released significant amounts of VEGF and HGF into the culture medium.",
     "cell:ad_msc", "factor:HGF"),
    ("Secretome of MSCs\nIn culture, the UC-MSCs released large amounts of VEGF, IGF-1 and HGF into the medium.",
     "cell:uc_msc", "factor:HGF"),
])
def test_every_member_of_a_plainly_secreted_factor_list(full_nlp, text, cell, factor):
    """(helper C, s17) `released VEGF and HGF`: the later members of the list the secretion verb takes are
    secreted as plainly as the first."""
    doc = full_nlp(text)
    assert ("SECRETES", cell, factor) in keys(doc), [(m.predicate, m.subject_id, m.object_id) for m in doc._.relations]


@pytest.mark.parametrize("text", [
    "MSCs in diabetes\nWJ-MSC infusion lowered fasting blood glucose in the treated patients.",
    "MSCs in ovarian failure\nAfter UC-MSC transplantation, serum estradiol was higher than in untreated rats.",
])
def test_a_blood_analyte_changed_by_the_cells_is_a_biomarker(full_nlp, text):
    """(helper C, s17) blood glucose, estradiol: analytes of MSC trials outside the nervous system are
    measures (SPEC's blood markers: outcome:biomarker)."""
    doc = full_nlp(text)
    assert any(m.predicate == "AFFECTS" and m.object_id == "outcome:biomarker" and m.effect == "favorable"
               for m in doc._.relations), [(e.text, e._.concept_id) for e in doc.ents]


# ---- helper I (s17): factors blocked, knocked out and named again; the onset moved earlier or later

@pytest.mark.parametrize("text, outcome", [
    ("VEGF signalling in SOD1 mice\nAdministration of a VEGF antagonist accelerated disease progression in SOD1G93A "
     "mice.", "outcome:disease_progression"),
    ("GDNF in SOD1 rats\nNeutralizing antibodies against GDNF worsened motor performance in SOD1G93A rats.",
     "outcome:motor_function"),
    ("VEGF in ALS models\nAn inhibitor of VEGF shortened survival of SOD1G93A mice.", "outcome:survival"),
    ("VEGF in ALS models\nBlocking VEGF accelerated motor neuron loss in SOD1G93A mice.",
     "outcome:motor_neuron_survival"),
    ("BDNF in ALS models\nSequestering BDNF with TrkB-Fc reduced the survival of motor neurons in SOD1 mice.",
     "outcome:motor_neuron_survival"),
    # the benefit taken away by the reagent is still the factor's
    ("HGF and MSCs in SOD1 mice\nNeutralizing HGF abolished the protective effect of MSCs on motor neurons.",
     "outcome:motor_neuron_survival"),
])
def test_a_reagent_that_blocks_the_factor_reads_as_its_absence(full_nlp, text, outcome):
    """(helper I, s17) what a reagent against the factor did is what the factor's absence did: the factor
    itself is favorable for the end point (as `lack of VEGF`, `knockdown of BDNF`)."""
    doc = full_nlp(text)
    got = {(m.object_id, m.effect) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}
    assert (outcome, "favorable") in got and (outcome, "unfavorable") not in got, got


@pytest.mark.parametrize("text, outcome", [
    ("GDNF knockout in SOD1 mice\nGDNF knockout mice were crossed with SOD1G93A mice. Knockout mice showed earlier "
     "onset of paralysis and shorter survival.", "outcome:survival"),
    ("CNTF knockout in SOD1 mice\nCNTF knockout mice were crossed with SOD1G93A mice. The double mutant animals had "
     "earlier onset and reduced survival compared with SOD1G93A mice.", "outcome:survival"),
    ("CNTF knockout in SOD1 mice\nCNTF knockout mice were crossed with SOD1G93A mice. The double mutant animals had "
     "earlier onset and reduced survival compared with SOD1G93A mice.", "outcome:disease_onset"),
])
def test_knockout_animals_named_again_without_the_factor(full_nlp, text, outcome):
    """(helper I, s17) the factor resolved from the sentence naming its knockout into one naming the knockout
    animals again: their worse course shows the factor favorable, as in the factor-named sentence."""
    doc = full_nlp(text)
    got = {(m.object_id, m.effect) for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"}
    assert (outcome, "favorable") in got and (outcome, "unfavorable") not in got, got


@pytest.mark.parametrize("text, subject, effect", [
    ("CNTF deficiency in SOD1 mice\nCNTF deficiency advanced disease onset by two weeks and shortened survival.",
     "factor:CNTF", "favorable"),
    ("CNTF and ALS onset\nMice lacking CNTF showed earlier onset and faster disease progression.", "factor:CNTF",
     "favorable"),
    ("MSCs in SOD1 mice\nMSC-treated SOD1G93A mice showed later onset and longer survival.", "cell:msc", "favorable"),
])
def test_an_onset_moved_earlier_or_later(full_nlp, text, subject, effect):
    """(helper I, s17) `advanced the onset` brings it earlier; `earlier onset`, `later onset` name the onset as
    the compared end point (the factor's absence turns the first two around)."""
    doc = full_nlp(text)
    got = {m.effect for m in doc._.relations if m.subject_id == subject and m.object_id == "outcome:disease_onset"}
    assert got == {effect}, [(m.subject_id, m.object_id, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("sentence", [
    "A VEGF receptor inhibitor reduced the survival benefit of MSCs.",
    "An anti-VEGF antibody reduced the survival benefit of the grafted MSCs by half.",
])
def test_a_benefit_reduced_by_a_blocking_reagent_shows_the_benefit(full_nlp, sentence):
    """(helper I, s17) `an inhibitor reduced the survival benefit of MSCs`: the reagent took away a benefit the
    cells had (as `abolished the survival benefit`), the cells' result is favorable."""
    doc = full_nlp("MSCs in SOD1 mice\nSOD1G93A mice received intrathecal MSCs. " + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:survival"}
    assert got == {"favorable"}, got


# --- helper H, s17: effect wordings of result sentences (invented texts) ---
_H_TRIAL = "Intrathecal MSCs in ALS\nTwelve patients received intrathecal MSCs. "
_H_MICE = "MSCs in SOD1 mice\nSOD1 mice received intravenous MSCs. "


@pytest.mark.parametrize("text, predicate, outcome, effect", [
    # a denied report leaves the result unstated (SOURCE: measured, no reported result: unclear)
    (_H_TRIAL + "ALSFRS-R scores were not reported.", "AFFECTS", "outcome:alsfrs_r", "unclear"),
    (_H_TRIAL + "The effect on FVC was not reported.", "AFFECTS", "outcome:respiratory_function", "unclear"),
    (_H_TRIAL + "Results for muscle strength have not been published.", "AFFECTS", "outcome:muscle_strength",
     "unclear"),
    (_H_TRIAL + "Survival results at 12 months are still pending.", "AFFECTS", "outcome:survival", "unclear"),
    # the outcome's own name is the harm that happened: weight loss is bad in ALS
    (_H_TRIAL + "MSC treatment was associated with weight loss.", "AFFECTS", "outcome:body_weight", "unfavorable"),
    (_H_TRIAL + "Weight loss was observed in MSC-treated patients.", "AFFECTS", "outcome:body_weight", "unfavorable"),
    ("CNTF in ALS\nCNTF was given subcutaneously. CNTF treatment was associated with weight loss and cough.",
     "FACTOR_AFFECTS", "outcome:body_weight", "unfavorable"),
    # a worsening denied is the outcome spared, as `no worsening of X` (not `did not prevent the decline`: null)
    (_H_MICE + "MSCs did not worsen motor function.", "AFFECTS", "outcome:motor_function", "favorable"),
    (_H_MICE + "Motor function did not worsen after MSC injection.", "AFFECTS", "outcome:motor_function",
     "favorable"),
    (_H_MICE + "MSC treatment did not exacerbate neuroinflammation in the spinal cord.", "AFFECTS",
     "outcome:inflammation", "favorable"),
    (_H_TRIAL + "Muscle strength did not deteriorate during follow-up.", "AFFECTS", "outcome:muscle_strength",
     "favorable"),
    (_H_MICE + "MSCs did not prevent the decline in rotarod performance.", "AFFECTS", "outcome:motor_function",
     "null"),
    # damping verbs lessen what follows: `blunted the rise in X` is less of X
    (_H_MICE + "MSC treatment blunted the rise in inflammatory cytokines.", "AFFECTS", "outcome:inflammation",
     "favorable"),
    (_H_MICE + "MSC treatment dampened the increase in microglial activation.", "AFFECTS", "outcome:inflammation",
     "favorable"),
    # a gain that did not last: still a gain (the lead, s29; SPEC's mixed is a result that went both ways)
    (_H_TRIAL + "FVC stabilized for 6 months after MSC injection, followed by a decline.", "AFFECTS",
     "outcome:respiratory_function", "favorable"),
    (_H_TRIAL + "The ALSFRS-R slope slowed after MSC injection, but the effect was lost after month 6.", "AFFECTS",
     "outcome:alsfrs_r", "favorable"),
    # a ratio of an event stated with no change word: below 1 fewer events with the treatment
    (_H_TRIAL + "The hazard ratio for death at 12 months was 1.62 (95% CI 1.10-2.30).", "AFFECTS",
     "outcome:survival", "unfavorable"),
    (_H_TRIAL + "The hazard ratio for death with MSC treatment was 0.62 (95% CI 0.41-0.93).", "AFFECTS",
     "outcome:survival", "favorable"),
    # a title that names the study or the topic of an outcome, with no result word: unclear
    ("Mesenchymal stem cell transplantation in ALS: a phase II study of safety and efficacy\n"
     "Twelve patients received intrathecal MSCs.", "AFFECTS", "outcome:safety", "unclear"),
    ("Mesenchymal stem cells in ALS: effects on survival and muscle strength\n"
     "Twelve patients received intrathecal MSCs.", "AFFECTS", "outcome:muscle_strength", "unclear"),
    # (a body sentence's effect noun after its verb is a result: `had beneficial effects on X`)
    (_H_TRIAL + "MSC treatment had beneficial effects on survival.", "AFFECTS", "outcome:survival", "favorable"),
])
def test_result_wordings_of_the_effect(full_nlp, text, predicate, outcome, effect):
    """(helper H, s17) result and conclusion wordings: denied reports, named harms, denied worsening,
    damping verbs, gains that did not last, study titles."""
    doc = full_nlp(text)
    got = {m.effect for m in doc._.relations if m.predicate == predicate and m.object_id == outcome}
    assert got == {effect}, (got, [(m.predicate, m.object_id, m.effect, m.effect_cue) for m in doc._.relations])


# --- helper K (s17): ADMINISTERED_VIA precision: routes that are not the cells' ---

def _routes(doc):
    return {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}


@pytest.mark.parametrize("text, kept, dropped", [
    # another agent's own clause, ended by `while`/`before` or a following `and`
    ("MSCs with immunosuppression\nMSCs were injected intrathecally while tacrolimus was given orally to "
     "prevent graft rejection.", ("cell:msc", "route:intrathecal"), ("cell:msc", "route:other")),
    ("Inflammation model\nLipopolysaccharide was injected intraperitoneally to induce neuroinflammation before "
     "intranasal MSC administration.", ("cell:msc", "route:intranasal"), ("cell:msc", "route:intraperitoneal")),
    ("Labelling\nRats were given BrdU intraperitoneally and human neural progenitor cells intraspinally.",
     ("cell:nsc", "route:intraspinal"), ("cell:nsc", "route:intraperitoneal")),
    # a tracer, particle or vector named by the route (before or after it)
    ("Blood-brain barrier\nFluorescent microspheres were injected intravenously, and BM-MSCs were delivered "
     "intrathecally.", ("cell:bm_msc", "route:intrathecal"), ("cell:bm_msc", "route:intravenous")),
    ("Gene and cell therapy\nIntramuscular AAV-IGF1 and intrathecal NSCs were compared in SOD1 mice.",
     ("cell:nsc", "route:intrathecal"), ("cell:nsc", "route:intramuscular")),
    # drugs, sedation and feeding of other trials and models
    ("Stroke model\nRats received intravenous alteplase and intrastriatal NSC grafts after arterial occlusion.",
     ("cell:nsc", "route:intracerebral"), ("cell:nsc", "route:intravenous")),
    ("Procedure\nUnder intravenous sedation, the UC-MSCs were injected into the cisterna magna.",
     ("cell:uc_msc", "route:intracisternal"), ("cell:uc_msc", "route:intravenous")),
    ("Diet\nSOD1 mice were fed nicotinamide orally and received NSC grafts into the lumbar spinal cord.",
     ("cell:nsc", "route:intraspinal"), ("cell:nsc", "route:other")),
    # a relative clause on another agent
    ("Immunoglobulin\nUnlike IVIG, which is infused intravenously, the UC-MSCs were given by lumbar puncture.",
     ("cell:uc_msc", "route:intrathecal"), ("cell:uc_msc", "route:intravenous")),
])
def test_a_route_in_another_agents_clause_is_not_the_cells(full_nlp, text, kept, dropped):
    """(helper K, s17) the train gold gives no row for the route of a drug, tracer or vector given beside the
    cells; the route's own clause (cut at `while`, `before`, `after`, or a following `and`) names that agent."""
    got = _routes(full_nlp(text))
    assert kept in got, got
    assert dropped not in got, got


@pytest.mark.parametrize("text, host", [
    ("MSCs in SOD1 mice\nAfter intravenous MSC infusion, regulatory T cells rose in the spleen.", "cell:treg"),
    ("MSCs in SOD1 mice\nFollowing intrathecal BM-MSC transplantation, NK cells were activated in the spleen.",
     "cell:other"),
    ("MSCs in ALS\nUpon intravenous WJ-MSC infusion, CD4+ T cells declined in the blood.", "cell:t_cell"),
])
def test_host_cells_measured_after_a_graft_get_no_route(full_nlp, text, host):
    """(helper K, s17) the route premodifies the grafted cells; the host's cells that the sentence measures
    afterwards were not given by it."""
    got = _routes(full_nlp(text))
    assert not any(s == host for s, _ in got), got
    assert any(s != host for s, _ in got), got


@pytest.mark.parametrize("text, kept, dropped", [
    # each cell its own list of routes
    ("Cell therapy for ALS: a review\nTrials have given MSCs by intrathecal, intravenous or intramuscular routes, "
     "and NSCs by intraspinal injection.", ("cell:msc", "route:intramuscular"), ("cell:nsc", "route:intravenous")),
    # a route that premodifies a cell is that cell's, whatever stands before it
    ("Cell therapy for ALS: a review\nIntraspinal NSC grafting, intrathecal MSC injection and intravenous "
     "HSC infusion have been tested.", ("cell:msc", "route:intrathecal"), ("cell:nsc", "route:intrathecal")),
    # each route before its own cell, through the route's head noun (`intravenous delivery of HSCs`)
    ("Routes compared\nUnlike intravenous infusion of bone marrow mononuclear cells, intrathecal UC-MSCs reached "
     "the lumbar cord.", ("cell:uc_msc", "route:intrathecal"), ("cell:uc_msc", "route:intravenous")),
    ("Routes compared\nUnlike intravenous infusion of bone marrow mononuclear cells, intrathecal UC-MSCs reached "
     "the lumbar cord.", ("cell:bm_mnc", "route:intravenous"), ("cell:bm_mnc", "route:intrathecal")),
])
def test_each_cell_keeps_its_own_route_list(full_nlp, text, kept, dropped):
    """(helper K, s17) `MSCs by A, B or C routes, and NSCs by D`: the listed routes go with the cell before
    the list; `intrathecal MSC injection` is the MSCs' even after another cell's phrase."""
    got = _routes(full_nlp(text))
    assert kept in got, got
    assert dropped not in got, got


@pytest.mark.parametrize("text, source", [
    ("Exosomes in SOD1 mice\nBM-MSCs were primed with TNF-alpha and their exosomes were injected "
     "intravenously.", "cell:bm_msc"),
    ("Vesicles in SOD1 mice\nMSCs were grown in 3D culture, and the extracellular vesicles they released were "
     "given intranasally.", "cell:msc"),
])
def test_the_product_not_its_source_takes_the_route(full_nlp, text, source):
    """(helper K, s17) the source cells have a predicate of their own (cultured, primed); the route gives their
    product only (`MSCs and their exosomes were injected` gives both)."""
    got = _routes(full_nlp(text))
    assert any(s == "cell:msc_ev" for s, _ in got), got
    assert not any(s == source for s, _ in got), got


# ---- helper M (s17): `counter` as a verb of protection ----

@pytest.mark.parametrize("text, predicate, subject, obj", [
    ("GDNF delivery in ALS\nEngineered cells may secrete GDNF to counter the progressive decline of motor "
     "function in patients.", "FACTOR_AFFECTS", "factor:GDNF", "outcome:motor_function"),
    ("BDNF in SOD1 mice\nRepeated BDNF injections countered the loss of grip strength in SOD1 mice.",
     "FACTOR_AFFECTS", "factor:BDNF", "outcome:muscle_strength"),
    ("Stromal cells in SOD1 mice\nIntrathecal MSCs countered the decline of motor function in SOD1 mice.",
     "AFFECTS", "cell:msc", "outcome:motor_function"),
    ("Neural stem cells in ALS\nGrafted NSCs release neurotrophic factors that may counter the worsening of "
     "motor function.", "FACTOR_AFFECTS", "factor:ntf", "outcome:motor_function"),
])
def test_countering_a_decline_is_favorable(full_nlp, text, predicate, subject, obj):
    """(helper M, s17) `to counter the decline of X`, `countered the loss of X`: like `counteract`, the verb
    turns the harm named after it around (the decline/loss word alone read unfavorable)."""
    got = [m for m in rels(full_nlp(text), predicate) if m.subject_id == subject and m.object_id == obj]
    assert got, [(m.predicate, m.subject_id, m.object_id) for m in full_nlp(text)._.relations]
    assert all(m.effect == "favorable" for m in got), [m.effect for m in got]


@pytest.mark.parametrize("text, predicate, subject, obj", [
    ("GDNF in SOD1 mice\nIntrathecal GDNF caused an increase in grip strength and a reduction in astrogliosis.",
     "FACTOR_AFFECTS", "factor:GDNF", "outcome:muscle_strength"),
    ("VEGF in SOD1 rats\nVEGF infusion induced an increase in motor neuron survival and a decrease in "
     "microglial activation.", "FACTOR_AFFECTS", "factor:VEGFA", "outcome:motor_neuron_survival"),
    ("Stromal cells in SOD1 mice\nIntrathecal MSCs caused an increase in survival and a decrease in weight loss.",
     "AFFECTS", "cell:msc", "outcome:survival"),
])
def test_a_caused_increase_is_the_end_points_cue(full_nlp, text, predicate, subject, obj):
    """(helper M, s17) `caused/induced an increase in X and a reduction in Y`: the causal verb only brings the
    rise about, so `increase` is X's cue (it was set aside as a rise another cue acts on, as in `attenuated the
    increase in IL-1β`, and Y's `reduction` then read X unfavorable)."""
    got = [m for m in rels(full_nlp(text), predicate) if m.subject_id == subject and m.object_id == obj]
    assert got, [(m.predicate, m.subject_id, m.object_id) for m in full_nlp(text)._.relations]
    assert all(m.effect == "favorable" for m in got), [m.effect for m in got]


# ---- helper N (s17): AFFECTS precision in near-miss wordings ----

@pytest.mark.parametrize("text", [
    "Intrathecal MSCs in SOD1 mice\nSOD1G93A mice lost body weight from week 14 and showed a decline in motor "
    "function.",
    "Grafts of MSCs in a rat model of ALS\nTransgenic SOD1 rats developed hind limb paralysis and lost weight "
    "by day 120.",
    "MSCs in SOD1 mice\nIn SOD1 mice, motor function declined from week 12. MSCs were given at week 10.",
])
def test_the_untreated_model_course_is_no_result_of_the_cells(full_nlp, text):
    """(helper N, s17) a sentence whose subject is the disease model itself and that names no treatment
    or benefit reports the model's own course: no AFFECTS from the title's cells."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


@pytest.mark.parametrize("text, key", [
    ("Intrathecal MSCs in SOD1 mice\nSOD1G93A mice received intrathecal MSCs at week 10. SOD1G93A mice showed "
     "delayed disease onset and prolonged survival.", ("AFFECTS", "cell:msc", "outcome:survival")),
    ("MSCs in SOD1 mice\nSOD1 mice received MSCs. In SOD1 mice, motor function declined more slowly.",
     ("AFFECTS", "cell:msc", "outcome:motor_function")),
])
def test_the_model_course_keeps_a_stated_benefit(full_nlp, text, key):
    """(helper N, s17) the same subject with a word of benefit after a sentence on the graft is a result."""
    doc = full_nlp(text)
    assert key in keys(doc), keys(doc)


@pytest.mark.parametrize("text", [
    "Motor neurons from ALS patients\nMotor neurons derived from patient iPSCs showed reduced survival and "
    "increased oxidative stress compared with controls.",
    "Patient motor neurons in culture\nMotor neurons derived from ALS patient fibroblasts showed reduced "
    "survival in culture.",
])
def test_patient_derived_cells_are_a_model_not_a_therapy(full_nlp, text):
    """(helper N, s17) cells made from a patient's iPSCs or fibroblasts (singular `patient`) model the disease:
    neither they nor their source cells are subjects of what the culture shows."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


@pytest.mark.parametrize("text", [
    "Emerging therapies for ALS\nStem cell therapies, including mesenchymal stem cells and neural stem cells, "
    "are under investigation; edaravone slows functional decline.",
    "Emerging therapies for ALS\nMesenchymal stem cells are being tested in trials, and riluzole prolongs "
    "survival by three months.",
    "Emerging therapies for ALS\nBesides mesenchymal stem cells, riluzole and edaravone have been shown to "
    "prolong survival.",
])
def test_a_drug_opening_its_own_clause_owns_the_outcome(full_nlp, text):
    """(helper N, s17) a drug that heads the outcome's own clause is what acts; the cells named in the other
    clause take no AFFECTS."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


@pytest.mark.parametrize("text", [
    "MSCs in SOD1 mice\nMSCs combined with riluzole prolonged survival in SOD1 mice.",
    "MSCs in SOD1 mice\nMSCs, but not riluzole, prolonged survival in SOD1 mice.",
])
def test_cells_given_with_a_drug_keep_their_outcome(full_nlp, text):
    """(helper N, s17) a drug given with the cells or set aside (`but not riluzole`) does not take the result."""
    doc = full_nlp(text)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc), keys(doc)


# ---- helper B, session 18 (real MSC papers in other neurological diseases) ----

@pytest.mark.parametrize("text, concept, effect", [
    ("Cord MSCs in cerebral palsy\nChildren received intrathecal UC-MSCs or a sham procedure. GMFM-66 scores were "
     "significantly higher in the UC-MSC group compared to baseline (7.4; 95%CI 3.9, 11.2) and control "
     "(β 5.1; 95%CI 0.8, 9.6).", "outcome:motor_function", "favorable"),
    ("MSCs in ALS\nPatients received intrathecal MSCs. The ALSFRS-R declined by 1.9 points (95% CI 0.7, 3.1) in "
     "the MSC group versus 4.2 points in the placebo group.", "outcome:alsfrs_r", "favorable"),
])
def test_an_interval_bound_is_not_the_control_arms_value(full_nlp, text, concept, effect):
    """(helper B, s18) the bounds of a value's confidence interval (`7.4; 95%CI 3.9, 11.2`) are not the
    other arm's value: `higher ... (7.4; 95%CI 3.9, 11.2)` read as 7.4 against 11.2 flipped the effect."""
    doc = full_nlp(text)
    got = {(m.object_id, m.effect) for m in doc._.relations if m.predicate == "AFFECTS"}
    assert (concept, effect) in got, got


# --- helper F, session 18: cell therapy for ALS (clinical and preclinical), from real-abstract audit ---

def _effects(doc):
    return {(m.predicate, m.subject_id, m.object_id): m.effect for m in doc._.relations}


def test_none_of_the_patients_had_harm_or_faster_progression(full_nlp):
    """(helper F, s18) `None of the patients had X or increased Y`: the denied subject covers both objects;
    the harm is spared (favorable), the progression unchanged (null)."""
    doc = full_nlp("Grafted NSCs in ALS\nTwelve patients received intraspinal neural stem cells. None of the "
                   "subjects exhibited serious adverse events or increased disease progression after surgery.")
    eff = _effects(doc)
    assert eff.get(("AFFECTS", "cell:nsc", "outcome:safety")) == "favorable", eff
    assert eff.get(("AFFECTS", "cell:nsc", "outcome:disease_progression")) == "null", eff


def test_patients_of_both_groups_followed_is_no_shared_result(full_nlp):
    """(helper F, s18) `patients in both groups were followed with X`: who was assessed, not a change both
    arms shared (unclear, not null); `lost to follow-up` is a dropout, no harm."""
    doc = full_nlp(UC_TRIAL + "Patients in both groups were followed at 3, 6 and 9 months after the last "
                   "injection with the ALSFRS-R and FVC.")
    eff = _effects(doc)
    assert eff.get(("AFFECTS", "cell:uc_msc", "outcome:alsfrs_r")) == "unclear", eff
    doc = full_nlp(UC_TRIAL + "Three patients were lost to follow-up before the FVC assessment at month 9.")
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", "outcome:respiratory_function")) != "unfavorable"


def test_a_change_taken_up_and_denied_to_the_cells_is_null(full_nlp):
    """(helper F, s18) `a decrease in X ..., and this decrease was not altered by the cells`: null."""
    doc = full_nlp("Bone marrow cells in SOD1 mice\nWe injected bone marrow mononuclear cells into the lumbar "
                   "spinal cord of SOD1 mice. Counting showed a decrease in the number of motor neurons with age, "
                   "and this decrease was not altered by the transplants.")
    assert _effects(doc).get(("AFFECTS", "cell:bm_mnc", "outcome:motor_neuron_survival")) == "null", _effects(doc)


def test_longer_disease_duration_is_favorable(full_nlp):
    """(helper F, s18) in SOD1 models a longer disease duration (onset to end stage) is a benefit."""
    doc = full_nlp("NSC grafts in SOD1 rats\nHuman neural stem cells were grafted into the lumbar cord of SOD1 "
                   "rats. Disease duration in grafted rats was longer by 9 days than in sham rats.")
    assert _effects(doc).get(("AFFECTS", "cell:nsc", "outcome:disease_progression")) == "favorable", _effects(doc)


def test_source_cells_of_derived_progenitors_are_not_given(full_nlp):
    """(helper F, s18) `we derived progenitors from iPSCs and grafted them`: the iPSCs are the source, the
    progenitors what was given."""
    doc = full_nlp("iPSC progenitors in ALS mice\nWe generated glial progenitors from human iPSCs and grafted "
                   "them into the cervical spinal cord of SOD1 mice.")
    assert ("ADMINISTERED_VIA", "cell:ipsc", "route:intraspinal") not in keys(doc), keys(doc)


# --- helper D (s18): neurotrophic-factor biology without cells (near-miss) ---

@pytest.mark.parametrize("text", [
    # the title names the factor only as a level: no factor is the study's therapy
    "GDNF serum levels and clinical features in amyotrophic lateral sclerosis\nSerum samples were obtained "
    "from 40 patients with ALS. Each patient underwent handgrip dynamometry, and progression speed was "
    "estimated from the decline of the ALSFRS-R score over time.",
    # the factor's own level, and the factor named as a marker
    "Neurotrophins in ALS serum\nWe detected higher GDNF and lower pro-GDNF levels in ALS sera than in "
    "healthy subjects. We propose that GDNF might be used as a diagnostic biomarker.",
    # a level named in one sentence, a result stated in the next
    "Neurotrophins in ALS serum\nGDNF serum levels were lower in patients with bulbar onset. No differences "
    "were found for grip strength or disease duration.",
    # a short form after its long form named as the level
    "Trophic support in ALS\nTo measure serum levels of ciliary neurotrophic factor (CNTF) in patients, "
    "we examined grip strength and cognitive impairment.",
])
def test_factor_named_as_a_measured_level_is_no_agent(full_nlp, text):
    """(helper D, s18) biomarker studies of a factor's level (`GDNF serum levels`, `serum levels of ciliary
    neurotrophic factor (CNTF)`, a title on the level) state no FACTOR_AFFECTS: the level goes with the
    course, the factor changed nothing."""
    doc = full_nlp(text)
    assert not rels(doc, "FACTOR_AFFECTS"), keys(doc)


@pytest.mark.parametrize("text, factor, outcome", [
    ("CNTF in rodents\nCiliary neurotrophic factor (CNTF) is a potent neurotrophic factor promoting motor "
     "neuron survival in rodents.", "factor:CNTF", "outcome:motor_neuron_survival"),
    ("BDNF and plasticity\nBDNF, a neurotrophin highly expressed in the hippocampus, enhances synaptic "
     "plasticity in adult mice.", "factor:BDNF", "outcome:other"),
    ("IGF-1 in SOD1 mice\nInsulin-like growth factor 1 (IGF-1) also functions as a trophic factor preventing "
     "motor neuron loss in SOD1 mice.", "factor:IGF1", "outcome:motor_neuron_survival"),
    ("HGF in ALS\nHGF was first known as a mitogen for liver cells, and it also acts as a neurotrophic factor "
     "attenuating motor neuron degeneration.", "factor:HGF", "outcome:motor_neuron_survival"),
])
def test_class_word_said_of_a_named_factor_is_that_factor(full_nlp, text, factor, outcome):
    """(helper D, s18) `X is / functions as a neurotrophic factor protecting ...`: the class word refers to the
    named factor (SPEC section 3: anaphora resolves to the antecedent's concept); no second `factor:ntf` row."""
    doc = full_nlp(text)
    assert (("FACTOR_AFFECTS", factor, outcome) in keys(doc)
            and ("FACTOR_AFFECTS", "factor:ntf", outcome) not in keys(doc)), keys(doc)


def test_class_word_listed_apart_keeps_its_own_relation(full_nlp):
    """(helper D, s18) the class named on its own (not said of a named factor) keeps its FACTOR_AFFECTS."""
    doc = full_nlp("Trophic factors in nerve repair\nNeurotrophic factors promote axonal regeneration after "
                   "sciatic nerve injury.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:other") in keys(doc), keys(doc)


# --- helper E, s18: MSC work outside neurology ---

def test_but_opens_a_second_secretion_predicate_of_the_same_cells(full_nlp):
    """(helper E, s18) `ASCs expressed the usual markers but secreted less VEGF`: `but` joins two predicates of
    the same cells; with another cell named after `but`, the first cells still take no factor."""
    doc = full_nlp("Adipose stem cells in diabetic wounds\nAdipose-derived stem cells from obese donors expressed "
                   "the usual surface markers but secreted less VEGF than lean-donor cells.")
    assert ("SECRETES", "cell:ad_msc", "factor:VEGFA") in keys(doc), keys(doc)
    doc = full_nlp("Two sources\nBone marrow MSCs expressed CD73 but umbilical cord MSCs secreted more HGF.")
    assert ("SECRETES", "cell:bm_msc", "factor:HGF") not in keys(doc), keys(doc)


def test_promising_approach_toward_a_change_is_hedged(full_nlp):
    """(helper E, s18) `a promising approach toward improving wound healing` proposes, as `for improving` does."""
    doc = full_nlp("MSC therapy for wounds\nMesenchymal stem cell therapy represents a promising approach toward "
                   "improving wound healing in diabetic patients.")
    got = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == "cell:msc"]
    assert got and all(m.hedged for m in got), keys(doc)


@pytest.mark.parametrize("sentence", [
    "Pain-free walking distance increased after bone marrow MSC injection.",
    "The amputation rate was lower after bone marrow MSC injection.",
])
def test_limb_ischaemia_end_points_read_the_right_way(full_nlp, sentence):
    """(helper E, s18) more pain-free walking and fewer amputations are favorable (`pain` and `amputation`
    read as harms only where the end point is the harm itself)."""
    doc = full_nlp("Bone marrow MSCs for critical limb ischemia\n" + sentence)
    got = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert got and all(m.effect == "favorable" for m in got), [(m.object_id, m.effect) for m in got]


# --- helper C, s18: near-miss ALS trials of factors given as drugs (real-abstract audit) ---------------------

@pytest.mark.parametrize("text, outcome", [
    ("Recombinant CNTF in ALS\nSixty patients with ALS were randomized to placebo or CNTF for 6 months. At the "
     "end of the study, the primary efficacy measure (change in muscle strength) showed no significant "
     "difference between the groups.", "outcome:muscle_strength"),
    ("Recombinant CNTF in ALS\nSixty patients with ALS were randomized to placebo or CNTF for 6 months. At the "
     "end of the study, the primary end point (change in disease progression as assessed by the Norris scale) "
     "showed no significant difference between the groups.", "outcome:disease_progression"),
])
def test_a_bracketed_end_point_takes_the_verdict_after_the_bracket(full_nlp, text, outcome):
    """(helper C, s18) `the primary end point (change in X [as assessed by Y]) showed no difference`: the
    outcome names the bracketed end point, the subject of the verdict; the measuring aside is no cue."""
    doc = full_nlp(text)
    got = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome}
    assert "null" in got, [(m.object_id, m.effect, m.effect_cue) for m in doc._.relations]


@pytest.mark.parametrize("text, outcomes", [
    ("Subcutaneous BDNF in ALS\nPatients with ALS were randomized to BDNF or placebo for one year. The primary "
     "outcome measure was the change in grip strength. There was no difference between the groups in the "
     "primary outcome measure.", ("outcome:muscle_strength",)),
    ("Subcutaneous BDNF in ALS\nPatients with ALS were randomized to BDNF or placebo for one year. The primary "
     "outcome measure was the change in grip strength. Secondary outcome measures included survival and "
     "forced vital capacity. Results: There was no difference between the groups in the primary or secondary "
     "outcome measures.", ("outcome:muscle_strength", "outcome:survival", "outcome:respiratory_function")),
])
def test_a_verdict_on_the_defined_end_points_reaches_each_of_them(full_nlp, text, outcomes):
    """(helper C, s18) `the primary outcome measure was X` (the longest end point name, not `primary outcome`
    before `measure`), `secondary outcome measures included Y and Z` ... `no difference in the primary or
    secondary outcome measures`: the verdict is null for X, Y and Z."""
    doc = full_nlp(text)
    for outcome in outcomes:
        got = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome}
        assert "null" in got, (outcome, [(m.object_id, m.effect, m.effect_cue) for m in doc._.relations])


def test_retarding_a_loss_is_favorable(full_nlp):
    """(helper C, s18) `retard loss of X`, like `slow the loss of X`: the outcome spared, not the verb."""
    doc = full_nlp("IGF-1 in ALS\nIn a pilot study, IGF-1 appeared to increase survival and retard loss of "
                   "pulmonary function in ALS patients.")
    got = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"
           and m.object_id == "outcome:respiratory_function"}
    assert got == {"favorable"}, [(m.object_id, m.effect, m.effect_cue) for m in doc._.relations]
    assert ("pulmonary function", "outcome:respiratory_function") in [(e.text, e._.concept_id) for e in doc.ents]


def test_reducing_a_neuropathology_is_favorable(full_nlp):
    """(helper C, s18) less pathology is the benefit: `reduced ALS neuropathology`, like `fewer inclusions`."""
    doc = full_nlp("AAV-GDNF in SOD1 mice\nDelivery of GDNF to the spinal cord reduced ALS neuropathology and "
                   "improved grip strength in SOD1 mice.")
    got = {m.effect for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == "outcome:other"}
    assert got == {"favorable"}, [(m.object_id, m.effect, m.effect_cue) for m in doc._.relations]


# --- helper A (s18): MSC therapy in brain injury (stroke, ICH, TBI, neonatal HI); invented sentences ---

@pytest.mark.parametrize("text", [
    "Adipose stem cells in stroke rats\nAdipose-derived stem cells were given intravenously after MCAO. "
    "ADSCs promote GDNF expression via the RET signaling and improve functional recovery in stroke rats.",
    "Adipose stem cells in stroke rats\nAdipose-derived stem cells were given intravenously after MCAO. "
    "ADSCs enhance neurogenesis and promote GDNF expression in stroke rats.",
])
def test_a_factor_the_cells_raise_beside_their_result_does_not_act(full_nlp, text):
    """(helper A, s18) `cells promote X expression and improve Y`: the factor is the cells' product and Y
    their result; the text does not say the factor changed Y (SECRETES and AFFECTS, no FACTOR_AFFECTS)."""
    doc = full_nlp(text)
    assert ("SECRETES", "cell:ad_msc", "factor:GDNF") in keys(doc), keys(doc)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"], keys(doc)


@pytest.mark.parametrize("text", [
    "MSCs after stroke\nMSCs were injected intravenously after MCAO. The expression of BDNF, VEGF, IL-1β and "
    "TNF-α in the ischemic cortex was measured by ELISA.",
    "MSCs after stroke\nMSCs were injected intravenously after MCAO. Changes in the gene expression of markers "
    "of apoptosis (Bax and Bcl2), inflammation (IL-6 and IL-10), trophic factors (BDNF, NGF and NT-3) and "
    "angiogenesis (CD31) were evaluated.",
])
def test_factors_listed_among_measured_read_outs_do_not_act(full_nlp, text):
    """(helper A, s18) a methods sentence listing what was measured: the factors are read-outs beside the
    other markers, not agents of them."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"], keys(doc)


def test_reactivity_left_unabated_by_the_cells_is_a_null_result(full_nlp):
    """(helper A, s18) `X remained unabated by MSC transplantation`: the cells did not change X."""
    doc = full_nlp("Adipose MSCs in chronic stroke rats\nAdipose-derived MSCs were injected into the "
                   "peri-infarct cortex four weeks after MCAO. Microglial activation around the infarct remained "
                   "unabated by MSC transplantation.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation"]
    assert found and all(m.effect == "null" for m in found), [(m.subject_id, m.effect) for m in found]


@pytest.mark.parametrize("text, factor", [
    ("MSCs after ICH\nMSCs were given intravenously after ICH. MSC transplantation upregulated VEGF in the "
     "perihematomal region.", "factor:VEGFA"),
    ("MSCs after ICH\nMSCs were given intravenously after ICH. The protein content of Akt and BDNF were all "
     "elevated by MSC transplantation.", "factor:BDNF"),
])
def test_a_factor_the_cells_upregulate_is_theirs(full_nlp, text, factor):
    """(helper A, s18) `MSC transplantation upregulated VEGF`, `BDNF was elevated by MSC transplantation`:
    the factor is attributed to the cells (SECRETES, as `improved the expression of NGF` in the train gold)."""
    doc = full_nlp(text)
    assert ("SECRETES", "cell:msc", factor) in keys(doc), keys(doc)


def test_an_outcome_named_as_a_drawback_is_a_harm(full_nlp):
    """(helper A, s18) `MSC therapy has a few drawbacks, including tumor formation`: an unfavorable safety
    finding, not a favorable one."""
    doc = full_nlp("MSCs for TBI\nMSCs were given intravenously after TBI in rats. However, MSC therapy has a few "
                   "drawbacks including tumor formation.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:safety"]
    assert found and all(m.effect == "unfavorable" for m in found), [(m.subject_id, m.effect) for m in found]


# ---- helper G, session 18 (real near-miss cell biology: patient-derived glia, T cells, MSC differentiation) ----

@pytest.mark.parametrize("text, cell", [
    ("Astrocytes from ALS patients impair motor neurons\nWe generated iPSC-derived astrocytes from C9-ALS patients and "
     "co-cultured them with healthy motor neurons. The iPSC-derived astrocytes from C9-ALS patients reduced motor "
     "neuron survival and increased neurite retraction.", "cell:astrocyte"),
    ("Astrocytes in ALS\nPostmortem ALS spinal cord-derived astrocytes reduced motor neuron survival in culture.",
     "cell:astrocyte"),
    ("Regulatory T cells in ALS\nAdoptive transfer of expanded Tregs prolonged survival of SOD1 mice. In untreated "
     "mice, decreased Tregs accelerated motor neuron loss.", "cell:treg"),
])
def test_patients_own_native_cells_are_a_model_not_a_therapy(full_nlp, text, cell):
    """(helper G, s18) native cells named as the patients' or the model's (`astrocytes from C9-ALS patients`,
    `ALS spinal cord-derived astrocytes`, `decreased Tregs`) act in a disease model: what they do to motor
    neurons is no result of a treatment (the given Tregs keep theirs)."""
    doc = full_nlp(text)
    got = keys(doc)
    assert ("AFFECTS", cell, "outcome:motor_neuron_survival") not in got, got
    if cell == "cell:treg":
        assert ("AFFECTS", "cell:treg", "outcome:survival") in got, got


def test_stem_cells_differentiated_in_culture_affect_nothing(full_nlp):
    """(helper G, s18) a study that differentiates MSCs in culture and gives them to no animal: the markers
    the cells come to express are their own change, not an outcome of a cell therapy."""
    doc = full_nlp("Differentiation of adipose-derived MSCs into motor neuron-like cells in vitro\nAdipose-derived "
                   "MSCs were exposed to retinoic acid and sonic hedgehog for seven days. The MSCs showed increased "
                   "expression of Islet-1 and a neuron-like morphology.")
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


def test_a_secretion_named_as_the_means_is_no_end_point(full_nlp):
    """(helper G, s18) `reduced X through secretion of soluble mediators`: how the cells act, not a second
    outcome they changed."""
    doc = full_nlp("Intrathecal MSCs in SOD1 mice\nIntrathecal MSCs reduced microglial activation through secretion "
                   "of soluble mediators.")
    got = keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:inflammation") in got, got
    assert ("AFFECTS", "cell:msc", "outcome:other") not in got, got


@pytest.mark.parametrize("text, kept, dropped", [
    ("Regulatory T cells in ALS\nPassive transfer of expanded Tregs prolonged survival of SOD1 mice. Treg numbers "
     "were decreased in rapidly progressing patients.", "outcome:survival", "outcome:other"),
    ("MSCs in SOD1 mice\nIntrathecal MSCs prolonged survival. MSC proliferation was measured in culture before "
     "grafting.", "outcome:survival", "outcome:other"),
    ("Regulatory T cells in ALS\nIn SOD1 mice, decreased Tregs shortened survival; passive transfer of expanded Tregs "
     "suppressed neuroinflammation.", "outcome:inflammation", "outcome:survival"),
])
def test_the_cells_own_measures_are_no_result_of_giving_them(full_nlp, text, kept, dropped):
    """(helper G, s18) an outcome that names the cells themselves (`Treg numbers`, `MSC proliferation`) is
    their own measure; and cells given in a clause after `;`, with outcomes of their own, do not take the
    outcome of the clause before (`decreased Tregs shortened survival; transfer of Tregs ...`)."""
    doc = full_nlp(text)
    got = {m.object_id for m in doc._.relations if m.predicate == "AFFECTS"}
    assert kept in got and dropped not in got, got


def test_the_grafts_survival_stays_an_outcome(full_nlp):
    """(helper G, s18) `survival of the grafted MSCs` names the cells but is the graft's fate (SOURCE.md)."""
    doc = full_nlp("MSCs in SOD1 mice\nMSCs were injected intrathecally. Poor survival of the grafted MSCs was "
                   "observed at four weeks.")
    assert ("AFFECTS", "cell:msc", "outcome:other") in keys(doc), keys(doc)


# --- helper H (s18): clinical cell-therapy trials in other neurological diseases (invented sentences)

@pytest.mark.parametrize("sentence", [
    "Treated patients showed clinical improvement in the Berg Balance Scale but lacked statistical significance.",
    "The Berg Balance Scale improved in the treated group, lacking statistical significance.",
])
def test_an_improvement_that_lacked_significance_is_null(full_nlp, sentence):
    """(helper H, s18) `improvement ..., but lacked statistical significance`: no effect shown."""
    doc = full_nlp(UC_TRIAL + sentence)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:motor_function"]
    assert found and all(m.effect == "null" for m in found), [(m.subject_id, m.effect) for m in found]


@pytest.mark.parametrize("sentence", [
    "No statistical difference was observed for improving the Barthel index of patients.",
    "There was no significant difference in improving the Barthel index between the two arms.",
])
def test_no_difference_in_improving_an_end_point_is_null(full_nlp, sentence):
    """(helper H, s18) `no (statistical) difference was observed for improving X`: the gerund names where
    no difference was found, not an improvement."""
    doc = full_nlp(UC_TRIAL + sentence)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "null" for m in found), [(m.subject_id, m.effect) for m in found]


def test_a_difference_in_improving_an_end_point_stays_favorable(full_nlp):
    """(helper H, s18) the same words without the denial keep the improvement."""
    doc = full_nlp(UC_TRIAL + "There was a significant difference in improving the Barthel index in favour of UC-MSCs.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


# --- helper L (session 18): review abstracts (MSC / neurotrophic-factor therapy reviews) ---

def test_safety_issues_such_as_a_harm_are_unfavorable(full_nlp):
    """(helper L, s18) `safety issues such as tumor formation cannot be avoided` with MSCs: a harm named as
    the therapy's risk (as `safety concerns` is), not a favorable safety finding."""
    doc = full_nlp("MSC therapy for neurodegeneration\nMSCs lower oxidative stress in brain tissue. However, "
                   "safety issues such as tumor formation remain with MSC therapy.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:safety"]
    assert found and all(m.effect == "unfavorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_coordinated_routes_of_the_contrasted_trial_are_not_the_first_cells(full_nlp):
    """(helper L, s18) systematic reviews list trials: `one trial gave BM-MSCs ..., while the other compared
    combined intramuscular and intrathecal administration of MSC-NTF cells`: both routes are MSC-NTF's."""
    doc = full_nlp("Cell therapy for ALS: a review\nOne trial compared autologous bone marrow MSCs with riluzole "
                   "alone, while the other trial compared combined intramuscular and intrathecal administration "
                   "of MSC-NTF cells with placebo.")
    k = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:msc_ntf", "route:intramuscular") in k, k
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intramuscular") not in k, k


# --- helper J (s18): preclinical MSC work in non-neurological diseases; invented sentences ---

def test_a_change_likened_to_another_treatment_keeps_its_direction(full_nlp):
    """(helper J, s18) `significantly reduced X, which was comparable to etanercept`: the cells' effect is
    likened to a reference drug's; the arms were not found alike (`X was comparable to that of untreated
    mice` stays null)."""
    doc = full_nlp("UC-MSCs in arthritis\nMice with collagen-induced arthritis received UC-MSCs intraperitoneally. "
                   "MSC treatment significantly reduced the severity of arthritis, which was comparable to etanercept.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]
    doc = full_nlp("UC-MSCs in arthritis\nMice with collagen-induced arthritis received UC-MSCs intraperitoneally. "
                   "The severity of arthritis was comparable to that of untreated mice.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "null" for m in found), [(m.subject_id, m.effect) for m in found]


@pytest.mark.parametrize("text", [
    "MSC exosomes in kidney injury\nRats with gentamicin-induced acute kidney injury received MSC exosomes under "
    "the renal capsule. After injection of gentamicin, there was a rise in serum creatinine and blood urea nitrogen.",
    "MSCs in lung injury\nMice with acute lung injury were given MSCs intravenously. Following LPS challenge, the "
    "lung wet/dry weight ratio rose sharply.",
])
def test_what_the_model_agent_did_is_no_result_of_the_cells(full_nlp, text):
    """(helper J, s18) a sentence that dates its findings from the giving of the model's insult and names no
    cells (`After injection of cisplatin, BUN rose`) tells what the insult did, not what the cells did."""
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.predicate == "AFFECTS"], keys(doc)


def test_after_giving_the_cells_the_change_is_theirs(full_nlp):
    """(helper J, s18) the counterpart: `After administration of the cells, X fell` is the cells' result."""
    doc = full_nlp("MSCs in lung injury\nMice with acute lung injury were given MSCs intravenously. After "
                   "administration of the cells, the lung wet/dry weight ratio fell.")
    assert ("AFFECTS", "cell:msc", "outcome:other") in keys(doc), keys(doc)


# --- helper K (session 18): cells as neurotrophic-factor sources (engineered, induced, secretome) -------------

def test_factor_made_by_cells_after_their_short_form_is_not_the_agent(full_nlp):
    """(helper K, s18) `neural stem cells (NSCs) overexpressing VEGF delayed onset`: the bracketed short form
    between the cells and their transgene does not make the factor the agent (AFFECTS, no FACTOR_AFFECTS)."""
    doc = full_nlp("VEGF-engineered stem cells in ALS mice\nImmortalized human neural stem cells (hNSCs) "
                   "overexpressing VEGF markedly delayed disease onset and extended survival of SOD1 mice.")
    assert not any(k[0] == "FACTOR_AFFECTS" for k in keys(doc)), keys(doc)
    assert ("AFFECTS", "cell:nsc", "outcome:survival") in keys(doc), keys(doc)


@pytest.mark.parametrize("text", [
    "Engineered progenitors in ALS rats\nNPC-GDNFs were transplanted into the lumbar spinal cord of SOD1 rats. "
    "The NPC-GDNF grafts in the cord of nude rats survived and produced GDNF for six months, with no evidence "
    "of tumor formation.",
    "Human neural progenitors deliver brain-derived neurotrophic factor to aged primates\nBrain-derived "
    "neurotrophic factor (BDNF) supports neuron survival in many models. hNPC-BDNF were grafted into the cortex "
    "of aged monkeys. These cells could also survive and release BDNF six months after implantation into the "
    "aged primate brain. No tumors were found in any animal.",
])
def test_factor_the_cells_secrete_beside_their_safety_is_not_the_agent(full_nlp, text):
    """(helper K, s18) `the grafts survived and produced GDNF for six months, with no tumor formation`, and
    the next sentence after `These cells ... release BDNF`: the factor is what the cells make; the safety
    finding is the cells' (no FACTOR_AFFECTS on safety)."""
    doc = full_nlp(text)
    assert not any(k[0] == "FACTOR_AFFECTS" and k[2] == "outcome:safety" for k in keys(doc)), keys(doc)


def test_factor_of_a_containing_medium_is_given_not_secreted(full_nlp):
    """(helper K, s18) `induced to form spheres with EGF- and bFGF-containing medium`: the culture gives the
    factor to the cells; they do not secrete it."""
    doc = full_nlp("Neurospheres from cord MSCs\nUC-MSCs were induced to form neurospheres in a serum-free "
                   "suspension culture with EGF- and basic fibroblast growth factor (bFGF)-containing medium.")
    assert not any(k[0] == "SECRETES" and k[2] == "factor:FGF2" for k in keys(doc)), keys(doc)


# ---- helper I, s18: near-miss preclinical ALS studies (factor delivery, drugs, diets, exercise in SOD1 mice)

def test_a_connective_opening_the_sentence_is_no_increase(full_nlp):
    """(helper I, s18) `Moreover, X and Y were greatly reduced by GDNF`: the connective begins like `more` but
    says nothing of the outcome; the reduction of a harm is the benefit."""
    doc = full_nlp("GDNF in SOD1 mice\nMoreover, muscle atrophy and loss of motor neurons in the lumbar cord were "
                   "greatly reduced by GDNF.")
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.subject_id == "factor:GDNF"]
    assert {m.object_id for m in found} >= {"outcome:neuromuscular", "outcome:motor_neuron_survival"}, keys(doc)
    assert all(m.effect == "favorable" for m in found), [(m.object_id, m.effect) for m in found]


@pytest.mark.parametrize("text, outcome", [
    ("IGF-1 in SOD1 mice\nAt 110 days of age, IGF-1 protected the mice from loss of motor neurons.",
     "outcome:motor_neuron_survival"),
    ("VEGF in SOD1 rats\nIntrathecal VEGF protected the hindlimb muscles against denervation.", "outcome:neuromuscular"),
])
def test_the_harm_a_factor_protects_from_is_the_end_point(full_nlp, text, outcome):
    """(helper I, s18) `protected the mice from loss of motor neurons`: what is prevented is the end point
    (unlike an insult, `protected motor neurons from glutamate excitotoxicity`)."""
    doc = full_nlp(text)
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == outcome]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)


@pytest.mark.parametrize("text", [
    "GDNF in SOD1 mice\nCentrally delivered GDNF failed to improve motor performance or to prolong lifespan.",
    "GDNF in SOD1 mice\nCentrally delivered GDNF failed to delay disease onset and to prolong survival.",
])
def test_a_failure_covers_the_infinitives_coordinated_after_it(full_nlp, text):
    """(helper I, s18) `failed to improve X or to prolong Y`: the repeated `to` keeps `prolong` under `failed`
    (null, not favorable)."""
    doc = full_nlp(text)
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == "outcome:survival"]
    assert found and all(m.effect == "null" for m in found), [(m.object_id, m.effect) for m in found]


# ---- helper O, s18: near-miss ALS clinical work (factor levels in patients, factor trials, supportive care)

@pytest.mark.parametrize("text", [
    "Circulating growth factors in motor neuron disease\nPlasma and CSF were collected from 80 patients with ALS. "
    "There were trends toward higher HGF, VEGF, IL-8 levels in patients with a longer disease duration and slower "
    "disease progression.",
    "Circulating growth factors in motor neuron disease\nPlasma and CSF were collected from 80 patients with ALS. "
    "Higher GDNF and VEGF concentrations were found in patients with slower progression.",
    "Circulating growth factors in motor neuron disease\nPlasma and CSF were collected from 80 patients with ALS. "
    "A longer survival was seen with higher levels of HGF in CSF and VEGF in CSF and plasma.",
    "Circulating growth factors in motor neuron disease\nPlasma and CSF were collected from 80 patients with ALS. "
    "A better prognosis was observed with higher BDNF in serum.",
])
def test_factors_listed_before_a_level_word_or_placed_in_a_fluid_are_no_agents(full_nlp, text):
    """(helper O, s18) biomarker papers: `higher HGF, VEGF, IL-8 levels in patients with slower progression`,
    `higher levels of HGF in CSF and VEGF in CSF`: each listed factor is a measured level, which goes with the
    course; it changes no end point (no FACTOR_AFFECTS)."""
    doc = full_nlp(text)
    assert not rels(doc, "FACTOR_AFFECTS"), keys(doc)


def test_a_long_trial_aim_leaves_the_effect_unclear(full_nlp):
    """(helper O, s18) `was designed to evaluate the safety, tolerability and efficacy of subcutaneous BDNF in
    slowing disease progression`: the aim names the hoped-for change, not a result."""
    doc = full_nlp("Subcutaneous BDNF in ALS\nThis phase II trial was designed to evaluate the safety, tolerability "
                   "and efficacy of subcutaneous BDNF in slowing disease progression in 200 patients with ALS.")
    found = [m for m in rels(doc, "FACTOR_AFFECTS") if m.object_id == "outcome:disease_progression"]
    assert found and all(m.effect == "unclear" for m in found), [(m.object_id, m.effect) for m in found]


@pytest.mark.parametrize("text", [
    "Subcutaneous CNTF in ALS\nAdverse effects of CNTF included anorexia and weight loss.",
    "Subcutaneous BDNF in ALS\nSide effects of BDNF included nausea, weight loss and cough and were sufficient to "
    "limit dosing in many patients.",
])
def test_weight_loss_listed_among_side_effects_is_a_harm(full_nlp, text):
    """(helper O, s18) `Side effects of CNTF included anorexia, weight loss and cough`: the weight loss is a harm
    of the factor (unfavorable), not a benefit."""
    doc = full_nlp(text)
    found = [m for m in rels(doc, "FACTOR_AFFECTS") if m.object_id == "outcome:body_weight"]
    assert found and all(m.effect == "unfavorable" for m in found), [(m.object_id, m.effect) for m in found]


# ---- helper P, s18: near-miss MSC / SVF / MSC-exosome work in diabetes, liver, joint, skin, bone, eye, tooth, heart

@pytest.mark.parametrize("sentence", [
    "UC-MSC therapy also decreased the Model for End-Stage Liver Disease scores compared with the control group.",
    "UC-MSCs reduced the HAQ score in patients with rheumatoid arthritis.",
    "The THA conversion rate was lower in the BM-MSC group than after core decompression alone.",
    "DPSCs reduced periodontal pocket depth and tooth mobility.",
    "UC-MSC infusion decreased insulin resistance.",
    "BM-MSCs reduced the arthritis score in the treated rats.",
])
def test_scores_of_other_organs_where_lower_is_better(full_nlp, sentence):
    """(helper P, s18) disease scores and signs of MSC trials outside neurology, where a fall is the benefit."""
    doc = full_nlp("MSCs in chronic disease\n" + sentence)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_id, m.effect) for m in found]


def test_a_therapeutic_target_in_the_background_is_no_result(full_nlp):
    """(helper P, s18) `Preservation of beta-cell function remains an attractive therapeutic target`: the aim of
    the field, said before any cells are named; the title's cells did not change it."""
    doc = full_nlp("Umbilical cord MSCs in type 1 diabetes\nPreservation of beta-cell function in type 1 diabetes "
                   "remains an attractive therapeutic target. Patients received UC-MSCs intravenously. "
                   "UC-MSCs increased serum C-peptide.")
    assert ("AFFECTS", "cell:uc_msc", "outcome:biomarker") in keys(doc), keys(doc)
    assert ("AFFECTS", "cell:uc_msc", "outcome:other") not in keys(doc), keys(doc)


@pytest.mark.parametrize("tail, effect", [
    ("but no significant difference was found between the two cell types.", "favorable"),
    ("but no significant difference was observed between the two MSC sources.", "favorable"),
    ("but no significant difference was found between the two groups.", "null"),
])
def test_two_treatments_found_alike_keep_their_change(full_nlp, tail, effect):
    """(helper P, s18) `both reduced X versus vehicle, but no difference was found between the two cell types`:
    the two treatments were alike, both changed X (`between the two groups` stays a null verdict)."""
    doc = full_nlp("Two MSC sources in arthritis\nBoth BM-MSCs and UC-MSCs reduced paw swelling compared with "
                   "vehicle, " + tail)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == "cell:uc_msc"]
    assert found and all(m.effect == effect for m in found), [(m.object_id, m.effect) for m in found]


# ---- helper N, s18: in-vitro effects of MSCs and their products on neural cells

@pytest.mark.parametrize("text", [
    "MSCs and neural stem cells\nBone marrow MSCs promoted the oligodendroglial differentiation of adult neural stem "
    "cells in co-culture.",
    "MSCs and neural stem cells\nMSC-secreted factors induced neuronal differentiation in cultured neural stem cells.",
])
def test_the_cells_an_outcome_happens_in_are_no_actor(full_nlp, text):
    """(helper N, s18) `promoted the differentiation of adult neural stem cells`, `induced X in NSCs`: the
    target cells' own change is what the MSCs (or their factors) did, not the NSCs' result."""
    doc = full_nlp(text)
    assert not any(k[0] == "AFFECTS" and k[1] == "cell:nsc" for k in keys(doc)), keys(doc)


def test_the_treated_group_after_in_still_acts(full_nlp):
    """(helper N, s18) guard: `an improvement of X in the NSC group` names the treated group, not cells measured."""
    doc = full_nlp("Neural stem cells in SOD1 mice\nMice received intrathecal NSCs. Rotarod performance improved "
                   "in the NSC group compared with vehicle.")
    assert ("AFFECTS", "cell:nsc", "outcome:motor_function") in keys(doc), keys(doc)


def test_cells_named_as_the_source_of_a_product_are_no_actor(full_nlp):
    """(helper N, s18) `conditioned medium derived from cultured MSCs improved X`: the product acts; the cells
    only say where it came from."""
    doc = full_nlp("Conditioned medium and neurons\nConditioned medium derived from cultured mesenchymal stem cells "
                   "improved neurite outgrowth in cortical neuron cultures.")
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in keys(doc), keys(doc)
    assert not any(k[0] == "AFFECTS" and k[1] == "cell:msc" for k in keys(doc)), keys(doc)


@pytest.mark.parametrize("text", [
    "Factors and neurons\nBone marrow mesenchymal stem cell (BMSC)-secreted factors promoted neurite outgrowth of "
    "cultured neurons.",
    "Factors and neurons\nMSC-derived soluble factors promoted neurite outgrowth of cultured neurons.",
])
def test_factors_secreted_by_mscs_are_their_product(full_nlp, text):
    """(helper N, s18) `MSC-secreted factors`, `(BMSC)-secreted factors`: an MSC product (cell:msc_ev, like
    `released fractions of MSC` in the train gold), not the cells."""
    doc = full_nlp(text)
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in keys(doc), keys(doc)
    assert not any(k[0] == "AFFECTS" and k[1] in ("cell:msc", "cell:bm_msc") for k in keys(doc)), keys(doc)


def test_a_future_transplantation_is_no_giving_in_a_differentiation_study(full_nlp):
    """(helper N, s18) `a source for future cell transplantation` in a study of stem cells differentiated in
    culture: nothing was given, so their marker changes are no AFFECTS (helper G's in-vitro gate)."""
    doc = full_nlp("Differentiation of human adipose-derived stem cells into oligodendrocytes\nHuman adipose-derived "
                   "stem cells (hADSCs) were cultured in an oligodendrocyte induction medium. After induction, hADSCs "
                   "showed a marked increase in the expression of Olig2 and myelin basic protein. hADSCs may be an "
                   "ideal source for future cell transplantation.")
    assert not any(k[0] == "AFFECTS" and k[1] == "cell:ad_msc" and k[2] != "outcome:safety" for k in keys(doc)), keys(doc)


def test_the_cells_a_factors_making_is_said_of_make_it(full_nlp):
    """(helper N, s18) `activated microglia promoted GDNF production by bone marrow MSCs`: the MSCs after `by`
    make the factor; the microglia are the stimulus (no SECRETES, and no end point in `activated microglia`)."""
    doc = full_nlp("Microglia and stromal cells\nIn a transwell system, activated microglia promoted GDNF production "
                   "by bone marrow MSCs.")
    assert ("SECRETES", "cell:bm_msc", "factor:GDNF") in keys(doc), keys(doc)
    assert not any(k[1] == "cell:microglia" for k in keys(doc)), keys(doc)
    assert not any(k[2] == "outcome:inflammation" for k in keys(doc)), keys(doc)


def test_the_factor_made_by_other_cells_is_not_the_subjects(full_nlp):
    """(helper N, s18) `activated MG enhanced GDNF production by BMSCs`: only the cells after `by` make it."""
    doc = full_nlp("Microglia and marrow cells\nWe studied microglia (MG) and bone marrow MSCs (BMSCs) in an in vitro "
                   "hypoxia model. Hypoxia-activated MG enhanced GDNF production by BMSCs (P < 0.01).")
    assert ("SECRETES", "cell:bm_msc", "factor:GDNF") in keys(doc), keys(doc)
    assert not any(k[0] == "SECRETES" and k[1] == "cell:microglia" for k in keys(doc)), keys(doc)


# ---- helper Q (s18): cell therapy in ALS models, real-abstract audit ----

@pytest.mark.parametrize("text, cell", [
    ("Motor neuron disease in SOD1 mice\nWithout prior activation, the passive transfer of wild-type CD4+ "
     "T lymphocytes into SOD1 mice lacking functional lymphocytes prolonged survival.", "cell:t_cell"),
    ("Motor neuron disease in SOD1 mice\nThe adoptive transfer of endogenous regulatory T cells from donor "
     "mice into SOD1 recipients prolonged survival.", "cell:treg"),
])
def test_passively_or_adoptively_transferred_lymphocytes_are_the_therapy(full_nlp, text, cell):
    """(helper Q, s18) `the passive transfer of wild-type CD4+ T lymphocytes`, `adoptive transfer of endogenous
    Tregs from donor mice`: immune cells named as transferred are the treatment (modifiers may stand between
    `transfer of` and the cells; `endogenous` there is no host's own cell)."""
    doc = full_nlp(text)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == cell
             and m.object_id == "outcome:survival"]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)


def test_glial_restricted_precursors_without_hyphen_are_the_graft(full_nlp):
    """(helper Q, s18) `human glial restricted precursors (hGRPs)`: the unhyphenated name and its short form."""
    doc = full_nlp("Grafts in SOD1 mice\nHuman glial restricted precursors (hGRPs) were transplanted into the "
                   "lateral ventricles of SOD1 mice. Transplantation of hGRPs did not improve survival.")
    assert ("ADMINISTERED_VIA", "cell:other", "route:intracerebroventricular") in keys(doc), keys(doc)
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:survival"]
    assert found and all(m.subject_id == "cell:other" and m.effect == "null" for m in found), keys(doc)


def test_a_safe_procedure_after_a_copula_is_a_safety_result(full_nlp):
    """(helper Q, s18) `the intramuscular injection of BMMCs is a safe procedure`: `safe` before a noun is an
    attribute, except after a copula and `a` (then it is the claim)."""
    doc = full_nlp("Intramuscular bone marrow cells in ALS\nTwenty patients received intramuscular autologous bone "
                   "marrow mononuclear cells (BMMCs). Our results show that the intramuscular injection of BMMCs is a "
                   "safe procedure.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:safety"]
    assert found and all(m.subject_id == "cell:bm_mnc" and m.effect == "favorable" for m in found), keys(doc)


def test_an_end_point_that_needs_to_be_validated_is_unclear(full_nlp):
    """(helper Q, s18) `the safety of MSCs in patients needs to be validated`: an aim, not a safe result."""
    doc = full_nlp(UC_TRIAL + "However, the safety of MSCs in patients needs to be validated.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == "cell:msc"
             and m.object_id == "outcome:safety"]
    assert found and all(m.effect == "unclear" for m in found), [(m.subject_id, m.effect) for m in doc._.relations]


# ---- helper M, s18: preclinical MSC / MSC-EV therapy in animal models of other neurological diseases

@pytest.mark.parametrize("text, outcome", [
    ("MSCs in spinal cord injury\nWe found that the grafted MSCs could restore locomotor function in rats with "
     "spinal cord injury.", "outcome:motor_function"),
    ("MSCs in stroke\nResults showed that MSCs could significantly reduce the infarct volume of the rats.",
     "outcome:other"),
])
def test_a_finding_that_the_cells_could_act_is_no_proposal(full_nlp, text, outcome):
    """(helper M, s18) `we found that X could restore Y`: `could` is the past of `can` in the clause of a
    finding verb, a result, not a hedge."""
    found = [m for m in full_nlp(text)._.relations if m.predicate == "AFFECTS" and m.object_id == outcome]
    assert found and not any(m.hedged for m in found), [(m.object_id, m.hedged) for m in found]


def test_a_suggestion_that_the_cells_could_act_stays_a_proposal(full_nlp):
    """(helper M, s18) the same `could` after `suggest that` still proposes."""
    doc = full_nlp("MSCs in stroke\nThese data suggest that MSCs could reduce the infarct volume of the rats.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.hedged for m in found), [(m.object_id, m.hedged) for m in found]


@pytest.mark.parametrize("text", [
    "MSCs in retinal degeneration\nMicroglial activation was more effectively suppressed in the MSC group than "
    "in the vehicle group.",
    "MSCs in spinal cord injury\nTransplantation of MSCs was more effective in reducing astrogliosis than "
    "vehicle injection.",
])
def test_more_grading_a_reduction_is_no_increase(full_nlp, text):
    """(helper M, s18) `more effectively suppressed`, `more effective in reducing`: `more` grades the change
    (the verb speaks), it is no more of the outcome."""
    found = [m for m in full_nlp(text)._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_id, m.effect) for m in found]


def test_the_end_point_of_the_cell_group_is_the_cells_effect(full_nlp):
    """(helper M, s18) `the BBB scores of the BMSC group were higher`: the group that got the cells, not a
    property of the cells themselves."""
    doc = full_nlp("BMSCs in spinal cord injury\nThe BBB scores of the BMSC group were significantly higher than "
                   "those of the control group.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.subject_id == "cell:bm_msc"
             and m.object_id == "outcome:motor_function"]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)


def test_a_property_of_the_cells_is_still_no_effect(full_nlp):
    """(helper M, s18) the other side: `the proliferation of MSCs` measures the cells."""
    doc = full_nlp("MSCs under hypoxia\nThe proliferation of MSCs was increased by hypoxic preconditioning.")
    assert not [k for k in keys(doc) if k[0] == "AFFECTS" and k[1] == "cell:msc"], keys(doc)


def test_small_vesicles_named_by_the_cell_short_form_are_the_vesicles(full_nlp):
    """(helper M, s18) `ADSC sEV`, `BMSC sEVs`: the small extracellular vesicles, not the cells."""
    doc = full_nlp("Vesicles in glaucoma\nADSC sEV were injected intravitreally once a month and preserved "
                   "RGC function.")
    ks = keys(doc)
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in ks and ("ADMINISTERED_VIA", "cell:msc_ev", "route:other") in ks, ks
    assert not [k for k in ks if k[1] == "cell:ad_msc"], ks


def test_what_drugs_that_offer_no_cure_do_is_not_the_cells(full_nlp):
    """(helper M, s18) a background on the approved drugs: `they` are the drugs, not the title's cells."""
    doc = full_nlp("Amnion MSCs in EAE\nSeveral immunomodulatory drugs are in use for multiple sclerosis. Although "
                   "useful to delay disease progression, they do not provide a definitive cure and cause some "
                   "side-effects. Here amnion MSCs were given intravenously to mice with EAE.")
    ks = keys(doc)
    assert not [k for k in ks if k[0] == "AFFECTS" and k[2] in ("outcome:disease_progression", "outcome:safety")], ks


# ---- helper R, s18: near-miss neurotrophic-factor biology (retina, cochlea, nerve and cord injury)

def test_class_word_that_names_the_one_factor(full_nlp):
    """(helper R, s18) `the neurotrophin gene NT-3`, `the neurotrophin-mediated regeneration` in a document that
    names NT-3 alone: the class word is NT-3, no second row for the class."""
    doc = full_nlp("Transgenic NT-3 in the deaf ear\nForced expression of the neurotrophin gene NT-3 in supporting "
                   "cells induced regrowth of nerve fibers. The neurotrophin-mediated regeneration was accompanied "
                   "by preservation of spiral ganglion neurons.")
    assert ("FACTOR_AFFECTS", "factor:NTF3", "outcome:other") in keys(doc), keys(doc)
    assert not any(k[0] == "FACTOR_AFFECTS" and k[1] == "factor:ntf" for k in keys(doc)), keys(doc)


def test_class_word_without_anaphora_keeps_its_row(full_nlp):
    """(helper R, s18) guard: `Neurotrophin treatment failed to prolong survival` speaks of the class."""
    doc = full_nlp("VEGF in SOD1 rats\nNeurotrophin treatment has so far failed to prolong the survival of "
                   "patients. Here VEGF delayed onset in SOD1 rats.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:survival") in keys(doc), keys(doc)


def test_agent_named_before_its_measured_level(full_nlp):
    """(helper R, s18) `Transfer of the GDNF gene ... enhanced GDNF protein levels, but induced weight loss`: the
    nearest mention is a measured level, the earlier one is the subject of the clause."""
    doc = full_nlp("AAV-GDNF in the striatum\nTransfer of the GDNF gene to nigral neurons using AAV vectors enhanced "
                   "GDNF protein levels, but induced weight loss after long-term expression.")
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == "outcome:body_weight"]
    assert found and all(m.effect == "unfavorable" for m in found), keys(doc)


def test_a_drug_result_is_not_the_background_factor(full_nlp):
    """(helper R, s18) a TrkB agonist study names BDNF in its background; `TK-42 treatment improved gait accuracy`
    is the drug's result."""
    doc = full_nlp("A TrkB agonist after stroke\nBDNF stimulates neurogenesis. We tested whether a small molecule "
                   "(TK-42) that targets TrkB promotes recovery. TK-42 treatment significantly improved gait "
                   "accuracy after stroke.")
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:other") in keys(doc), keys(doc)
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:motor_function") not in keys(doc), keys(doc)


# ---- helper Y, s19: immunomodulation by therapeutic cells in EAE and neurodegeneration models

def test_treatments_alike_in_their_change_is_no_null(full_nlp):
    """(helper Y, s19) `All three cell therapies produced a similar reduction in X`: the treatments are alike, each
    reduced X (favorable), unlike the arms of one trial."""
    doc = full_nlp("Three stromal cell products in EAE\nBone marrow MSCs, adipose MSCs and cord MSCs were given "
                   "intraperitoneally to mice with EAE. All three cell therapies produced a similar reduction in "
                   "inflammatory infiltrates.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_trial_arms_alike_stay_null(full_nlp):
    """(helper Y, s19) guard: `Patients in both arms showed a similar decline in X` is a null result."""
    doc = full_nlp(UC_TRIAL + "Patients in both arms showed a similar decline in ALSFRS-R score.")
    found = [m for m in doc._.relations if m.object_id == "outcome:alsfrs_r"]
    assert found and all(m.effect == "null" for m in found), [(m.subject_id, m.effect) for m in found]


def test_lymph_node_derived_t_cells_are_the_target(full_nlp):
    """(helper Y, s19) `NPCs inhibited the proliferation of lymph node-derived T cells`: T cells from the host's
    lymph nodes are what the graft acts on, not a derived product given."""
    doc = full_nlp("Neural precursors in EAE\nMice with EAE received intravenous neural precursor cells. In "
                   "coculture, the neural precursor cells inhibited the activation of lymph node-derived T cells "
                   "and reduced CNS inflammation.")
    assert not [k for k in keys(doc) if k[1] == "cell:t_cell"], keys(doc)
    assert ("AFFECTS", "cell:nsc", "outcome:inflammation") in keys(doc), keys(doc)


# --- helper Z (s19): cell therapy in SOD1 models, round 3 ---------------------------------------------

def test_paralysis_of_the_mice_before_treatment_is_no_result(full_nlp):
    """(helper Z, s19) `SOD1 mice demonstrating level 2 paralysis received ... marrow cells`: the recipients'
    state (the effect cue was the participle `demonstrating`), no AFFECTS motor function."""
    doc = full_nlp("Marrow grafts in SOD1 mice\nEighty-day-old SOD1 mice demonstrating level 2 paralysis received "
                   "intravenous bone marrow cells from wild-type donors.")
    assert ("ADMINISTERED_VIA", "cell:bm_mnc", "route:intravenous") in keys(doc), keys(doc)
    assert not any(k[0] == "AFFECTS" for k in keys(doc)), keys(doc)


def test_glia_counted_after_grafts_is_a_result_of_the_cells(full_nlp):
    """(helper Z, s19) `NSCs induced a decrease in astrocyte number`: inflammation, favorable."""
    doc = full_nlp("iPSC-derived NSCs in SOD1 mice\nNeural stem cells were injected intrathecally into SOD1 mice. "
                   "The NSCs induced a decrease in astrocyte number in the lumbar cord.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation"]
    assert found and all(m.subject_id == "cell:nsc" and m.effect == "favorable" for m in found), keys(doc)


# ---- helper V, s19: clinical trials and case reports of cell therapy in SCI, stroke, autism, CP, MS, TBI

@pytest.mark.parametrize("sentence, concept", [
    ("Muscle strength at the right lower extremity improved after the third infusion.", "outcome:muscle_strength"),
    ("Motor function of the lower limbs improved markedly.", "outcome:motor_function"),
    ("Grip strength in the upper limb improved at month six.", "outcome:muscle_strength"),
])
def test_a_lower_limb_is_a_place_not_a_decrease(full_nlp, sentence, concept):
    """(helper V, s19) `strength at the left lower extremity improved`: `lower`/`upper` before a limb word names
    where the outcome was measured; the verb speaks (before: unfavorable, cue `lower`)."""
    doc = full_nlp(UC_TRIAL + sentence)
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", concept)) == "favorable", _effects(doc)


def test_lower_scores_are_still_a_decrease(full_nlp):
    """(helper V, s19) guard: `lower motor scores` is a change, not a body half."""
    doc = full_nlp(UC_TRIAL + "Treated patients had lower motor scores than controls.")
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", "outcome:motor_function")) == "unfavorable", _effects(doc)


@pytest.mark.parametrize("sentence, concept", [
    ("At one year there was no evidence of syrinx formation, neurological deterioration or tumor formation.",
     "outcome:disease_progression"),
    ("There was no evidence of cyst formation, cord compression, tumor formation, infection, and exacerbating "
     "spasticity.", "outcome:other"),
])
def test_harms_in_a_list_after_no_evidence_of_are_absent(full_nlp, sentence, concept):
    """(helper V, s19) a trial's safety list, `no evidence of A, B and worsening C`: each harm is absent
    (favorable), not a benefit denied (before: null at `evidence`, or unfavorable at a worsening verb out of the
    negation's reach)."""
    doc = full_nlp(UC_TRIAL + sentence)
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", concept)) == "favorable", _effects(doc)


def test_no_evidence_of_a_benefit_stays_null(full_nlp):
    """(helper V, s19) guard: `no evidence of benefit on X` denies a gain."""
    doc = full_nlp(UC_TRIAL + "There was no evidence of benefit on disease progression.")
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", "outcome:disease_progression")) == "null", _effects(doc)


@pytest.mark.parametrize("sentence", [
    "The neural stem cells were transplanted into the injured cord of ten patients.",
    "Neural stem cells were grown as neurospheres and transplanted into the cord.",
])
def test_cells_transplanted_into_the_cord_are_intraspinal(full_nlp, sentence):
    """(helper V, s19) `transplanted into the (injured) cord`: the spinal cord named by its state alone."""
    doc = full_nlp("Neural stem cells in spinal cord injury\n" + sentence)
    assert ("ADMINISTERED_VIA", "cell:nsc", "route:intraspinal") in keys(doc), keys(doc)


def test_cord_blood_bank_is_no_route(full_nlp):
    """(helper V, s19) guard: `collected into the cord blood bank` gives nothing."""
    doc = full_nlp("Cord blood banking\nUnits of cord blood were collected into the cord blood bank before "
                   "MSCs were isolated.")
    assert not [k for k in keys(doc) if k[2] == "route:intraspinal"], keys(doc)


def test_a_regained_ability_is_favorable(full_nlp):
    """(helper V, s19) case reports: `the patient regained the ability to stand`: a function come back (before:
    no end point, and `regained` no cue)."""
    doc = full_nlp(UC_TRIAL + "The patient regained the ability to stand and walk with a walker.")
    assert _effects(doc).get(("AFFECTS", "cell:uc_msc", "outcome:motor_function")) == "favorable", _effects(doc)


# ---- helper T, s19: neurotrophic-factor delivery as a therapy (gene transfer, infusion, encapsulated cells)

@pytest.mark.parametrize("text, predicate, obj", [
    ("Capsules in SOD1 rats\nRats received intrathecal implants of encapsulated genetically engineered baby hamster "
     "kidney (BHK) cells releasing human CNTF.", "SECRETES", "factor:CNTF"),
    ("Capsules in SOD1 rats\nRats received intrathecal implants of encapsulated genetically engineered baby hamster "
     "kidney (BHK) cells releasing human CNTF.", "ADMINISTERED_VIA", "route:intrathecal"),
    ("Capsule trial\nNGF delivered via an encapsulated cell implant was well tolerated, and no serious adverse "
     "events were related to the encapsulated cell implant.", "AFFECTS", "outcome:safety"),
    ("Capsules in pmn mice\nPolymer-encapsulated cells secreting GDNF were implanted under the skin, and the "
     "encapsulated cell lines improved motor function.", "AFFECTS", "outcome:motor_function"),
])
def test_encapsulated_factor_secreting_cells_are_the_cells(full_nlp, text, predicate, obj):
    """(helper T, s19) `encapsulated cells`, `polymer-encapsulated cells`, `an encapsulated cell implant`, `BHK
    cells`: engineered cell lines that release a factor are cells (cell:other) that secrete it, are given by a
    route and change end points."""
    assert (predicate, "cell:other", obj) in keys(full_nlp(text)), keys(full_nlp(text))


def test_harm_denied_to_both_subjects_is_a_safe_result(full_nlp):
    """(helper T, s19) `neither CNTF nor the capsule material elicited any adverse side effects`: no harm done
    (favorable, as `no adverse events`); `neither A nor B changed survival` stays a null result."""
    doc = full_nlp("Capsule trial\nNeither CNTF nor the capsule material elicited any adverse side effects in the "
                   "implanted patients.")
    found = [m for m in doc._.relations if m.object_id == "outcome:safety" and m.subject_id == "factor:CNTF"]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)
    doc = full_nlp("Capsule trial\nNeither CNTF nor NGF changed survival in the implanted mice.")
    found = [m for m in doc._.relations if m.object_id == "outcome:survival"]
    assert found and all(m.effect == "null" for m in found), keys(doc)


def test_protection_against_cell_death_seen_is_favorable(full_nlp):
    """(helper T, s19) `protection against dopaminergic cell death was observed in the GDNF group`: the verb of
    seeing reports the protection, not a death that happened."""
    doc = full_nlp("EIAV-GDNF in lesioned rats\nMarked protection against dopaminergic cell death was observed in "
                   "the lentiviral GDNF group.")
    found = [m for m in doc._.relations if m.subject_id == "factor:GDNF" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)


def test_accelerating_rotarod_is_the_test_not_a_speed_up(full_nlp):
    """(helper T, s19) `behavioral deficits on the accelerating rotorod`: the test's name, no cue of a worse
    course; `increased their body weights` is a body-weight end point."""
    doc = full_nlp("AAV-GDNF in HD mice\nViral delivery of GDNF into the striatum ameliorated motor deficits on "
                   "the accelerating rotorod in transgenic mice.")
    found = [m for m in doc._.relations if m.subject_id == "factor:GDNF" and m.object_id == "outcome:motor_function"]
    assert found and all(m.effect == "favorable" for m in found), keys(doc)
    doc = full_nlp("AAV-IGF-1 in SMA mice\nTreatment with AAV9-IGF-1 increased their body weights.")
    assert ("FACTOR_AFFECTS", "factor:IGF1", "outcome:body_weight") in keys(doc), keys(doc)


def test_indefinite_class_word_in_apposition_is_the_named_factor(full_nlp):
    """(helper T, s19) `a motor-specific neurotrophic factor, glial cell line-derived neurotrophic factor (GDNF)`:
    the class word is GDNF, no row for the class; a list `Neurotrophic factors, GDNF and BDNF` keeps it."""
    doc = full_nlp("GDNF in nerve repair\nWe studied the effect of a motor-selective neurotrophic factor, glial cell "
                   "line-derived neurotrophic factor (GDNF), which enhanced axonal regeneration in the graft.")
    assert not any(k[0] == "FACTOR_AFFECTS" and k[1] == "factor:ntf" for k in keys(doc)), keys(doc)
    doc = full_nlp("Factors in nerve repair\nNeurotrophic factors, GDNF and BDNF promoted axonal regeneration.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:other") in keys(doc), keys(doc)


def test_systemic_half_life_is_no_route(full_nlp):
    """(helper T, s19) `the systemic half-life of CNTF`: pharmacokinetics, not a route of giving."""
    doc = full_nlp("CNTF capsules\nBecause the systemic half-life of CNTF is short, encapsulated cells releasing "
                   "CNTF were implanted into the lateral ventricle.")
    assert not [e for e in doc.ents if e.label_ == "ROUTE" and e.text.lower() == "systemic"], doc.ents


def test_factor_given_as_a_gene_rescues_named_neurons(full_nlp):
    """(helper T, s19) `GDNF gene transfer protected nigral dopaminergic neurons`: the factor given as a gene is
    the agent (not a read-out like `GDNF gene expression`), and neurons named by where they lie, after a verb of
    rescue, are an end point."""
    doc = full_nlp("Lentiviral GDNF in lesioned rats\nGDNF gene transfer protected nigral dopaminergic neurons in "
                   "6-OHDA lesioned rats.")
    assert ("FACTOR_AFFECTS", "factor:GDNF", "outcome:other") in keys(doc), keys(doc)


@pytest.mark.parametrize("text, cell", [
    ("Grafts in the cut nerve\nSchwann cells overexpressing GDNF were grafted into the nerve gap.", "cell:schwann_cell"),
    ("Grafts in SOD1 rats\nAstrocytes engineered to secrete GDNF were grafted into the lumbar spinal cord.",
     "cell:astrocyte"),
])
def test_native_cells_made_to_release_a_factor_secrete_it(full_nlp, text, cell):
    """(helper T, s19) `Schwann cells overexpressing GDNF`, `astrocytes engineered to secrete GDNF`, `Schwann cells
    were transduced with a GDNF overexpressing lentivirus`: a plainly stated secretion of engineered native cells (SPEC: engineered to secrete), kept whatever the scorer makes of
    the body's own cell types; `astrocytes failed to secrete GDNF` stays without a row."""
    assert ("SECRETES", cell, "factor:GDNF") in keys(full_nlp(text)), keys(full_nlp(text))
    doc = full_nlp("Grafts in the cut nerve\nSchwann cells were transduced with a doxycycline-inducible GDNF "
                   "overexpressing lentivirus before grafting.")
    assert ("SECRETES", "cell:schwann_cell", "factor:GDNF") in keys(doc), keys(doc)
    doc = full_nlp("Astrocytes in culture\nCultured astrocytes failed to secrete GDNF.")
    assert not [m for m in doc._.relations if m.predicate == "SECRETES" and not m.negated], keys(doc)


# ---- helper U, s19: MSC-derived vesicles, secretome and conditioned medium in neurological models

def test_the_therapy_whose_drawbacks_are_avoided_and_what_avoids_them(full_nlp):
    """(helper U, s19) `X circumvents the drawbacks of giving MSCs, such as tumour growth`, `... side effects of
    MSC-based therapy, which vesicles may avoid`: the harm is the cells' (unfavorable), the product that avoids it
    is favorable."""
    doc = full_nlp("Vesicles instead of cells\nExosome therapy circumvents drawbacks regarding the direct infusion "
                   "of MSCs, such as tumor formation.")
    eff = {m.subject_id: m.effect for m in doc._.relations if m.object_id == "outcome:safety"}
    assert eff.get("cell:msc") == "unfavorable" and eff.get("cell:msc_ev") == "favorable", eff
    doc = full_nlp("Vesicles instead of cells\nGrafting MSCs has some disadvantages, including tumor formation, which "
                   "can be avoided by the use of MSC-derived exosomes.")
    eff = {m.subject_id: m.effect for m in doc._.relations if m.object_id == "outcome:safety"}
    assert eff.get("cell:msc") == "unfavorable" and eff.get("cell:msc_ev") == "favorable", eff


def test_no_side_effects_of_the_cells_is_still_a_safety_finding(full_nlp):
    """(helper U, s19) guard: `No serious side effects of MSC transplantation were seen` stays favorable."""
    doc = full_nlp(UC_TRIAL + "No serious side effects of UC-MSC transplantation were seen.")
    found = [m for m in doc._.relations if m.object_id == "outcome:safety"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_modulating_a_harm_is_favorable(full_nlp):
    """(helper U, s19) `vesicle treatment modulated the inflammatory response`: tempering a harm (the noun
    `modulation of` and a measure that is no harm stay unclear)."""
    doc = full_nlp("Vesicles after cortical injury\nRats were given MSC-EVs. The MSC-EVs modulated the inflammatory "
                   "response in the injured cortex.")
    found = [m for m in doc._.relations if m.object_id == "outcome:inflammation"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_quality_of_the_pooled_studies_is_no_end_point(full_nlp):
    """(helper U, s19) a meta-analysis `assessed the quality of the included studies`: how the studies were rated."""
    doc = full_nlp("A meta-analysis of exosomes in spinal cord injury\nWe searched four databases. Two reviewers "
                   "assessed the quality of the included studies. MSC-exosomes improved the BBB score.")
    assert not [k for k in keys(doc) if k[2] == "outcome:other"], keys(doc)
    assert ("AFFECTS", "cell:msc_ev", "outcome:motor_function") in keys(doc), keys(doc)


def test_vesicles_as_a_source_of_biomarkers_affect_nothing(full_nlp):
    """(helper U, s19) `vesicles, a promising source of biomarkers for brain injury`: the vesicles give the markers."""
    doc = full_nlp("Vesicles in the injured newborn brain\nExtracellular vesicles are a promising source of "
                   "biomarkers for neonatal brain injury.")
    assert not [k for k in keys(doc) if k[2] == "outcome:biomarker"], keys(doc)


def test_fewer_contralateral_turns_with_a_product_named_by_its_cells_short_form(full_nlp):
    """(helper U, s19) `adipose stromal cells (ASCs)` ... `the ASCs and ASC-CM groups made fewer contralateral
    turns`: the glued product of a short form the document defines is the conditioned medium, and fewer turns are
    the benefit."""
    doc = full_nlp("Secretome in hemiparkinsonian rats\nAdipose derived stem cells (ASCs) were expanded and their "
                   "medium collected. Rats received ASC-CM or vehicle. Rats in the ASCs and ASC-CM groups showed a "
                   "decrease in contralateral turns.")
    got = {(m.subject_id, m.effect) for m in doc._.relations if m.object_id == "outcome:motor_function"}
    assert ("cell:msc_ev", "favorable") in got and ("cell:ad_msc", "favorable") in got, got


def test_less_plaque_after_a_better_maze_is_favorable(full_nlp):
    """(helper U, s19) `improved learning in the water maze and reduced the Aβ plaque burden`: the plaques are the
    harm the second verb lessens."""
    doc = full_nlp("Vesicles in transgenic mice\nMSC exosomes were injected into APP/PS1 mice. The exosomes improved "
                   "spatial learning in the Morris water maze and reduced the Aβ plaque burden.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_text == "Aβ plaque burden"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_text, m.effect) for m in doc._.relations]


def test_lower_immunogenicity_of_vesicles_is_favorable(full_nlp):
    """(helper U, s19) `the vesicles showed reduced immunogenicity`: less of a harm is the benefit."""
    doc = full_nlp("Vesicles as a cell-free therapy\nMSC-EVs were given to rats. The MSC-EVs showed reduced "
                   "immunogenicity in the recipients.")
    found = [m for m in doc._.relations if m.subject_id == "cell:msc_ev" and m.object_id == "outcome:safety"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_text, m.effect) for m in found]


# ---- helper W, s19: umbilical cord, cord blood and placenta-derived cells in any disease

def test_reference_cells_of_a_comparison_get_no_result(full_nlp):
    """(helper W, s19) `UC-MSCs, compared with BM-MSCs, expressed more HGF`: the cells set off by commas as
    the reference of a comparison are not said to secrete or change anything."""
    doc = full_nlp("Cord MSCs in colitis\nUmbilical cord MSCs, compared with bone marrow-derived MSCs, expressed "
                   "more hepatocyte growth factor and reduced colonic inflammation in mice.")
    ks = keys(doc)
    assert ("SECRETES", "cell:uc_msc", "factor:HGF") in ks, ks
    assert ("AFFECTS", "cell:uc_msc", "outcome:inflammation") in ks, ks
    assert not [k for k in ks if k[1] == "cell:bm_msc"], ks
    doc = full_nlp("Cord MSC exosomes in wounds\nRelative to Wharton's jelly MSCs, their exosomes accelerated "
                   "wound closure in diabetic rats.")
    ks = keys(doc)
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in ks, ks
    assert ("AFFECTS", "cell:wj_msc", "outcome:other") not in ks, ks


def test_comparison_closing_the_clause_keeps_both_cells(full_nlp):
    """(helper W, s19) guard: `reduced fibrosis more strongly than bone marrow MSCs` says both reduced it."""
    doc = full_nlp("Cord MSCs in liver fibrosis\nUmbilical cord MSCs reduced fibrosis more strongly than bone "
                   "marrow MSCs in the injured liver.")
    ks = keys(doc)
    assert ("AFFECTS", "cell:bm_msc", "outcome:other") in ks, ks


def test_route_that_names_its_own_cells(full_nlp):
    """(helper W, s19) `no trial has evaluated intravenous infusion of umbilical cord MSCs`: the route is the
    cord cells', not the marrow cells' named earlier in the sentence."""
    doc = full_nlp("Cord MSCs in heart failure\nAlthough bone marrow MSCs have been tested in heart failure, no "
                   "trial has evaluated intravenous infusion of umbilical cord MSCs in these patients.")
    ks = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:uc_msc", "route:intravenous") in ks, ks
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intravenous") not in ks, ks


def test_cord_blood_and_placental_products_as_the_treatment(full_nlp):
    """(helper W, s19) `a single infusion of autologous umbilical cord blood (UCB)`, `Human placenta-derived
    cells (PDA-001)`: the cell products of cord blood and placenta trials, with their results."""
    doc = full_nlp("Cord blood in autism\nChildren received a single infusion of autologous umbilical cord "
                   "blood (UCB). UCB infusion was safe and well tolerated.")
    assert ("AFFECTS", "cell:other", "outcome:safety") in keys(doc), keys(doc)
    doc = full_nlp("Placental cells in multiple sclerosis\nHuman placenta-derived cells (PDA-001) were infused "
                   "in patients with multiple sclerosis. PDA-001 reduced new gadolinium lesions.")
    assert ("AFFECTS", "cell:pl_msc", "outcome:other") in keys(doc), keys(doc)


def test_two_cell_arms_against_the_model_group(full_nlp):
    """(helper W, s19) `a decrease in GFAP and Iba-1 in both hUC-MSC groups compared to the amyloid injection
    group`: the two cell arms against the model's, a favorable result (not `similar in both groups`)."""
    doc = full_nlp("Cord MSCs in an amyloid model\nThere was a significant decrease in GFAP and Iba-1 in both hUC-MSC "
                   "groups compared to the amyloid injection group.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:inflammation"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


# --- helper AC (s19): neurotrophic factors measured in patients (levels, genotypes) ---------------------

def test_a_factor_level_correlated_with_a_list_of_scores_acts_on_none(full_nlp):
    """(helper AC, s19) `serum BDNF levels were correlated with the ALSFRS-R score (r = ...; P = ...) and FVC`:
    the word of association near the factor governs the later end point of the list too (no FACTOR_AFFECTS)."""
    doc = full_nlp("Unbound NT-3 in ALS\nMean NT-3 concentrations in plasma were similar in cases and healthy "
                   "donors, but among the cases unbound NT-3 correlated inversely with the ALSFRS-R score "
                   "(rho = -0.31; p = 0.02) and vital capacity (VC) (rho = -0.44; p = 0.01).")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


def test_a_null_genotype_of_the_factor_shows_the_factor_delays_onset(full_nlp):
    """(helper AC, s19) `the BDNF null mutation ... Patients with the BDNF−/− genotype had an earlier onset`:
    what the factor's absence did shows what the factor does (favorable)."""
    doc = full_nlp("GDNF in neuropathy\nWe genotyped 150 neuropathy cases for a GDNF null mutation. Cases with "
                   "the GDNF\u2212/\u2212 genotype showed an earlier onset of disease than wild-type cases.")
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS" and m.object_id == "outcome:disease_onset"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_id, m.effect) for m in found]


def test_reducing_tissue_destruction_is_favorable(full_nlp):
    """(helper AC, s19) `destruction` is a harm: reducing it is good."""
    doc = full_nlp("GDNF in arthritis\nGDNF may help in reducing joint destruction in the model.")
    found = [m for m in doc._.relations if m.predicate == "FACTOR_AFFECTS"]
    assert found and all(m.effect == "favorable" for m in found), [(m.object_id, m.effect) for m in found]


def test_the_class_word_does_not_change_a_members_level(full_nlp):
    """(helper AC, s19) `Neurotrophins in ALS serum` (title) and `Serum GDNF levels were lower`: the level is
    GDNF's own read-out; the class word is no agent of it."""
    doc = full_nlp("Neurotrophins in ALS serum\nSerum GDNF levels were lower in patients with bulbar onset.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


# --- helper AF (s19): MSC and neural stem cell therapy in non-ALS neurodegenerative diseases ----------------

def test_factor_raised_in_a_list_of_the_cells_results_is_no_agent(full_nlp):
    """(helper AF, s19) `ameliorates X, increases brain-derived neurotrophic factor (BDNF) levels, and reduces Y`:
    three results of the grafted cells (SECRETES and AFFECTS), the factor acts on neither X nor Y."""
    doc = full_nlp("Neural stem cells in Huntington mice\nImplantation of human neural stem cells into the striatum "
                   "of HD mice ameliorates motor deficits, increases brain-derived neurotrophic factor (BDNF) levels, "
                   "and reduces mutant huntingtin (mHTT) accumulation.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)
    assert ("SECRETES", "cell:nsc", "factor:BDNF") in keys(doc), keys(doc)
    assert ("AFFECTS", "cell:nsc", "outcome:motor_function") in keys(doc), keys(doc)


def test_reduced_incoordination_is_favorable(full_nlp):
    """(helper AF, s19) `reduced motor incoordination`: less of a harm."""
    doc = full_nlp("Conditioned medium in ataxia mice\nConditioned medium from MSCs was injected intrathecally into "
                   "SCA1 mice. The treated mice showed reduced motor incoordination compared with untreated mice.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:motor_function"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_a_smaller_change_turns_the_change_word(full_nlp):
    """(helper AF, s19) `a smaller increase in UMSARS scores` (a harm scale) is favorable; `smaller reductions in
    nerve conduction velocity` too."""
    doc = full_nlp("Stromal cells in MSA\nPatients received intra-arterial MSCs. The MSC group had a smaller increase "
                   "in UMSARS scores than the placebo group.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:other"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]
    doc = full_nlp("Conditioned medium in ataxia mice\nConditioned medium from MSCs was injected intrathecally into "
                   "SCA1 mice. The treated mice exhibited smaller reductions in nerve conduction velocity than the "
                   "untreated mice.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == "outcome:neuromuscular"]
    assert found and all(m.effect == "favorable" for m in found), [(m.subject_id, m.effect) for m in found]


def test_measures_listed_with_versions_and_quantities_stay_unclear(full_nlp):
    """(helper AF, s19) `measurements included ADAS-Cog 11, MMSE, ..., blood biomarkers and numerous quality of life
    questionnaires`: a design, every item unclear (a version number and `numerous` do not end the list)."""
    doc = full_nlp(UC_TRIAL + "The secondary efficacy measurements included ADAS-Cog 11, MMSE, TMT, GDS, blood "
                   "biomarkers and numerous quality of life questionnaires.")
    found = [m for m in doc._.relations if m.predicate == "AFFECTS"]
    assert found and all(m.effect == "unclear" for m in found), [(m.object_id, m.effect) for m in found]


def test_pluripotent_source_of_made_cells_gets_no_result(full_nlp):
    """(helper AF, s19) `NPC cell lines from induced pluripotent stem cells (iPSCs) that differentiate ... without
    tumor formation`: the progenitors made from the iPSCs are the cells the result is said of; guard: iPSCs given
    themselves keep their result."""
    doc = full_nlp("Progenitors for HD mice\nWe established monkey NPC cell lines from induced pluripotent stem cells "
                   "(iPSCs) that differentiate into GABAergic neurons in mouse brains without tumor formation.")
    assert not [k for k in keys(doc) if k[1] == "cell:ipsc"], keys(doc)
    assert ("AFFECTS", "cell:nsc", "outcome:safety") in keys(doc), keys(doc)
    doc = full_nlp("iPSCs in mice\nHuman iPSCs were injected intravenously and improved motor function.")
    assert ("AFFECTS", "cell:ipsc", "outcome:motor_function") in keys(doc), keys(doc)


# --- helper AD (s19): what MSCs secrete and how it is boosted -----------------------------------------

def test_factor_measured_in_conditioned_medium_is_secreted_by_it(full_nlp):
    """(helper AD, s19) `the protein level of HGF in the CM was determined by ELISA`: what the cells' product
    contains (train gold: factors assayed in conditioned media are SECRETES of the product)."""
    doc = full_nlp("Hypoxic stromal cells\nBone marrow MSCs were grown in hypoxia and their conditioned medium (CM) "
                   "was collected. The protein level of HGF in the CM was determined by ELISA.")
    assert ("SECRETES", "cell:msc_ev", "factor:HGF") in keys(doc), keys(doc)


def test_neurotrophin_3_spelled_out_in_an_engineered_cell_name(full_nlp):
    """(helper AD, s19) `neurotrophin-3-transduced bone marrow MSCs`: the cells' name says they make NT-3."""
    doc = full_nlp("Engineered stromal cells in cord injury\nWe grafted neurotrophin-3-transduced bone marrow "
                   "mesenchymal stem cells into rats after contusion.")
    assert ("SECRETES", "cell:bm_msc", "factor:NTF3") in keys(doc), keys(doc)


def test_cells_over_expressing_a_factor_are_the_agent(full_nlp):
    """(helper AD, s19) `proliferation and apoptosis of the cells over-expressing NT-3 showed ...`: the factor names
    what the cells were made to make; no FACTOR_AFFECTS."""
    doc = full_nlp("Engineered stromal cells\nMarrow stromal cells were transfected with an NT-3 plasmid. Proliferation "
                   "and apoptosis of the cells over-expressing NT-3 showed higher and lower values, respectively.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


def test_msc_induced_into_ntf_secreting_cells_secrete(full_nlp):
    """(helper AD, s19) SPEC: cells `induced ... to secrete the factor`: `ADSCs and BMSCs were induced to
    NTF-secreting cells` credits both sources (and the MSC-NTF cells) with neurotrophic factors."""
    doc = full_nlp("Induced stromal cells\nIsolated human ADSCs and BMSCs were induced to NTF-secreting cells. "
                   "Marrow stromal cells and NTF-secreting cells were then compared.")
    got = keys(doc)
    for cell in ("cell:ad_msc", "cell:bm_msc", "cell:msc_ntf"):
        assert ("SECRETES", cell, "factor:ntf") in got, got


def test_a_factor_measured_in_a_methods_sentence_acts_on_nothing(full_nlp):
    """(helper AD, s19) `The expression of HGF was measured by ... . The expression of phosphorylated Akt and
    Bcl-2 was measured ...`: two read-outs of a methods section, no FACTOR_AFFECTS across them."""
    doc = full_nlp("Engineered stromal cells in neonatal brain injury\nStromal cells were transfected with HGF. The "
                   "expression of HGF was measured by immunofluorescence and western blots. The expression of "
                   "phosphorylated Akt and Bcl-2 was measured by western blots.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


def test_products_of_induced_stem_cells_act_on_target_cells(full_nlp):
    """(helper AD, s19) under a title on neural induction, `the conditioned medium of induced MSCs enhanced neurite
    outgrowth of SH-SY5Y cells` is the product's result on other cells (AFFECTS), not the stem cells' own change."""
    doc = full_nlp("Neural induction of stromal cells\nThe conditioned medium of induced MSCs enhanced neurite outgrowth "
                   "of SH-SY5Y cells.")
    assert ("AFFECTS", "cell:msc_ev", "outcome:other") in keys(doc), keys(doc)


def test_induced_stem_cells_own_change_stays_out(full_nlp):
    """(helper AD, s19) guard: the induced MSCs' own neurite outgrowth under such a title is still no AFFECTS."""
    doc = full_nlp("Neural induction of stromal cells\nAfter induction, the MSCs showed enhanced neurite outgrowth.")
    assert not [k for k in keys(doc) if k[0] == "AFFECTS"], keys(doc)


def test_a_medium_given_to_induced_stem_cells_is_no_product_result(full_nlp):
    """(helper AD, s19) guard: `conditioned medium prepared from spinal cord extracts` given to MSCs under a
    differentiation title is what induced them, not an MSC product acting on targets."""
    doc = full_nlp("Differentiation of stromal cells into neuron-like cells\nIncubation of MSCs with conditioned medium "
                   "prepared from spinal cord extracts resulted in enhanced neurite outgrowth.")
    assert not [k for k in keys(doc) if k[0] == "AFFECTS"], keys(doc)


# --- helper AE (s19): stem-cell therapy of peripheral nerves and sense organs ---

def test_read_out_of_a_factor_raised_in_the_cells_is_secretion(full_nlp):
    """(helper AE, s19) `the expression levels of neurotrophic factors increased in d-MSCs`: the factor's measured
    amount rose in the cells, which make it; the factor acts on nothing."""
    doc = full_nlp("Differentiated cells after nerve injury\nNeurally differentiated MSCs (d-MSCs) were implanted "
                   "next to the injured nerve. Moreover, the expression levels of neurotrophic factors increased "
                   "markedly in d-MSCs.")
    assert ("SECRETES", "cell:msc", "factor:ntf") in keys(doc), keys(doc)


def test_nasal_cells_are_given_by_the_nasal_route(full_nlp):
    """(helper AE, s19) `nasal administration of MSC`: the intranasal route of the cells."""
    doc = full_nlp("Cells for chemotherapy neuropathy\nNasal administration of MSCs after paclitaxel reversed "
                   "mechanical allodynia in mice.")
    assert ("ADMINISTERED_VIA", "cell:msc", "route:intranasal") in keys(doc), keys(doc)


def test_exosome_short_form_carries_the_route(full_nlp):
    """(helper AE, s19) `... (BMSC)-derived exosomes (EXOs) ... EXOs were injected into the gastrocnemius`: the
    product's route, not its source cells'."""
    doc = full_nlp("Vesicles for nerve crush\nBone marrow stromal cell (BMSC)-derived exosomes (EXOs) were "
                   "collected. EXOs were injected into the gastrocnemius muscles of rats after sciatic nerve crush.")
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:msc_ev", "route:intramuscular") in got, got
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intramuscular") not in got, got


def test_burden_of_a_disease_caused_by_cancer_treatment_is_no_result(full_nlp):
    """(helper AE, s19) `CIPN is an adverse effect of cancer treatment ... harms quality of life`: the cancer
    treatment that causes the disease is not the study's; the opening states the disease's burden, no result of
    the title's cells."""
    doc = full_nlp("Nasal delivery of mesenchymal stem cells reverses chemotherapy-induced neuropathy in mice\n"
                   "Chemotherapy-induced peripheral neuropathy (CIPN) is a common adverse effect of cancer treatment. "
                   "CIPN often lasts long after treatment completion and has harmful effects on the quality of life of "
                   "patients. Here nasal MSCs reversed mechanical allodynia.")
    got = keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:quality_of_life") not in got, got
    assert ("AFFECTS", "cell:msc", "outcome:other") in got, got


def test_differentiation_induced_in_the_cells_before_grafting_is_no_result(full_nlp):
    """(helper AE, s19) `MSCs were treated with retinoic acid to induce neural differentiation`: how the product was
    made, not what giving it changed; `the grafted MSCs promoted neural differentiation of host progenitors` is."""
    doc = full_nlp("Differentiated cells after nerve injury\nRat bone marrow MSCs (r-BM-MSCs) were treated with "
                   "all-trans retinoic acid to induce neural differentiation. The cells were injected into the penis.")
    assert not [k for k in keys(doc) if k[0] == "AFFECTS"], keys(doc)
    doc = full_nlp("Cells and host progenitors\nMSCs were injected into the lesion. The grafted MSCs promoted neural "
                   "differentiation of endogenous progenitors.")
    assert ("AFFECTS", "cell:msc", "outcome:other") in keys(doc), keys(doc)


# ---------------------------------------------------------------------------------------------------------------
# helper AK (session 20): relation false positives whose concepts are right: the cells a row names are not the
# agent (target neurons, the source of made cells or of a product, a comparison's reference), and a factor named
# only as what the cells make.

def test_ak_neurons_are_targets_not_sources_of_factors(full_nlp):
    """(helper AK, s20) `enhanced neurite growth of DRG neurons`, `a coculture of cortical neurons and MSCs`,
    `from the muscle to the motoneurons by GDNF`: the body's neurons receive the factors; they secrete none."""
    doc = full_nlp("Nerve guides\nSlice cultures with fibrin, laminin and nerve growth factor (NGF)/neurotrophin-3 "
                   "(NT3) or fibrin, collagen and brain-derived neurotrophic factor (BDNF) enhanced neurite growth of "
                   "DRG neurons and of motor neurons respectively.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)
    doc = full_nlp("Cocultures\nIn a coculture of rat cortical neurons and MSCs under hypoxia, we found that MSCs "
                   "raise brain derived neurotrophic factor (BDNF) and autophagy markers in the cultures.")
    got = keys(doc)
    assert ("SECRETES", "cell:neuron", "factor:BDNF") not in got, got
    assert ("SECRETES", "cell:msc", "factor:BDNF") in got, got
    doc = full_nlp("Muscle GDNF in ALS\nGDNF overexpression in muscle delayed disease onset in ALS mice. These "
                   "benefits are attributed to a paracrine mechanism from the muscle to the motoneurons by GDNF.")
    assert ("SECRETES", "cell:motor_neuron", "factor:GDNF") not in keys(doc), keys(doc)
    # (neurons made from stem cells and grafted are the treatment)
    doc = full_nlp("Neuron grafts in PD rats\nDopaminergic neurons derived from stem cells were transplanted into the "
                   "striatum and improved rotational behavior.")
    assert ("AFFECTS", "cell:neuron", "outcome:motor_function") in keys(doc), keys(doc)


def test_ak_stem_cells_made_into_other_cells_leave_the_result_to_them(full_nlp):
    """(helper AK, s20) `WJ-MSCs were differentiated into Schwann cell-like cells, which promoted X`: the made
    cells' result; `NI-MSCs differentiate into neuron-like cells, release NGF`: the MSCs still release it."""
    doc = full_nlp("Schwann-like cells from cord\nIn conclusion, WJ-MSCs were readily differentiated into Schwann "
                   "cell-like cells, which markedly promoted axonal regeneration.")
    got = keys(doc)
    assert ("AFFECTS", "cell:wj_msc", "outcome:other") not in got, got
    assert ("AFFECTS", "cell:schwann_cell", "outcome:other") in got, got
    doc = full_nlp("Induced MSCs\nThese neurally induced MSCs (NI-MSCs) differentiate into neuron-like cells in "
                   "vitro, release NGF and BDNF, and survive after transplantation.")
    assert ("SECRETES", "cell:msc", "factor:NGF") in keys(doc), keys(doc)


def test_ak_undifferentiated_cells_are_the_reference(full_nlp):
    """(helper AK, s20) `Compared with undifferentiated WJ-MSCs, the Schwann cell-like cells showed higher X`."""
    doc = full_nlp("Schwann-like cells from cord\nCompared with undifferentiated WJ-MSCs, the Schwann cell-like cells "
                   "showed higher expression levels of myelin markers.")
    got = keys(doc)
    assert ("AFFECTS", "cell:wj_msc", "outcome:other") not in got, got
    assert ("AFFECTS", "cell:schwann_cell", "outcome:other") in got, got


def test_ak_factor_named_as_what_cells_make_does_not_act(full_nlp):
    """(helper AK, s20) `SCs secrete neurotrophic factors and provide support during axonal regeneration`,
    `mechanisms, including production of neurotrophic factors and reduction of gliosis`: two results of the cells
    side by side, no factor acting."""
    doc = full_nlp("Wharton jelly cells for nerve injury\nBackground: Schwann cells (SCs) secrete neurotrophic "
                   "factors and provide structural support during axonal regeneration.")
    got = keys(doc)
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:other") not in got, got
    assert ("SECRETES", "cell:schwann_cell", "factor:ntf") in got, got
    doc = full_nlp("MSC therapy in SOD1 mice\nMSCs were injected intrathecally into SOD1 mice and delayed disease "
                   "progression. These positive effects are linked to multiple mechanisms, including production of "
                   "neurotrophic factors and reduction of micro- and macrogliosis.")
    got = keys(doc)
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:inflammation") not in got, got
    assert ("AFFECTS", "cell:msc", "outcome:disease_progression") in got, got
    # (the factor that acts still pairs)
    doc = full_nlp(UC_TRIAL + "BDNF secreted by the grafted cells promoted axonal regeneration.")
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:other") in keys(doc), keys(doc)


def test_ak_cells_that_only_name_their_product_are_not_given(full_nlp):
    """(helper AK, s20) `the MSCs medium`, `the CM from the ALS iPSCs`: the product was given and acted."""
    doc = full_nlp("Medium in dementia\nThe intranasal administration of the MSCs medium restored memory in lesioned "
                   "mice.")
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:msc", "route:intranasal") not in got, got
    assert ("AFFECTS", "cell:msc", "outcome:other") not in got, got
    doc = full_nlp("Secretome of iPSCs in ALS\nWe collected the conditioned medium (CM) of iPSCs. The CM from the ALS "
                   "iPSCs was injected subcutaneously into SOD1 mice.")
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:ipsc", "route:subcutaneous") not in got, got
    assert ("ADMINISTERED_VIA", "cell:other", "route:subcutaneous") in got, got


# --- helper AL (s20): relation false negatives where both concepts are found ---

def test_route_after_a_comparison_is_every_arms(full_nlp):
    """(helper AL, s20) `We compared A with B. Mice then received 10^6 cells via the tail vein`: a route sentence
    with no cell type of its own after a comparison gives the route to every compared arm, wherever its `cells`
    stand."""
    doc = full_nlp("Two cell sources in kidney injury\nWe compared adipose-derived mesenchymal stem cells (AD-MSCs) "
                   "with bone marrow mesenchymal stem cells (BM-MSCs) in a rat model of kidney injury. Rats were "
                   "injured with glycerol and then 2 x 10^6 cells were given to each rat via the tail vein.")
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:ad_msc", "route:intravenous") in got, got
    assert ("ADMINISTERED_VIA", "cell:bm_msc", "route:intravenous") in got, got


def test_outcome_of_cells_with_a_bracketed_short_form_and_a_giving_noun(full_nlp):
    """(helper AL, s20) `the feasibility of mesenchymal stem cell (MSC) transplantation`: the short form defined in
    brackets does not hide the giving noun after the cells' name; the feasibility is the treatment's, not the
    cells' own measure."""
    doc = full_nlp("Stem cells for bronchopulmonary dysplasia\nWe previously reported the safety and feasibility of "
                   "mesenchymal stem cell (MSC) transplantation for lung injury in preterm infants in a phase I trial.")
    got = keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:safety") in got, got
    assert ("AFFECTS", "cell:msc", "outcome:other") in got, got


def test_after_the_route_of_the_treatment_is_no_other_agent(full_nlp):
    """(helper AL, s20) `After intrathecal injection, each patient was assessed with the ASIA scale`: the route of
    the study's own treatment, not a model's agent (`after intraperitoneal injection of cisplatin` still is)."""
    doc = full_nlp("Exosomes in spinal cord injury\nWe evaluated intrathecal exosomes from umbilical cord MSCs in "
                   "patients with spinal cord injury. Exosomes were purified by ultracentrifugation. After intrathecal "
                   "injection, each patient was followed for one year, including motor assessment with the ASIA scale.")
    assert ("AFFECTS", "cell:msc_ev", "outcome:motor_function") in keys(doc), keys(doc)
    doc = full_nlp("MSCs in kidney injury\nRats received MSCs intravenously. After intraperitoneal injection of "
                   "cisplatin, serum creatinine increased.")
    assert ("AFFECTS", "cell:msc", "outcome:biomarker") not in keys(doc), keys(doc)


def test_assessment_schedule_in_words_is_no_enrolment(full_nlp):
    """(helper AL, s20) `Outcomes were assessed at baseline, three, six and 12 months`: a schedule of assessments
    (times in words as well as digits), not the patients' state at enrolment; the measured end points are the
    treatment's, effect unclear."""
    doc = full_nlp("Marrow cells for cerebral palsy\nChildren were randomly assigned to intrathecal bone marrow "
                   "mononuclear cells (BMMNCs) plus rehabilitation or rehabilitation alone. Outcomes were assessed at "
                   "baseline, three, six, and 12 months with the Gross Motor Function Measure and a quality of life "
                   "questionnaire.")
    got = keys(doc)
    assert ("AFFECTS", "cell:bm_mnc", "outcome:quality_of_life") in got, got


def test_treatment_effects_associated_with_changes_are_results(full_nlp):
    """(helper AL, s20) `These effects were associated with reduced microgliosis`: the treatment's own result and
    what came with it, not a prognostic association (`Older age was associated with shorter survival` still is)."""
    doc = full_nlp("Amniotic MSCs in a model of Alzheimer's disease\nAmniotic membrane MSCs (AM-MSCs) were injected "
                   "into the hippocampus of APP/PS1 mice and improved spatial memory. Notably, these effects were "
                   "associated with fewer activated microglia and reduced neuroinflammation.")
    assert ("AFFECTS", "cell:pl_msc", "outcome:inflammation") in keys(doc), keys(doc)
    doc = full_nlp("Riluzole and survival in ALS\nIn this cohort, older age at onset was associated with shorter "
                   "survival.")
    assert not [k for k in keys(doc) if k[0] == "AFFECTS"], keys(doc)


def test_factor_release_in_the_grafted_tissue_is_the_grafts(full_nlp):
    """(helper AL, s20) `the increase of GDNF in the grafted muscles suggests factor release`, two sentences after
    the cells were last named: the graft, named in the factor's own sentence, secretes it."""
    doc = full_nlp("Marrow cells in the muscle of ALS mice\nBone marrow mononuclear cells were grafted into the "
                   "gastrocnemius of SOD1 mice. Intramuscular transplants delayed paralysis and improved motor function. "
                   "The rise of glial cell line-derived neurotrophic factor in the grafted muscles suggests that the "
                   "benefit is due to neurotrophic factor release.")
    assert ("SECRETES", "cell:bm_mnc", "factor:GDNF") in keys(doc), keys(doc)


def test_all_cell_types_reach_a_comparison_far_back(full_nlp):
    """(helper AL, s20) `Intraperitoneal administration of all cell types reduced disease severity`, several
    sentences after the arms were named: the group named as the cell types takes in every arm."""
    doc = full_nlp("Three cell preparations in EAE\nMice with EAE received bone marrow MSCs (BM-MSCs), adipose-derived "
                   "MSCs (AD-MSCs) or vehicle intraperitoneally. Clinical scores were recorded daily. Spinal cords "
                   "were examined at day 30. Cytokines were measured in serum. Lymph node cells were restimulated in "
                   "vitro. Intraperitoneal administration of all cell types significantly reduced disease severity.")
    got = keys(doc)
    assert ("AFFECTS", "cell:bm_msc", "outcome:disease_progression") in got, got
    assert ("AFFECTS", "cell:ad_msc", "outcome:disease_progression") in got, got


# --- helper AT (s20): attributes of matched relations (effect) ---

@pytest.mark.parametrize("sentence, outcome, effect", [
    # the value of a measure named by its noun after the outcome (`survival rate was`): a value, no change
    ("The one-year survival rate was 85% (17 of 20 patients).", "outcome:survival", "unclear"),
    # `rate` after a good end point is no harm: more of it is better
    ("The one-year survival rate was significantly higher in the MSC group than in the control group.",
     "outcome:survival", "favorable"),
    # the change compared between arms is the measure's name, the comparison found none
    ("No significant difference in FVC improvement was found between the two arms.",
     "outcome:respiratory_function", "null"),
])
def test_helper_at_effect_of_measured_values_and_compared_changes(full_nlp, sentence, outcome, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome
           and m.evidence.endswith(sentence)}
    assert got == {effect}, got


@pytest.mark.parametrize("sentence, outcome, effect", [
    # the last item of a list that a change word opens keeps that word; the change after `and a` opens the next list
    ("There was a significant decrease in amyloid plaques, GFAP, and Iba-1 and a significant increase in NeuN in "
     "the MSC group.", "outcome:inflammation", "favorable"),
])
def test_helper_at_effect_of_listed_outcomes(full_nlp, sentence, outcome, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    got = {m.effect for m in doc._.relations if m.predicate == "AFFECTS" and m.object_id == outcome
           and m.evidence.endswith(sentence)}
    assert got == {effect}, got


@pytest.mark.parametrize("sentence, hedged", [
    # a modal inside an aim's indirect question is asked, not proposed
    ("We examined whether UC-MSCs could improve motor function in SOD1 mice.", False),
    ("To determine the extent to which UC-MSCs could alter survival, SOD1 mice were treated.", False),
    ("We hypothesize that UC-MSCs may slow disease progression.", True),
])
def test_helper_at_modal_of_an_aims_question_is_no_hedge(full_nlp, sentence, hedged):
    doc = full_nlp("Cells in ALS mice\n" + sentence)
    got = {m.hedged for m in doc._.relations if m.predicate == "AFFECTS" and m.evidence.endswith(sentence)}
    assert got == {hedged}, got


# --- helper AV (s20): the treatment named by a compound of a factor or a product and a cell short form --------

def test_engineered_cells_under_a_document_short_form_take_the_route_and_outcome(full_nlp):
    """(helper AV, s20) `GDNF-SCs were placed in the distal nerve`: the engineered Schwann cells, named by the
    document's short form glued to the factor, are what was given and what acted."""
    doc = full_nlp("Engineered glia after nerve injury\nSchwann cells (SCs) were transduced to overexpress GDNF. "
                   "GDNF-SCs were transplanted into the distal nerve of rats. The GDNF-SCs increased the "
                   "gastrocnemius muscle mass.")
    got = keys(doc)
    assert ("ADMINISTERED_VIA", "cell:schwann_cell", "route:other") in got, got
    assert ("SECRETES", "cell:schwann_cell", "factor:GDNF") in got, got


def test_conditioned_medium_of_ipscs_is_the_treatment_that_acted(full_nlp):
    """(helper AV, s20) `The iPSC-CM delayed paralysis`: the product of cells other than MSCs, glued to their
    short form, is the treatment (cell:other) whose result the sentence states."""
    doc = full_nlp("Secretome of iPSCs in ALS mice\nMotor neurons were derived from iPSCs of ALS patients. The iPSC-CM "
                   "also delayed paralysis and prolonged survival in SOD1 mice.")
    got = keys(doc)
    assert ("AFFECTS", "cell:other", "outcome:survival") in got, got
    assert ("AFFECTS", "cell:ipsc", "outcome:survival") not in got, got


# --- helper AW (s20): the two factor predicates across the real sets ---

def test_factor_raised_as_the_means_of_a_result(full_nlp):
    """(helper AW, s20) `promoted functional recovery via upregulation of neurotrophic factors and synaptic
    proteins`: the factors' rise, named after the result as the way it came about, makes them its mediator (a
    FACTOR_AFFECTS row); `increased spinal BDNF and reduced motor neuron loss` still names two results side by
    side."""
    doc = full_nlp("Stromal cells after brain injury\nRats with brain injury received bone marrow stromal cells "
                   "(BMSCs). The grafted BMSCs promoted functional recovery via upregulation of neurotrophic factors "
                   "and synaptic proteins.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:motor_function") in keys(doc), keys(doc)
    doc = full_nlp("Stromal cells after brain injury\nRats with brain injury received bone marrow stromal cells "
                   "(BMSCs). BMSC treatment increased spinal BDNF and reduced motor neuron loss.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


def test_factor_named_as_the_mediator_after_the_result(full_nlp):
    """(helper AW, s20) `reduced infarct volume, an effect mediated by VEGF`, `protect brain tissue from ischemic
    injury, partly mediated by induction of angiogenesis and neurotrophic factors`: the factor named after the
    result as what mediated it changes that outcome (a FACTOR_AFFECTS row), however low the scorer puts the pair."""
    doc = full_nlp("Secretome of MSCs in stroke\nRats with stroke received conditioned medium of MSCs (MSC-CM). "
                   "MSC-CM reduced infarct volume, an effect mediated by VEGF.")
    assert ("FACTOR_AFFECTS", "factor:VEGFA", "outcome:other") in keys(doc), keys(doc)
    doc = full_nlp("Secretome of MSCs in stroke\nRats with stroke received conditioned medium of MSCs (MSC-CM). "
                   "Our data suggest that MSC-CM could promote neurogenesis and protect brain tissue from ischemic "
                   "injury, partly mediated by "
                   "induction of angiogenesis and neurotrophic factors.")
    assert ("FACTOR_AFFECTS", "factor:ntf", "outcome:other") in keys(doc), keys(doc)
    doc = full_nlp("Secretome of MSCs in stroke\nRats with stroke received conditioned medium of MSCs (MSC-CM). "
                   "MSC-CM reduced infarct volume, whereas the levels of VEGF did not change.")
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS"], keys(doc)


def test_host_factor_raised_in_the_cells_group_is_credited_to_them(full_nlp):
    """(helper AW, s20) `a significant increase in BDNF, NeuN and synaptophysin in the UC-MSC group`: the factor
    raised in the cells' clause, the rise named right before it, is credited to the cells (the train gold's
    SECRETES for a host factor raised after the cells); a factor that fell is not."""
    doc = full_nlp("UC-MSCs in a mouse model of Alzheimer disease\nTransgenic mice received hippocampal injections of "
                   "UC-MSCs. There was a significant reduction in GFAP and Iba-1 and a significant increase in BDNF, "
                   "NeuN and synaptophysin in the UC-MSC group compared with the vehicle group.")
    assert ("SECRETES", "cell:uc_msc", "factor:BDNF") in keys(doc), keys(doc)
    doc = full_nlp("UC-MSCs in a mouse model of Alzheimer disease\nTransgenic mice received hippocampal injections of "
                   "UC-MSCs. There was a significant decrease in BDNF and NeuN in the UC-MSC group compared with the "
                   "vehicle group.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)


def test_factor_lowered_in_the_cells_group_is_no_secretion(full_nlp):
    """(helper AW, s20) `BDNF immunoreactivity was significantly lower in the crush plus MSC group`: a factor level
    that fell in the cells' group is an end point, not something the cells made; `secreted less BDNF` still is."""
    doc = full_nlp("Bone marrow MSCs in sciatic nerve crush\nRats with sciatic nerve crush received MSCs. BDNF "
                   "immunoreactivity was significantly lower in the crush plus MSC group than in the crush group.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)
    doc = full_nlp("Bone marrow MSCs under hypoxia\nMSCs were cultured in hypoxia. Hypoxic MSCs secreted less BDNF "
                   "than normoxic MSCs.")
    assert ("SECRETES", "cell:msc", "factor:BDNF") in keys(doc), keys(doc)


# --- helper AZ (s20): the scorer's features for a sentence that states the study's aim or only what was
# measured (`we assessed the safety of X`, `Y was evaluated by ...`): it names the pair but reports no result;
# and for a pair whose clause holds no trigger word at all (`To address this, assays were performed`)
def test_study_aim_and_bare_clause_features(nlp):
    doc = make_doc(nlp, "Marrow cells in a crush model", [(None,
        "In this trial we assessed the safety of intravenous MSCs in rats with nerve crush. "
        "MSCs lowered neuropathic pain scores after the crush. "
        "Afterwards the animals were kept in pairs and MSCs with pain counts were listed.")],
        [("MSCs", CELL, "cell:msc"), ("safety", OUT, "outcome:safety"),
         ("neuropathic pain scores", OUT, "outcome:pain"), ("pain counts", OUT, "outcome:pain")])
    cands = [c for c in candidates(doc) if c.predicate == "AFFECTS"]
    aim = [c.features for c in cands if c.obj.text == "safety"]
    result = [c.features for c in cands if c.obj.text == "neuropathic pain scores"]
    assert aim and all("AFFECTS|study_aim" in f for f in aim), aim
    assert result and not any("AFFECTS|study_aim" in f for f in result), result
    assert all("AFFECTS|clause_bare" not in f for f in result), result
    listed = [c.features for c in cands if c.obj.text == "pain counts" and not c.resolved]
    assert listed and all("AFFECTS|clause_bare" in f for f in listed), [c.features for c in cands]


# --- helper BE (s21): factor-effect constructions (FACTOR_AFFECTS): the factor that acts vs the factor measured
def test_factor_as_means_in_other_words(full_nlp):
    """(helper BE, s21) `improved motor neuron survival in a VEGF-dependent manner`: the factor glued to the
    means word names it as the agent of the result before it (as `mediated by VEGF` does)."""
    doc = full_nlp("Conditioned medium in motor neuron cultures\nConditioned medium improved motor neuron "
                   "survival in a VEGF-dependent manner.")
    assert ("FACTOR_AFFECTS", "factor:VEGFA", "outcome:motor_neuron_survival") in keys(doc), keys(doc)


@pytest.mark.parametrize("text, factor", [
    ("Stromal grafts in SOD1 mice\nTreated mice showed higher expression of GDNF and reduced motor neuron loss.",
     "factor:GDNF"),
    ("Stromal grafts in skin wounds\nHistology showed an increase in collagen content, capillary density and "
     "a higher expression of vascular endothelial growth factor (VEGF).", "factor:VEGFA"),
])
def test_factor_level_named_by_a_comparative_is_a_read_out(full_nlp, text, factor):
    """(helper BE, s21) `higher expression of GDNF and reduced motor neuron loss`, `... and a higher expression
    of VEGF.` (the last item of a list of results): the factor's level is a result beside the outcome, no agent."""
    doc = full_nlp(text)
    assert not [k for k in keys(doc) if k[0] == "FACTOR_AFFECTS" and k[1] == factor], keys(doc)


def test_factor_given_by_a_comparative_dose_still_acts(full_nlp):
    """(helper BE, s21) the near-miss of the read-out rule: `higher doses of BDNF improved motor function` and
    `survival was enhanced by increased expression of GDNF` keep the factor as the agent."""
    doc = full_nlp("BDNF in SOD1 mice\nHigher doses of brain-derived neurotrophic factor (BDNF) improved motor "
                   "function.")
    assert ("FACTOR_AFFECTS", "factor:BDNF", "outcome:motor_function") in keys(doc), keys(doc)
    doc = full_nlp("GDNF in SOD1 mice\nMotor neuron survival was enhanced by increased expression of glial cell "
                   "line-derived neurotrophic factor (GDNF).")
    assert ("FACTOR_AFFECTS", "factor:GDNF", "outcome:motor_neuron_survival") in keys(doc), keys(doc)


def test_factor_delays_onset_named_as_a_delay_of(full_nlp):
    """(helper BE, s21) `VEGF treatment resulted in a delay of paralysis onset`: the onset is the end point."""
    doc = full_nlp("VEGF in SOD1 rats\nVEGF treatment resulted in a significant delay of paralysis onset.")
    assert ("FACTOR_AFFECTS", "factor:VEGFA", "outcome:disease_onset") in keys(doc), keys(doc)


def test_two_factors_joined_by_a_slash_both_act(full_nlp):
    """(helper BE, s21) `NGF/NT-3 treatment improved functional recovery`: each factor of the pair acts."""
    doc = full_nlp("Trophic factors after nerve injury\nNGF/NT-3 treatment improved functional recovery.")
    assert {("FACTOR_AFFECTS", "factor:NGF", "outcome:motor_function"),
            ("FACTOR_AFFECTS", "factor:NTF3", "outcome:motor_function")} <= keys(doc), keys(doc)


# --- helper BC (s21): ADMINISTERED_VIA. A drug's route beside the cells (the drug named by its stem class, or
# in a clause of its own), a route in a clause of other cells (all invented sentences)
@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Cell therapy in ALS\nMice receiving intrathecal MSCs were also given riluzole orally.",
     ("cell:msc", "route:intrathecal"), ("cell:msc", "route:other")),
    ("Cell therapy in ALS\nMice receiving intrathecal MSCs were also given sirolimus orally.",
     ("cell:msc", "route:intrathecal"), ("cell:msc", "route:other")),
    ("Cell therapy in ALS\nSOD1 mice received intravenous MSCs, and BrdU was injected intraperitoneally to label "
     "proliferating cells.", ("cell:msc", "route:intravenous"), ("cell:msc", "route:intraperitoneal")),
    ("Cell therapy in ALS\nSOD1 mice received intrathecal MSCs and intraperitoneal rolipram daily.",
     ("cell:msc", "route:intrathecal"), ("cell:msc", "route:intraperitoneal")),
    ("Cell therapy in ALS\nSOD1 mice received intrathecal MSCs. Treated mice also received pioglitazone by the oral "
     "route.", ("cell:msc", "route:intrathecal"), ("cell:msc", "route:other")),
])
def test_route_of_a_drug_beside_the_cells(full_nlp, text, wanted, unwanted):
    got = {(r.subject_id, r.object_id) for r in full_nlp(text)._.relations if r.predicate == "ADMINISTERED_VIA"}
    assert wanted in got and unwanted not in got, got


def test_route_in_a_clause_of_other_cells(full_nlp):
    """(helper BC, s21) after a semicolon the route's clause names its own cells: theirs only."""
    doc = full_nlp("Cell therapy in ALS\nWe compared UC-MSCs and BM-MSCs in vitro; UC-MSCs were then injected "
                   "intravenously into SOD1 mice.")
    got = {(r.subject_id, r.object_id) for r in doc._.relations if r.predicate == "ADMINISTERED_VIA"}
    assert ("cell:uc_msc", "route:intravenous") in got and ("cell:bm_msc", "route:intravenous") not in got, got


# --- helper BD (s21): constructions of AFFECTS (cell treatment -> outcome) that fresh text words differently:
# the giving of the cells `associated with` a result, `<cell>-induced` agents, the untreated course of the
# disease, an end point named by its gain (`survival advantage of 10 days`), `markers of <process>`
def _affects(doc):
    return {(m.subject_id, m.object_id): m.effect for m in doc._.relations if m.predicate == "AFFECTS"}


@pytest.mark.parametrize("sentence, pair", [
    ("MSC administration was associated with a slower rate of disease progression.",
     ("cell:msc", "outcome:disease_progression")),
    ("Repeated UC-MSC infusions were accompanied by a stabilisation of forced vital capacity.",
     ("cell:uc_msc", "outcome:respiratory_function")),
    ("Injection of MSCs was associated with longer survival.", ("cell:msc", "outcome:survival")),
])
def test_cells_given_associated_with_result(full_nlp, sentence, pair):
    """The giving of the cells (`MSC administration`, `injection of MSCs`) that a result goes with is the
    treatment's result, not a marker of the course."""
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == "favorable", got


def test_marker_associated_with_course_is_no_result(full_nlp):
    got = _affects(full_nlp(UC_TRIAL + "The number of MSCs in the CSF correlated with the ALSFRS-R slope."))
    assert ("cell:msc", "outcome:alsfrs_r") not in got, got


@pytest.mark.parametrize("sentence, pair", [
    ("The MSC-induced improvement of motor function persisted until end stage.", ("cell:msc", "outcome:motor_function")),
    ("An NSC-dependent rise in motor neuron survival was found.", ("cell:nsc", "outcome:motor_neuron_survival")),
])
def test_cell_glued_to_word_of_causing_is_the_agent(full_nlp, sentence, pair):
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == "favorable", got


def test_cell_before_causing_word_splits_but_other_agents_stay_whole(full_nlp):
    words = [t.text for t in full_nlp("MSC-induced repair, UC-MSCs-driven repair, LPS-induced and ROS-induced damage")]
    assert "MSC" in words and "UC-MSCs" in words, words
    assert "LPS-induced" in words and "ROS-induced" in words, words


@pytest.mark.parametrize("sentence", [
    "In untreated ALS, the ALSFRS-R score falls by about one point a month.",
    "Without treatment, forced vital capacity declines steadily.",
    "In the natural course of ALS, muscle strength is lost within months.",
])
def test_untreated_course_of_disease_is_no_result(full_nlp, sentence):
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert not [k for k in got if k[1] != "outcome:safety"], got


def test_slower_than_untreated_course_is_a_result(full_nlp):
    got = _affects(full_nlp(UC_TRIAL + "The ALSFRS-R score fell more slowly than in untreated ALS."))
    assert got.get(("cell:uc_msc", "outcome:alsfrs_r")) == "favorable", got


@pytest.mark.parametrize("sentence, pair, effect", [
    ("MSC-treated mice had a survival advantage of 11 days over vehicle controls.", ("cell:msc", "outcome:survival"),
     "favorable"),
    ("MSC transplantation produced a clear motor improvement in SOD1 mice.", ("cell:msc", "outcome:motor_function"),
     "favorable"),
    ("MSC transplantation gave no survival benefit.", ("cell:msc", "outcome:survival"), "null"),
])
def test_end_point_named_by_its_gain(full_nlp, sentence, pair, effect):
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == effect, got


def test_markers_of_a_process_are_the_process(full_nlp):
    got = _affects(full_nlp(UC_TRIAL + "MSC treatment normalised markers of oxidative stress in the lumbar cord."))
    assert got.get(("cell:msc", "outcome:oxidative_stress")) == "favorable", got
    got = _affects(full_nlp(UC_TRIAL + "CSF NfL, a marker of neuroinflammation, fell after MSC injection."))
    assert ("cell:msc", "outcome:inflammation") not in got, got


@pytest.mark.parametrize("sentence, effect", [
    ("Treatment with BM-MSCs caused a delay of disease onset in SOD1 mice.", "favorable"),
    ("MSC injection brought an acceleration of symptom onset.", "unfavorable"),
])
def test_noun_of_change_before_onset(full_nlp, sentence, effect):
    """(helper BD) `a delay of disease onset`: the onset after a noun of its change is the end point (not the
    time word `of` of `at the time of onset`)."""
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get((next(iter(k[0] for k in got if k[1] == "outcome:disease_onset"), None),
                    "outcome:disease_onset")) == effect, got


@pytest.mark.parametrize("sentence, pair, effect", [
    ("The mean ALSFRS-R slope changed from -1.3 before to -0.6 points per month after MSC injection.",
     ("cell:msc", "outcome:alsfrs_r"), "favorable"),
    ("Mean FVC changed from 84% to 71% during the year after MSC injection.",
     ("cell:msc", "outcome:respiratory_function"), "unfavorable"),
    ("The ALSFRS-R score changed from 41 to 35 with placebo and from 41 to 40 with MSCs.",
     ("cell:msc", "outcome:alsfrs_r"), "unclear"),
])
def test_neutral_change_read_from_its_numbers(full_nlp, sentence, pair, effect):
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == effect, got


@pytest.mark.parametrize("sentence, pair", [
    ("We saw a lack of effect of MSCs on body weight.", ("cell:msc", "outcome:body_weight")),
    ("MSCs lacked any effect on body weight in SOD1 mice.", ("cell:msc", "outcome:body_weight")),
])
def test_lack_of_effect_is_null(full_nlp, sentence, pair):
    got = _affects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == "null", got



# --- helper BB (s21): SECRETES constructions (invented sentences)
@pytest.mark.parametrize("text, cell, factor", [
    ("hMSC/GDNF were injected into the gastrocnemius of SOD1 rats.", "cell:msc", "factor:GDNF"),
    ("iNPC-GDNFs were grafted into the lumbar spinal cord.", "cell:nsc", "factor:GDNF"),
    ("hNSC/VEGF cells were implanted into the spinal cord.", "cell:nsc", "factor:VEGFA"),
    ("BM-MSC-GDNF were injected intrathecally.", "cell:bm_msc", "factor:GDNF"),
])
def test_engineered_cell_names_with_slash_plural_or_source_secrete(full_nlp, text, cell, factor):
    """(helper BB, s21) a cell line named for its transgene with a slash, a plural or a hyphenated source short
    form (`hMSC/GDNF`, `iNPC-GDNFs`, `BM-MSC-GDNF`) says what the cells secrete."""
    doc = full_nlp("Engineered cells in ALS\n" + text)
    assert ("SECRETES", cell, factor) in keys(doc), keys(doc)


def test_engineered_name_primed_with_factor_is_no_secretion(full_nlp):
    doc = full_nlp("Engineered cells in ALS\nVEGF-primed MSCs were implanted into the muscle.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)


def test_made_cells_secrete_not_their_source_named_after_them(full_nlp):
    """(helper BB, s21) `Schwann-like cells derived from ADSCs secreted NGF`: the made cells secrete; the source
    stem cells named after them do not (the reverse order of `ADSC-derived Schwann cells`)."""
    doc = full_nlp("Induced cells in nerve repair\nSchwann-like cells derived from ADSCs secreted NGF and BDNF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ("SECRETES", "cell:schwann_cell", "factor:NGF") in ks and not any(k[1] == "cell:ad_msc" for k in ks), ks
    doc = full_nlp("Induced cells in ALS\nAstrocytes differentiated from human iPSCs released GDNF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ks == {("SECRETES", "cell:astrocyte", "factor:GDNF")}, ks
    doc = full_nlp("Stem cells in ALS\nMSCs from the bone marrow and astrocytes secreted GDNF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ("SECRETES", "cell:bm_msc", "factor:GDNF") in ks, ks


def test_cell_product_containing_factor_secretes(full_nlp):
    """(helper BB, s21) `MSC exosomes containing BDNF`: the product's content, not a supplement given to cells."""
    doc = full_nlp("Exosomes in ALS\nMSC exosomes containing BDNF were injected intranasally.")
    assert ("SECRETES", "cell:msc_ev", "factor:BDNF") in keys(doc), keys(doc)
    doc = full_nlp("Stem cells in ALS\nMSCs were cultured in medium containing bFGF and EGF.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)


def test_named_host_cells_make_the_factor_not_the_antecedent_graft(full_nlp):
    """(helper BB, s21) `MSCs were transplanted. Reactive astrocytes produce GDNF`: the sentence names its maker;
    `These cells produced GDNF` still refers back to the graft."""
    doc = full_nlp("Stem cells in ALS\nMSCs were transplanted. Reactive astrocytes produce GDNF in the injured cord.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ks == {("SECRETES", "cell:astrocyte", "factor:GDNF")}, ks
    doc = full_nlp("Stem cells in ALS\nMSCs were transplanted. These cells produced GDNF in the injured cord.")
    assert ("SECRETES", "cell:msc", "factor:GDNF") in keys(doc), keys(doc)


def test_cells_the_secreted_factor_acts_on_are_no_makers(full_nlp):
    """(helper BB, s21) `GDNF produced by MSCs promoted the survival of oligodendrocytes`: the maker is named in
    the factor's relative; the cells after the verb of benefit are its targets."""
    doc = full_nlp("Stem cells in ALS\nGDNF produced by transplanted MSCs promoted the survival of neurons and "
                   "oligodendrocytes.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ks == {("SECRETES", "cell:msc", "factor:GDNF")}, ks
    doc = full_nlp("Stem cells in ALS\nGDNF secreted by MSCs was higher than that secreted by astrocytes.")
    assert ("SECRETES", "cell:astrocyte", "factor:GDNF") in keys(doc), keys(doc)


def test_cells_induced_by_other_cells_to_secrete(full_nlp):
    """(helper BB, s21) `Activated microglia induce BMSCs to produce GDNF`: the cells induced make the factor, not
    the inducers; likewise `Astrocytes induced by MSCs secreted GDNF`."""
    doc = full_nlp("Microglia and marrow cells\nActivated microglia induce bone marrow MSCs to produce GDNF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ("SECRETES", "cell:bm_msc", "factor:GDNF") in ks and ("SECRETES", "cell:microglia", "factor:GDNF") not in ks, ks
    doc = full_nlp("Microglia and marrow cells\nAstrocytes induced by MSCs secreted GDNF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ks == {("SECRETES", "cell:astrocyte", "factor:GDNF")}, ks
    doc = full_nlp("Microglia and marrow cells\nMSCs were induced to produce GDNF.")
    assert ("SECRETES", "cell:msc", "factor:GDNF") in keys(doc), keys(doc)


def test_secretion_gerund_belongs_to_the_clause_subject(full_nlp):
    """(helper BB, s21) `MSCs improved the permeability of endothelial cells by secreting HGF`: the object cells do
    not secrete; coordinated subjects both do."""
    doc = full_nlp("Marrow cells and endothelium\nMSCs improved the permeability of human lung microvascular "
                   "endothelial cells by secreting HGF.")
    ks = {k for k in keys(doc) if k[0] == "SECRETES"}
    assert ks == {("SECRETES", "cell:msc", "factor:HGF")}, ks
    doc = full_nlp("Marrow cells and glia\nMSCs and astrocytes protect neurons by secreting GDNF.")
    assert ("SECRETES", "cell:msc", "factor:GDNF") in keys(doc), keys(doc)
    # both coordinated subjects pass the gates; whether the astrocytes' row clears the threshold is the trained
    # scorer's call (0.49-0.52 across retrainings), not this rule's
    candidates = full_nlp.get_pipe("litmine_relations").extract(doc, keep_all=True)
    ks = {(r.predicate, r.subject_id, r.object_id) for r in candidates if r.predicate == "SECRETES"}
    assert ks == {("SECRETES", "cell:astrocyte", "factor:GDNF"), ("SECRETES", "cell:msc", "factor:GDNF")}, ks


def test_priming_noun_gives_the_factor_to_the_cells(full_nlp):
    """(helper BB, s21) `Pre-exposure of engineered hAMSCs to GDNF`, `Pretreatment of MSCs with BDNF`: the factor is
    given to the cells; `MSC preconditioning increased VEGF secretion` still credits them."""
    for text in ("Pre-exposure of engineered hAMSCs to GDNF enhanced their proliferation in vitro.",
                 "Pretreatment of transduced MSCs with BDNF improved their survival."):
        doc = full_nlp("Primed stem cells\n" + text)
        assert not [k for k in keys(doc) if k[0] == "SECRETES"], (text, keys(doc))
    doc = full_nlp("Primed stem cells\nMSC preconditioning increased VEGF secretion.")
    assert ("SECRETES", "cell:msc", "factor:VEGFA") in keys(doc), keys(doc)


@pytest.mark.parametrize("text, cell, factor", [
    ("NSC-derived BDNF supported axon growth.", "cell:nsc", "factor:BDNF"),
    ("Astrocyte-derived GDNF protected motor neurons.", "cell:astrocyte", "factor:GDNF"),
    ("Schwann cell-derived NGF supported axon growth.", "cell:schwann_cell", "factor:NGF"),
    ("Mesenchymal stem cell-derived BDNF supported axon growth.", "cell:msc", "factor:BDNF"),
    ("Bone marrow stromal cell-derived VEGF promoted angiogenesis.", "cell:bm_msc", "factor:VEGFA"),
])
def test_any_cell_name_glued_to_derived_before_a_factor_secretes(full_nlp, text, cell, factor):
    """(helper BB, s21) `<cells>-derived <factor>` for every cell name, one word or several (as `MSC-derived GDNF`)."""
    doc = full_nlp("Trophic support in ALS\n" + text)
    assert ("SECRETES", cell, factor) in keys(doc), keys(doc)


def test_factor_names_with_derived_stay_factors(full_nlp):
    doc = full_nlp("Trophic support in ALS\nGlial cell-derived neurotrophic factor and stromal cell-derived factor-1 "
                   "were measured.")
    assert not [k for k in keys(doc) if k[0] == "SECRETES"], keys(doc)
    assert not [e for e in doc.ents if e.label_ == "CELL_TYPE"], [(e.text, e.label_) for e in doc.ents]


# ---- helper BJ (s21): reference across sentences ----

BJ_TRIAL = "MSCs in ALS: an open-label trial\nEight patients received autologous bone marrow MSCs intrathecally. "


@pytest.mark.parametrize("sentence, outcome, effect", [
    ("The cells improved forced vital capacity at 6 months.", "outcome:respiratory_function", "favorable"),
    ("They slowed the decline of muscle strength.", "outcome:muscle_strength", "favorable"),
    ("The cells did not change the ALSFRS-R score.", "outcome:alsfrs_r", "null"),
    ("This therapy stabilised the ALSFRS-R score for six months.", "outcome:alsfrs_r", "favorable"),
    ("This treatment slowed the decline of the ALSFRS-R score.", "outcome:alsfrs_r", "favorable"),
])
def test_bj_reference_to_the_cells_as_subject_keeps_their_result(full_nlp, sentence, outcome, effect):
    """(helper BJ, s21) `The cells improved X`, `They slowed X`, `This therapy stabilised X` after the sentence that
    gives the cells: the result is the antecedent cells' (SPEC §3), whatever the scorer makes of `anaphor`."""
    doc = full_nlp(BJ_TRIAL + sentence)
    rows = [m for m in rels(doc, "AFFECTS") if m.object_id == outcome]
    assert [m.subject_id for m in rows] == ["cell:bm_msc"], keys(doc)
    assert rows[0].effect == effect, (rows[0].effect, rows[0].effect_cue)


@pytest.mark.parametrize("sentence, outcome", [
    # the treatment of another agent named in between
    ("Edaravone was given to all patients as standard care. This treatment slowed the decline of the ALSFRS-R score.",
     "outcome:alsfrs_r"),
    # another cell named in between
    ("Microglia are activated in ALS patients. They increase inflammation in the spinal cord.", "outcome:inflammation"),
])
def test_bj_reference_after_another_agent_is_not_the_cells(full_nlp, sentence, outcome):
    doc = full_nlp(BJ_TRIAL + sentence)
    assert ("AFFECTS", "cell:bm_msc", outcome) not in keys(doc), keys(doc)


@pytest.mark.parametrize("text", [
    "Umbilical cord MSCs in ALS\nALS is a disease of motor neurons. These cells degenerate, leading to muscle weakness "
    "and respiratory failure.",
    "Umbilical cord MSCs in ALS\nMotor neurons are lost in ALS. They die through excitotoxicity and oxidative stress.",
    "Umbilical cord MSCs in ALS\nMicroglia are activated in ALS. These cells drive neuroinflammation in the spinal cord.",
])
def test_bj_reference_to_the_bodys_own_cells_in_the_opening(full_nlp, text):
    """(helper BJ, s21) `Microglia are activated. These cells drive neuroinflammation`: in the opening, a plain
    reference to cells after the body's own cells speaks of them, not of the title's graft."""
    doc = full_nlp(text)
    assert not [k for k in keys(doc) if k[0] == "AFFECTS"], keys(doc)


def test_bj_reference_to_title_cells_in_the_opening_still_resolves(full_nlp):
    doc = full_nlp("Mesenchymal stem cells in ALS\nThese cells release trophic factors and reduce neuroinflammation "
                   "in ALS models.")
    assert ("AFFECTS", "cell:msc", "outcome:inflammation") in keys(doc), keys(doc)


@pytest.mark.parametrize("sentence, outcome", [
    ("The drug did not prevent weight loss.", "outcome:body_weight"),
    ("This compound reduced oxidative stress markers.", "outcome:oxidative_stress"),
    ("Placebo-treated patients showed a faster decline of the ALSFRS-R.", "outcome:alsfrs_r"),
])
def test_bj_reference_to_a_drug_or_control_group_is_not_the_cells(full_nlp, sentence, outcome):
    """(helper BJ, s21) `The drug ...`, `Placebo-treated patients ...` opening the sentence: another agent's group."""
    doc = full_nlp("Umbilical cord MSCs in ALS\nTen patients received umbilical cord MSCs intrathecally and oral "
                   "edaravone. " + sentence)
    assert ("AFFECTS", "cell:uc_msc", outcome) not in keys(doc), keys(doc)


def test_bj_the_neurotrophin_refers_back_to_the_one_factor(full_nlp):
    """(helper BJ, s21) `BDNF was given ... The neurotrophin did not improve survival`: the class word names the one
    factor of the document (the gold records the named factor)."""
    doc = full_nlp("BDNF in ALS\nRecombinant BDNF was given subcutaneously to patients with ALS. The neurotrophin did "
                   "not improve survival.")
    rows = [m for m in rels(doc, "FACTOR_AFFECTS") if m.object_id == "outcome:survival"]
    assert [m.subject_id for m in rows] == ["factor:BDNF"], keys(doc)
    assert rows[0].effect == "null"


# ---- helper BK (s21): the sentence's role for AFFECTS / ADMINISTERED_VIA (reference arms, control agents, the
# disease model's own agent, the unmet need, baseline values, another drug's relative clause) ----

def _bk_affects(doc):
    return {k for k in keys(doc) if k[0] == "AFFECTS"}


@pytest.mark.parametrize("text, cell", [
    ("Locomotor scores improved in NI-MSC-transplanted rats in comparison to vehicle and unmodified "
     "BM-MSC-transplanted animals.", "cell:bm_msc"),
    ("Microglia replacement slowed disease progression compared with SOD1 mice given bone marrow mononuclear "
     "cells.", "cell:bm_mnc"),
])
def test_bk_reference_arm_cells_get_no_affects(full_nlp, text, cell):
    """(helper BK, s21) cells named only in the reference arm closing the clause did not produce its result."""
    doc = full_nlp("Grafts in ALS rats\n" + text)
    assert not [k for k in _bk_affects(doc) if k[1] == cell], keys(doc)


def test_bk_reference_arm_route_and_kept_comparisons(full_nlp):
    doc = full_nlp("Grafts in EAE\nAD-MSCs given intravenously ameliorated disease scores with a potency comparable "
                   "to UC-MSCs.")
    ks = {k for k in keys(doc) if k[0] == "ADMINISTERED_VIA"}
    assert ("ADMINISTERED_VIA", "cell:ad_msc", "route:intravenous") in ks and \
        ("ADMINISTERED_VIA", "cell:uc_msc", "route:intravenous") not in ks, ks
    # the comparison opening the sentence, or comparing values, keeps the cells
    doc = full_nlp(UC_TRIAL + "Compared with BM-MSCs, UC-MSCs prolonged survival.")
    assert ("AFFECTS", "cell:uc_msc", "outcome:survival") in keys(doc), keys(doc)
    doc = full_nlp(UC_TRIAL + "Both UC-MSCs and BM-MSCs prolonged survival compared with vehicle.")
    assert {("AFFECTS", "cell:uc_msc", "outcome:survival"), ("AFFECTS", "cell:bm_msc", "outcome:survival")} <= \
        keys(doc), keys(doc)


@pytest.mark.parametrize("text", [
    "Vehicle injections did not affect survival.",
    "Intrathecal saline did not change ALSFRS-R scores.",
    "Sham surgery itself caused transient motor deficits.",
    "Sham-operated animals did not differ from untreated mice in grip strength.",
    "Cisplatin-treated mice developed mechanical allodynia and reduced grip strength.",
    "LPS-injected rats showed marked microglial activation.",
    "No treatment currently halts disease progression in ALS.",
    "There is still no therapy that prolongs survival in ALS patients.",
    "Baseline ALSFRS-R scores did not differ between groups.",
    "The groups were well balanced for age, ALSFRS-R and FVC.",
    "Disease onset in this strain occurs at around 100 days.",
    "Survival was shorter in patients with bulbar onset.",
])
def test_bk_sentences_that_carry_no_cell_result(full_nlp, text):
    """(helper BK, s21) control agents, the model's agent, the unmet need, baseline values, the strain's course and
    prognosis name no result of the cells."""
    doc = full_nlp(UC_TRIAL + text)
    assert not _bk_affects(doc), (text, keys(doc))


@pytest.mark.parametrize("text, outcome", [
    ("Cisplatin-treated mice showed less allodynia after UC-MSC injection.", "outcome:other"),
    ("LPS-injected rats showed less microglial activation after treatment.", "outcome:inflammation"),
    ("Cell-treated mice showed improved grip strength.", "outcome:muscle_strength"),
    ("In this model, UC-MSCs prolonged survival.", "outcome:survival"),
    ("Baseline to month 6 change in ALSFRS-R was smaller after UC-MSC treatment.", "outcome:alsfrs_r"),
    ("UC-MSCs slowed the decline of ALSFRS-R over 12 months.", "outcome:alsfrs_r"),
])
def test_bk_near_misses_keep_the_cell_result(full_nlp, text, outcome):
    doc = full_nlp(UC_TRIAL + text)
    assert ("AFFECTS", "cell:uc_msc", outcome) in keys(doc), (text, keys(doc))


def test_bk_outcome_in_another_drugs_relative_clause(full_nlp):
    """(helper BK, s21) `In contrast to edaravone, which slowed ALSFRS-R decline, UC-MSCs had no effect`: the
    favourable result is the drug's; the cells' is null."""
    doc = full_nlp(UC_TRIAL + "In contrast to edaravone, which slowed ALSFRS-R decline, UC-MSCs had no effect on "
                   "ALSFRS-R.")
    effects = {r.effect for r in doc._.relations if r.predicate == "AFFECTS" and r.object_id == "outcome:alsfrs_r"}
    assert effects == {"null"}, effects


def test_bk_subgroup_named_by_its_course(full_nlp):
    """(helper BK, s21) `among patients with slow progression`: who the result is about, not a slowed progression."""
    doc = full_nlp(UC_TRIAL + "Among patients with slow progression, ALSFRS-R declined by 2 points.")
    assert ("AFFECTS", "cell:uc_msc", "outcome:disease_progression") not in keys(doc), keys(doc)


def test_bk_baseline_schedule_with_parenthesis_is_methods(full_nlp):
    """(helper BK, s21) `assessed at baseline (pre-treatment) and following treatment`: a schedule of measures (a
    methods row, effect unclear), not the baseline values of who took part."""
    doc = full_nlp(UC_TRIAL + "ALSFRS-R and FVC were assessed at baseline (pre-treatment) and following treatment.")
    assert ("AFFECTS", "cell:uc_msc", "outcome:alsfrs_r") in keys(doc), keys(doc)


def test_bk_elliptic_denial_by_the_cells_is_null(full_nlp):
    """(helper BK, s21) `Riluzole prolonged survival, but UC-MSCs did not`: null for the cells; the cells' own
    result with another agent's denial after it stays favourable."""
    doc = full_nlp(UC_TRIAL + "Riluzole prolonged survival, but UC-MSCs did not.")
    effects = {r.effect for r in doc._.relations if r.object_id == "outcome:survival"}
    assert effects == {"null"}, effects
    doc = full_nlp(UC_TRIAL + "UC-MSCs improved grip strength, but riluzole did not.")
    effects = {r.effect for r in doc._.relations if r.object_id == "outcome:muscle_strength"}
    assert effects == {"favorable"}, effects


# --- helper BP (s21): AFFECTS recall in long result sentences -------------------------------------------------


def test_bp_arms_named_by_repeated_recipient_phrase_share_the_result(full_nlp):
    """(helper BP, s21) `mice receiving A and mice receiving B lived N and M days longer, respectively`: each arm
    named by who received it shares the result; a co-listed control cell type does not get it."""
    doc = full_nlp("Two MSC sources in SOD1 mice\nMice receiving BM-MSCs and mice receiving AD-MSCs lived 12 and 18 "
                   "days longer than controls, respectively.")
    assert {("AFFECTS", "cell:bm_msc", "outcome:survival"), ("AFFECTS", "cell:ad_msc", "outcome:survival")} <= keys(doc), keys(doc)
    doc = full_nlp("Two cell grafts in SOD1 rats\nRats treated with NSCs and rats treated with MSCs lived longer "
                   "than vehicle-treated rats.")
    assert {("AFFECTS", "cell:nsc", "outcome:survival"), ("AFFECTS", "cell:msc", "outcome:survival")} <= keys(doc), keys(doc)
    doc = full_nlp("MSCs versus fibroblasts in SOD1 mice\nMice receiving MSCs and mice receiving fibroblasts were "
                   "compared; only the MSC group lived longer.")
    assert not any(k[1] == "cell:other" for k in keys(doc)), keys(doc)


def test_bp_control_arm_clause_reports_no_result_of_the_cells(full_nlp):
    """(helper BP, s21) an outcome in a contrast clause whose subject is the control arm (`, whereas vehicle-treated
    mice ...`, `; the vehicle group ...`) is the control arm's course; the cells' own clause after a control
    clause keeps its row."""
    doc = full_nlp("MSCs in SOD1 mice\nMSCs prolonged survival in treated mice, whereas vehicle-treated mice showed "
                   "marked weight loss.")
    assert ("AFFECTS", "cell:msc", "outcome:body_weight") not in keys(doc), keys(doc)
    assert ("AFFECTS", "cell:msc", "outcome:survival") in keys(doc), keys(doc)
    doc = full_nlp("MSCs in SOD1 mice\nMSCs were injected at 60 days; the vehicle group showed a rapid decline in "
                   "grip strength.")
    assert ("AFFECTS", "cell:msc", "outcome:muscle_strength") not in keys(doc), keys(doc)
    doc = full_nlp("MSCs in SOD1 mice\nVehicle-treated mice showed progressive weight loss, whereas MSC-treated mice "
                   "maintained their body weight.")
    assert ("AFFECTS", "cell:msc", "outcome:body_weight") in keys(doc), keys(doc)
    doc = full_nlp("MSCs in SOD1 mice\nMSC treatment delayed onset; treated mice also had better rotarod scores "
                   "than the vehicle group.")
    assert ("AFFECTS", "cell:msc", "outcome:motor_function") in keys(doc), keys(doc)


# ---- helper BN (s21): the effect of AFFECTS / FACTOR_AFFECTS, constructions of better and worse ----

def _bn_effects(doc, outcome):
    return {r.effect for r in doc._.relations if r.predicate in ("AFFECTS", "FACTOR_AFFECTS")
            and r.object_id == outcome}


@pytest.mark.parametrize("text,outcome,effect", [
    # fewer / less of a harm than in a comparison is the benefit; the comparator arm's fewer harms are not
    ("Fewer adverse events occurred in the UC-MSC group than in the placebo group.", "outcome:safety", "favorable"),
    ("Less side effects were reported with UC-MSCs than with placebo.", "outcome:safety", "favorable"),
    ("Fewer adverse events occurred in the placebo group than in the UC-MSC group.", "outcome:safety", "unfavorable"),
    # a harm the treatment brought about (`led to`, `resulted in`), and the same denied
    ("UC-MSC transplantation resulted in tumor formation in one animal.", "outcome:safety", "unfavorable"),
    ("UC-MSC injection led to serious adverse events in two patients.", "outcome:safety", "unfavorable"),
    ("UC-MSC injection did not lead to tumor formation.", "outcome:safety", "favorable"),
    ("UC-MSC treatment led to improved motor function.", "outcome:motor_function", "favorable"),
    # timed tasks: a shorter time to descend is better; a shorter latency to fall is worse
    ("Time to descend in the pole test was shorter in UC-MSC-treated mice.", "outcome:motor_function", "favorable"),
    ("Time to descend in the pole test was longer in UC-MSC-treated mice.", "outcome:motor_function", "unfavorable"),
    ("The latency to fall from the rotarod was shorter in UC-MSC-treated mice.", "outcome:motor_function",
     "unfavorable"),
    # a hyphenated cause names the harm, it is no change the cells made
    ("UC-MSC treatment prevented disease-induced NMJ denervation compared to vehicle-treated mice.",
     "outcome:neuromuscular", "favorable"),
    # defects and damage to an outcome: less is better
    ("UC-MSC-treated mice showed attenuated behavioral defects.", "outcome:motor_function", "favorable"),
    ("UC-MSC treatment reduced damage to the neuromuscular junction.", "outcome:neuromuscular", "favorable"),
    # markers of muscle and neuron damage: less is better
    ("UC-MSC treatment lowered serum creatine kinase levels.", "outcome:biomarker", "favorable"),
    ("Urinary p75ECD increased after UC-MSC treatment.", "outcome:biomarker", "unfavorable"),
    # a speeding-up denied is no change in the outcome (null, as the real gold reads `progression did not
    # accelerate`), unlike `did not worsen X` (favorable)
    ("UC-MSC injection was not associated with acceleration of disease progression.", "outcome:disease_progression",
     "null"),
    ("Disease progression did not accelerate in any patient after UC-MSC injection.", "outcome:disease_progression",
     "null"),
    ("UC-MSC treatment did not accelerate functional recovery.", "outcome:motor_function", "null"),
])
def test_bn_direction_of_better(full_nlp, text, outcome, effect):
    doc = full_nlp(UC_TRIAL + text)
    assert _bn_effects(doc, outcome) == {effect}, (text, _bn_effects(doc, outcome))


@pytest.mark.parametrize("text,outcome,effect", [
    # (helper BN, s21) the verdicts opposite `better` / `superior` / `beneficial`
    ("Motor performance was worse in UC-MSC-treated mice.", "outcome:motor_function", "unfavorable"),
    ("Motor performance was inferior in UC-MSC-treated mice.", "outcome:motor_function", "unfavorable"),
    ("UC-MSCs had deleterious effects on survival.", "outcome:survival", "unfavorable"),
    ("UC-MSC treatment had a negative impact on survival.", "outcome:survival", "unfavorable"),
    # near-misses: `negative` of a stain, `no negative effects`, `worse` of who benefited
    ("UC-MSC treatment improved survival, and no negative effects were observed.", "outcome:survival", "favorable"),
    ("Patients with worse baseline ALSFRS-R scores benefited most from UC-MSC treatment.", "outcome:alsfrs_r",
     "favorable"),
    # (helper BN, s21) leaving the trial because of a harm, and the same denied
    ("No patient discontinued UC-MSC treatment because of adverse events.", "outcome:safety", "favorable"),
    ("None of the patients withdrew due to adverse events after UC-MSC injection.", "outcome:safety", "favorable"),
    ("Two patients withdrew because of adverse events after UC-MSC injection.", "outcome:safety", "unfavorable"),
])
def test_bn_verdicts_and_withdrawals(full_nlp, text, outcome, effect):
    doc = full_nlp(UC_TRIAL + text)
    assert _bn_effects(doc, outcome) == {effect}, (text, _bn_effects(doc, outcome))


@pytest.mark.parametrize("text,effect", [
    # (helper BN, s21) the change is the control arm's, and the treated arm's outcome held steady
    ("FVC declined in the placebo group, whereas it remained stable in UC-MSC-treated patients.", "favorable"),
    ("In the placebo group FVC declined, whereas it remained stable in UC-MSC-treated patients.", "favorable"),
    # near-misses: the treated arm declined; the control named only as the reference
    ("FVC declined in UC-MSC-treated patients, whereas it remained stable in the placebo group.", "unfavorable"),
    ("Compared with placebo, UC-MSC treatment slowed FVC decline, while body weight remained stable.", "favorable"),
])
def test_bn_control_arm_changed_treated_arm_held(full_nlp, text, effect):
    doc = full_nlp(UC_TRIAL + text)
    assert _bn_effects(doc, "outcome:respiratory_function") == {effect}, (text, _bn_effects(
        doc, "outcome:respiratory_function"))


# --- helper BU (s21): an assay's cell line and the organ's own sensory cells are what a treatment acts on ---------

@pytest.mark.parametrize("text", [
    "MSC-derived exosomes\nMSC-derived exosomes increased the viability of PC12 cells exposed to hydrogen peroxide.",
    "MSC-derived exosomes\nMSC-derived exosomes increased HaCaT cell proliferation and migration.",
    "MSCs in hearing loss\nAfter MSC transplantation, the loss of outer hair cells was smaller and hearing thresholds improved.",
])
def test_bu_target_cells_are_no_treatment(full_nlp, text):
    doc = full_nlp(text)
    assert not [m for m in doc._.relations if m.subject_id == "cell:other"], [
        (m.predicate, m.subject_text, m.object_text) for m in doc._.relations]


# --- helper CA (s22): native cells are no agents of the graft's factor; engineered cells refer back or act ---------

def test_ca_native_cell_before_the_graft_does_not_secrete_its_factor(full_nlp):
    doc = full_nlp("MSCs in ALS\nMice received intrathecal MSCs. Activated microglia release TNF and MSCs raised "
                   "BDNF in the lumbar cord.")
    got = {(m.predicate, m.subject_id, m.object_id) for m in doc._.relations}
    assert ("SECRETES", "cell:microglia", "factor:BDNF") not in got, got
    assert ("SECRETES", "cell:msc", "factor:BDNF") in got, got


def test_ca_native_cell_listed_with_the_graft_keeps_secreting(full_nlp):
    """near-miss: a native cell listed with the graft (`Schwann cells and MSCs secrete NGF`) is not behind it."""
    from pipeline.nlp.relations import token_view
    from pipeline.nlp.relations.gates import _native_behind_other_cell
    doc = full_nlp("Cells in nerve repair\nSchwann cells and MSCs secrete NGF in culture.")
    subj = next(e for e in doc.ents if e._.concept_id == "cell:schwann_cell")
    obj = next(e for e in doc.ents if e.label_ == "NEUROTROPHIC_FACTOR")

    class _C:   # the two spans and the token view (its entities) the check reads
        pass
    c = _C(); c.subj, c.obj, c.view = subj, obj, token_view(doc)
    assert not _native_behind_other_cell(c)


def test_ca_engineered_cells_refer_back_to_the_cells_engineered(full_nlp):
    doc = full_nlp("GDNF-engineered MSCs in SOD1 rats\nMSCs were transduced with a vector encoding GDNF. The genetically "
                   "modified cells were injected intramuscularly.")
    got = {(m.predicate, m.subject_id, m.object_id) for m in doc._.relations}
    assert ("ADMINISTERED_VIA", "cell:msc", "route:intramuscular") in got, got
    assert not any(s == "cell:other" for _, s, _ in got), got


def test_ca_engineered_cells_named_first_are_the_treatment(full_nlp):
    doc = full_nlp("CNTF delivery in ALS\nGenetically engineered cells secreting CNTF were implanted "
                   "intrathecally in eight patients.")
    got = {(m.predicate, m.subject_id, m.object_id) for m in doc._.relations}
    assert ("ADMINISTERED_VIA", "cell:other", "route:intrathecal") in got, got


# --- helper CB (s22): a rated generic phrase or a therapy's goal is no end point, so no relation row ---------------

@pytest.mark.parametrize("sentence, predicate", [
    ("Three patients showed objective improvement after treatment.", "AFFECTS"),
    ("No definitive findings regarding clinical benefit could be obtained from this small cohort.", "AFFECTS"),
    ("Neuroprotection and neuroregeneration are promising therapeutic strategies for ALS.", "AFFECTS"),
    ("Neurons were exposed to GDNF at 1 to 100 ng/mL to determine the effective concentration for half-maximal "
     "survival.", "FACTOR_AFFECTS"),
])
def test_cb_generic_phrase_gives_no_relation(full_nlp, sentence, predicate):
    doc = full_nlp(UC_TRIAL + sentence)
    assert not [m for m in doc._.relations if m.predicate == predicate and m.object_id == "outcome:other"], [
        (m.predicate, m.subject_text, m.object_text) for m in doc._.relations]


# --- helper CE (s22): the cells' route in neurological cell therapy, and what makes the model ----------------------

@pytest.mark.parametrize("text, route", [
    ("Cell therapy after stroke\nHuman NSCs were transplanted into the infarct cavity of rats.", "route:intracerebral"),
    ("Cell therapy for spinal cord injury\nAutologous BM-MNCs were prepared. The cells were injected into the lesion "
     "under microscopic guidance.", "route:intraspinal"),
    ("Cell therapy after stroke\nMSCs were infused intracarotidly into rats after MCAO.", "route:intraarterial"),
])
def test_ce_cells_given_at_the_lesion(full_nlp, text, route):
    doc = full_nlp(text)
    assert route in {m.object_id for m in doc._.relations if m.predicate == "ADMINISTERED_VIA"}, [
        (m.predicate, m.subject_id, m.object_id) for m in doc._.relations]


@pytest.mark.parametrize("text, other", [
    ("Cell therapy after stroke\nStroke was induced by injection of endothelin-1 into the striatum, and hNSCs were "
     "given intravenously.", "route:intracerebral"),
    ("Cell therapy for multiple sclerosis\nDemyelination was induced by injection of lysolecithin into the corpus "
     "callosum, and NSCs were given intravenously.", "route:intracerebral"),
    ("Cell therapy for Parkinson's disease\nRotenone was injected into the substantia nigra, and MSCs were "
     "transplanted intravenously.", "route:intracerebral"),
])
def test_ce_model_inducer_route_is_not_the_cells(full_nlp, text, other):
    """(helper CE, s22) the route of what makes the stroke, demyelination or parkinsonism model is not the cells'."""
    av = {m.object_id for m in full_nlp(text)._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert "route:intravenous" in av and other not in av, av


@pytest.mark.parametrize("text", [
    "Cell therapy for Parkinson's disease\nRats lesioned with 6-OHDA received intrastriatal grafts of human NSCs.",
    "Cell therapy for Huntington's disease\nRats lesioned with quinolinic acid received intrastriatal grafts of human NSCs.",
])
def test_ce_agent_that_made_the_recipients(full_nlp, text):
    """(helper CE, s22) the agent before `received` made the recipients; the route after it is the grafts'."""
    av = {(m.subject_id, m.object_id) for m in full_nlp(text)._.relations if m.predicate == "ADMINISTERED_VIA"}
    assert ("cell:nsc", "route:intracerebral") in av, av


# --- helper CD (s22): SECRETES constructions, part 2 (invented sentences) -------------------------------------------

def _cd_secretes(doc):
    return {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "SECRETES"}


@pytest.mark.parametrize("text, pair", [
    # a spelled-out or class name of the factor after a cell's glued participle
    ("Stem cells in ALS\nMSC-derived neurotrophic factors protected motor neurons from excitotoxicity.",
     ("cell:msc", "factor:ntf")),
    ("Stem cells in ALS\nUmbilical cord mesenchymal stem cell-secreted trophic factors supported cultured neurons.",
     ("cell:uc_msc", "factor:ntf")),
    ("Stem cells in ALS\nNSC-derived nerve growth factor promoted neurite growth.", ("cell:nsc", "factor:NGF")),
    # the factor lowers something (active verb with an object): it did not fall
    ("Stem cells in ALS\nUC-MSC-derived HGF reduced apoptosis of motor neurons.", ("cell:uc_msc", "factor:HGF")),
    ("Stem cells in ALS\nADSC-secreted VEGF attenuated denervation of the gastrocnemius.", ("cell:ad_msc", "factor:VEGFA")),
    # nominal over-expression and gene transfer naming the cells
    ("Stem cells in ALS\nOverexpression of BDNF in MSCs enhanced their protective effect.", ("cell:msc", "factor:BDNF")),
    ("Stem cells in ALS\nThe overexpression of VEGF in NSCs prolonged survival of SOD1 mice.", ("cell:nsc", "factor:VEGFA")),
    ("Stem cells in ALS\nGDNF gene transfer to MSCs delayed disease onset in SOD1 rats.", ("cell:msc", "factor:GDNF")),
    # the host's factor read out and then said to rise, or restored, in the cells' clause
    # (helper EX, s28: in the spinal cord; read out in the CSF or blood it is the recipients' biomarker, no SECRETES,
    # as the train gold has it: tests/test_relations_admin_secretion.py)
    ("NurOwn in ALS\nIn the spinal cord, VEGF and HGF levels increased after MSC-NTF transplantation.",
     ("cell:msc_ntf", "factor:HGF")),
    ("Stem cells in ALS\nAfter MSC transplantation, GDNF increased in the spinal cord.", ("cell:msc", "factor:GDNF")),
    ("Stem cells in ALS\nADSCs restored BDNF levels in the hippocampus.", ("cell:ad_msc", "factor:BDNF")),
    # the graft's factor in the next sentence
    ("Stem cells in ALS\nHuman NPCs were transplanted into the spinal cord. Graft-derived GDNF protected motor neurons.",
     ("cell:nsc", "factor:GDNF")),
])
def test_cd_secretion_constructions(full_nlp, text, pair):
    """(helper CD, s22) `MSC-derived neurotrophic factors`, `UC-MSC-derived HGF reduced X`, `Overexpression of BDNF
    in MSCs`, `GDNF gene transfer to MSCs`: the cells make the factor."""
    doc = full_nlp(text)
    assert pair in _cd_secretes(doc), _cd_secretes(doc)


@pytest.mark.parametrize("text, want", [
    ("Stem cells in ALS\nBone marrow MSCs secrete neurotrophic factors. These factors include BDNF, VEGF and HGF.",
     {("cell:bm_msc", f) for f in ("factor:ntf", "factor:BDNF", "factor:VEGFA", "factor:HGF")}),
    ("Stem cells in ALS\nMSCs release trophic factors. Among these factors, HGF and IGF-1 were the most abundant.",
     {("cell:msc", f) for f in ("factor:ntf", "factor:HGF", "factor:IGF1")}),
    ("Stem cells in ALS\nAdipose stem cells secrete many neurotrophic factors. The most important are BDNF and GDNF.",
     {("cell:ad_msc", f) for f in ("factor:ntf", "factor:BDNF", "factor:GDNF")}),
    # near-misses: no secretion said before; the members named as the body's level
    ("Stem cells in ALS\nMSCs were injected into SOD1 mice. These factors include BDNF and GDNF.", set()),
    ("Stem cells in ALS\nMSCs secrete neurotrophic factors. Among these factors, BDNF levels are reduced in the spinal "
     "cord of ALS patients.", {("cell:msc", "factor:ntf")}),
    ("Stem cells in ALS\nMSCs secrete neurotrophic factors. The most important finding was that BDNF promoted "
     "regeneration.", {("cell:msc", "factor:ntf")}),
])
def test_cd_members_of_secreted_class_next_sentence(full_nlp, text, want):
    """(helper CD, s22) a sentence opening with the members of a class of factors the cells were just said to
    secrete credits the cells with each member."""
    doc = full_nlp(text)
    assert _cd_secretes(doc) == want, _cd_secretes(doc)


@pytest.mark.parametrize("text", [
    "Stem cells in ALS\nIn the MSC group, NGF decreased in the spinal cord.",
    "Stem cells in ALS\nMice with overexpression of VEGF in neurons were crossed with SOD1 mice.",
    "Stem cells in ALS\nGlial cell-derived neurotrophic factor protected motor neurons.",
    "Stem cells in ALS\nStromal cell-derived factor-1 attracted MSCs to the lesion.",
    "Stem cells in ALS\nThe transfer of MSCs and BDNF to the spinal cord improved survival.",
    "Stem cells in ALS\nAfter MSC injection, VEGF increased motor neuron survival.",
    "Stem cells in ALS\nMSCs were injected. Serum BDNF levels increased in ALS patients compared with controls.",
    "Stem cells in ALS\nMSCs were transplanted into the spinal cord. Muscle-derived GDNF protected motor neurons.",
    "Stem cells in ALS\nMSCs restored motor function, and GDNF was not measured.",
])
def test_cd_secretion_near_misses(full_nlp, text):
    """(helper CD, s22) a factor that fell in the cells' group, transgenic neurons, factor names with `cell-derived`
    inside them, cells given together with a factor: no SECRETES."""
    doc = full_nlp(text)
    assert not _cd_secretes(doc), _cd_secretes(doc)


# --- helper CF (s22): AFFECTS precision. The cells whose own change is measured, the medium-only arm and the sources
# of a product named in a list are no agents -----------------------------------------------------------------------

def _cf_affects(doc):
    return {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "AFFECTS"}


@pytest.mark.parametrize("text,absent", [
    # a measure noun between the process and `of`; the reference `that of <cells>`; a list of cells after `of`
    ("Growth of WJ-MSCs\nThe proliferation rate of WJ-MSCs was greater than that of AD-MSCs at passage 4.",
     {"cell:wj_msc", "cell:uc_msc", "cell:ad_msc"}),
    ("Two MSC sources\nWe examined the osteogenic differentiation capacities of AD-MSCs and BM-MSCs in culture.",
     {"cell:ad_msc", "cell:bm_msc"}),
    # a coordinated second process before `of`
    ("Preconditioned stromal cells\nLow oxygen raised the proliferation and migration of BM-MSCs in vitro.",
     {"cell:bm_msc"}),
    # the cells named right before their own process: the target of the agent
    ("MSC secretome and progenitors\nThe MSC secretome lowered gliosis and favoured neural progenitor cell "
     "maturation into oligodendrocytes.", {"cell:nsc"}),
    # a possessive pointing back to the cells
    ("Stored cells\nThawed WJ-MSCs preserved their immunosuppressive capacity and viability.",
     {"cell:wj_msc", "cell:uc_msc"}),
    # the graft's fate words are the cells' own property in a dish
    ("Chemokine and MSCs\nCXCL12 enhanced the homing of MSCs across a transwell membrane.", {"cell:msc"}),
])
def test_cf_cells_own_change_is_no_effect(full_nlp, text, absent):
    doc = full_nlp(text)
    got = {s for s, _ in _cf_affects(doc)}
    assert not (got & absent), (text, _cf_affects(doc))


@pytest.mark.parametrize("text,absent,present", [
    # the medium-only arm of a culture experiment
    ("MSC-CM and cortical neurons\nCortical neurons were given MSC-conditioned medium or fresh medium. Fresh medium "
     "alone had no effect on neuronal survival.", ("cell:msc_ev", "outcome:other"), None),
    # the second and third sources of a product
    ("Stem cell secretomes\nSecretomes from BM-MSCs, AD-MSCs and DP-MSCs all lowered microglial activation in "
     "culture.", ("cell:ad_msc", "outcome:inflammation"), None),
    ("Vesicles\nExtracellular vesicles isolated from UC-MSCs or AD-MSCs improved grip strength in SOD1 mice.",
     ("cell:ad_msc", "outcome:muscle_strength"), ("cell:msc_ev", "outcome:muscle_strength")),
])
def test_cf_control_medium_and_product_sources(full_nlp, text, absent, present):
    doc = full_nlp(text)
    got = _cf_affects(doc)
    assert absent not in got, (text, got)
    if present:
        assert present in got, (text, got)


@pytest.mark.parametrize("text,present", [
    # near-misses: the graft's own fate in vivo stays an end point (SOURCE.md); a possessive that points to patients;
    # the product and the cells both given; a comparison with control medium; the agent of a process of other cells
    ("NSC grafts\nNSCs were grafted into the lumbar cord of SOD1 rats. Survival of the grafted NSCs was low at six "
     "weeks.", ("cell:nsc", "outcome:other")),
    ("UC-MSC trial\nPatients given UC-MSCs improved their ALSFRS-R scores over one year.",
     ("cell:uc_msc", "outcome:alsfrs_r")),
    ("MSC-CM or MSCs\nTreatment with MSC-CM or with MSCs improved grip strength in SOD1 mice.",
     ("cell:msc", "outcome:muscle_strength")),
    ("MSC-CM\nCompared with fresh medium, MSC-CM raised the survival of cultured motor neurons.",
     ("cell:msc_ev", "outcome:motor_neuron_survival")),
    ("MSCs and T cells\nIn co-culture, MSCs suppressed T cell proliferation.", ("cell:msc", "outcome:other")),
    ("Treg therapy\nAutologous Treg expansion and infusion slowed disease progression in patients with ALS.",
     ("cell:treg", "outcome:disease_progression")),
])
def test_cf_near_misses_keep_the_agent(full_nlp, text, present):
    doc = full_nlp(text)
    assert present in _cf_affects(doc), (text, _cf_affects(doc))


@pytest.mark.parametrize("text,absent,present", [
    # (helper CF, s22) a product word that is no mention of its own names the cells only as its source
    ("MSC lysate\nA lysate of AD-MSCs lowered spinal cord inflammation in SOD1 mice.",
     ("cell:ad_msc", "outcome:inflammation"), None),
    # near-miss: the cells grown in a medium are still the agent
    ("MSCs in SOD1 mice\nMSCs expanded in serum-free medium lowered spinal cord inflammation in SOD1 mice.",
     None, ("cell:msc", "outcome:inflammation")),
    # a drug tried before, the subject of a reported clause, is no result of the cells
    (UC_TRIAL + "An earlier study reported that minocycline hastened the decline of the ALSFRS-R.",
     ("cell:uc_msc", "outcome:alsfrs_r"), None),
    # near-miss: the drug given together with the cells
    ("MSCs and lithium\nSOD1 mice received MSCs combined with lithium, and the combination prolonged survival.",
     None, ("cell:msc", "outcome:survival")),
])
def test_cf_unnamed_product_and_earlier_drug(full_nlp, text, absent, present):
    doc = full_nlp(text)
    got = _cf_affects(doc)
    if absent:
        assert absent not in got, (text, got)
    if present:
        assert present in got, (text, got)


@pytest.mark.parametrize("text,absent,present", [
    # (helper CF, s22) what the cells make, for a list of outcomes and for the reference cells after `than`
    ("Cord MSCs\nWJ-MSCs express more transcripts linked to synaptogenesis, remyelination and angiogenesis than "
     "AD-MSCs.", {("cell:wj_msc", "outcome:other"), ("cell:ad_msc", "outcome:other")}, None),
    # near-miss: the cells make factors and then change an end point
    ("MSCs in SOD1 mice\nMSCs released VEGF and IGF-1 and prolonged survival of SOD1 mice.", set(),
     ("cell:msc", "outcome:survival")),
])
def test_cf_made_by_the_cells_lists_and_reference(full_nlp, text, absent, present):
    doc = full_nlp(text)
    got = _cf_affects(doc)
    assert not (got & absent), (text, got)
    if present:
        assert present in got, (text, got)


# --- helper CC (s22): a factor that only prepared the cells, is what the cells' own read-out measures, or is
# named as the cells' capacity to secrete is no agent of its own -------------------------------------------------

def _cc_factor_rows(doc, factor):
    return {(m.object_id, m.effect) for m in doc._.relations
            if m.predicate == "FACTOR_AFFECTS" and m.subject_id == factor}


@pytest.mark.parametrize("text,factor", [
    # the factor is a reagent of the cells' preparation: the cells act
    ("MSCs in SOD1 mice\nMSCs pretreated with bFGF improved motor function and prolonged survival of SOD1 mice.",
     "factor:FGF2"),
    ("NSC grafts\nNSCs cultured with EGF and bFGF were transplanted, and motor function improved in treated mice.",
     "factor:FGF2"),
    ("BMSC grafts\nBMSCs preconditioned with IGF-1 reduced motor neuron loss and delayed disease onset in SOD1 mice.",
     "factor:IGF1"),
    # cells named as made to carry the factor
    ("NSC grafts\nTransplantation of recombinant NSCs with VEGF might promote neuronal repair.", "factor:VEGFA"),
    # the factor named as what the cells are able to secrete
    ("MSC grafts\nThe benefit may result from their enhanced survival and their capacity to secrete NT-3.",
     "factor:NTF3"),
    ("MSC grafts\nOwing to their ability to secrete GDNF, MSCs delayed disease onset in SOD1 mice.", "factor:GDNF"),
    # the factor is what the read-out measures
    ("ASC secretome\nWe assessed the neuroprotective effect of ASC conditioned medium on neurotrophin gene expression "
     "and motor neuron density.", "factor:ntf"),
])
def test_cc_factor_not_the_agent(full_nlp, text, factor):
    doc = full_nlp(text)
    assert not _cc_factor_rows(doc, factor), (text, _cc_factor_rows(doc, factor))


@pytest.mark.parametrize("text,factor,outcome", [
    # near-misses: the factor acts on the prepared cells themselves, on the nervous system's own cells, as the
    # cells' means, or in a relative clause of its own
    ("MSC culture\nIn vitro, BMSCs treated with IGF-1 exhibited less apoptotic death and improved migration.",
     "factor:IGF1", None),
    ("MSC culture\nMSCs cultured with bFGF showed increased proliferation in vitro.", "factor:FGF2", "outcome:other"),
    ("GDNF in vitro\nMotor neurons cultured with BDNF showed longer neurite outgrowth.", "factor:BDNF", "outcome:other"),
    ("MSC grafts\nMSCs have the ability to produce BDNF, which increases motor neuron survival.", "factor:BDNF",
     "outcome:motor_neuron_survival"),
    ("MSC grafts\nMSCs improved motor neuron survival by secreting GDNF.", "factor:GDNF",
     "outcome:motor_neuron_survival"),
])
def test_cc_factor_still_the_agent(full_nlp, text, factor, outcome):
    doc = full_nlp(text)
    rows = _cc_factor_rows(doc, factor)
    assert rows and (outcome is None or any(o == outcome for o, _ in rows)), (text, rows)


@pytest.mark.parametrize("text,factor", [
    # (helper CC, s22) taking the factor away abolished the cells' benefit: the factor's effect is favorable, also
    # when a hyphenated agent stands between the verb and the benefit noun
    ("MSC-CM in ALS\nNeutralizing VEGF abolished the MSC-induced protection of motor neurons.", "factor:VEGFA"),
    ("MSC-CM in ALS\nKnockdown of BDNF abolished the MSC-induced protection of motor neurons.", "factor:BDNF"),
    # near-miss: the factor's absence reduced the end point itself
    ("GDNF in ALS\nKnockdown of GDNF reduced motor neuron survival.", "factor:GDNF"),
])
def test_cc_factor_taken_away_from_a_benefit(full_nlp, text, factor):
    doc = full_nlp(text)
    assert _cc_factor_rows(doc, factor) == {("outcome:motor_neuron_survival", "favorable")}, (
        text, _cc_factor_rows(doc, factor))


# --- helper CI (s22): effect polarity and hedging of AFFECTS / FACTOR_AFFECTS rows ---------------------------------

def _ci_rows(full_nlp, sentence, outcome):
    doc = full_nlp(UC_TRIAL + sentence)
    return [m for m in doc._.relations if m.predicate in ("AFFECTS", "FACTOR_AFFECTS") and m.object_id == outcome]


@pytest.mark.parametrize("sentence, outcome, effect, hedged", [
    # a proposing verb opens the clause (any clause), a suggesting verb only with `can` in it
    ("We hypothesize that UC-MSCs can reduce neuroinflammation in ALS.", "outcome:inflammation", "favorable", True),
    ("We speculate that UC-MSCs protect motor neurons through paracrine signalling.",
     "outcome:motor_neuron_survival", "favorable", True),
    ("Our results suggest that UC-MSC transplantation can delay disease onset in SOD1 mice.",
     "outcome:disease_onset", "favorable", True),
    ("These data suggest that UC-MSC transplantation delayed disease onset in SOD1 mice.",
     "outcome:disease_onset", "favorable", False),
    ("We demonstrate that UC-MSCs can reduce astrogliosis in SOD1 mice.", "outcome:inflammation", "favorable", False),
    # `likely` as a hedging adverb, not in `less likely to`
    ("UC-MSCs likely protect motor neurons through the release of trophic factors.",
     "outcome:motor_neuron_survival", "favorable", True),
    ("UC-MSC-treated patients were less likely to require ventilation than controls.",
     "outcome:respiratory_function", "favorable", False),
    # near-misses of the hedge words: what was seen, watched for or graded as a result
    ("UC-MSCs could be detected in the CSF for 2 weeks, and UC-MSC treatment reduced CSF inflammatory cytokines.",
     "outcome:inflammation", "favorable", False),
    ("Potential adverse events were recorded after UC-MSC injection.", "outcome:safety", "unclear", False),
    ("UC-MSC treatment showed early signs of potential efficacy on the ALSFRS-R score.",
     "outcome:alsfrs_r", "favorable", False),
    ("Intrathecal UC-MSCs may carry potential risks such as tumor formation.", "outcome:safety", "unfavorable", True),
    ("UC-MSCs could improve motor function in patients with ALS.", "outcome:motor_function", "favorable", True),
    # `as measured by` names the instrument of a stated result, not a measurement without result
    ("UC-MSC treatment produced a clinically meaningful improvement in function as measured by the ALSFRS-R.",
     "outcome:alsfrs_r", "favorable", False),
    ("Muscle strength improved significantly after UC-MSC treatment, as assessed with the MRC scale.",
     "outcome:muscle_strength", "favorable", False),
    ("Function was measured by the ALSFRS-R before and after UC-MSC treatment.", "outcome:alsfrs_r", "unclear", False),
    # stopping a decline is a benefit
    ("UC-MSC treatment halted the decline of muscle strength in 3 patients.", "outcome:muscle_strength",
     "favorable", False),
    ("UC-MSC treatment arrested the progression of muscle weakness in two patients.", "outcome:muscle_strength",
     "favorable", False),
])
def test_ci_effect_and_hedge_constructions(full_nlp, sentence, outcome, effect, hedged):
    rows = _ci_rows(full_nlp, sentence, outcome)
    assert rows and all(m.effect == effect and m.hedged == hedged for m in rows), [
        (m.object_id, m.effect, m.effect_cue, m.hedged, m.hedge_cue) for m in rows]


# lead, s22: `without` naming what a composite survival end point excludes denies nothing
@pytest.mark.parametrize("sentence, effect", [
    ("Survival without tracheostomy was longer in the treated group.", "favorable"),
    ("Survival without tracheostomy did not differ between the groups.", "null"),
    ("The cells improved survival without reaching significance.", "null"),
])
def test_without_after_survival_defines_the_end_point(full_nlp, sentence, effect):
    doc = full_nlp(UC_TRIAL + sentence)
    assert effect in {m.effect for m in doc._.relations if m.object_id == "outcome:survival"}


# ---------------------------------------------------------------------------------------------------------
# helper CJ (s22): when is a factor the agent? A factor that is one item of a list beside the outcome, or one
# item of a list of factors that the cells raised, is a read-out, not the agent (invented sentences)
def _cj_fa(doc, factor):
    return {(r.object_id, r.effect) for r in rels(doc, "FACTOR_AFFECTS") if r.subject_id == factor}


_CJ_MSC = "Mesenchymal stem cell transplantation in SOD1 mice\n"
_CJ_REVIEW = "Mechanisms of mesenchymal stem cell therapy in ALS: a review\n"


@pytest.mark.parametrize("text,factor", [
    # every item of a raised list, not only the first (`increased the expression of BDNF, GDNF and NT-3`)
    (_CJ_MSC + "MSCs increased the expression of BDNF, GDNF and NT-3, and reduced astrogliosis.", "factor:GDNF"),
    (_CJ_MSC + "MSCs increased the expression of BDNF, GDNF and NT-3, and reduced astrogliosis.", "factor:NTF3"),
    # the cells named by a generic noun, long factor names in the list
    (_CJ_MSC + "Grafted cells enhanced the expression of glial cell line-derived neurotrophic factor, nerve growth "
               "factor and BDNF and improved locomotor scores.", "factor:NGF"),
    # a raised amount
    (_CJ_MSC + "Conditioned medium from MSCs contained increased amounts of BDNF and promoted neuronal survival.",
     "factor:BDNF"),
    # a list of mechanisms: the factor beside the outcome
    (_CJ_REVIEW + "MSCs act through trophic factors such as GDNF, anti-inflammatory cytokines and immunomodulation.",
     "factor:GDNF"),
    (_CJ_REVIEW + "Proposed mechanisms include the release of neurotrophic factors such as BDNF and GDNF, "
                  "immunomodulation and reduced neuroinflammation.", "factor:GDNF"),
])
def test_cj_listed_factor_not_the_agent(full_nlp, text, factor):
    doc = full_nlp(text)
    assert not _cj_fa(doc, factor), (text, _cj_fa(doc, factor))


@pytest.mark.parametrize("text,factor,outcome", [
    # near-misses: the factor has its own verb, a relative clause, or is blocked
    ("Neurotrophic factors for motor neuron disease\nGDNF, BDNF and IGF-1 each improved motor neuron survival in "
     "vitro.", "factor:IGF1", "outcome:motor_neuron_survival"),
    (_CJ_MSC + "MSCs increased BDNF, and GDNF promoted motor neuron survival in culture.", "factor:GDNF",
     "outcome:motor_neuron_survival"),
    (_CJ_MSC + "MSCs release neurotrophic factors such as BDNF and GDNF, which reduced neuroinflammation.",
     "factor:GDNF", "outcome:inflammation"),
    (_CJ_MSC + "The increase in BDNF and autophagy after MSC treatment was reversed by anti-BDNF treatment.",
     "factor:BDNF", "outcome:other"),
    ("Neurotrophic factors for motor neuron disease\nGDNF, alone or combined with BDNF, delayed disease onset in "
     "SOD1 mice.", "factor:GDNF", "outcome:disease_onset"),
])
def test_cj_factor_still_the_agent(full_nlp, text, factor, outcome):
    doc = full_nlp(text)
    assert any(o == outcome for o, _ in _cj_fa(doc, factor)), (text, _cj_fa(doc, factor))


@pytest.mark.parametrize("text,factor,outcome,effect", [
    # (helper CJ, s22) the effect when the factor row is right: a factor blocked after its name (`VEGF blockade`)
    # that worsened the end point had a favorable role; a plural harm noun after the end point (`fewer ... losses`)
    ("VEGF in ALS\nVEGF blockade accelerated motor neuron loss in SOD1 mice.", "factor:VEGFA",
     "outcome:motor_neuron_survival", "favorable"),
    ("VEGF in ALS\nVEGF silencing accelerated motor neuron loss in SOD1 mice.", "factor:VEGFA",
     "outcome:motor_neuron_survival", "favorable"),
    ("BDNF in ALS\nMice treated with BDNF had fewer motor neuron losses than controls.", "factor:BDNF",
     "outcome:motor_neuron_survival", "favorable"),
    # near-miss: the factor itself accelerated the loss
    ("CNTF in mnd mice\nCNTF overexpression accelerated motor neuron loss in mnd mice.", "factor:CNTF",
     "outcome:motor_neuron_survival", "unfavorable"),
])
def test_cj_effect_of_a_factor_row(full_nlp, text, factor, outcome, effect):
    doc = full_nlp(text)
    assert (outcome, effect) in _cj_fa(doc, factor), (text, _cj_fa(doc, factor))


# ---- helper CL (s22): ADMINISTERED_VIA precision -- a route near the cells that is not how THESE cells were given
def _cl_av_rows(doc):
    return {(r.subject_id, r.object_id) for r in (doc._.relations or []) if r.predicate == "ADMINISTERED_VIA"}


@pytest.mark.parametrize("text,wanted,unwanted", [
    # a label, tracer or imaging substrate given beside the cells
    ("Cell tracking in ALS\nLuciferase-expressing MSCs were injected intrathecally, and D-luciferin was injected "
     "intraperitoneally before imaging.", ("cell:msc", "route:intrathecal"), ("cell:msc", "route:intraperitoneal")),
    ("Grafts in ALS\nNSCs were grafted into the lumbar spinal cord; EdU was given intraperitoneally for one week.",
     ("cell:nsc", "route:intraspinal"), ("cell:nsc", "route:intraperitoneal")),
    # a drug whose name only its stem class tells (immunomodulators, kinase inhibitors)
    ("Cell therapy in MS\nPatients received intravenous MSCs; all had previously failed oral fingolimod.",
     ("cell:msc", "route:intravenous"), ("cell:msc", "route:other")),
    ("Grafts in ALS\nNSCs were transplanted into the spinal cord, and azathioprine was administered orally for "
     "immunosuppression.", ("cell:nsc", "route:intraspinal"), ("cell:nsc", "route:other")),
    # molecular agents and carriers of other therapies
    ("Cell therapy in ALS\nIntrathecal antisense oligonucleotides and intravenous MSCs were compared in SOD1 rats.",
     ("cell:msc", "route:intravenous"), ("cell:msc", "route:intrathecal")),
    ("Cell therapy in ALS\nA neuroprotective peptide was injected intraperitoneally, whereas MSCs were infused "
     "intravenously.", ("cell:msc", "route:intravenous"), ("cell:msc", "route:intraperitoneal")),
    ("Cell therapy in ALS\nMSCs were injected intrathecally, and a neutralizing antibody was given "
     "intraperitoneally.", ("cell:msc", "route:intrathecal"), ("cell:msc", "route:intraperitoneal")),
    ("Cell therapy in ALS\nIntravenous nanoparticles loaded with edaravone were compared with intrathecal MSCs.",
     ("cell:msc", "route:intrathecal"), ("cell:msc", "route:intravenous")),
    # a drug in a comma-set reduced relative
    ("Cell therapy in ALS\nAll patients were on riluzole, given orally, and received intrathecal MSC-NTF cells.",
     ("cell:msc_ntf", "route:intrathecal"), ("cell:msc_ntf", "route:other")),
    # the control arm's route
    ("Cell therapy in ALS\nMice received MSCs intravenously, and control mice were given culture medium "
     "intrathecally.", ("cell:msc", "route:intravenous"), ("cell:msc", "route:intrathecal")),
    # a route judged in a clause of its own, the cells given by another route
    ("Cell therapy in ALS\nIntraspinal injection is invasive, so we delivered BM-MSCs intrathecally.",
     ("cell:bm_msc", "route:intrathecal"), ("cell:bm_msc", "route:intraspinal")),
    ("Cell therapy in ALS\nIntravenous delivery is limited by pulmonary trapping, and we therefore injected UC-MSCs "
     "into the cisterna magna.", ("cell:uc_msc", "route:intracisternal"), ("cell:uc_msc", "route:intravenous")),
    # the culture partner and the fate of the given cells
    ("Cell therapy in ALS\nMSCs primed by co-culture with astrocytes were injected intrathecally.",
     ("cell:msc", "route:intrathecal"), ("cell:astrocyte", "route:intrathecal")),
    ("Cell therapy in HD\nWe previously showed that after hNSC transplantation into the striatum, human cells "
     "differentiated into electrophysiologically active immature neurons.", ("cell:nsc", "route:intracerebral"),
     ("cell:neuron", "route:intracerebral")),
])
def test_cl_route_of_something_else(full_nlp, text, wanted, unwanted):
    rows = _cl_av_rows(full_nlp(text))
    assert wanted in rows and unwanted not in rows, (text, rows)


@pytest.mark.parametrize("text,wanted", [
    # (helper CL, s22) near-misses: the cells' own routes stay
    ("Cell therapy in ALS\nPatients received intravenous UC-MSCs, and CSF was obtained by lumbar puncture at "
     "baseline.", {("cell:uc_msc", "route:intravenous")}),
    ("Cell therapy in ALS\nMSCs were given intravenously and, two weeks later, intrathecally.",
     {("cell:msc", "route:intravenous"), ("cell:msc", "route:intrathecal")}),
    ("Cell therapy in ALS\nBM-MSCs were injected intravenously, and a second dose was given intrathecally.",
     {("cell:bm_msc", "route:intravenous"), ("cell:bm_msc", "route:intrathecal")}),
    ("Cell therapy in ALS\nWild-type control mice also received intrathecal MSCs.", {("cell:msc", "route:intrathecal")}),
    ("Cell therapy in SCI\nNSCs embedded in a hydrogel were injected intrathecally.", {("cell:nsc", "route:intrathecal")}),
    ("Cell therapy in arthritis\nHuman UC-MSCs, an anti-TNF antibody, a fusion protein and an anti-CD20 antibody "
     "were respectively injected intraperitoneally into arthritic mice.", {("cell:uc_msc", "route:intraperitoneal")}),
    ("Cell therapy in ALS\nMSCs preconditioned with activated microglia were infused intravenously into SOD1 mice.",
     {("cell:msc", "route:intravenous")}),
])
def test_cl_own_route_stays(full_nlp, text, wanted):
    rows = _cl_av_rows(full_nlp(text))
    assert rows == wanted, (text, rows)


def test_cl_organ_before_named_route_no_row(full_nlp):
    """(helper CL, s22) `into the brains ... via intraventricular injection`: one route, the named one."""
    rows = _cl_av_rows(full_nlp("MSCs in HIBD\nBMSCs were transplanted into the brains of hypoxic rats via "
                                "intraventricular injection."))
    assert rows == {("cell:bm_msc", "route:intracerebroventricular")}, rows


def test_cl_route_list_before_a_drug(full_nlp):
    """(helper CL, s22) `oral and intravenous edaravone`: both routes are the drug's."""
    rows = _cl_av_rows(full_nlp("Cell therapy in ALS\nPatients received intrathecal MSCs and oral and intravenous "
                                "edaravone."))
    assert rows == {("cell:msc", "route:intrathecal")}, rows


@pytest.mark.parametrize("text,wanted", [
    # (helper CL, s22) a device in a clause of its own; the device that gives the cells keeps their row
    ("Cell therapy in ALS\nA subcutaneous pump delivered IGF-1, while NSCs were transplanted into the lumbar cord.",
     {("cell:nsc", "route:intraspinal")}),
    ("Cell therapy in ALS\nMSCs were delivered via an intrathecal pump.", {("cell:msc", "route:intrathecal")}),
])
def test_cl_device_route(full_nlp, text, wanted):
    rows = _cl_av_rows(full_nlp(text))
    assert rows == wanted, (text, rows)


# --- helper CM (s22): results whose agent is not named in the sentence --------------------------------------------
_CM_MICE = "Bone marrow MSCs in SOD1 mice\nSOD1G93A mice received intravenous bone marrow MSCs at 70 days of age. "
_CM_ARMS = "NSCs and MSCs in SOD1 mice\nSOD1 mice received NSCs, MSCs, or both. "


def _cm_affects(doc):
    return {(r.subject_id, r.object_id) for r in doc._.relations or [] if r.predicate == "AFFECTS"}


@pytest.mark.parametrize("text,expected", [
    # a treated arm named by what it received is no disease-model clause (`mice, which develop ...`)
    (_CM_MICE + "Animals that received cells displayed better rotarod performance.",
     ("cell:bm_msc", "outcome:motor_function")),
    (_CM_MICE + "Mice that were treated exhibited longer survival than controls.", ("cell:bm_msc", "outcome:survival")),
    ("NSC grafts in SOD1 rats\nSOD1 rats received lumbar grafts of human NSCs. Rats that were grafted exhibited less "
     "motor neuron loss.", ("cell:nsc", "outcome:motor_neuron_survival")),
    # the arms given together take in every arm named before
    (_CM_ARMS + "Microglial activation was more effectively suppressed after combined transplantation.",
     ("cell:msc", "outcome:inflammation")),
    (_CM_ARMS + "Microglial activation was more effectively suppressed after combined transplantation.",
     ("cell:nsc", "outcome:inflammation")),
    (_CM_ARMS + "Survival was longest in the co-transplantation group.", ("cell:msc", "outcome:survival")),
    (_CM_ARMS + "The combination group showed the best motor performance.", ("cell:msc", "outcome:motor_function")),
])
def test_cm_implicit_agent_result(full_nlp, text, expected):
    doc = full_nlp(text)
    assert expected in _cm_affects(doc), (text, _cm_affects(doc))


@pytest.mark.parametrize("text,absent", [
    # near-misses: the control arm named by what it received; the model's own course; one arm by name
    (_CM_MICE + "Mice that received PBS exhibited early paralysis and short survival.", ("cell:bm_msc", "outcome:survival")),
    (_CM_MICE + "Mice that received vehicle displayed progressive weight loss.", ("cell:bm_msc", "outcome:body_weight")),
    ("MSCs in SOD1 mice\nWe used SOD1G93A mice, which develop progressive motor neuron loss. Mice received "
     "intravenous MSCs.", ("cell:msc", "outcome:motor_neuron_survival")),
    ("NSCs and MSCs in SOD1 mice\nSOD1 mice received NSCs or MSCs. Survival was longest in the NSC group.",
     ("cell:msc", "outcome:survival")),
])
def test_cm_implicit_agent_near_miss(full_nlp, text, absent):
    doc = full_nlp(text)
    assert absent not in _cm_affects(doc), (text, _cm_affects(doc))


@pytest.mark.parametrize("text,absent", [
    # (helper CM, s22) the disease's course as a rule in the opening is no result of the title's cells
    ("UC-MSCs in ALS\nALS patients typically lose 1 point per month on the ALSFRS-R. We treated 10 patients with "
     "intrathecal UC-MSCs.", ("cell:uc_msc", "outcome:alsfrs_r")),
    ("UC-MSCs in ALS\nIn SOD1 mice, motor function generally declines from 90 days of age. Mice received intrathecal "
     "UC-MSCs at 80 days.", ("cell:uc_msc", "outcome:motor_function")),
])
def test_cm_generic_disease_course(full_nlp, text, absent):
    doc = full_nlp(text)
    assert absent not in _cm_affects(doc), (text, _cm_affects(doc))


def test_cm_generic_wording_keeps_a_named_result(full_nlp):
    doc = full_nlp("UC-MSCs in ALS\nUC-MSCs typically improve motor function in ALS models. We treated 10 patients "
                   "with intrathecal UC-MSCs.")
    assert ("cell:uc_msc", "outcome:motor_function") in _cm_affects(doc)


_CM_NUMBERED = ("NSCs and MSCs in SOD1 mice\nMice were divided into three groups: vehicle (group 1), MSCs (group 2) and "
                "NSCs (group 3). ")


@pytest.mark.parametrize("text,expected,absent", [
    # (helper CM, s22) an arm named by its number is the arm so defined, not the latest cells named
    (_CM_NUMBERED + "Survival was longest in group 3.", ("cell:nsc", "outcome:survival"), ("cell:msc", "outcome:survival")),
    (_CM_NUMBERED + "Motor neuron loss was reduced in groups 2 and 3 compared with group 1.",
     ("cell:nsc", "outcome:motor_neuron_survival"), None),
    ("MSCs in SCI rats\nRats were divided into three groups: GI: sham; GII: SCI + vehicle; GIII: SCI + BM-MSCs. "
     "Locomotor recovery was better in GIII than in GII.", ("cell:bm_msc", "outcome:motor_function"), None),
    # near-miss: the control arm by its letter
    ("MSCs in ALS\nPatients in group A received MSCs plus riluzole, and patients in group B received placebo plus "
     "riluzole. In group B, the ALSFRS-R score declined by 6 points at 6 months.", None, ("cell:msc", "outcome:alsfrs_r")),
])
def test_cm_numbered_arms(full_nlp, text, expected, absent):
    got = _cm_affects(full_nlp(text))
    assert expected is None or expected in got, (text, got)
    assert absent is None or absent not in got, (text, got)


# --- helper CP (s22): effect direction in arm comparisons ---

def _cp_effects(doc):
    return {(r.subject_id, r.object_id): r.effect for r in doc._.relations
            if r.predicate in ("AFFECTS", "FACTOR_AFFECTS")}


@pytest.mark.parametrize("sentence,pair,effect", [
    # the control arm as subject, the change made larger by `faster` / `more`: the change keeps its own direction
    ("The placebo group declined faster than the MSC group on the ALSFRS-R.", ("cell:msc", "outcome:alsfrs_r"),
     "favorable"),
    ("Vehicle-treated mice lost more body weight than MSC-treated mice.", ("cell:msc", "outcome:body_weight"),
     "favorable"),
    # near-misses: the treated arm declined faster / lost more; `more slowly` still tempers
    ("The MSC group declined faster than the placebo group on the ALSFRS-R.", ("cell:msc", "outcome:alsfrs_r"),
     "unfavorable"),
    ("MSC-treated mice lost more body weight than vehicle-treated mice.", ("cell:msc", "outcome:body_weight"),
     "unfavorable"),
    ("MSC-treated mice lost body weight more slowly than vehicle-treated mice.", ("cell:msc", "outcome:body_weight"),
     "favorable"),
    # `whereas` with the control worsening and the treated arm improving
    ("The ALSFRS-R score declined in the placebo group, whereas it improved in the MSC group.",
     ("cell:msc", "outcome:alsfrs_r"), "favorable"),
    ("The ALSFRS-R score declined in the MSC group, whereas it improved in the placebo group.",
     ("cell:msc", "outcome:alsfrs_r"), "unfavorable"),
    # `in both ... groups` naming two treated arms is no null comparison; with a control it is
    ("The ALSFRS-R score improved in both the BM-MSC and the UC-MSC groups.", ("cell:bm_msc", "outcome:alsfrs_r"),
     "favorable"),
    ("FVC improved in both the MSC and placebo groups.", ("cell:msc", "outcome:respiratory_function"), "null"),
    # a change in both arms, smaller in one
    ("FVC declined in both groups, but significantly less in the MSC group.",
     ("cell:msc", "outcome:respiratory_function"), "favorable"),
    ("FVC declined in both groups, but less in the placebo group.",
     ("cell:uc_msc", "outcome:respiratory_function"), "unfavorable"),
])
def test_cp_arm_comparison_effect(full_nlp, sentence, pair, effect):
    got = _cp_effects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == effect, (sentence, got)


@pytest.mark.parametrize("sentence,effect", [
    # (helper CP, s22) two values, then their arms listed in the same order
    ("Median survival was 140 vs 128 days in MSC-treated and vehicle-treated mice.", "favorable"),
    ("Median survival was 128 vs 140 days in vehicle-treated and MSC-treated mice.", "favorable"),
    ("Median survival was 128 vs 140 days in MSC-treated and vehicle-treated mice.", "unfavorable"),
])
def test_cp_values_with_arms_listed(full_nlp, sentence, effect):
    got = _cp_effects(full_nlp("MSCs in SOD1 mice\nSOD1 mice received intrathecal MSCs or vehicle. " + sentence))
    assert got.get(("cell:msc", "outcome:survival")) == effect, (sentence, got)


@pytest.mark.parametrize("sentence,pair,effect", [
    # (helper CP, s22) the control arm named as the subject of a change given for both arms in numbers
    ("Controls declined by 3.4 points, compared with 2.1 points in the MSC group, on the ALSFRS-R.",
     ("cell:msc", "outcome:alsfrs_r"), "favorable"),
    ("The MSC group declined by 2.1 points, compared with 3.4 points in the placebo group, on the ALSFRS-R.",
     ("cell:msc", "outcome:alsfrs_r"), "favorable"),
    # an end point of the disease reached earlier by one arm
    ("Untreated mice reached end stage 12 days earlier than MSC-treated mice.", ("cell:msc", "outcome:survival"),
     "favorable"),
    ("MSC-treated mice reached end stage earlier than vehicle-treated mice.", ("cell:msc", "outcome:survival"),
     "unfavorable"),
    ("Survival was prolonged in mice treated earlier.", ("cell:uc_msc", "outcome:survival"), "favorable"),
])
def test_cp_control_subject_numbers_and_end_stage(full_nlp, sentence, pair, effect):
    got = _cp_effects(full_nlp(UC_TRIAL + sentence))
    assert got.get(pair) == effect, (sentence, got)


# ---------------------------------------------------------------------------------------------------------------
# helper CT (s22): a patient's subjective report against an objective measure of the same end point. Invented
# sentences. SPEC §3 scores what was measured: the same end point measured objectively in the sentence decides the
# subjective report's effect; a subjective report alone, or a patient-reported end point of another concept, keeps
# its own effect.

def _ct_effects(doc, concept):
    return sorted({r.effect for r in doc._.relations
                   if r.predicate == "AFFECTS" and r.subject_id == "cell:uc_msc" and r.object_id == concept})


@pytest.mark.parametrize("sentence,concept,effects", [
    ("Patients subjectively reported improved strength, but there was no objective change in grip strength.",
     "outcome:muscle_strength", ["null"]),
    ("Objective measures of muscle strength did not change, while patients subjectively reported improved "
     "strength.", "outcome:muscle_strength", ["null"]),
    ("Several participants reported better breathing, whereas objectively measured forced vital capacity "
     "continued to decline.", "outcome:respiratory_function", ["null"]),
    ("Grip strength improved objectively, whereas patients reported no subjective change in strength.",
     "outcome:muscle_strength", ["favorable"]),
    # near-misses: a subjective report alone keeps its effect (train gold: a subjective improvement is favorable)
    ("Subjective improvement in motor function was reported by four patients.", "outcome:motor_function",
     ["favorable"]),
    ("Patients perceived improved muscle strength after the second injection.", "outcome:muscle_strength",
     ["favorable"]),
    # a patient-reported end point is itself the result; an objective measure of another end point does not touch it
    ("Patient-reported quality of life improved, whereas objective muscle strength did not change.",
     "outcome:quality_of_life", ["favorable"]),
    ("Quality of life, assessed with the patient-reported ALSAQ-40 questionnaire, improved significantly after "
     "treatment.", "outcome:quality_of_life", ["favorable"]),
    # subjective and objective agree
    ("Caregivers reported improved motor function, and objective motor function scores also improved.",
     "outcome:motor_function", ["favorable"]),
])
def test_ct_subjective_report_against_objective_measure(full_nlp, sentence, concept, effects):
    got = _ct_effects(full_nlp(UC_TRIAL + sentence), concept)
    assert got == effects, (sentence, got)


# --- helper CS (s22): survival said by its verb in a short sentence after another sentence -----------
@pytest.mark.parametrize("sentence,want", [
    ("Mice given MSCs survived 17 days longer than controls.", True),
    ("Rats grafted with MSCs lived longer.", True),
    # near misses: the cells, not the animals, survive
    ("Transplanted MSCs survived longer.", False),
    ("The grafted MSCs survived longer in the spinal cord.", False),
])
def test_cs_lived_longer_subject_in_its_own_sentence(full_nlp, sentence, want):
    """(helper CS, s22) `lived/survived longer` with the animals as subject is survival even when the
    previous sentence ends within a few words before the verb (the full stop no longer vetoes the subject)."""
    doc = full_nlp(UC_TRIAL + sentence)
    got = {(r.subject_id, r.object_id) for r in doc._.relations if r.predicate == "AFFECTS"}
    assert (("cell:msc", "outcome:survival") in got) == want, (sentence, got)


# --- helper CW (s23): same-sentence pairs that got no candidate -------------------------------------------
def _cw_rows(doc, predicate="AFFECTS"):
    return {(r.subject_id, r.object_id) for r in doc._.relations if r.predicate == predicate}


@pytest.mark.parametrize("text,row,want", [
    # a dish study whose title says the stem cells act on other cells: their effect on them is a result
    ("Dental pulp stem cells stimulate neuronal differentiation of PC12 cells\nPC12 cells were co-cultured with "
     "dental pulp stem cells for 7 days. The co-culture increased neurite length of PC12 cells.",
     ("cell:msc", None), True),
    ("Umbilical cord mesenchymal stem cells promote differentiation of neural stem cells into oligodendrocytes\n"
     "Neural stem cells were co-cultured with UC-MSCs and stained for Olig2.", ("cell:uc_msc", None), True),
    # the made cells act (`induced into`), not their source
    ("Bone marrow mesenchymal stem cells induced into neurotrophic factor-secreting cells protect cortical neurons "
     "from oxidative stress\nNeurons were exposed to hydrogen peroxide and co-cultured with the induced cells.",
     ("cell:bm_msc", None), False),
    # near-misses: the stem cells' own differentiation in a dish gives no row
    ("Differentiation of bone marrow MSCs into motor neuron-like cells in vitro\nBM-MSCs were induced with retinoic "
     "acid and sonic hedgehog. The induced cells expressed ChAT and showed increased neurite length.",
     ("cell:bm_msc", None), False),
    ("Retinoic acid promotes neuronal differentiation of human adipose stem cells\nADSCs were treated with retinoic "
     "acid. Neuronal markers increased in the treated cells.", ("cell:ad_msc", None), False),
    ("Wharton's jelly MSCs differentiate into Schwann-like cells in vitro\nThe differentiated cells showed spindle "
     "morphology and increased proliferation.", ("cell:wj_msc", None), False),
    # the medium named after the cells acts, not the cells (`UC-MSCs conditioned medium`)
    ("Umbilical cord MSCs induce neuronal differentiation of SH-SY5Y cells\nUmbilical cord MSCs (UC-MSCs) were "
     "cultured and their conditioned medium was collected. UC-MSCs conditioned medium reduced oxidative stress in "
     "SH-SY5Y cells.", ("cell:uc_msc", "outcome:oxidative_stress"), False),
])
def test_cw_stem_cells_acting_on_target_cells_in_a_dish(full_nlp, text, row, want):
    """(helper CW, s23) The in-vitro differentiation gate (a title naming a differentiation, nothing given in
    vivo) keeps rows whose sentence names the target cells where the title's stem cells act on other cells."""
    got = _cw_rows(full_nlp(text))
    hit = any(s == row[0] and (row[1] is None or o == row[1]) for s, o in got)
    assert hit == want, (text, got)


@pytest.mark.parametrize("text,row,want", [
    # a native cell type given by replacing the host's own
    ("Replacement of microglia in SOD1 mice\nResident microglia were depleted with clodronate liposomes and replaced "
     "by donor cells after bone marrow transplantation. The replacement of microglia significantly slowed disease "
     "progression and prolonged survival of the mice.", ("cell:microglia", "outcome:survival"), True),
    # progenitors and graft cells named by a native word
    ("EPCs in ALS mice\nIntravenous endothelial progenitor cells restored barrier integrity in ALS mice.",
     ("cell:other", None), True),
    ("Human amniotic epithelial cells ameliorate motor deficits in ALS mice\nhAECs were injected intravenously into "
     "SOD1 mice.", ("cell:other", None), True),
    ("Olfactory ensheathing glia improve locomotion after spinal cord injury\nOEG were transplanted into the lesion.",
     ("cell:other", None), True),
    # the given cells' earlier mention where the nearest one stands after a semicolon
    ("Tregs in ALS\nThe passive transfer of endogenous regulatory T lymphocytes from early-stage donor mice into ALS "
     "mice, without ex vivo activation, sustained IL-4 levels and M2 microglia, resulting in lengthened disease "
     "duration and prolonged survival; the stable phase was extended by 70% using mutant SOD1 regulatory T "
     "lymphocytes.", ("cell:treg", "outcome:survival"), True),
    # near-misses: the body's own cells as targets or measures
    ("Stem cells for deafness\nReplacement of degenerated spiral ganglion neurons by grafted stem cells improved "
     "hearing thresholds.", ("cell:neuron", None), False),
    ("MSCs in ALS\nAfter MSC infusion, NK cells decreased and survival was prolonged.",
     ("cell:other", "outcome:survival"), False),
    ("MSCs in ALS\nStem cells may replace lost motor neurons and improve motor function.",
     ("cell:motor_neuron", None), False),
    ("MSCs in colitis\nMSCs protected intestinal epithelial cells and reduced inflammation.", ("cell:other", None), False),
    ("Microglia in ALS\nActivated microglia accelerate motor neuron loss and shorten survival in SOD1 mice.",
     ("cell:microglia", None), False),
])
def test_cw_native_word_cells_given_or_not(full_nlp, text, row, want):
    """(helper CW, s23) A cell named by a native word is the treatment where it is given by replacement, or is a
    progenitor or graft named by its tissue (`endothelial progenitor`, `amniotic epithelial`, `olfactory
    ensheathing glia`); host cells after another cells' giving and cells replaced by a graft are not."""
    got = _cw_rows(full_nlp(text))
    hit = any(s == row[0] and (row[1] is None or o == row[1]) for s, o in got)
    assert hit == want, (text, got)


def test_cw_coordinated_cells_before_a_nominal_route(full_nlp):
    """(helper CW, s23) Guard: `A and B intravenous transplantation`: both listed cells take the route, the
    endothelial progenitors too (now no longer read as the body's own endothelium)."""
    doc = full_nlp("EPCs in ALS mice\nWe showed positive effects of human CD34+ cells and endothelial progenitor "
                   "cells intravenous transplantation into ALS mice on barrier reparative processes.")
    got = _cw_rows(doc, "ADMINISTERED_VIA")
    assert ("cell:other", "route:intravenous") in got and ("cell:hsc", "route:intravenous") in got, got


# --- helper CZ (s23): relation objects whose OUTCOME concept the gold does not have ----------------------------
@pytest.mark.parametrize("sentence, subject, obj, want", [
    # the survival of neurons whose outgrowth the sentence names is the cells' (outcome:other), not the animals'
    ("Encapsulated cells releasing GDNF promoted the survival and neurite outgrowth from grafted dopaminergic "
     "neurons.", "factor:GDNF", "outcome:survival", False),
    ("Intravenous MSCs delayed death in SOD1 mice.", "cell:msc", "outcome:survival", True),
    ("MSCs decreased cells death in the cultures.", "cell:msc", "outcome:survival", False),
    # chemokines measured in serum are inflammation
    ("UC-MSC infusions lowered serum levels of macrophage-derived chemokine in the children.", "cell:uc_msc",
     "outcome:inflammation", True),
    ("UC-MSC infusions lowered serum levels of macrophage-derived chemokine in the children.", "cell:uc_msc",
     "outcome:biomarker", False),
    # a muscle's own tissue is no neuromuscular end point
    ("MSC injection reduced muscle fibrosis in mdx mice.", "cell:msc", "outcome:neuromuscular", False),
    ("MSC treatment reduced muscle atrophy in SOD1 mice.", "cell:msc", "outcome:neuromuscular", True),
])
def test_cz_relation_object_concepts(full_nlp, sentence, subject, obj, want):
    """(helper CZ, s23) the object concept of AFFECTS / FACTOR_AFFECTS rows follows SPEC's outcome ids."""
    doc = full_nlp("Cell therapy\n" + sentence)
    got = {(r.subject_id, r.object_id) for r in doc._.relations if r.predicate in ("AFFECTS", "FACTOR_AFFECTS")}
    assert ((subject, obj) in got) == want, (sentence, got)


# ---------------------------------------------------------------------------------------------------------------
# helper DA (s23): FACTOR_AFFECTS precision, part 3 -- a factor named as the graft's product, read-out or part in
# the disease, beside an end point the gold pairs with no factor (invented sentences)
def _da_fa(doc, factor):
    return {(r.object_id, r.effect) for r in rels(doc, "FACTOR_AFFECTS") if r.subject_id == factor}


_DA_MSC = "Mesenchymal stem cell transplantation in SOD1 mice\n"
_DA_NSC = "Neural stem cell grafts in a rat model of ALS\n"
_DA_NTF = "Neurotrophic factors for motor neuron disease\n"


@pytest.mark.parametrize("text,factor", [
    # the factor's own level or presence, said with a copula (a comparative, a word of finding) beside the result
    (_DA_MSC + "In the MSC group, GDNF expression was higher and motor neuron numbers were preserved.", "factor:GDNF"),
    (_DA_MSC + "Spinal GDNF mRNA was greater in treated mice, and motor neuron loss was reduced.", "factor:GDNF"),
    (_DA_NSC + "The grafts survived and their GDNF release was confirmed, and hindlimb function improved.",
     "factor:GDNF"),
    # a verb of finding, the factor placed where it was made, and the result beside it
    (_DA_NSC + "Immunostaining revealed GDNF in the grafts and reduced astrogliosis in the ventral horn.",
     "factor:GDNF"),
    (_DA_NSC + "We detected BDNF in the transplants and fewer activated microglia in the ventral horn.",
     "factor:BDNF"),
    # a product that holds the factor
    (_DA_MSC + "MSC-derived exosomes containing BDNF protected motor neurons from oxidative injury.", "factor:BDNF"),
    (_DA_MSC + "Extracellular vesicles loaded with GDNF reduced neuroinflammation in SOD1 mice.", "factor:GDNF"),
    # an apposition that names the cells as the factor's source
    (_DA_MSC + "MSCs, a rich source of HGF and VEGF, improved motor function in SOD1 mice.", "factor:VEGFA"),
    (_DA_MSC + "UC-MSCs, known producers of HGF, delayed disease onset in SOD1 mice.", "factor:HGF"),
    # the cells secrete it, and after a semicolon they act
    (_DA_MSC + "The MSCs secreted BDNF in vitro; after transplantation they delayed motor neuron loss.",
     "factor:BDNF"),
    # the cells' product raised by another agent, beside the cells' result
    (_DA_MSC + "Hypoxic preconditioning increased the VEGF secretion of MSCs and enhanced their protection of "
               "motor neurons.", "factor:VEGFA"),
    # a relative clause on the product, not on the factor
    (_DA_MSC + "MSCs secrete many neurotrophic factors into the conditioned medium (CM), which protects motor "
               "neurons from oxidative stress.", "factor:ntf"),
    # the factor as the read-out an effect was measured on
    (_DA_MSC + "This study assesses the neuroprotective effect of ASC-CM on neurotrophin genes expressions and "
               "TH-positive cell density.", "factor:ntf"),
    # the product found in one sentence, an end point in the next
    (_DA_NSC + "Autopsy showed graft survival and GDNF production. Benign tumours near the injection sites were "
               "common incidental findings.", "factor:GDNF"),
    # the factor's part in the disease process
    ("Circulating neurotrophic factors in ALS\nThis points to the involvement of VEGF in the mechanisms of motor "
     "neuron death.", "factor:VEGFA"),
    ("Circulating neurotrophic factors in ALS\nThe role of VEGF in the degeneration of motor neurons in ALS "
     "remains controversial.", "factor:VEGFA"),
    # a gene variant named before the factor's gene
    ("Genetic modifiers of ALS\nThe rs6265 SNP in the BDNF gene was associated with an earlier age at onset.",
     "factor:BDNF"),
    # the factor glued to the engineered cells' name by its short form and isoform
    ("Transplantation of recombinant glial cell line-derived neurotrophic factor (GDNF)165-neural stem cells improves "
     "motor outcome after spinal cord injury\nRats received the cells one week after injury.", "factor:GDNF"),
    # a bracketed example of the state that changed beside the cells' result
    (_DA_MSC + "A significant protection of motor neurons was found in MSC-treated mice, accompanied by a shift from a "
               "pro-inflammatory (IL-6, TNF-alpha) to an anti-inflammatory (IL-4, IL-10) and neuroprotective (IGF-1) "
               "environment in the lumbar cord.", "factor:IGF1"),
])
def test_da_factor_as_product_or_readout_not_the_agent(full_nlp, text, factor):
    doc = full_nlp(text)
    assert not _da_fa(doc, factor), (text, _da_fa(doc, factor))


@pytest.mark.parametrize("text,factor,outcome,effect", [
    # near-misses: the factor acts
    (_DA_NTF + "GDNF was more effective than BDNF in preventing motor neuron loss.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    (_DA_NTF + "A hydrogel containing BDNF improved locomotor recovery after spinal cord injury.", "factor:BDNF",
     "outcome:motor_function", "favorable"),
    (_DA_NTF + "GDNF, a potent neurotrophic factor, protected motor neurons in culture.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    (_DA_MSC + "MSCs secrete GDNF, which protects motor neurons from excitotoxicity.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    (_DA_MSC + "GDNF produced by the transplanted MSCs inhibited neuroinflammation.", "factor:GDNF",
     "outcome:inflammation", "favorable"),
    (_DA_NSC + "GDNF production by the grafts promoted motor neuron survival.", "factor:GDNF",
     "outcome:motor_neuron_survival", "favorable"),
    (_DA_NTF + "We studied the effect of GDNF on the survival of motor neurons and on ChAT expression.",
     "factor:GDNF", "outcome:motor_neuron_survival", None),
    (_DA_NTF + "However, the role of endogenous neurotrophins in nerve regeneration is unclear.", "factor:ntf",
     "outcome:other", "unclear"),
    (_DA_NTF + "Insulin-like growth factor (IGF-1) treatment delayed disease onset in SOD1 mice.", "factor:IGF1",
     "outcome:disease_onset", "favorable"),
    (_DA_NTF + "Trophic (GDNF) factors protect motor neurons.", "factor:GDNF", "outcome:motor_neuron_survival",
     "favorable"),
    (_DA_NTF + "Brain-derived neurotrophic factor (BDNF) protects motor neurons from axotomy-induced death.",
     "factor:BDNF", "outcome:motor_neuron_survival", "favorable"),
])
def test_da_factor_still_the_agent(full_nlp, text, factor, outcome, effect):
    got = _da_fa(full_nlp(text), factor)
    assert any(o == outcome and (effect is None or e == effect) for o, e in got), (text, got)


# --- helper CU (s23): SECRETES pairs the candidate generator or its gates lost -----------------------------------
def _cu_secretes(doc):
    return {(r.subject_id.split(":")[1], r.object_id.split(":")[1]) for r in doc._.relations if r.predicate == "SECRETES"}


@pytest.mark.parametrize("text,want,unwanted", [
    # `F secretion by A and B`: every listed maker (was: only the first; the rest gated as `made by named other`)
    ("Cell therapy in ALS\nVEGF secretion by UC-MSCs and BM-MSCs was measured by ELISA.",
     {("uc_msc", "VEGFA"), ("bm_msc", "VEGFA")}, set()),
    ("Cell therapy in ALS\nHGF production by adipose-derived stem cells, bone marrow MSCs and UC-MSCs differed.",
     {("ad_msc", "HGF"), ("bm_msc", "HGF"), ("uc_msc", "HGF")}, set()),
    # the made cells' source (the gold credits the source of NTF-secreting cells) and the comparison's reference
    ("Comparison of BDNF and CNTF secretion by neurotrophic factor secreting cells derived from human adipose and "
     "bone marrow stem cells\nWe compared the two sources.",
     {("ad_msc", "CNTF"), ("bm_msc", "CNTF"), ("msc_ntf", "CNTF")}, set()),
    ("Cell therapy in ALS\nGDNF secretion by MSC-NTF cells was higher than by MSCs.",
     {("msc_ntf", "GDNF"), ("msc", "GDNF")}, set()),
    # near misses: a passive agent after the maker, and the body's own cells as makers (listed with them)
    ("Cell therapy in ALS\nGDNF production by BMSCs was enhanced by activated microglia.",
     {("bm_msc", "GDNF")}, {("microglia", "GDNF")}),
    ("Cell therapy in ALS\nMSCs enhanced BDNF release by motor neurons and Schwann cells.",
     set(), {("schwann_cell", "BDNF"), ("motor_neuron", "BDNF")}),
])
def test_cu_secretion_by_listed_makers(full_nlp, text, want, unwanted):
    got = _cu_secretes(full_nlp(text))
    assert want <= got and not (unwanted & got), (text, got)


@pytest.mark.parametrize("text,want", [
    # a title ending in `ALS` does not make the body's first cells the patients' own (`ALS Schwann cells`)
    ("Cell therapy in ALS\nSchwann-like cells were derived from ADSCs. They released NGF and BDNF.",
     {("schwann_cell", "NGF"), ("schwann_cell", "BDNF")}),
    # a cell therapy named with a body-cell word is given, and `they` in the next sentence refers to it
    ("Cell therapy in ALS\nEndothelial progenitor cells were transplanted intravenously. They secreted VEGF and HGF.",
     {("other", "VEGFA"), ("other", "HGF")}),
    ("Cell therapy in ALS\nGlial-restricted progenitors were grafted into the cervical cord. They released GDNF.",
     {("other", "GDNF")}),
    ("Cell therapy in ALS\nHuman amniotic epithelial cells were transplanted. These cells also produce BDNF.",
     {("other", "BDNF")}),
    # a product named just before and what it holds
    ("Cell therapy in ALS\nConditioned medium was collected from UC-MSCs. It contained high levels of HGF.",
     {("msc_ev", "HGF")}),
    ("Cell therapy in ALS\nWe analysed the secretome of human ADSCs by mass spectrometry. Proteomic analysis "
     "identified BDNF and VEGF among 300 proteins.", {("msc_ev", "BDNF"), ("msc_ev", "VEGFA")}),
    # `while also` adds, it does not contrast
    ("Cell therapy in ALS\nNSCs replaced lost neurons while also releasing GDNF.", {("nsc", "GDNF")}),
])
def test_cu_secretion_across_sentences(full_nlp, text, want):
    got = _cu_secretes(full_nlp(text))
    assert want <= got, (text, got)


@pytest.mark.parametrize("text,unwanted", [
    # near misses: the body's own cells, a fronted reference, a factor given, a product's content two sentences on
    ("Cell therapy in ALS\nMSCs were injected intrathecally. Reactive astrocytes express GDNF in the ALS spinal cord.",
     {("astrocyte", "GDNF")}),
    ("Cell therapy in ALS\nCompared with BM-MSCs, UC-MSCs secreted higher levels of HGF.", {("bm_msc", "HGF")}),
    ("Cell therapy in ALS\nConditioned medium was collected from UC-MSCs. Mice were treated for 4 weeks. Their "
     "serum contained high levels of HGF.", {("msc_ev", "HGF")}),
    ("Cell therapy in ALS\nMSCs were isolated from bone marrow. The medium contained bFGF and EGF.", set()),
])
def test_cu_secretion_near_misses(full_nlp, text, unwanted):
    got = _cu_secretes(full_nlp(text))
    assert not (unwanted & got) and (unwanted or not got), (text, got)


@pytest.mark.parametrize("text,want", [
    # the pronoun that makes the factor is the cells named just before, though the sentence names other cells too
    ("NurOwn in ALS\nMSC-NTF cells were administered intrathecally. Compared to MSCs, they secrete higher levels of GDNF.",
     {("msc_ntf", "GDNF")}),
    ("Cell therapy in ALS\nNSCs were transplanted. These cells, as well as MSCs, secrete BDNF.", {("nsc", "BDNF"), ("msc", "BDNF")}),
    # an agentless secretion after a sentence that lists several cell types is every listed type's
    ("Cell therapy in ALS\nADSCs and BMSCs were cultured for 48 hours. VEGF secretion was measured by ELISA.",
     {("ad_msc", "VEGFA"), ("bm_msc", "VEGFA")}),
    ("Cell therapy in ALS\nWe isolated ADSCs and BMSCs from the same donors. They secreted BDNF.",
     {("ad_msc", "BDNF"), ("bm_msc", "BDNF")}),
])
def test_cu_secretion_anaphor_with_other_cells(full_nlp, text, want):
    got = _cu_secretes(full_nlp(text))
    assert want <= got, (text, got)


@pytest.mark.parametrize("text,want,unwanted", [
    # a comparison closing its clause before a comma is no fronted reference: both cell sources made it
    ("Cell therapy in ALS\nVEGF secretion was higher in ADSCs compared with BMSCs, as shown by ELISA.",
     {("ad_msc", "VEGFA"), ("bm_msc", "VEGFA")}, set()),
    # fronted or set off by commas: the reference cells only (helper W's convention)
    ("Cell therapy in ALS\nCompared with BM-MSCs, UC-MSCs secreted higher levels of HGF.", {("uc_msc", "HGF")},
     {("bm_msc", "HGF")}),
    ("Cell therapy in ALS\nUC-MSCs, compared with BM-MSCs, secreted higher levels of HGF.", {("uc_msc", "HGF")},
     {("bm_msc", "HGF")}),
    ("Cell therapy in ALS\nWe found that relative to BM-MSCs, UC-MSCs secreted more HGF.", {("uc_msc", "HGF")},
     {("bm_msc", "HGF")}),
    # the fronted reference before a pronoun subject
    ("NurOwn in ALS\nMSC-NTF cells were given intrathecally. Compared to MSCs, they secrete higher levels of GDNF.",
     {("msc_ntf", "GDNF")}, {("msc", "GDNF")}),
])
def test_cu_comparison_closing_its_clause(full_nlp, text, want, unwanted):
    got = _cu_secretes(full_nlp(text))
    assert want <= got and not (unwanted & got), (text, got)


@pytest.mark.parametrize("text,want", [
    # `these cells` after a sentence that makes cells of another type: the made cells too (SOURCE.md: derived cells
    # take the type they are named as)
    ("Cell therapy in ALS\nWe differentiated human iPSCs into astrocytes. These cells secreted GDNF.",
     {("astrocyte", "GDNF")}),
    ("Cell therapy in ALS\nMSCs were differentiated into motor neuron-like cells. These cells secreted BDNF.",
     {("motor_neuron", "BDNF")}),
])
def test_cu_secretion_by_made_cells_next_sentence(full_nlp, text, want):
    got = _cu_secretes(full_nlp(text))
    assert want <= got, (text, got)


# --- helper DB (s23): outcome objects the rules never named ------------------------------------------------
def test_db_rate_of_onset_is_the_factors_object(full_nlp):
    """(helper DB, s23) `increased the rate of onset of motor symptoms`: the onset end point is the factor's object
    (the rate before `of` no longer drops it as a time point), and `functional improvements` in an animal study
    is motor function."""
    doc = full_nlp("CNTF in mice\nOverexpression of CNTF increased the rate of onset of motor symptoms in the mice.")
    got = {(r.subject_id, r.object_id) for r in rels(doc, "FACTOR_AFFECTS")}
    assert ("factor:CNTF", "outcome:disease_onset") in got, got
    doc = full_nlp("Grafts in SOD1 mice\nTransplanted neural stem cells produced functional improvements in the mice.")
    got = {(r.subject_id, r.object_id) for r in rels(doc, "AFFECTS")}
    assert ("cell:nsc", "outcome:motor_function") in got, got


# --- helper DD (s23): AFFECTS with the wrong subject -----------------------------------------------------------
def _dd_affects(doc):
    return {(m.subject_id, m.object_id) for m in doc._.relations if m.predicate == "AFFECTS"}


@pytest.mark.parametrize("text, want, unwanted", [
    # the aim names the cells by source, the result generically: the result's subject alone
    ("Cell therapy in stroke\nWe assessed the safety and efficacy of intravenous autologous bone marrow-derived MSCs "
     "in subacute stroke. Intravenous MSC treatment was safe and well tolerated.",
     {("cell:msc", "outcome:safety")}, {("cell:bm_msc", "outcome:safety")}),
    # and the other way round
    ("Cell therapy in AD mice\nWe evaluated whether transplantation of MSCs improves cognitive function in AD mice. "
     "Human umbilical cord MSCs improved spatial memory and reduced amyloid plaques.",
     {("cell:uc_msc", "outcome:other")}, {("cell:msc", "outcome:other")}),
    # the product measured in the aim, the parent cells with the result (and the other way round)
    ("Cell therapy in ALS\nWe investigated the effect of MSC-derived exosomes on neuroinflammation. MSC treatment "
     "reduced neuroinflammation in the spinal cord.",
     {("cell:msc", "outcome:inflammation")}, {("cell:msc_ev", "outcome:inflammation")}),
    ("Cell therapy in stroke\nWe examined whether hypoxic preconditioning enhances the neuroprotection of aged BMSCs on "
     "neuronal viability. Conditioned medium from hypoxic BMSCs increased neuronal viability.",
     {("cell:msc_ev", "outcome:other")}, {("cell:bm_msc", "outcome:other")}),
])
def test_dd_unclear_row_of_other_subject_dropped(full_nlp, text, want, unwanted):
    """(helper DD, s23) An outcome the document gives a result with one cell concept: another concept's row
    for it with no result anywhere (aim, method) is the same graft named another way."""
    got = _dd_affects(full_nlp(text))
    assert want <= got and not (unwanted & got), (text, got)


@pytest.mark.parametrize("text, want", [
    # two source-specific arms keep their own rows (a comparison)
    ("Cell therapy in ALS mice\nWe compared UC-MSCs and WJ-MSCs in ALS mice. Survival was assessed in both groups. "
     "WJ-MSCs prolonged survival.", {("cell:uc_msc", "outcome:survival"), ("cell:wj_msc", "outcome:survival")}),
    # a result given only in the background takes nothing from the study's own cells
    ("Intrathecal bone marrow-derived MSCs and spinal inflammation\nMSCs have been credited with anti-inflammatory "
     "effects in many disease models involving inflammation. We examined spinal inflammation after intrathecal "
     "delivery of bone marrow-derived MSCs.", {("cell:bm_msc", "outcome:inflammation")}),
])
def test_dd_unclear_row_kept(full_nlp, text, want):
    got = _dd_affects(full_nlp(text))
    assert want <= got, (text, got)


@pytest.mark.parametrize("text", [
    "Cell therapy in SCI\nWe show that MSC-derived factors stimulate oligodendrogenesis of adult NSCs transplanted "
    "into the rat spinal cord.",
    "Cell therapy in SCI\nWe show that MSC-derived factors stimulate oligodendrogenesis of transplanted adult NSCs.",
])
def test_dd_placed_cells_bear_the_outcome(full_nlp, text):
    """(helper DD, s23) `oligodendrogenesis of NSCs transplanted into ...`: the participle places the cells, which
    bear the outcome; the factors are its subject."""
    got = _dd_affects(full_nlp(text))
    assert ("cell:msc_ev", "outcome:other") in got and ("cell:nsc", "outcome:other") not in got, got


# --- helper DE (s23): the concept a route site gets ---------------------------------------------------------------
def test_de_coordinated_sites_give_two_rows(full_nlp):
    """(helper DE, s23) `injected into the lumbar spinal cord and the tibialis anterior muscle`: both sites are the
    cells' routes; `into the facial nucleus` is intracerebral."""
    doc = full_nlp("Grafts in SOD1 mice\nNeural stem cells were injected into the lumbar spinal cord and the tibialis "
                   "anterior muscle of SOD1 mice.")
    got = {(r.subject_id, r.object_id) for r in rels(doc, "ADMINISTERED_VIA")}
    assert got == {("cell:nsc", "route:intraspinal"), ("cell:nsc", "route:intramuscular")}, got
    doc = full_nlp("Grafts in SOD1 mice\nNeural stem cells were injected into the facial nucleus of SOD1 mice.")
    got = {(r.subject_id, r.object_id) for r in rels(doc, "ADMINISTERED_VIA")}
    assert got == {("cell:nsc", "route:intracerebral")}, got


# --- helper DG (s24): speed, same results ---------------------------------------------------------------------------
def test_dg_group_arms_in_brackets_still_read():
    """(helper DG, s24) the arms defined as `X (group 2)` are still read now that the bracket scan runs only where a
    bracket opens on an arm's label; arms defined otherwise need no bracket."""
    from pipeline.nlp.relations.lists import group_arms
    text = "Rats received vehicle (group 1) or bone marrow MSCs (group 2, n = 8) after the lesion."
    cells = [(text.index("bone marrow MSCs"), text.index("bone marrow MSCs") + len("bone marrow MSCs"), "msc")]
    assert group_arms(text, cells) == {"1": "control", "2": ["msc"]}
    text = "Group 2 received bone marrow MSCs; group 1 received saline."
    cells = [(text.index("bone marrow MSCs"), text.index("bone marrow MSCs") + len("bone marrow MSCs"), "msc")]
    assert group_arms(text, cells) == {"2": ["msc"], "1": "control"}


# --- helper DO (s25): SECRETES wordings that gave no row -----------------------------------------------------------
def _do_secretes(doc):
    return {(r.subject_id, r.object_id) for r in rels(doc, "SECRETES")}


DO_MICE = "MSCs in ALS mice\nBM-MSCs were injected intrathecally into SOD1 rats. "


@pytest.mark.parametrize("sentence, expected", [
    # family 1: every member of a list of factors raised by the cells
    ("Grafted MSCs increased the levels of BDNF and GDNF in the lumbar cord.", {("cell:msc", "factor:BDNF"), ("cell:msc", "factor:GDNF")}),
    ("MSC transplantation restored GDNF and BDNF levels.", {("cell:msc", "factor:GDNF"), ("cell:msc", "factor:BDNF")}),
    # (helper EX, s28: in the cord; in the CSF or blood a level is the recipients' biomarker, no SECRETES (train gold))
    ("Spinal cord levels of VEGF and HGF rose after MSC injection.", {("cell:msc", "factor:VEGFA"), ("cell:msc", "factor:HGF")}),
    # family 3: the factor raised in the cells' recipients, or attributed to the cells by `from`
    ("MSC-treated mice had higher GDNF levels in the spinal cord than controls.", {("cell:msc", "factor:GDNF")}),
    ("MSC treatment augmented NGF concentrations in the muscle.", {("cell:msc", "factor:NGF")}),
    ("GDNF from MSCs promoted motor neuron survival.", {("cell:msc", "factor:GDNF")}),
    # family 4: engineering wordings
    ("MSCs infected with Ad-GDNF were grafted into the spinal cord.", {("cell:msc", "factor:GDNF")}),
    ("MSCs harboring a GDNF transgene were implanted into the muscle.", {("cell:msc", "factor:GDNF")}),
    ("BDNF of MSC origin supported axonal regeneration.", {("cell:msc", "factor:BDNF")}),
    ("MSCs were nucleofected with a GDNF plasmid.", {("cell:msc", "factor:GDNF")}),
    ("Lentiviral vectors were used to introduce the GDNF gene into MSCs.", {("cell:msc", "factor:GDNF")}),
    ("UC-MSCs are a reservoir of growth factors such as HGF and VEGF.", {("cell:uc_msc", "factor:HGF"),
                                                                          ("cell:uc_msc", "factor:VEGFA")}),
    ("MSCs stimulated endogenous GDNF production in the spinal cord.", {("cell:msc", "factor:GDNF")}),
    # family 5: the factor located in the cells
    ("GDNF co-localized with GFP-labeled MSCs in the ventral horn.", {("cell:msc", "factor:GDNF")}),
    ("GDNF protein was present in the transplanted MSCs.", {("cell:msc", "factor:GDNF")}),
    ("BDNF immunostaining was observed in MSCs.", {("cell:msc", "factor:BDNF")}),
    # family 6: a bracketed list of factors opened by `e.g.` is no list of measured markers
    ("MSCs are known to produce a wide range of trophic factors (e.g., BDNF, GDNF and VEGF).",
     {("cell:msc", "factor:BDNF"), ("cell:msc", "factor:GDNF"), ("cell:msc", "factor:VEGFA")}),
    # family 7: `but not <other cells>` set off by commas is an aside; the subject still makes the factor
    ("MSCs, but not fibroblasts, secreted GDNF.", {("cell:msc", "factor:GDNF")}),
])
def test_do_secretes_one_sentence(full_nlp, sentence, expected):
    """(helper DO, s25) SPEC §3 SECRETES wordings (invented) that gave no row: the other members of a raised list,
    the recipients `treated` with the cells, `X from MSCs`, `infected with Ad-X`, `a X transgene`, `of MSC origin`."""
    got = _do_secretes(full_nlp(UC_TRIAL + sentence))
    assert expected <= got, got


@pytest.mark.parametrize("sentences, expected", [
    # family 2: a later sentence naming no cell type that still speaks of the cells
    ("The transduced cells expressed high levels of GDNF.", {("cell:bm_msc", "factor:GDNF")}),
    ("Many surviving cells were positive for BDNF.", {("cell:bm_msc", "factor:BDNF")}),
    ("Treated rats showed higher BDNF levels than vehicle rats.", {("cell:bm_msc", "factor:BDNF")}),
    ("Western blot confirmed GDNF expression.", {("cell:bm_msc", "factor:GDNF")}),
    # ... or two sentences on, by a pronoun that makes the factor
    ("Motor function was tested weekly. They released BDNF and GDNF.", {("cell:bm_msc", "factor:BDNF"),
                                                                       ("cell:bm_msc", "factor:GDNF")}),
    ("Survival was prolonged. These cells also produced GDNF.", {("cell:bm_msc", "factor:GDNF")}),
    # (helper EX, s28: in the muscle, not the CSF: see above)
    ("Muscle VEGF and HGF increased after the first injection.", {("cell:bm_msc", "factor:VEGFA"),
                                                                  ("cell:bm_msc", "factor:HGF")}),
    ("BDNF was localized in the transplanted cells.", {("cell:bm_msc", "factor:BDNF")}),
])
def test_do_secretes_across_sentences(full_nlp, sentences, expected):
    """(helper DO, s25) the cells named in one sentence are credited with the factor a later one says is expressed
    or raised when it still speaks of them (`the transduced cells`, `treated rats`, an assay of their making), or
    made by a pronoun two sentences on."""
    got = _do_secretes(full_nlp(DO_MICE + sentences))
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    DO_MICE + "GDNF expression is increased in the muscle of ALS patients.",
    DO_MICE + "Riluzole-treated rats showed higher BDNF levels.",
    DO_MICE + "In ALS patients, RT-PCR showed reduced GDNF expression in muscle.",
    DO_MICE + "Motor function was tested weekly. The cells were cultured with BDNF before injection.",
    UC_TRIAL + "BDNF-treated mice served as a positive control.",
    UC_TRIAL + "MSCs bearing TrkB receptors responded to BDNF.",
    UC_TRIAL + "Protection of MSCs from BDNF withdrawal was tested.",
    UC_TRIAL + "GDNF was added to the culture medium of MSCs.",
    UC_TRIAL + "Since the introduction of MSC therapy, BDNF has been studied as a biomarker.",
    DO_MICE + "CSF VEGF was higher in patients than in healthy controls at baseline.",
    DO_MICE + "GDNF was detected in host cells around the lesion.",
    UC_TRIAL + "GDNF co-localized with motor neurons in MSC-treated mice.",
    UC_TRIAL + "CSF markers (e.g., NfL, GFAP and BDNF) were measured in MSC-treated patients.",
])
def test_do_secretes_not_widened_to_others(full_nlp, text):
    """(helper DO, s25) the widened rules give no row to the body's factor, another agent's arm, a factor given to
    the cells, or a receptor."""
    assert not _do_secretes(full_nlp(text)), _do_secretes(full_nlp(text))


# --- helper DN (s25): speed, same results: each cheap test before a regex lets every form of it through -----------
@pytest.mark.parametrize("text", [
    "baseline alsfrs-r did not differ", "groups were well balanced for age", "at baseline , fvc was 80 %",
    "mean baseline scores were similar", "two patients were excluded", "the exclusion criteria were met",
    "inclusion criteria required a diagnosis", "twelve patients were eligible", "cases were matched for age",
    "hazard ratios were adjusted for site", "patients were stratified by onset", "after a 3-month lead-in phase",
    "the slope during the run-in period", "fvc at screening was 70 %", "the score at enrollment was 40",
    "the rate in the 6 months preceding the first injection", "before the first infusion , scores declined",
    "the pre-treatment period lasted 3 months", "progression in the previous 6 months"])
def test_dn_enrolment_words_let_every_form_through(text):
    """(helper DN, s25) `_enrolment` asks ENROLMENT only where one of ENROLMENT_WORDS stands: each form of ENROLMENT
    (invented sentences, one per alternative) still holds one of them."""
    from pipeline.nlp.relations.segment_flags import ENROLMENT, ENROLMENT_WORDS
    assert ENROLMENT.search(text) is not None, text
    assert any(w in text for w in ENROLMENT_WORDS), text


@pytest.mark.parametrize("rx_name, words, text", [
    ("segment_flags.MODEL_CLAUSE", ("model", "mice", "rats", "animals"), "sod1 mice, which develop paralysis by day 120"),
    ("segment_flags.MODEL_CLAUSE", ("model", "mice", "rats", "animals"), "in this model, motor neurons degenerate"),
    ("attributes.RESPONSE_SPLIT", ("respon",), "non-responders declined faster"),
    ("attributes.RESPONSE_SPLIT", ("respon",), "two patients did not respond"),
    ("candidates.NO_TREATMENT", ("treatment", "therap", "cure", "agent", "drug"), "there is no effective cure"),
    ("candidates.OTHER_TREATMENT", ("treatment", "therap", "cure", "agent", "drug"), "an effect of chemotherapeutic agents"),
    ("focus.SOURCE_OF_PRODUCT", ("from", "by"), "exosomes released by"),
    ("focus.REPLACED_BEFORE", ("replac", "repopulat", "reconstitut"), "repopulation of the "),
])
def test_dn_word_tests_before_regexes(rx_name, words, text):
    """(helper DN, s25) the word tests before these regexes: a text the regex matches holds one of the words."""
    import importlib
    mod, name = rx_name.split(".")
    rx = getattr(importlib.import_module(f"pipeline.nlp.relations.{mod}"), name)
    assert rx.search(text) is not None and any(w in text for w in words), text


def test_dn_arm_labels_still_read():
    """(helper DN, s25) `G2`, `GIII` and `group II` are still arm labels with the look-behind written after the `G`
    (not inside a word: `SOD1-G93A` is no arm, nor `mG2`)."""
    from pipeline.nlp.relations.candidates import G_ARM
    from pipeline.nlp.relations.lists import group_arms
    assert G_ARM.search("Rats in G2 received MSCs") and G_ARM.search("G1: vehicle") and not G_ARM.search("mG2 and xGIII")
    text = "GIII: SCI + BM-MSCs; GII: SCI + saline."
    cells = [(text.index("BM-MSCs"), text.index("BM-MSCs") + len("BM-MSCs"), "msc")]
    assert group_arms(text, cells) == {"III": ["msc"], "II": "control"}


def test_dn_safety_and_primary_end_point_still_implied(full_nlp):
    """(helper DN, s25) argument_spans looks for `safe`, `tolerated` and `primary` once: the implied objects are
    still found."""
    doc = full_nlp("Intrathecal UC-MSCs in ALS\nPatients received intrathecal UC-MSCs. The infusions were well tolerated.")
    assert any(r.object_id == "outcome:safety" for r in rels(doc, "AFFECTS")), doc._.relations


# helper DR (s25): attributes of the relation rows against their evidence

def test_dr_inline_section_labels_give_the_section():
    """(helper DR, s25) an abstract without a sections list whose text carries its labels (`METHODS: ...`,
    `Results: ...`) takes each sentence's section from the label before it, up to the next label; a text with no
    label (or a label that names no section) keeps the cue and position guess."""
    from pipeline.nlp.context import sections_of_spans
    text = ("Cells for a made-up disease\nBACKGROUND: Cell therapy is studied here. METHODS: Mice received cells. "
            "Grip strength was tested weekly. RESULTS: Grip strength improved in treated mice. "
            "Conclusions: The cells help.")
    parts = ["Cells for a made-up disease", "BACKGROUND: Cell therapy is studied here.", "METHODS: Mice received cells.",
             "Grip strength was tested weekly.", "RESULTS: Grip strength improved in treated mice.",
             "Conclusions: The cells help."]
    spans = [(text.index(p), text.index(p) + len(p)) for p in parts]
    want = ["title", "background", "methods", "methods", "results", "conclusions"]
    assert [s for s, _ in sections_of_spans(text, None, spans)] == want
    # the documents table's form of an unstructured abstract: the title, then one unlabelled section
    title_end = text.index("\n")
    listed = [{"label": "TITLE", "category": "TITLE", "start": 0, "end": title_end},
              {"label": None, "category": None, "start": title_end + 1, "end": len(text)}]
    assert [s for s, _ in sections_of_spans(text, listed, spans)] == want
    plain = "A title\nCell therapy is studied here. Mice received cells. Note: grip strength improved."
    spans = [(plain.index(p), plain.index(p) + len(p)) for p in ("Note: grip strength improved.",)]
    assert sections_of_spans(plain, None, spans)[0][1] != "label"
    # an upper-case label that names no section ends the labelled part before it
    other = "A title\nBACKGROUND: Cell therapy is studied here. CLINICAL FEATURES: The mice were weak."
    spans = [(other.index(p), other.index(p) + len(p)) for p in ("CLINICAL FEATURES: The mice were weak.",)]
    assert sections_of_spans(other, None, spans)[0][1] != "label"


def test_dr_results_label_row_section(full_nlp):
    """(helper DR, s25) a relation stated after an inline `RESULTS:` label is in the results section (it was guessed
    from `was assessed`: methods)."""
    doc = full_nlp("Intrathecal UC-MSCs in ALS\nMETHODS: Patients received intrathecal UC-MSCs. RESULTS: Grip "
                   "strength was assessed monthly and improved in most patients.")
    got = [r for r in rels(doc, "AFFECTS") if r.object_id == "outcome:muscle_strength"]
    assert got and all(r.section == "results" for r in got), got


@pytest.mark.parametrize("sentence", [
    "Grip strength improved in the NSC group, but not in the MSC group.",
    "Grip strength improved with NSCs, but not with the MSCs.",
])
def test_dr_excluded_arm_after_determiner_is_null(full_nlp, sentence):
    """(helper DR, s25) `..., but not in the MSC group`: the excluded arm left the outcome unchanged (null, as
    `but not in MSCs`), also with a determiner between the preposition and the cells."""
    doc = full_nlp("Cell arms in a mouse model\nMice received NSCs or MSCs. " + sentence)
    by = {r.subject_id: r.effect for r in rels(doc, "AFFECTS") if r.object_id == "outcome:muscle_strength"}
    assert by.get("cell:msc") == "null" and by.get("cell:nsc") == "favorable", by


@pytest.mark.parametrize("sentence, hedged", [
    ("Consistent with this hypothesis, MSCs reduced motor neuron loss in SOD1 mice.", False),
    ("Our hypothesis is that MSCs reduce motor neuron loss in SOD1 mice.", True),
])
def test_dr_hypothesis_opener_is_no_hedge(full_nlp, sentence, hedged):
    """(helper DR, s25) `Consistent with this hypothesis, X ...` points back to a hypothesis; the clause after the
    comma states a finding, not a proposal (a hypothesis that states the relation still hedges it)."""
    doc = full_nlp("Grafts in a mouse model\nWe asked how MSCs act in SOD1 mice. " + sentence)
    got = [r for r in rels(doc, "AFFECTS") if r.object_id == "outcome:motor_neuron_survival"]
    assert got and all(r.hedged is hedged for r in got), got


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2002", "\u200a"])
def test_dx_unicode_spaces_inside_names_count_as_spaces(full_nlp, space):
    """(helper DX, s26) a no-break or thin space between the words of a name is a space to every rule: the rows are
    those of the text with plain spaces, their offsets and texts the stored text's, its Unicode spaces included."""
    from pipeline.engines.annotate import annotate_rows
    plain = ("Stem cells in a motor disease\nHuman mesenchymal stem cells were given by intrathecal injection to "
             "patients with ALS. Levels of brain-derived neurotrophic factor rose, and the ALS functional rating "
             "scale score declined more slowly.")
    text = plain.replace(" ", space)
    want, part = (annotate_rows(full_nlp, [{"pmid": "9", "text": t, "content_hash": "h"}], "t") for t in (plain, text))
    assert not part.failures
    got = {(r["text"], r["concept_id"]) for r in part.entities}
    for name, concept in (("Human mesenchymal stem cells", "cell:msc"), ("intrathecal injection", "route:intrathecal"),
                          ("brain-derived neurotrophic factor", "factor:BDNF"),
                          ("ALS functional rating scale", "outcome:alsfrs_r")):
        assert (name.replace(" ", space), concept) in got, got
    assert [{**r, "text": text[r["start"]:r["end"]]} for r in want.entities] == part.entities
    route = [r for r in part.relations if r["predicate"] == "ADMINISTERED_VIA"]
    assert route and route[0]["object_text"] == f"intrathecal{space}injection", route
    assert len(part.relations) == len(want.relations) > 1
    for r in part.relations:
        assert text[r["subject_start"]:r["subject_end"]] == r["subject_text"]
        assert text[r["object_start"]:r["object_end"]] == r["object_text"]
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]


# --- helper EA (s26): AFFECTS needs a cell treatment in the document ------------------------------------------------

@pytest.mark.parametrize("text", [
    # cells only as the material measured in: stimulated, examined, the site of a drug's effect
    "Signalling in stimulated blood cells\nPeripheral blood mononuclear cells (PBMC) were isolated from healthy "
    "volunteers and stimulated with phorbol ester. Stimulation increased the secretion of interleukin-8 and enhanced "
    "NF-kappaB activation. Dexamethasone reduced cell proliferation and apoptosis.",
    "A transcription factor in thymocyte development\nThymocytes of knockout mice were examined by flow cytometry. "
    "The proportion of mature cells was reduced. Gene expression profiling showed altered signalling. In addition, "
    "apoptosis was increased and proliferation was impaired in the mutant animals.",
    "Hematopoietic cells and retinoid receptors\nLittle is known about retinoid receptors in hematopoietic cells. We "
    "examined receptor binding in a leukemia cell line. Retinoic acid induced differentiation. Vitamin D3 inhibited "
    "proliferation and reduced inflammation markers.",
])
def test_ea_no_cell_treatment_no_affects(full_nlp, text):
    """(helper EA, s26) SPEC §3: AFFECTS is what the cell treatment changed; a document that gives no cells and names
    none as a therapy has none, so its outcomes get no cell subject (not even the focus cell from sentences back)."""
    assert _dd_affects(full_nlp(text)) == set()


@pytest.mark.parametrize("text, want", [
    # the cells given under a generic name only (`received the cells`), the result sentences back
    ("Stem cells for stroke\nWe examined bone marrow stromal cells in stroke rats. Rats received the cells 24 h after "
     "ischemia. Behavioural tests were done weekly. Lesion volume was measured at day 28. Motor function improved.",
     ("cell:bm_msc", "outcome:motor_function")),
    # the product studied for its effects, given only as `administration`
    ("Exosomes in a mouse model of Alzheimer disease\nWe investigated the effects of exosomes derived from mesenchymal "
     "stem cells on neurogenesis in AD mice. Memory was tested at 28 days after administration. Neurogenesis increased "
     "and memory improved.", ("cell:msc_ev", "outcome:other")),
    # a review that calls the cells a therapeutic strategy
    ("Neural stem cells in dementia: a promising therapeutic strategy\nNeural stem cells reduce neuroinflammation and "
     "restore synaptic plasticity in models of dementia.", ("cell:nsc", "outcome:inflammation")),
    # T cells given (adoptive transfer): a cell treatment
    ("Regulatory T cells in ALS mice\nRegulatory T cells were infused into SOD1 mice. Disease progression slowed and "
     "survival was prolonged.", ("cell:treg", "outcome:survival")),
])
def test_ea_cell_treatment_keeps_affects(full_nlp, text, want):
    assert want in _dd_affects(full_nlp(text)), text


def test_a_receptor_is_no_factor_that_affects_an_outcome(full_nlp):
    """(helper EE, s26) SPEC 1 and 3: a receptor named for a factor (`VEGF receptor 2`, `IGF-1R`) is no mention of
    the factor, so what the receptor did is no FACTOR_AFFECTS row, neither from the receptor's words nor from the
    study's factor named before; the factor's own result stays."""
    doc = full_nlp("IGF-1 in hypoxia\nInsulin-like growth factor-1 (IGF-1) was added to the medium. The IGF-1 receptor "
                   "(IGF-1R) was silenced, and IGF-1R overexpression raised cell viability. "
                   "Treatment raised neurite outgrowth.")
    got = {(m.subject_id, m.object_text) for m in rels(doc, "FACTOR_AFFECTS")}
    assert got == {("factor:IGF1", "neurite outgrowth")}, got
    doc = full_nlp("VEGF in ischemia\nVascular endothelial growth factor (VEGF) raised capillary density. Knockdown of "
                   "VEGF receptor 2 lowered endothelial proliferation.")
    got = {(m.subject_text, m.object_text) for m in rels(doc, "FACTOR_AFFECTS")}
    assert got == {("VEGF", "capillary density")}, got


@pytest.mark.parametrize("text", [
    "Kinases in neuroblastoma\nReagents such as nerve growth factor (NGF) and forskolin, which induce differentiation of "
    "the PC12 cell line, activated ERK.",
    "Cytokines in infection\nLIF induces the production of other cytokines in monocytes.",
    "BDNF in cardiotoxicity\nBDNF significantly inhibited doxorubicin-induced cardiomyocyte apoptosis.",
    "NGF in neuroblastoma\nNerve growth factor (NGF) induced differentiation of SH-SY5Y cells.",
    "Oxidases in retinopathy\nWe tested whether NOX4 in endothelial cells contributed to vascular endothelial growth "
    "factor (VEGF)-induced angiogenesis.",
])
def test_cells_a_factor_acts_on_do_not_secrete_it(full_nlp, text):
    """(helper EE, s26) SPEC 3: SECRETES needs the cells to make the factor; the factor as the subject of a verb
    that changes the cells (`LIF induces cytokine production in monocytes`) or as what set off their response
    (`VEGF-induced angiogenesis`) names their target, however much `induce` and `production` sound like making."""
    assert not rels(full_nlp(text), "SECRETES"), [(m.subject_text, m.object_text) for m in rels(full_nlp(text))]


@pytest.mark.parametrize("text, cell, factor", [
    ("GDNF in grafts\nGDNF induced in MSCs by forskolin protected motor neurons.", "MSCs", "GDNF"),
    ("VEGF in grafts\nHypoxia induced VEGF in MSCs.", "MSCs", "VEGF"),
    ("VEGF in grafts\nMSCs secreted VEGF and MSC-derived VEGF-induced angiogenesis was seen.", "MSCs", "VEGF"),
])
def test_a_factor_induced_in_cells_is_still_theirs(full_nlp, text, cell, factor):
    got = {(m.subject_text, m.object_text) for m in rels(full_nlp(text), "SECRETES")}
    assert (cell, factor) in got, got


# --- helper EZ (s28): errors found on the invented abstracts (tests/fixtures/invented_abstracts.xml) ----------------

@pytest.mark.parametrize("text", [
    "MSCs in ALS\nMSCs secrete VEGF, HGF and IGF-1 and modulate microglia and regulatory T cells.",
    "MSCs in ALS\nUmbilical cord MSCs release GDNF and activate astrocytes in the spinal cord.",
])
def test_cells_a_maker_acts_on_after_its_factors_do_not_secrete_them(full_nlp, text):
    """SPEC 3: `MSCs secrete VEGF and modulate microglia`: the factors have their maker, the subject of the verb of
    secretion; the cells named after them are the object of another verb, not makers."""
    got = {(m.subject_text, m.object_text) for m in rels(full_nlp(text), "SECRETES")}
    assert got and all(s.lower().endswith(("mscs", "msc")) for s, _ in got), got


@pytest.mark.parametrize("text, cell, factor", [
    # near-misses: the cells after the factor are named as its makers
    ("GDNF in ALS\nMSCs secrete VEGF, and GDNF is released by astrocytes.", "astrocytes", "GDNF"),
    ("GDNF in ALS\nMSCs secrete GDNF, as do astrocytes.", "astrocytes", "GDNF"),
    ("GDNF in ALS\nMSCs secrete VEGF and GDNF from astrocytes protects motor neurons.", "astrocytes", "GDNF"),
])
def test_cells_named_as_makers_after_a_factor_still_secrete_it(full_nlp, text, cell, factor):
    got = {(m.subject_text, m.object_text) for m in rels(full_nlp(text), "SECRETES")}
    assert (cell, factor) in got, got


@pytest.mark.parametrize("sentence, effect", [
    # SPEC 3 `unclear`: a value with no comparison, its time counted `from` an anchor
    ("Median survival from symptom onset was 49 months after BM-MSC transplantation.", "unclear"),
    ("After BM-MSC transplantation, median survival since diagnosis was 41 months.", "unclear"),
    # near-misses: two arms compared, and a verb of gain
    ("After BM-MSC transplantation, median survival from diagnosis was 38 months in treated patients and 31 months "
     "in controls.", "favorable"),
    ("BM-MSC transplantation prolonged survival from onset by 8 months.", "favorable"),
])
def test_a_survival_counted_from_an_anchor_is_a_value(full_nlp, sentence, effect):
    got = {m.effect for m in rels(full_nlp("MSCs in ALS\n" + sentence), "AFFECTS") if m.object_id == "outcome:survival"}
    assert got == {effect}, got
