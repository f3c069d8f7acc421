"""A line that starts with a number after a line that wraps into it: the sentence goes on
("... alongside a" / "28 per cent increase ..."), it is not a numbered item; numbered items
("1. Apologies", "4.10 The ...", "116. The ...") after a line ending a sentence or a ":" stay
items.  PDFs drawn with reportlab (tests/pdfgen.Writer); every test compares the blocks read
back with what was drawn."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfgen  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402

BODY = pdfgen.para(0, 2)
BODY2 = pdfgen.para(5, 2)


def _blocks(path):
    doc = load_pdf(path, Path(path).read_bytes())
    return [(b.kind, b.text) for b in doc.blocks]


def _width_breaking_before(text: str, word: str, font: str, size: float = 10,
                           lo: int = 250, hi: int = 500) -> tuple[float, list[str]]:
    """A column width at which ``text`` wraps right before ``word`` (so that line starts with
    it), the previous line filling the column; and the wrapped lines."""
    for w in range(hi, lo, -1):
        lines = simpleSplit(text, font, size, w)
        for k in range(1, len(lines)):
            if lines[k].startswith(word + " "):
                return float(w), lines
    raise AssertionError(f"no width wraps before {word!r}")


def _draw(W, x, top, lines, leading=12.0) -> float:
    for ln in lines:
        W.text(x, top, ln, 10)
        top += leading
    return top


WRAPS = {
    "per-cent": ("Despite the overall drop, recorded drug offences in the county saw an increase of 21 per "
                 "cent alongside a 28 per cent increase in possession of offensive weapons.", "28"),
    "officers": ("The force recruited more staff during the year and the new model brought in a total of "
                 "28 new officers to the neighbourhood teams across the county.", "28"),
    "year": ("Demand on the control room rose sharply over the period and the busiest month was in "
             "2023 saw the most calls ever recorded by the force in a single month.", "2023"),
    "money": ("The estates programme was reviewed by the panel and the custody refurbishment budget of "
              "£1.2m was approved subject to a further report in the spring.", "£1.2m"),
    "decimal": ("The average time to answer emergency calls across the quarter was reported as "
                "4.5 seconds against a national target of ten seconds.", "4.5"),
    "item-like": ("The review found that the number of repeat victims supported in the quarter fell "
                  "to 12. Officers said the change reflected the new referral process.", "12."),
}


@pytest.mark.parametrize("case", sorted(WRAPS))
def test_wrapped_line_starting_with_a_number_continues_the_paragraph(tmp_path, case):
    text, word = WRAPS[case]
    p = tmp_path / f"wrap-{case}.pdf"
    W = pdfgen.Writer(p)
    width, lines = _width_breaking_before(text, word, W.reg)
    assert " ".join(lines) == text
    top = _draw(W, 50, 60, simpleSplit(BODY, W.reg, 10, width)) + 8
    top = _draw(W, 50, top, lines) + 8
    _draw(W, 50, top, simpleSplit(BODY2, W.reg, 10, width))
    W.save()
    assert _blocks(p) == [("paragraph", BODY), ("paragraph", text), ("paragraph", BODY2)]


def test_wrapped_number_inside_a_numbered_paragraph(tmp_path):
    """A numbered paragraph ("116. The ...") whose wrapped line starts with a number keeps it;
    the next numbered paragraphs ("117.", "118.") are items of their own."""
    items = ["116. The Commissioner reported that the average time to answer non-emergency calls "
             "in the quarter had risen to 2.4 incidents for each thousand calls compared with the same quarter last year.",
             "117. The Panel noted the report.",
             "118. The Chief Constable said that recruitment would continue into the next year."]
    p = tmp_path / "numbered.pdf"
    W = pdfgen.Writer(p)
    width, lines = _width_breaking_before(items[0], "2.4", W.reg, lo=250)
    top = _draw(W, 50, 60, lines) + 6
    for t in items[1:]:
        top = _draw(W, 50, top, simpleSplit(t, W.reg, 10, width)) + 6
    W.save()
    assert _blocks(p) == [("bullet", t) for t in items]


def test_numbered_list_after_a_colon_stays_a_list(tmp_path):
    """A paragraph ending with ":" (filling its line) then "1. ...", "2. ...", "3. ..." at the
    pitch of the text: each number starts an item."""
    lead = ("The Panel considered the report of the Commissioner on the delivery of the plan and "
            "asked that the following points be recorded in the minutes of the meeting:")
    items = ["1. Apologies for absence were received from two members.",
             "2. Declarations of interest were made by the chair.",
             "3. The minutes of the previous meeting were approved."]
    p = tmp_path / "colon.pdf"
    W = pdfgen.Writer(p)
    lines = simpleSplit(lead, W.reg, 10, 470)
    top = _draw(W, 50, 60, lines)
    top = _draw(W, 50, top, items) + 8
    _draw(W, 50, top, simpleSplit(BODY, W.reg, 10, 470))
    W.save()
    assert _blocks(p) == [("paragraph", lead)] + [("bullet", t) for t in items] + [("paragraph", BODY)]


def test_numbered_items_after_full_lines_stay_items(tmp_path):
    """"4.10 The ..." and "47.2 It was moved ..." after an item whose last line is full and
    ends without a stop: a capitalised word after an item number at the items' indent."""
    items = ["4.9 The Panel asked the Commissioner to provide a breakdown of the figures by "
             "community policing team and by month for the whole of the year",
             "4.10 The Commissioner agreed to provide the breakdown at the next meeting of the panel.",
             "4.11 It was moved by Councillor Pickett and seconded that the report be noted."]
    p = tmp_path / "items.pdf"
    W = pdfgen.Writer(p)
    width, lines = _width_breaking_before(items[0], "community", W.reg, lo=300, hi=470)
    top = _draw(W, 50, 60, lines)
    for t in items[1:]:
        top = _draw(W, 50, top, simpleSplit(t, W.reg, 10, width))
    W.save()
    assert _blocks(p) == [("bullet", t) for t in items]


