"""Moving between screens: only the flow (ui.flow) changes the screen on show; the window follows it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.flow import Payload, Step
from ui.widgets import Screen
from ui.window.parts import Parts


class Moving(Parts):
    """The step on show, the moves a screen asks for, and what a move does to the window."""

    @property
    def step(self) -> Step:
        return self.flow.step

    def go(self, step: Step, payload: Payload | None = None) -> None:
        self.flow.go(step, payload)

    def go_home(self) -> None:
        self.flow.home()

    def _show_step(self, before: Step, step: Step, payload: Payload | None) -> None:
        # Home is a fresh start for the next person: whatever was half-typed or half-chosen anywhere is
        # forgotten (a contact typed on a skill offer included), and the steward area locks again.
        if before != step and step == Step.HOME:
            for other, screen_ in list(self._screens.items()):
                if other != Step.HOME:
                    screen_.reset()
        screen: Screen = self.steward if step == Step.STEWARD else self.screen_for(step)
        self.notice.dismiss()
        if before != step:  # what can be undone belongs to the page it was done on, never over another
            self.undo_bar.forget()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        # Shown first (so it is polished and sized by the style sheet), then filled; no paint between.
        self.previous_step = before
        self.style_part(screen)  # a screen not on show when the look last changed takes it now
        if payload is not None:
            screen.receive(payload)
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self.home_button.setVisible(step != Step.HOME)
        self.steward_button.setVisible(step == Step.HOME)
        self.refresh_event_title()
        self.restart_idle()
        if step == Step.STEWARD and self.for_stewards:
            self.tell(self.for_stewards.pop(0))

    def show_for_screenshot(self, step: Step) -> None:
        """Put a screen up as a visitor would see it, with what it needs to show (docs, checks)."""
        self.screen_for(step).prepare_screenshot()
        self.flow.jump(step)

    def current_screen(self) -> Screen:
        return self.screen_for(self.flow.step)

    def open_pin(self, purpose: str) -> None:
        from ui.screens.pin import PinScreen

        pin = self.screen_for(Step.PIN)
        assert isinstance(pin, PinScreen)
        pin.set_purpose(purpose)
        if self.flow.step not in (Step.HOME, Step.STEWARD, Step.PIN):
            self.flow.home()
        self.flow.go(Step.PIN)
