"""Meeting forms, round 20 (/work/wt/audit20-meet20/: minutes and agenda pages of councils, panels and fire
authorities, and regressions seen on /work/wt/audit19-*).  Each excerpt is quoted from the page named beside it;
expected values come from reading it.  Each rule has a test on the side where it must not fire."""
from extract.extractors.document import title_of
from extract.extractors.meetings.names import _parse_list
from extract.loaders import load_text
from meeting_helpers import meetings_of, run


def _rows(text):
    return [(a.status, a.name, a.organisation or "") for a in run(text)["attendance"]]


# Dumfries and Galloway Council, 27 June 2017 (egenda.dumgal.gov.uk kab12.pl?cmte=COU&meet=168)
DUMGAL = """Dumfries and Galloway Council Minutes

Date:
Tuesday 27 June 2017
Time:
10:30am
Place:
Council Offices, English Street, Dumfries

Attendance Details

Members:
Rob Davidson (Depute Leader)-Abbey
Graham Bell-North West Dumfries
Ian Blake-Abbey
Richard Brodie-Annandale South
Jim H Dempster-Mid and Upper Nithsdale
Katie Hagmann-Mid Galloway and Wigtown West
Sean W Marshall-Annandale South
David J McKie-North West Dumfries
Davie Stitt-Abbey
Apologies:
Karen Carruthers - Annandale East and Eskdale
Willie Scobie - Stranraer and the Rhins
Item Number Item/Description
PUBLIC
1 SEDERUNT AND APOLOGIES

38 Members present, 2 apologies and 3 not present at the start of the meeting
"""


def test_a_ward_glued_to_each_name_by_a_hyphen_is_no_part_of_it():
    # (main's code read "Graham Bell-North" and "West Dumfries", "Sean W" and "Marshall-Annandale South" as people)
    rows = _rows(DUMGAL)
    present = [r[1] for r in rows if r[0] == "present"]
    assert present == ["Rob Davidson", "Graham Bell", "Ian Blake", "Richard Brodie", "Jim H Dempster", "Katie Hagmann",
                       "Sean W Marshall", "David J McKie", "Davie Stitt"]
    assert [r[1] for r in rows if r[0] == "apologies"] == ["Karen Carruthers", "Willie Scobie"]
    # ("Attendance Details" over "Members:": the members present, not the membership)
    assert not [r for r in rows if r[0] == "member"]


def test_double_surnames_down_a_list_stay_whole():
    # no second half repeats: these are surnames, not wards
    text = "Steve Shaw-Wright\nJane Makinson-Sanders\nMark Parry-Waller\nSam Casey-Rerhaye\nAnn Harvey-Smith"
    assert [p.name for p in _parse_list(text, set())] == ["Steve Shaw-Wright", "Jane Makinson-Sanders",
                                                         "Mark Parry-Waller", "Sam Casey-Rerhaye", "Ann Harvey-Smith"]


# Chichester District Council, Annual Council, 16 May 2017 (chichester.moderngov.co.uk ieListDocuments.aspx?CId=132&MId=735)
CHICHESTER = """Agenda and minutes

Annual, Council - Tuesday 16 May 2017 2.00 pm

Venue: Committee Rooms, East Pallant House. View directions

Contact: Graham Thrussell on 01243 534653

Items
No. Item

202.

Election of the Chairman of the Council
"""


def test_modern_govs_qualifier_and_comma_before_the_body_is_the_meetings_type():
    # (main's code kept "Annual, Council" as the body)
    m = run(CHICHESTER)["meetings"]
    assert [(x.body, x.date, x.start_time, x.meeting_type) for x in m] == [("Council", "2017-05-16", "14:00", "annual")]
    # a shadow panel is a body of its own (Peterborough: "Shadow, Cambridgeshire Police and Crime Panel - ...")
    shadow = CHICHESTER.replace("Annual, Council - Tuesday 16 May 2017", "Shadow, Cambridgeshire Police and Crime "
                                "Panel - Thursday 18th October, 2012")
    assert [x.body for x in run(shadow)["meetings"]] == ["Shadow Cambridgeshire Police and Crime Panel"]
    # a comma inside a body's own name is left alone
    both = CHICHESTER.replace("Annual, Council", "Communities, Equalities and People Committee")
    assert [x.body for x in run(both)["meetings"]] == ["Communities, Equalities and People Committee"]


