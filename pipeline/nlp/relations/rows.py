"""What the stage hands on: `RelationMention` (one relation stated in a sentence, plain values so it
pickles) and the rows of the `relations` table built from `Doc._.relations` (pipeline.schema.RELATIONS).

Kept apart from the component so that writing tables needs no knowledge of how relations are found.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.nlp.relations.labels import EFFECT_PREDICATES
from pipeline.nlp.tokenizer import has_unicode_spaces


@dataclass
class RelationMention:
    """One sentence (or neighbouring sentences) stating a relation. Plain values only: pickles."""
    predicate: str
    subject_text: str
    subject_label: str
    subject_id: str
    subject_start: int
    subject_end: int
    object_text: str
    object_label: str
    object_id: str
    object_start: int
    object_end: int
    effect: str | None
    negated: bool
    hedged: bool
    confidence: float
    evidence_start: int
    evidence_end: int
    sentence: int
    section: str
    resolved: bool = False          # the subject is an antecedent in an earlier sentence
    effect_cue: str | None = None
    hedge_cue: str | None = None
    negation_cue: str | None = None
    evidence: str | None = None     # the evidence text, set at extraction (Doc.text costs a Token per token)


def relation_rows(doc: Doc, pipeline_version: str, text: str | None = None) -> list[dict]:
    """Doc._.relations as rows of pipeline.schema.RELATIONS. `text`: the text the doc was made from, where the
    caller has it; where the tokenizer read some of its Unicode spaces as plain ones, the rows' texts are
    sliced from it, so that they are the stored text's."""
    out = []
    stored = text if text is not None and has_unicode_spaces(text) else None
    doc_text = None     # Doc.text joins every token: only for mentions made without their evidence
    for m in doc._.relations or ():
        subject_text, object_text, evidence = m.subject_text, m.object_text, m.evidence
        if stored is not None:
            subject_text, object_text = stored[m.subject_start:m.subject_end], stored[m.object_start:m.object_end]
            evidence = stored[m.evidence_start:m.evidence_end]
        elif evidence is None:
            doc_text = doc.text if doc_text is None else doc_text
            evidence = doc_text[m.evidence_start:m.evidence_end]
        out.append({
            "pmid": doc._.pmid,
            "predicate": m.predicate,
            "subject_text": subject_text, "subject_label": m.subject_label, "subject_id": m.subject_id,
            "subject_start": m.subject_start, "subject_end": m.subject_end,
            "object_text": object_text, "object_label": m.object_label, "object_id": m.object_id,
            "object_start": m.object_start, "object_end": m.object_end,
            "effect": m.effect if m.predicate in EFFECT_PREDICATES else None,
            "negated": bool(m.negated), "hedged": bool(m.hedged), "confidence": float(m.confidence),
            "evidence": evidence,
            "evidence_start": m.evidence_start, "evidence_end": m.evidence_end,
            "section": m.section,
            "study_design": doc._.study_design,
            "species": doc._.species,
            "year": doc._.year,
            "pipeline_version": pipeline_version,
        })
    return out


def iter_rows(docs: Iterable[Doc], pipeline_version: str) -> Iterable[dict]:
    for doc in docs:
        yield from relation_rows(doc, pipeline_version)
