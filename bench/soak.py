"""Soak: one kiosk process serves session after session, as a reception terminal does all day.

The real `TerminalApp` (its flow worker, card watcher and face model threads, Qt offscreen)
runs the clinic reception of the emulated demo site; this driver touches its buttons and
places and takes the personas' cards, mixing face (the holder, a printed photo, someone
else, a dark room), PIN (right, wrong then right, locked), staff visual confirmation, cards
pulled mid-command and mid-capture, timeouts, language switches, registration offers and
cards the terminal refuses. Each session must end on the screen it should. It prints
sessions per minute, resident memory and threads at the start and the end, restarts of
the flow, and stuck sessions (a wait that missed its deadline).

    python -m bench.soak [--sessions 500] [--mix full|test] [--json]

The emulated world runs on a fake clock: the camera's frames and the inactivity timer do
not wait for wall time, so the figure is how fast the kiosk itself works through sessions.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # after the platform is chosen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.emulator.demo_home import build_demo_home, copy_demo_home
from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from ui.application import application
from ui.process_memory import return_large_blocks
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp

CLINIC = "1310000001"  # みなと内科クリニック: face retries 1, visual confirmation, 60/15 s
STAFF_PASSWORD = "minato-staff-2026"
WAIT_S = 30.0  # for a screen after a touch or a card
FACE_WAIT_S = 120.0  # for a face attempt's verdict (75 frames at most, on a busy machine)


class Stuck(Exception):
    """A screen did not come within its deadline."""


class WrongEnd(Exception):
    """A session went somewhere it should not."""


@dataclass(frozen=True)
class SessionResult:
    """How one session went."""

    number: int
    kind: str
    seconds: float
    ok: bool
    stuck: bool = False
    message: str = ""
    rss_mb: float = 0.0  # resident memory once the session ended


class Driver:
    """Touches one running kiosk as a patient does, with a deadline on every wait."""

    def __init__(self, app: TerminalApp, world: EmulatedWorld) -> None:
        self.app, self.world = app, world

    @property
    def screen(self):  # kiosk.flows.screen.Screen | None
        """What the window shows now."""
        return self.app.window.screen_shown

    def until(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Run the GUI's event loop until `predicate()`; Stuck after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                shown = self.screen.describe() if self.screen else "nothing"
                raise Stuck(f"{what} did not come within {timeout:.0f} s (showing {shown})")
            QTest.qWait(10)

    def wait_for(self, name: str, reason: Reason | None = None, *,
                 timeout: float = WAIT_S) -> None:
        """Until the screen `name` shows (with `reason`, when given); WrongEnd when the
        session settles on another final screen first."""
        def shown() -> bool:
            screen = self.screen
            return screen is not None and screen.name == name and (
                reason is None or screen.reason is reason)
        self.until(shown, timeout, f"the screen {name}{f' ({reason.value})' if reason else ''}")

    def click(self, object_name: str) -> None:
        """Touch the visible, enabled button with this object name."""
        def buttons() -> list[QPushButton]:
            return [b for b in self.app.window.findChildren(QPushButton, object_name)
                    if b.isVisible() and b.isEnabled()]
        self.until(lambda: bool(buttons()), WAIT_S, f"the button {object_name}")
        QTest.mouseClick(buttons()[0], Qt.MouseButton.LeftButton)

    def type_pin(self, pin: str) -> None:
        """Touch the PIN pad's digits, then OK."""
        for digit in pin:
            self.click(f"pin_key_{digit}")
        self.click("pin_ok")

    def type_staff_password(self, password: str) -> None:
        """Staff type the facility password and confirm."""
        edit = self.app.window.host.password.edit
        self.until(edit.isVisible, WAIT_S, "the password field")
        QTest.keyClicks(edit, password)
        self.click("staff_password_ok")

    def place(self, card: str, camera: str = "holder") -> None:
        """Point the camera at `camera`, then put `card` on the reader."""
        self.world.camera.choose(camera)
        self.world.insert(card)

    def take(self) -> None:
        """Take the card off the reader, and see standby ask for the next one."""
        if self.world.slot.card is not None:
            self.world.remove()
        self.until(lambda: self.screen is not None and self.screen.name == S.STANDBY
                   and not self.screen.details.get("take_card"), WAIT_S, "plain standby")

    def finish_reception(self, language: str = "ja") -> None:
        """Consent to all, electronic prescription, the valid result, take the card."""
        self.wait_for(S.CONSENT)
        self.click("action_consent_all")
        self.wait_for(S.PRESCRIPTION)
        self.click("action_choose_prescription_electronic")
        self.wait_for(S.RESULT, Reason.VALID)
        if self.screen.language != language:
            raise WrongEnd(f"the result came in {self.screen.language}, not {language}")
        self.take()


