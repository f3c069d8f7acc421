"""A web page's table saved as text one cell per line (rule 12 of :mod:`extract.loaders.text`).

A police force's FOI answer page keeps its HTML table's cells, each on a line of its own
(Northumbria Police: blank lines between them; Dorset Police: each cell followed by " |"):

    Ethnicity |         <- the header: a label cell (or an empty one, "|"), then two or more period cells
    2020 |
    2021 |
    Arabic or North African |   <- each row: a label cell, then one value per period
    161 |
    134 |

The rows are read back as a table when the header's period cells and then at least two rows
of exactly as many values follow in that order; anything else stays as lines. Other readers
below take headers of words, rows of periods, coded rows, one cell per paragraph, and a label
column beside one value column with "|" lines between rows (:func:`_pair_grid_at`).
"""
from __future__ import annotations

import re

from ...vocab import vocabulary
from ..common import max_width, split_pipe_row
from .lines import _Draft, _Line

# a period cell of a header: "2020", "2019/20", "2019-2020", "Q1 2023", "Jan-24", "FY 2023/24"
#: a year or a span of years ("2023", "2023/24", "1995–96")
YEAR_SPAN = r"(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?"
_PERIOD_CELL = re.compile(
    r"^(?:FY\s*)?(?:(?:Q[1-4]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[\s-]*)?"
    rf"{YEAR_SPAN}$", re.I)  # (an en dash too: "1995–96", historic Hansard)
# a value cell: a number (commas, decimals, a percent), a sum of money with its scale ("£83.8m",
# "£1.2bn", "£664k": PCC budget pages), or a mark for none ("-", "*", "n/a", "0")
_VALUE_CELL = re.compile(r"^(?:[-+]?[£]?\d[\d,]*(?:\.\d+)?\s?%?|[-+]?£\d[\d,]*(?:\.\d+)?(?:bn|m|k)|[-–*]|n/?a)$", re.I)
_MAX_BLANKS = 1  # blank lines between two cells


def _cell(ln: _Line) -> str:
    """A cell's text: the line without the " |" a converter put after it."""
    return ln.text[:-1].rstrip() if ln.text.endswith("|") else ln.text


def _label(t: str) -> bool:
    return 0 < len(t) <= 60 and not _VALUE_CELL.match(t) and not _PERIOD_CELL.match(t) \
        and not t.endswith((".", ":", ";", ",")) and "|" not in t


def _value_or_empty(ln: _Line) -> bool:
    # a line holding only "|" is an empty cell where each cell is followed by " |" (Northumbria
    # Police: "Right to know applications |" / "76 |" / "|"); it keeps the row's cells in place;
    # so does a line holding only a no-break space (text "": see _with_empty_cells)
    return bool(_VALUE_CELL.match(_cell(ln))) or ln.text in ("|", "")


def _next_to(items: list, k: int, page_of, page) -> bool:
    it = items[k] if k < len(items) else None
    return isinstance(it, _Line) and it.blank_before <= _MAX_BLANKS and page_of(it) == page


def _grid_at(items: list, i: int, page_of):
    """(rows, index after the table) of a one-cell-per-line table starting at ``items[i]``, or None."""
    first = items[i]
    nxt = items[i + 1] if i + 1 < len(items) else None
    if not (isinstance(nxt, _Line) and _PERIOD_CELL.match(_cell(nxt))):
        return None   # (a header holds two period cells after its label at least: asked first, cheaper)
    if not isinstance(first, _Line):
        return None
    page = page_of(first)
    if _PERIOD_CELL.match(_cell(first)) and first.text.endswith("|"):
        return _corner_last_at(items, i, page_of, page)
    # (the header's label cell may be empty: a line holding only "|", Cleveland Police; a label cell
    # closed by " |" may end with a colon: "Of those high risk: |")
    piped_colon = first.text.endswith(":|") or first.text.endswith(": |")
    if not (_label(_cell(first)) or first.text == "|" or (piped_colon and _label(_cell(first)[:-1]))):
        return None
    header = [_cell(first)]
    k = i + 1
    while _next_to(items, k, page_of, page) and _PERIOD_CELL.match(_cell(items[k])):
        header.append(_cell(items[k]))
        k += 1
    width = len(header)
    if width < 3:
        return None
    return _rows_under(header, items, k, page_of, page, _label)


