"""Words, lines and segments: cleaning, bullet markers, word merging, visual lines, gutters."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Optional

from ...normalise.labels import PDF_ITEM_MARK



_PUA = re.compile(r"[\uf000-\uf0ff]")  # Symbol/Wingdings bullets in the private use area


# "(cid:127)": a glyph the PDF gives no Unicode for; alone before text it is a bullet glyph
_GLYPH_MARK = re.compile(r"^([•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\))(?:\s+|$)")


_GLYPH_MARK_ANY = re.compile(r"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff]|\(cid:\d+\))")


_GLYPH_MARK_TIGHT = re.compile(r"^([•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff])(?=\S)")


#: an item number or letter before text ("1.", "4.10", "(a)", "iv)"; normalise.labels)
_NUM_MARK = re.compile(rf"^({PDF_ITEM_MARK})\s+(?=\S)")


#: a marker alone: a bullet glyph or an item number or letter
_MARK_ONLY = re.compile(rf"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\)|{PDF_ITEM_MARK})$")


_GLYPH_ONLY = re.compile(r"^(?:[•●▪■◦○◆◇►▶➢➤✓✔❖∙\uf000-\uf0ff]|\(cid:\d+\))$")


_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u00ad": ""}


_LIG_RE = re.compile("[" + "".join(_LIGATURES) + "]")


_DINGBAT_FONT = re.compile(r"dingbat|wingding|webding", re.I)
# TeX's math extension fonts (cmex, Latin Modern's MathExtension): big delimiters, sum and
# integral signs, wide accents drawn as glyphs with no letter or digit; pdfplumber's box for
# one can sit lines away from where it is drawn (a wide hat two lines under its letter)
_MATH_EXT_FONT = re.compile(r"cmex|mathextension|euex", re.I)


_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$|\bbd\b", re.I)

#: a typewriter (monospaced) font: program code and console output (Courier, TeX's CMTT,
#: DejaVu Sans Mono, Consolas, Menlo, Inconsolata, Source Code Pro)
_MONO_FONT = re.compile(r"courier|mono(?!type)|cmtt|cmitt|lmtt|sftt|consol|menlo|sourcecode", re.I)   # (not Monotype Corsiva)


# A Type 3 font (TeX's bitmap fonts from dvips: glyphs named a0..a255, no FontName, no
# ToUnicode) gives no letter for its glyphs: pdfminer writes "(cid:21)". Code 21 is the en dash of
# TeX's T1 encoding; the other readings of code 21 (a breve accent in OT1, lambda in math italic,
# ">=" in math symbols) never stand between the two numbers of a range, so "50(cid:21)59" is read
# "50–59". Other codes stay as they are (fi/ff ligatures in T1 but Greek letters in math fonts:
# no reading is sure), and so does a code of a font that has a name (a CID font's glyph number).
_TYPE3_RANGE_DASH = re.compile(r"(?<=\d)\(cid:21\)(?=\d)")


def type3_range_dashes(text: str, chars: list) -> str:
    """``text`` with each T1 en dash of a nameless Type 3 font between two digits read as "–"."""
    if "(cid:21)" not in text or not any(c.get("text") == "(cid:21)" and c.get("fontname") == "unknown"
                                         for c in chars):
        return text
    return _TYPE3_RANGE_DASH.sub("\u2013", text)


def _clean(s: str) -> str:
    if _LIG_RE.search(s):
        s = _LIG_RE.sub(lambda m: _LIGATURES[m.group(0)], s)
    return s


#: a word broken by a hyphen at a line's end ("intelli-"), and a conjunction after a hyphen that ends a
#: compound's first half ("short- and long-term"): not a broken word
LETTER_HYPHEN_END = re.compile(r"[A-Za-z]-$")
_CONJUNCTION_START = re.compile(r"^(?:and|or|to)\b")


def _join_texts(parts: list[str]) -> str:
    """Join wrapped lines: a space between, none after a hyphen that ends a word."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif LETTER_HYPHEN_END.search(out) and not _CONJUNCTION_START.match(p):
            out += p
        else:
            out += " " + p
    return out


_BULLET_MARKER_RE = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|^(?:am|pm|per|months?|"
                r"years?|weeks?|days?|hours?|mins?|minutes?|secs?|seconds?|million|people|officers?|"
                r"crimes?|calls?|of)\b", re.I)


