"""Meetings read end to end from web pages (HTML loader -> meetings extractor), through the
pipeline's ``process``.  The pages are written here in the shapes of real ModernGov "Agenda and
minutes" pages (the Cheshire and Surrey pages printed in ../shared/real/panel_web_pages/) and of a
parish site whose minutes are an ordered list."""
from __future__ import annotations

import pytest

from extract.pipeline import process

CHESHIRE_2024 = """<html><head><title>Agenda for Cheshire Police and Crime Panel on Friday, 19th July, 2024,
10.00 am</title></head><body><div id="modgov">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am</h2>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Council Chamber, Municipal Buildings, Earle Street,
Crewe CW1 2BJ. <a href="#">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Martin Smith&nbsp; Tel: 01270 686012</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td class="mgItemNumberCell"><p>1.</p></td><td><p class="mgAiTitleTxt">Apologies</p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>Apologies were received from Cllr Sam Naylor
(Cheshire West and Chester) and Cllr Rob Moreton (Cheshire East).</p></div></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td><td><p class="mgAiTitleTxt">Appointment of Chair for the 2024/25
Municipal Year</p><p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>Mr Evan Morris was elected
as Chair of the Panel for the 2024/25 Municipal Year.</p></div></td></tr>
</table></div></body></html>"""

CHESHIRE_2018 = """<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Cheshire Police and Crime Panel<br>Friday, 2nd February, 2018 10.00 am</h2>
<p><span class="mgLabel">Venue: </span>Wyvern House, The Drumber, Winsford, CW7 1AH</p>
<p><span class="mgLabel">Contact: </span>Julie North&nbsp; Senior Democratic Services Officer</p>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p class="mgAiTitleTxt">Apologies for Absence</p><p>Minutes:</p>
<p>Apologies for absence were received from Councillor A Dawson.</p></td></tr>
<tr><td><p>2.</p></td><td><p class="mgAiTitleTxt">Code of Conduct - Declaration of Interests</p></td></tr>
</table></div></body></html>"""

# minute numbers "39/20" in the number cell; the page heading in bold rather than a heading element
SURREY_2020 = """<html><body><div id="modgov"><h1>Agenda and minutes</h1>
<div class="mgSubTitleTxt"><strong>Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am</strong></div>
<p><span class="mgLabel">Venue: </span>Remote</p>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>39/20</p></td><td><p class="mgAiTitleTxt">Apologies for Absence and Substitutions</p><p>Minutes:</p>
<p>Apologies were received from Councillors Bob Milton and John Furey.</p></td></tr>
<tr><td><p>40/20</p></td><td><p class="mgAiTitleTxt">Minutes of Previous Meetings</p><p>Minutes:</p>
<p>UNANIMOUSLY RESOLVED that the minutes be agreed.</p></td></tr>
</table></div></body></html>"""

PARISH = """<html><body><main>
<h2>Minutes of the Parish Council Meeting held on 3rd April 2024</h2>
<p><strong>Present:</strong> Cllr A Green (Chairman), Cllr B White, Cllr C Black</p>
<ol><li>Apologies: none received.</li><li>Minutes: the minutes of 6th March 2024 were approved.</li></ol>
<ol start="3"><li>Planning: no applications.</li><li>Date of next meeting: 1st May 2024</li></ol>
</main></body></html>"""


def _run(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    res = process(p)
    assert res.document.status != "failed", res.document
    return res.tables


def test_moderngov_heading_body_date_time(tmp_path):
    t = _run(tmp_path, "cheshire.html", CHESHIRE_2024)
    [m] = t["meetings"]
    assert (m.body, m.kind, m.date, m.start_time) == ("Cheshire Police and Crime Panel", "minutes", "2024-07-19",
                                                      "10:00")
    assert m.place == "Council Chamber, Municipal Buildings, Earle Street, Crewe CW1 2BJ"
    assert [(a.number, a.title) for a in t["agenda_items"]] == [
        ("1", "Apologies"), ("2", "Appointment of Chair for the 2024/25 Municipal Year")]
    assert {(a.name, a.organisation) for a in t["attendance"] if a.status == "apologies"} == {
        ("Sam Naylor", "Cheshire West and Chester"), ("Rob Moreton", "Cheshire East")}


def test_moderngov_heading_broken_by_br(tmp_path):
    t = _run(tmp_path, "cheshire2018.html", CHESHIRE_2018)
    [m] = t["meetings"]
    assert (m.body, m.date, m.start_time, m.place) == (
        "Cheshire Police and Crime Panel", "2018-02-02", "10:00", "Wyvern House, The Drumber, Winsford, CW7 1AH")
    assert [a.number for a in t["agenda_items"]] == ["1", "2"]
    assert [a.name for a in t["attendance"] if a.status == "apologies"] == ["A Dawson"]


def test_moderngov_minute_numbers_in_the_number_cell(tmp_path):
    t = _run(tmp_path, "surrey.html", SURREY_2020)
    [m] = t["meetings"]
    assert (m.body, m.date, m.start_time, m.place) == ("Surrey Police and Crime Panel", "2020-09-15", "10:30",
                                                       "Remote")
    assert [(a.number, a.title) for a in t["agenda_items"]] == [
        ("39/20", "Apologies for Absence and Substitutions"), ("40/20", "Minutes of Previous Meetings")]
    assert {a.name for a in t["attendance"] if a.status == "apologies"} == {"Bob Milton", "John Furey"}
    [d] = t["decisions"]
    assert d.item_number == "40/20" and d.decision.startswith("that the minutes be agreed")


def test_parish_items_numbered_by_the_list(tmp_path):
    t = _run(tmp_path, "minutes.php", PARISH)
    [m] = t["meetings"]
    assert (m.body, m.kind, m.date) == ("Parish Council", "minutes", "2024-04-03")
    assert [(a.number, a.title) for a in t["agenda_items"]] == [
        ("1", "Apologies"), ("2", "Minutes"), ("3", "Planning"), ("4", "Date of next meeting")]
    assert [f.date for f in t["future_meetings"]] == ["2024-05-01"]


@pytest.mark.parametrize("text, title", [
    ("Planning: no applications.", "Planning"),
    ("Date of next meeting: 1st May 2024", "Date of next meeting"),
    ("The clerk reported that: the grass was cut.", "The clerk reported that: the grass was cut."),
    ("Finance", "Finance"),
])
def test_list_item_title(text, title):
    from extract.extractors.meetings.items import _list_item_title
    assert _list_item_title(text) == title


def test_item_table_header_joined_to_the_first_number_and_a_number_without_title():
    from extract.extractors.meetings.entries import _Seg, _entries
    from extract.extractors.meetings.items import _items
    from extract.model import Block, Document, Page, PARAGRAPH, HEADING
    texts = [(PARAGRAPH, "No. Item 1."), (HEADING, "Apologies"), (PARAGRAPH, "2."), (HEADING, "Minutes"),
             (PARAGRAPH, "3."), (PARAGRAPH, "Code of Conduct - Declaration of Interests. " + "Members are reminded "
                                 "of their duty to declare any interest they have in an item of business. " * 3),
             (PARAGRAPH, "4."), (HEADING, "Public Participation")]
    doc = Document(source="x.txt", sha256="ab" * 32, format="text",
                   pages=[Page(number=1, blocks=[Block(k, text=t) for k, t in texts])])
    es = _entries(doc)
    got = [(n, t) for _i, n, t, *_ in _items(es, _Seg("minutes", 0, end=len(es)))]
    assert got == [("1", "Apologies"), ("2", "Minutes"), ("4", "Public Participation")]
