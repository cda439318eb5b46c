"""One home for each piece of knowledge (issue 11): settings, sizes, the data file's path, the migrations, and
the sentences the core says, each kept in one place; these tests fail when a second copy appears."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from kiosk import settings
from kiosk.catalog import DEFAULT_CATEGORIES, size_choices, sizes_for
from kiosk.errors import OutputProblem, VisitorError
from kiosk.export import write_csv
from kiosk.store.summary import read_summary

ROOT = Path(__file__).resolve().parents[2]
CODE = [p for folder in ("kiosk", "ui", "commons_table") for p in (ROOT / folder).rglob("*.py")]
SENTENCES = {"VisitorError", "StoreProblem", "NewerDatabaseError", "OutputProblem", "JournalError", "_garbled"}
# functions that raise, or tell a steward, with a template they are given (at this argument)
TEMPLATE_AT = {"clean_id": 1, "clean_number": 3, "_notice_once": 0}


def _marked(node: ast.AST) -> bool:
    """QT_TRANSLATE_NOOP("kiosk", "a literal"), or (in ui/) self.tr("a literal"): lupdate finds it."""
    if not isinstance(node, ast.Call) or not node.args:
        return False
    words = node.args[-1]
    func = node.func
    named = (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2) or \
        (isinstance(func, ast.Attribute) and func.attr == "tr" and len(node.args) == 1)
    return named and isinstance(words, ast.Constant) and isinstance(words.value, str)


def marked_constants(source: str) -> set[str]:
    """Module constants holding a marked sentence, or a table of them."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if _marked(value) or (isinstance(value, ast.Dict) and value.values and all(map(_marked, value.values))):
                names.add(node.targets[0].id)
    return names


def unmarked_templates(source: str, imported: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Sentences a person may read that are not a marked literal (an f-string, a plain or joined string):
    in raises of VisitorError and its kin, in the templates handed to clean_id/clean_number, and in `what=`.
    `imported`: marked constants of other modules."""
    tree = ast.parse(source)
    marked_names = marked_constants(source) | imported
    parameters = {a.arg for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                  for a in (*f.args.args, *f.args.kwonlyargs)} & {"template", "what"}

    def fine(arg: ast.expr) -> bool:
        if _marked(arg):
            return True
        if isinstance(arg, ast.Name):
            return arg.id in marked_names or arg.id in parameters
        if isinstance(arg, ast.IfExp):
            return fine(arg.body) and fine(arg.orelse)
        if isinstance(arg, ast.Subscript):
            tables = [arg.value.body, arg.value.orelse] if isinstance(arg.value, ast.IfExp) else [arg.value]
            return all(isinstance(t, ast.Name) and t.id in marked_names for t in tables)
        return False

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            node.func.attr if isinstance(node.func, ast.Attribute) else ""
        checked = [k.value for k in node.keywords if k.arg == "what"]
        if name in SENTENCES and node.args:
            checked.append(node.args[0])
        elif name in TEMPLATE_AT:
            at = TEMPLATE_AT[name]
            checked += node.args[at:at + 1] + [k.value for k in node.keywords if k.arg == "template"]
        found += [f"{node.lineno}: {name}({ast.unparse(arg)[:80]})" for arg in checked if not fine(arg)]
    return found


def test_every_sentence_the_code_raises_is_a_marked_literal():
    texts = {path: path.read_text(encoding="utf-8") for path in CODE}
    everywhere = set().union(*map(marked_constants, texts.values()))
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path, text in texts.items()
                 for line in unmarked_templates(text, everywhere)]
    assert not offenders, "mark these for translation (QT_TRANSLATE_NOOP), with {names} for values:\n" + \
        "\n".join(offenders)


@pytest.mark.parametrize("source", [
    'raise VisitorError(f"{what} should look like 14:30.", field="time")',
    'raise VisitorError("There are no events yet.")',
    'raise StoreProblem(QT_TRANSLATE_NOOP("kiosk", "Cannot write to ") + path)',
    'clean_text(x, limit=5, what="The note")',
    'clean_number(x, 0, 50, "Please choose a weight.")',
    'raise OutputProblem(IS_DATA_FILE if same else f"{path} is part of it")',
    'raise JournalError(f"an event of type {kind!r} from a newer Commons Table", kind="newer")',
    'raise _garbled("a date that is not a date")',
    'self._notice_once("A paired kiosk keeps another market.")',
])
def test_the_sentence_check_catches_what_lupdate_cannot_translate(source):
    assert unmarked_templates(source)
    assert not unmarked_templates('raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "There are no events yet."))')


def test_a_sentence_from_the_core_is_said_in_spanish(market):
    """The issue's example: a steward reading Spanish saw "The gathering's name: está en blanco"."""
    from kiosk.store.skills import save_gathering
    from ui.cli_words import translate

    with pytest.raises(VisitorError) as refused:
        save_gathering(market, "", "2026-12-12", "14:00", "17:00")
    error = refused.value
    said = translate("es", error.template).format(**{k: translate("es", v) if isinstance(v, str) else v
                                                     for k, v in error.params.items()})
    assert "gathering" not in said and "The" not in said, said


def test_a_place_that_cannot_be_written_is_an_output_problem(market, tmp_path):
    summary = read_summary(market, market.ensure_event().id)
    with pytest.raises(OutputProblem) as missing:
        write_csv(summary, tmp_path / "no such folder" / "s.csv")
    assert missing.value.field == "out" and "no such folder" in missing.value.sentence
    with pytest.raises(OutputProblem):
        write_csv(summary, tmp_path)  # a folder, not a file


# ----- settings ----------------------------------------------------------------------------------------------

SETTING_CALL = re.compile(r"""\b(set_)?setting\(\s*["']|setting,\s*["']|settings WHERE key = '""")


def test_settings_are_named_only_in_the_registry():
    offenders = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}" for path in CODE if path.name != "settings.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if SETTING_CALL.search(line)]
    assert not offenders, "\n".join(offenders)


