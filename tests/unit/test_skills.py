"""Skills share core: an offer's QR text, its size limit, the gathering's VEVENT, and forgetting contacts."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from kiosk.errors import VisitorError
from kiosk.skills import (
    ELLIPSIS,
    OFFER_MAX_VERSION,
    TOO_LONG,
    Gathering,
    clean_gathering,
    fold,
    offer_code,
    qr_version,
    vevent,
)
from kiosk.store import skills as skill_store

LIBRARY = Gathering("Skills share", "2026-12-12", "14:00", "17:00", "Library", "", "skills-share-1", "2026-11-28T10:00")


def test_offer_payload_is_plain_readable_text_with_the_gathering():
    code = offer_code("Bike repair", "Bring your bike", ["weekends", "at_skills_share"], "Signal @sam", LIBRARY)
    assert code.payload == ("Skill offer\n"
                            "Bike repair\n"
                            "Bring your bike\n"
                            "When: weekends, at the skills-share\n"
                            "Skills share: Sat 12 Dec 2026, 14:00–17:00, Library\n"
                            "Contact: Signal @sam")
    assert not code.shortened


def test_offer_payload_leaves_out_what_was_not_given_and_speaks_spanish():
    code = offer_code("Costura", "", [], "", LIBRARY, "es")
    assert code.payload == ("Oferta de saber\nCostura\n"
                            "Encuentro de saberes: sáb 12 dic 2026, 14:00–17:00, Library")
    assert offer_code("Costura", "", ["weekends"], "", None, "es").payload == \
        "Oferta de saber\nCostura\nCuándo: fines de semana"


def test_long_words_are_shortened_with_an_ellipsis_to_keep_the_code_small():
    words = "I can show you how to patch an inner tube, true a wheel and adjust brakes and gears. " * 6
    code = offer_code("Bike repair", words, ["weekends"], "Signal @sam", LIBRARY)
    assert code.shortened
    assert qr_version(code.payload) <= OFFER_MAX_VERSION
    lines = code.payload.split("\n")
    assert lines[2].endswith(ELLIPSIS) and words.startswith(lines[2][:-1])
    assert len(lines[2]) > 40  # as much of the words as fits, not just a stub
    assert lines[-1] == "Contact: Signal @sam"  # the contact is never cut


def test_shortening_never_splits_an_emoji_or_an_accent():
    words = "👍🏽 Fahrräder reparieren — תיקון אופניים " * 20
    code = offer_code("Räder 🚲", words, [], "", LIBRARY)
    assert code.shortened and qr_version(code.payload) <= OFFER_MAX_VERSION
    shortened = code.payload.split("\n")[2][:-1]
    assert words.startswith(shortened)
    assert not shortened.endswith(("\U0001F44D", "\u200d"))  # a thumb is never left without its skin tone


def test_an_offer_too_long_even_without_its_words_is_refused_with_a_clear_sentence():
    with pytest.raises(VisitorError) as refused:
        offer_code("Cooking " + "🍲" * 60, "Soups", [], "my phone is " + "5" * 100, LIBRARY)
    assert refused.value.field == TOO_LONG
    assert "too long for a code a phone can read" in refused.value.sentence


def test_store_refuses_the_overlong_offer_and_saves_nothing(market):
    with pytest.raises(VisitorError, match="too long for a code"):
        market.offer_skill("Sewing " + "✂️" * 30, "", [], "📞" * 100)
    assert market.skill_offers() == []
    offer = market.offer_skill("Sewing", "Hems " * 90, ["weekends"], "", False)
    assert offer.description.startswith("Hems Hems")  # the full words are kept; only the code shortens them


def parse(text: str) -> icalendar.Event:
    return icalendar.Event.from_ical(text)


def test_gathering_vevent_parses_with_icalendar():
    text = vevent(LIBRARY)
    event = parse(text)
    assert event.name == "VEVENT"
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 12, 14, 0)
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 12, 17, 0)
    assert str(event["SUMMARY"]) == "Skills share"
    assert str(event["LOCATION"]) == "Library"
    assert str(event["UID"]) == "skills-share-1@commons-table"
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert text.startswith("BEGIN:VEVENT\r\n") and text.endswith("\r\nEND:VEVENT")
    assert "\n" not in text.replace("\r\n", "")


def test_tricky_text_survives_escaping_and_folding():
    title = "Skills share; spring, edition \\ two"
    place = "Library, room 2; 5th & Pine — ☕ " + "long street name " * 4
    note = "Bring tools,\nsnacks; and a friend.\n" + "Ça va, שלום, 👍🏽 " * 3
    gathering = clean_gathering(title, "2026-12-12", "14:00", "16:30", place, note, uid="u1",
                                stamped="2026-11-28T10:00")
    text = vevent(gathering)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert any(line.startswith(" ") for line in text.split("\r\n"))  # long lines were folded
    event = parse(text)
    assert str(event["SUMMARY"]) == title
    assert str(event["LOCATION"]) == gathering.place
    assert str(event["DESCRIPTION"]) == gathering.note and "\n" in gathering.note
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 12, 16, 30)


def test_folding_never_splits_a_character():
    line = "DESCRIPTION:" + "é🙂" * 40
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


@pytest.mark.parametrize(("start", "end", "words"), [("14:00", "14:00", "end after"), ("14:10", "15:00", "quarter"),
                                                     ("25:00", "26:00", "14:30")])
def test_gathering_times_are_checked(start, end, words):
    with pytest.raises(VisitorError, match=words):
        clean_gathering("Skills share", "2026-12-12", start, end)


def test_gathering_note_too_long_for_its_code_is_refused():
    with pytest.raises(VisitorError, match="shorten the note"):
        clean_gathering("Skills 🎸" * 6, "2026-12-12", "14:00", "15:00", "🏠" * 100, "📝" * 200)


def test_gathering_is_kept_as_a_setting_and_keeps_its_calendar_id(market, clock):
    assert skill_store.gathering(market) is None
    first = skill_store.save_gathering(market, "Skills share", "2026-12-12", "14:00", "17:00", "Library", "")
    assert first.stamped == "2026-11-28T10:00"  # no finer than a quarter hour
    clock.advance(days=1)
    second = skill_store.save_gathering(market, "Skill share", "2026-12-13", "10:00", "12:00", "Park", "Bring tea")
    assert second.uid == first.uid and second.uid.startswith("skills-share-")
    assert skill_store.gathering(market) == second
    with pytest.raises(VisitorError):
        skill_store.save_gathering(market, "", "2026-12-13", "10:00", "12:00")
    assert skill_store.gathering(market) == second


def file_bytes(db_path) -> bytes:
    data = db_path.read_bytes()
    for extra in ("-wal", "-journal"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            data += side.read_bytes()
    return data


def test_closing_the_event_erases_contacts_from_the_file(market, db_path):
    offer = market.offer_skill("Bike repair", "", ["weekends"], "Signal @uniquecontact42")
    assert b"uniquecontact42" in file_bytes(db_path)
    market.close_event(offer.event_id)
    assert all(o.contact == "" for o in market.skill_offers(offer.event_id))
    assert b"uniquecontact42" not in file_bytes(db_path)


def test_forgetting_after_printing_erases_only_the_asked_contacts(market, db_path):
    forget = market.offer_skill("Sewing", "", [], "phone 5550199forget", forget_after_print=True)
    keep = market.offer_skill("Cooking", "", [], "phone 5550123keep")
    erased = skill_store.forget_printed_contacts(market, market.skill_offers())
    assert erased == [forget.id]
    contacts = {o.id: o.contact for o in market.skill_offers()}
    assert contacts == {forget.id: "", keep.id: "phone 5550123keep"}
    data = file_bytes(db_path)
    assert b"5550199forget" not in data and b"5550123keep" in data
