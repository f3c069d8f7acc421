"""Attendance forms, round 19 (/work/wt/audit19-meet19/ and the Dyfed-Powys page of /work/wt/audit19-meet19b/):
a job in brackets or after a comma behind an untitled name, and a council's member title that is no organisation.
Each excerpt is quoted from the page named beside it; expected values come from reading it.  Each rule has a test
on the side where it must not fire."""
from extract.extractors.meetings.names import _parse_list
from meeting_helpers import run


def _rows(text):
    return [(a.status, a.title or "", a.name, a.organisation or "") for a in run(text)["attendance"]]


def _people(text):
    return [(p.title, p.name, p.org) for p in _parse_list(text, set())]


# Dyfed Powys Police and Crime Panel, 26 January 2024
# (democracy.carmarthenshire.gov.wales ieListDocuments.aspx?CId=193&MeetingId=7865)
DYFED_POWYS = """Agenda and minutes

Dyfed Powys Police and Crime Panel - Friday, 26th January, 2024 10.30 am

Venue: County Hall - Haverfordwest - Haverfordwest. View directions

Items
No. Item

1.

APOLOGIES FOR ABSENCE AND PERSONAL MATTERS

Minutes:

Apologies for absence were received from Councillor Liz Rijenberg (Powys County Council), Councillor Elizabeth Evans, Ceredigion County Council and Councillor Dot Jones (Carmarthenshire County Council). Apologies were also received from Carys Morgans (Chief of Staff, OPCC).
"""


def test_a_bracketed_job_with_a_comma_stays_the_untitled_names():
    # (main's code split the bracket at its comma and lost it: Carys Morgans with no job)
    rows = _rows(DYFED_POWYS)
    assert ("apologies", "", "Carys Morgans", "Chief of Staff, OPCC") in rows
    assert ("apologies", "Councillor", "Liz Rijenberg", "Powys County Council") in rows
    assert len(rows) == 4


def test_and_inside_a_bracket_splits_no_name():
    # South Wales PCP (democracy.merthyr.gov.uk ieListDocuments.aspx?CId=349&MId=4372): "Apologies for absence were
    # received from Mr Ian Fox (Co-optee) and Emma Wools (Deputy Police and Crime Commissioner)."
    assert _people("Emma Wools (Deputy Police and Crime Commissioner)") == [
        ("", "Emma Wools", "Deputy Police and Crime Commissioner")]
    # the side where it must not fire: "and" between names still splits them
    assert _people("Denisa Ahmeti and Louise Williams") == [("", "Denisa Ahmeti", ""), ("", "Louise Williams", "")]


def test_a_job_opening_with_its_job_word_after_a_comma_is_the_names_job():
    # South Wales PCP (democracy.merthyr.gov.uk ieListDocuments.aspx?CId=349&MId=3120): "Apologies for
    # non-attendance were also received from Lee Jones, Chief of Staff (Commissioners Office) and Matt Jukes, Chief
    # Constable."  (Surrey PCP prints "Kelvin Menon, Chief Finance Officer (OPCC)" the same way)
    assert _people("Lee Jones, Chief of Staff (Commissioners Office) and Matt Jukes, Chief Constable") == [
        ("", "Lee Jones", "Chief of Staff (Commissioners Office)"), ("", "Matt Jukes", "Chief Constable")]
    # Scotland Excel's chief executives' group (renfrewshire.cmis.uk.com ... Meeting/5827/Committee/79): each
    # "Name, Job (Council)" of a list of apologies
    assert _people("Angela Scott, Chief Executive (Aberdeen City Council); Eddie Fraser, Chief Executive (East "
                   "Ayrshire Council)") == [("", "Angela Scott", "Chief Executive (Aberdeen City Council)"),
                                            ("", "Eddie Fraser", "Chief Executive (East Ayrshire Council)")]
    # the side where it must not fire: a job before a name is that name's, never the name before it
    assert _people("Mary Jones and Chief Finance Officer Helen King") == [
        ("", "Mary Jones", ""), ("", "Helen King", "Chief Finance Officer")]


# Warwickshire Police and Crime Panel, 20 January 2025
# (democracy.warwickshire.gov.uk ieListDocuments.aspx?CId=136&MeetingId=4167)
WARWICKSHIRE = """Agenda and minutes

Warwickshire Police and Crime Panel - Monday 20 January 2025 10.00 am

Venue: Committee Room 2, Shire Hall. View directions

Items
No. Item

1(1)

Apologies

To receive any apologies from members of the Panel.

Minutes:

Apologies were received from Warwickshire County Councillor Bhagwant Singh Pandher and Nuneaton and Bedworth Borough Councillor, Tim Jenkins.
"""


def test_a_councils_member_title_is_no_organisation():
    # (main's code gave Bhagwant Singh Pandher the organisation "Bedworth Borough Councillor", the title of the
    # name after it)
    rows = _rows(WARWICKSHIRE)
    assert ("apologies", "County Councillor", "Bhagwant Singh Pandher", "") in rows
    assert all(not r[3].endswith("Councillor") for r in rows)
    # the side where it must not fire: a council after a name is still its organisation
    assert _people("Councillor Liz Rijenberg (Powys County Council)") == [
        ("Councillor", "Liz Rijenberg", "Powys County Council")]
