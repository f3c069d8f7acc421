"""Meeting forms, round 13 (/work/wt/audit15-meet15/sources.md): bodies not seen before.  Each excerpt is quoted
from the page named beside it; expected values come from reading it.  Each rule has a test on the side where it
must not fire."""
from meeting_helpers import meetings_of, people, run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


def _att(text):
    return [(a.status, a.title, a.name, a.role, a.organisation) for a in run(text)["attendance"]]


# North Yorkshire PFCC, Executive Board Minutes: 19 November 2013 (northyorkshire-pfcc.gov.uk)
NORTH_YORKS = """Executive Board Minutes: 19 November 2013
Minutes of the meeting held at Harrogate Police Station Police, Beckwith Head Road, Harrogate on Tuesday 19 November 2013.
Officers: Chief Constable Dave Jones (DJ); Commissioners Chief Executive Officer Joanna Carter (JC); Commissioner's Chief Finance Officer and Head of Organisation and Development Gary Macdonald (GM); Chief Constable's Chief Finance Officer and Chief Accountant Jane Palmer (JP); Force Solicitor Simon Dennis (SD).
Apologies were received from Deputy Chief Constable Tim Madgwick (TM) and Executive Officer to the Chief Constable Lisa Winward (LW).
The Board discussed at length the review of Chief Police Officer Remuneration Terms.
"""


def test_rank_titles_and_posts_before_a_rank():
    att = _att(NORTH_YORKS)
    apologies = [(t, n, o) for s, t, n, _r, o in att if s == "apologies"]
    # the whole rank, never "Chief Constable" for the deputy; a post ending in "to the Chief Constable" is hers
    assert ("Deputy Chief Constable", "Tim Madgwick", None) in apologies
    assert (None, "Lisa Winward", "Executive Officer to the Chief Constable") in apologies
    assert not any(t == "Chief Constable" for t, _n, _o in apologies)


def test_post_then_name_its_initials_repeat():
    att = _att(NORTH_YORKS)
    names = {n: o for _s, _t, n, _r, o in att}
    assert names["Gary Macdonald"] == "Commissioner's Chief Finance Officer and Head of Organisation and Development"
    assert names["Jane Palmer"] == "Chief Constable's Chief Finance Officer and Chief Accountant"
    assert "Development Gary Macdonald" not in names
    # a rank alone before the name stays its title
    assert ("also_present", "Chief Constable", "Dave Jones") in [(s, t, n) for s, t, n, _r, _o in att]


def test_initials_in_brackets_must_match_the_name():
    # (a bracket that is no initials of the words before it reads as before)
    att = _att("Minutes of the meeting held at the Town Hall on 5 May 2021\n"
               "Officers: Head of Finance Mary Brown (XY).\n")
    assert not any(n == "Mary Brown" and o == "Head of Finance" for _s, _t, n, _r, o in att)


def test_minutes_title_run_on_after_a_dated_heading_gives_its_venue():
    assert meetings_of(NORTH_YORKS)[0][4] == "Harrogate Police Station Police, Beckwith Head Road, Harrogate"


# Dover DC, Planning Committee 2 July 2020 (moderngov.dover.gov.uk): ModernGov's status after the time
DOVER = """Agenda and minutes

Planning Committee - Thursday, 2nd July, 2020 6.00 pm, NEW

Venue: Remote Meeting - Teams Live Event. View directions

Contact: Kate Batty-Smith  Democratic Services Officer
"""


def test_moderngov_status_new_is_no_venue():
    assert meetings_of(DOVER)[0][2:] == ("2020-07-02", "18:00", "Remote Meeting - Teams Live Event")


