"""A document's measures as tables of rows: each row's metric key, statistic and qualifiers
parsed from its label."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from ..normalise import MONTH_WORDS, clean_text
from ..records import MeasureRecord
from ..vocab import vocabulary
from .vocabulary import _STAT_AVG, _STAT_MEDIAN, force_words, subjects
from .common import _norm, _stat_of, _topic


# ---------------------------------------------------------------------------
# table rows
# ---------------------------------------------------------------------------

@dataclass
class _Row:
    doc_id: str
    table_id: str
    row_label: str
    metric_key: str
    stat: Optional[str]
    quals: frozenset
    topic: Optional[str]
    section: str
    cells: list = field(default_factory=list)  # MeasureRecord
    pos: tuple = (0, 0)

    @property
    def raw_words(self) -> frozenset:
        """The words of the row's qualifiers outside the subject vocabulary ("Kept Informed", "North")."""
        return _raw_qual_words(self.quals)

    @property
    def label_words(self) -> frozenset:
        return _words_of(self.row_label)


def _raw_qual_words(quals: frozenset) -> frozenset:
    return _raw_qual_words_in(quals, force_words())


@lru_cache(maxsize=8192)
def _raw_qual_words_in(quals: frozenset, force: frozenset) -> frozenset:
    out: set = set()
    for q in quals:
        if str(q).startswith("raw:"):
            out |= _words_of_in(q[4:], force)
    return frozenset(out)


def _words_of(text: Optional[str]) -> frozenset:
    """Normalised content words (plural 's' dropped) of a text."""
    return _words_of_in(text, force_words())


@lru_cache(maxsize=8192)
def _words_of_in(text: Optional[str], force: frozenset) -> frozenset:
    ws = [w for w in _norm(text).split() if w not in _RAW_STOP and w not in force]
    return frozenset(map(_drop_plural_s, ws))


#: a plural 's' after three letters, dropped
_PLURAL_S = re.compile(r"(?<=[a-z]{3})s$")


def _drop_plural_s(w: str) -> str:
    """``_PLURAL_S.sub("", w)`` for a word (no whitespace), without a pattern: asked of every word."""
    if w[-1:] == "s" and len(w) >= 4:
        three = w[-4:-1]
        if three.isascii() and three.isalpha() and three.islower():
            return w[:-1]
    return w
_BRACKETED = re.compile(r"\([^)]*\)")


def _split_same_measure_rows(t: "_Table") -> None:
    """Rows of one table that read as the same measure ("Overall satisfaction", "Satisfaction with being
    kept informed", "Satisfaction with ease of contact": all satisfaction, no qualifier) are told apart
    by the other words of their labels, which become qualifiers; a row with no other words is the
    overall one."""
    groups: dict[tuple, list[_Row]] = {}
    for r in t.rows:
        if not r.metric_key.startswith("raw:") and ":" not in (r.row_label or ""):
            groups.setdefault((r.metric_key, r.stat, r.quals), []).append(r)
    for rows in groups.values():
        if len({r.row_label for r in rows}) < 2:
            continue
        for r in rows:
            extra = _label_extra_words(r.row_label, r.metric_key)
            if extra:
                r.quals = frozenset(set(r.quals) | {"raw:" + " ".join(extra)})


@dataclass
class _Table:
    doc_id: str
    table_id: str
    topic: Optional[str]
    section: str
    rows: list = field(default_factory=list)
    pos: tuple = (0, 0)


_RAW_STOP = {"the", "of", "a", "an", "in", "for", "to", "with", "on", "and", "volume", "volumes", "number", "total",
             "level", "levels", "figure", "figures", "recorded", "reported", "average", "mean", "median", "avg",
             # period words ("time in custody in June", "rolling 12-month arrest volume")
             "rolling", "month", "months", "year", "years", "quarter", "quarterly", "monthly", "annual",
             "last", "past", "previous", "this", "during", "over", "12", "3"} | MONTH_WORDS


@lru_cache(maxsize=8192)
def _raw_words(text: Optional[str]) -> frozenset:
    words = [w for w in _norm(_BRACKETED.sub(" ", clean_text(text or ""))).split() if w not in _RAW_STOP]
    return frozenset(map(_drop_plural_s, words))


def _raw_key(text: Optional[str]) -> Optional[str]:
    w = _raw_words(text)
    return ("raw:" + " ".join(sorted(w))) if len(w) >= 2 else None


def _metric_key_tab(metric_text: str) -> str:
    """The metric a table label names: the vocabulary's ``table`` patterns in priority order, else
    the label's own words (``raw:...``)."""
    return _metric_key_tab_in(vocabulary(), clean_text(metric_text or ""))


