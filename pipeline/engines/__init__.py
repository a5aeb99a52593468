"""Extraction engines: `local` (this process or a process pool) and `dask`."""


class EngineUnavailable(RuntimeError):
    """The engine could not start where it was pointed (a Dask scheduler that does not answer):
    a one-line error, exit 1, like NCBI staying unreachable."""
