"""One offer's code, big (Step.SKILL_QR), to carry home with a phone's camera."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

from kiosk.domain import SkillOffer
from kiosk.errors import VisitorError
from kiosk.skills import Gathering, OfferCode, code_for
from ui import theme
from ui.flow import ShowOffer, Step
from ui.screens.skills.parts import QrView, gathering_of, when_text
from ui.widgets import (
    Screen,
    button,
    horizontal,
    label,
    scroll_page,
    set_words,
    start_where_the_reader_starts,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host


class SkillQrScreen(Screen):
    """The offer's code, as large as the screen allows, so a phone can read it there and then."""

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.offer_id: int | None = None
        self.just_saved = False
        self.payload = ""
        layout = horizontal(self, theme.PAGE, theme.GAP_PANES)
        self.qr = QrView()
        layout.addWidget(self.qr, 4)
        column = vertical(spacing=theme.GAP_COLUMN)
        # The words scroll on a 7" screen (a long skills-share line, Spanish, large text); the buttons stay put.
        words_page = QWidget()
        words = vertical(words_page, theme.FLUSH, theme.GAP_COLUMN)
        self.thanks = label("Subtitle", into=words)
        self.heading = label("Title", into=words)
        self.when = label("Subtitle", into=words)
        self.gathering = label("Subtitle", into=words)
        self.scan = label(into=words)
        self.reach = label("Subtitle", into=words)  # whose contact the code holds, or how to reach the person
        self.note = label("Hint", into=words)
        words.addStretch(1)
        self.words_area = scroll_page(words_page)
        column.addWidget(self.words_area, 1)
        buttons = QHBoxLayout()  # side by side: the words get the height
        self.all_skills = button("mdi6.format-list-bulleted", clicked=lambda: self.window_.go(Step.SKILLS))
        buttons.addWidget(self.all_skills, 1)
        self.done = button("mdi6.check-bold", "Primary", clicked=self.window_.go_home)
        buttons.addWidget(self.done)
        column.addLayout(buttons)
        layout.addLayout(column, 5)

    def receive(self, payload: object) -> None:
        if isinstance(payload, ShowOffer):
            self.show_offer(payload.offer_id, payload.just_saved)

    def show_offer(self, offer_id: int, just_saved: bool = False) -> None:
        self.offer_id = offer_id
        self.just_saved = just_saved
        self.refresh()

    def offer(self) -> SkillOffer | None:
        offers = self.window_.attempt(self.window_.market.skill_offers) or []
        return next((o for o in offers if o.id == self.offer_id), None)

    def code(self, offer: SkillOffer, gathering: Gathering | None) -> OfferCode | None:
        if not self.just_saved:
            # Opened from the public list: anyone could scan it, so it carries no contact.
            offer = dataclasses.replace(offer, contact="")
        try:
            return code_for(offer, gathering, self.window_.lang)
        except VisitorError:
            return None

    def refresh(self) -> None:
        # Every line starts where the reader starts, a title typed in another script too (Latin among Arabic).
        start_where_the_reader_starts(self.window_.lang, self.thanks, self.heading, self.when, self.gathering,
                                      self.scan, self.reach, self.note)
        offer = self.offer() if self.offer_id is not None else None
        gathering = gathering_of(self.window_)
        self.thanks.setVisible(self.just_saved and offer is not None)
        self.thanks.setText(self.tr("Thank you! Here is your offer's code:"))
        if offer is None:
            self.payload = ""
            self.qr.set_payload("")
            self.heading.setText(self.tr("This offer is no longer here."))
            for widget in (self.when, self.gathering, self.scan, self.reach, self.note):
                widget.clear()
            return
        code = self.code(offer, gathering)
        self.payload = code.payload if code else ""
        self.qr.set_payload(self.payload)
        self.qr.setAccessibleName(self.tr("The code for %1").replace("%1", offer.title))
        self.heading.setText(offer.title)
        self.when.setText(when_text(offer.when))
        self.gathering.setText(self.tr("Skills share: %1").replace("%1", gathering.line(self.window_.lang))
                               if gathering else "")
        self.gathering.setVisible(gathering is not None)
        if code is None:
            self.scan.setText(self.tr("This offer is too long for a code a phone can read."))
            self.note.clear()
            self.reach.setText(self.reach_words(offer))
            return
        if gathering is not None:
            self.scan.setText(self.tr("Point your phone's camera at the code: it holds the skill, the words, "
                                      "when, and the skills share's day and place. No internet needed."))
        else:
            self.scan.setText(self.tr("Point your phone's camera at the code: it holds the skill, the words "
                                      "and when. No internet needed."))
        self.note.setText(self.tr("The words were shortened to fit the code.") if code.shortened else "")
        self.reach.setText(self.reach_words(offer))

    def reach_words(self, offer: SkillOffer) -> str:
        """The offerer hears that their code carries their contact; a visitor, how to reach the person."""
        if self.just_saved:
            if not offer.contact:
                return ""
            return self.tr("Your code also holds your contact, for your phone only. The list shows your offer "
                           "without it; your printed card at the skills share carries it.")
        if offer.contact:
            return self.tr("To reach this person: their contact is on their printed card at the skills share.")
        return self.tr("To reach this person, meet them at the skills share.")

    def retranslate(self) -> None:
        set_words(self.all_skills, self.tr("All skills"))
        set_words(self.done, self.tr("Done"))
        if self.offer_id is not None:
            self.refresh()

    def entered(self) -> None:
        self.refresh()

    def finish_button(self) -> QAbstractButton | None:
        return self.done

    def reset(self) -> None:
        self.offer_id = None
        self.just_saved = False
        self.payload = ""
        self.qr.set_payload("")

    def prepare_screenshot(self) -> None:
        offers = self.window_.attempt(self.window_.market.skill_offers) or []
        if offers:
            self.show_offer(offers[0].id, just_saved=True)
