"""Food Not Bombs: the serving table's plate counter (Step.MEALS) and food rescued (Step.RESCUED), from the
steward area. Sums only — nothing about who ate or who gave; each tap is kept in its quarter hour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QSizePolicy, QWidget

from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.food import RESCUE_SOURCES, SOURCE_ICONS, Entry, source_name
from kiosk.store import food
from ui import theme, translators
from ui.flow import Step
from ui.widgets import (
    Screen,
    back_row,
    button,
    grid_layout,
    horizontal,
    label,
    row_of,
    scroll_page,
    set_words,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host, Installer

PAD_KEYS = ("7", "8", "9", "back", "4", "5", "6", ",", "1", "2", "3", "0")  # four across: Add stays on a 7" screen


def chip(icon_name: str | None = None) -> QPushButton:
    b = button(icon_name)
    b.setObjectName("Chip")
    b.setCheckable(True)
    return b


class MealsScreen(Screen):
    """A big +1 plate, +5 and undo; the day's total."""

    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.taps: list[Entry] = []  # this session's taps, for undo (in memory only)
        column = vertical(self, theme.PAGE, theme.GAP_COLUMN)
        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD))
        column.addLayout(top)
        self.total = label("Big", wrap=False, align=Qt.AlignmentFlag.AlignCenter, into=column)
        self.plate = button("mdi6.plus-circle", "Primary", clicked=lambda: self.serve(1))
        # As big as the page allows: a busy serving table taps it without looking.
        self.plate.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plate.setStyleSheet(f"min-height: {theme.BIG_TAP}px;")
        column.addWidget(self.plate, 2)
        self.five = button("mdi6.plus-box-multiple", clicked=lambda: self.serve(5))
        self.undo = button("mdi6.undo", clicked=self.undo_last)
        column.addLayout(row_of(self.five, self.undo))
        self.note = label("Hint", align=Qt.AlignmentFlag.AlignCenter, into=column)

    def retranslate(self) -> None:
        set_words(self.back, self.tr("Stewards"))
        self.heading.setText(self.tr("Meals served"))
        set_words(self.plate, self.tr("+1 plate"))
        set_words(self.five, self.tr("+5 plates"))
        set_words(self.undo, self.tr("Undo"), self.tr("Take back the last tap"))
        self.note.setText(self.tr("Only the number of plates is kept, per quarter hour: nothing about who ate."))
        if self.isVisible():
            self._show()

    def entered(self) -> None:
        self._show()

    def reset(self) -> None:
        self.taps.clear()

    def prepare_screenshot(self) -> None:
        self._show()

    def serve(self, plates: int) -> None:
        entry = self.window_.attempt(food.serve, self.window_.market, plates)
        if entry is not None:
            self.taps.append(entry)
            self.window_.refresh_event_title()  # with no market open, the first plate opened one: the top says so
        self._show()

    def undo_last(self) -> None:
        if self.taps:
            self.window_.attempt(food.unserve, self.window_.market, self.taps.pop())
        self._show()

    def served_today(self) -> int:
        event = self.window_.attempt(self.window_.market.current_event)
        return (self.window_.attempt(food.meals_served, self.window_.market, event.id) or 0) if event else 0

    def _show(self) -> None:
        count = self.served_today()
        self.total.setText(self.tr("%n plate(s) today", "", count).replace(
            str(count), translators.locale_for(self.window_.lang).toString(count), 1))
        self.undo.setEnabled(bool(self.taps))


