"""Food labels, painted by the one sign painter on the four papers collectives have.

A label says what the food is, the day it was made or rescued, the day to eat it by (a date, never "2 days"),
*Contains* with the allergens in bold, and vegan / vegetarian — in the market's one or two sign languages, the
first one laying the label out (Arabic mirrored, as every sign). No name, no contact, no time finer than the day.

Papers (page sizes in painter.LABEL_PAGES; stickers placed from the paper's top-left corner, in mm):
- "62mm": Brother QL 62 mm continuous tape cut at 100 mm, one label a page, printed across the tape.
- "dymo-99012": DYMO LabelWriter 99012 large address labels, 36 × 89 mm, one label a page, across.
- "a4-21": Avery L7160 on A4, 3 × 7 stickers of 63.5 × 38.1 mm; top and bottom margins 15.15 mm, sides 7.21 mm,
  a sticker every 66.04 mm across (2.54 mm gaps) and every 38.1 mm down (no gap).
- "letter-30": Avery 5160 on US Letter, 3 × 10 stickers of 2⅝ × 1 in (66.675 × 25.4 mm); top and bottom
  margins ½ in (12.7 mm), sides 3⁄16 in (4.7625 mm), a sticker every 2¾ in (69.85 mm) across, 1 in down.
(Avery's published templates for L7160 and 5160.) Each label keeps `pad` millimetres inside its sticker's edge,
so a sheet fed a little askew or a label printer's unprintable strip never cuts a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QPainter

from kiosk.catalog import CONTAINS, DEFAULT_LANGUAGE, allergen_word, tag_name
from kiosk.errors import QT_TRANSLATE_NOOP
from kiosk.labels import FoodLabel, labels_for_table
from kiosk.store import Market
from ui.printing.output import RenderFn, write_pdf
from ui.printing.painter import Sheet, Size, draw_pictogram, fit_text, frame, inset, split_left, split_top
from ui.printing.signs import ALIGN_LEFT, SECOND_INK, SignJob, sign_languages


@dataclass(frozen=True)
class LabelPaper:
    key: str
    orientation: str  # how the label is read on the page the printer is given
    columns: int
    rows: int
    sticker: tuple[float, float]  # width, height in mm, as read
    pitch: tuple[float, float]  # from one sticker's corner to the next, across and down, mm
    first: tuple[float, float]  # the first sticker's top-left corner from the page's, mm
    pad: tuple[float, float]  # room kept inside the sticker's edge, across and down, mm

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def sticker_rect(self, sheet: Sheet, slot: int) -> QRectF:
        """Sticker number `slot` (row by row) in the painter's coordinates."""
        column, row = slot % self.columns, slot // self.columns
        page = sheet.page_rect
        return QRectF(page.left() + sheet.mm(self.first[0] + column * self.pitch[0]),
                      page.top() + sheet.mm(self.first[1] + row * self.pitch[1]),
                      sheet.mm(self.sticker[0]), sheet.mm(self.sticker[1]))


LABEL_PAPERS: dict[str, LabelPaper] = {
    "62mm": LabelPaper("62mm", "landscape", 1, 1, (100.0, 62.0), (0, 0), (0, 0), (3.0, 3.0)),
    "dymo-99012": LabelPaper("dymo-99012", "landscape", 1, 1, (89.0, 36.0), (0, 0), (0, 0), (5.0, 2.5)),
    "a4-21": LabelPaper("a4-21", "portrait", 3, 7, (63.5, 38.1), (66.04, 38.1), (7.21, 15.15), (3.0, 2.5)),
    "letter-30": LabelPaper("letter-30", "portrait", 3, 10, (66.675, 25.4), (69.85, 25.4), (4.7625, 12.7),
                            (3.0, 1.6)),
}
PAPER_NAMES = tuple(LABEL_PAPERS)

MADE_ON = QT_TRANSLATE_NOOP("Signs", "Made on %1")
RESCUED_ON = QT_TRANSLATE_NOOP("Signs", "Rescued on %1")
EAT_BY = QT_TRANSLATE_NOOP("Signs", "Eat by %1")
SEE_THE_PACK = QT_TRANSLATE_NOOP("Signs", "Eat by: see the pack")
NOT_MARKED = QT_TRANSLATE_NOOP("Signs", "Allergens not marked: please ask")
INGREDIENTS = QT_TRANSLATE_NOOP("Signs", "Ingredients: %1")
NO_FOOD = QT_TRANSLATE_NOOP("Signs", "No food on the table right now.")


