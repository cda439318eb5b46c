"""Several kiosks, one market: the journal, the fold, and exchanges through a folder."""

from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commons_table.cli import main
from kiosk.errors import VisitorError
from kiosk.several_kiosks.exchange import exchange
from kiosk.several_kiosks.files import decode_file, encode_file, make_event
from kiosk.store import Market, journal, open_market
from kiosk.store.summary import read_summary, set_weight
from tests.conftest import FakeClock

OPENED: list[Market] = []  # every kiosk() of the running test, closed after it (close_kiosks)


def kiosk(folder: Path, name: str, clock: FakeClock | None = None) -> Market:
    market = open_market(folder / f"{name}.db", clock=clock or FakeClock())
    OPENED.append(market)
    return market


@pytest.fixture(autouse=True)
def close_kiosks():
    """Close what the test opened: a connection left to the garbage collector is a ResourceWarning on Python
    3.13 (Debian 13), and with warnings as errors it fails whichever test is running then."""
    yield
    while OPENED:
        OPENED.pop().close()


def snapshot(m: Market) -> dict[str, Any]:
    """Everything a person could see or export, without local row ids."""
    event = m.current_event() or m.latest_event()
    items = sorted((r["category_key"], r["title"], r["quantity"], r["left_count"], r["gone"], r["tags"], r["size"])
                   for r in m.db.rows("SELECT * FROM items"))
    wants = sorted((r["category_key"], r["title"], r["size"], r["found"]) for r in m.db.rows("SELECT * FROM wants"))
    skills = sorted((r["title"], r["description"], r["availability"]) for r in m.db.rows("SELECT * FROM skill_offers"))
    summary = read_summary(m, event.id) if event else None
    # Every market day's summary, by what it is rather than by its local number (days that arrive out of
    # order get their local numbers in another order).
    days = sorted(
        ((e.date, e.opened_at, e.closed_at or "", e.title),
         [(c.key, c.brought, c.taken, c.still_here, c.lots_piles, c.wants_posted, c.wants_found)
          for c in read_summary(m, e.id).categories], read_summary(m, e.id).timeline)
        for e in m.events())
    if len(days) > 1:
        summary = None  # which one is "latest" is a local number; `days` compares them all
    return {
        "days": days,
        "events": sorted((r["title"], r["place"], r["date"], r["opened_at"], r["closed_at"] or "",
                          r["leftovers"] or "") for r in m.db.rows("SELECT * FROM events")),
        "items": items, "wants": wants, "skills": skills,
        "categories": summary and [(c.key, c.brought, c.taken, c.still_here, c.lots_piles, c.wants_posted,
                                    c.wants_found) for c in summary.categories],
        "timeline": summary and summary.timeline,
        "weights": m.setting("summary_weights"),
    }


# ----- a lone kiosk -------------------------------------------------------------------------------------

def test_every_change_is_an_event_in_the_same_transaction(market: Market):
    market.list_item("books", 2, "novels")
    assert [e["t"] for e in journal.own_events(market)] == ["opened", "listed"]
    item = market.available()[0]
    market.take_one(item.id)
    market.take_one(item.id)
    with pytest.raises(VisitorError):
        market.take_one(item.id)  # refused: no event
    market.untake_one(item.id)
    market.post_want("shoes", "boots", "42")
    market.offer_skill("Bike repair", contact="555-0199")
    assert [e["t"] for e in journal.own_events(market)] == [
        "opened", "listed", "taken", "taken", "untaken", "want", "skill"]
    seqs = [e["n"] for e in journal.own_events(market)]
    assert seqs == list(range(1, 8))
    assert all(e["at"].endswith((":00", ":15", ":30", ":45")) for e in journal.own_events(market))


def test_a_write_that_fails_leaves_no_event(market: Market, monkeypatch):
    market.list_item("books", 1)
    before = journal.own_events(market)

    def broken(*args: Any) -> None:
        raise RuntimeError("power cut between the change and its event")

    monkeypatch.setattr(journal, "took", broken)
    with pytest.raises(RuntimeError):
        market.take_one(market.available()[0].id)
    # The change rolled back with its event: the count and the journal agree.
    assert market.available()[0].left == 1
    assert journal.own_events(market) == before


