"""pdftotext default-mode residue: a table printed one cell per line, rebuilt into
rows (measure tables kept as cells only; deliverables tables rebuilt; rules 10-11 of
:mod:`extract.loaders.text`)."""
from __future__ import annotations

import re

from ...normalise import MONTH_PREFIX
from typing import Optional

from ...normalise import parse_date
from ...extractors.deliverables import header_words, split_header_line
from ..common import ends_with_stop_word, starts_lower
from .lines import HEADER_WORDS, SMALL_WORDS, _BULLET, _Draft, _Line, _strong_heading
from .layout import _is_data_cell

# --------------------------------------------------------------------------
# default-mode pdftotext: a table's cells one per line (rules 10-11)
# --------------------------------------------------------------------------

_MONTHS = MONTH_PREFIX + r"\.?"
_MONTH_YEAR = re.compile(rf"^{_MONTHS}[-/ ]?(?:\d{{2}}|\d{{4}})$", re.I)
_DATE_CELL = re.compile(
    rf"^(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTHS}[\s\-/]+(?:\d{{2}}|\d{{4}})|"
    r"\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4}))$", re.I)
_DATE_WORD_CELL = re.compile(r"^(?:on[- ]?going|tbc|tba|tbd|complete[d]?|n/?a)$", re.I)
_PCT_CELL = re.compile(r"^\d{1,3}(?:\.\d+)?\s?%$")
_TREND_WORDS = frozenset("""increasing decreasing increase decrease stable improving deteriorating
improved deteriorated worse better up down no change same static steady""".split())
_GLYPHS = "~^▲▼△▽↑↓→←↗↘◆●○■□▪▶◀►◄⬆⬇"
_PERIOD_HEADER_WORDS = frozenset("""to vs vs. versus from since up months month years year weeks week
days day quarter quarters rolling trend trends line data exception exceptions weighting statistical
ytd fytd last previous prior current baseline latest this same average avg mean median high low rate
sparkline direction performance""".split())
_VERBISH = frozenset("""is are was were be been being has have had will would can could should may
might must shall do does did""".split())
# first-column header words: a title line directly above one of them names the next table
_FIRST_HEADER = frozenset("measure measures action actions indicator indicators metric metrics".split())


_ANY_DIGIT = re.compile(r"\d")


def _value_cell(t: str) -> bool:
    """A value cell of a table printed one cell per line: a number with a unit, a direction glyph
    and a trend word at most ("17.7% ▲ Increasing", "~~~~~ 10,562", "00:00:01 ^ Increasing"), or a
    date/percent line ("Jan 24", "90%")."""
    if not _ANY_DIGIT.search(t):  # every value, date or percent holds a digit
        return False
    toks = t.split()
    while toks and all(c in _GLYPHS for c in toks[0]):
        toks = toks[1:]
    if not toks:
        return False
    while toks and toks[-1].lower() in _TREND_WORDS:
        toks = toks[:-1]
    return bool(toks) and _is_data_cell(" ".join(toks))


def _filler_cell(t: str) -> bool:
    """A glyph, a one-letter sparkline label or a bare trend word ("^", "~~~~~", "Q", "Increasing")."""
    if t[:1].isalpha() and len(t) > 1 and t.split(None, 1)[0].lower() not in _TREND_WORDS:
        return False   # (a word first that is no trend word: no glyph is a letter; most lines, answered at once)
    if all(c in _GLYPHS or c.isspace() for c in t):
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    return all(w.lower() in _TREND_WORDS for w in t.split())


_SHORT_NUMBER = re.compile(r"\d{1,4}")


def _header_cell(t: str) -> bool:
    """Words of a column header only ("Measure", "3 Months to", "Oct-2023", "Date Due",
    "Trend Line (Up", "to 3 Years'", "Exception Weighting")."""
    # (word by word, stopping at the first that is none: the same as testing the list of words)
    seen = False
    for w in t.split():
        w = w.strip("()'’:,.").lower()
        if not w:
            continue
        # (both patterns end with a digit, \d: a character str.isdigit holds for)
        if not (w in HEADER_WORDS or w in _PERIOD_HEADER_WORDS or w + "." in _PERIOD_HEADER_WORDS
                or w[-1].isdigit() and (_MONTH_YEAR.match(w) or _SHORT_NUMBER.fullmatch(w))):
            return False
        seen = True
    return seen


