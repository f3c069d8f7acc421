"""HTML pages (council ModernGov "agenda and minutes" pages, parish web sites) into blocks.

lxml's HTML parser (libxml2) is used: it is already a dependency of the stack,
fast (C), tolerant of the broken markup such sites serve, and gives each element
its source line for provenance.  (html5lib is pure Python and slow; selectolax
gives no source lines.)

Rules:

* Markup nested so deep that the parser drops text (the tree holds less than
  half the characters between the tags) or deeper than Python's stack is read
  as plain paragraphs, with a note.
* Encoding: a BOM or ``<meta charset>`` when given, else UTF-8, else
  Windows-1252 (with a note).  The document is one page without page numbers;
  every block carries the source ``line`` of its element.
* Content root: the ``<main>`` element (or ``role="main"``) when it holds text,
  else ``<body>``.
* Site furniture is left out: ``nav``, ``header``, ``footer``, ``aside``,
  ``form``, ``script``, ``style``, ``noscript``, ``template``, ``iframe``,
  ``svg``, ``button``, ``select``; elements with ``role`` navigation, banner,
  contentinfo, search or complementary, ``aria-hidden="true"`` or ``hidden``;
  elements whose ``id``/``class`` names a furniture word (nav, menu,
  breadcrumb, cookie, share, social, skip, banner, footer, header, sidebar,
  masthead, search); a block whose whole text is a furniture phrase ("Share
  this item", "Skip to main content", "Back to top", "Print this page",
  "View directions"...) and a short block about cookies ("We use cookies ...
  Accept").
* ``h1``-``h6`` give headings of that level; a paragraph whose text is all in
  ``<strong>``/``<b>``, at most 90 characters and not ending with ``.``, ``,``
  or ``;`` is a heading of level 6 (as in the Markdown loader).
* ``p``, ``div`` and other containers give paragraphs; ``<br>`` splits a
  paragraph into one paragraph per line.  ``ul``/``ol`` items give bullets with
  their nesting ``level`` (0 outermost); an ordered item keeps its number
  ("3. Minutes").
* Data tables give table blocks (``table_method="html"``): ``rowspan`` and
  ``colspan`` fill ``Cell.row_span``/``col_span`` at the top-left position and
  ``covered`` cells elsewhere, ``th`` cells are ``is_header``.  A layout table
  (``role="presentation"``, a nested table or heading in a cell, or at most two
  columns with a cell holding two or more blocks of text - the ModernGov item
  list "No. | Item") is read as the blocks it contains, row by row; a row whose
  first cell is an item number ("1.", "12") and whose next cell starts with a
  title gives the heading "1. Title" (level 3), without the size of a linked
  file printed after it ("PDF 250 KB").
"""
from __future__ import annotations

import html as html_lib
import re
from typing import Iterator, Optional

from lxml import etree
from lxml import html as lxml_html

from ..model import BULLET, HEADING, PARAGRAPH, Block, Cell, Document, Page
from ..vocab import vocabulary
from .common import clean_inline
from .htmltext import html_encoding, strip_tags

__all__ = ["load_html", "parse_html", "table_cells"]

