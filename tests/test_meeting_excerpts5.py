"""Meeting forms, round 5 (/work/wt/audit9-auditm5/sources.md and the earlier audit texts).  Each
excerpt is written for the test in the form the page printed; expected values come from reading it.
Every rule has a test on the side where it must not fire."""
from extract.loaders import load_text
from meeting_helpers import people as _people, run as _run


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


# --- a title printed once over "initials surname council" lines (North Wales FRA) ------------------

TITLE_OVER_LINES = """Minutes of the meeting of North Wales Fire and Rescue Authority held on Monday 16 December 2019 at Conwy County Borough Council Chamber, Bodlondeb, Conwy.

PRESENT

Councillor 
P Lewis (Chair) Conwy County Borough Council
B Apsley Wrexham County Borough Council
M Ll Davies Denbighshire County Council
J B Hughes Gwynedd Council
S Lloyd-Williams Conwy County Borough Council

Also present:

S A Smith (Chief Fire Officer and Chief Executive); C Everett (Clerk and Monitoring Officer to the Authority).

APOLOGIES

Councillor 
B Blakeley Denbighshire County Council
A I Dunbar Flintshire County Council

1 DECLARATIONS OF INTEREST

1.1 There were no declarations of interest.
"""


def test_a_title_printed_once_heads_every_line_of_the_list():
    got = _people(TITLE_OVER_LINES)
    assert [p for p in got if p[0] == "present"] == [
        ("present", "Councillor", "P Lewis", "Conwy County Borough Council"),
        ("present", "Councillor", "B Apsley", "Wrexham County Borough Council"),
        ("present", "Councillor", "M Ll Davies", "Denbighshire County Council"),
        ("present", "Councillor", "J B Hughes", "Gwynedd Council"),
        ("present", "Councillor", "S Lloyd-Williams", "Conwy County Borough Council")]
    assert [p for p in got if p[0] == "apologies"] == [
        ("apologies", "Councillor", "B Blakeley", "Denbighshire County Council"),
        ("apologies", "Councillor", "A I Dunbar", "Flintshire County Council")]
    assert [(p[2], p[3]) for p in got if p[0] == "also_present"] == [
        ("S A Smith", "Chief Fire Officer and Chief Executive"),
        ("C Everett", "Clerk and Monitoring Officer to the Authority")]


def test_a_title_alone_on_its_line_heads_the_list_below():
    text = TITLE_OVER_LINES.replace("Councillor \nP Lewis", "Councillor\n\nP Lewis", 1)
    got = [p for p in _people(text) if p[0] == "present"]
    assert [(p[1], p[2]) for p in got][:2] == [("Councillor", "P Lewis"), ("Councillor", "B Apsley")]


def test_a_surname_of_two_words_keeps_both_when_another_line_names_the_council():
    text = TITLE_OVER_LINES.replace("B Apsley Wrexham", "R Parry Jones Wrexham").replace(
        "S Lloyd-Williams Conwy", "G Lowe Wrexham")
    got = [(p[2], p[3]) for p in _people(text) if p[0] == "present"]
    assert ("R Parry Jones", "Wrexham County Borough Council") in got


def test_untitled_lines_after_a_titled_list_of_another_form_are_not_read():
    # (negative: the list's first line is no "initials surname council" line, so nothing says the
    # untitled lines below are members)
    text = TITLE_OVER_LINES.replace("Councillor \nP Lewis (Chair) Conwy County Borough Council",
                                    "Councillor Paul Lewis (Chair)", 1)
    got = [p[2] for p in _people(text) if p[0] == "present"]
    assert got == ["Paul Lewis"]


def test_a_number_after_a_blank_line_still_ends_a_double_spaced_sentence():
    # (negative: text extracted with a blank line under every line; the sentence ends on a stop word)
    doc = load_text("page.txt", "Following the re-classification the volume stands at\n\n291.\n")
    assert [b.text for b in doc.blocks] == ["Following the re-classification the volume stands at 291."]


# --- lists a converter ran into one line, "Place Title Name" (Greater Manchester CA minutes) --------

