"""Speed shortcuts of session 14 (issue 14): each cheap test against the plain search it stands for,
on the lines and sentences of real documents and on edge cases (case, the characters ``re`` folds to
ASCII letters, line ends, windows cut inside a word)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.document.titles import _NOT_TITLE_LINE, _not_title_line
from extract.extractors.figures.mentions import _SINCE_EVENT, _since_event
from extract.extractors.meetings import _TIMES_FROM_TEXT_RE, _says_times
from extract.normalise.signs import CHANGE_NOUN_IS, _CHANGE_NOUN_IS_SEARCH
from extract.reconcile.linking import _sentence_says
from extract.reconcile.vocabulary import _PREV, _YOY

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / ".." / "shared" / "real", ROOT / "corpus")

EDGE = [
    "", " ", ":", ":-", "Venue:", "VENUE : County Hall", "Contact us", "the following points were raised:",
    "The following points were raised: none", "Appendices:- \n", "Signed ........ Chairman",
    "The Meeting CLOSED at 9.10 pm", "OFFICIAL SENSITIVE", "Freedom of Information Act 2000",
    "Police and Crime Act 2017 \n", "Date: 4 May", "a line with a colon: then text",
    "Crime rose year-on-year by 3%", "compared with last year", "YoY change", "up on the previous year",
    "down on the same period last year", "than in March", "since Sept.", "since September 2020",
    "previous quarter", "month on month", "12 months vs", "annual change", "Year\u2010on\u2010year",
    "the ſince date", "SINCE the Commissioner's election in ", "ſince the start of ", "\u212aelvin since x of ",
    "\u0130n since records began in ", "the increase was", "the Increase in total offences stands at ",
    "the reduction in burglary was\n", "a riſe was", "growth was", "a fall is ", "the meeting started at 10am",
    "Meeting commenced: 10.00", "commenced: 7pm", "Duration of the meeting 2 hours", "finish time 3pm",
    "The meeting was closed at 4.30pm", "Time commenced 10.00", "Time started", "STARTING TIME 7.00PM",
]


@pytest.fixture(scope="module")
def texts(real_lines) -> list[str]:
    got = real_lines
    assert len(got) > 1000
    return got + EDGE


def test_sentence_says_as_the_plain_searches(texts):
    for t in texts:
        assert _sentence_says.__wrapped__(t) == (bool(_YOY.search(t)), bool(_PREV.search(t))), t


def test_times_wording_as_the_plain_search(texts):
    for t in texts:
        assert _says_times(t) == (_TIMES_FROM_TEXT_RE.search(t) is not None), t


def test_change_noun_is_as_the_plain_search(texts):
    for t in texts:
        for tail in (t, t[-80:]):
            m, plain = _CHANGE_NOUN_IS_SEARCH(tail), CHANGE_NOUN_IS.search(tail)
            assert (m and (m.span(), m.group("w"))) == (plain and (plain.span(), plain.group("w"))), tail


def test_not_title_line_as_the_plain_search(texts):
    for t in texts:
        assert _not_title_line(t) == (_NOT_TITLE_LINE.search(t) is not None), t


def test_since_event_as_the_plain_search(texts):
    for t in texts:
        # every cut: the window's start inside a word, "since" cut by it, the figure right after
        for cs in sorted({len(t), len(t) // 2, *[i for i in range(len(t)) if t[i:i + 1].isdigit()][:20]}):
            assert _since_event(t, cs) == (_SINCE_EVENT.search(t, max(0, cs - 60), cs) is not None), (t, cs)


def test_parts_wordings_as_the_plain_searches(texts):
    from extract.reconcile.sentences import (_IN_TOTAL, _IN_TOTAL_SEARCH, _OF_WHICH, _OF_WHICH_SEARCH, _TOTAL_WORD,
                                             _TOTAL_WORD_SEARCH)
    more = ["In Total 45", "of WHICH 12", "a TOTAL of 9", "totalling 4", "ſo in total", "comprising 3 and 4",
            "\u212a in total", "made up of 4, 5 and 6"]
    for t in texts + more:
        for fast, rx in ((_IN_TOTAL_SEARCH, _IN_TOTAL), (_OF_WHICH_SEARCH, _OF_WHICH), (_TOTAL_WORD_SEARCH, _TOTAL_WORD)):
            m, plain = fast(t), rx.search(t)
            assert (m and m.span()) == (plain and plain.span()), t


def test_may_add_up_as_counting_every_number(texts):
    from extract.reconcile.sentences import _DIGITS, _PCT_WORD, _may_add_up
    more = ["1 and 2%", "1, 2 and 3", "12 per cent of 4", "1.5", "", "1 2", "1 2 3 4 5 6"]
    for t in texts + more:
        n = len(_DIGITS.findall(t))
        assert _may_add_up(t) == (n >= 3 or (n >= 2 and bool(_PCT_WORD.search(t)))), t


def test_undated_vote_screen_as_the_search_of_each_line():
    """meetings._undated_vote screens a document with one search of its lines joined (the pattern holds
    no line end, so no match spans two lines): the same answer as a search of each line, on the entries
    of every real text and of lines that hold the words at a line's end or start."""
    from types import SimpleNamespace

    from extract.extractors.meetings import _VOTE_WORD
    from extract.extractors.meetings.entries import _entries
    from extract.loaders import load

    def joined(entries):
        return _VOTE_WORD.search("\n".join([e.text for e in entries if e.cells is None])) is not None

    def each(entries):
        return any(e.cells is None and _VOTE_WORD.search(e.text) for e in entries)

    seen = 0
    for p in sorted(q for folder in FOLDERS for q in folder.rglob("*")):
        if p.suffix.lower() in (".txt", ".md", ".html", ".htm"):
            entries = _entries(load(p))
            assert joined(entries) == each(entries), p
            seen += each(entries)
    assert seen >= 2   # (real minutes with votes among them)
    for lines in (["a v", "ot"], ["There v", "oted for"], ["ABST", "AIN"], ["the Vote"], ["abstained"], ["", "x"]):
        entries = [SimpleNamespace(text=t, cells=None) for t in lines]
        assert joined(entries) == each(entries), lines
    assert not joined([SimpleNamespace(text="vote", cells=[["vote"]])])
