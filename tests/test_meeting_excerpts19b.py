"""Meeting headers and agenda items, round 19b (/work/wt/audit19-meet19b/: front sheets, summonses and agenda pages of
bodies not read before).  Each excerpt is quoted from the page named beside it; expected values come from reading
it.  Each rule has a test on the side where it must not fire."""
from meeting_helpers import meetings_of, run
from test_meeting_excerpts18 import NORTH_WALES


def _items(text):
    return [(i.number, i.title, i.page_start, i.page_end) for i in run(text)["agenda_items"]]


# West of England Combined Authority Committee, 7 December 2017 (westofengland-ca.gov.uk, the meeting's page)
WECA = """A meeting of the
West of England Combined Authority Committee
will be held on
Date: Thursday 7 December 2017
Time: 9.30am
Place: City Hall, Bristol City Council, College Green, Bristol, BS1 5TR
1 EVACUATION PROCEDURE
In the event of a fire, please await direction from the Bristol City Council staff who will help assist with the evacuation.
2. APOLOGIES FOR ABSENCE
To receive apologies for absence from Members.
3. DECLARATIONS OF INTEREST UNDER THE LOCALISM ACT 2011
"""


def test_a_notice_over_several_lines_takes_the_rows_under_it():
    # (main's code read the date from the notice and left the time and place rows unread)
    assert meetings_of(WECA) == [("agenda", "West of England Combined Authority Committee", "2017-12-07", "09:30",
                                  "City Hall, Bristol City Council, College Green, Bristol, BS1 5TR")]
    assert [i[0] for i in _items(WECA)] == ["1", "2", "3"]


def test_a_notice_with_its_date_in_the_sentence_keeps_it():
    text = ("A meeting of the West of England Combined Authority Committee will be held on Thursday 7 December 2017 at "
            "9.30am in City Hall, Bristol.\nContact: Democratic Services\n")
    assert meetings_of(text) == [("agenda", "West of England Combined Authority Committee", "2017-12-07", "09:30",
                                  "City Hall, Bristol")]
    # a lead-in with no dated row under it is no meeting
    assert meetings_of("A meeting of the\nWest of England Combined Authority Committee\nwill be held on\n"
                       "Contact: Democratic Services\n") == []


# Devon and Cornwall Police Authority, Full Authority Meeting, 11 December 2009 (archives.dcpa.police.uk)
DCPA = """Full Authority Meeting

Friday 11 December 2009

A meeting of the Devon and Cornwall Police Authority will be held on Friday 11th December 2009, at 10:00hrs in the Amenity suite, Police Headquarters, Middlemoor, Exeter to which you are requested to attend, to consider the items as detailed on the Agenda given below.

Meeting Agenda

  1. Apologies for Absence
  2. Declarations of Interest
"""


def test_the_invitation_after_the_venue_is_no_part_of_it():
    # (main's code kept "to which you are requested to attend" in the place)
    assert meetings_of(DCPA) == [("agenda", "Devon and Cornwall Police Authority", "2009-12-11", "10:00",
                                  "Amenity suite, Police Headquarters, Middlemoor, Exeter")]
    # a venue naming a way "to" somewhere keeps it
    text = ("A meeting of the Devon and Cornwall Police Authority will be held on Friday 11th December 2009 at 10:00hrs "
            "in the Annexe next to the Police Headquarters, Middlemoor, Exeter.\n")
    assert meetings_of(text)[0][4] == "Annexe next to the Police Headquarters, Middlemoor, Exeter"


# Metropolitan Police Authority, Co-ordination and Policing Committee, 21 July 2003 (policeauthority.org archive)
MPA = """Agenda

Co-ordination and Policing Committee
21 July 2003
11.30am
10 Dean Farrar Street, London SW1H 0NY

Part 1

Items to be considered while the press and public are present

  1. Apologies for absence
  2. To receive any declarations of interests from members of the Committee.
  3. Minutes: 20 June 2003
  4. Community safety accreditation scheme
  5. MPA staff posts – pay review
"""


