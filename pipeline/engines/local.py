"""The local engine: the pipeline in this process (workers=1) or in a pool of processes.

workers=1 builds the pipeline here and runs it in this process. workers>1 starts a pool:

- "fork" (the default where the platform has it): the pipeline is built once, here, and the
  pool is forked from this process, so every worker starts with it already in memory (shared
  copy-on-write) instead of importing spaCy and building its own (~3 CPU-s per worker, measured
  on 2 cores: more than a quarter of the run for a few thousand abstracts). The pool is forked
  before any work is queued (no executor thread exists yet) and the workers only run spaCy and
  our components on plain dicts; the parent's other threads (Arrow's I/O and CPU pools, which
  re-initialise themselves after fork) are not used by the workers.
- "spawn" / "forkserver": each worker imports and builds the pipeline in its initializer (clean
  processes; the choice on platforms without a safe fork). All are started at once, so their
  builds overlap with each other and with the parent reading the first partition.

Partitions run through `overlap.in_order`: the next partition is queued before the current one
is returned to the caller, so workers keep going while the caller commits.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from pipeline.engines.annotate import PartitionResult, annotate_rows
from pipeline.engines.overlap import chunked, in_order, merge
from pipeline.engines.spec import PipelineSpec

if TYPE_CHECKING:
    from spacy.language import Language

# Rows per task: large enough that per-task pickling and scheduling (~1 ms) vanish next to
# ~5 ms/doc of NLP, small enough that a partition's tail leaves a worker idle for under a second.
CHUNK_SIZE = 100

_worker_nlp: Language | None = None   # the pipeline of a pool process (one per process)
_worker_version: str | None = None


def default_start_method() -> str:
    return "fork" if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() else "spawn"


def _die_with_parent(parent: int) -> None:
    """A pool process whose parent was killed (kill -9, OOM) would otherwise wait forever on its
    task queue (it holds both ends of the pipe itself): have the kernel kill it too (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _leave_ctrl_c_to_parent() -> None:
    """Ctrl-C in a terminal signals the whole process group: each pool process died of its own
    KeyboardInterrupt with a traceback while the parent was stopping the pool in order. The parent
    alone handles it; the pool processes finish their chunk and are shut down with the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_worker(spec: PipelineSpec, parent: int) -> None:
    global _worker_nlp, _worker_version
    _leave_ctrl_c_to_parent()
    _die_with_parent(parent)
    _worker_nlp = spec.build()
    _worker_version = spec.version


def _adopt(nlp: Language, version: str, parent: int) -> None:
    # fork: `nlp` is the parent's pipeline, inherited with the process image (never pickled)
    global _worker_nlp, _worker_version
    _leave_ctrl_c_to_parent()
    _die_with_parent(parent)
    _worker_nlp, _worker_version = nlp, version


def _ready() -> bool:
    return _worker_nlp is not None


def _run_chunk(rows: list[dict]) -> PartitionResult:
    assert _worker_nlp is not None and _worker_version is not None
    return annotate_rows(_worker_nlp, rows, _worker_version)


class LocalEngine:
    def __init__(self, spec: PipelineSpec, workers: int = 1, chunk_size: int = CHUNK_SIZE,
                 start_method: str | None = None, ahead: int = 1):
        self.spec = spec
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self.start_method = start_method or default_start_method()
        self.ahead = ahead
        self._nlp: Language | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "LocalEngine":
        if self.workers == 1:
            self._nlp = self.spec.build()
            return self
        ctx = mp.get_context(self.start_method)
        if self.start_method == "fork":
            self._nlp = self.spec.build()
            gc.freeze()  # objects made so far stay out of the children's collections: fewer copied pages
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_adopt,
                                             initargs=(self._nlp, self.spec.version, os.getpid()))
        else:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.spec, os.getpid()))
        for _ in range(self.workers):  # start every process now (spawn: their builds overlap)
            self._pool.submit(_ready)
        if self.start_method == "fork":
            gc.unfreeze()
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _submit(self, rows: list[dict]) -> list[Future]:
        assert self._pool is not None
        return [self._pool.submit(_run_chunk, chunk) for chunk in chunked(rows, self.chunk_size, self.workers)]

    def map_partitions(self, partitions: Iterable[list[dict]]) -> Iterator[tuple[list[dict], PartitionResult]]:
        """Yield (partition, result) in order; chunks of the next partitions run meanwhile."""
        if self._pool is None:
            assert self._nlp is not None
            for rows in partitions:
                yield rows, annotate_rows(self._nlp, rows, self.spec.version)
            return
        yield from in_order(partitions, self._submit, lambda futures: merge(f.result() for f in futures),
                            ahead=self.ahead)
