"""Parquet files written without importing ``pyarrow.parquet`` (``dataset.files.write_parquet_file``)
are byte for byte what ``pyarrow.parquet.write_table`` writes (its plain form)."""
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extract.dataset import files
from extract.records import TABLES

ROOT = Path(__file__).resolve().parents[1]


def _rows(spec, n: int) -> list[tuple]:
    """``n`` rows of values of each column's kind: text with non-ASCII letters and commas,
    negative and fractional numbers, every third value missing."""
    out = []
    for i in range(n):
        row = []
        for j, f in enumerate(fields(spec.record)):
            kind = f.metadata["kind"]
            if (i + j) % 3 == 2:
                row.append(None)
            elif kind == "integer":
                row.append(i * 1000 - 7 * j)
            elif kind == "number":
                row.append(i / 7 - j)
            else:
                row.append(f"café, £{i}.{j} – “{f.name}”" * (1 + i % 4))
        out.append(tuple(row))
    return out


@pytest.mark.parametrize("name", list(TABLES))
@pytest.mark.parametrize("n", [0, 1, 40])
def test_same_bytes_as_write_table(tmp_path, name, n):
    spec = TABLES[name]
    table = files.arrow_table(spec, _rows(spec, n), as_values=True)
    files.write_parquet_file(table, tmp_path / "direct.parquet")
    pq.write_table(table, tmp_path / "plain.parquet")
    direct = (tmp_path / "direct.parquet").read_bytes()
    assert direct == (tmp_path / "plain.parquet").read_bytes()
    assert pq.read_table(tmp_path / "direct.parquet").num_rows == n


def test_other_writer_arguments_fall_back_to_write_table(tmp_path, monkeypatch):
    spec = TABLES["figures"]
    table = files.arrow_table(spec, _rows(spec, 5), as_values=True)
    monkeypatch.setitem(files._WRITER_OPTIONS, "no_such_option", 1)   # (the writer raises TypeError)
    files.write_parquet_file(table, tmp_path / "direct.parquet")
    pq.write_table(table, tmp_path / "plain.parquet")
    assert (tmp_path / "direct.parquet").read_bytes() == (tmp_path / "plain.parquet").read_bytes()


def test_a_failed_write_leaves_no_file(tmp_path):
    spec = TABLES["figures"]
    table = files.arrow_table(spec, _rows(spec, 5), as_values=True)
    other = files.arrow_table(TABLES["documents"], _rows(TABLES["documents"], 5), as_values=True)

    class Wrong:   # (a table whose schema is not its columns': the writer raises)
        schema = other.schema

        def __getattr__(self, name):
            return getattr(table, name)

    with pytest.raises(Exception):
        files.write_parquet_file(Wrong(), tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


def test_pyarrow_parquet_not_imported():
    code = ("import sys; from extract.dataset import files; from extract.records import TABLES; "
            "import pathlib, tempfile; d = pathlib.Path(tempfile.mkdtemp()); "
            "files.write_parquet_table(d, TABLES['figures'], []); "
            "print((d / 'figures.parquet').stat().st_size > 0, 'pyarrow.parquet' in sys.modules, "
            "'pyarrow.fs' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False", "False"]
