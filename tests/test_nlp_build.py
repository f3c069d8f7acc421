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


PYDANTIC_V1 = r"""
import sys
from extract import pipeline
pipeline._preload()
print('deferred', 'pydantic.v1' not in sys.modules)
import confection.validation as v
from pydantic import BaseModel as V2
from pydantic.v1 import BaseModel as V1, ValidationError as E1
from pydantic import ValidationError as E2
class M1(V1):
    a: int
class M2(V2):
    a: int
print('v1_model', v._is_pydantic_model(M1) is True and v._is_pydantic_model(M2) is True and not v._is_pydantic_model(int))
print('names', v._PydanticV1BaseModel is V1 and v._PydanticV1ValidationError is E1)
print('errors', v._get_pydantic_validation_error() == (E1, E2))
print('restored', not hasattr(v._is_pydantic_model, '__wrapped__') and not hasattr(v._get_pydantic_validation_error, '__wrapped__'))
"""


def test_confection_without_pydantic_v1_until_asked_then_as_confection_makes_it():
    """Start-up imports no pydantic v1; confection's first question about a schema imports it and
    gives what confection imported with pydantic v1 would give (``pydantic_v1_deferred``)."""
    lines = _run(PYDANTIC_V1)
    assert set(lines.values()) == {"True"}, lines


def test_confection_reads_pydantic_v1_only_in_the_functions_wrapped():
    """``pydantic_v1_deferred`` wraps the functions of ``confection.validation`` that read its two
    pydantic v1 names: a confection that reads them elsewhere must be looked at again."""
    import importlib.util

    from extract.spacy_import import _V1_READERS

    source = Path(importlib.util.find_spec("confection.validation").origin).read_text(encoding="utf-8")
    tree = ast.parse(source)
    names = {"_PydanticV1BaseModel", "_PydanticV1ValidationError"}
    readers = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(fn)):
                readers.add(fn.name)
    assert readers == set(_V1_READERS)
    # (and at module level only the optional import that sets them)
    top = [n for n in tree.body if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    assert any(isinstance(n, ast.Name) and n.id in names for t in top for n in ast.walk(t))


SPECIAL_CASES = r"""
import copy
import extract.nlp as n
from spacy.tokenizer import Tokenizer
from spacy.lang.en import English
from spacy.vocab import create_vocab
from spacy.attrs import ORTH, NORM
rules = English.Defaults.tokenizer_exceptions
def built(cls, rules):
    return cls(create_vocab(English.lang, English.Defaults), rules=copy.deepcopy(rules))
ours, theirs = built(n._Tokenizer, rules), built(Tokenizer, rules)
print('same_rules', ours.to_bytes(exclude=['vocab']) == theirs.to_bytes(exclude=['vocab']))
print('fast_path_used', sum(1 for v in rules.values() if all(s.keys() <= {ORTH, NORM} for s in v)) > 1000)
def error(cls, chunk, subs):
    try:
        cls(create_vocab(English.lang, English.Defaults)).add_special_case(chunk, subs)
    except Exception as e:
        return type(e).__name__, str(e)
    return None
for i, (chunk, subs) in enumerate( [("dont", [{ORTH: "do"}, {ORTH: "nt"}]), ("dont", [{ORTH: "do", 74: "x"}, {ORTH: "nt"}]),
                    ("dont", [{"ORTH": "do"}, {"ORTH": "n't"}]), ("dont", [{ORTH: "do"}, {NORM: "n't"}]),
                    ("dont", [{ORTH: "do"}, {ORTH: "n't", NORM: "not"}]), ("do", [{ORTH: "do", NORM: "does"}])]):
    print(f'error{i}', error(n._Tokenizer, chunk, copy.deepcopy(subs)) == error(Tokenizer, chunk, copy.deepcopy(subs)))
"""


def test_special_cases_checked_faster_are_spacys_own():
    """The tokenizer's cheaper check of its special cases (``nlp._Tokenizer``) builds what spaCy's
    Tokenizer builds from the English exceptions, and raises where spaCy's raises."""
    lines = _run(SPECIAL_CASES)
    assert set(lines.values()) == {"True"}, lines


def test_pydantic_v1_is_held_back_only_where_spacy_reads_none_of_it(monkeypatch, tmp_path):
    """spaCy 3.7's schemas import pydantic v1 names where they can: then confection's import is not
    changed (spaCy would fall back to other classes); the installed spaCy (3.8) reads none."""
    import importlib.util
    from types import SimpleNamespace

    from extract import spacy_import

    spec = importlib.util.find_spec("spacy")
    installed = (Path(spec.submodule_search_locations[0]) / "schemas.py").read_text(encoding="utf-8")
    assert spacy_import._spacy_reads_v1() == ("pydantic.v1" in installed)
    old = tmp_path / "spacy"
    old.mkdir()
    (old / "schemas.py").write_text("try:\n    from pydantic.v1 import BaseModel\nexcept ImportError:\n"
                                    "    from pydantic import BaseModel\n", encoding="utf-8")
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: SimpleNamespace(submodule_search_locations=[str(old)]))
    assert spacy_import._spacy_reads_v1()
    (old / "schemas.py").unlink()
    assert spacy_import._spacy_reads_v1()   # (unreadable: not held back)
