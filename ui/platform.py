"""Which Qt platform the kiosk runs on, chosen before the QApplication exists.

The on-screen keyboard (Qt Virtual Keyboard) does not work on Qt's `wayland` platform ("qtvirtualkeyboard
currently is not supported at client-side"); the same window through XWayland (`xcb`) types fine. So in a
Wayland session with XWayland the kiosk runs on `xcb`; with Wayland alone it starts anyway and says what to
change. A platform the person chose (QT_QPA_PLATFORM) always wins, as long as it exists.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import QT_TRANSLATE_NOOP

# Shown on screen (translated, context "Platform") and written to the log (in English).
WAYLAND_ONLY = QT_TRANSLATE_NOOP("Platform", "The on-screen keyboard does not work on this Wayland desktop: "
                                             "install XWayland (the xwayland package) and start the kiosk "
                                             "again, or start it with QT_QPA_PLATFORM=xcb.")


@dataclass(frozen=True)
class PlatformChoice:
    """The Qt platform the kiosk starts on, who chose it, and whether the keyboard can work there."""

    platform: str | None  # the QT_QPA_PLATFORM to set; None leaves the environment as it is
    chosen_by_person: bool
    keyboard_warning: bool  # the on-screen keyboard cannot work on this platform: say so

    @property
    def sentence(self) -> str:
        return WAYLAND_ONLY if self.keyboard_warning else ""


class UnknownPlatform(Exception):
    """QT_QPA_PLATFORM names a platform this Qt does not have."""

    def __init__(self, asked: str, known: list[str]):
        self.asked = asked
        self.known = known
        super().__init__(f"There is no Qt platform called '{asked}' here (QT_QPA_PLATFORM); the platforms "
                         f"this kiosk can use are: {', '.join(known) or 'none'}.")


def plugin_dirs(env: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for platform plugins: its own plugin folder, and the folders the environment adds."""
    from PySide6.QtCore import QLibraryInfo  # QtCore only: safe before the QApplication exists

    dirs = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    roots = [Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    roots.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return dirs + [root / "platforms" for root in roots]


def plugin_keys(plugin: Path) -> list[str]:
    """The platform names one plugin answers to, read from its metadata (nothing is loaded)."""
    from PySide6.QtCore import QPluginLoader

    meta = QPluginLoader(str(plugin)).metaData().get("MetaData")
    keys: list[object] = meta.get("Keys", []) if isinstance(meta, dict) else []
    return [str(key).lower() for key in keys]


def available_platforms(env: Mapping[str, str] | None = None) -> list[str]:
    """The platform names the installed plugins answer to, read from their metadata (nothing is loaded)."""
    env = os.environ if env is None else env
    names: set[str] = set()
    for folder in plugin_dirs(env):
        if not folder.is_dir():
            continue
        for plugin in folder.iterdir():
            if plugin.suffix in (".so", ".dll", ".dylib"):
                names.update(plugin_keys(plugin))
    return sorted(names)


class InstalledPlatforms:
    """The installed platforms, asked about one name at a time: the plugin named after it (libqxcb.so for
    "xcb") is read first, and only when it does not answer every plugin's metadata (as Qt itself reads them
    all moments later). A start on a named platform reads one plugin, not nine."""

    def __init__(self, env: Mapping[str, str]):
        self.env = env
        self._all: list[str] | None = None

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        for folder in plugin_dirs(self.env):
            plugin = folder / f"libq{name}.so"
            if plugin.is_file() and name in plugin_keys(plugin):
                return True
        return name in self.all()

    def all(self) -> list[str]:
        if self._all is None:
            self._all = available_platforms(self.env)
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self.all())

    def __len__(self) -> int:
        return len(self.all())


def _names(value: str) -> list[str]:
    # "wayland;xcb" tries each in turn; "xcb:arg=1" passes arguments to the plugin.
    return [part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.strip()]


def _is_wayland(name: str) -> bool:
    return name.startswith("wayland")


def choose_platform(env: Mapping[str, str], known: Collection[str]) -> PlatformChoice:
    """The platform for a session described by `env`, given the platform plugins that exist."""
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        names = _names(asked)
        usable = [n for n in names if n in known]
        if not usable:
            raise UnknownPlatform(asked, list(known))
        return PlatformChoice(None, True, _is_wayland(usable[0]))
    wayland = bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if not wayland:
        return PlatformChoice(None, False, False)  # X11 (xcb) or nothing: Qt's own choice is right
    if env.get("DISPLAY") and "xcb" in known:
        return PlatformChoice("xcb", False, False)  # XWayland: the keyboard types
    return PlatformChoice("wayland", False, True)


def apply_platform(env: MutableMapping[str, str] | None = None) -> PlatformChoice:
    """Choose and set QT_QPA_PLATFORM in `env` (the process environment by default)."""
    env = os.environ if env is None else env
    choice = choose_platform(env, InstalledPlatforms(env))
    if choice.platform is not None:
        env["QT_QPA_PLATFORM"] = choice.platform
    return choice
