"""PySide6, loaded once: its own Python code compiled once per Python installation, and its check on every
later import made cheap.

PySide6 carries its support code (shibokensupport: signatures, enums, `__feature__`, 14 modules, 150 kB) as
Python source inside libshiboken, and compiles all of it from source at every import: 13 ms of every start,
because nothing like `__pycache__` exists for it. `load()` keeps the compiled code in the user's cache folder
(`CompileCache`). Each file holds Python's bytecode version and the whole source beside the code, and is used
only when both are the same as now, so a new PySide6 or Python compiles afresh. Without a writable cache
folder PySide6 compiles as it always has.

That support code also compiles three large regular expressions as it is imported (brace matching, for
parsing signatures and writing .pyi files: 8 ms). The kiosk does not use them while it starts, if ever (a
wrong call's TypeError does). While PySide6 is imported they are made `LazyPattern`s, compiled by
`re.compile` when first used.

Once PySide6.QtCore is imported, PySide6 looks at every module imported after it to see whether the module
says "PySide6" (its `__feature__` switching, PYSIDE-2029, needs to know): it reads the module's whole source
through `inspect.getsource`, tokenizer and line cache included. That is about 0.1 ms a module, 8 ms of the
kiosk's start for its hundred modules (the same tax is reported in napari/napari#8584). `load()` answers the
same question from the file's bytes. Modules without a source file still go to PySide6's own check, and a
PySide6 without that check is left as it is.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import functools
import marshal
import os
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, ModuleType

FEATURE_MODULE = "PySide6.support.feature"  # where PySide6 keeps the check (6.8 and 6.11 here)
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
SUPPORT = "shibokensupport."  # PySide6's support modules, compiled from its embedded source
SPARE_BYTES = 64 * 2**20  # the cache is written only where at least this much is free
FUTURE_FLAGS = 0  # the __future__ flags compile() takes from the code that calls it
for _name in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag


def cache_folder() -> Path:
    """Where the compiled code is kept: the user's cache folder (XDG), never beside the data. One folder per
    Python installation (a virtual environment and the system's Python each have their own PySide6), so two of
    them on one machine do not overwrite each other's files at every start."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    place = zlib.crc32(os.fsencode(sys.prefix))
    return Path(base) / "commons-table" / "pyside-code" / f"{sys.implementation.cache_tag}-{place:08x}"


class CompileCache:
    """Python's `compile()`, remembered on disk for the source PySide6 compiles while it is imported.

    Only what PySide6 compiles from its embedded source is kept: source text with a relative name
    ("shibokensupport/feature.py"), compiled for exec, on the thread that imports PySide6. Anything else goes
    straight to Python's own `compile()`. Each file holds Python's bytecode version, the whole source and its
    code; it is used only when both are the same as now, so a new PySide6 or Python compiles afresh. The code is
    the same as Python's: it is compiled with the `__future__` flags of the code that called `compile()`, as
    `compile()` itself would take them. After a start that compiled anything, the files no longer used are
    removed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.compile = builtins.compile
        self.thread = threading.get_ident()
        self.used: set[str] = set()
        self.missed = 0
        self.writable: bool | None = None

    def __call__(self, source, filename, mode, *args, **kwargs):
        if (args or kwargs or mode != "exec" or not isinstance(source, str | bytes) or not isinstance(filename, str)
                or os.path.isabs(filename) or threading.get_ident() != self.thread):
            return self.compile(source, filename, mode, *args, **kwargs)
        flags = sys._getframe(1).f_code.co_flags & FUTURE_FLAGS  # what compile() would inherit from its caller
        name = f"{SAFE_NAME.sub('_', filename.replace('/', '.'))}.{flags:x}.code"
        self.used.add(name)
        path = self.folder / name
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            kept = marshal.loads(path.read_bytes())
            if (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == MAGIC_NUMBER and kept[1] == source
                    and isinstance(kept[2], CodeType)):
                return kept[2]
        code = self.compile(source, filename, mode, flags, True)
        self.missed += 1
        if self.room():
            partial = path.with_name(f"{name}.{os.getpid()}.part")
            try:
                partial.write_bytes(marshal.dumps((MAGIC_NUMBER, source, code)))
                os.replace(partial, path)  # whole or not at all, as __pycache__ writes
            except (OSError, ValueError):
                with contextlib.suppress(OSError):
                    partial.unlink()
        return code

    def room(self) -> bool:
        """Whether there is a cache folder to write to, on a disk with room to spare: the market's data comes
        first (a few hundred kB of code is not worth a full disk)."""
        if self.writable is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                disk = os.statvfs(self.folder)
                self.writable = disk.f_bavail * disk.f_frsize >= SPARE_BYTES
            except OSError:
                self.writable = False
        return self.writable

    def forget_unused(self) -> None:
        if not self.missed:
            return
        with contextlib.suppress(OSError):
            for path in self.folder.iterdir():
                if path.name not in self.used:
                    with contextlib.suppress(OSError):
                        path.unlink()


class LazyPattern:
    """A regular expression compiled the first time it is used: `re.compile`'s answer, later.

    The methods (`finditer`, `split`, `sub`, …) can be taken from it before it is compiled; calling one compiles
    the pattern once, with Python's own `re.compile`."""

    def __init__(self, compile: Callable[..., re.Pattern[str]], pattern: str, flags: int) -> None:
        self._compile = compile
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = self._compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> object:
        kind = getattr(re.Pattern, name)  # an AttributeError for what a pattern does not have
        if not callable(kind):
            return getattr(self.compiled(), name)
        # A partial, as the pattern's own bound method: kept as a class attribute, it is never bound to an
        # instance (a function would be).
        return functools.partial(self._call, name)

    def _call(self, name: str, /, *args: object, **kwargs: object) -> object:
        return getattr(self.compiled(), name)(*args, **kwargs)

    def __repr__(self) -> str:
        return f"LazyPattern({self._pattern[:40]!r}…)"


class LazyPatterns:
    """`re.compile` while PySide6 is imported: its support modules' patterns (SUPPORT) become `LazyPattern`s,
    everything else is compiled as always."""

    def __init__(self) -> None:
        self.compile = re.compile
        self.thread = threading.get_ident()

    def __call__(self, pattern, flags=0):
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if (isinstance(pattern, str) and isinstance(flags, int | re.RegexFlag) and caller.startswith(SUPPORT)
                and threading.get_ident() == self.thread):
            return LazyPattern(self.compile, pattern, flags)
        return self.compile(pattern, flags)


@contextlib.contextmanager
def compiled_once(folder: Path) -> Iterator[CompileCache]:
    """While this lasts, PySide6's embedded source is compiled through a `CompileCache` in `folder`, and the
    regular expressions its support code makes are compiled when first used (`LazyPatterns`)."""
    cache = CompileCache(folder)
    patterns = LazyPatterns()
    builtins.compile = cache
    re.compile = patterns
    try:
        yield cache
    finally:
        builtins.compile = cache.compile
        re.compile = patterns.compile
    cache.forget_unused()


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], object] | None = None) -> bool:
    """Whether the module's source says "PySide6", as PySide6's check answers it, from the file's bytes."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return bool(fallback(module)) if fallback is not None else False


def load() -> None:
    """Import QtCore (once), its support code compiled from the cache, and make PySide6's check on each later
    import read bytes, not source lines."""
    if "PySide6.QtCore" not in sys.modules:
        with compiled_once(cache_folder()):
            import PySide6.QtCore  # noqa: F401  (this is what installs the check)

    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, upstream)

    check.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[union-attr]
