"""`litmine fetch` against a real HTTP E-utilities server on 127.0.0.1 (tests/eutils_server.py).

Most tests run the client faster than NCBI allows (the server's limit is switched off there);
the rate tests run at the real 3/s and 10/s and read the server's own arrival log.
"""
from __future__ import annotations

import gzip
import logging
import random
import re
import sqlite3
import threading
from datetime import date, datetime, timezone

import pandas as pd
import pytest

from eutils_server import eutils, invent_record, invent_records  # noqa: F401  (eutils is a fixture)
from pipeline.cli import main
from pipeline.config import NCBI_EUTILS, Settings
from pipeline.fetch.entrez import EntrezClient, EntrezError, RateLimiter, RetryPolicy, scrub
from pipeline.fetch.fetcher import IncompleteFetch, read_pmids, run_fetch
from pipeline.fetch.pubmed_xml import parse_bytes
from pipeline.store.ledger import Ledger

EMAIL = "curator@example.org"
FAST = RetryPolicy(max_tries=8, base=0.01, cap=0.05)
KEY = "k3y-5ecret-0123456789abcdef"


def fast_client(server, **kw) -> EntrezClient:
    values = dict(email=EMAIL, rate=200.0, retry=FAST, cap=server.cap, seed=1)
    values.update(kw)
    return EntrezClient(server.base_url, **values)