def test_contacts_never_enter_a_journal(tmp_path: Path):
    a = kiosk(tmp_path, "a")
    a.offer_skill("Guitar lessons", "beginners", ["weekends"], contact="maria@example.org 555-0142")
    a.offer_skill("Sewing", contact="+1 555 0100 Jo", forget_after_print=True)
    folder = tmp_path / "sync"
    folder.mkdir()
    exchange(a, folder)
    data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert b"Guitar lessons" in data  # the offer travels...
    for secret in (b"maria@example.org", b"555-0142", b"555 0100", b"Jo\""):
        assert secret not in data  # ...its contact never does
    outbox = "".join(json.dumps(e) for e in journal.own_events(a))
    assert "maria" not in outbox and "contact" not in outbox


# ----- two kiosks ---------------------------------------------------------------------------------------

def swap(*markets: Market) -> None:
    events = [e for m in markets for e in journal.own_events(m)]
    for m in markets:
        journal.fold(m, events)


def test_two_kiosks_take_the_last_one(tmp_path: Path):
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    a.list_item("kitchen", 1, "teapot")
    swap(a, b)
    teapot_a, teapot_b = a.available()[0], b.available()[0]
    assert teapot_b.title == "teapot" and teapot_b.left == 1
    a.take_one(teapot_a.id)
    b.take_one(teapot_b.id)  # neither knew of the other's take
    swap(a, b)
    for m in (a, b):
        assert m.available() == []  # all gone on screen, never -1
        assert m.things_here() == 0
        kitchen = next(c for c in read_summary(m, m.current_event().id).categories if c.key == "kitchen")
        assert (kitchen.brought, kitchen.taken) == (1, 2)  # both takes counted
    assert snapshot(a) == snapshot(b)


def test_a_take_that_arrives_before_its_listing_waits(tmp_path: Path):
    a, b, c = kiosk(tmp_path, "a"), kiosk(tmp_path, "b"), kiosk(tmp_path, "c")
    a.list_item("books", 3, "atlas")
    swap(a, b)
    b.take_one(b.available()[0].id)
    taken = journal.own_events(b)[-1]
    assert taken["t"] == "taken"
    folded = journal.fold(c, [taken])
    assert folded.waiting == 1 and c.available() == []
    journal.fold(c, journal.own_events(a) + [taken])  # the take again, a duplicate: ignored
    assert c.available()[0].left == 2
    assert journal.own_events(b) == [taken]  # b never opened a day of its own: a's was open
    assert journal.fold(c, journal.own_events(b)).new == 0


def test_shared_settings_and_names_travel_last_writer_wins(tmp_path: Path):
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    event_a = a.ensure_event()
    b.ensure_event()
    set_weight(a, "books", 0.9)
    b.machine_clock.advance(minutes=20)
    set_weight(b, "books", 1.1)
    b.rename_event(b.current_event().id, "Winter market", "Community hall")
    a.set_setting("pin_hash", "not shared")
    swap(a, b)
    assert a.setting("summary_weights")["books"] == b.setting("summary_weights")["books"] == 1.1
    assert a.event(event_a.id).title == "Winter market" and a.event(event_a.id).place == "Community hall"
    assert b.setting("pin_hash") is None
    assert len(a.events()) == len(b.events()) == 1  # one market day, opened at two kiosks


# ----- any order, any duplication ----------------------------------------------------------------------

OPS = st.lists(st.tuples(
    st.integers(0, 1),
    st.sampled_from(["list", "list_lots", "take", "untake", "gone", "want", "found", "skill", "rename",
                     "weight", "unlist", "swap", "later", "close"]),
    st.integers(0, 5)), min_size=1, max_size=25)


