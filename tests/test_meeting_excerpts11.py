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


# --- named votes on a page with no meeting header (Slough BC, agenda item "Minutes - 19th May, 2011 and 23rd June
# 2011"; the page's empty lines hold a space, so a text loader runs each count on into the next label) -----------

SLOUGH = """Agenda item

Minutes - 19th May, 2011 and 23rd June 2011

Minutes:

It was moved by Councillor Stokes,

Seconded by Councillor Haines,

 
The Mayor put the Minutes to the Council and following a vote the Minutes were declared as an accurate record by 24 votes, to 10 votes, with 1 abstention.

 
There voted for the Minutes being a correct record:

 
Councillors Anderson, Bains, Carter, S Chaudhry, Chohan, Dar, Davis, A S Dhaliwal, S K Dhaliwal, Dodds, Grewal, M S Mann, Matloob, Minhas, Munawar, Pantelic, Parmar, Plenty, Qureshi, Rasib, Sharif, Small, Sohal, Walsh ............................................................................................................  24

 
There voted against the Minutes being  a correct record:

 
Councillors Basharat, Buchanan, Coad, Dale-Gough, Haines, Plimmer, Smith, Stokes, Strutton and A S Wright .......................................................................................................................  10

 
There abstained from voting:

 
Councillor Long ..........................................................................................................  1

 
Resolved  -  That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011 and 23rd June, 2011 be  approved as a correct record and signed by the Mayor. 

Supporting documents:
"""


def test_named_votes_on_a_page_without_a_meeting_header():
    r = run(SLOUGH)
    assert [(m.kind, m.body, m.date) for m in r["meetings"]] == [("minutes", None, None)]
    (d,) = r["decisions"]
    assert d.decision.startswith("That the Minutes of the proceedings of the Council at its meetings held on 19th May")
    assert (d.votes_for, d.votes_against, d.votes_abstain) == (24, 10, 1)
    votes = [(v.vote, v.name) for v in r["votes"]]
    assert len(votes) == 35
    assert votes[0] == ("for", "Anderson") and votes[23] == ("for", "Walsh")
    assert ("for", "A S Dhaliwal") in votes and ("against", "A S Wright") in votes and ("against", "Dale-Gough") in votes
    assert votes[-1] == ("abstain", "Long")


def test_a_page_with_vote_counts_but_no_named_lists_gives_no_meeting():
    text = SLOUGH.split("There voted for")[0]
    assert run(text)["meetings"] == []


def test_names_whose_count_differs_from_the_printed_count_are_not_kept():
    # (24 printed after 23 names: which name was lost is unknown, so no name is kept for that list)
    text = SLOUGH.replace("Sohal, Walsh ...", "Walsh ...")
    votes = [(v.vote, v.name) for v in run(text)["votes"]]
    assert not [v for v in votes if v[0] == "for"] and ("against", "Haines") in votes


# --- "Apologies were received from:" over bullets, no numbered apologies item (Hampshire PCP, 12 November 2021 and
# 26 January 2018) --------------------------------------------------------------------------------------------------

HAMPSHIRE_APOLOGIES = HAMPSHIRE + """

No. Item


Apologies for Absence


Apologies were received from:

  • Councillor Andrew Joy, Hampshire County Council


The Chairman also noted that Mark Steele had recently resigned from New Forest District Council and therefore was no longer a Member of the Panel.
"""

HAMPSHIRE_2018 = HAMPSHIRE.replace("Friday, 12th November, 2021 10.00 am, MOVED", "Friday, 26th January, 2018 10.00 am") + """
Apologies for Absence


Apologies were received from:

  • Councillor Ken Carter, East Hampshire District Council. Councillor Alan Waterhouse was in attendance as his deputy, but did not have a vote.
  • Councillor Reg Barry, Additional Local Authority Co-opted Member
"""


def test_apologies_bullets_under_a_received_from_line():
    assert ("apologies", "Councillor", "Andrew Joy", None, "Hampshire County Council") in _rows(HAMPSHIRE_APOLOGIES)
    assert "Mark Steele" not in [r[2] for r in _rows(HAMPSHIRE_APOLOGIES)]


def test_an_apologies_bullet_is_read_to_its_first_sentence_end():
    rows = _rows(HAMPSHIRE_2018)
    assert ("apologies", "Councillor", "Ken Carter", None, "East Hampshire District Council") in rows
    assert ("apologies", "Councillor", "Reg Barry", None, "Additional Local Authority Co-opted Member") in rows
    assert "Alan Waterhouse" not in [r[2] for r in rows if r[0] == "apologies"]


def test_bullets_under_another_line_are_no_apologies():
    text = HAMPSHIRE_APOLOGIES.replace("Apologies for Absence\n\n\nApologies were received from:",
                                       "Welcome\n\n\nThe Panel welcomed:")
    assert not [r for r in _rows(text) if r[0] == "apologies"]


# --- "It was proposed by X that ... . This was seconded by Y and agreed by all members." (Helpringham PC, Annual
# Parish Meeting 9 May 2018) ------------------------------------------------------------------------------------------

HELPRINGHAM = """ANNUAL PARISH MEETING
Minutes of the Annual Parish Meeting held on Wednesday 9 May, 2018
Present: Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell, M Robinson, Cllr R Spencer and the Clerk – Adrian Illingworth

5. Personal Representation (18/03)

No members of the public present.

As there was no further business Cllr Hotchkin closed the meeting at 7.20pm. It was proposed by Cllr Robinson that should members of the public show, and they had topics to raise, the Parish Council meeting be suspended to allow them to speak. This was seconded by the Chairman and agreed by all members.
"""


