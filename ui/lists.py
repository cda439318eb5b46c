"""Lists of things on the table as model/view: one model over the store's rows that filters itself by
category and search (one pass, one reset), and a delegate that paints each row with a big "Take one" button.

Thousands of rows cost one widget, not thousands.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable
from enum import IntEnum
from functools import lru_cache, partial
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kiosk.catalog import CONTAINS, TAGS_BY_KEY, allergens_in, joined, tag_name
from kiosk.domain import Item
from ui import theme
from ui.theme import MIN_TARGET, icon
from ui.widgets import DASHES, DragScroll, direction_mark, elided

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


ROW_BY_ROW = 20  # changes an items list shows row by row; more at once are shown in one reset


def _falling(item: Item) -> int:
    """The key that keeps things newest first (ids falling) in ascending order, for bisect."""
    return -item.id


def rows_shown(items: Iterable[Item], category: str | None, matching: set[int] | None,
               keep: set[int] | frozenset[int] = frozenset()) -> list[Item]:
    """The things a filter lets through, in the order of `items`: one pass, on any thread (an Item never changes)."""
    return [item for item in items
            if (not item.gone or item.id in keep)
            and (not category or item.category_key == category)
            and (matching is None or item.id in matching)]


class Role(IntEnum):
    """What the kiosk's list models answer beyond Qt's own roles."""

    ROW = Qt.ItemDataRole.UserRole + 1  # the row's own value: an Item, a Want (a skill offer's id)
    DETAIL = Qt.ItemDataRole.UserRole + 2  # a second line's words: when a skill offer happens


@lru_cache(maxsize=256)
def pictogram(name: str, size: int, color: str) -> QPixmap:
    return icon(name, color).pixmap(size, size)


class ItemsModel(QStringListModel):
    """The items on the table, newest first, with words in the visitor's language.

    It keeps everything on the table (`items`, between visits, newest first: ids falling, so a thing's row is
    found by bisection) and shows the rows the category and search let through (`rows`). Filtering is one
    Python pass and a model reset, never a Python callback per row; what changed since the table was read
    changes only its own rows (update). Something just taken to zero stays, marked "all gone", until the list is
    filtered again (`keep`). A search's pass runs on the search's thread (rows_shown, over a copy of `items`) and
    comes back to `show_found`, which takes it only if `items` did not change meanwhile (`version`).
    The row count lives in C++ (a string list of titles): a list view asks for it once per row on every
    layout, which through a Python rowCount() costs 30 ms at 10 000 rows.
    """

    def __init__(self, lang: Callable[[], str], words: Callable[[Item], tuple[str, str]]):
        super().__init__()
        self._lang = lang
        self._words = words  # (title, count words) for an item, from the screen that knows tr()
        self.items: list[Item] = []
        self.rows: list[Item] = []
        self.category: str | None = None
        self.matching: set[int] | None = None
        self.keep: set[int] = set()
        self.version = 0  # one more each time `items` changes

    def set_rows(self, items: list[Item]) -> None:
        """Everything on the table, shown through the filter there is."""
        self.items = list(items)
        self.version += 1
        self._refilter()

    def set_filter(self, category: str | None, matching: set[int] | None, items: list[Item] | None = None) -> None:
        """Show one kind (None: every kind) and the ids a search found (None: no search); one reset, or none
        when the rows shown would be the same ones (the same items, filter and no row kept "all gone")."""
        same_items = items is None or (len(items) == len(self.items) and all(map(operator.is_, items, self.items)))
        if same_items and category == self.category and matching == self.matching and not self.keep:
            return
        if items is not None:
            self.items = list(items)
            self.version += 1
        self.category = category
        self.matching = matching
        self.keep = set()
        self._refilter()

    def show_found(self, version: int, category: str | None, matching: set[int], rows: list[Item],
                   titles: list[str]) -> bool:
        """Show what a search found: `rows` (rows_shown() of `items` as they were at `version`, for `category` and
        `matching`) and their titles, both made on the search's thread. As set_filter, one reset or none; False
        (nothing shown) if `items` changed since."""
        if version != self.version:
            return False
        if category == self.category and matching == self.matching and not self.keep:
            return True
        self.category = category
        self.matching = matching
        self.keep = set()
        self._show(rows, titles)
        return True

    def accepts(self, item: Item) -> bool:
        if item.gone and item.id not in self.keep:
            return False
        if self.category and item.category_key != self.category:
            return False
        return self.matching is None or item.id in self.matching

    def _refilter(self) -> None:
        self._show(rows_shown(self.items, self.category, self.matching, self.keep))

    def _show(self, rows: list[Item], titles: list[str] | None = None) -> None:
        self.rows = rows
        self.setStringList([item.title for item in rows] if titles is None else titles)  # one model reset

    def update(self, changed: dict[int, Item | None]) -> None:
        """Show what changed since the list was read: each thing as it is now, or None when it is no longer on the
        table. A few changes row by row (the view keeps every other row); many at once in one reset."""
        if len(changed) > ROW_BY_ROW:
            for item_id, item in changed.items():
                self._keep_item(item_id, item)
                if item is None:
                    self.keep.discard(item_id)
            self._refilter()
            return
        for item_id, item in changed.items():
            if item is None:
                self.keep.discard(item_id)
                self.remove(item_id)
            else:
                self.replace(item)

    def _keep_item(self, item_id: int, item: Item | None) -> None:
        """`item` in `items` (newest first: ids falling) in its place, or none with this id if None."""
        self.version += 1
        at = bisect_left(self.items, -item_id, key=_falling)
        there = at < len(self.items) and self.items[at].id == item_id
        if item is None:
            if there:
                del self.items[at]
        elif there:
            self.items[at] = item
        else:
            self.items.insert(at, item)

    def _row(self, item_id: int) -> int | None:
        """The row showing this thing, if one does."""
        at = bisect_left(self.rows, -item_id, key=_falling)
        return at if at < len(self.rows) and self.rows[at].id == item_id else None

    def replace(self, item: Item) -> QModelIndex:
        """Show a changed item (after a take or an undo) without reloading the list."""
        self._keep_item(item.id, item)
        row = self._row(item.id)
        shown = self.accepts(item)
        if row is not None and shown:
            self.rows[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return index
        if row is not None:
            self._remove_row(row)
            return QModelIndex()
        if not shown:
            return QModelIndex()
        # Newest first: it goes before the first row listed before it.
        row = bisect_left(self.rows, -item.id, key=_falling)
        self.rows.insert(row, item)
        self.insertRows(row, 1)
        return self.index(row)

    def remove(self, item_id: int) -> None:
        self._keep_item(item_id, None)
        row = self._row(item_id)
        if row is not None:
            self._remove_row(row)

    def _remove_row(self, row: int) -> None:
        self.removeRows(row, 1)  # the view lets go of the row while its data is still there
        del self.rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Rows are chosen and tapped, never edited or dragged (a string list's rows would be).
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == Role.ROW:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title, count = self._words(item)
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            marks = [tag_name(t, self._lang()) for t in item.tags]
            if item.perishable:
                marks.append(tag_name("perishable", self._lang()))
            if item.size:
                marks.append(item.size)
            return joined([title, count, *marks], self._lang())
        return None


class RowDelegate(QStyledItemDelegate):
    """Paints a row as a card: pictogram, title, count, marks, and one big action button on the right."""

    action = Signal(QModelIndex)

    def __init__(self, view: QListView, *, describe: Callable[[Index], RowLook]):
        super().__init__(view)
        self.view = view
        self.describe = describe
        self.row_height = 96

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), self.row_height)

    def button_rect(self, rect: QRect) -> QRect:
        """Where the row's button is: at the end of the line, the left in a right-to-left language."""
        return QStyle.visualRect(self.view.layoutDirection(), rect, self._button_rect_ltr(rect))

    @staticmethod
    def _button_rect_ltr(rect: QRect) -> QRect:
        width = min(220, max(140, rect.width() // 4))
        # A finger's 64 px even in the short rows of a 7" screen.
        margin = max(4, min(12, (rect.height() - MIN_TARGET) // 2))
        return QRect(rect.right() - width - 12, rect.top() + margin, width, rect.height() - 2 * margin)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = self.describe(index)
        # Laid out left to right, then every box mirrored for a right-to-left language.
        def flip(box: QRect) -> QRect:
            return QStyle.visualRect(option.direction, option.rect, box)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(6, 4, -6, -4))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor(theme.colour("chosen" if selected else "row_line")))
        painter.setBrush(QColor(theme.colour("row_dim_fill" if look.dimmed else "row_fill")))
        painter.drawRoundedRect(card, 14, 14)
        side = 52
        top = option.rect.top() + (option.rect.height() - side) // 2
        painter.drawPixmap(flip(QRect(option.rect.left() + 20, top, side, side)).topLeft(),
                           pictogram(look.icon, side, row_colour(look, "chosen")))
        button = self._button_rect_ltr(option.rect)
        text_left = option.rect.left() + 20 + side + 16
        text_rect = QRect(text_left, option.rect.top() + 12, button.left() - text_left - 12, 34)
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(larger(max(18, self.row_height // 4)))
        painter.setFont(font)
        painter.setPen(QColor(row_colour(look, "ink")))
        # A title too long for one line takes a second where the row has it free: no marks there (a row's marks
        # have the second line) and room for it above the card's foot. What still does not fit ends in "…".
        # Its first line stays where a one-line title is.
        metrics = painter.fontMetrics()
        step = metrics.lineSpacing()
        first = QRect(text_rect.left(), text_rect.center().y() - step // 2, text_rect.width(), step)
        below = first.translated(0, step)
        free = not look.badges and below.bottom() <= card.bottom() - 4
        lines = title_lines(metrics, look.title, text_rect.width(), 2 if free else 1)
        for box, words in zip((text_rect,) if len(lines) == 1 else (first, below), lines, strict=True):
            painter.drawText(flip(box), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        # Second line: count words and marks as small rounded badges.
        font.setBold(False)
        font.setPixelSize(larger(max(15, self.row_height // 6)))
        painter.setFont(font)
        x = text_left
        y = option.rect.top() + 52
        metrics = painter.fontMetrics()
        for words, color, filled in look.badges:
            width = metrics.horizontalAdvance(words) + 16
            if x + width > button.left() - 8:
                break
            badge = QRectF(flip(QRect(x, y, width, metrics.height() + 6)))
            painter.setPen(QColor(color))
            painter.setBrush(QColor(color) if filled else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("white") if filled else QColor(color))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, words)
            x += width + 6
        if look.action:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.colour("take")))
            painter.drawRoundedRect(QRectF(flip(button)), 12, 12)
            font.setBold(True)
            font.setPixelSize(larger(max(16, self.row_height // 5)))
            painter.setFont(font)
            painter.setPen(QColor(theme.colour("on_dark")))
            # Pictogram and word, side by side and centred together in the button.
            side = min(32, button.height() - 16)
            room = button.width() - side - 24
            words = elided(painter.fontMetrics(), look.action, room)
            width = side + 8 + painter.fontMetrics().horizontalAdvance(words)
            left = button.left() + (button.width() - width) // 2
            painter.drawPixmap(flip(QRect(left, button.center().y() - side // 2, side, side)).topLeft(),
                               pictogram(look.action_icon, side, "white"))
            text_rect = QRect(left + side + 8, button.top(), width - side - 8, button.height())
            painter.drawText(flip(text_rect), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()

    def tap(self, index: QModelIndex, rect: QRect, point: QPoint) -> bool:
        """A click or a finger's tap at `point`: on the row's button, it does the row's action."""
        look = self.describe(index)
        if look.action and self.button_rect(rect).contains(point):
            self.action.emit(index)
            return True
        return False



def title_lines(metrics: QFontMetrics, text: str, width: int, most: int) -> list[str]:
    """`text` on as few lines `width` wide as it fits, `most` at most: broken at the last space that fits (never
    before a dash, as widgets.split_in_two), the last line ending in "…" if what is left still does not fit.

    Each line is painted as a text of its own, so each keeps, in a direction mark (no width), the letter it meets
    across its break: a line of an English title on an Arabic page that starts "6-year-old" reads so, not
    "year-old-6" (digits with no letter before them take the page's way), and a comma ending a line stays
    beside its word."""
    lines: list[str] = []
    before, rest = "", text
    while len(lines) < most - 1 and metrics.horizontalAdvance(rest) > width:
        cut = next((n for n in range(len(rest) - 1, 0, -1)
                    if rest[n] == " " and rest[n + 1:n + 2] not in DASHES
                    and metrics.horizontalAdvance(rest[:n].rstrip()) <= width), 0)
        if not cut:
            break  # one long word: cut short on one line
        line, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        lines.append(before + line + direction_mark(rest))
        before = direction_mark(reversed(line)) or before
    lines.append(before + elided(metrics, rest, width))
    return lines


def row_colour(look: RowLook, token: str) -> str:
    """A row's colour from the theme; a used-up row is greyed, yet still readable (4.5:1)."""
    return theme.colour("row_dim_ink" if look.dimmed else token)


def larger(px: int) -> int:
    """Painted words grow with the visitor's large-text look, as the style sheet's do."""
    return round(px * 1.3) if theme.mode() == theme.LARGE else px


class RowLook:
    """What a row shows; screens build it from their model's data."""

    __slots__ = ("action", "action_icon", "badges", "dimmed", "icon", "title")

    def __init__(self, title: str, icon: str, badges: list[tuple[str, str, bool]], action: str = "",
                 dimmed: bool = False, action_icon: str = "mdi6.hand-extended"):
        self.title = title
        self.icon = icon
        self.badges = badges
        self.action = action
        self.dimmed = dimmed
        self.action_icon = action_icon


def tap_row(view: QListView, point: QPoint) -> None:
    """A finger's or the mouse's tap at `point` on a list (its DragScroll tells): the row under it answers."""
    index = view.indexAt(point)
    if not index.isValid():
        return
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, RowDelegate):
        # A tap on the row's own button does its action; a tap elsewhere on the row chooses the row
        # (its bar below the list has the same action and more). Choosing it on a button tap too would
        # stack that bar on top of the undo bar on a 7" screen.
        if not delegate.tap(index, view.visualRect(index), point):
            view.setCurrentIndex(index)
    else:
        view.setCurrentIndex(index)
        view.clicked.emit(index)  # a plain list: the row itself is what is tapped


class RowActions(QObject):
    """Real buttons over the painted ones, for screen readers: each row in sight gets an invisible
    QPushButton where its action (Take one, Found it) is painted — or over the whole row, when tapping the
    row is the action — named with the action and the row's words, pressed through AT-SPI like any button.

    They let every mouse and finger through (the list's DragScroll handles those), and there are only as many
    as rows in sight, so long lists still cost one widget per visible row, not one per row.
    """

    SHEET = "QPushButton { background: transparent; border: none; color: transparent; padding: 0; }"

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self.buttons: list[QPushButton] = []
        self.indexes: list[QPersistentModelIndex] = []
        self._pending = False
        self._placed: tuple = ()
        model = view.model()
        if model is not None:  # rows taken, filtered or re-read: their buttons follow
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                           model.layoutChanged):
                signal.connect(self.later)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.later)

    def later(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Paint, QEvent.Type.Show,
                            QEvent.Type.Hide):
            # A paint after a change the signals did not tell (a new language, a relayout): a cheap look.
            if event.type() != QEvent.Type.Paint or self._where() != self._placed:
                self.later()
        return False

    def _visible_rows(self) -> list[tuple[QModelIndex, QRect, str]]:
        view, model = self.view, self.view.model()
        if model is None or not view.isVisible():
            return []
        found = []
        inside = view.viewport().rect()
        index = view.indexAt(QPoint(8, 1))
        while index.isValid():
            rect = view.visualRect(index)
            if rect.top() >= inside.bottom():
                break
            delegate = view.itemDelegateForIndex(index)
            target, action = rect, ""
            if isinstance(delegate, RowDelegate):
                target, action = delegate.button_rect(rect), delegate.describe(index).action
            whole = target.top() >= inside.top() and target.bottom() <= inside.bottom()
            if (action or not isinstance(delegate, RowDelegate)) and whole:
                found.append((index, target.intersected(inside), action))  # a sliver is no button
            index = model.index(index.row() + 1, 0)
        return found

    def _where(self) -> tuple:
        view = self.view
        model = view.model()
        return (view.indexAt(QPoint(8, 1)).row(), model.rowCount() if model else 0, view.viewport().size(),
                view.isVisible())

    def place(self) -> None:
        self._pending = False
        self._placed = self._where()
        rows = self._visible_rows()
        # Beside the list, not in it: a screen reader sees a list's rows, never widgets in its viewport.
        parent = self.view.parentWidget()
        if parent is None:
            return
        while len(self.buttons) < len(rows):
            b = QPushButton(parent)
            b.setStyleSheet(self.SHEET)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            b.clicked.connect(lambda _=False, n=len(self.buttons): self.press(n))
            self.buttons.append(b)
        self.indexes = []
        for n, b in enumerate(self.buttons):
            if n >= len(rows):
                b.hide()
                continue
            index, rect, action = rows[n]
            words = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "")
            b.setAccessibleName(f"{action}: {words}" if action else words)
            b.setGeometry(rect.translated(self.view.viewport().mapTo(parent, QPoint(0, 0))))
            b.show()
            b.raise_()
            self.indexes.append(QPersistentModelIndex(index))

    def press(self, n: int) -> None:
        if n >= len(self.indexes) or not self.indexes[n].isValid():
            return
        index = QModelIndex(self.indexes[n])  # type: ignore[call-overload]  # Qt converts a persistent index; the stub lacks it
        delegate = self.view.itemDelegateForIndex(index)
        if isinstance(delegate, RowDelegate):
            delegate.action.emit(index)
        else:
            self.view.clicked.emit(index)


def touch_list(view: QListView) -> None:
    """A list a finger or the mouse can fling (ui.widgets.DragScroll): kinetic scrolling, pixel steps, no editing,
    big rows; a tap reaches the row under it."""
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QListView.Shape.NoFrame)
    flick = DragScroll(view, tap=partial(tap_row, view))
    properties = flick.scroller.scrollerProperties()
    # Past 1.5 mm a press becomes a drag; a still finger stays a tap.
    properties.setScrollMetric(properties.ScrollMetric.DragStartDistance, 0.0015)
    properties.setScrollMetric(properties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    flick.scroller.setScrollerProperties(properties)
    RowActions(view)


def mark_badges(item: Item, lang: str) -> list[tuple[str, str, bool]]:
    """Small marks for a row: vegan leaf, allergen letters, perishable clock, size."""
    badges: list[tuple[str, str, bool]] = []
    for key in item.tags:
        if key in ("vegan", "vegetarian"):
            badges.append(("🌱 " + tag_name(key, lang), theme.colour("mark_food"), False))
    allergens = allergens_in(item.tags)
    if allergens:  # one mark "Contains G M E": a bare "G" could be read as gluten-free
        marks = " ".join(TAGS_BY_KEY[key].mark(lang) for key in allergens)
        badges.append((f"{CONTAINS.get(lang, CONTAINS['en'])} {marks}", theme.colour("mark_allergen"), False))
    if item.perishable:
        badges.append(("⏰ " + tag_name("perishable", lang).split("—")[-1].strip(), theme.colour("mark_time"),
                       False))
    if item.size:
        badges.append((item.size, theme.colour("mark_size"), False))
    return badges


class RowsModel(QAbstractListModel, Generic[T]):
    """A short list of plain values (wants, offers) for the same row delegate."""

    def __init__(self, speak: Callable[[T], str]):
        super().__init__()
        self.rows: list[T] = []
        self._speak = speak  # the words a screen reader says for a row

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Role.ROW:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._speak(row)
        return None
