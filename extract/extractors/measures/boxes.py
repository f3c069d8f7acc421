"""Family 3: Measure boxes (2019 performance reports), as table rows or paragraphs:
   ``Crime volume | Q1: 10,952 - 43,523 rolling 12 months Q2: ...``,
   ``Response time (average) | Immediate Q1: ... | Priority Q1: ...``,
   ``Q1: 33 per cent (6 appeals completed and 3 upheld)`` and one-period
   boxes ("16.5 per cent rolling 12 months to September 2019").  Qn is the
   quarter n of the financial year the document names ("Quarter Two 2019-20"
   -> parse_period; never hard-coded; no dates when the document names
   none); "rolling 12 months" values are the 12 months to that quarter's
   end.  Numbers in brackets are extra count records (metric = the words
   after the number); "±" margins are not values.  Commentary cells whose
   only numbers are period lengths ("12 Month decline ...") are not values.

"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ... import normalise as N
from ...loaders.common import ends_with_figures
from ...model import Block
from ...records import MeasureRecord
from .cells import _cell, _period, _value, clean_label
from .context import _Ctx, _P, _fy_quarter_period, _record, _rolling12_to, _row_line, _table_id
from .shapes import _numbered_para


# ---------------------------------------------------------------------------
# 2019 measure boxes
# ---------------------------------------------------------------------------

_QMARK = re.compile(r"\bQ([1-4])\s*:\s*")
_PART_SEP = re.compile(r"\s+[-–—]\s+|\s*;\s*|\s+[–—](?=\s*\d)")
_PERIOD_LEN_AFTER = re.compile(r"^[\s-]*(?:months?|years?|weeks?|days? to)\b", re.IGNORECASE)
_ROLLING_WORDS = re.compile(r"\b(?:rolling\s+)?12[\s-]*months?\b|\byear to\b|\brolling\b", re.IGNORECASE)


@dataclass
class _BoxValue:
    subject: str
    column_label: str
    period: object
    q: object
    raw: str
    metric_extra: str = ""


def _box_quantities(text: str) -> list:
    """Quantities of a box text, without margins, ranks, sample sizes and period lengths."""
    out = []
    for q in N.find_quantities(text):
        if q.kind in ("plusminus", "rank", "n"):
            continue
        if q.unit == "count" and _PERIOD_LEN_AFTER.match(text[q.end:]):
            continue
        out.append(q)
    return out


_PARENTHESISED = re.compile(r"\([^()]*\)")


def _paren_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARENTHESISED.finditer(text)]


def _inside(q, spans) -> bool:
    return any(s <= q.start and q.end <= e for s, e in spans)


_WORDS_TO_BREAK = re.compile(r"\s*([A-Za-z][A-Za-z ]{0,40}?)(?=\s+and\b|[,;)]|$)")


def _words_after(text: str, end: int) -> str:
    m = _WORDS_TO_BREAK.match(text[end:])
    return m.group(1).strip() if m else ""


_DIGIT = re.compile(r"\d")


def _parse_box_text(ctx: _Ctx, text: str) -> list[_BoxValue]:
    text = _cell(text)
    if not text:
        return []
    marks = list(_QMARK.finditer(text))
    out: list[_BoxValue] = []
    if marks:
        subject = text[:marks[0].start()].strip(" :-–")
        if subject and (len(subject.split()) > 4 or _DIGIT.search(subject)):
            return []
        for mi, m in enumerate(marks):
            qn = int(m.group(1))
            seg = text[m.end(): marks[mi + 1].start() if mi + 1 < len(marks) else len(text)].strip()
            qper = _fy_quarter_period(ctx, qn)
            qlabel = f"Q{qn}"
            for part in _PART_SEP.split(seg):
                part = part.strip()
                if not part:
                    continue
                qs = _box_quantities(part)
                if not qs:
                    continue
                spans = _paren_spans(part)
                main = [q for q in qs if not _inside(q, spans)]
                extra = [q for q in qs if _inside(q, spans)]
                if not main:
                    continue
                q = main[0]
                rest = part[q.end:]
                if _ROLLING_WORDS.search(rest) and not _inside(q, spans):
                    per = _rolling12_to(qper.end) if qper is not None else _P("rolling_12_months", None, None)
                    col = f"{qlabel} rolling 12 months"
                else:
                    per = qper if qper is not None else _P("quarter", None, None)
                    col = qlabel
                out.append(_BoxValue(subject, col, per, q, q.raw))
                for e in extra:
                    words = _words_after(part, e.end)
                    if words:
                        out.append(_BoxValue(subject, qlabel, per, e, e.raw, words))
        return out
    # one-period box: a value and a period phrase, nothing else (the cheaper tests first: a
    # short text naming a dated period; most cells of a table are neither)
    if len(text.split()) > 14:
        return []
    per = _period(text)
    if per is None or per.end is None:
        return []
    qs = _box_quantities(text)
    spans = _paren_spans(text)
    main = [q for q in qs if not _inside(q, spans)]
    if len(main) != 1:
        return []
    q = main[0]
    pre = text[:q.start]
    if pre.strip() and not _period(pre):
        return []
    return [_BoxValue("", text, per, q, q.raw)]


def _box_row(ctx: _Ctx, block: Block, section: str, table_id: str, ri: int, label: str,
             value_cells: list[tuple[int, str]], line: Optional[int]) -> list[MeasureRecord]:
    out = []
    for ci, txt in value_cells:
        items = _parse_box_text(ctx, txt)
        for pi, it in enumerate(items):
            q = it.q
            metric = label if not it.metric_extra else it.metric_extra
            value, unit = q.value, q.unit
            d = "empty"
            if getattr(q, "direction", 0):
                d = "up" if q.direction > 0 else "down"
            out.append(_record(ctx, block, section, table_id, ri, ci, label, metric, it.subject,
                               it.column_label, it.period, value, unit, it.raw, d, part=pi, line=line))
    return out


def _box_table(ctx: _Ctx, block: Block, section: str, rows: list[list[str]], row_idx: list[int]) -> list[MeasureRecord]:
    out = []
    for ri, row in zip(row_idx, rows):
        if not row or not row[0]:
            continue
        label = clean_label(row[0])
        if not label or _numbered_para(label) or len(label.split()) > 16 or _value(label) is not None:
            continue
        cells = [(j, c) for j, c in enumerate(row) if j > 0 and c]
        if not cells:
            continue
        table_id = _table_id(ctx, block, label)
        out.extend(_box_row(ctx, block, section, table_id, ri, label, cells,
                            _row_line(ctx, block, ri, row[0])))
    return out


_LEADING_DIGIT = re.compile(r"^\d")


_DATED_VALUE_END = re.compile(r"\d%?\s*\(([^()]{2,30})\)$")


def _box_label_para(t: str) -> bool:
    t = t.strip()
    return (bool(t) and len(t.split()) <= 16 and not t.endswith((".", ":", "?", "!"))
            and not _QMARK.search(t) and not _numbered_para(t) and not _LEADING_DIGIT.match(t)
            and not _ends_dated_value(t) and not ends_with_figures(t))
    # (a table's row, a label then its own figures, "BALANCE C/F 6,390.87 BALANCE C/F 9,661.70", labels
    # no value on the next line: Souldern PC's accounts, "31.03.25 31.03.23 Combined Funds total: £16,052.57")


def _ends_dated_value(t: str) -> bool:
    """A line that closes with its own value and period ("... under 25 3.8% (2023-24)", a row of
    a list of targets whose next value went to the next line) is a value, never a box label."""
    m = _DATED_VALUE_END.search(t) if t.endswith(")") else None
    return m is not None and _period(m.group(1)) is not None


_VALUES_OPENING = re.compile(r"Q|\d")  # how a value paragraph's cleaned text begins ("Q1:", "16.5 per cent")


def _opens_values(text: str) -> bool:
    """``_VALUES_OPENING.match(_cell(text))``: without markup, the cleaned text begins with the first
    character left after "**" and leading white space go (_cell only drops those, joins white space and
    keeps a leading "+"), read without cleaning the whole paragraph."""
    if "<" in text:
        return bool(_VALUES_OPENING.match(_cell(text)))
    return bool(_VALUES_OPENING.match(text.replace("**", "").lstrip()[:1]))


def _paragraph_boxes(ctx: _Ctx, blocks: list[Block], sections: list[str]) -> list[MeasureRecord]:
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # a label has a value paragraph right after it (the cheaper test first: without one
        # the scan below finds no values)
        # (a "|" is a web table's cell separator left in the text: "Date |" / "2020/21 | 0:05:13 |"
        # are cells of a table whose rows were lost, never a label and its value)
        if b.kind != "paragraph" or nxt is None or nxt.kind != "paragraph" \
                or not _opens_values(nxt.text or "") or not _box_label_para(_cell(b.text)) \
                or "|" in b.text or "|" in nxt.text:
            i += 1
            continue
        # value paragraphs right after the label
        j = i + 1
        vals = []
        while j < len(blocks) and blocks[j].kind == "paragraph" and len(vals) < 4:
            t = _cell(blocks[j].text)
            if _QMARK.match(t) or (not vals and _LEADING_DIGIT.match(t) and _parse_box_text(ctx, t)):
                vals.append((j, t))
                j += 1
                if not _QMARK.match(t):
                    break
                continue
            break
        if not vals:
            i += 1
            continue
        label = clean_label(_cell(b.text))
        table_id = _table_id(ctx, b, label)
        for k, (bj, t) in enumerate(vals):
            vb = blocks[bj]
            for rec in _box_row(ctx, b, sections[i], table_id, k, label, [(1, t)], vb.line):
                if vb.page is not None:
                    rec.page = vb.page
                out.append(rec)
        i = j
    return out


