"""Query helpers over the Parquet tables: what `notebooks/explore_relations.ipynb` calls.

Pure functions over pandas DataFrames with the columns of `pipeline.schema`, plus a loader
and two writers of views. Counts of evidence are counts of distinct PMIDs (papers), never of
sentences: one abstract that repeats a claim five times is still one paper.
Negated relation mentions (the text denies the relation) are left out of every count here.
"""
from __future__ import annotations

import html
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.schema import DOCUMENTS, ENTITIES, RELATIONS, RELATIONS_SUMMARY, to_table

TABLE_SCHEMAS: dict[str, pa.Schema] = {"documents": DOCUMENTS, "entities": ENTITIES, "relations": RELATIONS}
SUMMARY_FILE = "relations_summary.parquet"

CLINICAL_DESIGNS = frozenset({"rct", "clinical_trial", "case_report", "case_series", "observational"})
PRECLINICAL_DESIGNS = frozenset({"animal", "in_vitro"})
EFFECTS = ("favorable", "unfavorable", "null", "unclear")
Evidence = Literal["all", "clinical", "preclinical"]

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
# displaCy colours per entity label (SPEC section 1).
LABEL_COLORS = {
    "CELL_TYPE": "#a6cee3",
    "NEUROTROPHIC_FACTOR": "#b2df8a",
    "OUTCOME": "#fdbf6f",
    "ROUTE": "#cab2d6",
    "DISEASE": "#fb9a99",
}

# Nullable pandas dtypes, so a missing year stays <NA> in an integer column instead of a float NaN.
_PANDAS_TYPES = {pa.int32(): pd.Int32Dtype(), pa.bool_(): pd.BooleanDtype()}


# --- loading ---

def table_path(data_dir: str | os.PathLike, name: str) -> Path:
    return Path(data_dir) / f"{name}.parquet"


