"""The command line's sentences in a person's language, from the kiosk's compiled translations.

Only QtCore's QTranslator (ui.translators) reads the .qm files: no application object, no window, nothing else of Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import WORDS_CONTEXT
from ui import translators


def translate(lang: str, text: str, n: int = -1) -> str:
    """`text` (a sentence marked in the "kiosk" context) in `lang`; %n becomes `n` when one is given."""
    return translators.translate(lang, WORDS_CONTEXT, text, n=n)


def _plural_messages() -> None:  # never called: shows lupdate which command-line messages have plural forms
    QCoreApplication.translate("kiosk", "Wrote %n page(s) of signs to {out}.", None, 0)
    QCoreApplication.translate("kiosk", "Wrote %n page(s) of food labels to {out}.", None, 0)
