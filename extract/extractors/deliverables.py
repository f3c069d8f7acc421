"""Deliverables progress tables: Action | Date Due | Progress.

The tables appear in several shapes and every shape is reduced to one list of
*rows* ``(action fragment, date cell, progress cell)`` before rows are grouped
into deliverables:

* **Table blocks** (clean tab/PDF tables, and slide pages garbled into one wide
  table beside "Outcomes achieved this quarter"): the header row is the row with
  cells "Action", "Date Due" (or "Due Date", "Date", "Deadline", ...) and
  "Progress" (compared without spaces, so a converter's "Progres s" is still the
  header).  Only those three columns are read; cells of other columns are
  ignored.
* **Text runs** (pdftotext-like): after a line "Action Date Due Progress" the
  lines are read in order; a line ending in ``[date] NN%`` closes a deliverable
  ("Jan 24 90%", "Youth voice procurement and roll out Apr 24 65%"); a
  progress-only line ("75%") takes its date from the short line before it when
  that line ends in a date ("New contract to start Apr 24").

Grouping rules (both shapes):

* an undated fragment followed by a fragment that continues it (starts in lower
  case or with punctuation, or the first ends with a function word, comma or
  hyphen, or both sides are capitalised words, "Strategic" / "Needs") is joined
  to it ("Melksham custody suite and first floor" + "refurbishment | May 24");
* an undated fragment starting in lower case right after a finished deliverable
  whose action does not end a sentence is the end of that action ("... resulting
  in" / "improved services ..."); a dated fragment starting in lower case whose
  first sentence ends the previous action is split there;
* an undated fragment that is followed by a separate dated one is a deliverable
  of its own with no date and no progress ("a missing date stays empty");
* words in the date cell starting in lower case before a date ("to March 2025")
  were pushed there from the action by a converter and go back to it.

The run or table ends at "PCC focus next quarter", "Risks and issues",
"Outcomes achieved", a "Priority N:" line, a WHAT?/SO WHAT? slide heading, a
bullet list, a web address, or a date cell that is neither a date nor a known
date word.

Each deliverable carries the priority of its slide: the "Priority N: ..." line
on the same page when pages are known, else the nearest such line (above or
below) that is not part of a list of priorities and not beyond another
deliverables table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Document, TABLE, HEADING, BULLET, stable_id
from ..normalise import parse_date, parse_percent, clean_text
from ..normalise.due import parse_due
from ..records import DeliverableRecord
from ..vocab import vocabulary

# --------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def _clean(s: str) -> str:
    """Plain text of a fragment (HTML tags, ** emphasis and dashes normalised by
    :func:`normalise.clean_text`, except that en dashes are kept as printed)."""
    if not s:
        return ""
    s = s.replace("–", "\x00")  # keep en dashes as printed
    s = clean_text(s).replace("\x00", "–")
    s = s.replace("\\", "")
    return _WS.sub(" ", s).strip()


def _compact(s: str) -> str:
    return re.sub(r"[^a-z%]", "", _clean(s).lower())


_CONNECTORS = frozenset("""
a an the of to and or nor in on at for with by from as that which who is are was were be been being
their his her its our this these those than into onto between within including such per via both
not but if when where while will would can could may might should must has have had do does
also about against among through across over under after before during since until upon towards
so because although each every any some all other another
""".split())

_DATE_WORDS = re.compile(
    r"^(?:on[- ]?going|tbc|tba|tbd|n/?a|complete[d]?|closed|quarterly|monthly|annual(?:ly)?|"
    r"various|continuous|ongoing|in progress|delayed|paused|business as usual|bau|-+|–)$", re.I)
# due cells that are dates without a day or month the normaliser can give ("Q3 2024/25",
# "Spring 2025", "FY 2024/25", "H1 2025", "2024/25"): kept as printed, due_date empty
_DUE_PERIOD = re.compile(
    r"^(?:(?:by|end\s+of|from|mid|early|late|before|during)\s+)?(?:(?:Q|quarter\s*)[1-4]|H[12]|"
    r"spring|summer|autumn|winter|fy|financial\s+year|year\s+[1-5])?\s*(?:20)?\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?$"
    r"|^(?:(?:by|end\s+of|from|mid|early|late|before|during)\s+)?(?:(?:Q|quarter\s*)[1-4]|H[12]|"
    r"spring|summer|autumn|winter)(?:\s+(?:fy\s*)?(?:20)?\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?)?$", re.I)

_PCT_TOKEN = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s?%(?=\s|$)")

_STOP = re.compile(
    r"^(?:pcc\s+focus|focus\s+next|next\s+quarter|risks?\s+(?:and|&)\s+issues|key\s+risks|"
    r"outcomes\s+achieved|priority\s+\S+\s*[:\-–]|(?:so\s+|now\s+)?what\s*\?|data\s+summary|overview$|"
    r"https?://|www\.)", re.I)

_PRIORITY = re.compile(
    r"^\s*priority\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*"
    r"(?:[:\-–—.]\s*)?(?P<rest>.*)$", re.I)


def _words(s: str) -> list[str]:
    return s.split()


def _ends_sentence(s: str) -> bool:
    return bool(re.search(r"[.!?;:][\"'”’)\]]*\s*$", s))


def _first_alpha(s: str) -> str:
    m = re.search(r"[A-Za-z]", s)
    return m.group(0) if m else ""


def _starts_lower(s: str) -> bool:
    t = s.lstrip()
    return bool(t) and t[0].islower()


def _starts_punct(s: str) -> bool:
    t = s.lstrip()
    return bool(t) and t[0] in "–—-(,;&/+"


def _last_word(s: str) -> str:
    w = _words(s)
    return w[-1] if w else ""


def _continues(prev: str, nxt: str) -> bool:
    """Does fragment ``nxt`` continue the (undated) fragment ``prev``?"""
    if not prev or not nxt:
        return False
    if _starts_lower(nxt) or _starts_punct(nxt):
        return True
    p = prev.rstrip()
    if p.endswith((",", "-", "–", "&", "(", "/", "+")):
        return True
    lw = re.sub(r"\W", "", _last_word(p)).lower()
    if lw in _CONNECTORS:
        return True
    if not _ends_sentence(p):
        a = re.sub(r"^\W+|\W+$", "", _last_word(p))
        b = re.sub(r"^\W+|\W+$", "", (_words(nxt) or [""])[0])
        # a capitalised phrase running on: "Strategic" / "Needs Assessment"
        if a[:1].isupper() and a[1:2].islower() and b[:1].isupper() and b[1:2].islower() \
                and len(a) > 3:
            return True
    return False


# --------------------------------------------------------------------------
# dates in cells and at line ends
# --------------------------------------------------------------------------

def _date_suffix(words: list[str]) -> int:
    """Number of trailing words of ``words`` that form a date ("Apr 24",
    "31 March 2024"), or a date word ("Ongoing"); 0 when none."""
    n = len(words)
    for k in (2, 1, 3):
        if k > n:
            continue
        tail = " ".join(words[n - k:])
        if k == 1 and _DATE_WORDS.match(tail):
            return 1
        if k == 1 and not re.search(r"\d", tail):
            continue
        if parse_date(tail) is not None:
            # the shortest tail that is a date; then take a leading day number / weekday
            while k < n and re.fullmatch(
                    r"\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?",
                    words[n - k - 1], re.I):
                k += 1
            return k
    return 0


def _split_due_cell(text: str) -> tuple[str, str]:
    """(words that belong to the action, due text) of a date cell.

    A date cell starting in lower case with a date in it ("to March 2025",
    "to March 2025 Dec 24") holds words a converter pushed from the action; they
    go back to the action, and the rest (possibly nothing) is the due date."""
    t = _clean(text)
    if not t or not _starts_lower(t) or _DATE_WORDS.match(t) or parse_due(t).date is not None:
        return "", t
    words = t.split()
    for end in range(1, len(words) + 1):
        head = " ".join(words[:end])
        if parse_date(head) is not None:
            # extend over a year / day token that belongs to the same date
            while end < len(words) and re.fullmatch(r"\d{2,4}", words[end]) \
                    and parse_date(" ".join(words[:end + 1])) == parse_date(head):
                end += 1
            return " ".join(words[:end]), " ".join(words[end:])
    return "", t


# --------------------------------------------------------------------------
# rows
# --------------------------------------------------------------------------

@dataclass
class _Row:
    action: str
    due: str = ""
    pct: str = ""
    page: Optional[int] = None
    line: Optional[int] = None
    section: str = ""
    status: str = ""
    lead: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.due or self.pct or self.status)


@dataclass
class _Item:
    action: str
    due: str
    pct: str
    page: Optional[int]
    line: Optional[int]
    section: str
    dated: bool = True
    status: str = ""
    lead: str = ""


@dataclass
class _Run:
    start: int                      # index in the entry stream of the header
    rows: list = field(default_factory=list)
    mode: str = "table"             # table | text
    page: Optional[int] = None
    whole_cells: bool = False       # cells are complete (ruled PDF / HTML): no wrapped rows


_ROLES = ("action", "action_fallback", "due", "progress", "status", "lead", "update")
_RAGS = ("red", "amber", "green", "complete", "not_started")


def _vocab() -> dict:
    """The deliverables words of the vocabulary (extract/vocab/data/deliverables.toml)."""
    V = vocabulary()
    return {"header": {r: V.words(f"deliverables_{r}") for r in _ROLES},
            "header_line_lead": V.words("deliverables_header_line_lead"),
            "rag": {r: V.words(f"rag_{r}") for r in _RAGS},
            "rag_letters": {c: r for r in _RAGS for c in V.words(f"rag_letter_{r}")}}


_VOCAB = _vocab()


def _key(s: str) -> str:
    return re.sub(r"[^a-z%]", "", s.lower())


_HEAD = {role: frozenset(_key(w) for w in words) for role, words in _VOCAB["header"].items()}
_RAG = sorted(((w.lower(), rag) for rag, words in _VOCAB["rag"].items() for w in words),
              key=lambda t: -len(t[0]))
_RAG_LETTERS = _VOCAB["rag_letters"]


def rag_of(status: str) -> Optional[str]:
    """green | amber | red | complete | not_started for a status as printed ("On track",
    "Amber - some slippage", "G", "Completed"); None when the words say none."""
    t = _clean(status).lower().strip(" .:-–")
    if not t:
        return None
    if len(t) == 1:
        return _RAG_LETTERS.get(t)
    for phrase, rag in _RAG:
        if t == phrase or (t.startswith(phrase) and not t[len(phrase)].isalpha()):
            return rag
    return None


@dataclass
class Cols:
    """Column indexes of a deliverables table, found by the meaning of its headers."""
    action: int
    due: Optional[int] = None
    progress: Optional[int] = None
    status: Optional[int] = None
    lead: Optional[int] = None

    @property
    def rich(self) -> bool:
        """A plan with a status or lead column: its due cells may be free text."""
        return self.status is not None or self.lead is not None


def _role(key: str) -> Optional[str]:
    for role in ("update", "action", "action_fallback", "due", "lead", "status"):
        if key in _HEAD[role]:
            return role
    if key in _HEAD["progress"] or key.startswith("progres"):
        return "progress"
    return None


def header_columns(cells: list[str]) -> Optional[Cols]:
    """The columns of a deliverables table when ``cells`` is its header row, else None.

    A header names an action column (action, deliverable, milestone, ...; objective or aim
    only when no such column) and at least two of: a due column (date due, target date,
    timescale, deadline, ...), a progress column (progress, % complete), a status column
    (status, RAG) and a lead column (lead, owner, led by).  Words: extract/vocab/data/deliverables.toml."""
    roles: dict[str, int] = {}
    for i, c in enumerate(cells):
        r = _role(_key(_clean(c))) if c else None
        if r and r not in roles:
            roles[r] = i
    action = roles.get("action", roles.get("action_fallback"))
    if action is None:
        return None
    cols = Cols(action, roles.get("due"), roles.get("progress"), roles.get("status"), roles.get("lead"))
    found = sum(x is not None for x in (cols.due, cols.progress, cols.status, cols.lead))
    return cols if found >= 2 else None


def _phrase_alt(role: str) -> str:
    words = sorted(_VOCAB["header"][role], key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(ch) for ch in w.replace(" ", "")) for w in words)


# a deliverables header printed as one line ("Action Date Due Progress", "Deliverables Progress
# Key Actions Deadline Progress"): action, due and progress headers in that order
_HEADER_LINE = re.compile(
    rf"^(?:(?:{'|'.join(_VOCAB['header_line_lead'])})\s+)?(?P<a>{_phrase_alt('action')})\s+"
    rf"(?P<d>{_phrase_alt('due')})\s+(?P<p>progres\s*s?)\s*$", re.I)


def header_words() -> frozenset:
    """Every word of the action, due and progress header phrases (a prefilter for loaders
    that rebuild a header printed one cell per line)."""
    return frozenset(w for role in ("action", "due", "progress") for p in _VOCAB["header"][role]
                     for w in p.lower().split())


def split_header_line(text: str) -> Optional[list[str]]:
    """The three header cells [action, due, progress] of a one-line deliverables header, else None."""
    m = _HEADER_LINE.match(text or "")
    return [m.group("a"), m.group("d"), m.group("p")] if m else None


# --------------------------------------------------------------------------
# the entry stream
# --------------------------------------------------------------------------

@dataclass
class _Entry:
    text: str
    cells: Optional[list[str]]
    block: object
    kind: str
    page: Optional[int] = None  # the page this row was printed on (a table may span pages)
    row: Optional[int] = None   # index of the row in a table block
    doc_format: str = ""


def _bullet_glyph(doc: Document, b) -> str:
    """The dash a text loader took off a bullet line, when the source shows it
    (a wrapped cell line "– national level ..." is text, not a bullet)."""
    if b.kind != BULLET or not b.line or not doc.raw_text:
        return ""
    lines = doc.raw_text.split("\n")
    if b.line > len(lines):
        return ""
    raw = lines[b.line - 1].lstrip()
    return raw[0] if raw[:1] in ("–", "—") and raw[1:2] == " " else ""


def _entries(doc: Document) -> list[_Entry]:
    out: list[_Entry] = []
    for b in doc.blocks:
        glyph = _bullet_glyph(doc, b)
        if b.kind == TABLE:
            for ri, r in enumerate(b.rows):
                cells = [_clean(c.text) for c in r]
                out.append(_Entry(" ".join(c for c in cells if c), cells, b, TABLE, b.page_of_row(ri),
                                  ri, doc.format))
        else:
            for ln in (b.text or "").split("\n"):
                if "\t" in ln:
                    cells = [_clean(c) for c in ln.split("\t")]
                    out.append(_Entry(" ".join(c for c in cells if c), cells, b, TABLE, b.page,
                                      doc_format=doc.format))
                elif ln.strip():
                    t = _clean(ln)
                    if glyph:
                        t, glyph = f"{glyph} {t}", ""
                    out.append(_Entry(t, None, b, b.kind, b.page))
    return out


# --------------------------------------------------------------------------
# reading runs
# --------------------------------------------------------------------------

def _cell(cells: list[str], i: Optional[int]) -> str:
    return cells[i] if i is not None and i < len(cells) else ""


def _group_label(e: "_Entry", cells: list[str], cols: Cols) -> bool:
    """A row of complete cells (ruled PDF or HTML table) with only its action cell filled,
    in a plan with lead or status columns, or a cell spanning the whole row: a heading
    over the rows below it ("Public Health Service Transformation ..."), not a deliverable."""
    b = e.block
    if getattr(b, "rows", None) and e.row is not None and e.row < len(b.rows):
        row = b.rows[e.row]
        filled = [c for c in row if c.text.strip()]
        if len(filled) == 1 and filled[0].col_span >= max(2, len(row)):
            return True
    whole = getattr(b, "table_method", "") in ("ruled", "html") or (
        getattr(b, "table_method", "") == "" and e.doc_format == "pdf")
    others = [c for i, c in enumerate(cells) if i != cols.action and c]
    return whole and cols.rich and bool(cells[cols.action:cols.action + 1]) and not others


def _continued_at(entries: list[_Entry], i: int, run: _Run) -> Optional[int]:
    """Where a plan continues on the next page without its header: after at most three short
    lines (running footer, page number, heading), a table of as many columns whose first row
    is on a later page than the run's last row.  None when it does not continue."""
    if not run.rows or run.rows[-1].page is None:
        return None
    last = run.rows[-1]
    width = len(entries[i - 1].cells or [])
    for j in range(i, min(i + 4, len(entries))):
        e = entries[j]
        if e.cells is not None:
            if e.page is not None and e.page > last.page and len(e.cells) == width \
                    and not header_columns(e.cells):
                return j
            return None
        if len(e.text) > 80 or _STOP.match(e.text) or _priority_of(e.text):
            return None
    return None


