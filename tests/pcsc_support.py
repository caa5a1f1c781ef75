"""Serving card files to the private pcscd from tests, through `kiosk card serve`."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path

from hw.pcsc_reader import PcscCardReader
from hw.private_pcscd import PrivatePcscd

READER = "Kiosk virtual reader 00 00"


class ServedCard:
    """A `kiosk card serve` process inside the private pcscd's namespace, driven by stdin."""

    def __init__(self, lab: PrivatePcscd, card_file: Path) -> None:
        command = [sys.executable, "-m", "kiosk", "card", "serve", str(card_file),
                   "--port", str(lab.port)]
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
        """Wait for an output line containing `text`; AssertionError with what came instead."""
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no '{text}' from card serve; got {seen}") from None
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
        """End card serve and wait until pcscd has seen the card leave."""
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # The next test must find the slot empty, not a card pcscd has yet to poll away.
        PcscCardReader(READER).wait_for_removal(5)