_DROP_TAGS = {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template",
              "iframe", "svg", "button", "select", "object", "embed", "map", "canvas", "head", "title"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookies?|share|sharing|social|skip|skiplinks?|"
    r"banner|footer|header|sidebar|masthead|search|site-?header|site-?footer)(?:$|[\s_-])", re.I)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_ACT = re.compile(r"\b(?:accept|reject|we use|this site uses|this website uses|settings|consent)\b", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "address", "pre", "center",
               "dl", "dt", "dd", "figure", "figcaption", "details", "summary", "fieldset", "body",
               "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption",
               "tbody", "thead", "tfoot", "tr", "td", "th"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_ITEM_NO = re.compile(r"^\(?(\d{1,3}[a-z]?)[.)]?$")
# the size of a linked file printed after a title ("Minutes PDF 250 KB")
_FILE_SIZE = re.compile(r"\s*\(?\b(?:PDF|DOCX?|XLSX?|PPTX?|RTF|ODT)\b,?\s*\d+(?:\.\d+)?\s*[KMG]B\)?\s*$", re.I)


def load_html(path, data: bytes, *, sha256: str, notes: Optional[list[str]] = None) -> Document:
    """A Document from the bytes of an HTML page (rules in the module docstring)."""
    notes = list(notes or [])
    enc = html_encoding(data)
    text = None
    if enc:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            notes.append("HTML not UTF-8 and no charset declared; decoded as Windows-1252")
    from . import remove_controls
    text, more = remove_controls(text)
    notes.extend(more)
    doc = Document(source=str(path), sha256=sha256, format="html", raw_text=text)
    doc.notes.extend(notes)
    parse_html(doc, text)
    doc.finish()
    return doc


def parse_html(doc: Document, text: str) -> None:
    """Fill ``doc.pages`` (one page, no page numbers) from the markup ``text``."""
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    blocks: list[Block] = []
    if root is not None and _text_lost(root, text):
        # the parser dropped text (markup nested beyond libxml2's depth limit): the text of
        # the markup, tags removed, as plain paragraphs
        doc.notes.append("HTML nested too deeply for the parser; text read without structure")
        plain = html_lib.unescape(strip_tags(_SCRIPT.sub(" ", text)))
        blocks = [Block(PARAGRAPH, text=t) for t in (clean_inline(x, markdown=False)
                                                     for x in plain.split("\n")) if t]
        root = None
    if root is not None:
        _drop_furniture(root)
        body = _content_root(root)
        try:
            blocks = [b for b in _walk(body, 0) if not _is_furniture_block(b)]
        except RecursionError:
            # markup nested deeper than Python's stack: its text, line by line, without structure
            text_lines = (clean_inline(t, markdown=False) for t in body.text_content().split("\n"))
            blocks = [Block(PARAGRAPH, text=t) for t in text_lines if t]
            doc.notes.append("HTML nested too deeply to read its structure; read as plain paragraphs")
    doc.pages = [Page(number=1, blocks=blocks)]
    for b in blocks:
        b.page = None
    doc.page_marked = False
    if not blocks:
        doc.notes.append("HTML page holds no text outside site furniture")


_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)


def _text_lost(root, text: str) -> bool:
    """The parsed tree holds less than half the characters the markup shows between its tags."""
    hidden = sum(len("".join((e.text_content() or "").split()))
                 for e in root.iter("script", "style", "noscript", "template"))
    parsed = len("".join(root.text_content().split())) - hidden
    shown = len("".join(html_lib.unescape(strip_tags(_SCRIPT.sub(" ", text))).split()))
    return shown > 0 and parsed < 0.5 * shown


def _drop_furniture(root) -> None:
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("html", "body", "main", "table", "tr", "td", "th", "tbody", "thead"):
            continue  # a layout table or the body itself is never furniture by its name
        role = (el.get("role") or "").lower()
        names = " ".join(filter(None, (el.get("id"), el.get("class"))))
        if (tag in _DROP_TAGS or role in _DROP_ROLES or el.get("aria-hidden") == "true"
                or el.get("hidden") is not None or (names and _FURNITURE_NAME.search(names))):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()


def _content_root(root):
    mains = root.xpath("//main|//*[@role='main']")
    for m in mains:
        if m.text_content().strip():
            return m
    body = root.find("body")
    return body if body is not None else root


def _is_furniture_block(b: Block) -> bool:
    if b.kind == "table":
        return False
    t = b.text.strip()
    if vocabulary().pattern("web_furniture").match(t):
        return True
    return len(t) < 400 and bool(_COOKIE.search(t)) and bool(_COOKIE_ACT.search(t))


def _line(el) -> Optional[int]:
    return getattr(el, "sourceline", None)


_ADD_RE = re.compile(r"\s+")
_REC_RE = re.compile(r"st|nd|rd|th", re.I)
_REC_RE2 = re.compile(r"\d\s*$")
_REC_RE3 = re.compile(r"\d{1,3}")
_REC_RE4 = re.compile(r"[A-Za-z.,;:)]$")


