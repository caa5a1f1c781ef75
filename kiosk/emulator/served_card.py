"""A card file served into the private pcscd's virtual reader by a `kiosk card serve` process.

The vpcd port exists only inside pcscd's private network namespace, so the server runs
there as its own process (the same command an operator would run), driven by its stdin.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path

from hw.private_pcscd import PrivatePcscd


class ServeError(RuntimeError):
    """`kiosk card serve` did not say what was expected (its output says why)."""


def kiosk_command() -> list[str]:
    """How to start the `kiosk` command from this process (a packaged kiosk is its own exe)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kiosk"]


class ServedCard:
    """A `kiosk card serve` process inside the private pcscd's namespaces."""

    def __init__(self, lab: PrivatePcscd, card_file: Path) -> None:
        command = [*kiosk_command(), "card", "serve", str(card_file), "--port", str(lab.port)]
        self.process = subprocess.Popen(lab.inside(command), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self.expect("card inserted")

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def expect(self, text: str, timeout: float = 10) -> None:
        """Wait for an output line containing `text`; ServeError with what came instead."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise ServeError(f"no '{text}' from card serve; got {seen}") from None
            seen.append(line)
            if text in line:
                return

    def send(self, command: str) -> None:
        """Type a command into card serve."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def remove(self) -> None:
        """Take the card out and wait until card serve says so."""
        self.send("remove")
        self.expect("card removed")

    def insert(self) -> None:
        """Put the card back and wait until pcscd has it."""
        self.send("insert")
        self.expect("card inserted")

    def close(self) -> None:
        """End card serve (the card leaves the reader)."""
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
