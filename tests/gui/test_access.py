"""Large text and high contrast: the visitor's toggle, every visitor screen fitting in it at 800×480,
and WCAG 2.2 contrast measured from the theme's colour tokens and the style sheet that uses them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QAbstractButton

from tests.gui.conftest import make_window, tap
from tests.gui.test_home import assert_controls_fit as fits
from ui import theme
from ui.flow import Step
from ui.lists import Role

# ----- WCAG 2.2 contrast, computed (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance) -----------------


def luminance(colour: str) -> float:
    c = QColor(colour)
    assert c.isValid(), colour

    def channel(value: int) -> float:
        s = value / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert ratio("#000000", "#ffffff") == pytest.approx(21)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert ratio("#f4f1ea", "#c9d6d1") == pytest.approx(1.33, abs=0.01)  # the old used-up button


def rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    """(selectors, properties) for every rule of a filled-in style sheet."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                key, value = declaration.split(":", 1)
                props[key.strip()] = value.strip()
        found.append(([s.strip() for s in selectors.split(",")], props))
    return found


COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|\btransparent\b|\bwhite\b|\bnone\b")
CONTROLS = ("QToolButton", "QPushButton", "QLineEdit", "QPlainTextEdit")


def colour_of(value: str | None) -> str | None:
    if value is None:
        return None
    match = COLOUR.search(value)
    return match.group(0) if match else None


def effective(selector: str, all_rules) -> dict[str, str]:
    """A selector's colours with what its plainer selectors give it (QPushButton → #Primary → :disabled)."""
    base = re.match(r"^\w+", selector).group(0)
    widget_id = re.search(r"#\w+", selector)
    tone = re.search(r"\[tone=\"\w+\"\]", selector)
    plainer = [base]
    if widget_id:
        plainer.append(base + widget_id.group(0))
        if tone:
            plainer.append(base + widget_id.group(0) + tone.group(0))
    plainer.append(selector)
    props: dict[str, str] = {}
    for wanted in dict.fromkeys(plainer):
        for selectors, rule in all_rules:
            if wanted in selectors:
                for key in ("color", "background", "border", "border-color"):
                    if key in rule:
                        props[key] = rule[key]
                if "border" in rule:
                    props.pop("border-color", None) if "border-color" not in rule else None
    return props


@pytest.mark.parametrize("look", [theme.NORMAL, theme.LARGE])
def test_every_control_in_the_style_sheet_meets_wcag_contrast(look):
    palette = theme.PALETTES[look]
    sheet = theme.style_sheet(800, 480, look)
    assert "{" + "ink}" not in sheet
    all_rules = rules(sheet)
    surroundings = [palette["paper"], palette["header"]]  # what controls stand on
    checked = 0
    for selectors, _ in all_rules:
        for selector in selectors:
            if not selector.startswith(CONTROLS) or "::" in selector or ":focus" in selector:
                continue
            if " " in selector:
                continue  # the ⓧ inside a field: a pictogram on the field, which is the control
            if selector + "[tone=" in sheet:
                continue  # a base every tile builds on with its own tone's fill, checked as that tone
            props = effective(selector, all_rules)
            fill = colour_of(props.get("background"))
            fill = palette["paper"] if fill in (None, "transparent") else fill
            ink = colour_of(props.get("color")) or palette["ink"]
            # Words on the control: 4.5:1 (used-up and pressed controls too).
            assert ratio(ink, fill) >= 4.5, (look, selector, ink, fill, round(ratio(ink, fill), 2))
            # The control's edge against what it stands on: its outline, or else its fill (1.4.11).
            border = props.get("border-color") or props.get("border", "")
            edge = colour_of(border)
            for ground in surroundings:
                if edge in (None, "none") or "none" in border:
                    edge_colour = fill
                else:
                    edge_colour = edge if ratio(fill, ground) < 3 else fill
                assert ratio(edge_colour, ground) >= 3, (look, selector, edge_colour, ground,
                                                         round(ratio(edge_colour, ground), 2))
            checked += 1
    assert checked >= 15
    # Words that are not on controls: titles, hints, the wanted line, the undo bar.
    for fg, bg in [("ink", "paper"), ("muted", "paper"), ("muted", "header"), ("ink", "header"),
                   ("wanted_ink", "paper"), ("on_dark", "undo"), ("ink", "field")]:
        assert ratio(palette[fg], palette[bg]) >= 4.5, (look, fg, bg)
    assert ratio(palette["handle"], palette["track"]) >= 3, look


