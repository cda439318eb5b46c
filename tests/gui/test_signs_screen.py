"""Steward area → Print signs, driven with taps: choose, preview, save a PDF, print."""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton

from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from kiosk.store import Market
from tests.gui.conftest import make_window, stand_in, tap, tap_to_save
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing import output, printers
from ui.printing import screen as signs_screen
from ui.printing.print_dialog import OnScreen


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_print_signs_opens_from_the_steward_area_with_a_preview(qtbot, signs):
    window, screen = signs
    assert not screen.preview.pixmap().isNull()
    tap(screen.kind_buttons["wanted"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "1 page")
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    # The preview is page one of what prints: a portrait tent on A4.
    image = screen._image
    assert image.height() > image.width()
    tap(screen.paper_buttons["letter"])
    assert window.market.setting("paper") == "letter"


def test_saving_a_pdf_puts_it_beside_the_data_file_and_says_where(qtbot, signs, db_path: Path):
    window, screen = signs
    tap(screen.kind_buttons["categories"])
    tap(screen.lang_buttons["es"])  # English and Spanish now
    assert window.market.setting("sign_languages") == ["en", "es"]
    tap_to_save(qtbot, screen.save_button)
    saved = screen.last_saved
    assert saved is not None and saved.parent == db_path.parent / "signs" and saved.is_file()
    assert window.notice.isVisible() and str(saved) in window.notice.text.text()
    assert "no USB drive" in window.notice.text.text()
    text = pdf_text(saved)
    assert "Plants & seeds" in text and "Plantas y semillas" in text
    tap(window.notice.answer_button("ok"))
    tap_to_save(qtbot, screen.save_button)  # a second save never overwrites the first
    assert screen.last_saved != saved and screen.last_saved.is_file() and saved.is_file()


def on_a_full_disk(monkeypatch, limit: int) -> None:
    from tests.unit.test_pdf_checked import disk_full_after

    real = output.write_whole

    def full(path, write):
        def limited(temp):
            with disk_full_after(limit):
                return write(temp)
        return real(path, limited)

    monkeypatch.setattr(output, "write_whole", full)


@pytest.mark.parametrize("limit", [0, 16_000])
def test_a_full_disk_is_never_called_saved(qtbot, signs, db_path: Path, monkeypatch, limit):
    window, screen = signs
    on_a_full_disk(monkeypatch, limit)
    tap_to_save(qtbot, screen.save_button)
    assert window.notice.isVisible()
    said = window.notice.text.text()
    assert "Saved" not in said and "could not be saved" in said and "incomplete" in said
    assert screen.last_saved is None
    assert not (db_path.parent / "signs").exists() or list((db_path.parent / "signs").iterdir()) == []


def test_a_full_disk_is_said_wholly_in_the_stewards_language(qtbot, signs, monkeypatch):
    window, screen = signs
    window.set_language("fr")
    on_a_full_disk(monkeypatch, 0)
    tap_to_save(qtbot, screen.save_button)
    said = window.notice.text.text()
    assert said.startswith("Le PDF n'a pas pu être enregistré dans "), said
    assert "(le PDF est sorti incomplet, le disque est peut-être plein" in said, said
    reason = said.rpartition(" (")[2]  # the folder's name says "full_disk" itself
    assert "incomplete" not in reason and "disk" not in reason, said


def test_a_usb_drive_gets_the_pdf_when_one_is_plugged_in(qtbot, signs, tmp_path: Path, monkeypatch):
    window, screen = signs
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    monkeypatch.setattr(signs_screen, "removable_folders", lambda: [stick])
    tap(screen.kind_buttons["here-now"])
    tap_to_save(qtbot, screen.save_button)
    assert screen.last_saved is not None and screen.last_saved.parent == stick
    assert "USB drive" in window.notice.text.text() and "no USB" not in window.notice.text.text()


def test_only_one_language_left_cannot_be_switched_off(signs):
    window, screen = signs
    assert screen.langs == ["en"]
    tap(screen.lang_buttons["en"])
    assert screen.langs == ["en"] and screen.lang_buttons["en"].isChecked()
    tap(screen.lang_buttons["es"])
    tap(screen.lang_buttons["en"])
    assert screen.langs == ["es"]


def test_the_steward_rewrites_the_welcome_words(signs):
    window, screen = signs
    tap(screen.kind_buttons["welcome"])
    assert screen.welcome_box.isVisible()
    screen.welcome_edits["en"].setText("  Free food,   free books.  ")
    tap(screen.save_words)
    assert window.market.setting("welcome_text") == {"en": "Free food, free books."}
    tap(window.notice.answer_button("ok"))
    tap(screen.default_words)
    assert window.market.setting("welcome_text") == {}


def test_print_sends_the_pages_to_the_printer_chosen_in_the_dialog(qtbot, signs, monkeypatch):
    from tests.gui.test_print_dialog_path import a_cups_queue, taken

    window, screen = signs
    sent: list[dict] = []
    monkeypatch.setattr(printers, "send_file", taken(sent))
    monkeypatch.setattr(OnScreen, "open", stand_in(lambda dialog: QPrintDialog.DialogCode.Accepted))
    a_cups_queue(monkeypatch, "Office laser")
    tap(screen.kind_buttons["wanted"])
    qtbot.waitUntil(screen.other_printer_button.isEnabled)  # once CUPS has answered the printers' thread
    tap(screen.other_printer_button)  # Qt's dialog opens once CUPS has answered the printers' thread again
    qtbot.waitUntil(lambda: "Sent 1 page to the printer." in window.notice.text.text())
    assert [job["printer"] for job in sent] == ["Office laser"] and "Winter boots" in sent[0]["text"]


def test_without_a_default_printer_print_opens_the_system_dialog(qtbot, signs, monkeypatch):
    window, screen = signs
    monkeypatch.setattr(printers, "default_printer", lambda: "")  # asked on the printers' thread
    opened = []
    monkeypatch.setattr(OnScreen, "open", stand_in(lambda dialog: opened.append(dialog) or 0))
    qtbot.waitUntil(lambda: not screen.printer.asking)
    screen.printer.look_up()
    qtbot.waitUntil(lambda: screen.print_button.text() == "Print…")
    tap(screen.print_button)
    qtbot.waitUntil(lambda: len(opened) == 1)  # once CUPS has answered the printers' thread again
    assert not window.notice.isVisible()  # cancelled: nothing sent


def test_all_pages_opens_qts_preview_of_every_page_sized_for_touch(qtbot, signs):
    window, screen = signs
    tap(screen.kind_buttons["tents"])
    qtbot.waitUntil(lambda: screen.pages_label.text() == "13 pages")
    tap(screen.every_page_button)
    gc.collect()  # nothing the preview borrows may go with Python's garbage
    qtbot.waitUntil(lambda: screen.preview_dialog is not None)  # its QPrinter is made once CUPS has answered
    dialog = screen.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.pages.pageCount() == 13)
    assert dialog.width() >= window.width() * 0.9 and dialog.height() >= window.height() * 0.9
    tools = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert len(tools) == 5 and all(b.height() >= 64 and b.text() and not b.icon().isNull() for b in tools)
    assert dialog.where.text() == "Page 1 of 13" and not dialog.previous_button.isEnabled()
    tap(dialog.next_button)
    tap(dialog.next_button)
    assert dialog.pages.currentPage() == 3 and dialog.where.text() == "Page 3 of 13"
    tap(dialog.closer_button)  # the page as wide as the preview: bigger than the whole page was
    assert dialog.pages.zoomMode() == dialog.pages.ZoomMode.FitToWidth and dialog.pages.currentPage() == 3
    tap(dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # kept for another look while the steward is on this screen


@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
def test_every_control_is_a_touch_target_at_both_screen_sizes(qtbot, demo_market: Market, size):
    window = make_window(qtbot, demo_market, size)
    window.show_for_screenshot(Step.SIGNS)
    screen = window.screen_for(Step.SIGNS)
    qtbot.wait(20)
    for b in [*screen.kind_buttons.values(), *screen.paper_buttons.values(), *screen.lang_buttons.values(),
              screen.print_button, screen.every_page_button, screen.other_printer_button, screen.save_button]:
        assert b.height() >= 64 and b.accessibleName(), b.text()
    assert screen.save_button.geometry().bottom() <= screen.height()


def test_a_steward_picks_which_categories_get_signs(qtbot, signs):
    window, screen = signs
    tap(screen.kind_buttons["categories"])
    assert not screen.pick_box.isVisible()
    tap(screen.scope_chosen)
    assert screen.pick_box.isVisible()
    tap(screen.pick_buttons["tools"])
    tap(screen.pick_buttons["books"])
    assert window.market.setting("sign_chosen_categories") == ["books", "tools"]
    qtbot.waitUntil(lambda: screen.pages_label.text() == "2 pages")
    tap_to_save(qtbot, screen.save_button)
    text = pdf_text(screen.last_saved)
    assert "Books" in text and "Tools" in text
    assert "Clothes" not in text and "Kitchen" not in text
    tap(window.notice.answer_button("ok"))
    tap(screen.pick_buttons["books"])  # un-picked
    qtbot.waitUntil(lambda: screen.pages_label.text() == "1 page")


def test_skill_cards_with_contacts_are_only_printed_never_saved(qtbot, signs, db_path: Path):
    window, screen = signs
    assert any(o.contact for o in window.market.skill_offers())
    tap(screen.kind_buttons["skill-cards"])
    tap_to_save(qtbot, screen.save_button)
    assert window.notice.isVisible() and "only printed" in window.notice.text.text()
    assert screen.last_saved is None
    folder = db_path.parent / "signs"
    assert not folder.exists() or list(folder.iterdir()) == []
    tap(window.notice.answer_button("ok"))
    with window.market.db.transaction():  # without contacts the cards are only words: a file is fine
        window.market.db.execute("UPDATE skill_offers SET contact = NULL")
    tap_to_save(qtbot, screen.save_button)
    assert screen.last_saved is not None and screen.last_saved.is_file()


def test_signs_saved_from_the_spanish_screens_are_in_spanish(qtbot, demo_market: Market, monkeypatch):
    from tests.gui.conftest import choose_language

    monkeypatch.setattr(signs_screen, "removable_folders", lambda: [])
    demo_market.set_setting(PIN_HASH, hash_pin("2468"))  # set beforehand, as `set-pin` does
    window = make_window(qtbot, demo_market)
    choose_language(window, "es")
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.SIGNS)
    tap(screen.open_button)
    assert [lang for lang, b in screen.lang_buttons.items() if b.isChecked()] == ["es"]
    tap(screen.kind_buttons["welcome"])
    tap_to_save(qtbot, screen.save_button)
    text = pdf_text(screen.last_saved)
    assert "Bienvenida" in text and "Todo aquí es gratis" in text
    assert "Welcome" not in text and "Everything here is free" not in text
