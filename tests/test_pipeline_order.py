"""Documents are handed to the workers largest first; the results keep the input order."""
from pathlib import Path

from extract import pipeline

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_largest_first(tmp_path):
    sizes = {"a.txt": 10, "b.txt": 3000, "c.txt": 500, "d.txt": 3000}
    files = []
    for name, n in sizes.items():
        (tmp_path / name).write_text("x" * n)
        files.append(tmp_path / name)
    files.append(tmp_path / "missing.txt")  # cannot be sized: last
    assert pipeline._largest_first(files) == [1, 3, 2, 0, 4]


def test_results_in_input_order_whatever_the_reading_order():
    files = sorted(CORPUS.iterdir(), key=lambda f: f.stat().st_size)  # smallest first
    results = pipeline.extract_all(files, jobs=2, progress=False)
    assert [Path(r.document.source).name for r in results] == [f.name for f in files]
    assert all(r.document.status == "ok" for r in results)


def test_progress_bar_names_are_cut_visibly():
    assert pipeline._short("/x/report.txt") == "report.txt"
    long = "wiltshire-highlight-report-2023-10-to-12.txt"  # 44 characters
    assert pipeline._short(long) == "…" + long[-39:] and len(pipeline._short(long)) == 40
