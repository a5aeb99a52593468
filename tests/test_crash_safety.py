"""kill -9 a real `litmine run` at several moments; a re-run leaves the tables an uninterrupted run writes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from invented import write_corpus

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents", "entities", "relations", "extractions")
VOLATILE = {"updated_at", "extracted_at"}


def litmine(data: Path, xml: Path) -> subprocess.Popen:
    cfg = data.parent / f"{data.name}.toml"
    cfg.write_text("[litmine]\npartition_size = 40\nworkers = 1\nbuckets = 4\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LITMINE_CONFIG": str(cfg)}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--from", str(xml), "--data", str(data),
                             "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def version(data: Path) -> int:
    try:
        cur = data / ".store" / os.readlink(data / ".store" / "current")
        return json.loads((cur / "_manifest.json").read_text())["version"]
    except (FileNotFoundError, OSError, ValueError):
        return 0


def snapshot(data: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in TABLES:
        df = pd.read_parquet(data / f"{name}.parquet")
        df = df[[c for c in df.columns if c not in VOLATILE]]
        out[name] = df.sort_values(list(df.columns[:4])).reset_index(drop=True)
    return out


@pytest.mark.slow
def test_kill_dash_nine_then_rerun_equals_uninterrupted(tmp_path):
    xml = write_corpus(tmp_path / "corpus.xml.gz", 200)
    ref = tmp_path / "ref"
    proc = litmine(ref, xml)
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    want = snapshot(ref)
    assert len(want["documents"]) == 200 and len(want["entities"]) > 0
    commits = version(ref)  # 5 ingest commits + 5 extract commits
    assert commits >= 8

    for kill_after in (2, commits - 3):  # once while ingesting, once while extracting
        data = tmp_path / f"killed-at-{kill_after}"
        proc = litmine(data, xml)
        deadline = time.monotonic() + 300
        while version(data) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=60) == -signal.SIGKILL, "the run ended before it could be killed"
        assert version(data) < commits
        for name in TABLES:  # the interrupted tables are readable
            pd.read_parquet(data / f"{name}.parquet")
        rerun = litmine(data, xml)
        assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
        got = snapshot(data)
        for name in TABLES:
            pd.testing.assert_frame_equal(got[name], want[name], obj=f"{name} after kill at v{kill_after}")
