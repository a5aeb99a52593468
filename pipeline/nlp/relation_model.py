"""Training the relation scorer: a logistic regression over candidate features (numpy + scipy).

Training data, read at run time (never copied into the project):
- the `train` split of ../shared/corpora/als-msc-dev, twice: with its gold entities projected onto
  the text ("oracle entities") and with the entities `build_nlp()` finds ("end-to-end" — what the
  scorer sees at run time, NER noise included);
- our own relation annotations of ../shared/corpora/msc-neuro-unlabeled
  (data/annotations/msc-neuro-relations.jsonl, offsets only; see pipeline.nlp.annotations), end to end.
The relation component's own candidate generator proposes pairs; a pair is positive when its
(predicate, subject concept, object concept) is a gold relation of the document.

Document-grouped k-fold cross-validation gives out-of-fold scores on the end-to-end documents. A
Platt scaling fitted on them turns raw scores into calibrated confidences; a row is kept when its
calibrated probability is at least 0.5 (`CALIBRATED_THRESHOLD`, whatever the predicate). Thresholds
fitted per predicate to the F1 of the same out-of-fold scores were worse on documents they were not
fitted on (`threshold_check`, `benchmarks/relations_dev.py --threshold-check`).
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.documents import Document, Section
from pipeline.jsonl import read_jsonl
from pipeline.nlp import extensions as _extensions  # noqa: F401
from pipeline.nlp.relations.candidates import candidates
from pipeline.nlp.relations.component import RelationExtractor, RelationModel
from pipeline.nlp.relations.implied import argument_spans
from pipeline.nlp.relations.labels import PREDICATES, concept_of

ROOT = Path(__file__).resolve().parents[2]
DEV_CORPUS = ROOT.parent / "shared" / "corpora" / "als-msc-dev"
MODEL_DIR = ROOT / "models" / "relations"


# --- the dev corpus as Docs with oracle entities --------------------------------------------------

@dataclass
class DevCorpus:
    records: dict[str, dict]
    gold: dict[str, dict]
    split: dict[str, list[str]]


def load_corpus(path: str | Path = DEV_CORPUS) -> DevCorpus:
    path = Path(path)
    if not (path / "gold.jsonl").is_file():
        raise FileNotFoundError(f"dev corpus not found: {path} (expected abstracts.jsonl, gold.jsonl, split.json)")
    recs = {str(r["pmid"]): r for r in read_jsonl(path / "abstracts.jsonl", require="pmid")}
    gold = {str(g["pmid"]): g for g in read_jsonl(path / "gold.jsonl", require="pmid")}
    try:
        raw = json.loads((path / "split.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path / 'split.json'}: not JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path / 'split.json'}: not a split file (expected a JSON object of NAME: [PMID, ...])")
    split = {k: [str(p) for p in v] for k, v in raw.items()}
    return DevCorpus(recs, gold, split)


def as_document(rec: dict) -> Document:
    ab = rec.get("abstract") or ""
    if isinstance(ab, list):
        sections = tuple(Section(s.get("label"), None, s["text"]) for s in ab)
    else:
        sections = (Section(None, None, ab),) if ab else ()
    return Document(pmid=str(rec["pmid"]), title=rec.get("title") or "", sections=sections, year=rec.get("year"),
                    publication_types=tuple(rec.get("publication_types") or ()))


def oracle_nlp() -> Language:
    """Tokenizer + rule sentencizer: what the oracle harness runs before the relation component."""
    from pipeline.nlp.tokenizer import blank_litmine
    nlp = blank_litmine()
    nlp.add_pipe("sentencizer")
    return nlp


def project_entities(doc: Doc, entities: Iterable[dict]) -> None:
    """Gold entities (text, label, concept; no offsets) onto every whole-word occurrence, longest first."""
    spans = []
    concepts = {}
    for e in entities:
        pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(e["text"]) + r"(?![A-Za-z0-9])")
        for m in pat.finditer(doc.text):
            sp = doc.char_span(m.start(), m.end(), label=e["label"], alignment_mode="strict")
            if sp is None:
                sp = doc.char_span(m.start(), m.end(), label=e["label"], alignment_mode="expand")
                if sp is None or len(sp.text) > len(e["text"]) + 2:   # would swallow a longer word
                    continue
            spans.append(sp)
            concepts[(sp.start, sp.end, e["label"])] = e["concept"]
    kept = filter_spans(spans)
    doc.ents = kept
    for sp in doc.ents:
        sp._.concept_id = concepts.get((sp.start, sp.end, sp.label_))


def oracle_docs(corpus: DevCorpus, pmids: Iterable[str], nlp: Language | None = None) -> list[Doc]:
    nlp = nlp or oracle_nlp()
    docs = []
    for pmid in pmids:
        d = as_document(corpus.records[pmid])
        doc = nlp(d.text)
        doc._.pmid = d.pmid
        doc._.sections = d.section_spans()
        doc._.year = d.year
        doc._.publication_types = list(d.publication_types)
        project_entities(doc, corpus.gold[pmid]["entities"])
        docs.append(doc)
    return docs


def gold_keys(corpus: DevCorpus, pmids: Iterable[str]) -> set[tuple]:
    return {(p, r["predicate"], r["subject"], r["object"]) for p in pmids for r in corpus.gold[p]["relations"]}


# --- logistic regression ---------------------------------------------------------------------

def fit_logreg(rows: list[dict[str, float]], y: list[int], l2: float = 1.0) -> dict[str, float]:
    """L2-regularised logistic regression (L-BFGS); returns feature -> weight (bias features unpenalised)."""
    names = sorted({k for r in rows for k in r})
    index = {n: i for i, n in enumerate(names)}
    X = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r.items():
            X[i, index[k]] = v
    yv = np.asarray(y, dtype=float)
    pen = np.array([0.0 if n.endswith("|bias") else 1.0 for n in names])

    def loss(w):
        z = X @ w
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-12
        nll = -np.sum(yv * np.log(p + eps) + (1 - yv) * np.log(1 - p + eps))
        grad = X.T @ (p - yv) + l2 * pen * w
        return nll + 0.5 * l2 * np.sum(pen * w * w), grad

    res = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {n: float(round(w, 5)) for n, w in zip(names, res.x) if abs(w) > 1e-6}


# --- training sets: documents with entities and their gold relations ----------------------------

@dataclass
class GoldDoc:
    """One document ready for the scorer: a Doc with entities, and its gold relations."""
    pmid: str
    doc: Doc
    relations: list[dict]
    source: str          # e.g. "train/oracle", "train/end2end", "msc-neuro/end2end"

    @property
    def keys(self) -> set[tuple]:
        return {(self.pmid, r["predicate"], r["subject"], r["object"]) for r in self.relations}


def pipeline_docs(records: dict[str, dict], pmids: Iterable[str], nlp: Language | None = None) -> list[Doc]:
    """Docs with the entities the project's pipeline finds (`build_nlp(relations=False)`)."""
    if nlp is None:
        from pipeline.nlp.build import build_nlp
        nlp = build_nlp(relations=False)
    docs = []
    for pmid in pmids:
        d = as_document(records[pmid])
        doc = nlp.make_doc(d.text)
        doc._.pmid, doc._.sections, doc._.year = d.pmid, d.section_spans(), d.year
        doc._.publication_types = list(d.publication_types)
        for name, proc in nlp.pipeline:
            if name != "litmine_relations":
                doc = proc(doc)
        docs.append(doc)
    return docs


