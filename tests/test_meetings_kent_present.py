"""Kent County Council printed minutes: the whole "PRESENT:" list, read across the lines it runs
on to, with post-nominals after a comma kept with the name before ("Mr P M Hill, OBE,").
Expected values read from the PDFs (page 1) in ../shared/real/kent_cc/."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.meetings import extract
from extract.extractors.meetings.names import _parse_list, _split_run, is_postnominal
from extract.loaders import load

KENT = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "kent_cc"


@pytest.fixture(scope="module")
def present():
    out = {}
    for name in ("kcc_council_2025-01-09_printed_minutes.pdf", "kcc_council_2025-02-13_printed_minutes.pdf",
                 "kcc_cabinet_2025-01-09_minutes.pdf"):
        r = extract(load(KENT / name))
        out[name.split("_minutes")[0].split("_printed")[0]] = {a.name: a for a in r["attendance"] if a.status == "present"}
    return out


def test_council_january_whole_list(present):
    p = present["kcc_council_2025-01-09"]  # 2025-01-09: 67 members listed, no chairman printed
    assert len(p) == 67
    for name in ("N Baker", "D L Brazier", "N J D Chard", "M A J Hood", "Rich Lehmann", "T L Shonk", "L Wright"):
        assert name in p
    # the honorific in title, the post-nominal after the comma in post_nominals
    assert (p["P M Hill"].title, p["P M Hill"].post_nominals) == ("Mr", "OBE")
    assert (p["R C Love"].title, p["R C Love"].post_nominals) == ("Mr", "OBE")
    assert (p["Paul Carter"].title, p["Paul Carter"].post_nominals) == ("Sir", "CBE")
    assert (p["T Dean"].title, p["T Dean"].post_nominals) == ("Mrs", "MBE")
    assert p["N Baker"].post_nominals is None
    assert not {"OBE", "MBE", "CBE", "N J", "D Chard"} & set(p)


def test_council_february_chair_and_members(present):
    p = present["kcc_council_2025-02-13"]
    assert p["B J Sweetland"].role == "chairman"
    assert p["A M Ridgers"].role == "vice_chairman"
    for name in ("N Baker", "S R Campkin", "S J Carey", "P C Cooper", "A Kennedy", "S Prendergast", "R J Thomas",
                 "L Wright"):
        assert name in p
    assert len(p) == 63  # 64 names printed; two share the name "J Meade" (the key of this dict)


def test_same_name_with_honorifics_of_either_sex_are_two_people():
    r = extract(load(KENT / "kcc_council_2025-02-13_printed_minutes.pdf"))
    meade = [(a.title, a.name) for a in r["attendance"] if a.status == "present" and a.name == "J Meade"]
    assert sorted(meade) == [("Mr", "J Meade"), ("Ms", "J Meade")]  # "Ms J Meade, Mr J Meade,"
    ids = {a.person_id for a in r["attendance"] if a.name == "J Meade"}
    assert len(ids) == 2
    assert len([a for a in r["attendance"] if a.status == "present"]) == 64


def test_cabinet_list(present):
    p = present["kcc_cabinet_2025-01-09"]
    assert set(p) == {"R W Gough", "N Baker", "C Bell", "S Chandler", "D Jeffrey", "R C Love", "D Murphy",
                      "P J Oakford", "D Watkins", "R J Thomas"}
    assert p["R W Gough"].role == "chairman"
    assert (p["R C Love"].title, p["R C Love"].post_nominals) == ("Mr", "OBE")


@pytest.mark.parametrize("chunk, yes", [("OBE", True), (" MBE.", True), ("CBE", True), ("Mr A Brady", False),
                                        ("Rich Lehmann", False)])
def test_is_postnominal(chunk, yes):
    assert is_postnominal(chunk) is yes


def test_person_keys():
    from types import SimpleNamespace as P
    from extract.extractors.meetings.names import person_keys
    assert person_keys([P(name="J Meade", title="Ms"), P(name="J. Meade", title="Mr"), P(name="A Brady", title="Mr"),
                        P(name="A Brady", title="Cllr")]) == ["j meade|f", "j meade|m", "a brady", "a brady"]


def test_initials_and_surname_are_one_name():
    assert _split_run(["N", "J", "D", "Chard"], set()) == [["N", "J", "D", "Chard"]]
    assert [p.name for p in _parse_list("Mr N J D Chard, Mr I S Chittenden, OBE, Mrs P T Cole", set())] == [
        "N J D Chard", "I S Chittenden", "P T Cole"]
