"""HTML input: byte sniffing, the lxml loader (headings, lists, tables with spans,
site furniture left out) on hand-written pages in the ModernGov and parish-site
shapes, UTF-16/NUL handling of the text loader, and discovery of web suffixes."""
from pathlib import Path

import pytest

from extract.loaders import load, remove_controls
from extract.loaders.htmltext import looks_like_html, strip_tags
from extract.model import BULLET, HEADING, PARAGRAPH
from extract.pipeline import discover

FIX = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def moderngov():
    return load(FIX / "moderngov_agenda_minutes.html")


@pytest.fixture(scope="module")
def parish():
    return load(FIX / "parish_minutes.php")


def test_moderngov_headings_and_items(moderngov):
    assert moderngov.format == "html"
    heads = [(b.text, b.level) for b in moderngov.iter_blocks(HEADING)]
    assert heads == [
        ("Agenda and minutes", 1),
        ("Borsetshire Police and Crime Panel - Friday, 14th March, 2025 10.00 am", 2),
        ("Items", 2),
        ("1. Apologies for Absence", 3),
        ("2. Minutes of the previous meeting", 3),   # "PDF 250 KB" link size dropped
        ("3. Police and Crime Plan Delivery Update", 3),
    ]
    # the "No. | Item" layout table is read as blocks, not as a table
    assert list(moderngov.tables()) == []


def test_moderngov_paragraphs_and_nested_bullets(moderngov):
    paras = [b.text for b in moderngov.iter_blocks(PARAGRAPH)]
    assert "Apologies were received from Cllr Ann Example and Cllr Ben Sample." in paras
    assert "The Commissioner presented the update on the 12th month of the plan." in paras
    assert "Members asked about the rise in burglary." in paras
    bullets = [(b.text, b.level) for b in moderngov.iter_blocks(BULLET)]
    assert bullets == [("Recruitment of officers", 0), ("Neighbourhood teams", 1),
                       ("Response teams", 1), ("Victim services", 0)]
    minutes = next(b for b in moderngov.iter_blocks(PARAGRAPH) if b.text.startswith("RESOLVED"))
    assert minutes.section == "2. Minutes of the previous meeting"
    assert minutes.line == 26 and minutes.page is None


def test_moderngov_furniture_left_out(moderngov):
    text = moderngov.text
    for furniture in ("cookies", "Skip to main content", "Councillors", "Committees", "Share this item",
                      "Accessibility statement", "Borsetshire Council 2025", "not text", "color"):
        assert furniture not in text, furniture


def test_parish_page_tables_with_spans(parish):
    assert parish.format == "html"
    assert not any("Windows-1252" in n for n in parish.notes)   # declared charset, no guess
    (t,) = list(parish.tables())
    assert t.table_method == "html"
    assert t.cells() == [["Payee", "Amount", ""], ["", "Net", "VAT"],
                         ["Grass cutting Ltd", "£250.00", "£50.00"], ["Total", "", "£50.00"]]
    payee, amount, covered = t.rows[0]
    assert (payee.row_span, payee.col_span, payee.is_header) == (2, 1, True)
    assert (amount.row_span, amount.col_span) == (1, 2)
    assert covered.covered and t.rows[1][0].covered
    total = t.rows[3][0]
    assert (total.col_span, total.is_header) == (2, False) and t.rows[3][1].covered


def test_parish_page_bold_headings_lists_br_and_encoding(parish):
    heads = [(b.text, b.level) for b in parish.iter_blocks(HEADING)]
    assert heads == [("Minutes of the Parish Council Meeting held on 3rd April 2024", 2),
                     ("1. Apologies", 6), ("2. Finance", 6)]
    paras = [b.text for b in parish.iter_blocks(PARAGRAPH)]
    assert paras[:3] == ["Present: Cllr A Green (Chairman), Cllr B White, Cllr C Black",
                         "None received.", "The Clerk was present."]
    assert "Café costs were noted – “quoted”." in paras      # cp1252 bytes, entities
    assert [b.text for b in parish.iter_blocks(BULLET)] == [
        "3. Planning: no applications.", "4. Date of next meeting: 1st May 2024"]
    assert "Home" not in parish.text and "Facebook" not in parish.text


