"""Relation extraction between concept-normalised entities (SPEC section 3).

How it works, per document:
1. Segments: the Doc's sentences, cut again at newlines (title and sections never run together).
2. Candidates: for every object entity (ROUTE, NEUROTROPHIC_FACTOR, OUTCOME) the subjects of the
   right label in the same segment, nearest first. Dense segments (tables flattened into text)
   are capped: an object pairs with at most `max_subjects` subjects, within `max_distance`
   tokens, so the work per segment grows linearly with its entities, not quadratically.
3. Anaphora: an object whose segment names no treatment cell pairs with the antecedent cell:
   the latest treatment-cell mention in the `max_back` segments before it, else the document's
   focus cell (the most salient treatment cell). The pair records that it was resolved. Generic
   mentions (`stem cells`, `the cells` linked to cell:other) count as anaphors, not subjects.
4. Scoring: each candidate's features (distance, order, trigger words in its clause, cell kind,
   section, anaphora cues, ...) go through a logistic regression (`litmine train relations`,
   models/relations/model.json; trained on end-to-end and oracle entities, see relation_model);
   its Platt-calibrated probability is the row's `confidence`, and rows at or above the
   predicate's threshold are kept.
5. Attributes from cue lexicons with clause scope (pipeline.nlp.cues): effect, negated, hedged.
A cell whose own name says it secretes (`MSC-NTF cells`, `GDNF-secreting MSCs`) gets SECRETES too.

The package, in the order its modules build on one another:
`text` (token views, segments) -> `labels` (predicates, concept ids) -> `rows` (RelationMention, table
rows) -> `implied` (safety, primary end point, cells named for what they secrete) -> `focus` (the
document's treatment cell and factor) -> `lists` (lists and group anaphors) -> `features` (Candidate,
the scorer's features) -> the hard gates: `factor_readouts`, `factor_products`, `factor_roles`, `secretion`,
`pairing`, `segment_flags`, `outcome_roles`, `cell_measures`, `cell_roles`, `cell_sources`, `gates` -> `candidates` -> `overrides` (decisions after scoring) -> `attributes` (effect, negation,
hedge) -> `component` (RelationModel, the `litmine_relations` factory, RelationExtractor).
Importing the package registers the factory.
"""
from __future__ import annotations

from pipeline.nlp.relations.text import Segment, TokenOffsets, fast_text, segments, token_view
from pipeline.nlp.relations.labels import (ARGUMENT_LABELS, EFFECT_PREDICATES, LABEL_PREFIX, MSC_CELLS,
                                           NAMED_MSC_SOURCES, NATIVE_CELLS, OBJECT_LABELS, PREDICATES, cell_kind,
                                           concept_of, concepts_of)
from pipeline.nlp.relations.rows import RelationMention, iter_rows, relation_rows
from pipeline.nlp.relations.implied import argument_spans, implied_primary, implied_safety, name_secretes
from pipeline.nlp.relations.focus import focus_cell, focus_factor, given_natives
from pipeline.nlp.relations.lists import cell_lists, factor_lists
from pipeline.nlp.relations.features import TRIGGERS, Candidate, trigger_groups
from pipeline.nlp.relations.candidates import candidates
from pipeline.nlp.relations.attributes import mention
from pipeline.nlp.relations.component import DEFAULT_MODEL, RelationExtractor, RelationModel, make_relations

__all__ = [
    "ARGUMENT_LABELS", "DEFAULT_MODEL", "EFFECT_PREDICATES", "LABEL_PREFIX", "MSC_CELLS", "NAMED_MSC_SOURCES",
    "NATIVE_CELLS", "OBJECT_LABELS", "PREDICATES", "TRIGGERS", "Candidate", "RelationExtractor", "RelationMention",
    "RelationModel", "Segment", "TokenOffsets", "argument_spans", "candidates", "cell_kind", "cell_lists", "concept_of",
    "concepts_of", "factor_lists", "fast_text", "focus_cell", "focus_factor", "given_natives", "implied_primary",
    "implied_safety", "iter_rows", "make_relations", "mention", "name_secretes", "relation_rows", "segments",
    "token_view", "trigger_groups",
]
