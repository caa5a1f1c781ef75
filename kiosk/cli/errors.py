"""Errors a command reports to its user."""

from __future__ import annotations


class CommandError(Exception):
    """A command could not do its work; `status` is the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status
