"""The photo booth's entry widgets: the 23-digit application ID keypad and the e-mail field
with its on-screen keyboard; and the screen host that shows them.

A hardware keyboard (or a scanner that types) works in both fields too, so the flow, not
the widget, says what is wrong with what was entered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from kiosk.flows import inputs as ev
from ui.screen_host import ScreenHost
from ui.texts import fill, tr
from ui.view import View
from ui.widgets.keyed_entry import KeyedEntry

ID_LENGTH = 23
_ID_MAX = 40  # room to type too much: the flow says how many digits there are
_ID_KEY_WIDTH = 96
_EMAIL_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_")


class ApplicationIdEntry(KeyedEntry):
    """The form's ID: a field, a count of the digits, and a keypad. Emits `entered(text)`."""

    def __init__(self) -> None:
        super().__init__("application_id", "id", _ID_KEY_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen host has margins
        row = QHBoxLayout()
        self.edit.setMaxLength(_ID_MAX)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.textChanged.connect(self._count)
        self.count = QLabel(objectName="application_id_count")
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        layout.addLayout(row)
        grid = QGridLayout()
        for index, digit in enumerate("1234567890"):
            grid.addWidget(self.typing_key(digit, f"id_key_{digit}", _ID_KEY_WIDTH),
                           index // 5, index % 5)
        grid.addWidget(self.back_key, 0, 5)
        grid.addWidget(self.ok_key, 1, 5)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the current language."""
        super().retranslate()
        self.edit.setPlaceholderText(tr("申請書ID（数字23桁）"))
        self._count()

    def _count(self) -> None:
        digits = sum(c.isdigit() for c in self.edit.text())
        self.count.setText(fill(tr("%1 / %2 桁"), digits, ID_LENGTH))

    def _send(self) -> None:
        if self.edit.text().strip():
            super()._send()


class EmailEntry(KeyedEntry):
    """The contact e-mail: a field and an on-screen keyboard. Emits `entered(text)`."""

    def __init__(self) -> None:
        super().__init__("email", "email", 120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the screen host has margins
        self.edit.setMaxLength(254)
        layout.addWidget(self.edit)
        grid = QGridLayout()
        grid.setSpacing(4)
        for row, keys in enumerate(_EMAIL_ROWS):
            for column, character in enumerate(keys):
                grid.addWidget(self.typing_key(character, f"email_key_{ord(character):x}", 60),
                               row, column)
        grid.addWidget(self.back_key, 0, 10, 2, 1)
        grid.addWidget(self.ok_key, 2, 10, 2, 1)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the current language."""
        super().retranslate()
        self.edit.setPlaceholderText(tr("例: taro@example.jp"))


class PhotoScreenHost(ScreenHost):
    """The screen host of the photo booth: the common widgets, plus the ID keypad and the
    e-mail keyboard (view widgets "application_id" and "email")."""

    def __init__(self, compact: bool = False) -> None:
        super().__init__(compact)
        self.application_id = ApplicationIdEntry()
        self.email = EmailEntry()
        self.add_special("application_id", self.application_id)
        self.add_special("email", self.email)
        self.application_id.entered.connect(
            lambda text: self.action.emit(ev.EnterApplicationId(text)))
        self.email.entered.connect(lambda text: self.action.emit(ev.EnterEmail(text)))

    def render(self, view: View) -> None:
        """Show `view`; the entry fields forget their text when the screen leaves them, and
        take back what the flow hands them for correcting."""
        previous = self.view
        if previous is None or previous.widget != view.widget:
            self.application_id.clear()
            self.email.clear()
            if view.widget == "application_id" and view.data.get("entered"):
                self.application_id.set_text(view.data["entered"])
            if view.widget == "email" and view.data.get("email"):
                self.email.set_text(view.data["email"])
        super().render(view)
        self.application_id.retranslate()
        self.email.retranslate()