def _corner_last_at(items: list, i: int, page_of, page):
    """(rows, index after the table) of a one-cell-per-line table, each cell closed by " |", whose
    header's empty corner cell was printed after its period cells ("2021/22 |" / "2022/23 |" /
    "2023/24 |" / "|" / "High |" / "796 |" ..., Cleveland Police; the same converter's corner cell
    printed last in pipe rows: rule 13), or None. The corner is put back in front."""
    k = i
    periods = []
    while _next_to(items, k, page_of, page) and items[k].text.endswith("|") and _PERIOD_CELL.match(_cell(items[k])):
        periods.append(_cell(items[k]))
        k += 1
    if len(periods) < 2 or not (_next_to(items, k, page_of, page) and items[k].text == "|"):
        return None
    return _rows_under([""] + periods, items, k + 1, page_of, page, _label)


def _rows_under(header: list, items: list, k: int, page_of, page, first_cell) -> "tuple | None":
    """(rows, index after the table): ``header`` and the rows from ``items[k]`` on, each a first
    cell ``first_cell`` accepts and one value (or empty) cell per other column; None under three rows."""
    width = len(header)
    rows = [header]
    while _next_to(items, k, page_of, page) and first_cell(_cell(items[k])) \
            and all(_next_to(items, k + c, page_of, page) and _value_or_empty(items[k + c])
                    for c in range(1, width)):
        rows.append([_cell(items[k + c]) for c in range(width)])
        k += width
    return (rows, k) if len(rows) >= 3 else None


# the label cell over a column of periods ("Year", "Financial year", "Month", "Period")
_PERIODS_HEADER = vocabulary().pattern("period_rows_header")
#: the longest text it matches whole (a longer line is no such header: a test before the pattern)
_PERIODS_HEADER_WIDTH = max_width(_PERIODS_HEADER)


def _period_rows_at(items: list, i: int, page_of):
    """(rows, index after the table) of a one-cell-per-line table whose rows are periods, or None:
    a "Year" cell, one or more label cells ("Total 999 calls"), then at least two rows of a period
    cell and exactly one value per label (Avon and Somerset, Northumbria Police FOI answers)."""
    first = items[i]
    if not (isinstance(first, _Line) and _PERIODS_HEADER.fullmatch(_cell(first))):
        return None
    page = page_of(first)
    header = [_cell(first)]
    k = i + 1
    # (a column may be named by a number: "999 |", "101 |" over call times)
    while _next_to(items, k, page_of, page) and not _PERIOD_CELL.match(_cell(items[k])) \
            and (_label(_cell(items[k])) or _VALUE_CELL.match(_cell(items[k]))):
        t = _cell(items[k])
        if len(header) > 1 and t.startswith("(") and t.endswith(")") and ")" not in t[:-1]:
            header[-1] += " " + t  # a header cell's note on its own line: "No. of Special Advisors" / "(Full time equivalent)"
        else:
            header.append(t)
        k += 1
    width = len(header)
    if width < 2:
        return None
    return _rows_under(header, items, k, page_of, page, _PERIOD_CELL.match)


_TOTAL_COLUMN = vocabulary().pattern("total_row_label")


def group_row(groups: list[str], header: list[str]) -> "list[str] | None":
    """A header's row of group heads read back: period cells ("2022/23 | 2023/24", a web table's
    cells spanning two columns each, saved one cell per span) over a header whose value columns
    repeat the same labels once per group ("Indicator | Target | Actual | Target | Actual"), each
    head set over the first of its columns (the measures spread it over the rest); None for any
    other pair of rows. Exact: k heads over k equal runs of m >= 2 labels leave no other reading."""
    k, n = len(groups), len(header) - 1
    if k < 2 or n < 2 * k or n % k or not all(_PERIOD_CELL.match(g) for g in groups):
        return None
    m = n // k
    labels = [c.strip().lower() for c in header[1:]]
    if not all(labels[:m]) or any(labels[g * m:(g + 1) * m] != labels[:m] for g in range(1, k)):
        return None
    out = [""]
    for g in groups:
        out += [g] + [""] * (m - 1)
    return out
_HEAD_ENDS = frozenset("0123456789|")


