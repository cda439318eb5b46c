"""A USB stick that does not answer never holds the window: a summary's export and a PDF of signs are written into
their folder on the saving thread (ui/saving.py). Before, the export and Save PDF wrote, synced and renamed on the
window's thread, so a slow or failing stick froze the kiosk for as long as it took.

The stick that does not answer is a FIFO where the export's file goes: opening it to write waits, as a stick's
write or sync does, until someone reads it (here: the test, once it has tapped elsewhere)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kiosk import export
from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from tests.gui.test_steward_paths_rtl import stick, tool  # noqa: F401 - the fixture, used by name
from ui.flow import Step


def stewards_summary(qtbot, market):
    market.set_setting(PIN_HASH, hash_pin("2468"))
    window = make_window(qtbot, market, (800, 480))
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    tap(tool(window, Step.SUMMARY))
    return window, window.screen_for(Step.SUMMARY)


def test_an_export_to_a_stick_that_does_not_answer_leaves_the_window_free(qtbot, demo_market, stick):  # noqa: F811
    window, summary = stewards_summary(qtbot, demo_market)
    waiting = stick / export.export_file_name(summary.summary, "csv")
    os.mkfifo(waiting)
    tap(summary.csv_button)
    assert not summary.csv_button.isEnabled()  # under way: a second tap cannot start it twice
    assert not window.notice.isVisible()  # nothing said yet: nothing is saved yet
    # The window answers taps meanwhile: back to the steward's page, and into the summary again.
    tap(summary.back)
    assert window.flow.step == Step.STEWARD
    tap(tool(window, Step.SUMMARY))
    assert window.flow.step == Step.SUMMARY and not summary.csv_button.isEnabled()
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(Path(waiting).read_bytes()))
    reader.start()  # the stick answers
    qtbot.waitUntil(summary.csv_button.isEnabled, timeout=20_000)
    reader.join(timeout=10)
    assert read and read[0].decode("utf-8-sig").startswith("category,")
    assert window.notice.isVisible() and "Saved" in window.notice.text.text()


def test_a_stick_that_refuses_is_said_plainly_and_the_button_comes_back(qtbot, demo_market, stick):  # noqa: F811
    window, summary = stewards_summary(qtbot, demo_market)
    (stick / export.export_file_name(summary.summary, "json")).mkdir()  # a folder where the file would go
    tap(summary.json_button)
    qtbot.waitUntil(summary.json_button.isEnabled, timeout=20_000)
    said = window.notice.text.text()
    assert window.notice.isVisible() and "Cannot write to" in said and "Is a directory" in said, said
    assert summary.last_saved is None