@dataclass
class LabelJob(SignJob):
    """Labels to paint and where: the papers' stickers painted, for tests to measure (page, device rect)."""

    labels: list[FoodLabel] = field(default_factory=list)
    paper: str = "62mm"
    stickers: list[tuple[int, QRectF]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.paper not in LABEL_PAPERS:
            raise ValueError(f"paper {self.paper}")


def day(lang: str, date: dt.date, job: SignJob) -> str:
    """A date as a person reads it in `lang`, the month in words ("8 Dec 2026"): never a count of days."""
    words = next(w for w in job.words if w.lang == lang)
    return words.locale.toString(QDate(date.year, date.month, date.day), "d MMM yyyy")


def _contains(label: FoodLabel, lang: str) -> tuple[str, str]:
    """("Contains:", "milk, egg") in `lang`; the second is bold on the label. ("", words) when none marked."""
    comma = "، " if lang == "ar" else ", "
    colon = "\u00a0:" if lang == "fr" else ":"  # French: a space that never breaks before its colon
    if not label.allergens:
        return "", ""
    return CONTAINS.get(lang, CONTAINS[DEFAULT_LANGUAGE]) + colon, comma.join(
        allergen_word(key, lang) for key in label.allergens)


def split_start(box: QRectF, width: float, gap: float, flip: bool) -> tuple[QRectF, QRectF]:
    """(the line's start `width` wide, the rest): split_left, or from the right for a passage set in the other
    direction than the page's (an English line on an Arabic label starts at its left, on a mirrored page)."""
    if not flip:
        return split_left(box, width, gap)
    rest, start = split_left(box, box.width() - width - gap, gap)
    return start, rest


def paint_label(painter: QPainter, sheet: Sheet, job: LabelJob, label: FoodLabel, box: QRectF, page: int) -> None:
    """One label inside `box` (the sticker less its pad): a title row, then a block per language."""
    langs = job.langs
    two = len(langs) == 2
    has_ingredients = bool(label.ingredients)
    # Shares of the height: title, ingredients, then each language's dates and contains rows.
    title_share = 0.26 if two else 0.32
    ingredients_share = (0.12 if two else 0.16) if has_ingredients else 0.0
    rest = 1.0 - title_share - ingredients_share
    per_lang = rest / len(langs)
    gap = sheet.mm(0.4)
    height = box.height() - gap * (2 + 2 * len(langs))
    top, below = split_top(box, height * title_share, gap)

    # Title: the food's pictogram at the line's start, what it is (bold), vegan/vegetarian at its end.
    icon_box, title_box = split_left(top, min(top.height(), sheet.mm(9)), sheet.mm(1))
    draw_pictogram(painter, icon_box, label.icon)
    if label.diet:
        diet_words = "\n".join(dict.fromkeys(tag_name(label.diet, lang) for lang in langs))
        title_box, diet_box = split_left(title_box, title_box.width() * 0.68, sheet.mm(1))
        job.text(painter, diet_box, diet_words, Size(top.height() * 0.42, sheet.pt(4), bold=True),
                 "label-diet", page, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    titles = list(dict.fromkeys(label.title(lang) for lang in langs))
    job.text(painter, title_box, "\n".join(titles), Size(top.height() * 0.62, sheet.pt(4), bold=True),
             "label-title", page, align=ALIGN_LEFT)
    if has_ingredients:
        ingredients_box, below = split_top(below, height * ingredients_share, gap)
        ingredients = job.words[0].translate("Signs", INGREDIENTS).replace("%1", label.ingredients)
        job.text(painter, ingredients_box, ingredients, Size(ingredients_box.height() * 0.8, sheet.pt(3.5)),
                 "label-ingredients", page, align=ALIGN_LEFT)
    for n, words in enumerate(job.words):
        lang = words.lang
        ink = SECOND_INK if n else None
        flip = words.direction != job.words[0].direction
        dates_box, below = split_top(below, height * per_lang * 0.45, gap)
        contains_box, below = split_top(below, height * per_lang * 0.55, gap)
        made_box, eat_box = split_start(dates_box, dates_box.width() * 0.4, sheet.mm(1), flip)
        made = words.translate("Signs", RESCUED_ON if label.rescued else MADE_ON).replace(
            "%1", day(lang, label.made_on, job))
        eat = words.translate("Signs", SEE_THE_PACK) if label.eat_by is None else \
            words.translate("Signs", EAT_BY).replace("%1", day(lang, label.eat_by, job))
        size = dates_box.height() * 0.8
        _text(painter, job, made_box, made, Size(size, sheet.pt(3.5), wrap=False), "label-made", page, ink,
              words.direction)
        _text(painter, job, eat_box, eat, Size(size, sheet.pt(3.5), bold=True, wrap=False), "label-eat-by", page,
              ink, words.direction)
        word, allergens = _contains(label, lang)
        if not allergens:
            _text(painter, job, contains_box, words.translate("Signs", NOT_MARKED),
                  Size(contains_box.height() * 0.7, sheet.pt(3.5)), "label-contains", page, ink, words.direction)
            continue
        # The word "Contains:" as wide as it needs, the allergens (bold) in the rest of the line.
        probe = fit_text(painter, contains_box, word, Size(contains_box.height() * 0.7, sheet.pt(3.5), wrap=False),
                         ALIGN_LEFT, words.direction)
        word_box, list_box = split_start(contains_box, min(contains_box.width() * 0.45, probe.bounds.width() + 2),
                                         sheet.mm(1), flip)
        _text(painter, job, word_box, word, Size(probe.size, probe.size * 0.6, wrap=False), "label-contains", page,
              ink, words.direction)
        _text(painter, job, list_box, allergens, Size(contains_box.height() * 0.7, sheet.pt(3.5), bold=True),
              "label-allergens", page, ink, words.direction)


def _text(painter: QPainter, job: SignJob, box: QRectF, text: str, size: Size, name: str, page: int,
          ink: object, direction: Qt.LayoutDirection) -> None:
    if ink is None:
        job.text(painter, box, text, size, name, page, align=ALIGN_LEFT, direction=direction)
    else:
        job.text(painter, box, text, size, name, page, ink, ALIGN_LEFT, direction)  # type: ignore[arg-type]


def render_labels(painter: QPainter, sheet: Sheet, job: LabelJob) -> None:
    """Every label, each as many times as asked, sticker after sticker, page after page."""
    paper = LABEL_PAPERS[job.paper]
    sheet.set_direction(job.words[0].direction)  # the first language lays the labels out
    copies = [label for label in job.labels for _ in range(label.copies)]
    if not copies:
        sticker = paper.sticker_rect(sheet, 0)
        job.stickers.append((sheet.page_index, painter.transform().mapRect(sticker)))
        box = sticker.adjusted(sheet.mm(paper.pad[0]), sheet.mm(paper.pad[1]), -sheet.mm(paper.pad[0]),
                               -sheet.mm(paper.pad[1]))
        job.text(painter, box, "\n".join(job.say(NO_FOOD)), Size(box.height() * 0.3, sheet.pt(4)), "label-none",
                 sheet.page_index)
        return
    for n, label in enumerate(copies):
        slot = n % paper.per_page
        if n and not slot:
            sheet.new_page()
        sticker = paper.sticker_rect(sheet, slot)
        job.stickers.append((sheet.page_index, painter.transform().mapRect(sticker)))
        if paper.per_page == 1:  # a label printer's own label: a thin line round it helps the eye
            frame(painter, inset(sticker, sheet.mm(1.2)), sheet.mm(0.3))
        box = sticker.adjusted(sheet.mm(paper.pad[0]), sheet.mm(paper.pad[1]), -sheet.mm(paper.pad[0]),
                               -sheet.mm(paper.pad[1]))
        paint_label(painter, sheet, job, label, box, sheet.page_index)


def label_document(job: LabelJob) -> tuple[RenderFn, str]:
    def render(painter: QPainter, sheet: Sheet) -> None:
        render_labels(painter, sheet, job)

    return render, LABEL_PAPERS[job.paper].orientation


def write_labels(out: Path, job: LabelJob) -> int:
    """The job's labels into a PDF at `out`, at the paper's own page size; returns the page count."""
    render, orientation = label_document(job)
    return write_pdf(out, render, job.paper, orientation, title="Commons Table — food labels")


def table_labels_job(market: Market, paper: str, langs: Sequence[str] = ()) -> LabelJob:
    """A label for each food thing on the table (the command line's `signs --kind food-labels`)."""
    today = market.clock().date()
    labels = labels_for_table(market.available(), market.categories(), today)
    return LabelJob(market, tuple(langs) or sign_languages(market), labels=labels, paper=paper)

