"""Meeting forms, round 17b: two wrong records left by round 17 (/work/wt/audit17-meet17/).  Each excerpt is
quoted from the page named beside it; expected values come from reading it.  Each rule has a test on the side
where it must not fire."""
from meeting_helpers import run


def _rows(text):
    return [(a.status, a.role, a.title, a.name, a.organisation) for a in run(text)["attendance"]]


# Brighton & Hove City Council, Policy & Resources Committee minutes, 1 July 2021 (lines quoted)
BRIGHTON = """Brighton & Hove City Council
Policy & Resources Committee
4.00pm1 July 2021
Hove Town Hall - Council Chamber
MINUTES
Present: Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell (Group Spokesperson).

PART ONE
1 Procedural Business
"""


def test_a_bracket_after_an_unread_surname_is_never_the_first_names_organisation():
    rows = _rows(BRIGHTON)
    mac = [r for r in rows if r[3] == "Mac Cafferty"]
    assert mac and mac[0][1] == "chairman"
    # "Joint Opposition Spokesperson" is Appich's, "Group Spokesperson" Bell's: never Mac Cafferty's organisation
    assert all(r[4] in ("", None) for r in mac), rows
    assert not any("Spokesperson" in (r[4] or "") and r[3] == "Mac Cafferty" for r in rows)


def test_a_bracket_straight_after_a_name_is_still_its_organisation():
    # negative side: the bracket follows the name it belongs to
    text = BRIGHTON.replace(
        "Present: Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell (Group Spokesperson).",
        "Present: Councillor Mac Cafferty (Brighton and Hove City Council).")
    rows = _rows(text)
    assert ("present", "member", "Councillor", "Mac Cafferty", "Brighton and Hove City Council") in rows, rows


# Northumbria Police and Crime Panel, 22 October 2024 (democracy.gateshead.gov.uk, MId=3850), item 26
NORTHUMBRIA = """Agenda and minutes

Northumbria Police and Crime Panel - Tuesday, 22nd October, 2024 2.00 pm

Venue: Whickham Room - Civic Centre.

Items
No. Item

26.

Apologies

Minutes:

Councillors M Butler and K Chequer (Sunderland City Council), J Foreman (South Tyneside Council) and Kami Kundi and Jonathan Klajan (Independent Members).

27.

Minutes

Minutes:

RESOLVED - That the minutes of the last meeting held on the 23 July 2024 were approved as a correct record.
"""


def test_independent_members_under_a_plural_councillors_are_not_councillors():
    rows = {r[3]: r for r in _rows(NORTHUMBRIA)}
    assert rows["Kami Kundi"][2] in ("", None) and rows["Jonathan Klajan"][2] in ("", None), rows
    assert rows["Kami Kundi"][4] == rows["Jonathan Klajan"][4] == "Independent Members"
    assert rows["Kami Kundi"][0] == "apologies"
    # the councillors before them keep their title and councils
    assert rows["J Foreman"][2] == "Councillor" and rows["J Foreman"][4] == "South Tyneside Council"
    assert rows["K Chequer"][2] == "Councillor" and rows["K Chequer"][4] == "Sunderland City Council"


def test_a_council_bracket_keeps_the_plural_title():
    # negative side: a council in the bracket, never an independent member
    rows = {r[3]: r for r in _rows(NORTHUMBRIA.replace("(Independent Members)", "(Gateshead Council)"))}
    assert rows["Jonathan Klajan"][2] == "Councillor" and rows["Kami Kundi"][2] == "Councillor", rows


def test_a_singular_independent_member_bracket_is_the_last_names_alone():
    text = NORTHUMBRIA.replace("and Kami Kundi and Jonathan Klajan (Independent Members)",
                               "and Kami Kundi and Jonathan Klajan (Independent Member)")
    rows = {r[3]: r for r in _rows(text)}
    assert rows["Jonathan Klajan"][2] in ("", None) and rows["Jonathan Klajan"][4] == "Independent Member", rows
    assert rows["Kami Kundi"][2] == "Councillor", rows
