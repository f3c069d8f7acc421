"""The shared patterns kept in one home (list labels, spend words, month names, post titles): each reader's
form accepts and rejects what its own copy did before they were unified.  The forms are read through the
names each reader uses, so the same tests run on the copies and on the one home."""
from __future__ import annotations

import pytest

from extract.extractors.deliverables import inline
from extract.extractors.figures import clean, sentence, sentence_periods
from extract.extractors.meetings import attendance, names, patterns
from extract.loaders.pdf import paragraphs as pdf_paragraphs
from extract.loaders.pdf import text as pdf_text
from extract.loaders.text import layout, lines
from extract.reconcile import named_rows


# --------------------------------------------------------------------------
# list labels
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("(b) that it be noted that 73% ...", ("(", "b", ")")),     # Bromsgrove
    ("b) The force ...", ("", "b", ")")),                        # Plymouth
    ("ii. Setting a course ...", ("", "ii", ".")),
    ("iii. Setting a course", ("", "iii", ".")),
    ("(iv) the budget", ("(", "iv", ")")),
    ("(xviii) the budget", ("(", "xviii", ")")),                 # five letters of a roman numeral
    ("5. type of damage ...", ("", "5", ".")),                   # West Midlands Police
    ("5) type", ("", "5", ")")),
    ("12. This compares", ("", "12", ".")),
    ("(b)", ("(", "b", ")")),                                    # alone, its text on the next line
    ("b)", ("", "b", ")")),
    ("(2)", ("(", "2", ")")),
])
def test_line_label_takes(text, label):
    assert lines._label_of(text) == label


@pytest.mark.parametrize("text", [
    "2.",                 # an FOI answer's question number alone
    "b.",                 # alone, no bracket closing it
    "(a. the text",       # a bracket opened, a full stop closing
    "123. Apologies",     # three digits: a minute's number (read by its own rule)
    "A. Apologies",       # a capital
    "b)text",             # no space before the text
    "xxxiii) text",       # six letters
    "Apologies",
    "",
])
def test_line_label_refuses(text):
    assert lines._label_of(text) is None


@pytest.mark.parametrize("raw, body", [
    ("1.    Cabinet notes", "    Cabinet notes"),
    ("  12    Total crime", "    Total crime"),        # a bare number before a column gap
    ("123)   Apologies", "   Apologies"),
    ("(12)   Apologies", "   Apologies"),
    ("(a)   Apologies", "   Apologies"),
    ("(iv)   Apologies", "   Apologies"),
    ("(xviii)   Apologies", "   Apologies"),
    ("a.   Apologies", "   Apologies"),
    ("iv)   Apologies", "   Apologies"),
])
def test_layout_list_number_strips(raw, body):
    assert layout._LIST_NUMBER.sub("", raw, count=1) == body


@pytest.mark.parametrize("raw", [
    "1234.   Apologies",    # four digits
    "a    Apologies",       # a letter with no closer
    "1.  Apologies",        # two spaces: no column gap
    "(ab)   Apologies",
    "Total    12",
])
def test_layout_list_number_refuses(raw):
    assert layout._LIST_NUMBER.match(raw) is None


@pytest.mark.parametrize("text, marker", [
    ("1. Introduction", "1."),
    ("4.10 The panel", "4.10"),
    ("4.10.2 The panel", "4.10.2"),
    ("12 The panel", "12"),
    ("573. Apologies", "573."),
    ("(a) The panel", "(a)"),
    ("a) The panel", "a)"),
    ("(iv) The panel", "(iv)"),
    ("iv) The panel", "iv)"),
    ("(xviii) The panel", "(xviii)"),
])
def test_pdf_num_mark_takes(text, marker):
    m = pdf_text._NUM_MARK.match(text)
    assert m is not None and m.group(1) == marker
    assert pdf_paragraphs._is_item_number(marker)
    assert pdf_text._MARK_ONLY.match(marker)


