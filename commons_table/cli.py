"""The command line, a stable contract (see README.md, "Command line"). Errors are one sentence and exit status 2."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

from kiosk.catalog import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.errors import OUT_REFUSED_BECAUSE, QT_TRANSLATE_NOOP, OutputProblem, Sentence, check_output, reason_of
from kiosk.paths import default_db_path

COMMANDS = ("demo", "screenshot", "export", "signs", "set-pin", "sync", "kiosks", "setup")
PAPERS = ("a4", "letter")
LABEL_PAPERS = ("62mm", "dymo-99012", "a4-21", "letter-30")  # food labels' papers (ui/printing/labels.py)
FOOD_LABELS = "food-labels"


class UsageError(Sentence):
    """A sentence for the person at the terminal: an English template and its values (see `say`)."""

    def __init__(self, template: str, **params: object):
        super().__init__(template, params)


def message_language(argv: list[str]) -> str:
    """The language to speak in: --lang (the first of a pair), else LC_ALL, LC_MESSAGES or LANG."""
    for n, arg in enumerate(argv):
        value = argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else \
            arg.partition("=")[2] if arg.startswith("--lang=") else ""
        first = value.split(",")[0].strip()
        if first in LANGUAGES:
            return first
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def say(lang: str, template: str, n: int = -1, **params: object) -> str:
    """A sentence in `lang`, from the kiosk's compiled translations when Qt is at hand, else English."""
    # A byte that is not UTF-8 (from argv or a file name) is shown as \xff: Qt takes no lone surrogate.
    template = _shown_bytes(template)
    params = {k: _shown_bytes(v) if isinstance(v, str) else v for k, v in params.items()}
    if lang != DEFAULT_LANGUAGE or n >= 0:
        try:
            from ui.cli_words import translate
        except ImportError:  # no PySide6 here: English it is
            pass
        else:
            template = translate(lang, template, n)
            params = {k: translate(lang, v) if isinstance(v, str) else v for k, v in params.items()}
    template = template.replace("%n", str(n)) if n >= 0 else template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _shown_bytes(text: str) -> str:
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class Parser(argparse.ArgumentParser):
    """argparse that says one plain sentence instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message[0].upper() + message[1:].rstrip(".") + ".")


def _lang(value: str) -> str:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language '{value}' (choose from {', '.join(LANGUAGES)})")
    return value


def _langs(value: str) -> tuple[str, ...]:
    langs = tuple(dict.fromkeys(part.strip() for part in value.split(",")))
    if not 1 <= len(langs) <= 2 or not all(langs):
        raise argparse.ArgumentTypeError(f"'{value}' should be one language or two, like en or en,es")
    for lang in langs:
        _lang(lang)
    return langs


def food_labels(db: Path, paper: str, langs: tuple[str, ...], out: Path, lang: str) -> int:
    """`signs --kind food-labels`: a label for each food thing on the table, on a label paper, into a PDF."""
    if paper not in LABEL_PAPERS:
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "Food labels print on {papers}, not '{paper}'."),
                         papers=", ".join(LABEL_PAPERS), paper=paper)
    from ui.app import application

    application()
    from kiosk.store import open_market_readonly
    from ui.printing.labels import table_labels_job, write_labels

    market = open_market_readonly(db, copy=False)
    try:
        job = table_labels_job(market, paper, langs)
        with _written(out):
            pages = write_labels(out, job)
    finally:
        market.close()
    _tell(say(lang, "Wrote %n page(s) of food labels to {out}.", pages, out=out))
    return 0


@contextlib.contextmanager
def _written(out: Path) -> Iterator[None]:
    """A file the disk refused (full, pulled stick) is one sentence, in the words `export` uses for it."""
    try:
        yield
    except OSError as error:
        raise OutputProblem(OUT_REFUSED_BECAUSE, path=str(out), reason=reason_of(error)) from None


def _paper(value: str) -> str:
    if value.lower() not in (*PAPERS, *LABEL_PAPERS):
        raise argparse.ArgumentTypeError(
            f"unknown paper '{value}' (choose from {', '.join(PAPERS)}; for food labels {', '.join(LABEL_PAPERS)})")
    return value.lower()


def _size(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", value)
    if not match:
        raise argparse.ArgumentTypeError(f"size '{value}' should look like 1280x800")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"size '{value}' is outside 320x240 to 7680x4320")
    return width, height


def build_parsers() -> tuple[Parser, dict[str, Parser]]:
    return launcher_parser(), command_parsers()


def launcher_parser() -> Parser:
    """The kiosk's own options: all a start needs parsed (the commands' parsers cost it 3 ms)."""
    launcher = Parser(prog="commons-table", description="Start the Commons Table kiosk.",
                      epilog="Other commands: " + ", ".join(COMMANDS))
    launcher.add_argument("--db", type=Path, help="the data file (default: the per-user data folder)")
    launcher.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    launcher.add_argument("--lang", type=_lang, help="the language to start in: " + ", ".join(LANGUAGES))
    return launcher


@functools.cache
def command_parsers() -> dict[str, Parser]:
    """Every command's parser, built once per process (building them is most of a refused call's cost, and a
    parser keeps no state between parses)."""
    commands: dict[str, Parser] = {}

    def command(name: str, description: str) -> Parser:
        """A command's parser, with the --db every command takes (only set-pin may leave it out)."""
        parser = commands[name] = Parser(prog=f"commons-table {name}", description=description)
        if name == "set-pin":
            parser.add_argument("--db", type=Path, help="the data file (default: the per-user data folder)")
        else:
            parser.add_argument("--db", type=Path, required=True)
        return parser

    command("demo", "Fill a data file with a realistic demo market.")
    from_screens = "home, bring, browse, wanted, thanks, skills, pin, steward, keyboard, …"
    shot = command("screenshot", "Render one screen to a PNG file.")
    shot.add_argument("--screen", required=True, help=from_screens)
    shot.add_argument("--size", type=_size, default=(1280, 800))
    shot.add_argument("--lang", type=_lang)
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--keyboard", action="store_true", help="tap the screen's first text field: keyboard up")

    export = command("export", "Write an event's summary to a file.")
    export.add_argument("--event", default="latest", help="an event number, or latest (the default)")
    export.add_argument("--format", required=True, help="csv, json or pdf")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--lang", type=_lang, help="the language of a CSV's headers and numbers, of a PDF's "
                        "words: " + ", ".join(LANGUAGES))

    signs = command("signs", "Print the table's signs into a PDF file; --kind food-labels prints a food label for "
                    "each food thing on the table.")
    signs.add_argument("--out", type=Path, required=True)
    signs.add_argument("--paper", type=_paper, help="a4 or letter; for food labels 62mm, dymo-99012, a4-21 or "
                       "letter-30")
    signs.add_argument("--kind", default="all", help="welcome, categories, tents, here-now, wanted, … or all")
    signs.add_argument("--lang", type=_langs, help="one or two languages, like en or en,es")

    command("set-pin", "Set or reset the stewards' PIN (4 to 8 digits, asked twice on the terminal).")
    command("sync", "One exchange of journals with a folder (USB, Syncthing).").add_argument(
        "--folder", type=Path, required=True)
    command("kiosks", "The kiosks this data file has heard from.")
    setup = command("setup", "Copy this kiosk's setup (welcome words, kinds and languages of the signs, weights, "
                             "idle time, skills share) into one small file, or use one: never a PIN, never a market.")
    which = setup.add_mutually_exclusive_group(required=True)
    which.add_argument("--export", type=Path, metavar="FILE", help="write this kiosk's setup to FILE")
    which.add_argument("--import", dest="use", type=Path, metavar="FILE", help="use the setup in FILE")
    return commands


