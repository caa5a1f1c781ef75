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
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool

from bench.soak_sessions import (
    CLINIC,
    FACE_WAIT_S,
    SESSIONS,
    Driver,
    Stuck,
    WrongEnd,
    session_kinds,
)
from kiosk.emulator.demo_home import build_demo_home, copy_demo_home
from kiosk.emulator.world import EmulatedWorld
from kiosk.face import self_test
from kiosk.flows.names import ScreenName as S
from ui.application import application
from ui.process_memory import return_large_blocks
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp


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


# -- the process ---------------------------------------------------------------------------


def resident_mb(pid: int | str = "self") -> float:
    """A process's resident memory (VmRSS), in MB; this process's by default."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


# Qt's global thread pool (smooth scaling of the camera preview uses it) names its threads
# so; it keeps at most one per core and ends each after 30 s idle, so those come and go.
QT_POOL_THREAD = "Thread (pooled)"


def _all_thread_names() -> list[str]:
    return sorted((task / "comm").read_text().strip()
                  for task in Path("/proc/self/task").iterdir())


def thread_names() -> list[str]:
    """The names of this process's own threads, Python's and native ones alike (a native
    pool thread carries the name of the thread that started it), Qt's pool aside."""
    return [name for name in _all_thread_names() if name != QT_POOL_THREAD]


def qt_pool_threads() -> int:
    """How many of Qt's global pool threads are alive now."""
    return _all_thread_names().count(QT_POOL_THREAD)


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


@dataclass(frozen=True)
class Memory:
    """Resident memory (MB) at three moments of a soak."""

    start: float  # the kiosk ready: its face model loaded and self-tested
    after_first_of_each_kind: float  # once every kind of session ran once
    end: float
    sessions_to_first_of_each_kind: int

    @property
    def growth_percent(self) -> float:
        """From the start to the end."""
        return round(100 * (self.end - self.start) / self.start, 1)

    @property
    def growth_after_first_of_each_kind_percent(self) -> float:
        """From the moment every kind had run once (one-time costs paid) to the end."""
        base = self.after_first_of_each_kind
        return round(100 * (self.end - base) / base, 1)


@dataclass(frozen=True)
class ModelMemory:
    """Resident memory (MB) of the face model's own process at the start and the end."""

    start: float
    after_first_of_each_kind: float
    end: float
    restarts: int  # the model process started again (a stuck call) during the soak


@dataclass(frozen=True)
class Figures:
    """What a soak measured."""

    sessions: int
    failed: int
    stuck: int
    restarts: int
    seconds: float
    startup_s: float
    memory: Memory
    model_memory: ModelMemory
    thread_names_start: list[str]
    thread_names_end: list[str]
    threads_most: int
    qt_pool_threads_most: int
    qt_pool_limit: int
    median_seconds_by_kind: dict[str, float]
    problems: list[SessionResult]

    @property
    def sessions_per_minute(self) -> float:
        """Sessions served per minute of wall time."""
        return round(60 * self.sessions / self.seconds, 1) if self.seconds else 0.0

    def as_json(self) -> dict[str, Any]:
        """Every figure, derived ones included, for --json."""
        data = asdict(self)
        data["sessions_per_minute"] = self.sessions_per_minute
        data["threads_start"] = len(self.thread_names_start)
        data["threads_end"] = len(self.thread_names_end)
        data["memory"]["growth_percent"] = self.memory.growth_percent
        data["memory"]["growth_after_first_of_each_kind_percent"] = (
            self.memory.growth_after_first_of_each_kind_percent)
        return data

    def lines(self, mix: str) -> list[str]:
        """The figures in words."""
        memory = self.memory
        return [
            f"sessions {self.sessions} ({mix} mix), failed {self.failed}, stuck {self.stuck}, "
            f"flow restarts {self.restarts}",
            f"{self.sessions_per_minute} sessions per minute over {self.seconds} s (fake "
            "clock: frames and timers do not wait)",
            f"resident memory {memory.start} MB at the start (the kiosk ready, face model "
            f"loaded and self-tested), {memory.end} MB at the end ({memory.growth_percent:+} %)",
            f"  {memory.after_first_of_each_kind} MB once every kind of session had run "
            f"(session {memory.sessions_to_first_of_each_kind}); "
            f"{memory.growth_after_first_of_each_kind_percent:+} % from there",
            f"face model process {self.model_memory.start} MB at the start, "
            f"{self.model_memory.after_first_of_each_kind} MB once every kind had run, "
            f"{self.model_memory.end} MB at the end; restarted {self.model_memory.restarts} "
            "times",
            f"threads {len(self.thread_names_start)} at the start, "
            f"{len(self.thread_names_end)} at the end, {self.threads_most} at most; and Qt's "
            f"pool {self.qt_pool_threads_most} at most (its limit {self.qt_pool_limit})",
            f"  start: {', '.join(self.thread_names_start)}",
            f"  end:   {', '.join(self.thread_names_end)}",
            "median seconds by kind: " + ", ".join(
                f"{kind} {seconds}" for kind, seconds in
                sorted(self.median_seconds_by_kind.items())),
        ]


