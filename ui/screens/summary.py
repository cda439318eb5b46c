"""An event's summary: what we shared together, two charts, the weights for the kg estimate, and export.

Export goes to a folder a steward picks: removable drives first, then an `exports/` folder beside the
data file. Every file is written whole or not at all.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk import export
from kiosk.errors import OUT_REFUSED_BECAUSE, OutputProblem, reason_of
from kiosk.store import summary as summary_store
from kiosk.summary import Summary, redact_contact
from ui import theme
from ui.charts import category_chart, new_category_chart, new_timeline_chart, timeline_chart
from ui.drives import removable_volumes
from ui.flow import ShowEvent, Step
from ui.saving import painted_here, save
from ui.theme import tokens_for
from ui.widgets import (
    Screen,
    button,
    grid_layout,
    isolated,
    label,
    row_of,
    scrolling_column,
    set_words,
    start_where_the_reader_starts,
)

if TYPE_CHECKING:
    from ui.host import Host

log = logging.getLogger(__name__)
WEIGHT_STEP_KG = 0.05



class SummaryScreen(Screen):
    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.event_id: int | None = None  # None: the open market, else the latest
        self.summary: Summary | None = None
        self.places: list[tuple[str, Path, bool]] = []
        self.last_saved: Path | None = None  # the last export's file, once its place has answered
        self.saving: set[QAbstractButton] = set()  # export buttons whose file is on its way (ui/saving.py)

        self.area, column = scrolling_column(self)

        self.back = button("mdi6.arrow-left", clicked=lambda: self.window_.go(Step.STEWARD))
        self.events_button = button("mdi6.calendar-month", clicked=lambda: self.window_.go(Step.EVENTS))
        self.to_export = button("mdi6.export", "Primary")
        self.to_export.clicked.connect(lambda: self.area.ensureWidgetVisible(self.json_button, 0, 40))
        column.addLayout(row_of(self.back, self.events_button, None, self.to_export))

        self.heading = label("Title", into=column)
        self.event_line = label("Subtitle", into=column)
        self.headline = label("Headline", into=column)
        self.totals = label(into=column)

        # Made with the screen (in idle time, ui/steward_tools.py), filled again in place on each show: a chart
        # made and laid out anew was most of a show, and of the first one.
        self.charts: list[QChart] = [new_category_chart(), new_timeline_chart()]
        self.category_view = self._chart_view(self.charts[0])
        self.timeline_view = self._chart_view(self.charts[1])
        self.charts_grid = grid_layout(spacing=theme.GAP_COLUMN)
        column.addLayout(self.charts_grid)
        for row, view in enumerate((self.category_view, self.timeline_view)):
            self.charts_grid.addWidget(view, row, 0)  # in the screen from the start (_place_charts arranges them)
            view.hide()  # until a summary with figures shows them

        # Export
        self.export_heading = label("Subtitle", wrap=False, into=column)
        self.places_row = QHBoxLayout()
        self.places_group = QButtonGroup(self)
        self.places_group.setExclusive(True)
        column.addLayout(self.places_row)
        formats = QHBoxLayout()
        self.pdf_button = button("mdi6.file-pdf-box", "Primary")
        self.csv_button = button("mdi6.file-delimited", "Primary")
        self.json_button: QPushButton = button("mdi6.code-json")
        for fmt, b in (("pdf", self.pdf_button), ("csv", self.csv_button), ("json", self.json_button)):
            b.clicked.connect(lambda _=False, f=fmt, tapped=b: self.export(f, tapped))
            formats.addWidget(b)
        formats.addStretch(1)
        column.addLayout(formats)

        # Average weights for the estimate
        weights_row = QHBoxLayout()
        self.weights_toggle = button("mdi6.scale-balance")
        self.weights_toggle.setCheckable(True)
        self.weights_toggle.toggled.connect(self._show_weights)
        weights_row.addWidget(self.weights_toggle)
        weights_row.addStretch(1)
        column.addLayout(weights_row)
        self.weights_panel = QWidget()
        self.weights_grid = grid_layout(self.weights_panel, theme.FLUSH)
        self.weights_grid.setHorizontalSpacing(10)
        self.weights_note = label("Hint")
        self.weight_rows: dict[str, tuple[QLabel, QPushButton, QLabel, QPushButton]] = {}
        self.weights_panel.setMaximumWidth(900)
        self.weights_panel.hide()
        column.addWidget(self.weights_panel)
        column.addStretch(1)

    def _chart_view(self, chart: QChart) -> QChartView:
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        view.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        view.setStyleSheet("background: transparent;")
        return view

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_words(self.back, self.tr("Stewards"))
        set_words(self.events_button, self.tr("Market days"))
        start_where_the_reader_starts(self.window_.lang, self.heading, self.event_line)
        set_words(self.to_export, self.tr("Export"))
        set_words(self.weights_toggle, self.tr("Weights for the kg estimate"))
        self.weights_note.setText(self.tr("Average kilograms of one thing of each kind. Things taken × weight "
                                          "gives a rough “kept out of the bin” figure. The starting numbers "
                                          "are round guesses; change them to suit your table.") + " "
                                  + self.tr("* changed by a steward."))
        self.export_heading.setText(self.tr("Export: pick where, then what"))
        set_words(self.pdf_button, self.tr("PDF report"))
        set_words(self.csv_button, self.tr("Spreadsheet (CSV)"))
        set_words(self.json_button, self.tr("Data (JSON)"))
        if self.isVisible():
            self.refresh()  # otherwise entered() does, when the screen is next shown

    # ----- showing -------------------------------------------------------------------------------------

    def receive(self, payload: object) -> None:
        if isinstance(payload, ShowEvent):
            self.show_event(payload.event_id)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id

    def entered(self) -> None:
        self.refresh()
        self._fill_places()

    def reset(self) -> None:
        self.event_id = None
        self.weights_toggle.setChecked(False)
        self.area.verticalScrollBar().setValue(0)

    def prepare_screenshot(self) -> None:
        self.event_id = None
        self.entered()

    def refresh(self) -> None:
        market = self.window_.market
        which = self.event_id
        event_id = self.window_.attempt(summary_store.resolve_event, market, which) if (
            which is not None or market.events()) else None
        # The screen shows totals; the thing-by-thing leftovers are read only for the PDF (export()).
        summary = self.window_.attempt(summary_store.read_summary, market, event_id, False) if event_id else None
        self.summary = summary
        has = summary is not None
        for b in (self.pdf_button, self.csv_button, self.json_button, self.weights_toggle, self.to_export):
            b.setEnabled(has and b not in self.saving)
        if summary is None:
            self.heading.setText(self.tr("No market yet"))
            self.event_line.setText("")
            self.headline.setText(self.tr("Open a market in “Market days”; its summary shows here."))
            self.totals.setText("")
            self.category_view.hide()
            self.timeline_view.hide()
            return
        event = summary.event
        self.heading.setText(redact_contact(event.title))
        date = QLocale().toString(QDate.fromString(event.date, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
        state = self.tr("open now") if event.is_open else self.tr("closed")
        self.event_line.setText(" · ".join(p for p in (date, redact_contact(event.place), state) if p))
        self.headline.setText(self.tr("Together we shared %1 in %2.")
                              .replace("%1", self.tr("%n thing(s)", "", summary.brought))
                              .replace("%2", self.tr("%n kind(s)", "", summary.categories_shared)))
        self.totals.setText("\n".join(self.total_lines(summary)))
        self._draw_charts(summary)
        if self.weights_toggle.isChecked():  # else filled when a steward opens them
            self._fill_weights(summary)

    def meal_lines(self, s: Summary, loc: QLocale) -> list[str]:
        """Meals served, and food rescued as weighed (kg) and counted (pieces), never estimated."""
        lines = []
        if s.meals_served:
            lines.append(self.tr("Meals served: %1.").replace("%1", loc.toString(s.meals_served)))
        if s.rescued:
            lines.append(self.tr("Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).")
                         .replace("%1", loc.toString(s.rescued_kg, "f", 1))
                         .replace("%2", loc.toString(s.rescued_pieces)))
        return lines

    def total_lines(self, s: Summary) -> list[str]:
        loc = QLocale()
        # A market still open has no end yet: what is on the table is there now.
        still = (self.tr("%1 found a new home; %2 still here now.") if s.event.is_open
                 else self.tr("%1 found a new home; %2 still here at the end."))
        lines = [still.replace("%1", loc.toString(s.taken)).replace("%2", loc.toString(s.still_here))]
        if s.lots_piles:
            lines.append(self.tr("Piles too big to count still here: %1.").replace("%1", loc.toString(s.lots_piles)))
        lines.append(self.tr("Wants posted: %1, found: %2. Skills offered: %3.")
                     .replace("%1", loc.toString(s.wants_posted)).replace("%2", loc.toString(s.wants_found))
                     .replace("%3", loc.toString(s.skills_offered)))
        if s.kg_kept_total:
            lines.append(self.tr("About %1 kg kept out of the bin (a rough estimate).")
                         .replace("%1", loc.toString(s.kg_kept_total, "f", 1)))
        lines.extend(self.meal_lines(s, loc))
        if s.minimised:
            lines.append(self.tr("The details were deleted after export; only the totals are kept."))
        return lines

    def _draw_charts(self, summary: Summary) -> None:
        tokens = tokens_for(self.window().width(), self.window().height())
        text_px = tokens["small"]
        look = f"font-size: {tokens['title']}px; font-weight: bold; color: {theme.colour('chosen')};"
        if self.headline.styleSheet() != look:  # a style sheet set again restyles the label all the same
            self.headline.setStyleSheet(look)
        category_chart(summary, self.window_.lang, text_px, self.charts[0])
        timeline_chart(summary, text_px, self.charts[1])
        self._place_charts(summary)

    def _place_charts(self, summary: Summary) -> None:
        text_px = tokens_for(self.window().width(), self.window().height())["small"]
        shown = sum(1 for c in summary.categories if c.brought)
        by_kind = max(260, round(text_px * 2.2 * shown + text_px * 7))
        over_day = max(260, round(text_px * 18))
        side_by_side = self.window().width() >= theme.WIDEST
        if side_by_side:
            by_kind = over_day = max(by_kind, over_day)
        self.category_view.setFixedHeight(by_kind)
        self.timeline_view.setFixedHeight(over_day)
        self.charts_grid.removeWidget(self.category_view)
        self.charts_grid.removeWidget(self.timeline_view)
        self.charts_grid.addWidget(self.category_view, 0, 0)
        self.charts_grid.addWidget(self.timeline_view, 0 if side_by_side else 1, 1 if side_by_side else 0)
        self.category_view.setVisible(shown > 0)
        self.timeline_view.setVisible(bool(summary.timeline))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.summary is not None and self.isVisible():
            self._place_charts(self.summary)  # wide screens show the charts side by side

    # ----- weights -------------------------------------------------------------------------------------

    def _show_weights(self, shown: bool) -> None:
        if shown and self.summary is not None:
            self._fill_weights(self.summary)
        self.weights_panel.setVisible(shown)

    def _fill_weights(self, summary: Summary) -> None:
        if not self.weight_rows:
            self.weights_grid.addWidget(self.weights_note, 0, 0, 1, 4)
            for n, c in enumerate(summary.categories, start=1):
                name = QLabel()
                less, more = button("mdi6.minus"), button("mdi6.plus")
                value = label(wrap=False, align=Qt.AlignmentFlag.AlignCenter)
                value.setMinimumWidth(110)
                less.clicked.connect(lambda _=False, k=c.key: self.step_weight(k, -1))
                more.clicked.connect(lambda _=False, k=c.key: self.step_weight(k, +1))
                for col, w in enumerate((name, less, value, more)):
                    self.weights_grid.addWidget(w, n, col)
                self.weight_rows[c.key] = (name, less, value, more)
            self.weights_grid.setColumnStretch(0, 1)
        for c in summary.categories:
            row = self.weight_rows.get(c.key)
            if row is None:
                continue
            name, less, value, more = row
            kg = summary.weights_kg.get(c.key, 0.0)
            name.setText(c.name(self.window_.lang))
            value.setText(self.tr("%1 kg").replace("%1", QLocale().toString(kg, "f", 2))
                          + ("*" if c.key in summary.weights_changed else ""))
            set_words(less, self.tr("Lighter"))
            set_words(more, self.tr("Heavier"))
            less.setAccessibleName(self.tr("Lighter: %1").replace("%1", c.name(self.window_.lang)))
            more.setAccessibleName(self.tr("Heavier: %1").replace("%1", c.name(self.window_.lang)))
            less.setEnabled(kg > 0)

    def step_weight(self, key: str, direction: int) -> None:
        if self.summary is None:
            return
        kg = max(0.0, round(self.summary.weights_kg.get(key, 0.0) + direction * WEIGHT_STEP_KG, 2))
        if self.window_.attempt(summary_store.set_weight, self.window_.market, key, kg) is not None:
            self.refresh()

    # ----- export --------------------------------------------------------------------------------------

    def _fill_places(self) -> None:
        folder = self.window_.market.path.parent if self.window_.market.path else None
        places = [(name, path, True) for name, path in removable_volumes()]
        if folder is not None:
            places.append((self.tr("This kiosk (exports folder)"), folder / "exports", False))
        first = self.places_group.button(0)
        if places == self.places and first is not None:  # the same places: their buttons stay
            first.setChecked(True)
            return
        while (item := self.places_row.takeAt(0)) is not None:
            if isinstance(old := item.widget(), QAbstractButton):
                self.places_group.removeButton(old)
                old.deleteLater()
        self.places = places
        for n, (name, path, removable) in enumerate(self.places):
            b = button("mdi6.usb-flash-drive" if removable else "mdi6.folder-home")
            b.setCheckable(True)
            set_words(b, name, str(path))
            b.setProperty("place", str(path))
            self.places_group.addButton(b, n)
            self.places_row.addWidget(b)
            b.show()  # at once, not on the next turn of the event loop
            b.setChecked(n == 0)
        self.places_row.addStretch(1)

    def chosen_folder(self) -> Path | None:
        n = self.places_group.checkedId()
        return self.places[n][1] if 0 <= n < len(self.places) else None

    def export(self, fmt: str, tapped: QAbstractButton | None = None) -> None:
        """The summary as `fmt` into the chosen place: made here, written there on the saving thread (ui/saving.py);
        the steward is told when the place (a stick, most often) has answered."""
        summary, folder = self.summary, self.chosen_folder()
        if summary is None:
            return
        if folder is None:
            self.window_.tell(self.tr("Please pick where to save first."), problem=True)
            return
        name, lang = export.export_file_name(summary, fmt), self.window_.lang
        content: bytes | Path | None
        if fmt == "pdf":
            from ui.report import write_pdf

            full = self.window_.attempt(summary_store.read_summary, self.window_.market, summary.event.id)
            painted = painted_here()
            content = self.window_.attempt(write_pdf, full, painted, lang) if full is not None else None
            if content is None:
                painted.unlink(missing_ok=True)
        elif fmt == "csv":
            content = export.csv_text(summary, lang).encode("utf-8-sig")  # spreadsheets read the accents right
        else:
            content = export.json_text(summary, lang).encode("utf-8")
        if content is None:
            return
        if tapped is not None:
            self.saving.add(tapped)
            tapped.setEnabled(False)  # until the place has answered: one file of a kind on its way at a time

        def answered() -> None:
            if tapped is not None:
                self.saving.discard(tapped)
                tapped.setEnabled(self.summary is not None)

        def saved(path: Path) -> None:
            answered()
            self.last_saved = path
            self.window_.tell(self.tr("Saved %1 in %2.").replace("%1", isolated(path.name))
                              .replace("%2", isolated(str(folder))))

        def refused(error: Exception) -> None:
            answered()
            log.warning("export to %s: %s", folder, error)  # the steward is told below, plainly
            if isinstance(error, OSError):  # why, as the command line says it: a full stick is not a locked one
                problem = OutputProblem(OUT_REFUSED_BECAUSE, path=str(folder / name), reason=reason_of(error))
                self.window_.tell(self.window_.words_of(problem, isolate=True), problem=True)
            else:
                self.window_.tell(self.tr("That folder cannot be written to. Pick another place."), problem=True)

        save(folder, name, content, saved, refused)
