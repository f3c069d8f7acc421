"""Quantities in text: numbers, percents, points, durations, money (the spans
that are never figures: exclusions.py); parse_percent, parse_duration,
parse_money for one value (table cells and bare numbers: cells.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import regex
from typing import Optional

from ..regex_cache import regex_compile   # (regex.compile, its result kept between runs)
from .core import Quantity, _ARROW_AFTER, _CACHE_MAX_LEN, _LB, _NUM, _SCALE, _SIGN, _clean, _close_tags, _num, _scaled, _orig_span, clean_text  # noqa: F401
from .core import _WN, _WN_SP, _WORD_VAL
from .exclusions import _YEAR4, _exclusions, _overlaps
from .signs import sign_from_words  # noqa: F401
from ..vocab import vocabulary
from ..vocab.literals import longest_first
from .scan_speed import (QUANTITY_GATES, QUANTITY_START, FastQuantities, MatchGroups, QuantityStarts, SharedNameGroups,
                         group_index)


# --------------------------------------------------------------------------
# the quantity grammar (applied to cleaned text)
# --------------------------------------------------------------------------

_HOUR_U = r"(?:hours?|hrs?)"
_MIN_U = r"(?:minutes?|mins?)"
_SEC_U = r"(?:seconds?|secs?)"
_J = r"(?:[ \t]*,?[ \t]*(?:and[ \t]+)?)"

# any number word: one in front of a number word that starts a duration makes
# it a range ("two to three minutes") or part of a bigger number ("one hundred
# and five minutes"), never a duration of its own
_ANY_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                r"twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                r"dozen|million)")
_RANGE_BEFORE_WORD = re.compile(
    rf"(?:\d[ \t]*(?:-|to|or|and|/)|(?<![\w-]){_ANY_NUMWORD}[ \t]*(?:-|(?:to|or|and|/)\b)?)[ \t]*$",
    re.IGNORECASE)
_RANGE_BEFORE_DIGIT = re.compile(
    rf"(?<![\w-]){_ANY_NUMWORD}[ \t]*(?:-|(?:to|or|and)\b)[ \t]*$", re.IGNORECASE)
# "and a half" (never "and a half-day", "and a half of ...")
_HALF = r"and[ \t]+a[ \t]+half\b(?![ \t]*-|[ \t]+(?:of|the|an?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)"


def _slot(g: str, unit: str) -> str:
    """A number (digits or a word, optionally "N and a half") and its unit."""
    return (rf"(?:(?P<{g}>{_NUM}|{_WN})(?P<{g}_h>[ \t]+and[ \t]+a[ \t]+half)?[ \t]*-?[ \t]*"
            rf"|(?P<{g}>{_WN_SP})[ \t]+){unit}\b")


_DUR_WORDS = (
    rf"{_slot('dh', _HOUR_U)}(?:(?P<dhh>[ \t]*,?[ \t]*{_HALF})"
    rf"|(?:{_J}{_slot('dhm', _MIN_U)})?(?:{_J}{_slot('dhs', _SEC_U)})?)"
    # "an hour and 10 minutes", "an hour and a half" ("an hour" alone is no figure)
    rf"|(?P<dha>an?)[ \t]+{_HOUR_U}\b(?:(?P<dhah>[ \t]*,?[ \t]*{_HALF})"
    rf"|(?:{_J}{_slot('dham', _MIN_U)})?(?:{_J}{_slot('dhas', _SEC_U)})?)"
    rf"|{_slot('dm', _MIN_U)}(?:(?P<dmh>[ \t]*,?[ \t]*{_HALF})|{_J}{_slot('dms', _SEC_U)})?"
    rf"|(?P<dma>an?)[ \t]+{_MIN_U}\b(?:(?P<dmah>[ \t]*,?[ \t]*{_HALF})|{_J}{_slot('dmas', _SEC_U)})?"
    rf"|{_slot('ds', _SEC_U)}"
    # "half an hour", "half-an-hour", "half a minute"
    r"|(?<![\w-])(?P<hf>half)[ \t-]+an?[ \t-]+(?P<hfu>hour|minute)\b"
    # ("7m 25secs": On the Wight on Hampshire and Isle of Wight Constabulary's 101 wait; "1h 5m 3sec")
    rf"|(?P<sh>\d+)[ \t]?h[ \t]?(?P<shm>\d+)[ \t]?m(?:[ \t]?(?P<shs>\d+)[ \t]?s(?:ecs?|econds?)?)?\b"
    rf"|(?P<sm>\d+)[ \t]?m[ \t]?(?P<sms>\d+)[ \t]?s(?:ecs?|econds?)?\b"
)
_DUR_CLOCK = (
    r"(?P<c3h>\d{1,3}):(?P<c3m>[0-5]\d):(?P<c3s>[0-5]\d)(?![\d:])"
    r"|(?P<cms_m>\d{1,3}):(?P<cms_s>[0-5]\d)[ \t]*(?:minutes|mins?)\b"
    r"|(?P<chm_h>\d{1,3}):(?P<chm_m>[0-5]\d)[ \t]*(?:hours|hrs?)\b"
    # a bare "mm:ss" stated as an average / median / mean ("Emergency response averaged 11:34",
    # "a median of 9:48"): a duration, not a time of day
    r"|(?<=\b(?:averag(?:ed|ing|e)|median|mean)(?:[ \t]+(?:of|at|was|is|time|times|response))*[ \t]+)"
    r"(?P<cav_m>\d{1,3}):(?P<cav_s>[0-5]\d)(?![\d:]|[ \t]*(?:am|pm|a\.m\.|p\.m\.|hrs?|hours)\b)"
)

#: the alternatives of the quantity pattern, in order (the first that matches at a position wins),
#: each with the name of the group that decides how its match is read
_Q_ALTS = [
    # sample sizes: n=600, n.817, n. 2,751, n.-35,701
    ("n", rf"(?P<n>(?<![\w.])n[ \t]*[=.:][ \t]*(?P<n_sign>-)?(?P<n_num>{_NUM}))(?![\d%])"),
    # money (never the front of a number mistyped: "£750,00", "£1,50m" are no £750 or £1 -- a thousands group of
    # two digits, read by none of the numbers after it either)
    ("money", rf"{_SIGN}(?P<money>£[ \t]?(?P<m_num>{_NUM})(?!\d|[.,]\d)"
              rf"(?:[ \t]?(?P<m_scale>thousand|million|billion|bn|mn|m|k|b)\b)?)"),
    # durations written as clocks
    ("clock", rf"{_SIGN}{_LB}(?P<clock>{_DUR_CLOCK})"),
    # durations written in words
    ("dur", rf"{_SIGN}{_LB}(?P<dur>{_DUR_WORDS})"),
    # correlation coefficients: r = 0.86, (r=-0.42), R2 = 0.64
    ("coef", rf"(?P<coef>(?<![\w.])r(?:2|²)?[ \t]*=[ \t]*(?P<coef_sign>-)?(?P<coef_num>0?\.\d+|1(?:\.0+)?|0(?:\.0+)?))(?![\d%]|[.,]\d)"),
    # plus/minus margins: ±3.5 per cent, +/- 10.52 (a bare margin is a count)
    ("pm", rf"(?P<pm>(?:±|\+[ \t]*/[ \t]*-)[ \t]*(?P<pm_num>{_NUM})(?:(?P<pm_pct>[ \t]*(?:%|per[ \t-]?cent\b|percent\b))(?P<pm_pts>[ \t]*(?:points?|pts?|ppts?|pp)\b)?|(?![\d.,]|[ \t]*[A-Za-z%£])))"),
    # percentage points
    ("pts", rf"{_SIGN}{_LB}(?P<pts>(?P<pts_num>{_NUM})\.?[ \t]*(?:(?:%|per[ \t-]?cent\b|percent\b)[ \t]*(?:points?|pts?|ppts?|pp)\b|(?:pp|ppts?|pts|percentage[ \t]+points?)\b|p\.p\.)){_ARROW_AFTER}"),
    # percent
    # (its words may be hyphened to the number: "a 37-per-cent cut in burglaries", "a 20-per-cent reduction" (The
    # Argus on Sussex Police's targets), as the number words are: "six-per-cent" (Express & Star))
    ("pct", rf"{_SIGN}{_LB}(?P<pct>(?P<pct_num>{_NUM})\.?(?:[ \t]*%|(?:[ \t]*|-)(?:per[ \t-]?cent\b|percent\b))){_ARROW_AFTER}"),
    # pence: 29p, 4.5p (glued; "1.2 pp" is points)
    ("pence", rf"{_SIGN}{_LB}(?P<pence>(?P<p_num>\d{{1,3}}(?:\.\d{{1,2}})?)p)\b(?![.,]\d)"),
    # "1 in 5 victims", "one in every 4", "1 in 6.5" (Leicestershire panel): a proportion (a ratio, 0.2); never
    # "1 in 2 million" (a scale: "1 in 2.5 million" is no 0.4)
    ("onein", r"(?<![\w.,/:])(?P<onein>(?P<oi_a>\d{1,3})[ \t]+in[ \t]+(?:every[ \t]+)?(?P<oi_b>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?))\b"
             r"(?![.,]\d|[ \t]*(?:%|per[ \t-]?cent|months?|weeks?|years?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|quarters?|"
             r"thousand|million|billion|bn|m|k)\b)"),
    # ordinals
    ("ord", r"(?<![\w.,/:])(?P<ord>(?P<ord_num>\d{1,3})[ \t]?(?:st|nd|rd|th))\b"),
    # plain numbers (with an optional scale word)
    ("plain", rf"{_SIGN}{_LB}(?P<plain>(?P<pl_num>{_NUM})(?:[ \t]?(?P<pl_scale>thousand|million|billion|bn)\b)?)(?![\w/]|[.,:]\d)"),
]
_Q_FLAGS = regex.IGNORECASE | regex.VERSION0 | regex.ASCII
_Q_RE = regex_compile(QUANTITY_START + "(?:" + "|".join(QUANTITY_GATES.get(name, "") + p for name, p in _Q_ALTS) + ")",
                      _Q_FLAGS)
# where a match of _Q_RE can start (see scan_speed.QuantityStarts)
_Q_STARTS = QuantityStarts(_WN, _WN_SP)
# _Q_RE without the durations, in re, where the durations' gates fail (see scan_speed.FastQuantities)
_Q_FAST = FastQuantities(QUANTITY_START, _Q_ALTS, QUANTITY_GATES, ("clock", "dur"), re.IGNORECASE | re.ASCII)


_RANK_AFTER = re.compile(
    r"^\s*(?:of\s+\d+|out\s+of|(?:most|least|highest|lowest|best|worst|"
    r"fastest|slowest|largest|smallest|safest|place|position|nationally|"
    r"national|in[ \t]+(?:the[ \t]+)?(?:country|england|wales|msg|region)|"
    r"among|amongst|ranked|highest|lowest|for\b))", re.IGNORECASE)
_RANK_BEFORE = re.compile(
    r"(?:rank(?:ed|ing|s)?|placed|position(?:ed)?|places?)[ \t]+(?:the[ \t]+|as[ \t]+|at[ \t]+)?$",
    re.IGNORECASE)


_YEAR4_RE = re.compile(_YEAR4)
_GLUE_BEFORE_MARGIN = re.compile(r"[ \t]*\(?[ \t]*")   # "67.6% (+/- 10.52)"
_RANK_DENOM = re.compile(r"\s*(?:out\s+of|of)\s+(?:the\s+|all\s+)?", re.IGNORECASE)


def _signed(q_sign: Optional[str], v: float) -> tuple[float, bool]:
    if q_sign == "-":
        return -v, True
    if q_sign == "+":
        return v, True
    return v, False


_BLANKS_DASHES = re.compile(r"[ \t-]+")


def _dur_num(tok: Optional[str]) -> float:
    """The value of one number of a duration: digits, a number word
    ("twenty-five", "twenty five") or "a"/"an" (1)."""
    if not tok:
        return 0.0
    t = _BLANKS_DASHES.sub(" ", tok.strip().lower())
    if t[0].isdigit() or t[0] == ".":
        return _num(t)
    if t in ("a", "an"):
        return 1.0
    parts = t.split(" ")
    return float(sum(_WORD_VAL[p] for p in parts))


def _duration_from_match(g: dict) -> Optional[float]:
    def f(k):
        return _num(g[k]) if g.get(k) else 0.0

    def w(k):   # a number of the words grammar, with its "and a half"
        v = _dur_num(g.get(k))
        return v + 0.5 if g.get(k + "_h") else v
    if g.get("c3h") is not None:
        return f("c3h") * 3600 + f("c3m") * 60 + f("c3s")
    if g.get("cms_m") is not None:
        return f("cms_m") * 60 + f("cms_s")
    if g.get("chm_h") is not None:
        return f("chm_h") * 3600 + f("chm_m") * 60
    if g.get("cav_m") is not None:
        return f("cav_m") * 60 + f("cav_s")
    if g.get("dh") is not None:
        return w("dh") * 3600 + (1800 if g.get("dhh") else 0) + w("dhm") * 60 + w("dhs")
    if g.get("dha") is not None:
        # "an hour" counts only with a stated part after it
        if not (g.get("dhah") or g.get("dham") or g.get("dhas")):
            return None
        return 3600 + (1800 if g.get("dhah") else 0) + w("dham") * 60 + w("dhas")
    if g.get("dm") is not None:
        return w("dm") * 60 + (30 if g.get("dmh") else 0) + w("dms")
    if g.get("dma") is not None:
        if not (g.get("dmah") or g.get("dmas")):
            return None
        return 60 + (30 if g.get("dmah") else 0) + w("dmas")
    if g.get("ds") is not None:
        return w("ds")
    if g.get("hf") is not None:
        return 1800.0 if g["hfu"].lower() == "hour" else 30.0
    if g.get("sh") is not None:
        return f("sh") * 3600 + f("shm") * 60 + f("shs")
    if g.get("sm") is not None:
        return f("sm") * 60 + f("sms")
    return None


_ARROW_DIR = {"▼": -1, "↓": -1, "▲": 1, "↑": 1}


def _q_n(m, g: dict, clean: str):
    """"n = 123": a sample size."""
    v = _num(g["n_num"])
    if g.get("n_sign"):
        v = -v
    return v, "count", bool(g.get("n_sign")), "n", 0, m.start("n"), m.end("n")


def _q_money(m, g: dict, clean: str):
    """"£1.2m": pounds, scaled."""
    v = _num(g["m_num"])
    sc = (g.get("m_scale") or "").lower()
    if sc:
        v = _scaled(v, sc)
    v, se = _signed(g.get("sign"), v)
    return v, "gbp", se, "", 0, m.start(), m.end()


def _q_duration(m, g: dict, clean: str):
    """A clock time or duration in seconds; none for a range's second end ("two to three
    minutes", "two to 3 minutes")."""
    v = _duration_from_match(g)
    if v is None:
        return None
    if g.get("dur"):
        lead = clean[m.start("dur")]
        before = clean[max(0, m.start("dur") - 40):m.start("dur")]
        if lead.isalpha() and _RANGE_BEFORE_WORD.search(before):
            return None  # "two to three minutes", "one hundred and five minutes"
        if lead.isdigit() and _RANGE_BEFORE_DIGIT.search(before):
            return None  # "two to 3 minutes"
    v, se = _signed(g.get("sign"), v)
    return v, "seconds", se, "", 0, m.start(), m.end()


