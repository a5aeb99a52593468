"""The fetch job: search (or take a PMID list), fetch in batches, check, keep raw, store, record.

    ids      esearch (history server; date windows split under the 9,999 cap) or epost of a list
    batches  efetch WebEnv/query_key, retstart/retmax, `batch_size` records each
    check    an answer counts when it parses and holds every requested id; ids it lacks are
             asked again by id; what never comes is named in the final error
    keep     every usable answer, gzip-compressed, at raw/efetch/<run>-<n>.xml.gz
    store    one apply_batch (one transaction) per answer, newest version wins
    ledger   a "fetch" run: query, datetype, window, counts, status ok | partial | failed
"""
from __future__ import annotations

import gzip
import logging
import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from pipeline.config import Settings
from pipeline.documents import Deletion, Document
from pipeline.fetch.entrez import (EPOST_CHUNK, EntrezClient, EntrezError, SearchResult, Transient, Window,
                                   chunks, ncbi_error, parse_date, scrub)
from pipeline.fetch.pubmed_xml import NCBI_ERROR, PubmedXMLError, parse_bytes
from pipeline.store.ledger import Ledger
from pipeline.store.tables import Store
from pipeline.store.upsert import BatchCounts, apply_batch

log = logging.getLogger(__name__)

REASK_ROUNDS = 3  # times ids missing from an answer are asked for again, by id


@dataclass
class Source:
    """A history-server set to fetch: its WebEnv/query_key and the ids expected in order."""
    webenv: str
    query_key: str
    ids: list[str]


@dataclass
class FetchOutcome:
    run_id: int
    status: str
    requested: int
    counts: BatchCounts = field(default_factory=BatchCounts)
    failed: dict[str, str] = field(default_factory=dict)
    requests: int = 0
    raw_files: int = 0
    left_out: int = 0   # records the search found that --max left out

    def summary(self) -> str:
        c = self.counts
        return (f"fetch run {self.run_id}: {self.requested} records asked, {c.new} new, {c.revised} revised,"
                f" {c.unchanged} unchanged, {c.stale} older than stored, {c.deleted} deleted,"
                f" {len(self.failed)} failed; {self.requests} requests, {self.raw_files} raw files")


class IncompleteFetch(RuntimeError):
    """Some records never came back whole; everything else was saved."""

    def __init__(self, outcome: FetchOutcome):
        self.outcome = outcome
        ids = sorted(outcome.failed, key=lambda p: (len(p), p))
        shown = ", ".join(ids[:20]) + (f" and {len(ids) - 20} more" if len(ids) > 20 else "")
        first = outcome.failed[ids[0]] if ids else ""
        super().__init__(f"fetch run {outcome.run_id}: {len(ids)} of {outcome.requested} records could not be"
                         f" fetched: PMID {shown} (last error: {first}); the rest is saved,"
                         f" the full list is in the ledger (litmine status)")


def read_pmids(path: str | os.PathLike) -> list[str]:
    """PMIDs from a file (one per line; blank lines and #comments skipped; '-' reads stdin), deduplicated."""
    try:
        text = sys.stdin.read() if str(path) == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # a folder, a binary file ...: name it, no traceback
        raise ValueError(f"--pmids {path}: cannot read a PMID list: {getattr(exc, 'strerror', None) or exc}") from None
    ids: dict[str, None] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        value = line.split("#", 1)[0].strip()
        if not value:
            continue
        if not (value.isascii() and value.isdigit()) or not value.strip("0"):  # PMIDs count from 1
            raise ValueError(f"{path}:{n}: not a PMID: {value!r}")
        ids[value.lstrip("0") or "0"] = None
    return list(ids)


# ---------------------------------------------------------------- planning

def _stored_revisions(store: Store, ids: Iterable[str]) -> dict[str, date | None]:
    rows = store.read("documents", pmids=ids, columns=["pmid", "date_revised"]).to_pylist()
    return {r["pmid"]: r["date_revised"] for r in rows}


def _sources(client: EntrezClient, results: Sequence[tuple[SearchResult, set[str]]], limit: int | None
             ) -> tuple[list[Source], int]:
    """History sets to fetch, each id once; a set partly fetched already is re-posted with the rest.
    Also returns how many wanted ids `limit` (--max) left out."""
    seen: set[str] = set()
    out: list[Source] = []
    budget = limit if limit is not None else float("inf")
    left_out = 0
    for res, skip in results:
        wanted = [i for i in dict.fromkeys(res.ids) if i not in seen and i not in skip]
        taken = wanted[:int(min(budget, len(wanted)))]
        left_out += len(wanted) - len(taken)
        seen.update(wanted)  # each id counted once, taken or left out
        wanted = taken
        if not wanted:
            continue
        budget -= len(wanted)
        if res.webenv and res.query_key and wanted == res.ids[:len(wanted)]:
            out.append(Source(res.webenv, res.query_key, wanted))  # a prefix of the search's own set
        else:
            out.extend(_post(client, wanted))
    return out, left_out