def test_wrapped_number_with_a_wide_space_after_it_continues(tmp_path):
    """A justified line stretches the space after its first word: "28   new officers" after a
    full line that does not end a sentence is still the sentence going on."""
    W = pdfgen.Writer(tmp_path / "just.pdf")
    first = "The force recruited more staff during the year and the new model brought in a total of"
    width = W.c.stringWidth(first, W.reg, 10)
    W.text(50, 60, first, 10)
    W.text(50, 72, "28", 10)
    rest = "new officers to the neighbourhood teams across the county."
    W.text(50 + W.c.stringWidth("28", W.reg, 10) + 8, 72, rest, 10)
    _draw(W, 50, 92, simpleSplit(BODY2, W.reg, 10, width))
    W.save()
    assert _blocks(tmp_path / "just.pdf") == [("paragraph", f"{first} 28 {rest}"), ("paragraph", BODY2)]


@pytest.mark.parametrize("ending,joined", [(" alongside a", True), (" for the first time.", False),
                                           (" in the county", False)])
def test_next_paragraph_after_one_ending_with_a_function_word(tmp_path, ending, joined):
    """Two paragraphs with paragraph space between them, the first line short: joined only
    when the first ends with a function word ("... alongside a" / "28 per cent ..."), as the
    Markdown loader joins them; a sentence's end or a noun leaves them apart."""
    first = "Despite the overall drop, recorded drug offences saw an increase of 21 per cent" + ending
    second = "28 per cent increase in possession of offensive weapons."
    p = tmp_path / "stop.pdf"
    W = pdfgen.Writer(p)
    top = _draw(W, 50, 60, simpleSplit(BODY, W.reg, 10, 470)) + 8
    W.text(50, top, first, 10)
    W.text(50, top + 20, second, 10)
    _draw(W, 50, top + 48, simpleSplit(BODY2, W.reg, 10, 470))
    W.save()
    mid = [("paragraph", f"{first} {second}")] if joined else [("paragraph", first), ("paragraph", second)]
    assert _blocks(p) == [("paragraph", BODY)] + mid + [("paragraph", BODY2)]
