"""Market days, from open to close: open one (starting from the last one's name and place), close it
(what happens to what is left? contacts on skill offers are erased), look back at past ones, and
delete a past market's details once exported, keeping only its totals per kind.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kiosk.domain import Event
from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.store import Market, carry_over
from kiosk.store import summary as summary_store
from kiosk.store.market import demo_events
from kiosk.summary import PastMarket, redact_contact
from kiosk.validate import shown
from ui import theme
from ui.carrying import carrying_over, open_market_in_slices
from ui.checkpoints import wipe_journal_elsewhere
from ui.flow import ShowEvent, Step
from ui.screens.market_form import MarketForm
from ui.widgets import (
    Screen,
    back_row,
    button,
    fit_words,
    label,
    row_of,
    scrolling_column,
    set_words,
    start_where_the_reader_starts,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host, Installer

log = logging.getLogger(__name__)
ROW_TITLE = 32  # the most of a market's name a past market's row shows, in letters (then "…")
PAST_SHOWN = 24  # a couple of years of monthly markets


class EventsScreen(Screen):
    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.date = QDate.currentDate()
        self._past: dict[int, PastRow] = {}  # every past market's row shown, by its event's id
        self._placed: list[int] = []  # their ids in the order they stand in the list

        self.area, column = scrolling_column(self)
        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD))
        column.addLayout(top)

        # The demo tried at the first start, until a real market leaves it behind or a steward removes it
        self.demo = QWidget()
        demo = vertical(self.demo, theme.FLUSH)
        self.demo_words = label("Hint", into=demo)
        self.remove_demo_button = button("mdi6.delete-outline", "Danger", clicked=self.ask_remove_demo)
        demo.addLayout(row_of(self.remove_demo_button, None))
        column.addWidget(self.demo)

        # The market open now
        self.current = QWidget()
        current = vertical(self.current, theme.FLUSH)
        self.current_title = label("Title")
        self.current_line = label("Subtitle")
        current.addWidget(self.current_title)
        current.addWidget(self.current_line)
        self.carrying_line = label("Hint")  # what the last market kept, still coming back (ui/carrying.py)
        self.carrying_line.hide()
        current.addWidget(self.carrying_line)
        carrying_over(window).carried.connect(self._carried)
        self.close_button = button("mdi6.store-check", "Danger", clicked=self.ask_close)
        self.summary_button = button("mdi6.chart-bar", clicked=lambda: self.open_summary(None))
        current.addLayout(row_of(self.close_button, self.summary_button, None))
        column.addWidget(self.current)

        # Opening the next one
        self.opening = QWidget()
        opening = vertical(self.opening, theme.FLUSH)
        self.open_heading = label("Subtitle", wrap=False, into=opening)
        self.form = MarketForm()
        self.title_edit, self.place_edit = self.form.title_edit, self.form.place_edit
        self.date_label = QLabel()
        dates = QHBoxLayout()
        self.day_before = button("mdi6.chevron-left", clicked=lambda: self.step_date(-1))
        self.date_value = label(wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.date_value.setMinimumWidth(220)
        self.day_after = button("mdi6.chevron-right", clicked=lambda: self.step_date(+1))
        dates.addWidget(self.day_before)
        dates.addWidget(self.date_value, 1)
        dates.addWidget(self.day_after)
        self.form.grid.addWidget(self.date_label, 2, 0)
        self.form.grid.addLayout(dates, 2, 1)
        opening.addWidget(self.form)
        self.start_button = button("mdi6.calendar-plus", "Primary", clicked=self.open_market)
        opening.addLayout(row_of(self.start_button, None))
        column.addWidget(self.opening)

        # Past markets
        self.past_heading = label("Subtitle", wrap=False, into=column)
        self.past_empty = label("Hint", wrap=False, into=column)
        self.past_list = QGridLayout()
        self.past_list.setHorizontalSpacing(10)
        self.past_list.setVerticalSpacing(8)
        self.past_list.setColumnStretch(0, 1)
        column.addLayout(self.past_list)
        column.addStretch(1)

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_words(self.back, self.tr("Stewards"))
        self.heading.setText(self.tr("Market days"))
        start_where_the_reader_starts(self.window_.lang, self.current_title, self.current_line)
        set_words(self.close_button, self.tr("Close this market"))
        set_words(self.summary_button, self.tr("Summary"))
        self.open_heading.setText(self.tr("Open a market"))
        self.form.retranslate()
        self.date_label.setText(self.tr("Day"))
        set_words(self.day_before, self.tr("Earlier"))
        self.day_before.setAccessibleName(self.tr("A day earlier"))
        set_words(self.day_after, self.tr("Later"))
        self.day_after.setAccessibleName(self.tr("A day later"))
        set_words(self.start_button, self.tr("Open the market"))
        self.demo_words.setText(self.tr("This kiosk holds the demo market. It is no part of any real market: the "
                                        "next market opened leaves it behind, or remove it now."))
        set_words(self.remove_demo_button, self.tr("Remove the demo"))
        self.past_heading.setText(self.tr("Past markets"))
        self.past_empty.setText(self.tr("None yet. Closed markets show here with their summaries."))
        self._show_date()
        if self.isVisible():  # the past markets' summaries are read again only on show (entered() does it)
            self.refresh()

    # ----- showing -------------------------------------------------------------------------------------

    def entered(self) -> None:
        if not self.title_edit.text() and not self.place_edit.text():
            carried = self.window_.attempt(summary_store.previous_event_settings, self.window_.market)
            if carried:
                self.form.fill(carried["title"], carried["place"])
        today = self.window_.market.clock().date()
        self.date = QDate(today.year, today.month, today.day)
        self._show_date()
        self.refresh()

    def reset(self) -> None:
        self.form.clear()
        self.date = QDate.currentDate()
        self._show_date()
        self.area.verticalScrollBar().setValue(0)

    def prepare_screenshot(self) -> None:
        self.entered()

    def _show_date(self) -> None:
        self.date_value.setText(QLocale().toString(self.date, QLocale.FormatType.LongFormat))

    def step_date(self, days: int) -> None:
        self.date = self.date.addDays(days)
        self._show_date()

    def refresh(self, past: bool = True) -> None:
        """What the screen shows, read again; `past` False leaves the past markets as they are (opening one)."""
        market = self.window_.market
        event = self.window_.attempt(market.current_event)
        self.current.setVisible(event is not None)
        self.opening.setVisible(event is None)
        if event is not None:
            self.current_title.setText(redact_contact(event.title))
            self._show_current_line(event)
        if past:
            self._show_carrying()
        else:
            self.carrying_line.hide()  # the first slice in idle time says how many are still coming
        self.demo.setVisible(bool(self.window_.attempt(demo_events, market)))
        if past:
            self._fill_past(self.window_.attempt(summary_store.past_markets, market, PAST_SHOWN) or [])

    def _show_current_line(self, event: Event) -> None:
        date = QLocale().toString(QDate.fromString(event.date, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
        here = self.tr("%n thing(s) on the table", "", self.window_.attempt(self.window_.market.things_here) or 0)
        self.current_line.setText(" · ".join(p for p in (date, redact_contact(event.place), here) if p))

    def _show_carrying(self) -> None:
        """While what the last market kept comes back a slice at a time: how many things are still to come."""
        market = self.window_.market
        left = (self.window_.attempt(carry_over.left_to_carry, market) or 0) if self.isVisible() else 0
        self.carrying_line.setVisible(left > 0)
        if left:
            self.carrying_line.setText(self.tr("Carrying over %n thing(s) kept from the last market…", "", left))

    def _carried(self) -> None:
        """A slice landed: the count on the table and what is still to come (the last one refreshes it all)."""
        if not self.isVisible() or self.window_.attempt(carry_over.pending, self.window_.market) is None:
            return
        event = self.window_.attempt(self.window_.market.current_event)
        if event is not None:
            self._show_current_line(event)
        self._show_carrying()

    def _fill_past(self, past: list[PastMarket]) -> None:
        """The past markets' rows, newest first. A row is made once per market and kept: a visit sets only the words
        that differ (another language, details deleted) and makes rows only for markets closed since the last one,
        so a visit with nothing new makes, shows and lays out no widget (issue 25)."""
        self.past_empty.setVisible(not past)
        order = [summary.event.id for summary in past]
        for event_id in set(self._past) - set(order):  # the demo removed, or a market older than PAST_SHOWN
            for widget in self._past.pop(event_id).widgets():
                self.past_list.removeWidget(widget)
                widget.deleteLater()
        made: list[QWidget] = []
        for n, summary in enumerate(past):
            row = self._past.get(summary.event.id)
            if row is None:
                row = self._past[summary.event.id] = PastRow(self)
                made.append(row.show)
            if (side := row.show_as(summary)) is not None:
                made.append(side)
                if order == self._placed:  # its details deleted: the new side in the old one's place
                    self.past_list.addWidget(side, n, 1)
        if order != self._placed:  # a market closed, or one left the list: every row to its place
            for row in self._past.values():
                for widget in row.widgets():
                    self.past_list.removeWidget(widget)
            for n, event_id in enumerate(order):
                for column, widget in enumerate(self._past[event_id].widgets()):
                    self.past_list.addWidget(widget, n, column)
            self._placed = order
        for widget in made:
            widget.show()

    @property
    def past_rows(self) -> dict[int, tuple[QPushButton, QPushButton | None]]:
        """Each past market's summary button and Delete details (None once only its totals are kept), by its id."""
        return {event_id: (row.show, row.forget) for event_id, row in self._past.items()}

    def past_words(self, summary: PastMarket, date: str, name: str) -> tuple[str, str, str]:
        """A past market's row's words (PastRow): its button's, the words beside it, and what Delete details reads."""
        return (" · ".join((date, name, self.tr("%n thing(s) shared", "", summary.brought))),
                self.tr("Totals only") if summary.minimised else self.tr("Delete details"),
                "" if summary.minimised else self.tr("Delete the details of %1").replace("%1", date))

    def open_summary(self, event_id: int | None) -> None:
        self.window_.go(Step.SUMMARY, ShowEvent(event_id))

    # ----- opening and closing ---------------------------------------------------------------------------

    def open_market(self) -> None:
        opened = open_market_in_slices(self.window_, self.title_edit.text(), self.place_edit.text(),
                                       self.date.toString("yyyy-MM-dd"))
        if opened is None:
            return
        self.window_.refresh_event_title()
        self.refresh(past=False)  # opening one changes no past market
        self.window_.tell(self.tr("The market is open. Welcome, everyone!"))

    def ask_close(self) -> None:
        event = self.window_.attempt(self.window_.market.current_event)
        if event is None:
            return
        self.window_.choose(
            self.tr("Close this market? What happens to what is left on the table? Things kept for next time "
                    "are back on the table when the next market opens (food to eat today is not). Contacts "
                    "people wrote on skill offers are erased now."),
            [("kept", self.tr("Kept for next time"), "mdi6.package-variant", lambda: self.close_market("kept")),
             ("handed_off", self.tr("Handed off"), "mdi6.hand-heart", lambda: self.close_market("handed_off")),
             ("cancel", self.tr("Not yet"), "mdi6.close", None)])

    def close_market(self, leftovers: str) -> None:
        event = self.window_.attempt(self.window_.market.current_event)
        if event is None:
            return
        # The copies set aside beside the file lose their contacts on the backups' thread (backup_after_close), and
        # the -wal's old frames on the checkpoints' thread.
        closed = self.window_.attempt(self.window_.market.close_event, event.id, leftovers, scrub_aside=False,
                                      wipe=False)
        if closed is None:
            return
        wipe_journal_elsewhere(self.window_.market)
        backup_after_close(self.window_.market)
        self.window_.refresh_event_title()
        self.open_summary(closed.id)
        self.window_.tell(self.tr("The market is closed. Here is what we shared together."))

    def ask_remove_demo(self) -> None:
        self.window_.ask(self.tr("Remove the demo market and everything in it? Nothing real is touched."),
                         self.tr("Remove the demo"), self.tr("Keep"), self.remove_demo)

    def remove_demo(self) -> None:
        from kiosk.store.demo import remove_demo

        if self.window_.attempt(remove_demo, self.window_.market) is not None:
            self.form.clear()
            self.entered()
            self.window_.refresh_event_title()
            self.window_.tell(self.tr("The demo is gone. Open the real market when you are ready."))

    def ask_minimise(self, event: Event) -> None:
        date = QLocale().toString(QDate.fromString(event.date, "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)
        self.window_.ask(
            self.tr("Delete the details of the market on %1? Only its totals per kind stay; the timeline and the "
                    "list of leftovers go for good. Export it first if you need them.").replace("%1", date),
            self.tr("Delete details"), self.tr("Keep"), lambda: self.minimise(event.id))

    def minimise(self, event_id: int) -> None:
        if self.window_.attempt(summary_store.minimise_event, self.window_.market, event_id) is not None:
            self.refresh()
            self.window_.tell(self.tr("Done: only the totals of that market are kept."))


class PastRow:
    """A past market's row in Market days: its summary's button, and beside it Delete details or Totals only."""

    def __init__(self, screen: EventsScreen):
        self.screen = screen
        self.summary: PastMarket | None = None
        self.words: tuple[str, str, str] | None = None  # what it says now
        self.show = button("mdi6.chart-bar")
        self.show.setStyleSheet("text-align: left;")
        self.show.setProperty("wraps", True)  # a long name goes on two lines rather than off the button's edge
        self.show.clicked.connect(self._open)
        self.forget: QPushButton | None = None
        self.side: QWidget | None = None  # `forget`, or the words "Totals only"

    def _open(self) -> None:
        if self.summary is not None:
            self.screen.open_summary(self.summary.event.id)

    def _forget(self) -> None:
        if self.summary is not None:
            self.screen.ask_minimise(self.summary.event)

    def widgets(self) -> tuple[QWidget, QWidget]:
        assert self.side is not None  # show_as made it
        return self.show, self.side

    def show_as(self, summary: PastMarket) -> QWidget | None:
        """Say what `summary` says, in the language on show, setting only what differs. Returns the widget beside
        the button if it was made now (the first time, or once the details are deleted), for the list to place."""
        screen, event = self.screen, summary.event
        date = QLocale().toString(QDate.fromString(event.date, "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)
        # A long name shortened, so the row's words fit its button on two lines (the summary shows it whole).
        name = shown(redact_contact(event.title), ROW_TITLE)
        words = screen.past_words(summary, date, name)
        made: QWidget | None = None
        if self.summary is None or self.summary.minimised != summary.minimised:
            if self.side is not None:
                screen.past_list.removeWidget(self.side)
                self.side.deleteLater()
            if summary.minimised:  # only its totals are kept: nothing more to delete
                self.forget, made = None, QLabel()
                made.setObjectName("Hint")
            else:
                made = self.forget = button("mdi6.delete-sweep")
                self.forget.clicked.connect(self._forget)
            self.side, self.words = made, None
        self.summary = summary
        if words != self.words:
            if self.words is None or words[0] != self.words[0]:
                set_words(self.show, words[0])
                fit_words(self.show)  # a kept button keeps its size: no resize fits its new words
            if self.forget is not None:
                set_words(self.forget, words[1])
                self.forget.setAccessibleName(words[2])
            elif isinstance(self.side, QLabel):
                self.side.setText(words[1])
            self.words = words
        return made


def backup_after_close(market: Market) -> None:
    """A market closed: the copies set aside beside the data file scrubbed of contacts, a backup beside it, and the
    newest onto any USB stick plugged in (on a thread of its own, ui/backups.py: the summary shows meanwhile)."""
    from ui.backups import back_up
    from ui.drives import removable_volumes

    try:
        back_up(market, lambda: [folder for _, folder in removable_volumes()], after_close=True)
    except Exception:  # the market is closed either way
        log.exception("backup at close failed")


def install(window: Installer) -> None:
    from ui.steward_tools import steward_tool

    def summary() -> Screen:
        from ui.screens.summary import SummaryScreen  # QtCharts with it: on the summary's first use

        return SummaryScreen(window)

    steward_tool(window, Step.EVENTS, lambda: EventsScreen(window), "mdi6.calendar-month", "EventsScreen",
                 QT_TRANSLATE_NOOP("EventsScreen", "Market days"),
                 QT_TRANSLATE_NOOP("EventsScreen", "Open or close a market, and see past ones"))
    steward_tool(window, Step.SUMMARY, summary, "mdi6.chart-bar", "SummaryScreen",
                 QT_TRANSLATE_NOOP("SummaryScreen", "Summary & export"),
                 QT_TRANSLATE_NOOP("SummaryScreen", "What we shared together, and files to take home"),
                 clicked=lambda: window.go(Step.SUMMARY, ShowEvent(None)))
