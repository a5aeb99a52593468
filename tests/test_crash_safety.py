"""kill -9 a real `litmine run` (2 worker processes) at several moments; a re-run leaves the tables an
uninterrupted run writes, and no pool process outlives the killed run."""
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
    cfg.write_text("[litmine]\npartition_size = 40\nworkers = 2\nbuckets = 4\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LITMINE_CONFIG": str(cfg)}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--from", str(xml), "--data", str(data),
                             "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def version(data: Path) -> int:
    try:
        cur = data / ".store" / os.readlink(data / ".store" / "current")
        return json.loads((cur / "_manifest.json").read_text())["version"]
    except (FileNotFoundError, OSError, ValueError):
        return 0


def children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


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
        pool = children(proc.pid)  # the extraction pool's processes, when it is running
        if kill_after > 5:  # past the 5 ingest commits: extracting
            assert len(pool) == 2, f"expected the 2 pool processes, found {pool}"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=60) == -signal.SIGKILL, "the run ended before it could be killed"
        deadline = time.monotonic() + 10
        while any(alive(p) for p in pool) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(p) for p in pool), "pool processes outlived the killed run"
        assert version(data) < commits
        for name in TABLES:  # the interrupted tables are readable
            pd.read_parquet(data / f"{name}.parquet")
        rerun = litmine(data, xml)
        assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
        got = snapshot(data)
        for name in TABLES:
            pd.testing.assert_frame_equal(got[name], want[name], obj=f"{name} after kill at v{kill_after}")
