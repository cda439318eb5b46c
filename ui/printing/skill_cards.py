"""Skills share on paper: a sheet of cut-out skill cards (8 a page) and the skills-share poster.

Both are kinds in the signs registry ("skill-cards", "skills-poster"), painted with the one sign painter.
A card's code holds the offer as plain text (with its contact, if the person gave one); the poster's code
is the gathering's calendar event. After cards are printed, offers whose person asked for it lose their
contact (Kind.after_print).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk.domain import SkillOffer
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.skills import Gathering, code_for, day_words, gathering_title, vevent, when_words
from kiosk.store import skills as skill_store
from ui.checkpoints import wipe_journal_elsewhere
from ui.printing.kinds import Kind, register
from ui.printing.painter import (
    Sheet,
    Size,
    card,
    draw_pictogram,
    draw_qr,
    frame,
    inset,
    rule,
    split_left,
    split_top,
)
from ui.printing.signs import ALIGN_LEFT, SECOND_INK, SignJob, footer, two_languages
from ui.theme import paper_colour

CARD_COLUMNS, CARD_ROWS = 2, 4  # 8 cards a page, A4 or Letter
CUT_MARK_MM = 4.0
GUIDE = QColor(paper_colour("guide"))
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def job_offers(job: SignJob) -> list[SkillOffer]:
    """The offers this job prints, read once: the cards painted are exactly the ones forgotten after."""
    if "skill_offers" not in job.__dict__:
        job.__dict__["skill_offers"] = job.market.skill_offers()
    return job.__dict__["skill_offers"]


def job_gathering(job: SignJob) -> Gathering | None:
    if "skill_gathering" not in job.__dict__:
        job.__dict__["skill_gathering"] = skill_store.gathering(job.market)
    return job.__dict__["skill_gathering"]


def card_payload(job: SignJob, offer: SkillOffer) -> str:
    """What the card's code holds; empty when the offer is too long for a readable code."""
    try:
        return code_for(offer, job_gathering(job), job.langs[0]).payload
    except VisitorError:
        return ""


def say(job: SignJob, source: str) -> str:
    """A fixed phrase in each of the job's languages, the first first ("When: %1 / Cuándo: %1")."""
    return " / ".join(job.say(source))


def labelled(job: SignJob, source: str, value: str) -> str:
    """"Contact / Contacto: value" — the label in each language, the value (someone's own words) once."""
    labels = job.say(source)
    if len(labels) > 1 and all(label.endswith("%1") for label in labels):
        return " / ".join(label[:-2].strip().rstrip(":").strip() for label in labels) + ": " + value
    return " / ".join(labels).replace("%1", value)


def each_language(job: SignJob, line: Callable[[str], str]) -> str:
    """One line said in each of the job's languages, a line that reads the same said once."""
    return " · ".join(dict.fromkeys(line(lang) for lang in job.langs))


def gathering_line(job: SignJob, gathering: Gathering) -> str:
    return "\n".join(dict.fromkeys(f"{gathering_title(gathering, lang)}: {gathering.line(lang)}"
                                   for lang in job.langs))


def cut_marks(painter: QPainter, sheet: Sheet, area: QRectF, columns: int, rows: int) -> None:
    """Light dotted cut lines between the cards and a black cross at every corner."""
    width, height = area.width() / columns, area.height() / rows
    xs = [area.left() + n * width for n in range(columns + 1)]
    ys = [area.top() + n * height for n in range(rows + 1)]
    dotted = Qt.PenStyle.DotLine
    for x in xs:
        rule(painter, QPointF(x, area.top()), QPointF(x, area.bottom()), sheet.mm(0.2), GUIDE, dotted)
    for y in ys:
        rule(painter, QPointF(area.left(), y), QPointF(area.right(), y), sheet.mm(0.2), GUIDE, dotted)
    arm = sheet.mm(CUT_MARK_MM) / 2
    for x in xs:
        for y in ys:
            left, right = max(area.left(), x - arm), min(area.right(), x + arm)
            top, bottom = max(area.top(), y - arm), min(area.bottom(), y + arm)
            rule(painter, QPointF(left, y), QPointF(right, y), sheet.mm(0.3))
            rule(painter, QPointF(x, top), QPointF(x, bottom), sheet.mm(0.3))


