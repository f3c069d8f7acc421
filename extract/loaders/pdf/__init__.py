"""Read a PDF into the document model with pdfplumber.

``load_pdf(path, data, *, max_pages=500, timeout_s=120)`` -> :class:`Document`
(format ``pdf``, ``page_marked`` True, 1-based pages, every block with its
``page`` and ``bbox``).  A long PDF can be read by several workers at once:
``read_page_range`` reads one range of pages (the character pass below) and
``load_pdf(..., pages_read=[...], n_pages=N)`` assembles the ranges into the same
document a whole read gives (``page_count``, ``page_ranges`` cut the work).

How a page is read (one pass over its characters):

1. ``page.extract_words`` once (with font size and name); rotated words are
   dropped.  A page drawn upright and then turned with /Rotate 90, 180 or 270
   (most characters run sideways or upside down when displayed) is read turned
   back, in the frame it was drawn in (``rotation.py``).  pdfplumber splits a word where its font or size changes; pieces
   that touch are one word again ("14" + a raised "th" -> "14th", a bold "Note"
   + ":"), except a raised smaller piece of digits: glued after a word it is a
   footnote reference ("publication" + "1", "17.7%" + "2") and is dropped, as the
   Markdown loader drops ``[^1]``; before its text (a footnote's own number) it stays
   a word apart.  Ruled tables are found with ``page.find_tables`` (lines strategy)
   only when the page draws lines or rectangles; their words are assigned to
   cells by position and never also appear as text.  A grid is kept as a table
   when its structure is clear (no cell holds prose, or two rows each have two or
   more short cells), even if some cells hold whole paragraphs (each kept whole
   as its cell's text); a grid whose cells are all paragraphs (layout boxes), or
   one filled cell, is not a table and its text flows.  A cell's lines are
   joined with a space where a line wrapped (the next line's first word would
   not have fitted after it) and with "\n" where a line that leaves room is
   followed by one starting with a capital, digit or bullet (a list, one item a
   line); in unruled cells (no box to measure) only before a bullet glyph.  A
   row cut by a page break (side rules without the closing rule) is closed
   there, and joined with its rest on the next page into one row.  Letter-
   spaced text cut where one letter gap passes pdfplumber's tolerance
   ("Comple" "te") is one word again when the gap is within the word's letter
   spacing + 0.1 em.
2. Words are grouped into visual lines and each line into *segments* (runs of
   words separated by less than ~0.75 em; the stretched, all-equal spaces of
   a justified line of prose never split it).  Words of one visual line that sit
   one above the other (two 6 pt table lines beside one 9 pt line of text) are
   first split into their own lines.  A leading bullet glyph or number
   ("•", "1.", "4.10") is kept with the text after it, and so is a bullet glyph
   further along the line within 1.5 em of its text.
3. Headers and footers are removed before layout: a segment in the top or
   bottom 12% of the page whose text (digits ignored) recurs at the same height
   on most pages, a page-number line ("12", "Page 4", "3 of 20", "- 7 -"), and
   "This page is intentionally left blank".  A bare number on a line of three
   or more segments is a table value, never a page number.  Words in a dingbat
   font (ZapfDingbats, Wingdings) that come out as plain letters (the PDF gives
   no Unicode for the arrow) are dropped rather than glued to a value.
4. Reading order is a recursive XY cut.  First, column channels: a vertical
   whitespace channel free of text over a run of bands (the full height of a
   region; a band at the run's edge with text on one side only stays out when it
   is nearer the text beyond, e.g. the short last line of a paragraph above)
   splits the region into above / left / right / below, each read in turn, when
   one side is a single column of running text (prose, or bullets with their
   wrapped lines; lines of several cells are not text) and the other is set 20%
   larger or smaller, or is a table (columns of its own) whose lines and the
   text's do not line up (under half either way).  So a text column beside an
   unruled table is its own flow whatever the line pitch, and only the middle
   region is analysed as a table.  Then the region is cut into horizontal bands;
   consecutive bands sharing a vertical gutter are grouped; a gutter between two
   text columns (or beside a ruled table, or between parts whose lines do not
   line up) is cut and each side is read in turn, left to right.  Parts whose
   lines line up across gutters, with short cells, are an *unruled table* when
   confident (at least two lines with two or more filled columns, and no column
   of bullets in another size than the rest: a text column not cut off gives no
   table rather than a wrong one); otherwise they are read as text.  Gutters are
   at least 0.7 em of the text they separate (a table in small print has narrow
   gaps between columns); a column of bullet glyphs only is part of the column
   on its right, and a bullet line under such a list column goes on in its cell.
   A sparse strip of short cells (a "Q" flag column, a
   wrapped column header) is judged against every other strip of its group, not
   only its neighbour (a header cell wrapped over several lines needs only its
   first line to line up), so it does not split a table; text set 20% larger or
   smaller than the strip beside it, when one side is prose, is a separate flow.
   Consecutive bold lines of different sizes, or a bold line ending a sentence
   followed by a short bold line, are separate blocks ("SO WHAT? (...)" / "Data
   Summary").
5. Lines of text are joined into paragraphs.  The line gap of the page is
   measured where a line *wraps* into the next (the next line's first word
   would not have fitted after it, and the sentence goes on: lower-case start,
   or a comma or function word before); without such evidence it is at most
   0.25 em, so one-line paragraphs with paragraph space between them (a
   front sheet: "Date: ...", "Report of: ...") stay apart.  A new block
   starts at a gap larger than the line gap + 0.35 em, a change of style (size
   or weight; so a footnote in small type is its own paragraph), a bullet or
   item number, after a line ending a sentence when the next line's first word
   would have fitted after it (judged against the right edge of the lines
   around it, not of the whole column, so lines broken by hand stay together),
   and after a short one-line paragraph that does not wrap.  Headings (bold or
   larger lines) go on to a second line only when they wrap: same size, same x
   (or under the text after their number), tight pitch and the first line
   filling the column; so consecutive headings ("1. Apologies for Absence",
   "2. Declarations of Interest"), a bold line followed by a gap, lines whose
   x-start differs, and a numbered heading after a full line are separate
   blocks.  A short "Label:" line keeps a short value on the next line ("Date:"
   + "6 February 2024" -> one paragraph) but a longer paragraph after it is a
   block of its own.  Bullets keep their wrapped lines; a numbered item's
   wrapped line may go back under its number (minutes: "47.2 It was moved
   ...").  A block whose text is all larger than the page's body size (median
   character size) or all bold, short and not a bullet, is a heading.  Heading
   levels rank the heading styles of the whole document by size (bold before
   regular at the same size).  The body size is the smallest size carrying 30%
   of the page's non-table text (the document's when the page has little
   text).  Bullet text drops a glyph marker ("•", "–", an unmapped glyph
   "(cid:127)") but KEEPS an item number or letter ("1. There were ...",
   "4.10 The ...", "a) the proposed ...", "1 Apologies for Absence"), as the
   text and Markdown loaders do (the meetings extractor needs agenda numbers);
   a bold or larger numbered line ("2.1 Scope") is a heading and keeps its
   number.  A line starting with a bare number ("1 Apologies") is an item when
   its number stands apart from the text, or when another line at the same x
   starts with one too and the line before does not wrap into it; a wrapped
   line that merely starts with a number ("3 speakers are ...") is not an item.
   Any line starting with a number ("28 per cent ...", "2.4 incidents", "2023
   saw", "£1.2m was", even with a justified wide space after it) goes on with
   the line above when that line does not end a sentence (. ! ? : ;) and fills
   the column (the number would not have fitted after it, or it ends within 2 em
   of the right edge), unless the number is followed by a capitalised word at
   the x of another numbered line ("4.9 ... the year" / "4.10 The ..."); so a
   numbered list after "...:" and paragraphs "116. The ..." stay items.
   Bullet ``level`` is the rank of the marker's indent within its column
   (0 = outermost).
6. A table that ends a page and a table that starts the next one with the same
   number of columns are joined when the header row repeats (it is dropped) or
   the column positions line up.  A continuation with fewer columns (a column
   empty on the new page is not seen there) is joined when each of its columns
   falls inside a distinct column of the first part, in order, and its first
   row is not a header of words; its cells are put in those columns.  The joined
   block gets ``row_pages`` (the page each row was printed on) so records keep
   the page of their row.
7. A paragraph (or bullet) that runs over a page break, or from the foot of one
   text column to the top of the next, is one block: joined when the first part
   ends without terminal punctuation and the next body text (after header and
   footer removal, past up to two smaller footnotes) continues it: lower-case
   start, a comma or function word before, or (page break) the first part's last
   line fills the column and the next starts under it.  It keeps its first page.
   On one page, a paragraph ending with a function word ("... alongside a") is
   joined with the paragraph right under it (same x, at most 1.5 em between,
   same style) that starts with a letter or digit ("28 per cent increase ..."),
   as the Markdown loader joins them.

Also: a ruled box of one row ("Crime volume | Q1: 10,952 ...") is a table when
its cells are short; an unruled one is a one-row table when a lone line of cells
among text is a short label (no sentence, not "Label:") and value text with a figure
(five words, or three tokens with digits) at least 2 em and half the label's width to
its right, with its wrapped lines hugging it (two text columns have a narrow gutter and
run on above and below); such boxes are taken out of their band group before the
group's strips are cut.  The outer columns of an unruled dashboard stay in its table:
a column of short cells whose every cell (wrapped over up to three lines) starts on a
row's baseline, and, in the column-channel test, a side whose lines share the baselines
of the other side's rows of cells (not running text); text sizes differing by 20% do not
make two flows when the nearest cells across the channel share baseline and size.
Paragraph numbers of three digits ("116.") are item numbers like "16."; a leading bullet glyph is kept with text that starts with a
digit ("•   44.5% of callers") when within 3 em; running headers are matched per
page size (a landscape page puts its header at another height); unruled table
rows are split at the largest gap jump that leaves at least two row gaps (a row
whose wrapped line was cut off with its column does not set the row spacing).

Speed: the cost is pdfplumber's character parsing (one ``extract_words`` per
page); layout adds a few ms per page.  Pages are read in one process: the
time limit is checked between pages, so one pathological page can overrun it.

Bad input: encrypted -> LoadError "<path>: encrypted PDF ..."; unreadable ->
LoadError "<path>: not a readable PDF: ..."; no pages -> LoadError.  A page
without a text layer, a page that fails to parse, ``max_pages`` and
``timeout_s`` are reported in ``page.notes`` / ``doc.notes`` and never invent
text; the rest of the document is kept.
"""
from __future__ import annotations

from .. import LoadError
from .layout import _Layout
from .loader import PagesRead, load_pdf, page_count, page_ranges, read_page_range
from .page import _read_page
from .ruled import RuledTable
from .text import Item, Line, Word, _segments

__all__ = ["load_pdf", "read_page_range", "page_count", "page_ranges", "PagesRead", "LoadError", "RuledTable", "Word", "Item", "Line", "_Layout", "_read_page", "_segments"]
