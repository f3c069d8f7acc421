"""A document pickled compactly (extract/model.py, ``Document.__reduce_ex__``): the blocks of a page
as columns, each heading path once; what the early reader (extract/early.py) leaves for a worker.
Unpickled, it is the same document, field by field, types included."""
import copy
import pickle
from pathlib import Path

import pytest

from extract.loaders import load, load_text
from extract.model import BULLET, HEADING, PARAGRAPH, TABLE, Block, Cell, Document, Page
from extract.split import _text_file

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"
D38 = Path("/work/wt/d38")   # (a helper's set of real texts: checked when it is there)


class SubDocument(Document):
    pass


def _same(a, b, where="doc"):
    """``a`` and ``b`` equal field by field, recursively, with the same types (and the same keys
    in each object's __dict__, in the same order)."""
    assert type(a) is type(b), (where, type(a), type(b))
    if isinstance(a, (Document, Page, Block, Cell)) or (hasattr(a, "__dict__") and not isinstance(a, type)):
        assert list(vars(a)) == list(vars(b)), where
        for k in vars(a):
            _same(vars(a)[k], vars(b)[k], f"{where}.{k}")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            _same(a[k], b[k], f"{where}[{k!r}]")
    else:
        assert a == b, (where, a, b)


def _round_trip(doc):
    back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    _same(doc, back)
    assert back == doc
    return back


def _documents(root: Path, text_only: bool):
    for f in sorted(root.rglob("*")):
        if f.is_file() and (not text_only or _text_file(str(f))):
            yield f


@pytest.mark.parametrize("root,text_only", [(ROOT / "corpus", False), (REAL, True), (D38, True)],
                         ids=["corpus", "real", "d38"])
def test_every_document_unpickles_to_the_same_document(root, text_only):
    if not root.is_dir():
        pytest.skip(f"{root} not here")
    n = 0
    for f in _documents(root, text_only):
        try:
            doc = load(f)
        except Exception:  # noqa: BLE001 - not a document the loaders read (e.g. a README of a folder)
            continue
        _round_trip(doc)
        n += 1
    assert n


@pytest.mark.skipif(not (REAL / "panel_web_pages").is_dir(), reason="../shared/real not beside the clone")
def test_the_pdfs_of_real_unpickle_to_the_same_document():
    # tables, bboxes, row pages and the attributes the PDF loader leaves on blocks: pickled whole
    pdfs = sorted(REAL.rglob("*.pdf"))[:3]
    for f in pdfs:
        _round_trip(load(f))


def test_a_text_document_pickles_no_block_one_by_one_and_smaller():
    text = "# Report\n\n## Crime\n\nCrime fell by 5% to 1,234 offences.\n\n- a bullet\n\n## Money\n\nSpend was £2m.\n" * 30
    doc = load_text("r.md", text)
    data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"Block" not in data   # (the class is named only by a block pickled whole)
    plain = Document.__reduce_ex__
    try:
        del Document.__reduce_ex__
        before = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        Document.__reduce_ex__ = plain
    assert len(data) < 0.8 * len(before)
    back = _round_trip(doc)
    assert [b.headings for b in back.blocks] == [b.headings for b in doc.blocks]
    hs = [b.headings for b in back.blocks]
    assert len({id(h) for h in hs}) == len(hs)   # each block its own list, as Document.finish makes them


def test_blocks_that_are_not_plain_are_pickled_whole_in_their_place():
    covered = Cell("", covered=True)
    table = Block.table([["Measure", "2023"], [Cell("Crime", bbox=(1.0, 2.0, 3.0, 4.0), row_span=2), "5"],
                         [covered, "6"]], page=2, table_method="ruled")
    odd = Block(PARAGRAPH, "with an attribute a loader added", page=2, line=7)
    odd._style = (10.5, True)
    boxed = Block(HEADING, "Boxed", page=2, bbox=(0.0, 1.5, 2.0, 3.25), level=1)
    paged = Block.table([["a"], ["b"]], page=2, row_pages=[2, 3])
    tupled = Block(BULLET, "headings a tuple", page=2, headings=("A", "B"))
    doc = Document("x.pdf", "ab" * 32, "pdf", pages=[
        Page(1, 595.0, 842.0),   # no blocks
        Page(2, 595.0, 842.0, blocks=[Block(HEADING, "Top", page=2, level=1), table, odd,
                                      Block(PARAGRAPH, "plain", page=2, line=None, section="Top",
                                            headings=["Top"], topic="Top"),
                                      boxed, paged, tupled], notes=["a note"]),
        Page(3, blocks=[odd]),   # the same block object twice
    ], page_marked=True, notes=["n"], raw_text="", problems=["p"])
    back = _round_trip(doc)
    assert back.pages[2].blocks[0] is back.pages[1].blocks[2]
    assert back.pages[1].blocks[1].rows[2][0].covered
    assert type(back.pages[1].blocks[6].headings) is tuple


def test_shared_cells_and_irregular_documents_keep_what_plain_pickling_kept():
    covered = Cell("", covered=True)
    table = Block(TABLE, rows=[[Cell("a"), covered], [Cell("b"), covered]])
    doc = Document("t.html", "cd" * 32, "text", pages=[Page(1, blocks=[table])])
    back = _round_trip(doc)
    rows = back.pages[0].blocks[0].rows
    assert rows[0][1] is rows[1][1]

    sub = SubDocument("s.txt", "ef" * 32, "text", pages=[Page(1, blocks=[Block(PARAGRAPH, "x")])])
    _round_trip(sub)   # (another class: pickled as usual)
    extra = load_text("e.txt", "Line one.\n\nLine two.\n")
    extra.pages[0].checked = True   # an attribute on a page: the document pickled as usual
    _round_trip(extra)


def test_copies_of_a_document():
    doc = load_text("c.md", "# A\n\nOne.\n\n## B\n\nTwo.\n")
    shallow = copy.copy(doc)
    assert shallow == doc and shallow is not doc and shallow.pages is doc.pages
    deep = copy.deepcopy(doc)
    _same(doc, deep)
    assert deep.pages is not doc.pages and deep.pages[0].blocks[0] is not doc.pages[0].blocks[0]


def test_packer_knows_every_field():
    """The packer writes the model's fields by name: a field added to Block, Page or Document makes
    every such object pickle the slow, whole way (safe) until the packer is taught it -- this says so."""
    from dataclasses import fields

    from extract import model

    assert model._BLOCK_FIELDS == len(fields(model.Block)) == 12
    assert model._PAGE_FIELDS == len(fields(model.Page))
    assert model._DOCUMENT_FIELDS == len(fields(model.Document))
