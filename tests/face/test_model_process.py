"""The face model's process: results and errors cross the pipe, every call keeps its
deadline, and a stuck or crashed model costs one call, never the next one."""

from __future__ import annotations

import contextlib
import operator
import os
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from kiosk.face.model_process import FaceModelError, FaceModelTimeout, ModelProcess
from tests.face import model_process_work as work

START_S = 30.0  # a new interpreter; generous for a loaded CI machine


@pytest.fixture
def model() -> Iterator[ModelProcess]:
    process = ModelProcess("test-model")
    yield process
    process.close()


def test_a_call_runs_in_another_process_and_returns_its_result(model):
    image = np.arange(640 * 480, dtype=np.uint32).reshape(480, 640).astype(np.uint8)
    assert model.call(work.checksum, image, timeout=START_S) == work.checksum(image)
    assert model.call(work.pid, timeout=START_S) != os.getpid()


def test_an_error_in_the_child_is_raised_in_the_caller_and_the_child_goes_on(model):
    with pytest.raises(ValueError, match="no face"):
        model.call(work.refuse, "no face", timeout=START_S)
    assert model.call(operator.add, 1, 2, timeout=START_S) == 3
    assert model.starts == 1


def test_a_call_past_its_deadline_kills_the_child_and_the_next_call_gets_a_new_one(model):
    first = model.call(work.pid, timeout=START_S)
    with pytest.raises(FaceModelTimeout):
        model.call(time.sleep, 60, timeout=0.3)
    assert not _alive(first)
    assert model.call(work.pid, timeout=START_S) != first
    assert model.starts == 2


def test_a_call_queued_behind_a_stuck_one_keeps_its_own_deadline(model):
    model.call(int, timeout=START_S)
    stuck = threading.Thread(target=lambda: _ignore_timeout(model, 3.0))
    stuck.start()
    time.sleep(0.2)  # the stuck call holds the model
    started = time.monotonic()
    with pytest.raises(FaceModelTimeout, match="busy"):
        model.call(int, timeout=0.5)
    assert time.monotonic() - started < 2.5  # well before the stuck call's deadline
    stuck.join()


def test_a_crashed_child_fails_one_call_and_is_replaced(model):
    model.call(int, timeout=START_S)
    with pytest.raises(FaceModelError, match="ended"):
        model.call(work.crash, timeout=START_S)
    assert model.call(operator.mul, 6, 7, timeout=START_S) == 42


def test_a_result_that_cannot_be_sent_back_is_an_error_not_a_hang(model):
    with pytest.raises(FaceModelError, match="cannot be sent back"):
        model.call(work.unpicklable, timeout=START_S)
    assert model.call(int, timeout=START_S) == 0


def test_close_ends_the_child_and_later_calls_fail_at_once(model):
    child = model.call(work.pid, timeout=START_S)
    assert model.close()
    assert not _alive(child)
    with pytest.raises(FaceModelError, match="closed"):
        model.call(int, timeout=START_S)


def test_a_dropped_owner_takes_its_child_with_it():
    process = ModelProcess("dropped")
    child = process.call(work.pid, timeout=START_S)
    del process
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _ignore_timeout(model: ModelProcess, seconds: float) -> None:
    with contextlib.suppress(FaceModelTimeout):
        model.call(time.sleep, 60, timeout=seconds)


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        waited = pid  # reaped already
    if waited == pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
