"""Voice guidance: each screen's instruction read aloud through QtTextToSpeech, when switched on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

_LOCALES = {"ja": "ja_JP", "en": "en_US", "zh": "zh_CN", "ko": "ko_KR", "es": "es_ES",
            "pt": "pt_BR"}
# espeak-ng's voices (through speech-dispatcher) preferred by name: Qt's first voice of a
# locale is English (Caribbean) for en_US and Portuguese (Portugal) for pt_BR; and espeak-ng
# calls Mandarin "cmn", which Qt cannot turn into a locale, so it has no zh_CN voice and lists
# Mandarin under the C locale.
_VOICE_NAMES = {"en": "English (America)", "pt": "Portuguese (Brazil)",
                "zh": "Chinese (Mandarin, latin as English)"}


class VoiceGuide:
    """Says instructions (never a PIN: screens do not put one in their text).

    `check_languages` (default: any engine but Qt's `mock`) refuses a language the engine has
    no voice for, rather than reading it in another language's voice. The mock engine speaks
    nothing and has only a few European voices; the UI tests use it as any language's voice.
    """

    def __init__(self, engine: str | None = None, *, check_languages: bool | None = None) -> None:
        self.engine = engine
        self.enabled = False
        self.said: list[str] = []  # what was said, for the tests and the QA panel
        self.check_languages = engine != "mock" if check_languages is None else check_languages
        self._speech: QTextToSpeech | None = None
        self._voices: dict[str, QVoice | None] = {}  # chosen once per language
        self._logged: set[str] = set()

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args)

    def _engine(self) -> QTextToSpeech | None:
        """The text-to-speech engine, created on first use; None when it does not work."""
        if self._speech is not None and self._speech.state() == QTextToSpeech.State.Error:
            # It worked and then failed (speech-dispatcher gone): start afresh next time.
            self._warn_once("failed", "voice guidance failed: %s", self._speech.errorString())
            self._speech, self._voices = None, {}
            return None
        if self._speech is None:
            engine = self.engine
            # Named rather than left to Qt so that the mock plugin PySide6 ships (silent) can
            # never be the one chosen; Qt's own default was speechd too when it loaded.
            if engine is None and "speechd" in QTextToSpeech.availableEngines():
                engine = "speechd"
            speech = QTextToSpeech(engine) if engine else QTextToSpeech()
            if speech.state() == QTextToSpeech.State.Error:
                self._warn_once("engine", "voice guidance unavailable (engine %s): %s",
                                engine or "default", speech.errorString())
                return None
            self._speech = speech
        return self._speech

    def _choose_voice(self, speech: QTextToSpeech, language: str) -> QVoice | None:
        """The engine's voice for `language`, or None when it has none."""
        if not self.check_languages:
            return speech.voice()
        if language not in _LOCALES:
            return None  # not one of the screens' languages: no voice is the right one
        wanted = QLocale(_LOCALES[language])
        locales = [locale for locale in speech.availableLocales()
                   if locale.language() == wanted.language()]
        fallback = None  # never a voice of another language
        if locales:
            speech.setLocale(wanted if wanted in locales else locales[0])
            if speech.locale().language() == wanted.language():
                fallback = speech.voice()  # Qt's choice for the locale
        else:
            speech.setLocale(QLocale.c())  # voices whose language Qt could not name
        named = [voice for voice in speech.availableVoices()
                 if voice.name() == _VOICE_NAMES.get(language)]
        return named[0] if named else fallback

    def can_speak(self, language: str) -> bool:
        """Whether a working engine has a voice for `language` (logged once when not)."""
        speech = self._engine()
        if speech is None:
            return False
        if language not in self._voices:
            self._voices[language] = self._choose_voice(speech, language)
        if self._voices[language] is None:
            self._warn_once(f"language {language}", "voice guidance: engine %s has no voice "
                            "for %s", speech.engine(), language)
            return False
        return True

    def say(self, text: str, language: str) -> None:
        """Read `text` aloud in `language` if guidance is on and the engine has its voice."""
        if not self.enabled or not text or not self.can_speak(language):
            return
        speech = self._speech
        assert speech is not None  # can_speak made it
        if self.check_languages:
            speech.setVoice(self._voices[language])
        else:
            speech.setLocale(QLocale(_LOCALES.get(language, "ja_JP")))
        speech.say(text)
        self.said.append(text)
