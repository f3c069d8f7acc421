"""People: honorifics, names, roles and organisations in lists and prose."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from ...vocab import vocabulary
from .text import _WS, _compact

# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------

#: the titles that are initials of a post ("PCC Smith"; "PCC Link Officer" is a post of its own: _POST_TITLE_JOB)
_POST_TITLES = r"ACC|DCC|PCC"
#: the honorifics, each a form beginning with a capital (in the order they are tried)
_HON_FORMS = (
    *(rf"{place}\s+(?:Cllrs?\.?|Councillors?)" for place in ("Borough", "County", "District", "City", "Town", "Parish",
                                                           "Cty")),
    r"[A-Z]/Cllr", r"Cllrs?\.?", r"Councillors?", r"Dr\.?", r"Mr\.?", r"Mrs\.?", r"Ms\.?", "Miss", r"Mx\.?", "Sir", "Dame",
    "Lord", "Lady", r"Prof\.?", "Professor", r"Rev(?:d|\.)?", "Reverend", "Canon", "Baroness", "Baron", "Major", "Colonel",
    r"Col\.?", r"Capt\.?", "Captain", r"Lt\.?", r"Ch\s?Supt\.?", r"Supt\.?", r"Insp\.?", "Inspector", "Superintendent",
    r"Chief\s+Superintendent", r"Chief\s+Inspector",
    # ("Deputy Chief Constable Tim Madgwick": the whole rank, never "Chief Constable" alone)
    r"Deputy\s+Chief\s+Constable", r"Assistant\s+Chief\s+Constable", r"Temporary\s+Chief\s+Constable",
    r"Chief\s+Constable", *_POST_TITLES.split("|"))
_HON = f"(?:{'|'.join(_HON_FORMS)})"


def _by_first_letter(forms: tuple) -> str:
    """``forms`` as one alternation of one branch per capital ("C(?:ounty...|llrs?\\.?|...)"), each
    holding the rest of the forms that begin with it, in their order: the same matches as the plain
    alternation (at one place only forms of the letter there can match, tried in the same order), and a
    pattern that begins with it is searched for by a scan for its first letters (``re`` tries each
    place where one is, where a pattern opening with a look-ahead is tried at every place)."""
    rests: dict[str, list[str]] = {chr(c): [] for c in range(ord("A"), ord("Z") + 1)}
    for f in forms:
        if f.startswith("[A-Z]"):
            for rest in rests.values():
                rest.append(f[5:])
        else:
            assert f[:1] in rests and f[1:2] not in "?*+{", f
            rests[f[0]].append(f[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(r)})" for c, r in rests.items() if r) + ")"


# a whole-text scan for titled names: _HON by first letter
HON_AT = _by_first_letter(_HON_FORMS)
_HON_SEQ = re.compile(rf"\b{_HON}(?:\s+{_HON})*(?=\s+[A-Z])")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]*[’'][A-Z]?[a-z]+|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|"
                        r"(?:Mc|Mac)[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]\.?)$")
PARTICLES = frozenset(vocabulary().words("name_particles"))
#: a council's type abbreviated after its place ("Barnsley MBC"; words.toml council_type_abbreviations)
COUNCIL_TYPES = tuple(vocabulary().words("council_type_abbreviations"))
_POSTNOM = re.compile(r"^(?:[A-Z]{2,5}|MPhil|MSc|MA|BA|BSc|PhD|LLB|LLM|MBA|FCA|CPFA|QPM|KPM|"
                      r"Hon|JP|DL|BEM|MBE|OBE|CBE|KBE|DBE|CVO|MP|MEP)\.?,?$")
_NOT_POSTNOM = frozenset(vocabulary().words("not_postnominals"))
_ROLE_WORDS = {
    "chairman": "chairman", "chair": "chairman", "chairperson": "chairman", "chairwoman": "chairman",
    "vicechairman": "vice_chairman", "vicechair": "vice_chairman", "vicechairperson": "vice_chairman",
    "deputychair": "vice_chairman", "deputychairman": "vice_chairman",
    "inthechair": "chairman",  # "The Mayor, Cllr. D. Hobson (DH) (in the chair)." (Louth TC)
    # a town's or borough's mayor chairs its council, the deputy mayor is its vice-chairman (Local Government Act
    # 1972 s.245): "Cllr A Buckfield (Mayor)" (Haverfordwest TC), "A Midwinter (Town Mayor)", "P Cowell (Deputy
    # Mayor)" (Thame TC) -- a post, never an organisation
    "mayor": "chairman", "townmayor": "chairman", "deputymayor": "vice_chairman", "deputytownmayor": "vice_chairman",
    # a Scottish committee's chair: "Stephen Thompson (Convener)", "Ian Blake (Vice Convener)" (Dumfries and
    # Galloway); "The Convener (Bob Doris)" (Scottish Parliament)
    "convener": "chairman", "convenor": "chairman", "viceconvener": "vice_chairman", "viceconvenor": "vice_chairman",
    "deputeconvener": "vice_chairman", "deputeconvenor": "vice_chairman",
    "substitute": "substitute", "substitutemember": "substitute",  # "Cllr A Franey (substitute), ..."
}
_ORG_WORDS = re.compile(
    r"\b(?:Council|Borough|County|District|City|Parish|Town|Police|OPCC|Office|Authority|"
    r"Service|Services|Trust|Partnership|Commissioner|Panel|Board|Group|University|College|"
    rf"{'|'.join(COUNCIL_TYPES)}|NHS|Ltd|Limited|Association|Constabulary|Independent|Co-opted|Member)\b")
_OFFICER_WORDS = re.compile(
    r"\b(?:Officer|Executive|Head|Lead|Manager|Director|Co-?ordinator|Clerk|Advis[eo]r|Analyst|"
    r"Solicitor|Counsel|Treasurer|Secretary|Superintendent|Inspector|Constable|Scrutiny|Support|"
    r"Democratic|Legal|Finance|CEO|CFO)\b", re.I)


@dataclass
class _Person:
    name: str
    title: str = ""
    role: Optional[str] = None
    org: str = ""
    note: str = ""
    post: str = ""  # post-nominals as printed ("OBE", "CBE, DL"); never part of ``title``


_PLURAL_TITLE = re.compile(r"(?i)(councillors|cllrs)(\.?)")


def singular_title(word: str) -> "str | None":
    """The singular of a plural title ("Councillors" -> "Councillor", "Cllrs." -> "Cllr."); None for
    any other word."""
    m = _PLURAL_TITLE.fullmatch(word or "")
    if m is None:
        return None
    return ("Councillor" if m.group(1).lower() == "councillors" else "Cllr") + m.group(2)


_DOTS_AND_SPACES = re.compile(r"[.\s]+")


def _norm_name(n: str) -> str:
    """The name lower-cased, its dots and runs of spaces one space, stripped: ``_DOTS_AND_SPACES.sub(" ",
    ...).strip()`` read as the runs between dots and spaces joined (``str.split`` and ``re``'s ``\\s``
    test the same characters: one pattern search fewer, asked for every name the minutes print)."""
    return " ".join(n.replace("’", "'").replace(".", " ").split()).lower()


def _role_of(s: str) -> Optional[str]:
    return _ROLE_WORDS.get(_compact(s))


@lru_cache(maxsize=1)
def _job_words() -> tuple[frozenset, re.Pattern]:
    """(words.toml job_words, a pattern of a job title printed before a name: "Chief Finance Officer
    " in "Chief Finance Officer Helen King"), read at first use."""
    v = vocabulary()
    ends = "|".join(re.escape(w) for w in v.words("job_title_end"))
    return (frozenset(v.words("job_words")),
            re.compile(rf"^(?P<job>(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,3}}(?i:{ends}))\s+(?=[A-Z])"))


def _is_name_word(w: str) -> bool:
    return bool(_NAME_WORD.match(w)) and not _POSTNOM.match(w) and w not in ("And", "The", "Of") \
        and w.lower() not in _job_words()[0]  # "Monitoring Officer" is a job, never a name


_INITIAL = re.compile(r"[A-Z]\.?")


def _split_run(words: list[str], known: set) -> list[list[str]]:
    """Split a run of name words printed without separators into names."""
    if len(words) <= 3 or all(_INITIAL.fullmatch(w) for w in words[:-1]):
        return [words]  # "N J D Chard", "M A J Hood": initials then one surname are one name
    out = []
    i = 0
    while i < len(words):
        for k in (4, 3, 2):
            if i + k <= len(words) and _norm_name(" ".join(words[i:i + k])) in known:
                out.append(words[i:i + k])
                i += k
                break
        else:
            rem = len(words) - i
            k = 3 if rem == 3 else 2 if rem >= 2 else 1
            if k == 1 and out:
                out[-1].append(words[i])
            else:
                out.append(words[i:i + k])
            i += k
    return out


def _name_run(text: str) -> tuple[list[str], str]:
    """Leading name words of ``text`` and the rest."""
    words = text.split()
    run = []
    for w in words:
        core = w.rstrip(",;:")
        if core.endswith(".") and len(core) > 2 and core[-2].isalpha() and core[-3].isalpha() \
                and _is_name_word(core[:-1]) and not _is_name_word(core):
            core = core[:-1]  # a surname ending the sentence: "Cllr Martin Windridge."
        if _is_name_word(core) or (run and core.lower() in PARTICLES):
            run.append(core)
            if core != w:  # a comma ends the name
                break
        else:
            break
    rest = " ".join(words[len(run):])
    if run and words[len(run) - 1] != run[-1]:
        rest = words[len(run) - 1][len(run[-1]):] + (" " + rest if rest else "")
    return run, rest.strip()


def is_postnominal(chunk: str) -> bool:
    """A chunk of a comma-separated list that is a post-nominal ("Sir Paul Carter, CBE", "Mr R C
    Love, OBE,"): it belongs to the name before it, never a person of its own."""
    c = chunk.strip(" .")
    return bool(_POSTNOM.match(c)) and c.rstrip(",") not in _NOT_POSTNOM


def _postnominals(rest: str) -> tuple[str, str]:
    toks = rest.split()
    got = []
    for t in toks:
        if _POSTNOM.match(t) and not _role_of(t.strip("()")) and t.rstrip(".,") not in _NOT_POSTNOM:
            got.append(t)
        else:
            break
    return " ".join(got).strip(" ,"), " ".join(toks[len(got):])


_SPACED_DASH = re.compile(r"\s+[–—-]\s+")


def _dash_org(p: _Person, text: str) -> None:
    """The organisation after a dash ("Councillor A Smith (Chair) – Herefordshire Council"); in a flattened
    list it ends at the next spaced dash, a role may follow it ("Councillor Debbie Mason – Rushcliffe
    Borough Council – Vice-Chair Mayor Kate Allsop – ...")."""
    org, *more = _SPACED_DASH.split(text)
    if not p.org:
        p.org = org
    if more and more[0].split() and _role_of(more[0].split()[0]) and not p.role:
        p.role = _role_of(more[0].split()[0])


_NAME_WITH_BRACKETED_NAME = re.compile(r"^([A-Z][a-z]+)\s+\([A-Z][a-z]+\)\s+(?=[A-Z][a-z]+\b)")
_BRACKETED = re.compile(r"\([^()]*\)")
_COUNCILLOR_END = re.compile(r"\b(?:Councillors?|Cllrs?)\.?$")
_INDEPENDENT_MEMBERS = re.compile(r"(?i)(?:co-opted\s+)?independent\s+(?:co-opted\s+)?members?")
_NAME_SEPARATOR = re.compile(r",|;|\band\b|&|(?<=\))\s+(?=[A-Z])")
_BRACKETED_TEXT = re.compile(r"\(([^()]*)\)")
_LEADING_DASH = re.compile(r"^[–—-]\s+(?=[A-Z])")
# a chunk ended by a spaced dash, and the names then a council before it ("K. Bender Caerphilly County Borough
# Council - ", "C.P. Mann and K.V. Reynolds Torfaen County Borough Council - "): the last name initials and a surname
_DASH_END = re.compile(r"\s[–—-]\s*$")
_NAMES_THEN_ORG = re.compile(r"^(?P<names>.*?\b(?:[A-Z]\.\s?)+[A-Z][\w'’-]+)\s+(?P<org>[A-Z][^–—-]*?)\s*[–—-]\s*$")
# a name, a spaced dash, an organisation ("K.V. Reynolds - Caerphilly County Borough Council")
_NAME_DASH_ORG = re.compile(rf"^(?P<hon>{_HON}(?:\s+{_HON})*\s+)?(?P<name>[A-Z][^()–—-]{{0,40}}?)\s+[–—-]\s+(?P<org>[A-Z].+)$")


#: the words that end an organisation's name, never a person's
_ORG_TYPE_WORDS = frozenset(("Council", "Borough", "Authority", "Constabulary"))


def _name_before_org(run: list[str], title: str) -> list[_Person]:
    """The one person whose name opens a run of capitalised words that goes on into an organisation's name:
    initials and a surname, or two words; the organisation (its place, then its type words) when printed whole."""
    j = min(k for k, w in enumerate(run) if w in _ORG_TYPE_WORDS)
    n = 0
    while n < j and _INITIAL.fullmatch(run[n]):
        n += 1
    end = n + 1 if n else 2  # (initials and one surname, else a first name and a surname)
    if not n and j == 1 and title:
        return [_Person(run[0], title, None, "")]  # "Councillor Smith Borough Council": a surname alone
    if end > j or end >= j and not n:
        return []
    org_end = j
    while org_end < len(run) and run[org_end] in _ORG_TYPE_WORDS:
        org_end += 1
    org = " ".join(run[end:org_end]) if end < j else ""
    return [_Person(" ".join(run[:end]), title, None, org)]


def _parse_titled_chunk(title: str, text: str, known: set) -> list[_Person]:
    """One chunk starting after its honorifics: "Stanka Adamcova, Swindon
    Borough Council (Vice-Chairman)", "Elizabeth Threlfall, Denisa Ahmeti and
    Louise Williams", "Elizabeth Threlfall Denisa Ahmeti Louise Williams"."""
    people: list[_Person] = []
    # a first name's nickname in brackets inside the name, "Festim (Bob) Doko": not an organisation
    text = _NAME_WITH_BRACKETED_NAME.sub(r"\1 ", text.strip(" ,;"))
    run, rest = _name_run(text)
    if not run:
        return people
    if len(run) > 2 and _ORG_TYPE_WORDS.intersection(run):
        # "R Henry Stevenage Borough Council Mayor Dorothy Thornhill, Mayor of Watford A White, Herts Police
        # Authority" (Hertfordshire PCP, a page flattened by its host): the name ends where its council's place
        # begins; whose the words after the council are is unknown, so none is read
        return _name_before_org(run, title)
    post, rest = _postnominals(rest)
    names = _split_run(run, known) if title or len(run) > 3 else [run]
    first = True
    for ws in names:
        people.append(_Person(" ".join(ws), title if first else "", None, ""))
        first = False
    if post:
        people[0].post = post
    if rest.split() and rest.split()[0].lower() in _job_words()[0] and not _HON_SEQ.search(rest) \
            and "(" not in rest:
        # the job printed straight after the name, no comma: "Mr W Grosvenor Clerk and Executive
        # Officer to Melton Parish Council" (one person and their job, not two people)
        people[-1].org = rest.strip(" ,.")
        return people
    # further names after commas / "and"; a role or organisation in parentheses or
    # after a comma belongs to the name before it
    # the plural may come before the first name's own title ("Councillors Mrs Newell and Councillor
    # Seaton"): that name is "Councillor Mrs", the names after it "Councillor"
    tw = title.split() if title else []
    pk = next((k for k, w in enumerate(tw) if singular_title(w)), None)
    plural = pk is not None
    sing = ""
    if plural:
        one = singular_title(tw[pk])
        first_title = " ".join(tw[:pk] + [one] + tw[pk + 1:])
        sing = " ".join(tw[:pk] + [one])
        for p in people:
            p.title = p.title.replace(title, first_title, 1) if p.title.startswith(title) else (p.title or sing)
    masked = _BRACKETED.sub(lambda m: m.group(0).replace(",", "\x02").replace(" and ", " \x03 ")
                    .replace("&", "\x04"), rest)  # ("(ELDC & CC)" is one bracket)
    # ("Professor A James Dr A Billings (Police and Crime Commissioner) M Buttery, ...": lines a loader ran
    # together; a bracket belongs to the name before it, never to the names after it)
    since = len(people)  # the people read since the last bracket
    for part in _NAME_SEPARATOR.split(masked):
        part = part.replace("\x02", ",").replace("\x03", "and").replace("\x04", "&").strip(" .")
        if not part:
            continue
        parens = _BRACKETED_TEXT.findall(part)
        unread = False  # a name in this part not read as a person: its brackets are its own
        # ("Councillor A Smith (Chair) – Herefordshire Council": the council after a dash)
        bare = _BRACKETED.sub(" ", part).strip(" .")
        dashed = _LEADING_DASH.match(bare)
        named = _NAME_DASH_ORG.match(bare) if not dashed and " " in bare else None
        if named and not named.group("hon") and not (plural and (r0 := _name_run(named.group("name")))[0]
                                                       and not r0[1] and len(r0[0]) >= 2):
            named = None
        if dashed and _ORG_WORDS.search(bare):
            _dash_org(people[-1], bare[dashed.end():])
        elif named and _ORG_WORDS.search(named.group("org")):
            # the second of a pair before its council: "Councillors C.P. Mann and K.V. Reynolds - Caerphilly County
            # Borough Council" (Gwent PCP): a person, the council after the dash theirs (never "K.V. Reynolds -
            # Caerphilly ..." as the first one's organisation)
            hon = _WS.sub(" ", named.group("hon") or "").strip()
            people.append(_Person(" ".join(_name_run(named.group("name"))[0]), hon or sing))
            _dash_org(people[-1], named.group("org"))
            if plural:
                for p in people[:-1]:  # ("Councillors A and B - Org": both are the council's)
                    p.org = p.org or people[-1].org
        elif bare:
            if _role_of(bare):
                people[-1].role = _role_of(bare)
            elif _ORG_WORDS.search(bare) and bare[:1].isupper():
                # (an organisation is named, never a clause: "... to sign the Declaration of Acceptance
                # of Office at the next Parish Council meeting"; nor a council member's title outside a bracket,
                # the next name's: "Warwickshire County Councillor Bhagwant Singh Pandher and Nuneaton and
                # Bedworth Borough Councillor, Tim Jenkins" (Warwickshire PCP) gave the first name "Bedworth
                # Borough Councillor"; "Mrs P. Colthorpe (District Councillor)" keeps its bracket)
                if not people[-1].org and not _COUNCILLOR_END.search(bare):
                    people[-1].org = bare
            elif is_postnominal(bare) and not parens:
                people[-1].post = f"{people[-1].post} {bare}".strip()
            else:
                t2 = ""
                hm = _HON_SEQ.match(bare)
                if hm:
                    t2, bare = _WS.sub(" ", hm.group(0)), bare[hm.end():].strip()
                r2, tail = _name_run(bare)
                if r2 and not tail and (len(r2) >= 2 or plural or t2):
                    for ws in (_split_run(r2, known) if len(r2) >= 2 else [r2]):
                        people.append(_Person(" ".join(ws), t2 or sing))
                elif _ORG_WORDS.search(bare) and bare[:1].isupper() and not people[-1].org \
                        and not _COUNCILLOR_END.search(bare):
                    people[-1].org = bare
                elif r2 and not tail and parens:
                    # ("Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson) and Bell (...)":
                    # Brighton & Hove, a surname the singular title does not make a person; the bracket after
                    # it is that surname's, never the first name's organisation)
                    unread = True
        if unread:
            continue
        if parens and plural and _INDEPENDENT_MEMBERS.fullmatch(parens[-1].strip()):
            # "Councillors M Butler ... and Kami Kundi and Jonathan Klajan (Independent Members)" (Northumbria
            # PCP): independent members are not councillors; the plural bracket names the people read since the
            # last bracket
            # (a singular "(Independent Member)" is the last name's alone)
            for p in (people[since:] if parens[-1].rstrip().endswith("s") else people[-1:]):
                if p.title == sing:
                    p.title = ""
                p.org = p.org or parens[-1].strip()
        if parens:
            since = len(people)
        for r in parens:
            rl = _role_of(r)
            if rl:
                people[-1].role = rl
            elif r.strip() and not people[-1].org and (_ORG_WORDS.search(r) or _PLACE_PAREN.fullmatch(r.strip())) \
                    and r.strip() not in COUNCIL_TYPES:  # ("( MBC)": the council's place lost, no organisation)
                people[-1].org = r.strip()
    return people


_TITLE_COLON = re.compile(r"^((?:Councillors?|Cllrs?\.?))\s*:\s*(?=[A-Z])")
_LIST_TITLE_BEFORE_HON = re.compile(r"^(?:Councillors?|Cllrs?\.?)\s*:\s*(?=(?:Cllrs?\.?|Councillors?)\s*[A-Z])")
_CLLR_DOT = re.compile(r"\b(Cllrs?\.)(?=[A-Z][a-z])")
# a chair's post before the councillor holding it, the name in brackets ("His Worship the Mayor (Cllr B J Luker), the
# Deputy Mayor (Cllr D A S Davis), Cllr J Atkins, ...": Tonbridge and Malling BC): read as "Cllr B J Luker (Mayor)"
# (the bracket's title would open a name of its own, the post before it none, the bracket's end cut its surname)
_POST_THEN_NAME = re.compile(r"(?:\b(?:his|her)\s+worship\s+)?\b(?:the\s+)?(?P<post>(?:deputy\s+|town\s+)*mayor)\s*"
                             r"\(\s*(?P<who>(?:Cllr|Councillor)\.?\s+[^()]{2,50}?)\s*\)", re.I)
# initials printed without spaces, "D.J.E. Hall", "G.E. Horton" (Louth TC), read as "D. J. E. Hall"; never inside a
# word or a bracket ("(U.K. ...)")
_GLUED_INITIALS = re.compile(r"(?<![^\s,])((?:[A-Z]\.)+)(?=[A-Z]\.)")
_INITIAL_ON_SURNAME = re.compile(r"(?<![^\s,])([A-Z]\.)(?=[A-Z][a-z'’][A-Za-z])")
_IN_THE_CHAIR = re.compile(r"^in\s+the\s+chair\s*[:,-]?\s+(?=[A-Z])", re.I)
_SPACED_INITIALS = re.compile(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)")
_JOB_MID = re.compile(rf"(?<=\S)\s+(?=(?P<job>(?:[A-Z][A-Za-z/&]*\s+(?:and\s+)?){{0,3}}[A-Z][A-Za-z/&]*)\s*:\s*{_HON}\s)")
_JOB_COLON = re.compile(rf"^(?P<job>[A-Z][A-Za-z /&]{{2,40}}?)\s*:\s*(?P<rest>{_HON}\s.+)$")


# one member a line, initials, surname and their council, under a title printed once over the list
# ("Councillor" / "P Lewis (Chair) Conwy County Borough Council" / "B Apsley Wrexham County Borough
# Council": North Wales FRA; "M Ll Davies": a Welsh initial has two letters).  The surname is one word
# (hyphens join more) and the organisation ends the line in Council / Authority: nothing else is read
INITIALS_ORG = re.compile(
    rf"^(?P<hon>{_HON}(?:\s+{_HON})*\s+)?(?P<name>(?:(?:[A-Z]|Ll|Ch|Dd|Ff|Rh|Th)\.?\s+){{1,3}}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)"
    r"(?:\s+\((?P<role>[^()]{2,30})\))?\s+(?P<org>(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Authority))\.?$")
_TITLE_ALONE = re.compile(rf"^(?P<hon>{_HON})\s*:?$")


def _initials_org_lines(lines: list[str]) -> Optional[list[_Person]]:
    """The people of a list printed one "initials surname council" a line under a title printed once
    (the title alone on the first line, or before the first name); None when the lines are not all
    of that form."""
    first = _TITLE_ALONE.match(lines[0]) if lines else None
    body = lines[1:] if first else lines
    ms = [INITIALS_ORG.match(ln) for ln in body]
    if len(ms) < 2 or not all(ms) or any(m.group("hon") for m in ms[1:]) \
            or not (first or ms[0].group("hon")):
        return None
    title = _WS.sub(" ", (first or ms[0]).group("hon")).strip()
    title = singular_title(title) or title
    orgs = {m.group("org") for m in ms}
    out = []
    for m in ms:
        name, org = m.group("name"), m.group("org")
        # "R Parry Jones Wrexham County Borough Council" where another line names "Wrexham County Borough
        # Council": the words before that organisation end the name
        inner = max((o for o in orgs if org.endswith(" " + o)), key=len, default=None)
        if inner:
            name, org = f"{name} {org[:-len(inner)].strip()}", inner
        out.append(_Person(name, title, _role_of(m.group("role") or ""), org))
    return out


def _cut_job_label(line: str) -> list[str]:
    """A line cut before an officer's "Job: Mr X" a loader ran on to it ("... Cllr. Snell Clerk and
    RFO: Mr S Baxter")."""
    for m in _JOB_MID.finditer(line):
        if _OFFICER_WORDS.match(m.group("job")):  # the label opens with the job's word ("Clerk and RFO")
            return [line[:m.start()], line[m.start():].strip()]
    return [line]


def _flattened(line: str, anchors: list) -> bool:
    """A list whose lines a converter ran into one, each "Place Title Name" ("Bolton Councillor David
    Greenhalgh Manchester Councillor Richard Leese Oldham Councillor ..."): three name words or more
    run straight into the next title with nothing between, so where a name ends and the next line's
    place begins is unknown, and no one is read from the line (initials before one surname, "J B
    Hughes", are one name)."""
    for a, b in zip(anchors, anchors[1:]):
        words = line[a.end():b.start()].split()
        if len(words) >= 3 and all(_is_name_word(w) for w in words) \
                and not all(_INITIAL.fullmatch(w) for w in words[:-1]):
            return True
    return False


_LIST_LINE_BREAK = re.compile(r"\n|•|\u2022|;")
_LIST_JOINER = re.compile(r",|\band\b|&")
# one untitled person on a line, a dash, then what they represent: "Marion McCutcheon - Stranraer and North Rhins",
# "John Syme (Chairman)-Mid and Upper Nithsdale" (Dumfries and Galloway: a ward after each name) -- the words after
# the dash are the person's, never more people ("North Rhins"); a dash glued to a word is a surname's
_ONE_NAME_DASH = re.compile(r"^(?P<who>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*\([^()]{1,40}\))?)"
                            r"(?:\s+[–—-]\s+|(?<=\))\s*[–—-]\s*)(?P<what>[A-Z][^–—,;()]*)$")


# a ward glued to each name by a bare hyphen, one member a line ("Graham Bell-North West Dumfries", "Ian Blake-Abbey",
# "Elaine Murray (Leader)-Nith": Dumfries and Galloway Council's minutes)
_GLUED_WARD_LINE = re.compile(r"^(?P<who>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,3}(?:\s*\([^()]{1,40}\))?)-"
                              r"(?P<what>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|the|of))*)$")


_GLUED_ROLE = re.compile(r"^(?P<n>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,3}?)-(?P<w>[A-Z][a-z]+)$")


def _unglue_wards(text: str) -> str:
    """The lines of a one-member-a-line list with the ward after each name spaced from it
    ("Ian Blake - Abbey"), when that is how the list is printed: most of its lines end in a
    hyphen glued to a capitalised word, and some ward after it is shared by two lines (a double
    surname's second half is not repeated down a list; a ward of several members is)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    hits = [_GLUED_WARD_LINE.match(ln) for ln in lines]
    found = [m for m in hits if m]
    if len(found) < 4 or len(found) * 4 < len(lines) * 3:
        return text
    wards = [m.group("what") for m in found]
    if len(set(wards)) == len(wards):
        return text
    return "\n".join(f"{m.group('who')} - {m.group('what')}" if m else ln for ln, m in zip(lines, hits))


def _parse_list(text: str, known: set) -> list[_Person]:
    """Names in a membership / present / apologies list."""
    if "\n" in text:
        text = _unglue_wards(text)
        lined = _initials_org_lines([ln.strip(" -–·*\t") for ln in text.split("\n") if ln.strip(" -–·*\t")])
        if lined is not None:
            return _dedupe(lined)
    out: list[_Person] = []
    for line in (part for ln in _LIST_LINE_BREAK.split(text) for part in _cut_job_label(ln)):
        line = line.strip(" -–·*\t")
        if not line:
            continue
        if line[-1] in ").," and (jn := _job_then_initialled_name(line)):
            out.append(jn)
            continue
        absent: list[str] = []
        if "ubstitut" in line:
            # "Councillor B Jones (substitute for Councillor C Brown)": a substitute, the absent member in the note
            # (the bracket's title never opens a name of its own)
            line = _SUB_FOR_PAREN.sub(lambda m: absent.append(m.group("who").strip()) or "(substitute)", line)
        first = len(out)
        # "Councillors: L Maude, ...", "Councillors:L Maude" (Salford Priors): the title of the list
        # "Councillors: Cllr. Buckenham (Chair), ... Cllr.Gale" (North Thoresby): the list's title is
        # not an honorific when the names carry their own
        line = _CLLR_DOT.sub(r"\1 ", _LIST_TITLE_BEFORE_HON.sub("", line))
        if "ayor" in line:
            line = _POST_THEN_NAME.sub(r"\g<who> (\g<post>)", line)
        glued = line
        if "." in line:
            line = _GLUED_INITIALS.sub(lambda m: m.group(1).replace(".", ". "), line)
            # "T.Martin, M.Norton,A.Stanley" (Bourton-on-the-Hill PC): an initial glued to the surname
            line = _INITIAL_ON_SURNAME.sub(r"\1 ", line)
        chair = _IN_THE_CHAIR.match(line)
        if chair:
            # "In the Chair A.Vigrass, L.Bowden, ..." (Bourton-on-the-Hill PC): the first name is the chair's
            line = line[chair.end():]
        line = _TITLE_COLON.sub(r"\1 ", line)
        jm = _JOB_COLON.match(line)
        if jm and _OFFICER_WORDS.search(jm.group("job")):
            # "Clerk and RFO: Mr S Baxter": an officer, the job before the colon
            for p in _parse_list(jm.group("rest"), known):
                p.org = p.org or jm.group("job").strip()
                out.append(p)
            continue
        anchors = list(_HON_SEQ.finditer(line))
        if len(anchors) >= 4 and _flattened(line, anchors):
            continue
        chunks: list[tuple[str, str]] = []
        posts: dict[int, str] = {}
        if not anchors:
            chunks.append(("", line))
        else:
            if anchors[0].start() > 0:
                chunks.append(("", line[:anchors[0].start()]))
            for k, a in enumerate(anchors):
                end = anchors[k + 1].start() if k + 1 < len(anchors) else len(line)
                title = _WS.sub(" ", a.group(0))
                pm = _POST_BEFORE_RANK.search(chunks[-1][1]) if chunks and " the" in chunks[-1][1] else None
                if pm:
                    # "... and Executive Officer to the Chief Constable Lisa Winward (LW)" (North Yorkshire
                    # PFCC): the rank is the end of a post, never the next name's title
                    chunks[-1] = (chunks[-1][0], chunks[-1][1][:pm.start()])
                    posts[len(chunks)] = f"{pm.group('job')} {title}"
                    title = ""
                chunks.append((title, line[a.end():end]))
        lead_role = None
        if len(chunks) > 1 and not chunks[0][0] and (lead_role := _role_of(chunks[0][1].strip(" ,:–-"))):
            # "Present: Chair Cllr. C Edwards, Cllr. P Rudd, ..." (Blaengwrach CC): the role before the first name
            chunks = chunks[1:]
            posts = {k - 1: v for k, v in posts.items()}
        lead_org = None
        if len(chunks) > 1 and not chunks[0][0] and 0 not in posts and _DASH_END.search(chunks[0][1]):
            # a council and a dash before its members: "Blaenau Gwent County Borough Council - Councillors M.J.
            # Bartlett and Mrs. K. Bender Caerphilly County Borough Council - Councillors ..." (Gwent PCP's
            # membership; "Gateshead Council - Councillors Angela Douglas and Peter Maughan": Northumbria PCP), "By
            # Invitation - Ms S. Bosson - ...": the words before the dash are no person; a council's is theirs, and
            # each council after a group's last name (its dash ending the chunk) is the next group's
            head = _DASH_END.sub("", chunks[0][1]).strip(" ,:")
            lead_org = head if _ORG_WORDS.search(head) else ""
            chunks = chunks[1:]
            posts = {k - 1: v for k, v in posts.items()}
        for ci, (title, body) in enumerate(chunks):
            if lead_org is not None and ci not in posts:
                nxt = _NAMES_THEN_ORG.match(body) if _DASH_END.search(body) else None
                if nxt and not _ORG_WORDS.search(nxt.group("org")):
                    nxt = None
                ps = _parse_titled_chunk(title, nxt.group("names") if nxt else body, known)
                for p in ps:
                    if nxt and p.org == nxt.group("org").strip():
                        p.org = ""
                    p.org = p.org or lead_org
                out.extend(ps)
                if nxt:
                    lead_org = nxt.group("org").strip()
                continue
            if ci in posts:
                for p in _parse_titled_chunk("", body, known):
                    p.org = p.org or posts[ci]
                    p.role = p.role or _officer_role(posts[ci])
                    out.append(p)
                continue
            if not title:
                one = _ONE_NAME_DASH.match(body.strip()) if ci == len(chunks) - 1 == 0 and " and " in body else None
                # (a post after the dash may be followed by another person: "John Smith - Chairman and Mary Jones")
                if one and not _HON_SEQ.search(one.group("what")) and not _role_of(one.group("what").split()[0]) \
                        and not _OFFICER_WORDS.match(one.group("what")):
                    ps = _parse_titled_chunk("", one.group("who"), known)
                    if len(ps) == 1 and not ps[0].org and _ORG_WORDS.search(one.group("what")):
                        ps[0].org = one.group("what").strip()
                    out.extend(ps)
                    continue
                # untitled names: "Denisa Ahmeti and Louise Williams"; a comma or "and" inside a bracket
                # splits nothing ("Carys Morgans (Chief of Staff, OPCC)": Dyfed-Powys PCP; "Emma Wools (Deputy
                # Police and Crime Commissioner)": South Wales PCP): the bracket stays the name's
                masked = _BRACKETED.sub(lambda m: m.group(0).replace(",", "\x02").replace("and", "\x03")
                                        .replace("&", "\x04"), body)
                named_before = False  # the part before this one read a person
                for part in _LIST_JOINER.split(masked):
                    part = part.replace("\x02", ",").replace("\x03", "and").replace("\x04", "&").strip(" .")
                    job = _job_words()[1].match(part)
                    if job:  # "Chief Finance Officer Helen King (HK)": the job, then the name
                        part = part[job.end():]
                    glued_role = _GLUED_ROLE.match(part)
                    if glued_role and (_role_of(glued_role.group("w")) or _OFFICER_WORDS.fullmatch(glued_role.group("w"))):
                        # "Margaret Chadwick-Chairman", "Karen King-Clerk" (Swaffham Bulbeck PC): the role glued to
                        # the name by a hyphen is the person's, never a double surname's half
                        ps = _parse_titled_chunk("", glued_role.group("n"), known)
                        if len(ps) == 1:
                            ps[0].role = ps[0].role or _role_of(glued_role.group("w"))
                            if not ps[0].role:
                                ps[0].org = ps[0].org or glued_role.group("w")
                            out.extend(ps)
                            named_before = True
                            continue
                    run, tail = _name_run(part)
                    if not job and (run and tail and tail.split()[0].lower() in _job_words()[0]
                                    or not run and named_before and part[:1].isupper()
                                    and part.split()[0].lower() in _job_words()[0]):
                        # "Jo Martin, Scrutiny Support Manager": a job after the name, never a person; so too
                        # a job opening with its job word ("Lee Jones, Chief of Staff (Commissioners Office) and
                        # Matt Jukes, Chief Constable": South Wales PCP)
                        if out and not out[-1].org:
                            out[-1].org = part
                        named_before = False
                        continue
                    named_before = False
                    if len(run) >= 2:
                        ps = _parse_titled_chunk("", part, known)
                        if job and ps and not ps[0].org:
                            ps[0].org = job.group("job")
                        out.extend(ps)
                        named_before = bool(ps)
                continue
            if _post_title_job(f"{title} {body.strip(' ,.')}"):
                # "Mr D Thomas, PCC Link Officer" (Haverfordwest TC): "PCC" opens a post here, never a name
                if out and not out[-1].org:
                    out[-1].org = f"{title} {body.strip(' ,.')}"
                continue
            out.extend(_parse_titled_chunk(title, body, known))
        if (chair or lead_role) and len(out) > first and out[first].role is None:
            out[first].role = lead_role or "chairman"
        for p in out[first:]:
            if glued is not line and (g := _SPACED_INITIALS.sub("", p.name)) != p.name and g in glued:
                p.name = g  # the name as printed ("D.J.E. Hall")
            if absent and p.role == "substitute":
                p.note = _add_note(p.note, f"substitute for {absent.pop(0)}")
    for p in out:
        if p.org and p.org.count(")") > p.org.count("("):
            # the close of a bracket nested in another: "Danny Myers ((Vice Chair) City of York Council)" (North
            # Yorkshire PFCP): the council without it
            p.org = p.org.rstrip(") ")
    return _dedupe(out)


# "Chief Constable's Chief Finance Officer and Chief Accountant Jane Palmer (JP)" (North Yorkshire PFCC): a post,
# then a name whose initials the bracket repeats (so the name's first word is known, however long the post)
_JOB_INITIALLED_NAME = re.compile(r"^(?P<lead>[A-Z].{4,160}?)\s*\((?P<ini>[A-Z]{2,3})\)[.,]?$")
_HON_WHOLE = re.compile(_HON)
_INITIALLED_WORD = re.compile(r"[A-Z][a-z'’-]+")


def _job_then_initialled_name(line: str) -> Optional[_Person]:
    m = _JOB_INITIALLED_NAME.match(line)
    if m is None:
        return None
    words = m.group("lead").split()
    ini = m.group("ini")
    name, job = words[-len(ini):], " ".join(words[:-len(ini)]).strip(" ,:")
    if len(words) <= len(ini) or "".join(w[0] for w in name) != ini \
            or not all(_INITIALLED_WORD.fullmatch(w) and _is_name_word(w) for w in name):
        return None
    if _HON_SEQ.search(job) or _HON_WHOLE.fullmatch(job) or "(" in job or not (_OFFICER_WORDS.search(job) or _ORG_WORDS.search(job)):
        return None
    return _Person(" ".join(name), "", _officer_role(job), job)


# a post ending in "to the" / "of the" before a rank: "Executive Officer to the" (Chief Constable ...)
_POST_BEFORE_RANK = re.compile(r"(?:^|,|;|\band\b)\s*(?P<job>[A-Z][\w'’-]*(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:to|of)\s+the)\s*$")


# a post whose first word is a title of a person ("PCC Link Officer", "PCC Chief Executive"): the title, at
# most two capitalised words, then a job's word (words.toml job_words), nothing after it
_POST_TITLE_JOB = re.compile(rf"^(?:{_POST_TITLES})\s+(?:[A-Z][\w'’-]+\s+){{1,2}}(?P<w>[A-Za-z-]+)$")


def _post_title_job(text: str) -> bool:
    m = _POST_TITLE_JOB.match(text)
    return bool(m) and m.group("w").lower() in _job_words()[0]
_SUB_FOR_PAREN = re.compile(r"\((?:as\s+)?(?:a\s+)?(?:substitute|substituting)\s+(?:member\s+)?for\s+(?P<who>[^()]{2,60})\)", re.I)


# a name in brackets after a person is their organisation ("Cllr Sam Naylor (Cheshire East)"), unless it
# is their initials "(NO)", a substitution or a reason for absence
_PLACE_PAREN = re.compile(r"(?!(?:substitute|sub|deputy|reserve)\b)[A-Z][a-z]+(?:[ -](?:and|of|upon|on|the|[A-Z][a-z]+))*")
# words that make a "name" a body or a count, never a person ("Panel Members", "Stevenage Borough")
_NOT_NAME = {"members", "member", "panel", "council", "committee", "borough", "county", "district", "public",
             "mayor", "police", "authority", "parish", "town", "city", "commissioner", "office", "apologies",
             "present", "attendance", "minutes", "agenda", "item", "items", "chairman", "chair"}


_MALE = re.compile(r"^(?:mr|sir|lord)\b\.?", re.I)
_FEMALE = re.compile(r"^(?:mrs|ms|miss|dame|lady)\b\.?", re.I)


def _sex(title: Optional[str]) -> str:
    t = (title or "").strip()
    return "m" if _MALE.match(t) else "f" if _FEMALE.match(t) else ""


def person_keys(people: list) -> list[str]:
    """One key per person (objects with ``name`` and ``title``): the name, case- and
    dot-insensitive; two people printed with the same name and honorifics of either sex ("Ms J
    Meade", "Mr J Meade") get the honorific's sex added to keep them apart."""
    sexes: dict[str, set] = {}
    for p in people:
        sexes.setdefault(_norm_name(p.name), set()).add(_sex(p.title))
    keys = []
    for p in people:
        k = _norm_name(p.name)
        sx = _sex(p.title)
        keys.append(f"{k}|{sx}" if sx and len(sexes[k] - {""}) > 1 else k)
    return keys


def _dedupe(people: list[_Person]) -> list[_Person]:
    seen: dict[str, _Person] = {}
    out = []
    people = [p for p in people if not any(w.lower().strip(".,") in _NOT_NAME for w in p.name.split())]
    for p, k in zip(people, person_keys(people)):
        if k in seen:
            q = seen[k]
            q.role = q.role or p.role
            q.org = q.org or p.org
            if "listed more than once" not in q.note:
                q.note = _add_note(q.note, "listed more than once")
            continue
        seen[k] = p
        out.append(p)
    return out


def _add_note(note: str, more: str) -> str:
    return f"{note}; {more}" if note else more


def _officer_role(job: str) -> str:
    return "officer" if _OFFICER_WORDS.search(job or "") else "other"


# (the also-present lists' parsing, in its own module; its names are kept here for the modules importing them)
from .also_present import (_job_ends, _named_with_post, _parse_also_present, _shared_job,  # noqa: E402,F401
                           _split_run_on_people, _trailing_name)
# (the names found by whole-text scans, in their own module; its names are kept here for the modules importing them)
from .known_names import _HON_NAME_LISTED, _LISTED_NAME, _known_names, titled_names  # noqa: E402,F401