@pytest.mark.parametrize("look", [theme.NORMAL, theme.LARGE])
def test_painted_rows_meet_wcag_contrast(look):
    """The rows of See what's here are painted (ui/lists.py): their words, a used-up row, Take one."""
    p = theme.PALETTES[look]
    for fg, bg in [("ink", "row_fill"), ("row_dim_ink", "row_dim_fill"), ("on_dark", "take"),
                   ("on_dark", "chosen"), ("on_dark", "row_dim_ink"), ("on_dark", "wanted_ink"),
                   ("mark_food", "row_fill"), ("mark_allergen", "row_fill"), ("mark_time", "row_fill"),
                   ("mark_size", "row_fill")]:
        assert ratio(p[fg], p[bg]) >= 4.5, (look, fg, bg, round(ratio(p[fg], p[bg]), 2))
    assert ratio(p["take"], p["row_fill"]) >= 3, look  # Take one's edge on its card


def test_words_on_paper_meet_wcag_contrast():
    """Signs, skill cards and the summary's PDF (ui.theme.PAPER): their words on the paper and the grey band."""
    p = theme.PAPER
    for fg, bg in [("ink", "white"), ("ink", "band"), ("second_ink", "white"), ("second_ink", "band"),
                   ("muted", "white"), ("muted", "stripe"), ("green", "white")]:
        assert ratio(p[fg], p[bg]) >= 4.5, (fg, bg, round(ratio(p[fg], p[bg]), 2))


# ----- the toggle ------------------------------------------------------------------------------------


def test_large_text_toggle_makes_words_bigger_and_black_on_white_until_the_idle_reset(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    home = window.screen_for(Step.HOME)
    tile = home.tiles[Step.BRING]
    before = QFontInfo(home.motto.font()).pixelSize()
    assert home.large_button.accessibleName() == "Large text" and not home.large_button.isChecked()
    tap(home.large_button)
    assert home.large_button.isChecked()
    qtbot.wait(20)
    after = QFontInfo(home.motto.font()).pixelSize()
    assert after >= before * 1.25 and after >= 18, (before, after)
    assert window.grab().toImage().pixelColor(4, window.height() - 4) == QColor("#ffffff")
    assert tile.isVisible()
    # It lasts while the visitor moves about, and the next visitor starts with the usual look.
    tap(tile)
    tap(window.home_button)
    assert home.large_button.isChecked()
    window.idle_reset()
    assert not home.large_button.isChecked()
    assert QFontInfo(home.motto.font()).pixelSize() == before
    assert window.grab().toImage().pixelColor(4, window.height() - 4) == QColor(theme.PALETTES["normal"]["paper"])


def assert_controls_fit(window, scrolls: bool = False, where: str = "") -> None:
    fits(window, scrolls, where, all_words=True)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_visitor_screen_fits_in_large_text_at_800_by_480(qtbot, demo_market, lang):
    from tests.gui.test_visitor import bring

    window = make_window(qtbot, demo_market, (800, 480))
    window.set_language(lang)
    tap(window.screen_for(Step.HOME).large_button)
    assert theme.mode() == theme.LARGE
    assert_controls_fit(window, where="home")
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
    for step in (Step.SKILLS, Step.SKILL_OFFER, Step.SKILL_QR):
        window.go_home()
        window.show_for_screenshot(step)
        assert_controls_fit(window, scrolls=step == Step.SKILL_OFFER, where=step.value)
    window.go_home()
    window.go(Step.PIN)
    assert_controls_fit(window, where="pin")
    # And as each screen looks in the docs' screenshots: with words typed, counts and marks chosen.
    for step in (Step.BRING, Step.THANKS, Step.BROWSE, Step.WANTED):
        window.go_home()
        window.show_for_screenshot(step)
        assert_controls_fit(window, scrolls=True, where=f"{step.value} as in the docs")
    assert theme.mode() == theme.LARGE


def test_how_many_fits_when_the_language_changes_on_it_in_large_text(qtbot, demo_market):
    """A visitor picks a kind in English, then switches to Spanish on the same page: "Muchos" gets its room."""
    from tests.gui.test_visitor import bring

    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).large_button)
    window.go(Step.BRING)
    bring(window).pick_category("clothes")
    window.set_language("es")
    assert bring(window).quick_buttons[None].text() == "Muchos"
    assert_controls_fit(window, scrolls=True, where="bring: clothes, switched to Spanish")


