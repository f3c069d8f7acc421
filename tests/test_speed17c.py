"""speed17c: the dash key's start places found with ``str.find`` (measures.context) are those of
the two start patterns' own scans, on every text document of ../shared/real and corpus/ (raw text
and blocks) and on small texts made to hit each quote, bracket and space form."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.measures import context as mctx
from extract.loaders import load

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
TEXT_FILES = sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("corpus/*.txt")) + \
    sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".txt", ".html", ".htm"))


def _plain_starts(text: str) -> list[int]:
    return sorted(m.start() for p in mctx._DASH_KEY_STARTS for m in p.finditer(text))


EDGES = ["'-' denotes zero", "Note: (–) = nil", "“—” indicates a zero", "‘ – ’ means none", "'-'-'-' = 0",
         "\"\t—\n\"", "(-)(–)(—)", "((-))", "(- )", "( -)", "''-''", "’’ – ‘‘", "'-", "-'", "(", "'", "",
         "x'' - ' = zero", "é\U0001f600 '-' = nil", "\"-\u00a0\"", "'\u2003–\u2003'", "(-)\x00'-'"]


@pytest.mark.parametrize("text", EDGES)
def test_dash_key_starts_edges(text):
    for t in (text, "x" + text, text + " x", "é " + text, "\U0001f600" + text + text):
        assert sorted(mctx._dash_key_starts(t)) == _plain_starts(t), t


def test_dash_key_starts_on_documents():
    assert TEXT_FILES
    for p in TEXT_FILES:
        d = load(p)
        texts = [d.raw_text or "", "\x00".join(b.text or "" for b in d.blocks if b.kind != "table")]
        texts += [b.text for b in d.blocks if b.text]
        for t in texts:
            assert sorted(mctx._dash_key_starts(t)) == _plain_starts(t), p