def _table_run(entries: list[_Entry], h: int, cols: Cols) -> tuple[_Run, int]:
    run = _Run(start=h, mode="table", page=entries[h].block.page)
    i = h + 1
    while i < len(entries):
        e = entries[i]
        if e.cells is None:
            j = _continued_at(entries, i, run)
            if j is None:
                break
            i = j
            continue
        cells = e.cells
        if header_columns(cells):
            break
        if e.block is not entries[i - 1].block and len(cells) != len(entries[h].cells or []):
            break  # another table follows, not this plan's rows
        a, d, p = _cell(cells, cols.action), _cell(cells, cols.due), _cell(cells, cols.progress)
        st, lead = _cell(cells, cols.status), _cell(cells, cols.lead)
        if a and _STOP.match(a):
            break
        if not (a or d or p or st or lead):
            i += 1
            continue
        if _group_label(e, cells, cols):
            i += 1
            continue
        over, d = _split_due_cell(d)
        if over:
            a = (a + " " + over).strip()
        pq = parse_percent(p) if p else None
        if p and pq is None and rag_of(p):
            p, st = "", st or p   # a status printed in the progress column ("On track", "Complete")
        d_ok = (not d) or parse_due(d).kind != "text" or _date_suffix(d.split()) > 0 \
            or bool(_DUE_PERIOD.match(d))
        if (d and not d_ok and not cols.rich) or (p and pq is None and not _DATE_WORDS.match(p)):
            # text spilled into the date / progress columns: not a deliverables row
            if not (d_ok and pq is not None):
                break
        run.rows.append(_Row(a, d, p, e.page, e.block.line, e.block.section, st, lead))
        i += 1
    return run, i


