"""ui.pyside, each in a fresh process (so PySide6 is imported for the first time):
- PySide6's check on every import after it, answered from the file's bytes: the same answers as PySide6's
  own, installed by the kiosk's start before its screens are imported;
- PySide6's support code compiled once and kept: the same code as Python compiles, whatever the cache holds;
- its regular expressions compiled when first used: the same answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAME_ANSWERS = r"""
import json, sys
import PySide6.QtCore
feature = sys.modules["PySide6.support.feature"]
upstream = feature._mod_uses_pyside
import kiosk.store, kiosk.demo, ui.main_window, ui.screens.home, ui.lists, json as _json, sqlite3, email.message
from ui import pyside
pyside.load()
answers = {}
for name, module in list(sys.modules.items()):
    answers[name] = [upstream(module), pyside.uses_pyside(module, upstream)]
print(json.dumps({"answers": answers, "replaced": getattr(feature._mod_uses_pyside, "reads_bytes", False)}))
"""

START = r"""
import json, sys
import ui.pyside, ui.qapp
loaded_before = []
real_load = ui.pyside.load
def load():
    if not loaded_before:  # the first call: what was imported before it
        loaded_before.extend(name for name in sys.modules if name.startswith(("ui", "PySide6")))
    real_load()
ui.pyside.load = load
made = ui.qapp.application
def application():
    app = made()
    from PySide6.QtCore import QEventLoop
    def until_painted():
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "KioskWindow")
        loop = QEventLoop()
        window.painted.connect(loop.quit)
        loop.exec()
        feature = sys.modules["PySide6.support.feature"]
        print(json.dumps({"before": sorted(loaded_before),
                          "replaced": getattr(feature._mod_uses_pyside, "reads_bytes", False)}))
        window.quit_kiosk()
        return 0
    app.exec = until_painted
    return app
ui.qapp.application = application
from commons_table.cli import main
sys.exit(main(["--windowed", "--db", sys.argv[1]]))
"""


def run(code: str, *args: str, cache: Path | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_quick_check_gives_pysides_own_answer_for_every_module():
    found = run(SAME_ANSWERS)
    assert found["replaced"]
    answers = found["answers"]
    assert len(answers) > 200
    assert {name for name, (theirs, ours) in answers.items() if theirs != ours} == set()
    # It is a real question: the kiosk's screens say PySide6, its core and the standard library do not.
    assert answers["ui.main_window"] == [True, True]
    assert answers["kiosk.store"] == [False, False]
    assert answers["sqlite3"] == [False, False]
    assert answers["sys"] == [False, False]  # built in: no source, PySide6's own check answers


def test_the_kiosk_makes_the_check_quick_before_it_imports_qt_and_its_screens(tmp_path):
    found = run(START, str(tmp_path / "t.db"), cache=tmp_path / "cache")
    assert found["replaced"]
    assert found["before"] == ["ui", "ui.app", "ui.platform", "ui.pyside", "ui.qapp"]  # no Qt, no screen yet
    # ... and PySide6's support code was compiled through the cache, into the user's cache folder
    folders = list((tmp_path / "cache" / "commons-table" / "pyside-code").iterdir())
    assert len(folders) == 1 and folders[0].name.startswith(sys.implementation.cache_tag + "-")
    kept = sorted(path.name for path in folders[0].iterdir())
    assert "shibokensupport.signature.parser.py.1000000.code" in kept
    assert len(kept) >= 10


# What PySide6's support modules are made of: every function's code, in each module and its classes (its
# bytecode, constants, names, flags, file name and line table; marshal's bytes would also differ by refcounts).
FINGERPRINT = r"""
import hashlib, sys, types
def constant(value):  # a set's order follows the process's string hashing
    return sorted(map(repr, value)) if isinstance(value, frozenset) else repr(value)
def describe(code):
    parts = [code.co_code, code.co_flags, code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars,
             code.co_filename, code.co_qualname, code.co_firstlineno, code.co_linetable, code.co_exceptiontable,
             code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_stacksize]
    parts += [describe(c) if isinstance(c, types.CodeType) else (type(c).__name__, constant(c))
              for c in code.co_consts]
    return repr(parts)
