"""Issue 14 item 5: the corpus read as Dask tasks on a LocalCluster of two workers gives
byte-identical CSVs to a local run."""
from __future__ import annotations

from extract.pipeline import run
from extract.records import TABLES


def test_dask_local_cluster_gives_identical_csvs(corpus_run, corpus_dir, tmp_path):
    _, local_out = corpus_run
    out = tmp_path / "dask"
    run([corpus_dir], out, jobs=2, progress=False, scheduler="local")
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes() == (local_out / f"{name}.csv").read_bytes(), name