def _ask_pin(prompt: str) -> str:
    """Read a PIN without echoing it from the terminal; from a script, the next line of standard input."""
    import getpass

    try:
        with open("/dev/tty"):
            terminal = True
    except OSError:
        terminal = sys.stdin.isatty()
    try:
        if terminal:
            return getpass.getpass(prompt).strip()
        print(prompt, end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        print(file=sys.stderr)  # piped in, nothing ended the prompt's line
        if not line:
            raise EOFError
        return line.strip()
    except EOFError:
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "No PIN was typed, so nothing was changed.")) from None
    except KeyboardInterrupt:
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "Stopped; nothing was changed.")) from None


EASY_PIN = QT_TRANSLATE_NOOP(
    "kiosk", "That PIN is easy to guess (a digit repeated, a run like 1234, a year or another common one): "
             "anyone poking the pad may find it. Six digits that are not a date or a pattern are much safer.")
KEEP_EASY_PIN = QT_TRANSLATE_NOOP("kiosk", "Keep it anyway? Type yes to keep it: ")
YES = QT_TRANSLATE_NOOP("kiosk", "yes")
NEW_PIN = QT_TRANSLATE_NOOP("kiosk", "New steward PIN (4 to 8 digits): ")
SAME_PIN = QT_TRANSLATE_NOOP("kiosk", "The same PIN again: ")
PIN_SET = QT_TRANSLATE_NOOP("kiosk", "The stewards' PIN for {db} is set.")
EASY_PIN_REFUSED = QT_TRANSLATE_NOOP("kiosk", "Nothing was changed; please run set-pin again and choose another "
                                              "PIN, six digits if you can.")


