"""The skills share, as text a phone can read offline: an offer's QR payload and the gathering's VEVENT.

Nothing here points to a server. An offer's code is plain words a person reads after scanning; the
gathering's code is an iCalendar event (RFC 5545) a phone offers to add to its calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kiosk.catalog import DEFAULT_LANGUAGE, joined
from kiosk.clock import BUCKET_MINUTES, parse_bucket
from kiosk.domain import SkillOffer
from kiosk.errors import QT_TRANSLATE_NOOP, VisitorError
from kiosk.validate import clean_text

# A version 10 code at error correction M (57 modules) still scans from a printed card at arm's length.
OFFER_MAX_VERSION = 10
# The gathering's code goes big on a poster and the steward's screen, so it may be denser (97 modules).
GATHERING_MAX_VERSION = 20
ELLIPSIS = "…"
TOO_LONG = "qr"  # the VisitorError field of an offer too long for a readable code

GATHERING_TITLE_MAX = 60
GATHERING_PLACE_MAX = 100
GATHERING_NOTE_MAX = 200

# The words inside an offer's code, in the language the person was using (the core speaks no Qt).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Skill offer",
        "when": "When",
        "contact": "Contact",
        "weekday_evenings": "weekday evenings",
        "weekends": "weekends",
        "at_skills_share": "at the skills-share",
        "gathering": "Skills share",
    },
    "es": {
        "heading": "Oferta de saber",
        "when": "Cuándo",
        "contact": "Contacto",
        "weekday_evenings": "tardes entre semana",
        "weekends": "fines de semana",
        "at_skills_share": "en el encuentro de saberes",
        "gathering": "Encuentro de saberes",
    },
    "fr": {
        "heading": "Offre de savoir",
        "when": "Quand",
        "contact": "Contact",
        "weekday_evenings": "soirs de semaine",
        "weekends": "week-ends",
        "at_skills_share": "à la rencontre de savoirs",
        "gathering": "Rencontre de savoirs",
    },
    "ar": {
        "heading": "عرض مهارة",
        "when": "متى",
        "contact": "للتواصل",
        # Short: Arabic letters take two bytes each in a code that holds about 200.
        "weekday_evenings": "مساء الأسبوع",
        "weekends": "العطلة",
        "at_skills_share": "في اللقاء",
        "gathering": "لقاء المهارات",
    },
}
WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
            "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
            "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")}
MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
          "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
          "fr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
          "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                 "نوفمبر", "ديسمبر")}


def words(lang: str) -> dict[str, str]:
    return WORDS[lang] if isinstance(lang, str) and lang in WORDS else WORDS[DEFAULT_LANGUAGE]


def when_words(when: Iterable[str], lang: str = DEFAULT_LANGUAGE) -> str:
    table = words(lang)
    return joined((table.get(w, w) for w in when), lang)


def day_words(date: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """"Sat 12 Dec 2026" / "sáb 12 dic 2026", the same wherever the kiosk runs."""
    day = dt.date.fromisoformat(date)
    lang = lang if isinstance(lang, str) and lang in WEEKDAYS else DEFAULT_LANGUAGE
    return f"{WEEKDAYS[lang][day.weekday()]} {day.day} {MONTHS[lang][day.month - 1]} {day.year}"


# ----- the gathering -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gathering:
    """The later skills-share gathering, set by a steward. Times are local wall-clock times."""

    title: str
    date: str  # YYYY-MM-DD
    start: str  # HH:MM, on a quarter hour
    end: str  # HH:MM, after start, the same day
    place: str = ""
    note: str = ""
    uid: str = ""  # stays the same when details change, so a phone updates its calendar entry
    stamped: str = ""  # the 15-minute bucket the details were last saved in

    @property
    def starts(self) -> dt.datetime:
        return dt.datetime.combine(dt.date.fromisoformat(self.date), dt.time.fromisoformat(self.start))

    @property
    def ends(self) -> dt.datetime:
        return dt.datetime.combine(dt.date.fromisoformat(self.date), dt.time.fromisoformat(self.end))

    def line(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """"Sat 12 Dec 2026, 14:00–17:00, Library" — when and where, in one line."""
        parts = [day_words(self.date, lang), f"{self.start}–{self.end}", self.place]
        return joined((p for p in parts if p), lang)


def gathering_title(gathering: Gathering, lang: str = DEFAULT_LANGUAGE) -> str:
    """The gathering's name in `lang` when stewards kept the proposed one ("Skills share" in any language);
    a name they typed themselves stays as they wrote it."""
    if gathering.title in {table["gathering"] for table in WORDS.values()}:
        return words(lang)["gathering"]
    return gathering.title


def proposed_gathering(today: dt.date, place: str = "", lang: str = DEFAULT_LANGUAGE) -> Gathering:
    """What the steward screen starts from when no gathering has been set yet: the Saturday after next week
    begins, in the afternoon."""
    saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 + 7)
    return Gathering(words(lang)["gathering"], saturday.isoformat(), "14:00", "17:00", place)


TIME_SHAPE = QT_TRANSLATE_NOOP("kiosk", "{what} should look like 14:30.")


def _clean_time(value: object, what: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        raise VisitorError(TIME_SHAPE, field="time", what=what)
    hours, minutes = (int(p) for p in value.strip().split(":"))
    if hours > 23 or minutes > 59:
        raise VisitorError(TIME_SHAPE, field="time", what=what)
    if minutes % BUCKET_MINUTES:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "{what} should be on the quarter hour."), field="time",
                           what=what)
    return f"{hours:02d}:{minutes:02d}"


def stored_gathering(stored: dict[str, str] | None) -> Gathering | None:
    """The gathering kept in its setting, or None if none is (or it does not check out)."""
    if stored is None:
        return None
    fields = {key: str(stored.get(key) or "") for key in
              ("title", "date", "start", "end", "place", "note", "uid", "stamped")}
    try:
        # Checked again as when it was saved: a setting written by anything else never breaks a code.
        checked = clean_gathering(**fields)
        if checked.stamped:
            parse_bucket(checked.stamped)
    except (VisitorError, ValueError):
        return None
    return checked


def clean_gathering(title: object, date: object, start: object, end: object, place: object = "",
                    note: object = "", uid: str = "", stamped: str = "") -> Gathering:
    """The gathering's details checked, or one sentence saying what to change."""
    title = clean_text(title, limit=GATHERING_TITLE_MAX, what=QT_TRANSLATE_NOOP("kiosk", "The gathering's name"),
                       required=True)
    place = clean_text(place, limit=GATHERING_PLACE_MAX, what=QT_TRANSLATE_NOOP("kiosk", "The place"))
    note = clean_text(note, limit=GATHERING_NOTE_MAX, what=QT_TRANSLATE_NOOP("kiosk", "The note"), multiline=True)
    try:
        day = dt.date.fromisoformat(date) if isinstance(date, str) else None
    except ValueError:
        day = None
    if day is None:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The date should look like 2026-12-12."), field="date")
    start = _clean_time(start, QT_TRANSLATE_NOOP("kiosk", "The start time"))
    end = _clean_time(end, QT_TRANSLATE_NOOP("kiosk", "The end time"))
    if end <= start:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The gathering should end after it starts."), field="time")
    gathering = Gathering(title, day.isoformat(), start, end, place, note, uid, stamped)
    if qr_version(vevent(gathering)) > GATHERING_MAX_VERSION:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The name, place and note together are too long for a "
                                             "calendar code a phone can read. Please shorten the note."),
                           field=TOO_LONG)
    return gathering


