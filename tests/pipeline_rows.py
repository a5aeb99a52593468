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


def top_level_texts(nlp, text: str, label: str) -> list[str]:
    """The text of each `doc.ents` span of that label: the names the pipeline settled on, nested ones left out."""
    return [e.text for e in nlp(text).ents if e.label_ == label]
