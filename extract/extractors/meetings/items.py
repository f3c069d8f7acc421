"""Agenda items: numbered lines whose numbers go up, with page ranges and purposes.

An item is "6. Title (Pages 25 - 100)", "Item 5 Title", "39/20 Title", "01.26.03 Title" or
"5a Title" (a sub-item of 5).  Its page range may sit on a later line: the title wraps and
"(Pages 19 - 24)" ends the next line, or the range is printed alone without brackets
("7 - 24").  A number printed alone on its line takes the next line as its title.  A date
or a page range is never an item number."""
from __future__ import annotations

import re
from typing import Optional

from ...model import HEADING, PARAGRAPH, BULLET
from ...loaders.common import ends_with_stop_word
from .entries import _E, _Seg, _is_label
from .patterns import ADDRESS_LINE, _BARE_NO, _DATED_LINE, _ITEM, _PAGES, _PAGE_LINE, _PURPOSE_START
from ...vocab import vocabulary


def _item_no(m: re.Match) -> int:
    return int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))


_ITEM_NOS_RE = re.compile(r"^(?:[A-Z]{2,6}[ /]?|[A-Z] )?(\d{2,3})/")


def _item_nos(m: re.Match) -> set:
    """The numbers an item line may count by: "39/20" is minute 39 of 2020 or item 20 of 2039."""
    nos = {_item_no(m)}
    lead = _ITEM_NOS_RE.match(m.group("num"))
    if lead:
        nos.add(int(lead.group(1)))
    return nos


# the header of a ModernGov web page's item table ("No. Item") joined to the first item's number
_COLUMN_HEAD = re.compile(r"^(?:item\s+)?no\.?\s+(?:item|title|subject|business)\s+(?=\d{1,3}[.):]?$)", re.I)


def _line_text(e: _E) -> Optional[str]:
    """The text of an entry as an item line: a text line, or a table row whose first cell is
    numbered (its other cells, e.g. "(Pages 245 - 266)", run on)."""
    if e.cells is None:
        return e.text
    cs = [c for c in e.cells if c]
    if cs and (_ITEM.match(cs[0]) or (len(cs) > 1 and _BARE_NO.match(cs[0]))):
        return " ".join(cs)
    return None


_WRAPPED_PAGES_RE = re.compile(r"^\d{1,3}[.)]\s+\S")


def _wrapped_pages(entries: list[_E], i: int, end: int, title: str) -> tuple[str, int]:
    """The title with its wrapped lines and page range joined on (up to two lines after entry
    ``i``, none of them an item), and how many lines were taken; (title, 0) when no page range
    ends the wrap."""
    parts = [title]
    for k in range(i + 1, min(end, i + 3)):
        e = entries[k]
        if e.cells is not None or _ITEM.match(e.text) or _BARE_NO.match(e.text) or _is_label(e.text) \
                or _WRAPPED_PAGES_RE.match(e.text):
            break
        parts.append(e.text)
        joined = " ".join(parts)
        pl = _PAGE_LINE.match(e.text)
        if (pl or _PAGES.fullmatch(e.text.strip())) and len(parts) == 2 and k + 1 < end \
                and entries[k + 1].cells is None and (_PAGE_LINE.match(entries[k + 1].text)
                                                      or _PAGES.fullmatch(entries[k + 1].text.strip())):
            break  # a column of page ranges printed apart from the titles: whose is whose is unknown
        if _PAGES.search(joined):
            return joined, k - i
        if pl:
            return " ".join(parts[:-1]) + f" (Pages {pl.group('a')} - {pl.group('b')})", k - i
    return title, 0


_CANDIDATES_RE = re.compile(r"^(?:item\s+)?\d", re.I)
_CANDIDATES_RE2 = re.compile(r"^[A-Z][a-z]+\s+\w+")
_CANDIDATES_RE3 = re.compile(r"[.;:,]$")
_NONE_AFTER = re.compile(r"(?<=\S)\s+(?:None|Nil)(?:\s+(?:declared|received|reported))?$")
# a title in capitals (words of capitals, digits, brackets and dashes) before the minute's text: a resolution, or a
# sentence opening with a capitalised word ("PARISH OF ILKESTON Members were informed ...")
_RUN_IN_CAPS = re.compile(r"^(?P<t>[A-Z][A-Z'’&/()]+(?:\s+(?:[A-Z0-9'’&/(),.]+|[–-]))*?)\s+"
                          r"(?=(?P<d>RESOLVED|AGREED)\b|[A-Z][a-z]+\s+[a-z]+\s+[a-z])")


