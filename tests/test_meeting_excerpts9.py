"""Meeting forms, round 9 (/work/wt/audit13-meet13/sources.md): substitutes, an abbreviated title in an
apologies sentence, a summons after a title and the Act it is called under, and a PDF text layer's split
drop caps at numbered minutes.  Each excerpt is quoted from the page or paper named beside it (a heading
line is added where the page printed the meeting apart from the excerpt); expected values come from
reading it.  Every rule has a test on the side where it must not fire."""
from extract.extractors import meetings
from extract.loaders import load_text
from meeting_helpers import meetings_of, run

# --- "Cllr." before a name in an apologies sentence; the substitute named after "with" (Bromsgrove DC) -------

BROMSGROVE = """Minutes of the Overview and Scrutiny Board held on Monday 2 December 2019 at 6.00 pm in the Parkside Suite

58. Apologies for Absence and Named Substitutes

Apologies were received from Cllr. P. McDonald with Cllr S. Douglas attending as his substitute.

Members discussed the number of substitutes allowed over each municipal year at Overview and Scrutiny Board.
"""


def _rows(text):
    return [(a.status, a.title, a.name, a.note) for a in run(text)["attendance"]]


def test_abbreviated_title_does_not_end_the_apologies_sentence():
    assert ("apologies", "Cllr.", "P. McDonald", None) in _rows(BROMSGROVE)


def test_substitute_after_with_attending_as_his_substitute():
    assert ("substitute", "Cllr", "S. Douglas", "substitute for Cllr. P. McDonald") in _rows(BROMSGROVE)
    assert not [r for r in _rows(BROMSGROVE) if r[0] == "apologies" and "Douglas" in r[2]]


def test_sentence_stop_after_a_name_still_ends_the_apologies():
    # (West Lancashire BC, Council 5 April 2023: the sentence after the names is not read as names)
    text = ("Minutes of the Council held on Wednesday 5 April 2023 at 7.30 pm in the Council Chamber\n\n"
            "92. Apologies\n\nApologies for absence were received from Councillors Gregson, Hirrell, O'Neill, Marshall "
            "and Witter. The Mayor advised that Amy Nelson, who had received the Rotary Junior Award, was in "
            "attendance at the meeting.\n")
    got = [r[2] for r in _rows(text) if r[0] == "apologies"]
    assert got == ["Gregson", "Hirrell", "O'Neill", "Marshall", "Witter"]


# --- a list of substitutions under a sentence saying so (Epping Forest DC, Overview & Scrutiny 28 January 2020) ---

EPPING = """Overview & Scrutiny Committee - Tuesday 28th January 2020 7.30 pm

Venue: Council Chamber, Civic Offices, High Street, Epping

50.

SUBSTITUTE MEMBERS

(Democratic Services Manager) To report the appointment of any substitute members for the meeting.

Minutes:

The Committee noted that the following substitutions had been made:

(i)       Cllr D Stocker for Cllr I Hadley; and

(ii)      Cllr J Share-Bernia for Cllr G Mohindra.

51.

MINUTES

Resolved:

(1)      That the minutes of the meeting held on 19 November 2019 be taken as read and signed by the Chairman as a correct record.
"""


def test_substitutions_listed_as_x_for_y():
    got = [r for r in _rows(EPPING) if r[0] == "substitute"]
    assert got == [("substitute", "Cllr", "D Stocker", "substitute for Cllr I Hadley"),
                   ("substitute", "Cllr", "J Share-Bernia", "substitute for Cllr G Mohindra")]


def test_x_for_y_without_a_substitutions_line_is_no_substitute():
    text = EPPING.replace("The Committee noted that the following substitutions had been made:",
                          "The Committee noted the following:").replace("SUBSTITUTE MEMBERS", "MEMBERS")
    text = text.replace("To report the appointment of any substitute members for the meeting.", "To note.")
    assert not [r for r in _rows(text) if r[0] == "substitute"]


# --- "(substitute for Councillor Y)" in a list of those present: written in the form the brief names (no published
# excerpt to hand; the Hertfordshire PCP list of 25 October 2012 prints "Cllr A Franey (substitute)", the same
# bracket without the absent member's name); the bracket's title opens no name of its own ----------------------

