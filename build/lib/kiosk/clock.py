"""Time at the table, never finer than a quarter of an hour.

Stored times are rounded down to 15-minute buckets so that no row can be lined up
with the moment a particular person stood at the kiosk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

BUCKET_MINUTES = 15

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().astimezone()


def bucket(moment: dt.datetime) -> str:
    """The 15-minute bucket a moment falls in, as local ISO text without seconds."""
    floored = moment.replace(minute=moment.minute - moment.minute % BUCKET_MINUTES, second=0, microsecond=0)
    return floored.strftime("%Y-%m-%dT%H:%M")


def parse_bucket(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M")
