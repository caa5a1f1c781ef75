"""The main command's kiosk opens on a real X display (Xvfb here), not only offscreen.

Qt's xcb platform plugin needs X libraries the offscreen tests never load; this catches one
missing from scripts/apt-packages.txt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

READY = "clinic clinic-reader-1: standby"


def test_the_emulated_kiosk_starts_on_an_x_display(tmp_path):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: ./test installs the Debian package xvfb"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["KIOSK_DATA_DIR"] = str(tmp_path / "data")
    log = tmp_path / "kiosk.log"
    kiosk = Path(sys.executable).with_name("kiosk")
    with log.open("w") as output:
        process = subprocess.Popen(
            [xvfb_run, "-a", str(kiosk), "-v", "run", "--emulator", "--windowed"],
            env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and process.poll() is None:
                if READY in log.read_text(errors="replace"):
                    break
                time.sleep(0.5)
            text = log.read_text(errors="replace")
            assert READY in text, text[-3000:]
            assert process.poll() is None, text[-3000:]  # still running: the window is up
        finally:
            os.killpg(process.pid, 15)
            process.wait(timeout=30)
