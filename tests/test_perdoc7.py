"""Speed shortcuts of session 10 (perdoc7) against the plain code they stand for: the text loader's
furniture pre-test (a pattern's possible first characters), its drafts' text joined and cleaned once,
and the deliverables reader's raw lines and entry start lines made once per document."""
from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest

from extract.extractors import deliverables
from extract.extractors.deliverables import flat, inline, parts, rows
from extract.loaders import common, load
from extract.loaders.text import parse
from extract.vocab import vocabulary

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
TEXT_FILES = sorted(ROOT.glob("corpus/*.txt")) + \
    sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")
TXT_FILES = [p for p in TEXT_FILES if p.suffix == ".txt"]

# patterns of the shapes the reader walks (anchors, branches, optional and repeated groups, classes)
PATTERNS = [
    (r"^(?:share this (?:item|page)|(?:accessibility\s+)?skip to content|(?:home\s*[>/]\s*)+.*|print)\W*$", re.I),
    (r"(?:x\s+)*y", re.I),
    (r"(?:ab)?cd|e", 0),
    (r"\d+ items", 0),          # a class first: not read
    (r"ſtop|kelvin", re.I),     # a non-ASCII literal first: not read
    (r"a?", 0),                 # may match empty: not read
]


def _tails():
    return ["", " ", "x", "hare this page", "kip to content", "ome > b", "rint", "tems", "d", "b cd",
            "  y", "elvin", "top"]


def test_first_chars_read_of_furniture():
    rx = vocabulary().pattern("web_furniture")
    got = common.first_chars(rx.pattern, rx.flags)
    assert got is not None and "s" in got and "h" in got and "1" not in got and "w" not in got


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_first_chars_exact(pattern, flags):
    """No string starting with an ASCII character outside first_chars matches; unread shapes give None."""
    rx = re.compile(pattern, flags)
    firsts = common.first_chars(pattern, flags)
    if pattern in (r"\d+ items", r"ſtop|kelvin", r"a?"):
        assert firsts is None
        return
    assert firsts
    for c in map(chr, range(128)):
        for tail in _tails():
            if not common.may_start(firsts, c + tail):
                assert rx.match(c + tail) is None, (pattern, c + tail)
    # a first character that folds to an ASCII letter (long s, Kelvin sign, dotted I) is never pre-tested
    for c in "\u017f\u212a\u0130\u0131":
        assert common.may_start(firsts, c + "x")


def test_first_chars_of_every_vocabulary_pattern():
    """Every vocabulary pattern whose first characters are read: a line of the real texts, or any ASCII
    character + a tail, that the pre-test passes over has no match."""
    vocab = vocabulary()
    lines = [ln.strip() for p in TEXT_FILES[:12] for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip()]
    read = 0
    for name in ("web_furniture", "dateline"):
        rx = vocab.pattern(name)
        firsts = common.first_chars(rx.pattern, rx.flags)
        if firsts is None:
            continue
        read += 1
        probes = lines + [c + t for c in map(chr, range(128)) for t in _tails()]
        for t in probes:
            if not common.may_start(firsts, t):
                assert rx.match(t) is None, (name, t)
    assert read >= 1


def _plain_read_lines(text, monkeypatch):
    """parse._read_lines as it was: every line's form feeds, no-break spaces and "\\r" handled one by
    one, every page entry set in the loop, the furniture pattern tried at every short line with a space."""
    from extract.loaders.common import FURNITURE_MAX, MARKER_START, RULE_START, is_rule, next_line, page_marker
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ff_page, page, lines, markers, blanks = {}, 1, [], [], 0
    furniture, tabs = vocabulary().pattern("web_furniture"), vocabulary().words("web_tabs")
    for idx, raw in enumerate(raw_lines, start=1):
        if "\f" in raw:
            lead = len(raw) - len(raw.lstrip("\f"))
            page += lead
            ff_page[idx] = page
            page += raw.count("\f") - lead
            raw = raw.replace("\f", "")
        else:
            ff_page[idx] = page
        raw = raw.replace("\u00a0", " ").rstrip("\r")
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        n = page_marker(raw) if stripped[0] in MARKER_START else None
        if n is not None:
            markers.append((idx, n))
            continue
        if stripped[0] in RULE_START and is_rule(raw) and len(stripped) >= 3:
            continue
        if len(stripped) <= FURNITURE_MAX and (" " in stripped and furniture.match(stripped)
                                                or stripped == tabs[0] and next_line(raw_lines, idx) == tabs[1]):
            blanks += 1
            continue
        lines.append(parse._Line(idx, raw, stripped, blanks))
        blanks = 0
    return lines, ff_page, markers


