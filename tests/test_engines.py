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


def _comparable(part) -> tuple:
    marks = [{k: v for k, v in m.items() if k != "extracted_at"} for m in part.extractions]
    return part.entities, part.relations, marks, part.failures


@pytest.mark.parametrize("start_method", ["fork", pytest.param("spawn", marks=pytest.mark.slow)])
def test_pooled_local_engine_returns_what_one_process_does(tmp_path, corpus, start_method):
    from pipeline.engines.annotate import DOC_COLUMNS, annotate_rows
    from pipeline.engines.local import LocalEngine
    from pipeline.engines.spec import PipelineSpec
    from pipeline.store.tables import Store

    s = settings(tmp_path)
    ingest_paths([corpus], s, progress=False)
    rows = Store(tmp_path).read("documents", columns=DOC_COLUMNS).to_pylist()
    parts = [rows[i:i + 15] for i in range(0, len(rows), 15)]   # 15, 15, 10: three partitions
    spec = PipelineSpec()
    nlp = spec.build()
    want = [_comparable(annotate_rows(nlp, p, spec.version)) for p in parts]
    with LocalEngine(spec, workers=2, chunk_size=4, start_method=start_method) as engine:
        got = list(engine.map_partitions(iter(parts)))
    assert [r for r, _ in got] == parts                       # partitions come back in order, whole
    assert [_comparable(p) for _, p in got] == want
    assert sum(len(w[0]) for w in want) > 50


def test_in_order_submits_ahead_but_boundedly():
    from pipeline.engines.annotate import PartitionResult
    from pipeline.engines.overlap import chunked, in_order

    submitted: list[int] = []
    parts = ([{"pmid": str(i)}] for i in range(6))

    def submit(rows):
        submitted.append(int(rows[0]["pmid"]))
        return rows

    for rows, result in in_order(parts, submit, lambda rows: PartitionResult(failures=[(rows[0]["pmid"], "")]),
                                 ahead=2):
        k = int(rows[0]["pmid"])
        assert result.failures == [(str(k), "")]
        assert submitted[-1] == min(k + 2, 5)               # two partitions queued beyond the one returned
    assert submitted == list(range(6))
    rows = [{"pmid": str(i)} for i in range(10)]
    assert [len(c) for c in chunked(rows, 100, 2)] == [5, 5]  # small partitions still use every worker
    assert [len(c) for c in chunked(rows, 4, 2)] == [4, 4, 2]
    assert chunked([], 4, 2) == []


def test_rerun_with_nothing_new_builds_nothing(tmp_path, corpus):
    """An up-to-date folder: no spaCy import, no pipeline, and relations_summary.parquet left alone."""
    import json
    import os
    import subprocess
    import sys

    from pipeline.extract import write_summary

    s = settings(tmp_path)
    ingest_paths([corpus], s, progress=False)
    extract(s)
    summary = write_summary(s)
    before = summary.stat().st_mtime_ns
    probe = ("import json, sys; from pathlib import Path; from pipeline.config import Settings; "
             "from pipeline.runs import run_extract; "
             f"code = run_extract(Settings(data_dir=Path({str(tmp_path)!r}), quiet=True)); "
             "print(json.dumps([code, 'spacy' in sys.modules, 'pipeline.analysis' in sys.modules]))")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(root)}).stdout.strip().splitlines()[-1]
    assert json.loads(out) == [0, False, False]
    assert summary.stat().st_mtime_ns == before
    # a deletion is a commit: the summary is rewritten without the deleted paper
    gone = str(pd.read_parquet(summary)["pmids"].iloc[0][0])
    upd = tmp_path / "gone.xml"
    write_corpus(upd, 0, deletions=[gone])
    ingest_paths([upd], s, progress=False)
    write_summary(s)
    assert summary.stat().st_mtime_ns > before
    assert not any(gone in list(p) for p in pd.read_parquet(summary)["pmids"])


def test_pipeline_version_follows_models_and_rule_code(tmp_path):
    """A changed word list in the rule code, like a retrained model, gives a new version (and so a re-extraction);
    bytecode caches and the linker's cache do not."""
    from pipeline.engines.spec import models_digest

    models, rules = tmp_path / "models", tmp_path / "nlp"
    (models / ".cache").mkdir(parents=True)
    (rules / "ruler" / "__pycache__").mkdir(parents=True)
    (models / "concepts.jsonl").write_text('{"concept_id": "cell:msc"}\n')
    (rules / "ruler" / "patterns.py").write_text('WORDS = frozenset({"slowed"})\n')
    first = models_digest(models, rules)
    (models / ".cache" / "index.bin").write_bytes(b"\x00")
    (rules / "ruler" / "__pycache__" / "patterns.pyc").write_bytes(b"\x00")
    assert models_digest(models, rules) == first
    (rules / "ruler" / "patterns.py").write_text('WORDS = frozenset({"slowed", "halted"})\n')
    second = models_digest(models, rules)
    assert second != first
    (models / "concepts.jsonl").write_text('{"concept_id": "cell:uc_msc"}\n')
    assert models_digest(models, rules) not in (first, second)


