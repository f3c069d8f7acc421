"""Speed shortcuts of session 16c (issue 14): what the meetings extractor reads of a line alone is
remembered across documents, and the writers' faster paths; each against the plain form it stands
for, on the documents and lines of ../shared/real and corpus/ and on edge cases."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.meetings.memo import LineMemo

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / ".." / "shared" / "real", ROOT / "corpus")
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

#: lines of the forms the shortcuts screen for (labels run together, numbered titles, minute numbers,
#: dot leaders, dated headers and sentences), with the source line under each where it matters
EDGE_TEXT = """Thames Valley Police and Crime Panel
Date: Friday 19 January 2024 Time: 11.00 am Venue: Council Chamber, Abingdon
1. Apologies for Absence 2. Declarations of Interest 3. Minutes
190/20 To receive apologies
Apologies had been received from Cllr Ann Lee and Cllr Bo Day, and accepted by the council.
4. Presentation of reports by village organisations
Cllr J Frizzell informed members of the work of the village hall committee over the last year.
Councillors Anderson, Bains, Carter ........ 24 There voted against the Minutes being a correct record:
SUSSEX POLICE AND CRIME PANEL MINUTES of the meeting held on 6 October 2023
CABINET
Thursday, 30th January, 2025, at 10.00 am
AGREED That Cabinet recommends to Full Council at its meeting on 9 March 2023 that:
For September 2023 the average response time was 11 min 59 sec.
Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm
The meeting closed at 12.15 pm
Meeting: Police and Crime Panel
Place: County Hall
Next meeting: Monday 4 March 2024
Parish Council Forward Plan
Date\tLocation\tItems
"""


def _documents():
    from extract.loaders import load
    docs = []
    for folder in FOLDERS:
        for p in sorted(folder.rglob("*")):
            if p.suffix.lower() in _TEXT_SUFFIXES:
                docs.append(load(p))
    return docs


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    from extract.loaders import load
    edge = tmp_path_factory.mktemp("edge") / "edge.txt"
    edge.write_text(EDGE_TEXT + "\n" + EDGE_TEXT.replace("\n", "\n\n"), encoding="utf-8")
    docs = _documents() + [load(edge)]
    assert len(docs) > 10
    return docs


def _clear_meeting_memos():
    from extract.extractors.meetings import entries, header_lines, headers
    entries._LINE_MEMO.clear()
    headers._LINE_FORMS.clear()
    header_lines._NO_HEADER.clear()


def _plain_entries(doc):
    """``_entries`` as written before session 16c: every line cut and screened again."""
    from extract.extractors.meetings.entries import (TABLE, _E, _after_dot_leaders, _clean, _minute_title_line,
                                                     _numbered_title_lines, _split_labels)
    out = []
    raw_lines = doc.raw_text.split("\n") if doc.raw_text else []
    for b in doc.blocks:
        if b.kind == TABLE:
            for r_i, r in enumerate(b.rows):
                cells = [_clean(c.text) for c in r]
                raw = None
                if b.line and raw_lines and b.line - 1 + r_i < len(raw_lines):
                    rc = raw_lines[b.line - 1 + r_i].split("\t")
                    if len(rc) == len(cells):
                        raw = rc
                out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b, raw, r_i))
        else:
            for ln in (b.text or "").split("\n"):
                if "\t" in ln:
                    cells = [_clean(c) for c in ln.split("\t")]
                    out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b, ln.split("\t")))
                elif ln.strip():
                    for whole in (x for lab in _split_labels(_clean(ln)) for x in _after_dot_leaders(lab)):
                        for part in _numbered_title_lines(whole, b, raw_lines):
                            head = _minute_title_line(part, b, raw_lines)
                            if head:
                                out.append(_E(len(out), head, None, b.kind, b))
                                part = part[len(head):].strip()
                            out.append(_E(len(out), part, None, b.kind, b))
    return out


def _plain_may_head(entries, i, lows):
    """``_may_head`` as written before session 16c."""
    from extract.extractors.meetings.headers import _forms_of, _is_kv, may_print_date
    e = entries[i]
    if e.cells is not None:
        return _forms_of(frozenset(("kv",))) if _is_kv(e) else ()
    low = lows[i]
    has = set()
    if "nute" in low or "note" in low:
        has.add("minutes")
    if "meet" in low:
        has.update(("meet", "notice"))
    elif i + 1 < len(entries) and entries[i + 1].cells is None and "meet" in lows[i + 1]:
        has.add("notice")
    if "plan" in low or "programme" in low:
        has.add("plan")
    if len(e.text) <= 220 and may_print_date(e.text, low):
        has.add("date")
    if _is_kv(e):
        has.add("kv")
    return _forms_of(frozenset(has)) if has else ()


def _key(entries):
    return [(e.idx, e.text, e.cells, e.kind, id(e.block), e.raw_cells, e.row) for e in entries]


def test_entries_as_the_plain_loop(documents):
    """The entry stream, its lines' pieces remembered (cold, then warm from every document read before),
    is the plain loop's, entry for entry."""
    from extract.extractors.meetings.entries import _entries
    _clear_meeting_memos()
    plain = [_key(_plain_entries(d)) for d in documents]
    for _ in range(2):   # (cold, then every line remembered)
        assert [_key(_entries(d)) for d in documents] == plain
    assert sum(map(len, plain)) > 1500


