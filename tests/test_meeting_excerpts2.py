"""Meeting forms found by reading Police and Crime Panel, fire authority and PCC board pages of
publishers outside the shared set, round 2 (/work/wt/auditm2/sources.md: North Yorkshire, Essex
CMIS, Hereford and Worcester fire, Sussex, Lancashire CFA, Durham CFA, ...).  Each excerpt is
written for the test in the form the page printed; expected values come from reading it.  Every
rule has a test on the side where it must not fire."""
from extract.loaders import load_text
from meeting_helpers import run as _run


def _meetings(text: str) -> list[tuple]:
    return [(m.kind, m.body, m.date, m.start_time, m.end_time, m.place) for m in _run(text)["meetings"]]


# --- an agenda item approving earlier minutes is not a meeting (North Yorkshire PFCP) ----------

AGENDA_ITEM_MINUTES = """Agenda

Meeting:

North Yorkshire Police, Fire and Crime Panel

Venue:

Civic Chamber, Selby District Council, Doncaster Road, Selby YO8 9BX

Date:

Thursday, 21 July 2022 at 10.30 am

 

Business

 

<AI3>

3.  

Declarations of Interest

 

</AI3>

<AI4>

4.  

Minutes of the Panel Meeting held on 25th May 2022

 

(Pages 7 - 10)

 

</AI4>

<AI5>

5.  

Election of Vice Chairs to the Panel

 

</AI5>
"""

AGENDA_ITEM_MINUTES_WEB = """Agenda and draft minutes

North Yorkshire Police, Fire and Crime Panel - Thursday, 23 April 2026 10.30 am

Venue: Civic Chamber, Selby Civic Centre, Selby YO8 9FT

Items
No. Item

143.

Apologies for absence

Minutes:

Apologies were noted from Mags Godderidge and Councillor Emilie Knight.

144.

Declarations of Interest

Minutes:

There were no declarations to note.

145.

Minutes of the Panel Meeting held on 5 February 2026 pdf icon PDF 378 KB

Minutes:

Resolved

That the minutes of the meeting held on 5 February 2026 be confirmed and signed by the Chair as a correct record.

146.

Progress on Issues Raised by the Panel pdf icon PDF 271 KB

Minutes:

The Panel noted the report.
"""


def test_an_agenda_item_approving_earlier_minutes_is_not_a_meeting():
    got = _meetings(AGENDA_ITEM_MINUTES)
    assert [(k, b, d) for k, b, d, *_ in got] == [
        ("agenda", "North Yorkshire Police, Fire and Crime Panel", "2022-07-21")]
    assert got[0][5] == "Civic Chamber, Selby District Council, Doncaster Road, Selby YO8 9BX"
    titles = [(a.number, a.title) for a in _run(AGENDA_ITEM_MINUTES)["agenda_items"]]
    assert ("4", "Minutes of the Panel Meeting held on 25th May 2022") in titles


def test_a_numbered_minutes_item_with_its_paper_link_keeps_its_items_and_decision():
    res = _run(AGENDA_ITEM_MINUTES_WEB)
    assert [(m.kind, m.date) for m in res["meetings"]] == [("minutes", "2026-04-23")]
    assert [a.number for a in res["agenda_items"]] == ["143", "144", "145", "146"]
    assert [d.item_number for d in res["decisions"]] == ["145"]


def test_a_minutes_title_under_a_page_number_is_still_a_meeting():
    # a page number alone ("5", no stop) above a minutes document inside a pack is no item number
    text = ("5\n\nMinutes of the meeting of the Police and Crime Panel held on 14 September 2023 "
            "at County Hall\n\nPresent: Councillor A Smith\n")
    got = _meetings(text)
    assert [(k, b, d) for k, b, d, *_ in got] == [("minutes", "Police and Crime Panel", "2023-09-14")]


# --- a venue printed above the date line is the place, not the body (North Yorkshire) ----------

VENUE_ABOVE = """North Yorkshire Police, Fire and Crime Panel

Hudson Room, City of York Council West Offices, Station Rise, York

Thursday, 25 July 2024 at 10.30 am

Election of Panel Chair
"""