@lru_cache(maxsize=8192)
def _metric_key_tab_in(V, t: str) -> str:
    return V.measure_key(V.table_metric_key(t)) or _raw_key(t) or ("raw:" + " ".join(sorted(_raw_words(t))))


def _parse_label(m: MeasureRecord) -> tuple[str, Optional[str], frozenset]:
    """(metric key, statistic, qualifier tokens) of a table row."""
    return _parse_label_of(m.row_label, m.metric, m.subject, vocabulary())


_PARSE_LABEL_OF_RE = re.compile(r"\s*(?:all|total|overall)\b", re.I)


@lru_cache(maxsize=8192)
def _parse_label_of(row_label: Optional[str], metric: Optional[str], subject: Optional[str], _V=None
                    ) -> tuple[str, Optional[str], frozenset]:
    """(``_V``: the vocabulary the answer is remembered for)"""
    m = _LabelParts(row_label, metric, subject)
    label = clean_text(m.row_label or "")
    if ":" in label:
        metric_part, rest = label.split(":", 1)
    elif m.metric and m.subject:
        metric_part, rest = m.metric, m.subject
    else:
        metric_part, rest = (m.metric or label), (m.subject or "")
    if m.metric and ":" in label and _norm(m.metric) and _norm(m.metric) not in _norm(metric_part):
        metric_part = m.metric
    key = _metric_key_tab(metric_part)
    stat = _stat_of(metric_part)
    quals = set()
    rest_c = rest
    if ":" not in label and not m.subject:
        # "CRIB call - avg wait to answer": the subject is inside the label
        quals |= {k for k, rx in subjects() if rx.search(label)}
    for k, rx in subjects():
        if rx.search(rest_c):
            quals.add(k)
            rest_c = rx.sub(" ", rest_c)
    # subject words inside the metric part ("Domestic Abuse Risk Level")
    for k, rx in subjects():
        if k in ("da", "vwi", "asb") and rx.search(metric_part):
            quals.add(k)
    force = force_words()
    leftover = [w for w in _norm(rest_c).split() if w not in force]
    if _PARSE_LABEL_OF_RE.match(rest) and len(leftover) <= 2:
        leftover = []   # "KSI Casualties: All Roads", "Calls: All Lines" - the total row
    if leftover:
        quals.add("raw:" + " ".join(leftover))
    return key, stat, frozenset(quals)


_LABEL_FILLER = {"victim", "victims", "with", "being", "by", "at", "from", "per", "all", "overall", "total", "force"}


def _label_extra_words(text: str, key: str) -> list[str]:
    t = _BRACKETED.sub(" ", clean_text(text or ""))
    rx = vocabulary().table_metric_pattern(key)
    if rx is not None:
        for m in list(rx.finditer(t))[::-1]:
            a, b = m.start(), m.end()
            while a > 0 and t[a - 1].isalnum():
                a -= 1
            while b < len(t) and t[b].isalnum():
                b += 1
            t = t[:a] + " " + t[b:]
    t = _STAT_MEDIAN.sub(" ", _STAT_AVG.sub(" ", t))
    for _k, srx in subjects():
        t = srx.sub(" ", t)
    force = force_words()
    return [w for w in _norm(t).split() if w not in force and w not in _RAW_STOP and w not in _LABEL_FILLER
            and not w.isdigit()]


@dataclass(frozen=True)
class _LabelParts:
    row_label: Optional[str]
    metric: Optional[str]
    subject: Optional[str]


def _pos(rec) -> tuple:
    return (rec.page or 0, rec.line or 0)


def _build_tables(measures: list[MeasureRecord]) -> dict[str, list[_Table]]:
    by_table: dict[tuple, _Table] = {}
    rows: dict[tuple, _Row] = {}
    for m in measures:
        tk = (m.doc_id, m.table_id)
        t = by_table.get(tk)
        if t is None:
            t = by_table[tk] = _Table(m.doc_id, m.table_id, _topic(m.section), m.section or "", pos=_pos(m))
        rk = (m.doc_id, m.table_id, m.row_label, m.subject if ":" not in (m.row_label or "") else None,
              m.metric if ":" not in (m.row_label or "") else None)
        r = rows.get(rk)
        if r is None:
            key, stat, quals = _parse_label(m)
            r = rows[rk] = _Row(m.doc_id, m.table_id, m.row_label, key, stat, quals, t.topic,
                                m.section or "", pos=_pos(m))
            t.rows.append(r)
        r.cells.append(m)
        if t.topic is None and _topic(m.section):
            t.topic = _topic(m.section)
    out: dict[str, list[_Table]] = {}
    for t in by_table.values():
        _split_same_measure_rows(t)
        out.setdefault(t.doc_id, []).append(t)
    for v in out.values():
        v.sort(key=lambda t: t.pos)
    return out


# ---------------------------------------------------------------------------
# figures: context
# ---------------------------------------------------------------------------
