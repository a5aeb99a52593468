"""An in-process E-utilities server for tests: esearch, epost, efetch over invented PubMed records.

It speaks HTTP on 127.0.0.1 (port 0) with NCBI's shapes: XML esearch with Count, RetStart/RetMax,
the history server (WebEnv/query_key), PubMed's esearch cap (configurable, NCBI's error text),
date windows by datetype (edat, mdat, pdat; mindate/maxdate inclusive); epost; efetch by id
list or by WebEnv/query_key with retstart/retmax; DeleteCitation for deleted records; NCBI's
rate limit (3/s, 10/s with api_key; HTTP 429 with NCBI's JSON body); HTTP 400 with NCBI's JSON
body for an api_key it does not know (`valid_keys`); an <ERROR> for an empty term; <ErrorList>
(PhraseNotFound, FieldNotFound) and <WarningList> in esearch answers. Every request is logged
(arrival time, method, parameters, status). Faults on demand: 429s, 502s (or another status),
<ERROR> answers with a given text, truncated bodies (cut XML, or a connection closed before
Content-Length), slow answers, dropped records, records never served.

The records are invented here (`invent_records`): realistic structure, made-up text.
"""
from __future__ import annotations

import itertools
import json
import random
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

import pytest

ENTREZ, PUBMED = ' PubStatus="entrez"', ' PubStatus="pubmed"'
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# ---------------------------------------------------------------- invented records

CELLS = ["umbilical cord mesenchymal stem cells", "Wharton's jelly mesenchymal stromal cells",
         "bone marrow-derived MSCs", "adipose-derived stromal cells", "neural progenitor cells",
         "GDNF-secreting human neural progenitors", "MSC-derived extracellular vesicles"]
FACTORS = ["GDNF", "BDNF", "VEGF", "IGF-1", "HGF", "NGF", "CNTF"]
MODELS = ["SOD1<sup>G93A</sup> mice", "TDP-43 transgenic rats", "patients with sporadic ALS",
          "wobbler mice", "iPSC-derived motor neurons"]
ROUTES = ["intrathecal", "intravenous", "intramuscular", "intracerebroventricular"]
OUTCOMES = ["motor neuron survival", "ALSFRS-R decline", "grip strength", "survival", "neuroinflammation",
            "forced vital capacity"]
JOURNALS = [("Stem Cell Res Ther", "1757-6512"), ("Cytotherapy", "1465-3249"), ("Neurotherapeutics", "1878-7479"),
            ("Amyotroph Lateral Scler Frontotemporal Degener", "2167-9223"), ("J Neuroinflammation", "1742-2094")]
MESH = [("D000690", "Amyotrophic Lateral Sclerosis"), ("D059630", "Mesenchymal Stem Cells"),
        ("D045164", "Mesenchymal Stem Cell Transplantation"), ("D014470", "Umbilical Cord"),
        ("D009410", "Nerve Growth Factors"), ("D051550", "Mice, Transgenic")]


@dataclass
class Rec:
    pmid: str
    title: str
    sections: list[tuple[str, str]]
    edat: date
    mdat: date
    pdat: date
    journal: tuple[str, str]
    mesh: list[tuple[str, str]]
    version: int = 1
    book: bool = False

    @property
    def words(self) -> set[str]:
        text = self.title + " " + " ".join(t for _, t in self.sections) + " " + " ".join(m for _, m in self.mesh)
        return set(re.findall(r"[a-z0-9]+", re.sub(r"<[^>]+>", "", text).lower()))

    def xml(self) -> str:
        return _book_xml(self) if self.book else _article_xml(self)


def _ymd(tag: str, d: date, attrs: str = "") -> str:
    return f"<{tag}{attrs}><Year>{d.year}</Year><Month>{d.month:02d}</Month><Day>{d.day:02d}</Day></{tag}>"


