"""A kiosk's setup in one small file: carried on a USB stick to the collective's other kiosks, or to the next
group that runs this one, so nobody sets the same things again by hand.

What it holds is a fixed list (SETUP): the welcome words, the kinds and languages of the signs, the weights of the
summary's estimate, the paper, the idle time and the skills share's details. Never a PIN, never anything of a
market (no things, wants, offers, contacts or counts). A file that is not one — another format, too big, a value
the kiosk would not keep — is refused whole with one sentence, and nothing changes.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from kiosk.catalog import DEFAULT_CATEGORIES, LANGUAGES
from kiosk.clock import bucket
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.settings import (
    IDLE_SECONDS,
    PAPER,
    SIGN_CATEGORIES,
    SIGN_CHOSEN_CATEGORIES,
    SIGN_LANGUAGES,
    SKILLS_GATHERING,
    SUMMARY_WEIGHTS,
    WELCOME_TEXT,
    Setting,
)
from kiosk.skills import clean_gathering
from kiosk.store.database import known_fault
from kiosk.store.market import Market
from kiosk.summary import WEIGHT_MAX_KG

FORMAT = "commons-table-setup"
VERSION = 1
FILE_NAME = "commons-table-setup.json"  # at the top of a USB stick
MOST_BYTES = 64 * 1024  # a setup is a few kilobytes; anything bigger is not one
WELCOME_MOST = 200  # as the signs screen's field
IDLE_FEWEST, IDLE_MOST = 30, 300  # the steward screen's choices run from 30 s to 5 minutes
GATHERING_FIELDS = ("title", "date", "start", "end", "place", "note", "uid")

# The settings a setup carries, in the file's order. Nothing else is ever written or read.
SETUP: tuple[Setting[Any], ...] = (WELCOME_TEXT, SIGN_LANGUAGES, SIGN_CATEGORIES, SIGN_CHOSEN_CATEGORIES,
                                   SUMMARY_WEIGHTS, PAPER, IDLE_SECONDS, SKILLS_GATHERING)

NOT_A_SETUP = QT_TRANSLATE_NOOP("kiosk", "{name} is not a Commons Table setup, so nothing was changed.")
TOO_BIG = QT_TRANSLATE_NOOP("kiosk", "{name} is too big to be a kiosk's setup, so nothing was changed.")
NEWER = QT_TRANSLATE_NOOP("kiosk", "{name} was written by a newer Commons Table; nothing was changed.")
BAD_VALUE = QT_TRANSLATE_NOOP("kiosk", "In {name}, {entry} is not something this kiosk can keep, so nothing was "
                                       "changed.")
NO_SETUP_HERE = QT_TRANSLATE_NOOP("kiosk", "There is no setup ({file}) on {place}.")


class SetupRefused(VisitorError):
    """A setup file refused whole, with one sentence."""


def setup_of(market: Market) -> dict[str, Any]:
    """This kiosk's setup, as the file holds it."""
    setup: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for setting in SETUP:
        value: Any = market.setting(setting)
        if setting is SKILLS_GATHERING and isinstance(value, dict):
            value = {key: str(value.get(key) or "") for key in GATHERING_FIELDS}
        setup[setting.key] = value
    return setup


