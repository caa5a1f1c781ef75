"""Why a request is refused: each reason has the code and message written into its .err.

The real 処理結果コード (別紙6-1) are in no public source, so these codes are the
simulator's own (prefix SIM); consumers show ErrorMessage unchanged. A message names the
element at fault, never its value.
"""

from __future__ import annotations

from enum import Enum

from kiosk.oqs.errors import OqsError


class Reason(Enum):
    """A kind of refusal: its ErrorCode and the start of its ErrorMessage."""

    NOT_XML = ("SIM0001", "the request is not well-formed XML")
    ENCODING = ("SIM0002", "the request's bytes do not agree with its declared encoding")
    TOO_LARGE = ("SIM0003", "the request is larger than the terminal reads")
    TOO_DEEP = ("SIM0004", "the request nests elements deeper than any request does")
    FORBIDDEN_MARKUP = ("SIM0005", "the request holds a DTD, an entity or an external reference")
    LAYOUT = ("SIM0006", "the request's elements are not those of its kind")
    VALUE = ("SIM0007", "a value of the request is missing or malformed")
    FACILITY = ("SIM0008", "the medical institution is not served by this terminal")
    UNKNOWN_RECEPTION = ("SIM0009", "no bulk inquiry has this reception number")
    NOT_SIMULATED = ("SIM0010", "this kind of request is not simulated")
    INTERNAL = ("SIM0099", "the terminal failed while answering; send the request again")

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message


class RequestRefused(OqsError):
    """A request that gets a .err instead of an answer; `detail` names what, never a value."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason.message}: {detail}" if detail else reason.message)
        self.reason = reason
        self.detail = detail