def test_substitute_for_bracket_in_present_list():
    text = ("Minutes of the Police and Crime Panel held on Thursday 25 October 2012 at 2.00 pm at Wallfields, Hertford\n\n"
            "Present: Cllr M Alexander, Cllr A Franey (substitute for Councillor R Henry), Cllr J Dean\n")
    r = run(text)
    got = [(a.status, a.role, a.name, a.note) for a in r["attendance"]]
    assert got == [("present", "member", "M Alexander", None),
                   ("present", "substitute", "A Franey", "substitute for Councillor R Henry"),
                   ("present", "member", "J Dean", None)]


# --- a summons after a title and the Act it is called under (Trimdon Foundry PC, 12 September 2017) ------------

TRIMDON = """Agenda for meeting scheduled for Tuesday 12th September 2017

In accordance with Paragraph 7 & 10 (2)(b) of Schedule 12a of the Local Government Act 1972 You are hereby summoned to attend a meeting of the Trimdon Foundry Parish Council at May Crescent Community House on Tuesday 12th September 2017 at 7.30pm.

Members of the Public and Press are welcome to attend

1)      To accept apologies for absence
"""


def test_summons_after_title_and_act():
    assert meetings_of(TRIMDON) == [("agenda", "Trimdon Foundry Parish Council", "2017-09-12", "19:30",
                                     "May Crescent Community House")]


def test_long_paragraph_without_summons_is_no_meeting():
    text = TRIMDON.replace("You are hereby summoned to attend", "Members will recall the decision to hold")
    assert meetings_of(text) == []


# --- split drop caps at numbered minutes, and the "(Item N)" after a minute's title (Kent CC minutes as text) ----

KENT = """MINUTES of a meeting of the County Council held in the Council Chamber,
Sessions House, County Hall, Maidstone on Thursday, 13 March 2025.
UNRESTRICTED ITEMS
292. A pologies for Absence
(Item 1)
The Democratic Services Manager reported apologies from Mr Bond, Mrs
Bruneau, Mr Campkin, Mr Collor, Mrs Hudson, Mrs McArthur and Mr McInroy.
293. D eclarations of Disclosable Pecuniary Interests or Other Significant
Interests in items on the agenda
(Item 2)
There were no declarations of interest.
Later in the meeting Mr Sole declared an interest under Item 16 - Pay Policy
Statement 2025/26 - that a family member worked for KCC.
294. M inutes of the meeting held on 13 February 2025 and, if in order, to be
approved as a correct record
(Item 3)

RESOLVED that the minutes of the Council meeting held on 13 February 2025
be approved as a correct record.
295. C orporate Parenting Panel - October 2024 and December 2024 Minutes
for noting
(Item 4)
RESOLVED that the minutes of the Corporate Parenting Panel meetings held on
29 October 2024 and 10 December 2024 be noted.
296. C hairman's Announcements
(Item 5)
1) With great sadness the Chairman informed Members of the death of Mr
Charlie Simkins, Mr Matthew Balfour, Mr John Spence and Mr Roy Bullock.
"""


def test_drop_caps_joined_at_numbered_lines():
    blocks = [b.text for b in load_text("kent.txt", KENT).blocks]
    assert "292. Apologies for Absence" in blocks
    assert "296. Chairman's Announcements" in blocks


def test_minutes_read_as_items_with_their_decisions():
    r = meetings.extract(load_text("kent.txt", KENT))
    items = [(a.number, a.title) for a in r["agenda_items"]]
    assert items[:2] == [("292", "Apologies for Absence"),
                         ("293", "Declarations of Disclosable Pecuniary Interests or Other Significant "
                                 "Interests in items on the agenda")]
    assert ("295", "Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting") in items
    assert ("296", "Chairman's Announcements") in items
    dec = {d.item_number: d.decision for d in r["decisions"]}
    assert dec["294"] == "that the minutes of the Council meeting held on 13 February 2025 be approved as a correct record."


def test_a_alone_is_no_drop_cap_without_another():
    # (Wiltshire PCC performance report: numbered paragraphs open with the word "A")
    text = ("10. A full download of crime data by forces including year on year change can be accessed on the ONS website.\n\n"
            "75. A continuous improvement review of Special Constabulary has been completed.\n")
    blocks = [b.text for b in load_text("w.txt", text).blocks]
    assert blocks[0].startswith("10. A full download")
    assert blocks[1].startswith("75. A continuous")


def test_word_after_single_capital_is_kept():
    # a capital alone before a small word is a label, not a drop cap ("B and" never becomes "Band")
    text = "3. B and C options were considered by the Panel.\n\n4. D eclarations of Interest\n"
    blocks = [b.text for b in load_text("x.txt", text).blocks]
    assert blocks[0].startswith("3. B and C options")
    assert blocks[1] == "4. Declarations of Interest"


