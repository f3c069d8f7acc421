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


# ---------------------------------------------------------------------------
# highlight-report slides for documents we do not have (tests/test_unseen_*.py)
# ---------------------------------------------------------------------------
#
# A slide page as in a PCC quarterly highlight report: a title, a "WHAT?" band,
# a 10-column dashboard measure table, a "SO WHAT?" box with "Data Summary"
# bullets and a "NOW WHAT?" box.  ``dash_slide`` takes options for the variants
# real exports show; every generator returns the truth: ``measures`` (one dict
# per value cell: row_label, column_label, period_type, period_end, value, unit,
# direction), ``bullets`` (text of the narrative bullets, in reading order) and,
# for the deliverables slide, ``deliverables``.

HL_MONTH = "Jul-2024"
HL_HEADER = ["Measure", "Q", "Trend Line (Up to 3 Years' Data)", "Jul-2024", "3 Months to Jul-2024",
             "12 Months to Jul-2024", "12 Months to Jul-2023 vs. 12 Months to Jul-2024",
             "Rolling 12 Month Trend", "Statistical Exceptions", "Exception Weighting"]
HL_PERIODS = ["month", "rolling_3_months", "rolling_12_months", "change_12_months"]
HL_END = "2024-07-31"
HL_WIDTHS = [150, 20, 66, 50, 58, 58, 86, 56, 116, 50]  # 710 pt: fits landscape A4 with margins


def _secs(s: str) -> float:
    h, m, x = (int(v) for v in s.split(":"))
    return float(h * 3600 + m * 60 + x)


# A value cell: (printed text, glyph drawn after it or None, value, unit).  Direction truth:
# change column: the sign; other columns: the glyph (▲/^ up, ▼ down), else "empty".
HL_TABLES = {
    "999": {
        "title": "Crime & Communication Centre – 999 Service",
        "rows": [
            ("Call Answered Volume: 999", "", [("9,429", None, 9429, "count"), ("29,451", None, 29451, "count"),
                                              ("107,875", None, 107875, "count"), ("17.7%", "▲", 17.7, "percent")],
             "Increasing", "Three, Eight-Month High", "20"),
            ("Abandonment Rate: All 999", "Q", [("0.7%", "▼", 0.7, "percent"), ("0.9%", None, 0.9, "percent"),
                                                ("1.7%", None, 1.7, "percent"),
                                                ("-1.2% points", "▼", -1.2, "percentage_points")],
             "Decreasing", "One, Two, Three-Month Low", "19"),
            ("Average Time to Answer: All 999", "", [("00:00:12", None, 12.0, "seconds"),
                                                      ("00:00:14", None, 14.0, "seconds"),
                                                      ("00:00:13", None, 13.0, "seconds"),
                                                      ("00:00:01", "^", 1.0, "seconds")],
             "Increasing", "", "10"),
            ("Call Offer Demand: All 999", "", [("10,562", None, 10562, "count"), ("", None, None, None),
                                                 ("122,636", None, 122636, "count"), ("-1.0%", "▼", -1.0, "percent")],
             "Decreasing", "", "10"),
        ],
    },
    "priority": {
        "title": "Response Times – Priority",
        "rows": [
            ("Average Response Time: Priority - County", "", [
                ("01:33:15", None, _secs("01:33:15"), "seconds"), ("01:37:44", None, _secs("01:37:44"), "seconds"),
                ("01:42:29", None, _secs("01:42:29"), "seconds"), ("00:24:31", "▲", _secs("00:24:31"), "seconds")],
             "Increasing", "Eight-Month High", "16"),
            ("Average Response Time: Priority - Swindon", "A", [
                ("02:15:34", None, _secs("02:15:34"), "seconds"), ("02:29:43", None, _secs("02:29:43"), "seconds"),
                ("02:18:03", None, _secs("02:18:03"), "seconds"), ("00:56:21", "▲", _secs("00:56:21"), "seconds")],
             "Increasing", "Eight-Month High", "16"),
            ("Response Rate: Priority", "", [("56.7%", None, 56.7, "percent"), ("56.6%", None, 56.6, "percent"),
                                             ("55.4%", None, 55.4, "percent"),
                                             ("-8.0% points", "▼", -8.0, "percentage_points")],
             "Decreasing", "Two, Three, Eight-Month Low", "23"),
            ("Storm Log Volume: Priority", "", [("2,233", None, 2233, "count"), ("6,868", None, 6868, "count"),
                                                ("28,982", None, 28982, "count"), ("51.5%", "^", 51.5, "percent")],
             "Increasing", "Two, Three-Month High", "17"),
        ],
    },
    "immediate": {
        "title": "Response Times – Immediate",
        "rows": [
            ("Response Rate: Immediate", "", [("76.8%", None, 76.8, "percent"), ("76.9%", None, 76.9, "percent"),
                                              ("79.3%", None, 79.3, "percent"),
                                              ("-3.5% points", "▼", -3.5, "percentage_points")],
             "Decreasing", "One, Two, Three-Month Low", "19"),
            ("Median Response Time: Immediate", "", [
                ("00:11:15", "▲", _secs("00:11:15"), "seconds"), ("00:11:14", None, _secs("00:11:14"), "seconds"),
                ("00:10:40", None, _secs("00:10:40"), "seconds"), ("00:00:43", "^", 43.0, "seconds")],
             "Increasing", "Two, Three-Month High", "17"),
            ("Average Response Time: Immediate", "Q", [
                ("00:13:34", None, _secs("00:13:34"), "seconds"), ("", None, None, None),
                ("00:12:55", None, _secs("00:12:55"), "seconds"), ("00:01:01", "▲", 61.0, "seconds")],
             "Increasing", "Three-Month High", "14"),
            ("Storm Log Volume: Immediate", "", [("1,689", None, 1689, "count"), ("5,196", None, 5196, "count"),
                                                 ("19,442", None, 19442, "count"), ("-4.8%", "▼", -4.8, "percent")],
             "", "", "0"),
        ],
    },
}