def card_boxes(sheet: Sheet) -> list[QRectF]:
    area = sheet.rect
    width, height = area.width() / CARD_COLUMNS, area.height() / CARD_ROWS
    return [QRectF(area.left() + c * width, area.top() + r * height, width, height)
            for r in range(CARD_ROWS) for c in range(CARD_COLUMNS)]


def paint_card(painter: QPainter, sheet: Sheet, job: SignJob, box: QRectF, offer: SkillOffer,
               page: int) -> None:
    title_box, body = card(painter, box, sheet.mm(4), sheet.mm(11), sheet.mm(2), "mdi6.school")
    job.text(painter, title_box, offer.title, Size(sheet.pt(15), sheet.pt(8), bold=True), "card-title", page,
             align=ALIGN_LEFT)
    qr_side = min(body.height(), body.width() * 0.5)
    text_box, qr_box = split_left(body, body.width() - qr_side, gap=0)
    text_box = text_box.adjusted(0, 0, -sheet.mm(2), 0)
    payload = card_payload(job, offer)
    lines = []
    if offer.description:
        lines.append(offer.description)
    if offer.when:
        lines.append(each_language(job, lambda lang: job.words[job.langs.index(lang)].translate(
            "Signs", QT_TRANSLATE_NOOP("Signs", "When: %1")).replace("%1", when_words(offer.when, lang))))
    gathering = job_gathering(job)
    if gathering is not None:
        lines.append(gathering_line(job, gathering))
    if offer.contact:
        lines.append(labelled(job, QT_TRANSLATE_NOOP("Signs", "Contact: %1"), offer.contact))
    if not payload:
        lines.append(say(job, QT_TRANSLATE_NOOP("Signs", "(Too long for a code.)")))
    text_top, hint_box = split_top(text_box, text_box.height() - sheet.mm(6), gap=sheet.mm(1))
    job.text(painter, text_top, "\n".join(lines), Size(sheet.pt(9), sheet.pt(5)), "card-text", page,
             SECOND_INK, TOP_LEFT)
    if payload:
        hint = say(job, QT_TRANSLATE_NOOP("Signs", "Scan with a phone — no internet needed"))
        job.text(painter, hint_box, hint, Size(sheet.pt(7), sheet.pt(4)), "card-hint", page, SECOND_INK,
                 ALIGN_LEFT)
        draw_qr(painter, QRectF(qr_box), payload)


