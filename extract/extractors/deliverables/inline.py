"""Action lines of minutes and board notes: "Action – LG to provide numbers of ...",
"ACTION: Chief Executive to circulate the report by 31 March 2025", "Action Point: HS to provide an
update to ...", "Action from last meeting: Clerk to add ... to next agenda".

A line is an action only when a label opens it ("Action", "Actions", "Action point", "Action from
(the) last meeting", then a colon or dash; or "Action" straight before an owner's initials, "Action PF
to discuss ...") and its words are an owner and what the owner is to do: one to five capitalised
words or initials ("LG", "DCC Nickless", "Paul and Sarah", "The Clerk", "Chief Executive"; a team with the
person's initials in brackets, "Community Operations (KS)") then "to"
and a verb.  The action is the line's words after the label (a lower-case line after it continues
them); the owner is the lead; the due date is a "by <date>" / "before <date>" the words name
(a day, month, quarter, season or financial period; "by the next meeting" names none).  Each
further sentence of the line that is itself an owner and "to" ("NA to pick up with ... . NM to pick up
with ...") is an action of its own.  An action closed by its owner in brackets ("Action: Circulate the
slides (JB)", "Action item: Review comments received ... (all)") is one too: initials that spell none
of the words before them (not "anti-social behaviour (ASB)") or a role.  Anything else after a label ("ACTION: Work will continue ...",
"Action – It was agreed that ...", a label with only an owner, "Action: Clerk") is no action.
"""
from __future__ import annotations

import re
from typing import Optional

from ...normalise.due import parse_due
from ...normalise.labels import ACTION_LABEL
from ...vocab import vocabulary
from .parts import _Entry, _Source

# the label: "Action", "ACTION", "Actions", "Action point(s)", "Action from (the) last/previous meeting",
# with the action's reference before a colon or dash ("Action DB10-01:", "Action 2.1-", "Action Point (a):")
_REF = r"(?:\s+(?:\(\s*[a-z]\s*\)|[A-Z]{0,4}\d{1,3}(?:[./-]\d{1,3}){0,2}[a-z]?))?"
_LABEL = re.compile(
    r"^[\s•·*_\-–]{0,4}(?i:actions?(?:\s+(?:points?|items?))?(?:\s+from\s+(?:the\s+)?(?:last|previous)\s+meeting)?)"
    rf"(?:{_REF}[*_]{{0,2}}\s*[:–—-]+[*_]{{0,2}}\s*|\s+(?=[A-Z]{{2,4}}\s+to\s))(?P<body>\S.*)$")
# an action quoted after its label ("Action DB10-01: ‘Officials to work with ... meeting.’ A paper was
# prepared ..."): the action is the quotation; what follows it is the update.  The closing quote is one
# before a capital, a line's end or a stop ("area’.  Briefing"), never an apostrophe ("Board’s", "members’ views")
_QUOTED = re.compile(r"^[‘“'\"](?P<q>\S.*?\S)[’”'\"](?=[.;,]?(?:\s+[A-Z(]|\s*$))")
_WORD = r"(?:[A-Z][A-Za-z.'’/-]*)"
# an owner and "to" and a verb (a lower-case word that is no article: "Letter to the ..." is no owner)
_OWNER = re.compile(
    rf"^(?P<owner>(?:[Tt]he\s+)?{_WORD}(?:\s+(?:and|&)\s+{_WORD}|,\s*{_WORD}|\s+{_WORD}|\s+of\s+{_WORD}){{0,4}}"
    r"(?:\s+\([A-Z]{2,4}(?:/[A-Z]{2,4})*\))?)"   # the person's initials after a team: "Community Operations (KS)"
    r"\s+to\s+(?!(?:the|a|an|all|this|that|these|those|its|their|his|her)\b)(?P<verb>[a-z][a-z'-]+)\b")
# the same owner and "will" and a verb ("Action: The Secretariat will follow up with stakeholders ..."): an
# action only when the owner is one (_owner: initials, a role, several capitalised words), never "will be"
# ("Action: Members will be updated ...": passive) nor "ACTION: Work will continue ..." (a thing)
_OWNER_WILL = re.compile(_OWNER.pattern.replace(r"\s+to\s+", r"\s+will\s+(?!(?:be|not)\b)", 1))
_ROLE_WORDS = frozenset(w.lower() for w in vocabulary().words("deliverables_owner_role"))
_NOT_OWNER = frozenset(w.lower() for w in vocabulary().words("deliverables_not_owner"))
_INITIALS = re.compile(r"^[A-Z]{2,5}(?:[/&][A-Z]{2,5})*$")


