"""A group heading centred over the column headings of an unruled table ("No. of cigarettes
daily" over "None | <10 | 10-20 | >20", Table 1 of the LegoCondInf vignette of Debian's
r-cran-coin; "Age" over eight age bands, Table 2 of the adjcurve vignette of r-cran-survival:
LaTeX's multicolumn centres it over its columns) is a header row whose cell spans them; it
was read as text (glued to the caption above the table's rules).  The stub heading of the
adjcurve table ("FLC group") is wider than its column of centred labels and reaches past the
table's left side: it is the header's, being centred over the column.  A title centred over
the whole table, stub column included, stays text; so does a line reaching past the table
that is not centred over its outer column.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from types import SimpleNamespace

from extract.loaders.pdf import load_pdf
from extract.loaders.pdf.header_band import _overhangs

H = A4[1]
RIGHTS = (300, 335, 375, 410)  # right edges of the four value columns
HEADS = ("None", "<10", "10-20", ">20")
BODY = [("Female", None), ("Alzheimer", ("91", "7", "15", "21")), ("Other dementias", ("55", "7", "16", "9")),
        ("Other diagnoses", ("80", "3", "25", "9")), ("Male", None), ("Alzheimer", ("35", "8", "15", "6")),
        ("Other dementias", ("24", "1", "17", "35")), ("Other diagnoses", ("24", "2", "22", "11"))]


def _w(t: str) -> float:
    return stringWidth(t, "Helvetica", 10)


def _draw_lego(path, heading: str, centre: float):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "The data of the study are shown in Table 1 by the number of cigarettes smoked daily.")
    c.drawString(150, H - 100, "Table 1: alzheimer data: Smoking and Alzheimer's disease.")
    c.setLineWidth(0.4)
    c.line(150, H - 103, 420, H - 103)
    c.line(150, H - 105, 420, H - 105)
    c.drawString(centre - _w(heading) / 2, H - 114, heading)
    for r, t in zip(RIGHTS, HEADS):
        c.drawRightString(r, H - 126, t)
    c.line(150, H - 129, 420, H - 129)
    y = 138
    for label, vals in BODY:
        c.drawString(155, H - y, label)
        for r, v in zip(RIGHTS, vals or ()):
            c.drawRightString(r, H - y, v)
        y += 12
    c.line(150, H - y + 8, 420, H - y + 8)
    c.drawString(80, H - y - 30, "which suggests that there is a clear deviation from independence.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [b for b in doc.blocks if b.kind == "table"], [b.text for b in doc.blocks if b.kind != "table"]


def _heads_centre() -> float:
    return (RIGHTS[0] - _w(HEADS[0]) + RIGHTS[-1]) / 2


def test_heading_centred_over_column_headings_spans_them(tmp_path):
    p = tmp_path / "lego.pdf"
    _draw_lego(p, "No. of cigarettes daily", _heads_centre())
    tables, texts = _tables(p)
    assert len(tables) == 1
    rows = tables[0].rows
    assert [c.text for c in rows[0]] == ["", "No. of cigarettes daily", "", "", ""]
    assert rows[0][1].col_span == 4
    assert [c.text for c in rows[1]] == ["", "None", "<10", "10-20", ">20"]
    assert [c.text for c in rows[2]] == ["Female", "", "", "", ""]
    assert [c.text for c in rows[3]] == ["Alzheimer", "91", "7", "15", "21"]
    assert not any("No. of cigarettes daily" in t for t in texts)


def test_title_centred_over_the_whole_table_stays_text(tmp_path):
    p = tmp_path / "title.pdf"
    _draw_lego(p, "Smokers and dementias", (155 + RIGHTS[-1]) / 2)  # over the label column too
    tables, texts = _tables(p)
    assert len(tables) == 1
    assert not any("Smokers" in c.text for r in tables[0].rows for c in r)
    assert any("Smokers" in t for t in texts)


def test_heading_off_centre_stays_text(tmp_path):
    p = tmp_path / "off.pdf"
    _draw_lego(p, "No. of cigarettes daily", _heads_centre() + 12)
    tables, texts = _tables(p)
    assert not any("cigarettes" in c.text for r in tables[0].rows for c in r)


AGE_RIGHTS = tuple(225 + 37 * k for k in range(8))
AGES = ("50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-89", "90+")
ROWS = [("Low", ("738", "638", "490", "442", "376", "254", "224", "24")),
        ("Med", ("110", "94", "88", "104", "116", "108", "125", "21")),
        ("High", ("32", "30", "45", "43", "48", "46", "103", "32"))]


def _draw_ages(path, stub_centre: float):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "Average free light chain amounts rise with age, as the table below shows.")
    lab_centre = 165
    heads_x0 = AGE_RIGHTS[0] - _w(AGES[0])
    c.drawString((heads_x0 + AGE_RIGHTS[-1]) / 2 - _w("Age") / 2, H - 112, "Age")
    c.drawString(stub_centre - _w("FLC group") / 2, H - 124, "FLC group")
    for r, t in zip(AGE_RIGHTS, AGES):
        c.drawRightString(r, H - 124, t)
    c.setLineWidth(0.4)
    c.line(130, H - 127, AGE_RIGHTS[-1] + 3, H - 127)
    y = 137
    for label, vals in ROWS * 2:
        c.drawCentredString(lab_centre, H - y, label)
        for r, v in zip(AGE_RIGHTS, vals):
            c.drawRightString(r, H - y, v)
        y += 12
    c.drawString(150, H - y - 14, "Table 2: Detailed age distribution for the study population")
    c.save()


def test_stub_heading_wider_than_its_column_is_the_headers(tmp_path):
    p = tmp_path / "ages.pdf"
    _draw_ages(p, 165)
    tables, texts = _tables(p)
    assert len(tables) == 1
    rows = tables[0].rows
    assert [c.text for c in rows[0]] == ["", "Age"] + [""] * 7
    assert rows[0][1].col_span == 8
    assert [c.text for c in rows[1]] == ["FLC group"] + list(AGES)
    assert [c.text for c in rows[2]] == ["Low", "738", "638", "490", "442", "376", "254", "224", "24"]


def _line(*words):
    ws = [SimpleNamespace(x0=a, x1=b, text=t) for a, b, t in words]
    return SimpleNamespace(words=ws, items=[SimpleNamespace(x0=ws[0].x0, x1=ws[-1].x1, words=ws)],
                           x0=ws[0].x0, x1=ws[-1].x1)


def test_stub_heading_reaching_past_the_table():
    """The adjcurve header line as the page gives it (one piece of words set with word
    spacing): "FLC group" reaches 14 pt left of the labels' column, centred over it; set off
    the centre, the line is no header of this table."""
    cols = [(151.4, 172.2), (207.8, 222.7), (244.7, 259.6), (281.5, 296.4)]
    heads = [(197.8, 222.7, "50-54"), (234.7, 259.6, "55-59"), (271.5, 296.4, "60-64")]
    centred = _line((137.7, 157.6, "FLC"), (161.0, 185.9, "group"), *heads)
    off = _line((127.7, 147.6, "FLC"), (151.0, 175.9, "group"), *heads)
    assert not _overhangs(centred, 151.4, 296.4, 10.0, cols)
    assert _overhangs(off, 151.4, 296.4, 10.0, cols)
    # a line within the table's sides is never cut by it
    assert not _overhangs(_line(*heads), 151.4, 296.4, 10.0, cols)


def test_headings_flush_right_with_one_space_between():
    """R's printed contingency table under Table 1 of LegoCondInf (page 8, text layer):
    "Alzheimer Other dementias Other diagnoses" set flush right over the counts with one
    space between headings; "Other" lies in the gutter and starts the next heading, not the
    tail of "Alzheimer" (which ends flush with its column)."""
    from extract.loaders.pdf.header_band import _split_words
    cols = [(133.8, 157.7), (191.2, 205.5), (272.4, 282.0), (344.2, 358.5)]
    ln = _line((162.5, 205.5, "Alzheimer"), (210.3, 234.2, "Other"), (239.0, 282.0, "dementias"),
               (286.8, 310.7, "Other"), (315.5, 358.5, "diagnoses"))
    parts = _split_words(ln.items[0], cols, [1, 2, 3])
    assert [(k, " ".join(w.text for w in ws)) for k, ws in parts] == \
        [(1, "Alzheimer"), (2, "Other dementias"), (3, "Other diagnoses")]
    # headings not flush with their columns are no split (one heading spanning them)
    ragged = _line((162.5, 200.0, "Alzheimer"), (204.0, 228.0, "Other"), (232.0, 276.0, "dementias"),
                   (280.0, 304.0, "Other"), (308.0, 352.0, "diagnoses"))
    assert _split_words(ragged.items[0], cols, [1, 2, 3]) is None