def _post(client: EntrezClient, ids: Sequence[str]) -> list[Source]:
    out = []
    for part in chunks(list(ids), EPOST_CHUNK):
        webenv, key = client.epost(part)
        out.append(Source(webenv, key, list(part)))
    return out


# ---------------------------------------------------------------- the job

class _Job:
    def __init__(self, settings: Settings, client: EntrezClient, store: Store, ledger: Ledger, run_id: int,
                 quiet: bool):
        self.settings, self.client, self.store, self.ledger, self.run_id = settings, client, store, ledger, run_id
        self.raw_dir = Path(settings.data_dir) / "raw" / "efetch"
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        self.counts = BatchCounts()
        self.done: set[str] = set()
        self.failed: dict[str, str] = {}
        self.raw_files = 0
        self.quiet = quiet
        self.last_error = ""
        self.bar: tqdm | None = None

    def _name(self) -> Path:
        return self.raw_dir / f"{self.run_id}-{self.raw_files + 1:05d}.xml.gz"

    def _accept(self, path: Path):
        def accept(body: bytes) -> tuple[list[Document], list[Deletion]]:
            try:
                return parse_bytes(body, str(path))
            except PubmedXMLError as exc:
                if exc.message.startswith(NCBI_ERROR):  # NCBI's own <ERROR>: it may blame the request
                    raise ncbi_error(exc.message.removeprefix(NCBI_ERROR)) from None
                raise Transient(f"efetch answer unusable: {exc.message}") from None
        return accept

    def _save(self, path: Path, body: bytes) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(gzip.compress(body, compresslevel=6))
        os.replace(tmp, path)
        self.raw_files += 1

    def _apply(self, wanted: Sequence[str], docs: list[Document], gone: list[Deletion]) -> list[str]:
        """Store what came for `wanted` (ids not asked for or already stored in this run are
        dropped); return the ids still missing."""
        want = set(wanted) - self.done
        docs = [d for d in docs if d.pmid in want]
        gone = [d for d in gone if d.pmid in want]
        got = {d.pmid for d in docs} | {d.pmid for d in gone}
        if docs or gone:
            with self.store.transaction() as txn:
                counts = apply_batch(self.store, txn, docs, gone)
            self.counts.add(counts)
            if counts.deleted_pmids:
                self.ledger.record_deletions(self.run_id, counts.deleted_pmids, "efetch")
            self.done |= got
            self.ledger.update(self.run_id, counts=self.counts.as_dict())
            if self.bar is not None:
                self.bar.update(len(got))
        return [i for i in wanted if i not in self.done]

    def _fetch(self, **where) -> tuple[bytes, tuple[list[Document], list[Deletion]], Path] | None:
        path = self._name()
        holder: dict = {}

        def keep(body: bytes):
            holder["parsed"] = self._accept(path)(body)
            return body
        try:
            body = self.client.efetch(accept=keep, **where)
        except EntrezError as exc:
            self.last_error = str(exc)
            return None
        self._save(path, body)
        return body, holder["parsed"], path

    def fetch_source(self, source: Source) -> None:
        size = max(1, self.settings.batch_size)
        for start in range(0, len(source.ids), size):
            wanted = [i for i in source.ids[start:start + size] if i not in self.done]
            if not wanted:
                continue
            got = self._fetch(webenv=source.webenv, query_key=source.query_key, retstart=start,
                              retmax=len(source.ids[start:start + size]))
            missing = self._apply(wanted, *got[1]) if got else wanted
            if missing:
                log.warning("efetch: %d of %d records missing from the answer at %d; asking for them by id",
                            len(missing), len(wanted), start)
                self.reask(missing)

    def reask(self, ids: list[str]) -> None:
        missing, reason = ids, "not in any answer"
        for round_ in range(REASK_ROUNDS):
            if round_:
                time.sleep(self.client.retry.delay(round_, self.client._rng))
            self.last_error = ""
            got = self._fetch(ids=missing)
            missing = self._apply(missing, *got[1]) if got else missing
            reason = self.last_error or "not in any answer"
            if not missing:
                return
        for pmid in missing:
            self.failed[pmid] = reason


