"""The text loaders' fast paths give what the plain code gave: ``clean_inline`` (substring
prefilters before each pattern, a cache), ``last_word`` (matched backwards), the heading
tests (an early exit on a lower-case letter or a ninth word), the deliverables header test
and the binary sniffing counts, each compared with the plain version kept here, on every
line and paragraph of the corpus and the real texts and on generated fragments."""
from __future__ import annotations

import html
import random
import re
from pathlib import Path

from extract.loaders import _NOT_CTRL, _PRINTABLE
from extract.loaders import common
from extract.loaders.common import (MARKER_START, TERMINAL, clean_inline, ends_sentence, last_word,
                                    page_marker, strip_tags)
from extract.loaders.text import lines as text_lines
from extract.loaders.text import residue
from extract.loaders.text.residue import _DELIV_HEAD_WORDS, _deliv_header_cell

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _fragments() -> list[str]:
    out = []
    for folder in (ROOT / "corpus", SHARED / "real"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                text = path.read_text(encoding="utf-8", errors="replace")
                out.extend(line for line in text.splitlines() if line.strip())
                out.extend(p for p in re.split(r"\n\s*\n", text) if p.strip())
    return out


def _generated(n: int = 3000) -> list[str]:
    rng = random.Random(14)
    pieces = ["**", "__", "*", "_", "~~", "`", "[a](http://x)", "](", "\\*", "\\", "&amp;", "&shy;", "²", "Jan",
              "▲", "~~~~~", "Increasing", "-", "n/a", "q1", "1,234", "00:12", "2024", "£", "(3 months)",
              "<b>", "</b>", "<sup>th</sup>", "<br>", "$\\pm 3$", "$5", " ", "  ", "\u00a0", "\u200b",
              "( ", " )", " .", " ,", " ;", " :", "word", "Word", "12", "%", "\t", "\n", "é", "."]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


# ---------------------------------------------------------------- plain versions (as they were)

PLAIN_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v ]+")


def plain_clean_inline(s: str, *, markdown: bool = True) -> str:
    if not s:
        return ""
    s = common._ZERO_WIDTH.sub("", s)
    if "<" in s:
        s = strip_tags(s, autolinks=markdown)
    if markdown:
        if "$" in s:
            s = common._LATEX.sub(common._latex_sub, s)
        s = common._MD_LINK.sub(lambda m: m.group(1), s)
        s = common._CODE.sub(r"\1", s)
        for _ in range(2):
            s = common._BOLD.sub(r"\2", s)
        s = common._EM_STAR.sub(r"\1", s)
        s = common._EM_UND.sub(r"\1", s)
        s = common._STRIKE.sub(r"\1", s)
        s = re.sub(r"(?<!\\)\*\*", "", s)
        s = common._ESCAPE.sub(r"\1", s)
    s = html.unescape(s)
    s = common._ZERO_WIDTH.sub("", s)
    s = PLAIN_SPACES.sub(" ", s).strip()
    s = re.sub(r"(?<=\w) (?=[.,;:](?:\s|$))", "", s)
    s = re.sub(r"\( (?=\S)", "(", s)
    s = re.sub(r"(?<=\S) \)", ")", s)
    return s


def plain_last_word(text: str) -> str:
    m = re.search(r"([A-Za-z]+)\W*$", text.rstrip())
    return m.group(1).lower() if m else ""


def plain_is_caps_heading(t: str) -> bool:
    if "(" in t:
        head = t.split("(", 1)[0].strip()
        has_paren = True
    else:
        head, has_paren = t.strip(), False
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return False
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 or (has_paren and len(words) == 1)


def plain_is_title_like(t: str) -> bool:
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith(":") or ": " in t:
        return False
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 8 or not any(w[0].isupper() for w in words):
        return False
    if text_lines.is_header_row(t):
        return False
    sig = [w for w in re.sub(r"\([^)]*\)", " ", t).split()
           if any(c.isalpha() for c in w) and w.lower().strip("-–—,") not in text_lines.SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper())
    return len(words) <= 4 or caps / len(sig) >= 0.75


