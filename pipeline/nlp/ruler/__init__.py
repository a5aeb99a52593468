"""Rule recognition (`litmine_ruler`): vocabulary phrase patterns plus compositional rules.

The component (EntityRules, its factory `make_ruler` and the span keys) is in component.py; the
rules it runs live in the modules beside it, in import order:

- view.py: `TokenStrings`, the token strings read once per doc
- phrases.py: noun-phrase reading shared by the rules (measure heads, change verbs, `X of Y`)
- generic.py: names no vocabulary lists, by their shape (`generic_candidates`)
- outcome_context.py: end points licensed by a verb around them (`context_outcomes`)
- cell_names.py: how far a cell mention reaches (its source, the tissue before it, its product, motor-neuron end points)
- context_checks.py: one mention against the words beside it (`_in_context`)
- molecule_names.py: a cell or factor word inside a molecule's name (`in_molecule_name`)
- disease_names.py: a cell word inside a disease's name, made one DISEASE mention (`cell_disease_names`); a tumour's organ, kind or eponym kept in its name (`tumour_name_start`)
- sentence_filters.py: mentions against their sentence (`_drop_definitions`, `_by_sentence`)
- lists.py: lists of end points (`_coordinated`, `_shared_head`)

This module re-exports the names `pipeline.nlp.ruler` has always offered, private helpers
included, so that imports from before the split keep working.
"""
from pipeline.nlp.ruler.cell_names import GLUE_CANDIDATES, MADE_BY_SUFFIXES, _bare_ev
from pipeline.nlp.ruler.component import NESTED_KEY, RULES_KEY, EntityRules, make_ruler
from pipeline.nlp.ruler.context_checks import (CARE_NAMES, CARE_WORDS, CHANGED, DAMAGE_HEADS, SAFETY_BODIES,
                                               TISSUE_GAPS, _changed, _changed_after, _characteristic, _given_before)
from pipeline.nlp.ruler.generic import (_extends_with_of, _instrument_long_forms, _measured_name, generic_candidates,
                                        i_in_tail)
from pipeline.nlp.ruler.lists import CLASS_HEADS, IRREGULAR_CHANGES, WHERE_MEASURED
from pipeline.nlp.ruler.molecule_names import MOLECULE_HEADS, MOLECULE_MODIFIERS, in_molecule_name
from pipeline.nlp.ruler.outcome_context import (CHANGE_NOUNS, _COMPARED_STATES, _bare_onsets, _object_phrase,
                                                _stained_start, context_outcomes)
from pipeline.nlp.ruler.phrases import (_CHANGE_VERB, _PARTICIPLE, _STEM4, IMMUNE_COUNT_HEADS, _is_change_verb,
                                        _is_marker, _measure_head, _np_word, _of_object_end, _outcome_modifier,
                                        _short_form_at, _trim)
from pipeline.nlp.ruler.sentence_filters import MUSCLE_NOT_NERVE, _disease_pronoun, _has_pair
from pipeline.nlp.ruler.view import TokenStrings

__all__ = [
    "CARE_NAMES", "CARE_WORDS", "CHANGED", "CHANGE_NOUNS", "CLASS_HEADS", "DAMAGE_HEADS", "GLUE_CANDIDATES",
    "IMMUNE_COUNT_HEADS", "IRREGULAR_CHANGES", "MADE_BY_SUFFIXES", "MOLECULE_HEADS", "MOLECULE_MODIFIERS",
    "MUSCLE_NOT_NERVE", "NESTED_KEY", "RULES_KEY", "SAFETY_BODIES", "TISSUE_GAPS", "WHERE_MEASURED", "in_molecule_name",
    "EntityRules", "TokenStrings", "context_outcomes", "generic_candidates", "i_in_tail", "make_ruler",
    "_CHANGE_VERB", "_COMPARED_STATES", "_PARTICIPLE", "_STEM4", "_bare_ev", "_bare_onsets", "_changed",
    "_changed_after", "_characteristic", "_disease_pronoun", "_extends_with_of", "_given_before", "_has_pair",
    "_instrument_long_forms", "_is_change_verb", "_is_marker", "_measure_head", "_measured_name", "_np_word",
    "_object_phrase", "_of_object_end", "_outcome_modifier", "_short_form_at", "_stained_start", "_trim",
]