def _split_terminators(text: str) -> list[tuple[str, str, str]]:
    """Split a line into (action, due, pct) pieces at each "[date] NN%"; the
    last piece may have no pct (text after the last percentage)."""
    out: list[tuple[str, str, str]] = []
    pos = 0
    for m in _PCT_TOKEN.finditer(text):
        before = text[pos:m.start()].strip()
        words = before.split()
        k = _date_suffix(words)
        # a due word or a cut-off fragment before the date belongs to the due text
        # ("... Justice Sector to March 2025 30%", "... service. r March 2025 30%")
        if k and len(words) > k + 1 and re.fullmatch(r"to|by|until|before|[a-z]", words[-k - 1]) \
                and parse_due(" ".join(words[-k - 1:])).date is not None:
            k += 1
        action = " ".join(words[:len(words) - k]) if k else before
        due = " ".join(words[len(words) - k:]) if k else ""
        out.append((action, due, m.group(0)))
        pos = m.end()
    rest = text[pos:].strip()
    if rest or not out:
        out.append((rest, "", ""))
    return out


def _text_run(entries: list[_Entry], h: int) -> tuple[_Run, int]:
    run = _Run(start=h, mode="text", page=entries[h].block.page)
    i = h + 1
    undated = 0
    while i < len(entries):
        e = entries[i]
        t = e.text
        if e.cells is not None and len([c for c in e.cells if c]) > 1:
            # a table row inside the run: read its cells as one line
            t = " ".join(c for c in e.cells if c)
        if not t:
            i += 1
            continue
        if _HEADER_LINE.match(t) or _STOP.match(t):
            break
        if e.kind == BULLET and not (_starts_lower(t) or _starts_punct(t)):
            break
        if e.kind == HEADING and not _PCT_TOKEN.search(t) and \
                re.fullmatch(r"deliverables?\s+progress", t, re.I):
            break
        stop = False
        for action, due, pct in _split_terminators(t):
            if re.match(r"https?://|www\.", action):
                stop = True
                break
            if not (action or due or pct):
                continue
            over, due2 = _split_due_cell(due) if due else ("", "")
            if over:
                action, due = (action + " " + over).strip(), due2
            run.rows.append(_Row(action, due, pct, e.page, e.block.line, e.block.section))
            undated = 0 if pct else undated + 1
        if stop:
            break
        if undated > 8:
            break
        i += 1
    # a progress-only row takes its date from the short row before it ("New contract to start Apr 24")
    rows: list[_Row] = []
    for r in run.rows:
        if r.pct and not r.due and not r.action and rows and not rows[-1].dated:
            prev = rows[-1]
            w = prev.action.split()
            k = _date_suffix(w)
            if k:
                if len(w) <= 8 and len(prev.action) <= 45 and not re.search(r"[.;:!?]", prev.action):
                    r.due, r.action = prev.action, ""
                    rows.pop()
                    # the date cell wrapped over several short lines ("New" / "contract to" / "start Apr 24")
                    while rows and not rows[-1].dated and len(rows[-1].action.split()) <= 4 \
                            and len(rows[-1].action) <= 25 and not re.search(r"[.;:!?]", rows[-1].action) \
                            and _continues(rows[-1].action, r.due):
                        r.due = f"{rows.pop().action} {r.due}"
                else:
                    r.due = " ".join(w[len(w) - k:])
                    prev.action = " ".join(w[:len(w) - k])
                    if not prev.action:
                        rows.pop()
        rows.append(r)
    run.rows = rows
    return run, i


