"""The document: what every source (Entrez, local XML) produces and every later stage reads."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from datetime import date


# json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False) builds this encoder on every
# call; built once it writes the same text, so the same hashes (a few % of content_hash's time).
_HASH_JSON = json.JSONEncoder(sort_keys=True, default=str, ensure_ascii=False)


@dataclass(frozen=True)
class Section:
    label: str | None
    category: str | None
    text: str


@dataclass(frozen=True)
class MeshHeading:
    descriptor: str
    ui: str | None = None
    major: bool = False
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    pmid: str
    title: str
    sections: tuple[Section, ...] = ()
    version: int = 1
    journal: str | None = None
    year: int | None = None
    pub_date: str | None = None
    publication_types: tuple[str, ...] = ()
    mesh_headings: tuple[MeshHeading, ...] = ()
    keywords: tuple[str, ...] = ()
    chemicals: tuple[str, ...] = ()
    language: str | None = None
    doi: str | None = None
    pmcid: str | None = None
    article_type: str = "article"
    date_revised: date | None = None
    entrez_date: date | None = None
    source: str | None = None

    @property
    def abstract(self) -> str:
        return "\n".join(s.text for s in self.sections)

    @property
    def text(self) -> str:
        """THE document text every offset points into: title, newline, sections joined by newlines."""
        return self.title + "\n" + self.abstract

    def section_spans(self) -> list[dict]:
        spans = [{"label": "TITLE", "category": "TITLE", "start": 0, "end": len(self.title)}]
        pos = len(self.title) + 1
        for s in self.sections:
            spans.append({"label": s.label, "category": s.category, "start": pos, "end": pos + len(s.text)})
            pos += len(s.text) + 1
        return spans

    @property
    def content_hash(self) -> str:
        """Stable over the fields that matter; `source` is left out so a re-sent record hashes the same."""
        # The same payload as dataclasses.asdict(self) (so the same hash), built without its deepcopy,
        # which cost more than parsing the XML.
        payload = dict(vars(self))
        payload.pop("source", None)
        payload["sections"] = [vars(s) for s in self.sections]
        payload["mesh_headings"] = [vars(m) for m in self.mesh_headings]
        blob = _HASH_JSON.encode(payload)
        return hashlib.sha1(blob.encode("utf-8")).hexdigest()

    def to_row(self) -> dict:
        """A row of the documents table (pipeline.schema.DOCUMENTS), less `updated_at`."""
        return {
            "pmid": self.pmid,
            "version": self.version,
            "title": self.title,
            "abstract": self.abstract,
            "text": self.text,
            "sections": self.section_spans(),
            "journal": self.journal,
            "year": self.year,
            "pub_date": self.pub_date,
            "publication_types": list(self.publication_types),
            "mesh_terms": [m.descriptor for m in self.mesh_headings],
            "mesh_headings": [
                {"descriptor": m.descriptor, "ui": m.ui, "major": m.major, "qualifiers": list(m.qualifiers)}
                for m in self.mesh_headings
            ],
            "keywords": list(self.keywords),
            "chemicals": list(self.chemicals),
            "language": self.language,
            "doi": self.doi,
            "pmcid": self.pmcid,
            "article_type": self.article_type,
            "date_revised": self.date_revised,
            "entrez_date": self.entrez_date,
            "content_hash": self.content_hash,
            "source": self.source,
        }


_DOCUMENT_FIELDS = frozenset(f.name for f in fields(Document))


def document_from_fields(values: dict) -> Document:
    """The same Document as `Document(**values)`, for the parser's hot loop: a frozen dataclass's
    __init__ sets each of the 18 fields through object.__setattr__, which cost ~4 µs a record.
    `values` must name every field (no defaults are filled in)."""
    if values.keys() != _DOCUMENT_FIELDS:
        missing, extra = _DOCUMENT_FIELDS - values.keys(), values.keys() - _DOCUMENT_FIELDS
        raise TypeError(f"document_from_fields: missing {sorted(missing)}, unknown {sorted(extra)}")
    doc = object.__new__(Document)
    doc.__dict__.update(values)
    return doc


@dataclass(frozen=True)
class Deletion:
    """A DeleteCitation entry: the record is to be removed from every table."""
    pmid: str
    source: str | None = None


@dataclass
class ParseError:
    """A malformed input, named by file and line, reported after the rest was ingested."""
    source: str
    line: int | None
    message: str
    extra: dict = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"
