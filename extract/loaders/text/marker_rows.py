"""Spaced rows under a header whose columns each close with a money marker (rule 14b of
:mod:`extract.loaders.text`): a council's finance table saved as text with one space between
its cells, where no gap tells the header's words apart but the money markers do.

    Service areas Spend (£million) Income (£million) Budget (£million)      <- Woking BC
    Housing, including: council housing, homelessness and housing £5.7m £2.7m £3m

    Property band Borough council tax (£) Annual increase (£) Weekly increase (£)   <- Newcastle-under-Lyme BC
    A 145.79 2.84 0.05

    Services Gross £m Income £m Net £m Cost per                                    <- Lincolnshire CC
    Resident £                                                                        (West Lindsey's guide)
    Children's Services 878.9 781.5 97.4 126.6

The header: two or more columns, each ending with a money marker (words.toml's
``money_scale``: "£m", "(£)", "(£million)", "£000"), led by the label column's header, which
must be a row dimension of words.toml's ``measure_dimension_header`` ("Services", "Property
band", "Service areas"; else which words head the label column cannot be known and nothing is
read). A header line whose last column goes on, without a figure, on the next line ending with
a marker is joined to it. The rows: three or more adjacent lines, each a label without a figure
and exactly one value per column; the first line that is not one ends the table.

A header whose value columns are each a period and a money marker is read too, with or without
words before them ("Bromyard and Winslow Town Council 2016/17 £ 2017/18 £", Herefordshire's
parish precepts), also when its cells were saved one per line ("Expenditure 2016-2017" / "£m" /
"2017-2018" / "£m", Cumbria PCC's budget on Eden DC's page); the words before the periods head
the label column when they name a row dimension, else they are the table's caption.
"""
from __future__ import annotations

import re
from typing import Optional

from ...vocab import vocabulary
from .cell_grid import YEAR_SPAN, _VALUE_CELL
from .lines import _Line

_V = vocabulary()
_MONEY_MARKER = _V.pattern("money_scale")
_DIMENSION = _V.pattern("measure_dimension_header")
_MIN_ROWS = 3
_MAX_LABEL = 250  # a row label may be a sentence of its own ("Environmental quality, including: ...")
_DIGIT = re.compile(r"\d")


def _ends_with_marker(text: str) -> bool:
    """Does the line end with a money marker ("£m", "(£)", "£000", "(£million)", "Resident £")?"""
    tail = text[-16:]
    last = None
    for last in _MONEY_MARKER.finditer(tail):
        pass
    return last is not None and not tail[last.end():].strip(" )")


def _columns(text: str) -> Optional[tuple[str, list[str]]]:
    """(label column header, value column headers) of a header line, or None."""
    # (a marker's closing bracket is its column's: "Spend (£million)")
    ends = [m.end() + (text[m.end():m.end() + 1] == ")") for m in _MONEY_MARKER.finditer(text)]
    if len(ends) < 2 or text[ends[-1]:].strip():
        return None
    cols = [text[a:b].strip() for a, b in zip([0] + ends, ends)]
    if _DIGIT.search(_MONEY_MARKER.sub(" ", text)):
        return None  # (a header of words and markers only: a year is a period header's, rule 14)
    words = cols[0].split()
    for n in range(len(words) - 1, 0, -1):
        if _DIMENSION.fullmatch(" ".join(words[:n])):
            return " ".join(words[:n]), [" ".join(words[n:])] + cols[1:]
    return None


#: a money marker of a period's column ("£", "£m", "(£000)", "£'000")
_PERIOD_MARKER = r"\(?£\s*['’]?\s*(?:000s?|k|mn|m|bn)?\)?"
# a value column of a period and a money marker ("2016/17 £", "2017-2018 £m", "2024/25 (£000)")
_PERIOD_MARKED = re.compile(rf"(?<!\S)(?P<p>{YEAR_SPAN})\s+(?P<m>{_PERIOD_MARKER})(?=\s|$)", re.I)


