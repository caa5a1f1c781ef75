"""The clinic's facility settings: read and saved off the GUI thread, used from the next
session on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.eligibility.settings import (
    FACE_RETRIES,
    LANGUAGES,
    TIMEOUT_S,
    WARNING_S,
    FacilitySettings,
)
from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen
from ui.flow_worker import FlowWorker
from ui.qa.jobs import Jobs
from ui.texts import LANGUAGE_NAMES, category_text, fill, tr

Report = Callable[[str, bool], None]
CATEGORIES = ("medical", "surgery", "checkup")


class FlowSettings(QObject):
    """Hands saved settings to the running clinic flow, on the flow's own thread.

    Why this way: ClinicFlow reads its settings once, when it is built, and the terminal
    builds its flow once. Replacing `flow.settings` from the GUI thread could change them
    in the middle of a step (consent categories while the consent screen is open), so this
    object lives on the flow worker's thread: its slot runs between two flow inputs, never
    during one. It changes nothing while a session is under way (the person keeps the
    settings they started with); the panel asks again when the terminal shows standby, so
    the settings apply from the next card placed.
    """

    offer = Signal(object)  # FacilitySettings, emitted from the GUI thread
    taken = Signal(bool)  # True: in use from the next card; False: a session is under way

    def __init__(self, worker: FlowWorker) -> None:
        super().__init__()
        self._worker = worker
        self.moveToThread(worker.thread())
        self.offer.connect(self._take)

    @Slot(object)
    def _take(self, settings: FacilitySettings) -> None:
        flow = self._worker.flow
        if not isinstance(flow, ClinicFlow) or flow.screen.name != ScreenName.STANDBY:
            self.taken.emit(False)
            return
        flow.settings = settings
        flow.default_language = settings.default_language
        # The inactivity timer copied the two durations when the flow was built; every other
        # setting is read from flow.settings when it is needed.
        flow._timer.timeout_s = settings.inactivity_timeout_s
        flow._timer.warning_s = settings.inactivity_warning_s
        if flow.language != settings.default_language:
            flow.set_language(settings.default_language)  # standby in the new language
        self.taken.emit(True)


class SettingsBox(QWidget):
    """The facility's settings as controls; Save writes them and passes them to the flow."""

    def __init__(self, world: EmulatedWorld, worker: FlowWorker, facility: str, jobs: Jobs,
                 report: Report) -> None:
        super().__init__()
        self.world, self.facility, self.jobs, self._report = world, facility, jobs, report
        self.pending: FacilitySettings | None = None  # saved, not yet in the running flow
        self.consents = {c: QCheckBox(category_text(c), objectName=f"settings_consent_{c}")
                         for c in CATEGORIES}
        self.prescriptions = QCheckBox(tr("電子処方箋を使う"), objectName="settings_eprescriptions")
        self.visual = QCheckBox(tr("職員の目視確認を認める"), objectName="settings_visual")
        self.face_retries = self._spin("settings_face_retries", FACE_RETRIES)
        self.timeout = self._spin("settings_timeout", TIMEOUT_S, tr(" 秒"))
        self.warning = self._spin("settings_warning", WARNING_S, tr(" 秒"))
        self.language = QComboBox(objectName="settings_language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.save = QPushButton(tr("保存"), objectName="settings_save", enabled=False)
        self.reload = QPushButton(tr("読み直す"), objectName="settings_reload")
        self.state = QLabel(objectName="settings_state", wordWrap=True)

        form = QFormLayout()
        # A narrow panel puts a field below its label rather than widen the panel.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        consents = QVBoxLayout()
        for box in self.consents.values():
            consents.addWidget(box)
        form.addRow(tr("同意を求める項目"), consents)
        form.addRow("", self.prescriptions)
        form.addRow("", self.visual)
        form.addRow(tr("顔認証の再試行回数"), self.face_retries)
        form.addRow(tr("無操作で受付を中止するまで"), self.timeout)
        form.addRow(tr("中止前の警告"), self.warning)
        form.addRow(tr("既定の言語"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(tr("施設 %1 の設定"), facility), objectName="settings_title"))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(tr("変更は次の受付（次に置かれたカード）から有効になります。"),
                                wordWrap=True))
        layout.addWidget(self.state)
        layout.addStretch(1)

        self.follow(worker)
        self.save.clicked.connect(self.store)
        self.reload.clicked.connect(self.load)
        self.load()

    def follow(self, worker: FlowWorker) -> None:
        """Hand saved settings to `worker`'s flow from now on (the terminal replaced a
        stalled flow with a new one: settings saved later must reach that one)."""
        self.flow_settings = FlowSettings(worker)
        self.flow_settings.taken.connect(self._taken)
        worker.screen.connect(self._screen_shown)

    def load(self) -> None:
        """Read the facility's settings from the eligibility system into the controls."""
        self.jobs.run(lambda: self.world.service.facility_settings(self.facility), self._show,
                      self._refused)

    def store(self) -> None:
        """Save the controls' values; the running terminal uses them from the next card."""
        changes = {
            "consent_categories": [c for c, box in self.consents.items() if box.isChecked()],
            "electronic_prescriptions": self.prescriptions.isChecked(),
            "visual_confirmation_allowed": self.visual.isChecked(),
            "face_retries": self.face_retries.value(),
            "inactivity_timeout_s": self.timeout.value(),
            "inactivity_warning_s": self.warning.value(),
            "default_language": self.language.currentData(),
        }
        self.jobs.run(lambda: self.world.service.update_facility_settings(self.facility,
                                                                          **changes),
                      self._saved, self._refused)

    def _show(self, settings: FacilitySettings) -> None:
        for category, box in self.consents.items():
            box.setChecked(category in settings.consent_categories)
        self.prescriptions.setChecked(settings.electronic_prescriptions)
        self.visual.setChecked(settings.visual_confirmation_allowed)
        self.face_retries.setValue(settings.face_retries)
        self.timeout.setValue(settings.inactivity_timeout_s)
        self.warning.setValue(settings.inactivity_warning_s)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.default_language)))
        self.save.setEnabled(True)

    def _saved(self, settings: FacilitySettings) -> None:
        self._show(settings)
        self.pending = settings
        self._report(tr("施設の設定を保存しました"), False)
        self.flow_settings.offer.emit(settings)

    @Slot(bool)
    def _taken(self, taken: bool) -> None:
        if taken:
            self.pending = None
            self.state.setText(tr("端末に反映しました: 次に置かれたカードから使われます。"))
        elif self.pending is not None:
            self.state.setText(tr("受付の途中です: この受付が終わると反映します。"))

    @Slot(object)
    def _screen_shown(self, screen: Screen) -> None:
        if self.pending is not None and screen.name == ScreenName.STANDBY:
            self.flow_settings.offer.emit(self.pending)

    def _refused(self, error: Exception) -> None:
        self._report(fill(tr("設定を変更できませんでした: %1"), error), True)

    @staticmethod
    def _spin(name: str, limits: tuple[int, int], suffix: str = "") -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(*limits)
        spin.setSuffix(suffix)
        return spin
