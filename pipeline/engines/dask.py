"""The Dask engine: partitions of the documents table run on a dask.distributed cluster.

Each worker builds the pipeline once, in a WorkerPlugin, and keeps it on the worker; tasks
only carry rows in and rows out (plain dicts), so nothing unpicklable crosses the wire.
Without a scheduler address a LocalCluster of `workers` single-threaded processes is started.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from pipeline.engines.annotate import PartitionResult, annotate_rows
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
    def __init__(self, spec: PipelineSpec, scheduler: str | None = None, workers: int = 2, chunk_size: int = 100):
        self.spec = spec
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    def __enter__(self) -> "DaskEngine":
        if self.scheduler:
            self._client = Client(self.scheduler)
        else:
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        self._client.register_plugin(PipelinePlugin(self.spec), name=PLUGIN)
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map_partitions(self, partitions: Iterable[list[dict]]) -> Iterator[tuple[list[dict], PartitionResult]]:
        assert self._client is not None
        for rows in partitions:
            chunks = [rows[i:i + self.chunk_size] for i in range(0, len(rows), self.chunk_size)]
            futures = self._client.map(_run_chunk, chunks, pure=False)
            result = PartitionResult()
            for part in self._client.gather(futures):
                result.extend(part)
            yield rows, result