# --------------------------------------------------------------------------
# grouping rows into deliverables
# --------------------------------------------------------------------------

def _group(run: _Run) -> list[_Item]:
    items: list[_Item] = []
    cur: list[_Row] = []

    def emit(frag: _Row, due: str, pct: str, dated: bool, status: str = "", lead: str = "") -> None:
        if frag.action:
            lead = " ".join(x for x in (frag.lead, lead) if x)
            items.append(_Item(frag.action, due, pct, frag.page, frag.line, frag.section, dated, status, lead))

    for r in run.rows:
        a = r.action
        if not cur:
            last = items[-1] if items else None
            if last is not None and last.dated and a and _starts_lower(a) \
                    and not _ends_sentence(last.action):
                if not r.dated:
                    last.action = f"{last.action} {a}"
                    continue
                m = re.match(r"^(.+?[.;])\s+(?=[A-Z0-9\"“‘])(.+)$", a)
                if m:
                    last.action = f"{last.action} {m.group(1)}"
                    a = m.group(2)
            if a:
                cur = [_Row(a, page=r.page, line=r.line, section=r.section,
                            lead="" if r.dated else r.lead)]
        else:
            if a:
                if _continues(cur[-1].action, a):
                    cur[-1].action = f"{cur[-1].action} {a}"
                    if not r.dated and r.lead:
                        cur[-1].lead = f"{cur[-1].lead} {r.lead}".strip()
                else:
                    cur.append(_Row(a, page=r.page, line=r.line, section=r.section,
                                    lead="" if r.dated else r.lead))
        if r.dated:
            if not cur:
                # date and progress with no action text at all: nothing to attach to
                continue
            for frag in cur[:-1]:
                emit(frag, "", "", False)
            emit(cur[-1], r.due, r.pct, True, r.status, r.lead)
            cur = []
    if run.mode == "table":
        for frag in cur:
            if not _starts_lower(frag.action):
                emit(frag, "", "", False)
    return items


