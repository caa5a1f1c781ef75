"""A text field typed on on-screen keys: a touch terminal has no keyboard.

A hardware keyboard (or a scanner that types) works in the field too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from ui.texts import tr
from ui.widgets.wrap_button import WrapButton

# Keys are touch targets: at least 60 px high, as every button a person touches.
KEY_HEIGHT = 60


def key(text: str, name: str, width: int) -> QPushButton:
    """One on-screen key that leaves the cursor in the field."""
    button = QPushButton(text, objectName=name)
    button.setMinimumSize(width, KEY_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the cursor
    return button


class KeyedEntry(QWidget):
    """A text field typed on on-screen keys, with backspace and OK keys; emits `entered`.

    The text stays for correcting until the screen changes (`clear`), and can be handed
    back (`set_text`). `prefix` names the keys (`{prefix}_ok`, `{prefix}_backspace`)."""

    entered = Signal(str)

    def __init__(self, name: str, prefix: str, key_width: int) -> None:
        super().__init__()
        self.setObjectName(f"{name}_entry")
        self.edit = QLineEdit(objectName=f"{name}_edit")
        self.edit.setMinimumHeight(KEY_HEIGHT)
        self.edit.returnPressed.connect(self._send)
        self.back_key = WrapButton("", f"{prefix}_backspace", key_width)
        self.back_key.setMinimumHeight(KEY_HEIGHT)
        self.back_key.clicked.connect(self.edit.backspace)
        self.ok_key = WrapButton("", f"{prefix}_ok", key_width)
        self.ok_key.setMinimumHeight(KEY_HEIGHT)
        self.ok_key.setProperty("primary", True)
        self.ok_key.clicked.connect(self._send)

    def typing_key(self, text: str, name: str, width: int) -> QPushButton:
        """A key that types `text` into the field."""
        button = key(text, name, width)
        button.clicked.connect(lambda _=False: self.edit.insert(button.text()))
        return button

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.back_key.setText(tr("訂正"))
        self.ok_key.setText(tr("確定"))

    def clear(self) -> None:
        """Forget what was typed."""
        self.edit.clear()

    def set_text(self, text: str) -> None:
        """Put a text back for correcting."""
        self.edit.setText(text)

    def type_text(self, text: str) -> None:
        """Type `text` as the keys do (tests, scanners)."""
        self.edit.insert(text)

    def _send(self) -> None:
        self.entered.emit(self.edit.text())
