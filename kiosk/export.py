"""Writing an event's summary to files: CSV for a spreadsheet, JSON for other programs.

The shape of both is documented in docs/export.md. Exports hold collective counts only: no contact,
no free text that looks like one, no time finer than a quarter of an hour. Every file is written
to a temporary file beside the target and renamed into place, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from kiosk.errors import (
    OUT_NOTHING_WRITTEN,
    OUT_REFUSED,
    OUT_REFUSED_BECAUSE,
    QT_TRANSLATE_NOOP,
    OutputProblem,
    VisitorError,
    check_output,
    reason_of,
)
from kiosk.food import KG_WORD, MEALS_SERVED_NAME, PIECES_WORD, RESCUE_SOURCES
from kiosk.safe_write import write_whole
from kiosk.summary import SUMMARY_VERSION, Summary, redact_contact
from kiosk.validate import shown

FORMATS = ("csv", "json", "pdf")
CSV_COLUMNS = ("category", "name", "brought", "taken", "still_here", "lots_piles", "wants_posted",
               "wants_found", "kg_per_thing", "kg_kept_out_of_bin")
JSON_FORMAT_NAME = "commons-table-summary"
# The header row in each language; English keeps the stable machine names above.
CSV_HEADERS: dict[str, tuple[str, ...]] = {
    "en": CSV_COLUMNS,
    "es": ("clave", "tipo", "traídas", "llevadas", "quedan", "montones", "búsquedas publicadas",
           "búsquedas encontradas", "kg por cosa", "kg salvados de la basura"),
    "fr": ("clé", "type", "apportées", "emportées", "restantes", "tas", "recherches publiées",
           "recherches trouvées", "kg par objet", "kg sauvés de la poubelle"),
    "ar": ("المفتاح", "النوع", "ما أُحضر", "ما أُخذ", "ما بقي", "أكوام", "طلبات منشورة", "طلبات وُجدت",
           "كغ لكل شيء", "كغ أُنقذت من القمامة"),
}
# (separator, decimal mark) as a spreadsheet set to that language expects them: where the comma is the
# decimal mark (Spain, France), cells are separated by semicolons.
CSV_NUMBERS: dict[str, tuple[str, str]] = {"en": (",", "."), "es": (";", ","), "fr": (";", ","), "ar": (",", ".")}


def csv_dialect(lang: str) -> tuple[str, str]:
    """(separator, decimal mark) of a CSV export in `lang`."""
    return CSV_NUMBERS.get(lang, CSV_NUMBERS["en"])


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Call write(temporary path) and move the result to `path` in one rename; no half-written file."""
    path = check_output(Path(path))

    def checked(temp: Path) -> None:
        write(temp)
        if not temp.exists() or temp.stat().st_size == 0:
            raise OutputProblem(OUT_NOTHING_WRITTEN, path=str(path))

    try:
        write_whole(path, checked)
    except OSError as error:
        # Why, as `signs`, `setup` and a PDF say it: a full disk is not a folder that may not be written.
        if error.strerror:
            raise OutputProblem(OUT_REFUSED_BECAUSE, path=str(path), reason=reason_of(error)) from None
        raise OutputProblem(OUT_REFUSED, path=str(path)) from None
    return path


def csv_text(summary: Summary, lang: str = "en") -> str:
    """One row per category the table knows, with a header row in `lang` and its numbers' style."""
    separator, decimal = csv_dialect(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS.get(lang, CSV_COLUMNS))

    def number(value: float) -> str:
        return f"{value:g}".replace(".", decimal)

    for c in summary.categories:
        writer.writerow([c.key, c.name(lang), c.brought, c.taken, c.still_here, c.lots_piles, c.wants_posted,
                         c.wants_found, number(summary.weights_kg.get(c.key, 0.0)), number(summary.kg_kept(c.key))])
    # Food Not Bombs' numbers, when there are any: a row each, the number in the third column (docs/export.md),
    # the row as wide as the others so a spreadsheet sees one table.
    blanks = [""] * (len(CSV_COLUMNS) - 3)
    if summary.meals_served:
        writer.writerow(["meals_served", MEALS_SERVED_NAME.get(lang, MEALS_SERVED_NAME["en"]), summary.meals_served,
                         *blanks])
    for r in summary.rescued:
        if r.kg:
            writer.writerow([f"food_rescued_kg:{r.source}", f"{r.name(lang)} ({KG_WORD.get(lang, KG_WORD['en'])})",
                             number(r.kg), *blanks])
        if r.pieces:
            writer.writerow([f"food_rescued_pieces:{r.source}",
                             f"{r.name(lang)} ({PIECES_WORD.get(lang, PIECES_WORD['en'])})", r.pieces, *blanks])
    return buffer.getvalue()


