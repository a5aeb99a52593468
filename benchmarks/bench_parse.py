"""PubMed XML parse throughput and memory, and ingest (parse + store) throughput.

    PYTHONPATH=$PWD python benchmarks/bench_parse.py [--records 30000] [--repeat 3]

1. parse ../shared/corpora/bench-pubmed-xml/bench-abstracts.xml.gz (3,380 real abstracts; skipped if absent),
   next to bare lxml iterparse of the same file (record elements only, cleared: the floor);
2. parse generated .xml.gz files of 3,000 and N (default 30,000) records made from our own fixture
   records (tests/fixtures/pubmed, PMIDs varied), each in a fresh subprocess, reporting peak RSS
   (ru_maxrss: libxml2's memory included) and tracemalloc's peak (Python objects only): flat memory
   means the 30k peak is about the 3k peak;
3. ingest the N-record file into an empty data folder (parse + Parquet store + ledger).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.fetch.pubmed_xml import iter_records  # noqa: E402

BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"
FIXTURES = [ROOT / "tests" / "fixtures" / "pubmed" / "pubmed99n0001.xml", ROOT / "tests" / "fixtures" / "pubmed" / "books.xml"]


def make_file(path: Path, n: int) -> Path:
    """n records cycled from our fixture files, each with its own PMID."""
    templates = []
    for f in FIXTURES:
        text = f.read_text("utf-8")
        templates += re.findall(r"<Pubmed(?:Book)?Article>.*?</Pubmed(?:Book)?Article>", text, flags=re.S)
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
            '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n')
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as out:
        out.write(head)
        for i in range(n):
            rec = templates[i % len(templates)]
            out.write(re.sub(r'(<PMID Version="\d+">)\d+(</PMID>)', rf"\g<1>{10_000_000 + i}\g<2>", rec, count=1))
            out.write("\n")
        out.write("</PubmedArticleSet>\n")
    return path


def parse_rate(path: Path, repeat: int) -> tuple[int, float, float]:
    """(records, best wall records/s, best CPU records/s)."""
    best_wall = best_cpu = float("inf")
    n = 0
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        n = sum(1 for _ in iter_records(path))
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return n, n / best_wall, n / best_cpu


def bare_rate(path: Path, repeat: int) -> float:
    """Best wall records/s of lxml iterparse alone, with the parser's options, chunk size and clearing."""
    from lxml import etree

    from pipeline.fetch.pubmed_xml import _CHUNK, _PARSER_OPTIONS, RECORD_TAGS
    best, n = float("inf"), 0
    for _ in range(repeat):
        w, n = time.perf_counter(), 0
        with gzip.open(path, "rb") as fh:
            for _, el in etree.iterparse(fh, events=("end",), tag=RECORD_TAGS, chunk_size=_CHUNK, **_PARSER_OPTIONS):
                n += 1
                el.clear(keep_tail=True)
                while el.getprevious() is not None:
                    del el.getparent()[0]
        best = min(best, time.perf_counter() - w)
    return n / best


def child(mode: str, path: str) -> None:
    """Run in a fresh process: print the peak memory of parsing `path` as JSON."""
    if mode == "rss":
        start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        n = sum(1 for _ in iter_records(path))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"records": n, "rss_start_mib": start / 1024, "rss_peak_mib": peak / 1024,
                          "rss_growth_mib": (peak - start) / 1024}))
    else:
        tracemalloc.start()
        n = sum(1 for _ in iter_records(path))
        _, peak = tracemalloc.get_traced_memory()
        print(json.dumps({"records": n, "tracemalloc_peak_mib": peak / 2**20}))


def measure_child(mode: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=30_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return

    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    if BENCH.exists():
        n, wall, cpu = parse_rate(BENCH, args.repeat)
        bare = bare_rate(BENCH, args.repeat)
        mem = measure_child("rss", BENCH)
        print(f"bench-abstracts.xml.gz: {n:,} records, parse {wall:,.0f} records/s (wall, best of {args.repeat}),"
              f" {cpu:,.0f} records/s (CPU); bare lxml iterparse {bare:,.0f} records/s (wall);"
              f" peak RSS {mem['rss_peak_mib']:.0f} MiB (+{mem['rss_growth_mib']:.1f} MiB over the interpreter)")
    else:
        print(f"skipped: {BENCH} is absent (the real-abstracts benchmark needs ../shared/corpora/bench-pubmed-xml)")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small = make_file(tmp / "gen-3000.xml.gz", 3_000)
        big = make_file(tmp / f"gen-{args.records}.xml.gz", args.records)
        print(f"generated files from our fixtures: {small.name} ({small.stat().st_size / 1e6:.1f} MB gz),"
              f" {big.name} ({big.stat().st_size / 1e6:.1f} MB gz)")
        for path in (small, big):
            n, wall, cpu = parse_rate(path, args.repeat)
            rss, tm = measure_child("rss", path), measure_child("tracemalloc", path)
            print(f"  {path.name}: {n:,} records, parse {wall:,.0f} records/s (wall), {cpu:,.0f}/s (CPU);"
                  f" peak RSS {rss['rss_peak_mib']:.1f} MiB (+{rss['rss_growth_mib']:.1f} MiB),"
                  f" tracemalloc peak {tm['tracemalloc_peak_mib']:.2f} MiB")

        from pipeline.config import Settings
        from pipeline.ingest import ingest_paths
        settings = Settings(data_dir=tmp / "data", quiet=True)
        result = ingest_paths([big], settings, progress=False)
        print(f"ingest (parse + store) of {big.name} into an empty data folder: {result.records:,} records in"
              f" {result.seconds:.1f} s = {result.records / result.seconds:,.0f} records/s"
              f" ({result.counts.new:,} new, {settings.buckets} buckets)")
    print("load average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
