"""See what's here: everything on the table now, newest first, filtered by kind or by a search.

Model/view all the way: a list model over the store's rows, a filter proxy, and one delegate.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Sequence
from functools import partial
from inspect import GEN_CREATED, getgeneratorstate
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.catalog import COMMON_ALLERGENS, TAGS_BY_KEY, allergen_word, allergens_in
from kiosk.clock import bucket, parse_bucket
from kiosk.domain import Category, Item
from kiosk.errors import StoreProblem, VisitorError
from kiosk.store.on_table import Mark, can_follow, mark_now, on_table_in_slices, table_changes
from kiosk.store.search import matching_ids_in
from ui import theme
from ui.flow import LabelFor, ShowOnly, Step
from ui.lists import ItemsModel, Role, RowDelegate, RowLook, mark_badges, rows_shown, touch_list
from ui.off_thread import OffThread
from ui.theme import icon
from ui.widgets import (
    DragScroll,
    FitGrid,
    Screen,
    button,
    horizontal,
    label,
    scroll_page,
    set_words,
    text_field,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host

log = logging.getLogger("ui.screens.browse")

SEARCH_PAUSE_MS = 150
CATCH_UP_MS = 12  # reading the table ahead of a visit, in idle time: a tap waits this long at most
JUST_ARRIVED_MINUTES = 30
KIND_COLUMNS = 5  # the most the sheet of every kind lays across, where their words fit
_thread: list[OffThread] = []


def search_thread() -> OffThread:
    """The searches' own thread, one for the kiosk: the query and the pass over every thing run there."""
    if not _thread:
        _thread.append(OffThread("search"))
    return _thread[0]


Found = tuple[set[int], list[Item], list[str]]


def find(path: Path, typed: str, items: Sequence[Item], category: str | None) -> Found:
    """On the search thread: the ids matching what was typed, and the rows and titles they and `category` let
    through of `items`, newest first (nothing searchable typed, only punctuation: nothing matches). Only ids from
    the oldest of `items` up are looked for: the file keeps every market's things (after 14 markets of 10 000, an
    "s" matched 63 000 of them for the 4 500 on the table)."""
    matching = matching_ids_in(path, typed, items[-1].id if items else 0)
    matching = set() if matching is None else matching
    rows = rows_shown(items, category, matching)
    return matching, rows, [item.title for item in rows]


