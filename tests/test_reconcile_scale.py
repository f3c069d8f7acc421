"""Reconciliation is linear in documents: cross-document work goes through indexes keyed on the
measure (metric, subject, period, unit) or the masked sentence, never through all pairs of documents.

N copies of a report (with its tables) and of a newsletter that repeats its sentences without tables:
the number of comparisons made (figure-against-table attempts, twin candidates and value agreements)
grows in proportion to N."""
from __future__ import annotations

import extract.reconcile as R
import extract.reconcile.across as A
from reconcile_fixtures import fig, immediate_table, vwi_table

SENTENCES = [
    ("Violence with injury crime volumes for September 2023 were 481.", "481", 481.0, "count", "month",
     "2023-09-30", "Violence with Injury"),
    ("The immediate response rate in October 2023 was 76.8%.", "76.8%", 76.8, "percent", "month", "2023-10-31",
     "Response Times – Immediate"),
    ("Storm log volume for immediate incidents was 1,689 in October 2023.", "1,689", 1689.0, "count", "month",
     "2023-10-31", "Response Times – Immediate"),
]


def _copies(n: int):
    measures, figures = [], []
    for i in range(n):
        rep, news = f"report{i:04d}", f"newsletter{i:04d}"
        measures += vwi_table(rep) + immediate_table(rep)
        for k, (s, raw, v, unit, pt, pe, section) in enumerate(SENTENCES):
            for doc in (rep, news):
                figures.append(fig(doc, s, raw, v, unit, period_type=pt, period_end=pe, section=section,
                                   line=900 + k))
        # a figure no table can check (no row for the Northern area): tried against other documents'
        # tables of its section, which must not mean every document
        figures.append(fig(news, "Violence with injury crimes in the Northern area were 212 in September 2023.",
                           "212", 212.0, "count", period_type="month", period_end="2023-09-30",
                           section="Violence with Injury", subject="Northern area", line=950))
    return measures, figures


def _count(monkeypatch, n: int) -> tuple[int, int]:
    calls = {"narrative": 0, "agrees": 0, "twins": 0}
    narrative, agrees = R._narrative_checks, A.agrees

    def counting_narrative(*a, **k):
        calls["narrative"] += 1
        return narrative(*a, **k)

    def counting_agrees(*a, **k):
        calls["agrees"] += 1
        return agrees(*a, **k)

    twins = R._twins

    def counting_twins(*a, **k):
        out = twins(*a, **k)
        calls["twins"] += sum(len(v) for v in out.values())
        return out

    monkeypatch.setattr(R, "_twins", counting_twins)
    monkeypatch.setattr(R, "_narrative_checks", counting_narrative)
    monkeypatch.setattr(A, "agrees", counting_agrees)
    measures, figures = _copies(n)
    checks = R.reconcile([], measures, figures)
    monkeypatch.undo()
    assert checks and not [c for c in checks if c.verdict == "mismatch"]
    return calls["narrative"], calls["agrees"], calls["twins"]


def test_comparisons_grow_linearly_with_copies_of_a_document(monkeypatch):
    n4, a4, t4 = _count(monkeypatch, 4)
    n16, a16, t16 = _count(monkeypatch, 16)
    n64, a64, t64 = _count(monkeypatch, 64)
    assert n4 > 0 and a4 > 0
    # linear: each added copy costs the same (all pairs would make the 16->64 step cost 4x more per copy)
    for x4, x16, x64 in ((n4, n16, n64), (a4, a16, a64), (t4, t16, t64)):
        per_copy_small, per_copy_large = (x16 - x4) / 12, (x64 - x16) / 48
        assert per_copy_large <= 1.1 * per_copy_small, (x4, x16, x64)


def test_a_newsletter_figure_is_checked_against_its_reports_table_once(monkeypatch):
    measures, figures = _copies(3)
    checks = R.reconcile([], measures, figures)
    news = [c for c in checks if c.doc_id.startswith("newsletter") and c.check_type == "cross_document"
            and c.figure_id]
    # each newsletter's three figures, each checked once against one report's table, and agreeing
    assert len(news) == 9 and {c.verdict for c in news} == {"consistent"}
