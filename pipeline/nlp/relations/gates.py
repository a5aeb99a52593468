"""`_gated`: the hard constraints on a candidate that no weight should overrule, checked in one fixed
order (the first gate that holds drops the pair, so the order is part of the rule), with the few patterns
only it reads (an eligibility threshold or range, a model, an agent given before the findings, an aim of
treatment). Each gate's test lives in the module named for what it reads: `outcome_roles`, `factor_roles`,
`factor_readouts`, `factor_products`, `secretion`, `pairing`, `segment_flags` and the cell modules.
"""
from __future__ import annotations

import re

from pipeline.nlp import cues
from pipeline.nlp.relations.text import TokenOffsets
from pipeline.nlp.relations.labels import EFFECT_PREDICATES, OUTCOME_HASH, concept_of
from pipeline.nlp.relations.cell_measures import (_cell_process_compound, _names_the_cells, _outcome_in_named_cells,
                                                  _own_property, _reference_of_own_measure, _same_cells_measured_after)
from pipeline.nlp.relations.cell_roles import (GRAFT_ANAPHOR, NAMED_PRODUCT, STEM_SOURCES, _comparator_arm_cell,
                                               _comparator_cell, _contained_cell, _in_vitro_differentiation,
                                               _made_to_differentiate, _cells_taken_away, _native_actor,
                                               _native_behind_other_cell, _own_clause_outcome, _reference_of_matched_effect,
                                               _route_of_named_cell)
from pipeline.nlp.relations.cell_sources import (_made_by_named_other, _names_a_product, _neuron_as_source,
                                                 _source_after_made_cell, _source_of_made_cell, _source_of_product)
from pipeline.nlp.relations.features import Candidate
from pipeline.nlp.relations.lists import CELL_TYPES_GROUP
from pipeline.nlp.relations.outcome_roles import (MEASURED_BY_MARKERS, PLURAL_MARKERS, _changed_in, _control_arm_clause,
                                                  _correlate, _describes_who, _drawback, _in_disease_clause, _induced_harm,
                                                  _made_by_reference, _made_by_the_cells, _marker_of, _means_of_action,
                                                  _model_agent_arm, _outcome_as_place, _serves_as_marker)
from pipeline.nlp.relations.factor_readouts import (_anaphoric_level, _colisted, _factor_measured_before, _factor_variant,
                                                    _in_marker_list, _measured_level, _measured_object, _read_out_factor,
                                                    _readout_measured)
from pipeline.nlp.relations.factor_products import (_antecedent_made_by_cells, _factor_as_product, _factor_raised_beside,
                                                    _product_ends_sentence)
from pipeline.nlp.relations.factor_roles import (ASSOCIATION, DISEASE_CAUSES, PATHWAY_AGENT, VECTOR_WORDS,
                                                 _associated_only, _class_word_names, _factor_is_agent,
                                                 _generic_for_named_factor, _mediated_by_factor, _names_own_factor,
                                                 _other_agent)
from pipeline.nlp.relations.secretion import _changed_cells_then_factor, _stained_for_factor
from pipeline.nlp.relations.secretion import (RESOLVED_SECRETION, SECRETE_GATE, STATED_SECRETION, _denied_after_contrast,
                                              _factor_acts_on_cell, _factor_as_inducer, _fluid_level, _given_to_cells, _lowered_factor,
                                              _measured_in_product, _provided_factor, _raised_factor,
                                              _causer_of_maker, _gerund_of_other_subject, _named_other_maker,
                                              _product_contains, _same_cells_after_contrast,
                                              _secretion_verb, _target_after_maker, _members_of_secreted_class,
                                              _acted_on_after_maker,
                                              ANAPHOR_SECRETION, _but_not_aside, _factor_from_cells, _factor_in_cells,
                                              _list_start, _recipient_after_factor, _resolved_expression)
from pipeline.nlp.relations.pairing import (_across_contrast, _across_coordination, _gapped_route_pairs,
                                            _not_respectively, _outcome_of_other_drug, _premodifies_other_cell, _route_after_other_cell,
                                            _product_given_instead, _partner_or_fate_cell, _judged_route_of_no_cells,
                                            _route_of_contrasted_cell, _route_of_fronted_cell,
                                            _route_in_other_cells_clause, _route_listed_apart, _route_of_other_agent,
                                            _source_of_other_cell)
