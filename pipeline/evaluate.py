"""Score the tables against gold annotations, by the rules of SPEC section 4.

- mentions: per document, the distinct predicted (text, label) are matched one-to-one (greedy,
  in sorted order) to distinct gold texts of the same label; lower-cased, one contains the other
  or their word sets overlap by at least half of the larger;
- concepts: the set of (pmid, label, concept), `*:other` left out;
- relations: the set of (pmid, predicate, subject, object); `effect`, `negated` and `hedged`
  are accuracies over the matched relations.
Only documents present in the gold file (or the chosen split) are scored.

Gold files may also be kept as offsets (`data/annotations/*.gold.jsonl`: `start`/`end` into the
document text instead of `text`, so no abstract text is stored); `spec_gold` turns them into
SPEC section 4 records given the document texts, and `evaluate` takes those texts from the
`documents` table.
"""
from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.jsonl import read_jsonl

log = logging.getLogger(__name__)

LABELS = ("CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE", "DISEASE")
PREDICATES = ("ADMINISTERED_VIA", "SECRETES", "AFFECTS", "FACTOR_AFFECTS")
ATTRIBUTES = ("effect", "negated", "hedged")


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}

    def summary(self) -> str:
        """One line in percent, as the benchmarks print it."""
        return (f"P {100 * self.precision:5.1f}  R {100 * self.recall:5.1f}  F1 {100 * self.f1:5.1f}   "
                f"(tp {self.tp} fp {self.fp} fn {self.fn})")


@dataclass
class Scores:
    documents: int
    mentions: dict[str, Counts] = field(default_factory=dict)
    concepts: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)   # (right, total)

    @staticmethod
    def micro(table: dict[str, Counts]) -> Counts:
        return sum(table.values(), Counts())

    def as_dict(self) -> dict:
        block = lambda t: {**{k: v.as_dict() for k, v in t.items()}, "ALL": self.micro(t).as_dict()}  # noqa: E731
        return {"documents": self.documents, "mentions": block(self.mentions), "concepts": block(self.concepts),
                "relations": block(self.relations),
                "attributes": {k: {"right": r, "total": n, "accuracy": r / n if n else None}
                               for k, (r, n) in self.attributes.items()}}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def mention_match(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    if a in b or b in a:
        return True
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) >= 0.5 * max(len(wa), len(wb))


def match_mentions(predicted: list[str], gold: list[str]) -> Counts:
    """Greedy one-to-one matching of sorted distinct texts."""
    used: set[int] = set()
    tp = fp = 0
    for p in sorted(set(predicted)):
        hit = next((i for i, g in enumerate(gold) if i not in used and mention_match(p, g)), None)
        if hit is None:
            fp += 1
        else:
            used.add(hit)
            tp += 1
    return Counts(tp, fp, len(gold) - len(used))


def unmatched(predicted: list[str], gold: list[str]) -> tuple[list[str], list[str]]:
    """(gold texts no prediction matches, predictions no gold text matches): what an error listing
    shows, since match_mentions pairs greedily one to one and can leave a matchable text unpaired."""
    return ([g for g in gold if not any(mention_match(p, g) for p in predicted)],
            [p for p in predicted if not any(mention_match(p, g) for g in gold)])


def span_counts(text: str, gold: list[tuple[int, int]], predicted: list[tuple[int, int]],
                errors: str | None = None) -> dict[str, Counts]:
    """One document's character spans scored three ways: `lenient` (SPEC section 4 on the distinct
    lower-cased texts), `exact` (same offsets) and `overlap` (a span counts when it overlaps one of the
    other side). With `errors` (a document id) the texts with no partner at all are printed under it."""
    gtexts = sorted({text[s:e].lower() for s, e in gold})
    ptexts = sorted({text[s:e].lower() for s, e in predicted})
    gs, ps = set(gold), set(predicted)

    def hit(a: tuple[int, int], spans) -> bool:
        return any(a[0] < b[1] and b[0] < a[1] for b in spans)
    if errors is not None:
        missed, false = unmatched(ptexts, gtexts)
        if missed or false:
            print(f"== {errors}")
            print("".join(f"  MISS  {g}\n" for g in missed) + "".join(f"  FALSE {p}\n" for p in false), end="")
    return {"lenient": match_mentions(ptexts, gtexts),
            "exact": Counts(len(gs & ps), len(ps - gs), len(gs - ps)),
            "overlap": Counts(sum(hit(g, predicted) for g in gold), sum(not hit(p, gold) for p in predicted),
                              sum(not hit(g, predicted) for g in gold))}


def load_gold(path: str | Path, pmids: set[str] | None = None) -> dict[str, dict]:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"gold file not found: {path}")
    return {str(doc["pmid"]): doc for doc in read_jsonl(path, require="pmid", what="gold record", check=gold_problem)
            if pmids is None or str(doc["pmid"]) in pmids}


