"""speed20c: per-document shortcuts in the text loader, the document's title and the meetings
passes (issue 14), each checked against its plain form on every line of the real documents:

- ``document.titles._letters_apart`` reads a line's words until too many are no capitals (a third of
  the way into running text), not all of them;
- the meetings passes try a line only against the attendance label patterns whose first characters
  hold the line's first (``meetings.patterns.labels_for``), not all of them;
- ``meetings.votes._names`` uses compiled patterns; ``meetings.entries._E`` has slots.
"""
from __future__ import annotations

import random
from pathlib import Path

from extract.extractors.document import titles
from extract.extractors.meetings import votes
from extract.extractors.meetings.entries import _E, _entries
from extract.extractors.meetings.patterns import _LABELS, labels_for
from extract.loaders import load

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"


def _real_lines() -> list[str]:
    """Every distinct line (stripped, and as printed) of the real documents and the corpus."""
    out: set[str] = set()
    for folder in (REAL, ROOT / "corpus"):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".md"):
                for ln in p.read_text(encoding="utf-8", errors="replace").splitlines():
                    out.add(ln)
                    out.add(ln.strip())
    return sorted(out)


LINES = _real_lines()

#: lines made to reach the edges of each test (whitespace beyond ASCII, capitals beyond ASCII, digits
#: beyond ASCII, empty and one-word lines)
MADE = ["", " ", "1", "75%", "Jan 24 90%", "Q1 Q2 Q3", "n/a", "TBC", "£1.2m", "2023/24 12,345", "– 5",
        "١٢٣", "Jan ²", "²", "H H E E R R T T II N NG G", "S U M M A R Y", "S\u00a0U\u00a0M\u00a0M\u00a0A\u00a0R\u00a0Y",
        "É É É É É É", "Q3 to Q4 of 2024 and Q1 of 2025", "A B C D E f", "A B C D e F G", "AB CD EF GH IJ KL",
        "A\u2028B C D E F", "ÀB ÇD ÈF GH IJ KL", "a b c d e f", "I I I I I I", "AB-CD EF", "Present: Cllr A Smith",
        "present", "1. PRESENT: Parish Councillors: A B", "Apologies for absence", "Also present: Mr X",
        "In the Chair: Commissioner Julia Mulligan (JM)", "Chair: Cllr Wardle (SW)", "Membership: A, B",
        "Substitutes: none", "Cou/285/07-08 Present", "Ünter", "ſubstitutes: x", "\u212aelvin", "(a) Present:"]


def _plain_letters_apart(text: str) -> bool:
    words = text.split()
    return len(words) >= 6 and 3 * sum(len(w) <= 2 and w.isalpha() and w.isupper() for w in words) >= 2 * len(words)


def _made_lines(n: int = 3000) -> list[str]:
    """Random lines of short and long words, capitals, digits and whitespace of every kind."""
    rnd = random.Random(20)
    pieces = ["A", "B", "É", "ß", "I", "a", "é", "1", "²", "١", "%", "-", "Q3", "AB", "Ab", "ABC", "word", "Jan", "n/a",
              "tbc", "12,3", "£5", "(2", "days)", "2023/24", "10:30"]
    spaces = [" ", "  ", "\t", "\u00a0", "\u2003", "\u2028", "\x1c", "\n"]
    out = []
    for _ in range(n):
        k = rnd.randint(0, 12)
        out.append("".join(rnd.choice(pieces) + rnd.choice(spaces) for _ in range(k)).rstrip(" ")
                   if rnd.random() < .5 else "".join(rnd.choice(pieces) + rnd.choice(spaces) for _ in range(k)))
    return out


def test_letters_apart_is_its_plain_form():
    texts = LINES + MADE + _made_lines()
    assert titles._letters_apart("H H E E R R T T II N NG G") and titles._letters_apart("S U M M A R Y")
    assert not titles._letters_apart("Q3 to Q4 of 2024 and Q1 of 2025")
    assert titles._letters_apart("ÀB ÇD ÈF GH IJ KL") and not titles._letters_apart("A B C e f g")
    for t in texts:
        assert titles._letters_apart(t) == _plain_letters_apart(t), t


def test_labels_for_keeps_every_label_pattern_that_matches_in_order():
    texts = LINES + MADE + _made_lines()
    matched = 0
    for t in texts:
        plain = [(rx, st) for rx, st in _LABELS if rx.match(t)]
        got = [(rx, st) for rx, st in labels_for(t) if rx.match(t)]
        assert got == plain, t
        matched += bool(plain)
        # the pairs given are _LABELS' own, in its order
        order = [_LABELS.index(p) for p in labels_for(t)]
        assert order == sorted(order)
    assert matched > 10   # (the real minutes hold labels)
    assert len(labels_for("The Chairman welcomed everyone")) < len(_LABELS)   # (a line tried against fewer)
    assert len(labels_for("")) == len(labels_for("Édith")) == len(_LABELS)


def test_vote_names_are_read_as_before():
    # the forms votes.py names (Kent CC recorded votes: a lost space "MrRidgers", a post-nominal "CBE")
    got = votes._names("Mr Ayres, Mrs Bell, Mr Brazier and MrRidgers; Sir Paul Carter, CBE")
    assert got == [("Mr", "Ayres"), ("Mrs", "Bell"), ("Mr", "Brazier"), ("Mr", "Ridgers"), ("Sir", "Paul Carter")]


def test_entries_have_slots_and_the_same_fields():
    doc = load(ROOT / "corpus" / "wiltshire-panel-agenda-pack-2023-12-14.md")
    ents = _entries(doc)
    assert ents and not hasattr(ents[0], "__dict__")
    e = ents[0]
    assert _E(e.idx, e.text, e.cells, e.kind, e.block, e.raw_cells, e.row) == e and e.page == e.block.page


def test_titled_names_are_the_patterns_finditer_matches():
    from extract.extractors.meetings import _HON_NAME
    from extract.extractors.meetings.names import _HON_NAME_LISTED, titled_names
    texts = []
    for folder in (REAL, ROOT / "corpus"):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*"))
                  if p.is_file() and p.suffix in (".txt", ".md")]
    texts += ["County Councillor Cllr Jane Smith, Mr J Bloggs and Dr Ann Lee", "County Councillor smith Councillor Ann Lee,",
              "Cllr", "", "Mr Mrs Ms Ann Lee; Cllr. Bob Jones (Chair)", "\n".join(LINES[:3000])]
    found = 0
    for t in texts:
        for rx in (_HON_NAME, _HON_NAME_LISTED):
            plain = [(m.span(), m.group(1)) for m in rx.finditer(t)]
            assert [(m.span(), m.group(1)) for m in titled_names(rx, t)] == plain
            found += len(plain)
    assert found > 100   # (the real minutes name their members)
