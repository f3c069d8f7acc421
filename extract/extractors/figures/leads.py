"""Lead-in lines: a block naming a measure with no figure of its own
("Force level immediate response times have declined", "Average wait to
answer 101 calls:") gives its measure and subject to the values listed under it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional


from ... import normalise as N
from .lexicon import lexicon
from .clean import _DIGIT
from .mentions import Mention, _PERIODISH, _find_labels
from .metric_words import _lower_words

# --------------------------------------------------------------------------
# lead-in lines: "Force level immediate response times have declined" above
# "October 2023 = 11 min 15 sec."
# --------------------------------------------------------------------------

#: "<period> = <value>", "<subject> = <value> in <period>", "Response rate: ..."
_LIST_ITEM = re.compile(r"^\W*[A-Za-z][\w &/'’.-]{0,30}?\s*[=:]\s*\S")


#: the period a tile label states in brackets: "(4 months)", "(12 months to Sep)"
_TILE_PERIOD = re.compile(r"\s*\([^()]{0,30}\)\s*$")

_ITEM_LABEL_RE = re.compile(r"^\W*([A-Za-z][\w &/'’.-]{0,30}?)\s*[=:]\s*\S")


def _item_label(sentence: str) -> str:
    """The label of a list item "North = 1 hr 10 min" -> "North"; "" when the label is a period
    ("October 2023 = ...") or there is none.  (A label ends at "=" or ":": a sentence with neither
    is not matched.)"""
    if "=" not in sentence and ":" not in sentence:
        return ""
    m = _ITEM_LABEL_RE.match(sentence)
    if not m:
        return ""
    label = m.group(1).strip()
    if _PERIODISH.search(label) and N.parse_period(label) is not None:
        return ""
    if len(label.split()) > 4 or _DIGIT.search(label):
        return ""
    return label


@dataclass(frozen=True)
class _Lead:
    metric: str     # the lead-in's words naming the measure ("immediate response times")
    label: str      # its canonical metric ("average response time")
    subject: str    # its subject ("Immediate"), or ""


#: (text, lexicon) -> its lead-in (``_lead_of``): a series of reports repeats its lead-ins (issue 14)
_LEADS: dict = {}
_LEADS_MAX = 8192


def _lead_of(text: str, sdoc) -> Optional[_Lead]:
    """The measure a block introduces when it names one and states no figure
    ("Force level immediate response times have declined in recent months"),
    or ends with ':' ("Average wait to answer 101 calls:").  ``sdoc``: the Doc of ``text``
    (a pure function of it), so the answer is one of the text and the lexicon: remembered."""
    key = (text, lexicon())
    out = _LEADS.get(key, _LEADS)
    if out is _LEADS:
        if len(_LEADS) >= _LEADS_MAX:
            _LEADS.clear()
        out = _LEADS[key] = _lead_of_plain(text, sdoc)
    return out


def _lead_of_plain(text: str, sdoc) -> Optional[_Lead]:
    """``_lead_of`` worked out (no memo)."""
    t = text.rstrip()
    if not t:
        return None
    if not t.endswith(":") and any(ch.isdigit() for ch in t) and N.find_quantities(t):
        return None
    metrics = _find_labels(sdoc, 0, len(sdoc), 0, text, "metric")
    if not metrics:
        return None
    # the last sentence that names a measure; its first measure
    sent_starts = [sent.start_char for sent in sdoc.sents]
    def sent_of(m: Mention) -> int:
        return max([k for k, st in enumerate(sent_starts) if st <= m.start] or [0])
    last = sent_of(metrics[-1])
    m = [x for x in metrics if sent_of(x) == last][0]
    subjects = [x for x in _find_labels(sdoc, 0, len(sdoc), 0, text, "subject")
                if x.label not in lexicon().weak and sent_of(x) == last]
    start = m.start
    subject = ""
    # subject words written right before the measure belong to its name: "immediate response times"
    for x in sorted(subjects, key=lambda x: -x.start):
        if x.end <= start and not text[x.end:start].strip():
            start, subject = x.start, subject or x.label
    if not subject and subjects:
        non_area = [x for x in subjects if x.label not in lexicon().areas]
        subject = (non_area or subjects)[0].label
    return _Lead(_lower_words(text[start:m.end]), m.label, subject)


def _unit_fits(label: str, unit: str, role: str) -> bool:
    """Can a figure of ``unit`` be a value of the measure ``label`` (a printed
    metric name of the vocabulary)?  A change in percent fits any measure but
    a rate."""
    change_pct = role == "change" and unit == "percent"
    want = lexicon().metric_units.get(label, "count")
    if want == "percent":
        return unit in ("percent", "percentage_points")
    if want == "rate":   # "crimes per 1,000 population": a count of a rate's scale
        want = "count"
    return unit == want or change_pct


def _cannot_be(label: str, unit: str) -> bool:
    """Is a figure of ``unit`` plainly no value of the measure ``label`` (a printed metric name of the
    vocabulary) that its own words name?  Money is no count, rate or time ("around £500,000 seized" after
    "750 arrests"), and a bare count no percent or time ("36,329 priority incidents" before "average
    response time"); a percent may be a share or change of any measure, so it stays."""
    want = lexicon().metric_units.get(label)
    if want is None:
        return False
    if unit == "gbp":
        return want != "gbp"
    return unit == "count" and want in ("percent", "seconds")
