"""spaCy imported and a blank pipeline made without the parts of spaCy this project never uses
(start-up time only: the same objects, the same behaviour; ``tests/test_nlp_build.py``).

* :func:`import_spacy`: ``import spacy`` without its command-line interface (typer, weasel,
  requests, httpx), without importing every pipeline component (``spacy.pipeline``'s
  ``__init__``: the parser, NER, textcat ... and their models), without every layer of
  thinc (``thinc.api``) and without srsly's YAML and pickle readers (``srsly``'s
  ``__init__``: ruamel.yaml, cloudpickle); each is imported when first asked for.
* :func:`registrations_deferred`: ``Language()`` and ``add_pipe`` of a component of ours
  without registering spaCy's own component factories and registered functions (which
  imports every component, model and language to do it: Japanese, Chinese ...).
"""
from __future__ import annotations

import ast
import importlib.util
import pkgutil
import sys
import threading
import types
from contextlib import contextmanager
from pathlib import Path


def import_spacy():
    """``import spacy``, ``spacy.pipeline``, ``thinc.api``, ``srsly`` and ``tqdm`` each a :func:`lazy_package`
    (those imported before are used as they are) and ``spacy.cli`` left out; confection (imported
    by thinc) without pydantic v1 (:func:`pydantic_v1_deferred`).

    ``spacy/__init__.py`` imports ``spacy.cli`` for one name, ``spacy.info``: while spaCy
    itself is imported, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins whose ``info``
    imports the real one when called; they are removed straight after, so a later
    ``import spacy.cli`` gets the real package.  A spaCy imported before is used as it is."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    with pydantic_v1_deferred():
        return _import_spacy()


def _import_spacy():
    if "srsly" not in sys.modules:
        lazy_package(importlib.util.find_spec("srsly"))
    if "tqdm" not in sys.modules and importlib.util.find_spec("tqdm") is not None:
        # (spacy.training imports tqdm for its training loop's bar: its __init__ imports its
        # command line, version lookup and notebook front ends; the bar itself is tqdm.std's)
        lazy_package(importlib.util.find_spec("tqdm"))
    if "thinc.api" not in sys.modules:
        import thinc

        lazy_package(importlib.util.spec_from_file_location("thinc.api", Path(thinc.__file__).parent / "api.py"))
    spec = importlib.util.find_spec("spacy")
    pipeline_dir = Path(spec.submodule_search_locations[0]) / "pipeline"
    lazy_package(importlib.util.spec_from_file_location(
        "spacy.pipeline", pipeline_dir / "__init__.py", submodule_search_locations=[str(pipeline_dir)]))

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"),
                 "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = info
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


#: the functions of ``confection.validation`` that read its pydantic v1 names
_V1_READERS = ("_is_pydantic_model", "_get_pydantic_validation_error")


@contextmanager
def pydantic_v1_deferred():
    """``confection`` imported without ``pydantic.v1`` (a tenth of spaCy's import): confection
    imports pydantic's v1 ``BaseModel`` and ``ValidationError``, if there, only to recognise a
    schema written with pydantic v1 (spaCy's schemas are pydantic v2).  While confection is
    imported ``pydantic.v1`` is not importable (confection then sets those two names None);
    straight after, the two functions of ``confection.validation`` that read them are wrapped
    so that the first call of either imports pydantic v1 and sets them as confection would
    have (then puts the functions back): the same answers, from the first call on.  Nothing is
    changed when confection or pydantic v1 was imported before, or confection reads other
    names than these (``tests/test_nlp_build.py`` checks its source)."""
    if "confection" in sys.modules or "pydantic.v1" in sys.modules or _spacy_reads_v1():
        yield
        return
    sys.modules["pydantic.v1"] = None   # (an import of it raises ImportError, as if not installed)
    try:
        yield
    finally:
        if "pydantic.v1" in sys.modules and sys.modules["pydantic.v1"] is None:
            del sys.modules["pydantic.v1"]
    validation = sys.modules.get("confection.validation")
    if validation is not None and all(callable(getattr(validation, n, None)) for n in _V1_READERS) \
            and getattr(validation, "_PydanticV1BaseModel", False) is None:
        _wrap_v1_readers(validation)


def _spacy_reads_v1() -> bool:
    """Does the installed spaCy's ``schemas`` module import pydantic v1 (spaCy 3.7 reads its names
    through ``pydantic.v1`` where it can, 3.8 uses v2 only)?  Then v1 is not held back: spaCy would
    fall back to other classes.  True too when the source cannot be read."""
    try:
        spec = importlib.util.find_spec("spacy")
        source = Path(spec.submodule_search_locations[0]) / "schemas.py"
        return "pydantic.v1" in source.read_text(encoding="utf-8")
    except (OSError, TypeError, AttributeError, ValueError, ImportError):
        return True


def _wrap_v1_readers(validation) -> None:
    originals = {name: getattr(validation, name) for name in _V1_READERS}
    lock = threading.Lock()

    def whole() -> None:
        with lock:
            if getattr(validation, _V1_READERS[0]) is originals[_V1_READERS[0]]:
                return   # (done by another thread)
            try:   # (what confection does on import)
                from pydantic.v1 import BaseModel, ValidationError
            except ImportError:
                pass
            else:
                validation._PydanticV1BaseModel, validation._PydanticV1ValidationError = BaseModel, ValidationError
            for name, fn in originals.items():
                setattr(validation, name, fn)

    def reader(name: str):
        def read(*args, **kwargs):
            whole()
            return originals[name](*args, **kwargs)
        read.__name__ = read.__qualname__ = name
        read.__wrapped__ = originals[name]
        return read

    for name in _V1_READERS:
        setattr(validation, name, reader(name))


def lazy_package(spec):
    """The package (or module) of ``spec`` in ``sys.modules`` without its ``__init__`` run: its
    submodules import as usual; a name its ``__init__`` imports from a submodule (``from .x import
    Name``) is imported from there when first asked for (exact: the same object); any other name
    (``__all__`` too) runs the real ``__init__`` in the same module first (once, under a lock):
    the package whole, as if imported the usual way."""
    module = importlib.util.module_from_spec(spec)
    with open(spec.origin, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    where = {alias.asname or alias.name: node.module for node in tree.body
             if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
             for alias in node.names if alias.name != "*"}
    submodules: list = []
    lock, running = threading.RLock(), []

    def missing(attr: str):
        return AttributeError(f"module {spec.name!r} has no attribute {attr!r}")

    def __getattr__(attr: str):
        if attr in where:
            value = getattr(importlib.import_module("." + where[attr], spec.parent), attr)
            setattr(module, attr, value)
            return value
        if attr.startswith("__") and attr != "__all__":   # (the import system's own questions)
            raise missing(attr)
        if not submodules:
            path = module.__dict__.get("__path__", ())
            submodules.append(frozenset(m.name for m in pkgutil.iter_modules(path)))
        if attr in submodules[0]:   # (``from . import x``: x is then imported)
            raise missing(attr)
        with lock:
            if running:   # (asked by the real __init__ itself, while it runs)
                raise missing(attr)
            if module.__dict__.get("__getattr__") is __getattr__:
                running.append(True)
                try:
                    spec.loader.exec_module(module)
                finally:
                    running.clear()
                if module.__dict__.get("__getattr__") is __getattr__:
                    del module.__getattr__
        return getattr(module, attr)

    module.__getattr__ = __getattr__
    sys.modules[spec.name] = module
    parent, _, child = spec.name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return module


@contextmanager
def registrations_deferred():
    """spaCy's built-in component factories and registered functions left unregistered while
    a pipeline is made: ``Language()`` registers every factory and ``add_pipe`` (through the
    registry) every registered function, importing every component, model and language to do
    it; a blank pipeline with components of ours uses none of them.  Anything made after
    (``spacy.blank``, ``spacy.load``) registers them as usual: only a stand-in
    ``spacy.pipeline.factories`` and the registry's "populated" mark, put back straight after."""
    import spacy.registrations as registrations

    name = "spacy.pipeline.factories"
    stand_in = None
    if name not in sys.modules:
        stand_in = types.ModuleType(name)
        stand_in.register_factories = lambda: None
        sys.modules[name] = stand_in
    populated = registrations.REGISTRY_POPULATED
    registrations.REGISTRY_POPULATED = True
    try:
        yield
    finally:
        registrations.REGISTRY_POPULATED = populated
        if stand_in is not None and sys.modules.get(name) is stand_in:
            del sys.modules[name]
