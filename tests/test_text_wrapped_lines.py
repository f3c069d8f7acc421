"""Text converted from a PDF without its layout (pdfplumber's ``extract_text``, pdftotext's
default mode) hard-wraps each paragraph at the page's width.  A line ending in a comma goes on
on the next line: its sentence is not over, whatever the next line looks like ("Sessions
House, County Hall, Maidstone on Thursday, 13 March 2025." reads like a title on its own).

The real case: Kent County Council's printed minutes of 13 March 2025 (../shared/real/kent_cc),
converted here with pdfplumber.  Before the rule, the meeting's opening sentence was cut in two
and no meeting, attendance or vote was read from the text at all."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extract.extractors import meetings
from extract.loaders import load, load_text
from extract.model import PARAGRAPH

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
MINUTES = REAL / "kent_cc" / "kcc_council_2025-03-13_printed_minutes.pdf"


def _paragraphs(text: str) -> list[str]:
    doc = load_text("wrapped.txt", text)
    return [b.text for b in doc.blocks if b.kind == PARAGRAPH]


def test_a_line_ending_in_a_comma_goes_on():
    paras = _paragraphs("MINUTES\n\nMINUTES of a meeting of the County Council held in the Council Chamber,\n"
                        "Sessions House, County Hall, Maidstone on Thursday, 13 March 2025.\n")
    assert "MINUTES of a meeting of the County Council held in the Council Chamber, Sessions House, " \
           "County Hall, Maidstone on Thursday, 13 March 2025." in paras


def test_a_long_line_going_on_into_one_that_ends_its_sentence():
    # Kent's cabinet minutes of 9 January 2025: the break falls inside "Sessions House"
    paras = _paragraphs("CABINET\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions\n"
                        "House, County Hall, Maidstone on Thursday, 9 January 2025.\n")
    assert paras == ["MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, "
                     "Maidstone on Thursday, 9 January 2025."]


def test_a_short_line_or_a_title_without_a_stop_is_not_joined():
    assert len(_paragraphs("The panel noted the update.\nPolice and Crime Plan Delivery\n")) == 1
    doc = load_text("wrapped.txt", "The report was presented to the panel by the Chief Executive of the Council\n"
                                   "Performance and Risk Management\n")
    assert [b.text for b in doc.blocks][-1] == "Performance and Risk Management"


def test_a_wrapped_list_of_services_is_not_a_heading():
    # Kent's cabinet minutes of 9 January 2025: the middle line, all capitalised words, was a section heading
    text = ("There were no KPIs that were rated red under Growth,\n"
            "Economic Development and Communities, Environment and Transport, Adult\n"
            "Social Care, or Public Health. Mr Wagner addressed the KPIs assessed as\n"
            "Red, those indicating signs of improvement and those which continued to\n"
            "exceed target.\n")
    doc = load_text("wrapped.txt", text)
    assert [b.kind for b in doc.blocks] == [PARAGRAPH]


def test_a_blank_line_or_a_bullet_after_the_comma_still_ends_it():
    assert len(_paragraphs("Members present included the Chairman,\n\nThe Vice-Chairman opened the meeting.\n")) == 2
    doc = load_text("wrapped.txt", "The following were noted,\n• Apologies were received from Mr Bond.\n")
    assert len(doc.blocks) == 2


@pytest.fixture(scope="module")
def kent_minutes_text(tmp_path_factory):
    if not MINUTES.exists():
        pytest.skip("../shared/real is not beside the clone")
    with pdfplumber.open(MINUTES) as pdf:
        text = "\f".join(p.extract_text() or "" for p in pdf.pages)
    path = tmp_path_factory.mktemp("kent") / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kent_cabinet_text(tmp_path_factory):
    pdf_path = REAL / "kent_cc" / "kcc_cabinet_2025-01-09_minutes.pdf"
    if not pdf_path.exists():
        pytest.skip("../shared/real is not beside the clone")
    with pdfplumber.open(pdf_path) as pdf:
        text = "\f".join(p.extract_text() or "" for p in pdf.pages[:2])
    path = tmp_path_factory.mktemp("kent") / "cabinet.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_kent_cabinet_minutes_as_plain_text_give_their_meeting(kent_cabinet_text):
    out = meetings.extract(load(kent_cabinet_text))
    [m] = out["meetings"]
    assert (m.body, m.date) == ("Cabinet", "2025-01-09")
    people = out["attendance"]
    # read from the minutes: ten members present (Mr Gough in the chair), eleven officers in attendance
    assert [a.name for a in people if a.status == "present"][:2] == ["R W Gough", "N Baker"]
    assert sum(a.status == "present" for a in people) == 10
    assert sum(a.status == "also_present" for a in people) == 11


def test_the_kent_minutes_as_plain_text_give_their_meeting_and_attendance(kent_minutes_text):
    out = meetings.extract(load(kent_minutes_text))
    [m] = out["meetings"]
    assert (m.body, m.date) == ("County Council", "2025-03-13")
    assert m.place.startswith("Council Chamber, Sessions House, County Hall, Maidstone")
    people = out["attendance"]
    # read from the minutes: 65 members present (13 lines of names), two officers in attendance,
    # apologies from seven members
    assert sum(a.status == "present" for a in people) == 65
    assert sum(a.status == "also_present" for a in people) == 2
    assert sorted(a.name for a in people if a.status == "apologies") == \
        ["Bond", "Bruneau", "Campkin", "Collor", "Hudson", "McArthur", "McInroy"]
    chair = [a for a in people if a.role == "chairman"]
    assert [a.name for a in chair] == ["B J Sweetland"]


# --- pdftotext -layout: justified paragraphs stretch the spaces between words --------------------

JUSTIFIED = (
    "       PRESENT: Mr N Baker, Mr M Baldock, Mr P V Barrington-King, Mr P Bartlett,\n"
    "       Mrs C Bell, Mrs R Binks, Mr T Bond, Mr A Booth, Mr A Brady, Mr D L Brazier,\n"
    "       Mr C Broadley,     Mrs B Bruneau,      Mr T Cannon,      Sir Paul Carter, CBE,\n"
    "       Mrs S Chandler, Mr N J D Chard, Mr I S Chittenden, Mrs P T Cole, Mr P Cole,\n"
    "       Ms K Constantine,     Mr G Cooke,       Mr D Crow-Brown,       Mr M C Dance,\n"
    "       Mrs T Dean, MBE, Mr M Dendor, Mr R W Gough, Ms S Hamilton and Ms J Hawkins\n")


def test_a_justified_list_of_names_is_one_paragraph_not_a_table():
    from extract.model import TABLE

    doc = load_text("minutes.txt", "MINUTES\n\n" + JUSTIFIED)
    assert not [b for b in doc.blocks if b.kind == TABLE]
    [present] = [b.text for b in doc.blocks if b.text.startswith("PRESENT")]
    assert "Mr C Broadley, Mrs B Bruneau, Mr T Cannon, Sir Paul Carter, CBE," in present
    assert present.endswith("Ms S Hamilton and Ms J Hawkins")


def test_aligned_columns_with_values_are_still_a_table():
    from extract.model import TABLE

    text = ("Area            2023/24      2024/25\n"
            "North,               412          398\n"
            "South,               377          401\n"
            "East,                290          305\n")
    doc = load_text("table.txt", "Crimes by area\n\n" + text)
    assert [b for b in doc.blocks if b.kind == TABLE]


@pytest.fixture(scope="module")
def kent_minutes_layout(tmp_path_factory):
    import shutil
    import subprocess

    if not MINUTES.exists():
        pytest.skip("../shared/real is not beside the clone")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path_factory.mktemp("kent") / "minutes-layout.txt"
    subprocess.run(["pdftotext", "-layout", "-l", "3", str(MINUTES), str(path)], check=True)
    return path


def test_the_kent_minutes_by_pdftotext_layout_keep_their_present_list(kent_minutes_layout):
    people = meetings.extract(load(kent_minutes_layout))["attendance"]
    # the same 65 members present as the PDF and the plain text (four of the list's lines are justified)
    assert sum(a.status == "present" for a in people) == 65
    assert {"T Cannon", "S J Carey", "M C Dance", "R G Streatfeild"} <= {a.name for a in people}


def test_a_numbered_line_after_an_unfinished_sentence_continues_it():
    """(review) A list's points stay apart (fig13's rule), but not where the line before runs on: a sentence
    that ends with "was" is reaching its figure, and "12." is that figure, not the next point."""
    from extract.loaders import load_text

    text = ("3. Complaints. The number of complaints received by the force in the year to March 2024 was\n"
            "12. This compares with 15 in the year before.\n")
    assert [b.text for b in load_text("x.txt", text).blocks] == [
        "3. Complaints. The number of complaints received by the force in the year to March 2024 was 12. "
        "This compares with 15 in the year before."]
    # a finished point and the next one stay apart
    text = "3. Agree the forward plan to May 2025\n6. Following the debate the motion was carried.\n"
    assert len(load_text("x.txt", text).blocks) == 2


def test_a_heading_of_two_month_year_ranges_gives_no_wrong_period():
    """Lancashire PCC scrutiny meeting (../shared/real/panel_web_pages): the columns are headed "May-13 to Apr-14
    May-14 to Apr-15" -- two 12-month windows. "May-13 to Apr-14" is May 2013 to April 2014 (it was read as the
    month of May 2013), and "Apr-14 May-14" is no range "April to 14 May" (every figure under the heading had
    been given 1 April to 14 May 2014); a heading naming two windows gives its figures none."""
    from extract import normalise as N
    from extract.extractors import figures
    from extract.loaders import load

    p = N.parse_period("May-13 to Apr-14")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("rolling_12_months", "2013-05-01", "2014-04-30")
    p = N.parse_period("Apr-13 to Mar-14")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("financial_year", "2013-04-01", "2014-03-31")
    assert N.parse_period("May-13 to Apr-14 May-14 to Apr-15").end.isoformat() == "2014-04-30"
    path = (Path(__file__).resolve().parents[1].parent / "shared" / "real" / "panel_web_pages"
            / "lancashire_pcc_scrutiny_meeting_2015-06-23_recorded_crime_excerpt.txt")
    if not path.exists():
        pytest.skip("../shared/real not beside the clone")
    figs = figures.extract(load(path))
    assert len(figs) > 50 and not [f for f in figs if str(f.period_end or "")[:10] == "2014-05-14"]
