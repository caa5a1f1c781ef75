"""Exact bytes on the wire for every card operation, against a scripted reader."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from kiosk.card import (
    MalformedAnswer,
    NotVerified,
    PinKind,
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
    SELECT_JPKI,
    auth_certificate_der,
    basic_four_file,
    card_face_file,
    card_signature,
    cert_steps,
    certificate_file,
    my_number_file,
    ok,
    read,
    read_sfi,
    run,
    select_ef,
    verify_sfi,
)

CHALLENGE = b"nonce from the eligibility system"
SIGN = "80 2A 00 97 33 3031300D060960864801650304020105000420 {} 00"  # key 0017 by SFI


def test_read_auth_certificate_reads_header_then_rest_with_extended_le() -> None:
    card, reader = run(cert_steps())
    certificate = card.read_auth_certificate()
    assert certificate.der == auth_certificate_der()
    # No SELECT of the EF: its header by short EF identifier (`00 B0 8A 00 04`), then the
    # rest, HHLL bytes straight from the `30 82 HH LL` header, in one extended read.
    assert reader.sent[1] == bytes.fromhex("00B08A0004")
    assert reader.sent[2] == bytes.fromhex("00B0000400") + auth_certificate_der()[2:4]
    reader.assert_done()


def test_certificate_read_falls_back_to_short_reads_on_6700() -> None:
    der = certificate_file(auth_certificate_der())
    size = len(auth_certificate_der())
    steps = [*cert_steps()[:2], (read(4, size - 4), "67 00")]
    offset = 4
    while offset < size:
        chunk = min(256, size - offset)
        steps.append((read(offset, chunk), ok(der[offset : offset + chunk])))
        offset += chunk
    card, reader = run(steps)
    assert card.read_auth_certificate().der == auth_certificate_der()
    reader.assert_done()
    # The session remembers: a second read goes straight to short chunks, with no SELECT.
    reader.extend([(read(0, 4), ok(der[:4])), *steps[3:]])
    card.read_auth_certificate()
    reader.assert_done()


def test_second_certificate_read_sends_no_select() -> None:
    der = auth_certificate_der()
    card, reader = run([*cert_steps(), (read(0, 4), ok(der[:4])), cert_steps()[2]])
    card.read_auth_certificate()
    card.read_auth_certificate()
    reader.assert_done()


def test_authenticate_sends_five_apdus_and_checks_the_signature() -> None:
    digest = hashlib.sha256(CHALLENGE).hexdigest()
    steps = [
        *cert_steps(),
        (verify_sfi(0x18, AUTH_PIN), OK),
        (SIGN.format(digest), ok(card_signature(CHALLENGE))),
    ]
    card, reader = run(steps)
    result = card.authenticate(AUTH_PIN, CHALLENGE)
    assert result.signature == card_signature(CHALLENGE)
    assert result.certificate.der == auth_certificate_der()
    reader.assert_done()
    assert len(reader.sent) == 5


def test_authenticate_rejects_a_signature_that_does_not_match() -> None:
    digest = hashlib.sha256(CHALLENGE).hexdigest()
    bad = bytearray(card_signature(CHALLENGE))
    bad[100] ^= 1
    steps = [
        *cert_steps(),
        (verify_sfi(0x18, AUTH_PIN), OK),
        (SIGN.format(digest), ok(bytes(bad))),
    ]
    card, _ = run(steps)
    with pytest.raises(SignatureMismatch):
        card.authenticate(AUTH_PIN, CHALLENGE)


def test_read_basic_four_with_pin() -> None:
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        # Small enough for one read: the card answers what the file holds, with 9000.
        (read_sfi(0x02, 0, 256), ok(data + b"\xff" * 16)),
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
        (verify_sfi(0x15, COLLATION_B), OK),
        (read_sfi(0x02, 0, 256), ok(data)),
        (read(0, 256), ok(data)),
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
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", ok(my_number_file()[:15])),
    ]
    card, reader = run(steps)
    assert card.read_my_number(AUTH_PIN) == MY_NUMBER
    reader.assert_done()


def test_my_number_then_basic_four_reuses_selection_and_pin() -> None:
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", ok(my_number_file()[:15])),
        (read_sfi(0x02, 0, 256), ok(data)),
    ]
    card, reader = run(steps)
    card.read_my_number(AUTH_PIN)
    card.read_basic_four()
    reader.assert_done()


def test_switching_application_drops_verification() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", ok(my_number_file()[:15])),
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
        (verify_sfi(0x12, COLLATION_B), OK),
        (read_sfi(0x02, 0, 256), ok(data[:256])),
        (read(256, len(data) - 256), ok(data[256:])),
    ]
    card, reader = run(steps)
    face = card.read_card_face(COLLATION_B)
    reader.assert_done()
    assert reader.sent[3][:5].hex() == "00b0010000"  # the rest in one extended read
    assert face.photo == PHOTO
    assert (face.name_image, face.address_image) == (NAME_IMAGE, ADDRESS_IMAGE)
    assert face.birth_date == datetime.date(1980, 3, 15)
    assert face.expiry == datetime.date(2034, 3, 15)
    assert face.sex is Sex.FEMALE


def test_my_number_with_a_wrong_check_digit_is_malformed() -> None:
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        ("00 B0 81 00 0F", ok(b"\xff\x10\x0c123456789019")),
    ]
    card, _reader = run(steps)
    with pytest.raises(MalformedAnswer, match="check digit"):
        card.read_my_number(AUTH_PIN)


def test_a_card_without_short_ef_identifiers_is_sent_selects() -> None:
    digest = hashlib.sha256(CHALLENGE).hexdigest()
    der = auth_certificate_der()
    steps = [
        (SELECT_JPKI, OK),
        (read_sfi(0x0A, 0, 4), "6A 86"),
        (select_ef(0x000A), OK),
        (read(0, 4), ok(der[:4])),
        (read(4, len(der) - 4), ok(der[4:])),
        (select_ef(0x0018), OK),
        ("00 20 00 80 04 31323334", OK),
        (select_ef(0x0017), OK),
        (SIGN.replace("00 97", "00 80").format(digest), ok(card_signature(CHALLENGE))),
    ]
    card, reader = run(steps)
    card.authenticate(AUTH_PIN, CHALLENGE)
    reader.assert_done()


def test_an_empty_verify_after_a_correct_pin_keeps_it_verified() -> None:
    # A real card answers 63C3 to an empty VERIFY right after the right PIN (the counter is
    # back to its maximum); the PIN stays verified.
    data = basic_four_file()
    steps = [
        (SELECT_INPUT_SUPPORT, OK),
        (verify_sfi(0x11, AUTH_PIN), OK),
        (verify_sfi(0x11), "63 C3"),
        (read_sfi(0x02, 0, 256), ok(data)),
    ]
    card, reader = run(steps)
    card.verify_pin(PinKind.INPUT_SUPPORT, AUTH_PIN)
    assert card.pin_tries_left(PinKind.INPUT_SUPPORT) == 3
    card.read_basic_four()
    reader.assert_done()
