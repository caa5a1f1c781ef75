"""The terminal's side of the My Number card protocol: typed operations over APDU bytes."""

from kiosk.card.applications import Application
from kiosk.card.errors import (
    CardError,
    CardRemoved,
    CardUnresponsive,
    FileNotFound,
    InvalidPinFormat,
    MalformedAnswer,
    NotVerified,
    PinLocked,
    PinNotUsable,
    ReaderFailure,
    SignatureMismatch,
    UnexpectedStatus,
    WrongPin,
)
from kiosk.card.pins import PinKind
from kiosk.card.protocol import MyNumberCardProtocol
from kiosk.card.records import AuthCertificate, Authentication, BasicFour, CardFace, Sex

__all__ = [
    "Application",
    "AuthCertificate",
    "Authentication",
    "BasicFour",
    "CardError",
    "CardFace",
    "CardRemoved",
    "CardUnresponsive",
    "FileNotFound",
    "InvalidPinFormat",
    "MalformedAnswer",
    "MyNumberCardProtocol",
    "NotVerified",
    "PinKind",
    "PinLocked",
    "PinNotUsable",
    "ReaderFailure",
    "Sex",
    "SignatureMismatch",
    "UnexpectedStatus",
    "WrongPin",
]
