"""A face-file reader written the way the clinic programs read (reference section 11).

Strict decoding by the declared encoding (MynaReception), exactly one MessageHeader,
MessageBody, ResultList and result, values compared untrimmed, and myclinic's validity
rule: SegmentOfResult, ProcessingResultStatus and QualificationValidity all "1" with one
result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

SCHEMA = Path(__file__).resolve().parents[2] / "kiosk" / "oqs" / "schema" / (
    "qualification_result.xsd")
FACE_NAME = re.compile(r"OQSsiquc01res_face_.+_(\d{14})\.xml", re.IGNORECASE)
_DECLARATION = re.compile(rb'<\?xml version="1.0" encoding="([A-Za-z0-9_-]+)"')


@dataclass(frozen=True)
class FaceFile:
    """What a consumer takes from a face file."""

    declared: str
    values: dict[str, str]  # leaf element name -> text (first occurrence), untrimmed
    results: int

    @property
    def valid(self) -> bool:
        """myclinic's rule: normal end, valid, exactly one result."""
        return (self.values.get("SegmentOfResult") == "1"
                and self.values.get("ProcessingResultStatus") == "1"
                and self.values.get("QualificationValidity") == "1" and self.results == 1)


def validate(data: bytes) -> None:
    """AssertionError unless `data` follows the project's schema."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log


def read_face(data: bytes, configured: str) -> FaceFile:
    """Parse as the consumers do; AssertionError where they would refuse the file."""
    match = _DECLARATION.match(data)
    assert match, "no XML declaration with an encoding"
    declared = match.group(1).decode("ascii")
    codec = {"utf-8": "utf-8", "shift_jis": "cp932"}[declared.lower()]
    assert codec == configured, f"declared {declared}, configured {configured}"
    data.decode(codec, errors="strict")
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    assert root.tag == "XmlMsg" and not root.attrib
    for path in ("MessageHeader", "MessageBody"):
        assert len(root.findall(path)) == 1, path
    results = root.findall("MessageBody/ResultList/ResultOfQualificationConfirmation")
    values: dict[str, str] = {}
    for element in root.iter():
        if len(element) == 0:
            values.setdefault(str(element.tag), element.text or "")
    header_code = values["CharacterCodeIdentifier"]
    assert header_code == ("0" if codec == "utf-8" else "1"), "header and declaration disagree"
    return FaceFile(declared, values, len(results))