def _header_line(ln: _Line) -> "tuple[str, list[str], bool] | None":
    """(label, column names, piped) of a line that names a flattened table's columns: a pipe
    row ("Force area | 1998-99 | ... | Grand total |", "| 2006-07 | 2005-06 |") or a label and
    period words ("Police force area 2002-03 2003-04"); two periods at least, and every other
    column name a total."""
    t = ln.text
    if t.count("19") + t.count("20") < 2:
        return None  # (every period cell holds "19" or "20": fewer than two, no header of periods)
    piped = "|" in t
    if piped:
        if t.count("|") < 2:
            return None
        cells = [c.strip() for c in split_pipe_row(t)]
    else:
        words = t.split()
        n = len(words)
        while n and _PERIOD_CELL.match(words[n - 1]):
            n -= 1
        cells = [" ".join(words[:n])] + words[n:]
    label = ""
    if cells and not _PERIOD_CELL.match(cells[0]):
        label, cells = cells[0], cells[1:]
    if sum(1 for c in cells if _PERIOD_CELL.match(c)) < 2 or (label and not _label(label)) \
            or not all(_PERIOD_CELL.match(c) or _TOTAL_COLUMN.fullmatch(c) for c in cells):
        return None
    return label, cells, piped


def _flat_row(items: list, k: int, width: int, piped: bool, page_of, page) -> "tuple[list, int] | None":
    """(cells, index after the row) of a row's value cells from ``items[k]`` on (the line after its
    label); with ``piped`` each cell ends at a "|" line and a "|" alone is an empty cell."""
    cells: list[str] = []
    if piped:
        if not (_next_to(items, k, page_of, page) and items[k].text == "|"):
            return None  # (the label's own cell ends at a "|" line)
        k += 1
    while len(cells) < width and _next_to(items, k, page_of, page):
        t = items[k].text
        if (piped and t == "|") or t == "":  # ("": a no-break space alone, an empty cell)
            cells.append("")
            k += 1
        elif _VALUE_CELL.match(t) and (not piped or (_next_to(items, k + 1, page_of, page)
                                                    and items[k + 1].text == "|")):
            cells.append(t)
            k += 2 if piped else 1
        else:
            break
    return cells, k


def _headed_flat_at(items: list, i: int, page_of):
    """(rows, index after the table) of a table whose header is one line and whose body cells
    are one per line (Hansard written answers: "Police force area 2002-03 2003-04" over
    "Avon and Somerset" / "1,570" / "1,516"; a pipe header over cells each closed by a "|" line),
    or None. Every row is a label and one cell per column; a row with some of its cells but not
    all (a converter dropped empty cells: which are missing cannot be known) gives no table."""
    head = _header_line(items[i])
    if head is None:
        return None
    label, cols, piped = head
    page = page_of(items[i])
    rows = [[label] + cols]
    k = i + 1
    under = [c.strip() for c in split_pipe_row(items[k].text)] \
        if piped and not label and _next_to(items, k, page_of, page) and items[k].text.count("|") >= 2 else None
    spread = group_row(cols, under) if under else None
    if spread is not None:  # "| 1998-99 | 1999-2000 |" over "Force area | Total | Of which | Total | Of which |"
        label, cols, rows, k = under[0], under[1:], [spread, under], k + 1
    while _next_to(items, k, page_of, page) and _label(_cell(items[k])) and items[k].text != "|":
        got = _flat_row(items, k + 1, len(cols), piped, page_of, page)
        if got is None or not got[0]:
            break  # a line after the table
        cells, j = got
        if len(cells) < len(cols):
            return None
        rows.append([_cell(items[k])] + cells)
        k = j
    return (rows, k) if len(rows) >= 3 + (spread is not None) else None


# a quarter without its year ("Q1", "Quarter 2"): a row of such a table is a period whose year only a
# caption gives; without a caption line holding a year right above the table, nothing is guessed, no table
_YEARLESS = re.compile(r"(?i)q[1-4]|quarter\s*[1-4]")
#: a year in a caption line ("Quarterly statistics 2023/24")
_CAPTION_YEAR = re.compile(rf"(?<!\d){YEAR_SPAN}(?!\d)")


def _piped_run(items: list, k: int, page_of, page, value: bool) -> int:
    """The index after the cells from ``items[k]`` on that are each closed by " |" and are values
    (``value``) or are not."""
    while (_next_to(items, k, page_of, page)) and items[k].text.endswith("|") \
            and bool(_VALUE_CELL.match(_cell(items[k]))) == value:
        k += 1
    return k


