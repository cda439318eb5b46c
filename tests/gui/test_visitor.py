"""A visitor's flows from the home screen, with real clicks and real touches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest

from kiosk.store import open_market
from tests.gui.conftest import make_window, tap, touch_tap
from tests.gui.test_keyboard_fit import laid_out
from ui.flow import Step
from ui.lists import Role


def bring(window):
    return window.screen_for(Step.BRING)


def browse(window):
    return window.screen_for(Step.BROWSE)


def shown_items(window):
    screen = browse(window)
    return [screen.proxy.index(r, 0).data(Role.ROW) for r in range(screen.proxy.rowCount())]


def take_point(window, row: int) -> QPoint:
    screen = browse(window)
    rect = screen.list.visualRect(screen.proxy.index(row, 0))
    return screen.delegate.button_rect(rect).center()


def tap_take(window, row: int = 0) -> None:
    QTest.mouseClick(browse(window).list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     take_point(window, row))


@pytest.fixture(params=["mouse", "touch"])
def finger(request, qtbot, market):
    """Each flow twice: real mouse clicks, and real touches from a touchscreen (on a window that lies
    within the offscreen screen, where Qt delivers touch points)."""
    if request.param == "mouse":
        window = make_window(qtbot, market)
        return window, tap
    window = make_window(qtbot, market, (800, 480))
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)

    def press(widget, pos=None):
        from tests.gui.test_home import scroll_area_of

        area = scroll_area_of(widget)
        if area is not None and pos is None and hasattr(area, "ensureWidgetVisible"):
            area.ensureWidgetVisible(widget)  # a person scrolls to what they want to touch
            qtbot.wait(5)
        touch_tap(device, widget, pos)
        qtbot.wait(5)

    return window, press


def press_take(window, press, row: int = 0) -> None:
    press(browse(window).list.viewport(), take_point(window, row))


def test_listing_takes_three_taps_and_no_typing_then_it_is_here(qtbot, finger):
    window, press = finger
    home = window.screen_for(Step.HOME)
    press(home.tiles[Step.BRING])  # 1
    press(bring(window).categories.tiles["books"])  # 2
    press(bring(window).done)  # 3
    assert window.flow.step == Step.THANKS
    items = window.market.available()
    assert [(i.category_key, i.quantity) for i in items] == [("books", 1)]
    assert "Books" in window.screen_for(Step.THANKS).what.text()
    press(window.screen_for(Step.THANKS).see)
    assert window.flow.step == Step.BROWSE
    assert [i.id for i in shown_items(window)] == [items[0].id]


def test_three_kids_books_with_a_title_typed_on_the_keyboard(qtbot, window):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = bring(window)
    tap(screen.categories.tiles["books"])
    tap(screen.more)
    tap(screen.more)
    tap(screen.title_edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.waitUntil(lambda: window.keyboard.key_center("k") is not None and laid_out(window.keyboard))
    for letter in "kids":
        center = window.keyboard.key_center(letter)
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         center.toPoint())
    qtbot.waitUntil(lambda: screen.title_edit.text().lower() == "kids")
    tap(screen.done)
    item = window.market.available()[0]
    assert (item.quantity, item.title.lower()) == (3, "kids")


def test_food_marks_and_size_are_optional_and_kept(qtbot, window):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = bring(window)
    tap(screen.categories.tiles["food_ready"])
    assert screen.tags_box.isVisible() and not screen.sizes_box.isVisible()
    tap(screen.tag_buttons["vegan"])
    tap(screen.tag_buttons["perishable"])
    tap(screen.done)
    item = window.market.available()[0]
    assert item.tags == ("vegan",) and item.perishable
    window.go_home()
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(screen.categories.tiles["clothes"])
    assert not screen.tags_box.isVisible() and screen.sizes_box.isVisible()
    size_m = next(b for b in screen.size_group.buttons() if b.property("size_choice") == "M")
    tap(size_m)
    tap(screen.done)
    assert window.market.available()[0].size == "M"


def test_a_hundred_or_more_asks_once_before_saving(qtbot, finger):
    window, press = finger
    press(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = bring(window)
    press(screen.categories.tiles["food_pantry"])
    screen.count_edit.selectAll()
    QTest.keyClicks(screen.count_edit, "150")
    press(screen.done)
    assert window.notice.isVisible() and "150 — is that right?" in window.notice.text.text()
    press(window.notice.answer_button("no"))
    assert window.market.available() == [] and window.flow.step == Step.BRING
    press(screen.done)
    press(window.notice.answer_button("yes"))
    assert window.flow.step == Step.THANKS
    assert window.market.available()[0].quantity == 150


@pytest.mark.parametrize("typed", ["9999999", "0"])
def test_absurd_counts_get_a_friendly_sentence_and_nothing_is_saved(qtbot, window, typed):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = bring(window)
    tap(screen.categories.tiles["books"])
    screen.count_edit.selectAll()
    QTest.keyClicks(screen.count_edit, typed)
    tap(screen.done)
    assert window.notice.isVisible()
    assert "999" in window.notice.text.text() or "at least 1" in window.notice.text.text()
    assert window.market.available() == []


def test_lots_is_a_quantity(qtbot, window):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["plants"])
    tap(bring(window).quick_buttons[None])
    tap(bring(window).done)
    assert window.market.available()[0].is_lots
    assert "Lots of Plants & seeds" == window.screen_for(Step.THANKS).what.text()


def test_thank_you_goes_home_by_itself_and_at_once_on_a_tap(qtbot, window):
    from ui.screens import bring as bring_module

    window.screen_for(Step.THANKS).timer.setInterval(300)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).done)
    assert window.flow.step == Step.THANKS
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=2000)
    window.screen_for(Step.THANKS).timer.setInterval(bring_module.THANKS_SECONDS * 1000)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).done)
    thanks = window.screen_for(Step.THANKS)
    # The second half of a double tap on "Put it on the table" does not hide the thank-you…
    QTest.mouseClick(thanks, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    assert window.flow.step == Step.THANKS
    # …but a tap a moment later goes home at once.
    qtbot.wait(bring_module.GRACE_MS + 50)
    QTest.mouseClick(thanks, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    assert window.flow.step == Step.HOME


def test_undo_a_listing(qtbot, finger):
    window, press = finger
    press(window.screen_for(Step.HOME).tiles[Step.BRING])
    press(bring(window).categories.tiles["tools"])
    press(bring(window).done)
    assert window.undo_bar.isVisible() and "Tools" in window.undo_bar.text.text()
    press(window.undo_bar.undo_button)
    assert window.market.available() == []
    assert not window.undo_bar.isVisible()


def test_undo_bar_forgets_after_five_seconds(qtbot, window):
    window.undo_bar.SECONDS = 0.2
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["tools"])
    tap(bring(window).done)
    qtbot.waitUntil(lambda: not window.undo_bar.isVisible(), timeout=2000)
    assert len(window.market.available()) == 1


def test_take_until_all_gone_then_it_drops_out(qtbot, finger):
    window, press = finger
    window.market.list_item("kitchen", 2, "Mugs")
    window.go(Step.BROWSE)
    press_take(window, press)
    assert shown_items(window)[0].left == 1
    assert window.market.available()[0].left == 1
    press_take(window, press)
    gone = shown_items(window)[0]
    assert gone.gone and browse(window).words_for(gone)[1] == "All gone"
    assert window.market.available() == []
    press_take(window, press)  # the button is gone: nothing more happens
    assert not window.notice.isVisible()
    window.go_home()
    window.go(Step.BROWSE)
    assert shown_items(window) == []
    assert browse(window).empty.isVisible()


def test_undo_a_take(qtbot, finger):
    window, press = finger
    item = window.market.list_item("books", 3, "Atlas").item
    window.go(Step.BROWSE)
    press_take(window, press)
    assert window.market.item(item.id).left == 2
    assert "Atlas" in window.undo_bar.text.text()
    press(window.undo_bar.undo_button)
    assert window.market.item(item.id).left == 3
    assert shown_items(window)[0].left == 3


def test_take_by_touch_and_by_hardware_keyboard(qtbot, market, touchscreen):
    # Touches are delivered only within the (offscreen) screen, 800×600: keep the window on it.
    window = make_window(qtbot, market, (800, 480))
    item = window.market.list_item("books", 5, "Atlas").item
    window.go(Step.BROWSE)
    touch_tap(touchscreen, browse(window).list.viewport(), take_point(window, 0))
    qtbot.waitUntil(lambda: window.market.item(item.id).left == 4)
    view = browse(window).list
    view.setFocus()
    view.setCurrentIndex(browse(window).proxy.index(0, 0))
    assert browse(window).take_button.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert window.market.item(item.id).left == 3
    tap(browse(window).take_button)
    assert window.market.item(item.id).left == 2


def test_newest_first_and_just_arrived_marked(qtbot, window, clock):
    old = window.market.list_item("books", 1, "Old atlas").item
    clock.advance(hours=2)
    new = window.market.list_item("books", 1, "New atlas").item
    window.go(Step.BROWSE)
    assert [i.id for i in shown_items(window)] == [new.id, old.id]
    screen = browse(window)
    assert screen.just_arrived(new) and not screen.just_arrived(old)
    badges = [words for words, _, _ in screen.look(screen.proxy.index(0, 0)).badges]
    assert "Just arrived" in badges


def test_category_chips_filter_the_list(qtbot, window):
    window.market.list_item("books", 1, "Atlas")
    window.market.list_item("shoes", 1, "Boots")
    window.go(Step.BROWSE)
    tap(browse(window).chips["shoes"])
    assert [i.title for i in shown_items(window)] == ["Boots"]
    tap(browse(window).chips[None])
    assert len(shown_items(window)) == 2


def test_search_is_blind_to_case_and_accents(qtbot, window):
    window.market.list_item("food_ready", 12, "Sándwiches", tags=["vegan"])
    window.market.list_item("books", 2, "Novels")
    window.go(Step.BROWSE)
    screen = browse(window)
    tap(screen.search)
    for typed, expected in [("SANDWICH", ["Sándwiches"]), ("vegano", ["Sándwiches"]), ("nov", ["Novels"]),
                            ("libros", ["Novels"])]:
        screen.search.clear()
        QTest.keyClicks(screen.search, typed)
        qtbot.waitUntil(lambda e=expected: [i.title for i in shown_items(window)] == e, timeout=2000)


@pytest.mark.parametrize("typed", ['"', "*", ".", "AND", "'; drop table items; --", "NEAR(", "🙂", "שלום"])
def test_search_with_strange_text_never_errors(qtbot, window, typed):
    window.market.list_item("books", 2, "Novels")
    window.go(Step.BROWSE)
    screen = browse(window)
    tap(screen.search)
    screen.search.insert(typed)  # as the on-screen keyboard commits it (emoji are not key presses)
    with qtbot.waitSignal(screen.shown):  # found on the search thread
        screen.apply_filter()
    assert not window.notice.isVisible()
    assert shown_items(window) == []
    assert len(window.market.available()) == 1


def test_a_swipe_scrolls_the_list_and_a_tap_does_not(qtbot, window, touchscreen):
    for n in range(40):
        window.market.list_item("books", 3, f"Book {n}")
    window.go(Step.BROWSE)
    view = browse(window).list
    viewport = view.viewport()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    # A tap: no scroll.
    touch_tap(touchscreen, viewport, QPoint(100, 60))
    qtbot.wait(300)
    assert bar.value() == 0
    # A swipe upwards: the list moves, and keeps moving a little after the finger lifts.
    x = 100
    QTest.touchEvent(viewport, touchscreen).press(0, QPoint(x, viewport.height() - 20), viewport).commit()
    for y in range(viewport.height() - 40, 20, -30):
        qtbot.wait(16)
        QTest.touchEvent(viewport, touchscreen).move(0, QPoint(x, y), viewport).commit()
    QTest.touchEvent(viewport, touchscreen).release(0, QPoint(x, 10), viewport).commit()
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=2000)
    assert all(i.left == 3 for i in window.market.available())  # the swipe took nothing


def test_post_a_want_and_see_it_matched_by_a_new_listing(qtbot, finger):
    window, press = finger
    press(window.screen_for(Step.HOME).tiles[Step.WANTED])
    wanted = window.screen_for(Step.WANTED)
    press(wanted.categories.tiles["shoes"])
    size_39 = next(b for b in wanted.size_group.buttons() if b.property("size_choice") == "39")
    press(size_39)
    press(wanted.post)
    assert window.market.open_wants()[0].size == "39"
    assert window.notice.isVisible()
    press(window.notice.answer_button("ok"))
    window.go_home()
    press(window.screen_for(Step.HOME).tiles[Step.BRING])
    press(bring(window).categories.tiles["shoes"])
    press(next(b for b in bring(window).size_group.buttons() if b.property("size_choice") == "39"))
    press(bring(window).done)
    thanks = window.screen_for(Step.THANKS)
    assert thanks.wanted.isVisible()
    assert thanks.wanted.text() == "1 person looking for Shoes — tell the table!"
    window.go_home()
    press(window.screen_for(Step.HOME).tiles[Step.WANTED])
    press(wanted.see_wants)
    badges = [words for words, _, _ in wanted.look(wanted.model.index(0, 0)).badges]
    assert "1 on the table now" in badges, [(i.category_key, i.size) for i in window.market.available()]


def test_anyone_marks_a_want_found(qtbot, window):
    window.market.post_want("kitchen", "A kettle")
    window.go(Step.WANTED)
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.see_wants)
    rect = wanted.list.visualRect(wanted.model.index(0, 0))
    QTest.mouseClick(wanted.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     wanted.delegate.button_rect(rect).center())
    assert window.market.open_wants() == []
    assert wanted.model.rowCount() == 0


def test_idle_timeout_mid_flow_discards_half_done_input(qtbot, finger):
    window, press = finger
    window.set_idle_seconds(1)
    press(window.screen_for(Step.HOME).tiles[Step.BRING])
    screen = bring(window)
    press(screen.categories.tiles["books"])
    press(screen.quick_buttons[10])
    QTest.keyClicks(screen.title_edit, "half")
    qtbot.waitUntil(lambda: window.flow.step == Step.HOME, timeout=3000)
    assert window.market.available() == []
    press(window.screen_for(Step.HOME).tiles[Step.BRING])
    assert screen.pages.currentIndex() == 0 and screen.count == 1 and screen.title_edit.text() == ""


def test_store_problem_while_listing_is_told_plainly(qtbot, window, monkeypatch):
    from kiosk.errors import StoreProblem

    def full(*args, **kwargs):
        raise StoreProblem("The kiosk's storage is full, so this was not saved. Please tell a steward.")

    monkeypatch.setattr(window.market, "list_item", full)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).done)
    assert window.flow.step == Step.BRING
    assert "storage is full" in window.notice.text.text()


def test_every_listing_survives_reopening(qtbot, window, db_path):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).done)
    other = open_market(db_path, clock=window.market.clock)  # the same day as the kiosk
    assert len(other.available()) == 1
    other.close()


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar"])
@pytest.mark.parametrize("size", [(800, 480), (1920, 1080)])
def test_visitor_screens_fit_and_every_control_is_big_and_named(qtbot, demo_market, size, lang):
    from tests.gui.test_home import assert_controls_fit

    window = make_window(qtbot, demo_market, size)
    window.set_language(lang)
    window.go(Step.BRING)
    assert_controls_fit(window, where="bring: kinds")
    bring(window).pick_category("clothes")
    assert_controls_fit(window, scrolls=True, where="bring: clothes")
    bring(window).pick_category("food_ready")
    assert_controls_fit(window, scrolls=True, where="bring: food")
    tap(bring(window).done)
    assert_controls_fit(window, where="thanks")
    window.go(Step.BROWSE)
    assert_controls_fit(window, where="browse")
    window.go_home()
    window.go(Step.WANTED)
    assert_controls_fit(window, where="wanted: kinds")
    tap(window.screen_for(Step.WANTED).see_wants)
    assert_controls_fit(window, where="wanted: list")
    tap(window.screen_for(Step.WANTED).back_from_list)
    window.screen_for(Step.WANTED).pick_category("shoes")
    assert_controls_fit(window, scrolls=True, where="wanted: shoes")


def test_a_really_full_disk_while_listing_keeps_the_kiosk_going(qtbot, window):
    window.market.list_item("books", 1, "Atlas")
    pages = window.market.db.execute("PRAGMA page_count").fetchone()[0]
    window.market.db.execute(f"PRAGMA max_page_count = {pages}")
    for n in range(200):  # fill the last free pages, as a long day would
        if window.attempt(window.market.list_item, "books", 1, "y" * 70 + str(n)) is None:
            break
    for _ in range(200):  # and the crumbs a long listing no longer fits in, but the one below would
        if window.attempt(window.market.list_item, "tools", 1) is None:
            break
    window.notice.dismiss()
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["tools"])
    tap(bring(window).done)
    assert window.flow.step == Step.BRING
    assert "storage is full" in window.notice.text.text()
    tap(window.notice.answer_button("ok"))
    window.market.db.execute("PRAGMA max_page_count = 1073741823")
    tap(bring(window).done)
    assert window.flow.step == Step.THANKS


def test_a_first_time_visitor_lists_three_kids_books_then_takes_a_vegan_sandwich(qtbot, demo_market):
    """The issue's "done means", as one visitor's minute at the table."""
    window = make_window(qtbot, demo_market)
    home = window.screen_for(Step.HOME)
    tap(home.tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).more)
    tap(bring(window).more)
    bring(window).title_edit.insert("Kids' books")  # as the on-screen keyboard commits it
    tap(bring(window).done)
    assert window.screen_for(Step.THANKS).what.text() == "3 × Kids' books"
    tap(window.screen_for(Step.THANKS).see)
    screen = browse(window)
    assert shown_items(window)[0].title == "Kids' books"
    tap(screen.search)
    screen.search.insert("vegan sandwich")
    qtbot.waitUntil(lambda: [i.title for i in shown_items(window)] == ["Vegan sandwiches"], timeout=2000)
    before = shown_items(window)[0].left
    tap_take(window)
    assert shown_items(window)[0].left == before - 1
    assert next(i for i in demo_market.available() if i.title == "Vegan sandwiches").left == before - 1


def test_everything_works_from_a_hardware_keyboard(qtbot, window):
    """Tab to a tile and press Space; the count field takes digits; Enter on Done lists it."""
    home = window.screen_for(Step.HOME)
    home.tiles[Step.BRING].setFocus()
    QTest.keyClick(home.tiles[Step.BRING], Qt.Key.Key_Space)
    assert window.flow.step == Step.BRING
    tile = bring(window).categories.tiles["kitchen"]
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Space)
    screen = bring(window)
    screen.count_edit.setFocus()
    screen.count_edit.selectAll()
    QTest.keyClicks(screen.count_edit, "4")
    screen.done.setFocus()
    QTest.keyClick(screen.done, Qt.Key.Key_Space)
    assert [(i.category_key, i.quantity) for i in window.market.available()] == [("kitchen", 4)]


def test_a_pile_of_lots_can_be_marked_used_up_and_brought_back(qtbot, window):
    pile = window.market.list_item("books", "lots", "Paperbacks").item
    counted = window.market.list_item("books", 2, "Atlases").item
    window.go(Step.BROWSE)
    screen = browse(window)
    rows = [i.id for i in shown_items(window)]
    screen.list.setCurrentIndex(screen.proxy.index(rows.index(counted.id), 0))
    assert screen.take_button.isVisible() and not screen.gone_button.isVisible()  # counted things go by takes
    screen.list.setCurrentIndex(screen.proxy.index(rows.index(pile.id), 0))
    tap(screen.gone_button)
    assert window.market.item(pile.id).gone
    assert [i.id for i in window.market.available()] == [counted.id]
    tap(window.undo_bar.undo_button)
    assert not window.market.item(pile.id).gone


def test_home_is_a_fresh_start_for_the_next_visitor(qtbot, window):
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    bring(window).title_edit.insert("half")
    tap(window.home_button)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    assert bring(window).pages.currentIndex() == 0 and bring(window).title_edit.text() == ""
    window.go_home()
    window.go(Step.BROWSE)
    browse(window).search.insert("VEGANO")
    browse(window).apply_filter()
    tap(window.home_button)
    window.go(Step.BROWSE)
    assert browse(window).search.text() == "" and browse(window).proxy.matching is None
    window.go_home()
    window.go(Step.SKILLS)
    window.go(Step.SKILL_OFFER)
    offer = window.screen_for(Step.SKILL_OFFER)
    offer.contact_edit.insert("Signal @someone")
    tap(window.home_button)
    assert offer.contact_edit.text() == ""  # never left for the next person to see


def test_a_want_is_matched_by_its_size_and_words_not_by_its_kind_alone(qtbot, window):
    window.market.list_item("shoes", 2, "Hiking boots", size="42")
    window.market.list_item("kitchen", 3, "Mugs")
    boots = window.market.post_want("shoes", "Winter boots", "42")
    other_size = window.market.post_want("shoes", "Winter boots", "39")
    kettle = window.market.post_want("kitchen", "A kettle")
    window.go(Step.WANTED)
    wanted = window.screen_for(Step.WANTED)
    tap(wanted.see_wants)
    found = {want.id: len(wanted.matches(want)) for want in wanted.model.rows}
    assert found == {boots.id: 1, other_size.id: 0, kettle.id: 0}
    row = [w.id for w in wanted.model.rows].index(kettle.id)
    rect = wanted.list.visualRect(wanted.model.index(row, 0))
    QTest.mouseClick(wanted.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     wanted.delegate.button_rect(rect).center())
    assert wanted.pages.currentIndex() == 2  # still on the list after "Found it"
    assert [w.id for w in window.market.open_wants()] == [other_size.id, boots.id]


def test_quick_taps_on_take_one_each_take_one(qtbot, window):
    item = window.market.list_item("books", 5, "Atlas").item
    window.go(Step.BROWSE)
    viewport = browse(window).list.viewport()
    point = take_point(window, 0)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    # A quick second tap reaches the list as Qt's double click, then the finger lifts.
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.market.item(item.id).left == 3


def test_the_allergen_letters_are_explained_under_the_list(qtbot, window):
    window.market.list_item("food_pantry", 2, "Peanut butter", tags=["nuts"])
    window.go(Step.BROWSE)
    screen = browse(window)
    badges = [words for words, _, _ in screen.look(screen.proxy.index(0, 0)).badges]
    assert "Contains N" in badges  # never a bare letter: "G" alone could be read as gluten-free
    assert screen.legend.isVisible() and "N nuts (peanuts or tree nuts)" in screen.legend.text()
    window.set_language("es")
    assert "N frutos secos" in screen.legend.text()


@pytest.mark.parametrize(("lang", "legend"), [
    ("en", "Contains: M milk · E egg"),
    ("es", "Contiene: L leche · H huevo"),
    ("fr", "Contient\u00a0: L lait · Œ œuf")])
def test_allergen_letters_and_their_legend_are_in_the_visitors_language(qtbot, window, lang, legend):
    from tests.gui.conftest import choose_language

    window.market.list_item("food_ready", 3, "Flan", tags=["dairy", "egg"])
    if lang != "en":
        choose_language(window, lang)
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    assert browse.legend.text() == legend
    look = browse.look(browse.proxy.index(0, 0))
    marks = {"en": "Contains M E", "es": "Contiene L H", "fr": "Contient L Œ"}[lang]
    assert marks in {words for words, _, _ in look.badges}
