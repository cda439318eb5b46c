"""What a list's painted rows show: a title that does not fit one line takes a second where the row has room for
it, and words cut short end in "…" where they are cut, whichever way they read in whichever way the page reads.

Each row is painted by the real view (a grab of its viewport); the delegate's painter is watched as it paints, so
the tests see the very words, boxes, fonts and directions handed to Qt."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QListView

from tests.gui.conftest import make_window, tap
from ui.flow import Step

ELLIPSIS = "…"
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))  # direction marks and isolates: no width


@dataclass
class Painted:
    box: QRectF
    flags: int
    text: str
    font: QFont
    direction: Qt.LayoutDirection

    @property
    def words(self) -> str:
        return self.text.translate(MARKS)


class Watching:
    """A painter that hands everything on to Qt's, noting each text it paints."""

    def __init__(self, painter) -> None:
        self._painter = painter
        self.texts: list[Painted] = []

    def __getattr__(self, name: str):
        return getattr(self._painter, name)

    def drawText(self, *args) -> None:  # Qt's name
        if len(args) == 3 and isinstance(args[0], QRect | QRectF):
            box, flags, text = args
            self.texts.append(Painted(QRectF(box), int(flags), text, QFont(self._painter.font()),
                                      self._painter.layoutDirection()))
        self._painter.drawText(*args)


def painted_row(view: QListView, index: QModelIndex, monkeypatch) -> list[Painted]:
    """The texts the view's delegate paints for the row at `index`, in the order it paints them."""
    delegate = view.itemDelegateForIndex(index)
    kind = type(delegate)
    paint = kind.paint
    seen: list[Painted] = []

    def watched(self, painter, option, at) -> None:
        if at.row() != index.row():
            paint(self, painter, option, at)
            return
        watching = Watching(painter)
        paint(self, watching, option, at)
        seen.extend(watching.texts)

    monkeypatch.setattr(kind, "paint", watched)
    view.viewport().grab()
    monkeypatch.setattr(kind, "paint", paint)
    assert seen, "the row was not painted"
    return seen


def reading(painted: Painted) -> Qt.LayoutDirection:
    """The paragraph direction Qt's drawText gives this text."""
    if painted.flags & Qt.TextFlag.TextForceLeftToRight.value:
        return Qt.LayoutDirection.LeftToRight
    if painted.flags & Qt.TextFlag.TextForceRightToLeft.value:
        return Qt.LayoutDirection.RightToLeft
    return painted.direction


def ellipsis_gap(painted: Painted) -> float:
    """How far (px) the painted "…" is from the last letter before it, laid out as drawText lays it out, beyond
    the spaces between them: 0 when it is painted where the words are cut."""
    text = painted.text
    layout = QTextLayout(text, painted.font)
    option = QTextOption()
    option.setTextDirection(reading(painted))
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()

    def box(at: int) -> tuple[float, float]:
        ends = [line.cursorToX(at, edge)[0] for edge in (QTextLine.Edge.Leading, QTextLine.Edge.Trailing)]
        return min(ends), max(ends)

    dots = text.rindex(ELLIPSIS)
    cut = max(n for n, char in enumerate(text[:dots]) if char.isalnum())
    (dots_left, dots_right), (cut_left, cut_right) = box(dots), box(cut)
    between = QFontMetricsF(painted.font).horizontalAdvance(text[cut + 1:dots])
    return max(0.0, dots_left - cut_right - between, cut_left - dots_right - between)


def fits_its_box(painted: Painted) -> bool:
    return QFontMetricsF(painted.font).horizontalAdvance(painted.text) <= painted.box.width() + 0.5


def want_row(wanted, title: str) -> QModelIndex:
    for n, want in enumerate(wanted.model.rows):
        if want.title == title:
            return wanted.model.index(n)
    raise AssertionError(f"no want {title!r}")


def open_wants(qtbot, market, lang: str, size=(800, 480)):
    window = make_window(qtbot, market, size)
    window.set_language(lang)
    window.go(Step.WANTED)
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.see_wants)
    return window, wanted


def test_a_want_with_marks_keeps_its_title_to_one_line_above_them(qtbot, market, monkeypatch):
    """A size or "on the table now" mark has the second line: a long title is cut there, as before."""
    title = "Winter boots with a warm lining and a good grip for icy pavements"
    market.post_want("shoes", title, "39")
    window, wanted = open_wants(qtbot, market, "es")
    painted = painted_row(wanted.list, want_row(wanted, title), monkeypatch)
    assert painted[0].words.startswith("Zapatos: Winter boots") and painted[0].words.endswith(ELLIPSIS)
    assert painted[1].words == "39"  # the size's mark, below the title's one line
    assert painted[1].box.top() >= painted[0].box.bottom()


def test_an_english_description_cut_short_on_an_arabic_page_ends_where_it_is_cut(qtbot, demo_market,
                                                                                  monkeypatch):
    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language("ar")
    window.go(Step.SKILLS)
    skills = window.screen_for(Step.SKILLS)
    painted = painted_row(skills.view, skills.offer_row("Bike repair"), monkeypatch)
    cut = [p for p in painted if ELLIPSIS in p.text]
    assert cut and "Bring your bike" in cut[0].words, [p.words for p in painted]
    assert ellipsis_gap(cut[0]) < 2, cut[0].text


def test_an_arabic_description_cut_short_on_an_english_page_ends_where_it_is_cut(qtbot, market, monkeypatch):
    market.offer_skill("Arabic lessons", "دروس في اللغة العربية للمبتدئين، قراءة وكتابة ومحادثة كل أسبوع في المكتبة",
                       ("weekends",), "")
    window = make_window(qtbot, market, (800, 480))
    window.go(Step.SKILLS)
    skills = window.screen_for(Step.SKILLS)
    painted = painted_row(skills.view, skills.offer_row("Arabic lessons"), monkeypatch)
    cut = [p for p in painted if ELLIPSIS in p.text]
    assert cut and "دروس" in cut[0].words, [p.words for p in painted]
    assert ellipsis_gap(cut[0]) < 2, cut[0].text


def test_an_english_want_cut_short_on_an_arabic_page_ends_where_it_is_cut(qtbot, market, monkeypatch):
    title = "Bike for a six year old, with training wheels, a bell and a basket, any colour"
    market.post_want("toys", title, "")
    window, wanted = open_wants(qtbot, market, "ar")
    painted = painted_row(wanted.list, want_row(wanted, title), monkeypatch)
    cut = [p for p in painted if ELLIPSIS in p.text]
    assert cut, [p.words for p in painted]
    assert ellipsis_gap(cut[-1]) < 2, cut[-1].text
