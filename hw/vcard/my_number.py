"""The 12-digit individual number (My Number) and its check digit."""

from __future__ import annotations

import secrets


def check_digit(first_eleven: str) -> int:
    """The check digit defined by the ministerial ordinance on individual numbers."""
    total = 0
    for n, digit in enumerate(reversed(first_eleven), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(digit) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_valid_my_number(value: str) -> bool:
    """Twelve ASCII digits whose last one is the check digit of the others."""
    return (
        len(value) == 12
        and value.isascii()
        and value.isdigit()
        and check_digit(value[:11]) == int(value[11])
    )


def random_my_number() -> str:
    """A random number with a valid check digit, for a virtual card."""
    # Real numbers never start with 0 in practice; avoiding it keeps them plausible.
    body = str(secrets.randbelow(9) + 1) + "".join(str(secrets.randbelow(10)) for _ in range(10))
    return body + str(check_digit(body))
