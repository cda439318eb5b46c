"""The short lists' model (wants, offers) on its own, with no view: its rows and its named roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain import Want
from ui.lists import Role, RowsModel


def test_rows_model_answers_its_named_roles(qtbot):
    wants = [Want(id=1, event_id=1, category_key="books", title="a cookbook"),
             Want(id=2, event_id=1, category_key="clothes", title="", size="M")]
    model: RowsModel[Want] = RowsModel(lambda want: want.title or want.category_key)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(iter(wants))  # any iterable of rows, kept as a list
    assert resets == [True] and model.rowCount() == 2
    second = model.index(1)
    assert second.data(Role.ROW) is wants[1]
    assert second.data(Role.ROW) is second.data(Qt.ItemDataRole.UserRole + 1)  # Qt sees the number
    assert second.data() == second.data(Qt.ItemDataRole.AccessibleTextRole) == "clothes"
    assert model.index(0).data() == "a cookbook"
    assert second.data(Role.DETAIL) is None and model.index(5).data(Role.ROW) is None
