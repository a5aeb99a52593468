"""`litmine ingest`: local PubMed XML (efetch output, baseline and update files) -> documents table.

Files are streamed record by record and committed in batches (one store transaction each),
so a run can be killed at any point and re-run: records are keyed by pmid and only a newer
(date_revised, version) replaces a stored one, so nothing is duplicated or rolled back.

Order: the paths are taken in the order given; a folder is expanded recursively and its
.xml/.xml.gz files sorted by file name, so NLM's numbered baseline and update files
(pubmed25n0001 ... pubmed25n1400) apply in sequence. Order matters only for deletions, as a
newer revision wins whatever the order.

A malformed file is reported (file:line) and the other files are still ingested. What parsed
before the error in that file is kept: PubMed records are independent, and the file's
records up to the error are exactly as NLM sent them. A well-formed record that cannot be
read (no PMID, no Article) is reported the same way and skipped; the file goes on after it.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline import __version__
from pipeline.config import Settings
from pipeline.documents import Deletion, Document, ParseError
from pipeline.fetch.pubmed_xml import RECORD_SKIPPED, PubmedXMLError, iter_records
from pipeline.store.ledger import Ledger, stopped_by
from pipeline.store.tables import Store
from pipeline.store.upsert import BatchCounts, apply_batch

log = logging.getLogger(__name__)

SUFFIXES = (".xml", ".xml.gz")


@dataclass
class IngestResult:
    run_id: int
    files: list[str] = field(default_factory=list)
    records: int = 0
    counts: BatchCounts = field(default_factory=BatchCounts)
    errors: list[ParseError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def status(self) -> str:
        if not self.errors:
            return "ok"
        # failed: no file could be read to its end (a record skipped does not stop its file)
        stopped = {e.source for e in self.errors if not e.message.startswith(RECORD_SKIPPED)}
        return "failed" if len(stopped) >= len(self.files) else "partial"

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "ok" else 1

    def summary(self) -> str:
        c = self.counts
        rate = self.records / self.seconds if self.seconds > 0 else 0.0
        lines = [f"ingest run #{self.run_id}: {self.status} - {len(self.files)} file(s), {self.records:,} records"
                 f" in {self.seconds:.1f} s ({rate:,.0f} records/s)",
                 f"  new {c.new:,}  revised {c.revised:,}  unchanged {c.unchanged:,}  stale {c.stale:,}"
                 f"  deleted {c.deleted:,}"]
        if self.errors:
            files = len({e.source for e in self.errors})
            lines.append(f"  {len(self.errors)} error(s) in {files} file(s) (records before a file's error were kept):")
            lines += [f"    {e}" for e in self.errors]
        return "\n".join(lines)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders -> their .xml/.xml.gz files, recursively, sorted by file name."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)]
            if not found:
                log.warning("%s holds no .xml or .xml.gz files", path)
            out += sorted(found, key=lambda p: (p.name, str(p)))
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    if not out:
        raise ValueError("no PubMed XML files to ingest (expected .xml or .xml.gz files, or folders of them)")
    return out


def store_batch(store: Store, documents: list[Document], deletions: list[Deletion], *,
                ledger: Ledger | None = None, run_id: int | None = None, source: str | None = None) -> BatchCounts:
    """One store transaction: newer-only upsert of `documents`, removal of `deletions` from every
    table, and (after the commit) the deletions written to the ledger. Used by fetch as well."""
    with store.transaction() as txn:
        counts = apply_batch(store, txn, documents, deletions)
    if ledger is not None and counts.deleted_pmids:
        ledger.record_deletions(run_id, counts.deleted_pmids, source)
    return counts


def _until_error(records: Iterator[Document | Deletion], failed: list[Exception]) -> Iterator[Document | Deletion]:
    """The records up to a parse or read error, which is appended to `failed` instead of raised,
    so the batch in progress is still stored."""
    try:
        yield from records
    except (PubmedXMLError, OSError) as exc:
        failed.append(exc)


def _batches(records: Iterator[Document | Deletion], size: int) -> Iterator[tuple[list[Document], list[Deletion]]]:
    docs: list[Document] = []
    gone: list[Deletion] = []
    gone_ids: set[str] = set()
    for rec in records:
        if isinstance(rec, Deletion):
            gone.append(rec)
            gone_ids.add(rec.pmid)
        else:
            # A record that comes back after its deletion in the same batch: apply the deletion first,
            # since a batch applies deletions last.
            if rec.pmid in gone_ids:
                yield docs, gone
                docs, gone, gone_ids = [], [], set()
            docs.append(rec)
        if len(docs) + len(gone) >= size:
            yield docs, gone
            docs, gone, gone_ids = [], [], set()
    if docs or gone:
        yield docs, gone


def ingest_paths(paths: Iterable[str | Path], settings: Settings, *, ledger: Ledger | None = None,
                 store: Store | None = None, progress: bool | None = None,
                 batch_size: int | None = None) -> IngestResult:
    files = expand_paths(paths)
    store = store or Store(settings.data_dir, settings.buckets)
    ledger = ledger or Ledger(settings.data_dir)
    run_id = ledger.start("ingest", versions={"litmine": __version__})
    result = IngestResult(run_id=run_id, files=[str(f) for f in files])
    show = (not settings.quiet) if progress is None else progress
    bar = tqdm(total=None, unit=" records", disable=not show, dynamic_ncols=True, desc="ingest")
    started = time.perf_counter()
    try:
        for path in files:
            bar.set_postfix_str(path.name, refresh=False)
            failed: list[Exception] = []
            records = iter_records(path, on_bad_record=failed.append)
            for docs, gone in _batches(_until_error(records, failed), batch_size or settings.partition_size):
                result.counts.add(store_batch(store, docs, gone, ledger=ledger, run_id=run_id, source=path.name))
                result.records += len(docs) + len(gone)
                bar.update(len(docs) + len(gone))
            for exc in failed:
                if isinstance(exc, PubmedXMLError):
                    error = ParseError(str(path), exc.line, exc.message)
                else:
                    error = ParseError(str(path), None, f"cannot read: {exc}")
                result.errors.append(error)
                log.error("%s%s", error, "" if error.message.startswith(RECORD_SKIPPED)
                          else " (the records before it were kept)")
            ledger.update(run_id, counts=result.counts.as_dict())
    except BaseException as exc:
        result.seconds = time.perf_counter() - started
        status, error = stopped_by(exc)
        ledger.finish(run_id, status, counts=result.counts.as_dict(), summary=_summary(result), error=error)
        raise
    finally:
        bar.close()
    result.seconds = time.perf_counter() - started
    ledger.finish(run_id, result.status, counts=result.counts.as_dict(), summary=_summary(result),
                  error="; ".join(str(e) for e in result.errors) or None)
    return result


def _summary(result: IngestResult) -> dict:
    return {"files": len(result.files), "records": result.records,
            "errors": [str(e) for e in result.errors], "seconds": round(result.seconds, 2)}
