"""Forms of council and panel web pages and Word documents saved as text, found by reading
documents of publishers outside the shared set (ModernGov "Issue" pages, panel reports, FOI
answers): each form below was seen at two publishers or more."""
from extract.extractors import figures
from extract.loaders import load_text


def _blocks(text: str, name: str = "page.txt"):
    return [(b.kind, b.text) for b in load_text(name, text).blocks]


# Word's list bullets saved as text: "·" (Symbol font) then the list indent as spaces, and
# "o" (Courier New) for the second level; items apart by a blank line
WORD_BULLETS = """Performance overview

The report covers three themes:

·         Environment

·         Learning

·         Towns and Communities

Of the indicators:

o   38 of 46 (83%) indicators are rated as Green

o   2 of 46 (4%) indicators are rated as Amber
"""


def test_word_bullets_are_bullets_not_a_two_column_table():
    blocks = _blocks(WORD_BULLETS)
    assert ("bullet", "Environment") in blocks
    assert ("bullet", "Towns and Communities") in blocks
    assert ("bullet", "38 of 46 (83%) indicators are rated as Green") in blocks
    assert not [k for k, _ in blocks if k == "table"]


def test_word_bullet_figures_are_read():
    doc = load_text("page.txt", WORD_BULLETS)
    got = {(f.value, f.unit) for f in figures.extract(doc)}
    assert {(38.0, "count"), (83.0, "percent"), (2.0, "count"), (4.0, "percent")} <= got


def test_o_is_a_bullet_only_with_a_wide_gap():
    # "o" then one space is a word (a Scots "o", a typo): left as text
    blocks = _blocks("Notes\n\no the list was long\n")
    assert ("bullet", "the list was long") not in blocks


def test_a_layout_table_row_starting_with_a_bullet_is_still_a_table():
    text = ("Crime type      2022     2023\n"
            "•  Burglary      120      135\n"
            "•  Robbery        40       38\n"
            "•  Vehicle       310      295\n")
    kinds = [k for k, _ in _blocks(text)]
    assert "table" in kinds


# an FOI answer or panel page with its tables written as pipe rows without leading pipes
# (Kent Police accessible tables; Cheshire panel pages "No. | Item |" / "---|---|"), one
# table right after another, each with its own header and separator
PIPE_TABLES = """Accessible version of the infographic.
Ethnicity | Number of individuals stopped |
---|---|
White | 2,287 |
Black or Black British | 248 |
Total | 2,535 |
Ethnicity | Number of arrests |
---|---|
White | 310 |
Black or Black British | 41 |
Total | 351 |
"""


def test_pipe_tables_in_a_text_file_are_tables():
    doc = load_text("answer.txt", PIPE_TABLES)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 2
    from extract.extractors import measures
    got = {(m.row_label, m.metric, m.value, m.is_total) for m in measures.extract(doc)}
    assert ("White", "Number of individuals stopped", 2287.0, 0) in got
    assert ("Total", "Number of arrests", 351.0, 1) in got
    assert ("White", "Number of arrests", 310.0, 0) in got


def test_a_bar_in_plain_text_does_not_make_markdown():
    from extract.loaders import looks_like_markdown
    assert not looks_like_markdown("Crimes | Outcomes\nBurglary 120 | 35\n")
    assert not looks_like_markdown("Section A | B\n------\ntext\n")
    assert looks_like_markdown("No. | Item |\n---|---|\n1 | Apologies |\n")


def test_linked_file_sizes_and_page_footers_are_no_figures():
    from extract.normalise import find_quantities
    # ModernGov agenda pages put each linked paper's size after its title
    assert find_quantities("TO SIGN THE MINUTES OF THE MEETING pdf icon PDF 238 KB") == []
    assert find_quantities("Annual Report 2009/2010 pdf icon PDF 1 MB") == []
    assert find_quantities("the full report (PDF, 1.2MB)") == []
    # a page footer run into the text of a converted PDF (Durham and Cleveland panel papers)
    assert find_quantities("Outcomes and KPQs Page 1 of 16 Communities are safe") == []
    # what stays a figure
    assert [q.value for q in find_quantities("we reviewed 16 pages of 200")] == [16.0, 200.0]
    assert [q.value for q in find_quantities("the upload was 238 KB")] == [238.0]


