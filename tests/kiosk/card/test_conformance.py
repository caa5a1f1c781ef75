"""The conformance checks: they pass on a card that answers as a real one, fail on a card
broken in one place (naming that place), and never spend a PIN try on their own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from hw.memory_reader import MemoryCardReader
from hw.reader import DEFAULT_TIMEOUT_S
from hw.vcard.card import VirtualCard
from hw.vcard.model import BinaryFile, CardImage, PinFile
from kiosk.card.conformance.report import all_checks, render
from kiosk.card.conformance.runner import CheckResult, Credentials, run_checks
from tests.cards import AUTH_PIN, CARD_INFO_PIN, MY_NUMBER

Patch = Callable[[bytes, bytes], bytes]


class PatchedReader:
    """A memory reader whose card's answers (or ATR) are rewritten by `patch`."""

    def __init__(self, card: VirtualCard, patch: Patch | None = None,
                 atr: bytes | None = None) -> None:
        self.inner = MemoryCardReader()
        self.inner.insert(card)
        self.name = self.inner.name
        self.patch = patch
        self.atr = atr
        self.sent: list[bytes] = []

    def wait_for_card(self, timeout: float) -> bool:
        return self.inner.wait_for_card(timeout)

    def wait_for_removal(self, timeout: float) -> bool:
        return self.inner.wait_for_removal(timeout)

    def connect(self) -> bytes:
        atr = self.inner.connect()
        return self.atr or atr

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        self.sent.append(apdu)
        response = self.inner.transmit(apdu, timeout)
        return self.patch(apdu, response) if self.patch else response

    def disconnect(self) -> None:
        self.inner.disconnect()


def credentials(issued) -> Credentials:
    return Credentials(pin=CARD_INFO_PIN, collation_b=issued.collation_b, auth_pin=AUTH_PIN)


def run(reader, given: Credentials | None = None) -> dict[str, CheckResult]:
    results = run_checks(reader, all_checks(), given or Credentials(), lambda _text: None)
    return {result.check.name: result for result in results}


def failures(results: dict[str, CheckResult]) -> dict[str, str]:
    return {name: result.detail for name, result in results.items() if not result.passed}


def test_every_check_passes_on_the_issued_card(card_factory):
    issued = card_factory.issued()
    results = run(PatchedReader(VirtualCard(issued.image)), credentials(issued))
    assert failures(results) == {}
    assert len(results) == len(all_checks())


def test_without_credentials_only_free_checks_run_and_no_try_is_used(card_factory):
    issued = card_factory.issued()
    before = _tries(issued.image)
    reader = PatchedReader(VirtualCard(issued.image))
    results = run(reader)
    assert all(not result.check.needs for result in results.values())
    verifies_with_data = [apdu for apdu in reader.sent if apdu[1] == 0x20 and len(apdu) > 4]
    assert verifies_with_data == []
    assert _tries(issued.image) == before


def _tries(image: CardImage) -> dict[tuple[str, int], int]:
    return {(app.name, fid): file.tries_left for app in image.applications
            for fid, file in app.files.items() if isinstance(file, PinFile)}


def test_a_refused_credential_is_sent_once_and_never_again(card_factory):
    issued = card_factory.issued()
    reader = PatchedReader(VirtualCard(issued.image))
    results = run(reader, Credentials(pin="0000"))
    sent = [apdu for apdu in reader.sent if apdu[:4] == bytes.fromhex("00200091")
            and len(apdu) > 4]
    assert len(sent) == 1
    text_checks = [name for name in results if name.startswith("text-") and
                   results[name].check.needs]
    assert all(not results[name].passed for name in text_checks)
    assert "refused" in results["text-ef0001"].detail


def test_the_report_masks_credentials_and_the_my_number(card_factory):
    issued = card_factory.issued()
    results = run(PatchedReader(VirtualCard(issued.image)), credentials(issued))
    report = render(results.values())
    assert "00 20 00 91 04 ** ** ** **" in report
    for secret in (CARD_INFO_PIN, AUTH_PIN, issued.collation_b, MY_NUMBER):
        assert secret.encode().hex(" ").upper() not in report
        assert secret not in report
    assert "bytes not shown" in report


def _replace_text_file(image: CardImage, fid: int, data: bytes) -> None:
    files = image.application_named("card-info").files
    file = files[fid]
    assert isinstance(file, BinaryFile)
    files[fid] = dataclasses.replace(file, data=data)


def _on(command: bytes, change: Callable[[bytes], bytes]) -> Patch:
    """Rewrite the data of answers to commands starting with `command`."""
    def patch(apdu: bytes, response: bytes) -> bytes:
        if apdu.startswith(command) and response[-2:] == b"\x90\x00":
            return change(response[:-2]) + response[-2:]
        return response
    return patch


