"""What E-utilities errors cost: a request NCBI refuses is sent once, passing trouble is retried.

Against the local E-utilities server (tests/eutils_server.py), which answers like NCBI: <ERROR>
texts with HTTP 200, HTTP 400 with a JSON body for an unknown API key, <ErrorList>/<WarningList>
in esearch answers.
"""
from __future__ import annotations

import logging

import pytest

from eutils_server import _cap_error, eutils, invent_records  # noqa: F401  (eutils is a fixture)
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.fetch.entrez import EntrezClient, EntrezError, EntrezRequestError, RetryPolicy
from pipeline.fetch.fetcher import IncompleteFetch, run_fetch
from pipeline.store.ledger import Ledger

EMAIL = "curator@example.org"
KEY = "k3y-5ecret-0123456789abcdef"
FAST = RetryPolicy(max_tries=8, base=0.01, cap=0.05)


def fast_client(server, **kw) -> EntrezClient:
    return EntrezClient(server.base_url, **{"email": EMAIL, "rate": 200.0, "retry": FAST, "seed": 1, **kw})


def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", email=EMAIL, quiet=True, buckets=2)


def test_refused_search_is_sent_once_and_names_the_request(tmp_path, eutils):
    server = eutils(invent_records(10), rate_limit=False)
    server.faults.error = _cap_error(9999)  # "... 'retstart' cannot be larger than 9998 ..."
    with pytest.raises(EntrezRequestError) as err:
        run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server))
    message = str(err.value)
    assert len(server.requests("esearch")) == 1
    assert "cannot be larger than 9998" in message  # NCBI's own words
    assert "esearch (db=pubmed, term 'amyotrophic')" in message and "not retried: narrow the query" in message
    assert EMAIL not in message
    run = Ledger(tmp_path / "data").recent(1)[0]
    assert run.status == "failed" and "cannot be larger than" in run.error


def test_refused_efetch_costs_one_request_per_round(tmp_path, eutils):
    recs = invent_records(6)
    server = eutils(recs, rate_limit=False)
    server.faults.error, server.faults.error_on = f"Invalid uid {recs[0].pmid}x at position=0", "efetch"
    with pytest.raises(IncompleteFetch) as err:
        run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server))
    # the history batch once, then the 3 rounds by id once each: 4 requests, not 4 x 8
    assert len(server.requests("efetch")) == 4
    assert "Invalid uid" in str(err.value) and "6 of 6" in str(err.value)


@pytest.mark.parametrize("endpoint, text", [
    ("esearch", "Search Backend failed: Database is not supported: pubmed"),
    ("esearch", "Invalid db name specified: pubmed"),
    ("efetch", "Unable to obtain query #1"),
])
def test_passing_ncbi_trouble_is_still_retried(tmp_path, eutils, endpoint, text):
    server = eutils(invent_records(12), rate_limit=False)
    server.faults.error, server.faults.error_on, server.faults.error_times = text, endpoint, 2
    outcome = run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server))
    assert outcome.counts.new == 12 and outcome.status == "ok"
    assert sum(e.get("error") == text for e in server.requests(endpoint)) == 2


def test_request_timeout_status_is_retried(tmp_path, eutils):
    server = eutils(invent_records(12), rate_limit=False)
    server.faults.fail_every, server.faults.fail_status = 2, 408
    outcome = run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server))
    assert outcome.counts.new == 12 and any(e["status"] == 408 for e in server.log)
    # each batch came on a retry of its own request, not from the fetcher's fallback by id
    assert not [e for e in server.requests("efetch") if "id" in e["params"]]


def test_invalid_api_key_fails_at_once_with_advice(tmp_path, eutils, caplog):
    server = eutils(invent_records(5), rate_limit=False, valid_keys={"a-key-ncbi-issued"})
    with pytest.raises(EntrezRequestError) as err:
        run_fetch(settings(tmp_path), query="amyotrophic", client=fast_client(server, api_key=KEY))
    message = str(err.value)
    assert len(server.log) == 1
    assert "API key invalid" in message and "check NCBI_API_KEY" in message
    assert KEY not in message and KEY not in caplog.text  # NCBI quotes the key back in its body


