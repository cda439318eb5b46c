"""Run by test_cups_spool.py in its own process, with CUPS_SERVER pointing at the test's cupsd (libcups reads it
once per process): a person offers a skill with a contact, a steward taps Print on the skill cards and the cards
go to the default printer through the kiosk's own printer path, which asks CUPS to purge the job once printed
(unless COMMONS_TABLE_TEST_NO_PURGE takes that away)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ui.printing.screen
from kiosk.demo import fill_demo
from kiosk.pin import hash_pin
from kiosk.store import open_market
from kiosk.store.steward import set_pin_hash
from tests.gui.conftest import make_window, tap
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import spool


@pytest.fixture
def shared_market():
    """The test's data file (the real clock: the test that started this process closes the market later)."""
    market = open_market(Path(os.environ["COMMONS_TABLE_TEST_DB"]))
    yield market
    market.close()


def test_one_tap_prints_the_skill_cards_with_a_contact_on_the_default_printer(shared_market, qtbot, monkeypatch):
    queue, contact = os.environ["COMMONS_TABLE_TEST_QUEUE"], os.environ["COMMONS_TABLE_TEST_CONTACT"]
    if os.environ.get("COMMONS_TABLE_TEST_NO_PURGE"):  # the kiosk's own protection taken away
        monkeypatch.setattr(ui.printing.screen, "purge_when_done", lambda title: None)
    market = shared_market
    fill_demo(market)
    market.offer_skill("Bicycle brakes", "Bring the bike", ["weekends"], contact)
    set_pin_hash(market, hash_pin("2468"))
    window = make_window(qtbot, market)
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    tap(screen.kind_buttons["skill-cards"])
    cards = len(market.skill_offers())
    qtbot.waitUntil(lambda: screen.page_count == -(-cards // 8))  # eight cards a page
    qtbot.waitUntil(lambda: queue in screen.print_button.accessibleDescription())  # asked of CUPS on its thread
    tap(screen.print_button)  # one tap, no dialog
    qtbot.waitUntil(lambda: "Sent" in window.notice.text.text(), timeout=60_000)  # sent on the printers' thread
    notice = window.notice.text.text()
    assert f"Sent {screen.page_count} page" in notice, notice
    assert any(o.contact == contact for o in market.skill_offers())  # kept on the card until the market closes
    # The kiosk asks CUPS to purge the job once printed, on a thread of its own: it finishes before this
    # process ends (a kiosk runs on; this test's process does not).
    for thread in spool.purging:
        thread.join(timeout=180)
        assert not thread.is_alive()
