"""The PubMed XML parser on our own fixtures: every field, markup, books, deletions, errors, safety."""
from __future__ import annotations

import gzip
import io
import resource
from datetime import date
from pathlib import Path

import pytest

from pipeline.documents import Deletion, Document, MeshHeading, Section
from pipeline.fetch.pubmed_xml import PubmedXMLError, iter_records, parse_bytes

FIX = Path(__file__).parent / "fixtures" / "pubmed"


def docs_of(path) -> dict[str, Document]:
    """pmid -> the last record of that pmid in the file."""
    return {d.pmid: d for d in iter_records(path) if isinstance(d, Document)}


@pytest.fixture(scope="module")
def base() -> dict[str, Document]:
    return docs_of(FIX / "pubmed99n0001.xml")


def test_structured_abstract_and_every_field(base):
    d = base["90000001"]
    assert d.version == 1
    assert d.title.startswith("Intrathecal umbilical cord mesenchymal stem cells")
    assert [(s.label, s.category) for s in d.sections] == [
        ("BACKGROUND", "BACKGROUND"), ("METHODS", "METHODS"), ("RESULTS", "RESULTS"),
        ("CONCLUSIONS AND RELEVANCE", "CONCLUSIONS")]
    # the line break and the run of spaces inside METHODS collapse to single spaces
    assert d.sections[1].text == "Twelve patients received three intrathecal injections of UC-MSCs by lumbar puncture."
    assert "Copyright" not in d.abstract
    assert d.journal == "Journal of Invented Neurotherapeutics"
    assert (d.year, d.pub_date) == (2021, "2021-03-09")
    assert d.publication_types == ("Clinical Trial, Phase I", "Journal Article")
    assert d.mesh_headings == (
        MeshHeading("Amyotrophic Lateral Sclerosis", "D000690", True, ("therapy", "pathology")),  # major via qualifier
        MeshHeading("Mesenchymal Stem Cells", "D059630", True, ()),
        MeshHeading("Humans", "D006801", False, ()),
    )
    assert d.keywords == ("UC-MSC", "intrathecal")
    assert d.chemicals == ("Glial Cell Line-Derived Neurotrophic Factor", "Brain-Derived Neurotrophic Factor")
    assert d.language == "eng"
    assert d.doi == "10.9999/jin.2021.001"          # ArticleIdList wins over ELocationID, references ignored
    assert d.pmcid == "PMC9000001"
    assert d.date_revised == date(2021, 7, 15)
    assert d.entrez_date == date(2021, 1, 21)       # PubStatus="entrez", not "pubmed"
    assert d.article_type == "article"
    assert d.source == "pubmed99n0001.xml"
    assert d.text == d.title + "\n" + "\n".join(s.text for s in d.sections)
    spans = d.section_spans()
    assert [d.text[s["start"]:s["end"]] for s in spans] == [d.title] + [s.text for s in d.sections]


def test_no_abstract_medline_date_fallbacks(base):
    d = base["90000002"]
    assert d.sections == () and d.abstract == ""
    assert d.text == d.title + "\n"
    assert (d.year, d.pub_date) == (2019, "2019 Nov-Dec")
    assert d.journal == "Invent Cell Ther Lett"     # no Journal/Title: ISOAbbreviation
    assert d.doi == "10.9999/ictl.2019.77"          # only in ELocationID
    assert d.pmcid is None
    assert d.entrez_date == date(2019, 12, 5)       # no entrez date: the pubmed one
    assert d.publication_types == ("Letter",)


def test_inline_markup_mathml_and_unicode_keep_every_character(base):
    d = base["90000003"]
    assert d.title == "Effects of Wharton's jelly MSCs on Ca2+ signalling in SOD1G93A mice"
    text = d.sections[0].text
    assert text.startswith("Cells were given at 1\u00d7106 per kg; CO2 levels were unchanged and survival rose by 12\u2009% (p<0.05).")
    assert "The dose D=106 was kept." in text                      # MathML: its text content
    assert "Müller cells, β-III tubulin and α-synuclein — all measured at 37 °C;" in text
    assert text.endswith("tagged text is kept.")                   # an unknown element's text is kept
    assert d.sections[0].label is None and d.sections[0].category is None
    assert d.journal == "Zeitschrift für erfundene Zelltherapie"
    assert (d.year, d.pub_date) == (2022, "2022-05")
    assert d.language == "ger"                                     # the first Language
    assert d.doi is None