def run_ops(ms: list[Market], ops: list[tuple[int, str, int]]) -> None:
    for who, op, n in ops:
        m = ms[who]
        items = m.available()
        pick = items[n % len(items)] if items else None
        try:
            if op == "list":
                m.list_item(["books", "kitchen", "toys"][n % 3], 1 + n % 3, f"thing {n}")
            elif op == "list_lots":
                m.list_item("clothes", None, "shirts")
            elif op == "take" and pick:
                m.take_one(pick.id)
            elif op == "untake" and pick:
                m.untake_one(pick.id)
            elif op == "gone" and pick and pick.is_lots:
                m.mark_gone(pick.id, n % 2 == 0)
            elif op == "want":
                m.post_want("shoes", f"boots {n}")
            elif op == "found" and m.open_wants():
                m.mark_found(m.open_wants()[0].id)
            elif op == "skill":
                m.offer_skill(f"skill {n}", contact="555-0100")
            elif op == "rename":
                m.rename_event(m.ensure_event().id, f"Market {n}", f"Park {n}")
            elif op == "weight":
                set_weight(m, "books", n / 2)
            elif op == "unlist" and pick:
                m.unlist_item(pick.id)
            elif op == "swap":
                swap(*ms)
            elif op == "close" and m.current_event():
                m.close_event(m.current_event().id, "kept" if n % 2 else "handed_off")
            elif op == "later":
                m.machine_clock.advance(minutes=15 * n)
        except VisitorError:
            pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS, seed=st.integers(0, 2**32 - 1), batches=st.integers(1, 6))
