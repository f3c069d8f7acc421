"""Meeting forms, round 11 (/work/wt/audit14-meet14/sources.md and the audit13 folders): minute numbers with a
letter before them or a title on their own line over the minute's text, a page's title over the minutes' own
title, a venue that is a status or runs into the agenda, a second person after a comma.  Each excerpt is quoted
from the page named beside it; expected values come from reading it.  Every rule has a test on the side where it
must not fire."""
from meeting_helpers import meetings_of, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


def _rows(text):
    return [(a.status, a.title, a.name, a.role, a.organisation) for a in run(text)["attendance"]]


# --- minute numbers "C 10/034 Title" (Tonbridge and Malling BC, Council 11 May 2010) -------------------------------

TONBRIDGE = """Council
Tuesday, 11th May, 2010 7.30 pm

Place:
Civic Suite, Gibson Building, Kings Hill, West Malling
PART 1 - PUBLIC
C 10/034 Election of Mayor
The Council was advised that the current Deputy Mayor, Councillor G Court had decided on health grounds not to accept a nomination to serve as Mayor.

It was was therefore proposed by Councillor Worrall, seconded by Councillor Evans and

RESOLVED: That Councillor Mrs S M Murray be re-elected Mayor for the ensuing municipal year.
C 10/035 Vote of Thanks
It was proposed by Councillor Worrall, seconded by Councillor Evans and

RESOLVED: That the Council's sincere appreciation be recorded of the excellent manner in which the Mayor had performed her duties.
C 10/036 Election of Deputy Mayor
It was proposed by Councillor Balfour, seconded by Councillor Mrs Luck and

RESOLVED: That Councillor B J Luker be appointed Deputy Mayor for the ensuing municipal year.
C 10/037 Vote of Thanks to Retiring Deputy Mayor
It was proposed by Councillor Aikman, seconded by Councillor C Smith and

RESOLVED: That the Council's sincere appreciation be recorded of the contribution of Councillor G Court during his Deputy Mayoral year.
C 10/038 Minutes
RESOLVED: That the Minutes of the proceedings of the meeting of the Council held on 20 April 2010 be approved as a correct record and signed by the Mayor.
"""


def test_minute_number_with_a_letter_and_a_space_before_it():
    assert _items(TONBRIDGE) == [("C 10/034", "Election of Mayor"), ("C 10/035", "Vote of Thanks"),
                                 ("C 10/036", "Election of Deputy Mayor"),
                                 ("C 10/037", "Vote of Thanks to Retiring Deputy Mayor"), ("C 10/038", "Minutes")]
    decs = [(d.item_number, d.proposer, d.seconder) for d in run(TONBRIDGE)["decisions"]]
    assert decs == [("C 10/034", "Worrall", "Evans"), ("C 10/035", "Worrall", "Evans"), ("C 10/036", "Balfour", "Luck"),
                    ("C 10/037", "Aikman", "C Smith"),
                    ("C 10/038", None, None)]


def test_a_capital_and_a_fraction_in_a_sentence_is_no_item():
    text = TONBRIDGE.replace("C 10/035 Vote of Thanks", "A 10/035 share of the fund was noted.")
    assert ("A 10/035" not in [n for n, _ in _items(text)])


# --- "190/20 Title" over the minute's text, one paragraph in a text (Saxilby with Ingleby PC, 4 November 2020) ---

SAXILBY = """Full Council Meeting Minutes
Wednesday 4th November 2020 at 7.30pm

In Attendance:
Elaine Atkin, Parish Clerk

Full Council Meeting

190/20 To receive apologies and accept valid reasons for absence, these having been submitted to the Clerk prior to the meeting
Apologies and a valid reason for absence had been received from Cllrs Ashton Derry, Bell, Cavill, Cotton, Spurr, and these were accepted.

191/20 To receive declarations of interest in accordance with the Localism Act 2011
Cllrs I and J Willox declared non-pecuniary interests in agenda item 10e (minutes ref 199/20e).
"""


def test_minute_title_line_over_its_text_is_an_item():
    assert _items(SAXILBY) == [
        ("190/20", "To receive apologies and accept valid reasons for absence, these having been submitted to the "
                   "Clerk prior to the meeting"),
        ("191/20", "To receive declarations of interest in accordance with the Localism Act 2011")]


