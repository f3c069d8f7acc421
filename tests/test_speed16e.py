"""Issue 14: the figures extractor's block contexts (extract/extractors/figures/context.py) remember
two pure tests of a block's clean text -- is it a deliverables header line (``_header_line``), and
the subject a heading names (``_heading_subject``) -- since a series of reports repeats its blocks
and headings.  The remembered answer is the worked-out one on every block of every real text
and of the corpus, asked twice (the second answer comes from the memo)."""
from pathlib import Path

import pytest

from extract.extractors.figures import context as C
from extract.extractors.figures.cells import reading_blocks
from extract.extractors.figures.clean import clean_block_text
from extract.extractors.figures.lexicon import lexicon, pinned_lexicon
from extract.loaders import load
from extract.model import HEADING

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"


def _files():
    out = []
    for d in (REAL, ROOT / "corpus"):
        if d.is_dir():
            out += sorted(p for p in d.rglob("*") if p.is_file() and p.name != "README.md"
                          and p.suffix.lower() in (".txt", ".md", ".html", ".htm", ".pdf"))
    return out


FILES = _files()


def test_there_are_texts():
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_memo_is_plain_form(path):
    doc = load(path)
    with pinned_lexicon():
        lex = lexicon()
        blocks, _ = reading_blocks(doc)
        headline = C._lone_title(blocks)
        for _ in range(2):
            for b in blocks:
                t = clean_block_text(b.text)
                assert C._header_line(t) == C._header_line_plain(t), t
                texts = [t] + [clean_block_text(h) for h in b.headings]
                if b.kind == HEADING:
                    for h in texts:
                        for hl in ("", headline, h):
                            assert C._heading_subject(h, hl) == C._heading_subject_plain(h, hl, lex), (h, hl)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lead_memo_is_plain_form(path):
    """A block's lead-in (extract/extractors/figures/leads.py ``_lead_of``) remembered per text and
    lexicon: the same as worked out, on every narrative block, asked twice."""
    from extract.extractors.figures.blocks import _BlockLinks
    from extract.extractors.figures.leads import _lead_of, _lead_of_plain
    from extract.nlp import parse

    doc = load(path)
    with pinned_lexicon():
        links = _BlockLinks(doc)
        for _ in range(2):
            for b in links.blocks:
                t = links.text_of[id(b)]
                if t:
                    sdoc = parse(t)
                    assert _lead_of(t, sdoc) == _lead_of_plain(t, sdoc), t