def training_docs(corpus_dir: str | Path = DEV_CORPUS, annotations: str | Path | None = None,
                  split: str = "train", oracle: bool = True, nlp: Language | None = None) -> list[GoldDoc]:
    """The documents the scorer learns from: `split` of the dev corpus (oracle and end-to-end)
    and, when the file exists, our own msc-neuro relation annotations (end-to-end)."""
    from pipeline.nlp import relation_gold
    corpus = load_corpus(corpus_dir)
    if split not in corpus.split:
        raise ValueError(f"{Path(corpus_dir) / 'split.json'}: no split {split!r}; there are {sorted(corpus.split)}")
    pmids = corpus.split[split]
    lacking = [p for p in pmids if p not in corpus.gold or p not in corpus.records]
    if lacking:
        raise ValueError(f"{corpus_dir}: split {split!r} lists PMIDs with no gold record or no abstract:"
                         f" {', '.join(lacking[:5])}{' ...' if len(lacking) > 5 else ''}")
    out = []
    if oracle:
        out += [GoldDoc(p, d, corpus.gold[p]["relations"], f"{split}/oracle") for p, d in zip(pmids, oracle_docs(corpus, pmids))]
    out += [GoldDoc(p, d, corpus.gold[p]["relations"], f"{split}/end2end")
            for p, d in zip(pmids, pipeline_docs(corpus.records, pmids, nlp))]
    ann = Path(annotations) if annotations else relation_gold.DEFAULT_PATH
    if ann.is_file():
        gold, records = relation_gold.load(ann)
        ps = sorted(gold)
        out += [GoldDoc(p, d, gold[p]["relations"], "msc-neuro/end2end")
                for p, d in zip(ps, pipeline_docs(records, ps, nlp))]
        # where the entity helper's offset gold covers a document, its oracle version too
        ents = relation_gold.entity_gold()
        if oracle and ents:
            onlp = oracle_nlp()
            for p in ps:
                if p in ents:
                    doc = _doc_of(records[p], onlp)
                    spans = [doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
                             for e in ents[p]]
                    kept = filter_spans([sp for sp in spans if sp is not None])
                    concept = {(e["start"], e["end"], e["label"]): e["concept"] for e in ents[p]}
                    doc.ents = kept
                    for sp in doc.ents:
                        sp._.concept_id = next((c for (a, b, lab), c in concept.items()
                                                if lab == sp.label_ and a >= sp.start_char and b <= sp.end_char), None)
                    out.append(GoldDoc(p, doc, gold[p]["relations"], "msc-neuro/oracle"))
    return out


