"""JSON lines files (gold, annotations, corpus records): one reader, whose errors name file and line."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path


def read_jsonl(path: str | Path, require: str | None = None, what: str = "record",
               check: Callable[[dict], str | None] | None = None) -> Iterator[dict]:
    """The JSON values of a .jsonl file (blank lines skipped); a bad line is an error naming file and line.
    With `require`, each must be a JSON object holding that key (else: `not a <what>`); `check` returns
    what else is wrong with a record, if anything."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
                if require is not None and (not isinstance(rec, dict) or require not in rec):
                    raise ValueError(f"{path}:{n}: not a {what} (expected a JSON object with a \"{require}\")")
                problem = check(rec) if check is not None else None
                if problem:
                    raise ValueError(f"{path}:{n}: {what} {rec.get('pmid', '')}: {problem}")
                yield rec
