"""The OQS files the facility's readers wrote for its clinic software, as they are written.

One line always shows the newest file (its time, whether it was written, its name or why
not) and the counts; a failure is red: the reception is stored, but the clinic's software
has not received it. Below it, the list of every file, newest first, shown when the window
has the height for it (staff can show or hide it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.eligibility.clock import JST
from kiosk.eligibility.oqs_file_events import OqsFileEvent
from ui.staff import tones
from ui.staff.named import named
from ui.staff.reception_table import TONE_COLOURS
from ui.texts import fill, tr

MAX_ROWS = 500  # older rows leave the list, not the database
VISIBLE_ROWS = 4  # the list's height in rows; it scrolls for the rest
TIME, RESULT, FILE = range(3)


def reason_text(reason: str) -> str:
    """What staff should check when a file could not be written."""
    texts = {
        "folder_missing": tr("OQSフォルダが見つかりません（共有フォルダの接続を確認してください）"),
        "write_failed": tr("書き込めません（ディスクの空きと書き込み権限を確認してください）"),
        "invalid_result": tr("ファイルに書けない値があります"),
    }
    return texts.get(reason, tr("予期しないエラーです"))


def _cells(event: OqsFileEvent) -> tuple[str, str, str, str]:
    """Time, result, name or reason, and the tone of the result."""
    at = event.at.astimezone(JST).strftime("%H:%M:%S")
    if event.written:
        return at, tr("書き込み済み"), event.name, tones.GOOD
    return at, tr("書き込み失敗"), reason_text(event.reason), tones.BAD


class OqsFilesPanel(QWidget):
    """The newest file on one line and the list below; `add()` takes new events."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("oqs_files")
        self.title = named(QLabel(), "oqs_files_title")
        self.counts_label = named(QLabel(), "oqs_files_counts")
        self.latest = named(QLabel(), "oqs_files_latest")
        # The newest file's line is elided to the room there is: it never widens the window.
        self.latest.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle = named(QPushButton(), "oqs_files_toggle")
        self.table = named(QTableWidget(0, 3), "oqs_file_list")
        self._build()
        self._written = self._failed = 0
        self._newest: OqsFileEvent | None = None
        self._roomy = True
        self._chosen: bool | None = None  # staff showed or hid the list themselves
        self.toggle.clicked.connect(self._toggled)
        self.retranslate()

    def _build(self) -> None:
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        # File names share their start and differ at their end (the time stamp).
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.title)
        line.addWidget(self.counts_label)
        line.addWidget(self.latest, 1)
        line.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(line)
        layout.addWidget(table)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(tr("レセコン連携（OQSファイル）"))
        self.counts_label.setText(fill(tr("書き込み %1 件・失敗 %2 件"), self._written,
                                       self._failed))
        self.counts_label.setProperty("alert", self._failed > 0)
        self.table.setHorizontalHeaderLabels([tr("時刻"), tr("結果"), tr("ファイル名・理由")])
        self.toggle.setText(tr("一覧を隠す") if self.table.isVisibleTo(self)
                            else tr("一覧を表示"))
        self._show_latest()

    def fit_height(self) -> None:
        """The list as tall as its header and VISIBLE_ROWS rows."""
        rows = self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                  + 2 * self.table.frameWidth())

    def set_roomy(self, roomy: bool) -> None:
        """Whether the window has the height for the list (unless staff chose)."""
        self._roomy = roomy
        self._apply()

    def add(self, events: list[OqsFileEvent]) -> None:
        """New events, newest first, on top of the list; the newest is bold."""
        if not events:
            return
        if self.table.rowCount():
            for column in range(3):
                item = self.table.item(0, column)
                if item is not None:
                    item.setFont(self.table.font())
        for event in reversed(events):
            self._insert(event)
        while self.table.rowCount() > MAX_ROWS:
            self.table.removeRow(self.table.rowCount() - 1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(3):
            item = self.table.item(0, column)
            if item is not None:
                item.setFont(bold)
        self._newest = events[0]
        self.retranslate()

    def counts(self) -> tuple[int, int]:
        """Files written and not written that the screen has seen (its history included)."""
        return self._written, self._failed

    def latest_text(self) -> str:
        """The newest file's line, whole (the label may show it elided)."""
        if self._newest is None:
            return tr("まだありません")
        at, result, detail, _tone = _cells(self._newest)
        return f"{at}  {result}  {detail}"

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The newest file's line is elided again to the new width."""
        super().resizeEvent(event)
        self._show_latest()

    def _show_latest(self) -> None:
        text = self.latest_text()
        shown = self.latest.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle,
                                                     max(0, self.latest.width()))
        self.latest.setText(shown)
        self.latest.setToolTip(text if shown != text else "")
        tone = tones.NONE if self._newest is None else _cells(self._newest)[3]
        self.latest.setProperty("tone", tone)
        for label in (self.latest, self.counts_label):
            label.style().unpolish(label)
            label.style().polish(label)

    def _toggled(self) -> None:
        self._chosen = not self.table.isVisibleTo(self)
        self._apply()

    def _apply(self) -> None:
        self.table.setVisible(self._roomy if self._chosen is None else self._chosen)
        self.retranslate()

    def _insert(self, event: OqsFileEvent) -> None:
        at, result, detail, tone = _cells(event)
        if event.written:
            self._written += 1
        else:
            self._failed += 1
        self.table.insertRow(0)
        tip = detail if event.written else f"{detail}\n{event.message}"
        for column, text in enumerate((at, result, detail)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip if column == FILE else text)
            if column == RESULT:
                foreground, background = TONE_COLOURS[tone]
                item.setForeground(QBrush(QColor(foreground)))
                item.setBackground(QBrush(QColor(background)))
            self.table.setItem(0, column, item)
