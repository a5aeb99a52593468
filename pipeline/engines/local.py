"""The local engine: the pipeline in this process (workers=1) or in a pool of processes.

Each pool process builds the pipeline once, in its initializer, and keeps it for every task
it runs: that per-process pipeline is the only state here, and it lives in worker processes.
"""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language

from pipeline.engines.annotate import PartitionResult, annotate_rows
from pipeline.engines.spec import PipelineSpec

_worker_nlp: Language | None = None
_worker_version: str | None = None


def _init_worker(spec: PipelineSpec) -> None:
    global _worker_nlp, _worker_version
    _worker_nlp = spec.build()
    _worker_version = spec.version


def _run_chunk(rows: list[dict]) -> PartitionResult:
    assert _worker_nlp is not None and _worker_version is not None
    return annotate_rows(_worker_nlp, rows, _worker_version)


class LocalEngine:
    def __init__(self, spec: PipelineSpec, workers: int = 1, chunk_size: int = 100):
        self.spec = spec
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self._nlp: Language | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "LocalEngine":
        if self.workers == 1:
            self._nlp = self.spec.build()
        else:
            # spawn: workers start clean (no inherited locks or threads) and build their own pipeline
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_init_worker, initargs=(self.spec,))
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map_partitions(self, partitions: Iterable[list[dict]]) -> Iterator[tuple[list[dict], PartitionResult]]:
        """Yield (partition, result) in order; within a partition, chunks run in parallel."""
        for rows in partitions:
            if self._pool is None:
                assert self._nlp is not None
                yield rows, annotate_rows(self._nlp, rows, self.spec.version)
                continue
            chunks = [rows[i:i + self.chunk_size] for i in range(0, len(rows), self.chunk_size)]
            result = PartitionResult()
            for part in self._pool.map(_run_chunk, chunks):
                result.extend(part)
            yield rows, result
