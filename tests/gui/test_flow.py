"""The flow carries Steps, and a payload into the screen it enters: no screen reaches into another."""

from __future__ import annotations

import pytest

from kiosk.domain import Item, Listed
from tests.gui.conftest import tap
from ui.flow import KioskFlow, ShowOffer, ShowOnly, Step


def test_a_move_carries_its_steps_and_payload(qapp):
    flow = KioskFlow()
    moves: list[tuple[object, object, object]] = []
    flow.moved.connect(lambda before, to, payload: moves.append((before, to, payload)))
    listed = Listed(Item(7, 1, "books", "Atlas", 1, 1), 0)
    flow.go(Step.BRING)
    flow.go(Step.THANKS, listed)
    assert moves == [(Step.HOME, Step.BRING, None), (Step.BRING, Step.THANKS, listed)]
    assert all(type(before) is Step and type(to) is Step for before, to, _ in moves)


@pytest.mark.parametrize(("to", "payload"), [(Step.BRING, ShowOnly(frozenset({1}))),
                                             (Step.SKILLS, ShowOffer(1))])
def test_a_step_refuses_a_payload_it_does_not_take(qapp, to, payload):
    flow = KioskFlow()
    flow.go(Step.HOME)
    with pytest.raises(TypeError):
        flow.go(to, payload)
    assert flow.step == Step.HOME


def test_the_thank_you_gets_what_was_listed_with_the_move(qtbot, window):
    window.go(Step.BRING)
    bring = window.screen_for(Step.BRING)
    bring.pick_category("books")
    bring.title_edit.setText("Atlas of the sea")
    tap(bring.done)
    thanks = window.screen_for(Step.THANKS)
    assert window.flow.step == Step.THANKS and thanks.what.text() == "1 × Atlas of the sea"
    assert window.undo_bar.isVisible()
