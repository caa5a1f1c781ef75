"""The staff screen's database work on its own thread: new receptions, grants.

The eligibility system blocks (a remote PostgreSQL, a busy SQLite file); the GUI thread only
sends requests and receives answers as signals, as ui/flow_worker.py does for the flows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot

from kiosk.eligibility.errors import EligibilityError, InvalidRequest
from kiosk.eligibility.receptions import MAX_LIMIT
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.storage.database import DatabaseError
from ui.thread_worker import ThreadWorker

log = logging.getLogger(__name__)

FIRST_LIMIT = 200  # the history shown at start; later polls take everything new

# The answers to a grant request.
GRANTED, WRONG_PASSWORD, NOT_ALLOWED, INVALID, FAILED, LOCKED = (
    "granted", "wrong_password", "not_allowed", "invalid", "failed", "locked")


class StaffWorker(ThreadWorker):
    """Owns the eligibility service on a worker thread; requests from the GUI return at once."""

    ready = Signal(object)  # FacilitySettings, once the service is open
    failed = Signal(str)  # the service could not be opened (the message says why)
    arrived = Signal(list)  # new ReceptionRecords, newest first (maybe none)
    poll_failed = Signal(str)
    granted = Signal(str, str)  # reader terminal id, one of GRANTED... LOCKED
    locks = Signal(list)  # the facility's locked password screens (kiosk...lockout.Lock)
    unlocked = Signal(str)  # how unlocking went: an outcome of kiosk...password_checks
    files = Signal(list)  # new OqsFileEvents (files written or not), newest first
    _poll = Signal()
    _grant = Signal(str, str)
    _unlock = Signal(list, str)

    def __init__(self, terminal: Terminal, factory: Callable[[], EligibilityService]) -> None:
        super().__init__("staff-worker")
        if terminal.facility_code is None:
            raise ValueError("the staff screen belongs to a facility")
        self.terminal = terminal
        self._facility: str = terminal.facility_code
        self._factory = factory
        self._service: EligibilityService | None = None
        self._last_id = 0
        self._last_file_id = 0
        self._poll.connect(self._fetch)
        self._grant.connect(self._allow)
        self._unlock.connect(self._release)

    def poll(self) -> None:
        """Ask for the receptions since the last poll; `arrived` or `poll_failed` answers."""
        self._poll.emit()

    def grant(self, reader: str, password: str) -> None:
        """Ask to allow visual confirmation at `reader`; `granted` answers."""
        self._grant.emit(reader, password)

    def unlock(self, scopes: list[str], password: str) -> None:
        """Ask to unlock the password screens of `scopes`; `unlocked` answers."""
        self._unlock.emit(scopes, password)

    @Slot(list, str)
    def _release(self, scopes: list[str], password: str) -> None:
        outcome = FAILED
        try:
            for scope in scopes:
                outcome = self._service.unlock_password(self.terminal, scope, password).outcome \
                    if self._service is not None else FAILED
                if outcome != "accepted":
                    break
            if self._service is not None:
                self.locks.emit(self._service.password_locks(self._facility))
        except Exception as error:  # the panel says it failed; the screen goes on
            log.warning("staff screen: unlock failed: %s", type(error).__name__)
            outcome = FAILED
        finally:
            del password
        self.unlocked.emit(outcome)

    @Slot()
    def _make(self) -> None:
        try:
            service = self._factory()
            settings = service.facility_settings(self._facility)
        except Exception as error:  # shown on screen: the staff screen cannot work without it
            log.exception("the staff screen could not start")
            self.failed.emit(str(error))
            return
        self._service = service
        self.ready.emit(settings)

    @Slot()
    def _fetch(self) -> None:
        if self._service is None:
            return
        limit = FIRST_LIMIT if self._last_id == 0 else MAX_LIMIT
        try:
            new = self._service.receptions(self._facility, self._last_id, limit)
        except (DatabaseError, EligibilityError) as error:
            log.warning("staff screen: receptions unavailable: %s", error)
            self.poll_failed.emit(str(error))
            return
        except Exception as error:  # a bug must not stop the polling for good
            log.exception("staff screen: polling failed")
            self.poll_failed.emit(str(error))
            return
        if new:
            self._last_id = new[0].id
        self.arrived.emit(new)
        try:
            self.locks.emit(self._service.password_locks(self._facility))
        except (DatabaseError, EligibilityError) as error:
            log.warning("staff screen: password locks unavailable: %s", error)
        self._fetch_files(limit)

    def _fetch_files(self, limit: int) -> None:
        assert self._service is not None
        try:
            new = self._service.oqs_files(self._facility, self._last_file_id, limit)
        except (DatabaseError, EligibilityError) as error:
            log.warning("staff screen: OQS files unavailable: %s", error)
            return
        if new:
            self._last_file_id = new[0].id
            self.files.emit(new)

    @Slot(str, str)
    def _allow(self, reader: str, password: str) -> None:
        if self._service is None:
            self.granted.emit(reader, FAILED)
            return
        try:
            checked = self._service.visual_confirmation_grant(self.terminal, reader, password)
            if checked.accepted:
                answer = GRANTED
            elif checked.locked:
                answer = LOCKED
            elif self._service.facility_settings(self._facility).visual_confirmation_allowed:
                answer = WRONG_PASSWORD
            else:
                answer = NOT_ALLOWED
        except InvalidRequest:
            answer = INVALID
        except (DatabaseError, EligibilityError) as error:
            log.warning("staff screen: grant failed: %s", error)
            answer = FAILED
        except Exception:  # a bug must not leave the control waiting forever
            log.exception("staff screen: grant failed")
            answer = FAILED
        finally:
            del password
        self.granted.emit(reader, answer)
