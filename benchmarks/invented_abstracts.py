"""End-to-end check on the invented abstracts of tests/fixtures (PubMed records of our own text, annotated by SPEC
section 4): ingest, extract and evaluate through the real commands in a temporary data folder, then the study design
and species of the relation rows against the gold's extra keys.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/invented_abstracts.py [--set NAME] [--keep DIR]

A set is a fixture pair tests/fixtures/invented_abstracts_NAME.xml + .gold.jsonl (the unsuffixed pair is `first`).

Sets: `first` (default), 16 abstracts, one or two per study design, written by someone who knew the pipeline's rules;
`blind`, 20 ALS abstracts (invented_abstracts_blind.*) and `neighbours`, 20 abstracts on the neighbours of ALS cell
therapy (invented_abstracts_neighbours.*) and `core`, 20 abstracts on the core topic, umbilical-cord and other MSCs
in ALS (invented_abstracts_core.*), each written and annotated before its author read the pipeline's rules, code or
probes, so they measure it the way unseen literature would (until fixes are made from them).

The gold file carries `study_design` and `species` per document beside the SPEC keys (the scorer ignores them).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# every fixture pair invented_abstracts_NAME.xml + .gold.jsonl is a set; the unsuffixed pair is `first`
SETS = {"first": "invented_abstracts"} | {
    p.name[len("invented_abstracts_"):-len(".xml")]: p.name[:-len(".xml")]
    for p in sorted(FIXTURES.glob("invented_abstracts_*.xml")) if p.with_suffix(".gold.jsonl").exists()}


def litmine(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    out = subprocess.run([sys.executable, "-m", "pipeline", *args, "--quiet"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout


def context_accuracy(data: Path, gold: list[dict]) -> list[tuple[str, str, str, str, str]]:
    """(pmid, expected design, design, expected species, species) per gold document; a document without relation
    rows reads `-` (the columns live on the relation rows)."""
    rels = pd.read_parquet(data / "relations.parquet", columns=["pmid", "study_design", "species"])
    out = []
    for g in gold:
        r = rels[rels["pmid"] == g["pmid"]]
        design = "/".join(sorted(set(r["study_design"].dropna()))) or "-"
        species = "/".join(sorted(set(r["species"].dropna()))) or "-"
        out.append((g["pmid"], g["study_design"], design, g["species"], species))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="first", help="which fixture (default: first)")
    ap.add_argument("--keep", help="data folder to write (kept); default a temporary one")
    args = ap.parse_args()
    XML, GOLD = (FIXTURES / f"{SETS[args.set]}{ext}" for ext in (".xml", ".gold.jsonl"))
    gold = [json.loads(line) for line in GOLD.open()]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.keep or tmp)
        litmine("ingest", str(XML), "--data", str(data))
        litmine("extract", "--data", str(data))
        print(litmine("evaluate", "--gold", str(GOLD), "--data", str(data)))
        rows = context_accuracy(data, gold)
    for pmid, want_d, got_d, want_s, got_s in rows:
        if (want_d, want_s) != (got_d, got_s):
            print(f"  {pmid}: design {got_d} (gold {want_d}), species {got_s} (gold {want_s})")
    n = len(rows)
    print(f"study_design accuracy {sum(r[1] == r[2] for r in rows)}/{n}, "
          f"species accuracy {sum(r[3] == r[4] for r in rows)}/{n}")


if __name__ == "__main__":
    main()
