"""The fast paths of the cross-document stage and the writers give what the plain ones give:
Parquet tables built from buffers (no pandas import) against ``pa.Table.from_pydict``."""
from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import fields

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.dataset import files
from extract.records import TABLES, as_row
from extract.validate import conform_table


def _plain_arrow_table(spec, rows):
    """``arrow_table`` as it was: every column through ``pa.Table.from_pydict``."""
    cols = [(f.name, f.metadata["kind"]) for f in fields(spec.record)]
    dicts = [r if isinstance(r, dict) else as_row(r) for r in rows]
    data = {n: [v if v.__class__ is files._PLAIN[k] else files._cell(v, k) for v in (d.get(n) for d in dicts)]
            for n, k in cols}
    return pa.Table.from_pydict(data, schema=files._schema(pa, spec))


def _parquet_bytes(table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _same(spec, rows):
    fast, plain = files.arrow_table(spec, rows), _plain_arrow_table(spec, rows)
    fast.validate(full=True)
    assert fast.schema.equals(plain.schema, check_metadata=True)
    assert fast.equals(plain, check_metadata=True)
    assert _parquet_bytes(fast) == _parquet_bytes(plain)


def test_parquet_of_a_run_is_the_plain_one(corpus_run):
    """Every table of the corpus run: same schema, same values, same Parquet bytes; and the
    .parquet files the run wrote read back as the plain tables."""
    result, out = corpus_run
    for name, spec in TABLES.items():
        rows = conform_table(spec, list(result.tables[name]), [], as_rows=True)
        _same(spec, rows)
        written = pq.read_table(out / f"{name}.parquet")
        plain = _plain_arrow_table(spec, rows)
        assert written.schema.equals(plain.schema, check_metadata=True), name
        assert written.equals(plain), name


def test_parquet_edge_values():
    spec = TABLES["figures"]
    kinds = {f.name: f.metadata["kind"] for f in fields(spec.record)}
    sample = {"string": ["", "é £ – 🙂", None, "x" * 1000], "integer": [0, -2**63, 2**63 - 1, None],
              "number": [0.0, -0.0, 1e-320, None, float("nan"), float("inf"), 3, True]}
    n = max(len(v) for v in sample.values())
    rows = [{c: sample[k][i % len(sample[k])] for c, k in kinds.items()} for i in range(n)]
    _same(spec, rows)
    _same(spec, [])
    _same(spec, [{c: None for c in kinds}])


def test_parquet_falls_back_as_before():
    """A value the buffers cannot hold goes the plain way, with the plain error."""
    spec = TABLES["documents"]
    text_col = next(f.name for f in fields(spec.record) if f.metadata["kind"] == "string")
    with pytest.raises(Exception) as plain:
        _plain_arrow_table(spec, [{text_col: "bad \udcff"}])
    with pytest.raises(type(plain.value)):
        files.arrow_table(spec, [{text_col: "bad \udcff"}])


def test_parquet_without_pandas(tmp_path):
    code = ("import sys; from extract.records import TABLES; from extract.dataset.files import write_parquet_table;"
            f"write_parquet_table({str(tmp_path)!r}, TABLES['figures'], [{{'figure_id': 'a'}}]);"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
