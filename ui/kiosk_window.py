"""The kiosk window: the top bar, the current screen, and the help line."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.flows import inputs as ev
from kiosk.flows.screen import Screen
from kiosk.terminals import TERMINALS, TerminalKind
from ui.fonts import font_for
from ui.i18n import Translations
from ui.presenters import present
from ui.screen_host import ScreenHost
from ui.speech import VoiceGuide
from ui.steps import steps_for
from ui.style import BASE_POINTS, LARGE_FACTOR, stylesheet
from ui.texts import help_line_text, tr
from ui.top_bar import TopBar
from ui.view import View
from ui.widgets.photo_inputs import PhotoScreenHost
from ui.widgets.step_indicator import StepIndicator
from ui.window_titles import window_title

log = logging.getLogger(__name__)

# Each terminal's screen, as the real device's (kiosk/terminals.py).
SIZES = {str(kind): spec.window for kind, spec in TERMINALS.items()}
# A phone is read at hand's length: smaller type than a reception screen.
SCALES = {"portal": 0.7}


class KioskWindow(QMainWindow):
    """Renders the screens of one terminal; emits `action(input)` for its flow."""

    action = Signal(object)  # a kiosk.flows.inputs.FlowInput
    touched = Signal()

    def __init__(self, terminal: str, voice: VoiceGuide | None = None) -> None:
        super().__init__()
        self.terminal = terminal
        self.voice = voice or VoiceGuide()
        self.translations = Translations()
        self.large_text = False
        self.high_contrast = False
        self.screen_shown: Screen | None = None
        self.view: View | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        # Tight margins between bar, steps, screen and help line: the room goes to the screen.
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(4)
        compact = terminal == "portal"
        self.top_bar = TopBar(compact)
        # The photo booth's host also has the application ID keypad and the e-mail keyboard.
        self.host = PhotoScreenHost(compact) if terminal == "photo" else ScreenHost(compact)
        self.help_line = QLabel(objectName="help_line", wordWrap=True)
        self.help_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.top_bar)
        self.steps = StepIndicator()
        layout.addWidget(self.steps)
        layout.addWidget(self.host, 1)
        layout.addWidget(self.help_line)
        self.setCentralWidget(central)
        self.resize(*SIZES[terminal])
        self.setWindowTitle(window_title(terminal))
        self.top_bar.language.connect(lambda code: self.action.emit(ev.SetLanguage(code)))
        self.top_bar.options.connect(self._set_options)
        # The guide answers later (its engine is on a thread of its own): when it cannot
        # speak, guidance is already off and the toggle follows, with a notice.
        self.voice.refused.connect(self.top_bar.refuse_voice)
        self.host.action.connect(self.action)
        central.installEventFilter(self)
        self._apply_style("ja")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch counts as activity for the inactivity timer."""
        if event.type() == QEvent.Type.MouseButtonPress:
            self.touched.emit()
        return super().eventFilter(watched, event)

    def show_screen(self, screen: Screen) -> None:
        """Draw the flow's screen in its language (called on the GUI thread)."""
        if screen.language != self.translations.language:
            self.translations.switch(screen.language)
        if self._next_person(screen):
            self._reset_options()
        self._apply_style(screen.language)
        view = present(self.terminal, screen)
        self.steps.show_step(*(steps_for(self.terminal, screen) or (None,)))
        previous = self.view
        self.screen_shown, self.view = screen, view
        self.host.render(view)
        self.top_bar.retranslate()
        self.help_line.setText(help_line_text())
        self.setWindowTitle(window_title(self.terminal))
        if previous is None or previous.spoken != view.spoken:
            self._say(view.spoken, screen.language)

    def show_failure(self, message: str) -> None:
        """The terminal could not start: say so on screen."""
        log.error("terminal failure: %s", message)
        self.host.render(View(tr("ただいま受付できません"),
                              (tr("システムに接続できません。"),
                               tr("受付の職員にお声がけください。")), alert=True))

    def _next_person(self, screen: Screen) -> bool:
        """Whether `screen` ends one person's session at a terminal that serves many."""
        spec = TERMINALS[TerminalKind(self.terminal)]
        return (spec.shared and isinstance(screen, spec.standby)
                and self.screen_shown is not None
                and not isinstance(self.screen_shown, spec.standby))

    def _reset_options(self) -> None:
        if self.large_text or self.high_contrast or self.voice.enabled:
            log.info("reading options reset for the next person")
        self.top_bar.reset_options()
        self.large_text = self.high_contrast = False
        self.voice.enabled = False

    def _set_options(self, large_text: bool, high_contrast: bool, voice: bool) -> None:
        self.large_text, self.high_contrast = large_text, high_contrast
        self.voice.enabled = voice
        self._apply_style(self.translations.language)
        if voice:  # checked at once, even before a screen, so the toggle never lies for long
            self._say(self.view.spoken if self.view is not None else "",
                      self.translations.language)

    def _say(self, text: str, language: str) -> None:
        """Voice guidance; returns at once (a refusal comes back through `voice.refused`)."""
        if self.voice.enabled:
            self.voice.say(text, language)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing ends the speech thread (the GUI waits 2 s for it at most)."""
        self.voice.stop()
        super().closeEvent(event)

    def _apply_style(self, language: str) -> None:
        scale = SCALES.get(self.terminal, 1.0)
        points = BASE_POINTS * scale * (LARGE_FACTOR if self.large_text else 1.0)
        font = font_for(language, points)
        app = QApplication.instance()
        current = app.font()
        # The font is application-wide (another window may have set it): compare what
        # matters, since QFont's equality ignores the list of fallback families.
        font_changed = ((current.families(), current.pointSizeF())
                        != (font.families(), font.pointSizeF()))
        sheet = stylesheet(self.high_contrast, self.large_text, scale,
                           tuple(font.families()))
        # Setting the style sheet re-polishes every widget, which is also what carries a
        # new application font to them: only when the font or the options changed, not on
        # every screen (the camera's guidance changes screens several times a second).
        if font_changed or sheet != self.styleSheet():
            if font_changed:
                app.setFont(font)
            self.setStyleSheet(sheet)
        self.top_bar.show_language(language)
