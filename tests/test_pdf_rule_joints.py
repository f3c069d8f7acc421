"""Rows set solid in one drawn cell per column, told apart by how the vertical rules are drawn
(LaTeX draws a column rule a piece per row: the Journal of Statistical Software tables of the
R packages pscl and vcd), against the same cells with rules drawn from rule to rule (a word
processor's grid: Kent County Council's priorities, bulleted lines in one cell); and unruled
two-column lists whose names start lower-case (R functions: lme4's methods table)."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf
from extract.loaders.pdf.text import _MATH_EXT_FONT
from extract.table_eval import document_counts, grid_cells, tables_of_cells

H = A4[1]
PITCH = 13.5

# (group, [(generator or None for a hand-wrapped tail row, [description lines])])
GROUPS = [
    ("core", [("struc_assoc()", ["core function for association plots"]),
              ("struc_mosaic()", ["core function for mosaic plots"]),
              ("struc_sieve()", ["core function for sieve plots"])]),
    ("labeling", [("labeling_border()", ["border labels"]),
                  ("labeling_cboxed()", ["centered labels with boxes, all labels clipped,"]),
                  (None, ["and on top and left border"]),
                  ("labeling_conditional()", ["border labels for conditioning variables",
                                              "and cell labels for conditioned variables"]),
                  ("labeling_cells()", ["cell labels"]),
                  ("labeling_list()", ["draws a list of labels under the plot"])]),
]


def _grouped(path, pieces: bool) -> None:
    """Three columns in a frame; horizontal rules over and under the header and between the
    groups only; each group's rows set solid.  ``pieces``: every vertical rule drawn a piece
    per table row (a row of two wrapped lines one taller piece), else from rule to rule."""
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [60, 140, 260, 520]
    top = 120.0
    y = top
    hrules = [top]
    segs = []  # (top, bottom) of each table row

    def row(cells: list, n_lines: int) -> None:
        nonlocal y
        for x, lines, font in zip(xs, cells, ("Helvetica", "Courier", "Helvetica")):
            c.setFont(font, 9)
            for k, t in enumerate(lines):
                c.drawString(x + 4, H - (y + 9.5 + k * PITCH), t)
        segs.append((y, y + n_lines * PITCH))
        y += n_lines * PITCH

    row([["Group"], ["Grapcon generator"], ["Description"]], 1)
    hrules.append(y)
    for group, entries in GROUPS:
        for k, (gen, desc) in enumerate(entries):
            row([[group] if k == 0 else [], [gen] if gen else [], desc], len(desc))
        hrules.append(y)
    for h in hrules:
        c.line(xs[0], H - h, xs[-1], H - h)
    for x in xs:
        if pieces:
            for a, b in segs:
                c.line(x, H - a, x, H - b)
        else:
            c.line(x, H - top, x, H - y)
    c.save()


def _truth() -> list:
    rows = [["Group", "Grapcon generator", "Description"]]
    spans = []
    for group, entries in GROUPS:
        start = len(rows)
        for gen, desc in entries:
            if gen is None:
                rows[-1][2] += " " + " ".join(desc)
                continue
            rows.append([group if len(rows) == start else "", gen, " ".join(desc)])
        spans.append([start, 0, len(rows) - start, 1])
    return [grid_cells(rows, spans)]


def _tables(path):
    out = tables_ext.extract(load_pdf(path, path.read_bytes()))
    return out, tables_of_cells(out["table_cells"])


def test_rules_drawn_a_piece_per_row_part_the_rows(tmp_path):
    p = tmp_path / "pieces.pdf"
    _grouped(p, pieces=True)
    out, det = _tables(p)
    truth = _truth()
    c = document_counts(det, truth)
    assert (c.correct, c.detected, c.truth) == (c.truth, c.truth, c.truth)
    cells = {x.text: x for x in out["table_cells"]}
    assert cells["labeling"].row_span == 5  # the group's name spans its block
    assert cells["centered labels with boxes, all labels clipped, and on top and left border"].row \
        == cells["labeling_cboxed()"].row  # the hand-wrapped tail row is the row above's


def test_rules_drawn_whole_keep_a_cell_of_lines_one_row(tmp_path):
    """The same cells with each vertical rule drawn from the top rule to the bottom one (a
    word processor's grid): nothing marks the lines of a drawn cell as rows (bulleted lines,
    hand-broken lines in one cell read the same), so each group stays one row."""
    p = tmp_path / "whole.pdf"
    _grouped(p, pieces=False)
    out, det = _tables(p)
    assert len(det) == 1
    assert max(x["row"] for x in det[0]) == 2  # the header and the two groups


def _methods(path, names: list) -> None:
    """A booktabs table of two columns (rules over the header, under it and under the last
    row): names in a typewriter font, descriptions, one wrapped over two lines."""
    c = canvas.Canvas(str(path), pagesize=A4)
    top = 150.0
    lines = [("Generic (Section)", "Brief description of return value")]
    for name, desc in names:
        lines.append((name, desc[0]))
        lines.extend(("", d) for d in desc[1:])
    for k, (a, b) in enumerate(lines):
        y = H - (top + 10 + k * PITCH)
        c.setFont("Courier" if k else "Helvetica", 10)
        if a:
            c.drawString(72, y, a)
        c.setFont("Helvetica", 10)
        c.drawString(190, y, b)
    bottom = top + 14 + len(lines) * PITCH
    for yy in (top, top + 14 + PITCH - 1, bottom):
        c.line(68, H - yy, 500, H - yy)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - (bottom + 30), "Table 8: List of currently available methods.")
    c.save()


METHODS = [("anova (5.2.4)", ["Decomposition of fixed-effects contributions", "or model comparison."]),
           ("coef", ["Sum of the random and fixed effects for each level."]),
           ("drop1", ["Drop allowable single terms from the model."]),
           ("fitted", ["Fitted values given conditional modes."]),
           ("nobs (5.2.2)", ["Number of observations."]),
           ("plot", ["Diagnostic plots for mixed-model fits."]),
           ("weights", ["Prior weights used in model fitting."])]


def test_lower_case_names_beside_new_descriptions_are_rows(tmp_path):
    p = tmp_path / "methods.pdf"
    _methods(p, METHODS)
    out, det = _tables(p)
    rows = [["Generic (Section)", "Brief description of return value"]] + \
        [[n, " ".join(d)] for n, d in METHODS]
    c = document_counts(det, [grid_cells(rows)])
    assert (c.correct, c.detected, c.truth) == (c.truth, c.truth, c.truth)


def test_a_label_tail_beside_lower_case_text_stays_in_its_row(tmp_path):
    """A label wrapped over two lines ("Victims aged" / "under 16"): the text beside its tail
    goes on lower-case, so the tail is no row of its own."""
    p = tmp_path / "tail.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    top = 150.0
    lines = [("Area", "Measure"), ("Victims aged", "Number of victims of"), ("under 16", "recorded crime"),
             ("Victims aged 16+", "Number of adult victims"), ("Offenders", "Number of offenders charged")]
    for k, (a, b) in enumerate(lines):
        c.setFont("Helvetica", 10)
        c.drawString(72, H - (top + 10 + k * PITCH), a)
        c.drawString(190, H - (top + 10 + k * PITCH), b)
    c.save()
    out, det = _tables(p)
    assert len(det) == 1
    texts = {x["text"] for x in det[0]}
    assert "Victims aged under 16" in texts
    assert "Number of victims of recorded crime" in texts


def test_math_extension_fonts():
    """TeX's math extension fonts (big delimiters, sum signs, wide accents) by name."""
    assert _MATH_EXT_FONT.search("TFIPRF+LMMathExtension10-Regular")
    assert _MATH_EXT_FONT.search("AZMIMR+CMEX10")
    assert not _MATH_EXT_FONT.search("GYLZNQ+CMMI8")
    assert not _MATH_EXT_FONT.search("ArialMT")