def _q_coef(m, g: dict, clean: str):
    """A coefficient between -1 and 1."""
    v = _num(g["coef_num"])
    if g.get("coef_sign"):
        v = -v
    if not -1 <= v <= 1:
        return None
    return v, "ratio", bool(g.get("coef_sign")), "coefficient", 0, m.start(), m.end()


def _q_plusminus(m, g: dict, clean: str):
    """"±2.1%": a margin of error."""
    if g.get("pm_pct"):
        unit = "percentage_points" if g.get("pm_pts") else "percent"
    else:
        unit = "count"
    return _num(g["pm_num"]), unit, False, "plusminus", 0, m.start(), m.end()


def _q_percent(m, g: dict, clean: str):
    """A percent or percentage points, an arrow beside it giving its direction (and sign)."""
    key = "pts" if g.get("pts") else "pct"
    unit = "percentage_points" if key == "pts" else "percent"
    v, se = _signed(g.get("sign"), _num(g[key + "_num"]))
    direction = 0
    arrow = g.get("arrow")
    if arrow:
        direction = _ARROW_DIR[arrow]
        if not se:
            v = abs(v) * direction
            se = True
    return v, unit, se, "", direction, m.start(), m.end()


def _q_pence(m, g: dict, clean: str):
    """"45p": pounds."""
    v, se = _signed(g.get("sign"), _num(g["p_num"]) / 100.0)
    return round(v, 4), "gbp", se, "", 0, m.start(), m.end()


