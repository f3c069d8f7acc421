"""``steps_or_pages(nums)``: the numbers of a label-value list that are no counts.

Shared by the text loader (rule 16 of :mod:`extract.loaders.text`: lines of a label and one
value) and the measures extractor (a two-column table without a header row): both refuse a
list whose numbers are a contents list's page numbers, a scale's key or one name-like number.
"""
from __future__ import annotations


def steps_or_pages(nums: list[float]) -> bool:
    """Numbers of a label-value list that rise line by line (a contents list's page numbers),
    whole numbers that step by one (a scale's key: "Very Likely 5" / "Likely 4" / ...) or one
    number on every line (a name each label ends with: "Abandonment Rate: All 999"): no counts
    (measures ask it of a two-column table without a header too)."""
    if all(a < b for a, b in zip(nums, nums[1:])) or len(set(nums)) == 1:
        return True
    return all(n == int(n) for n in nums) and all(abs(b - a) == 1 for a, b in zip(nums, nums[1:]))