# ----- QR size -----------------------------------------------------------------------------------------


def qr_version(payload: str, level: str = "M") -> int:
    """The QR version (size) `payload` needs at error correction `level`, encoded as the sign painter does
    (41: too long for any). Kept for the painter, which draws the code at this version."""
    return _qr_version(payload, level)


# The ECI designator of UTF-8 (ISO/IEC 18004 and AIM ECI): without it a reader guesses the bytes' encoding,
# and zbar takes "Cuándo" for Shift JIS ("Cu獺ndo").
ECI_UTF8 = 26
_ECI_MODE = 0b0111


def _eci_bits(data: bytes, version: int) -> int:
    """The bits `data` takes in a code of `version`: the UTF-8 designator, then one byte segment."""
    from qrcode import util

    return 4 + 8 + 4 + util.length_in_bits(util.MODE_8BIT_BYTE, version) + 8 * len(data)


@lru_cache(maxsize=512)
def _qr_version(payload: str, level: str) -> int:
    from qrcode import util

    data = payload.encode("utf-8")
    limits = util.BIT_LIMIT_TABLE[_LEVELS[level]]
    return next((v for v in range(1, 41) if _eci_bits(data, v) <= limits[v]), 41)


_LEVELS = {"L": 1, "M": 0, "Q": 3, "H": 2}  # qrcode.constants.ERROR_CORRECT_*


