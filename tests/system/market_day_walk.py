"""A whole market day on the real window at 800×480, by taps and on-screen keys only (issue 22, "The whole day as
one test"). Run by test_market_day.py in a process of its own, with CUPS_SERVER pointing at that test's cupsd
(libcups reads it once per process), one walk per language of the steward.

first start → the demo tried and left → `set-pin` on the shell → the steward opens the real market (PIN on the
pad) → four visitors, in English, Spanish, French and Arabic, each bring, search, take, undo, post a want and
offer a skill → signs printed on the CUPS queue → the summary exported to a file → the market closed, leftovers
kept for next time → the kiosk switched off, and the next day's market opened with the leftovers.

At every step it checks what a person would see: every visible button's words fit, the step's finish button is
wholly on the screen (not under the keyboard), the field being typed into is above the keyboard, and the counts
(home's, the summary's, the export's) are right. Each step's screenshot is kept in the test's temporary folder
(COMMONS_TABLE_TEST_SHOTS when run by test_market_day.py).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from kiosk.demo import fill_demo
from kiosk.export import CSV_COLUMNS, CSV_HEADERS, csv_dialect
from kiosk.store import open_market
from kiosk.store.files import KioskLock
from kiosk.store.summary import read_summary
from tests.gui.conftest import qapp, tap  # noqa: F401  (qapp: the kiosk's own application)
from tests.gui.test_home import assert_words_fit
from ui.flow import Step
from ui.keyboard import takes_text
from ui.lists import Role

LANGS = ("en", "es", "fr", "ar")
SIZE = (800, 480)
PIN = "305917"  # six digits, not a date or a pattern: set-pin takes it without asking twice
DEMO_TITLE = "Really Really Free Market"
# What each visitor types, on their own language's keys. The title of what they bring is also what they search.
WORDS = {
    "en": {"title": "atlas", "want": "boots", "skill": "bring your bike", "market": "winter market"},
    "es": {"title": "cuentos", "want": "botas", "skill": "trae tu bici", "market": "mercado de invierno"},
    "fr": {"title": "livres", "want": "bottes", "skill": "venez avec", "market": "marche d hiver"},
    "ar": {"title": "قصص", "want": "قميص", "skill": "خياطة", "market": "سوق الشتاء"},
}
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def settle() -> None:
    """What a tap left to do runs (posted events, zero-timers, the layouts they ask for), as it would before the
    next paint. A fixed 120 ms a step was a third of the walk's time; the pictures it took differ from these only
    where Qt's own fades had run further (a field's clear button, the keyboard's space bar), which no check reads."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def numbers(text: str) -> list[int]:
    """The numbers a person reads in a sentence, in Western or Arabic-Indic digits."""
    return [int(n) for n in re.findall(r"\d+", text.translate(ARABIC_DIGITS).replace("\u066c", ""))]


def says(text: str, n: int, lang: str) -> bool:
    """Whether a sentence says the count n: in its digits, or in Arabic by the word alone (one and two have their
    own forms, the singular and the dual: "شيئان" is two things, with no digit)."""
    shown = numbers(text)
    return n in shown or (lang == "ar" and n in (1, 2) and not shown)


