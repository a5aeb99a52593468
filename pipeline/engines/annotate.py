"""The unit of extraction work both engines run: documents-table rows in, table rows out.

Pure over (nlp, rows): no I/O, nothing global. A document that fails is reported by pmid and
left out, so it is neither marked extracted nor lost: the next run tries it again.
"""
from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by whoever builds the pipeline, not by readers of DOC_COLUMNS
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Columns of the documents table that extraction reads.
DOC_COLUMNS = ["pmid", "text", "sections", "publication_types", "mesh_terms", "year", "content_hash"]


@dataclass
class PartitionResult:
    entities: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    extractions: list[dict] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (pmid, message)

    def extend(self, other: "PartitionResult") -> None:
        self.entities += other.entities
        self.relations += other.relations
        self.extractions += other.extractions
        self.failures += other.failures


def make_doc(nlp: Language, row: dict) -> Doc:
    doc = nlp.make_doc(row["text"] or "")
    doc._.pmid = row["pmid"]
    doc._.sections = row.get("sections") or []
    doc._.publication_types = list(row.get("publication_types") or [])
    doc._.mesh_terms = list(row.get("mesh_terms") or [])
    doc._.year = row.get("year")
    return doc


def _rows_of(doc: Doc, row: dict, version: str, now: datetime) -> PartitionResult:
    from pipeline.nlp.relations import relation_rows
    from pipeline.nlp.tables import entity_rows

    # (the stored text: the doc's, but for the Unicode spaces its tokenizer reads as plain ones)
    ents = entity_rows(doc, version, row["text"] or "")
    rels = relation_rows(doc, version, row["text"] or "") if doc.has_extension("relations") and doc._.relations else []
    return PartitionResult(
        entities=ents, relations=rels,
        extractions=[{"pmid": row["pmid"], "content_hash": row["content_hash"], "pipeline_version": version,
                      "n_entities": len(ents), "n_relations": len(rels), "extracted_at": now}])


def annotate_rows(nlp: Language, rows: list[dict], version: str, batch_size: int = 64) -> PartitionResult:
    """Run the pipeline over documents-table rows; one failing document never sinks the batch."""
    out = PartitionResult()
    now = datetime.now(timezone.utc)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W036\].*")
        try:
            docs = nlp.pipe((make_doc(nlp, r) for r in rows), batch_size=batch_size)
            for row, doc in zip(rows, docs):
                out.extend(_rows_of(doc, row, version, now))
            return out
        except Exception:  # noqa: BLE001 - find the culprit document by document below
            log.warning("a batch of %d documents failed; retrying them one by one", len(rows))
        out = PartitionResult()
        for row in rows:
            try:
                doc = nlp(make_doc(nlp, row))
                out.extend(_rows_of(doc, row, version, now))
            except Exception as exc:  # noqa: BLE001 - reported by pmid, retried next run
                out.failures.append((row["pmid"], f"{type(exc).__name__}: {exc}"))
    return out