def read_table(path: str | os.PathLike, schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
    """A table stored as one Parquet file or a dataset folder of parts (maybe behind a symlink).

    The explicit schema fills columns a part lacks with nulls and casts the rest, so the
    result always has exactly `schema`'s columns; an absent path reads as an empty table.
    Hidden and `_`-prefixed files (temporary parts of a writer) are skipped by pyarrow.
    """
    path = Path(path)
    if not path.exists():
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    try:
        return ds.dataset(str(path.resolve()), format="parquet", schema=schema).to_table(columns=columns)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
        raise ValueError(f"{path}: cannot read as {path.stem} table: {exc}") from exc


def to_frame(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=_PANDAS_TYPES.get)


@dataclass(frozen=True)
class Tables:
    documents: pd.DataFrame
    entities: pd.DataFrame
    relations: pd.DataFrame


def load_tables(data_dir: str | os.PathLike) -> Tables:
    """documents, entities and relations of a data folder; a table not written yet is empty."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"data folder not found: {data_dir} (set data_dir to where `litmine run` wrote)")
    frames = {name: to_frame(read_table(table_path(data_dir, name), schema)) for name, schema in TABLE_SCHEMAS.items()}
    return Tables(**frames)


# --- shared selections ---

def asserted(relations: pd.DataFrame, predicate: str | None = None) -> pd.DataFrame:
    """Relation mentions that are not negated, optionally of one predicate."""
    keep = ~relations["negated"].fillna(False).astype(bool)
    if predicate is not None:
        keep &= relations["predicate"] == predicate
    return relations[keep]


def with_years(relations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Relations whose missing `year` is taken from their document."""
    doc_year = documents.drop_duplicates("pmid").set_index("pmid")["year"]
    out = relations.copy()
    out["year"] = out["year"].fillna(out["pmid"].map(doc_year)).astype("Int32")
    return out


def evidence_filter(relations: pd.DataFrame, evidence: Evidence = "all") -> pd.DataFrame:
    """clinical: human studies of a clinical design; preclinical: animal or in-vitro studies."""
    if evidence == "all":
        return relations
    design = relations["study_design"].fillna("").str.lower()
    if evidence == "clinical":
        species = relations["species"].fillna("").str.lower()
        return relations[design.isin(CLINICAL_DESIGNS) & (species == "human")]
    if evidence == "preclinical":
        return relations[design.isin(PRECLINICAL_DESIGNS)]
    raise ValueError(f"evidence must be 'all', 'clinical' or 'preclinical', not {evidence!r}")


def als_pmids(entities: pd.DataFrame) -> set[str]:
    """Documents that mention ALS (an entity with concept disease:als)."""
    return set(entities.loc[entities["concept_id"] == "disease:als", "pmid"].dropna())


def _distinct_pmid_matrix(rel: pd.DataFrame, index: str, columns: str) -> pd.DataFrame:
    if rel.empty:
        return pd.DataFrame(dtype="int64")
    matrix = rel.pivot_table(index=index, columns=columns, values="pmid", aggfunc="nunique", fill_value=0)
    matrix = matrix.astype("int64")
    # best-supported rows and columns first
    matrix = matrix.loc[matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    matrix = matrix[matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index]
    matrix.index.name, matrix.columns.name = index, columns
    return matrix


def _arguments_inside(rel: pd.DataFrame) -> pd.Series:
    """Whether each mention's evidence span holds both its subject and its object (by offsets).

    A subject resolved from an earlier, not neighbouring, sentence (an anaphor's antecedent or the
    document's focus cell) lies before the evidence; a missing offset counts as outside.
    """
    inside = pd.Series(True, index=rel.index)
    for role in ("subject", "object"):
        within = (rel[f"{role}_start"] >= rel["evidence_start"]) & (rel[f"{role}_end"] <= rel["evidence_end"])
        inside &= within.fillna(False)
    return inside.astype(bool)


# --- the views ---

def summary_rows(relations: pd.DataFrame, documents: pd.DataFrame) -> list[dict]:
    """Rows of RELATIONS_SUMMARY: one per (predicate, subject_id, object_id, effect)."""
    rel = with_years(asserted(relations), documents)
    keys = ["predicate", "subject_id", "object_id", "effect"]
    # the example: a mention whose evidence holds both arguments (not a subject resolved from an
    # earlier sentence), then the most confident, then the most recent, then the lowest PMID;
    # ranked once here (groupby keeps this order inside each group): the first row of a group is its example
    rel = rel.assign(_in=_arguments_inside(rel), _c=rel["confidence"].fillna(0.0), _y=rel["year"].fillna(0))
    rel = rel.sort_values(["_in", "_c", "_y", "pmid"], ascending=[False, False, False, True], kind="stable")
    rows = []
    for key, group in rel.groupby(keys, dropna=False, sort=False):
        best = group.iloc[0]
        years = group["year"].dropna()
        rows.append({
            **{k: (None if pd.isna(v) else v) for k, v in zip(keys, key)},
            "n_pmids": int(group["pmid"].nunique()),
            "n_mentions": len(group),
            "pmids": sorted(group["pmid"].dropna().unique()),
            "first_year": int(years.min()) if len(years) else None,
            "last_year": int(years.max()) if len(years) else None,
            "study_designs": sorted(group["study_design"].dropna().unique()),
            "species": sorted(group["species"].dropna().unique()),
            "example_pmid": best["pmid"],
            "example_evidence": None if pd.isna(best["evidence"]) else best["evidence"],
        })
    rows.sort(key=lambda r: (-r["n_pmids"], -r["n_mentions"], r["predicate"] or "", r["subject_id"] or "",
                             r["object_id"] or "", r["effect"] or ""))
    return rows


def summarize_relations(relations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The relations summary view (RELATIONS_SUMMARY columns), best-supported first."""
    return to_frame(to_table(summary_rows(relations, documents), RELATIONS_SUMMARY))


def write_relations_summary(data_dir: str | os.PathLike) -> Path:
    """Write `relations_summary.parquet` into the data folder, atomically (temp file + os.replace)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"data folder not found: {data_dir}")
    # only the columns the summary needs: the documents' text would cost memory in proportion to the corpus
    relations = to_frame(read_table(table_path(data_dir, "relations"), RELATIONS))
    documents = to_frame(read_table(table_path(data_dir, "documents"), DOCUMENTS, columns=["pmid", "year"]))
    table = to_table(summary_rows(relations, documents), RELATIONS_SUMMARY)
    target = data_dir / SUMMARY_FILE
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; remove it to write the summary file")
    # hidden temp name in the same folder: same filesystem for os.replace, ignored by dataset readers;
    # opened with mode "x", not mkstemp, so it gets the umask's permissions like the tables (mkstemp's 0600
    # would hide the summary from the analysts who read a scheduled job's folder)
    tmp = data_dir / f".{SUMMARY_FILE}.{os.getpid()}.{uuid.uuid4().hex}.tmp"
    try:
        with open(tmp, "xb") as fh:
            pq.write_table(table, fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _counts(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows and distinct PMIDs per value of `column` (a missing value is a group of its own)."""
    if df.empty:
        return pd.DataFrame({column: pd.Series(dtype="object"), "n_mentions": pd.Series(dtype="int64"),
                             "n_pmids": pd.Series(dtype="int64")})
    grouped = df.groupby(column, dropna=False)
    out = pd.DataFrame({"n_mentions": grouped.size(), "n_pmids": grouped["pmid"].nunique()})
    return out.reset_index().sort_values(["n_pmids", column], ascending=[False, True], kind="stable",
                                          ignore_index=True)


def overview(tables: Tables) -> dict[str, pd.DataFrame]:
    """Counts: totals; entities by label; relations by predicate, study design, species; documents by year."""
    rel = asserted(tables.relations)
    docs = tables.documents.drop_duplicates("pmid")
    totals = pd.DataFrame({
        "table": ["documents", "entities", "relations"],
        "rows": [len(tables.documents), len(tables.entities), len(tables.relations)],
        "n_pmids": [docs["pmid"].nunique(), tables.entities["pmid"].nunique(), tables.relations["pmid"].nunique()],
    })
    by_year = docs.groupby("year").size().rename("n_documents").reset_index().sort_values("year", ignore_index=True)
    return {
        "totals": totals,
        "entities_by_label": _counts(tables.entities, "label"),
        "relations_by_predicate": _counts(rel, "predicate"),
        "documents_by_year": by_year,
        "relations_by_study_design": _counts(rel, "study_design"),
        "relations_by_species": _counts(rel, "species"),
    }


def route_by_cell(relations: pd.DataFrame) -> pd.DataFrame:
    """Cell type x route: distinct PMIDs stating ADMINISTERED_VIA."""
    return _distinct_pmid_matrix(asserted(relations, "ADMINISTERED_VIA"), "subject_id", "object_id")


def factor_by_cell(relations: pd.DataFrame) -> pd.DataFrame:
    """Cell type x neurotrophic factor: distinct PMIDs stating SECRETES."""
    return _distinct_pmid_matrix(asserted(relations, "SECRETES"), "subject_id", "object_id")


def outcomes_by_cell(relations: pd.DataFrame, entities: pd.DataFrame, evidence: Evidence = "all") -> pd.DataFrame:
    """(cell type, outcome) x effect: distinct PMIDs of ALS documents stating AFFECTS.

    Columns: favorable, unfavorable, null, unclear, total (distinct PMIDs over all effects);
    rows ordered by total, best-supported first.
    """
    rel = asserted(relations, "AFFECTS")
    rel = evidence_filter(rel[rel["pmid"].isin(als_pmids(entities))], evidence)
    index = pd.MultiIndex.from_tuples([], names=["subject_id", "object_id"])
    if rel.empty:
        return pd.DataFrame(0, index=index, columns=[*EFFECTS, "total"], dtype="int64")
    rel = rel.assign(effect=rel["effect"].fillna("unclear"))
    table = rel.pivot_table(index=["subject_id", "object_id"], columns="effect", values="pmid",
                            aggfunc="nunique", fill_value=0)
    table = table.reindex(columns=list(EFFECTS), fill_value=0).astype("int64")
    table["total"] = rel.groupby(["subject_id", "object_id"])["pmid"].nunique()
    table.columns.name = None
    return table.sort_values("total", ascending=False, kind="stable")


def relation_key(predicate: str, subject_id: str, object_id: str) -> str:
    return f"{subject_id} {predicate} {object_id}"


def evidence_over_time(relations: pd.DataFrame, documents: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """Year x relation: distinct PMIDs per year for the `top` best-supported (predicate, subject, object)."""
    rel = with_years(asserted(relations), documents).dropna(subset=["year"])
    if rel.empty:
        return pd.DataFrame(dtype="int64")
    keys = ["predicate", "subject_id", "object_id"]
    # ties broken like the summary's order: more mentions, then the key
    support = rel.groupby(keys).agg(n_pmids=("pmid", "nunique"), n_mentions=("pmid", "size")).reset_index()
    support = support.sort_values(["n_pmids", "n_mentions", *keys], ascending=[False, False, True, True, True])
    best = support.head(top).set_index(keys)
    rel = rel.set_index(keys).loc[best.index].reset_index()
    rel["relation"] = [relation_key(p, s, o) for p, s, o in zip(rel["predicate"], rel["subject_id"], rel["object_id"])]
    table = rel.pivot_table(index="year", columns="relation", values="pmid", aggfunc="nunique", fill_value=0)
    order = [relation_key(*k) for k in best.index]
    table = table[order].astype("int64")
    table.index = table.index.astype("int64")
    table.columns.name = None
    return table


# --- evidence browser ---

def _local_span(sentence: str, start, end, evidence_start, text) -> tuple[int, int] | None:
    """The span of an entity inside its evidence sentence: by offsets, else by its text.

    Offsets outside the sentence mean the mention is elsewhere (a subject resolved from an earlier
    sentence): no span, rather than another occurrence of its text. The text fallback (offsets
    missing or not matching) takes whole words only, so `EC` is not found inside `molecules`.
    """
    if not any(pd.isna(v) for v in (start, end, evidence_start)):
        s, e = int(start) - int(evidence_start), int(end) - int(evidence_start)
        if e <= 0 or s >= len(sentence):
            return None
        if 0 <= s < e <= len(sentence) and (pd.isna(text) or sentence[s:e] == text):
            return s, e
    if not pd.isna(text) and text:
        found = re.search(rf"(?<!\w){re.escape(str(text))}(?!\w)", sentence, flags=re.IGNORECASE)
        if found:
            return found.span()
    return None


def _elsewhere(row: pd.Series) -> list[str]:
    """Notes for the arguments whose offsets lie outside the evidence (resolved from another sentence)."""
    notes = []
    for role in ("subject", "object"):
        start, end = row[f"{role}_start"], row[f"{role}_end"]
        if any(pd.isna(v) for v in (start, end, row["evidence_start"], row["evidence_end"])):
            continue
        if end <= row["evidence_start"] or start >= row["evidence_end"]:
            where = "an earlier" if end <= row["evidence_start"] else "a later"
            notes.append(f"{role} “{row[f'{role}_text']}” from {where} sentence")
    return notes


def evidence_spans(row: pd.Series) -> list[dict]:
    """displaCy manual `ents` for a relation mention: subject and object inside its sentence."""
    sentence = row["evidence"]
    spans = []
    for role in ("subject", "object"):
        span = _local_span(sentence, row[f"{role}_start"], row[f"{role}_end"], row["evidence_start"], row[f"{role}_text"])
        if span is not None:
            label = row[f"{role}_label"]
            spans.append({"start": span[0], "end": span[1], "label": "ENTITY" if pd.isna(label) else label})
    spans.sort(key=lambda s: s["start"])
    if len(spans) == 2 and spans[1]["start"] < spans[0]["end"]:  # displaCy cannot draw overlapping spans
        spans = spans[:1]
    return spans


def evidence_html(relations: pd.DataFrame, predicate: str, subject_id: str, object_id: str, *,
                  limit: int = 10) -> str:
    """HTML of the sentences stating a relation, subject and object highlighted (displaCy), with PubMed links."""
    from spacy import displacy  # here, not at the top: importing spaCy costs a second the other helpers don't need

    rel = asserted(relations, predicate)
    rel = rel[(rel["subject_id"] == subject_id) & (rel["object_id"] == object_id)].dropna(subset=["evidence"])
    rel = rel.drop_duplicates(["pmid", "evidence"])
    rel = rel.sort_values(["year", "pmid"], ascending=[False, True], na_position="last", kind="stable")
    head = html.escape(relation_key(predicate, subject_id, object_id))
    if rel.empty:
        return f"<p>no evidence for {head}</p>"
    parts = [f"<h4>{head}: {rel['pmid'].nunique()} papers, {len(rel)} sentences</h4>"]
    for _, row in rel.head(limit).iterrows():
        pmid = str(row["pmid"])
        facts = [str(row[c]) for c in ("year", "study_design", "species", "effect") if not pd.isna(row[c])]
        if pd.notna(row["hedged"]) and row["hedged"]:
            facts.append("hedged")
        facts.extend(_elsewhere(row))
        link = f'<a href="{PUBMED_URL.format(pmid=html.escape(pmid))}" target="_blank">PMID {html.escape(pmid)}</a>'
        sentence = displacy.render({"text": row["evidence"], "ents": evidence_spans(row), "title": None},
                                   style="ent", manual=True, jupyter=False, options={"colors": LABEL_COLORS})
        parts.append(f'<div class="litmine-evidence"><p>{link} · {html.escape(" · ".join(facts))}</p>{sentence}</div>')
    if len(rel) > limit:
        parts.append(f"<p>… {len(rel) - limit} more sentences</p>")
    return "\n".join(parts)


# --- DuckDB ---

def duckdb_query(data_dir: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run SQL over the data folder's tables, each a view named like its file (`relations`, ...).

    Views read the same Parquet files pyarrow reads (single file or dataset parts); a table
    not written yet is an empty view with its schema's columns. Needs duckdb 1.x.
    """
    import duckdb  # the `notebook` extra

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"data folder not found: {data_dir}")
    schemas = {**TABLE_SCHEMAS, SUMMARY_FILE.removesuffix(".parquet"): RELATIONS_SUMMARY}
    with duckdb.connect() as con:
        for name, schema in schemas.items():
            path = table_path(data_dir, name)
            files = ds.dataset(str(path.resolve()), format="parquet").files if path.exists() else []
            if files:
                con.read_parquet(files, union_by_name=True).create_view(name)
            else:
                con.register(name, schema.empty_table())
        return con.execute(sql).df()