FLATTENED = """MINUTES OF THE GREATER MANCHESTER COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019 AT TRAFFORD TOWN HALL

PRESENT:

Greater Manchester Mayor (In the Chair) Bolton Councillor David Greenhalgh Manchester Councillor Richard Leese Oldham Councillor Sean Fielding Rochdale Councillor Allen Brett Wigan Councillor David Molyneux

OTHER MEMBERS IN ATTENDANCE:

Manchester Councillor Angeliki Stogia Rochdale Councillor Janet Emsley Tameside Councillor Leanne Feeley Wigan Councillor Peter Smith

GMCA 96/19 APOLOGIES

That apologies be received from Steven Pleasant, Chief Executive Tameside Council.
"""


def test_a_flattened_list_of_place_title_name_reads_no_one():
    # "David Greenhalgh Manchester" would be a wrong name: where each name ends is unknown
    got = _people(FLATTENED)
    assert [p for p in got if p[0] in ("present", "also_present")] == []


def test_titled_names_run_together_with_commas_or_initials_are_still_read():
    # (negative: a comma ends each name, or initials before one surname make one name)
    text = FLATTENED.replace(
        "Greater Manchester Mayor (In the Chair) Bolton Councillor David Greenhalgh Manchester Councillor Richard "
        "Leese Oldham Councillor Sean Fielding Rochdale Councillor Allen Brett Wigan Councillor David Molyneux",
        "Councillor J B Hughes Councillor D Rees Councillor G A Roberts Councillor W O Thomas")
    got = [p[2] for p in _people(text) if p[0] == "present"]
    assert got == ["J B Hughes", "D Rees", "G A Roberts", "W O Thomas"]
    text = FLATTENED.replace(
        "Greater Manchester Mayor (In the Chair) Bolton Councillor David Greenhalgh Manchester Councillor Richard "
        "Leese Oldham Councillor Sean Fielding Rochdale Councillor Allen Brett Wigan Councillor David Molyneux",
        "Councillor David Greenhalgh, Bolton Councillor Richard Leese, Manchester Councillor Sean Fielding, "
        "Oldham Councillor Allen Brett, Rochdale")
    got = [p[2] for p in _people(text) if p[0] == "present"]
    assert got == ["David Greenhalgh", "Richard Leese", "Sean Fielding", "Allen Brett"]


# --- a nomination with "RESOLVED:" under it names the resolution's mover (Surrey PCP, Bedfordshire FRA)

NOMINATION = """Surrey Police and Crime Panel - Tuesday, 30 June 2020 10.30 am

Venue: REMOTE

Items
No. Item

18/20

ELECTION OF CHAIRMAN

Minutes:

Councillor David Reeve was proposed by Councillor Fiona White and seconded by Councillor John Robini.

RESOLVED:

The Panel agreed the appointment of Councillor David Reeve as Police and Crime Panel Chairman for the Council year 2020/2021.

19/20

ELECTION OF VICE-CHAIRMAN

Minutes:

Councillor M Headley was nominated by Councillor S Hussain and seconded by Councillor R Goodchild.

RESOLVED:

That Councillor M Headley be elected Vice-Chair for 2020/21.
"""


def test_a_nomination_names_the_mover_of_the_resolution_under_it():
    got = [(d.item_number, d.decision[:40], d.proposer, d.seconder) for d in _run(NOMINATION)["decisions"]]
    assert got == [("18/20", "The Panel agreed the appointment of Coun", "Fiona White", "John Robini"),
                   ("19/20", "That Councillor M Headley be elected Vic", "S Hussain", "R Goodchild")]


def test_a_nomination_without_a_resolution_under_it_is_a_decision_of_its_own():
    # (negative: "It was agreed that ..." on the next line is another matter, Marshchapel)
    text = ("Minutes of Marshchapel Parish Council Meeting held on Tuesday 14th May 2019 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr P Rickett (Chairman), Cllr R. Parkinson\n\n"
            "Cllr Bealey was proposed in his absence by Cllr Rickett, seconded by Cllr Parkinson. To be confirmed.\n"
            "It was agreed that, Cllr Henderson and Cllr Mason would continue to represent us at Area meetings.\n")
    got = [(d.decision[:30], d.proposer) for d in _run(text)["decisions"]]
    assert got[0] == ("Cllr Bealey was proposed in hi", "P Rickett")
    assert len(got) == 2 and got[1][1] is None


def test_a_nomination_alone_is_no_decision():
    # (negative: no "RESOLVED:" under it; the item goes on with prose)
    text = NOMINATION.replace("RESOLVED:\n\nThat Councillor M Headley be elected Vice-Chair for 2020/21.\n",
                              "There were no other nominations.\n")
    assert [d.item_number for d in _run(text)["decisions"]] == ["18/20"]


