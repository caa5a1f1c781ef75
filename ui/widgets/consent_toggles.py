"""One agree / do-not-agree pair per consent category."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ui.texts import category_text, tr
from ui.widgets.wrap_button import WrapButton


class ConsentToggles(QWidget):
    """Shows the choices; emits `changed(category, agree)` when one is touched."""

    changed = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consent_toggles")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)  # the screen host has margins

    def show_choices(self, choices: dict[str, bool]) -> None:
        """Rebuild the rows for these categories and answers."""
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for row, (category, agreed) in enumerate(choices.items()):
            self._grid.addWidget(QLabel(category_text(category), wordWrap=True), row, 0)
            for column, (label, value) in enumerate(((tr("同意する"), True),
                                                     (tr("同意しない"), False)), 1):
                button = WrapButton(label, f"consent_{category}_{value}".lower())
                button.setCheckable(True)
                button.setChecked(agreed is value)
                button.clicked.connect(lambda _=False, c=category, v=value:
                                       self.changed.emit(c, v))
                self._grid.addWidget(button, row, column)