# Honingham Parish Council, 12 September 2016 (honinghampc.norfolkparishes.gov.uk category/pc/minutes/page/2/)
HONINGHAM = """MINUTES of the meeting of HONINGHAM PARISH COUNCIL held on Monday 12th September 2016 at 7pm in the Village Hall.

Present were Mr D Bishop (Chairman), Mr R Human, Mrs L Human, Mrs S Blyth and Mrs N Cargill.

APOLOGIES FOR ABSENCE were received from Mr S Steggles and Mr T Sapey


THE MINUTES of the previous meeting were read, approved and signed.
"""


def test_a_capitalised_word_of_the_next_minute_is_no_post_nominal():
    # (the loader runs "THE MINUTES ..." on after the last name; main's code gave Mr T Sapey the letters "THE")
    sapey = [a for a in run(HONINGHAM)["attendance"] if a.name == "T Sapey"]
    assert [(a.status, a.post_nominals) for a in sapey] == [("apologies", None)]
    # a post-nominal in capitals is still one
    obe = run(HONINGHAM.replace("Mr T Sapey\n", "Mr T Sapey OBE.\n"))["attendance"]
    assert [a.post_nominals for a in obe if a.name == "T Sapey"] == ["OBE"]


# Goods Yard House parish council minutes, 1 June 2015 (docsbay.net), as saved with its address over it
GOODS_YARD = """https://docsbay.net/minutes-of-the-parish-council-meeting-held-in-goods-yard-house-on-1st-june-2015-at-7-30pm
Minutes of the Parish Council Meeting held in Goods Yard House on 1st June 2015 at 7:30pm
Present: Cllr J Edwarde, Cllr A Higgins, Cllr L Hatch, Cllr J Smith and Cllr C Tamplin.
22. To Approve Minutes from Parish Council meeting held on 18th May 2015
Cllr Colenutt was added to Rights of Way Committee.
Proposed as a true record by Cllr Smith seconded by Cllr Higgins and unanimously approved.
23. Matters Arising.
"""


def test_a_web_address_over_the_title_is_a_line_of_its_own():
    # (main's loader joined the address and the title into one paragraph: no meeting was read, and the document's
    # title was the address)
    assert meetings_of(GOODS_YARD) == [("minutes", "Parish Council", "2015-06-01", "19:30", "Goods Yard House")]
    assert "docsbay" not in title_of(load_text("page.txt", GOODS_YARD))
    # the address alone over a news page's headline: the headline is the title (Guernsey Press, audit19-fig19)
    news = ("https://guernseypress.com/news/2004/01/24/detection-success-cuts-number-of-burglaries\n"
            "Detection success cuts number of burglaries\n\nBURGLARIES in Guernsey fell by a quarter last year.\n")
    assert title_of(load_text("page.txt", news)) == "Detection success cuts number of burglaries"
    # an address inside a sentence is left where it is
    doc = load_text("page.txt", "See https://example.org/a for the report\nand the appendix.\n")
    assert [b.text for b in doc.blocks] == ["See https://example.org/a for the report and the appendix."]


def test_words_before_by_on_a_proposed_line_are_no_mover():
    # (main's code named "as a true record by Cllr Smith" the mover)
    d = run(GOODS_YARD)["decisions"]
    assert [(x.proposer, x.seconder) for x in d] == [("J Smith", "A Higgins")]


# Metropolitan Police Authority, Communities, Equalities and People Committee, 2 February 2011
# (policeauthority.org/Metropolitan/committees/cep/2011/0202/index.html)
MPA = """Agenda for the 2 February 2011 meeting of the Communities, Equalities and People Committee and contains details of the reports and minutes for this meeting.

Communities, Equalities and People Committee
2 February 2011
10 Dean Farrar Street, London, SW1H 0NY.

Items for decision

  1. Minutes: Communities, Equalities and People Committee: 6 January 2011
  2. Update on MPS community engagement activity
"""


