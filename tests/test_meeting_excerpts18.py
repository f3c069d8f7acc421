"""Meeting forms, round 18 (/work/wt/audit18-meet18/, bodies not read before): Isle of Anglesey and Wrexham councils,
Thame and Haverfordwest town councils, Dumfries and Galloway's police, fire and rescue committees, Moray Council,
Buckinghamshire & Milton Keynes Fire Authority, Norwich City Council, Dyfed-Powys PCP, Southwark and Witney.  Each
excerpt is quoted from the page named beside it; expected values come from reading it.  Each rule has a test on the
side where it must not fire."""
from meeting_helpers import meetings_of, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


def _rows(text):
    return [(a.status, a.role, a.title, a.name, a.organisation) for a in run(text)["attendance"]]


# Isle of Anglesey County Council, Partnership and Regeneration Scrutiny Committee, 15 July 2025
# (democracy.anglesey.gov.uk ieListDocuments.aspx?CId=481&MeetingId=4425)
ANGLESEY = """Agenda and minutes

Partnership and Regeneration Scrutiny Committee - Tuesday, 15th July, 2025 2.00 pm

A number of council meetings are live-stremed.

All meetings are also uploaded after the event onto the our webcasting site.

Venue: Hybrid Meeting - Committee Room, Council Offices, Llangefni and virtually through ZOOM

Contact: Mrs Mairwen Hughes

Items
No. Item

1.

Apologies

Minutes:

As noted above.
""".replace("live-stremed", "live-streamed")

# Wrexham County Borough Council, Council, 27 September 2017 (moderngov.wrexham.gov.uk ieListDocuments.aspx?CId=128&MId=3721)
WREXHAM = """Agenda, decisions and minutes

Council
Wednesday, 27th September, 2017 4.00 pm

With effect from 1 April 2016 Agenda and Minutes will be available in both Welsh and English. Reports are working documents and produced in English only in accordance with Welsh Language Standard 41 of this Council’s Final Compliance Notice from the Welsh Language Commissioner.

Venue: Council Chamber, Guildhall

Contact: Jane Johnson  Committee Manager
"""


def test_the_labelled_venue_wins_over_a_note_under_the_title():
    # (main's code took the page's note "A number of council meetings are live-streamed" for the venue)
    assert meetings_of(ANGLESEY)[0][4] == "Hybrid Meeting - Committee Room, Council Offices, Llangefni and virtually through ZOOM"


def test_the_labelled_venue_after_a_paragraph():
    assert meetings_of(WREXHAM)[0][1:] == ("Council", "2017-09-27", "16:00", "Council Chamber, Guildhall")


def test_a_venue_under_the_title_is_kept_without_a_label():
    text = ("Cheshire Police and Crime Panel\nFriday, 14th June, 2019 2.00 pm\n\n"
            "Council Chamber, Municipal Buildings, Earle Street, Crewe\n\nContact: Martin Smith\n")
    assert meetings_of(text)[0][4] == "Council Chamber, Municipal Buildings, Earle Street, Crewe"


# Thame Town Council, minutes of 27 April 2021 (thametowncouncil.gov.uk, full council, 27-april-2021-minutes)
THAME = """Minutes of the Meeting of Thame Town Council held on 27 April 2021 at 6:30pm by Zoom Conference Call.

Present: Cllrs B Austin, D Bretherton, P Cowell (Deputy Mayor), M Deacock, A Midwinter (Town Mayor) and T Wyse

1 Apologies for Absence

Apologies were received from Cllr Dodds (personal).
"""
# Haverfordwest Town Council, Full Council 20 September 2017 (fdocuments.us, the minutes' PDF as text)
HAVERFORDWEST = """MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER, PICTON HOUSE, HAVERFORDWEST

PRESENT: Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans
"""


def test_a_mayor_chairs_the_council_and_the_deputy_mayor_is_vice_chairman():
    rows = {r[3]: r for r in _rows(THAME)}
    assert rows["A Midwinter"][:2] == ("present", "chairman") and rows["A Midwinter"][4] is None
    assert rows["P Cowell"][:2] == ("present", "vice_chairman") and rows["P Cowell"][4] is None
    assert rows["M Deacock"][:2] == ("present", "member")
    rows = {r[3]: r for r in _rows(HAVERFORDWEST)}
    assert rows["A Buckfield"][1] == "chairman" and rows["A Buckfield"][4] is None