def _doc_of(rec: dict, nlp: Language) -> Doc:
    d = as_document(rec)
    doc = nlp(d.text)
    doc._.pmid, doc._.sections, doc._.year = d.pmid, d.section_spans(), d.year
    doc._.publication_types = list(d.publication_types)
    return doc


# --- fitting, calibration, thresholds -------------------------------------------------------------

def examples(docs: list[GoldDoc], extractor: RelationExtractor) -> tuple[list, list, list]:
    feats, labels, keys = [], [], []
    for g in docs:
        gold = g.keys
        for c in candidates(g.doc, extractor.max_subjects, extractor.max_distance, extractor.max_back,
                            ents=argument_spans(g.doc)):
            key = (g.pmid, c.predicate, concept_of(c.subj), concept_of(c.obj))
            feats.append(c.features)
            labels.append(int(key in gold))
            keys.append(key)
    return feats, labels, keys


def fit_platt(z: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """p = sigmoid(a z + b) fitted on out-of-fold raw scores z (Platt's smoothed targets)."""
    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    t = np.where(y > 0, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))

    def loss(ab):
        p = 1 / (1 + np.exp(-np.clip(ab[0] * z + ab[1], -30, 30)))
        eps = 1e-12
        g = p - t
        return -np.sum(t * np.log(p + eps) + (1 - t) * np.log(1 - p + eps)), np.array([np.sum(g * z), np.sum(g)])

    res = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B")
    return {"a": float(round(res.x[0], 5)), "b": float(round(res.x[1], 5))}


def best_thresholds(scored: list[tuple[tuple, float]], gold: set[tuple], smooth: float = 0.1) -> dict[str, float]:
    """Per predicate, the threshold maximising concept-level F1 over (key, probability) pairs,
    averaged over thresholds within +-`smooth`: with 20-130 positives a predicate the F1 curve is
    jagged, and its single best point moved by 0.2-0.3 between cross-validation seeds; the middle
    of the best plateau is steadier."""
    grid = [round(float(t), 3) for t in np.arange(0.3, 0.901, 0.025)]   # below 0.3 a row is mostly wrong
    out = {}
    for pred in PREDICATES:
        best_p: dict[tuple, float] = {}
        for k, p in scored:
            if k[1] == pred:
                best_p[k] = max(p, best_p.get(k, 0.0))
        g = {k for k in gold if k[1] == pred}
        f1 = []
        for t in grid:
            pred_set = {k for k, p in best_p.items() if p >= t}
            tp = len(pred_set & g)
            f1.append(2 * tp / (len(pred_set) + len(g)) if pred_set or g else 0.0)
        w = int(round(smooth / 0.025))
        smoothed = [sum(f1[max(0, i - w):i + w + 1]) / len(f1[max(0, i - w):i + w + 1]) for i in range(len(grid))]
        out[pred] = grid[max(range(len(grid)), key=lambda i: (round(smoothed[i], 9), -abs(grid[i] - 0.5)))]
    return out


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def folds_of(docs: list[GoldDoc], folds: int, seed: int) -> dict[str, int]:
    """pmid -> fold: every version of one document (oracle, end-to-end) lands in the same fold."""
    pmids = sorted({g.pmid for g in docs})
    random.Random(seed).shuffle(pmids)
    return {p: i % folds for i, p in enumerate(pmids)}


