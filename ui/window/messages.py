"""Telling people things: overlays in the window (never a nested event loop), and the store's problems as plain
sentences."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.errors import WORDS_CONTEXT, Sentence, StoreProblem, VisitorError
from ui.host import Answer
from ui.window.parts import Parts

log = logging.getLogger("ui.main_window")
T = TypeVar("T")

class Messages(Parts):
    """Messages, questions and undo offers."""

    def tell_closed_stale(self) -> None:
        """Markets left open from an earlier day were closed when the file was opened: stewards are told."""
        names = []
        for event in self.market.closed_stale:
            date = QLocale().toString(QLocale(self.lang).toDate(event.date, "yyyy-MM-dd"),
                                      QLocale.FormatType.LongFormat)
            names.append(f"“{event.title}” ({date})")
        self.tell(self.tr("Still open from an earlier day, so closed now: %1. What was left is kept for next "
                          "time, and every contact on its skill offers is erased.").replace("%1", "; ".join(names)))

    def tell(self, text: str, problem: bool = False, then: Callable[[], None] | None = None) -> None:
        self.notice.show_message(text, [("ok", self.tr("OK"), "mdi6.check", then)], problem=problem)

    def choose(self, text: str, answers: list[Answer]) -> None:
        self.notice.show_message(text, answers)

    def ask(self, text: str, yes: str, no: str, on_yes: Callable[[], None],
            on_no: Callable[[], None] | None = None) -> None:
        self.notice.show_message(text, [("yes", yes, "mdi6.check", on_yes), ("no", no, "mdi6.close", on_no)])

    @staticmethod
    def words_of(error: Sentence, isolate: bool = False) -> str:
        """The core's sentence in the visitor's language (its template and words translated, then filled; a
        value that is a sentence itself, as the reason in a steward's notice, is said the same way). With
        `isolate`, each value is set apart to read its own way (a file name inside Arabic words)."""
        def translated(text: object) -> object:
            return QCoreApplication.translate(WORDS_CONTEXT, text) if isinstance(text, str) else text

        def value(of: object) -> object:
            if isinstance(of, Sentence):
                return Messages.words_of(of, isolate)
            return f"\u2068{translated(of)}\u2069" if isolate else translated(of)

        template = translated(error.template)
        try:
            return str(template).format(**{key: value(of) for key, of in error.params.items()})
        except (KeyError, IndexError, ValueError):
            return error.sentence

    def crash_text(self, kept: str) -> str:
        return self.tr("The kiosk stopped unexpectedly last time and was started again. What it was doing when it "
                       "stopped is kept in %1, beside its data file, for whoever looks after it.").replace("%1", kept)

    def tell_stewards(self, text: str) -> None:
        """A message for the next steward who opens the steward area, once."""
        self.for_stewards.append(text)

    def sorry_text(self) -> str:
        return self.tr("Sorry — something went wrong. The kiosk is still working; please try again.")

    def tell_damaged_file(self, kept_as: str, restored_from: str | None = None) -> None:
        if restored_from:
            self.tell(self.tr("The kiosk's data file was damaged. It was kept aside as %1, and the backup from %2 "
                              "was put in its place: what happened after %2 is missing.")
                      .replace("%1", kept_as).replace("%2", restored_from), problem=True)
            return
        self.tell(self.tr("The kiosk's data file was damaged. It was kept aside as %1 and a fresh one "
                          "was started.").replace("%1", kept_as), problem=True)

    def offer_demo(self, fill: Callable[[], None]) -> None:
        """First start on an empty data file: offer a demo market to try things out."""
        def demo() -> None:
            self.attempt(fill)
            self.go_home()

        def empty() -> None:
            self.attempt(self.market.ensure_event)
            self.go_home()

        self.ask(self.tr("This kiosk is new. Fill it with a demo market to try it out? "
                         "(Stewards can start a real market any time.)"),
                 self.tr("Try the demo"), self.tr("Start empty"), demo, empty)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Show the undo bar for a few seconds; `undo` runs only if it is tapped in time."""
        self.undo_bar.offer(text, undo, self.tr("Undo"))

    def attempt(self, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store action; a known problem becomes a plain message and None."""
        try:
            return action(*args, **kwargs)
        except VisitorError as error:
            self.tell(self.words_of(error), problem=True)
        except StoreProblem as error:
            log.warning("store problem: %s", error.__cause__ or error)
            self.tell(self.words_of(error), problem=True)
        return None
