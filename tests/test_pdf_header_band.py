"""A header band read apart from its body (tests/tablegen.py ``band_apart``: group headings
over three columns each, two-line column headings set close over narrow columns, crossing
the body's gutters): its lines are the table's header rows, a group heading spans the
columns its drawn rules bound; text above a table that is no header band stays apart."""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf.header_band import header_band_above  # noqa: E402
from extract.loaders.pdf.text import Item, Word  # noqa: E402
from extract.model import Block, Cell  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.table_eval import document_counts, tables_of_cells  # noqa: E402


def _read(p):
    doc = load_pdf(p, p.read_bytes())
    return doc, tables_ext.extract(doc)


def test_band_read_apart_joins_its_body(tmp_path):
    p = tmp_path / "band.pdf"
    truth = tablegen.style_band_apart(p)
    doc, out = _read(p)
    tables = [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    # the group headings span the three columns between their rules
    assert [(c.text, c.col_span) for c in rows[0] if c.text] == \
        [("Offence charged", 1), ("Total", 3), ("Male", 3), ("Female", 3)]
    assert rows[0][0].row_span == 2  # the stub heading is centred on the band's height
    # two-line headings set close together are cut over their own columns
    assert [c.text for c in rows[1][1:4]] == ["Total", "Under 18 years", "18 years and over"]
    assert all(c.is_header for r in rows[:2] for c in r) and not any(c.is_header for c in rows[2])
    assert rows[2][0].text.startswith("Recorded crime") and rows[2][1].text == "12.0"
    texts = [b.text for pg in doc.pages for b in pg.blocks if b.kind != "table"]
    assert not any("years" in t for t in texts)
    c = document_counts(tables_of_cells(out["table_cells"]), truth)
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_band_without_rules_keeps_one_table_no_spans(tmp_path):
    # no rule bounds the group headings: they stay over their middle column (no span is
    # guessed), but the band is still the table's header, not a table of its own
    p = tmp_path / "band_plain.pdf"
    tablegen.style_band_apart(p, rules=False)
    doc, _ = _read(p)
    tables = [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert not any(c.col_span > 1 for r in tables[0].rows for c in r)
    assert tables[0].rows[0][3].text == "18 years and over"
    assert tables[0].rows[1][0].text.startswith("Recorded crime")


def _page_with(path, above: list[tuple[float, str]], header: bool):
    """A table of figures in four columns (flush right), under lines of text ``above``
    ((x, text) pieces on one line, 9 pt over the table), with or without its own header row."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 8)
    y = 100
    for x, t in above:
        c.drawString(x, h - y, t)
    y += 10
    if header:
        for q, t in enumerate(["Area", "Budget", "Forecast", "Variance"]):
            (c.drawString if q == 0 else c.drawRightString)(50 if q == 0 else 190 + 60 * q, h - y, t)
        y += 11
    for k in range(6):
        row = [f"Service {k}", f"{k * 3 + 10}.4", f"{k * 2 + 11}.1", f"+{k}.7"]
        for q, t in enumerate(row):
            (c.drawString if q == 0 else c.drawRightString)(50 if q == 0 else 190 + 60 * q, h - (y + 11 * k), t)
    c.save()


def test_note_line_above_a_table_stays_text(tmp_path):
    # two pieces of a note over the table: a sentence end and a figure with decimals
    p = tmp_path / "note.pdf"
    _page_with(p, [(50, "Source: force returns."), (250, "Rate 12.5 per 1,000")], header=False)
    doc, _ = _read(p)
    tables = [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[0][0].text == "Service 0"
    texts = " ".join(b.text for pg in doc.pages for b in pg.blocks if b.kind != "table")
    assert "Source: force returns." in texts


def _body():
    """An unruled table of four columns (a label, three figures flush right at 250, 310, 370)
    whose first row is at 110 pt."""
    rows = []
    for k in range(5):
        top = 110 + 11 * k
        rows.append([Cell(f"Service {k}", (50, top, 90, top + 8))] +
                    [Cell(f"{k}.5", (r - 12, top, r, top + 8)) for r in (250, 310, 370)])
    return Block.table(rows, bbox=(50, 110, 370, 162), table_method="unruled")


def _line(top: float, pieces: list[tuple[float, str]]) -> list[Item]:
    """Items of one line at ``top``: (x0, text) pieces, each word 5 pt a letter."""
    out = []
    for x, text in pieces:
        words = []
        for t in text.split():
            words.append(Word(t, x, x + 5 * len(t), top, top + 8, 8.0, False))
            x += 5 * len(t) + 2
        out.append(Item(words))
    return out


def test_band_lines_join_by_x_extent():
    # "Budget" in the gutter before column 1, "Forecast" and "Variance" over columns 2 and 3,
    # and on the line above a heading crossing columns 2 and 3, not flush with either
    tb = _body()
    items = _line(90, [(50, "Service"), (290, "Year end position")]) + \
        _line(100, [(205, "Budget"), (270, "Forecast"), (335, "Variance")])
    got = header_band_above(items, tb)
    assert got is not None
    taken, rows = got
    assert len(taken) == 5 and len(rows) == 7
    assert [(c.text, c.col_span) for c in rows[0] if c.text] == [("Service", 1), ("Year end position", 2)]
    assert [c.text for c in rows[1]] == ["", "Budget", "Forecast", "Variance"]


def test_no_band_from_values_captions_or_distant_lines():
    tb = _body()
    # a line of values (a table of counts above): no heading line
    assert header_band_above(_line(100, [(60, "Calls"), (230, "1204"), (290, "96")]), tb) is None
    # a caption of one piece
    assert header_band_above(_line(100, [(230, "All figures in thousands")]), tb) is None
    # a note ending a sentence, and a line two lines above the table
    assert header_band_above(_line(100, [(50, "See notes."), (290, "Total")]), tb) is None
    assert header_band_above(_line(84, [(205, "Budget"), (270, "Forecast")]), tb) is None
    # a table whose first row is a header row read with it, no line from outside: left alone
    head = _body()
    head.rows.insert(0, [Cell("", None, is_header=True)] +
                     [Cell(t, (r - 30, 100, r, 108), is_header=True) for t, r in
                      (("Budget", 250), ("Forecast", 310), ("Variance", 370))])
    own = _line(100, [(220, "Budget"), (280, "Forecast"), (340, "Variance")])
    assert header_band_above([], head, own=own) is None


def _words_item(top: float, pieces: list[tuple[float, str]]) -> Item:
    """One item (a segment read across columns) of words at (x0, text), 5 pt a letter."""
    return Item([Word(t, x, x + 5 * len(t), top, top + 8, 8.0, False) for x, t in pieces])


def test_row_of_figures_read_apart_goes_back_on_top():
    # the row right above the table read as one segment across its columns (figures set
    # close), each figure flush right with its column: the table's first row
    tb = _body()
    row = [_words_item(99, [(50, "Force")]), _words_item(99, [(235, "7.5"), (295, "8.5"), (355, "9.5")])]
    got = header_band_above(row, tb)
    assert got is not None
    taken, rows = got
    assert [c.text for c in rows[0]] == ["Force", "7.5", "8.5", "9.5"] and len(rows) == 6
    assert not any(c.is_header for c in rows[0])
    # figures not set flush with their columns: no row of this table
    off = [_words_item(99, [(50, "Force")]), _words_item(99, [(230, "7.5"), (290, "8.5"), (350, "9.5")])]
    assert header_band_above(off, tb) is None


def test_group_headings_of_a_table_read_whole_span_their_rules(tmp_path):
    # the header read with its body (tablegen ``group_rules``): each group heading, centred
    # over three columns between rules drawn between the column groups, spans the three
    p = tmp_path / "groups.pdf"
    tablegen.style_group_rules(p)
    doc, _ = _read(p)
    tables = [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert [(c.text, c.col_span) for c in tables[0].rows[0] if c.text] == \
        [("Offence charged", 1), ("Total", 3), ("Male", 3), ("Female", 3)]
    assert [c.text for c in tables[0].rows[1][1:4]] == ["Total", "Under 18", "18 and over"]


def test_last_group_heading_runs_to_the_table_edge():
    # a rule between column groups on its left, none on its right (no outer rules): the
    # row's last heading spans to the table's edge; a heading with one after it does not
    from extract.loaders.pdf.header_band import rule_spans
    cols = [(50, 90), (120, 140), (160, 180), (200, 220), (240, 260)]

    def rows():
        top = [Cell("", (a, 90, b, 98), is_header=True) for a, b in cols]
        top[3] = Cell("Ranking", (195, 90, 225, 98), is_header=True)
        sub = [Cell(t, (a, 100, b, 108), is_header=True) for t, (a, b) in zip(["Team", "A", "B", "C", "D"], cols)]
        return [top, sub]

    vs = ((150.0, 88.0, 110.0),)
    got = rows()
    rule_spans(got, 2, cols, ((), vs))
    assert [(c.text, c.col_span) for c in got[0] if c.text] == [("Ranking", 3)] and got[0][2].text == "Ranking"
    # "Ranking" is then no longer the last heading of its row when one stands after it
    got = rows()
    got[0][4] = Cell("Other", (240, 90, 260, 98), is_header=True)
    rule_spans(got, 2, cols, ((), vs))
    assert all(c.col_span == 1 for c in got[0])
