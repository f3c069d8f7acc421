"""Issue 14 (speed), session 14's third round: two title-zone patterns rewritten to scan less, each
checked here against its plain form on every block and line of the real documents (../shared/real,
corpus/) and on short cases."""
import re
from functools import lru_cache
from pathlib import Path

import pytest

from extract.discovery import DOC_SUFFIXES
from extract.extractors.document import titles
from extract.loaders import load
from extract.vocab import vocabulary

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"

# the plain forms, as they were before the round
_PLAIN_COOKIE, _PLAIN_SKIP = r"|.*\bcookies?\b.*|", r"|.*\bskip\s+to\s+(?:main\s+)?content\b.*|"
_FAST_COOKIE_SKIP = r"|.*(?-i:[cCsSſ])(?:(?<=\b[cC])ookies?|(?<=\b[sSſ])kip\s+to\s+(?:main\s+)?content)\b.*|"
_PLAIN_PERSON_LINE = re.compile(
    r"^(?!.*['’]s\b)\s*(?:[A-Z][\w'’-]+\s+)?(?i:mr|mrs|ms|miss|dr|cllr|councillor|lord|baroness|sir|dame)\.?\s+"
    r"(?:[A-Z][\w'’-]*\.?\s*){0,3}[A-Z][\w'’-]+\s*:?\s*$|^\s*(?i:asked|answered)\s+by\b|"
    r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+\([A-Z]{2,4}\)(?:\s|$)|"
    r"^\s*(?!(?:\S+\s+){0,2}(?i:the|annual|report|plan|panel|committee|board|council|meeting|update|"
    r"partnership|police|service|authority|strategy|review|budget|fund)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
    r"(?:\s+\([A-Z][\w ,'’&-]*\))?\s+\((?:(?:[A-Z][\w'’-]*|of|and|the|&)\s+)*?(?:Partnership|Council|Police|"
    r"Constabulary|Authority|Service|Trust|Board|Commissioner)\)\.?\s*$")


def _plain_furniture() -> re.Pattern:
    fast = vocabulary().pattern("page_furniture")
    assert fast.pattern.count(_FAST_COOKIE_SKIP) == 1
    return re.compile(fast.pattern.replace(_FAST_COOKIE_SKIP, _PLAIN_COOKIE + _PLAIN_SKIP[1:]), fast.flags)


@lru_cache(maxsize=1)
def _texts() -> tuple:
    """Every block's text (a table's cells too) and every line of every text document of the two sets
    (their 23 PDFs were checked once too, 41 s of loading: no difference)."""
    out = []
    files = [p for d in (REAL, ROOT / "corpus") for p in sorted(d.rglob("*"))
             if p.is_file() and p.suffix.lower() in DOC_SUFFIXES and p.suffix.lower() != ".pdf"]
    for p in files:
        doc = load(p)
        for b in doc.blocks:
            out.append(b.text)
            out.extend(b.text.splitlines())
            for row in (b.rows or ()) if b.kind == "table" else ():
                out.extend(c.text for c in row)
    return tuple(out)


# cases: where the letters the case-sensitive scan looks for are, and what "c" and "s" match ignoring case
_CASES = ["We use cookies on this website", "COOKIE SETTINGS", "Cookie", "cookies:", "  Accept all Cookies  \n",
          "ſkip to main content", "Skip to content", "SKIP TO MAIN CONTENT", "Click here to skip to content now",
          "sookies", "ckip to content", "cookiesx", "Xcookies", "skip  to\tcontent", "skip to\ncontent",
          "Manage cookies\nmore", "Manage\ncookies", "Choose cookies.", "accessibility",
          "Councillor Smith", "Councillor Smith's Annual Report", "Rochdale Councillor Janet Emsley",
          "Mr. Gwilym Jones", "Mr. Ruffley:", "Mr J Dykes", "Dr Who's Notes", "Mrs", "Sir John Smith  ",
          "Lord", "  Cllr   A B Jones:", "Leader Cllr Smith 's", "Mike King (Isle of Wight Economic Partnership)",
          "Answered by Jim Wallace on 14 November 2002", "Ms\tJones", "mr smith"]


def test_the_letters_are_those_c_and_s_match_ignoring_case():
    for letter, written in (("c", "cC"), ("s", "sSſ")):
        pattern = re.compile(letter, re.I)
        assert {chr(i) for i in range(0x110000) if pattern.fullmatch(chr(i))} == set(written)


@pytest.mark.parametrize("text", _CASES)
def test_cases_match_as_the_plain_forms(text):
    assert bool(vocabulary().pattern("page_furniture").match(text)) == bool(_plain_furniture().match(text))
    assert bool(titles._PERSON_LINE.match(text)) == bool(_PLAIN_PERSON_LINE.match(text))


def test_real_blocks_match_as_the_plain_forms():
    fast, plain = vocabulary().pattern("page_furniture"), _plain_furniture()
    texts = _texts()
    assert len(texts) > 3_000
    for t in texts:
        assert bool(fast.match(t)) == bool(plain.match(t)), t[:200]
        assert bool(titles._PERSON_LINE.match(t)) == bool(_PLAIN_PERSON_LINE.match(t)), t[:200]
    # (the sets hold both kinds of line)
    assert any(plain.match(t) for t in texts) and any(_PLAIN_PERSON_LINE.match(t) for t in texts)