def _q_one_in(m, g: dict, clean: str):
    """"1 in 4": a proportion (not "45 in 2023", "12 in 10")."""
    a, b = _num(g["oi_a"]), _num(g["oi_b"])
    if not 0 < a < b or _YEAR4_RE.fullmatch(g["oi_b"]):
        return None  # "45 in 2023", "12 in 10": not a proportion
    return round(a / b, 6), "ratio", False, "", 0, m.start(), m.end()


_CENTURY_PARTY = re.compile(r"^[ \t]*(?:century|centuries|party|parties)\b", re.I)


def _q_ordinal(m, g: dict, clean: str):
    """"3rd": a rank when a rank word is beside it (or it is over 31, no day of a month, and not
    "21st century"/"3rd party"); else none."""
    after = clean[m.end():m.end() + 60]
    before = clean[max(0, m.start() - 40):m.start()]
    if (int(g["ord_num"]) > 31 and not _CENTURY_PARTY.match(after)) \
            or _RANK_AFTER.match(after) or _RANK_BEFORE.search(before):
        return float(g["ord_num"]), "count", False, "rank", 0, m.start(), m.end()
    return None


def _q_plain(m, g: dict, clean: str):
    """A plain (possibly scaled) count; a bare four-digit year is none."""
    txt = g["pl_num"]
    if _YEAR4_RE.fullmatch(txt) and not g.get("pl_scale") and not _year_counted(clean, m.start(), m.end()):
        return None  # a year
    v = _num(txt)
    sc = (g.get("pl_scale") or "").lower()
    if sc:
        v = _scaled(v, sc)
    v, se = _signed(g.get("sign"), v)
    if not sc and not se and v == int(v) and "of" in clean[m.end():m.end() + 8] \
            and _PLAIN_RANK_AFTER.match(clean, m.end()) \
            and _PLAIN_RANK_BEFORE.search(clean[max(0, m.start() - 20):m.start()]):
        # "confidence in the police was ranked 8 out of 8 (against the Most Similar Group)" (West Mercia
        # panel): a place in a ranking as a plain number, its denominator after it (dropped as an ordinal's)
        return v, "count", False, "rank", 0, m.start(), m.end()
    return v, "count", se, "", 0, m.start(), m.end()