#: a minute's heading at least this long may have wrapped on to the next line (Kent's "284. Declarations of
#: Disclosable Pecuniary Interests or Other Significant" is 70 characters)
_WRAPPED_TITLE = 45
# the agenda item a minute records, printed after its title ("(Item 4)", "(Agenda Item 4)": Kent CC)
_ITEM_REF = re.compile(r"\s\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\)(?=\s|$)", re.I)
_ITEM_REF_START = re.compile(r"\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\)(?=\s|$)", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?:;]\s*$")


def _candidates(entries: list[_E], seg: _Seg) -> list[tuple]:
    """(entry, match, number, title, purpose) of every numbered line of the segment."""
    cands = []
    k = seg.start
    while k < seg.end:
        e = entries[k]
        k += 1
        text = _line_text(e)
        if text is None:
            continue
        if e.cells is None:
            text = _COLUMN_HEAD.sub("", text)  # "No. Item 1." / "Apologies": a text loader joined the header
        bare = _BARE_NO.match(text) if e.cells is None else None
        if bare and not bare.group("n") and _minute_no_under_item(entries, e, seg, cands):
            continue  # "1. Apologies" / "12/17": the minute number printed under the agenda item's line
        if bare and k < seg.end and entries[k].cells is None and len(entries[k].text) <= 150:
            text = f"{bare.group('num')}. {entries[k].text}"
        elif bare and bare.group("n") and k < seg.end and entries[k].cells is None:
            # a number printed alone whose title a loader ran into the text below it: the number
            # holds its place in the sequence, no item is made of it
            cands.append((e, _ITEM.match(f"{bare.group('n')}. Item"), int(bare.group("n")), None, None))
            continue
        if e.cells is None and e.kind != HEADING and text[:1].isdigit() and "(" in text[:260]:
            ref = _ITEM_REF.search(text, 3, 260)
            if ref:
                # "295. Corporate Parenting Panel - ... Minutes for noting (Item 4) RESOLVED that ...": a minute's
                # title ends at the agenda item it minutes, the text a loader ran on after it is the minute
                text = text[:ref.start()].rstrip()
        m = _ITEM.match(text)
        if not m or (e.kind == BULLET and not _CANDIDATES_RE.match(text)) or ADDRESS_LINE.match(text):
            continue
        title = m.group("title").strip()
        if title[:5] == "That " or title[:5] == "THAT ":
            continue  # "2. That the Capital position be noted": a resolution's part, never an item
        if e.kind == PARAGRAPH and ": " in title[:70] and (lt := _LIST_ITEM_TITLE_RE.match(title)) \
                and _LIST_ITEM_TITLE_RE2.search(lt.group("t")):
            # "2 Apologies" / blank / "were received from: Councillors ...": the title ran on into its minute's
            # sentence, cut at its colon after a small word (Bodorgan CC), as a bullet's (_list_item_title): the
            # number holds its place in the sequence, no item is made of it
            cands.append((e, m, _item_no(m), None, None))
            continue
        if e.kind == PARAGRAPH and seg.kind == "minutes" and len(title) > 30 and (rc := _RUN_IN_CAPS.match(title)) \
                and (len(rc.group("t").split()) >= 2 or rc.group("d")):
            # a minute's title in capitals run in before its text: "73/13 MINUTES RESOLVED that the minutes ..."
            # (Derbyshire CC), "1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes ..."
            # (Haverfordwest TC), "34.12/13 MEMBERSHIP/APPOINTMENT OF NEW INDEPENDENT MEMBER The Chairman referred ..."
            # (Avon and Somerset PCP)
            title = rc.group("t").rstrip(" –-")
        if e.kind == BULLET:
            title = _list_item_title(title)
        elif e.kind == HEADING and k < seg.end and entries[k].cells is None and not bare \
                and entries[k].text[:1].isupper():
            # "284. Declarations of ... or Other Significant" / "Interests in items on the agenda (Item 2) (1) ...":
            # the title wrapped on to the line that ends at the agenda item it minutes (Kent CC; the item's
            # reference may open the line after it)
            nxt = entries[k].text
            ref = _ITEM_REF.search(nxt, 0, 160)
            # (only a title that looks wrapped: long, or ended on a small word -- "5. Budget Monitoring" over
            # "The Cabinet received the quarterly monitoring report (Item 5) and noted ..." is whole)
            wrapped = len(title) >= _WRAPPED_TITLE or ends_with_stop_word(title)
            if ref and ref.start() > 0 and wrapped:
                title = f"{title} {nxt[:ref.start()].strip()}"
            elif len(nxt) <= 100 and not _SENTENCE_END_RE.search(nxt) and k + 1 < seg.end \
                    and entries[k + 1].cells is None and _ITEM_REF_START.match(entries[k + 1].text):
                title = f"{title} {nxt.strip()}"
        if not _PAGES.search(title):
            title, took = _wrapped_pages(entries, e.idx + (1 if bare else 0), seg.end, title)
        purpose = None
        pages = _PAGES.search(title)
        if pages and title[pages.end():].strip():
            after = title[pages.end():].strip()
            if _CANDIDATES_RE2.match(after):
                purpose, title = after, title[:pages.end()].strip()
        elif seg.kind == "agenda":
            cut = _PURPOSE_START.search(title)
            if cut and cut.start() >= 3:
                purpose, title = title[cut.end():].strip(), title[:cut.start()].strip()
        bare_title = _PAGES.sub("", title).strip()
        # a long title is a paragraph, unless it is an agenda item's with its pages printed after it
        # (a table row's title cell, or a numbered line of an agenda)
        longest = 300 if pages and (e.cells is not None or seg.kind == "agenda") else 160
        if e.kind != HEADING and (len(bare_title) > longest or _CANDIDATES_RE3.search(bare_title)):
            # "82/23 Apologies: Cllr. A Edwards sent his apologies." (Blaengwrach CC), "2. APOLOGIES: Mr Minty
            # Scaife, ..." (Pickhill and Sinderby PC): the title, a colon, then its minute on the same line
            head = _list_item_title(bare_title) if ":" in bare_title[:70] else bare_title
            if head is bare_title and bare_title[-1] == ":" and len(bare_title.split()) <= 8:
                head = bare_title[:-1].rstrip()  # "84/23 County Councillor`s Report:", its minute below it
            elif head is bare_title and _full_stop_title(bare_title, seg.kind):
                # ("2307.02 Disclosure of Interests None.": the minute, "None", run on after the title)
                head = _NONE_AFTER.sub("", bare_title[:-1].rstrip()) if seg.kind == "minutes" else bare_title[:-1].rstrip()
            if head is bare_title or not head or _NOT_A_HEAD.search(head) or pages:
                continue
            title = head
        cands.append((e, m, _item_no(m), title, purpose))
    return cands


