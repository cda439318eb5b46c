"""The event summary: numbers that equal what the store holds, and exports that say only that."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalog import DEFAULT_CATEGORIES
from kiosk.export import CSV_COLUMNS, csv_text, json_text, summary_dict, write_csv, write_json
from kiosk.store import Market, open_market
from kiosk.store.summary import minimise_event, read_summary, resolve_event, set_weight
from kiosk.summary import DEFAULT_WEIGHTS_KG, looks_like_contact

ROOT = Path(__file__).resolve().parents[2]
KEYS = [c.key for c in DEFAULT_CATEGORIES]


def raw_counts(market: Market, event_id: int) -> dict[str, Counter]:
    """Per category, straight from the rows, without the summary's SQL."""
    out: dict[str, Counter] = {k: Counter() for k in KEYS}
    for r in market.db.rows("SELECT * FROM movements WHERE event_id = ?", [event_id]):
        out[r["category_key"]]["brought"] += r["brought"]
        out[r["category_key"]]["taken"] += r["taken"]
    for r in market.db.rows("SELECT * FROM items WHERE event_id = ?", [event_id]):
        if r["quantity"] is None:
            out[r["category_key"]]["lots_piles"] += 0 if r["gone"] else 1
        else:
            out[r["category_key"]]["still_here"] += r["left_count"]
    for r in market.db.rows("SELECT * FROM wants WHERE event_id = ?", [event_id]):
        out[r["category_key"]]["wants_posted"] += 1
        out[r["category_key"]]["wants_found"] += r["found"]
    return out


def as_counts(summary) -> dict[str, Counter]:
    return {c.key: Counter({k: v for k, v in (("brought", c.brought), ("taken", c.taken),
                                               ("still_here", c.still_here), ("lots_piles", c.lots_piles),
                                               ("wants_posted", c.wants_posted), ("wants_found", c.wants_found))
                            if v}) for c in summary.categories}


def test_demo_market_summary_equals_the_rows_and_every_kind_balances(demo_market):
    event = demo_market.current_event()
    summary = read_summary(demo_market, event.id)
    assert as_counts(summary) == {k: +v for k, v in raw_counts(demo_market, event.id).items()}
    for c in summary.categories:
        assert c.brought == c.taken + c.still_here, c.key
    # The demo's own list: what it brought with a count, plus one per take from a pile of lots.
    counted: Counter = Counter()
    for r in demo_market.db.rows("SELECT * FROM items"):
        counted[r["category_key"]] += r["quantity"] or 0
    from kiosk.demo import DEMO_ITEMS

    assert sum(q or 0 for _, q, *_ in DEMO_ITEMS) == sum(counted.values())
    lots_takes = {k: c.brought - counted[k] for k, c in ((c.key, c) for c in summary.categories)}
    assert sum(lots_takes.values()) > 0 and all(n >= 0 for n in lots_takes.values())
    assert summary.brought == 364 and summary.taken == 220 and summary.skills_offered == 4
    assert summary.wants_posted == 3 and summary.lots_piles == 3
    assert sum(q.brought for q in summary.timeline) == summary.brought
    assert sum(q.taken for q in summary.timeline) == summary.taken
    assert all(q.bucket[14:16] in ("00", "15", "30", "45") for q in summary.timeline)
    assert summary.categories_shared == 13  # the sentence itself: tests/gui/test_events.py, test_export_cli.py


def test_a_listing_undone_in_the_next_quarter_hour_leaves_no_trace_in_the_day(market, clock):
    clock.advance(minutes=7)  # 10:14
    item = market.list_item("books", 2).item
    market.list_item("toys", 1)
    clock.advance(minutes=1)  # 10:15
    market.list_item("books", 1)
    market.unlist_item(item.id)  # the undo of 2 lands in 10:15, which counted only 1 book
    summary = read_summary(market, market.current_event().id)
    # 10:15 is left with nothing; the one it lacks comes off 10:00 (2 books and a toy), where the listing was.
    assert [(q.clock_time, q.brought) for q in summary.timeline] == [("10:00", 2)]
    assert summary.brought == 2 == sum(q.brought for q in summary.timeline)


# ----- random markets ----------------------------------------------------------------------------------

ops = st.lists(st.one_of(
    st.tuples(st.just("list"), st.sampled_from(KEYS), st.one_of(st.none(), st.integers(1, 30))),
    st.tuples(st.just("take"), st.integers(0, 10_000)),
    st.tuples(st.just("untake"), st.integers(0, 10_000)),
    st.tuples(st.just("unlist"), st.integers(0, 10_000)),
    st.tuples(st.just("gone"), st.integers(0, 10_000)),
    st.tuples(st.just("want"), st.sampled_from(KEYS)),
    st.tuples(st.just("found"), st.integers(0, 10_000)),
    st.tuples(st.just("skill"),),
    st.tuples(st.just("wait"), st.integers(1, 50)),
), max_size=60)


