"""Each font file is mapped once, however long the day (issue 25, a day's memory; ui/memory.py keep_font_files_open).

Qt's FreeType engine shares one face per font file among all its sizes, but when Qt lets any face go (its last size
dropped from Qt's font cache, which printing's many sizes fill) it forgets the faces still in use too, and the next
new size opens and maps their files again. Measured before this test: after the third preview of every page DejaVu
Sans Bold was mapped twice, and 3-4 times each (DejaVu Sans and the icon font too) by the end of a day. Read from
/proc/self/maps: structure only, no figure of memory.

Qt's faces belong to the process, and a kiosk is one process with one window all day; the suite's processes have
had many windows before this one. So tests/gui/test_font_files.py runs this file in a pytest process of its own
(its name keeps it out of the suite's own collection)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QFontMetricsF, QImage

from tests.gui.conftest import choose_language, tap
from tests.gui.test_every_page import close, every_page
from ui.flow import Step
from ui.printing.painter import make_font

FONT_FILES = (".ttf", ".otf", ".ttc", ".t1", ".pfb", ".pfa")


def font_files_mapped() -> Counter[str]:
    """How many times each font file is mapped into this process (one mapping a FreeType face)."""
    mapped: Counter[str] = Counter()
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and fields[5].lower().endswith(FONT_FILES):
            mapped[fields[5]] += 1
    return mapped


def test_each_font_file_is_mapped_once_after_previews_of_every_page_and_languages(qtbot, signs):
    window, screen = signs
    for kind in [*screen.kind_buttons] * 2:  # a steward's every hour: a kind of sign, and Qt's preview of it
        tap(screen.kind_buttons[kind])
        qtbot.waitUntil(lambda: not screen._refresh_timer.isActive())  # page one painted, the pages counted
        close(qtbot, every_page(qtbot, screen, screen.page_count))
        # Printing's sizes, as a long day makes them (a sign's text fitted, each at the printer's resolution):
        # more than Qt's font cache keeps, so it lets go of the sizes nothing uses (the icon font's among them).
        page = QImage(10, 10, QImage.Format.Format_ARGB32)
        page.setDotsPerMeterX(23622)  # 600 dpi
        page.setDotsPerMeterY(23622)
        for size in range(20, 120):
            QFontMetricsF(make_font(size + len(kind) / 10, page, bold=size % 2 == 0), page).height()
    window.go(Step.HOME)
    for lang in ("ar", "es", "en"):  # visitors' languages, home painted in each
        choose_language(window, lang)
        window.grab()
    mapped = font_files_mapped()
    assert mapped, "no font file mapped: the window drew no text?"
    assert {path: count for path, count in mapped.items() if count > 1} == {}
