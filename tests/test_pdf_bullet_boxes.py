"""Columns of bulleted text boxes side by side (a slide's boxes: Kent County Council's
Integrated Care Strategy overview, cabinet 30 January 2025, page 3) were read as an unruled
table whose rows cut items in two ("• Address the social, economic and environmental" |
"determinants that enable ..." a row lower).  A table's row starts each of its cells, so
where items are cut between rows in two columns or more the group is no table, and each
column is read as a text flow of its own.  A table whose cells hold bullets, each row
starting its cells, is still a table.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import landscape, A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

W, H = landscape(A4)


def _draw(path, columns, pitch=12.0):
    """``columns``: for each box, its lines ("• " starts an item)."""
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica", 16)
    c.drawString(40, H - 40, "Overview of the strategy")
    c.setFont("Helvetica", 9)
    for k, lines in enumerate(columns):
        x = 40 + k * 190
        c.setFillColorRGB(0.0, 0.6, 0.55)
        c.rect(x - 4, H - 100 - pitch * 9, 170, pitch * 9 + 8, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        for j, t in enumerate(lines):
            c.drawString(x + (0 if t.startswith("•") else 8), H - 100 - pitch * j, t)
    c.save()


def _blocks(path):
    doc = load_pdf(path, path.read_bytes())
    return doc.blocks


BOXES = [["• Support families and", "communities so children", "thrive", "• Strive for children and",
          "young people to be", "healthy"],
         ["• Address the social,", "economic and", "environmental", "determinants of health",
          "• Address inequalities"],
         ["• Support people to adopt", "positive mental and", "physical and social", "health",
          "• Deliver personalised", "care and support", "• Support carers"],
         ["• Grow our skills and", "workforce", "• Build one workforce", "• Look after our people"]]


def test_bullet_boxes_side_by_side_are_no_table(tmp_path):
    p = tmp_path / "boxes.pdf"
    _draw(p, BOXES)
    blocks = _blocks(p)
    assert not [b for b in blocks if b.kind == "table"]
    texts = [b.text for b in blocks]
    for item in ("Address the social, economic and environmental determinants of health",
                 "Support people to adopt positive mental and physical and social health",
                 "Grow our skills and workforce", "Support families and communities so children thrive"):
        assert any(item in t for t in texts), (item, texts)


def test_table_of_bullet_cells_stays_a_table(tmp_path):
    """Rows whose cells each start on the row's first line (a risk, its bulleted controls, an
    owner): no item is cut between rows, so the table is kept."""
    p = tmp_path / "table.pdf"
    c = canvas.Canvas(str(p), pagesize=(W, H))
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 40, "Risk register summary")
    rows = [(["Risk"], ["Controls"], ["Owner"]),
            (["Funding gap"], ["• Savings plan agreed", "• Monthly review"], ["Director of Finance"]),
            (["Staff turnover"], ["• Recruitment campaign", "• Exit interviews"], ["Head of HR"]),
            (["Data loss"], ["• Backups tested", "• Staff training"], ["Head of IT"])]
    y = H - 70
    for row in rows:
        for x, lines in zip((40, 200, 420), row):
            for j, t in enumerate(lines):
                c.drawString(x, y - 11 * j, t)
        y -= 11 * max(len(v) for v in row) + 8
    c.save()
    tables = [b for b in _blocks(p) if b.kind == "table"]
    assert len(tables) == 1
    assert [r[0].text for r in tables[0].rows] == ["Risk", "Funding gap", "Staff turnover", "Data loss"]