# Blaengwrach Community Council, Draft Minutes 19 October 2023 (blaengwrachcommunitycouncil.org)
BLAENGWRACH = """Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023, at the Welfare Hall, Heol Y Felin, Cwmgwrach and via Zoom, commencing at 6.30 pm
Present: Chair Cllr. C Edwards, Cllr. P Rudd, Cllr. R Williams, Cllr. A Hippsley, Cllr. R A Williams
Council Employees Present: RFO Clive Baker, Clerk Linda Evans
Members of the Public Present: Cllr H Davies
82/23 Apologies: Cllr. A Edwards sent his apologies.
Cllr. C Edwards – Chair started the meeting.
84/23 County Councillor`s Report:
- H Davies reported that following the last meeting the Police Patrol Vehicle had been attending the roads around the school at busy drop off and pick up times. RESOLVED and noted.
- Cllr HD has received notice from NRW (National Recourses Wales) that harvesting of infected Larch Trees will begin "any time soon."
"""


def test_qualified_present_labels_are_cut_whole():
    att = _att(BLAENGWRACH)
    assert ("present", "Cllr.", "R A Williams", "member", None) in att
    assert ("present", "Cllr.", "C Edwards", "chairman", None) in att  # "Chair Cllr. C Edwards"
    assert ("also_present", None, "Linda Evans", "officer", "Clerk") in att
    # a member of the public is never a member present
    assert not any(n == "H Davies" and s == "present" for s, _t, n, _r, _o in att)


def test_title_and_minute_on_one_line_is_an_item_with_no_list_under_it():
    assert ("82/23", "Apologies") in _items(BLAENGWRACH)
    apologies = [n for s, _t, n, _r, _o in _att(BLAENGWRACH) if s == "apologies"]
    assert apologies == ["A Edwards"]  # never the names of the later report's bullets


# Pickhill and Sinderby PC, Minutes of AGM 23 May 2022 (pickhillandsinderbypc.co.uk)
PICKHILL = """Minutes of annual general meeting held on 23 May 2022 at Pickhill School. Ref: AGM22
1. PRESENT: Parish Councillors: Mr Graham Clarke, Mr Ron Barker, Mrs Norma Grubb.
Mr David Grubb (Minutes). Residents – Mrs A Harvey, Mr N Burgess, Mr R Walker.
2. APOLOGIES: Mr Minty Scaife, Mr James Wadsworth – both away on urgent business.
3. MINUTES OF PREVIOUS AGM - May 2019 Agreed.
4. MATTERS ARISING FROM 2019 MINUTES:
(1) Clarification re election of Vice Chairman (Item 7 in May 2019): Mrs Grubb advised that whilst Mr Brook had been elected Vice Chair at that AGM, he had retired as a Parish Councillor shortly after.
5. FINANCIAL REPORT: Audited accounts for year ending 31 March 2022 were presented.
6. PARISH CLERK'S REPORT:
(1) Result of Parish Council Election process April/May 2022: Mrs Grubb outlined that the only candidates were the five sitting Parish Councillors.
"""


def test_numbered_labels_and_titles_with_their_minute():
    att = [(s, t, n) for s, t, n, _r, _o in _att(PICKHILL)]
    assert [n for s, _t, n in att if s == "present"] == ["Graham Clarke", "Ron Barker", "Norma Grubb"]
    assert [n for s, _t, n in att if s == "apologies"] == ["Minty Scaife", "James Wadsworth"]
    items = _items(PICKHILL)
    assert ("2", "APOLOGIES") in items
    assert ("5", "FINANCIAL REPORT") in items
    assert ("6", "PARISH CLERK'S REPORT") in items


def test_numbered_sentence_with_a_colon_is_no_item():
    text = ("Minutes of the meeting of the Parish Council held on 4 March 2024 at the Village Hall\n"
            "1. Apologies\n"
            "None.\n"
            "2. The Clerk reported: the bins had been emptied.\n"
            "3. Resolved: that the grant be paid.\n")
    titles = [t for _n, t in _items(text)]
    assert "The Clerk reported" not in titles
    assert "Resolved" not in titles