def _label_cell(t: str) -> bool:
    """A short Title-Case label, no sentence ("Call Answered Volume: 999", "Three, Eight-Month
    High", "Statistical Exceptions"): at most 45 characters and 7 words, starts with a capital,
    at least 3/4 of the significant words capitalised, no auxiliary verb."""
    if len(t) > 45 or not t[:1].isupper():
        return False
    words = [w for w in t.split() if (w[0].isalpha() or any(c.isalpha() for c in w))]
    if not words or len(words) > 7:
        return False
    if any(w.lower() in _VERBISH for w in words):
        return False
    sig = [w for w in words if w.lower().strip(",-–—") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper() or w[:1].isdigit())
    return caps * 4 >= len(sig) * 3


def _residue_class(ln: _Line, first_in_group: bool) -> Optional[str]:
    """V (value), F (filler glyph), H (header words), L (label), C (a wrapped part of the cell
    above) or None (text: a sentence, a bullet, a heading of the strong kind)."""
    t = ln.text
    if len(t) > 60 or _BULLET.match(ln.raw) or "\t" in ln.raw:
        return None
    if t.endswith((".", ",", ";", ":", "?", "!")) and not t.endswith("vs."):
        return None
    if "?" in t or "!" in t or _strong_heading(t):
        return None
    if _value_cell(t):
        return "V"
    if _filler_cell(t):
        return "F"
    if _header_cell(t):
        return "H"
    if _label_cell(t):
        return "L"
    if not first_in_group and starts_lower(t) and len(t) <= 30 \
            and not any(w.lower() in _VERBISH for w in t.split()):
        return "C"
    return None


def _cell_rows(run: list[_Line]) -> list[list[str]]:
    """One row per line of a residue run; a line that plainly continues the one above in the
    same text block (starts in lower case, closes its bracket, or follows a function word) is
    part of that cell ("3 Months to" / "Jul-2024" stays one cell)."""
    rows: list[list[str]] = []
    for ln in run:
        t = ln.text
        if rows and ln.blank_before == 0:
            prev = rows[-1][0]
            if starts_lower(t) or (prev.count("(") > prev.count(")") and ")" in t) \
                    or ends_with_stop_word(prev) or prev.endswith(("vs.", "-", "–", "&")):
                rows[-1][0] = f"{prev} {t}"
                continue
        rows.append([t])
    return rows


class _LazyClasses:
    """The residue class of each item (``cls_at``), worked out when first read; ``opens``:
    is it "V" or "H" (a run opens there), answered without the class where it cannot be
    (most lines of text: the label and continuation tests are never made for them)."""

    def __init__(self, items: list, cls_at):
        self.items, self.cls_at = items, cls_at
        self.known: dict[int, Optional[str]] = {}

    def __getitem__(self, k: int) -> Optional[str]:
        if k not in self.known:
            self.known[k] = self.cls_at(k)
        return self.known[k]

    def opens(self, k: int) -> bool:
        if k not in self.known:
            it = self.items[k]
            if not isinstance(it, _Line) or len(it.text) > 60:
                return False   # (_residue_class: None)
            if not _ANY_DIGIT.search(it.text) and not _header_cell(it.text):
                return False   # (a value cell holds a digit, a header cell is header words only)
        return self[k] in ("V", "H")


def _cell_kinds(items: list) -> str:
    """Each item as a letter: "d" a line of at most 60 characters (a cell) holding a digit (a value
    cell is one), "s" another such line (a glyph cell is one), "x" the rest (no cell)."""
    return "".join(["x" if not isinstance(it, _Line) or len(it.text) > 60 else "d" if _ANY_DIGIT.search(it.text)
                     else "s" for it in items])


def _may_hold_table(items: list, kinds: str) -> bool:
    """Can _residue_tables find a table: three value lines with only glyph lines between them ("V" and
    "F" of _residue_class: "v f* v f* v" where "v" is a _value_cell and "f" a _filler_cell)? Only in a
    run of cells (``kinds``) holding three "d" at least are the cells read that far."""
    for m in _CELL_RUN.finditer(kinds):
        if m.group().count("d") >= 3 and _THREE_VALUES.search("".join(
                [("v" if _value_cell(items[k].text) else "d") if c == "d" else ("f" if _filler_cell(items[k].text) else "s")
                 for k, c in enumerate(m.group(), m.start())])):
            return True
    return False