#: a number of the years' range that counts: a verb asking for a count or "a total of" right before it, a plural noun
#: of what is counted right after it ("Officers made 2047 arrests", "There were 1998 offences", "a total of 2012
#: incidents"; figure_words.toml's generic_count_nouns and counted_nouns) -- never "in 2019 offences rose", "the 2019
#: crimes", "compared with 2018 crimes": a year
_COUNT_CUE_BEFORE = re.compile(r"\b(?:there[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)|made|recorded|received|"
                               r"attended|handled|answered|a[ \t]+total[ \t]+of|totalled|totalling|totaling)[ \t]+$",
                               re.IGNORECASE)


@lru_cache(maxsize=1)
def _counted_after() -> re.Pattern:
    v = vocabulary()
    nouns = [w for w in v.words("generic_count_nouns") + v.words("counted_nouns") if w.endswith("s") or w == "people"]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w) for w in longest_first(nouns)) + r")\b", re.IGNORECASE)


def _year_counted(clean: str, start: int, end: int) -> bool:
    """Is the four-digit number at ``clean[start:end]`` a count, not a year (see _COUNT_CUE_BEFORE)?"""
    return _COUNT_CUE_BEFORE.search(clean, max(0, start - 30), start) is not None \
        and _counted_after().match(clean, end) is not None