def _ask_answer(prompt: str) -> str:
    """A line typed on the terminal (or the next line of standard input), shown as it is typed."""
    print(prompt, end="", file=sys.stderr, flush=True)
    try:
        with open("/dev/tty") as tty:
            line = tty.readline()
    except OSError:
        line = sys.stdin.readline()
    return line.strip()


def set_pin(db: Path, lang: str = "en") -> int:
    """The stewards' PIN is chosen by whoever has this machine's shell, never by a tap on the kiosk.
    A PIN that is easy to guess is said to be so, and kept only when the person says yes."""
    from kiosk.pin import check_new_pin, easy_to_guess, hash_pin
    from kiosk.store import Market, open_market
    from kiosk.store.files import kiosk_running_on
    from kiosk.store.steward import set_pin_hash

    def opened() -> Market:
        # A kiosk running on the file past midnight keeps its market open; otherwise a stale one is closed now.
        return open_market(db, close_stale=not kiosk_running_on(db))

    # A file there is opened before anything is asked: one that is damaged, from a newer Commons Table or not a
    # data file is said at once, not after the PIN was typed twice. A new file is made only once there is a PIN.
    market = None
    if db.exists():
        _existing_db(db)
        market = opened()
    else:
        from kiosk.store.database import check_can_make

        check_can_make(db)  # a folder it cannot be made in is said before the PIN is typed, not after
    try:
        pin = check_new_pin(_ask_pin(say(lang, NEW_PIN)))
        if _ask_pin(say(lang, SAME_PIN)) != pin:
            raise UsageError(QT_TRANSLATE_NOOP("kiosk", "The two PINs were different, so nothing was changed."))
        if easy_to_guess(pin):
            print(say(lang, EASY_PIN), file=sys.stderr)
            if _ask_answer(say(lang, KEEP_EASY_PIN)).casefold() not in ("yes", "y", say(lang, YES).casefold()):
                raise UsageError(EASY_PIN_REFUSED)
        if market is None:
            market = opened()
        set_pin_hash(market, hash_pin(pin))
    finally:
        if market is not None:
            market.close()
    _tell(say(lang, PIN_SET, db=db))
    return 0


def setup(db: Path, export: Path | None, use: Path | None, lang: str) -> int:
    """`setup --export FILE`: this kiosk's setup into one small file; `setup --import FILE`: use one."""
    from kiosk.store import open_market, open_market_readonly
    from kiosk.store.files import kiosk_running_on
    from kiosk.store.setup import use_setup_file, write_setup

    if export is not None:
        _not_the_data_file(export, db)
        market = open_market_readonly(db, copy=False)
        try:
            with _written(export):
                write_setup(market, export)
        finally:
            market.close()
        _tell(say(lang, QT_TRANSLATE_NOOP("kiosk", "Wrote this kiosk's setup to {path}."), path=export))
        return 0
    assert use is not None
    market = open_market(db, close_stale=not kiosk_running_on(db))
    try:
        use_setup_file(market, use)
    finally:
        market.close()
    _tell(say(lang, QT_TRANSLATE_NOOP("kiosk", "This kiosk now uses the setup in {path}."), path=use))
    return 0


