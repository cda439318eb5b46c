"""Building the screens: home before the first paint; in the idle time after it, a visitor's screens, then the
steward page with every tool's button on it, laid out for its first visit; the steward's tools in the idle time
after the steward page is first painted, or on first use if that comes sooner (their features install a maker and
a button on the steward page). `screen_for(step)` builds what is asked for; `built(step)` only looks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QPushButton

from ui.access import name_clear_buttons
from ui.flow import BEHIND_PIN, Step
from ui.widgets import Screen
from ui.window.parts import Parts

if TYPE_CHECKING:
    from ui.screens.steward import StewardScreen


class Building(Parts):
    """The window's screens by step, each built once."""

    def screen_for(self, step: Step) -> Screen:
        """The screen for `step`, built now (with what comes before it) if idle time has not built it yet."""
        self._build_until(step)
        return self._screens[step]

    def built(self, step: Step) -> Screen | None:
        """The screen for `step` if it is built; never builds it."""
        return self._screens.get(step)

    def built_screens(self) -> dict[Step, Screen]:
        """The screens built so far, by step."""
        return dict(self._screens)

    def _building(self) -> Iterator[None]:
        """Builds what home does not need, one piece per turn of idle time (imports included): the fonts' files
        kept open (ui/memory.py), the PIN pad and the steward page, each feature installed in the order of
        FEATURES (a visitor's screens; a steward's tool puts only its button on the steward page, its screen waits
        for a steward behind the PIN, so an unattended kiosk carries none: ui.steward_tools), a screen's warm() in
        a turn of its own, and last the steward page laid out for its first visit (_ready_steward_page): the PIN's
        OK then only shows it."""
        from ui.memory import keep_font_files_open
        from ui.screens.pin import PinScreen
        from ui.screens.steward import StewardScreen

        keep_font_files_open()  # each font file mapped once all day (ui/memory.py)
        self.add_screen(Step.PIN, PinScreen(self))
        self.add_screen(Step.STEWARD, StewardScreen(self))
        from ui.features import FEATURES

        yield
        for install in FEATURES:
            before = set(self._screens)
            install(self)
            # Screens that can read what they show ahead of a first visit do it in a step of their own.
            for step in [step for step in self._screens if step not in before]:
                warm = getattr(self.screen_for(step), "warm", None)
                if warm is not None:
                    yield
                    warm()
            yield
        self._ready_steward_page()

    def _ready_steward_page(self) -> None:
        """The steward page polished and laid out at the size it will be shown, while hidden: Qt lays out a hidden
        widget to render it, so one pixel of it is rendered into a throwaway image (nothing reaches the glass). Its
        first showing then costs what a later one does. Not when a steward is already here (the page is being
        shown anyway)."""
        if self.flow.step in BEHIND_PIN:
            return
        page = self._steward()
        page.setGeometry(self.stack.contentsRect())  # the size a page of the stack is shown at
        page.render(QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied), QPoint(), QRegion(0, 0, 1, 1))

    def _build_next(self) -> bool:
        """Build the next piece (and the one after in the next idle turn); False when everything is built."""
        if self._pending is None or self._building_now:
            return False
        self._building_now = True
        try:
            next(self._pending)
        except StopIteration:
            self._pending = None
        finally:
            self._building_now = False
        if self._pending is None:
            return False
        if self.isVisible():
            self._idle_build.start()
        return True

    def _build_until(self, step: Step) -> None:
        while step not in self._screens:
            make = self._makers.get(step)
            if make is not None:  # a steward's tool, on its first use (or its first since retire_tools)
                self.add_screen(step, make())
            elif not self._build_next():
                return

    def _build_next_tool(self) -> None:
        """One of the steward's tools built, in the idle time after the steward page was painted, and the next
        after that, while a steward is behind the PIN: their first visit then finds them built, and no tap pays
        for it (a tap meanwhile builds the one it opens at once). Nobody at the table: nothing is built."""
        unbuilt = self.unbuilt_tools()
        if self._closed or not unbuilt or self.flow.step not in BEHIND_PIN:
            return
        self._build_until(unbuilt[0])
        if self.unbuilt_tools():
            self._tool_build.start()

    def unbuilt_tools(self) -> list[Step]:
        """The steward's tools whose screens are not built (yet, or again since retire_tools)."""
        return [step for step in self._makers if step not in self._screens]

    def _install_everything(self) -> None:
        """Every feature installed now (if idle time has not yet): its screens, and the makers of the steward's
        tools."""
        while self._build_next():
            pass

    def build_everything(self) -> None:
        """Every screen, now (the screenshot command, checks that walk every screen)."""
        self._install_everything()
        for step in list(self._makers):
            self._build_until(step)

    def add_screen_maker(self, step: Step, make: Callable[[], Screen]) -> None:
        """A screen built on its first use (`screen_for(step)`), not when its feature installs."""
        self._makers[step] = make

    def retire_tools(self) -> list[Step]:
        """The steward has gone: the tools' screens built behind the PIN are deleted, and their makers wait for the
        next steward (who gets them built again in the idle time after the steward page is painted), so that an
        unattended kiosk carries no tool all day once one steward has used it (their charts, previews and pages:
        ~8 MB at 10 000 things; docs/speed.md "A whole day"). Only while the window is home, and not a tool with
        work under way (Screen.under_way: pages on their way to a printer); the steps retired."""
        if self.flow.step in BEHIND_PIN:
            return []
        retired = [step for step in self._makers if step in self._screens
                   and not self._screens[step].under_way()]  # its answer (a printer's) comes back to it
        for step in retired:
            screen = self._screens.pop(step)
            self.stack.removeWidget(screen)
            screen.deleteLater()
        return retired

    @property
    def steward(self) -> StewardScreen:  # where features add their actions
        self._install_everything()  # its page lists every feature's actions (a no-op while features install)
        return self._steward()

    def _steward(self) -> StewardScreen:
        from ui.screens.steward import StewardScreen

        steward = self.screen_for(Step.STEWARD)
        assert isinstance(steward, StewardScreen)
        return steward

    def add_steward_action(self, action: QPushButton,
                           words: Callable[[], tuple[str, str]] | None = None) -> None:
        self._steward().add_action(action, words)

    def add_screen(self, step: Step, screen: Screen) -> None:
        old = self._screens.get(step)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._screens[step] = screen
        self.style_part(screen)  # the window's look, before the screen is first polished
        self.stack.addWidget(screen)
        if step != Step.HOME:
            screen.retranslate()  # home is translated by set_language at start; the others as they come
            name_clear_buttons(screen)  # a screen built after home still has its ⓧ named
            self._keep_icons_after(screen)  # and keeps "Later >" pictograms after the words in Arabic

    def _first_frame_done(self) -> None:
        if not self.isVisible():
            return  # closed meanwhile: nothing more is built for it
        self.painted.emit()
        self._idle_build.start()  # home is on the glass: the rest is built a piece at a time
