"""The staff screen's alert for locked password screens, and unlocking them with the
facility password (under the staff terminal's own lockout)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.eligibility.lockout import Lock
from kiosk.eligibility.password_checks import ACCEPTED, LOCKED, WRONG
from kiosk.oqs.web_api.auth import SCOPE_PREFIX, UNKNOWN_SCOPE
from ui.staff.named import named
from ui.texts import fill, tr


class LockoutPanel(QWidget):
    """Hidden until a terminal of the facility is locked; emits `requested(scopes, password)`."""

    requested = Signal(list, str)

    def __init__(self) -> None:
        super().__init__()
        self.alert = named(QLabel(wordWrap=True), "lockout_alert")
        self.alert.setProperty("alert", True)
        self.password = named(QLineEdit(), "lockout_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = named(QPushButton(), "lockout_unlock")
        self.message = named(QLabel(wordWrap=True), "lockout_message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.alert, self.password, self.button, self.message):
            layout.addWidget(widget)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self._scopes: list[str] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.password.setPlaceholderText(tr("施設のパスワード"))
        self.button.setText(tr("ロックを解除"))

    def show_locks(self, locks: list[Lock]) -> None:
        """The facility's locked terminals now (none: the panel hides)."""
        self._scopes = [lock.scope for lock in locks]
        self.setVisible(bool(locks))
        if locks:
            lines = [fill(tr("%1 はパスワードの入力が止められています（%2 まで）。"),
                          place_name(lock.scope), lock.locked_until.astimezone().strftime("%H:%M"))
                     for lock in locks]
            self.alert.setText("\n".join(lines))

    def show_answer(self, outcome: str) -> None:
        """How the unlock went."""
        self.message.setText({ACCEPTED: tr("ロックを解除しました。"),
                              WRONG: tr("パスワードが違います。"),
                              LOCKED: tr("この端末でもパスワードの入力が止められています。")}
                             .get(outcome, tr("解除できませんでした。")))

    def _submit(self) -> None:
        password = self.password.text()
        self.password.clear()  # never kept on screen
        if password and self._scopes:
            self.requested.emit(list(self._scopes), password)


def place_name(scope: str) -> str:
    """Where passwords were guessed, as staff call it: a reader's id, or the Web API."""
    if scope == UNKNOWN_SCOPE:
        return tr("Web API（登録のない医療機関コード）")
    if scope.startswith(SCOPE_PREFIX):
        return fill(tr("Web API（医療機関コード %1）"), scope.removeprefix(SCOPE_PREFIX))
    return scope