def _period_columns(text: str) -> Optional[tuple[str, list[str]]]:
    """(label column header, value column headers) of a header whose value columns are each a
    period and a money marker ("Bromyard and Winslow Town Council 2016/17 £ 2017/18 £",
    Herefordshire's parish precepts; "Expenditure 2016-2017 £m 2017-2018 £m", Cumbria PCC's
    budget): the words before the first period head the label column (none may be there), or None."""
    found = list(_PERIOD_MARKED.finditer(text))
    if len(found) < 2 or text[found[-1].end():].strip():
        return None
    if any(text[a.end():b.start()].strip() for a, b in zip(found, found[1:])):
        return None  # (words between two such columns: not this form)
    head = text[:found[0].start()].strip()
    if _DIGIT.search(head) or len(head) > 60 or head.endswith((".", ":", ";", ",")):
        return None
    return head, [f"{m.group('p')} {m.group('m')}" for m in found]


def _row(ln, width: int) -> Optional[list[str]]:
    if not isinstance(ln, _Line) or ln.blank_before:
        return None
    words = ln.text.split()
    if len(words) <= width or not all(_VALUE_CELL.match(w) for w in words[-width:]):
        return None
    label = " ".join(words[:-width])
    if _DIGIT.search(label) or len(label) > _MAX_LABEL or "|" in label or not any(ch.isalpha() for ch in label) \
            or label.endswith((":", ";", ",")) or _VALUE_CELL.match(words[-width - 1]):
        return None
    return [label] + words[-width:]


def marker_rows_at(items: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    """(rows, index after the table) of a money-marker header at ``items[i]`` and its rows, or None."""
    first = items[i]
    if not isinstance(first, _Line) or _DIGIT.search(first.text[:1]):
        return None
    if "£" not in first.text:
        return _split_header_rows(items, i, page_of)
    text, k = first.text, i + 1
    nxt = items[k] if k < len(items) else None
    if not _ends_with_marker(text) and isinstance(nxt, _Line) and not nxt.blank_before \
            and page_of(nxt) == page_of(first) and not _DIGIT.search(_MONEY_MARKER.sub(" ", nxt.text)) \
            and _ends_with_marker(nxt.text) and len(nxt.text) <= 40:
        text, k = f"{text} {nxt.text}", k + 1   # a last column wrapped onto the next line ("Cost per" / "Resident £")
    found = _columns(text) if _ends_with_marker(text) else None
    if found is not None:
        return _rows_under(items, found, k, page_of(first), page_of)
    found = _period_columns(first.text)
    return _rows_under(items, found, i + 1, page_of(first), page_of, named=True) if found else None


# a header line's cell of its own: a period or a money marker alone ("2017-2018", "£m")
_HEADER_PIECE = re.compile(rf"(?:{YEAR_SPAN}|{_PERIOD_MARKER})", re.I)
_MAX_PIECES = 8


def _split_header_rows(items: list, i: int, page_of) -> Optional[tuple[list[list[str]], int]]:
    """A period-and-marker header saved one cell per line ("Expenditure 2016-2017" / "£m" /
    "2017-2018" / "£m", Cumbria PCC's budget on a billing council's page) read as one line."""
    first = items[i]
    k, parts = i + 1, [first.text]
    while k < len(items) and k - i <= _MAX_PIECES and isinstance(items[k], _Line) \
            and not items[k].blank_before and page_of(items[k]) == page_of(first) \
            and _HEADER_PIECE.fullmatch(items[k].text.strip()):
        parts.append(items[k].text.strip())
        k += 1
    if k - i < 3:
        return None
    found = _period_columns(" ".join(parts))
    return _rows_under(items, found, k, page_of(first), page_of, named=True) if found else None


def _rows_under(items: list, found, k: int, page, page_of, named: bool = False):
    """(rows, index after the table[, caption]); ``named``: words before the periods that are no
    row dimension name what the table is of (a parish's accounts: "Bromyard and Winslow Town
    Council 2016/17 £ 2017/18 £") -- the table's caption, not its label column's header."""
    head, cols = found
    caption = ""
    if named and head and not _DIMENSION.fullmatch(head):
        head, caption = "", head
    rows = [[head] + cols]
    while k < len(items) and page_of(items[k]) == page:
        row = _row(items[k], len(cols))
        if row is None:
            break
        rows.append(row)
        k += 1
    if len(rows) - 1 < _MIN_ROWS:
        return None
    return (rows, k, caption) if caption else (rows, k)
