"""The researchers' dataset: observations across the documents of a run, revisions
and breaks, Parquet and described tables, the Python API and ``dataset.html``.

The pipeline calls ``build_observations(tables)`` after reconciliation and the
writer calls ``write_files(folder, tables)``; ``extract.run`` / ``extract.open``
(``api``) are the notebook entry points.
"""
from __future__ import annotations


def build_observations(tables: dict) -> dict[str, list]:
    """observations, observation_sources, revisions and series_breaks of a run's tables."""
    from .checks import breaks, revisions
    from .observations import build, document_order

    obs, sources, by_key = build(tables)
    return {"observations": obs, "observation_sources": sources,
            "revisions": revisions(by_key), "series_breaks": breaks(by_key, document_order(tables))}


def write_files(folder, tables: dict) -> None:
    """Parquet files, datapackage.json, Datasette metadata.json and dataset.html into ``folder``."""
    from .files import write_files as _write

    _write(folder, tables)
