"""The command line, fuzzed in every language (issue 27, item 8): 10 000 calls of main(argv), in-process, with
odd bytes, odd paths (empty, a URI, a FIFO, a folder, 2 000 levels deep, not UTF-8), odd values for every
option, under English, Spanish, French, Arabic and an unknown locale — and not one traceback."""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import commons_table.cli as cli
from kiosk.demo import fill_demo
from kiosk.store import open_market

CASES = int(os.environ.get("CLI_FUZZ_CASES", "10000"))
LOCALES = ["C.UTF-8", "en_US.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8", "ar_EG.UTF-8", "de_DE.UTF-8", "xx", ""]
ODD = ["", " ", "-", "--", "\udcff", "caf\udce9", "\x1b[31m", "\u202e", "a\0b", "9" * 40, "-1", "0", "latest",
       "1e9", "∞", "é", "file:x", "--db", "--out", "--lang"]


class World(dict):
    def __repr__(self) -> str:
        return "<the files the fuzz uses>"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, list[str]]:
    top = tmp_path_factory.mktemp("cli")
    demo = top / "demo.db"
    market = open_market(demo)
    fill_demo(market)
    market.close()
    (top / "text.db").write_text("not a database\n" * 20)
    (top / "empty.db").write_bytes(b"")
    os.mkfifo(top / "fifo")
    (top / "folder").mkdir()
    deep = "/".join(["d"] * 2000)
    paths = [str(demo), str(top / "text.db"), str(top / "empty.db"), str(top / "fifo"), str(top / "folder"),
             str(top / "missing.db"), f"file:{demo}", f"file:{demo}?mode=ro", "", deep, str(top / deep),
             str(top / "caf\udce9.db"), "/proc/self/mem", "/dev/null", str(top / ("y" * 300)),
             str(demo) + "-wal"]
    outs = [str(top / "out" / "x.csv"), str(top / "nowhere" / "x"), str(demo), str(top / "folder"), "", deep,
            str(top / "o.png"), str(top / "o.pdf"), "/dev/full", str(top / "o\udcff.json")]
    return World(paths=paths, outs=outs)


def argv_from(rng: random.Random, world: dict[str, list[str]]) -> list[str]:
    command = rng.choice([*cli.COMMANDS, *cli.COMMANDS, "bogus", "\udcff", "Export", "demo\x1b"])
    argv = [command]
    options = {
        "--db": world["paths"], "--out": world["outs"], "--folder": [*world["paths"], *world["outs"]],
        "--kind": ["all", "welcome", "skill-cards", "tents", "bogus", "\udcff", "Willkommen", "bienvenida"],
        "--screen": ["home", "steward", "bogus", "\udcff", "início", ""],
        "--format": ["csv", "json", "pdf", "xlsx", "\udcff", "CSV"],
        "--event": ["latest", "1", "0", "-5", "99999999999999999999", "x", "\udcff"],
        "--lang": ["en", "es", "fr", "ar", "de", "en,ar", "es,fr,ar", "\udcff", ""],
        "--paper": ["a4", "letter", "A4", "legal", "\udcff"],
        "--size": ["800x480", "0x0", "99999x99999", "x", "\udcff"],
        "--keyboard": [None], "--help": [None],
    }
    for _ in range(rng.randrange(0, 6)):
        if rng.random() < 0.1:
            argv.append(rng.choice(ODD))
            continue
        name = rng.choice(sorted(options))
        if name == "--help" and rng.random() < 0.9:
            continue
        argv.append(name)
        value = rng.choice(options[name])
        if value is not None:
            argv.append(value if rng.random() < 0.95 else rng.choice(ODD))
    if rng.random() < 0.7 and command in cli.COMMANDS and "--db" not in argv:
        argv += ["--db", rng.choice(world["paths"])]
    return argv


@settings(max_examples=CASES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**64))
def test_no_traceback_in_ten_thousand_calls_in_every_language(world, seed, monkeypatch, capsys):
    rng = random.Random(seed)
    argv = argv_from(rng, world)
    monkeypatch.setattr(cli, "_ask_pin", lambda prompt: "")  # set-pin never waits for a terminal
    monkeypatch.setenv("LANG", rng.choice(LOCALES))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    try:
        code = cli.main(argv)
    except SystemExit as leaving:  # --help
        code = leaving.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out, ascii((argv, err))
    assert code in (0, 2, None), ascii(argv)
    if code == 2:
        assert err.startswith("commons-table: ") and err.count("\n") == 1, ascii((argv, err))
