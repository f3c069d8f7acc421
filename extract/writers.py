"""Writers: CSV (RFC 4180, formula-safe text cells), SQLite (keys and indexes).

Every row has passed its table's schema (:mod:`extract.validate`) before it is written,
so the writers cannot fail on content: a document's records where they were made (the
writers apply only the table-wide key rules to them, :class:`ConformedRows`), every other
row here.  A run writes into a new run folder and
swaps the whole output in one rename (:mod:`extract.outdir`): a run killed while
extracting or writing leaves the previous output whole.
"""
from __future__ import annotations

import csv
import gc
import io
import math
import operator
import os
import re
import sys
import sqlite3
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .outdir import staged

from .records import TABLES, TableSpec, as_row, columns
from .validate import _rekey, conform_table, repeated_key

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


#: a text cell a spreadsheet would read as a formula: it begins with = + - @, tab or CR ...
_FORMULA_START = re.compile(r"[=+\-@\t\r]")
#: ... unless it is a plain signed number with at most a unit in words ("-1.2", "+5%",
#: "-3.5% pts"): no function, reference or operator a formula could run
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d*)?\s?%?(?:\s+[A-Za-z]+)*\.?")


def safe_text_cell(text: str) -> str:
    """A text cell that cannot run as a spreadsheet formula: a leading apostrophe when
    it begins with = + - @, tab or carriage return (a plain signed number, perhaps with a
    unit in words, excepted).
    Only the CSVs do this; SQLite keeps the exact text."""
    if text and text[0] in _FORMULA_FIRST and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


#: the characters ``_FORMULA_START`` matches, for a test of the first one alone
_FORMULA_FIRST = frozenset("=+-@\t\r")


def _text_cell(value) -> str:
    return safe_text_cell(value if value.__class__ is str else format_cell(value)) if value is not None else ""


def write_csv(path: Path, spec: TableSpec, rows: Iterable) -> int:
    """Rows (records or row dicts) as CSV; returns how many were written."""
    cols = columns(spec.record)
    get = operator.itemgetter(*cols) if len(cols) > 1 else (lambda d: (d[cols[0]],))

    def values():
        for r in rows:
            d = as_row(r)
            try:
                yield get(d)
            except KeyError:   # (a row dict without some column: None there)
                yield [d.get(c) for c in cols]

    return write_csv_values(path, spec, values())


def write_csv_values(path: Path, spec: TableSpec, values: Iterable) -> int:
    """Rows given as their values in column order as CSV; returns how many were written."""
    text_cols = {f.name for f in fields(spec.record) if f.metadata["kind"] == "string"}
    cols = columns(spec.record)
    texts = [c in text_cols for c in cols]
    cells = [_text_cell if c in text_cols else format_cell for c in cols]
    n = 0
    seps = len(cols) - 1
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        write = fh.write
        w.writerow(cols)
        for row in values:
            # each cell as ``cell(value)`` gives it: None, text (but text a spreadsheet would read as a
            # formula, in a text column) and a whole number (not a bool) given to the csv writer as they
            # are, which writes None empty and a whole number as str() does; any other value as before
            out = [v if v is None or (k := v.__class__) is str and not (t and v and v[0] in _FORMULA_FIRST)
                   or k is int else cell(v) for v, t, cell in zip(row, texts, cells)]
            # a row none of whose cells the csv writer would quote (no delimiter, quote, CR, LF or NUL in
            # it) is what it writes: the cells joined by commas, None empty, a number as str(); the csv
            # module's C writer tests each character of a cell twice, against each of those one by one
            # (most of a CSV file's cost).  Any other row, and a one-column row (an empty one is
            # quoted), goes to the csv writer.
            line = ",".join(["" if v is None else v if v.__class__ is str else str(v) for v in out]) if seps else ""
            if seps and line.count(",") == seps and '"' not in line and "\n" not in line and "\r" not in line \
                    and "\0" not in line:
                write(line + "\r\n")
            else:
                w.writerow(out)
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
    """Every table of ``tables`` into a new SQLite file at ``path``."""
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    try:
        for name, spec in TABLES.items():
            sqlite_table(con, spec, tables.get(name, []))
        con.commit()
    finally:
        con.close()


def sqlite_table(con: sqlite3.Connection, spec: TableSpec, rows: Iterable) -> None:
    """One table created in ``con`` and its rows (records or row dicts) inserted: :func:`sqlite_values`
    of each row's values in column order."""
    cols = columns(spec.record)
    sqlite_values(con, spec, (tuple(map(as_row(r).get, cols)) for r in rows))


