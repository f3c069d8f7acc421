"""Meetings whose page prints only the weekday, date and time, no body, round 20c (task meet20c; texts in
/work/wt/audit20-meet20/ and /work/wt/audit19-meet19b/).  Each excerpt is quoted from the page named beside it;
expected values come from reading it.  Each rule has a test on the side where it must not fire."""
from meeting_helpers import run, meetings_of


# Tonbridge and Malling BC, Council (democracy.tmbc.gov.uk/celistdocuments.aspx?...MID=793)
TMBC = """Meeting documents

Tuesday, 1st November, 2011 7.30 pm

C 11/069 Conferment of the Title of Honorary Alderman
Consideration was given to a Notice of Motion pursuant to Council Procedure Rule No 5.18.

It was proposed by Councillor Worrall, seconded by Councillor Mrs Simpson and

RESOLVED UNANIMOUSLY: That the title of Honorary Alderman be conferred upon the following former Councillors.
C 11/070 Sealing of Documents
RESOLVED: That authority be given for the Common Seal of the Council to be affixed to any instrument.
The meeting ended at 1955 hours, having commenced at 1945 hours

Attendance Details

His Worship the Mayor (Cllr B J Luker), the Deputy Mayor (Cllr D A S Davis), Cllr J Atkins, Cllr Ms J A Atkinson
"""

# Shropshire and Wrekin Fire Authority (shropshirefire.gov.uk/meeting/10-october-2018)
SHROPSHIRE = """10 October 2018

Date: 

Wednesday, 10 October, 2018

Time: 

14:00

Location: 

Headquarters, Shrewsbury

Category: 

Item no. Agenda Item Details Status
01 Apologies for Absence
02 Vote of Thanks and Welcome
"""

# Metropolitan Police Authority (policeauthority.org/metropolitan/committees/mpa/2001/011210/index.html)
MPA = """Agenda
Monday 10 December 2001
2.00pm
AG23, Romney House, Marsham Street, Westminster
1. Apologies for absence
"""


def test_a_page_titled_by_its_weekday_date_and_time_is_a_meeting_of_no_named_body():
    (m,) = run(TMBC)["meetings"]
    assert (m.body, m.date, m.start_time) == (None, "2011-11-01", "19:30")


def test_a_finish_printed_before_the_start_is_no_time_range():
    # "ended at 1955 hours, having commenced at 1945 hours": no end time of 19:45 (the range read backwards)
    (m,) = run(TMBC)["meetings"]
    assert m.end_time in (None, "19:55")


def test_the_mayor_named_in_brackets_after_the_post_keeps_a_whole_name():
    rows = [(a.title, a.name, a.role) for a in run(TMBC)["attendance"]]
    assert ("Cllr", "B J Luker", "chairman") in rows
    assert ("Cllr", "D A S Davis", "vice_chairman") in rows
    assert ("Cllr", "J Atkins", "member") in rows
    assert not any(n in ("His Worship", "B J", "D A S") for _, n, _ in rows)


def test_a_labelled_date_and_time_page_is_a_meeting():
    ms = meetings_of(SHROPSHIRE)
    assert [(k, b, d, t) for k, b, d, t, _ in ms] == [("agenda", None, "2018-10-10", "14:00")]


def test_a_date_with_its_time_on_the_next_line_under_an_agenda_title():
    ms = meetings_of(MPA)
    assert [(b, d, t) for _, b, d, t, _ in ms] == [(None, "2001-12-10", "14:00")]


def test_a_weekday_and_date_with_no_time_is_no_meeting():
    assert run("Meeting documents\n\nTuesday, 1st November, 2011\n\nC 11/069 Sealing of Documents\n")["meetings"] == []


def test_a_date_without_its_weekday_is_no_meeting():
    assert run("Meeting documents\n\n1st November 2011 7.30 pm\n\nC 11/069 Sealing of Documents\n")["meetings"] == []


def test_a_dated_line_with_words_after_its_time_is_no_bodiless_title():
    text = "Report\n\nTuesday, 1st November, 2011 7.30 pm the figures were published\n\n1. Crime figures\n"
    assert run(text)["meetings"] == []
