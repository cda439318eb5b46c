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

import functools
import json
import os
import re
from dataclasses import dataclass
from typing import Any

from kiosk.errors import QT_TRANSLATE_NOOP, Sentence
from kiosk.food import RESCUE_SOURCES

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


class JournalError(Sentence, ValueError):
    """A journal file or event this kiosk cannot use: an English template and its values, told to the steward
    in their language (kiosk/store/journal.py `notice`); `why` is the English sentence, for the log."""

    def __init__(self, template: str, kind: str = "garbled", **params: Any):
        super().__init__(template, params)
        self.kind = kind

    @property
    def why(self) -> str:
        return self.sentence



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


# Bounds on what arrives from outside, checked before anything is parsed or stored.
MAX_FILE_BYTES = 8 * 1024 * 1024  # a closed file of 2 000 honest events is well under 1 MB
MAX_LINE_BYTES = 32 * 1024  # one event; the longest honest one (a welcome text in many languages) is far less
MAX_EVENTS = 2000  # events in one closed file (kiosk/store/journal.py FILE_EVENTS)
MAX_SEQ = 10**12
MAX_DEPTH = 4  # an event is a dict holding at most a dict or list of plain values
THING_ID = re.compile(r"^[0-9a-f]{12}:[1-9][0-9]{0,11}$")
CATEGORY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
DAY = re.compile(r"^(\d{4}-\d\d-\d\d)#([1-9][0-9]{0,2})$")
SETTING_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}\Z")
FILE_NAME = re.compile(r"^[0-9]{9,13}\.jsonl$")


ANOTHER_KIOSKS = QT_TRANSLATE_NOOP("kiosk", "an event of another kiosk inside a kiosk's journal")


def _garbled(what: str) -> JournalError:
    return JournalError(QT_TRANSLATE_NOOP("kiosk", "an event with {what}"), what=what)


def clean_words(value: Any, limit: int, multiline: bool = False) -> str:
    """Text from outside as the kiosk keeps typed text: NFC, no control, bidi-override or invisible characters,
    no lone surrogates, spaces folded, at most `limit` characters. Cleaning twice changes nothing."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "words that are not words"))
    if len(value) <= limit and value.isascii() and value.isprintable() and "  " not in value \
            and value[:1] != " " and value[-1:] != " ":
        return value  # the common case, already clean: nothing to look at character by character
    import unicodedata

    from kiosk.validate import _keep

    text = value[: limit * 4 + 16]  # what is cut off anyway is never looked at
    text = "".join(ch for ch in text if _keep(ch) or (multiline and ch == "\n"))
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if _keep(ch) or (multiline and ch == "\n"))
    if multiline:
        lines = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        text = re.sub(r"\s+", " ", text).strip()
    text = text[:limit].rstrip()
    return text


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a date that is not a date"))
    return _a_date(value)


@functools.lru_cache(maxsize=256)
def _a_date(value: str) -> str:
    import datetime as dt

    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a date that is not a date"))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a date that is not a date")) from None
    if not 2000 <= day.year <= 2999:
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a date that is not a date"))
    return value


def valid_bucket(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 16 and _a_bucket(value)


@functools.lru_cache(maxsize=1024)
def _a_bucket(value: str) -> bool:
    import datetime as dt

    if not BUCKET.match(value):
        return False
    try:
        moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M")
    except ValueError:
        return False
    return 2000 <= moment.year <= 2999


def _thing_id(value: Any, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not THING_ID.match(value) or int(value.partition(":")[2]) > MAX_SEQ:
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a reference that is not a thing's id"))
    return value


def _flag(value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a yes/no that is neither"))
    return value


def _words_list(value: Any, most: int, limit: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > most:
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a list that is not a short list of words"))
    return [w for w in (clean_words(v, limit) for v in value) if w]


def _number(value: Any, lowest: float, highest: float) -> float:
    import math

    if isinstance(value, bool) or not isinstance(value, int | float) or not lowest <= value <= highest \
            or not math.isfinite(value):
        raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a number out of range"))
    return value


def _setting_value(key: Any, value: Any) -> Any:
    """A shared setting's value, in the shape that setting has; None for a key this version does not share."""
    if key == "welcome_text":
        if not isinstance(value, dict) or len(value) > 16:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a welcome text that is not one"))
        return {lang: clean_words(words, 500, multiline=True) for lang, words in value.items()
                if isinstance(lang, str) and LANGUAGE.match(lang)}
    if key == "sign_languages":
        if value is None:
            return None
        if not isinstance(value, list) or len(value) > 2 or not all(isinstance(v, str) and LANGUAGE.match(v)
                                                                    for v in value):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "sign languages that are not languages"))
        return value
    if key == "sign_categories":
        if value not in ("in_use", "all", "chosen"):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a choice of sign categories that is none"))
        return value
    if key == "sign_chosen_categories":
        if not isinstance(value, list) or len(value) > 64 or not all(isinstance(v, str) and CATEGORY.match(v)
                                                                     for v in value):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "chosen categories that are not categories"))
        return value
    if key == "summary_weights":
        if not isinstance(value, dict) or len(value) > 64:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "weights that are not weights"))
        return {c: _number(w, 0, 1000) for c, w in value.items() if isinstance(c, str) and CATEGORY.match(c)}
    if key == "skills_gathering":
        if value is None:
            return None
        if not isinstance(value, dict) or len(value) > 8:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a skills gathering that is not one"))
        return {name: clean_words(words, 200) for name, words in value.items()
                if isinstance(name, str) and re.fullmatch(r"[a-z_]{1,32}", name)}
    return None