def _word_grid_at(items: list, i: int, page_of):
    """(rows, index after the table) of a one-cell-per-line table, each cell closed by " |", whose
    header is words ("Quarter (Q) |" / "Requests: Number received |" / ...; "|" / "Year |" /
    "Total Officers injured |" / ...), or None.  The header's width is read from its first row:
    the run of word cells is the header and the row's one or two label cells, the run of values
    after it the row's values (Southampton council's FOI statistics, Cleveland Police's answers).
    Every row is then as many label cells (a first one may be empty, "|") and values (or "|")."""
    page = page_of(items[i])
    if i and isinstance(items[i - 1], _Line) and items[i - 1].text.endswith("|") and _next_to(items, i, page_of, page_of(items[i - 1])):
        return None   # (a cell inside a table read no other way: "||" / "Call Volume |" under a two-row header)
    words_end = _piped_run(items, i, page_of, page, False)
    n_values = _piped_run(items, words_end, page_of, page, True) - words_end
    # (the first row's last cells may be empty, "|" each: West Lancashire BC's tenant satisfaction
    # measures, "TP01: Overall satisfaction ... |" / "62 |" / "15 |" / "23 |" / "|"; taken as that row's
    # only where the header's words then count one label and its values exactly)
    gap = words_end - i - 2 - n_values
    if n_values >= 2 and 0 < gap <= 2 and all(
            _next_to(items, words_end + n_values + c, page_of, page) and items[words_end + n_values + c].text == "|"
            for c in range(gap)):
        n_values += gap
    n_labels = (words_end - i - n_values) // 2
    if n_values < 2 or n_labels not in (1, 2) or words_end - i - n_values != 2 * n_labels:
        return None
    width = n_labels + n_values
    header = [_cell(ln) for ln in items[i:i + width]]
    if not all(_label(t) for t in header[n_labels - 1:]):
        return None
    above = items[i - 1] if i else None
    dated = isinstance(above, _Line) and not above.text.endswith("|") and bool(_CAPTION_YEAR.search(above.text)) \
        and page_of(above) == page
    rows, k = [header], i + width
    while all(_next_to(items, k + c, page_of, page) and items[k + c].text.endswith("|") for c in range(width)):
        cells = [_cell(ln) for ln in items[k:k + width]]
        label = cells[n_labels - 1]
        if any(cells[:n_labels - 1]) or not (_label(label) or _PERIOD_CELL.match(label) or _coded_label(label)) \
                or (_YEARLESS.fullmatch(label) and not dated) \
                or not all(c == "" or _VALUE_CELL.match(c) for c in cells[n_labels:]):
            break
        rows.append(cells)
        k += width
    if len(rows) < 3:
        return None
    return [r[n_labels - 1:] for r in rows] if not any(r[0] for r in rows) else rows, k


def _coded_label(t: str) -> bool:
    """A row label opened by an indicator's code and a colon or dash, at any length up to _LONG_LABEL
    ("TP07: Satisfaction that the landlord keeps tenants informed about things that matter to them")."""
    return len(t) <= _LONG_LABEL and "|" not in t and bool(_CODED_LABEL.match(t))


#: an indicator's code opening a row ("TP01", "BS01", "OC02a", "LPI0535")
_CODE_CELL = vocabulary().pattern("indicator_code")
_CODED_LABEL = re.compile(_CODE_CELL.pattern + r"\s*[:–-]\s*[A-Za-z]")
_LONG_LABEL = 300  # the longest measure's wording a coded row's second cell may hold


