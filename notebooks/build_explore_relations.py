"""Writes `explore_relations.ipynb` (without outputs) from the cells below.

Edit the cells here, then run `python notebooks/build_explore_relations.py`; the test suite
checks that the committed notebook is what this script writes.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOK = Path(__file__).with_name("explore_relations.ipynb")

CELLS: list[tuple[str, str, list[str]]] = [  # (kind, source, tags)
    ("md", """\
# Exploring the relation tables

What the literature says about cell therapy for ALS, as extracted by `litmine run`: which cell
types are given by which routes, what they change in ALS patients and models, which neurotrophic
factors they are said to secrete, how the evidence grew over time, and the sentences behind it.
Every count is a count of **papers** (distinct PMIDs), not of sentences. Negated statements are
left out. Run it on another data folder with `papermill explore_relations.ipynb out.ipynb -p data_dir PATH`.""", []),
    ("code", """\
data_dir = "../data"  # the folder `litmine run` wrote (relative to this notebook)
top = 12              # rows and columns shown per chart
browse = None         # (predicate, subject_id, object_id) for the evidence browser; None: the best-supported""",
     ["parameters"]),
    ("code", """\
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from pipeline import analysis, plots

data_dir = Path(data_dir)
tables = analysis.load_tables(data_dir)
rel, docs, ents = tables.relations, tables.documents, tables.entities
summary = analysis.summarize_relations(rel, docs)
print(f"{data_dir}: {len(docs)} documents, {len(ents)} entity mentions, {len(rel)} relation mentions")
if summary.empty:
    print("no relations yet")""", []),
    ("md", "## Overview", []),
    ("code", """\
o = analysis.overview(tables)
display(o["totals"])
plots.count_bars({
    "entity mentions by label": o["entities_by_label"].set_index("label")["n_mentions"].sort_values(ascending=False),
    "papers by predicate": o["relations_by_predicate"].set_index("predicate")["n_pmids"],
    "documents by year": o["documents_by_year"].set_index("year")["n_documents"],
})
plt.show()
display(o["relations_by_study_design"], o["relations_by_species"])""", []),
    ("md", """\
The relations summary: one row per (predicate, subject, object, effect), best-supported first.
`analysis.write_relations_summary(data_dir)` writes it as `relations_summary.parquet`.""", []),
    ("code", """\
if summary.empty:
    print("no relations yet")
else:
    display(summary.head(top)[["predicate", "subject_id", "object_id", "effect", "n_pmids", "n_mentions",
                               "first_year", "last_year", "study_designs"]])""", []),
    ("md", "## Which cell types are given by which routes", []),
    ("code", """\
routes = analysis.route_by_cell(rel)
if routes.empty:
    print("no relations yet" if rel.empty else "no ADMINISTERED_VIA relations")
else:
    plots.heatmap(routes.iloc[:top, :top], "Cell type by route (papers)", xlabel="route", ylabel="cell type")
    plt.show()""", []),
    ("md", """\
## What the cells change in ALS, and in which direction

Papers whose entities include ALS (`disease:als`). Clinical: RCTs, clinical trials, case reports
and series, observational studies in humans; preclinical: animal and in-vitro studies.""", []),
    ("code", """\
print(f"{len(analysis.als_pmids(ents))} ALS documents")
outcomes = {f"{kind} (ALS papers)": analysis.outcomes_by_cell(rel, ents, kind) for kind in ("clinical", "preclinical")}
if all(table.empty for table in outcomes.values()):
    print("no relations yet" if rel.empty else "no AFFECTS relations in clinical or preclinical ALS papers")
else:
    plots.effect_bars(outcomes, top=top)
    plt.show()""", []),
    ("md", "## Which neurotrophic factors are attributed to which cell types", []),
    ("code", """\
factors = analysis.factor_by_cell(rel)
if factors.empty:
    print("no relations yet" if rel.empty else "no SECRETES relations")
else:
    plots.heatmap(factors.iloc[:top, :top], "Cell type secretes factor (papers)", xlabel="factor", ylabel="cell type")
    plt.show()""", []),
    ("md", "## Evidence over time", []),
    ("code", """\
over_time = analysis.evidence_over_time(rel, docs, top=5)
if over_time.empty:
    print("no relations yet")
else:
    plots.lines_over_time(over_time, "Papers per year, best-supported relations")
    plt.show()""", []),
    ("md", """\
## Evidence browser

The sentences behind one relation, subject and object highlighted, each linked to PubMed.
Set `browse = ("SECRETES", "cell:uc_msc", "factor:GDNF")` (or any row of the summary) to change it.""", []),
    ("code", """\
if summary.empty:
    print("no relations yet")
else:
    predicate, subject_id, object_id = browse or tuple(summary.iloc[0][["predicate", "subject_id", "object_id"]])
    display(HTML(analysis.evidence_html(rel, predicate, subject_id, object_id, limit=10)))""", []),
    ("md", """\
## Querying the tables yourself

With pandas: `pd.read_parquet` reads a table whether it is one file or a folder of parts.""", []),
    ("code", """\
path = data_dir / "relations.parquet"
if not path.exists():
    print("no relations yet")
else:
    relations = pd.read_parquet(path, columns=["pmid", "predicate", "subject_id", "object_id", "negated"])
    secretes = relations[(relations["predicate"] == "SECRETES") & ~relations["negated"].fillna(False).astype(bool)]
    display(secretes.groupby("object_id")["pmid"].nunique().sort_values(ascending=False).rename("papers").head(top))""",
     []),
    ("md", """\
With DuckDB (1.x): `analysis.duckdb_query` opens the tables as views named `documents`,
`entities`, `relations` (and `relations_summary` once written). Plain DuckDB works too:
`duckdb.sql("SELECT * FROM read_parquet('data/relations.parquet/*.parquet')")` for a folder of
parts, or the file's path for a single file.""", []),
    ("code", """\
analysis.duckdb_query(data_dir, \"\"\"
    SELECT r.subject_id AS cell_type, r.object_id AS route, count(DISTINCT r.pmid) AS papers
    FROM relations r
    WHERE r.predicate = 'ADMINISTERED_VIA' AND NOT r.negated
      AND r.pmid IN (SELECT pmid FROM entities WHERE concept_id = 'disease:als')
    GROUP BY ALL ORDER BY papers DESC, cell_type, route LIMIT 10
\"\"\")""", []),
]


def build() -> nbformat.NotebookNode:
    cells = []
    for i, (kind, source, tags) in enumerate(CELLS):
        cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)
        cell["id"] = f"cell-{i:02d}"  # stable ids: regenerating gives the same file
        if tags:
            cell["metadata"]["tags"] = tags
        cells.append(cell)
    nb = new_notebook(cells=cells)
    nb["metadata"] = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return nb


def render() -> str:
    return nbformat.writes(build()) + "\n"


def main() -> None:
    nbformat.validate(build())
    NOTEBOOK.write_text(render(), encoding="utf-8")
    print(f"wrote {NOTEBOOK}")


if __name__ == "__main__":
    main()
