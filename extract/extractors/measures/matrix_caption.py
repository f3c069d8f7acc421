"""Matrix tables (see ``matrix``): what a table counts and its money scale, read from the
blocks around it -- caption, numbering heading, the question's "number of ...", a scale note,
the table continued from the page before."""

from __future__ import annotations

import re
from typing import Optional

from ...model import Block
from ...normalise import parse_date
from .cells import _WS, _cell, _money_scale, _period, _strip_money
from .context import _Ctx
from .matrix_grid import _Grid
from .words import _DIMENSION_HDR, _MONEY_SCALE as _MONEY_SCALE_RE, _UNTITLED


def _caption_period(ctx: _Ctx, blocks: list[Block], index: int):
    for k in (index + 1, index - 1):
        if 0 <= k < len(blocks):
            b = blocks[k]
            if b.kind not in ("paragraph",):
                continue
            t = _cell(b.text)
            if not t or len(t.split()) > 20 or _periods_only(t):
                continue
            head = " ".join(t.split()[:6])
            p = _period(head)
            if p is not None and p.end is not None:
                p2 = _period(t) or p
                return p2 if p2.end is not None else p
    return None


# a caption's closing span of the table's own periods: ", 1999-2000 to 2006-07", ", 2003-04 to 2006-07"
_SPAN_TAIL = re.compile(r",\s*(?:from\s+)?(?P<a>\S+)\s+(?:to|-|–)\s+(?P<b>\S+)\s*$", re.IGNORECASE)


def _without_span(title: str) -> str:
    """A caption without the span of periods it closes with ("Assaults on police officers,
    1999-2000 to 2006-07" -> "Assaults on police officers"): the columns or rows give each
    value's period; the span named what is measured as a different thing in every answer."""
    m = _SPAN_TAIL.search(title)
    if m and m.start() > 0 and all(_period(g) is not None and _period(g).end is not None for g in (m["a"], m["b"])):
        return title[:m.start()]
    return title


def _periods_only(text: str) -> bool:
    """A line of two or more periods and nothing else ("| 2022/23 | 2023/24 |", "2021 2022"): a
    header's group row set apart from its table, naming no one period for the table (taking its
    first period dated every undated column, a later year's values too)."""
    cells = [c.strip() for c in text.split("|")] if "|" in text else text.split()
    cells = [c for c in cells if c]
    return len(cells) >= 2 and all(_period(c) is not None for c in cells)


_NUMBERING = re.compile(
    r"(?i)\s*(?:questions?|q|table|figure|chart|appendix|annex|section|part|item|schedule)\s*"
    r"[0-9ivx]{1,4}[a-z]?(?:\s*(?:,|and|&)\s*[0-9ivx]{1,4}[a-z]?)*[.:)]?\s*")
_NUMBER_OF = re.compile(
    r"(?i)\bnumber of ([a-z][a-z\s-]{2,40}?)(?=\s+(?:that|which|who|by|in|on|at|for|during|between|from|"
    r"within|where|per|across|over)\b|\s*[,.;:(]|\s*$)")
_SCALE_NOTE = re.compile(r"(?i)\s*(?:all\s+)?(?:figures|amounts|values|numbers)?\s*(?:are\s+)?(?:shown\s+)?"
                         r"(?:in)?\s*")


def _scale_note(text: str) -> bool:
    """A caption that only gives the money scale ("All figures in £m", "(£000s)")."""
    return _money_scale(text) is not None and bool(_SCALE_NOTE.fullmatch(_strip_money(text)))


# a line that states its own figure ("Number of ASB Civil Injunctions obtained for Dorset between
# 2018 and 2022 = 0", Dorset Police's FOI answer, over a table of other orders): an answer, no caption
_STATES_VALUE = re.compile(r"=\s*[-£]?\d[\d,.]*%?\s*$")


def _states_value(text: str) -> bool:
    return "=" in text and _STATES_VALUE.search(text) is not None


def _counted(blocks: list[Block], index: int) -> str:
    """What a table under a bare numbering heading ("Question 1b.") counts, from the question
    or caption sentence right above it ("The total number of crimes logged by your force ..."
    -> "Number of crimes logged"); "" when it says no "number of ..."."""
    k = index - 1
    if k >= 1 and _states_value(_cell(blocks[k].text)):
        k -= 1  # the question above a line that answers part of it ("... = 0")
    if k < 0 or blocks[k].kind == "table":
        return ""
    m = _NUMBER_OF.search(_cell(blocks[k].text))
    return f"Number of {m.group(1).strip()}" if m else ""


# a page's dateline ("Date Responded 29 April 2020", "Dated: 07 Jun 2011"): names no measure
_DATELINE = re.compile(r"(?i)\s*(?:dated?(?:\s+(?:responded|published|received|of\s+(?:response|request|disclosure)))?"
                       r"|respon(?:se|ded)(?:\s+date)?)\s*[:\-–]?\s*(?P<date>\S.*)")  # (foi6: "Response 02-12-2025")
#: a day, month and year with hyphens ("02-12-2025", a council FOI page's; parse_date reads "/" and ".")
_DMY = re.compile(r"\d{1,2}-\d{1,2}-(?:19|20)\d\d")


def _dateline(text: str) -> bool:
    m = _DATELINE.fullmatch(text or "")
    return bool(m) and (parse_date(m.group("date")) is not None or bool(_DMY.fullmatch(m.group("date"))))


