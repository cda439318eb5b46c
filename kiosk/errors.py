"""The errors the core raises on purpose. Anything else escaping the core is a bug.

Their sentences are English templates; the kiosk shows them in the visitor's language. The core imports
no Qt, so sentences are marked for Qt's lupdate with the no-op below (the name is what lupdate looks for).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

WORDS_CONTEXT = "kiosk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate recognises
    return text


class Sentence(Exception):
    """An English template and its values (`params`); `sentence` is the two put together."""

    def __init__(self, template: str, params: dict[str, Any]):
        self.template = template
        self.params = params
        try:
            self.sentence = template.format(**params)
        except (KeyError, IndexError, ValueError):
            self.sentence = template
        super().__init__(self.sentence)

    def as_words(self) -> dict[str, Any]:
        """The template and its values as JSON holds them; a value that is itself a Sentence is nested."""
        return {"template": self.template,
                "params": {key: value.as_words() if isinstance(value, Sentence) else value
                           for key, value in self.params.items()}}

    @staticmethod
    def from_words(words: Any) -> Sentence:
        """The Sentence `as_words` gave (anything else becomes a sentence of its own words, untranslated)."""
        if not isinstance(words, dict) or not isinstance(words.get("template"), str) \
                or not isinstance(words.get("params"), dict):
            return Sentence(str(words), {})
        return Sentence(words["template"], {key: Sentence.from_words(value) if isinstance(value, dict) else value
                                            for key, value in words["params"].items()})


class VisitorError(Sentence, ValueError):
    """Bad input from a person at the table; `sentence` is fit to show them as it is.

    `template` and `params` let the kiosk say it in the visitor's language: the template is translated,
    then filled in (string params are translated too, for words like "The title").
    """

    def __init__(self, template: str, *, field: str = "", **params: Any):
        super().__init__(template, params)
        self.field = field


class OutputProblem(VisitorError):
    """A file cannot be written where a person asked (an export, a report, signs): the name is a folder, the
    folder is missing, or the disk refused. Callers may offer another place."""

    def __init__(self, template: str, **params: Any):
        super().__init__(template, field="out", **params)


OUT_IS_FOLDER = QT_TRANSLATE_NOOP("kiosk", "{path} is a folder; please give a file name.")
OUT_NO_FOLDER = QT_TRANSLATE_NOOP("kiosk", "The folder {folder} does not exist.")
OUT_NOTHING_WRITTEN = QT_TRANSLATE_NOOP("kiosk", "Nothing could be written to {path}.")
OUT_REFUSED = QT_TRANSLATE_NOOP("kiosk", "Cannot write to {path}.")
OUT_REFUSED_BECAUSE = QT_TRANSLATE_NOOP("kiosk", "Cannot write to {path}: {reason}.")
# What the system says when a file cannot be read or written (glibc's strerror, in English: OSError.strerror),
# marked so a sentence carrying one as its {reason} says it in the kiosk's language, on screen and on the command
# line alike (both translate a sentence's words in this context).
SYSTEM_REASONS = (
    QT_TRANSLATE_NOOP("kiosk", "No such file or directory"),
    QT_TRANSLATE_NOOP("kiosk", "Permission denied"),
    QT_TRANSLATE_NOOP("kiosk", "Operation not permitted"),
    QT_TRANSLATE_NOOP("kiosk", "No space left on device"),
    QT_TRANSLATE_NOOP("kiosk", "Read-only file system"),
    QT_TRANSLATE_NOOP("kiosk", "Is a directory"),
    QT_TRANSLATE_NOOP("kiosk", "Not a directory"),
    QT_TRANSLATE_NOOP("kiosk", "File exists"),
    QT_TRANSLATE_NOOP("kiosk", "Input/output error"),
    QT_TRANSLATE_NOOP("kiosk", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("kiosk", "File too large"),
    QT_TRANSLATE_NOOP("kiosk", "File name too long"),
    QT_TRANSLATE_NOOP("kiosk", "Device or resource busy"),
    QT_TRANSLATE_NOOP("kiosk", "No such device"),
    QT_TRANSLATE_NOOP("kiosk", "No such device or address"),
    QT_TRANSLATE_NOOP("kiosk", "Invalid argument"),
    QT_TRANSLATE_NOOP("kiosk", "Directory not empty"),
    QT_TRANSLATE_NOOP("kiosk", "Too many open files"),
)
SYSTEM_PROBLEM = QT_TRANSLATE_NOOP("kiosk", "{reason} ({path}).")


def reason_of(error: OSError) -> str:
    """What the system said of `error`, as a sentence's {reason} (translated where it is said)."""
    return error.strerror or str(error)


def check_output(path: Path) -> Path:
    """A file name to write to: not a folder, in a folder that exists (else OutputProblem)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputProblem(OUT_IS_FOLDER, path=str(path))
    if not folder.is_dir():
        raise OutputProblem(OUT_NO_FOLDER, folder=str(folder))
    return path


class StoreProblem(Sentence, RuntimeError):
    """A known fault of the database file (full disk, read-only, corrupt, locked).

    The kiosk tells the person in plain words and keeps running; nothing that was
    acknowledged before is lost, because every acknowledged write was committed.
    `kind` is one of FAULTS (or "" when it is none of them): only "damaged" may set a file aside.
    """

    def __init__(self, template: str, *, kind: str = "", **params: Any):
        super().__init__(template, params)
        self.kind = kind


class NewerDatabaseError(StoreProblem):
    """The database was written by a newer Commons Table than this one."""


# What went wrong with the data file, by SQLite's own error code (never by its message's words).
FAULTS = ("damaged", "full", "readonly", "busy", "unreachable", "foreign", "running")
_PRIMARY = {
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "damaged",
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_PERM: "readonly",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_IOERR: "unreachable",
    sqlite3.SQLITE_CANTOPEN: "unreachable",
    sqlite3.SQLITE_NOLFS: "unreachable",
    sqlite3.SQLITE_AUTH: "unreachable",
}


def fault_of(error: BaseException) -> str | None:
    """The kind of fault an SQLite error is (see FAULTS), from its error code; None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    # Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, …) carry the primary code in the low byte.
    return _PRIMARY.get(code & 0xFF)
