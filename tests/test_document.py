"""The documents row: type, title, organisation, period, from the first blocks."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load
from extract.model import Block, Document, Page


def _doc(*blocks):
    d = Document(source="x.txt", sha256="0" * 64, format="text", pages=[Page(1, blocks=list(blocks))])
    return d.finish()


@pytest.mark.parametrize("name, doc_type, title, start, end", [
    ("wiltshire-highlight-report-2023-10-to-12.txt", "highlight_report", "Quarterly PCC Highlight Report",
     "2023-10-01", "2023-12-31"),
    ("wiltshire-newsletter-2023-03-to-05.txt", "newsletter", None, "2023-03-01", "2023-05-31"),
    ("wiltshire-panel-agenda-pack-2023-12-14.md", "agenda_pack", "Wiltshire Police and Crime Panel", None, None),
    ("wiltshire-performance-report-2019-q2.md", "performance_report",
     "Quarter Two 2019-20 (1 July to 30 September 2019)", "2019-07-01", "2019-09-30"),
])
def test_corpus_documents(corpus_dir, name, doc_type, title, start, end):
    rec = describe(load(corpus_dir / name))
    assert rec.doc_type == doc_type
    if title:
        assert rec.title == title
    assert (rec.period_start, rec.period_end) == (start, end)
    assert rec.doc_id == rec.sha256[:16]


def test_minutes_alone_and_unknown():
    d = _doc(Block("heading", "Minutes of the Anyshire Police and Crime Panel meeting held on 3 March 2022", level=1),
             Block("paragraph", "Present: Cllr A Smith"))
    rec = describe(d)
    assert rec.doc_type == "minutes"
    assert rec.organisation == "Anyshire Police and Crime Panel"
    assert describe(_doc(Block("paragraph", "Lorem ipsum dolor."))).doc_type == "unknown"


def test_period_is_not_taken_from_a_deadline_in_a_sentence():
    d = _doc(Block("heading", "Quarterly PCC Highlight Report", level=1),
             Block("bullet", "Financial planning for FY 24/25."),
             Block("bullet", "Phase 1 complete by January 2024."),
             Block("paragraph", "Jan – Mar 2024"))
    rec = describe(d)
    assert (rec.period_start, rec.period_end) == ("2024-01-01", "2024-03-31")


def test_no_period_is_empty_not_guessed():
    d = _doc(Block("heading", "Quarterly PCC Highlight Report", level=1),
             Block("paragraph", "Calls rose in January 2024."))
    assert describe(d).period_start is None and describe(d).period_end is None


def _lines(*texts):
    blocks = []
    for t in texts:
        kind, _, text = t.partition("|")
        blocks.append(Block(kind, text, level=1 if kind == "heading" else 0))
    return _doc(*blocks)


@pytest.mark.parametrize("texts, doc_type", [
    (("heading|Thames Valley Police and Crime Panel", "paragraph|Agenda",
      "paragraph|Friday, 19th January, 2024 at 11.00 am", "bullet|1 Apologies for Absence",
      "bullet|4 Performance Report (Pages 9 - 40)"), "agenda_pack"),
    (("heading|SUSSEX POLICE AND CRIME PANEL",
      "paragraph|MINUTES of the meeting of the Sussex Police and Crime Panel held on 26 January 2024",
      "paragraph|PRESENT: Councillors A (Chairman), B and C",
      "bullet|45.1 The Panel considered the PCC's highlight report."), "minutes"),
    (("paragraph|NOTICE IS HEREBY GIVEN that a meeting of the North Yorkshire Police, Fire and Crime Panel "
      "will be held at County Hall on 5 March 2024 at 10.00 am",), "agenda_pack"),
    (("paragraph|Agenda Item 5", "heading|Police and Crime Plan Performance Report",
      "paragraph|Quarter 3 2023/24"), "performance_report"),
    (("heading|Dorset Police and Crime Commissioner", "heading|Quarterly Highlight Report",
      "paragraph|October to December 2023"), "highlight_report"),
    (("heading|PCC Community Newsletter", "paragraph|Spring 2024"), "newsletter"),
    (("heading|Annual Report 2022/23", "paragraph|Foreword from the Commissioner"), "unknown"),
])
def test_doc_type_of_other_panels_papers(texts, doc_type):
    assert describe(_lines(*texts)).doc_type == doc_type


def test_report_with_an_agenda_item_stamp_is_not_an_agenda():
    d = _lines("paragraph|Agenda Item 7", "paragraph|Office of the Police and Crime Commissioner for Anyshire",
               "paragraph|Quarter Two 2019-20 (1 July to 30 September 2019)")
    rec = describe(d)
    assert rec.doc_type == "performance_report"
    assert rec.organisation == "Office of the Police and Crime Commissioner for Anyshire"
    assert (rec.period_start, rec.period_end) == ("2019-07-01", "2019-09-30")
