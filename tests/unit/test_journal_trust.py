"""The journal folder is input from outside (issue 27, items 1, 3, 4): whatever a file in it holds — crafted,
garbled, huge, another kiosk's id, our own id — the kiosk goes on saving, later files are folded, the exchange
never fails, and no total leaves what honest events could make. Each bad file is skipped once, one notice."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.several_kiosks.exchange import exchange
from kiosk.several_kiosks.files import (
    TYPES,
    JournalError,
    check_event,
    decode_file,
    encode_file,
    make_event,
)
from kiosk.store import Market, journal, open_market
from kiosk.store.summary import read_summary
from kiosk.validate import _keep
from tests.conftest import FakeClock

OWNER, OTHER = "0123456789ab", "ba9876543210"
FUZZ_CASES = int(os.environ.get("JOURNAL_FUZZ_CASES", "10000"))


class Honest:
    """One honest kiosk's market (a), and a second kiosk (b) that has folded it in: the fuzz's victim."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.a = open_market(folder / "a.db", clock=FakeClock())
        self.b = open_market(folder / "b.db", clock=FakeClock())
        a = self.a
        counted = a.list_item("books", 3, "poems").item
        lots = a.list_item("clothes", None, "shirts").item
        a.take_one(counted.id)
        a.take_one(lots.id)
        a.post_want("shoes", "boots")
        a.offer_skill("bike repair", contact="555-0100")
        self.sync = folder / "sync"
        self.sync.mkdir()
        exchange(a, self.sync)
        exchange(self.b, self.sync)
        self.mid = journal.market_id(self.b)
        self.me = journal.kiosk_id(self.b)
        events = journal.own_events(a)
        self.event_uid = events[0]["id"]
        self.things = [e["id"] for e in events if e["t"] in ("listed", "want", "skill")]
        self.honest_file = next((self.sync / journal.kiosk_id(a)).iterdir()).read_bytes()

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture(scope="module")
def honest(tmp_path_factory) -> Any:
    world = Honest(tmp_path_factory.mktemp("honest"))
    yield world
    world.close()


HOSTILE = [None, True, False, 0, -1, 1, 2, 999, 1000, 10**10, 2**63, 10**30, -(2**63), 1.5, -0.0, 1e308, "",
           "zzzz", "2026-11-28", "2026-02-30", "2026-11-28#abc", "2026-11-28#1", "2026-11-29#1", "9999-99-99#1",
           "2026-11-28T10:00", "2026-11-28T10:07", "\u202eevil\u202c", "\x1b[31mred", "\udcff", "a\x00b", "x" * 100_000,
           " padded  words ", "line\nbreak", "e\u0301", "books", "toys", "kept", "handed_off", "welcome_text",
           "summary_weights", "pin_hash", "journal_kiosk_id", "sign_categories", "chosen", "en", [], ["a", 1],
           ["x" * 50] * 20, {}, {"en": "hi"}, {"en": {"nested": 1}}, {"books": 2.5}, {"books": -1},
           {"zz" * 40: "x"}, [[[[[[["deep"]]]]]]], {"title": "t", "date": "2026-11-28", "start": "10:00"}]
hostile_value = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(HOSTILE), st.sampled_from(HOSTILE),
                          st.integers(), st.text(max_size=6))


# Placeholders the plan holds for what only the honest world knows (its ids), put in when a file is built.
EVENT_UID, THING_UIDS, ME = "@event", ["@thing0", "@thing1", "@thing2", "@thing3"], "@me"


def field_strategy(name: str) -> st.SearchStrategy[Any]:
    if name in ("event", "item", "want"):
        return st.one_of(st.sampled_from([EVENT_UID, *THING_UIDS]), hostile_value)
    if name == "category":
        return st.one_of(st.sampled_from(["books", "clothes", "toys", "shoes"]), hostile_value)
    if name == "quantity":
        return st.one_of(st.integers(1, 999), hostile_value)
    if name == "key":
        return st.one_of(st.sampled_from(["welcome_text", "summary_weights", "sign_categories", "sign_languages",
                                          "skills_gathering", "pin_hash"]), hostile_value)
    return hostile_value


EVENT_PLAN = st.one_of([st.fixed_dictionaries({"t": st.just(kind), **{n: field_strategy(n) for n in TYPES[kind]}})
                        for kind in sorted(TYPES)])