@pytest.mark.parametrize("text", [
    "573 Apologies",        # three digits need the full stop (a bare one is a value)
    "1234. Apologies",
    "a. The panel",         # a letter with a full stop (an initial, "e.g.")
    "iv. The panel",
    "(ab) The panel",
    "1.",                   # nothing after it
    "(a)",
])
def test_pdf_num_mark_refuses(text):
    assert pdf_text._NUM_MARK.match(text) is None


@pytest.mark.parametrize("marker", ["•", "-", "(cid:12)", "1.", "4.10.", "573.", "(a)", "iv)"])
def test_pdf_mark_only_takes(marker):
    assert pdf_text._MARK_ONLY.match(marker)


@pytest.mark.parametrize("marker", ["573", "a.", "1.2.3.4.5", "(a", "Total"])
def test_pdf_mark_only_refuses(marker):
    assert pdf_text._MARK_ONLY.match(marker) is None


@pytest.mark.parametrize("text, out", [
    ("1. The force recorded 45 crimes", "The force recorded 45 crimes"),
    ("(1) The force", "The force"),
    ("1.2 The force", "The force"),            # a paragraph number without its stop, before a capital
    ("1.2.3. The force", "The force"),
    ("1.2.3.4 The force", "The force"),
    ("(a) The force", "The force"),
    ("a) The force", "The force"),
    ("(iv) The force", "The force"),
    ("iv. The force", "The force"),
    ("(xviii) The force", "The force"),
    ("5. type of damage", "type of damage"),   # a plain label before a lower-case word
    ("(b) that it be noted", "that it be noted"),
    ("ii. that it be noted", "that it be noted"),
    ("1. “The force”", "“The force”"),
])
def test_clean_strips_item_label(text, out):
    assert clean._ITEM_LABEL.sub("", text) == out


@pytest.mark.parametrize("text", [
    "1.5 million people",      # a dotted number before a lower-case word is a value
    "12 The force",            # a bare number
    "a. The force",            # a letter with a full stop
    "123. The force",
    "(ab) The force",
    "1.2.3.4.5 The force",
])
def test_clean_keeps(text):
    assert clean._ITEM_LABEL.sub("", text) == text


@pytest.mark.parametrize("s, n", [
    ("noted: (a) burglary fell by 5% in 2023; (b) robbery rose", 2),
    ("(i) one (ii) two (iii) three", 3),
    ("(A) one (B) two", 2),                     # capitals too
    ("(xviii) one (xix) two", 2),
    ("(ab) one (cd) two", 0),
    ("a) one b) two", 0),                        # no opening bracket
    ("x(a) one x(b) two", 0),                    # glued to a word
    ("(a)one (b)two", 0),                        # no space after
])
def test_sentence_list_items(s, n):
    assert len(sentence._list_items(s)) == n


@pytest.mark.parametrize("t, body", [
    ("• JS to circulate", "JS to circulate"),
    ("o JS to circulate", "JS to circulate"),
    ("1. JS to circulate", "JS to circulate"),
    ("(12) JS to circulate", "JS to circulate"),
    ("a) JS to circulate", "JS to circulate"),
    ("(a. JS to circulate", "JS to circulate"),
    ("iv) JS to circulate", "iv) JS to circulate"),   # a roman numeral of more than one letter: no
    ("123. JS to circulate", "123. JS to circulate"),
    ("JS to circulate", "JS to circulate"),
])
def test_action_item_mark(t, body):
    assert inline._ITEM_MARK.sub("", t, count=1) == body


@pytest.mark.parametrize("text, ok", [
    ("4.1 The Panel noted", True),
    ("4.10. The Panel noted", True),
    ("(a) The Panel noted", True),
    ("b) The Panel noted", True),
    ("(12) (The Panel)", True),
    ("(a) the panel noted", False),     # before a lower-case word
    ("4. The Panel noted", False),      # an item's number, no paragraph's
    ("(iv) The Panel noted", False),
])
def test_meeting_paragraph_number(text, ok):
    assert bool(patterns._PARA_NO.match(text)) is ok


