"""People named in an "also present" / "in attendance" list: names with their jobs, officers' posts, lines a
loader ran together (split from names.py, whose list parsing it shares)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...vocab import vocabulary
from .names import (_HON_SEQ, _OFFICER_WORDS, _ORG_WORDS, _Person, _dedupe, _is_name_word, _job_then_initialled_name,
                    _job_words, _name_run, _norm_name, _officer_role, _parse_list, _postnominals, _role_of)
from .text import _WS, _cut_at


_DASH_SPLIT = re.compile(r"\s+[–—-]\s*|\s*[–—]\s+")


def _trailing_name(seg: str, known: set) -> tuple[str, str]:
    """(job text, name) of "Chief Executive, OPCC John Derryman"."""
    words = seg.split()
    k = 0
    while k < len(words) and k < 4 and _is_name_word(words[-1 - k].rstrip(",")):
        k += 1
    if k < 2:
        return seg, ""
    take = 2
    if k >= 3 and _norm_name(" ".join(words[-3:])) in known:
        take = 3
    return " ".join(words[:-take]).strip(" ,"), " ".join(words[-take:])


_NAME_PAREN = re.compile(r"(?P<n>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s*\((?P<j>[^()]{3,120})\)")


_CAPITALISED_WORD_AT_END = re.compile(r"\b[A-Z][\w’'.)-]*\s+$")


def _split_run_on_people(line: str) -> list[str]:
    """ "Name, Job, Org" lines a loader joined into one ("Ms A Clark, Acting Head of Policy, Chief
    Executive's Office Mrs R Cleland, Corporate Communications Manager, ..."): cut before each
    titled name that follows a word, not a comma, once the line opened with a titled name and a
    comma."""
    if not (_HON_SEQ.match(line) and "," in line[:60]):
        return [line]
    cuts: list[int] = []
    for m in _HON_SEQ.finditer(line):
        # after a capitalised word that ends an organisation ("... Office Mrs R Cleland"), never after
        # a small word ("Clerk to Mr Justice Jones"); the piece cut off holds its "Name, Job" comma
        if m.start() > 0 and _CAPITALISED_WORD_AT_END.search(line[:m.start()]) \
                and "," in line[(cuts[-1] if cuts else 0):m.start()]:
            cuts.append(m.start())
    if not cuts:
        return [line]
    return _cut_at(line, cuts)


# "J Bugg, Hertfordshire Police Authority G Miles, Broxbourne Borough Council M J Walker, ...": "Name, Org"
# entries run into one line; an organisation never goes on into initials, a surname and a comma
_NEXT_AFTER_ORG = re.compile(r"(?:(?<=\bCouncil)|(?<=\bAuthority)|(?<=\bConstabulary)|(?<=\bService)|(?<=\bOffice)|"
                             r"(?<=\bOPCC))\s+(?=(?:[A-Z]\.?\s+){1,3}[A-Z][a-z'’-]+,)")


# "R Fairhead and K Roberts (Assistant Chief Fire Officers)": two names sharing one job printed in the
# plural; each holds the job (its last word made singular)
_SHARED_JOB = re.compile(r"^(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s+(?:and|&)\s+"
                         r"(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s*\((?P<j>[A-Z][^()]{2,100}[a-rt-z]s)\)\.?$")


@lru_cache(maxsize=1)
def _job_ends() -> frozenset:
    """A post's last word (words.toml job_title_end and officer_line_end), lower case."""
    v = vocabulary()
    return frozenset(v.words("job_title_end")) | frozenset(v.words("officer_line_end"))


def _shared_job(line: str) -> Optional[list[_Person]]:
    m = _SHARED_JOB.match(line)
    job = m.group("j")[:-1] if m else ""
    # (the singular's last word a post, never a department: "(Democratic Services)" is no shared job)
    if not (m and job.split()[-1].lower() in _job_ends()):
        return None
    out = []
    for nm in (m.group("a"), m.group("b")):
        title_m = _HON_SEQ.match(nm)
        run, tail = _name_run(nm[title_m.end():].strip() if title_m else nm)
        if len(run) < 2 or tail:
            return None
        out.append(_Person(" ".join(run), _WS.sub(" ", title_m.group(0)) if title_m else "", "officer", job))
    return out


_ALSO_PRESENT_BREAK = re.compile(r"\n(?!\s*\()|•|;")   # (a job in brackets wrapped on to the next line stays with its name)
_TWO_LOWER_WORDS = re.compile(r"\b(?!and\b)[a-z]{2,}\s+(?!and\b)[a-z]{2,}\b")   # (prose, never a list of names)
_LEADING_SEPARATORS = re.compile(r"^[\s,;.]*(?:and\s+)?")
_SEPARATORS_AND = re.compile(r"[\s,;.]*(?:and\s*)?")
_COMMA_AND_AT_END = re.compile(r",\s*(?:and\s+)?$")
_COMMA_AND_SPACED_AT_END = re.compile(r",\s*(?:and\s*)?$")
_NAME_COMMA_ROLE = re.compile(r"^(.+?),\s*(.+)$")


def _named_with_post(text: str) -> bool:
    """An untitled name of two or three words and a post in brackets after it, nothing else ("Christine Major
    (Clerk)"); never an organisation ("Office of the PCC (OPCC)")."""
    pm = _NAME_PAREN.fullmatch(text.strip(" ."))
    if pm is None or _HON_SEQ.match(pm.group("n")) or _ORG_WORDS.search(pm.group("n")):
        return False
    run, tail = _name_run(pm.group("n"))
    return 2 <= len(run) <= 3 and not tail and _OFFICER_WORDS.search(pm.group("j")) is not None


def _parse_also_present(text: str, known: set) -> list[_Person]:
    """ "Name [post-nominals] – Job title, Org" entries, one per line or run together."""
    out: list[_Person] = []
    lines = [ln.strip(" •·*") for ln in _ALSO_PRESENT_BREAK.split(text) if ln.strip(" •·*")]
    lines = [part for ln in lines for part in _split_run_on_people(ln)]
    lines = [part for ln in lines for part in _NEXT_AFTER_ORG.split(ln)]
    for line in lines:
        if line[-1] in ").," and (jn := _job_then_initialled_name(line)):
            out.append(jn)
            continue
        shared = _shared_job(line)
        if shared:
            out.extend(shared)
            continue
        # "Katy Bourne (Police and Crime Commissioner), Mark Streater (Chief Executive, OPCC) and ..."
        par = list(_NAME_PAREN.finditer(line))
        if par and not _DASH_SPLIT.search(line) and all(
                _SEPARATORS_AND.fullmatch(line[a.end():b.start()])
                for a, b in zip(par, par[1:])) and not line[:par[0].start()].strip():
            for pm in par:
                title_m = _HON_SEQ.match(pm.group("n"))
                title = _WS.sub(" ", title_m.group(0)) if title_m else ""
                run, tail = _name_run(pm.group("n")[title_m.end():].strip() if title_m else pm.group("n"))
                job = pm.group("j").strip()
                if len(run) < 2 or tail:
                    continue
                rl = _role_of(job)
                out.append(_Person(" ".join(run), title, rl or _officer_role(job), "" if rl else job))
            # a titled name after the last job ("Mrs S Roberts (Clerk) and Unitary Cllr J Davies": Preshute PC;
            # "Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop": Brandon TC) is read too
            # (a sentence a loader ran on, "Apologies for absence were received from Councillors ...", is not)
            rest = _LEADING_SEPARATORS.sub("", line[par[-1].end():])
            if rest and _HON_SEQ.search(rest) and not _TWO_LOWER_WORDS.search(rest):
                out.extend(_parse_also_present(rest, known))
            continue
        segs = [s.strip() for s in _DASH_SPLIT.split(line)]
        more = [h for h in _HON_SEQ.finditer(line) if h.start() and _COMMA_AND_AT_END.search(line[:h.start()])]
        if len(segs) < 2 and _HON_SEQ.match(line) and more:
            # "Mrs A Brindley, Parish Clerk/Responsible Finance Officer, Mr D L Nicholson Deputy Parish
            # Clerk, and Mr D Iley Admin/Finance Office.": a titled name after a comma starts the next person
            cuts = [0] + [h.start() for h in more] + [len(line)]
            out.extend(p for a, b in zip(cuts, cuts[1:])
                       for p in _parse_also_present(_COMMA_AND_SPACED_AT_END.sub("", line[a:b].strip()), known))
            continue
        if len(segs) < 2:
            # "Name, Job title" or a plain list
            m = _NAME_COMMA_ROLE.match(line)
            if m and _named_with_post(m.group(2)):
                # "District Cllr Peter Morris, Christine Major (Clerk)" (South Kelsey and Moortown PC): a second
                # person after the comma, their post in brackets, never the first one's organisation
                out.extend(_parse_also_present(m.group(1), known))
                out.extend(_parse_also_present(m.group(2), known))
                continue
            if m and not _HON_SEQ.match(m.group(2)):  # "Mrs C Caddick, Mr T MacLennan": a list
                title_m = _HON_SEQ.match(m.group(1))
                title = _WS.sub(" ", title_m.group(0)) if title_m else ""
                nm = m.group(1)[title_m.end():].strip() if title_m else m.group(1)
                run, tail = _name_run(nm)
                if len(run) >= 2 and not tail:
                    out.append(_Person(" ".join(run), title, _officer_role(m.group(2)),
                                       m.group(2).strip()))
                    continue
                if len(run) >= 2 and title and tail.split()[0].lower() in _job_words()[0] \
                        and not _HON_SEQ.search(tail):  # (another titled name after it: a list, read below)
                    # "Mr Martin Barsby Director of Communications and Engagement, Office of Police and Crime
                    # Commissioner for Norfolk (OPCCN)": the job runs on from the name, the office after it
                    job = f"{tail}, {m.group(2).strip()}"
                    out.append(_Person(" ".join(run), title, _officer_role(job), job))
                    continue
            out.extend(_parse_list(line, known))
            continue
        names = [segs[0]]
        jobs = []
        for s in segs[1:-1]:
            job, nm = _trailing_name(s, known)
            jobs.append(job)
            names.append(nm)
        jobs.append(segs[-1])
        for nm, job in zip(names, jobs):
            if not nm:
                continue
            title_m = _HON_SEQ.match(nm)
            title = _WS.sub(" ", title_m.group(0)) if title_m else ""
            body = nm[title_m.end():].strip() if title_m else nm
            run, rest = _name_run(body)
            if len(run) < 2:
                continue
            post, rest = _postnominals(rest.replace(",", ", ").strip(" ,"))
            out.append(_Person(" ".join(run), title, _officer_role(job), job.strip(" ,"), post=post))
    return _dedupe(out)