class KindsSheet(QWidget):
    """Every kind at once, one tap from any of them: over the list, where the row of kinds shows only a few
    (a 7" screen shows two of fourteen)."""

    def __init__(self, parent: QWidget, choose: Callable[[str | None], None]):
        super().__init__(parent)
        self.setObjectName("Notice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.choose = choose
        outer = vertical(self, theme.LIST_PAGE_COMPACT, theme.GAP_NONE)  # all the room there is, for the kinds
        card = QFrame()
        card.setObjectName("NoticeCard")
        column = vertical(card, theme.ROW, theme.GAP)
        head = horizontal(spacing=theme.GAP)
        self.heading = label("Title", wrap=True, into=head)
        head.setStretch(0, 1)
        self.close_button = button("mdi6.close", clicked=self.hide)
        head.addWidget(self.close_button)
        column.addLayout(head)
        self.chips: dict[str | None, QPushButton] = {}
        self.grid = FitGrid([], KIND_COLUMNS)
        column.addWidget(scroll_page(self.grid), 1)
        outer.addWidget(card)
        self.hide()

    def fill(self, entries: list[tuple[str | None, str, str]], chosen: str | None) -> None:
        """(key, pictogram, words) for each kind, the one `chosen` marked."""
        if list(self.chips) != [key for key, _, _ in entries]:
            for b in self.chips.values():
                b.deleteLater()
            self.grid.deleteLater()
            self.chips = {}
            for key, icon_name, _ in entries:
                b = button(icon_name)
                b.setObjectName("Chip")
                b.setCheckable(True)
                b.clicked.connect(lambda _=False, k=key: self._chosen(k))
                self.chips[key] = b
            area = self.findChild(QScrollArea)
            assert area is not None
            self.grid = FitGrid(list(self.chips.values()), KIND_COLUMNS)
            area.setWidget(self.grid)
        for key, _, words in entries:
            set_words(self.chips[key], words)
            self.chips[key].setChecked(key == chosen)
        self.grid.arrange()

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def _chosen(self, key: str | None) -> None:
        self.hide()
        self.choose(key)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self.grid.arrange()


class BrowseScreen(Screen):
    shown = Signal()  # the rows of the filter last asked for are in the list (at once, or a search's when found)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self._categories: dict[str, Category] = {}
        self.category: str | None = None
        self.only: set[int] | None = None  # just these things (what answers a want), until the visitor filters
        self.mark: Mark | None = None  # when the rows kept were last brought up to date with the table
        self.compact = False
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.LIST_PAGE)
        layout.setSpacing(theme.GAP)

        self.top_row = top = QHBoxLayout()
        magnifier = QLabel()
        magnifier.setPixmap(icon("mdi6.magnify", theme.colour("muted")).pixmap(36, 36))
        top.addWidget(magnifier)
        self.search = text_field(60)
        self.search.setObjectName("Search")
        self.search.textChanged.connect(self._typed)
        top.addWidget(self.search, 2)
        self.bring = button("mdi6.hand-heart", clicked=lambda: self.window_.go(Step.BRING))
        top.addWidget(self.bring)
        layout.addLayout(top)

        # Category chips in a row a finger can flick sideways, with arrows that show there is more
        self.chips_box = QWidget()
        chips_line = horizontal(self.chips_box, theme.FLUSH, theme.GAP_TIGHT)
        self.chips_back = button("mdi6.chevron-left", "Quiet", clicked=lambda: self._scroll_chips(-1))
        chips_line.addWidget(self.chips_back)
        self.chips_area = QScrollArea()
        self.chips_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chips_area.setWidgetResizable(True)
        self.chips_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chips_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        DragScroll(self.chips_area)  # flicked sideways by finger or mouse; a tap still chooses
        self.chips_strip = chips = QWidget()
        self.chips_row = horizontal(chips, theme.FLUSH, theme.GAP)
        self.chips_area.setWidget(chips)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str | None, QPushButton] = {}
        chips_line.addWidget(self.chips_area, 1)
        self.chips_more = button("mdi6.chevron-right", "Quiet", clicked=lambda: self._scroll_chips(1))
        chips_line.addWidget(self.chips_more)
        # Every kind at once (a sheet over the list): on a 7" screen it stands in for the row, which shows two.
        self.all_kinds = button("mdi6.view-grid-plus", clicked=self.show_all_kinds)
        chips_line.addWidget(self.all_kinds)
        self.kinds_sheet = KindsSheet(self, self.choose_category)
        scroll = self.chips_area.horizontalScrollBar()
        scroll.valueChanged.connect(self._show_chip_arrows)
        scroll.rangeChanged.connect(self._show_chip_arrows)
        layout.addWidget(self.chips_box)

        self.model = ItemsModel(lambda: self.window_.lang, self.words_for)
        self.proxy = self.model  # the model filters itself: one pass and a reset, no per-row callback
        self.list = QListView()
        self.list.setModel(self.model)
        self.delegate = RowDelegate(self.list, describe=self.look)
        self.list.setItemDelegate(self.delegate)
        self.delegate.action.connect(self.take_at)
        touch_list(self.list)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)

        self.legend = label("Hint", into=layout)  # what the allergen letters on the rows mean

        self.empty = label("Subtitle", align=Qt.AlignmentFlag.AlignCenter, into=layout)

        # The chosen row, with a real button (for screen readers and hardware keyboards).
        self.selected_bar = QWidget()
        bar = horizontal(self.selected_bar, theme.FLUSH)
        self.selected_text = label("Subtitle", wrap=False)
        bar.addWidget(self.selected_text, 1)
        # for a pile of "lots" that is used up
        self.gone_button = button("mdi6.close-circle-outline", clicked=self.mark_selected_gone)
        bar.addWidget(self.gone_button)
        # A food thing's label (what, eat by, Contains), to print for its pot or box.
        self.label_button = button("mdi6.label-outline", clicked=self.label_selected)
        bar.addWidget(self.label_button)
        self.take_button = button("mdi6.hand-extended", "Primary", clicked=self.take_selected)
        bar.addWidget(self.take_button)
        self.selected_bar.hide()
        layout.addWidget(self.selected_bar)

        QGuiApplication.inputMethod().visibleChanged.connect(self._make_room)
        window.undo_bar.installEventFilter(self)
        self.search.installEventFilter(self)  # resized: its example words are fitted again

        # The table read in slices of idle time, ahead of a visit (catch_up).
        self.catching_up: Generator[None, None, None] | None = None
        self.catch_up_timer = QTimer(self)
        self.catch_up_timer.setSingleShot(True)
        self.catch_up_timer.setInterval(0)
        self.catch_up_timer.timeout.connect(self._catch_up_step)

        window.flow.moved.connect(self._moved)

        self.search_pause = QTimer(self)
        self.search_pause.setSingleShot(True)
        self.search_pause.setInterval(SEARCH_PAUSE_MS)
        self.search_pause.timeout.connect(self.apply_filter)
        self.asked = 0  # searches asked of the search thread; only the last one's answer is shown
        self.answered = 0

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._fit_placeholder()
        self.search.setAccessibleName(self.tr("Search what's here"))
        set_words(self.bring, self.tr("I brought something"))
        set_words(self.take_button, self.tr("Take one"))
        set_words(self.gone_button, self.tr("None left"), self.tr("This pile is used up: take it off the list"))
        set_words(self.label_button, self.tr("Label"),
                  self.tr("Print a food label for it: what it is, eat by, Contains"))
        self.list.setAccessibleName(self.tr("Things on the table"))
        # Arrows only: they show the row of kinds goes on; a screen reader hears what they do.
        self.chips_back.setAccessibleName(self.tr("Show the kinds before these"))
        self.chips_more.setAccessibleName(self.tr("Show more kinds"))
        self._word_chips()
        self._explain_marks()
        self._word_all_kinds()
        self.list.viewport().update()
        self._show_empty()

    def _explain_marks(self) -> None:
        """What the allergen letters on the rows mean: those of the allergens on the table (of 14, and the old
        "nuts"), or the common ones while nothing is marked."""
        lang = self.window_.lang
        present = allergens_in(tuple({tag for item in self.model.items for tag in item.tags}))
        keys = present or list(COMMON_ALLERGENS)
        marks = [f"{TAGS_BY_KEY[key].mark(lang)} {allergen_word(key, lang)}" for key in keys]
        self.legend.setText(self.tr("Contains:") + " " + " · ".join(marks))

    def words_for(self, item: Item) -> tuple[str, str]:
        category = self._categories.get(item.category_key)
        title = item.title or (category.name(self.window_.lang) if category else item.category_key)
        if item.gone:
            count = self.tr("All gone")
        elif item.is_lots:
            count = self.tr("Lots")
        else:
            count = self.tr("%n left", "", item.left or 0)
        return title, count

    def look(self, index: QModelIndex | QPersistentModelIndex) -> RowLook:
        item: Item = index.data(Role.ROW)
        category = self._categories.get(item.category_key)
        title, count = self.words_for(item)
        badges: list[tuple[str, str, bool]] = [(count, theme.colour("row_dim_ink" if item.gone else "chosen"), True)]
        if self.just_arrived(item) and not item.gone:
            badges.append((self.tr("Just arrived"), theme.colour("wanted_ink"), True))
        badges += mark_badges(item, self.window_.lang)
        return RowLook(title, category.icon if category else "mdi6.help", badges,
                       "" if item.gone else self.tr("Take one"), dimmed=item.gone)

    def just_arrived(self, item: Item) -> bool:
        if item.carried_from is not None:
            return False  # kept from the market before: not new on the table
        now = parse_bucket(bucket(self.window_.market.clock()))
        minutes = (now - parse_bucket(item.listed_at)).total_seconds() / 60
        return 0 <= minutes < JUST_ARRIVED_MINUTES

    # ----- filling -------------------------------------------------------------------------------------

    def _build_chips(self) -> None:
        for b in self.chips.values():
            self.chip_group.removeButton(b)
            self.chips_row.removeWidget(b)  # out of the row now, not when Qt gets round to deleting it
            b.hide()
            b.deleteLater()
        self.chips = {}
        for key, icon_name, words in self.kind_entries():
            b = button(icon_name)
            b.setObjectName("Chip")
            b.setCheckable(True)
            set_words(b, words)
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, k=key: self.choose_category(k))
            self.chip_group.addButton(b)
            self.chips_row.addWidget(b)
            b.show()  # at once, not on the next turn of the event loop
            self.chips[key] = b
        self.chips[self.category if self.category in self.chips else None].setChecked(True)
        self._fit_chips()

    def _fit_placeholder(self) -> None:
        """The example words while they fit in the field, else just "Search": never cut off."""
        long = self.tr("Search, e.g. shoes, vegan, books")
        self.search.ensurePolished()
        room = self.search.width() - 24 - 40  # its padding, and the ⓧ that comes with typed words
        fits = self.search.fontMetrics().horizontalAdvance(long) <= room
        self.search.setPlaceholderText(long if fits or not self.search.isVisible() else self.tr("Search"))

    def kind_entries(self) -> list[tuple[str | None, str, str]]:
        """(key, pictogram, words) for Everything and each kind, in the row's order."""
        return [(None, "mdi6.view-grid", self.tr("Everything")),
                *((c.key, c.icon, c.name(self.window_.lang)) for c in self._categories.values())]

    def _word_all_kinds(self) -> None:
        category = self._categories.get(self.category or "")
        if self.compact and category is not None:
            words = category.name(self.window_.lang)
        else:
            words = self.tr("All kinds")
        set_words(self.all_kinds, words, self.tr("Show every kind, to choose one"))

    def show_all_kinds(self) -> None:
        self.kinds_sheet.heading.setText(self.tr("Which kind of thing?"))
        set_words(self.kinds_sheet.close_button, self.tr("Close"))
        self.kinds_sheet.fill(self.kind_entries(), self.category)
        self.kinds_sheet.open()

    def _word_chips(self) -> None:
        """New words on the chips there are (a language switch), without building them again."""
        for key, chip in self.chips.items():
            set_words(chip, self.tr("Everything") if key is None else self._categories[key].name(self.window_.lang))
        if self.chips:
            self._fit_chips()

    def _fit_chips(self) -> None:
        # Every chip at its natural width; the row scrolls sideways instead of squeezing words.
        self.ensurePolished()
        widths = [chip.sizeHint().width() for chip in self.chips.values()]
        spacing = self.chips_row.spacing()
        self.chips_strip.setMinimumWidth(sum(widths) + spacing * max(0, len(widths) - 1))
        self.chips_area.setFixedHeight(max(c.sizeHint().height() for c in self.chips.values()) + 4)

    def _scroll_chips(self, direction: int) -> None:
        scroll = self.chips_area.horizontalScrollBar()
        scroll.setValue(scroll.value() + direction * max(64, self.chips_area.viewport().width() * 2 // 3))

    def _show_chip_arrows(self) -> None:
        scroll = self.chips_area.horizontalScrollBar()
        more = scroll.maximum() > 0
        row = not self.compact  # on a 7" screen one button names the kind chosen and opens them all
        self.chips_area.setVisible(row)
        self.chips_back.setVisible(row and more)
        self.chips_more.setVisible(row and more)
        self.all_kinds.setVisible(self.compact or more)
        self._word_all_kinds()
        self.chips_back.setEnabled(scroll.value() > scroll.minimum())
        self.chips_more.setEnabled(scroll.value() < scroll.maximum())

    def _arrange(self) -> None:
        """On a short screen the kinds share the search's row, so the list keeps at least three rows."""
        compact = self.window().height() < theme.COMPACT_HEIGHT
        if compact == self.compact:
            return
        self.compact = compact
        self._show_chip_arrows()
        self.column.removeWidget(self.chips_box)
        self.top_row.removeWidget(self.chips_box)
        if compact:
            self.top_row.insertWidget(2, self.chips_box, 0)  # the one button naming the kind: the search has the rest
            self.column.setContentsMargins(theme.LIST_PAGE_COMPACT)
            self.column.setSpacing(theme.GAP_TIGHT)
        else:
            self.column.insertWidget(1, self.chips_box)
            self.column.setContentsMargins(theme.LIST_PAGE)
            self.column.setSpacing(theme.GAP)
        self._make_room()

    def typing(self) -> bool:
        return QGuiApplication.inputMethod().isVisible() and self.search.hasFocus()

    def _make_room(self) -> None:
        """While someone types a search the kinds, the legend and the chosen row's bar give way to the results;
        on a short screen the legend also gives way to the undo bar (below the list, so no row moves)."""
        typing = self.typing()
        short_of_room = self.compact and self.window_.undo_bar.isVisible()
        self.chips_box.setVisible(not typing)
        self.bring.setVisible(not typing and not self.compact)
        self.legend.setVisible(not typing and not short_of_room)
        self.selected_bar.setVisible(not typing and self._selected_item() is not None)

    def typing_room(self) -> int:
        if not self.search.hasFocus():
            return super().typing_room()
        rows = 2 if self.window().height() < theme.SHORT_HEIGHT else 3
        margins = self.column.contentsMargins()
        return (margins.top() + self.search.height() + self.column.spacing() + rows * self.delegate.row_height
                + margins.bottom())

    def entered(self) -> None:
        market = self.window_.market
        categories = self.window_.attempt(market.categories) or []
        if [c.key for c in categories] != list(self._categories):
            self._categories = {c.key: c for c in categories}
            self._build_chips()
        # The chips' sizes follow the window's style sheet, which follows the window's size.
        self._fit_chips()
        # Rows a little shorter on a 7" screen so more of the table shows; never under 64 px of button.
        height = self.window().height()
        row_height = 80 if height < theme.COMPACT_HEIGHT else (96 if height < theme.ROOMY_HEIGHT else 116)
        if row_height != self.delegate.row_height:  # the rows kept are laid out again, even if none is read
            self.delegate.row_height = row_height
            self.list.doItemsLayout()
        self._arrange()
        # Rows are kept between visits: only things listed, changed or removed since are read, and only their
        # rows change (the store's log of changes says which, whoever made them: this kiosk or another's journal).
        if self.read_table():
            self._explain_marks()
        self.apply_filter()
        self.list.scrollToTop()

    def catch_up(self) -> None:
        """While another screen shows: if the table must be read whole (a new market day, or never read), read
        it in slices of idle time, so a visit finds only the few changes since to read. Looked at each time the
        kiosk moves to another screen (a steward opening a market moves on to the next); one reading at a time."""
        if self.catching_up is None and not self.isVisible() and not self.window_.closed:
            self.catching_up = self._catching_up()
            self.catch_up_timer.start()

    def _moved(self, _before: Step, to: Step, _payload: object) -> None:
        if to != Step.BROWSE:
            self.catch_up()

    def _catching_up(self) -> Generator[None, None, None]:
        market = self.window_.market
        now = mark_now(market)
        if can_follow(market, self.mark, now):
            return  # a visit reads the few changes since
        items: list[Item] = []
        for part in on_table_in_slices(market, now.event_id):
            items += part
            yield
        # As read from `now` on: whatever changed meanwhile is in the log after it, read on the next visit.
        self.model.set_rows(items)
        self.mark = now
        self._explain_marks()

    def _catch_up_step(self, to_the_end: bool = False) -> None:
        """Slices of the reading for up to CATCH_UP_MS of idle time (or all that is left)."""
        until = time.perf_counter() + CATCH_UP_MS / 1000
        if self.window_.closed:  # its market is closed next, or already: nothing more is read
            self.catching_up = None
        while self.catching_up is not None:
            try:
                next(self.catching_up)
            except StopIteration:
                self.catching_up = None
            except (StoreProblem, VisitorError) as problem:  # a visit reads the table itself, and says so
                log.info("reading the table ahead of a visit: %s", problem)
                self.catching_up = None
            if not to_the_end and time.perf_counter() >= until:
                break
        if self.catching_up is not None:
            self.catch_up_timer.start()
        else:
            self.catch_up_timer.stop()

    def read_table(self) -> bool:
        """Bring the rows kept up to date with the table; whether any changed."""
        if self.catching_up is not None and getgeneratorstate(self.catching_up) == GEN_CREATED:
            self.catching_up = None  # not begun: table_changes() reads what it would have
        self._catch_up_step(to_the_end=True)  # begun while home showed: finished now
        changes = self.window_.attempt(table_changes, self.window_.market, self.mark)
        if changes is None:
            return False
        self.mark = changes.mark
        if changes.whole is not None:
            self.model.set_rows(changes.whole)
            return True
        self.model.update(changes.changed)
        return bool(changes.changed)

    def reset(self) -> None:
        self.answered = self.asked  # a search still on its way is not shown
        self.search.clear()  # with its signals: the field's ⓧ fades out with the words (blocked, it stayed on show)
        self.search_pause.stop()  # and the emptied field is not searched for
        self.category = None
        self.only = None
        if None in self.chips:
            self.chips[None].setChecked(True)
        self.model.set_filter(None, None)
        self.list.clearSelection()
        self.selected_bar.hide()
        self.kinds_sheet.hide()
        self._word_all_kinds()

    def choose_category(self, key: str | None) -> None:
        self.category = key
        self.only = None
        chip = self.chips.get(key)
        if chip is not None and not chip.isChecked():  # chosen on the sheet: the row shows it too
            chip.setChecked(True)
            self.chips_area.ensureWidgetVisible(chip)
        self._word_all_kinds()
        self.apply_filter()

    def receive(self, payload: object) -> None:
        if isinstance(payload, ShowOnly):
            self.show_only(set(payload.item_ids))

    def show_only(self, ids: set[int]) -> None:
        """Open on just these things the next time the screen shows (the things that answer a want)."""
        self.reset()
        self.only = set(ids)

    def _typed(self) -> None:
        self.only = None
        self.search_pause.start()

    def searching(self) -> bool:
        """Whether a search's rows are still to come from the search thread."""
        return self.answered != self.asked

    def apply_filter(self, items: list[Item] | None = None) -> None:
        typed = self.search.text()
        path = self.window_.market.path
        self.answered = self.asked  # whatever a search still on its way finds is not shown now
        if typed.strip() and path is not None and items is None:
            self._search(path, typed)
            return
        # No words typed, or a market in memory (a screenshot's copy): the rows shown here and now.
        matching = self.window_.attempt(self.window_.market.matching_ids, typed) if typed.strip() else None
        if typed.strip() and matching is None:
            matching = set()  # nothing searchable typed (only punctuation): nothing matches
        if self.only is not None and matching is None and self.category is None:
            matching = self.only
        self.model.set_filter(self.category, matching, items)
        self._show_selected()
        self._show_empty()
        self.shown.emit()

    def _search(self, path: Path, typed: str) -> None:
        """The query and the pass over every thing on the search thread; the rows come back to _found. Until then
        the list shows what it showed."""
        self.asked += 1
        asked, version, category = self.asked, self.model.version, self.category
        work = partial(find, path, typed, tuple(self.model.items), category)
        search_thread().call(work, lambda found: self._found(path, asked, version, category, found),
                             lambda problem: self._not_found(asked, problem))

    def _found(self, path: Path, asked: int, version: int, category: str | None, found: Found) -> None:
        if not isValid(self) or asked != self.asked or self.answered == asked:
            return  # the window is gone, or another search or filter came after this one
        matching, rows, titles = found
        if not self.model.show_found(version, category, matching, rows, titles):
            self._search(path, self.search.text())  # the table changed meanwhile: found again
            return
        self.answered = asked
        self._show_selected()
        self._show_empty()
        self.shown.emit()

    def _not_found(self, asked: int, problem: Exception) -> None:
        if not isValid(self) or asked != self.asked or self.answered == asked:
            return
        self.answered = asked

        def told() -> None:
            raise problem  # a known problem becomes a plain message, as any store call's (attempt)

        self.window_.attempt(told)
        self.model.set_filter(self.category, set())  # and nothing matches, as when the query fails here
        self._show_selected()
        self._show_empty()
        self.shown.emit()

    def _show_empty(self) -> None:
        empty = self.proxy.rowCount() == 0
        self.empty.setVisible(empty)
        if not empty:
            return
        if self.search.text().strip():
            self.empty.setText(self.tr("Nothing matches “%1” right now. Try another word, or post what "
                                       "you're looking for.").replace("%1", self.search.text().strip()))
        elif self.category:
            self.empty.setText(self.tr("Nothing of this kind on the table right now."))
        else:
            self.empty.setText(self.tr("The table is empty right now. Bring something?"))

    # ----- taking --------------------------------------------------------------------------------------

    def take_at(self, index: QModelIndex) -> None:
        item: Item = index.data(Role.ROW)
        self.take(item)

    def take_selected(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.take_at(index)

    def take(self, item: Item) -> None:
        taken = self.window_.attempt(self.window_.market.take_one, item.id)
        if taken is None:
            self.entered()  # it may have gone meanwhile: show the table as it is
            return
        if taken.gone:
            self.proxy.keep.add(taken.id)  # shows "All gone" until the list is filtered again
        self.model.replace(taken)
        self._show_selected()
        title, _ = self.words_for(taken)
        self.window_.offer_undo(self.tr("You took one: %1").replace("%1", title), lambda: self.untake(taken))

    def mark_selected_gone(self) -> None:
        index = self.list.currentIndex()
        item: Item | None = index.data(Role.ROW) if index.isValid() else None
        if item is None:
            return
        gone = self.window_.attempt(self.window_.market.mark_gone, item.id)
        if gone is None:
            return
        self.proxy.keep.add(gone.id)
        self.model.replace(gone)
        self._show_selected()
        title, _ = self.words_for(gone)
        self.window_.offer_undo(self.tr("None left: %1").replace("%1", title), lambda: self._back_on_table(gone))

    def _back_on_table(self, item: Item) -> None:
        back = self.window_.attempt(self.window_.market.mark_gone, item.id, False)
        if back is not None:
            self.model.replace(back)
            self._show_selected()

    def untake(self, item: Item) -> None:
        back = self.window_.attempt(self.window_.market.untake_one, item.id)
        if back is not None:
            self.model.replace(back)
            self._show_selected()

    def _selected_item(self) -> Item | None:
        index = self.list.currentIndex()
        return index.data(Role.ROW) if index.isValid() else None

    def _show_selected(self) -> None:
        item = self._selected_item()
        if item is None:
            self.selected_bar.hide()
            return
        title, count = self.words_for(item)
        # Isolated, so a right-to-left title does not carry the count along with it.
        self.selected_text.setText(f"\u2068{title}\u2069 — {count}")
        self.take_button.setEnabled(not item.gone)
        self.gone_button.setVisible(item.is_lots and not item.gone)
        category = self._categories.get(item.category_key)
        self.label_button.setVisible(bool(category and category.is_food) and not item.gone)
        self.selected_bar.show()
        self._make_room()

    def label_selected(self) -> None:
        item = self._selected_item()
        if item is not None:
            self.window_.go(Step.FOOD_LABELS, LabelFor(item.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange):
            self._fit_placeholder()
        if watched is self.window_.undo_bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._make_room()
        # On a hardware keyboard, Enter or Space takes one of the chosen row.
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.take_selected()
            return True
        return super().eventFilter(watched, event)

    def warm(self) -> None:
        """In idle time after the first paint: read what is on the table, so a first visit shows it at once."""
        if self.mark is None:  # filtered now, behind home: a first visit with nothing changed resets nothing
            self.catch_up()

    def prepare_screenshot(self) -> None:
        self.entered()
