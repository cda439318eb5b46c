"""Offering a skill (Step.SKILL_OFFER): what, a few words, when, and a contact only ever put on the card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.catalog import SKILL_TIMES
from ui import theme
from ui.flow import ShowOffer, Step
from ui.screens.skills.parts import chip, when_text
from ui.widgets import (
    FitGrid,
    Screen,
    button,
    grid_layout,
    label,
    row_of,
    scrolling_column,
    set_words,
    text_field,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host


# Common skills, picked with one tap: key, pictogram. Their words come from SkillOfferScreen.skill_words().
COMMON_SKILLS = (
    ("bike", "mdi6.bicycle"),
    ("sewing", "mdi6.scissors-cutting"),  # cutting along a seam; not "needle", which is a syringe
    ("cooking", "mdi6.chef-hat"),
    ("first_aid", "mdi6.medical-bag"),
    ("languages", "mdi6.translate"),
    ("computers", "mdi6.laptop"),
    ("gardening", "mdi6.shovel"),
    ("music", "mdi6.music"),
    ("tax_forms", "mdi6.file-document-edit"),
    ("childcare", "mdi6.baby-carriage"),
    ("haircuts", "mdi6.hair-dryer"),  # not a second pair of scissors beside sewing's
    ("fixing", "mdi6.hammer-wrench"),
)
WHEN_ICONS = {"weekday_evenings": "mdi6.weather-night", "weekends": "mdi6.calendar-weekend",
              "at_skills_share": "mdi6.account-group"}


class SkillOfferScreen(Screen):
    """What, a few words, when, and an optional contact that is only ever put on the person's card."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.area, column = scrolling_column(self, theme.PAGE)

        self.heading = label("Title", into=column)
        self.what_label = label("Subtitle", into=column)
        self.title_edit = text_field(80, into=column)
        self.title_edit.textEdited.connect(self._typed_title)
        self.skill_buttons: dict[str, QPushButton] = {}
        self.skill_group = QButtonGroup(self)
        self.skill_group.setExclusive(False)
        for key, icon_name in COMMON_SKILLS:
            b = chip(icon_name)
            b.clicked.connect(lambda _=False, k=key: self.pick_skill(k))
            self.skill_buttons[key] = b
            self.skill_group.addButton(b)
        # As many across as leave each its words (on two lines where one is too wide): six across a wide screen
        # keeps them to two rows, so the whole form fits it unscrolled.
        self.skills_box = FitGrid(list(self.skill_buttons.values()), len(COMMON_SKILLS) // 2,
                                  whole_rows=True, even=False)
        column.addWidget(self.skills_box)

        # What else is asked, in two parts: about the skill, and how to reach its giver. Side by side on a wide
        # screen, one under the other on a narrow one (_arrange).
        self.about = QWidget()
        about = vertical(self.about, theme.FLUSH, theme.GAP_COLUMN)
        self.words_label = label("Subtitle", into=about)
        self.words_edit = text_field(300, into=about)
        self.when_label = label("Subtitle", into=about)
        self.when_buttons: dict[str, QPushButton] = {key: chip(WHEN_ICONS[key]) for key in SKILL_TIMES}
        self.when_box = FitGrid(list(self.when_buttons.values()), len(SKILL_TIMES), even=False)
        about.addWidget(self.when_box)
        about.addStretch(1)

        self.reach = QWidget()
        reach = vertical(self.reach, theme.FLUSH, theme.GAP_COLUMN)
        self.contact_label = label("Subtitle", into=reach)
        self.contact_edit = text_field(120, into=reach)
        self.contact_hint = label("Hint", into=reach)
        self.forget = chip("mdi6.eraser")
        self.forget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        reach.addWidget(self.forget)
        reach.addStretch(1)

        self.parts = QWidget()
        self.parts_grid = grid_layout(self.parts, theme.FLUSH)
        self.parts_grid.setHorizontalSpacing(theme.GAP_PANES)
        self.parts_grid.setVerticalSpacing(theme.GAP_COLUMN)
        self.side_by_side: bool | None = None
        column.addWidget(self.parts)
        column.addStretch(1)
        self._arrange()

        bar = QWidget()
        bar.setObjectName("Header")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.back = button("mdi6.arrow-left", "Quiet", clicked=lambda: self.window_.go(Step.SKILLS))
        self.save = button("mdi6.qrcode", "Primary", clicked=self.save_offer)
        bar.setLayout(row_of(self.back, None, self.save, margins=theme.ROW))
        outer = self.layout()
        assert outer is not None  # scrolling_column's
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
        self.skills_box.arrange()  # another language's words may need fewer columns
        self.when_box.arrange()
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):  # large text on or off
            self._arrange()

    def _arrange(self) -> None:
        """About the skill and how to reach its giver side by side on a wide screen (the whole form fits 1920×1080
        and 1280×800 unscrolled), one under the other on a narrow one."""
        side_by_side = self.width() >= theme.WIDER
        if side_by_side != self.side_by_side:
            self.side_by_side = side_by_side
            self.parts_grid.removeWidget(self.about)
            self.parts_grid.removeWidget(self.reach)
            self.parts_grid.addWidget(self.about, 0, 0)
            if side_by_side:
                self.parts_grid.addWidget(self.reach, 0, 1)
            else:
                self.parts_grid.addWidget(self.reach, 1, 0)
            self.parts_grid.setColumnStretch(0, 1)
            self.parts_grid.setColumnStretch(1, 1 if side_by_side else 0)  # halves of the width
        # Side by side, the skill's half grows where its three when-chips need a little more to keep one row
        # (Spanish at 1280 px), as far as the contact's half can give.
        least = 0
        if side_by_side:
            margins = theme.PAGE.left() + theme.PAGE.right() + self.area.verticalScrollBar().sizeHint().width()
            room = self.width() - margins - self.parts_grid.horizontalSpacing() - self.reach.minimumSizeHint().width()
            least = max(0, min(self.when_box.row_width(), room))
        self.parts_grid.setColumnMinimumWidth(0, least)

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

    def finish_button(self) -> QAbstractButton | None:
        return self.save

    def reset(self) -> None:
        for edit in (self.title_edit, self.words_edit, self.contact_edit):
            edit.clear()
        for b in (*self.skill_buttons.values(), *self.when_buttons.values(), self.forget):
            b.setChecked(False)
        self.area.verticalScrollBar().setValue(0)

    def entered(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def save_offer(self) -> None:
        offer = self.window_.attempt(self.window_.market.offer_skill, self.title_edit.text(), self.words_edit.text(),
                                     self.chosen_when(), self.contact_edit.text(), self.forget.isChecked(),
                                     self.window_.lang)
        if offer is None:
            return
        self.reset()
        self.window_.go(Step.SKILL_QR, ShowOffer(offer.id, just_saved=True))

    def prepare_screenshot(self) -> None:
        self.pick_skill("bike")
        self.words_edit.setText(self.tr("Bring your bike; I'll show you how to fix a flat"))
        self.when_buttons["weekends"].setChecked(True)
        self.when_buttons["at_skills_share"].setChecked(True)
