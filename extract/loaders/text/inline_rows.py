"""Tables whose rows are each on one line without a column layout (rules 13-14 of
:mod:`extract.loaders.text`): a web page's table saved as text with "|" between its cells and
no Markdown separator row, and a table whose cells a converter set one space apart.

Rule 13, pipe rows (Surrey PCC decision notices, Scottish Parliament written answers):

    |             |  1997-98  |  1998-99  |      <- a pipe before the first cell and after the
    |  Aberdeen City  |  28,793  |  30,937  |         last are edges, not empty cells

Two or more adjacent lines holding two or more cells each, the same number on every line,
with a number in some cell below the first line, are a table. A header whose last cell is
empty while every row below has a value there lost its empty corner cell to the converter
("Budget £m | Outturn £m | Variance £m | |" over "Funding | (292.8) | (291.2) | (1.6) |"):
the corner is put back in front.

Rule 14, spaced rows (West Midlands and Northumbria Police FOI answers):

    Month 2017 2018 2019 2020          <- a header: an optional label, then two or more periods
    January 1331 1752 1336 1398        <- rows: a label, then exactly one number per period

The header and at least two rows, adjacent, make a table; it ends before the first line
that is not a label followed by exactly as many numbers ("November 1739 1850 1220" under four
years: which year is missing cannot be known, so nothing after it is read either).

A periods column's header and two or more column names one space apart, over rows of a period and
as many values (Transport for London and Islington FOI statistics):

    Year Number of requests Percentage answered on time
    2017/18 3201 91.6%

is read only where the names split one way: each opens with a capitalised word and holds no
other, and a column is of percents exactly when its name says so; else the lines stay text.

Rule 15, a whole table flattened into one line (Hansard written answers, FOI pages saved as text):

    Avon and Somerset Year Recorded crimes per police officer 1980 20 1981 21 1982 23 ...
    Force 1992 1993 1994 Central 52 50 50 Dumfries and Galloway 113 108 103 Fife 192 133 66

only where the header names every column and every word group after it fits them exactly, to
the end of the line ("1997-981 49", a footnote run into a year, leaves the whole line as text).

Rule 16, lines of a label and one value (FOI compliance statistics, Hansard answers, parish
accounts saved as text):

    Number of requests granted in full 74      <- three or more adjacent lines; a two-column
    Number of requests refused in full 32         table without a header (measures read it so)

not when a label holds a value or two numbers of its own, the value is a year, or the values are
page numbers, a scale's key or one number ending every line (``steps_or_pages``). A line led by a
year and one figure ("2020/2021 - 40", "2021/22 1,012", "2022-23: £0": FOI answers giving one
figure a year) is such a row, its label the period; years that follow each other may rise.
"""
from __future__ import annotations

import re
from typing import Optional

from ..common import split_pipe_row
from .cell_grid import YEAR_SPAN, _PERIOD_CELL, _PERIODS_HEADER, _TOTAL_COLUMN, _VALUE_CELL, group_row
from .lines import _Draft, _Line
from .marker_rows import marker_rows_at
from ...vocab import vocabulary
from ...number_runs import steps_or_pages  # (moved to a shared home: measures read it too)

_NUMBER = re.compile(r"[-+(]?(?:[£]?\d[\d,]*(?:\.\d+)?%?|£\d[\d,]*(?:\.\d+)?(?:bn|m|k))\)?$", re.I)


# --------------------------------------------------------------------------
# rule 13: pipe rows
# --------------------------------------------------------------------------

def _pipe_cells(ln: _Line) -> Optional[list[str]]:
    """The cells of a pipe row ("a | b | c |", "| a | b |"), or None for another line."""
    if ln.text.count("|") < 2:
        return None
    cells = [c.strip() for c in split_pipe_row(ln.text)]
    if '="' in ln.text:  # a converter's leftover of an HTML tag: 'align="center">1994–95'
        cells = [_TAG_RESIDUE_RE.sub("", c) for c in cells]
    return cells if len(cells) >= 2 else None


#: the end of an HTML tag a converter left before a cell's text ('align="center">', 'colspan="3">')
_TAG_RESIDUE_RE = re.compile(r'^(?:[a-z-]+="[^"<>]*"\s*)+>\s*', re.IGNORECASE)


_SLASH_CELLS_RE = re.compile(r"\d")


