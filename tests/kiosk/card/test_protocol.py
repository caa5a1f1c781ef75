"""Exact bytes on the wire for every card operation, against a scripted reader."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from kiosk.card import (
    MalformedAnswer,
    NotVerified,
    Sex,
    SignatureMismatch,
)
from tests.kiosk.card.card_data import (
    ADDRESS,
    ADDRESS_IMAGE,
    AUTH_PIN,
    COLLATION_B,
    MY_NUMBER,
    NAME_IMAGE,
    OK,
    PHOTO,
    SELECT_CARD_FACE,
    SELECT_INPUT_SUPPORT,
    auth_certificate_der,
    basic_four_file,
    card_face_file,
    card_signature,
    cert_steps,
    certificate_file,
    my_number_file,
    ok,
    read,
    run,
    select_ef,
    verify,
)

CHALLENGE = b"nonce from the eligibility system"
SIGN = "80 2A 00 80 33 3031300D060960864801650304020105000420 {} 00"


def test_read_auth_certificate_reads_header_then_rest_with_extended_le() -> None:
    card, reader = run(cert_steps())
    certificate = card.read_auth_certificate()
    assert certificate.der == auth_certificate_der()
    # The rest is HHLL bytes, straight from the `30 82 HH LL` header, in one extended read.
    assert reader.sent[3] == bytes.fromhex("00B0000400") + auth_certificate_der()[2:4]
    reader.assert_done()


def test_certificate_read_falls_back_to_short_reads_on_6700() -> None:
    der = certificate_file(auth_certificate_der())
    size = len(auth_certificate_der())
    steps = [*cert_steps()[:3], (read(4, size - 4), "67 00")]
    offset = 4
    while offset < size:
        chunk = min(256, size - offset)
        steps.append((read(offset, chunk), ok(der[offset : offset + chunk])))
        offset += chunk
    card, reader = run(steps)
    assert card.read_auth_certificate().der == auth_certificate_der()
    reader.assert_done()
    # The session remembers: a second read goes straight to short chunks, with no SELECT.
    reader.extend(steps[2:3] + steps[4:])
    card.read_auth_certificate()
    reader.assert_done()


def test_second_certificate_read_sends_no_select() -> None:
    card, reader = run(cert_steps() + cert_steps()[2:])
    card.read_auth_certificate()
    card.read_auth_certificate()
    reader.assert_done()


def test_authenticate_sends_eight_apdus_and_checks_the_signature() -> None:
    digest = hashlib.sha256(CHALLENGE).hexdigest()
    steps = [
        *cert_steps(),
        (select_ef(0x0018), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0017), OK),
        (SIGN.format(digest), ok(card_signature(CHALLENGE))),
    ]
    card, reader = run(steps)
    result = card.authenticate(AUTH_PIN, CHALLENGE)
    assert result.signature == card_signature(CHALLENGE)
    assert result.certificate.der == auth_certificate_der()
    reader.assert_done()
    assert len(reader.sent) == 8


def test_authenticate_rejects_a_signature_that_does_not_match() -> None:
    digest = hashlib.sha256(CHALLENGE).hexdigest()
    bad = bytearray(card_signature(CHALLENGE))
    bad[100] ^= 1
    steps = [
        *cert_steps(),
        (select_ef(0x0018), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0017), OK),
        (SIGN.format(digest), ok(bytes(bad))),
    ]
    card, _ = run(steps)
    with pytest.raises(SignatureMismatch):
        card.authenticate(AUTH_PIN, CHALLENGE)


def test_read_basic_four_with_pin() -> None:
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0011), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0002), OK),
        (read(0, 5), ok(data[:5])),
        (read(5, len(data) - 5), ok(data[5:])),
    ]
    card, reader = run(steps)
    four = card.read_basic_four(pin=AUTH_PIN)
    reader.assert_done()
    assert (four.family_name, four.given_name) == ("山田", "花子")
    assert four.address == ADDRESS
    assert four.birth_date == datetime.date(1980, 3, 15)
    assert four.sex is Sex.FEMALE
    assert "山田" not in repr(four)


def test_read_basic_four_with_collation_b_then_again_without_any_pin() -> None:
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0015), OK),
        (verify(COLLATION_B), OK),
        (select_ef(0x0002), OK),
        (read(0, 5), ok(data[:5])),
        (read(5, len(data) - 5), ok(data[5:])),
        (read(0, 5), ok(data[:5])),
        (read(5, len(data) - 5), ok(data[5:])),
    ]
    card, reader = run(steps)
    assert card.read_basic_four(collation_b=COLLATION_B) == card.read_basic_four()
    reader.assert_done()


def test_read_basic_four_without_pin_and_nothing_verified_sends_nothing() -> None:
    card, reader = run([])
    with pytest.raises(NotVerified):
        card.read_basic_four()
    assert reader.sent == []


def test_my_number_is_one_read_of_fifteen_bytes() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0011), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0001), OK),
        ("00 B0 00 00 0F", ok(my_number_file()[:15])),
    ]
    card, reader = run(steps)
    assert card.read_my_number(AUTH_PIN) == MY_NUMBER
    reader.assert_done()


def test_my_number_then_basic_four_reuses_selection_and_pin() -> None:
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0011), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0001), OK),
        ("00 B0 00 00 0F", ok(my_number_file()[:15])),
        (select_ef(0x0002), OK),
        (read(0, 5), ok(data[:5])),
        (read(5, len(data) - 5), ok(data[5:])),
    ]
    card, reader = run(steps)
    card.read_my_number(AUTH_PIN)
    card.read_basic_four()
    reader.assert_done()


def test_switching_application_drops_verification() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0011), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0001), OK),
        ("00 B0 00 00 0F", ok(my_number_file()[:15])),
        *cert_steps(),
    ]
    card, reader = run(steps)
    card.read_my_number(AUTH_PIN)
    card.read_auth_certificate()
    with pytest.raises(NotVerified):
        card.read_basic_four()
    reader.assert_done()


def test_read_card_face() -> None:
    data = card_face_file()
    steps = [
        (SELECT_CARD_FACE, OK),
        (select_ef(0x0012), OK),
        (verify(COLLATION_B), OK),
        (select_ef(0x0002), OK),
        (read(0, 5), ok(data[:5])),
        (read(5, len(data) - 5), ok(data[5:])),
    ]
    card, reader = run(steps)
    face = card.read_card_face(COLLATION_B)
    reader.assert_done()
    assert reader.sent[5][:5].hex() == "00b0000500"  # extended Le
    assert face.photo == PHOTO
    assert (face.name_image, face.address_image) == (NAME_IMAGE, ADDRESS_IMAGE)
    assert face.birth_date == datetime.date(1980, 3, 15)
    assert face.expiry == datetime.date(2034, 3, 15)
    assert face.sex is Sex.FEMALE


def test_my_number_with_a_wrong_check_digit_is_malformed() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (select_ef(0x0011), OK),
        (verify(AUTH_PIN), OK),
        (select_ef(0x0001), OK),
        ("00 B0 00 00 0F", ok(b"\xff\x10\x0c123456789019")),
    ]
    card, _reader = run(steps)
    with pytest.raises(MalformedAnswer, match="check digit"):
        card.read_my_number(AUTH_PIN)