def _abstract(rec: Rec) -> str:
    # Text is pre-escaped except for the inline <i>/<sup> tags PubMed keeps.
    parts = "".join(f'<AbstractText Label="{lab}" NlmCategory="{lab}">{txt}</AbstractText>' for lab, txt in rec.sections)
    return f"<Abstract>{parts}</Abstract>"


def _article_xml(rec: Rec) -> str:
    jtitle, issn = rec.journal
    mesh = "".join(f'<MeshHeading><DescriptorName UI="{ui}" MajorTopicYN="{"Y" if i == 0 else "N"}">{escape(name)}'
                   f"</DescriptorName></MeshHeading>" for i, (ui, name) in enumerate(rec.mesh))
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
        f'<PMID Version="{rec.version}">{rec.pmid}</PMID>'
        f"{_ymd('DateCompleted', rec.edat + timedelta(days=30))}{_ymd('DateRevised', rec.mdat)}"
        f'<Article PubModel="Print-Electronic"><Journal><ISSN IssnType="Electronic">{issn}</ISSN>'
        f'<JournalIssue CitedMedium="Internet"><Volume>{rec.pdat.year - 2000}</Volume><Issue>{rec.pdat.month}</Issue>'
        f"<PubDate><Year>{rec.pdat.year}</Year><Month>{MONTHS[rec.pdat.month - 1]}</Month></PubDate></JournalIssue>"
        f"<Title>{escape(jtitle)}</Title><ISOAbbreviation>{escape(jtitle)}</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{rec.title}</ArticleTitle>"
        f'<Pagination><MedlinePgn>{int(rec.pmid) % 900 + 1}</MedlinePgn></Pagination>'
        f'<ELocationID EIdType="doi" ValidYN="Y">10.5555/litmine.{rec.pmid}</ELocationID>'
        f"{_abstract(rec)}"
        f'<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Okafor</LastName><ForeName>Ada</ForeName>'
        '<Initials>A</Initials></Author><Author ValidYN="Y"><LastName>Lindqvist</LastName><ForeName>Per</ForeName>'
        "<Initials>P</Initials></Author></AuthorList><Language>eng</Language>"
        f'<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList>'
        f"</Article><MedlineJournalInfo><Country>England</Country><MedlineTA>{escape(jtitle)}</MedlineTA>"
        f"</MedlineJournalInfo><MeshHeadingList>{mesh}</MeshHeadingList></MedlineCitation>"
        f"<PubmedData><History>{_ymd('PubMedPubDate', rec.edat, ENTREZ)}"
        f"{_ymd('PubMedPubDate', rec.edat, PUBMED)}</History>"
        f"<PublicationStatus>ppublish</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{rec.pmid}</ArticleId><ArticleId IdType="doi">10.5555/litmine.{rec.pmid}</ArticleId>'
        f"</ArticleIdList></PubmedData></PubmedArticle>")


