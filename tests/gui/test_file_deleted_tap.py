"""A visitor's tap after the data file was deleted under the running kiosk: "Thank you — it's on the table!" was
said, and nothing of it (nor of what came before) was there at the next start. The tap now says plainly that it
was not saved, the kiosk keeps going, and what it held is kept whole beside the name, for its next start."""

from __future__ import annotations

import os
import sqlite3

from tests.gui.conftest import make_window, tap
from ui.flow import Step


def test_a_tap_after_the_data_file_was_deleted_is_not_called_saved(qtbot, market, db_path):
    market.ensure_event()
    market.list_item("books", 1, "Listed before")
    window = make_window(qtbot, market, (800, 480))
    os.unlink(db_path)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    bring = window.screen_for(Step.BRING)
    tap(bring.categories.tiles["shoes"])
    tap(bring.done)
    assert window.flow.step != Step.THANKS
    assert window.notice.isVisible() and "not saved" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    window.go_home()  # the kiosk keeps going
    assert window.flow.step == Step.HOME
    [kept] = db_path.parent.glob("table.db.kept-*/table.db")  # what it held, whole, for its next start
    copy = sqlite3.connect(kept)
    try:
        assert [row[0] for row in copy.execute("SELECT title FROM items")] == ["Listed before"]
    finally:
        copy.close()
