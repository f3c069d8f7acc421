"""The project's one home for HTML as text: recognising HTML bytes, their encoding,
and turning a fragment of markup into plain text.

* :func:`looks_like_html` decides from the bytes, not the file name: a page that
  starts (after a BOM, blanks, an XML declaration or comments) with
  ``<!DOCTYPE html``, ``<html``, ``<head`` or ``<body``, or that holds an
  ``<html ...>`` element followed by ``<body`` in its first 8 KiB.  A web
  suffix (``.html``, ``.htm``, ``.php``, ``.aspx``, ...) lowers the bar to "the
  first non-blank character is ``<`` and block markup (``<p``, ``<div``,
  ``<table``, ...) occurs".  Markdown with an embedded ``<table>`` is not HTML.
* :func:`html_encoding` reads a BOM, else a ``<meta charset>`` /
  ``http-equiv`` declaration in the first 4 KiB; None when neither is given
  (the caller then tries UTF-8, then Windows-1252).
* :func:`strip_tags` is the tag stripper used by every loader for markup left
  inline in converter text: ``<sup>th</sup>`` after a number joined ("39th"),
  a footnote number in ``<sup>`` glued to a word dropped, other ``<sup>``/``<sub>``
  content kept, ``<li>`` items "; "-separated, block tags and ``<br>`` made
  spaces, comments and all other tags removed.  Entities are left to the caller
  (``html.unescape``) so ``&lt;`` in text never becomes a tag.
"""
from __future__ import annotations

import re
from typing import Optional

__all__ = ["WEB_SUFFIXES", "looks_like_html", "html_encoding", "strip_tags"]

WEB_SUFFIXES = (".html", ".htm", ".xhtml", ".php", ".aspx", ".asp", ".jsp", ".cfm", ".shtml")

_LEAD = rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
_HTML_START = re.compile(_LEAD + rb"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_ELEMENT = re.compile(rb"<html\b[^>]*>.*?<body\b", re.I | re.S)
_BLOCK_MARKUP = re.compile(rb"<(?:p|div|table|h[1-6]|ul|ol|section|article|main|br)\b", re.I)


def looks_like_html(data: bytes, suffix: str = "") -> bool:
    """True when ``data`` is an HTML page (rules in the module docstring)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            sample = sample.decode("utf-16", errors="ignore").encode("utf-8")
        except Exception:  # pragma: no cover - decode with errors="ignore" does not raise
            return False
    if _HTML_START.match(sample) or _HTML_ELEMENT.search(sample):
        return True
    if suffix.lower() in WEB_SUFFIXES:
        return sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and bool(_BLOCK_MARKUP.search(sample))
    return False


_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def html_encoding(data: bytes) -> Optional[str]:
    """The encoding a page declares (BOM first, then ``<meta>``), or None."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"  # what browsers do: the Windows superset
    import codecs
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# <sup>th</sup> after a number -> joined ("39<sup>th</sup>" -> "39th");
# other <sup>/<sub> content is kept as text (footnote numbers stay readable).
_SUP_ORD = re.compile(r"(\d)\s*<sup>\s*(st|nd|rd|th)\s*</sup>", re.I)
_SUP = re.compile(r"<su[pb]>\s*(.*?)\s*</su[pb]>", re.I | re.S)
# a footnote reference glued to a word ("publication<sup>1</sup> cites") is dropped
_SUP_REF = re.compile(r"(?<=[A-Za-z.,;:)\]’'\"”])<sup>\s*\d{1,3}\s*</sup>", re.I)
_LI = re.compile(r"<li\b[^>]*>(.*?)(?:</li>|(?=<li\b)|(?=</[uo]l>)|$)", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|tr|td|th|table|thead|tbody|ul|ol|li|h[1-6])\b[^>]*/?>", re.I)
ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^@<>\s]+@[^@<>\s]+\.[^<>\s]+)>")


_STRIP_TAGS_RE = re.compile(r"<li\b", re.I)
_STRIP_TAGS_RE2 = re.compile(r"<[uo]l\b|<li\b", re.I)
_STRIP_TAGS_RE3 = re.compile(r"</[uo]l>", re.I)


def strip_tags(s: str, *, autolinks: bool = True) -> str:
    """``s`` with its HTML markup removed (rules in the module docstring).

    ``autolinks`` keeps the address of a Markdown autolink (``<https://x>``)."""
    if "<" not in s:
        return s
    s = _COMMENT.sub(" ", s)
    s = _SUP_ORD.sub(r"\1\2", s)
    s = _SUP_REF.sub("", s)
    s = _SUP.sub(r" \1 ", s)
    if _STRIP_TAGS_RE.search(s):
        items = [i for i in (ANY_TAG.sub(" ", x).strip() for x in _LI.findall(s)) if i]
        if items:
            head = _STRIP_TAGS_RE2.split(s, maxsplit=1)[0]
            tail = _STRIP_TAGS_RE3.split(s)
            tail = tail[-1] if len(tail) > 1 else ""
            s = " ".join(p for p in (head, "; ".join(items), tail) if p.strip())
    s = _BLOCK_TAG.sub(" ", s)
    if autolinks:
        s = _AUTOLINK.sub(r"\1", s)
    return ANY_TAG.sub("", s)