def _owner(m: re.Match) -> Optional[str]:
    """The owner an action line names, None when its subject is no one ("Report to be circulated",
    "Letter to go to the Home Office", "Minutes to come back ...")."""
    owner = m.group("owner")
    words = owner.split()
    if len(words) > 1 and words[-1].startswith("("):
        words = words[:-1]      # (initials in brackets after the owner: the owner is the words before)
    last = words[-1].lower().strip(".,")
    if m.group("verb") == "be" or last in _NOT_OWNER:
        return None
    if len(words) == 1 and not _INITIALS.match(owner) and last not in _ROLE_WORDS:
        return None
    return owner


# a sentence end: a period after two lower-case letters or figures ("Rymarz. NM to ..."; not "Mr. Smith")
_SENTENCE = re.compile(r"(?<=[a-z0-9)]{2}[.;])\s+(?=[A-Z])")
_BY = re.compile(r"\b(?:by|before)\s+", re.I)
# a label on a line of its own over a list of actions ("Actions", "Agreed actions:", "## Action points")
_LABEL_ALONE = re.compile(
    r"^[\s#*_]{0,4}(?i:(?:agreed\s+)?actions?(?:\s+points?|\s+agreed)?)[*_]{0,2}\s*:?[*_]{0,2}\s*$")
_ITEM_MARK = re.compile(rf"^(?:[•·*\-–o]|{ACTION_LABEL})\s+")
_MAX_LISTED = 20
_NO_DATE_KINDS = ("year", "word", "text", "empty")
_RAW_FORMATS = ("text", "markdown")
# a line that may open with a label (_LABEL or _LABEL_ALONE): documents with none stop at one search
# (searched in the text after one more newline, each line start then a newline: re scans for that literal,
# where "^" was tried at every place)
_CAND = re.compile(r"\n[ \t\u2022\u00b7*_#\-\u2013]{0,6}(?i:(?:agreed\s+)?action)")


def _due(body: str) -> Optional[str]:
    """The "by <date>" the words name ("by 31 March 2025", "by the end of Q3 2025/26"), as printed."""
    for m in _BY.finditer(body):
        words = body[m.start():].split()
        for n in range(min(len(words), 7), 1, -1):
            cand = " ".join(words[:n]).rstrip(".,;:)")
            if parse_due(cand).kind not in _NO_DATE_KINDS:
                return cand
    return None


# an action with its owner in brackets at the end ("Action: Circulate the slides (JB)", "Action item:
# Review comments received during public comment forum (all)"): two or more words, then the owner
_BRACKET_OWNER = re.compile(r"^(?P<act>[A-Z][a-z]+\s+[^()]*?\S)\s*\((?P<owner>[^()]{2,16})\)[.;]?$")


_HYPHEN_OR_SLASH = re.compile(r"[-/]")


def _is_acronym(letters: str, words: list[str]) -> bool:
    """True when ``letters`` (capitals) are the initials of some of ``words`` in order ("anti-social
    behaviour (ASB)", "Police and Crime Commissioner (PCC)"): the bracket spells out words, no owner."""
    it = iter(p[:1].lower() for w in words for p in _HYPHEN_OR_SLASH.split(w) if p)
    return all(c in it for c in letters.lower())


_SLASH_OR_AMPERSAND = re.compile(r"[/&]")


def _bracket_owner(body: str) -> list[tuple[str, Optional[str]]]:
    """(action, owner) of an action whose owner is the bracket closing it: initials that spell
    none of the words before them, or a role ("all", "Clerk"); anything else in the bracket
    ("(Appendix A)", "(Complete)", "(ASB)") makes no action."""
    m = _BRACKET_OWNER.match(body)
    if not m:
        return []
    owner, act = m.group("owner").strip(), m.group("act")
    if _INITIALS.match(owner):
        if _is_acronym(_SLASH_OR_AMPERSAND.sub("", owner), act.split()):
            return []
    elif owner.lower() not in _ROLE_WORDS:
        return []
    return [(act, owner)]


