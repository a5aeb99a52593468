"""An E-utilities client for PubMed on top of Biopython's `Bio.Entrez`.

What comes from Bio.Entrez: the request itself (`Entrez._build_request`: parameter encoding,
`tool`/`email`/`api_key`, dropping None values, joining id lists, and switching to HTTP POST
for long id lists or long URLs). What does not, and why (see ../shared/NOTES-stack.md):

- The server: every public Bio.Entrez function hard-codes NCBI's URL and hands the request
  to `Entrez._open`. We call the one private builder with our own base URL
  (`Settings.eutils_url`, `--eutils-url`, `LITMINE_EUTILS_URL`) instead of patching the
  module, so nothing else in the process is redirected behind its back.
- Sending: `Entrez._open` rate-limits without a lock, retries 429/5xx at once without
  backoff, and reads no body (an IncompleteRead surfaces after its retries are over). We
  send the same `urllib` request ourselves through a process-wide, thread-safe limiter and a
  retry policy with exponential backoff and jitter that also covers truncated bodies.
- Reading esearch/epost answers: they are tiny and flat, so ElementTree reads them.
  `Entrez.read` needs a DTD; answers without one (error bodies, some mirrors) do not parse,
  and a DTD it does not bundle triggers an unthrottled network fetch.
"""
from __future__ import annotations

import http.client
import json
import logging
import random
import re
import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from Bio import Entrez

from pipeline.config import NCBI_EUTILS, Settings

log = logging.getLogger(__name__)

if not hasattr(Entrez, "_build_request"):  # pragma: no cover - guards a Biopython upgrade
    raise ImportError("Bio.Entrez._build_request is gone: this Biopython is not supported (pin biopython<2, >=1.84)")

ESEARCH_CAP = 9999          # PubMed's esearch cannot page past the first 9,999 ids of a query
EPOST_CHUNK = 5000          # ids per epost request
DATETYPES = ("edat", "mdat", "pdat")
EARLIEST = date(1700, 1, 1)  # lower bound when an unbounded range must be split


class EntrezError(RuntimeError):
    """A request that failed for good. The message never holds the API key."""


class EntrezRequestError(EntrezError):
    """NCBI refused the request itself (an invalid API key, a bad query or id): sent once, not retried."""


# ---------------------------------------------------------------- secrets

def scrub(text: str, secret: str | None) -> str:
    """`text` with any api_key value (and the key itself, wherever it appears) masked."""
    text = re.sub(r"(api[_-]?key=)[^&\s'\"]*", r"\1***", str(text), flags=re.I)
    if secret:
        text = text.replace(secret, "***")
    return text


# ---------------------------------------------------------------- rate limiting