def test_a_mayor_of_a_place_stays_what_the_bracket_says():
    # "(Mayor of Bedford)" names a post elsewhere, never this meeting's chair
    text = ("Minutes of the meeting of the Bedfordshire Police and Crime Panel held on 4 February 2019 at 10.00 am\n\n"
            "Present: Councillor A Smith (Chairman), Councillor B Jones (Mayor of Bedford)\n")
    rows = {r[3]: r for r in _rows(text)}
    assert rows["A Smith"][1] == "chairman" and rows["B Jones"][1] != "chairman"


# Dumfries and Galloway Council, Police, Fire and Rescue Committee, 31 January 2013 (egenda.dumgal.gov.uk, cmte=PFR&meet=98)
DUMFRIES = """Police, Fire and Rescue Committee Minutes

Date:
Thursday 31 January 2013
Time:
10:30am
Place:
Council Offices, English Street, Dumfries

Attendance Details

Members:
Stephen Thompson (Convener)-Annandale North
Ian Blake (Vice Convener)-Abbey
Jack Groom-Nith
Apologies:
Rob Davidson - Abbey
Marion McCutcheon - Stranraer and North Rhins
John Syme - Mid and Upper Nithsdale
Item Number Item/Description
"""


def test_a_convener_chairs_a_scottish_committee():
    rows = {r[3]: r for r in _rows(DUMFRIES)}
    assert rows["Stephen Thompson"][1:] == ("chairman", None, "Stephen Thompson", None)
    assert rows["Ian Blake"][1:] == ("vice_chairman", None, "Ian Blake", None)


def test_the_ward_after_a_dash_holds_no_more_people():
    # (main's code read "North Rhins" and "Upper Nithsdale" as two more apologies)
    apologies = [r[3] for r in _rows(DUMFRIES) if r[0] == "apologies"]
    assert apologies == ["Rob Davidson", "Marion McCutcheon", "John Syme"]


def test_untitled_names_joined_by_and_are_still_two_people():
    text = ("Minutes of the meeting of the Planning Committee held on 4 February 2019 at 7.00 pm\n\n"
            "Also present:\nDenisa Ahmeti and Louise Williams\n")
    assert [r[3] for r in _rows(text)] == ["Denisa Ahmeti", "Louise Williams"]


# Moray Council, Police and Fire and Rescue Services Committee, 22 August 2019: the notice, flattened by the site
# (docslib.org/doc/1582197)
MORAY = ("Police and Fire and Rescue Services Committee Thursday, 22 August 2019 NOTICE IS HEREBY GIVEN that a Meeting "
         "of the Police and Fire and Rescue Services Committee is to be held at Council Chambers, Council Office, High "
         "Street, Elgin, IV30 1BX on Thursday, 22 August 2019 at 09:30. BUSINESS 1 Sederunt 2 Declaration of Group "
         "Decisions and Members Interests * 3 Resolution Consider, and if so decide, adopt the following resolution: "
         "\"That under Section 50A (4) and (5) of the Local Government (Scotland) Act 1973, as amended, the public and "
         "media representatives be excluded from the meeting for Item 10 of business\" 4 Written Questions **\n")
# Buckinghamshire & Milton Keynes Fire Authority, extraordinary meeting 7 November 2023 (bucksfire.gov.uk publications)
BUCKS = ("An Extraordinary Meeting of the Buckinghamshire & Milton Keynes Fire Authority is being held in Meeting Room 1, "
         "Buckinghamshire Fire and Rescue Service Headquarters, Stocklake, Aylesbury, Buckinghamshire HP20 1BD, on "
         "TUESDAY 7 NOVEMBER 2023 at 3.30PM or at the rising of the Executive Committee. Health and Safety: There will "
         "be limited facilities for members of the public to observe the meeting in person. A recording of the meeting "
         "will be available after the meeting (see link below).\n\nItem 1: Apologies\n")


def test_a_notice_of_a_meeting_that_is_to_be_held():
    assert meetings_of(MORAY) == [("agenda", "Police and Fire and Rescue Services Committee", "2019-08-22", "09:30",
                                   "Council Chambers, Council Office, High Street, Elgin, IV30 1BX")]


