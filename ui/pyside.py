"""PySide6, loaded once, with the check it runs on every later import made cheap.

Once PySide6.QtCore is imported, PySide6 looks at every module imported after it to see whether the module
says "PySide6" (its `__feature__` switching, PYSIDE-2029, needs to know): it reads the module's whole source
through `inspect.getsource`, tokenizer and line cache included. That is about 0.1 ms a module, 8 ms of the
kiosk's start for its hundred modules (the same tax is reported in napari/napari#8584). `load()` answers the
same question from the file's bytes. Modules without a source file still go to PySide6's own check, and a
PySide6 without that check is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"  # where PySide6 keeps the check (6.8 and 6.11 here)


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
    """Import QtCore (once) and make PySide6's check on each later import read bytes, not source lines."""
    import PySide6.QtCore  # noqa: F401  (this is what installs the check)

    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, upstream)

    check.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[union-attr]