def test_a_line_opening_agenda_that_mentions_minutes_is_an_agenda():
    assert [m[0] for m in meetings_of(MPA)] == ["agenda"]
    # ModernGov's "Agenda and minutes" banner still says minutes
    mg = "Agenda and minutes\n\nCommunities, Equalities and People Committee\n2 February 2011\n\nPresent: Cllr A Jones.\n"
    assert [m[0] for m in meetings_of(mg)] == ["minutes"]


def test_a_papers_title_and_its_meeting_parted_by_a_tilde_name_no_body():
    # Hampshire OPCC's delivery report for the panel (issuu.com, pcp_delivery_plan_update_oct-19)
    text = ("Police and Crime Plan Delivery Progress Police and Crime Panel ~ 4 October 2019\n"
            "Police and Crime Plan Dashboard Summary Completed projects\n")
    assert [m[1] for m in meetings_of(text)] != ["Police and Crime Plan Delivery Progress Police and Crime Panel ~"]
    assert all("~" not in (m[1] or "") for m in meetings_of(text))


# Halford Parish Council, October 2010 (halfordparishcouncil.co.uk items.aspx?type=minutes&id=178 and type=meetings&id=177)
HALFORD = """Council Minutes - October 2010

Meeting held on 11th October 2010 at the Halford Bridge Inn at 7.30 p.m.
Meeting closed 8.05 p.m.
Cllrs Black (Chair) Gale and Rickards

1. Apologies
Cllrs Neil Liddell and Su Price
"""
HALFORD_AGENDA = """Meetings & Agendas - October 2010

Meeting to be held on the 11th of October 2010 at the Halford Bridge Inn 7.30 p.m.
Press and public welcome

1. Apologies

2. Declaration of Interests
"""
# Swaffham Bulbeck Parish Council (swaffhambulbeckpc.org.uk parish-council-minutes/minutes-6th-november-2010/)
SWAFFHAM = """Minutes 6th November 2010

Held at the School on Tuesday, 16th November 2010, starting at 7.30pm.

Present: Margaret Chadwick-Chairman, Brian Ambrose, Loder Bevington, Lynn Reed, Sharyn Robinson, Mary Smith and David Turner. No members of the public were present.

In Attendance: Karen King-Clerk.
"""


def test_a_held_line_at_the_top_of_a_page_is_its_meeting():
    # (main's code made no meeting: no body is named)
    assert meetings_of(HALFORD) == [("minutes", None, "2010-10-11", "19:30", "Halford Bridge Inn")]
    assert meetings_of(HALFORD_AGENDA) == [("agenda", None, "2010-10-11", "19:30", "Halford Bridge Inn")]
    assert meetings_of(SWAFFHAM) == [("minutes", None, "2010-11-16", "19:30", "School")]
    # lower down a page, or a sentence about a meeting, it is none
    assert meetings_of("Minutes\n\nItem one.\n\nItem two.\n\nItem three.\n\n"
                       "Meeting held on 11th October 2010 at the Halford Bridge Inn.\n") == []
    assert meetings_of("Meeting held on 11th October 2010 at the Inn was well attended.\n") == []


def test_a_role_glued_to_a_name_by_a_hyphen_is_the_persons():
    # (main's code read "Margaret Chadwick-Chairman" and "Karen King-Clerk" as names)
    rows = [(a.status, a.name, a.role, a.organisation or "") for a in run(SWAFFHAM)["attendance"]]
    assert ("present", "Margaret Chadwick", "chairman", "") in rows
    assert ("also_present", "Karen King", "officer", "Clerk") in rows
    assert ("present", "Brian Ambrose", "member", "") in rows
    # a double surname stays whole
    assert [p.name for p in _parse_list("Ann Harvey-Smith, Brian Ambrose and Mary Makinson-Sanders", set())] == \
        ["Ann Harvey-Smith", "Brian Ambrose", "Mary Makinson-Sanders"]
