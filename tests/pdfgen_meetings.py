"""Small PDFs of other panels' agenda front sheets, minutes, work programmes and
delivery tables (reportlab platypus), for tests/test_unseen_meetings.py.

``write_pdf(path, parts)`` draws ``parts`` in order: ``("title", text)``,
``("h", text)``, ``("p", text)`` (a paragraph, wrapped by reportlab) and
``("table", rows)`` (a ruled table; rows of cell strings, the first row the
header, bold)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pdfgen import fonts


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path, parts, *, title: str = "Panel papers") -> str:
    reg, bold, _ = fonts()
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=reg, fontSize=10, leading=13, spaceAfter=5),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=9, leading=11),
        "head": ParagraphStyle("hc", fontName=bold, fontSize=9, leading=11),
    }
    story = []
    for kind, val in parts:
        if kind == "table":
            ncol = max(len(r) for r in val)
            data = [[Paragraph(_esc(c), st["head" if i == 0 else "cell"]) for c in r] + [""] * (ncol - len(r))
                    for i, r in enumerate(val)]
            width = A4[0] - 40 * mm
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        else:
            story.append(Paragraph(_esc(val), st[kind]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title)
    doc.build(story)
    return str(path)


def parts_from_text(text: str) -> list:
    """Parts of a plain-text variant: a tab-separated run is a table, a line
    that is a numbered item or in capitals is a heading, other lines are
    paragraphs (one per line)."""
    import re
    parts: list = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if "\t" in ln:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].rstrip("\n").split("\t"))
                i += 1
            parts.append(("table", rows))
            continue
        if ln.strip():
            t = ln.strip()
            if re.match(r"^(?:[A-Z]{2,5} )?\d{1,3}(?:/\d{1,3})?\.? [A-Z]", t) and len(t) < 90 \
                    and not t.endswith("."):
                parts.append(("h", t))
            else:
                parts.append(("p", t))
        i += 1
    return parts