def _inline_parts(el) -> list[str]:
    """The text of ``el`` split at ``<br>``, nested block elements flattened into the text."""
    parts = [""]

    def add(s: Optional[str]) -> None:
        if s:
            parts[-1] += _ADD_RE.sub(" ", s)  # a line break in the page source is a space

    def rec(e) -> None:
        add(e.text)
        for c in e:
            if isinstance(c.tag, str):
                tag = c.tag.lower()
                if tag == "br":
                    parts.append("")
                elif tag == "sup":
                    inner = c.text_content().strip()
                    prev = parts[-1]
                    if _REC_RE.fullmatch(inner) and _REC_RE2.search(prev):
                        parts[-1] = prev.rstrip() + inner
                    elif _REC_RE3.fullmatch(inner) and _REC_RE4.search(prev):
                        pass  # a footnote reference glued to a word
                    else:
                        add(" " + inner + " ")
                else:
                    if tag in _BLOCK_TAGS:
                        add(" ")
                    rec(c)
                    if tag in _BLOCK_TAGS:
                        add(" ")
            add(c.tail)

    rec(el)
    return [p for p in (clean_inline(x, markdown=False) for x in parts) if p]


def _cell_text(el) -> str:
    return " ".join(_inline_parts(el))


def _all_bold(el) -> bool:
    """Every piece of text of ``el`` sits inside ``<strong>``/``<b>``."""
    if (el.text or "").strip():
        return False
    kids = [c for c in el if isinstance(c.tag, str) and c.tag.lower() != "br"]
    if not kids:
        return False
    for c in el:
        if (c.tail or "").strip():
            return False
    return all(c.tag.lower() in ("strong", "b") or _all_bold(c) for c in kids)


def _has_block_child(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS for c in el.iter() if c is not el)


def _walk(el, depth: int) -> Iterator[Block]:
    """Blocks of a container element, in document order."""
    inline_buf: list = []  # loose text and inline elements between blocks

    def flush_inline():
        if not inline_buf:
            return
        wrapper = lxml_html.Element("span")
        line = None
        for item in inline_buf:
            if isinstance(item, str):
                if len(wrapper):
                    wrapper[-1].tail = (wrapper[-1].tail or "") + item
                else:
                    wrapper.text = (wrapper.text or "") + item
            else:
                line = line or _line(item)
                clone = lxml_html.fromstring(lxml_html.tostring(item, encoding="unicode", with_tail=False))
                wrapper.append(clone)
        inline_buf.clear()
        for part in _inline_parts(wrapper):
            yield Block(PARAGRAPH, text=part, line=line or _line(el))

    if el.text and el.text.strip():
        inline_buf.append(el.text)
    for c in el:
        if not isinstance(c.tag, str):
            if c.tail and c.tail.strip():
                inline_buf.append(c.tail)
            continue
        tag = c.tag.lower()
        if tag in _BLOCK_TAGS or tag == "br":
            if tag == "br":
                inline_buf.append("\n")  # keeps lines apart inside the buffered paragraph
                yield from flush_inline()
            else:
                yield from flush_inline()
                yield from _block(c, depth)
        else:
            inline_buf.append(c)
        if c.tail and c.tail.strip():
            inline_buf.append(c.tail)
    yield from flush_inline()


def _block(el, depth: int) -> Iterator[Block]:
    tag = el.tag.lower()
    if tag in _HEADINGS:
        text = _cell_text(el)
        if text:
            yield Block(HEADING, text=text, line=_line(el), level=_HEADINGS[tag])
    elif tag in ("ul", "ol"):
        yield from _list(el, depth)
    elif tag == "table":
        yield from _table(el)
    elif tag == "hr":
        return
    elif tag in ("p", "dt", "dd", "caption", "figcaption", "summary", "address", "pre") or not _has_block_child(el):
        parts = _inline_parts(el)
        if len(parts) == 1 and _all_bold(el) and len(parts[0]) <= 90 and not parts[0].endswith((".", ",", ";")):
            yield Block(HEADING, text=parts[0], line=_line(el), level=6)
            return
        for p in parts:
            yield Block(PARAGRAPH, text=p, line=_line(el))
    else:
        yield from _walk(el, depth)


