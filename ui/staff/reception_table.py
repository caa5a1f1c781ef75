"""The list of the facility's receptions, newest first, growing as records arrive.

Every column fits the list's width (ui/staff/column_fit.py): long texts are elided with the
whole text as a tooltip, never pushed behind a horizontal scroll bar. Validity and result
carry their colour; the newest reception is bold, and one that arrived while the screen was
open stays highlighted until staff select it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk.eligibility.receptions import ReceptionRecord
from ui.staff import tones
from ui.staff.column_fit import Need, fit
from ui.staff.columns import COLUMNS, STRETCH, index_of

MAX_ROWS = 1000  # a long day at a busy clinic; older rows leave the list, not the database
LONGEST = 24  # characters a preferred width allows for; longer texts are elided
_ID_ROLE = Qt.ItemDataRole.UserRole
_PADDING = 14  # a cell's margins and the grid line, as the style draws them

# (text, background): dark text on a pale ground reads well when the row is not selected.
TONE_COLOURS = {
    tones.GOOD: ("#1d6b2a", "#e3f4e1"),
    tones.BAD: ("#a02020", "#fbe3e3"),
    tones.CAUTION: ("#7a4a00", "#fff1d0"),
}
UNSEEN = "#fff8c4"  # a reception that arrived while the screen was open, not yet selected


class _MiddleElided(QStyledItemDelegate):
    """Elides in the middle: reader ids of one site differ at their end (reader-1, -2)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The item's options, elided in the middle."""
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ReceptionTable(QTableWidget):
    """One row per reception; emits `chosen(record)` when staff select a row."""

    chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setObjectName("receptions")
        self._records: dict[int, ReceptionRecord] = {}
        self._unseen: set[int] = set()
        self._longest = [0] * len(COLUMNS)  # the widest cell text of each column, in pixels
        self._loaded = False  # the first batch is the day so far, not news
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # dragging would overflow
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(8)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegateForColumn(index_of("terminal"), _MiddleElided(self))
        self.itemSelectionChanged.connect(self._on_selection)
        self.retranslate()

    def retranslate(self) -> None:
        """Column headers in the current language."""
        self.setHorizontalHeaderLabels([column.header() for column in COLUMNS])
        self.fit_columns()

    def add(self, records: list[ReceptionRecord]) -> None:
        """Put new records (newest first) on top; the selection stays on its record."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)  # the widest a cell is drawn (the newest row is bold)
        added = 0
        for record in reversed(records):
            if record.id in self._records:
                continue
            added += 1
            self._records[record.id] = record
            if self._loaded:
                self._unseen.add(record.id)
            self.insertRow(0)
            for index, column in enumerate(COLUMNS):
                text = column.text(record)
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, record.id)
                item.setToolTip(text)
                colours = TONE_COLOURS.get(column.tone(record))
                if colours:
                    item.setForeground(QBrush(QColor(colours[0])))
                    item.setBackground(QBrush(QColor(colours[1])))
                self.setItem(0, index, item)
                self._longest[index] = max(self._longest[index],
                                           metrics.horizontalAdvance(text))
        self._loaded = True
        while self.rowCount() > MAX_ROWS:
            last = self.rowCount() - 1
            record_id = self._item(last, 0).data(_ID_ROLE)
            self._records.pop(record_id, None)
            self._unseen.discard(record_id)
            self.removeRow(last)
        for row in range(min(added + 1, self.rowCount())):  # the new rows and the old top
            self._mark(row)
        self.fit_columns()

    def record_at(self, row: int) -> ReceptionRecord | None:
        """The record shown in `row`."""
        item = self.item(row, 0)
        return None if item is None else self._records.get(item.data(_ID_ROLE))

    def selected_record(self) -> ReceptionRecord | None:
        """The record staff selected, if any."""
        rows = self.selectionModel().selectedRows()
        return self.record_at(rows[0].row()) if rows else None

    def is_unseen(self, row: int) -> bool:
        """Whether the reception in `row` arrived while the screen was open and staff have
        not selected it yet."""
        record = self.record_at(row)
        return record is not None and record.id in self._unseen

    def terminal_ids(self) -> list[str]:
        """The readers seen, most recent first (for the visual confirmation control)."""
        seen: dict[str, None] = {}
        for row in range(self.rowCount()):
            record = self.record_at(row)
            if record is not None:
                seen.setdefault(record.terminal_id)
        return list(seen)

    def fit_columns(self) -> None:
        """Share the visible width among the columns (hiding the least needed ones when even
        their narrowest does not fit), so that no horizontal scroll bar is needed."""
        width = self.viewport().width()
        if width <= 0:
            return
        widths = fit(self._needs(), width, index_of(STRETCH))
        header = self.horizontalHeader()
        for index, pixels in enumerate(widths):
            header.setSectionHidden(index, pixels == 0)
            if pixels:
                header.resizeSection(index, pixels)

    def viewportEvent(self, event: QEvent) -> bool:
        """Columns follow the width of the list (which the vertical scroll bar narrows when
        it appears)."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return handled

    def _needs(self) -> list[Need]:
        cell = self.fontMetrics()
        heading = self.horizontalHeader().fontMetrics()
        wide = cell.horizontalAdvance("あ")
        needs = []
        for index, column in enumerate(COLUMNS):
            header_item = self.horizontalHeaderItem(index)
            title = heading.horizontalAdvance(header_item.text() if header_item else "")
            longest = min(self._longest[index], LONGEST * wide)
            preferred = max(title, longest) + _PADDING
            shortest = longest if column.whole else min(longest, column.at_least * wide)
            minimum = max(title, shortest) + _PADDING
            needs.append(Need(minimum, preferred, column.hide_rank))
        return needs

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """The cell, which add() always fills."""
        item = self.item(row, column)
        assert item is not None, (row, column)
        return item

    def _mark(self, row: int) -> None:
        """Bold for the newest row and unseen arrivals; unseen ones on a highlighted ground."""
        unseen = self.is_unseen(row)
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(self.columnCount()):
            item = self._item(row, index)
            item.setData(Qt.ItemDataRole.FontRole, bold if row == 0 or unseen else None)
            if COLUMNS[index].tone(self._records[item.data(_ID_ROLE)]) in TONE_COLOURS:
                continue  # a status colour says more than the highlight
            item.setData(Qt.ItemDataRole.BackgroundRole, QColor(UNSEEN) if unseen else None)

    def _on_selection(self) -> None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        record = self.record_at(row)
        if record is None:
            return
        if record.id in self._unseen:
            self._unseen.discard(record.id)
            self._mark(row)
        self.chosen.emit(record)
