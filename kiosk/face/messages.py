"""What the terminal tells the person in front of the camera, in Japanese and English."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Message:
    """One instruction or result, in each language the kiosk offers."""

    ja: str
    en: str


class QualityIssue(StrEnum):
    """Why a camera frame cannot be used; the value is the stable reason code."""

    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    TOO_FAR = "too_far"
    TOO_CLOSE = "too_close"
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"
    BLURRED = "blurred"
    NOT_FACING = "not_facing"

    @property
    def message(self) -> Message:
        """What the person should do about it."""
        return _ISSUE_MESSAGES[self]


class Decision(StrEnum):
    """The outcome of one face verification."""

    MATCH = "match"
    NO_MATCH = "no_match"
    UNDECIDED = "undecided"


class UndecidedReason(StrEnum):
    """Why a verification ended without a decision; the value is the stable reason code."""

    NO_FRAMES = "no_frames"
    NO_GOOD_FRAMES = "no_good_frames"
    TIMEOUT = "timeout"
    LIVENESS_NOT_SHOWN = "liveness_not_shown"

    @property
    def message(self) -> Message:
        """What the person should do about it."""
        return _UNDECIDED_MESSAGES[self]


_ISSUE_MESSAGES = {
    QualityIssue.NO_FACE: Message(
        "顔が見つかりません。カメラの正面に立ってください。",
        "No face found. Please stand in front of the camera."),
    QualityIssue.MULTIPLE_FACES: Message(
        "複数の顔が写っています。お一人でカメラの前に立ってください。",
        "More than one face is visible. Please stand in front of the camera alone."),
    QualityIssue.TOO_FAR: Message(
        "顔が小さすぎます。カメラに近づいてください。",
        "You are too far away. Please come closer to the camera."),
    QualityIssue.TOO_CLOSE: Message(
        "近すぎます。顔全体が枠に入るよう、少し離れてください。",
        "You are too close. Please move back until your whole face is in the frame."),
    QualityIssue.TOO_DARK: Message(
        "顔が暗すぎます。顔に光が当たるようにしてください。",
        "Your face is too dark. Please turn towards the light."),
    QualityIssue.TOO_BRIGHT: Message(
        "明るすぎます。強い光が顔に当たらないようにしてください。",
        "Too bright. Please move out of the strong light."),
    QualityIssue.BLURRED: Message(
        "画像がぼやけています。少しの間、動かないでください。",
        "The picture is blurred. Please hold still for a moment."),
    QualityIssue.NOT_FACING: Message(
        "顔をまっすぐカメラに向けてください。",
        "Please face the camera directly, with your head straight."),
}

_UNDECIDED_MESSAGES = {
    UndecidedReason.NO_FRAMES: Message(
        "カメラの映像が届きません。係員にお声がけください。",
        "The camera sent no picture. Please ask a member of staff."),
    UndecidedReason.NO_GOOD_FRAMES: Message(
        "顔を確認できませんでした。案内に従って、もう一度お試しください。",
        "Your face could not be checked. Please follow the guidance and try again."),
    UndecidedReason.TIMEOUT: Message(
        "時間内に確認できませんでした。カメラを見て、もう一度お試しください。",
        "The check did not finish in time. Please look at the camera and try again."),
    UndecidedReason.LIVENESS_NOT_SHOWN: Message(
        "ご本人の確認ができませんでした。カメラを見ながら、まばたきをしてください。",
        "We could not confirm a person is present. Please look at the camera and blink."),
}

# Shown while the card's face is in view and has not blinked yet (kiosk/face/verification.py).
BLINK_PROMPT = Message("まばたきをしてください。", "Please blink.")

DECISION_MESSAGES = {
    Decision.MATCH: Message("本人確認ができました。", "Your identity is confirmed."),
    Decision.NO_MATCH: Message(
        "カードの写真と一致しませんでした。もう一度お試しいただくか、暗証番号をご利用ください。",
        "Your face did not match the card photo. Please try again or use your PIN."),
}
