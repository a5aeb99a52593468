"""`_gated`: the hard constraints on a candidate that no weight should overrule, checked in a fixed
order, and the gates that read the outcome mention itself (an eligibility threshold, a subgroup, what a
marker stands for, a drawback, harm that makes the disease model, a place). The gates on factors,
secretion, pairing, cell roles and whole segments live in the modules named for them.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from spacy.strings import hash_string

from pipeline.nlp import cues
from pipeline.nlp.cues.effect import GAIN_HEADS
from pipeline.nlp import patterns as P
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import CELL_HASH, EFFECT_PREDICATES, FACTOR_HASH, NATIVE_CELLS, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.cell_roles import (GRAFT_ANAPHOR, NAMED_PRODUCT, STEM_SOURCES, _comparator_cell,
                                                _comparator_arm_cell,
                                               _in_vitro_differentiation, _made_by_named_other, _made_to_differentiate,
                                               _names_a_product, _names_the_cells, _native_actor, _neuron_as_source,
                                               _outcome_in_named_cells, _own_clause_outcome, _route_of_named_cell,
                                               _cell_process_compound, _reference_of_own_measure, _same_cells_measured_after,
                                               _own_property,
                                               _source_after_made_cell, _source_of_made_cell, _source_of_product)
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.factor_readouts import (_anaphoric_level, _factor_measured_before, _factor_variant,
                                                    _in_marker_list, _measured_level, _measured_object, _readout_measured)
from pipeline.nlp.relations.factor_products import _antecedent_made_by_cells, _product_ends_sentence
from pipeline.nlp.relations.factor_roles import (ASSOCIATION, DISEASE_CAUSES, PATHWAY_AGENT, VECTOR_WORDS,
                                                 _associated_only, _factor_is_agent, _mediated_by_factor)
from pipeline.nlp.relations.secretion import (RESOLVED_SECRETION, SECRETE_GATE, STATED_SECRETION, _denied_after_contrast,
                                              _factor_acts_on_cell, _factor_as_inducer, _given_to_cells, _lowered_factor,
                                              _measured_in_product, _provided_factor, _raised_factor,
                                              _causer_of_maker, _gerund_of_other_subject, _named_other_maker,
                                              _product_contains, _same_cells_after_contrast,
                                              _secretion_verb, _target_after_maker, _members_of_secreted_class,
                                              ANAPHOR_SECRETION, _but_not_aside, _factor_from_cells, _factor_in_cells,
                                              _list_start, _resolved_expression)
from pipeline.nlp.relations.pairing import (_across_contrast, _across_coordination, _gapped_route_pairs,
                                            _not_respectively, _outcome_of_other_drug, _premodifies_other_cell, _route_after_other_cell,
                                            _product_given_instead, _partner_or_fate_cell, _judged_route_of_no_cells,
                                            _route_of_contrasted_cell, _route_of_fronted_cell,
                                            _route_in_other_cells_clause, _route_of_other_agent, _source_of_other_cell)
from pipeline.nlp.relations.segment_flags import (CONTROL_ARM, TREATED_ONLY, SegmentFlags, _in_model_clause,
                                                  _segment_flags)
from pipeline.nlp.relations.implied import FACTOR_NAMES

DISEASE_HASH = hash_string("DISEASE")   # as TokenOffsets.ent_type holds it

# cells used to reproduce the disease, not to treat it
MODELLING = re.compile(r"\b(?:to model|(?:disease |in vitro )?model(?:l)?ing)\b")
# (helper J, s18) a sentence that dates its findings from the giving of the model's agent (`After
# administration of cisplatin, there was an increase in BUN`, `Following LPS challenge, lung wet weight rose`):
# what the insult did, when the sentence names no cells (not `after injection of the cells`, `of them`)
# (helper AL, s20) the graft named elsewhere in the factor's sentence (`the increase of GDNF in the grafted muscles
# suggests factor release`, `the release of NTFs after the transplantation`)
GRAFT_NAMED = re.compile(r"\b(?:grafted|transplanted|engrafted|implanted) (?:muscles?|tissues?|sites?|areas?|regions?|"
                         r"animals|mice|rats|side|hemispheres?|cords?|nerves?)\b|\b(?:after|following) (?:the )?"
                         r"(?:transplantation|grafting|implantation|engraftment)\b")
AFTER_AGENT = re.compile(r"\b(?:after|following|upon)\s+(?:the\s+)?(?:administration|injection|infusion|exposure|induction|"
                         r"instillation|inhalation|intoxication|challenge)\s+(?:of|with|to)\s+"
                         r"(?!(?:the|these|their|such|them|cells?|treatment|therapy|transplant\w*|graft\w*)\b)"
                         r"|\b(?:after|following|upon)\s+(?!(?:the|these|cells?|cell|treatment|therapy|mscs?|stem)\b)"
                         # (helper AL, s20) not the route of the treatment itself (`After intrathecal injection,
                         # each patient was assessed`), unless an agent follows (`after intraperitoneal injection of LPS`)
                         r"(?!(?:intra[\w-]+|intravenous|subcutaneous|systemic|local|endovenous|ipsilateral|contralateral)"
                         r"\s+[\w-]+\b(?!\s+(?:of|with)\b))"
                         r"[\w-]+\s+(?:administration|injection|exposure|induction|instillation|challenge|intoxication)\b")

# (helper P, s18) a background sentence that names the aim of treatment (`Preservation of beta-cell function in
# type 1 diabetes remains an attractive therapeutic target`, `... is a major therapeutic goal`): what the
# field wants, no result of the cells, when the sentence names no cells
TREATMENT_AIM = re.compile(r"\b(?:remains?|remained|is|are|represents?|constitutes?)\s+(?:as\s+)?(?:an?|the|one of the)\s+"
                           r"(?:[\w-]+\s+){0,4}?(?:therapeutic|treatment)\s+(?:targets?|goals?|aims?|challenges?)\b"
                           r"|\b(?:remains?|remained|is|are|represents?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:goal|aim|challenge|unmet need)s?\s+(?:of|in|for)\s+(?:the\s+)?(?:treatment|therapy|management)\b"
                           # (helper BK, s21) the unmet need: `no treatment currently halts disease progression`,
                           # `there is still no therapy that prolongs survival`, `a lack of effective treatments to
                           # slow progression`, `available drugs only modestly slow progression` (no cells named)
                           r"|\bno (?:[\w-]+ ){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|cures?|interventions?|agents?)"
                           r"(?![\w-])(?: (?:currently|yet|so far|to date|has|have|can|is|are|exists?|available|that|"
                           r"which|able|capable|effectively|significantly|substantially|reliably|halts?|stops?|prevents?|"
                           r"reverses?|cures?|slows?|alters?|modifies|changes?|improves?|prolongs?|delays?|arrests?)\b)"
                           r"|\b(?:lack|absence|paucity) of (?:an? )?(?:[\w-]+ ){0,2}?(?:treatments?|therap(?:y|ies)|drugs?|"
                           r"cures?|interventions?)(?![\w-])"
                           r"|\b(?:available|approved|current|existing|licensed) (?:[\w-]+ ){0,2}?(?:treatments?|therap(?:y|ies)|"
                           r"drugs?|medications?)(?: for (?:als|the disease|[\w-]+ [\w-]+))? (?:only )?(?:modestly|marginally|"
                           r"slightly|minimally|partially)\b")

INDUCING = re.compile(r"(?:induc|caus|produc|provok|creat|generat)(?:e|es|ed|ing)|(?:trigger|elicit)(?:s|ed|ing)?")
# (`leads to`, `results in`: only with their preposition; `results of X` names a measure)
INDUCING_WITH = {"lead": "to", "leads": "to", "led": "to", "leading": "to", "result": "in", "results": "in",
                 "resulted": "in", "resulting": "in"}


CORRELATE = re.compile(r"(?:inversely |positively |negatively |significantly |closely |strongly )?correlat(?:ed|es|e)$")


def _correlate(toks: list[str], o0: int, o1: int) -> bool:
    """The outcome is a term of a correlation between measures: `X correlated with <outcome>`, `<outcome> was
    (inversely) correlated with X`, `a correlation between X and <outcome>` (not `no correlation`: a null finding
    the effect cues read)."""
    for k in range(max(0, o0 - 8), o0):
        if CORRELATE.match(toks[k]) and k + 1 < len(toks) and toks[k + 1] == "with" and "no" not in toks[max(0, k - 3):k] \
                and "not" not in toks[max(0, k - 3):k] and not set(toks[k + 2:o0]) & {",", ";", "and", "but", "whereas"}:
            return True    # `... correlated with the decline in <outcome>`
        if toks[k] == "correlation" and k + 1 < len(toks) and toks[k + 1] == "between" and \
                "no" not in toks[max(0, k - 3):k] and ";" not in toks[k:o0]:
            return True    # `a correlation between engraftment and <outcome>`
    j = o1
    while j < min(len(toks), o1 + 4) and toks[j] in ("was", "were", "is", "are", "inversely", "positively",
                                                      "negatively", "significantly", "closely", "strongly", "also"):
        j += 1
    return j < len(toks) and CORRELATE.match(toks[j]) is not None and j + 1 < len(toks) and toks[j + 1] == "with"


# (helper BK, s21) the disease model's own agent arm: `Cisplatin-treated mice developed allodynia`, `LPS-injected rats
# showed marked microglial activation`, `6-OHDA-lesioned rats exhibited rotational asymmetry`: what the model's
# agent does, when the sentence names no cells and no treatment, comparison or time after it
MODEL_AGENT_ARM = re.compile(r"^(?:in\s+)?(?:the\s+|all\s+|these\s+)?([\w()]+(?:-[\w()]+){0,2}?)-(?:treated|injected|induced|"
                             r"exposed|lesioned|intoxicated|challenged|fed|infused|immunized)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:mice|rats|animals|models?|dogs|monkeys|pigs|rabbits|zebrafish)\s+(?:(?:rapidly|consistently|"
                             r"progressively|also|all)\s+)?(?:developed|presented|showed|exhibited|displayed|had|suffered|"
                             r"manifested|experienced)\b")
NOT_MODEL_AGENT = re.compile(r"msc|cell|stem|graft|transplant|exo|secretom|\bcm\b|\bevs?\b|nsc|npc|ipsc|mnc|vesic|"
                             r"medi(?:um|a)|treg|vehicle|sham|saline|pbs|placebo|control|mock|drug|treatment|therap|dose")
AFTER_MODEL_AGENT = re.compile(r"\b(?:after|following|post|treated|treatment|therap\w*|transplant\w*|graft\w*|cells?|"
                               r"compared|than|versus|vs|relative|whereas|while|unlike|but|group|groups|arm)\b")


def _model_agent_arm(seg_text: str) -> bool:
    m = MODEL_AGENT_ARM.match(seg_text)
    return m is not None and NOT_MODEL_AGENT.search(m.group(1)) is None and \
        AFTER_MODEL_AGENT.search(seg_text[m.end():]) is None


def _induced_harm(c: Candidate) -> bool:
    """The outcome is what a verb of inducing brings about (`to induce neuroinflammation and neuron loss`,
    `which causes demyelination`), within a few words, and the sentence states no change that could be a
    result (no favorable or null cue): the disease model is being made, not treated."""
    o0 = c.obj.start - c.seg.start
    at = None
    for k in range(o0 - 1, max(-1, o0 - 8), -1):
        t = c.toks[k]
        if INDUCING.fullmatch(t) or t in INDUCING_WITH and c.toks[k + 1] == INDUCING_WITH[t]:
            at = k
            break
        if t in (";", ".") or t in cues.CLAUSE_BREAKS or cues.cue_kind(t, True):
            return False
    return at is not None and not cues.states_result(c.toks)


MEANS_BEFORE = frozenset({"through", "via"})
SECRETION_HEADS = frozenset({"secretion", "secretions", "release", "production"})


def _means_of_action(toks: list[str], o0: int) -> bool:
    """The outcome is a secretion named as the means of an effect: `through (the) secretion of X`, `via
    release of X`."""
    if o0 >= len(toks) or toks[o0] not in SECRETION_HEADS:
        return False
    k = o0 - 1 - (o0 >= 2 and toks[o0 - 1] in ("the", "a", "its", "their", "paracrine"))
    return k >= 0 and toks[k] in MEANS_BEFORE


# (helper AE, s19) what a factor's measured amount is called (`the expression levels of BDNF`)
READ_OUT_HEADS = frozenset({"level", "levels", "expression", "expressions", "concentration", "concentrations", "amount",
                            "amounts", "secretion", "production", "release", "content"})


def _read_out_factor(toks: list[str], f0: int) -> bool:
    """(helper AE, s19) `the expression levels of neurotrophic factors increased significantly in d-MSCs`: the
    factor is named as a measured amount, so the increase is in its amount, in the cells named after it;
    the factor acts on nothing."""
    return f0 >= 2 and toks[f0 - 1] == "of" and toks[f0 - 2] in READ_OUT_HEADS


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


def _gated(c: Candidate, view: TokenOffsets, seg_memo: dict[int, SegmentFlags]) -> bool:
    """Hard constraints that no weight should overrule (seg_memo: _segment_flags per segment)."""
    if c.resolved and f"{c.predicate}|other_treatment" in c.features:
        return False
    if c.predicate in EFFECT_PREDICATES and (THRESHOLD.match(view.text, view.end[c.obj.end - 1])
                                             or SCALE_RANGE.match(view.text, view.end[c.obj.end - 1])) and not (
            DICHOTOMIZED.search(view.span_lower(c.seg.start, c.seg.end))
            and not _segment_flags(c, view, seg_memo).enrolment):
        return False   # `patients with FVC above 70%`, `an ALSFRS-R score of at least 30`: who was enrolled
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|treatment_context" not in c.features and \
            "AFFECTS|anaphor" not in c.features and _segment_flags(c, view, seg_memo).prognostic:
        return False   # `bulbar onset and older age predicted shorter survival`: what the disease course depends on
    if c.predicate == "SECRETES" and not c.resolved and _native_behind_other_cell(c):
        return False   # (helper CA, s22) `Activated microglia release TNF, and MSCs increased BDNF`: the cells
        #               named nearer the factor, in a later clause, are its source, not the body's own cells before
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and _native_actor(c, view):
        return False   # `M1 microglia accelerate motor neuron loss`: the body's own cells act; no graft is named
    if c.predicate == "AFFECTS" and concept_of(c.obj) != "outcome:safety" and concept_of(c.subj) in STEM_SOURCES \
            and not (concept_of(c.subj) == "cell:msc_ev" and NAMED_PRODUCT.search(c.subj.text.lower())) \
            and _in_vitro_differentiation(view, c):
        return False   # `Differentiation of BM-MSCs into motor neuron-like cells in vitro`: the stem cells' own change
        #               under an induction medium, not a result of giving them
    if c.predicate == "AFFECTS" and _made_to_differentiate(c):
        return False   # (helper AE, s19) `r-BM-MSCs were treated with retinoic acid to induce neural differentiation`
    if c.predicate == "AFFECTS" and _names_the_cells(c):
        return False   # `Treg numbers and FOXP3 expression are decreased`, `MSC proliferation`: the cells' own
        #               measure, not what giving them changed
    if c.predicate == "AFFECTS" and not c.resolved and _outcome_in_named_cells(c):
        return False   # (helper N) `MSCs promoted oligodendroglial differentiation of adult neural stem cells`: the
        #               target cells' own change; the MSCs did it
    if c.predicate == "AFFECTS" and not c.resolved and (_cell_process_compound(c) or _reference_of_own_measure(c)
                                                           or _same_cells_measured_after(c) or _own_property(c)):
        return False   # (helper CF, s22) `MSCs promote adult neural stem cell differentiation`, `the proliferation
        #               rate of UC-MSCs was higher than that of BM-MSCs`: cells whose own change is measured
    if c.predicate in ("AFFECTS", "SECRETES") and not c.resolved and _comparator_cell(c):
        return False   # (helper W, s19) `UC-MSCs, compared with BM-MSCs, expressed more HGF`: the reference cells
    if c.predicate in ("AFFECTS", "ADMINISTERED_VIA") and not c.resolved and _comparator_arm_cell(c):
        return False   # (helper BK, s21) `X improved in NI-MSC-treated rats compared with unmodified MSC-treated
        #               rats`: the reference arm's cells
    if c.predicate in ("AFFECTS", "SECRETES") and not c.resolved and _source_of_made_cell(c):
        return False   # (helper AK, s20) `BMSC-derived Schwann cells repaired X`: the made cells did it
    if c.predicate == "SECRETES" and not c.resolved and _source_after_made_cell(c):
        return False   # (helper BB, s21) `Schwann-like cells derived from ADSCs secreted NGF`: the made cells secrete
    if c.predicate in ("AFFECTS", "ADMINISTERED_VIA") and not c.resolved and _names_a_product(c):
        return False   # (helper AK, s20) `the hPMSC and hUCMSC exosomes reduced X`: the product's result
    if c.predicate in ("AFFECTS", "ADMINISTERED_VIA") and not c.resolved and _source_of_product(c):
        return False   # (helper N) `conditioned medium derived from cultured MSCs improved X`: the product's result
    if c.predicate in EFFECT_PREDICATES and not c.resolved and c.obj.end <= c.subj.start and \
            ";" in c.toks[c.obj.end - c.seg.start:c.subj.start - c.seg.start] and _own_clause_outcome(c, view):
        return False   # `decreased Tregs shorten survival; passive transfer of Tregs prolongs survival`: the cells
        #               of the next clause, with their own outcomes, do not reach back across the semicolon
        #               (`X was reduced; however, this reduction was greater in the MNC group` still does)
    if c.predicate in EFFECT_PREDICATES and _means_of_action(c.toks, c.obj.start - c.seg.start):
        return False   # `MSCs attenuate microglial activation through secretion of diffusible molecules`: how the
        #               cells act, no end point they changed
    if c.predicate == "AFFECTS" and _correlate(c.toks, c.obj.start - c.seg.start, c.obj.end - c.seg.start):
        return False   # `engraftment was inversely correlated with the decline in motor score`: a link between two
        #               measures, no result of the cells
    if c.predicate == "AFFECTS" and not c.resolved and _segment_flags(c, view, seg_memo).search(MODELLING):
        return False   # `patient iPSCs have been used to model motor neuron degeneration`: a model, no therapy
    if c.predicate in EFFECT_PREDICATES and _in_model_clause(c, view, _segment_flags(c, view, seg_memo)):
        return False   # `SOD1G93A mice, a model that recapitulates motor neuron loss`: what the model does
    if c.predicate == "AFFECTS" and concept_of(c.obj) != "outcome:safety" and _drawback(c):
        return False   # `its use is limited by a low survival rate` (`limited by tumorigenicity`: a safety finding)
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and _induced_harm(c):
        return False   # `LPS was injected to induce neuroinflammation`: what the model's agent does, no cell named
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and \
            _segment_flags(c, view, seg_memo).search(AFTER_AGENT):
        return False   # `After administration of cisplatin, there was an increase in BUN`: the model's agent acted
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and \
            _model_agent_arm(view.span_lower(c.seg.start, c.seg.end)):
        return False   # (helper BK, s21) `Cisplatin-treated mice developed allodynia`: the model's agent acted
    if c.predicate == "AFFECTS" and c.resolved and "AFFECTS|anaphor" not in c.features and \
            _segment_flags(c, view, seg_memo).search(TREATMENT_AIM):
        return False   # `Preservation of beta-cell function remains an attractive therapeutic target`: an aim
    if c.predicate == "AFFECTS" and not c.resolved and (_made_by_the_cells(c) or _made_by_reference(c)):
        return False   # `the MSC secretome contained high levels of IL-6`: what the cells make, not what they changed
    if c.predicate in EFFECT_PREDICATES and _in_disease_clause(c, view):
        return False   # `ischemic stroke, which carries a high mortality`, `ALS, a fatal disease with a median survival
        #               of 3 years`: what the disease does of itself
    if c.predicate in EFFECT_PREDICATES and _describes_who(c.toks, c.obj.start - c.seg.start) and not (
            DICHOTOMIZED.search(view.span_lower(c.seg.start, c.seg.end))
            and CUT_OFF.match(view.text, view.end[c.obj.end - 1])
            and not _segment_flags(c, view, seg_memo).enrolment):
        return False   # `patients with early respiratory impairment who received BDNF`: a subgroup
    if c.predicate in EFFECT_PREDICATES and _marker_of(c.toks, c.obj.start - c.seg.start, c.obj.end - c.seg.start) \
            and not (concept_of(c.obj) in MEASURED_BY_MARKERS and c.toks[c.obj.start - c.seg.start - 1] == "of"
                     and c.toks[c.obj.start - c.seg.start - 2] in PLURAL_MARKERS and _changed_in(c.toks)):
        return False   # `NfL, a biomarker of disease progression, decreased`: the marker is the result
    if c.predicate == "AFFECTS" and concept_of(c.obj) == "outcome:biomarker" and _serves_as_marker(
            c.toks, c.obj.start - c.seg.start):
        return False   # (helper U, s19) `EVs, a promising source of biomarkers`: the vesicles give the markers,
        #               nothing they changed
    if c.predicate in EFFECT_PREDICATES and concept_of(c.obj) != "outcome:safety" and (
            _segment_flags(c, view, seg_memo).analysis_rule
            or cues.withdrawal_reason(c.toks, c.obj.start - c.seg.start)):
        # `discontinued because of rapid disease progression`, `censored at tracheostomy`, `missing ALSFRS-R
        # data were imputed`: a reason for leaving or a rule of the analysis (`discontinued because of
        # adverse events` is a safety finding)
        return False
    if c.predicate in EFFECT_PREDICATES:
        flags = _segment_flags(c, view, seg_memo)   # (control_arm is computed only where it is asked)
        if flags.enrolment or (c.predicate == "AFFECTS" and c.resolved
                               and (flags.control_arm or _factor_is_agent(c, view))):
            return False
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_of_named_cell(c):
        return False   # (helper W, s19) `no trial has evaluated intravenous infusion of UC-MSCs`: their route
    if c.predicate == "ADMINISTERED_VIA" and _route_of_other_agent(c, view):
        return False
    if c.predicate != "SECRETES" and not c.resolved and (_across_contrast(c) or _not_respectively(c)
                                                         or _across_coordination(c)):
        return False   # `GDNF promoted X, whereas VEGF enhanced Y`; `A and B were given IT and IV, respectively`
    if c.predicate == "AFFECTS" and not c.resolved and _control_arm_clause(c):
        return False   # (helper BP, s21) `MSCs prolonged survival, whereas vehicle-treated mice lost weight`
    if c.predicate == "AFFECTS" and not c.resolved and _outcome_of_other_drug(c):
        return False   # `MSCs are under investigation; edaravone slows functional decline`: the drug's result
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _gapped_route_pairs(c):
        return False
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_in_other_cells_clause(c):
        return False   # (helper BC, s21) `We compared A and B in vitro; A was then injected IV`: A's route only
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_after_other_cell(c):
        return False   # `received BM-MNCs intrathecally and MSCs intravenously`: each its own route
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _premodifies_other_cell(c):
        return False   # `intravenous BM-MSCs or intrathecal UC-MSCs`: each route is the cell it stands before
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _source_of_other_cell(c):
        return False   # `we differentiated iPSCs into astrocytes and transplanted them intraspinally`: the astrocytes'
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_of_contrasted_cell(c):
        return False   # `Intraspinal NSC grafts improved X, whereas MSCs reduced Y`: the route is the NSCs'
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_of_fronted_cell(c):
        return False   # `After intravenous MSC infusion, Tregs increased`: the host's cells, measured
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _judged_route_of_no_cells(c):
        return False   # (helper CL, s22) `Intraspinal injection is invasive, so we delivered MSCs intrathecally`
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _partner_or_fate_cell(c):
        return False   # (helper CL, s22) `MSCs primed by co-culture with astrocytes were injected IT`: the partner's
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _product_given_instead(c):
        return False   # `MSCs were cultured under hypoxia and their exosomes were injected IV`: the product's
    if c.predicate == "ADMINISTERED_VIA" and c.resolved and "ADMINISTERED_VIA|anaphor" not in c.features and (
            _segment_flags(c, view, seg_memo).other_agent or not _segment_flags(c, view, seg_memo).names_cells):
        # `Cyclosporine A (10 mg/kg) was given intraperitoneally`, `Scopolamine was injected intraperitoneally`:
        # a sentence that names no cells gives a route to something else (the gold: 1 of 81 routes, with `cells`)
        return False
    if c.predicate in ("SECRETES", "AFFECTS") and _neuron_as_source(c):
        return False   # (helper AK, s20) `neurite outgrowth of DRG neurons`, `motor neurons were counted`: the
        #               body's neurons are what the treatment acts on, not what acts
    if c.predicate == "SECRETES":
        lo, hi = c.seg.start + c.scope[0], c.seg.start + c.scope[1]
        clause = view.span_lower(lo, hi)
        members = c.resolved and _members_of_secreted_class(c, view)
        # (helper CU, s23) `Conditioned medium was collected from UC-MSCs. It contained HGF`, `We analysed the
        # secretome of ADSCs. Proteomics identified BDNF`: what the product named just before holds is its content
        members = members or (c.resolved and c.seg.index - c.subj_seg.index <= 1 and concept_of(c.subj) == "cell:msc_ev"
                              and PRODUCT_CONTENT.search(clause) is not None)
        if not SECRETE_GATE.search(clause) and not _provided_factor(c) and not _measured_in_product(c) \
                and not _raised_factor(c) and not members and not _factor_from_cells(c) and not _factor_in_cells(c):
            return False
        if not c.resolved and _lowered_factor(c):
            return False   # (helper AW, s20) `NGF immunoreactivity was lower in the MSC group`: an end point
        if c.resolved and c.seg.index - c.subj_seg.index > 1 and not (
                (GRAFT_ANAPHOR.match(view.span_lower(c.seg.start, c.seg.end))
                 or GRAFT_NAMED.search(view.span_lower(c.seg.start, c.seg.end)))
                and (RESOLVED_SECRETION.search(clause) or STATED_SECRETION.search(clause))
                or ANAPHOR_SECRETION.search(view.span_lower(c.seg.start, c.seg.end))):   # (helper DO, s25)
            # (`The transplanted cells ... expressed BDNF` speaks of the graft however many result sentences
            # came between)
            return False
        if c.resolved and "SECRETES|anaphor" not in c.features and not RESOLVED_SECRETION.search(clause) and not members \
                and not _resolved_expression(clause, view.span_lower(c.seg.start, c.seg.end)) \
                and not any(
                e.label_ == "CELL_TYPE" for e in c.view.ents_in(c.seg.start, c.seg.end)):
            # `GDNF expression is increased in the muscle of ALS patients` after a sentence on MSCs: a factor
            # of the body, not the cells'; a sentence that names no cells credits them only with a secretion
            # verb (`They released BDNF`, `BDNF was secreted at high levels`); (helper DO, s25) or with a factor expressed
            # or raised in a sentence that still speaks of the cells (`The transduced cells expressed GDNF`)
            return False
        if c.resolved and "SECRETES|anaphor" not in c.features and _named_other_maker(c):
            return False   # (helper BB, s21) `MSCs were grafted. Reactive astrocytes produce GDNF`: the astrocytes'
        # `delivery of MSCs and IGF-1`: cells given together with a factor do not secrete it
        # (helper CD, s22) `Overexpression of BDNF in MSCs`: the cells overexpress it (not the body's neurons, whose
        # transgenic `overexpression of VEGF in neurons` is the model's)
        if "SECRETES|coordinated" in c.features and not _secretion_verb(
                c.toks[c.scope[0]:c.scope[1]], over=concept_of(c.subj) not in ("cell:motor_neuron", "cell:neuron")):
            return False
        if _given_to_cells(c.toks, c.obj.start - c.seg.start, c) and not _product_contains(c):
            return False
        if not c.resolved and _factor_acts_on_cell(c.toks, c.obj.end - c.seg.start, c.subj.start - c.seg.start) \
                and not _read_out_factor(c.toks, _list_start(c, c.obj.start - c.seg.start)):   # (helper DO, s25)
            return False
        if not c.resolved and _factor_as_inducer(c):
            return False   # (helper EE, s26) `ECs contributed to VEGF-induced angiogenesis`: the cells respond
        if _causer_of_maker(c) or _gerund_of_other_subject(c):
            return False   # (helper BB, s21) `microglia induce BMSCs to produce GDNF`, `MSCs improved X of endothelial
            #               cells by secreting HGF`: the other cells make it
        if _target_after_maker(c):
            return False   # (helper BB, s21) `GDNF produced by MSCs promoted the survival of oligodendrocytes`
        if not c.resolved and _made_by_named_other(c):
            return False   # (helper N) `activated microglia promoted GDNF production by BMSCs`: the BMSCs make it
        if not c.resolved:   # `A secreted HGF, whereas B released BDNF`: each cell its own factors
            a, b = sorted((c.subj.start - c.seg.start, c.obj.start - c.seg.start))
            # (`NSCs not only replace lost neurons but also provide neurotrophic factors`: `but also` adds)
            # (helper CU, s23: `NSCs replaced lost neurons while also releasing GDNF`: `while also` adds too)
            if any(t in cues.CONTRAST_BREAKS and not (t in ("but", "while") and c.toks[k + 1] in ("also", "simultaneously"))
                   for k, t in enumerate(c.toks[a:b], a)) and not _denied_after_contrast(c) \
                    and not _same_cells_after_contrast(c) and not _but_not_aside(c):
                return False
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _measured_level(c.toks, c.subj.start - c.seg.start,
                                                                             c.subj.end - c.seg.start) \
            and not _mediated_by_factor(c):
        return False
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and (
            _measured_object(c.toks, view.ent_type[c.seg.start:c.seg.end], c.subj.start - c.seg.start)
            or _factor_variant(c.toks, c.subj.end - c.seg.start, c.subj.start - c.seg.start)):
        return False   # `We measured VEGF, BDNF and NfL`; `the BDNF Val66Met polymorphism and disease course`
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and VECTOR_WORDS.search(
                view.span_lower(c.seg.start, c.seg.end)):
        return False   # `AAV vectors have been developed as a gene delivery system with proven safety`: the vector's
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            PATHWAY_AGENT.search(" ".join(t for t, e in zip(c.toks, view.ent_type[c.seg.start:c.seg.end])
                                          if e != OUTCOME_HASH)):
        # `A TrkB agonist delayed onset`, `Bevacizumab, an anti-VEGF antibody, accelerated motor neuron loss`
        # after a title on the factor: another agent acts on the factor's pathway; what it did is not the
        # factor's (the factor, named in the sentence, still pairs as usual; `antibodies to CNTF were found in
        # sera`, an end point, is no agent)
        return False
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and DISEASE_CAUSES.search(
                view.span_lower(c.seg.start, c.obj.start)):
        return False   # `SOD1 mutations lead to motor neuron degeneration` after a title on the factor: the disease acts
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            _antecedent_made_by_cells(c, view):
        return False   # `Human MSCs engineered to secrete VEGF` (title). `Motor neuron loss begins ...`: the cells' product
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _colisted(c, view):
        return False   # `the expression of BDNF, VEGF, IL-1β and TNF-α was measured`: read-outs in one list
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _factor_as_product(c, view):
        return False   # (helper AK, s20) `production of neurotrophic factors and reduction of gliosis`: two results
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _factor_raised_beside(c, view):
        return False   # `ADSCs promote BDNF expression and improve neurological recovery`: two results of the cells
    if c.predicate == "FACTOR_AFFECTS" and _outcome_as_place(c.toks, c.obj.start - c.seg.start):
        return False   # `transgenic GDNF was concentrated at the sites of neuromuscular junctions`: where, not what
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and _readout_measured(c):
        return False   # `VEGF expression and motor performance were assessed`: two read-outs, no agent
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            _factor_measured_before(c):
        return False   # (helper AD, s19) `HGF expression was measured. p-ERK was measured.`: two read-outs
    if c.predicate in EFFECT_PREDICATES and not c.resolved and _associated_only(c):
        return False   # `higher serum VEGF correlated with longer survival`: a marker of the course, not an agent
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            "FACTOR_AFFECTS|treatment_context" not in c.features and any(
                ASSOCIATION.fullmatch(t) for t in c.toks[c.scope[0]:c.scope[1]]):
        return False   # `We measured VEGF and GDNF. CSF NfL correlated with the ALSFRS-R slope`: no factor acts
    if c.predicate == "FACTOR_AFFECTS" and not c.resolved and (_generic_for_named_factor(c) or _class_word_names(c)):
        return False   # `VEGF functions as a neurotrophic factor protecting motoneurons`: the class word is VEGF
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            _other_agent(c):
        return False   # `LM22A-4 treatment improved gait accuracy`: a drug's result, not the background's factor
    if c.predicate == "FACTOR_AFFECTS" and _names_own_factor(c):
        return False   # `higher BDNF and lower Pro-BDNF levels in ALS sera`: the factor's own level, no end point it changed
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and "FACTOR_AFFECTS|anaphor" not in c.features and \
            _measured_level(view.words(c.subj_seg.start, c.subj_seg.end), c.subj.start - c.subj_seg.start,
                            c.subj.end - c.subj_seg.start):
        return False   # `BDNF serum levels were lower in X. No differences were found in Y`: a level, no agent
    if c.predicate == "FACTOR_AFFECTS" and _product_ends_sentence(c, view):
        return False   # (helper DA, s23) `Autopsy showed graft survival and GDNF production. X were incidental findings`:
        #               the graft's product, found; a word referring back in the next sentence means the graft
    if c.predicate == "FACTOR_AFFECTS" and c.resolved and _anaphoric_level(c.toks):
        return False   # `Whether their circulating levels relate to the course of the disease`: the factors' level
    fac = c.obj if c.predicate == "SECRETES" else c.subj if c.predicate == "FACTOR_AFFECTS" and not c.resolved else None
    if fac is not None and _in_marker_list(c.toks, view.ent_type[c.seg.start:c.seg.end],
                                           fac.start - c.seg.start, fac.end - c.seg.start):
        return False
    return True


# (helper CU, s23) what a sentence says a cell product (CM, secretome, vesicles) named just before holds
PRODUCT_CONTENT = re.compile(r"\b(?:contain|enrich|rich in|carr(?:y|ies|ied|ying)\b|cargo|identified|abundan)")


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


PLACE_BEFORE = frozenset({"at", "near", "around", "toward", "towards"})
PLACE_NOUNS = frozenset({"site", "sites", "vicinity", "region", "regions", "area", "areas"})


def _outcome_as_place(toks: list[str], o0: int) -> bool:
    """The outcome at toks[o0] names where something is (`concentrated at neuromuscular junctions`, `in the
    vicinity of the NMJs`, `at the sites of neuromuscular junctions (NMJs)`), not what changed."""
    starts = [o0]
    if o0 >= 2 and toks[o0 - 1] == "(":   # a short form: the place words stand before its long form
        starts = [k for k in range(o0 - 2, max(-1, o0 - 6), -1) if toks[k][:1].isalpha()]
    for p in starts:
        if p >= 1 and toks[p - 1] in PLACE_BEFORE:
            return True
        k = p - 1 - (p >= 2 and toks[p - 1] in ("the", "its", "their"))
        if k >= 2 and toks[k] == "of" and toks[k - 1] in PLACE_NOUNS:
            return True
    return False


# an end point followed by a threshold is an eligibility criterion or a stratum, not a result
THRESHOLD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:of\s+)?(?:(?:at least|at most|more than|less than|"
                       r"greater than|lower than|higher than|fewer than|above|below|over|under|within|between|"
                       r"[≥≤><]=?)\s*\d(?![\d.,]*\s*(?:-|to\s+|and\s+)?\d*\s*(?:months?|weeks?|days?|years?|hours?|h|mo|wk)\b)"
                       r"|\d+(?:\.\d+)?\s*%?\s*(?:points\s+)?or\s+(?:more|greater|higher|less|lower|"
                       r"above|below|fewer|better|worse)\b)", re.I)
# (`over 6 months`, `within 2 weeks`, `between 3 and 6 months`: a time, not a threshold)
# ... or by a range of the scale (`an NIHSS score of 6-20`, `EDSS 2.0-6.5`, `GMFCS levels III-V`, `AIS grade A
# or B`): who was eligible (not `a decline of 0.5-1.0 points/month`, `at 3-6 months`)
SCALE_RANGE = re.compile(r"\s*(?:[Ss]cale\s+)?(?:(?:total|motor|sum|sensory)\s+)?(?:(?:scores?|grades?|levels?)\s+)?(?:of\s+|between\s+)?"
                         r"(?:\d+(?:\.\d+)?\s*(?:-|–|to|and)\s*\d+(?:\.\d+)?(?![\d.]*\s*(?:%|points?|pts|months?|weeks?|"
                         r"days?|years?|hours?|mo|wk|per\b|/))|[IV]{1,3}\s*(?:-|–|to)\s*[IV]{1,3}\b|[A-E]\s+(?:or|to|-)\s+[A-E]\b)")

# a result read as the share of patients within a range of the scale (`the proportion of patients with
# mRS 0-2 did not differ`, `a favourable outcome (mRS score of 0 to 2) was more frequent`): the range is
# the end point's cut-off, not who was enrolled
DICHOTOMIZED = re.compile(r"\b(?:proportions?|percentages?|achieved|reached|favou?rable (?:functional )?outcome"
                          r"|good (?:functional )?outcome|excellent (?:functional )?outcome|functional independence)\b")
CUT_OFF = re.compile(r"\s*\(?\s*(?:scores?\s+)?(?:of\s+)?(?:[≤≥<>]=?\s*\d|\d+(?:\.\d+)?\s*(?:-|–|to)\s*\d)")

MAKE_WORDS = frozenset({"contained", "contains", "contain", "containing", "secreted", "secrete", "secretes",
                        "released", "release", "releases", "produced", "produce", "produces", "expressed", "express",
                        "expresses", "rich"})


def _made_by_the_cells(c: Candidate) -> bool:
    """Between the cells and the outcome stands a verb of making and no change word: the outcome is a
    product of the cells (`MSCs secreted IL-6`), not a result of giving them."""
    s1, o0 = c.subj.end - c.seg.start, c.obj.start - c.seg.start
    # (helper CF, s22) a coordinated later outcome shares the making: `express genes related to neuroprotection and
    # angiogenesis`
    while o0 - s1 > 8 and o0 > s1 + 1 and c.toks[o0 - 1] in ("and", "or", ",") and \
            c.obj.doc[c.seg.start + o0 - 2].ent_type == OUTCOME_HASH:
        o0 -= 2
        while o0 > s1 and c.obj.doc[c.seg.start + o0 - 1].ent_type == OUTCOME_HASH:
            o0 -= 1
    if o0 <= s1 or o0 - s1 > 8:
        return False
    if c.toks[c.obj.end - c.seg.start - 1] in GAIN_HEADS:
        return False   # (helper BD, s21) `produced a motor improvement`, `a survival benefit`: the end point named by its gain
    between = c.toks[s1:o0]
    return not MAKE_WORDS.isdisjoint(between) and not any(
        cues.cue_kind(w, False) for w in between if w not in MAKE_WORDS and w not in MADE_AMOUNT_WORDS)


# how much the cells make, not a change (`express higher levels of`, (helper CF, s22) `express more transcripts`)
MADE_AMOUNT_WORDS = frozenset({"high", "higher", "levels", "more", "greater", "larger", "amounts", "quantities"})


def _made_by_reference(c: Candidate) -> bool:
    """(helper CF, s22) `UC-MSCs express more genes related to neuroprotection than BM-MSCs`: the cells after
    `than` are the reference of what other cells make, named before the outcome."""
    s0, o1 = c.subj.start - c.seg.start, c.obj.end - c.seg.start
    if o1 > s0 or "than" not in c.toks[max(o1, s0 - 3):s0]:
        return False
    for e in c.view.ents_in(c.seg.start, c.obj.start):
        if e.label_ == "CELL_TYPE" and _made_by_the_cells(SimpleNamespace(subj=e, obj=c.obj, seg=c.seg, toks=c.toks, view=c.view)):
            return True
    return False


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


# what may stand between the items of one list of read-outs (`markers of apoptosis (Bax and Bim), inflammation
# (IL-1β and IL-6, as well as IL-10 as an anti-inflammatory cytokine), trophic factors (BDNF, GDNF) ...`)
LISTED_WORDS = frozenset({",", ";", "and", "or", "(", ")", "the", "of", "as", "well", "a", "an", "also", "both",
                          "marker", "markers", "level", "levels", "expression", "expressions", "protein", "proteins",
                          "mrna", "gene", "genes", "cytokine", "cytokines", "anti-inflammatory", "pro-inflammatory",
                          "proinflammatory", "anti-apoptotic", "pro-apoptotic", "apoptotic", "inflammatory",
                          "concentration", "concentrations", "content"})


# the verbs of a methods sentence that lists its read-outs (`... were assessed`, `was measured by ELISA`)
LISTED_MEASURED = frozenset({"assessed", "measured", "evaluated", "analysed", "analyzed", "detected", "determined",
                             "examined", "quantified", "assayed"})


def _colisted(c: Candidate, view: TokenOffsets) -> bool:
    """The factor and the outcome are items of one list (only names and list words between them) in a
    clause that measures and says no change (`were assessed`): both are read-outs named side by side, the factor does
    not act on the outcome (not `adverse effects of NGF`: the outcome is the factor's)."""
    etypes = view.ent_type[c.seg.start:c.seg.end]
    f0, f1 = c.subj.start - c.seg.start, c.subj.end - c.seg.start
    o0, o1 = c.obj.start - c.seg.start, c.obj.end - c.seg.start
    a, b = (f1, o0) if f1 <= o0 else (o1, f0)
    if b - a < 1 or not all(etypes[k] != 0 or c.toks[k] in LISTED_WORDS for k in range(a, b)):
        return False
    if b == f0 and c.toks[f0 - 1] == "of" and c.toks[f0 - 2] not in LISTED_WORDS:
        return False
    scope = c.toks[c.scope[0]:c.scope[1]]
    if LISTED_MEASURED.isdisjoint(scope):
        return False   # (`the effect of the cells on neurologic function and the expression of VEGF`: left to the weights)
    for t in scope:
        found = cues.cue_kind(t, False)
        if found is not None and found[0] != "unclear" or t in cues.NEGATORS:
            return False
    return True


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
# (not `expression`: `robust IGF-1 expression and rescue of motor neurons` after gene delivery, the factor is the
# treatment and acts)
MADE_AFTER = frozenset({"production", "secretion", "release", "synthesis"})
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
    made_after = j < len(toks) and toks[j] in MADE_AFTER
    if not (made_before or made_after):
        return False
    if made_after:
        while j < len(toks) and toks[j] in MADE_AFTER:
            j += 1
    # (a text on gene delivery names no graft: there the factor made is the treatment, and acts)
    if not any(e.label_ == "CELL_TYPE" and concept_of(e) not in NATIVE_CELLS for e in c.view.ents):
        return False
    # the outcome after: the next word after the factor's phrase joins a list (an outcome before the factor, `enhanced
    # survival and/or their capacity to secrete NT-3`, is left to the weights: gating it lowered the scorer's CV)
    return f1 <= j <= o0 and j < len(toks) and toks[j] in LIST_JOINS and MEDIATION_WORDS.isdisjoint(toks[j:o0])


# `its application is limited by a low survival rate and immune rejection`: what follows names the therapy's
# drawbacks, not an end point it changed (the gold keeps a harm to safety named so: `limited by tumorigenicity`)
DRAWBACK_VERBS = frozenset({"limited", "hampered", "hindered", "restricted", "compromised", "impeded", "constrained"})


def _drawback(c: Candidate) -> bool:
    """`limited by` (and the like) stands before the outcome, after the cells when they are in the same
    sentence: the outcome is named as a limitation of the treatment."""
    o0 = c.obj.start - c.seg.start
    lo = c.subj.end - c.seg.start if not c.resolved else c.scope[0]
    if o0 <= lo:
        return False
    between = c.toks[max(lo, 0):o0]
    return any(w in DRAWBACK_VERBS and nxt == "by" for w, nxt in zip(between, between[1:]))


POPULATION = frozenset({"patients", "subjects", "participants", "individuals", "mice", "rats", "animals", "those",
                        "people", "cases", "subgroup", "cohort"})


MARKER_NOUNS = frozenset({"marker", "markers", "biomarker", "biomarkers", "predictor", "predictors", "indicator",
                          "indicators", "hallmark", "hallmarks", "surrogate", "measure", "index"})


# (helper BD, s21) processes that are measured only through their markers (SPEC: `inflammatory cytokines or markers`):
# `reduced markers of oxidative stress`, `markers of inflammation decreased` are results on the process itself
MEASURED_BY_MARKERS = frozenset({"outcome:inflammation", "outcome:oxidative_stress"})
PLURAL_MARKERS = frozenset({"markers", "biomarkers", "indicators"})   # (not `NfL, a marker of neuroinflammation`)


def _changed_in(toks: list[str]) -> bool:
    """A word of change (not of measuring) in the segment: `reduced markers of X`, not `markers of X were measured`."""
    return any((k := cues.cue_kind(w, True)) is not None and k[0] != "unclear" for w in toks)


def _serves_as_marker(toks: list[str], o0: int) -> bool:
    """(helper U, s19) The biomarker outcome at o0 is what something is said to give or is used as: `a (rich)
    source of biomarkers`, `fMRI activity was employed as a motor recovery biomarker` (up to three modifiers
    between)."""
    k = o0 - 1
    while k >= 0 and o0 - k <= 4 and toks[k] not in ("of", "as") and toks[k].isalpha():
        k -= 1
    return k > 0 and (toks[k] == "of" and toks[k - 1] in ("source", "sources")
                      or toks[k] == "as" and toks[k - 1] in ("employed", "used", "utilized", "utilised", "adopted"))


def _marker_of(toks: list[str], o0: int, o1: int) -> bool:
    """The outcome names what a marker stands for (`a biomarker of disease progression`) or is the
    marker noun of such a phrase."""
    return (o0 >= 2 and toks[o0 - 1] == "of" and toks[o0 - 2] in MARKER_NOUNS and not (
        o0 >= 3 and toks[o0 - 3] in ("the", "this", "these", "our") and toks[o0 - 2] == "measure")) or (
        o1 < len(toks) and toks[o1] == "of" and toks[o1 - 1] in MARKER_NOUNS - {"measure", "index"})


# a relative clause or an apposition right after a disease's name, up to the next comma: what the disease is
# or does (`stroke, which carries a high mortality`, `ALS, a fatal disease with a median survival of 3 years`,
# `SCI, with its high disability rate`), not a result of the treatment named before it
DISEASE_CLAUSE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,?\s*(?:which|that)\s+(?:(?:is|are|often|usually|frequently|"
                            r"commonly|typically|still|also|eventually|inevitably|ultimately)\s+){0,2}"
                            r"(?:carr|caus|lead|result|characteri[sz]|affect|involv|manifest|present|feature|account|"
                            r"produc|has\b|have\b)\w*"
                            r"|,\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:diseases?|disorders?|conditions?|syndromes?|illness(?:es)?|"
                            r"cause)\b|,\s*with\s+(?:its|their)\b)[^,;.:]*$")


def _in_disease_clause(c: Candidate, view: TokenOffsets) -> bool:
    """The outcome lies in a clause that describes a disease named just before it (DISEASE_CLAUSE)."""
    o0 = c.obj.start
    # (doc.ents makes a Span of every entity, per candidate: first ask the token view whether a disease
    # entity can end in reach, i.e. has a token in max(segment start, o0 - 26)..o0; most have none)
    if DISEASE_HASH not in view.ent_type[max(c.seg.start, o0 - 26):o0]:
        return False
    for d in c.view.ents:
        if d.label_ == "DISEASE" and c.seg.start <= d.start and d.end <= o0 and o0 - d.end <= 25 and \
                DISEASE_CLAUSE.match(view.span_lower(d.end, o0)):
            # (a change stated in the clause is a result: `stroke, which was reduced by the grafts`)
            return not any((cues.cue_kind(t, False) or ("",))[0] in ("favorable", "null") for t in view.words(d.end, o0))
    return False


# (helper BK, s21) plain adjectives that name the kind of disease course a group has, not a change
KIND_OF_COURSE = frozenset({"slow", "slowly", "rapid", "rapidly", "fast", "aggressive"})


def _describes_who(toks: list[str], o0: int) -> bool:
    """The outcome at toks[o0] describes whom a result is about: `patients with (severe) muscle weakness`,
    `mice with early onset`, `the subgroup with faster progression` (at most three words between)."""
    for k in range(o0 - 1, max(-1, o0 - 5), -1):
        if toks[k] == "with":
            return k > 0 and toks[k - 1] in POPULATION
        if toks[k] in KIND_OF_COURSE:
            continue   # (helper BK, s21) `among patients with slow progression`, `rats with rapid disease progression`
        if not toks[k].isalpha() and "-" not in toks[k] or cues.cue_kind(toks[k], False):
            return False   # (`mice with improved motor function`: a result)
    return False


def _control_arm_clause(c: Candidate) -> bool:
    """(helper BP, s21) The outcome stands in a clause set against the cells' own (`;`, `whereas`, `while`,
    `but`) whose subject is the control arm and which names no cells: `MSCs prolonged survival in treated mice,
    whereas vehicle-treated mice showed marked weight loss`, `MSCs were injected at day 60; the vehicle group
    showed a rapid decline in grip strength`. What that clause reports is the control arm's course (not
    `Vehicle-treated mice lost weight, whereas MSC-treated mice maintained body weight`: the cells' clause)."""
    seg_start = c.seg.start
    s0, s1 = c.subj.start - seg_start, c.subj.end - seg_start
    o0, o1 = c.obj.start - seg_start, c.obj.end - seg_start
    if s1 > o0 or cues.CONTRAST_BREAKS.isdisjoint(c.toks[s1:o0]):
        return False
    clause = cues.clause_scope(c.toks, o0, o1)
    if clause[0] <= s0:
        return False
    if any(e.label_ == "CELL_TYPE" and clause[0] <= e.start - seg_start < clause[1]
           for e in c.view.ents_in(c.seg.start, c.seg.end)):
        return False
    head = " ".join(t for t in c.toks[clause[0]:o0] if t).replace(" - ", "-")
    return CONTROL_ARM.search(head) is not None and TREATED_ONLY.search(CONTROL_ARM.sub(" ", head)) is None
