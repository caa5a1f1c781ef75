"""A PIN as the card file keeps it: a salted PBKDF2 hash, never the PIN itself."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

# Enough to keep the value out of plain sight in a file; a 4-digit PIN cannot be protected
# by hashing alone, and a real card protects it with tamper-resistant hardware instead.
_ITERATIONS = 20_000


@dataclass(frozen=True)
class PinSecret:
    """Salted PBKDF2-HMAC-SHA256 of a PIN."""

    salt: bytes
    iterations: int
    digest: bytes

    @classmethod
    def create(cls, value: str) -> PinSecret:
        """Hash a new PIN with a fresh salt."""
        salt = os.urandom(16)
        return cls(salt, _ITERATIONS, _derive(value, salt, _ITERATIONS))

    def matches(self, value: str) -> bool:
        """Compare in constant time."""
        return hmac.compare_digest(self.digest, _derive(value, self.salt, self.iterations))


def _derive(value: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", value.encode("ascii", "replace"), salt, iterations)
