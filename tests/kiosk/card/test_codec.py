"""APDU building, status words, TLV and DER parsing."""

from __future__ import annotations

import pytest

from kiosk.card.apdu import command, split_response
from kiosk.card.der import certificate_length, load_certificate
from kiosk.card.errors import (
    FileNotFound,
    MalformedAnswer,
    NotVerified,
    PinLocked,
    UnexpectedStatus,
    WrongPin,
)
from kiosk.card.status import error_for
from kiosk.card.tlv import parse_all, parse_header, parse_one
from tests.kiosk.card.card_data import auth_certificate_der


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((0, 0x20, 0, 0x80), "00 20 00 80"),
        ((0, 0xA4, 2, 0x0C, b"\x00\x0a"), "00 A4 02 0C 02 00 0A"),
        ((0, 0xB0, 0, 0, b"", 4), "00 B0 00 00 04"),
        ((0, 0xB0, 0, 0, b"", 256), "00 B0 00 00 00"),
        ((0, 0xB0, 0, 4, b"", 257), "00 B0 00 04 00 01 01"),
        ((0, 0xB0, 0, 0, b"", 65536), "00 B0 00 00 00 00 00"),
        ((0x80, 0x2A, 0, 0x80, b"\x01\x02", 256), "80 2A 00 80 02 01 02 00"),
    ],
)
def test_command(args: tuple, expected: str) -> None:
    assert command(*args) == bytes.fromhex(expected)


def test_split_response() -> None:
    response = split_response(b"\x01\x02\x90\x00")
    assert (response.data, response.sw) == (b"\x01\x02", 0x9000)
    assert "01" not in repr(response)
    for raw in (b"", b"\x90"):
        with pytest.raises(MalformedAnswer):
            split_response(raw)


@pytest.mark.parametrize(
    ("sw", "error"),
    [
        (0x63C2, WrongPin),
        (0x6984, PinLocked),
        (0x6982, NotVerified),
        (0x6A82, FileNotFound),
        (0x6F00, UnexpectedStatus),
        (0x6581, UnexpectedStatus),
    ],
)
def test_status_mapping(sw: int, error: type) -> None:
    assert type(error_for(sw)) is error


def test_status_details() -> None:
    wrong = error_for(0x63C2)
    assert isinstance(wrong, WrongPin) and wrong.tries_left == 2
    locked_now = error_for(0x63C0)
    assert isinstance(locked_now, PinLocked) and locked_now.just_locked
    locked = error_for(0x6984)
    assert isinstance(locked, PinLocked) and not locked.just_locked
    unexpected = error_for(0x6A86)
    assert isinstance(unexpected, UnexpectedStatus) and unexpected.sw == 0x6A86


def test_tlv_tags_and_lengths() -> None:
    data = bytes.fromhex("DF2102ABCD 01 81 03 010203 FF20 82 0001 00")
    items = parse_all(data)
    assert [(item.tag, item.value) for item in items] == [
        (0xDF21, b"\xab\xcd"),
        (0x01, b"\x01\x02\x03"),
        (0xFF20, b"\x00"),
    ]
    header = parse_header(bytes.fromhex("FF20 82 FFFF"), max_length=0x10000)
    assert (header.tag, header.length, header.header_size) == (0xFF20, 0xFFFF, 5)


@pytest.mark.parametrize(
    "hex_data",
    [
        "DF",  # truncated tag
        "DF21",  # no length
        "DF21 80",  # indefinite
        "DF21 83 000001 00",  # length too long
        "DF21 82 00",  # truncated length
        "DF21 05 0102",  # truncated value
        "DF FF 01 01 00",  # three-byte tag
        "01 82 FFFF",  # over the cap
    ],
)
def test_tlv_rejects(hex_data: str) -> None:
    with pytest.raises(MalformedAnswer):
        parse_all(bytes.fromhex(hex_data))


def test_parse_one_wants_exactly_one() -> None:
    with pytest.raises(MalformedAnswer):
        parse_one(bytes.fromhex("0100 0100"))


@pytest.mark.parametrize(("header", "expected"), [("308202A1", 0x2A1 + 4), ("3081FA00", 0xFA + 3)])
def test_certificate_length(header: str, expected: int) -> None:
    assert certificate_length(bytes.fromhex(header)) == expected


@pytest.mark.parametrize(
    "header", ["31820100", "3082FFFF", "30820000", "3083000100", "308001", "3001"]
)
def test_certificate_length_rejects(header: str) -> None:
    with pytest.raises(MalformedAnswer):
        certificate_length(bytes.fromhex(header))


def test_load_certificate() -> None:
    der = auth_certificate_der()
    assert load_certificate(der).serial_number == 1
    with pytest.raises(MalformedAnswer):
        load_certificate(der[:-1])
    with pytest.raises(MalformedAnswer):
        load_certificate(b"\x30\x03\x02\x01\x00")