@pytest.mark.parametrize("text, parts", [
    ("(i) Cllr A and (ii) Cllr B", ["(i) Cllr A", "(ii) Cllr B"]),
    ("1. Cllr A and 2) Cllr B", ["1. Cllr A", "2) Cllr B"]),
    ("Cllr A; Cllr B", ["Cllr A", "Cllr B"]),
    ("Cllr A and Cllr B", ["Cllr A and Cllr B"]),
    ("(a) Cllr A and (b) Cllr B", ["(a) Cllr A and (b) Cllr B"]),   # a letter other than a roman one: no
])
def test_attendance_pairs_split(text, parts):
    assert attendance._PAIRS_SPLIT.split(text) == parts


# --------------------------------------------------------------------------
# spend words
# --------------------------------------------------------------------------

@pytest.mark.parametrize("s, ok", [
    ("an overspend of £3.2m", True),
    ("is forecast to underspend by £1m", True),
    ("the Department is over-spent by", True),
    ("under spending on staff", True),
    ("over - spends", True),
    ("the variance is £2m", True),
    ("variances of £2m", True),
    ("spend of £3m", False),
    ("an overspent", True),
    ("overspendings", False),
    ("a surplus of £2m", False),
])
def test_named_rows_spend_word(s, ok):
    assert bool(named_rows._SPEND_WORD.search(s)) is ok


# --------------------------------------------------------------------------
# month names
# --------------------------------------------------------------------------

@pytest.mark.parametrize("s, ok", [
    ("The JD rate in October was 11.3%", True),       # MPA
    ("as at the end of January 74% were", False),     # (Bromsgrove) a number right after it: read as its day or year
    ("as at the end of January the rate was 74%", True),
    ("in May the rate", True),
    ("in may the rate", False),        # the word, not the month
    ("in OCTOBER the rate", False),    # capitals only in the month's own case
    ("in October 2023 the rate", False),
    ("in October, 2023 the rate", False),
    ("in October-23 the rate", False),
    ("In September the rate", True),
    ("in Sept the rate", False),       # full names only
    ("during December the rate", True),
])
def test_undated_month(s, ok):
    assert bool(sentence_periods._UNDATED_MONTH.search(s)) is ok


# --------------------------------------------------------------------------
# post titles
# --------------------------------------------------------------------------

@pytest.mark.parametrize("s, ok", [
    ("PCC Link Officer", True),
    ("ACC Crime Manager", True),
    ("DCC Force Lead", True),
    ("PCC Chief Executive Officer", True),
    ("OPCC Link Officer", False),
    ("PCC Officer", False),          # one word after the title: the name's
    ("Cllr John Officer", False),
])
def test_post_title_job_shape(s, ok):
    assert bool(names._POST_TITLE_JOB.match(s)) is ok


@pytest.mark.parametrize("s", ["PCC Smith", "ACC Jones", "DCC Brown", "Cllr Smith", "Chief Constable Jones"])
def test_hon_takes_post_titles(s):
    assert names._HON_SEQ.match(s)


# --------------------------------------------------------------------------
# the one cutter of a line at offsets (meetings: labels run into one line, people run on)
# --------------------------------------------------------------------------

def test_cut_at():
    from extract.extractors.meetings.text import _cut_at
    line = "Ms A Clark, Acting Head of Policy Mrs R Cleland, Manager "
    assert _cut_at(line, [line.index("Mrs")]) == ["Ms A Clark, Acting Head of Policy", "Mrs R Cleland, Manager"]
    line = "Present: Cllr A Apologies: Cllr B"
    assert _cut_at(line, [0, line.index("Apologies")]) == ["Present: Cllr A", "Apologies: Cllr B"]
    assert _cut_at("abc", []) == ["abc"]