def test_a_venue_line_above_the_date_is_the_place_not_the_body():
    assert _meetings(VENUE_ABOVE) == [
        ("agenda", "North Yorkshire Police, Fire and Crime Panel", "2024-07-25", "10:30", None,
         "Hudson Room, City of York Council West Offices, Station Rise, York")]


def test_a_body_with_commas_over_the_date_is_still_the_body():
    text = "Essex Police, Fire and Crime Panel\n\n1 Jun 2017 - 14:30\n\n1 Apologies for Absence\n"
    assert [b for _k, b, *_ in _meetings(text)] == ["Essex Police, Fire and Crime Panel"]


# --- "commencing at TIME" after the date of a minutes title (North Yorkshire, Word minutes) ----

def test_commencing_at_a_time_is_no_part_of_the_place():
    text = ("North Yorkshire Police, Fire and Crime Panel\n\nMinutes of the meeting held at County Hall, "
            "Northallerton on Monday, 7 July 2025, commencing at 10.30 am.\n\nApologies: Councillor Tim Grogan.\n")
    got = _meetings(text)
    assert [(k, d, t, p) for k, _b, d, t, _e, p in got] == [
        ("minutes", "2025-07-07", "10:30", "County Hall, Northallerton")]


# --- a time range after the date: start and end (Essex CMIS page; Hereford & Worcester fire) ---

def test_a_cmis_date_line_with_a_time_range_gives_the_end_time():
    text = ("Meeting Summary\nEssex Police, Fire and Crime Panel\n1 Jun 2017 - 14:30 to 17:00\nOccurred\n\n"
            "1 Apologies for Absence and Notices of Substitution\n")
    got = _meetings(text)
    assert [(b, d, t, e) for _k, b, d, t, e, _p in got] == [
        ("Essex Police, Fire and Crime Panel", "2017-06-01", "14:30", "17:00")]


def test_a_time_range_on_the_line_under_the_date():
    text = ("Fire Authority Meeting\n\nWednesday 18 February 2015\n\n10:30am - 12:30pm\n\n"
            "All Members meet together as the Authority.\n")
    got = _meetings(text)
    assert [(d, t, e) for _k, _b, d, t, e, _p in got] == [("2015-02-18", "10:30", "12:30")]


def test_one_time_after_the_date_gives_no_end_time():
    text = ("Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am\n\nVenue: Remote\n\n"
            "Later business will start at 1.30 pm.\n")
    got = _meetings(text)
    assert [(t, e) for _k, _b, _d, t, e, _p in got] == [("10:30", None)]


# --- a Word minutes sheet: body, "DATE at TIME in PLACE", "Minutes", "Present:" (Lancashire CFA) -

LANCS_CFA = """Lancashire Combined Fire Authority

Monday, 16 December 2024 at 10.30 am in Washington Hall, Service Training Centre, Euxton

 

Minutes

 

Present:

 

N Hennessy (Chair)

 

Councillors

 

 

S Serridge (Vice-Chair)

 F De Molfetta

Z Khan MBE

S Morris

 

<AI1>

45/24     

Chair's Welcome and Introduction

 

The Chair welcomed members to the meeting.
"""


def test_a_word_minutes_sheet_with_the_time_and_venue_on_the_date_line():
    res = _run(LANCS_CFA)
    assert [(m.kind, m.body, m.date, m.start_time, m.place) for m in res["meetings"]] == [
        ("minutes", "Lancashire Combined Fire Authority", "2024-12-16", "10:30",
         "Washington Hall, Service Training Centre, Euxton")]
    people = [(a.name, a.role) for a in res["attendance"] if a.status == "present"]
    assert people[:3] == [("N Hennessy", "chairman"), ("S Serridge", "vice_chairman"), ("F De Molfetta", "member")]
    assert [a.name for a in res["attendance"]] == ["N Hennessy", "S Serridge", "F De Molfetta", "Z Khan", "S Morris"]


