"""The kiosk's files that are not Python: the style sheet, the keyboard's QML and the compiled translations.

They are installed as plain files beside this module (pip's wheel and the .deb alike), so they are found from
here: importlib.resources would cost the kiosk's start 5 ms for the same path.
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return FOLDER.joinpath(*parts)
