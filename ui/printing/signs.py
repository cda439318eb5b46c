"""The table's signs: welcome, category signs, table tents, "here now" and wanted sheets.

Each sign is painted by one function `render_<kind>(painter, sheet, job)` on whatever device output.py
gives it. Signs speak one or two languages at once: names come from the store (Category.names) and the
catalog (tag names); the signs' own words come from the Qt translations, looked up per language with a
translator loaded just for the sign (the kiosk's language is never switched).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QPainter

from kiosk.catalog import DEFAULT_LANGUAGE, FOOD_TAGS, LANGUAGES, RIGHT_TO_LEFT, tag_mark, tag_name
from kiosk.domain import Category, Event, Item, Want
from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.settings import SIGN_CATEGORIES, SIGN_CHOSEN_CATEGORIES, SIGN_LANGUAGES, WELCOME_TEXT
from kiosk.store import Market
from kiosk.store.on_table import kinds_on_table
from ui import translators
from ui.printing.kinds import Kind, after_printing, chosen, register
from ui.printing.output import RenderFn, write_pdf
from ui.printing.painter import (
    INK,
    Sheet,
    Size,
    TextFit,
    card,
    draw_fitted,
    draw_pictogram,
    draw_text,
    fit_text,
    frame,
    inset,
    metrics,
    rule,
    split_left,
    split_top,
)
from ui.theme import paper_colour
from ui.translators import locale_for

DEFAULT_WELCOME = QT_TRANSLATE_NOOP(
    "Signs", "Everything here is free. Take what you need, bring what you can. Nobody keeps score.")
SECOND_INK = QColor(paper_colour("second_ink"))
FOOTER_MM = 7  # the market's name and date along the foot of every sign
BAND = QColor(paper_colour("band"))
ROW_LINE = QColor(paper_colour("row_line"))
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


THINGS_ON_THE_TABLE = "%n thing(s) on the table"


def _plural_messages() -> None:  # never called: shows lupdate which sign messages have plural forms
    QCoreApplication.translate("Signs", "%n thing(s) on the table", None, 0)


class Words:
    """The signs' fixed words in one language, from that language's compiled translations."""

    def __init__(self, lang: str):
        self.lang = lang
        self.locale = locale_for(lang)
        self.direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return translators.translate(self.lang, context, source, disambiguation or None, n, self.locale.toString)

    def count(self, n: int) -> str:
        return self.locale.toString(n)


@dataclass(frozen=True)
class Printed:
    """One piece of text as it went onto the page, for tests to measure: box and bounds in device units."""

    label: str
    fit: TextFit
    box: QRectF
    bounds: QRectF
    page: int


@dataclass
class SignJob:
    """What a sign needs to know, read from the store once, in the chosen languages (first one leads)."""

    market: Market
    langs: tuple[str, ...]
    category_scope: str = "in_use"  # category signs and tents: "in_use", "all" or "chosen"
    printed: list[Printed] = field(default_factory=list)
    # Printed from the kiosk's window: what printing erases leaves the -wal on its checkpoints' thread, never
    # waiting for a reader (a backup) on the window's (the command line waits, having no window).
    from_window: bool = False
    # Words every page (or both halves of a tent) repeats, as fitted the first time: see text(again=True).
    _repeated: dict[tuple[object, ...], TextFit] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.langs = tuple(dict.fromkeys(self.langs)) or (DEFAULT_LANGUAGE,)
        unknown = [lang for lang in self.langs if lang not in LANGUAGES]
        if unknown or len(self.langs) > 2:
            raise ValueError(f"languages {self.langs}")

    @cached_property
    def words(self) -> list[Words]:
        return [Words(lang) for lang in self.langs]

    @cached_property
    def event(self) -> Event | None:
        return self.market.current_event()

    @cached_property
    def items(self) -> list[Item]:
        return self.market.available()

    @cached_property
    def wants(self) -> list[Want]:
        return self.market.open_wants()

    @cached_property
    def all_categories(self) -> list[Category]:
        return self.market.categories()

    @cached_property
    def categories(self) -> list[Category]:
        """The categories that get a sign: those picked, or those with something on the table, else all."""
        if self.category_scope == "all":
            return self.all_categories
        if self.category_scope == "chosen":
            kept: list[str] = self.market.setting(SIGN_CHOSEN_CATEGORIES)
            picked = set(kept)
            chosen = [c for c in self.all_categories if c.key in picked]
            if chosen:
                return chosen
        used = kinds_on_table(self.market)  # not every thing on the table read, only their kinds
        return [c for c in self.all_categories if c.key in used] or self.all_categories

    def category(self, key: str) -> Category | None:
        return next((c for c in self.all_categories if c.key == key), None)

    def names(self, category: Category) -> list[str]:
        """The category's name in each language, a repeated name said once. A dash stays with the word
        before it, so a wrapped name never starts a line with one."""
        return list(dict.fromkeys(category.name(lang).replace(" — ", "\u00a0— ") for lang in self.langs))

    def welcome(self) -> list[str]:
        saved = self.market.setting(WELCOME_TEXT)
        texts = [(saved.get(w.lang) or "").strip() or w.translate("Signs", DEFAULT_WELCOME)
                 for w in self.words]
        return list(dict.fromkeys(texts))

    def say(self, source: str, n: int = -1) -> list[str]:
        """A fixed phrase in each language (duplicates dropped); `source` must be marked for lupdate."""
        return list(dict.fromkeys(w.translate("Signs", source, "", n) for w in self.words))

    def text(self, painter: QPainter, box: QRectF, text: str, size: Size, label: str, page: int,
             color: QColor | str = INK, align: Qt.AlignmentFlag = ALIGN_CENTER,
             direction: Qt.LayoutDirection | None = None, again: bool = False) -> TextFit:
        """draw_text, and note where it went. ALIGN_LEFT is the start of a line: the right in Arabic.
        `again`: words the document repeats in boxes of one size (a footer on every page, both halves of a tent)
        are fitted the first time and set again (draw_fitted) the next: the same font, flags and pixels."""
        if not again or "\n" in text:
            return self._note(painter, draw_text(painter, box, text, size, color, align, direction), label, page)
        direction = painter.layoutDirection() if direction is None else direction
        key = self._repeat_key("text", painter, box, text, size, align, direction)
        known = self._repeated.get(key)
        if known is not None and known.box.size() == box.size():
            return self.text_again(painter, box, known, label, page, color)
        fit = self._repeated[key] = self.text(painter, box, text, size, label, page, color, align, direction)
        return fit

    def fit(self, painter: QPainter, box: QRectF, text: str, size: Size, align: Qt.AlignmentFlag,
            direction: Qt.LayoutDirection, again: bool = False) -> TextFit:
        """fit_text (measures only); `again` as for text(): measured once for a box of that size."""
        if not again:
            return fit_text(painter, box, text, size, align, direction)
        key = self._repeat_key("fit", painter, box, text, size, align, direction)
        known = self._repeated.get(key)
        if known is None or known.box.size() != box.size():
            known = self._repeated[key] = fit_text(painter, box, text, size, align, direction)
        return known  # its box and bounds are where it was first measured: the size found is what is asked

    @staticmethod
    def _repeat_key(kind: str, painter: QPainter, box: QRectF, text: str, size: Size, align: Qt.AlignmentFlag,
                    direction: Qt.LayoutDirection) -> tuple[object, ...]:
        # Both halves of a tent are the same size but for the last bits of a float: the key is rounded, and what
        # is found is used only in a box Qt takes for the same size (QSizeF's ==, as draw_fitted asks).
        return (kind, text, round(box.width(), 3), round(box.height(), 3), size, int(align), direction,
                painter.device().logicalDpiY(), painter.worldTransform().determinant() < 0)  # mirrored: upright

    def text_again(self, painter: QPainter, box: QRectF, fit: TextFit, label: str, page: int,
                   color: QColor | str = INK) -> TextFit:
        """Words fitted before to a box of this size (painter.draw_fitted), set again in `box`; noted too."""
        return self._note(painter, draw_fitted(painter, box, fit, color), label, page)

    def _note(self, painter: QPainter, fit: TextFit, label: str, page: int) -> TextFit:
        transform = painter.transform()
        self.printed.append(Printed(label, fit, transform.mapRect(fit.box), transform.mapRect(fit.bounds), page))
        return fit


# ----- pieces shared by the signs ----------------------------------------------------------------------


def two_languages(painter: QPainter, box: QRectF, texts: Sequence[str], size: Size, job: SignJob, label: str,
                  page: int, share: float = 0.6, align: Qt.AlignmentFlag = ALIGN_CENTER,
                  again: bool = False) -> list[TextFit]:
    """First language bold and big, the second below it, a little smaller and lighter, never bigger.
    Each is set in its own language's direction (Arabic from the right, English from the left).
    `again`: the pair is repeated in a box of the same size (job.text(again=True))."""
    if len(texts) == 1:
        return [job.text(painter, box, texts[0], size, label, page, align=align, again=again)]
    directions = [w.direction for w in job.words]
    gap = box.height() * 0.04
    first_box, second_box = split_top(box, box.height() * share, gap=gap)
    first = job.fit(painter, first_box, texts[0], size, align, directions[0], again)
    second_size = Size(min(size.max * 0.8, first.size * 0.85), size.min * 0.8, bold=False, wrap=size.wrap,
                       one_line=size.one_line)
    second = job.fit(painter, second_box, texts[1], second_size, align, directions[1], again)
    # Set the pair as one block, centred in the box, at the sizes found (a hair of room for rounding).
    heights = [min(first.bounds.height() + 2, first_box.height()),
               min(second.bounds.height() + 2, second_box.height())]
    top = box.center().y() - (heights[0] + gap + heights[1]) / 2 if align & Qt.AlignmentFlag.AlignVCenter \
        else box.top()
    tight = [QRectF(box.left(), top, box.width(), heights[0]),
             QRectF(box.left(), top + heights[0] + gap, box.width(), heights[1])]
    first = job.text(painter, tight[0], texts[0], replace(size, max=first.size, min=first.size * 0.9), label,
                     page, align=align, direction=directions[0], again=again)
    second = job.text(painter, tight[1], texts[1],
                      replace(second_size, max=second.size, min=second.size * 0.9), label, page, SECOND_INK,
                      align, directions[1], again=again)
    return [first, second]


def footer(painter: QPainter, sheet: Sheet, job: SignJob, page: int, right: str = "") -> QRectF:
    """The market's name, place and date at the foot of the page; returns the space above it."""
    body, foot = split_top(sheet.rect, sheet.rect.height() - sheet.mm(FOOTER_MM), gap=sheet.mm(1))
    event = job.event
    parts = []
    if event is not None:
        date = QDate.fromString(event.date, "yyyy-MM-dd")
        parts = [event.title, event.place, job.words[0].locale.toString(date, QLocale.FormatType.LongFormat)]
    left_box, right_box = split_left(foot, foot.width() * 0.75)
    job.text(painter, left_box, " · ".join(p for p in parts if p),
             Size(sheet.pt(10), sheet.pt(6), wrap=False), "footer", page, SECOND_INK, ALIGN_LEFT, again=True)
    if right:
        job.text(painter, right_box, right, Size(sheet.pt(10), sheet.pt(6), wrap=False), "footer", page,
                 SECOND_INK, ALIGN_RIGHT, again=True)
    return body