def _figures(sentence: str):
    return [(f.value_raw, f.value, f.role) for f in figures.extract(load_text("page.txt", sentence + "\n"))]


def test_a_cut_is_a_fall():
    # Carmarthenshire (Dyfed-Powys panel): "a previous decision to cut the precept by 5%"
    assert _figures("The PCC referred to a previous decision to cut the precept by 5%.") == [("5%", -5.0, "change")]
    assert _figures("Burglary was cut by 12% this year.") == [("12%", -12.0, "change")]
    assert _figures("A cut of 5% was agreed.") == [("5%", -5.0, "change")]
    assert _figures("Spending was slashed by 8% this year.") == [("8%", -8.0, "change")]


def test_a_change_with_its_object_before_by():
    # Leicestershire panel: targets to reduce an offence group "by 2%", "a reduction in ... by 13%" -- the
    # change a priority aims at is a target (session 13; it was a change of -2%), a change made keeps its sign;
    # the target keeps the direction its verb gives (session 14: it was +2, as "to increase ... by 2%" is)
    got = _figures("The priority to reduce violence against a person with injury by 2% was not being achieved.")
    assert got == [("2%", -2.0, "target")]
    got = _figures("The priority to achieve a reduction in domestic burglary offences by 13% was not met.")
    assert got == [("13%", -13.0, "target")]
    got = _figures("The Force reduced violence against a person with injury by 2% this year.")
    assert got == [("2%", -2.0, "change")]
    assert _figures("The plan will increase the number of officers by 200.") == [("200", 200.0, "change")]


def test_cut_as_a_payment_or_an_agent_by_keeps_its_sign():
    # parish payments lists: a cut is work paid for, not a fall
    assert _figures("GRASS CUTTING £2,576.00") == [("£2,576.00", 2576.0, "level")]
    assert [v for _, v, _ in _figures("Hedge cut £250")] == [250.0]
    assert [v for _, v, _ in _figures("Calls were answered by 95% of staff.")] == [95.0]
    assert [v for _, v, _ in _figures("Crime reduced in the county and was recorded by 5 forces.")] == [5.0]


def _meetings(text: str):
    from extract.extractors import meetings
    return [(m.kind, m.date, m.body) for m in meetings.extract(load_text("minutes.txt", text))["meetings"]]


def test_minutes_taken_as_read_are_no_meeting_of_their_own():
    # a numbered item that approves an earlier meeting's minutes, its words broken over two
    # lines (Choppington parish, Dyfed-Powys panel): the meeting is the one the page records
    text = ("Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am\n\n"
            "1. APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr K. Evans.\n\n"
            "3. TO SIGN AS A CORRECT RECORD THE\n"
            "MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017\n\n"
            "RESOLVED that the minutes be signed as a correct record.\n")
    got = _meetings(text)
    assert [d for _, d, _ in got] == ["2017-11-16"]


def test_a_minutes_title_with_its_date_and_no_held():
    text = ("Minutes of Parish Council 22 November 2023\n\nTHOSE ATTENDING:\n\nCllr K Burn\n\n"
            "C052/23 5. TO RECEIVE AND ADOPT THE\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON 13 NOVEMBER 2023.\n\n"
            "The meeting agreed the minutes represented a true record.\n")
    assert _meetings(text) == [("minutes", "2023-11-22", "Parish Council")]


def _q(text: str):
    from extract.normalise import find_quantities
    return [(q.raw, q.value, q.unit) for q in find_quantities(text)]


