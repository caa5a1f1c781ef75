"""Voice guidance never shows as on while nothing is spoken: without a working engine, or
without a voice for the screen's language, the toggle goes back off and a notice says so in
the screen's language. The engine lives on a thread of its own (a real one in a process of
its own): the GUI thread never waits for it, and its answers come back later."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.flows.names import ScreenName
from kiosk.flows.screen import Screen
from ui import speech_worker
from ui.kiosk_window import KioskWindow
from ui.sample_screens import samples
from ui.screenshots import close_window, show
from ui.speech import VoiceGuide
from ui.speech_worker import ChildEngine, EngineError
from ui.top_bar import TopBar

NOTICE = "音声案内は利用できません"
ANSWER_MS = 10_000  # a real engine's answer comes from a child process: allow for a busy CI


@pytest.fixture
def open_kiosk(qapp):
    """Opens a kiosk window of a terminal with a voice guide, at its first screen."""
    windows = []

    def open_(voice: VoiceGuide, terminal: str = "clinic",
              language: str = "ja") -> KioskWindow:
        window = KioskWindow(terminal, voice)
        window.show()
        windows.append(window)
        show(window, samples(terminal)[0].in_language(language))
        return window

    yield open_
    for window in windows:
        close_window(window)  # also puts the application back into Japanese


@pytest.fixture
def guides(qapp):
    """Voice guides without a window; their threads are stopped after the test."""
    made: list[VoiceGuide] = []

    def make(*args, **kwargs) -> VoiceGuide:
        guide = VoiceGuide(*args, **kwargs)
        made.append(guide)
        return guide

    yield make
    for guide in made:
        guide.stop()


def sample_of(terminal: str, name: str, language: str = "ja") -> Screen:
    """The first sample screen of `terminal` called `name`, in `language`."""
    return next(sample.in_language(language) for sample in samples(terminal)
                if sample.screen.name == name)


def touch_voice(window: KioskWindow, qtbot) -> None:
    """Touch the 音声案内 toggle."""
    qtbot.mouseClick(window.top_bar.voice, Qt.MouseButton.LeftButton)


def wait_refused(window: KioskWindow, qtbot) -> None:
    """Wait for the guide's answer: the toggle back off and the notice shown."""
    bar = window.top_bar
    qtbot.waitUntil(lambda: bar.voice_notice.isVisible() and not bar.voice.isChecked(),
                    timeout=ANSWER_MS)


def answer(voice: VoiceGuide, language: str, qtbot) -> bool:
    """Whether the guide's engine can speak `language` (asked, then waited for)."""
    with qtbot.waitSignal(voice.available, timeout=ANSWER_MS,
                          check_params_cb=lambda code, _ok: code == language) as blocker:
        voice.check(language)
    return blocker.args[1]


def settled(voice: VoiceGuide, qtbot) -> None:
    """Wait until the speech thread has handled every earlier request (they are in order)."""
    answer(voice, "ja", qtbot)


def voice_warnings(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records
            if record.name in ("ui.speech", "ui.speech_worker")]


@contextmanager
def ticking() -> Iterator[list[float]]:
    """The times a 20 ms timer of the GUI thread fired: it only fires while the GUI's event
    loop runs and Python's GIL is free for its slot."""
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        yield ticks
    finally:
        timer.stop()


def slow_factory(seconds: float, engine: str = "mock") -> Callable[[str | None], QTextToSpeech]:
    """An engine factory that takes `seconds` (as speech-dispatcher does) to make `engine`."""
    def make(_name: str | None) -> QTextToSpeech:
        time.sleep(seconds)
        return QTextToSpeech(engine)
    return make