def _field(kind: str, name: str, value: Any) -> Any:
    """One field of an event of type `kind`, checked and cleaned (JournalError if it cannot be used)."""
    if name == "title":
        return None if kind == "renamed" and value is None else clean_words(value, 80)
    if name == "place":
        return None if value is None else clean_words(value, 120)
    if name == "date":
        return _date(value)
    if name == "day":
        if value is None:
            return None
        match = DAY.match(value) if isinstance(value, str) else None
        if match is None:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a market day that is not one"))
        _date(match[1])
        return value
    if name in ("event", "item", "want"):
        return _thing_id(value)
    if name == "leftovers":
        if value not in (None, "kept", "handed_off"):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "leftovers that are neither kept nor handed off"))
        return value
    if name == "category":
        if not isinstance(value, str) or not CATEGORY.match(value):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a category that is not one"))
        return value
    if name == "quantity":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 999:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a quantity that is not from 1 to 999"))
        return value
    if name == "tags":
        return _words_list(value, 16, 32)
    if name == "size":
        return None if value is None else clean_words(value, 8)
    if name in ("perishable", "gone", "found"):
        return _flag(value)
    if name == "carried":
        return None if value is None else _flag(value)
    if name in ("plates", "grams", "pieces"):  # an undo is negative; sums, so bounded both ways
        most = {"plates": 1_000, "grams": 1_000_000, "pieces": 10_000}[name]
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or not -most <= value <= most:
            raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event with {field} out of range"), field=name)
        return value
    if name == "source":
        if value not in RESCUE_SOURCES:
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "food rescued from a kind of source this version does not know"))
        return value
    if name == "bucket":
        if value is None:
            return None
        if not valid_bucket(value):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a quarter hour that is not one"))
        return value
    if name == "description":
        return clean_words(value, 500, multiline=True)
    if name == "availability":
        return _words_list(value, 16, 40)
    if name == "key":  # a name as the kiosk's own settings have (a lone surrogate could not even be saved)
        if not isinstance(value, str) or not SETTING_KEY.match(value):
            raise _garbled(QT_TRANSLATE_NOOP("kiosk", "a setting without a name"))
        return value
    raise AssertionError(name)  # "value" is checked with its key