def _actions(body: str) -> list[tuple[str, Optional[str]]]:
    """(action, owner) of each sentence of ``body`` that is an owner and "to", or of ``body`` when
    its owner closes it in brackets (_bracket_owner)."""
    out: list[tuple[str, str]] = []
    for s in _SENTENCE.split(body):
        m = _OWNER.match(s)
        if m:
            out.append((s.strip(), _owner(m)))
        elif (w := _OWNER_WILL.match(s)) is not None and (owner := _owner(w)) is not None:
            out.append((s.strip(), owner))
        elif out:  # a sentence that is no action goes on the action before it
            out[-1] = (f"{out[-1][0]} {s.strip()}", out[-1][1])
        else:
            return _bracket_owner(body)
    return out


def _lines(doc, entries: list[_Entry], runs, src: Optional[_Source] = None) -> list[tuple[_Entry, str]]:
    """(entry, line) of every printed line outside tables and the deliverables runs read.  A text or
    Markdown loader joins the lines of a paragraph into one, so their lines come from the raw text
    (each with the entry it is part of); a PDF's or web page's from its entries."""
    spans = []
    for run, end in runs:
        if doc.format in _RAW_FORMATS:
            a = entries[run.start].block.line or 0
            b = entries[end].block.line if end < len(entries) else None
            spans.append((a, b or 1 << 30))
        else:
            spans.append((run.start, max(end, run.start + 1)))
    if doc.format not in _RAW_FORMATS:
        return [(e, e.text) for k, e in zip(_outside(spans, len(entries)), entries) if k and e.cells is None]
    if not doc.raw_text or not entries:
        return []
    src = src or _Source(doc.raw_text, entries)
    starts, raw = src.starts, src.raw
    out = []
    k, last = 0, len(starts) - 1  # the entry of line no: the last k with starts[k] <= no (k = 0 when none)
    for no, t, keep in zip(range(1, len(raw) + 1), raw, _outside(spans, len(raw) + 1, 1)):
        if keep and "\t" not in t and (s := t.strip()) and s[0] != "|":
            while k < last and starts[k + 1] <= no:  # (= bisect_right(starts, no) - 1: no only grows)
                k += 1
            out.append((entries[k], s))
    return out


def _outside(spans: list[tuple[int, int]], n: int, first: int = 0) -> list[bool]:
    """For each k of range(first, n): True when no span (a, b) holds it (a <= k < b); the same as
    testing every span at every k (tests/test_perdoc6.py), in one pass over the spans."""
    keep = [True] * (n - first)
    for a, b in spans:
        a, b = max(a, first), min(b, n)
        if a < b:
            keep[a - first:b - first] = [False] * (b - a)
    return keep


def _listed(lines: list[tuple[_Entry, str]], i: int) -> list[tuple[_Entry, str, str, Optional[str]]]:
    """The actions listed under a label line of their own ("Actions", "Agreed actions:"): each line
    after it that is an owner and "to" (a bullet or number before it allowed), up to the first that is not."""
    out = []
    for e, t in lines[i + 1:i + 1 + _MAX_LISTED]:
        body = _ITEM_MARK.sub("", t, count=1)
        m = _OWNER.match(body)
        if not m:
            break
        out.append((e, body, _owner(m), _due(body)))
    return out


def inline_actions(doc, entries: list[_Entry], runs,
                   src: Optional[_Source] = None) -> list[tuple[_Entry, str, str, Optional[str]]]:
    """(entry, action, owner, due text) of every action line outside the tables and the runs read."""
    if doc.format in _RAW_FORMATS and not _CAND.search("\n" + (doc.raw_text or "")):
        return []   # no line opens with "Action": most documents stop here
    lines = _lines(doc, entries, runs, src)
    out = []
    for i, (e, t) in enumerate(lines):
        if "ction" not in t[:24].lower():
            continue
        m = _LABEL.match(t)
        if not m:
            if _LABEL_ALONE.match(t):
                out.extend(_listed(lines, i))
            continue
        body = m.group("body").strip()
        j = i + 1  # a wrapped line of the same paragraph going on in lower case
        while j < len(lines) and lines[j][0].block is e.block and lines[j][1][:1].islower():
            body = f"{body} {lines[j][1]}"
            j += 1
        if (q := _QUOTED.match(body)) is not None:
            body = q.group("q")
        for action, owner in _actions(body):
            out.append((e, action, owner, _due(action)))
    return out