_TABLE_NUMBER_PREFIX = re.compile(r"(?i)(?:table|figure|chart)\s*\d+[a-z]?\s*[:.\-–]\s*")
# a sentence leading into the table ("The council's budget requirement for is shown below:", West
# Norfolk; "A council tax for a band D property calculated as follows:", Warwickshire PCC; "In the
# current financial year, the Police Precept charge is as follows"): it names no metric, the
# columns or rows do
_LEAD_IN = re.compile(r"(?i)\b(?:(?:shown|set out|given|listed|detailed|summarised|provided)\s+below|as follows)\s*:?\s*$")
_BY_TAIL = re.compile(r",?\s+by\s+([^,]+)$")


def _table_title(blocks: list[Block], index: int, section: str, first_hdr: str) -> str:
    """What a table counts: a short caption paragraph right above it ("Table 2: Recorded
    crime by crime type" -> "Recorded crime"), else the heading it stands under.  A caption
    that only gives the money scale is no title; a heading that is only a numbering
    ("Question 1b.", "Table 1.") names nothing: then the "number of ..." of the question above
    the table, else no title."""
    if _NUMBERING.fullmatch(section or "") or _dateline(section) or _UNTITLED.fullmatch(section or ""):
        section = _counted(blocks, index)
    if index - 1 >= 0:
        b = blocks[index - 1]
        t = _cell(b.text)
        capt = _TABLE_NUMBER_PREFIX.match(t)
        if (b.kind == "paragraph" and t and len(t.split()) <= 15 and not _scale_note(t)
                and not _NUMBERING.fullmatch(t) and (capt or not t.endswith((".", "?", "!")))
                and not _states_value(t) and not (not capt and _LEAD_IN.search(t))):
            head = _period(" ".join(t.split()[:4]))
            if head is None or capt:
                t = t[capt.end():] if capt else t
                t = t.rstrip(" :")
                if first_hdr:
                    t = re.sub(rf"\s+by\s+{re.escape(first_hdr)}s?$", "", t, flags=re.IGNORECASE)
                by = _BY_TAIL.search(t)  # "..., by Local Authority Area": the rows' dimension
                if by and _DIMENSION_HDR.fullmatch(by.group(1)) and by.start() > 0:
                    t = t[:by.start()]
                if t:
                    return t
    return section


def _caption_scale(blocks: list[Block], index: int) -> Optional[float]:
    """The money scale of a short caption among the three blocks above a table ("All figures
    in £m", with a heading or a header line the loader set apart in between); a table or a
    paragraph of prose above stops the search."""
    for k in range(index - 1, max(-1, index - 4), -1):
        b = blocks[k]
        t = _cell(b.text) if b.kind != "table" else ""
        last = t.rstrip(" |").rsplit("|", 1)[-1].strip() if k == index - 1 and "|" in t else ""
        if last and _scale_note(last):
            return _money_scale(last)  # a caption ending in a units cell of its own: "... 2003-04 to 2006-07 | £ |"
        if b.kind != "table" and _closing_scale(t):
            return _money_scale(t)
        if b.kind == "table" or len(t.split()) > 12:
            return None
        if _scale_note(t):
            return _money_scale(t)
    return None


_NO_DIGIT = re.compile(r"\d")


def _closing_scale(text: str) -> bool:
    """A short line without figures that closes with a money marker: the header line of a table
    of labels and values the loader left above it ("Directorate £m", Rotherham's council tax guide;
    "... and effect on council tax £m", Lincolnshire's budget in West Lindsey's guide, where the
    page's caption and the header line ran into one paragraph)."""
    t = text.rstrip(" |:")
    if not t.endswith(("m", "0", "0s", "k", "bn")) or len(t.split()) > 30 or "." in t:
        return False  # (a sentence ends with a full stop; a caption line is short)
    last = None
    for last in _MONEY_SCALE_RE.finditer(t):
        pass
    return last is not None and last.end() == len(t) and not _NO_DIGIT.search(t[:last.start()])


def _table_scale(ctx: _Ctx, blocks: list[Block], index: int, g: _Grid, title: str, section: str):
    """The money scale of the whole table: the label column's header ("£000"), the caption
    title, a scale note just above, else (a table continued on the next page with the same
    header) the scale of the table before it."""
    scale = _money_scale(g.first_hdr) if g.first_hdr else None
    if scale is None and title is not section:
        scale = _money_scale(title)
    if scale is None:
        scale = _caption_scale(blocks, index)
    return scale


def _continued_scale(ctx: _Ctx, block: Block, g: _Grid, scale):
    """A table at the top of the next page whose value columns have the headers of the matrix
    table just before it (a table continued over the page break without its caption) keeps
    that table's scale; two tables with the same headers on one page are two tables."""
    key = [g.header[j] if j in g.value_cols else "" for j in range(len(g.header))]
    vkey = "\t".join(g.header[j] for j in g.value_cols)
    last_key, last_scale, last_page = ctx.last_scale
    if (scale is None and vkey and last_key and (last_key[2] == vkey or _same_headers(last_key, key, g.hfull))
            and block.page is not None and last_page is not None and block.page == last_page + 1):
        scale = last_scale
    ctx.last_scale = ((list(g.header), g.hfull, vkey), scale, block.page)
    return scale


def _same_headers(last, key: list[str], hfull: list[str]) -> bool:
    """The value headers of the table before (``(last row headers, full headers)``) are this
    table's: equal, or one table's header wrapped over rows ends as the other's one-row cell
    does ("Savings | Target" over two rows, "2024-25 Savings Target" on the next page)."""
    if not last or len(last[0]) != len(key):
        return False
    lkey, lfull = last[0], last[1]
    for j, k in enumerate(key):
        if not k:
            continue
        a, b = _WS.sub(" ", hfull[j]).lower(), _WS.sub(" ", lfull[j]).lower()
        la, lb = k.lower(), (lkey[j] or "").lower()
        if not (a == b or la == lb or (lb and a.endswith(lb)) or b.endswith(la)):
            return False
    return True
