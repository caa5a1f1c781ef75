"""The bar on every screen: languages, large text, high contrast, voice guidance."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.style import TOUCH_TARGET
from ui.texts import LANGUAGE_NAMES, tr


class TopBar(QWidget):
    """Emits `language(code)` and `options(large_text, high_contrast, voice)`."""

    language = Signal(str)
    options = Signal(bool, bool, bool)
    NOTICE_MS = 6000  # long enough to read, short enough not to stay on the next person's screen

    def __init__(self, compact: bool = False) -> None:
        super().__init__()
        self._language_buttons: dict[str, QPushButton] = {}
        self.large_text = self._toggle("option_large_text")
        self.high_contrast = self._toggle("option_high_contrast")
        self.voice = self._toggle("option_voice")
        toggles = (self.large_text, self.high_contrast, self.voice)
        # Said next to the button just touched: the help line at the bottom would go unseen.
        self.voice_notice = QLabel(objectName="voice_notice", wordWrap=True)
        self.voice_notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voice_notice.hide()
        self._notice_timer = QTimer(self, singleShot=True)
        self._notice_timer.timeout.connect(self.voice_notice.hide)
        self.setObjectName("top_bar")
        self.setProperty("compact", compact)
        if compact:  # a phone: a language list and a row of options
            layout = QGridLayout(self)
            self.languages = QComboBox(objectName="top_language")
            self.languages.setMinimumHeight(TOUCH_TARGET)
            for code, name in LANGUAGE_NAMES.items():
                self.languages.addItem(name, code)
            self.languages.activated.connect(
                lambda index: self.language.emit(self.languages.itemData(index)))
            layout.addWidget(self.languages, 0, 0, 1, 3)
            for column, toggle in enumerate(toggles):
                layout.addWidget(toggle, 1, column)
            layout.addWidget(self.voice_notice, 2, 0, 1, 3)
        else:
            rows = QVBoxLayout(self)
            rows.setContentsMargins(0, 0, 0, 0)  # the window's own margins are enough
            row = QHBoxLayout()
            rows.addLayout(row)
            rows.addWidget(self.voice_notice)
            for code, name in LANGUAGE_NAMES.items():
                # Checkable: the language on screen shows as chosen (set by show_language).
                button = QPushButton(name, objectName=f"top_language_{code}", checkable=True)
                button.setMinimumSize(TOUCH_TARGET, TOUCH_TARGET)
                button.clicked.connect(lambda _=False, c=code: self.language.emit(c))
                self._language_buttons[code] = button
                row.addWidget(button)
            row.addStretch(1)
            for toggle in toggles:
                row.addWidget(toggle)
        self.retranslate()

    def _toggle(self, name: str) -> QPushButton:
        button = QPushButton(objectName=name, checkable=True)
        # Small type in a row that must fit the screen, but a whole fingertip to touch.
        button.setMinimumSize(TOUCH_TARGET, TOUCH_TARGET)
        button.toggled.connect(lambda _: self.options.emit(
            self.large_text.isChecked(), self.high_contrast.isChecked(),
            self.voice.isChecked()))
        return button

    def show_language(self, code: str) -> None:
        """Mark the screen's language: the chosen button, or the phone's list entry."""
        languages = getattr(self, "languages", None)
        if languages is not None:
            languages.setCurrentIndex(max(languages.findData(code), 0))
        for language, button in self._language_buttons.items():
            button.setChecked(language == code)

    def reset_options(self) -> None:
        """Larger text, high contrast and voice off again (for the next person); no signal."""
        for toggle in (self.large_text, self.high_contrast, self.voice):
            with QSignalBlocker(toggle):
                toggle.setChecked(False)

    def refuse_voice(self) -> None:
        """Voice guidance cannot speak: the toggle goes off and a notice says so for a while."""
        with QSignalBlocker(self.voice):  # the window already knows; no options round trip
            self.voice.setChecked(False)
        self._word_notice()
        self.voice_notice.show()
        self._notice_timer.start(self.NOTICE_MS)

    def _word_notice(self) -> None:
        self.voice_notice.setText(tr("音声案内は利用できません"))
        # In the screen's type (the application font follows the language and large text),
        # bold: a label keeps the font it was polished with, which may be another screen's.
        font = QApplication.font()
        font.setBold(True)
        self.voice_notice.setFont(font)

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.large_text.setText(tr("文字を大きく"))
        self.high_contrast.setText(tr("見やすい配色"))
        self.voice.setText(tr("音声案内"))
        if not self.voice_notice.isHidden():
            self._word_notice()
