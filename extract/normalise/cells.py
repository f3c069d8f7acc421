"""Table cells and bare numbers as quantities: parse_number (one plain number, accounting
brackets), parse_value (one figure of a table cell, glyphs and markers stripped)."""
from __future__ import annotations

import re
from typing import Optional

from .core import Quantity, _NUM, _SCALE, _clean, _num, _scaled, _orig_span, clean_text
from .exclusions import _YEAR4
from .quantities import _scan
from .signs import sign_from_words


_PLAIN_FULL = re.compile(
    rf"^\(?[ \t]*(?:n[ \t]*[=.:][ \t]*)?(?P<sign>[-+])?(?P<num>{_NUM})"
    rf"(?:[ \t]?(?P<scale>thousand|million|billion|bn))?[ \t]*\)?[.,;:]?$",
    re.IGNORECASE)


_BRACKETED = re.compile(r"^(?P<cur>£[ \t]*)?\([ \t]*(?P<inner>[^()]*?)[ \t]*\)(?P<dot>[.,;:]?)$")


_BRACKET_INNER_RE = re.compile(r"(?i)n\b")


def _bracket_inner(s: str) -> Optional[str]:
    """The inside of an accounting negative "(300)" / "(£1.2m)" / "£(300)" / "(3.5%)", else None."""
    m = _BRACKETED.match(s.strip())
    if not m or not m.group("inner") or m.group("inner")[0] in "+-" or _BRACKET_INNER_RE.match(m.group("inner")):
        return None
    return (m.group("cur") or "").strip() + m.group("inner")


_PARSE_NUMBER_RE = re.compile(r"<sup>", re.IGNORECASE)
_PARSE_NUMBER_RE2 = re.compile(r"^\(?[ \t]*n", re.IGNORECASE)
_PARSE_NUMBER_RE3 = re.compile(r"0\d+")


def parse_number(text: str, accounting: bool = False) -> Optional[float]:
    """The text as ONE plain number (after stripping blanks, Markdown/HTML
    and a trailing full stop): "1,125" -> 1125, "1.4 million" -> 1400000,
    "-12" -> -12, "(n=600)" -> 600, "n. 2,751" -> 2751, "n.-35,701" ->
    -35701.  None for anything else: years (2023), dates, percents ("18.%"
    is a percent: use :func:`parse_percent`), durations, money, codes
    ("PIP2", "Priority 2"), postcodes, phone numbers, footnote markers
    ("3<sup>a</sup>"), text.

    A bracketed number "(300)" is an accounting negative or a label: None,
    unless ``accounting`` is set (a cell of a finance table, whose convention
    is brackets for negatives): then "(300)" -> -300, "(1,234.5)" -> -1234.5,
    "(1.2 million)" -> -1200000; still None for "(2019)", "(-3)", "(n=600)".
    """
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    if accounting:
        inner = _bracket_inner(clean_text(str(text)))
        if inner is not None and not inner.startswith("£"):
            v = parse_number(inner)
            return -v if v is not None else None
    raw = str(text)
    if _PARSE_NUMBER_RE.search(raw):
        return None
    s = clean_text(raw).strip()
    if not s:
        return None
    m = _PLAIN_FULL.match(s)
    if not m:
        return None
    num = m.group("num")
    is_n = bool(_PARSE_NUMBER_RE2.match(s))
    if s.startswith("(") != s.rstrip(".,;:").endswith(")"):
        return None
    if s.startswith("(") and not is_n:
        return None  # "(12)" is an accounting negative or a label: ambiguous
    if not is_n and re.fullmatch(_YEAR4, num) and not m.group("scale"):
        return None
    if _PARSE_NUMBER_RE3.fullmatch(num):
        return None  # leading zero: a code or phone number
    v = _num(num)
    sc = (m.group("scale") or "").lower()
    if sc:
        v = _scaled(v, sc)
    if m.group("sign") == "-":
        v = -v
    return v


#: a bound glued to its number (">1000", ">=5", "≥90%"), as "<5" is: no exact value to sum or compare
_BOUND_CELL = re.compile(r"^(?:>=?|≥|=>)(?=[£\d.])")
_CELL_EMPTY = re.compile(r"^(?:|-+|n/?a|n\.a\.|none|nil|tbc|tbd|\*|x|\.+|~+|–|—)$", re.IGNORECASE)
_CELL_LEAD = re.compile(r"^[ \t]*(?:[▼▲↓↑^•·~*>✓✔✗✘][ \t]*)+")
_CELL_TRAIL = re.compile(r"(?:[ \t]+(?:[▼▲↓↑^•·~*—–\-]+|[A-Za-z]\b|\([A-Za-z0-9]\))|[▼▲↓↑^•·~*]+)[ \t]*$")


# "£000", "£'000", "£k", "£m": the unit label of a scaled money column, not a value
_MONEY_SCALE_LABEL = re.compile(r"^\(?£[ \t]*(?:'?0{3}|k|m|bn)\)?$", re.IGNORECASE)


