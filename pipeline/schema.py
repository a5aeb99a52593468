"""The one definition of every table's columns (pyarrow schemas).

Every writer builds its Arrow tables with `to_table(rows, SCHEMA)` and every reader
gets the same columns back; README's "Tables" section documents them. The columns that
`../shared/SPEC.md` section 5 names are all here, under those names.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

STR = pa.string()
I32 = pa.int32()
F32 = pa.float32()
STR_LIST = pa.list_(pa.string())
TS = pa.timestamp("us", tz="UTC")

SECTION = pa.struct([
    ("label", STR),      # the abstract's Label attribute, "TITLE" for the title, None if unlabelled
    ("category", STR),   # NlmCategory (BACKGROUND, METHODS, RESULTS, CONCLUSIONS, ...) when given
    ("start", I32),      # character offsets of the section in `text`
    ("end", I32),
])

MESH_HEADING = pa.struct([
    ("descriptor", STR),
    ("ui", STR),
    ("major", pa.bool_()),
    ("qualifiers", STR_LIST),
])

# One row per PubMed record (latest version seen). `text` is THE document text:
# title + "\n" + the abstract's sections joined by "\n". Every offset in every other
# table points into it.
DOCUMENTS = pa.schema([
    ("pmid", STR),
    ("version", I32),
    ("title", STR),
    ("abstract", STR),
    ("text", STR),
    ("sections", pa.list_(SECTION)),
    ("journal", STR),
    ("year", I32),
    ("pub_date", STR),
    ("publication_types", STR_LIST),
    ("mesh_terms", STR_LIST),
    ("mesh_headings", pa.list_(MESH_HEADING)),
    ("keywords", STR_LIST),
    ("chemicals", STR_LIST),
    ("language", STR),
    ("doi", STR),
    ("pmcid", STR),
    ("article_type", STR),   # "article" (PubmedArticle) or "book" (PubmedBookArticle)
    ("date_revised", pa.date32()),
    ("entrez_date", pa.date32()),
    ("content_hash", STR),   # hash of the parsed fields: tells a real revision from a re-send
    ("source", STR),         # file name or "efetch" batch the row came from
    ("updated_at", TS),
])

# One row per entity mention.
ENTITIES = pa.schema([
    ("pmid", STR),
    ("start", I32),
    ("end", I32),
    ("text", STR),
    ("label", STR),
    ("concept_id", STR),
    ("concept_name", STR),
    ("sentence", I32),       # index of the sentence in the document
    ("source", STR),         # rule | model | linker | abbreviation
    ("score", F32),
    ("pipeline_version", STR),
])

# One row per relation mention (a sentence, or neighbouring sentences, stating it).
RELATIONS = pa.schema([
    ("pmid", STR),
    ("predicate", STR),
    ("subject_text", STR),
    ("subject_label", STR),
    ("subject_id", STR),
    ("subject_start", I32),
    ("subject_end", I32),
    ("object_text", STR),
    ("object_label", STR),
    ("object_id", STR),
    ("object_start", I32),
    ("object_end", I32),
    ("effect", STR),         # favorable | unfavorable | null | unclear; None for ADMINISTERED_VIA, SECRETES
    ("negated", pa.bool_()),
    ("hedged", pa.bool_()),
    ("confidence", F32),
    ("evidence", STR),
    ("evidence_start", I32),
    ("evidence_end", I32),
    ("section", STR),        # title | background | methods | results | conclusions
    ("study_design", STR),
    ("species", STR),
    ("year", I32),
    ("pipeline_version", STR),
])

# Which document content was extracted by which pipeline version: drives incremental extraction.
EXTRACTIONS = pa.schema([
    ("pmid", STR),
    ("content_hash", STR),
    ("pipeline_version", STR),
    ("n_entities", I32),
    ("n_relations", I32),
    ("extracted_at", TS),
])

# The aggregate view of relations: one row per (predicate, subject_id, object_id, effect).
RELATIONS_SUMMARY = pa.schema([
    ("predicate", STR),
    ("subject_id", STR),
    ("object_id", STR),
    ("effect", STR),
    ("n_pmids", I32),
    ("n_mentions", I32),
    ("pmids", STR_LIST),
    ("first_year", I32),
    ("last_year", I32),
    ("study_designs", STR_LIST),
    ("species", STR_LIST),
    ("example_pmid", STR),
    ("example_evidence", STR),
])

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "entities": ENTITIES,
    "relations": RELATIONS,
    "extractions": EXTRACTIONS,
}


def to_table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows (dicts) -> an Arrow table with exactly `schema`'s columns; missing keys become null."""
    rows = list(rows)
    return pa.Table.from_pydict({f.name: [r.get(f.name) for r in rows] for f in schema}, schema=schema)


def empty(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast a table read from disk (or built elsewhere) to `schema`, adding missing columns as nulls."""
    cols = []
    for f in schema:
        if f.name in table.column_names:
            cols.append(table.column(f.name).cast(f.type))
        else:
            cols.append(pa.nulls(table.num_rows, f.type))
    return pa.Table.from_arrays(cols, schema=schema)
