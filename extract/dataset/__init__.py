"""The researchers' dataset: observations across the documents of a run, revisions
and breaks, Parquet and described tables, the Python API and ``dataset.html``.

The pipeline calls ``build_observations(tables)`` after reconciliation and the
writer calls ``write_files(folder, tables)``; ``extract.run`` / ``extract.open``
(``api``) are the notebook entry points.  Neither hook can lose a run: a bug here
leaves these outputs empty (or unwritten) with a warning, and every other table whole.
"""
from __future__ import annotations

import sys
import traceback

DATASET_TABLES = ("observations", "observation_sources", "revisions", "series_breaks")


def _warn(what: str, e: Exception) -> None:
    tb = traceback.extract_tb(e.__traceback__)[-1]
    print(f"warning: {what} failed ({type(e).__name__}: {e} at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})",
          file=sys.stderr)


#: the tables the observations are built from
OBSERVATION_INPUTS = ("documents", "meetings", "measures", "figures")


def build_observations(tables: dict) -> dict[str, list]:
    """observations, observation_sources, revisions and series_breaks of a run's tables."""
    from .checks import breaks, revisions
    from .observations import build, document_order

    try:
        obs, sources, by_key = build(tables)
        return {"observations": obs, "observation_sources": sources,
                "revisions": revisions(by_key), "series_breaks": breaks(by_key, document_order(tables))}
    except Exception as e:  # the run's other tables must still be written
        _warn("observations", e)
        return {name: [] for name in DATASET_TABLES}


def write_files(folder, tables: dict, parquet: bool = True, base=None) -> None:
    """Parquet files (unless ``parquet`` is False: the writer gives them one table at a
    time to ``write_table``), datapackage.json, Datasette metadata.json and dataset.html
    (its links to documents relative to ``base``, the output folder; default ``folder``)."""
    from .files import write_files as _write

    try:
        _write(folder, tables, parquet=parquet, base=base)
    except Exception as e:
        _warn("writing Parquet / datapackage.json / metadata.json / dataset.html", e)


def write_table(folder, spec, rows: list, as_values: bool = False) -> None:
    """``<table>.parquet`` of one table's rows into ``folder`` (``as_values``: each row the tuple of
    its values in column order)."""
    from .files import write_parquet_table

    try:
        write_parquet_table(folder, spec, rows, as_values)
    except Exception as e:
        _warn(f"writing {spec.name}.parquet", e)
