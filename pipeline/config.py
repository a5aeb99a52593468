"""Settings: defaults < TOML config file < environment < command-line flags.

The NCBI API key is read from the environment only (`NCBI_API_KEY`), never from a file
or a flag, so it cannot end up in a committed config, a shell history or the ledger.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

NCBI_EUTILS = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"

# The mission's topic: mesenchymal / umbilical-cord stem cells and ALS / motor neuron disease.
DEFAULT_QUERY = (
    '("mesenchymal stem cells"[tiab] OR "mesenchymal stromal cells"[tiab] OR MSC[tiab] OR MSCs[tiab]'
    ' OR "umbilical cord"[tiab] OR "Wharton\'s jelly"[tiab] OR "stem cell"[tiab] OR "stem cells"[tiab]'
    ' OR "neurotrophic factor"[tiab] OR "neurotrophic factors"[tiab])'
    ' AND ("amyotrophic lateral sclerosis"[tiab] OR ALS[tiab] OR "motor neuron disease"[tiab]'
    ' OR "motor neurone disease"[tiab])'
)

CONFIG_NAMES = ("litmine.toml",)
TEXT_SETTINGS = frozenset({"data_dir", "eutils_url", "email", "tool", "query", "datetype", "model", "engine",
                           "scheduler"})
COUNT_SETTINGS = frozenset({"workers", "batch_size", "max_tries", "buckets", "partition_size"})


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    eutils_url: str = NCBI_EUTILS
    email: str | None = None
    tool: str = "litmine"
    api_key: str | None = field(default=None, repr=False)  # environment only
    query: str = DEFAULT_QUERY
    datetype: str = "edat"
    batch_size: int = 250          # efetch records per request ("a few hundred")
    max_tries: int = 8             # attempts per E-utilities request, retries included
    model: str | None = None       # an installed scispaCy/spaCy pipeline to build on; None: our own
    workers: int = max(1, os.cpu_count() or 1)
    engine: str = "local"          # local | dask
    scheduler: str | None = None   # dask scheduler address; None: a LocalCluster
    buckets: int = 16              # Parquet files per table (rows are bucketed by pmid)
    partition_size: int = 2000     # documents per store transaction when ingesting and extracting
    quiet: bool = False

    def __post_init__(self) -> None:
        # `--workers 0` or `buckets = 0` in litmine.toml would otherwise be taken as 1 or fail far from the cause
        for name in ("workers", "batch_size", "max_tries", "buckets", "partition_size"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")
        if self.engine not in ("local", "dask"):
            raise ValueError(f"engine must be 'local' or 'dask', got {self.engine!r}")
        # the --datetype flag has these choices; the TOML key would otherwise reach NCBI unchecked
        if self.datetype not in ("edat", "mdat", "pdat"):
            raise ValueError(f"datetype must be 'edat', 'mdat' or 'pdat', got {self.datetype!r}")
        # urllib's own error for a URL it cannot send quotes the whole request, API key included
        try:
            url = urlsplit(self.eutils_url)
        except ValueError:
            url = None
        if url is None or url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError("the E-utilities URL (--eutils-url, LITMINE_EUTILS_URL, eutils_url) must be an"
                             f" http:// or https:// URL, got {self.eutils_url!r}")

    @property
    def requests_per_second(self) -> float:
        return 10.0 if self.api_key else 3.0

    def with_overrides(self, **values: Any) -> "Settings":
        """Apply command-line values; None means "not given" and keeps the current value."""
        known = {f.name for f in fields(self)}
        given = {k: v for k, v in values.items() if k in known and v is not None and k != "api_key"}
        if "data_dir" in given:
            given["data_dir"] = Path(given["data_dir"])
        return replace(self, **given)


def find_config(explicit: str | os.PathLike | None = None) -> Path | None:
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise FileNotFoundError(f"config file not found: {path}")
        return path
    if os.environ.get("LITMINE_CONFIG"):
        return find_config(os.environ["LITMINE_CONFIG"])
    for name in CONFIG_NAMES:
        if Path(name).is_file():
            return Path(name)
    return None


def load_settings(config: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = find_config(config)
    if path is not None:
        with open(path, "rb") as fh:
            try:
                raw = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{path}: not valid TOML ({exc})") from None
        section = raw.get("litmine", raw)
        known = {f.name for f in fields(Settings)} - {"api_key"}
        unknown = set(section) - known
        if "api_key" in section:
            raise ValueError(f"{path}: api_key is read from the NCBI_API_KEY environment variable only")
        if unknown:
            raise ValueError(f"{path}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
        for key, value in section.items():  # TOML has types: a wrong one would fail far from here
            if key in TEXT_SETTINGS and not isinstance(value, str):
                raise ValueError(f"{path}: {key} must be a string (in quotes), got {value!r}")
            if key in COUNT_SETTINGS and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"{path}: {key} must be a whole number (no quotes), got {value!r}")
            if key == "quiet" and not isinstance(value, bool):
                raise ValueError(f"{path}: quiet must be true or false, got {value!r}")
        values.update(section)
    if env.get("NCBI_EMAIL"):
        values["email"] = env["NCBI_EMAIL"]
    if env.get("LITMINE_EUTILS_URL"):
        values["eutils_url"] = env["LITMINE_EUTILS_URL"]
    if env.get("LITMINE_DATA"):
        values["data_dir"] = env["LITMINE_DATA"]
    if env.get("NCBI_API_KEY"):
        values["api_key"] = env["NCBI_API_KEY"]
    if "data_dir" in values:
        values["data_dir"] = Path(values["data_dir"])
    return Settings(**values)
