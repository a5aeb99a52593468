"""Streaming PubMed XML parser: efetch output, baseline and update files -> Document / Deletion.

One pass with lxml's `iterparse`, stopping only on the record elements; each record is turned
into a `Document` and then cleared, together with the already-parsed siblings before it, so
memory stays flat on a 30,000-record baseline file.

Choices worth knowing:
- Safety: no DTD loading, no network, no entity substitution, no `huge_tree`. An entity
  reference that is not one of XML's own (`&nbsp;`, or one declared in an internal subset)
  is kept as its literal `&name;` text, never expanded; libxml2 refuses entity bombs.
- Inline markup (`<i>`, `<sup>`, MathML ...) is flattened to its text (every character kept);
  runs of ASCII whitespace (newlines, indentation) become one space; other spaces (e.g. NBSP)
  are kept as they are. Inside MathML the ASCII whitespace around each element is dropped: it
  is the layout of NLM's pretty-printed output, not content.
- `OtherAbstract` is used only when a record has no `Abstract`, and then only an English (or
  untagged) one: it is usually a translation or a plain-language summary of the same content.
- PubmedBookArticle: title is the chapter's ArticleTitle, else the book's BookTitle; `journal`
  holds the book's title when the record is a chapter.
"""
from __future__ import annotations

import gzip
import io
import os
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from pipeline.documents import Deletion, Document, MeshHeading, Section, document_from_fields

RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
SET_TAGS = {"PubmedArticleSet", "PubmedBookArticleSet"}
_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                       remove_comments=True, remove_pis=True)
# iterparse reads its source in chunks of this many bytes. lxml's default (32 KiB) costs a third more
# time on a .gz (GzipFile reads); 256 KiB holds ~100 records, so memory stays flat all the same.
_CHUNK = 1 << 18