def setup_bytes(market: Market) -> bytes:
    return (json.dumps(setup_of(market), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_setup(market: Market, path: Path) -> Path:
    """Write this kiosk's setup to `path` whole (a stick pulled meanwhile leaves no half file)."""
    from kiosk.safe_write import write_whole

    data = setup_bytes(market)
    write_whole(path, lambda temp: temp.write_bytes(data))
    return path


def read_setup(data: bytes, name: str = "The file") -> dict[str, Any]:
    """The settings a setup file holds, every one checked; SetupRefused (one sentence) when it is not one."""
    if len(data) > MOST_BYTES:
        raise SetupRefused(TOO_BIG, field="setup", name=name)
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SetupRefused(NOT_A_SETUP, field="setup", name=name) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SetupRefused(NOT_A_SETUP, field="setup", name=name)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SetupRefused(NOT_A_SETUP, field="setup", name=name)
    if version > VERSION:
        raise SetupRefused(NEWER, field="setup", name=name)
    known = {setting.key: setting for setting in SETUP}
    for key in raw:
        if key not in known and key not in ("format", "version"):
            # A PIN, a market's data, anything else: a setup never carries it.
            raise SetupRefused(BAD_VALUE, field="setup", name=name, entry=_shown(key))
    checked: dict[str, Any] = {}
    for key, value in raw.items():
        if key in known:
            try:
                checked[key] = _check(key, value)
            except (VisitorError, TypeError, ValueError):
                raise SetupRefused(BAD_VALUE, field="setup", name=name, entry=key) from None
    return checked


def _shown(key: str) -> str:
    return "".join(ch for ch in key if ch.isprintable())[:40] or "?"


def _check(key: str, value: Any) -> Any:
    """One setting's value, as the kiosk would keep it; ValueError when it would not."""
    if key == WELCOME_TEXT.key:
        if not isinstance(value, dict) or any(lang not in LANGUAGES for lang in value):
            raise ValueError(key)
        return {lang: " ".join(_text(words, WELCOME_MOST).split()) for lang, words in value.items()}
    if key == SIGN_LANGUAGES.key:
        if value is None:
            return None
        if not isinstance(value, list) or not 1 <= len(value) <= 2 or len(set(value)) != len(value) \
                or any(lang not in LANGUAGES for lang in value):
            raise ValueError(key)
        return list(value)
    if key == SIGN_CATEGORIES.key:
        if value not in ("in_use", "all", "chosen"):
            raise ValueError(key)
        return value
    if key == SIGN_CHOSEN_CATEGORIES.key:
        kinds = {c.key for c in DEFAULT_CATEGORIES}
        if not isinstance(value, list) or len(value) > len(kinds) or any(k not in kinds for k in value):
            raise ValueError(key)
        return list(dict.fromkeys(value))
    if key == SUMMARY_WEIGHTS.key:
        kinds = {c.key for c in DEFAULT_CATEGORIES}
        if not isinstance(value, dict):
            raise ValueError(key)
        for kind, kilograms in value.items():
            if kind not in kinds or isinstance(kilograms, bool) or not isinstance(kilograms, (int, float)) \
                    or not 0 <= kilograms <= WEIGHT_MAX_KG:
                raise ValueError(key)
        return {kind: round(float(kilograms), 2) for kind, kilograms in value.items()}
    if key == PAPER.key:
        if value not in ("a4", "letter"):
            raise ValueError(key)
        return value
    if key == IDLE_SECONDS.key:
        if isinstance(value, bool) or not isinstance(value, int) or not IDLE_FEWEST <= value <= IDLE_MOST:
            raise ValueError(key)
        return value
    if key == SKILLS_GATHERING.key:
        if value is None:
            return None
        if not isinstance(value, dict) or any(k not in GATHERING_FIELDS for k in value):
            raise ValueError(key)
        fields = {k: value.get(k, "") for k in GATHERING_FIELDS}
        if not all(isinstance(v, str) for v in fields.values()) or len(fields["uid"]) > 80:
            raise ValueError(key)
        gathering = clean_gathering(**fields)  # one sentence when a detail is wrong
        return dataclasses.asdict(gathering)
    raise ValueError(key)


def _text(words: object, most: int) -> str:
    if not isinstance(words, str) or len(words) > most or any(not ch.isprintable() for ch in words):
        raise ValueError("words")
    return words


def use_setup(market: Market, setup: dict[str, Any]) -> list[str]:
    """Keep a checked setup (read_setup's), all of it in one transaction. Returns the keys it set."""
    with known_fault(), market.db.transaction():
        for setting in SETUP:
            if setting.key not in setup:
                continue
            value = setup[setting.key]
            if setting is SKILLS_GATHERING and value is not None:
                # Its calendar id comes along (phones keep one entry for it); it is stamped as changed now.
                before = market.setting(SKILLS_GATHERING) or {}
                uid = value.get("uid") or before.get("uid") or ""
                value = dataclasses.asdict(clean_gathering(**{**value, "uid": uid, "stamped": bucket(market.clock())}))
            market.set_setting(setting, value)
    return [setting.key for setting in SETUP if setting.key in setup]


def use_setup_file(market: Market, path: Path) -> list[str]:
    """Read, check and keep the setup in `path`; SetupRefused or OSError, and nothing changed, if it cannot."""
    with path.open("rb") as file:
        data = file.read(MOST_BYTES + 1)
    return use_setup(market, read_setup(data, path.name))


def setup_on(folder: Path) -> Path:
    """Where a setup file is on a stick (or in any folder)."""
    return folder / FILE_NAME