def _coded_grid_at(items: list, i: int, page_of):
    """(rows, index after the table) of a one-cell-per-line table, each cell closed by " |", whose
    rows open with an indicator's code and its wording ("Code |" / "Tenant satisfaction measure |" /
    "2023 |" / "2024 |" / "TP01 |" / "Proportion of respondents who report ... landlord. |" / "68.1% |" /
    "77.3% |", Dover DC's tenant satisfaction measures), or None. The header runs to the first code;
    the wording may be a sentence of any length up to _LONG_LABEL (a definition, not a row label of
    _label's kind); every row is a code, its wording and one value (or "|") per other column."""
    page = page_of(items[i])
    k = i
    while _next_to(items, k, page_of, page) and items[k].text.endswith("|") and not _CODE_CELL.fullmatch(_cell(items[k])):
        k += 1
    width = k - i
    if width < 3:
        return None
    header = [_cell(ln) for ln in items[i:k]]
    if not (_label(header[0]) and _label(header[1])
            and all(_PERIOD_CELL.match(c) or _label(c) for c in header[2:])):
        return None
    rows = [header]
    while all(_next_to(items, k + c, page_of, page) and items[k + c].text.endswith("|") for c in range(width)):
        cells = [_cell(ln) for ln in items[k:k + width]]
        words = cells[1]
        if not _CODE_CELL.fullmatch(cells[0]) or not words or len(words) > _LONG_LABEL or "|" in words \
                or _VALUE_CELL.match(words) or not all(c == "" or _VALUE_CELL.match(c) for c in cells[2:]) \
                or not any(cells[2:]):
            break
        rows.append(cells)
        k += width
    return (rows, k) if len(rows) >= 3 else None


def _pair_head(items: list, k: int, page_of, page) -> "tuple[str, int] | None":
    """(text, index after it) of a word cell at ``items[k]``: closed by " |", or with its " |" on
    a line of its own after it ("BAND D EQUIVALENTS" / "|"); None for anything else."""
    if not _next_to(items, k, page_of, page):
        return None
    t = items[k].text
    if t.endswith("|"):
        return (_cell(items[k]), k + 1) if _label(_cell(items[k])) else None
    if _label(t) and _next_to(items, k + 1, page_of, page) and items[k + 1].text == "|":
        return t, k + 2
    return None


def _pair_grid_at(items: list, i: int, page_of):
    """(rows, index after the table) of a table of a label column and one value column saved one
    cell per line, each cell closed by " |", or None. A ModernGov decision page keeps the web
    table's empty cells as lines holding only "|" between its rows: "Parish |" / "Tax Base |" / "|" /
    "|" / "Hale |" / "729 |" / "Halebank |" / "590 |" (Halton BC's council tax bases); "PARISH |" /
    "BAND D EQUIVALENTS" / "|" / "|" / "|" / "Grantham |" / "10,834.3 |" / "|" / "|" / "Stamford |"
    ... (South Kesteven DC's: a header cell's " |" on the next line, the header printed again
    mid-table). Every row is a label cell and a value cell; "|" lines between rows are skipped; a
    value right after them is a row whose label the page lost (no row); the header again is
    skipped; anything else ends the table, and two rows at least."""
    page = page_of(items[i])
    if i and isinstance(items[i - 1], _Line) and items[i - 1].text.endswith("|") and items[i - 1].text != "|" \
            and _next_to(items, i, page_of, page_of(items[i - 1])):
        return None   # (a cell inside a table read no other way)
    a = _pair_head(items, i, page_of, page)
    b = _pair_head(items, a[1], page_of, page) if a is not None and items[i].text.endswith("|") else None
    if b is None or _PERIOD_CELL.match(b[0]):
        return None
    header = [a[0], b[0]]
    rows, k = [header], b[1]
    while True:
        j = k
        while _next_to(items, j, page_of, page) and items[j].text == "|":
            j += 1
        if not _next_to(items, j, page_of, page) or not items[j].text.endswith("|"):
            break
        cell = _cell(items[j])
        if j > k and _VALUE_CELL.match(cell):
            k = j + 1   # a row whose label cell the page lost ("|" / "345 |", Halton): no row
            continue
        again = _pair_head(items, j + 1, page_of, page) if cell == header[0] else None
        if again is not None and again[0] == header[1]:
            k = again[1]   # the header printed again
            continue
        if not (_label(cell) and _next_to(items, j + 1, page_of, page) and items[j + 1].text.endswith("|")
                and _VALUE_CELL.match(_cell(items[j + 1])) and _cell(items[j + 1])):
            break
        rows.append([cell, _cell(items[j + 1])])
        k = j + 2
    return (rows, k) if len(rows) >= 3 else None


def _spaced(items: list, k: int, page_of, page) -> bool:
    """``items[k]`` is a line one blank line below the line before it, on ``page``: the next cell of
    a web table saved as paragraphs, one cell each."""
    it = items[k] if k < len(items) else None
    return isinstance(it, _Line) and it.blank_before == 1 and page_of(it) == page


