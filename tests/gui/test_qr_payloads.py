"""A skill's title can never become a code a phone acts on: every offer's code starts with our own line."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from kiosk.skills import Gathering, offer_code, vevent
from tests.qr import read_qr
from ui.printing.output import write_pdf
from ui.printing.painter import Sheet, draw_qr

# What a phone's camera app turns into an action: open a page, join a network, send a text, call, mail.
HOSTILE = ["https://evil.example/x", "WIFI:T:WPA;S:free;P:12345678;;", "SMSTO:+15550100:hello", "tel:+15550100",
           "mailto:x@evil.example", "  https://evil.example/leading-space", "\u200bhttps://evil.example/zwsp",
           "MATMSG:TO:x@evil.example;;", "BEGIN:VCARD"]
URI_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*:")
LIBRARY = Gathering("Skills share", "2026-12-12", "14:00", "17:00", "Library", "", "skills-share-1",
                    "2026-11-28T10:00")


def scanned(tmp_path: Path, payload: str) -> str:
    def render(painter: QPainter, sheet: Sheet) -> None:
        draw_qr(painter, QRectF(sheet.rect.left(), sheet.rect.top(), sheet.mm(70), sheet.mm(70)), payload)

    pdf = tmp_path / "qr.pdf"
    write_pdf(pdf, render, "a4", "portrait")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(tmp_path / "qr")], check=True)
    results = read_qr(Image.open(tmp_path / "qr.png"))
    assert len(results) == 1
    return results[0].text


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("title", HOSTILE)
def test_no_offer_code_begins_with_a_uri_scheme(qapp, tmp_path, title, lang):
    code = offer_code(title, "", ["weekends"], "", LIBRARY, lang)
    text = scanned(tmp_path, code.payload)
    assert text == code.payload
    assert not URI_SCHEME.match(text), text
    assert title.strip() in text  # the title is still there, as words on its own line


def test_the_gatherings_code_stays_a_calendar_event(qapp, tmp_path):
    import icalendar

    evil = Gathering("https://evil.example/x", "2026-12-12", "14:00", "17:00", "WIFI:S:x;;", "SMSTO:1:x",
                     "skills-share-1", "2026-11-28T10:00")
    text = scanned(tmp_path, vevent(evil))
    assert text.startswith("BEGIN:VEVENT")
    event = icalendar.Event.from_ical(text)
    assert str(event["SUMMARY"]) == "https://evil.example/x" and str(event["LOCATION"]) == "WIFI:S:x;;"
