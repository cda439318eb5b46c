"""Bring: pick what kind of thing (one tap), how many (one tap, or none for one), done.

Everything else — a title, a size, food marks — is optional and never in the way. The thank-you
screen says when someone is looking for just this kind of thing.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QIntValidator, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from kiosk.catalog import ALLERGENS, COMMON_ALLERGENS, DIET_TAGS, PERISHABLE, size_choices, tag_name
from kiosk.domain import Category, Listed
from kiosk.validate import QUANTITY_MAX, clean_quantity, needs_confirmation
from ui import theme
from ui.flow import Step
from ui.theme import icon
from ui.widgets import (
    ElidedLabel,
    FitGrid,
    Screen,
    Tile,
    back_row,
    button,
    grid_layout,
    horizontal,
    label,
    scroll_page,
    set_words,
    text_field,
    turn_to,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host

QUICK_COUNTS = (1, 2, 5, 10)
THANKS_SECONDS = 8
GRACE_MS = 700
# A kind's tile has a thin padding and border (assets/style.qss): 4 px and up to 3 px a side, 4 px under the
# pictogram, and a little to spare.
CAT_TILE_SLACK = 22


# The Arabic keyboard's number keys type Arabic-Indic digits (and Persian ones): the count is written in the
# Western digits every count and date of the kiosk uses (ui.translators.LOCALE_NAMES).
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class CountValidator(QIntValidator):
    """A whole number, typed in any of the digits a keyboard offers, kept in Western digits."""

    def validate(self, text: str, pos: int) -> object:  # Qt's name
        return super().validate(text.translate(WESTERN_DIGITS), pos)


def chip(words: str, icon_name: str | None = None) -> QPushButton:
    """A small toggle: a size, a food mark, a quick count."""
    b = button(icon_name)
    b.setObjectName("Chip")
    b.setCheckable(True)
    set_words(b, words)
    return b


class SizeChips(FitGrid):
    """A kind's sizes as chips, up to `across` to a row, fewer where a size's word would not fit ("Enfant" four
    across at 800×480 was cut to "nfant"). At most one is chosen: a second tap un-chooses it."""

    def __init__(self, across: int, parent: QWidget | None = None):
        super().__init__([], across, theme.GAP_GRID, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that a second tap can un-choose
        self.group.buttonClicked.connect(self._one_size)

    def fill(self, category: Category, kids: str) -> None:
        """The category's sizes; `kids` is the word for children's sizes in the screen's language."""
        for b in self.group.buttons():
            self.group.removeButton(b)
            b.deleteLater()
        sizes = size_choices(category.key, category.sizes)
        chips = []
        for size in sizes:
            b = chip(kids if size == "kids" else size)
            b.setProperty("size_choice", size)
            self.group.addButton(b)
            chips.append(b)
        self.set_buttons(chips)  # arranged once, not once a chip
        self.setVisible(bool(sizes))

    def chosen(self) -> str:
        return next((str(b.property("size_choice")) for b in self.group.buttons() if b.isChecked()), "")

    def _one_size(self, clicked: QPushButton) -> None:
        for b in self.group.buttons():
            if b is not clicked:
                b.setChecked(False)


def chip_columns(chips: list[QPushButton]) -> FitGrid:
    """Chips in two even columns, their words on two lines where one is too wide for half the width (Spanish
    "Contiene frutos de cáscara"); in one column where even that does not fit. The page scrolls."""
    return FitGrid(list(chips), 2, theme.GAP_GRID)


