"""What a clinic terminal moves to and from a card: APDUs and bytes for each read.

Run: .venv/bin/python -m bench.card_reads
Prints one row per operation, once over a reader that takes extended Le and once over one
that does not (many contactless readers), with the in-process time as a rough guide only.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from hw.counting_reader import CountingCardReader
from hw.memory_reader import MemoryCardReader
from hw.reader import DEFAULT_TIMEOUT_S
from hw.vcard.authority import TestAuthority
from hw.vcard.card import VirtualCard
from hw.vcard.holder import ChosenPins, Holder
from hw.vcard.issuer import IssuedCard, issue_card
from kiosk import paths
from kiosk.card import MyNumberCardProtocol, PinKind

PIN = "1234"


class ShortApduReader(MemoryCardReader):
    """A reader that refuses extended-length APDUs as some readers do (answers 6700)."""

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Refuse any APDU longer than a short one can be."""
        # A zero byte after the header starts an extended length; `00 B0 P1 P2 00` is short.
        if len(apdu) > 5 and apdu[4] == 0:
            return b"\x67\x00"
        return super().transmit(apdu, timeout)


def _issue(photo: Path) -> IssuedCard:
    holder = Holder("山田", "花子", "ヤマダ", "ハナコ", dt.date(1985, 4, 12), "2",
                    "東京都千代田区霞が関一丁目2番2号", photo)
    return issue_card(holder, ChosenPins(PIN, PIN, "ABC123"), TestAuthority.create(),
                      paths.font_path())


def _operations(issued: IssuedCard) -> list[tuple[str, Callable[[MyNumberCardProtocol], object]]]:
    return [
        ("user-authentication certificate (no PIN)", lambda c: c.read_auth_certificate()),
        ("PIN tries left", lambda c: c.pin_tries_left(PinKind.AUTH)),
        ("PIN path: certificate + VERIFY + signature", lambda c: c.authenticate(PIN, b"n" * 32)),
        ("basic four items (PIN)", lambda c: c.read_basic_four(pin=PIN)),
        ("face path: card face with photo (照合番号B)",
         lambda c: c.read_card_face(issued.collation_b)),
    ]


def measure(reader_class: type[MemoryCardReader], issued: IssuedCard) -> list[str]:
    """One row per operation, each on a freshly inserted card."""
    rows = []
    for label, operation in _operations(issued):
        inner = reader_class()
        inner.insert(VirtualCard(issued.image))
        reader = CountingCardReader(inner)
        card = MyNumberCardProtocol(reader)
        card.connect()
        started = time.perf_counter()
        operation(card)
        elapsed_ms = (time.perf_counter() - started) * 1000
        traffic = reader.traffic
        rows.append(f"  {label:<46} {traffic.commands:>5} {traffic.bytes_sent:>7} "
                    f"{traffic.bytes_received:>9} {elapsed_ms:>8.1f}")
    return rows


def main() -> None:
    """Print the figures."""
    issued = _issue(paths.assets_dir() / "faces/london/030/neutral.jpg")
    header = f"  {'operation':<46} {'APDUs':>5} {'sent B':>7} {'received B':>9} {'ms':>8}"
    for title, reader_class in (("reader with extended Le", MemoryCardReader),
                                ("reader with short APDUs only", ShortApduReader)):
        print(f"{title}:")
        print(header)
        print("\n".join(measure(reader_class, issued)))


if __name__ == "__main__":
    main()