def test_a_range_states_its_unit_or_scale_once():
    # Leicestershire panel: "between £2.9 and £3.8 million"; Plymouth: "between 24-48 hours"
    assert _q("an annual budget of between £2.9 and £3.8 million") == [
        ("£2.9", 2_900_000.0, "gbp"), ("£3.8 million", 3_800_000.0, "gbp")]
    assert _q("calls returned between 24-48 hours") == [("24", 86_400.0, "seconds"), ("48 hours", 172_800.0, "seconds")]
    assert _q("between 10 and 12%") == [("10", 10.0, "percent"), ("12%", 12.0, "percent")]
    assert _q("a rise of 2 to 3 per cent") == [("2", 2.0, "percent"), ("3 per cent", 3.0, "percent")]
    assert _q("£1.2-£1.5 million") == [("£1.2", 1_200_000.0, "gbp"), ("£1.5 million", 1_500_000.0, "gbp")]
    assert _q("from 2.5 to 3 million people") == [("2.5", 2_500_000.0, "count"), ("3 million", 3_000_000.0, "count")]


def test_what_is_no_range_keeps_its_own_unit():
    # cells of a table row printed with dashes between them
    assert _q("95,509 92,739 - 2,770 - 2.9%")[2] == ("2,770", 2770.0, "count")
    # a spaced dash or "and" without "between": two figures, not a range
    assert _q("10 - 12%")[0] == ("10", 10.0, "count")
    assert _q("burglary 5 and robbery 12%")[0] == ("5", 5.0, "count")
    # a first number already whole, or far from the second's scale
    assert _q("between £2.9m and £3.8m")[0] == ("£2.9m", 2_900_000.0, "gbp")
    assert _q("rose from 1,200 to 1.3 million")[0] == ("1,200", 1200.0, "count")
    # days stay counts
    assert [(v, u) for _, v, u in _q("within 1-2 days")] == [(1.0, "count"), (2.0, "count")]


# a ModernGov "Issue - meetings" page (Plymouth, Medway, South Ribble, Barking and Dagenham)
ISSUE_PAGE = """Issue - meetings

Quarter 2 Performance Monitoring Report

Meeting: 13/11/2019 - Cabinet (Item 59)

59 Quarter 2 Performance Monitoring Report pdf icon PDF 167 KB

Report of the Interim Chief Executive attached.

Additional documents:

Decision made (Unanimously):

1.    Cabinet notes the performance summary for Quarter 2.

At the end of Quarter 2, 31 of the 32 live projects were on track.
"""


def test_a_moderngov_issue_page_gives_its_meeting_item_and_decision():
    from extract.extractors import meetings
    got = meetings.extract(load_text("issue.txt", ISSUE_PAGE))
    assert [(m.kind, m.date, m.body) for m in got["meetings"]] == [("minutes", "2019-11-13", "Cabinet")]
    assert [(a.number, a.title) for a in got["agenda_items"]] == [("59", "Quarter 2 Performance Monitoring Report")]
    assert [(d.item_number, d.decision) for d in got["decisions"]] == [
        ("59", "1. Cabinet notes the performance summary for Quarter 2.")]


def test_an_issue_line_run_on_into_its_item_and_resolved_to():
    text = ("Issue - meetings\n\n101 Update\n\n"
            "Meeting: 03/02/2017 - Devon and Cornwall Police and Crime Panel (Item 46)\n"
            "46 101 Update pdf icon PDF 204 KB\n\nThe Panel will receive an update on the 101 service.\n\n"
            "Cabinet resolved to:\n(i) Note the update.\n")
    from extract.extractors import meetings
    got = meetings.extract(load_text("issue.txt", text))
    assert [(m.date, m.body) for m in got["meetings"]] == [("2017-02-03", "Devon and Cornwall Police and Crime Panel")]
    assert [(a.number, a.title) for a in got["agenda_items"]] == [("46", "101 Update")]
    assert [d.decision for d in got["decisions"]] == ["(i) Note the update."]


