"""The staff password field, masked, cleared once sent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.texts import tr


class PasswordField(QWidget):
    """Emits `entered(password)`; keeps nothing afterwards."""

    entered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("password_field")
        layout = QHBoxLayout(self)
        self.edit = QLineEdit(objectName="staff_password_edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self._send)
        self.ok = QPushButton(objectName="staff_password_ok")
        self.ok.clicked.connect(self._send)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.ok)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.ok.setText(tr("確定"))
        self.edit.setPlaceholderText(tr("施設のパスワード"))

    def _send(self) -> None:
        password = self.edit.text()
        self.edit.clear()
        if password:
            self.entered.emit(password)