@dataclass
class CrossValidation:
    calibration: dict[str, float]
    thresholds: dict[str, float]
    fold_weights: list[dict[str, float]]
    fold_of: dict[str, int]
    scored: list[tuple[tuple, float, str]]      # (key, calibrated out-of-fold probability, source)

    def model_for(self, pmid: str) -> RelationModel:
        """The model that never saw `pmid`, with the shared calibration and thresholds."""
        return RelationModel(self.fold_weights[self.fold_of[pmid]], self.thresholds, {}, self.calibration)


# The decision rule of a calibrated probability: keep a row that is more likely right than wrong.
# Nested check (thresholds chosen on half the documents' out-of-fold scores, F1 on the other half;
# 5 fold assignments x 20 halvings of train + msc-neuro): this rule 0.808, per-predicate thresholds
# fitted as below 0.796-0.802 (their best points moved 0.3-0.75 between fold assignments and retrainings).
CALIBRATED_THRESHOLD = 0.5


def cross_validate(docs: list[GoldDoc], folds: int = 5, seed: int = 0, l2: float = 3.0,
                   calibrate_on: str = "end2end", threshold_seeds: int = 5,
                   fitted_thresholds: bool = False) -> CrossValidation:
    """Document-grouped k-fold: out-of-fold raw scores -> Platt calibration -> thresholds.

    Calibration is fitted on the out-of-fold scores of the documents whose source ends with
    `calibrate_on` (the end-to-end ones: what the scorer meets at run time). Thresholds are
    CALIBRATED_THRESHOLD for every predicate, or with `fitted_thresholds` each predicate's
    best_thresholds on the same scores, the median over `threshold_seeds` fold assignments."""
    fold_of = folds_of(docs, folds, seed)
    ex = RelationExtractor(RelationModel({}, {}, {}))
    per_doc = [examples([g], ex) for g in docs]
    raw: list[tuple[tuple, float, str, int]] = []
    weights = []
    for f in range(folds):
        rows, y = [], []
        for g, (fe, la, _) in zip(docs, per_doc):
            if fold_of[g.pmid] != f:
                rows += fe
                y += la
        w = fit_logreg(rows, y, l2)
        weights.append(w)
        m = RelationModel(w, {}, {})
        for g, (fe, la, keys) in zip(docs, per_doc):
            if fold_of[g.pmid] == f:
                raw += [(k, m.raw(x), g.source, lab) for k, x, lab in zip(keys, fe, la)]
    sel = [r for r in raw if r[2].endswith(calibrate_on)]
    cal = fit_platt(np.array([r[1] for r in sel]), np.array([r[3] for r in sel], dtype=float))
    scored = [(k, float(1 / (1 + np.exp(-(cal["a"] * z + cal["b"])))), src) for k, z, src, _ in raw]
    if not fitted_thresholds:
        return CrossValidation(cal, {pred: CALIBRATED_THRESHOLD for pred in PREDICATES}, weights, fold_of, scored)
    gold = {k for g in docs if g.source.endswith(calibrate_on) for k in g.keys}
    th = best_thresholds([(k, p) for k, p, src in scored if src.endswith(calibrate_on)], gold)
    if threshold_seeds > 1:
        runs = [th] + [cross_validate(docs, folds, s, l2, calibrate_on, threshold_seeds=1,
                                      fitted_thresholds=True).thresholds
                       for s in range(seed + 1, seed + threshold_seeds)]
        th = {pred: float(np.median([r[pred] for r in runs])) for pred in th}
    return CrossValidation(cal, th, weights, fold_of, scored)


