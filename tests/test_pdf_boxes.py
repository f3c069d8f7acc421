"""PDF loader on small reportlab pages: unruled one-row measure boxes, footnote reference marks,
and the outer text columns of an unruled dashboard (exceptions / weighting) kept with its table."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pdf_blocks import BODY, BODY2, Page, _load  # noqa: E402

from extract.extractors import measures  # noqa: E402


def _tables(doc):
    return [b.cells() for b in doc.blocks if b.kind == "table"]


# --------------------------------------------------------------------------- unruled boxes

def _box_page(p, label, value, between=(BODY, BODY2), size=7, value_x=220):
    P = Page(p)
    P.line(40, 30, "Performance Report Quarter Two 2019-20", 14, True)
    top = P.wrapped(40, 60, 480, between[0]) + 10
    P.line(45, top, label, size)
    for k, v in enumerate(value if isinstance(value, list) else [value]):
        P.line(value_x, top + k * (size + 1.5), v, size)
    top += 14 + 9 * (len(value) if isinstance(value, list) else 1)
    P.wrapped(40, top, 480, between[1])
    P.save()


def test_unruled_one_row_box_is_a_table_and_gives_its_measures(tmp_path):
    p = tmp_path / "box.pdf"
    _box_page(p, "Crime volume", "Q1: 10,952 - 43,523 rolling 12 months Q2: 11,856 - 44,340 rolling 12 months")
    doc = _load(p)
    assert _tables(doc) == [[["Crime volume",
                              "Q1: 10,952 - 43,523 rolling 12 months Q2: 11,856 - 44,340 rolling 12 months"]]]
    texts = [b.text for b in doc.blocks if b.kind != "table"]
    assert BODY in texts and BODY2 in texts
    got = {(m.column_label, m.value) for m in measures.extract(doc)}
    assert got == {("Q1", 10952.0), ("Q1 rolling 12 months", 43523.0),
                   ("Q2", 11856.0), ("Q2 rolling 12 months", 44340.0)}


def test_unruled_box_keeps_its_wrapped_value_lines(tmp_path):
    p = tmp_path / "box2.pdf"
    _box_page(p, "Percentage of appeals upheld",
              ["Q1: 33 per cent (6 appeals completed and 3", "upheld) Q2: 20 per cent"], value_x=400)
    assert _tables(_load(p)) == [[["Percentage of appeals upheld",
                                   "Q1: 33 per cent (6 appeals completed and 3 upheld) Q2: 20 per cent"]]]


def test_label_and_value_close_together_or_a_sentence_are_not_a_box(tmp_path):
    # a narrow gap (one text column's line beside another's) or a label that is a sentence: text
    for label, x in (("Crime volume in the county and Swindon rose by", 235),
                     ("Crime fell. Volume", 220),
                     ("Date:", 220)):
        p = tmp_path / "nobox.pdf"
        _box_page(p, label, "Q1: 10,952 - 43,523 rolling 12 months Q2: 11,856", value_x=x)
        assert _tables(_load(p)) == [], label


# --------------------------------------------------------------------------- footnote marks

def test_footnote_reference_after_a_word_is_dropped(tmp_path):
    p = tmp_path / "fn.pdf"
    P = Page(p)
    P.run(40, 40, [("The latest national publication", 10, False, 0), ("1", 6, False, 4),
                   (" cites the trend on my website", 10, False, 0), ("2", 6, False, 4), (".", 10, False, 0)])
    P.run(40, 70, [("An area of 12 m", 10, False, 0), ("2", 6, False, 4), (" was searched.", 10, False, 0)])
    P.save()
    assert [b.text for b in _load(p).blocks] == [
        "The latest national publication cites the trend on my website.",
        "An area of 12 m 2 was searched."]


# --------------------------------------------------------------------------- dashboard tail columns

HEAD = [("Measure", "", ""), ("Sep-", "2023", ""), ("3 Months to", "Sep-2023", ""), ("Rolling 12", "Month Trend", ""),
        ("Statistical", "Exceptions", ""), ("Exception", "Weighting", "")]
ROWS = [("Arrest Rate: DA", "39.7%", "43.4%", "Increasing", ["Three, Eight-", "Month High"], "20"),
        ("Crime Volume: DA", "582", "1,810", "Increasing", [], "4"),
        ("Risk Level: High", "42", "106", "Increasing", ["One, Two, Three,", "Eight-Month High"], "25"),
        ("Risk Level: Medium", "200", "690", "Increasing", [], "10"),
        ("Risk Level: Standard", "517", "1,880", "Decreasing", ["One-Month Low"], "12"),
        ("FAT Outcome Rate", "8.8%", "12.4%", "Increasing", ["Two-Month", "High"], "10"),
        ("Outstanding Suspects", "415", "375", "", ["One-Month High"], "8")]
XS = [50, 200, 260, 340, 430, 530]


def test_exception_columns_with_wrapped_cells_stay_in_the_table(tmp_path):
    p = tmp_path / "dash.pdf"
    P = Page(p)
    for c, (a, b, _) in enumerate(HEAD):
        P.line(XS[c], 40, a, 8, True)
        if b:
            P.line(XS[c], 50, b, 8, True)
    top = 76
    for label, v1, v2, trend, exc, w in ROWS:
        for c, s in enumerate((label, v1, v2, trend)):
            if s:
                P.line(XS[c], top, s, 8)
        for k, s in enumerate(exc):
            P.line(XS[4], top + k * 10, s, 8)
        P.line(XS[5], top, w, 8)
        top += 10 * max(1, len(exc)) + 16  # rows as an HTML table sets them: padding between
    P.save()
    tables = _tables(_load(p))
    assert len(tables) == 1
    t = tables[0]
    assert t[0] == ["Measure", "Sep-2023", "3 Months to Sep-2023", "Rolling 12 Month Trend",
                                 "Statistical Exceptions", "Exception Weighting"]
    assert [r[4] for r in t[1:]] == ["Three, Eight-Month High", "", "One, Two, Three, Eight-Month High", "",
                                     "One-Month Low", "Two-Month High", "One-Month High"]
    assert [r[5] for r in t[1:]] == [r[5] for r in ROWS]
