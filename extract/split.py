"""A long PDF read by several workers at once.

The reading pool (:mod:`extract.runner`) takes jobs of three kinds:

* ``Whole(i, path)``: read document ``i`` and run every extractor over it.  A PDF of
  more than :data:`SPLIT_PAGES` pages, when there is more than one worker, is not read
  here: the job answers :class:`Split` with its page count;
* ``Pages(i, path, start, stop)``: the character pass over one range of its pages
  (:func:`extract.loaders.pdf.read_page_range`), the ranges read side by side;
* ``Assemble(i, path, parts, n_pages)``: once every range is back, the document-wide
  passes (headers and footers, headings, tables continued over pages) and the
  extractors, in one worker, giving the records a whole read gives.

:class:`Plan` keeps the bookkeeping in the parent: what each finished job leads to, and
one result per document.  A range that fails (killed at the time limit, out of memory)
makes its document a ``failed`` row, as a whole read would.  The time limit applies to
each job: to a range of pages, and to the assembly.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .loaders import is_pdf

#: a PDF with more pages than this is read in ranges when several workers are running
SPLIT_PAGES = 24


@dataclass
class Whole:
    i: int
    path: Path


@dataclass
class Pages:
    i: int
    path: Path
    start: int
    stop: int


@dataclass
class Assemble:
    i: int
    path: Path
    parts: list
    n_pages: int


@dataclass
class Split:
    """The answer of a ``Whole`` job for a long PDF: read it in ranges."""
    n_pages: int


def pdf_page_count(path: Path, limits: dict) -> int:
    """The page count of ``path`` when it is a PDF that can be opened, else 0 (the PDF
    loader is imported only for a PDF: a run of text files never loads pdfplumber)."""
    try:
        if not path.is_file():  # a pipe or device is refused by the whole read, never opened here
            return 0
        with open(path, "rb") as fh:
            head = fh.read(1024)
            if not is_pdf(head):
                return 0
            data = head + fh.read()
        from .loaders.pdf import page_count

        return page_count(path, data, limits.get("password") or "")
    except Exception:  # noqa: BLE001 - the whole read reports what is wrong with the file
        return 0


def text_job(job) -> bool:
    """Whether ``job`` reads a whole regular file that is not a PDF (text, Markdown, a web
    page: never split, read at about a megabyte a second, a small job to send): the runner
    may send a worker such a job while it reads another (a PDF's job may answer
    :class:`Split`, whose ranges must not wait behind another job)."""
    return isinstance(job, Whole) and _text_file(os.fspath(job.path))


@lru_cache(maxsize=4096)
def _text_file(path: str) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False   # (a pipe or device is never opened)
        with open(path, "rb") as fh:
            return not is_pdf(fh.read(1024))
    except OSError:
        return False


def work(job, limits: dict, parts: int, process):
    """Do one job in a worker (``process(path, limits)`` reads a document whole)."""
    if isinstance(job, Pages):
        from .loaders.pdf import read_page_range

        return read_page_range(job.path, job.path.read_bytes(), job.start, job.stop, **limits)
    if isinstance(job, Assemble):
        return process(job.path, {**limits, "pages_read": job.parts, "n_pages": job.n_pages})
    if parts > 1:
        n = pdf_page_count(job.path, limits)
        if n > SPLIT_PAGES and min(n, limits.get("max_pages") or n) > SPLIT_PAGES:
            return Split(n)
    return process(job.path, limits)


@dataclass
class _Waiting:
    """A long PDF whose ranges are out: how many are still to come, the ranges read, its page count."""
    out: int
    parts: list
    n_pages: int


@dataclass
class Plan:
    """The parent's bookkeeping: ``done(job, result)`` returns the jobs a result leads to and
    records a document's result once it has one (``results[i]``)."""
    limits: dict
    parts: int
    results: dict = field(default_factory=dict)
    _waiting: dict = field(default_factory=dict)  # document index -> _Waiting

    def done(self, job, result) -> Optional[list]:
        if isinstance(result, Split):
            from .loaders.pdf import page_ranges

            ranges = page_ranges(result.n_pages, self.limits.get("max_pages"), self.parts)
            self._waiting[job.i] = _Waiting(len(ranges), [], result.n_pages)
            return [Pages(job.i, job.path, a, b) for a, b in ranges]
        if isinstance(job, Pages):
            state = self._waiting.get(job.i)
            if state is None:  # another range of this document already failed
                return None
            if not hasattr(result, "datas"):  # a failed row: the document is failed
                del self._waiting[job.i]
                self.results[job.i] = result
                return None
            state.out -= 1
            state.parts.append(result)
            if state.out:
                return None
            del self._waiting[job.i]
            return [Assemble(job.i, job.path, state.parts, state.n_pages)]
        self.results[job.i] = result
        return None

    def is_document(self, job, result) -> bool:
        """Whether this finished job gave its document's result (for the progress bar)."""
        return job.i in self.results and self.results[job.i] is result
