"""Clause scope: the tokens between the nearest clause breaks around a relation's two arguments.

Separate because it needs no lexicon beyond its break words and is used on its own (relations asks
for each candidate's clause through `ClauseIndex`, then hands the span to the effect and hedge readers).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

CLAUSE_BREAKS = frozenset({";", "whereas", "while", "but", "although", "though", "however", "except"})
# breaks that set a second subject against the first: `A reduced X, whereas B did not`
CONTRAST_BREAKS = frozenset({";", "whereas", "while", "but"})
# words that open a subordinate clause (`Although A might do B, C did D`)
SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "if", "because", "since"})


def _aside(toks: Sequence[str], i: int) -> bool:
    """`Survival, however, was not prolonged`: a connective set off by commas inside a clause, no break;
    `survival (hazard ratio 0.96; 95% CI 0.70-1.31) or ALSFRS-R`: statistics after a semicolon in brackets, no break."""
    if toks[i] == ";":
        return _bracketed(toks, i) and _statistic(toks, i + 1)
    return toks[i] in ("however", "though") and 0 < i < len(toks) - 1 and toks[i - 1] == "," and toks[i + 1] == ","


STATISTIC_WORDS = frozenset({"p", "ci", "hr", "rr", "n", "95", "95%", "range", "iqr", "sd", "se", "median",
                             "mean", "odds", "hazard", "relative", "difference"})


def _statistic(toks: Sequence[str], i: int) -> bool:
    """toks[i] opens a statistic (`95% CI ...`, `p = 0.04`, `0.70-1.31`), not another listed name."""
    return i < len(toks) and (toks[i][:1].isdigit() or toks[i].lower() in STATISTIC_WORDS)


def _bracketed(toks: Sequence[str], i: int, reach: int = 30) -> bool:
    """toks[i] stands inside a pair of round brackets (opened and closed within `reach` tokens)."""
    opened = next((k for k in range(i - 1, max(-1, i - reach - 1), -1) if toks[k] in ("(", ")")), None)
    if opened is None or toks[opened] != "(":
        return False
    closed = next((k for k in range(i + 1, min(len(toks), i + reach + 1)) if toks[k] in ("(", ")", ".")), None)
    return closed is not None and toks[closed] == ")"


def clause_scope(toks: Sequence[str], lo: int, hi: int) -> tuple[int, int]:
    """The clause around tokens lo..hi (exclusive hi): widened to the nearest clause breaks.

    A clause opened by a subordinator (`Although A might do B, C did D`) ends at its comma.
    """
    start = lo
    while start > 0 and (toks[start - 1] not in CLAUSE_BREAKS and toks[start - 1] not in SUBORDINATORS
                         or _aside(toks, start - 1)):
        start -= 1
    end = hi
    while end < len(toks) and (toks[end] not in CLAUSE_BREAKS or _aside(toks, end)):
        end += 1
    opened = start > 0 and toks[start - 1] in SUBORDINATORS
    if opened:
        comma = next((i for i in range(start, len(toks)) if toks[i] == ","), None)
        return _cut_at_comma(start, end, comma, lo, hi)
    return start, end


def _cut_at_comma(start: int, end: int, comma: int | None, lo: int, hi: int) -> tuple[int, int]:
    """A clause start..end that a subordinator opens, cut at its first comma: after the comma when the
    pair lo..hi lies there (the main clause), before it when the pair lies in the subordinate clause."""
    if comma is not None and comma < lo:
        # our pair lies after the subordinate clause: the main clause starts after its comma
        return comma + 1, end
    if comma is not None and comma >= hi:
        return start, min(end, comma)
    return start, end


class ClauseIndex:
    """clause_scope for many pairs of one segment: the break positions found once, then bisected
    (walking token by token from every pair cost more than the features it feeds)."""

    def __init__(self, toks: Sequence[str]):
        self.n = len(toks)
        self.opens = [i for i, t in enumerate(toks) if (t in CLAUSE_BREAKS or t in SUBORDINATORS) and not _aside(toks, i)]
        self.breaks = [i for i in self.opens if toks[i] in CLAUSE_BREAKS]
        self.subordinator = {i for i in self.opens if toks[i] in SUBORDINATORS}
        self.commas = [i for i, t in enumerate(toks) if t == ","]

    def scope(self, lo: int, hi: int) -> tuple[int, int]:
        """Exactly clause_scope(toks, lo, hi)."""
        k = bisect.bisect_left(self.opens, lo) - 1          # the last opener before lo
        start = self.opens[k] + 1 if k >= 0 else 0
        k = bisect.bisect_left(self.breaks, hi)             # the first break at or after hi
        end = self.breaks[k] if k < len(self.breaks) else self.n
        if start > 0 and start - 1 in self.subordinator:
            k = bisect.bisect_left(self.commas, start)
            comma = self.commas[k] if k < len(self.commas) else None
            return _cut_at_comma(start, end, comma, lo, hi)
        return start, end