def gold_problem(doc: dict) -> str | None:
    """What keeps a gold record from being scored (SPEC section 4, or entity offsets), if anything:
    the scorer reads these keys without asking."""
    entities, relations = doc.get("entities"), doc.get("relations", [])
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        return '"entities" must be a list of objects'
    for n, e in enumerate(entities):
        if "label" not in e or not ("text" in e or ("start" in e and "end" in e)):
            return f'entity {n} needs "label" and "text" (or "start" and "end")'
    if not isinstance(relations, list) or not all(isinstance(r, dict) for r in relations):
        return '"relations" must be a list of objects'
    for n, r in enumerate(relations):
        missing = [k for k in ("predicate", "subject", "object") if k not in r]
        if missing:
            return f"relation {n} lacks {', '.join(map(repr, missing))}"
    return None


def is_offset_record(doc: dict) -> bool:
    return any("text" not in e and "start" in e for e in doc.get("entities", []))


def spec_record(doc: dict, text: str) -> dict:
    """One offset-annotated document as a SPEC section 4 record: distinct (text, label), first
    concept seen; relation evidence offsets become the evidence sentence."""
    pmid = str(doc["pmid"])
    seen: dict[tuple[str, str], str] = {}
    for n, e in enumerate(doc.get("entities", [])):
        if "text" in e:
            seen.setdefault((e["text"], e["label"]), e.get("concept"))
            continue
        start, end = int(e["start"]), int(e["end"])
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"gold {pmid} entity {n}: offsets {start}-{end} outside the text ({len(text)} chars)")
        if text[start:end] != text[start:end].strip():
            raise ValueError(f"gold {pmid} entity {n}: span {start}-{end} starts or ends with white space")
        seen.setdefault((text[start:end], e["label"]), e.get("concept"))
    relations = []
    for r in doc.get("relations", []):
        r = dict(r)
        if "evidence_start" in r:
            r["evidence"] = text[int(r.pop("evidence_start")):int(r.pop("evidence_end"))]
        relations.append(r)
    return {"pmid": pmid, "entities": [{"text": t, "label": l, "concept": c} for (t, l), c in seen.items()],
            "relations": relations}