def test_a_numbered_list_with_wide_gaps_is_no_layout_table():
    text = ("Decision made:\n\n1.    Cabinet notes the performance summary.\n\n"
            "2.    Cabinet notes the update on the Corporate Plan.\n\n3.    Cabinet notes a correction.\n")
    assert ("paragraph", "2. Cabinet notes the update on the Corporate Plan.") in _blocks(text)


def test_item_footnote_and_house_numbers_opening_a_line_are_no_figures():
    # ModernGov item lines, parish agenda lines, footnotes under a report, addresses in minutes
    assert _q("46 101 Update") == []
    assert _q("5 Financial Report") == []
    assert _q("1 Crime in England and Wales: year ending June 2018") == []
    assert _q("24 Birch Green – Mrs Walton attended the meeting") == []
    # what stays: an acronym after the number, a lower-case word, a number with a comma
    assert [v for _, v, _ in _q("2 FTE vacancies in team resolved")] == [2.0]
    assert [v for _, v, _ in _q("45 arrests were made")] == [45.0]
    assert [v for _, v, _ in _q("1,234 Calls answered")] == [1234.0]
    assert [v for _, v, _ in _q("There were 24 Birch Green residents")] == [24.0]


def test_a_percentile_is_no_rank():
    assert _q("Please state the 95th percentile waiting time") == []
    assert _q("the 90th-percentile response time") == []


def _title(text: str) -> str:
    from extract.extractors.document import title_of
    return title_of(load_text("page.txt", text))


def test_a_title_is_never_page_furniture():
    # police.uk-platform force sites (Avon and Somerset, Dorset): an exit button and cookie banners first
    assert _title("Leave site\n\nStop Searches by Ethnicity 2019-2021\n\nDate of request: 15 March 2021\n") == \
        "Stop Searches by Ethnicity 2019-2021"
    assert _title("We use some essential cookies to make our website work.\n\n"
                  "Your cookie preferences have been saved.\n\nArrests by ethnicity\n\nThe figures are below.\n") == \
        "Arrests by ethnicity"
    # ModernGov agenda item pages (Dyfed-Powys, Durham, Kent panels): a bare "Agenda item" label first
    assert _title("Agenda item\n\nPrecept Proposal\n\nMinutes:\n\nThe Panel considered the report.\n") == "Precept Proposal"


def test_an_issue_page_is_titled_by_its_issue():
    assert _title(ISSUE_PAGE) == "Quarter 2 Performance Monitoring Report"
    assert _title("Meeting: Police and Crime Panel\n\nDate: 5 February 2024\n") == "Police and Crime Panel"


def _subjects(sentence: str):
    return [(f.value_raw, f.subject) for f in figures.extract(load_text("page.txt", sentence + "\n"))]


def test_a_subject_right_after_its_figure_is_its_own():
    # West Midlands Police FOI; Northern Ireland Policing Board answer
    got = dict(_subjects("There were 162,000 calls – just over 98,000 to 101 and almost 64,000 to 999."))
    assert "98,000" not in got and got["64,000"] == "999"   # (a bound is no plain value: test_figure_excerpts2)
    got = dict(_subjects("In 2018 CMC dealt with 199,450 x 999 calls, 701,832 x 101 calls in all."))
    assert (got["199,450"], got["701,832"]) == ("999", "101")
    got = dict(_subjects("There were 120 burglaries and 45 robberies."))
    assert got["45"] == "Robbery"


def test_a_label_and_its_value_keep_their_subject():
    assert _subjects("Burglary: 45 Robbery: 12") == [("45", "Residential Burglary"), ("12", "Robbery")]