def test_each_painted_row_action_is_a_named_button_a_screen_reader_can_press(qtbot, demo_market):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QPushButton

    window = make_window(qtbot, demo_market, (800, 480))
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)

    def row_buttons():
        return [b for b in browse.findChildren(QPushButton)
                if b.isVisible() and b.accessibleName().startswith("Take one: ")]

    qtbot.waitUntil(lambda: len(row_buttons()) >= 2)
    first = browse.list.model().index(0, 0)
    title = first.data()
    button = next(b for b in row_buttons() if title in b.accessibleName())
    # It sits over the painted button, and is what assistive technology sees as a pressable button.
    painted = browse.delegate.button_rect(browse.list.visualRect(first))
    painted = painted.translated(browse.list.viewport().mapTo(browse, painted.topLeft()) - painted.topLeft())
    assert painted.contains(button.geometry()) and button.width() >= painted.width() - 12, (painted, button)
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.role() == QAccessible.Role.Button and interface.text(QAccessible.Text.Name) == \
        button.accessibleName()
    item = first.data(Role.ROW)
    actions = interface.actionInterface()
    assert actions is not None and actions.pressAction() in actions.actionNames()
    actions.doAction(actions.pressAction())  # what a screen reader's "press" does
    qtbot.waitUntil(lambda: window.undo_bar.isVisible())
    assert demo_market.item(item.id).left == item.left - 1
    # The names follow what the row now says.
    qtbot.waitUntil(lambda: any(f"{item.left - 1} left" in b.accessibleName() for b in row_buttons()))
    # In the clear-text field of the search too, a name.
    tap(browse.search)
    qtbot.keyClicks(browse.search, "bus")
    clear = [b for b in browse.search.findChildren(QAbstractButton) if b.isVisible()]
    assert clear and all(b.accessibleName() == "Clear the words" for b in clear)


def test_with_large_text_a_visitor_lists_a_thing_and_finds_it(qtbot, market):
    from tests.gui.test_visitor import bring

    window = make_window(qtbot, market, (800, 480))
    tap(window.screen_for(Step.HOME).large_button)
    tap(window.screen_for(Step.HOME).tiles[Step.BRING])
    tap(bring(window).categories.tiles["books"])
    tap(bring(window).quick_buttons[2])
    tap(bring(window).done)
    assert window.flow.step == Step.THANKS
    [listed] = market.available()
    assert (listed.category_key, listed.left) == ("books", 2)
    tap(window.home_button)
    tap(window.screen_for(Step.HOME).tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    view = browse.list
    row = view.model().index(0, 0)
    assert "Books" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    tap(view.viewport(), browse.delegate.button_rect(view.visualRect(row)).center())
    assert market.item(listed.id).left == 1
    assert theme.mode() == theme.LARGE