def check_event(event: Any, kiosk: str | None = None) -> dict[str, Any]:
    """The event as this version folds it: every field checked for its type and range and cleaned (text as
    typed text is cleaned, cut to its length), fields this version does not know left out. JournalError
    (kind "newer" or "garbled") when it cannot be used. Checking a checked event changes nothing."""
    if not isinstance(event, dict):
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "a line is not an event"))
    kind = event.get("t")
    if not isinstance(kind, str) or len(kind) > 32:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event without a type"))
    if kind not in TYPES:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event of type {type} from a newer Commons Table"),
                           kind="newer", type=repr(kind))
    k, n = event.get("k"), event.get("n")
    if not isinstance(k, str) or not KIOSK_ID.match(k) or isinstance(n, bool) or not isinstance(n, int) \
            or not 1 <= n <= MAX_SEQ:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event without a proper kiosk id and sequence"))
    if kiosk is not None and k != kiosk:
        raise JournalError(ANOTHER_KIOSKS)
    if event.get("id") != event_id(k, n) or not valid_bucket(event.get("at")):
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event with a wrong id or a time finer than a quarter hour"))
    if FORBIDDEN_KEYS & event.keys():
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "an event that names a person"))
    checked: dict[str, Any] = {"id": event["id"], "k": k, "n": n, "t": kind, "at": event["at"]}
    for name in TYPES[kind]:
        if name == "value":
            checked[name] = _setting_value(checked.get("key"), event.get(name))
        else:
            checked[name] = _field(kind, name, event.get(name))
    if kind == "renamed" and checked["title"] is not None and not checked["title"]:
        checked["title"] = None  # a rename to nothing keeps the name
    return checked


def _depth_ok(line: bytes) -> bool:
    """Whether a line's brackets nest no deeper than an event's may (looked at before it is parsed)."""
    depth = 0
    in_string = escaped = False
    for byte in line:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x7B, 0x5B):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif byte in (0x7D, 0x5D):
            depth -= 1
    return True


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def parse_line(line: bytes) -> Any:
    """One JSON line from outside: bounded in length and nesting, no NaN or Infinity; ValueError if not."""
    if len(line) > MAX_LINE_BYTES or not _depth_ok(line):
        raise ValueError("too long or too deep")
    try:
        return json.loads(line.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, RecursionError):
        raise ValueError("not UTF-8 JSON") from None


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
    """Read a closed journal file; JournalError if it is too big, truncated, garbled or from a newer version.

    Its events come back checked and cleaned (check_event), every one of the folder's kiosk (`kiosk`);
    an event of a type from a newer version comes back as it is, for the fold to skip with one notice.
    Nothing here raises anything but JournalError, whatever the bytes.
    """
    if len(data) > MAX_FILE_BYTES:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it is far bigger than any journal file"))
    head, sep, body = data.partition(b"\n")
    try:
        header = parse_line(head)
    except ValueError:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its first line is not a journal header")) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it is not a Commons Table journal"))
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its first line is not a journal header"))
    if version > VERSION:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it was written by a newer Commons Table"), kind="newer")
    if not sep or sha256_hex(body) != header.get("sha256"):
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it is truncated or damaged (its checksum does not match)"))
    owner = header.get("kiosk")
    if not isinstance(owner, str) or not KIOSK_ID.match(owner) or (kiosk is not None and owner != kiosk):
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it does not belong to the kiosk folder it is in"))
    numbers, market = [header.get("first"), header.get("last"), header.get("count")], header.get("market")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in numbers):
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its header's numbers are not a journal file's"))
    first, last, count = (int(v or 0) for v in numbers)
    if not 1 <= first <= last <= MAX_SEQ or count != last - first + 1 or count > MAX_EVENTS \
            or not isinstance(market, str) or len(market) > 64:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its header's numbers are not a journal file's"))
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != count:
        raise JournalError(QT_TRANSLATE_NOOP("kiosk", "it holds fewer events than its header says"))
    events: list[dict[str, Any]] = []
    for seq, line in enumerate(lines, start=first):
        try:
            raw = parse_line(line)
        except ValueError:
            raise JournalError(QT_TRANSLATE_NOOP("kiosk", "one of its lines is garbled")) from None
        if not isinstance(raw, dict) or raw.get("n") != seq or isinstance(raw.get("n"), bool):
            raise JournalError(QT_TRANSLATE_NOOP("kiosk", "its events are not numbered one after another"))
        try:
            events.append(check_event(raw, kiosk=owner))
        except JournalError as problem:
            if problem.kind != "newer":
                raise JournalError(QT_TRANSLATE_NOOP("kiosk", "{why} (line {line})"), why=problem,
                                   line=seq - first + 2) from None
            if raw.get("k") != owner:
                raise JournalError(ANOTHER_KIOSKS) from None
            events.append({"t": str(raw.get("t"))[:32], "k": owner, "n": seq})
    return JournalFile(market, owner, first, last, events)