def test_a_change_stated_approximately_and_its_restatements():
    # Cleveland PCC precept decision, West Yorkshire panel report
    # (a bound and its restatement are no plain values: "just under £4m (or 3.2%)"; an approximation is)
    assert _figures("The overall funding position would be an increase of just under £4m (or 3.2%).") == []
    assert _figures("The overall funding position would be an increase of around £4m (or 3.2%).") == [
        ("£4m", 4_000_000.0, "change"), ("3.2%", 3.2, "change")]
    got = _figures("The Panel endorses the proposal to increase the Council Tax by £5 on a band D property "
                   "which equates to 3.6%.")
    assert got == [("£5", 5.0, "change"), ("3.6%", 3.6, "change")]
    # "make up over 52,000" is a bound, no plain value; "almost 52,000" is a level (the approximation
    # is a change after "by" or "of" only)
    assert _figures("The veteran population make up over 52,000.") == []
    assert _figures("The veteran population make up almost 52,000.") == [("52,000", 52_000.0, "level")]


def _table_rows(text: str):
    return [[c.text for c in row] for b in load_text("answer.txt", text).blocks if b.kind == "table" for row in b.rows]


def test_a_web_table_saved_one_cell_per_line_is_a_table():
    # Dorset Police FOI: each cell followed by " |"
    dorset = ("Please provide the number of arrests by ethnicity.\n"
              "Ethnicity |\n2020 |\n2021 |\n2022 |\nAsian |\n109 |\n106 |\n145 |\nBlack |\n592 |\n575 |\n592 |\n"
              "Unknown |\n389 |\n326 |\n335 |\n")
    assert _table_rows(dorset) == [["Ethnicity", "2020", "2021", "2022"], ["Asian", "109", "106", "145"],
                                   ["Black", "592", "575", "592"], ["Unknown", "389", "326", "335"]]
    from extract.extractors import measures
    got = {(m.row_label, m.column_label, m.value) for m in measures.extract(load_text("answer.txt", dorset))}
    assert ("Black", "2021", 575.0) in got and len(got) == 9
    # Northumbria Police FOI: blank lines between the cells
    northumbria = "\n\n".join(["Ethnicity", "2017", "2018", "Asian", "147", "158", "Black", "77", "102"]) + "\n"
    assert _table_rows(northumbria) == [["Ethnicity", "2017", "2018"], ["Asian", "147", "158"], ["Black", "77", "102"]]


def test_a_row_with_lost_empty_cells_ends_the_table():
    # a row whose empty cells the converter dropped cannot be aligned: the table stops before it
    text = "\n".join(["Ethnicity", "2017", "2018", "2019", "Asian", "147", "158", "241", "Black", "77", "102", "120",
                      "Chinese", "2", "1", "Middle Eastern", "9", "10", "12"]) + "\n"
    tables = [b for b in load_text("answer.txt", text).blocks if b.kind == "table"]
    assert [c.text for c in tables[0].rows[-1]] == ["Black", "77", "102", "120"]
    # (what follows is left to the one-column residue table, which gives no measure)
    from extract.extractors import measures
    assert {m.row_label for m in measures.extract(load_text("answer.txt", text))} == {"Asian", "Black"}
    # a list of a label and years is no table without two rows of values
    assert _table_rows("Ethnicity\n2017\n2018\nAsian\n147\n158\n") == []


def test_a_proposal_stating_its_own_motion_is_its_own_decision():
    # Westwood and Marshchapel parish minutes: the names are not carried to the next resolution
    text = ("Minutes of the Meeting of Westwood Parish Council held on 8th May 2012 at 7.30pm\n\n"
            "Present: Cllr A Jones, Cllr B Smith, Cllr C Bishop, Cllr D Evans\n\n"
            "4 Election of Vice Chair.\n\n"
            "Cllr. Evans proposed, seconded by Cllr. Bishop, that Cllr. Jones be elected Vice Chairman "
            "for the ensuing year. Cllr. Jones was duly elected unanimously.\n\n"
            "5 Formation of Sub Committees.\n\n"
            "The Council resolved that the Sub-Committee membership should remain as agreed.\n")
    from extract.extractors import meetings
    got = [(d.decision[:30], d.proposer, d.seconder) for d in meetings.extract(load_text("m.txt", text))["decisions"]]
    assert got == [("Cllr. Evans proposed, seconded", "D Evans", "C Bishop"),
                   ("that the Sub-Committee members", None, None)]