def codes(namespace, seen):
    for name, value in sorted(vars(namespace).items()):
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        if isinstance(value, types.FunctionType):
            yield name, value.__code__
        elif isinstance(value, type) and value not in seen and value.__module__ == namespace.__name__:
            seen.add(value)
            yield from ((f"{name}.{inner}", code) for inner, code in codes(value, seen))
def fingerprint():
    found = {}
    for name, module in sorted(sys.modules.items()):
        if name.startswith("shibokensupport"):
            digest = hashlib.sha256()
            count = 0
            for qualname, code in codes(module, set()):
                digest.update(qualname.encode() + describe(code).encode())
                count += 1
            found[name] = [count, digest.hexdigest()]
    return found
"""

PLAIN = FINGERPRINT + r"""
import json
import PySide6.QtCore
print(json.dumps({"modules": fingerprint()}))
"""

CACHED = FINGERPRINT + r"""
import json
from pathlib import Path
from ui import pyside
with pyside.compiled_once(Path(sys.argv[1])) as cache:
    import PySide6.QtCore
print(json.dumps({"modules": fingerprint(), "missed": cache.missed, "used": sorted(cache.used)}))
"""


def test_pysides_support_code_is_compiled_once_and_is_the_code_python_compiles(tmp_path):
    plain = run(PLAIN)["modules"]
    assert len(plain) >= 10 and sum(count for count, _ in plain.values()) > 100
    folder = tmp_path / "kept"
    first = run(CACHED, str(folder))
    assert first["modules"] == plain  # compiled here, with the flags compile() would have taken
    assert first["missed"] == len(first["used"]) >= 10
    assert sorted(path.name for path in folder.iterdir()) == first["used"]
    second = run(CACHED, str(folder))
    assert second["modules"] == plain  # read from the cache
    assert second["missed"] == 0


def test_a_damaged_or_stale_cache_is_compiled_afresh_and_tidied(tmp_path):
    plain = run(PLAIN)["modules"]
    folder = tmp_path / "kept"
    used = run(CACHED, str(folder))["used"]
    (folder / used[0]).write_bytes(b"\x00garbage")  # a torn file
    (folder / used[1]).write_bytes((folder / used[2]).read_bytes())  # another module's source and code
    (folder / "shibokensupport.gone.py.0.code").write_bytes(b"left by an older PySide6")
    found = run(CACHED, str(folder))
    assert found["modules"] == plain
    assert found["missed"] == 2
    assert sorted(path.name for path in folder.iterdir()) == used  # rewritten, and the stale file is gone


def test_without_a_cache_folder_pyside_compiles_as_always(tmp_path):
    plain = run(PLAIN)["modules"]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    found = run(CACHED, str(blocked / "kept"))
    assert found["modules"] == plain
    assert found["missed"] == len(found["used"])
    assert blocked.read_text() == "not a folder"


# PySide6's three large patterns (brace matching, for signatures and .pyi files), used as PySide6 uses them.
PATTERNS = r"""
import json, sys
if sys.argv[1] == "lazy":
    from ui import pyside
    pyside.load()
else:
    import PySide6.QtCore
from PySide6.QtWidgets import QApplication, QWidget
parser = sys.modules["shibokensupport.signature.parser"]
formatter = sys.modules["shibokensupport.signature.lib.pyi_generator"].Formatter
kinds = {"finditer": type(parser.arglistParser._finditer).__name__,
         "searcher": type(formatter.opt_uni_searcher).__name__}
app = QApplication([])
try:
    QWidget().resize("wide")
except TypeError as error:
    message = str(error)
