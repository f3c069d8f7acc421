"""FOI and written-answer tables in text (session 13): short excerpts quoted from the published
pages; expected values are read from the pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.extractors.measures.cells import split_label
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


# House of Commons written answer, "Rail Network (Assaults)", 30 July 1997 (Hansard): three
# tables of a year each, run together, each under a year line a converter left with its tag's
# end ('align="center">1994–95 | ||')
BTP = """However, the tables detail the number of notifiable assaults on staff and passengers.
align="center">1994–95 | ||
BTP Area | Public | Staff |
London North | 190 | 43 |
North East | 44 | 15 |
Total | 1,166 | 310 |
align="center">1995–96 | ||
BTP Area | Public | Staff |
London North | 175 | 27 |
North East | 33 | 4 |
Total | 1,073 | 246 |
"""


def test_year_line_over_a_repeated_header_starts_the_next_table_and_dates_it():
    got = _tables(BTP)
    assert len(got) == 2
    assert got[0][1:3] == [["BTP Area", "Public", "Staff"], ["London North", "190", "43"]]
    assert got[1][-1] == ["Total", "1,073", "246"]
    assert not any("align" in c for t in got for r in t for c in r)
    ms = {(m.row_label, m.column_label, str(m.period_start)): m.value for m in _measures(BTP)}
    assert ms[("London North", "Public", "1994-04-01")] == 190
    assert ms[("North East", "Staff", "1995-04-01")] == 4
    assert ms[("Total", "Public", "1995-04-01")] == 1073
    assert ("London North", "Public", "1994-04-01") in ms and \
        not any(v == 175 and p == "1994-04-01" for (_, _, p), v in ms.items())


def test_a_label_row_whose_next_line_is_no_header_stays_in_its_table():
    # "Scotland | |" (a group label over its rows) is no next table's title
    text = "Area | Public | Staff |\nLondon North | 190 | 43 |\nNorth East | 44 | 15 |\nScotland | | |\n" \
           "Glasgow | 140 | 60 |\n"
    assert len(_tables(text)) == 1 and len(_tables(text)[0]) == 5


def test_colon_tail_naming_the_quantity_is_part_of_the_metric():
    # Southampton City Council FOI statistics: "Requests: Number received |" (a quantity, no subject)
    assert split_label("Requests: Number received") == ("Requests: Number received", "")
    assert split_label("Complaints: % upheld") == ("Complaints: % upheld", "")
    # a qualifier after the colon is still the subject
    assert split_label("Victim satisfaction: Ease of contact") == ("Victim satisfaction", "Ease of contact")
    assert split_label("Burglary: Total") == ("Burglary", "Total")
