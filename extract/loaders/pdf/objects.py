"""pdfplumber's page objects, made faster for characters: the same dicts, in the same order.

``pdfplumber.Page.process_object`` turns each pdfminer layout object into the dict that
``page.chars`` / ``page.objects`` hold.  For a character it runs, per object: a regular
expression substitution on the class name, ``resolve_all`` over every attribute (a recursive
walk meant for PDF object references, which a character's numbers, names and matrix never
are), and ``decode_text`` of the colour space's name, one Python call per letter.  On a
text-heavy report that is about a third of all the time spent reading it.

:func:`use_fast_objects` gives one page a ``process_object`` that builds a character's dict
with the work that can change it: an attribute whose value is a plain number, string, bool
or None, or a tuple of them, is what ``resolve_all`` returns for it (an equal value); any
other value goes through ``resolve_all``; a colour-space name is decoded once per name
(``resolve_and_decode`` of a string depends only on the string).  Every other kind of object
(lines, rects, curves, images, text containers), and a character whose font name is bytes,
goes to pdfplumber's own method.  ``tests/test_pdf_objects.py`` compares both on real PDFs.
"""
from __future__ import annotations

import types
from functools import lru_cache

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page
from pdfplumber.utils import resolve_all, resolve_and_decode

from unicodedata import normalize as _normalize

_PLAIN = frozenset((float, int, str, bool, type(None)))
_ORIGINAL = Page.process_object


@lru_cache(maxsize=256)
def _decoded_name(name: str):
    return resolve_and_decode(name)


def _process_object(self: Page, obj):
    if obj.__class__ is not LTChar or isinstance(getattr(obj, "fontname", None), bytes):
        return _ORIGINAL(self, obj)
    # a plain value, or a tuple of them, is what resolve_all gives back (or an equal tuple: a tuple
    # is never changed in place); anything else is walked by it
    attr = {k: (v if v.__class__ in _PLAIN or v.__class__ is tuple and _PLAIN.issuperset(map(type, v))
                else resolve_all(v)) for k, v in obj.__dict__.items() if k in ALL_ATTRS}
    attr["object_type"] = "char"
    attr["page_number"] = self.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            name = getattr(obj, cs).name
            attr[cs] = _decoded_name(name) if name.__class__ is str else resolve_and_decode(name)
    text = obj.get_text()
    norm = self.pdf.unicode_norm
    attr["text"] = _normalize(norm, text) if norm is not None else text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    mb_x0, mb_top = self.mediabox[:2]
    if "y0" in attr:
        attr["top"] = (self.height - attr["y1"]) + mb_top
        attr["bottom"] = (self.height - attr["y0"]) + mb_top
        attr["doctop"] = self.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


#: the pdfplumber releases whose ``process_object`` this one was compared with (tests/test_pdf_objects.py);
#: under any other, pages keep pdfplumber's own
VERIFIED = ("0.11.",)


def _verified() -> bool:
    import pdfplumber

    return str(getattr(pdfplumber, "__version__", "")).startswith(VERIFIED)


def use_fast_objects(page: Page) -> Page:
    """``page`` with the faster ``process_object`` (its objects not yet parsed), under a verified
    pdfplumber release."""
    if _FAST:
        page.process_object = types.MethodType(_process_object, page)
    return page


_FAST = _verified()