def parse_value(text: str, accounting: bool = False) -> Optional[Quantity]:
    """A TABLE CELL as one quantity.

    Glyphs and one-letter markers glued on are stripped ("-1.0% ▼",
    "00:00:18 ^", "00:05:25 A", "5.3% •", "-0.8% —", "51.5% ^"); what remains
    must be exactly one count / percent / points / seconds / gbp figure
    (a 4-digit year-like integer such as "1,234" is fine with a comma; a bare
    "2023" is None).  Offsets refer to ``text``.  ``direction`` records the
    glyph (▼ -1, ▲/^ +1).  A ▼ makes an unsigned *percentage_points* value
    negative (points are always a change); for other units the glyph is only
    recorded, because a level cell can carry a trend arrow.  None for empty
    cells, "-", "n/a", labels ("Rolling 12 Month Only"), or anything with
    extra words.

    With ``accounting`` (a cell of a finance table) a bracketed unsigned
    count, money or percent is negative, as accountants print it: "(300)" ->
    -300 count, "(£1.2m)" / "£(1.2m)" -> -1,200,000 gbp, "(3.5%)" -> -3.5
    percent; ``sign_explicit`` is True and ``raw`` is the whole bracketed
    text.  Years "(2019)", signed "(-3)", sample sizes "(n=600)", ranks and
    durations in brackets stay None.  Without ``accounting`` a bracketed
    number is None (it may be a label or a footnote).
    """
    if text is None:
        return None
    if accounting:
        return _accounting_value(str(text))
    s = str(text)
    clean, idx = _clean(s)
    core = clean.strip()
    if _CELL_EMPTY.match(core) or _MONEY_SCALE_LABEL.match(core) or _BOUND_CELL.match(core):
        return None
    direction = 0
    # strip leading/trailing glyphs
    lo = len(clean) - len(clean.lstrip())
    hi = len(clean.rstrip())
    while True:
        seg = clean[lo:hi]
        m = _CELL_LEAD.match(seg)
        if m and m.end() > 0 and m.end() < len(seg):
            d = sign_from_words(m.group())
            direction = direction or d
            lo += m.end()
            continue
        m = _CELL_TRAIL.search(seg)
        if m and m.start() > 0:
            d = sign_from_words(m.group())
            direction = direction or d
            hi = lo + m.start()
            continue
        break
    seg = clean[lo:hi].strip()
    if not seg:
        return None
    if _SPACED_SIGN.match(seg):
        return _spaced_sign_value(s, clean, idx, lo, hi, seg)
    qs = _scan(seg, exclude=False)
    if len(qs) != 1:
        return None
    q = qs[0]
    if q.start != 0 or q.end != len(seg):
        # allow trailing '.' only
        if not (q.start == 0 and seg[q.end:].strip() in (".", "")):
            return None
    if q.kind == "rank" or q.kind == "n":
        return None
    if q.unit == "count" and re.fullmatch(_YEAR4, q.raw.strip().lstrip("+-")):
        return None
    if q.direction:
        direction = q.direction
    # offsets back into the original text
    cs = lo + (clean[lo:hi].find(seg)) + q.start
    ce = cs + (q.end - q.start)
    os_, oe = _orig_span(idx, cs, ce)
    value, se = q.value, q.sign_explicit
    if direction == -1 and not se and q.unit == "percentage_points":
        value, se = -abs(value), True
    return Quantity(value, q.unit, s[os_:oe], os_, oe, se, q.kind, direction)




# a cell that is a sign, a blank and a number: "- 5", "+ 3", "- 2.1%" (a converter split the
# minus glyph from its number; alone in a cell the dash can be nothing else)
_SPACED_SIGN = re.compile(r"[-+−][ \t]+(?=[£\d.])")


def _spaced_sign_value(s: str, clean: str, idx, lo: int, hi: int, seg: str) -> Optional[Quantity]:
    m = _SPACED_SIGN.match(seg)
    q = parse_value(("+" if m.group().startswith("+") else "-") + seg[m.end():])
    if q is None or not q.sign_explicit:
        return None
    cs = lo + clean[lo:hi].find(seg)
    os_, oe = _orig_span(idx, cs, cs + len(seg))
    return Quantity(q.value, q.unit, s[os_:oe], os_, oe, True, q.kind, q.direction)


def _accounting_value(s: str) -> Optional[Quantity]:
    """parse_value of a finance-table cell: brackets make an unsigned figure negative."""
    core = clean_text(s).strip()
    inner = _bracket_inner(core)
    if inner is None:
        return parse_value(s)
    q = parse_value(inner)
    if q is None or q.sign_explicit or q.kind in ("rank", "n") or q.unit not in ("count", "gbp", "percent"):
        return None
    start = s.find(core) if core in s else 0
    return Quantity(-abs(q.value), q.unit, core, start, start + len(core), True, q.kind, q.direction)