# ----- welcome -----------------------------------------------------------------------------------------


def render_welcome(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    page = sheet.page_index
    body = footer(painter, sheet, job, page)
    frame(painter, body, sheet.mm(2.5), radius=sheet.mm(6))
    inner = inset(body, sheet.mm(12))
    top, rest = split_top(inner, inner.height() * 0.22, gap=sheet.mm(4))
    icon_box, heading_box = split_left(top, top.height(), gap=sheet.mm(6))
    draw_pictogram(painter, icon_box, "mdi6.hand-heart")
    two_languages(painter, heading_box, job.say(QT_TRANSLATE_NOOP("Signs", "Welcome")), Size(sheet.pt(66),
                  sheet.pt(20), bold=True, wrap=False), job, "heading", page, share=0.58, align=ALIGN_LEFT)
    rule(painter, QPointF(inner.left(), rest.top()), QPointF(inner.right(), rest.top()), sheet.mm(1))
    texts = job.welcome()
    message = rest.adjusted(0, sheet.mm(6), 0, 0)
    two_languages(painter, message, texts, Size(sheet.pt(54), sheet.pt(14), bold=True), job, "welcome", page,
                  share=0.55)


# ----- category signs ----------------------------------------------------------------------------------


def render_categories(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    for n, category in enumerate(job.categories):
        if n:
            sheet.new_page()
        page = sheet.page_index
        free = " · ".join(job.say(QT_TRANSLATE_NOOP("Signs", "Free to take")))
        body = footer(painter, sheet, job, page, free)
        frame(painter, body, sheet.mm(2.5), radius=sheet.mm(6))
        inner = inset(body, sheet.mm(10))
        icon_box, name_box = split_top(inner, inner.height() * 0.48, gap=sheet.mm(6))
        draw_pictogram(painter, icon_box, category.icon)
        two_languages(painter, name_box, job.names(category),
                      Size(sheet.pt(110), sheet.pt(24), bold=True, one_line=0.7),
                      job, "category", page, share=0.58)


# ----- table tents -------------------------------------------------------------------------------------


def tent_panel(painter: QPainter, sheet: Sheet, job: SignJob, panel: QRectF, category: Category,
               page: int) -> None:
    frame(painter, panel, sheet.mm(1.5), radius=sheet.mm(5))
    inner = inset(panel, sheet.mm(7))
    content, foot = split_top(inner, inner.height() - sheet.mm(9), gap=sheet.mm(2))
    icon_box, name_box = split_left(content, min(content.height(), content.width() * 0.28), gap=sheet.mm(6))
    draw_pictogram(painter, icon_box, category.icon)
    two_languages(painter, name_box, job.names(category),  # the same words on the tent's far side
                  Size(sheet.pt(96), sheet.pt(16), bold=True, one_line=0.7), job, "category", page,
                  share=0.56, align=ALIGN_LEFT, again=True)
    job.text(painter, foot, " · ".join(job.say(QT_TRANSLATE_NOOP("Signs", "Free to take"))),
             Size(sheet.pt(14), sheet.pt(7), wrap=False), "tent-footer", page, SECOND_INK, again=True)


def render_tents(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    for n, category in enumerate(job.categories):
        if n:
            sheet.new_page()
        page = sheet.page_index
        area = sheet.rect
        fold = sheet.page_rect.center().y()  # the middle of the paper, not of the printable area
        gap = sheet.mm(8)
        upper = QRectF(area.left(), area.top(), area.width(), fold - gap - area.top())
        lower = QRectF(area.left(), fold + gap, area.width(), area.bottom() - fold - gap)
        tent_panel(painter, sheet, job, lower, category, page)
        # The far side of the tent reads upside-down on the flat sheet.
        painter.save()
        painter.translate(upper.center())
        painter.rotate(180)
        painter.translate(-upper.center())
        tent_panel(painter, sheet, job, upper, category, page)
        painter.restore()
        rule(painter, QPointF(area.left(), fold), QPointF(area.right(), fold), sheet.mm(0.6), INK,
             Qt.PenStyle.DotLine)
        label = " · ".join(job.say(QT_TRANSLATE_NOOP("Signs", "fold here")))
        m = metrics(painter, sheet.pt(8))
        label_box = QRectF(area.left(), fold - m.height() * 0.8, m.horizontalAdvance(label) + sheet.mm(4),
                           m.height() * 1.6)
        painter.fillRect(label_box, QColor("white"))
        job.text(painter, label_box, label, Size(sheet.pt(8), sheet.pt(5), wrap=False), "fold", page,
                 SECOND_INK, again=True)


# ----- lists: here now, wanted -------------------------------------------------------------------------


@dataclass
class Row:
    """One line of a list sheet: its height and how to paint it in a given box."""

    height: float
    paint: Callable[[QPainter, QRectF, int], object]
    keep_with_next: bool = False  # a heading never ends a column


def flow_rows(painter: QPainter, sheet: Sheet, rows: list[Row], columns: int,
              space_for: Callable[[int], QRectF], header: Callable[[QPainter, int, int], QRectF]) -> None:
    """Lay rows top to bottom in columns, page after page. `space_for(page)` is where rows may go on a
    page (geometry only); `header(painter, page, pages)` paints the page's heading and footer."""
    gutter = sheet.mm(6)
    placed: list[tuple[int, int, float, Row]] = []
    page, column, y = 0, 0, 0.0
    room = space_for(page).height()  # asked once a page, not once a row
    for i, row in enumerate(rows):
        need = row.height + (rows[i + 1].height if row.keep_with_next and i + 1 < len(rows) else 0)
        if y > 0 and y + need > room:
            column, y = column + 1, 0.0
            if column == columns:
                column, page = 0, page + 1
                room = space_for(page).height()
        placed.append((page, column, y, row))
        y += row.height
    pages = page + 1
    current = 0
    space = header(painter, 0, pages)
    for page, column, y, row in placed:
        while page > current:
            sheet.new_page()
            current += 1
            space = header(painter, current, pages)
        width = (space.width() - gutter * (columns - 1)) / columns
        box = QRectF(space.left() + column * (width + gutter), space.top() + y, width, row.height)
        row.paint(painter, box, sheet.page_index)



def list_space(sheet: Sheet, page: int) -> tuple[QRectF, QRectF]:
    """(the heading's band, the space for rows) on a list sheet's page."""
    body, _ = split_top(sheet.rect, sheet.rect.height() - sheet.mm(FOOTER_MM), gap=sheet.mm(1))
    top, rest = split_top(body, sheet.mm(34 if page == 0 else 18), gap=sheet.mm(3))
    return top, rest.adjusted(0, sheet.mm(3), 0, 0)


def list_header(painter: QPainter, sheet: Sheet, job: SignJob, icon: str, title: str, lines: list[str],
                page: int, pages: int) -> QRectF:
    """A list sheet's heading (pictogram, title in the languages, lines under it on page one) and footer."""
    page_words = job.words[0].translate("Signs", "Page %1 of %2").replace("%1", str(page + 1)).replace(
        "%2", str(pages)) if pages > 1 else ""
    footer(painter, sheet, job, sheet.page_index, page_words)
    top, rest = list_space(sheet, page)
    icon_box, title_box = split_left(top, top.height() * 0.9, gap=sheet.mm(4))
    draw_pictogram(painter, icon_box, icon)
    texts = job.say(title)
    if page == 0 and lines:
        heading, under = split_top(title_box, title_box.height() * 0.62)
        two_languages(painter, heading, texts, Size(sheet.pt(34), sheet.pt(12), bold=True, wrap=False), job,
                      "heading", sheet.page_index, share=0.6, align=ALIGN_LEFT)
        for n, line in enumerate(lines):
            line_box = QRectF(under.left(), under.top() + n * under.height() / len(lines), under.width(),
                              under.height() / len(lines))
            job.text(painter, line_box, line, Size(sheet.pt(12), sheet.pt(6), wrap=False), "subheading",
                     sheet.page_index, SECOND_INK, ALIGN_LEFT)
    else:
        job.text(painter, title_box, " · ".join(texts),
                 Size(sheet.pt(24), sheet.pt(10), bold=True, wrap=False), "heading", sheet.page_index,
                 align=ALIGN_LEFT)
    line_y = rest.top() - sheet.mm(3)
    rule(painter, QPointF(rest.left(), line_y), QPointF(rest.right(), line_y), sheet.mm(0.8))
    return rest


def quantity_words(job: SignJob, item: Item) -> str:
    if item.is_lots:  # the first language only: a number column has no room for two words
        return job.say(QT_TRANSLATE_NOOP("Signs", "lots"))[0]
    return job.words[0].count(item.left or 0)


def size_words(job: SignJob, size: str) -> str:
    if size == "kids":
        return " / ".join(job.say(QT_TRANSLATE_NOOP("Signs", "kids")))
    return size


def things_count(items: Sequence[Item]) -> int:
    """Counted things left, each pile of "lots" as one (as the kiosk counts them)."""
    return sum(1 if i.is_lots else (i.left or 0) for i in items)


def render_here_now(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    row_h = sheet.mm(6.4)
    head_h = sheet.mm(10)
    by_category: dict[str, list[Item]] = {}
    for item in job.items:
        by_category.setdefault(item.category_key, []).append(item)
    rows: list[Row] = []
    marks_used: list[str] = []
    # The rows' sizes, made once for the sheet rather than once a row.
    quantity_size = marks_size = Size(sheet.pt(11), sheet.pt(6), bold=True, wrap=False)
    title_size = Size(sheet.pt(11), sheet.pt(6), wrap=False)
    # A quantity's words ("1", "2", "lots") fit the same in every row's quantity box: fitted once a sheet.
    quantities: dict[str, TextFit] = {}

    def heading_row(category: Category, count: int) -> Row:
        names = job.names(category)

        def paint(p: QPainter, box: QRectF, page: int) -> None:
            band = box.adjusted(0, sheet.mm(1.2), 0, -sheet.mm(0.6))
            p.fillRect(band, BAND)
            icon_box, rest = split_left(inset(band, sheet.mm(1)), sheet.mm(7), sheet.mm(2))
            draw_pictogram(p, icon_box, category.icon)
            name_box, count_box = split_left(rest, rest.width() - sheet.mm(16), sheet.mm(1))
            if len(names) == 1:
                job.text(p, name_box, names[0], Size(sheet.pt(13), sheet.pt(6), bold=True, wrap=False),
                         "category", page, align=ALIGN_LEFT)
            else:
                first, second = split_top(name_box, name_box.height() * 0.56)
                job.text(p, first, names[0], Size(sheet.pt(13), sheet.pt(6), bold=True, wrap=False),
                         "category", page, align=ALIGN_LEFT, direction=job.words[0].direction)
                job.text(p, second, names[1], Size(sheet.pt(10), sheet.pt(5), wrap=False), "category", page,
                         SECOND_INK, ALIGN_LEFT, job.words[1].direction)
            job.text(p, count_box.adjusted(0, 0, -sheet.mm(1.5), 0), job.words[0].count(count),
                     Size(sheet.pt(15), sheet.pt(7), bold=True, wrap=False), "count", page, align=ALIGN_RIGHT)
        return Row(head_h if len(names) == 1 else sheet.mm(13), paint, keep_with_next=True)

    def item_row(item: Item) -> Row:
        marks = [m for m in (*[t for t in (x.key for x in FOOD_TAGS) if t in item.tags],
                             *(["perishable"] if item.perishable else []))]
        for m in marks:
            if m not in marks_used:
                marks_used.append(m)
        note = " ".join(filter(None, [size_words(job, item.size)]))
        mark_text = " ".join(tag_mark(m, job.langs[0]) for m in marks)

        def paint(p: QPainter, box: QRectF, page: int) -> None:
            qty_box, rest = split_left(box, sheet.mm(14), sheet.mm(2.5))
            words = quantity_words(job, item)
            known = quantities.get(words)
            if known is not None and known.box.size() == qty_box.size():
                job.text_again(p, qty_box, known, "quantity", page)
            else:
                quantities[words] = job.text(p, qty_box, words, quantity_size, "quantity", page, align=ALIGN_RIGHT)
            extra = " ".join(filter(None, [note, mark_text]))
            if extra:
                title_box, extra_box = split_left(rest, rest.width() - sheet.mm(22), sheet.mm(1))
                job.text(p, extra_box, extra, marks_size, "marks", page, align=ALIGN_RIGHT)
            else:
                title_box = rest
            title = item.title or job.category(item.category_key).name(job.langs[0])  # type: ignore[union-attr]
            job.text(p, title_box, title, title_size, "item", page, align=ALIGN_LEFT)
            p.save()
            p.setPen(ROW_LINE)
            p.drawLine(QPointF(rest.left(), box.bottom()), QPointF(box.right(), box.bottom()))
            p.restore()
        return Row(row_h, paint)

    for category in job.all_categories:
        items = by_category.get(category.key, [])
        if not items:
            continue
        rows.append(heading_row(category, things_count(items)))
        rows.extend(item_row(i) for i in sorted(items, key=lambda i: (i.title or "").casefold()))

    total = things_count(job.items)
    now = job.market.clock()
    quarter = now.replace(minute=now.minute - now.minute % 15)
    time_words = job.words[0].locale.toString(QTime(quarter.hour, quarter.minute), QLocale.FormatType.ShortFormat)
    counts = [w.translate("Signs", THINGS_ON_THE_TABLE, "", total) for w in job.words]
    moments = [w.translate("Signs", "At %1 — take what you need").replace("%1", time_words)
               for w in job.words]
    lines = [" · ".join(dict.fromkeys(counts)), " · ".join(dict.fromkeys(moments))]
    if not rows:
        rows.append(Row(sheet.mm(30), lambda p, box, page: two_languages(
            p, box, job.say(QT_TRANSLATE_NOOP("Signs", "The table is empty right now. Bring something!")),
            Size(sheet.pt(22), sheet.pt(10), bold=True), job, "empty", page)))
    legend_rows = legend(job, marks_used, sheet)

    def header(p: QPainter, page: int, pages: int) -> QRectF:
        return list_header(p, sheet, job, "mdi6.table-furniture",
                           QT_TRANSLATE_NOOP("Signs", "Here now"), lines, page, pages)

    flow_rows(painter, sheet, rows + legend_rows, 2, lambda page: list_space(sheet, page)[1], header)


def legend(job: SignJob, marks: list[str], sheet: Sheet) -> list[Row]:
    """What the food marks mean, in every language, under the list."""
    if not marks:
        return []
    rows: list[Row] = []

    def title_paint(p: QPainter, box: QRectF, page: int) -> None:
        marks_words = " · ".join(job.say(QT_TRANSLATE_NOOP("Signs", "Marks")))
        job.text(p, box.adjusted(0, sheet.mm(3), 0, 0), marks_words,
                 Size(sheet.pt(12), sheet.pt(6), bold=True, wrap=False), "legend", page, align=ALIGN_LEFT)

    rows.append(Row(sheet.mm(10), title_paint, keep_with_next=True))
    for key in marks:
        def paint(p: QPainter, box: QRectF, page: int, key: str = key) -> None:
            mark_box, rest = split_left(box, sheet.mm(10), sheet.mm(2))
            job.text(p, mark_box, tag_mark(key, job.langs[0]), Size(sheet.pt(11), sheet.pt(6), bold=True, wrap=False),
                     "mark", page, align=ALIGN_RIGHT)
            names = " / ".join(dict.fromkeys(tag_name(key, lang) for lang in job.langs))
            job.text(p, rest, names, Size(sheet.pt(11), sheet.pt(6), wrap=False), "legend", page,
                     align=ALIGN_LEFT)
        rows.append(Row(sheet.mm(6), paint))
    return rows


def render_wanted(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    rows: list[Row] = []
    # A few wants get big cards that fill the page; many get 30 mm cards, page after page.
    room = list_space(sheet, 0)[1].height()
    row_h = max(sheet.mm(30), min(sheet.mm(55), room / max(1, len(job.wants))))
    scale = row_h / sheet.mm(30)
    for want in job.wants:
        category = job.category(want.category_key)

        def paint(p: QPainter, box: QRectF, page: int, want: Want = want, category: Category | None = category
                  ) -> None:
            inside = box.adjusted(0, sheet.mm(1.5), 0, -sheet.mm(1.5))
            rest, _ = card(p, inside, sheet.mm(3), inside.height() - sheet.mm(6), sheet.mm(5),
                           category.icon if category else "", sheet.mm(0.8), sheet.mm(3))
            top, bottom = split_top(rest, rest.height() * 0.58)
            what = want.title or (category.name(job.langs[0]) if category else "")
            job.text(p, top, what, Size(sheet.pt(24 * scale), sheet.pt(10), bold=True, wrap=False), "want",
                     page, align=ALIGN_LEFT)
            under = " · ".join(job.names(category)) if category else ""
            if want.size:
                sizes = " / ".join(dict.fromkeys(w.translate("Signs", "size %1").replace("%1", size_words(
                    job, want.size)) for w in job.words))
                under = f"{under} — {sizes}" if under else sizes
            job.text(p, bottom, under, Size(sheet.pt(14 * scale), sheet.pt(7), wrap=False), "category",
                     page, SECOND_INK, ALIGN_LEFT)
        rows.append(Row(row_h, paint))
    if not rows:
        rows.append(Row(sheet.mm(40), lambda p, box, page: two_languages(
            p, box, job.say(QT_TRANSLATE_NOOP("Signs", "Nobody is looking for anything right now.")),
            Size(sheet.pt(22), sheet.pt(10), bold=True), job, "empty", page)))
    lines = job.say(QT_TRANSLATE_NOOP(
        "Signs", "Someone at the market is looking for these. Have one? Bring it to the table."))

    def header(p: QPainter, page: int, pages: int) -> QRectF:
        return list_header(p, sheet, job, "mdi6.magnify", QT_TRANSLATE_NOOP("Signs", "Wanted"), lines, page,
                           pages)

    flow_rows(painter, sheet, rows, 1, lambda page: list_space(sheet, page)[1], header)


# ----- the registry and whole documents ----------------------------------------------------------------

register(Kind("welcome", "landscape", render_welcome, QT_TRANSLATE_NOOP("Signs", "Welcome sign"),
              "mdi6.hand-heart", pages=lambda job: 1))
register(Kind("categories", "landscape", render_categories, QT_TRANSLATE_NOOP("Signs", "Category signs"),
              "mdi6.shape", pages=lambda job: len(job.categories)))  # a page each
register(Kind("tents", "portrait", render_tents, QT_TRANSLATE_NOOP("Signs", "Table tents"),
              "mdi6.tent", pages=lambda job: len(job.categories)))
register(Kind("here-now", "portrait", render_here_now, QT_TRANSLATE_NOOP("Signs", "Here now"),
              "mdi6.format-list-bulleted"))
register(Kind("wanted", "portrait", render_wanted, QT_TRANSLATE_NOOP("Signs", "Wanted"), "mdi6.magnify"))


def document(kinds: Sequence[Kind], job: SignJob) -> tuple[RenderFn, str]:
    """One render function painting every kind in turn, and the first page's orientation."""

    def render(painter: QPainter, sheet: Sheet) -> None:
        sheet.set_direction(job.words[0].direction)  # the first language lays the pages out
        for n, kind in enumerate(kinds):
            if n:
                sheet.new_page(kind.orientation)
            kind.render(painter, sheet, job)

    return render, kinds[0].orientation


def page_count(kinds: Sequence[Kind], job: SignJob) -> int | None:
    """The pages `document(kinds, job)` paints, if every kind knows its count without laying pages out; else
    None. Each kind starts a page of its own, even one it leaves blank."""
    counts = [kind.pages(job) if kind.pages is not None else None for kind in kinds]
    return None if None in counts else sum(max(1, n or 0) for n in counts)


def write_signs(market: Market, out: Path, kind: str = "all", paper: str = "a4",
                langs: Sequence[str] = (), category_scope: str | None = None) -> tuple[int, SignJob]:
    """Paint the signs of `kind` into a PDF at `out`; returns (page count, the job with what was printed)."""
    kinds = chosen(kind)
    job = SignJob(market, tuple(langs) or sign_languages(market),
                  category_scope or market.setting(SIGN_CATEGORIES))
    render, orientation = document(kinds, job)
    title = ("Commons Table — " + (job.event.title if job.event else "signs"))
    pages = write_pdf(out, render, paper, orientation, title=title)
    after_printing(kinds, job)  # e.g. skill cards: contacts asked to be forgotten once printed
    return pages, job


def sign_languages(market: Market, speaking: str | None = None) -> tuple[str, ...]:
    """The languages last chosen for signs, else the language the steward is `speaking`, else English."""
    saved = market.setting(SIGN_LANGUAGES)
    if saved and all(lang in LANGUAGES for lang in saved):
        return tuple(saved[:2])
    return (speaking or DEFAULT_LANGUAGE,)
