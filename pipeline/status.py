"""What `litmine status` prints: the tables' sizes and the recent runs of the ledger."""
from __future__ import annotations

import json

from pipeline.config import Settings
from pipeline.schema import TABLES
from pipeline.store.ledger import Ledger
from pipeline.store.tables import Store


def _short(text: str, width: int = 72) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _window(start: str | None, end: str | None, datetype: str | None) -> str:
    """A fetch's date window in words; a fetch without --mindate has no start (from the beginning)."""
    by = f" ({datetype})" if datetype else ""
    if start and end:
        return f" window {start} to {end}{by}"
    if end:
        return f" window up to {end}{by}"
    return f" window from {start}{by}" if start else ""


def status_report(settings: Settings, limit: int = 20) -> str:
    if not settings.data_dir.exists():  # a mistyped --data reads as "no such folder", not as empty tables
        return (f"data folder: {settings.data_dir}  (no such folder: nothing was fetched or ingested there;"
                " check --data or LITMINE_DATA)")
    store = Store(settings.data_dir, settings.buckets)
    lines = [f"data folder: {settings.data_dir}  (snapshot v{store.version()})", ""]
    lines.append("table          rows")
    for table in TABLES:
        lines.append(f"{table:<14} {store.count(table):>8,}")
    runs = Ledger(settings.data_dir).recent(limit, live=True) if (settings.data_dir / "ledger.sqlite").exists() else []
    lines += ["", f"recent runs ({len(runs)}):"]
    if not runs:
        lines.append("  none yet")
    for r in runs:
        window = _window(r.window_start, r.window_end, r.datetype)
        query = f" query={_short(r.query)!r}" if r.query else ""
        lines.append(f"  #{r.id} {r.command:<8} {r.status:<8} {r.started} -> {r.ended or '…'}{query}{window}")
        if r.counts:
            lines.append(f"      counts: {json.dumps(r.counts, sort_keys=True)}")
        if r.summary:
            lines.append(f"      summary: {json.dumps(r.summary, sort_keys=True)}")
        if r.error:
            lines.append(f"      error: {r.error}")
    return "\n".join(lines)