# (a title's abbreviations end no sentence: "4. Introductory Statement from Mr. I. Johnston, and Crime
# Commissioner.", Gwent PCP -- an honorific's or an initial's full stop, as attendance._SENTENCE_STOP reads them)
_ONE_SENTENCE = re.compile(r"^[A-Z](?:[^.!?:;]|(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bCllr)|(?<=\bRev)|(?<=\bProf))\.|(?<=\s[A-Z])\.){2,118}"
                           r"[a-z0-9)]\.$")


def _full_stop_title(title: str, kind: str) -> bool:
    """A numbered line ended by a full stop that is an item's title, not a numbered paragraph: one
    short sentence on an agenda ("1. To receive apologies for absence.": Eccleshall PC; "5) To approve
    the minutes of ... held on 20 June 2024.": Llangunnor CC), or a few words in minutes ("1. Apologies
    for absence.": Wainfleet All Saints TC).  Whether it is an item still rests on its number following
    the item before."""
    if not _ONE_SENTENCE.match(title) or _NOT_A_HEAD.search(title[:-1]):
        return False
    return kind == "agenda" or len(title.split()) <= 5


_AGENDA_NO_LINE = re.compile(r"^(?P<n>\d{1,3})[.)]\s+(?P<t>[A-Z].{1,150}?)[;:,]?$")


