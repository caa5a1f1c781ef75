"""Face verification against the card's chip photo: quality, matching, liveness, decision.

No Qt. Every call into the face model runs on the one thread `FaceEngine` owns, with a
deadline (kiosk.face.model_process.py); nothing here writes a frame, photo or encoding
anywhere.
"""

from kiosk.face.decision import MATCH_THRESHOLD, DecisionPolicy, Verdict
from kiosk.face.engine import FaceEngine, StartupTimes
from kiosk.face.liveness import LivenessEvidence, LivenessLimits
from kiosk.face.messages import Decision, Message, QualityIssue, UndecidedReason
from kiosk.face.model_process import FaceModelError, FaceModelTimeout
from kiosk.face.quality import QualityLimits
from kiosk.face.reference import CardPhotoError
from kiosk.face.verification import (
    FaceVerifier,
    FrameReport,
    StillComparison,
    VerificationAttempt,
)

__all__ = [
    "MATCH_THRESHOLD",
    "CardPhotoError",
    "Decision",
    "DecisionPolicy",
    "FaceEngine",
    "FaceModelError",
    "FaceModelTimeout",
    "FaceVerifier",
    "FrameReport",
    "LivenessEvidence",
    "LivenessLimits",
    "Message",
    "QualityIssue",
    "QualityLimits",
    "StartupTimes",
    "StillComparison",
    "UndecidedReason",
    "Verdict",
    "VerificationAttempt",
]