def summary_dict(summary: Summary, lang: str = "en") -> dict[str, Any]:
    """The JSON document; every key is listed in docs/export.md."""
    event = summary.event
    rescued = {r.source: r for r in summary.rescued}
    return {
        "format": JSON_FORMAT_NAME,
        "version": SUMMARY_VERSION,
        "language": lang,
        "event": {
            "id": event.id,
            "title": redact_contact(event.title),
            "date": event.date,
            "place": redact_contact(event.place),
            "opened_at": event.opened_at,
            "closed_at": event.closed_at,
            "leftovers": event.leftovers,
            "details_deleted": summary.minimised,
        },
        "totals": {
            "brought": summary.brought,
            "taken": summary.taken,
            "still_here": summary.still_here,
            "lots_piles": summary.lots_piles,
            "wants_posted": summary.wants_posted,
            "wants_found": summary.wants_found,
            "carried_over": summary.carried_over,
            "skills_offered": summary.skills_offered,
            "categories_shared": summary.categories_shared,
            "kg_kept_out_of_bin": summary.kg_kept_total,
        },
        "categories": [
            {
                "key": c.key,
                "name": c.name(lang),
                "is_food": c.is_food,
                "brought": c.brought,
                "taken": c.taken,
                "still_here": c.still_here,
                "lots_piles": c.lots_piles,
                "wants_posted": c.wants_posted,
                "wants_found": c.wants_found,
                "carried_over": c.carried_over,
                "kg_per_thing": summary.weights_kg.get(c.key, 0.0),
                "kg_kept_out_of_bin": summary.kg_kept(c.key),
            }
            for c in summary.categories
        ],
        "timeline": [{"quarter_hour": q.bucket, "brought": q.brought, "taken": q.taken} for q in summary.timeline],
        "meals_served": summary.meals_served,
        "meals_timeline": [{"quarter_hour": at, "plates": plates} for at, plates in summary.meals_timeline],
        # Every kind of source, so days line up; weighed and counted apart (a count is never turned into kg).
        "food_rescued_kg": {source: rescued[source].kg if source in rescued else 0.0 for source in RESCUE_SOURCES},
        "food_rescued_pieces": {source: rescued[source].pieces if source in rescued else 0
                                for source in RESCUE_SOURCES},
    }


def json_text(summary: Summary, lang: str = "en") -> str:
    return json.dumps(summary_dict(summary, lang), ensure_ascii=False, indent=2) + "\n"


def write_csv(summary: Summary, path: Path, lang: str = "en") -> Path:
    # UTF-8 with a byte-order mark, so spreadsheets on every system read the accents right.
    text = csv_text(summary, lang)
    return atomic_write(path, partial(Path.write_text, data=text, encoding="utf-8-sig", newline=""))


def write_json(summary: Summary, path: Path, lang: str = "en") -> Path:
    return atomic_write(path, partial(Path.write_text, data=json_text(summary, lang), encoding="utf-8",
                                      newline=""))


def export_file_name(summary: Summary, fmt: str) -> str:
    """A plain file name for one event's export: commons-table-2026-11-28-event-3.csv"""
    return f"commons-table-{summary.event.date}-event-{summary.event.id}.{fmt}"


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "The format '{format}' is not one of {formats}."),
                           field="format", format=shown(fmt), formats=", ".join(FORMATS))
    return fmt


def export_event(db_path: Path, which: str | int | None, fmt: str, out: Path, lang: str = "en",
                 pdf: Callable[[Summary, Path, str], Path] | None = None) -> Path:
    """The command line's export: one event's summary to one file. `pdf` is the UI's report writer."""
    from kiosk.store import open_market_readonly
    from kiosk.store.summary import read_summary, resolve_event

    check_format(fmt)
    market = open_market_readonly(db_path, copy=False)  # the file itself, read-only: memory flat in its size
    try:
        # Only the PDF lists the leftovers thing by thing; CSV and JSON hold totals (memory flat in the table's size).
        summary = read_summary(market, resolve_event(market, which), leftovers=fmt == "pdf")
    finally:
        market.close()
    if fmt == "csv":
        return write_csv(summary, out, lang)
    if fmt == "json":
        return write_json(summary, out, lang)
    if pdf is None:
        raise VisitorError(QT_TRANSLATE_NOOP("kiosk", "PDF export needs the kiosk's display part, which is not "
                                                      "available."), field="format")
    return pdf(summary, out, lang)