def _book_xml(rec: Rec) -> str:
    return (
        f'<PubmedBookArticle><BookDocument><PMID Version="{rec.version}">{rec.pmid}</PMID>'
        f'<ArticleIdList><ArticleId IdType="bookaccession">NBK{rec.pmid}</ArticleId></ArticleIdList>'
        f"<Book><Publisher><PublisherName>University Press</PublisherName></Publisher>"
        f'<BookTitle book="cellther">Cell Therapies for Motor Neuron Disease</BookTitle>'
        f"<PubDate><Year>{rec.pdat.year}</Year></PubDate></Book>"
        f"<ArticleTitle>{rec.title}</ArticleTitle><Language>eng</Language>{_abstract(rec)}"
        '<PublicationType UI="D016454">Review</PublicationType>'
        f"{_ymd('DateRevised', rec.mdat)}</BookDocument>"
        f"<PubmedBookData><History>{_ymd('PubMedPubDate', rec.edat, ENTREZ)}</History>"
        f"<PublicationStatus>ppublish</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{rec.pmid}</ArticleId></ArticleIdList></PubmedBookData></PubmedBookArticle>')


def invent_record(pmid: int, rng: random.Random, edat: date, topic: str = "als") -> Rec:
    cell, factor, model = rng.choice(CELLS), rng.choice(FACTORS), rng.choice(MODELS)
    route, outcome = rng.choice(ROUTES), rng.choice(OUTCOMES)
    disease = "amyotrophic lateral sclerosis (ALS)" if topic == "als" else "spinal cord injury"
    title = escape(f"{route.capitalize()} {cell} release {factor} and improve {outcome} in {re.sub('<[^>]+>', '', model)}")
    sections = [
        ("BACKGROUND", escape(f"{disease[0].upper() + disease[1:]} lacks treatments that slow the loss of motor neurons. "
                              f"Paracrine support by {factor} is a proposed mechanism of {cell}.")),
        ("METHODS", f"We gave {escape(route)} {escape(cell)} to {model} and measured {escape(outcome)} "
                    f"<i>in vivo</i> over {rng.randint(4, 24)} weeks (n = {rng.randint(8, 60)})."),
        ("RESULTS", escape(f"Treated animals showed higher {factor} levels in cerebrospinal fluid and a "
                           f"{rng.randint(10, 45)}% change in {outcome} (p < 0.0{rng.randint(1, 5)}).")),
        ("CONCLUSIONS", escape(f"{cell[0].upper() + cell[1:]} merit a phase {rng.choice(['I', 'I/II', 'II'])} trial in {disease}.")),
    ]
    pdat = edat + timedelta(days=rng.randint(0, 120))
    mesh = [MESH[0] if topic == "als" else ("D013119", "Spinal Cord Injuries")] + rng.sample(MESH[1:], 2)
    return Rec(str(pmid), title, sections, edat=edat, mdat=edat + timedelta(days=rng.randint(0, 30)), pdat=pdat,
               journal=rng.choice(JOURNALS), mesh=mesh, book=pmid % 37 == 0)


def invent_records(n: int, seed: int = 7, first_pmid: int = 30000001, start: date = date(2015, 1, 1),
                   end: date = date(2024, 12, 31), topic: str = "als") -> list[Rec]:
    rng = random.Random(seed)
    span = (end - start).days
    return [invent_record(first_pmid + i, rng, start + timedelta(days=rng.randint(0, span)), topic) for i in range(n)]


# ---------------------------------------------------------------- server

@dataclass
class Faults:
    throttle_every: int = 0      # every Nth request: HTTP 429 with NCBI's JSON body
    fail_every: int = 0          # every Nth request: HTTP `fail_status` (502 Bad Gateway)
    fail_status: int = 502
    error: str = ""              # NCBI's <ERROR> text, answered with HTTP 200 by `error_on` ...
    error_on: str = "esearch"
    error_times: int | None = None  # ... this many times, then normal answers (None: always)
    truncate_every: int = 0      # every Nth efetch: body cut (alternately: short XML / connection closed early)
    slow_every: int = 0          # every Nth request waits `slow_seconds` before answering
    slow_seconds: float = 0.0
    drop_every: int = 0          # every Nth efetch leaves one record out
    never: set[str] = field(default_factory=set)   # pmids never returned by efetch


def _parse_date(text: str) -> date:
    parts = [int(p) for p in re.findall(r"\d+", text)] + [1, 1]
    return date(parts[0], parts[1], parts[2])


FIELDS = {"sb", "tiab", "ti", "ab", "mh", "majr", "pt", "la", "au", "dp", "edat", "mdat", "pdat", "all fields"}


def query_words(term: str) -> list[str]:
    term = re.sub(r"\[[^\]]*\]", "", term.lower())
    return [w for w in re.findall(r"[a-z0-9*]+", term) if w not in ("and", "all")]


def unknown_fields(term: str) -> list[str]:
    """Field tags PubMed would not know (it then searches the words in all fields, and says so)."""
    return [t for t in re.findall(r"\[([^\]]*)\]", term) if t.lower() not in FIELDS]


def matches(term: str, rec: Rec) -> bool:
    """A tiny query language: words ANDed (field tags and AND ignored); 'all[sb]' or '*' matches all."""
    return all(w == "*" or w in rec.words for w in query_words(term))


class EutilsServer:
    def __init__(self, records: list[Rec] = (), *, cap: int = 9999, rate_limit: bool = True,
                 valid_keys: set[str] | None = None):
        self.records: dict[str, Rec] = {r.pmid: r for r in records}
        self.valid_keys = valid_keys  # None: any api_key is accepted
        self.deleted: set[str] = set()
        self.cap = cap
        self.rate_limit = rate_limit
        self.faults = Faults()
        self.log: list[dict] = []
        self.history: dict[str, dict[str, list[str]]] = {}
        self._lock = threading.Lock()
        self._n = itertools.count(1)
        self._efetch_n = itertools.count(1)
        self._recent: dict[str, list[float]] = {}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/entrez/eutils/"

    def start(self) -> "EutilsServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- changing the corpus between runs
    def add(self, rec: Rec) -> None:
        self.records[rec.pmid] = rec

    def revise(self, pmid: str, on: date, title_suffix: str = " (corrected)") -> None:
        rec = self.records[pmid]
        rec.mdat, rec.title = on, rec.title + title_suffix

    # -- what the tests read
    def requests(self, endpoint: str | None = None) -> list[dict]:
        return [e for e in self.log if endpoint is None or e["endpoint"] == endpoint]

    def max_per_second(self) -> int:
        """The most requests that arrived in any 1-s window (inclusive ends, like NCBI's counter)."""
        times = sorted(e["t"] for e in self.log)
        best = 0
        for i, t in enumerate(times):
            j = i
            while j < len(times) and times[j] - t <= 1.0:
                j += 1
            best = max(best, j - i)
        return best

    # -- E-utilities
    def search(self, p: dict) -> list[str]:
        datetype = p.get("datetype", "pdat")
        lo = _parse_date(p["mindate"]) if p.get("mindate") else None
        hi = _parse_date(p["maxdate"]) if p.get("maxdate") else None
        hits = []
        for rec in self.records.values():
            if not matches(p.get("term", ""), rec):
                continue
            d = {"edat": rec.edat, "mdat": rec.mdat}.get(datetype, rec.pdat)
            if (lo and d < lo) or (hi and d > hi):
                continue
            hits.append(rec)
        hits.sort(key=lambda r: (r.edat, int(r.pmid)), reverse=True)  # PubMed's default: most recent first
        return [r.pmid for r in hits]

    def remember(self, ids: list[str], webenv: str | None) -> tuple[str, str]:
        with self._lock:
            webenv = webenv or "MCID_" + uuid.uuid4().hex[:24]
            keys = self.history.setdefault(webenv, {})
            key = str(len(keys) + 1)
            keys[key] = ids
            return webenv, key

    def over_limit(self, who: str, limit: int, now: float) -> bool:
        with self._lock:
            recent = [t for t in self._recent.get(who, []) if now - t <= 1.0] + [now]
            self._recent[who] = recent
            return len(recent) > limit


def _esearch_xml(count: int, ids: list[str], retstart: int, webenv: str | None, key: str | None, term: str,
                 notes: str = "") -> str:
    hist = f"<QueryKey>{key}</QueryKey><WebEnv>{webenv}</WebEnv>" if webenv else ""
    return ('<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN"'
            ' "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
            f"<eSearchResult><Count>{count}</Count><RetMax>{len(ids)}</RetMax><RetStart>{retstart}</RetStart>{hist}"
            f"<IdList>{''.join(f'<Id>{i}</Id>' for i in ids)}</IdList><TranslationSet/>"
            f"<QueryTranslation>{escape(term)}</QueryTranslation>{notes}</eSearchResult>\n")


def _esearch_notes(server: "EutilsServer", term: str, count: int) -> str:
    """<ErrorList>/<WarningList> as PubMed writes them: words no record holds, unknown field tags."""
    known = set().union(*(r.words for r in server.records.values())) if server.records else set()
    phrases = [w for w in dict.fromkeys(query_words(term)) if w != "*" and w not in known]
    errors = "".join(f"<PhraseNotFound>{escape(w)}</PhraseNotFound>" for w in phrases)
    errors += "".join(f"<FieldNotFound>{escape(f)}</FieldNotFound>" for f in unknown_fields(term))
    warnings = "<OutputMessage>No items found.</OutputMessage>" if count == 0 else ""
    return (f"<ErrorList>{errors}</ErrorList>" if errors else "") + (f"<WarningList>{warnings}</WarningList>"
                                                                       if warnings else "")


def _cap_error(cap: int) -> str:
    return (f"Search Backend failed: Exception:\n'retstart' cannot be larger than {cap - 1}. For PubMed, ESearch can "
            f"only retrieve the first {cap:,} records matching the query. To obtain more than {cap:,} PubMed records, "
            "consider using EDirect that contains additional logic to batch PubMed search results automatically so "
            "that an arbitrary number can be retrieved. For details see https://www.ncbi.nlm.nih.gov/books/NBK25499/")


def _handler(server: EutilsServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            self.answer("GET", parse_qs(urlparse(self.path).query, keep_blank_values=True))

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
            params = parse_qs(urlparse(self.path).query, keep_blank_values=True)
            params.update(parse_qs(body, keep_blank_values=True))
            self.answer("POST", params)

        def send(self, status: int, ctype: str, body: str, cut: str | None = None) -> None:
            data = body.encode("utf-8")
            length = len(data)
            if cut == "xml":        # a well-formed HTTP answer whose XML stops in the middle
                data = data[: len(data) // 2]
                length = len(data)
            elif cut == "connection":  # Content-Length promises more than arrives: IncompleteRead
                data = data[: len(data) // 2]
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(length))
            if cut == "connection":
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                pass

        def answer(self, method: str, raw: dict) -> None:
            now = time.monotonic()
            p = {k.lower(): v[-1] for k, v in raw.items()}  # NCBI reads parameter names case-insensitively
            endpoint = urlparse(self.path).path.rsplit("/", 1)[-1].removesuffix(".fcgi")
            n = next(server._n)
            entry = {"n": n, "t": now, "wall": time.time(), "method": method, "endpoint": endpoint,
                     "path": self.path, "params": p, "status": None}
            with server._lock:
                server.log.append(entry)
            f = server.faults
            if f.slow_every and n % f.slow_every == 0:
                time.sleep(f.slow_seconds)
            limit = 10 if p.get("api_key") else 3
            who = p.get("api_key") or self.client_address[0]
            if server.rate_limit and server.over_limit(who, limit, now) or (f.throttle_every and n % f.throttle_every == 0):
                entry["status"] = 429
                return self.send(429, "application/json", json.dumps(
                    {"error": "API rate limit exceeded", "api-key": self.client_address[0], "count": str(limit + 1),
                     "limit": str(limit)}))
            if server.valid_keys is not None and p.get("api_key") and p["api_key"] not in server.valid_keys:
                entry["status"] = 400  # NCBI quotes the key back in the body
                return self.send(400, "application/json", json.dumps(
                    {"error": "API key invalid", "api-key": p["api_key"], "type": "invalid", "status": "unknown"}))
            if f.fail_every and n % f.fail_every == 0:
                entry["status"] = f.fail_status
                return self.send(f.fail_status, "text/html", f"<html><head><title>{f.fail_status}</title></head>"
                                 "<body><h1>Failure</h1></body></html>")
            entry["status"] = 200
            if f.error and endpoint == f.error_on and f.error_times != 0:
                if f.error_times is not None:
                    f.error_times -= 1
                entry["error"] = f.error
                root = "e" + endpoint[1:].capitalize() + "Result"
                return self.send(200, "text/xml", f'<?xml version="1.0" encoding="UTF-8" ?>\n<{root}>'
                                 f"<ERROR>{escape(f.error)}</ERROR></{root}>\n")
            try:
                if endpoint == "esearch":
                    return self.esearch(p, entry)
                if endpoint == "epost":
                    ids = [i for i in p.get("id", "").split(",") if i]
                    entry["ids"] = len(ids)
                    webenv, key = server.remember(ids, p.get("webenv"))
                    return self.send(200, "text/xml", '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE ePostResult '
                                     'PUBLIC "-//NLM//DTD epost 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/'
                                     f'dtd/20060628/epost.dtd">\n<ePostResult><QueryKey>{key}</QueryKey>'
                                     f"<WebEnv>{webenv}</WebEnv></ePostResult>\n")
                if endpoint == "efetch":
                    return self.efetch(p, entry)
            except LookupError as exc:
                return self.send(200, "text/xml", f'<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>'
                                 f"<ERROR>{escape(str(exc))}</ERROR></eFetchResult>\n")
            entry["status"] = 404
            self.send(404, "text/plain", "unknown endpoint")

        def esearch(self, p: dict, entry: dict) -> None:
            if not p.get("term", "").strip():
                return self.send(200, "text/xml", '<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult>'
                                 "<ERROR>Empty term and query_key - nothing todo</ERROR></eSearchResult>\n")
            retstart, retmax = int(p.get("retstart", 0)), int(p.get("retmax", 20))
            if retstart > server.cap - 1:
                return self.send(200, "text/xml", '<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult>'
                                 f"<ERROR>{escape(_cap_error(server.cap))}</ERROR></eSearchResult>\n")
            ids = server.search(p)
            webenv = key = None
            if p.get("usehistory", "").lower() == "y":
                webenv, key = server.remember(ids, p.get("webenv"))
            entry["count"] = len(ids)
            page = ids[retstart:min(retstart + retmax, server.cap)]
            term = p.get("term", "")
            self.send(200, "text/xml", _esearch_xml(len(ids), page, retstart, webenv, key, term,
                                                    _esearch_notes(server, term, len(ids))))

        def efetch(self, p: dict, entry: dict) -> None:
            if p.get("id"):
                ids = [i.strip() for i in p["id"].split(",") if i.strip()]
            else:
                keys = server.history.get(p.get("webenv", ""), {})
                if p.get("query_key") not in keys:
                    raise LookupError(f"Unable to obtain query #{p.get('query_key')}")
                retstart = int(p.get("retstart", 0))
                ids = keys[p["query_key"]][retstart:retstart + int(p.get("retmax", 20))]
            f = server.faults
            k = next(server._efetch_n)
            ids = [i for i in ids if i not in f.never]
            if f.drop_every and k % f.drop_every == 0 and ids:
                entry["dropped"], ids = ids[0], ids[1:]
            parts = []
            for i in ids:
                if i in server.deleted:
                    parts.append(f'<DeleteCitation><PMID Version="1">{i}</PMID></DeleteCitation>')
                elif i in server.records:
                    parts.append(server.records[i].xml())
            entry["returned"] = [i for i in ids if i in server.records or i in server.deleted]
            body = ('<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January '
                    '2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
                    + "\n".join(parts) + "\n</PubmedArticleSet>\n")
            cut = None
            if f.truncate_every and k % f.truncate_every == 0:
                cut = "xml" if (k // f.truncate_every) % 2 else "connection"
            entry["cut"] = cut
            self.send(200, "text/xml", body, cut=cut)

    return Handler


@pytest.fixture
def eutils():
    """A factory: eutils(records, cap=..., rate_limit=...) -> a started EutilsServer, stopped after the test."""
    started: list[EutilsServer] = []

    def make(records=(), **kw) -> EutilsServer:
        server = EutilsServer(list(records), **kw).start()
        started.append(server)
        return server
    yield make
    for s in started:
        s.stop()