HL_SO_WHAT = "SO WHAT? (What is happening? What is the analysis telling us?)"
HL_NOW_WHAT = "NOW WHAT? (What action do we need to take? Or are taking?)"
HL_WHAT = "WHAT? (What is the situation?)"

HL_SUMMARY = {
    "999": ["999 call volumes are recording a year-on-year increase of 17.7%.",
            "999 abandonment rates continue to decrease with July 2024 levels at 0.7%, a year-on-year "
            "decrease of 1.2 percentage points.",
            "999 average wait to answer times averaged 12 seconds in July 2024."],
    "priority": ["Priority response times in Swindon averaged 2 hours 15 minutes in July 2024.",
                 "The priority response rate fell to 56.7% in July 2024."],
    "immediate": ["Force level immediate response times in July 2024 = 11 min 15 sec (median).",
                  "Immediate storm log volumes decreased by 4.8% over the rolling 12 months."],
}
HL_ACTIONS = ["Daily performance meeting to review call answering times and staffing.",
              "Recruitment to the centre continues, with 50 extra staff expected by January 2025."]


def hl_truth(key: str, periods=HL_PERIODS, end: str = HL_END, header=HL_HEADER, arrows: bool = True) -> list[dict]:
    """The measures a dashboard table of ``HL_TABLES[key]`` must give: one dict per value cell.
    ``arrows`` False: the glyphs were not readable, so only the change column has a direction."""
    out = []
    labels = header[3:7]
    for label, _q, vals, _t, _e, _w in HL_TABLES[key]["rows"]:
        for k, (raw, glyph, value, unit) in enumerate(vals):
            is_change = periods[k] == "change_12_months"
            if value is None:
                d = "empty"
            elif is_change:
                d = "up" if value > 0 else "down" if value < 0 else "flat"
            elif glyph and arrows:
                d = "down" if glyph == "▼" else "up"
            else:
                d = "empty"
            out.append(dict(row_label=label, column_label=labels[k], period_type=periods[k], period_end=end,
                            value=None if value is None else float(value), unit=unit, direction=d))
    return out


