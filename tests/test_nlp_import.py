"""spaCy is imported without its command-line interface (start-up time), and
nothing of spaCy is lost: ``spacy.info`` and ``spacy.cli`` still work when asked for."""
import subprocess
import sys

CHECK = r"""
import sys
from extract import pipeline
pipeline._preload()
heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'weasel', 'typer', 'requests', 'httpx'}
               or m.startswith('spacy.cli'))
print('heavy', heavy)
import spacy
text = spacy.info(markdown=True, silent=True)
print('info', 'spaCy version' in text)
from spacy.cli import download
print('cli', callable(download))
nlp = spacy.blank('en')
print('blank', [t.text for t in nlp('12.4% of 3')])
"""


def test_spacy_imported_without_its_cli_and_cli_still_works():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    lines = dict(line.split(" ", 1) for line in out.splitlines())
    assert lines["heavy"] == "[]"
    assert lines["info"] == "True"
    assert lines["cli"] == "True"
    assert lines["blank"] == "['12.4', '%', 'of', '3']"


def test_spacy_already_imported_is_reused():
    code = "import spacy.cli, sys; import extract.nlp as n; print(n.spacy is sys.modules['spacy'], n.spacy.cli.__file__ is not None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]


AFTER_READING = r"""
import sys
from pathlib import Path
from extract import pipeline
from extract.runner import FORK_LOCK
docs = sorted((Path(sys.argv[1])).iterdir())[:3]
assert 'extract.reconcile' not in sys.modules
pipeline.extract_all(docs, jobs=2, progress=False)
print(all(m in sys.modules for m in pipeline._AFTER_READING), FORK_LOCK.locked())
"""


def test_cross_document_modules_are_imported_while_the_workers_read():
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    out = subprocess.run([sys.executable, "-c", AFTER_READING, str(corpus)], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["True", "False"]


def test_parse_all_gives_the_pipelines_docs_and_reuses_a_text_parsed_before(monkeypatch):
    from extract import nlp

    monkeypatch.setattr(nlp, "_PARSED", nlp.OrderedDict())
    monkeypatch.setattr(nlp, "_PARSED_SIZE", [0])
    texts = ["Crime fell by 5% (n. 2,751). Approx. 12.4% more.", "No. 5 rose to 11 min 15 sec. in Oct.",
             "Crime fell by 5% (n. 2,751). Approx. 12.4% more."]
    plain = list(nlp.get_nlp().pipe(texts))
    docs = nlp.parse_all(texts)
    assert [[t.text for t in d] for d in docs] == [[t.text for t in d] for d in plain]
    assert [[s.text for s in d.sents] for d in docs] == [[s.text for s in d.sents] for d in plain]
    assert docs[0] is docs[2]  # one Doc for the same text
    assert nlp.parse(texts[1]) is docs[1]  # parsed before: not parsed again
    # the oldest texts are let go past the bound; the batch asked for is always there
    monkeypatch.setattr(nlp, "PARSED_CHARS", 60)
    again = nlp.parse_all(["Another 7% rise in 2024.", texts[1]])
    assert again[1] is docs[1] and texts[0] not in nlp._PARSED
    assert nlp._PARSED_SIZE[0] == sum(len(t) for t in nlp._PARSED)
