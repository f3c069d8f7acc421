"""Records checked against their table's schema, so that no record can stop a run.

Every rule is stated once here and applied twice: per document as its records
are made (the pipeline; a broken rule makes the document ``partial`` with a
note naming the record and the rule) and again by the writers as a last guard
(so the writers cannot fail on content).

Rules, in order, for each record of a table:

1. text is made writable: a lone surrogate (a file name that was not valid
   UTF-8, decoded with ``surrogateescape``) becomes a backslash escape of the
   original byte (``\\xff``), so the bytes stay recoverable; control characters
   other than tab, newline and carriage return are removed (noted);
2. a value of the wrong type is converted when it can be without loss
   (``"12"`` -> 12, ``3.0`` -> 3 for an integer column, a number -> text for a
   text column) and cleared otherwise; NaN and infinity become empty;
3. a value outside the column's enumeration is cleared;
4. the surrogate key of a table that has one (``attendance_id``,
   ``agenda_item_id``, ``decision_id``, ``future_meeting_id``) is filled: a
   stable id of the natural key, and of every other text column too when a part
   of the natural key is empty (so empty item numbers never collide);
5. a record whose required value is still missing is dropped;
6. a record repeating the key of an earlier one is dropped (an exact repeat is
   merged silently: nothing is lost);
7. except in a table with a surrogate key: a record that shares its natural key
   with an earlier, different record ("Mr J Meade" and "Ms J Meade", both
   present) is another record, so its id is derived from all its columns and
   both are kept.
"""
from __future__ import annotations

import math
import operator
import re
from dataclasses import fields as _dataclass_fields
from functools import lru_cache
from typing import Any, Iterable, Optional

from .model import stable_id
from .records import TABLES, TableSpec, as_row

@lru_cache(maxsize=None)
def fields(record_type: type) -> tuple:
    """The dataclass fields of a record type, looked up once per type."""
    return _dataclass_fields(record_type)


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


#: either of the two above: nearly every text has neither, and is passed by one search
_UNWRITABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def writable_text(s: str) -> tuple[str, bool]:
    """``s`` as text any UTF-8 writer accepts, and whether control characters were removed.

    Surrogate-escaped bytes are written as ``\\xNN`` (``os.fsencode`` of the
    name before escaping gives the original bytes back)."""
    if not _UNWRITABLE.search(s):
        return s, False
    if _SURROGATE.search(s):
        s = "".join(_escape_surrogate(ch) if "\ud800" <= ch <= "\udfff" else ch for ch in s)
    if _CONTROL.search(s):
        return _CONTROL.sub("", s), True
    return s, False


