"""Text cleaning of narrative blocks: markup, bullet glyphs, numbered-paragraph
labels, URLs (no number grammar)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...loaders.htmltext import ANY_TAG
from ...model import BULLET, PARAGRAPH
from ...normalise.labels import STRIP_LABEL



# --------------------------------------------------------------------------
# text cleaning (markup only; no number grammar)
# --------------------------------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
# Figures keep their own <sup> rule rather than htmltext.strip_tags: a footnote number
# after a figure must go ("45<sup>1</sup>" is 45, not "45 1"), where strip_tags keeps
# <sup> content as text; the tag pattern itself is the one of htmltext.
_SUP = re.compile(r"<sup>\s*([^<]{0,12}?)\s*</sup>", re.I)
_TAG = ANY_TAG
_ANGLE_URL = re.compile(r"<((?:https?://|www\.)[^>\s]+)>", re.I)
_EMPH = re.compile(r"\*\*|__")
_EMPH1 = re.compile(r"(?<![\w*])\*(?=[A-Za-z“\"'])([^*\n]{1,200}?)(?<=[\w.!?”\"'])\*(?![\w*])")
_ESC = re.compile(r"\\([*_#\[\]()>`\\-])")
_BULLET_LEAD = re.compile(r"^[\s\-–—•·●▪■◦○►»>*+\u2022\u25cf\u25aa\uf0b7\uf0a7]+(?=\S)")
_ITEM_LABEL = STRIP_LABEL
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.I)
_WS = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
#: _DIGIT for an ASCII text (``str.isascii``): ``\d`` matches no other ASCII character, and a set of one
#: range is tested faster than the category of each character
ASCII_DIGIT = re.compile(r"[0-9]")


# (hot patterns, compiled once)
#: can _BULLET_LEAD or _ITEM_LABEL match at the start of a stripped text?  Their first character is a
#: glyph of _BULLET_LEAD, "(", a digit (\d: str.isdecimal) or a lower-case ASCII letter
_LEAD_FIRST = frozenset("-–—•·●▪■◦○►»>*+\u2022\u25cf\u25aa\uf0b7\uf0a7(abcdefghijklmnopqrstuvwxyz")


def _MAY_LEAD(t: str) -> bool:
    c = t[:1]
    return c in _LEAD_FIRST or c.isdecimal()


#: a figure run into the preposition before it, its space lost ("theft rose from 24,855 crimes to26,240": Derbyshire
#: Times; "decreased by19.3%": Kent): only a number with a thousands comma, a decimal point or a percent sign after it,
#: never a code ("to2", "B1")
_GLUED_FIGURE = re.compile(r"\b(by|to|from)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?[ \t]*%|\d+\.\d+(?![\d.]))")
_GLUED_ANY = re.compile(r"\b(?:by|to|from)\d")
#: _GLUED_ANY with its word boundary tested after the word's first letter (``(?<!\wb)``: the character
#: before the "b" is no word character; ``\b`` before a letter says the same): a pattern led by its
#: letters ``re`` jumps along the text to, where ``\b`` first is tried at every character (about 3.5 x
#: faster; the same texts found: tests/test_speed17b.py)
_GLUED_AT = re.compile(r"(?:b(?<!\wb)y|t(?<!\wt)o|f(?<!\wf)rom)\d")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.)])(?=\s|$)")


def clean_block_text(text: str) -> str:
    """Markup-free, single-spaced text of a narrative block, without the
    bullet glyph or numbered-paragraph label it starts with."""
    return _clean_block_text(text or "")


_SUP_RE = re.compile(r"(?:st|nd|rd|th)", re.I)


@lru_cache(maxsize=8192)
def _clean_block_text(text: str) -> str:
    t = text
    # (each pattern is applied only to a text holding the character it starts with: the same result)
    if "](" in t:
        t = _MD_LINK.sub(r"\1", t)
    markup = "<" in t
    if markup:
        t = _ANGLE_URL.sub(r"\1", t)

    def sup(m: re.Match) -> str:
        inner = m.group(1)
        # ordinal suffix ("39<sup>th</sup>") is glued back; footnote markers go
        return inner if _SUP_RE.fullmatch(inner) else " "

    if markup:
        t = _SUP.sub(sup, t)
        t = _TAG.sub(" ", t)
    if "&" in t:
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&pound;", "£")
    if "\\" in t:
        t = _ESC.sub(r"\1", t)
    if "*" in t or "__" in t:
        t = _EMPH.sub("", t)
        t = _EMPH1.sub(r"\1", t)
    # (str.split() splits where \s matches -- both test str.isspace -- so this is _WS.sub(" ", t).strip())
    t = " ".join(t.split())
    if " ," in t or " ;" in t or " :" in t or " ." in t or " )" in t:   # (its only spaces are single " ")
        t = _SPACE_BEFORE_PUNCT.sub(r"\1", t)   # "abuse , and" -> "abuse, and"
    if _GLUED_AT.search(t):
        t = _GLUED_FIGURE.sub(r"\1 \2", t)   # "rose from 24,855 crimes to26,240", "down by19.3%": the space lost
    if not _MAY_LEAD(t):
        return t   # (neither a bullet glyph nor an item label can start it; it is stripped)
    for _ in range(3):
        t2 = _BULLET_LEAD.sub("", t)
        t2 = _ITEM_LABEL.sub("", t2)
        if t2 == t:
            break
        t = t2
    return t.strip()

#: the block kinds figures are read from
NARRATIVE_KINDS = (PARAGRAPH, BULLET)
