"""A web page's furniture saved with its text (skip links, a category menu's "Browse By", an
accessibility bar, a safe-exit button, a document-sharing site's widgets) and a news page's
dateline: never a heading, never joined onto the title, never a section or a title. Excerpts are
written for the test in the forms read at two publishers or more (words.toml web_furniture and
dateline); each test has its negative side (a real heading or sentence with the same words stays)."""
from extract.extractors import figures, meetings
from extract.extractors.document import title_of
from extract.loaders import load_text


def _blocks(text: str, name: str = "page.txt"):
    return [(b.kind, b.text) for b in load_text(name, text).blocks]


# a parish site's category menu label over the minutes' title (Plymtree); its words end in "By",
# so the line was joined onto the title as one heading and gave the meeting's body its words
BROWSE_BY = """Browse By

Parish Council Minutes 2 July 2019


Draft minutes of meeting held on 2nd July 2019 at 7.30 pm in the Vestry Room.

Present: Cllrs I Robinson (IR), R Tift (RT), A Cook (AC)

41a/19 Apologies: None received
"""


def test_browse_by_is_no_part_of_the_title_or_the_body():
    blocks = _blocks(BROWSE_BY)
    assert ("heading", "Parish Council Minutes 2 July 2019") in blocks
    assert not [t for _, t in blocks if "Browse" in t]
    got = [(m.date, m.body) for m in meetings.extract(load_text("minutes.txt", BROWSE_BY))["meetings"]]
    assert got == [("2019-07-02", "Parish Council")]


def test_a_heading_or_sentence_with_browse_stays():
    blocks = _blocks("Browse our reports\n\nThe reports are listed by year.\n\n"
                     "Residents can browse by ward on the map.\n")
    assert ("heading", "Browse our reports") in blocks
    assert ("paragraph", "Residents can browse by ward on the map.") in blocks


# skip links at the top of a PCC's news page (Norfolk, Cumbria), behind an accessibility bar's
# button (West Mercia): the page's first "heading", and the section of every figure below it
SKIP = """Skip to content

Crime Figures

Overall crime reduced by 2.2% in the year, with 355 fewer crime reports.
"""


def test_skip_links_are_no_heading_and_no_section():
    for top in ("Skip to content", "Skip to main content", "Accessibility Settings Skip to main content"):
        text = SKIP.replace("Skip to content", top)
        blocks = _blocks(text)
        assert blocks[0] == ("heading", "Crime Figures")
        sections = {f.section for f in figures.extract(load_text("page.txt", text))}
        assert sections == {"Crime Figures"}


def test_a_sentence_with_skip_stays():
    text = "Skip to content\n\nMissed appointments\n\nOfficers did not skip to the next call before the form was done.\n"
    blocks = _blocks(text)
    assert ("paragraph", "Officers did not skip to the next call before the form was done.") in blocks
    assert ("heading", "Missed appointments") in blocks


# police.uk-platform force sites: a safe-exit button first ("Leave this site", at some with its
# instruction run on); Avon and Somerset's "Leave site"
def test_exit_buttons_are_left_out():
    for top in ("Leave this site", "Leave site", "Quickly exit this site by pressing the Escape key Leave this site"):
        blocks = _blocks(f"{top}\n\nStop Searches by Ethnicity 2019-2021\n\nDate of request: 15 March 2021\n")
        assert blocks[0] == ("heading", "Stop Searches by Ethnicity 2019-2021")
    # a sentence about leave stays
    blocks = _blocks("Staffing\n\nOfficers on leave this site visit was postponed.\n")
    assert ("paragraph", "Officers on leave this site visit was postponed.") in blocks


# document-sharing sites' widgets over a copied report (pdfslide, slideplayer)
def test_document_site_widgets_are_no_headings():
    text = ("Presentation is loading. Please wait.\n\nMonthly Performance Update\n\nSimilar presentations\n\n"
            "Embed Size (px)\n\nCitation preview\n\nAll crime fell by 4% in the year.\n")
    blocks = _blocks(text)
    assert [t for k, t in blocks if k == "heading"] == ["Monthly Performance Update"]
    assert title_of(load_text("page.txt", text)) == "Monthly Performance Update"
    # the words in a sentence stay
    blocks = _blocks("Presentations\n\nThe panel saw similar presentations from two forces.\n")
    assert ("paragraph", "The panel saw similar presentations from two forces.") in blocks