@pytest.mark.parametrize("terminal", ["clinic", "portal"])
def test_without_an_engine_the_toggle_stays_off_and_says_why(open_kiosk, qtbot, caplog,
                                                             terminal):
    caplog.set_level(logging.WARNING, logger="ui.speech_worker")
    voice = VoiceGuide("no-such-engine")
    window = open_kiosk(voice, terminal)
    bar = window.top_bar
    touch_voice(window, qtbot)
    wait_refused(window, qtbot)
    assert not voice.enabled
    assert bar.voice_notice.text() == NOTICE
    touch_voice(window, qtbot)  # tried again, refused again, logged once
    assert bar.voice.isChecked()  # until the answer comes
    wait_refused(window, qtbot)
    assert bar.voice_notice.text() == NOTICE
    assert voice.said == []
    [warning] = voice_warnings(caplog)
    assert "no-such-engine" in warning


def test_the_notice_is_in_the_screens_language_and_goes_away(open_kiosk, qtbot, monkeypatch):
    monkeypatch.setattr(TopBar, "NOTICE_MS", 300)
    window = open_kiosk(VoiceGuide("no-such-engine"), language="en")
    notice = window.top_bar.voice_notice
    touch_voice(window, qtbot)
    wait_refused(window, qtbot)
    assert notice.text() == "Voice guidance is not available"
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)
    assert not window.top_bar.voice.isChecked()


def test_with_a_working_engine_it_speaks(open_kiosk, qtbot):
    voice = VoiceGuide("mock")
    window = open_kiosk(voice)
    touch_voice(window, qtbot)
    qtbot.waitUntil(lambda: voice.said == [window.view.spoken], timeout=ANSWER_MS)
    assert window.top_bar.voice.isChecked() and voice.enabled
    assert "マイナンバーカードを置いてください。" in voice.said[0]
    assert not window.top_bar.voice_notice.isVisible()
    touch_voice(window, qtbot)  # off: the next screen is not read
    show(window, sample_of("clinic", ScreenName.PIN_ENTRY))
    settled(voice, qtbot)
    assert len(voice.said) == 1


def test_a_language_without_a_voice_is_refused_not_read_in_another_voice(open_kiosk, qtbot):
    voice = VoiceGuide("mock", check_languages=True)  # Qt's mock engine has English, no Japanese
    assert answer(voice, "en", qtbot) and not answer(voice, "ja", qtbot)
    assert not answer(voice, "fr", qtbot)  # not a screen language: no voice rather than any
    window = open_kiosk(voice, language="en")
    touch_voice(window, qtbot)
    qtbot.waitUntil(lambda: voice.said == [window.view.spoken], timeout=ANSWER_MS)
    assert window.top_bar.voice.isChecked()
    show(window, sample_of("clinic", ScreenName.PIN_ENTRY, "ja"))  # the next one in Japanese
    wait_refused(window, qtbot)
    assert not voice.enabled
    assert window.top_bar.voice_notice.text() == NOTICE
    assert len(voice.said) == 1


def test_said_is_what_was_said(guides, qtbot):
    voice = guides("mock")
    voice.say("カードを置いてください。", "ja")  # guidance off
    voice.enabled = True
    voice.say("", "ja")
    voice.say("カードを置いてください。", "ja")
    qtbot.waitUntil(lambda: bool(voice.said), timeout=ANSWER_MS)
    settled(voice, qtbot)
    assert voice.said == ["カードを置いてください。"]
    refused = guides("no-such-engine")
    refused.enabled = True
    with qtbot.waitSignal(refused.refused, timeout=ANSWER_MS):
        refused.say("カードを置いてください。", "ja")
    assert refused.said == [] and not refused.enabled


def test_nothing_queued_is_said_once_guidance_is_off(guides, qtbot):
    voice = guides("mock", factory=slow_factory(0.5))
    voice.enabled = True
    voice.say("カードを置いてください。", "ja")  # waits on the engine being made
    voice.enabled = False
    settled(voice, qtbot)
    assert voice.said == []


