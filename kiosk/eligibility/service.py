"""The eligibility system as terminals call it: one transaction per request, refusals audited.

Blocking (database work): call it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.eligibility import audit, clock, lockout, oqs_file_events, visual_grants
from kiosk.eligibility.certificates import CertificateCheck, check_presented
from kiosk.eligibility.consent import record_consent
from kiosk.eligibility.errors import EligibilityError, NotRegistered
from kiosk.eligibility.facilities import get_facility
from kiosk.eligibility.lookup import lookup_by_certificate_id
from kiosk.eligibility.password_checks import PasswordCheck, PasswordRequest, check_password
from kiosk.eligibility.receptions import (
    ReceptionRecord,
    ReceptionResult,
    get_reception,
    list_receptions,
)
from kiosk.eligibility.receptions import record_reception as store_reception
from kiosk.eligibility.records import Lookup
from kiosk.eligibility.registration import (
    RegistrationOutcome,
    RegistrationStatus,
    holder_known,
    is_registered,
    register_certificate,
)
from kiosk.eligibility.settings import (
    FacilitySettings,
    describe_changes,
    get_settings,
    update_settings,
)
from kiosk.storage.database import Database, DatabaseError


@dataclass(frozen=True)
class Terminal:
    """Who is asking: the terminal's id and its facility (None for the portal or a booth)."""

    terminal_id: str
    facility_code: str | None = None


# Who changes a facility's settings or reads its receptions (no terminal is involved).
FACILITY_ADMIN = "facility-admin"


