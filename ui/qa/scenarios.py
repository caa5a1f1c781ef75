"""Scenario files played from the panel, each screen shown in a playback window."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.cli.scenario_commands import shipped_scenarios
from kiosk.face import FaceEngine
from kiosk.flows.screen import Screen
from kiosk.scenarios.format import ScenarioError, load_scenario
from kiosk.scenarios.runner import ScenarioReport, ScenarioRunner
from ui.i18n import SOURCE_LANGUAGE
from ui.kiosk_window import KioskWindow
from ui.qa.jobs import Jobs
from ui.qa.widgets import narrow
from ui.texts import fill, tr
from ui.window_titles import playback_title

Report = Callable[[str, bool], None]
PAUSE_S = 0.4  # per new screen, so that a person can follow the playback


class _Relay(QObject):
    """Carries the runner thread's news to the GUI thread (queued)."""

    started = Signal(str, str)  # terminal kind, scenario name
    screen = Signal(object)


class ScenarioBox(QWidget):
    """Choose a scenario file, run it in a fresh world of its own, watch it, read the report.

    The runner (kiosk.scenarios.runner) plays the scenario on a worker thread with its own
    copy of the demo and a fake clock: nothing here touches the live kiosk's world.
    """

    def __init__(self, jobs: Jobs, report: Report, engine: FaceEngine | None = None,
                 template: Path | None = None) -> None:
        super().__init__()
        self.jobs, self._report = jobs, report
        self._engine, self._template = engine, template
        self._runner: ScenarioRunner | None = None  # made on the worker thread on first use
        self.pause_s = PAUSE_S
        self.windows: dict[str, KioskWindow] = {}  # one playback window per terminal kind
        self.window: KioskWindow | None = None  # the one playing now
        self.played: list[Screen] = []
        self.last_report: ScenarioReport | None = None
        self.relay = _Relay()
        self.relay.started.connect(self._started)
        self.relay.screen.connect(self._show)

        self.choice = QComboBox(objectName="scenario_choice")
        narrow(self.choice)
        for path in sorted(shipped_scenarios().glob("*.toml")):
            self.choice.addItem(path.name, str(path))
        self.browse = QPushButton(tr("ファイルを選ぶ…"), objectName="scenario_browse")
        self.run_button = QPushButton(tr("実行して再生"), objectName="scenario_run")
        self.pause = QDoubleSpinBox(objectName="scenario_pause", decimals=1, singleStep=0.1)
        self.pause.setRange(0.0, 3.0)
        self.pause.setValue(PAUSE_S)
        self.pause.setSuffix(tr(" 秒"))
        self.steps = QListWidget(objectName="scenario_steps")
        self.result = QLabel(objectName="scenario_result", wordWrap=True)

        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(tr("画面ごとの間"), self.pause)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("シナリオ（新しいデモ環境で再生します）")))
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.result)
        self.browse.clicked.connect(self._pick)
        self.run_button.clicked.connect(self.run)

    @property
    def path(self) -> Path | None:
        """The scenario file chosen."""
        data = self.choice.currentData()
        return Path(data) if data else None

    def choose(self, path: Path) -> None:
        """Choose a scenario file (added to the list if it is not there)."""
        index = self.choice.findData(str(path))
        if index < 0:
            self.choice.addItem(path.name, str(path))
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(index)

    def run(self) -> None:
        """Play the chosen scenario on the worker thread; the report comes back here."""
        path = self.path
        if path is None:
            return
        self.run_button.setEnabled(False)
        self.steps.clear()
        self.played.clear()
        self.last_report = None
        self.window = None
        self.result.setText(fill(tr("実行中: %1"), path.name))
        self.pause_s = self.pause.value()
        self.jobs.run(lambda: self._play(path), self._finished, self._failed)

    def close_runner(self) -> None:
        """Delete the runner's working copies (call once no scenario runs)."""
        if self._runner is not None:
            self._runner.close()
            self._runner = None
        for window in self.windows.values():
            window.close()

    # -- on the worker thread --------------------------------------------------------

    def _play(self, path: Path) -> ScenarioReport:
        if self._runner is None:
            self._runner = ScenarioRunner(engine=self._engine, template=self._template)
        try:
            scenario = load_scenario(path)
            self.relay.started.emit(scenario.terminal, scenario.name)
        except ScenarioError:
            pass  # run_file reports it as a failed scenario
        last: list[tuple[object, object]] = []

        def on_screen(screen: Screen) -> None:
            self.relay.screen.emit(screen)
            # Pause on a new screen, not on each camera frame's guidance on the same one.
            if last != [(screen.name, screen.reason)]:
                last[:] = [(screen.name, screen.reason)]
                time.sleep(self.pause_s)

        return self._runner.run_file(path, on_screen=on_screen)

    # -- back on the GUI thread ------------------------------------------------------

    @Slot(str, str)
    def _started(self, terminal: str, name: str) -> None:
        window = self.windows.get(terminal)
        if window is None:
            # A second kiosk window, so that the live terminal is left as it is.
            window = self.windows[terminal] = KioskWindow(terminal)
            window.setObjectName(f"playback_{terminal}")
        for other in self.windows.values():
            if other is not window:
                other.hide()
        window.statusBar().showMessage(fill(tr("再生中（シナリオ）: %1"), name))
        window.setWindowTitle(playback_title(terminal, name))
        window.show()
        self.window = window

    @Slot(object)
    def _show(self, screen: Screen) -> None:
        self.played.append(screen)
        window = self.window
        if window is None:
            return
        window.show_screen(screen)
        window.setWindowTitle(playback_title(window.terminal, screen.describe()))
        # Qt's translators are the application's: give the live kiosk its language back.
        window.translations.switch(SOURCE_LANGUAGE)

    def _finished(self, report: ScenarioReport) -> None:
        self.last_report = report
        self.run_button.setEnabled(True)
        for step in report.steps:
            mark = "✓" if step.passed else "✗"
            message = f" — {step.message}" if step.message else ""
            self.steps.addItem(f"{mark} {step.number}. {step.action} → {step.screen}{message}")
        for check, passed, message in report.checks:
            detail = f": {message}" if message else ""
            self.steps.addItem(f"{'✓' if passed else '✗'} {check}{detail}")
        if report.error:
            self.steps.addItem(f"✗ {report.error}")
        verdict = tr("合格") if report.passed else tr("不合格")
        text = fill(tr("%1: %2（%3 秒）"), report.name, verdict, f"{report.seconds:.1f}")
        self.result.setText(text)
        self.result.setProperty("passed", report.passed)
        for window in self.windows.values():
            window.statusBar().showMessage(fill(tr("再生終了: %1"), verdict))
        self._report(text, not report.passed)

    def _failed(self, error: Exception) -> None:
        self.run_button.setEnabled(True)
        self.result.setText(fill(tr("実行できませんでした: %1"), error))
        self._report(self.result.text(), True)

    def _pick(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("シナリオを選ぶ"), str(shipped_scenarios()),
            tr("シナリオ") + " (*.toml)")
        if path:
            self.choose(Path(path))
