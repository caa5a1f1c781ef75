"""The six languages, each written in itself, under the question asked in each of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.texts import LANGUAGE_NAMES, LANGUAGE_PROMPTS


class LanguageGrid(QWidget):
    """Emits `chosen(code)`; `ask_in(current)` shows the question in the other languages
    (the screen's title asks it in the current one)."""

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("language_grid")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen host has margins
        self.prompts: dict[str, QLabel] = {}
        for code, prompt in LANGUAGE_PROMPTS.items():
            label = QLabel(prompt, objectName=f"language_prompt_{code}",
                           alignment=Qt.AlignmentFlag.AlignCenter)
            label.setProperty("language_prompt", True)  # one style for the six
            self.prompts[code] = label
            layout.addWidget(label)
        layout.addStretch(1)
        grid = QGridLayout()
        layout.addLayout(grid)
        for index, (code, name) in enumerate(LANGUAGE_NAMES.items()):
            button = QPushButton(name, objectName=f"language_{code}")
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            grid.addWidget(button, index // 2, index % 2)

    def ask_in(self, current: str) -> None:
        """Show the question in every language but `current`."""
        for code, label in self.prompts.items():
            label.setVisible(code != current)
