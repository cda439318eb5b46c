"""Skills share screens: offer a skill with taps and see its code, browse offers, set the gathering."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.skills import vevent
from kiosk.store import skills as skill_store
from tests.gui.conftest import choose_language, make_window, tap
from tests.qr import read_qr
from ui.flow import Step


def decode(image: QImage) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return [r.text for r in read_qr(Image.open(io.BytesIO(bytes(buffer.data()))))]


def on_screen_code(window) -> list[str]:
    qr = window.screen_for(Step.SKILL_QR).qr
    return decode(qr.grab().toImage())


def library(market):
    return skill_store.save_gathering(market, "Skills share", "2026-12-12", "14:00", "17:00", "Library", "")


def test_offer_a_skill_from_home_to_its_code_on_screen(qtbot, window):
    library(window.market)
    tap(window.screen_for(Step.HOME).tiles[Step.SKILLS])
    assert window.flow.step == Step.SKILLS
    tap(window.screen_for(Step.SKILLS).offer_button)
    assert window.flow.step == Step.SKILL_OFFER
    offer = window.screen_for(Step.SKILL_OFFER)
    tap(offer.skill_buttons["bike"])
    assert offer.title_edit.text() == "Bike repair" and offer.skill_buttons["bike"].isChecked()
    tap(offer.words_edit)
    QTest.keyClicks(offer.words_edit, "Bring your bike")
    tap(offer.when_buttons["weekends"])
    tap(offer.when_buttons["at_skills_share"])
    tap(offer.contact_edit)
    QTest.keyClicks(offer.contact_edit, "Signal @sam")
    tap(offer.save)
    assert window.flow.step == Step.SKILL_QR
    expected = ("Skill offer\nBike repair\nBring your bike\nWhen: weekends, at the skills-share\n"
                "Skills share: Sat 12 Dec 2026, 14:00–17:00, Library\nContact: Signal @sam")
    assert on_screen_code(window) == [expected]
    saved = window.market.skill_offers()
    assert [(o.title, o.description, o.when, o.contact) for o in saved] == \
        [("Bike repair", "Bring your bike", ("weekends", "at_skills_share"), "Signal @sam")]
    # The half-typed form was cleared for the next person.
    assert offer.title_edit.text() == "" and not offer.when_buttons["weekends"].isChecked()
    tap(window.screen_for(Step.SKILL_QR).all_skills)
    assert window.flow.step == Step.SKILLS


def test_code_on_screen_keeps_emoji_accents_and_right_to_left_text(qtbot, window):
    library(window.market)
    choose_language(window, "es")  # Spanish: the words inside the code follow the visitor's language
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    offer.title_edit.setText("Cocina árabe 🍲 מטבח")
    offer.words_edit.setText("Ñoquis, falafel y שקשוקה 👩🏽‍🍳")
    tap(offer.when_buttons["weekday_evenings"])
    tap(offer.save)
    assert window.flow.step == Step.SKILL_QR
    assert on_screen_code(window) == ["Oferta de saber\nCocina árabe 🍲 מטבח\nÑoquis, falafel y שקשוקה 👩🏽‍🍳\n"
                                      "Cuándo: tardes entre semana\n"
                                      "Encuentro de saberes: sáb 12 dic 2026, 14:00–17:00, Library"]


def test_an_overlong_offer_is_refused_with_a_clear_message(qtbot, window):
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    offer.title_edit.setText("Soup 🍲" * 11)
    offer.contact_edit.setText("call me on " + "📞" * 100)
    tap(offer.save)
    assert window.notice.isVisible()
    assert "too long for a code a phone can read" in window.notice.text.text()
    assert window.flow.step == Step.SKILL_OFFER and window.market.skill_offers() == []
    tap(window.notice.answer_button("ok"))
    assert offer.title_edit.text().startswith("Soup")  # nothing typed is lost


def all_text(widget: QWidget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)]
    parts += [w.accessibleName() for w in widget.findChildren(QWidget)]
    return "\n".join(parts)


def test_the_list_never_shows_a_contact_and_each_offer_opens_to_its_code(qtbot, demo_market):
    window = make_window(qtbot, demo_market)
    window.go(Step.SKILLS)
    skills = window.screen_for(Step.SKILLS)
    model = skills.model
    assert model.rowCount() == 4
    roles = range(0, 300)
    shown = [str(model.data(model.index(n), role)) for n in range(model.rowCount()) for role in roles]
    assert not any("wrench" in text for text in shown)
    assert "wrench" not in all_text(skills)
    index = skills.offer_row("Bike repair")
    skills.view.scrollTo(index)
    QTest.mouseClick(skills.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     skills.view.visualRect(index).center())
    assert window.flow.step == Step.SKILL_QR
    screen = window.screen_for(Step.SKILL_QR)
    assert screen.heading.text() == "Bike repair"
    assert "wrench" not in all_text(screen)
    # Opened from the public list, anyone may scan it: the code leaves the contact out.
    assert on_screen_code(window) == ["Skill offer\nBike repair\nBring your bike; I'll show you how to fix a flat "
                                      "and adjust brakes.\nWhen: weekends, at the skills-share"]


def test_idle_time_forgets_a_half_typed_offer(qtbot, window):
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    offer.contact_edit.setText("555-0101")
    tap(offer.forget)
    window.idle_reset()
    assert window.flow.step == Step.HOME
    assert offer.contact_edit.text() == "" and not offer.forget.isChecked()


def open_gathering(window):
    window.go(Step.PIN)
    window.go(Step.STEWARD)
    steward = window.screen_for(Step.STEWARD)
    gathering = window.screen_for(Step.GATHERING)
    assert steward.action_grid.indexOf(gathering.open_button) >= 0
    tap(gathering.open_button)
    assert window.flow.step == Step.GATHERING
    return gathering


def test_steward_sets_the_gathering_with_taps_and_its_code_is_a_calendar_event(qtbot, window, clock):
    window.market.open_event("Free Market", "Garden")
    screen = open_gathering(window)
    # Proposed: the Saturday after next (the clock says Saturday 28 November), 14:00–17:00, the market's place.
    assert screen.day.value.text() == "Sat 5 Dec 2026"
    assert screen.place_edit.text() == "Garden"
    assert not screen.qr.payload  # nothing saved yet, so no code to scan
    for _ in range(7):
        tap(screen.day.more)
    tap(screen.week_less)
    tap(screen.week_more)
    tap(screen.start.more)
    tap(screen.start.more)  # 14:30, and the end moves with it: 17:30
    tap(screen.end.less)  # 17:15
    screen.place_edit.clear()
    tap(screen.place_edit)
    QTest.keyClicks(screen.place_edit, "Library, room 2; upstairs")
    tap(screen.note_edit)
    QTest.keyClicks(screen.note_edit, "Bring a snack")
    tap(screen.save)
    saved = skill_store.gathering(window.market)
    assert (saved.date, saved.start, saved.end, saved.place, saved.note) == \
        ("2026-12-12", "14:30", "17:15", "Library, room 2; upstairs", "Bring a snack")
    tap(window.notice.answer_button("ok"))
    codes = decode(screen.qr.grab().toImage())
    assert codes == [vevent(saved)]
    event = icalendar.Event.from_ical(codes[0])
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 12, 14, 30)
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 12, 17, 15)
    assert str(event["SUMMARY"]) == "Skills share"
    assert str(event["LOCATION"]) == "Library, room 2; upstairs"


def test_times_never_cross(qtbot, window):
    screen = open_gathering(window)
    for _ in range(20):
        if screen.end.less.isEnabled():
            tap(screen.end.less)
    assert screen.draft.start == "14:00" and screen.draft.end == "14:15"
    assert not screen.end.less.isEnabled()


def controls(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if isinstance(w, (QPushButton, QLineEdit)) and w.isVisible()]


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
@pytest.mark.parametrize("step", [Step.SKILLS, Step.SKILL_OFFER, Step.SKILL_QR, Step.GATHERING])
def test_screens_fit_and_every_control_is_big_and_named(qtbot, demo_market, size, step):
    window = make_window(qtbot, demo_market, size)
    window.show_for_screenshot(step)
    qtbot.wait(20)
    screen = window.screen_for(step)
    found = controls(screen)
    assert found
    for control in found:
        assert control.height() >= 64, control.accessibleName()
        assert control.accessibleName(), control
        right = control.mapTo(window, control.rect().topRight()).x()
        assert right <= window.width(), control.accessibleName()
    if step == Step.SKILL_QR:
        qr = screen.qr.code_rect()
        assert qr.width() >= (300 if size[0] < 1000 else 700)
        assert len(on_screen_code(window)) == 1
