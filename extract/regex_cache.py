"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

Importing the project compiles about 900 patterns (ours, and spaCy's tokenizer rules):
about 0.2 s of CPU before any document is read, spent in ``re``'s pattern parser and code
generator, which are written in Python.  The result of that work for one pattern -- the
arguments of ``_sre.compile`` -- is a pure function of the pattern text and its flags on one
Python version.  :func:`installed` keeps those arguments in a file beside the package's
bytecode (``extract/__pycache__/regex-<python tag>-<version>-<sre magic>-<layout>.marshal``) and, while it is
in force, a pattern met before is made from them directly.

Why that is exact: the file is written by this Python (its cache tag, version and the
``_sre`` magic number name the file, so another Python never reads it) from the same parser
and code generator that ``re`` runs; an entry is keyed by the pattern text and its flags.
Before the first entry is made in a process, the shortcut is checked against ``re`` on a set
of patterns (:func:`_self_check`); if this Python's ``re`` differs in shape, patterns are
compiled by ``re`` as usual and nothing new is kept.

The same file keeps the code ``dataclasses`` compiles for each class it makes (its
``__init__``, ``__repr__``, ``__eq__`` ...: Python 3.11 writes each as source text and
``exec``s it, about 7% of the start-up's instructions for the 450 methods of the project's and
spaCy's record classes): :func:`cover_dataclasses` has ``dataclasses`` run a text met before
from the code compiled for it then.  Exact for the same reason: the code is what ``exec``
compiles the text into on this Python (``compile(text, "<string>", "exec")`` with no flags
inherited: ``dataclasses`` itself has none), keyed by the whole text.

Nothing breaks without it: an unwritable or damaged file means patterns are compiled as
usual.  ``EXTRACT_REGEX_CACHE=0`` turns it off.

The file is shared by every run of the installation, whole runs and test runs alike: a run
that made new entries merges them into what the file holds when it writes (read again then,
under a lock on the folder, and replaced atomically), never cuts the file to its own; the
entries a run used move to the file's end, and past :data:`MAX_ENTRIES` those used least
recently go.  A pattern's code is kept as the bytes of its code words, read into a list only
when the pattern is made (loading the file is most of a run's use of it).
"""
from __future__ import annotations

import marshal
import os
from array import array
import re
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

try:
    import _sre
    from re import _compiler, _parser
except ImportError:   # (another Python's re: the cache is not used)
    _sre = _compiler = _parser = None

FOLDER = Path(__file__).resolve().parent / "__pycache__"

_LOCK = threading.Lock()
_STATE: dict = {"entries": None, "new": 0, "original": None, "depth": 0, "used": set(), "checked": 0,
                "loaded": 0, "covered": {}, "made": []}

#: the file keeps at most this many entries: those a writing run used last (patterns made from
#: a run's own names, e.g. its output folder's, would otherwise pile up); a whole run uses
#: about 1,850
MAX_ENTRIES = 4000

#: the file's layout (in its name: a file of another layout is never read): "b", code words as bytes
_FORMAT = "b"

#: the array type code of ``_sre``'s code words (None: kept as lists, as before)
_WORD = next((t for t in "IL" if _sre is not None and array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)


def path() -> Path:
    tag = sys.implementation.cache_tag or "python"
    version = ".".join(map(str, sys.version_info[:3]))
    return FOLDER / f"regex-{tag}-{version}-{getattr(_sre, 'MAGIC', 0)}-{_FORMAT}.marshal"


def _arguments(pattern: str, flags: int) -> tuple:
    """The arguments after the pattern text of ``_sre.compile`` for ``pattern``: what
    ``re._compiler.compile`` computes (parse, code generation, group maps)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), dict(groupindex),
            tuple(indexgroup))   # (plain ints: the code holds named int constants, which marshal refuses)


def _kept(args: tuple) -> tuple:
    """``args`` as the file keeps them: the code words as bytes (one object to load, not a list of ints)."""
    if _WORD is None:
        return args
    return (args[0], array(_WORD, args[1]).tobytes(), *args[2:])


def _code(args: tuple) -> list:
    """The code words of kept arguments, as the list ``_sre.compile`` takes."""
    code = args[1]
    if code.__class__ is bytes:
        words = array(_WORD)
        words.frombytes(code)
        return words.tolist()
    return code


def made(pattern: str, args: tuple):
    """The compiled pattern of kept arguments (what :func:`_cached_compile` returns)."""
    return _sre.compile(pattern, args[0], _code(args), *args[2:])


def _cached_compile(p, flags=0):
    """``re._compiler.compile`` with the parse and code generation of a pattern met before skipped."""
    entries = _STATE["entries"]
    if entries is None or not isinstance(p, str) or flags & re.DEBUG:
        return _STATE["original"](p, flags)
    key = (p, int(flags))
    _STATE["used"].add(key)
    args = entries.get(key)
    if args is None:
        if not _STATE["checked"]:   # (checked on the first pattern compiled here, not on every run)
            _STATE["checked"] = 1 if _self_check() else -1
        if _STATE["checked"] < 0:
            return _STATE["original"](p, flags)
        args = _arguments(p, int(flags))
        entries[key] = _kept(args)
        _made(key)
        return _sre.compile(p, *args)
    try:
        return made(p, args)
    except (TypeError, ValueError, RuntimeError, OverflowError):   # (an entry of another shape: compiled as usual)
        return _STATE["original"](p, flags)


def _made(key) -> None:
    """``key``'s entry was just made here: one more to save, and to hand on (:func:`made_since`)."""
    _STATE["new"] += 1
    _STATE["made"].append(key)


def mark() -> int:
    """Where this process is in the entries it makes (for :func:`made_since`)."""
    return len(_STATE["made"])


def made_since(at: int) -> dict:
    """The entries this process made since :func:`mark` gave ``at`` ({} with the cache off).  A
    forked child (a document worker, the child building the observations) hands them to the
    parent, which adopts them (:func:`adopt`): the parent alone writes the file, and what a child
    compiled would otherwise be compiled again by the children of every later run."""
    entries = _STATE["entries"]
    if entries is None:
        return {}
    return {k: entries[k] for k in _STATE["made"][at:]
            if k in entries and entries[k].__class__ is not _CODE_TYPE}   # (code objects do not pickle)


def adopt(made: dict) -> None:
    """Entries a child made (:func:`made_since`) taken in as if made here: saved with this
    process's on the way out.  An entry this process has already is left as it is."""
    entries = _STATE["entries"]
    if entries is None or not made:
        return
    for k, v in made.items():
        if k not in entries:
            entries[k] = v
            _made(k)
        _STATE["used"].add(k)


def kept(kind: tuple, key, make: Callable):
    """``make()``, a pure function's result for ``key``, kept in the file while the cache is in
    force: ``kind`` names the function and what its answer depends on beyond ``key`` (say, a
    hash of its module's source: :func:`source_id`), so a changed function is never answered
    from an old entry.  Kept as its marshal bytes and loaded afresh at each call (a caller may
    change what it gets); a result marshal cannot write is not kept."""
    entries = _STATE["entries"]
    if entries is None:
        return make()
    k = ("kept", kind, key)
    _STATE["used"].add(k)
    data = entries.get(k)
    if data.__class__ is bytes:
        try:
            return marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            pass
    value = make()
    try:
        marshal.dumps(k)   # (a key marshal cannot write, an int subclass say, would stop the file being saved)
        entries[k] = marshal.dumps(value)
    except ValueError:
        return value
    _made(k)
    return value


_SOURCES: dict = {}


def source_id(file: str) -> str:
    """A hash of a module's source file (read once per process), for :func:`kept`'s ``kind``;
    empty when it cannot be read (the caller then keeps nothing: see :func:`kept_by_source`)."""
    got = _SOURCES.get(file)
    if got is None:
        import hashlib

        try:
            got = hashlib.sha1(Path(file).read_bytes()).hexdigest()
        except OSError:
            got = ""
        _SOURCES[file] = got
    return got


def kept_by_source(name: str, file: str, key, make: Callable):
    """:func:`kept` for a function of the module whose source is ``file`` (its name ``name``): its
    entries are those of this source text only."""
    sid = source_id(file)
    return kept((name, sid), key, make) if sid else make()


#: the key of a code entry: its kind and the text ``dataclasses`` gives ``exec``
_CODE = "dataclasses.exec"


def _cached_exec(source, *args, **kwargs):
    """``exec`` for ``dataclasses``: a source text met before runs as the code compiled for it then."""
    entries = _STATE["entries"]
    if entries is None or source.__class__ is not str:
        return exec(source, *args, **kwargs)
    key = (_CODE, source)
    _STATE["used"].add(key)
    code = entries.get(key)
    if code is None or code.__class__ is not _CODE_TYPE:
        code = compile(source, "<string>", "exec", dont_inherit=True)   # (what exec(source) runs)
        entries[key] = code
        _made(key)
    return exec(code, *args, **kwargs)


_CODE_TYPE = type(_cached_exec.__code__)

#: the ``__future__`` flags a compiled function's code may carry (and ``compile`` pass on)
_FUTURE_FLAGS = 0
for _name in __import__("__future__").all_feature_names:
    _FUTURE_FLAGS |= getattr(__import__("__future__"), _name).compiler_flag

#: the kind of entry of an expression's code for ``typing`` (:func:`_cached_eval_code`)
_EVAL_CODE = "typing.compile"


def _cached_eval_code(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
    """``compile`` for ``typing``: a forward reference's text (``ForwardRef("Name")``, compiled as an
    expression: about 900 of them at the start-up, mostly pydantic_core's typed dicts) met before is
    the code compiled for it then; any other call is the builtin's.  typing's code has no
    ``__future__`` flags for ``compile`` to take on (checked by :func:`cover_dataclasses`), so the
    builtin is called with ``dont_inherit`` (this module's own flags are not typing's)."""
    entries = _STATE["entries"]
    if entries is None or source.__class__ is not str or filename != "<string>" or mode != "eval" \
            or flags or optimize != -1 or kwargs:
        return compile(source, filename, mode, flags, True, optimize, **kwargs)
    key = (_EVAL_CODE, source)
    _STATE["used"].add(key)
    code = entries.get(key)
    if code is None or code.__class__ is not _CODE_TYPE:
        code = compile(source, "<string>", "eval", dont_inherit=True)   # (what typing's compile(source) makes)
        entries[key] = code
        _made(key)
    return code


def cover_dataclasses() -> None:
    """While the cache is in force, ``dataclasses`` (imported here) compiles the methods of a
    class it made before from the code kept (:func:`_cached_exec`), and ``typing`` a forward
    reference's text from the code kept (:func:`_cached_eval_code`); put back by :func:`uninstall`."""
    import dataclasses
    import typing

    with _LOCK:
        if _STATE["entries"] is None or not _STATE["depth"]:
            return
        if "dataclasses" not in _STATE["covered"] and getattr(dataclasses, "_create_fn", None) is not None \
                and "exec" not in vars(dataclasses):   # (not one that makes methods another way, or another's)
            dataclasses.exec = _cached_exec
            _STATE["covered"]["dataclasses"] = dataclasses
        if "typing" not in _STATE["covered"] and "compile" not in vars(typing) \
                and not typing.ForwardRef.__init__.__code__.co_flags & _FUTURE_FLAGS:
            typing.compile = _cached_eval_code
            _STATE["covered"]["typing"] = typing


_CHECKS = [(r"(?P<n>\d{1,3}(?:,\d{3})*)(?:\.(\d+))?\s*%?", 0), (r"(?i)\bq([1-4])\b", 0),
           (r"(?<![\w.])£?(\d+)(?=\s)", re.IGNORECASE | re.MULTILINE), (r"[^\W\d_]+", re.UNICODE),
           (r"^(?:a|b)*?$|(?:x{2,}y)+", re.VERBOSE), (r"(?P<a>a)(?P=a)|\1?", 0)]
_CHECK_TEXTS = ["12,345.6 %", "Q3 and q4", " £12 and 3 ", "Année 2024", "abab", "xxyxxy", "aa"]


def regex_compile(pattern: str, flags: int = 0):
    """``regex.compile(pattern, flags)`` (the ``regex`` module, not ``re``), made from kept
    arguments while the cache is in force: what ``regex`` itself pickles a compiled pattern as
    (``Pattern._pickled_data``, the arguments of ``_regex.compile``; a pickled pattern is
    remade from them the same way), keyed by the pattern text, its flags and the ``regex``
    version.  A pattern whose code depends on the locale (``LOCALE``) is not kept."""
    import regex

    entries = _STATE["entries"]
    if entries is None or not isinstance(pattern, str) or flags & (regex.DEBUG | regex.LOCALE):
        return regex.compile(pattern, flags)
    key = ("regex", regex.__version__, str(regex.DEFAULT_VERSION), pattern, int(flags))
    _STATE["used"].add(key)
    data = entries.get(key)
    if data is not None:
        try:
            from regex import _regex

            return _regex.compile(*data)
        except Exception:   # noqa: BLE001 - kept arguments this regex does not take: compiled as usual
            pass
    rx = regex.compile(pattern, flags)
    data = getattr(rx, "_pickled_data", None)
    if isinstance(data, tuple) and not rx.flags & regex.LOCALE:
        try:
            marshal.dumps(data)
        except ValueError:
            return rx
        entries[key] = data
        _made(key)
    return rx


def min_width(rx: re.Pattern) -> int:
    """The least number of characters a match of ``rx`` takes: ``re``'s parser's
    ``getwidth()[0]``.  Read from the code this cache holds for the pattern when it has it (its
    INFO block, where ``re``'s code generator writes that number: ``_compiler._compile_info``),
    else parsed as ``re`` parses it.  (Import-time callers ask it of patterns just compiled.)"""
    entries = _STATE["entries"]
    if entries is not None and isinstance(rx.pattern, str) and _INFO is not None:
        bits = [b for b in range(rx.flags.bit_length()) if rx.flags >> b & 1]
        for n in range(1 << len(bits)):   # (the flags given to compile: those of rx.flags not set inline)
            args = entries.get((rx.pattern, sum(1 << b for i, b in enumerate(bits) if n >> i & 1)))
            if args is None or args[0] != rx.flags:
                continue
            code = args[1]
            if code.__class__ is bytes:   # (the first four code words: INFO, skip, flags, least width)
                code = array(_WORD, code[:4 * array(_WORD).itemsize]).tolist()
            if code[:1] == [_INFO] and len(code) > 3 and code[3] < _MAXCODE:
                return code[3]
    return _parser.parse(rx.pattern, rx.flags).getwidth()[0]


try:
    from re._constants import INFO as _INFO_OP
    _INFO, _MAXCODE = int(_INFO_OP), int(_compiler.MAXCODE)
except (ImportError, AttributeError, TypeError):   # (another Python's re: parsed, as before)
    _INFO, _MAXCODE = None, 0


def _self_check() -> bool:
    """Does the shortcut give the patterns ``re`` gives on this Python?"""
    if _sre is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return False
    try:
        for pattern, flags in _CHECKS:
            try:
                ours = _sre.compile(pattern, *_arguments(pattern, flags))
            except re.error:
                continue
            theirs = (_STATE["original"] or _compiler.compile)(pattern, flags)   # (re's own, not ours)
            if (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) != \
                    (theirs.pattern, theirs.flags, theirs.groups, dict(theirs.groupindex)):
                return False
            for text in _CHECK_TEXTS:
                a, b = ours.search(text), theirs.search(text)
                if (a and (a.span(), a.groups())) != (b and (b.span(), b.groups())):
                    return False
    except Exception:   # noqa: BLE001 - any surprise in re's internals: do without the cache
        return False
    return True


def _load() -> dict:
    try:
        data = marshal.loads(path().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def enabled() -> bool:
    return os.environ.get("EXTRACT_REGEX_CACHE", "1") != "0"


def install() -> bool:
    """Make ``re`` use the cache from now on (until :func:`uninstall`); True if it does."""
    with _LOCK:
        if _STATE["depth"]:
            _STATE["depth"] += 1
            return True
        if not enabled() or _sre is None or not hasattr(_compiler, "_code"):
            return False
        _STATE["entries"] = _load()
        _STATE["loaded"] = len(_STATE["entries"])
        _STATE["new"] = 0
        _STATE["used"] = set()
        _STATE["made"] = []
        _STATE["original"] = _compiler.compile
        _compiler.compile = _cached_compile
        _STATE["depth"] = 1
        return True


def uninstall() -> None:
    with _LOCK:
        if not _STATE["depth"]:
            return
        _STATE["depth"] -= 1
        if _STATE["depth"]:
            return
        _compiler.compile = _STATE["original"]
        for module in _STATE["covered"].values():
            if vars(module).get("exec") is _cached_exec:
                del module.exec
            if vars(module).get("compile") is _cached_eval_code:
                del module.compile
        _STATE["covered"] = {}
        _STATE["entries"] = None


def merged(kept: dict, used: dict, bound: int) -> dict:
    """What the file holds after a run: ``kept`` (the file as it is now, oldest use first) with
    the run's ``used`` entries moved to the end, the oldest dropped past ``bound``."""
    out = {k: v for k, v in kept.items() if k not in used}
    out.update(used)
    if len(out) > bound:
        keys = list(out)[len(out) - bound:]
        out = {k: out[k] for k in keys}
    return out


@contextmanager
def _folder_locked():
    """The cache folder locked (``flock``) while its file is read, merged and replaced, so two runs
    ending together both keep their new entries; without the lock (no ``fcntl``) the replace is
    still atomic: the later run's file wins whole."""
    try:
        import fcntl
        fd = os.open(FOLDER, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass
        yield
    finally:
        os.close(fd)   # (releases the lock)


def save() -> bool:
    """Merge the entries made since :func:`install` into the cache file, with those the run used
    moved to its end (:func:`merged`); True if written.  Nothing is written when the run made
    nothing new, and quietly nothing when the folder cannot be written."""
    with _LOCK:
        entries = _STATE["entries"]
        if entries is None or not _STATE["new"]:
            return False
        used = {k: entries[k] for k in _STATE["used"] if k in entries}
        _STATE["new"] = 0
    try:
        FOLDER.mkdir(exist_ok=True)
        with _folder_locked():
            data = merged(_load(), used, MAX_ENTRIES)
            fd, tmp = tempfile.mkstemp(dir=FOLDER, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(marshal.dumps(data))
                os.chmod(tmp, 0o644)   # (readable by every user of the installation, as bytecode is)
                os.replace(tmp, path())
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    except (OSError, ValueError):
        return False
    with _LOCK:
        _STATE["loaded"] = len(data)
    return True


@contextmanager
def installed():
    """The cache in force inside; what was compiled new is saved on the way out of the outermost
    one (an inner one saving would keep only the patterns used so far, and the outer one put
    the others back: two writes a run)."""
    on = install()
    try:
        yield on
    finally:
        if on:
            if _STATE["depth"] == 1:
                save()
            uninstall()