def test_line_parts_plain_lines_are_never_cut(documents):
    """A line _line_parts calls plain gives one entry per piece, its piece: in the plain loop, with the
    document's own source lines, and with the line as its block's first source line (where
    _minute_title_line and _numbered_title_lines look)."""
    from types import SimpleNamespace

    from extract.extractors.meetings.entries import _line_parts, _minute_title_line, _numbered_title_lines
    _clear_meeting_memos()
    seen = plain_seen = 0
    for d in documents:
        raw = d.raw_text.split("\n") if d.raw_text else []
        for k, ln in enumerate(raw):
            if "\t" in ln or not ln.strip():
                continue
            wholes, plain = _line_parts(ln)
            seen += 1
            if not plain:
                continue
            plain_seen += 1
            for line in (k + 1, max(k, 1)):
                b = SimpleNamespace(line=line)
                for w in wholes:
                    assert _numbered_title_lines(w, b, raw) == [w], ln
                    assert _minute_title_line(w, b, raw) is None, ln
    assert seen > 1500 and 0 < plain_seen < seen


def test_may_head_as_the_plain_screen(documents):
    """_may_head (a line's own forms remembered) gives the plain screen's forms at every entry."""
    from extract.extractors.meetings.entries import _entries
    from extract.extractors.meetings.headers import _may_head
    _clear_meeting_memos()
    n = 0
    for _ in range(2):
        for d in documents:
            es = _entries(d)
            lows = [e.text.lower() for e in es]
            for i in range(len(es)):
                assert _may_head(es, i, lows) == _plain_may_head(es, i, lows), es[i].text
                n += 1
    assert n > 3000


def test_dated_header_as_without_its_screen(documents, monkeypatch):
    """dated_header with what a line alone rules out remembered gives, at every entry (first or not),
    what it gives with that screen off."""
    from extract.extractors.meetings import header_lines
    from extract.extractors.meetings.entries import _entries

    def run(es):
        out = []
        for i in range(len(es)):
            for first in (False, True):
                got = header_lines.dated_header(es, i, len(es), first=first)
                out.append(None if got is None else (vars(got[0]), got[1]))
        return out

    streams = [_entries(d) for d in documents]
    _clear_meeting_memos()
    fast = [run(es) for es in streams] + [run(es) for es in streams]   # (cold, then warm)
    with monkeypatch.context() as m:
        m.setattr(header_lines, "_no_header", lambda t: False)
        m.setattr(header_lines, "_NO_HEADER", LineMemo())
        plain = [run(es) for es in streams]
    assert fast == plain + plain
    assert sum(x is not None for r in plain for x in r) > 8
    assert any(header_lines._NO_HEADER.values()) and not all(header_lines._NO_HEADER.values())


def test_meetings_records_as_without_the_memos(documents, monkeypatch):
    """Every meetings record of every document, the memos cold, warm, and off, is the same."""
    from extract.extractors import meetings
    from extract.extractors.meetings import entries, header_lines, headers

    def records():
        return [repr(meetings.extract(d)) for d in documents]

    _clear_meeting_memos()
    cold = records()
    warm = records()
    with monkeypatch.context() as m:
        m.setattr(entries, "_entries", _plain_entries)
        m.setattr(meetings, "_entries", _plain_entries)
        m.setattr(headers, "_may_head", _plain_may_head)
        m.setattr(header_lines, "_no_header", lambda t: False)
        m.setattr(header_lines, "_NO_HEADER", LineMemo())
        plain = records()
    assert cold == warm == plain
    assert sum("MeetingRecord(" in r for r in plain) >= 5


