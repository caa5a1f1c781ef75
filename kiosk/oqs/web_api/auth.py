"""Login and token checks of the Web API, under the staff password lockout.

The lockout's place (its scope) is the facility's Web API, `web-api:<facility code>`: five
wrong passwords or tokens naming a facility within 15 minutes lock that facility's API
logins (5 minutes, doubling up to 2 hours), whoever sends them; the facility's staff screen
lists the lock and can lift it, as for a terminal. Codes of no facility share one scope,
`web-api:unknown-facility`. A token already issued keeps working during a lock: it is no
guess, and someone on the LAN locking the API must not cut off the clinic's software.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kiosk.eligibility import audit, lockout
from kiosk.eligibility.password_checks import LOCKOUT_ACTION, PasswordRequest, check_password
from kiosk.oqs.web_api.tokens import IssuedTokens, TokenStore
from kiosk.storage.database import Database
from kiosk.storage.models import Facility

SCOPE_PREFIX = "web-api:"
UNKNOWN_SCOPE = "web-api:unknown-facility"
LOGIN_ACTION, TOKEN_ACTION = "web_api_login", "web_api_token"


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused: its HTTP status, an error code, a message, and for 429 the
    seconds to wait."""

    status: int
    code: str
    message: str
    retry_after: int | None = None


def scope_of(facility_code: str) -> str:
    """The lockout scope of a facility's Web API."""
    return f"{SCOPE_PREFIX}{facility_code}"


def _locked(until: dt.datetime, moment: dt.datetime) -> Refusal:
    seconds = max(1, math.ceil((until - moment).total_seconds()))
    return Refusal(429, "locked", "too many wrong passwords or tokens; try again later, or "
                   "ask staff to unlock the Web API at the staff screen", seconds)


def _known(session: Session, facility_code: str) -> bool:
    return session.get(Facility, facility_code) is not None


def _count_failure(session: Session, moment: dt.datetime, scope: str,
                   facility_code: str | None, action: str) -> Refusal:
    """Count a wrong password or token at `scope` (audited); the refusal to answer with."""
    audit.record(session, moment, scope, action, "refused: wrong credentials",
                 facility_code=facility_code)
    until = lockout.record_failure(session, scope, facility_code, moment)
    if until is None:
        return Refusal(401, "unauthorized", "wrong facility code, password or token")
    audit.record(session, moment, scope, LOCKOUT_ACTION, "locked", facility_code=facility_code,
                 detail=f"{lockout.MAX_FAILURES} wrong credentials; until "
                        f"{until.isoformat(timespec='seconds')}")
    return _locked(until, moment)


def login(database: Database, tokens: TokenStore, moment: dt.datetime, facility_code: str,
          password: str) -> IssuedTokens | Refusal:
    """Tokens for a right facility password; otherwise a refusal (401, or 429 when locked)."""
    with database.session() as session, session.begin():
        if not _known(session, facility_code):
            until = lockout.locked_until(session, UNKNOWN_SCOPE, moment)
            if until is not None:
                return _locked(until, moment)
            return _count_failure(session, moment, UNKNOWN_SCOPE, None, LOGIN_ACTION)
        request = PasswordRequest(scope_of(facility_code), facility_code, LOGIN_ACTION,
                                  accepted_outcome="token issued")
        checked = check_password(session, moment, request, password)
    if checked.accepted:
        return tokens.issue(facility_code, moment)
    if checked.locked and checked.locked_until is not None:
        return _locked(checked.locked_until, moment)
    return Refusal(401, "unauthorized", "wrong facility code, password or token")


def authorise(database: Database, tokens: TokenStore, moment: dt.datetime, token: str | None,
              facility_code: str) -> Refusal | None:
    """None when `token` was issued to `facility_code`; otherwise the refusal (a wrong token
    is counted like a wrong password)."""
    if not token:
        return Refusal(401, "unauthorized", "send the idToken from login in Authorization")
    if tokens.facility_of(token, moment) == facility_code:
        return None
    with database.session() as session, session.begin():
        known = _known(session, facility_code)
        scope = scope_of(facility_code) if known else UNKNOWN_SCOPE
        until = lockout.locked_until(session, scope, moment)
        if until is not None:
            return _locked(until, moment)
        return _count_failure(session, moment, scope, facility_code if known else None,
                              TOKEN_ACTION)