def _bullet_marker(text: str) -> Optional[tuple[str, str]]:
    """(marker, rest) when ``text`` starts with a bullet glyph or an item number."""
    m = _GLYPH_MARK.match(text) or _GLYPH_MARK_TIGHT.match(text)
    if m:
        rest = text[m.end():].strip()
        if m.group(1) in "-–—" and (not rest or rest[0].isdigit()):
            return None  # "-1.2%" or a lone dash is not a bullet
        if m.group(1) == "*" and not rest:
            return None
        return m.group(1), rest
    m = _NUM_MARK.match(text)
    if m:
        rest = text[m.end():].strip()
        if rest and (rest[0].isalpha() or rest[0] in "\"'“‘(") and not _BULLET_MARKER_RE.match(rest):
            return m.group(1), rest
    return None


class Word:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "bold")

    def __init__(self, text, x0, x1, top, bottom, size, bold):
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.bold = size, bold


class Item:
    """A segment of words on one line, or a ruled table (``table`` set)."""
    __slots__ = ("words", "x0", "x1", "top", "bottom", "table")

    def __init__(self, words=None, table=None, bbox=None):
        self.words = words or []
        self.table = table
        if bbox is None:
            bbox = (min(w.x0 for w in self.words), min(w.top for w in self.words),
                    max(w.x1 for w in self.words), max(w.bottom for w in self.words))
        self.x0, self.top, self.x1, self.bottom = bbox

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        return max((w.size for w in self.words), default=0.0)

    @property
    def bold(self) -> bool:
        return bool(self.words) and all(w.bold for w in self.words)

    @property
    def bbox(self):
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Line:
    items: list

    @property
    def x0(self):
        return min(i.x0 for i in self.items)

    @property
    def x1(self):
        return max(i.x1 for i in self.items)

    @property
    def top(self):
        return min(i.top for i in self.items)

    @property
    def bottom(self):
        return max(i.bottom for i in self.items)

    @property
    def text(self):
        return " ".join(i.text for i in sorted(self.items, key=lambda i: i.x0))

    @property
    def words(self):
        return [w for i in sorted(self.items, key=lambda i: i.x0) for w in i.words]

    @property
    def size(self):
        ws = self.words
        return statistics.median(w.size for w in ws) if ws else 0.0

    @property
    def bold(self):
        ws = self.words
        return bool(ws) and all(w.bold for w in ws)


def _cluster_lines(objs: list) -> list[list]:
    """Group objects with (top, bottom, x0) into visual lines, top to bottom."""
    lines: list[list] = []
    boxes: list[list[float]] = []  # [top, bottom]
    for o in sorted(objs, key=lambda o: (o.top, o.x0)):
        mid = (o.top + o.bottom) / 2
        placed = False
        for k in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
            t, b = boxes[k]
            lmid = (t + b) / 2
            if t <= mid <= b or o.top <= lmid <= o.bottom:
                lines[k].append(o)
                boxes[k] = [min(t, o.top), max(b, o.bottom)]
                placed = True
                break
        if not placed:
            lines.append([o])
            boxes.append([o.top, o.bottom])
    order = sorted(range(len(lines)), key=lambda k: boxes[k][0])
    return [sorted(lines[k], key=lambda o: o.x0) for k in order]


def _gutters(items: list, min_w: float) -> list[tuple[float, float]]:
    """Vertical strips free of every item, at least ``min_w`` wide, between the items."""
    if len(items) < 2:
        return []
    spans = sorted((i.x0, i.x1) for i in items)
    out = []
    cur_end = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - cur_end >= min_w:
            out.append((cur_end, x0))
        cur_end = max(cur_end, x1)
    return out


def _free_spans(items: list, x0: float, x1: float, min_w: float) -> list[tuple[float, float]]:
    """x-intervals of [x0, x1] free of every item, at least ``min_w`` wide."""
    out = []
    cur = x0
    for a, b in sorted((i.x0, i.x1) for i in items):
        if a - cur >= min_w:
            out.append((cur, a))
        cur = max(cur, b)
    if x1 - cur >= min_w:
        out.append((cur, x1))
    return out


def _intersect_spans(a: list, b: list, min_w: float) -> list[tuple[float, float]]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= min_w:
                out.append((lo, hi))
    return out


