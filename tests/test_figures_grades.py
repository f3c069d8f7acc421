"""The word naming a response grade comes from the vocabulary data (vocab/data/grades.toml):
a grade match ("for Immediate") is placed on the grade word itself."""
from __future__ import annotations

from extract import vocab
from extract.extractors.figures.lexicon import lexicon
from extract.extractors.figures.mentions import _find_labels
from extract.nlp import get_nlp


def subjects(text: str) -> list[tuple[str, str]]:
    sdoc = get_nlp().make_doc(text)
    return [(m.label, text[m.start:m.end]) for m in _find_labels(sdoc, 0, len(sdoc), 0, text, "subject")]


def test_shipped_grade_words():
    assert lexicon().grade_words == {"immediate", "priority", "emergency", "scheduled", "routine"}
    assert ("Immediate", "Immediate") in subjects("The average time for Immediate was 12 minutes.")


def test_a_user_grade_word_places_its_mention(tmp_path, monkeypatch):
    grade = '''
[subject.urgent]
label = "Urgent"
kind = "grade"
[[subject.urgent.tokens]]
pattern = [{LOWER = "for"}, {ORTH = "Urgent"}]
'''
    monkeypatch.delenv(vocab.ENV, raising=False)
    text = "The average time for Urgent was 41 minutes."
    f = tmp_path / "urgent.toml"
    try:
        f.write_text(grade)
        vocab.set_extra([str(f)])
        assert ("Urgent", "for Urgent") in subjects(text)    # no grade word: the whole match
        f.write_text(grade + '\n[words]\ngrade_words = ["urgent"]\n')
        vocab.set_extra([str(f)])
        assert ("Urgent", "Urgent") in subjects(text)
    finally:
        vocab.set_extra([])