def test_line_memo_keeps_until_its_bound():
    """A LineMemo keeps each line's answer and forgets everything once its characters pass the bound."""
    memo = LineMemo(limit=10)
    assert memo.keep("abcd", 1) == 1 and memo.get("abcd") == 1 and memo.chars == 4
    assert memo.keep("efgh", False) is False and memo.chars == 8 and len(memo) == 2
    memo.keep("ijk", 3)   # (8 + 3 > 10: forgotten, then kept alone)
    assert dict(memo) == {"ijk": 3} and memo.chars == 3
    memo.clear()
    assert not memo and memo.chars == 0


def test_memos_bounded(monkeypatch):
    """Past their bound the memos start again (nothing else changes)."""
    from extract.extractors.meetings import entries, header_lines, headers
    _clear_meeting_memos()
    monkeypatch.setattr(entries._LINE_MEMO, "limit", 50)
    lines = [f"Line number {k} of the report, said once" for k in range(10)]
    for ln in lines:
        assert entries._line_parts(ln) == ((ln,), True)
    assert len(entries._LINE_MEMO) <= 2 and entries._LINE_MEMO.chars <= 50
    monkeypatch.setattr(header_lines._NO_HEADER, "limit", 50)
    for ln in lines:
        assert header_lines._no_header(ln) is True
    assert len(header_lines._NO_HEADER) <= 2
    _clear_meeting_memos()
    assert not entries._LINE_MEMO and not headers._LINE_FORMS and not header_lines._NO_HEADER


# --------------------------------------------------------------------------
# the cross-document stage and the writers
# --------------------------------------------------------------------------

def _figures_of(real_run, corpus_run):
    from extract.records import FigureRecord
    rows = [r for run in (real_run, corpus_run) for r in run[0].tables["figures"]]
    assert len(rows) > 1000
    return [FigureRecord(**r) if isinstance(r, dict) else r for r in rows]


def test_cross_sentences_as_masking_each_document(real_run, corpus_run, monkeypatch):
    """_cross_sentences, each sentence's mask made once, gives the checks masking every document's
    figures again gives: on the real figures, each document also as a later copy (every third value
    revised, some copies' spans moved, some periods known)."""
    import dataclasses

    from extract.reconcile import across
    figures = _figures_of(real_run, corpus_run)
    copies = []
    for k, f in enumerate(figures):
        g = dataclasses.replace(f, doc_id="copy-" + f.doc_id, figure_id="copy-" + f.figure_id)
        if k % 3 == 0 and f.value is not None:
            g = dataclasses.replace(g, value=f.value + 1, value_raw=(f.value_raw or "") + "1")
        if k % 7 == 0 and f.char_start is not None:
            g = dataclasses.replace(g, char_start=f.char_start + 1)
        if k % 2 == 0:
            f = dataclasses.replace(f, period_start="2023-01-01", period_end="2023-03-31")
            g = dataclasses.replace(g, period_start="2023-01-01", period_end="2023-03-31")
        figures[k] = f
        copies.append(g)
    every = figures + copies + copies[::2]
    order = {}
    for f in every:
        order.setdefault(f.doc_id, len(order))
    fast = across._cross_sentences(every, order)
    monkeypatch.setattr(across, "_figures_masked_once", lambda figs, masked: across._figures_masked(figs))
    plain = across._cross_sentences(every, order)
    assert repr(fast) == repr(plain)
    assert len(plain) > 20


def _plain_write_csv(path, spec, rows) -> int:
    """``write_csv`` as written before session 16c: every cell through its function."""
    import csv
    from dataclasses import fields

    from extract.records import as_row, columns
    from extract.writers import _text_cell, format_cell
    text_cols = {f.name for f in fields(spec.record) if f.metadata["kind"] == "string"}
    plan = [(c, _text_cell if c in text_cols else format_cell) for c in columns(spec.record)]
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow([c for c, _ in plan])
        for r in rows:
            d = as_row(r)
            w.writerow([cell(d.get(c)) for c, cell in plan])
            n += 1
    return n


class _Text(str):
    pass


#: values of every kind a cell may be given (and some no conformed row holds)
EDGE_VALUES = [None, "", "=SUM(A1)", "-5", "+3%", "@x", "\tx", "\rx", "-1.2% pts", "-", "+", "plain", "x,y\"z\nw",
               " lead", _Text("=1+1"), _Text("plain"), 0, -7, 12345678901234567890, 1.0, 1.5, -0.0, 2.5e-12,
               float("nan"), float("inf"), float("-inf"), 1e20, True, False]


