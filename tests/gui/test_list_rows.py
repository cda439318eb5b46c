"""What a list's painted rows show: a title that does not fit one line takes a second where the row has room for
it, and words cut short end in "…" where they are cut, whichever way they read in whichever way the page reads.

Each row is painted by the real view (a grab of its viewport); the delegate's painter is watched as it paints, so
the tests see the very words, boxes, fonts and directions handed to Qt."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
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


def char_boxes(painted: Painted) -> list[tuple[float, float]]:
    """Where each character of a painted text is on screen (left, right), laid out as drawText lays it out."""
    layout = QTextLayout(painted.text, painted.font)
    option = QTextOption()
    option.setTextDirection(reading(painted))
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    boxes = []
    for n in range(len(painted.text)):
        runs = [run.boundingRect() for run in layout.glyphRuns(n, 1)]
        boxes.append((min(r.left() for r in runs), max(r.right() for r in runs)) if runs else (0.0, 0.0))
    return boxes


def ellipsis_gap(painted: Painted) -> float:
    """How far (px) the painted "…" is from the last letter before it, beyond the spaces between them: about 0
    when it is painted where the words are cut (a few pixels where Qt keeps an Arabic letter's joining form with
    a zero width joiner), a good part of the line when it is not."""
    text = painted.text
    boxes = char_boxes(painted)
    dots = text.rindex(ELLIPSIS)
    cut = max(n for n, char in enumerate(text[:dots]) if char.isalnum())
    (dots_left, dots_right), (cut_left, cut_right) = boxes[dots], boxes[cut]
    between = QFontMetricsF(painted.font).horizontalAdvance(text[cut + 1:dots])
    return max(0.0, dots_left - cut_right - between, cut_left - dots_right - between)


def beside(painted: Painted) -> float:
    """Nearer than this (an ellipsis's width) is beside."""
    return QFontMetricsF(painted.font).horizontalAdvance(ELLIPSIS)


def fits_its_box(painted: Painted) -> bool:
    return QFontMetricsF(painted.font).horizontalAdvance(painted.text) <= painted.box.width() + 0.5


def want_row(wanted, title: str) -> QModelIndex:
    for n, want in enumerate(wanted.model.rows):
        if want.title == title:
            return wanted.model.index(n)
    raise AssertionError(f"no want {title!r}")


def open_wants(qtbot, market, lang: str, size=(800, 480), window=None):
    window = window or make_window(qtbot, market, size)
    window.set_language(lang)
    window.go(Step.WANTED)
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.see_wants)
    return window, wanted


def test_a_long_want_title_takes_a_second_line_in_spanish_at_800_by_480(qtbot, demo_market, monkeypatch):
    window, wanted = open_wants(qtbot, demo_market, "es")
    index = want_row(wanted, "Bike for a 6-year-old")
    row = wanted.list.visualRect(index)
    assert row.height() == 96  # as tall as before: the second line is room the row already had
    painted = painted_row(wanted.list, index, monkeypatch)
    lines = [p for p in painted if p.words != "Encontrado"]
    assert " ".join(p.words for p in lines) == "Juguetes y niños: Bike for a 6-year-old", [p.words for p in lines]
    assert len(lines) == 2
    for p in lines:
        assert fits_its_box(p), p.words
        assert row.top() + 4 <= p.box.top() and p.box.bottom() <= row.bottom() - 4, (p.box, row)
        assert not p.box.intersects(QRectF(wanted.delegate.button_rect(row))), p.words
    assert lines[0].box.bottom() <= lines[1].box.top()


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
    assert ellipsis_gap(cut[0]) < beside(cut[0]), cut[0].text


def test_an_arabic_description_cut_short_on_an_english_page_ends_where_it_is_cut(qtbot, market, monkeypatch):
    market.offer_skill("Arabic lessons", "دروس في اللغة العربية للمبتدئين، قراءة وكتابة ومحادثة كل أسبوع في المكتبة",
                       ("weekends",), "")
    window = make_window(qtbot, market, (800, 480))
    window.go(Step.SKILLS)
    skills = window.screen_for(Step.SKILLS)
    painted = painted_row(skills.view, skills.offer_row("Arabic lessons"), monkeypatch)
    cut = [p for p in painted if ELLIPSIS in p.text]
    assert cut and "دروس" in cut[0].words, [p.words for p in painted]
    assert ellipsis_gap(cut[0]) < beside(cut[0]), cut[0].text


def test_an_english_want_cut_short_on_an_arabic_page_ends_where_it_is_cut(qtbot, market, monkeypatch):
    title = "Bike for a six year old, with training wheels, a bell and a basket, any colour"
    market.post_want("toys", title, "")
    window, wanted = open_wants(qtbot, market, "ar")
    painted = painted_row(wanted.list, want_row(wanted, title), monkeypatch)
    cut = [p for p in painted if ELLIPSIS in p.text]
    assert cut, [p.words for p in painted]
    assert ellipsis_gap(cut[-1]) < beside(cut[-1]), cut[-1].text


def test_an_english_want_on_two_lines_of_an_arabic_page_reads_in_order_on_each(qtbot, demo_market, monkeypatch):
    """In large text the demo's "Bike for a 6-year-old" breaks before "6-year-old": that line is English going on,
    not digits on their own, which an Arabic line would set to the right ("year-old-6")."""
    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).large_button)
    window, wanted = open_wants(qtbot, demo_market, "ar", window=window)
    painted = painted_row(wanted.list, want_row(wanted, "Bike for a 6-year-old"), monkeypatch)
    lines = [p for p in painted if "Bike" in p.words or "year" in p.words]
    assert [p.words for p in lines][-1] == "6-year-old", [p.words for p in painted]
    for p in lines:
        boxes = char_boxes(p)
        latin = [boxes[n][0] for n, char in enumerate(p.text) if char.isascii() and char.isalnum()]
        assert latin == sorted(latin), f"{p.words!r} does not read left to right"


def test_a_want_reads_its_kind_and_words_with_french_spacing(qtbot, market, monkeypatch):
    """"Jouets et enfants : Vélo", with French's space before a colon; and a want's own words holding "%1" are
    shown as typed."""
    market.post_want("toys", "Vélo 100%1 rouge", "")
    window, wanted = open_wants(qtbot, market, "fr")
    painted = painted_row(wanted.list, want_row(wanted, "Vélo 100%1 rouge"), monkeypatch)
    shown = " ".join(p.words for p in painted if p.words != "Trouvé")
    assert shown.startswith("Jouets et enfants\u00a0: Vélo 100%1 rouge"), shown
