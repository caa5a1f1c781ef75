"""One kiosk process serves 32 sessions in a row through its real threads (bench/soak.py):
face with the holder, a printed photo, someone else and a dark room, PIN right, wrong and
locked, staff visual confirmation, cards pulled mid-command and mid-capture, timeouts,
language switches and refused cards; every session ends where it should.

The soak runs in a process of its own, as the kiosk does: a fresh interpreter loads the face
model on its own (the freeze this guards against depended on which thread did that first),
and a hang fails the test at its deadline instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.soak_sessions import FACE_SESSIONS, TEST_MIX

ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 900


def test_the_test_mix_has_every_kind_of_session_the_soak_knows():
    assert len(TEST_MIX) >= 30
    assert {"face_holder", "face_printed_then_pin", "face_someone_else", "face_dark_room",
            "pin_right", "pin_wrong_then_right", "pin_locked", "staff_visual_confirmation",
            "card_pulled_mid_command", "card_pulled_mid_capture", "inactivity_timeout",
            "language_switch"} <= set(TEST_MIX)
    assert sum(kind in FACE_SESSIONS for kind in TEST_MIX) >= 5


def test_one_kiosk_serves_session_after_session(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bench.soak", "--sessions", str(len(TEST_MIX)), "--mix", "test",
         "--json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=DEADLINE_S,
        check=False)
    assert done.stdout.strip(), done.stderr[-3000:]
    figures = json.loads(done.stdout)
    assert figures["problems"] == [], done.stderr[-3000:]
    assert (figures["sessions"], figures["failed"], figures["stuck"], figures["restarts"]) == (
        len(TEST_MIX), 0, 0, 0)
    assert done.returncode == 0
    # No thread is left behind by a session: at most one native pool thread starts lazily
    # with the first face (OpenCV's), and the count never grows beyond that.
    assert figures["threads_end"] <= figures["threads_start"] + 1, (
        figures["thread_names_start"], figures["thread_names_end"])
    assert figures["threads_most"] == figures["threads_end"]
    # The face model lives in its own process: loaded at the start, never restarted, and
    # not growing session by session.
    model = figures["model_memory"]
    assert model["start"] > 50 and model["restarts"] == 0
    assert model["end"] <= model["start"] * 1.5, model  # a bound on leaks, not a figure
    # Qt's own pool (smooth scaling) keeps its threads within its limit; they come and go.
    assert figures["qt_pool_threads_most"] <= figures["qt_pool_limit"]
