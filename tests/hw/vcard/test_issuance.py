"""Issuing cards: lifetimes, numbers, PIN rules, certificates from the test authority."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from hw.vcard.authority import OID_JPKI_NAME, TestAuthority
from hw.vcard.holder import ChosenPins, IssuanceError
from hw.vcard.images import ImageError
from hw.vcard.issuer import issue_card
from hw.vcard.lifetimes import (
    card_expiry,
    certificate_expiry,
    era_yymmdd,
    nth_birthday_after,
)
from hw.vcard.model import CardKind, KeyFile
from hw.vcard.my_number import check_digit, is_valid_my_number, random_my_number
from kiosk import paths
from kiosk.card.der import certificate_length
from tests.cards import ISSUED_ON, holder, standard_pins


def _certificate(data: bytes) -> x509.Certificate:
    """The certificate at the start of a padded file, cut at its DER length (its own last
    byte may be 0xFF, like the padding)."""
    return x509.load_der_x509_certificate(data[:certificate_length(data[:4])])


@pytest.mark.parametrize(
    ("birth", "day", "n", "expected"),
    [
        ("1985-04-12", "2026-11-24", 5, "2031-04-12"),
        ("1985-11-24", "2026-11-24", 1, "2027-11-24"),  # strictly after the issue day
        ("1985-11-25", "2026-11-24", 1, "2026-11-25"),
        ("1992-02-29", "2020-03-01", 5, "2025-02-28"),  # no 29 February in 2025
        ("1992-02-29", "2023-03-01", 1, "2024-02-29"),
    ],
)
def test_nth_birthday_after(birth, day, n, expected):
    result = nth_birthday_after(dt.date.fromisoformat(birth), dt.date.fromisoformat(day), n)
    assert result == dt.date.fromisoformat(expected)


def test_lifetimes_of_adults_and_minors():
    adult, minor = dt.date(1985, 4, 12), dt.date(2010, 4, 12)
    assert card_expiry(adult, ISSUED_ON) == dt.date(2036, 4, 12)
    assert certificate_expiry(adult, ISSUED_ON) == dt.date(2031, 4, 12)
    assert card_expiry(minor, ISSUED_ON) == dt.date(2031, 4, 12)  # 16 at issue: 5 years


@pytest.mark.parametrize(
    ("day", "expected"),
    [("1985-04-12", "600412"), ("1989-01-07", "640107"), ("1989-01-08", "010108"),
     ("2019-04-30", "310430"), ("2019-05-01", "010501"), ("1926-12-24", "151224")],
)
def test_japanese_era_dates(day, expected):
    assert era_yymmdd(dt.date.fromisoformat(day)) == expected


def test_my_number_check_digit():
    assert check_digit("12345678901") == 8
    assert is_valid_my_number("123456789018")
    assert not is_valid_my_number("123456789019")
    assert not is_valid_my_number("12345678901８")  # full-width digit
    assert all(is_valid_my_number(random_my_number()) for _ in range(50))


def test_collation_b_is_era_birth_date_expiry_year_and_security_code(card_factory):
    issued = card_factory.issued("standard")
    assert issued.collation_b == "600412" + "2036" + issued.security_code
    assert len(issued.collation_b) == 14 and issued.collation_b.isdigit()


def test_certificates_chain_to_the_authority_with_the_right_validity(card_factory):
    issued = card_factory.issued("standard")
    jpki = issued.image.application_named("jpki")
    auth = _certificate(jpki.files[0x000A].data)
    auth.verify_directly_issued_by(card_factory.authority.auth_ca_certificate)
    assert auth.not_valid_before_utc == dt.datetime(2026, 11, 23, 15, tzinfo=dt.UTC)
    assert auth.not_valid_after_utc == dt.datetime(2031, 4, 12, 14, 59, 59, tzinfo=dt.UTC)
    assert auth.subject.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)[0].value == "JP"
    # The user-authentication certificate names no person.
    assert "山田" not in auth.subject.rfc4514_string()
    sign = _certificate(jpki.files[0x0001].data)
    sign.verify_directly_issued_by(card_factory.authority.sign_ca_certificate)
    names = sign.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    name = next(n for n in names if isinstance(n, x509.OtherName) and n.type_id == OID_JPKI_NAME)
    assert name.value[2:].decode() == "山田\u3000花子"
    assert auth.serial_number != sign.serial_number


def test_certificate_keys_match_the_card_keys(card_factory):
    jpki = card_factory.issued("standard").image.application_named("jpki")
    for cert_fid, key_fid in ((0x000A, 0x0017), (0x0001, 0x001A)):
        certificate = _certificate(jpki.files[cert_fid].data)
        key_file = jpki.files[key_fid]
        assert isinstance(key_file, KeyFile)
        key = serialization.load_der_private_key(key_file.pkcs8, None)
        assert key.key_size == 2048
        assert key.public_key().public_numbers() == certificate.public_key().public_numbers()


def test_authority_is_kept_between_runs(tmp_path):
    first = TestAuthority.load_or_create(tmp_path)
    second = TestAuthority.load_or_create(tmp_path)
    assert first.auth_ca_certificate == second.auth_ca_certificate
    assert (tmp_path / "authority.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("pins", "changes", "message"),
    [
        (ChosenPins("12345", "1234"), {}, "user-authentication PIN must be 4 digits"),
        (ChosenPins("1234", "12a4"), {}, "card-info PIN must be 4 digits"),
        (ChosenPins(None, "1234"), {}, "user-authentication PIN is required"),
        (ChosenPins("1234", "1234", "ABCDEFG"), {}, "at least one letter and one digit"),
        (ChosenPins("1234", "1234", "AB12"), {}, "6 to 16 characters"),
        (ChosenPins("1234", "1234", "ABC123"), {"birth_date": dt.date(2015, 1, 1)},
         "under 15"),
        (ChosenPins("1234", "1234"), {"sex": "3"}, "sex must be"),
        (ChosenPins("1234", "1234"), {"family_name": " "}, "family name is empty"),
        (ChosenPins("1234", "1234"), {"birth_date": dt.date(2030, 1, 1)}, "after the issue"),
    ],
)
def test_bad_details_are_refused_with_a_reason(card_factory, pins, changes, message):
    with pytest.raises(IssuanceError, match=message):
        issue_card(holder(**changes), pins, card_factory.authority, paths.font_path(),
                   issued_on=ISSUED_ON)


def test_face_auth_card_takes_no_pins(card_factory):
    with pytest.raises(IssuanceError, match="has no PINs"):
        issue_card(holder(), standard_pins(), card_factory.authority, paths.font_path(),
                   kind=CardKind.FACE_AUTHENTICATION)


def test_bad_my_number_is_refused(card_factory):
    with pytest.raises(IssuanceError, match="valid check digit"):
        issue_card(holder(), standard_pins(), card_factory.authority, paths.font_path(),
                   my_number="123456789019")


def test_unreadable_photo_is_refused(card_factory, tmp_path):
    broken = tmp_path / "photo.jpg"
    broken.write_bytes(b"\xff\xd8 not really a JPEG")
    for photo, message in ((broken, "cannot read photo"), (tmp_path / "no.jpg", "not found")):
        with pytest.raises(ImageError, match=message):
            issue_card(holder(photo=photo), standard_pins(), card_factory.authority,
                       paths.font_path())
