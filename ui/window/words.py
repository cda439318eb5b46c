"""The visitor's language: translations, reading direction, and the window's own words."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.catalog import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, RIGHT_TO_LEFT
from ui import translators
from ui.access import name_clear_buttons
from ui.host import Answer
from ui.widgets import refit_all, running_app, set_words, start_where_the_reader_starts
from ui.window.parts import Parts


class Words(Parts):
    """Switching languages, and the top bar's words."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            return True  # set_language() retranslates every screen itself, once; not again for Qt's echo
        return super().event(event)

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        app = running_app()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        # English has a file too: it holds the plural forms ("1 thing", "2 things"). Each language's file is
        # loaded once and kept: a visitor switching back and forth all day costs nothing new.
        if lang not in self._translators:
            self._translators[lang] = translators.load(lang, self)
        translator = self._translators[lang]
        if not translator.isEmpty():
            app.installTranslator(translator)
            self._translator = translator
        self.lang = lang
        QLocale.setDefault(translators.locale_for(lang))  # one digit system per language, dates and counts
        # Arabic reads right to left: every layout mirrors, and so do pictograms that point (ui.theme).
        direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if QApplication.layoutDirection() != direction:
            QApplication.setLayoutDirection(direction)
        # A button drawn with its pictogram after its words ("Later >") keeps it there when the page mirrors.
        self._keep_icons_after(self)
        # The market's name may be typed in another script; it still starts where the reader starts.
        start_where_the_reader_starts(lang, self.event_title, self.event_line)
        if self._keyboard is not None:
            self._keyboard.set_language(lang)
        self.retranslate()
        for screen in list(self._screens.values()):
            screen.retranslate()
        refit_all(self)
        name_clear_buttons(self)

    def _keep_icons_after(self, root: QWidget) -> None:
        after = Qt.LayoutDirection.LeftToRight if self.lang in RIGHT_TO_LEFT else Qt.LayoutDirection.RightToLeft
        for b in root.findChildren(QAbstractButton):
            if b.property("icon_after") is None and b.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
                b.setProperty("icon_after", b.layoutDirection() == Qt.LayoutDirection.RightToLeft)
            if b.property("icon_after"):
                b.setLayoutDirection(after)

    def choose_language(self) -> None:
        """Four big buttons, each language in its own words; the one in use comes first."""
        answers: list[Answer] = [(lang, LANGUAGE_NAMES[lang], "mdi6.check" if lang == self.lang else "mdi6.translate",
                                  partial(self.set_language, lang)) for lang in LANGUAGES]
        answers.sort(key=lambda answer: answer[0] != self.lang)
        self.notice.show_message(self.tr("Choose your language"), answers)

    def retranslate(self) -> None:
        set_words(self.home_button, self.tr("Home"))
        set_words(self.language_button, LANGUAGE_NAMES[self.lang], self.tr("Change the language"))
        set_words(self.steward_button, self.tr("Stewards"))
        self.setWindowTitle(self.tr("Commons Table"))
        self.refresh_event_title()

    def refresh_event_title(self) -> None:
        event = self.attempt(self.market.current_event)
        self._demo_running = event is not None and event.is_demo
        self.demo_banner.setText(self.tr("This is a demo, for trying the kiosk out: nothing here counts."))
        self.demo_banner.setVisible(self._demo_running and self.top_bar.isVisibleTo(self))
        if event is None:
            self.event_title.setText(self.tr("Commons Table"))
            self.event_line.setText(self.tr("Everything here is free"))
            return
        self.event_title.setText(event.title)
        date = QLocale().toString(QLocale(self.lang).toDate(event.date, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
        self.event_line.setText(" · ".join(part for part in (date, event.place) if part))
