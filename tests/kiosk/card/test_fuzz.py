"""Random and mutated card answers: only CardError escapes, and no read goes past the caps."""

from __future__ import annotations

import contextlib
import tracemalloc
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hw.reader import (
    DEFAULT_TIMEOUT_S,
    CardMuteError,
    CardRemovedError,
    NoCardError,
    ReaderUnavailableError,
)
from kiosk.card import CardError, MalformedAnswer, MyNumberCardProtocol, PinKind
from kiosk.card.contents import parse_basic_four, parse_card_face, parse_my_number
from kiosk.card.der import certificate_length, load_certificate
from kiosk.card.tlv import parse_all
from tests.kiosk.card.card_data import (
    AUTH_PIN,
    COLLATION_B,
    auth_certificate_der,
    basic_four_file,
    card_face_file,
    card_signature,
    my_number_file,
    ok,
)

OK = b"\x90\x00"
MAX_LE = 0x8000
MAX_COMMANDS = 200
CHALLENGE = b"challenge"
FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Answer = bytes | Exception


class FuzzReader:
    """Plays answers in order whatever the command, and checks each command stays bounded."""

    name = "fuzz"

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = list(answers)
        self.sent: list[bytes] = []
        self.requested = 0

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        self.sent.append(apdu)
        assert len(self.sent) <= MAX_COMMANDS
        if apdu[1] == 0xB0:
            le = (apdu[4] or 256) if len(apdu) == 5 else int.from_bytes(apdu[5:7], "big")
            assert len(apdu) in (5, 7) and 0 < le <= MAX_LE
            self.requested += le
            assert self.requested <= 2 * MAX_LE
        if not self.answers:
            return b"\x6f\x00"
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def wait_for_card(self, timeout: float) -> bool:
        return True

    def wait_for_removal(self, timeout: float) -> bool:
        return False

    def connect(self) -> bytes:
        return b""

    def disconnect(self) -> None:
        pass


def _cert_answers() -> list[Answer]:
    der = auth_certificate_der()
    return [OK, ok(der[:4]), ok(der[4:])]


def _wrapped_answers(data: bytes) -> list[Answer]:
    # SELECT, VERIFY, a first read of up to 256 bytes, the rest.
    return [OK, OK, ok(data[:256]), *([ok(data[256:])] if len(data) > 256 else [])]


OPERATIONS: dict[str, tuple[Callable[[MyNumberCardProtocol], object], Callable[[], list]]] = {
    "cert": (lambda c: c.read_auth_certificate(), _cert_answers),
    "authenticate": (
        lambda c: c.authenticate(AUTH_PIN, CHALLENGE),
        lambda: [*_cert_answers(), OK, ok(card_signature(CHALLENGE))],
    ),
    "tries": (lambda c: c.pin_tries_left(PinKind.AUTH), lambda: [OK, b"\x63\xc2"]),
    "verify": (lambda c: c.verify_pin(PinKind.SIGNATURE, "ABC123"), lambda: [OK, OK]),
    "basic_pin": (
        lambda c: c.read_basic_four(pin=AUTH_PIN),
        lambda: _wrapped_answers(basic_four_file()),
    ),
    "basic_b": (
        lambda c: c.read_basic_four(collation_b=COLLATION_B),
        lambda: _wrapped_answers(basic_four_file()),
    ),
    "my_number": (
        lambda c: c.read_my_number(AUTH_PIN),
        lambda: [OK, OK, ok(my_number_file()[:15])],
    ),
    "card_face": (
        lambda c: c.read_card_face(COLLATION_B),
        lambda: _wrapped_answers(card_face_file()),
    ),
}

READER_ERRORS = [
    CardRemovedError("gone"),
    NoCardError("none"),
    CardMuteError("mute"),
    ReaderUnavailableError("unplugged"),
]


def run_operation(name: str, answers: list[Answer]) -> FuzzReader:
    """Run one operation against the answers; anything but a CardError fails the test."""
    reader = FuzzReader(answers)
    card = MyNumberCardProtocol(reader)
    with contextlib.suppress(CardError):
        OPERATIONS[name][0](card)
    return reader


@st.composite
def mutated(draw: st.DrawFn, answer: bytes) -> Answer:
    """One answer, damaged in one of the ways a broken or hostile card could."""
    how = draw(st.sampled_from(["truncate", "cut_data", "flip", "huge", "random", "sw", "error"]))
    position = draw(st.integers(0, max(len(answer) - 1, 0)))
    if how == "truncate":
        return answer[:position]
    if how == "cut_data":
        return answer[: max(position - 2, 0)] + answer[-2:]
    if how == "flip" and answer:
        value = bytearray(answer)
        value[position] ^= draw(st.integers(1, 255))
        return bytes(value)
    if how == "huge":
        filler = draw(
            st.sampled_from([b"\xff\xff", b"\x82\xff\xff", b"\x81\xff", b"\x83\x01\x00\x00"])
        )
        return answer[:position] + filler + answer[position + len(filler) :]
    if how == "sw":
        return answer[:-2] + draw(st.binary(min_size=2, max_size=2))
    if how == "error":
        return draw(st.sampled_from(READER_ERRORS))
    return draw(st.binary(max_size=300))


@FUZZ
@given(data=st.data(), name=st.sampled_from(sorted(OPERATIONS)))
def test_mutated_answers_only_raise_card_errors(data: st.DataObject, name: str) -> None:
    answers: list[Answer] = OPERATIONS[name][1]()
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(answers) - 1))
        original = answers[index]
        if isinstance(original, bytes):
            answers[index] = data.draw(mutated(original))
    run_operation(name, answers)


@FUZZ
@given(
    name=st.sampled_from(sorted(OPERATIONS)),
    answers=st.lists(
        st.one_of(
            st.binary(max_size=80),
            st.binary(max_size=300).map(lambda b: b + OK),
            st.sampled_from([OK, b"\x63\xc0", b"\x69\x84", b"\x67\x00", b"\x62\x82"]),
        ),
        max_size=12,
    ),
)
def test_random_answers_only_raise_card_errors(name: str, answers: list[Answer]) -> None:
    run_operation(name, answers)


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.binary(max_size=400))
def test_parsers_only_raise_malformed_answer(data: bytes) -> None:
    parsers = (parse_all, parse_basic_four, parse_card_face, parse_my_number, load_certificate)
    for parse in (*parsers, certificate_length):
        with contextlib.suppress(MalformedAnswer):
            parse(data)


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("cert", b"\x30\x82\xff\xff"),
        ("basic_pin", b"\xff\x20\x82\xff\xff"),
        ("card_face", b"\xff\x20\x82\xff\xff"),
        ("card_face", b"\xff\x20\x83\x01\x00"),
    ],
)
def test_huge_declared_length_reads_nothing_more(name: str, header: bytes) -> None:
    answers = [OK if a == OK else a for a in OPERATIONS[name][1]()]
    header_index = next(i for i, a in enumerate(answers) if a not in (OK,))
    answers[header_index] = ok(header)
    tracemalloc.start()
    try:
        reader = FuzzReader(answers)
        with pytest.raises(MalformedAnswer):
            OPERATIONS[name][0](MyNumberCardProtocol(reader))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(reader.sent) == header_index + 1
    assert peak < 256 * 1024