# Scotton PC, July 2019 Minutes (scotton.parish.lincolnshire.gov.uk): a long title the text loader joined to the
# longer line under it
SCOTTON = """Minutes Of A Meeting Of Scotton Parish Council Held On Thursday 4 July 2019 At 7pm In The Village Hall, Scotton
1. Introductions
Roundtable introductions were made, with each person present introducing themselves to the meeting.
2. Co-option of Councillors (minimum of three required but up to six permitted) – WLDC Officers
The Deputy Monitoring Officer advised that the Parish would need to co-opt a minimum of three Members to join Councillor Littlewood, but the meeting could co-opt up to six councillors.
"""


def test_long_numbered_title_over_a_longer_line_is_an_item():
    assert _items(SCOTTON) == [
        ("1", "Introductions"),
        ("2", "Co-option of Councillors (minimum of three required but up to six permitted) – WLDC Officers")]


# Bourton-on-the-Hill PC, Minutes 6th December 2021 (bourtononthehill.org.uk)
BOURTON = """Minutes of the Parish Council Meeting held on
Monday 6th December 2021 at 7.15 p.m. in the Old School
1) Chairman
The Chairman welcomed Councillors and members of the public
2) Present:
In the Chair A.Vigrass, L.Bowden,T.Dixon,A.Hay and K.O'Donoghue (clerk).
3) Apologies
T.Martin, M.Norton,A.Stanley
4) Declarations of Interest
"""


def test_initials_glued_to_surnames_and_in_the_chair():
    att = [(s, n, r) for s, _t, n, r, _o in _att(BOURTON)]
    assert ("present", "A. Vigrass", "chairman") in att
    assert [n for s, n, _r in att if s == "present"][1:4] == ["L. Bowden", "T. Dixon", "A. Hay"]
    assert [n for s, n, _r in att if s == "apologies"] == ["T. Martin", "M. Norton", "A. Stanley"]


def test_initial_before_a_lowercase_word_is_left_alone():
    # "A.Vigrass" splits; a dotted abbreviation inside a sentence does not make a name
    assert people("Minutes of the meeting of the Parish Council held on 4 March 2024 at the Village Hall\n"
                  "Present: Cllr J Smith (Chairman), Cllr P Jones.\n")[:2] == [
        ("present", "Cllr", "J Smith", None), ("present", "Cllr", "P Jones", None)]


# Nottinghamshire Police Authority, minutes 27 June 2007 (docstoc "Minute Template"): the officers' "Name - Post"
# lines aligned with spaces, which the text loader reads as a table under the "OFFICERS PRESENT" heading
NOTTS_PA = """NOTTINGHAMSHIRE POLICE AUTHORITY
MINUTES
OF THE MEETING OF THE
NOTTINGHAMSHIRE POLICE AUTHORITY
HELD ON WEDNESDAY 27 JUNE 2007
MEMBERS PRESENT

Cllr J Clarke
Cllr M Cox

OFFICERS PRESENT

Ms J Bowen                   -   Public Relations
Mr C Handley                 -   Policy Officer
Mr S M Green                 -   Chief Constable, Nottinghamshire Police
Mrs D Warriner               -   Committee Officer, Police Authority

Plus 5 members of the public, one of who joined the meeting at 12.10.
"""


def test_officer_rows_under_a_bare_label():
    att = [(s, t, n, o) for s, t, n, _r, o in _att(NOTTS_PA)]
    assert ("also_present", "Mr", "S M Green", "Chief Constable, Nottinghamshire Police") in att
    assert ("also_present", "Ms", "J Bowen", "Public Relations") in att
    assert ("also_present", "Mrs", "D Warriner", "Committee Officer, Police Authority") in att
    assert [n for s, _t, n, _o in att if s == "present"] == ["J Clarke", "M Cox"]


