"""One kiosk's setup carried to another (issue 22, item 10): `commons-table setup --export/--import` and the file.

The file holds the welcome words, the kinds and languages of the signs, the weights, the paper, the idle time and
the skills share — never a PIN, never anything of a market — and a file that is not one is refused whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.demo import fill_demo
from kiosk.pin import hash_pin
from kiosk.settings import (
    IDLE_SECONDS,
    PIN_HASH,
    SIGN_CATEGORIES,
    SIGN_CHOSEN_CATEGORIES,
    SIGN_LANGUAGES,
    SKILLS_GATHERING,
    SUMMARY_WEIGHTS,
    WELCOME_TEXT,
)
from kiosk.store import open_market
from kiosk.store import skills as skill_store
from tests.unit.test_cli import one_sentence, run

SET = [(WELCOME_TEXT, {"es": "¡Todo es gratis!", "ar": "كل شيء مجاني"}), (SIGN_LANGUAGES, ["es", "ar"]),
       (SIGN_CATEGORIES, "chosen"), (SIGN_CHOSEN_CATEGORIES, ["books", "food_ready"]),
       (SUMMARY_WEIGHTS, {"books": 0.7}), (IDLE_SECONDS, 120)]


def set_up(db: Path) -> None:
    market = open_market(db)
    try:
        fill_demo(market)
        for setting, value in SET:
            market.set_setting(setting, value)
        skill_store.save_gathering(market, "Compartir saberes", "2026-12-12", "14:00", "17:00", "Biblioteca",
                                   "Trae algo de comer")
        market.set_setting(PIN_HASH, hash_pin("583920"))
    finally:
        market.close()


def settings_of(db: Path) -> dict:
    market = open_market(db)
    try:
        values = {setting.key: market.setting(setting) for setting, _ in SET}
        gathering = market.setting(SKILLS_GATHERING)
        values["gathering"] = None if gathering is None else {k: v for k, v in gathering.items() if k != "stamped"}
        values["pin"] = market.setting(PIN_HASH)
        values["markets"] = len(market.events())
        return values
    finally:
        market.close()


def test_a_setup_goes_from_one_kiosk_to_another_without_pin_or_market(tmp_path):
    first, second, file = tmp_path / "first.db", tmp_path / "second.db", tmp_path / "setup.json"
    set_up(first)
    out = run("setup", "--db", str(first), "--export", str(file))
    assert out.returncode == 0, out.stderr
    assert str(file) in out.stdout
    data = file.read_bytes()
    assert len(data) < 4096
    text = data.decode("utf-8")
    assert "scrypt" not in text and "pin" not in text.lower()
    for market_words in ("Bagels", "Winter boots", "Bike repair", "@wrench.sam", "Really Really"):
        assert market_words not in text  # nothing of a market
    assert json.loads(text)["format"] == "commons-table-setup"

    open_market(second).close()
    out = run("setup", "--db", str(second), "--import", str(file))
    assert out.returncode == 0, out.stderr
    got, want = settings_of(second), settings_of(first)
    keys = [setting.key for setting, _ in SET] + ["gathering"]
    assert {k: got[k] for k in keys} == {k: want[k] for k in keys}
    assert got["idle_seconds"] == 120 and got["gathering"]["title"] == "Compartir saberes"
    assert got["pin"] is None and got["markets"] == 0


BAD = {
    "not JSON": b"\x89PNG\r\n\x1a\n",
    "another JSON": b'{"format": "commons-table-export", "version": 1}',
    "a list": b"[1, 2, 3]",
    "a newer one": b'{"format": "commons-table-setup", "version": 99}',
    "a PIN in it": b'{"format": "commons-table-setup", "version": 1, "pin_hash": "scrypt$1$2$3$aa$bb"}',
    "market data": b'{"format": "commons-table-setup", "version": 1, "items": []}',
    "idle of a day": b'{"format": "commons-table-setup", "version": 1, "idle_seconds": 86400}',
    "idle as words": b'{"format": "commons-table-setup", "version": 1, "idle_seconds": "60"}',
    "unknown language": b'{"format": "commons-table-setup", "version": 1, "sign_languages": ["xx"]}',
    "three languages": b'{"format": "commons-table-setup", "version": 1, "sign_languages": ["en", "es", "fr"]}',
    "unknown kind": b'{"format": "commons-table-setup", "version": 1, "sign_chosen_categories": ["cars"]}',
    "heavy books": b'{"format": "commons-table-setup", "version": 1, "summary_weights": {"books": 5000}}',
    "long welcome": b'{"format": "commons-table-setup", "version": 1, "welcome_text": {"en": "' + b"x" * 500 + b'"}}',
    "bad date": b'{"format": "commons-table-setup", "version": 1, "skills_gathering": {"title": "S", '
                b'"date": "soon", "start": "14:00", "end": "17:00"}}',
    "too big": b'{"format": "commons-table-setup", "version": 1, "welcome_text": {}, "x": "' + b"x" * 70_000 + b'"}',
}


@pytest.mark.parametrize("what", sorted(BAD))
def test_a_file_that_is_not_a_setup_is_refused_with_one_sentence_and_nothing_changes(tmp_path, what):
    db, file = tmp_path / "kiosk.db", tmp_path / "setup.json"
    set_up(db)
    before = settings_of(db)
    file.write_bytes(BAD[what])
    out = run("setup", "--db", str(db), "--import", str(file))
    assert out.returncode == 2
    sentence = one_sentence(out.stderr)
    assert "nothing was changed" in sentence or "Nothing was changed" in sentence or "newer" in sentence, sentence
    assert settings_of(db) == before


def test_setup_needs_one_of_export_or_import_and_never_writes_over_the_data_file(tmp_path):
    db = tmp_path / "kiosk.db"
    set_up(db)
    out = run("setup", "--db", str(db))
    assert out.returncode == 2 and "--export" in one_sentence(out.stderr)
    out = run("setup", "--db", str(db), "--export", str(db))
    assert out.returncode == 2 and "data file" in one_sentence(out.stderr)
    out = run("setup", "--db", str(db), "--import", str(tmp_path / "missing.json"))
    assert out.returncode == 2
    one_sentence(out.stderr)
