"""Meeting forms, round 16 (/work/wt/audit16-meet16/sources.md): bodies not seen before.  Each excerpt is quoted
from the page named beside it; expected values come from reading it.  Each rule has a test on the side where it
must not fire."""
from meeting_helpers import meetings_of, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


# Eccleshall PC, Parish and Planning Meeting 16 January 2019 (eccleshallparishcouncil.gov.uk)
ECCLESHALL = """Parish and Planning Meeting
You are summoned to attend a meeting of Eccleshall Parish Council, to be held at 7.30pm on Wednesday January 16th, 2019 at Eccleshall Community Centre, followed by a meeting of the Planning Committee.
1. To receive apologies for absence.
2. To consider Councillor requests for dispensations and declarations of interest.
3. Public Participation.
4. To approve the minutes of the Parish Council meeting held on November 21st 2018.
5. To receive any reports from Borough & County Councillors.
6. To receive Committee Reports:-
"""


def test_summons_body_without_its_comma_and_venue_without_what_follows_the_meeting():
    assert meetings_of(ECCLESHALL) == [
        ("agenda", "Eccleshall Parish Council", "2019-01-16", "19:30", "Eccleshall Community Centre")]


def test_agenda_items_ended_by_a_full_stop():
    assert _items(ECCLESHALL) == [
        ("1", "To receive apologies for absence"),
        ("2", "To consider Councillor requests for dispensations and declarations of interest"),
        ("3", "Public Participation"),
        ("4", "To approve the minutes of the Parish Council meeting held on November 21st 2018"),
        ("5", "To receive any reports from Borough & County Councillors"),
        ("6", "To receive Committee Reports")]


def test_numbered_sentences_of_minutes_are_no_items():
    # minutes: a numbered line ended by a full stop is an item only when it is a few words
    text = ("Minutes of the meeting of the Parish Council held on 3 March 2024 at the Village Hall\n"
            "1. The Clerk reported that the bench at the green had been repaired.\n"
            "2. Members agreed to write to the County Council about the potholes.\n")
    assert _items(text) == []


# Llangunnor Community Council, July 2024 notice of meeting (llangunnor.net)
LLANGUNNOR = """Notice of Meeting I hereby summon you to attend a meeting of Llangunnor Community Council to be held in Yr Aelwyd on Wednesday 24 July 2024 at 6.30pm or virtually via zoom Meeting ID: 844 8180 6690 Passcode: 615518 Chair – 19 July 2024 To discuss the following agenda:
1) To receive apologies for absence.
2) To record all declarations of interest.
3) Chair's Announcements.
"""


def test_i_hereby_summon_you():
    assert meetings_of(LLANGUNNOR) == [("agenda", "Llangunnor Community Council", "2024-07-24", "18:30", "Yr Aelwyd")]
    assert _items(LLANGUNNOR) == [("1", "To receive apologies for absence"),
                                  ("2", "To record all declarations of interest"), ("3", "Chair's Announcements")]


# Wainfleet All Saints TC, Minutes of Extraordinary meeting 29th July 2024 (wainfleet-all-saints.parish.lincolnshire.gov.uk)
WAINFLEET = """Minutes of Extraordinary meeting 29th July 2024

Wainfleet All Saints Town Council Meeting
Minutes from the Extraordinary meeting of the Town Council held on 29th July 2024.
Councillors present: Mayor S. Mitchell (SM), Cllr. W. Bowkett (WB), Cllr. J.Hart (JH), Cllr. C. Mitchell (CM), Cllr. W.Lagden (WL).
Apologies: Cllr. S. Story-Taylor (SST)
Mayor SM welcomed everyone and opened the meeting at 6pm.
1. Apologies for absence.
To receive and accept apologies where valid reasons for absence have been given to the Town Clerk prior to the meeting.
2. Declarations of interest
"""


