"""Atomic, incremental Parquet tables in the data folder.

Layout (every table is a dataset folder of bucket files, rows bucketed by pmid):

    data/documents.parquet -> .store/current/documents     (relative symlinks, made once)
    data/entities.parquet  -> .store/current/entities
    data/.store/current    -> v00000007                    (swapped atomically on commit)
    data/.store/v00000007/documents/part-00.parquet ... part-15.parquet

A commit writes a new version folder: buckets it touches are rewritten, the others are
hard links to the previous version's files (no copying), then one `rename()` of the
`current` symlink publishes every table at once. A run killed at any moment leaves the
previous version readable and intact; readers that resolved `current` before the swap
keep reading a consistent snapshot. Replacing rows is keyed by pmid, so re-running a
batch never duplicates rows.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import zlib
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.schema import TABLES, conform

log = logging.getLogger(__name__)

STORE = ".store"
CURRENT = "current"
MANIFEST = "_manifest.json"

# Row order inside a bucket file: deterministic, so two engines write identical tables.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["pmid"],
    "entities": ["pmid", "start", "end", "label"],
    "relations": ["pmid", "evidence_start", "subject_start", "object_start", "predicate"],
    "extractions": ["pmid"],
}


def bucket_of(pmid: str, buckets: int) -> int:
    return int(pmid) % buckets if pmid.isdigit() else zlib.crc32(pmid.encode("utf-8")) % buckets


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


class DataFolderError(ValueError):
    """The data folder cannot be used as it is (not a folder, a corrupt snapshot or ledger); the
    message names the path at fault. `litmine` reports it and exits with status 2."""


def check_data_dir(data_dir: Path) -> None:
    if data_dir.exists() and not data_dir.is_dir():
        raise DataFolderError(f"data folder {data_dir} is a file, not a folder; pass --data DIR (or LITMINE_DATA)")


@dataclass
class _Pending:
    add: list[pa.Table] = field(default_factory=list)
    remove: set[str] = field(default_factory=set)


class Store:
    """The tables of one data folder. Cheap to create; holds no open files."""

    def __init__(self, data_dir: str | os.PathLike, buckets: int = 16):
        self.data_dir = Path(data_dir)
        check_data_dir(self.data_dir)
        self.root = self.data_dir / STORE
        manifest = self._manifest()
        # The bucket count is fixed when a store is created; a different setting later is ignored.
        self.buckets = int(manifest.get("buckets", buckets)) if manifest else buckets

    # ---- reading ----
    def current(self) -> Path | None:
        link = self.root / CURRENT
        if not link.is_symlink():
            return None
        return self.root / os.readlink(link)

    def _manifest(self) -> dict:
        cur = self.current()
        if cur is None:
            return {}
        if not cur.is_dir():
            raise DataFolderError(f"{self.root / CURRENT} points at {cur}, which is gone: the tables' current "
                                  "snapshot is lost; restore it from a backup or start a new data folder")
        path = cur / MANIFEST
        if not path.exists():
            return {}
        try:
            manifest = json.loads(path.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DataFolderError(f"{path}: corrupt snapshot manifest ({exc})") from None
        if not isinstance(manifest, dict):
            raise DataFolderError(f"{path}: corrupt snapshot manifest (not a JSON object)")
        return manifest

    def version(self) -> int:
        return int(self._manifest().get("version", 0))

    def committed_ns(self) -> int | None:
        """When the current version was committed (its manifest's mtime, ns); None before any commit."""
        cur = self.current()
        try:
            return (cur / MANIFEST).stat().st_mtime_ns if cur is not None else None
        except FileNotFoundError:
            return None

    def read(self, table: str, pmids: Iterable[str] | None = None, columns: list[str] | None = None,
             snapshot: Path | None = None) -> pa.Table:
        """The table's rows (optionally only those of `pmids`), with the schema's columns."""
        schema = TABLES[table]
        if snapshot is not None and not snapshot.exists():
            raise FileNotFoundError(f"snapshot {snapshot} is gone (collected after newer commits)")
        base = snapshot or self.current()
        folder = base / table if base else None
        if folder is None or not folder.exists():
            out = schema.empty_table()
            return out.select(columns) if columns else out
        dataset = ds.dataset(folder, format="parquet")
        flt = None
        if pmids is not None:
            flt = pc.field("pmid").isin(pa.array(sorted(set(pmids)), pa.string()))
        present = set(dataset.schema.names)
        cols = [c for c in (columns or schema.names) if c in present]
        got = conform(dataset.to_table(columns=cols, filter=flt), schema)
        return got.select(columns) if columns else got

    def pmids(self, table: str) -> set[str]:
        return set(self.read(table, columns=["pmid"]).column("pmid").to_pylist())

    def count(self, table: str) -> int:
        cur = self.current()
        if cur is None or not (cur / table).exists():
            return 0
        return ds.dataset(cur / table, format="parquet").count_rows()

    # ---- writing ----
    @contextmanager
    def transaction(self):
        """Changes made inside are published together on exit, or not at all on an exception."""
        txn = Transaction(self)
        yield txn
        txn.commit()

    @contextmanager
    def _lock(self):
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _publish(self, pending: dict[str, _Pending]) -> int:
        with self._lock():
            old = self.current()
            old_manifest = self._manifest()
            version = int(old_manifest.get("version", 0)) + 1
            new = self.root / f"v{version:08d}"
            if new.exists():  # left over by a killed commit
                shutil.rmtree(new)
            new.mkdir(parents=True)
            counts: dict[str, int] = {}
            for table, schema in TABLES.items():
                (new / table).mkdir()
                change = pending.get(table)
                by_bucket: dict[int, _Pending] = defaultdict(_Pending)
                if change:
                    for pmid in change.remove:
                        by_bucket[bucket_of(pmid, self.buckets)].remove.add(pmid)
                    for part in change.add:
                        if part.num_rows == 0:
                            continue
                        ids = part.column("pmid").to_pylist()
                        idx = pa.array([bucket_of(p, self.buckets) for p in ids], pa.int32())
                        for b in set(idx.to_pylist()):
                            by_bucket[b].add.append(part.filter(pc.equal(idx, b)))
                for b in range(self.buckets):
                    name = f"part-{b:02d}.parquet"
                    src = old / table / name if old else None
                    if b not in by_bucket and src is not None and src.exists():
                        os.link(src, new / table / name)
                        continue
                    base = pq.read_table(src, schema=schema) if src is not None and src.exists() else schema.empty_table()
                    change_b = by_bucket.get(b, _Pending())
                    drop = change_b.remove | {p for t in change_b.add for p in t.column("pmid").to_pylist()}
                    if drop:
                        base = base.filter(pc.invert(pc.is_in(base.column("pmid"), pa.array(sorted(drop), pa.string()))))
                    merged = pa.concat_tables([base, *change_b.add]) if change_b.add else base
                    merged = merged.sort_by([(k, "ascending") for k in SORT_KEYS[table]])
                    _write_parquet(merged, new / table / name)
                counts[table] = sum(pq.ParquetFile(p).metadata.num_rows for p in (new / table).glob("*.parquet"))
                _fsync_dir(new / table)
            (new / MANIFEST).write_text(json.dumps({"version": version, "buckets": self.buckets, "rows": counts}))
            _fsync_dir(new)
            tmp = self.root / f"{CURRENT}.tmp-{os.getpid()}"
            if tmp.is_symlink() or tmp.exists():
                tmp.unlink()
            os.symlink(new.name, tmp)
            os.replace(tmp, self.root / CURRENT)  # the commit point
            _fsync_dir(self.root)
            self._link_tables()
            self._collect_garbage(keep={new.name, old.name if old else ""})
            return version

    def _link_tables(self) -> None:
        for table in TABLES:
            link = self.data_dir / f"{table}.parquet"
            if link.is_symlink():
                continue
            if link.exists():
                raise FileExistsError(f"{link} exists and is not litmine's table link; move it away")
            os.symlink(Path(STORE) / CURRENT / table, link)

    def _collect_garbage(self, keep: set[str]) -> None:
        # The previous version is kept for readers that resolved `current` just before the swap.
        for path in self.root.glob("v*"):
            if path.is_dir() and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)


