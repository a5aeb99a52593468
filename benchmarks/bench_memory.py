"""Peak memory of ingest and extract on a small and a ten-times larger input: bounded memory means
the two peaks are about the same.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_memory.py [--ingest 3000,30000] [--extract 1000,4000] [--workers 2]

Inputs are invented records (tests/invented.py `write_corpus`; no real text). Each command runs as
`python -m pipeline ...` in its own process; reported per command: peak RSS of the main process,
and the peak over time of the whole process tree's RSS and PSS (proportional set
size: pages a forked pool shares with its parent counted once), sampled every 50 ms.

Extraction runs at ~150 documents per CPU-second per process, so the extract sizes default to
1,000 and 4,000 documents rather than 30,000 (about 3.5 minutes of both cores): memory there is
bounded by the partition size (2,000 documents; one partition in flight ahead of the one being
committed), not by the input; pass --extract 3000,30000 to see it on the full range.
`litmine extract` ends by rewriting relations_summary.parquet (pipeline.analysis loads the
documents, entities and relations tables whole); it is measured separately as "summary".
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
MiB = 1024 * 1024


def tree_memory(proc: psutil.Process) -> tuple[int, int, int]:
    """RSS of the main process, RSS and PSS summed over it and its descendants."""
    main = rss = pss = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            full = p.memory_full_info()
            rss, pss = rss + full.rss, pss + full.pss
            main = main or full.rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return main, rss, pss


def measure(cmd: list[str]) -> dict:
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = {"main": 0, "rss": 0, "pss": 0}
    done = threading.Event()

    def sample() -> None:
        ps = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                got = dict(zip(("main", "rss", "pss"), tree_memory(ps)))
            except psutil.NoSuchProcess:
                return
            peak.update({k: max(peak[k], v) for k, v in got.items()})
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    t = time.perf_counter()
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "main": peak["main"],
            "tree_rss": peak["rss"], "tree_pss": peak["pss"]}


def show(label: str, m: dict) -> None:
    print(f"{label:<34} {m['wall']:7.1f} s wall {m['cpu']:7.1f} s CPU   peak RSS main {m['main'] / MiB:6.0f} MiB"
          f"   tree RSS {m['tree_rss'] / MiB:6.0f} MiB   tree PSS {m['tree_pss'] / MiB:6.0f} MiB", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ingest", default="3000,30000", help="record counts to ingest")
    ap.add_argument("--extract", default="1000,4000", help="document counts to extract")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    from invented import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    py = [sys.executable, "-m", "pipeline"]
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; files in {tmp}")
    for n in [int(x) for x in args.ingest.split(",") if x]:
        xml = write_corpus(tmp / f"in-{n}.xml.gz", n)
        show(f"ingest {n:,} records", measure([*py, "ingest", str(xml), "--data", str(tmp / f"ingest-{n}"), "--quiet"]))
    for n in [int(x) for x in args.extract.split(",") if x]:
        xml = tmp / f"in-{n}.xml.gz"
        if not xml.exists():
            write_corpus(xml, n)
        data = tmp / f"extract-{n}"
        subprocess.run([*py, "ingest", str(xml), "--data", str(data), "--quiet"], env=ENV, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stage = ("import sys; from pathlib import Path; from pipeline.config import Settings; "
                 "from pipeline.extract import extract; "
                 f"r = extract(Settings(data_dir=Path({str(data)!r}), workers={args.workers}, quiet=True)); "
                 f"assert r.documents == {n}, r.as_dict()")
        show(f"extract {n:,} docs, {args.workers} workers", measure([sys.executable, "-c", stage]))
        summary = ("from pathlib import Path; from pipeline.analysis import write_relations_summary; "
                   f"write_relations_summary(Path({str(data)!r}))")
        show(f"summary of {n:,} docs", measure([sys.executable, "-c", summary]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
