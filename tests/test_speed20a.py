"""Session 20, speed20a: start-up answers remembered, each against its plain form."""
from extract import regex_cache
from extract.extractors.figures import matchers, token_runs
from extract.extractors.figures.token_runs import _COMMON, _accepts, _anchor, _constraint, _commonness
from spacy.schemas import validate_token_pattern


def _plain_anchor(pattern):
    """``token_runs._anchor`` as it was: every constraint's commonness counted afresh."""
    required = [c for spec in pattern if spec.get("OP") in (None, "+") and (c := _constraint(spec)) is not None]
    if not required:
        return None
    return min(required, key=lambda c: (sum(_accepts(c, w) for w in _COMMON), c[1] != "re"))


def test_anchor_of_every_period_pattern_is_the_plain_one():
    patterns = matchers._period_patterns()
    assert len(patterns) > 50
    _commonness.cache_clear()
    assert [_anchor(p) for p in patterns] == [_plain_anchor(p) for p in patterns]
    assert [_anchor(p) for p in patterns] == [_plain_anchor(p) for p in patterns]   # (from the memo)
    assert _commonness.cache_info().hits > 0


def test_anchor_prefers_the_rarer_constraint():
    # "the" is common; the months and the four-digit regex accept no common word: the regex wins the tie
    pattern = [{"LOWER": "the"}, {"LOWER": {"IN": ["january", "february"]}}, {"TEXT": {"REGEX": r"^\d{4}$"}}]
    assert _anchor(pattern) == (False, "re", r"^\d{4}$")
    assert _anchor(pattern[:2]) == (True, "in", ("january", "february"))
    assert _anchor(pattern) == _plain_anchor(pattern)
    assert _commonness((True, "eq", "the")) == 1


BAD = [[{"LOWER": {"REGEX": 5}}], [{"OP": "x", "LOWER": "a"}], [{"NO_SUCH_ATTR": "a"}]]
GOOD = [[{"LOWER": "in"}, {"TEXT": {"REGEX": r"^\d{4}$"}}], [{"LOWER": {"IN": ["q1", "q2"]}, "OP": "+"}]]


def test_validated_is_validate_token_pattern_with_the_cache_and_without():
    for pattern in GOOD + BAD:
        plain = validate_token_pattern(pattern)
        assert matchers._validated(pattern) == plain   # (no cache in force)
        with regex_cache.installed():
            assert matchers._validated(pattern) == plain
            assert matchers._validated(pattern) == plain   # (the kept answer, when the file is writable)
    assert all(validate_token_pattern(p) for p in BAD) and not any(validate_token_pattern(p) for p in GOOD)


def test_validated_keyed_by_spacy_version_and_schema_source(monkeypatch):
    import pydantic
    import spacy

    kinds = []

    def kept(kind, key, make):
        kinds.append(kind)
        return make()

    monkeypatch.setattr(regex_cache, "kept", kept)
    assert matchers._validated(GOOD[0]) == []
    name, sid = kinds[0]
    schemas_id = regex_cache.source_id(__import__("spacy.schemas").schemas.__file__)
    assert name == "spacy.validate_token_pattern" and schemas_id
    assert sid == f"{spacy.__version__}/{pydantic.VERSION}/{schemas_id}" == matchers.validation_id(schemas_id)


def test_validated_of_a_pattern_marshal_cannot_key_is_validated_plainly(monkeypatch):
    class Word(str):
        pass

    monkeypatch.setattr(regex_cache, "kept", lambda *a: (_ for _ in ()).throw(AssertionError("kept")))
    assert matchers._validated([{"LOWER": Word("in")}]) == validate_token_pattern([{"LOWER": Word("in")}])


def test_token_runs_groups_unchanged_by_the_memo():
    patterns = matchers._period_patterns()
    _commonness.cache_clear()
    runs = token_runs.TokenRuns(patterns)
    anchors = [_plain_anchor(p) for p in patterns]
    assert runs.anchors == list(dict.fromkeys(anchors))
    assert runs.groups == [runs.anchors.index(a) for a in anchors]


def test_early_reader_imports_its_extractors_before_the_fork(tmp_path):
    """The early reader's extractors (those that need no spaCy) are imported by the parent before it
    forks the child, so the child does not import them again; spaCy is still not imported then."""
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "a.txt").write_text("Crime fell by 5% in 2024.\n", encoding="utf-8")
    code = ("import sys\nfrom pathlib import Path\nfrom extract.early import EarlyReader\n"
            f"files = [Path({str(tmp_path / 'a.txt')!r})]\nr = EarlyReader(files, [0], {{}}, None)\n"
            "from extract.pipeline import EXTRACTORS, WITHOUT_NLP\n"
            "print(all(m in sys.modules for t, m in EXTRACTORS if t in WITHOUT_NLP), "
            "any(k.split('.')[0] in ('spacy', 'thinc') for k in sys.modules))\nr.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.split() == ["True", "False"]