def test_a_dated_sentence_over_a_minutes_line_is_no_minutes_sheet():
    text = ("Lancashire Combined Fire Authority\n\nMonday, 16 December 2024 was the date the report was approved\n\n"
            "Minutes\n\nThe Chair welcomed members.\n")
    assert _meetings(text) == []


# --- the documents row's title ------------------------------------------------------------------

from extract.extractors.document import describe  # noqa: E402


def _title(text: str, name: str = "page.txt") -> str:
    return describe(load_text(name, text)).title


def test_an_agenda_items_minutes_line_is_not_the_documents_title():
    assert _title(AGENDA_ITEM_MINUTES) == "Agenda"
    assert _title(VENUE_ABOVE + "\n4.\n\nMinutes of the Panel Meeting held on 12th June 2024\n\n(Pages 7 - 12)\n") \
        == "North Yorkshire Police, Fire and Crime Panel"


def test_a_minutes_documents_own_title_is_still_its_title():
    # (a markdown file: the title and the items are headings)
    text = ("# Minutes of the meeting of the Police and Crime Panel held on 14 September 2023\n\n"
            "### 17 Apologies for Absence\n\nApologies were received from Cllr James Sheppard.\n\n"
            "### 18 Minutes of the meeting held on 8 June 2023\n\nAgreed.\n")
    assert _title(text, "pack.md") == "Minutes of the meeting of the Police and Crime Panel held on 14 September 2023"


def test_cmis_page_labels_are_not_a_title():
    text = ("Meeting Details\n\nMeeting Summary\n\nEssex Police, Fire and Crime Panel\n\n1 Jun 2017 - 14:30 to 17:00\n\n"
            "Occurred\n\n  • Documents\n  • Members\n\nDocuments\n")
    assert _title(text) == "Essex Police, Fire and Crime Panel"


def test_a_document_sites_page_count_and_file_type_are_not_a_title():
    text = ("Agenda Document for North Wales Police and Crime Panel, 17/06\nTotal Page:16\n"
            "File Type:pdf, Size:1020Kb\nPublic Document Pack North Wales Police and Crime Panel Monday, 17 June 2019 "
            "at 2.00 pm Council Chamber - Bodlondeb AGENDA 1. Appointment of Chair 2. Appointment of Vice-Chair\n")
    assert _title(text) == "Agenda Document for North Wales Police and Crime Panel, 17/06"


OXON_PAGE = """Oxfordshire County Council logo

Agenda and minutes

Venue: Paralympic Meeting Room, Buckinghamshire Council Offices, Gatehouse Road, Aylesbury, Bucks HP19 8FF

Items
No. Item

26/22

Minutes pdf icon PDF 430 KB

27/22

Police and Crime Commissioner's Annual Report 2021/22 pdf icon PDF 487 KB

11.05am

The PCC will present his annual report for 2021/22 and the Panel will ask the PCC to outline progress.
"""


def test_an_items_title_its_purpose_and_a_logo_are_not_the_title():
    assert _title(OXON_PAGE) == "Agenda and minutes"


def test_an_annual_report_heading_is_still_the_title():
    text = "Police and Crime Commissioner's Annual Report 2021/22\n\nForeword\n\nThis year the Commissioner ...\n"
    assert _title(text) == "Police and Crime Commissioner's Annual Report 2021/22"


# --- a CMIS page's paper link around an item's title: "Pdf Minutes (70Kb)" (Essex) -----------------

def test_a_cmis_paper_link_is_cut_from_the_items_title():
    text = ("Essex Police, Fire and Crime Panel\n1 Jun 2017 - 14:30 to 17:00\n\nAgenda\nStandard Items\n"
            "1 Apologies for Absence and Notices of Substitution\n"
            "2 Pdf Minutes (70Kb)\nTo approve the minutes of the meeting held on 16 February 2017.\n"
            "3 Declarations of Interest\n")
    titles = [(a.number, a.title) for a in _run(text)["agenda_items"]]
    assert titles[:3] == [("1", "Apologies for Absence and Notices of Substitution"), ("2", "Minutes"),
                          ("3", "Declarations of Interest")]


