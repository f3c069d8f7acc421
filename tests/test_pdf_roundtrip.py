"""A report as PDF and as its text rendering give the same records (issue 3):
the extractors cannot tell which format they were given."""
import pdfgen
from test_pdf import _text_rendering

from extract.extractors import deliverables, figures, measures
from extract.loaders import load

MEASURE_FIELDS = ("section", "row_label", "metric", "subject", "column_label", "period_type", "period_start",
                  "period_end", "value", "unit", "value_raw", "direction", "rolling_trend",
                  "statistical_exceptions", "exception_weighting")
FIGURE_FIELDS = ("section", "sentence", "value", "unit", "value_raw", "role", "period_type", "period_start",
                 "period_end", "subject", "metric_text", "char_start", "char_end")


def _rows(records, names):
    return [tuple(getattr(r, n) for n in names) for r in records]


SUMMARY = [
    "999 call volumes are recording a year-on-year increase of 17.7%.",
    "Average wait to answer in October 2023 was 12 seconds, down from 19 seconds in September 2023.",
    "The abandonment rate for October 2023 was 0.7%, a year-on-year decrease of -1.2% points.",
]
DELIVERABLES = [["Action", "Date Due", "Progress"],
                ["Custody suite refurbishment at the northern hub", "May 24", "60%"],
                ["Two additional mobile police stations to be introduced", "Jan 24", "80%"]]


def _report(path, n_pages: int) -> dict:
    """A highlight-report-like PDF: per page a section heading, a ruled dashboard table,
    a Data Summary with figures, and a deliverables table; running header and page numbers."""
    from reportlab.lib.pagesizes import A4, landscape

    W = pdfgen.Writer(path, pagesize=landscape(A4), header="Police & Crime Plan 2022-25", page_numbers=True)
    blocks = []
    for k in range(n_pages):
        if k:
            W.new_page()
        h = f"Priority {k + 1}: Crime and Communication Centre"
        W.text(40, 45, h, 16, bold=True)
        blocks.append(("heading", h, 1))
        top = W.table(40, 75, pdfgen.DASH_WIDTHS, pdfgen.dash_rows(), size=8, ruled=True) + 15
        blocks.append(("table", pdfgen.dash_rows()))
        W.text(40, top, "Data Summary", 13, bold=True)
        blocks.append(("heading", "Data Summary", 2))
        top += 22
        for b in SUMMARY:
            top = W.bullet(40, top, 700, b) + 3
            blocks.append(("bullet", b))
        W.text(40, top + 8, "Deliverables Progress", 13, bold=True)
        blocks.append(("heading", "Deliverables Progress", 2))
        W.table(40, top + 30, [380, 90, 90], DELIVERABLES, size=9, ruled=True)
        blocks.append(("table", DELIVERABLES))
    W.save()
    return {"blocks": blocks}


def test_pdf_and_text_rendering_give_identical_records(tmp_path):
    pdf = tmp_path / "report.pdf"
    expected = _report(pdf, n_pages=3)
    md = tmp_path / "report.md"
    md.write_text(_text_rendering(expected), encoding="utf-8")
    a, b = load(pdf), load(md)
    assert a.format == "pdf" and b.format == "markdown"

    ma, mb = measures.extract(a), measures.extract(b)
    assert len(ma) >= 3 * 12  # every value cell of the three dashboard tables
    assert _rows(ma, MEASURE_FIELDS) == _rows(mb, MEASURE_FIELDS)
    assert {m.page for m in ma} == {1, 2, 3} and {m.page for m in mb} == {None}

    fa, fb = figures.extract(a), figures.extract(b)
    assert fa, "the generated narrative states figures"
    assert _rows(fa, FIGURE_FIELDS) == _rows(fb, FIGURE_FIELDS)
    assert all(f.page in (1, 2, 3) for f in fa)
    assert len(fa) == 3 * 5  # 17.7%, 12 s, 19 s, 0.7%, -1.2 points on every page
    da = deliverables.extract(a)
    assert len(da) == 3 * 2 and {d.page for d in da} == {1, 2, 3}
    assert _rows(da, ("priority", "action", "due_date", "progress_pct")) == \
        _rows(deliverables.extract(b), ("priority", "action", "due_date", "progress_pct"))