# --------------------------------------------------------------------------
# priorities
# --------------------------------------------------------------------------

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}


def _priority_of(text: str) -> Optional[tuple[int, str]]:
    m = _PRIORITY.match(text)
    if not m or not m.group("rest").strip():
        return None
    n_raw = m.group("n")
    n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS[n_raw.lower()]
    rest = m.group("rest").strip()
    # "Priority 3: Priority 3: Tackle ..." (printed twice) -> once
    while True:
        m2 = _PRIORITY.match(rest)
        if m2 and m2.group("rest").strip() and (
                (m2.group("n").isdigit() and int(m2.group("n")) == n)
                or _NUM_WORDS.get(m2.group("n").lower()) == n):
            rest = m2.group("rest").strip()
        else:
            break
    if len(rest) > 120:
        return None
    label = re.match(r"^\s*priority", text, re.I).group(0).strip()
    return n, f"{label} {n_raw}: {rest}"


def _priority_candidates(entries: list[_Entry]) -> list[tuple[int, int, str, Optional[int]]]:
    """(entry index, number, label, page) of every "Priority N: ..." line that is
    not part of a list of different priorities."""
    found = []
    for i, e in enumerate(entries):
        texts = [e.text] if e.cells is None else [c for c in e.cells if c][:1]
        for t in texts:
            p = _priority_of(t)
            if p:
                found.append((i, p[0], p[1], e.block.page))
    # a run of adjacent lines (same page) naming three or more different
    # priorities is a list (a contents slide): its lines are not slide titles.  A line repeating a number already
    # in the run starts a slide of its own and is kept.
    keep = []
    group: list = []

    def flush() -> None:
        seen_n: set = set()
        firsts, repeats = [], []
        for f in group:
            (repeats if f[1] in seen_n else firsts).append(f)
            seen_n.add(f[1])
        if len(seen_n) <= 2:
            keep.extend(group)
        else:
            keep.extend(repeats)

    for f in found:
        if group and (f[0] - group[-1][0] > 2 or f[3] != group[-1][3]):
            flush()
            group = []
        group.append(f)
    if group:
        flush()
    keep.sort()
    return keep