def soak(sessions: int, mix: str, home: Path,
         report: Callable[[SessionResult], None] | None = None) -> Figures:
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
    self_test.prepare(world.engine)  # as `kiosk run --emulator` does
    app.start(show=True)
    driver.wait_for(S.STANDBY)
    startup_s = time.perf_counter() - started
    # The start figures are taken once the kiosk is ready: its face model loaded and
    # checked by the start-up self-test, as `kiosk run` does before the first patient.
    driver.until(lambda: world.engine.ready, FACE_WAIT_S, "the face model's self-test")
    # The preload thread sets `ready` just before it ends: count threads once it is gone.
    world.engine.wait_until_ready(FACE_WAIT_S)
    rss_start, threads_start = resident_mb(), thread_names()
    model_start = _model_mb(world.engine.model_pid)
    threads_most, pool_most = len(threads_start), qt_pool_threads()
    results: list[SessionResult] = []
    kinds = session_kinds(mix, sessions)
    # Once every kind has run once, the one-time costs of a first face, a first card and
    # so on are paid: memory from here on is what a long day would add.
    first_of_each = max(kinds.index(kind) for kind in set(kinds)) + 1
    rss_steady: float | None = None
    model_steady: float | None = None
    began = time.perf_counter()
    try:
        for number, kind in enumerate(kinds, 1):
            result = run_session(driver, number, kind)
            results.append(result)
            threads_most = max(threads_most, len(thread_names()))
            pool_most = max(pool_most, qt_pool_threads())
            if number == first_of_each:
                rss_steady = result.rss_mb
                model_steady = _model_mb(world.engine.model_pid)
            if report is not None:
                report(result)
    finally:
        elapsed = time.perf_counter() - began
        rss_end, threads_end = resident_mb(), thread_names()
        model_end = _model_mb(world.engine.model_pid)
        model_restarts = world.engine.restarts
        app.stop()
        app.window.close()
        world.close()
    by_kind: dict[str, list[float]] = {}
    for result in results:
        by_kind.setdefault(result.kind, []).append(result.seconds)
    memory = Memory(round(rss_start, 1), round(rss_steady or rss_end, 1), round(rss_end, 1),
                    first_of_each)
    return Figures(
        sessions=len(results), failed=sum(not r.ok for r in results),
        stuck=sum(r.stuck for r in results), restarts=app.restarts,
        seconds=round(elapsed, 1), startup_s=round(startup_s, 2), memory=memory,
        model_memory=ModelMemory(model_start, model_steady or model_end, model_end,
                                 model_restarts),
        thread_names_start=threads_start, thread_names_end=threads_end,
        threads_most=threads_most, qt_pool_threads_most=pool_most,
        qt_pool_limit=QThreadPool.globalInstance().maxThreadCount(),
        median_seconds_by_kind={kind: round(statistics.median(times), 2)
                                for kind, times in by_kind.items()},
        problems=[r for r in results if not r.ok])


def _model_mb(pid: int | None) -> float:
    """The face model process's resident memory in MB (0 when it is not running)."""
    return round(resident_mb(pid), 1) if pid is not None else 0.0


def main(argv: list[str] | None = None) -> int:
    """Run the soak and print its figures; exit 1 if a session failed or got stuck."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
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
        print(json.dumps(figures.as_json(), indent=2))
    else:
        print("\n".join(figures.lines(args.mix)))
    return 1 if figures.failed else 0


if __name__ == "__main__":
    sys.exit(main())
