"""The Dask engine with 1 and 2 workers (LocalCluster): docs/s excluding cluster start-up, and the ratio.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_dask.py [--limit N] [--repeat 2]

Input: ../shared/corpora/bench-pubmed-xml (3,380 abstracts) when present, else invented records
(tests/invented.py). The documents are read from a temporary data folder in partitions of 2,000,
as `litmine extract --engine dask` does, and run through `DaskEngine.map_partitions` (next
partition submitted while the current one is gathered). Cluster start-up (LocalCluster + every
worker importing spaCy and building the pipeline in its WorkerPlugin) is timed on its own. The 2
worker figure needs 2 free cores: the load average is printed with every figure.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--generate", type=int, default=0, help="use N invented records even if the corpus exists")
    args = ap.parse_args(argv)
    from pipeline.config import Settings
    from pipeline.engines.annotate import DOC_COLUMNS
    from pipeline.engines.dask import DaskEngine
    from pipeline.engines.spec import PipelineSpec
    from pipeline.ingest import ingest_paths
    from pipeline.store.tables import Store

    tmp = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    if BENCH.exists() and not args.generate:
        xml = BENCH
        print(f"input: {BENCH.relative_to(ROOT.parent)}")
    else:
        from invented import write_corpus

        xml = write_corpus(tmp / "invented.xml.gz", args.generate or 3000)
        print(f"input: {args.generate or 3000:,} invented records (tests/invented.py)")
    settings = Settings(data_dir=tmp / "data", quiet=True)
    ingest_paths([xml], settings, progress=False)
    rows = Store(settings.data_dir).read("documents", columns=DOC_COLUMNS).to_pylist()
    rows = rows[: args.limit] if args.limit else rows
    n, size = len(rows), settings.partition_size
    parts = [rows[i:i + size] for i in range(0, n, size)]
    rates = {}
    for workers in (1, 2):
        t = time.perf_counter()
        with DaskEngine(PipelineSpec(), workers=workers) as engine:
            startup = time.perf_counter() - t
            print(f"{workers} worker(s): cluster start-up incl. pipeline builds {startup:.1f} s")
            for i in range(args.repeat):
                load = os.getloadavg()[0]
                t = time.perf_counter()
                done = sum(len(r) for r, _ in engine.map_partitions(parts))
                wall = time.perf_counter() - t
                assert done == n
                rates.setdefault(workers, []).append(n / wall)
                print(f"  run {i + 1}: {n:,} docs in {wall:.1f} s = {n / wall:,.0f} docs/s (load average {load:.2f})")
    print(f"2 workers / 1 worker, best runs: {max(rates[2]) / max(rates[1]):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
