"""tidy13: one cut for a present list run on into the minutes (attendance._RAN_ON, at the list's depth), and
the dangling word before a run-on next minute read from the sentence_cannot_end vocabulary (votes)."""
from extract.extractors.meetings.attendance import _people
from extract.extractors.meetings.votes import _before_next_item
from extract.loaders.common import STOP_WORDS


def _names_orgs(status, txt):
    return [(p.name, p.org) for p in _people(status, txt, "", set())]


def test_list_run_on_into_first_numbered_minute_is_cut():
    # the whole list ends before "1. To receive ..." (was _RUN_ON_MINUTE on the label's text)
    txt = ("Cllr John Smith (Chair), Mr Mark Jones, Director of Policy and Commissioning, OPCCN 1. To receive "
           "apologies and details of any substitute Members attending 1.1 Apologies had been received from Cllr Ann Lee")
    names = [n for n, _o in _names_orgs("present", txt)]
    assert names == ["John Smith", "Mark Jones"]  # Ann Lee sent apologies: not present


def test_organisation_run_on_into_minute_number_or_capital_heading_is_cut():
    # (was _ran_on_org on each organisation over 60 characters)
    txt = ("Mark Simmonds – PCC Chief Finance Officer PCP 34.12/13 MEMBERSHIP/APPOINTMENT OF NEW INDEPENDENT MEMBER "
           "The Chairman referred to the report")
    assert _names_orgs("also_present", txt) == [("Mark Simmonds", "PCC Chief Finance Officer")]
    txt = ("Jane Doe – Head of Finance, Office of the Police and Crime Commissioner ANNUAL REPORT AND ACCOUNTS "
           "The Panel considered the report")
    assert _names_orgs("also_present", txt) == [
        ("Jane Doe", "Head of Finance, Office of the Police and Crime Commissioner")]


def test_list_without_run_on_is_whole():
    txt = "Cllr John Smith (Chair)\nCllr Ann Lee\nMr Bob Brown"
    assert [n for n, _o in _names_orgs("present", txt)] == ["John Smith", "Ann Lee", "Bob Brown"]
    # "1.5" is no minute number, a list's own number is followed by a name
    assert _names_orgs("also_present", "Jane Doe – Head of Finance, Office of the Police and Crime Commissioner") == [
        ("Jane Doe", "Head of Finance, Office of the Police and Crime Commissioner")]


def test_decision_run_on_into_next_minute_ends_before_it():
    assert _before_next_item("That the report be approved and 6. a) Planning applications", 5) == \
        "That the report be approved"
    assert _before_next_item("That the report be noted with 6. Planning applications", 5) == "That the report be noted"
    # a word of the vocabulary the old hard-coded list did not hold
    assert "at" in STOP_WORDS
    assert _before_next_item("That the budget be set at 6. Planning applications", 5) == "That the budget be set"


def test_decision_not_run_on_is_kept():
    assert _before_next_item("That the report be approved. 6. Planning applications", 5) == \
        "That the report be approved. 6. Planning applications"  # a sentence ended: not joined
    assert _before_next_item("That the report be approved and 7. Planning applications", 5) == \
        "That the report be approved and 7. Planning applications"  # not the next minute's number
    assert _before_next_item("That the report be approved and 6. Planning", None) == \
        "That the report be approved and 6. Planning"


def test_member_printed_in_capitals_is_not_a_heading():
    # a name in capitals ("COUNCILLOR JOHN PROSSER (Labour)", a form of real agenda packs) is no heading the
    # list ran on into: the members after it are still read
    txt = "Cllr Ken Howell (Conservative)\nCOUNCILLOR JOHN PROSSER (Labour)\nCllr Emlyn Schiavone (Plaid Cymru)"
    names = [p.name for p in _people("present", txt, "", set())]
    assert "Ken Howell" in names and "Emlyn Schiavone" in names
