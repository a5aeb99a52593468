"""Entity annotations for training: character-offset mentions, gold projection, annotation files.

Two sources feed the statistical NER:
- gold files (`*.gold.jsonl`, SPEC section 4) list each distinct (text, label, concept) of a
  document WITHOUT offsets; `project_mentions` turns them into offsets by finding every occurrence;
- the project's own annotation files (`data/annotations/*.jsonl`): one line a document,
  `{"pmid", "text_sha1", "entities": [{"start", "end", "label"[, "concept"]}]}` - offsets into
  the document text of the documents table, never the text itself. `text_sha1` tells whether
  the text an annotation was made on is the one the documents table holds now.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.documents import Document, Section
from pipeline.jsonl import read_jsonl
from pipeline.schema import DOCUMENTS, to_table

LABELS = ("CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE", "DISEASE")


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    label: str
    concept: str | None = None


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# --- gold projection ---------------------------------------------------------------------------

def _occurrences(text: str, needle: str, flags: int = 0) -> list[tuple[int, int]]:
    # Word-boundary aware on alphanumerics only: "MSC" is found in "MSC-NTF" (hyphen is a
    # boundary) but not in "MSCs"; punctuation inside the needle is matched literally.
    pattern = r"(?<![A-Za-z0-9])" + re.escape(needle) + r"(?![A-Za-z0-9])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def resolve_overlaps(candidates: Iterable[Mention]) -> list[Mention]:
    """Longest first (then leftmost); a candidate overlapping an accepted one is dropped."""
    accepted: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(set(candidates), key=lambda m: (-(m.end - m.start), m.start, m.label)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        accepted.append(m)
        taken.append((m.start, m.end))
    return sorted(accepted)


def project_mentions(text: str, entities: Iterable[Mapping]) -> list[Mention]:
    """Gold entities without offsets -> every occurrence in `text`, overlaps resolved longest first.

    Occurrences are found in any case, except all-capitals acronyms (`ALS`), found as written when
    they occur so. The same text under two labels keeps the first listed.
    """
    candidates: list[Mention] = []
    seen: set[str] = set()
    for e in entities:
        surface = e["text"].strip()
        if not surface or surface in seen or e["label"] not in LABELS:
            continue
        seen.add(surface)
        # Words match in any case (sentence-initial or title capitals); an all-capitals acronym
        # only as written, unless it is nowhere as written.
        acronym = surface == surface.upper()
        spans = (_occurrences(text, surface) if acronym else []) or _occurrences(text, surface, re.IGNORECASE)
        candidates += [Mention(s, t, e["label"], e.get("concept")) for s, t in spans]
    return resolve_overlaps(candidates)


# --- documents ---------------------------------------------------------------------------------

def document_from_record(rec: Mapping) -> Document:
    """A corpora `abstracts.jsonl` record -> Document (abstract: a string or a list of {label, text}).

    Stands in for the ingest stage where documents.parquet is not there yet; the text it gives
    (title + "\\n" + sections joined by "\\n") is the one every offset points into.
    """
    abstract = rec.get("abstract") or []
    if isinstance(abstract, str):
        sections = (Section(None, None, abstract),) if abstract else ()
    else:
        sections = tuple(Section(s.get("label") or None, None, s["text"]) for s in abstract if s.get("text"))
    year = rec.get("year")
    return Document(
        pmid=str(rec["pmid"]), title=rec.get("title") or "", sections=sections,
        journal=rec.get("journal"), year=int(year) if year else None, doi=rec.get("doi"),
        pmcid=rec.get("pmcid"), publication_types=tuple(rec.get("publication_types") or ()),
        source=rec.get("source_url"),
    )


def documents_table_from_jsonl(path: Path) -> pa.Table:
    """Corpora `abstracts.jsonl` -> a documents table (pipeline.schema.DOCUMENTS)."""
    return to_table((document_from_record(r).to_row() for r in read_jsonl(path)), DOCUMENTS)


def read_texts(paths: Iterable[Path]) -> dict[str, str]:
    """pmid -> document text from documents tables (.parquet file or folder) or abstracts.jsonl files."""
    texts: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"documents not found: {path}")
        if path.suffix == ".jsonl":
            table = documents_table_from_jsonl(path)
        else:
            table = pq.read_table(path, columns=["pmid", "text"])
        texts.update(zip(table.column("pmid").to_pylist(), table.column("text").to_pylist()))
    return texts


# --- annotation files --------------------------------------------------------------------------

def read_annotations(path: Path) -> dict[str, tuple[str | None, list[Mention]]]:
    """An annotation file -> pmid -> (text_sha1 or None, mentions); labels and offsets checked."""
    out: dict[str, tuple[str | None, list[Mention]]] = {}
    for n, rec in enumerate(read_jsonl(path), 1):
        pmid = str(rec["pmid"])
        mentions = []
        for e in rec.get("entities", []):
            if e["label"] not in LABELS:
                raise ValueError(f"{path}: pmid {pmid}: unknown label {e['label']!r}; known: {LABELS}")
            if not 0 <= e["start"] < e["end"]:
                raise ValueError(f"{path}: pmid {pmid}: bad offsets {e['start']}-{e['end']}")
            mentions.append(Mention(int(e["start"]), int(e["end"]), e["label"], e.get("concept")))
        out[pmid] = (rec.get("text_sha1"), sorted(mentions))
    return out


def write_annotations(path: Path, docs: Iterable[tuple[str, str, Iterable[Mention]]]) -> int:
    """(pmid, text, mentions) -> annotation file lines (offsets and a hash of the text, no text)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for pmid, text, mentions in docs:
            ents = []
            for m in sorted(mentions):
                e = {"start": m.start, "end": m.end, "label": m.label}
                if m.concept:
                    e["concept"] = m.concept
                ents.append(e)
            fh.write(json.dumps({"pmid": pmid, "text_sha1": text_sha1(text), "entities": ents}) + "\n")
            n += 1
    return n
