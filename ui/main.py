"""The `kiosk` command: the domain's commands plus the screens' (`run`, `screenshots`).

Qt loads only for the commands that open screens, so `kiosk admin ...` stays quick.
"""

from __future__ import annotations

from kiosk.cli import main as cli
from ui import commands
from ui.process_memory import return_large_blocks


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the process exit status."""
    return_large_blocks()
    return cli.main(argv, extra=commands.register)