@pytest.mark.parametrize("terminal", ["clinic", "portal"])
def test_the_notice_has_glyphs_in_every_language(open_kiosk, qtbot, terminal):
    from kiosk.eligibility.settings import LANGUAGES
    from tests.ui.test_glyphs import glyph_problems

    window = open_kiosk(VoiceGuide("no-such-engine"), terminal)
    touch_voice(window, qtbot)
    wait_refused(window, qtbot)
    problems, texts = [], set()
    for language in LANGUAGES:
        show(window, samples(terminal)[0].in_language(language))
        texts.add(window.top_bar.voice_notice.text())
        problems += [f"{language}: {problem}" for problem in glyph_problems(window, language)]
    assert window.top_bar.voice_notice.isVisible()
    assert len(texts) == len(LANGUAGES)  # translated into each
    assert problems == []


def test_a_guide_is_cheap_until_guidance_is_first_switched_on(open_kiosk, qtbot):
    made = []
    voice = VoiceGuide("mock", factory=lambda name: made.append(name) or QTextToSpeech(name))
    window = open_kiosk(voice)
    show(window, sample_of("clinic", ScreenName.PIN_ENTRY))
    assert not voice.thread_running and made == []
    touch_voice(window, qtbot)
    qtbot.waitUntil(lambda: bool(voice.said), timeout=ANSWER_MS)
    assert voice.thread_running and made == ["mock"]


def test_the_screen_stays_live_while_the_engine_is_slow_to_start(open_kiosk, qtbot):
    voice = VoiceGuide("mock", factory=slow_factory(2.0))
    window = open_kiosk(voice)
    with ticking() as ticks:
        touch_voice(window, qtbot)
        assert window.top_bar.voice.isChecked() and voice.said == []  # not waited for
        qtbot.waitUntil(lambda: bool(voice.said), timeout=ANSWER_MS)
    started = ticks[0]
    during = [tick for tick in ticks if tick - started < 1.9]
    # A frozen GUI thread gets one or two ticks in those 2 s; a live one about 100.
    assert len(during) > 20, ticks
    assert voice.said == [window.view.spoken]
    assert window.top_bar.voice.isChecked() and not window.top_bar.voice_notice.isVisible()


def test_a_slow_engine_that_fails_turns_guidance_back_off(open_kiosk, qtbot, caplog):
    voice = VoiceGuide("mock", factory=slow_factory(1.0, engine="no-such-engine"))
    window = open_kiosk(voice)
    with ticking() as ticks:
        touch_voice(window, qtbot)
        assert window.top_bar.voice.isChecked()
        wait_refused(window, qtbot)
    assert len(ticks) > 10, ticks
    assert window.top_bar.voice_notice.text() == NOTICE
    assert voice.said == [] and not voice.enabled
    assert any("unavailable" in warning for warning in voice_warnings(caplog))


def test_an_engine_that_does_not_answer_in_time_counts_as_unavailable(open_kiosk, qtbot,
                                                                      caplog, monkeypatch):
    monkeypatch.setattr(VoiceGuide, "DEADLINE_MS", 300)
    voice = VoiceGuide("mock", factory=slow_factory(1.5))
    window = open_kiosk(voice)
    touch_voice(window, qtbot)
    wait_refused(window, qtbot)  # after 300 ms, while the engine is still being made
    assert not voice.enabled and voice.said == []
    assert any("no answer" in warning for warning in voice_warnings(caplog))
    monkeypatch.setattr(VoiceGuide, "DEADLINE_MS", ANSWER_MS)
    assert answer(voice, "ja", qtbot)  # the engine is up by now: the late answer changed nothing
    assert voice.said == [] and not window.top_bar.voice.isChecked()