def test_versioned_duplicate_pmid_yields_both_versions():
    recs = [d for d in iter_records(FIX / "pubmed99n0001.xml") if d.pmid == "90000004"]
    assert [(d.version, d.sections[0].text) for d in recs] == [
        (1, "The first version of this abstract."), (2, "The second, corrected version of this abstract.")]
    assert recs[0].pub_date == "2023" and recs[0].entrez_date is None and recs[0].publication_types == ()


def test_other_abstract_only_when_no_abstract_and_vernacular_title(base):
    d = base["90000005"]
    assert d.sections == (Section(None, None, "An English summary of stem cells in ALS."),)
    assert d.title == "Células madre en la esclerosis lateral amiotrófica."   # empty ArticleTitle
    assert (d.year, d.pub_date) == (2018, "2018")                            # Season is not a month
    assert base["90000001"].sections[0].text.startswith("Umbilical")          # Abstract present: no OtherAbstract


def test_book_articles():
    books = docs_of(FIX / "books.xml")
    chapter, whole = books["90000020"], books["90000021"]
    assert chapter.article_type == whole.article_type == "book"
    assert chapter.title == "Cell-based therapies for motor neuron disease"
    assert chapter.journal == "Invented Reviews in Neurology"
    assert [(s.label, s.text) for s in chapter.sections] == [
        ("SUMMARY", "Mesenchymal stromal cells have been given intrathecally and intravenously."),
        ("OUTLOOK", "Larger controlled trials are needed.")]
    assert (chapter.year, chapter.pub_date) == (2020, "2020-09-14")
    assert chapter.publication_types == ("Review",) and chapter.keywords == ("stem cells",)
    assert chapter.date_revised == date(2024, 2, 29) and chapter.entrez_date == date(2020, 9, 14)
    assert chapter.language == "eng"
    assert whole.title == "Handbook of Invented Regenerative Medicine" and whole.journal is None
    assert whole.sections == () and whole.year == 2019


def test_update_file_gz_with_delete_citation():
    recs = list(iter_records(FIX / "updates" / "pubmed99n0002.xml.gz"))
    assert [type(r).__name__ for r in recs] == ["Document", "Document", "Deletion", "Deletion"]
    assert [r.pmid for r in recs] == ["90000001", "90000010", "90000002", "90000099"]
    assert recs[2] == Deletion("90000002", "pubmed99n0002.xml.gz")


def test_stream_and_parse_bytes_agree():
    data = (FIX / "pubmed99n0001.xml").read_bytes()
    from_file = list(iter_records(FIX / "pubmed99n0001.xml"))
    from_stream = list(iter_records(io.BytesIO(data), name="pubmed99n0001.xml"))
    docs, gone = parse_bytes(gzip.compress(data), "pubmed99n0001.xml")
    assert from_stream == from_file == docs and gone == []
    docs, gone = parse_bytes(gzip.decompress((FIX / "updates" / "pubmed99n0002.xml.gz").read_bytes()), "efetch")
    assert [d.pmid for d in docs] == ["90000001", "90000010"] and [g.pmid for g in gone] == ["90000002", "90000099"]
    assert docs[0].source == "efetch"


def test_malformed_file_yields_records_before_the_error_then_names_file_and_line():
    got = []
    with pytest.raises(PubmedXMLError) as err:
        for rec in iter_records(FIX / "malformed.xml"):
            got.append(rec.pmid)
    assert got == ["90000040"]
    assert err.value.line == 18 and isinstance(err.value, ValueError)
    assert str(err.value).startswith(f"{FIX / 'malformed.xml'}:18: malformed XML")


@pytest.mark.parametrize("body, expect", [
    (b"<html><head><title>PmFetch response</title></head><body><pre>x</pre></body></html>", "HTML"),
    (b"<!DOCTYPE html>\n<html><body>Service unavailable</body></html>", "HTML"),
    (b'<?xml version="1.0"?>\n<eFetchResult><ERROR>Empty id list - nothing todo</ERROR></eFetchResult>',
     "E-utilities error: Empty id list - nothing todo"),
    (b'<?xml version="1.0"?>\n<ERROR>Invalid db name</ERROR>', "E-utilities error: Invalid db name"),
    (b'<?xml version="1.0"?>\n<eSearchResult><Count>0</Count></eSearchResult>', "root element is <eSearchResult>"),
    (b"", "empty input"),
    (b'<?xml version="1.0"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>', "malformed XML"),
])
def test_parse_bytes_refuses_what_is_not_pubmed_xml(body, expect):
    with pytest.raises(PubmedXMLError, match="efetch batch 3") as err:
        parse_bytes(body, "efetch batch 3")
    assert expect in str(err.value)


