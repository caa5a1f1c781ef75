"""Which colour a validity or an outcome is shown in, so that a problem stands out.

A tone is a word (good, bad, caution, none); the widgets map it to colours, so the rule for
what counts as a problem lives here and the look in one style.
"""

from __future__ import annotations

GOOD, BAD, CAUTION, NONE = "good", "bad", "caution", "none"

# 5: several coverages match; staff pick one by the branch number, so it needs a look, not
# a refusal.
_VALIDITY = {1: GOOD, 2: BAD, 3: BAD, 4: BAD, 5: CAUTION}
# An abandoned reception is often a person who walked off: worth a look, not an error.
_OUTCOMES = {"completed": GOOD, "abandoned": CAUTION}


def validity_tone(code: int | None) -> str:
    """GOOD for valid insurance, BAD for invalid or none, NONE before any lookup."""
    return NONE if code is None else _VALIDITY.get(code, CAUTION)


def outcome_tone(code: str) -> str:
    """GOOD for a completed reception, CAUTION for an abandoned one, BAD otherwise."""
    return _OUTCOMES.get(code, BAD)


def warnings_tone(codes: tuple[str, ...]) -> str:
    """CAUTION when there is anything to read, NONE otherwise."""
    return CAUTION if codes else NONE
