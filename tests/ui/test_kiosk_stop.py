"""A real `kiosk run --emulator` in kiosk mode ends on SIGTERM (and SIGINT) with status 0
within 5 s, leaving its log and database to its own user (0600 in a 0700 folder)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READY = "first screen shown"
START_DEADLINE_S = 90  # the first start seeds the demo site (cards, keys) and the face model
STOP_DEADLINE_S = 5
MAIN = "import sys; from ui.main import main; sys.exit(main())"  # the `kiosk` command


def _start(data: Path) -> tuple[subprocess.Popen, Path]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data))
    log = data.parent / "stderr.log"
    process = subprocess.Popen(
        [sys.executable, "-c", MAIN, "-v", "run", "--emulator", "--voice-engine", "mock"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    deadline = time.monotonic() + START_DEADLINE_S
    while READY not in log.read_text(errors="replace"):
        assert process.poll() is None, log.read_text(errors="replace")
        assert time.monotonic() < deadline, "the kiosk did not show its first screen"
        time.sleep(0.2)
    return process, log


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_the_system_stops_the_kiosk_within_5_seconds(tmp_path, number):
    data = tmp_path / "data"
    process, log = _start(data)
    try:
        process.send_signal(number)
        status = process.wait(timeout=STOP_DEADLINE_S)
    finally:
        if process.poll() is None:
            process.kill()
    text = log.read_text(errors="replace")
    assert status == 0, text
    assert f"the terminal is ending: system ({number.name})" in text
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "logs").stat().st_mode) == 0o700
    kiosk_log = data / "logs" / "kiosk.log"
    assert stat.S_IMODE(kiosk_log.stat().st_mode) == 0o600
    assert READY in kiosk_log.read_text(encoding="utf-8")
    databases = list(data.rglob("*.db"))
    assert databases
    for database in databases:
        assert stat.S_IMODE(database.stat().st_mode) == 0o600, database
