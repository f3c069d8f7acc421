"""Shared helpers of the text and Markdown loaders.

Everything here works on one line or one block of text; nothing knows about a
particular document.  The rules:

* :func:`clean_inline` turns a fragment of converter output into plain text:
  HTML tags removed (``<sup>th</sup>`` joined to the number before it, ``<br>``
  and block tags become spaces, ``<li>`` items become "; "-separated), HTML
  entities decoded, Markdown emphasis (``**b**``, ``*i*``, ``__b__``), code
  ticks, links (``[text](url)`` -> text, ``<https://...>`` -> the address) and
  backslash escapes (``\\*`` -> ``*``) removed, a few LaTeX fragments that
  converters emit (``$\\pm 3.5$``, ``$\\sim$``) turned into their characters,
  NBSP and other Unicode spaces made plain spaces, whitespace collapsed.
  Glyphs such as ``▼ ^ ~~~~`` are kept.
* :func:`ends_sentence` (``extract.sentence_end``) / :func:`continues` decide whether a line broken by
  the converter is joined to the next (see :func:`should_join`).
"""
from __future__ import annotations

import html
import re
import sys
from functools import lru_cache
from typing import Callable, Optional

from ..normalise import MONTH_PREFIX
from ..vocab import vocabulary
from ..vocab.literals import lowered
from ..sentence_end import CLOSERS, TERMINAL, ends_sentence  # noqa: F401 (the loaders' names)
from ..suffix_search import edge_chars
from .htmltext import strip_tags

# --------------------------------------------------------------------------
# inline cleaning
# --------------------------------------------------------------------------

# runs of spaces (and single Unicode spaces, tabs ...) to collapse into one space; a single
# plain space is left alone, so text with nothing to change gives no match at all
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v ]{2,}|"
                     r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
# the characters of _SPACES but the plain space: a text holds a _SPACES match exactly when it holds
# one of them or two spaces in a row (a pattern opening with a character set is scanned for fast)
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"   # zero-width characters and the soft hyphen
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
# single * or _ emphasis: not inside words for "_" (snake_case), and "*" must hug text
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])", re.S)
_EM_UND = re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)", re.S)
_CODE = re.compile(r"`([^`]*)`")
# strikethrough only around words: runs of "~" (sparkline glyphs in measure tables) are kept
_STRIKE = re.compile(r"(?<!~)~~(?=[^\s~])([^~\n]*?[A-Za-z0-9][^~\n]*?)(?<=[^\s~])~~(?!~)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~^$&\"'])")

_LATEX_SYMBOLS = {
    r"\pm": "±", r"\sim": "~", r"\times": "×", r"\approx": "≈", r"\le": "≤",
    r"\leq": "≤", r"\ge": "≥", r"\geq": "≥", r"\%": "%", r"\circ": "°",
    r"\rightarrow": "→", r"\to": "→", r"\uparrow": "↑", r"\downarrow": "↓",
    r"\blacktriangledown": "▼", r"\blacktriangle": "▲", r"\bullet": "•",
    r"\cdot": "·", r"\div": "÷", r"\neq": "≠", r"\pounds": "£",
}
_LATEX = re.compile(r"\$([^$\n]{1,80})\$")


_LATEX_MARKS = re.compile(r"[\^_{}]")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+|\\%")
_LATEX_TEXT_WRAP = re.compile(r"\\mathrm\{([^}]*)\}|\\text\{([^}]*)\}")


def _latex_sub(m: re.Match) -> str:
    body = m.group(1)
    if "\\" not in body and not _LATEX_MARKS.search(body):
        return m.group(0)  # "$5 and $6" is money, not maths
    out = _LATEX_COMMAND.sub(lambda t: _LATEX_SYMBOLS.get(t.group(0), ""), body)
    out = _LATEX_TEXT_WRAP.sub(lambda t: t.group(1) or t.group(2) or "", out)
    out = out.replace("{", "").replace("}", "").replace("^", "")
    return " " + out.replace(" ", "") + " " if len(out.split()) <= 3 else " " + out.strip() + " "


