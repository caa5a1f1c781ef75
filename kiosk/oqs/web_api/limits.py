"""Hostile request bodies: a size limit before reading, a nesting limit before parsing.

Python's json module recurses once per nesting level, so a body of 100,000 "[" would reach
the interpreter's recursion limit; the depth is therefore counted on the raw text first.
"""

from __future__ import annotations

import json
from typing import Any

MAX_BODY = 16 * 1024  # a search body is well under 1 KiB
MAX_DEPTH = 8  # XmlMsg/MessageBody/QualificationConfirmSearchInfo is 4 levels with the root


class BadBody(Exception):
    """A body refused before it is used; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def check_length(header: str | None) -> int:
    """The declared body length; BadBody (411, 413 or 400) when it cannot be accepted."""
    if header is None:
        raise BadBody(411, "length_required", "send the body with a Content-Length")
    if not header.strip().isdigit():
        raise BadBody(400, "bad_length", "Content-Length is not a number")
    length = int(header)
    if length > MAX_BODY:
        raise BadBody(413, "too_large", f"the body is larger than {MAX_BODY} bytes")
    return length


def nesting_depth(text: str) -> int:
    """The deepest nesting of objects and arrays in JSON text (brackets in strings ignored)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def parse_body(body: bytes) -> Any:
    """The JSON value of `body`; BadBody (400) for bytes that are not UTF-8 JSON, or nested
    deeper than MAX_DEPTH."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadBody(400, "not_utf8", "the body is not UTF-8") from None
    if nesting_depth(text) > MAX_DEPTH:
        raise BadBody(400, "too_deep", f"the JSON is nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BadBody(400, "malformed", "the body is not JSON") from None


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python accepts them unless told not to.
    raise ValueError(f"{name} is not JSON")
