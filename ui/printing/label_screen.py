"""Food labels (Step.FOOD_LABELS): what it is, made or rescued on, eat by, Contains, vegan/vegetarian, how many,
on which paper — every date tapped, never typed; then print, or save a PDF.

Opened from the steward area, or from a food thing's row on "See what's here" (a label for that thing: a cook
need not know the PIN to label their pot). No name, no contact, no time finer than the day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QPixmap
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from kiosk.catalog import ALLERGENS, COMMON_ALLERGENS, allergens_in, tag_name
from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.labels import (
    COPIES_MAX,
    FOOD_KINDS,
    MAX_DAYS,
    FoodLabel,
    default_eat_by,
    label_for_item,
    make_label,
)
from ui import theme, translators
from ui.flow import LabelFor, Step
from ui.printing import print_dialog
from ui.printing.labels import LABEL_PAPERS, PAPER_NAMES, LabelJob, label_document, write_labels
from ui.printing.output import NoPageChosen, RenderFn, render_image
from ui.printing.painter import page_layout
from ui.printing.printers import Painted, PrinterLink, paint_for
from ui.printing.screen import removable_folders
from ui.printing.signs import sign_languages
from ui.saving import save_painted
from ui.widgets import (
    Screen,
    back_row,
    button,
    grid_layout,
    horizontal,
    isolated,
    label,
    row_of,
    scroll_page,
    set_words,
    text_field,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host, Installer

PREVIEW_DPI = 90
PREVIEW_PAUSE_MS = 150


def toggle(icon_name: str | None = None) -> QPushButton:
    b = button(icon_name)
    b.setObjectName("Chip")
    b.setCheckable(True)
    return b


class DayStepper(QWidget):
    """A day between two big arrows: tapped, never typed."""

    def __init__(self, on_step, parent: QWidget | None = None):
        super().__init__(parent)
        row = horizontal(self, theme.FLUSH, theme.GAP)
        self.less = button("mdi6.chevron-left", clicked=lambda: on_step(-1))
        self.value = label("Subtitle", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumWidth(170)
        self.more = button("mdi6.chevron-right", clicked=lambda: on_step(+1))
        row.addWidget(self.less)
        row.addWidget(self.value, 1)
        row.addWidget(self.more)


@dataclass
class Draft:
    kind: str = "cooked"
    made_on: dt.date = dt.date.min
    eat_by: dt.date | None = None
    rescued: bool = False
    copies: int = 1


class FoodLabelsScreen(Screen):
    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.draft = Draft()
        self.paper = "a4-21"
        self.from_row = False  # opened from a thing's row: back goes to the list, never to the steward area
        self.page_count = 0
        body = QWidget()
        outer = vertical(self, theme.SIGNS_PAGE, theme.GAP)
        outer.addWidget(scroll_page(body), 1)
        column = vertical(body, theme.SCROLL_ROOM, theme.GAP_COLUMN)
        top, self.back, self.heading = back_row(self.go_back)
        column.addLayout(top)

        self.what_label = label("Subtitle", into=column)
        self.what_edit = text_field(60, into=column)
        self.what_edit.returnPressed.connect(self.what_edit.clearFocus)
        self.what_edit.textChanged.connect(self._changed)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {}
        kinds = grid_layout(spacing=theme.GAP_GRID)
        for n, kind in enumerate(FOOD_KINDS):
            b = toggle(kind.icon)
            b.setProperty("food_kind", kind.key)
            self.kind_group.addButton(b)
            self.kind_buttons[kind.key] = b
            kinds.addWidget(b, n // 3, n % 3)
        self.kind_group.buttonClicked.connect(self._kind_chosen)
        column.addLayout(kinds)

        self.ingredients_label = label("Subtitle", into=column)
        self.ingredients_edit = text_field(240, into=column)
        self.ingredients_edit.returnPressed.connect(self.ingredients_edit.clearFocus)
        self.ingredients_edit.textChanged.connect(self._changed)

        self.made_button = toggle("mdi6.pot-steam")
        self.rescued_button = toggle("mdi6.basket")
        self.made_group = QButtonGroup(self)
        for b in (self.made_button, self.rescued_button):
            self.made_group.addButton(b)
        self.made_group.buttonClicked.connect(self._made_or_rescued)
        column.addLayout(row_of(self.made_button, self.rescued_button, None))
        self.made_day = DayStepper(self.step_made)
        column.addWidget(self.made_day)
        self.eat_label = label("Subtitle", into=column)
        self.eat_day = DayStepper(self.step_eat_by)
        column.addWidget(self.eat_day)

        self.contains_label = label("Subtitle", into=column)
        self.allergen_buttons: dict[str, QPushButton] = {}
        common = grid_layout(spacing=theme.GAP_GRID)
        rare_box = QWidget()
        rare = grid_layout(rare_box, theme.FLUSH, theme.GAP_GRID)
        for tag in ALLERGENS:
            b = toggle(tag.icon)
            b.toggled.connect(self._changed)
            self.allergen_buttons[tag.key] = b
            grid, n = (common, COMMON_ALLERGENS.index(tag.key)) if tag.key in COMMON_ALLERGENS else \
                (rare, len(self.allergen_buttons) - len(COMMON_ALLERGENS) - 1)
            grid.addWidget(b, n // 2, n % 2)
        column.addLayout(common)
        self.more_allergens = button("mdi6.chevron-down", "Quiet", clicked=self.show_more_allergens)
        column.addLayout(row_of(self.more_allergens, None))
        self.rare_box = rare_box
        rare_box.setVisible(False)
        column.addWidget(rare_box)

        self.diet_buttons = {"vegan": toggle("mdi6.leaf"), "vegetarian": toggle("mdi6.carrot")}
        for key, b in self.diet_buttons.items():
            b.clicked.connect(lambda _=False, key=key: self._diet_chosen(key))
        column.addLayout(row_of(*self.diet_buttons.values(), None))

        self.copies_label = label("Subtitle", into=column)
        copies = horizontal(spacing=theme.GAP)
        self.fewer = button("mdi6.minus", clicked=lambda: self.step_copies(-1))
        self.copies_value = label("Title", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.copies_value.setMinimumWidth(80)
        self.more = button("mdi6.plus", clicked=lambda: self.step_copies(+1))
        for part in (self.fewer, self.copies_value, self.more):
            copies.addWidget(part)
        copies.addStretch(1)
        column.addLayout(copies)

        self.paper_label = label("Subtitle", into=column)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: dict[str, QPushButton] = {}
        papers = grid_layout(spacing=theme.GAP_GRID)
        for n, key in enumerate(PAPER_NAMES):
            b = toggle("mdi6.label-multiple-outline" if LABEL_PAPERS[key].per_page > 1 else "mdi6.label-outline")
            b.setProperty("paper", key)
            self.paper_group.addButton(b)
            self.paper_buttons[key] = b
            papers.addWidget(b, n // 2, n % 2)
        self.paper_group.buttonClicked.connect(self._paper_chosen)
        column.addLayout(papers)

        self.preview = label(wrap=False, align=Qt.AlignmentFlag.AlignCenter, into=column)
        column.addStretch(1)
        # Print and save stay on screen below the page that scrolls.
        self.print_button = button("mdi6.printer", "Primary", clicked=self.print_labels)
        self.save_button = button("mdi6.file-pdf-box", clicked=self.save_pdf)
        self.out_row = QWidget()
        self.out_row.setLayout(row_of(self.save_button, None, self.print_button, margins=theme.FLUSH))
        outer.addWidget(self.out_row)
        # While someone types, the keyboard gets the room of the print row: the field stays in sight.
        QGuiApplication.inputMethod().visibleChanged.connect(self._make_room)
        self.preview_pause = QTimer(self)
        self.preview_pause.setSingleShot(True)
        self.preview_pause.setInterval(PREVIEW_PAUSE_MS)
        self.preview_pause.timeout.connect(self._preview)
        # The default printer, looked up on the printers' thread (never here: CUPS may be slow or stopped).
        self.printer = PrinterLink(self, self.window_.tell)
        self.printer.changed.connect(self._show_printer)
        self.printer.look_up()
        self.reset()

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        print_dialog.language_changed(self)  # Qt's print dialog, if open, is cancelled: it speaks the old one
        lang = self.window_.lang
        self.heading.setText(self.tr("Food labels"))
        set_words(self.back, self.tr("Back"))
        self.what_label.setText(self.tr("What is it? Type it, or tap a kind of food:"))
        self.what_edit.setPlaceholderText(self.tr("e.g. Lentil soup"))
        self.what_edit.setAccessibleName(self.tr("What is it"))
        for kind in FOOD_KINDS:
            set_words(self.kind_buttons[kind.key], kind.name(lang))
        self.ingredients_label.setText(self.tr("Ingredients (you can skip this):"))
        self.ingredients_edit.setPlaceholderText(self.tr("e.g. lentils, onion, carrot"))
        self.ingredients_edit.setAccessibleName(self.tr("Ingredients"))
        set_words(self.made_button, self.tr("Made on"))
        set_words(self.rescued_button, self.tr("Rescued on"))
        self.eat_label.setText(self.tr("Eat by (at most 7 days later):"))
        for stepper in (self.made_day, self.eat_day):
            stepper.less.setAccessibleName(self.tr("A day earlier"))
            stepper.more.setAccessibleName(self.tr("A day later"))
        self.contains_label.setText(self.tr("Tap what it contains:"))
        for key, b in self.allergen_buttons.items():
            set_words(b, tag_name(key, lang))
        set_words(self.more_allergens, self.tr("More allergens"))
        for key, b in self.diet_buttons.items():
            set_words(b, tag_name(key, lang))
        self.copies_label.setText(self.tr("How many labels?"))
        set_words(self.fewer, "", self.tr("Fewer"))
        self.fewer.setAccessibleName(self.tr("Fewer"))
        set_words(self.more, "", self.tr("More"))
        self.more.setAccessibleName(self.tr("More"))
        self.paper_label.setText(self.tr("Paper"))
        papers = {"62mm": self.tr("Brother QL, 62 mm tape"), "dymo-99012": self.tr("DYMO 99012, 36 × 89 mm"),
                  "a4-21": self.tr("A4 sheet of 21 (Avery L7160)"),
                  "letter-30": self.tr("Letter sheet of 30 (Avery 5160)")}
        for key, b in self.paper_buttons.items():
            set_words(b, papers[key])
        self._show_printer()
        set_words(self.save_button, self.tr("Save as PDF"))
        self._show()

    def _show_printer(self) -> None:
        self.printer.show_on(self.print_button)

    def _make_room(self) -> None:
        typing = QGuiApplication.inputMethod().isVisible() and self.isVisible() and \
            any(field.hasFocus() for field in (self.what_edit, self.ingredients_edit))
        self.out_row.setVisible(not typing)

    # ----- moving --------------------------------------------------------------------------------------

    def receive(self, payload: object) -> None:
        self.reset()
        if not isinstance(payload, LabelFor):
            return
        self.from_row = True
        market = self.window_.market
        item = self.window_.attempt(market.item, payload.item_id)
        if item is None:
            return
        category = self.window_.attempt(market.category, item.category_key)
        made = label_for_item(item, category, market.clock().date())
        self._fill(made)

    def go_back(self) -> None:
        self.window_.go(Step.BROWSE if self.from_row else Step.STEWARD)

    def under_way(self) -> bool:
        return self.printer.under_way()

    def entered(self) -> None:
        self._show()
        self.printer.look_up()

    def reset(self) -> None:
        today = self.window_.market.clock().date()
        self.from_row = False
        self.draft = Draft("cooked", today, default_eat_by(today, "cooked"))
        self.what_edit.clear()
        self.ingredients_edit.clear()
        for b in (*self.allergen_buttons.values(), *self.diet_buttons.values()):
            b.setChecked(False)
        self.rare_box.setVisible(False)
        self.more_allergens.setVisible(True)
        self._show()

    def prepare_screenshot(self) -> None:
        self.allergen_buttons["gluten"].setChecked(True)
        self.allergen_buttons["celery"].setChecked(True)
        self.show_more_allergens()
        self.diet_buttons["vegan"].setChecked(True)

    def _fill(self, made: FoodLabel) -> None:
        self.what_edit.setText(made.what)
        if made.kind in self.kind_buttons:
            self.draft.kind = made.kind
        self.draft.made_on = made.made_on
        self.draft.eat_by = made.eat_by if made.eat_by is not None else made.made_on + dt.timedelta(days=MAX_DAYS)
        for key in made.allergens:
            if key in self.allergen_buttons:
                self.allergen_buttons[key].setChecked(True)
                if key not in COMMON_ALLERGENS:
                    self.show_more_allergens()
        if made.diet:
            self.diet_buttons[made.diet].setChecked(True)
        self._show()

    # ----- choices -------------------------------------------------------------------------------------

    def _kind_chosen(self, b: QAbstractButton) -> None:
        self.draft.kind = str(b.property("food_kind"))
        self.draft.eat_by = default_eat_by(self.draft.made_on, self.draft.kind)
        self._show()

    def _made_or_rescued(self, b: QAbstractButton) -> None:
        self.draft.rescued = b is self.rescued_button
        self._show()

    def step_made(self, days: int) -> None:
        today = self.window_.market.clock().date()
        made = min(today, max(today - dt.timedelta(days=MAX_DAYS), self.draft.made_on + dt.timedelta(days=days)))
        shift = made - self.draft.made_on
        self.draft.made_on = made
        if self.draft.eat_by is not None:
            self.draft.eat_by += shift  # the same days to eat it in
        self._show()

    def step_eat_by(self, days: int) -> None:
        eat_by = (self.draft.eat_by or self.draft.made_on) + dt.timedelta(days=days)
        self.draft.eat_by = min(self.draft.made_on + dt.timedelta(days=MAX_DAYS), max(self.draft.made_on, eat_by))
        self._show()

    def step_copies(self, by: int) -> None:
        self.draft.copies = min(COPIES_MAX, max(1, self.draft.copies + by))
        self._show()

    def show_more_allergens(self) -> None:
        self.more_allergens.setVisible(False)
        self.rare_box.setVisible(True)

    def _diet_chosen(self, key: str) -> None:
        other = "vegetarian" if key == "vegan" else "vegan"
        if self.diet_buttons[key].isChecked():
            self.diet_buttons[other].setChecked(False)
        self._show()

    def _paper_chosen(self, b: QAbstractButton) -> None:
        self.paper = str(b.property("paper"))
        self._show()

    def _changed(self) -> None:
        if self.isVisible():
            self._show()

    # ----- the label -----------------------------------------------------------------------------------

    def chosen_label(self) -> FoodLabel | None:
        """The label as chosen, or None (said to the steward) when something is missing."""
        diet = next((k for k, b in self.diet_buttons.items() if b.isChecked()), "")
        allergens = allergens_in([k for k, b in self.allergen_buttons.items() if b.isChecked()])
        return self.window_.attempt(make_label, self.what_edit.text(), self.draft.kind, self.draft.made_on,
                                    self.draft.eat_by, self.ingredients_edit.text(), allergens, diet,
                                    self.draft.rescued, self.draft.copies)

    def job(self, made: FoodLabel) -> LabelJob:
        return LabelJob(self.window_.market, sign_languages(self.window_.market, self.window_.lang),
                        labels=[made], paper=self.paper)

    def _day(self, date: dt.date) -> str:
        locale = translators.locale_for(self.window_.lang)
        return locale.toString(QDate(date.year, date.month, date.day), "ddd d MMM yyyy")

    def _show(self) -> None:
        draft = self.draft
        self.kind_buttons[draft.kind].setChecked(True)
        (self.rescued_button if draft.rescued else self.made_button).setChecked(True)
        self.paper_buttons[self.paper].setChecked(True)
        today = self.window_.market.clock().date()
        self.made_day.value.setText(self._day(draft.made_on))
        self.made_day.less.setEnabled(draft.made_on > today - dt.timedelta(days=MAX_DAYS))
        self.made_day.more.setEnabled(draft.made_on < today)
        eat_by = draft.eat_by or draft.made_on
        self.eat_day.value.setText(self._day(eat_by))
        self.eat_day.less.setEnabled(eat_by > draft.made_on)
        self.eat_day.more.setEnabled(eat_by < draft.made_on + dt.timedelta(days=MAX_DAYS))
        self.copies_value.setText(translators.locale_for(self.window_.lang).toString(draft.copies))
        self.fewer.setEnabled(draft.copies > 1)
        self.more.setEnabled(draft.copies < COPIES_MAX)
        if self.isVisible():
            self.preview_pause.start()  # typed words: one preview when the typing pauses, not one a key

    def hideEvent(self, event: QHideEvent) -> None:  # Qt's name
        self.preview_pause.stop()  # no preview for a screen nobody sees (or a market already closed)
        super().hideEvent(event)

    def _preview(self) -> None:
        if not self.isVisible():
            return
        diet = next((k for k, b in self.diet_buttons.items() if b.isChecked()), "")
        try:
            made = make_label(self.what_edit.text(), self.draft.kind, self.draft.made_on, self.draft.eat_by,
                              self.ingredients_edit.text(),
                              [k for k, b in self.allergen_buttons.items() if b.isChecked()], diet,
                              self.draft.rescued, 1)
        except ValueError:
            self.preview.clear()
            return
        job = self.job(made)
        render, orientation = label_document(job)
        image, _ = render_image(render, self.paper, orientation, PREVIEW_DPI)
        if job.stickers:  # the first sticker alone, as it will look
            image = image.copy(job.stickers[0][1].toAlignedRect())
        self.preview.setPixmap(QPixmap.fromImage(image))

    # ----- out -----------------------------------------------------------------------------------------

    def print_labels(self) -> None:
        made = self.chosen_label()
        if made is None:
            return
        known = self.printer.known
        if known is None:  # the button is off until CUPS answers
            return
        if not known.name:  # no default printer: the system's dialog, Qt's own (it asks CUPS itself)
            self.printer.with_qt(self._print_with_dialog)
            return
        # Painted here at the paper's own page size, no margins of ours; handed to CUPS on the printers' thread.
        self._send_labels(made, lambda render, orientation, title:
                          paint_for(known, render, self.paper, orientation, title, 0.0))

    def _send_labels(self, made: FoodLabel, paint: Callable[[RenderFn, str, str], Painted],
                     printer: str = "") -> None:
        """The labels painted by `paint(render, orientation, title)` into a PDF here and handed to `printer` (else
        the default one) on the printers' thread. The one way labels go to a printer from this screen."""
        if self.printer.sending is not None:
            self.window_.tell(self.tr("The labels from before are still on their way to the printer. Please wait "
                                      "until they are sent."))
            return
        render, orientation = label_document(self.job(made))
        try:
            painted = paint(render, orientation, self.tr("Food labels"))
        except NoPageChosen as nothing:  # a page range in Qt's dialog past the last page
            self.window_.tell(self.tr("These labels fill %n page(s): please choose pages among them.", "",
                                      nothing.pages), problem=True)
            return
        except OSError:
            self._not_taken()
            return
        self.window_.tell(self.tr("Sending to the printer…"))
        self.printer.send(painted, lambda _job: self._sent(painted, made.copies), lambda _problem: self._not_taken(),
                          self._printer_late, printer)
        self.printer.look_up()  # for next time: it may have changed

    def _print_with_dialog(self) -> None:
        """Qt's print dialog over this screen; its choices read once answered (_labels_as_chosen)."""
        made = self.chosen_label()
        if made is None:
            return
        print_dialog.ask(self, "", self.tr("Food labels"), self.tr("Food labels"),
                         lambda choice: self._labels_as_chosen(made, choice),
                         paper=page_layout(self.paper, "portrait").pageSize())

    def _labels_as_chosen(self, made: FoodLabel, choice: print_dialog.DialogChoice | None) -> None:
        """The labels painted here on the paper chosen in Qt's dialog, no margins of ours, and sent as Print sends
        them (never painted on the dialog's QPrinter: its CUPS engine would wait on cupsd on this thread)."""
        if choice is None:
            return
        if not choice.printer:
            self._not_taken()
            return
        self._send_labels(made, lambda render, orientation, title:
                          print_dialog.paint_for_choice(choice, render, orientation, title, 0.0), choice.printer)

    def _sent(self, painted: Painted, copies: int) -> None:
        self.page_count = painted.pages
        self.printer.say(self.tr("Sent %n label(s) to the printer.", "", copies))

    def _not_taken(self) -> None:
        self.printer.say(self.tr("The printer did not take the labels. Is it switched on and connected?"), problem=True)

    def _printer_late(self) -> None:
        self.printer.say(self.tr("The printer is not answering yet, so the labels are still waiting to be sent. "
                                 "They may print later, when it answers: please check the printer before printing "
                                 "again."), problem=True)

    def save_pdf(self) -> None:
        made = self.chosen_label()
        if made is None:
            return
        market = self.window_.market
        folder = (market.path.parent if market.path else None)
        sticks = removable_folders()
        if sticks:
            folder = sticks[0]
        elif folder is not None:
            folder = folder / "signs"
        if folder is None:
            return
        name = f"food-labels-{self.paper}-{market.clock().date().isoformat()}.pdf"
        job = self.job(made)

        def saved(path: Path, pages: int) -> None:
            self.page_count, self.last_saved = pages, path
            self.window_.tell(self.tr("Saved %n label(s) as %1.", "", made.copies).replace("%1", isolated(str(path))))

        save_painted(self.save_button, folder, name, lambda painted: write_labels(painted, job), saved,
                     partial(self._not_saved, folder))

    def _not_saved(self, folder: Path, error: Exception) -> None:
        reason = translators.said_reason(error) if isinstance(error, OSError) else str(error)
        self.window_.tell(self.tr("The PDF could not be saved in %1 (%2).").replace("%1", isolated(str(folder)))
                          .replace("%2", reason), problem=True)


def install(window: Installer) -> None:
    from ui.steward_tools import steward_tool

    steward_tool(window, Step.FOOD_LABELS, lambda: FoodLabelsScreen(window), "mdi6.label-outline",
                 "FoodLabelsScreen", QT_TRANSLATE_NOOP("FoodLabelsScreen", "Food labels"),
                 QT_TRANSLATE_NOOP("FoodLabelsScreen",
                                   "Labels for shared food: what it is, its dates and what it contains"))
