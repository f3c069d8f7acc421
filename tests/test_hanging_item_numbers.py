"""Agenda items whose titles wrap over two or three lines before their page range (the
ModernGov front-sheet form, e.g. the Kent cabinet front sheet's items 7-9, and panel agendas):
a numbered agenda line that ends with its pages may run to 300 characters; other numbered
lines longer than 160 are paragraphs, not items."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.extractors import meetings
from extract.loaders import load
from pdfgen import fonts


TITLES = [
    ("Police and Crime Plan delivery and the Commissioner's report on the second quarter, with the",
     "force's performance against each priority and the actions agreed at the last meeting of",
     "the Panel (Pages 5 - 40)"),
    ("Proposed precept for the coming year and the medium term financial plan, with the",
     "Commissioner's consultation results and the reserves strategy (Pages 41 - 78)"),
    ("Complaints against the Commissioner received since the last meeting and the outcome",
     "of each, with the sub-committee's recommendations to the Panel (Pages 79 - 90)"),
]


def test_drawn_front_sheet_with_hanging_numbers(tmp_path):
    reg, _bold, _ = fonts()
    path = tmp_path / "front.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    c.setFont(reg, 14)
    c.drawString(56, y, "AGENDA")
    y -= 24
    c.setFont(reg, 10)
    c.drawString(56, y, "Police and Crime Panel")
    y -= 14
    c.drawString(56, y, "Thursday, 12th March, 2026, at 2.00 pm")
    y -= 28
    for n, title in ((1, "Apologies"), (2, "Declarations of Interest"), (3, "Minutes of the last meeting (Pages 1 - 4)")):
        c.drawString(56, y, f"{n}.")
        c.drawString(84, y, title)
        y -= 20
    for n, lines in enumerate(TITLES, start=4):
        c.drawString(56, y, f"{n}.")
        for ln in lines:
            c.drawString(84, y, ln)
            y -= 13
        y -= 7
    c.showPage()
    c.save()
    out = meetings.extract(load(path))
    items = {a.number: (a.title, a.page_start, a.page_end) for a in out["agenda_items"]}
    assert sorted(items, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert items["4"] == (" ".join(TITLES[0])[: -len(" (Pages 5 - 40)")], 5, 40)
    assert items["5"][1:] == (41, 78)
    assert items["6"] == (" ".join(TITLES[2])[: -len(" (Pages 79 - 90)")], 79, 90)
