"""Shared helpers of the meeting excerpt tests (rounds 1-6): run the meetings extractor on a
text written into a test and read its rows back as tuples."""
from extract.extractors import meetings
from extract.loaders import load_text


def run(text: str, name: str = "page.txt") -> dict:
    return meetings.extract(load_text(name, text))


def people(text: str) -> list[tuple]:
    """(status, title, name, organisation) of each attendance row."""
    return [(a.status, a.title, a.name, a.organisation) for a in run(text)["attendance"]]


def meetings_of(text: str) -> list[tuple]:
    """(kind, body, date, start_time, place) of each meeting."""
    return [(m.kind, m.body, m.date, m.start_time, m.place) for m in run(text)["meetings"]]