def test_empty_article_set_is_fine():
    assert parse_bytes(b'<?xml version="1.0"?>\n<PubmedArticleSet></PubmedArticleSet>', "x") == ([], [])


def test_external_entities_are_never_resolved():
    (doc,) = list(iter_records(FIX / "unsafe" / "external-entity.xml"))
    # the reference stays literal text: no file read, no network request
    assert doc.title == "Title with &secret; and &remote; inside"
    assert "root:" not in doc.title


def test_entity_bomb_is_refused_without_memory_growth():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(PubmedXMLError, match="billion-laughs.xml"):
        list(iter_records(FIX / "unsafe" / "billion-laughs.xml"))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB: far below 3 GB of "lol"


def test_record_without_pmid_or_article_is_a_named_error():
    body = b'<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation><PMID>7</PMID></MedlineCitation>\n</PubmedArticle>\n</PubmedArticleSet>'
    with pytest.raises(PubmedXMLError, match=r"^mem:2: PMID 7: no Article element"):
        parse_bytes(body, "mem")


def test_content_hash_is_the_asdict_payload_hash_and_ignores_source(base):
    import hashlib
    import json
    from dataclasses import asdict, replace

    for d in base.values():
        payload = asdict(d)
        payload.pop("source")
        blob = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
        assert d.content_hash == hashlib.sha1(blob.encode("utf-8")).hexdigest()
        assert replace(d, source="efetch").content_hash == d.content_hash
        assert replace(d, title=d.title + "!").content_hash != d.content_hash


FLAT_MEMORY_CHILD = r"""
import io, itertools, resource, sys
from pipeline.fetch.pubmed_xml import iter_records

RECORD = ('<PubmedArticle><MedlineCitation><PMID Version="1">{pmid}</PMID><Article><ArticleTitle>Record {pmid}'
          '</ArticleTitle><Abstract><AbstractText>' + 'Stem cells were given intrathecally. ' * 130 +
          '</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n')

class Stream(io.RawIOBase):
    # ~100 MB of XML made on the fly, so only the parser can make memory grow
    def __init__(self, n):
        self.parts = itertools.chain(["<PubmedArticleSet>\n"], (RECORD.format(pmid=i) for i in range(1, n + 1)),
                                     ["</PubmedArticleSet>"])
        self.buf = b""
    def readable(self):
        return True
    def readinto(self, b):
        while len(self.buf) < len(b):
            part = next(self.parts, None)
            if part is None:
                break
            self.buf += part.encode()
        k = min(len(b), len(self.buf))
        b[:k], self.buf = self.buf[:k], self.buf[k:]
        return k

start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(1 for _ in iter_records(io.BufferedReader(Stream(int(sys.argv[1])), 1 << 16), name="stream"))
print(n, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start) // 1024)
"""


def test_memory_stays_flat_on_a_long_stream():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", FLAT_MEMORY_CHILD, "20000"], capture_output=True, text=True,
                         env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, check=True).stdout.split()
    records, growth_mib = int(out[0]), int(out[1])
    assert records == 20000
    assert growth_mib < 30, f"peak RSS grew by {growth_mib} MiB over ~100 MB of XML: records are not freed"


def test_truncated_gzip_is_a_named_error_after_the_records_before_it(tmp_path):
    whole = gzip.decompress((FIX / "updates" / "pubmed99n0002.xml.gz").read_bytes())
    path = tmp_path / "pubmed99n0009.xml.gz"
    path.write_bytes(gzip.compress(whole)[:-40])  # the stream cut short before its end
    got = []
    with pytest.raises(PubmedXMLError, match=r"pubmed99n0009\.xml\.gz: (cannot read|malformed XML)"):
        for rec in iter_records(path):
            got.append(rec.pmid)
    assert got == ["90000001", "90000010"][: len(got)]  # whatever came out whole, in order