# --- officers present from the PCC's office are attendance with their job, never members ----------

OPCC = """Minutes of the meeting of the Sussex Police and Crime Panel held on Friday 26 June 2020 at 10.30am at County Hall, Lewes

Present: Councillor Bill Bentley (Chairman), Councillor Ann Smith (Vice-Chairman)

Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch (Chief Finance Officer)

1. Apologies
"""


def test_officers_present_from_the_pccs_office_are_officers_not_members():
    assert _people(OPCC) == [
        ("present", "Councillor", "Bill Bentley", None), ("present", "Councillor", "Ann Smith", None),
        ("also_present", None, "Mark Streater", "Chief Executive"),
        ("also_present", None, "Iain McCulloch", "Chief Finance Officer")]
    text = OPCC.replace("Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch "
                        "(Chief Finance Officer)", "In attendance from the OPCC: Mark Streater and Iain McCulloch")
    got = _run(text)["attendance"]
    assert [(a.status, a.name, a.role, a.organisation) for a in got][2:] == [
        ("also_present", "Mark Streater", "officer", "OPCC"), ("also_present", "Iain McCulloch", "officer", "OPCC")]


def test_officer_lines_under_a_bare_also_present_label_are_read():
    text = OPCC.replace("Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch "
                        "(Chief Finance Officer)", "Also present:\nMark Streater, Chief Executive, OPCC\n"
                        "Iain McCulloch, Chief Finance Officer")
    assert [p for p in _people(text) if p[0] == "also_present"] == [
        ("also_present", None, "Mark Streater", "Chief Executive, OPCC"),
        ("also_present", None, "Iain McCulloch", "Chief Finance Officer")]


def test_a_heading_after_an_also_present_list_is_no_officer():
    # (negative: "Budget Monitoring, Finance Report" ends in no job's last word)
    text = OPCC.replace("Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch "
                        "(Chief Finance Officer)", "Also present:\nMark Streater, Chief Executive, OPCC\n"
                        "Budget Monitoring, Finance Report")
    assert [p[2] for p in _people(text) if p[0] == "also_present"] == ["Mark Streater"]


def test_name_org_entries_run_into_one_line_are_each_a_person():
    # Hertfordshire PCP (PDF text run together): an organisation never goes on into "G Miles,"
    text = OPCC.replace("Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch "
                        "(Chief Finance Officer)", "Also Present: J Bugg, Hertfordshire Police Authority G Miles, "
                        "Broxbourne Borough Council M J Walker, Broxbourne Borough Council")
    assert [(p[2], p[3]) for p in _people(text) if p[0] == "also_present"] == [
        ("J Bugg", "Hertfordshire Police Authority"), ("G Miles", "Broxbourne Borough Council"),
        ("M J Walker", "Broxbourne Borough Council")]


def test_an_organisation_followed_by_a_plain_word_is_kept_whole():
    # (negative: "Council Tax Team" is no person's name: no comma follows it)
    text = OPCC.replace("Present from the Office of the PCC (OPCC): Mark Streater (Chief Executive), Iain McCulloch "
                        "(Chief Finance Officer)", "Also Present: J Bugg, Finance Officer, Broxbourne Borough Council Tax Team")
    assert [(p[2], p[3]) for p in _people(text) if p[0] == "also_present"] == [
        ("J Bugg", "Finance Officer, Broxbourne Borough Council Tax Team")]


# --- "Name – Council" members and "Name – Job" officers (West Mercia, West Yorkshire PCP forms) ------

DASHES = """WEST MERCIA POLICE AND CRIME PANEL
MINUTES OF A MEETING HELD ON 5 OCTOBER 2016 AT COUNTY HALL, WORCESTER AT 10.30 AM

Present:
Councillor Sebastian Bowen (Chairman) – Herefordshire Council
Councillor Paul Middlebrough – Wychavon District Council

Also in attendance:
John Campion – Police and Crime Commissioner
Andy Champness – Chief Executive, OPCC
Mr B Watts, General Counsel

1. Apologies
"""


