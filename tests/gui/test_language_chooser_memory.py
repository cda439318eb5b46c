"""The language chooser leaves nothing behind (issue 25): a visitor opens it and changes language all day.
Structure only (timings live in benchmarks/run): which widgets are alive, which pictures were drawn anew.

Measured before this test: every opening made four new answer buttons (the old ones were only asked for
deletion) and a new notice pictogram (kept by Qt's pixmap cache): +25 MB per 200 changes through the chooser
where the event loop did not get round to deleting, and up to 10 MB of cached pictures where it did."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import choose_language, make_window, tap
from ui.flow import Step


def alive(window) -> set[tuple[int, str]]:
    """Every widget of the window, by its C++ address and class (Python's wrappers come and go). Only this
    window's: an earlier test's window in the same process may still be going, its widgets deleted meanwhile."""
    return {(shiboken6.getCppPointer(w)[0], type(w).__name__) for w in QApplication.allWidgets()
            if w is window or window.isAncestorOf(w)}


def test_opening_and_closing_the_chooser_leaves_no_widget_behind(qtbot, market):
    window = make_window(qtbot, market)
    tap(window.language_button)
    window.notice.dismiss()
    before = alive(window)
    picture = window.notice.pictogram.pixmap().cacheKey()
    for _ in range(12):
        tap(window.language_button)
        assert window.notice.isVisible() and window.notice.answer_button("es") is not None
        window.notice.dismiss()
    # Nothing is left to a later deletion either: what is alive now is what was alive before.
    assert alive(window) == before
    assert window.notice.pictogram.pixmap().cacheKey() == picture, "the notice's pictogram was drawn anew"


def test_a_language_change_through_the_chooser_creates_no_widget(qtbot, demo_market):
    window = make_window(qtbot, demo_market)
    for step in (Step.BROWSE, Step.WANTED, Step.HOME):  # the screens a visitor has seen are built
        window.go(step)
    choose_language(window, "es")
    choose_language(window, "en")
    before = alive(window)
    for lang in ("ar", "fr", "es", "en") * 3:
        choose_language(window, lang)
        assert window.lang == lang
    assert alive(window) == before
    # The chooser still offers every language, the one in use first, each button answering with its own.
    tap(window.language_button)
    offered = [window.notice.answer_button(lang) for lang in ("en", "es", "fr", "ar")]
    assert all(b is not None and b.isVisible() for b in offered)
    assert window.notice.buttons.itemAt(0).widget() is offered[0]
    tap(offered[3])
    assert window.lang == "ar" and not window.notice.isVisible()


def test_a_shorter_message_after_the_chooser_shows_only_its_own_answers(qtbot, market):
    window = make_window(qtbot, market)
    tap(window.language_button)
    window.notice.dismiss()
    window.tell("Done.")
    assert window.notice.answer_button("ok") is not None and window.notice.answer_button("ok").isVisible()
    assert window.notice.answer_button("es") is None  # the chooser's other buttons are hidden, not answering
    shown = [window.notice.buttons.itemAt(n).widget() for n in range(window.notice.buttons.count())]
    assert [b.property("answer") for b in shown if b.isVisible()] == ["ok"]
    tap(window.notice.answer_button("ok"))
    assert not window.notice.isVisible()


def test_a_language_change_reads_no_past_market_while_market_days_is_hidden(qtbot, demo_market, monkeypatch):
    """Market days lists every past market with what it brought: a visitor's language change rebuilt and read
    them all while a steward's screen was not even on show."""
    from kiosk.store import summary as summary_store

    event = demo_market.current_event()
    demo_market.close_event(event.id, "kept")
    demo_market.open_event("The next one", "", "2026-12-05")
    window = make_window(qtbot, demo_market)
    window.build_everything()
    reads: list[int] = []
    original = summary_store.past_markets
    monkeypatch.setattr(summary_store, "past_markets", lambda market, most: (
        reads.extend(p.event.id for p in original(market, most)), original(market, most))[1])
    choose_language(window, "es")
    choose_language(window, "en")
    assert reads == []
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    window.go(Step.EVENTS)  # on show: the past market is read now
    assert reads == [event.id]
    choose_language(window, "es")  # and again in the new words while it is on show
    assert reads == [event.id, event.id]
