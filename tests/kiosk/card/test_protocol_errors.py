"""Typed errors of card operations: PIN answers, status words, formats, reader failures."""

from __future__ import annotations

import pytest

from hw.reader import CardMuteError, CardRemovedError, ReaderUnavailableError
from hw.scripted_reader import ScriptedCardReader
from kiosk.card import (
    CardRemoved,
    CardUnresponsive,
    FileNotFound,
    InvalidPinFormat,
    MalformedAnswer,
    MyNumberCardProtocol,
    NotVerified,
    PinKind,
    PinLocked,
    PinNotUsable,
    ReaderFailure,
    UnexpectedStatus,
    WrongPin,
)
from tests.kiosk.card.card_data import (
    AUTH_PIN,
    MY_NUMBER,
    OK,
    SELECT_INPUT_SUPPORT,
    SELECT_JPKI,
    cert_steps,
    my_number_file,
    ok,
    run,
    verify_sfi,
)

AUTH_COUNTER = verify_sfi(0x18)

CHALLENGE = b"nonce from the eligibility system"


@pytest.mark.parametrize(
    ("sw", "expected"),
    [("63 C2", 2), ("63 C0", 0), ("90 00", 3)],
)
def test_pin_tries_left(sw: str, expected: int) -> None:
    card, reader = run([(SELECT_JPKI, OK), (AUTH_COUNTER, sw)])
    assert card.pin_tries_left(PinKind.AUTH) == expected
    reader.assert_done()


def test_pin_tries_left_on_face_authentication_card() -> None:
    steps = [(SELECT_JPKI, OK), (AUTH_COUNTER, "69 84")]
    card, _ = run(steps)
    with pytest.raises(PinNotUsable):
        card.pin_tries_left(PinKind.AUTH)


def test_authenticate_on_a_face_authentication_card() -> None:
    steps = [
        *cert_steps(),
        (verify_sfi(0x18, AUTH_PIN), "69 84"),
        (AUTH_COUNTER, "69 84"),
    ]
    card, reader = run(steps)
    with pytest.raises(PinNotUsable):
        card.authenticate(AUTH_PIN, CHALLENGE)
    reader.assert_done()


def pin_steps(answer: str) -> list:
    return [(SELECT_JPKI, OK), (verify_sfi(0x18, AUTH_PIN), answer)]


def test_wrong_pin_reports_tries_left() -> None:
    card, _ = run(pin_steps("63 C2"))
    with pytest.raises(WrongPin) as caught:
        card.verify_pin(PinKind.AUTH, AUTH_PIN)
    assert caught.value.tries_left == 2
    assert AUTH_PIN not in str(caught.value)


def test_the_try_that_locks() -> None:
    card, _ = run(pin_steps("63 C0"))
    with pytest.raises(PinLocked) as caught:
        card.verify_pin(PinKind.AUTH, AUTH_PIN)
    assert caught.value.just_locked


def test_6984_on_a_locked_pin_asks_the_counter_to_tell_locked_from_unset() -> None:
    card, reader = run([*pin_steps("69 84"), (AUTH_COUNTER, "63 C0")])
    with pytest.raises(PinLocked) as caught:
        card.verify_pin(PinKind.AUTH, AUTH_PIN)
    assert not caught.value.just_locked
    reader.assert_done()


def test_6984_on_a_face_authentication_card_is_pin_not_usable() -> None:
    card, reader = run([*pin_steps("69 84"), (AUTH_COUNTER, "69 84"),
                        (verify_sfi(0x18, AUTH_PIN), "6984")])
    with pytest.raises(PinNotUsable):
        card.verify_pin(PinKind.AUTH, AUTH_PIN)
    with pytest.raises(PinNotUsable):  # remembered: no second counter query
        card.verify_pin(PinKind.AUTH, AUTH_PIN)
    reader.assert_done()


@pytest.mark.parametrize(
    ("step", "sw", "error"),
    [
        (0, "6A 82", FileNotFound),
        (1, "6A 82", FileNotFound),
        (2, "69 82", NotVerified),
        (2, "6A 81", UnexpectedStatus),
        (2, "6B 00", MalformedAnswer),
        (2, "00 00 00 00 62 82", MalformedAnswer),
        (2, "00 00 00 90 00", MalformedAnswer),
        (0, "90", MalformedAnswer),
        (0, "01 90 00", MalformedAnswer),
    ],
)
def test_status_words_become_typed_errors(step: int, sw: str, error: type) -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", OK),
    ][: step + 1]
    steps[step] = (steps[step][0], sw)
    card, _ = run(steps)
    with pytest.raises(error):
        card.read_my_number(AUTH_PIN)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (PinKind.AUTH, "123"),
        (PinKind.AUTH, "12345"),
        (PinKind.AUTH, "12a4"),
        (PinKind.AUTH, "１２３４"),
        (PinKind.INPUT_SUPPORT, "1234\n"),
        (PinKind.SIGNATURE, "ABCDEF"),
        (PinKind.SIGNATURE, "123456"),
        (PinKind.SIGNATURE, "abc123"),
        (PinKind.SIGNATURE, "A1234"),
        (PinKind.SIGNATURE, "A" * 16 + "1"),
        (PinKind.INPUT_SUPPORT_COLLATION_A, "12345678901"),
        (PinKind.CARD_FACE_COLLATION_B, "1234567890123"),
    ],
)
def test_invalid_pin_format_sends_nothing(kind: PinKind, value: str) -> None:
    card, reader = run([])
    with pytest.raises(InvalidPinFormat) as caught:
        card.verify_pin(kind, value)
    assert value not in str(caught.value)
    assert reader.sent == []


def test_invalid_pin_format_sends_nothing_for_every_operation() -> None:
    card, reader = run([])
    for call in (
        lambda: card.authenticate("12", CHALLENGE),
        lambda: card.read_basic_four(pin="x"),
        lambda: card.read_basic_four(collation_b="1"),
        lambda: card.read_my_number("12345"),
        lambda: card.read_card_face("5502172035228"),
    ):
        with pytest.raises(InvalidPinFormat):
            call()
    assert reader.sent == []


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (CardRemovedError("gone"), CardRemoved),
        (CardMuteError("mute"), CardUnresponsive),
        (ReaderUnavailableError("unplugged"), ReaderFailure),
    ],
)
def test_reader_errors_mid_operation(error: Exception, expected: type) -> None:
    card, reader = run(cert_steps())
    reader.fail_at(2, error)
    with pytest.raises(expected):
        card.read_auth_certificate()


def test_after_a_reader_error_everything_is_selected_again() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", CardMuteError("timeout")),
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", ok(my_number_file()[:15])),
    ]
    card, reader = run(steps)
    with pytest.raises(CardUnresponsive):
        card.read_my_number(AUTH_PIN)
    with pytest.raises(NotVerified):
        card.read_basic_four()
    assert card.read_my_number(AUTH_PIN) == MY_NUMBER
    reader.assert_done()


def test_connect_returns_the_atr_and_forgets_the_previous_card() -> None:
    card, reader = run(cert_steps() + cert_steps())
    card.read_auth_certificate()
    assert card.connect() == reader.atr
    card.read_auth_certificate()
    reader.assert_done()


def test_connect_without_card_is_card_removed() -> None:
    reader = ScriptedCardReader([], card_present=False)
    with pytest.raises(CardRemoved):
        MyNumberCardProtocol(reader).connect()
