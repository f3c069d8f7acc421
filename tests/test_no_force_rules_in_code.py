"""Issue 16: no force's names as rules in code. Wiltshire's places, services and the
force's own name live in its force file (extract/vocab/data/forces/wiltshire.toml); the
code holds none of them as strings (docstrings and comments may name examples)."""
from __future__ import annotations

import ast
from pathlib import Path

from extract.vocab import Vocabulary, shipped_files

EXTRACT = Path(__file__).resolve().parents[1] / "extract"
#: ("storm log" stays generic: STORM is a command-and-control system several forces use)
FORCE_WORDS = ("wiltshire", "swindon", "salisbury", "chippenham", "trowbridge", "crib")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def test_no_wiltshire_names_in_code_strings():
    found = []
    for path in sorted(EXTRACT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                low = node.value.lower()
                for w in FORCE_WORDS:
                    if w == "crib" and "\\bcrib" not in low and " crib" not in f" {low}":
                        continue
                    if w in low:
                        found.append((str(path.relative_to(EXTRACT)), node.lineno, w))
    assert found == []


def test_reconciliation_subjects_come_from_the_force_files(tmp_path):
    """A force file adds its own sub-areas to the subjects reconciliation tells apart;
    without Wiltshire's file, Swindon is no such subject."""
    from extract.reconcile.vocabulary import SUBJECT_KEYS

    assert "swindon" in SUBJECT_KEYS and "crib" in SUBJECT_KEYS     # from forces/wiltshire.toml
    without = [f for f in shipped_files() if f.name != "wiltshire.toml"]
    assert "swindon" not in Vocabulary(without).words("reconcile_subjects")
    other = tmp_path / "northshire.toml"
    other.write_text('[area.eastfield]\nlabel = "Eastfield"\nphrases = ["Eastfield"]\n\n'
                     '[words]\nreconcile_subjects = ["eastfield"]\n', encoding="utf-8")
    v = Vocabulary(without + [other])
    assert v.words("reconcile_subjects")[-1] == "eastfield"
    assert v.subject_regex("eastfield").search("crime in Eastfield rose")


def test_force_names_are_force_wide_words_not_subjects():
    from extract.reconcile.vocabulary import _FORCE_WORDS

    assert {"wiltshire", "surrey", "kent", "durham"} <= _FORCE_WORDS
    # parts of force names that are not places stay meaningful row words
    assert not {"police", "north", "west"} & _FORCE_WORDS