def _escape_surrogate(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape of byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def _num(v: Any, kind: str) -> tuple[Any, bool]:
    """(converted value, ok) for a number or integer column."""
    if isinstance(v, bool):
        return int(v), True
    if isinstance(v, str):
        try:
            v = float(v.replace(",", "").strip())
        except ValueError:
            return None, False
    if isinstance(v, (int, float)):
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            return None, True  # written empty, as the CSV writer always did
        if kind == "integer":
            if isinstance(v, float):
                if not v.is_integer():
                    return None, False
                v = int(v)
            if not -2**63 <= v < 2**63:
                return None, False
            return v, True
        return (float(v) if isinstance(v, int) and abs(v) >= 2**63 else v), True
    return None, False


_PLANS: dict[tuple, tuple] = {}


def _plan(spec: TableSpec) -> tuple:
    """(name, kind, enum) of every column, the columns that must not be empty, a getter of the
    text columns without an enumeration (None when fewer than two) and the other columns (once
    per table)."""
    got = _PLANS.get((spec.name, spec.record, spec.key))
    if got is not None:
        return got
    cols = tuple((f.name, f.metadata["kind"], f.metadata["enum"]) for f in fields(spec.record))
    needed = tuple(f.name for f in fields(spec.record) if f.metadata["required"] or f.name in spec.key)
    texts = tuple(name for name, kind, enum in cols if kind == "string" and not enum)
    others = tuple(c for c in cols if c[0] not in texts) if len(texts) > 1 else cols
    get = operator.itemgetter(*texts) if len(texts) > 1 else None
    return _PLANS.setdefault((spec.name, spec.record, spec.key), (cols, needed, get, others))


_TEXT_TYPES = frozenset((str, type(None)))
_I64 = 2**63


def _plain_texts(row: dict, get) -> bool:
    """Are the text columns ``get`` reads all text or empty, none with a character rule 1 changes?
    (Then rules 1-3 leave them as they are: one test for all of them.)"""
    try:
        values = get(row)
    except KeyError:
        return False
    return set(map(type, values)) <= _TEXT_TYPES and _UNWRITABLE.search("".join(filter(None, values))) is None


def conform(spec: TableSpec, record: Any, problems: list[str], label: str = "") -> Optional[dict]:
    """The record as a valid row of ``spec`` (rules 1-5), or None when it must be dropped.
    Each rule broken is appended to ``problems``; the record is repaired in place too."""
    row = as_row(record)
    if row is record:
        row = dict(row)   # (a dict record: its row is a copy; as_row made a new dict of any other)
    what = label or f"{spec.name} record"
    cols, needed, texts, others = _plan(spec)
    if texts is None or not _plain_texts(row, texts):
        others = cols   # (plain text columns are left as they are: only the others are looked at)
    cleaned = []
    changed = []
    for name, kind, enum in others:
        v = was = row.get(name)
        if v is None:
            continue
        if kind != "string" and (v.__class__ is int and -_I64 < v < _I64
                                 or kind == "number" and v.__class__ is float and v - v == 0.0):
            pass   # (a whole number in range, a finite number: _num gives it back as it is)
        elif kind == "string":
            if not isinstance(v, str):
                v = str(v)
            if _UNWRITABLE.search(v):
                v, had_control = writable_text(v)
                if had_control:
                    cleaned.append(name)
        else:
            v, ok = _num(v, kind)
            if not ok:
                problems.append(f"{what}: {name} {was!r} is not a {kind} (cleared)")
        if v is not None and enum and v not in enum:
            problems.append(f"{what}: {name} {v!r} is not one of the allowed values (cleared)")
            v = None
        if v is not was:
            row[name] = v
            changed.append(name)
    if cleaned:
        problems.append(f"{what}: control characters removed from {', '.join(cleaned)}")
    if spec.natural_key:
        id_col = spec.key[0]
        parts = [row.get(c) for c in spec.natural_key]
        if any(p in (None, "") for p in parts):
            parts += [row.get(name) for name, _, _ in cols if name not in spec.natural_key and name != id_col]
        row[id_col] = stable_id(spec.name, *parts)
        changed.append(id_col)
    missing = [name for name in needed if row.get(name) in (None, "")]
    if missing:
        problems.append(f"{what}: required {', '.join(missing)} missing (record dropped)")
        return None
    if not isinstance(record, dict):
        for k in changed:
            setattr(record, k, row[k])
    return row


def conform_table(spec: TableSpec, records: Iterable, problems: list[str],
                  where: str = "", as_rows: bool = False, conformed: bool = False) -> list:
    """Records of one table that pass rules 1-7, in order (the records, repaired in place;
    dict rows come back as dicts; with ``as_rows`` every one comes back as its row dict,
    so a writer need not convert it again).

    ``conformed``: the records passed :func:`conform` before, unchanged since (a document's
    records, conformed where they were made): rules 1-5 are not applied again, only the
    table's rules 6-7 (keys across the records of every document).  Exact: rules 1-5
    change nothing in a row they made (``tests/test_validate_conformed.py``), and an id rule
    7 gave a record within its document is the id it would be given again here."""
    seen: dict[tuple, dict] = {}
    kept = []
    for i, r in enumerate(records, 1):
        label = None
        if conformed:
            row = as_row(r)
            if row is r:
                row = dict(r)
        else:
            label = f"{where}{spec.name} record {i}"
            row = conform(spec, r, problems, label)
            if row is None:
                continue
        k = tuple(row.get(c) for c in spec.key)
        if k in seen and seen[k] != row and spec.natural_key:
            k = _rekey(spec, r, row)   # rule 7: two records that share a natural key but differ
        if k in seen:
            if seen[k] != row:
                label = label or f"{where}{spec.name} record {i}"
                problems.append(repeated_key(label, k))
            continue
        seen[k] = row
        kept.append(row if as_rows or isinstance(r, dict) else r)
    return kept


def repeated_key(label: str, key: tuple) -> str:
    """Rule 6's problem: a record dropped for repeating an earlier record's key with other values."""
    return f"{label}: repeats the key {'/'.join(map(str, key))} of an earlier record with other values (record dropped)"


def _rekey(spec: TableSpec, record, row: dict) -> tuple:
    """Rule 7: a record of a surrogate-keyed table that shares its natural key with an earlier,
    different record ("Mr J Meade" and "Ms J Meade", both present) is another record, not a
    repeat: its id is derived from all its columns, and both are kept."""
    id_col = spec.key[0]
    row[id_col] = stable_id(spec.name, *(row.get(f.name) for f in fields(spec.record) if f.name != id_col))
    if not isinstance(record, dict):
        setattr(record, id_col, row[id_col])
    return tuple(row.get(c) for c in spec.key)


def conform_tables(tables: dict[str, list], problems: list[str], where: str = "") -> dict[str, list]:
    """Every table of ``tables`` checked (tables not in TABLES are left as they are)."""
    return {name: (conform_table(TABLES[name], rows, problems, where) if name in TABLES else rows)
            for name, rows in tables.items()}