# -- the sessions --------------------------------------------------------------------------


def face_holder(d: Driver) -> None:
    """The registered holder confirms with the face."""
    d.place("yamada-hanako")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.finish_reception()


def face_auth_card(d: Driver) -> None:
    """A face-authentication card (no PIN): the face is the only way but staff."""
    d.place("sato-kenta")
    d.wait_for(S.CHOOSE_METHOD, Reason.FACE_AUTH_CARD)
    d.click("action_choose_face")
    d.finish_reception()


def face_printed_then_pin(d: Driver) -> None:
    """A printed photo held up is refused; the holder then types the PIN."""
    d.place("yamada-hanako", camera="printed")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, timeout=FACE_WAIT_S)
    if d.screen.reason is not Reason.FACE_UNDECIDED:
        raise WrongEnd(f"a printed photo gave {d.screen.describe()}")
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("1234")
    d.finish_reception()


def face_someone_else(d: Driver) -> None:
    """Someone else before the camera: no match; the patient gives up."""
    d.place("matsumoto-kazuko", camera="other:sasaki-sho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, Reason.FACE_NO_MATCH, timeout=FACE_WAIT_S)
    d.click("action_cancel")
    d.wait_for(S.STANDBY, Reason.CANCELLED)
    d.take()


def face_dark_room(d: Driver) -> None:
    """Too dark to see a face: the verdict says so; the card is taken."""
    d.place("yamada-hanako", camera="dark")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, Reason.FACE_UNDECIDED, timeout=FACE_WAIT_S)
    d.world.remove()
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED)
    d.take()


def card_pulled_mid_capture(d: Driver) -> None:
    """The card leaves while the camera looks: the attempt stops at once."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_CAPTURE)
    d.world.remove()
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED, timeout=FACE_WAIT_S)
    d.take()


def pin_right(d: Driver) -> None:
    """The right PIN at once."""
    d.place("matsumoto-kazuko")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("0310")
    d.finish_reception()


def pin_wrong_then_right(d: Driver) -> None:
    """A wrong PIN, then the right one (the counter is back to 3 after)."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("9999")
    d.wait_for(S.PIN_ENTRY, Reason.WRONG_PIN)
    d.type_pin("1102")
    d.finish_reception()


def pin_locked(d: Driver) -> None:
    """A locked PIN: the terminal says so and offers only the face and staff."""
    d.place("suzuki-ichiro")
    d.wait_for(S.CHOOSE_METHOD, Reason.PIN_LOCKED)
    if "pin" in d.screen.details.get("methods", ()):
        raise WrongEnd("a locked PIN was offered")
    d.take()
    # Taken mid-session: standby says the session ended with the card removed.


def staff_visual_confirmation(d: Driver) -> None:
    """Staff confirm by sight with the facility password."""
    d.place("yamada-hanako", camera="nobody")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_ask_staff")
    d.wait_for(S.STAFF_PASSWORD)
    d.type_staff_password(STAFF_PASSWORD)
    d.finish_reception()


def card_pulled_mid_command(d: Driver) -> None:
    """The card leaves while the PIN is being checked on it."""
    d.place("yamada-hanako")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.world.slot.pull_during_next_command()
    d.type_pin("1234")
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED)
    d.take()