def test_minutes_from_the_extraordinary_meeting_of_the_town_council():
    ms = run(WAINFLEET)["meetings"]
    assert [(m.kind, m.body, m.date, m.meeting_type) for m in ms] == [
        ("minutes", "Town Council", "2024-07-29", "extraordinary")]
    assert _items(WAINFLEET) == [("1", "Apologies for absence"), ("2", "Declarations of interest")]
    # the kind of meeting alone is no body
    assert meetings_of("Minutes of Extraordinary meeting 29th July 2024\n") == [("minutes", None, "2024-07-29", None, None)]


# Bodorgan Community Council, minutes 19 July 2022 (malltraeth.com)
BODORGAN = """Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.

1          Present
"""


def test_how_the_meeting_met_is_no_part_of_its_body():
    assert meetings_of(BODORGAN) == [("minutes", "Community Council", "2022-07-19", None, "via ZOOM")]


# Wainfleet All Saints TC, August 2023 Extraordinary Meeting (wainfleet-all-saints.parish.lincolnshire.gov.uk)
WAINFLEET_2023 = """August 2023 Extraordinary Meeting

Minutes from the Extraordinary Meeting of the Town Council held on Tuesday 1st August at 17:45 at the council offices, 50 High Street, Wainfleet All Saints.

1. Election of Chair

PROPOSED, SECONDED and RESOLVED to elect Cllr. S.Mitchell as Chair of the Town Council.
"""


def test_proposed_seconded_and_resolved_names_nobody():
    ds = run(WAINFLEET_2023)["decisions"]
    assert [(d.item_number, d.decision, d.proposer, d.seconder) for d in ds] == [
        ("1", "to elect Cllr. S.Mitchell as Chair of the Town Council.", None, None)]
    # a proposer named after "Proposed" is still read (Melton PC, Statutory Annual Meeting 5 May 2021)
    text = ("Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on Wednesday 5 May 2021 "
            "commencing at 19:00.\n"
            "21.44 ELECTION OF CHAIR OF THE COUNCIL\n"
            "It was RESOLVED that Cllr Porter be elected Chair of the Council.\n"
            "Proposed by: Cllr Taylor                   Seconded by: Cllr Gradwell\n")
    ds = run(text)["decisions"]
    assert [(d.proposer, d.seconder) for d in ds] == [("Taylor", "Gradwell")]  # (the name, its honorific dropped)


def _att(text):
    return [(a.status, a.title, a.name, a.role, a.organisation) for a in run(text)["attendance"]]


# Bodorgan Community Council, minutes 19 July 2022 (malltraeth.com)
BODORGAN_PRESENT = BODORGAN + """
Councillors, Mr Tim Owen (Chair), Mrs Sharon Barton, Mrs Pat Dobbie, Mr Andrew Hughes, Mr Myfyr Davies & Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn

2         Apologies

were received from: Councillors Mr Gareth Evans & Mr Les Thomas. Also: County Councilor Mr John Ifan Jones

3         Welcome:
"""


def test_numbered_present_heading_over_its_list_and_a_list_ending_at_also():
    assert _att(BODORGAN_PRESENT) == [
        ("present", "Mr", "Tim Owen", "chairman", None),
        ("present", "Mrs", "Sharon Barton", "member", None),
        ("present", "Mrs", "Pat Dobbie", "member", None),
        ("present", "Mr", "Andrew Hughes", "member", None),
        ("present", "Mr", "Myfyr Davies", "member", None),
        ("present", "Mr", "J Alun Foulkes", "officer", "Clerk"),
        # (after "Also:" whether a county councillor was present or sent apologies is not read)
        ("apologies", "Councillor Mr", "Gareth Evans", None, None),
        ("apologies", "Mr", "Les Thomas", None, None)]


