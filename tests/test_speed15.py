"""Speed mends of session 15 (issue 14), each against the plain form it stands for."""
from __future__ import annotations

import re
from pathlib import Path

from extract.extractors.figures.sentence_periods import _LISTED_BY_GAP

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / ".." / "shared" / "real", ROOT / "corpus")

# the list-item gap as it was before its words were taken whole
_OLD_LISTED_BY_GAP = re.compile(_LISTED_BY_GAP.pattern.replace(r"[\w/()'’-]+(?![\w/()'’-])", r"[\w/()'’-]+"),
                                re.I)


def test_old_gap_pattern_is_the_plain_one():
    assert _OLD_LISTED_BY_GAP.pattern != _LISTED_BY_GAP.pattern
    assert r"(?![\w/()'’-])" not in _OLD_LISTED_BY_GAP.pattern


GAPS = [
    # (gap between two figures, does the later one share the earlier one's verb?)
    (", burglaries of non-domestic properties, such as sheds and garages by ", True),   # North Wales Police
    (", household burglaries by ", True),
    (", robbery by ", True),
    (" and vehicle crime by ", True),
    (", and vehicle crime by ", True),
    (", while there have been rises by ", False),   # a clause word
    (", robbery rose by ", False),                  # a verb of its own
    (", and estimated benefit from unrealised creditors from the previous financial year - ", False),  # Kent
    (", a b c d e f g h i j k by ", False),          # eleven words: more than ten
    (", a b c d e f g h i j by ", True),
    (",theft by ", True),
    (", sheds,garages by ", True),
]


def test_listed_gap_cases():
    for gap, want in GAPS:
        assert (_LISTED_BY_GAP.fullmatch(gap) is not None) is want, gap
        assert (_OLD_LISTED_BY_GAP.fullmatch(gap) is not None) is want, gap


def _real_gaps():
    """Every stretch of a real line from a list break (a comma or " and ") to a later " by " within
    45 characters (the old pattern takes seconds on longer ones that fail)."""
    for p in sorted(q for folder in FOLDERS for q in folder.rglob("*")):
        if p.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            continue
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if " by" not in line:
                continue
            ends = [m.end() for m in re.finditer(r"[ \t]by[ \t]*", line)]
            for m in re.finditer(r",|[ \t]and[ \t]", line):
                for e in ends:
                    if m.start() < e <= m.start() + 45:
                        yield line, m.start(), e


def test_whole_words_change_no_answer_on_real_lines():
    n = 0
    for line, a, b in _real_gaps():
        n += 1
        assert (_LISTED_BY_GAP.fullmatch(line, a, b) is None) == (_OLD_LISTED_BY_GAP.fullmatch(line, a, b) is None), \
            line[a:b]
    assert n > 80