class EligibilityService:
    """Requests of terminals, each in its own transaction."""

    def __init__(self, database: Database, anchor: x509.Certificate,
                 now: Callable[[], dt.datetime] = clock.now) -> None:
        self._database = database
        self._anchor = anchor
        self._now = now

    @contextmanager
    def _transaction(self, terminal: Terminal, action: str) -> Iterator[tuple[Session,
                                                                               dt.datetime]]:
        moment = self._now()
        try:
            with self._database.session() as session, session.begin():
                yield session, moment
        except EligibilityError as refusal:
            self._audit_refusal(terminal, action, moment, refusal)
            raise
        except OperationalError as error:
            raise DatabaseError(_storage_message(error)) from None
        except SQLAlchemyError as error:
            raise DatabaseError(f"the eligibility database failed: {type(error).__name__}") \
                from None

    def _audit_refusal(self, terminal: Terminal, action: str, moment: dt.datetime,
                       refusal: EligibilityError) -> None:
        # The request's own transaction was rolled back; the refusal is kept on its own.
        try:
            with self._database.session() as session, session.begin():
                audit.record(session, moment, terminal.terminal_id, action,
                             f"refused: {type(refusal).__name__}",
                             facility_code=terminal.facility_code)
        except SQLAlchemyError:
            pass  # the refusal still reaches the terminal; the log has it

    def check(self, der: bytes, terminal: Terminal) -> CertificateCheck:
        """Check a presented certificate (chain, dates, status)."""
        with self._transaction(terminal, "check") as (session, moment):
            return check_presented(session, der, self._anchor, moment)

    def registered(self, der: bytes, terminal: Terminal) -> bool:
        """Whether the card is registered (the portal's status view)."""
        with self._transaction(terminal, "status") as (session, moment):
            check = check_presented(session, der, self._anchor, moment)
            return is_registered(session, check.certificate_id)

    def registration_status(self, der: bytes, terminal: Terminal) -> RegistrationStatus:
        """Check a presented certificate and whether it is, or can be, registered."""
        with self._transaction(terminal, "check") as (session, moment):
            check = check_presented(session, der, self._anchor, moment)
            return RegistrationStatus(check, is_registered(session, check.certificate_id),
                                      holder_known(session, check.certificate_id))

    def register(self, der: bytes, terminal: Terminal) -> RegistrationOutcome:
        """Register the card for insurance use (idempotent)."""
        with self._transaction(terminal, "register") as (session, moment):
            check = check_presented(session, der, self._anchor, moment)
            return register_certificate(session, check.certificate_id, terminal.terminal_id,
                                        moment)

    def lookup(self, der: bytes, terminal: Terminal) -> Lookup:
        """The card holder's eligibility, and consent flags for the terminal's facility."""
        with self._transaction(terminal, "lookup") as (session, moment):
            check = check_presented(session, der, self._anchor, moment)
            result = lookup_by_certificate_id(session, check.certificate_id,
                                              terminal.facility_code, moment)
            audit.record(session, moment, terminal.terminal_id, "lookup",
                         f"validity {int(result.validity)}",
                         facility_code=terminal.facility_code,
                         certificate_id=check.certificate_id, person_id=result.person_id)
            return result

    def give_consent(self, der: bytes, terminal: Terminal, categories: list[str]) -> None:
        """Record the holder's consent for the terminal's facility (24 hours)."""
        if terminal.facility_code is None:
            raise ValueError("consent is given to a facility")
        with self._transaction(terminal, "consent") as (session, moment):
            check = check_presented(session, der, self._anchor, moment)
            result = lookup_by_certificate_id(session, check.certificate_id, None, moment)
            if result.person_id is None:
                raise NotRegistered("this card is not registered")
            record_consent(session, terminal.facility_code, result.person_id, categories,
                           moment)
            audit.record(session, moment, terminal.terminal_id, "consent",
                         ",".join(sorted(categories)) or "declined",
                         facility_code=terminal.facility_code,
                         certificate_id=check.certificate_id, person_id=result.person_id)

    def facility_settings(self, code: str) -> FacilitySettings:
        """The facility's settings (what its terminals ask and how they behave)."""
        with self._transaction(Terminal(FACILITY_ADMIN, code), "facility_settings") as (
                session, _moment):
            return get_settings(session, code)

    def update_facility_settings(self, code: str, /, **changes: Any) -> FacilitySettings:
        """Change some of the facility's settings, all or none (InvalidRequest says why)."""
        with self._transaction(Terminal(FACILITY_ADMIN, code), "facility_settings") as (
                session, moment):
            updated = update_settings(session, code, **changes)
            audit.record(session, moment, FACILITY_ADMIN, "facility_settings", "updated",
                         facility_code=code, detail=describe_changes(changes))
            return updated

    def record_reception(self, terminal: Terminal, result: ReceptionResult) -> int:
        """Store how a reception at the terminal ended; the reception's id."""
        if terminal.facility_code is None:
            raise ValueError("a reception happens at a facility")
        with self._transaction(terminal, "reception") as (session, moment):
            reception_id = store_reception(session, moment, terminal.terminal_id,
                                           terminal.facility_code, result)
            audit.record(session, moment, terminal.terminal_id, "reception",
                         _reception_outcome(result), facility_code=terminal.facility_code,
                         certificate_id=result.certificate_id, person_id=result.person_id,
                         detail=f"reception {reception_id}")
            return reception_id

    def receptions(self, facility_code: str, after_id: int = 0,
                   limit: int = 100) -> list[ReceptionRecord]:
        """The facility's receptions after `after_id`, newest first (the staff screen)."""
        with self._transaction(Terminal(FACILITY_ADMIN, facility_code), "receptions") as (
                session, _moment):
            return list_receptions(session, facility_code, after_id, limit)

    def reception(self, facility_code: str, reception_id: int) -> ReceptionRecord:
        """One stored reception of the facility, as the staff side sees it."""
        with self._transaction(Terminal(FACILITY_ADMIN, facility_code), "receptions") as (
                session, _moment):
            return get_reception(session, facility_code, reception_id)

    def record_oqs_file(self, terminal: Terminal, reception_id: int, *, name: str = "",
                        reason: str = "", message: str = "") -> None:
        """Record the OQS face file written for a reception (`name`), or why none could be
        (`reason`, one of oqs_file_events.REASONS, and `message`): the staff screen lists
        them."""
        if terminal.facility_code is None:
            raise ValueError("OQS files are written for a facility")
        with self._transaction(terminal, oqs_file_events.ACTION) as (session, moment):
            if name:
                oqs_file_events.record_written(session, moment, terminal.terminal_id,
                                               terminal.facility_code, reception_id, name)
            else:
                oqs_file_events.record_failed(session, moment, terminal.terminal_id,
                                              terminal.facility_code, reception_id, reason,
                                              message)

    def oqs_files(self, facility_code: str, after_id: int = 0,
                  limit: int = 100) -> list[oqs_file_events.OqsFileEvent]:
        """The facility's OQS files written or not, after `after_id`, newest first."""
        with self._transaction(Terminal(FACILITY_ADMIN, facility_code), "oqs_files") as (
                session, _moment):
            return oqs_file_events.list_events(session, facility_code, after_id, limit)

    def check_staff_password(self, terminal: Terminal, password: str) -> bool:
        """Whether staff may confirm the person's identity by sight at this terminal (see
        `staff_password_check`)."""
        return self.staff_password_check(terminal, password).accepted

    def staff_password_check(self, terminal: Terminal, password: str,
                             action: str = "visual_confirmation") -> PasswordCheck:
        """The facility password typed at `terminal`, under the terminal's lockout: for
        visual confirmation (the facility must allow it) or the staff exit ("staff_exit").
        Audited, never the password."""
        if terminal.facility_code is None:
            raise ValueError("visual confirmation happens at a facility")
        request = PasswordRequest(terminal.terminal_id, terminal.facility_code, action,
                                  needs_visual_confirmation=action == "visual_confirmation")
        with self._transaction(terminal, action) as (session, moment):
            return check_password(session, moment, request, password)

    def grant_visual_confirmation(self, terminal: Terminal, reader_terminal_id: str,
                                  password: str) -> bool:
        """Whether visual confirmation was granted (see `visual_confirmation_grant`)."""
        return self.visual_confirmation_grant(terminal, reader_terminal_id,
                                              password).accepted

    def visual_confirmation_grant(self, terminal: Terminal, reader_terminal_id: str,
                                  password: str) -> PasswordCheck:
        """From the staff terminal `terminal`: allow visual confirmation at the reader
        `reader_terminal_id` of its facility for 5 minutes, once.

        The rule of staff_password_check, under the staff terminal's own lockout. Audited
        with ids only, never the password; nothing is stored when refused.
        """
        if terminal.facility_code is None:
            raise ValueError("visual confirmation happens at a facility")
        with self._transaction(terminal, "visual_confirmation_grant") as (session, moment):
            reader = visual_grants.check_reader_id(reader_terminal_id)
            request = PasswordRequest(terminal.terminal_id, terminal.facility_code,
                                      "visual_confirmation_grant",
                                      needs_visual_confirmation=True, accepted_outcome=None,
                                      detail=f"reader {reader}")
            checked = check_password(session, moment, request, password)
            if checked.accepted:
                grant_id = visual_grants.add_grant(session, moment, terminal.facility_code,
                                                   reader)
                audit.record(session, moment, terminal.terminal_id,
                             "visual_confirmation_grant", "granted",
                             facility_code=terminal.facility_code,
                             detail=f"reader {reader} grant {grant_id}")
            return checked

    def password_locked_until(self, terminal: Terminal) -> dt.datetime | None:
        """When the lock on the terminal's password screen ends; None if it is not locked."""
        with self._transaction(terminal, "password_locks") as (session, moment):
            return lockout.locked_until(session, terminal.terminal_id, moment)

    def password_locks(self, facility_code: str) -> list[lockout.Lock]:
        """The facility's terminals whose password screen is locked now (the staff screen)."""
        with self._transaction(Terminal(FACILITY_ADMIN, facility_code), "password_locks") as (
                session, moment):
            return lockout.active_locks(session, facility_code, moment)

    def unlock_password(self, terminal: Terminal, scope: str, password: str) -> PasswordCheck:
        """From the staff terminal `terminal`, with the facility password (under its own
        lockout): unlock the password screen of `scope` (a reader's id). Audited."""
        if terminal.facility_code is None:
            raise ValueError("unlocking happens at a facility")
        with self._transaction(terminal, "password_unlock") as (session, moment):
            request = PasswordRequest(terminal.terminal_id, terminal.facility_code,
                                      "password_unlock", accepted_outcome=None,
                                      detail=f"scope {scope}"[:200])
            checked = check_password(session, moment, request, password)
            if checked.accepted:
                was_locked = lockout.clear(session, lockout.check_scope(scope),
                                           terminal.facility_code)
                audit.record(session, moment, terminal.terminal_id, "password_unlock",
                             "unlocked" if was_locked else "nothing locked",
                             facility_code=terminal.facility_code, detail=f"scope {scope}")
            return checked

    def take_visual_confirmation_grant(self, terminal: Terminal) -> bool:
        """At the reader `terminal`: use the newest unexpired, unused grant staff made for it
        (atomically); True if there was one. The reader then confirms identity by sight.

        A facility that stopped allowing visual confirmation has its grants left unused.
        """
        if terminal.facility_code is None:
            raise ValueError("visual confirmation happens at a facility")
        with self._transaction(terminal, "visual_confirmation") as (session, moment):
            if not get_facility(session, terminal.facility_code).visual_confirmation_allowed:
                return False
            grant_id = visual_grants.take_grant(session, moment, terminal.facility_code,
                                                terminal.terminal_id)
            if grant_id is None:
                return False  # the usual answer, every second: not audited
            audit.record(session, moment, terminal.terminal_id, "visual_confirmation",
                         "enabled: staff screen", facility_code=terminal.facility_code,
                         detail=f"grant {grant_id}")
            return True


def _reception_outcome(result: ReceptionResult) -> str:
    """e.g. face/validity 1; pin/no lookup/cancelled (the audit outcome: 30 characters)."""
    parts = [result.identity_method,
             "no lookup" if result.validity is None else f"validity {int(result.validity)}"]
    if result.outcome != "completed":
        parts.append(result.outcome)
    return "/".join(parts)[:30]


def _storage_message(error: OperationalError) -> str:
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return "the eligibility database is busy (locked by another process); try again"
    if "readonly" in text or "read-only" in text:
        return "the eligibility database is read-only; nothing was written"
    if "no such table" in text or "does not exist" in text:
        return "the eligibility database is not set up: run 'kiosk db upgrade'"
    return "the eligibility database cannot be reached; nothing was written"