def test_a_notice_of_a_meeting_that_is_being_held_up_to_the_sentence_end():
    assert meetings_of(BUCKS) == [("agenda", "Buckinghamshire & Milton Keynes Fire Authority", "2023-11-07", "15:30",
                                   "Meeting Room 1, Buckinghamshire Fire and Rescue Service Headquarters, Stocklake, "
                                   "Aylesbury, Buckinghamshire HP20 1BD")]
    assert run(BUCKS)["meetings"][0].meeting_type == "extraordinary"


def test_a_long_paragraph_about_a_meeting_held_is_no_notice():
    text = ("The Panel noted that a meeting of the Sussex Police and Crime Panel is to be held in public and that a "
            "recording of the meeting on 5 October 2018 would be published. " * 3) + "\n"
    assert meetings_of(text) == []


# Norwich City Council, Planning applications committee, 10 September 2020 (cmis.norwich.gov.uk, Meeting/805)
NORWICH = """Meeting Details

Planning applications committee
10 Sep 2020 - 10:00

Standard Items
1 Apologies

To receive apologies for absence
2 Declarations of interest

(Please note that it is the responsibility of individual members to declare an interest prior to the item if they arrive late for the meeting)
3 pdf Minutes (233Kb)


To approve the accuracy of the minutes

5 Planning applications
"""


