"""The agency-specific code (機関別符号) that stands for a person instead of the My Number."""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

KEY_FILE = "individual-code.key"


def load_or_create_key(directory: Path) -> bytes:
    """This installation's secret for deriving individual codes, made on first use."""
    path = directory / KEY_FILE
    if path.exists():
        return path.read_bytes()
    directory.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key)
    return key


def individual_code(my_number: str, key: bytes) -> str:
    """A keyed hash of the My Number: the same person always, the number never recoverable."""
    return hmac.new(key, my_number.encode("ascii"), hashlib.sha256).hexdigest()
