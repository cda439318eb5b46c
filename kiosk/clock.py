"""Time at the table, never finer than a quarter of an hour.

Stored times are rounded down to 15-minute buckets so that no row can be lined up
with the moment a particular person stood at the kiosk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

BUCKET_MINUTES = 15
# How far a steward may set the kiosk's clock from the machine's (kiosk/store/market.py, set_clock_correction):
# a Raspberry Pi without a clock module starts at the time it was last shut down, which may be months ago.
MOST_CORRECTION_MINUTES = 400 * 24 * 60

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().astimezone()


def bucket(moment: dt.datetime) -> str:
    """The 15-minute bucket a moment falls in, as local ISO text without seconds."""
    floored = moment.replace(minute=moment.minute - moment.minute % BUCKET_MINUTES, second=0, microsecond=0)
    return floored.strftime("%Y-%m-%dT%H:%M")


def parse_bucket(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M")


def fits_correction(minutes: object) -> bool:
    """Whole quarter hours, within MOST_CORRECTION_MINUTES either way (a yes/no is not a number)."""
    return (isinstance(minutes, int) and not isinstance(minutes, bool) and minutes % BUCKET_MINUTES == 0
            and abs(minutes) <= MOST_CORRECTION_MINUTES)
