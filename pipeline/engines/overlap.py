"""Keeping workers busy while the caller commits: partitions submitted ahead, results in order.

Both pooled engines hand out a partition as chunks and the caller publishes each partition's
result in one store transaction. Waiting for a partition and then committing it before the
next is submitted leaves every worker idle during the commit and at the partition's tail
(the last chunk runs while the other workers have nothing). Here the next `ahead` partitions
are already submitted while the current one is waited on and committed, so workers go
straight on; memory stays bounded by `ahead + 1` partitions of rows and results.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from pipeline.engines.annotate import PartitionResult

H = TypeVar("H")


def chunked(rows: list[dict], chunk_size: int, workers: int) -> list[list[dict]]:
    """Chunks of at most `chunk_size` rows, and at least `workers` chunks when there are enough
    rows, so a small partition still spreads over every worker."""
    if not rows:
        return []
    per_worker = -(-len(rows) // max(1, workers))
    size = max(1, min(chunk_size, per_worker))
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def in_order(partitions: Iterable[list[dict]], submit: Callable[[list[dict]], H],
             collect: Callable[[H], PartitionResult], ahead: int = 1) -> Iterator[tuple[list[dict], PartitionResult]]:
    """Yield (rows, result) in input order; up to `ahead` later partitions are submitted first."""
    queue: deque[tuple[list[dict], H]] = deque()
    for rows in partitions:
        queue.append((rows, submit(rows)))
        if len(queue) > ahead:
            rows0, handle = queue.popleft()
            yield rows0, collect(handle)
    while queue:
        rows0, handle = queue.popleft()
        yield rows0, collect(handle)


def merge(parts: Iterable[PartitionResult]) -> PartitionResult:
    out = PartitionResult()
    for part in parts:
        out.extend(part)
    return out
