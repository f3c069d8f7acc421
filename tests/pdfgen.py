"""Generators of small test PDFs (reportlab), importable by tests and by bench.

Every generator writes a PDF to ``path`` and returns what it drew, so a test can
compare the loader's output with the truth:

* ``blocks``: ordered list of ``(kind, text)`` for the narrative (kind in
  heading|paragraph|bullet|table; tables as ``("table", rows)`` with rows of
  cell strings), in reading order;
* other keys per generator (``rows``, ``header``, ``footer``...).

Text is wrapped with reportlab's ``simpleSplit`` (at spaces only), so joining
the wrapped lines with single spaces gives back the original text.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

_FONTS: Optional[tuple[str, str, bool]] = None


def fonts() -> tuple[str, str, bool]:
    """(regular, bold, has_glyphs): DejaVu when installed (has ▼ ▲), else Vera from reportlab."""
    global _FONTS
    if _FONTS is not None:
        return _FONTS
    if os.path.exists(DEJAVU) and os.path.exists(DEJAVU_BOLD):
        pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU_BOLD))
        _FONTS = ("DejaVuSans", "DejaVuSans-Bold", True)
    else:
        import reportlab
        d = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        pdfmetrics.registerFont(TTFont("Vera", os.path.join(d, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("VeraBd", os.path.join(d, "VeraBd.ttf")))
        _FONTS = ("Vera", "VeraBd", False)
    return _FONTS


def down_glyph() -> str:
    return "▼" if fonts()[2] else "v"


SENTENCES = [
    "The Commissioner reviewed the delivery of the plan with the Chief Constable this quarter.",
    "Call handling improved after the new operating model was introduced in the control room.",
    "Recruitment continues and more staff are expected to join the centre by January.",
    "Response times in rural areas remain within the agreed service level for most months.",
    "The panel asked for a further update on estates and the custody refurbishment.",
    "Partners welcomed the work with schools on knife crime and youth diversion.",
    "Victim satisfaction was stable, although the survey volumes remain small.",
    "Savings plans for the next financial year are being prepared with the force.",
    "Neighbourhood teams held more community meetings than in the same period last year.",
    "Online crime reports increased as more people used the digital service.",
]


def para(k: int, n: int = 3) -> str:
    return " ".join(SENTENCES[(k + i) % len(SENTENCES)] for i in range(n))


class Writer:
    """A tiny layout helper on a reportlab canvas (y measured from the top)."""

    def __init__(self, path, pagesize=A4, header: str = "", footer: str = "", page_numbers: bool = False,
                 encrypt: Optional[str] = None):
        self.path = str(path)
        self.w, self.h = pagesize
        self.c = canvas.Canvas(self.path, pagesize=pagesize, encrypt=encrypt)
        self.reg, self.bold, _ = fonts()
        self.header, self.footer, self.page_numbers = header, footer, page_numbers
        self.page = 1
        self._decorate()

    def _decorate(self):
        if self.header:
            self.c.setFont(self.reg, 9)
            self.c.drawString(40, self.h - 28, self.header)
        if self.footer:
            self.c.setFont(self.reg, 9)
            self.c.drawString(40, 24, self.footer)
        if self.page_numbers:
            self.c.setFont(self.reg, 9)
            self.c.drawRightString(self.w - 40, 24, f"Page {self.page}")

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self._decorate()

    def text(self, x: float, top: float, s: str, size: float = 10, bold: bool = False):
        self.c.setFont(self.bold if bold else self.reg, size)
        self.c.drawString(x, self.h - top - size * 0.8, s)

    def wrapped(self, x: float, top: float, width: float, s: str, size: float = 10,
                bold: bool = False, leading: Optional[float] = None) -> float:
        """Draw ``s`` wrapped to ``width``; return the top of the next line."""
        leading = leading or size * 1.2
        font = self.bold if bold else self.reg
        for line in simpleSplit(s, font, size, width):
            self.text(x, top, line, size, bold)
            top += leading
        return top

    def bullet(self, x: float, top: float, width: float, s: str, glyph: str = "•", size: float = 10,
               indent: float = 12) -> float:
        self.text(x, top, glyph, size)
        return self.wrapped(x + indent, top, width - indent, s, size)

    def table(self, x: float, top: float, widths: list[float], rows: list[list[str]], size: float = 8,
              ruled: bool = True, pad: float = 4, header_bold: bool = True,
              align: Optional[list[str]] = None) -> float:
        """Draw a table; cell text wraps inside its column. Returns the bottom (from the top)."""
        leading = size * 1.2
        y = top
        total = sum(widths)
        row_tops = [y]
        for ri, row in enumerate(rows):
            bold = header_bold and ri == 0
            font = self.bold if bold else self.reg
            wrapped = [simpleSplit(cell, font, size, w - 2 * pad) if cell else [] for cell, w in zip(row, widths)]
            n = max(1, max(len(w) for w in wrapped))
            height = n * leading + 2 * pad
            cx = x
            for ci, (lines, w) in enumerate(zip(wrapped, widths)):
                ly = y + pad
                for line in lines:
                    if align and align[ci] == "right":
                        self.c.setFont(font, size)
                        self.c.drawRightString(cx + w - pad, self.h - ly - size * 0.85, line)
                    else:
                        self.text(cx + pad, ly - size * 0.05, line, size, bold)
                    ly += leading
                cx += w
            y += height
            row_tops.append(y)
        if ruled:
            self.c.setLineWidth(0.6)
            for ry in row_tops:
                self.c.line(x, self.h - ry, x + total, self.h - ry)
            cx = x
            for w in [0] + widths:
                cx += w
                self.c.line(cx, self.h - top, cx, self.h - y)
        return y

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------

DASH_HEADER = ["Measure", "Trend", "Oct-2023", "3 Months to Oct-2023", "12 Months to Oct-2023",
               "12 Months to Oct-2022 vs. 12 Months to Oct-2023", "Rolling 12 Month Trend",
               "Statistical Exceptions", "Exception Weighting"]


def dash_rows() -> list[list[str]]:
    g = down_glyph()
    return [
        DASH_HEADER,
        ["Call Answered Volume: 999", "", "9,429", "29,451", "107,875", "17.7%", "Increasing",
         "Three, Eight-Month High", "20"],
        ["Abandonment Rate: All 999", "^", "0.7%", "0.9%", "1.7%", f"-1.2% points {g}", "Decreasing",
         "One, Two, Three-Month Low", "19"],
        ["Average Time to Answer: All 999", "^", "00:00:12", "00:00:14", "00:00:13", "00:00:01",
         "Increasing", "", "10"],
        ["Call Offer Demand: All 999", "~~~~~", "10,562", "32,901", "122,636", "12.8%", "Increasing",
         "", "10"],
    ]


DASH_WIDTHS = [150, 40, 55, 70, 70, 120, 70, 110, 60]


def dashboard(path, *, ruled: bool = True) -> dict:
    """One landscape page: a title, a sentence, the dashboard measure table, a closing paragraph."""
    W = Writer(path, pagesize=landscape(A4))
    W.text(40, 40, "Crime & Communication Centre - 999 Service", 16, bold=True)
    W.text(40, 70, "WHAT? (What is the situation?)", 12, bold=True)
    rows = dash_rows()
    bottom = W.table(40, 95, DASH_WIDTHS, rows, size=8, ruled=ruled)
    closing = "Daily performance meetings review call answering times and staffing."
    W.text(40, bottom + 25, closing, 10)
    W.save()
    return {"rows": rows, "blocks": [("heading", "Crime & Communication Centre - 999 Service"),
                                     ("heading", "WHAT? (What is the situation?)"),
                                     ("table", rows), ("paragraph", closing)]}


def two_columns(path) -> dict:
    """A full-width title, then two columns of three paragraphs each (paragraph gaps aligned)."""
    W = Writer(path)
    title = "Quarterly Performance Report"
    W.text(40, 40, title, 18, bold=True)
    colw = (W.w - 80 - 24) / 2
    left, right = [], []
    topl = topr = 80
    for k in range(3):
        t = para(k, 3)
        left.append(t)
        topl = W.wrapped(40, topl, colw, t) + 8
    for k in range(3):
        t = para(k + 5, 3)
        right.append(t)
        topr = W.wrapped(40 + colw + 24, topr, colw, t) + 8
    W.save()
    return {"blocks": [("heading", title)] + [("paragraph", t) for t in left + right]}


DELIVERABLES = [["Action", "Date Due", "Progress"],
                ["Tidworth police building site work commenced", "Jan 24", "90%"],
                ["Two additional mobile police stations to be introduced. Under construction", "Jan 24", "80%"],
                ["Melksham custody suite and first floor refurbishment", "May 24", "60%"]]


def slide(path, *, ruled: bool = True) -> dict:
    """A slide-like landscape page: text and bullets on the left, a table beside them on the right."""
    W = Writer(path, pagesize=landscape(A4))
    title = "Priority 1: A police service that meets the needs of its community"
    W.text(40, 30, title, 16, bold=True)
    colw = 360
    W.text(40, 70, "Outcomes achieved this quarter", 12, bold=True)
    p1 = ("Crime and Communication Centre. Continued improvements in service provided to the public. "
          "Waiting times progressively reducing. Includes:")
    top = W.wrapped(40, 92, colw, p1) + 6
    bl = ["Increased CCC recruiting. 50+ additional personnel by January 2024 to fill staff gaps.",
          "Improved processes to better align resources to expected demand.",
          "Better understanding of demand. Improved long term planning."]
    for b in bl:
        top = W.bullet(40, top, colw, b) + 3
    p2 = "Estates Strategy. New estates strategy published and shared with partners across the county."
    top = W.wrapped(40, top + 6, colw, p2)
    x2 = 40 + colw + 40
    W.text(x2, 70, "Deliverables Progress", 12, bold=True)
    bottom = W.table(x2, 92, [200, 60, 60], DELIVERABLES, size=9, ruled=ruled)
    W.text(x2, bottom + 20, "PCC focus next quarter", 12, bold=True)
    fb = ["Restructuring of Force HQ.", "Financial planning for FY 24/25."]
    t2 = bottom + 42
    for b in fb:
        t2 = W.bullet(x2, t2, 320, b) + 3
    W.save()
    return {"blocks": [("heading", title), ("heading", "Outcomes achieved this quarter"), ("paragraph", p1)]
            + [("bullet", b) for b in bl] + [("paragraph", p2),
                                             ("heading", "Deliverables Progress"), ("table", DELIVERABLES),
                                             ("heading", "PCC focus next quarter")]
            + [("bullet", b) for b in fb], "rows": DELIVERABLES}


def long_table_rows(n: int = 30) -> list[list[str]]:
    areas = ["County", "Swindon", "Wiltshire North", "Wiltshire South", "Wiltshire West"]
    rows = []
    for k in range(n):
        rows.append([f"Crime Volume: Measure {k + 1} - {areas[k % 5]}", f"{1000 + 37 * k:,}",
                     f"{(k % 7) - 3.5:.1f}%", ["Increasing", "Decreasing", "Stable"][k % 3]])
    return rows


def multipage_table(path, *, ruled: bool = True, n_rows: int = 44, repeat_header: bool = True) -> dict:
    """A table too long for one page, continued on the next; running header, footer, page numbers;
    then a page that is intentionally left blank."""
    header_text, footer_text = "Police & Crime Plan 2022-25", "Quarterly PCC Highlight Report"
    W = Writer(path, header=header_text, footer=footer_text, page_numbers=True)
    W.text(40, 60, "Crime volumes by area", 14, bold=True)
    intro = "The table lists recorded crime by area for the rolling twelve months to October 2023."
    W.text(40, 85, intro, 10)
    head = ["Measure", "12 Months to Oct-2023", "Change", "Trend"]
    widths = [230, 110, 70, 90]
    rows = long_table_rows(n_rows)
    per_page = 34
    W.table(40, 110, widths, [head] + rows[:per_page], size=9, ruled=ruled)
    W.new_page()
    rest = rows[per_page:]
    bottom = W.table(40, 60, widths, ([head] if repeat_header else []) + rest, size=9, ruled=ruled)
    after = "Overall crime volumes are stable compared with the same period last year."
    W.text(40, bottom + 24, after, 10)
    W.new_page()
    W.text(200, 400, "This page is intentionally left blank", 10)
    W.save()
    return {"header": head, "rows": rows, "running": [header_text, footer_text], "pages": 3,
            "blocks": [("heading", "Crime volumes by area"), ("paragraph", intro),
                       ("table", [head] + rows), ("paragraph", after)]}


def headings_and_bullets(path) -> dict:
    """Headings at three sizes, paragraphs, glyph bullets (two levels), dash bullets, numbered items."""
    W = Writer(path)
    blocks = []
    top = 40
    W.text(40, top, "Police and Crime Plan Highlight Report", 20, bold=True)
    blocks.append(("heading", "Police and Crime Plan Highlight Report", 1))
    top += 40
    W.text(40, top, "Priority 2: Reduce violence and serious harm", 14, bold=True)
    blocks.append(("heading", "Priority 2: Reduce violence and serious harm", 2))
    top += 26
    p = para(1, 2)
    top = W.wrapped(40, top, 500, p) + 10
    blocks.append(("paragraph", p))
    W.text(40, top, "Data Summary", 11, bold=True)
    blocks.append(("heading", "Data Summary", 3))
    top += 20
    items = [("•", 0, "999 call volumes are recording a year-on-year increase of 17.7%."),
             ("•", 0, "Silent 999 calls have seen another monthly reduction:"),
             ("–", 1, "June - 2,881 silent 999 calls."),
             ("–", 1, "August - 1,882 silent 999 calls."),
             ("•", 0, "999 average wait to answer times have increased with demand averaging in October "
                      "2023 12 seconds, and the longest waits were seen in the evenings at weekends.")]
    for g, lv, t in items:
        top = W.bullet(40 + 18 * lv, top, 480 - 18 * lv, t, glyph=g) + 4
        blocks.append(("bullet", t, lv))
    top += 8
    W.text(40, top, "Overview", 11, bold=True)
    blocks.append(("heading", "Overview", 3))
    top += 20
    nums = [("1.", "There were 11,856 crimes recorded during quarter two and 44,340 in the 12 months."),
            ("2.", "This represents 1,258 more recorded crimes compared to the previous 12 months."),
            ("4.10", "The recorded crime rate per 1,000 population is 61.2 crimes.")]
    for n, t in nums:
        top = W.bullet(40, top, 480, t, glyph=n, indent=26) + 4
        blocks.append(("bullet", t, 0))
    top += 8
    last = "Seasonal trends show that calls typically decrease from August onwards."
    W.text(40, top, last, 10)
    blocks.append(("paragraph", last))
    W.save()
    return {"blocks": blocks}


def encrypted(path, password: str = "secret") -> dict:
    W = Writer(path, encrypt=password)
    W.text(40, 40, "Confidential", 14, bold=True)
    W.save()
    return {"password": password}


def corrupt(path) -> dict:
    Path(path).write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf\n%%EOF\n")
    return {}


def truncated(path, source_path) -> dict:
    data = Path(source_path).read_bytes()
    Path(path).write_bytes(data[: len(data) // 3])
    return {}


def image_only(path, text_page_too: bool = True) -> dict:
    """Page 1: text; page 2: only an image (no text layer)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    W = Writer(path)
    expected = "A short page of text before the scanned page."
    if text_page_too:
        W.text(40, 40, expected, 10)
        W.new_page()
    img = Image.new("RGB", (60, 40), (200, 30, 30))
    W.c.drawImage(ImageReader(img), 100, 400, width=300, height=200)
    W.save()
    return {"text": expected if text_page_too else "", "image_page": 2 if text_page_too else 1}


def report(path, n_pages: int = 6) -> dict:
    """A multi-page highlight-report-like PDF (for benchmarks and the text round trip): headings,
    paragraphs, bullets and a ruled measure table on every page, running header and page numbers."""
    W = Writer(path, pagesize=landscape(A4), header="Police & Crime Plan 2022-25", page_numbers=True)
    blocks = []
    for k in range(n_pages):
        if k:
            W.new_page()
        h = f"Section {k + 1}: Crime and Communication Centre"
        W.text(40, 45, h, 16, bold=True)
        blocks.append(("heading", h))
        p = para(k, 2)
        top = W.wrapped(40, 75, 760, p) + 8
        blocks.append(("paragraph", p))
        for j in range(2):
            b = SENTENCES[(k + j + 3) % len(SENTENCES)]
            top = W.bullet(40, top, 760, b) + 3
            blocks.append(("bullet", b))
        rows = dash_rows()
        top = W.table(40, top + 10, DASH_WIDTHS, rows, size=8, ruled=True) + 15
        blocks.append(("table", rows))
        p2 = para(k + 4, 1)
        W.wrapped(40, top, 760, p2)
        blocks.append(("paragraph", p2))
    W.save()
    return {"blocks": blocks}