def _bands(items: list) -> list[list]:
    """Split items into horizontal bands (maximal groups overlapping in y)."""
    bands: list[list] = []
    bottom = None
    for it in sorted(items, key=lambda i: (i.top, i.x0)):
        if bands and it.top < bottom - 0.5:
            bands[-1].append(it)
            bottom = max(bottom, it.bottom)
        else:
            bands.append([it])
            bottom = it.bottom
    return bands


def _tracking(w) -> Optional[float]:
    """The letter spacing of a word: the median gap between its characters (None for one)."""
    cs = w.get("chars") or []
    if len(cs) < 3:
        return None
    return statistics.median(float(b["x0"]) - float(a["x1"]) for a, b in zip(cs, cs[1:]))


#: TeX's spacing accents set as glyphs of their own over a letter (\\hat f: "ˆ" drawn over
#: "f"), and the combining marks they stand for
_ACCENTS = {"ˆ": "\u0302", "˜": "\u0303", "¯": "\u0304", "˘": "\u0306", "˙": "\u0307",
            "¨": "\u0308", "˚": "\u030a", "ˇ": "\u030c"}


def _place_accents(raw: list) -> list:
    """``raw`` (pdfplumber words with their chars) with each lone accent glyph put on the
    letter it is drawn over: a word of one spacing accent ("ˆ") whose centre lies over a
    letter of another word on its line (the letter's box reaching under the accent's top,
    the accent no lower than the letter) becomes that letter's combining mark ("f̂"); read
    apart it was a word of its own, a letter after the label ("fi(0) ˆ")."""
    lone = [w for w in raw if w["text"] in _ACCENTS and len(w.get("chars") or ()) == 1]
    if not lone:
        return raw
    drop = set()
    for a in lone:
        cx = (float(a["x0"]) + float(a["x1"])) / 2
        for w in raw:
            if w is a or id(w) in drop or not w.get("chars"):
                continue
            if not (float(w["x0"]) <= cx <= float(w["x1"])) or not (float(w["top"]) < float(a["bottom"]) and float(a["top"]) < float(w["bottom"])):
                continue
            hit = next((c for c in w["chars"] if float(c["x0"]) <= cx <= float(c["x1"]) and c["text"].isalpha()
                        and float(a["top"]) <= float(c["top"]) + 0.5), None)
            if hit is None:
                continue
            w["text"] = "".join(c["text"] + (_ACCENTS[a["text"]] if c is hit else "") for c in w["chars"])
            drop.add(id(a))
            break
    return [w for w in raw if id(w) not in drop]


def _join_tracked(raw: list) -> list:
    """Letter-spaced (tracked) text: pdfplumber cuts a word where one letter gap exceeds its
    fixed tolerance ("Comple" "te").  Two pieces on one line in the same font and size are one
    word when the gap between them is no wider than the letter spacing inside them (+0.1 em;
    a word space adds at least 0.2 em to it) and letters meet across it."""
    out: list = []
    for w in raw:
        if out:
            a = out[-1]
            size = float(w.get("size") or 0.0)
            gap = float(w["x0"]) - float(a["x1"])
            if size > 0 and 0 <= gap <= 0.5 * size and abs(float(w["top"]) - float(a["top"])) <= 1.0 and \
                    a.get("fontname") == w.get("fontname") and abs(float(a.get("size") or 0) - size) < 0.1 and \
                    a["text"][-1:].isalpha() and w["text"][:1].isalpha():
                tr = [t for t in (_tracking(a), _tracking(w)) if t is not None]
                if tr and max(tr) >= 0.05 * size and gap <= max(tr) + 0.1 * size:
                    m = dict(a)
                    m["text"] = a["text"] + w["text"]
                    m["x1"] = w["x1"]
                    m["bottom"] = max(float(a["bottom"]), float(w["bottom"]))
                    m["chars"] = list(a.get("chars") or []) + list(w.get("chars") or [])
                    out[-1] = m
                    continue
        out.append(w)
    return out


_FN_MARK = re.compile(r"^\d{1,3}(?:,\d{1,3})*$")


_SQ_UNIT = re.compile(r"(?:^|[^A-Za-z])(?:mm|cm|m|km|ft)$")


_DROP_FOOTNOTE_MARKS_RE = re.compile(r"[A-Za-z%)\]”’\"'.,;:]$")