def _slash_cells(ln: _Line) -> Optional[list[str]]:
    """The cells of a row written with " / " between them (three cells at least, none empty),
    or None; a "/" without spaces is part of a cell ("2005/06"). Only a plain grid: a header of
    periods or of names without digits ("2005/06 / 2006/07"), or a label and values alone
    ("Gwynedd / 54 / 107 / 85"); a cell that says more ("8.48% (December 2012)") is no grid's."""
    if ln.text.count(" / ") < 2 or "|" in ln.text:
        return None
    cells = [c.strip() for c in ln.text.split(" / ")]
    if not all(cells):
        return None
    if all(_PERIOD_CELL.match(c) or not _SLASH_CELLS_RE.search(c) for c in cells) \
            or all(_VALUE_CELL.match(c) for c in cells[1:]):
        return cells
    return None


def _next_table_title(lines: list, k: int, rows: list, cells_of) -> bool:
    """Line ``k`` (a row of its first cell only) is the title of the next table: the line
    under it repeats this table's header row (Hansard's "1995–96 | ||" over "BTP Area | Public |
    Staff |" again, the tables of three years run together)."""
    hdr = rows[1] if rows[0][0] and not any(rows[0][1:]) else rows[0]
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return isinstance(nxt, _Line) and nxt.blank_before == 0 and cells_of(nxt) == hdr