@dataclass
class Day:
    """The walk's own reckoning of the table, to hold the screens' counts against."""

    window: object
    qtbot: object
    shots: Path
    steps: int = 0
    brought: int = 0
    taken: int = 0
    titles: list[str] = field(default_factory=list)

    @property
    def here(self) -> int:
        return self.brought - self.taken

    # ----- what a person sees ------------------------------------------------------------------------------

    def keyboard_top(self) -> int | None:
        w = self.window
        if w._keyboard is None or not w._keyboard.isVisible():
            return None
        return w._keyboard.mapTo(w, QPoint(0, 0)).y()

    def on_screen(self, widget: QWidget, where: str) -> None:
        """Wholly inside the window, not cut by a scrolling page, and above the keyboard when it is up."""
        w = self.window
        assert widget.isVisible(), (where, widget.accessibleName(), "not shown")
        rect = QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())
        assert w.rect().contains(rect), (where, widget.accessibleName(), rect, w.rect())
        shown = widget.visibleRegion().boundingRect()
        assert shown.size() == widget.size(), (where, widget.accessibleName(), "cut to", shown, widget.size())
        top = self.keyboard_top()
        if top is not None:
            assert rect.bottom() < top, (where, widget.accessibleName(), "under the keyboard", rect, top)

    def look(self, where: str, finish: QWidget | None = None, scroll: bool = False) -> None:
        """The checks of every step, after its screenshot. `scroll`: a steward's page that scrolls; the person
        scrolls to its finish button first (a visitor's finish button is on the screen as it comes)."""
        from tests.gui.test_home import scroll_area_of

        w = self.window
        settle()
        if scroll and finish is not None and isinstance(area := scroll_area_of(finish), QScrollArea):
            area.ensureWidgetVisible(finish)  # as a swipe would
            settle()
        self.steps += 1
        name = re.sub(r"[^a-z0-9]+", "-", where.lower().removeprefix(f"{w.lang} ")).strip("-")
        # quality 80: zlib's fastest level (Qt's default, 6, took ~40 ms a picture), for files ~1.5x as big
        assert w.grab().save(str(self.shots / f"{self.steps:03d}-{w.lang}-{name}.png"), "PNG", 80)
        for b in w.findChildren(QAbstractButton):
            if b.isVisible() and not b.visibleRegion().isEmpty():
                assert_words_fit(b, where)
        if finish is not None:
            self.on_screen(finish, where)
        own = w.current_screen().finish_button() if not w.notice.isVisible() else None
        if own is not None and own.isVisible() and not scroll:
            self.on_screen(own, f"{where}: the screen's own finish button")
        focused = QApplication.focusWidget()
        # (not once the steward has scrolled the page on to its button)
        if takes_text(focused) and self.keyboard_top() is not None and not scroll:
            self.on_screen(focused, f"{where}: the field being typed into")

    def home_count(self, where: str) -> None:
        w = self.window
        assert w.flow.step == Step.HOME
        home = w.screen_for(Step.HOME)
        assert home.count.isVisible(), where
        # Nothing yet reads as words ("The table is waiting for its first things"), not as a 0.
        text = home.count.text()
        shown = numbers(text)
        assert (shown == [self.here] or says(text, self.here, w.lang)) if self.here else not shown, \
            (where, text, self.here)

    # ----- what a person does ------------------------------------------------------------------------------

    def choose_language(self, lang: str) -> None:
        w = self.window
        tap(w.language_button)
        self.look("language chooser", w.notice.answer_button(lang))
        tap(w.notice.answer_button(lang))
        assert w.lang == lang
        self.qtbot.waitUntil(lambda: w.keyboard.input_locale().startswith(lang))

    def type_on_keys(self, field: QWidget, words: str) -> None:
        """Tap the field (the keyboard comes up), then each letter's key; the field ends up holding the words."""
        w = self.window
        tap(field)
        self.qtbot.waitUntil(w.keyboard.isVisible)
        self.qtbot.waitUntil(lambda: w.keyboard.key_center(words[0]) is not None)
        typed = field.text()
        for letter in words:
            # A finger taps the key where it is drawn: wait out a relayout of the keys (they are laid out again
            # when the room for the keyboard changes) until the key lies within the panel.
            self.qtbot.waitUntil(lambda letter=letter: (c := w.keyboard.key_center(letter)) is not None
                                 and w.keyboard.rect().contains(c.toPoint()), timeout=2000)
            center = w.keyboard.key_center(letter)
            QTest.mouseClick(w.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             center.toPoint())
            typed += letter
            try:
                self.qtbot.waitUntil(lambda typed=typed: field.text().lower() == typed.lower(), timeout=2000)
            except Exception as timeout:
                w.grab().save(str(self.shots / "typing-failed.png"))
                raise AssertionError(f"tapped {letter!r} on the {w.lang} keys (at {center}) for {words!r}; "
                                     f"the field holds {field.text()!r}; keyboard {w.keyboard.geometry()}, "
                                     f"its root {w.keyboard.root().width()} wide") from timeout

    def put_keys_away(self) -> None:
        """Tap the keyboard's own key that puts it away (a person's "done typing")."""
        w = self.window

        def items(item):
            for child in item.childItems():
                yield child
                yield from items(child)

        hide = next(i for i in items(w.keyboard.root()) if "HideKeyboardKey" in i.metaObject().className()
                    and i.isVisible())
        center = hide.mapToScene(QPointF(hide.width() / 2, hide.height() / 2))
        QTest.mouseClick(w.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center.toPoint())
        self.qtbot.waitUntil(lambda: not w.keyboard.isVisible())

    def typed(self, where: str, finish: QWidget) -> None:
        """The step while the keyboard is up, then with the keyboard put away: the finish button on the screen.
        While the keys are up the finish button is held to be on the screen too where the screen names it
        (Screen.finish_button)."""
        screen = self.window.current_screen()
        holds_it = screen.finish_button() is finish
        self.look(f"{where} typing", finish if holds_it else None)
        self.put_keys_away()
        self.look(where, finish)

    def enter_pin(self) -> None:
        w = self.window
        tap(w.steward_button)
        pin = w.screen_for(Step.PIN)
        self.look("PIN pad", pin.keys["ok"])
        for digit in PIN:
            tap(pin.keys[digit])
        tap(pin.keys["ok"])
        assert w.flow.step == Step.STEWARD
        self.look("steward area")

    def answer(self, key: str, where: str) -> None:
        w = self.window
        assert w.notice.isVisible(), where
        button = w.notice.answer_button(key)
        assert button is not None, (where, key, w.notice.text.text())
        self.look(where, button)
        tap(button)


