"""Meeting forms of other councils and panels (session 3, meetings generality): each fact read
by hand from the document in ../shared/real or written out here as the form it stands for."""
from pathlib import Path

from extract.extractors import meetings
from extract.loaders import load, load_text

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
_CACHE: dict = {}


def _out(rel: str) -> dict:
    if rel not in _CACHE:
        _CACHE[rel] = meetings.extract(load(REAL / rel))
    return _CACHE[rel]


def _text_out(text: str, name: str = "page.txt") -> dict:
    return meetings.extract(load_text(name, text))


# --- a ModernGov item whose long title stands alone between its number and its text ---
# (the Cheshire 2024 panel page's item 4: tests/test_real_meetings.py)

def test_text_loader_keeps_a_lone_numbers_title_apart():
    doc = load_text("minutes.txt", "12/24\n\nReport of the Chief Constable on the policing of the summer events\n\n"
                    "The Panel received the report and noted the figures for the period.\n")
    texts = [b.text for b in doc.blocks]
    assert texts == ["12/24", "Report of the Chief Constable on the policing of the summer events",
                     "The Panel received the report and noted the figures for the period."]
    # a line in lower case after the blank line still continues a broken sentence
    doc = load_text("minutes.txt", "4.\n\nThe Panel received the report of the Commissioner and\n\n"
                    "noted it.\n")
    assert [b.text for b in doc.blocks] == ["4.", "The Panel received the report of the Commissioner and noted it."]


def _meetings(out):
    return [(m.body, m.kind, m.date, m.start_time, m.place) for m in out["meetings"]]


# --- a summons (agenda): parish and principal councils print it as one sentence ---

def test_hertingfordbury_summons_is_the_agenda_header():
    rel = "parish_hertingfordbury/hertingfordbury_pc_agenda_2019-02-13.pdf"
    # "Members of the Council are hereby summoned, and members of the public are invited to attend a
    # Meeting of Hertingfordbury Parish Council to be held at Hertingfordbury Cowper JMI School, Birch
    # Green, on Wednesday 13th" / "February 2019 at 1900." (the PDF loader cuts the sentence)
    out = _out(rel)
    assert _meetings(out) == [("Hertingfordbury Parish Council", "agenda", "2019-02-13", "19:00",
                               "Hertingfordbury Cowper JMI School, Birch Green")]
    # "1. APOLOGIES FOR ABSENCE" ... "6. PLANNING"; page 2 prints 9, 8, 11, 10 (no 7): not a sequence
    assert [i.number for i in out["agenda_items"]] == ["1", "2", "3", "4", "5", "6"]
    assert out["agenda_items"][0].title == "APOLOGIES FOR ABSENCE"
    assert out["agenda_items"][5].title == "PLANNING"


def test_you_are_summoned_form():
    text = ("KENTON BOROUGH COUNCIL\n\nYou are hereby summoned to attend a meeting of the Licensing Committee "
            "which will be held in the Council Chamber, Civic Centre, on Monday, 3rd March, 2025 at 7.00 pm "
            "for the purpose of transacting the business below.\n\n1. Apologies for absence\n\n"
            "2. Minutes of the last meeting\n\n3. Licensing fees\n")
    out = _text_out(text)
    assert _meetings(out) == [("Licensing Committee", "agenda", "2025-03-03", "19:00",
                               "Council Chamber, Civic Centre")]
    assert [(i.number, i.title) for i in out["agenda_items"]] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Licensing fees")]


# --- "notes" of a meeting are minutes (SPEC's kinds are agenda | minutes | report | forward_plan) ---

def test_notes_of_a_meeting_are_minutes():
    text = ("NOTES OF A MEETING OF THE POLICE AND CRIME PANEL HELD ON 13 NOVEMBER 2018 AT 15:00 IN "
            "COMMITTEE ROOM 2\n\n1 APOLOGIES\nCouncillor Jon Hunt submitted an apology.\n")
    out = _text_out(text)
    assert _meetings(out) == [("Police and Crime Panel", "minutes", "2018-11-13", "15:00", "COMMITTEE ROOM 2")]  # place as printed
    # the same title broken over lines
    text = ("NOTES OF A MEETING OF THE AUDIT COMMITTEE\nHELD ON TUESDAY 4 MARCH 2025 AT 10.00 AM\n\n"
            "1 APOLOGIES\nNone.\n")
    assert _meetings(_text_out(text)) == [("Audit Committee", "minutes", "2025-03-04", "10:00", None)]


# --- a meeting's heading repeated at the head of each sheet is one meeting ---

def test_kent_questions_pack_is_one_meeting():
    rel = "kent_cc/kcc_council_2025-03-13_questions_and_answers.pdf"
    # every question sheet starts "Question N" / "COUNTY COUNCIL" / "Thursday 13 March 2025"
    ms = _out(rel)["meetings"]
    assert [(m.body, m.date, m.page) for m in ms] == [("County Council", "2025-03-13", 1)]


def test_a_repeated_heading_with_another_date_is_another_meeting():
    text = ("CABINET\n\nThursday, 30th January, 2025, at 10.00 am\n\n1. Apologies\n\n2. Budget\n\n"
            "CABINET\n\nThursday, 9th January, 2025, at 10.00 am\n\n1. Apologies\n\n2. Minutes\n")
    assert [(m.body, m.date) for m in _text_out(text)["meetings"]] == [
        ("Cabinet", "2025-01-30"), ("Cabinet", "2025-01-09")]


# --- a "next meeting" dated on the meeting's own day is a stale line, not a future meeting ---

def test_souldern_stale_next_meeting_line():
    rel = "parish_souldern/souldern_pc_minutes_2026-01-29.pdf"
    # "Date of next meetings : last Thursday of the month 7.30pm:" / "29th January 2026" in the
    # minutes of the meeting of 29th January 2026
    out = _out(rel)
    assert [(m.kind, m.date) for m in out["meetings"]] == [("minutes", "2026-01-29")]
    assert out["future_meetings"] == []