print(json.dumps({
    "kinds": kinds,
    "arglist": parser._parse_arglist("a, b=(1, 2), c: typing.Dict[str, int], d='x,y'"),
    "split": formatter.split("typing.Optional[QWidget], b=[1, (2, 3)], c"),
    "optional": formatter.opt_uni_searcher.sub("U", "f(a: typing.Optional[typing.List[int]]) -> typing.Union[A, B]"),
    "signatures": formatter.brace_searcher.pattern[:20],
    "message": message,
}))
"""


def test_pysides_patterns_are_compiled_when_first_used_with_the_same_answers():
    plain = run(PATTERNS, "plain")
    lazy = run(PATTERNS, "lazy")
    assert lazy["kinds"] == {"finditer": "partial", "searcher": "LazyPattern"}  # not compiled at import
    assert plain["kinds"] == {"finditer": "builtin_method", "searcher": "Pattern"}
    for answer in ("arglist", "split", "optional", "signatures", "message"):
        assert lazy[answer] == plain[answer], answer
    assert plain["arglist"] == ["a", "b=(1, 2)", "c: typing.Dict[str, int]", "d='x,y'"]
    assert "Supported signatures" in plain["message"]


def test_a_lazy_pattern_answers_as_the_pattern_and_is_compiled_once():
    import re

    from ui.pyside import LazyPattern

    made = []

    def compile_(pattern: str, flags: int) -> re.Pattern[str]:
        made.append(pattern)
        return re.compile(pattern, flags)

    lazy = LazyPattern(compile_, r"(\w+)=(\d+)", re.ASCII)
    finditer = lazy.finditer  # taken before it is compiled, as PySide6 does
    assert made == []

    class Holder:
        split = lazy.split  # a class attribute, as PySide6 keeps one: never bound to an instance

    assert [m.groups() for m in finditer("a=1, b=22")] == [("a", "1"), ("b", "22")]
    assert Holder().split("x=1;y") == re.compile(r"(\w+)=(\d+)", re.ASCII).split("x=1;y")
    assert (lazy.pattern, lazy.groups, lazy.flags & re.ASCII) == (r"(\w+)=(\d+)", 2, re.ASCII)
    assert made == [r"(\w+)=(\d+)"]  # once, at the first use
    try:
        lazy.no_such_thing  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("a pattern has no such attribute")


def test_the_cache_keeps_only_embedded_source_and_never_fills_a_nearly_full_disk(tmp_path, monkeypatch):
    from ui import pyside

    folder = tmp_path / "kept"
    first = pyside.CompileCache(folder)
    namespace: dict = {}
    exec(first("answer = 6 * 7\n", "shibokensupport/answer.py", "exec"), namespace)
    first("x = 1\n", str(tmp_path / "a_file.py"), "exec")  # a real file: Python's own compile, nothing kept
    first("1 + 1", "shibokensupport/expr.py", "eval")  # not a module's source
    assert namespace["answer"] == 42
    # compiled with this module's `from __future__ import annotations`, as compile() called from here would be
    assert [path.name for path in folder.iterdir()] == ["shibokensupport.answer.py.1000000.code"]
    again = pyside.CompileCache(folder)
    exec(again("answer = 6 * 7\n", "shibokensupport/answer.py", "exec"), namespace)
    assert again.missed == 0
    changed = pyside.CompileCache(folder)
    exec(changed("answer = 6 * 9\n", "shibokensupport/answer.py", "exec"), namespace)  # a new PySide6
    assert (changed.missed, namespace["answer"]) == (1, 54)

    monkeypatch.setattr(pyside, "SPARE_BYTES", 2**62)  # no disk has that much free: as good as full
    full = pyside.CompileCache(tmp_path / "full")
    exec(full("answer = 6 * 7\n", "shibokensupport/answer.py", "exec"), namespace)
    assert namespace["answer"] == 42
    assert list((tmp_path / "full").iterdir()) == []


def test_each_python_installation_keeps_its_own_cache(monkeypatch, tmp_path):
    from ui import pyside

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "prefix", "/opt/kiosk/venv")
    venv = pyside.cache_folder()
    monkeypatch.setattr(sys, "prefix", "/usr")
    system = pyside.cache_folder()
    assert venv != system
    assert venv.parent == system.parent == tmp_path / "commons-table" / "pyside-code"
    monkeypatch.setattr(sys, "prefix", "/opt/kiosk/venv")
    assert pyside.cache_folder() == venv  # the same installation finds its files again
