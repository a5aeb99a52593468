"""Extraction end to end on real tables: incremental re-runs, revisions, deletions, local vs Dask."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import Settings
from pipeline.extract import extract
from pipeline.ingest import ingest_paths
from invented import write_corpus

VOLATILE = {"updated_at", "extracted_at"}


def table(data: Path, name: str) -> pd.DataFrame:
    df = pd.read_parquet(data / f"{name}.parquet")
    df = df[[c for c in df.columns if c not in VOLATILE]]
    return df.sort_values(list(df.columns[:4])).reset_index(drop=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("xml") / "invented.xml.gz", 40)


def settings(data: Path, **kw) -> Settings:
    return replace(Settings(data_dir=data, quiet=True, workers=1, partition_size=15), **kw)


def test_incremental_extract_revisions_and_deletions(tmp_path, corpus):
    s = settings(tmp_path)
    ingest_paths([corpus], s, progress=False)
    first = extract(s)
    assert first.documents == 40 and first.entities > 100 and not first.failures
    ents = table(tmp_path, "entities")
    assert {"CELL_TYPE", "NEUROTROPHIC_FACTOR", "ROUTE", "OUTCOME", "DISEASE"} <= set(ents["label"])
    assert len(ents) == len(ents.drop_duplicates())
    docs = pd.read_parquet(tmp_path / "documents.parquet").set_index("pmid")
    for r in ents.itertuples():  # offsets point into the stored document text
        assert docs.at[r.pmid, "text"][r.start:r.end] == r.text

    again = extract(s)  # nothing new: nothing runs
    assert again.documents == 0
    pd.testing.assert_frame_equal(table(tmp_path, "entities"), ents)

    # a revised record (newer DateRevised, new text) and a deletion in an update file
    upd = tmp_path / "update.xml"
    write_corpus(upd, 1, seed=99, first_pmid=31000003, deletions=["31000005"])
    text = upd.read_text().replace("<DateRevised><Year>", "<DateRevised><Year>2")  # year 2xxxx: surely newer
    upd.write_text(text.replace("<Year>22", "<Year>3"))
    ingest_paths([upd], s, progress=False)
    third = extract(s)
    assert third.documents == 1
    after = table(tmp_path, "entities")
    assert "31000005" not in set(after["pmid"]) and "31000005" not in set(table(tmp_path, "extractions")["pmid"])
    unchanged = ~ents["pmid"].isin(["31000003", "31000005"])
    pd.testing.assert_frame_equal(after[~after["pmid"].eq("31000003")].reset_index(drop=True),
                                  ents[unchanged].reset_index(drop=True))


@pytest.mark.slow
def test_dask_and_local_engines_write_identical_tables(tmp_path, corpus):
    local, dask = tmp_path / "local", tmp_path / "dask"
    for data, kw in ((local, {"workers": 1}), (dask, {"engine": "dask", "workers": 2})):
        s = settings(data, **kw)
        ingest_paths([corpus], s, progress=False)
        assert extract(s).documents == 40
    for name in ("entities", "relations", "extractions"):
        pd.testing.assert_frame_equal(table(local, name), table(dask, name))
    # byte-level too: the same bucket files with the same rows in the same order
    for part in sorted((local / "entities.parquet").glob("*.parquet")):
        a = pd.read_parquet(part)
        b = pd.read_parquet(dask / "entities.parquet" / part.name)
        pd.testing.assert_frame_equal(a, b)
