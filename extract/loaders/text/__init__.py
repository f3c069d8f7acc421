"""Plain text converted from PDF (pdftotext-like) into blocks.

Rules, in the order they apply:

1. **Pages.**  A form feed (``\\f``) ends a page (pdftotext; any form feed marks the
   text as paged, and a trailing one does not open an empty last page); a line that is only
   "Page N" / "# Page N" is a page marker (see :func:`common.paginate` for how
   markers become page numbers).  Without either, ``page_marked`` is False and
   every ``block.page`` is None.  Every block keeps its 1-based source ``line``.
2. **Tables.**  Two or more adjacent lines whose fields are separated by tabs
   form a table block (space-aligned tables: rule 7).  (Two spaces are not a separator: pdftotext puts two spaces
   after a full stop.)  Forms such as "Action Date Due Progress" on one line followed by
   action lines and "Jan 24 90%" lines are *not* tables here: they stay
   paragraphs, in order (a header printed one cell per line: rule 11).
3. **Bullets.**  A line starting with a bullet glyph (``• – — ― - ● ▪ ◦ ○ ■ □ ➢
   ✓ * ·``) followed by a space is a bullet.  Nesting level: by indentation
   when bullets are indented differently; otherwise a bullet whose glyph differs
   from the previous bullet's is nested one level under it when that previous
   bullet ends with ":" (pdftotext slides: "– Silent calls ... reduction:" then
   "• June ..."), returns to the level of an earlier bullet with the same glyph,
   and otherwise stays at the same level.
4. **Re-joining broken lines.**  A non-bullet line continues the block above
   (paragraph or bullet) when the block's last line does not end a sentence
   (``. ! ? : ;``, optionally followed by a quote or bracket) and the new line is
   not a heading of the strong kind (rule 5a/5b), not a data-only line ("Jan 24
   90%", "75%"), and at most two blank lines (three when it starts in lower
   case) separate them, and one of these holds: the new line starts in lower
   case; the last line had trailing whitespace (pdftotext keeps the space before
   a wrap); the last line ends with a function word ("the", "of", "and", ...); or
   the last line is long (>= 60 characters) or directly above (no blank line),
   and neither line is heading-like.  A data-only line joins only when it ends
   with "." ("2022."), follows a function word, or follows a bullet's wrapped
   line.  A line ending with ";" or "," is continued by a lower-case line.  A
   bullet that ended a sentence is continued by an adjacent (no blank line),
   non-heading line when its last line is long (>= 55 characters): pdftotext
   wraps "... data errors." / "Median is ...".  A dash "bullet" whose text
   starts in lower case after an unfinished line is part of that line
   ("... at a local" / "– national level").  A line opening with a list label ("(b) ",
   "b) ", "ii. ", "5. ") never continues a block that is itself a list item, nor one with a
   line opening with the label before it ("(a)" before "(b)", "4." before "5."): a minutes' or
   agenda's points, one a line, stay apart (``lines._next_item``).
5. **Headings** (a paragraph of at most 90 characters that does not end with
   ``. , ; :`` or a web table cell's `` |`` and holds no ``% £ =``):
   a. "Priority 1: ...", "PRIORITY 2 - ...", "Objective 3", "Part II", "Section 4" -> level 1;
   b. ALL-CAPS lines (the text before any parenthesis is upper case, with at
      least two words or followed by a parenthesis: "QUARTERLY UPDATES",
      "SO WHAT? (What is happening?)") -> level 2;
   c. short title-like lines -> level 3: at most 8 words, starting with a
      capital, and either at most 4 words or at least 3/4 of the significant
      words capitalised ("Data Summary", "Risks and issues", "Crime &
      Communication Centre – 999 Service").  A line made of column-header words
      only ("Action Date Due Progress", "Acronym Value") is a paragraph, and a
      run of 6 or more consecutive title-like lines is a list (a glossary, a
      diagram's labels), so they stay paragraphs.
6. **Bands (pdftotext -layout).**  A line with a run of three or more spaces between two
   words is a *seed*.  Two or more seeds on one page, at most two blank lines apart (with the
   lines between them), form a band; the lines just below a band that sit inside one of its
   columns (indented to a right-hand column, or directly below) and those just above it
   indented to a right-hand column join it.  Text without such bands is read as in rules 1-5.
7. **Columns of a band.**  A column boundary is proposed where some line has a field (text
   after two or more spaces) starting at x; it is kept when every line of the band has a space
   within four characters left of x (pdftotext rounds positions), and where the cut would
   separate two words one space apart on some lines ("17.7% ▲ Increasing"), at least
   min(2, that many) other lines have text on both sides two or more spaces apart (else it is a
   space inside a cell, "12 Months").  Cells are the text between a line's cuts, so an empty
   cell stays in its column; nothing is split on runs of spaces.
8. **Flows or table.**  A column is *running text* when its cells average 25+ characters,
   at most a fifth are values and at least 30% are bullets or end with ``. ! ? :``.  Each
   running-text column is a flow of its own, read left to right, and its lines go through
   rules 3-5 (indentation relative to the column; a new flow never continues the one before).
   Adjacent other columns are re-read as a band of their own (a table beside text); a band
   that is all non-text columns is a table: the first line (when it holds no value) and the
   adjacent lines below it with an empty first cell and no value are the header, merged per
   column; a body line with an empty first cell continues the row above (unless it would put
   a value on a value); a label-only line directly below a row with values continues it
   unless the next line holds that row's values.  A value is a number with at most a unit or a
   glyph after it ("-1.2% points ▼", "00:00:12") or a date/percent line ("Jan 24", "90%").
   In a flow, a line too full for the next line's first word (within a twelfth of the flow's
   width) is continued by the adjacent line below, even after a full stop.  A line that
   closes a bracket left open by the line above continues it ("(Pages" / "9 - 40)").
9. **Running headers and footers.**  With two or more form-feed pages, a line among the first
   or the last two of a page (at most 80 characters, not a seed, not a cell of a deliverables
   table of rule 11) whose text - or a bare page number - stands at the same edge of at least
   half the pages is dropped.  Rule 9b (:mod:`.furniture`), with or without form feeds: a bare page
   number ("3", "- 3 -", "3 of 12") beside a running line (printed twice or more, with numbers rising a page
   or a few at a time beside its prints) is dropped with those prints, and the line before them (a page's
   last) is no heading.  Every line rules 9 and 9b drop, and every page marker, is kept in
   ``Document.furniture`` (line, page, text, kind).

10. **Table residue (pdftotext default mode).**  Rules 11 and then 10 apply to the lines rules 6-8
   leave, before rules 3-5.  Default mode prints a table one cell per line (row by row, or column
   by column).  Each line outside a band is classed as a *value* (a number
   with at most a unit, a direction glyph and a trend word: "9,429", "17.7% ▲ Increasing",
   "~~~~~ 10,562", "00:00:12", "Jan 24", "90%"), a *glyph* ("^", "Q", "Increasing"), a *header*
   (column-header and period words only: "Measure", "3 Months to", "Oct-2023", "Date Due"), a
   *label* (at most 45 characters and 7 words, Title Case, no auxiliary verb: "Call Answered
   Volume: 999", "Three, Eight-Month High"), a short lower-case *wrap* of the line above in the
   same text block ("to 3 Years'"), or text (longer, a bullet, a strong heading, ends with
   ``. , ; : ? !``).  A run starts at a value or header line and goes on over classed lines
   (at most two blank lines apart, one page) until a text line, or a label line directly above
   a first-column header ("Response Times – Immediate" / "Measure": the next table's title);
   trailing labels, headers and wraps are left out (a heading below the table).  The run is a
   table when three or more value lines stand together (only glyphs between them): a table
   prints a row's or a column's values next to each other, while a dashboard's tiles (label /
   "(4 months)" / value, repeated) stay text.  The table has one column and one row per line (a
   plain wrap - lower-case start, a closing bracket, a line after a function word - joins its
   cell: "3 Months to" / "Jul-2024"); measure tables are not rebuilt from it (the cell order
   cannot be trusted), so no measure comes out of it and no narrative figure either, and every
   cell stays in the model.
11. **Deliverables (pdftotext default mode).**  Two or three consecutive header lines that read
   "Action(s)/Deliverable(s)/Milestone(s)" + "Date Due/Due Date/Due/Deadline/Target Date/
   Timescale(s)" + "Progress" ("Action" / "Date Due" / "Progress") start a three-column table
   (the header on one line, "Action Date Due Progress", stays a paragraph, read by the
   deliverables extractor as text).  Each row is one or more action lines (adjacent lines are one
   cell; blank-separated fragments are rows of their own with empty date and progress, grouped
   by the extractor), then a date line ("Jan 24", "12 March 2024", "Ongoing", "TBC") and a percent
   line ("90%"), or one line with both ("Jan 24 90%").  Bullets between rows (a text column
   printed beside the table) are kept as bullets after the table.  The table ends before the
   first row whose cells do not parse in that order (nothing is guessed); when the first row
   does not parse, there is no table.  With form feeds, a cell of such a table is never taken
   for a running header or footer (the same rows at the foot of every page of a repeated slide).
12. **A web table saved one cell per line** (:mod:`.cell_grid`; police FOI answer pages: cells on
   lines of their own, blank lines between them or a " |" after each).  A label line, then two or
   more period lines ("2020", "2019/20", "Q1 2023"), then at least two rows of a label line and
   exactly one value line per period ("161", "5.2%", "-") make a table with that header; the
   table ends at the first row that does not fit (a converter that dropped a row's empty cells
   leaves it unaligned: nothing is guessed).  Where each cell is followed by " |", a line holding
   "|" alone is an empty cell, a label cell may end with a colon ("Of those high risk: |"), and a
   header whose empty corner cell was printed after its periods ("2021/22 |" / "2022/23 |" / "|")
   gets it back in front.  A line holding only no-break spaces (a web table's "&nbsp;" cell) is an
   empty cell of such a table, and a blank line anywhere else.  A "Year" (or "Month", "Period") line, then label lines (or numbers
   naming columns: "999 |"), then rows of a period line and one value per label make a table
   whose rows are periods.  A header of two pipe lines, a row of period group heads
   ("| 1998-99 | 1999-2000 |") over a header whose value labels repeat once per group ("Force area |
   Total | Of which | Total | Of which |"), heads cells one per line the same way.  A header of words, each cell closed by " |" ("Year |" /
   "Total Officers injured |" / ...), is as wide as its first row says (the run of word cells is the
   header and that row's label cells, the run of values after it the row's values).  A label cell and
   *one* value column's word cell, then rows of a label and a value cell ("Parish |" / "Tax Base |" /
   "Hale |" / "729 |": ModernGov decision pages), may have "|" lines between rows (skipped) and the
   header printed again (skipped).  It runs before rule 10.
13. **Pipe rows** (:mod:`.inline_rows`; a web table saved as text without a Markdown separator
   row): two or more adjacent lines of two or more "|"-separated cells each, as many on every line,
   with a number below the first line, are a table; a "|" at either edge of a line is no cell; a
   header whose last cell is empty over rows whose last cell is not lost its corner cell to the
   converter, and it is put back in front, as it is for a header of names one cell short over rows
   each led by a period.  A row of period group heads over a header whose value labels repeat once
   per group ("| 2022/23 | 2023/24 |" over "Indicator | Target | Actual | Target | Actual |") is the
   table's first header row, each head over the first column of its run.  It runs before rule 6 (the lines between such tables
   are read by rules 6-8 as before).
14. **Spaced rows** (:mod:`.inline_rows`): a line of an optional label and two or more periods
   ("Month 2017 2018 2019 2020"), then two or more adjacent lines of a label and exactly one number
   per period, make a table; it ends before the first line that does not fit (a label alone on its
   line, with a row right after it, is a group row: "Central" over "Male 82 84 ...").  It runs after rule 12.
   Rule 14b (:mod:`.marker_rows`): a header whose columns each close with a money marker ("Service
   areas Spend (£million) Income (£million) Budget (£million)"), led by a row dimension's name, over
   three or more lines of a label without a figure and one value per column; or whose value columns
   are each a period and a marker ("Bromyard and Winslow Town Council 2016/17 £ 2017/18 £", also
   saved one cell per line: "Expenditure 2016-2017" / "£m" / "2017-2018" / "£m"), the words before
   the periods the caption unless they name a row dimension.
15. **A table flattened into one line** (:mod:`.inline_rows`; written answers and FOI pages saved as
   text): "[caption] Year <column> P1 V1 P2 V2 ..." (three pairs or more, a "Total V" last), or "<label>
   P1 .. Pk" then groups of a label without digits and exactly k values, to the end of the line, is a
   table (the caption a paragraph before it); a header that does not name every column (no periods,
   a period twice) or one word group that does not fit leaves the line as it is.  It runs with rule 14.
"""
from .lines import (BULLET_GLYPHS, HEADER_WORDS, SMALL_WORDS, heading_level, is_caps_heading,  # noqa: F401
                    is_header_row, is_keyword_heading, is_title_like)
from .parse import parse_text  # noqa: F401

__all__ = ["parse_text", "heading_level", "is_caps_heading", "is_header_row", "is_keyword_heading",
           "is_title_like", "BULLET_GLYPHS", "HEADER_WORDS", "SMALL_WORDS"]
