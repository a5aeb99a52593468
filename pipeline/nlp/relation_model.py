"""Training the relation scorer: a logistic regression over candidate features (numpy + scipy).

The training data is the `train` split of ../shared/corpora/als-msc-dev, read at run time (never
copied into the project). Its gold entities are projected onto the text ("oracle entities"), the
relation component's own candidate generator proposes pairs, and a pair is positive when its
(predicate, subject concept, object concept) is a gold relation of the document. Thresholds per
predicate are chosen on out-of-fold predictions (document-grouped k-fold), maximising the
concept-level F1 of SPEC section 4; confidences are the model's probabilities.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import spacy
from scipy.optimize import minimize
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.documents import Document, Section
from pipeline.nlp import extensions as _extensions  # noqa: F401
from pipeline.nlp.relations import PREDICATES, RelationExtractor, RelationModel, candidates, concept_of

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
    recs = {str(r["pmid"]): r for r in map(json.loads, (path / "abstracts.jsonl").open(encoding="utf-8"))}
    gold = {str(g["pmid"]): g for g in map(json.loads, (path / "gold.jsonl").open(encoding="utf-8"))}
    split = {k: [str(p) for p in v] for k, v in json.loads((path / "split.json").read_text()).items()}
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
    from scispacy.custom_tokenizer import combined_rule_tokenizer
    nlp = spacy.blank("en")
    nlp.tokenizer = combined_rule_tokenizer(nlp)
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


def examples(docs: list[Doc], gold: set[tuple], extractor: RelationExtractor) -> tuple[list, list, list]:
    feats, labels, keys = [], [], []
    for doc in docs:
        for c in candidates(doc, extractor.max_subjects, extractor.max_distance, extractor.max_back):
            key = (doc._.pmid, c.predicate, concept_of(c.subj), concept_of(c.obj))
            feats.append(c.features)
            labels.append(int(key in gold))
            keys.append(key)
    return feats, labels, keys


def best_thresholds(scored: list[tuple[tuple, float]], gold: set[tuple]) -> dict[str, float]:
    """Per predicate, the threshold maximising concept-level F1 over (key, probability) pairs."""
    out = {}
    for pred in PREDICATES:
        best_p: dict[tuple, float] = {}
        for k, p in scored:
            if k[1] == pred:
                best_p[k] = max(p, best_p.get(k, 0.0))
        g = {k for k in gold if k[1] == pred}
        best = (0.0, 0.5)
        for t in np.arange(0.4, 0.91, 0.025):   # floor 0.4: below it a row is more likely wrong than right
            pred_set = {k for k, p in best_p.items() if p >= t}
            tp = len(pred_set & g)
            f = 2 * tp / (len(pred_set) + len(g)) if pred_set or g else 0.0
            if f > best[0] + 1e-9:
                best = (f, float(round(t, 3)))
        out[pred] = best[1]
    return out


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(corpus: DevCorpus, pmids: list[str], docs: list[Doc], folds: int = 5, seed: int = 0,
                   l2: float = 1.0) -> dict:
    """Document-grouped k-fold: out-of-fold probabilities, thresholds and concept-level F1."""
    order = list(range(len(pmids)))
    random.Random(seed).shuffle(order)
    gold = gold_keys(corpus, pmids)
    ex = RelationExtractor(RelationModel({}, {}, {}))
    per_doc = [examples([d], gold, ex) for d in docs]
    scored: list[tuple[tuple, float]] = []
    for f in range(folds):
        test = {order[i] for i in range(len(order)) if i % folds == f}
        rows, y = [], []
        for i, (fe, la, _) in enumerate(per_doc):
            if i not in test:
                rows += fe
                y += la
        w = fit_logreg(rows, y, l2)
        m = RelationModel(w, {}, {})
        for i in test:
            fe, _, keys = per_doc[i]
            scored += [(k, m.score(x)) for k, x in zip(keys, fe)]
    th = best_thresholds(scored, gold)
    pred = set()
    for k, p in scored:
        if p >= th[k[1]]:
            pred.add(k)
    return {"thresholds": th, "prf": prf(pred, gold), "scored": scored}


def train_relations(corpus_dir: str | Path = DEV_CORPUS, output: str | Path = MODEL_DIR, seed: int = 0,
                    l2: float = 1.0, folds: int = 5) -> dict:
    """Fit on the train split, thresholds from cross-validation; writes OUTPUT/model.json."""
    corpus = load_corpus(corpus_dir)
    pmids = corpus.split["train"]
    docs = oracle_docs(corpus, pmids)
    cv = cross_validate(corpus, pmids, docs, folds, seed, l2)
    gold = gold_keys(corpus, pmids)
    ex = RelationExtractor(RelationModel({}, {}, {}))
    rows, y, _ = examples(docs, gold, ex)
    weights = fit_logreg(rows, y, l2)
    p, r, f = cv["prf"]
    meta = {"trained_on": "als-msc-dev train split (oracle entities)", "documents": len(pmids),
            "candidates": len(rows), "positives": int(sum(y)), "l2": l2, "folds": folds, "seed": seed,
            "cv_precision": round(p, 4), "cv_recall": round(r, 4), "cv_f1": round(f, 4),
            "name_secretes_precision": 0.9}
    model = RelationModel(weights, cv["thresholds"], meta)
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(model.to_json())
    return meta | {"thresholds": cv["thresholds"], "path": str(out / "model.json")}
