"""Inside a meeting's minutes, "Minutes of the Meeting held on <an earlier date>" with no body of its
own is the item that approves the earlier meeting's minutes, not a second meeting (Kent's cabinet
minutes of 9 January 2025 as pdftotext's default text print the item number on a line of its own:
"78." / "Minutes of the Meeting held on 28 November 2024").  A pack's own minutes of an earlier
meeting, named by their body, are still meetings."""
from __future__ import annotations

from extract.extractors import meetings
from extract.loaders import load_text

HEAD = ("KENT COUNTY COUNCIL\n\nCABINET\n\n"
        "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, "
        "Maidstone on Thursday, 9 January 2025.\n\n"
        "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell\n\n")


def _meetings(text: str):
    return meetings.extract(load_text("minutes.txt", text))["meetings"]


def test_an_earlier_meeting_s_minutes_item_is_no_meeting():
    # (the lines as pdftotext prints them, one after the other)
    text = HEAD + ("UNRESTRICTED ITEMS\n77.\nDeclarations of Interest\n(Item 2)\n"
                   "No declarations of interest were received\n78.\n"
                   "Minutes of the Meeting held on 28 November 2024\n(Item 3)\n"
                   "RESOLVED that the minutes of the meeting on 28 November 2024 were a correct\n"
                   "record and that they be signed by the Chair\n79.\nCabinet Member Updates\n")
    assert [(m.body, m.date) for m in _meetings(text)] == [("Cabinet", "2025-01-09")]


def test_minutes_of_an_earlier_meeting_named_by_their_body_are_a_meeting():
    text = HEAD + ("MINUTES of a meeting of the Governance Committee held in the Council Chamber, Sessions "
                   "House, County Hall, Maidstone on Tuesday, 3 December 2024.\n\n"
                   "PRESENT: Mr A Booth (Chairman), Mr D Beaney\n")
    assert [m.date for m in _meetings(text)] == ["2025-01-09", "2024-12-03"]