def _edge_rows(spec) -> list:
    from extract.records import columns
    cols = columns(spec.record)
    rows = [{c: EDGE_VALUES[(k + j) % len(EDGE_VALUES)] for j, c in enumerate(cols)} for k in range(len(EDGE_VALUES))]
    rows.append({c: "x" for c in cols[:1]})   # (a row dict without the other columns)
    return rows


def _table_rows(runs):
    from extract.records import TABLES
    out = {name: [r for run in runs for r in run[0].tables.get(name, [])] for name in TABLES}
    assert sum(map(len, out.values())) > 2000
    return out


def test_csv_as_the_plain_writer(real_run, corpus_run, tmp_path):
    """write_csv (plain values handed to the csv writer as they are) writes the plain writer's bytes, for
    every table of the real and corpus runs and for rows of edge values."""
    from extract.records import TABLES
    from extract.writers import write_csv
    tables = _table_rows((real_run, corpus_run))
    for name, spec in TABLES.items():
        for rows in (tables[name], _edge_rows(spec)):
            assert write_csv(tmp_path / "a.csv", spec, rows) == _plain_write_csv(tmp_path / "b.csv", spec, rows)
            assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes(), name


def test_parquet_columns_as_the_plain_cells(real_run, corpus_run):
    """The Parquet writer's columns (read column by column, plain values kept without a call) are those
    ``_cell`` gives value by value, for every table and for rows of edge values of each column's kind."""
    from dataclasses import fields

    from extract.dataset import files
    from extract.records import TABLES, as_row
    tables = _table_rows((real_run, corpus_run))
    per_kind = {"string": [None, "", "x", _Text("y"), 3, 2.5, True],
                "integer": [None, 0, -3, True, False, 2.0, 7],
                "number": [None, 0, 5, 1.5, -0.0, True, float("nan"), float("inf"), 1e300]}
    for name, spec in TABLES.items():
        cols = [(f.name, f.metadata["kind"]) for f in fields(spec.record)]
        edge = [{n: per_kind[k][i % len(per_kind[k])] for n, k in cols} for i in range(7)] + [{cols[0][0]: None}]
        for rows in (tables[name], edge, []):
            dicts = [r if isinstance(r, dict) else as_row(r) for r in rows]
            want = {n: [v if v.__class__ is files._PLAIN[k] else files._cell(v, k) for v in (d.get(n) for d in dicts)]
                    for n, k in cols}
            got = {n: files._column(k, values) for (n, k), values in zip(cols, files._columns(dicts, [n for n, _ in cols]))}
            assert got == want, name
            assert [list(map(type, v)) for v in got.values()] == [list(map(type, v)) for v in want.values()]
            assert [[str(x) for x in v] for v in got.values()] == [[str(x) for x in v] for v in want.values()]


