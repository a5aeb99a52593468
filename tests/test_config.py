from pathlib import Path

import pytest

from pipeline.config import NCBI_EUTILS, Settings, load_settings


def test_defaults_without_file_or_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(env={})
    assert s.data_dir == Path("data") and s.eutils_url == NCBI_EUTILS and s.api_key is None
    assert s.requests_per_second == 3.0


def test_precedence_file_env_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "litmine.toml").write_text('[litmine]\ndata_dir = "fromfile"\nemail = "file@x.org"\nbatch_size = 100\n')
    s = load_settings(env={"NCBI_EMAIL": "env@x.org", "NCBI_API_KEY": "secret", "LITMINE_EUTILS_URL": "http://127.0.0.1:1/"})
    assert s.data_dir == Path("fromfile") and s.email == "env@x.org" and s.batch_size == 100
    assert s.eutils_url == "http://127.0.0.1:1/" and s.requests_per_second == 10.0
    assert "secret" not in repr(s)
    s2 = s.with_overrides(data_dir="flag", email=None, api_key="ignored")
    assert s2.data_dir == Path("flag") and s2.email == "env@x.org" and s2.api_key == "secret"


def test_api_key_refused_in_file(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('api_key = "abc"\n')
    with pytest.raises(ValueError, match="NCBI_API_KEY"):
        load_settings(cfg, env={})


# helper DU
def test_invalid_toml_names_the_file(tmp_path):
    cfg = tmp_path / "litmine.toml"
    cfg.write_text("partition_size = \n")
    with pytest.raises(ValueError, match=r"litmine.toml: not valid TOML \(Invalid value"):
        load_settings(cfg, env={})


# --- lead (s25): counts and the engine are checked where settings are made --------------------------------------
@pytest.mark.parametrize("name, value", [("workers", 0), ("workers", -1), ("batch_size", 0), ("buckets", 0),
                                         ("partition_size", -5), ("max_tries", 0), ("workers", "2")])
def test_settings_refuse_counts_below_one(name, value):
    with pytest.raises(ValueError, match=name):
        Settings(**{name: value})


def test_cli_workers_zero_is_an_error_naming_it(tmp_path, caplog):
    from pipeline.cli import main

    assert main(["extract", "--data", str(tmp_path / "d"), "--workers", "0"]) == 2
    assert "workers must be a whole number of at least 1, got 0" in caplog.text


def test_toml_engine_typo_is_an_error(tmp_path):
    cfg = tmp_path / "litmine.toml"
    cfg.write_text('[litmine]\nengine = "dusk"\n')
    with pytest.raises(ValueError, match="engine must be 'local' or 'dask'"):
        load_settings(cfg, env={})


# --- helper EB (s26): README promises bad settings as one line and exit 2, never a traceback ---------------------
def test_cli_unknown_model_is_a_setting_error(tmp_path, caplog):
    from pipeline.cli import main

    data = str(tmp_path / "d")
    fixture = Path(__file__).parent / "fixtures" / "pubmed" / "pubmed99n0001.xml"
    assert main(["ingest", str(fixture), "--data", data, "--quiet"]) == 0
    assert main(["extract", "--data", data, "--workers", "1", "--quiet", "--model", "no_such_pipeline_eb"]) == 2
    assert "model 'no_such_pipeline_eb' (--model, or `model` in litmine.toml) could not be loaded" in caplog.text


def test_toml_datetype_typo_is_an_error(tmp_path):
    cfg = tmp_path / "litmine.toml"
    cfg.write_text('[litmine]\ndatetype = "pubdate"\n')
    with pytest.raises(ValueError, match="datetype must be 'edat', 'mdat' or 'pdat', got 'pubdate'"):
        load_settings(cfg, env={})


def test_every_command_help_shows_examples(capsys):
    """README: `litmine COMMAND --help` shows all flags with examples."""
    from pipeline.cli import main

    for command in ("fetch", "ingest", "extract", "run", "evaluate", "train", "status"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert f"examples:\n  litmine {command}" in out, command
        # and opens with what the command does: argparse shows a subcommand's `help` only in the list
        summary = next(a.help for a in main_parser_commands() if a.dest == command)
        assert out.split("\n\n")[1].startswith(summary[0].upper() + summary[1:]), command


def main_parser_commands():
    from pipeline.cli import build_parser

    parser = build_parser()
    return next(a for a in parser._actions if a.dest == "command")._choices_actions


@pytest.mark.parametrize("url", ["notaurl", "ftp://mirror.example.org/eutils/", "http://[::1"])
def test_eutils_url_that_is_no_http_url_is_refused_without_quoting_the_key(tmp_path, monkeypatch, caplog, url):
    from pipeline.cli import main

    key = "k3y-never-to-be-seen-0123456789"
    monkeypatch.setenv("NCBI_API_KEY", key)
    monkeypatch.setenv("NCBI_EMAIL", "curator@example.org")
    assert main(["fetch", "--query", "stem cells", "--eutils-url", url, "--data", str(tmp_path / "data"),
                 "--quiet"]) == 2
    assert "must be an http:// or https:// URL" in caplog.text and key not in caplog.text


@pytest.mark.parametrize("line, message", [
    ("data_dir = 5", "data_dir must be a string (in quotes), got 5"),
    ('query = ["ALS", "MSC"]', "query must be a string (in quotes), got ['ALS', 'MSC']"),
    ("email = 5", "email must be a string (in quotes), got 5"),
    ('quiet = "yes"', "quiet must be true or false, got 'yes'"),
    ('workers = "2"', "workers must be a whole number (no quotes), got '2'"),
])
def test_toml_value_of_the_wrong_type_is_named(tmp_path, caplog, line, message):
    from pipeline.cli import main

    cfg = tmp_path / "litmine.toml"
    cfg.write_text(f"[litmine]\n{line}\n")
    assert main(["status", "--config", str(cfg), "--data", str(tmp_path / "data")]) == 2
    assert f"{cfg}: {message}" in caplog.text


def test_workers_help_names_both_engines(capsys):
    """--workers sizes dask's LocalCluster as well (README, Engines); its help said "for the local engine"."""
    from pipeline.cli import main

    for command in ("extract", "run"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        flat = " ".join(capsys.readouterr().out.split())
        assert "--workers N worker processes: the local engine's pool or dask's LocalCluster" in flat, command
