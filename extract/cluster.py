"""Documents read as Dask distributed tasks (``--scheduler``; ``pip install '.[dask]'``).

Each document's load and extraction (:func:`extract.pipeline.process`) is one
task; the client then does the cross-document stage (reconciliation) and the
writers exactly as a local run does, so the output is the same.  ``local``
starts a LocalCluster on this machine (one single-threaded worker process per
``--jobs``); ``tcp://HOST:8786`` connects to a running scheduler whose workers
can import ``extract`` (install the project on every machine) and read the
paths given (a shared file system, or the same folders on every machine).

Time and memory limits on a cluster are the workers' own (``dask worker
--memory-limit``); the loader's ``--timeout`` between pages still holds.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional


def _process(path: str, limits: Optional[dict]):
    from .pipeline import process

    return process(Path(path), limits)


def extract_on_cluster(files: list[Path], scheduler: str, jobs: int = 2,
                       limits: Optional[dict] = None, progress: bool = False) -> list:
    """``process(file)`` for every file as Dask tasks; results in file order."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - the extra is not installed
        raise RuntimeError("--scheduler needs the dask extra: pip install '.[dask]'") from e

    from .pipeline import _failed

    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)  # no worker chatter on stderr
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = client.map(_process, [str(f) for f in files], limits=limits, pure=False)
        results = []
        for f, fut in zip(files, futures):
            try:
                results.append(fut.result())
            except Exception as e:  # a worker lost: the document is named, the run goes on
                results.append(_failed(f, f"{f}: the Dask task reading it failed ({type(e).__name__}: {e})"))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
