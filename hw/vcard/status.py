"""Status words the virtual card answers with."""

OK = b"\x90\x00"
END_OF_FILE = b"\x62\x82"
MEMORY_FAILURE = b"\x65\x81"
WRONG_LENGTH = b"\x67\x00"
INCOMPATIBLE_FILE = b"\x69\x81"
SECURITY_NOT_SATISFIED = b"\x69\x82"
REFERENCE_DATA_NOT_USABLE = b"\x69\x84"
CONDITIONS_NOT_SATISFIED = b"\x69\x85"
NO_CURRENT_EF = b"\x69\x86"
WRONG_DATA = b"\x6a\x80"
NOT_FOUND = b"\x6a\x82"
WRONG_P1P2 = b"\x6a\x86"
OFFSET_OUT_OF_FILE = b"\x6b\x00"
INS_NOT_SUPPORTED = b"\x6d\x00"
CLA_NOT_SUPPORTED = b"\x6e\x00"


def tries_left(count: int) -> bytes:
    """The `63Cx` answer to a wrong or counting VERIFY."""
    return bytes([0x63, 0xC0 | min(count, 15)])
