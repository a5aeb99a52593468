"""Rules and the statistical NER combined, by document-grouped cross-validation (no report split).

    PYTHONPATH=$PWD python benchmarks/ner_cv.py [--folds 5] [--work /tmp/litmine-ner-cv]

`ner_ablation.py` scores the shipped NER, which was trained on every document we have annotations
for, so only the report split (37 documents) is unseen by it. This benchmark trains one NER per
fold instead (`litmine train ner`'s own `train_ner`, same config and seed) over the train split of
../shared/corpora/als-msc-dev (real gold) and our msc-neuro gold (dev + extra; the check documents
are never used), and scores each document with the model that never saw it, under these merge
policies of rule spans R and the fold model's spans N:

- rules: R (what ships);
- combined-all / combined: R first, N fills the gaps (all / less the gap-fillers the linker can
  only call `*:other`): pipeline.nlp.merge as `build_nlp(model_labels=None)` runs it;
- verify-L: R, less the rule spans of labels L that no vocabulary alias names (the generic and
  context rules' proposals) unless an N span of the same label overlaps them;
- verify-OUT+gap...: verify-OUTCOME plus N's gap-fillers (OUTCOME only / with a named concept / all).

Scored with ../shared/tools/score.py's `score()`: mention and concept F1, all labels and per label,
per source. Fold models are kept in --work and reused when present (~80 s each to train).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import vocabulary  # noqa: E402
from pipeline.nlp.annotations import read_texts  # noqa: E402
from pipeline.nlp.build import build_nlp  # noqa: E402
from pipeline.nlp.tables import entity_rows  # noqa: E402
from pipeline.nlp.train import DEFAULT_GOLD, TrainingData, annotation_docs, gold_docs, train_ner  # noqa: E402

SHARED = ROOT.parent / "shared"
NEURO = SHARED / "corpora" / "msc-neuro-unlabeled" / "abstracts.jsonl"
ANN = ROOT / "data" / "annotations"
LABELS = ["CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE", "DISEASE"]


def run(nlp, d) -> tuple[list[dict], list[tuple[int, int, str]]]:
    """Final entity rows, and the NER's own spans (before the merge) when the pipeline has one."""
    doc = nlp.make_doc(d.text)
    ner = []
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            ner = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    doc._.pmid = d.pmid
    return entity_rows(doc, "cv"), ner


def overlaps(a: dict | tuple, b: dict) -> bool:
    a0, a1 = (a["start"], a["end"]) if isinstance(a, dict) else a
    return a0 < b["end"] and b["start"] < a1


def policies(rules: list[dict], comb: list[dict], ner: list[tuple], voc) -> dict[str, list[dict]]:
    def weak(r):   # a rule span no vocabulary alias names: a generic or context rule's proposal
        return r["source"] == "rule" and not voc.lookup(r["text"], r["label"])

    def verified(r):
        return any(lab == r["label"] and overlaps((s, e), r) for s, e, lab in ner)

    gap = [c for c in comb if not any(overlaps(c, r) for r in rules)]
    named = [c for c in gap if not str(c["concept_id"]).endswith(":other")]
    out = {"rules": rules, "combined-all": comb, "combined": [c for c in comb if c not in gap or c in named]}
    for labels, name in ((("OUTCOME",), "OUT"), (("OUTCOME", "DISEASE"), "OUT+DIS"), (tuple(LABELS), "ALL")):
        out[f"verify-{name}"] = [r for r in rules if not (r["label"] in labels and weak(r) and not verified(r))]
    v = out["verify-OUT"]
    out["verify-OUT+gapOUT"] = v + [c for c in gap if c["label"] == "OUTCOME"]
    out["verify-OUT+gapnamed"] = v + named
    out["verify-OUT+gapall"] = v + gap
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path("/tmp/litmine-ner-cv"))
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    if not NEURO.is_file() or not (DEFAULT_GOLD / "gold.jsonl").is_file():
        print(f"skipped: needs {DEFAULT_GOLD} and {NEURO}")
        return 0
    docs = [(d, "als-msc-dev train") for d in gold_docs(DEFAULT_GOLD, "train")]
    docs += [(d, "msc-neuro") for d in annotation_docs(
        [ANN / "msc-neuro-dev.gold.jsonl", ANN / "msc-neuro-extra.gold.jsonl"], read_texts([NEURO]))]
    fold = {d.pmid: int(hashlib.sha1(f"cv:{d.pmid}".encode()).hexdigest(), 16) % args.folds for d, _ in docs}
    print(f"{len(docs)} documents, {args.folds} folds", flush=True)
    nlp_rules = build_nlp(ner_path=None, relations=False)
    rows = {d.pmid: {"rules": run(nlp_rules, d)[0]} for d, _ in docs}
    for k in range(args.folds):
        model = args.work / f"fold{k}"
        if not (model / "meta.json").is_file():
            t0 = time.perf_counter()
            train_ner(TrainingData(train=[d for d, _ in docs if fold[d.pmid] != k], dev=[]), model, seed=0)
            print(f"fold {k}: NER trained in {time.perf_counter() - t0:.0f} s", flush=True)
        nlp = build_nlp(ner_path=model, relations=False, model_labels=None)
        nlp.get_pipe("litmine_linker").drop_unnamed_model = False   # the policies decide
        for d, _ in docs:
            if fold[d.pmid] == k:
                rows[d.pmid]["comb"], rows[d.pmid]["ner"] = run(nlp, d)
    sys.path.insert(0, str(SHARED / "tools"))
    import score as scorer  # the judge's own scorer, as ner_ablation.py reads it
    voc = vocabulary.load()
    no_rels = pd.DataFrame(columns=["pmid", "predicate", "subject_id", "object_id"])
    for source in ("als-msc-dev train", "msc-neuro", "all"):
        part = [d for d, s in docs if source in ("all", s)]
        gold = {d.pmid: {"pmid": d.pmid, "relations": [], "entities": [
            {"text": d.text[m.start:m.end], "label": m.label, "concept": m.concept} for m in d.mentions]} for d in part}
        by_policy: dict[str, list[dict]] = {}
        for d in part:
            r = rows[d.pmid]
            for name, ents in policies(r["rules"], r["comb"], r["ner"], voc).items():
                by_policy.setdefault(name, []).extend(ents)
        print(f"\n--- {source}: {len(part)} documents, each scored by the fold model that never saw it")
        print(f"{'policy':22s} {'mention F1':>10s} {'OUTCOME':>8s} {'CELL':>6s} {'DISEASE':>8s}"
              f" | {'concept F1':>10s} {'OUTCOME':>8s}")
        for name, ents in by_policy.items():
            res = scorer.score(gold, pd.DataFrame(ents), no_rels)

            def f1(part, label=None):
                cells = [res[part][label]] if label else [res[part][lab] for lab in LABELS]
                return scorer.prf(*(sum(c[i] for c in cells) for i in range(3)))[2]
            print(f"{name:22s} {f1('mentions'):10.3f} {f1('mentions', 'OUTCOME'):8.3f} "
                  f"{f1('mentions', 'CELL_TYPE'):6.3f} {f1('mentions', 'DISEASE'):8.3f} | "
                  f"{f1('concepts'):10.3f} {f1('concepts', 'OUTCOME'):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