def _residue_tables(items: list, page_of) -> list:
    """Runs of table residue become one-column table blocks (rule 10)."""
    out: list = []
    n = len(items)
    i = 0

    def cls_at(k: int) -> Optional[str]:
        it = items[k]
        if not isinstance(it, _Line):
            return None
        first = k == 0 or it.blank_before > 0 or not isinstance(items[k - 1], _Line) \
            or page_of(items[k - 1]) != page_of(it)
        return _residue_class(it, first)

    kinds = _cell_kinds(items)
    if not _may_hold_table(items, kinds):
        return list(items)   # (what the loop below makes of them)
    classes = _LazyClasses(items, cls_at)
    # a run opens only at a line holding a digit or at one of header words (_LazyClasses.opens)
    starts = [k for k, c in enumerate(kinds) if c == "d" or (c == "s" and _header_cell(items[k].text))]
    for s in starts:
        if s < i:
            continue   # (inside a run read)
        out.extend(items[i:s])
        i = s
        if not classes.opens(i):
            out.append(items[i])
            i += 1
            continue
        # the run: consecutive residue lines on one page, at most two blank lines apart
        j = i + 1
        while j < n and classes[j] is not None and items[j].blank_before <= 2 \
                and page_of(items[j]) == page_of(items[i]):
            # a title line directly above a first-column header starts the next table
            if classes[j] == "L" and j + 1 < n and classes[j + 1] == "H" \
                    and items[j + 1].blank_before == 0 \
                    and items[j + 1].text.lower().split()[0] in _FIRST_HEADER:
                break
            j += 1
        # trailing labels and headers (a heading below the table) are not part of it
        end = j
        while end > i and classes[end - 1] in ("L", "H", "C"):
            end -= 1
        run = items[i:end]
        # a table prints values next to each other (a row's or a column's cells): three or more
        # value lines with only glyphs between them.  Label / value / label / value tiles (a
        # dashboard's boxes) are not a table and stay text.
        stretch = best = 0
        for k in range(i, end):
            if classes[k] == "V":
                stretch += 1
                best = max(best, stretch)
            elif classes[k] != "F":
                stretch = 0
        if best >= 3:
            d = _Draft("table", run[0].no, rows=_cell_rows(run))
            out.append(d)
            i = end
        else:
            # a run starting further on ends at the same place and has no more values: none is
            # a table either
            out.extend(items[i:j])
            i = j
    out.extend(items[i:])
    return out


#: three value lines with nothing but glyph lines between them (see _residue_tables)
_THREE_VALUES = re.compile(r"vf*vf*v")
#: a run of cells of _residue_tables' letters
_CELL_RUN = re.compile(r"[ds]+")


_PCT_END = re.compile(r"^(?P<d>.*?)\s*(?P<p>\d{1,3}(?:\.\d+)?\s?%)$")


# the deliverables header vocabulary has one home: extractors/deliverables/headers.py (its data file)
_DELIV_HEAD_WORDS = HEADER_WORDS | header_words()


def _deliv_header_cell(t: str) -> bool:
    words = t.split(None, 3)  # a fourth part: more than three words
    if not 0 < len(words) <= 3:
        return False
    for w in words:  # (= all(...) over the words, without a generator: asked at every line)
        if w.lower() not in _DELIV_HEAD_WORDS:
            return False
    return True


def _date_cell(t: str) -> bool:
    return bool(_DATE_WORD_CELL.match(t)) or (bool(_DATE_CELL.match(t)) and parse_date(t) is not None)


def _line_at(items: list, k: int, pg, page_of) -> Optional[_Line]:
    """Item ``k`` when it is a line close below the one before (at most two blank lines) on
    page ``pg``."""
    if k < len(items) and isinstance(items[k], _Line) and items[k].blank_before <= 2 and page_of(items[k]) == pg:
        return items[k]
    return None


def _deliv_header(items: list, i: int, page_of) -> Optional[tuple[int, list]]:
    """(number of lines, header cells) when a deliverables header ("Action" / "Date Due" /
    "Progress") is printed one cell per line from item ``i``."""
    it = items[i]
    if not (isinstance(it, _Line) and _deliv_header_cell(it.text)):
        return None
    pg = page_of(it)
    texts = [it.text]
    for nh in (2, 3):
        ln = _line_at(items, i + nh - 1, pg, page_of)
        if ln is None or not _deliv_header_cell(ln.text):
            return None
        texts.append(ln.text)
        cells = split_header_line(" ".join(texts))
        if cells:
            return nh, cells
    return None


