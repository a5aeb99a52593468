"""What changed between two extractions: entity and relation rows only in one of two data folders.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/diff_tables.py DATA_A DATA_B [--show 10]

A developer's regression check: extract the same documents with two versions of the code (for
example the bench corpus, `litmine ingest ../shared/corpora/bench-pubmed-xml/bench-abstracts.xml.gz
--data A && litmine extract --data A`, once per checkout), then compare. Rows are compared on every
column except `pipeline_version` (which differs by design); floats are rounded to 3 places so that
a score's last bit does not count as a change. Prints, per table, how many rows each side alone
has, broken down by label (entities) or predicate (relations), and with --show the first N of
each side. Only documents extracted in both folders are compared; `--exclude FILE` (JSON lines
with a `pmid` field, such as a gold file kept for judging only) leaves those documents out.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.jsonl import read_jsonl  # noqa: E402
from pipeline.schema import ENTITIES, RELATIONS  # noqa: E402

SKIP = {"pipeline_version"}
GROUP = {"entities": "label", "relations": "predicate"}
BRIEF = {
    "entities": ["pmid", "start", "end", "text", "label", "concept_id", "source"],
    "relations": ["pmid", "predicate", "subject_text", "subject_id", "object_text", "object_id",
                  "effect", "negated", "hedged", "section"],
}


def _rows(folder: Path, table: str, columns: list[str]) -> list[dict]:
    path = folder / f"{table}.parquet"
    if not path.exists():
        raise SystemExit(f"error: {path} does not exist (run `litmine extract --data {folder}` first)")
    return pq.read_table(path, columns=columns).to_pylist()


def _key(row: dict) -> tuple:
    return tuple(round(v, 3) if isinstance(v, float) else v for v in row.values())


def extracted(folder: Path, rows: list[dict]) -> set[str]:
    """The documents extracted into `folder`: the extractions table's, so that a document that lost all its rows
    of a table still counts (without that table, those with rows)."""
    path = folder / "extractions.parquet"
    if path.exists():
        return set(pq.read_table(path, columns=["pmid"]).column("pmid").to_pylist())
    return {r["pmid"] for r in rows}


def diff(a: Path, b: Path, table: str, columns: list[str], show: int, exclude: set[str]) -> int:
    rows_a, rows_b = _rows(a, table, columns), _rows(b, table, columns)
    both = (extracted(a, rows_a) & extracted(b, rows_b)) - exclude
    keys_a = Counter(_key(r) for r in rows_a if r["pmid"] in both)
    keys_b = Counter(_key(r) for r in rows_b if r["pmid"] in both)
    only_a, only_b = keys_a - keys_b, keys_b - keys_a
    g = columns.index(GROUP[table])
    print(f"{table}: {sum(keys_a.values())} rows in A, {sum(keys_b.values())} in B over {len(both)} "
          f"documents; only in A {sum(only_a.values())}, only in B {sum(only_b.values())}")
    for side, only in (("A", only_a), ("B", only_b)):
        by = Counter()
        for k, n in only.items():
            by[k[g]] += n
        if by:
            print(f"  only in {side} by {GROUP[table]}: " + ", ".join(f"{k} {n}" for k, n in by.most_common()))
        brief = [columns.index(c) for c in BRIEF[table]]
        for k in sorted(only)[:show]:
            print(f"    {side}: " + " | ".join(str(k[i]) for i in brief))
    return sum(only_a.values()) + sum(only_b.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="data folder of the first extraction")
    ap.add_argument("b", type=Path, help="data folder of the second extraction")
    ap.add_argument("--show", type=int, default=0, help="print the first N differing rows of each side")
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="JSON-lines file whose pmids are left out (repeatable)")
    args = ap.parse_args(argv)
    exclude = {str(r["pmid"]) for f in args.exclude for r in read_jsonl(f)}
    changed = 0
    for table, schema in (("entities", ENTITIES), ("relations", RELATIONS)):
        changed += diff(args.a, args.b, table, [n for n in schema.names if n not in SKIP], args.show, exclude)
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
