"""The Dask engine: partitions of the documents table run on a dask.distributed cluster.

Each worker builds the pipeline once, in a WorkerPlugin, and keeps it on the worker; tasks
only carry rows in and rows out (plain dicts), so nothing unpicklable crosses the wire.
Without a scheduler address a LocalCluster of `workers` single-threaded processes is started.
As in the local engine, the next partition is submitted before the current one is returned
for committing, so the workers never wait on the client's commits.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker

from pipeline.engines import EngineUnavailable
from pipeline.engines.annotate import PartitionResult, annotate_rows
from pipeline.engines.overlap import chunked, in_order, merge
from pipeline.engines.spec import PipelineSpec

PLUGIN = "litmine-pipeline"


class PipelinePlugin(WorkerPlugin):
    name = PLUGIN

    def __init__(self, spec: PipelineSpec):
        self.spec = spec

    def setup(self, worker) -> None:
        worker.litmine_nlp = self.spec.build()
        worker.litmine_version = self.spec.version


def _run_chunk(rows: list[dict]) -> PartitionResult:
    worker = get_worker()
    return annotate_rows(worker.litmine_nlp, rows, worker.litmine_version)


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
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        # returns once every worker has built its pipeline
        self._client.register_plugin(PipelinePlugin(self.spec), name=PLUGIN)
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
        yield from in_order(partitions, self._submit, lambda futures: merge(self._client.gather(futures)),
                            ahead=self.ahead)
