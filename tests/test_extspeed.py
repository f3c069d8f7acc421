"""The cheap tests in front of slow patterns of the meetings, measures, deliverables and
document extractors give exactly the plain answers: on the corpus, on real text, and on
small texts made to hit each pattern."""
from __future__ import annotations

import re
import re._parser as sre_parse
from pathlib import Path

import pytest

from extract.extractors.measures import context as mctx
from extract.extractors.meetings import header_lines
from extract.loaders import load
from extract.normalise import clean_text
from extract.normalise.core import _CLEAN_FIRST as CLEAN_OPENERS, _CLEAN_RE, _clean

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
TEXT_FILES = sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("corpus/*.txt")) + \
    sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")


@pytest.fixture(scope="module")
def docs():
    return [load(p) for p in TEXT_FILES]


def _lines(docs) -> list[str]:
    return [ln for d in docs for b in d.blocks for ln in (b.text or "").split("\n") if ln.strip()]


def _first_chars(items) -> set[str]:
    """The characters a parsed pattern's match can begin with (fails on anything else)."""
    op, av = items[0]
    if op is sre_parse.SUBPATTERN:
        return _first_chars(list(av[3]))
    if op is sre_parse.BRANCH:
        return set().union(*(_first_chars(list(b)) for b in av[1]))
    if op is sre_parse.LITERAL:
        return {chr(av)}
    if op is sre_parse.IN:
        out = set()
        for iop, iav in av:
            assert iop in (sre_parse.LITERAL, sre_parse.RANGE), iop
            out |= {chr(iav)} if iop is sre_parse.LITERAL else {chr(c) for c in range(iav[0], iav[1] + 1)}
        return out
    raise AssertionError(f"cannot tell how {op} begins")


def test_clean_openers_are_the_cleaners_first_characters():
    assert not _CLEAN_RE.flags & re.IGNORECASE
    want = _first_chars(list(sre_parse.parse(_CLEAN_RE.pattern, _CLEAN_RE.flags)))
    have = _first_chars(list(sre_parse.parse(CLEAN_OPENERS.pattern)))
    assert have == want


def test_clean_text_shortcut_is_the_full_cleaner(docs):
    lines = _lines(docs) + ["a &amp; b", "x<sup>1</sup>", "£5\u2009m", "no change here"]
    for ln in lines:
        assert clean_text(ln) == (_clean(ln)[0] if ln else "")


def test_printed_dates_prefilter(docs):
    lines = _lines(docs) + ["Tuesday, 4th March, 2025", "Thursday 30 January 2025 at 10.00 am",
                            "MONDAY 1 SEPT 2025", "1 Seſt 2025", "Wednesday, JuNe 4th, 2025"]
    plain = re.compile(header_lines.PRINTED_DATE_FORMS, re.IGNORECASE)
    for ln in lines:
        m = plain.search(ln)
        fast = header_lines._PRINTED_DATE.search(ln)
        assert (m and m.span()) == (fast and fast.span()), ln
        if m:
            assert header_lines.may_print_date(ln), ln
    # IGNORECASE folds the month letters only to their capitals (and s also to "ſ")
    letters = set("janfebmaraprmayjunjulaugsepoctnovdec")
    rx = re.compile(f"[{''.join(sorted(letters))}]", re.IGNORECASE)
    folds = {chr(c) for c in range(0x110000) if rx.match(chr(c))}
    assert folds - letters - {x.upper() for x in letters} == {"ſ"}


@pytest.mark.parametrize("key", ["'-' denotes zero", "Note: (–) = nil", "Dashes mean zero",
                                 "“—” indicates a zero", "A DASH: 0", "nothing here - none", "'-'-' = 0",
                                 "x'' - ' = zero", "daſh = 0", "undash = 0", "(-)(-) = nil", "a ‘ – ’ means none",
                                 "DASH-board: dashes = 0", "é\U0001f600 Dash = nil"])
def test_dash_key_openers(key):
    for text in (key, "x" + key, "x " + key, key + " x", key + "s", "né " + key, "‘é’ DaSh " + key, "ſ " + key):
        assert bool(mctx._DASH_ZERO.search(text)) == mctx._has_dash_key(text), text


def test_dash_key_on_documents(docs):
    for d in docs:
        plain = bool(mctx._DASH_ZERO.search(d.raw_text or "")) or any(
            mctx._DASH_ZERO.search(b.text or "") for b in d.blocks if b.kind != "table")
        assert mctx._says_dash_is_zero(d) == plain


