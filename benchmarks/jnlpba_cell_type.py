"""Peer check: our CELL_TYPE mentions against the JNLPBA 2004 test set's `cell_type` annotations.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/jnlpba_cell_type.py

Reads ../shared/corpora/jnlpba/standoff/test/*.txt|*.ann (brat standoff, 404 abstracts; see its
SOURCE.md). Scores mention-level, exact (same character offsets) and lenient (overlapping spans),
micro-averaged over documents. For scale only: scispaCy's en_ner_jnlpba_md reports 72.06 F1 on
this test set overall (all five JNLPBA labels, exact match) — a different task and a model trained
on GENIA; ours is a rule vocabulary built for MSC/ALS abstracts. Our CELL_TYPE also covers what
JNLPBA calls cell_line only partly and names stem cells JNLPBA rarely has, so expect low recall.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.nlp.build import build_nlp
from pipeline.nlp.ruler import NESTED_KEY

ROOT = Path(__file__).resolve().parents[1]
TEST = ROOT.parent / "shared" / "corpora" / "jnlpba" / "standoff" / "test"
SCISPACY_JNLPBA_F1 = 72.06


def read_gold(ann: Path) -> set[tuple[int, int]]:
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            _, info, _ = line.split("\t", 2)
            kind, start, end = info.split()[:3]
            if kind == "cell_type":
                spans.add((int(start), int(end)))
    return spans


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    if not TEST.is_dir():
        raise SystemExit(f"{TEST} is absent")
    nlp = build_nlp(relations=False, ner_path=None)
    files = sorted(TEST.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    exact = [0, 0, 0]
    lenient = [0, 0, 0]
    for f, doc in zip(files, nlp.pipe(texts)):
        gold = read_gold(f.with_suffix(".ann"))
        # what entities.parquet holds: doc.ents and the names nested in them (`microglia` in
        # `activation of microglia`, an OUTCOME)
        spans = list(doc.ents) + list(doc.spans.get(NESTED_KEY, []))
        pred = {(e.start_char, e.end_char) for e in spans if e.label_ == "CELL_TYPE"}
        exact[0] += len(gold & pred)
        exact[1] += len(pred - gold)
        exact[2] += len(gold - pred)
        hit_pred = {p for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold)}
        hit_gold = {g for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred)}
        lenient[0] += len(hit_gold)
        lenient[1] += len(pred - hit_pred)
        lenient[2] += len(gold - hit_gold)
    print(f"JNLPBA test, {len(files)} abstracts, cell_type mentions: {exact[0] + exact[2]}")
    for name, (tp, fp, fn) in (("exact", exact), ("lenient", lenient)):
        p, r, f = prf(tp, fp, fn)
        print(f"  {name:<8} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}   (tp {tp} fp {fp} fn {fn})")
    print(f"  scispaCy en_ner_jnlpba_md, published, all labels exact: F1 {SCISPACY_JNLPBA_F1}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