def test_a_cmis_link_before_the_title_is_no_part_of_it():
    assert _items(NORWICH)[:3] == [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Minutes")]


# Dyfed Powys Police and Crime Panel, 26 January 2024 (democracy.carmarthenshire.gov.wales, CId=193&MeetingId=7865)
DYFED_POWYS = """Dyfed Powys Police and Crime Panel - Friday, 26th January, 2024 10.30 am

Venue: County Hall - Haverfordwest - Haverfordwest. View directions

Items
No. Item

1.

APOLOGIES FOR ABSENCE AND PERSONAL MATTERS

Minutes:

Apologies for absence were received from Councillor Liz Rijenberg (Powys County Council), Councillor Elizabeth Evans, Ceredigion County Council and Councillor Dot Jones (Carmarthenshire County Council). Apologies were also received from Carys Morgans (Chief of Staff, OPCC).
"""
# Southwark Council, an apologies item (moderngov.southwark.gov.uk mgAi.aspx?ID=55630), under a minutes title
SOUTHWARK = """Minutes of the meeting of the Planning Committee held on 4 February 2019 at 7.00 pm

Apologies

Apologies for absence were received from Councillors Victor Chamberlain and Anood Al-Samerai.  Apologies for absence  were also received from Councillor Helen Dennis, who had recently given birth to a baby girl.  The chair expressed congratulations on behalf of the committee.
"""
# Witney Town Council (democracy.witney-tc.gov.uk mgAi.aspx?ID=3579), under a minutes title
WITNEY = """Minutes of the meeting of the Planning Committee held on 4 February 2019 at 7.00 pm

Apologies for Absence

An apology for absence was received from Councillor J Aitman who was representing the Council at an event in her role as Mayor. Apologies were also received from Councillors O Collins, L Duncan and A McMahon.
"""


def test_every_apologies_sentence_of_a_paragraph():
    assert [r[3] for r in _rows(DYFED_POWYS)] == ["Liz Rijenberg", "Elizabeth Evans", "Dot Jones", "Carys Morgans"]
    assert [r[3] for r in _rows(SOUTHWARK)] == ["Victor Chamberlain", "Anood Al-Samerai", "Helen Dennis"]
    assert [r[3] for r in _rows(WITNEY)] == ["J Aitman", "O Collins", "L Duncan", "A McMahon"]
    assert {r[0] for r in _rows(WITNEY)} == {"apologies"}


def test_a_second_sentence_without_apologies_adds_no_one():
    text = SOUTHWARK.replace("Apologies for absence  were also received from Councillor Helen Dennis",
                             "Councillor Helen Dennis attended")
    assert [r[3] for r in _rows(text) if r[0] == "apologies"] == ["Victor Chamberlain", "Anood Al-Samerai"]


# North Wales Police and Crime Panel, 17 June 2019: the agenda pack flattened into one line by the site (docslib.org,
# doc 3584806); Cumbria Police and Crime Panel, 19 July 2013 (docslib.org, doc 10896945)
NORTH_WALES = ("Public Document Pack North Wales Police and Crime Panel Monday, 17 June 2019 at 2.00 pm Council Chamber - "
               "Bodlondeb AGENDA 1. Appointment of Chair 2. Appointment of Vice-Chair 3. Apologies for absence 4. "
               "Declarations of Interest: Code of Local Government Conduct Members are reminded that they must declare "
               "the existence and nature of their declared personal interests. 5. Urgent matters Notice of items which, "
               "in the opinion of the Chairman, should be considered at the meeting as a matter of urgency.\n")
CUMBRIA = ("Cumbria Police and Crime Panel Friday, 19 July 2013 at 11.00 am Town Hall, Barrow, LA14 2LD NB – Please "
           "note: (a) A pre-meeting for Panel members only will take place at 10.00 am (b) A map showing the location of "
           "the venue and nearby car parks is attached. (c) A training event on confirmatory hearings will take place n "
           "the afternoon following the meeting. AGENDA PART 1: ITEMS LIKELY TO BE CONSIDERED IN THE PRESENCE OF THE "
           "PRESS AND PUBLIC 1 APOLOGIES FOR ABSENCE 2 MEMBERSHIP\n")


def test_a_flattened_front_sheet_is_read_up_to_its_agenda_heading():
    # (main's code read no line longer than 220 characters as a title; the stamp stays out of the body)
    assert meetings_of(NORTH_WALES) == [("agenda", "North Wales Police and Crime Panel", "2019-06-17", "14:00",
                                         "Council Chamber - Bodlondeb")]
    assert meetings_of(CUMBRIA) == [("agenda", "Cumbria Police and Crime Panel", "2013-07-19", "11:00",
                                     "Town Hall, Barrow, LA14 2LD")]


def test_the_stamp_is_no_part_of_a_body():
    text = "Public Document Pack\nAudit Committee\nMonday, 4th February 2019 10.30 a.m.\n\nVenue: Lancaster Town Hall\n"
    assert meetings_of(text)[0][1] == "Audit Committee"
    text = "Public Document Pack Audit Committee Monday, 4th February 2019 10.30 a.m.\n"
    assert meetings_of(text)[0][1] == "Audit Committee"


def test_a_long_dated_paragraph_without_the_heading_is_no_title():
    text = ("Cumbria Police and Crime Panel Friday, 19 July 2013 at 11.00 am was told that the Commissioner had "
            "published his annual report and that the Panel would review it at a later meeting, after the "
            "consultation with the public had closed and the Chief Constable had replied to the questions sent.\n")
    assert meetings_of(text) == []


def test_a_post_after_the_dash_may_be_followed_by_another_person():
    text = DUMFRIES.replace("Rob Davidson - Abbey", "John Smith - Chairman and Mary Jones")
    assert [r[3] for r in _rows(text) if r[0] == "apologies"] == ["John Smith", "Mary Jones", "Marion McCutcheon",
                                                                  "John Syme"]


# The agenda of the same notice (bucksfire.gov.uk, 7 November 2023): "Item N:" with a capital I, the form the
# item pattern's own comment names ("Item 5 Title") but read only in lower case before
BUCKS_AGENDA = BUCKS + ("\nItem 2: Disclosure of Interests\n\nItem 3: Chairman's Announcements\n\nItem 4: Petitions\n\n"
                        "Item 5: Questions\n\nItem 6: Exclusion of Press and Public\n\n"
                        "Item 7: Succession Planning – (to follow)\n")


def test_items_numbered_item_with_a_capital():
    assert _items(BUCKS_AGENDA) == [("1", "Apologies"), ("2", "Disclosure of Interests"),
                                    ("3", "Chairman's Announcements"), ("4", "Petitions"), ("5", "Questions"),
                                    ("6", "Exclusion of Press and Public"), ("7", "Succession Planning – (to follow)")]


def test_item_pattern_reads_item_agenda_item_and_minute_in_either_case():
    from extract.extractors.meetings.patterns import _ITEM

    for line, n, title in [("Item 1: Apologies", "1", "Apologies"), ("item 5 Questions", "5", "Questions"),
                           ("Agenda Item 4 Petitions", "4", "Petitions"), ("Minute 12 Declarations", "12", "Declarations"),
                           ("6. Exclusion of Press and Public", "6", "Exclusion of Press and Public")]:
        m = _ITEM.match(line)
        assert m and m["n"] == n and m["title"] == title, line
    # no number, a plural, a month after the number, a lower-case title: no item
    for line in ["Item: Apologies", "Items 1 to 3 were deferred", "Item 13 November 2018 meeting", "ITEM 3 apologies"]:
        assert not _ITEM.match(line), line
