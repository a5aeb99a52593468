"""The concept vocabulary (`models/concepts.jsonl`): SPEC section 2 ids, names, aliases, parents.

One JSON object a line, in scispaCy's KnowledgeBase shape (`concept_id`, `canonical_name`,
`aliases`, `types`, `definition`) plus our keys: `label` (the SPEC section 1 label),
`parents` (SPEC parent ids), `xrefs` (ontology ids: CL, HGNC, MeSH) and `context_aliases`
(short forms too ambiguous to match on their own — `MS`, `IT`, `PD` — that count only where a
document defines them; the linker still knows them). The same file drives the rule patterns,
the linker's index, the NER training labels and evaluation.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from scispacy.linking_utils import Entity, KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / "models" / "concepts.jsonl"

LABELS = ("CELL_TYPE", "NEUROTROPHIC_FACTOR", "OUTCOME", "ROUTE", "DISEASE")
# scispaCy's Entity fields; everything else in a line is ours and is stripped for the KB.
KB_KEYS = ("concept_id", "canonical_name", "aliases", "types", "definition")
_PREFIX = {"CELL_TYPE": "cell", "NEUROTROPHIC_FACTOR": "factor", "OUTCOME": "outcome", "ROUTE": "route", "DISEASE": "disease"}


def normalize_alias(text: str) -> str:
    """The key aliases are looked up by: case, curly quotes, dashes and spacing folded."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"[‐‑‒–—−]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Concept:
    concept_id: str
    label: str
    canonical_name: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    xrefs: tuple[tuple[str, str], ...] = ()
    types: tuple[str, ...] = ()
    definition: str | None = None
    context_aliases: tuple[str, ...] = ()

    @property
    def is_other(self) -> bool:
        return self.concept_id.endswith(":other")

    def names(self) -> tuple[str, ...]:
        """Canonical name first, then aliases (context aliases excluded)."""
        return (self.canonical_name, *[a for a in self.aliases if a != self.canonical_name])

    def to_entity(self) -> Entity:
        return Entity(self.concept_id, self.canonical_name, list(self.aliases) + list(self.context_aliases),
                      list(self.types), self.definition)


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, Concept]
    fingerprint: str = ""
    path: Path | None = field(default=None, compare=False)

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts.values())

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def __getitem__(self, concept_id: str) -> Concept:
        try:
            return self.concepts[concept_id]
        except KeyError:
            raise KeyError(f"unknown concept id {concept_id!r} (vocabulary {self.path})") from None

    def label_of(self, concept_id: str) -> str:
        return self[concept_id].label

    def name_of(self, concept_id: str) -> str:
        return self[concept_id].canonical_name

    def other_id(self, label: str) -> str:
        if label not in _PREFIX:
            raise KeyError(f"unknown label {label!r}; known: {', '.join(LABELS)}")
        return f"{_PREFIX[label]}:other"

    def ancestors(self, concept_id: str) -> tuple[str, ...]:
        """Parents, their parents, ... nearest first, without repeats."""
        out: list[str] = []
        todo = list(self[concept_id].parents)
        while todo:
            cid = todo.pop(0)
            if cid not in out:
                out.append(cid)
                todo.extend(self[cid].parents)
        return tuple(out)

    def is_a(self, concept_id: str, ancestor: str) -> bool:
        return concept_id == ancestor or ancestor in self.ancestors(concept_id)

    @cached_property
    def _alias_index(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for c in self:
            for name in (*c.names(), *c.context_aliases):
                ids = index.setdefault(normalize_alias(name), [])
                if c.concept_id not in ids:
                    ids.append(c.concept_id)
        return {k: tuple(v) for k, v in index.items()}

    def lookup(self, text: str, label: str | None = None) -> tuple[Concept, ...]:
        """Concepts with `text` as a name or alias (case-insensitive), optionally of one label."""
        ids = self._alias_index.get(normalize_alias(text), ())
        return tuple(self[i] for i in ids if label is None or self[i].label == label)

    def of_label(self, label: str) -> tuple[Concept, ...]:
        return tuple(c for c in self if c.label == label)

    def kb_entities(self) -> list[Entity]:
        return [c.to_entity() for c in self]

    def knowledge_base(self) -> KnowledgeBase:
        """scispaCy's KnowledgeBase over these concepts (our extra keys stripped)."""
        return KnowledgeBase(self.kb_entities())

    def write_kb_jsonl(self, path: str | Path) -> Path:
        """The vocabulary in scispaCy's own JSONL shape (loadable by `KnowledgeBase(path)`)."""
        path = Path(path)
        with open(path, "w", encoding="utf-8") as fh:
            for e in self.kb_entities():
                fh.write(json.dumps(e._asdict(), ensure_ascii=False) + "\n")
        return path


def parse_concept(raw: dict, where: str) -> Concept:
    missing = [k for k in ("concept_id", "canonical_name", "label") if not raw.get(k)]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    if raw["label"] not in LABELS:
        raise ValueError(f"{where}: label {raw['label']!r} is not one of {', '.join(LABELS)}")
    prefix = _PREFIX[raw["label"]] + ":"
    if not raw["concept_id"].startswith(prefix):
        raise ValueError(f"{where}: {raw['concept_id']!r} of label {raw['label']} must start with {prefix!r}")
    return Concept(
        concept_id=raw["concept_id"],
        label=raw["label"],
        canonical_name=raw["canonical_name"],
        aliases=tuple(raw.get("aliases") or ()),
        parents=tuple(raw.get("parents") or ()),
        xrefs=tuple(sorted((raw.get("xrefs") or {}).items())),
        types=tuple(raw.get("types") or (raw["label"],)),
        definition=raw.get("definition"),
        context_aliases=tuple(raw.get("context_aliases") or ()),
    )


def load(path: str | Path | None = None) -> Vocabulary:
    """Read and check the vocabulary file (every parent known, every label has its `*:other`)."""
    path = Path(path) if path else DEFAULT_PATH
    if not path.is_file():
        raise FileNotFoundError(f"concept vocabulary not found: {path}")
    blob = path.read_bytes()
    concepts: dict[str, Concept] = {}
    for n, line in enumerate(blob.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc})") from None
        c = parse_concept(raw, f"{path}:{n}")
        if c.concept_id in concepts:
            raise ValueError(f"{path}:{n}: duplicate concept id {c.concept_id}")
        concepts[c.concept_id] = c
    vocab = Vocabulary(concepts, hashlib.sha1(blob).hexdigest(), path)
    for c in vocab:
        for p in c.parents:
            if p not in concepts:
                raise ValueError(f"{path}: {c.concept_id} has unknown parent {p}")
            if concepts[p].label != c.label:
                raise ValueError(f"{path}: {c.concept_id} and its parent {p} differ in label")
    for label in LABELS:
        if vocab.other_id(label) not in concepts:
            raise ValueError(f"{path}: no {vocab.other_id(label)} concept")
    return vocab
