"""Lists of things on the table as model/view: one model over the store's rows, a proxy for
category and search filters, and a delegate that paints each row with a big "Take one" button.

Thousands of rows cost one widget, not thousands.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPixmap, QTouchEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kiosk.catalog import TAGS_BY_KEY, tag_name
from kiosk.domain import Category, Item
from ui.theme import icon

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=256)
def pictogram(name: str, size: int, color: str = "#1f1d1a") -> QPixmap:
    return icon(name, color).pixmap(size, size)


class ItemsModel(QAbstractListModel):
    """The items on the table, newest first, with words in the visitor's language."""

    def __init__(self, categories: Callable[[], dict[str, Category]], lang: Callable[[], str],
                 words: Callable[[Item], tuple[str, str]]):
        super().__init__()
        self._categories = categories
        self._lang = lang
        self._words = words  # (title, count words) for an item, from the screen that knows tr()
        self.rows: list[Item] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.rows = list(items)
        self._row_of = {item.id: n for n, item in enumerate(self.rows)}
        self.endResetModel()

    def replace(self, item: Item) -> QModelIndex:
        """Show a changed item (after a take or an undo) without reloading the list."""
        row = self._row_of.get(item.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.rows.insert(0, item)
            self._row_of = {it.id: n for n, it in enumerate(self.rows)}
            self.endInsertRows()
            return self.index(0)
        self.rows[row] = item
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return index

    def remove(self, item_id: int) -> None:
        row = self._row_of.get(item_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self._row_of = {it.id: n for n, it in enumerate(self.rows)}
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == ItemRole:
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
            return ", ".join([title, count, *marks])
        return None


class AvailableFilter(QSortFilterProxyModel):
    """Category chips and search narrow the list; something just taken to zero stays, marked "all gone",
    until the list is filtered again."""

    def __init__(self) -> None:
        super().__init__()
        self.category: str | None = None
        self.matching: set[int] | None = None
        self.keep: set[int] = set()

    def set_filter(self, category: str | None, matching: set[int] | None) -> None:
        self.beginFilterChange()
        self.category = category
        self.matching = matching
        self.keep = set()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ItemsModel)
        item = model.rows[source_row]
        if item.gone and item.id not in self.keep:
            return False
        if self.category and item.category_key != self.category:
            return False
        return self.matching is None or item.id in self.matching


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
        width = min(220, max(140, rect.width() // 4))
        # 8 px of card around it: a row 80 px tall (7" screens) still has a 64 px button.
        return QRect(rect.right() - width - 12, rect.top() + 8, width, rect.height() - 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = self.describe(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(6, 4, -6, -4))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor("#1f6f5c") if selected else QColor("#e2d5bf"))
        painter.setBrush(QColor("#ffffff") if not look.dimmed else QColor("#f3efe8"))
        painter.drawRoundedRect(card, 14, 14)
        side = 52
        top = option.rect.top() + (option.rect.height() - side) // 2
        painter.drawPixmap(option.rect.left() + 20, top, pictogram(look.icon, side,
                                                                     "#8a8378" if look.dimmed else "#1f6f5c"))
        button = self.button_rect(option.rect)
        text_left = option.rect.left() + 20 + side + 16
        text_rect = QRect(text_left, option.rect.top() + 12, button.left() - text_left - 12, 34)
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(max(18, self.row_height // 4))
        painter.setFont(font)
        painter.setPen(QColor("#8a8378") if look.dimmed else QColor("#1f1d1a"))
        title = painter.fontMetrics().elidedText(look.title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        # Second line: count words and marks as small rounded badges.
        font.setBold(False)
        font.setPixelSize(max(15, self.row_height // 6))
        painter.setFont(font)
        x = text_left
        y = option.rect.top() + 52
        metrics = painter.fontMetrics()
        for words, color, filled in look.badges:
            width = metrics.horizontalAdvance(words) + 16
            if x + width > button.left() - 8:
                break
            badge = QRectF(x, y, width, metrics.height() + 6)
            painter.setPen(QColor(color))
            painter.setBrush(QColor(color) if filled else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("white") if filled else QColor(color))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, words)
            x += width + 6
        if look.action:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#2e7d32"))
            painter.drawRoundedRect(QRectF(button), 12, 12)
            font.setBold(True)
            font.setPixelSize(max(16, self.row_height // 5))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            # Pictogram and word, side by side and centred together in the button.
            side = min(32, button.height() - 16)
            room = button.width() - side - 24
            words = painter.fontMetrics().elidedText(look.action, Qt.TextElideMode.ElideRight, room)
            width = side + 8 + painter.fontMetrics().horizontalAdvance(words)
            left = button.left() + (button.width() - width) // 2
            painter.drawPixmap(left, button.center().y() - side // 2, pictogram(look.action_icon, side, "white"))
            text_rect = QRect(left + side + 8, button.top(), width - side - 8, button.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()

    def tap(self, index: Index, rect: QRect, point: QPoint) -> bool:
        """A click or a finger's tap at `point`: on the row's button, it does the row's action."""
        look = self.describe(index)
        if look.action and self.button_rect(rect).contains(point):
            self.action.emit(QModelIndex(index))
            return True
        return False



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


class Flick(QObject):
    """Kinetic scrolling by finger or mouse for a list, with taps that still reach the rows.

    QScroller's own gesture recognisers swallow a finger's tap (and ignore mouse events Qt made
    from touches), so this feeds QScroller.handleInput() itself: a press that moves past a few
    pixels becomes a fling; one that does not is a tap on the row under it.
    """

    SLOP = 12  # pixels a finger may wobble during a tap

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self.viewport = view.viewport()
        self.viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.scroller = QScroller.scroller(self.viewport)
        self.start: QPointF | None = None
        self.dragging = False
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent):
            if not event.points():
                return False
            point = event.points()[0].position()
            stamp = event.timestamp()
            if kind == QEvent.Type.TouchBegin:
                self._press(point, stamp)
            elif kind == QEvent.Type.TouchUpdate:
                self._move(point, stamp)
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._release(point, stamp, tap=kind == QEvent.Type.TouchEnd)
            event.accept()
            return True
        if isinstance(event, QMouseEvent) and event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            point = event.position()
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) \
                    and event.button() == Qt.MouseButton.LeftButton:
                # A quick second tap arrives as a double click: it is a second tap all the same.
                self._press(point, event.timestamp())
                return True
            if kind == QEvent.Type.MouseMove and self.start is not None:
                self._move(point, event.timestamp())
                return True
            if kind == QEvent.Type.MouseButtonRelease and self.start is not None:
                self._release(point, event.timestamp(), tap=True)
                return True
        return False

    def _press(self, point: QPointF, stamp: int) -> None:
        # A press on a list that is still gliding only stops it; it is not a tap.
        self.dragging = self.scroller.state() == QScroller.State.Scrolling
        self.start = point
        self.scroller.handleInput(QScroller.Input.InputPress, point, stamp)

    def _move(self, point: QPointF, stamp: int) -> None:
        if self.start is None:
            return
        if (point - self.start).manhattanLength() > self.SLOP:
            self.dragging = True
        self.scroller.handleInput(QScroller.Input.InputMove, point, stamp)

    def _release(self, point: QPointF, stamp: int, tap: bool) -> None:
        start, self.start = self.start, None
        self.scroller.handleInput(QScroller.Input.InputRelease, point, stamp)
        if start is None or self.dragging or not tap:
            return
        index = self.view.indexAt(point.toPoint())
        if not index.isValid():
            return
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        delegate = self.view.itemDelegateForIndex(index)
        if isinstance(delegate, RowDelegate):
            # A tap on the row's own button does its action; a tap elsewhere on the row chooses the row
            # (its bar below the list has the same action and more). Choosing it on a button tap too would
            # stack that bar on top of the undo bar on a 7" screen.
            if not delegate.tap(index, self.view.visualRect(index), point.toPoint()):
                self.view.setCurrentIndex(index)
        else:
            self.view.setCurrentIndex(index)
            self.view.clicked.emit(index)  # a plain list: the row itself is what is tapped


def touch_list(view: QListView) -> None:
    """A list a finger can fling: kinetic scrolling, pixel steps, no editing, big rows."""
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QListView.Shape.NoFrame)
    flick = Flick(view)
    properties = flick.scroller.scrollerProperties()
    # Past 1.5 mm a press becomes a drag; a still finger stays a tap.
    properties.setScrollMetric(properties.ScrollMetric.DragStartDistance, 0.0015)
    properties.setScrollMetric(properties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    flick.scroller.setScrollerProperties(properties)


def mark_badges(item: Item, lang: str) -> list[tuple[str, str, bool]]:
    """Small marks for a row: vegan leaf, allergen letters, perishable clock, size."""
    badges: list[tuple[str, str, bool]] = []
    for key in item.tags:
        tag = TAGS_BY_KEY.get(key)
        if tag is None:
            continue
        if key in ("vegan", "vegetarian"):
            badges.append(("🌱 " + tag_name(key, lang), "#2e7d32", False))
        else:
            badges.append((tag.mark, "#8a4b00", False))
    if item.perishable:
        badges.append(("⏰ " + tag_name("perishable", lang).split("—")[-1].strip(), "#b3261e", False))
    if item.size:
        badges.append((item.size, "#1565c0", False))
    return badges


class RowsModel(QAbstractListModel):
    """A short list of plain values (wants, offers) for the same row delegate."""

    def __init__(self, speak: Callable[[object], str]):
        super().__init__()
        self.rows: list[object] = []
        self._speak = speak  # the words a screen reader says for a row

    def set_rows(self, rows: list) -> None:  # noqa: ANN001
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ItemRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._speak(row)
        return None