AT = st.sampled_from(["2026-11-28T10:00", "2026-11-28T10:00", "2026-11-29T11:15", "1999-01-01T00:00",
                      "2026-13-40T10:00", "zzzz"])
SPOIL = st.one_of(st.none(), st.none(), st.none(), st.none(),
                  st.tuples(st.sampled_from(["id", "n", "k", "t", "at", "contact", "extra"]), hostile_value))
FILE_PLAN = st.one_of(
    st.tuples(st.just("events"), st.sampled_from(["owner", "owner", "owner", "me", "other"]),
              st.sampled_from([1, 1, 2, 10**9]), st.lists(st.tuples(EVENT_PLAN, AT, SPOIL), min_size=1, max_size=4),
              st.one_of(st.none(), st.none(), st.tuples(st.sampled_from(["first", "last", "count", "version",
                                                                          "market", "kiosk"]), hostile_value))),
    st.tuples(st.just("mutate"), st.integers(0, 4000), st.binary(max_size=20), st.integers(0, 20)),
    st.tuples(st.just("raw"), st.one_of(st.binary(max_size=200), st.sampled_from(
        [b"[" * 100_000, b"{" * 5000 + b"\n", b"9" * 5000 + b"\n", b"\n" * 10]))),
)


def placed(value: Any, honest: Honest) -> Any:
    if value == EVENT_UID:
        return honest.event_uid
    if isinstance(value, str) and value in THING_UIDS:
        return honest.things[THING_UIDS.index(value) % len(honest.things)]
    return value


def build_file(plan: tuple[Any, ...], honest: Honest) -> bytes:
    if plan[0] == "raw":
        return plan[1]
    if plan[0] == "mutate":
        _, at, junk, cut = plan
        data = honest.honest_file
        at %= len(data) + 1
        return data[:at] + junk + data[at + cut:]
    _, who, first, events, spoil_header = plan
    kiosk = {"owner": OWNER, "me": honest.me, "other": OTHER}[who]
    lines = []
    for i, (fields, at, spoil) in enumerate(events):
        event = make_event(kiosk, first + i, fields["t"], at,
                           **{k: placed(v, honest) for k, v in fields.items() if k != "t"})
        if spoil is not None:
            event[spoil[0]] = spoil[1]
        lines.append(json.dumps(event, sort_keys=True).encode())
    header = {"first": first, "last": first + len(lines) - 1, "count": len(lines)}
    if spoil_header is not None:
        header[spoil_header[0]] = spoil_header[1]
    return raw_file(honest.mid, OWNER, header, lines)


TEXTS = ["kite", "", " padded  words ", "x" * 2000, "\u202eevil\u202c", "\x1b[31mred", "e\u0301", "line\nbreak",
         "a\x00b", "\u200bhidden", "🙂" * 50]
BUCKETS = ["2026-11-28T10:00", "2026-11-28T10:15", "2026-11-29T11:15", None]
HONEST_VALUES: dict[str, list[Any]] = {
    "event": [EVENT_UID, EVENT_UID, EVENT_UID, *THING_UIDS], "item": THING_UIDS, "want": THING_UIDS,
    "category": ["books", "clothes", "toys", "food"], "quantity": [1, 2, 999, None], "title": TEXTS, "place": TEXTS,
    "description": TEXTS, "size": ["", "M", "XL", "x" * 50], "date": ["2026-11-28", "2026-11-29"],
    "day": ["2026-11-28#1", "2026-11-28#2", "2026-11-29#1"], "leftovers": ["kept", "handed_off"],
    "tags": [[], ["vegan"], ["size:m"]], "perishable": [True, False], "carried": [None, True],
    "bucket": BUCKETS, "gone": [True, False], "found": [True, False], "availability": [[], ["weekends"]],
    "key": ["welcome_text", "summary_weights", "sign_categories", "sign_languages", "skills_gathering"],
    "value": [{"en": "hi"}, {"books": 2.5}, ["en", "ar"], "chosen", {"en": "x" * 2000}],
    "plates": [1, 5, -1, -5, 1000], "source": ["bakery", "grocer", "farm"], "grams": [0, 500, -500, None],
    "pieces": [None, 3, -3],
}