def plain_value_cell(t: str) -> bool:
    toks = t.split()
    while toks and all(c in residue._GLYPHS for c in toks[0]):
        toks = toks[1:]
    if not toks:
        return False
    while toks and toks[-1].lower() in residue._TREND_WORDS:
        toks = toks[:-1]
    return bool(toks) and residue._is_data_cell(" ".join(toks))


def plain_deliv_header_cell(t: str) -> bool:
    words = t.lower().split()
    return 0 < len(words) <= 3 and all(w in _DELIV_HEAD_WORDS for w in words)


# ---------------------------------------------------------------- tests

def test_clean_inline_as_plain():
    texts = _fragments() + _generated()
    assert len(texts) > 2000
    clean_inline.cache_clear()
    for markdown in (True, False):
        for s in texts:
            assert clean_inline(s, markdown=markdown) == plain_clean_inline(s, markdown=markdown), s
    # a cached answer is the same answer
    for s in texts[:200]:
        assert clean_inline(s) == plain_clean_inline(s)


def test_line_tests_as_plain():
    texts = _fragments() + _generated()
    for s in texts:
        assert last_word(s) == plain_last_word(s), s
        for t in (s, s.upper(), s.title()):
            assert text_lines.is_caps_heading(t) == plain_is_caps_heading(t), t
            assert text_lines.is_title_like(t) == plain_is_title_like(t), t
            assert _deliv_header_cell(t.strip()) == plain_deliv_header_cell(t.strip()), t
            assert residue._value_cell(t.strip()) == plain_value_cell(t.strip()), t
    assert _deliv_header_cell("Action Date Due") and not _deliv_header_cell("Action Date Due Progress")
    # last_word reads a tail of 64 characters first: words and punctuation across its edge
    for n in (0, 1, 50, 63, 64, 65, 130):
        for s in ("a " + "x" * n, "a " + "x" * n + "." * 70, "word " + "." * n, "é" * n, "x" * n + "2"):
            assert last_word(s) == plain_last_word(s), s


def test_sentence_ends_as_plain():
    texts = _fragments() + _generated()
    rng = random.Random(5)
    texts += ["".join(rng.choice(["a", ".", ";", "?", ")", "]", "'", "”", " ", "\n", "\u2028"])
                      for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    for s in texts:
        assert ends_sentence(s) == bool(TERMINAL.search(s.rstrip())), s
        assert text_lines._soft_end(s.rstrip()) == bool(text_lines._SOFT_END.search(s.rstrip())), s


def test_page_markers_start_with_a_marker_character():
    texts = _fragments() + ["Page 3", "  - page 4 -", "**Page 2**", "# Page 1", "pg. 3", "PAGE 7 of 9",
                            "__Page 5__", "\tPage 6"]
    found = 0
    for s in texts:
        for line in s.splitlines():
            if line.strip() and page_marker(line) is not None:
                found += 1
                assert line.strip()[0] in MARKER_START, line
    assert found >= 8


def test_bullets_start_with_a_bullet_character():
    found = 0
    for s in _fragments() + _generated() + ["  • item", "\t- item", "\uf0b7item", "➢ x", "* y"]:
        for line in s.splitlines():
            if text_lines._BULLET.match(line):
                found += 1
                assert line.strip()[:1] in text_lines.BULLET_START, line
    assert found >= 5


def test_binary_counts_as_plain():
    rng = random.Random(3)
    for n in (0, 1, 100, 5000):
        data = bytes(rng.randrange(256) for _ in range(n))
        ctrl = sum(1 for b in data if b < 32 and b not in (9, 10, 11, 12, 13, 27))
        printable = sum(1 for b in data if 32 <= b < 127 or b in (9, 10, 12, 13))
        assert len(data.translate(None, _NOT_CTRL)) == ctrl
        assert len(data) - len(data.translate(None, _PRINTABLE)) == printable
