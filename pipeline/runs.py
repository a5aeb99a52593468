"""Jobs as the command line runs them: a stage function wrapped in a ledger run and a log file."""
from __future__ import annotations

import json
import logging
import time
from contextlib import contextmanager
from pathlib import Path

from pipeline.config import Settings
from pipeline.extract import extract, write_summary
from pipeline.store.ledger import Ledger, stopped_by
from pipeline.store.tables import check_data_dir

log = logging.getLogger(__name__)


@contextmanager
def log_to_file(data_dir: Path):
    """Everything logged during a job also goes to data/logs/litmine.log."""
    (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(data_dir / "logs" / "litmine.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()


def run_extract(settings: Settings, *, full: bool = False) -> int:
    check_data_dir(settings.data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with log_to_file(settings.data_dir):
        ledger = Ledger(settings.data_dir)
        run_id = ledger.start("extract")
        try:
            result = extract(settings, full=full, ledger=ledger, run_id=run_id)
            write_summary(settings)
        except BaseException as exc:
            status, error = stopped_by(exc)
            ledger.finish(run_id, status, error=error)
            raise
        status = "partial" if result.failures else "ok"
        ledger.update(run_id, versions={"pipeline": result.pipeline_version})
        ledger.finish(run_id, status, counts=result.as_dict())
    print(f"extracted {result.documents} documents: {result.entities} entities, {result.relations} relations"
          f" {json.dumps(result.relations_by_predicate)} in {result.seconds:.1f}s (pipeline {result.pipeline_version})")
    if result.failures:
        print(f"{len(result.failures)} documents failed and are left for the next run: "
              + ", ".join(p for p, _ in result.failures[:20]))
        return 1
    return 0


def run_job(settings: Settings, *, query: str | None = None, from_paths: list[str] | None = None,
            full: bool = False) -> int:
    """`litmine run`: fetch new and revised records since the last run (or ingest files), then
    extract whatever is new or changed; a summary goes to the ledger and the screen."""
    from pipeline.fetch.fetcher import IncompleteFetch, run_fetch
    from pipeline.ingest import ingest_paths

    check_data_dir(settings.data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with log_to_file(settings.data_dir):
        ledger = Ledger(settings.data_dir)
        label = None if from_paths else (query or settings.query)
        run_id = ledger.start("run", query=label)
        durations: dict[str, float] = {}
        status, code = "ok", 0
        problems: list[str] = []  # what failed, for the summary line and the ledger
        try:
            t0 = time.perf_counter()
            if from_paths:
                got = ingest_paths(from_paths, settings, ledger=ledger)
                counts = got.counts
                if got.errors:  # ingest has logged each already
                    status, code = "partial", 1
                    problems += [str(error) for error in got.errors]
            else:
                try:
                    counts = run_fetch(settings, query=label, since_last=True).counts
                except IncompleteFetch as exc:  # what came back is stored: extract it, report the rest
                    log.error("%s", exc)
                    counts = exc.outcome.counts
                    status, code = "partial", 1
                    problems.append(str(exc))
            durations["fetch" if not from_paths else "ingest"] = round(time.perf_counter() - t0, 2)
            t1 = time.perf_counter()
            result = extract(settings, full=full, ledger=ledger, run_id=run_id)
            write_summary(settings)
            durations["extract"] = round(time.perf_counter() - t1, 2)
        except BaseException as exc:
            status, error = stopped_by(exc)
            ledger.finish(run_id, status, error=error)
            raise
        if result.failures:
            status, code = "partial", 1
            problems.append(f"{len(result.failures)} documents failed extraction and are left for the next run: "
                            + ", ".join(p for p, _ in result.failures[:20]))
        summary = {"documents": {"new": counts.new, "revised": counts.revised, "deleted": counts.deleted,
                                 "unchanged": counts.unchanged},
                   "extracted": result.documents, "failed": len(result.failures),
                   "new_relations": result.relations_by_predicate, "seconds": durations}
        ledger.update(run_id, versions={"pipeline": result.pipeline_version})
        ledger.finish(run_id, status, counts=result.as_dict(), summary=summary, error="; ".join(problems) or None)
    d = summary["documents"]
    print(f"run #{run_id} {status}: documents new {d['new']}, revised {d['revised']}, deleted {d['deleted']};"
          f" extracted {result.documents} ({result.entities} entities, {result.relations} relations"
          f" {json.dumps(result.relations_by_predicate)}); seconds {json.dumps(durations)}")
    for problem in problems:
        print(f"  failed: {problem}")
    return code
