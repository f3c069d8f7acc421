"""Agreement of two stated values at their precision (the reconciliation's rule)."""
from __future__ import annotations

from typing import Optional

from ..reconcile import agrees, precision_of


def same_value(a: float, a_raw: Optional[str], b: float, b_raw: Optional[str], unit: Optional[str]) -> bool:
    """True when ``a`` and ``b`` can be the same number at the coarser precision
    they were printed with ("62%" and "62.1%"; "16 minutes" and "00:16:12")."""
    return agrees(a, precision_of(a_raw, unit), b, precision_of(b_raw, unit))