#: a plain number as a place: "ranked 8 out of 8", "ranked 5 of 43" ("ranked" right before, "of N" after; never
#: "placed 30 of 40 orders": a verb of putting)
_PLAIN_RANK_BEFORE = re.compile(r"\branked[ \t]+(?:at[ \t]+)?$", re.IGNORECASE)
_PLAIN_RANK_AFTER = re.compile(r"[ \t]*(?:out[ \t]+of|of)[ \t]+\d", re.IGNORECASE)


# the first of these groups that matched decides how the match is read
_QUANTITY_READERS = ((("n",), _q_n), (("money",), _q_money), (("clock", "dur"), _q_duration),
                     (("coef",), _q_coef), (("pm",), _q_plusminus), (("pts", "pct"), _q_percent),
                     (("pence",), _q_pence), (("onein",), _q_one_in), (("ord",), _q_ordinal),
                     (("plain",), _q_plain))


class _Groups(MatchGroups):
    """The named groups of a match of ``_Q_RE`` (see scan_speed.MatchGroups)."""
    __slots__ = ()
    index = group_index(_Q_RE)


class _FastGroups(SharedNameGroups):
    """The named groups of a match of ``_Q_FAST.rx``."""
    __slots__ = ()
    index = _Q_FAST.index


#: the readers with the places of the groups that select them
_READERS_AT = tuple((tuple(_Groups.index[k] for k in groups), read) for groups, read in _QUANTITY_READERS)
_Groups.readers = _READERS_AT
_FastGroups.readers = tuple((tuple(i for k in groups for i in _FastGroups.index.get(k, ())), read)
                            for groups, read in _QUANTITY_READERS)