def inactivity_timeout(d: Driver) -> None:
    """Nobody touches the screen: the warning counts down, then standby asks for the card."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.world.clock.advance(46)  # the facility's timeout is 60 s, its warning 15 s
    d.wait_for(S.INACTIVITY_WARNING)
    d.world.clock.advance(20)
    d.wait_for(S.STANDBY, Reason.TIMED_OUT)
    if not d.screen.details.get("take_card"):
        raise WrongEnd("standby did not ask for the card left on the reader")
    d.take()


def language_switch(d: Driver) -> None:
    """The patient reads English from the first screen; the next one starts in Japanese."""
    d.place("matsumoto-kazuko")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("top_language_en")
    d.until(lambda: d.screen.language == "en", WAIT_S, "English")
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("0310")
    d.finish_reception(language="en")
    if d.screen.language != "ja":
        raise WrongEnd("standby stayed in English for the next patient")


def registration_declined(d: Driver) -> None:
    """A card not yet registered: the offer is declined; staff are told."""
    d.place("sasaki-sho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("2468")
    d.wait_for(S.REGISTRATION_OFFER)
    d.click("action_decline_registration")
    d.wait_for(S.RESULT, Reason.NOT_REGISTERED)
    d.take()


def card_on_hold(d: Driver) -> None:
    """A card reported lost: refused after the PIN, with where to go."""
    d.place("watanabe-miho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("3690")
    d.wait_for(S.CERTIFICATE_REFUSED, Reason.CERTIFICATE_ON_HOLD)
    d.take()


def chip_destroyed(d: Driver) -> None:
    """A card whose chip does not answer."""
    d.place("ito-sakura")
    d.wait_for(S.CARD_PROBLEM, Reason.CHIP_DESTROYED)
    d.take()


def insurance_card(d: Driver) -> None:
    """An old insurance card on the reader."""
    d.place("insurance-card")
    d.wait_for(S.CARD_PROBLEM, Reason.INSURANCE_CARD)
    d.take()


SESSIONS: dict[str, Callable[[Driver], None]] = {
    function.__name__: function for function in (
        face_holder, pin_right, card_pulled_mid_command, face_printed_then_pin,
        staff_visual_confirmation, inactivity_timeout, pin_wrong_then_right,
        face_someone_else, language_switch, registration_declined, pin_locked,
        face_dark_room, chip_destroyed, insurance_card, card_on_hold,
        card_pulled_mid_capture, face_auth_card)
}
FACE_SESSIONS = {"face_holder", "face_auth_card", "face_printed_then_pin",
                 "face_someone_else", "face_dark_room", "card_pulled_mid_capture"}
# For the test suite: every kind once (six face sessions among them, each after other
# kinds of session), then the quick kinds again: 32 sessions, about two minutes.
_QUICK = [name for name in SESSIONS if name not in FACE_SESSIONS]
TEST_MIX = [*SESSIONS, *(_QUICK * 2)[:15]]


def session_kinds(mix: str, count: int) -> list[str]:
    """The kinds of `count` sessions: `full` cycles through every kind, `test` is TEST_MIX
    (cycled if more are asked)."""
    order = list(SESSIONS) if mix == "full" else TEST_MIX
    return [order[i % len(order)] for i in range(count)]


# -- the process ---------------------------------------------------------------------------


def resident_mb() -> float:
    """This process's resident memory (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def thread_names() -> list[str]:
    """The names of this process's threads, Python's and native ones alike (a native pool
    thread carries the name of the thread that started it)."""
    return sorted((task / "comm").read_text().strip()
                  for task in Path("/proc/self/task").iterdir())


def run_session(driver: Driver, number: int, kind: str) -> SessionResult:
    """Play one session; a missed deadline is recovered from by taking the card."""
    started = time.perf_counter()
    try:
        SESSIONS[kind](driver)
    except (Stuck, WrongEnd) as problem:
        stuck = isinstance(problem, Stuck)
        try:
            driver.take()
        except Stuck as again:
            raise Stuck(f"session {number} ({kind}) could not be ended: {again}") from None
        return SessionResult(number, kind, time.perf_counter() - started, False, stuck,
                             str(problem), resident_mb())
    finally:
        driver.world.camera.choose("holder")
    return SessionResult(number, kind, time.perf_counter() - started, True,
                         rss_mb=resident_mb())