def test_cli_fetch_and_run_refused_key_exit_2_on_one_line(tmp_path, eutils, monkeypatch, caplog):
    server = eutils(invent_records(5), rate_limit=False, valid_keys={"a-key-ncbi-issued"})
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    monkeypatch.setenv("NCBI_EMAIL", EMAIL)
    monkeypatch.setenv("NCBI_API_KEY", KEY)
    data = str(tmp_path / "data")
    assert main(["fetch", "--query", "amyotrophic", "--data", data, "--quiet"]) == 2
    assert main(["run", "--query", "amyotrophic", "--data", data, "--quiet"]) == 2  # no traceback
    assert len(server.log) == 2
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and all("fetch failed: esearch" in e and "check NCBI_API_KEY" in e for e in errors)
    assert KEY not in caplog.text
    assert [r.status for r in Ledger(tmp_path / "data").recent(3)] == ["failed", "failed", "failed"]


def test_cli_run_gives_up_on_an_outage_with_exit_1(tmp_path, eutils, monkeypatch, caplog):
    server = eutils(invent_records(5), rate_limit=False)
    server.faults.error = "Search Backend failed: Unable to open connection to the query server"
    config = tmp_path / "litmine.toml"
    config.write_text(f'[litmine]\nmax_tries = 2\nemail = "{EMAIL}"\n')
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    assert main(["run", "--query", "amyotrophic", "--data", str(tmp_path / "data"), "--config", str(config),
                 "--quiet"]) == 1
    assert len(server.log) == 2
    assert "failed after 2 tries" in caplog.text and "Unable to open connection" in caplog.text


def test_query_matching_nothing_is_zero_records_not_an_error(tmp_path, eutils, caplog):
    server = eutils(invent_records(10), rate_limit=False)
    caplog.set_level(logging.INFO)
    outcome = run_fetch(settings(tmp_path), query="amyotrophic AND zyxwvut", client=fast_client(server))
    assert (outcome.status, outcome.requested, len(server.log)) == ("ok", 0, 1)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warned == ["esearch: no PubMed record matches 'amyotrophic AND zyxwvut' (no record holds 'zyxwvut'):"
                      " 0 records to fetch"]


def test_unknown_field_tag_warns_and_the_search_goes_on(tmp_path, eutils, caplog):
    server = eutils(invent_records(10), rate_limit=False)
    outcome = run_fetch(settings(tmp_path), query="amyotrophic[tiabx]", client=fast_client(server))
    assert outcome.counts.new == 10
    assert "PubMed knows no field tag [tiabx] in 'amyotrophic[tiabx]'" in caplog.text


def test_blank_query_is_refused_before_any_request(tmp_path, eutils):
    server = eutils(invent_records(3), rate_limit=False)
    with pytest.raises(ValueError, match="the query is empty"):
        run_fetch(settings(tmp_path), query="  ", client=fast_client(server))
    assert server.log == []


def test_exhausted_retries_are_not_a_refusal(eutils):
    server = eutils(invent_records(3), rate_limit=False)
    server.faults.fail_every = 1
    with pytest.raises(EntrezError) as err:
        fast_client(server, retry=RetryPolicy(max_tries=3, base=0.01, cap=0.01)).esearch("amyotrophic")
    assert not isinstance(err.value, EntrezRequestError) and len(server.log) == 3


@pytest.mark.parametrize("flag,value,why", [("--mindate", "2015/13", "month must be in 1..12"),
                                            ("--maxdate", "2020/02/30", "day is out of range"),
                                            ("--mindate", "last year", "expected YYYY")])
def test_cli_bad_date_names_the_flag_and_sends_nothing(tmp_path, eutils, monkeypatch, caplog, flag, value, why):
    server = eutils(invent_records(3), rate_limit=False)
    monkeypatch.setenv("LITMINE_EUTILS_URL", server.base_url)
    monkeypatch.setenv("NCBI_EMAIL", EMAIL)
    assert main(["fetch", "--query", "amyotrophic", flag, value, "--data", str(tmp_path / "data"), "--quiet"]) == 2
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and f"{flag}: not a date: {value!r}" in errors[0] and why in errors[0], errors
    assert server.log == []