class Transaction:
    def __init__(self, store: Store):
        self.store = store
        self.pending: dict[str, _Pending] = defaultdict(_Pending)

    def replace(self, table: str, rows: pa.Table, pmids: Iterable[str] | None = None) -> None:
        """Every existing row of the given pmids (default: those in `rows`) is replaced by `rows`.

        Passing pmids that have no rows in `rows` clears them (e.g. a re-extracted document
        that no longer has relations)."""
        rows = conform(rows, TABLES[table])
        change = self.pending[table]
        if change.add and rows.num_rows:  # a later replace of the same pmid supersedes an earlier one
            newer = pc.unique(rows.column("pmid"))
            change.add = [t.filter(pc.invert(pc.is_in(t.column("pmid"), newer))) for t in change.add]
        change.add.append(rows)
        if pmids is not None:
            change.remove.update(pmids)

    def delete(self, pmids: Iterable[str], tables: Iterable[str] | None = None) -> None:
        pmids = set(pmids)
        gone = pa.array(sorted(pmids), pa.string())
        for table in tables or TABLES:
            change = self.pending[table]
            change.remove.update(pmids)
            change.add = [t.filter(pc.invert(pc.is_in(t.column("pmid"), gone))) for t in change.add]

    def commit(self) -> int | None:
        if not any(c.add or c.remove for c in self.pending.values()):
            return None
        version = self.store._publish(dict(self.pending))
        self.pending.clear()
        return version