# Cefn Community Council, minutes 24 September 2019 (docslib.org copy)
CEFN = """CYNGOR CYMUNED CEFN COMMUNITY COUNCIL

MINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT GEORGE EDWARDS HALL, .

Chair: Councillor P Vaughan

37.PRESENT Councillors: P Blackwell, B Cook, A Ennis, Mrs J Jones, D Metcalfe, Ms J Parrish, Mrs P Roberts, Rev K Tiltman, D Wright & Mrs G Wright Also PCSO Abi Land & four members of the public representing Cefn Creates

38. APOLOGIES Apologies for absence were received from Councillors: Mrs S Benbow-Jones M Hughes, Mrs L Prescott-Ennis & Mrs I Twigg
"""


def test_minute_number_run_into_present():
    present = [(t, n) for s, t, n, _r, _o in _att(CEFN) if s == "present"]
    assert present == [("Councillor", "P Vaughan"), ("Councillor", "P Blackwell"), ("Councillor", "B Cook"), ("Councillor", "A Ennis"),
                       ("Mrs", "J Jones"), (None, "D Metcalfe"), ("Ms", "J Parrish"), ("Mrs", "P Roberts"),
                       ("Rev", "K Tiltman"), (None, "D Wright"), ("Mrs", "G Wright")]
    # "Present" in a sentence is no label
    assert _att("Minutes of the meeting of the Council held on 24 September 2019 at the Hall\n"
                "37. Present at the site visit were the Clerk and the Chair.\n") == []


# Hereford & Worcester Fire Authority, Full Authority 30 May 2018 (hwfire.cmis.uk.com): the minute's number
# printed above the resolution, joined on by the text loader
HWFIRE = """Full Authority
30 May 2018 - 10:00 to 11:30

Agenda Items
1 Election of Chairman
To elect a Chairman of the Authority.
177

RESOLVED that Mr R J Phillips be elected as Chairman of the Fire Authority for the ensuing year, to hold office until his successor becomes entitled to act.

2 Election of Vice Chairman
To elect a Vice Chairman of the Authority.
178
RESOLVED that Mr P A Tuthill be elected as Vice-Chairman of the Fire Authority for the ensuing year, to hold office until his successor becomes entitled to act.
3 Apologies for Absence
"""


def test_minute_number_before_resolved():
    ds = [(d.item_number, d.decision[:45]) for d in run(HWFIRE)["decisions"]]
    assert ds == [("1", "that Mr R J Phillips be elected as Chairman o"),
                  ("2", "that Mr P A Tuthill be elected as Vice-Chairm")]


def test_a_sentence_cut_at_its_colon_is_no_title():
    # "2 Apologies" / "were received from: Councillors ...": joined by the loader, "Apologies were received
    # from" is no item's title (Bodorgan CC)
    # (its number holds its place: "3 Welcome:", a line of its own after a blank line, is item 3)
    assert _items(BODORGAN_PRESENT) == [("1", "Present"), ("3", "Welcome")]
    # (so too when the next title has no colon: main's code made "Apologies were received from: ..." item 2's title)
    assert _items(BODORGAN_PRESENT.replace("Welcome:", "Welcome")) == [("1", "Present"), ("3", "Welcome")]


def test_chair_label_over_the_list():
    att = _att(CEFN)
    assert att[0] == ("present", "Councillor", "P Vaughan", "chairman", None)
    # on an agenda the line names nobody present (the two real lines put together)
    assert _att(ECCLESHALL + "Chair: Councillor P Vaughan\n") == []


# Wainfleet All Saints TC, August 2023 Extraordinary Meeting
WAINFLEET_2023_PRESENT = """August 2023 Extraordinary Meeting

Minutes from the Extraordinary Meeting of the Town Council held on Tuesday 1st August at 17:45 at the council offices, 50 High Street, Wainfleet All Saints. 

Councillors present : Steve Mitchell (SM), Wendy Bowkett (WB), Jean Hart (JH), Don Kettleborough (DK)

Also Present : Colin Cleary (CC) – Clerk.
"""


def test_a_post_without_its_sentence_stop():
    assert ("also_present", None, "Colin Cleary", "officer", "Clerk") in _att(WAINFLEET_2023_PRESENT)
