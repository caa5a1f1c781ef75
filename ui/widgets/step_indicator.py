"""A row of numbered steps: those done, the current one (filled), those to come."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget


class StepIndicator(QWidget):
    """Shows `1 カード › 2 本人確認 › ...`; hidden when a screen is no step of the task."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("steps")
        # Its own height always: a tall screen below must not squeeze the row.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._labels: list[QLabel] = []
        self.hide()

    def show_step(self, labels: list[str] | None, current: int = 0) -> None:
        """Show the steps `labels` with `current` (0-based) marked; hide for None."""
        if labels is None:
            self.hide()
            return
        while len(self._labels) < len(labels):
            label = QLabel(objectName="step")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._labels.append(label)
            self._row.addWidget(label, 1)
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(labels))
            if index >= len(labels):
                continue
            label.setText(f"{index + 1}  {labels[index]}")
            state = "current" if index == current else ("done" if index < current else "todo")
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
        self.show()

    @property
    def current(self) -> str | None:
        """The current step's label, if shown (tests, the glyph check)."""
        for label in self._labels:
            if label.isVisible() and label.property("state") == "current":
                return label.text()
        return None
