"""Speed shortcuts of session 15 (issue 14): each against the plain search it stands for, on the lines and
texts of real documents and on edge cases."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / ".." / "shared" / "real", ROOT / "corpus")

#: the honorifics as one plain alternation, as written before session 15 (the reference)
PLAIN_HON = (r"(?:(?:Borough|County|District|City|Town|Parish|Cty)\s+(?:Cllrs?\.?|Councillors?)|[A-Z]/Cllr|Cllrs?\.?|"
             r"Councillors?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|Lord|Lady|"
             r"Prof\.?|Professor|Rev(?:d|\.)?|Reverend|Canon|Baroness|Baron|Major|Colonel|Col\.?|"
             r"Capt\.?|Captain|Lt\.?|Ch\s?Supt\.?|Supt\.?|Insp\.?|Inspector|Superintendent|"
             r"(?:(?:Deputy|Assistant|Temporary)\s+)?Chief\s+Constable|"   # (meet15: the whole rank)
             r"Chief\s+Superintendent|Chief\s+Inspector|ACC|DCC|PCC)")

NAME_EDGE = [
    "", "\n", "Cllr Ann Smith, Mr Bo Li and A/Cllr Jo Bloggs; Ch Supt Al Day (PCC Di Ro)",
    "Deputy Chief Constable Tim Madgwick, Assistant Chief Constable Jo Ko; Temporary Chief Constable Al Bo",
    "Mrs Ann Lee Mr Bo Day Mrs. Cy Fox\nMs Di Ray", "C/Cllr Jo Ko, Z/Cllr Al Bo and X/Cllr Ed Ray",
    "ChSupt Al Bo and Ch Supt Cy Do - Chief Superintendent Ed Fa – Chief Inspector Gi Ho",
    "County Cllr Ann Lee, Borough Councillors Bo Day and Cty Cllr. Cy Fox", "Rev Al Bo, Revd Cy Do, Rev. Ed Fa",
    "MrsAnn Lee, DrAl Bo", "Dr\nAl Bo Cy,", "Cllrs Al Bo and Cy Do", "Mr  Al   Bo\tCy", "ACC Al Bo; DCC Cy Do: PCC Ed Fa.",
    "Ann Lee, Bo Day and Cy Fox\nband Ed Ray, sand Al Bo\nand Jo Ko", "\n\nAnn Lee\n\n,Bo Day,\n,\nCy Fox and",
    "Ann Lee", ",Ann Lee", "and Ann Lee", "aand Ann Lee and", "x\nAnn Lee\nBo Day Cy Fo\n", "Ann O’Neil-Lee, Bo D’Ay",
]


@pytest.fixture(scope="module")
def texts(real_texts) -> list[str]:
    got = real_texts
    assert len(got) > 10
    return got


@pytest.fixture(scope="module")
def lines(texts) -> list[str]:
    from extract.extractors.meetings.text import _clean
    raw = [ln for t in texts for ln in t.splitlines()]
    return raw + [_clean(ln) for ln in raw]


def test_honorifics_by_first_letter_as_the_plain_alternation(texts):
    """HON_AT (one branch per first letter) finds what the plain alternation after a capital's look-ahead
    found, in the scans that begin with it; _HON (built from the forms) is the plain alternation."""
    from extract.extractors.meetings import _HON_NAME
    from extract.extractors.meetings.names import _HON, _HON_NAME_LISTED, HON_AT, _HON_SEQ
    assert re.compile(HON_AT).pattern.startswith("(?:A(?:")
    pairs = [(_HON_NAME, re.compile(rf"(?=[A-Z]){PLAIN_HON}\s+((?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+)")),
             (_HON_NAME_LISTED, re.compile(rf"(?=[A-Z]){PLAIN_HON}\s+((?:[A-Z][\w'’-]+\s+){{1,3}}?[A-Z][\w'’-]+)"
                                           r"(?=\s*(?:[,.;:()]|\band\b|$|\s[–-]\s))", re.M)),
             (_HON_SEQ, re.compile(rf"\b{PLAIN_HON}(?:\s+{PLAIN_HON})*(?=\s+[A-Z])")),
             (re.compile(rf"^{_HON}$"), re.compile(rf"^{PLAIN_HON}$"))]
    found = 0
    for t in texts + NAME_EDGE + ["\n".join(NAME_EDGE)]:
        for fast, plain in pairs:
            got = [(m.span(), m.groups()) for m in fast.finditer(t)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(t)], t[:80]
            found += len(got)
    assert found > 300
    for word in ("Cllr", "Cllrs.", "A/Cllr", "Ch Supt", "ChSupt", "County Councillors", "Revd", "Rev.", "PCC", "Mx"):
        assert re.fullmatch(_HON, word) and re.match(HON_AT, word).group() == word, word


def test_known_names_as_the_plain_scans(texts):
    """_known_names (its list scan on the text after a newline, "\\n" for "^") as the two plain scans."""
    from extract.extractors.meetings import names
    plain_hon = re.compile(rf"(?=[A-Z]){PLAIN_HON}\s+((?:[A-Z][\w'’-]+\s+){{1,3}}?[A-Z][\w'’-]+)"
                           r"(?=\s*(?:[,.;:()]|\band\b|$|\s[–-]\s))", re.M)
    plain_list = re.compile(r"(?:,\s*|\band\s+|^)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)(?=\s*(?:,|\band\b|$))",
                            re.M)
    for t in texts + NAME_EDGE + ["\n".join(NAME_EDGE)]:
        want = {names._norm_name(m.group(1)) for rx in (plain_hon, plain_list) for m in rx.finditer(t)}
        assert names._known_names(t) == want, t[:80]


def test_flat_title_screen_as_the_plain_search(lines):
    """_flat_title says None without a search where no "Minutes"/"MINUTES" is in the searched window."""
    from extract.extractors.meetings import entries as E

    def plain(text):
        m = E._FLAT_TITLE.search(text, 0, 340)
        return None if not m or m.start() > 300 else m.span()
    long_lines = [ln for ln in lines if len(ln) > 300]
    edge = ["x " * 160 + "Panel Minutes 4 May 2020 " + "y " * 100,
            "Item 2 West Yorkshire Police and Crime Panel Draft Minutes 6 February 2016, Wakefield PRESENT: x" * 5,
            "1 (note) Groby Parish Council Minutes of a Meeting of Groby Parish Council held at 7pm Present " * 5,
            "x" * 330 + " Minutes of the Meeting of the Panel held " + "Present " * 40,
            "x" * 336 + " Minutes of the Meeting of the Panel held " + "Present " * 40]
    seen = 0
    for ln in long_lines + edge:
        want = plain(ln)
        got = E._flat_title(ln)
        if want is None:
            assert got is None, ln[:80]
        seen += want is not None
    assert seen >= 2


@pytest.mark.parametrize("extra", ["", " ", "  x", "x  ", "a\u00a0b", "a\u3000b", "a\x85b", "a\u2028b", "a\tb",
                                   "a\x1fb", "a \u2003 b", "a\xadb", "\u2013 a \u2014", "a\\b", "é\U0001f600 x",
                                   "a &amp; b", "x<sup>1</sup> y"])
def test_meetings_clean_as_the_plain_whitespace_join(extra, lines):
    from extract.extractors.meetings.text import _clean
    from extract.normalise import clean_text

    def plain(s):
        if not s:
            return ""
        s = s.replace("–", "\x00").replace("—", "\x01")
        s = clean_text(s).replace("\x00", "–").replace("\x01", "—").replace("\\", "")
        return re.sub(r"\s+", " ", s).strip()
    for s in [extra] + ([] if extra else lines):
        assert _clean(s) == plain(s), s


def test_title_line_screen_as_the_plain_matches(lines):
    """_minute_title_line tries its two patterns only where a digit opens the line or a "/" is in its first
    12 characters: every other line matches neither."""
    from extract.extractors.meetings.entries import _MINUTE_TITLE_LINE, _NUMBERED_TITLE_LINE
    edge = ["Cou/285/07-08 Apologies", "C048/23 Minutes", "C 10/034 Election", "Abcdef/1234/2024 X", "Abcdefg/1/20 X",
            "1. Welcome", "\u0661. Welcome", "\u00b2. Welcome", "12/20 Budget", "190/20 To receive apologies"]
    for ln in lines + edge:
        if _MINUTE_TITLE_LINE.match(ln) or _NUMBERED_TITLE_LINE.match(ln):
            assert ln[:1].isdecimal() or "/" in ln[:12], ln


PLAIN_INNER_NUMBERED = re.compile(r"\s\d{1,2}\.\s+[A-Z]")


def test_inner_numbered_from_its_full_stop(lines):
    from extract.extractors.meetings.entries import _INNER_NUMBERED
    edge = ["a 1. B", "a 12. B", "a 123. B", "a1. B", " 1.B", " 1. b", "\t9.\n\nZ", "x 1 . A", "1. A", " 1. A",
            "\u00a01.\u2003A", " \u0661. A", " \u00b2. A", "ab 12.  Q", " 1.", "12. x 3. Y"]
    for t in lines + edge:
        assert (_INNER_NUMBERED.search(t) is None) == (PLAIN_INNER_NUMBERED.search(t) is None), t


def _plain_numbered_title_lines(text, b, raw_lines):
    """entries._numbered_title_lines as written before session 15: every source line cleaned first."""
    from extract.extractors.meetings.entries import _NUMBERED_TITLE_LINE, _unfilled_title
    from extract.extractors.meetings.text import _clean, _cut_at
    if b.line is None or not raw_lines or b.line > len(raw_lines) or not PLAIN_INNER_NUMBERED.search(text):
        return [text]
    cuts, pos = [], 0
    lines = [_clean(r) for r in raw_lines[b.line - 1:b.line - 1 + 200]]
    for j, r in enumerate(lines):
        if not r or not text.startswith(r, pos):
            break
        if j and j + 1 < len(lines) and _NUMBERED_TITLE_LINE.match(r) and _unfilled_title(r, lines[j + 1]) \
                and text.startswith(lines[j + 1], pos + len(r) + 1):
            cuts += [pos, pos + len(r)]
        pos += len(r)
        if pos >= len(text) or text[pos] != " ":
            break
        pos += 1
    return _cut_at(text, cuts) if cuts else [text]


def _text_docs(folders=FOLDERS):
    from extract.loaders import load
    return [load(p) for p in sorted(q for folder in folders for q in folder.rglob("*"))
            if p.suffix.lower() in (".txt", ".md", ".html", ".htm")]


def test_numbered_title_lines_as_cleaning_every_line_first():
    """_numbered_title_lines cleans each source line when its walk reaches it: the same cuts as cleaning
    the 200 lines first, on every paragraph of the real texts and on made ones."""
    from types import SimpleNamespace

    from extract.extractors.meetings.entries import _numbered_title_lines
    from extract.extractors.meetings.text import _clean
    from extract.model import TABLE
    cut = 0
    for d in _text_docs():
        raw_lines = d.raw_text.split("\n") if d.raw_text else []
        for b in d.blocks:
            if b.kind != TABLE:
                for ln in (b.text or "").split("\n"):
                    t = _clean(ln)
                    got = _numbered_title_lines(t, b, raw_lines)
                    assert got == _plain_numbered_title_lines(t, b, raw_lines), t[:80]
                    cut += len(got) > 1
    raw = ["Apologies had been received from Kate Green and", "2. Minutes of the Annual Parish meeting",
           "The minutes of the last Annual Parish meeting held on 20 May were approved as a record", "",
           "3. Finance", "The clerk reported the accounts for the year to March in full and in detail here"]
    for start in range(1, len(raw) + 2):
        for stop in range(start, len(raw) + 1):
            b = SimpleNamespace(line=start)
            t = " ".join(r for r in raw[start - 1:stop] if r)
            for lines in (raw, raw[:stop], raw[:-1]):
                got = _numbered_title_lines(t, b, lines)
                assert got == _plain_numbered_title_lines(t, b, lines), (start, stop)
                cut += len(got) > 1
    assert cut >= 2


def test_says_vote_as_the_plain_search(texts, lines):
    from extract.extractors.meetings import _VOTE_WORD, _says_vote
    edge = ["", "VOT", "Voting", "ABSTAIN", "AbStAiNeD", "abſtain", "ABSTAİN", "ABSTA\u0131N", "\u212aVOT", "vo t",
            "abs tain", "devoted", "v\u00f6t", "\u0130 vot", "x\nvot", "vo\nt"]
    for t in texts + lines + edge:
        assert _says_vote(t) == (_VOTE_WORD.search(t) is not None), t[:80]


def test_four_digits_and_printed_date_screen(lines):
    from extract.extractors.meetings.header_lines import _FOUR_DIGITS, may_print_date
    plain = re.compile(r"\d{4}")
    edge = ["2024", "x 123 4567", "\u0661\u0662\u0663\u0664", "12\u00b234", "Jan 2024", "ſep 2024", "MAR 1999 ’"]
    for t in lines + edge:
        m = _FOUR_DIGITS.search(t)
        assert (m and m.span()) == ((p := plain.search(t)) and p.span()), t
        assert may_print_date(t, t.lower()) == may_print_date(t), t


def test_split_blank_page_as_the_plain_search(texts, lines):
    from extract.loaders.common import BLANK_PAGE, split_blank_page

    def plain(text):
        m = BLANK_PAGE.search(text)
        if not m:
            return [text]
        parts = [text[:m.start()].strip(), m.group(0).rstrip(".").strip(), text[m.end():].strip()]
        return [p for p in parts if p]
    edge = ["x THIS PAGE IS INTENTIONALLY LEFT BLANK y", "This page has been deliberately left blank.", "thiſ page is intentionally blank",
            "TH\u0130S PAGE IS INTENTIONALLY BLANK", "this  page is intentionally blank", "’ This page intentionally left blank ’",
            "this page\nis intentionally blank", "ThIs PaGe Is DeLiBeRaTeLy BlAnK"]
    for t in texts + lines + edge:
        assert split_blank_page(t) == plain(t), t[:80]


def test_clean_matches_as_the_plain_finditer(texts, lines):
    """normalise.core._clean_matches (tried where _CLEAN_FIRST finds an opener) as _CLEAN_RE.finditer."""
    from extract.normalise.core import _CLEAN_RE, _clean_matches
    edge = ["", "a &amp; b &amp c &nbsp;", "x<sup>1</sup>y<sup> 2 </sup>", "[^12] [3](x) [4]", "\\\\pm 3 \\\\pm", "$5 $$",
            "**bold** __u__ _x_ *y*", "\\\\- \\\\. \\\\x", "a\u00a0b\u2009c", "\u2013\u2014\u2212", "\u200b\u00ad",
            "<b>x</b><br/>", "<<", "&&amp;", "[[1]]", "___", "\\\\\\\\pm"]
    for t in texts + lines + edge:
        for pos in (0, len(t) // 2):
            want = [(m.span(), m.lastgroup) for m in _CLEAN_RE.finditer(t, pos)]
            assert [(m.span(), m.lastgroup) for m in _clean_matches(t, pos)] == want, t[:80]


def test_action_line_screen_as_the_plain_search(texts, lines):
    from extract.extractors.deliverables.inline import _CAND
    plain = re.compile(r"^[ \t\u2022\u00b7*_#\-\u2013]{0,6}(?i:(?:agreed\s+)?action)", re.M)
    edge = ["Action: x", "x\nAction", "x\r\nACTION", "x\rAction", "  \u2022 Agreed  action", "- - - - - - -action",
            "-------action", "xaction", "\n\nAgreed\nAction", "ACTİON", "Aktion"]
    for t in texts + lines + edge:
        assert (_CAND.search("\n" + t) is not None) == (plain.search(t) is not None), t[:80]


def test_patterns_opening_with_one_character_as_their_repeats(texts, lines):
    """A repeat written as one character then the rest (scanned for fast): the same matches."""
    from extract.any_match import _BEYOND_ASCII
    from extract.reconcile.sentences import _DIGITS
    pairs = [(_BEYOND_ASCII, re.compile(r"[^\x00-\x7f]+")), (_DIGITS, re.compile(r"\d+(?:[,.]\d+)*"))]
    edge = ["", "1", "1,234.5,6", "\u0661\u0662,3", "é’–x", "a1.b2,,3"]
    for t in texts + lines + edge:
        for fast, plain in pairs:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], t[:80]


def test_clean_text_ascii_screen():
    """clean_text's ``in`` tests on an ASCII text are the ASCII characters of _CLEAN_FIRST: the same texts
    go to the cleaner as with the scan."""
    from extract.normalise import clean_text
    from extract.normalise.core import _ASCII_OPENERS, _CLEAN_FIRST, _clean
    assert set(_ASCII_OPENERS) == {chr(c) for c in range(128) if _CLEAN_FIRST.match(chr(c))}
    for c in map(chr, range(128)):
        for t in (c, f"ab{c}", f"{c}cd", f"a {c}{c} b"):
            assert clean_text(t) == _clean(t)[0], t


def test_drop_plural_s_as_the_pattern(texts):
    from extract.reconcile.tables import _PLURAL_S, _drop_plural_s
    words = {w for t in texts for w in t.split()} | {w.lower() for t in texts for w in t.split()}
    words |= {"s", "as", "bus", "buss", "abcs", "ABCs", "aBcs", "éabs", "abés", "1abs", "ab1s", "crimes", "ss", "sss", "ssss",
              "kelvins", "\u212aabs", "ſabs", "abſs", "abss"}
    for w in words:
        assert _drop_plural_s(w) == _PLURAL_S.sub("", w), w