MODULES = [("Formula module", "(Section 2)", "lFormula",
            ["Accepts a mixed-model formula,", "data, and other user inputs, and", "returns a list of objects required",
             "to fit a linear mixed model."]),
           ("Objective function module", "(Section 3)", "mkLmerDevfun",
            ["Accepts the results of lFormula", "and returns a function to calculate", "the deviance as a function of the",
             "covariance parameters."]),
           ("Output module", "(Section 5)", "mkMerMod",
            ["Accepts an optimized deviance", "function and packages the results", "into a useful object."])]


def _modules(path, rules: bool = True) -> None:
    """A booktabs table of four columns (lme4's Table 1): short cells beside descriptions
    wrapped over three or four lines, rows parted by space."""
    c = canvas.Canvas(str(path), pagesize=A4)
    top = 120.0
    xs = (72, 210, 280, 370)
    c.setFont("Helvetica", 9)
    for x, t in zip(xs, ("Module", "", "R function", "Description")):
        c.drawString(x, H - (top + 10), t)
    y = top + 14 + 4
    for name, sec, fn, desc in MODULES:
        for x, t in zip(xs, (name, sec, fn)):
            c.setFont("Courier" if x == 280 else "Helvetica", 9)
            c.drawString(x, H - (y + 9), t)
        c.setFont("Helvetica", 9)
        for k, t in enumerate(desc):
            c.drawString(xs[3], H - (y + 9 + k * 11), t)
        y += 11 * len(desc) + 2
    if rules:  # as wide as the table, the description's widest line ending at the rules' end
        right = xs[3] + max(stringWidth(t, "Helvetica", 9) for *_, d in MODULES for t in d) + 3
        for yy in (top, top + 14, y + 2):
            c.line(68, H - yy, right, H - yy)
    c.save()