def a_visitor(day: Day, lang: str) -> None:
    """One visitor: brings two things, finds theirs by searching, takes one, undoes it and takes it again, posts a
    want and offers a skill."""
    w, qtbot, words = day.window, day.qtbot, WORDS[lang]
    home = w.screen_for(Step.HOME)
    day.choose_language(lang)
    day.home_count(f"{lang} visitor arrives")
    day.look(f"{lang} home", home.tiles[Step.BRING])

    # Bring: a kind, how many, a title on the keys, then the finish button.
    tap(home.tiles[Step.BRING])
    bring = w.screen_for(Step.BRING)
    day.look(f"{lang} bring kinds", bring.categories.tiles["books"])
    tap(bring.categories.tiles["books"])
    day.look(f"{lang} bring books", bring.done)
    tap(bring.quick_buttons[2])
    day.type_on_keys(bring.title_edit, words["title"])
    day.typed(f"{lang} bring books", bring.done)
    tap(bring.done)
    day.brought += 2
    day.titles.append(words["title"])
    thanks = w.screen_for(Step.THANKS)
    assert w.flow.step == Step.THANKS and w.undo_bar.isVisible()
    day.look(f"{lang} thanks", thanks.home)
    tap(thanks.another)  # bring more, while the undo bar is still up
    day.look(f"{lang} bring more kinds", bring.categories.tiles["toys"])
    tap(bring.categories.tiles["toys"])
    day.look(f"{lang} bring toys with the undo bar", bring.done)
    tap(bring.done)
    day.brought += 1
    day.look(f"{lang} thanks again", thanks.home)
    tap(thanks.home)
    day.home_count(f"{lang} after bringing")

    # Search for it, take one, undo the take, take it again.
    tap(home.tiles[Step.BROWSE])
    browse = w.screen_for(Step.BROWSE)
    day.look(f"{lang} see what's here", browse.search)
    day.type_on_keys(browse.search, words["title"])
    qtbot.waitUntil(lambda: not browse.search_pause.isActive() and not browse.searching())
    # The keyboard starts a field with a capital: "Cuentos".
    rows = {browse.proxy.index(r, 0).data(Role.ROW).title.lower(): r for r in range(browse.proxy.rowCount())}
    assert words["title"] in rows, (lang, list(rows))
    index = browse.proxy.index(rows[words["title"]], 0)
    rect = browse.delegate.button_rect(browse.list.visualRect(index))
    take_at = QRect(browse.list.viewport().mapTo(w, rect.topLeft()), rect.size())
    top = day.keyboard_top()
    assert top is None or take_at.bottom() < top, (lang, "the row's Take is under the keyboard", take_at, top)
    day.look(f"{lang} search typed")
    assert browse.tr("Just arrived") in [words for words, _, _ in browse.look(index).badges]  # brought just now
    left = index.data(Role.ROW).left
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert w.market.item(index.data(Role.ROW).id).left == left - 1
    assert w.undo_bar.isVisible()
    day.look(f"{lang} taken", w.undo_bar.undo_button)
    tap(w.undo_bar.undo_button)
    item_id = browse.proxy.index(rows[words["title"]], 0).data(Role.ROW).id
    assert w.market.item(item_id).left == left
    day.look(f"{lang} take undone")
    row = next(r for r in range(browse.proxy.rowCount()) if browse.proxy.index(r, 0).data(Role.ROW).id == item_id)
    rect = browse.delegate.button_rect(browse.list.visualRect(browse.proxy.index(row, 0)))
    QTest.mouseClick(browse.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert w.market.item(item_id).left == left - 1
    day.taken += 1
    day.look(f"{lang} taken again", w.home_button)
    tap(w.home_button)
    day.home_count(f"{lang} after taking")

    # A want with words.
    tap(home.tiles[Step.WANTED])
    wanted = w.screen_for(Step.WANTED)
    day.look(f"{lang} looking for", wanted.categories.tiles["shoes"])
    tap(wanted.categories.tiles["shoes"])
    day.look(f"{lang} looking for shoes", wanted.post)
    wants_before = len(w.market.open_wants())
    day.type_on_keys(wanted.title_edit, words["want"])
    day.typed(f"{lang} want", wanted.post)
    tap(wanted.post)
    assert len(w.market.open_wants()) == wants_before + 1
    key = "show" if w.notice.answer_button("show") is not None else "ok"
    if key == "show":
        key = "ok" if w.notice.answer_button("ok") is not None else "show"
    day.answer(key, f"{lang} want posted")
    tap(w.home_button) if w.flow.step != Step.HOME else None
    day.home_count(f"{lang} after the want")

    # A skill offered; its card's code on the screen.
    tap(home.tiles[Step.SKILLS])
    skills = w.screen_for(Step.SKILLS)
    day.look(f"{lang} skills share", skills.offer_button)
    tap(skills.offer_button)
    offer = w.screen_for(Step.SKILL_OFFER)
    day.look(f"{lang} offer a skill", offer.save)
    tap(offer.skill_buttons["bike"])
    offers_before = len(w.market.skill_offers(w.market.current_event().id))
    day.type_on_keys(offer.words_edit, words["skill"])
    day.typed(f"{lang} skill words", offer.save)
    tap(offer.when_buttons["at_skills_share"])
    day.look(f"{lang} skill when", offer.save)
    tap(offer.save)
    assert w.flow.step == Step.SKILL_QR
    assert len(w.market.skill_offers(w.market.current_event().id)) == offers_before + 1
    card = w.screen_for(Step.SKILL_QR)
    day.look(f"{lang} skill card", card.done)
    tap(card.done)
    day.home_count(f"{lang} visitor leaves")


def set_pin_on_the_shell(db: Path) -> None:
    """`commons-table set-pin`, the real command, on the data file of the running kiosk: the PIN typed twice."""
    done = subprocess.run([sys.executable, "-m", "commons_table", "set-pin", "--db", str(db)], input=f"{PIN}\n{PIN}\n",
                          capture_output=True, text=True, timeout=120, start_new_session=True,  # no terminal
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "easy to guess" not in done.stderr


def start_kiosk(qtbot, market):
    """The kiosk's window, as tests.gui.conftest.make_window builds it, but closed and deleted by the walk itself
    when the kiosk is switched off for the night (the next morning's window must be the only one: a keyboard left
    alive would set the process's shared keyboard layout to the evening's language)."""
    from ui.main_window import KioskWindow

    window = KioskWindow(market)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.keyboard.input_locale().startswith(window.lang))
    return window


def switch_off(window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window._quitting = True
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def close_windows() -> None:
    from ui.main_window import KioskWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, KioskWindow):
            switch_off(w)


def exported(folder: Path, suffix: str) -> Path:
    found = sorted(folder.glob(f"*.{suffix}"))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("steward_lang", LANGS)
def test_a_market_day(qtbot, db_path, clock, tmp_path, steward_lang):
    shots = Path(os.environ.get("COMMONS_TABLE_TEST_SHOTS") or tmp_path) / steward_lang
    shots.mkdir(parents=True, exist_ok=True)
    queue = os.environ.get("COMMONS_TABLE_TEST_QUEUE")
    assert queue, "run by tests/system/test_market_day.py, which starts the CUPS queue"
    visitors = LANGS[LANGS.index(steward_lang) + 1:] + LANGS[:LANGS.index(steward_lang) + 1]
    lock = KioskLock(db_path).acquire()  # as the kiosk does: one kiosk per data file
    market = open_market(db_path, clock=clock)
    try:
        walk(qtbot, market, db_path, clock, shots, queue, steward_lang, visitors)
    finally:
        close_windows()
        market.close()
        lock.release()


def walk(qtbot, market, db_path, clock, shots, queue, steward_lang, visitors) -> None:
    # ----- first start: the demo is offered (the highlighted answer), tried, and left --------------------------
    window = start_kiosk(qtbot, market)
    day = Day(window, qtbot, shots)
    window.offer_demo(lambda: fill_demo(market, trial=True))  # as ui.app does on a first start
    day.answer("yes", "first start offers the demo")
    assert window.demo_banner.isVisible() and market.current_event().is_demo
    home = window.screen_for(Step.HOME)
    tap(home.tiles[Step.BROWSE])
    day.look("demo browse", window.home_button)
    assert window.demo_banner.isVisible()
    tap(window.home_button)

    day.choose_language(steward_lang)
    tap(window.steward_button)  # no PIN yet: the pad says how to set one
    pin = window.screen_for(Step.PIN)
    assert window.flow.step == Step.PIN and "set-pin" in pin.message.text()
    day.look("no PIN yet")
    set_pin_on_the_shell(db_path)
    tap(window.home_button)
    day.enter_pin()
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.demo.isVisible()
    day.look("markets with the demo", events.close_button)
    tap(events.close_button)
    day.answer("kept", "closing the demo")  # the highlighted answer: still nothing of the demo may come back
    day.answer("ok", "demo closed")
    tap(window.screen_for(Step.SUMMARY).events_button)  # the demo's summary showed; back to the market days
    assert events.opening.isVisible() and not events.past_rows
    assert events.title_edit.text() == ""
    day.look("opening the real market", events.start_button, scroll=True)
    day.type_on_keys(events.title_edit, WORDS[steward_lang]["market"])
    day.look("market name typed")
    day.look("open the market, scrolled to", events.start_button, scroll=True)
    tap(events.start_button)
    real = market.current_event()
    assert real is not None and not real.is_demo and real.title.lower() == WORDS[steward_lang]["market"]
    day.answer("ok", "market open")
    assert not window.demo_banner.isVisible() and market.things_here() == 0
    tap(window.home_button)
    day.home_count("the real market, empty")

    # ----- the visitors ---------------------------------------------------------------------------------------
    for lang in visitors:
        a_visitor(day, lang)
    assert window.lang == steward_lang  # the last visitor spoke the steward's language
    assert market.things_here() == day.here

    # ----- the steward: signs on the printer, the summary exported, the market closed --------------------------
    day.enter_pin()
    signs = window.screen_for(Step.SIGNS)
    tap(signs.open_button)
    day.look("print signs", signs.print_button)
    tap(signs.kind_buttons["tents"])
    qtbot.waitUntil(lambda: signs.page_count > 0)
    day.look("print tents", signs.print_button)
    qtbot.waitUntil(lambda: queue in signs.print_button.accessibleDescription())  # asked of CUPS on its thread
    tap(signs.print_button)
    # Sent on the printers' thread: "Sending to the printer…", then the count.
    notice, lang = window.notice, window.lang
    qtbot.waitUntil(lambda: says(notice.text.text(), signs.page_count, lang), timeout=60_000)
    if pages := os.environ.get("COMMONS_TABLE_TEST_PAGES"):
        Path(f"{pages}-{steward_lang}").write_text(str(signs.page_count))
    day.answer("ok", "signs sent to the printer")
    tap(signs.back)

    summary = window.screen_for(Step.SUMMARY)
    tap(summary.open_button)
    s = read_summary(market, real.id)
    assert (s.brought, s.taken, s.carried_over) == (day.brought, day.taken, 0)
    assert says(summary.headline.text(), day.brought, window.lang), summary.headline.text()
    here = next(b for b in summary.places_group.buttons() if b.property("place").endswith("exports"))
    tap(here)
    day.look("summary", summary.csv_button, scroll=True)  # a steward scrolls to the export
    folder = Path(here.property("place"))
    for button in (summary.csv_button, summary.json_button):
        tap(button)
        day.qtbot.waitUntil(button.isEnabled, timeout=20_000)  # written on the saving thread (ui/saving.py)
        day.answer("ok", "exported")
    # The CSV speaks the steward's language: its headers and separator; its columns in CSV_COLUMNS' order.
    separator, _ = csv_dialect(window.lang)
    with exported(folder, "csv").open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f, delimiter=separator))
    assert header == list(CSV_HEADERS.get(window.lang, CSV_COLUMNS))
    brought, taken = CSV_COLUMNS.index("brought"), CSV_COLUMNS.index("taken")
    assert sum(int(r[brought]) for r in rows) == day.brought
    assert sum(int(r[taken]) for r in rows) == day.taken
    first_json = json.loads(exported(folder, "json").read_text(encoding="utf-8"))
    assert (first_json["totals"]["brought"], first_json["totals"]["taken"], first_json["totals"]["carried_over"],
            first_json["totals"]["wants_posted"], first_json["totals"]["skills_offered"]) == \
        (day.brought, day.taken, 0, len(visitors), len(visitors))
    assert DEMO_TITLE not in json.dumps(first_json)
    assert DEMO_TITLE not in exported(folder, "csv").read_text(encoding="utf-8-sig")
    tap(summary.events_button)
    day.look("markets, the real one open", events.close_button)
    tap(events.close_button)
    day.answer("kept", "closing the market")
    day.answer("ok", "market closed")
    assert market.current_event() is None
    kept_things = market.db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    assert kept_things
    tap(window.home_button)
    switch_off(window)
    del window, day.window

    # ----- switched off; the next day the kiosk starts again and the steward opens the next market ---------------
    market.close()
    clock.advance(days=1)
    market = open_market(db_path, clock=clock)
    try:
        next_day(qtbot, market, clock, shots, steward_lang, day, real)
    finally:
        close_windows()
        market.close()


