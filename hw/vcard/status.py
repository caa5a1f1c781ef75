"""Status words the virtual card answers with."""

OK = b"\x90\x00"
MEMORY_FAILURE = b"\x65\x81"
# 66F1: what SET SESSION KEY gets in the 共通 and 券面事項確認 applications of real cards.
SESSION_KEY_UNSUPPORTED = b"\x66\xf1"
WRONG_LENGTH = b"\x67\x00"
LOGICAL_CHANNEL_NOT_SUPPORTED = b"\x68\x81"
INCOMPATIBLE_FILE = b"\x69\x81"
SECURITY_NOT_SATISFIED = b"\x69\x82"
REFERENCE_DATA_NOT_USABLE = b"\x69\x84"
CONDITIONS_NOT_SATISFIED = b"\x69\x85"
NO_CURRENT_EF = b"\x69\x86"
WRONG_DATA = b"\x6a\x80"
FUNCTION_NOT_SUPPORTED = b"\x6a\x81"
NOT_FOUND = b"\x6a\x82"
RECORD_NOT_FOUND = b"\x6a\x83"
WRONG_P1P2 = b"\x6a\x86"
DATA_NOT_FOUND = b"\x6a\x88"
OFFSET_OUT_OF_FILE = b"\x6b\x00"
INS_NOT_SUPPORTED = b"\x6d\x00"
CLA_NOT_SUPPORTED = b"\x6e\x00"
NO_PRECISE_DIAGNOSIS = b"\x6f\x00"


def tries_left(count: int) -> bytes:
    """The `63Cx` answer to a wrong or counting VERIFY."""
    return bytes([0x63, 0xC0 | max(0, min(count, 15))])
