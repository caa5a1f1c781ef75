"""The staff exit's password check on a thread of its own (it hashes and writes the database)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot

from kiosk.eligibility.password_checks import PasswordCheck
from ui.thread_worker import ThreadWorker

log = logging.getLogger(__name__)

# Checks the facility password at this terminal, under its lockout; blocking.
PasswordChecker = Callable[[str], PasswordCheck]
FAILED = "failed"  # the check itself failed (the database is unreachable)


class StaffExitWorker(ThreadWorker):
    """`check(password)` from the GUI returns at once; `answered(outcome)` follows, with
    an outcome of kiosk.eligibility.password_checks or FAILED."""

    answered = Signal(str)
    _check = Signal(str)

    def __init__(self, checker: PasswordChecker) -> None:
        super().__init__("staff-exit-worker")
        self._checker = checker
        self._check.connect(self._run)

    def check(self, password: str) -> None:
        """Check `password` on the worker's thread."""
        self._check.emit(password)

    def _make(self) -> None:
        """Nothing to build: the checker opens what it needs at its first call."""

    @Slot(str)
    def _run(self, password: str) -> None:
        try:
            outcome = self._checker(password).outcome
        except Exception as error:  # the exit stays closed; the panel says so
            log.error("staff exit: the password could not be checked: %s",
                      type(error).__name__)
            outcome = FAILED
        finally:
            del password
        self.answered.emit(outcome)