def _pipe_run(lines: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    first = lines[i]
    cells_of = _pipe_cells if "|" in first.raw else _slash_cells
    head = cells_of(first) if isinstance(first, _Line) else None
    if head is None or (cells_of is _slash_cells and any(_NUMBER.match(c) for c in head)):
        return None  # (slash rows start at their header: a row of numbers is none)
    group = None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if cells_of is _pipe_cells and isinstance(nxt, _Line) and nxt.blank_before == 0 and page_of(nxt) == page_of(first):
        under = _pipe_cells(nxt)
        group = group_row(head, under) if under else None
        if group is not None:  # "| 2022/23 | 2023/24 |" over "Indicator | Target | Actual | Target | Actual |"
            head = under
    rows = [head]
    k = i + 1 + (group is not None)
    while k < len(lines) and isinstance(lines[k], _Line) and lines[k].blank_before == 0 \
            and page_of(lines[k]) == page_of(first):
        cells = cells_of(lines[k])
        if cells is None or len(cells) != len(rows[-1]) and not (len(rows) == 1 and len(cells) == len(head) + 1):
            break
        if len(rows) >= 3 and cells[0] and not any(cells[1:]) and _next_table_title(lines, k, rows, cells_of):
            break
        rows.append(cells)
        k += 1
    if len(rows) < 2 or not any(_NUMBER.match(c) for r in rows[1:] for c in r):
        return None
    if len(head) < len(rows[1]):
        if len(rows) < 3 or not (all(_PERIOD_CELL.match(c) for c in head) or (
                all(c and not _SLASH_CELLS_RE.search(c) for c in head) and all(_PERIOD_CELL.match(r[0]) for r in rows[1:]))):
            return None  # (the label column's header is missing: only a header of periods says so, or
            # a header of names over rows each led by a period: "| Central | Fife |" over "2000-01 | 262 | 221 |")
        rows[0] = [""] + head  # a header of periods without the corner cell every row below has
    elif head[0] and not head[-1] and all(r[-1] for r in rows[1:]):
        rows[0] = [""] + head[:-1]  # the converter's lost corner cell (see the module docstring)
    return ([group] if group is not None else []) + rows, k


def pipe_rows_in(texts: list[str], i: int) -> Optional[tuple[list[list[str]], int]]:
    """Rule 13 over plain lines from ``texts[i]`` (a Markdown file's pipe rows saved from a web
    table without a separator row, as a .txt file's are read): (rows, index after the table) or
    None. Only the pipe lines adjacent to line ``i`` are looked at (300 at most: a table's rows)."""
    block: list = []
    j = i
    while j < len(texts) and "|" in texts[j] and texts[j].strip() and len(block) < 300:
        block.append(_Line(j + 1, texts[j], texts[j].strip(), 0))
        j += 1
    found = _pipe_run(block, 0, lambda ln: 0) if len(block) >= 2 else None
    return None if found is None else (found[0], i + found[1])


def pipe_row_items(lines: list, page_of, read) -> list:
    """``read(lines)`` of the lines between pipe-row tables, with each table as a draft."""
    for ln in lines:   # (a loop, not a generator resumed for every line)
        if "|" in ln.raw or " / " in ln.raw:
            break
    else:
        return read(lines)   # (no pipe or spaced slash, no such row: the common case, read whole)
    out: list = []
    start = i = 0
    while i < len(lines):
        found = _pipe_run(lines, i, page_of) if "|" in lines[i].raw or " / " in lines[i].raw else None
        if found is None:
            i += 1
            continue
        rows, j = found
        out.extend(read(lines[start:i]))
        out.append(_Draft("table", lines[i].no, rows=rows, src=[ln.no for ln in lines[i:j]]))
        start = i = j
    out.extend(read(lines[start:]))
    return out


# --------------------------------------------------------------------------
# rule 14: spaced rows
# --------------------------------------------------------------------------

def _split_tail(t: str, test) -> tuple[str, list[str]]:
    """(label, trailing words of ``t`` that pass ``test``)."""
    words = t.split()
    n = len(words)
    while n and test(words[n - 1]):
        n -= 1
    return " ".join(words[:n]), words[n:]


def _label_ok(label: str) -> bool:
    return 0 < len(label) <= 60 and any(ch.isalpha() for ch in label) \
        and not label.endswith((".", ":", ";", ",")) and "|" not in label


def _spaced_header(ln: _Line) -> Optional[tuple[str, list[str]]]:
    if len(ln.text) > 120 or "   " in ln.raw.strip():
        return None
    label, periods = _split_tail(ln.text, _PERIOD_CELL.match)
    if len(periods) < 2 or (label and (not _label_ok(label) or len(label) > 40)):
        return None
    return label, periods


def _spaced_row(ln: _Line, width: int) -> Optional[list[str]]:
    if ln.blank_before:
        return None
    label, values = _split_tail(ln.text, _VALUE_CELL.match)
    if len(values) != width or not _label_ok(label):
        return None
    return [label] + values


def _spaced_at(items: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    first = items[i]
    head = _spaced_header(first) if isinstance(first, _Line) else None
    if head is None:
        return None
    label, periods = head
    rows = [[label] + periods]
    k = i + 1
    data = 0
    while k < len(items) and isinstance(items[k], _Line) and page_of(items[k]) == page_of(first):
        row = _spaced_row(items[k], len(periods))
        if row is None and _group_label(items, k, len(periods), page_of(first), page_of):
            row = [items[k].text] + [""] * len(periods)  # "Central" over "Male 82 84 ..." / "Female 20 17 ..."
        elif row is None:
            break
        else:
            data += 1
        rows.append(row)
        k += 1
    return (rows, k) if data >= 2 else None


def _group_label(items: list, k: int, width: int, page, page_of) -> bool:
    """A line of a label alone inside a spaced table (a force's name over its "Male" and "Female"
    rows): a group label when the line right after it is a row of the table."""
    ln, nxt = items[k], items[k + 1] if k + 1 < len(items) else None
    return not ln.blank_before and _label_ok(ln.text) and not any(ch.isdigit() for ch in ln.text) \
        and isinstance(nxt, _Line) and page_of(nxt) == page and _spaced_row(nxt, width) is not None


# "Year Number", "Financial year Number of assaults": a periods column (words.toml's
# period_rows_header, the one list of those words) and one named value column
_PERIODS_HEAD = re.compile(rf"(?P<head>{_PERIODS_HEADER.pattern})\s+(?P<name>[A-Za-z][^\d|]{{0,58}})", re.I)
# a line that can start such a header (the same words, matched at its start: asked before the rest)
_PERIODS_HEAD_START = re.compile(rf"(?:{_PERIODS_HEADER.pattern})\s", re.I)


def _period_rows_at(items: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    """(rows, index after the table) of a "Year Number" header over rows of a period and one
    value each ("2019 120"; a written answer's two-column table saved as text), or None."""
    wide = _named_columns_at(items, i, page_of)
    if wide is not None:
        return wide
    m = _PERIODS_HEAD.fullmatch(items[i].text)
    if m is None or not _label_ok(m.group("name")):
        return None
    rows = [[m.group("head"), m.group("name").strip()]]
    k = i + 1
    while k < len(items) and isinstance(items[k], _Line) and not items[k].blank_before \
            and page_of(items[k]) == page_of(items[i]):
        words = items[k].text.split()
        label = " ".join(words[:-1])
        total = _TOTAL_COLUMN.fullmatch(label) is not None   # "Total 2500", "Grand Total 4492": the last row
        if len(words) < 2 or not (len(words) == 2 and _PERIOD_CELL.match(label) or total) \
                or not _VALUE_CELL.match(words[-1]):
            break
        rows.append([label, words[-1]])
        k += 1
        if total:
            break
    return (rows, k) if len(rows) >= 3 else None


# "Year Number of requests Percentage answered on time" over "2017/18 3201 91.6%" (TfL FOI
# statistics; Islington's "Calendar year Total requests due (FOI/EIR) Responses issued within
# statutory timeframe Compliance Number of requests ..." over "2025 2,308 2,187 95% 99 (4%)"):
# a periods column's header and two or more column names one space apart, over rows of a period
# and as many values each
_PERIODS_HEAD_WIDE = re.compile(rf"(?P<head>{_PERIODS_HEADER.pattern})\s+(?P<name>[A-Za-z][^\d|£%]{{0,300}})", re.I)
#: the word that opens a column's name in a sentence-case header: a capital, then small letters
_NAME_START = re.compile(r"[A-Z][a-z]")
#: a name's last word that cannot end one ("Crimes in" | "Wiltshire ..." is no split)
_NAME_END_BAD = re.compile(r"(?:of|in|for|the|and|to|on|by|per|with|a|an|or|within|from|at)$", re.I)
_SHARE_NAME = vocabulary().pattern("period_columns_share_name")
#: a count with its share in brackets ("99 (4%)"): one cell (measures leave it unread)
_SHARE_IN_BRACKETS = re.compile(r"\(\d+(?:\.\d+)?%\)")


def _wide_row_cells(words: list[str]) -> list[str]:
    """The value cells of a row's words after its period, "99 (4%)" one cell."""
    cells: list[str] = []
    for w in words:
        if _SHARE_IN_BRACKETS.fullmatch(w) and cells and _VALUE_CELL.match(cells[-1]) and "%" not in cells[-1]:
            cells[-1] += " " + w
        else:
            cells.append(w)
    return cells


def _wide_value(cell: str) -> bool:
    return bool(_VALUE_CELL.match(cell) or _VALUE_CELL.match(cell.split(" (")[0]))


def _column_names(name: str, values: list[list[str]]) -> Optional[list[str]]:
    """The header's words split into one name per column, where they split only one way: each
    name opens with a capitalised word and no other word of it is one (so a header in sentence
    case), none ends in a word that joins ("of", "in"), a name of one word is a percents column's,
    and a column is of percents exactly when its name says so (words.toml's
    period_columns_share_name: "Percentage", "Compliance"); else None (left unread)."""
    words = name.split()
    starts = [k for k, w in enumerate(words) if _NAME_START.match(w)]
    width = len(values[0])
    if len(starts) != width or not starts or starts[0] != 0:
        return None
    names = [words[a:b] for a, b in zip(starts, starts[1:] + [len(words)])]
    out = []
    for c, ws in enumerate(names):
        text = " ".join(ws)
        share = all(row[c].endswith("%") for row in values)
        says_share = _SHARE_NAME.search(text) is not None
        if not _label_ok(text) or _NAME_END_BAD.fullmatch(ws[-1]) or share != says_share \
                or (len(ws) == 1 and not share):
            return None
        out.append(text)
    return out


def _wide_row(text: str) -> Optional[list[str]]:
    """[period, value, ...] of a row under a single-spaced header of named columns: a period
    ("2017/18", "2025"), then two or more values; None for another line (a label of words,
    "April to June" under "Period", is left: measures would read it as the row's metric)."""
    words = text.split()
    if not words or not _PERIOD_CELL.match(words[0]):
        return None
    cells = _wide_row_cells(words[1:])
    if len(cells) < 2 or not all(_wide_value(c) for c in cells):
        return None
    return [words[0]] + cells


def _named_columns_at(items: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    """(rows, index after) of a single-spaced header of named columns over two or more adjacent
    rows of a period and as many values as the header names columns, or None."""
    m = _PERIODS_HEAD_WIDE.fullmatch(items[i].text)
    if m is None:
        return None
    rows: list[list[str]] = []
    k = i + 1
    while k < len(items) and isinstance(items[k], _Line) and not items[k].blank_before \
            and page_of(items[k]) == page_of(items[i]):
        row = _wide_row(items[k].text)
        if row is None or (rows and len(row) != len(rows[0])):
            break
        rows.append(row)
        k += 1
    if len(rows) < 2:
        return None
    names = _column_names(m.group("name"), [r[1:] for r in rows])
    if names is None:
        return None
    return [[m.group("head")] + names] + rows, k


# --------------------------------------------------------------------------
# rule 15: a whole table flattened into one line
# --------------------------------------------------------------------------

_FLAT_MIN_WORDS = 8  # a header of two words and three pairs at least
_HEAD_MAX_WORDS = 4  # the longest periods-column header read in a flattened line ("financial year")
_PERIODS_HEAD_ANY = re.compile(rf"(?<!\S)(?:{_PERIODS_HEADER.pattern})(?!\S)", re.I)


def _periods_head_span(words: list[str]) -> Optional[tuple[int, int]]:
    """(first, last) word index of the first periods-column header in ``words`` (words.toml's
    period_rows_header: "Year", "Financial year"), the longest run of words ending at the first
    word that closes one; None without one."""
    if not _PERIODS_HEAD_ANY.search(" ".join(words)):
        return None  # (no run of whole words is one: exact, asked once before word by word)
    for h in range(len(words)):
        for s in range(max(0, h - _HEAD_MAX_WORDS + 1), h + 1):
            if _PERIODS_HEADER.fullmatch(" ".join(words[s:h + 1])):
                return s, h
    return None


def _no_digit(w: str) -> bool:
    return not any(ch.isdigit() for ch in w) and not _VALUE_CELL.match(w)


def _flat_period_rows(words: list[str]) -> Optional[tuple[str, list[list[str]]]]:
    """(caption, rows) of "[caption] Year <value column> P1 V1 P2 V2 ..." (a "Total V" last), or None."""
    span = _periods_head_span(words)
    if span is None:
        return None
    start, h = span
    n = h + 1
    while n < len(words) and _no_digit(words[n]):
        n += 1
    name = " ".join(words[h + 1:n])
    if not name or not _label_ok(name) or n - h > 9:
        return None
    rows = [[" ".join(words[start:h + 1]), name]]
    k = n
    while k + 1 < len(words) and _PERIOD_CELL.match(words[k]) and _VALUE_CELL.match(words[k + 1]):
        rows.append([words[k], words[k + 1]])
        k += 2
    tail = words[k:]
    if len(tail) >= 2 and _TOTAL_COLUMN.fullmatch(" ".join(tail[:-1])) and _VALUE_CELL.match(tail[-1]):
        rows.append([" ".join(tail[:-1]), tail[-1]])
        k = len(words)
    if k != len(words) or len(rows) < 4:
        return None  # (a word group that does not fit: nothing is read, see rule 15)
    return " ".join(words[:start]), rows


def _flat_label_rows(words: list[str]) -> Optional[list[list[str]]]:
    """Rows of "<label header> P1 .. Pk <label> V1 .. Vk <label> V1 .. Vk ..." (labels without a
    digit), or None."""
    n = 0
    while n < len(words) and _no_digit(words[n]):
        n += 1
    k = n
    while k < len(words) and _PERIOD_CELL.match(words[k]):
        k += 1
    width, head = k - n, " ".join(words[:n])
    if width < 2 or (head and not _label_ok(head)) or len(set(words[n:k])) != width:
        return None  # (a period twice, "Recorded Detected ... 2020 2021 2020 2021": group heads lost)
    rows = [[head] + words[n:k]]
    while k < len(words):
        j = k
        while j < len(words) and _no_digit(words[j]):
            j += 1
        values = words[j:j + width]
        if j == k or len(values) != width or not all(_VALUE_CELL.match(v) for v in values) \
                or not _label_ok(" ".join(words[k:j])) or (j + width < len(words) and not _no_digit(words[j + width])):
            return None  # (a label with a number, a row one value short or long: nothing is read)
        rows.append([" ".join(words[k:j])] + values)
        k = j + width
    return rows if len(rows) >= 3 else None


def _flat_line_at(ln: _Line) -> Optional[list]:
    """The drafts of a table flattened into the one line ``ln`` (rule 15):
    a header that names every column, then word groups that each fit those columns exactly, to
    the end of the line -- rows of a period and one value under "Year <column>" (a caption
    before "Year" kept as a paragraph), or rows of a label and one value per period under a
    header of periods. Any word group that does not fit (a footnote digit run into a year,
    "1997-981"; a row label holding a number) leaves the line as it is."""
    words = ln.text.split()
    found = _flat_period_rows(words)
    caption, rows = found if found is not None else ("", _flat_label_rows(words))
    if not rows:
        return None
    out = [_Draft("paragraph", ln.no, [caption])] if caption else []
    return out + [_Draft("table", ln.no, rows=rows, src=[ln.no])]


def _flat_candidate(ln: _Line) -> bool:
    """A line that can hold a flattened table: long, ending in a number, with numbers in it
    (asked before the word-by-word reading; every table of rule 15 passes it)."""
    return len(ln.text) >= 30 and len(ln.text.split()) >= _FLAT_MIN_WORDS and \
        sum(map(str.isdigit, ln.text)) >= 12   # (the digits counted without a generator's frame per character)


# --------------------------------------------------------------------------
# rule 16: lines of a label and one value
# --------------------------------------------------------------------------

_KV_MIN_ROWS = 3
# a value inside a label ("INCOME 8,984.85 INCOME 543.26": two tables side by side), or two
# numbers ("2008 - Quarter 1 / 33 / 18 / 9"): no label of a label-value line
_LABEL_VALUE = re.compile(r"\d[.,]\d|£\s?\d|\d\s?%|(?<![\w.])\d+(?![\w.]).*(?<![\w.])\d+(?![\w.])")


# a year or financial year leading a line, then a dash, a colon or a space, then one number
# ("2020/2021 - 40", "2019-2020 - £2,310,601", "2021/22 1,012", "2022-23: £0": FOI answers
# listing one figure a year, Hastings, Devon, Moray); no month or quarter (a deliverable's "Jan 2024 90%")
_PERIOD_VALUE = re.compile(rf"^((?:FY\s*)?{YEAR_SPAN})"
                           r"(?:\s*[-–:]\s*|\s+)([£]?\d[\d,]*(?:\.\d+)?%?)$")


# a year, a dash and two digits ("2019 - 20", "2012 – 80"): a financial year alone only where the two
# digits are the next year's; else the year and its figure (Cleveland Police: "2015 – 46", "2012 – 80")
_YEAR_DASH_TWO = re.compile(r"(?:19|20)(\d\d)\s*[-–]\s*(\d\d)")


def _period_alone(t: str) -> bool:
    m = _YEAR_DASH_TWO.fullmatch(t)
    if m is not None:
        return int(m.group(2)) == (int(m.group(1)) + 1) % 100
    return bool(_PERIOD_CELL.match(t))


def _period_value_row(t: str) -> Optional[list[str]]:
    """[period, value] of a line that is a year and one number, or None (a line that is a
    period alone, "2019 - 20", or whose number is a year, "2019 – 2020", is none)."""
    m = _PERIOD_VALUE.match(t)
    if m is None or _period_alone(t) or _PERIOD_CELL.match(m.group(2)):
        return None
    return [m.group(1), m.group(2)]


def _kv_row(ln) -> Optional[list[str]]:
    """[label, value] of a line that is a label and exactly one number ("Number of requests
    granted in full 74"), or None: a year at the end is a date, not a value."""
    if not isinstance(ln, _Line) or not ln.text[-1:].isdigit() and ln.text[-1:] != "%":
        return None
    row = _period_value_row(ln.text) if ln.text[:1].isdigit() or ln.text[:2] == "FY" else None
    if row is not None:
        return row
    label, values = _split_tail(ln.text, _VALUE_CELL.match)
    if len(values) != 1 or not _label_ok(label) or _PERIOD_CELL.match(values[0]) \
            or not any(ch.isdigit() for ch in values[0]) or _LABEL_VALUE.search(label):
        return None
    return [label, values[0]]


_STEPS_OR_PAGES_RE = re.compile(r"[^\d.]")


def _steps_or_pages(values: list[str]) -> bool:
    nums = [float(_STEPS_OR_PAGES_RE.sub("", v) or 0) for v in values]
    if any(("£" in v or "%" in v) for v in values):
        # (sums of money and percents are no page numbers and no scale's key: a council tax band's
        # charges rise band by band, "Band A £42.70" ... "Band H £128.10", Tower Hamlets; plain
        # decimals may still be a list's: its minus signs are not read here)
        return len(set(nums)) == 1
    return steps_or_pages(nums)


_PERIODS_STEP_RE = re.compile(r"\d{4}")


def _periods_step(rows: list[list[str]]) -> bool:
    """Rows led by years that follow each other one way ("2019/20", "2020/21", ...)."""
    years = [int(_PERIODS_STEP_RE.search(p).group()) for p, _ in rows]
    steps = {b - a for a, b in zip(years, years[1:])}
    return steps in ({1}, {-1})


def _kv_run_at(items: list, i: int, page_of) -> tuple[Optional[list[list[str]]], int]:
    """(rows, index after) of three or more adjacent lines each a label and one value (a web
    page's two-column table saved with a space between its cells: FOI compliance statistics),
    or (None, index after the run read); a run whose values rise line by line is a contents list
    (page numbers) and stays.  A run refused is refused from any later line of it too (fewer
    rows; page numbers, a scale or one number still): the caller does not read it again."""
    page = page_of(items[i])
    rows = []
    k = i
    while k < len(items) and (k == i or not items[k].blank_before) and page_of(items[k]) == page:
        row = _kv_row(items[k])
        if row is None:
            break
        rows.append(row)
        k += 1
    if len(rows) < _KV_MIN_ROWS or _steps_or_pages([v for _, v in rows]) and not (
            all(_PERIOD_CELL.match(p) for p, _ in rows) and _periods_step(rows)):
        return None, k   # (figures a year that rise year by year are no contents list's pages)
    return rows, k


def _kv_caption(out: list, first: _Line, page_of) -> None:
    """The line right above a label-value table, of words only ("Police force area Number of
    officers assaulted": the two columns' heads, which no space tells apart), set apart as its
    caption paragraph (else it ended the paragraph above and the table had no caption)."""
    prev = out[-1] if out else None
    if isinstance(prev, _Line) and not first.blank_before and page_of(prev) == page_of(first) \
            and _label_ok(prev.text) and not any(ch.isdigit() for ch in prev.text):
        out[-1] = _Draft("paragraph", prev.no, [prev.text])


def spaced_row_tables(items: list, page_of) -> list:
    """The lines with each spaced-rows table replaced by a table draft."""
    # only a line ending in a digit (a header of periods, a row, a label-value line, a flattened
    # table), opening with a periods column's header word ("Year", "Month", ...) or holding a "£"
    # (a header of money-marked columns, :mod:`.marker_rows`) is read; the
    # items between two such are copied as they are (what the loop below did with each of them; a
    # reader added to the loop adds the first test of its start lines here, or it is never asked)
    starts = [k for k, it in enumerate(items)
              if isinstance(it, _Line) and (it.text[-1:].isdigit() or _PERIODS_HEAD_START.match(it.text)
                                               or "£" in it.text)]
    if not starts:
        return list(items)
    out: list = []
    i = 0   # (the first item neither copied nor read)
    kv_refused_until = 0   # (the end of a label-value run refused: no later line of it is a start)
    for s in starts:
        if s < i:
            continue   # (inside a table read)
        out.extend(items[i:s])
        i = s
        it = items[i]
        digit_end = it.text[-1:].isdigit()
        # (a header holds two period words at its end: a line not ending in a digit is none;
        # a periods column's header starts with "Year", "Month", ...; a header of money-marked
        # columns holds a "£": asked of lines of letters)
        found = ((_spaced_at(items, i, page_of) or marker_rows_at(items, i, page_of)) if digit_end else
                 _period_rows_at(items, i, page_of) if _PERIODS_HEAD_START.match(it.text) else
                 marker_rows_at(items, i, page_of) if "£" in it.text else None)
        if found is None and digit_end and i >= kv_refused_until:
            rows, end = _kv_run_at(items, i, page_of)
            if rows is None:
                kv_refused_until = end
            else:
                found = rows, end
                _kv_caption(out, it, page_of)
        if found is None:
            flat = _flat_line_at(it) if digit_end and _flat_candidate(it) else None
            out.extend(flat or [it])
            i += 1
            continue
        rows, j = found[:2]
        if len(found) > 2:   # a money-marked header's words that name what the table is of
            out.append(_Draft("paragraph", it.no, [found[2]]))
        out.append(_Draft("table", it.no, rows=rows, src=[ln.no for ln in items[i:j]]))
        i = j
    out.extend(items[i:])
    return out
