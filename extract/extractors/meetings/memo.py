"""What a test of one line's text alone gave, remembered across the documents a process reads.

A run's documents repeat lines: a publisher's template, a quarterly report's boilerplate, copies.
Where a pass asks a question whose answer depends on nothing but the line's own text (how it is
cut at labels, which header forms it may take, whether a dated line can be a header), the answer
is kept in a :class:`LineMemo` under the text.  The vocabularies those tests read are fixed when
the process starts, so an answer never goes stale.  The memo is bounded by the characters of the
lines it holds: past :data:`MEMO_CHARS` it forgets everything and starts again.
"""
from __future__ import annotations

#: the characters of lines one memo holds before it starts again
MEMO_CHARS = 4_000_000


class LineMemo(dict):
    """A line's text -> what a test of it gave; ``get`` as a dict's, ``keep`` to add."""

    def __init__(self, limit: int = MEMO_CHARS):
        super().__init__()
        self.limit = limit
        self.chars = 0

    def keep(self, text: str, value):
        """Remember ``value`` for ``text`` (after forgetting everything, if the bound is reached);
        returns ``value``."""
        if self.chars + len(text) > self.limit:
            self.clear()
        self[text] = value
        self.chars += len(text)
        return value

    def clear(self) -> None:
        """Forget every line."""
        super().clear()
        self.chars = 0
