"""The shared pipeline is made without the parts of spaCy it never uses (``extract.spacy_import``)
and is the pipeline ``spacy.blank`` makes; spaCy stays whole for anyone after.  These checks run
in fresh processes and fail loudly (not silently slower or different) when spaCy changes."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return dict(line.split(" ", 1) for line in out.splitlines())


#: modules a blank pipeline never needs: every other component, the models, other languages, the CLI
UNUSED = ("spacy.pipeline.dep_parser", "spacy.pipeline.ner", "spacy.pipeline.textcat", "spacy.pipeline.spancat",
          "spacy.pipeline.entity_linker", "spacy.pipeline.factories", "spacy.ml", "spacy.ml.models",
          "spacy.lang.ja", "spacy.lang.zh", "spacy.kb", "spacy.cli", "typer", "weasel", "thinc.layers",
          "thinc.initializers", "srsly.ruamel_yaml", "srsly.cloudpickle")

START_UP = r"""
import sys
from extract import pipeline
pipeline._preload()
import spacy.registrations
print('unused', sorted(m for m in %r if m in sys.modules))
print('populated', spacy.registrations.REGISTRY_POPULATED)
print('lazy', all('__getattr__' in vars(sys.modules[m]) for m in ('spacy.pipeline', 'thinc.api', 'srsly')))
""" % (UNUSED,)


def test_start_up_imports_none_of_the_unused_parts_of_spacy():
    lines = _run(START_UP)
    assert lines["unused"] == "[]"
    assert lines["populated"] == "False"   # (the mark was put back)
    assert lines["lazy"] == "True"


SAME_AS_BLANK = r"""
import extract.nlp as n
import spacy
nlp = n.get_nlp()
ref = spacy.blank('en', config={'nlp': {'tokenizer': {'@tokenizers': 'extract.tokenizer.v1'}}})
for a in [a for a in ref.vocab.lex_attr_getters if a not in n.EAGER_ATTRS]:
    ref.vocab.lex_attr_getters.pop(a)
ref.add_pipe('sentences')
print('type', type(nlp) is type(ref))
print('attributes', sorted(vars(nlp)) == sorted(vars(ref)))
print('nlp_config', nlp.config['nlp'] == ref.config['nlp'])
print('components', nlp.config['components'] == ref.config['components'])
print('meta', nlp.meta == ref.meta)
print('settings', [nlp.batch_size, nlp.max_length, nlp.pipe_names, nlp._pipe_meta, nlp._pipe_configs]
      == [ref.batch_size, ref.max_length, ref.pipe_names, ref._pipe_meta, ref._pipe_configs])
# (the vocab's words differ by design: the special cases' words were made with the deferred
# attributes deferred, as every other word is)
print('tokenizer', nlp.tokenizer.to_bytes(exclude=['vocab']) == ref.tokenizer.to_bytes(exclude=['vocab']))
print('vocab', [sorted(nlp.vocab.lex_attr_getters), nlp.vocab.writing_system, nlp.vocab.lang,
                nlp.vocab.get_noun_chunks, type(nlp.vocab.vectors), nlp.vocab.vectors.shape, nlp.vocab.vectors.mode]
      == [sorted(ref.vocab.lex_attr_getters), ref.vocab.writing_system, ref.vocab.lang,
          ref.vocab.get_noun_chunks, type(ref.vocab.vectors), ref.vocab.vectors.shape, ref.vocab.vectors.mode])
print('deferred', nlp.vocab['can'].norm_ == '' and ref.vocab['can'].norm_ == 'can' and nlp.vocab['can'].lower_ == 'can')
text = "Crime fell by 5% (n. 2,751) since Jan. 2024. Approx. 12.4% more; don't e.g. 10km :) Mr. Smith's car."
a, b = nlp(text), ref(text)
print('docs', [(t.text, t.whitespace_, t.lower_, t.is_punct, t.is_sent_start) for t in a]
      == [(t.text, t.whitespace_, t.lower_, t.is_punct, t.is_sent_start) for t in b])