class Model:
    """What the test itself expects, tallied as it goes."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {k: Counter() for k in KEYS}
        self.items: list[int] = []
        self.taken: list[int] = []
        self.wants: list[int] = []
        self.skills = 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_random_markets_summary_equals_the_store(steps):
    from tests.conftest import FakeClock

    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        market = open_market(Path(folder) / "m.db", clock=clock)
        try:
            model = Model()
            for step in steps:
                play(market, model, clock, step)
            event = market.ensure_event()
            summary = read_summary(market, event.id)
            expected = {k: +v for k, v in model.counts.items()}
            assert as_counts(summary) == expected
            assert as_counts(summary) == {k: +v for k, v in raw_counts(market, event.id).items()}
            for c in summary.categories:
                assert c.brought == c.taken + c.still_here
            assert summary.skills_offered == model.skills
            assert sum(q.brought for q in summary.timeline) == summary.brought
            assert sum(q.taken for q in summary.timeline) == summary.taken
            assert all(q.brought >= 0 and q.taken >= 0 and (q.brought or q.taken) for q in summary.timeline)
            assert [q.bucket for q in summary.timeline] == sorted({q.bucket for q in summary.timeline})
            rows = list(csv.DictReader(io.StringIO(csv_text(summary))))
            assert {r["category"]: int(r["taken"]) for r in rows} == {c.key: c.taken for c in summary.categories}
        finally:
            market.close()


def play(market: Market, model: Model, clock, step: tuple) -> None:
    kind = step[0]
    if kind == "list":
        _, key, qty = step
        item = market.list_item(key, qty).item
        model.items.append(item.id)
        if qty is None:
            model.counts[key]["lots_piles"] += 1
        else:
            model.counts[key]["brought"] += qty
            model.counts[key]["still_here"] += qty
    elif kind == "gone":
        piles = [i for i in model.items if market.item(i).is_lots and not market.item(i).gone]
        if piles:
            item = market.item(piles[step[1] % len(piles)])
            market.mark_gone(item.id)  # a steward clears a pile that has run out
            model.counts[item.category_key]["lots_piles"] -= 1
    elif kind in ("take", "untake", "unlist") and model.items:
        item = market.item(model.items[step[1] % len(model.items)])
        c = model.counts[item.category_key]
        if kind == "take":
            if item.gone:
                return
            market.take_one(item.id)
            model.taken.append(item.id)
            c["taken"] += 1
            if item.is_lots:
                c["brought"] += 1
            else:
                c["still_here"] -= 1
        elif kind == "untake":
            taken_before = [i for i in model.taken if i == item.id]
            if not taken_before or (not item.is_lots and item.left == item.quantity):
                return
            market.untake_one(item.id)
            model.taken.remove(item.id)
            c["taken"] -= 1
            if item.is_lots:
                c["brought"] -= 1
            else:
                c["still_here"] += 1
        elif kind == "unlist":
            takes = model.taken.count(item.id)
            market.unlist_item(item.id)
            model.items.remove(item.id)
            model.taken = [i for i in model.taken if i != item.id]
            if item.is_lots:
                # Takes from a pile stay counted (brought 1 + taken 1 each); the pile goes.
                c["lots_piles"] -= 0 if item.gone else 1
            else:
                c["brought"] -= item.quantity
                c["taken"] -= takes
                c["still_here"] -= item.left
    elif kind == "want":
        model.wants.append(market.post_want(step[1]).id)
        model.counts[step[1]]["wants_posted"] += 1
    elif kind == "found" and model.wants:
        want_id = model.wants.pop(step[1] % len(model.wants))
        market.mark_found(want_id)
        key = next(market.db.rows("SELECT category_key FROM wants WHERE id = ?", [want_id]))["category_key"]
        model.counts[key]["wants_found"] += 1
    elif kind == "skill":
        market.offer_skill("Knitting")
        model.skills += 1
    elif kind == "wait":
        clock.advance(minutes=step[1])


# ----- exports -----------------------------------------------------------------------------------------


def documented_json_keys() -> dict[str, str]:
    text = (ROOT / "docs" / "export.md").read_text(encoding="utf-8").split("## JSON", 1)[1].split("\n## ", 1)[0]
    return {m[1]: m[2].strip() for m in re.finditer(r"^\| `([^`]+)` \| ([^|]+) \|", text, re.MULTILINE)}


def flatten(value, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    if isinstance(value, dict):
        for key, inner in value.items():
            name = f"{prefix}.{key}" if prefix else key
            out[name] = inner
            out.update(flatten(inner, name))
    elif isinstance(value, list):
        for inner in value:
            for key, v in flatten(inner, prefix + "[]").items():
                out.setdefault(key, v)
    return out


TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict, "array": list}


def test_json_validates_against_its_documented_shape(demo_market, tmp_path):
    demo_market.close_event(demo_market.current_event().id, "handed_off")
    summary = read_summary(demo_market, 1)
    path = write_json(summary, tmp_path / "s.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    documented = documented_json_keys()
    assert len(documented) > 30
    found = flatten(data)
    assert set(found) == set(documented), set(found) ^ set(documented)
    for key, kind in documented.items():
        allowed = tuple(t for word, t in TYPES.items() if word in kind)
        value = found[key]
        if "null" in kind and value is None:
            continue
        assert isinstance(value, allowed) and not (bool not in allowed and isinstance(value, bool)), (key, value)
    assert data["version"] == 1 and data["format"] == "commons-table-summary"
    assert data["totals"]["brought"] == summary.brought == sum(c["brought"] for c in data["categories"])
    assert data["event"]["leftovers"] == "handed_off"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:(00|15|30|45)", q["quarter_hour"]) for q in data["timeline"])


def test_csv_parses_and_matches_the_store(demo_market, tmp_path):
    event = demo_market.current_event()
    path = write_csv(read_summary(demo_market, event.id), tmp_path / "s.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    # One row per kind, then the meal's rows (docs/export.md: meals served, food rescued weighed or counted).
    rows, food_rows = rows[:len(KEYS)], rows[len(KEYS):]
    assert [r["category"] for r in rows] == KEYS
    assert [r["category"] for r in food_rows] == [
        "meals_served", "food_rescued_kg:bakery", "food_rescued_kg:grocery", "food_rescued_pieces:farm",
        "food_rescued_kg:garden", "food_rescued_pieces:home_kitchen"]
    assert int(food_rows[0]["brought"]) == read_summary(demo_market, event.id).meals_served
    raw = raw_counts(demo_market, event.id)
    for r in rows:
        for column in ("brought", "taken", "still_here", "lots_piles", "wants_posted", "wants_found"):
            assert int(r[column]) == raw[r["category"]][column], (r["category"], column)
        assert int(r["brought"]) == int(r["taken"]) + int(r["still_here"])
        assert float(r["kg_kept_out_of_bin"]) == pytest.approx(int(r["taken"]) * float(r["kg_per_thing"]), abs=0.051)
    assert next(r for r in rows if r["category"] == "food_ready")["name"] == "Food — ready to eat"


def test_weights_are_editable_and_change_the_estimate(demo_market):
    event_id = demo_market.current_event().id
    before = read_summary(demo_market, event_id)
    assert before.weights_kg == DEFAULT_WEIGHTS_KG
    set_weight(demo_market, "books", 1.0)
    after = read_summary(demo_market, event_id)
    books = next(c for c in after.categories if c.key == "books")
    assert after.kg_kept("books") == pytest.approx(books.taken * 1.0)
    assert summary_dict(after)["categories"][2]["kg_per_thing"] == 1.0
    from kiosk.errors import VisitorError

    with pytest.raises(VisitorError):
        set_weight(demo_market, "books", -1)
    with pytest.raises(VisitorError):
        set_weight(demo_market, "unicorns", 1)


MARKER = "zq-contact-7731"  # typed into a skill offer's contact field
TITLE_MARKER = "zq-title-4410"  # typed as a contact into an item's title


def plant_contacts(market: Market) -> None:
    market.offer_skill("Guitar lessons", "Beginners welcome", (), contact=f"Signal {MARKER}@example.org +1 555 0199")
    market.list_item("books", 2, f"ring {TITLE_MARKER}@example.org")
    market.list_item("books", 1, "call +1 (555) 019-9221")


def test_a_planted_contact_never_reaches_an_export_nor_the_file_after_close(demo_market, db_path, tmp_path):
    plant_contacts(demo_market)
    event_id = demo_market.current_event().id
    demo_market.close_event(event_id, "kept")
    assert all(not o.contact for o in demo_market.skill_offers(event_id))
    for suffix in ("", "-wal"):
        path = Path(str(db_path) + suffix)
        if path.exists():
            assert MARKER.encode() not in path.read_bytes()
    summary = read_summary(demo_market, event_id)
    assert all(not looks_like_contact(left.title) for left in summary.leftovers)
    for text in (csv_text(summary), json_text(summary)):
        assert MARKER not in text and TITLE_MARKER not in text and "555" not in text


def test_contact_like_text_is_recognised():
    for text in ("a@b.org", "@sam.wrench", "www.example.com", "+34 600 123 456", "call me 5550199", "Signal: x"):
        assert looks_like_contact(text), text
    for text in ("Jeans", "Kids' T-shirts", "Bus passes (single ride)", "40 bagels", "Size 42 boots", "A box of novels",
                 "Phone chargers", "Telegraph poles", "Mail sorter"):
        assert not looks_like_contact(text), text


def test_minimising_keeps_only_the_totals_per_kind(demo_market):
    event_id = demo_market.current_event().id
    from kiosk.errors import VisitorError

    with pytest.raises(VisitorError):
        minimise_event(demo_market, event_id)  # still open
    demo_market.close_event(event_id, "handed_off")
    before = read_summary(demo_market, event_id)
    after = minimise_event(demo_market, event_id)
    assert as_counts(after) == as_counts(before)
    assert after.skills_offered == before.skills_offered and after.minimised and not after.timeline
    db = demo_market.db
    per_kind = list(db.rows("SELECT category_key, COUNT(*) AS n FROM movements WHERE event_id = ? "
                             "GROUP BY category_key", [event_id]))
    assert per_kind and all(r["n"] == 1 for r in per_kind)
    for table in ("items", "wants", "skill_offers"):
        assert next(db.rows(f"SELECT COUNT(*) AS n FROM {table} WHERE event_id = ?", [event_id]))["n"] == 0
    assert minimise_event(demo_market, event_id).brought == before.brought  # twice is harmless


def test_resolve_event_picks_latest_or_a_number(market, clock):
    from kiosk.errors import VisitorError

    with pytest.raises(VisitorError):
        resolve_event(market, "latest")
    first = market.open_event("One")
    market.close_event(first.id)
    clock.advance(days=30)
    second = market.open_event("Two")
    assert resolve_event(market, "latest") == second.id
    assert resolve_event(market, str(first.id)) == first.id
    with pytest.raises(VisitorError):
        resolve_event(market, "99")
    with pytest.raises(VisitorError):
        resolve_event(market, "yesterday")


def test_exports_are_written_whole_or_not_at_all(demo_market, tmp_path, monkeypatch):
    summary = read_summary(demo_market, 1)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "s.csv"
    target.write_text("old export\n")

    def broken(*_args, **_kwargs):
        raise OSError("disk pulled out")

    import kiosk.safe_write

    monkeypatch.setattr(kiosk.safe_write.os, "replace", broken)  # the one place files are renamed into place
    from kiosk.errors import VisitorError

    with pytest.raises(VisitorError):
        write_csv(summary, target)
    assert target.read_text() == "old export\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["s.csv"]


def test_demo_timeline_starts_at_the_opening_quarter_hour(demo_market):
    summary = read_summary(demo_market, 1)
    assert summary.timeline[0].bucket.endswith("T10:00")
    first = dt.datetime.strptime(summary.timeline[0].bucket, "%Y-%m-%dT%H:%M")
    last = dt.datetime.strptime(summary.timeline[-1].bucket, "%Y-%m-%dT%H:%M")
    assert (last - first) % dt.timedelta(minutes=15) == dt.timedelta(0)


def test_the_summary_reads_the_things_of_a_market_once(market: Market):
    """The things are the one part of a summary that grows with the market: one pass over them gives what is still
    here, the piles and what was carried over, not one pass per figure. And it reads only that market's rows, from
    an index that holds every column it sums, already in order: never every market day's things, wants or skill
    offers (the tables keep them all), nor a sort of its own."""
    first = market.open_event("Last month")
    for n in range(4):
        market.list_item("books", 2, f"Book {n}")
    market.list_item("toys", None, "A pile of toys")
    market.close_event(first.id, "kept")
    market.machine_clock.advance(days=30)
    day = market.open_event("Today")
    market.list_item("books", 3, "Three more books")
    ran: list[str] = []
    market.db.conn.set_trace_callback(ran.append)
    try:
        summary = read_summary(market, day.id, leftovers=False)
    finally:
        market.db.conn.set_trace_callback(None)
    books = next(c for c in summary.categories if c.key == "books")
    toys = next(c for c in summary.categories if c.key == "toys")
    assert (books.brought, books.carried_over, books.still_here) == (3, 8, 11)
    assert (toys.carried_over, toys.lots_piles) == (0, 1)
    assert len([q for q in ran if re.search(r"\bFROM items\b", q)]) == 1, ran
    for query in ran:
        if not re.search(r"\bFROM (items|wants|skill_offers)\b", query):
            continue
        plan = " / ".join(row[3] for row in market.db.execute("EXPLAIN QUERY PLAN " + query))
        assert "USING COVERING INDEX" in plan and "SCAN" not in plan and "TEMP B-TREE" not in plan, (query, plan)
