"""The skills on offer (Step.SKILLS): a list anyone can browse, each opening to its code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from kiosk.catalog import skill_kind
from kiosk.domain import SkillOffer
from ui import theme
from ui.flow import ShowOffer, Step
from ui.lists import Role, RowsModel, touch_list
from ui.screens.skills.parts import when_text
from ui.theme import icon
from ui.translators import comma_joined
from ui.widgets import Screen, button, elided, label, set_words, vertical

if TYPE_CHECKING:
    from ui.host import Host


Index = QModelIndex | QPersistentModelIndex


class OffersModel(RowsModel[SkillOffer]):
    """The skills on offer at this market. The contact is not in any role: lists never show it."""

    def __init__(self, when_words: Callable[[tuple[str, ...]], str]) -> None:
        super().__init__(self._words)
        self._when_words = when_words

    def _words(self, offer: SkillOffer) -> str:
        return comma_joined([p for p in (offer.title, self._when_words(offer.when), offer.description) if p])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        offer = self.rows[index.row()]
        if role == Role.ROW:
            return offer.id
        if role == Qt.ItemDataRole.DisplayRole:
            return offer.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return offer.description
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return super().data(index, role)
        if role == Role.DETAIL:
            return self._when_words(offer.when)
        return None


class OfferDelegate(QStyledItemDelegate):
    """A row as a card: pictogram, the skill in bold, when and the words below, a QR mark on the right."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self.row_height = 96

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), self.row_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(6, 4, -6, -4))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor(theme.colour("skills" if selected else "header_line")))
        painter.setBrush(QColor(theme.colour("row_fill")))
        painter.drawRoundedRect(card, 14, 14)
        side = 48
        top = option.rect.top() + (option.rect.height() - side) // 2
        kind = skill_kind(str(index.data()), str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        start, end = option.rect.left() + 20, option.rect.right() - 20 - side
        if option.direction == Qt.LayoutDirection.RightToLeft:  # the row mirrors in a right-to-left language
            start, end = end, start
        painter.drawPixmap(start, top, icon(kind.icon, theme.colour("skills")).pixmap(side, side))
        painter.drawPixmap(end, top, icon("mdi6.qrcode").pixmap(side, side))
        left = option.rect.left() + 20 + side + 16
        width = option.rect.right() - 20 - side - 16 - left
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QColor(theme.colour("ink")))
        title = elided(painter.fontMetrics(), str(index.data()), width)
        painter.drawText(QRect(left, option.rect.top() + 12, width, 34),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        font.setBold(False)
        font.setPixelSize(17)
        painter.setFont(font)
        painter.setPen(QColor(theme.colour("muted")))
        second = " · ".join(p for p in (index.data(Role.DETAIL),
                                         index.data(Qt.ItemDataRole.ToolTipRole)) if p)
        second = elided(painter.fontMetrics(), second.replace("\n", " "), width)
        painter.drawText(QRect(left, option.rect.top() + 50, width, 30),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, second)
        painter.restore()


class SkillsScreen(Screen):
    """Skills on offer: a list anyone can browse, each opening to its code; and "Offer a skill"."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        layout = vertical(self, theme.PAGE, theme.GAP_COLUMN)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = label("Title")
        self.hint = label("Hint")
        titles.addWidget(self.heading)
        titles.addWidget(self.hint)
        head.addLayout(titles, 1)
        self.offer_button = button("mdi6.plus", "Primary", clicked=lambda: self.window_.go(Step.SKILL_OFFER))
        self.offer_button.setIconSize(QSize(40, 40))
        self.offer_button.setMinimumHeight(84)
        head.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.model = OffersModel(when_text)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(OfferDelegate(self.view))
        self.view.clicked.connect(self.open_offer)
        touch_list(self.view)  # flicked by finger or mouse, no frame; a tap opens the offer
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.view, 1)
        self.empty = label("Subtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Skills on offer"))
        self.hint.setText(self.tr("Tap one to see its code — your phone's camera reads it, "
                                  "no internet needed."))
        set_words(self.offer_button, self.tr("Offer a skill"))
        self.view.setAccessibleName(self.tr("Skills on offer"))
        self.empty.setText(self.tr("Nobody has offered a skill yet. Be the first!"))
        self.model.layoutChanged.emit()

    def entered(self) -> None:
        offers = self.window_.attempt(self.window_.market.skill_offers) or []
        self.model.set_rows(offers)
        self.view.setVisible(bool(offers))
        self.empty.setVisible(not offers)

    def offer_row(self, title: str) -> QModelIndex:
        """The list row showing the offer called `title` (for tests and screenshots)."""
        for n, offer in enumerate(self.model.rows):
            if isinstance(offer, SkillOffer) and offer.title == title:
                return self.model.index(n)
        return QModelIndex()

    def open_offer(self, index: QModelIndex) -> None:
        offer_id = index.data(Role.ROW)
        if offer_id is None:
            return
        self.window_.go(Step.SKILL_QR, ShowOffer(int(offer_id)))

    def prepare_screenshot(self) -> None:
        self.entered()