from pipeline.nlp.relations.segment_flags import SegmentFlags, _analysed_before_adjustment, _in_model_clause, _segment_flags

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


# (helper FK, s28) a sentence about research still to be done, and an end point named as what it should measure
FUTURE_WORK = frozenset({"future", "should", "needed", "required", "warranted"})
END_POINT_ROLE = re.compile(r"^(?:(?:\S+ ){0,12}?as (?:the |primary |secondary |main |key |their )*)?"
                            r"(?:end ?points?|end-points?|outcome measures?)\b")


def _end_point_of_future_work(toks: list[str], o1: int) -> bool:
    """Whether the end point ending at token o1 is named as what future research should measure: `future trials
    should compare routes using ALSFRS-R slope and NfL as end points`, `trials with biomarker end points are
    needed` (the clause after it, up to `.` or `;`)."""
    if FUTURE_WORK.isdisjoint(toks):
        return False
    after = toks[o1:o1 + 16]
    after = after[:next((k for k, t in enumerate(after) if t in (".", ";")), len(after))]
    return END_POINT_ROLE.match(" ".join(after)) is not None


def _in_brackets(toks: list[str], k: int) -> bool:
    """(helper FK, s28) Whether token k stands inside a bracket that reports a measurement: `(BDNF; 410 ± 55
    pg/mL)` holds a semicolon that separates a short form from its amount, no clause (a number after the semicolon,
    before the bracket closes)."""
    a = next((j for j in range(k - 1, -1, -1) if toks[j] in ("(", ")")), None)
    b = next((j for j in range(k + 1, len(toks)) if toks[j] in ("(", ")")), None)
    return a is not None and b is not None and toks[a] == "(" and toks[b] == ")" and b - k <= 8 \
        and any(t[:1].isdigit() for t in toks[k + 1:b])


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
    if c.predicate == "AFFECTS" and _cells_taken_away(c, view):
        return False   # (helper FO, s29) `Depletion of microglia increased motor neuron loss`: no cells were given
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
    if c.predicate in ("AFFECTS", "SECRETES") and not c.resolved and _reference_of_matched_effect(c):
        return False   # (helper GF, s29) `Exogenous BDNF reproduced the effect of conditioned medium`: the reference
    if c.predicate == "AFFECTS" and not c.resolved and _contained_cell(c):
        return False   # (helper FV, s29) `BM-MNCs contain haematopoietic progenitors and improved X`: the product acted
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
    if c.predicate in EFFECT_PREDICATES and _end_point_of_future_work(c.toks, c.obj.end - c.seg.start):
        return False   # (helper FK, s28) `future trials should use ALSFRS-R slope and NfL as end points`: what
        #               research still to be done should measure, no result
    if (c.predicate == "AFFECTS" or c.predicate == "FACTOR_AFFECTS" and "FACTOR_AFFECTS|factor_delivered" not in c.features) \
            and _correlate(c.toks, c.obj.start - c.seg.start, c.obj.end - c.seg.start):
        return False   # `engraftment was inversely correlated with the decline in motor score`: a link between two
        #               measures, no result of the cells; (helper GB, s29) so is a factor's level that goes with an
        #               end point (`GDNF mRNA was higher and correlated with the share of atrophic fibres`, `Neither
        #               factor correlated with the ALSFRS-R score`), unless the factor is named as given
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
        if flags.enrolment and not _analysed_before_adjustment(c, view) or (c.predicate == "AFFECTS" and c.resolved
                               and (flags.control_arm or _factor_is_agent(c, view))):
            return False
    if c.predicate == "ADMINISTERED_VIA" and not c.resolved and _route_of_named_cell(c):
        return False   # (helper W, s19) `no trial has evaluated intravenous infusion of UC-MSCs`: their route
    if c.predicate == "ADMINISTERED_VIA" and _route_listed_apart(c):
        return False   # (helper FI, s28) `A, B and C were used; routes were X and Y`: which cells went which way is
        #               unsaid; `which route (X or Y)`: asked, not stated
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
        members = members or (c.resolved and concept_of(c.subj) == "cell:msc_ev"
                              and PRODUCT_CONTENT.search(clause) is not None and (c.seg.index - c.subj_seg.index <= 1
                                   or PRODUCT_ANAPHOR.search(view.span_lower(c.seg.start, c.seg.end)) is not None))
        if not SECRETE_GATE.search(clause) and not _provided_factor(c) and not _measured_in_product(c) \
                and not _raised_factor(c) and not members and not _factor_from_cells(c) and not _factor_in_cells(c) \
                and not _stained_for_factor(c):
            return False
        if not c.resolved and _lowered_factor(c):
            return False   # (helper AW, s20) `NGF immunoreactivity was lower in the MSC group`: an end point
        if _fluid_level(c, clause):
            return False   # (helper EX, s28) `Plasma levels of HGF increased after UC-MSC infusion`: an end point
        if c.resolved and c.seg.index - c.subj_seg.index > 1 and not (
                (GRAFT_ANAPHOR.match(view.span_lower(c.seg.start, c.seg.end))
                 or GRAFT_NAMED.search(view.span_lower(c.seg.start, c.seg.end)))
                and (RESOLVED_SECRETION.search(clause) or STATED_SECRETION.search(clause))
                or ANAPHOR_SECRETION.search(view.span_lower(c.seg.start, c.seg.end))   # (helper DO, s25)
                # (helper EX, s28) `Both cell types secreted VEGF`: a group of the cell types named one a sentence
                or CELL_TYPES_GROUP.search(view.span_lower(c.seg.start, c.seg.end))
                or members and concept_of(c.subj) == "cell:msc_ev"   # (helper FJ, s28) `The vesicles contained BDNF`
                # (helper FJ, s28) `..., and the grafted cells, labelled before infusion, were immunoreactive for BDNF`
                or GRAFT_STAINED.search(view.span_lower(lo, max(lo, c.obj.start)))):
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
        if _changed_cells_then_factor(c):
            return False   # (helper FX, s29) `MSCs reduced microglia and raised BDNF`: read-outs of one subject
        if _target_after_maker(c):
            return False   # (helper BB, s21) `GDNF produced by MSCs promoted the survival of oligodendrocytes`
        if _acted_on_after_maker(c):
            return False   # (helper EZ, s28) `MSCs secrete VEGF and modulate microglia`: the MSCs make it
        if _recipient_after_factor(c):
            return False   # (helper FU, s29) `BDNF in the CM was measured, and neurons were cultured in it`: recipients
        if not c.resolved and _made_by_named_other(c):
            return False   # (helper N) `activated microglia promoted GDNF production by BMSCs`: the BMSCs make it
        if not c.resolved:   # `A secreted HGF, whereas B released BDNF`: each cell its own factors
            a, b = sorted((c.subj.start - c.seg.start, c.obj.start - c.seg.start))
            # (`NSCs not only replace lost neurons but also provide neurotrophic factors`: `but also` adds)
            # (helper CU, s23: `NSCs replaced lost neurons while also releasing GDNF`: `while also` adds too)
            if any(t in cues.CONTRAST_BREAKS and not (t in ("but", "while") and c.toks[k + 1] in ("also", "simultaneously"))
                   and not (t == ";" and _in_brackets(c.toks, k))
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
# (helper FJ, s28) the graft referred back to anywhere in the clause before the factor and found to hold it by a stain
# or a transcript (ANAPHOR_SECRETION needs a verb of making right after the cells, GRAFT_ANAPHOR the sentence's start)
GRAFT_STAINED = re.compile(r"\b(?:the|these) (?:transplanted|grafted|injected|infused|engrafted|implanted) (?:cells|grafts)\b"
                           r".*\b(?:(?:immunoreactive|immunopositive|positive|stained) for|express(?:ed|es)\b)")
# (helper FJ, s28) the product referred back to by its own head noun (`The vesicles contained BDNF`, `VEGF cargo in
# these exosomes`), which may come several result sentences after the product was named, as `the grafted cells` may
PRODUCT_ANAPHOR = re.compile(r"\b(?:the|these|such|their) (?:[\w-]+ )?(?:vesicles|exosomes|evs|secretome|secretomes)\b")


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