def _drop_zero_width(s: str) -> str:
    """``s`` without zero-width characters (all of them non-ASCII: most text has none)."""
    if s.isascii() or not any(c in s for c in _ZERO_WIDTH_CHARS):
        return s
    return _ZERO_WIDTH.sub("", s)


_STRAY_BOLD = re.compile(r"(?<!\\)\*\*")
# a space after a word character, before punctuation: the space comes first (the engine looks for
# the literal fast; a pattern opening with a look-behind is tried at every position), then the
# look-behind checks the word character before it
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[.,;:](?:\s|$))(?<=\w )")
_SPACE_AFTER_OPEN = re.compile(r"\( (?=\S)")
_SPACE_BEFORE_CLOSE = re.compile(r"(?<=\S) \)")


# a character each pattern of _clean_markdown needs ("$", "]", "`", "*", "_", "~", "\\")
_MARKDOWN_CHARS = re.compile(r"[$\]`*_~\\]")


def _clean_markdown(s: str) -> str:
    """Markdown links, code, emphasis, strikethrough and escapes removed.  Each pattern runs
    only when the text holds the characters it needs to match (a plain substring test)."""
    if not _MARKDOWN_CHARS.search(s):  # one scan for every pattern's character: most text has none
        return s
    if "$" in s:
        s = _LATEX.sub(_latex_sub, s)
    if "](" in s:
        s = _MD_LINK.sub(lambda m: m.group(1), s)
    if "`" in s:
        s = _CODE.sub(r"\1", s)
    for _ in range(2):
        if "**" in s or "__" in s:
            s = _BOLD.sub(r"\2", s)
    if "*" in s:
        s = _EM_STAR.sub(r"\1", s)
    if "_" in s:
        s = _EM_UND.sub(r"\1", s)
    if "~~" in s:
        s = _STRIKE.sub(r"\1", s)
    # stray unmatched bold markers left by converters ("**Priority 2**: x", "** ")
    if "**" in s:
        s = _STRAY_BOLD.sub("", s)
    if "\\" in s:
        s = _ESCAPE.sub(r"\1", s)
    return s


@lru_cache(maxsize=4096)
def clean_inline(s: str, *, markdown: bool = True) -> str:
    """Plain text of a fragment of converter output (see module docstring).  (Cached: the
    loaders clean the same fragment more than once, e.g. to test a heading and to store it.)"""
    if not s:
        return ""
    s = _drop_zero_width(s)
    if "<" in s:
        s = strip_tags(s, autolinks=markdown)
    if markdown:
        s = _clean_markdown(s)
    if "&" in s:  # an entity may stand for a zero-width character ("&shy;")
        s = _drop_zero_width(html.unescape(s))
    if "  " in s or "\t" in s or "\r" in s or "\f" in s or "\v" in s or (not s.isascii() and _ODD_SPACE.search(s)):
        s = _SPACES.sub(" ", s)  # (a text gives _SPACES a match only with one of those)
    s = s.strip()
    # a space the converter put before punctuation after removed markup: "<b>x</b> ." -> "x."
    if " ." in s or " ," in s or " ;" in s or " :" in s:
        s = _SPACE_BEFORE_PUNCT.sub("", s)
    if "( " in s:
        s = _SPACE_AFTER_OPEN.sub("(", s)
    if " )" in s:
        s = _SPACE_BEFORE_CLOSE.sub(")", s)
    return s


def clean_cell(s: str, *, markdown: bool = True) -> str:
    return clean_inline(s, markdown=markdown)


# --------------------------------------------------------------------------
# line joining
# --------------------------------------------------------------------------

# words after which an English sentence cannot end: a line ending with one was broken
STOP_WORDS = frozenset(vocabulary().words("sentence_cannot_end"))


