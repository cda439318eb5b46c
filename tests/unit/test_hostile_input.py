"""Bad input at the edges: the store's every public method, the command line's arguments, sizes, undos that
undo nothing, invisible characters. One friendly sentence, never a traceback; nothing odd is kept."""

from __future__ import annotations

import functools
import inspect
import os
import subprocess
import sys
from collections.abc import Callable
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kiosk.store.skills as skill_store
import kiosk.store.steward as steward_store
import kiosk.store.summary as summary_store
from kiosk.errors import StoreProblem, VisitorError
from kiosk.store import Market
from kiosk.store.summary import read_summary, set_weight
from kiosk.validate import clean_title
from tests.unit.test_cli import one_sentence, run

HUGE = [2**63, 2**64, 99999999999999999999, -(2**63) - 1]

hostile = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([*HUGE, 0, -1, 1, 2, 3]),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["\udcff", "\x1b[31m", "\x00", "https://evil.example/x", "9" * 30, "", " ", "∞", "1e3",
                     "books", "clothes", "shoes", "food_ready", "lots", "kept", "handed_off", "latest", "XL", "42",
                     "en", "es", "pin_hash", "skills_gathering", "vegan", "weekends", "2026-11-28", "14:00"]),
    st.binary(max_size=8), st.lists(st.integers(), max_size=3), st.lists(st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.just(object()), st.just({"x": {1, 2}}),
    st.just(float("nan")), st.just(("weekends", "weekends")), st.just(["vegan", ["nested"]]),
)


def _positional(function: Callable[..., object]) -> list[str]:
    """The arguments a person's words can reach; keyword-only ones are the calling code's own options."""
    return [name for name, parameter in inspect.signature(function).parameters.items()
            if parameter.kind != inspect.Parameter.KEYWORD_ONLY]


def public_calls(market: Market) -> list[tuple[str, Callable[..., object], list[str]]]:
    """Every public method of Market, and every public store function that takes a market — found by looking,
    so new ones are covered without anyone adding them here. (name, call, the names of its arguments)"""
    calls = []
    for name, function in inspect.getmembers(Market, inspect.isfunction):
        if not name.startswith("_") and name != "close":
            calls.append((f"Market.{name}", getattr(market, name), _positional(function)[1:]))
    modules: list[ModuleType] = [summary_store, skill_store, steward_store]
    for module in modules:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            parameters = _positional(function)
            if not name.startswith("_") and function.__module__ == module.__name__ and parameters[:1] == ["market"]:
                calls.append((f"{module.__name__}.{name}", functools.partial(function, market), parameters[1:]))
    return calls


def test_every_public_method_is_found(market):
    names = {name for name, _, _ in public_calls(market)}
    assert {"Market.take_one", "Market.event", "Market.set_setting", "kiosk.store.summary.set_weight",
            "kiosk.store.skills.save_gathering", "kiosk.store.steward.set_pin_hash"} <= names
    assert len(names) >= 30


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                     HealthCheck.too_slow])
@given(data=st.data())
def test_every_public_store_method_says_one_sentence_for_hostile_arguments(market, data):
    name, call, parameters = data.draw(st.sampled_from(public_calls(market)), label="method")
    arguments = [data.draw(hostile, label=parameter) for parameter in parameters]
    try:
        call(*arguments)
    except (VisitorError, StoreProblem) as error:
        assert error.sentence and "\x1b" not in error.sentence
    # Whatever happened, the store still works.
    market.list_item("books", 1, "Atlas")


@pytest.mark.parametrize("number", HUGE)
def test_ids_too_big_for_sqlite_are_one_sentence(market, number):
    market.list_item("books", 2, "Atlas")
    for call in (market.event, market.item, market.take_one, market.untake_one, market.unlist_item,
                 market.mark_gone, market.mark_found, market.close_event,
                 lambda n: market.rename_event(n, "x"), lambda n: read_summary(market, n),
                 lambda n: market.skill_offers(n)):
        with pytest.raises(VisitorError):
            call(number)


def test_weights_and_dates_of_the_wrong_type_are_one_sentence(market):
    for kilograms in (None, "3", float("nan"), float("inf"), True, [1]):
        with pytest.raises(VisitorError):
            set_weight(market, "books", kilograms)
    for date in (20261128, ["2026-11-28"], "28/11/2026", "20261128", "2026-13-01"):
        with pytest.raises(VisitorError):
            market.open_event("Market", date=date)
    assert market.open_event("Market", date=" 2026-12-05 ").date == "2026-12-05"


# ----- the command line -------------------------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path):
    from kiosk.demo import fill_demo
    from kiosk.store import open_market

    path = tmp_path / "market.db"
    market = open_market(path)
    fill_demo(market)
    market.close()
    return path


@pytest.mark.parametrize("event", ["99999999999999999999", "9223372036854775808", "-99999999999999999999",
                                   "1e400", "inf"])
