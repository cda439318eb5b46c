"""What keeps a visitor's taps quick at 10 000 things (issue 25). Timings live in benchmarks/run; these tests
guard only structure: what a tap on Large text restyles, what entering See what's here and I'm looking for
reads and rebuilds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

import kiosk.store.on_table
import ui.screens.wanted
from tests.gui.conftest import make_window, tap
from ui.flow import Step
from ui.lists import Role


class Restyled(QObject):
    """Counts the style changes each watched screen is told of."""

    def __init__(self, screens: dict[Step, QObject]):
        super().__init__()
        self.steps = {id(screen): step for step, screen in screens.items()}
        self.seen: list[Step] = []
        for screen in screens.values():
            screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and id(watched) in self.steps:
            self.seen.append(self.steps[id(watched)])
        return False


def test_large_text_restyles_the_screen_on_show_and_each_other_screen_when_it_is_next_shown(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    window.build_everything()
    home = window.screen_for(Step.HOME)
    browse = window.screen_for(Step.BROWSE)
    usual = QFontInfo(browse.bring.font()).pixelSize()
    hidden = {step: screen for step, screen in window.built_screens().items() if step != Step.HOME}
    restyled = Restyled(hidden)
    tap(home.large_button)
    assert home.large_button.isChecked()
    assert restyled.seen == []  # no screen but home's was restyled by the tap
    tap(home.tiles[Step.BROWSE])
    assert restyled.seen and set(restyled.seen) == {Step.BROWSE}  # restyled as it came on show
    assert QFontInfo(browse.bring.font()).pixelSize() > usual  # and in large text
    tap(window.home_button)
    tap(home.large_button)
    assert not home.large_button.isChecked()
    assert set(restyled.seen) == {Step.BROWSE}
    tap(home.tiles[Step.BROWSE])
    assert QFontInfo(browse.bring.font()).pixelSize() == usual


class StyleChanges(QObject):
    """Every widget told its style changed, anywhere in the application, while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            self.widgets.append(watched)
        return False

    def stop(self) -> set[QWidget]:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)
        return set(self.widgets)


def test_large_text_restyles_only_the_top_bar_and_home_and_hidden_parts_when_they_are_next_shown(qtbot, market):
    window = make_window(qtbot, market, (800, 480))
    home = window.screen_for(Step.HOME)
    tap(window.language_button)  # the chooser: a notice of one button per language, hidden once one is chosen
    usual = QFontInfo(window.notice.answer_button("en").font()).pixelSize()
    tap(window.notice.answer_button("en"))
    assert not window.notice.isVisible() and not window.undo_bar.isVisible()
    on_show = {window.top_bar, home, *window.top_bar.findChildren(QWidget), *home.findChildren(QWidget)}
    changes = StyleChanges()
    tap(home.large_button)
    restyled = changes.stop()
    assert home.large_button.isChecked()
    # The top bar and home, each once restyled; not the notice, the undo bar or anything else hidden.
    assert window.top_bar in restyled and home in restyled and home.tiles[Step.BRING] in restyled
    assert restyled <= on_show, sorted(w.objectName() or type(w).__name__ for w in restyled - on_show)
    words = QFontInfo(window.event_title.font()).pixelSize(), QFontInfo(home.tiles[Step.BRING].font()).pixelSize()
    # Hidden parts take the look as they come on show: the chooser's buttons and the undo bar in large text.
    tap(window.language_button)
    assert QFontInfo(window.notice.answer_button("en").font()).pixelSize() > usual
    tap(window.notice.answer_button("en"))
    window.offer_undo("Taken: a chair", lambda: None)
    assert QFontInfo(window.undo_bar.undo_button.font()).pixelSize() > usual
    # And back: the usual words everywhere again.
    tap(home.large_button)
    assert QFontInfo(window.event_title.font()).pixelSize() < words[0]
    assert QFontInfo(home.tiles[Step.BRING].font()).pixelSize() < words[1]
    tap(window.language_button)
    assert QFontInfo(window.notice.answer_button("en").font()).pixelSize() == usual


def test_entering_see_whats_here_again_with_nothing_changed_rebuilds_no_rows(qtbot, demo_market):
    window = make_window(qtbot, demo_market, (800, 480))
    window.build_everything()  # the rows read in idle time, ahead of the first visit
    home = window.screen_for(Step.HOME)
    tap(home.tiles[Step.BROWSE])
    browse = window.screen_for(Step.BROWSE)
    shown = browse.proxy.rowCount()
    assert shown > 0
    # Kept, not reset, yet laid out as the rows of a 7" screen (shorter, so more of the table shows).
    assert browse.delegate.row_height == 80
    qtbot.waitUntil(lambda: browse.list.visualRect(browse.proxy.index(0, 0)).height() == 80)
    resets: list[int] = []
    browse.model.modelReset.connect(lambda: resets.append(1))
    for _ in range(2):
        tap(window.home_button)
        tap(home.tiles[Step.BROWSE])
    assert resets == [] and browse.proxy.rowCount() == shown
    # A kind chosen and the visitor gone home: the next visit shows everything again, in one reset.
    tap(browse.all_kinds)  # on a 7" screen the kinds are on a sheet over the list
    tap(browse.kinds_sheet.chips[browse.proxy.index(0, 0).data(Role.ROW).category_key])
    tap(window.home_button)
    tap(home.tiles[Step.BROWSE])
    assert len(resets) == 2 and browse.proxy.rowCount() == shown


def test_entering_im_looking_for_reads_nothing_of_the_table_and_the_wants_shown_only_their_own(
        qtbot, demo_market, monkeypatch):
    keys = [c.key for c in demo_market.categories()]
    for key in keys[:3]:
        demo_market.post_want(key)
    window = make_window(qtbot, demo_market)
    window.build_everything()  # See what's here reads the table in idle time, ahead of a visit
    home = window.screen_for(Step.HOME)
    read: list[str] = []
    state, answering = kiosk.store.on_table.table_state, getattr(kiosk.store.on_table, "answering", None)
    monkeypatch.setattr(kiosk.store.on_table, "table_state", lambda market: (read.append("all"), state(market))[1])
    monkeypatch.setattr(ui.screens.wanted, "answering",
                        lambda market, want: (read.append(want.category_key), answering(market, want))[1],
                        raising=False)
    tap(home.tiles[Step.WANTED])
    wanted = window.screen_for(Step.WANTED)
    assert read == []  # choosing a kind needs nothing of what is on the table
    tap(wanted.see_wants)
    wants = demo_market.open_wants()
    qtbot.waitUntil(lambda: len(read) >= 3)
    qtbot.wait(50)
    assert "all" not in read  # each want shown asks for what answers it, once, and nothing else is read
    assert set(read) <= {want.category_key for want in wants} and len(read) <= len(wants)