def test_table_ids_as_block_table_id(docs):
    for d in docs:
        ctx = mctx._Ctx(doc=d, doc_id=d.doc_id, lines=[])
        for b in d.tables():
            headers = [None, "", "no such row"] + ["\t".join(c.text for c in r) for r in b.rows] + \
                [r[0].text for r in b.rows if r]
            for h in headers:
                assert mctx._table_id(ctx, b, h) == b.table_id(d.doc_id, h)


def test_titled_name_scan(docs):
    from extract.extractors.meetings.names import HON_AT, _HON
    tail = r"\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)"
    text = "\n".join(_lines(docs)) + "\nCllr Ann Smith, Mr Bo Li and A/Cllr Jo Bloggs; Ch Supt Al Day (PCC Di Ro)"
    plain, fast = re.compile(_HON + tail), re.compile(HON_AT + tail)
    assert [m.span(1) for m in plain.finditer(text)] == [m.span(1) for m in fast.finditer(text)]
    assert list(fast.finditer(text))


def test_proposal_prefilters(docs):
    from extract.extractors.meetings import decisions as D
    from extract.extractors.meetings.patterns import _PROPOSAL, _PROPOSED_BY, _PROPOSER_FIRST
    lines = _lines(docs) + ["Proposed by Cllr A Smith and SECONDED by Cllr B Jones and resolved to agree",
                            "Cllr Ann Lee proposed approval, seconded by Cllr Bo Day",
                            "It was proposed by Cllr X Y and Seconded by Cllr Z W"]
    for ln in lines:
        m, f = _PROPOSAL.search(ln), D._proposal(ln)
        assert (m and m.span()) == (f and f.span())
        plain = _PROPOSER_FIRST.search(ln) or _PROPOSED_BY.search(ln)
        assert bool(plain) == bool(D._proposer_sentence(ln))


def test_apology_patterns_need_apolog(docs):
    from extract.extractors.meetings.attendance import _APOLOGIES_SENT, _APOLOGY_BY
    lines = _lines(docs) + ["APOLOGIES WERE RECEIVED FROM Cllr A Bee", "Cllr Jo Smith sent apologies"]
    for ln in lines:
        if _APOLOGIES_SENT.search(ln) or _APOLOGY_BY.search(ln):
            assert "apolog" in ln.lower()


def test_known_names_list_scan(docs):
    from extract.extractors.meetings import names
    tail = r"((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)(?=\s*(?:,|\band\b|$))"
    plain = re.compile(r"(?:^|,\s*|\band\s+)" + tail, re.M)
    text = "\n".join(_lines(docs)) + "\nAnn Lee, Bo Day and Cy Fox\nband Ed Ray, sand Al Bo\nand Jo Ko"
    want = {names._norm_name(m.group(1)) for m in plain.finditer(text)}
    hon = re.compile(names.HON_AT + r"\s+((?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+)(?=\s*(?:[,.;:()]|\band\b|$|\s[–-]\s))", re.M)
    want |= {names._norm_name(m.group(1)) for m in hon.finditer(text)}
    assert names._known_names(text) == want


def test_next_minute_run_on_found_by_one_pattern_is_the_one_of_its_number(docs):
    """votes._before_next_item reads the number at each place one pattern finds, where it made a pattern
    for each minute's number: the same cut, for every number a real text writes after a dangling word."""
    from extract.extractors.meetings import votes

    def plain(text, item_no):
        if not (item_no and str(item_no).isdigit()):
            return text
        m = re.search(rf"\s+(?:{votes._CANNOT_END})\s+{int(item_no) + 1}\.\s+(?:\(?[a-z]\)\s+)?[A-Z]", text)
        return text[:m.start()] if m else text
    texts = [ln for ln in _lines(docs) if re.search(r"\s\d+\.\s", ln)] + [
        "That the report be approved and 6. a) Planning applications", "be set at 6. Planning and the 7. Budget",
        "noted with 12. Planning; approved and 2. Minutes", "and 06. Planning", "and  6.  (b) Minutes"]
    cut = 0
    for text in texts:
        numbers = {int(n) for n in re.findall(r"\s(\d+)\.\s", text)}
        for item_no in sorted({n - 1 for n in numbers if n > 0} | {n for n in numbers} | {5}) + [None, "x"]:
            got = votes._before_next_item(text, item_no)
            assert got == plain(text, item_no), (text, item_no)
            cut += got != text
    assert cut >= 5