class RescuedScreen(Screen):
    """What came in: a kind of source, a scale's reading in kg or a count, typed on a pad of big keys."""

    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.taps: list[Entry] = []
        self.typed = ""
        self.source = "bakery"
        self.weighed = True
        outer = vertical(self, theme.PAGE, theme.GAP)
        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD))
        self.amount = label("Title", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.amount.setMinimumWidth(160)
        top.addWidget(self.amount)
        outer.addLayout(top)
        body = QWidget()
        outer.addWidget(scroll_page(body), 1)
        columns = horizontal(body, theme.SCROLL_ROOM, theme.GAP_PANES)
        left_box = QWidget()
        left = vertical(left_box, theme.FLUSH, theme.GAP)
        self.from_label = label("Subtitle", into=left)
        self.source_group = QButtonGroup(self)
        self.source_buttons: dict[str, QPushButton] = {}
        grid = grid_layout(spacing=theme.GAP_GRID)
        for n, source in enumerate(RESCUE_SOURCES):
            b = chip(SOURCE_ICONS[source])
            b.setProperty("source", source)
            self.source_group.addButton(b)
            self.source_buttons[source] = b
            grid.addWidget(b, n // 2, n % 2)
        self.source_group.buttonClicked.connect(self._source_chosen)
        left.addLayout(grid)
        self.kg_button, self.pieces_button = chip("mdi6.scale"), chip("mdi6.counter")
        self.unit_group = QButtonGroup(self)
        for b in (self.kg_button, self.pieces_button):
            self.unit_group.addButton(b)
        self.unit_group.buttonClicked.connect(self._unit_chosen)
        left.addLayout(row_of(self.kg_button, self.pieces_button))
        self.today = label("Hint", into=left)
        left.addStretch(1)
        columns.addWidget(left_box, 3)
        right_box = QWidget()
        right = vertical(right_box, theme.FLUSH, theme.GAP)
        # A number pad reads 7 8 9 from the left in every language, Arabic too (as the PIN pad, phones and scales).
        pad_box = QWidget()
        pad_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pad = grid_layout(pad_box, theme.FLUSH, theme.GAP_GRID)
        self.keys: dict[str, QPushButton] = {}
        for n, key in enumerate(PAD_KEYS):
            b = button("mdi6.backspace-outline" if key == "back" else None, clicked=lambda *_, k=key: self.press(k))
            if key != "back":
                b.setText(key)
            self.keys[key] = b
            pad.addWidget(b, n // 4, n % 4)
        right.addWidget(pad_box)
        self.add = button("mdi6.check-bold", "Primary", clicked=self.record)
        self.undo = button("mdi6.undo", clicked=self.undo_last)
        right.addLayout(row_of(self.undo, self.add))
        right.addStretch(1)
        columns.addWidget(right_box, 2)

    def retranslate(self) -> None:
        lang = self.window_.lang
        set_words(self.back, self.tr("Stewards"))
        self.heading.setText(self.tr("Food rescued"))
        self.from_label.setText(self.tr("Where did it come from?"))
        for source, b in self.source_buttons.items():
            set_words(b, source_name(source, lang))
        set_words(self.kg_button, self.tr("Weighed (kg)"))
        set_words(self.pieces_button, self.tr("Counted (pieces)"))
        self.keys["back"].setAccessibleName(self.tr("Delete the last digit"))
        self.keys[","].setText(translators.locale_for(lang).decimalPoint())
        self.keys[","].setAccessibleName(self.tr("Decimal point"))
        set_words(self.add, self.tr("Add"))
        set_words(self.undo, self.tr("Undo"), self.tr("Take back the last one added"))
        if self.isVisible():
            self._show()

    def entered(self) -> None:
        self._show()

    def reset(self) -> None:
        self.typed = ""
        self.taps.clear()
        self.source = "bakery"
        self.weighed = True

    def prepare_screenshot(self) -> None:
        self.typed = "12.5"
        self._show()

    def _source_chosen(self, b: QAbstractButton) -> None:
        self.source = str(b.property("source"))
        self._show()

    def _unit_chosen(self, b: QAbstractButton) -> None:
        self.weighed = b is self.kg_button
        if not self.weighed:
            self.typed = self.typed.split(".")[0]
        self._show()

    def press(self, key: str) -> None:
        if key == "back":
            self.typed = self.typed[:-1]
        elif key == ",":
            if self.weighed and "." not in self.typed:
                self.typed = (self.typed or "0") + "."
        elif len(self.typed.replace(".", "")) < 5 and not ("." in self.typed and len(self.typed.split(".")[1]) >= 1):
            self.typed = ("" if self.typed == "0" else self.typed) + key
        self._show()

    def record(self) -> None:
        if self.weighed:
            entry = self.window_.attempt(food.rescue, self.window_.market, self.source, kg=self.typed or "0")
        else:
            entry = self.window_.attempt(food.rescue, self.window_.market, self.source,
                                         pieces=int(self.typed) if self.typed.isdigit() else 0)
        if entry is not None:
            self.taps.append(entry)
            self.typed = ""
            self.window_.refresh_event_title()  # with no market open, this opened one: the top says so
        self._show()

    def undo_last(self) -> None:
        if self.taps:
            self.window_.attempt(food.unrescue, self.window_.market, self.taps.pop())
        self._show()

    def _show(self) -> None:
        lang = self.window_.lang
        locale = translators.locale_for(lang)
        self.source_buttons[self.source].setChecked(True)
        (self.kg_button if self.weighed else self.pieces_button).setChecked(True)
        self.keys[","].setEnabled(self.weighed)
        shown = self.typed.replace(".", locale.decimalPoint()) or "0"
        if self.weighed:
            self.amount.setText(self.tr("%1 kg").replace("%1", shown))
        else:
            self.amount.setText(self.tr("%n piece(s)", "", int(self.typed or 0)).replace(self.typed or "0", shown, 1))
        self.add.setEnabled(bool(self.typed.strip("0.")))
        self.undo.setEnabled(bool(self.taps))
        event = self.window_.attempt(self.window_.market.current_event)
        totals = (self.window_.attempt(food.rescued, self.window_.market, event.id) or ()) if event else ()
        lines = []
        for r in totals:
            parts = ([self.tr("%1 kg").replace("%1", locale.toString(r.kg, "f", 1))] if r.kg else []) + \
                ([self.tr("%n piece(s)", "", r.pieces).replace(str(r.pieces), locale.toString(r.pieces), 1)]
                 if r.pieces else [])
            # "%1: %2": a source and what came from it; French puts a space before its colon.
            lines.append(self.tr("%1: %2").replace("%2", " + ".join(parts)).replace("%1", r.name(lang)))
        self.today.setText("\n".join([self.tr("Today:"), *lines]) if lines else self.tr("Nothing recorded today yet."))


def install(window: Installer) -> None:
    from ui.steward_tools import steward_tool

    steward_tool(window, Step.MEALS, lambda: MealsScreen(window), "mdi6.silverware-fork-knife", "MealsScreen",
                 QT_TRANSLATE_NOOP("MealsScreen", "Meals served"),
                 QT_TRANSLATE_NOOP("MealsScreen", "The serving table's plate counter"))
    steward_tool(window, Step.RESCUED, lambda: RescuedScreen(window), "mdi6.basket", "RescuedScreen",
                 QT_TRANSLATE_NOOP("RescuedScreen", "Food rescued"),
                 QT_TRANSLATE_NOOP("RescuedScreen", "Record food that came in, by weight or count"))