def test_an_event_number_too_big_is_one_sentence(demo_db, tmp_path, event):
    out = run("export", "--db", str(demo_db), "--event", event, "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert out.returncode == 2
    assert "Overflow" not in out.stderr
    one_sentence(out.stderr)


@pytest.mark.parametrize("args", [
    ["export", "--db", "DB", "--event", "\x1b[2J\x1b[31mred", "--format", "csv", "--out", "OUT"],
    ["export", "--db", "\x1b]0;title\x07.db", "--format", "csv", "--out", "OUT"],
    ["frobnicate\x1b[2J"],
    ["signs", "--db", "DB", "--kind", "\x1b[5mblink", "--out", "OUT"],
])
def test_control_characters_from_argv_are_shown_escaped(demo_db, tmp_path, args):
    out = run(*[{"DB": str(demo_db), "OUT": str(tmp_path / "x.out")}.get(a, a) for a in args])
    assert out.returncode == 2
    line = one_sentence(out.stderr)
    assert "\x1b" not in out.stderr and "\x07" not in out.stderr
    assert "\\x1b" in line


def test_a_file_name_that_is_not_utf8_on_a_strict_terminal_is_no_traceback(demo_db, tmp_path):
    out_path = os.fsencode(tmp_path) + b"/summary-\xff\xfe.csv"
    done = subprocess.run([sys.executable, "-m", "commons_table", "export", "--db", str(demo_db), "--format", "csv",
                           "--out", out_path], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert os.path.exists(out_path)
    assert b"\\udcff" in done.stdout  # the odd bytes are shown escaped


# ----- refuse or normalise ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "size"), [("shoes", "∞"), ("shoes", "1e3"), ("clothes", "42"), ("shoes", "XL"),
                                            ("books", "M"), ("kitchen", "42"), ("clothes", "XXXL")])
def test_sizes_must_be_real_for_that_kind(market, kind, size):
    with pytest.raises(VisitorError):
        market.post_want(kind, "", size)
    if kind not in ("food_ready",):
        with pytest.raises(VisitorError):
            market.list_item(kind, 1, "", size=size)


@pytest.mark.parametrize(("kind", "size", "kept"), [("clothes", "xl", "XL"), ("clothes", "Kids", "kids"),
                                                    ("shoes", "４２", "42"), ("shoes", "kids", "kids"),
                                                    ("books", "", "")])
def test_sizes_are_normalised(market, kind, size, kept):
    assert market.post_want(kind, "", size).size == kept
    assert market.list_item(kind, 1, "", size=size).item.size == kept


def test_undoing_a_take_that_never_happened_changes_nothing(market):
    counted = market.list_item("books", 3, "Atlas").item
    lots = market.list_item("kitchen", None, "Mugs").item
    for item in (counted, lots):
        assert market.untake_one(item.id).left == item.left
    summary = read_summary(market, counted.event_id)
    assert summary.taken == 0 and summary.brought == 3
    rows = list(market.db.rows("SELECT brought, taken FROM movements"))
    assert all(r["brought"] >= 0 and r["taken"] >= 0 for r in rows)
    # A real take is still undone.
    market.take_one(counted.id)
    market.take_one(lots.id)
    assert market.untake_one(counted.id).left == 3
    market.untake_one(lots.id)
    summary = read_summary(market, counted.event_id)
    assert summary.taken == 0 and summary.brought == 3


@pytest.mark.parametrize("invisible", ["\u200e", "\u200f", "\u00ad", "\u200b", "\u2060", "\ufeff", "\u061c",
                                       "\u2066", "\u202e", "\ufff9"])
def test_invisible_format_characters_are_removed_from_titles(market, invisible):
    assert clean_title(f"Bi{invisible}ke re{invisible}pair") == "Bike repair"
    assert market.list_item("books", 1, f"{invisible}Atlas{invisible}").item.title == "Atlas"
    assert market.offer_skill(f"Sew{invisible}ing").title == "Sewing"


def test_a_gathering_setting_written_by_anything_else_never_breaks_an_offer(market):
    from kiosk.store.skills import gathering

    market.set_setting("skills_gathering", {"title": "x", "date": "someday", "start": "25:99", "end": "",
                                            "stamped": "yesterday"})
    assert gathering(market) is None
    assert market.offer_skill("Bike repair").title == "Bike repair"


def test_a_file_name_with_control_characters_is_shown_escaped_when_the_command_succeeds_too(demo_db, tmp_path):
    """What a command did goes to stdout, a terminal as much as stderr is: an escape sequence in the file name asked
    for is shown as \\x1b there too, never sent raw."""
    out = run("export", "--db", str(demo_db), "--format", "csv", "--out", str(tmp_path / "x\x1b[2J\x1b[31mred.csv"))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\\x1b[2J" in out.stdout


def test_the_arabic_sentences_keep_their_direction_marks(demo_db, tmp_path):
    """The Arabic sentences put a right-to-left mark before a file name that starts them; shown as it is, never as
    the six characters \\u200f."""
    not_a_setup = tmp_path / "notes.txt"
    not_a_setup.write_text("a shopping list\n")
    copy = tmp_path / "m.db"
    copy.write_bytes(demo_db.read_bytes())
    out = run("setup", "--db", str(copy), "--import", str(not_a_setup), LC_ALL="", LC_MESSAGES="", LANG="ar_EG.UTF-8")
    assert out.returncode == 2
    line = one_sentence(out.stderr)
    assert "\\u200f" not in line and "\u200f" in line
