"""Our own relation annotations of ../shared/corpora/msc-neuro-unlabeled, as SPEC section 4 gold.

`data/annotations/msc-neuro-relations.jsonl` holds one relation a line — `pmid, predicate, subject,
object, effect, negated, hedged, start, end` — where start/end are character offsets of the evidence
sentence(s) in the document text (title + "\\n" + abstract sections joined by "\\n", see
pipeline.documents). No abstract text is stored: the evidence is read from the corpus at run time.
A line with `"predicate": null` marks a document that was read and states no relation.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.nlp.relations.labels import EFFECT_PREDICATES, PREDICATES

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = ROOT / "data" / "annotations" / "msc-neuro-relations.jsonl"
CORPUS = ROOT.parent / "shared" / "corpora" / "msc-neuro-unlabeled"
EFFECTS = ("favorable", "unfavorable", "null", "unclear")


def load(path: str | Path = DEFAULT_PATH, corpus_dir: str | Path = CORPUS) -> tuple[dict[str, dict], dict[str, dict]]:
    """(gold by pmid in SPEC section 4 form with `entities: []`, the corpus records of those pmids)."""
    from pipeline.nlp.relation_model import as_document
    path, corpus_dir = Path(path), Path(corpus_dir)
    if not (corpus_dir / "abstracts.jsonl").is_file():
        raise FileNotFoundError(f"corpus not found: {corpus_dir / 'abstracts.jsonl'}")
    records = {str(r["pmid"]): r for r in map(json.loads, (corpus_dir / "abstracts.jsonl").open(encoding="utf-8"))}
    gold: dict[str, dict] = {}
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        a = json.loads(line)
        pmid = str(a["pmid"])
        where = f"{path}:{n}"
        if pmid not in records:
            raise ValueError(f"{where}: pmid {pmid} is not in {corpus_dir}")
        doc = gold.setdefault(pmid, {"pmid": pmid, "entities": [], "relations": []})
        if a.get("predicate") is None:
            continue
        pred = a["predicate"]
        if pred not in PREDICATES:
            raise ValueError(f"{where}: unknown predicate {pred!r}")
        s_label, o_label = PREDICATES[pred]
        for role, label in (("subject", s_label), ("object", o_label)):
            prefix = {"CELL_TYPE": "cell:", "NEUROTROPHIC_FACTOR": "factor:", "OUTCOME": "outcome:", "ROUTE": "route:"}[label]
            if not str(a[role]).startswith(prefix):
                raise ValueError(f"{where}: {role} {a[role]!r} is not a {label} concept")
        effect = a.get("effect")
        if (pred in EFFECT_PREDICATES) != (effect in EFFECTS):
            raise ValueError(f"{where}: effect {effect!r} does not fit {pred}")
        text = as_document(records[pmid]).text
        start, end = int(a["start"]), int(a["end"])
        if not 0 <= start < end <= len(text):
            raise ValueError(f"{where}: evidence offsets {start}-{end} outside the text ({len(text)} characters)")
        doc["relations"].append({"predicate": pred, "subject": a["subject"], "object": a["object"],
                                 "effect": effect, "negated": bool(a.get("negated")), "hedged": bool(a.get("hedged")),
                                 "evidence": text[start:end]})
    return gold, {p: records[p] for p in gold}


ANNOTATIONS = ROOT / "data" / "annotations"
ENTITY_GOLD = (ANNOTATIONS / "msc-neuro-dev.gold.jsonl", ANNOTATIONS / "msc-neuro-extra.gold.jsonl")


def entity_gold(paths: tuple[Path, ...] = ENTITY_GOLD) -> dict[str, list[dict]]:
    """Entity offsets (start, end, label, concept) by pmid from the entity annotations of the same
    corpus (read only; absent files are skipped). The held-out check set is never among them."""
    out = {}
    for path in paths:
        if not path.is_file():
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                if rec.get("entities") and "start" in rec["entities"][0]:
                    out[str(rec["pmid"])] = rec["entities"]
    return out
