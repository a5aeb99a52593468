"""Shared test fixtures."""
from __future__ import annotations

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