def test_the_proposal_s_clause_is_what_all_members_agreed():
    decs = [(d.decision, d.proposer, d.seconder) for d in run(HELPRINGHAM)["decisions"]]
    assert decs == [("that should members of the public show, and they had topics to raise, the Parish Council "
                     "meeting be suspended to allow them to speak", "M Robinson", "the Chairman")]


def test_agreed_by_all_members_alone_is_no_decision_text():
    text = HELPRINGHAM.replace("It was proposed by Cllr Robinson that should members of the public show, and they had "
                               "topics to raise, the Parish Council meeting be suspended to allow them to speak. This "
                               "was seconded", "It was proposed by Cllr Robinson, seconded")
    assert [d.decision for d in run(text)["decisions"]] == []


# --- a motion moved with its own words, then resolved in nearly the same words; an issue page's unnumbered title
# (Maldon DC, Statutory Annual Council 10 May 2018; New Forest DC, Council 15 April 2019, its paragraphs apart) -------

MALDON = """Issue - meetings

To elect the Chairman of the Maldon District Council for the ensuing Municipal Year.

Meeting: 10/05/2018 - Statutory Annual Council (Item 8)

Election of Chairman

To elect the Chairman of the Maldon District Council for the ensuing Municipal Year.

Minutes:

It was proposed by Councillor P G L Elliott and seconded by Councillor R G Boyce that Councillor H M Bass be re-elected as Chairman of the Maldon District Council for the ensuing Municipal Year.

There being no further nominations it was:

RESOLVED that Councillor H M Bass be re-elected Chairman of the Maldon District Council for the ensuing Municipal Year.
"""

NEW_FOREST = """Issue - meetings

Nominations for the Offices of Chairman and Vice-Chairman of the Council

Meeting: 15/04/2019 - Council (Item 74)

Nominations for the Offices of Chairman and Vice-Chairman of the Council

To consider and make recommendations to the Council on 20 May 2019 for
election/appointment to the offices of Chairman and Vice-Chairman of the Council
for the following municipal year.

Minutes:
RESOLVED:
That Cllr Glass be nominated as Chairman and Cllr L Harris as Vice-Chairman of the Council for the following municipal year.
"""


def test_motion_resolved_in_its_own_words_is_one_decision_with_its_mover():
    decs = [(d.item_number, d.decision, d.proposer, d.seconder) for d in run(MALDON)["decisions"]]
    assert decs == [("8", "that Councillor H M Bass be re-elected Chairman of the Maldon District Council for the "
                          "ensuing Municipal Year.", "P G L Elliott", "R G Boyce")]


def test_motion_and_a_different_resolution_stay_two():
    text = MALDON.replace("RESOLVED that Councillor H M Bass be re-elected Chairman of the Maldon District Council for "
                          "the ensuing Municipal Year.", "RESOLVED that the Council thank the outgoing Chairman.")
    assert len(run(text)["decisions"]) == 2


def test_issue_page_item_title_unnumbered_under_the_meeting_line():
    assert _items(MALDON) == [("8", "Election of Chairman")]
    assert _items(NEW_FOREST) == [("74", "Nominations for the Offices of Chairman and Vice-Chairman of the Council")]



def test_issue_page_text_run_on_after_the_meeting_line_is_no_title():
    # (Woking BC's issue page: the minute's first sentence a loader ran on after "(Item 10)" is no item's title)
    text = NEW_FOREST.replace("(Item 74)\n\nNominations for the Offices of Chairman and Vice-Chairman of the Council\n",
                              "(Item 74) Eugene Walker introduced the item, noting that there was an overspend.\n")
    assert _items(text) == []


# --- present and sending apologies to one meeting: the page lost the label of the absent members' list (Saxilby
# with Ingleby PC, 4 November 2020) ------------------------------------------------------------------------------------

SAXILBY_LISTS = SAXILBY.replace("In Attendance:", """Members Present:
Cllrs Broxholme, Crump, Hewes, Hillman, Hughes, Ives, Stafford (Chairman), I Willox and J Willox

Cllrs Ashton Derry, Bell, Cavill, Cotton and Spurr

In Attendance:""")


def test_apologies_minute_stands_over_a_present_list_that_lost_its_label():
    rows = _rows(SAXILBY_LISTS)
    assert [r[2] for r in rows if r[0] == "apologies"] == ["Ashton Derry", "Bell", "Cavill", "Cotton", "Spurr"]
    present = [r[2] for r in rows if r[0] == "present"]
    assert present == ["Broxholme", "Crump", "Hewes", "Hillman", "Hughes", "Ives", "Stafford", "I Willox", "J Willox"]
    notes = [a.note for a in run(SAXILBY_LISTS)["attendance"] if a.status == "apologies"]
    assert notes == ["also listed as present"] * 5


def test_apologies_from_others_leave_those_present():
    text = SAXILBY_LISTS.replace("received from Cllrs Ashton Derry, Bell, Cavill, Cotton, Spurr,", "received from Cllr Newton,")
    rows = _rows(text)
    assert [r[2] for r in rows if r[0] == "apologies"] == ["Newton"]
    assert "Spurr" in [r[2] for r in rows if r[0] == "present"]
