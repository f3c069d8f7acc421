"""The prefiltered patterns of extract/normalise/scan_speed.py find exactly what the plain
ones find: the exclusion spans of exclusions._EXCL_PATTERNS, and every match (span and
groups) of the quantity pattern without its QUANTITY_START lookahead and QUANTITY_GATES, on real text and
on generated text built from the words the patterns look for."""
from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import given, settings, strategies as st

from extract.normalise import scan_speed
from extract.normalise.core import _clean
from extract.normalise.exclusions import _EXCL_PATTERNS, _EXCL_RES
from extract.normalise.quantities import _Q_ALTS, _Q_RE

ROOT = Path(__file__).resolve().parents[1].parent / "shared"
# the quantity pattern without its QUANTITY_START lookahead and without QUANTITY_GATES
assert _Q_RE.pattern.startswith(scan_speed.QUANTITY_START + "(?:") and scan_speed.QUANTITY_GATES
PLAIN_Q = regex.compile("|".join(p for _, p in _Q_ALTS), _Q_RE.flags)
PLAIN = [re.compile(p, re.IGNORECASE | re.MULTILINE | re.ASCII) for p in _EXCL_PATTERNS]


def plain_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in PLAIN for m in rx.finditer(text) if m.end() > m.start()]


def fast_spans(text: str) -> list[tuple[int, int]]:
    return scan_speed.spans(_EXCL_RES, text)


def quantity_matches(rx, text: str) -> list:
    """The match found from every start position (as _scan's retries search)."""
    out, pos = [], 0
    while (m := rx.search(text, pos)) is not None:
        out.append((m.span(), m.groupdict()))
        pos = m.start() + 1
    return out


def same_quantity_matches(text: str) -> bool:
    return quantity_matches(_Q_RE, text) == quantity_matches(PLAIN_Q, text)


