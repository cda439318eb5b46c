"""The event report as a PDF: the day's totals, the charts, the table by kind, and the leftovers hand-off sheet.

Painted with the one painter (ui/printing) on A4 portrait. Collective numbers only; item titles that
look like a way to reach someone are left out (kiosk.summary.redact_contact).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk.catalog import RIGHT_TO_LEFT, TAGS_BY_KEY, joined, tag_name
from kiosk.errors import OUT_REFUSED_BECAUSE, OutputProblem, check_output, reason_of
from kiosk.food import source_name
from kiosk.summary import Summary, redact_contact
from ui import translators
from ui.charts import category_chart, paint_chart, timeline_chart
from ui.printing.painter import Sheet, Size, draw_pictogram, draw_text, metrics, rule, split_top, upright_turn
from ui.theme import paper_colour
from ui.translators import locale_for

GREEN = paper_colour("green")
MUTED = QColor(paper_colour("muted"))
STRIPE = QColor(paper_colour("stripe"))
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CHART_WIDTH = 800  # layout width of a chart before it is scaled onto the page: sets its text size


class Report(QObject):
    def __init__(self, summary: Summary, lang: str):
        super().__init__()
        self.summary = summary
        self.lang = lang
        self.locale = locale_for(lang)

    # ----- words ---------------------------------------------------------------------------------------

    def number(self, value: float) -> str:
        if isinstance(value, float) and not value.is_integer():
            return self.locale.toString(value, "f", 1)
        return self.locale.toString(int(value))

    def long_date(self, iso: str) -> str:
        date = QDate.fromString(iso, "yyyy-MM-dd")
        return self.locale.toString(date, QLocale.FormatType.LongFormat) if date.isValid() else iso

    def where(self) -> str:
        event = self.summary.event
        return " · ".join(p for p in (self.long_date(event.date), redact_contact(event.place)) if p)

    def headline(self) -> str:
        s = self.summary
        return (self.tr("Together we shared %1 in %2.")
                .replace("%1", self.tr("%n thing(s)", "", s.brought))
                .replace("%2", self.tr("%n kind(s)", "", s.categories_shared)))

    def totals_lines(self) -> list[str]:
        s, n = self.summary, self.number
        still = (self.tr("%1 found a new home; %2 are still here now.") if s.event.is_open
                 else self.tr("%1 found a new home; %2 were still here at the end."))
        lines = [still.replace("%1", n(s.taken)).replace("%2", n(s.still_here))]
        if s.lots_piles:
            lines.append(self.tr("Piles too big to count still here: %1.").replace("%1", n(s.lots_piles)))
        lines.append(self.tr("Wants posted: %1, found: %2. Skills offered: %3.")
                     .replace("%1", n(s.wants_posted)).replace("%2", n(s.wants_found))
                     .replace("%3", n(s.skills_offered)))
        if s.kg_kept_total:
            lines.append(self.tr("About %1 kg kept out of the bin (a rough estimate from average weights).")
                         .replace("%1", n(s.kg_kept_total)))
        if s.meals_served:
            lines.append(self.tr("Meals served: %1.").replace("%1", n(s.meals_served)))
        if s.rescued:
            lines.append(self.tr("Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).")
                         .replace("%1", self.locale.toString(s.rescued_kg, "f", 1)).replace("%2", n(s.rescued_pieces)))
        return lines

    def kg_each(self, key: str) -> str:
        """The weight used for one thing of a kind, marked * when a steward changed it."""
        kg = self.summary.weights_kg.get(key, 0.0)
        return self.locale.toString(kg, "f", 2) + ("*" if key in self.summary.weights_changed else "")

    def left_in(self, key: str) -> str:
        """"16 things + 1 pile" for one kind's leftovers."""
        category = next((c for c in self.summary.categories if c.key == key), None)
        if category is None:
            return ""
        words = []
        if category.still_here:
            words.append(self.tr("%n thing(s)", "", category.still_here))
        if category.lots_piles:
            words.append(self.tr("%n pile(s)", "", category.lots_piles))
        return " + ".join(words)

    # ----- pieces --------------------------------------------------------------------------------------

    def header(self, painter: QPainter, sheet: Sheet, box: QRectF, title: str) -> QRectF:
        """A page heading; returns the space left below it."""
        top, rest = split_top(box, sheet.mm(14))
        draw_text(painter, top, title, Size(sheet.pt(22), sheet.pt(14), bold=True), align=LEFT)
        line, rest = split_top(rest, sheet.mm(8))
        where = " · ".join(p for p in (redact_contact(self.summary.event.title), self.where()) if p)
        draw_text(painter, line, where, Size(sheet.pt(11), sheet.pt(8)), MUTED, align=LEFT)
        y = rest.top() + sheet.mm(1)
        rule(painter, QPointF(rest.left(), y), QPointF(rest.right(), y), sheet.pt(1), MUTED)
        return rest.adjusted(0, sheet.mm(5), 0, 0)

    def table(self, painter: QPainter, sheet: Sheet, box: QRectF, head: list[str], rows: list[list[str]],
              widths: list[float]) -> float:
        """Rows in columns (first left-aligned, the rest right; the last row bold); returns the y below."""
        size = sheet.pt(10)
        height = metrics(painter, size).height() * 1.7
        y = box.top()
        total = sum(widths)
        for n, row in enumerate([head, *rows]):
            if n and n % 2 == 0:
                painter.fillRect(QRectF(box.left(), y, box.width(), height), STRIPE)
            x = box.left()
            bold = n in (0, len(rows))
            for col, (text, width) in enumerate(zip(row, widths, strict=True)):
                span = box.width() * width / total
                cell = QRectF(x + sheet.mm(1.5), y, span - sheet.mm(3), height)
                draw_text(painter, cell, text, Size(size, size * 0.6, bold=bold, wrap=False),
                          align=LEFT if col == 0 else RIGHT)
                x += span
            y += height
            if n == 0:
                rule(painter, QPointF(box.left(), y), QPointF(box.right(), y), sheet.pt(1))
        return y

    @staticmethod
    def chart(painter: QPainter, target: QRectF, chart) -> None:  # a QChart
        """Painted the right way round on a mirrored page: the chart lays itself out for the language."""
        painter.save()
        painter.setTransform(upright_turn(painter, target), True)
        paint_chart(painter, target, chart, CHART_WIDTH, round(CHART_WIDTH * target.height() / target.width()))
        painter.restore()

    # ----- pages ---------------------------------------------------------------------------------------

    def render(self, painter: QPainter, sheet: Sheet) -> None:
        # In Arabic every page is mirrored (the first column, the headings' side, the logo at the right); what
        # must read the right way round is painted upright in its place (ui/printing/painter.py).
        sheet.set_direction(Qt.LayoutDirection.RightToLeft if self.lang in RIGHT_TO_LEFT
                            else Qt.LayoutDirection.LeftToRight)
        self.first_page(painter, sheet)
        sheet.new_page()
        self.numbers_page(painter, sheet)
        sheet.new_page()
        self.leftovers_pages(painter, sheet)

    def first_page(self, painter: QPainter, sheet: Sheet) -> None:
        s = self.summary
        box = sheet.rect
        brand, rest = split_top(box, sheet.mm(12))
        mark = QRectF(brand.left(), brand.top(), sheet.mm(12), sheet.mm(12))
        draw_pictogram(painter, mark, "mdi6.hand-heart", GREEN)
        draw_text(painter, brand.adjusted(sheet.mm(15), 0, 0, 0), self.tr("Commons Table · what we shared together"),
                  Size(sheet.pt(12), sheet.pt(9), bold=True), GREEN, align=LEFT)
        title, rest = split_top(rest, sheet.mm(22), sheet.mm(1))
        draw_text(painter, title, redact_contact(s.event.title) or self.tr("Free market"),
                  Size(sheet.pt(30), sheet.pt(16), bold=True), align=LEFT)
        where, rest = split_top(rest, sheet.mm(9))
        draw_text(painter, where, self.where(), Size(sheet.pt(13), sheet.pt(9)), MUTED, align=LEFT)
        big, rest = split_top(rest, sheet.mm(34), sheet.mm(3))
        draw_text(painter, big, self.headline(), Size(sheet.pt(26), sheet.pt(14), bold=True), GREEN, align=LEFT)
        lines, rest = split_top(rest, sheet.mm(30), sheet.mm(4))
        draw_text(painter, lines, "\n".join(self.totals_lines()), Size(sheet.pt(12), sheet.pt(8)), align=TOP_LEFT)
        shown = max(1, sum(1 for c in s.categories if c.brought))
        chart_height = min(rest.height() - sheet.mm(12), sheet.mm(40 + 9 * shown))
        self.chart(painter, QRectF(rest.left(), rest.top(), rest.width(), chart_height),
                   category_chart(s, self.lang, 15))
        foot = QRectF(box.left(), box.bottom() - sheet.mm(8), box.width(), sheet.mm(8))
        draw_text(painter, foot, self.tr("Nobody keeps score: these are the table's totals, never anyone's own."),
                  Size(sheet.pt(9), sheet.pt(7)), MUTED, align=LEFT)

    def numbers_page(self, painter: QPainter, sheet: Sheet) -> None:
        s, n = self.summary, self.number
        rest = self.header(painter, sheet, sheet.rect, self.tr("The day in numbers"))
        head = [self.tr("Kind"), self.tr("Brought"), self.tr("Found a home"), self.tr("Still here"), self.tr("Piles"),
                self.tr("Wants"), self.tr("Found"), self.tr("kg each"), self.tr("kg")]
        rows = [[c.name(self.lang), n(c.brought), n(c.taken), n(c.still_here), n(c.lots_piles), n(c.wants_posted),
                 n(c.wants_found), self.kg_each(c.key), n(s.kg_kept(c.key))] for c in s.categories if c.active]
        rows.append([self.tr("Together"), n(s.brought), n(s.taken), n(s.still_here), n(s.lots_piles),
                     n(s.wants_posted), n(s.wants_found), "", n(s.kg_kept_total)])
        y = self.table(painter, sheet, rest, head, rows, [3.0, 1.2, 1.7, 1.2, 0.9, 0.9, 0.9, 1.1, 0.9])
        note = QRectF(rest.left(), y + sheet.mm(2), rest.width(), sheet.mm(22))
        changed = self.tr(" * changed by a steward.") if any(
            c.key in s.weights_changed for c in s.categories if c.active) else ""
        draw_text(painter, note, self.tr("“Piles” are heaps too big to count; each thing taken from one counts as "
                                         "brought and taken. kg: things taken × an average weight per kind, which "
                                         "stewards can change.") + " "
                  + self.tr("kg each: the weight used for one thing; the starting weights are the Commons Table "
                            "project's own round guesses, not measurements (docs/export.md says how each was "
                            "chosen).") + changed,
                  Size(sheet.pt(9), sheet.pt(7)), MUTED, align=TOP_LEFT)
        below = QRectF(rest.left(), note.bottom() + sheet.mm(4), rest.width(),
                       rest.bottom() - note.bottom() - sheet.mm(4))
        if s.meals_served or s.rescued:
            below = self.meal_table(painter, sheet, below)
        if s.timeline and below.height() > sheet.mm(50):
            self.chart(painter, QRectF(below.left(), below.top(), below.width(), min(below.height(), sheet.mm(110))),
                       timeline_chart(s, 15))
        elif s.minimised:
            draw_text(painter, QRectF(below.left(), below.top(), below.width(), sheet.mm(12)),
                      self.tr("The details of this market were deleted after export; only the totals are kept."),
                      Size(sheet.pt(10), sheet.pt(8)), MUTED, align=LEFT)

    def meal_table(self, painter: QPainter, sheet: Sheet, box: QRectF) -> QRectF:
        """Meals served and food rescued by kind of source: weighed kg and counted pieces, each as recorded."""
        s, n = self.summary, self.number
        title, rest = split_top(box, sheet.mm(9))
        draw_text(painter, title, self.tr("Meals served: %1.").replace("%1", n(s.meals_served)),
                  Size(sheet.pt(12), sheet.pt(8), bold=True), align=LEFT)
        if not s.rescued:
            return rest.adjusted(0, sheet.mm(2), 0, 0)
        rows = [[source_name(r.source, self.lang), self.locale.toString(r.kg, "f", 1) if r.kg else "–",
                 n(r.pieces) if r.pieces else "–"] for r in s.rescued]
        rows.append([self.tr("Together"), self.locale.toString(s.rescued_kg, "f", 1), n(s.rescued_pieces)])
        y = self.table(painter, sheet, rest, [self.tr("Food rescued from"), self.tr("kg weighed"),
                                              self.tr("pieces counted")], rows, [3, 1.5, 1.5])
        return QRectF(rest.left(), y + sheet.mm(4), rest.width(), max(0.0, rest.bottom() - y - sheet.mm(4)))

    def leftovers_pages(self, painter: QPainter, sheet: Sheet) -> None:
        s = self.summary
        title = self.tr("Leftovers hand-off sheet")
        rest = self.header(painter, sheet, sheet.rect, title)
        if s.event.leftovers:
            kept = self.tr("Kept for next time") if s.event.leftovers == "kept" else self.tr("Handed off")
            line, rest = split_top(rest, sheet.mm(8))
            draw_text(painter, line, self.tr("What happens to what is left: %1").replace("%1", kept),
                      Size(sheet.pt(11), sheet.pt(8), bold=True), align=LEFT)
        names = {c.key: c.name(self.lang) for c in s.categories}
        size = sheet.pt(10.5)
        row_height = metrics(painter, size).height() * 1.6
        y = rest.top()
        if not s.leftovers:
            draw_text(painter, QRectF(rest.left(), y, rest.width(), row_height * 2),
                      self.tr("Nothing was left on the table."), Size(size, size * 0.6), align=LEFT)
        current = None
        marks_width = rest.width() * 0.53
        for leftover in s.leftovers:
            marks = [tag_name(t, self.lang) for t in leftover.tags if t in TAGS_BY_KEY]
            if leftover.perishable:
                marks.insert(0, tag_name("perishable", self.lang))
            marks_text = joined(marks, self.lang)
            # Long lists of food marks take two lines rather than shrinking out of sight.
            two_lines = metrics(painter, size).horizontalAdvance(marks_text) > marks_width * 0.98
            row = row_height * (1.75 if two_lines else 1)
            needed = row + (row_height * 1.4 if leftover.category_key != current else 0)
            if y + needed > rest.bottom():
                sheet.new_page()
                rest = self.header(painter, sheet, sheet.rect, title)
                y, current = rest.top(), None
            if leftover.category_key != current:
                current = leftover.category_key
                y += row_height * 0.4
                heading = " — ".join(p for p in (names.get(current, current), self.left_in(current)) if p)
                draw_text(painter, QRectF(rest.left(), y, rest.width(), row_height), heading,
                          Size(size * 1.15, size * 0.7, bold=True), align=LEFT)
                y += row_height
            count = self.tr("lots") if leftover.left is None else f"× {leftover.left}"
            what = leftover.title or self.tr("(no title)")
            if leftover.size:
                what += f" · {leftover.size}"
            cells = [(QRectF(rest.left() + sheet.mm(4), y, rest.width() * 0.36, row), what, False, LEFT),
                     (QRectF(rest.left() + rest.width() * 0.38, y, rest.width() * 0.07, row), count, False, RIGHT),
                     (QRectF(rest.left() + rest.width() * 0.47, y, marks_width, row), marks_text, two_lines, LEFT)]
            for cell, text, wrap, align in cells:
                if text:
                    draw_text(painter, cell, text, Size(size, size * 0.55, wrap=wrap), align=align)
            y += row


def write_pdf(summary: Summary, path: Path, lang: str = "en") -> Path:
    """The report as a PDF file at `path`, written atomically. Problems are one plain sentence."""
    from ui.printing import output
    from ui.qapp import application

    application()  # charts need a QApplication, also from the command line
    path = check_output(Path(path))
    with translators.installed(lang):
        report = Report(summary, lang)
        try:
            output.write_pdf(path, report.render, paper="a4", orientation="portrait",
                             title=redact_contact(summary.event.title) or "Commons Table")
        except OSError as error:
            raise OutputProblem(OUT_REFUSED_BECAUSE, path=str(path), reason=reason_of(error)) from None
    return path