# --- posts read as people: "PCC Link Officer" (Haverfordwest TC prints "Mr D Thomas, PCC Link Officer"), the
# "Mayor's Chaplain" the brief names: neither is a person's name ------------------------------------------------

def test_pcc_link_officer_is_the_post_of_the_name_before_it():
    from extract.extractors.meetings.names import _parse_list
    got = [(p.title, p.name, p.org) for p in _parse_list("Mr D Thomas, PCC Link Officer", set())]
    assert got == [("Mr", "D Thomas", "PCC Link Officer")]


def test_pcc_before_a_name_is_still_a_title():
    from extract.extractors.meetings.names import _parse_list
    got = [(p.title, p.name) for p in _parse_list("PCC Katy Bourne, Mr Mark Streater", set())]
    assert got == [("PCC", "Katy Bourne"), ("Mr", "Mark Streater")]


def test_mayors_chaplain_is_no_attendee():
    text = ("Minutes of the Town Council meeting held on Monday 4 March 2019 at 7pm in the Council Chamber, Guildhall\n\n"
            "Present: Cllr A Smith (Mayor), Cllr B Jones, Mayor's Chaplain\n\n1. Apologies\n\nNone.\n")
    assert [(a.title, a.name) for a in run(text)["attendance"]] == [("Cllr", "A Smith"), ("Cllr", "B Jones")]


def test_wrapped_title_before_a_blank_line_and_the_item_reference():
    # (Kent CC minutes of 9 January 2025 as text: the reference printed after a blank line)
    text = ("MINUTES of a meeting of the County Council held in the Council Chamber,\n"
            "Sessions House, County Hall, Maidstone on Thursday, 9 January 2025.\n"
            "283. A pologies for Absence\n(Item 1)\n"
            "Ms Grehan had given her formal apologies but was attending the meeting\nvirtually.\n"
            "284. D eclarations of Disclosable Pecuniary Interests or Other Significant\n"
            "Interests in items on the agenda\n\n(Item 2)\n"
            "Members who were district or borough councillors declared an interest.\n"
            "285. E nglish Devolution White Paper\n(Item 3)\n")
    items = [(a.number, a.title) for a in run(text)["agenda_items"]]
    assert items == [("283", "Apologies for Absence"),
                     ("284", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in "
                             "items on the agenda"),
                     ("285", "English Devolution White Paper")]


def test_drop_cap_join_needs_a_heading_line():
    # (review: in a text that shows the split, "288. A report was received" and "289. I welcomed ..." are
    # words, and a numbered sentence ending in a full stop is no heading: "E coli" stays two words)
    text = ("286. A pologies for Absence\n\n287. D eclarations of Interest\n\n288. A report was received\n\n"
            "289. I welcomed the members\n\n290. C hairman's Announcements\n\n"
            "291. E coli bacteraemia cases rose by 5%.\n")
    blocks = [b.text for b in load_text("x.txt", text).blocks]
    assert blocks == ["286. Apologies for Absence", "287. Declarations of Interest", "288. A report was received",
                      "289. I welcomed the members", "290. Chairman's Announcements",
                      "291. E coli bacteraemia cases rose by 5%."]


def test_a_short_minute_heading_does_not_take_the_minute_s_first_sentence():
    # (review) "(Item 5)" in the first sentence of the minute: the heading "5. Budget Monitoring" is whole
    text = ("CABINET\n\nMinutes of the meeting held on 30 January 2025\n\n5. Budget Monitoring\n\n"
            "The Cabinet received the quarterly monitoring report (Item 5) and noted the forecast.\n")
    items = [(a.number, a.title) for a in meetings.extract(load_text("k.txt", text))["agenda_items"]]
    assert ("5", "Budget Monitoring") in items


def test_an_officer_s_abbreviated_title_does_not_end_the_apologies_sentence():
    # (review: the titles names._HON abbreviates, "Insp." as well as "Cllr.")
    text = ("PARISH COUNCIL\n\nMinutes of the meeting held on 12 March 2024\n\n"
            "Apologies for absence were received from Cllr. P. Smith and Insp. Jones. The Chairman opened the meeting.\n")
    got = [(a.status, a.title, a.name) for a in meetings.extract(load_text("x.txt", text))["attendance"]]
    assert got == [("apologies", "Cllr.", "P. Smith"), ("apologies", "Insp.", "Jones")]
