"""The parser over real NCBI responses and PubMed bulk-file fragments (../shared/corpora/ncbi-eutils-samples).

The expected figures are the ones that corpus's SOURCE.md states."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from conftest import need_corpus
from pipeline.cli import main
from pipeline.documents import Deletion, Document
from pipeline.fetch.pubmed_xml import PubmedXMLError, iter_records, parse_bytes

pytestmark = pytest.mark.corpus

# files holding a PubmedArticleSet
ARTICLE_SETS = [
    "biopython/pubmed1.xml", "biopython/pubmed2.xml", "biopython/pubmed4.xml", "biopython/pubmed5.xml",
    "biopython/pubmed6.xml", "biopython/pubmed7.xml",
    "klortho-eutils-json/efetch.pubmed.xml", "klortho-eutils-json/efetch.pubmedbook.xml",
    "pubmed_parser/pubmed-29768149.xml",
    "tipplerow-pubmed/29355075.xml", "tipplerow-pubmed/30073290.xml", "tipplerow-pubmed/31400583.xml",
    "tipplerow-pubmed/31408116.xml", "tipplerow-pubmed/32048627.xml", "tipplerow-pubmed/32260179.xml",
    "tipplerow-pubmed/pubmed_sample.xml",
    "tipplerow-pubmed/pubmed20n0001.xml.gz", "tipplerow-pubmed/pubmed20n0002.xml.gz",
    "tipplerow-pubmed/pubmed20n1203.xml.gz",
]


@pytest.fixture(scope="module")
def samples() -> Path:
    return need_corpus("ncbi-eutils-samples")


@pytest.fixture(scope="module")
def parsed(samples) -> dict[str, list]:
    return {name: list(iter_records(samples / name)) for name in ARTICLE_SETS}


def docs(records) -> list[Document]:
    return [r for r in records if isinstance(r, Document)]


def test_counts_match_source_md(parsed):
    everything = [r for recs in parsed.values() for r in recs]
    articles = [d for d in docs(everything) if d.article_type == "article"]
    books = [d for d in docs(everything) if d.article_type == "book"]
    deletions = [r for r in everything if isinstance(r, Deletion)]
    assert len(articles) == 54 and len(books) == 1
    assert len(deletions) == 26
    assert sum(not d.sections for d in docs(everything)) == 32
    assert sum(any(s.label for s in d.sections) for d in docs(everything)) == 7
    bulk = ["tipplerow-pubmed/pubmed20n0001.xml.gz", "tipplerow-pubmed/pubmed20n0002.xml.gz", "tipplerow-pubmed/pubmed20n1203.xml.gz"]
    assert sum(len(docs(parsed[f])) for f in bulk) == 30
    assert all(d.pmid.isdigit() and d.title for d in docs(everything))


def test_pmids_versions_and_deletions(parsed):
    sample = parsed["tipplerow-pubmed/pubmed_sample.xml"]
    assert [(d.pmid, d.version) for d in docs(sample)] == [
        ("24451147", 1), ("31383287", 1), ("31383387", 3), ("1", 1), ("31687927", 1), ("31383287", 2), ("31383582", 1)]
    assert len([r for r in sample if isinstance(r, Deletion)]) == 3
    assert {d.pmid for d in docs(sample) if not d.sections} == {"1", "31383582"}
    assert sorted(int(d.pmid) for d in docs(parsed["tipplerow-pubmed/pubmed20n0001.xml.gz"])) == list(range(1, 11))
    assert sorted(int(d.pmid) for d in docs(parsed["tipplerow-pubmed/pubmed20n0002.xml.gz"])) == list(range(30970, 30980))
    update = parsed["tipplerow-pubmed/pubmed20n1203.xml.gz"]
    gone = [r for r in update if isinstance(r, Deletion)]
    assert len(docs(update)) == 10 and len(gone) == 23
    assert all(isinstance(r, Deletion) for r in update[10:])      # the DeleteCitation block comes last
    assert gone[-1].pmid == "32410779" and gone[0].source == "pubmed20n1203.xml.gz"
    assert sum(len(d.mesh_headings) for d in docs(parsed["tipplerow-pubmed/pubmed20n0001.xml.gz"])) == 124
    assert [d.pmid for d in docs(parsed["biopython/pubmed1.xml"])] == ["12091962", "9997"]
    assert docs(parsed["biopython/pubmed1.xml"])[0].sections == ()
    assert docs(parsed["biopython/pubmed4.xml"])[0].pmid == "27797938"
    assert docs(parsed["tipplerow-pubmed/31408116.xml"])[0].sections == ()


def test_structured_abstracts_with_and_without_nlm_category(parsed):
    (nejm,) = docs(parsed["pubmed_parser/pubmed-29768149.xml"])
    assert [s.label for s in nejm.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert all(s.category is None for s in nejm.sections)
    assert "Randomized Controlled Trial" in nejm.publication_types and len(nejm.publication_types) == 6
    assert len(nejm.mesh_headings) == 23
    (p5,) = docs(parsed["biopython/pubmed5.xml"])
    assert len(p5.sections) == 4 and all(s.category for s in p5.sections)
    (p4,) = docs(parsed["biopython/pubmed4.xml"])
    assert len(p4.mesh_headings) == 21 and len(p4.publication_types) == 5
    assert p4.doi and p4.pmcid and p4.pmcid.startswith("PMC")


def test_book_article(parsed):
    (book,) = docs(parsed["klortho-eutils-json/efetch.pubmedbook.xml"])
    assert (book.pmid, book.article_type) == ("20301295", "book")
    assert book.title.startswith("GeneReviews")
    assert book.year == 1993 and book.sections


@pytest.mark.parametrize("name", ["biopython/pubmed4.xml", "biopython/pubmed6.xml", "biopython/pubmed7.xml"])
def test_markup_and_mathml_lose_no_character(samples, parsed, name):
    tree = etree.parse(str(samples / name), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    expected = re.sub(r"\s", "", "".join("".join(e.itertext()) for e in tree.iter("AbstractText")))
    (doc,) = docs(parsed[name])
    assert re.sub(r"\s", "", "".join(s.text for s in doc.sections)) == expected
    assert "<" not in doc.abstract or "<" in expected


@pytest.mark.parametrize("name, line, expect", [
    ("biopython/einfo4.xml", 40, "malformed XML"),
    ("biopython/pubmed3.html", 1, "HTML"),
    ("biopython/epost2.xml", None, "E-utilities error: Invalid db name specified: nothing"),
    ("biopython/esummary8.xml", None, "E-utilities error: Neither query_key nor id specified"),
    ("klortho-eutils-json/esearch.baderror.xml", None, "E-utilities error: Invalid db name specified: fleegle"),
    ("biopython/efetch_pmc.xml", None, "root element is <pmc-articleset>"),
    ("biopython/esearch1.xml", None, "root element is <eSearchResult>"),
])
def test_error_responses(samples, name, line, expect):
    with pytest.raises(PubmedXMLError) as err:
        list(iter_records(samples / name))
    assert expect in str(err.value) and str(samples / name) in str(err.value)
    if line is not None:
        assert err.value.line == line
    with pytest.raises(PubmedXMLError, match=re.escape(expect)):
        parse_bytes((samples / name).read_bytes(), "efetch")


def test_ingest_bulk_fragments_in_order(samples, tmp_path):
    data = tmp_path / "data"
    folder = samples / "tipplerow-pubmed"
    code = main(["ingest", "--quiet", "--data", str(data),
                 *(str(folder / f) for f in ("pubmed20n0001.xml.gz", "pubmed20n0002.xml.gz", "pubmed20n1203.xml.gz"))])
    assert code == 0
    df = pd.read_parquet(data / "documents.parquet")
    gone = {r.pmid for r in iter_records(folder / "pubmed20n1203.xml.gz") if isinstance(r, Deletion)}
    kept = {d.pmid for f in ("pubmed20n0001.xml.gz", "pubmed20n0002.xml.gz", "pubmed20n1203.xml.gz")
            for d in docs(iter_records(folder / f))} - gone
    assert set(df["pmid"]) == kept and df["pmid"].is_unique
    assert len(df) == 30 - len({d for d in gone if d in set(map(str, range(1, 11))) | set(map(str, range(30970, 30980)))})
