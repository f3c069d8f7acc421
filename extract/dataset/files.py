"""The dataset's files beside the CSVs: ``<table>.parquet``, ``datapackage.json``,
``metadata.json`` (Datasette) and ``dataset.html``."""
from __future__ import annotations

import json
import math
import operator
import os
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


def arrow_table(spec: TableSpec, rows: list, as_values: bool = False):
    """The Arrow table of ``rows`` (records or row dicts; with ``as_values``, tuples of their values in
    column order)."""
    import pyarrow as pa

    cols = [(f.name, f.metadata["kind"]) for f in fields(spec.record)]
    schema = _schema(pa, spec)
    if as_values:
        by_column = list(zip(*rows)) if rows else [() for _ in cols]
    else:
        by_column = _columns([r if isinstance(r, dict) else as_row(r) for r in rows], [n for n, _ in cols])
    data = {n: _column(k, values) for (n, k), values in zip(cols, by_column)}
    try:   # pa.array / from_pydict would import pandas (0.3 s) to ask whether a list is a Series
        return pa.Table.from_arrays([_arrow_array(pa, k, data[n]) for n, k in cols], schema=schema)
    except (ValueError, TypeError, OverflowError, UnicodeError):
        return pa.Table.from_pydict(data, schema=schema)   # as before, with its own error


def _columns(dicts: list, names: list) -> list:
    """The values of each column ``names`` of the row dicts (None where a row has none), column by column."""
    if not dicts:
        return [() for _ in names]
    get = operator.itemgetter(*names) if len(names) > 1 else (lambda d: (d[names[0]],))
    try:
        return list(zip(*map(get, dicts)))
    except KeyError:   # (a row dict without some column)
        return [[d.get(n) for d in dicts] for n in names]


def _column(kind: str, values) -> list:
    """``[_cell(v, kind) for v in values]``: a value ``_cell`` gives back as it is (None, a value of the
    column's plain type, a finite float of a number column) taken without the call."""
    plain = _PLAIN[kind]
    if kind == "number":
        return [v if v is None or v.__class__ is float and v - v == 0.0 else _cell(v, kind) for v in values]
    return [v if v is None or v.__class__ is plain else _cell(v, kind) for v in values]


def _schema(pa, spec: TableSpec):
    return pa.schema([pa.field(f.name, getattr(pa, _ARROW[f.metadata["kind"]])(), nullable=True,
                               metadata={"description": f.metadata["desc"]})
                      for f in fields(spec.record)],
                     metadata={"description": spec.title, "primary_key": ",".join(spec.key)})


#: the largest string column one Arrow ``string`` array holds (32-bit offsets); more: ``from_pydict``
_MAX_STRING_BYTES = 2**31 - 1


def _arrow_array(pa, kind: str, values: list):
    """The column ``pa.array(values, type)`` gives, built from its buffers (values already plain:
    int / float / str or None).  Raises ValueError where that path would differ (a too-long
    string column), and whatever numpy raises for a value an int64 cannot hold."""
    import numpy as np

    n = len(values)
    nulls = values.count(None)
    validity = None
    if nulls:
        present = np.fromiter((v is not None for v in values), dtype=bool, count=n)
        validity = pa.py_buffer(np.packbits(present, bitorder="little"))
    if kind == "string":
        encoded = [b"" if v is None else v.encode("utf-8") for v in values]
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=n), out=offsets[1:])
        if offsets[-1] > _MAX_STRING_BYTES:
            raise ValueError("string column too long for one array")
        buffers = [validity, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(b"".join(encoded))]
        return pa.Array.from_buffers(pa.string(), n, buffers, null_count=nulls)
    if kind == "integer":
        arr = np.array([0 if v is None else v for v in values] if nulls else values, dtype=np.int64)
        typ = pa.int64()
    else:
        arr = np.array([0.0 if v is None else v for v in values] if nulls else values, dtype=np.float64)
        typ = pa.float64()
    if arr.shape != (n,):
        raise ValueError("not a flat column")
    return pa.Array.from_buffers(typ, n, [validity, pa.py_buffer(arr)], null_count=nulls)


#: a value of this type is written as it is (``_cell`` would give it back unchanged)
_PLAIN = {"string": str, "integer": int, "number": type(None)}


def write_parquet(folder: Path, tables: dict) -> None:
    for name, spec in TABLES.items():
        write_parquet_table(folder, spec, tables.get(name, []))


def write_parquet_table(folder: Path, spec: TableSpec, rows: list, as_values: bool = False) -> None:
    write_parquet_file(arrow_table(spec, rows, as_values), Path(folder) / f"{spec.name}.parquet")


#: what ``pyarrow.parquet.write_table`` with its defaults gives the writer underneath (its
#: ``ParquetWriter`` passes these to ``pyarrow._parquet.ParquetWriter``)
_WRITER_OPTIONS = {"version": "2.6", "compression": "snappy", "use_dictionary": True, "write_statistics": True,
                   "use_deprecated_int96_timestamps": False, "writer_engine_version": "V2",
                   "data_page_version": "1.0", "use_compliant_nested_type": True, "store_schema": True}


def write_parquet_file(table, path: Path) -> None:
    """``pyarrow.parquet.write_table(table, path)``, the same bytes (``tests/test_parquet_direct.py``),
    without importing ``pyarrow.parquet``: that module imports pyarrow's filesystem layer (S3,
    GCS, Azure, HDFS bindings, ssl) to open a local path, about 48M instructions of a run's
    tail (a third of what the writers import), where a local file opened by ``pyarrow.OSFile``
    is what it writes to.  The writer underneath is given what ``write_table`` gives it; a
    pyarrow whose writer takes other arguments is written through ``write_table`` itself."""
    import pyarrow as pa

    try:
        from pyarrow._parquet import ParquetWriter
    except ImportError:
        ParquetWriter = None
    if ParquetWriter is not None:
        sink = pa.OSFile(os.fspath(path), "wb")
        try:
            try:
                writer = ParquetWriter(sink, table.schema, **_WRITER_OPTIONS)
            except TypeError:   # (another pyarrow's arguments: written below, as before)
                writer = None
            if writer is not None:
                try:
                    writer.write_table(table, row_group_size=None)
                finally:
                    writer.close()
        except BaseException:
            sink.close()
            _remove(path)   # (as write_table does)
            raise
        sink.close()
        if writer is not None:
            return
    import pyarrow.parquet as pq

    pq.write_table(table, path)


def _remove(path: Path) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def write_files(folder, tables: dict, parquet: bool = True, base=None) -> None:
    from .describe import datapackage, datasette_metadata
    from .html import write_html

    folder = Path(folder)
    if parquet:
        write_parquet(folder, tables)
    (folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    (folder / "metadata.json").write_text(json.dumps(datasette_metadata(), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    write_html(folder / "dataset.html", tables, base)