def utf8_code_words(payload: str, version: int, level: str = "M") -> list[int]:
    """The code words (data and error correction) of `payload` as UTF-8 that says it is UTF-8: an ECI
    segment naming UTF-8, then the bytes in one byte segment, terminated and padded as ISO/IEC 18004 asks.

    The qrcode library writes no ECI segment itself; its own pieces (bit buffer, block table, Reed-Solomon)
    build them here, and `utf8_qr` hands them to it as the code's data."""
    from qrcode import base, util
    from qrcode.exceptions import DataOverflowError

    data = payload.encode("utf-8")
    blocks = base.rs_blocks(version, _LEVELS[level])
    limit = sum(block.data_count * 8 for block in blocks)
    if _eci_bits(data, version) > limit:
        raise DataOverflowError(f"{len(data)} bytes do not fit a version {version} code")
    buffer = util.BitBuffer()
    buffer.put(_ECI_MODE, 4)
    buffer.put(ECI_UTF8, 8)  # a designator below 128 takes one byte
    buffer.put(util.MODE_8BIT_BYTE, 4)
    buffer.put(len(data), util.length_in_bits(util.MODE_8BIT_BYTE, version))
    for byte in data:
        buffer.put(byte, 8)
    for _ in range(min(limit - len(buffer), 4)):  # the terminator
        buffer.put_bit(False)
    while len(buffer) % 8:
        buffer.put_bit(False)
    for n in range((limit - len(buffer)) // 8):
        buffer.put(util.PAD0 if n % 2 == 0 else util.PAD1, 8)
    return list(util.create_bytes(buffer, blocks))


def utf8_qr(payload: str, level: str = "M", mask: int | None = None):  # -> qrcode.QRCode (imported when needed)
    """A qrcode.QRCode of `payload` in the smallest version it fits, declaring UTF-8 (see utf8_code_words).
    Raises qrcode's DataOverflowError when no version holds it."""
    import qrcode
    from qrcode.exceptions import DataOverflowError

    version = qr_version(payload, level)
    if version > 40:
        raise DataOverflowError("too long for any QR code")
    code = qrcode.QRCode(version=version, error_correction=_LEVELS[level], border=0, mask_pattern=mask)
    code.data_cache = utf8_code_words(payload, version, level)  # the code's data, as add_data would have left it
    code.make(fit=False)
    return code


# ----- an offer's code ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferCode:
    payload: str
    shortened: bool  # the offer's words were cut (with an ellipsis) to keep the code readable


def _payload(title: str, description: str, when: Iterable[str], contact: str, gathering: Gathering | None,
             lang: str) -> str:
    table = words(lang)
    # Our own first line: whatever was typed as the title ("https://…", "WIFI:…", "SMSTO:…") can never be
    # what the code starts with, so a phone reads it as plain text and offers no action.
    lines = [table["heading"], title]
    if description:
        lines.append(description)
    when = list(when)
    if when:
        lines.append(f"{table['when']}: {when_words(when, lang)}")
    if gathering is not None:
        lines.append(f"{gathering_title(gathering, lang)}: {gathering.line(lang)}")
    if contact:
        lines.append(f"{table['contact']}: {contact}")
    return "\n".join(lines)


def _cut_points(text: str) -> list[int]:
    """Where `text` may be cut without splitting a letter from its accent or an emoji from its joiner."""
    points = []
    for n in range(1, len(text)):
        ch, before = text[n], text[n - 1]
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f\ufe0e" or before == "\u200d":
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF or 0xE0020 <= ord(ch) <= 0xE007F:  # skin tones, tag sequences
            continue
        points.append(n)
    return points


def _shortened(text: str, length: int) -> str:
    cut = text[:length].rstrip()
    # Prefer ending at a word's end when that loses little.
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—\n") + ELLIPSIS


def offer_code(title: str, description: str, when: Iterable[str], contact: str,
               gathering: Gathering | None, lang: str = DEFAULT_LANGUAGE) -> OfferCode:
    """The offer's QR text, its words shortened if that keeps the code at version 10 or lower.

    Raises VisitorError (field "qr") when even without its words the offer is too long.
    """
    when = tuple(when)
    full = _payload(title, description, when, contact, gathering, lang)
    if qr_version(full) <= OFFER_MAX_VERSION:
        return OfferCode(full, False)
    if qr_version(_payload(title, ELLIPSIS if description else "", when, contact, gathering, lang)) \
            > OFFER_MAX_VERSION:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "This offer is too long for a code a phone can read from a "
                                             "card. Please shorten the skill's name or the contact."),
                           field=TOO_LONG)
    # The longest cut of the words that still fits: binary search over the allowed cut points.
    points = _cut_points(description)
    low, high = 0, len(points) - 1
    best = ELLIPSIS
    while low <= high:
        mid = (low + high) // 2
        candidate = _shortened(description, points[mid])
        if qr_version(_payload(title, candidate, when, contact, gathering, lang)) <= OFFER_MAX_VERSION:
            best, low = candidate, mid + 1
        else:
            high = mid - 1
    return OfferCode(_payload(title, best, when, contact, gathering, lang), True)


def code_for(offer: SkillOffer, gathering: Gathering | None, lang: str = DEFAULT_LANGUAGE) -> OfferCode:
    return offer_code(offer.title, offer.description, offer.when, offer.contact, gathering, lang)


# ----- the gathering's calendar event (RFC 5545) -------------------------------------------------------


def escape_text(text: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued after CRLF + space; UTF-8 never split."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _stamp(stamped: str) -> str:
    """The bucket the details were saved in, as UTC (DTSTAMP must be UTC)."""
    moment = parse_bucket(stamped).astimezone() if stamped else dt.datetime(2026, 1, 1).astimezone()
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(gathering: Gathering) -> str:
    """The gathering as one VEVENT, the form phone QR readers turn into "add to calendar".

    Start and end are floating local times (no time zone): the gathering happens where the kiosk is.
    """
    lines = [
        "BEGIN:VEVENT",
        f"UID:{gathering.uid or 'skills-share'}@commons-table",
        f"DTSTAMP:{_stamp(gathering.stamped)}",
        f"DTSTART:{gathering.starts.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND:{gathering.ends.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{escape_text(gathering.title)}",
        f"LOCATION:{escape_text(gathering.place)}",
        f"DESCRIPTION:{escape_text(gathering.note)}",
        "END:VEVENT",
    ]
    return "\r\n".join(fold(line) for line in lines)