class MissingText(KeyError, ValueError):
    """A gold document's text is not in the documents table (a ValueError, so `litmine` names it)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def spec_gold(gold: dict[str, dict], texts: dict[str, str]) -> dict[str, dict]:
    """Offset-annotated gold -> SPEC section 4 gold (records already in SPEC shape pass through)."""
    out = {}
    for pmid, doc in gold.items():
        if not is_offset_record(doc):
            out[pmid] = doc
        elif pmid not in texts:
            raise MissingText(f"gold document {pmid} is offset-annotated but its text is not in the documents"
                              " table: ingest or fetch it first")
        else:
            out[pmid] = spec_record(doc, texts[pmid])
    return out


def document_texts(documents: pd.DataFrame) -> dict[str, str]:
    """THE document text of each row of the documents table: title, newline, abstract."""
    return {str(p): (t or "") + "\n" + (a or "")
            for p, t, a in zip(documents["pmid"], documents["title"], documents["abstract"])}


def load_split(spec: str) -> set[str]:
    """`FILE:NAME` -> the PMIDs listed under NAME in the JSON file FILE."""
    path, _, name = spec.rpartition(":")
    if not path or not name:
        raise ValueError(f"--split wants FILE:NAME, got {spec!r}")
    if not Path(path).is_file():
        raise FileNotFoundError(f"split file not found: {path}")
    try:
        splits = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None
    if not isinstance(splits, dict):
        raise ValueError(f"{path}: not a split file (expected a JSON object of NAME: [PMID, ...])")
    if name not in splits:
        raise ValueError(f"{path}: no split {name!r}; known: {', '.join(splits)}")
    return {str(p) for p in splits[name]}


# The columns scoring reads from each table (attributes missing from relations count as not given).
NEEDED = {"documents": ["pmid", "title", "abstract"], "entities": ["pmid", "label", "text", "concept_id"],
          "relations": ["pmid", "predicate", "subject_id", "object_id"]}


def read_table(data: str | Path, name: str) -> pd.DataFrame:
    path = Path(data) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"missing {name}.parquet in {data}")
    try:
        df = pd.read_parquet(path)
    except (pa.ArrowException, OSError) as exc:
        raise ValueError(f"{path}: cannot read the table ({exc})") from None
    missing = [c for c in NEEDED.get(name, []) if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: no column {', '.join(missing)} (a table from an older litmine?"
                         " `litmine extract --full` rewrites it)")
    return df


def check_extracted(gold: dict[str, dict], data: str | Path, gold_path: str | Path) -> None:
    """Gold documents the tables never extracted would count as misses: none extracted is an error
    (wrong --data or --gold), some missing a warning naming them. Skipped when there is no
    extractions table (tables written by hand)."""
    path = Path(data) / "extractions.parquet"
    if not path.exists():
        return
    done = set(pd.read_parquet(path, columns=["pmid"])["pmid"].astype(str))
    missing = sorted(set(gold) - done)
    if not missing:
        return
    shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
    if len(missing) == len(gold):
        raise ValueError(f"none of the {len(gold)} gold documents of {gold_path} has been extracted in {data}"
                         f" (PMIDs {shown}): ingest or fetch them, then run litmine extract")
    log.warning("%d of %d gold documents of %s are not extracted in %s and count as misses: %s",
                len(missing), len(gold), gold_path, data, shown)


def _none(x):
    return None if (isinstance(x, float) and x != x) else x


def score(gold: dict[str, dict], entities: pd.DataFrame, relations: pd.DataFrame) -> Scores:
    ents = entities.assign(pmid=entities["pmid"].astype(str))
    ents = ents[ents["pmid"].isin(gold)]
    rels = relations.assign(pmid=relations["pmid"].astype(str)) if len(relations.columns) else relations
    rels = rels[rels["pmid"].isin(gold)] if "pmid" in rels else rels
    out = Scores(documents=len(gold))

    texts = defaultdict(list)
    for pmid, label, text in zip(ents["pmid"], ents["label"], ents["text"]):
        texts[(pmid, label)].append(text)
    for label in LABELS:
        total = Counts()
        for pmid, doc in gold.items():
            g = sorted({e["text"] for e in doc["entities"] if e["label"] == label})
            total += match_mentions(texts.get((pmid, label), []), g)
        out.mentions[label] = total

    gold_c = {(pmid, e["label"], e["concept"]) for pmid, d in gold.items() for e in d["entities"]
              if e.get("concept") and not e["concept"].endswith(":other")}
    pred_c = {(p, l, c) for p, l, c in zip(ents["pmid"], ents["label"], ents["concept_id"])
              if isinstance(c, str) and not c.endswith(":other")}
    for label in LABELS:
        g = {c for c in gold_c if c[1] == label}
        p = {c for c in pred_c if c[1] == label}
        out.concepts[label] = Counts(len(g & p), len(p - g), len(g - p))

    gold_r: dict[tuple, dict] = {}
    for pmid, d in gold.items():
        for r in d.get("relations", []):
            gold_r.setdefault((pmid, r["predicate"], r["subject"], r["object"]), r)
    pred_r: dict[tuple, list[dict]] = defaultdict(list)
    for r in rels.to_dict("records") if len(rels) else []:
        pred_r[(r["pmid"], r["predicate"], r["subject_id"], r["object_id"])].append(r)
    for pred in PREDICATES:
        g = {k for k in gold_r if k[1] == pred}
        p = {k for k in pred_r if k[1] == pred}
        out.relations[pred] = Counts(len(g & p), len(p - g), len(g - p))
    for attr in ATTRIBUTES:
        right = total = 0
        for key in set(gold_r) & set(pred_r):
            if attr == "effect" and key[1] not in ("AFFECTS", "FACTOR_AFFECTS"):
                continue
            want = gold_r[key].get(attr)
            got = [_none(r.get(attr)) for r in pred_r[key]]
            total += 1
            right += (want in got) if attr == "effect" else (bool(want) == any(bool(x) for x in got))
        out.attributes[attr] = (right, total)
    return out


def format_scores(s: Scores) -> str:
    lines = [f"{s.documents} gold documents"]
    for name, table in (("mentions", s.mentions), ("concepts", s.concepts), ("relations", s.relations)):
        lines.append(f"{name:<22} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn")
        for key, c in [*table.items(), ("ALL (micro)", Scores.micro(table))]:
            lines.append(f"  {key:<20} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  {c.tp}/{c.fp}/{c.fn}")
    for attr, (right, total) in s.attributes.items():
        lines.append(f"  {attr} accuracy on matched relations: {right}/{total}")
    lines.append(f"entity concept F1 {Scores.micro(s.concepts).f1:.3f}  relation F1 {Scores.micro(s.relations).f1:.3f}")
    return "\n".join(lines)


def evaluate(gold_path: str | Path, data: str | Path, split: str | None = None) -> Scores:
    gold = load_gold(gold_path, load_split(split) if split else None)
    if not gold:
        raise ValueError(f"{gold_path}: no gold documents" + (f" in split {split}" if split else ""))
    check_extracted(gold, data, gold_path)
    if any(is_offset_record(d) for d in gold.values()):
        gold = spec_gold(gold, document_texts(read_table(data, "documents")))
    return score(gold, read_table(data, "entities"), read_table(data, "relations"))
