"""KPI cards (issue 12 item 3): title, RAG box with direction of travel, chart axis, then
"Latest: 94% | Target: 90%, Floor: 85% | Previous: 89% (Amber)". Hand-written in Markdown and
plain text, and drawn as a PDF page with reportlab; every rendering gives the same records."""
from __future__ import annotations

import pytest

from extract.extractors.measures import extract
from extract.extractors.measures.kpi_cards import card_values
from extract.loaders import load

CARDS = [
    "Quarterly performance report Quarter 2 2024/25",
    "Percentage of people still at home 91 days after discharge",
    "GREEN ▲",
    "Dec-23 Mar-24 Jun-24 Sep-24",
    "Latest: 94% | Target: 90%, Floor: 85% | Previous: 89% (Amber)",
    "Number of new care home admissions",
    "RED",
    "Latest: 1,204 | Target: 1,100 | Previous: 1,150 (Red)",
]
T1 = "Percentage of people still at home 91 days after discharge"
T2 = "Number of new care home admissions"
EXPECTED = {
    (T1, "Latest"): (94, "percent", "month", "2024-09-01", "2024-09-30", "green", "up"),
    (T1, "Target"): (90, "percent", "month", "2024-09-01", "2024-09-30", None, "empty"),
    (T1, "Floor"): (85, "percent", "month", "2024-09-01", "2024-09-30", None, "empty"),
    (T1, "Previous"): (89, "percent", "other", None, None, "amber", "empty"),
    (T2, "Latest"): (1204, "count", "quarter", "2024-07-01", "2024-09-30", "red", "empty"),
    (T2, "Target"): (1100, "count", "quarter", "2024-07-01", "2024-09-30", None, "empty"),
    (T2, "Previous"): (1150, "count", "other", None, None, "red", "empty"),
}


def _got(recs):
    return {(r.metric, r.column_label): (r.value, r.unit, r.period_type, r.period_start, r.period_end,
                                         r.rag, r.direction) for r in recs}


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_cards_from_text(tmp_path, suffix):
    p = tmp_path / f"cards.{suffix}"
    lines = [("# " if suffix == "md" else "") + CARDS[0]] + CARDS[1:]
    p.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    got = _got(extract(load(p)))
    if suffix == "txt":
        # the plain-text loader joins the second card's title onto the first card's values line
        # (a line without a full stop continues its paragraph): the second card then has no
        # title and gives nothing - missing, never wrong
        assert got == {k: v for k, v in EXPECTED.items() if k[0] == T1}
    else:
        assert got == EXPECTED


def test_cards_from_a_drawn_pdf(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    pdf = tmp_path / "cards.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    y = 800
    for i, line in enumerate(CARDS):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 14 if i == 0 else 10)
        if line.startswith(("GREEN", "RED")):
            c.setFillColorRGB(0.2, 0.7, 0.2)
            c.rect(50, y - 4, 60, 16, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            line = line.replace("▲", "")  # Helvetica has no arrow glyph: direction from text only
        c.drawString(52, y, line)
        y -= 40
    c.save()
    got = _got(extract(load(pdf)))
    exp = dict(EXPECTED)
    exp[(T1, "Latest")] = exp[(T1, "Latest")][:-1] + ("empty",)
    assert got == exp


def test_values_line_needs_latest_and_another_role():
    assert card_values("Target: 90%") == []
    assert card_values("Latest: 94%") == []
    assert [r for r, _, _ in card_values("Current: 7 | Floor: 5")] == ["Current", "Floor"]


def test_card_value_that_is_not_a_number_stays_empty(tmp_path):
    p = tmp_path / "c.md"
    p.write_text("Repeat referrals\n\nAMBER\n\nLatest: not yet available | Target: 22%\n", encoding="utf-8")
    got = {r.column_label: r for r in extract(load(p))}
    assert (got["Latest"].value, got["Latest"].value_raw, got["Latest"].rag) == (None, "not yet available", "amber")
    assert got["Target"].value == 22


def test_prose_with_latest_and_target_is_not_a_card(tmp_path):
    p = tmp_path / "c.md"
    p.write_text("# Update\n\nThe latest figure is 94% against a target of 90%, up from 89% last quarter.\n",
                 encoding="utf-8")
    assert extract(load(p)) == []
