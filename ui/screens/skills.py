"""Skills share: offer a skill, see the skills on offer, carry one home as a QR code; the steward sets
the gathering, whose code is a calendar event.

Every code is plain text a phone camera reads with no internet. A contact typed on an offer is never
shown as text on any screen: it only goes into that offer's own code and card.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import skill_kind
from kiosk.domain import SkillOffer
from kiosk.errors import VisitorError
from kiosk.skills import TOO_LONG, Gathering, OfferCode, code_for, proposed_gathering, vevent
from kiosk.store import skills as skill_store
from kiosk.store.market import SKILL_TIMES
from ui.flow import ShowOffer, Step
from ui.lists import RowsModel, touch_list
from ui.printing.painter import draw_qr
from ui.theme import icon
from ui.widgets import Screen, button, scroll_page, set_words

if TYPE_CHECKING:
    from ui.host import Host, Installer

Index = QModelIndex | QPersistentModelIndex
OfferRole = Qt.ItemDataRole.UserRole + 1

# Common skills, picked with one tap: key, pictogram. Their words come from SkillOfferScreen.skill_words().
COMMON_SKILLS = (
    ("bike", "mdi6.bicycle"),
    ("sewing", "mdi6.needle"),
    ("cooking", "mdi6.chef-hat"),
    ("first_aid", "mdi6.medical-bag"),
    ("languages", "mdi6.translate"),
    ("computers", "mdi6.laptop"),
    ("gardening", "mdi6.shovel"),
    ("music", "mdi6.music"),
    ("tax_forms", "mdi6.file-document-edit"),
    ("childcare", "mdi6.baby-carriage"),
    ("haircuts", "mdi6.content-cut"),
    ("fixing", "mdi6.hammer-wrench"),
)
WHEN_ICONS = {"weekday_evenings": "mdi6.weather-night", "weekends": "mdi6.calendar-weekend",
              "at_skills_share": "mdi6.account-group"}
MINUTES_STEP = 15


def label(name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel()
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def chip(icon_name: str | None = None) -> QPushButton:
    """A toggle with a pictogram that turns white with the button when chosen."""
    b = button(icon_name)
    b.setCheckable(True)
    if icon_name:
        b.setIcon(icon(icon_name, "#1f1d1a", "white"))
    return b


def gathering_of(window: Host) -> Gathering | None:
    return window.attempt(skill_store.gathering, window.market)


class QrView(QWidget):
    """A QR code painted as vector modules by the sign painter, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.payload = ""
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self.update()

    def code_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        square = QRectF(0, 0, side, side)
        square.moveCenter(QRectF(self.rect()).center())
        return square

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.payload:
            return
        painter = QPainter(self)
        draw_qr(painter, self.code_rect(), self.payload)
        painter.end()


# ----- the list of offers ------------------------------------------------------------------------------


