"""The terminal's card protocol against the virtual card: the two sides meet at the bytes.

Every test runs twice: on the in-process reader and through a real pcscd with the card
served to its vpcd reader, with the same expectations.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from hw.counting_reader import CountingCardReader
from hw.vcard.model import ChipState
from kiosk.card import (
    CardRemoved,
    CardUnresponsive,
    InvalidPinFormat,
    MyNumberCardProtocol,
    NotVerified,
    PinKind,
    PinLocked,
    PinNotUsable,
    WrongPin,
)
from tests.cards import AUTH_PIN, CARD_INFO_PIN, MY_NUMBER, SIGNATURE_PASSWORD
from tests.slots import card_file


@pytest.fixture
def issued(card_factory):
    return card_factory.issued("standard")


@pytest.fixture
def terminal(slot, tmp_path):
    """Insert a card image into the slot; returns the protocol and a counting reader."""

    def insert(image):
        slot.insert(card_file(tmp_path, image))
        reader = CountingCardReader(slot.reader)
        protocol = MyNumberCardProtocol(reader)
        protocol.connect()
        return protocol, reader

    return insert


def test_read_certificate_in_four_apdus(issued, card_factory, terminal):
    protocol, reader = terminal(issued.image)
    certificate = protocol.read_auth_certificate().certificate
    certificate.verify_directly_issued_by(card_factory.authority.auth_ca_certificate)
    assert reader.traffic.commands == 3  # SELECT AP, header by short EF id, rest


def test_authenticate_signs_and_checks_against_the_certificate(issued, terminal):
    protocol, reader = terminal(issued.image)
    result = protocol.authenticate(AUTH_PIN, b"nonce from the eligibility system")
    assert len(result.signature) == 256
    assert reader.traffic.commands == 5  # certificate 3, VERIFY and SIGN by short EF id


def test_basic_four_by_pin_and_by_collation_b(issued, terminal):
    protocol, _ = terminal(issued.image)
    by_pin = protocol.read_basic_four(pin=CARD_INFO_PIN)
    assert (by_pin.family_name, by_pin.given_name) == ("山田", "花子")
    assert by_pin.address == "東京都千代田区霞が関一丁目2番2号"
    assert by_pin.birth_date.isoformat() == "1985-04-12"
    protocol.connect()  # a new session: nothing verified
    assert protocol.read_basic_four(collation_b=issued.collation_b) == by_pin


def test_my_number_and_card_face(issued, terminal):
    protocol, _ = terminal(issued.image)
    assert protocol.read_my_number(CARD_INFO_PIN) == MY_NUMBER
    face = protocol.read_card_face(issued.collation_b)
    photo = Image.open(io.BytesIO(face.photo))
    assert (photo.mode, photo.size) == ("L", (300, 400))
    assert face.expiry == issued.expires_on


def test_lock_sequence_through_the_protocol(issued, terminal):
    protocol, _ = terminal(issued.image)
    assert protocol.pin_tries_left(PinKind.AUTH) == 3
    with pytest.raises(WrongPin) as first:
        protocol.verify_pin(PinKind.AUTH, "0000")
    assert first.value.tries_left == 2
    with pytest.raises(WrongPin):
        protocol.verify_pin(PinKind.AUTH, "0000")
    with pytest.raises(PinLocked) as locking:
        protocol.verify_pin(PinKind.AUTH, "0000")
    assert locking.value.just_locked
    with pytest.raises(PinLocked) as after:
        protocol.verify_pin(PinKind.AUTH, AUTH_PIN)
    assert not after.value.just_locked
    assert protocol.pin_tries_left(PinKind.AUTH) == 0


def test_signature_password_and_a_pin_of_the_wrong_shape(issued, terminal):
    protocol, reader = terminal(issued.image)
    protocol.verify_pin(PinKind.SIGNATURE, SIGNATURE_PASSWORD)
    sent = reader.traffic.commands
    with pytest.raises(InvalidPinFormat):
        protocol.verify_pin(PinKind.AUTH, "12345")
    assert reader.traffic.commands == sent  # nothing reached the card


def test_face_auth_card_refuses_pins_but_gives_its_photo(card_factory, terminal):
    issued = card_factory.issued("face-auth")
    protocol, _ = terminal(issued.image)
    with pytest.raises(PinNotUsable):
        protocol.pin_tries_left(PinKind.AUTH)
    with pytest.raises(PinNotUsable):
        protocol.verify_pin(PinKind.AUTH, "1234")
    with pytest.raises(PinNotUsable):
        protocol.authenticate("1234", b"nonce")
    # JPEG 2000 in its JP2 container, as on a real card.
    assert protocol.read_card_face(issued.collation_b).photo[:12] == bytes.fromhex(
        "0000000C6A5020200D0A870A")


def test_destroyed_chip(issued, slot, tmp_path):
    issued.image.chip = ChipState.DESTROYED
    slot.insert(card_file(tmp_path, issued.image))
    with pytest.raises(CardUnresponsive):
        MyNumberCardProtocol(slot.reader).connect()


def test_pulled_card_mid_verify_through_the_protocol(issued, slot, tmp_path):
    path = card_file(tmp_path, issued.image)
    slot.insert(path)
    protocol = MyNumberCardProtocol(slot.reader)
    protocol.connect()
    protocol.pin_tries_left(PinKind.AUTH)
    slot.pull_during_next_command()
    with pytest.raises(CardRemoved):
        protocol.verify_pin(PinKind.AUTH, "0000")
    with pytest.raises(CardRemoved):
        protocol.read_auth_certificate()
    slot.remove()
    slot.insert(path)
    protocol.connect()
    assert protocol.pin_tries_left(PinKind.AUTH) == 2


def test_reading_without_verification_is_refused(issued, terminal):
    protocol, _ = terminal(issued.image)
    with pytest.raises(NotVerified):
        protocol.read_basic_four()
