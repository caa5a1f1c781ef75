"""The speech side of voice guidance: a worker on a thread of its own owns the text-to-speech
engine, chooses its voices and speaks; the GUI thread only sends it requests (ui/speech.py).

Qt's real engines run in a child process (`python -m ui.speech_worker ENGINE`), not just on
another thread: PySide6 holds Python's GIL through every QTextToSpeech call, and speechd's
engine spends about 1.7 s of CPU building its list of 1530 voices when it is created (and can
hang for good when speech-dispatcher is wedged), which would stall every Python slot of the GUI
thread all the same. A child has a GIL of its own; the worker thread only waits on its pipe,
with deadlines, and that wait releases the GIL. Qt's silent `mock` engine, the test hook and a
frozen (PyInstaller) build, which has no interpreter to start a child with, stay in the worker
thread.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSocketNotifier,
    QThread,
    Signal,
    Slot,
)
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

# Creating speechd's engine takes 2.0-2.6 s on the 2-core machine; the GUI's own deadline for
# an answer (VoiceGuide.DEADLINE_MS, 10 s) is longer, so the worker gives up first and says so.
READY_S = 8.0
REPLY_S = 4.0  # a check or a sentence handed to speech-dispatcher: milliseconds when it works
_POLL_S = 0.1  # how often a wait on the child looks whether the guide is closing

SpeechFactory = Callable[[str | None], QTextToSpeech]


class EngineError(Exception):
    """The text-to-speech engine could not be made, or stopped working."""


class Engine(Protocol):
    """What the worker needs of an engine, in this process or in a child."""

    name: str

    def error(self) -> str | None:
        """Why the engine no longer works, or None while it does."""

    def can_speak(self, language: str) -> bool:
        """Whether it has a voice for `language`."""

    def say(self, text: str, language: str) -> bool:
        """Start reading `text` in `language`'s voice; False if the engine failed."""

    def quiet(self) -> None:
        """Stop reading."""

    def close(self) -> None:
        """Release the engine (on the thread that made it)."""


class LocalEngine:
    """A QTextToSpeech of this thread, with the voice chosen once per language.

    `check_languages` refuses a language the engine has no voice for, rather than reading it
    in another language's voice; without it (Qt's mock engine) any language is spoken.
    """

    def __init__(self, speech: QTextToSpeech, check_languages: bool) -> None:
        if speech.state() == QTextToSpeech.State.Error:
            raise EngineError(speech.errorString() or "engine error")
        self._speech: QTextToSpeech | None = speech
        self.name = speech.engine() or "default"
        self.check_languages = check_languages
        self._voices: dict[str, QVoice | None] = {}

    @classmethod
    def open(cls, name: str | None, check_languages: bool) -> LocalEngine:
        """The engine `name` (speechd when available and none is named)."""
        # Named rather than left to Qt so that the mock plugin PySide6 ships (silent) can
        # never be the one chosen; Qt's own default was speechd too when it loaded.
        if name is None and "speechd" in QTextToSpeech.availableEngines():
            name = "speechd"
        return cls(QTextToSpeech(name) if name else QTextToSpeech(), check_languages)

    def error(self) -> str | None:
        """Why the engine stopped working (speech-dispatcher gone), or None."""
        speech = self._speech
        if speech is None:
            return "closed"
        if speech.state() == QTextToSpeech.State.Error:
            return speech.errorString() or "engine error"
        return None

    def _choose_voice(self, speech: QTextToSpeech, language: str) -> QVoice | None:
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
        """Whether the engine has a voice for `language` (chosen once)."""
        speech = self._speech
        if speech is None or self.error() is not None:
            return False
        if language not in self._voices:
            self._voices[language] = self._choose_voice(speech, language)
        return self._voices[language] is not None

    def say(self, text: str, language: str) -> bool:
        """Start reading `text` in the voice chosen for `language`."""
        speech = self._speech
        if speech is None or not self.can_speak(language):
            return False
        if self.check_languages:
            speech.setVoice(self._voices[language])
        else:
            speech.setLocale(QLocale(_LOCALES.get(language, "ja_JP")))
        speech.say(text)
        return self.error() is None

    def quiet(self) -> None:
        """Stop reading."""
        if self._speech is not None:
            self._speech.stop()

    def close(self) -> None:
        """Stop and delete the engine (Python owns it: deleted here, on its own thread)."""
        speech, self._speech = self._speech, None
        if speech is not None:
            speech.stop()


def child_command(name: str | None, check_languages: bool) -> list[str]:
    """The command line of a child process serving the engine `name`."""
    if getattr(sys, "frozen", False):
        # A packaged kiosk has no interpreter to run a module with: its own executable
        # serves the engine through the hidden `speech-worker` command.
        command = [sys.executable, "speech-worker", name or ""]
    else:
        command = [sys.executable, "-m", "ui.speech_worker", name or ""]
    return [*command, "--check-languages"] if check_languages else command


