"""The errors the core raises on purpose. Anything else escaping the core is a bug."""


class VisitorError(ValueError):
    """Bad input from a person at the table; `sentence` is fit to show them as it is."""

    def __init__(self, sentence: str, *, field: str = ""):
        super().__init__(sentence)
        self.sentence = sentence
        self.field = field


class StoreProblem(RuntimeError):
    """A known fault of the database file (full disk, read-only, corrupt, locked).

    The kiosk tells the person in plain words and keeps running; nothing that was
    acknowledged before is lost, because every acknowledged write was committed.
    """

    def __init__(self, sentence: str):
        super().__init__(sentence)
        self.sentence = sentence


class NewerDatabaseError(StoreProblem):
    """The database was written by a newer Commons Table than this one."""