def run_fetch(settings: Settings, *, query: str | None = None, pmids: Sequence[str] | None = None,
              mindate: str | None = None, maxdate: str | None = None, datetype: str | None = None,
              limit: int | None = None, since_last: bool = False, client: EntrezClient | None = None,
              quiet: bool | None = None, today: date | None = None) -> FetchOutcome:
    """Fetch PubMed records into the documents table; raise IncompleteFetch naming ids that failed."""
    client = client or EntrezClient.from_settings(settings)
    quiet = settings.quiet if quiet is None else quiet
    today = today or datetime.now(timezone.utc).date()
    store, ledger = Store(settings.data_dir, settings.buckets), Ledger(settings.data_dir)
    secret = settings.api_key or client._api_key
    if limit is not None and limit < 0:
        raise ValueError("--max must be >= 0")
    if pmids is not None and (since_last or query or mindate or maxdate):
        raise ValueError("--pmids fetches the listed records: it takes no --query, --since-last or date window")

    if pmids is not None:
        query_label, datetype, window, searches = None, None, Window(), []
    else:
        query_label = query or settings.query
        datetype = datetype or settings.datetype
        start = _flag_date("--mindate", mindate)
        end = _flag_date("--maxdate", maxdate, end=True)
        if start and end and start > end:  # a typo, not a search: it would end `ok` with 0 records
            raise ValueError(f"--mindate {mindate} is after --maxdate {maxdate}: the date window is empty")
        if since_last:
            last = _last_complete(ledger, query_label)
            if last and last.window_end:
                # One day of overlap: NCBI dates are US Eastern, ours UTC; records already stored
                # are skipped below, so the overlap costs a search, not a fetch.
                start = date.fromisoformat(last.window_end) - timedelta(days=1)
                log.info("since-last: run %d ended at %s; searching from %s", last.id, last.window_end, start)
            else:
                log.info("since-last: no earlier successful fetch of this query%s; fetching from %s",
                         " that --max did not cut short" if ledger.last_successful("fetch", query_label) else "",
                         start or "the beginning")
        if since_last and start:
            end = end or today  # searched up to the day it ran: the next window starts there
        window = Window(start, end)
        searches = [datetype] if not (since_last and start) else ["edat", "mdat"]
        if since_last and start:
            datetype = "edat+mdat"
    window_end = window.end or today
    run_id = ledger.start("fetch", query=query_label, datetype=datetype,
                          window_start=window.start.isoformat() if window.start else None,
                          window_end=None if pmids is not None else window_end.isoformat(),
                          versions={"litmine": _version(), "biopython": _bio_version()})
    outcome = FetchOutcome(run_id=run_id, status="running", requested=0)
    job = _Job(settings, client, store, ledger, run_id, quiet)
    sent_before = client.requests
    try:
        if pmids is not None:
            ids = list(dict.fromkeys(pmids))[:limit]
            outcome.requested = len(ids)
            sources = _post(client, ids) if ids else []
        else:
            results: list[tuple[SearchResult, set[str]]] = []
            for dt in searches:
                for res in client.search(query_label, datetype=dt, window=window):
                    skip: set[str] = set()
                    if since_last and window.start:  # already stored: skip unless revised in the window
                        stored = _stored_revisions(store, res.ids)
                        skip = {p for p, rev in stored.items()
                                if dt == "edat" or (rev is not None and rev >= window.start)}
                    results.append((res, skip))
            sources, outcome.left_out = _sources(client, results, limit)
            if outcome.left_out:
                log.info("--max %d: %d more records match; this run does not count as covering its window"
                         " for a later --since-last", limit, outcome.left_out)
            outcome.requested = sum(len(s.ids) for s in sources)
        if not outcome.requested:  # said in words: a bar over no records (`fetch: 0rec`) reads like a stalled one
            log.info("nothing new to fetch: %s", "the PMID list is empty" if pmids is not None
                     else f"--max {limit}" if outcome.left_out
                     else f"no record new or revised since {window.start} that is not stored already"
                     if since_last and window.start else "the search found no records")
        job.bar = tqdm(total=outcome.requested, unit="rec", disable=quiet or not outcome.requested, desc="fetch",
                       dynamic_ncols=True)
        with logging_redirect_tqdm():  # retry warnings print above the bar, not through it
            for source in sources:
                job.fetch_source(source)
    except BaseException as exc:
        if job.bar is not None:
            job.bar.close()
        interrupted = isinstance(exc, KeyboardInterrupt)
        ledger.finish(run_id, "interrupted" if interrupted else "failed", counts=job.counts.as_dict(),
                      error="interrupted" if interrupted else scrub(str(exc), secret))
        raise
    job.bar.close()
    outcome.counts, outcome.failed = job.counts, job.failed
    outcome.requests, outcome.raw_files = client.requests - sent_before, job.raw_files
    outcome.status = "partial" if job.failed else "ok"
    summary = {"requested": outcome.requested, "failed": len(job.failed), "requests": outcome.requests,
               "raw_files": job.raw_files, "eutils": scrub(client.base_url, secret)}
    if outcome.left_out:
        summary["left_out_by_max"] = outcome.left_out
    if job.failed:
        ledger.record_failures(run_id, "fetch", sorted(job.failed.items()))
        error = IncompleteFetch(outcome)
        ledger.finish(run_id, "partial", counts=job.counts.as_dict(), summary=summary, error=str(error))
        raise error
    ledger.finish(run_id, "ok", counts=job.counts.as_dict(), summary=summary)
    return outcome


def _last_complete(ledger: Ledger, query: str):
    """The newest `ok` fetch of `query` that fetched all its search found: one cut short by --max
    left records of its window behind, so a --since-last starting at its end would never get them."""
    return next((r for r in ledger.successful("fetch", query) if not r.summary.get("left_out_by_max")), None)


def _version() -> str:
    from pipeline import __version__
    return __version__


def _bio_version() -> str:
    import Bio
    return Bio.__version__


def _flag_date(flag: str, text: str | None, end: bool = False) -> date | None:
    try:
        return parse_date(text, end=end) if text else None
    except ValueError as exc:
        raise ValueError(f"{flag}: {exc}") from None