WRITTEN_BY_HAND = {"backups_kept": "README: a steward may keep more or fewer backups"}


def test_every_setting_that_is_read_is_also_written():
    """A setting only ever read (as "language" was) is a promise nothing keeps."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in CODE if p.name != "settings.py")
    names = {value.key: name for name, value in vars(settings).items() if isinstance(value, settings.Setting)}
    unwritten = [key for key, name in names.items() if key not in WRITTEN_BY_HAND
                 and not re.search(rf"set_setting(\(|, ){name}\b|\b{name}\.key\b", text)]
    assert not unwritten


def test_a_setting_reads_as_its_default_until_a_value_of_its_type_is_kept(market):
    assert market.setting(settings.IDLE_SECONDS) == 60
    assert market.setting(settings.SIGN_CHOSEN_CATEGORIES) == []
    market.setting(settings.SIGN_CHOSEN_CATEGORIES).append("books")  # a copy: the default is not changed
    assert market.setting(settings.SIGN_CHOSEN_CATEGORIES) == []
    with pytest.raises(VisitorError):
        market.set_setting(settings.IDLE_SECONDS, "90")
    with pytest.raises(VisitorError):
        market.set_setting(settings.IDLE_SECONDS, True)  # a yes/no is not a number
    with pytest.raises(VisitorError):
        market.setting("language")  # no such setting
    market.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ["idle_seconds", json.dumps("soon")])
    assert market.setting(settings.IDLE_SECONDS) == 60  # written by anything else: the default
    market.set_setting(settings.IDLE_SECONDS, 90)
    assert market.setting("idle_seconds") == 90


def test_the_market_shares_the_settings_the_registry_marks_shared():
    assert settings.SHARED_SETTINGS == {"summary_weights", "welcome_text", "sign_languages", "sign_categories",
                                        "sign_chosen_categories", "skills_gathering"}
    assert not settings.SHARED_SETTINGS & {"pin_hash", "pin_lock", "several_kiosks", "journal_kiosk_id"}


# ----- sizes, the data file, the migrations ------------------------------------------------------------------

def test_each_size_offered_on_screen_is_one_the_store_takes():
    for seed in DEFAULT_CATEGORIES:
        offered = size_choices(seed.key, seed.sizes)
        assert bool(offered) == seed.sizes
        assert set(offered) <= set(sizes_for(seed.key, seed.sizes)), seed.key
    assert "kids" in size_choices("shoes", True) and "42" in size_choices("shoes", True)


def test_sizes_are_listed_only_in_the_catalog():
    size_list = re.compile(r"""\(\s*["']XS["']|range\(\s*(2\d|3\d)\s*,\s*4\d\s*\)""")
    offenders = [str(p.relative_to(ROOT)) for p in CODE
                 if p.name != "catalog.py" and size_list.search(p.read_text(encoding="utf-8"))]
    assert not offenders


def test_the_market_knows_its_own_data_file(market, db_path):
    assert market.path == db_path.resolve()
    offenders = [str(p.relative_to(ROOT)) for p in CODE if "database_list" in p.read_text(encoding="utf-8")]
    assert not offenders, "ask Market.path, not SQLite"


def test_the_migrations_module_holds_only_migrations():
    """Editing code used at run time must never change an old migration: schema.py defines migrations only."""
    from kiosk.store.schema import STEPS

    tree = ast.parse((ROOT / "kiosk" / "store" / "schema.py").read_text(encoding="utf-8"))
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)]
    plain = [f.name for f in functions if f.name not in {getattr(step, "__name__", None) for step in STEPS}]
    assert functions and not plain