def _list(el, depth: int) -> Iterator[Block]:
    ordered = el.tag.lower() == "ol"
    try:
        n = int(el.get("start") or 1)
    except ValueError:
        n = 1
    for li in el:
        if not isinstance(li.tag, str) or li.tag.lower() != "li":
            if isinstance(li.tag, str) and li.tag.lower() in ("ul", "ol"):
                yield from _list(li, depth + 1)
            continue
        nested = [c for c in li if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol", "table")]
        # the item's own text, without its sub-lists
        own = lxml_html.fromstring(lxml_html.tostring(li, encoding="unicode", with_tail=False))
        for c in list(own):
            if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol", "table"):
                tail = c.tail
                own.remove(c)
                if tail:
                    own.text = (own.text or "") + tail
        text = " ".join(_inline_parts(own))
        if text:
            if ordered:
                text = f"{n}. {text}"
            yield Block(BULLET, text=text, line=_line(li), level=depth)
        n += 1
        for c in nested:
            if c.tag.lower() == "table":
                yield from _table(c)
            else:
                yield from _list(c, depth + 1)


# --------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------

def _rows(table) -> list:
    """The ``tr`` elements of ``table`` itself (not of nested tables)."""
    out = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        t = child.tag.lower()
        if t == "tr":
            out.append(child)
        elif t in ("thead", "tbody", "tfoot"):
            out.extend(r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")
    return out


def _tds(tr) -> list:
    return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


_SPAN_RE = re.compile(r"\D")


def _span(el, name: str) -> int:
    try:
        return max(1, min(int(_SPAN_RE.sub("", el.get(name) or "1") or 1), 100))
    except ValueError:
        return 1


def table_cells(table) -> list[list[Cell]]:
    """A rectangular grid of :class:`Cell` from a ``<table>`` element: a spanning cell is
    stored at its top-left position with its spans; the positions it covers hold
    empty ``covered`` cells; short rows are padded with empty cells."""
    grid: dict[tuple[int, int], Cell] = {}
    trs = _rows(table)
    for r, tr in enumerate(trs):
        col = 0
        for td in _tds(tr):
            while (r, col) in grid:
                col += 1
            rs = min(_span(td, "rowspan"), len(trs) - r)
            cs = _span(td, "colspan")
            grid[(r, col)] = Cell(_cell_text(td), row_span=rs, col_span=cs, is_header=td.tag.lower() == "th")
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        grid[(r + dr, col + dc)] = Cell("", covered=True, is_header=td.tag.lower() == "th")
            col += cs
    if not grid:
        return []
    n_rows = max(r for r, _ in grid) + 1
    n_cols = max(c for _, c in grid) + 1
    return [[grid.get((r, c), Cell("")) for c in range(n_cols)] for r in range(n_rows)]


def _is_layout(table, rows: list[list[Cell]]) -> bool:
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    for tr in _rows(table):
        for td in _tds(tr):
            if td.xpath(".//table|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
                return True
    if rows and max(len(r) for r in rows) <= 2:
        for tr in _rows(table):
            for td in _tds(tr):
                texty = [c for c in td if isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS
                         and c.text_content().strip()]
                if len(texty) >= 2:
                    return True
    return False


def _table(table) -> Iterator[Block]:
    rows = table_cells(table)
    if not any(c.text for r in rows for c in r):
        return
    if not _is_layout(table, rows):
        yield Block.table(rows, line=_line(table), table_method="html")
        return
    for tr in _rows(table):
        tds = _tds(tr)
        if all(td.tag.lower() == "th" for td in tds):
            continue  # the column labels of a layout table ("No. | Item")
        first = _cell_text(tds[0]) if tds else ""
        m = _ITEM_NO.match(first)
        if m and len(tds) >= 2:
            inner = [b for b in _walk(tds[1], 0)]
            if inner and inner[0].kind in (PARAGRAPH, HEADING) and len(inner[0].text) <= 200:
                title = inner.pop(0)
                text = _FILE_SIZE.sub("", title.text)
                yield Block(HEADING, text=f"{m.group(1)}. {text}", line=title.line or _line(tr), level=3)
            yield from inner
            for td in tds[2:]:
                yield from _walk(td, 0)
            continue
        for td in tds:
            yield from _walk(td, 0)
