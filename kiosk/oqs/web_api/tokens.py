"""Tokens issued at login: random, per facility, for one hour, kept in memory only.

A restart forgets them (clients log in again, as they do when a token expires); the
lockout, unlike the tokens, is in the database. Tokens are compared by their SHA-256 so
that the dictionary lookup takes no time that depends on how much of a guess is right.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from dataclasses import dataclass

TOKEN_LIFETIME = dt.timedelta(hours=1)
MAX_TOKENS = 1000  # the oldest go first: a client logging in in a loop cannot fill memory


@dataclass(frozen=True)
class IssuedTokens:
    """What a login answers with; only `id_token` is accepted by search (as OQS does)."""

    access_token: str
    refresh_token: str
    id_token: str
    expires_at: dt.datetime


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class TokenStore:
    """Facility codes by token; safe to call from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[bytes, tuple[str, dt.datetime]] = {}

    def issue(self, facility_code: str, moment: dt.datetime) -> IssuedTokens:
        """New tokens for a facility whose password was right."""
        issued = IssuedTokens(secrets.token_urlsafe(32), secrets.token_urlsafe(32),
                              secrets.token_urlsafe(32), moment + TOKEN_LIFETIME)
        with self._lock:
            self._forget_expired(moment)
            while len(self._tokens) >= MAX_TOKENS:
                del self._tokens[next(iter(self._tokens))]
            self._tokens[_digest(issued.id_token)] = (facility_code, issued.expires_at)
        return issued

    def facility_of(self, token: str, moment: dt.datetime) -> str | None:
        """The facility `token` was issued to, or None if it is unknown or expired."""
        with self._lock:
            entry = self._tokens.get(_digest(token))
        if entry is None or entry[1] <= moment:
            return None
        return entry[0]

    def _forget_expired(self, moment: dt.datetime) -> None:
        for key in [key for key, (_code, until) in self._tokens.items() if until <= moment]:
            del self._tokens[key]