def settings(tmp_path, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", email=EMAIL, quiet=True, buckets=2, **kw)


def stored(tmp_path) -> pd.DataFrame:
    return pd.read_parquet(tmp_path / "data" / "documents.parquet")


def last_run(tmp_path):
    return Ledger(tmp_path / "data").recent(1)[0]


def test_every_record_exactly_once_under_faults(tmp_path, eutils):
    server = eutils(invent_records(120), rate_limit=False)
    server.faults.throttle_every = 7
    server.faults.fail_every = 5
    server.faults.truncate_every = 3
    server.faults.drop_every = 4
    server.faults.slow_every, server.faults.slow_seconds = 11, 0.6
    client = fast_client(server, timeout=0.3)

    outcome = run_fetch(settings(tmp_path, batch_size=25), query="amyotrophic", client=client)

    df = stored(tmp_path)
    assert len(df) == 120 and df.pmid.is_unique
    assert set(df.pmid) == set(server.records)
    assert outcome.counts.new == 120 and outcome.status == "ok"
    statuses = [e["status"] for e in server.log]
    assert 429 in statuses and 502 in statuses
    cuts = {e.get("cut") for e in server.requests("efetch")}
    assert {"xml", "connection"} <= cuts
    assert any(len(e.get("returned", ())) < int(e["params"].get("retmax", 0)) for e in server.requests("efetch"))
    # the raw cache alone rebuilds every record, without the network
    raw = sorted((tmp_path / "data" / "raw" / "efetch").glob("*.xml.gz"))
    assert raw and all(re.fullmatch(rf"{outcome.run_id}-\d{{5}}\.xml\.gz", p.name) for p in raw)
    again = set()
    for p in raw:
        docs, _ = parse_bytes(gzip.decompress(p.read_bytes()), p.name)
        again |= {d.pmid for d in docs}
    assert again == set(server.records)
    run = last_run(tmp_path)
    assert (run.command, run.query, run.datetype, run.status) == ("fetch", "amyotrophic", "edat", "ok")
    assert run.counts["new"] == 120 and run.window_end == datetime.now(timezone.utc).date().isoformat()


def test_tool_and_email_on_every_request_and_history_paging(tmp_path, eutils):
    server = eutils(invent_records(60), rate_limit=False)
    run_fetch(settings(tmp_path, batch_size=20), query="amyotrophic", client=fast_client(server))
    assert server.log and all(e["params"].get("tool") == "litmine" and e["params"].get("email") == EMAIL
                              for e in server.log)
    (search,) = server.requests("esearch")
    assert search["params"]["usehistory"] == "y"
    fetches = server.requests("efetch")
    assert [int(e["params"]["retstart"]) for e in fetches] == [0, 20, 40]
    assert all(e["params"]["webenv"] and e["params"]["query_key"] and "id" not in e["params"] for e in fetches)
    assert len(stored(tmp_path)) == 60


def test_over_the_cap_splits_date_windows_until_complete(tmp_path, eutils):
    recs = invent_records(180, start=date(2020, 1, 1), end=date(2020, 12, 31))
    server = eutils(recs, cap=50, rate_limit=False)
    outcome = run_fetch(settings(tmp_path, batch_size=40), query="amyotrophic", datetype="edat",
                        client=fast_client(server))
    df = stored(tmp_path)
    assert len(df) == 180 and df.pmid.is_unique and outcome.counts.new == 180
    searches = server.requests("esearch")
    assert searches[0]["count"] == 180 and "mindate" not in searches[0]["params"]
    leaves = [e for e in searches if e["count"] <= 50 and "mindate" in e["params"]]
    assert sum(e["count"] for e in leaves) == 180
    assert all(e["params"]["datetype"] == "edat" for e in searches[1:])
    # no efetch reaches past a window's cap
    assert all(int(e["params"].get("retstart", 0)) < 50 for e in server.requests("efetch"))


def test_split_by_publication_date_within_given_window(tmp_path, eutils):
    recs = invent_records(120, start=date(2019, 1, 1), end=date(2021, 12, 31))
    server = eutils(recs, cap=30, rate_limit=False)
    run_fetch(settings(tmp_path), query="amyotrophic", datetype="pdat", mindate="2020", maxdate="2020/12",
              client=fast_client(server))
    expected = {r.pmid for r in recs if date(2020, 1, 1) <= r.pdat <= date(2020, 12, 31)}
    assert len(expected) > 30
    df = stored(tmp_path)
    assert set(df.pmid) == expected and df.pmid.is_unique
    run = last_run(tmp_path)
    assert (run.datetype, run.window_start, run.window_end) == ("pdat", "2020-01-01", "2020-12-31")


def test_since_last_fetches_nothing_again_then_new_and_revised(tmp_path, eutils):
    server = eutils(invent_records(40), rate_limit=False)
    day = date(2025, 3, 10)
    first = run_fetch(settings(tmp_path), query="amyotrophic", since_last=True, client=fast_client(server), today=day)
    assert first.counts.new == 40
    assert last_run(tmp_path).window_end == "2025-03-10"

    before = len(server.requests("efetch"))
    second = run_fetch(settings(tmp_path), query="amyotrophic", since_last=True, client=fast_client(server),
                       today=date(2025, 3, 11))
    assert len(server.requests("efetch")) == before and second.requested == 0
    searches = server.requests("esearch")[-2:]
    assert [(e["params"]["datetype"], e["params"]["mindate"], e["params"]["maxdate"]) for e in searches] == [
        ("edat", "2025/03/09", "2025/03/11"), ("mdat", "2025/03/09", "2025/03/11")]
    run = last_run(tmp_path)
    assert (run.status, run.datetype, run.window_start, run.window_end) == ("ok", "edat+mdat", "2025-03-09",
                                                                           "2025-03-11")

    new = invent_record(39999999, random.Random(3), date(2025, 3, 12))
    server.add(new)
    old = sorted(server.records)[5]
    server.revise(old, date(2025, 3, 12))
    third = run_fetch(settings(tmp_path), query="amyotrophic", since_last=True, client=fast_client(server),
                      today=date(2025, 3, 12))
    assert (third.requested, third.counts.new, third.counts.revised) == (2, 1, 1)
    fetched = [i for e in server.requests("efetch")[before:] for i in e["returned"]]
    assert sorted(fetched) == sorted([new.pmid, old])
    df = stored(tmp_path).set_index("pmid")
    assert len(df) == 41 and df.loc[old, "title"].endswith("(corrected)")


def test_since_last_after_a_fetch_cut_short_by_max_fetches_the_rest(tmp_path, eutils):
    # `--max 5` fetched 5 of 40 records up to today; a later --since-last must not start at today
    # and leave the other 35 behind for good.
    server = eutils(invent_records(40), rate_limit=False)
    cut = run_fetch(settings(tmp_path), query="amyotrophic", limit=5, client=fast_client(server),
                    today=date(2025, 3, 10))
    assert cut.requested == 5
    cut_run = last_run(tmp_path)
    rest = run_fetch(settings(tmp_path), query="amyotrophic", since_last=True, client=fast_client(server),
                     today=date(2025, 3, 11))
    assert (rest.counts.new, rest.counts.unchanged) == (35, 5)  # no complete run before: everything again
    assert cut.left_out == 35 and cut_run.summary["left_out_by_max"] == 35
    assert stored(tmp_path).pmid.is_unique and len(stored(tmp_path)) == 40
    again = run_fetch(settings(tmp_path), query="amyotrophic", since_last=True, client=fast_client(server),
                      today=date(2025, 3, 12))
    assert again.requested == 0 and last_run(tmp_path).window_start == "2025-03-10"


def test_missing_ids_are_asked_again_by_id(tmp_path, eutils):
    server = eutils(invent_records(50), rate_limit=False)
    server.faults.drop_every = 2
    run_fetch(settings(tmp_path, batch_size=10), query="amyotrophic", client=fast_client(server))
    assert len(stored(tmp_path)) == 50
    by_id = [e for e in server.requests("efetch") if "id" in e["params"]]
    assert by_id, "dropped records must be asked for by id"
    dropped = {e["dropped"] for e in server.requests("efetch") if "dropped" in e}
    asked = {i for e in by_id for i in e["params"]["id"].split(",")}
    assert dropped and dropped <= asked


def test_permanent_failure_names_ids_after_saving_the_rest(tmp_path, eutils):
    recs = invent_records(30)
    server = eutils(recs, rate_limit=False)
    lost = {recs[4].pmid, recs[17].pmid}
    server.faults.never = set(lost)
    with pytest.raises(IncompleteFetch) as err:
        run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server))
    assert all(p in str(err.value) for p in lost) and "2 of 30" in str(err.value)
    assert set(stored(tmp_path).pmid) == {r.pmid for r in recs} - lost
    run = last_run(tmp_path)
    assert run.status == "partial" and run.counts["new"] == 28 and all(p in run.error for p in lost)
    assert {p for p, stage, _ in Ledger(tmp_path / "data").failures(run.id)} == lost
    # a partial run is no starting point for --since-last
    assert Ledger(tmp_path / "data").last_successful("fetch", "amyotrophic") is None


