"""Every field of the selected reception and of the coverage it showed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.eligibility.receptions import ReceptionRecord
from ui.staff.labels import coverage_fields, reception_fields
from ui.texts import tr


class DetailView(QScrollArea):
    """The selected record, one labelled line per field; `value(key)` reads one back."""

    def __init__(self) -> None:
        super().__init__(objectName="detail")
        self.setWidgetResizable(True)
        self._values: dict[str, QLabel] = {}
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._body)
        self.show_record(None)

    def show_record(self, record: ReceptionRecord | None) -> None:
        """Show `record` (None: a hint to select one)."""
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:  # gone at once: the old record must not show through
                widget.setParent(None)
                widget.deleteLater()
        self._values = {}
        if record is None:
            self._layout.addWidget(QLabel(tr("一覧から受付を選ぶと、詳細が表示されます。"),
                                          objectName="detail_hint", wordWrap=True))
            return
        self._add_section(tr("受付"), reception_fields(record))
        if record.coverage is None:
            self._layout.addWidget(QLabel(tr("資格情報はありません（照会前に終了したか、"
                                             "該当する資格がありません）。"),
                                          objectName="detail_no_coverage", wordWrap=True))
        else:
            self._add_section(tr("資格情報"), coverage_fields(record.coverage))

    def value(self, key: str) -> str | None:
        """The text shown for the field `key` (None when it is not shown)."""
        label = self._values.get(key)
        return None if label is None else label.text()

    def _add_section(self, title: str, fields: list[tuple[str, str, str]]) -> None:
        self._layout.addWidget(QLabel(title, objectName="detail_section"))
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key, label, value in fields:
            shown = QLabel(value, objectName=f"detail_{key}", wordWrap=True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self._values[key] = shown
        self._layout.addWidget(form_widget)