def _quantity_from_match(m, clean: str, g: Optional[MatchGroups] = None) -> Optional[tuple[float, str, bool, str, int, int, int]]:
    """(value, unit, sign_explicit, kind, direction, cstart, cend) or None."""
    g = _Groups(m) if g is None else g
    values = g.values
    for places, read in g.readers:
        for i in places:
            if values[i]:
                return read(m, g, clean)
    return None


def _scan(text: str, exclude: bool = True) -> list[Quantity]:
    clean, idx = _clean(text)
    spans: Optional[list[tuple[int, int]]] = None   # computed at the first figure to test
    out: list[Quantity] = []
    last_rank: Optional[int] = None   # clean end of the rank just found
    last: Optional[tuple[int, str]] = None   # clean end and unit of the last figure
    pos = 0
    # _Q_RE.search(clean, pos), tried only where a match can start (the same first match)
    match, fast, slow_gate = _Q_RE.match, _Q_FAST.rx.match, _Q_FAST.slow_gate.match
    for start in _Q_STARTS(clean):
        if start < pos:
            continue
        if slow_gate(clean, start) is None:
            m = fast(clean, start)
            groups = _FastGroups
        else:
            m = match(clean, start)
            groups = _Groups
        if m is None:
            continue
        g = groups(m)
        res = _quantity_from_match(m, clean, g)
        if res is None:
            # retry just after the first character of this match so that a
            # shorter alternative (e.g. a plain number) is not lost wrongly
            pos = m.end() if m.end() > m.start() else m.start() + 1
            continue
        v, unit, se, kind, direction, cs, ce = res
        # trim trailing blanks from the match
        while ce > cs and clean[ce - 1] in " \t":
            ce -= 1
        num_start = cs + 1 if g.get("sign") else cs
        if exclude and spans is None:
            spans = _exclusions(clean)
        if exclude and _overlaps(num_start, ce, spans):
            pos = m.end()
            continue
        if exclude and kind == "" and unit == "count" and last_rank is not None \
                and _RANK_DENOM.fullmatch(clean[last_rank:cs]):
            # "39th of 44 forces", "41st out of 44": the 44 is the rank's
            # denominator, not a figure of its own
            last_rank = None
            pos = m.end()
            continue
        last_rank = ce if kind == "rank" else None
        if kind == "plusminus" and unit == "count" and last is not None \
                and last[1] in ("percent", "percentage_points") and _GLUE_BEFORE_MARGIN.fullmatch(clean[last[0]:cs]):
            unit = last[1]  # "67.6% (+/- 10.52)": a bare margin in the unit of its figure
        last = (ce, unit)
        os_, oe = _orig_span(idx, cs, ce)
        oe = _close_tags(text, os_, oe)
        out.append(Quantity(v, unit, text[os_:oe], os_, oe, se, kind, direction))
        pos = m.end()
    return _ranges(text, out) if len(out) > 1 else out


# the first number of a range written with the unit or scale once, after the second: "between
# £2.9 and £3.8 million", "24-48 hours", "between 10 and 12%", "2 to 3 per cent"
_RANGE_GLUE = re.compile(r"(?:-|–)|[ \t]+to[ \t]+|[ \t]*(?:-|–)[ \t]*|[ \t]+and[ \t]+")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|rang(?:e|es|ed|ing)[ \t]+from)[ \t]+$", re.I)
_RESPECTIVELY_AFTER = re.compile(r"[ \t]*,?[ \t]*respectively\b", re.I)
_BARE_NUMBER = re.compile(r"[£]?[-+]?\d[\d,]*(?:\.\d+)?")
#: a money band's ends: "£51" then "100" or "-100" (its dash glued), a spaced dash between
_POUND_FIRST = re.compile(r"£\d[\d,]*(?:\.\d+)?")
_BARE_END = re.compile(r"[-–]?\d[\d,]*(?:\.\d+)?")
_DASH_GAP = re.compile(r"[ \t]*[-–][ \t]*\d|[ \t]+[-–]")
#: what may follow a money band's second end: its cell's or line's end, a stop, a bracket, "worth", "of" ("£50 -
#: 300 people paid it" is a fine and a count)
_BAND_END_AFTER = re.compile(r"[ \t]*(?:$|\n|[,;:.)\]|]|worth\b|of\b|in\s+value\b)", re.I)
_SCALED = re.compile(r"[\d.][ \t]*(?P<scale>" + "|".join(longest_first(_SCALE)) + r")\.?$", re.I)
_PLAIN_DURATION = re.compile(r"^(?P<n>\d+(?:\.\d+)?)[ \t]*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?)$",
                             re.I)


