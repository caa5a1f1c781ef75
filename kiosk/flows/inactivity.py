"""The inactivity timer: a warning, then a reset, when nobody touches the terminal."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Idle(StrEnum):
    """How long the terminal has waited for input."""

    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


class InactivityTimer:
    """Measures time since the last input against a timeout and a warning period."""

    def __init__(self, timeout_s: float, warning_s: float, now: Callable[[], float]) -> None:
        if not 0 < warning_s < timeout_s:
            raise ValueError("the warning must be shorter than the timeout, both positive")
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self._now = now
        self._last_input = now()

    def touch(self) -> None:
        """Input arrived: start counting again."""
        self._last_input = self._now()

    def seconds_left(self) -> float:
        """Seconds until the reset."""
        return max(0.0, self.timeout_s - (self._now() - self._last_input))

    def state(self) -> Idle:
        """Active, in the warning period, or expired."""
        left = self.seconds_left()
        if left <= 0:
            return Idle.EXPIRED
        if left <= self.warning_s:
            return Idle.WARNING
        return Idle.ACTIVE