def test_a_surname_ending_a_sentence_is_kept():
    # Neen Savage parish: "Present: ..., Cllr Martin Windridge."
    text = ("Minutes of the Meeting of Neen Savage Parish Council held on 25th October 2016 at 7.30pm\n\n"
            "Present: Cllr Peter Smith (Chairman), Cllr Martin Windridge.\n\n1. Apologies\n\nNone.\n")
    from extract.extractors import meetings
    got = [a.name for a in meetings.extract(load_text("m.txt", text))["attendance"]]
    assert got == ["Peter Smith", "Martin Windridge"]


def test_emergency_calls_are_no_immediate_grade():
    # West Mercia PCC: "Emergency demand" is 999's; Plymouth panel: "non-emergency calls" are 101's
    # (emergency calls attended within a time are the grade's: test_unseen_figures)
    got = dict(_subjects("Emergency demand increased 13% to around 16,000 calls."))
    assert got["16,000"] != "Immediate"
    got = dict(_subjects("101: non- emergency calls waiting longer than 10 minutes fell to 120."))
    assert got["120"] == "101"
    assert dict(_subjects("The non-emergency response time was 20 minutes."))["20 minutes"] != "Immediate"
    # the grade itself
    assert dict(_subjects("Emergency response times averaged 12 minutes."))["12 minutes"] == "Immediate"
    assert dict(_subjects("Immediate response times averaged 12 minutes."))["12 minutes"] == "Immediate"


def test_references_codes_and_phone_numbers_are_no_figures():
    # FOI answers (Avon and Somerset, Cleveland, Cumbria), agenda papers, a council phone number
    for text in ("Reference: 045-22", "Enquiry Reference: 398 - 24", "Your reference: FOI-24576-25-0300-000",
                 "Our ref: FOI/2023/456", "offences under HO code 08805 have been recorded",
                 "Agenda Item: 5.0", "Item: 6", "the COVID-19 pandemic", "please call (01962 814857)"):
        assert _q(text) == [], text
    # what stays
    assert [v for _, v, _ in _q("In reference to 45 arrests")] == [45.0]
    assert [v for _, v, _ in _q("a reference group of 12 officers")] == [12.0]


def test_a_change_named_before_its_size():
    # Durham scrutiny: "a decrease in crime of 40 percent", "an increase ... in cases of arson"
    assert _figures("There was a decrease in crime of 40 percent.") == [("40 percent", -40.0, "change")]
    assert _figures("There was a reduction in burglary of 12% this year.") == [("12%", -12.0, "change")]
    assert _figures("An increase in arson of 93% was seen.") == [("93%", 93.0, "change")]
    got = _figures("A rise in crime of 5% and a fall in arrests of 3% were seen.")
    assert got == [("5%", 5.0, "change"), ("3%", -3.0, "change")]


def test_a_present_list_titled_councillors_with_a_colon():
    # Salford Priors parish: "Present: Councillors:L Maude, ..."
    for sep in (":", ": "):
        text = ("Minutes of the Meeting of Salford Priors Parish Council held on 15th May 2019 at 7pm\n\n"
                f"Present: Councillors{sep}L Maude, J Smith, K Brown\n\n1. Apologies\n")
        from extract.extractors import meetings
        got = [a.name for a in meetings.extract(load_text("m.txt", text))["attendance"]]
        assert got == ["L Maude", "J Smith", "K Brown"], sep


