"""Reading a request file as hostile input: size, encoding, markup and depth all bounded.

Files come from any program on the clinic LAN. A request is decoded strictly by the encoding
its XML declaration names (UTF-8 when there is none; a UTF-8 byte order mark is allowed), and
a CharacterCodeIdentifier in its header must agree. It is parsed by defusedxml with DTDs,
entities and external references refused, under a depth limit, before any value is read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.requests.refusals import Reason, RequestRefused

# MynaReception's own limit for the files it reads; a real request is a few kilobytes.
MAX_BYTES = 4 * 1024 * 1024
# XmlMsg/MessageBody/QualificationConfirmSearchInfo/InsurerNumber is 4 deep.
MAX_DEPTH = 12
_BOM = b"\xef\xbb\xbf"
_DECLARATION = re.compile(
    rb"<\?xml\s+version\s*=\s*(['\"])1\.[0-9]\1"
    rb"(?:\s+encoding\s*=\s*(['\"])([A-Za-z][A-Za-z0-9._-]{0,39})\2)?")
_CODECS = {"utf-8": FileEncoding.UTF8, "utf8": FileEncoding.UTF8,
           "shift_jis": FileEncoding.SHIFT_JIS, "shift-jis": FileEncoding.SHIFT_JIS,
           "sjis": FileEncoding.SHIFT_JIS, "cp932": FileEncoding.SHIFT_JIS,
           "windows-31j": FileEncoding.SHIFT_JIS, "ms932": FileEncoding.SHIFT_JIS}
# Windows programs write Shift_JIS with code page 932, a superset of JIS X 0208.
_PYTHON_CODEC = {FileEncoding.UTF8: "utf-8", FileEncoding.SHIFT_JIS: "cp932"}
_AFI = "ArbitraryFileIdentifier"


@dataclass(frozen=True)
class ParsedRequest:
    """A request that passed every check of its form (not yet of its values)."""

    root: ET.Element
    encoding: FileEncoding
    # The request's text from the first <ArbitraryFileIdentifier> to the last
    # </ArbitraryFileIdentifier>: what Smartkarte looks for in the answer. None without one.
    file_identifier_markup: str | None

    def header(self, name: str) -> str | None:
        """The text of MessageHeader/`name`, untrimmed; None when absent."""
        return _text(self.root.find(f"MessageHeader/{name}"))


class _DepthLimited(ET.TreeBuilder):
    """A tree builder that stops the parse once elements nest deeper than MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__()
        self._depth = 0

    def start(self, tag, attrs):  # type: ignore[no-untyped-def]
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise RequestRefused(Reason.TOO_DEEP, f"more than {MAX_DEPTH} levels")
        return super().start(tag, attrs)

    def end(self, tag):  # type: ignore[no-untyped-def]
        self._depth -= 1
        return super().end(tag)


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    return element.text or ""


def _encoding(data: bytes) -> FileEncoding:
    match = _DECLARATION.match(data)
    declared = match.group(3) if match else None
    if declared is None:
        return FileEncoding.UTF8  # XML's default
    encoding = _CODECS.get(declared.decode("ascii").lower())
    if encoding is None:
        raise RequestRefused(Reason.ENCODING, "the declared encoding is neither UTF-8 nor "
                             "Shift_JIS")
    return encoding


def decode(data: bytes) -> tuple[str, FileEncoding]:
    """The request's text and encoding; RequestRefused when the bytes disagree with it."""
    if len(data) > MAX_BYTES:
        raise RequestRefused(Reason.TOO_LARGE, f"more than {MAX_BYTES} bytes")
    bom = data.startswith(_BOM)
    body = data[len(_BOM):] if bom else data
    encoding = _encoding(body)
    if bom and encoding is not FileEncoding.UTF8:
        raise RequestRefused(Reason.ENCODING, "a UTF-8 byte order mark before another "
                             "declared encoding")
    try:
        return body.decode(_PYTHON_CODEC[encoding], errors="strict"), encoding
    except UnicodeDecodeError:
        raise RequestRefused(Reason.ENCODING, f"bytes that are not {encoding.declared}") \
            from None


def _file_identifier_markup(text: str, root: ET.Element) -> str | None:
    found = root.findall(f"MessageHeader/{_AFI}")
    if len(root.findall(f".//{_AFI}")) != len(found) or len(found) > 1:
        raise RequestRefused(Reason.LAYOUT, f"{_AFI} appears more than once or outside "
                             "MessageHeader")
    if not found:
        return None
    if len(found[0]):
        raise RequestRefused(Reason.LAYOUT, f"{_AFI} holds elements")
    opening, closing = f"<{_AFI}>", f"</{_AFI}>"
    start, end = text.find(opening), text.rfind(closing)
    if start < 0 or end < start:
        return None  # written another way (<X/>, spaces in the tag): no raw text to echo
    markup = text[start + len(opening):end]
    # Only character data and references, meaning exactly the element's text: anything else
    # (a CDATA section, a comment that mimics the tag) would not be safe to copy.
    if "<" in markup or _markup_text(markup) != (found[0].text or ""):
        return None
    return markup


def _markup_text(markup: str) -> str | None:
    parser = DefusedXMLParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(f"<a>{markup}</a>")
        return parser.close().text or ""
    except (DefusedXmlException, ET.ParseError):
        return None


def parse(data: bytes) -> ParsedRequest:
    """Decode and parse a request; RequestRefused (with its reason) for any bad form."""
    text, encoding = decode(data)
    parser = DefusedXMLParser(target=_DepthLimited(), forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    try:
        parser.feed(text)
        root = parser.close()
    except DefusedXmlException:
        raise RequestRefused(Reason.FORBIDDEN_MARKUP) from None
    except ET.ParseError as error:
        line, column = error.position
        raise RequestRefused(Reason.NOT_XML, f"line {line}, column {column}") from None
    if root.tag != "XmlMsg":
        raise RequestRefused(Reason.LAYOUT, "the root element is not XmlMsg")
    for part in ("MessageHeader", "MessageBody"):
        if len(root.findall(part)) != 1:
            raise RequestRefused(Reason.LAYOUT, f"not exactly one {part}")
    code = _text(root.find("MessageHeader/CharacterCodeIdentifier"))
    if code is not None and code.strip() != encoding.code:
        raise RequestRefused(Reason.ENCODING, "CharacterCodeIdentifier disagrees with the "
                             "declared encoding")
    return ParsedRequest(root, encoding, _file_identifier_markup(text, root))
