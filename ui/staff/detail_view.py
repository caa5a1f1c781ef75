"""Every field of the selected reception and of the coverage it showed.

Three sections (the reception, the person, the insurance) side by side when there is room,
so that the whole record reads at once below the list on a 768-pixel-high desk screen; in a
narrow window they flow onto two or one column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.eligibility.receptions import ReceptionRecord
from ui.staff import tones
from ui.staff.labels import insurance_fields, person_fields, reception_fields
from ui.staff.named import named
from ui.texts import tr

SECTION_WIDTH = 300  # a label and its value side by side, a date or a name on one line


class DetailView(QScrollArea):
    """The selected record, one labelled line per field; `value(key)` reads one back."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("detail")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        self._values: dict[str, QLabel] = {}
        self._sections: list[QWidget] = []
        self._columns = 0
        self._body = QWidget()
        self._layout = QGridLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._layout.setHorizontalSpacing(24)
        self.setWidget(self._body)
        self.show_record(None)

    def show_record(self, record: ReceptionRecord | None) -> None:
        """Show `record` (None: a hint to select one)."""
        for widget in self._sections:  # gone at once: the old record must not show through
            self._layout.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self._values = {}
        self._sections = []
        if record is None:
            hint = QLabel(tr("一覧から受付を選ぶと、詳細が表示されます。"), wordWrap=True)
            self._sections.append(named(hint, "detail_hint"))
        else:
            self._sections.append(self._section(tr("受付"), reception_fields(record)))
            self._tone("validity", tones.validity_tone(record.validity))
            self._tone("outcome", tones.outcome_tone(record.outcome))
            self._tone("warnings", tones.warnings_tone(record.warnings))
            if record.coverage is None:
                none = QLabel(tr("資格情報はありません（照会前に終了したか、"
                                 "該当する資格がありません）。"), wordWrap=True)
                self._sections.append(named(none, "detail_no_coverage"))
            else:
                self._sections.append(
                    self._section(tr("被保険者"), person_fields(record.coverage)))
                self._sections.append(
                    self._section(tr("資格情報"), insurance_fields(record.coverage)))
        self._columns = 0
        self._arrange()

    def viewportEvent(self, event: QEvent) -> bool:
        """The sections flow onto as many columns as the width holds."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self._arrange()
        return handled

    def _arrange(self) -> None:
        columns = max(1, min(3, self.viewport().width() // SECTION_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._sections:
            self._layout.removeWidget(widget)
        for column in range(3):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)
        for index, widget in enumerate(self._sections):
            self._layout.addWidget(widget, index // columns, index % columns)

    def value(self, key: str) -> str | None:
        """The text shown for the field `key` (None when it is not shown)."""
        label = self._values.get(key)
        return None if label is None else label.text()

    def tone(self, key: str) -> str | None:
        """The tone the field `key` is coloured in (None: plain or not shown)."""
        label = self._values.get(key)
        return None if label is None else label.property("tone")

    def _section(self, title: str, fields: list[tuple[str, str, str]]) -> QWidget:
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(named(QLabel(title), "detail_section"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key, label, value in fields:
            shown = named(QLabel(value, wordWrap=True), f"detail_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            name.setObjectName("detail_label")
            form.addRow(name, shown)
            self._values[key] = shown
        column.addLayout(form)
        column.addStretch(1)
        return section

    def _tone(self, key: str, tone: str) -> None:
        if tone != tones.NONE:
            self._values[key].setProperty("tone", tone)
