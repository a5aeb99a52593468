"""The Parquet store: atomic snapshots, pmid-keyed replace, deletions, readers of every kind."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.documents import Deletion, Document, Section
from pipeline.schema import ENTITIES, to_table
from pipeline.store.ledger import Ledger
from pipeline.store.tables import Store
from pipeline.store.upsert import apply_batch


def ent(pmid, start, text, label="CELL_TYPE", concept="cell:msc"):
    return {"pmid": pmid, "start": start, "end": start + len(text), "text": text, "label": label,
            "concept_id": concept, "sentence": 0, "source": "rule", "score": 1.0, "pipeline_version": "t"}


def doc(pmid, title="A title", abstract="Some text.", revised=date(2020, 1, 1), version=1):
    return Document(pmid=pmid, title=title, sections=(Section(None, None, abstract),), version=version,
                    date_revised=revised, year=2020)


def test_replace_is_keyed_by_pmid_and_never_duplicates(tmp_path):
    store = Store(tmp_path, buckets=4)
    rows = to_table([ent("1", 0, "MSCs"), ent("1", 10, "UC-MSCs", concept="cell:uc_msc"), ent("2", 5, "BDNF")], ENTITIES)
    for _ in range(3):
        with store.transaction() as txn:
            txn.replace("entities", rows)
    df = pd.read_parquet(tmp_path / "entities.parquet")
    assert len(df) == 3
    with store.transaction() as txn:  # pmid 1 now has a single mention, pmid 3 is cleared though absent
        txn.replace("entities", to_table([ent("1", 0, "MSC")], ENTITIES), pmids=["1", "3"])
    df = pd.read_parquet(tmp_path / "entities.parquet").sort_values(["pmid", "start"])
    assert df[["pmid", "text"]].values.tolist() == [["1", "MSC"], ["2", "BDNF"]]
    assert store.count("entities") == 2


def test_every_table_readable_when_empty(tmp_path):
    store = Store(tmp_path, buckets=2)
    with store.transaction() as txn:
        txn.replace("documents", to_table([doc("7").to_row()], __import__("pipeline.schema").schema.DOCUMENTS))
    for name in ("documents", "entities", "relations", "extractions"):
        df = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert "pmid" in df.columns
    assert list(pd.read_parquet(tmp_path / "entities.parquet").columns) == ENTITIES.names


def test_upsert_newer_only_and_deletions(tmp_path):
    store = Store(tmp_path)
    with store.transaction() as txn:
        c = apply_batch(store, txn, [doc("10"), doc("11")])
    assert (c.new, c.revised) == (2, 0)
    with store.transaction() as txn:
        c = apply_batch(store, txn, [doc("10", title="old", revised=date(2019, 1, 1)), doc("11")])
    assert (c.stale, c.unchanged, c.new) == (1, 1, 0)
    with store.transaction() as txn:
        c = apply_batch(store, txn, [doc("10", title="revised", revised=date(2021, 5, 1))], [Deletion("11")])
    assert (c.revised, c.deleted) == (1, 1)
    df = pd.read_parquet(tmp_path / "documents.parquet")
    assert df["pmid"].tolist() == ["10"] and df["title"].tolist() == ["revised"]
    assert df["text"].iloc[0] == "revised\nSome text."


def test_versioned_duplicate_in_one_batch_keeps_newest(tmp_path):
    store = Store(tmp_path)
    with store.transaction() as txn:
        apply_batch(store, txn, [doc("5", title="v2", version=2), doc("5", title="v1", version=1)])
    df = pd.read_parquet(tmp_path / "documents.parquet")
    assert df["title"].tolist() == ["v2"] and df["version"].tolist() == [2]


def test_failed_transaction_publishes_nothing(tmp_path):
    store = Store(tmp_path)
    with store.transaction() as txn:
        txn.replace("entities", to_table([ent("1", 0, "MSCs")], ENTITIES))
    with pytest.raises(RuntimeError):
        with store.transaction() as txn:
            txn.replace("entities", to_table([ent("1", 0, "XX"), ent("9", 0, "YY")], ENTITIES))
            raise RuntimeError("boom")
    assert pd.read_parquet(tmp_path / "entities.parquet")["text"].tolist() == ["MSCs"]


def test_killed_commit_leaves_previous_snapshot(tmp_path):
    """A writer killed with SIGKILL in the middle of writing a version leaves the old tables intact."""
    store = Store(tmp_path, buckets=8)
    with store.transaction() as txn:
        txn.replace("entities", to_table([ent(str(i), 0, "MSCs") for i in range(100)], ENTITIES))
    script = textwrap.dedent(f"""
        import os, signal
        import pyarrow.parquet as pq
        from pipeline.schema import ENTITIES, to_table
        from pipeline.store.tables import Store
        real = pq.write_table
        calls = []
        def dying(*a, **k):
            calls.append(1)
            real(*a, **k)
            if len(calls) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        pq.write_table = dying
        store = Store({str(tmp_path)!r})
        with store.transaction() as txn:
            txn.replace("entities", to_table([{{"pmid": str(i), "start": 0, "end": 1, "text": "new"}} for i in range(100)], ENTITIES))
    """)
    proc = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == -9
    df = pd.read_parquet(tmp_path / "entities.parquet")
    assert len(df) == 100 and set(df["text"]) == {"MSCs"}
    with store.transaction() as txn:  # the next writer cleans up and goes on
        txn.delete(["0"])
    assert store.count("entities") == 99
    assert len([p for p in (tmp_path / ".store").glob("v*")]) <= 2


def test_readers_pandas_pyarrow_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    store = Store(tmp_path, buckets=3)
    with store.transaction() as txn:
        txn.replace("entities", to_table([ent(str(i), 0, "MSCs") for i in range(10)], ENTITIES))
    assert len(pa.parquet.read_table(tmp_path / "entities.parquet")) == 10
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/entities.parquet/*.parquet')").fetchone()[0]
    assert n == 10


def test_ledger_runs_and_since_last(tmp_path):
    led = Ledger(tmp_path)
    a = led.start("fetch", query="q", datetype="edat", window_start="2020/01/01", window_end="2020/12/31")
    led.finish(a, "ok", counts={"new": 3})
    b = led.start("fetch", query="q", window_end="2021/12/31")
    led.finish(b, "failed", error="HTTP 500")
    last = led.last_successful("fetch", "q")
    assert last.id == a and last.window_end == "2020/12/31" and last.counts == {"new": 3}
    assert [r.status for r in led.recent()] == ["failed", "ok"]
    led.record_deletions(a, ["1", "2"], "u.xml")
    assert led.deletions() == [("1", a, "u.xml"), ("2", a, "u.xml")]


def test_ledger_marks_runs_of_dead_processes_interrupted(tmp_path):
    led = Ledger(tmp_path)
    proc = subprocess.run([sys.executable, "-c", f"from pipeline.store.ledger import Ledger; Ledger({str(tmp_path)!r}).start('run')"],
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == 0
    assert led.recent()[0].status == "running"
    mine = led.start("extract")
    runs = {r.id: r.status for r in led.recent()}
    assert runs[mine] == "running" and sorted(runs.values()) == ["interrupted", "running"]


# helper DU: a data folder the next run cannot use is a named error (exit 2), never a traceback.
from pathlib import Path  # noqa: E402


def _cli(*argv) -> int:
    from pipeline.cli import main
    return main(list(argv))


def _one_commit(data):
    with Store(data).transaction() as txn:
        txn.replace("entities", to_table([ent("1", 0, "MSCs")], ENTITIES))


def test_data_folder_that_is_a_file_is_a_named_error(tmp_path, caplog):
    data = tmp_path / "data"
    data.write_text("not a folder")
    xml = Path(__file__).parent / "fixtures" / "pubmed" / "pubmed99n0001.xml"
    for argv in (["status"], ["extract"], ["ingest", str(xml)], ["run", "--from", str(xml)]):
        caplog.clear()
        assert _cli(*argv, "--quiet", "--data", str(data)) == 2
        assert f"data folder {data} is a file, not a folder" in caplog.text
    assert data.read_text() == "not a folder"


def test_corrupt_ledger_is_a_named_error_and_the_tables_stay(tmp_path, caplog):
    _one_commit(tmp_path)
    (tmp_path / "ledger.sqlite").write_text("this is not SQLite")
    assert _cli("status", "--data", str(tmp_path)) == 2
    assert f"{tmp_path / 'ledger.sqlite'}: not a usable run ledger" in caplog.text
    assert Store(tmp_path).count("entities") == 1
    (tmp_path / "ledger.sqlite").unlink()           # what the message tells the user to do
    assert _cli("status", "--data", str(tmp_path)) == 0


def test_lost_snapshot_or_corrupt_manifest_is_a_named_error(tmp_path, caplog):
    from pipeline.store.tables import DataFolderError
    _one_commit(tmp_path)
    manifest = Store(tmp_path).current() / "_manifest.json"
    manifest.write_text("{half a manifest")
    with pytest.raises(DataFolderError, match="_manifest.json: corrupt snapshot manifest"):
        Store(tmp_path)
    assert _cli("status", "--data", str(tmp_path)) == 2
    import shutil
    shutil.rmtree(manifest.parent)
    with pytest.raises(DataFolderError, match="which is gone: the tables' current snapshot is lost"):
        Store(tmp_path)


def test_status_shows_a_killed_run_as_interrupted_at_once(tmp_path, capsys):
    led = Ledger(tmp_path)
    proc = subprocess.run([sys.executable, "-c", f"from pipeline.store.ledger import Ledger; Ledger({str(tmp_path)!r}).start('extract')"],
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == 0
    assert _cli("status", "--data", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "#1 extract  interrupted" in out and "the process ended without finishing" in out
    assert led.recent()[0].status == "running"      # status only reads: the next start() records it


def test_status_of_a_data_folder_that_does_not_exist_says_so(tmp_path, capsys):
    assert _cli("status", "--data", str(tmp_path / "typo")) == 0
    assert "(no such folder: nothing was fetched or ingested there" in capsys.readouterr().out
    assert not (tmp_path / "typo").exists()


def test_status_reads_a_window_in_words(tmp_path, capsys):
    led = Ledger(tmp_path)
    for start, end, datetype in ((None, "2025-03-10", "edat"), ("2020-01-01", "2020-12-31", "pdat"),
                                 ("2025-03-09", "2025-03-11", "edat+mdat")):
        led.finish(led.start("fetch", query="amyotrophic", datetype=datetype, window_start=start, window_end=end), "ok")
    led.finish(led.start("fetch"), "ok")  # a --pmids fetch: no window
    assert _cli("status", "--data", str(tmp_path)) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  #")]
    assert [line.split("query='amyotrophic'")[-1] for line in lines[1:]] == [
        " window 2025-03-09 to 2025-03-11 (edat+mdat)", " window 2020-01-01 to 2020-12-31 (pdat)",
        " window up to 2025-03-10 (edat)"]
    assert "window" not in lines[0] and "…" not in "".join(lines)


def test_ctrl_c_during_ingest_is_recorded_interrupted(tmp_path, monkeypatch, caplog):
    """A run stopped by Ctrl-C is `interrupted` in the ledger, as a killed one is, not `failed`; exit 130."""
    import pipeline.ingest

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    xml = Path(__file__).parent / "fixtures" / "pubmed" / "pubmed99n0001.xml"
    monkeypatch.setattr(pipeline.ingest, "store_batch", ctrl_c)
    assert _cli("ingest", str(xml), "--quiet", "--data", str(tmp_path)) == 130
    run = Ledger(tmp_path).recent(1)[0]
    assert (run.command, run.status, run.error) == ("ingest", "interrupted", "interrupted")
    assert "interrupted: what was committed is kept, run again to resume" in caplog.text
