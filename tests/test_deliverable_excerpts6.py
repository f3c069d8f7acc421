"""Deliverables, round 7 (audit18-deliv18): a tracker's revised due column ("NEW DATE" beside "TARGET
DATE", "New Target Date" beside the original), a "Status/Comment" column, and a wrapped row whose status
wraps with it.  Excerpts in the forms their publishers print (each source named), expected values from
reading them, and beside each rule the forms where it must not fire."""
from extract.extractors import deliverables
from extract.extractors.deliverables import header_columns
from extract.loaders import load


def _extract(tmp_path, text, name="tracker.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return deliverables.extract(load(p))


def _rows(recs):
    return [(r.action, r.due_raw, r.due_date, r.status, r.lead) for r in recs]


# Hull and East Yorkshire Hospitals NHS Trust, Trust Board action tracking list (compiled 4 July 2012), as
# stored by docstoc: "TARGET DATE" and "NEW DATE" (the date an action was moved to, printed only where it
# moved) and "STATUS/ COMMENT", each header wrapped over two lines, rows wrapped over two or three
_HULL = (
        'HULL AND EAST YORKSHIRE HOSPITALS NHS TRUST\n'
        '                                       TRUST BOARD ACTION TRACKING LIST\n'
        'Actions arising from Board meetings (compiled 4 July 2012)\n'
        ' NO      PAPER            ACTION                                                                             LEAD     TARGET      NEW       STATUS/\n'
        '                                                                                                                      DATE        DATE      COMMENT\n'
        ' May 2012\n'
        ' 01.05   Action tracker   Safeguarding training to be undertaken on Board time out                           MW       June        14 Aug    Reorganised to\n'
        '                                                                                                                                            Aug due to lack\n'
        '                                                                                                                                            of available time\n'
        ' 02.05   Inpatient        Date to be agreed for agreeing the solution of where patients were able to keep    MW       30 Sept               Not yet due\n'
        '         survey           their belongings\n'
        ' 05.05   Business         Further discussion would be held with executive Directors to clarify the           JB       17.7.12               Verbal update to\n'
        '         delivery         organisational arrangements for business delivery and business development                                        be given\n'
        ' 06.05   Corporate        Further information to be provided on nurse to bed ratio                           MW       14.8.12               Not yet due\n'
        ' April 2012\n'
        ' 4.01    Corp Perf        Patient re-admission strategy to be developed                                      MW/YO     13 Nov               Not yet due\n'
        ' March 2012\n'
        ' 3.01    Major trauma     A further update would be received by the Board                                     AP       17 July    11 Sep    Not yet due\n'
)


def test_new_date_beside_target_date_and_status_comment(tmp_path):
    recs = _extract(tmp_path, _HULL)
    assert _rows(recs) == [
        # moved from June to 14 Aug: the new date is the one in force (no year printed: no date)
        ("Safeguarding training to be undertaken on Board time out", "14 Aug", None,
         "Reorganised to Aug due to lack of available time", "MW"),
        # no new date printed: the target date stands
        ("Date to be agreed for agreeing the solution of where patients were able to keep their belongings",
         "30 Sept", None, "Not yet due", "MW"),
        # the action and its status both wrap onto the next line: one row
        ("Further discussion would be held with executive Directors to clarify the organisational "
         "arrangements for business delivery and business development", "17.7.12", "2012-07-17",
         "Verbal update to be given", "JB"),
        ("Further information to be provided on nurse to bed ratio", "14.8.12", "2012-08-14", "Not yet due", "MW"),
        ("Patient re-admission strategy to be developed", "13 Nov", None, "Not yet due", "MW/YO"),
        ("A further update would be received by the Board", "11 Sep", None, "Not yet due", "AP"),
    ]


def test_revised_column_names():
    # Hull's "NEW DATE" by "TARGET DATE"; trackers published as Markdown print "Original Due Date" ... "New
    # Target Date" (a vulnerability deferral register) and "New Target Date" glossed "Revised deadline" (an
    # escalation tracker): the new date is the due column, the original the one it falls back to
    cols = header_columns(["NO", "PAPER", "ACTION", "LEAD", "TARGET DATE", "NEW DATE", "STATUS/ COMMENT"])
    assert (cols.action, cols.lead, cols.due, cols.due_orig, cols.status) == (2, 3, 5, 4, 6)
    cols = header_columns(["Action", "Owner", "Original Due Date", "New Target Date", "Status"])
    assert (cols.due, cols.due_orig) == (3, 2)
    # one due column, or a named one over a bare "Date": no fallback column
    assert header_columns(["Action", "Owner", "Target date", "Status"]).due_orig is None
    cols = header_columns(["Date", "Action", "Owner", "Due date", "Status"])
    assert (cols.due, cols.due_orig) == (3, None)
    # a bare "Date" beside a revised one is the day the action was raised: never the date to fall back to
    cols = header_columns(["Date", "Action", "Owner", "Revised date", "Status"])
    assert (cols.due, cols.due_orig) == (3, None)
    # "Status/Comments" is the status column
    assert header_columns(["Action", "Lead", "Due date", "Status/Comments"]).status == 3


def test_the_original_date_where_no_new_one_is_printed(tmp_path):
    # written for the rule, in a pipe table: a row with a new date takes it, a row without keeps its own
    recs = _extract(tmp_path, (
        "| Action | Owner | Target date | New date | Status |\n|---|---|---|---|---|\n"
        "| Review the custody estate | JB | 30/06/2024 | 30/09/2024 | Delayed |\n"
        "| Publish the annual report | AM | 31/07/2024 | | Complete |\n"), name="tracker.md")
    assert _rows(recs) == [
        ("Review the custody estate", "30/09/2024", "2024-09-30", "Delayed", "JB"),
        ("Publish the annual report", "31/07/2024", "2024-07-31", "Complete", "AM"),
    ]


def test_rows_the_wrapped_status_rule_leaves_apart(tmp_path):
    # written for the rule: rows of whole cells (a pipe table) never join, and a row whose status opens with
    # a capital is a status of its own, not the one above wrapped
    recs = _extract(tmp_path, (
        "| Action | Owner | Due date | Status |\n|---|---|---|---|\n"
        "| Circulate the call data to | OPCC | 31/07/2020 | Update to |\n"
        "| members of the panel | | | be given |\n"), name="log.md")
    assert len(recs) == 2