# a news page's dateline under its headline (Derbyshire PCC "Published on: Friday, 22nd December
# 2023", Derbyshire and Nottinghamshire police authorities "Posted on 30th January 2012",
# Bracknell Forest "Published: 2 July 2025"): it was joined onto the headline, or became a heading
# and the title
NEWS = """Police Authority commends strong performance achievements

Posted on 30th January 2012

Police in Derbyshire are making continued progress this year.

Overall crime fell by 5.2% between April and December last year.
"""


def test_a_dateline_is_its_own_line_and_the_headline_above_it_the_title():
    blocks = _blocks(NEWS)
    assert blocks[1] == ("paragraph", "Posted on 30th January 2012")
    assert title_of(load_text("page.txt", NEWS)) == "Police Authority commends strong performance achievements"
    assert {f.section for f in figures.extract(load_text("page.txt", NEWS))} != {"Posted on 30th January 2012"}
    joined = "Commissioner reports on a strong year of success\nPublished on: Friday, 22nd December 2023\n\n" \
             "Support Our Sound\n\nThe Commissioner has published her annual report.\n"
    blocks = _blocks(joined)
    assert blocks[:2] == [("paragraph", "Commissioner reports on a strong year of success"),
                          ("paragraph", "Published on: Friday, 22nd December 2023")]
    assert title_of(load_text("page.txt", joined)) == "Commissioner reports on a strong year of success"
    summary = "Council plan overview report - Summary\n\nPublished: 2 July 2025\n\nActions status\n\nThe plan has 114 actions.\n"
    assert title_of(load_text("page.txt", summary)) == "Council plan overview report - Summary"


def test_a_sentence_about_publishing_is_no_dateline():
    text = ("Annual report\n\nPublished on 30 June 2023 the report sets out the year's results.\n\n"
            "Crime fell by 3% in the year.\n")
    blocks = _blocks(text)
    assert blocks[0] == ("heading", "Annual report")
    assert title_of(load_text("page.txt", text)) == "Annual report"
    # a heading naming a date that is no dateline keeps its place
    assert _blocks("Updated Police and Crime Plan\n\nThe plan was refreshed.\n")[0] == \
        ("heading", "Updated Police and Crime Plan")


def test_furniture_lines_of_a_markdown_page_are_left_out():
    text = ("[Skip to main content](#main)\n\nBrowse By\n\n# Parish Council Minutes 2 July 2019\n\n"
            "Residents can browse by ward.\n\n**Share this page**\n")
    assert _blocks(text, "page.md") == [("heading", "Parish Council Minutes 2 July 2019"),
                                        ("paragraph", "Residents can browse by ward.")]


def test_furniture_blocks_of_an_html_page_are_left_out():
    from extract.loaders.html import load_html
    page = (b"<html><body><h3>Browse By</h3><p>Leave this site</p><h1>Parish Council Minutes 2 July 2019</h1>"
            b"<p>Posted on 3rd July 2019</p><h2>Browse our reports</h2><p>Residents can browse by ward.</p>"
            b"</body></html>")
    doc = load_html("page.html", page, sha256="0")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Parish Council Minutes 2 July 2019"), ("paragraph", "Posted on 3rd July 2019"),
        ("heading", "Browse our reports"), ("paragraph", "Residents can browse by ward.")]
    assert title_of(doc) == "Parish Council Minutes 2 July 2019"


def test_a_one_word_cell_saved_one_per_line_stays():
    # "Share" and "Print" alone may be cells of a web table saved one cell per line
    text = "Media spend\n\nChannel\n\nShare\n\nPrint\n\n40%\n"
    texts = [t for _, t in _blocks(text)]
    assert "Share" in " ".join(texts) and "Print" in " ".join(texts)