def test_a_title_opening_with_the_word_pdf_in_lower_case_keeps_it():
    text = ("Essex Police, Fire and Crime Panel\n1 Jun 2017 - 14:30 to 17:00\n\nAgenda\n"
            "1 Apologies for Absence\n2 PDF accessibility of Panel papers\n3 Declarations of Interest\n")
    titles = [a.title for a in _run(text)["agenda_items"]]
    assert "PDF accessibility of Panel papers" in titles


# --- substitutions in the minutes (North Yorkshire, Thames Valley, Cheshire) ----------------------

def _rows(text: str) -> list[tuple]:
    return [(a.name, a.status, a.note) for a in _run(text)["attendance"]]


def test_a_member_substituting_for_another_is_a_substitute():
    rows = _rows(AGENDA_ITEM_MINUTES_WEB.replace(
        "Apologies were noted from Mags Godderidge and Councillor Emilie Knight.",
        "Apologies were noted from Mags Godderidge and Councillor Emilie Knight.  It was noted that "
        "Councillor Andrew Waller was substituting for Councillor Knight."))
    assert ("Andrew Waller", "substitute", "substitute for Councillor Knight") in rows
    assert ("Emilie Knight", "apologies", None) in rows
    assert not [r for r in rows if r[0] == "Andrew Waller" and r[1] == "apologies"]


def test_attending_as_a_substitute_and_attended_in_place_of():
    head = "Cheshire Police and Crime Panel - Friday, 22nd June, 2018 10.00 am\n\nVenue: Safety Central, Lymm\n\n"
    rows = _rows(head + "Apologies were received from Councillor Brian Maher and Councillor Dave Thompson. "
                        "Councillor P Lloyd Jones attended in place of Councillor Thompson.\n")
    assert ("P Lloyd Jones", "substitute", "substitute for Councillor Thompson") in rows
    rows = _rows(head + "89. Apologies for absence\n\nMinutes:\n\n"
                        "Apologies were noted from Councillors Tim Grogan and Steve Shaw-Wright.  It was noted that "
                        "Councillor Melanie Davis was attending as a substitute for Councillor Shaw-Wright.\n")
    assert ("Melanie Davis", "substitute", "substitute for Councillor Shaw-Wright") in rows
    rows = _rows(head + "Apologies were received from Councillor Ali and Councillor Ford.\n\n"
                        "Councillor Amin substituted for Councillor Ali.\n")
    assert rows == [("Ali", "apologies", None), ("Ford", "apologies", None),
                    ("Amin", "substitute", "substitute for Councillor Ali")]


THAMES_VALLEY = """Thames Valley Police and Crime Panel - Friday, 7 February 2020 11.00 am

Venue: Paralympic Meeting Room, Aylesbury Vale District Council Offices, Gatehouse Road, Aylesbury, Bucks HP19 8FF

Apologies for Absence

Apologies for absence were received from Councillor Nigel Chapman (Oxford City Council) (Councillor John Tanner substituting), Councillor Steve Good (West Oxfordshire District Council) and Councillor Howard Woollaston (West Berkshire Council).
"""


def test_a_substitute_in_brackets_after_an_apology_attended():
    rows = _rows(THAMES_VALLEY)
    assert [n for n, st, _ in rows if st == "apologies"] == ["Nigel Chapman", "Steve Good", "Howard Woollaston"]
    assert [n for n, st, _ in rows if st == "substitute"] == ["John Tanner"]


def test_a_sentence_about_substitutes_names_no_substitute():
    head = "Cheshire Police and Crime Panel - Friday, 22nd June, 2018 10.00 am\n\nVenue: Safety Central, Lymm\n\n"
    rows = _rows(head + "Apologies were received from Councillor Brian Maher. The Chair thanked Councillor A Brown "
                        "for substituting at short notice and asked that substitutes be named in advance.\n")
    assert not [r for r in rows if r[1] == "substitute"]
