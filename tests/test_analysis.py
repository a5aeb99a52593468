"""pipeline.analysis on small invented tables written as Parquet (file, dataset folder, symlinked folder)."""
from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis_fixtures import write_tables
from pipeline import analysis
from pipeline.schema import DOCUMENTS, ENTITIES, RELATIONS, RELATIONS_SUMMARY

UC, BM, NTF = "cell:uc_msc", "cell:bm_msc", "cell:msc_ntf"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return write_tables(tmp_path_factory.mktemp("file") / "data", "file")


@pytest.fixture(scope="module")
def tables(data_dir):
    return analysis.load_tables(data_dir)


@pytest.mark.parametrize("layout", ["file", "dataset", "symlink"])
def test_load_tables_reads_every_layout_with_schema_columns(tmp_path, layout):
    data_dir = write_tables(tmp_path / "data", layout)
    t = analysis.load_tables(data_dir)
    assert list(t.documents.columns) == DOCUMENTS.names
    assert list(t.entities.columns) == ENTITIES.names
    assert list(t.relations.columns) == RELATIONS.names
    # the hidden temp part (pmid 99999999) is skipped; the part lacking a column reads as nulls
    assert (len(t.documents), len(t.entities), len(t.relations)) == (6, 44, 19)
    assert "99999999" not in set(t.relations["pmid"])
    if layout != "file":
        assert t.relations["pipeline_version"].isna().sum() == len(t.relations) - len(t.relations) // 2
    assert t.relations["year"].dtype == "Int32" and t.relations["negated"].dtype == "boolean"


def test_load_tables_missing_tables_are_empty_and_missing_folder_is_an_error(tmp_path):
    t = analysis.load_tables(tmp_path)
    assert t.relations.empty and list(t.relations.columns) == RELATIONS.names
    with pytest.raises(FileNotFoundError, match="nowhere"):
        analysis.load_tables(tmp_path / "nowhere")


def test_summary_counts_distinct_papers_not_sentences(tables):
    s = analysis.summarize_relations(tables.relations, tables.documents)
    assert list(s.columns) == RELATIONS_SUMMARY.names
    row = s[(s.predicate == "ADMINISTERED_VIA") & (s.subject_id == UC) & (s.object_id == "route:intrathecal")]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row.n_pmids, row.n_mentions) == (2, 3)  # 10000001 says it twice
    assert list(row.pmids) == ["10000001", "10000002"]
    assert (row.first_year, row.last_year) == (2019, 2020)
    assert list(row.study_designs) == ["clinical_trial", "rct"] and list(row.species) == ["human"]
    # example: the most confident mention, the more recent paper on a tie
    assert row.example_pmid == "10000002" and "lumbar puncture" in row.example_evidence
    # best-supported first
    assert s.n_pmids.is_monotonic_decreasing


def test_summary_keys_include_effect_drop_negated_and_fill_years(tables):
    s = analysis.summarize_relations(tables.relations, tables.documents)
    keys = set(zip(s.predicate, s.subject_id, s.object_id, s.effect.fillna("-")))
    assert ("AFFECTS", BM, "outcome:alsfrs_r", "null") in keys
    assert ("AFFECTS", UC, "outcome:alsfrs_r", "favorable") in keys
    assert not any(k[2] == "route:intramuscular" for k in keys)  # only stated negated
    gdnf = s[(s.subject_id == UC) & (s.object_id == "factor:GDNF")].iloc[0]
    assert (gdnf.n_pmids, gdnf.n_mentions) == (2, 3)
    assert (gdnf.first_year, gdnf.last_year) == (2021, 2021)  # 10000004's year from its document
    assert len(s) == 12


def test_summary_of_empty_relations_is_empty_with_columns(tables):
    s = analysis.summarize_relations(tables.relations.iloc[:0], tables.documents)
    assert s.empty and list(s.columns) == RELATIONS_SUMMARY.names


@pytest.mark.parametrize("layout", ["file", "symlink"])
def test_write_relations_summary_is_atomic_parquet(tmp_path, layout):
    data_dir = write_tables(tmp_path / "data", layout)
    before = set(p.name for p in data_dir.iterdir())
    target = analysis.write_relations_summary(data_dir)
    assert target == data_dir / "relations_summary.parquet"
    assert set(p.name for p in data_dir.iterdir()) == before | {"relations_summary.parquet"}  # no temp left
    assert pq.read_schema(target).names == RELATIONS_SUMMARY.names
    back = pd.read_parquet(target)
    assert len(back) == 12 and back.n_pmids.sum() == 16
    analysis.write_relations_summary(data_dir)  # replaces in place
    assert len(pd.read_parquet(target)) == 12


# helper EB (s26): the summary is read by the same people as the tables (a scheduled job's folder)
def test_relations_summary_has_the_tables_permissions(tmp_path):
    data_dir = write_tables(tmp_path / "data")
    target = analysis.write_relations_summary(data_dir)
    table_mode = (data_dir / "relations.parquet").stat().st_mode & 0o777
    assert target.stat().st_mode & 0o777 == table_mode


