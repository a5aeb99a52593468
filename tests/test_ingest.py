"""`python -m pipeline ingest` end to end: real files in, real Parquet tables and ledger on disk."""
from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.schema import DOCUMENTS, ENTITIES, to_table
from pipeline.store.ledger import Ledger
from pipeline.store.tables import Store

ROOT = Path(__file__).resolve().parents[1]
FIX = Path(__file__).parent / "fixtures" / "pubmed"


def ingest(data: Path, *paths) -> int:
    return main(["ingest", "--quiet", "--data", str(data), *map(str, paths)])


def documents(data: Path) -> pd.DataFrame:
    return pd.read_parquet(data / "documents.parquet").set_index("pmid").sort_index()


@pytest.fixture
def inbox(tmp_path) -> Path:
    """A folder laid out like a PubMed download: baseline file at the top, update files below."""
    box = tmp_path / "inbox"
    (box / "updates").mkdir(parents=True)
    shutil.copy(FIX / "pubmed99n0001.xml", box)
    shutil.copy(FIX / "books.xml", box)
    for f in (FIX / "updates").iterdir():
        shutil.copy(f, box / "updates")
    return box


def test_ingest_folder_as_subprocess_writes_the_documents_table(tmp_path, inbox):
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "ingest", "--quiet", "--data", str(data), str(inbox)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "ingest run #1: ok - 4 file(s)" in proc.stdout
    df = documents(data)
    assert list(pd.read_parquet(data / "documents.parquet").columns) == DOCUMENTS.names
    assert sorted(df.index) == ["90000001", "90000003", "90000004", "90000005", "90000010", "90000020", "90000021"]
    row = df.loc["90000003"]
    assert row["text"] == row["title"] + "\n" + row["abstract"]
    assert row["journal"] == "Zeitschrift für erfundene Zelltherapie" and row["year"] == 2022
    first = df.loc["90000001"]
    assert [s["label"] for s in first["sections"]] == ["TITLE", None]   # replaced by the update's flat abstract
    assert df.loc["90000020", "article_type"] == "book"
    assert df.loc["90000004", "version"] == 2                       # versioned duplicate: the newer kept
    assert df.loc["90000004", "abstract"] == "The second, corrected version of this abstract."
    assert list(df.loc["90000005", "publication_types"]) == []
    assert df.index.is_unique


def test_update_files_apply_in_file_name_order_and_deletions_are_removed_and_recorded(tmp_path, inbox):
    data = tmp_path / "data"
    assert ingest(data, inbox) == 0
    df = documents(data)
    # 0002 then 0003 revised 90000001: the last one is what is stored
    assert df.loc["90000001", "abstract"].startswith("Revised in update 0003")
    assert df.loc["90000001", "source"] == "pubmed99n0003.xml.gz"
    assert str(df.loc["90000001", "date_revised"]) == "2023-06-30"
    # 0002's DeleteCitation removed 90000002 (ingested from the baseline file before it)
    assert "90000002" not in df.index
    ledger = Ledger(data)
    assert sorted((p, s) for p, _, s in ledger.deletions()) == [
        ("90000002", "pubmed99n0002.xml.gz"), ("90000099", "pubmed99n0002.xml.gz")]
    run = ledger.recent(1)[0]
    assert (run.command, run.status) == ("ingest", "ok")
    assert run.counts == {"new": 8, "revised": 2, "unchanged": 0, "stale": 0, "deleted": 2}
    assert run.summary["files"] == 4 and run.summary["errors"] == []


def test_deletion_removes_the_pmid_from_every_table(tmp_path):
    data = tmp_path / "data"
    assert ingest(data, FIX / "pubmed99n0001.xml") == 0
    store = Store(data)
    ent = {"pmid": "90000002", "start": 0, "end": 5, "text": "motor", "label": "DISEASE", "concept_id": "disease:als",
           "sentence": 0, "source": "rule", "score": 1.0, "pipeline_version": "t"}
    with store.transaction() as txn:
        txn.replace("entities", to_table([ent, {**ent, "pmid": "90000003"}], ENTITIES))
    assert ingest(data, FIX / "updates" / "pubmed99n0002.xml.gz") == 0
    assert sorted(pd.read_parquet(data / "entities.parquet")["pmid"]) == ["90000003"]
    assert "90000002" not in documents(data).index


def test_rerun_adds_nothing_and_older_files_are_stale(tmp_path, inbox):
    data = tmp_path / "data"
    assert ingest(data, inbox) == 0
    before = documents(data)
    assert ingest(data, inbox) == 0
    after = documents(data)
    assert len(after) == len(before) and after.index.is_unique
    assert (after["content_hash"] == before["content_hash"]).all()
    assert after[["title", "abstract", "source", "version"]].equals(before[["title", "abstract", "source", "version"]])
    run = Ledger(data).recent(1)[0]
    # the baseline re-adds 90000002 and update 0002 deletes it again; 90000001 from the baseline
    # and from 0002 is older than the stored 0003 revision
    assert run.counts == {"new": 1, "revised": 0, "unchanged": 7, "stale": 2, "deleted": 2}
    # the baseline again, alone: its 90000001 is older than the stored update -> stale, not applied
    assert ingest(data, inbox / "pubmed99n0001.xml") == 0
    assert Ledger(data).recent(1)[0].counts["stale"] == 1
    assert documents(data).loc["90000001", "abstract"].startswith("Revised in update 0003")
    assert len(documents(data)) == len(before) + 1  # 90000002 came back from the baseline file


