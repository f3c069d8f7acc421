"""Meeting forms, round 12 (/work/wt/audit14-meet14/sources.md): an "N." item title on its own line that a text
loader joined to the minute's text under it.  Each excerpt is quoted from the page named beside it; expected
values come from reading it.  The rule has a test on the side where it must not fire."""
from meeting_helpers import run


def _items(text):
    return [(i.number, i.title) for i in run(text)["agenda_items"]]


# Helpringham PC, Annual Parish Meeting 9 May 2018 (helpringham.parish.lincolnshire.gov.uk)
HELPRINGHAM = """ANNUAL PARISH MEETING
Minutes of the Annual Parish Meeting held on Wednesday 9 May, 2018
Present: Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell, M Robinson, Cllr R Spencer and the Clerk – Adrian Illingworth
Cllr Mr G. Hotchkin opened the meeting at 7pm.
1. Welcome
The Chairman welcomed all present
3. Minutes of the Annual Parish Meeting 2017 (18/01)
The minutes of the meeting held 10 May 2017 were accepted as a true record. Proposed by Cllr J Frizzell and seconded by Cllr Robinson. All members in favour. Minutes signed by the Chairman.
4. Presentation of reports by village organisations (18/02)
Cllr J Frizzell informed members she had resigned from the Playing Field committee but Clls Robinson and G Frizzell still in situte.
5. Personal Representation (18/03)
No members of the public present.
"""


def test_numbered_title_line_joined_to_its_text_is_an_item():
    items = _items(HELPRINGHAM)
    assert ("4", "Presentation of reports by village organisations (18/02)") in items
    assert [n for n, _ in items] == ["1", "3", "4", "5"]


# Kent CC, Cabinet 9 January 2025 minutes: a numbered paragraph hard-wrapped at the page's width; its first line
# is no title (the line under it is no longer than it)
KENT = """80. Provisional Local Government Finance Settlement 2025-26
(Item 5)
John Betts (Interim Corporate Director Finance) and Dave Shipton (Head of Finance
(Policy, Planning & Strategy) were in attendance for this item

1. Mr Shipton introduced the report that set out the detail in the Provisional Local
Government Finance Settlement (PLGFS) 2025-26 which was published on
18th December 2024. As in recent years the settlement was presented as core
spending power (CSP) taking into account assumed council tax proceeds
(assumed taxbase growth and council tax increases up to referendum limits)
and the main grants for local government from the Ministry of Housing,
Communities and Local Government (MHCLG).
"""


def test_hard_wrapped_numbered_paragraph_is_no_item():
    titles = [t for _, t in _items(KENT)]
    assert not any(t.startswith("Mr Shipton") for t in titles)


# Kent CC, County Council 13 March 2025 printed minutes: a numbered recommendation hard-wrapped (its first line
# ends in a small word, the line under it is shorter)
KENT_COUNCIL = """6. Delegate authority to the Monitoring Officer in consultation with the
Leader and Opposition Group Leaders authority to make further
necessary changes to the Constitution following the debate.
"""


def test_wrapped_recommendation_is_no_item():
    assert not any(t.startswith("Delegate") for _, t in _items(KENT_COUNCIL))


# Souldern PC, Annual Parish Meeting 20 May 2025 (minutes PDF text): item 1's title on its own, item 2's title
# joined by the loader between item 1's minute and its own
SOULDERN = """MINUTES OF THE SOULDERN ANNUAL PARISH MEETING
HELD IN THE VILLAGE HALL
ON 20th MAY 2025
1. Welcome and apologies
Apologies had been received from Kate Green and Joanna Carlisle
2. Minutes of the Annual Parish meeting 26th May 2024
The minutes of the last Annual Parish meeting held on 24th May 2024 were checked for content
and accuracy and signed as a true record of the meeting.
3. Matters arising
There were no matters arising
"""


def test_numbered_title_line_inside_a_joined_paragraph_is_an_item():
    assert _items(SOULDERN) == [("1", "Welcome and apologies"), ("2", "Minutes of the Annual Parish meeting 26th May 2024"),
                                ("3", "Matters arising")]


# --- the line under an agenda item opening with the next item's number is no purpose ------------------------------

# North Wales PCP (Conwy CBC), agenda 17 June 2019: item 4's title runs on into its note, so it is no item itself
NORTH_WALES = """North Wales Police and Crime Panel

Monday, 17 June 2019 at 2.00 pm Council Chamber - Bodlondeb AGENDA 1. Appointment of Chair

2. Appointment of Vice-Chair

3. Apologies for absence

4. Declarations of Interest: Code of Local Government Conduct Members are reminded that they must declare the existence and nature of their declared personal interests.
"""

# Trimdon Foundry PC, agenda for the meeting of 12 September 2017
TRIMDON = """Agenda for meeting scheduled for Tuesday 12th September 2017

In accordance with Paragraph 7 & 10 (2)(b) of Schedule 12a of the Local Government Act 1972 You are hereby summoned to attend a meeting of the Trimdon Foundry Parish Council at May Crescent Community House on Tuesday 12th September 2017 at 7.30pm.

1)      To accept apologies for absence

2)      Agree notice of Motion to call the meeting to be held on 12th September 2017

3)      To record declarations of interest from members on any item to be discussed

(Members are reminded of the need to declare any interest prejudicial or personal in accordance with the Code of Conduct as agreed by Council March 2017)
"""


def _purposes(text):
    return {i.number: i.purpose for i in run(text)["agenda_items"]}


def test_next_items_line_is_no_purpose():
    nw = _purposes(NORTH_WALES)
    assert "3" in nw and nw["3"] is None
    tr = _purposes(TRIMDON)
    assert "2" in tr and tr["2"] is None
