"""The command line, fuzzed in every language (issue 27, item 8): 10 000 calls of main(argv) in EACH of the kiosk's
languages (40 000 in all), in-process, with odd bytes, odd paths (empty, a URI, a FIFO, a folder, 2 000 levels deep,
not UTF-8), odd values for every option — and not one traceback. The calls run in a temporary working folder: an
odd value such as `--out -1` writes there, never into the repository.

`CLI_FUZZ_CASES` sets the calls per language; `CLI_FUZZ_SEED` replays a run (a failure says its seed)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

import commons_table.cli as cli
from kiosk.demo import fill_demo
from kiosk.store import open_market

CASES = int(os.environ.get("CLI_FUZZ_CASES", "10000"))
SEED = int(os.environ.get("CLI_FUZZ_SEED", str(random.SystemRandom().randrange(2**32))))
# The locales that make the command line speak each language; any other locale (or none) speaks English.
LOCALES = {"en": ["en_US.UTF-8", "C.UTF-8", "de_DE.UTF-8", "xx", "", "POSIX"],
           "es": ["es_ES.UTF-8", "es_MX.UTF-8", "es"], "fr": ["fr_FR.UTF-8", "fr_CA.UTF-8", "fr"],
           "ar": ["ar_EG.UTF-8", "ar_SA.UTF-8", "ar"]}
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


@pytest.mark.timeout(600)
@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_no_traceback_in_ten_thousand_calls_in_every_language(world, lang, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # relative paths (`--out -1`, `--db ∞`) land here, never in the repository
    monkeypatch.setattr(cli, "_ask_pin", lambda prompt: "")  # set-pin never waits for a terminal
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    calls = 0
    for n in range(CASES):
        rng = random.Random(f"{SEED}-{lang}-{n}")
        argv = argv_from(rng, world)
        variable = rng.choice(["LANG", "LANG", "LC_MESSAGES", "LC_ALL"])
        monkeypatch.setenv(variable, rng.choice(LOCALES[lang]))
        if "--lang" not in argv and not any(a.startswith("--lang=") for a in argv):
            assert cli.message_language(argv) == lang  # the call really speaks the language under test
        where = f"CLI_FUZZ_SEED={SEED}, {lang} call {n}: {variable}={os.environ[variable]!r} {ascii(argv)}"
        try:
            code = cli.main(argv)
        except SystemExit as leaving:  # --help
            code = leaving.code
        finally:
            monkeypatch.delenv(variable)
        calls += 1
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "Traceback" not in out, f"{where}\n{ascii(err)}"
        assert code in (0, 2, None), where
        if code == 2:
            assert err.startswith("commons-table: ") and err.count("\n") == 1, f"{where}\n{ascii(err)}"
    assert calls == CASES
    assert Path.cwd() == tmp_path
