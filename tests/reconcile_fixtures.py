"""Hand-made measure and figure records that mirror real corpus rows (a helper module, not a test file; used by
tests/test_reconcile*.py and tests/test_report*.py)."""
from __future__ import annotations

from extract.model import stable_id
from extract.records import DocumentRecord, FigureRecord, MeasureRecord

DOC = "agendapack000001"
DOC2 = "highlight0000002"

DASH_COLS_OCT = [
    ("Oct-2023", "month", "2023-10-01", "2023-10-31"),
    ("3 Months to Oct-2023", "rolling_3_months", "2023-08-01", "2023-10-31"),
    ("12 Months to Oct-2023", "rolling_12_months", "2022-11-01", "2023-10-31"),
    ("12 Months to Oct-2022 vs. 12 Months to Oct-2023", "change_12_months", "2022-11-01", "2023-10-31"),
]
DASH_COLS_SEP = [
    ("Sep-2023", "month", "2023-09-01", "2023-09-30"),
    ("3 Months to Sep-2023", "rolling_3_months", "2023-07-01", "2023-09-30"),
    ("12 Months to Sep-2023", "rolling_12_months", "2022-10-01", "2023-09-30"),
    ("12 Months to Sep-2022 vs. 12 Months to Sep-2023", "change_12_months", "2022-10-01", "2023-09-30"),
]


def _unit_value(raw: str):
    from extract.normalise import parse_value
    if raw is None or raw.strip() == "":
        return None, None
    q = parse_value(raw)
    if q is None:
        return None, None
    return q.value, q.unit


def dashboard(doc_id: str, section: str, rows: list[tuple[str, list[str]]], cols=DASH_COLS_OCT,
              line: int = 100, page=None) -> list[MeasureRecord]:
    """Measures of one dashboard table: rows of (label, [month, 3m, 12m, change])."""
    table_id = stable_id(doc_id, "table", section, line)
    out = []
    for i, (label, cells) in enumerate(rows):
        metric, _, subject = label.partition(":")
        for (col, ptype, start, end), raw in zip(cols, cells):
            value, unit = _unit_value(raw)
            out.append(MeasureRecord(
                measure_id=stable_id(doc_id, table_id, label, col), doc_id=doc_id, page=page, line=line + 1 + i,
                section=section, table_id=table_id, row_label=label, metric=metric.strip(),
                subject=subject.strip() or None, column_label=col, period_type=ptype, period_start=start,
                period_end=end, value=value, unit=unit, value_raw=raw or None))
    return out


def fig(doc_id: str, sentence: str, value_raw: str, value: float, unit: str, *, role="level",
        period_type=None, period_end=None, inherited=0, subject=None, metric_text=None,
        section="", line=200, page=None, occurrence: int = 0) -> FigureRecord:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(value_raw, start + 1)
    return FigureRecord(
        figure_id=stable_id(doc_id, page, line, sentence, start), doc_id=doc_id, page=page, line=line,
        section=section, sentence=sentence, value=value, unit=unit, value_raw=value_raw, role=role,
        period_type=period_type, period_end=period_end, period_inherited=inherited, subject=subject,
        metric_text=metric_text, char_start=start, char_end=start + len(value_raw))


def vwi_table(doc_id=DOC, line=720):
    return dashboard(doc_id, "Violence with Injury", [
        ("Crime Volume: Violence With Injury", ["481", "1,438", "5,941", "-8.2%"]),
        ("Crime Volume: Violence With Injury - County", ["299", "876", "3,571", "-11.4%"]),
        ("Crime Volume: Violence With Injury - Swindon", ["181", "557", "2,357", "-3.4%"]),
        ("FAT Outcome Rate: Violence With Injury", ["14.1%", "16.9%", "15.8%", "3.1% points"]),
    ], cols=DASH_COLS_SEP, line=line)


def immediate_table(doc_id=DOC, line=595):
    return dashboard(doc_id, "Response Times – Immediate", [
        ("Response Rate: Immediate", ["76.8%", "76.9%", "79.3%", "-3.5% points"]),
        ("Median Response Time: Immediate", ["00:11:15", "00:11:14", "00:10:40", "00:00:43"]),
        ("Average Time at Scene: Immediate", ["01:40:39", "01:36:27", "01:34:09", "00:16:27"]),
        ("Average Response Time: Immediate", ["00:13:34", "00:13:22", "00:12:55", "00:01:01"]),
        ("Storm Log Volume: Immediate", ["1,689", "5,196", "19,442", "-4.8%"]),
    ], line=line)


def priority_table(doc_id=DOC, line=560):
    return dashboard(doc_id, "Response Times - Priority", [
        ("Average Response Time: Priority - County", ["01:33:15", "01:37:44", "01:42:29", "00:24:31"]),
        ("Average Response Time: Priority - Swindon", ["02:15:34", "02:29:43", "02:18:03", "00:56:21"]),
        ("Average Time at Scene: Priority", ["02:04:34", "02:07:16", "02:02:08", "00:25:13"]),
        ("Median Response Time: Priority", ["00:44:45", "00:44:29", "00:45:28", "00:07:43"]),
        ("Response Rate: Priority", ["56.7%", "56.6%", "55.4%", "-8.0% points"]),
        ("Storm Log Volume: Priority", ["2,233", "6,868", "28,982", "-13.0%"]),
    ], line=line)


def da_table(doc_id=DOC, line=649):
    return dashboard(doc_id, "Domestic Abuse (VAWG)", [
        ("Arrest Rate: DA", ["39.7%", "43.4%", "41.2%", "9.9%"]),
        ("Crime Volume: DA", ["582", "1,810", "7,244", "-3.7%"]),
        ("FAT Outcome Rate: DA", ["8.8%", "12.4%", "12.4%", "2.6% points"]),
        ("Outstanding Suspects: DA", ["415", "375", "", ""]),
    ], cols=DASH_COLS_SEP, line=line)


def crib_table(doc_id=DOC, line=500):
    return dashboard(doc_id, "Crime & Communication Centre – CRIB Service", [
        ("Abandonment Rate: All CRIB", ["27.7%", "29.6%", "21.9%", "11.6% points"]),
        ("Average Time to Answer: All CRIB", ["00:15:50", "00:16:54", "00:11:35", "00:08:42"]),
        ("Call Answered Volume: All CRIB", ["6,047", "18,010", "83,133", "-32.0%"]),
        ("Call Offer Demand: All CRIB", ["8,386", "25,595", "106,894", "-21.6%"]),
    ], line=line)


def documents():
    return [
        DocumentRecord(doc_id=DOC, source="corpus/agenda.md", sha256=DOC * 4, format="markdown",
                       doc_type="agenda_pack", title="Wiltshire Police and Crime Panel <Agenda>",
                       status="ok", pages=54),
        DocumentRecord(doc_id=DOC2, source="corpus/highlight.txt", sha256=DOC2 * 4, format="text",
                       doc_type="highlight_report", title="Quarterly Highlight Report", status="ok"),
    ]
