"""The run ledger: one SQLite file in the data folder recording every fetch, ingest, extract and run.

It answers "where did the last successful fetch of this query end" (--since-last), keeps
deletions and per-document failures, and feeds `litmine status`. It never holds the API key.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    command TEXT NOT NULL,
    query TEXT,
    datetype TEXT,
    window_start TEXT,
    window_end TEXT,
    status TEXT NOT NULL,            -- running | ok | partial | failed | interrupted
    started TEXT NOT NULL,
    ended TEXT,
    counts TEXT,                     -- JSON
    versions TEXT,                   -- JSON
    summary TEXT,                    -- JSON
    error TEXT,
    pid INTEGER,
    host TEXT
);
CREATE INDEX IF NOT EXISTS runs_by_query ON runs(command, query, status);
CREATE TABLE IF NOT EXISTS deletions (
    pmid TEXT NOT NULL, run_id INTEGER, source TEXT, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    pmid TEXT NOT NULL, run_id INTEGER, stage TEXT NOT NULL, message TEXT, at TEXT NOT NULL
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Run:
    id: int
    command: str
    query: str | None
    datetype: str | None
    window_start: str | None
    window_end: str | None
    status: str
    started: str
    ended: str | None
    counts: dict
    versions: dict
    summary: dict
    error: str | None


class Ledger:
    def __init__(self, data_dir: str | Path):
        from pipeline.store.tables import DataFolderError, check_data_dir

        check_data_dir(Path(data_dir))
        self.path = Path(data_dir) / "ledger.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with closing(self._connect()) as db, db:
                db.executescript(SCHEMA)
        except sqlite3.OperationalError as exc:  # locked, unreadable, a folder of that name ...
            raise DataFolderError(f"{self.path}: cannot open the run ledger ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise DataFolderError(f"{self.path}: not a usable run ledger ({exc}); move it away and a new,"
                                  " empty one is made on the next run (the tables are kept)") from None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        return db

    def start(self, command: str, *, query: str | None = None, datetype: str | None = None,
              window_start: str | None = None, window_end: str | None = None,
              versions: dict | None = None) -> int:
        with closing(self._connect()) as db, db:
            self._mark_interrupted(db)
            cur = db.execute(
                "INSERT INTO runs(command, query, datetype, window_start, window_end, status, started, versions,"
                " pid, host) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)",
                (command, query, datetype, window_start, window_end, _now(), json.dumps(versions or {}),
                 os.getpid(), socket.gethostname()))
            return int(cur.lastrowid)

    @staticmethod
    def _mark_interrupted(db: sqlite3.Connection) -> None:
        """Runs still 'running' whose process is gone (killed, machine rebooted) become 'interrupted'."""
        for row in db.execute("SELECT id, pid, host FROM runs WHERE status = 'running'").fetchall():
            if not _gone(row):
                continue
            db.execute("UPDATE runs SET status = 'interrupted', error = 'the process ended without finishing'"
                       " WHERE id = ?", (row["id"],))

    def update(self, run_id: int, **fields: Any) -> None:
        allowed = {"window_start", "window_end", "counts", "summary", "versions", "status", "error"}
        sets, values = [], []
        for key, value in fields.items():
            if key not in allowed:
                raise ValueError(f"unknown ledger field {key}")
            sets.append(f"{key} = ?")
            values.append(json.dumps(value) if isinstance(value, (dict, list)) else value)
        with closing(self._connect()) as db, db:
            db.execute(f"UPDATE runs SET {', '.join(sets)} WHERE id = ?", (*values, run_id))

    def finish(self, run_id: int, status: str, *, counts: dict | None = None, summary: dict | None = None,
               error: str | None = None) -> None:
        with closing(self._connect()) as db, db:
            db.execute("UPDATE runs SET status = ?, ended = ?, counts = COALESCE(?, counts),"
                       " summary = COALESCE(?, summary), error = ? WHERE id = ?",
                       (status, _now(), json.dumps(counts) if counts is not None else None,
                        json.dumps(summary) if summary is not None else None, error, run_id))

    def last_successful(self, command: str, query: str | None) -> Run | None:
        return next(iter(self.successful(command, query)), None)

    def successful(self, command: str, query: str | None) -> list[Run]:
        """The `ok` runs of `command` for `query`, newest first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM runs WHERE command = ? AND query IS ? AND status = 'ok'"
                              " ORDER BY id DESC", (command, query)).fetchall()
        return [_run(r) for r in rows]

    def recent(self, limit: int = 20, live: bool = False) -> list[Run]:
        """The latest runs, newest first. With `live`, a 'running' run whose process is gone (killed)
        reads as interrupted at once, without writing (the next start() records it so)."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_run(r, interrupted=live and r["status"] == "running" and _gone(r)) for r in rows]

    def record_deletions(self, run_id: int | None, pmids: list[str], source: str | None) -> None:
        at = _now()
        with closing(self._connect()) as db, db:
            db.executemany("INSERT INTO deletions(pmid, run_id, source, at) VALUES (?, ?, ?, ?)",
                           [(p, run_id, source, at) for p in pmids])

    def deletions(self) -> list[tuple[str, int, str]]:
        with closing(self._connect()) as db:
            return [tuple(r) for r in db.execute("SELECT pmid, run_id, source FROM deletions ORDER BY rowid")]

    def record_failures(self, run_id: int | None, stage: str, failures: list[tuple[str, str]]) -> None:
        at = _now()
        with closing(self._connect()) as db, db:
            db.executemany("INSERT INTO failures(pmid, run_id, stage, message, at) VALUES (?, ?, ?, ?, ?)",
                           [(p, run_id, stage, m, at) for p, m in failures])

    def failures(self, run_id: int | None = None) -> list[tuple[str, str, str]]:
        sql = "SELECT pmid, stage, message FROM failures"
        args: tuple = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            args = (run_id,)
        with closing(self._connect()) as db:
            return [tuple(r) for r in db.execute(sql + " ORDER BY rowid", args)]


def _gone(row: sqlite3.Row) -> bool:
    """Whether a 'running' run's process has ended (killed, machine rebooted); unknown counts as alive."""
    if row["host"] != socket.gethostname() or row["pid"] is None:
        return False
    try:
        os.kill(row["pid"], 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def stopped_by(exc: BaseException) -> tuple[str, str]:
    """The status and error of a run that `exc` ended: Ctrl-C (SIGINT) is `interrupted`, as a killed
    run is, not `failed`; its message, if any, says what was kept."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", f"interrupted: {exc}" if str(exc) else "interrupted"
    return "failed", f"{type(exc).__name__}: {exc}"


def _run(row: sqlite3.Row, interrupted: bool = False) -> Run:
    return Run(id=row["id"], command=row["command"], query=row["query"], datetype=row["datetype"],
               window_start=row["window_start"], window_end=row["window_end"],
               status="interrupted" if interrupted else row["status"],
               started=row["started"], ended=row["ended"], counts=json.loads(row["counts"] or "{}"),
               versions=json.loads(row["versions"] or "{}"), summary=json.loads(row["summary"] or "{}"),
               error="the process ended without finishing" if interrupted else row["error"])
