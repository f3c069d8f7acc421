"""Writers: CSV (RFC 4180), SQLite (keys and indexes), and the staging that makes
a run's output atomic.

A run writes everything into ``DIR/.staging-<pid>/`` first; only when every file
is complete are they moved into ``DIR`` (one ``os.replace`` each, which is atomic
on POSIX).  A run killed while extracting or writing leaves the previous output
whole; files of ``DIR`` the run does not write (a README) are left alone.
"""
from __future__ import annotations

import csv
import math
import os
import shutil
import sqlite3
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Iterator

from .records import TABLES, TableSpec, as_row, columns

_SQL_TYPES = {"string": "TEXT", "number": "REAL", "integer": "INTEGER"}


def format_cell(value) -> str:
    """One CSV cell: empty for None; integers without '.0'; floats without noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(round(value, 10))
    return str(value)


def write_csv(path: Path, spec: TableSpec, rows: Iterable) -> int:
    cols = columns(spec.record)
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(cols)
        for r in rows:
            d = as_row(r) if not isinstance(r, dict) else r
            w.writerow([format_cell(d.get(c)) for c in cols])
            n += 1
    return n


def _ddl(spec: TableSpec) -> list[str]:
    defs = []
    for f in fields(spec.record):
        t = _SQL_TYPES[f.metadata["kind"]]
        nn = " NOT NULL" if f.metadata["required"] or f.name in spec.key else ""
        defs.append(f'"{f.name}" {t}{nn}')
    defs.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in spec.key) + ")")
    names = {f.name for f in fields(spec.record)}
    if spec.name != "documents" and "doc_id" in names:
        defs.append('FOREIGN KEY ("doc_id") REFERENCES documents ("doc_id")')
    if spec.name not in ("meetings",) and "meeting_id" in names and "doc_id" not in names:
        defs.append('FOREIGN KEY ("meeting_id") REFERENCES meetings ("meeting_id")')
    stmts = [f'CREATE TABLE "{spec.name}" (\n  ' + ",\n  ".join(defs) + "\n)"]
    for col in spec.indexes:
        stmts.append(f'CREATE INDEX "ix_{spec.name}_{col}" ON "{spec.name}" ("{col}")')
    return stmts


def write_sqlite(path: Path, tables: dict[str, list]) -> None:
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    try:
        for name, spec in TABLES.items():
            for stmt in _ddl(spec):
                con.execute(stmt)
            cols = columns(spec.record)
            sql = f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({", ".join("?" * len(cols))})'
            rows = []
            for r in tables.get(name, []):
                d = as_row(r) if not isinstance(r, dict) else r
                rows.append([_sql_value(d.get(c)) for c in cols])
            con.executemany(sql, rows)
        con.commit()
    finally:
        con.close()


def _sql_value(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    return v


def dedupe(spec: TableSpec, rows: list) -> tuple[list, list]:
    """Rows unique on the table's primary key; returns (kept, dropped duplicates)."""
    seen: dict[tuple, object] = {}
    kept, dropped = [], []
    for r in rows:
        d = as_row(r) if not isinstance(r, dict) else r
        k = tuple(d.get(c) for c in spec.key)
        if k in seen:
            dropped.append(r)
            continue
        seen[k] = r
        kept.append(r)
    return kept, dropped


@contextmanager
def staged(out_dir: Path) -> Iterator[Path]:
    """Yield a staging folder inside ``out_dir``; on success move its files into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stage = out_dir / f".staging-{os.getpid()}"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir()
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    for f in sorted(stage.iterdir()):
        os.replace(f, out_dir / f.name)
    stage.rmdir()


def write_all(out_dir: Path, tables: dict[str, list], extra: dict[str, str] | None = None,
              html_writer=None) -> dict[str, int]:
    """Write every table as CSV and all of them into extract.sqlite, atomically."""
    counts = {}
    with staged(Path(out_dir)) as stage:
        for name, spec in TABLES.items():
            counts[name] = write_csv(stage / f"{name}.csv", spec, tables.get(name, []))
        write_sqlite(stage / "extract.sqlite", tables)
        from .dataset import write_files  # Parquet, datapackage.json, metadata.json, dataset.html

        write_files(stage, tables)
        if html_writer is not None:
            html_writer(stage / "report.html")
        for fname, text in (extra or {}).items():
            (stage / fname).write_text(text, encoding="utf-8")
    return counts
