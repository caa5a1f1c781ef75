"""The two encodings a 資格確認端末 writes, and what it does with a character Shift_JIS lacks.

Shift_JIS readers do not agree on every byte: .NET's code page 932 and Windows read CP932,
Python's "shift_jis" and iconv read JIS X 0208 (0x5C as ¥ for iconv, 0x8160 as 〜 or ～).
A character is written as Shift_JIS bytes only when CP932 and JIS X 0208 give it the same
bytes and read them back as the same character; anything else (髙, 﨑, 𠮷, ～, a backslash)
becomes an XML character reference, which every XML reader turns back into the character.
Nothing is lost and nothing crashes. A facility may instead refuse such text, as a client
writing requests does (MynaReception rejects it before writing).
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from kiosk.oqs.codes import CharacterCode
from kiosk.oqs.errors import UnencodableText


class FileEncoding(Enum):
    """The output encoding the facility chose; its declaration name and header code."""

    UTF8 = ("UTF-8", CharacterCode.UTF8)
    SHIFT_JIS = ("Shift_JIS", CharacterCode.SHIFT_JIS)

    def __init__(self, declared: str, code: CharacterCode) -> None:
        self.declared = declared
        self.code = code


# A facility's oqs_encoding setting (kiosk.eligibility.settings.OQS_ENCODINGS) and the
# encoding it names.
SETTING_ENCODINGS = {"utf-8": FileEncoding.UTF8, "shift_jis": FileEncoding.SHIFT_JIS}


def setting_encoding(name: str) -> FileEncoding:
    """The encoding a facility's oqs_encoding setting names; UTF-8 for any other name."""
    return SETTING_ENCODINGS.get(name, FileEncoding.UTF8)


class Unencodable(Enum):
    """What to do with a character Shift_JIS cannot carry the same way for every reader."""

    REFERENCE = "reference"  # &#xNNNN; (the default: the reception is never lost)
    REFUSE = "refuse"  # UnencodableText naming the element


# ASCII bytes some Shift_JIS readers take for ¥ and ‾.
_AMBIGUOUS_ASCII = frozenset("\\~")


@lru_cache(maxsize=4096)
def sjis_bytes(char: str) -> bytes | None:
    """The bytes every Shift_JIS reader reads back as `char`, or None."""
    if char in _AMBIGUOUS_ASCII:
        return None
    if char < "\x80":
        return char.encode("ascii")
    try:
        jis = char.encode("shift_jis")
        windows = char.encode("cp932")
    except UnicodeEncodeError:
        return None
    if jis != windows or jis.decode("cp932") != char:
        return None
    return jis


def unencodable(text: str) -> list[str]:
    """The characters of `text` that are written as references in a Shift_JIS file."""
    return [char for char in text if sjis_bytes(char) is None]


def encode_markup(document: str, encoding: FileEncoding) -> bytes:
    """The document's bytes; in Shift_JIS a character it lacks becomes a character reference.

    Only text content may hold such characters: element names and the declaration are ASCII.
    """
    if encoding is FileEncoding.UTF8:
        return document.encode("utf-8")
    out = bytearray()
    for char in document:
        encoded = sjis_bytes(char)
        out += encoded if encoded is not None else f"&#x{ord(char):X};".encode("ascii")
    return bytes(out)


def check_encodable(element: str, text: str, policy: Unencodable,
                    encoding: FileEncoding) -> None:
    """UnencodableText when the facility refuses what this element's text would need."""
    if encoding is FileEncoding.UTF8 or policy is Unencodable.REFERENCE:
        return
    count = len(unencodable(text))
    if count:
        # The element is named, the characters are not: they may be part of a name.
        raise UnencodableText(
            f"{element} holds {count} character(s) that Shift_JIS cannot carry for every "
            "reader; choose UTF-8 for this facility or allow character references")