def test_pmid_list_is_posted_and_deletions_applied(tmp_path, eutils):
    recs = invent_records(300)
    server = eutils(recs, rate_limit=False)
    server.deleted = {recs[10].pmid}
    listing = tmp_path / "pmids.txt"
    listing.write_text("# wanted\n" + "\n".join(r.pmid for r in recs) + "\n" + recs[3].pmid + "\n\n")
    ids = read_pmids(listing)
    assert len(ids) == 300
    outcome = run_fetch(settings(tmp_path, batch_size=250), pmids=ids, client=fast_client(server))
    (post,) = server.requests("epost")
    assert post["method"] == "POST" and post["ids"] == 300
    assert all(len(e["path"]) < 2000 for e in server.log)
    assert outcome.counts.new == 299 and outcome.counts.deleted == 1
    assert recs[10].pmid not in set(stored(tmp_path).pmid)
    assert [d[0] for d in Ledger(tmp_path / "data").deletions()] == [recs[10].pmid]
    run = last_run(tmp_path)
    assert (run.query, run.status) == (None, "ok")


def test_cli_real_three_per_second_with_retries_and_exit_code(tmp_path, eutils, monkeypatch):
    """The CLI path end to end at NCBI's real keyless limit, the URL taken from LITMINE_EUTILS_URL."""
    recs = invent_records(24)
    server = eutils(recs, rate_limit=True)
    server.faults.fail_every = 6
    server.faults.never = {recs[0].pmid}
    config = tmp_path / "litmine.toml"
    config.write_text(f'[litmine]\nbatch_size = 4\nbuckets = 2\nemail = "{EMAIL}"\n')
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    code = main(["fetch", "--query", "amyotrophic", "--data", str(tmp_path / "data"), "--config", str(config),
                 "--quiet"])
    assert code == 1  # one record never came
    assert len(server.log) >= 10
    assert server.max_per_second() <= 3
    assert not [e for e in server.log if e["status"] == 429]
    assert sum(e["status"] == 502 for e in server.log) >= 1  # retries happened, and counted in the rate
    assert set(stored(tmp_path).pmid) == {r.pmid for r in recs[1:]}
    assert all(e["params"]["tool"] == "litmine" and e["params"]["email"] == EMAIL for e in server.log)


