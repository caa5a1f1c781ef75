"""The kiosk's log file: in the data directory's `logs/` (0700), the file itself 0600.

Logs name screens, outcomes and ids, never a PIN, a My Number, a photo or a frame; still,
they say when who was served, so nobody but the kiosk's own user may read them.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5


def log_dir() -> Path:
    """The data directory's folder of log files (made 0700)."""
    return paths.private_dir(paths.data_dir() / "logs")


class PrivateLogFile(RotatingFileHandler):
    """A rotating log file every copy of which is created 0600 (whatever the umask)."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(descriptor, 0o600)  # a file left by an earlier version may be wider
        return io.TextIOWrapper(io.FileIO(descriptor, "a"), encoding=self.encoding,
                                errors=self.errors)


def log_to_file(path: Path | None = None, level: int = logging.INFO) -> PrivateLogFile:
    """Send the root logger's records at `level` and above to `path` (default
    `logs/kiosk.log` in the data directory); returns the handler."""
    target = path or log_dir() / "kiosk.log"
    paths.private_dir(target.parent)
    handler = PrivateLogFile(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                             encoding="utf-8")
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