def test_a_real_engine_runs_in_a_process_of_its_own(open_kiosk, qtbot, monkeypatch):
    # A child that spends 1.5 s of CPU (holding its own GIL, as speechd's engine does while
    # it lists its voices) before serving Qt's mock engine.
    slow_child = textwrap.dedent("""
        import sys, time
        from ui.speech_worker import serve
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            pass
        sys.exit(serve(["mock"]))
    """)
    monkeypatch.setattr(speech_worker, "child_command",
                        lambda _name, _check: [sys.executable, "-c", slow_child])
    voice = VoiceGuide("slow-engine", check_languages=False)
    window = open_kiosk(voice)
    with ticking() as ticks:
        touch_voice(window, qtbot)
        qtbot.waitUntil(lambda: bool(voice.said), timeout=ANSWER_MS)
    during = [tick for tick in ticks if tick - ticks[0] < 1.4]
    assert len(during) > 15, ticks
    assert voice.said == [window.view.spoken]


def test_closing_the_window_stops_the_speech_thread(open_kiosk, qtbot):
    voice = VoiceGuide("mock")
    window = open_kiosk(voice)
    touch_voice(window, qtbot)
    qtbot.waitUntil(lambda: bool(voice.said), timeout=ANSWER_MS)
    thread = voice._thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert not thread.isRunning() and not voice.thread_running
    assert not voice.enabled


def test_closing_does_not_wait_long_for_a_busy_speech_thread(guides, qtbot, monkeypatch):
    monkeypatch.setattr(VoiceGuide, "STOP_WAIT_MS", 100)
    making = threading.Event()
    slow = slow_factory(1.0)

    def factory(name: str | None) -> QTextToSpeech:
        making.set()
        return slow(name)

    voice = guides("mock", factory=factory)
    voice.enabled = True
    voice.say("カードを置いてください。", "ja")
    thread = voice._thread
    assert thread is not None
    qtbot.waitUntil(making.is_set, timeout=ANSWER_MS)  # the speech thread is making the engine
    assert voice.stop() is False  # still busy: kept, not destroyed
    qtbot.waitUntil(lambda: not thread.isRunning(), timeout=5000)  # and it ends by itself
    assert voice.said == []


def test_the_child_engine_answers_and_ends(qapp):
    engine = ChildEngine("mock", check_languages=True)
    try:
        assert engine.name == "mock"
        assert engine.can_speak("en") and not engine.can_speak("ja")
        assert engine.say("Place your card.", "en")
        assert engine.error() is None
    finally:
        engine.close()
    assert engine._process.poll() is not None


def test_a_child_engine_that_does_not_answer_is_killed(qapp, monkeypatch):
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(speech_worker.subprocess, "Popen", Recorded)
    silent = [sys.executable, "-c", "import time; time.sleep(60)"]
    began = time.monotonic()
    with pytest.raises(EngineError, match="did not answer"):
        ChildEngine("mock", True, command=silent, ready_s=0.5)
    assert time.monotonic() - began < 5
    [process] = started
    assert process.poll() is not None  # killed, not left behind


def test_a_packaged_kiosk_serves_the_engine_with_its_own_executable(qapp, monkeypatch, tmp_path):
    # A packaged kiosk is one executable (the `kiosk` command) and no interpreter: it must
    # start itself with the hidden `speech-worker` command. This stand-in runs the same
    # entry point as the package's.
    kiosk = tmp_path / "kiosk"
    kiosk.write_text(f"#!/bin/sh\nexec {sys.executable} -c "
                     "'import sys; from ui.main import main; sys.exit(main())' \"$@\"\n")
    kiosk.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(kiosk))
    assert speech_worker.child_command("mock", True) == [
        str(kiosk), "speech-worker", "mock", "--check-languages"]
    engine = ChildEngine("mock", check_languages=True)
    try:
        assert engine.name == "mock"
        assert engine.can_speak("en") and not engine.can_speak("ja")
        assert engine.say("Place your card.", "en")
    finally:
        engine.close()
    assert engine._process.poll() is not None


def test_the_speech_worker_command_is_not_offered_to_people():
    done = subprocess.run([sys.executable, "-c", "from ui.main import main; main(['--help'])"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert "run a terminal's screens" in done.stdout
    assert "speech-worker" not in done.stdout and "SUPPRESS" not in done.stdout