# the last word read backwards: the same match as searching "([A-Za-z]+)\W*$", without trying
# every position of a long text
_LAST_WORD_REVERSED = re.compile(r"\W*([A-Za-z]+)")


def last_word(text: str) -> str:
    t = text.rstrip()
    tail = t[-64:][::-1]
    m = _LAST_WORD_REVERSED.match(tail)
    if len(t) > 64 and (m is None or m.end() == len(tail)):  # the answer may reach before the tail
        m = _LAST_WORD_REVERSED.match(t[::-1])
    return m.group(1)[::-1].lower() if m else ""


def ends_with_stop_word(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1].isalpha() and last_word(t) in STOP_WORDS


URL_STARTS = ("http://", "https://", "www.")  # what "(?:https?://|www\.)" matches at the start


#: what :func:`starts_lower` strips before the first word (a text starting with none of them nor a
#: lower-case letter does not start lower)
LOWER_LEAD = " \"'“‘("


def starts_lower(text: str) -> bool:
    """The text starts with an all-lower-case word ("public.", "and"), not "iQuanta" or a URL."""
    t = text.lstrip(LOWER_LEAD)
    if not t or not t[0].islower() or t.startswith(URL_STARTS):
        return False
    word = t.split(None, 1)[0]  # t[0] is a letter: the first run of non-space characters
    if word.isascii():  # an ASCII word with a lower-case letter has no capital exactly when islower()
        return word.islower()
    return not any(c.isupper() for c in word)


_DATA_TOKEN = re.compile(
    rf"""^(?:[-+–]?[£$€]?\d[\d,.]*(?:%|k|m|bn)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|
    {MONTH_PREFIX}\.?|q[1-4]|fy|
    \d{{4}}(?:[-/]\d{{2,4}})?|n/?a|tbc|[-–—]|\(?\d+\s*(?:months?|weeks?|days?)\)?)$""", re.I | re.X)


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def is_data_line(text: str) -> bool:
    """A line made only of numbers, percentages, dates and times ("Jan 24 90%", "75%")."""
    head = text.split(None, 1)  # the first word alone first: most lines fail there, unsplit
    if not head or not _DATA_TOKEN.match(head[0]):
        return False
    return all(_DATA_TOKEN.match(t) for t in text.split()) and any(ch.isdigit() for ch in text)


# a table cell's figure at the end of a row: a grouped number ("117,867,477", "(10,109.85)"), a decimal
# ("524.7", "+63.7", "-9.9") or a whole number ("156"); not a phone number's group ("07989"), a time ("19:53"),
# a year range ("2024/25") nor a number with a unit or percentage (those lines are never headings anyway)
_ROW_FIGURE = re.compile(r"^[-+–]?\(?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|[1-9]\d*\.\d+|0\.\d+|[1-9]\d*|0)\)?$")
_GROUPED = re.compile(r"^[-+–]?\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_EMPTY_CELLS = frozenset(("n/a", "-", "–", "—"))  # an empty cell's mark in a row of figures


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def ends_with_figures(text: str) -> bool:
    """A table's row as one line of text, a label then its figures ("Total Bonds 117,867,477",
    "Fire-related injuries 22 22 21 14 23 19 10", "Total 430.7 420.8 -9.9"): the line ends in a
    grouped number, or in two or more figures that are not all years ("Police and Crime Plan 2021
    2025"); "Quarter 3 2024/25", "Appendix 1", "Item 5" and "Thursday 13 March 2025" do not."""
    words = text.split()
    if len(words) < 2 or not (words[-1][-1:].isdigit() or words[-1][-1:] == ")" or words[-1].lower() in _EMPTY_CELLS):
        return False
    run: list[str] = []  # the figures at the end, last first
    n = 0  # words read from the end
    for w in reversed(words):
        if _ROW_FIGURE.match(w):
            run.append(w)
        elif not (w.lower() == "n/a" or (not run and w in _EMPTY_CELLS)):
            break  # ("1,298,620 n/a", "12 -": an empty cell; "16 – 18" is a range, not two cells)
        n += 1
    if n == len(words):
        return False  # (no label: a data line, tested by is_data_line)
    if not run:
        return False
    if words[-n - 1][:1] == "0" and words[-n - 1].isdigit():
        return False  # a phone number's groups ("Parish Clerk 07989 398 838"), not figures
    if any(_GROUPED.match(w) for w in run):
        return True
    if "." in run[0] and any(_GROUPED.match(w) for w in words[:-n]):
        return True  # two tables side by side: "EXPENDITURE (10,109.85) EXPENDITURE 0.00"
    return len(run) >= 2 and not all(_YEAR.match(w) for w in run)


PAGE_MARKER = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:-\s*)?(?:page|pg\.?)\s+(\d{1,4})(?:\s+of\s+\d{1,4})?\s*(?:-\s*)?(?:\*\*|__)?\s*$",
    re.I)