@pytest.mark.parametrize("name", ["page.txt", "page.aspx", "page.bin"])
def test_html_detected_from_bytes_whatever_the_suffix(tmp_path, name):
    p = tmp_path / name
    p.write_text("<!DOCTYPE html>\n<html><body><h1>Minutes</h1><p>RESOLVED that it be noted.</p></body></html>")
    doc = load(p)
    assert doc.format == "html"
    assert [b.text for b in doc.blocks] == ["Minutes", "RESOLVED that it be noted."]


def test_html_sniffing_rules():
    assert looks_like_html(b"\xef\xbb\xbf  <!-- saved -->\n<HTML><p>x</p>")
    assert looks_like_html("<!doctype html><p>x</p>".encode("utf-16"))
    # a fragment counts only under a web suffix
    assert looks_like_html(b"<div><p>Minutes</p></div>", ".php")
    assert not looks_like_html(b"<div><p>Minutes</p></div>", ".txt")
    # Markdown with an embedded table stays Markdown
    assert not looks_like_html(b"# Title\n\n<table><tr><td>1</td></tr></table>\n", ".md")
    assert not looks_like_html(b"Minutes of the meeting <b>held</b>\n")


def test_markdown_html_table_uses_the_html_reader(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# T\n\n<table><tr><th colspan=\"2\">Head</th></tr><tr><td>a</td><td>1</td></tr></table>\n")
    doc = load(p)
    assert doc.format == "markdown"
    (t,) = list(doc.tables())
    assert t.table_method == "html" and t.cells() == [["Head", ""], ["a", "1"]]
    assert t.rows[0][0].col_span == 2 and t.rows[0][0].is_header and t.rows[0][1].covered


def test_utf16_text_with_bom_is_decoded(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("MINUTES of a meeting\n\nRESOLVED that the report be noted.\n".encode("utf-16"))
    doc = load(p)
    assert doc.format == "text"
    assert "RESOLVED that the report be noted." in doc.text
    assert any("UTF-16" in n for n in doc.notes)


def test_nul_and_control_characters_removed_with_note(tmp_path):
    p = tmp_path / "ctl.txt"
    p.write_bytes(b"Crime fell by 5%\x00 in the year.\x07\x1b\n\nA second\x0b paragraph.\n")
    doc = load(p)
    assert "\x00" not in doc.text and "\x07" not in doc.text and "\x1b" not in doc.text
    assert "Crime fell by 5% in the year." in doc.text
    assert "4 NUL/control character(s) removed" in doc.notes
    assert remove_controls("a\x00b\tc\fd") == ("ab\tc\fd", ["1 NUL/control character(s) removed"])


def test_mostly_nul_bytes_still_binary(tmp_path):
    from extract.loaders import LoadError
    p = tmp_path / "x.txt"
    p.write_bytes(b"\x00\x01\x02" * 200)
    with pytest.raises(LoadError):
        load(p)


def test_strip_tags_is_the_one_stripper():
    assert strip_tags("39<sup>th</sup> place") == "39th place"
    assert strip_tags("publication<sup>1</sup> cites") == "publication cites"
    assert strip_tags("<ul><li>a</li><li>b</li></ul>").strip() == "a; b"
    assert strip_tags("x<br>y").split() == ["x", "y"]


def test_discovery_accepts_web_suffixes(tmp_path):
    for name in ("a.html", "b.htm", "c.php", "d.aspx", "e.css"):
        (tmp_path / name).write_text("<html><body><p>x</p></body></html>")
    assert [p.name for p in discover([tmp_path])] == ["a.html", "b.htm", "c.php", "d.aspx"]


def test_markup_nested_too_deep_is_read_as_text_with_a_note(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 5000 + "Crime fell by 4%." + "</div>" * 5000 + "</body></html>")
    doc = load(p)
    assert [b.text for b in doc.blocks] == ["Crime fell by 4%."]
    assert "HTML nested too deeply for the parser; text read without structure" in doc.notes


def test_page_of_only_furniture_says_so(tmp_path):
    p = tmp_path / "nav.html"
    p.write_text("<html><body><nav><a>Home</a></nav><footer>Contact us</footer></body></html>")
    doc = load(p)
    assert doc.blocks == [] and "HTML page holds no text outside site furniture" in doc.notes