def _existing_db(path: Path) -> Path:
    if not path.exists():
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "There is no data file at {path}."), path=path)
    if not path.is_file():
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "{path} is not a file."), path=path)
    try:
        with path.open("rb"):
            pass
    except OSError:
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "The data file {path} cannot be read."), path=path) from None
    return path


IS_DATA_FILE = QT_TRANSLATE_NOOP(
    "kiosk", "{path} is the data file itself; please write to another file, so nothing is overwritten.")
IS_PART_OF_DATA_FILE = QT_TRANSLATE_NOOP(
    "kiosk", "{path} is part of the data file {db}; please write to another file, so nothing is overwritten.")


def _not_the_data_file(out: Path, db: Path) -> Path:
    """Refuse an --out that names the data file or its -wal/-shm (also through a link or another spelling)."""
    target = Path(os.path.realpath(out))
    for part in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        same = Path(os.path.realpath(part)) == target
        if not same and out.exists() and part.exists():
            same = os.path.samefile(out, part)
        if same:
            raise OutputProblem(IS_DATA_FILE if part == db else IS_PART_OF_DATA_FILE, path=str(out), db=str(db))
    return out


NOT_A_PATH = QT_TRANSLATE_NOOP("kiosk", "'{path}' is not a file name this command can use; please give a plain path.")


def _plain_path(path: Path) -> Path:
    """A path as the kernel reads it, literally: never empty, never a SQLite URI ("file:…", which SQLite
    would read otherwise than the lock does), no NUL, not longer than the system allows."""
    text = str(path)
    if text in ("", ".") or "\0" in text or text.startswith("file:") or len(os.fsencode(text)) > 4000 \
            or len(path.parts) > 200 or any(len(os.fsencode(part)) > 255 for part in path.parts):
        raise UsageError(NOT_A_PATH, path=text[:80])
    return path


def run(argv: list[str]) -> int:
    lang = message_language(argv)
    if argv and argv[0] in COMMANDS:
        name, args = argv[0], command_parsers()[argv[0]].parse_args(argv[1:])
    elif argv and not argv[0].startswith("-"):
        raise UsageError(QT_TRANSLATE_NOOP("kiosk", "Unknown command '{name}'; the commands are: {commands}."),
                         name=argv[0], commands=", ".join(COMMANDS))
    else:
        name, args = "", launcher_parser().parse_args(argv)
    for option in ("db", "out", "folder"):
        if getattr(args, option, None) is not None:
            _plain_path(getattr(args, option))
    if getattr(args, "out", None) is not None:
        _not_the_data_file(args.out, args.db)
        if name in ("signs", "screenshot"):
            check_output(args.out)  # a folder, or a folder that is not there: said before any work, as export says it

    if name == "demo":
        from kiosk.demo import fill_demo
        from kiosk.store import open_market

        market = open_market(args.db)
        try:
            if market.events():
                raise UsageError(QT_TRANSLATE_NOOP("kiosk", "{db} already holds markets; the demo only fills an "
                                                            "empty data file, so nothing was added."), db=args.db)
            fill_demo(market, until=market.clock())  # over by now: the clock is never behind it
        finally:
            market.close()
        _tell(say(lang, QT_TRANSLATE_NOOP("kiosk", "Filled {db} with a demo market."), db=args.db))
        return 0
    if name in ("sync", "kiosks"):
        from kiosk.several_kiosks.exchange import run_command

        _tell(run_command(name, _existing_db(args.db), getattr(args, "folder", None)))
        return 0
    if name == "export":
        from kiosk.export import check_format, export_event

        pdf: Callable[..., Path] | None = None
        if check_format(args.format) == "pdf":
            from ui.app import prepare_environment

            prepare_environment(headless=True)
            from ui.report import write_pdf

            pdf = write_pdf
        written = export_event(_existing_db(args.db), args.event, args.format, args.out, args.lang or "en", pdf=pdf)
        _tell(say(lang, QT_TRANSLATE_NOOP("kiosk", "Wrote {path}."), path=written))
        return 0
    if name == "signs":
        db = _existing_db(args.db)
        from ui.app import application, prepare_environment

        prepare_environment(headless=True)
        from ui.printing.kinds import kind_names

        if args.kind == FOOD_LABELS:
            return food_labels(db, args.paper or "a4-21", args.lang or (), args.out, lang)
        if args.paper in LABEL_PAPERS:
            raise UsageError(QT_TRANSLATE_NOOP("kiosk", "The paper '{paper}' is for food labels (--kind food-labels); "
                                               "signs print on a4 or letter."), paper=args.paper)
        if args.kind not in kind_names():
            raise UsageError(QT_TRANSLATE_NOOP("kiosk", "Unknown kind of sign '{kind}'; choose from {kinds}."),
                             kind=args.kind, kinds=", ".join(kind_names()))
        application()
        from kiosk.store import open_market_readonly
        from ui.printing.signs import write_signs

        market = open_market_readonly(db, copy=False)
        try:
            from ui.printing.kinds import chosen

            if any(k.key == "skill-cards" for k in chosen(args.kind)) and any(o.contact for o in market.skill_offers()):
                # As on the screen: a file outlives the market, so contacts go only to paper.
                raise UsageError(QT_TRANSLATE_NOOP(
                    "kiosk", "Skill cards carry people's contacts, so they are only printed, never saved as a file; "
                             "nothing was written."))
            with _written(args.out):
                pages, _ = write_signs(market, args.out, args.kind, args.paper or "a4", args.lang or ())
        finally:
            market.close()
        _tell(say(lang, "Wrote %n page(s) of signs to {out}.", pages, out=args.out))
        return 0
    if name == "set-pin":
        return set_pin(args.db or default_db_path(), lang)
    if name == "setup":
        return setup(_existing_db(args.db), args.export, args.use, lang)
    if name == "screenshot":
        from ui.screenshot import render_screen, screen_names

        if args.screen not in screen_names():
            raise UsageError(QT_TRANSLATE_NOOP("kiosk", "Unknown screen '{screen}'; choose from {screens}."),
                             screen=args.screen, screens=", ".join(screen_names()))
        render_screen(_existing_db(args.db), args.screen, args.size, args.lang, args.out, keyboard=args.keyboard)
        return 0

    from ui.app import run_kiosk

    db = args.db or default_db_path()
    if db.exists():
        _existing_db(db)
    return run_kiosk(db, windowed=args.windowed, lang=args.lang)


