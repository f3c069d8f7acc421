"""Meeting forms, round 7 (/work/wt/audit11-auditm7/docs/sources.md).  Each excerpt is written for the
test in the form the page printed; expected values come from reading it.  Every rule has a test on
the side where it must not fire."""
import re

from meeting_helpers import meetings_of, people, run

# --- "RESOLVED," with a comma; a nominee named before "proposed by" (Cumbria PCP) ---------------------

CUMBRIA = """Cumbria Police and Crime Panel
Tuesday, 24th July, 2018 10.30 am

Venue: Community Room, Cumbria Fire and Rescue HQ, Carleton Avenue, Penrith, CA10 2FA.

1.

Election of Chair

Minutes:

There was only one nomination, Mr William McEwan, proposed by Miss Helen Fearon and seconded by Mr Peter Kendall.

RESOLVED,  that Mr William McEwan be appointed Chair of the Panel for the ensuing year.

2.

Election of Vice-Chair

Minutes:

There was only one nomination, Miss Helen Fearon proposed by Mr Kevin Hamilton and seconded by Mr Roger Bingham.

RESOLVED,  that Miss H Fearon be appointed as Vice-Chair of the Panel for the ensuing year.

3.

Apologies for Absence

Minutes:

An apology for absence was received from Ms Judith Cooke.
"""


def _decisions(text):
    return [(d.item_number, d.decision, d.proposer, d.seconder) for d in run(text)["decisions"]]


def test_resolved_with_comma_is_a_decision():
    got = _decisions(CUMBRIA)
    assert [d[:2] for d in got] == [
        ("1", "that Mr William McEwan be appointed Chair of the Panel for the ensuing year."),
        ("2", "that Miss H Fearon be appointed as Vice-Chair of the Panel for the ensuing year.")]


def test_nominee_before_proposed_by_is_not_the_proposer():
    got = _decisions(CUMBRIA)
    assert [d[2:] for d in got] == [("Helen Fearon", "Peter Kendall"), ("Kevin Hamilton", "Roger Bingham")]


def test_proposer_first_still_read():
    text = CUMBRIA.replace("Miss Helen Fearon proposed by Mr Kevin Hamilton and seconded by Mr Roger Bingham.",
                           "Mr Kevin Hamilton proposed Miss Helen Fearon, seconded by Mr Roger Bingham.")
    assert _decisions(text)[1][2:] == ("Kevin Hamilton", "Roger Bingham")


def test_resolved_comma_needs_a_clause():
    text = CUMBRIA.replace("RESOLVED,  that Mr William McEwan", "Resolved, after some debate the Panel chose Mr William McEwan")
    assert [d[0] for d in _decisions(text)] == ["2"]


# --- a minutes title naming no body (Little Totham parish) ---------------------------------------------

NO_BODY = """Minutes of Meeting, Tuesday, 7th March 2023

The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm

573. Apologies for Absence: There were no absentees
"""


def test_minutes_of_meeting_names_no_body():
    assert meetings_of(NO_BODY) == [("minutes", None, "2023-03-07", None, None)]


def test_minutes_of_a_named_body_dated_unchanged():
    text = NO_BODY.replace("Minutes of Meeting,", "Minutes of Little Totham Parish Council,")
    assert meetings_of(text)[0][:3] == ("minutes", "Little Totham Parish Council", "2023-03-07")


# --- a time run on into how the meeting was held (Preshute parish) ---------------------------------------

PRESHUTE = """Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.

Present:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.
"""


def test_time_before_words_is_the_start_time():
    assert meetings_of(PRESHUTE) == [("minutes", "Parish Council", "2021-03-22", "19:30", "remotely through Zoom")]


def test_time_then_a_clause_is_no_place():
    text = PRESHUTE.replace("at 7.30pm remotely through Zoom.", "at 7.30pm and closed at 9.15pm.")
    assert meetings_of(text)[0][3:] == ("19:30", None)


def test_time_then_in_place_unchanged():
    text = PRESHUTE.replace("at 7.30pm remotely through Zoom.", "at 7.30pm in the Village Hall.")
    assert meetings_of(text)[0][3:] == ("19:30", "Village Hall")


# --- South Yorkshire PCP: MBC councils, two brackets, a "Councillors:" line, lines run together -------

SOUTH_YORKS = """SOUTH YORKSHIRE POLICE AND CRIME PANEL

MEETING HELD VIRTUALLY

3 FEBRUARY 2021

PRESENT: Councillor D Nevett (Doncaster MBC) (Chair)

Councillor S Sansome (Rotherham MBC) (Vice-Chair)

Councillors: A Cherryholme (Barnsley MBC), J Grocutt (Sheffield City Council), P Short (Rotherham MBC) and S Wilkinson (Doncaster MBC)

Independent Co-opted Members: Mr A Carter and Professor A James

Dr A Billings (South Yorkshire Police and Crime Commissioner)

M Buttery, S Abbott and F Topliss (Office of the South Yorkshire Police and Crime Commissioner)

1 WELCOME BY CHAIR

Councillor Nevett welcomed everyone to the virtual meeting of the Police and Crime Panel.
"""


def test_mbc_names_the_members_council():
    got = [p for p in people(SOUTH_YORKS) if (p[1] or "").startswith("Councillor")]
    assert got == [("present", "Councillor", "D Nevett", "Doncaster MBC"),
                   ("present", "Councillor", "S Sansome", "Rotherham MBC"),
                   ("present", "Councillor", "A Cherryholme", "Barnsley MBC"),
                   ("present", "Councillor", "J Grocutt", "Sheffield City Council"),
                   ("present", "Councillor", "P Short", "Rotherham MBC"),
                   ("present", "Councillor", "S Wilkinson", "Doncaster MBC")]


def test_roles_of_two_brackets():
    roles = {a.name: a.role for a in run(SOUTH_YORKS)["attendance"]}
    assert (roles["D Nevett"], roles["S Sansome"], roles["P Short"]) == ("chairman", "vice_chairman", "member")


def test_bracket_belongs_to_the_name_before_it():
    orgs = {p[2]: p[3] for p in people(SOUTH_YORKS)}
    assert orgs["A Billings"] == "South Yorkshire Police and Crime Commissioner"
    assert orgs["M Buttery"] is None and orgs["A James"] is None
    assert orgs["F Topliss"] == "Office of the South Yorkshire Police and Crime Commissioner"


def test_mbc_inside_a_word_is_no_council():
    text = SOUTH_YORKS.replace("(Doncaster MBC) (Chair)", "(MBCX) (Chair)")
    assert [p[3] for p in people(text) if p[2] == "D Nevett"] == [None]


def test_plural_title_line_not_a_list_is_not_read():
    text = SOUTH_YORKS.replace("Councillors: A Cherryholme (Barnsley MBC), J Grocutt (Sheffield City Council), "
                               "P Short (Rotherham MBC) and S Wilkinson (Doncaster MBC)",
                               "Councillors: were reminded that the meeting was being recorded for the webcast")
    names = [p[2] for p in people(text)]
    assert "S Sansome" in names and not any(re.search(r"reminded|webcast", n) for n in names)
