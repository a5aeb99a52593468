"""Jobs as the command line runs them: a stage function wrapped in a ledger run and a log file."""
from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path

from pipeline.config import Settings
from pipeline.extract import extract, write_summary
from pipeline.store.ledger import Ledger

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
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with log_to_file(settings.data_dir):
        ledger = Ledger(settings.data_dir)
        run_id = ledger.start("extract")
        try:
            result = extract(settings, full=full, ledger=ledger, run_id=run_id)
            write_summary(settings)
        except BaseException as exc:
            ledger.finish(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
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
