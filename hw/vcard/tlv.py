"""BER-TLV encoding for the files the card holds, with the card's own length habits."""

from __future__ import annotations


def tag_bytes(tag: int) -> bytes:
    """A 1- or 2-byte tag as stored."""
    return tag.to_bytes(2 if tag > 0xFF else 1, "big")


def encode(tag: int, value: bytes) -> bytes:
    """One TLV as the card writes it (see `encode_length`)."""
    return tag_bytes(tag) + encode_length(len(value)) + value


def encode_length(length: int) -> bytes:
    """The card's length form: short below 0x80, otherwise always `82 HH LL`.

    The card never uses `81 LL` (a 159-byte value is `82 00 9F` on a real card), and
    clients that slice its files by fixed offsets depend on that.
    """
    if length < 0x80:
        return bytes([length])
    if length <= 0xFFFF:
        return b"\x82" + length.to_bytes(2, "big")
    raise ValueError("a card file value is at most 65535 bytes")


def der(tag: int, value: bytes) -> bytes:
    """One DER TLV (shortest length form), for X.509 content rather than card files."""
    length = len(value)
    if length < 0x80:
        size = bytes([length])
    elif length <= 0xFF:
        size = bytes([0x81, length])
    else:
        size = b"\x82" + length.to_bytes(2, "big")
    return tag_bytes(tag) + size + value


def with_offsets(outer_tag: int, offsets_tag: int, items: list[bytes]) -> bytes:
    """Wrap TLV `items` in `outer_tag`, led by an offsets TLV giving, for each item, the
    absolute offset of its first tag byte from the start of the whole file."""
    table_size = len(encode(offsets_tag, bytes(2 * len(items))))
    body_size = table_size + sum(len(item) for item in items)
    position = len(tag_bytes(outer_tag)) + len(encode_length(body_size)) + table_size
    offsets = bytearray()
    for item in items:
        offsets += position.to_bytes(2, "big")
        position += len(item)
    return encode(outer_tag, encode(offsets_tag, bytes(offsets)) + b"".join(items))


def parse(data: bytes) -> dict[int, bytes]:
    """The values of a run of TLVs by tag (1- or 2-byte tags, any BER length form);
    stops at FF filler. ValueError when the data is not TLV."""
    items: dict[int, bytes] = {}
    i = 0
    while i < len(data) and not (data[i] == 0xFF and data[i:] == b"\xff" * (len(data) - i)):
        tag, i = _read_tag(data, i)
        length, i = _read_length(data, i)
        if i + length > len(data):
            raise ValueError("a TLV runs past the end of the data")
        items[tag] = data[i:i + length]
        i += length
    return items


def _read_tag(data: bytes, i: int) -> tuple[int, int]:
    tag = data[i]
    if tag & 0x1F == 0x1F:
        if i + 1 >= len(data):
            raise ValueError("truncated tag")
        return (tag << 8) | data[i + 1], i + 2
    return tag, i + 1


def _read_length(data: bytes, i: int) -> tuple[int, int]:
    if i >= len(data):
        raise ValueError("truncated length")
    first = data[i]
    if first < 0x80:
        return first, i + 1
    count = first & 0x7F
    if count not in (1, 2) or i + 1 + count > len(data):
        raise ValueError("unsupported length form")
    return int.from_bytes(data[i + 1:i + 1 + count], "big"), i + 1 + count
