"""The figures extractor's own shortcuts (speed only) give what the plain forms give, on the
corpus and the real texts: the role patterns' literal screens, the whitespace collapse and the
leading-label test of clean_block_text, and the contexts made from clean texts."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extract.extractors.figures import clean as C
from extract.extractors.figures import roles as R
from extract.vocab.literals import lowered

ROOT = Path(__file__).resolve().parents[1].parent / "shared"
HERE = Path(__file__).resolve().parents[1]

EXTRA = ("within  28 days", "a\u00a0\u2009b\tc\n", " x ,y ( z ) .", "• 4.1 The", "(a) The", "iv. The", "\u0660 x",
         "TARGET of", "the ſla target", "K\u212a", "down by", "an increase of  5", "year-on-year", "SLA:", "\x1c a \x1f")


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    out = []
    for folder in (ROOT / "corpus", ROOT / "real", HERE / "corpus"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                text = path.read_text(encoding="utf-8", errors="replace")
                out.extend(line for line in text.splitlines() if line.strip())
    return tuple(out) + EXTRA


def _pieces() -> list[str]:
    """Lines and their tails and heads, as the role patterns see them (the words before and after a figure)."""
    out = []
    for t in _lines()[:20000]:
        out.append(t)
        for m in re.finditer(r"\d+", t[:300]):
            out.append(t[:m.start()])
            out.append(t[m.end():])
    return out


def test_role_screens_refuse_only_texts_the_pattern_cannot_match():
    screened = [(R._MAY_OTHER, R._OTHER_BEFORE.search), (R._MAY_WITHIN, R._WITHIN_BEFORE.search),
                (R._MAY_WITHIN_END, R._WITHIN_END.search), (R._MAY_TARGET, R._TARGET_BEFORE.search),
                (R._MAY_CHANGE, R._CHANGE_BEFORE.search), (R._MAY_TARGET_AFTER, R._TARGET_AFTER.match),
                (R._MAY_CHANGE_AFTER, R._CHANGE_AFTER.match)]
    refused = hits = 0
    for t in _pieces():
        low = lowered(t)
        for may, plain in screened:
            if not may(low):
                assert plain(t) is None, (plain, t)
                refused += 1
            else:
                hits += plain(t) is not None
    assert refused > 10000 and hits > 100


def test_clean_block_text_is_the_plain_cleaning():
    def plain(text: str) -> str:
        t = C._WS.sub(" ", text).strip()
        t = C._SPACE_BEFORE_PUNCT.sub(r"\1", t)
        for _ in range(3):
            t2 = C._ITEM_LABEL.sub("", C._BULLET_LEAD.sub("", t))
            if t2 == t:
                break
            t = t2
        return t.strip()

    # (the texts hold no markup, so the markup passes, guarded by their own test, change nothing)
    for t in _lines():
        if not re.search(r"[\[<&\\*_]", t):
            assert C._clean_block_text.__wrapped__(t) == plain(t), t
    # every whitespace character is one str.split() splits on and \s matches
    for c in map(chr, range(0x3001)):
        assert bool(C._WS.fullmatch(c)) == c.isspace() == (c.split() == []), hex(ord(c))


def _plain_contexts(doc) -> dict:
    """_block_contexts as first written: every heading read for the running subject as it comes."""
    from extract.extractors.figures import context as X
    from extract.extractors.figures.cells import reading_blocks
    from extract.model import HEADING, PARAGRAPH
    out, running, doc_p, head_p, seen = {}, "", None, None, False
    blocks, cells = reading_blocks(doc)
    hl = X._lone_title(blocks)   # (a page's lone title: its crime type is no subject of the page)
    for b in blocks:
        if id(b) in cells:
            # a table's prose cell: its section's subject and measure, the period in force, no deliverables run
            subject, metric = X._headings_subject(tuple(b.headings), hl), X._headings_metric(tuple(b.headings))
            out[id(b)] = X._Ctx(subject or running, head_p or doc_p, metric, False)
            continue
        t = C.clean_block_text(b.text)
        if X.split_header_line(t):
            seen = True
        elif b.kind == HEADING:
            seen = False
        if b.kind == HEADING or (b.kind == PARAGRAPH and len(b.text) <= 100):
            p = X._period_statement(t)
            if p is not None:
                if b.kind == HEADING and b.level >= 2:
                    head_p = p
                else:
                    doc_p, head_p = p, None
        if b.kind == HEADING:
            s = X._heading_subject(t, hl)
            if s is not None:
                running = s
            elif not X._is_generic_heading(t) and len(b.text.split()) >= 3:
                running = ""
            continue
        if b.kind not in C.NARRATIVE_KINDS:
            continue
        subject, metric = X._headings_subject(tuple(b.headings), hl), X._headings_metric(tuple(b.headings))
        deliv = seen or bool(X._DELIV_SECTION.match(C.clean_block_text(b.section or "")))
        out[id(b)] = X._Ctx(subject or running, head_p or doc_p, metric, deliv)
    return out


def test_block_contexts_are_those_of_the_plain_reading():
    from extract.extractors.figures.context import _block_contexts
    from extract.extractors.figures.lexicon import pinned_lexicon
    from extract.loaders import load
    paths = sorted((HERE / "corpus").glob("*")) + sorted((ROOT / "real").rglob("*.txt"))[:12]
    subjects = 0
    with pinned_lexicon():
        for path in paths:
            doc = load(path)
            fast, plain = _block_contexts(doc), _plain_contexts(doc)
            assert fast == plain, path
            subjects += sum(bool(c.subject) for c in plain.values())
    assert subjects > 20


def test_header_line_screen_is_the_plain_test():
    from extract.extractors.deliverables import split_header_line
    from extract.extractors.figures.context import _header_line
    extra = ("Action Date Due Progress", "Deliverables Progress Key Actions Deadline Progress",
             "ACTION DATE DUE PROGRESS", "Action Date Due Progreſs")
    found = 0
    for t in _lines() + extra:
        t = C.clean_block_text(t)
        plain = split_header_line(t) is not None
        assert _header_line(t) == plain, t
        found += plain
    assert found >= 3


def test_a_text_without_sentence_punctuation_is_one_sentence():
    from extract.extractors.figures import _one_sentence
    from extract.nlp import get_nlp
    one = _one_sentence()
    texts = [C.clean_block_text(t) for t in _lines()[:20000]]
    texts += ["No 5 and 6 (a) [b] “c” ‘d’ - 7 – 8 : 9 , 10", "x 12 Cllr Smith e g 2023/24 £5m 14:00"]
    n = 0
    for doc in get_nlp().pipe([t for t in texts if t and one(t)]):
        assert len(list(doc.sents)) == 1, doc.text
        n += 1
    assert n > 1000 and not one("Done. Next") and not one("Why? Because")
