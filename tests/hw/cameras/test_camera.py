"""The frame pacer shared by the backends that make frames on demand."""

from __future__ import annotations

import pytest

from hw.camera import CameraTimeoutError, FramePacer
from hw.fake_camera import FakeClock


def test_frames_are_spaced_one_period_apart():
    clock = FakeClock(100.0)
    pacer = FramePacer(10, clock, clock.sleep)
    times = [pacer.wait(1.0) for _ in range(4)]
    assert times == pytest.approx([100.0, 100.1, 100.2, 100.3])


def test_a_wait_longer_than_the_timeout_gives_up_after_the_timeout():
    clock = FakeClock(100.0)
    pacer = FramePacer(2, clock, clock.sleep)
    pacer.wait(1.0)
    with pytest.raises(CameraTimeoutError):
        pacer.wait(0.2)
    assert clock.now == pytest.approx(100.2)
    assert pacer.wait(1.0) == pytest.approx(100.5)


def test_a_late_consumer_gets_a_frame_at_once_but_no_burst():
    clock = FakeClock(100.0)
    pacer = FramePacer(10, clock, clock.sleep)
    pacer.wait(1.0)
    clock.advance(1.0)  # ten frame times late
    assert pacer.wait(1.0) == pytest.approx(101.0)
    assert pacer.wait(1.0) == pytest.approx(101.1)


def test_a_rate_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        FramePacer(0)
