"""The bring page's allergens say "Contains"; the food labels screen, from the steward area and from a row."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from kiosk.catalog import ALLERGEN_KEYS, COMMON_ALLERGENS
from kiosk.pin import hash_pin
from kiosk.settings import PIN_HASH
from tests.gui.conftest import choose_language, make_window, stand_in, tap, tap_to_save
from tests.gui.test_steward import type_pin
from ui.flow import Step
from ui.printing.print_dialog import OnScreen


@pytest.mark.parametrize(("lang", "contains"), [("en", "Contains"), ("es", "Contiene"), ("fr", "Contient"),
                                                 ("ar", "يحتوي على")])
def test_every_allergen_on_the_bring_page_says_contains_and_the_rare_ones_are_one_tap_away(qtbot, window, lang,
                                                                                          contains):
    if lang != "en":
        choose_language(window, lang)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = window.screen_for(Step.BRING)
    tap(screen.categories.tiles["food_ready"])
    for key in ALLERGEN_KEYS:
        assert screen.tag_buttons[key].text().startswith(contains), (key, screen.tag_buttons[key].text())
    shown = [key for key in ALLERGEN_KEYS if screen.tag_buttons[key].isVisible()]
    assert shown == list(COMMON_ALLERGENS)  # the common ones first; the page stays quick
    tap(screen.more_allergens)
    assert all(screen.tag_buttons[key].isVisible() for key in ALLERGEN_KEYS)
    tap(screen.tag_buttons["sesame"])
    tap(screen.tag_buttons["gluten"])
    tap(screen.done)
    assert window.market.available()[0].tags == ("gluten", "sesame")
    browse = window.screen_for(Step.BROWSE)
    window.go(Step.BROWSE)
    badges = [words for words, _, _ in browse.look(browse.proxy.index(0, 0)).badges]
    assert any(b.startswith(contains) for b in badges)
    assert browse.legend.text().startswith(contains)


def open_labels(qtbot, window):
    window.market.set_setting(PIN_HASH, hash_pin("2468"))
    tap(window.steward_button)
    type_pin(window.screen_for(Step.PIN), "2468")
    screen = window.screen_for(Step.FOOD_LABELS)
    tap(screen.open_button)
    assert window.flow.step == Step.FOOD_LABELS
    return screen


def test_a_steward_makes_labels_by_taps_and_saves_them_on_the_paper_chosen(qtbot, market, tmp_path, monkeypatch):
    import ui.printing.label_screen as label_screen

    monkeypatch.setattr(label_screen, "removable_folders", lambda: [tmp_path])  # a USB stick is in
    window = make_window(qtbot, market, (800, 480))
    screen = open_labels(qtbot, window)
    today = market.clock().date()
    tap(screen.kind_buttons["bread"])
    assert screen.draft.eat_by == today + dt.timedelta(days=3)  # bread: 3 days
    tap(screen.kind_buttons["eat_today"])
    assert screen.draft.eat_by == today
    assert not screen.eat_day.less.isEnabled()  # never before the day it was made
    tap(screen.kind_buttons["cooked"])
    for _ in range(9):
        if screen.eat_day.more.isEnabled():
            tap(screen.eat_day.more)
    assert screen.draft.eat_by == today + dt.timedelta(days=7)  # never past seven days
    tap(screen.rescued_button)
    tap(screen.made_day.less)
    assert screen.draft.made_on == today - dt.timedelta(days=1)
    assert not screen.made_day.more.isEnabled() or screen.draft.made_on < today
    screen.what_edit.setText("Lentil soup")
    assert not screen.allergen_buttons["celery"].isVisible()
    tap(screen.more_allergens)
    tap(screen.allergen_buttons["celery"])
    tap(screen.diet_buttons["vegan"])
    tap(screen.more)
    tap(screen.more)
    tap(screen.paper_buttons["dymo-99012"])
    qtbot.waitUntil(lambda: not screen.preview.pixmap().isNull())  # the label as it will look
    assert screen.preview.pixmap().width() > screen.preview.pixmap().height()  # 89 x 36 mm, across
    assert screen.print_button.isVisible() and screen.print_button.visibleRegion().boundingRect().height() > 0
    tap_to_save(qtbot, screen.save_button)
    saved = screen.last_saved
    assert saved is not None and saved.parent == tmp_path and "dymo-99012" in saved.name
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info)[1]) == 3  # three labels, one a page on a label printer
    size = tuple(round(float(v)) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert size == (252, 102)
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lentil soup" in text and "Contains:" in text and "celery" in text and "Rescued on" in text
    eat_by = today - dt.timedelta(days=1) + dt.timedelta(days=7)
    assert f"Eat by {eat_by.day} {eat_by.strftime('%b')} {eat_by.year}" in text  # a date, never "7 days"
    assert not re.search(r"\d{1,2}:\d{2}", text)  # no time finer than the day


def test_a_food_things_row_prints_its_label_without_the_pin_and_goes_back_to_the_list(qtbot, window):
    window.market.list_item("food_ready", 3, "Flan", tags=["dairy", "egg"], perishable=True)
    window.market.list_item("books", 1, "Atlas")
    window.go(Step.BROWSE)
    browse = window.screen_for(Step.BROWSE)
    for n in range(browse.proxy.rowCount()):
        index = browse.proxy.index(n, 0)
        browse.list.setCurrentIndex(index)
        title, _ = browse.words_for(browse._selected_item())
        assert browse.label_button.isVisibleTo(browse) == (title == "Flan")
        if title == "Flan":
            break
    tap(browse.label_button)
    screen = window.screen_for(Step.FOOD_LABELS)
    assert window.flow.step == Step.FOOD_LABELS
    assert screen.what_edit.text() == "Flan"
    assert screen.allergen_buttons["dairy"].isChecked() and screen.allergen_buttons["egg"].isChecked()
    assert screen.draft.eat_by == window.market.clock().date()  # eat today
    tap(screen.back)
    assert window.flow.step == Step.BROWSE  # never into the steward area without the PIN


def test_without_a_default_printer_print_opens_qts_dialog_once_cups_has_answered(qtbot, market, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    from tests.gui.test_print_dialog_path import a_cups_queue, taken
    from ui.printing import printers
    from ui.printing.printers import DefaultPrinter

    monkeypatch.setattr(printers, "look_up_default", lambda: DefaultPrinter())  # CUPS knows no default printer
    sent: list[dict] = []
    monkeypatch.setattr(printers, "send_file", taken(sent))
    monkeypatch.setattr(OnScreen, "open", stand_in(lambda dialog: QPrintDialog.DialogCode.Accepted))
    a_cups_queue(monkeypatch, "Kitchen laser")
    window = make_window(qtbot, market, (800, 480))
    screen = open_labels(qtbot, window)
    qtbot.waitUntil(lambda: screen.print_button.text() == "Print…")
    screen.what_edit.setText("Lentil soup")
    tap(screen.print_button)  # asked of CUPS again on the printers' thread; then Qt's dialog
    qtbot.waitUntil(lambda: "Sent 1 label to the printer." in window.notice.text.text())
    assert [job["printer"] for job in sent] == ["Kitchen laser"] and "Lentil soup" in sent[0]["text"]