@pytest.mark.parametrize("raw", [
    "Cells\n      were given\tintrathecally  twice.\r\n",        # ASCII: the str.split() path
    "  leading and trailing runs \n\n",
    "Dose 1\u00a0\u00d7\u00a0106\n  cells/kg, \u03b2-III\t\ttubulin  kept.",  # non-ASCII: the regex path, NBSP kept
    "\u2009thin\u2009space \u00a0\n\u00a0 mixed runs\u3000ideographic ",
    "one plain space only, \u00e9 included",
])
def test_whitespace_collapse_matches_its_definition(raw):
    """ASCII whitespace runs -> one space, then spaces stripped: the same on both code paths."""
    import re
    from xml.sax.saxutils import escape

    title = raw.replace("\r", "&#13;")  # a literal CR would be normalised away by the XML parser itself
    body = ('<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID><Article>'
            f'<ArticleTitle>{escape(title).replace("&amp;#13;", "&#13;")}</ArticleTitle>'
            f'<Abstract><AbstractText>{escape(raw).replace(chr(13), "&#13;")}<i>x</i> {escape(raw).replace(chr(13), "&#13;")}'
            '</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>')
    (doc,), _ = parse_bytes(body.encode("utf-8"), "mem")
    expect = lambda s: re.sub(r"[ \t\n\r]+", " ", s).strip(" ")  # noqa: E731
    assert doc.title == expect(raw)
    assert doc.sections[0].text == expect(raw + "x " + raw)
    assert "\u00a0" not in raw or "\u00a0" in doc.title


def test_document_from_fields_is_the_dataclass_document(base):
    from dataclasses import asdict, fields

    from pipeline.documents import document_from_fields

    for d in base.values():
        values = {f.name: getattr(d, f.name) for f in fields(Document)}
        built = document_from_fields(dict(values))
        assert built == Document(**values) and repr(built) == repr(Document(**values))
        assert asdict(built) == asdict(d) and built.content_hash == d.content_hash and hash(built) == hash(d)
    values.pop("source")
    with pytest.raises(TypeError, match=r"missing \['source'\]"):
        document_from_fields(values)


# helper DS: ingest anomaly hunt (session 25)

def test_pretty_printed_mathml_keeps_its_text_without_the_layout_whitespace():
    """efetch sends MathML one element per line; that indentation is layout, not content, and used to
    come out as a space between every symbol (`V . O 2 m a x`). Invented record."""
    math = ('<mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">\n'
            '      <mml:msub>\n        <mml:mrow>\n          <mml:mover>\n'
            '            <mml:mrow>\n              <mml:mi>V</mml:mi>\n            </mml:mrow>\n'
            '            <mml:mo>.</mml:mo>\n          </mml:mover>\n          <mml:mi>O</mml:mi>\n'
            '        </mml:mrow>\n        <mml:mrow>\n          <mml:mn>2</mml:mn>\n'
            '          <mml:mi>peak</mml:mi>\n        </mml:mrow>\n      </mml:msub>\n'
            '      <mml:mtext>\u00a0</mml:mtext>\n    </mml:math>')
    body = ('<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>6</PMID><Article>'
            f'<ArticleTitle>Exercise capacity ({math}) after invented grafts</ArticleTitle>'
            '<Abstract><AbstractText>Treated mice ran farther; '
            f'<i>peak</i> uptake {math} rose by 10<sup>2</sup> &amp; more.</AbstractText>'
            '</Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>')
    (doc,), _ = parse_bytes(body.encode("utf-8"), "mem")
    assert doc.title == "Exercise capacity (V.O2peak\u00a0) after invented grafts"
    assert doc.sections[0].text == "Treated mice ran farther; peak uptake V.O2peak\u00a0 rose by 102 & more."


def test_undeclared_entity_without_doctype_is_named_with_its_line():
    """Without a DOCTYPE an HTML entity is malformed XML: libxml2 stops, and the error used to read
    `mem: malformed XML: no element found`, with no line. Invented records."""
    rec = ('<PubmedArticle><MedlineCitation><PMID>{}</PMID><Article><ArticleTitle>{}</ArticleTitle>'
           '</Article></MedlineCitation></PubmedArticle>\n')
    body = ('<?xml version="1.0"?>\n<PubmedArticleSet>\n' + rec.format(11, "Invented grafts")
            + rec.format(12, "Cells&nbsp;given twice") + rec.format(13, "Never reached") + '</PubmedArticleSet>')
    got = []
    with pytest.raises(PubmedXMLError, match=r"^mem:4: malformed XML: Entity 'nbsp' not defined$"):
        for doc in iter_records(io.BytesIO(body.encode()), name="mem"):
            got.append(doc.pmid)
    assert got == ["11"]
