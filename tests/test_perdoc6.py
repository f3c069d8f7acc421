"""Speed shortcuts of session 9 (perdoc6) against the plain code they stand for: the meeting
header scan's pre-test of each line (headers._may_head) finds the same segments as trying every
header form at every line, and leaves out only forms that return None there and add nothing."""
from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import pytest

from extract.extractors.meetings import entries as ment
from extract.extractors.meetings import headers
from extract.loaders import load
from extract.model import Block, Document, Page, PARAGRAPH

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
TEXT_FILES = sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("corpus/*.txt")) + \
    sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")


def _doc_of(lines: list[str]) -> Document:
    return Document(source="t.txt", sha256="0" * 64, format="text",
                    pages=[Page(1, blocks=[Block(kind=PARAGRAPH, text=t, page=1) for t in lines])])


def _plain_segments(entries, monkeypatch):
    """_find_segments with every form tried at every line."""
    with monkeypatch.context() as m:
        m.setattr(headers, "_may_head", lambda entries, i, lows: headers._HEADER_FORMS)
        return headers._find_segments(entries, {})


def _check_skips(entries):
    """At each line every header form the pre-test leaves out returns None and adds no segment,
    whatever segments were found above."""
    lows = [e.text.lower() for e in entries]
    segs: list = []
    i = 0
    while i < len(entries):
        tried = headers._may_head(entries, i, lows)
        assert [f for f in headers._HEADER_FORMS if f in tried] == list(tried)  # in their order
        for form in headers._HEADER_FORMS:
            if form not in tried:
                before = copy.deepcopy(segs)
                assert form(entries, i, segs, {}) is None, (form.__name__, entries[i].text)
                assert segs == before, (form.__name__, entries[i].text)
        for form in tried:
            j = form(entries, i, segs, {})
            if j is not None:
                i = j
                break
        else:
            i += 1


def test_files_found():
    assert len(TEXT_FILES) >= 10


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_may_head_same_segments(path, monkeypatch):
    entries = ment._entries(load(path))
    got = headers._find_segments(entries, {})
    assert got == _plain_segments(entries, monkeypatch)
    _check_skips(entries)


HEADERS = [
    ["CABINET", "Thursday, 30th January, 2025, at 10.00 am"],
    ["Minutes of the Police and Crime Panel meeting held on 5 February 2024 at County Hall"],
    ["MINUTES OF A MEETING OF STOKE PARISH COUNCIL", "HELD ON 13TH FEBRUARY 2019 AT 19.00 IN THE HALL"],
    ["Notes of the Panel held on 3 March 2022 at the Town Hall"],
    ["Essex Police and Crime Panel", "Minutes", "Thursday 6 March 2014"],
    ["A meeting of the Parish Council will be held at the Village Hall on Wednesday 13th",
     "February 2019 at 1900."],
    ["An extraordinary", "meeting of the Council will be held on 3 May 2022."],  # "meet" on the next line
    ["At a meeting of the Land Drainage Advisory Group held on Tuesday, 24 January 2006"],
    ["Meeting: 03/02/2017 - Devon and Cornwall Police and Crime Panel (Item 46)", "Minutes: noted"],
    ["Made at meeting: 19/05/2020 - Executive", "Resolved that"],
    ["Meeting: Police and Crime Panel", "Date: 5 March 2024", "Time: 10.00 am", "Place: County Hall"],
    ["Report", "For Police and Crime Panel meeting 19 December 2019"],
    ["Panel Forward Work Programme", "Date Location Items"],
    ["MİNUTES OF THE PANEL HELD ON 5 MARCH 2024 AT COUNTY HALL"],
    ["Mınutes of the Panel held on 5 March 2024 at County Hall"],
    ["Minuteſ of the Panel held on 5 March 2024 at County Hall", "Meeting ſummoned"],
]


@pytest.mark.parametrize("lines", HEADERS, ids=lambda ls: ls[0][:30])
def test_may_head_forms(lines, monkeypatch):
    entries = ment._entries(_doc_of(lines))
    got = headers._find_segments(entries, {})
    assert len(got) == 1
    assert got == _plain_segments(entries, monkeypatch)
    _check_skips(entries)