def test_a_council_after_a_dash_is_the_members_organisation():
    got = [(a.name, a.role, a.organisation) for a in _run(DASHES)["attendance"] if a.status == "present"]
    assert got == [("Sebastian Bowen", "chairman", "Herefordshire Council"),
                   ("Paul Middlebrough", "member", "Wychavon District Council")]


def test_name_dash_job_lines_under_a_bare_label_are_officers_and_the_commissioner():
    got = [(a.name, a.role, a.organisation) for a in _run(DASHES)["attendance"] if a.status == "also_present"]
    assert got == [("John Campion", "other", "Police and Crime Commissioner"),
                   ("Andy Champness", "officer", "Chief Executive, OPCC"),
                   ("B Watts", "officer", "General Counsel")]


def test_a_dash_inside_a_name_is_no_organisation():
    # (negative: a hyphenated surname keeps its parts, no organisation is made of them)
    text = DASHES.replace("Councillor Paul Middlebrough – Wychavon District Council", "Councillor Sarah Lloyd-Williams")
    got = [(a.name, a.organisation) for a in _run(text)["attendance"] if a.status == "present"]
    assert got[1] == ("Sarah Lloyd-Williams", None)


def test_a_ward_after_a_dash_is_neither_a_person_nor_an_organisation():
    # (negative: "Grahame Forster - Wigtown West", Dumfries and Galloway apologies: no council word)
    text = DASHES.replace("Councillor Paul Middlebrough – Wychavon District Council", "Councillor Grahame Forster - Wigtown West")
    got = [(a.name, a.organisation) for a in _run(text)["attendance"] if a.status == "present"]
    assert got == [("Sebastian Bowen", "Herefordshire Council"), ("Grahame Forster", None)]


# --- an officer's line goes on from a list of titled names; a job is never a person -----------------

OFFICERS_UNDER = """NORFOLK POLICE AND CRIME PANEL
MINUTES OF A MEETING HELD ON 5 OCTOBER 2016 AT COUNTY HALL, NORWICH AT 10.00 AM

In attendance:
PCC Lorne Green
Mark Stokes, Chief Executive, OPCC

PRESENT

Members
Cllr A Smith (Chair)
Cllr B Jones

Officers
Jo Martin, Scrutiny Support Manager

1. Apologies
"""


def test_an_officers_line_goes_on_from_titled_names_and_its_job_is_no_person():
    got = [(a.status, a.name, a.role, a.organisation) for a in _run(OFFICERS_UNDER)["attendance"]]
    assert ("also_present", "Mark Stokes", "officer", "Chief Executive, OPCC") in got
    assert ("present", "Jo Martin", "officer", "Scrutiny Support Manager") in got
    assert [g[1] for g in got] == ["Lorne Green", "Mark Stokes", "A Smith", "B Jones", "Jo Martin"]


def test_a_heading_word_alone_is_no_ones_organisation():
    # (negative: "Officers" alone under "Cllr B Jones" is no job of his)
    got = [(a.name, a.organisation) for a in _run(OFFICERS_UNDER)["attendance"] if a.status == "present"]
    assert got[1] == ("B Jones", None)


# --- "<Body> Draft Minutes <date>, <place>": the body never ends in "Draft" (West Yorkshire PCP) -----

def test_draft_before_minutes_is_not_part_of_the_body():
    text = ("West Yorkshire Police and Crime Panel Draft Minutes 6 February 2016, Wakefield Town Hall\n"
            "PRESENT: Councillor Alison Lowe (Chair) - Leeds City Council Councillor Michael Walls - Bradford Council\n"
            "1. Apologies for Absence\n")
    r = _run(text)
    assert [(m.body, m.kind, m.date, m.place) for m in r["meetings"]] == [
        ("West Yorkshire Police and Crime Panel", "minutes", "2016-02-06", "Wakefield Town Hall")]
    assert [(a.name, a.role, a.organisation) for a in r["attendance"]] == [
        ("Alison Lowe", "chairman", "Leeds City Council"), ("Michael Walls", "member", "Bradford Council")]


def test_a_body_named_draft_something_keeps_its_name():
    # (negative: "Draft" not before "Minutes" stays where it is printed)
    text = ("Local Plan Draft Working Group Minutes 6 February 2016, Wakefield Town Hall\n"
            "PRESENT: Councillor Alison Lowe (Chair)\n1. Apologies for Absence\n")
    assert [m.body for m in _run(text)["meetings"]] == ["Local Plan Draft Working Group"]
