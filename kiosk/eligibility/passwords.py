"""Staff passwords, stored as scrypt hashes (a memory-hard password hash in the stdlib)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

# scrypt cost: 2**14 with r=8 takes about 16 MiB and tens of milliseconds, as recommended
# for interactive logins.
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A self-describing hash: scrypt$N$r$p$salt$digest (base64)."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P)
    return "$".join(["scrypt", str(_N), str(_R), str(_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def verify_password(password: str, stored: str) -> bool:
    """Compare in constant time; False for any malformed stored hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
