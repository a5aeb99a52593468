"""Relation extraction on the dev corpus (../shared/corpora/als-msc-dev), scored by SPEC section 4.

    PYTHONPATH=. python benchmarks/relations_dev.py                    # oracle entities, report split
    PYTHONPATH=. python benchmarks/relations_dev.py --split train
    PYTHONPATH=. python benchmarks/relations_dev.py --mode end2end     # entities from build_nlp()
    PYTHONPATH=. python benchmarks/relations_dev.py --speed            # docs/s with and without relations
    PYTHONPATH=. python benchmarks/relations_dev.py --cv [--seeds 0,1,2]   # document-grouped CV, end to end:
                                   # train split and our msc-neuro annotations, each scored apart
    PYTHONPATH=. python benchmarks/relations_dev.py --threshold-check   # threshold rules, nested: chosen on
                                   # half the documents' out-of-fold scores, counted on the other half

Oracle mode projects the gold entities onto the text (relations measured apart from NER);
end-to-end mode runs the project's pipeline (pipeline.nlp.build.build_nlp). Prints P/R/F1 per
predicate, effect/negated/hedged accuracy on matched relations (the rules of
../shared/tools/score.py, which it imports), and the reliability table: rows binned by
confidence against the share of them whose (predicate, subject, object) is a gold relation.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.nlp.relation_model import DEV_CORPUS, as_document, load_corpus, oracle_docs  # noqa: E402
from pipeline.nlp.relations import RelationExtractor, RelationModel, DEFAULT_MODEL, relation_rows  # noqa: E402
from pipeline.nlp.tables import entity_rows as table_rows  # noqa: E402

SCORE_PY = ROOT.parent / "shared" / "tools" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("litmine_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def entity_rows(doc) -> list[dict]:
    """The entities table's rows, as `litmine extract` writes them: doc.ents and the names nested inside them
    (`T cell` in `T cell infiltration`), which doc.ents alone leaves out (s27: 16 CELL_TYPE mentions on train)."""
    return table_rows(doc, "dev")


def end2end_docs(corpus, pmids, model: str | None = None):
    from pipeline.nlp.build import build_nlp  # the entities branch's pipeline
    nlp = build_nlp(relations=False)
    nlp.add_pipe("litmine_relations", last=True, config={"model": model})
    docs = []
    for pmid in pmids:
        d = as_document(corpus.records[pmid])
        doc = nlp.make_doc(d.text)
        doc._.pmid, doc._.sections, doc._.year = d.pmid, d.section_spans(), d.year
        doc._.publication_types = list(d.publication_types)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        docs.append(doc)
    return docs


def reliability(rows: pd.DataFrame, gold_keys: set, bins=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list[str]:
    lines = ["confidence bin   rows  observed precision"]
    keys = list(zip(rows["pmid"], rows["predicate"], rows["subject_id"], rows["object_id"]))
    ok = pd.Series([k in gold_keys for k in keys], index=rows.index)
    for lo, hi in zip(bins, bins[1:]):
        sel = (rows["confidence"] >= lo) & (rows["confidence"] < hi)
        n = int(sel.sum())
        prec = f"{ok[sel].mean():.3f}" if n else "-"
        lines.append(f"  [{lo:.1f}, {min(hi, 1.0):.1f}{')' if hi < 1 else ']'}   {n:5d}  {prec}")
    return lines


def speed(corpus, repeats: int = 5) -> int:
    """One process, nlp.pipe over in-domain abstracts; best of `repeats` passes each way."""
    import json
    from pipeline.nlp.build import build_nlp
    unl = Path(DEV_CORPUS).parent / "msc-neuro-unlabeled" / "abstracts.jsonl"
    recs = [json.loads(line) for line in unl.open(encoding="utf-8")] if unl.exists() else []
    texts = [as_document(r).text for r in recs + list(corpus.records.values())]
    # 1) throughput, nlp.pipe with and without relations, best of `repeats` passes each way (wall and CPU)
    nlps = {rel: build_nlp(relations=rel) for rel in (False, True)}
    for nlp in nlps.values():
        list(nlp.pipe(texts[:20]))   # warm-up
    best = {rel: [float("inf"), float("inf"), 0] for rel in nlps}
    for _ in range(repeats):
        for rel, nlp in nlps.items():
            w0, c0 = time.perf_counter(), time.process_time()
            n_rel = sum(len(d._.relations or ()) for d in nlp.pipe(texts, batch_size=64))
            w, c = time.perf_counter() - w0, time.process_time() - c0
            best[rel] = [min(best[rel][0], w), min(best[rel][1], c), n_rel]
    (ew, ec, _), (rw, rc, n) = best[False], best[True]
    print(f"{len(texts)} abstracts, one process, best of {repeats}: entities only {len(texts) / ew:.0f} docs/s "
          f"({len(texts) / ec:.0f} per CPU-s); entities + relations {len(texts) / rw:.0f} docs/s "
          f"({len(texts) / rc:.0f} per CPU-s); relations add {100 * (rw / ew - 1):.1f}% wall, "
          f"{100 * (rc / ec - 1):.1f}% CPU time ({n} relation rows)")
    # 2) the same passes timed per stage, so that load from other jobs weighs on both sides alike:
    #    CPU time of the relation component against the tokenizer + entity stages, doc by doc
    nlp = nlps[True]
    stages = [("tokenizer", nlp.make_doc)] + list(nlp.pipeline)
    spent = {name: [] for name, _ in stages}
    for _ in range(repeats):
        acc = dict.fromkeys(spent, 0.0)
        for text in texts:
            doc = text
            for name, proc in stages:
                t0 = time.process_time()
                doc = proc(doc)
                acc[name] += time.process_time() - t0
        for name in spent:
            spent[name].append(acc[name])
    per = {name: min(v) for name, v in spent.items()}     # best pass per stage
    ent = sum(v for k, v in per.items() if k != "litmine_relations")
    rel = per["litmine_relations"]
    print(f"per stage, CPU ms/doc (best of {repeats}): " + ", ".join(
        f"{k} {1000 * v / len(texts):.2f}" for k, v in per.items()))
    print(f"relation stage = {100 * rel / ent:.1f}% of the tokenizer + entity stages "
          f"({1000 * rel / len(texts):.2f} vs {1000 * ent / len(texts):.2f} ms/doc)")
    return 0


def print_errors(rows: pd.DataFrame, gold: dict[str, list[dict]], predicates=None) -> None:
    """False positives (with their evidence), false negatives and wrong effects. Text: never on report."""
    gk = {(p, r["predicate"], r["subject"], r["object"]) for p, rels in gold.items() for r in rels}
    pk = set(zip(rows["pmid"], rows["predicate"], rows["subject_id"], rows["object_id"])) if len(rows) else set()
    want = (lambda k: predicates is None or k[1] in predicates)
    for k in sorted(filter(want, pk - gk)):
        r = rows[(rows.pmid == k[0]) & (rows.predicate == k[1]) & (rows.subject_id == k[2]) & (rows.object_id == k[3])].iloc[0]
        print("FP", k, round(r.confidence, 2), "|", r.subject_text, "->", r.object_text, "|", r.evidence[-260:])
    for k in sorted(filter(want, gk - pk)):
        g = next(x for x in gold[k[0]] if (k[0], x["predicate"], x["subject"], x["object"]) == k)
        print("FN", k, "|", (g.get("evidence") or "")[:200])
    for k in sorted(filter(want, gk & pk)):
        if predicates is not None:
            r = rows[(rows.pmid == k[0]) & (rows.predicate == k[1]) & (rows.subject_id == k[2]) & (rows.object_id == k[3])].iloc[0]
            print("TP", k, round(r.confidence, 2), "|", r.subject_text, "->", r.object_text, "|", r.evidence[-200:])
        g = next(x for x in gold[k[0]] if (k[0], x["predicate"], x["subject"], x["object"]) == k)
        sub = rows[(rows.pmid == k[0]) & (rows.predicate == k[1]) & (rows.subject_id == k[2]) & (rows.object_id == k[3])]
        if k[1] in ("AFFECTS", "FACTOR_AFFECTS") and g["effect"] not in set(sub.effect):
            print("EFFECT", k, "gold", g["effect"], "got", list(sub.effect), "|",
                  (g.get("evidence") or "")[:200])


def cross_validation(corpus_dir: str, folds: int = 5, seeds: tuple[int, ...] = (0,), l2: float = 3.0,
                     errors: bool = False, predicates=None) -> int:
    """Out-of-fold relation rows (each document extracted by the fold model that never saw it),
    scored per source; calibration is shared across folds (fitted out of fold), the threshold is the
    shipped rule (relation_model.CALIBRATED_THRESHOLD).
    With several seeds (fold assignments) the mean relation F1 per source closes the report."""
    from pipeline.nlp.relation_model import training_docs
    docs = training_docs(corpus_dir)
    f1s: dict[str, list[float]] = {}
    for seed in seeds:
        for source, f1 in _cv_once(docs, folds, seed, l2, errors, predicates).items():
            f1s.setdefault(source, []).append(f1)
    if len(seeds) > 1:
        print(f"--- relation F1, mean over seeds {', '.join(map(str, seeds))}")
        for source, v in f1s.items():
            print(f"  {source:20s} {sum(v) / len(v):.4f}  ({' '.join(f'{x:.3f}' for x in v)})")
    return 0


def _cv_once(docs, folds: int, seed: int, l2: float, errors: bool, predicates) -> dict[str, float]:
    from pipeline.nlp.relation_model import cross_validate
    cv = cross_validate(docs, folds, seed, l2)
    print(f"{folds}-fold document-grouped CV, seed {seed}, l2={l2}: calibration {cv.calibration}, "
          f"thresholds {cv.thresholds}")
    f1s = {}
    scorer = load_scorer()
    all_rows, all_gold = [], set()
    for source in sorted({g.source for g in docs if g.source.endswith("end2end")}):
        part = [g for g in docs if g.source == source]
        rows = []
        for g in part:
            ex = RelationExtractor(cv.model_for(g.pmid))
            ex(g.doc)
            rows += relation_rows(g.doc, "cv")
        rels = pd.DataFrame(rows)
        ents = pd.DataFrame([r for g in part for r in entity_rows(g.doc)])
        gold = {g.pmid: {"pmid": g.pmid, "entities": [], "relations": g.relations} for g in part}
        lines, _, fr = scorer.summarize(scorer.score(gold, ents, rels))
        f1s[source] = fr
        print(f"--- {source}: {len(part)} documents, out-of-fold")
        print("\n".join(line for line in lines[lines.index(next(x for x in lines if x.startswith("relations"))):]))
        if errors:
            print_errors(rels, {p: g["relations"] for p, g in gold.items()}, predicates)
        all_rows += rows
        all_gold |= {k for g in part for k in g.keys}
    print("--- reliability, all out-of-fold end-to-end rows")
    print("\n".join(reliability(pd.DataFrame(all_rows), all_gold)))
    return f1s


def threshold_check(corpus_dir: str, l2: float = 3.0) -> int:
    from pipeline.nlp.relation_model import threshold_check as check, training_docs
    t0 = time.perf_counter()
    result = check(training_docs(corpus_dir), l2=l2)
    print("threshold rule (chosen on half of train + msc-neuro, end to end; 5 fold assignments x 20 halvings)")
    print(f"  {'rule':28s} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn, summed over the held-out halves")
    for name, (tp, fp, fn) in sorted(result.items(), key=lambda x: -2 * x[1][0] / (2 * x[1][0] + x[1][1] + x[1][2])):
        print(f"  {name:28s} {tp / (tp + fp):6.3f} {tp / (tp + fn):6.3f} {2 * tp / (2 * tp + fp + fn):6.3f}  {tp}/{fp}/{fn}")
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(DEV_CORPUS))
    ap.add_argument("--split", default="report", choices=["train", "report"])
    ap.add_argument("--mode", default="oracle", choices=["oracle", "end2end"])
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--errors", action="store_true",
                    help="list false positives/negatives (train split only; with --cv out of fold, train + msc-neuro)")
    ap.add_argument("--speed", action="store_true",
                    help="docs/s of build_nlp() with and without relations on msc-neuro-unlabeled + the dev abstracts")
    ap.add_argument("--cv", action="store_true",
                    help="document-grouped cross-validation, end to end (train split + msc-neuro annotations)")
    ap.add_argument("--threshold-check", action="store_true",
                    help="compare threshold rules out of sample (nested: chosen on half the documents, counted on the rest)")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--seeds", default="0", help="with --cv: fold assignments, comma-separated (e.g. 0,1,2)")
    ap.add_argument("--predicates", default="", help="with --errors: only these predicates (comma-separated)")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    if args.threshold_check:
        return threshold_check(args.corpus, args.l2)
    if args.cv:
        return cross_validation(args.corpus, seeds=tuple(int(x) for x in args.seeds.split(",")), l2=args.l2,
                                errors=args.errors,
                                predicates=set(args.predicates.split(",")) if args.predicates else None)
    corpus = load_corpus(args.corpus)
    if args.speed:
        return speed(corpus)
    pmids = corpus.split[args.split]
    if args.mode == "oracle":
        docs = oracle_docs(corpus, pmids)
        ex = RelationExtractor(RelationModel.load(args.model))
        for d in docs:
            ex(d)
    else:
        docs = end2end_docs(corpus, pmids, args.model)
    ents = pd.DataFrame([r for d in docs for r in entity_rows(d)])
    rels = pd.DataFrame([r for d in docs for r in relation_rows(d, "dev")])
    if rels.empty:
        rels = pd.DataFrame(columns=["pmid", "predicate", "subject_id", "object_id", "effect", "negated", "hedged", "confidence"])
    scorer = load_scorer()
    gold = {p: corpus.gold[p] for p in pmids}
    result = scorer.score(gold, ents, rels)
    lines, fc, fr = scorer.summarize(result)
    print(f"{args.mode} entities, {args.split} split: {len(pmids)} documents, {len(rels)} relation rows")
    print("\n".join(lines))
    gk = {(p, r["predicate"], r["subject"], r["object"]) for p in pmids for r in corpus.gold[p]["relations"]}
    print("\n".join(reliability(rels, gk)))
    print(f"relation F1 {fr:.3f}  entity concept F1 {fc:.3f}")
    if args.errors:
        if args.split == "report":
            raise SystemExit("--errors lists text: only on the train split")
        pk = set(zip(rels["pmid"], rels["predicate"], rels["subject_id"], rels["object_id"]))
        for k in sorted(pk - gk):
            r = rels[(rels.pmid == k[0]) & (rels.predicate == k[1]) & (rels.subject_id == k[2]) & (rels.object_id == k[3])].iloc[0]
            print("FP", k, round(r.confidence, 2), "|", r.subject_text, "->", r.object_text, "|", r.evidence[:200])
        for k in sorted(gk - pk):
            print("FN", k)
        for k in sorted(gk & pk):
            g = next(x for x in corpus.gold[k[0]]["relations"] if (k[0], x["predicate"], x["subject"], x["object"]) == k)
            sub = rels[(rels.pmid == k[0]) & (rels.predicate == k[1]) & (rels.subject_id == k[2]) & (rels.object_id == k[3])]
            if k[1] in ("AFFECTS", "FACTOR_AFFECTS") and g["effect"] not in set(sub.effect):
                print("EFFECT", k, "gold", g["effect"], "got", list(sub.effect), "|", g["evidence"][:150])
            if bool(g["hedged"]) != bool(sub.hedged.any()):
                print("HEDGE", k, "gold", g["hedged"], "|", list(sub[sub.hedged].evidence.str[:150]) or g["evidence"][:150])
            if bool(g["negated"]) != bool(sub.negated.any()):
                print("NEG", k, "gold", g["negated"], "|", list(sub[sub.negated].evidence.str[:150]) or g["evidence"][:150])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
