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
    [d] = [d for d in out["decisions"] if d.item_number == "285"]
    # "25) The Chairman put the substantive motion ... For (39) ... Against (19) ... Abstain (1)
    # Substantive Motion carried. 26) RESOLVED that the County Council: ..."
    assert d.decision.startswith("that the County Council")
    assert (d.votes_for, d.votes_against, d.votes_abstain) == (39, 19, 1)
    votes = [v for v in out["votes"] if v.item_number == "285"]
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
