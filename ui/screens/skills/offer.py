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
    Screen,
    button,
    grid_layout,
    horizontal,
    label,
    row_of,
    scrolling_column,
    set_words,
    text_field,
    words_width,
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
        self.skills_box = QWidget()
        self.skills_grid = grid_layout(self.skills_box, theme.FLUSH, theme.GAP)
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

        self.words_label = label("Subtitle", into=column)
        self.words_edit = text_field(300, into=column)

        self.when_label = label("Subtitle", into=column)
        when_row = horizontal(spacing=theme.GAP)
        self.when_buttons: dict[str, QPushButton] = {}
        for key in SKILL_TIMES:
            b = chip(WHEN_ICONS[key])
            self.when_buttons[key] = b
            when_row.addWidget(b)
        column.addLayout(when_row)

        self.contact_label = label("Subtitle", into=column)
        self.contact_edit = text_field(120, into=column)
        self.contact_hint = label("Hint", into=column)
        self.forget = chip("mdi6.eraser")
        self.forget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        column.addWidget(self.forget)
        column.addStretch(1)

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
        self._arrange_skills()  # another language's words may need fewer columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange_skills()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):  # large text on or off
            self._arrange_skills()

    def _arrange_skills(self) -> None:
        """Six common skills across on a full-width screen, four on a wide one, else three; fewer where the
        words of a language would not fit in the columns (Spanish six across at 1920 px cut "Reparar bicis")."""
        width = self.width()
        most = 6 if width >= theme.FULL_WIDTH else 4 if width >= theme.WIDER else 3
        margins = theme.SCROLLING_PAGE.left() + theme.SCROLLING_PAGE.right()
        room = width - margins - self.area.verticalScrollBar().sizeHint().width()
        needs = [words_width(self.skill_buttons[key], two_lines=False) for key, _ in COMMON_SKILLS]
        columns = next((c for c in (6, 4, 3, 2) if c <= most and self._skills_width(needs, c) <= room), 2)
        if columns != self._columns:
            self._columns = columns
            for b in self.skill_buttons.values():
                self.skills_grid.removeWidget(b)
            for n, (key, _) in enumerate(COMMON_SKILLS):
                self.skills_grid.addWidget(self.skill_buttons[key], n // columns, n % columns)

    @staticmethod
    def _skills_width(needs: list[int], columns: int) -> int:
        """The width `columns` columns of chips need: each column its widest chip, and the gaps between."""
        widest = [max(needs[n::columns]) for n in range(columns)]
        return sum(widest) + theme.GAP * (columns - 1)

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
