"""Errors of the OQS file interface; each message says what went wrong and what to do."""

from __future__ import annotations


class OqsError(Exception):
    """Base of every OQS interface error."""


class InvalidResult(OqsError):
    """A value of a result cannot be written as the interface requires (named, never shown)."""


class UnencodableText(InvalidResult):
    """Text holds characters the chosen encoding cannot carry and the facility refuses them."""


class OqsFolderMissing(OqsError):
    """The configured OQS folder does not exist (an unmounted share, a typing error)."""


class OqsWriteFailed(OqsError):
    """A result file could not be written (a full disk, no permission); nothing was left."""