@pytest.mark.slow
def test_cli_dask_extract_prints_no_cluster_chatter(tmp_path, corpus):
    """`litmine extract --engine dask` logs like any other run: dask.distributed's start-up and shutdown INFO lines
    (it sets its own loggers to INFO when imported) stay out of the terminal unless -vv asks for them."""
    import os
    import subprocess
    import sys
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    base = [sys.executable, "-m", "pipeline"]
    subprocess.run([*base, "ingest", str(corpus), "--data", str(data), "--quiet"], check=True, env=env,
                   capture_output=True)
    res = subprocess.run([*base, "extract", "--data", str(data), "--engine", "dask", "--workers", "1", "--quiet"],
                         env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "extracted 40 documents" in res.stdout + res.stderr
    assert "INFO pipeline.extract" in res.stderr
    assert "distributed." not in res.stderr, res.stderr[:2000]


def test_cli_dask_scheduler_that_does_not_answer_is_one_line_exit_1(tmp_path, corpus):
    import os
    import subprocess
    import sys
    data = tmp_path / "data"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("DASK_")},
           "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    base = [sys.executable, "-m", "pipeline"]
    subprocess.run([*base, "ingest", str(corpus), "--data", str(data), "--quiet"], check=True, env=env,
                   capture_output=True)
    res = subprocess.run([*base, "extract", "--data", str(data), "--engine", "dask", "--scheduler",
                          "tcp://127.0.0.1:9", "--quiet"], env=env, capture_output=True, text=True)
    assert res.returncode == 1, res.stderr[-2000:]
    assert "Traceback" not in res.stderr, res.stderr[-2000:]
    errors = [line for line in res.stderr.splitlines() if " ERROR " in line]
    assert len(errors) == 1 and "dask scheduler tcp://127.0.0.1:9 could not be reached" in errors[0]


def _store_version(data: Path) -> int:
    import json
    import os
    try:
        current = data / ".store" / os.readlink(data / ".store" / "current")
        return json.loads((current / "_manifest.json").read_text())["version"]
    except (OSError, ValueError):
        return 0


def _processes_with(marker: str) -> list[int]:
    """Processes (ours) whose environment holds `marker`: the run and any worker it left behind."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker.encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["dask", "local"])
def test_ctrl_c_on_a_pooled_extract_is_one_line_and_a_rerun_resumes(tmp_path, engine):
    """Ctrl-C in a terminal signals the whole process group, the engine's worker processes included: the run says
    in one line that it was interrupted and what it kept (no worker tracebacks, no Dask shutdown warnings), leaves
    no process behind, and a re-run extracts the rest into the tables an uninterrupted run writes, once each."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from pipeline.store.ledger import Ledger

    xml = write_corpus(tmp_path / "corpus.xml.gz", 120, seed=5)
    data, ref = tmp_path / "data", tmp_path / "ref"
    config = tmp_path / "litmine.toml"
    config.write_text("[litmine]\npartition_size = 10\n")
    marker = f"LITMINE_TEST_RUN={tmp_path.name}"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("DASK_")},
           "PYTHONPATH": str(Path(__file__).resolve().parents[1]), marker.split("=")[0]: marker.split("=")[1]}
    base = [sys.executable, "-m", "pipeline"]
    subprocess.run([*base, "ingest", str(xml), "--data", str(data), "--quiet"], check=True, env=env,
                   capture_output=True)
    ingested = _store_version(data)
    run = subprocess.Popen([*base, "extract", "--data", str(data), "--config", str(config), "--engine", engine,
                            "--workers", "2", "--quiet"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)  # its own process group, as a terminal's job
    deadline = time.monotonic() + 240
    while _store_version(data) == ingested and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C does
    out, err = run.communicate(timeout=120)
    assert run.returncode == 130, err[-3000:]
    assert "Traceback" not in err and "distributed." not in err, err[:3000]
    errors = [line for line in err.splitlines() if " ERROR " in line]
    assert len(errors) == 1 and errors == [line for line in err.splitlines() if "INFO" not in line], err[:3000]
    kept = int(errors[0].split("interrupted: ")[1].split(" of 120 documents were extracted and are kept")[0])
    assert 10 <= kept < 120 and errors[0].endswith(f"run again to extract the other {120 - kept}")
    assert kept == len(pd.read_parquet(data / "extractions.parquet"))
    last = Ledger(data).recent(1)[0]
    assert (last.command, last.status) == ("extract", "interrupted") and str(kept) in last.error
    deadline = time.monotonic() + 10
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_with(marker), "worker processes outlived the interrupted run"

    again = extract(settings(data, partition_size=10))
    assert again.documents == 120 - kept and not again.failures
    s = settings(ref, partition_size=10)
    ingest_paths([xml], s, progress=False)
    extract(s)
    for name in ("entities", "relations", "extractions"):
        got = table(data, name)
        assert not got.duplicated().any()
        pd.testing.assert_frame_equal(got, table(ref, name), obj=name)
