"""A long PDF read by several workers (extract.split): the ranges put together give the
document, and the records, that one whole read gives; a failed range fails its document."""
import dataclasses
import pickle
from pathlib import Path

import pytest

from extract import pipeline, split
from extract.loaders.pdf import load_pdf, page_count, page_ranges, read_page_range

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
ICS = REAL / "kent_cc" / "kcc_cabinet_2025-01-30_ICS_priorities_measures.pdf"  # 31 pages
COVENANT = REAL / "kent_cc" / "kcc_armed_forces_covenant_annual_report_2024.pdf"  # 5 pages


def _blocks(doc):
    return [(b.kind, b.page, b.text, b.bbox, b.level, b.section, b.headings, b.table_method, b.row_pages,
             [[(c.text, c.bbox) for c in row] for row in b.rows]) for b in doc.blocks]


def test_page_ranges_cover_the_pages_read_once_each():
    assert page_ranges(10, 500, 2) == [(0, 5), (5, 10)]
    assert page_ranges(31, 500, 3) == [(0, 10), (10, 21), (21, 31)]
    assert page_ranges(700, 500, 2) == [(0, 250), (250, 500)]  # --max-pages first
    assert page_ranges(3, None, 8) == [(0, 1), (1, 2), (2, 3)]  # never an empty range
    for n, parts in [(25, 2), (61, 3), (54, 2), (7, 7)]:
        ranges = page_ranges(n, 500, parts)
        assert [p for a, b in ranges for p in range(a, b)] == list(range(n))


def test_ranges_read_apart_assemble_into_the_whole_document():
    data = ICS.read_bytes()
    n = page_count(ICS, data)
    assert n == 31
    whole = load_pdf(ICS, data)
    parts = [pickle.loads(pickle.dumps(read_page_range(ICS, data, a, b))) for a, b in page_ranges(n, 500, 3)]
    assert [(p.start, p.stop, len(p.datas)) for p in parts] == [(0, 10, 10), (10, 21, 11), (21, 31, 10)]
    joined = load_pdf(ICS, data, pages_read=parts[::-1], n_pages=n)  # any order: put back by start
    assert _blocks(joined) == _blocks(whole)
    assert joined.notes == whole.notes and joined.problems == whole.problems
    assert joined.raw_text == whole.raw_text
    assert [p.number for p in joined.pages] == list(range(1, 32))


def test_max_pages_note_is_kept_when_read_in_ranges():
    data = ICS.read_bytes()
    whole = load_pdf(ICS, data, max_pages=8)
    parts = [read_page_range(ICS, data, a, b) for a, b in page_ranges(31, 8, 2)]
    joined = load_pdf(ICS, data, max_pages=8, pages_read=parts, n_pages=31)
    assert "document has 31 pages; only the first 8 were read (max_pages=8)" in whole.notes
    assert joined.notes == whole.notes and _blocks(joined) == _blocks(whole)


@pytest.fixture(scope="module")
def split_small(tmp_path_factory):
    """The 5-page PDF read by two workers in ranges (threshold lowered), and read whole."""
    mp = pytest.MonkeyPatch()
    mp.setattr(split, "SPLIT_PAGES", 2)
    seen = []
    real_done = split.Plan.done

    def watching(self, job, result):
        seen.append(type(job).__name__)
        return real_done(self, job, result)

    mp.setattr(split.Plan, "done", watching)
    try:
        results = pipeline.extract_all([COVENANT], jobs=2, progress=False)
    finally:
        mp.undo()
    return results, pipeline.process(COVENANT), seen


def _rows(result):
    return {k: [dataclasses.astuple(r) for r in v] for k, v in result.tables.items()}


def test_pipeline_reads_a_long_pdf_in_ranges_with_the_same_records(split_small):
    results, whole, jobs_done = split_small
    assert jobs_done == ["Whole", "Pages", "Pages", "Assemble"]
    assert len(results) == 1
    got = results[0]
    assert got.document.status == whole.document.status == "ok"
    assert got.document.pages == 5
    assert _rows(got) == _rows(whole)
    assert sum(len(v) for v in got.tables.values()) > 20  # the document has records to compare


def test_plan_turns_a_split_into_ranges_then_one_assembly():
    plan = split.Plan({"max_pages": 500}, parts=2)
    job = split.Whole(0, COVENANT)
    more = plan.done(job, split.Split(5))
    assert [(j.start, j.stop) for j in more] == [(0, 2), (2, 5)]
    assert plan.done(more[1], "second range read") is None  # a PagesRead stand-in without .datas
    assert plan.results[0] == "second range read"  # ... counts as a failed range: the document's result
    assert plan.done(more[0], object()) is None  # the other range, once failed, is ignored


def test_plan_assembles_when_every_range_is_back():
    plan = split.Plan({"max_pages": 500}, parts=2)
    more = plan.done(split.Whole(3, COVENANT), split.Split(5))

    class Read:
        def __init__(self, start):
            self.start, self.datas = start, []

    assert plan.done(more[1], Read(2)) is None
    last = plan.done(more[0], Read(0))
    assert len(last) == 1 and isinstance(last[0], split.Assemble)
    assert last[0].n_pages == 5 and sorted(p.start for p in last[0].parts) == [0, 2]
    assert 3 not in plan.results
    plan.done(last[0], "document result")
    assert plan.results[3] == "document result"


def test_one_worker_reads_whole():
    assert not isinstance(split.work(split.Whole(0, ICS), limits={"max_pages": 500}, parts=1,
                                     process=lambda p, lim: "whole"), split.Split)
    assert isinstance(split.work(split.Whole(0, ICS), limits={"max_pages": 500}, parts=2,
                                 process=lambda p, lim: "whole"), split.Split)
    # a short PDF, and a text file, are read whole even with several workers
    assert split.work(split.Whole(0, COVENANT), limits={"max_pages": 500}, parts=2,
                      process=lambda p, lim: "whole") == "whole"
    assert split.pdf_page_count(Path(__file__), {}) == 0
