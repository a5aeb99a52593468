"""Invented PubMed XML corpora for end-to-end tests (our own text, see tests/eutils_server.py)."""
from __future__ import annotations

import gzip
from pathlib import Path

from eutils_server import invent_records

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
        '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n')


def write_corpus(path: Path, n: int, *, seed: int = 11, first_pmid: int = 31000001, deletions: list[str] = ()) -> Path:
    """n invented records (and optional DeleteCitation pmids) as a PubMed XML file (.xml or .xml.gz)."""
    recs = invent_records(n, seed=seed, first_pmid=first_pmid)
    body = "<PubmedArticleSet>\n" + "\n".join(r.xml() for r in recs)
    if deletions:
        body += "\n<DeleteCitation>" + "".join(f'<PMID Version="1">{p}</PMID>' for p in deletions) + "</DeleteCitation>"
    body += "\n</PubmedArticleSet>\n"
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write(HEAD + body)
    return path
