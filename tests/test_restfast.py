"""Speed shortcuts of the loaders, the measures / meetings extractors and the vocabulary
(session 6): each fast path against the plain one."""
from __future__ import annotations

import re

from extract.vocab import Vocabulary, shipped_files, vocabulary


def test_subject_patterns_compiled_on_first_use_match_as_compiled():
    V = vocabulary()
    texts = ["999 calls in Swindon rose", "Crime in Reading and Birmingham East", "domestic abuse (DA) and VWI",
             "Thames Valley; Milton Keynes; Wiltshire", "rape and serious sexual offences", "nothing here"]
    for k, rx, *_ in V._subject_res:
        plain = re.compile(rx.pattern, rx.flags)
        assert rx.compiled.pattern == plain.pattern and rx.compiled.flags == plain.flags, k
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], (k, t)
    fresh = Vocabulary(shipped_files())
    for t in texts:
        assert fresh.subject_keys(t) == V.subject_keys(t)
    assert fresh.subject_regex("swindon").search("in Swindon") is not None
    import pickle
    again = pickle.loads(pickle.dumps(fresh))
    assert again.subject_keys(texts[0]) == V.subject_keys(texts[0])


# --------------------------------------------------------------------------- text loader


def _lines_of_texts() -> list[str]:
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    out = []
    for folder in (root / "corpus", root.parent / "shared" / "real"):
        if not folder.is_dir():
            continue
        for f in sorted(folder.rglob("*")):
            if f.suffix in (".txt", ".md") and f.stat().st_size < 3_000_000:
                out += [ln.strip() for ln in f.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    return out + ["Ⅻ Report", "½ Year Figures", "² Note", "Action Date", "ACTION: DATE", "Café Society Group",
                  "Über Alles", "9 Ωmega Things", "1 2019/2020 THEFT Type 18 - No Suspect Identified", "(a) Big Things"]


def _plain_title_like(t: str) -> bool:
    from extract.loaders.text.lines import HEADER_WORDS, SMALL_WORDS, _strip_parens
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith(":") or ": " in t:
        return False
    words = [w for w in t.split() if w[0].isalpha() or any(c.isalpha() for c in w)]
    if len(words) > 8 or not words or not any(w[0].isupper() for w in words):
        return False
    hw = [w.strip(":").lower() for w in t.split()]
    if len(hw) >= 2 and all(w in HEADER_WORDS for w in hw):
        return False
    sig = [w for w in _strip_parens(t).split()
           if (w[0].isalpha() or any(c.isalpha() for c in w)) and w.lower().strip("-–—,") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper())
    return len(words) <= 4 or caps / len(sig) >= 0.75


def test_title_like_as_plain():
    from extract.loaders.text.lines import is_title_like
    for t in _lines_of_texts():
        assert is_title_like.__wrapped__(t) == _plain_title_like(t), t


def test_clean_inline_space_patterns_as_plain():
    from extract.loaders import common as C
    plain_spaces = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v ]{2,}|"
                              r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
    plain_punct = re.compile(r"(?<=\w) (?=[.,;:](?:\s|$))")
    texts = _lines_of_texts() + ["a .b", "word . x", "x ,", "é : y", "a\u00a0b", "a \u2003 b", "£5 .", " . a", "a\t.",
                                 "x ;\n", "_ : x", "9 .5", "a  b’", "’ ’"]
    for t in texts:
        assert bool(plain_spaces.search(t)) == bool("  " in t or C._ODD_SPACE.search(t)), t
        assert plain_punct.sub("", t) == C._SPACE_BEFORE_PUNCT.sub("", t), t


def test_markdown_clean_skips_only_text_without_markup():
    from extract.loaders import common as C
    for t in _lines_of_texts() + ["a $x^2$ b", "[a](b)", "`c`", "**b**", "*e*", "_u_", "~~s~~", "a\\*b", "x]y"]:
        if not C._MARKDOWN_CHARS.search(t):
            for rx in (C._LATEX, C._MD_LINK, C._CODE, C._BOLD, C._EM_STAR, C._EM_UND, C._STRIKE, C._STRAY_BOLD,
                       C._ESCAPE):
                assert not rx.search(t), (rx.pattern, t)


def test_split_blank_page_as_plain():
    from extract.loaders import common as C
    for t in _lines_of_texts() + ["x THIS PAGE IS INTENTIONALLY LEFT BLANK y", "This Page Has Been Deliberately Blank."]:
        m = C.BLANK_PAGE.search(t)
        assert (C.split_blank_page(t) == [t]) == (m is None or [p for p in (t[:m.start()].strip(),
                m.group(0).rstrip(".").strip(), t[m.end():].strip()) if p] == [t]), t


