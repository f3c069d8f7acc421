"""The dataset's files beside the CSVs: ``<table>.parquet``, ``datapackage.json``,
``metadata.json`` (Datasette) and ``dataset.html``."""
from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path

from ..records import TABLES, TableSpec, as_row

_ARROW = {"string": "string", "number": "float64", "integer": "int64"}


def _cell(v, kind: str):
    if v is None or (isinstance(v, float) and (math.isnan(v) or math.isinf(v))):
        return None
    if kind == "integer":
        return int(v)
    if kind == "number":
        return float(v)
    return str(v)


def arrow_table(spec: TableSpec, rows: list):
    import pyarrow as pa

    cols = [(f.name, f.metadata["kind"]) for f in fields(spec.record)]
    schema = pa.schema([pa.field(n, getattr(pa, _ARROW[k])(), nullable=True,
                                 metadata={"description": next(f.metadata["desc"] for f in fields(spec.record)
                                                               if f.name == n)})
                        for n, k in cols], metadata={"description": spec.title, "primary_key": ",".join(spec.key)})
    dicts = [r if isinstance(r, dict) else as_row(r) for r in rows]
    data = {n: [v if v.__class__ is _PLAIN[k] else _cell(v, k) for v in (d.get(n) for d in dicts)]
            for n, k in cols}
    return pa.Table.from_pydict(data, schema=schema)


#: a value of this type is written as it is (``_cell`` would give it back unchanged)
_PLAIN = {"string": str, "integer": int, "number": type(None)}


def write_parquet(folder: Path, tables: dict) -> None:
    for name, spec in TABLES.items():
        write_parquet_table(folder, spec, tables.get(name, []))


def write_parquet_table(folder: Path, spec: TableSpec, rows: list) -> None:
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(spec, rows), Path(folder) / f"{spec.name}.parquet")


def write_files(folder, tables: dict, parquet: bool = True) -> None:
    from .describe import datapackage, datasette_metadata
    from .html import write_html

    folder = Path(folder)
    if parquet:
        write_parquet(folder, tables)
    (folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    (folder / "metadata.json").write_text(json.dumps(datasette_metadata(), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    write_html(folder / "dataset.html", tables)