def random_plan(rng: Any) -> tuple[Any, ...]:
    """A file plan as FILE_PLAN draws one, made from one random generator (cheap: many thousands of files)."""
    mode = rng.choice(["events"] * 10 + ["mutate", "raw"])
    if mode == "raw":
        return ("raw", rng.choice([rng.randbytes(rng.randrange(200)), b"[" * 100_000, b"{" * 5000 + b"\n"]))
    if mode == "mutate":
        return ("mutate", rng.randrange(4000), rng.randbytes(rng.randrange(20)), rng.randrange(20))

    # Most files honest in form (each field from its honest values, texts hostile but texts), so that most reach
    # the fold; the rest with hostile values anywhere, which the decoding refuses.
    honesty = rng.choice([0.5, 0.97, 1.0, 1.0])

    def value(name: str) -> Any:
        pool = HONEST_VALUES.get(name)
        if pool and rng.random() < honesty:
            return rng.choice(pool)
        return rng.choice(HOSTILE)

    events = []
    for _ in range(rng.randrange(1, 5)):
        kind = rng.choice(sorted(TYPES))
        fields = {"t": kind, **{name: value(name) for name in TYPES[kind]}}
        spoil = (rng.choice(["id", "n", "k", "t", "at", "contact"]), rng.choice(HOSTILE)) if rng.random() < .05 \
            else None
        at = rng.choice(["2026-11-28T10:00", "2026-11-29T11:15"]) if rng.random() < honesty else "zzzz"
        events.append((fields, at, spoil))
    header = (rng.choice(["first", "last", "count", "version", "market"]), rng.choice(HOSTILE)) \
        if rng.random() < 0.1 else None
    # Mostly the folder's own kiosk; else our id (the item-1 attack) or a third kiosk's, which are refused.
    return ("events", rng.choice(["owner"] * 8 + ["me", "other"]), rng.choice([1, 1, 1, 2, 10**9]), events, header)


def raw_file(market: str, owner: str, header: dict[str, Any], lines: list[bytes]) -> bytes:
    body = b"".join(line + b"\n" for line in lines)
    head = {"format": "commons-table-journal", "version": 1, "market": market, "kiosk": owner,
            "sha256": hashlib.sha256(body).hexdigest()} | header
    return json.dumps(head).encode() + b"\n" + body


def clean(text: Any, limit: int) -> bool:
    return text is None or (isinstance(text, str) and len(text) <= limit and all(_keep(c) or c == "\n" for c in text)
                            and unicodedata.is_normalized("NFC", text))


def assert_within_honest_bounds(market: Market, me: str) -> None:
    db = market.db
    for row in db.rows("SELECT quantity, left_count, title, size FROM items"):
        assert row["quantity"] is None or 1 <= row["quantity"] <= 999
        assert row["left_count"] is None or 0 <= row["left_count"] <= row["quantity"]
        assert clean(row["title"], 80) and clean(row["size"], 8)
    for row in db.rows("SELECT title, place, date FROM events"):
        assert clean(row["title"], 80) and clean(row["place"], 120)
        dt.date.fromisoformat(row["date"])
    for row in db.rows("SELECT title FROM wants UNION ALL SELECT title FROM skill_offers"):
        assert clean(row["title"], 80)
    for event in market.events():
        summary = read_summary(market, event.id)
        for c in summary.categories:
            assert c.brought >= 0 and 0 <= c.taken <= c.brought and c.still_here >= 0
        assert all(q.brought >= 0 and q.taken >= 0 for q in summary.timeline)
    # Our own id's events are only the ones this kiosk wrote.
    assert not list(db.rows("SELECT id FROM journal_events WHERE kiosk = ? AND id NOT IN "
                             "(SELECT id FROM journal_outbox)", [me]))


def still_saves(market: Market) -> None:
    item = market.list_item("toys", 2, "kite").item
    market.take_one(item.id)
    market.untake_one(item.id)


def assert_checked(e: dict[str, Any]) -> None:
    """An event as decode_file gives it: every text clean and cut, every number in its range."""
    if e["t"] not in TYPES:
        return  # a newer version's event, kept only for the fold's one notice
    assert check_event(e) == e  # checking a checked event changes nothing
    assert set(e) == {"id", "k", "n", "t", "at", *TYPES[e["t"]]}
    for name in ("title", "size", "place", "description"):
        if name in e:
            assert clean(e[name], {"title": 80, "size": 8, "place": 120, "description": 500}[name])
    assert e.get("quantity") is None or 1 <= e["quantity"] <= 999
    assert len(json.dumps(e)) < 40_000