class RateLimiter:
    """Spaces requests so that no 1-s window holds more than `rate` of them.

    One instance (`PROCESS_LIMITER`) is shared by every client in the process, whatever
    thread it runs in: NCBI counts requests per key or per IP address, not per object.
    Requests are `margin / rate` seconds apart (Biopython uses 0.37 s for 3/s): exactly
    1/rate lets network jitter put rate+1 arrivals into one second at the server.
    """

    def __init__(self, margin: float = 1.1, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._lock = threading.Lock()
        self._last: float | None = None
        self.margin = margin
        self._clock, self._sleep = clock, sleep

    def acquire(self, rate: float) -> None:
        gap = self.margin / rate
        # The lock is held while waiting and the gap counts from the moment a request was really
        # let go: a loaded machine that wakes a thread late must push the next request back too,
        # or three punctual requests after a late one fit into one second with it.
        with self._lock:
            now = self._clock()
            if self._last is not None and now < self._last + gap:
                self._sleep(self._last + gap - now)
                now = self._clock()
            self._last = now


PROCESS_LIMITER = RateLimiter()


# ---------------------------------------------------------------- retries

@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter: try k waits uniform(0, min(cap, base * 2**k))."""
    max_tries: int = 8
    base: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        return rng.uniform(self.base / 2, min(self.cap, self.base * 2 ** attempt))


class Transient(Exception):
    """A failure worth another try (429, 5xx, connection trouble, a cut or unusable body)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class Permanent(Exception):
    """An answer no retry can change: NCBI blames the request itself."""


# What fails at once, and why so little does. HTTP 408, 429 and 5xx are retried; any other 4xx
# (400 with {"error":"API key invalid"}, 404 for a wrong base URL, ...) is the request's fault.
# An <ERROR> in an HTTP 200 answer is retried unless its text blames what we sent: NCBI words
# passing trouble like request errors ("Search Backend failed: ...", "Unable to obtain query #1"
# when the history server loses a set, "Database is not supported: pubmed" and "Invalid db name
# specified" during outages, though we only ever ask pubmed), and a scheduled run must not give
# up on an outage. A malformed query seldom gets here: PubMed searches what it can and names the
# rest in <ErrorList>/<WarningList> (see `SearchResult.notes`).
RETRIED_STATUS = frozenset({408, 429})
PERMANENT_ERROR = re.compile(
    r"cannot be larger than"                # esearch paged past PubMed's 9,999-record cap
    r"|\binvalid (?:uid|id|query_key|webenv)\b"  # an id or history key NCBI rejects as such
    r"|\bapi.?key\b", re.I)


def ncbi_error(text: str) -> Exception:
    """The exception for NCBI's own <ERROR> text: Permanent when it blames the request."""
    text = " ".join(text.split())
    return (Permanent if PERMANENT_ERROR.search(text) else Transient)(f"NCBI says: {text}")


def describe(endpoint: str, params: dict) -> str:
    """The request in words for an error message: db, term, ids or history records; never key or e-mail."""
    parts = [f"db={params.get('db', 'pubmed')}"]
    if params.get("term") is not None:
        parts.append(f"term {params['term']!r}")
    if params.get("mindate"):
        parts.append(f"{params.get('datetype', 'edat')} {params['mindate']}-{params.get('maxdate', '')}")
    ids = params.get("id")
    if ids:
        ids = ids.split(",") if isinstance(ids, str) else list(ids)
        parts.append(f"PMID {ids[0]}" if len(ids) == 1 else f"{len(ids)} PMIDs {ids[0]}..{ids[-1]}")
    if params.get("query_key"):
        start = int(params.get("retstart") or 0)
        parts.append(f"history set #{params['query_key']}, records {start + 1}-{start + int(params.get('retmax') or 0)}")
    return f"{endpoint.removesuffix('.fcgi')} ({', '.join(parts)})"


def advice(endpoint: str, message: str) -> str:
    """What the user can change when NCBI refuses a request."""
    if re.search(r"\bapi.?key\b", message, re.I):
        return "check NCBI_API_KEY (or unset it to run without a key at 3 requests/s)"
    if "cannot be larger than" in message:
        return "narrow the query or its date range"
    if "HTTP 404" in message:
        return "check the E-utilities URL (--eutils-url, LITMINE_EUTILS_URL)"
    if endpoint.startswith("esearch"):
        return "check the query (PubMed search syntax)"
    return "check the PMIDs asked for"


def _retry_after(exc: HTTPError) -> float | None:
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _http_message(exc: HTTPError) -> str:
    try:
        body = exc.read(2000).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is a courtesy; the status code is what counts
        body = ""
    try:  # NCBI's 429 body: {"error":"API rate limit exceeded","api-key":"...","count":"4","limit":"3"}
        detail = json.loads(body).get("error") or ""
    except (ValueError, AttributeError):
        detail = re.sub(r"<[^>]+>|\s+", " ", body).strip()[:120]
    return f"HTTP {exc.code}" + (f" ({detail})" if detail else "")


# ---------------------------------------------------------------- answers

@dataclass(frozen=True)
class Window:
    """An inclusive date range of one datetype; None ends are unbounded."""
    start: date | None = None
    end: date | None = None

    def params(self) -> dict[str, str]:
        if self.start is None and self.end is None:
            return {}
        return {"mindate": fmt_date(self.start or EARLIEST), "maxdate": fmt_date(self.end or far_future())}

    def halves(self) -> tuple["Window", "Window"] | None:
        start, end = self.start or EARLIEST, self.end or far_future()
        if start >= end:
            return None
        mid = start + (end - start) // 2
        return Window(start, mid), Window(mid + timedelta(days=1), end)

    def __str__(self) -> str:
        return f"{fmt_date(self.start) if self.start else '…'}-{fmt_date(self.end) if self.end else '…'}"


@dataclass
class SearchResult:
    count: int
    ids: list[str]
    webenv: str | None = None
    query_key: str | None = None
    window: Window = field(default_factory=Window)
    # PubMed's remarks on the term: {"PhraseNotFound": [...], "FieldNotFound": [...], ...}, from
    # <ErrorList> and <WarningList>. They do not fail the search: PubMed searched the rest.
    notes: dict[str, list[str]] = field(default_factory=dict)


def fmt_date(d: date) -> str:
    return d.strftime("%Y/%m/%d")


def far_future() -> date:
    # pdat can lie ahead (issues dated next year); NCBI accepts any maxdate.
    return date(date.today().year + 5, 12, 31)


def parse_date(text: str, end: bool = False) -> date:
    """YYYY, YYYY/MM or YYYY/MM/DD (also with - or .) as the first (or, with end=True, last) day."""
    try:
        return _parse_date(text, end)
    except ValueError as exc:   # (`month must be in 1..12` alone does not say which value is wrong)
        raise ValueError(f"not a date: {text!r} ({exc}; expected YYYY, YYYY/MM or YYYY/MM/DD)") from None


def _parse_date(text: str, end: bool) -> date:
    parts = [int(p) for p in re.split(r"[/.-]", text.strip()) if p]
    if not 1 <= len(parts) <= 3 or not 1000 <= parts[0] <= 9999:
        raise ValueError("a year of four digits, then a month and a day")
    year, month, day = (parts + [None, None])[:3]
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    if day is None:
        if not end:
            return date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(year, month, day)


def _xml(body: bytes, what: str) -> ET.Element:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise Transient(f"{what}: answer is not XML ({exc})") from None
    error = root.findtext("ERROR")
    if error:
        raise ncbi_error(error)
    return root


def parse_esearch(body: bytes) -> SearchResult:
    root = _xml(body, "esearch")
    count = root.findtext("Count")
    if root.tag != "eSearchResult" or count is None:
        raise Transient("esearch: answer holds no eSearchResult/Count")
    notes: dict[str, list[str]] = {}
    for e in [*root.iterfind("ErrorList/*"), *root.iterfind("WarningList/*")]:
        if e.text and e.text.strip():
            notes.setdefault(e.tag, []).append(" ".join(e.text.split()))
    return SearchResult(count=int(count), ids=[e.text.strip() for e in root.iterfind("IdList/Id") if e.text],
                        webenv=root.findtext("WebEnv"), query_key=root.findtext("QueryKey"), notes=notes)


def report_notes(term: str, res: SearchResult, datetype: str = "edat") -> None:
    """Say what PubMed made of `term`: an unknown field tag or a phrase it ignored changes what was
    searched (a warning); a word no record holds explains a search that found nothing."""
    notes = dict(res.notes)
    missing = notes.pop("PhraseNotFound", [])
    if "FieldNotFound" in notes:
        log.warning("esearch: PubMed knows no field tag %s in %r; those terms were not limited to a field",
                    ", ".join(f"[{f}]" for f in notes.pop("FieldNotFound")), term)
    for tag, texts in notes.items():
        texts = [t for t in texts if t.rstrip(".").lower() != "no items found"]  # said below, in our words
        if texts:
            log.warning("esearch: PubMed's %s for %r: %s", tag, term, "; ".join(texts))
    if res.count == 0:
        (log.warning if missing else log.info)(
            "esearch: no PubMed record matches %r%s%s: 0 records to fetch", term,
            f" in {res.window} ({datetype})" if res.window.start or res.window.end else "",  # --since-last: edat, mdat
            f" (no record holds {', '.join(repr(m) for m in missing)})" if missing else "")
    elif missing:
        log.info("esearch: no record holds %s (part of %r)", ", ".join(repr(m) for m in missing), term)


def parse_epost(body: bytes) -> tuple[str, str]:
    root = _xml(body, "epost")
    webenv, key = root.findtext("WebEnv"), root.findtext("QueryKey")
    if not webenv or not key:
        raise Transient("epost: answer holds no WebEnv/QueryKey")
    return webenv, key


# ---------------------------------------------------------------- the client

class EntrezClient:
    """PubMed through E-utilities: esearch (history server), epost, efetch.

    `rate`, `retry`, `cap` and `limiter` exist so tests can run fast against a local server
    (and use a small esearch cap); production code takes them from Settings.
    """

    def __init__(self, base_url: str = NCBI_EUTILS, *, email: str, tool: str = "litmine",
                 api_key: str | None = None, rate: float | None = None, retry: RetryPolicy = RetryPolicy(),
                 cap: int = ESEARCH_CAP, limiter: RateLimiter = PROCESS_LIMITER, timeout: float = 120.0,
                 seed: int | None = None):
        if not email:
            raise ValueError("NCBI asks every E-utilities request to carry a contact e-mail:"
                             " set NCBI_EMAIL or pass --email")
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.email, self.tool = email, tool
        self._api_key = api_key
        self.rate = rate or (10.0 if api_key else 3.0)
        self.retry, self.cap, self.limiter, self.timeout = retry, cap, limiter, timeout
        self._rng = random.Random(seed)
        self.requests = 0  # attempts sent, retries included

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> "EntrezClient":
        values = dict(base_url=settings.eutils_url, email=settings.email, tool=settings.tool,
                      api_key=settings.api_key, rate=settings.requests_per_second,
                      retry=RetryPolicy(max_tries=settings.max_tries))
        values.update(overrides)
        return cls(**values)

    def __repr__(self) -> str:
        return f"EntrezClient({self.base_url!r}, tool={self.tool!r}, api_key={'set' if self._api_key else 'unset'})"

    # -- transport

    def build_request(self, endpoint: str, params: dict, post: bool | None = None) -> Request:
        """Bio.Entrez's request for `endpoint` under our base URL (POST for long id lists)."""
        params = {"db": "pubmed", **params, "tool": self.tool, "email": self.email, "api_key": self._api_key}
        return Entrez._build_request(self.base_url + endpoint, params, post=post)

    def call(self, endpoint: str, params: dict, post: bool | None = None,
             accept: Callable[[bytes], object] | None = None):
        """Send with rate limiting and retries; return `accept(body)` (or the body).

        `accept` raises Transient for an answer that arrived whole but cannot be used
        (a cut XML body, most <ERROR> answers); that is retried like a 502. A request NCBI
        refuses (Permanent, or a 4xx other than 408/429) is sent once: EntrezRequestError."""
        what = endpoint.removesuffix(".fcgi")
        last = ""
        for attempt in range(self.retry.max_tries):
            request = self.build_request(endpoint, params, post)
            self.limiter.acquire(self.rate)
            self.requests += 1
            retry_after = None
            try:
                with urlopen(request, timeout=self.timeout) as response:
                    body = response.read()
                return accept(body) if accept else body
            except HTTPError as exc:
                last = _http_message(exc)
                if exc.code not in RETRIED_STATUS and exc.code < 500:
                    self._refused(endpoint, params, last)
                retry_after = _retry_after(exc)
            except Permanent as exc:
                self._refused(endpoint, params, str(exc))
            except Transient as exc:
                last, retry_after = str(exc), exc.retry_after
            except (http.client.IncompleteRead, http.client.HTTPException, URLError, ConnectionError,
                    socket.timeout, TimeoutError) as exc:
                last = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
            last = scrub(last, self._api_key)
            if attempt + 1 == self.retry.max_tries:
                break
            wait = max(self.retry.delay(attempt, self._rng), retry_after or 0.0)
            log.warning("%s: %s; try %d/%d in %.2f s", what, last, attempt + 2, self.retry.max_tries, wait)
            time.sleep(wait)
        raise EntrezError(scrub(f"{what} failed after {self.retry.max_tries} tries at {self.base_url}: {last}",
                                self._api_key))

    def _refused(self, endpoint: str, params: dict, message: str) -> None:
        raise EntrezRequestError(scrub(f"{describe(endpoint, params)} refused by {self.base_url}: {message};"
                                       f" not retried: {advice(endpoint, message)}", self._api_key)) from None

    # -- E-utilities

    def esearch(self, term: str, *, datetype: str = "edat", window: Window = Window(),
                retmax: int | None = None, history: bool = True) -> SearchResult:
        params = {"term": term, "retmax": self.cap if retmax is None else retmax, "retstart": 0}
        if history:
            params["usehistory"] = "y"
        if window.start or window.end:
            params.update(datetype=datetype, **window.params())
        result = self.call("esearch.fcgi", params, accept=parse_esearch)
        result.window = window
        return result

    def search(self, term: str, *, datetype: str = "edat", window: Window = Window()) -> list[SearchResult]:
        """Every hit of `term` in `window`, as searches of at most `cap` hits each.

        PubMed's esearch stops at 9,999 ids; like EDirect we halve the date range (of the
        chosen datetype) until each part is under the cap. Parts are disjoint, whole days."""
        if datetype not in DATETYPES:
            raise ValueError(f"datetype must be one of {DATETYPES}, not {datetype!r}")
        if not term.strip():  # NCBI would answer "Empty term and query_key - nothing todo"
            raise ValueError("the query is empty: give --query or set `query` in litmine.toml")
        first = self.esearch(term, datetype=datetype, window=window)
        report_notes(term, first, datetype)
        if first.count <= self.cap:
            return [first]
        parts, pending = [], [window]
        total, got = first.count, 0
        while pending:
            win = pending.pop(0)
            res = first if win is window else self.esearch(term, datetype=datetype, window=win)
            if res.count <= self.cap:
                if res.count:
                    parts.append(res)
                    got += res.count
                continue
            halves = win.halves()
            if halves is None:
                raise EntrezError(f"esearch: {res.count} hits on the single day {win} ({datetype}) exceed"
                                  f" PubMed's {self.cap}-record cap; narrow the query")
            log.info("esearch: %d hits in %s > %d, splitting by %s", res.count, win, self.cap, datetype)
            pending[:0] = list(halves)
        if got != total:  # records moved between searches, or some lie outside the split range
            log.warning("esearch: the %d date windows hold %d hits, the whole range %d", len(parts), got, total)
        return parts

    def epost(self, ids: Sequence[str]) -> tuple[str, str]:
        return self.call("epost.fcgi", {"id": list(ids)}, post=True, accept=parse_epost)

    def efetch(self, *, ids: Sequence[str] | None = None, webenv: str | None = None, query_key: str | None = None,
               retstart: int = 0, retmax: int | None = None, accept: Callable[[bytes], object] | None = None):
        """PubMed XML for `ids`, or for records retstart.. of a history set (WebEnv/query_key)."""
        params: dict = {"retmode": "xml"}
        if ids is not None:
            params["id"] = list(ids)
        else:
            params.update(WebEnv=webenv, query_key=query_key, retstart=retstart, retmax=retmax)
        return self.call("efetch.fcgi", params, accept=accept)


def chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
