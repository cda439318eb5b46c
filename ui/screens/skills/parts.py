"""What the skills-share screens share: labels, chips, the QR code view, the when-words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.skills import Gathering
from kiosk.store import skills as skill_store
from ui.printing.painter import draw_qr
from ui.translators import comma_joined
from ui.widgets import button

if TYPE_CHECKING:
    from ui.host import Host


def chip(icon_name: str | None = None) -> QPushButton:
    """A toggle with a pictogram that turns white with the button when chosen."""
    b = button(icon_name)
    b.setCheckable(True)
    return b


def gathering_of(window: Host) -> Gathering | None:
    return window.attempt(skill_store.gathering, window.market)


class QrView(QWidget):
    """A QR code painted as vector modules by the sign painter, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.payload = ""
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self.update()

    def code_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        square = QRectF(0, 0, side, side)
        square.moveCenter(QRectF(self.rect()).center())
        return square

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.payload:
            return
        painter = QPainter(self)
        draw_qr(painter, self.code_rect(), self.payload)
        painter.end()


def when_text(when: tuple[str, ...]) -> str:
    """The when-chips' words in the kiosk's language (one context for every skills screen)."""
    names = {"weekday_evenings": QCoreApplication.translate("SkillsScreen", "weekday evenings"),
             "weekends": QCoreApplication.translate("SkillsScreen", "weekends"),
             "at_skills_share": QCoreApplication.translate("SkillsScreen", "at the skills-share")}
    return comma_joined([names.get(w, w) for w in when])