BLANK_PAGE = re.compile(r"this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?", re.I)


# the first non-blank character of a "Page N" line (PAGE_MARKER): callers holding the stripped
# line skip the pattern for every other line
MARKER_START = frozenset("#*_-pP")


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def split_pipe_row(line: str) -> list[str]:
    """The cells of a row written with "|" between them (Markdown, or a web table saved as
    text): a "|" at either edge is an edge, not an empty cell; "\\|" is a literal bar."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = _UNESCAPED_PIPE.split(s)
    return [c.replace("\\|", "|") for c in cells]


def page_marker(line: str) -> Optional[int]:
    m = PAGE_MARKER.match(line)
    return int(m.group(1)) if m else None


def split_blank_page(text: str) -> list[str]:
    """Split a paragraph around an embedded "This page is intentionally left blank"."""
    low = lowered(text)   # (IGNORECASE is lower() where ``lowered`` gives a text: the search tries every place)
    if low is not None and "this page " not in low:
        return [text]
    m = BLANK_PAGE.search(text)
    if not m:
        return [text]
    parts = [text[:m.start()].strip(), m.group(0).rstrip(".").strip(), text[m.end():].strip()]
    return [p for p in parts if p]


_RULE = re.compile(r"(?:[-–—_*=]\s*){2,}")
RULE_START = frozenset("-–—_*=")  # the characters a rule (_RULE) can start with: a pre-test of is_rule


def is_rule(line: str) -> bool:
    """A horizontal rule: ``---``, ``- - -``, ``***``, ``___``, ``====`` (also tab separated)."""
    t = line.replace("\t", " ").strip()
    return len(t) >= 2 and bool(_RULE.fullmatch(t)) and len(t.replace(" ", "")) >= 2


# --------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------

def _paginate_by_form_feeds(doc, blocks: list, ff_page_of_line: dict, markers: list) -> None:
    """Pages from form feeds: ``ff_page_of_line`` maps a line to its page (authoritative)."""
    from ..model import Page

    n_pages = max(ff_page_of_line.values()) if ff_page_of_line else 1
    pages = {n: Page(number=n) for n in range(1, n_pages + 1)}
    for b in blocks:
        b.page = ff_page_of_line.get(b.line, None) if b.line is not None else None
        pages[b.page or 1].blocks.append(b)
    doc.pages = [pages[n] for n in sorted(pages)]
    doc.page_marked = True
    if markers:
        doc.notes.append(f"{len(markers)} 'Page N' marker line(s) seen; pages taken from form feeds")


def _markers_reliable(markers: list) -> bool:
    """At least two "Page N" markers whose numbers run consecutively (N, N+1, ...)."""
    nums = [n for _, n in markers]
    return len(markers) >= 2 and all(b - a == 1 for a, b in zip(nums, nums[1:]))


def _paginate_unmarked(doc, blocks: list, markers: list) -> None:
    """One page, no block page, ``page_marked`` False; unreliable markers are noted."""
    from ..model import Page

    page = Page(number=1)
    for b in blocks:
        b.page = None
        page.blocks.append(b)
    doc.pages = [page]
    doc.page_marked = False
    if markers:
        shown = ", ".join(f"'Page {n}' at line {ln}" for ln, n in markers[:10])
        more = "" if len(markers) <= 10 else f" and {len(markers) - 10} more"
        why = "only one" if len(markers) == 1 else "not consecutive"
        doc.notes.append(f"page marker(s) {shown}{more}; {why}, so too unreliable to give "
                         f"pages: block pages left empty")


def _marker_page_of(line: int, markers: list, header: bool) -> Optional[int]:
    """The page of a line from the markers: as headers, the last marker at or above it; as
    footers, the first marker below it (none above a first footer "Page N" with N > 1), after
    the last footer the next page."""
    first_line = markers[0][0]
    if header:
        n = None
        for ln, num in markers:
            if ln <= line:
                n = num
        return n
    for ln, num in markers:
        if line < ln:
            return num if (ln != first_line or num == 1) else None
    return markers[-1][1] + 1


def _paginate_by_markers(doc, blocks: list, markers: list) -> None:
    """Pages from reliable "Page N" markers, footers unless the first comes before any content;
    every page between the lowest and highest number exists; blocks without a page go first."""
    from ..model import Page

    first_line = markers[0][0]
    header = not any(b.line is not None and b.line < first_line for b in blocks)
    pages: dict[int, Page] = {}
    orphans = []
    for b in blocks:
        n = _marker_page_of(b.line, markers, header) if b.line is not None else None
        b.page = n
        if n is None:
            orphans.append(b)
        else:
            pages.setdefault(n, Page(number=n)).blocks.append(b)
    lo = min([n for _, n in markers] + list(pages))
    hi = max([n for _, n in markers] + list(pages))
    for n in range(lo, hi + 1):
        pages.setdefault(n, Page(number=n))
    ordered = [pages[n] for n in sorted(pages)]
    if orphans:
        ordered[0].blocks[0:0] = orphans
    doc.pages = ordered
    doc.page_marked = True
    doc.notes.append(f"pages from {len(markers)} 'Page N' markers read as page "
                     f"{'headers' if header else 'footers'}")


def paginate(doc, blocks: list, *, ff_page_of_line: Optional[dict] = None,
             markers: Optional[list[tuple[int, int]]] = None) -> None:
    """Put ``blocks`` (each with a 1-based ``line``) into ``doc.pages``.

    Rules (documented in the loaders' docstrings):

    * Form feeds (``\\f``, pdftotext's page end) are authoritative: the text
      before the first ``\\f`` is page 1, and so on.  ``ff_page_of_line`` maps a
      line number to its page; ``doc.page_marked`` is True.
    * Otherwise "Page N" marker lines (``markers`` = [(line, N), ...]) are used
      only when there are at least two and their numbers run consecutively
      (N, N+1, ...).  A marker is a page *footer* (the text above it is on page
      N, the text below on N+1) - the way council agenda packs and reports print
      their page numbers - unless the first marker comes before any content, in
      which case markers are *headers* (the text below "Page N" is on page N).
      Text above the first footer "Page N" with N > 1 is left without a page
      (it may span several unnumbered pages).
    * Otherwise every block is on one Page with ``block.page = None`` and
      ``doc.page_marked = False``; any markers seen are recorded in ``doc.notes``.
    A block that runs across a page break gets the page of its first line.
    """
    markers = markers or []
    if ff_page_of_line:
        _paginate_by_form_feeds(doc, blocks, ff_page_of_line, markers)
    elif not _markers_reliable(markers):
        _paginate_unmarked(doc, blocks, markers)
    else:
        _paginate_by_markers(doc, blocks, markers)


# --------------------------------------------------------------------------
# a pattern's first characters (performance only)
# --------------------------------------------------------------------------

@lru_cache(maxsize=64)
def first_chars(pattern: str, flags: int) -> Optional[frozenset]:
    """The lower-cased ASCII characters a match of ``re.compile(pattern, flags).match`` can start
    with (suffix_search.edge_chars), or None when not known (then no pre-test).  Exact for a text
    whose first character is ASCII: among ASCII characters IGNORECASE matches a letter only in its
    two cases; a non-ASCII first character (which may fold to an ASCII letter: long s, the Kelvin
    sign) is never pre-tested (``may_start``), and a pattern that may start with one is not read.
    tests/test_perdoc7.py checks it against the patterns."""
    from re import _parser as P  # type: ignore[attr-defined]
    try:
        got, empty = edge_chars(list(P.parse(pattern, flags)), first=True)
    except Exception:  # a syntax this reader does not know: no pre-test
        return None
    if got is None or empty or any(hi > 127 for _, hi in got):
        return None
    return frozenset(chr(c).lower() for lo, hi in got for c in range(lo, hi + 1))


@lru_cache(maxsize=64)
def max_width(rx: "re.Pattern") -> int:
    """The most characters a match of ``rx`` can span (sys.maxsize when not bounded or not known): a
    longer text has no ``fullmatch``. (Under IGNORECASE a character matches one character.)"""
    from re import _parser as P  # type: ignore[attr-defined]
    try:
        width = P.parse(rx.pattern, rx.flags).getwidth()[1]
    except Exception:  # a syntax this reader does not know: no bound
        return sys.maxsize
    return width if width < P.MAXREPEAT else sys.maxsize


def may_start(firsts: Optional[frozenset], text: str) -> bool:
    """False only when a pattern whose ``first_chars`` are ``firsts`` cannot match at text[0]."""
    return firsts is None or not text or not text[0].isascii() or text[0].lower() in firsts


def next_line(lines: list[str], start: int) -> str:
    """The first non-blank line of ``lines[start:start + 3]``, stripped, else ""."""
    for raw in lines[start:start + 3]:
        if raw.strip():
            return raw.strip()
    return ""


FURNITURE_MAX = 200  # a furniture line (words.toml web_furniture) is short; a breadcrumb trail the longest


@lru_cache(maxsize=1)
def _furniture() -> tuple:
    v = vocabulary()
    furniture = v.pattern("web_furniture")
    return furniture, first_chars(furniture.pattern, furniture.flags), tuple(v.words("web_tabs"))


def furniture_starts() -> tuple[Optional[frozenset], Optional[str]]:
    """(first characters, first tab) for a test before :func:`is_web_furniture` without ``clean``: it
    can be True only for a line holding a space whose first character ``may_start`` the pattern with
    those first characters, or for a line that is that first tab (None: no such tab)."""
    _, firsts, tabs = _furniture()
    return firsts, (tabs[0] if len(tabs) == 2 else None)


def is_web_furniture(stripped: str, clean: Optional[Callable[[str], str]] = None,
                     next_line: Optional[Callable[[], str]] = None) -> bool:
    """True when a stripped line is a web page's link or label (words.toml web_furniture: "Skip to
    content", "Browse By"), read as ``clean(stripped)`` when ``clean`` is given (a Markdown link), or
    the first of a meeting page's tabs (words.toml web_tabs) when ``next_line()`` (the next non-blank
    line, stripped) is the second: never a heading, never joined to the line after it (the HTML loader
    drops such a block too).  A one-word line ("Share", "Print") may be a cell of a table saved one
    cell per line, and is no furniture."""
    if len(stripped) > FURNITURE_MAX:
        return False
    furniture, firsts, tabs = _furniture()
    if " " in stripped:
        shown = clean(stripped) if clean is not None else stripped
        if may_start(firsts, shown) and furniture.match(shown):
            return True
    return next_line is not None and len(tabs) == 2 and stripped == tabs[0] and next_line() == tabs[1]
