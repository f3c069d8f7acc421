"""Small text helpers of the meeting passes."""
from __future__ import annotations

import re
from typing import Optional

from ...normalise import clean_text




_WS = re.compile(r"\s+")


def _clean(s: str) -> str:
    if not s:
        return ""
    if "–" in s or "—" in s or "\x00" in s or "\x01" in s:
        s = s.replace("–", "\x00").replace("—", "\x01")
        s = clean_text(s).replace("\x00", "–").replace("\x01", "—").replace("\\", "")
    else:  # no dash to keep from clean_text (which never writes NUL or \x01): the same, with less copying
        s = clean_text(s).replace("\\", "")
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s   # (its only whitespace single spaces between words: the join below gives it back)
    return " ".join(s.split())  # = _WS.sub(" ", s).strip(): str.split and \s agree on whitespace


_NOT_LETTER = re.compile(r"[^a-z]")


def _compact(s: str) -> str:
    return _NOT_LETTER.sub("", s.lower())


def _cut_at(text: str, cuts: list[int]) -> list[str]:
    """``text`` cut at each of the (ascending) offsets ``cuts``, each piece stripped, empty pieces left out."""
    bounds = [0, *cuts, len(text)]
    return [p for a, b in zip(bounds, bounds[1:]) if (p := text[a:b].strip())]


def _iso(d) -> Optional[str]:
    return d.isoformat() if d else None
