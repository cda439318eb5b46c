"""Whose contact a skill's code holds, said plainly: the offerer hears that their own code carries it; a
visitor opening an offer from the list hears how to reach the person (their printed card, the skills share)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import make_window, tap
from ui.flow import Step


def test_the_offerer_hears_that_their_code_carries_their_contact(qtbot, market):
    market.ensure_event()
    window = make_window(qtbot, market)
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    tap(offer.skill_buttons["sewing"])
    offer.contact_edit.setText("Signal @sam")
    tap(offer.save)
    qr = window.screen_for(Step.SKILL_QR)
    assert window.step == Step.SKILL_QR and qr.reach.isVisibleTo(qr)
    assert "your contact" in qr.reach.text()
    assert "Signal @sam" not in qr.reach.text()  # said, not shown again to whoever stands behind


def test_a_visitor_reading_an_offer_hears_how_to_reach_the_person(qtbot, market):
    market.ensure_event()
    market.offer_skill("Sewing and mending", "Patches, hems", ("at_skills_share",), contact="555-0101")
    market.offer_skill("Juggling", "", ("weekends",))
    window = make_window(qtbot, market)
    window.go(Step.SKILLS)
    skills = window.screen_for(Step.SKILLS)
    qr = window.screen_for(Step.SKILL_QR)
    for title, words in (("Sewing and mending", "printed card at the skills share"),
                         ("Juggling", "meet them at the skills share")):
        window.go(Step.SKILLS)
        index = skills.offer_row(title)
        QTest.mouseClick(skills.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         skills.view.visualRect(index).center())
        assert window.step == Step.SKILL_QR and qr.heading.text() == title
        assert words in qr.reach.text() and "555" not in qr.reach.text()
