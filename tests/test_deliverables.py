"""Deliverables progress tables: the corpus (pdftotext-like runs, tab tables and
garbled slide tables) and hand-built documents of other forces' reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.model import Block, Document, Page, stable_id
from extract.extractors import deliverables

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HIGHLIGHT = CORPUS / "wiltshire-highlight-report-2023-10-to-12.txt"
PACK = CORPUS / "wiltshire-panel-agenda-pack-2023-12-14.md"

P1 = "Priority 1: A police service that meets the needs of its community"
P2 = "Priority 2: Reduce violence and serious harm"
P3 = "Priority 3: Tackle crimes that matter to local communities"
P4 = "Priority 4: Improve the experience of victims and deliver justice"

NEW_ADVOCACY = ("New Advocacy (SV)services tender complete - 6-year contract will see greater funding "
                "provided resulting in improved services, increased staffing and introduce online "
                "offence services for victims.")
UPDATED_1 = ("Updated service modelling in process, needs analysis and data review phases complete "
             "for both the Adult Victim and Young Victim contracts.")
UPDATED_2 = ("Updated service modelling, needs analysis and data review phases in process for the "
             "Swindon domestic abuse support service contract. Swindon Borough Council have paused "
             "contract renewal in the short term.")
OPCC_NHS = ("OPCC and NHS to recommission therapeutic interventions to support victims of child abuse "
            "(revisions of the procurement timetable at a local – national level in the last quarter)")

# (priority, action, due_raw, due_date, progress_pct)
COMMON_P1_P2 = [
    (P1, "Tidworth police building site work commenced", "Jan 24", "2024-01-01", 90.0),
    (P1, "Two additional mobile police stations to be introduced. Under construction",
     "Jan 24", "2024-01-01", 80.0),
    (P1, "Melksham custody suite and first floor refurbishment", "May 24", "2024-05-01", 60.0),
    (P2, OPCC_NHS, "Sep 23", "2023-09-01", 100.0),
    (P2, "Development of the Serious Violence Strategic Needs Assessment for Wiltshire and Swindon",
     "Sep 23", "2023-09-01", 50.0),
]
COMMON_P4 = [
    (P4, NEW_ADVOCACY, "Apr 23", "2023-04-01", 100.0),
    (P4, UPDATED_1, "New contract to start Apr 24", "2024-04-01", 75.0),
    (P4, UPDATED_2, "New contract to start Apr 24", "2024-04-01", 10.0),
    (P4, "Victim Needs Assessment Report – trends and gap analysis", "Aug 23", "2023-08-01", 100.0),
]
HIGHLIGHT_EXPECTED = COMMON_P1_P2 + [
    (P3, "Roll out of the ASB educational tool kit", None, None, None),
    (P3, "Training ASB specialists for each CPT. To be ASB SPOC and champion good practice",
     "Mar 23", "2023-03-01", 95.0),
    (P3, "Youth voice procurement and roll out", "Apr 24", "2024-04-01", 65.0),
] + COMMON_P4
PACK_EXPECTED = COMMON_P1_P2 + [
    # the garbled slide table prints only the first line of this action in its Action column
    (P3, "Training ASB specialists for each CPT. To be", "Mar 23", "2023-03-01", 95.0),
    (P3, "Youth voice procurement and roll out", "Apr 24", "2024-04-01", 65.0),
] + COMMON_P4


def _tuples(recs):
    return [(r.priority, r.action, r.due_raw, r.due_date, r.progress_pct) for r in recs]


@pytest.fixture(scope="module")
def loaded():
    from extract.loaders import load
    return {p.name: load(p) for p in (HIGHLIGHT, PACK)}


# ---------------------------------------------------------------- corpus

def test_highlight_report_txt_every_deliverable(loaded):
    doc = loaded[HIGHLIGHT.name]
    recs = deliverables.extract(doc)
    assert _tuples(recs) == HIGHLIGHT_EXPECTED
    for r in recs:
        assert r.doc_id == doc.doc_id
        assert r.deliverable_id == stable_id(doc.doc_id, r.priority, r.action)
    assert len({r.deliverable_id for r in recs}) == len(recs)


def test_agenda_pack_every_deliverable_tab_and_garbled_tables(loaded):
    doc = loaded[PACK.name]
    recs = deliverables.extract(doc)
    assert _tuples(recs) == PACK_EXPECTED
    # the text of the "Outcomes achieved this quarter" column never leaks into an action
    assert not any("Domestic Abuse" in r.action or "Outcomes" in r.action for r in recs)
    assert all(r.section for r in recs)


def test_no_deliverables_in_documents_without_the_table():
    from extract.loaders import load
    for name in ("wiltshire-newsletter-2023-03-to-05.txt", "wiltshire-performance-report-2019-q2.md"):
        assert deliverables.extract(load(CORPUS / name)) == []


# ---------------------------------------------------------------- hand-built

def _doc(blocks, pages=None) -> Document:
    doc = Document(source="hand.txt", sha256="ab" * 32, format="text")
    if pages:
        for n, bl in pages.items():
            for b in bl:
                b.page = n
            doc.pages.append(Page(number=n, blocks=bl))
    else:
        doc.pages.append(Page(number=1, blocks=blocks))
    return doc.finish()


def H(text, level=1):
    return Block("heading", text=text, level=level)


def P(text):
    return Block("paragraph", text=text)


def test_clean_table_other_force():
    doc = _doc([
        H("Priority 2: Safer roads for Northshire"),
        Block.table([["Action", "Date Due", "Progress"],
                     ["Average speed cameras on the A40", "Mar 25", "40%"],
                     ["Community Speedwatch expansion", "", "10%"],
                     ["Publish the roads policing plan", "October 2024", "100%"]]),
    ])
    recs = deliverables.extract(doc)
    assert _tuples(recs) == [
        ("Priority 2: Safer roads for Northshire", "Average speed cameras on the A40", "Mar 25",
         "2025-03-01", 40.0),
        ("Priority 2: Safer roads for Northshire", "Community Speedwatch expansion", None, None, 10.0),
        ("Priority 2: Safer roads for Northshire", "Publish the roads policing plan", "October 2024",
         "2024-10-01", 100.0),
    ]
    assert recs[0].section == "Priority 2: Safer roads for Northshire"


def test_broken_header_and_words_pushed_into_date_cell():
    doc = _doc([
        P("Priority 1: Visible neighbourhood policing"),
        Block.table([["Action", "Date Due", "Progres s"],
                     ["Extend the rural crime team contract", "to March 2025", "50%"],
                     ["Open the Ashford front counter", "to July 2024 Sep 24", "20%"]]),
    ])
    recs = deliverables.extract(doc)
    # issue 17: a due cell that is one date with words before it is the due date, never
    # glued onto the action; with two dates the words up to the first go back to the action
    assert [(r.action, r.due_raw, r.due_date, r.progress_pct) for r in recs] == [
        ("Extend the rural crime team contract", "to March 2025", "2025-03-01", 50.0),
        ("Open the Ashford front counter to July 2024", "Sep 24", "2024-09-01", 20.0),
    ]


def test_garbled_wide_slide_table_columns_found_by_header():
    rows = [
        ["Outcomes achieved this quarter", "Deliverables Progress", "", "", ""],
        ["Knife arches used at 12 events.", "Action", "Date Due", "Progress", ""],
        ["Burglary down 9% year-on-year.", "New custody block at Exeter", "Jun 24", "35%", ""],
        ["Fraud unit staffed.", "Replacement of the command and control", "", "", ""],
        ["Hate crime reports up.", "system", "Dec 25", "5%", ""],
        ["", "", "", "", ""],
        ["Further outcome text.", "PCC focus next quarter", "", "", ""],
        ["More text", "Campaign to increa", "se crime repo", "rting.", ""],
    ]
    doc = _doc([H("Priority 3: Fighting serious crime in Westshire"), Block.table(rows)])
    recs = deliverables.extract(doc)
    assert [(r.action, r.due_date, r.progress_pct) for r in recs] == [
        ("New custody block at Exeter", "2024-06-01", 35.0),
        ("Replacement of the command and control system", "2025-12-01", 5.0),
    ]
    assert {r.priority for r in recs} == {"Priority 3: Fighting serious crime in Westshire"}


def test_continuation_after_a_dated_row_and_split_sentence():
    rows = [
        ["Action", "Date Due", "Progress"],
        ["Victim advocacy tender complete - contract will fund", "Apr 23", "100%"],
        ["more advocates across the county.", "", ""],
        ["Commission a review of the helpline. Service", "", ""],
        ["provider engaged", "Nov 24", "25%"],
        ["remains paused. Survey of victims launched", "Jan 25", "60%"],
    ]
    recs = deliverables.extract(_doc([P("Priority 4: Support victims"), Block.table(rows)]))
    assert [(r.action, r.due_raw, r.progress_pct) for r in recs] == [
        ("Victim advocacy tender complete - contract will fund more advocates across the county.",
         "Apr 23", 100.0),
        ("Commission a review of the helpline. Service provider engaged remains paused.", "Nov 24", 25.0),
        ("Survey of victims launched", "Jan 25", 60.0),
    ]


def test_pdftotext_like_run_with_wrapped_action_and_wrapped_date():
    blocks = [
        P("Outcomes achieved this quarter"),
        P("Deliverables Progress"),
        P("Action Date Due Progress"),
        P("Roll out body worn video to all"),
        P("special constables"),
        P("Jul 24 70%"),
        P("Launch the youth diversion scheme"),
        P("Recommission the drug treatment service. Needs analysis complete."),
        P("New provider"),
        P("from Oct 25"),
        P("15%"),
        P("Review of estates Dec 24 100%"),
        P("Police & Crime Plan 2024-29"),
        P("Priority 2: Tackling drugs and exploitation"),
        P("Risks and issues"),
        P("– Demand rose by 12%"),
    ]
    recs = deliverables.extract(_doc(blocks))
    assert _tuples(recs) == [
        ("Priority 2: Tackling drugs and exploitation",
         "Roll out body worn video to all special constables", "Jul 24", "2024-07-01", 70.0),
        ("Priority 2: Tackling drugs and exploitation", "Launch the youth diversion scheme",
         None, None, None),
        ("Priority 2: Tackling drugs and exploitation",
         "Recommission the drug treatment service. Needs analysis complete.",
         # the wrapped date cell is joined; "from Oct 25" is when the provider starts, no due date
         # (as "Oct 25 onwards"; tests/test_deliverable_excerpts4.py)
         "New provider from Oct 25", None, 15.0),
        ("Priority 2: Tackling drugs and exploitation", "Review of estates", "Dec 24",
         "2024-12-01", 100.0),
    ]


def test_priority_list_slide_is_not_a_slide_title_and_pages_decide():
    # page 1 lists every priority; page 2 is priority 2's slide with its title below the table
    p1 = [P("Priority 1: Keep people safe"), P("Priority 2: Cut reoffending"),
          P("Priority 3: Support victims")]
    p2 = [P("Deliverables Progress"),
          Block.table([["Action", "Due Date", "Progress"], ["Open the new IOM hub", "Feb 25", "30%"]]),
          P("Priority 2: Cut reoffending")]
    p3 = [P("Priority 3: Support victims"),
          Block.table([["Action", "Due Date", "Progress"], ["Victim portal live", "Mar 25", "80%"]])]
    recs = deliverables.extract(_doc(None, pages={1: p1, 2: p2, 3: p3}))
    assert [(r.page, r.priority, r.action) for r in recs] == [
        (2, "Priority 2: Cut reoffending", "Open the new IOM hub"),
        (3, "Priority 3: Support victims", "Victim portal live"),
    ]


def test_no_header_no_deliverables():
    doc = _doc([P("Priority 1: Keep people safe"),
                Block.table([["Measure", "Oct-2023", "Change"], ["Burglary", "120", "15%"]]),
                P("Action plan agreed Jan 24 90%")])
    assert deliverables.extract(doc) == []


def test_unjoined_pdftotext_lines_of_the_corpus_give_the_same_deliverables():
    """Each raw line of the highlight report as its own paragraph (no loader joining)."""
    lines = HIGHLIGHT.read_text(encoding="utf-8").split("\n")
    blocks = [Block("paragraph", text=ln.strip(), line=i + 1) for i, ln in enumerate(lines) if ln.strip()]
    recs = deliverables.extract(_doc(blocks))
    assert _tuples(recs) == HIGHLIGHT_EXPECTED
