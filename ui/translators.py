"""The kiosk's compiled translations (assets/translations/*.qm), loaded in one place.

The window installs one language at a time (`load`, kept by the window); signs, reports and the command line
read words in a language of their own (`kept`, `installed`, `translate`) while the window may show another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

import assets
from kiosk.catalog import joined
from kiosk.errors import WORDS_CONTEXT, reason_of

# The locale each language's numbers and dates are written in: one digit system per language. Arabic keeps the
# Western digits its counts are written in (Modern Standard Arabic's "ar_001"), not Egypt's Arabic-Indic ones.
LOCALE_NAMES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR", "ar": "ar_001"}


def locale_for(lang: str) -> QLocale:
    """The QLocale that writes `lang`'s dates and numbers (see LOCALE_NAMES)."""
    locale = QLocale(LOCALE_NAMES.get(lang, lang))
    if locale.zeroDigit() != "0":  # a Qt whose Arabic of the world has other digits: one that writes 0-9
        locale = QLocale(QLocale.Language.Arabic, QLocale.Country.Tunisia)
    return locale


def said_reason(error: OSError) -> str:
    """What the system said of `error` (a full disk, a read-only stick), in the language on show."""
    return QCoreApplication.translate(WORDS_CONTEXT, reason_of(error))


def comma_joined(parts: list[str]) -> str:
    """The parts of a list joined with the comma of the language on show (QLocale's default, set with it)."""
    return joined(parts, QLocale().name().split("_")[0])


def load(lang: str, parent: QObject | None = None) -> QTranslator:
    """`lang`'s translations; an empty translator (every word its source) when there is no file."""
    translator = QTranslator(parent)
    qm = assets.path("translations", f"commons_table_{lang}.qm")
    if qm.is_file():
        translator.load(str(qm))
    return translator


@lru_cache(maxsize=8)
def kept(lang: str) -> QTranslator:
    """`lang`'s translations, loaded once for the whole process."""
    return load(lang)


def translate(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1,
              number: Callable[[int], str] = str) -> str:
    """`source` in `lang` (the source itself when untranslated); %n becomes `number(n)` when n is given."""
    text = kept(lang).translate(context, source, disambiguation, n) or source
    return text.replace("%n", number(n)) if n >= 0 else text


@contextlib.contextmanager
def installed(lang: str) -> Iterator[None]:
    """The application's tr() speaks `lang` for a while (a report painted in another language)."""
    translator = kept(lang)
    on = not translator.isEmpty() and QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        if on:
            QCoreApplication.removeTranslator(translator)


class QtWords:
    """Qt's own words (its print dialog's: "Print", "Copies", "Pages from") in the language on show, from now until
    forget(): Qt's translations of itself (qtbase_es.qm…) from Qt's translations folder. pip's PySide6 carries
    them; on Debian they are the package qt6-translations-l10n (recommended by the .deb). Without them, Qt's
    English."""

    def __init__(self) -> None:
        self.translator: QTranslator | None = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not (self.translator.load(QLocale(), "qtbase", "_", folder)
                and QCoreApplication.installTranslator(self.translator)):
            self.translator = None

    def forget(self) -> None:
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