def next_day(qtbot, market, clock, shots, steward_lang, yesterday: Day, first) -> None:
    assert market.closed_stale == []
    window = start_kiosk(qtbot, market)
    day = Day(window, qtbot, shots, steps=yesterday.steps, brought=yesterday.here)  # what home counts: kept things
    assert not window.demo_banner.isVisible()
    day.choose_language(steward_lang)
    day.enter_pin()
    events = window.screen_for(Step.EVENTS)
    tap(events.open_button)
    assert events.opening.isVisible() and not events.demo.isVisible()
    assert list(events.past_rows) == [first.id]  # the demo is no past market
    day.look("the next day's markets", events.start_button)
    tap(events.start_button)
    day.answer("ok", "next market open")
    second = market.current_event()
    assert second.date == clock().date().isoformat() and second.date > first.date
    summary = read_summary(market, second.id)
    carried = yesterday.here
    assert (summary.brought, summary.taken, summary.carried_over) == (0, 0, carried)
    assert market.things_here() == carried
    tap(window.home_button)
    day.home_count("the next day")
    # Nothing carried is "just arrived".
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    shown = [browse.proxy.index(r, 0) for r in range(browse.proxy.rowCount())]
    assert {i.data(Role.ROW).title.lower() for i in shown} >= set(yesterday.titles)
    assert DEMO_TITLE not in {i.data(Role.ROW).title for i in shown}
    # What a person reads on the rows: no "Just arrived" badge (in the steward's language) on anything carried.
    just_arrived = browse.tr("Just arrived")
    assert not [i.data(Role.ROW).title for i in shown
                if just_arrived in [words for words, _, _ in browse.look(i).badges]]
    assert not [i.data(Role.ROW).title for i in shown if browse.just_arrived(i.data(Role.ROW))]
    day.look("the next day's table", window.home_button)
    tap(window.home_button)
    # The steward's summary and its export of the new market: carried over, nothing brought again.
    day.enter_pin()
    panel = window.screen_for(Step.SUMMARY)
    tap(panel.open_button)
    here = next(b for b in panel.places_group.buttons() if b.property("place").endswith("exports"))
    tap(here)
    day.look("the next day's summary", panel.json_button, scroll=True)
    folder = Path(here.property("place"))
    tap(panel.json_button)
    day.qtbot.waitUntil(panel.json_button.isEnabled, timeout=20_000)
    day.answer("ok", "next day exported")
    data = json.loads(next(p for p in folder.glob("*.json") if f"-event-{second.id}." in p.name)
                      .read_text(encoding="utf-8"))
    assert DEMO_TITLE not in json.dumps(data)
    totals = data["totals"]
    assert (totals["brought"], totals["taken"], totals["carried_over"], totals["still_here"]) == (0, 0, carried,
                                                                                                  carried)
    assert [e.id for e in market.events()] == [second.id, first.id]  # the demo is not among the markets