def _choose_priority(run: _Run, end: int, cands, headers: list[int],
                     entries: Optional[list[_Entry]] = None) -> Optional[str]:
    if not cands:
        return None
    if entries is not None and run.start < len(entries):
        # a structured source (Markdown headings, PDF headings by font; not pdftotext-like
        # text, whose slide titles may follow their content): the priority heading the
        # table stands under wins over nearness
        path = entries[run.start].block.headings
        under = [c for c in cands if c[0] < run.start and entries[c[0]].kind == HEADING
                 and entries[c[0]].block.text in path]
        if under:
            return under[-1][2]
    if run.page is not None:
        same = [c for c in cands if c[3] == run.page]
        if same:
            return min(same, key=lambda c: (abs(c[0] - run.start), c[0] > run.start))[2]
    prev_h = max((h for h in headers if h < run.start), default=-1)
    next_h = min((h for h in headers if h > run.start), default=10 ** 9)
    best = None
    for c in cands:
        i = c[0]
        if i < run.start:
            if i <= prev_h:
                continue
            dist = run.start - i
        else:
            if i >= next_h:
                continue
            dist = max(0, i - end)
        key = (dist, i > run.start)
        if best is None or key < best[0]:
            best = (key, c[2])
    if best is not None:
        return best[1]
    if run.page is not None:
        above = [c for c in cands if c[0] < run.start]
        if above:
            return above[-1][2]
    return None


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