def _ranges(text: str, out: list[Quantity]) -> list[Quantity]:
    """Each range's first number given the unit or scale stated once after the second (a
    plain first number only: "£2.9m and £3.8m" are whole already; "and" joins a range only after
    "between")."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.unit == "gbp" and b.unit == "count" and not (a.kind or b.kind) and _POUND_FIRST.fullmatch(a.raw) \
                and _BARE_END.fullmatch(b.raw) and _DASH_GAP.fullmatch(text[a.end:b.start] + b.raw[:1]) \
                and abs(b.value) > a.value and _BAND_END_AFTER.match(text, b.end):
            # "£51 – 100 worth of stolen items", "£51 -100": a band of money with "£" written once, on its
            # first end (Northumbria and West Midlands Police FOI answers): the second end is money, unsigned
            # (a dash glued to it stays in its raw: the band's, not a sign -- read apart it would be a minus)
            out[k + 1] = replace(b, value=abs(b.value), unit="gbp", sign_explicit=False)
            continue
        if a.kind or b.kind or not _BARE_NUMBER.fullmatch(a.raw) or a.unit not in ("count", "gbp"):
            continue
        glue = _RANGE_GLUE.fullmatch(text[a.end:b.start])
        # "and" and a spaced dash join a range only after "between" or "ranged from" ("2,770 - 2.9%": two cells)
        # (or before "respectively": "increased by 15 and 19 per cent respectively", Bournemouth Echo -- two
        # values of one kind, the unit written once)
        if glue is None or (glue.group() not in ("-", "–") and "to" not in glue.group()
                            and not _BETWEEN_BEFORE.search(text[max(0, a.start - 16):a.start])
                            and not ("and" in glue.group() and _RESPECTIVELY_AFTER.match(text, b.end))):
            continue
        if b.unit in ("percent", "percentage_points") and a.unit == "count" and abs(a.value) <= 100:
            out[k] = replace(a, unit=b.unit)
        elif b.unit in ("gbp", "count") and (a.unit == b.unit or a.unit == "count" and b.raw.startswith("£")) \
                and (sc := _SCALED.search(b.raw)) and 0.01 <= a.value * _SCALE[sc.group("scale").lower()] / (b.value or 1) <= 100:
            # (within a factor of 100 of the second: "from 1,200 to 1.3 million" keeps 1,200)
            out[k] = replace(a, value=_scaled(a.value, sc.group("scale").lower()), unit=b.unit)
        elif b.unit == "seconds" and a.unit == "count" and (d := _PLAIN_DURATION.match(b.raw)) and float(d["n"]):
            out[k] = replace(a, value=a.value * b.value / float(d["n"]), unit="seconds")
    return out


# --------------------------------------------------------------------------
# public parsers
# --------------------------------------------------------------------------

def find_quantities(text: str) -> list[Quantity]:
    """Every figure stated in narrative ``text``, in order, longest match.

    Recognised: money (``£``), durations (clock "00:12:21", "44:38 mins",
    words "1 hour 31 minutes and 32 secs" is one quantity, number words
    inside a duration "two minutes 30 seconds", "an hour and a half", see
    :func:`parse_duration`), percentage points
    ("% points", "%pts", "pp", "percentage points"), percents ("%", "per
    cent"; "8.%" is 8 %), margins "±3.5 per cent", "+/- 10.52" (kind
    'plusminus'; a bare margin right after a percent, "67.6% (+/- 10.52)",
    takes its unit, else it is a count), correlation coefficients "r= 0.86",
    "(R=0.74)" (unit 'ratio', kind 'coefficient', -1..1), sample
    sizes "n=600"/"n.817"/"n. 2,751" (kind 'n', raw without the brackets),
    ranks "41st", "39th of 44 forces", "14th lowest" (kind 'rank'; an ordinal
    is a rank only when followed by "of N", "out of", "highest", "lowest",
    "in the country", ... or preceded by "ranked"/"placed"; otherwise it is
    taken as part of a date and dropped; the N of "39th of 44 forces" /
    "41st out of 44" is the rank's denominator and is not returned), and
    plain counts ("1,125", "1.4 million").  A ▼/▲ right after a percent or points is kept in ``raw`` and
    makes an unsigned value negative/positive.

    Never figures: years (2019) and year ranges ("2019-20", "2022/23",
    "FY 24/25", two-digit financial years "22-23", "22/23", "FY23/24" --
    the second year must follow the first), dates ("14 December 2023", "14th and 17th September",
    "Jul-24", "10 September"), times of day ("10.30 am", "1:30pm", "14:00"),
    labels ("Priority 2", "Agenda Item 7", "Section 136", "Round 5",
    "Protocol 12", "Outcome 15", "Type 16", "Project 7", "Phase 1", "Tier 2", "Stage 3",
    "Level 4", "Op SCORPION 6", "(Pages 21 - 44)": decided by the label word,
    so a category followed by its count, "Fatal 23, Serious 232", stays a
    count; "Fatal 4" / "Fatal 5", the road-safety offence groups, are names
    unless in such a severity list), star ratings ("5*", "4-star"), time
    spans in months / weeks / quarters / years ("(4 months = 61.6%)", "over
    4 months", "18 months ahead"; days stay counts), codes ("PIP2", "SN1 2JH", "Q2"),
    phone numbers, ratios ("24/7", "3/4"), period phrases ("last 12 months",
    "12-month", "3 months to"), numbered paragraph labels at line start
    ("4.10 The ...") and table-of-contents page numbers.
    """
    if not text:
        return []
    if len(text) > _CACHE_MAX_LEN:
        return _scan(text)
    return list(_scan_cached(text))


@lru_cache(maxsize=8192)
def _scan_cached(text: str) -> tuple[Quantity, ...]:
    # Quantity is frozen: one scan per distinct text is shared by every caller
    return tuple(_scan(text))


def _single(text: str, units: tuple[str, ...], exclude: bool = True) -> Optional[Quantity]:
    qs = [q for q in _scan(text, exclude=exclude)]
    hits = [q for q in qs if q.unit in units and q.kind != 'n']
    if len(hits) != 1:
        return None
    return hits[0]


def parse_percent(text: str) -> Optional[Quantity]:
    """The one percent or percentage-points figure in ``text``.

    "17.7%" -> 17.7 percent; "8.%" -> 8.0; "91.3 per cent"; "-1.0% ▼" -> -1.0;
    "1.6% points", "+1.5%ppts", "5.5% pts", "1.2 pp", "3 % pts" ->
    percentage_points; "( $\\pm 3.5$ per cent)" -> 3.5 percent, kind
    'plusminus'.  An arrow ▼ after an unsigned value makes it negative.
    None when the text holds no percent or more than one.
    """
    if not text:
        return None
    return _single(text, ("percent", "percentage_points"))


def parse_duration(text: str) -> Optional[float]:
    """Seconds of the one duration in ``text``; None when none or several.

    "00:12:21" -> 741, "-00:16:12" -> -972, "44:38 mins" -> 2678 (mm:ss),
    "12 minutes 24 secs", "1 hour 31 minutes and 32 secs", "1 hr 33 min",
    "10m 55s", "3-minute 40 secs", "58 secs".  A bare "12:21" is not a
    duration (could be a time of day) and gives None.

    Number words one to sixty may stand for the number of any unit ("two
    minutes 30 seconds" -> 150, "twenty-five minutes", "twenty five minutes",
    "one hour and two minutes", "one-minute"), as may "N and a half"
    ("one and a half hours", "2 and a half hours") and "... and a half"
    after the first unit ("two hours and a half").  "a"/"an" count as one
    only in front of a stated further part ("an hour and 10 minutes",
    "a minute and a half", "an hour and a half"); "half an hour" /
    "half a minute" are 1800 / 30.  Never durations: "a minute", "an hour"
    alone; a word duration after another number and "to"/"or"/"and"/"-"
    (a range: "two to three minutes", "two to 3 minutes") or after a larger
    number word ("sixty-five minutes", "one hundred and five minutes");
    "two-hour" / "twenty-four hours a day" (like "2-hour", "24 hours a day").
    A number word outside a duration is never a figure ("two officers").
    """
    if not text:
        return None
    q = _single(text, ("seconds",))
    return q.value if q else None


def parse_money(text: str) -> Optional[float]:
    """Pounds of the one money figure in ``text``: "£9,150", "£1m"/"£1M" ->
    1e6, "£750 million", "£1.2bn", "£25k".  None when none or several."""
    if not text:
        return None
    q = _single(text, ("gbp",))
    return q.value if q else None
