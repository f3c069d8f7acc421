"""Recorded votes on a resolution printed with its paragraph number ("26) RESOLVED that the County
Council: ..."), and a vote block that names a member twice.  Kent County Council's printed minutes
(../shared/real/kent_cc) number every paragraph of a long minute "18)", "25)", "26)"; the vote before
such a resolution was dropped with it.  Expected counts read from the minutes."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors import meetings
from extract.extractors.meetings.votes import _each_votes_once
from extract.loaders import load

KENT = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "kent_cc"


def _decisions(name: str):
    path = KENT / name
    if not path.exists():
        pytest.skip("../shared/real is not beside the clone")
    return meetings.extract(load(path))


def test_the_substantive_motion_s_recorded_vote_is_kept():
    out = _decisions("kcc_council_2025-01-09_printed_minutes.pdf")
    [d] = [d for d in out["decisions"] if d.item_number == "285" and not d.decision.endswith("Amendment lost.")]
    # "25) The Chairman put the substantive motion ... For (39) ... Against (19) ... Abstain (1)
    # Substantive Motion carried. 26) RESOLVED that the County Council: ..."
    assert d.decision.startswith("that the County Council")
    assert (d.votes_for, d.votes_against, d.votes_abstain) == (39, 19, 1)
    index = out["decisions"].index(d)   # (one meeting: its decisions' indexes are their places)
    votes = [v for v in out["votes"] if v.item_number == "285" and v.decision_index == index]
    assert len(votes) == 59
    assert ("Baker", "for") in {(v.name, v.vote) for v in votes}
    assert ("Baldock", "against") in {(v.name, v.vote) for v in votes}


def test_numbered_resolutions_of_march_2025_take_their_votes():
    out = _decisions("kcc_council_2025-03-13_printed_minutes.pdf")
    def counts(start: str):
        [d] = [d for d in out["decisions"] if d.decision.startswith(start)]
        return d.votes_for, d.votes_against, d.votes_abstain

    assert counts("that Council notes the update on devolution") == (38, 5, 4)
    assert counts("that Council endorses the attached Pay Policy Statement") == (32, 1, 2)


def test_a_block_naming_a_member_twice_is_two_votes_run_together():
    one = {"for": (2, [("Mr", "Baldock"), ("Mr", "Brady")]), "against": (1, [("Mr", "Baker")])}
    two = {"for": (2, [("Mr", "Baldock"), ("Mr", "Brady")]), "against": (1, [("Mr", "Baldock")])}
    assert _each_votes_once(one) and not _each_votes_once(two)


def test_recorded_votes_on_amendments_are_decisions_of_their_own():
    out = _decisions("kcc_council_2025-01-09_printed_minutes.pdf")
    amendments = [d for d in out["decisions"] if d.decision.endswith("Amendment lost.")]
    # "18) Following the debate, the Chairman put the amendment set out in paragraph 17 to the vote and
    # the voting was as follows: For (14) ... Against (45) ... Abstain (4) ... Amendment lost." and three more
    assert [(d.votes_for, d.votes_against, d.votes_abstain) for d in amendments] == [
        (14, 45, 4), (17, 43, 3), (13, 45, 4), (14, 40, 7)]
    assert amendments[0].decision.startswith("18) Following the debate, the Chairman put the amendment")
    # "17) Mr Hood proposed and Mr Baldock seconded the following amendment ...", "19) Mr Brady proposed
    # and Ms Constantine seconded the following amendment ..." (the names as the attendance lists them)
    assert [(d.proposer, d.seconder) for d in amendments[:2]] == [("M A J Hood", "M Baldock"),
                                                                  ("A Brady", "K Constantine")]
    assert len(out["votes"]) == 59 + 63 + 63 + 62 + 61


def test_an_amendment_vote_needs_its_outcome_and_the_sentence_putting_it():
    from extract.extractors.meetings.votes import _AMENDMENT_OUTCOME

    assert _AMENDMENT_OUTCOME.match("Amendment lost.") and _AMENDMENT_OUTCOME.match("The amendment was carried")
    assert not _AMENDMENT_OUTCOME.match("Amendments to the constitution were noted.")


def test_a_title_glued_to_the_surname_is_split():
    from extract.extractors.meetings.votes import _names

    assert _names("Mr Baker, MrRidgers, MrsBell and Ms Meade") == [
        ("Mr", "Baker"), ("Mr", "Ridgers"), ("Mrs", "Bell"), ("Ms", "Meade")]


def test_a_motion_put_to_the_vote_and_the_resolution_after_it_each_keep_their_vote():
    out = _decisions("kcc_council_2025-03-13_printed_minutes.pdf")
    # "4) Following further debate, Mr Rayner proposed and Mr Meade seconded that the substantive motion (as
    # amended) in paragraph 3 be put to the vote." / "5) The Chairman put the motion in paragraph 4 to the vote
    # ... For (33) ... Against (2) Mr Baker, Mr Lehmann Abstain (0) Motion carried." / "5) The Chairman put the
    # substantive motion (as amended) ... For (34) ... Against (0) Abstain (0) Substantive motion carried." /
    # "6. RESOLVED that: This Council believes that: ..." (the resolution numbered "6." in the printed minutes)
    motion = [d for d in out["decisions"] if d.decision.startswith("Following further debate, Mr Rayner proposed")]
    resolution = [d for d in out["decisions"] if "This Council believes that" in d.decision[:40]]
    assert [(d.votes_for, d.votes_against, d.votes_abstain) for d in motion] == [(33, 2, 0)]
    assert [(d.votes_for, d.votes_against, d.votes_abstain) for d in resolution] == [(34, 0, 0)]
    m, r = out["decisions"].index(motion[0]), out["decisions"].index(resolution[0])
    assert {(v.name, v.vote) for v in out["votes"] if v.decision_index == m} >= {("Baker", "against"), ("Lehmann", "against")}
    assert {(v.name, v.vote) for v in out["votes"] if v.decision_index == r} >= {("Baker", "for"), ("Lehmann", "for")}


def test_a_resolution_after_its_number_and_a_full_stop():
    out = _decisions("kcc_council_2025-01-09_printed_minutes.pdf")
    # "1. Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting. ..." /
    # "2. RESOLVED that Mr Cooke be elected to Chair the meeting."
    [d] = [d for d in out["decisions"] if "Cooke" in d.decision]
    assert (d.decision, d.proposer, d.seconder) == ("that Mr Cooke be elected to Chair the meeting.", "R W Gough", "A Brady")