_SQL_AS_IS = frozenset({str, int, type(None)})


def sqlite_values(con: sqlite3.Connection, spec: TableSpec, values: Iterable[tuple]) -> None:
    """One table created in ``con`` (keys, indexes) and its rows, given as value tuples in column order
    (:func:`conformed_values`), inserted (its indexes made after the rows: one sort, not an index update
    per row; about 15% cheaper): a tuple whose values are all text, whole numbers or None as it is."""
    create, *indexes = _ddl(spec)
    con.execute(create)
    cols = columns(spec.record)
    sql = (f'INSERT INTO "{spec.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
           f'VALUES ({", ".join("?" * len(cols))})')
    as_is = _SQL_AS_IS
    con.executemany(sql, (v if set(map(type, v)) <= as_is else [x if x.__class__ in as_is else _sql_value(x) for x in v]
                          for v in values))
    for stmt in indexes:
        con.execute(stmt)


def conformed_values(spec: TableSpec, records: Iterable, problems: list[str]) -> Optional[list[tuple]]:
    """``conform_table(spec, records, problems, as_rows=True, conformed=True)`` with each row as the
    tuple of its values in column order, not a dict (a record's values are read at once; two rows are
    equal when their tuples are, as their dicts are).  None, nothing changed and no problem added, unless
    every record is of the table's record class (a dict row, another class: the writers make row dicts
    as before): a list is looked at first; any other iterable (a spooled table, read again then, each
    time as new records) is read as it comes, the rows held as tuples only."""
    record_type = spec.record
    if isinstance(records, (list, tuple)) and any(r.__class__ is not record_type for r in records):
        return None
    cols = columns(spec.record)
    get = operator.attrgetter(*cols) if len(cols) > 1 else (lambda r: (getattr(r, cols[0]),))
    at = [cols.index(c) for c in spec.key]
    key_of = operator.itemgetter(*at) if len(at) > 1 else (lambda v: (v[at[0]],))
    seen: dict[tuple, tuple] = {}
    kept = []
    found: list[str] = []   # (the problems, added once every record is read)
    for i, r in enumerate(records, 1):
        if r.__class__ is not record_type:
            return None
        v = get(r)
        k = key_of(v)
        if k in seen and seen[k] != v and spec.natural_key:
            row = dict(zip(cols, v))
            k = _rekey(spec, r, row)   # rule 7, as conform_table applies it
            v = tuple(row[c] for c in cols)
        if k in seen:
            if seen[k] != v:
                found.append(repeated_key(f"{spec.name} record {i}", k))
            continue
        seen[k] = v
        kept.append(v)
    problems.extend(found)
    return kept


