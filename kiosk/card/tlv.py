"""A bounded BER-TLV parser: 1- and 2-byte tags, lengths in short form, 81 or 82.

Every declared length is checked against a hard cap and the bytes actually present
before anything is sliced, so a hostile length never drives a read or an allocation.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.card.errors import MalformedAnswer

MAX_TLV_LENGTH = 0x8000
MAX_HEADER_SIZE = 5  # two tag bytes, 82 HH LL


@dataclass(frozen=True)
class TlvHeader:
    """A TLV's tag, declared value length and the size of tag plus length bytes."""

    tag: int
    length: int
    header_size: int

    @property
    def total_size(self) -> int:
        """Header plus value, in bytes."""
        return self.header_size + self.length


@dataclass(frozen=True)
class Tlv:
    """One parsed tag and its value."""

    tag: int
    value: bytes

    def __repr__(self) -> str:
        # Values hold personal data: show only the tag and the size.
        return f"Tlv({self.tag:X}, <{len(self.value)} bytes>)"


def parse_header(data: bytes, offset: int = 0, max_length: int = MAX_TLV_LENGTH) -> TlvHeader:
    """Parse the tag and length at `offset`; the value itself need not be present."""
    pos = offset

    def take() -> int:
        nonlocal pos
        if pos >= len(data):
            raise MalformedAnswer("truncated TLV header")
        byte = data[pos]
        pos += 1
        return byte

    tag = take()
    if tag & 0x1F == 0x1F:
        second = take()
        if second & 0x80:
            raise MalformedAnswer("TLV tag longer than two bytes")
        tag = (tag << 8) | second
    first = take()
    if first < 0x80:
        length = first
    elif first == 0x81:
        length = take()
    elif first == 0x82:
        length = (take() << 8) | take()
    elif first == 0x80:
        raise MalformedAnswer("indefinite TLV length")
    else:
        raise MalformedAnswer("TLV length field too long")
    if length > max_length:
        raise MalformedAnswer("TLV length over the limit")
    return TlvHeader(tag, length, pos - offset)


def parse_one(data: bytes, max_length: int = MAX_TLV_LENGTH) -> Tlv:
    """Parse exactly one TLV that fills `data`."""
    items = parse_all(data, max_length)
    if len(items) != 1:
        raise MalformedAnswer("expected exactly one TLV")
    return items[0]


def parse_all(data: bytes, max_length: int = MAX_TLV_LENGTH) -> list[Tlv]:
    """Parse a run of TLVs that fills `data` exactly."""
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        header = parse_header(data, pos, max_length)
        start = pos + header.header_size
        if header.length > len(data) - start:
            raise MalformedAnswer("TLV value truncated")
        items.append(Tlv(header.tag, bytes(data[start : start + header.length])))
        pos = start + header.length
    return items


def unique_values(items: list[Tlv], tags: tuple[int, ...]) -> dict[int, bytes]:
    """The values of `tags`, each required exactly once; other tags are ignored."""
    found: dict[int, bytes] = {}
    for item in items:
        if item.tag in tags:
            if item.tag in found:
                raise MalformedAnswer(f"tag {item.tag:X} appears twice")
            found[item.tag] = item.value
    missing = [tag for tag in tags if tag not in found]
    if missing:
        raise MalformedAnswer(f"tag {missing[0]:X} missing")
    return found