def _counted(t: str) -> bool:
    # a value cell that is a number ("7", "1,204", "63.2%"): what a blank-line grid's first row holds
    return t[-1:].isdigit() or (t.endswith("%") and t[-2:-1].isdigit())


_NA = re.compile(r"(?i)n/?a")


def _blank_grid_at(items: list, i: int, page_of):
    """(rows, index after the table) of a web table saved as text one cell per paragraph (a blank
    line between cells) whose header is words, or None. The header's width is read from its first
    row: the run of word cells is the header (a corner cell or none) and the row's label, the run of
    numbers after it the row's values ("RAG Rating" / "Green" / "Amber" / ... / "KPIs" / "6" / "2" /
    ..., Maidstone BC's performance summaries; "September 2019 Panel" / "June 2019 Panel" / "Green" /
    "7" / "9", Devon and Cornwall Police and Crime Panel). Every further row is a label and exactly
    as many values (a blank-line grid saves no empty cell: a row with fewer ends the table before it);
    a row with more values than the header's columns gives no table, and two rows at least."""
    first = items[i]
    if not isinstance(first, _Line) or first.text.endswith("|") or (i and first.blank_before < 1):
        return None
    page = page_of(first)
    above = items[i - 1] if i else None
    if isinstance(above, _Line) and _spaced(items, i, page_of, page_of(above)) and not _counted(above.text):
        return None   # (the header is the whole run of word cells: one cell above it, a heading or a
        # header cell wrapped over two lines, "Satisfied" / "(%)", leaves its columns unknown)
    k = i + 1
    while _spaced(items, k, page_of, page) and not _counted(items[k].text):
        k += 1
    words_end = k
    while _spaced(items, k, page_of, page) and _counted(items[k].text) and _VALUE_CELL.match(items[k].text):
        k += 1
    n_values, n_words = k - words_end, words_end - i
    if n_values < 2 or n_words not in (n_values + 1, n_values + 2):
        return None
    cells = [ln.text for ln in items[i:words_end]]
    header = cells[:-1] if n_words == n_values + 2 else [""] + cells[:-1]
    # (a column may be named "N/A": KPIs without a rating or a direction, Maidstone)
    # (a header cell opening with a bracket is the rest of the one above: "Satisfied" / "(%)")
    if (header[0] and not _label(header[0])) or not all((_label(c) or _PERIOD_CELL.match(c) or _NA.fullmatch(c))
                                                        and not c.startswith("(") for c in header[1:]) \
            or not _label(cells[-1]):
        return None
    rows = [header, [cells[-1]] + [ln.text for ln in items[words_end:k]]]
    while _spaced(items, k, page_of, page) and _label(items[k].text) \
            and all(_spaced(items, k + c, page_of, page) and _VALUE_CELL.match(items[k + c].text)
                    for c in range(1, n_values + 1)):
        rows.append([ln.text for ln in items[k:k + n_values + 1]])
        k += n_values + 1
    if len(rows) < 3 or (_spaced(items, k, page_of, page) and _VALUE_CELL.match(items[k].text)):
        return None
    return rows, k


def _blank_grid_starts(items: list) -> list[int]:
    """The indexes a table of _blank_grid_at can start at: for a line followed by two numbers (a first
    row's label and values), the line as many lines above it as it has numbers after it, and the one above."""
    num = [isinstance(it, _Line) and _counted(it.text) for it in items]
    n = len(num)
    out = []
    for r in range(1, n - 2):
        if not (num[r + 1] and num[r + 2]):
            continue
        v = 2
        while r + v + 1 < n and num[r + v + 1]:
            v += 1
        out.extend(s for s in (r - v - 1, r - v) if s >= 0)
    return out