def test_a_sentence_opening_with_a_minute_number_is_no_title():
    # (the first line ends its sentence: a minute's text, never a title over it)
    text = SAXILBY.replace("prior to the meeting\nApologies", "prior to the meeting.\nApologies")
    assert "190/20" not in [n for n, _ in _items(text)]


# --- a page's title over the minutes' own title (Bracebridge Heath PC, 5 May 2020; South Kelsey and Moortown PC,
# 13 October 2025) ------------------------------------------------------------------------------------------------

BRACEBRIDGE = """Minutes - Full Council - 5th May 2020

Minutes of a meeting of Bracebridge Heath Parish Council held remotely using Zoom on 5th May 2020 at 19:30
Present: Cllrs C Barr, C Broad, C Callan, L Hauton and A Walker.
"""

SOUTH_KELSEY = """Minutes of the Parish Meeting 13 October 2025
Minutes of the Parish Council Meeting
held in the Village Hall on Monday 13 October 2025
Present: Cllr Nicola Hall (Chair), Cllr Amanda Suddaby, Cllr Peter Smith, Cllr Sandra Evans
In attendance: County Cllr James Bean, District Cllr Peter Morris, Christine Major (Clerk) and 3 Members of the public.
25/101 To receive apologies and reasons for absence: Cllr Todd sent apologies which were accepted.
"""


def test_page_title_over_minutes_title_is_one_meeting():
    assert meetings_of(BRACEBRIDGE) == [("minutes", "Bracebridge Heath Parish Council", "2020-05-05", "19:30",
                                         "remotely using Zoom")]
    assert meetings_of(SOUTH_KELSEY) == [("minutes", "Parish Council", "2025-10-13", None, "Village Hall")]
    assert len([r for r in _rows(BRACEBRIDGE) if r[0] == "present"]) == 5


def test_two_meetings_of_one_day_apart_in_a_page_stay_two():
    # (the second title further down the page: another meeting that day, e.g. the annual meeting after the ordinary one)
    text = BRACEBRIDGE.replace("\nMinutes of a meeting", "\n1. Apologies\nNone.\n2. Planning\nNone.\n\nMinutes of a meeting")
    assert len(meetings_of(text)) == 2


def test_second_person_after_a_comma_with_a_post_in_brackets():
    rows = _rows(SOUTH_KELSEY)
    assert ("also_present", "District Cllr", "Peter Morris", "other", None) in rows
    assert ("also_present", None, "Christine Major", "officer", "Clerk") in rows


def test_name_comma_post_is_one_person():
    rows = _rows(SAXILBY)
    assert ("also_present", None, "Elaine Atkin", "officer", "Parish Clerk") in rows


# --- a venue that is a status or runs into the agenda (Hampshire PCP, 12 November 2021; North Wales PCP, 17 June
# 2019) -------------------------------------------------------------------------------------------------------------

HAMPSHIRE = """Agenda and minutes

Hampshire Police and Crime Panel (Statutory Joint Committee) - Friday, 12th November, 2021 10.00 am, MOVED

Venue: Ashburton Hall - HCC. View directions

Contact: Email: 
"""

NORTH_WALES = """Public Document Pack

North Wales Police and Crime Panel

Monday, 17 June 2019 at 2.00 pm Council Chamber - Bodlondeb AGENDA 1. Appointment of Chair

2. Appointment of Vice-Chair

3. Apologies for absence
"""


def test_a_meeting_status_after_the_time_is_no_venue():
    assert meetings_of(HAMPSHIRE) == [("minutes", "Hampshire Police and Crime Panel (Statutory Joint Committee)",
                                       "2021-11-12", "10:00", "Ashburton Hall - HCC")]


def test_agenda_heading_after_the_venue_ends_it():
    assert meetings_of(NORTH_WALES)[0][1:] == ("North Wales Police and Crime Panel", "2019-06-17", "14:00",
                                                "Council Chamber - Bodlondeb")


def test_a_venue_word_in_capitals_other_than_agenda_stays():
    text = NORTH_WALES.replace("Bodlondeb AGENDA 1. Appointment of Chair", "BODLONDEB")
    assert meetings_of(text)[0][4] == "Council Chamber - BODLONDEB"
