"""Pages turned with /Rotate whose text runs sideways (or upside down) once turned.

pdfminer applies a page's /Rotate, so pdfplumber's objects are in the displayed frame.
A page drawn upright and then given /Rotate 90, 180 or 270 shows its text turned by that
angle: every character runs down (90), up (270) or right to left (180) in the displayed
frame, and would be dropped as rotated text.  When most characters run in the page's
turned direction, the page is read turned back: every object's coordinates are
transformed by the inverse of the page rotation, so words, lines and rules are upright
again and the layout reads them as on any page; the boxes of its blocks and cells are
turned into the displayed frame once the document is read (:func:`displayed_box`).  A page turned so that its text is
upright when displayed (the common landscape table in a portrait document) is read as
it is."""
from __future__ import annotations

from pdfplumber.page import DerivedPage

# the direction (a, b) of a character's baseline, PDF y up, when the page's content was
# drawn upright and then turned by /Rotate
_TURNED_DIR = {90: (0, -1), 180: (-1, 0), 270: (0, 1)}


def _char_dir(c) -> tuple[int, int]:
    a, b = c.get("matrix", (1, 0, 0, 1, 0, 0))[:2]
    if abs(a) >= abs(b):
        return (1 if a > 0 else -1, 0)
    return (0, 1 if b > 0 else -1)


def turned_back(p):
    """``p`` itself, or a page whose objects are turned back when the page's /Rotate turned
    most of its characters away from upright."""
    rot = getattr(p, "rotation", 0) or 0
    if rot not in _TURNED_DIR and rot != 0:
        return p
    chars = p.chars
    if not chars:
        return p
    if rot == 0:
        # no /Rotate, but the text set sideways (a landscape table printed on a portrait
        # page): read in the frame that makes it upright, as a page turned a quarter turn.
        # Sideways characters are never upright for pdfminer (a * d == 0): a page of
        # mostly upright characters is left at once
        side = sum(1 for c in chars if not c.get("upright", True))
        if side * 4 < 3 * len(chars):
            return p
        up = sum(1 for c in chars if _char_dir(c) == (0, 1))
        down = sum(1 for c in chars if _char_dir(c) == (0, -1))
        if max(up, down) * 4 < 3 * len(chars):
            return p
        return _TurnedBackPage(p, 270 if up > down else 90)
    turned = sum(1 for c in chars if _char_dir(c) == _TURNED_DIR[rot])
    if turned * 2 <= len(chars):
        return p
    return _TurnedBackPage(p, rot)


class _TurnedBackPage(DerivedPage):
    def __init__(self, parent, rot: int):
        super().__init__(parent)
        self._rot = rot
        x0, top, x1, bottom = parent.bbox
        self._w, self._h = float(x1 - x0), float(bottom - top)
        self._off = (float(x0), float(top))
        w, h = (self._h, self._w) if rot in (90, 270) else (self._w, self._h)
        self.bbox = (0.0, 0.0, w, h)
        self.mediabox = self.cropbox = self.bbox

    @property
    def turn(self) -> tuple:
        """(rotation, displayed width, displayed height): what :func:`displayed_box` needs."""
        return (self._rot, self._w, self._h)

    def _point(self, x: float, y: float) -> tuple[float, float]:
        """A displayed-frame point (x from left, y from top) in the turned-back frame."""
        x, y = x - self._off[0], y - self._off[1]
        if self._rot == 90:
            return y, self._w - x
        if self._rot == 270:
            return self._h - y, x
        return self._w - x, self._h - y

    def _obj(self, o: dict) -> dict:
        n = dict(o)
        (ax, ay), (bx, by) = self._point(o["x0"], o["top"]), self._point(o["x1"], o["bottom"])
        n["x0"], n["x1"] = min(ax, bx), max(ax, bx)
        n["top"], n["bottom"] = min(ay, by), max(ay, by)
        n["doctop"] = n["top"]
        n["width"], n["height"] = n["x1"] - n["x0"], n["bottom"] - n["top"]
        h = self.bbox[3]
        n["y0"], n["y1"] = h - n["bottom"], h - n["top"]
        if o.get("pts"):
            n["pts"] = [self._point(x, y) for x, y in o["pts"]]
        if o.get("object_type") == "char":
            d = _char_dir(o)
            n["upright"] = d == _TURNED_DIR[self._rot]
            if n["upright"]:
                n["matrix"] = (1, 0, 0, 1) + tuple(o.get("matrix", (0,) * 6)[4:])
        n.pop("path", None)
        return n

    @property
    def objects(self):
        if hasattr(self, "_objects"):
            return self._objects
        self._objects = {k: [self._obj(o) for o in v] for k, v in self.parent_page.objects.items()}
        return self._objects


def displayed_box(bbox, turn: tuple):
    """A box of the turned-back frame in the displayed frame of the page (as pdfplumber
    measures an unturned page: x from the left, ``top`` from the top); ``turn`` is the
    page's (rotation, displayed width, displayed height)."""
    if not bbox:
        return bbox
    rot, w, h = turn

    def point(x, y):
        if rot == 90:
            return w - y, x
        if rot == 270:
            return y, h - x
        return w - x, h - y
    (ax, ay), (bx, by) = point(bbox[0], bbox[1]), point(bbox[2], bbox[3])
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
