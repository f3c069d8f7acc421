"""Family 4: KPI cards (council and force KPI reports: one card per indicator).

A card is a title, a RAG box (``GREEN`` / ``AMBER`` / ``RED``) often with a direction-of-travel
arrow or word, a chart, then one line of role-labelled values::

    Latest: 94% | Target: 90%, Floor: 85% | Previous: 89% (Amber)

Works on paragraphs (and on one-row table cells joined), so a PDF, text, Markdown or HTML
rendering give the same records.

* A values line names ``Latest`` (or ``Current`` / ``Actual``) and at least one of ``Target``,
  ``Floor``, ``Previous`` each followed by a colon and ONE value ``normalise.parse_value``
  reads; anything else in a value slot gives no record for that role.
* One record per role: ``column_label`` is the role as printed, ``metric`` and ``row_label``
  the card title (the nearest short paragraph or heading above, within four blocks, that is
  not a RAG word, an axis, or a direction word).
* ``rag``: the RAG box word for the latest value; a status printed in brackets after a value
  ("Previous: 89% (Amber)") is that value's own status.
* ``direction`` of the latest value: an arrow (▲ ↑ up, ▼ ↓ down, ► → ◄ ↔ flat) or the words
  improving / deteriorating / no change printed in the card; else ``empty``.
* Period of latest, target and floor: the chart's last axis label (a line of three or more
  periods, e.g. ``Dec-23 Mar-24 Jun-24 Sep-24`` -> Sep 2024), else the quarter the report
  names (``Quarter 2 2024/25``), else type ``other`` without dates.  ``Previous`` gets type
  ``other`` without dates (never an invented earlier period).
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Block, stable_id
from ...records import MeasureRecord
from .cells import _cell, _has_words, _period, _value
from .context import _Ctx, _OTHER, _record

ROLES = r"latest|current|actual|target|floor|previous"
_ROLE_VALUE = re.compile(
    rf"\b(?P<role>{ROLES})(?:\s+(?:value|position|performance))?\s*:\s*"
    rf"(?P<val>[^|;:()]+?)\s*(?:\((?P<rag>green|amber|red|blue)\)|"
    rf"(?=$|[|;]|,\s*(?:{ROLES})\b|\s+(?:{ROLES})\b))", re.IGNORECASE)
_RAG_WORD = re.compile(r"\b(GREEN|AMBER|RED|BLUE|Green|Amber|Red|Blue)\b")
_RAG_ONLY = re.compile(r"^(?:rag(?: status| rating)?\s*:?\s*)?(green|amber|red|blue)\b\W*"
                       r"(?:[▲▼↑↓►◄→↔]|improving|deteriorating|no change|stable)?\W*$", re.IGNORECASE)
_UP = re.compile(r"[▲↑]|\bimprov(?:ing|ed)\b", re.IGNORECASE)
_DOWN = re.compile(r"[▼↓]|\bdeteriorat(?:ing|ed)\b|\bworsen(?:ing|ed)\b", re.IGNORECASE)
_FLAT = re.compile(r"[►◄→↔]|\bno change\b|\bstable\b|\bunchanged\b", re.IGNORECASE)
_PERIOD_TOKEN = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-\s']?\d{2,4}\b|\bQ[1-4]\s+\d{2,4}(?:/\d{2})?",
    re.IGNORECASE)


def card_values(text: str) -> list[tuple[str, str, Optional[str]]]:
    """(role as printed, value text, bracketed RAG) of a card's values line, or []."""
    found = [(m.group("role"), m.group("val").strip(), m.group("rag")) for m in _ROLE_VALUE.finditer(text)]
    roles = {r.lower() for r, _, _ in found}
    if not roles & {"latest", "current", "actual"} or not roles & {"target", "floor", "previous"}:
        return []
    return found




def _axis_end(text: str):
    """The last period of a chart axis line ("Dec-23 Mar-24 Jun-24 Sep-24"), else None."""
    toks = _PERIOD_TOKEN.findall(text)
    rest = _PERIOD_TOKEN.sub(" ", text)
    if len(toks) < 3 or _has_words(rest):
        return None
    p = _period(toks[-1])
    return p if p is not None and p.end is not None else None


def _direction(text: str) -> str:
    if _UP.search(text):
        return "up"
    if _DOWN.search(text):
        return "down"
    if _FLAT.search(text):
        return "flat"
    return "empty"


def _is_title(text: str) -> bool:
    return (bool(text) and len(text.split()) <= 20 and not _RAG_ONLY.match(text)
            and _axis_end(text) is None and not card_values(text) and _has_words(text)
            and _value(text) is None)


_CARD_CONTEXT_RE = re.compile(r"(?i)improving|deteriorating|no change|stable|unchanged")


def _card_context(blocks: list[Block], k: int):
    """(title block, rag, direction text, axis period) from the blocks above a values line."""
    title, rag, dtext, axis = None, None, "", None
    for b in reversed(blocks[max(0, k - 4):k]):
        t = _cell(b.text) if b.kind != "table" else " ".join(_cell(c.text) for r in b.rows for c in r)
        if card_values(t):
            break  # the previous card
        if axis is None:
            axis = _axis_end(t)
        m = _RAG_WORD.search(t)
        if rag is None and m and (_RAG_ONLY.match(t) or b.kind == "table"):
            rag = m.group(1).lower()
            dtext += " " + t
            continue
        if not _is_title(t):
            dtext += " " + t if len(t.split()) <= 3 else ""
            continue
        if _CARD_CONTEXT_RE.fullmatch(t.strip(" .")):
            dtext += " " + t
            continue
        title = b
        break
    return title, rag, dtext, axis


def kpi_cards(ctx: _Ctx, blocks: list[Block], sections: list[str]) -> list[MeasureRecord]:
    """Records of every KPI card values line among ``blocks`` (see the module docstring)."""
    out: list[MeasureRecord] = []
    for k, b in enumerate(blocks):
        # a values line has "Role: value" and _cell never adds a colon: skip the rest cheaply
        if b.kind == "table" or ":" not in (b.text or ""):
            continue
        text = _cell(b.text)
        found = card_values(text)
        if not found:
            continue
        title_b, rag, dtext, axis = _card_context(blocks, k)
        if title_b is None:
            continue
        title = _cell(title_b.text).strip(" :")
        period = axis or ctx.fy_quarter or _OTHER
        table_id = stable_id(ctx.doc_id, b.page, b.line, "kpi card", title)
        for ci, (role, raw, own_rag) in enumerate(found):
            q = _value(raw)
            is_latest = role.lower() in ("latest", "current", "actual")
            p = _OTHER if role.lower() == "previous" else period
            out.append(_record(
                ctx, b, sections[k], table_id, 0, ci, title, title, "", role, p,
                q.value if q is not None else None, q.unit if q is not None else None, raw,
                _direction(dtext) if is_latest else "empty", line=b.line,
                rag=(own_rag.lower() if own_rag else (rag if is_latest else None))))
    return out
