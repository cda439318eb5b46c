"""The skills-share gathering (Step.GATHERING, stewards): its day, times and place, and its calendar code."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.skills import Gathering, proposed_gathering, vevent
from kiosk.store import skills as skill_store
from ui import theme
from ui.flow import Step
from ui.screens.skills.parts import QrView, gathering_of
from ui.widgets import Screen, button, horizontal, label, row_of, scroll_page, set_words, text_field, vertical

if TYPE_CHECKING:
    from ui.host import Host


MINUTES_STEP = 15


class Stepper(QWidget):
    """A value between two big buttons: earlier / later, tapped or held (touch-friendly, no typing)."""

    def __init__(self, on_step, big: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        row = horizontal(self, theme.FLUSH, theme.GAP)
        self.less = button("mdi6.chevron-left", clicked=lambda: on_step(-1))
        self.less.setAutoRepeat(True)
        self.value = label("Title", wrap=False)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setMinimumWidth(190 if big else 110)
        self.more = button("mdi6.chevron-right", clicked=lambda: on_step(+1))
        self.more.setAutoRepeat(True)
        self.more.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
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
        outer = vertical(self, theme.FLUSH)
        body = QWidget()
        self.area = scroll_page(body)
        outer.addWidget(self.area)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(theme.PAGE)
        self.columns.setSpacing(theme.GAP_PANES)
        form = vertical(spacing=theme.GAP)
        self.heading = label("Title", into=form)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.title_label = label()
        self.title_edit = text_field(60, clear=False)
        self.title_edit.textEdited.connect(self._edited)
        self.day_label = label()
        self.day = Stepper(lambda d: self.step_day(d), big=True)
        self.week_row = QWidget()
        weeks = horizontal(self.week_row, theme.FLUSH)
        self.week_less = button("mdi6.chevron-double-left", clicked=lambda: self.step_day(-7))
        self.week_more = button("mdi6.chevron-double-right", clicked=lambda: self.step_day(+7))
        self.week_more.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        weeks.addWidget(self.week_less)
        weeks.addStretch(1)
        weeks.addWidget(self.week_more)
        self.start_label = label()
        self.start = Stepper(lambda d: self.step_time("start", d))
        self.end_label = label()
        self.end = Stepper(lambda d: self.step_time("end", d))
        self.place_label = label()
        self.place_edit = text_field(100, clear=False)
        self.place_edit.textEdited.connect(self._edited)
        self.note_label = label()
        self.note_edit = text_field(200, clear=False)
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
        self.back = button("mdi6.arrow-left", "Quiet", clicked=lambda: self.window_.go(Step.STEWARD))
        self.save = button("mdi6.content-save", "Primary", clicked=self.save_gathering)
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
        # Back and Save stay below the scrolling part, on screen with the keyboard up (as on a skill's offer).
        bar = QWidget()
        bar.setObjectName("Header")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar.setLayout(row_of(self.back, None, self.save, margins=theme.ROW))
        outer.addWidget(bar)

        self.open_button = button("mdi6.calendar-edit", clicked=lambda: self.window_.go(Step.GATHERING))

    def retranslate(self) -> None:
        set_words(self.open_button, self.tr("Skills share"), self.tr("Set the skills share's day, time and place"))
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
        set_words(self.back, self.tr("Stewards"))
        set_words(self.save, self.tr("Save"))
        self.qr.setAccessibleName(self.tr("Calendar code of the skills share"))
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= theme.WIDER
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

    def finish_button(self) -> QAbstractButton | None:
        return self.save

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