def test_clean_fast_paths_as_plain():
    from extract.extractors.deliverables import text as dtext
    from extract.extractors.meetings import text as mtext
    from extract.loaders import common as C
    from extract.normalise import clean_text

    def meetings_plain(s):
        if not s:
            return ""
        s = s.replace("–", "\x00").replace("—", "\x01")
        s = clean_text(s).replace("\x00", "–").replace("\x01", "—").replace("\\", "")
        return " ".join(s.split())

    def deliverables_plain(s):
        if not s:
            return ""
        s = clean_text(s.replace("–", "\x00")).replace("\x00", "–").replace("\\", "")
        return " ".join(s.split())

    def data_line_plain(text):
        toks = text.split()
        return bool(toks) and all(C._DATA_TOKEN.match(t) for t in toks) and any(ch.isdigit() for ch in text)

    def starts_lower_plain(text):
        t = text.lstrip(" \"'“‘(")
        if not t or not t[0].islower() or t.startswith(C.URL_STARTS):
            return False
        return not any(c.isupper() for c in t.split(None, 1)[0])

    extra = ["a – b — c", "x\x00y", "&amp; – <b>x</b>", "**bold** — \\x", "eU", "iPhone", "abc", "éA", "ǅx", "q1 90%",
             "Jan 24 90%", "12 months", ""]
    for t in _lines_of_texts() + extra:
        assert mtext._clean(t) == meetings_plain(t), t
        assert dtext._clean(t) == deliverables_plain(t), t
        assert C.is_data_line.__wrapped__(t) == data_line_plain(t), t
        assert C.starts_lower(t) == starts_lower_plain(t), t


def test_quarter_prefilter():
    from extract.extractors.measures import context as mctx
    for t in _lines_of_texts() + ["Quarter Two 2019-20", "Q3 2024", "the FIRST QUARTER", "QuArTeR 1", "q5"]:
        if mctx._FYQ.search(t):
            assert mctx._may_name_quarter(t), t


def test_meetings_title_and_meeting_prefilters():
    from extract.extractors.meetings import entries as ment
    from extract.extractors.meetings import headers as mhead
    for t in _lines_of_texts() + ["PANEL MINUTES of the meeting", "A\tmeeting of the x", "MEETİNG", "x Notice is given"]:
        if ment._INLINE_TITLE_OPENER.search(t):
            assert ment._may_open_title(t), t
        if mhead._MEETING_WORD.search(t):
            assert "meet" in t.lower(), t


def test_inline_label_cuts_as_plain():
    from extract.extractors.meetings import entries as ment
    for t in _lines_of_texts() + ["Date: 1 May Time: 10am Venue: Hall", "x  Date: y", "a date: b Place: c", "e Tel: 1",
                                 " Date: x", "x \u00a0 Venue: y", "é  Time: 1", "\tDate: z",
                                 "1. Apologies 2. Minutes  3) Next", "5 Item) 6. X"]:
        assert [(m.span(), m.start("n")) for m in ment._RUN_ITEM_AT_SPACE.finditer(t)] == [
            (m.span(), m.start("n")) for m in ment._RUN_ITEM.finditer(t)], t
        plain = [m.span() for m in ment._INLINE_LABEL.finditer(t)]
        assert [m.span() for m in ment._INLINE_LABEL_AT_SPACE.finditer(t)] == plain, t
        if t.isascii():
            upper = [m.end() for m in ment._INLINE_LABEL.finditer(t) if t[m.end()].isupper()]
            assert [m.end() for m in ment._INLINE_LABEL_ASCII.finditer(t)] == upper, t


def test_document_prefilters():
    from extract.extractors.document import kinds as D, organisation as O
    texts = _lines_of_texts() + ["MINUTES OF THE MEETING", "Mİnutes of the panel", "x Minutes Of a Meeting",
                                 "News Letter", "BULLETIN", "NEWSLETTER", "Performance Report", "QUARTER TWO 2019",
                                 "Q2 2019 performance", "HIGHLIGHT REPORT", "  Agenda  ", "Surrey Police and Crime Panel",
                                 "ſummons", "daſh", "SUMMONS", "Notice of meeting", "MİNUTES", "agenda pack"]
    kinds = {"agenda_pack": D._T_AGENDA, "minutes": D._T_MINUTES, "highlight_report": D._T_HIGHLIGHT,
             "newsletter": D._T_NEWSLETTER, "performance_report": D._T_PERFORMANCE}
    checks = [(rx, lambda low, k=k: any(n in low for n in D._T_NEEDS[k])) for k, rx in kinds.items()]
    checks.append((re.compile(r"^\s*agenda\s*$", re.I | re.M), lambda low: "agenda" in low))
    for t in texts:
        for rx, may in checks:
            if rx.search(t):
                assert may(t.lower()), (rx.pattern, t)
        assert ("minutes of" in t.lower()) == D._may_say_minutes_of(t), t
        for rx, needs in zip(O._ORG, O._ORG_NEEDS):
            if rx.search(t):
                assert needs in t, t


def test_box_values_opening_as_plain():
    from extract.extractors.measures import boxes
    from extract.extractors.measures.cells import _cell
    for t in _lines_of_texts() + ["** 12%", "  Q1: 5", "<b>7</b> cases", "+ 23.3", "\u00a0 9", "**Q**2", "٣ x", ""]:
        assert boxes._opens_values(t) == bool(boxes._VALUES_OPENING.match(_cell(t))), t
