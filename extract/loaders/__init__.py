"""Read one input file into the document model.

``load(path)`` dispatches on content, not on the name:

* empty file                        -> :class:`LoadError` "<path>: empty file"
* starts with ``%PDF``              -> ``loaders.pdf.load_pdf(path, data, **limits)``
* HTML markup (see :func:`htmltext.looks_like_html`: a page start such as
  ``<!DOCTYPE html>``/``<html>``, whatever the suffix - ``.html``, ``.php``,
  ``.aspx``, even ``.txt``)        -> ``loaders.html.load_html`` (format ``html``)
* binary (more than 1% NUL bytes, or more than 1% control / undecodable bytes in the
  first 64 KiB; UTF-16 with a byte-order mark is text)
                                    -> :class:`LoadError` "neither PDF nor text"
* otherwise text: UTF-8 (a BOM is dropped); when that fails Windows-1252, then
  Latin-1, and ``doc.notes`` says what was assumed.  The text is Markdown when
  the name ends in ``.md``/``.markdown`` or the content looks like Markdown
  (see :func:`looks_like_markdown`), else plain (pdftotext-like) text.

NUL and other control characters (all below U+0020 but tab, newline, carriage
return and form feed, plus DEL) are removed from text and HTML, with a note
saying how many.

Every document gets ``sha256`` of the raw bytes and ``finish()`` is called, so
blocks carry their ``section`` and ``headings``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Union

from ..model import Document, sha256_bytes

__all__ = ["LoadError", "load", "load_text", "discover", "SUPPORTED_SUFFIXES",
           "looks_like_markdown", "decode", "remove_controls"]

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".php", ".aspx")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class LoadError(Exception):
    """A document that cannot be read; the message names the file (and page when known)."""


PathLike = Union[str, os.PathLike]


# byte sets for counting with bytes.translate (deleting a set leaves the bytes outside it)
_NOT_CTRL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 11, 12, 13, 27)))
_PRINTABLE = bytes(b for b in range(256) if 32 <= b < 127 or b in (9, 10, 12, 13))


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            sample = sample.decode("utf-16", errors="strict" if len(sample) % 2 == 0 else "ignore").encode("utf-8")
        except UnicodeDecodeError:
            return True
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        return True
    sample = sample.replace(b"\x00", b"")
    # control bytes other than \t \n \r \f \v and ESC are not text
    ctrl = len(sample.translate(None, _NOT_CTRL))
    if ctrl > max(4, len(sample) // 100):
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 4:  # a multi-byte character cut at the sample's end
            return False
    # not UTF-8: text in a legacy code page is still mostly printable ASCII
    printable = len(sample) - len(sample.translate(None, _PRINTABLE))
    return printable < 0.85 * len(sample)


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def remove_controls(text: str) -> tuple[str, list[str]]:
    """``text`` without NUL and other control characters, and a note when any were removed."""
    n = len(_CONTROLS.findall(text))
    if not n:
        return text, []
    return _CONTROLS.sub("", text), [f"{n} NUL/control character(s) removed"]


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of ``data`` and notes on what encoding was assumed."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["UTF-16 text (byte order mark)"]
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("not UTF-8; decoded as Windows-1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append("not UTF-8 nor Windows-1252; decoded as Latin-1")
    return text, notes


_MD_SIGNS = [
    re.compile(r"^#{1,6}\s+\S", re.M),                 # ATX headings
    re.compile(r"\*\*\S[^*\n]*\*\*"),                    # bold
    re.compile(r"</?(?:u|b|i|sup|sub|p|br|ul|li|table|tr|td|strong|em)\b[^>]*>", re.I),
    re.compile(r"^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}", re.M),  # pipe table
    re.compile(r"\[[^\]\n]+\]\((?:https?://|#)[^)\s]+\)"),     # links
]


# a substring each sign needs: a pattern runs only when its substring occurs (pdftotext rarely
# has "#" or "|", and a multi-line pattern tries every line of the text)
_MD_SIGN_NEEDS = ["#", "**", "<", "|", "]("]


# a pipe table as a web page or spreadsheet export writes it, leading pipes or not: a row with
# a "|" directly over a separator row of two or more "---" cells ("Ethnicity | Number |" then
# "---|---|"); no other kind of text has such a pair of lines
_GFM_TABLE = re.compile(r"^[^\n|]*\S[^\n|]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}", re.M)


def looks_like_markdown(text: str) -> bool:
    """Markdown when at least two kinds of Markdown/HTML sign occur, or headings occur often,
    or a pipe table with its separator row occurs."""
    sample = text[:200000]
    if "---" in sample and "|" in sample and _GFM_TABLE.search(sample):
        return True
    kinds = sum(1 for r, need in zip(_MD_SIGNS, _MD_SIGN_NEEDS) if need in sample and r.search(sample))
    if kinds >= 2:
        return True
    n_head = len(_MD_SIGNS[0].findall(sample)) if "#" in sample else 0
    return n_head >= 3 or (kinds == 1 and n_head == 0 and len(_MD_SIGNS[2].findall(sample)) >= 3)


def load_text(path: PathLike, text: str, *, fmt: str | None = None, sha256: str | None = None,
              notes: list[str] | None = None) -> Document:
    """Build a Document from already decoded text (used by :func:`load` and tests)."""
    source = str(path)
    if fmt is None:
        suffix = Path(source).suffix.lower()
        if suffix in MARKDOWN_SUFFIXES:
            fmt = "markdown"
        elif suffix in (".txt", ".text"):
            fmt = "markdown" if looks_like_markdown(text) else "text"
        else:
            fmt = "markdown" if looks_like_markdown(text) else "text"
    if sha256 is None:
        sha256 = sha256_bytes(text.encode("utf-8"))
    doc = Document(source=source, sha256=sha256, format=fmt, raw_text=text)
    doc.notes.extend(notes or [])
    if fmt == "markdown":
        from .markdown import parse_markdown
        parse_markdown(doc, text)
    else:
        from .text import parse_text
        parse_text(doc, text)
    doc.finish()
    return doc


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` (the file's bytes, or its first kilobyte) is a PDF: ``%PDF`` after any BOM or blank."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5].startswith(b"%PDF")


def load(path: PathLike, **pdf_limits) -> Document:
    """Read ``path`` into a :class:`~extract.model.Document` (see module docstring)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory, not a file") from None
    except OSError as e:
        raise LoadError(f"{path}: cannot read: {e.strerror or e}") from None
    if not data.strip():
        raise LoadError(f"{path}: empty file")
    if is_pdf(data):
        from .pdf import load_pdf

        return load_pdf(path, data, **pdf_limits)
    from .htmltext import looks_like_html

    if looks_like_html(data, p.suffix):
        from .html import load_html

        return load_html(path, data, sha256=sha256_bytes(data))
    if _is_binary(data):
        raise LoadError(f"{path}: neither PDF nor text (binary content)")
    text, notes = decode(data)
    text, more = remove_controls(text)
    return load_text(path, text, sha256=sha256_bytes(data), notes=notes + more)


def _hidden(p: Path) -> bool:
    return p.name.startswith(".") or p.name.startswith("~$")


def discover(paths: Iterable[PathLike]) -> list[Path]:
    """Input files under ``paths``.

    A directory is walked recursively (sorted, hidden files and directories
    skipped) for files whose suffix is in :data:`SUPPORTED_SUFFIXES`; a file
    named explicitly is always included, whatever its suffix.  Duplicates are
    dropped; order is that of ``paths``, each directory's files sorted.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(f: Path) -> None:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    f = Path(root) / name
                    if not _hidden(f) and f.suffix.lower() in SUPPORTED_SUFFIXES:
                        found.append(f)
            for f in sorted(found, key=lambda x: x.as_posix()):
                add(f)
        else:
            add(p)  # explicit file (a missing one fails later in load(), naming it)
    return out


# the text and Markdown readers are imported with the package, not by the first document: the
# run's parent imports the package before it forks its workers, which then share them instead of
# each importing (compiling their patterns) again
from . import markdown as _markdown, text as _text  # noqa: E402,F401