def test_prose_column_under_the_tables_own_rules_is_a_column(tmp_path):
    """The description column reads as a column of prose beside the table; under rules of the
    table's own width over, inside and under it (booktabs) it is the table's last column."""
    p = tmp_path / "modules.pdf"
    _modules(p)
    out, det = _tables(p)
    rows = [["Module", "", "R function", "Description"]] + [[n, s, f, " ".join(d)] for n, s, f, d in MODULES]
    c = document_counts(det, [grid_cells(rows)])
    assert (c.correct, c.detected, c.truth) == (c.truth, c.truth, c.truth)


def test_a_lettered_list_is_no_table(tmp_path):
    """A lettered list ("a." | "For each year", Cumbria's FOI request): the letters start
    lower-case beside text starting upper-case, as the R names do, but they are item labels."""
    p = tmp_path / "list.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(54, H - 100, "I would like to request the following information:")
    for k, (a, b) in enumerate((("a.", "For each year"), ("b.", "By the nature of each crime description"),
                                ("c.", "What the crime outcome was for each crime"),
                                ("d.", "The name of the hospital in each case"))):
        c.drawString(54, H - (125 + k * 12.7), a)
        c.drawString(72, H - (125 + k * 12.7), b)
    c.drawString(54, H - 190, "Our response is set out below in full for each part of the request made.")
    c.save()
    out, det = _tables(p)
    assert det == []


def test_prose_column_without_the_frame_stays_a_text_flow(tmp_path):
    """The same page without the rules: a column of prose beside a table is read as its own
    flow (a text column beside a table, as before)."""
    p = tmp_path / "modules.pdf"
    _modules(p, rules=False)
    out, det = _tables(p)
    texts = {x["text"] for t in det for x in t}
    assert "Formula module" in texts
    assert not any(t.startswith("Accepts") for t in texts)


TLI = [("1", "6", "M", "YES", "HISPANIC", "43"), ("2", "7", "M", "NO", "BLACK", "88"),
       ("3", "5", "F", "YES", "HISPANIC", "34"), ("4", "3", "M", "YES", "HISPANIC", "65"),
       ("5", "8", "M", "YES", "WHITE", "75"), ("6", "5", "M", "NO", "BLACK", "74")]


def _tli(path, names: list) -> None:
    """An R table ruled '|rr|lll|r|' (xtable's gallery): column rules a piece per row, rules
    over and under the header and under the last row; the row names and 'grade' share a drawn
    column, 'sex', 'disadvg' and ``names[2]`` another, left-aligned."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    top = 150.0
    rules = [60, 130, 330, 380]
    right = {0: 80, 1: 120, 5: 375}  # right-aligned columns
    left = {2: 136, 3: 160, 4: 220}
    head = ["", "grade", "sex", "disadvg", names[0], "tlimth"]
    for k, row in enumerate([head] + [list(r[:4]) + [n, r[5]] for r, n in zip(TLI, names[1:])]):
        y = top + k * PITCH
        for j, t in enumerate(row):
            if j in right:
                c.drawRightString(right[j], H - (y + 9.5), t)
            else:
                c.drawString(left[j], H - (y + 9.5), t)
        for x in rules:
            c.line(x, H - y, x, H - (y + PITCH))
    bottom = top + (len(TLI) + 1) * PITCH
    for yy in (top, top + PITCH, bottom):
        c.line(rules[0], H - yy, rules[-1], H - yy)
    c.save()


def test_columns_of_aligned_words_in_one_drawn_column_are_split(tmp_path):
    p = tmp_path / "tli.pdf"
    names = ["ethnicty"] + [r[4] for r in TLI]
    _tli(p, names)
    out, det = _tables(p)
    rows = [["", "grade", "sex", "disadvg", "ethnicty", "tlimth"]] + [list(r) for r in TLI]
    c = document_counts(det, [grid_cells(rows)])
    assert (c.correct, c.detected, c.truth) == (c.truth, c.truth, c.truth)


def test_names_in_one_drawn_column_are_not_split(tmp_path):
    """The third part of the drawn column holds people's names of two words, which part at no
    common x: the column is one column of text, not three."""
    p = tmp_path / "names.pdf"
    names = ["name", "Ann Lee", "Christopher Smith", "Jo Brown", "Mohammed Khan", "Li Wei", "Sarah Jones"]
    _tli(p, names)
    out, det = _tables(p)
    assert len(det) == 1
    texts = {x["text"] for x in det[0]}
    assert "M YES Ann Lee" in texts or "M YES Ann Lee".replace(" ", "") in {t.replace(" ", "") for t in texts}
