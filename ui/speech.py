"""Voice guidance: each screen's instruction read aloud through QtTextToSpeech, when switched on.

The GUI thread never waits for speech: the engine lives on a thread of its own (and a real
engine in a process of its own, see ui/speech_worker.py); requests go there queued, answers
come back as signals, and an answer that does not come within `DEADLINE_MS` counts as "no".
"""

from __future__ import annotations

import atexit
import itertools
import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from ui.speech_worker import SpeechFactory, SpeechWorker, Switch

log = logging.getLogger(__name__)

# Speech threads not known to have ended. Qt aborts the process if a QThread is destroyed
# while it runs, so each is kept here (with its worker) until it has ended; a thread still
# stuck in an engine call when its guide stopped ends with the process.
_THREADS: list[tuple[QThread, SpeechWorker]] = []
_HOOKED: list[QCoreApplication] = []  # the application whose quit also ends them


def _prune() -> None:
    _THREADS[:] = [(thread, worker) for thread, worker in _THREADS if thread.isRunning()]


@atexit.register
def _stop_all() -> None:
    """At exit, ask every speech thread still running to end (2 s at most in all)."""
    _prune()
    for _thread, worker in _THREADS:
        worker.request_close()
    for thread, _worker in _THREADS:
        thread.wait(2000 // max(len(_THREADS), 1))


class VoiceGuide(QObject):
    """Says instructions (never a PIN: screens do not put one in their text).

    `check_languages` (default: any engine but Qt's `mock`) refuses a language the engine has
    no voice for, rather than reading it in another language's voice. The mock engine speaks
    nothing and has only a few European voices; the UI tests use it as any language's voice.
    `factory` (for tests) builds the QTextToSpeech from the engine's name, on the speech
    thread. Creating a guide is cheap: the thread and the engine start on first use.

    Signals: `available(language, ok)` answers each check and each request to speak;
    `refused()` when guidance was on and cannot speak (it is off again by then), so that the
    window puts the toggle back off and says why; `spoken(text)` once `text` has been said.
    """

    available = Signal(str, bool)
    refused = Signal()
    spoken = Signal(str)
    DEADLINE_MS = 10_000  # creating speechd's engine takes 2.0-2.6 s; the worker gives up at 8
    STOP_WAIT_MS = 2000  # the longest the GUI waits for the speech thread when closing

    def __init__(self, engine: str | None = None, *, check_languages: bool | None = None,
                 factory: SpeechFactory | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.said: list[str] = []  # what was said, for the tests and the QA panel
        self.check_languages = engine != "mock" if check_languages is None else check_languages
        self._factory = factory
        self._switch = Switch()
        self._epochs = itertools.count(1)
        self._requests = itertools.count(1)
        self._pending: dict[int, tuple[int, str]] = {}  # request: (epoch, language)
        self._thread: QThread | None = None
        self._worker: SpeechWorker | None = None
        self._logged: set[str] = set()

    @property
    def enabled(self) -> bool:
        """Whether guidance is switched on."""
        return self._switch.live != 0

    @enabled.setter
    def enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        if on:
            self._switch.live = next(self._epochs)
        else:
            self._switch.live = 0
            if self._worker is not None:
                self._worker.quiet()  # switched off: stop reading at once

    @property
    def thread_running(self) -> bool:
        """Whether the speech thread runs."""
        return self._thread is not None and self._thread.isRunning()

    def say(self, text: str, language: str) -> None:
        """Read `text` aloud in `language` if guidance is on (an empty text only checks the
        language); when the engine cannot, guidance goes off and `refused` is emitted."""
        if self.enabled:
            self._send(self._switch.live, text, language)

    def check(self, language: str) -> None:
        """Ask whether the engine can speak `language`; answered by `available`."""
        self._send(0, "", language)

    def warm_up(self) -> None:
        """Start the speech thread and make the engine in the background, ahead of use."""
        self._start().warm()

    def stop(self) -> bool:
        """Guidance off and the speech thread ended; waits `STOP_WAIT_MS` at most (False if
        the thread is still busy then: it is kept and ends when its engine call returns)."""
        self._switch.live = 0
        self._pending.clear()
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None  # a later request starts a new thread
        if thread is None or worker is None:
            return True
        worker.request_close()
        stopped = thread.wait(self.STOP_WAIT_MS)
        if not stopped:
            log.error("voice guidance: the speech thread is still busy after %d ms; left to "
                      "end by itself", self.STOP_WAIT_MS)
        _prune()
        return stopped

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning(message, *args)

    def _start(self) -> SpeechWorker:
        if self._worker is not None:
            return self._worker
        thread = QThread()
        thread.setObjectName("speech")
        worker = SpeechWorker(self.engine, self.check_languages, self._factory, self._switch)
        worker.moveToThread(thread)
        worker.answered.connect(self._answered)
        worker.spoken.connect(self._spoken)
        _prune()
        _THREADS.append((thread, worker))
        thread.start()
        app = QCoreApplication.instance()
        if app is not None and app not in _HOOKED:  # a quit without closing the window
            _HOOKED.append(app)
            app.aboutToQuit.connect(_stop_all)
        self._thread, self._worker = thread, worker
        return worker

    def _send(self, epoch: int, text: str, language: str) -> None:
        worker = self._start()
        request = next(self._requests)
        self._pending[request] = (epoch, language)
        QTimer.singleShot(self.DEADLINE_MS, self, lambda: self._expired(request))
        worker.request(request, epoch, text, language)

    @Slot(int, str, object)
    def _answered(self, request: int, language: str, ok: bool | None) -> None:
        pending = self._pending.pop(request, None)
        if pending is None or ok is None:  # answered by its deadline already, or skipped
            return
        self.available.emit(language, ok)
        if not ok:
            self._refuse(pending[0])

    def _expired(self, request: int) -> None:
        pending = self._pending.pop(request, None)
        if pending is None:
            return
        epoch, language = pending
        self._warn_once("deadline", "voice guidance unavailable: no answer from the speech "
                        "engine within %.0f s", self.DEADLINE_MS / 1000)
        self.available.emit(language, False)
        self._refuse(epoch)

    def _refuse(self, epoch: int) -> None:
        """Guidance off when it is still on in `epoch` (not switched off and on since)."""
        if epoch and epoch == self._switch.live:
            self.enabled = False
            self.refused.emit()

    @Slot(str)
    def _spoken(self, text: str) -> None:
        self.said.append(text)
        self.spoken.emit(text)
