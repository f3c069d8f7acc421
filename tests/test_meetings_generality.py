"""Meeting forms of other councils and panels (session 3, meetings generality): each fact read
by hand from the document in ../shared/real or written out here as the form it stands for."""

from extract.extractors import meetings
from extract.loaders import load_text
from test_real_meetings import _out  # one loaded copy of each real paper for both modules


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
    # "1. APOLOGIES FOR ABSENCE" ... "6. PLANNING"; page 2 prints 9, 8, 11, 10 (no 7): after 6, "8.
    # STANDING ITEMS" is one skipped number on (a heading like 6); "9." before it and the rest are
    # out of the sequence
    assert [i.number for i in out["agenda_items"]] == ["1", "2", "3", "4", "5", "6", "8"]
    assert out["agenda_items"][6].title == "STANDING ITEMS"
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


# --- parish agendas: a purpose after a dash, a number the paper skipped ---

def test_souldern_agenda_items_with_a_skipped_number():
    rel = "parish_souldern/souldern_pc_agenda_2026-01-29.pdf"
    out = _out(rel)
    # "Souldern Parish Council - Meeting of the Parish Council" / "29th January 2026 at 7.30pm in the
    # Village Hall"; the items run 1-5 then 7-14 (no item 6 is printed)
    assert [(m.kind, m.date, m.start_time) for m in out["meetings"]] == [("agenda", "2026-01-29", "19:30")]
    assert [(i.number, i.title) for i in out["agenda_items"]] == [
        ("1", "To receive apologies for absence"),
        ("2", "Declarations of Interest"),
        ("3", "To receive the minutes of the last meeting held on 27th November 2025"),
        ("4", "Public Participation"),
        ("5", "Clerks Report and Actions from previous meeting"),
        ("7", "Correspondence"), ("8", "Reports from County/District Councillors"), ("9", "Highways/Footpaths"),
        ("10", "Land adjacent to Gibbs Field House"), ("11", "NBW"), ("12", "Planning"), ("13", "Finance"),
        ("14", "Website")]
    # "2 Declarations of Interest - to receive any declarations of interest from Councillors ..."
    assert out["agenda_items"][1].purpose.startswith("to receive any declarations of interest from Councillors")


def test_hertingfordbury_purpose_after_a_dash():
    out = _out("parish_hertingfordbury/hertingfordbury_pc_agenda_2019-02-13.pdf")
    items = {i.number: i for i in out["agenda_items"]}
    # "2. DECLARATIONS OF INTEREST - to note any Members’ Declarations of Interest"
    assert (items["2"].title, items["2"].purpose) == ("DECLARATIONS OF INTEREST",
                                                      "to note any Members’ Declarations of Interest")
    # "4. PUBLIC PARTICIPATION - to allow maximum of 15 minutes to receive questions from electors"
    assert (items["4"].title, items["4"].purpose) == (
        "PUBLIC PARTICIPATION", "to allow maximum of 15 minutes to receive questions from electors")
    # "3. CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt ...": no purpose verb after the dash
    assert items["3"].title == "CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt Niki Gordon to Council"


def test_a_gap_of_two_or_a_paragraph_does_not_continue_the_items():
    text = ("Audit Committee\n\nWednesday, 5 June 2024 at 7.00 pm\n\nCouncil Chamber, Town Hall\n\n"
            "1. Apologies\n\n2. Minutes\n\n3. Internal audit report\n\n"
            "6. Risk register\n\n")
    out = _text_out(text)
    assert [i.number for i in out["agenda_items"]] == ["1", "2", "3"]


def test_hertfordshire_substitute_in_brackets():
    rel = "panel_web_pages/hertfordshire_pcp_2012-10-25_minutes_excerpt.txt"
    # "Present: ... Cllr A Franey (substitute), Borough Council ... Cllr D Scudder (substitute),
    # Borough Council ..."
    present = {a.name: a for a in _out(rel)["attendance"] if a.status == "present"}
    assert (present["A Franey"].title, present["A Franey"].role) == ("Cllr", "substitute")
    assert (present["D Scudder"].title, present["D Scudder"].role) == ("Cllr", "substitute")
    assert present["R G Hannam"].role == "chairman"  # "Cllr R G Hannam, Borough Council (Chairman)"
    assert present["M Alexander"].role == "member"


def test_kent_cabinet_minutes_one_word_body():
    rel = "kent_cc/kcc_cabinet_2025-01-09_minutes.pdf"
    # "KENT COUNTY COUNCIL" / "CABINET" / "MINUTES of a meeting of the Cabinet held in the Council
    # Chamber, Sessions" / "House, County Hall, Maidstone on Thursday, 9 January 2025."
    assert _meetings(_out(rel)) == [("Cabinet", "minutes", "2025-01-09", None,
                                     "Council Chamber, Sessions House, County Hall, Maidstone")]


def test_a_one_word_body_not_printed_above_is_not_taken():
    text = ("MINUTES of a meeting of Proceedings held in the Council Chamber on Thursday, 9 January 2025.\n\n"
            "1. Apologies\n\n2. Minutes\n")
    assert [m.body for m in _text_out(text)["meetings"]] in ([], [None])


def test_kent_extraordinary_notice_type():
    # "An extraordinary meeting of the County Council will be held in the Council Chamber," /
    # "County Hall, Maidstone, Kent, ME14 1XQ on Thursday, 9th January, 2025 at 10.00 am to" / ...
    ms = _out("kent_cc/kcc_council_2025-01-09_agenda_frontsheet.pdf")["meetings"]
    assert [(m.body, m.date, m.start_time, m.meeting_type) for m in ms] == [
        ("County Council", "2025-01-09", "10:00", "extraordinary")]
    # "A meeting of the County Council will be held ..." (13 March 2025): no type printed
    ms = _out("kent_cc/kcc_council_2025-03-13_agenda_frontsheet.pdf")["meetings"]
    assert [(m.date, m.meeting_type) for m in ms] == [("2025-03-13", None)]
