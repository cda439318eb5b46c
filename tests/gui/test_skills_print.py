"""Skill cards and the skills-share poster: every printed code scans to its exact text at 150 dpi."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from PIL import Image

from kiosk.skills import code_for, vevent
from kiosk.store import skills as skill_store
from tests.qr import read_qr
from ui.printing.kinds import kind_names
from ui.printing.output import render_image
from ui.printing.signs import SignJob, write_signs
from ui.printing.skill_cards import render_skill_cards

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

UNICODE_TITLE = "Árabe y עברית 🚲"
UNICODE_WORDS = "Conversación — שיחה, emoji 🙂👍🏽"


def scan_pages(pdf: Path, tmp_path: Path) -> list[list[str]]:
    """Each page rasterised at 150 dpi, and the codes zxing-cpp reads on it."""
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    return [sorted(r.text for r in read_qr(Image.open(p))) for p in pages]


def file_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def offers_market(qapp, demo_market):
    skill_store.save_gathering(demo_market, "Skills share", "2026-12-12", "14:00", "17:00", "Library, 5th & Pine",
                               "Bring a snack")
    demo_market.offer_skill(UNICODE_TITLE, UNICODE_WORDS, ["weekends"], "tel 555-0101-forgetme", True)
    for n in range(5):
        demo_market.offer_skill(f"Skill {n}", "words " * n, ["weekday_evenings"])
    return demo_market


def test_both_kinds_are_in_the_signs_registry():
    assert {"skill-cards", "skills-poster"} <= set(kind_names())


def test_every_card_code_scans_to_its_offer_and_forgetful_contacts_go_after_printing(offers_market, tmp_path,
                                                                                     db_path):
    market = offers_market
    offers = market.skill_offers()
    assert len(offers) == 10
    gathering = skill_store.gathering(market)
    expected = sorted(code_for(o, gathering).payload for o in offers)
    assert b"555-0101-forgetme" in file_bytes(db_path)
    pages, _ = write_signs(market, tmp_path / "cards.pdf", "skill-cards", "a4", ["en"])
    assert pages == 2  # 8 cards a page
    scanned = scan_pages(tmp_path / "cards.pdf", tmp_path)
    assert [len(p) for p in scanned] == [8, 2]
    assert sorted(sum(scanned, [])) == expected
    assert ("Skill offer\nÁrabe y עברית 🚲\nConversación — שיחה, emoji 🙂👍🏽\nWhen: weekends\n"
            "Skills share: Sat 12 Dec 2026, 14:00–17:00, Library, 5th & Pine\nContact: tel 555-0101-forgetme") \
        in scanned[0]
    # The person asked to forget their contact once the card was printed; the demo's contact stays.
    after = {o.title: o.contact for o in market.skill_offers()}
    assert after[UNICODE_TITLE] == "" and after["Bike repair"] == "Signal: @wrench.sam"
    data = file_bytes(db_path)
    assert b"555-0101-forgetme" not in data and b"@wrench.sam" in data


def test_cards_on_letter_paper_scan_too(offers_market, tmp_path):
    write_signs(offers_market, tmp_path / "cards.pdf", "skill-cards", "letter", ["es"])
    scanned = scan_pages(tmp_path / "cards.pdf", tmp_path)
    assert sum(len(p) for p in scanned) == 10
    assert any(text.startswith("Oferta de saber\nÁrabe y עברית 🚲\n") and "Cuándo: fines de semana" in text
               for text in scanned[0])


def test_a_preview_forgets_nothing(offers_market):
    job = SignJob(offers_market, ("en",))
    image, pages = render_image(lambda painter, sheet: render_skill_cards(painter, sheet, job), "a4", dpi=40)
    assert pages == 2 and not image.isNull()
    assert {o.title: o.contact for o in offers_market.skill_offers()}[UNICODE_TITLE] == "tel 555-0101-forgetme"


def test_poster_code_is_the_gathering_calendar_event(offers_market, tmp_path):
    pages, job = write_signs(offers_market, tmp_path / "poster.pdf", "skills-poster", "a4", ["en"])
    assert pages == 1
    scanned = scan_pages(tmp_path / "poster.pdf", tmp_path)
    gathering = skill_store.gathering(offers_market)
    assert scanned == [[vevent(gathering)]]
    event = icalendar.Event.from_ical(scanned[0][0])
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 12, 14, 0)
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 12, 17, 0)
    assert str(event["SUMMARY"]) == "Skills share"
    assert str(event["LOCATION"]) == "Library, 5th & Pine"
    listed = " ".join(p.fit.text for p in job.printed if p.label == "poster-offers")
    assert "Bike repair" in listed and UNICODE_TITLE in listed
    assert "wrench" not in " ".join(p.fit.text for p in job.printed)  # no contact on the poster
    assert all(p.fit.fits for p in job.printed)
