"""A money figure against the row its sentence names: a budget-monitoring table's row label is the
subject ("Adult Social Care & Health") and its column the measure ("Variance", "Forecast over/(under)
spend"); the narrative names the row and the measure in words ("Overspends are being reported in Adult
Social Care & Health (+£35.4m)", "The Chief Executive's Department is projected to underspend by -£1.2m").

The link is made only when it is exact: the row label written out in full right before the figure (only
a few words between, no other number), an over/underspend or variance word in the sentence, one variance
column of the row in pounds, and one value among the rows of that label (a label in several tables with
different variances is left alone). Sizes are compared (an underspend may be printed with or without its
minus sign)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..normalise import clean_text
from ..normalise.signs import SPEND_STEM, SPEND_WORD
from ..records import CheckRecord, MeasureRecord
from .common import _PRECISION_OF_RE, _topic_eq, agrees
from .explanations import _check, _say
from .tables import _Table

#: a variance column: "Variance", "Revenue Variance", "Forecast over/(under) spend" (its scale and year removed)
_VARIANCE_COL = re.compile(r"(?:(?:revenue|forecast|projected|net|outturn|year\s*end)\s+)*"
                           r"(?:variance|over\s*(?:/|or)?\s*\(?\s*under\s*\)?\s*-?\s*spend(?:ing)?)", re.I)
_COL_NOISE = re.compile(r"£\s*'?0{3}'?|£\s*m\b|£'?000|\b(?:19|20)\d\d(?:\s*[-/]\s*\d\d(?:\d\d)?)?\b|[()]", re.I)
#: the sentence's measure: an over/underspend or a variance
_SPEND_WORD = re.compile(rf"\b{SPEND_WORD}\b|\bvariances?\b", re.I)
#: words naming another money measure than the variance ("budget of", "savings of", "income")
_OTHER_MONEY = re.compile(r"\b(?:budget(?:ed|s)?|income|saving|savings|costs?|funding|grants?|reserves?|capital|"
                          r"rephas\w*|contributions?|drawdowns?|balances?|pressures?)\b", re.I)
#: all that may stand between the row label and the figure: a bracket or the verb of the spend ("... Department
#: (-£9.9m)", "... directorate is projected to be underspent by -£9.9m", "... are forecasting a £30.4m overspend");
#: never another name or a part of the spend ("... the Older People service is forecasting", "overspend on
#: placements of")
_GAP = re.compile(r"\s*(?:(?:department|directorate|services?)\s+)?(?:\(|(?:is|are|has|have)\s+(?:[a-z]+\s+){0,4}?"
                  rf"{SPEND_WORD}(?:\s+(?:of|by))?|(?:is|are)\s+(?:currently\s+)?"
                  r"(?:forecasting|projecting|reporting)\s+(?:an?\s+)?)\s*[-+]?\s*", re.I)
_AFTER_SPEND = re.compile(rf"^\s*\)?\s*(?:net\s+)?{SPEND_STEM}", re.I)
_AFTER_OTHER = re.compile(r"^\s*\)?\s*(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+)?" + _OTHER_MONEY.pattern, re.I)
_WORD_GAP = 10


_IS_VARIANCE_COL_RE = re.compile(r"\s+")


def _is_variance_col(label: Optional[str]) -> bool:
    t = _IS_VARIANCE_COL_RE.sub(" ", _COL_NOISE.sub(" ", clean_text(label or ""))).strip()
    return bool(t) and bool(_VARIANCE_COL.fullmatch(t))


_LABEL_PATTERN_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_LABEL_PATTERN_RE2 = re.compile(r"['’]")


@lru_cache(maxsize=4096)
def _label_pattern(label: str) -> Optional[re.Pattern]:
    """The row label as words in any punctuation ("Growth, Environment & Transport" = "Growth Environment
    & Transport"); None for a label too short to name a row alone (one word: "Total", "Income")."""
    words = _LABEL_PATTERN_RE.findall(label)
    if len(words) < 2 or len(" ".join(words)) < 8:
        return None
    sep = r"[^A-Za-z0-9.;]+"
    return re.compile(r"(?<![A-Za-z0-9])" + sep.join(_LABEL_PATTERN_RE2.sub("['’]", re.escape(w)) for w in words) + r"(?![A-Za-z0-9])", re.I)




def _scale_precision(c: MeasureRecord) -> float:
    """The interval of the cell's last printed digit in pounds ("+35.4" in a £m column: 100,000)."""
    m = _PRECISION_OF_RE.search(clean_text(c.value_raw or ""))
    if not m or c.value is None:
        return 1.0
    printed = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    scale = abs(c.value) / printed if printed else 1.0
    return scale * 10.0 ** (-len(m.group(2) or ""))


_NAMED_AT_RE = re.compile(r"([A-Za-z’']+)\W*$")


def _named_at(prefix: str, after: str, label: str) -> Optional[int]:
    """The end of the row label's last mention in ``prefix`` when it names the figure that follows:
    a few words between, no number, the label not part of a longer title-cased name."""
    pat = _label_pattern(label)
    if pat is None:
        return None
    last = None
    for m in pat.finditer(prefix):
        last = m
    if last is None:
        return None
    before = prefix[:last.start()].rstrip()
    prev = _NAMED_AT_RE.search(before)
    if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() != "the" and not before.endswith((",", "(", ":")):
        return None   # "Deputy Chief Executive's Department" is not "Chief Executive's Department"
    gap = prefix[last.end():]
    if len(gap.split()) > _WORD_GAP or _OTHER_MONEY.search(gap) or _AFTER_OTHER.match(after) \
            or not _GAP.fullmatch(gap):
        return None
    if _SPEND_WORD.search(gap) or _AFTER_SPEND.match(after) or _SPEND_WORD.search(prefix[:last.start()]):
        return last.end()
    return None


def named_row_check(fc, tables: list[_Table], check_type: str) -> Optional[CheckRecord]:
    """The check of a money figure against the variance of the row its sentence names, or None."""
    f = fc.f
    if f.unit != "gbp" or f.value is None or not tables or not _SPEND_WORD.search(f.sentence or ""):
        return None
    from .linking import _prefix
    prefix = _prefix(f)
    end = f.char_end if f.char_end is not None else len(prefix) + len(f.value_raw or "")
    after = (f.sentence or "")[end:end + 30]
    found: dict[int, list] = {}
    for t in tables:
        for r in t.rows:
            cells = [c for c in r.cells if c.unit == "gbp" and c.value is not None and _is_variance_col(c.column_label)]
            if len(cells) != 1:
                continue
            at = _named_at(prefix, after, r.row_label or "")
            if at is not None:
                found.setdefault(at, []).append((t, r, cells[0]))
    if not found:
        return None
    cands = found[max(found)]   # the label nearest the figure
    said = {w.lower() for w in _OTHER_MONEY.findall(f.sentence or "")}
    # a table of another money measure ("Revenue Budget Savings", "Rephasing") the sentence does not name
    cands = [x for x in cands if {w.lower() for w in _OTHER_MONEY.findall(x[0].section or "")} <= said]
    if not cands:
        return None
    longest = max(len(r.row_label) for _, r, _ in cands)
    cands = [x for x in cands if len(x[1].row_label) == longest]
    narrowed = len({abs(c.value) for _, _, c in cands}) > 1
    if narrowed and fc.topic:
        cands = [x for x in cands if _topic_eq(x[0].topic, fc.topic)]
    if not cands or len({abs(c.value) for _, _, c in cands}) > 1:
        return None   # the label is a row of several tables with different variances
    t, r, cell = cands[0]
    ids = (f.figure_id, r.table_id, r.row_label, "named-row")
    pn, pt = fc.precision, _scale_precision(cell)
    nf, nt = _say(f.value, f.unit, pn), _say(cell.value, cell.unit, pt)
    where = f"the table row \"{r.row_label}\", \"{cell.column_label}\""
    if agrees(abs(f.value), pn, abs(cell.value), pt):
        return _check(f.doc_id, check_type, "consistent", None, ids, f, cell,
                      explanation=(f"The sentence names the row \"{r.row_label}\" and an over/underspend; the "
                                   f"narrative's {nf} agrees in size with {where} ({nt}) at the precision stated."))
    if narrowed:
        return None   # a row chosen among differing ones by its section alone: agreement only, never an alarm
    if fc.qualifier:
        return _check(f.doc_id, check_type, "unverifiable", "approximate", ids, f, cell,
                      explanation=(f"The narrative's figure is approximate and {where} gives {nt}; not treated as a "
                                   f"discrepancy."))
    return _check(f.doc_id, check_type, "mismatch", "value", ids, f, cell,
                  explanation=(f"The sentence names the row \"{r.row_label}\" and an over/underspend: the narrative "
                               f"gives {nf} where {where} gives {nt}."))