def _spark(c, x, y_top, w, h, page_h, kind: str, seed: int):
    """A tiny line chart in a cell: ``curve`` (one path) or ``lines`` (separate segments)."""
    pts = []
    n = 10
    for i in range(n):
        v = ((seed * 7 + i * 5) % 11) / 10.0
        pts.append((x + 3 + i * (w - 6) / (n - 1), y_top + 3 + v * (h - 6)))
    c.setLineWidth(0.5)
    if kind == "curve":
        p = c.beginPath()
        p.moveTo(pts[0][0], page_h - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(px, page_h - py)
        c.drawPath(p, stroke=1, fill=0)
    else:
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            c.line(ax, page_h - ay, bx, page_h - by)


def dash_table(W: "Writer", x: float, top: float, rows_spec: list, *, header=HL_HEADER, widths=HL_WIDTHS,
               size: float = 7, ruled: bool = True, glyphs: str = "inline", spark: Optional[str] = "curve",
               title_row: Optional[str] = None, header_row: bool = True, pad: float = 3,
               seed: int = 0) -> float:
    """Draw a dashboard table; returns its bottom (from the top of the page).

    ``glyphs``: "inline" (in the value's string, DejaVu), "separate" (a smaller DejaVu text object
    after the value), "zapf" (a ZapfDingbats object, as some exports do), "none".  ``spark``: the
    trend-line column drawn as ``curve`` / ``lines`` or left empty (None).  Values are right-aligned,
    labels and text left-aligned; header and label cells wrap inside their column."""
    c, H = W.c, W.h
    leading = size * 1.2
    total = sum(widths)
    y = top
    hlines = [y]
    row_bounds = []  # (top, bottom, spanning)
    if title_row:
        c.setFillColorRGB(0.85, 0.88, 0.95)
        c.rect(x, H - y - (leading + 2 * pad), total, leading + 2 * pad, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        W.text(x + pad, y + pad, title_row, size + 1, bold=True)
        row_bounds.append((y, y + leading + 2 * pad, True))
        y += leading + 2 * pad
        hlines.append(y)
    body = []
    for label, q, vals, trend, exc, weight in rows_spec:
        # q None: the table has no "Q" flag column
        body.append([label] + ([] if q is None else [q]) + [None] + [v for v in vals] + [trend, exc, weight])
    all_rows = ([list(header)] if header_row else []) + body
    for ri, row in enumerate(all_rows):
        is_head = header_row and ri == 0
        font = W.bold if is_head else W.reg
        wrapped = []
        for ci, (cell, w) in enumerate(zip(row, widths)):
            if cell is None:
                wrapped.append([])
            elif isinstance(cell, tuple):
                wrapped.append([cell[0]] if cell[0] else [])
            else:
                wrapped.append(simpleSplit(cell, font, size, w - 2 * pad) if cell else [])
        n = max(1, max(len(wl) for wl in wrapped))
        height = n * leading + 2 * pad
        cx = x
        for ci, (lines, w) in enumerate(zip(wrapped, widths)):
            cell = row[ci]
            if cell is None and not is_head and spark:
                _spark(c, cx, y, w, height, H, spark, seed + ri)
            ly = y + pad
            if isinstance(cell, tuple):
                raw, glyph = cell[0], cell[1]
                gl = glyph if glyphs != "none" else None
                c.setFont(font, size)
                gw = 0.0
                if gl and glyphs != "inline":
                    gw = size * 0.9
                if raw or gl:
                    txt = raw
                    if gl and glyphs == "inline":
                        txt = f"{raw} {gl}" if raw else gl
                    c.drawRightString(cx + w - pad - gw, H - ly - size * 0.85, txt)
                    if gl and glyphs == "separate":
                        c.setFont(W.reg, size * 0.8)
                        c.drawString(cx + w - pad - gw + 1.5, H - ly - size * 0.8, gl)
                    elif gl and glyphs == "zapf":
                        c.setFont("ZapfDingbats", size * 0.7)
                        c.drawString(cx + w - pad - gw + 1.5, H - ly - size * 0.75,
                                     {"▲": "s", "^": "s", "▼": "t"}[gl])
            else:
                right = (ci == len(widths) - 1 and not is_head)
                for line in lines:
                    if right:
                        c.setFont(font, size)
                        c.drawRightString(cx + w - pad, H - ly - size * 0.85, line)
                    else:
                        W.text(cx + pad, ly - size * 0.05, line, size, is_head)
                    ly += leading
            cx += w
        row_bounds.append((y, y + height, False))
        y += height
        hlines.append(y)
    if ruled:
        c.setLineWidth(0.6)
        for hy in hlines:
            c.line(x, H - hy, x + total, H - hy)
        for rt, rb, spanning in row_bounds:
            xs = [x, x + total] if spanning else [x + sum(widths[:k]) for k in range(len(widths) + 1)]
            for vx in xs:
                c.line(vx, H - rt, vx, H - rb)
    return y


def _box(W: "Writer", x: float, top: float, w: float, title: str, bullets: list[str], sub: Optional[str] = None,
         size: float = 9, boxed: bool = True) -> float:
    """A titled box with (optionally a sub-heading and) bullets; returns its bottom."""
    y = top + 5
    W.text(x + 6, y, title, size - 0.5, bold=True)
    y += size * 1.6
    if sub:
        W.text(x + 6, y, sub, size, bold=True)
        y += size * 1.6
    for b in bullets:
        y = W.bullet(x + 8, y, w - 16, b, size=size, indent=10) + 3
    y += 4
    if boxed:
        W.c.setLineWidth(1)
        W.c.rect(x, W.h - y, w, y - top, stroke=1, fill=0)
    return y


def dash_slide(path, *, key: str = "999", ruled: bool = True, glyphs: str = "inline",
               spark: Optional[str] = "curve", title_row: bool = False, boxes: bool = True,
               size: float = 7) -> dict:
    """One landscape highlight-report slide: title, WHAT? band, dashboard table, SO WHAT? box with
    Data Summary bullets beside a NOW WHAT? box."""
    W = Writer(path, pagesize=landscape(A4))
    spec = HL_TABLES[key]
    W.text(40, 28, spec["title"], 18, bold=True)
    # the WHAT? band: a filled bar with the label in it
    W.c.setFillColorRGB(0.8, 0.85, 0.95)
    W.c.rect(40, W.h - 75, sum(HL_WIDTHS), 20, stroke=0, fill=1)
    W.c.setFillColorRGB(0, 0, 0)
    W.text(46, 60, HL_WHAT, 11, bold=True)
    bottom = dash_table(W, 40, 85, spec["rows"], ruled=ruled, glyphs=glyphs, spark=spark, size=size,
                        title_row=spec["title"] if title_row else None)
    top = bottom + 18
    half = (sum(HL_WIDTHS) - 20) / 2
    summary = HL_SUMMARY[key]
    _box(W, 40, top, half, HL_SO_WHAT, summary, sub="Data Summary", boxed=boxes)
    _box(W, 40 + half + 20, top, half, HL_NOW_WHAT, HL_ACTIONS, boxed=boxes)
    W.save()
    arrows = glyphs in ("inline", "separate")
    return {"measures": hl_truth(key, arrows=arrows), "bullets": summary + HL_ACTIONS,
            "summary": summary, "actions": HL_ACTIONS, "title": spec["title"],
            "headings": [spec["title"], HL_WHAT, HL_SO_WHAT, "Data Summary", HL_NOW_WHAT]}


def dash_two_tables(path, *, ruled: bool = True, glyphs: str = "inline", spark: Optional[str] = "curve") -> dict:
    """Two dashboard tables on one page, each under its own slide-band title."""
    W = Writer(path, pagesize=landscape(A4))
    y = 25
    truth = []
    for key in ("priority", "immediate"):
        spec = HL_TABLES[key]
        W.text(40, y, spec["title"], 14, bold=True)
        y = dash_table(W, 40, y + 24, spec["rows"], ruled=ruled, glyphs=glyphs, spark=spark) + 26
        for t in hl_truth(key, arrows=glyphs in ("inline", "separate")):
            truth.append(dict(t, section=spec["title"]))
    W.save()
    return {"measures": truth}


def dash_continued(path, *, ruled: bool = True, repeat_header: bool = True, glyphs: str = "inline",
                   spark: Optional[str] = "curve") -> dict:
    """A dashboard table that runs over two pages: 999 rows on page 1 (near the bottom), the
    priority rows on page 2, with or without the header repeated."""
    W = Writer(path, pagesize=landscape(A4), header="Police & Crime Plan 2022-25", page_numbers=True)
    W.text(40, 50, "Crime & Communication Centre – Performance", 18, bold=True)
    intro = para(2, 4)
    top = W.wrapped(40, 80, sum(HL_WIDTHS), intro, 10) + 10
    top = W.wrapped(40, top, sum(HL_WIDTHS), para(6, 4), 10) + 10
    top = W.wrapped(40, top, sum(HL_WIDTHS), para(3, 3), 10) + 14
    rows1, rows2 = HL_TABLES["999"]["rows"], HL_TABLES["priority"]["rows"]
    dash_table(W, 40, top, rows1, ruled=ruled, glyphs=glyphs, spark=spark)
    W.new_page()
    bottom = dash_table(W, 40, 50, rows2, ruled=ruled, glyphs=glyphs, spark=spark, header_row=repeat_header,
                        seed=5)
    after = "Demand remained high throughout the summer period."
    W.text(40, bottom + 24, after, 10)
    W.save()
    arrows = glyphs in ("inline", "separate")
    return {"measures": hl_truth("999", arrows=arrows) + hl_truth("priority", arrows=arrows),
            "pages": {r["row_label"]: 1 for r in hl_truth("999")} | {r["row_label"]: 2 for r in hl_truth("priority")},
            "after": after, "intro": intro}



def dash_three_columns(path, *, ruled: bool = True, glyphs: str = "inline", left: bool = True,
                       right: bool = True, text_w: float = 170, q_column: bool = True,
                       long_bullets: bool = False, text_size: float = 9, table_size: float = 6) -> dict:
    """A slide with three columns: narrative | a narrow dashboard table | narrative.

    ``left`` / ``right``: draw the Data Summary column on the left / the NOW WHAT? column on the
    right (either may be left out); ``text_w``: width of the text columns; ``long_bullets``: each
    narrative bullet is a few sentences long (it wraps over many lines); ``q_column`` False: the
    table has no "Q" flag column.  The lines of the text columns and of the table do not line up
    (different sizes and line pitch)."""
    W = Writer(path, pagesize=landscape(A4))
    W.text(30, 24, HL_TABLES["immediate"]["title"], 18, bold=True)
    widths = [112, 14, 40, 44, 44, 44, 62, 44, 64, 36]
    header = list(HL_HEADER)
    rows = HL_TABLES["immediate"]["rows"]
    if not q_column:
        widths = widths[:1] + widths[2:]
        header = header[:1] + header[2:]
        rows = [(label, None, vals, t, e, w) for label, _q, vals, t, e, w in rows]
    summary = list(HL_SUMMARY["immediate"])
    actions = list(HL_ACTIONS)
    if long_bullets:
        summary = [f"{summary[0]} {SENTENCES[1]} {SENTENCES[3]}", f"{summary[1]} {SENTENCES[6]}"]
        actions = [f"{actions[0]} {SENTENCES[0]}", f"{actions[1]} {SENTENCES[2]} {SENTENCES[8]}"]
    x = 30
    if left:
        y = 62
        W.text(x, y, "Data Summary", text_size + 2, bold=True)
        y += text_size * 2
        for b in summary:
            y = W.bullet(x, y, text_w, b, size=text_size, indent=10) + 3
        x += text_w + 18
    W.text(x, 62, HL_WHAT, 11, bold=True)
    dash_table(W, x, 80, rows, header=header, widths=widths, size=table_size, ruled=ruled, glyphs=glyphs,
               spark="curve")
    if right:
        rx = x + sum(widths) + 18
        W.text(rx, 62, "NOW WHAT?", text_size + 2, bold=True)
        y = 80
        for b in actions:
            y = W.bullet(rx, y, min(text_w, W.w - rx - 20), b, size=text_size, indent=10) + 3
    W.save()
    bullets = (summary if left else []) + (actions if right else [])
    return {"measures": hl_truth("immediate", arrows=glyphs in ("inline", "separate")),
            "bullets": bullets, "summary": summary if left else [], "actions": actions if right else []}


HL_DELIVERABLES = [
    ("Tidworth police building site work commenced", "Jan 25", "2025-01-01", 90.0),
    ("Two additional mobile police stations to be introduced. Under construction", "Mar 25", "2025-03-01", 80.0),
    ("Melksham custody suite and first floor refurbishment", "May 25", "2025-05-01", 60.0),
    ("Right Care, Right Person phase two agreed with health partners", "Sep 24", "2024-09-01", 25.0),
]


def deliverables_slide(path, *, ruled: bool = True, title_row: bool = False) -> dict:
    """'Outcomes achieved this quarter' text beside a 'Deliverables Progress' table."""
    W = Writer(path, pagesize=landscape(A4))
    title = "Priority 1: A police service that meets the needs of its community"
    W.text(40, 26, title, 16, bold=True)
    colw = 340
    W.text(40, 64, "Outcomes achieved this quarter", 12, bold=True)
    p1 = ("Crime and Communication Centre. Continued improvements in the service provided to the public. "
          "Waiting times are progressively reducing. Includes:")
    top = W.wrapped(40, 86, colw, p1, 9) + 5
    bl = ["Increased recruiting: 50 additional personnel by January 2025 to fill staff gaps.",
          "Improved processes to better align resources to expected demand.",
          "For July 2024 the average immediate response time was 11 min 59 sec."]
    for b in bl:
        top = W.bullet(40, top, colw, b, size=9) + 3
    x2 = 40 + colw + 30
    rows = [["Action", "Date Due", "Progress"]] + [[a, d, f"{p:g}%"] for a, d, _, p in HL_DELIVERABLES]
    if title_row:
        W.table(x2, 64, [250, 60, 60], [["Deliverables Progress", "", ""]], size=10, ruled=False)
        # the title row spans the table: a box around it without inner column lines
        W.c.setLineWidth(0.6)
        W.c.rect(x2, W.h - 64 - 20, 370, 20, stroke=1, fill=0)
        bottom = W.table(x2, 84, [250, 60, 60], rows, size=9, ruled=ruled)
    else:
        W.text(x2, 64, "Deliverables Progress", 12, bold=True)
        bottom = W.table(x2, 86, [250, 60, 60], rows, size=9, ruled=ruled)
    W.text(x2, bottom + 18, "PCC focus next quarter", 12, bold=True)
    fb = ["Restructuring of Force HQ.", "Financial planning for FY 25/26."]
    t2 = bottom + 38
    for b in fb:
        t2 = W.bullet(x2, t2, 320, b, size=9) + 3
    W.save()
    return {"deliverables": [dict(action=a, due_raw=d, due_date=iso, progress_pct=p) for a, d, iso, p in
                             HL_DELIVERABLES],
            "bullets": bl + fb, "paragraph": p1}
