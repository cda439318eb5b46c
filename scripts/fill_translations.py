"""Write translations into the Qt Linguist files: python scripts/fill_translations.py FILE.json

FILE.json maps "Context|source" to a translation (a list of two forms for %n messages), per language:
{"es": {"HomeScreen|Skills share": "Compartir saberes"}, "en": {"HomeScreen|%n thing(s)...": ["...", "..."]}}
Then run scripts/translations.sh to compile. Qt Linguist (pyside6-linguist) edits the same files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "assets" / "translations"


def fill(lang: str, words: dict[str, str | list[str]]) -> int:
    path = FOLDER / f"commons_table_{lang}.ts"
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            if key not in words:
                continue
            translation = message.find("translation")
            assert translation is not None
            value = words[key]
            if (message.get("numerus") == "yes") != isinstance(value, list):
                raise SystemExit(f"{lang}: {key!r} needs {'a list of forms' if message.get('numerus') else 'one text'}")
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                for form, text in zip(forms, value, strict=True):
                    form.text = text
            else:
                translation.text = value  # type: ignore[assignment]
            translation.attrib.pop("type", None)
            done += 1
    # Whole or not at all: a half-written .ts file would lose everyone's translations.
    partial = path.with_suffix(".ts.part")
    tree.write(partial, encoding="utf-8", xml_declaration=True)
    partial.replace(path)
    return done


if __name__ == "__main__":
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for lang, words in table.items():
        print(lang, fill(lang, words))