def test_api_key_ten_per_second_and_never_leaked(tmp_path, eutils, caplog):
    recs = invent_records(16)
    server = eutils(recs, rate_limit=True)
    server.faults.never = {recs[2].pmid}
    server.faults.fail_every = 4
    caplog.set_level(logging.DEBUG)
    client = EntrezClient(server.base_url, email=EMAIL, api_key=KEY, retry=FAST)
    assert client.rate == 10.0 and KEY not in repr(client)
    with pytest.raises(IncompleteFetch) as err:
        run_fetch(settings(tmp_path, batch_size=2), query="amyotrophic", client=client)
    assert all(e["params"].get("api_key") == KEY for e in server.log)
    assert server.max_per_second() <= 10 and not [e for e in server.log if e["status"] == 429]

    data = tmp_path / "data"
    assert KEY not in str(err.value) and KEY not in caplog.text
    assert all(KEY not in str(p) for p in data.rglob("*"))
    with sqlite3.connect(data / "ledger.sqlite") as db:
        assert KEY not in repr(db.execute("SELECT * FROM runs").fetchall() + db.execute("SELECT * FROM failures").fetchall())
    for p in data.rglob("*.parquet"):
        if p.is_file():
            assert KEY.encode() not in p.read_bytes()
    # a hard HTTP error names the server but not the key (the key sits in the GET URL)
    with pytest.raises(EntrezError) as err:
        client.call("nosuch.fcgi", {"term": "x"})
    assert "HTTP 404" in str(err.value) and KEY not in str(err.value)
    # and so does a server that cannot be reached
    dead = EntrezClient("http://127.0.0.1:9/entrez/eutils/", email=EMAIL, api_key=KEY,
                        retry=RetryPolicy(max_tries=2, base=0.01, cap=0.01))
    with pytest.raises(EntrezError) as err:
        dead.esearch("als")
    assert "127.0.0.1:9" in str(err.value) and KEY not in str(err.value) and KEY not in caplog.text


def test_limiter_counts_from_a_late_wake_up():
    """A thread woken late (a loaded machine) must not let the next requests catch up with it."""
    t = [0.0]
    late = iter([0.15])  # the first wait overshoots by 150 ms, the others are punctual

    def sleep(d):
        t[0] += d + next(late, 0.0)

    limiter = RateLimiter(clock=lambda: t[0], sleep=sleep)
    released = []
    for _ in range(8):
        limiter.acquire(3.0)
        released.append(t[0])
    assert released[1] == pytest.approx(1.1 / 3 + 0.15)
    assert all(b - a >= 1.1 / 3 - 1e-9 for a, b in zip(released, released[1:]))
    # NCBI's counter: no 1-s window (inclusive ends) may hold a 4th request
    assert all(released[i + 3] - released[i] > 1.0 for i in range(len(released) - 3))


def test_limiter_is_shared_across_threads_and_clients(eutils):
    server = eutils(invent_records(5), rate_limit=False)

    def work():
        client = EntrezClient(server.base_url, email=EMAIL, rate=20.0, retry=FAST)
        for _ in range(12):
            client.esearch("amyotrophic", retmax=0)
    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(server.log) == 36
    assert server.max_per_second() <= 20  # three clients at 20/s each would reach ~60


def test_request_goes_to_ncbi_by_default_and_to_the_override_otherwise():
    default = EntrezClient(email=EMAIL).build_request("esearch.fcgi", {"term": "als"})
    assert default.full_url.startswith(NCBI_EUTILS + "esearch.fcgi?")
    assert "tool=litmine" in default.full_url and "email=curator%40example.org" in default.full_url
    other = EntrezClient("http://mirror.example:8080/eutils", email=EMAIL).build_request(
        "efetch.fcgi", {"id": [str(i) for i in range(30000000, 30000300)]})
    assert other.full_url == "http://mirror.example:8080/eutils/efetch.fcgi" and other.method == "POST"
    assert Settings().eutils_url == NCBI_EUTILS
    with pytest.raises(ValueError, match="e-mail"):
        EntrezClient(email=None)