def _due_date(due: str) -> Optional[str]:
    """First day of the period a due cell names; a date at the end of longer text
    ("New contract to start Apr 24") as before."""
    if not due:
        return None
    d = parse_due(due).date
    if d is None and parse_due(due).kind == "text" and _date_suffix(due.split()):
        d = parse_date(due)
    return d.isoformat() if d else None


def _rag_from_due(due: str) -> Optional[str]:
    """A due cell printed "Complete"/"Achieved" says the deliverable is complete."""
    return "complete" if due and rag_of(due) == "complete" and parse_due(due).kind == "word" else None


def _pct_value(pct: str) -> Optional[float]:
    if not pct:
        return None
    q = parse_percent(pct)
    if q is None or q.unit != "percent" or not (0 <= q.value <= 100):
        return None
    return float(q.value)


def extract(doc: Document) -> list[DeliverableRecord]:
    entries = _entries(doc)
    runs: list[tuple[_Run, int]] = []
    i = 0
    while i < len(entries):
        e = entries[i]
        cols = header_columns(e.cells) if e.cells is not None else None
        if cols:
            run, j = _table_run(entries, i, cols)
            runs.append((run, j))
            i = max(j, i + 1)
            continue
        if _HEADER_LINE.match(e.text or ""):
            run, j = _text_run(entries, i)
            runs.append((run, j))
            i = max(j, i + 1)
            continue
        i += 1
    cands = _priority_candidates(entries)
    headers = [r.start for r, _ in runs]
    out: list[DeliverableRecord] = []
    seen: dict[str, int] = {}
    for run, end in runs:
        priority = _choose_priority(run, end, cands, headers,
                                    entries if doc.format in ("markdown", "pdf") else None)
        for it in _group(run):
            action = _WS.sub(" ", it.action).strip(" ;,")
            if not action or not re.search(r"[A-Za-z]", action):
                continue
            key = stable_id(doc.doc_id, priority, action)
            n = seen.get(key, 0)
            seen[key] = n + 1
            did = key if n == 0 else stable_id(doc.doc_id, priority, action, n)
            out.append(DeliverableRecord(
                deliverable_id=did, doc_id=doc.doc_id, page=it.page,
                section=it.section or None, priority=priority, action=action,
                due_raw=it.due or None, due_date=_due_date(it.due),
                progress_pct=_pct_value(it.pct), status=it.status or None,
                rag=rag_of(it.status) or _rag_from_due(it.due), lead=_clean(it.lead) or None))
    return out