def test_any_order_and_duplication_folds_to_the_same_state(ops, seed, batches):
    with tempfile.TemporaryDirectory() as folder:
        ms = [kiosk(Path(folder), "a"), kiosk(Path(folder), "b")]
        try:
            run_ops(ms, ops)
            everything = [e for m in ms for e in journal.own_events(m)]
            rng = random.Random(seed)
            states = []
            for name in ("c", "d"):
                shuffled = everything + rng.sample(everything, k=len(everything) // 2)  # duplicates too
                rng.shuffle(shuffled)
                fresh = kiosk(Path(folder), name)
                cuts = sorted(rng.randrange(len(shuffled) + 1) for _ in range(batches - 1))
                for start, end in zip([0, *cuts], [*cuts, len(shuffled)], strict=True):
                    journal.fold(fresh, shuffled[start:end])
                states.append(snapshot(fresh))
                ms.append(fresh)
            swap(ms[0], ms[1])
            # Two orders agree, and so do the kiosks that made the events once they hold them all.
            assert states[0] == states[1] == snapshot(ms[0]) == snapshot(ms[1])
        finally:
            for m in ms:
                m.close()


# ----- exchanges through a folder, and bad input --------------------------------------------------------

def test_cli_sync_and_kiosks(tmp_path: Path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    # Today's markets, as the command line's clock sees them (so none is closed as a stale one).
    a, b = open_market(tmp_path / "a.db"), open_market(tmp_path / "b.db")
    a.list_item("books", 4, "comics")
    b.list_item("toys", 2, "blocks")
    a.close()
    b.close()
    assert main(["sync", "--db", str(tmp_path / "a.db"), "--folder", str(folder)]) == 0
    assert main(["sync", "--db", str(tmp_path / "b.db"), "--folder", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Wrote 1 journal file (2 events); folded in 0 files")
    assert "folded in 1 file (2 new events) from 1 other kiosk" in out[1]
    assert main(["kiosks", "--db", str(tmp_path / "b.db")]) == 0
    listing = capsys.readouterr().out
    b_id = re.search(r"This kiosk: (\w+)\.", listing)[1]
    a_id = next(p.name for p in folder.iterdir() if p.is_dir() and p.name != b_id)
    assert re.search(rf"^{a_id}  last heard \d{{4}}-\d\d-\d\d \d\d:(00|15|30|45)  \(2 events\)$", listing, re.M)
    assert main(["sync", "--db", str(tmp_path / "b.db"), "--folder", str(tmp_path / "nowhere")]) == 2
    assert "There is no folder at" in capsys.readouterr().err


def write_file(folder: Path, market: str, kiosk_id: str, events: list[dict[str, Any]], first: int = 1) -> Path:
    (folder / kiosk_id).mkdir(exist_ok=True)
    path = folder / kiosk_id / f"{first:09d}.jsonl"
    path.write_bytes(encode_file(market, kiosk_id, events))
    return path


def test_bad_journal_files_are_skipped_and_nothing_else_is_lost(tmp_path: Path, caplog):
    folder = tmp_path / "sync"
    folder.mkdir()
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    a.list_item("books", 2, "poems")
    exchange(a, folder)
    mid = json.loads((folder / "market.json").read_text())["market"]
    opened = journal.own_events(a)[0]
    good_kiosk, other = "aaaaaaaaaaaa", "bbbbbbbbbbbb"
    listed = make_event(good_kiosk, 1, "listed", "2026-11-28T10:00", event=opened["id"], category="toys",
                        title="kite", quantity=1, tags=[], size="", perishable=False)
    newer = dict(make_event(good_kiosk, 2, "taken", "2026-11-28T10:00", item=listed["id"]), t="teleported")
    write_file(folder, mid, good_kiosk, [listed, newer])  # one event of a newer version inside a good file
    truncated = write_file(folder, mid, "cccccccccccc", [listed | {"k": "cccccccccccc", "id": "cccccccccccc:1"}])
    truncated.write_bytes(truncated.read_bytes()[:-20])
    (folder / "dddddddddddd").mkdir()
    (folder / "dddddddddddd" / "000000001.jsonl").write_bytes(b"\x00\xffnot json at all\n{]")
    write_file(folder, "another-market", other, [listed | {"k": other, "id": f"{other}:1"}])
    conflict = folder / good_kiosk / "000000001.sync-conflict-20261128-101500-ABCDEFG.jsonl"
    conflict.write_bytes(b"whatever")
    # A second kiosk using a's id (a copied data file): a file under a's folder that a never wrote.
    a_id = journal.kiosk_id(a)
    impostor = make_event(a_id, 9, "setting", "2026-11-28T10:00", key="welcome_text", value={"en": "impostor"})
    write_file(folder, mid, a_id, [impostor], first=9)
    with caplog.at_level("WARNING"):
        report = exchange(b, folder)
    assert {i.title for i in b.available()} == {"poems", "kite"}  # everything good arrived
    # a's opened+listed, the good kiosk's listed, and the impostor's setting (b cannot tell it from a's).
    assert report.new_events == 2 + 1 + 1
    sentences = " ".join(s for _, _, s in journal.notices(b))
    assert "newer Commons Table" in sentences and "teleported" in sentences
    assert "cccccccccccc/000000001.jsonl: it is truncated or damaged" in sentences
    assert "dddddddddddd/000000001.jsonl" in sentences
    assert "another market's journal" in sentences
    assert "sync-conflict" in caplog.text and "sync-conflict" not in sentences
    report_a = exchange(a, folder)
    assert any("this kiosk's id" in s for s in report_a.skipped)
    assert a.setting("welcome_text") == {}  # nothing from the impostor was folded into a
    # The same kiosk id writing different events: the file is skipped whole, nothing changes.
    twin = "eeeeeeeeeeee"
    first_want = make_event(twin, 2, "want", "2026-11-28T10:00", event=opened["id"], category="toys", title="x",
                            size="")
    write_file(folder, mid, twin, [listed | {"k": twin, "id": f"{twin}:1"}, first_want])
    exchange(b, folder)
    clash = make_event(twin, 2, "listed", "2026-11-28T10:00", event=opened["id"], category="toys",
                       title="NOT a kite", quantity=5, tags=[], size="", perishable=False)
    write_file(folder, mid, twin, [clash, make_event(twin, 3, "want", "2026-11-28T10:00", event=opened["id"],
                                                     category="toys", title="y", size="")], first=2)
    before = snapshot(b)
    exchange(b, folder)
    assert snapshot(b) == before
    assert "two kiosks use the same kiosk id" in " ".join(s for _, _, s in journal.notices(b))
    # Asking again does not repeat the notices.
    count = len(journal.notices(b))
    exchange(b, folder)
    assert len(journal.notices(b)) == count


def test_closed_files_never_change_and_the_same_range_is_the_same_bytes(tmp_path: Path):
    a = kiosk(tmp_path, "a")
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    a.list_item("books", 1)
    exchange(a, one)
    first = {p.name: p.read_bytes() for p in one.rglob("*.jsonl")}
    a.list_item("toys", 1)
    exchange(a, one)
    exchange(a, two)  # a USB stick later: the same files, byte for byte
    after = {p.name: p.read_bytes() for p in one.rglob("*.jsonl")}
    assert {k: after[k] for k in first} == first
    assert after == {p.name: p.read_bytes() for p in two.rglob("*.jsonl")}
    assert [decode_file(after[k]).last for k in sorted(after)] == [2, 3]


def test_things_from_before_the_journal_are_shared_at_the_first_exchange(tmp_path: Path):
    """A kiosk upgraded in the middle of a market: what was on its table before still reaches the others."""
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    a.list_item("books", 3, "atlas")
    a.post_want("shoes", "boots")
    # As an older version left them: rows without events (the journal tables start empty at the upgrade).
    for table in ("journal_outbox", "journal_events", "journal_things", "journal_registers"):
        a.db.execute(f"DELETE FROM {table}")
    a.db.conn.commit()
    a.take_one(a.available()[0].id)  # taken after the upgrade: still only this kiosk's until adopted
    assert [e["t"] for e in journal.own_events(a)] == []
    folder = tmp_path / "sync"
    folder.mkdir()
    exchange(a, folder)
    exchange(b, folder)
    assert [(i.title, i.quantity, i.left) for i in b.available()] == [("atlas", 3, 2)]
    assert [w.title for w in b.open_wants()] == ["boots"]
    assert snapshot(a)["categories"] == snapshot(b)["categories"]
    b.take_one(b.available()[0].id)
    exchange(b, folder)
    exchange(a, folder)
    assert a.available()[0].left == 1


def test_a_listing_undone_at_two_kiosks_comes_off_the_earlier_quarter_hour(tmp_path):
    """Found by the any-order test: kiosk B undid a listing at 10:00, kiosk A the same one at 10:15. Whichever
    undo a kiosk heard first, every kiosk (and a fresh one) must show the same day over time."""
    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    try:
        first = a.list_item("books", 1, "atlas")
        swap(a, b)
        a.machine_clock.advance(minutes=15)
        a.list_item("books", 2, "comics")
        a.unlist_item(first.item.id)
        b.unlist_item(b.available()[0].id)
        events = [e for m in (a, b) for e in journal.own_events(m)]
        swap(a, b)
        fresh = kiosk(tmp_path, "c")
        journal.fold(fresh, list(reversed(events)))
        timelines = [m.db.execute("SELECT bucket, brought, taken FROM movements WHERE brought OR taken "
                                  "ORDER BY bucket").fetchall() for m in (a, b, fresh)]
        assert timelines[0] == timelines[1] == timelines[2] == [("2026-11-28T10:15", 2, 0)]
    finally:
        for m in (a, b):
            m.close()


def test_things_kept_for_next_time_are_not_brought_again_at_any_kiosk_and_a_demo_is_never_shared(tmp_path: Path):
    from kiosk.demo import fill_demo

    a, b = kiosk(tmp_path, "a"), kiosk(tmp_path, "b")
    fill_demo(a, trial=True)  # the first start's demo, tried at kiosk a
    assert journal.own_events(a) == []
    october = a.open_event("October market")  # the real one leaves the demo behind
    a.list_item("books", 5, "Atlases")
    swap(a, b)
    a.close_event(october.id, "kept")
    a.machine_clock.advance(days=30)
    november = a.open_event("November market")
    swap(a, b)
    assert [e.title for e in b.events()] == ["November market", "October market"]
    for m, event_id in ((a, november.id), (b, b.current_event().id)):
        books = next(c for c in read_summary(m, event_id).categories if c.key == "books")
        assert (books.brought, books.taken) == (0, 0), m.path  # carried over, not brought again
        assert [i.title for i in m.available()] == ["Atlases"]
    assert not any("Really Really" in json.dumps(e) for e in journal.own_events(a))
