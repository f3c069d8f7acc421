"""Small PDFs of other panels' agenda front sheets, minutes, work programmes and
delivery tables (reportlab platypus), for tests/test_unseen_meetings.py.

``write_pdf(path, parts)`` draws ``parts`` in order: ``("title", text)``,
``("h", text)``, ``("p", text)`` (a paragraph, wrapped by reportlab) and
``("table", rows)`` (a ruled table; rows of cell strings, the first row the
header, bold), ``("utable", rows)`` (the same without rules: found by the alignment of
its words), ``("kv", rows)`` (an unruled table without a header row: a front sheet's
"Date: | ..." block) and ``("small", text)`` (a line of 8 pt text, a front sheet's
header block)."""
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
        "small": ParagraphStyle("s", fontName=reg, fontSize=8, leading=10, alignment=2),
    }
    story = []
    for kind, val in parts:
        if kind in ("table", "utable", "kv"):
            val, widths = (val if isinstance(val, tuple) else (val, None))
            ncol = max(len(r) for r in val)
            data = [[Paragraph(_esc(c), st["head" if i == 0 and kind != "kv" else "cell"]) for c in r]
                    + [""] * (ncol - len(r)) for i, r in enumerate(val)]
            width = A4[0] - 40 * mm
            cw = [width * w for w in widths] if widths else [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if kind != "kv" else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if kind == "table":
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif kind == "small":
            story.append(Paragraph(_esc(val), st["small"]))
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


# --------------------------------------------------------------------------
# four other panels' papers drawn as their document systems print them
# --------------------------------------------------------------------------

# ModernGov agenda front sheet: a small header block set right (no logo), the panel's name,
# an unruled "Date: | ..." block whose place runs over two rows, a membership list, items
HANTS_AGENDA = [
    ("small", "Public Document Pack"),
    ("small", "The Castle, Winchester, Hampshire SO23 8UJ"),
    ("title", "Hampshire and Isle of Wight Police and Crime Panel"),
    ("kv", ([["Date:", "Friday, 2nd February, 2024"],
             ["Time:", "10.00 am"],
             ["Place:", "Ashburton Hall, Elizabeth II Court, The Castle,"],
             ["", "Winchester"],
             ["Enquiries to:", "members.services@hants.gov.uk"]], (0.22, 0.78))),
    ("p", "Membership: Councillor Dave Stewart (Chairman), Councillor Steve Parker (Vice-Chairman), "
          "Councillor Lisa Griffiths, Councillor Tim Cartwright, Councillor Jan Warwick and Mr Bob Purkiss MBE"),
    ("h", "AGENDA"),
    ("h", "1. Apologies for Absence"),
    ("h", "2. Declarations of Interest"),
    ("h", "3. Minutes of Previous Meeting (Pages 5 - 14)"),
    ("p", "To confirm the minutes of the meeting held on 10 November 2023."),
    ("h", "4. Police and Crime Commissioner's Proposed Precept 2024/25 (Pages 15 - 62)"),
    ("p", "To review the Commissioner's proposed precept for 2024/25."),
    ("h", "5. Work Programme (Pages 63 - 66)"),
    ("h", "6. Date of Next Meeting"),
    ("p", "Friday 23 February 2024 at 10.00 am"),
]

# minutes whose attendance is a two-column ruled table "Members present | Officers present"
SURREY_MINUTES = [
    ("title", "Surrey Police and Crime Panel"),
    ("p", "Minutes of the meeting of the Surrey Police and Crime Panel held on 1 February 2024 at "
          "10.30 am at Woodhatch Place, Reigate."),
    ("table", [["Members present", "Officers present"],
               ["Councillor John Robini (Chairman)", "Lisa Townsend (Police and Crime Commissioner)"],
               ["Councillor Richard Wilson (Vice-Chairman)", "Alison Bolton (Chief Executive, OPCC)"],
               ["Councillor Paul Kennedy", "Kelvin Menon (Chief Finance Officer, OPCC)"],
               ["Councillor Keith Witham", ""]]),
    ("p", "Apologies for absence were received from Councillor Ellen Nicholson and Councillor Paul Deach."),
    ("h", "12. Declarations of Interest"),
    ("p", "None."),
    ("h", "13. Proposed Precept 2024/25"),
    ("p", "The Commissioner introduced her proposed precept."),
    ("p", "On the proposal of Councillor Kennedy, seconded by Councillor Witham, it was resolved that "
          "the Panel supports the proposed precept of £13 for a Band D property."),
    ("h", "14. Date of Next Meeting"),
    ("p", "The next meeting of the Panel will be held on 18 April 2024 at 10.30 am."),
    ("p", "The meeting ended at 12.40 pm."),
]

# a forward plan whose unruled header the PDF loader reads as a line of labels, its rows as
# lines "Thursday ... 10:30am Place" with the items on the lines below
WARWICKS_FWP = [
    ("title", "Warwickshire Police and Crime Panel"),
    ("h", "Forward Plan 2024"),
    ("p", "Date Venue Agenda items"),
    ("p", "Thursday 11 April 2024 10:30am-1pm Committee Room 2, Shire Hall, Warwick"),
    ("p", "Police and Crime Plan performance"),
    ("p", "Victim services commissioning update"),
    ("small", "Working for Warwickshire"),
    ("p", "Thursday 27 June 2024 2pm Council Chamber, Shire Hall, Warwick"),
    ("p", "Annual Report of the Commissioner"),
    ("h", "Glossary"),
    ("p", "OPCC: Office of the Police and Crime Commissioner. CSP: Community Safety Partnership, "
          "the statutory partnership of the council, police, fire, health and probation services."),
]

# a work programme as an unruled table: the meeting date printed on the first row of each
# group only, wrapped item and officer cells
DORSET_WP = [
    ("title", "Dorset Police and Crime Panel"),
    ("h", "Work Programme 2024/25"),
    ("utable", ([["Meeting date", "Item", "Lead officer"],
                 ["Tuesday 11 June 2024", "Annual Report of the Police and Crime Commissioner 2023/24", "Chief Executive, Office of the Police and Crime Commissioner"],
                 ["", "Complaints update", "Head of Legal"],
                 ["", "Panel arrangements", "Democratic Services"],
                 ["Thursday 19 September 2024", "Police and Crime Plan monitoring", "Head of Performance"],
                 ["", "Road safety", "Chief Executive, OPCC"]], (0.3, 0.35, 0.35))),
]

# a delivery plan as an unruled table with Lead, RAG and "% complete" columns
NORFOLK_DELIV = [
    ("title", "Norfolk Police and Crime Plan: delivery plan update"),
    ("h", "Priority 2: Visible and trusted policing"),
    ("utable", ([["Action", "Lead", "Due date", "RAG", "% complete"],
                 ["Recruit and train 60 additional special constables", "Chief Constable", "31 March 2025", "Amber", "45%"],
                 ["Open the new Great Yarmouth police station", "Estates", "September 2024", "Green", "80%"],
                 ["Refresh the rural crime strategy", "OPCC", "Ongoing", "Green", "–"],
                 ["Publish the neighbourhood policing review", "ACC Local Policing", "30 June 2024", "Complete", "100%"]],
                (0.3, 0.22, 0.18, 0.14, 0.16))),
]

VARIANTS = {"hants": HANTS_AGENDA, "surrey": SURREY_MINUTES, "dorset": DORSET_WP, "norfolk": NORFOLK_DELIV,
            "warwicks": WARWICKS_FWP}