def render_skill_cards(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    offers = job_offers(job)
    if not offers:
        body = footer(painter, sheet, job, sheet.page_index)
        job.text(painter, body, say(job, QT_TRANSLATE_NOOP("Signs", "Nobody has offered a skill yet.")),
                 Size(sheet.pt(28), sheet.pt(12), bold=True), "empty", sheet.page_index)
        return
    per_page = CARD_COLUMNS * CARD_ROWS
    for start in range(0, len(offers), per_page):
        if start:
            sheet.new_page("portrait")
        page = sheet.page_index
        cut_marks(painter, sheet, sheet.rect, CARD_COLUMNS, CARD_ROWS)
        for box, offer in zip(card_boxes(sheet), offers[start:start + per_page], strict=False):
            paint_card(painter, sheet, job, box, offer, page)


def forget_after_printing(job: SignJob) -> None:
    """The cards are on paper: contacts their people asked to forget are erased now, and the -wal emptied."""
    erased = skill_store.forget_printed_contacts(job.market, job_offers(job), wipe=not job.from_window)
    if erased and job.from_window:
        wipe_journal_elsewhere(job.market)


# ----- the poster --------------------------------------------------------------------------------------


def render_skills_poster(painter: QPainter, sheet: Sheet, job: SignJob) -> None:
    page = sheet.page_index
    gathering = job_gathering(job)
    body = footer(painter, sheet, job, page)
    frame(painter, body, sheet.mm(2), radius=sheet.mm(6))
    inner = inset(body, sheet.mm(10))
    head, rest = split_top(inner, sheet.mm(34), gap=sheet.mm(4))
    icon_box, title_box = split_left(head, head.height(), gap=sheet.mm(5))
    draw_pictogram(painter, icon_box, "mdi6.school")
    titles = (list(dict.fromkeys(gathering_title(gathering, lang) for lang in job.langs)) if gathering
              else job.say(QT_TRANSLATE_NOOP("Signs", "Skills share")))
    two_languages(painter, title_box, titles, Size(sheet.pt(60), sheet.pt(20), bold=True), job, "poster-title",
                  page, align=ALIGN_LEFT)
    when_box, rest = split_top(rest, sheet.mm(32), gap=sheet.mm(4))
    if gathering is not None:
        day_box, place_box = split_top(when_box, when_box.height() * 0.55)
        days = each_language(job, lambda lang: day_words(gathering.date, lang))
        when = f"{days} · {gathering.start}–{gathering.end}"
        job.text(painter, day_box, when, Size(sheet.pt(36), sheet.pt(14), bold=True, wrap=False),
                 "poster-when", page, align=ALIGN_LEFT)
        job.text(painter, place_box, gathering.place, Size(sheet.pt(28), sheet.pt(12)), "poster-place", page,
                 align=ALIGN_LEFT)
    else:
        job.text(painter, when_box, say(job, QT_TRANSLATE_NOOP("Signs", "Day and place to be announced")),
                 Size(sheet.pt(32), sheet.pt(12), bold=True), "poster-when", page, align=ALIGN_LEFT)
    rule(painter, QPointF(rest.left(), rest.top()), QPointF(rest.right(), rest.top()), sheet.mm(0.8))
    rest = rest.adjusted(0, sheet.mm(5), 0, 0)
    # Without a gathering there is no calendar code: the skills take the whole width.
    list_box, code_box = split_left(rest, rest.width() * (0.48 if gathering else 1.0), gap=sheet.mm(8))
    heading, offers_box = split_top(list_box, sheet.mm(12), gap=sheet.mm(3))
    job.text(painter, heading, say(job, QT_TRANSLATE_NOOP("Signs", "Skills on offer")),
             Size(sheet.pt(24), sheet.pt(12), bold=True, wrap=False), "poster-heading", page,
             align=ALIGN_LEFT)
    offers = job_offers(job)
    if offers:
        lines = [f"• {o.title}" + (" — " + each_language(job, partial(when_words, o.when))
                                   if o.when else "") for o in offers]
        text = "\n".join(lines)
    else:
        text = say(job, QT_TRANSLATE_NOOP("Signs",
                                          "Nobody has offered a skill yet. Offer yours at the kiosk!"))
    job.text(painter, offers_box, text, Size(sheet.pt(18), sheet.pt(7)), "poster-offers", page,
             align=TOP_LEFT)
    note_box, code_box = split_top(code_box, code_box.height() * 0.2, gap=sheet.mm(3))
    if gathering is not None:
        job.text(painter, note_box, gathering.note, Size(sheet.pt(18), sheet.pt(8)), "poster-note", page,
                 SECOND_INK, TOP_LEFT)
        side = min(code_box.width(), code_box.height() - sheet.mm(18))
        qr_box, caption_box = split_top(code_box, side, gap=sheet.mm(2))
        draw_qr(painter, qr_box, vevent(gathering))
        caption = say(job, QT_TRANSLATE_NOOP("Signs", "Scan to add it to your calendar"))
        job.text(painter, caption_box, caption, Size(sheet.pt(16), sheet.pt(8)), "poster-caption", page,
                 SECOND_INK, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


register(Kind("skill-cards", "portrait", render_skill_cards, QT_TRANSLATE_NOOP("Signs", "Skill cards"),
              "mdi6.card-account-details", in_all=False, after_print=forget_after_printing))
register(Kind("skills-poster", "portrait", render_skills_poster,
              QT_TRANSLATE_NOOP("Signs", "Skills-share poster"), "mdi6.school", in_all=False))
