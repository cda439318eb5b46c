"""The open data file: the store's one way to SQLite (kiosk/store/database.py opens it)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class DataFile:
    """An open data file: one SQLite connection in autocommit mode (a lone statement commits itself), with
    transaction() to make several statements one change. The store's only way to the file."""

    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None  # no transactions opened behind our back: transaction() says where they are
        self.conn = conn
        self._depth = 0
        # Asked before each change (a transaction, or a lone INSERT, UPDATE, DELETE or REPLACE): raises when the
        # change must not be made (kiosk/store/database.py: the file was deleted or replaced under the kiosk).
        self.guard: Callable[[], None] | None = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        if self.guard is not None and not self.conn.in_transaction and _WRITES.match(sql):
            self.guard()
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Iterator[dict[str, Any]]:
        """The rows a SELECT returns, each as a dict by column name."""
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def script(self, sql: str) -> None:
        """Run each statement of `sql` in turn, inside the transaction there is (unlike executescript)."""
        statement = ""
        for piece in sql.split(";"):
            statement += piece + ";"
            if sqlite3.complete_statement(statement):  # not a ";" inside a string or a trigger's body
                if statement.strip("; \n"):
                    self.conn.execute(statement)
                statement = ""

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One change of several statements, committed at the end of the block, rolled back if it raises. A
        block inside another is a savepoint: undone alone if it raises, committed with the outer one.

        It takes the file's write lock at its start (BEGIN IMMEDIATE), waiting its turn like a lone write. A
        deferred transaction that read first could not write once another process (a command beside the kiosk)
        had written meanwhile: SQLite refuses that at once ("busy"), without waiting."""
        if self.conn.in_transaction:
            self._depth += 1
            name = f"inner_{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the whole transaction already
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        if self.guard is not None:
            self.guard()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def tables(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
