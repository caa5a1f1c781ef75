"""The control that allows visual confirmation (目視確認) at one reader with the facility
password, instead of walking to the reader to type it there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.staff import worker
from ui.staff.lockout_panel import LockoutPanel
from ui.staff.named import named
from ui.texts import fill, tr


class GrantPanel(QGroupBox):
    """Emits `requested(reader, password)`; `show_answer()` says how it went."""

    requested = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("grant_panel")
        layout = QVBoxLayout(self)
        self.explanation = named(QLabel(wordWrap=True), "grant_explanation")
        self.reader = named(QComboBox(editable=True), "grant_reader")
        self.password = named(QLineEdit(), "grant_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = named(QPushButton(), "grant_button")
        self.message = named(QLabel(wordWrap=True), "grant_message")
        form = QFormLayout()
        self._reader_label, self._password_label = QLabel(), QLabel()
        form.addRow(self._reader_label, self.reader)
        form.addRow(self._password_label, self.password)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.lockout = LockoutPanel()  # shown while a terminal's password screen is locked
        layout.addWidget(self.lockout)
        layout.addStretch(1)  # a tall panel keeps its lines together at the top
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(tr("目視確認の許可"))
        self.explanation.setText(tr(
            "読み取り端末で患者さんが「職員を呼ぶ」を選んだとき、その端末での目視確認を"
            "ここから許可できます。ご本人であることを確かめてから許可してください。"
            "許可は5分間、1回だけ有効です。"))
        self._reader_label.setText(tr("読み取り端末"))
        self._password_label.setText(tr("施設のパスワード"))
        self.button.setText(tr("目視確認を許可する"))

    def set_readers(self, terminal_ids: list[str]) -> None:
        """Offer these readers (most recent first) without losing what staff typed."""
        current = self.reader.currentText()
        if [self.reader.itemText(i) for i in range(self.reader.count())] == terminal_ids:
            return
        self.reader.clear()
        self.reader.addItems(terminal_ids)
        self.reader.setCurrentText(current)

    def show_answer(self, reader: str, answer: str) -> None:
        """Say whether the grant was stored (the request has returned)."""
        self.button.setEnabled(True)
        texts = {
            worker.GRANTED: fill(tr("読み取り端末「%1」で目視確認を許可しました（5分間有効）。"),
                                 reader),
            worker.WRONG_PASSWORD: tr("パスワードが違います。許可していません。"),
            worker.LOCKED: tr("この端末でもパスワードの入力が止められています。"),
            worker.NOT_ALLOWED: tr("この施設では目視確認を行っていません（施設の設定）。"
                                   "許可していません。"),
            worker.INVALID: tr("読み取り端末の名前が正しくありません（50文字まで）。"),
            worker.FAILED: tr("資格確認システムに接続できません。許可していません。"),
        }
        self._say(texts.get(answer, texts[worker.FAILED]), alert=answer != worker.GRANTED)

    def _submit(self) -> None:
        if not self.button.isEnabled():
            return  # a request is on its way
        reader, password = self.reader.currentText().strip(), self.password.text()
        # The password is never kept on screen, whatever the answer.
        self.password.clear()
        if not reader:
            self._say(tr("読み取り端末を選ぶか、入力してください。"), alert=True)
            return
        if not password:
            self._say(tr("施設のパスワードを入力してください。"), alert=True)
            return
        self.button.setEnabled(False)
        self._say(tr("確認しています…"), alert=False)
        self.requested.emit(reader, password)

    def _say(self, text: str, alert: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("alert", alert)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