class ChildEngine:
    """An engine in a child process: every request is answered within a deadline, or the
    child is killed and the engine counts as failed.

    One request at a time, so a child that stops reading never fills its pipe. `cancelled`
    (checked every 0.1 s while waiting) ends a wait early when the guide is closing.
    """

    def __init__(self, name: str | None, check_languages: bool, *,
                 cancelled: Callable[[], bool] = lambda: False,
                 command: list[str] | None = None,
                 ready_s: float = READY_S, reply_s: float = REPLY_S) -> None:
        self._cancelled = cancelled
        self._reply_s = reply_s
        self._buffer = b""
        self._error: str | None = None
        root = str(Path(__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        try:
            # A session of its own: the terminal's Ctrl-C is for the kiosk, which ends it.
            self._process = subprocess.Popen(
                command or child_command(name, check_languages), stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, bufsize=0, env=env, start_new_session=True)
        except OSError as error:
            raise EngineError(f"cannot start the speech process: {error}") from None
        try:
            ready = self._read(ready_s)
        except EngineError:
            self.close()
            raise
        if "error" in ready:
            self.close()
            raise EngineError(str(ready["error"]))
        self.name = str(ready.get("engine") or name or "default")

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self._process.pid

    def _read(self, seconds: float) -> dict:
        """The child's next answer, waited for `seconds` at most."""
        stdout = self._process.stdout
        assert stdout is not None
        deadline = time.monotonic() + seconds
        while b"\n" not in self._buffer:
            if self._cancelled():
                raise EngineError("voice guidance is closing")
            left = deadline - time.monotonic()
            if left <= 0:
                raise EngineError(f"the speech process did not answer within {seconds:g} s")
            readable, _, _ = select.select([stdout], [], [], min(left, _POLL_S))
            if readable:
                data = os.read(stdout.fileno(), 65536)
                if not data:
                    raise EngineError("the speech process ended")
                self._buffer += data
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            answer = json.loads(line)
        except ValueError:
            raise EngineError(f"the speech process answered {line[:80]!r}") from None
        if not isinstance(answer, dict):
            raise EngineError(f"the speech process answered {line[:80]!r}")
        return answer

    def _ask(self, **request: str) -> bool:
        if self._error is not None:
            return False
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(request).encode() + b"\n")
            answer = self._read(self._reply_s)
        except (OSError, EngineError) as error:
            self._error = str(error)
            self._kill()
            return False
        if answer.get("error"):
            self._error = str(answer["error"])
        return bool(answer.get("ok"))

    def error(self) -> str | None:
        """Why the child's engine stopped working (or the child itself), or None."""
        return self._error

    def can_speak(self, language: str) -> bool:
        """Whether the child's engine has a voice for `language`."""
        return self._ask(op="check", language=language)

    def say(self, text: str, language: str) -> bool:
        """Hand `text` to the child's engine."""
        return self._ask(op="say", text=text, language=language)

    def quiet(self) -> None:
        """Stop reading."""
        self._ask(op="quiet")

    def _kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        try:
            self._process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:  # a process in uninterruptible sleep: the OS reaps it
            log.error("speech process %d did not end when killed", self._process.pid)

    def close(self) -> None:
        """End the child: its input closes (it quits), or it is killed after 0.5 s."""
        if self._process.poll() is None:
            try:
                if self._process.stdin is not None:
                    self._process.stdin.close()
                self._process.wait(timeout=0.5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill()
        if self._process.stdout is not None:
            self._process.stdout.close()


def open_engine(name: str | None, check_languages: bool, *,
                cancelled: Callable[[], bool] = lambda: False) -> Engine:
    """The engine `name`: Qt's mock in this thread, any other in a child process."""
    if name == "mock" or getattr(sys, "frozen", False):
        return LocalEngine.open(name, check_languages)
    return ChildEngine(name, check_languages, cancelled=cancelled)


class Switch:
    """Whether guidance is on, written by the GUI thread and read by the speech thread.

    Each switching on is a new epoch, so that a request of an earlier one is never spoken
    after guidance went off (a plain int: reading or writing it is atomic in Python).
    """

    def __init__(self) -> None:
        self.live = 0  # the epoch guidance is on in; 0 while it is off


class SpeechWorker(QObject):
    """Owns the engine on the speech thread: makes it on first use, checks and speaks.

    Requests come queued from the GUI thread; `answered(request, language, ok)` says whether
    the engine could speak the language (None: skipped, guidance went off first), `spoken`
    carries what was said. The worker never raises out of a slot: a failed engine is logged
    once and made afresh on a later request.
    """

    answered = Signal(int, str, object)
    spoken = Signal(str)
    _request = Signal(int, int, str, str)
    _warm = Signal()
    _quiet = Signal()
    _close = Signal()

    def __init__(self, name: str | None, check_languages: bool,
                 factory: SpeechFactory | None, switch: Switch) -> None:
        super().__init__()
        self._name = name
        self._check_languages = check_languages
        self._factory = factory
        self._switch = switch
        self._engine: Engine | None = None
        self._refused = 0  # the epoch a language was refused in: nothing more is said in it
        self._closing = threading.Event()
        self._logged: set[str] = set()
        self._request.connect(self._handle)
        self._warm.connect(self._make_engine)
        self._quiet.connect(self._stop_reading)
        self._close.connect(self._shut_down)

    # Called on the GUI thread: each only queues a call to the speech thread.

    def request(self, request: int, epoch: int, text: str, language: str) -> None:
        """Queue a request: check `language` and, in a live `epoch` (not 0), say `text`."""
        self._request.emit(request, epoch, text, language)

    def warm(self) -> None:
        """Queue making the engine, so that the first request is answered sooner."""
        self._warm.emit()

    def quiet(self) -> None:
        """Queue stopping what is being read."""
        self._quiet.emit()

    def request_close(self) -> None:
        """Skip what is queued, release the engine and end the thread (from any thread)."""
        self._closing.set()
        self._close.emit()

    # On the speech thread.

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args)

    def _open(self) -> Engine:
        if self._factory is not None:  # the tests' hook: built here, on the speech thread
            return LocalEngine(self._factory(self._name), self._check_languages)
        return open_engine(self._name, self._check_languages, cancelled=self._closing.is_set)

    def _drop(self, reason: str) -> None:
        """The engine worked and then failed: log once, make it afresh next time."""
        engine, self._engine = self._engine, None
        self._warn_once("failed", "voice guidance failed: %s", reason)
        if engine is not None:
            engine.close()

    @Slot()
    def _make_engine(self) -> None:
        self._working_engine()

    def _working_engine(self) -> Engine | None:
        if self._closing.is_set():
            return None
        if self._engine is not None:
            error = self._engine.error()
            if error is None:
                return self._engine
            self._drop(error)
            return None
        try:
            self._engine = self._open()
        except Exception as error:  # any engine failure means no voice, never a crash
            if not self._closing.is_set():
                self._warn_once("engine", "voice guidance unavailable (engine %s): %s",
                                self._name or "default", error)
            return None
        return self._engine

    def _skipped(self, epoch: int) -> bool:
        if self._closing.is_set():
            return True
        return epoch != 0 and (epoch != self._switch.live or epoch == self._refused)

    @Slot(int, int, str, str)
    def _handle(self, request: int, epoch: int, text: str, language: str) -> None:
        if self._skipped(epoch):
            self.answered.emit(request, language, None)
            return
        engine = self._working_engine()
        ok = engine is not None and engine.can_speak(language)
        if ok and text and epoch and not self._skipped(epoch):  # making it may have taken long
            assert engine is not None
            ok = engine.say(text, language)
            if ok:
                self.spoken.emit(text)
        if engine is not None and not ok:
            error = engine.error()
            if error is not None:
                self._drop(error)
            else:
                self._warn_once(f"language {language}", "voice guidance: engine %s has no "
                                "voice for %s", engine.name, language)
        if not ok and epoch:
            self._refused = epoch
        self.answered.emit(request, language, ok)

    @Slot()
    def _stop_reading(self) -> None:
        if self._engine is not None and not self._closing.is_set():
            self._engine.quiet()

    @Slot()
    def _shut_down(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            try:
                engine.close()
            except Exception:  # the thread must end all the same
                log.exception("voice guidance: closing the engine failed")
        QThread.currentThread().quit()


def _answer(engine: LocalEngine, request: dict) -> dict:
    """The child's answer to one request."""
    op, language = request.get("op"), str(request.get("language", ""))
    if op == "check":
        ok = engine.can_speak(language)
    elif op == "say":
        ok = engine.say(str(request.get("text", "")), language)
    elif op == "quiet":
        engine.quiet()
        ok = True
    else:
        return {"ok": False, "error": f"no such request {op!r}"}
    return {"ok": ok, "error": engine.error()}


def serve(argv: list[str] | None = None) -> int:
    """The child process: one engine, one JSON request a line on stdin, one answer each."""
    parser = argparse.ArgumentParser(prog="python -m ui.speech_worker")
    parser.add_argument("engine", help="the QtTextToSpeech engine ('' for the default)")
    parser.add_argument("--check-languages", action="store_true")
    args = parser.parse_args(argv)
    # Answers go to a copy of stdout; anything a library prints goes to stderr instead of
    # into the answers.
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)

    def send(answer: dict) -> None:
        answers.write(json.dumps(answer).encode() + b"\n")

    app = QCoreApplication([])
    try:
        engine = LocalEngine.open(args.engine or None, args.check_languages)
    except EngineError as error:
        send({"error": str(error)})
        return 1
    send({"ready": True, "engine": engine.name})
    pending = bytearray()

    def readable() -> None:
        data = os.read(0, 65536)
        if not data:  # the kiosk closed our input, or ended
            app.quit()
            return
        pending.extend(data)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            try:
                request = json.loads(line)
            except ValueError:
                request = {}
            send(_answer(engine, request if isinstance(request, dict) else {}))

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(readable)
    app.exec()
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(serve())
