"""The rows the tables would hold for one invented text, read through a pipeline (shared by the tests)."""
from __future__ import annotations

from pipeline.nlp.relations import relation_rows
from pipeline.nlp.tables import entity_rows


def entity_triples(nlp, text: str) -> list[tuple[str, str, str]]:
    """(text, label, concept_id) of every entity row, nested names included, as `entities.parquet` holds them."""
    doc = nlp(text)
    doc._.pmid = "1"
    return [(r["text"], r["label"], r["concept_id"]) for r in entity_rows(doc, "test")]


def relations_by_key(nlp, text: str) -> dict[tuple[str, str, str], dict]:
    """The relation rows keyed as the scorer compares them: (predicate, subject concept, object concept)."""
    doc = nlp(text)
    doc._.pmid = "1"
    return {(r["predicate"], r["subject_id"], r["object_id"]): r for r in relation_rows(doc, "test", text)}