def _paged(read, text):
    """What _read_lines gives that matters: the lines, the markers and the page of every line (a line
    absent from its page map is on page 1)."""
    lines, ff_page, markers = read
    n = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    return lines, markers, [ff_page.get(no, 1) for no in range(1, n + 1)]


def test_files_found():
    assert len(TXT_FILES) >= 10


@pytest.mark.parametrize("path", TXT_FILES, ids=lambda p: p.name)
def test_read_lines_same_without_pretest(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    assert _paged(parse._read_lines(text), text) == _paged(_plain_read_lines(text, monkeypatch), text)


def test_read_lines_pages_and_spaces_excerpt(monkeypatch):
    text = "Title\r\n\fPage one\u00a0 text\r\n\n\f\fBack to top\nMedia\n\nItems\nA\u00a0\u00a0B\f\nend\r"
    got = parse._read_lines(text)
    # "Back to top" is furniture, "Media" over "Items" too; a form feed inside a line ends its page
    assert [(ln.no, ln.raw) for ln in got[0]] == [(1, "Title"), (2, "Page one  text"), (7, "Items"),
                                                  (8, "A  B"), (9, "end")]
    assert got[1] == {1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 5, 10: 5}
    assert _paged(got, text) == _paged(_plain_read_lines(text, monkeypatch), text)
    plain = "a\u00a0b\r\nc\rd\n"
    assert _paged(parse._read_lines(plain), plain) == _paged(_plain_read_lines(plain, monkeypatch), plain)
    assert _paged(parse._read_lines(plain), plain)[2] == [1, 1, 1, 1]


def test_read_lines_drops_furniture_excerpt(monkeypatch):
    # "ſ" (long s) folds to "s" under IGNORECASE: not pre-tested, the pattern drops the line
    text = "Skip to content\nHome > News > Item\n1 in 5 share\nShare this page\nſkip to content\nThe report\n"
    got = parse._read_lines(text)
    assert [ln.text for ln in got[0]] == ["1 in 5 share", "The report"]
    assert _paged(got, text) == _paged(_plain_read_lines(text, monkeypatch), text)


def _plain_demote(drafts, levels):
    """parse._demote_label_runs as it was (a test function per draft)."""
    from extract.model import PARAGRAPH

    def short(k):
        d = drafts[k]
        if d.kind != PARAGRAPH:
            return False
        t = d.text.rstrip()
        return len(t) <= 60 and not t.endswith(".") and levels[k] not in (1, 2)
    flags = [short(k) for k in range(len(drafts))]
    i = 0
    while i < len(drafts):
        if flags[i]:
            j = i
            while j < len(drafts) and flags[j]:
                j += 1
            n3 = sum(1 for k in range(i, j) if levels[k] == 3)
            if j - i >= 6 and n3 >= 3 and 2 * n3 >= j - i:
                for k in range(i, j):
                    levels[k] = None
            i = max(j, i + 1)
        else:
            i += 1


def _plain_finish(drafts):
    """_finish_drafts as it was: each helper joins and cleans a draft's text itself."""
    levels = parse._heading_levels(drafts)
    _plain_demote(drafts, levels)
    parse._bullet_levels(drafts)
    return parse._blocks_of_drafts(drafts, levels)


@pytest.mark.parametrize("path", TXT_FILES, ids=lambda p: p.name)
def test_finish_drafts_same_as_plain(path, monkeypatch):
    seen = []
    real = parse._finish_drafts

    def both(drafts, page_ends=frozenset()):
        import copy
        got = real(copy.deepcopy(drafts), page_ends)
        if not page_ends:   # (the last lines of pages before their furniture are no headings: not the plain one's)
            assert got == _plain_finish(copy.deepcopy(drafts))
        seen.append(len(got))
        return got
    monkeypatch.setattr(parse, "_finish_drafts", both)
    load(path)
    assert seen and seen[0] > 0


def _plain_starts(entries):
    starts, top = [], 0
    for e in entries:
        top = max(top, e.block.line or 0)
        starts.append(top)
    return starts


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_source_once_per_document(path, monkeypatch):
    """The raw lines and start lines made once equal those each step made for itself; the entry of
    each raw line found by walking equals bisect's; the records equal those of steps left to make
    their own (src None)."""
    doc = load(path)
    src = parts._Source(doc.raw_text)
    entries = src.entries = rows._entries(doc, src)
    assert src.raw == (doc.raw_text.split("\n") if doc.raw_text else [])
    assert src.starts == _plain_starts(entries)
    assert entries == rows._entries(doc)
    starts = src.starts
    for no in range(1, len(src.raw) + 2):
        k = max(0, bisect.bisect_right(starts, no) - 1)
        assert k == max(0, bisect.bisect_right(_plain_starts(entries), no) - 1)
    assert flat.flat_runs(doc, entries, src) == flat.flat_runs(doc, entries)
    runs = flat.flat_runs(doc, entries)
    assert inline._lines(doc, entries, runs, src) == inline._lines(doc, entries, runs)
    want = deliverables.extract(doc)
    with monkeypatch.context() as m:  # every step making its own lines
        m.setattr(deliverables, "flat_runs", lambda doc, entries, src=None: flat.flat_runs(doc, entries))
        m.setattr(deliverables, "inline_actions",
                  lambda doc, entries, runs, src=None: inline.inline_actions(doc, entries, runs))
        assert deliverables.extract(doc) == want


def test_line_entry_walk_excerpt(tmp_path, monkeypatch):
    """Action lines of a text whose blocks start lines apart: each line's entry is bisect's."""
    p = tmp_path / "notes.txt"
    p.write_text("1. Budget\n\nThe panel noted the report.\nAction – PF to put a request on a future agenda\n\n"
                 "2. Police\n\n\nAction: SM to write to the Home Office by 31 March 2025.\n", encoding="utf-8")
    doc = load(p)
    entries = rows._entries(doc)
    got = inline._lines(doc, entries, [])
    starts = _plain_starts(entries)
    raw = doc.raw_text.split("\n")
    want = [(entries[max(0, bisect.bisect_right(starts, no) - 1)], t.strip())
            for no, t in enumerate(raw, 1) if t.strip()]
    assert got == want
    recs = deliverables.extract(doc)
    assert [r.lead for r in recs] == ["PF", "SM"]


def _plain_should_join(d, ln) -> bool:
    """lines._should_join as it was (session 9), every test in its old order (and session 13's: a list's next
    item, ``_next_item``, never joins)."""
    from extract.loaders.common import URL_STARTS, ends_sentence, ends_with_stop_word, is_data_line, starts_lower
    from extract.loaders.text.lines import (_BULLET, _next_item, _soft_end, _strong_heading, heading_level,
                                            is_dateline)
    from extract.model import BULLET, PARAGRAPH
    from extract.normalise.core import MONTH
    if d.kind not in (PARAGRAPH, BULLET) or ln.blank_before > 3:
        return False
    prev = d.last_raw.rstrip()
    t = ln.text
    if not prev:
        return False
    if _next_item(d, t):
        return False
    if ln.blank_before and re.match(r"\d{1,3}[ \t]+[A-Z][a-z]", t) and not re.match(rf"\d+[ \t]+(?i:{MONTH})", t) \
            and not ends_with_stop_word(prev) and prev[-1] not in ",-–(/&":
        return False  # (session 18: an agenda item's bare number and title after a blank line, never a day of the month)
    trailing = d.last_raw != prev
    lower = starts_lower(t) and not t.startswith(URL_STARTS)
    if _strong_heading(t):
        return False
    if is_dateline(t) or (not d.joined and is_dateline(prev)):
        return False
    if d.kind == PARAGRAPH and not d.joined and not trailing and _strong_heading(prev):
        return False
    if ln.blank_before > (3 if lower else 2):
        return False
    if ln.blank_before == 0 and prev.count("(") > prev.count(")") and t.count(")") > t.count("("):
        return True
    if ends_sentence(prev):
        if lower and not _soft_end(prev):
            return True
        if d.last_room >= 0 and ln.blank_before == 0 and len(t.split()[0]) + 1 > d.last_room \
                and not _BULLET.match(ln.raw) \
                and heading_level(t) is None and not is_data_line(t):
            return True
        return (d.kind == BULLET and ln.blank_before == 0 and len(prev) >= 55
                and heading_level(t) is None and not is_data_line(t) and not _plain_title_like(t))
    if is_data_line(t):
        if ln.blank_before and re.fullmatch(r"\d{1,3}\.", t) and not ends_with_stop_word(prev):
            return False
        return (t.endswith(".") or ends_with_stop_word(prev)
                or (d.kind == BULLET and trailing))
    if lower:
        return True
    if trailing or ends_with_stop_word(prev):
        return True
    prev_heading = not d.joined and heading_level(prev) is not None
    if prev_heading or _plain_title_like(t):
        return False
    return len(prev) >= 60 or ln.blank_before == 0


def _plain_title_like(t: str) -> bool:
    """lines.is_title_like as it was (_has_letter called per word)."""
    from extract.loaders.text.lines import SMALL_WORDS, _has_letter, _strip_parens, is_header_row
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith(":") or ": " in t:
        return False
    words = []
    for w in t.split():
        if _has_letter(w):
            words.append(w)
            if len(words) > 8:
                return False
    if not words or not any(w[0].isupper() for w in words):
        return False
    if is_header_row(t):
        return False
    sig = [w for w in _strip_parens(t).split() if _has_letter(w) and w.lower().strip("-–—,") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper())
    return len(words) <= 4 or caps / len(sig) >= 0.75


def test_title_like_same_as_plain():
    from extract.loaders.text.lines import is_title_like
    lines = [ln.strip() for p in TEXT_FILES for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip()]
    lines += ["Data Summary", "Risks and issues", "Crime & Communication Centre – 999 Service", "Ünïcode Wörds Here",
              "1 2 3 4 5 6 7 8 9 10", "A b c d e f g h i j", "Acronym Value", "Ⅷ Roman Numeral Words",
              "Crime (All Offences) in the County", "Trend (up) and down words here", "Q1 (2023) 45"]
    for t in lines:
        assert is_title_like.__wrapped__(t) == _plain_title_like(t), t
    assert is_title_like("Data Summary") and not is_title_like("The data shows that crime fell in the county")


def test_should_join_same_as_plain(monkeypatch):
    from extract.loaders.text import lines as L
    fast, asked = L._should_join, []

    def both(d, ln):
        got = fast(d, ln)
        assert got == _plain_should_join(d, ln), (d.last_raw, ln.raw)
        asked.append(got)
        return got
    monkeypatch.setattr(parse, "_should_join", both)
    for path in TXT_FILES:
        load(path)
    assert len(asked) > 500 and 0 < sum(asked) < len(asked)  # both answers met


def test_should_join_url_and_gap_excerpts():
    from extract.loaders.text import lines as L
    from extract.model import PARAGRAPH
    d = L._Draft(PARAGRAPH, 1, ["See the report at"], last_raw="See the report at")
    for raw, blank, want in [("https://example.org/report", 0, None), ("www.example.org", 3, False),
                             ("and the annex", 3, True), ("and the annex", 4, False), ("Annex", 3, False)]:
        ln = L._Line(2, raw, raw, blank)
        assert L._should_join(d, ln) == _plain_should_join(d, ln)
        if want is not None:
            assert L._should_join(d, ln) is want


def _plain_pct_value(pct):
    """cells._pct_value as it was: every cell through parse_percent."""
    from extract.normalise import parse_percent
    if not pct:
        return None
    q = parse_percent(pct)
    if q is None or q.unit != "percent" or not (0 <= q.value <= 100):
        return None
    return float(q.value)


def test_plain_percent_read_as_parse_percent():
    from extract.extractors.deliverables.cells import _pct_value
    probes = [f"{i}{dec}{sp}%" for i in range(0, 1000, 7) for dec in ("", ".0", ".5", ".25", ".")
              for sp in ("", " ")]
    probes += ["05%", "00%", "100%", "100.5%", "101%", "0.5 %", "90%.", " 90%", "90% complete", "90  %", "٩٠%",
               "1,000%", "-5%", "+5%", "5%%", "50 per cent", ""]
    for p in probes:
        assert _pct_value(p) == _plain_pct_value(p), p
    assert _pct_value("90%") == 90.0 and _pct_value("12.5 %") == 12.5 and _pct_value("101%") is None
    assert _pct_value("05%") is None  # parse_percent reads no percent there


@pytest.mark.parametrize("path", TEXT_FILES[:40], ids=lambda p: p.name)
def test_progress_of_real_deliverables(path, monkeypatch):
    doc = load(path)
    with monkeypatch.context() as m:
        m.setattr(deliverables, "_pct_value", _plain_pct_value)
        want = deliverables.extract(doc)
    assert deliverables.extract(doc) == want


def test_progress_read_in_the_corpus_report():
    recs = [r for p in ROOT.glob("corpus/*highlight*") for r in deliverables.extract(load(p))]
    assert sum(r.progress_pct is not None for r in recs) >= 10
    assert {r.progress_pct for r in recs} >= {100.0}


def test_digit_class_only_isdigit_characters():
    """``\\d`` (the end of both header-word patterns) matches only characters str.isdigit holds for."""
    every = "".join(map(chr, range(0x110000)))
    found = re.findall(r"\d", every)
    assert len(found) > 600 and all(c.isdigit() for c in found)


def _plain_header_cell(t):
    """residue._header_cell as it was: both patterns tried at every word."""
    from extract.loaders.text import residue as R
    seen = False
    for w in t.split():
        w = w.strip("()'’:,.").lower()
        if not w:
            continue
        if not (w in R.HEADER_WORDS or w in R._PERIOD_HEADER_WORDS or w + "." in R._PERIOD_HEADER_WORDS
                or R._MONTH_YEAR.match(w) or R._SHORT_NUMBER.fullmatch(w)):
            return False
        seen = True
    return seen


def test_header_cell_same_as_plain():
    from extract.loaders.text.residue import _header_cell
    lines = [ln.strip() for p in TXT_FILES for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip()]
    extra = ["Oct-2023", "3 Months to", "Jan 24", "jan24", "٣ Months", "Q1 12", "Date Due", "Trend Line (Up",
             "Sep-23 Oct-23", "12345", "Target 2024/25", "Measure"]
    for t in lines + extra:
        assert _header_cell(t) == _plain_header_cell(t), t
    assert _header_cell("Oct-2023") and _header_cell("3 Months to") and not _header_cell("Oct-2023 was high")


def test_deliverables_clean_cached_same_as_plain():
    from extract.extractors.deliverables.text import _clean
    lines = [ln for p in TEXT_FILES[:20] for ln in p.read_text(encoding="utf-8").split("\n")]
    lines += ["a – b", "x\\\\y  z", "**Bold** &amp; <b>tag</b>", "", "\x00–"]
    for t in lines + lines:  # the second time from the cache
        assert _clean(t) == _clean.__wrapped__(t), t
    assert _clean("Apr 24 –  90%") == "Apr 24 – 90%"


def test_deliv_header_cell_same_as_plain():
    from extract.loaders.text.residue import _DELIV_HEAD_WORDS, _deliv_header_cell
    lines = [ln.strip() for p in TXT_FILES for ln in p.read_text(encoding="utf-8").split("\n")]
    lines += ["Action", "Date Due", "Progress", "Due Date Progress", "Action Date Due Progress", "Actions taken"]
    for t in lines:
        words = t.split(None, 3)
        assert _deliv_header_cell(t) == (0 < len(words) <= 3 and all(w.lower() in _DELIV_HEAD_WORDS for w in words))
    assert _deliv_header_cell("Date Due") and not _deliv_header_cell("Action Date Due Progress")


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_priority_candidates_same_as_plain(path, monkeypatch):
    """Without the pre-test (every text through _priority_of) the candidates are the same."""
    from extract.extractors.deliverables import priorities
    entries = rows._entries(load(path))
    got = priorities._priority_candidates(entries)
    with monkeypatch.context() as m:
        m.setattr(priorities, "_MAY_BE_PRIORITY", lambda t: True)
        assert priorities._priority_candidates(entries) == got


def test_priority_lines_of_the_corpus_report():
    from extract.extractors.deliverables import priorities
    entries = rows._entries(load(ROOT / "corpus" / "wiltshire-highlight-report-2023-10-to-12.txt"))
    got = priorities._priority_candidates(entries)
    assert len(got) >= 3 and all(g[2].startswith("Priority") for g in got)