def test_sqlite_file_as_written_plainly(corpus_run, tmp_path):
    """extract.sqlite (written without waiting for the disk) holds the bytes a plain connection writes
    from the same rows."""
    import sqlite3

    from extract.records import TABLES
    from extract.writers import write_sqlite
    _, out = corpus_run
    con = sqlite3.connect(out / "extract.sqlite")
    con.row_factory = sqlite3.Row
    tables = {name: [dict(r) for r in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid')] for name in TABLES}
    con.close()
    assert sum(map(len, tables.values())) > 500
    write_sqlite(tmp_path / "plain.sqlite", tables)
    assert (tmp_path / "plain.sqlite").read_bytes() == (out / "extract.sqlite").read_bytes()


def _sqlite_bytes(path, write) -> bytes:
    import sqlite3
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    write(con)
    con.commit()
    con.close()
    return path.read_bytes()


def test_conformed_values_as_conform_table(real_run, corpus_run, tmp_path):
    """The parent's SQLite rows of a document's records (conformed_values: value tuples) are the row
    dicts conform_table gives, value for value: the same records kept (exact repeats merged, other
    repeats reported, rule 7's new ids), the same problems, the same extract.sqlite bytes; rows that
    are not all the table's records are left to conform_table (None)."""
    import copy
    import dataclasses

    from extract.records import TABLES, columns
    from extract.validate import conform_table
    from extract.writers import ConformedRows, conformed_values, sqlite_table, sqlite_values
    tables = _table_rows((real_run, corpus_run))
    tried = 0
    for name, spec in TABLES.items():
        records = [r for r in tables[name] if r.__class__ is spec.record]
        if not records:
            continue
        cols = columns(spec.record)
        # repeats: an exact one, one with another value in a text column, and (rule 7) one of a surrogate key
        text_col = next((c for c in cols if c not in spec.key and isinstance(getattr(records[0], c), str)), None)
        extra = [copy.copy(records[0])]
        if text_col:
            extra.append(dataclasses.replace(records[-1], **{text_col: getattr(records[-1], text_col) + " (other)"}))
        for rows in (records, records + extra + records[:3]):
            a, b = copy.deepcopy(rows), copy.deepcopy(rows)
            pa, pb = [], []
            got = conformed_values(spec, ConformedRows(a), pa)
            want = conform_table(spec, ConformedRows(b), pb, as_rows=True, conformed=True)
            assert got == [tuple(r.get(c) for c in cols) for r in want], name
            assert pa == pb and [vars(r) for r in a] == [vars(r) for r in b], name
            assert _sqlite_bytes(tmp_path / "a.sqlite", lambda con: sqlite_values(con, spec, got)) == \
                _sqlite_bytes(tmp_path / "b.sqlite", lambda con: sqlite_table(con, spec, want)), name
            tried += 1
        assert conformed_values(spec, [vars(records[0])], []) is None
        assert conformed_values(spec, iter(records[:2]), []) is not None
        problems = []   # (read as it comes: a row dict after a repeat -- nothing reported, None)
        assert conformed_values(spec, iter([records[0], dataclasses.replace(records[0]), vars(records[0])]),
                                problems) is None and problems == []
    assert tried >= 10


def test_sqlite_values_as_sqlite_table(tmp_path):
    """sqlite_values writes value tuples of edge values (NaN and infinity written empty, bools, text
    subclasses) as sqlite_table writes their row dicts."""
    from dataclasses import fields

    from extract.records import TABLES, columns
    from extract.writers import sqlite_table, sqlite_values
    for name, spec in TABLES.items():
        cols = columns(spec.record)
        needed = {f.name for f in fields(spec.record) if f.metadata["required"] or f.name in spec.key}
        def fit(c, x):   # (SQLite holds no larger whole number; NOT NULL columns filled)
            x = None if isinstance(x, int) and abs(x) >= 2**63 else x
            return "x" if c in needed and (x is None or isinstance(x, float) and x - x != 0) else x

        rows = [{c: fit(c, x) for c, x in r.items()} for r in _edge_rows(spec) if len(r) == len(cols)]
        values = [tuple(r[c] for c in cols) for r in rows]
        seen, unique = set(), []
        for r, v in zip(rows, values):   # (one row per key: the primary key holds)
            k = tuple(r[c] if r[c] is not None else "" for c in spec.key)
            if k not in seen and all(r[c] is not None and not isinstance(r[c], float) for c in spec.key):
                seen.add(k)
                unique.append((r, v))
        assert unique, name
        assert _sqlite_bytes(tmp_path / "a.sqlite", lambda con: sqlite_values(con, spec, [v for _, v in unique])) == \
            _sqlite_bytes(tmp_path / "b.sqlite", lambda con: sqlite_table(con, spec, [r for r, _ in unique])), name


def test_files_of_values_as_of_row_dicts(real_run, corpus_run, tmp_path):
    """The CSV and Parquet files of a document's records written from their value tuples are those
    written from their row dicts, byte for byte, for every table of the real and corpus runs."""
    from extract.dataset import write_table
    from extract.records import TABLES
    from extract.validate import conform_table
    from extract.writers import ConformedRows, conformed_values, write_csv, write_csv_values
    tables = _table_rows((real_run, corpus_run))
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for name, spec in TABLES.items():
        records = ConformedRows(r for r in tables[name] if r.__class__ is spec.record)
        values = conformed_values(spec, records, [])
        rows = conform_table(spec, records, [], as_rows=True, conformed=True)
        assert write_csv_values(a / "t.csv", spec, values) == write_csv(b / "t.csv", spec, rows)
        write_table(a, spec, values, as_values=True)
        write_table(b, spec, rows)
        for f in ("t.csv", f"{name}.parquet"):
            assert (a / f).read_bytes() == (b / f).read_bytes(), (name, f)