def soak(sessions: int, mix: str, home: Path,
         report: Callable[[SessionResult], None] | None = None) -> dict[str, object]:
    """Serve `sessions` sessions in one kiosk; the figures."""
    return_large_blocks()  # as the kiosk command does
    application()
    world = EmulatedWorld(copy_demo_home(build_demo_home(home / "template"), home / "site"))
    # On the fake clock a face attempt's 5 s of frames take as long as the machine needs
    # to compute them: the watchdog must not take that for a stall.
    app = TerminalApp("clinic", lambda: world.clinic(CLINIC), world.reader,
                      VoiceGuide("mock"), stall_after_s=FACE_WAIT_S)
    driver = Driver(app, world)
    started = time.perf_counter()
    world.engine.preload()  # as `kiosk run --emulator` does
    app.start(show=True)
    driver.wait_for(S.STANDBY)
    startup_s = time.perf_counter() - started
    # The start figures are taken with the face model in memory, as after any first face.
    driver.until(lambda: world.engine.loaded, FACE_WAIT_S, "the face model")
    rss_start, threads_start = resident_mb(), thread_names()
    python_threads_start = threading.active_count()
    threads_most = len(threads_start)
    results: list[SessionResult] = []
    kinds = session_kinds(mix, sessions)
    # Once every kind has run once, the one-time costs of a first face, a first card and
    # so on are paid: memory from here on is what a long day would add.
    first_of_each = max(kinds.index(kind) for kind in set(kinds)) + 1
    rss_steady: float | None = None
    began = time.perf_counter()
    try:
        for number, kind in enumerate(kinds, 1):
            result = run_session(driver, number, kind)
            results.append(result)
            threads_most = max(threads_most, len(thread_names()))
            if number == first_of_each:
                rss_steady = result.rss_mb
            if report is not None:
                report(result)
    finally:
        elapsed = time.perf_counter() - began
        rss_end, threads_end = resident_mb(), thread_names()
        python_threads_end = threading.active_count()
        app.stop()
        app.window.close()
        world.close()
    by_kind: dict[str, list[float]] = {}
    for result in results:
        by_kind.setdefault(result.kind, []).append(result.seconds)
    return {
        "sessions": len(results),
        "failed": sum(not r.ok for r in results),
        "stuck": sum(r.stuck for r in results),
        "restarts": app.restarts,
        "seconds": round(elapsed, 1),
        "sessions_per_minute": round(60 * len(results) / elapsed, 1),
        "startup_s": round(startup_s, 2),
        "rss_mb_start": round(rss_start, 1),
        "rss_mb_end": round(rss_end, 1),
        "rss_growth_percent": round(100 * (rss_end - rss_start) / rss_start, 1),
        "rss_mb_after_first_of_each_kind": round(rss_steady or rss_end, 1),
        "sessions_to_first_of_each_kind": first_of_each,
        "rss_growth_after_first_of_each_kind_percent": round(
            100 * (rss_end - (rss_steady or rss_end)) / (rss_steady or rss_end), 1),
        "threads_start": len(threads_start),
        "threads_end": len(threads_end),
        "threads_most": threads_most,
        "thread_names_start": threads_start,
        "thread_names_end": threads_end,
        "python_threads_start": python_threads_start,
        "python_threads_end": python_threads_end,
        "median_seconds_by_kind": {kind: round(sorted(times)[len(times) // 2], 2)
                                   for kind, times in by_kind.items()},
        "problems": [asdict(r) for r in results if not r.ok],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the soak and print its figures; exit 1 if a session failed or got stuck."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--mix", choices=("full", "test"), default="full")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="a line per session")
    args = parser.parse_args(argv)

    def report(result: SessionResult) -> None:
        if args.verbose or not result.ok:
            mark = "ok" if result.ok else ("STUCK" if result.stuck else "FAILED")
            print(f"{result.number:4d} {result.kind:28s} {result.seconds:6.2f} s "
                  f"{result.rss_mb:6.1f} MB  {mark} {result.message}", file=sys.stderr,
                  flush=True)

    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as folder:
        os.environ["KIOSK_DATA_DIR"] = str(Path(folder) / "data")
        figures = soak(args.sessions, args.mix, Path(folder), report)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"sessions {figures['sessions']} ({args.mix} mix), failed {figures['failed']}, "
              f"stuck {figures['stuck']}, flow restarts {figures['restarts']}")
        print(f"{figures['sessions_per_minute']} sessions per minute over "
              f"{figures['seconds']} s (fake clock: frames and timers do not wait)")
        print(f"resident memory {figures['rss_mb_start']} MB at the start (the kiosk ready, "
              f"face model loaded), {figures['rss_mb_end']} MB at the end "
              f"({figures['rss_growth_percent']:+} %)")
        print(f"  {figures['rss_mb_after_first_of_each_kind']} MB once every kind of session "
              f"had run (session {figures['sessions_to_first_of_each_kind']}); "
              f"{figures['rss_growth_after_first_of_each_kind_percent']:+} % from there")
        print(f"threads {figures['threads_start']} at the start, {figures['threads_end']} at "
              f"the end, {figures['threads_most']} at most (Python: "
              f"{figures['python_threads_start']} and {figures['python_threads_end']})")
        print(f"  start: {', '.join(figures['thread_names_start'])}")
        print(f"  end:   {', '.join(figures['thread_names_end'])}")
        print("median seconds by kind: " + ", ".join(
            f"{kind} {s}" for kind, s in sorted(figures["median_seconds_by_kind"].items())))
    return 1 if figures["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
