"""Rules alone vs the statistical NER alone vs both, scored per label (SPEC section 4).

    PYTHONPATH=$PWD python benchmarks/ner_ablation.py                 # the report split: measure only
    PYTHONPATH=$PWD python benchmarks/ner_ablation.py --split holdout # the train part held out from the NER
    PYTHONPATH=$PWD python benchmarks/ner_ablation.py --out DIR       # also keep each system's tables

Systems (all with the same tokenizer, sentence splitter, abbreviations and linker):
- rules: `build_nlp(ner_path=None)` - vocabulary ruler + context rules;
- model: `build_nlp(ner_path=MODEL)` without `litmine_ruler`: all the NER's spans, given concept ids
  by the vocabulary lookup and the linker;
- combined-all: `build_nlp(ner_path=MODEL)` with every NER gap-filler kept (rules first, the NER
  fills the gaps: pipeline.nlp.merge);
- combined: `build_nlp(ner_path=MODEL)` as shipped: the same, less the gap-fillers the linker
  could only give `*:other` (`litmine_linker` `drop_unnamed_model`, chosen on held-out train documents).
Each writes entities.parquet (+ an empty relations.parquet) and is scored with
../shared/tools/score.py's own `score()`.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline import schema
from pipeline.nlp.annotations import document_from_record, read_jsonl
from pipeline.nlp.build import build_nlp
from pipeline.nlp.tables import entity_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpora" / "als-msc-dev"
MODEL = ROOT / "models" / "ner"
LABELS = ["CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE", "DISEASE"]


def systems(model: Path) -> dict:
    def keep_unnamed(nlp):
        nlp.get_pipe("litmine_linker").drop_unnamed_model = False
        return nlp

    def model_only():
        nlp = keep_unnamed(build_nlp(ner_path=model, relations=False, model_labels=None))
        nlp.remove_pipe("litmine_ruler")
        return nlp
    # model_labels=None: every label of the model may fill the rules' gaps (the shipped default may run none)
    return {"rules": lambda: build_nlp(ner_path=None, relations=False),
            "model": model_only,
            "combined-all": lambda: keep_unnamed(build_nlp(ner_path=model, relations=False, model_labels=None)),
            "combined": lambda: build_nlp(ner_path=model, relations=False, model_labels=None),
            "combined-outcome": lambda: build_nlp(ner_path=model, relations=False, model_labels=["OUTCOME"])}


def pmids_of(split: str, model: Path) -> set[str]:
    if split == "holdout":
        meta = json.loads((model / "meta.json").read_text())["litmine"]
        pmids = meta["data"]["dev"].get("pmids")
        if not pmids:  # a model trained before its meta listed them: the default holdout of its seed
            from pipeline.nlp.train import gold_docs, split_holdout
            pmids = [d.pmid for d in split_holdout(gold_docs(DEV, "train"), 0.2, meta["seed"])[1]]
        return set(pmids)
    return {str(p) for p in json.loads((DEV / "split.json").read_text())[split]}


def run(nlp, docs) -> tuple[list[dict], float]:
    rows = []
    list(nlp.pipe(d.text for d in docs[:2]))  # warm up
    if "litmine_linker" in nlp.pipe_names:
        nlp.get_pipe("litmine_linker").generator  # loads its index on first use: not part of the rate
    t = time.perf_counter()
    for d, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=64)):
        doc._.pmid = d.pmid
        rows.extend(entity_rows(doc, "ablation"))
    return rows, len(docs) / (time.perf_counter() - t)


def f1(tp_fp_fn) -> float:
    tp, fp, fn = tp_fp_fn
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="report", choices=["report", "train", "holdout"])
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--out", type=Path, help="keep each system's tables under DIR/<system>/")
    args = ap.parse_args(argv)
    if not DEV.exists():
        ap.error(f"{DEV} is absent: this benchmark reads ../shared/corpora/als-msc-dev")
    sys.path.insert(0, str(SHARED / "tools"))
    from score import load_gold, score  # the judge's own scorer

    keep = pmids_of(args.split, args.model)
    docs = [document_from_record(r) for r in read_jsonl(DEV / "abstracts.jsonl") if str(r["pmid"]) in keep]
    gold = {p: g for p, g in load_gold(DEV / "gold.jsonl").items() if p in keep}
    if not gold:
        ap.error(f"no gold documents in split {args.split!r}")
    out = args.out or Path(tempfile.mkdtemp(prefix="ner-ablation-"))
    results, speed, tables = {}, {}, {}
    for name, make in systems(args.model).items():
        tables[name], speed[name] = run(make(), docs)
    for name, rows in tables.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(schema.to_table(rows, schema.ENTITIES), folder / "entities.parquet")
        pq.write_table(schema.empty(schema.RELATIONS), folder / "relations.parquet")
        results[name] = score(gold, pd.read_parquet(folder / "entities.parquet"), pd.read_parquet(folder / "relations.parquet"))

    names = list(results)
    print(f"{args.split} split: {len(gold)} documents; model {args.model.relative_to(ROOT) if args.model.is_relative_to(ROOT) else args.model}")
    for kind in ("mentions", "concepts"):
        print(f"{kind[:-1] + ' F1':<22}" + "".join(f"{n:>17}" for n in names))
        for label in LABELS + ["ALL (micro)"]:
            cells = []
            for n in names:
                table = results[n][kind]
                counts = [sum(v[i] for v in table.values()) for i in range(3)] if label.startswith("ALL") else table[label]
                cells.append(f"{f1(counts):17.3f}")
            print(f"  {label:<20}" + "".join(cells))
    print("docs/s (one process, whole entity pipeline, incl. tokenizer): "
          + ", ".join(f"{n} {v:.0f}" for n, v in speed.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