def test_malformed_file_is_reported_with_file_and_line_while_others_are_ingested(tmp_path, inbox, capsys):
    data = tmp_path / "data"
    shutil.copy(FIX / "malformed.xml", inbox / "malformed.xml")
    code = ingest(data, inbox)
    out = capsys.readouterr().out
    assert code == 1
    assert f"{inbox / 'malformed.xml'}:18: malformed XML" in out
    assert "partial" in out
    df = documents(data)
    assert "90000040" in df.index          # parsed before the error: kept
    assert "90000041" not in df.index      # the broken record
    assert "90000010" in df.index          # files after the bad one were still ingested
    run = Ledger(data).recent(1)[0]
    assert run.status == "partial"
    assert run.summary["errors"] == [f"{inbox / 'malformed.xml'}:18: malformed XML: "
                                     "Opening and ending tag mismatch: ArticleTitle line 18 and ArticleTitel"]
    assert "malformed.xml:18" in run.error


def test_every_file_failing_is_a_failed_run(tmp_path):
    data = tmp_path / "data"
    assert ingest(data, FIX / "malformed.xml", FIX / "unsafe" / "billion-laughs.xml") == 1
    run = Ledger(data).recent(1)[0]
    assert run.status == "failed" and len(run.summary["errors"]) == 2


def test_missing_path_is_a_clear_error(tmp_path, caplog):
    assert ingest(tmp_path / "data", tmp_path / "nope.xml") == 2
    assert "no such file or folder" in caplog.text and "nope.xml" in caplog.text


def test_a_record_without_a_usable_pmid_is_skipped_and_the_rest_of_its_file_is_read(tmp_path, capsys):
    from eutils_server import invent_records

    recs = invent_records(5, first_pmid=91000001)
    recs[4].book = True
    xml = [recs[0].xml(), re.sub(r"<PMID Version=\"1\">\d+</PMID>", "", recs[1].xml()),  # no PMID
           recs[2].xml().replace(f">{recs[2].pmid}</PMID>", ">PMC7654321</PMID>"),     # not a PMID
           recs[3].xml(), recs[4].xml().replace(f">{recs[4].pmid}</PMID>", "></PMID>")]  # book, empty PMID
    path = tmp_path / "odd.xml"
    path.write_text("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + "\n".join(xml) + "\n</PubmedArticleSet>\n")
    data = tmp_path / "data"
    assert ingest(data, path) == 1
    assert sorted(documents(data).index) == [recs[0].pmid, recs[3].pmid]   # nothing after a bad record lost
    out = capsys.readouterr().out
    assert f"{path}:4: record skipped: no PMID element" in out
    assert f"{path}:5: record skipped: not a PMID: 'PMC7654321'" in out
    assert f"{path}:7: record skipped: no PMID element" in out
    run = Ledger(data).recent(1)[0]
    assert run.status == "partial" and len(run.summary["errors"]) == 3


def _invented_set(n: int, first_pmid: int) -> bytes:
    from eutils_server import invent_records

    recs = invent_records(n, first_pmid=first_pmid)
    return ("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + "\n".join(r.xml() for r in recs)
            + "\n</PubmedArticleSet>\n").encode()


def test_a_cut_or_corrupt_gz_keeps_every_whole_record_before_the_fault_without_a_traceback(tmp_path, capsys):
    whole = gzip.compress(_invented_set(600, 92000001))
    cut = whole[:len(whole) * 7 // 10]                       # a download that stopped at 70%
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    complete = len(re.findall(rb"</PubmedArticle>|</PubmedBookArticle>", readable))
    (tmp_path / "a-cut.xml.gz").write_bytes(cut)
    damaged = bytearray(gzip.compress(_invented_set(5, 93000001)))
    damaged[len(damaged) // 2:len(damaged) // 2 + 40] = bytes(40)   # zeroed bytes inside the deflate stream
    (tmp_path / "b-corrupt.xml.gz").write_bytes(bytes(damaged))
    (tmp_path / "c-good.xml").write_bytes(_invented_set(3, 94000001))
    # zero padding after the last member: gzip reads it, so must we
    (tmp_path / "d-padded.xml.gz").write_bytes(gzip.compress(_invented_set(2, 95000001)) + bytes(70000))
    data = tmp_path / "data"
    names = ("a-cut.xml.gz", "b-corrupt.xml.gz", "c-good.xml", "d-padded.xml.gz")
    assert ingest(data, *(tmp_path / n for n in names)) == 1
    pmids = set(documents(data).index)
    assert len({p for p in pmids if p.startswith("92")}) == complete > 300   # nothing lost before the cut
    assert {"94000001", "94000002", "94000003", "95000001", "95000002"} <= pmids
    out = capsys.readouterr().out
    assert "a-cut.xml.gz: cannot read: the .gz file is cut short" in out
    assert "b-corrupt.xml.gz: cannot read: corrupt gzip data" in out


def test_run_from_names_the_file_that_failed_in_its_summary_and_ledger_row(tmp_path, capsys, caplog):
    data = tmp_path / "data"
    bad = FIX / "malformed.xml"
    assert main(["run", "--from", str(bad), str(FIX / "books.xml"), "--data", str(data), "--quiet",
                 "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("run #1 partial:")
    assert f"  failed: {bad}:18: malformed XML" in out
    run = [r for r in Ledger(data).recent(5) if r.command == "run"][0]
    assert run.status == "partial" and f"{bad}:18: malformed XML" in run.error
    assert sum(f"{bad}:18" in r.getMessage() for r in caplog.records) == 1   # logged once, by ingest
