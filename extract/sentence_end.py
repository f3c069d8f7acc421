"""Where a sentence ends: the loaders' line joining and the deliverables' fragments read it alike.

A module of its own, importing nothing of the project: ``extract.loaders`` imports the deliverables
reader (the text loader's residue reads its header words), so the deliverables cannot import
``loaders.common`` without a cycle.
"""
from __future__ import annotations

import re

TERMINAL = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")

CLOSERS = "\"'”’)]"  # what may follow the full stop in TERMINAL


def ends_sentence(text: str) -> bool:
    """``TERMINAL`` found in ``text``, read from the end (no search over a long paragraph)."""
    t = text.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in ".!?:;"
