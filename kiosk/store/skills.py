"""The skills share in the store: the gathering's details (a setting) and forgetting printed contacts."""

from __future__ import annotations

import os
from collections.abc import Iterable

from kiosk.catalog import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.clock import bucket, parse_bucket
from kiosk.domain import SkillOffer
from kiosk.errors import VisitorError
from kiosk.skills import Gathering, clean_gathering, offer_code
from kiosk.store.database import known_fault
from kiosk.store.market import Market
from kiosk.validate import clean_choices, clean_description, clean_id, clean_text, clean_title

GATHERING_SETTING = "skills_gathering"


def gathering(market: Market) -> Gathering | None:
    """The gathering a steward set, or None before anyone has."""
    stored = market.setting(GATHERING_SETTING)
    if not isinstance(stored, dict):
        return None
    fields = {key: str(stored.get(key) or "") for key in
              ("title", "date", "start", "end", "place", "note", "uid", "stamped")}
    try:
        # Checked again as when it was saved: a setting written by anything else never breaks a code.
        checked = clean_gathering(fields["title"], fields["date"], fields["start"], fields["end"], fields["place"],
                                  fields["note"], uid=fields["uid"], stamped=fields["stamped"])
        if checked.stamped:
            parse_bucket(checked.stamped)
    except (VisitorError, ValueError):
        return None
    return checked


def save_gathering(market: Market, title: object, date: object, start: object, end: object,
                   place: object = "", note: object = "") -> Gathering:
    """Check and keep the gathering's details; its calendar id stays, so phones update their entry."""
    before = gathering(market)
    # os.urandom, as secrets.token_hex does (secrets brings OpenSSL, 3 MB, into the start)
    uid = before.uid if before is not None and before.uid else "skills-share-" + os.urandom(6).hex()
    cleaned = clean_gathering(title, date, start, end, place, note, uid=uid, stamped=bucket(market.clock()))
    market.set_setting(GATHERING_SETTING, cleaned.as_setting())
    return cleaned


def forget_printed_contacts(market: Market, offers: Iterable[SkillOffer]) -> list[int]:
    """After their cards are printed, offers whose person asked for it lose their contact, for good.

    Returns the ids of the offers whose contact was erased.
    """
    if isinstance(offers, str | bytes | dict) or not isinstance(offers, Iterable):
        raise VisitorError("Please choose offers from the list.", field="offers")
    offers = list(offers)
    if not all(isinstance(o, SkillOffer) for o in offers):
        raise VisitorError("Please choose offers from the list.", field="offers")
    ids = [clean_id(o.id, field="offer") for o in offers if o.forget_after_print and o.contact]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    with known_fault(), market.db.atomic():
        market.db.execute("UPDATE skill_offers SET contact = NULL "
                          f"WHERE forget_after_print = 1 AND id IN ({marks})", ids)
    # Move the change from the journal into the file (secure_delete zeroes the old bytes), as closing does,
    # waiting for any other reader to finish so no old copy of the contact stays in the -wal.
    market._wipe_journal()
    return ids


def offer_skill(market: Market, title: object, description: object = "", when: Iterable[str] = (),
                contact: object = "", forget_after_print: bool = False,
                lang: str = DEFAULT_LANGUAGE) -> SkillOffer:
    """Save an offer, unless even with its words shortened it is too long for a readable code."""
    if lang not in LANGUAGES if isinstance(lang, str) else True:
        raise VisitorError("Please choose one of the choices on the screen.", field="lang")
    offer_code(clean_title(title, required=True), clean_description(description), tuple(clean_choices(when)),
               clean_text(contact, limit=120, what="The contact"), gathering(market), lang)
    return market.offer_skill(title, description, when, contact, forget_after_print)
