"""The tokenizer's infix regex and suffix alternatives are compiled as ``plain_escapes`` writes them
(non-ASCII escapes as the characters): the same regexes, parsed to the same trees."""
import re
from re import _parser

from extract.suffix_search import plain_escapes


def _tree(pattern: str, flags: int = 0):
    parsed = _parser.parse(pattern, flags)
    return repr(parsed.data), parsed.state.groupdict, parsed.state.groups, parsed.state.flags


def test_plain_escapes_writes_non_ascii_escapes_only():
    assert plain_escapes(r"[\u00C0-\u00D6a]") == "[À-Öa]"
    assert plain_escapes(r"\U0001F600") == "😀"
    # ASCII escapes keep their meaning ("-" in a class, "." ...); an escaped backslash is no escape
    assert plain_escapes(r"[a\u002Db]\u002E") == r"[a\u002Db]\u002E"
    assert plain_escapes(r"\\u00C0") == r"\\u00C0"
    assert plain_escapes(r"\\\u00C0") == "\\\\À"
    assert plain_escapes(r"\U00110000") == r"\U00110000"   # (no character: left to the parser's error)
    assert plain_escapes("plain") == "plain"
    for pattern in [r"[\u00C0-\u00D6a]", r"\\\u00C0", r"(?<=[\u0400-\u04FF])\.$"]:
        assert _tree(plain_escapes(pattern)) == _tree(pattern)


def test_spacys_english_patterns_parse_to_the_same_trees():
    import spacy

    from extract.nlp import get_nlp

    defaults = spacy.blank("en").Defaults
    infixes = "|".join(piece for piece in defaults.infixes if piece.strip())
    pieces = [piece + "$" for piece in defaults.suffixes if piece.strip()] + [infixes]
    pieces += ["^" + piece for piece in defaults.prefixes if piece.strip()]
    changed = 0
    for pattern in pieces:
        plain = plain_escapes(pattern)
        assert _tree(plain) == _tree(pattern), pattern[:80]
        changed += plain != pattern
    assert changed >= 4   # (spaCy's character classes are written as escapes: else nothing is gained)
    tokenizer = get_nlp().tokenizer
    assert tokenizer.infix_finditer.regex.pattern == plain_escapes(infixes)
    assert tokenizer.infix_finditer.__self__.pattern == infixes   # (what spaCy serialises)
    assert tokenizer.suffix_search._plain == [plain_escapes(alt) for alt in tokenizer.suffix_search.alternatives]
    assert re.compile(plain_escapes(infixes)).flags == re.compile(infixes).flags
