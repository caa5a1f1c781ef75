"""The list of the facility's receptions, newest first, growing as records arrive."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kiosk.eligibility.receptions import ReceptionRecord
from ui.staff.labels import COLUMNS, row_cells

MAX_ROWS = 1000  # a long day at a busy clinic; older rows leave the list, not the database
_ID_ROLE = Qt.ItemDataRole.UserRole


class ReceptionTable(QTableWidget):
    """One row per reception; emits `chosen(record)` when staff select a row."""

    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS), objectName="receptions")
        self._records: dict[int, ReceptionRecord] = {}
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemSelectionChanged.connect(self._on_selection)
        self.retranslate()

    def retranslate(self) -> None:
        """Column headers in the current language."""
        self.setHorizontalHeaderLabels([header() for header, _cell in COLUMNS])

    def add(self, records: list[ReceptionRecord]) -> None:
        """Put new records (newest first) on top; the selection stays on its record."""
        for record in reversed(records):
            if record.id in self._records:
                continue
            self._records[record.id] = record
            self.insertRow(0)
            for column, text in enumerate(row_cells(record)):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, record.id)
                self.setItem(0, column, item)
        while self.rowCount() > MAX_ROWS:
            last = self.rowCount() - 1
            self._records.pop(self.item(last, 0).data(_ID_ROLE), None)
            self.removeRow(last)

    def record_at(self, row: int) -> ReceptionRecord | None:
        """The record shown in `row`."""
        item = self.item(row, 0)
        return None if item is None else self._records.get(item.data(_ID_ROLE))

    def selected_record(self) -> ReceptionRecord | None:
        """The record staff selected, if any."""
        rows = self.selectionModel().selectedRows()
        return self.record_at(rows[0].row()) if rows else None

    def terminal_ids(self) -> list[str]:
        """The readers seen, most recent first (for the visual confirmation control)."""
        seen: dict[str, None] = {}
        for row in range(self.rowCount()):
            record = self.record_at(row)
            if record is not None:
                seen.setdefault(record.terminal_id)
        return list(seen)

    def _on_selection(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.chosen.emit(record)
