"""Unexpected errors become a plain message; the window keeps working."""

from __future__ import annotations

import sys

import pytest

from kiosk.errors import StoreProblem
from tests.gui.conftest import tap
from ui.app import install_excepthook
from ui.flow import Step


@pytest.fixture
def hooked(window):
    before = sys.excepthook
    install_excepthook(window)
    yield window
    sys.excepthook = before


def test_a_bug_shows_a_plain_message_and_the_kiosk_goes_on(hooked):
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert hooked.notice.isVisible()
    assert "something went wrong" in hooked.notice.text.text()
    assert "ZeroDivision" not in hooked.notice.text.text()
    tap(hooked.notice.answer_button("ok"))
    tap(hooked.screen_for(Step.HOME).tiles[Step.BROWSE])
    assert hooked.flow.step == Step.BROWSE


def test_a_full_disk_is_told_in_plain_words(window, monkeypatch):
    def full(*args, **kwargs):
        raise StoreProblem("The kiosk's storage is full, so this was not saved. Please tell a steward.")

    monkeypatch.setattr(window.market, "set_setting", full)
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    tap(steward.idle_more)
    assert window.notice.isVisible() and "storage is full" in window.notice.text.text()
    assert window.idle_seconds == 60  # not changed, since it was not saved


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
def test_a_long_notice_is_never_cut_off(qtbot, market, size):
    from tests.gui.conftest import make_window

    window = make_window(qtbot, market, size)
    window.offer_demo(lambda: None)
    qtbot.wait(20)
    text = window.notice.text
    assert text.height() >= text.heightForWidth(text.width()), "the words are cut off"
    card = window.notice.card
    corner = card.mapTo(window, card.rect().bottomRight())
    assert window.rect().contains(card.mapTo(window, card.rect().topLeft())) and window.rect().contains(corner)
    for key in ("yes", "no"):
        assert window.notice.answer_button(key).height() >= 64


def test_the_cores_sentences_are_told_in_the_visitors_language(window):
    window.set_language("es")
    window.attempt(window.market.list_item, "books", 5000)
    assert window.notice.text.text() == "5000 es más de lo que la mesa puede contar: elige hasta 999, o «muchos»."
    window.attempt(window.market.post_want, "shoes", "x" * 81)
    assert window.notice.text.text() == \
        "El título: tiene demasiados caracteres (81; como máximo 80). Acórtalo, por favor."
    window.set_language("en")
    window.attempt(window.market.post_want, "shoes", "x" * 81)
    assert window.notice.text.text() == "The title is too long: 81 characters, 80 at most. Please shorten it."


def test_a_data_file_the_kiosk_cannot_write_is_explained_on_screen(qtbot, tmp_path):
    from kiosk.errors import StoreProblem
    from ui.app import open_market_or_recover, problem_window

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    db_path = blocked / "market.db"  # its folder cannot even be made
    with pytest.raises((StoreProblem, OSError)) as failure:
        open_market_or_recover(db_path)
    window = problem_window(failure.value, db_path)
    qtbot.addWidget(window)
    window.show()
    assert str(db_path) in window.problem_text.text()
    assert window.close_button.height() >= 64 and window.close_button.accessibleName()
    tap(window.close_button)
    assert not window.isVisible()
