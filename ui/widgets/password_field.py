"""The staff password: a masked field typed on an on-screen keyboard, cleared once sent."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout

from ui.texts import tr
from ui.widgets.keyed_entry import KeyedEntry, key

_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm_.@")
_KEY_WIDTH = 60  # a fingertip, as every key (ui/style.py's TOUCH_TARGET)
_SIDE_WIDTH = 120


class PasswordField(KeyedEntry):
    """Emits `entered(password)`; keeps nothing afterwards."""

    def __init__(self) -> None:
        super().__init__("staff_password", "staff_password", _SIDE_WIDTH)
        self.setObjectName("password_field")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen host has margins
        layout.addWidget(self.edit)
        grid = QGridLayout()
        grid.setSpacing(4)
        self._letters: list[QPushButton] = []
        for row, characters in enumerate(_ROWS):
            for column, character in enumerate(characters):
                typing = self.typing_key(character, f"password_key_{ord(character):x}",
                                         _KEY_WIDTH)
                if character.isalpha():
                    self._letters.append(typing)
                grid.addWidget(typing, row, column)
        # Capitals: a facility may choose a password with some.
        self.shift = key("", "password_shift", _SIDE_WIDTH)
        self.shift.setCheckable(True)
        self.shift.toggled.connect(self._shift)
        grid.addWidget(self.back_key, 0, 10)
        grid.addWidget(self.shift, 1, 10)
        grid.addWidget(self.ok_key, 2, 10, 2, 1)
        layout.addLayout(grid)
        self.retranslate()

    @property
    def ok(self) -> QPushButton:
        """The OK key."""
        return self.ok_key

    def retranslate(self) -> None:
        """Labels in the current language."""
        super().retranslate()
        self.edit.setPlaceholderText(tr("施設のパスワード"))
        self.shift.setText("abc" if self.shift.isChecked() else "ABC")

    def clear(self) -> None:
        """Forget what was typed, back to small letters."""
        super().clear()
        self.shift.setChecked(False)

    def _shift(self, capitals: bool) -> None:
        for letter in self._letters:
            letter.setText(letter.text().upper() if capitals else letter.text().lower())
        self.shift.setText("abc" if capitals else "ABC")

    def _send(self) -> None:
        password = self.edit.text()
        self.clear()
        if password:
            self.entered.emit(password)
