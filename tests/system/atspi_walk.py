"""What a screen reader sees: walks the kiosk's accessibility tree over AT-SPI, as Orca would, and presses
its buttons through AT-SPI actions. Run with Debian's /usr/bin/python3 (python3-pyatspi), inside the
kiosk's D-Bus session; tests/system/test_atspi.py starts everything and reads the JSON it prints.

Usage: atspi_walk.py APP_NAME_PART  (prints one JSON object; exit status 0 even when it finds problems)
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

CONTROLS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
            pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_BUTTON if hasattr(pyatspi, "ROLE_BUTTON") else -1}
FIELDS = {pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT}

report: dict = {"screens": [], "problems": [], "pressed": [], "log": []}


def find_app(part: str, seconds: float = 40):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for n in range(desktop.childCount):
            app = desktop.getChildAtIndex(n)
            if app is not None and part.lower() in (app.name or "").lower() and app.childCount:
                return app
        time.sleep(0.5)
    print(json.dumps({"error": f"no application named like {part!r} on the AT-SPI bus"}))
    raise SystemExit(1)


def showing(acc) -> bool:
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # a node that went away while walking
        return False


def walk(acc, found: list, depth: int = 0) -> None:
    if depth > 40:
        return
    for n in range(acc.childCount):
        child = acc.getChildAtIndex(n)
        if child is None or not showing(child):
            continue
        found.append(child)
        walk(child, found, depth + 1)


def actions(acc) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def look(app, screen: str) -> list:
    """Every control showing on this screen: named, with an action; fields named."""
    nodes: list = []
    walk(app, nodes)
    controls = []
    for acc in nodes:
        role = acc.getRole()
        if role in CONTROLS:
            controls.append(acc)
            if not (acc.name or "").strip():
                report["problems"].append({"screen": screen, "problem": "unnamed control",
                                           "role": acc.getRoleName()})
            if acc.getState().contains(pyatspi.STATE_SENSITIVE) and not actions(acc):
                report["problems"].append({"screen": screen, "problem": "no action", "name": acc.name})
        elif role in FIELDS and not (acc.name or "").strip():
            report["problems"].append({"screen": screen, "problem": "unnamed field", "role": acc.getRoleName()})
    report["screens"].append({"screen": screen, "controls": sorted(c.name for c in controls)})
    return controls


def control(app, name: str, starts: bool = False, seconds: float = 10):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        nodes: list = []
        walk(app, nodes)
        for acc in nodes:
            if acc.getRole() in CONTROLS and (acc.name.startswith(name) if starts else acc.name == name):
                return acc
        time.sleep(0.3)
    raise LookupError(name)


def press(app, name: str, starts: bool = False) -> str:
    acc = control(app, name, starts)
    names = actions(acc)
    # Qt names its button action "Press"; take whichever a screen reader would use.
    index = next((i for i, a in enumerate(names) if a.lower() in ("press", "click", "activate")), 0)
    acc.queryAction().doAction(index)
    report["pressed"].append(acc.name)
    time.sleep(0.8)
    return acc.name


def type_into(app, field_name: str, text: str) -> None:
    nodes: list = []
    walk(app, nodes)
    for acc in nodes:
        if acc.getRole() in FIELDS and acc.name == field_name:
            acc.queryEditableText().setTextContents(text)
            time.sleep(0.8)
            return
    raise LookupError(field_name)


def main() -> None:
    app = find_app(sys.argv[1])
    time.sleep(1.5)
    try:
        look(app, "home")
        press(app, "I brought something")
        look(app, "bring: kinds")
        press(app, "Books")
        look(app, "bring: how many")
        press(app, "Put it on the table")
        look(app, "thanks")
        press(app, "Home")
        press(app, "See what's here")
        look(app, "browse")
        report["taken"] = control(app, "Take one:", starts=True).name
        press(app, "Take one:", starts=True)
        look(app, "browse: after a take")
        type_into(app, "Search what's here", "bus")
        look(app, "browse: searching")
        press(app, "Home")
        press(app, "I'm looking for…")
        look(app, "wanted: kinds")
        press(app, "What people want", starts=True)
        look(app, "wanted: list")
        press(app, "Home")
        press(app, "Skills share")
        look(app, "skills")
        press(app, "Bike repair", starts=True)
        look(app, "skill code")
        press(app, "Home")
        press(app, "Skills share")
        press(app, "Offer a skill")
        look(app, "skill offer")
        press(app, "Home")
        press(app, "Stewards")
        look(app, "pin pad")
        press(app, "Home")
        look(app, "home again")
    except LookupError as missing:
        report["problems"].append({"problem": "unreachable", "name": str(missing)})
    print(json.dumps(report))


if __name__ == "__main__":
    main()