def _texts() -> list[str]:
    out = []
    for folder in (ROOT / "corpus", ROOT / "real"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                text = _clean(path.read_text(encoding="utf-8", errors="replace"))[0]
                out.append(text)
                out.extend(line for line in text.splitlines() if line.strip())
    return out


def test_real_text_gives_the_same_spans():
    texts = _texts()
    assert len(texts) > 500
    found = 0
    for text in texts:
        plain = plain_spans(text)
        assert fast_spans(text) == plain, text[:200]
        assert same_quantity_matches(text), text[:200]
        found += len(plain)
    assert found > 1000


def test_each_prefilter_still_lets_its_own_form_through():
    # one form per prefiltered pattern; a wrong prefilter would drop it
    for text in ("14December 2023", "on 3 March 2024", "Jul-24", "at 09:30 on", "Year 9 pupils",
                 "Minute 12 to 15", "twenty four hours a day", "a two-hour meeting", "see www.x.gov.uk",
                 "mail a.b@c.org", "file report.PDF", "Priority 2", "pp. 21", "over the 12 months",
                 "on 2024-01-02", "10.30 p.m.", "FY24/25", "2023/24", "24/7", "Quarter 2", "28(6)",
                 "16-24 year olds", "7 days a week", "Op Alpha 6", "01234 567890", "0800 123 456",
                 "call 101", "per 1,000", "within 12 months", "12-month", "18 months ahead", "3 months to",
                 "## 4.1", "aged 13", "(4 months)", "..... 3", "5*", "£000",
                 "4.10 The plan", "see\n3.\nnext", "at 12:30 hrs", "SN1 2JH", "07700900123", "on 1/2/2024",
                 "the past 2 - 3 calendar years", "Section 28(6)", "Item 7", "pp. 21 - 44",
                 # (the needs of the file size, page-of, percentile, line-number, reference and
                 # phone patterns)
                 "Agenda PDF 44 KB", "see Page 3 of 12", "the 90th percentile", "\n 12 Police Officers",
                 "Ref: 2024/17", "HO code 8/1", "Agenda items: 4", "since Covid-19", "tel 01225 713000",
                 # (perdoc8: the needs of the note number, numbered output, street, paper code and
                 # section-number patterns)
                 "(1) The panel", "see\n(2)", "Output 1.2 met", "KPIs 2.1 - 2.3", "at 12 High Street",
                 "14 Church Lane", "MPC.12 was", "see BCU.3", "4.1 4.2 The plan", " 10.12 3.4 (see)",
                 # (speed15b: the webcast time stamp's words)
                 "at 12:30 on the webcast", "see 1:05:10 into the BROADCAST", "Recording from 2:15",
                 "the livestream at 10:02", "10:30 in the video"):
        assert fast_spans(text) == plain_spans(text) != [], text


def test_each_gate_still_lets_its_own_forms_through():
    # forms of the gated alternatives (durations, clocks, percents, points); a wrong gate would lose them
    for text, group in (("-an hour and 10 minutes", "dur"), ("1h 30m", "dur"), ("took 5m 30s", "dur"),
                        ("two and a half hours", "dur"), ("half an hour", "dur"), ("twenty-five minutes", "dur"),
                        ("twenty five minutes", "dur"), (".5 hours", "dur"), ("+3 hrs", "dur"),
                        ("1,200 seconds", "dur"), ("-00:16:12", "clock"), ("44:38 mins", "clock"),
                        ("averaged 11:34", "clock"), ("3.5% points", "pts"), ("+1.2 pp", "pts"),
                        ("4 percentage points", "pts"), ("8.%", "pct"), ("12 per cent", "pct"),
                        ("-7.5 PERCENT", "pct"), ("1,234.5%", "pct"),
                        # (perdoc8: the duration gate reads the unit word or the "h"/"m" and digit)
                        ("1h30m", "dur"), ("5m30s", "dur"), ("5m 30s", "dur"), ("2 HRS", "dur"),
                        ("90 secs", "dur"), ("3-hour", "dur"), ("1.5 hours", "dur"), ("10 mins.", "dur"),
                        ("2 and a half hours", "dur"), ("12 minutes 24 secs", "dur")):
        m = _Q_RE.search(text)
        assert m is not None and m.group(group), text
        assert same_quantity_matches(text), text
    # a number before a word that starts like a unit is read as before (by the faster pattern)
    for text in ("12 months to March", "5 staff", "3 schools", "4 members", "20 hospitals", "7 mph",
                 "2 hourly checks", "6 secondary schools", "3 minutely"):
        assert same_quantity_matches(text), text


_WORDS = st.sampled_from(
    ["14", "3", "2023", "09:30", "12:5", "1st", "December", "Dec", "may", "MARCH", "year", "Years", "last",
     "over the", "minute", "minutes", "no.", "twenty", "four", "two-hour", "twenty-five-day", "hours a day",
     "Priority", "pp.", "fig.", "Q2", "quarter", "www.a.uk", "x@y.com", "a.pdf", "-", "/", ":", ".", ",",
     "(1)", "£000", "5*", "aged", "per", "1,000", "average", "median of", "FY", "24/7", "0800 123 4567",
     "\n", "1.", "## 4.1", "Op", "Alpha", "SN1 2JH", "Fatal 4", "serious", "within", "the", "and", "to",
     "an", "a", "half", "hour", "hrs", "min", "secs", "seconds", "two", "Thirty", "n=", "r =", "R2=", "0.5",
     "±", "+/-", "£1.2m", "%", "per cent", "pp", "45p", "1 in 4", "3rd", "▼", "+", "averaged", "1h", "30m",
     "x", "fifty", "sixty", "points", "pts", "h", "m", "s", "an hour", "and a half", "nineteen", "eleven", "seven", "...", "(", ")", "#", "week", "quarters", "day",
     "365", "7", "24", "0", "101", "999", "11", "p.m.", "AM", "star", "*", "Q", "fy", "age", "2024-01-02"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from(["", " ", "  ", "\t", "-"])), max_size=14))
def test_generated_text_gives_the_same_spans(parts):
    text = "".join(w + sep for w, sep in parts)
    assert fast_spans(text) == plain_spans(text)
    assert same_quantity_matches(text)


def test_digit_needs_in_one_pass_are_those_each_search_finds():
    # DigitNeeds.met (one pass over the text) against each need's own search, on real text and
    # on forms of each need (a wrong mark or a tail tried at the wrong digit would differ)
    needs = _EXCL_RES.digit_needs
    assert len(needs.tests) > 10
    forms = ["3rd of May", "1/2/2024", "10.30 pm", "12.30 hrs", "28(6)", "16-24 years", "21st", "12-month",
             "3 months", "44 kb", "2024-01-02", "07700900123", "abc.12", "4.1 4.2", "12-jan", "no digits"]
    met_some = 0
    for text in _texts() + forms:
        lower = text.lower()
        met = needs.met(lower)
        assert met == {test for test in needs.tests if test(lower)}, text[:200]
        met_some += bool(met)
    assert met_some > 300