def test_overview_counts(tables):
    o = analysis.overview(tables)
    totals = o["totals"].set_index("table")
    assert totals.loc["relations", "rows"] == 19 and totals.loc["documents", "n_pmids"] == 6
    labels = o["entities_by_label"].set_index("label")
    assert labels.loc["DISEASE", "n_pmids"] == 6 and labels.loc["NEUROTROPHIC_FACTOR", "n_mentions"] == 5
    preds = o["relations_by_predicate"].set_index("predicate")
    assert preds.loc["ADMINISTERED_VIA", "n_mentions"] == 6  # the negated one is out
    assert preds.loc["SECRETES", "n_pmids"] == 2
    years = o["documents_by_year"].set_index("year")["n_documents"]
    assert years.to_dict() == {2019: 1, 2020: 1, 2021: 2, 2022: 2}
    designs = o["relations_by_study_design"].set_index("study_design")["n_pmids"]
    assert designs.to_dict() == {"animal": 2, "rct": 2, "clinical_trial": 1, "in_vitro": 1}
    species = o["relations_by_species"].dropna(subset=["species"]).set_index("species")["n_pmids"]
    assert species.to_dict() == {"human": 3, "mouse": 1, "rat": 1}


def test_route_by_cell_counts_distinct_pmids(tables):
    m = analysis.route_by_cell(tables.relations)
    assert m.loc[UC, "route:intrathecal"] == 2  # 3 sentences, 2 papers
    assert m.loc[UC, "route:intravenous"] == 2
    assert m.loc[BM, "route:intrathecal"] == 1 and m.loc[BM, "route:intravenous"] == 0
    assert "route:intramuscular" not in m.columns and NTF not in m.index  # negated
    assert list(m.index) == [UC, BM]


def test_factor_by_cell(tables):
    m = analysis.factor_by_cell(tables.relations)
    assert m.to_dict() == {"factor:GDNF": {UC: 2, NTF: 1}, "factor:BDNF": {UC: 1, NTF: 0}}


def test_outcomes_by_cell_als_only_with_clinical_and_preclinical_filters(tables):
    every = analysis.outcomes_by_cell(tables.relations, tables.entities)
    assert (UC, "outcome:motor_function") not in every.index  # the stroke paper
    assert every.loc[(UC, "outcome:alsfrs_r"), "favorable"] == 2
    assert every.loc[(BM, "outcome:alsfrs_r")].to_dict() == {
        "favorable": 0, "unfavorable": 0, "null": 1, "unclear": 0, "total": 1}
    clinical = analysis.outcomes_by_cell(tables.relations, tables.entities, "clinical")
    assert set(clinical.index) == {(UC, "outcome:alsfrs_r"), (UC, "outcome:safety"), (BM, "outcome:alsfrs_r")}
    pre = analysis.outcomes_by_cell(tables.relations, tables.entities, "preclinical")
    assert set(pre.index) == {(UC, "outcome:survival"), (UC, "outcome:motor_neuron_survival")}
    with pytest.raises(ValueError, match="clinical"):
        analysis.outcomes_by_cell(tables.relations, tables.entities, "human")


def test_clinical_filter_needs_human_species(tables):
    rel = tables.relations.copy()
    rel.loc[rel.pmid == "10000002", "species"] = "mouse"
    clinical = analysis.outcomes_by_cell(rel, tables.entities, "clinical")
    assert clinical.loc[(UC, "outcome:alsfrs_r"), "total"] == 1


def test_evidence_over_time(tables):
    t = analysis.evidence_over_time(tables.relations, tables.documents, top=2)
    assert list(t.columns) == [f"{UC} ADMINISTERED_VIA route:intrathecal", f"{UC} SECRETES factor:GDNF"]
    assert t.to_dict() == {
        f"{UC} ADMINISTERED_VIA route:intrathecal": {2019: 1, 2020: 1, 2021: 0},
        f"{UC} SECRETES factor:GDNF": {2019: 0, 2020: 0, 2021: 2},
    }


def test_evidence_html_highlights_subject_and_object_with_pubmed_links(tables):
    page = analysis.evidence_html(tables.relations, "ADMINISTERED_VIA", UC, "route:intrathecal")
    assert "2 papers, 3 sentences" in page
    assert page.count('href="https://pubmed.ncbi.nlm.nih.gov/10000001/"') == 2
    assert page.count('href="https://pubmed.ncbi.nlm.nih.gov/10000002/"') == 1
    assert page.count('class="entity"') == 6  # displaCy marks: subject + object in each sentence
    assert "lumbar puncture" in page and "ROUTE" in page and "CELL_TYPE" in page
    assert "no evidence" in analysis.evidence_html(tables.relations, "SECRETES", BM, "factor:NGF")


