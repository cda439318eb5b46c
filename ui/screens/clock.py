"""Stewards → Clock: set this kiosk's clock by touch, without root and without a keyboard.

A Raspberry Pi keeps no time while it is off and a market has no network time, so a kiosk's clock can be a day
or months wrong; the system clock needs root (`sudo date`). The kiosk keeps its own correction instead, in whole
quarter hours, in its data file (Market.set_clock_correction): steppers move the time shown by a day, an hour or a
quarter hour, Set keeps it, and from then on every time the kiosk keeps follows it. The machine's clock is left
as it is. Reached from the steward area and from the notice of a clock plainly wrong (Several kiosks)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget

from kiosk.clock import BUCKET_MINUTES, fits_correction, parse_bucket
from kiosk.clock import bucket as quarter_of
from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.store import journal
from kiosk.store.market import CLOCK_NOTICE, clock_notices
from ui import theme, translators
from ui.flow import Step
from ui.widgets import FitGrid, Screen, back_row, button, label, row_of, scroll_page, set_words, vertical

if TYPE_CHECKING:
    from ui.host import Host, Installer

# The steppers: (what they move, in minutes) — a day, an hour, a quarter hour, each back and forward.
DAY, HOUR, QUARTER = 24 * 60, 60, BUCKET_MINUTES


class ClockScreen(Screen):
    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.draft = 0  # the correction shown, in minutes; kept only when a steward taps Set

        # The page scrolls (a 7" screen); Set stays below it, always in reach.
        outer = vertical(self, theme.FLUSH, theme.GAP_NONE)
        body = QWidget()
        self.area = scroll_page(body)
        outer.addWidget(self.area, 1)
        column = vertical(body, theme.SCROLLING_PAGE, theme.GAP_COLUMN)
        top, self.back, self.heading = back_row(self._go_back)
        column.addLayout(top)
        self.notice = label("Hint", into=column)  # why a steward may have come: the clock looked wrong
        self.shown = label("Title", align=Qt.AlignmentFlag.AlignCenter, into=column)
        self.steppers: dict[int, QPushButton] = {}
        for minutes, less, more in ((DAY, "mdi6.calendar-minus", "mdi6.calendar-plus"),
                                    (HOUR, "mdi6.clock-minus-outline", "mdi6.clock-plus-outline"),
                                    (QUARTER, "mdi6.minus", "mdi6.plus")):
            for sign, icon_name in ((-1, less), (+1, more)):
                self.steppers[sign * minutes] = button(icon_name, clicked=functools.partial(self.step, sign * minutes))
        # Later above, earlier below; a day, an hour, a quarter hour across (mirrored in Arabic, as the page is).
        self.stepper_grid = FitGrid([self.steppers[m] for m in (DAY, HOUR, QUARTER, -DAY, -HOUR, -QUARTER)], 3)
        column.addWidget(self.stepper_grid)
        self.machine = label("Hint", into=column)
        self.words = label("Hint", into=column)
        column.addStretch(1)
        self.set_button = button("mdi6.check", "Primary", clicked=self.keep)
        self.machine_button = button("mdi6.restore", clicked=self.follow_machine)
        # Its own gap: in `outer` (no gap between the page and this row) it would take none, the buttons touching.
        outer.addLayout(row_of(self.set_button, self.machine_button, None, margins=theme.PAGE,
                               spacing=theme.GAP_COLUMN))

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This kiosk's date and time"))
        set_words(self.back, self.tr("Back"))
        set_words(self.steppers[-DAY], self.tr("A day earlier"))
        set_words(self.steppers[DAY], self.tr("A day later"))
        set_words(self.steppers[-HOUR], self.tr("An hour earlier"))
        set_words(self.steppers[HOUR], self.tr("An hour later"))
        set_words(self.steppers[-QUARTER], self.tr("15 minutes earlier"))
        set_words(self.steppers[QUARTER], self.tr("15 minutes later"))
        set_words(self.set_button, self.tr("Set the clock"), self.tr("Keep this date and time"))
        set_words(self.machine_button, self.tr("Computer's clock"), self.tr("Follow the computer's own clock again"))
        self.words.setText(self.tr("The kiosk keeps its own time, in quarter hours, for everything it records: "
                                   "the computer's clock is not changed and no password is needed."))
        self.stepper_grid.arrange()
        self._show()

    # ----- state ---------------------------------------------------------------------------------------

    def entered(self) -> None:
        self.draft = self.window_.market.clock_correction
        self._show()

    def reset(self) -> None:
        self.draft = self.window_.market.clock_correction

    def prepare_screenshot(self) -> None:
        self.entered()

    def finish_button(self) -> QAbstractButton | None:
        return self.set_button

    def _go_back(self) -> None:
        self.window_.go(Step.KIOSKS if self.window_.previous_step == Step.KIOSKS else Step.STEWARD)

    # ----- what the steward does -------------------------------------------------------------------------

    def step(self, minutes: int) -> None:
        if fits_correction(self.draft + minutes):
            self.draft += minutes
        self._show()

    def keep(self) -> None:
        market = self.window_.market
        if self.window_.attempt(market.set_clock_correction, self.draft) is None:
            return
        self.window_.attempt(journal.mark_notices_seen, market, CLOCK_NOTICE)  # the clock's notices are answered
        self._show()
        self.window_.tell(self.tr("The kiosk's clock now says %1.").replace("%1", self._written(self._quarter())))

    def follow_machine(self) -> None:
        self.draft = 0
        self.keep()

    # ----- showing ---------------------------------------------------------------------------------------

    def _quarter(self, correction: int | None = None) -> dt.datetime:
        """The quarter hour the kiosk's clock says (with `correction`, the one shown; else the one kept)."""
        market = self.window_.market
        minutes = self.draft if correction is None else correction
        return parse_bucket(quarter_of(market.machine_clock() + dt.timedelta(minutes=minutes)))

    def _written(self, moment: dt.datetime) -> str:
        """A quarter hour as the steward's language writes it: "Sunday, 6 December 2026, 10:15"."""
        locale = translators.locale_for(self.window_.lang)
        day = locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)
        time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        return self.tr("%1, %2", "a date, then a time of day").replace("%1", day).replace("%2", time)

    def _show(self) -> None:
        market = self.window_.market
        self.shown.setText(self._written(self._quarter()))
        self.shown.setAccessibleName(self.shown.text())
        machine = self._written(self._quarter(0))
        self.machine.setText(self.tr("The computer's own clock says %1.").replace("%1", machine))
        self.machine_button.setEnabled(self.draft != 0 or market.clock_correction != 0)
        for minutes, b in self.steppers.items():
            b.setEnabled(fits_correction(self.draft + minutes))
        told = bool(self.window_.attempt(clock_notices, market))
        self.notice.setVisible(told)
        self.notice.setText(self.tr("This kiosk's clock looks wrong: earlier than what it has recorded, or days "
                                    "ahead. Please check the date and time and set them here.") if told else "")


def install(window: Installer) -> None:
    from ui.steward_tools import steward_tool

    steward_tool(window, Step.CLOCK, lambda: ClockScreen(window), "mdi6.clock-edit-outline", "ClockScreen",
                 QT_TRANSLATE_NOOP("ClockScreen", "Clock"),
                 QT_TRANSLATE_NOOP("ClockScreen", "Set this kiosk's date and time"))