def test_an_address_opening_with_its_house_number_is_the_venue_not_an_item():
    # (main's code read "10 Dean Farrar Street, London SW1H 0NY" as item 10, and so no item 1 to 5)
    assert meetings_of(MPA) == [("agenda", "Co-ordination and Policing Committee", "2003-07-21", "11:30",
                                 "10 Dean Farrar Street, London SW1H 0NY")]
    assert [i[:2] for i in _items(MPA)] == [
        ("1", "Apologies for absence"), ("2", "To receive any declarations of interests from members of the Committee"),
        ("3", "Minutes: 20 June 2003"), ("4", "Community safety accreditation scheme"),
        ("5", "MPA staff posts – pay review")]
    # Royal Berkshire Fire Authority's office address (vdocuments.us, agenda of 25 September 2013) is no item either
    text = MPA.replace("Part 1", "For further information regarding this meeting, please contact: Committee Team\n"
                       "103 Dee Road, Tilehurst, Reading, Berkshire, RG30 4FS")
    assert [i[0] for i in _items(text)] == ["1", "2", "3", "4", "5"]


def test_a_numbered_title_naming_a_street_without_a_postcode_is_an_item():
    text = MPA.replace("  5. MPA staff posts – pay review", "  5. Dean Farrar Street, London: lease renewal")
    assert _items(text)[-1][:2] == ("5", "Dean Farrar Street, London: lease renewal")


# Royal Berkshire Fire Authority, agenda of 25 September 2013 (vdocuments.us)
RBFA = """Agenda

for the Meeting

of the

Royal Berkshire Fire Authority

Wednesday 25 September 2013



Council Chamber Wokingham Borough Council
"""


def test_agenda_for_the_meeting_of_names_the_body():
    # (main's code found no meeting: "Agenda for the Meeting of ..." named no body)
    got = meetings_of(RBFA)
    assert [(m[0], m[1], m[2]) for m in got] == [("agenda", "Royal Berkshire Fire Authority", "2013-09-25")]
    # "Agenda for" a thing that is no meeting of a body names none
    assert meetings_of("Agenda for the Day\n\nWednesday 25 September 2013\n") == []


# Dyfed Powys Police and Crime Panel, 26 January 2024 (democracy.carmarthenshire.gov.wales, CId=193&MeetingId=7865)
DYFED_POWYS = """Dyfed Powys Police and Crime Panel - Friday, 26th January, 2024 10.30 am

Venue: County Hall - Haverfordwest - Haverfordwest. View directions

Items
No. Item

4.

MATTERS ARISING FROM THE MINUTES (IF ANY)

Minutes:

27th October 2023 - minute item 6 – in response to a query, the Commissioner informed that the Open Door event at the Police Headquarters was a success.

5.

2024-2025 POLICE PRECEPT pdf icon PDF 88 KB

Additional documents:

Minutes:

[NOTE: Councillor S. Hancock had earlier declared an interest in this item.]
"""


def test_a_title_opening_with_its_year_range_is_an_item():
    # (main's code read no title opening with a digit but a report's reference)
    assert [i[:2] for i in _items(DYFED_POWYS)] == [("4", "MATTERS ARISING FROM THE MINUTES (IF ANY)"),
                                                    ("5", "2024-2025 POLICE PRECEPT")]
    # a year alone is no range: "2024 POLICE PRECEPT" may be a date's end, no title is read
    text = DYFED_POWYS.replace("2024-2025 POLICE PRECEPT", "2024 POLICE PRECEPT")
    assert "5" not in [i[0] for i in _items(text)]