# Llansanffraid Glan Conwy Community Council, Minutes 28th November 2023 (llansanffraid.co.uk): the venue's label
# printed without its colon
LLANSANFFRAID = """Minutes of the Council Meeting
28Th November 2023
Venue Church House
1 In Attendance
"""


def test_venue_label_without_colon_is_no_part_of_the_venue():
    assert meetings_of(LLANSANFFRAID)[0][2:] == ("2023-11-28", None, "Church House")
    # a venue whose name opens with the word keeps it
    assert meetings_of("Minutes of the meeting of the Panel held on 3 March 2024 at Venue Cymru, Llandudno\n"
                       )[0][4] == "Venue Cymru, Llandudno"


DOVER_SUB = DOVER + """Items
No. Item

137.

Apologies

Minutes:

It was noted that an apology for absence had been received from Councillor D P Murphy.

138.

Appointment of Substitute Members

Minutes:

It was noted that, in accordance with Council Procedure Rule 4, Councillor M Bates had been appointed as a substitute member for Councillor D P Murphy.
"""


def test_appointed_as_substitute_for_a_member():
    att = [(s, t, n) for s, t, n, _r, _o in _att(DOVER_SUB)]
    assert ("substitute", "Councillor", "M Bates") in att
    assert ("apologies", "Councillor", "D P Murphy") in att
    # appointed as a substitute for a committee: no substitution at this meeting
    text = DOVER + "Councillor A Smith was appointed as a substitute member for the Licensing Committee.\n"
    assert not any(s == "substitute" for s, *_ in _att(text))


def test_in_the_chair_label():
    text = NORTH_YORKS.replace("Officers:", "In the Chair: Commissioner Julia Mulligan (JM)\nOfficers:")
    att = _att(text)
    assert ("present", None, "Julia Mulligan", "chairman", "Commissioner") in att


# St Weonards PC, Draft Minutes of Annual Ordinary Parish Council meeting 9th May 2016 (stweonardsparishcouncil.org)
ST_WEONARDS = """Draft Minutes of Annual Ordinary Parish Council meeting 9th May 2016

Mtg No: 12

IN ATTENDANCE: County Cllr David Harlow, Tracy Knights (Lengthsman & Parish Footpath Officer), and 8 other residents
"""


def test_field_run_on_after_the_title_is_no_venue_and_residents_are_a_count():
    assert meetings_of(ST_WEONARDS)[0][2:] == ("2016-05-09", None, None)
    att = [(s, t, n, o) for s, t, n, _r, o in _att(ST_WEONARDS)]
    assert att == [("also_present", "County Cllr", "David Harlow", None),
                   ("also_present", None, "Tracy Knights", "Lengthsman & Parish Footpath Officer")]


# Hertfordshire PCP, minutes 25 October 2012 (docslib.org copy, its lines run together by the host)
HERTS = """MEETING OF POLICE AND CRIME PANEL

Thursday 25 October 2012 East Herts District Council Wallfields,

Present: Cllr M Alexander, East Herts District Council Cllr Mrs T Cowley, North Herts District Council

Apologies: Mr I Laidlaw-Dickson Co-opted member Cllr R Smith, Herts Police Authority Cllr Ms S Taylor, Borough Council Cllr R Henry Stevenage Borough Council Mayor Dorothy Thornhill, Mayor of Watford A White, Herts Police Authority
"""


def test_name_run_into_a_council_ends_at_its_place():
    att = [(t, n, o) for s, t, n, _r, o in _att(HERTS) if s == "apologies"]
    assert ("Cllr", "R Henry", "Stevenage Borough Council") in att
    # the words after the council are nobody's: never "Dorothy Thornhill" of the Police Authority
    assert not any(n == "Dorothy Thornhill" for _t, n, _o in att)
    assert people("Minutes of the meeting of the Panel held on 3 March 2024 at the Town Hall\n"
                  "Present: Cllr John Smith Barnsley Council\n") == [
        ("present", "Cllr", "John Smith", "Barnsley Council")]
