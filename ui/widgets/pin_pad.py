"""A PIN pad with large keys; the digits are masked, never spoken, and cleared once sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.texts import tr
from ui.widgets.wrap_button import WrapButton

PIN_LENGTH = 4
_KEY_WIDTH = 88  # three keys and their spacing fit a 390-pixel phone
_KEY_HEIGHT = 60  # the height a touch target needs; four rows leave room for the text


class PinPad(QWidget):
    """Emits `entered(pin)` when four digits are confirmed; keeps nothing afterwards."""

    entered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._digits: list[str] = []
        self.setObjectName("pin_pad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen host has margins
        self.display = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.display.setObjectName("pin_display")
        self.display.setAccessibleName("PIN")
        layout.addWidget(self.display)
        grid = QGridLayout()
        # Keypad order as on bank terminals: 1-2-3 on top.
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        # Wrapping: "Corrigir" and "Confirmar" must fit a phone's third of a row.
        self.clear_key = WrapButton("", "pin_clear", _KEY_WIDTH)
        self.clear_key.clicked.connect(self.clear)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok_key = WrapButton("", "pin_ok", _KEY_WIDTH)
        self.ok_key.clicked.connect(self._confirm)
        grid.addWidget(self.ok_key, 3, 2)
        for word_key in (self.clear_key, self.ok_key):  # as high as the digits, as a keypad
            word_key.setFixedHeight(_KEY_HEIGHT)
        # Every column as wide as the others: a uniform keypad, whatever each key's label.
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.retranslate()
        self._show()

    def _key(self, digit: str) -> QPushButton:
        key = QPushButton(digit, objectName=f"pin_key_{digit}")
        key.setMinimumWidth(_KEY_WIDTH)
        # Exactly this high, in any type size: the sentences above keep their room.
        key.setFixedHeight(_KEY_HEIGHT)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(lambda: self._press(digit))
        return key

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.clear_key.setText(tr("訂正"))
        self.ok_key.setText(tr("確定"))

    def clear(self) -> None:
        """Forget every digit typed."""
        self._digits.clear()
        self._show()

    def _press(self, digit: str) -> None:
        if len(self._digits) < PIN_LENGTH:
            self._digits.append(digit)
        self._show()

    def _confirm(self) -> None:
        if len(self._digits) != PIN_LENGTH:
            return
        pin = "".join(self._digits)
        self.clear()  # nothing of the PIN stays in the widget
        self.entered.emit(pin)

    def _show(self) -> None:
        self.display.setText(" ".join("●" if i < len(self._digits) else "○"
                                      for i in range(PIN_LENGTH)))
        self.ok_key.setEnabled(len(self._digits) == PIN_LENGTH)
