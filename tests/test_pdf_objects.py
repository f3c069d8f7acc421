"""The faster character dicts (extract.loaders.pdf.objects) are pdfplumber's own: every page
object of real PDFs of several publishers compared, value by value and key by key."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extract.loaders.pdf.objects import use_fast_objects

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"

#: (file, pages compared): a council finance report (tables, colour), printed minutes, a parish
#: agenda, a police FOI answer, a county report with charts
PDFS = [("kent_cc/kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf", [0, 5, 20]),
        ("kent_cc/kcc_council_2025-03-13_printed_minutes.pdf", [0, 1]),
        ("parish_souldern/souldern_pc_agenda_2026-01-29.pdf", [0]),
        ("police_force_foi/cumbria_constabulary_foi_1306-25_hospital_crimes_2025-10-13.pdf", [0, 1]),
        ("kent_cc/kcc_armed_forces_covenant_annual_report_2024.pdf", [0, 3])]


def _comparable(obj: dict) -> dict:
    # an image's stream is an object of its own PDF (the two opens give two): compared as printed
    return {k: (repr(v) if k == "stream" else v) for k, v in obj.items()}


@pytest.mark.parametrize("name,pages", PDFS, ids=[p[0].split("/")[-1] for p in PDFS])
def test_fast_objects_are_pdfplumber_s_own(name, pages):
    path = REAL / name
    with pdfplumber.open(path) as theirs, pdfplumber.open(path) as ours:
        for i in pages:
            if i >= len(theirs.pages):
                continue
            expected = theirs.pages[i].objects
            got = use_fast_objects(ours.pages[i]).objects
            assert list(got) == list(expected)
            assert got["char"], (name, i)   # (every page compared has text)
            for kind in expected:
                assert len(got[kind]) == len(expected[kind]), (name, i, kind)
                for a, b in zip(got[kind], expected[kind]):
                    assert _comparable(a) == _comparable(b), (name, i, kind)
                    assert list(a) == list(b), (name, i, kind)   # the same keys in the same order


def test_a_page_without_the_fast_objects_is_unchanged():
    path = REAL / PDFS[0][0]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert "process_object" not in vars(page)
        use_fast_objects(page)
        assert "process_object" in vars(page)
        assert "process_object" not in vars(pdf.pages[1])


def test_an_unverified_pdfplumber_keeps_its_own_objects(monkeypatch):
    from extract.loaders.pdf import objects

    monkeypatch.setattr(objects, "_FAST", False)
    with pdfplumber.open(REAL / PDFS[0][0]) as pdf:
        assert "process_object" not in vars(objects.use_fast_objects(pdf.pages[0]))
    assert objects._verified() == pdfplumber.__version__.startswith(objects.VERIFIED)