def decodes_checked_or_refused(raw: bytes) -> None:
    try:
        jf = decode_file(raw, kiosk=OWNER)
    except JournalError as problem:
        assert problem.why and len(problem.why) < 200
        return
    assert jf.events and all(e["k"] == OWNER for e in jf.events)
    for e in jf.events:
        assert_checked(e)


FUZZ_SETTINGS = {"deadline": None, "database": None,
                 "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example, HealthCheck.function_scoped_fixture]}


@settings(max_examples=FUZZ_CASES // 10, **FUZZ_SETTINGS)
@given(plan=FILE_PLAN)
def test_any_file_decodes_to_checked_events_or_is_one_journal_error(honest, plan):
    """The file format and every event type, drawn and shrunk by hypothesis (pure: no store)."""
    decodes_checked_or_refused(build_file(plan, honest))


@pytest.mark.timeout(600)
@settings(max_examples=FUZZ_CASES, **FUZZ_SETTINGS)
@given(seed=st.integers(0, 2**64))
@example(seed=556462)  # an untake from no quarter hour, then the listing undone: taken 1 of 0 brought
@example(seed=3823803)
def test_ten_thousand_files_decode_checked_and_fold_within_honest_bounds(honest, seed):
    """As above and below, each case one file made from one drawn seed (every event type, the header, mutated
    and raw bytes): decoded, then folded into the victim, which still saves — cheap enough for 10 000 in CI."""
    raw = build_file(random_plan(random.Random(seed)), honest)
    decodes_checked_or_refused(raw)
    folds_within_honest_bounds(raw, honest)


@settings(max_examples=FUZZ_CASES // 10, **FUZZ_SETTINGS)
@given(plan=FILE_PLAN)
def test_any_decoded_file_folds_within_honest_bounds_and_the_kiosk_still_saves(honest, plan):
    """decode_file, then the fold into the victim (rolled back after each case)."""
    folds_within_honest_bounds(build_file(plan, honest), honest)


def folds_within_honest_bounds(raw: bytes, honest: Honest) -> None:
    market = honest.b
    try:
        jf = decode_file(raw, kiosk=OWNER)
    except JournalError:
        return
    market.db.conn.execute("BEGIN")
    try:
        try:
            journal.fold(market, jf.events)
        except journal.SameKioskId:
            pass
        assert_within_honest_bounds(market, honest.me)
        still_saves(market)
    finally:
        market.db.conn.execute("ROLLBACK")


# ----- through a real folder: bad files skipped once, later files still folded -----------------------------

@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(plan=FILE_PLAN)
def test_a_bad_file_in_the_folder_is_skipped_once_and_later_files_are_folded(tmp_path_factory, plan):
    folder = tmp_path_factory.mktemp("ex")
    world = Honest(folder)
    try:
        bad = build_file(plan, world)
        (world.sync / OWNER).mkdir()
        (world.sync / OWNER / "000000001.jsonl").write_bytes(bad)
        # A good file sorted after the bad one, from the same folder's kiosk.
        good = make_event(OWNER, 7, "listed", "2026-11-28T10:00", event=world.event_uid, category="toys",
                          title="late kite", quantity=1, tags=[], size="", perishable=False)
        (world.sync / OWNER / "000000007.jsonl").write_bytes(encode_file(world.mid, OWNER, [good]))
        b = world.b
        exchange(b, world.sync)
        assert [r["title"] for r in b.db.rows("SELECT title FROM items WHERE title = 'late kite'")]
        notices = len(journal.notices(b))
        exchange(b, world.sync)
        exchange(b, world.sync)
        assert len(journal.notices(b)) == notices  # skipped once: no notice again
        assert_within_honest_bounds(b, world.me)
        still_saves(b)
    finally:
        world.close()


def test_our_id_in_another_kiosks_folder_never_stops_us_saving(honest, tmp_path):
    """Item 1: a file in another kiosk's folder carrying events with our id and our next sequence numbers."""
    world = Honest(tmp_path)
    try:
        b, me = world.b, world.me
        top = len(journal.own_events(b))
        crafted = [make_event(me, top + i, "want", "2026-11-28T10:00", event=world.event_uid, category="toys",
                              title=f"crafted {i}", size="") for i in range(1, 4)]
        (world.sync / OWNER).mkdir()
        (world.sync / OWNER / "000000001.jsonl").write_bytes(
            raw_file(world.mid, OWNER, {"first": top + 1, "last": top + 3, "count": 3},
                     [json.dumps(e).encode() for e in crafted]))
        report = exchange(b, world.sync)
        assert report.skipped and "crafted" not in {w.title for w in b.open_wants()}
        # The same events handed straight to the fold are not taken in as ours either.
        journal.fold(b, crafted)
        still_saves(b)
        b.post_want("toys", "ours")
        assert {w.title for w in b.open_wants()} >= {"ours"}
    finally:
        world.close()


def test_one_notice_per_bad_file_and_none_again(tmp_path):
    world = Honest(tmp_path)
    try:
        (world.sync / OWNER).mkdir()
        (world.sync / OWNER / "000000001.jsonl").write_bytes(b"[" * 100_000 + b"\n")
        (world.sync / OWNER / b"0000\xff.jsonl".decode("utf-8", "surrogateescape")).write_bytes(b"x")
        before = len(journal.notices(world.b))
        exchange(world.b, world.sync)
        assert len(journal.notices(world.b)) == before + 2
        exchange(world.b, world.sync)
        assert len(journal.notices(world.b)) == before + 2
    finally:
        world.close()


def test_a_notice_never_keeps_what_looks_like_a_way_to_reach_someone(tmp_path, caplog):
    """A notice names what a file held (an event's type, a file's name), and outlives the market's close: a crafted
    file that puts a phone number or an address there has it left out of the notice, its words and the log."""
    world = Honest(tmp_path)
    try:
        event = make_event(OWNER, 1, "want", "2026-11-28T10:00", event=world.event_uid, category="toys",
                           title="kite", size="")
        newer = dict(event, t="tel: 0612 345 678")
        (world.sync / OWNER).mkdir()
        (world.sync / OWNER / "000000001.jsonl").write_bytes(
            raw_file(world.mid, OWNER, {"first": 1, "last": 1, "count": 1}, [json.dumps(newer).encode()]))
        (world.sync / OWNER / "ring me@example.org.jsonl").write_bytes(b"x")
        before = len(journal.notices(world.b))
        exchange(world.b, world.sync)
        assert len(journal.notices(world.b)) == before + 2
        kept = " ".join(f"{sentence} {words}" for sentence, words in
                        world.b.db.execute("SELECT sentence, words FROM journal_notices").fetchall())
        said = " ".join(s.sentence for s in journal.unseen_notices(world.b))
        for text in (kept, said, caplog.text):
            assert "0612" not in text and "example.org" not in text, text
        assert "…" in said and "newer" in said  # the notice is still there, with what can be said
        assert f"{OWNER}/000000001.jsonl" in said  # a journal file's own name is no phone number
    finally:
        world.close()


@pytest.mark.parametrize("name", ["\udcff", "ok\udcff", "Welcome_text", "welcome text", "x" * 65])
def test_a_setting_whose_name_is_not_a_settings_name_is_refused_and_the_kiosk_still_saves(honest, name):
    """A lone surrogate in a setting's name passed the check and could not be saved: the fold raised (the fuzz
    found it once in 10 000 random files)."""
    setting = make_event(OWNER, 1, "setting", "2026-11-28T10:00", key=name, value="x")
    raw = raw_file(honest.mid, OWNER, {"first": 1, "last": 1, "count": 1},
                   [json.dumps(setting, sort_keys=True).encode()])
    with pytest.raises(JournalError, match="a setting without a name"):
        decode_file(raw, kiosk=OWNER)
    decodes_checked_or_refused(raw)
    folds_within_honest_bounds(raw, honest)


def test_renamed_titles_are_cut_and_cleaned_like_every_title(tmp_path):
    world = Honest(tmp_path)
    try:
        rename = make_event(OWNER, 1, "renamed", "2026-11-28T12:00", event=world.event_uid,
                            title="\u202eA" + "x" * 100_000 + "\x1b[31m", place="p\udcff" * 1000)
        journal.fold(world.b, [rename, make_event(OWNER, 2, "renamed", "2026-11-28T12:15", event=world.event_uid)])
        event = world.b.current_event()
        assert event is not None and event.title == "A" + "x" * 79 and len(event.place) <= 120
        assert "\udcff" not in event.place
    finally:
        world.close()


def test_a_renamed_place_is_cleaned_once_for_the_file_and_the_journal(market):
    event = market.ensure_event()
    market.rename_event(event.id, "Market", "  Park\u202e \udcff\x1b  ")
    assert market.event(event.id).place == "Park"
    assert journal.own_events(market)[-1]["place"] == "Park"
