"""The extraction stage: documents not yet extracted by this pipeline version -> entities, relations.

Incremental by construction: the `extractions` table records (pmid, content_hash,
pipeline_version); a document is pending when its current content or the pipeline changed.
Each partition's entities, relations and extraction marks are published in ONE store
transaction, so a run killed at any moment resumes exactly where it stopped.
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from tqdm import tqdm

from pipeline.config import Settings
from pipeline.engines.annotate import DOC_COLUMNS
from pipeline.engines.spec import PipelineSpec
from pipeline.schema import ENTITIES, EXTRACTIONS, RELATIONS, to_table
from pipeline.store.ledger import Ledger
from pipeline.store.tables import Store

log = logging.getLogger(__name__)


@dataclass
class ExtractResult:
    pipeline_version: str
    documents: int = 0
    entities: int = 0
    relations: int = 0
    relations_by_predicate: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    startup: float = 0.0      # of `seconds`: building the pipeline and starting the engine's workers

    def as_dict(self) -> dict:
        return {"pipeline_version": self.pipeline_version, "documents": self.documents, "entities": self.entities,
                "relations": self.relations, "relations_by_predicate": self.relations_by_predicate,
                "failed": len(self.failures), "seconds": round(self.seconds, 2),
                "startup_seconds": round(self.startup, 2)}


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during extraction, saying what the committed partitions hold."""


def pending_pmids(store: Store, version: str, full: bool = False) -> list[str]:
    """Documents whose current content has not been extracted by `version` (all of them with full)."""
    docs = store.read("documents", columns=["pmid", "content_hash"])
    if full:
        return sorted(docs.column("pmid").to_pylist())
    done = store.read("extractions", columns=["pmid", "content_hash", "pipeline_version"])
    seen = {(p, h) for p, h, v in zip(*(done.column(c).to_pylist() for c in done.column_names)) if v == version}
    return sorted(p for p, h in zip(docs.column("pmid").to_pylist(), docs.column("content_hash").to_pylist())
                  if (p, h) not in seen)


def _partitions(store: Store, pmids: list[str], size: int) -> Iterator[list[dict]]:
    # Read from the current snapshot each time: older ones are collected as partitions commit.
    for i in range(0, len(pmids), size):
        yield store.read("documents", pmids=pmids[i:i + size], columns=DOC_COLUMNS).to_pylist()


# Below this many pending documents per extra process, a local pool costs more than it saves.
MIN_DOCS_PER_WORKER = 50


def make_engine(settings: Settings, spec: PipelineSpec, pending: int | None = None):
    if settings.engine == "dask":
        from pipeline.engines.dask import DaskEngine

        return DaskEngine(spec, scheduler=settings.scheduler, workers=settings.workers)
    from pipeline.engines.local import LocalEngine

    workers = settings.workers
    if pending is not None:
        workers = max(1, min(workers, pending // MIN_DOCS_PER_WORKER))
    return LocalEngine(spec, workers=workers)


def extract(settings: Settings, *, full: bool = False, ledger: Ledger | None = None,
            run_id: int | None = None) -> ExtractResult:
    started = time.perf_counter()
    store = Store(settings.data_dir, settings.buckets)
    spec = PipelineSpec(model=settings.model)
    result = ExtractResult(pipeline_version=spec.version)
    pmids = pending_pmids(store, spec.version, full)
    if not pmids:
        log.info("nothing to extract: every document is up to date for pipeline %s", spec.version)
        result.seconds = time.perf_counter() - started
        return result
    by_predicate: Counter[str] = Counter()
    # The engine starts before the progress bar: a forked pool then inherits no tqdm monitor thread.
    engine_started = time.perf_counter()
    bar: tqdm | None = None
    try:
        with make_engine(settings, spec, len(pmids)) as engine:
            result.startup = time.perf_counter() - engine_started
            log.info("extracting %d documents with pipeline %s (%s engine, %d worker%s)",
                     len(pmids), spec.version, settings.engine, engine.workers, "" if engine.workers == 1 else "s")
            bar = tqdm(total=len(pmids), unit="doc", desc="extract", disable=settings.quiet, smoothing=0.1)
            for rows, part in engine.map_partitions(_partitions(store, pmids, settings.partition_size)):
                failed = {p for p, _ in part.failures}
                done = [r["pmid"] for r in rows if r["pmid"] not in failed]
                with store.transaction() as txn:
                    txn.replace("entities", to_table(part.entities, ENTITIES), pmids=done)
                    txn.replace("relations", to_table(part.relations, RELATIONS), pmids=done)
                    txn.replace("extractions", to_table(part.extractions, EXTRACTIONS), pmids=done)
                result.documents += len(done)
                result.entities += len(part.entities)
                result.relations += len(part.relations)
                by_predicate.update(r["predicate"] for r in part.relations)
                result.failures += part.failures
                if part.failures and ledger is not None:
                    ledger.record_failures(run_id, "extract", part.failures)
                for pmid, message in part.failures:
                    log.error("document %s failed and is left for the next run: %s", pmid, message)
                bar.update(len(rows))
    except KeyboardInterrupt:
        # each committed partition is whole in the tables: say how much, on the one line the CLI prints
        raise Interrupted(f"{result.documents} of {len(pmids)} documents were extracted and are kept;"
                          f" run again to extract the other {len(pmids) - result.documents}") from None
    finally:
        if bar is not None:  # an interrupted bar ends its line, so the message after it starts a new one
            bar.close()
    result.relations_by_predicate = dict(sorted(by_predicate.items()))
    result.seconds = time.perf_counter() - started
    return result


# pipeline.analysis.SUMMARY_FILE, named here so that a run with nothing new does not import pandas
SUMMARY_FILE = "relations_summary.parquet"


def write_summary(settings: Settings, *, force: bool = False):
    """relations_summary.parquet from the current relations and documents (see pipeline.analysis).

    Skipped when the file is newer than the store's last commit: nothing it is made from changed
    (a re-run with nothing new then costs no pandas import and no table scan)."""
    store = Store(settings.data_dir, settings.buckets)
    target = settings.data_dir / SUMMARY_FILE
    committed = store.committed_ns()
    if not force and committed is not None and target.exists() and target.stat().st_mtime_ns > committed:
        return target
    from pipeline.analysis import write_relations_summary

    before = store.version()
    path = write_relations_summary(settings.data_dir)
    if store.version() != before:  # a commit landed while it was computed: mark it stale for the next run
        os.utime(path, ns=(0, 0))
    return path
