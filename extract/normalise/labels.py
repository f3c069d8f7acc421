"""List labels: the letter, roman numeral or number that opens an item of a list ("(a)", "b)", "iv.", "5.",
"4.10").  Their parts are defined once here; each reader's form is derived from them below, and where forms
differ the difference is named with its reason.  (Bullet glyphs are each reader's own: they differ by source.)"""
from __future__ import annotations

import re

# --------------------------------------------------------------------------
# the parts
# --------------------------------------------------------------------------

#: a lettered item: one lower-case letter ("(a)", "b)")
LETTER = r"[a-z]"
#: a roman-numbered item, lower case, up to five letters ("iv", "xviii"): only its letters are checked
ROMAN = r"[ivx]{1,5}"
#: an item's number: one or two digits ("5.", "12)")
NUMBER = r"\d{1,2}"
#: the further parts of a numbered paragraph's number, one to three (".10" of "4.10", ".3.1" of "2.3.1")
SUBNUMBERS = rf"(?:(?:\.{NUMBER}){{1,3}})"
#: a minute's or agenda item's number runs to three digits ("573. Apologies"); where a reader takes one, its
#: own form says what else shows it is a label (its full stop, a column gap)
AGENDA_NUMBER = r"\d{1,3}"

# --------------------------------------------------------------------------
# each reader's form
# --------------------------------------------------------------------------

#: plain text (loaders.text.lines): a list item's label opening a line -- "(b) ", "b) ", "ii. ", "(iv) ", "5. ",
#: "5) " (a letter or roman numeral, or an item's number, then text), or alone on it when closed by a bracket
#: ("(b)", its text on the next line: Plymouth's minutes; a bare "2." alone is an FOI answer's question number,
#: left as it was).  Groups: opening bracket, label, closer (the reader compares them with the item before:
#: "(b)" follows "(a)"); a three-digit minute's number is read by its own rule there
LINE_LABEL = re.compile(rf"(\(?)({LETTER}|{ROMAN}|{NUMBER})([.)])(?:[ \t]+(?=\S)|(?<=\))[ \t]*$)")

#: pdftotext -layout text (loaders.text.layout): a list number or letter before Word's list indent turned into
#: spaces ("1.    Cabinet notes"); the gap of three spaces shows it is a label, so a minute's number may stand
#: bare ("12    Total"), and a letter or roman numeral takes a bracket or a closer
LAYOUT_LABEL = re.compile(rf"^[ \t]*(?:{AGENDA_NUMBER}[.)]?|\((?:{AGENDA_NUMBER}|{LETTER}|{ROMAN})\)|"
                          rf"(?:{LETTER}|{ROMAN})[.)])(?= {{3,}}\S)")

#: a PDF line's item number or letter (loaders.pdf.text, as a marker before text or a word of its own): a
#: numbered paragraph's number with or without its stop ("4.10", "1."), a minute's three digits only with
#: their full stop (a bare "573" is a value), a letter or roman numeral only with a closing bracket (a PDF's
#: "a." is as often an initial or "e.g." as a label)
PDF_ITEM_MARK = rf"{NUMBER}{SUBNUMBERS}?\.?|\d{{3}}\.|\(?(?:{LETTER}|{ROMAN})\)"

#: a narrative block's numbered-paragraph label, stripped from its start (extractors.figures.clean): before a
#: capital, a bracket, a quote or emphasis any label, a dotted paragraph number without its stop too ("1.2 The
#: ..."); before a lower-case word only a plain label -- never a dotted "1.5", a value: "1.5 million" -- a list
#: item "5. type of damage ..." on a line of its own (West Midlands Police), "(b) that it be noted that 73% ..."
#: (Bromsgrove).  A letter takes a closing bracket only ("a. " is as often an initial)
STRIP_LABEL = re.compile(
    rf"^(?:\(?{NUMBER}{SUBNUMBERS}?[.)]|{NUMBER}{SUBNUMBERS}|\(?{LETTER}\)|\(?{ROMAN}[.)])\s+(?=[A-Z(\"'“‘*])"
    rf"|^(?:\(?{NUMBER}[.)]|\(?{LETTER}\)|\(?{ROMAN}[.)])\s+(?=[a-z])")

#: a lettered or roman-numbered item of a list within one sentence, in brackets (extractors.figures.sentence):
#: "... noted: (a) burglary fell by 5% in 2023; (b) ..." (either case: "(A)", "(IV)"), its bracket at the text's
#: start or after a blank: ``(?:^|(?<=\s))\(...`` written to start with the bracket (its look-behind, two
#: characters, fails only after a character that is no blank), so ``re`` jumps from bracket to bracket instead
#: of trying the pattern at every character (the same matches: tests/test_speed15b.py)
IN_SENTENCE_ITEM = re.compile(rf"\((?<!\S\()(?:{LETTER}|{ROMAN})\)[ \t]", re.I)

#: a number or letter before a listed action (extractors.deliverables.inline): "1. ", "(a) ", "b. " -- the action
#: is the owner's initials and "to" after it, which is evidence enough, so a letter may take a full stop
ACTION_LABEL = rf"\(?{NUMBER}[.)]|\(?{LETTER}[.)]"

#: a minute's numbered paragraph (extractors.meetings.patterns), before a capital or a bracket: "4.1 ", "4.10. "
#: (an item's number with one part after it; a bare "4." is the item's own number), "(a) ", "b) ", "(12) "
MEETING_PARAGRAPH = rf"{AGENDA_NUMBER}\.{NUMBER}\.?|\(?{LETTER}\)|\(?{NUMBER}\)"

#: a numbered entry of a list of names after "and" ("(i) Cllr A and (ii) Cllr B", extractors.meetings.attendance):
#: a roman numeral or a number, the forms such lists were seen with (no lettered ones)
NAME_LIST_LABEL = rf"\(?(?:{ROMAN}|{NUMBER})[.)]"
