"""Steward area → Print signs: choose what, paper and languages; see page one; print it or save a PDF."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.catalog import LANGUAGE_NAMES, LANGUAGES, RIGHT_TO_LEFT
from kiosk.errors import QT_TRANSLATE_NOOP  # typed: it returns the words (Qt's stub says object)
from kiosk.paths import default_db_path
from kiosk.settings import PAPER, SIGN_CATEGORIES, SIGN_CHOSEN_CATEGORIES, SIGN_LANGUAGES, WELCOME_TEXT
from kiosk.store import carry_over
from ui import theme
from ui.drives import removable_volumes
from ui.flow import Step
from ui.printing import print_dialog
from ui.printing.every_page import EveryPage
from ui.printing.kinds import ALL, Kind, after_printing, chosen, load_kinds
from ui.printing.output import NoPageChosen, RenderFn, print_to, render_image, write_pdf
from ui.printing.painter import MARGIN_MM, page_layout
from ui.printing.printers import Painted, PrinterLink, paint_for
from ui.printing.signs import (
    DEFAULT_WELCOME,
    SignJob,
    Words,
    document,
    page_count,
    sign_languages,
)
from ui.printing.spool import job_title, purge_when_done
from ui.saving import save_painted
from ui.translators import said_reason
from ui.widgets import (
    FitGrid,
    Screen,
    back_row,
    button,
    horizontal,
    isolated,
    label,
    scroll_page,
    set_words,
    text_field,
    vertical,
)

if TYPE_CHECKING:
    from ui.host import Host, Installer

PREVIEW_DPI = 40
# Where USB sticks and SD cards appear when plugged in (udisks, desktop automounters, Raspberry Pi OS).


def removable_folders() -> list[Path]:
    """Writable drives plugged in (a USB stick), the first one first."""
    return [folder for _, folder in removable_volumes()]


def choice(icon_name: str) -> QPushButton:
    b = button(icon_name)
    b.setCheckable(True)
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return b


class SignsScreen(Screen):
    open_button: QPushButton  # its button on the steward page (ui.steward_tools)

    def __init__(self, window: Host):
        super().__init__()
        self.window_ = window
        self.kinds = load_kinds()
        self.langs: list[str] = []
        self.page_count = 0
        self._image = QPixmap()
        self.last_saved: Path | None = None

        self.outer = outer = horizontal(self, theme.SIGNS_PAGE, theme.GAP_SECTION)
        body = QWidget()
        outer.addWidget(scroll_page(body), 4)
        column = vertical(body, theme.SCROLL_ROOM, theme.GAP_COLUMN)

        top, self.back, self.heading = back_row(lambda: self.window_.go(Step.STEWARD), wrap=True)
        column.addLayout(top)

        self.kind_label = label("Subtitle", wrap=False, into=column)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        for key, icon_name in [*((k.key, k.icon) for k in self.kinds.values()), (ALL, "mdi6.printer-pos")]:
            b = choice(icon_name)
            b.setProperty("kind", key)
            self.kind_group.addButton(b)
            self.kind_buttons[key] = b
        # Every row of choices takes as many columns as leave each button its words whole (FitGrid).
        self.kind_grid = FitGrid(list(self.kind_buttons.values()), 2)
        self.kind_group.buttonClicked.connect(self._kind_chosen)
        column.addWidget(self.kind_grid)

        self.scope_label = label("Subtitle", wrap=False, into=column)
        self.scope_group = QButtonGroup(self)
        self.scope_in_use = choice("mdi6.table-furniture")
        self.scope_all = choice("mdi6.shape")
        self.scope_chosen = choice("mdi6.checkbox-multiple-marked")
        for b, key in ((self.scope_in_use, "in_use"), (self.scope_all, "all"), (self.scope_chosen, "chosen")):
            b.setProperty("scope", key)
            self.scope_group.addButton(b)
        self.scope_row = FitGrid([self.scope_in_use, self.scope_all, self.scope_chosen], 3)
        self.scope_group.buttonClicked.connect(self._scope_chosen)
        column.addWidget(self.scope_row)
        # With "Pick": one toggle per category, pictogram and name.
        self.pick_box = FitGrid([], 2, theme.GAP_GRID)
        self.pick_buttons: dict[str, QPushButton] = {}
        column.addWidget(self.pick_box)

        self.paper_label = label("Subtitle", wrap=False, into=column)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: dict[str, QPushButton] = {}
        for key in ("a4", "letter"):
            b = choice("mdi6.file-outline")
            b.setProperty("paper", key)
            self.paper_group.addButton(b)
            self.paper_buttons[key] = b
        self.paper_group.buttonClicked.connect(self._paper_chosen)
        column.addWidget(FitGrid(list(self.paper_buttons.values()), 2))

        self.lang_label = label("Subtitle", into=column)
        self.lang_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            b = choice("mdi6.translate")
            set_words(b, LANGUAGE_NAMES.get(lang, lang))
            b.clicked.connect(lambda _=False, lang=lang: self._toggle_language(lang))
            self.lang_buttons[lang] = b
        column.addWidget(FitGrid(list(self.lang_buttons.values()), 4))

        self.welcome_box = QWidget()
        welcome = vertical(self.welcome_box, theme.FLUSH)
        self.welcome_label = label("Subtitle", into=welcome)
        self.welcome_edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = text_field(200, clear=False)
            # Each holds one language's words: it reads that language's way, whatever the steward's page's.
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT
                                    else Qt.LayoutDirection.LeftToRight)
            edit.setMinimumHeight(64)
            self.welcome_edits[lang] = edit
            welcome.addWidget(edit)
        self.save_words = button("mdi6.content-save", "Primary", clicked=self._save_welcome)
        self.default_words = button("mdi6.restore", clicked=self._restore_welcome)
        welcome.addWidget(FitGrid([self.save_words, self.default_words], 2))
        column.addWidget(self.welcome_box)
        column.addStretch(1)

        side = vertical(spacing=theme.GAP)
        self.preview = label("SignPreview", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumSize(160, 48)
        self.preview.installEventFilter(self)  # drawn again at its new size whenever the layout resizes it
        self.pages_label = label(wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.print_button = button("mdi6.printer", "Primary", clicked=self._print)
        self.every_page_button = button("mdi6.file-eye-outline", clicked=self._show_every_page)
        self.other_printer_button = button("mdi6.printer-settings", clicked=self._print_with_dialog)
        self.save_button = button("mdi6.file-pdf-box", clicked=self._save_pdf)
        # Qt's preview of every page: built in the idle time after this screen is painted, kept while it is on show
        # (its pages painted again only after a choice changed), let go when the steward leaves (_let_go_of_pages).
        self.preview_dialog: EveryPage | None = None
        self.pages_current = False  # the dialog holds the pages of the choices on show
        self._dialog_shown = False  # it has been shown (Qt paints a dialog's pages itself on its first show)
        self._lent: list[QPrinter] = []  # a dialog only borrows its printer: each is kept until its dialog is gone
        self._dialog_build = QTimer(self)
        self._dialog_build.setSingleShot(True)
        self._dialog_build.setInterval(0)
        self._dialog_build.timeout.connect(self._ask_for_preview_printer)
        self._open_when_built = False  # All pages was tapped before the preview was built
        # Two by two, so that the preview keeps its room on a 7" screen; words that do not fit go on two lines.
        self.print_row = FitGrid([self.print_button, self.save_button, self.every_page_button,
                                self.other_printer_button], 2)
        # The buttons first: Print is never pushed off a 7" screen; the preview takes the room that is left.
        side.addWidget(self.print_row)
        side.addWidget(self.preview, 1)
        side.addWidget(self.pages_label)
        outer.addLayout(side, 3)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        self.kind = "categories"
        self.paper = "a4"
        self.scope = "in_use"
        # The default printer is looked up on the printers' thread (CUPS may be slow or stopped): from now on,
        # when the screen is entered, now and then while it shows, and after each print; shown when it answers.
        self.printer = PrinterLink(self, self.window_.tell)
        self.printer.changed.connect(self._show_printer)
        self.printer.look_up()

    # ----- words ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        print_dialog.language_changed(self)  # Qt's print dialog, if open, is cancelled: it speaks the old one
        self.heading.setText(self.tr("Print signs"))
        set_words(self.back, self.tr("Stewards"))
        self.kind_label.setText(self.tr("What to print"))
        for key, b in self.kind_buttons.items():
            title = self.tr("Everything") if key == ALL else QCoreApplication.translate("Signs",
                                                                                          self.kinds[key].title)
            set_words(b, title)
        self.scope_label.setText(self.tr("Which categories"))
        set_words(self.scope_in_use, self.tr("Those on the table"))
        set_words(self.scope_all, self.tr("All categories"))
        set_words(self.scope_chosen, self.tr("Pick"))
        self._fill_picks()
        self.paper_label.setText(self.tr("Paper"))
        set_words(self.paper_buttons["a4"], self.tr("A4"))
        set_words(self.paper_buttons["letter"], self.tr("US Letter"))
        self.lang_label.setText(self.tr("Languages (one or two; the first chosen is the biggest)"))
        self.welcome_label.setText(self.tr("Words on the welcome sign"))
        for lang, edit in self.welcome_edits.items():
            name = LANGUAGE_NAMES.get(lang, lang)
            edit.setAccessibleName(self.tr("Welcome words in %1").replace("%1", name))
            edit.setPlaceholderText(Words(lang).translate("Signs", DEFAULT_WELCOME))
        set_words(self.save_words, self.tr("Save words"))
        set_words(self.default_words, self.tr("Usual words"))
        self._show_printer()
        set_words(self.every_page_button, self.tr("All pages"), self.tr("A preview of every page"))
        if self.preview_dialog is not None:
            self.preview_dialog.retranslate()
        set_words(self.other_printer_button, self.tr("Printers…"), self.tr("Another printer or paper"))
        set_words(self.save_button, self.tr("Save PDF"))
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self._show_page_count()
        for grid in self.findChildren(FitGrid):  # new words: as many columns as leave them whole
            grid.arrange()

    def _show_printer(self) -> None:
        self.printer.show_on(self.print_button)
        # Qt's print dialog asks CUPS on this thread: offered only while CUPS answers the printers' thread.
        self.other_printer_button.setEnabled(self.printer.known is not None and not self.printer.slow)
        self.print_row.arrange()
        if self.preview_dialog is None and self.isVisible():
            self._dialog_build.start()  # Qt's preview waits for an answer from CUPS (_ask_for_preview_printer)

    def _show_page_count(self) -> None:
        self.pages_label.setText(self.tr("%n page(s)", "", self.page_count))

    # ----- state ---------------------------------------------------------------------------------------

    def entered(self) -> None:
        market = self.window_.market
        self.window_.attempt(carry_over.finish, market)  # signs show what is here once it is all carried over (rare)
        self.langs = list(self.window_.attempt(sign_languages, market, self.window_.lang) or (self.window_.lang,))
        self.scope = self.window_.attempt(market.setting, SIGN_CATEGORIES) or SIGN_CATEGORIES.default
        paper = self.window_.attempt(market.setting, PAPER) or PAPER.default
        self.paper = paper if paper in self.paper_buttons else "a4"
        saved = self.window_.attempt(market.setting, WELCOME_TEXT) or {}
        for lang, edit in self.welcome_edits.items():
            edit.setText(saved.get(lang, "") if isinstance(saved, dict) else "")
        self._show_choices()
        self.pages_current = False
        self.refresh_preview()
        self.printer.look_up()

    def under_way(self) -> bool:
        return self.printer.under_way()

    def finish_button(self) -> QAbstractButton | None:
        return self.print_button

    def reset(self) -> None:
        self._refresh_timer.stop()
        self.kind = "categories"
        for edit in self.welcome_edits.values():
            edit.clear()

    def prepare_screenshot(self) -> None:
        self.kind = "welcome"

    def _show_choices(self) -> None:
        self.kind_buttons[self.kind].setChecked(True)
        self.paper_buttons[self.paper].setChecked(True)
        {"all": self.scope_all, "chosen": self.scope_chosen}.get(self.scope, self.scope_in_use).setChecked(True)
        picked = set(self.window_.attempt(self.window_.market.setting, SIGN_CHOSEN_CATEGORIES) or [])
        for key, b in self.pick_buttons.items():
            b.setChecked(key in picked)
        for lang, b in self.lang_buttons.items():
            b.setChecked(lang in self.langs)
        with_categories = self.kind in ("categories", "tents", ALL)
        for widget in (self.scope_label, self.scope_row):
            widget.setVisible(with_categories)
        self.pick_box.setVisible(with_categories and self.scope == "chosen")
        self.welcome_box.setVisible(self.kind in ("welcome", ALL))
        for lang, edit in self.welcome_edits.items():
            edit.setVisible(lang in self.langs)

    def _kind_chosen(self, b: QAbstractButton) -> None:
        self.kind = b.property("kind")
        self._changed()

    def _scope_chosen(self, b: QAbstractButton) -> None:
        self.scope = b.property("scope")
        self.window_.attempt(self.window_.market.set_setting, SIGN_CATEGORIES, self.scope)
        self._changed()

    def _fill_picks(self) -> None:
        categories = self.window_.attempt(self.window_.market.categories) or []
        for category in categories:
            b = self.pick_buttons.get(category.key)
            if b is None:
                b = choice(category.icon)
                b.clicked.connect(self._pick_toggled)
                self.pick_buttons[category.key] = b
                self.pick_box.add(b)
            set_words(b, category.name(self.window_.lang))

    def _pick_toggled(self) -> None:
        picked = [key for key, b in self.pick_buttons.items() if b.isChecked()]
        self.window_.attempt(self.window_.market.set_setting, SIGN_CHOSEN_CATEGORIES, picked)
        self._changed()

    def _paper_chosen(self, b: QAbstractButton) -> None:
        self.paper = b.property("paper")
        self.window_.attempt(self.window_.market.set_setting, PAPER, self.paper)
        self._changed()

    def _toggle_language(self, lang: str) -> None:
        if lang in self.langs:
            if len(self.langs) > 1:  # a sign needs at least one language
                self.langs.remove(lang)
        else:
            self.langs = (self.langs + [lang])[-2:]
        self.window_.attempt(self.window_.market.set_setting, SIGN_LANGUAGES, self.langs)
        self._changed()

    def _save_welcome(self) -> None:
        saved = self.window_.attempt(self.window_.market.setting, WELCOME_TEXT) or {}
        saved = dict(saved) if isinstance(saved, dict) else {}
        for lang in self.langs:
            text = " ".join(self.welcome_edits[lang].text().split())
            if text:
                saved[lang] = text
            else:
                saved.pop(lang, None)
        if self.window_.attempt(self.window_.market.set_setting, WELCOME_TEXT, saved) is not None:
            self._changed()
            self.window_.tell(self.tr("Saved. The welcome sign shows the new words."))

    def _restore_welcome(self) -> None:
        for lang in self.langs:
            self.welcome_edits[lang].clear()
        self._save_welcome()

    def _changed(self) -> None:
        self._show_choices()
        self.pages_current = False  # the store changes under this screen only by its own choices (and entered())
        self._refresh_timer.start()

    # ----- painting ------------------------------------------------------------------------------------

    def job(self) -> SignJob:
        return SignJob(self.window_.market, tuple(self.langs), self.scope, from_window=True)

    def refresh_preview(self) -> None:
        kinds, job = chosen(self.kind), self.job()
        render, orientation = document(kinds, job)
        # Page one is painted; the others only when their count needs them laid out (not the category signs').
        image, self.page_count = render_image(render, self.paper, orientation, PREVIEW_DPI * 2,
                                              pages=page_count(kinds, job))
        self._image = QPixmap.fromImage(image)
        self._show_preview()
        self._show_page_count()

    def _show_preview(self) -> None:
        if self._image.isNull() or self.preview.width() < 10:
            return
        self.preview.setPixmap(self._image.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow screen shares its width evenly, so that the printing buttons keep their words.
        wide = self.width() >= theme.WIDER
        self.outer.setStretch(0, 4 if wide else 1)
        self.outer.setStretch(1, 3 if wide else 1)
        QTimer.singleShot(0, self, self._show_preview)  # not after the screen is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.preview and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._show_preview)  # not after the screen is deleted
        return False

    def _after_printing(self, kinds: list[Kind], job: SignJob) -> None:
        after_printing(kinds, job)  # e.g. skill cards: contacts asked to be forgotten once printed
        self.pages_current = False  # so the preview kept shows them gone too

    def _printer(self, name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if name:
            printer.setPrinterName(name)
        printer.setDocName(self.tr("Commons Table signs"))
        return printer

    def _print(self) -> None:
        """One tap: the pages painted here (our own painting) and handed to the default printer on the printers'
        thread; the steward told when it has them, or that it does not answer."""
        known = self.printer.known
        if known is None:  # the button is off until CUPS answers
            return
        if not known.name:
            self._print_with_dialog()
            return
        self._send_pages(lambda render, orientation, title:
                         paint_for(known, render, self.paper, orientation, title, MARGIN_MM))

    def _send_pages(self, paint: Callable[[RenderFn, str, str], Painted], printer: str = "") -> None:
        """The chosen signs painted by `paint(render, orientation, title)` into a PDF here and handed to `printer`
        (else the default one) on the printers' thread; skill cards with contacts purged from CUPS and their
        contacts forgotten once it has them. The one way pages go to a printer from this screen."""
        if self.printer.sending is not None:
            self.window_.tell(self.tr("The pages from before are still on their way to the printer. Please wait "
                                      "until they are sent."))
            return
        kinds, job = chosen(self.kind), self.job()
        render, orientation = document(kinds, job)
        title = self.tr("Commons Table signs")
        to_purge = self._carries_contacts(kinds)
        if to_purge:  # skill cards carry contacts: a job CUPS is asked to purge once printed (spool.py)
            title = job_title(title)
        try:
            painted = paint(render, orientation, title)
        except NoPageChosen as nothing:  # a page range in Qt's dialog past the last page
            self.window_.tell(self.tr("These signs have %n page(s): please choose pages among them.", "",
                                      nothing.pages), problem=True)
            return
        except OSError:
            self._not_taken()
            return
        self.window_.tell(self.tr("Sending to the printer…"))
        self.printer.send(painted, lambda _job: self._sent(painted, kinds, job, to_purge),
                          lambda problem: self._not_taken(problem), self._printer_late, printer)
        self.printer.look_up()  # for next time: it may have changed

    def _carries_contacts(self, kinds: list[Kind]) -> bool:
        return any(k.key == "skill-cards" for k in kinds) and \
            any(o.contact for o in self.window_.attempt(self.window_.market.skill_offers) or [])

    def _sent(self, painted: Painted, kinds: list[Kind], job: SignJob, to_purge: bool) -> None:
        if to_purge:
            purge_when_done(painted.title)
        self._after_printing(kinds, job)
        self.printer.say(self.tr("Sent %n page(s) to the printer.", "", painted.pages))

    def _not_taken(self, problem: Exception | None = None) -> None:
        self.printer.say(self.tr("The printer did not take the pages. Is it switched on and connected?"), problem=True)

    def _printer_late(self) -> None:
        self.printer.say(self.tr("The printer is not answering yet, so the pages are still waiting to be sent. "
                                 "They may print later, when it answers: please check the printer before printing "
                                 "again."), problem=True)

    def _print_with_dialog(self) -> None:
        self.printer.with_qt(self._open_print_dialog)

    def _open_print_dialog(self) -> None:
        """Qt's print dialog over this screen; its choices read once answered (_print_as_chosen)."""
        print_dialog.ask(self, self.printer.known.name if self.printer.known else "", self.tr("Print signs"),
                         self.tr("Commons Table signs"), self._print_as_chosen, self.page_count,
                         page_layout(self.paper, "portrait").pageSize())

    def _print_as_chosen(self, choice: print_dialog.DialogChoice | None) -> None:
        """The pages painted here with the steward's choices in Qt's dialog and sent as Print sends them (never
        painted on the dialog's QPrinter: its CUPS engine would wait on cupsd on this thread)."""
        if choice is None:
            return
        if not choice.printer:
            self._not_taken()
            return
        self._send_pages(lambda render, orientation, title:
                         print_dialog.paint_for_choice(choice, render, orientation, title, MARGIN_MM), choice.printer)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        super().paintEvent(event)
        if self.preview_dialog is None:
            self._dialog_build.start()  # on the glass: Qt's preview is built after this frame, ahead of "All pages"

    def hideEvent(self, event: QHideEvent) -> None:  # Qt's name
        self._dialog_build.stop()
        self._open_when_built = False
        self._let_go_of_pages()  # the steward left: nothing of the preview stays alive behind the screen
        super().hideEvent(event)

    def _ask_for_preview_printer(self) -> None:
        """Qt's preview needs a QPrinter, and making one asks CUPS (its default printer, its PPD) on this thread —
        PySide6 keeps Python's lock meanwhile, so no other thread can make it for us. So it is made only while CUPS
        has just answered the printers' thread and is asked nothing else; else once it has (_show_printer)."""
        link = self.printer
        if self.preview_dialog is not None or not self.isVisible() or link.known is None or link.asking or \
                link.sending is not None:
            return
        self._every_page_dialog(self._printer(link.known.name))

    def _every_page_dialog(self, printer: QPrinter) -> None:
        """The preview of every page, its Print this screen's own; built once a visit."""
        dialog = EveryPage(printer, self, self._paint_every_page, self._print)
        self._lent.append(printer)
        dialog.destroyed.connect(lambda: self._lent.remove(printer))
        self.preview_dialog = dialog
        self.pages_current = self._dialog_shown = False
        if self._open_when_built:
            self._show_every_page()

    def _show_every_page(self) -> None:
        """The preview of every page, as big as the window. The pages are painted when the dialog first shows and
        again only when a choice has changed since."""
        self._dialog_build.stop()
        dialog = self.preview_dialog
        self._open_when_built = dialog is None
        if dialog is None:  # shown once CUPS has answered (_ask_for_preview_printer)
            self._ask_for_preview_printer()
            return
        if not self.pages_current:
            dialog.printer().setPageSize(page_layout(self.paper, chosen(self.kind)[0].orientation).pageSize())
        dialog.show_from_the_top(self.window().size(), paint_again=self._dialog_shown and not self.pages_current)
        self.pages_current = self._dialog_shown = True

    def _paint_every_page(self, printer: QPrinter) -> None:
        render, orientation = document(chosen(self.kind), self.job())
        print_to(printer, render, None, orientation)

    def _let_go_of_pages(self) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def save_folder(self) -> tuple[Path, bool]:
        """(where PDFs go, whether on a removable drive): a USB stick if one is in, else beside the data."""
        sticks = removable_folders()
        if sticks:
            return sticks[0], True
        return (self.window_.market.path or default_db_path()).parent / "signs", False

    def _save_pdf(self) -> None:
        if self._carries_contacts(chosen(self.kind)):
            # A file outlives the market (a USB stick cannot be wiped at close): contacts go only to paper.
            self.window_.tell(self.tr("Skill cards carry people's contacts, so they are only printed, never "
                                      "saved as a file. Please use Print."))
            return
        folder, removable = self.save_folder()
        name = f"signs-{self.kind}-{self.paper}-{self.window_.market.clock().date().isoformat()}.pdf"
        kinds, job = chosen(self.kind), self.job()
        render, orientation = document(kinds, job)

        def saved(path: Path, pages: int) -> None:
            self.last_saved = path
            self._after_printing(kinds, job)
            if removable:
                text = self.tr("Saved %n page(s) on the USB drive as %1.", "", pages)
            else:
                text = self.tr("Saved %n page(s) as %1 (no USB drive is plugged in).", "", pages)
            self.window_.tell(text.replace("%1", isolated(str(path))))

        save_painted(self.save_button, folder, name,
                     partial(write_pdf, render=render, paper=self.paper, orientation=orientation,
                             title=self.tr("Commons Table signs")),
                     saved, partial(self._not_saved, folder))

    def _not_saved(self, folder: Path, error: Exception) -> None:
        reason = said_reason(error) if isinstance(error, OSError) else str(error)
        self.window_.tell(self.tr("The PDF could not be saved in %1 (%2).").replace("%1", isolated(str(folder)))
                          .replace("%2", reason), problem=True)


def install(window: Installer) -> None:
    from ui.steward_tools import steward_tool

    steward_tool(window, Step.SIGNS, lambda: SignsScreen(window), "mdi6.printer", "SignsScreen",
                 QT_TRANSLATE_NOOP("SignsScreen", "Print signs"),
                 QT_TRANSLATE_NOOP("SignsScreen", "Signs for the tables, on paper or as a PDF"))

