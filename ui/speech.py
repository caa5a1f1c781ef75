"""Voice guidance: each screen's instruction read aloud through QtTextToSpeech, when switched on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

_LOCALES = {"ja": "ja_JP", "en": "en_US", "zh": "zh_CN", "ko": "ko_KR", "es": "es_ES",
            "pt": "pt_BR"}


class VoiceGuide:
    """Says instructions (never a PIN: screens do not put one in their text)."""

    def __init__(self, engine: str | None = None) -> None:
        self.engine = engine
        self.enabled = False
        self.said: list[str] = []  # what was said, for the tests and the QA panel
        self._speech: QTextToSpeech | None = None

    def _voice(self) -> QTextToSpeech | None:
        if self._speech is None:
            speech = QTextToSpeech(self.engine) if self.engine else QTextToSpeech()
            if speech.state() == QTextToSpeech.State.Error:
                log.warning("voice guidance unavailable: %s", speech.errorString())
                return None
            self._speech = speech
        return self._speech

    def say(self, text: str, language: str) -> None:
        """Read `text` aloud in `language` if guidance is on."""
        if not self.enabled or not text:
            return
        speech = self._voice()
        if speech is None:
            return
        speech.setLocale(QLocale(_LOCALES.get(language, "ja_JP")))
        speech.say(text)
        self.said.append(text)