def _sql_value(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    return v


class ConformedRows(list):
    """A table's records that each passed :func:`extract.validate.conform` where they were made
    (a document's records, conformed by the worker that read it): the writers apply only the
    table-wide rules to them (``conform_table(..., conformed=True)``)."""

    conformed = True


def conformed_rows(rows) -> bool:
    """Are ``rows`` marked as conformed already (:class:`ConformedRows`, a spooled table)?"""
    return getattr(rows, "conformed", False) is True


def dedupe(spec: TableSpec, rows: list) -> tuple[list, list]:
    """Rows unique on the table's primary key; returns (kept, dropped duplicates)."""
    dropped: list = []
    kept = list(dedupe_iter(spec, rows, dropped=dropped))
    return kept, dropped


def dedupe_iter(spec: TableSpec, rows: Iterable, on_end=None, dropped: Optional[list] = None) -> Iterator:
    """``dedupe`` as rows are read: yields the rows unique on the table's key (the
    repeats appended to ``dropped`` when given), then calls ``on_end(number dropped)``."""
    seen: set[tuple] = set()
    n = 0
    key = None
    for r in rows:
        if isinstance(r, dict):
            k = tuple(r.get(c) for c in spec.key)
        else:
            key = key or operator.attrgetter(*spec.key)
            k = key(r) if len(spec.key) > 1 else (key(r),)
        if k in seen:
            n += 1
            if dropped is not None:
                dropped.append(r)
            continue
        seen.add(k)
        yield r
    if on_end is not None:
        on_end(n)


#: the tables ``dataset.html`` is made from: the only conformed rows kept past their own table
_DATASET_PAGE = ("documents", "observations", "observation_sources", "revisions", "series_breaks")


def write_all(out_dir: Path, tables: dict[str, list], extra: dict[str, str] | None = None,
              html_writer=None) -> dict[str, int]:
    """Write every table as CSV, Parquet and into extract.sqlite, atomically (see :func:`write_into`)."""
    with staged(Path(out_dir)) as stage:
        return write_into(stage, tables, extra, html_writer, base=Path(out_dir))


def files_in_child(stage: Path, tables: dict, names) -> "InChild":
    """The CSV and Parquet files of the tables ``names`` written into ``stage`` by a forked child."""
    from .runner import InChild

    child = InChild(_csv_and_parquet, stage, tables, os.getpid(), tuple(names))
    child.names = tuple(names)
    return child


def write_into(stage: Path, tables: dict[str, list], extra: dict[str, str] | None = None,
               html_writer=None, early=None, base: Optional[Path] = None) -> dict[str, int]:
    """Every table as CSV, Parquet and into extract.sqlite, in the run folder ``stage``.

    The CSV and Parquet files are written by forked children (:func:`files_in_child`:
    ``early``, one started before, for the tables it names; one started here for the
    others) while this process writes extract.sqlite: each conforms its tables itself
    (the same rows).  ``tables`` must be lists or iterables that can be read more than
    once.  One table at a time: its records are conformed once into row dicts, which the
    writers take as they are, then let go (memory holds the records and one table's
    rows, not a second copy of the whole run).  ``base``: the output folder the stage
    becomes (dataset.html links documents relative to it; default ``stage``)."""
    from .dataset import write_files  # datapackage.json, metadata.json, dataset.html

    problems: list[str] = []
    counts = {}
    page: dict[str, list] = {}
    children = [early] if early is not None else []
    with _no_cycle_collection():
        rest = [name for name in TABLES if early is None or name not in early.names]
        if rest:
            children.append(files_in_child(stage, tables, rest))
        con = sqlite3.connect(stage / "extract.sqlite")
        # (no wait for the disk at the commit: the file is in the run folder, which becomes the output
        # only once every file is written, as the CSVs are; the same bytes)
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA journal_mode=MEMORY")
        try:
            for name, spec in TABLES.items():
                given = tables.get(name, [])
                values = conformed_values(spec, given, problems) if conformed_rows(given) else None
                if values is not None:   # (a document's records: their values, not row dicts)
                    counts[name] = len(values)
                    sqlite_values(con, spec, values)
                    if name in _DATASET_PAGE:
                        cols = columns(spec.record)
                        page[name] = [dict(zip(cols, v)) for v in values]
                    continue
                rows = conform_table(spec, given, problems, as_rows=True, conformed=conformed_rows(given))
                counts[name] = len(rows)
                sqlite_table(con, spec, rows)
                if name in _DATASET_PAGE:
                    page[name] = rows
            con.commit()
        finally:
            con.close()
        _warn(problems)
        write_files(stage, page, parquet=False, base=stage if base is None else base)
        for child in children:
            sys.stderr.write(child.result())   # (its warnings, if any: a Parquet file it could not write)
        if html_writer is not None:
            html_writer(stage / "report.html")
        for fname, text in (extra or {}).items():
            (stage / fname).write_text(text, encoding="utf-8")
    return counts


def _csv_and_parquet(stage: Path, tables: dict, parent: int, names: tuple) -> str:
    """``<table>.csv`` and ``<table>.parquet`` of the tables ``names`` into ``stage``; returns what it
    warned.  In a child (pid not ``parent``) its warnings are returned, not printed: the
    parent prints them (and its own about the same rows' repairs, which this one drops)."""
    from .dataset import write_table  # Parquet

    child = os.getpid() != parent
    was, captured = sys.stderr, io.StringIO()
    if child:
        sys.stderr = captured
    try:
        for name in names:
            spec = TABLES[name]
            given = tables.get(name, [])
            values = conformed_values(spec, given, []) if conformed_rows(given) else None
            if values is not None:   # (a document's records: their values, not row dicts)
                write_csv_values(stage / f"{name}.csv", spec, values)
                write_table(stage, spec, values, as_values=True)
                continue
            rows = conform_table(spec, given, [], as_rows=True, conformed=conformed_rows(given))
            write_csv(stage / f"{name}.csv", spec, rows)
            write_table(stage, spec, rows)
    finally:
        sys.stderr = was
    return captured.getvalue()


@contextmanager
def _no_cycle_collection():
    """The cycle collector paused while the writers run: they make a row dict per record (no cycles,
    freed by reference counting), and each collection would walk every record of the run (10-20% of
    the writers' time on a run of 40 reports)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _warn(problems: list[str]) -> None:
    for p in problems[:20]:
        print(f"warning: {p}", file=sys.stderr)
    if len(problems) > 20:
        print(f"warning: {len(problems) - 20} more records repaired or dropped", file=sys.stderr)