class OffersModel(RowsModel):
    """The skills on offer at this market. The contact is not in any role: lists never show it."""

    def __init__(self, when_words) -> None:  # Callable[[tuple[str, ...]], str]
        super().__init__(lambda offer: ", ".join(
            p for p in (offer.title, when_words(offer.when), offer.description) if p))
        self._when_words = when_words

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        offer = self.rows[index.row()]
        if role == OfferRole:
            return offer.id
        if role == Qt.ItemDataRole.DisplayRole:
            return offer.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return offer.description
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return super().data(index, role)
        if role == Qt.ItemDataRole.UserRole + 2:
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
        painter.setPen(QColor("#6a3d9a") if selected else QColor("#e2d5bf"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(card, 14, 14)
        side = 48
        top = option.rect.top() + (option.rect.height() - side) // 2
        kind = skill_kind(str(index.data()), str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        start, end = option.rect.left() + 20, option.rect.right() - 20 - side
        if option.direction == Qt.LayoutDirection.RightToLeft:  # the row mirrors in a right-to-left language
            start, end = end, start
        painter.drawPixmap(start, top, icon(kind.icon, "#6a3d9a").pixmap(side, side))
        painter.drawPixmap(end, top, icon("mdi6.qrcode", "#1f1d1a").pixmap(side, side))
        left = option.rect.left() + 20 + side + 16
        width = option.rect.right() - 20 - side - 16 - left
        font = QFont(option.font)
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QColor("#1f1d1a"))
        title = painter.fontMetrics().elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, option.rect.top() + 12, width, 34),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        font.setBold(False)
        font.setPixelSize(17)
        painter.setFont(font)
        painter.setPen(QColor("#5b554c"))
        second = " · ".join(p for p in (index.data(Qt.ItemDataRole.UserRole + 2),
                                         index.data(Qt.ItemDataRole.ToolTipRole)) if p)
        second = painter.fontMetrics().elidedText(second.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                                  width)
        painter.drawText(QRect(left, option.rect.top() + 50, width, 30),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, second)
        painter.restore()


def when_text(when: tuple[str, ...]) -> str:
    """The when-chips' words in the kiosk's language (one context for every skills screen)."""
    names = {"weekday_evenings": QCoreApplication.translate("SkillsScreen", "weekday evenings"),
             "weekends": QCoreApplication.translate("SkillsScreen", "weekends"),
             "at_skills_share": QCoreApplication.translate("SkillsScreen", "at the skills-share")}
    return ", ".join(names.get(w, w) for w in when)


class SkillsScreen(Screen):
    """Skills on offer: a list anyone can browse, each opening to its code; and "Offer a skill"."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = label("Title")
        self.hint = label("Hint")
        titles.addWidget(self.heading)
        titles.addWidget(self.hint)
        head.addLayout(titles, 1)
        self.offer_button = button("mdi6.plus", "Primary")
        self.offer_button.setIconSize(QSize(40, 40))
        self.offer_button.setMinimumHeight(84)
        self.offer_button.clicked.connect(lambda: self.window_.go(Step.SKILL_OFFER))
        head.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.model = OffersModel(when_text)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(OfferDelegate(self.view))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setUniformItemSizes(True)
        self.view.clicked.connect(self.open_offer)
        touch_list(self.view)  # flicked by finger or mouse; a tap opens the offer
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
            if offer.title == title:
                return self.model.index(n)
        return QModelIndex()

    def open_offer(self, index: QModelIndex) -> None:
        offer_id = index.data(OfferRole)
        if offer_id is None:
            return
        self.window_.go(Step.SKILL_QR, ShowOffer(int(offer_id)))

    def prepare_screenshot(self) -> None:
        self.entered()


# ----- offering a skill --------------------------------------------------------------------------------


class SkillOfferScreen(Screen):
    """What, a few words, when, and an optional contact that is only ever put on the person's card."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget()
        self.area = scroll_page(body)
        outer.addWidget(self.area, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(10)

        self.heading = label("Title")
        column.addWidget(self.heading)
        self.what_label = label("Subtitle")
        column.addWidget(self.what_label)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(80)
        self.title_edit.setClearButtonEnabled(True)
        self.title_edit.textEdited.connect(self._typed_title)
        column.addWidget(self.title_edit)
        self.skills_box = QWidget()
        self.skills_grid = QGridLayout(self.skills_box)
        self.skills_grid.setContentsMargins(0, 0, 0, 0)
        self.skills_grid.setSpacing(8)
        self.skill_buttons: dict[str, QPushButton] = {}
        self.skill_group = QButtonGroup(self)
        self.skill_group.setExclusive(False)
        for key, icon_name in COMMON_SKILLS:
            b = chip(icon_name)
            b.clicked.connect(lambda _=False, k=key: self.pick_skill(k))
            self.skill_buttons[key] = b
            self.skill_group.addButton(b)
        column.addWidget(self.skills_box)
        self._columns = 0

        self.words_label = label("Subtitle")
        column.addWidget(self.words_label)
        self.words_edit = QLineEdit()
        self.words_edit.setMaxLength(300)
        self.words_edit.setClearButtonEnabled(True)
        column.addWidget(self.words_edit)

        self.when_label = label("Subtitle")
        column.addWidget(self.when_label)
        when_row = QHBoxLayout()
        when_row.setSpacing(8)
        self.when_buttons: dict[str, QPushButton] = {}
        for key in SKILL_TIMES:
            b = chip(WHEN_ICONS[key])
            self.when_buttons[key] = b
            when_row.addWidget(b)
        column.addLayout(when_row)

        self.contact_label = label("Subtitle")
        column.addWidget(self.contact_label)
        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(120)
        self.contact_edit.setClearButtonEnabled(True)
        column.addWidget(self.contact_edit)
        self.contact_hint = label("Hint")
        column.addWidget(self.contact_hint)
        self.forget = chip("mdi6.eraser")
        self.forget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        column.addWidget(self.forget)
        column.addStretch(1)

        bar = QWidget()
        bar.setObjectName("Header")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.back = button("mdi6.arrow-left", "Quiet")
        self.back.clicked.connect(lambda: self.window_.go(Step.SKILLS))
        row.addWidget(self.back)
        row.addStretch(1)
        self.save = button("mdi6.qrcode", "Primary")
        self.save.clicked.connect(self.save_offer)
        row.addWidget(self.save)
        outer.addWidget(bar)

    def skill_words(self) -> dict[str, str]:
        return {
            "bike": self.tr("Bike repair"), "sewing": self.tr("Sewing and mending"),
            "cooking": self.tr("Cooking"), "first_aid": self.tr("First aid"),
            "languages": self.tr("Languages"), "computers": self.tr("Computers and phones"),
            "gardening": self.tr("Gardening"), "music": self.tr("Music"), "tax_forms": self.tr("Tax forms"),
            "childcare": self.tr("Childcare"), "haircuts": self.tr("Haircuts"),
            "fixing": self.tr("Fixing things"),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Offer a skill"))
        self.what_label.setText(self.tr("What can you share? Type it, or tap one:"))
        self.title_edit.setPlaceholderText(self.tr("e.g. bike repair"))
        self.title_edit.setAccessibleName(self.tr("The skill you can share"))
        for key, words in self.skill_words().items():
            set_words(self.skill_buttons[key], words)
        self.words_label.setText(self.tr("A few words about it (optional):"))
        self.words_edit.setPlaceholderText(self.tr("e.g. bring your bike, I'll show you how to fix a flat"))
        self.words_edit.setAccessibleName(self.tr("A few words about the skill (optional)"))
        self.when_label.setText(self.tr("When could you share it?"))
        for key in SKILL_TIMES:
            set_words(self.when_buttons[key], when_text((key,)))
        self.contact_label.setText(self.tr("A way to reach you (optional):"))
        self.contact_edit.setPlaceholderText(self.tr("a name, a Signal handle, a phone…"))
        self.contact_edit.setAccessibleName(self.tr("A way to reach you (optional)"))
        self.contact_hint.setText(self.tr("It is only put on your card and its code, never shown in any "
                                          "list, and forgotten when this market closes."))
        set_words(self.forget, self.tr("Forget it right after printing"))
        set_words(self.back, self.tr("Back"))
        set_words(self.save, self.tr("Save and show my code"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = 6 if self.width() >= 1500 else 4 if self.width() >= 1100 else 3
        if columns != self._columns:
            self._columns = columns
            for n, (key, _) in enumerate(COMMON_SKILLS):
                self.skills_grid.addWidget(self.skill_buttons[key], n // columns, n % columns)
        super().resizeEvent(event)

    def pick_skill(self, key: str) -> None:
        for other, b in self.skill_buttons.items():
            b.setChecked(other == key)
        self.title_edit.setText(self.skill_words()[key])

    def _typed_title(self, text: str) -> None:
        words = self.skill_words()
        for key, b in self.skill_buttons.items():
            b.setChecked(words[key] == text)

    def chosen_when(self) -> list[str]:
        return [key for key in SKILL_TIMES if self.when_buttons[key].isChecked()]

    def reset(self) -> None:
        for edit in (self.title_edit, self.words_edit, self.contact_edit):
            edit.clear()
        for b in (*self.skill_buttons.values(), *self.when_buttons.values(), self.forget):
            b.setChecked(False)
        self.area.verticalScrollBar().setValue(0)

    def entered(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def _offer(self) -> SkillOffer:
        try:
            return skill_store.offer_skill(
                self.window_.market, self.title_edit.text(), self.words_edit.text(), self.chosen_when(),
                self.contact_edit.text(), self.forget.isChecked(), self.window_.lang)
        except VisitorError as error:
            if error.field == TOO_LONG:
                sentence = self.tr("This is too long for a code a phone can read from a card. Please "
                                   "shorten the skill's name or the contact.")
                raise VisitorError(sentence, field=TOO_LONG) from None
            raise

    def save_offer(self) -> None:
        offer = self.window_.attempt(self._offer)
        if offer is None:
            return
        self.reset()
        self.window_.go(Step.SKILL_QR, ShowOffer(offer.id, just_saved=True))

    def prepare_screenshot(self) -> None:
        self.pick_skill("bike")
        self.words_edit.setText(self.tr("Bring your bike; I'll show you how to fix a flat"))
        self.when_buttons["weekends"].setChecked(True)
        self.when_buttons["at_skills_share"].setChecked(True)


# ----- one offer's code, big ---------------------------------------------------------------------------


class SkillQrScreen(Screen):
    """The offer's code, as large as the screen allows, so a phone can read it there and then."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.offer_id: int | None = None
        self.just_saved = False
        self.payload = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(20)
        self.qr = QrView()
        layout.addWidget(self.qr, 4)
        column = QVBoxLayout()
        column.setSpacing(10)
        # The words scroll on a 7" screen (a long skills-share line, Spanish, large text); the buttons stay put.
        words_page = QWidget()
        words = QVBoxLayout(words_page)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(10)
        self.thanks = label("Subtitle")
        words.addWidget(self.thanks)
        self.heading = label("Title")
        words.addWidget(self.heading)
        self.when = label("Subtitle")
        words.addWidget(self.when)
        self.gathering = label("Subtitle")
        words.addWidget(self.gathering)
        self.scan = label()
        words.addWidget(self.scan)
        self.note = label("Hint")
        words.addWidget(self.note)
        words.addStretch(1)
        self.words_area = scroll_page(words_page)
        column.addWidget(self.words_area, 1)
        buttons = QHBoxLayout()  # side by side: the words get the height
        self.all_skills = button("mdi6.format-list-bulleted")
        self.all_skills.clicked.connect(lambda: self.window_.go(Step.SKILLS))
        buttons.addWidget(self.all_skills, 1)
        self.done = button("mdi6.check-bold", "Primary")
        self.done.clicked.connect(self.window_.go_home)
        buttons.addWidget(self.done)
        column.addLayout(buttons)
        layout.addLayout(column, 5)

    def receive(self, payload: object) -> None:
        if isinstance(payload, ShowOffer):
            self.show_offer(payload.offer_id, payload.just_saved)

    def show_offer(self, offer_id: int, just_saved: bool = False) -> None:
        self.offer_id = offer_id
        self.just_saved = just_saved
        self.refresh()

    def offer(self) -> SkillOffer | None:
        offers = self.window_.attempt(self.window_.market.skill_offers) or []
        return next((o for o in offers if o.id == self.offer_id), None)

    def code(self, offer: SkillOffer, gathering: Gathering | None) -> OfferCode | None:
        if not self.just_saved:
            # Opened from the public list: anyone could scan it, so it carries no contact.
            offer = dataclasses.replace(offer, contact="")
        try:
            return code_for(offer, gathering, self.window_.lang)
        except VisitorError:
            return None

    def refresh(self) -> None:
        offer = self.offer() if self.offer_id is not None else None
        gathering = gathering_of(self.window_)
        self.thanks.setVisible(self.just_saved and offer is not None)
        self.thanks.setText(self.tr("Thank you! Here is your offer's code:"))
        if offer is None:
            self.payload = ""
            self.qr.set_payload("")
            self.heading.setText(self.tr("This offer is no longer here."))
            for widget in (self.when, self.gathering, self.scan, self.note):
                widget.clear()
            return
        code = self.code(offer, gathering)
        self.payload = code.payload if code else ""
        self.qr.set_payload(self.payload)
        self.qr.setAccessibleName(self.tr("The code for %1").replace("%1", offer.title))
        self.heading.setText(offer.title)
        self.when.setText(when_text(offer.when))
        self.gathering.setText(self.tr("Skills share: %1").replace("%1", gathering.line(self.window_.lang))
                               if gathering else "")
        self.gathering.setVisible(gathering is not None)
        if code is None:
            self.scan.setText(self.tr("This offer is too long for a code a phone can read."))
            self.note.clear()
            return
        if gathering is not None:
            self.scan.setText(self.tr("Point your phone's camera at the code: it holds the skill, the words, "
                                      "when, and the skills share's day and place. No internet needed."))
        else:
            self.scan.setText(self.tr("Point your phone's camera at the code: it holds the skill, the words "
                                      "and when. No internet needed."))
        self.note.setText(self.tr("The words were shortened to fit the code.") if code.shortened else "")

    def retranslate(self) -> None:
        set_words(self.all_skills, self.tr("All skills"))
        set_words(self.done, self.tr("Done"))
        if self.offer_id is not None:
            self.refresh()

    def entered(self) -> None:
        self.refresh()

    def reset(self) -> None:
        self.offer_id = None
        self.just_saved = False
        self.payload = ""
        self.qr.set_payload("")

    def prepare_screenshot(self) -> None:
        offers = self.window_.attempt(self.window_.market.skill_offers) or []
        if offers:
            self.show_offer(offers[0].id, just_saved=True)


# ----- the gathering (stewards) ------------------------------------------------------------------------


class Stepper(QWidget):
    """A value between two big buttons: earlier / later, tapped or held (touch-friendly, no typing)."""

    def __init__(self, on_step, big: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.less = button("mdi6.chevron-left")
        self.less.setAutoRepeat(True)
        self.less.clicked.connect(lambda: on_step(-1))
        self.value = label("Title", wrap=False)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumWidth(190 if big else 110)
        self.more = button("mdi6.chevron-right")
        self.more.setAutoRepeat(True)
        self.more.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.more.clicked.connect(lambda: on_step(+1))
        row.addWidget(self.less)
        row.addWidget(self.value, 1)
        row.addWidget(self.more)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class GatheringScreen(Screen):
    """Stewards set the skills share's name, day, times, place and note; its code is a calendar event."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.saved: Gathering | None = None
        self.draft = proposed_gathering(window.market.clock().date())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.area = scroll_page(body)
        outer.addWidget(self.area)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(16, 12, 16, 12)
        self.columns.setSpacing(20)
        form = QVBoxLayout()
        form.setSpacing(8)
        self.heading = label("Title")
        form.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.title_label = label()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(60)
        self.title_edit.textEdited.connect(self._edited)
        self.day_label = label()
        self.day = Stepper(lambda d: self.step_day(d), big=True)
        self.week_row = QWidget()
        weeks = QHBoxLayout(self.week_row)
        weeks.setContentsMargins(0, 0, 0, 0)
        self.week_less = button("mdi6.chevron-double-left")
        self.week_less.clicked.connect(lambda: self.step_day(-7))
        self.week_more = button("mdi6.chevron-double-right")
        self.week_more.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.week_more.clicked.connect(lambda: self.step_day(+7))
        weeks.addWidget(self.week_less)
        weeks.addStretch(1)
        weeks.addWidget(self.week_more)
        self.start_label = label()
        self.start = Stepper(lambda d: self.step_time("start", d))
        self.end_label = label()
        self.end = Stepper(lambda d: self.step_time("end", d))
        self.place_label = label()
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(100)
        self.place_edit.textEdited.connect(self._edited)
        self.note_label = label()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.note_edit.textEdited.connect(self._edited)
        for n, (name, field) in enumerate(((self.title_label, self.title_edit), (self.day_label, self.day),
                                           (None, self.week_row), (self.start_label, self.start),
                                           (self.end_label, self.end), (self.place_label, self.place_edit),
                                           (self.note_label, self.note_edit))):
            if name is not None:
                grid.addWidget(name, n, 0)
            grid.addWidget(field, n, 1)
        grid.setColumnStretch(1, 1)
        form.addLayout(grid)
        buttons = QHBoxLayout()
        self.back = button("mdi6.arrow-left", "Quiet")
        self.back.clicked.connect(lambda: self.window_.go(Step.STEWARD))
        self.save = button("mdi6.content-save", "Primary")
        self.save.clicked.connect(self.save_gathering)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        form.addLayout(buttons)
        form.addStretch(1)
        self.columns.addLayout(form, 3)
        code = QVBoxLayout()
        self.qr = QrView()
        self.qr.setMinimumSize(260, 260)
        code.addWidget(self.qr, 1)
        self.caption = label("Hint")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.addWidget(self.caption)
        self.columns.addLayout(code, 2)

        self.open_button = button("mdi6.calendar-edit")
        self.open_button.clicked.connect(lambda: self.window_.go(Step.GATHERING))

    def retranslate(self) -> None:
        set_words(self.open_button, self.tr("Skills share"))
        self.open_button.setAccessibleDescription(self.tr("Set the skills share's day, time and place"))
        self.heading.setText(self.tr("The skills share"))
        self.title_label.setText(self.tr("Name"))
        self.title_edit.setAccessibleName(self.tr("Name of the skills share"))
        self.day_label.setText(self.tr("Day"))
        set_words(self.day.less, self.tr("Day before"))
        set_words(self.day.more, self.tr("Day after"))
        set_words(self.week_less, self.tr("A week earlier"))
        set_words(self.week_more, self.tr("A week later"))
        self.start_label.setText(self.tr("Starts"))
        self.end_label.setText(self.tr("Ends"))
        for stepper, what in ((self.start, self.tr("Start")), (self.end, self.tr("End"))):
            set_words(stepper.less, self.tr("Earlier"))
            set_words(stepper.more, self.tr("Later"))
            stepper.less.setAccessibleName(self.tr("%1 earlier").replace("%1", what))
            stepper.more.setAccessibleName(self.tr("%1 later").replace("%1", what))
        self.place_label.setText(self.tr("Place"))
        self.place_edit.setAccessibleName(self.tr("Place of the skills share"))
        self.note_label.setText(self.tr("Note"))
        self.note_edit.setAccessibleName(self.tr("A short note (optional)"))
        self.note_edit.setPlaceholderText(self.tr("e.g. bring a snack to share"))
        set_words(self.back, self.tr("Back"))
        set_words(self.save, self.tr("Save"))
        self.qr.setAccessibleName(self.tr("Calendar code of the skills share"))
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= 1100
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        self.columns.setDirection(direction)
        self.qr.setMinimumSize(QSize(260, 260) if wide else QSize(300, 300))
        super().resizeEvent(event)

    def entered(self) -> None:
        self.saved = gathering_of(self.window_)
        if self.saved is not None:
            self.draft = self.saved
        else:
            event = self.window_.attempt(self.window_.market.current_event)
            self.draft = proposed_gathering(self.window_.market.clock().date(), event.place if event else "",
                                            self.window_.lang)
        self.title_edit.setText(self.draft.title)
        self.place_edit.setText(self.draft.place)
        self.note_edit.setText(self.draft.note)
        self._show()

    def reset(self) -> None:
        self.saved = None
        self.title_edit.clear()
        self.place_edit.clear()
        self.note_edit.clear()

    def _edited(self) -> None:
        self._show()

    def current(self) -> Gathering:
        return Gathering(self.title_edit.text().strip(), self.draft.date, self.draft.start, self.draft.end,
                         self.place_edit.text().strip(), self.note_edit.text().strip())

    def step_day(self, days: int) -> None:
        day = dt.date.fromisoformat(self.draft.date) + dt.timedelta(days=days)
        self.draft = Gathering(self.draft.title, day.isoformat(), self.draft.start, self.draft.end)
        self._show()

    def step_time(self, which: str, direction: int) -> None:
        start, end = _minutes(self.draft.start), _minutes(self.draft.end)
        last = 24 * 60 - MINUTES_STEP
        if which == "start":
            # Moving the start keeps the gathering as long as it was.
            length = end - start
            start = min(max(0, start + direction * MINUTES_STEP), last - MINUTES_STEP)
            end = min(max(start + length, start + MINUTES_STEP), last)
        else:
            end = min(max(start + MINUTES_STEP, end + direction * MINUTES_STEP), last)
        self.draft = Gathering(self.draft.title, self.draft.date, _hhmm(start), _hhmm(end))
        self._show()

    def _show(self) -> None:
        from kiosk.skills import day_words

        lang = self.window_.lang
        self.day.value.setText(day_words(self.draft.date, lang))
        self.start.value.setText(self.draft.start)
        self.end.value.setText(self.draft.end)
        self.start.less.setEnabled(self.draft.start > "00:00")
        self.end.less.setEnabled(_minutes(self.draft.end) - _minutes(self.draft.start) > MINUTES_STEP)
        self.end.more.setEnabled(self.draft.end < _hhmm(24 * 60 - MINUTES_STEP))
        self.start.more.setEnabled(_minutes(self.draft.start) < 24 * 60 - 2 * MINUTES_STEP)
        if self.saved is None:
            self.qr.set_payload("")
            self.caption.setText(self.tr("Save to make the calendar code."))
            return
        self.qr.set_payload(vevent(self.saved))
        current, saved = self.current(), self.saved
        same = (current.title, current.date, current.start, current.end, current.place, current.note) == \
            (saved.title, saved.date, saved.start, saved.end, saved.place, saved.note)
        self.caption.setText(self.tr("A phone that reads this code offers to add the skills share to its "
                                     "calendar.") if same else
                             self.tr("Not saved yet: save to update the code."))

    def save_gathering(self) -> None:
        current = self.current()
        saved = self.window_.attempt(skill_store.save_gathering, self.window_.market, current.title,
                                     current.date, current.start, current.end, current.place, current.note)
        if saved is None:
            return
        self.saved = self.draft = saved
        self._show()
        self.window_.tell(self.tr("Saved. Skill codes and cards now show this day and place."))

    def prepare_screenshot(self) -> None:
        if gathering_of(self.window_) is None:
            event = self.window_.attempt(self.window_.market.current_event)
            proposed = proposed_gathering(self.window_.market.clock().date(), event.place if event else "")
            self.window_.attempt(skill_store.save_gathering, self.window_.market, proposed.title,
                                 proposed.date, proposed.start, proposed.end, proposed.place,
                                 self.tr("Bring something to fix or a snack to share."))
        self.entered()


def install(window: Installer) -> None:
    window.add_screen(Step.SKILLS, SkillsScreen(window))
    window.add_screen(Step.SKILL_OFFER, SkillOfferScreen(window))
    window.add_screen(Step.SKILL_QR, SkillQrScreen(window))
    gathering = GatheringScreen(window)
    window.add_screen(Step.GATHERING, gathering)
    window.add_steward_action(gathering.open_button)