def _minute_no_under_item(entries: list[_E], e: _E, seg: _Seg, cands: list) -> bool:
    """A minute number alone on its line ("01/22") right under a numbered agenda line ("1. Election
    of the Chairman of the Council;"): the minutes number the item a second way (ModernGov and CMIS
    minutes print both).  The agenda line is made the candidate (its closing ";" cut) when its
    punctuation kept it out."""
    above = entries[e.idx - 1] if e.idx > seg.start else None
    am = _AGENDA_NO_LINE.match(above.text) if above is not None and above.cells is None else None
    im = _ITEM.match(f"{am.group('n')}. {am.group('t')}") if am else None
    if im is None:
        return False
    if not (cands and cands[-1][0] is above):
        cands.append((above, im, int(am.group("n")), am.group("t"), None))
    return True


_LIST_ITEM_TITLE_RE = re.compile(r"^(?P<t>[A-Z][^:;.]{1,60}?)\s*:\s+\S")
_LIST_ITEM_TITLE_RE2 = re.compile(r"\b(?:that|of|to|and|the|a|an|for|by|from|with|was|were|is|are)$", re.I)


# a numbered sentence with a colon is no "Title: minute" line: "1. The Clerk reported: ...", "2. Resolved: ..."
_NOT_A_HEAD = re.compile(r"(?:ed|said)$|^(?:resolved|agreed|decision|recommendations?|action|noted|note|proposed|"
                         r"seconded|moved|carried|that|it|there|this|these|members?|the\s+\w+\s+\w+)\b", re.I)


def _list_item_title(text: str) -> str:
    """The title of a numbered list item that carries its minute after a colon ("3. Planning:
    no applications." -> "Planning"); the whole text when no short title leads it."""
    m = _LIST_ITEM_TITLE_RE.match(text)
    if m and len(m.group("t").split()) <= 8 and not _LIST_ITEM_TITLE_RE2.search(m.group("t")):
        return m.group("t")
    return text


def _sequence(cands: list[tuple]) -> list[tuple]:
    """The candidates whose numbers go up by one (a lettered sub-item "5a" follows 5)."""
    found = []
    expect = None
    last_kind = None
    for c_i, (e, m, n, title, purpose) in enumerate(cands):
        if title is None:
            if expect == n:
                expect = n + 1
            continue
        sub = bool(m.group("sfx"))
        nos = _item_nos(m)
        if expect is not None and expect in nos:
            n = expect
        elif expect is None and len(nos) > 1 and any(
                (nos & {x - 1 for x in _item_nos(c[1])}) for c in cands[c_i + 1:c_i + 3]):
            n = min(x for x in nos if any(x + 1 in _item_nos(c[1]) for c in cands[c_i + 1:c_i + 3]))
        if expect is not None:
            # minute numbers may jump (a gap in the printed numbering) when the line looks like the
            # items before it: an ALL-CAPS title after ALL-CAPS titles
            jump = expect < n <= expect + 15 and found and title.isupper() and all(
                f[2].isupper() for f in found)
            # a number the paper skipped ("5 Clerks Report" then "7 Correspondence" in a list of
            # items): one missing number, in the same kind of entry as the item before
            jump = jump or (n == expect + 1 and found and not sub and e.kind in (BULLET, HEADING)
                            and e.kind == last_kind and m.group("n") is not None)
            if n != expect and not (sub and n == expect - 1) and not jump:
                continue
        elif e.kind != HEADING:
            # a paragraph starts the sequence only when the next numbered line continues it
            if not any(_item_nos(c[1]) & {n, n + 1} for c in cands[c_i + 1:c_i + 3]):
                continue
        pages = _PAGES.search(title)
        ps = pe = None
        if pages:
            ps = int(pages.group("a"))
            pe = int(pages.group("b") or pages.group("a"))
            title = (title[:pages.start()] + title[pages.end():]).strip()
        found.append((e.idx, m.group("num"), _without_paper_link(title).strip(" -–:"), ps, pe, purpose))
        last_kind = e.kind
        expect = n if sub else n + 1
        if not sub and c_i + 1 < len(cands) and cands[c_i + 1][1].group("sfx") and cands[c_i + 1][2] == n:
            expect = n  # "5" then "5a": the sub-items come first
    # a sequence restarting at the same number keeps the first run only
    return found


def _without_paper_link(title: str) -> str:
    """A title without the link to its paper ("... pdf icon PDF 167 KB": words.toml paper_link)."""
    return vocabulary().pattern("paper_link").sub("", title)


