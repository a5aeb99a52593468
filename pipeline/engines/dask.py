"""The Dask engine: partitions of the documents table run on a dask.distributed cluster.

Each worker builds the pipeline once, in a WorkerPlugin, and keeps it on the worker; tasks
only carry rows in and rows out (plain dicts), so nothing unpicklable crosses the wire.
Without a scheduler address a LocalCluster of `workers` single-threaded processes is started.
As in the local engine, the next partition is submitted before the current one is returned
for committing, so the workers never wait on the client's commits.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker
from distributed.client import AllExit

from pipeline.engines import EngineUnavailable
from pipeline.engines.annotate import PartitionResult, annotate_rows
from pipeline.engines.overlap import chunked, in_order, merge
from pipeline.engines.spec import PipelineSpec

PLUGIN = "litmine-pipeline"


class PipelinePlugin(WorkerPlugin):
    name = PLUGIN

    def __init__(self, spec: PipelineSpec, own_workers: bool = False):
        self.spec = spec
        self.own_workers = own_workers

    def setup(self, worker) -> None:
        if self.own_workers:
            _quiet_cancelled_tasks()
        worker.litmine_nlp = self.spec.build()
        worker.litmine_version = self.spec.version


def _quiet_cancelled_tasks() -> None:
    """A worker closed while a chunk runs (Ctrl-C) warns `Async instruction for <Task ...> ended with
    CancelledError` per running task; that is the state machine's only warning ("should exclusively
    happen in Worker.close()", its source says), so our own LocalCluster's workers keep it to errors,
    unless -vv asked for Dask's debug logging. A remote cluster's logging is left to its owner."""
    machine = logging.getLogger("distributed.worker.state_machine")
    if machine.getEffectiveLevel() > logging.DEBUG:
        machine.setLevel(logging.ERROR)


def _run_chunk(rows: list[dict]) -> PartitionResult:
    worker = get_worker()
    return annotate_rows(worker.litmine_nlp, rows, worker.litmine_version)


@contextmanager
def _workers_ignore_ctrl_c():
    """Start worker processes that ignore SIGINT.

    Ctrl-C in a terminal signals the whole foreground process group, the LocalCluster's worker
    processes included: each died of its own KeyboardInterrupt and printed tracebacks (some 70
    lines) while this process was still closing the cluster in order. An ignored SIGINT stays
    ignored in a spawned child (POSIX keeps SIG_IGN across exec; Python then installs no
    KeyboardInterrupt handler), so the workers leave stopping to this process, which closes the
    client and the cluster. The cost: a Ctrl-C during the cluster's start (a few seconds) is lost."""
    if threading.current_thread() is not threading.main_thread():  # signal handlers belong to the main thread
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _drop_abandoned_gathers(loop: asyncio.AbstractEventLoop) -> None:
    """A gather cut short by Ctrl-C leaves distributed's inner wait tasks to end in its internal
    AllExit with no one to retrieve it, and asyncio logs each as "Task exception was never
    retrieved" with a traceback. AllExit is only ever distributed's early exit from a wait, never
    an error of ours: those reports are dropped, every other goes where it went before."""
    previous = loop.get_exception_handler()

    def handler(loop: asyncio.AbstractEventLoop, context: dict) -> None:
        if isinstance(context.get("exception"), AllExit):
            return
        if previous is not None:
            previous(loop, context)
        else:
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)


class DaskEngine:
    def __init__(self, spec: PipelineSpec, scheduler: str | None = None, workers: int = 2, chunk_size: int = 100,
                 ahead: int = 1):
        self.spec = spec
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self.ahead = ahead
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    def __enter__(self) -> "DaskEngine":
        if self.scheduler:
            try:
                self._client = Client(self.scheduler)
            except OSError as exc:  # distributed's "Timed out trying to connect ..." after its connect timeout
                raise EngineUnavailable(f"dask scheduler {self.scheduler} could not be reached: {exc}") from None
        else:
            with _workers_ignore_ctrl_c():
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
            self._client = Client(self._cluster)
        _drop_abandoned_gathers(self._client.loop.asyncio_loop)
        # returns once every worker has built its pipeline
        self._client.register_plugin(PipelinePlugin(self.spec, own_workers=self._cluster is not None), name=PLUGIN)
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def _submit(self, rows: list[dict]) -> list[Future]:
        assert self._client is not None
        n = self.workers
        if self.scheduler:  # spread over the workers the remote cluster has
            n = len(self._client.scheduler_info().get("workers", {})) or n
        return self._client.map(_run_chunk, chunked(rows, self.chunk_size, n), pure=False)

    def map_partitions(self, partitions: Iterable[list[dict]]) -> Iterator[tuple[list[dict], PartitionResult]]:
        assert self._client is not None
        yield from in_order(partitions, self._submit, self._collect, ahead=self.ahead)

    def _collect(self, futures: list[Future]) -> PartitionResult:
        assert self._client is not None
        try:
            return merge(self._client.gather(futures))
        finally:
            # Released here rather than by Future.__del__: a Ctrl-C that lands inside a finalizer is
            # printed as "Exception ignored in ..." and lost, and the run went on to the end.
            for future in futures:
                future.release()
