"""Cell text clean-up and classification (value, trend word, residue, no-value), row
labels (residue stripping, metric / subject split), ranks and money markers.  Every number
is read by :mod:`extract.normalise`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import normalise as N
from ...loaders.htmltext import strip_tags
from .words import _COLON_OPERATION, _COLON_QUANTITY, _MONEY_SCALE, _PERIOD_TYPES_DASH, _SCALES, _TREND_WORDS
from .words import _V as _WORDS_V


# ---------------------------------------------------------------------------
# small text helpers (cell clean-up only, no number grammar)
# ---------------------------------------------------------------------------

_LATEX = re.compile(r"\$[^$]{0,40}\$")
_WS = re.compile(r"\s+")


def _cell(text: str) -> str:
    t = strip_tags(text or "")
    t = t.replace("**", "")
    t = " ".join(t.split())  # = _WS.sub(" ", t).strip(): str.split and \s agree on whitespace
    # a plus sign set apart from its number ("+ 23.3"): one signed value
    return _SPACED_PLUS.sub(r"+\1", t) if t[:1] == "+" else t


_SPACED_PLUS = re.compile(r"^\+\s+(\d[\d,]*(?:\.\d+)?%?)$")

# a word broken by the PDF's text layer into a stem and a trailing fragment of one or two
# lower-case letters ("Revenu e Forecas t", "Varianc e"); short words that are real words
# are never glued
_FRAGMENT = re.compile(r"\b([A-Za-z]{4,}) ([a-z]{1,2})\b")
_REAL_SHORT = {"a", "an", "as", "at", "be", "by", "do", "if", "in", "is", "it", "no", "of", "on", "or",
               "so", "to", "up", "us", "we", "vs", "pa", "pm", "am", "ie", "eg"}


def repair_broken_words(text: str) -> str:
    """Header text with words the text layer broke apart joined again ("Revenu e Forecas t" ->
    "Revenue Forecast"); other text unchanged."""
    return _FRAGMENT.sub(lambda m: m.group(0) if m.group(2) in _REAL_SHORT
                         else m.group(1) + m.group(2), text or "")


_IS_BLANK_RE = re.compile(r"[-–—=_:|\s]*")


def _is_blank(t: str) -> bool:
    return not t or bool(_IS_BLANK_RE.fullmatch(t))


#: a cell that stands for no value in a table of figures: "*" (a small number withheld), "n/a",
#: "N/A", "-", "–" (FOI answers' tables: Devon, Northumbria, Surrey)
_EMPTY_MARK = re.compile(r"\*{1,3}|n/?a|[-–—]", re.IGNORECASE)


def is_empty_mark(t: str) -> bool:
    """A cell that is a mark for no value: an empty value, never a value, a header or a metric."""
    return bool(t) and bool(_EMPTY_MARK.fullmatch(t.strip()))

_UNIT_HINT_RE = re.compile(r"\b(?:pp|ppts?|pts|percentage points?)\b|%\s*points?", re.IGNORECASE)
_UNIT_HINT_RE2 = re.compile(r"%|\bper ?cent\b|\bpercentage\b", re.IGNORECASE)


def _unit_hint(label: str) -> Optional[str]:
    """Unit a column/row label gives plain numbers ("Change (PP)", "% of total")."""
    if not label:
        return None
    if _UNIT_HINT_RE.search(label):
        return "percentage_points"
    if _UNIT_HINT_RE2.search(label):
        return "percent"
    return None


def _iso(d) -> Optional[str]:
    if d is None:
        return None
    return d.isoformat() if hasattr(d, "isoformat") else str(d)

# ---------------------------------------------------------------------------
# cell classification
# ---------------------------------------------------------------------------

def _value(text: str, accounting: bool = False):
    """The cell as one quantity; ``accounting``: brackets are negatives (finance tables). A
    cell that is wholly a bracketed sum of money ("(£195,370)", "(£1.2m)") is a negative in
    any table: the pound sign inside the bracket makes it no note (West Norfolk's budget
    requirement, income and net lines under "Gross Income" and "2024/2025 Estimate")."""
    if not text:
        return None
    if not accounting and text[0] == "(" and _BRACKETED_MONEY.fullmatch(text):
        accounting = True
    return _parsed_value(text, accounting)


_BRACKETED_MONEY = re.compile(r"\(\s*£\s?\d[\d,]*(?:\.\d+)?\s*(?:bn|m|k)?\s*\)", re.IGNORECASE)


# a table's cells are read many times (header tests, column tests, records); the answers are
# frozen Quantity / Period objects, so each distinct text is parsed once
@lru_cache(maxsize=16384)
def _parsed_value(text: str, accounting: bool):
    q = N.parse_value(text, accounting=accounting)
    if q is None and text[-1:] in "sy" and (m := _DAYS_CELL.fullmatch(text)):
        # a number of days as the whole cell ("34 days", "10.93 days"): the count of days (days
        # given as plain numbers are counts; Mansfield DC's re-let times, a council's invoice
        # payment days, Rotherham's days lost to sickness)
        q = N.Quantity(value=float(m.group(1).replace(",", "")), unit="count", raw=text, start=0, end=len(text))
    return q


_DAYS_CELL = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(?:days?)", re.IGNORECASE)


def _is_trend(t: str) -> bool:
    return bool(t) and bool(_TREND_WORDS.fullmatch(t.strip().rstrip(".")))


_IS_SMALL_INT_RE = re.compile(r"\s*\d{1,3}\s*")


def _is_small_int(t: str) -> bool:
    if not t or not _IS_SMALL_INT_RE.fullmatch(t):
        return False
    v = N.parse_number(t)
    return v is not None and 0 <= v <= 100 and float(v).is_integer()


_RESIDUE_TOKEN = re.compile(
    r"(?:[^\w\s]+|[\\/|]+|[·.~^Λ∧⌃]+|(?i:[mwnhyv]{1,6}\.?)|_+)")


_IS_RESIDUE_RE = re.compile(r"[A-Za-z0-9]")


def _is_residue(t: str) -> bool:
    """Trend-line picture left over by a converter."""
    if not t:
        return False
    toks = t.split()
    if all(_RESIDUE_TOKEN.fullmatch(x) or not _IS_RESIDUE_RE.search(x) for x in toks):
        return True
    return t.strip() == "1"


_HAS_WORDS_RE = re.compile(r"[A-Za-z]{3,}")


def _has_words(t: str) -> bool:
    return bool(_HAS_WORDS_RE.search(t or ""))


_NO_VALUE = re.compile(
    r"(?:rolling\s+12[\s-]*months?\s+only|n/?a|no data|not (?:yet )?available|"
    r"data not (?:yet )?available|tbc|tbd|nil|none|not applicable|\*+|-+|–|—)",
    re.IGNORECASE)


def _is_no_value(t: str) -> bool:
    """A value cell saying there is no value ("Rolling 12 Month Only", "n/a")."""
    return bool(t) and bool(_NO_VALUE.fullmatch(t.strip().rstrip(".")))


def _is_exception_text(t: str) -> bool:
    return _has_words(t) and not _is_trend(t) and not _is_no_value(t) and _value(t) is None


@lru_cache(maxsize=16384)
def _period(text: str):
    if not text:
        return None
    try:
        return N.parse_period(text)
    except Exception:  # pragma: no cover - defensive: a bad header never stops a table
        return None


def _dash_period(text: str):
    p = _period(text)
    if p is not None and p.period_type in _PERIOD_TYPES_DASH:
        return p
    return None


# ---------------------------------------------------------------------------
# labels: residue stripping and metric / subject split
# ---------------------------------------------------------------------------

_SPARK = re.compile(r"(?i:[mwnhyv]{1,6}\.?)")


_JUNK_TOKEN_RE = re.compile(r"[\\/|~^·._]+")


def _junk_token(tok: str) -> bool:
    if not _IS_RESIDUE_RE.search(tok):
        return True  # symbols, non-Latin junk (م, ۹.)
    if _JUNK_TOKEN_RE.fullmatch(tok):
        return True
    return False


def _spark_token(tok: str) -> bool:
    # sparkline OCR ("mmm", "Mmm", "ymww.", "hm", "M"); real acronyms (2+ caps) are kept
    if not _SPARK.fullmatch(tok):
        return False
    core = tok.rstrip(".")
    if len(core) >= 2 and core.isupper():
        return False
    return True


_CLEAN_LABEL_RE = re.compile(r"\d+")


def clean_label(text: str) -> str:
    """Row label without merged trend-line residue."""
    t = _LATEX.sub(" ", strip_tags(text or ""))
    t = t.replace("**", " ")
    toks = t.split()
    stripped = False
    while toks and (_junk_token(toks[-1]) or (_spark_token(toks[-1]) and len(toks) > 1)):
        toks.pop()
        stripped = True
    if stripped and len(toks) > 1 and toks[-1] == "1" and not _CLEAN_LABEL_RE.fullmatch(toks[-2]):
        toks.pop()
    lead = False
    while toks and (_junk_token(toks[0]) or (_spark_token(toks[0]) and len(toks) > 1
                                             and toks[0] != toks[0].upper())):
        if toks[0] in ("%", "#") and len(toks) > 1 and toks[1].lower() == "of":
            break  # the quantity the label names: "% of household waste recycled", "# of calls"
        toks.pop(0)
        lead = True
    if lead and len(toks) > 1 and toks[0] == "1":
        toks.pop(0)
    # a lone lowercase "q" glued in front is the Q column
    if len(toks) > 1 and toks[0] in ("q", "q.", "Q."):
        toks.pop(0)
    return " ".join(toks).strip(" :-–")


_LETTERED = re.compile(r"(.*\S)\s+([A-Z])")


def clean_labels(raws: list[str]) -> list[str]:
    """``clean_label`` of each row label of one table, keeping a closing capital letter that
    names one of a lettered series ("Band A" ... "Band H" of a council tax table): a lone
    "H", "M", "N", "V", "W" or "Y" is sparkline residue only when no other row of the table
    ends with a letter after the same words."""
    out = [clean_label(r) for r in raws]
    heads: dict[str, int] = {}
    for r in raws:
        m = _LETTERED.fullmatch((r or "").strip())
        if m:
            heads[m.group(1)] = heads.get(m.group(1), 0) + 1
    if not heads or max(heads.values()) < 3:
        return out
    for k, r in enumerate(raws):
        m = _LETTERED.fullmatch((r or "").strip())
        if m and heads.get(m.group(1), 0) >= 3 and out[k] == clean_label(m.group(1)):
            out[k] = f"{out[k]} {m.group(2)}"
    return out


_SEP = re.compile(r"\s+[-–—]\s+")


_IS_SENTENCE_RE = re.compile(r"[.;]\s|[.;]$")


def _is_sentence(text: str) -> bool:
    """Words after a colon that explain rather than qualify ("Named Suspect identified: victim
    supports police action but evidential difficulties prevent further action"): long, a
    sentence, or going on in lower case (a qualifier is a name: "All 999", "County")."""
    return len(text.split()) > 6 or bool(_IS_SENTENCE_RE.search(text)) or text[:1].islower()


#: an indicator's code ("TP01", "BS01", "OC02a", "LPI0535"); never a period's ("Q1", "FY24")
_INDICATOR_CODE = _WORDS_V.pattern("indicator_code")


def split_label(label: str) -> tuple[str, str]:
    """(metric, subject) from a row label: subject is the last qualifier (a short one; a
    definition after the colon, or the quantity it measures - "Number received" - is part of
    the label, not a subject)."""
    if ":" in label:
        head, tail = label.split(":", 1)
        head, tail = head.strip(), tail.strip()
        if head and tail and (_is_sentence(_SEP.split(tail)[-1]) or _COLON_QUANTITY.match(tail)
                              or _COLON_OPERATION.fullmatch(head) or _INDICATOR_CODE.fullmatch(head)):
            return label.strip(), ""  # (a definition, or the quantity measured: "Requests: Number received";
            # an indicator's code before the measure's words: "TP01: Overall satisfaction with service provided")
        if head and tail:
            parts = _SEP.split(tail)
            if len(parts) > 1:
                return f"{head}: {' - '.join(p.strip() for p in parts[:-1])}", parts[-1].strip()
            return head, tail
    return label.strip(), ""


def _common_split(labels: list[str]) -> Optional[dict[str, tuple[str, str]]]:
    """Labels "X - m" (or "m - X") sharing the same m in every row -> {label: (m, X)}."""
    pairs = [(l, _SEP.split(l, maxsplit=1)) for l in labels]
    pairs = [(l, p) for l, p in pairs if len(p) == 2]
    if len(pairs) < 2 or any(":" in l for l, _ in pairs):
        return None
    labels = [l for l, _ in pairs]
    parts = [p for _, p in pairs]
    firsts = {p[0].strip().lower() for p in parts}
    seconds = {p[1].strip().lower() for p in parts}
    if len(seconds) == 1 and len(firsts) == len(labels):
        return {l: (p[1].strip(), p[0].strip()) for l, p in zip(labels, parts)}
    if len(firsts) == 1 and len(seconds) == len(labels):
        return {l: (p[0].strip(), p[1].strip()) for l, p in zip(labels, parts)}
    return None


_RANK_VALUE_RE = re.compile(r"\d")
_RANK_VALUE_RE2 = re.compile(r"\s*(?:(?:out\s+)?of\s+\d{1,3}(?:\s+[A-Za-z]+)?)?\s*")


def _rank_value(t: str):
    """A cell that is exactly a rank ("3rd of 8", "41st out of 43 forces"): the rank
    quantity ``normalise.find_quantities`` finds (kind 'rank'), else None."""
    if not t or not _RANK_VALUE_RE.search(t):
        return None
    qs = N.find_quantities(t)
    if len(qs) != 1 or qs[0].kind != "rank":
        return None
    q = qs[0]
    if t[:q.start].strip() or not _RANK_VALUE_RE2.fullmatch(t[q.end:]):
        return None
    return q


def _is_value_cell(t: str, accounting: bool = False) -> bool:
    return bool(t) and (_value(t, accounting) is not None or _rank_value(t) is not None)


def _money_scale(text: str) -> Optional[float]:
    """Multiplier a money marker in a header gives its plain numbers: "£000"/"£'000"/"£k"
    -> 1,000; "£m" -> 1,000,000; "£bn" -> 1e9; "(£)" or a bare "£" -> 1; None without one."""
    m = _MONEY_SCALE.search(text or "")
    if not m:
        return None
    s = (m.group("s") or "").lower()
    return _SCALES.get(s, 1.0) if s else 1.0


_STRIP_MONEY_RE = re.compile(r"\(\s*\)|\[\s*\]")


def _strip_money(text: str) -> str:
    t = _MONEY_SCALE.sub(" ", text or "")
    t = _STRIP_MONEY_RE.sub(" ", t)
    t = _WS.sub(" ", t).strip(" :-–")
    if t[:1] == "(" and t[-1:] == ")" and "(" not in t[1:-1] and ")" not in t[1:-1]:
        return t[1:-1].strip(" :-–")  # a header wholly in brackets: "(Actual)"
    # a bracket left over by the money marker ("Outturn (£m" after "£m)" went); a closing bracket of
    # the header's own note stays: "Terrorism Act(3, 4)" lost its ")" and the metric its balance
    while t[-1:] == ")" and t.count(")") > t.count("("):
        t = t[:-1].rstrip(" :-–")
    while t[:1] == "(" and t.count("(") > t.count(")"):
        t = t[1:].lstrip(" :-–")
    return t.rstrip(" :-–(").lstrip(" :-–)")


