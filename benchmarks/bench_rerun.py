"""What a scheduled re-run costs when nothing is new: `litmine run --from FILE` twice, and
`litmine extract` on an up-to-date data folder.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_rerun.py [--repeat 3] [--generate N]

Input: ../shared/corpora/bench-pubmed-xml (3,380 abstracts) when present, else N invented records
(tests/invented.py). The first run ingests and extracts everything; every later run re-reads the
file, finds every record unchanged and nothing to extract. Reported: wall and CPU seconds of each
re-run, and the same minus the interpreter's bare start-up (`python -c pass`) and minus the
command line's start-up (`python -m pipeline --help`).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"
sys.path[:0] = [str(ROOT / "tests")]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(cmd: list[str], repeat: int) -> tuple[float, float]:
    runs = [timed(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--generate", type=int, default=0, help="use N invented records even if the corpus exists")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-rerun-"))
    if BENCH.exists() and not args.generate:
        xml = BENCH
        print(f"input: {BENCH.relative_to(ROOT.parent)}")
    else:
        from invented import write_corpus

        n = args.generate or 3000
        xml = write_corpus(tmp / "invented.xml.gz", n)
        print(f"input: {n:,} invented records (tests/invented.py)")
    data = tmp / "data"
    py = sys.executable
    run = [py, "-m", "pipeline", "run", "--from", str(xml), "--data", str(data), "--quiet"]
    extract = [py, "-m", "pipeline", "extract", "--data", str(data), "--quiet"]
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    wall, cpu = timed(run)
    print(f"first run (ingest + extract everything): {wall:.1f} s wall, {cpu:.1f} s CPU")
    bare = best([py, "-c", "pass"], args.repeat)
    cli = best([py, "-m", "pipeline", "--help"], args.repeat)
    print(f"start-up: python -c pass {bare[0]:.2f} s wall / {bare[1]:.2f} s CPU; "
          f"python -m pipeline --help {cli[0]:.2f} s / {cli[1]:.2f} s")
    for name, cmd in (("run --from FILE", run), ("extract", extract)):
        print(f"load average {os.getloadavg()[0]:.2f}")
        runs = [timed(cmd) for _ in range(args.repeat)]
        for wall, cpu in runs:
            print(f"re-run, nothing new: litmine {name}: {wall:.2f} s wall, {cpu:.2f} s CPU; beyond python start-up "
                  f"{wall - bare[0]:.2f} s wall / {cpu - bare[1]:.2f} s CPU; beyond `--help` {wall - cli[0]:.2f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