def _with_empty_cells(items: list, empty_cells: list[int]) -> tuple[list, list]:
    """(``items`` with a line of text "" for each line number in ``empty_cells``, the item of ``items``
    each stands for or None): a web table's empty cell saved as a line holding only a no-break space
    (British Transport Police, Northumbria Police FOI pages) is a cell of a one-cell-per-line table,
    not a blank line that ends it. The blank lines before a line are counted from the line above it
    in the new list (a line after a draft of several lines is never next to it)."""
    out: list = []
    orig: list = []
    ci, prev = 0, None
    for it in items:
        no = it.no if isinstance(it, _Line) else it.line
        while ci < len(empty_cells) and empty_cells[ci] < no:
            out.append(_Line(empty_cells[ci], "", "", empty_cells[ci] - prev - 1 if prev is not None else 99))
            orig.append(None)
            prev = empty_cells[ci]
            ci += 1
        if isinstance(it, _Line) and orig and orig[-1] is None:
            out.append(_Line(it.no, it.raw, it.text, it.no - prev - 1, it.room))
        else:
            out.append(it)
        orig.append(it)
        prev = no if isinstance(it, _Line) else None
    return out, orig


def _start_lines(items: list) -> list[int]:
    """The indexes of the items a table of this module can start at (every other one is copied
    as it is): a line followed by one whose cell can be a period (it ends in a digit, or in the
    " |" _cell leaves out), a line ending in a digit or a "|" (a header of periods, a word cell),
    or a periods column's header ("Year", at most _PERIODS_HEADER_WIDTH characters). A reader added
    to cell_grid_tables adds the first test of its start lines here, or it is never asked."""
    n = len(items)
    tail = [isinstance(it, _Line) and (it.text[-1:].isdigit() or it.text.endswith("|")) for it in items]
    tail.append(False)
    return [k for k, it in enumerate(items) if isinstance(it, _Line) and (
        tail[k + 1] or it.text[-1:] in _HEAD_ENDS
        or (len(it.text) <= _PERIODS_HEADER_WIDTH and _PERIODS_HEADER.fullmatch(it.text)))] if n else []


def cell_grid_tables(items: list, page_of, empty_cells: "list[int] | None" = None) -> list:
    """The lines with each one-cell-per-line table replaced by a table draft (``empty_cells``: the
    numbers of lines holding only a no-break space, each an empty cell of such a table)."""
    orig = items
    if empty_cells:
        items, orig = _with_empty_cells(items, empty_cells)
    out: list = []

    def copy(a: int, b: int) -> None:
        # (an empty cell outside a table is a blank line: not copied)
        out.extend(orig[a:b] if orig is items else (it for it in orig[a:b] if it is not None))

    i = 0   # (the first item neither copied nor read)
    blank_starts = set(_blank_grid_starts(items))
    starts = _start_lines(items)
    for s in (sorted(blank_starts.union(starts)) if blank_starts else starts):
        if s < i:
            continue   # (inside a table read)
        copy(i, s)
        i = s
        it = items[i]
        # (a header line ends in a period or a pipe: a cheap test before _headed_flat_at)
        found = _grid_at(items, i, page_of) or _period_rows_at(items, i, page_of) or (
            _headed_flat_at(items, i, page_of) if it.text[-1:] in _HEAD_ENDS else None) or (
            _word_grid_at(items, i, page_of) or _coded_grid_at(items, i, page_of) or _pair_grid_at(items, i, page_of)
            if it.text.endswith("|") else None) or (
            _blank_grid_at(items, i, page_of) if i in blank_starts else None)
        if found is None:
            copy(i, i + 1)
            i += 1
            continue
        rows, j = found
        if out and _caption_cell(out[-1]) and page_of(out[-1]) == page_of(items[i]):
            out[-1] = _Draft("paragraph", out[-1].no, [_caption_cell(out[-1])])
        out.append(_Draft("table", items[i].no, rows=rows, src=[ln.no for ln in items[i:j]]))
        i = j
    copy(i, len(items))
    return out


def _caption_cell(it) -> str:
    """The text of a line holding one pipe cell ("| Kerb crawling |"), "" for any other item: right
    above a table it is the table's caption (a cell spanning the page's table), never part of the
    paragraph before it."""
    if not isinstance(it, _Line) or it.text.count("|") != 2 or not it.text.startswith("|") or not it.text.endswith("|"):
        return ""
    t = it.text[1:-1].strip()
    # (a caption may be longer than a row label: "Resultant arrests following searches of persons
    # and vehicles( 3, 4)", Hansard; one pipe cell right above the table is the caption at any length)
    return t if _label(t) or (60 < len(t) <= _CAPTION_MAX and _label(t[:60].rstrip(".:;,"))
                              and not t.endswith((".", ":", ";", ","))) else ""


_CAPTION_MAX = 150
