"""Cue lexicons and their scope: effect direction, negation and hedging of a relation mention.

Everything works on lower-cased token strings of one sentence, so it is cheap and testable
without a parser. Scope is the *clause* that holds the relation: the tokens between the nearest
clause breaks (`;`, `whereas`, `but`, ...) around the two arguments, never the whole sentence,
so that `A improved X, whereas B failed to` gives B no credit for A's improvement.

Modules, lowest first (each imports only those before it):
- lexicon: change-word prefixes, `cue_kind`, `states_result`, negators and small word classes shared by all;
- scope: clause breaks, `clause_scope`, `ClauseIndex`;
- harms: whether less of an outcome is good (`is_harm_outcome`), composite end points;
- safety: adverse events, late disease events, withdrawals (`withdrawal_reason`);
- negation: negators of a relation (`negation_of_trigger`) and of a change cue;
- hedging: hedge words and proposals (`hedge_in_scope`, `HedgeIndex`, `promise_for`);
- verdicts: not significant, parallel, waned, not borne out, mixed, unsettled (`p_verdict`);
- arms: values and changes stated for treated and control arms;
- endpoints: clauses that define, list or ask about what is measured (`end_point_name`, `defines`);
- attachment: whether a change word near an outcome is its own cue;
- effect_readers: small readers of a clause that only `effect_in_scope` consults (values, arms, ratios);
- effect: `effect_in_scope`, which reads an outcome's effect with all of the above;
- reports: a patient's subjective report against an objective measure of the same end point.

Callers use `from pipeline.nlp import cues` and `cues.NAME`: the names they use are re-exported here.
"""
from pipeline.nlp.cues.lexicon import (
    DECREASE, FAVORABLE, INCREASE, MEASURED, MILD_WORDS, NEGATORS, NOT_CUES, SHORTEN, UNFAVORABLE, cue_kind,
    states_result,
)
from pipeline.nlp.cues.scope import CLAUSE_BREAKS, CONTRAST_BREAKS, ClauseIndex, clause_scope
from pipeline.nlp.cues.harms import in_composite, is_harm_outcome
from pipeline.nlp.cues.safety import SAFETY_WORDS, withdrawal_reason
from pipeline.nlp.cues.negation import NO_SUBJECT, negation_of_trigger
from pipeline.nlp.cues.hedging import (HedgeIndex, hedge_in_scope, modal_asked, promise_for, proposed_as_possible,
                                      proposed_clause, restated_subject)
from pipeline.nlp.cues.verdicts import p_verdict
from pipeline.nlp.cues.arms import CONTROL_AGENTS, CONTROL_WORDS
from pipeline.nlp.cues.endpoints import defines, end_point_name
from pipeline.nlp.cues.attachment import CAUSAL_FILLERS
from pipeline.nlp.cues.effect import EffectCue, effect_in_scope
from pipeline.nlp.cues.reports import objective_in, subjective_report

__all__ = [
    "CAUSAL_FILLERS", "CLAUSE_BREAKS", "CONTRAST_BREAKS", "CONTROL_AGENTS", "CONTROL_WORDS", "ClauseIndex",
    "DECREASE", "EffectCue", "FAVORABLE", "HedgeIndex", "INCREASE", "MEASURED", "MILD_WORDS", "NEGATORS",
    "NOT_CUES", "NO_SUBJECT", "SAFETY_WORDS", "SHORTEN", "UNFAVORABLE", "clause_scope", "cue_kind", "defines",
    "effect_in_scope", "end_point_name", "hedge_in_scope", "in_composite", "is_harm_outcome", "modal_asked",
    "negation_of_trigger", "objective_in", "subjective_report",
    "p_verdict", "promise_for", "proposed_as_possible", "proposed_clause", "restated_subject", "states_result", "withdrawal_reason",
]