NO_BREAK_SPACES = "\u00a0\u202f"  # French puts one before its colon: a space, never shown as \xa0
# The marks the Arabic sentences hold so a file name at a line's start reads right (RLM, LRM, ALM): no override or
# embedding, nothing that lasts past the character, so shown as they are, never as \u200f.
DIRECTION_MARKS = "\u200e\u200f\u061c"


def _shown(text: str, keep: str = "") -> str:
    """Control characters and escape sequences (from argv or a file name) as \\x1b, never raw; a file name that
    is not UTF-8 shows its odd bytes the same way. `keep`: characters kept as they are (a report's line breaks)."""
    return "".join(ch if ch.isprintable() or ch in NO_BREAK_SPACES or ch in DIRECTION_MARKS or ch in keep
                   else ch.encode("unicode_escape", "backslashreplace").decode("ascii") for ch in text)


def _say(sentence: str) -> None:
    """A sentence on stderr, never sending a terminal a raw control character (see _shown)."""
    print(f"commons-table: {_shown(sentence)}", file=sys.stderr)


def _tell(text: str) -> None:
    """What a command did, on stdout: its lines as they are, a file name's control characters escaped as _say's."""
    print(_shown(text, keep="\n"))


def main(argv: list[str] | None = None) -> int:
    # A file name that is not UTF-8 must never turn a finished job into a traceback on a strict terminal.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except Sentence as error:
        from kiosk.errors import StoreProblem

        if isinstance(error, StoreProblem):
            from kiosk.store.database import as_at_start

            error = as_at_start(error)
        _say(say(message_language(argv), error.template, **error.params))
        return 2
    except OSError as error:
        from kiosk.errors import SYSTEM_PROBLEM

        filename = error.filename if isinstance(error.filename, str) else ""
        _say(say(message_language(argv), SYSTEM_PROBLEM, reason=reason_of(error), path=filename).replace(" ()", ""))
        return 2
