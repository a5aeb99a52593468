"""Shared test fixtures."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


def need_corpus(name: str) -> Path:
    """The path of a ../shared/corpora dataset, or skip the test saying what is missing."""
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"../shared/corpora/{name} is absent: this test reads real data from ../shared")
    return path


@pytest.fixture(autouse=True)
def _no_ncbi_environment(monkeypatch):
    """The NCBI settings of the shell that runs the suite (NCBI_EMAIL, NCBI_API_KEY, LITMINE_EUTILS_URL)
    would override what a test configures: each test starts without them and sets its own."""
    for name in ("NCBI_EMAIL", "NCBI_API_KEY", "LITMINE_EUTILS_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fresh_interpreter_env(tmp_path) -> dict:
    """The environment for a fresh interpreter that finds this tree's code and its pyproject's entry points first
    (package metadata written under tmp_path), not those of whichever checkout the environment installed."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    info = tmp_path / "metadata" / f"{project['name']}-{project['version']}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in points.items()) + "\n"
        for group, points in project["entry-points"].items()))
    return {**os.environ, "PYTHONPATH": f"{info.parent}{os.pathsep}{ROOT}"}


# One shipped pipeline of each kind for the whole run: building one takes seconds, and the test modules that read
# rows from invented sentences only call it (a module that changes its pipeline builds its own).
@pytest.fixture(scope="session")
def full_nlp():
    """`build_nlp()` as shipped: entities and relations."""
    from pipeline.nlp.build import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def entity_nlp():
    """`build_nlp(relations=False)`: the entity stages only."""
    from pipeline.nlp.build import build_nlp
    return build_nlp(relations=False)
