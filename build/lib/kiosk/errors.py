"""The errors the core raises on purpose. Anything else escaping the core is a bug.

Their sentences are English templates; the kiosk shows them in the visitor's language. The core imports
no Qt, so sentences are marked for Qt's lupdate with the no-op below (the name is what lupdate looks for).
"""

from __future__ import annotations

from typing import Any

WORDS_CONTEXT = "kiosk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate recognises
    return text


class _Sentence:
    def _words(self, template: str, params: dict[str, Any]) -> str:
        self.template = template
        self.params = params
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


class VisitorError(_Sentence, ValueError):
    """Bad input from a person at the table; `sentence` is fit to show them as it is.

    `template` and `params` let the kiosk say it in the visitor's language: the template is translated,
    then filled in (string params are translated too, for words like "The title").
    """

    def __init__(self, template: str, *, field: str = "", **params: Any):
        self.sentence = self._words(template, params)
        super().__init__(self.sentence)
        self.field = field


class StoreProblem(_Sentence, RuntimeError):
    """A known fault of the database file (full disk, read-only, corrupt, locked).

    The kiosk tells the person in plain words and keeps running; nothing that was
    acknowledged before is lost, because every acknowledged write was committed.
    """

    def __init__(self, template: str, **params: Any):
        self.sentence = self._words(template, params)
        super().__init__(self.sentence)


class NewerDatabaseError(StoreProblem):
    """The database was written by a newer Commons Table than this one."""
