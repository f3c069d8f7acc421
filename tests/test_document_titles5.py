"""The documents row, round 5: a line drawn twice over itself at two sizes (loaders/pdf/overlaps.py), the
quarter a title names read by one alternation (document/periods.py), and the titles of new publishers."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load_text
from extract.loaders.pdf.overlaps import doubled_chars


def _chars(text, x0, top, size, step, font="Cambria-Bold"):
    """A line of characters as pdfplumber gives them, ``step`` points apart."""
    out = []
    for i, ch in enumerate(text):
        x = x0 + i * step
        out.append({"text": ch, "x0": x, "x1": x + 0.7 * size, "top": top, "bottom": top + size,
                    "size": size, "fontname": font})
    return out


def test_a_letterhead_drawn_twice_at_two_sizes_keeps_the_larger_copy():
    small = _chars("PARISH COUNCIL", 140.0, 38.2, 16.0, 14.0)
    large = _chars("PARISH COUNCIL", 121.0, 41.9, 20.0, 17.0)
    drop = doubled_chars(small + large)
    assert drop == {id(c) for c in small}


@pytest.mark.parametrize("second", [
    _chars("PARISH COUNCIL", 140.0, 300.0, 20.0, 17.0),   # the same words further down the page: no overlap
    _chars("PARISH CLERK!!", 121.0, 41.9, 20.0, 17.0),    # other characters over it
    _chars("PARISH COUNCIL", 142.0, 38.2, 16.0, 14.0),    # the same size: not this module's case
])
def test_only_the_same_characters_at_another_size_overlapping_are_one_line(second):
    first = _chars("PARISH COUNCIL", 140.0, 38.2, 16.0, 14.0)
    assert doubled_chars(first + second) == set()


def test_three_letters_drawn_twice_are_no_line():
    assert doubled_chars(_chars("ABC", 10.0, 10.0, 16.0, 14.0) + _chars("ABC", 8.0, 12.0, 20.0, 17.0)) == set()


def test_the_real_letterhead_drawn_twice_is_read_once():
    # the agenda's letterhead "HERTINGFORDBURY PARISH COUNCIL" is drawn at 16 pt and again at 20 pt over it;
    # read both, its letters came interleaved ("H H E E R R T T II N NG G ...")
    from extract.loaders import load

    doc = load("../shared/real/parish_hertingfordbury/hertingfordbury_pc_agenda_2019-02-13.pdf")
    first = doc.blocks[0].text
    assert "".join(first.split()) == "HERTINGFORDBURYPARISHCOUNCIL"
    assert doc.blocks[1].text.startswith("Members of the Council are hereby summoned")


def _period(title: str) -> tuple:
    r = describe(load_text("report.txt", f"{title}\n\nThe report sets out the position.\n"))
    return r.period_start, r.period_end


@pytest.mark.parametrize("title, span", [
    # the forms each of the three patterns read before, one alternation now
    ("Quarterly Performance Report Quarter One 2023/24", ("2023-04-01", "2023-06-30")),
    ("Q1 of FY 2024/25 Performance", ("2024-04-01", "2024-06-30")),
    ("Finance Report 2024-25 – Quarter 3", ("2024-10-01", "2024-12-31")),
    ("2023/24 Quarter Two Report", ("2023-07-01", "2023-09-30")),
    ("Second Quarter 2019/20 Report", ("2019-07-01", "2019-09-30")),
    ("Report quarter 4 (January to March 2025)", ("2025-01-01", "2025-03-31")),
    # "Qtr 2" before its year was read as the whole financial year; "Q3" apart from its year not at all
    ("Qtr 2 2022/23 Performance Report", ("2022-07-01", "2022-09-30")),
    ("Q3 Performance Report 2023/24", ("2023-10-01", "2023-12-31")),
    # no quarter of one year of account
    ("Police and Crime Plan 2024-25 Q5 review", (None, None)),
])
def test_a_titles_quarter_in_one_alternation(title, span):
    assert _period(title) == span


def _row(text: str, name: str = "page.txt"):
    return describe(load_text(name, text))


@pytest.mark.parametrize("stamp", ["Public Document Pack", "Document Pack", "Public Document", "PAPER E1", "Paper B",
                                   "Site Navigation", "Open/Close the accessibility toolbar.", "Save & Close",
                                   "Open and Transparent Quality Mark 2016/17, 2017/18, 2018/19 and 2019/20",
                                   "YouTube Instagram LinkedIn"])
def test_a_stamp_label_or_toolbar_over_the_title_is_passed_over(stamp):
    r = _row(f"{stamp}\n\nFull Authority Meeting\n\nFriday 24 April 2009\n\n"
             "A meeting of the Authority will be held on Friday 24th April 2009 at 10:00 to consider the items below.\n")
    assert r.title == "Full Authority Meeting"


def test_a_report_headers_title_field_is_the_title():
    # Isle of Wight's report header: "Title :" padded, the report's author on the next line
    r = _row("PAPER E1\n\nPurpose : For Decision\n\nREPORT TO THE EXECUTIVE\n\nDate :              17 NOVEMBER 2004\n\n"
             "Title :               SECOND QUARTERLY PERFORMANCE MANAGEMENT REPORT 2004-05\n\n"
             "REPORT OF THE DEPUTY LEADER\n\nSUMMARY/PURPOSE\n\n1. The Quarterly Performance Management Report for "
             "the second quarter (July-September 2004) is attached as Appendix 1.\n")
    assert r.title == "SECOND QUARTERLY PERFORMANCE MANAGEMENT REPORT 2004-05"
    assert r.doc_type == "performance_report"


def test_a_subject_in_capitals_ends_before_the_next_label():
    r = _row("ITEM NO: 3(d)\n\nReport To: EXECUTIVE CABINET\n\nDate: 26 August 2015\n\n"
             "Executive Member/Reporting Councillor Kieran Quinn, Executive Leader Officer: Steven Pleasant, Chief "
             "Executive Subject: AGMA EXECUTIVE BOARD MEETINGS / GREATER COMBINED AUTHORITY Report Summary: To inform "
             "Members of the issues considered at the May, June and July meetings of the AGMA Executive Board.\n")
    assert r.title == "AGMA EXECUTIVE BOARD MEETINGS / GREATER COMBINED AUTHORITY"


_SUMMONS = ("Document Pack\n\nFRIDAY, 17 JULY 2020\n\nTO: ALL MEMBERS OF THE DYFED POWYS POLICE AND CRIME PANEL\n\n"
            "I HEREBY SUMMON YOU TO ATTEND A VIRTUAL MEETING OF THE DYFED POWYS POLICE AND CRIME PANEL WHICH WILL BE "
            "HELD AT 10.00 AM, ON FRIDAY, 24TH JULY, 2020 FOR THE TRANSACTION OF THE BUSINESS OUTLINED ON THE "
            "ATTACHED AGENDA\n\nWendy Walters\n\nCHIEF EXECUTIVE\n\nA G E N D A\n\n1. APOLOGIES FOR ABSENCE\n")


def test_a_summons_in_capitals_is_an_agenda_and_no_name_under_it_its_title():
    r = _row(_SUMMONS)
    assert r.doc_type == "agenda_pack"
    assert r.title == ""   # the stamp, the addressee and the signature name nothing


def test_a_list_item_or_a_line_naming_reports_is_no_title():
    r = _row("Performance and Delivery\n\nThis committee reviews the force's recent performance. The quorum of the "
             "committee is half the Membership.\n\n  • Provide a regular update to the full Authority on progress\n"
             "  • Oversee development of an annual performance report from the Authority\n")
    assert r.title == "Performance and Delivery"
    r = _row("Local performance monitoring and reporting\n\nWe measure how we're doing using 38 performance indicators, "
             "which we report on to the District Executive Committee. You can read about our performance indicators "
             "here.\n\nEvery quarter we report on 26 of our performance indicators.\n\n\n"
             "2018/19 Corporate performance monitoring reports\n\nQ1 2018/19 report\n\nQ2 2018/19 report\n")
    assert r.title == "Local performance monitoring and reporting"


@pytest.mark.parametrize("line", [
    "Public Document Pack Devon and Cornwall Police and Crime Panel c/o Plymouth City Council Civic Centre Plymouth",
    "For further information please follow this link - Tracey Lee Chief Executive Devon and Cornwall Police and Crime Panel",
])
def test_a_stamp_or_a_signature_before_a_panels_name_is_no_part_of_it(line):
    assert _row(f"{line}\n\n1. Apologies\n").organisation == "Devon and Cornwall Police and Crime Panel"


@pytest.mark.parametrize("line", ["Mike King (Isle of Wight Economic Partnership)",
                                  "Lisa Winward (Chief Constable) (North Yorkshire Police)."])
def test_a_person_and_the_body_they_come_from_is_no_title(line):
    # the attendance of a council committee's and a panel's minutes, no "Present:" label; then the minutes' items
    r = _row("Cllrs Anne Bishop (Chairman), Ivan Bulwer, Mike Cunningham, Jonathan Fitzgerald-Bond, Susan Scoccia\n\n"
             f"Also in attendance:\n\n{line}\n\nOfficers Present:\n\nSteve Beynon, Julia Corkey, Joe Duckworth, Stuart "
             "Love, Heidi Marshall, Ged Richardson, Frank Smith, Bob Streets, April West, Paul Wilkinson\n\n"
             "56.             MINUTES\n\nTHAT the minutes of the meeting held on 16 January 2007 be confirmed.\n")
    assert r.title == ""
    assert r.doc_type == "minutes"


def test_a_date_under_a_cookie_banner_heads_the_title_not_the_banner():
    # the Scottish Police Authority's publication pages: the date is published over the title
    r = _row("Skip to site content Skip to main menu\n\nTell us whether you accept cookies\n\nPublished: 19 March 2024\n\n"
             "Committee Chair's Report - 21 March 2024\n\nReport Summary\n\nThis report provides members of the "
             "Authority with an overview of business progressed through meetings since the last Authority Meeting.\n")
    assert r.title == "Committee Chair's Report - 21 March 2024"


def test_modern_gov_screen_reader_labels_are_no_title():
    r = _row("Modern.gov Breadcrumb\n- Issue\nModern.gov Content\nIssue - meetings\n"
             "Q3 Quarterly Performance Progress Report – Q3 2024/25\n"
             "Meeting: 17/03/2025 - Strategy and Resources Policy Committee (Item 123)\n"
             "123 Quarterly Performance Report – Quarter 3, 2024/25 PDF 271 KB\n"
             "This report provides an update on performance against the Council’s Business Plan for Quarter 3, 2024/25.\n")
    assert r.title == "Q3 Quarterly Performance Progress Report – Q3 2024/25"
    assert (r.period_start, r.period_end) == ("2024-10-01", "2024-12-31")


def test_a_numbered_sub_item_naming_a_report_is_no_title():
    r = _row("Meeting of the Scottish Police Authority\n\n  • Date: 30 June 2021\n  • Time: 10:00 AM\n\n"
             "1. Introduction and Welcome:\n1.1 Chair’s Opening Remarks\n1.2 Apologies\n\n6. Policing Performance\n"
             "6.1 Police Scotland Quarterly Performance Report (Q4 2020/21)\n")
    assert r.title == "Meeting of the Scottish Police Authority"
    assert (r.period_start, r.period_end) == (None, None)
