"""APDU round trips, clinic reads and insertion-to-ready through a real pcscd, beside memory.

Run: .venv/bin/python -m bench.pcsc_round_trip
Starts a private pcscd (no root needed), serves a virtual card to its vpcd reader with
`kiosk card serve`, and prints each figure for the in-process reader and for pcscd.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hw.memory_reader import MemoryCardReader
from hw.private_pcscd import PrivatePcscd
from hw.reader import CardReader
from hw.vcard.authority import TestAuthority
from hw.vcard.card_file import load_card, write_image
from hw.vcard.holder import ChosenPins, Holder
from hw.vcard.issuer import IssuedCard, issue_card
from kiosk import paths
from kiosk.card import MyNumberCardProtocol

ROUND_TRIPS = 500
CLINIC_READS = 20
INSERTIONS = 5
SELECT_JPKI = bytes.fromhex("00A4040C0AD392F000260100000001")
READER = "Kiosk virtual reader 00 00"


def _issue() -> IssuedCard:
    holder = Holder("山田", "花子", "ヤマダ", "ハナコ", dt.date(1985, 4, 12), "2",
                    "東京都千代田区霞が関一丁目2番2号",
                    paths.assets_dir() / "faces/london/030/neutral.jpg")
    return issue_card(holder, ChosenPins("1234", "1234"), TestAuthority.create(),
                      paths.font_path())


def round_trips(reader: CardReader) -> list[float]:
    """Seconds per SELECT, ROUND_TRIPS times."""
    reader.connect()
    times = []
    for _ in range(ROUND_TRIPS):
        started = time.perf_counter()
        reader.transmit(SELECT_JPKI)
        times.append(time.perf_counter() - started)
    return times


def clinic_reads(reader: CardReader, collation_b: str) -> list[float]:
    """Seconds to read the certificate and the card face with its photo, from power-on."""
    times = []
    for _ in range(CLINIC_READS):
        card = MyNumberCardProtocol(reader)
        started = time.perf_counter()
        card.connect()
        card.read_auth_certificate()
        card.read_card_face(collation_b)
        times.append(time.perf_counter() - started)
    return times


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(values) * 1000:8.3f} ms   p99 {p99 * 1000:8.3f} ms"


def main() -> None:
    """Print the figures."""
    issued = _issue()
    with tempfile.TemporaryDirectory() as temp:
        card_path = Path(temp) / "card.json"
        write_image(card_path, issued.image)
        memory = MemoryCardReader()
        memory_times = []
        for _ in range(INSERTIONS):
            started = time.perf_counter()
            memory.insert(load_card(card_path))
            memory.wait_for_card(5)
            memory.connect()
            memory_times.append(time.perf_counter() - started)
            memory.remove()
        memory.insert(load_card(card_path))
        memory_trips = round_trips(memory)
        memory_reads = clinic_reads(memory, issued.collation_b)

        with PrivatePcscd(Path(temp) / "pcscd") as lab:
            os.environ.update(lab.client_environment)
            from hw.pcsc_reader import PcscCardReader

            pcsc = PcscCardReader(READER)
            pcsc_times = []
            for _ in range(INSERTIONS):
                started = time.perf_counter()
                server = subprocess.Popen(
                    lab.inside([sys.executable, "-m", "kiosk", "card", "serve",
                                str(card_path)]),
                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
                pcsc.wait_for_card(10)
                pcsc.connect()
                pcsc_times.append(time.perf_counter() - started)
                pcsc.disconnect()
                server.terminate()
                server.wait()
                pcsc.wait_for_removal(10)
            server = subprocess.Popen(
                lab.inside([sys.executable, "-m", "kiosk", "card", "serve", str(card_path)]),
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
            pcsc.wait_for_card(10)
            pcsc_trips = round_trips(pcsc)
            pcsc_reads = clinic_reads(pcsc, issued.collation_b)
            pcsc.close()
            server.terminate()
            server.wait()

    print(f"APDU round trip (SELECT, {ROUND_TRIPS} times):")
    print(f"  memory  {_ms(memory_trips)}")
    print(f"  pcscd   {_ms(pcsc_trips)}")
    print(f"clinic read: certificate + card face with photo ({CLINIC_READS} times):")
    print(f"  memory  {_ms(memory_reads)}")
    print(f"  pcscd   {_ms(pcsc_reads)}")
    ratio = statistics.median(pcsc_reads) / statistics.median(memory_reads)
    print(f"  ratio pcscd/memory (median) {ratio:.1f}")
    print(f"insertion to ready (card in, seen, connected; {INSERTIONS} times):")
    print(f"  memory  {_ms(memory_times)}")
    print(f"  pcscd   {_ms(pcsc_times)}  (includes starting `kiosk card serve`)")


if __name__ == "__main__":
    main()