def test_scrub_masks_the_key_everywhere():
    url = f"https://x/efetch.fcgi?db=pubmed&api_key={KEY}&tool=litmine"
    assert KEY not in scrub(url, None) and "api_key=***" in scrub(url, None)
    assert scrub(f"failed with {KEY}", KEY) == "failed with ***"


def test_pmid_list_that_is_a_folder_or_not_text_is_one_line_naming_it(tmp_path, caplog):
    (tmp_path / "binary.txt").write_bytes(b"300\xea\xff01\n")
    for given in (tmp_path, tmp_path / "binary.txt"):
        assert main(["fetch", "--pmids", str(given), "--data", str(tmp_path / "data"), "--quiet"]) == 2
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
        assert errors[-1].startswith(f"--pmids {given}: cannot read a PMID list: ") and "\n" not in errors[-1]


def test_pmid_file_errors_name_the_line_and_flags_conflict(tmp_path):
    bad = tmp_path / "ids.txt"
    bad.write_text("30000001\nPMC123\n")
    with pytest.raises(ValueError, match=r"ids.txt:2: not a PMID: 'PMC123'"):
        read_pmids(bad)
    for wrong in ("0000", "\uff13\uff10\uff10", "12\u00b3"):   # zero; full-width and superscript digits
        bad.write_text(f"30000001\n{wrong}\n", encoding="utf-8")
        with pytest.raises(ValueError, match=f"ids.txt:2: not a PMID: '{wrong}'"):
            read_pmids(bad)
    with pytest.raises(ValueError, match="--mindate 2024 is after --maxdate 2020/06"):
        run_fetch(settings(tmp_path), query="x", mindate="2024", maxdate="2020/06",
                  client=EntrezClient("http://127.0.0.1:9/", email=EMAIL))
    assert Ledger(tmp_path / "data").recent(1) == []   # refused before a run is recorded
    with pytest.raises(ValueError, match="--pmids"):
        run_fetch(settings(tmp_path), pmids=["1"], since_last=True,
                  client=EntrezClient("http://127.0.0.1:9/", email=EMAIL))


def test_nothing_to_fetch_is_said_in_words_not_an_empty_bar(tmp_path, eutils, monkeypatch, capsys, caplog):
    """A fetch that finds nothing new printed an empty progress bar (`fetch: 0rec [00:00, ?rec/s]`)."""
    server = eutils(invent_records(6), rate_limit=False)
    config = tmp_path / "litmine.toml"
    config.write_text(f'[litmine]\nbuckets = 2\nemail = "{EMAIL}"\n')
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    caplog.set_level(logging.INFO)
    argv = ["fetch", "--query", "amyotrophic", "--since-last", "--data", str(tmp_path / "data"), "--config", str(config)]
    assert main(argv) == 0 and "6/6" in capsys.readouterr().err  # not --quiet: the bar shows
    caplog.clear()
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "rec" not in err and "fetch:" not in err, err
    assert "nothing new to fetch: no record new or revised since" in caplog.text
    # the two searches of --since-last say which date each searched
    assert "(edat): 0 records to fetch" in caplog.text and "(mdat): 0 records to fetch" in caplog.text
    caplog.clear()
    assert main(["fetch", "--query", "zyxwvut", "--data", str(tmp_path / "data"), "--config", str(config)]) == 0
    assert "nothing new to fetch: the search found no records" in caplog.text and "rec" not in capsys.readouterr().err


def test_ctrl_c_during_a_fetch_is_recorded_interrupted(tmp_path, eutils, monkeypatch, caplog):
    import pipeline.fetch.fetcher

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    server = eutils(invent_records(6), rate_limit=False)
    config = tmp_path / "litmine.toml"
    config.write_text(f'[litmine]\nbuckets = 2\nemail = "{EMAIL}"\n')
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    monkeypatch.setattr(pipeline.fetch.fetcher._Job, "fetch_source", ctrl_c)
    assert main(["fetch", "--query", "amyotrophic", "--data", str(tmp_path / "data"), "--config", str(config),
                 "--quiet"]) == 130
    run = last_run(tmp_path)
    assert (run.command, run.status, run.error) == ("fetch", "interrupted", "interrupted")
