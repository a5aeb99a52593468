"""Extraction throughput: the full pipeline (entities + relations) at 1 and 2 processes.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_extract.py [--repeat 2] [--limit N] [--chunks 50,100,250]

Input: ../shared/corpora/bench-pubmed-xml (3,380 real abstracts), ingested into a temporary data
folder; when it is absent, invented records from tests/invented.py (`--generate N`, default 3,000).
Figures, each with wall and CPU time (CPU includes the pool's processes; on a shared machine CPU
time is the steadier figure, and the 2-process wall figure needs 2 free cores: the load average
is printed before every measurement):

- the floor: scispaCy's tokenizer alone on the same texts;
- pipeline start-up: importing spaCy and building the pipeline, on its own;
- in one process, no store: entities only (relations=False) against the full pipeline, and, inside
  each full run, the CPU time the relation stage itself took (its share of that run: unlike two
  separate runs, one run's share does not move with the machine's load between runs);
- `extract --full` end to end (store reads and commits included) with workers=1 and workers=2,
  docs/s both including and excluding the engine's start-up;
- with --chunks: the 2-process pool alone over in-memory partitions, per chunk size.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpora" / "bench-pubmed-xml" / "bench-abstracts.xml.gz"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def load() -> str:
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


class Clock:
    """Wall and CPU seconds of this process and of the children it has waited for."""

    def __enter__(self) -> "Clock":
        self.w0, self.t0 = time.perf_counter(), os.times()
        return self

    def __exit__(self, *exc) -> None:
        t1 = os.times()
        self.wall = time.perf_counter() - self.w0
        self.cpu = sum(t1[:4]) - sum(self.t0[:4])

    def rate(self, n: int, minus: float = 0.0) -> str:
        return f"{n / max(self.wall - minus, 1e-9):,.0f} docs/s wall, {n / max(self.cpu, 1e-9):,.0f} docs/CPU-s"


def timed_stage(nlp, name: str) -> list[float]:
    """Count the CPU seconds of the relation stage into the returned one-item list: pipe `name`
    inside `nlp.pipe` (spaCy streams documents through a component's own `pipe` when it has one:
    this one times the component's call on each document) and the relation table's rows
    (`relation_rows`, which annotate_rows looks up on its module at every call)."""
    import pipeline.nlp.relations as relations_mod

    proc, spent = nlp.get_pipe(name), [0.0]
    rows_of = relations_mod.relation_rows

    def pipe(docs, **_):
        for doc in docs:
            t = time.process_time()
            doc = proc(doc)
            spent[0] += time.process_time() - t
            yield doc

    def relation_rows(*args, **kwargs):
        t = time.process_time()
        try:
            return rows_of(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - t
    proc.pipe = pipe
    relations_mod.relation_rows = relation_rows
    return spent


def corpus(args, tmp: Path) -> Path:
    if BENCH.exists() and not args.generate:
        print(f"input: {BENCH.relative_to(ROOT.parent)}")
        return BENCH
    from invented import write_corpus

    n = args.generate or 3000
    print(f"input: ../shared/corpora/bench-pubmed-xml is absent: {n:,} invented records (tests/invented.py)")
    return write_corpus(tmp / "invented.xml.gz", n)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2, help="runs of each end-to-end measurement")
    ap.add_argument("--limit", type=int, default=0, help="at most N documents")
    ap.add_argument("--generate", type=int, default=0, help="use N invented records even if the corpus exists")
    ap.add_argument("--chunks", default="", help="chunk sizes to try on the 2-process pool, e.g. 50,100,250")
    ap.add_argument("--workers", default="1,2", help="process counts for the end-to-end runs")
    args = ap.parse_args(argv)

    with Clock() as c:
        import spacy
    print(f"import spacy: {c.wall:.2f} s wall, {c.cpu:.2f} s CPU")
    from pipeline.config import Settings
    from pipeline.engines.annotate import DOC_COLUMNS, annotate_rows
    from pipeline.engines.local import LocalEngine
    from pipeline.engines.spec import PipelineSpec
    from pipeline.extract import extract
    from pipeline.ingest import ingest_paths
    from pipeline.store.tables import Store

    tmp = Path(tempfile.mkdtemp(prefix="bench-extract-"))
    base = Settings(data_dir=tmp / "data", quiet=True)
    with Clock() as c:
        ingest_paths([corpus(args, tmp)], base, progress=False)
    rows = Store(base.data_dir).read("documents", columns=DOC_COLUMNS).to_pylist()
    if args.limit:  # the store then holds exactly the benchmark's documents
        rows = rows[: args.limit]
        keep = {r["pmid"] for r in rows}
        store = Store(base.data_dir)
        with store.transaction() as txn:
            txn.delete([p for p in store.pmids("documents") if p not in keep])
    n = len(rows)
    texts = [r["text"] for r in rows]
    print(f"{n:,} documents ingested in {c.wall:.1f} s; {sum(map(len, texts)) / n:,.0f} characters per document")

    from scispacy.custom_tokenizer import combined_rule_tokenizer

    tok_nlp = spacy.blank("en")
    tok_nlp.tokenizer = combined_rule_tokenizer(tok_nlp)
    for attempt in ("first pass, cold vocabulary", "second pass"):
        print(f"[{load()}]")
        with Clock() as c:
            for t in texts:
                tok_nlp.make_doc(t)
        print(f"floor, scispaCy tokenizer alone, 1 process ({attempt}): {c.rate(n)}")
    startup = ("import time; t = time.perf_counter(); c = time.process_time(); "
               "from pipeline.engines.spec import PipelineSpec; PipelineSpec().build(); "
               "print(f'{time.perf_counter() - t:.2f} s wall, {time.process_time() - c:.2f} s CPU')")
    out = subprocess.run([sys.executable, "-c", startup], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.strip()
    print(f"pipeline start-up in a fresh process (import spaCy + build the full pipeline): {out}")

    # entities only and the full pipeline, alternated (A B A B ...) so that both meet the same load;
    # the best CPU time per document of each is compared (the machine's noise only ever adds time)
    specs = {False: PipelineSpec(relations=False), True: PipelineSpec(relations=True)}
    nlps = {r: sp.build() for r, sp in specs.items()}
    stage = timed_stage(nlps[True], "litmine_relations")
    shares: list[float] = []
    best: dict[bool, float] = {}
    for relations, spec in specs.items():
        annotate_rows(nlps[relations], rows[:20], spec.version)  # warm caches as a long run would have
    for i in range(max(args.repeat, 3)):
        for relations in (False, True):
            name = "full (entities + relations)" if relations else "entities only (relations=False)"
            print(f"[{load()}]")
            stage[0] = 0.0
            with Clock() as c:
                annotate_rows(nlps[relations], rows, specs[relations].version)
            best[relations] = min(best.get(relations, float("inf")), c.cpu / n)
            inside = ""
            if relations:
                shares.append(stage[0] / c.cpu)
                inside = f"; the relation stage {1000 * stage[0] / n:.2f} ms of it, {100 * shares[-1]:.1f}%"
            print(f"  {name}, 1 process, in memory (run {i + 1}): {c.rate(n)} ({1000 * c.cpu / n:.2f} ms CPU/doc{inside})")
    print(f"relations' cost, best of each: entities only {1000 * best[False]:.2f} ms CPU/doc, full "
          f"{1000 * best[True]:.2f} ms CPU/doc -> {100 * (1 - best[False] / best[True]):.1f}% fewer docs/s")
    shares.sort()
    print(f"relations' cost within each full run (the stage's share of its CPU): median "
          f"{100 * shares[len(shares) // 2]:.1f}%, range {100 * shares[0]:.1f}-{100 * shares[-1]:.1f}%")
    del nlps

    for workers in [int(w) for w in args.workers.split(",") if w]:
        for i in range(args.repeat):
            s = replace(base, workers=workers)
            print(f"[{load()}]")
            with Clock() as c:
                res = extract(s, full=True)
            assert res.documents == n, res.as_dict()
            print(f"extract --full --workers {workers} (run {i + 1}): {c.wall:.1f} s wall, {c.cpu:.1f} s CPU, "
                  f"start-up {res.startup:.2f} s; {n / c.wall:,.0f} docs/s incl. start-up, "
                  f"{c.rate(n, minus=res.startup)} excl. start-up")

    if args.chunks:
        parts = [rows[i:i + base.partition_size] for i in range(0, n, base.partition_size)]
        for size in [int(x) for x in args.chunks.split(",")]:
            print(f"[{load()}]")
            with Clock() as c:  # CPU of the pool's processes is counted once they have exited
                with LocalEngine(PipelineSpec(), workers=2, chunk_size=size) as engine:
                    w0 = time.perf_counter()
                    for _ in engine.map_partitions(parts):
                        pass
                    wall = time.perf_counter() - w0
            print(f"pool of 2, chunk {size}, no store: {n / wall:,.0f} docs/s wall after start-up, "
                  f"{n / c.cpu:,.0f} docs/CPU-s with start-up")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
