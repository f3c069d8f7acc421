"""Agreement of two stated values at their precision (the reconciliation's rule)."""
from __future__ import annotations

import math
import re
from typing import Optional

from ..reconcile import agrees, precision_of

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d*)?")


def same_value(a: float, a_raw: Optional[str], b: float, b_raw: Optional[str], unit: Optional[str]) -> bool:
    """True when ``a`` and ``b`` can be the same number at the coarser precision
    they were printed with ("62%" and "62.1%"; "16 minutes" and "00:16:12"; "54.0" in a
    £m column and "54,025,592" in a £ one)."""
    return agrees(a, printed_precision(a, a_raw, unit), b, printed_precision(b, b_raw, unit))


def printed_precision(value: float, raw: Optional[str], unit: Optional[str]) -> float:
    """The interval of the last digit ``raw`` prints, in the value's units: ``precision_of``,
    times the scale a table's heading gave the cell ("54.0" under "£m" is 54,000,000, printed to
    the nearest 100,000) when the value is the printed number times a power of ten the text
    itself does not state."""
    p = precision_of(raw, unit)
    if unit not in ("gbp", "count") or not raw or not value:
        return p
    m = _NUMBER.search(raw)
    if not m:
        return p
    printed = float(m.group().replace(",", "") or 0)
    if not printed:
        return p
    ratio = abs(value / printed)
    k = round(math.log10(ratio)) if ratio >= 10 else 0
    if k < 1 or not math.isclose(ratio, 10.0 ** k, rel_tol=1e-9):
        return p
    bare = precision_of(m.group(), unit)   # (the number alone: no scale word)
    return p * 10.0 ** k if math.isclose(p, bare) else p   # (a scale word in the text: counted there)