# a title: capitalised, at most 120 characters, no sentence's end, no label's colon
_ISSUE_TITLE_LINE = re.compile(r"[A-Z][^:.!?]{2,119}")


def _issue_item(entries: list[_E], seg: _Seg) -> list[tuple]:
    """The one item of a ModernGov issue page's meeting ("Meeting: ... (Item 46)"): its title on
    the header line run on, or on the line "46 101 Update" just below it."""
    n, title, idx = seg.kv["issue_item"], seg.kv.get("issue_title"), seg.start
    if not title:
        for e in entries[seg.start + 1:min(seg.end, seg.start + 4)]:
            m = re.match(rf"^{re.escape(n)}\.?\s+(?P<t>\S.*)$", e.text) if e.cells is None else None
            if m:
                title, idx = m.group("t"), e.idx
                break
    nxt = entries[seg.start + 1] if seg.start + 1 < seg.end else None
    line = nxt.text if nxt is not None and nxt.cells is None else ""
    if (cut := _PURPOSE_START.search(line)) and cut.start() >= 3:
        line = line[:cut.start()].strip()  # ("... of the Council To consider and make recommendations ...": run on)
    if not title and line and _ISSUE_TITLE_LINE.fullmatch(line) and not _is_label(line):
        # the item's title on the line under the meeting's, unnumbered ("Meeting: 10/05/2018 - Statutory Annual
        # Council (Item 8)" / "Election of Chairman": Maldon DC; "... Council (Item 74)" / "Nominations for the
        # Offices of Chairman and Vice-Chairman of the Council": New Forest DC)
        title, idx = line, nxt.idx
    title = _without_paper_link(title or "").strip(" -–:")
    return [(idx, n, title, None, None, None)] if title else []


_ITEMS_RE = re.compile(r"\b(?:[A-Z] ){3,}")
# a line opening with a number ("4. Declarations of Interest: ...", "3) To record declarations ...")
_LEADING_NO = re.compile(r"^(?:item\s+)?(\d{1,3})[.)]?\s", re.I)


def _next_item_line(text: str, n: str) -> bool:
    """``text`` opens with the number after item ``n``'s: the next item, missed (its title too long or ended
    by a full stop), never item ``n``'s purpose ("3. Apologies for absence" / "4. Declarations of Interest: Code
    of Local Government Conduct Members are reminded ...", North Wales PCP; "2) Agree notice of Motion ..." /
    "3) To record declarations of interest ...", Trimdon Foundry PC)."""
    m = _LEADING_NO.match(text)
    return bool(m) and n.isdigit() and int(m.group(1)) == int(n) + 1


def _items(entries: list[_E], seg: _Seg) -> list[tuple[int, str, str, Optional[int], Optional[int], Optional[str]]]:
    """(entry index, number, title, page_start, page_end, purpose) of each item.

    Items are numbered lines whose numbers go up by one.  A heading starts the
    sequence on its own; a numbered paragraph does when the next numbered line
    continues it.  A purpose a converter joined to its title ("(Pages 1 - 8) To
    approve ...") is cut off."""
    if seg.kv.get("issue_item"):
        return _issue_item(entries, seg)
    found = _sequence(_candidates(entries, seg))
    out = []
    for k, (idx, n, title, ps, pe, purpose) in enumerate(found):
        if seg.kind == "agenda" and purpose is None:
            nxt = entries[idx + 1] if idx + 1 < len(entries) else None
            if nxt is not None and nxt.kind == PARAGRAPH and nxt.cells is None \
                    and (k + 1 >= len(found) or nxt.idx < found[k + 1][0]) \
                    and not _is_label(nxt.text) and not _DATED_LINE.match(nxt.text) \
                    and not _PAGES.search(nxt.text) and not _PAGE_LINE.match(nxt.text) \
                    and len(nxt.text.split()) >= 3 and not _ITEMS_RE.search(nxt.text) \
                    and not _next_item_line(nxt.text, n):
                purpose = nxt.text
        elif seg.kind != "agenda":
            purpose = None
        out.append((idx, n, title, ps, pe, purpose))
    return out


def _item_at(items, idx: int) -> Optional[tuple]:
    cur = None
    for it in items:
        if it[0] <= idx:
            cur = it
        else:
            break
    return cur
