"""The skills share in the store: the gathering's details (a setting) and forgetting printed contacts.

Offers are saved by Market.offer_skill, which checks that each fits a readable code."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable

from kiosk.clock import bucket
from kiosk.domain import SkillOffer
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.settings import SKILLS_GATHERING
from kiosk.skills import Gathering, clean_gathering, stored_gathering
from kiosk.store.database import known_fault
from kiosk.store.market import Market
from kiosk.validate import clean_id

CHOOSE_OFFERS = QT_TRANSLATE_NOOP("kiosk", "Please choose offers from the list.")


def gathering(market: Market) -> Gathering | None:
    """The gathering a steward set, or None before anyone has."""
    return stored_gathering(market.setting(SKILLS_GATHERING))


def save_gathering(market: Market, title: object, date: object, start: object, end: object,
                   place: object = "", note: object = "") -> Gathering:
    """Check and keep the gathering's details; its calendar id stays, so phones update their entry."""
    before = gathering(market)
    # os.urandom, as secrets.token_hex does (secrets brings OpenSSL, 3 MB, into the start)
    uid = before.uid if before is not None and before.uid else "skills-share-" + os.urandom(6).hex()
    cleaned = clean_gathering(title, date, start, end, place, note, uid=uid, stamped=bucket(market.clock()))
    market.set_setting(SKILLS_GATHERING, dataclasses.asdict(cleaned))
    return cleaned


def forget_printed_contacts(market: Market, offers: Iterable[SkillOffer], *, wipe: bool = True) -> list[int]:
    """After their cards are printed, offers whose person asked for it lose their contact, for good.

    Returns the ids of the offers whose contact was erased. With `wipe` False the caller empties the -wal away
    from a window's thread (ui.checkpoints.wipe_journal_elsewhere), as a close does: here it waits for readers.
    """
    if isinstance(offers, str | bytes | dict) or not isinstance(offers, Iterable):
        raise VisitorError(CHOOSE_OFFERS, field="offers")
    offers = list(offers)
    if not all(isinstance(o, SkillOffer) for o in offers):
        raise VisitorError(CHOOSE_OFFERS, field="offers")
    ids = [clean_id(o.id, field="offer") for o in offers if o.forget_after_print and o.contact]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    with known_fault(), market.db.transaction():
        market.db.execute("UPDATE skill_offers SET contact = NULL "
                          f"WHERE forget_after_print = 1 AND id IN ({marks})", ids)
    if wipe:
        # Move the change from the journal into the file (secure_delete zeroes the old bytes), as closing does,
        # waiting for any other reader to finish so no old copy of the contact stays in the -wal.
        market._wipe_journal()
    return ids