# a run of ASCII whitespace other than one plain space (single spaces need no change)
_SPACE = re.compile(r"[\t\n\r][ \t\n\r]*| [ \t\n\r]+")
_WHERE = re.compile(r",? line \d+, column \d+$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


class PubmedXMLError(ValueError):
    """Input that is not (well-formed) PubMed XML, named by file and line."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source, self.line, self.message = str(source), line, message
        where = f"{self.source}:{line}" if line else self.source
        super().__init__(f"{where}: {message}")


# ---- small helpers over elements ----
# Speed: a record is walked child by child (one `for` per element, dispatching on the tag) rather
# than with find()/iterfind() paths, which go through lxml's Python-level ElementPath on every call.

# MathML's <math> element, as NLM writes it (namespaced), and bare (an unbound `mml:` prefix is malformed XML).
_MATH_TAGS = ("{http://www.w3.org/1998/Math/MathML}math", "math")
_ASCII_WS = " \t\n\r"


def _math_free_text(el, out: list[str], in_math: bool) -> None:
    """`el`'s text into `out` as itertext() gives it, except that inside a MathML <math> element the
    ASCII whitespace around each piece is dropped: there it is only the layout of the pretty-printed
    XML efetch sends (one element per line), not content (MathML trims token text itself), and kept it
    spelled `V.O2max` as `V . O 2 m a x`. Other characters (an <mml:mtext> NBSP) are kept."""
    if el.text:
        out.append(el.text.strip(_ASCII_WS) if in_math else el.text)
    for c in el:
        if isinstance(c.tag, str):
            _math_free_text(c, out, in_math or c.tag in _MATH_TAGS)
        elif c.text:  # an unexpanded entity reference: its literal `&name;`
            out.append(c.text)
        if c.tail:
            out.append(c.tail.strip(_ASCII_WS) if in_math else c.tail)


def _text(el) -> str:
    """All the text inside `el` (inline markup flattened), ASCII whitespace runs collapsed."""
    if el is None:
        return ""
    raw = (el.text or "") if len(el) == 0 else "".join(el.itertext())
    # Collapsing is the costly part of parsing: do it only on text that needs it.
    if "\n" in raw or "  " in raw or "\t" in raw or "\r" in raw:
        # Pretty-printed MathML always brings line breaks, so only such text is looked into for it.
        if len(el) and next(el.iter(*_MATH_TAGS), None) is not None:
            pieces: list[str] = []
            _math_free_text(el, pieces, el.tag in _MATH_TAGS)
            raw = "".join(pieces)
        if raw.isascii():
            # XML 1.0 allows no other ASCII whitespace (libxml2 refuses \x0b, \x0c, \x1c-\x1f, even as
            # character references), so str.split() splits on exactly [ \t\n\r]: 2-5x the regex's speed.
            return " ".join(raw.split())
        raw = _SPACE.sub(" ", raw)
    return raw.strip(" ")


def _texts(parent, tag: str) -> tuple[str, ...]:
    """The non-empty texts of `parent`'s `tag` children."""
    if parent is None:
        return ()
    return tuple([t for e in parent.iterchildren(tag) if (t := _text(e))])


def _month(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        m = int(value)
        return m if 1 <= m <= 12 else None
    return _MONTHS.get(value[:3].lower())


@lru_cache(maxsize=4096)  # a file's dates repeat a lot (same revision days, same entrez days)
def _ymd(year: str | None, month: str | None, day: str | None) -> date | None:
    day = (day or "").strip()
    try:
        return date(int(year), _month(month) or 1, int(day) if day.isdigit() else 1)
    except (TypeError, ValueError):
        return None


def _date(el) -> date | None:
    """A Year/Month/Day element (DateRevised, PubMedPubDate) -> date; None when incomplete."""
    if el is None:
        return None
    year = month = day = None
    for c in el:  # the last of a repeated part wins
        tag = c.tag
        if tag == "Year":
            year = c.text
        elif tag == "Month":
            month = c.text
        elif tag == "Day":
            day = c.text
    return _ymd(year, month, day)


@lru_cache(maxsize=4096)
def _ymd_string(year: str | None, month: str | None, day: str | None) -> tuple[int | None, str | None] | None:
    """Year/Month/Day texts of a PubDate -> (year, "YYYY[-MM[-DD]]"); None when there is no numeric year."""
    year = (year or "").strip()
    if not year.isdigit():
        return None
    out = year
    m = _month(month) if month is not None else None
    if m:
        out += f"-{m:02d}"
        day = (day or "").strip()
        if day.isdigit():
            out += f"-{int(day):02d}"
    return int(year), out


def _pub_date(el) -> tuple[int | None, str | None]:
    """PubDate -> (year, "YYYY[-MM[-DD]]" or the raw MedlineDate)."""
    if el is None:
        return None, None
    year = month = day = medline = None
    for c in el:  # the last of a repeated part wins
        tag = c.tag
        if tag == "Year":
            year = c.text
        elif tag == "Month":
            month = c.text
        elif tag == "Day":
            day = c.text
        elif tag == "MedlineDate":
            medline = c
    got = _ymd_string(year, month, day)
    if got is not None:
        return got
    raw = _text(medline)
    if raw:
        m = _YEAR.search(raw)
        return (int(m.group(1)) if m else None), raw
    return None, None


def _history_date(history) -> date | None:
    """The record's entrez date, else its pubmed date."""
    if history is None:
        return None
    pubmed = []
    for d in history.iterchildren("PubMedPubDate"):
        status = d.get("PubStatus")
        if status == "entrez":
            got = _date(d)
            if got:
                return got
        elif status == "pubmed":
            pubmed.append(d)
    for d in pubmed:  # the first complete one
        got = _date(d)
        if got:
            return got
    return None


def _ids(id_list) -> dict[str, str]:
    out: dict[str, str] = {}
    if id_list is not None:
        for a in id_list.iterchildren("ArticleId"):
            kind, value = a.get("IdType"), _text(a)
            if kind and value and kind not in out:
                out[kind] = value
    return out


def _sections(abstract, others=()) -> tuple[Section, ...]:
    """AbstractText parts -> sections; an English (or untagged) OtherAbstract only when no Abstract."""
    if abstract is None:
        abstract = next((o for o in others if o.get("Language") in (None, "eng")), None)
    if abstract is None:
        return ()
    out = []
    for part in abstract.iterchildren("AbstractText"):
        text = _text(part)
        if text:
            out.append(Section(part.get("Label") or None, part.get("NlmCategory") or None, text))
    return tuple(out)


def _mesh(heading_list) -> tuple[MeshHeading, ...]:
    out = []
    for h in heading_list.iterchildren("MeshHeading"):
        desc = None
        quals = []
        for c in h:
            tag = c.tag
            if tag == "DescriptorName":
                if desc is None:
                    desc = c
            elif tag == "QualifierName":
                quals.append(c)
        if desc is None:
            continue
        major = desc.get("MajorTopicYN") == "Y" or any(q.get("MajorTopicYN") == "Y" for q in quals)
        out.append(MeshHeading(_text(desc), desc.get("UI"), major, tuple(_text(q) for q in quals)))
    return tuple(out)


def _chemicals(chemical_list) -> tuple[str, ...]:
    return tuple([t for c in chemical_list.iterchildren("Chemical")
                  for n in c.iterchildren("NameOfSubstance") if (t := _text(n))])


def _version(pmid_el) -> int:
    v = pmid_el.get("Version") if pmid_el is not None else None
    return int(v) if v and v.isdigit() else 1


def _pmid(pmid_el) -> str:
    """The record's key: a record with no PMID, or something else in its place, cannot be stored."""
    pmid = _text(pmid_el)
    if not (pmid.isascii() and pmid.isdigit()):
        raise ValueError(f"not a PMID: {pmid!r}" if pmid else "no PMID element")
    return pmid


def _child(parent, tag: str):
    """The first `tag` child of `parent`, or None (find() without the ElementPath machinery)."""
    return next(parent.iterchildren(tag), None) if parent is not None else None


# ---- records ----

def _article(rec, source: str | None) -> Document:
    # One pass over the children of each element, dispatching on the tag.
    cit = data = None
    for child in rec:
        tag = child.tag
        if tag == "MedlineCitation":
            cit = child
        elif tag == "PubmedData":
            data = child
    if cit is None:
        raise ValueError("PubmedArticle without MedlineCitation")
    pmid_el = art = revised = medline_ta = None
    keywords: list[str] = []
    chemicals: tuple[str, ...] = ()
    mesh: tuple[MeshHeading, ...] = ()
    others = []
    for child in cit:
        tag = child.tag
        if tag == "PMID":
            pmid_el = child
        elif tag == "Article":
            art = child
        elif tag == "DateRevised":
            revised = child
        elif tag == "MeshHeadingList":
            mesh = _mesh(child)
        elif tag == "KeywordList":
            keywords += _texts(child, "Keyword")
        elif tag == "ChemicalList":
            chemicals = _chemicals(child)
        elif tag == "MedlineJournalInfo":
            medline_ta = _child(child, "MedlineTA")
        elif tag == "OtherAbstract":
            others.append(child)
    if pmid_el is None or art is None:
        raise ValueError("no PMID element" if pmid_el is None else f"PMID {_text(pmid_el)}: no Article element")
    journal = title_el = vernacular = abstract = article_date = None
    language = None
    ptypes: tuple[str, ...] = ()
    elocation_doi = None
    for child in art:
        tag = child.tag
        if tag == "Journal":
            journal = child
        elif tag == "ArticleTitle":
            title_el = child
        elif tag == "Abstract":
            abstract = child
        elif tag == "Language":
            if language is None:
                language = _text(child) or None
        elif tag == "PublicationTypeList":
            ptypes = _texts(child, "PublicationType")
        elif tag == "ELocationID":
            if elocation_doi is None and child.get("EIdType") == "doi" and child.get("ValidYN", "Y") == "Y":
                elocation_doi = _text(child) or None
        elif tag == "VernacularTitle":
            vernacular = child
        elif tag == "ArticleDate":
            article_date = child
    jname = None
    year = pub_date = None
    if journal is not None:
        jtitle = iso = pubdate = None
        for child in journal:  # the first of each, as find() would
            tag = child.tag
            if tag == "JournalIssue":
                if pubdate is None:
                    pubdate = _child(child, "PubDate")
            elif tag == "Title":
                if jtitle is None:
                    jtitle = child
            elif tag == "ISOAbbreviation":
                if iso is None:
                    iso = child
        year, pub_date = _pub_date(pubdate)
        jname = _text(jtitle) or _text(iso) or None
    if year is None and article_date is not None:  # no PubDate: the electronic ArticleDate is next best
        year, pub_date = _pub_date(article_date)
    id_list = history = None
    if data is not None:
        for child in data:
            tag = child.tag
            if tag == "ArticleIdList":
                if id_list is None:
                    id_list = child
            elif tag == "History":
                if history is None:
                    history = child
    ids = _ids(id_list)
    return document_from_fields({
        "pmid": _pmid(pmid_el),
        "version": _version(pmid_el),
        "title": _text(title_el) or _text(vernacular),
        "sections": _sections(abstract, others),
        "journal": jname or _text(medline_ta) or None,
        "year": year,
        "pub_date": pub_date,
        "publication_types": ptypes,
        "mesh_headings": mesh,
        "keywords": tuple(keywords),
        "chemicals": chemicals,
        "language": language,
        "doi": ids.get("doi") or elocation_doi,
        "pmcid": ids.get("pmc"),
        "article_type": "article",
        "date_revised": _date(revised),
        "entrez_date": _history_date(history),
        "source": source,
    })


def _book(rec, source: str | None) -> Document:
    bd = rec.find("BookDocument")
    if bd is None:
        raise ValueError("PubmedBookArticle without BookDocument")
    pmid_el = bd.find("PMID")
    book = bd.find("Book")
    book_title = _text(book.find("BookTitle")) if book is not None else ""
    chapter = _text(bd.find("ArticleTitle"))
    year, pub_date = _pub_date(book.find("PubDate") if book is not None else None)
    data = rec.find("PubmedBookData")
    ids = {**_ids(data.find("ArticleIdList") if data is not None else None), **_ids(bd.find("ArticleIdList"))}
    langs = _texts(bd, "Language")
    return Document(
        pmid=_pmid(pmid_el),
        version=_version(pmid_el),
        title=chapter or book_title or _text(bd.find("VernacularTitle")),
        sections=_sections(bd.find("Abstract")),
        journal=(book_title or None) if chapter else None,
        year=year,
        pub_date=pub_date,
        publication_types=_texts(bd, "PublicationType"),
        mesh_headings=(),
        keywords=tuple(k for kl in bd.iterchildren("KeywordList") for k in _texts(kl, "Keyword")),
        chemicals=(),
        language=langs[0] if langs else None,
        doi=ids.get("doi"),
        pmcid=ids.get("pmc"),
        article_type="book",
        date_revised=_date(bd.find("DateRevised")),
        entrez_date=_history_date(data.find("History") if data is not None else None),
        source=source,
    )


def _deletions(rec, source: str | None) -> list[Deletion]:
    return [Deletion(_pmid(p), source) for p in rec.iterfind("PMID") if _text(p)]


# ---- entry points ----

def _sniff(head: bytes, name: str) -> None:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        raise PubmedXMLError(name, 1, "the response is HTML, not PubMed XML (was retmode=xml asked for?)")
    if not start:
        raise PubmedXMLError(name, None, "empty input, not PubMed XML")


class _Gunzip(io.RawIOBase):
    """A .gz file read as a stream that hands out every byte it could decompress before it raises.

    `gzip.open` sits behind a buffered reader whose read(n) drops the bytes already decompressed
    for that call when the file turns out to be cut short, so a truncated download lost up to a
    whole parser chunk (about a hundred complete records) on top of the cut one; corrupt data
    escaped as `zlib.error`, which is no OSError. Here both raise an OSError (EOFError for a cut
    file) once the bytes before the fault are read (concatenated gzip members are read on, as
    gzip does)."""

    def __init__(self, path: Path):
        self._raw = open(path, "rb")
        self._z = zlib.decompressobj(wbits=31)
        self._buf = b""
        self._fault: Exception | None = None
        self._at_end = False

    def readable(self) -> bool:
        return True

    def _fill(self, size: int) -> None:
        while len(self._buf) < size and not self._at_end:
            block = self._raw.read(1 << 16)
            if not block:
                self._at_end = True
                if not self._z.eof:
                    self._fault = EOFError("the .gz file is cut short (it ends before gzip's end-of-stream marker)")
                return
            try:
                while block:
                    if self._z.eof:  # the next gzip member, after any zero padding (gzip allows both)
                        block = block.lstrip(b"\x00")
                        if not block:
                            break
                        self._z = zlib.decompressobj(wbits=31)
                    self._buf += self._z.decompress(block)
                    block = self._z.unused_data if self._z.eof else b""
            except zlib.error as exc:
                self._at_end, self._fault = True, OSError(f"corrupt gzip data: {exc}")

    def peek(self, size: int = 1) -> bytes:
        self._fill(size)
        if not self._buf and self._fault is not None:
            raise self._fault
        return self._buf[:size]

    def read(self, size: int | None = -1) -> bytes:
        size = _CHUNK if size is None or size < 0 else size
        self._fill(size)
        if not self._buf and self._fault is not None:
            raise self._fault
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open(source: str | os.PathLike | BinaryIO) -> tuple[BinaryIO, bool]:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        with open(path, "rb") as probe:
            gz = probe.read(2) == b"\x1f\x8b"
        return (_Gunzip(path) if gz else open(path, "rb")), True
    return source, False


def iter_records(source: str | os.PathLike | BinaryIO, name: str | None = None,
                 on_bad_record: Callable[[PubmedXMLError], None] | None = None) -> Iterator[Document | Deletion]:
    """Every record of a PubMed XML file or binary stream, in file order (gzip is detected).

    Raises PubmedXMLError (file and line) on malformed input, after yielding what came before.
    A well-formed record that cannot be read (no PMID, no Article) raises too, unless
    `on_bad_record` is given: it then gets the error and the records after it are still read
    (the XML around it is sound, and PubMed records are independent)."""
    if name is None:
        name = str(source) if isinstance(source, (str, os.PathLike)) else getattr(source, "name", "<stream>")
    label = os.path.basename(str(name))
    fh, owned = _open(source)
    etree.clear_error_log()  # so an error's log holds this file's messages only
    try:
        peek = getattr(fh, "peek", None)
        if peek is not None:
            _sniff(peek(512), name)
        events = etree.iterparse(fh, events=("end",), tag=RECORD_TAGS, chunk_size=_CHUNK, **_PARSER_OPTIONS)
        try:
            for _, el in events:
                tag = el.tag
                try:
                    if tag == "PubmedArticle":
                        record = _article(el, label)
                    elif tag == "PubmedBookArticle":
                        record = _book(el, label)
                    else:
                        record = _deletions(el, label)
                except ValueError as exc:  # a record without PMID, Article ...
                    if on_bad_record is None:
                        raise PubmedXMLError(name, el.sourceline, str(exc)) from None
                    on_bad_record(PubmedXMLError(name, el.sourceline, f"{RECORD_SKIPPED}{exc}"))
                    record = []
                if isinstance(record, list):
                    yield from record
                else:
                    yield record
                # Free what is parsed: this record, and the siblings already handled before it.
                el.clear(keep_tail=True)
                parent = el.getparent()
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            msg, line = exc.msg or str(exc), exc.lineno or None
            if not line:
                # Some errors (an undeclared `&nbsp;` in a file without a DOCTYPE) reach the exception
                # only as "no element found" without a line; libxml2 logged the real one: name it.
                fatal = [e for e in exc.error_log if e.level == etree.ErrorLevels.FATAL]
                if fatal:
                    msg, line = fatal[-1].message, fatal[-1].line or None
            msg = _WHERE.sub("", msg)  # the line is in our prefix already
            raise PubmedXMLError(name, line, f"malformed XML: {msg}") from None
        except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
            raise PubmedXMLError(name, None, f"cannot read: {exc}") from None
        root = events.root
        if root is not None and root.tag not in SET_TAGS:
            raise PubmedXMLError(name, root.sourceline, _not_pubmed(root))
    finally:
        if owned:
            fh.close()


RECORD_SKIPPED = "record skipped: "  # how the message of a record passed over (`on_bad_record`) begins
NCBI_ERROR = "E-utilities error: "  # how a message holding NCBI's own <ERROR> text begins


def _not_pubmed(root) -> str:
    errors = [_text(e) for e in root.iter("ERROR")]
    if errors:
        return NCBI_ERROR + "; ".join(e or "(empty ERROR element)" for e in errors)
    return f"not PubMed XML: the root element is <{root.tag}>, expected <PubmedArticleSet>"


def parse_bytes(data: bytes, name: str) -> tuple[list[Document], list[Deletion]]:
    """One efetch response -> (documents, deletions); PubmedXMLError when it is not PubMed XML."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    _sniff(data[:512], name)
    docs: list[Document] = []
    gone: list[Deletion] = []
    for rec in iter_records(io.BytesIO(data), name=name):
        (gone if isinstance(rec, Deletion) else docs).append(rec)
    return docs, gone
