"""Run by test_cups.py in its own process, with CUPS_SERVER pointing at the test's cupsd: a steward makes a food
label and taps Print once for each of the four papers; the labels go to the default printer."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.pin import hash_pin
from kiosk.store import Market
from kiosk.store.steward import set_pin_hash
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing.labels import PAPER_NAMES


def test_one_tap_prints_the_food_labels_on_each_paper(qtbot, market: Market):
    queue = os.environ["COMMONS_TABLE_TEST_QUEUE"]
    market.set_setting("sign_languages", ["ar", "en"])  # two languages, Arabic laying the label out
    set_pin_hash(market, hash_pin("2468"))
    window = make_window(qtbot, market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.FOOD_LABELS)
    tap(screen.open_button)
    screen.what_edit.setText("Lentil soup")
    tap(screen.allergen_buttons["gluten"])
    tap(screen.diet_buttons["vegan"])
    sent = []
    qtbot.waitUntil(lambda: queue in screen.print_button.accessibleDescription())  # asked of CUPS on its thread
    for paper in PAPER_NAMES:
        tap(screen.paper_buttons[paper])
        tap(screen.print_button)  # the default printer: no dialog
        qtbot.waitUntil(lambda: "Sent" in window.notice.text.text(), timeout=60_000)  # sent on the printers' thread
        notice = window.notice.text.text()
        tap(window.notice.answer_button("ok"))
        assert "Sent 1 label to the printer." in notice, notice
        sent.append(f"{paper} {screen.page_count}")
    Path(os.environ["COMMONS_TABLE_TEST_PAGES"]).write_text("\n".join(sent))
