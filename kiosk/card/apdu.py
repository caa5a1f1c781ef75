"""Command APDU building and response splitting (ISO 7816-4 short and extended Le)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.card.errors import MalformedAnswer

SW_OK = 0x9000
MAX_SHORT_LE = 256
MAX_EXTENDED_LE = 65536


@dataclass(frozen=True)
class Response:
    """A response APDU split into its data and status word."""

    data: bytes
    sw: int

    def __repr__(self) -> str:
        # The data may be a My Number or a photo: show only its size.
        return f"Response(<{len(self.data)} bytes>, sw={self.sw:04X})"


def command(
    cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None
) -> bytes:
    """A command APDU; `le` 1-256 is sent short, 257-65536 extended (`00 HH LL`)."""
    if not data and le is None:
        return bytes((cla, ins, p1, p2))
    if len(data) > 255:
        raise ValueError("command data longer than a short Lc allows")
    body = bytes((cla, ins, p1, p2))
    if data:
        body += bytes((len(data),)) + data
    if le is None:
        return body
    if not 1 <= le <= MAX_EXTENDED_LE:
        raise ValueError("Le out of range")
    if le <= MAX_SHORT_LE:
        return body + bytes((le % 256,))
    if data:
        raise ValueError("extended Le with short Lc is not supported")
    return body + b"\x00" + (le % 65536).to_bytes(2, "big")


def split_response(raw: bytes) -> Response:
    """Split a response APDU into data and SW; fewer than 2 bytes is MalformedAnswer."""
    if not isinstance(raw, bytes | bytearray) or len(raw) < 2:
        raise MalformedAnswer("response shorter than a status word")
    return Response(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])
