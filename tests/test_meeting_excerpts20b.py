"""Movers, seconders and vote counts, round 20b (task meet20b; texts in /work/wt/audit20-meet20/ and
/work/wt/audit19-meet19/).  Each excerpt is quoted from the page named beside it (a meeting's heading put
over it where the page prints none, so a meeting is read); expected values come from reading it.  Each rule
has a test on the side where it must not fire."""
from meeting_helpers import run

HEAD = "Minutes of the meeting of the Council held on Tuesday 20 September 2016 at 7.00 pm\n\n"


def _decs(text):
    return [(d.decision, d.proposer, d.seconder, d.votes_for, d.votes_against, d.votes_abstain)
            for d in run(HEAD + text)["decisions"]]


# Slough Borough Council (democracy.slough.gov.uk/mgAi.aspx?ID=48281)
SLOUGH = """It was moved by Councillor Swindlehurst,
Seconded by Councillor Mann,
a) "That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in paragraph 2.5 of the report be extended;
b) That the consequential amendment to the Constitution will come into effect on the day following the Council meeting;
c) That the Monitoring Officer be authorised to amend the Constitution accordingly."
The recommendations were put to the vote and carried with 30 votes for and 3 abstentions.
Resolved -
a) That the Terms of Reference of the Asset Disposal Cabinet Committee, as set out in paragraph 2.5 of the report be extended;
b) That the consequential amendment to the Constitution will come into effect on the day following the Council meeting;
c) That the Monitoring Officer be authorised to amend the Constitution accordingly.
"""


def test_a_motion_moved_and_seconded_over_lines_names_its_resolutions_mover():
    # (main's code named nobody and read no count: "It was moved by" was no proposer's line, and the vote's
    # sentence is the line above the resolution)
    d = _decs(SLOUGH)
    assert len(d) == 1
    text, prop, sec, vf, va, vab = d[0]
    assert text.startswith("a) That the Terms of Reference of the Asset Disposal Cabinet Committee")
    assert (prop, sec) == ("Swindlehurst", "Mann")
    assert (vf, va, vab) == (30, None, 3)


def test_a_pair_moved_with_no_resolution_near_it_names_nobody():
    # the motion under the pair, then other business: no decision is made of the line above the pair, and the
    # pair is not carried to a resolution much later
    text = ("Budget monitoring\nIt was moved by Councillor Swindlehurst,\nSeconded by Councillor Mann,\n"
            + "\n".join(f"Members discussed point {i} of the report at some length." for i in range(8))
            + "\nResolved - That the report be noted.\n")
    d = _decs(text)
    assert [(x[0], x[1], x[2]) for x in d] == [("That the report be noted.", None, None)]


def test_the_vote_before_a_resolution_on_an_amendment_is_not_its_count():
    text = ("The amendment was put to the vote and carried with 20 votes for and 10 against.\n"
            "Resolved - That the report be noted.\n")
    d = _decs(text)
    assert [(x[3], x[4], x[5]) for x in d] == [(None, None, None)]


# Hertsmere Borough Council, Council, minute 213 (audit19-meet19/hertsmere-council-213.txt)
HERTSMERE = """The Mayor noted that the volume of business on the agenda and in the interests of efficiency suggested that the most current or swiftly despatched items be moved up the agenda and similar items be grouped.

It was moved by Councillor Bright and seconded by Councillor Graham that items 16, 23, 12, 17, 13, 18, 24, 19, 25, 20, 26, 8, 10, 14, 21, 27, 9, 11, 15, 22, 28, 29 and 30 be taken immediately after item 7 (Crown Road).

The motion was put to the vote and AGREED.
"""


def test_it_was_moved_by_and_seconded_by_that_names_the_mover():
    # (main's code read "proposed by" only)
    d = _decs(HERTSMERE)
    assert [(x[1], x[2]) for x in d] == [("Bright", "Graham")]
    assert d[0][0].startswith("It was moved by Councillor Bright")


def test_a_nominee_moved_by_a_member_is_no_decision():
    # Thames Valley PCP, 2022 (mycouncil.oxfordshire.gov.uk, MId=6944): two nominees, a vote between them;
    # neither sentence is a decision
    text = ("Councillor David Carroll was moved by Councillor Simon Rouse and seconded by Councillor John Harrison "
            "to be appointed as Chair for this item.\n\nPhillip Morrice was moved by Councillor Robin Bradburn and "
            "seconded by Councillor Neil Fawcett to be appointed as Chair for this item.\n")
    assert _decs(text) == []


# Slough Borough Council, 2011 (www.slough.gov.uk/moderngov/mgAi.aspx?ID=18978; the recorded lists cut short)
SLOUGH_2011 = """It was moved by Councillor Stokes,

Seconded by Councillor Haines,

"That the Minutes of the Council meeting held on 23rd June, 2011 do not comprise an accurate record of proceedings."

The Mayor put the Minutes to the Council and following a vote the Minutes were declared as an accurate record by 24 votes, to 10 votes, with 1 abstention.

Resolved  -  That the Minutes of the proceedings of the Council at its meetings held on 19th May, 2011 and 23rd June, 2011 be  approved as a correct record and signed by the Mayor.
"""


def test_the_movers_of_a_motion_lost_are_not_the_resolutions():
    # the motion moved said the minutes were no accurate record; the resolution approves them
    d = _decs(SLOUGH_2011)
    assert [(x[1], x[2]) for x in d] == [(None, None)]
    assert d[0][0].startswith("That the Minutes of the proceedings of the Council")
