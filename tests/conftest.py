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
