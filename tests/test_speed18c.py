"""speed18c: shortcuts of the parent's cross-document stage and of the loaders, each against its
plain form on every text document of ../shared/real and corpus/ and on edge cases."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.loaders import load
from extract.normalise import clean_text
from extract.reconcile import across

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
TEXT_FILES = sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("corpus/*.txt")) + \
    sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".txt", ".html", ".htm"))

_PLAIN_MASK = re.compile(across._MASK_PLAIN)
_SPACES = re.compile(r"\s+")
_NOT_MASKED_WORD = re.compile(r"[^a-z0-9#]+")


def _plain_sentence_key(sentence):
    """across._sentence_key as it was written before speed18c."""
    s = clean_text(sentence or "")
    if len(s) < 30:
        return None
    return _PLAIN_MASK.sub("#", _SPACES.sub(" ", s.lower())).strip(" .")


def _plain_mask(sentence):
    """across._mask as it was written before speed18c."""
    s = clean_text(sentence or "").lower()
    return _NOT_MASKED_WORD.sub(" ", _PLAIN_MASK.sub("#", s)).strip()


EDGES = ["", None, "-", "+", "+-5", "-+5", "--5", "-,5", "5,,6.7.8", "+5", "a-b", "a - 5", "-\u0663\u0664",
         "\u0663,\u0664.\u0665", "1.", ".5", "-.5", "5-6", "5+-6", "x+ 5", "12,345.67 and -8 and +9,0",
         "\u00b2\u00b3 superscripts", "\U0001d7ce math digit", "İstanbul 5 İ", "Ⅻ roman 12", "tab\t5\t\n-6"]


def _check(text):
    assert across._MASK.sub("#", text or "") == _PLAIN_MASK.sub("#", text or ""), text
    assert [m.span() for m in across._MASK.finditer(text or "")] == \
        [m.span() for m in _PLAIN_MASK.finditer(text or "")], text
    assert across._sentence_key(text) == _plain_sentence_key(text), text
    assert across._mask(text) == _plain_mask(text), text


@pytest.mark.parametrize("text", EDGES)
def test_mask_edges(text):
    _check(text)
    if text:
        _check(("The figure for the quarter was " + text + " in total,   ") * 2)


def test_mask_on_documents():
    assert TEXT_FILES
    for p in TEXT_FILES:
        d = load(p)
        for b in d.blocks:
            if b.text:
                _check(b.text)
        for line in (d.raw_text or "").splitlines():
            _check(line)


def test_dataset_page_links_made_once_are_the_plain_links(tmp_path, monkeypatch):
    """dataset.html's links made once per (document, page) are those made for every point."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from extract.dataset import html as dhtml
    from test_dataset_html import dataset_tables

    t = dataset_tables()
    calls = []
    plain = dhtml.link

    def counted(doc, page, base=None):
        calls.append((doc.get("doc_id") if doc else None, page))
        return plain(doc, page, base)

    for base in (None, tmp_path, tmp_path / "out"):
        monkeypatch.setattr(dhtml, "link", counted)
        calls.clear()
        page = dhtml.render(t, base)
        made = len(calls)
        monkeypatch.setattr(dhtml, "_link_once", lambda hrefs, doc_id, doc, pg, b: plain(doc, pg, b))
        assert dhtml.render(t, base) == page
        monkeypatch.undo()
        assert made == len(set(calls)) and made > 0 and "q2.pdf#page=3" in page


# ---------------------------------------------------------------------------
# the meetings' name key
# ---------------------------------------------------------------------------

_DOTS_AND_SPACES = re.compile(r"[.\s]+")


def _plain_norm_name(n):
    """meetings.names._norm_name as it was written before speed18c."""
    return _DOTS_AND_SPACES.sub(" ", n.replace("’", "'")).strip().lower()


NAME_EDGES = ["", " ", ".", "..", " . ", "Cllr. J. Smith", "J.R.R. Tolkien", "Mr  John\tSmith ", "O’Brien",
              "Ann\u00a0Lee", "Ann\u2003Lee.", "A\x1cB\x1dC\x1eD\x1fE", "X\u2028Y\u2029Z", "\u3000Kō\u3000Tanaka\u3000",
              "É. DE LA CRUZ", "İLKER", ". . Mrs . . Jones . ."]


def test_split_whitespace_is_re_whitespace():
    """``str.split`` (no argument) splits at exactly the characters re's ``\\s`` matches in a text pattern."""
    import sys

    space = re.compile(r"\s")
    assert not [c for c in range(sys.maxunicode + 1) if bool(space.match(chr(c))) != chr(c).isspace()]
    assert "a\x1cb\u3000c".split() == ["a", "b", "c"]


def _name_checks(t):
    from extract.extractors.meetings.names import _norm_name

    assert _norm_name(t) == _plain_norm_name(t), t


@pytest.mark.parametrize("text", NAME_EDGES)
def test_norm_name_edges(text):
    _name_checks(text)
    _name_checks(text + " " + text)


def test_norm_name_on_documents():
    for p in TEXT_FILES:
        d = load(p)
        texts = {b.text for b in d.blocks if b.text} | set((d.raw_text or "").splitlines())
        texts |= {ln.strip() for ln in (d.raw_text or "").splitlines()}
        for t in texts:
            _name_checks(t)


# ---------------------------------------------------------------------------
# the deliverables' cleaner: a text whose only whitespace is single spaces between words is given back
# ---------------------------------------------------------------------------

def _plain_deliverables_clean(s):
    """deliverables.text._clean as it was written before speed18c (every text split and joined)."""
    if not s:
        return ""
    if "–" in s or "\x00" in s:
        s = s.replace("–", "\x00")
        s = clean_text(s).replace("\x00", "–")
    else:
        s = clean_text(s)
    s = s.replace("\\", "")
    return " ".join(s.split())


def test_printable_means_no_whitespace_but_the_space():
    import sys

    assert not [c for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c).isprintable() and c != 0x20]


@pytest.mark.parametrize("text", NAME_EDGES + ["a  b", " a", "a ", "a\tb", "a\u00a0b", "a\\ b", "a \\b", "x – y",
                                               "<b>x</b>  y", "a\u2028b", "a\x85b", "a\x1fb", "**a** b"])
def test_deliverables_clean_edges(text):
    from extract.extractors.deliverables.text import _clean

    for t in (text, text + " " + text, "  " + text):
        assert _clean.__wrapped__(t) == _plain_deliverables_clean(t), t


def test_deliverables_clean_on_documents():
    from extract.extractors.deliverables.text import _clean

    for p in TEXT_FILES:
        d = load(p)
        texts = {ln for b in d.blocks for ln in (b.text or "").split("\n")}
        texts |= {c.text for b in d.blocks for r in (b.rows or []) for c in r}
        texts |= set((d.raw_text or "").splitlines())
        for t in texts:
            assert _clean.__wrapped__(t) == _plain_deliverables_clean(t), (p, t)