def _drop_footnote_marks(words: list) -> list:
    """A footnote reference glued after a word ("publication" + a raised, smaller "1"; "17.7%"
    + "2") is not text: it is dropped (as the Markdown loader drops ``[^1]``), and the word
    takes its place so that punctuation after it still joins the word ("website" "2" "." ->
    "website.").  A number set raised before its text (a footnote's own number) stays."""
    by_x1: dict[int, list] = {}
    for w in words:
        by_x1.setdefault(int(w.x1), []).append(w)
    drop = set()
    for b in words:
        if not _FN_MARK.match(b.text):
            continue
        for key in (int(b.x0) - 1, int(b.x0), int(b.x0) + 1):
            hit = None
            for a in by_x1.get(key, ()):
                if a is b or id(a) in drop or not (-0.5 <= b.x0 - a.x1 <= 0.12 * max(a.size, 4.0)):
                    continue
                if a.size - b.size < 0.6 or min(a.bottom, b.bottom) - max(a.top, b.top) <= 0:
                    continue
                if (b.top + b.bottom) / 2 >= (a.top + a.bottom) / 2 - 0.15 * a.size:
                    continue  # not raised
                if not _DROP_FOOTNOTE_MARKS_RE.search(a.text) or \
                        (b.text in ("2", "3") and _SQ_UNIT.search(a.text)):
                    continue  # digits glued to digits, or m² / km³
                hit = a
                break
            if hit is not None:
                drop.add(id(b))
                hit.x1 = b.x1
                break
    if not drop:
        return words
    return [w for w in words if id(w) not in drop]


def _merge_style_pieces(words: list) -> list:
    """pdfplumber splits a word where its font or size changes ("14" + a raised, smaller "th";
    a bold "Note" + ":"): pieces that touch (gap under 0.12 em) and overlap vertically are one
    word again, with the size, box and weight of its main (larger, then longer) piece.  A raised
    smaller piece of digits or symbols (a footnote reference after "17.7%", a footnote's own
    number before its text) is not glued: it stays a word of its own."""
    if len(words) < 2:
        return words
    words = _drop_footnote_marks(words)
    by_x1: dict[int, list[int]] = {}
    for k, w in enumerate(words):
        by_x1.setdefault(int(w.x1), []).append(k)
    nxt: dict[int, int] = {}  # index of a piece -> index of the piece that continues it
    has_prev: set[int] = set()
    for j, b in enumerate(words):
        tol = 0.12 * max(b.size, 4.0)
        best = None
        for key in (int(b.x0) - 1, int(b.x0), int(b.x0) + 1):
            for k in by_x1.get(key, ()):
                a = words[k]
                if k == j or k in nxt or not (-0.5 <= b.x0 - a.x1 <= tol):
                    continue
                if min(a.bottom, b.bottom) - max(a.top, b.top) <= 0:
                    continue
                if abs(a.size - b.size) > 0.3:
                    small, big = (a, b) if a.size < b.size else (b, a)
                    if big.size > 4 * max(small.size, 1.0):
                        continue  # a watermark's letter over the text, not a piece of its word
                    raised = (small.top + small.bottom) / 2 < (big.top + big.bottom) / 2 - 0.15 * big.size
                    if raised and not any(ch.isalpha() for ch in small.text):
                        continue  # a footnote reference, not part of the word
                best = k
        if best is not None:
            nxt[best] = j
            has_prev.add(j)
    if not nxt:
        return words
    out = []
    for k, w in enumerate(words):
        if k in has_prev:
            continue
        chain = [w]
        seen = {k}
        while k in nxt and nxt[k] not in seen:
            k = nxt[k]
            seen.add(k)
            chain.append(words[k])
        if len(chain) == 1:
            out.append(w)
            continue
        main = max(chain, key=lambda x: (x.size, len(x.text)))
        n_bold = sum(len(x.text) for x in chain if x.bold)
        out.append(Word("".join(x.text for x in chain), chain[0].x0, chain[-1].x1, main.top, main.bottom,
                        main.size, n_bold * 2 > sum(len(x.text) for x in chain)))
    return out


_LIST_START = re.compile(r"^(?:[A-Z0-9£$\"'“‘(]|[•●▪■◦○◆◇►▶➢➤✓✔❖·∙–—\-*\uf000-\uf0ff]|\(cid:\d+\))")