def _flip_last(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 0x01]) if data else data


def _flip_at(offset: int) -> Callable[[bytes], bytes]:
    """Flip one bit at `offset` of answers that long (the same SFI read in another AP
    gives a shorter file, left alone)."""
    def change(data: bytes) -> bytes:
        if len(data) <= offset:
            return data
        return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1:]
    return change


def _status(command: bytes, sw: bytes) -> Patch:
    def patch(apdu: bytes, response: bytes) -> bytes:
        return response[:-2] + sw if apdu.startswith(command) else response
    return patch


BROKEN: dict[str, tuple[str, Patch]] = {
    # What breaks -> (the check that must fail, how the answers change).
    "token label": ("jpki-token-info", _on(bytes.fromhex("00B0000000"), _flip_at(0))),
    "6282 at the end": ("read-remaining", _status(bytes.fromhex("00B0"), b"\x62\x82")),
    "EF0008 content": ("jpki-ef0008", _on(bytes.fromhex("00B0000000"),
                                          lambda d: d if len(d) != 3 else b"\x01\x01\x00")),
    "empty VERIFY 9000": ("jpki-verify-after-success",
                          _status(bytes.fromhex("00200080"), b"\x90\x00")),
    "JPKI signature": ("jpki-sign", _on(bytes.fromhex("802A0080"), _flip_last)),
    "card-face signature": ("surface-ef0002", _on(bytes.fromhex("00B0820000"), _flip_at(700))),
    "EF0003 signature": ("text-ef0003", _on(bytes.fromhex("00B0830000"), _flip_at(300))),
    "challenge length": ("get-challenge", _on(bytes.fromhex("0084000008"), lambda d: d[:7])),
    "common record": ("common-record", _on(bytes.fromhex("00B2"), lambda d: d[:29])),
    "DF21 offset": ("text-df21", _on(bytes.fromhex("00B0820000"), _flip_at(6))),
    # As if P2 were ignored: the answer at offset 4 is the file from offset 0.
    "SFI offset ignored": ("read-sfi-offset",
                           _on(bytes.fromhex("00B08A04"), lambda d: b"\x30\x82\x03\xa3" + d[:-4])),
    "AP basic data": ("text-ef0005", _on(bytes.fromhex("00B0850000"), _flip_at(9))),
    "short internal auth": ("common-internal-auth",
                            _on(bytes.fromhex("0088"), lambda d: d[:128])),
    "a PIN count of 9000": ("pin-counts", _status(bytes.fromhex("00200080"), b"\x90\x00")),
}


@pytest.fixture(scope="module")
def unbroken(card_factory) -> dict[str, CheckResult]:
    """The results on the card as issued: a broken-card test means something only if its
    check passes there."""
    issued = card_factory.issued()
    return run(PatchedReader(VirtualCard(issued.image)), credentials(issued))


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_card_broken_in_one_place_fails_that_check(card_factory, unbroken, broken):
    issued = card_factory.issued()
    check, patch = BROKEN[broken]
    assert unbroken[check].passed, render([unbroken[check]])
    results = run(PatchedReader(VirtualCard(issued.image), patch), credentials(issued))
    assert not results[check].passed, render([results[check]])


def test_a_card_that_refuses_everything_fails_every_check_but_the_atr(card_factory):
    issued = card_factory.issued()
    results = run(PatchedReader(VirtualCard(issued.image), _status(b"", b"\x6f\x00")),
                  credentials(issued))
    assert sorted(name for name, result in results.items() if result.passed) == ["atr"]


def test_a_wrong_atr_fails_the_atr_check(card_factory, unbroken):
    assert unbroken["atr"].passed
    issued = card_factory.issued()
    results = run(PatchedReader(VirtualCard(issued.image), atr=bytes.fromhex("3B8880")))
    assert failures(results).get("atr", "").startswith("ATR 3B 88 80")


@pytest.mark.parametrize("my_number_file", [
    bytes.fromhex("10010C") + MY_NUMBER.encode() + b"\x00\x00",  # the wrong layout in CX
    bytes.fromhex("FF100C") + MY_NUMBER.encode() + b"\xff",  # one filler byte short
])
def test_a_wrong_text_ef0001_fails_the_ef0001_and_ef0003_checks(card_factory, unbroken,
                                                                 my_number_file):
    assert unbroken["text-ef0001"].passed and unbroken["text-ef0003"].passed
    issued = card_factory.issued()
    _replace_text_file(issued.image, 0x0001, my_number_file)
    results = run(PatchedReader(VirtualCard(issued.image)), credentials(issued))
    assert not results["text-ef0001"].passed
    assert not results["text-ef0003"].passed  # DF31 no longer matches the file
