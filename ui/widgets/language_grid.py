"""The six languages, each written in itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.texts import LANGUAGE_NAMES


class LanguageGrid(QWidget):
    """Emits `chosen(code)`."""

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("language_grid")
        grid = QGridLayout(self)
        for index, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            button = QPushButton(name, objectName=f"language_{code}")
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            grid.addWidget(button, index // 2, index % 2)
