"""tidy11: one home for the web-furniture line test (loaders/common.is_web_furniture)."""
from extract.loaders.common import clean_inline, is_web_furniture


def test_furniture_lines():
    assert is_web_furniture("Skip to main content")
    assert is_web_furniture("Home > News > Panel meetings")
    assert not is_web_furniture("Share")  # one word: may be a cell of a table saved one per line
    assert not is_web_furniture("Recorded crime rose by 4% in the year")
    assert not is_web_furniture("Skip to main content " + "x" * 200)  # too long for furniture


def test_markdown_link_read_clean():
    line = "[Skip to main content](#main)"
    assert not is_web_furniture(line)
    assert is_web_furniture(line, clean_inline)


def test_meeting_page_tabs():
    assert is_web_furniture("Media", next_line=lambda: "Items")
    assert not is_web_furniture("Media", next_line=lambda: "Minutes")
    assert not is_web_furniture("Media")
