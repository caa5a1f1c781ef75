"""BER-TLV encoding for the files the card holds."""

from __future__ import annotations


def encode(tag: int, value: bytes) -> bytes:
    """One TLV with a 1- or 2-byte tag and a BER length (up to 65535)."""
    tag_bytes = tag.to_bytes(2 if tag > 0xFF else 1, "big")
    return tag_bytes + encode_length(len(value)) + value


def encode_length(length: int) -> bytes:
    """BER definite length: short form, `81 LL` or `82 HH LL`."""
    if length < 0x80:
        return bytes([length])
    if length <= 0xFF:
        return bytes([0x81, length])
    if length <= 0xFFFF:
        return b"\x82" + length.to_bytes(2, "big")
    raise ValueError("a card file value is at most 65535 bytes")


def with_offsets(outer_tag: int, offsets_tag: int, items: list[bytes]) -> bytes:
    """Wrap TLV `items` in `outer_tag`, led by an offsets TLV pointing at each item."""
    offsets_size = len(encode(offsets_tag, bytes(2 * len(items))))
    position = offsets_size
    offsets = bytearray()
    for item in items:
        offsets += position.to_bytes(2, "big")
        position += len(item)
    return encode(outer_tag, encode(offsets_tag, bytes(offsets)) + b"".join(items))