# spaCy is whole afterwards: its own components and factories are there for anyone
other = spacy.blank('en')
other.add_pipe('sentencizer')
other.add_pipe('entity_ruler')
print('others', [s.text for s in other('One. Two.').sents] == ['One.', 'Two.'])
"""


def test_pipeline_is_the_one_spacy_blank_makes_and_spacy_stays_whole():
    lines = _run(SAME_AS_BLANK)
    assert set(lines.values()) == {"True"}, lines


FROM_CONFIG = r"""
import extract.nlp
from spacy.lang.en import English
nlp = English.from_config({'nlp': {'pipeline': ['sentencizer']}, 'components': {'sentencizer': {'factory': 'sentencizer'}}})
print('from_config', nlp.pipe_names == ['sentencizer'])
import spacy
print('info', 'spaCy version' in spacy.info(markdown=True, silent=True))
from spacy.pipeline import EntityRuler, Sentencizer
import spacy.pipeline.entityruler as er
print('pipeline', EntityRuler is er.EntityRuler and Sentencizer.__module__ == 'spacy.pipeline.sentencizer')
from spacy.pipeline import *
print('star', 'Tagger' in dir() and 'TrainablePipe' in dir())
import thinc.api, thinc.layers
print('thinc', thinc.api.chain is thinc.layers.chain and thinc.api.Model.__module__ == 'thinc.model')
from thinc.api import *
print('thinc_star', 'with_array' in dir() and 'Adam' in dir())
import srsly
print('srsly', srsly.yaml_loads(srsly.yaml_dumps({'a': [1]})) == {'a': [1]} and srsly.pickle_loads(srsly.pickle_dumps(3)) == 3)
from srsly import *
print('srsly_star', 'read_yaml' in dir() and '__version__' not in dir())
"""


def test_spacy_used_straight_after_works_as_usual():
    lines = _run(FROM_CONFIG)
    assert set(lines.values()) == {"True"}, lines


def test_spacy_init_does_what_the_stand_ins_expect():
    """``import_spacy`` relies on spaCy's ``__init__`` importing ``info`` from ``spacy.cli.info``
    and ``pipeline`` as a package; ``spacy.pipeline``'s and ``srsly``'s ``__init__`` and ``thinc.api``
    only on imports from their submodules (a statement of another kind would be skipped by the lazy
    package until it is made whole)."""
    import importlib.util

    root = Path(importlib.util.find_spec("spacy").origin).parent
    init = ast.parse((root / "__init__.py").read_text(encoding="utf-8"))
    froms = {(n.module, a.name) for n in init.body if isinstance(n, ast.ImportFrom) for a in n.names}
    assert ("cli.info", "info") in froms and (None, "pipeline") in froms
    for lazy in (root / "pipeline" / "__init__.py", root.parent / "thinc" / "api.py", root.parent / "srsly" / "__init__.py"):
        body = ast.parse(lazy.read_text(encoding="utf-8")).body
        assert {type(n).__name__ for n in body} <= {"ImportFrom", "Assign", "Expr"}, lazy
        assert all(n.level == 1 for n in body if isinstance(n, ast.ImportFrom)), lazy
        assert {t.id for n in body if isinstance(n, ast.Assign) for t in n.targets} <= {"__all__"}, lazy


def test_lazy_package_imports_a_name_from_its_submodule_and_runs_the_rest_once(tmp_path):
    import importlib.util
    import threading

    from extract.spacy_import import lazy_package

    pkg = tmp_path / "lazy_probe_pkg"
    pkg.mkdir()
    (pkg / "a.py").write_text("A = object()\n")
    (pkg / "b.py").write_text("X = 1\n")
    (pkg / "__init__.py").write_text("import time\nfrom .a import A\nfrom . import b\nRUNS = []\nRUNS.append(1)\n"
                                     "time.sleep(0.05)\nWHOLE = True\n")
    spec = importlib.util.spec_from_file_location("lazy_probe_pkg", pkg / "__init__.py",
                                                  submodule_search_locations=[str(pkg)])
    try:
        module = lazy_package(spec)
        import lazy_probe_pkg.a
        assert module.A is lazy_probe_pkg.a.A and "RUNS" not in vars(module)   # (no __init__ run)
        from lazy_probe_pkg import b
        assert b.X == 1 and "RUNS" not in vars(module)
        seen = []
        threads = [threading.Thread(target=lambda: seen.append(module.WHOLE)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert seen == [True] * 6 and module.RUNS == [1] and "__getattr__" not in vars(module)
        with pytest.raises(AttributeError):
            module.nothing_of_that_name
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "lazy_probe_pkg"]:
            del sys.modules[name]
