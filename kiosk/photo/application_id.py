"""The application form's ID (申請書ID): 23 digits printed on the 個人番号カード交付申請書.

People type it on the photo booth's keypad or hold the form's QR code to the camera. It is
checked for its length and its characters only: no check digit is published, so a
well-formed ID that the issuing system does not know is only found out there.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

LENGTH = 23
# Spaces and hyphens that people (and some printed forms) put between the groups of digits.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー－]")
_RUN_OF_DIGITS = re.compile(rf"(?<!\d)\d{{{LENGTH}}}(?!\d)")


class Problem(StrEnum):
    """What is wrong with a typed or scanned ID."""

    EMPTY = "empty"
    CHARACTERS = "characters"  # something other than a digit
    LENGTH = "length"  # digits only, but not 23 of them


class InvalidApplicationId(ValueError):
    """Not a 23-digit application ID; `problem` says what is wrong.

    `length` is the number of characters given (separators aside); `positions` are the
    1-based positions of the characters that are not digits.
    """

    def __init__(self, problem: Problem, length: int,
                 positions: tuple[int, ...] = ()) -> None:
        if problem is Problem.CHARACTERS:
            text = f"only digits are allowed; not a digit at position(s) {positions}"
        elif problem is Problem.LENGTH:
            text = f"an application ID has {LENGTH} digits, not {length}"
        else:
            text = "no application ID given"
        super().__init__(text)
        self.problem = problem
        self.length = length
        self.positions = positions


def normalize(text: str) -> str:
    """Full-width digits made ASCII (NFKC); spaces and hyphens between groups removed."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))


def validate(text: str) -> str:
    """The 23 digits of `text`; InvalidApplicationId says what is wrong.

    Characters are checked before the length: "12A4..." is wrong for its letter, whatever
    its length.
    """
    compact = normalize(text)
    if not compact:
        raise InvalidApplicationId(Problem.EMPTY, 0)
    positions = tuple(i for i, c in enumerate(compact, 1) if not ("0" <= c <= "9"))
    if positions:
        raise InvalidApplicationId(Problem.CHARACTERS, len(compact), positions)
    if len(compact) != LENGTH:
        raise InvalidApplicationId(Problem.LENGTH, len(compact))
    return compact


def from_qr_payload(payload: str) -> str:
    """The application ID a QR code carries: the payload itself (digits, maybe grouped), or
    the one 23-digit number in a longer text such as a URL. InvalidApplicationId otherwise.

    The layout of the QR code printed on the real form is not published; these two shapes
    are what this booth accepts.
    """
    try:
        return validate(payload)
    except InvalidApplicationId as direct:
        found = set(_RUN_OF_DIGITS.findall(unicodedata.normalize("NFKC", payload)))
        if len(found) == 1:
            return found.pop()
        raise direct from None


def grouped(application_id: str) -> str:
    """The ID in groups of four digits for reading back (the last group has three)."""
    return " ".join(application_id[i:i + 4] for i in range(0, len(application_id), 4))