# Sussex Police and Crime Panel, 29 January 2021: the agenda pack flattened into one line by the site (docslib.org,
# doc 3958116)
SUSSEX = ("Public Document Pack Sussex Police and Crime Panel Members are hereby requested to attend a virtual meeting of "
          "the Sussex Police and Crime Panel to be held at 10.30 am on Friday, 29 January 2021. Note: In accordance with "
          "regulations in response to the current public health emergency, this meeting will be held virtually with members "
          "in remote attendance. Public access is via webcasting. The meeting will be available to watch live via the "
          "Internet at this address: http://www.eastsussex.public-i.tv/core/ Tony Kershaw Clerk to the Police and Crime "
          "Panel 21 January 2021 Agenda 10.30 am 1. Declarations of Interest (Pages 5 - 6) Declarations of interest, in "
          "relation to any item, should be made by members at the start of the meeting. If not, members should "
          "confirm/re-confirm their interests at the beginning of an item. Interests usually/previously declared are "
          "included in the table attached. 10.35 am 2. Minutes of the Previous Meeting (Pages 7 - 20) To confirm the "
          "minutes of the previous meeting on 25 September 2020 (cream paper). 10.40 am 3. Urgent Matters Items not on the "
          "agenda which the Chairman of the meeting is of the opinion should be considered as a matter of urgency. 10.40 am "
          "4. Public and Panel Questions to the Commissioner and Panel (Pages 21 - 24) Written questions may be submitted "
          "by members of the public up to two weeks in advance of a meeting.\n")


def test_hereby_requested_to_attend_is_a_summons():
    # (main's code read "hereby summoned" only, and no summons run on into a flattened page)
    assert meetings_of(SUSSEX) == [("agenda", "Sussex Police and Crime Panel", "2021-01-29", "10:30", None)]
    # a request to attend something that is no dated meeting of a body is none
    assert meetings_of("Members are hereby requested to attend a training session on the new Code of Conduct.\n") == []


def test_the_items_of_a_flattened_agenda_are_read_up_to_a_title_run_into_its_purpose():
    # items 1 and 2 end at their page ranges; item 3's title runs into its purpose with no page range, so where it
    # ends is unknown: no item 3, nor any after it (never "Urgent Matters Items not on the agenda which ...")
    assert _items(SUSSEX) == [("1", "Declarations of Interest", 5, 6), ("2", "Minutes of the Previous Meeting", 7, 20)]
    # North Wales PCP's flattened front sheet (round 18): its short items, and item 4 cut at its colon
    assert [i[:2] for i in _items(NORTH_WALES)] == [("1", "Appointment of Chair"), ("2", "Appointment of Vice-Chair"),
                                                    ("3", "Apologies for absence"), ("4", "Declarations of Interest")]


def test_a_flattened_page_without_a_run_of_items_after_its_heading_is_not_cut():
    text = NORTH_WALES.split(" 2. Appointment")[0] + " and the minutes of the last meeting, which will follow.\n"
    assert meetings_of(text) == [("agenda", "North Wales Police and Crime Panel", "2019-06-17", "14:00",
                                  "Council Chamber - Bodlondeb")]
    assert _items(text) == []


# West Midlands Combined Authority Board, 8 November 2019: the agenda pack's front sheet flattened into one line by the
# site (docslib.org, doc 6933229)
WMCA = ("Public Document Pack WMCA Board Date: Friday 8 November 2019 Time: 11.00 am Public meeting Yes Venue: Council "
        "Chamber, Council House, Birmingham City Council, Victoria Square, Birmingham, B1 1BB Membership Constituent "
        "Members Appointing Authority Andy Street (Chair) Mayor of the West Midlands Combined Authority Councillor Bob "
        "Sleigh (Vice-Chair) Solihull Metropolitan Borough Council\n")


def test_a_long_venue_row_ends_at_its_postcode():
    # (main's code ran the membership list on into the venue)
    assert meetings_of(WMCA) == [("agenda", "WMCA Board", "2019-11-08", "11:00",
                                  "Council Chamber, Council House, Birmingham City Council, Victoria Square, Birmingham, "
                                  "B1 1BB")]
    # a short venue row is kept whole, what follows its postcode too
    text = "WMCA Board\nDate: Friday 8 November 2019\nTime: 11.00 am\nVenue: Room 116, 16 Summer Lane, B19 3SD (ground floor)\n"
    assert meetings_of(text)[0][4] == "Room 116, 16 Summer Lane, B19 3SD (ground floor)"
