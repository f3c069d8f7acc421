"""Deliverables words have one home (extract/vocab/data/deliverables.toml): the figures extractor
finds a plan's header line with the deliverables extractor's own reader of those words, and its
section headings with the pattern kept beside them, so the progress lines under them ("Custody review
Jun 24 40%") are a deliverable's, not performance figures."""
from __future__ import annotations

import tomllib

import pytest

from extract.extractors.figures import context as figures_context
from extract.extractors.figures import extract as figures
from extract.loaders import load_text
from extract.vocab import DATA


def test_deliverables_patterns_live_only_in_deliverables_toml():
    words = tomllib.loads((DATA / "words.toml").read_text(encoding="utf-8"))
    deliv = tomllib.loads((DATA / "deliverables.toml").read_text(encoding="utf-8"))
    assert [k for k in words.get("patterns", {}) if k.startswith("deliverables")] == []
    assert [k for k in words.get("words", {}) if k.startswith("deliverables")] == []
    assert "deliverables_section" in deliv["patterns"]
    assert not hasattr(figures_context, "_DELIV_HEADER")     # no header regex of its own


def _plan(header: str) -> list[str]:
    text = (f"# Plan update\n\nThe force recorded 1,200 crimes in March 2024.\n\n{header}\n\n"
            "Youth voice procurement and roll out Apr 24 65%\n\nCustody review Jun 24 40%\n")
    return [f.value_raw for f in figures(load_text("plan.txt", text))]


@pytest.mark.parametrize("header", [
    "Action Date Due Progress",
    "Key milestones Timescale Progress",
    "Activity Deadline Progress",            # header words of deliverables.toml beyond the old regex
    "Commitment Completion date Progress",
])
def test_progress_lines_under_a_plan_header_line_are_not_figures(header):
    assert _plan(header) == ["1,200"]


def test_without_a_plan_header_the_percentages_are_figures():
    assert _plan("Some other words here") == ["1,200", "65%", "40%"]


def test_progress_lines_under_a_deliverables_section_heading_are_not_figures():
    text = ("# Performance\n\nThe force recorded 1,200 crimes in March 2024.\n\n## Key actions and progress\n\n"
            "Youth voice procurement and roll out Apr 24 65%\n\nCustody review Jun 24 40%\n")
    assert [f.value_raw for f in figures(load_text("plan.md", text))] == ["1,200"]