def _bullets_beside(items: list, b: int, pg, page_of) -> tuple[list, int]:
    """Bullets beside the table (a text column printed between its rows) from item ``b``, with
    their wrapped lines; returns them and the index after them."""
    bullets: list[_Line] = []
    while (ln := _line_at(items, b, pg, page_of)) is not None and _BULLET.match(ln.raw):
        bullets.append(ln)
        b += 1
        while (ln := _line_at(items, b, pg, page_of)) is not None and ln.blank_before == 0 \
                and not _BULLET.match(ln.raw):
            bullets.append(ln)
            b += 1
    return bullets, b


def _action_frags(items: list, a: int, pg, page_of) -> tuple[list, int]:
    """The action's text from item ``a``: lines of text (adjacent lines are one cell) up to a date,
    a percent, a bullet, a heading or a question; at most 7 fragments are read."""
    frags: list[str] = []
    while (ln := _line_at(items, a, pg, page_of)) is not None and not _BULLET.match(ln.raw) \
            and not _date_cell(ln.text) and not _PCT_END.match(ln.text) \
            and not _strong_heading(ln.text) and "?" not in ln.text and len(frags) <= 6:
        if frags and ln.blank_before == 0:
            frags[-1] = f"{frags[-1]} {ln.text}"
        else:
            frags.append(ln.text)
        a += 1
    return frags, a


def _due_and_pct(items: list, a: int, pg, page_of) -> tuple[str, str, int]:
    """(due date, percent, index after them) from a date line and a percent line, or one line
    "<date> <percent>"; empty strings when not both are there."""
    ln = _line_at(items, a, pg, page_of)
    if ln is not None and _date_cell(ln.text):
        nxt = _line_at(items, a + 1, pg, page_of)
        if nxt is not None and _PCT_CELL.match(nxt.text):
            return ln.text, nxt.text, a + 2
        return ln.text, "", a
    if ln is not None and (m := _PCT_END.match(ln.text)) and _date_cell(m.group("d")):
        return m.group("d"), m.group("p"), a + 1
    return "", "", a


def _deliv_rows(items: list, k: int, pg, page_of) -> tuple[list, list, int]:
    """(rows, bullet lines moved out, index after the table): rows of action / due / progress
    from item ``k`` while each action is followed by a date and a percent."""
    rows: list[list[str]] = []
    moved: list[_Line] = []
    while True:
        bullets, b = _bullets_beside(items, k, pg, page_of)
        frags, a = _action_frags(items, b, pg, page_of)
        if not frags or len(frags) > 6:
            break
        due, pct, a = _due_and_pct(items, a, pg, page_of)
        if not (due and pct):
            break
        rows.extend([f, "", ""] for f in frags[:-1])
        rows.append([frags[-1], due, pct])
        moved.extend(bullets)
        k = a
    return rows, moved, k


def _deliverable_tables(items: list, page_of) -> list:
    """"Action" / "Date Due" / "Progress" printed one cell per line, and the rows below it
    (action lines, a date line, a percent line) rebuilt into a three-column table (rule 11)."""
    # a header is two or three header cells on lines of their own: only where a line and the
    # item after it are both such cells is one read (the rest are copied as they are)
    cell = [isinstance(it, _Line) and _deliv_header_cell(it.text) for it in items]
    starts = [k for k in range(len(items) - 1) if cell[k] and cell[k + 1]]
    if not starts:
        return list(items)
    out: list = []
    i = 0   # (the first item neither copied nor read)
    for s in starts:
        if s < i:
            continue   # (inside a table read)
        out.extend(items[i:s])
        i = s
        it = items[i]
        head = _deliv_header(items, i, page_of)
        rows: list = []
        if head is not None:
            nh, header = head
            rows, moved, k = _deliv_rows(items, i + nh, page_of(it), page_of)
        if not rows:
            out.append(it)
            i += 1
            continue
        kept = {ln.no for ln in moved}
        out.append(_Draft("table", it.no, rows=[header] + rows,
                          src=[items[q].no for q in range(i, k) if items[q].no not in kept]))
        out.extend(moved)
        i = k
    out.extend(items[i:])
    return out
