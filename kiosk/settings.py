"""Every setting a data file keeps, in one place: its key, its type and its default (as Vorta's
store/settings.py). The store keeps each value as JSON in the `settings` table (Market.setting and
Market.set_setting); a value of another type reads as the default, so nothing written by hand or by an older
kiosk breaks a screen. `shared` settings travel to the market's other kiosks in the journal.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A steward's setting: its key, the kind of value it keeps and its default."""

    key: str
    kind: type  # what a kept value must be (JSON's types: str, int, float, bool, list, dict)
    default: T
    shared: bool = False  # the market's other kiosks take it too (kiosk/several_kiosks/files.py)

    def fits(self, value: object) -> bool:
        """Whether `value` may be kept: of its kind (a yes/no is not a number), or None for "not set"."""
        if value is None:
            return True
        if isinstance(value, bool) and self.kind is not bool:
            return False
        return isinstance(value, self.kind) or (self.kind is float and isinstance(value, int))

    def read(self, stored: object) -> T:
        """The kept value, or the default (a fresh copy) when nothing fitting is kept."""
        if stored is None or not self.fits(stored):
            return copy.deepcopy(self.default)
        return stored  # type: ignore[return-value]  # fits() checked its kind


IDLE_SECONDS: Setting[int] = Setting("idle_seconds", int, 60)  # back to the start after this long untouched
PAPER: Setting[str] = Setting("paper", str, "a4")  # "a4" or "letter", for signs and reports
WELCOME_TEXT: Setting[dict[str, str]] = Setting("welcome_text", dict, {}, shared=True)  # {language: words}
SIGN_LANGUAGES: Setting[list[str] | None] = Setting("sign_languages", list, None, shared=True)  # up to two
SIGN_CATEGORIES: Setting[str] = Setting("sign_categories", str, "in_use", shared=True)  # "in_use", "all", "chosen"
SIGN_CHOSEN_CATEGORIES: Setting[list[str]] = Setting("sign_chosen_categories", list, [], shared=True)
SUMMARY_WEIGHTS: Setting[dict[str, float]] = Setting("summary_weights", dict, {}, shared=True)  # kg per thing
SKILLS_GATHERING: Setting[dict[str, str] | None] = Setting("skills_gathering", dict, None, shared=True)
PIN_HASH: Setting[str | None] = Setting("pin_hash", str, None)  # never shared: each kiosk has its own pad
PIN_LOCK: Setting[dict[str, int] | None] = Setting("pin_lock", dict, None)  # wrong tries, a lock running
BACKUPS_KEPT: Setting[int] = Setting("backups_kept", int, 10)
SEVERAL_KIOSKS: Setting[bool] = Setting("several_kiosks", bool, False)  # this kiosk's own choice
JOURNAL_KIOSK_ID: Setting[str | None] = Setting("journal_kiosk_id", str, None)
JOURNAL_MARKET_ID: Setting[str | None] = Setting("journal_market_id", str, None)
DEMO_REMOVED: Setting[bool] = Setting("demo_removed", bool, False)  # a steward removed it: never offered again
# This kiosk's own clock correction, in minutes (whole quarter hours), set by a steward on the clock screen: every
# time the kiosk keeps is the machine's clock plus this. Never shared, never in a setup file: each kiosk's clock is
# its own.
CLOCK_CORRECTION: Setting[int] = Setting("clock_correction_minutes", int, 0)
# A carry-over under way (kiosk/store/carry_over.py): the markets carried from and to, the last thing's id carried
# and the last to carry, the opening's quarter hour. Written with each slice, in its transaction; never shared.
CARRYING_OVER: Setting[dict[str, Any] | None] = Setting("carrying_over", dict, None)
FILE_IDENTITY: Setting[dict[str, Any] | None] = Setting("file_identity", dict, None)  # names the file in its -wal

# A closed event's totals kept after its details were deleted (kiosk/store/summary.py), one key per event.
MINIMISED_PREFIX = "minimised_event."


def minimised_event(event_id: int) -> Setting[dict[str, Any] | None]:
    return Setting(f"{MINIMISED_PREFIX}{event_id}", dict, None)


SETTINGS: dict[str, Setting[Any]] = {s.key: s for s in list(globals().values()) if isinstance(s, Setting)}
SHARED_SETTINGS = frozenset(s.key for s in SETTINGS.values() if s.shared)


def named(key: str) -> Setting[Any] | None:
    """The setting kept under `key`, or None for a key no setting has."""
    if key.startswith(MINIMISED_PREFIX) and key[len(MINIMISED_PREFIX):].isdigit():
        return minimised_event(int(key[len(MINIMISED_PREFIX):]))
    return SETTINGS.get(key)
