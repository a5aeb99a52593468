"""Apply a batch of parsed records and deletions to the documents table.

A record replaces the stored row only when it is newer: (date_revised, version) is greater,
or equal with different content (the later source wins a tie). Deletions remove the pmid
from every table. Both happen in the caller's transaction, so a batch lands whole or not.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from pipeline.documents import Deletion, Document
from pipeline.schema import DOCUMENTS, to_table
from pipeline.store.tables import Store, Transaction


@dataclass
class BatchCounts:
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    stale: int = 0          # older than the stored row: ignored
    deleted: int = 0
    deleted_pmids: list[str] = field(default_factory=list)
    changed_pmids: list[str] = field(default_factory=list)

    def add(self, other: "BatchCounts") -> None:
        for name in ("new", "revised", "unchanged", "stale", "deleted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.deleted_pmids += other.deleted_pmids
        self.changed_pmids += other.changed_pmids

    def as_dict(self) -> dict:
        return {"new": self.new, "revised": self.revised, "unchanged": self.unchanged,
                "stale": self.stale, "deleted": self.deleted}


def _key(revised: date | None, version: int | None) -> tuple:
    return (revised or date.min, version or 1)


def apply_batch(store: Store, txn: Transaction, documents: Iterable[Document],
                deletions: Iterable[Deletion] = ()) -> BatchCounts:
    counts = BatchCounts()
    latest: dict[str, Document] = {}
    for doc in documents:  # a versioned duplicate in one batch: keep the newest, later wins ties
        seen = latest.get(doc.pmid)
        if seen is None or _key(doc.date_revised, doc.version) >= _key(seen.date_revised, seen.version):
            latest[doc.pmid] = doc
    stored = {}
    if latest:
        old = store.read("documents", pmids=latest, columns=["pmid", "date_revised", "version", "content_hash"])
        stored = {r["pmid"]: r for r in old.to_pylist()}
    now = datetime.now(timezone.utc)
    rows = []
    for pmid, doc in latest.items():
        row = doc.to_row()
        prev = stored.get(pmid)
        if prev is None:
            counts.new += 1
        else:
            new_key, old_key = _key(doc.date_revised, doc.version), _key(prev["date_revised"], prev["version"])
            if new_key < old_key:
                counts.stale += 1
                continue
            if row["content_hash"] == prev["content_hash"]:
                counts.unchanged += 1
                continue
            counts.revised += 1
        row["updated_at"] = now
        rows.append(row)
        counts.changed_pmids.append(pmid)
    if rows:
        txn.replace("documents", to_table(rows, DOCUMENTS))
    gone = sorted({d.pmid for d in deletions})
    if gone:
        txn.delete(gone)
        counts.deleted = len(gone)
        counts.deleted_pmids = gone
    return counts
