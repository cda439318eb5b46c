"""The journal several kiosks at one market share: immutable events, and the files that carry them.

Every change a kiosk makes is also one event: a dict with a unique id (the kiosk's random id and a
sequence number), a type, a quarter-hour time (`at`) and what changed, and never anything about a person
(a skill offer's contact never enters an event). A kiosk's events go into closed journal files,
`<kiosk-id>/<first-seq>.jsonl`, which are never changed once written: the first line is a header naming
the market, the kiosk, the range of sequence numbers and the SHA-256 of the lines after it.

This module is pure: no SQL, no Qt. The store (kiosk/store/journal.py) records and folds events; the
exchange with a folder is kiosk/several_kiosks/exchange.py.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any

FORMAT = "commons-table-journal"
VERSION = 1
FILE_SUFFIX = ".jsonl"
KIOSK_ID = re.compile(r"^[0-9a-f]{12}$")
BUCKET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:(00|15|30|45)$")

# The event types this version understands, and the fields each carries besides id, k, n, t and at.
TYPES: dict[str, tuple[str, ...]] = {
    "opened": ("title", "place", "date", "day"),  # day: "<date>#<n>", the n-th market day on that date
    "renamed": ("event", "title", "place"),
    "closed": ("event", "leftovers"),
    # carried: true when kept from the market before (on the table again, not brought again); else null
    "listed": ("event", "category", "title", "quantity", "tags", "size", "perishable", "carried"),
    "unlisted": ("item",),
    "taken": ("item",),
    "untaken": ("item", "bucket"),  # bucket: the quarter hour whose take it took back (None: none)
    "gone": ("item", "gone"),
    "want": ("event", "category", "title", "size"),
    "found": ("want", "found"),
    "skill": ("event", "title", "description", "availability"),
    "setting": ("key", "value"),
    # Food Not Bombs: plates served (+1, +5, or a negative undo) in a quarter hour; food rescued by source kind,
    # weighed (grams) or counted (pieces), an undo negative. Sums, so two serving tables make one total.
    "served": ("event", "plates", "bucket"),
    "rescued": ("event", "source", "grams", "pieces", "bucket"),
}

# Names a person could be identified by: an event holding one of these keys is refused outright.
FORBIDDEN_KEYS = frozenset({"contact", "name", "phone", "email", "person", "device"})


class JournalError(ValueError):
    """A journal file or event this kiosk cannot use; `why` is one plain sentence for the log and steward."""

    def __init__(self, why: str, kind: str = "garbled"):
        super().__init__(why)
        self.why = why
        self.kind = kind



def sha256_hex(data: bytes) -> str:
    import hashlib  # when first used: OpenSSL's library (3 MB) is not needed to start

    return hashlib.sha256(data).hexdigest()

def new_kiosk_id() -> str:
    return os.urandom(6).hex()  # as secrets.token_hex, without its hmac and OpenSSL


def new_market_id() -> str:
    return os.urandom(8).hex()  # as secrets.token_hex, without its hmac and OpenSSL


def event_id(kiosk: str, seq: int) -> str:
    return f"{kiosk}:{seq}"


def stamp(event: dict[str, Any]) -> str:
    """An order for last-writer-wins that every kiosk computes alike: time, then kiosk, then sequence."""
    return f"{event['at']}|{event['k']}|{int(event['n']):012d}"


def make_event(kiosk: str, seq: int, kind: str, at: str, **fields: Any) -> dict[str, Any]:
    assert kind in TYPES, kind
    assert not FORBIDDEN_KEYS & fields.keys(), "no person in a journal"
    return {"id": event_id(kiosk, seq), "k": kiosk, "n": seq, "t": kind, "at": at,
            **{name: fields.get(name) for name in TYPES[kind]}}


def encode_event(event: dict[str, Any]) -> str:
    return json.dumps(event, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_event(event: Any, kiosk: str | None = None) -> dict[str, Any]:
    """The event if it is one this version can fold; JournalError (kind "newer" or "garbled") if not."""
    if not isinstance(event, dict):
        raise JournalError("a line is not an event")
    kind = event.get("t")
    if kind not in TYPES:
        raise JournalError(f"an event of type {kind!r} from a newer Commons Table", kind="newer")
    k, n = event.get("k"), event.get("n")
    if not isinstance(k, str) or not KIOSK_ID.match(k) or not isinstance(n, int) or n < 1:
        raise JournalError("an event without a proper kiosk id and sequence")
    if kiosk is not None and k != kiosk:
        raise JournalError("an event of another kiosk inside a kiosk's journal")
    if event.get("id") != event_id(k, n) or not isinstance(event.get("at"), str) or not BUCKET.match(event["at"]):
        raise JournalError("an event with a wrong id or a time finer than a quarter hour")
    if FORBIDDEN_KEYS & event.keys():
        raise JournalError("an event that names a person")
    return event


@dataclass(frozen=True)
class JournalFile:
    market: str
    kiosk: str
    first: int
    last: int
    events: list[dict[str, Any]]


def file_name(first_seq: int) -> str:
    return f"{first_seq:09d}{FILE_SUFFIX}"


def encode_file(market: str, kiosk: str, events: list[dict[str, Any]]) -> bytes:
    """A closed journal file's bytes: a header line, then one event per line. Same events, same bytes."""
    assert events
    body = "".join(encode_event(e) + "\n" for e in events).encode("utf-8")
    header = {"format": FORMAT, "version": VERSION, "market": market, "kiosk": kiosk,
              "first": events[0]["n"], "last": events[-1]["n"], "count": len(events),
              "sha256": sha256_hex(body)}
    return (json.dumps(header, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8") + body


def decode_file(data: bytes, kiosk: str | None = None) -> JournalFile:
    """Read a closed journal file; JournalError if it is truncated, garbled or from a newer version."""
    head, sep, body = data.partition(b"\n")
    try:
        header = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise JournalError("its first line is not a journal header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise JournalError("it is not a Commons Table journal")
    if not isinstance(header.get("version"), int) or header["version"] > VERSION:
        raise JournalError("it was written by a newer Commons Table", kind="newer")
    if not sep or sha256_hex(body) != header.get("sha256"):
        raise JournalError("it is truncated or damaged (its checksum does not match)")
    owner = header.get("kiosk")
    if not isinstance(owner, str) or not KIOSK_ID.match(owner) or (kiosk is not None and owner != kiosk):
        raise JournalError("it does not belong to the kiosk folder it is in")
    try:
        events = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    except (UnicodeDecodeError, ValueError):
        raise JournalError("one of its lines is garbled") from None
    if len(events) != header.get("count") or not events:
        raise JournalError("it holds fewer events than its header says")
    seqs = [e.get("n") if isinstance(e, dict) else None for e in events]
    if seqs != list(range(int(header["first"]), int(header["last"]) + 1)):
        raise JournalError("its events are not numbered one after another")
    return JournalFile(str(header.get("market") or ""), owner, int(header["first"]), int(header["last"]), events)