def test_a_one_cell_per_line_table_with_an_empty_corner():
    # Cleveland Police FOI: the header's first cell is empty ("|" alone on its line)
    text = "\n".join(["|", "2019 |", "2020 |", "Under 10 mins |", "2236 |", "2125 |",
                      "10-30 mins |", "1401 |", "1484 |"]) + "\n"
    assert _table_rows(text) == [["", "2019", "2020"], ["Under 10 mins", "2236", "2125"],
                                 ["10-30 mins", "1401", "1484"]]


def test_a_percent_change_is_worked_out_on_the_earlier_value():
    # the value a mismatch reports: "from A to B" takes A as its base (audit of PCC reports: the
    # later value was taken, "fell from 1,000 to 800, a decrease of 30%" reported as 25%)
    import pathlib
    import tempfile

    from extract.pipeline import run
    text = ("Performance Report\n\nPerformance Summary\n\n"
            "Crime fell from 1,000 to 800, a decrease of 30%.\n\n"
            "Theft rose from 800 to 1,000, an increase of 30%.\n")
    with tempfile.TemporaryDirectory() as tmp:
        f = pathlib.Path(tmp) / "report.txt"
        f.write_text(text, encoding="utf-8")
        checks = list(run([f], pathlib.Path(tmp) / "out", jobs=1, progress=False).tables["checks"])
    got = sorted((c.sentence.split()[0], c.verdict, round(c.table_value, 2)) for c in checks)
    assert got == [("Crime", "mismatch", 20.0), ("Theft", "mismatch", 25.0)]


def test_a_scale_run_into_the_next_word_loses_no_figure_wrongly():
    # Staffordshire precept page: "£264.824mfor 2024/25" -- read as £264.824 it would be a
    # millionfold error: no figure is better than that
    assert _figures("The precept will raise £264.824mfor 2024/25.") == []
    assert _figures("The budget is £264.824m for 2024/25.") == [("£264.824m", 264_824_000.0, "level")]
    # a unit glued on is no scale: the figure stays
    assert [v for _, v, _ in _figures("The quote remained at £1,296pa, fine.")] == [1296.0]


def test_shares_of_people_stating_a_view_are_shares():
    # Surrey and Hampshire precept consultations: a list of options after a change
    got = _figures("The Head of Communication explained that 41% supported the £13 precept increase, "
                   "11% supported a £12 increase, 2% supported a £11 increase and 39% supported no increase.")
    assert [(r, role) for r, _, role in got if r.endswith("%")] == [
        ("41%", "share"), ("11%", "share"), ("2%", "share"), ("39%", "share")]
    assert _figures("Of respondents, 31% favoured no increase.") == [("31%", 31.0, "share")]
    # "supported by" is no view
    assert _figures("Burglary rose by 5% supported by better recording.") == [("5%", 5.0, "change")]


def test_a_report_period_named_in_its_title():
    from extract.extractors.document import describe
    for text, period in (
            ("Quarterly Performance Report Quarter One 2023/24\n\nThe report covers crime.\n", ("2023-04-01", "2023-06-30")),
            ("Performance Update - 12 months to March 2017\n\nText.\n", ("2016-04-01", "2017-03-31")),
            ("Council Plan performance for quarter 4 (January to March 2025)\n\nText.\n", ("2025-01-01", "2025-03-31"))):
        d = describe(load_text("report.txt", text))
        assert (d.period_start, d.period_end) == period, text
    # minutes are titled by an item ("81. Quarterly Performance Report, Q2 2024-2025", Kent
    # cabinet minutes): its period is not theirs
    from pathlib import Path

    from extract.loaders import load
    real = Path(__file__).resolve().parents[1].parent / "shared" / "real"
    d = describe(load(real / "kent_cc" / "kcc_cabinet_2025-01-09_minutes.pdf"))
    assert (d.doc_type, d.period_start, d.period_end) == ("minutes", None, None)
    # (its numbered item line "81. Quarterly Performance Report, Q2 2024-2025" is no longer taken
    # for its title either: tests/test_meeting_excerpts.py)
    assert not d.title.startswith("81.")