def _unstack(line: list) -> list[list]:
    """A visual line can gather words of two lines of another column (a 9 pt line of text
    beside two 6 pt lines of a table overlaps both): split it into lines of words whose
    middles agree, so that words stacked one above the other never join one segment."""
    if len(line) < 2:
        return [line]
    top = min(w.top for w in line)
    bottom = max(w.bottom for w in line)
    hmax = max(w.bottom - w.top for w in line)
    if bottom - top <= 1.3 * hmax:
        return [line]
    end = None
    for w in line:  # sorted by x0: stacked words overlap horizontally
        if end is not None and w.x0 < end - 0.5:
            break
        end = w.x1 if end is None else max(end, w.x1)
    else:
        return [line]
    subs: list[list] = []
    anchors: list[tuple[float, float]] = []  # (middle, height) of each sub-line's first word
    for w in sorted(line, key=lambda w: (w.top + w.bottom) / 2):
        mid, h = (w.top + w.bottom) / 2, w.bottom - w.top
        if subs and mid - anchors[-1][0] <= 0.4 * max(1.0, min(h, anchors[-1][1])):
            subs[-1].append(w)
        else:
            subs.append([w])
            anchors.append((mid, h))
    return [sorted(s, key=lambda w: w.x0) for s in subs]


def _justified_from(line: list) -> Optional[int]:
    """A justified line of prose has its word spaces stretched, all alike, sometimes beyond
    the segment gap: the index of the word from which the spaces are all equal (within 0.6 pt,
    at most 1.5 em, at least four of them, words mostly of letters, one size), else None.
    The first space may differ (after a bullet or item number)."""
    if len(line) < 5:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    start = 1 if len(gaps) >= 5 else 0
    inner = gaps[start:]
    if len(inner) < 4 or max(inner) - min(inner) > 0.6:
        return None
    size = max(w.size for w in line[start:])
    if min(w.size for w in line[start:]) < size - 0.3 or statistics.median(inner) > 1.5 * size:
        return None
    if sum(1 for w in line if any(ch.isalpha() for ch in w.text)) < 0.7 * len(line):
        return None
    return 0 if abs(gaps[0] - inner[0]) <= 0.6 else start


def _segments(words: list, seg_em: float = 0.75) -> list[Item]:
    """Split each visual line into runs of words separated by small gaps."""
    items = []
    for line in (sub for ln in _cluster_lines(words) for sub in _unstack(ln)):
        segs: list[list] = [[line[0]]]
        just = _justified_from(line)
        for k, w in enumerate(line[1:], 1):
            prev = segs[-1][-1]
            gap = w.x0 - prev.x1
            size = max(w.size, prev.size, 4.0)
            if gap <= seg_em * size or (just is not None and k > just):
                segs[-1].append(w)
            else:
                segs.append([w])
        # a bullet glyph or an item number printed apart from its text
        if len(segs) >= 2 and len(segs[0]) == 1 and _MARK_ONLY.match(segs[0][0].text):
            nxt = segs[1][0].text
            bare_num = segs[0][0].text[:1].isdigit() and not segs[0][0].text.endswith(".") \
                and "." not in segs[0][0].text
            g0 = segs[0][0]
            glyph_near = _GLYPH_ONLY.match(g0.text) is not None and \
                segs[1][0].x0 - g0.x1 <= 3.0 * max(g0.size, 4.0)
            if nxt[:1].isalpha() or nxt[:1] in "\"'“‘(" or glyph_near:
                # a glyph bullet takes any text ("•  44.5% of callers", "•  5* ...")
                if not bare_num or len(segs) == 2:
                    segs[0:2] = [segs[0] + segs[1]]
        # a bullet glyph further along the line (a text column beside a table): kept with its
        # text when that follows within 1.5 em
        k = 1
        while k < len(segs) - 1:
            w = segs[k][0]
            if len(segs[k]) == 1 and _GLYPH_ONLY.match(w.text) and segs[k + 1][0].text[:1].isalpha() and \
                    segs[k + 1][0].x0 - w.x1 <= 1.5 * max(w.size, 4.0):
                segs[k:k + 2] = [segs[k] + segs[k + 1]]
            k += 1
        items.extend(Item(s) for s in segs)
    return items


def _lines_of(items: list) -> list[Line]:
    return [Line(l) for l in _cluster_lines(items)]


def _median_size(items: list) -> float:
    sizes = [w.size for it in items for w in it.words]
    return statistics.median(sizes) if sizes else 0.0


def _col_of(it, bounds: list) -> int:
    """The column of a segment: how many column bounds its centre lies right of."""
    cx = (it.x0 + it.x1) / 2
    return sum(1 for b in bounds if cx > b)