def test_evidence_spans_fall_back_to_text_when_offsets_are_missing(tables):
    row = tables.relations.iloc[0].copy()
    row["subject_start"] = row["evidence_start"] = pd.NA
    spans = analysis.evidence_spans(row)
    sentence = row["evidence"]
    assert [sentence[s["start"]:s["end"]] for s in spans] == [row["subject_text"], row["object_text"]]


@pytest.mark.parametrize("layout", ["dataset", "symlink"])
def test_duckdb_query_over_the_parquet_tables(tmp_path, layout):
    data_dir = write_tables(tmp_path / "data", layout)
    df = analysis.duckdb_query(data_dir, """
        SELECT subject_id, object_id, count(DISTINCT pmid) AS n_pmids, count(*) AS n_mentions
        FROM relations WHERE predicate = 'ADMINISTERED_VIA' AND NOT negated
        GROUP BY ALL ORDER BY n_pmids DESC, subject_id, object_id""")
    assert df.iloc[0].to_dict() == {"subject_id": UC, "object_id": "route:intrathecal", "n_pmids": 2, "n_mentions": 3}
    assert len(df) == 3
    joined = analysis.duckdb_query(data_dir, """
        SELECT count(DISTINCT r.pmid) AS n FROM relations r JOIN entities e USING (pmid)
        WHERE e.concept_id = 'disease:als' AND r.predicate = 'AFFECTS'""")
    assert joined.n[0] == 4
    # the summary view is empty until written
    assert analysis.duckdb_query(data_dir, "SELECT count(*) AS n FROM relations_summary").n[0] == 0
    analysis.write_relations_summary(data_dir)
    assert analysis.duckdb_query(data_dir, "SELECT sum(n_pmids) AS n FROM relations_summary").n[0] == 16


def test_helpers_on_empty_tables(tmp_path):
    t = analysis.load_tables(write_tables(tmp_path / "data", "file", empty=True))
    assert analysis.route_by_cell(t.relations).empty
    assert analysis.factor_by_cell(t.relations).empty
    assert analysis.outcomes_by_cell(t.relations, t.entities, "clinical").empty
    assert analysis.evidence_over_time(t.relations, t.documents).empty
    assert analysis.overview(t)["relations_by_predicate"].empty
    assert analysis.duckdb_query(tmp_path / "data", "SELECT count(*) AS n FROM relations").n[0] == 0


# helper DV: evidence whose subject was resolved from an earlier sentence (about half of the relation
# rows of a real corpus: an anaphor's antecedent or the document's focus cell), and the text fallback


def _subject_moved_before_evidence(rel: pd.DataFrame, mask) -> pd.DataFrame:
    """The rows of `mask` with their subject placed in an earlier sentence (offsets before the evidence)."""
    rel = rel.copy()
    rel.loc[mask, "subject_start"] = rel.loc[mask, "evidence_start"] - 20
    rel.loc[mask, "subject_end"] = rel.loc[mask, "evidence_start"] - 13
    return rel


def test_dv_summary_example_prefers_evidence_holding_both_arguments(tables):
    rel = tables.relations
    # 10000002 is the most confident (tied) and most recent paper, but its subject is now elsewhere
    rel = _subject_moved_before_evidence(rel, (rel.pmid == "10000002") & (rel.predicate == "ADMINISTERED_VIA"))
    s = analysis.summarize_relations(rel, tables.documents)
    row = s[(s.predicate == "ADMINISTERED_VIA") & (s.subject_id == UC) & (s.object_id == "route:intrathecal")].iloc[0]
    assert row.example_pmid == "10000001" and row.example_evidence.startswith("Patients with ALS received UC-MSCs")
    assert (row.n_pmids, row.n_mentions) == (2, 3)  # the counts are unchanged


def test_dv_evidence_html_says_the_subject_is_from_an_earlier_sentence(tables):
    rel = tables.relations
    mask = (rel.pmid == "10000001") & (rel.object_id == "outcome:alsfrs_r")
    rel = _subject_moved_before_evidence(rel, mask)
    # its sentence says `UC-MSCs` again, but that is not the mention the relation was made from
    assert [s["label"] for s in analysis.evidence_spans(rel[mask].iloc[0])] == ["OUTCOME"]
    page = analysis.evidence_html(rel, "AFFECTS", UC, "outcome:alsfrs_r")
    assert page.count("from an earlier sentence") == 1
    assert "subject “UC-MSCs” from an earlier sentence" in page


def test_dv_text_fallback_matches_whole_words_only(tables):
    row = tables.relations.iloc[0].copy()  # "Patients with ALS received UC-MSCs intrathecally ..."
    row["subject_start"] = row["subject_end"] = pd.NA
    row["subject_text"] = "MSC"  # only inside `UC-MSCs`: not a mention of its own
    assert [s["label"] for s in analysis.evidence_spans(row)] == ["ROUTE"]
    row["subject_text"] = "uc-mscs"  # whole word, other case: found
    spans = analysis.evidence_spans(row)
    assert [row["evidence"][s["start"]:s["end"]] for s in spans] == ["UC-MSCs", "intrathecally"]
