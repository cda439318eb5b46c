"""The command line's sentences in a person's language, from the kiosk's compiled translations.

Only QtCore's QTranslator reads the .qm files: no application object, no window, nothing else of Qt.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.errors import WORDS_CONTEXT


@lru_cache(maxsize=8)
def _translator(lang: str) -> QTranslator:
    translator = QTranslator()
    qm = resources.files("assets").joinpath("translations", f"commons_table_{lang}.qm")
    with resources.as_file(qm) as path:
        if path.is_file():
            translator.load(str(path))
    return translator


def translate(lang: str, text: str, n: int = -1) -> str:
    """`text` (a sentence marked in the "kiosk" context) in `lang`; %n becomes `n` when one is given."""
    said = _translator(lang).translate(WORDS_CONTEXT, text, None, n) or text
    return said.replace("%n", str(n)) if n >= 0 else said


def _plural_messages() -> None:  # never called: shows lupdate which command-line messages have plural forms
    QCoreApplication.translate("kiosk", "Wrote %n page(s) of signs to {out}.", None, 0)