def threshold_check(docs: list[GoldDoc], seeds: Iterable[int] = range(5), halvings: int = 20,
                    folds: int = 5, l2: float = 3.0) -> dict[str, tuple[int, int, int]]:
    """Nested comparison of threshold rules on the end-to-end out-of-fold scores: each rule picks its
    thresholds on a random half of the documents and is counted (tp, fp, fn) on the other half."""
    e2e_gold = {k for g in docs if g.source.endswith("end2end") for k in g.keys}
    pmids = sorted({g.pmid for g in docs if g.source.endswith("end2end")})
    rules = {f"calibrated {t}": (lambda sc, gold, t=t: {p: t for p in PREDICATES}) for t in (0.4, 0.5, 0.6)}
    rules |= {f"fitted, smoothed +-{w}": (lambda sc, gold, w=w: best_thresholds(sc, gold, w)) for w in (0.0, 0.1, 0.2)}
    out = {name: (0, 0, 0) for name in rules}
    rng = random.Random(0)
    for seed in seeds:
        cv = cross_validate(docs, folds, seed, l2)
        scored = [(k, p) for k, p, src in cv.scored if src.endswith("end2end")]
        for _ in range(halvings):
            half = set(rng.sample(pmids, len(pmids) // 2))
            for fit, held in ((half, set(pmids) - half), (set(pmids) - half, half)):
                fit_scores = [(k, p) for k, p in scored if k[0] in fit]
                fit_gold = {k for k in e2e_gold if k[0] in fit}
                best: dict[tuple, float] = {}      # each held-out key's best candidate
                for k, p in scored:
                    if k[0] in held:
                        best[k] = max(p, best.get(k, 0.0))
                gold = {k for k in e2e_gold if k[0] in held}
                for name, rule in rules.items():
                    th = rule(fit_scores, fit_gold)
                    pred = {k for k, p in best.items() if p >= th[k[1]]}
                    tp = len(pred & gold)
                    out[name] = tuple(a + b for a, b in zip(out[name], (tp, len(pred) - tp, len(gold) - tp)))
    return out


def train_relations(corpus_dir: str | Path = DEV_CORPUS, output: str | Path = MODEL_DIR, seed: int = 0,
                    l2: float = 3.0, folds: int = 5, annotations: str | Path | None = None,
                    docs: list[GoldDoc] | None = None) -> dict:
    """Fit on the training documents, calibration and thresholds from cross-validation;
    writes OUTPUT/model.json."""
    if Path(output).exists() and not Path(output).is_dir():
        raise ValueError(f"--output {output} is a file; the relation model is written into a folder")
    docs = docs if docs is not None else training_docs(corpus_dir, annotations)
    if len(docs) < folds:
        raise ValueError(f"{corpus_dir}: {len(docs)} training documents, fewer than the {folds} cross-validation"
                         " folds: nothing to train the relation scorer on")
    cv = cross_validate(docs, folds, seed, l2)
    e2e = [g for g in docs if g.source.endswith("end2end")]
    gold = {k for g in e2e for k in g.keys}
    pred = {k for k, p, src in cv.scored if src.endswith("end2end") and p >= cv.thresholds[k[1]]}
    p, r, f = prf(pred, gold)
    ex = RelationExtractor(RelationModel({}, {}, {}))
    rows, y, _ = examples(docs, ex)
    weights = fit_logreg(rows, y, l2)
    sources: dict[str, int] = {}
    for g in docs:
        sources[g.source] = sources.get(g.source, 0) + 1
    meta = {"trained_on": sources, "candidates": len(rows), "positives": int(sum(y)), "l2": l2,
            "folds": folds, "seed": seed, "cv_end2end_candidate_precision": round(p, 4),
            "cv_end2end_candidate_recall": round(r, 4), "cv_end2end_candidate_f1": round(f, 4),
            "name_secretes_precision": 0.9}
    model = RelationModel(weights, cv.thresholds, meta, cv.calibration)
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(model.to_json())
    return meta | {"cv_f1": round(f, 4), "thresholds": cv.thresholds, "calibration": cv.calibration,
                   "path": str(out / "model.json")}
