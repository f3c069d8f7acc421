"""Meeting forms, round 5 (/work/wt/audit9-auditm5/sources.md and the earlier audit texts).  Each
excerpt is written for the test in the form the page printed; expected values come from reading it.
Every rule has a test on the side where it must not fire."""
from extract.extractors import meetings
from extract.loaders import load_text


def _run(text: str) -> dict:
    return meetings.extract(load_text("page.txt", text))


def _people(text: str) -> list[tuple]:
    return [(a.status, a.title, a.name, a.organisation) for a in _run(text)["attendance"]]


def _items(text: str) -> list[tuple]:
    return [(a.number, a.title) for a in _run(text)["agenda_items"]]


# --- an item number alone after a blank line under a short minute (Dorset PCP, Dyfed-Powys PCP) ----

NOTED_THEN_NUMBER = """Agenda and minutes

Police and Crime Panel - Tuesday, 9th July, 2019 10.00 am

Venue: Committee Room 1, County Hall, Dorchester, DT1 1XJ.

Items
No. Item

4.

Terms of Reference pdf icon PDF 82 KB

Minutes:

The terms of reference for the Panel were noted.

Noted

5.

Minutes pdf icon PDF 384 KB

Minutes:

The minutes of the meeting held on Thursday 7 February 2019 were presented to members.

Noted

6.

Declarations of Interest

Minutes:

The Panel expressed its best wishes to Mrs Woods for the future

7.

Public Participation
"""


def test_an_item_number_after_a_blank_line_starts_the_next_item():
    assert _items(NOTED_THEN_NUMBER) == [("4", "Terms of Reference"), ("5", "Minutes"),
                                         ("6", "Declarations of Interest"), ("7", "Public Participation")]


def test_a_number_ending_a_wrapped_sentence_still_ends_it():
    # (negative: no blank line, the number is the sentence's last word, "... rose to" / "5.")
    doc = load_text("page.txt", "The number of complaints received in the quarter rose to\n5.\n")
    assert [b.text for b in doc.blocks] == ["The number of complaints received in the quarter rose to 5."]
