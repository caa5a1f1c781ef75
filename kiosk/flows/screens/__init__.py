"""Every screen of every terminal, one frozen dataclass each; import as `screens as sc`."""

from kiosk.flows.screens.clinic import (
    BLINK_GUIDANCE,
    ChooseMethod,
    Consent,
    ConsentIndividual,
    FaceCapture,
    FaceFailed,
    FaceMatched,
    MethodOptions,
    PinLocked,
    Prescription,
    RegistrationOffer,
    RegistrationTerms,
    Result,
    StaffPassword,
)
from kiosk.flows.screens.common import (
    CardProblem,
    CertificateRefused,
    Checking,
    InactivityWarning,
    OutOfService,
    PinEntry,
    Reading,
    Standby,
    SystemError,
)
from kiosk.flows.screens.photo import (
    ApplicationConfirm,
    ApplicationId,
    CheckFailure,
    EmailEntry,
    PhotoChecking,
    PhotoConfirm,
    PhotoCountdown,
    PhotoFailed,
    PhotoGuidance,
    PhotoPreview,
    QrScan,
    Receipt,
    Submitting,
)
from kiosk.flows.screens.self_service import (
    CannotServe,
    Confirm,
    Done,
    Language,
    Menu,
    PlaceCard,
    Status,
    Terms,
)

__all__ = [
    "BLINK_GUIDANCE",
    "ApplicationConfirm", "ApplicationId", "CannotServe", "CardProblem", "CertificateRefused",
    "CheckFailure", "Checking", "ChooseMethod", "Confirm", "Consent", "ConsentIndividual",
    "Done", "EmailEntry", "FaceCapture", "FaceFailed", "FaceMatched",
    "InactivityWarning", "Language", "Menu",
    "MethodOptions", "OutOfService", "PhotoChecking", "PhotoConfirm", "PhotoCountdown",
    "PhotoFailed", "PhotoGuidance", "PhotoPreview", "PinEntry", "PinLocked", "PlaceCard",
    "Prescription", "QrScan", "Reading", "Receipt", "RegistrationOffer", "RegistrationTerms",
    "Result",
    "StaffPassword", "Standby", "Status", "Submitting", "SystemError", "Terms",
]