class CategoryGrid(QWidget):
    """Every kind of thing as a big pictogram-and-word tile."""

    def __init__(self, on_pick, parent: QWidget | None = None):
        super().__init__(parent)
        self.on_pick = on_pick
        self.grid = grid_layout(self, theme.FLUSH, theme.GAP_COLUMN)
        self.tiles: dict[str, Tile] = {}

    def fill(self, categories: list[Category], lang: str, columns: int) -> None:
        if list(self.tiles) != [c.key for c in categories]:
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles = {}
            for category in categories:
                tile = Tile(category.icon, "cat", color=theme.colour("chosen"))
                tile.setObjectName("Tile")
                tile.setProperty("tone", "cat")
                tile.clicked.connect(lambda _=False, k=category.key: self.on_pick(k))
                tile.slack = CAT_TILE_SLACK
                self.tiles[category.key] = tile
            peers = list(self.tiles.values())
            for tile in peers:  # one pictogram size for every kind, whether its name wraps or not
                tile.peers = peers
        for n, category in enumerate(categories):
            tile = self.tiles[category.key]
            tile.set_words(category.name(lang))
            self.grid.addWidget(tile, n // columns, n % columns)
            tile.show()  # at once (a screen built on first use fills its grid while on show)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)


class Page(IntEnum):
    """The BRING step's two pages, in the order of its stack; a listing or going home starts again at PICK."""

    PICK = 0  # what kind of thing
    AMOUNT = 1  # how many, and optional details


class BringScreen(Screen):
    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.category: Category | None = None
        self.count: int | None = 1  # None means "lots"
        self.confirmed_large = False
        layout = vertical(self, theme.FORM_PAGE)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        # Page.PICK: what kind of thing
        pick = QWidget()
        pick_layout = vertical(pick, theme.FLUSH)
        self.pick_prompt = label("Title", wrap=False, into=pick_layout)
        self.categories = CategoryGrid(self.pick_category)
        pick_layout.addWidget(self.categories, 1)
        self.pages.addWidget(pick)

        # Page.AMOUNT: how many, and optional details
        amount = QWidget()
        columns = horizontal(amount, theme.SCROLL_ROOM, theme.GAP_WIDE)
        left = vertical(spacing=theme.GAP_COLUMN)
        head, self.back, self.chosen = back_row(self.back_to_categories, "Quiet", wrap=True)
        left.addLayout(head)
        self.how_many = label("Subtitle", wrap=False, into=left)
        stepper = QHBoxLayout()
        self.less = button("mdi6.minus", clicked=lambda: self.step_count(-1))
        self.less.setAutoRepeat(True)
        self.count_edit = QLineEdit()
        self.count_edit.setObjectName("Count")
        self.count_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_edit.setMaxLength(7)
        self.count_edit.setValidator(CountValidator(0, 9_999_999, self.count_edit))
        self.count_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.count_edit.textEdited.connect(self.typed_count)
        self.more = button("mdi6.plus", clicked=lambda: self.step_count(+1))
        self.more.setAutoRepeat(True)
        stepper.addWidget(self.less)
        stepper.addWidget(self.count_edit, 1)
        stepper.addWidget(self.more)
        left.addLayout(stepper)
        quick = horizontal(spacing=theme.GAP)
        self.quick = QButtonGroup(self)
        self.quick.setExclusive(True)
        self.quick_buttons: dict[int | None, QPushButton] = {}
        for n in (*QUICK_COUNTS, None):
            b = chip(str(n) if n else "")
            b.clicked.connect(lambda _=False, v=n: self.set_count(v))
            self.quick.addButton(b)
            self.quick_buttons[n] = b
            quick.addWidget(b)
        left.addLayout(quick)
        left.addStretch(1)
        columns.addLayout(left, 1)

        right = vertical(spacing=theme.GAP)
        self.optional = label("Subtitle", into=right)
        self.title_edit = text_field(80)
        self.title_edit.returnPressed.connect(self.title_edit.clearFocus)  # Enter: done typing, keyboard away
        right.addWidget(self.title_edit)
        self.sizes_label = label("Hint", wrap=False, into=right)
        self.sizes_box = SizeChips(4)
        self.size_group = self.sizes_box.group
        right.addWidget(self.sizes_box)
        # Food marks: vegan/vegetarian and eat today, then "Contains" and the common allergens, the other
        # eight of the 14 one tap away. Every allergen chip says "Contains …": "Gluten" alone reads as gluten-free.
        self.tag_buttons: dict[str, QPushButton] = {tag.key: chip("", tag.icon)
                                                    for tag in (*DIET_TAGS, PERISHABLE, *ALLERGENS)}
        self.tags_box = QWidget()
        food = vertical(self.tags_box, theme.FLUSH, theme.GAP_GRID)
        self.diet_box = chip_columns([self.tag_buttons[k] for k in ("vegan", "vegetarian", "perishable")])
        food.addWidget(self.diet_box)
        self.contains_label = label("Hint", into=food)
        self.common_box = chip_columns([self.tag_buttons[k] for k in COMMON_ALLERGENS])
        food.addWidget(self.common_box)
        self.more_allergens = button("mdi6.chevron-down", "Quiet", clicked=self.show_more_allergens)
        food.addWidget(self.more_allergens)
        self.rare_box = chip_columns([self.tag_buttons[t.key] for t in ALLERGENS if t.key not in COMMON_ALLERGENS])
        self.rare_box.setVisible(False)
        food.addWidget(self.rare_box)
        # Hidden until a food kind is picked: fifteen chips would ask for more than a 7" screen has.
        self.tags_box.setVisible(False)
        right.addWidget(self.tags_box)
        right.addStretch(1)
        columns.addLayout(right, 1)  # halves: how many needs its room in large text too
        # Both halves scroll as one page, flicked anywhere, where they do not fit (a 7" screen, the keyboard up):
        # one scroll bar, never a column's beside the page's. "Put it on the table" stays below it, never
        # scrolled away (a 7" screen, the undo bar, the keyboard).
        page = QWidget()
        page_layout = vertical(page, theme.FLUSH, theme.GAP)
        page_layout.addWidget(scroll_page(amount), 1)
        self.done = button("mdi6.check-bold", "Primary", clicked=self.put_on_table)
        finish = horizontal(spacing=theme.GAP_WIDE)  # under the "how many" half, as the halves above
        finish.addWidget(self.done, 1)
        finish.addStretch(1)
        page_layout.addLayout(finish)
        self.pages.addWidget(page)

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.pick_prompt.setText(self.tr("What did you bring? Tap one."))
        set_words(self.back, self.tr("Back"))
        self.how_many.setText(self.tr("How many?"))
        set_words(self.less, self.tr("Fewer"))
        set_words(self.more, self.tr("More"))
        self.count_edit.setAccessibleName(self.tr("How many"))
        set_words(self.quick_buttons[None], self.tr("Lots"))
        self._fit_lots()
        for n in QUICK_COUNTS:
            self.quick_buttons[n].setAccessibleName(self.tr("%n thing(s)", "", n))
        set_words(self.done, self.tr("Put it on the table"))
        self.optional.setText(self.tr("More about it, if you like (you can skip this):"))
        self._show_example()
        self.title_edit.setAccessibleName(self.tr("A few words about it (optional)"))
        self.sizes_label.setText(self.tr("Size"))
        names = {"vegan": self.tr("Vegan"), "vegetarian": self.tr("Vegetarian"), "perishable": self.tr("Eat today")}
        descriptions = {"perishable": self.tr("Perishable — eat today")}
        for key, b in self.tag_buttons.items():
            # An allergen's chip is "Contains gluten" in the kiosk's language (the catalog's words, as on signs).
            words = names.get(key) or tag_name(key, self.window_.lang)
            set_words(b, words, descriptions.get(key, words))
        self.contains_label.setText(self.tr("Tap what it contains:"))
        set_words(self.more_allergens, self.tr("More allergens"),
                  self.tr("Show the other allergens: sesame, fish, crustaceans, molluscs, celery, mustard, "
                          "sulphites, lupin"))
        for box in (self.diet_box, self.common_box, self.rare_box):
            box.arrange()  # the words decide whether the chips stand in one column or two
        for size in self.size_group.buttons():
            if isinstance(size, QPushButton) and size.property("size_choice") == "kids":
                set_words(size, self.tr("Kids"))
        self.sizes_box.arrange()  # "Enfant" may need a column less than "Kids"
        self._refresh_categories()
        self._show_count()
        if self.category is not None:
            self.chosen.setText(self.category.name(self.window_.lang))

    # ----- moving through the steps ----------------------------------------------------------------------

    def entered(self) -> None:
        self._refresh_categories()

    def finish_button(self) -> QAbstractButton | None:
        return self.done if self.pages.currentIndex() == Page.AMOUNT else None

    def reset(self) -> None:
        self.category = None
        self.count = 1
        self.confirmed_large = False
        self.title_edit.clear()
        for b in (*self.tag_buttons.values(), *self.size_group.buttons()):
            b.setChecked(False)
        self.rare_box.setVisible(False)
        self.more_allergens.setVisible(True)
        self._show_count()
        turn_to(self.pages, Page.PICK)

    def _refresh_categories(self) -> None:
        categories = self.window_.attempt(self.window_.market.categories) or []
        columns = 5 if self.window().width() >= theme.WIDE or len(categories) > 12 else 4
        self.categories.fill(categories, self.window_.lang, columns)

    def pick_category(self, key: str) -> None:
        category = self.window_.attempt(self.window_.market.category, key)
        if category is None:
            return
        self.category = category
        self.count = 1
        self.confirmed_large = False
        self.chosen.setText(category.name(self.window_.lang))
        self.tags_box.setVisible(category.is_food)
        self._show_example()
        for box in (self.diet_box, self.common_box, self.rare_box):
            box.arrange()  # in this look's words (large text may have come on since)
        self.sizes_box.fill(category, self.tr("Kids"))
        self.sizes_label.setVisible(not self.sizes_box.isHidden())
        self._show_count()
        turn_to(self.pages, Page.AMOUNT)
        self._fit_lots()

    def _show_example(self) -> None:
        """The field's example fits the kind chosen: soup for ready food, not the winter coats of clothes."""
        examples = {
            "clothes": self.tr("A few words, e.g. winter coats"),
            "shoes": self.tr("A few words, e.g. hiking boots"),
            "books": self.tr("A few words, e.g. children's books"),
            "kitchen": self.tr("A few words, e.g. a kettle"),
            "household": self.tr("A few words, e.g. a lamp"),
            "toys": self.tr("A few words, e.g. a puzzle"),
            "tools": self.tr("A few words, e.g. a drill"),
            "electronics": self.tr("A few words, e.g. a phone charger"),
            "plants": self.tr("A few words, e.g. tomato seedlings"),
            "hygiene": self.tr("A few words, e.g. toothpaste"),
            "food_ready": self.tr("A few words, e.g. vegetable soup"),
            "food_pantry": self.tr("A few words, e.g. rice"),
        }
        key = self.category.key if self.category is not None else ""
        self.title_edit.setPlaceholderText(examples.get(key) or self.tr("A few words about it"))

    def _fit_lots(self) -> None:
        """"Lots" keeps the width its words need in this language and look (large text too); the numbers share
        the rest. Measured when the words change and when the page opens, after a change of look."""
        lots = self.quick_buttons[None]
        lots.ensurePolished()
        lots.setMinimumWidth(lots.sizeHint().width())

    def show_more_allergens(self) -> None:
        """The other eight of the 14 allergens, one tap away so the page stays quick."""
        self.more_allergens.setVisible(False)
        self.rare_box.setVisible(True)
        self.rare_box.arrange()

    def back_to_categories(self) -> None:
        self.reset()

    # ----- how many ------------------------------------------------------------------------------------

    def set_count(self, value: int | None) -> None:
        self.count = value
        self.confirmed_large = False
        self._show_count()

    def step_count(self, delta: int) -> None:
        current = self.count if self.count is not None else 0
        self.set_count(min(QUANTITY_MAX, max(1, current + delta)))

    def typed_count(self, text: str) -> None:
        self.count = int(text) if text.isdigit() else 0
        self.confirmed_large = False
        self._mark_quick()

    def _show_count(self) -> None:
        if self.count is None:
            self.count_edit.setText("")
            self.count_edit.setPlaceholderText(self.tr("Lots"))
        else:
            self.count_edit.setText(str(self.count))
        self.less.setEnabled(self.count is not None and self.count > 1)
        self.more.setEnabled(self.count is None or self.count < QUANTITY_MAX)
        self._mark_quick()

    def _mark_quick(self) -> None:
        self.quick.setExclusive(False)
        for value, b in self.quick_buttons.items():
            b.setChecked(value == self.count)
        self.quick.setExclusive(True)

    # ----- done ----------------------------------------------------------------------------------------

    def put_on_table(self) -> None:
        if self.category is None:
            return
        if self.count is not None and self.window_.attempt(clean_quantity, self.count) is None:
            return  # the core's rules for a count, in the visitor's words
        if needs_confirmation(self.count) and not self.confirmed_large:
            def yes() -> None:
                self.confirmed_large = True
                self.put_on_table()

            self.window_.ask(self.tr("%1 — is that right?").replace("%1", str(self.count)),
                             self.tr("Yes, %1").replace("%1", str(self.count)), self.tr("No, change it"), yes)
            return
        tags = [k for k, b in self.tag_buttons.items() if b.isChecked() and k != "perishable"] \
            if self.category.is_food else []
        perishable = self.category.is_food and self.tag_buttons["perishable"].isChecked()
        listed = self.window_.attempt(
            self.window_.market.list_item, self.category.key, "lots" if self.count is None else self.count,
            self.title_edit.text(), tags, self.sizes_box.chosen(), perishable)
        if listed is None:
            return
        self.reset()
        self.window_.go(Step.THANKS, listed)

    def prepare_screenshot(self) -> None:
        self.pick_category("food_ready")
        self.set_count(12)
        self.title_edit.setText(self.tr("Vegan sandwiches"))
        self.tag_buttons["vegan"].setChecked(True)
        self.tag_buttons["perishable"].setChecked(True)


class ThanksScreen(Screen):
    """Thank you — it's on the table. Goes home by itself, or at once on a tap."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.listed: Listed | None = None
        self.just_listed: Listed | None = None  # arrived with the move here: offered for undo once shown
        layout = vertical(self, theme.THANKS_PAGE, theme.GAP_GROUP)
        layout.addStretch(1)
        self.check = label(wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.check.setPixmap(icon("mdi6.check-circle", theme.colour("bring")).pixmap(96, 96))
        layout.addWidget(self.check)
        self.heading = label("Big", align=Qt.AlignmentFlag.AlignCenter, into=layout)
        self.what = ElidedLabel()  # a title with no spaces must not push the buttons off the screen
        self.what.setObjectName("Title")
        self.what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.what)
        self.wanted = label("Wanted", align=Qt.AlignmentFlag.AlignCenter, into=layout)
        layout.addStretch(1)
        row = horizontal(spacing=theme.GAP_TILES)
        self.another = button("mdi6.plus-circle", clicked=lambda: self.window_.go(Step.BRING))
        self.see = button("mdi6.basket", clicked=lambda: self.window_.go(Step.BROWSE))
        self.home = button("mdi6.home", "Primary", clicked=self.window_.go_home)
        for b in (self.another, self.see, self.home):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(b)
        layout.addLayout(row)
        self.shown_at = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(THANKS_SECONDS * 1000)
        self.timer.timeout.connect(self._time_up)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Thank you — it's on the table!"))
        set_words(self.another, self.tr("Bring more"))
        set_words(self.see, self.tr("See what's here"))
        set_words(self.home, self.tr("Done"))
        if self.listed is not None:
            self.show_listed(self.listed)

    def listed_words(self, listed: Listed) -> str:
        item = listed.item
        category = self.window_.market.category(item.category_key)
        name = item.title or category.name(self.window_.lang)
        if item.is_lots:
            return self.tr("Lots of %1").replace("%1", name)
        return f"{item.quantity} × {name}"

    def receive(self, payload: object) -> None:
        """Just listed: say what (and, once on show, offer to take it back)."""
        if isinstance(payload, Listed):
            self.show_listed(payload)
            self.just_listed = payload

    def _undo_listing(self, listed: Listed) -> None:
        if self.window_.attempt(self.window_.market.unlist_item, listed.item.id) is not None:
            if self.window_.step == Step.THANKS:
                self.window_.go(Step.BRING)

    def show_listed(self, listed: Listed) -> None:
        self.listed = listed
        self.what.setText(self.listed_words(listed))
        category = self.window_.market.category(listed.item.category_key).name(self.window_.lang)
        if listed.open_wants:
            self.wanted.setText(self.tr("%n person(s) looking for %1 — tell the table!", "",
                                        listed.open_wants).replace("%1", category))
            self.wanted.show()
        else:
            self.wanted.hide()

    def entered(self) -> None:
        self.timer.start()
        self.shown_at.start()
        if (listed := self.just_listed) is not None:
            self.just_listed = None
            self.window_.offer_undo(self.listed_words(listed), lambda: self._undo_listing(listed))

    def finish_button(self) -> QAbstractButton | None:
        return self.home

    def reset(self) -> None:
        self.timer.stop()

    def _time_up(self) -> None:
        if self.window_.step == Step.THANKS:
            self.window_.go_home()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap anywhere off the buttons goes home at once — but not the second half of a double tap
        # on the button before, which would hide the thank-you before anyone saw it.
        if self.shown_at.isValid() and self.shown_at.elapsed() > GRACE_MS:
            self.window_.go_home()
        event.accept()

    def prepare_screenshot(self) -> None:
        market = self.window_.market
        item = next((i for i in market.available() if i.category_key == "shoes"), None)
        if item is not None:
            self.show_listed(Listed(item, len(market.open_wants("shoes")) or 2))
