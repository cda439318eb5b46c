"""I'm looking for…: post a want in two taps, anonymously; see open wants; anyone marks one found.

When someone lists a thing of a kind that is wanted, the thank-you screen says so, and the want here
shows what is on the table for it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QWidget,
)

from kiosk.domain import Category, Want
from kiosk.store.on_table import answering
from ui import theme
from ui.flow import ShowOnly, Step
from ui.lists import Role, RowDelegate, RowLook, RowsModel, touch_list
from ui.screens.bring import CategoryGrid, SizeChips
from ui.translators import comma_joined
from ui.widgets import Screen, back_row, button, label, scroll_page, set_words, text_field, turn_to, vertical

if TYPE_CHECKING:
    from ui.host import Host


class Page(IntEnum):
    """The WANTED step's three pages, in the order of its stack. Moving between them stays inside the screen
    (the flow sees one step); arriving from another step starts at PICK."""

    PICK = 0  # what kind of thing; the open wants one tap away
    DETAILS = 1  # a few words and a size if you like, then post
    WANTS = 2  # what people are looking for, each with "Found it" (shown after posting, too)


class WantedScreen(Screen):
    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.category: Category | None = None
        self._categories: dict[str, Category] = {}
        self._wants: list[Want] = []
        # Per want, what on the table answers it: asked of the store for the rows painted, once per refresh.
        self._matches: dict[int, list[int]] = {}
        layout = vertical(self, theme.WANTED_PAGE)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        # Page.PICK: pick a kind; the open wants are one tap away
        first = QWidget()
        pick = vertical(first, theme.FLUSH)
        head_row = QHBoxLayout()
        self.prompt = label("Title")
        head_row.addWidget(self.prompt, 1)
        self.see_wants = button("mdi6.format-list-bulleted", clicked=lambda: turn_to(self.pages, Page.WANTS))
        head_row.addWidget(self.see_wants)
        pick.addLayout(head_row)
        self.categories = CategoryGrid(self.pick_category)
        pick.addWidget(self.categories, 1)
        self.pages.addWidget(first)

        # Page.WANTS (built here, added to the stack after DETAILS): what people are looking for
        wants_page = QWidget()
        right = vertical(wants_page, theme.FLUSH)
        wants_head, self.back_from_list, self.open_heading = back_row(self.reset, "Quiet")
        right.addLayout(wants_head)
        self.model: RowsModel[Want] = RowsModel(self._speak)
        self.list = QListView()
        self.list.setModel(self.model)
        self.delegate = RowDelegate(self.list, describe=self.look)
        self.list.setItemDelegate(self.delegate)
        self.delegate.action.connect(self.found_at)
        touch_list(self.list)
        right.addWidget(self.list, 1)
        self.none_yet = label("Subtitle", into=right)

        # Page.DETAILS: optional words and size, then post
        # The words and sizes may scroll; Back and Post stay in sight on a 7" screen.
        page = QWidget()
        page_layout = vertical(page, theme.FLUSH, theme.GAP)
        head, self.back, self.chosen = back_row(self.reset, "Quiet", wrap=True)
        self.post = button("mdi6.bullhorn", "Primary", clicked=self.post_want)
        head.addWidget(self.post)
        page_layout.addLayout(head)
        second = QWidget()
        form = vertical(second, theme.SCROLL_ROOM, theme.GAP_COLUMN)
        self.optional = label("Subtitle", into=form)
        self.title_edit = text_field(80, into=form)
        self.sizes_box = SizeChips(6)
        self.size_group = self.sizes_box.group
        form.addWidget(self.sizes_box)
        form.addStretch(1)
        page_layout.addWidget(scroll_page(second), 1)
        self.pages.addWidget(page)
        self.pages.addWidget(wants_page)

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("What are you looking for? Tap one."))
        self.open_heading.setText(self.tr("People are looking for:"))
        self.none_yet.setText(self.tr("Nobody has asked for anything yet."))
        set_words(self.back, self.tr("Back"))
        set_words(self.back_from_list, self.tr("Back"))
        self.optional.setText(self.tr("Add a few words or a size if you like — or just post it."))
        self.title_edit.setPlaceholderText(self.tr("e.g. winter boots, a kettle"))
        self.title_edit.setAccessibleName(self.tr("What exactly (optional)"))
        set_words(self.post, self.tr("Post: I'm looking for this"))
        self.list.setAccessibleName(self.tr("What people are looking for"))
        if self.category is not None:
            self.chosen.setText(self.category.name(self.window_.lang))
        if self.isVisible():
            self._show()  # the same wants and things in new words; entered() reads the store

    # ----- rows ----------------------------------------------------------------------------------------

    def _want_title(self, want: Want) -> str:
        category = self._categories.get(want.category_key)
        name = category.name(self.window_.lang) if category else want.category_key
        # "%1: %2": a kind and the words of the want; French puts a space before its colon.
        return self.tr("%1: %2").replace("%1", name, 1).replace("%2", want.title, 1) if want.title else name

    def matches(self, want: Want) -> list[int]:
        """The ids of what on the table answers a want (kiosk.domain.Want.answered_by: its kind, size and
        words). Asked only for the wants shown: a visit that picks a kind reads nothing of the table."""
        if want.id not in self._matches:
            self._matches[want.id] = self.window_.attempt(answering, self.window_.market, want) or []
        return self._matches[want.id]

    def _speak(self, want: object) -> str:
        assert isinstance(want, Want)
        words = [self._want_title(want)]
        if want.size:
            words.append(self.tr("size %1").replace("%1", want.size))
        found = len(self.matches(want))
        if found:
            words.append(self.tr("%n on the table now", "", found))
        return comma_joined(words)

    def look(self, index: QModelIndex | QPersistentModelIndex) -> RowLook:
        want: Want = index.data(Role.ROW)
        category = self._categories.get(want.category_key)
        badges: list[tuple[str, str, bool]] = []
        if want.size:
            badges.append((want.size, theme.colour("mark_size"), False))
        found = len(self.matches(want))
        if found:
            badges.append((self.tr("%n on the table now", "", found), theme.colour("take"), True))
        return RowLook(self._want_title(want), category.icon if category else "mdi6.help", badges,
                       self.tr("Found it"), action_icon="mdi6.check-bold")

    # ----- moving --------------------------------------------------------------------------------------

    def entered(self) -> None:
        if self.window_.previous_step != Step.WANTED:
            self.reset()  # a visitor arriving starts at the beginning
        self.refresh()

    def refresh(self) -> None:
        """Read the wants again, staying on the page shown; what answers each is read as its row is shown."""
        market = self.window_.market
        categories = self.window_.attempt(market.categories) or []
        self._categories = {c.key: c for c in categories}
        self._matches = {}
        self._wants = self.window_.attempt(market.open_wants) or []
        self._show()

    def _show(self) -> None:
        categories = list(self._categories.values())
        columns = 5 if self.window().width() >= theme.WIDE or len(categories) > 12 else 4
        self.categories.fill(categories, self.window_.lang, columns)
        wants = self._wants
        self.model.set_rows(wants)
        self.none_yet.setVisible(not wants)
        set_words(self.see_wants, self.tr("What people want (%1)").replace("%1", str(len(wants))))

    def finish_button(self) -> QAbstractButton | None:
        return self.post if self.pages.currentIndex() == Page.DETAILS else None

    def reset(self) -> None:
        self.category = None
        self.title_edit.clear()
        for b in self.size_group.buttons():
            b.setChecked(False)
        turn_to(self.pages, Page.PICK)

    def pick_category(self, key: str) -> None:
        category = self._categories.get(key)
        if category is None:
            return
        self.category = category
        self.chosen.setText(self.tr("Looking for: %1").replace("%1", category.name(self.window_.lang)))
        self.sizes_box.fill(category, self.tr("Kids"))
        turn_to(self.pages, Page.DETAILS)

    def post_want(self) -> None:
        if self.category is None:
            return
        want = self.window_.attempt(self.window_.market.post_want, self.category.key, self.title_edit.text(),
                                    self.sizes_box.chosen())
        if want is None:
            return
        name = self._want_title(want)
        self.reset()
        self.refresh()
        turn_to(self.pages, Page.WANTS)
        found = self.matches(want)
        if found:
            self.window_.choose(
                self.tr("Posted. Good news: %n of these are on the table right now — have a look!", "",
                        len(found)),
                [("show", self.tr("Show them"), "mdi6.basket", lambda: self.show_on_table(found)),
                 ("ok", self.tr("OK"), "mdi6.check", None)])
        else:
            self.window_.tell(self.tr("Posted: %1. When someone brings one, the kiosk will tell them you're "
                                      "looking.").replace("%1", name))

    def show_on_table(self, ids: list[int]) -> None:
        """See what's here, showing just the things that answer the want."""
        self.window_.go(Step.BROWSE, ShowOnly(frozenset(ids)))

    def found_at(self, index: QModelIndex) -> None:
        want: Want = index.data(Role.ROW)
        if self.window_.attempt(self.window_.market.mark_found, want.id) is not None:
            self.refresh()
            self.window_.offer_undo(self.tr("Marked found: %1").replace("%1", self._want_title(want)),
                                    lambda: self._unfind(want))

    def _unfind(self, want: Want) -> None:
        self.window_.attempt(self.window_.market.mark_found, want.id, False)
        self.refresh()

    def prepare_screenshot(self) -> None:
        self.entered()
