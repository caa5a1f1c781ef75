"""How long `kiosk run --emulator` takes to show its first screen, on a warm machine.

Run: .venv/bin/python -m bench.startup [--runs N]
Each run starts the kiosk as a person does (a new process, offscreen), with the demo site
already seeded by a first run that is not counted (as on a machine where the kiosk has run
before), and times from the start of the process to the log line the kiosk writes once
its window has drawn the first screen. The kiosk is then stopped.
"""

from __future__ import annotations

import argparse
import os
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_SCREEN = "first screen shown"
DEADLINE_S = 120.0


def time_first_screen(data_dir: Path) -> float:
    """Seconds from starting `kiosk run --emulator` to its first screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
         "-v", "run", "--emulator", "--windowed"],
        env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    try:
        while time.perf_counter() - started < DEADLINE_S:
            if not selector.select(timeout=1.0):
                continue
            line = process.stderr.readline()
            if not line:
                raise RuntimeError(f"the kiosk ended before its first screen "
                                   f"(status {process.wait()})")
            if FIRST_SCREEN in line:
                return time.perf_counter() - started
        raise RuntimeError(f"no first screen within {DEADLINE_S:.0f} s")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    """Print each run's time and the median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-startup-") as folder:
        data_dir = Path(folder)
        first = time_first_screen(data_dir)  # seeds the demo site: not counted
        print(f"first run (seeding the demo site, not counted): {first:.2f} s")
        times = [time_first_screen(data_dir) for _ in range(args.runs)]
    for number, seconds in enumerate(times, 1):
        print(f"run {number}: first screen after {seconds:.2f} s")
    print(f"median {statistics.median(times):.2f} s, slowest {max(times):.2f} s "
          f"over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