def test_head_words_fold_only_to_capitals():
    """Every character IGNORECASE matches to a letter of _HEAD_WORDS lower-cases to that letter
    (unlike i and s, which also match the dotless i and the long s): looking for the words in the
    lower-cased line finds every line the forms' patterns can match."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in sorted(set("".join(headers._HEAD_WORDS))):
        for ch in re.findall(letter, every, re.I):
            assert ch.lower() == letter, (letter, ch)
    # each form's pattern opens with or holds one of the words
    assert headers._MINUTES_TITLE.pattern.find("(?:minutes|notes)") > 0
    for rx in (headers._NOTICE, headers._SUMMONS, headers._FOR_MEETING, headers._AT_MEETING,
               headers.ISSUE_MEETING, headers._MADE_AT):
        assert "meeting" in rx.pattern.lower()


# --- deliverables: the lines outside the runs read (inline._lines) ------------------------------

from extract.extractors import deliverables  # noqa: E402
from extract.extractors.deliverables import inline  # noqa: E402


def plain_lines(doc, entries, runs):
    """inline._lines as it was: every span tested at every line."""
    import bisect
    spans = []
    for run, end in runs:
        if doc.format in inline._RAW_FORMATS:
            a = entries[run.start].block.line or 0
            b = entries[end].block.line if end < len(entries) else None
            spans.append((a, b or 1 << 30))
        else:
            spans.append((run.start, max(end, run.start + 1)))
    inside = lambda k: any(a <= k < b for a, b in spans)  # noqa: E731
    if doc.format not in inline._RAW_FORMATS:
        return [(e, e.text) for k, e in enumerate(entries) if e.cells is None and not inside(k)]
    if not doc.raw_text or not entries:
        return []
    starts, top = [], 0
    for e in entries:
        top = max(top, e.block.line or 0)
        starts.append(top)
    out = []
    for no, t in enumerate(doc.raw_text.split("\n"), 1):
        if t.strip() and not inside(no) and "\t" not in t and not t.lstrip().startswith("|"):
            e = entries[max(0, bisect.bisect_right(starts, no) - 1)]
            out.append((e, t.strip()))
    return out


def _compare_lines(monkeypatch, doc) -> int:
    """Runs the deliverables extractor with inline._lines checked against plain_lines; the lines seen."""
    fast, seen = inline._lines, []

    def both(doc, entries, runs, src=None):
        got = fast(doc, entries, runs, src)
        assert got == plain_lines(doc, entries, runs)
        seen.append(len(got))
        return got
    monkeypatch.setattr(inline, "_lines", both)
    deliverables.extract(doc)
    return sum(seen)


ACTION_TEXTS = {
    "notes.txt": ("Action plan\n\n| Action | Due | Progress |\n| --- | --- | --- |\n| Review | March 2025 | 50% |\n\n"
                  "3. Budget\nAction – PF to put a request for a paper on a future agenda\n"
                  "  | not a table\n\tcells\nActions\n- LS to arrange a visit\n- VA to provide data\n"),
    "minutes.html": ("<html><body><h2>4. ICO</h2><p>Action &ndash; LG to provide numbers of FOIs</p>"
                     "<table><tr><th>Action</th><th>Due</th></tr><tr><td>Call CD</td><td>March 2025</td></tr></table>"
                     "<p>Action: SM to write to parliament by 31 March 2025.</p></body></html>"),
}


@pytest.mark.parametrize("name", sorted(ACTION_TEXTS))
def test_lines_outside_runs_excerpts(name, tmp_path, monkeypatch):
    p = tmp_path / name
    p.write_text(ACTION_TEXTS[name], encoding="utf-8")
    assert _compare_lines(monkeypatch, load(p)) >= 2


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_lines_outside_runs_real(path, monkeypatch):
    doc = load(path)
    monkeypatch.setattr(inline, "_CAND", re.compile(""))  # every document asks for its lines
    _compare_lines(monkeypatch, doc)


def test_outside_against_every_span():
    import random
    rnd = random.Random(6)
    for _ in range(300):
        n, first = rnd.randint(0, 30), rnd.randint(0, 2)
        spans = [(rnd.randint(-2, 35), rnd.choice([rnd.randint(-2, 35), 1 << 30])) for _ in range(rnd.randint(0, 4))]
        assert inline._outside(spans, n, first) == \
            [not any(a <= k < b for a, b in spans) for k in range(first, n)]


# --- text loader: a header cell tested word by word (residue._header_cell) ----------------------

from extract.loaders.text import residue  # noqa: E402


def plain_header_cell(t: str) -> bool:
    """residue._header_cell as it was: every word stripped and lower-cased first."""
    words = [w.strip("()'’:,.").lower() for w in t.split()]
    words = [w for w in words if w]
    return bool(words) and all(
        w in residue.HEADER_WORDS or w in residue._PERIOD_HEADER_WORDS or w + "." in residue._PERIOD_HEADER_WORDS
        or residue._MONTH_YEAR.match(w) or residue._SHORT_NUMBER.fullmatch(w) for w in words)


HEADER_CELLS = ["Measure", "3 Months to", "Oct-2023", "Date Due", "Trend Line (Up", "to 3 Years'",
                "Exception Weighting", "", "  ", "( ) : .", "Measure (", "vs. Last Year", "Measure of crime",
                "12345", "Jan 24", "Sept-24", "Action Date Due Progress", "Performance Data ytd"]


def test_header_cell_against_plain():
    lines = list(HEADER_CELLS)
    for path in TEXT_FILES:
        lines += [t.strip() for t in path.read_text(encoding="utf-8", errors="replace").splitlines()
                  if len(t.strip()) <= 60]
    hits = 0
    for t in lines:
        assert residue._header_cell(t) == plain_header_cell(t), t
        hits += plain_header_cell(t)
    assert hits > 20
