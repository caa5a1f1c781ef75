"""Whether a camera frame is good enough to compare, and if not, what the person should do."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.face import geometry
from kiosk.face.engine import FoundFace
from kiosk.face.messages import QualityIssue

# The face is resized to this width before measuring sharpness, so that the measure does not
# depend on how near the person stands.
_SHARPNESS_WIDTH = 160


@dataclass(frozen=True)
class QualityLimits:
    """Where each check draws its line; defaults measured as in docs/face-thresholds.md."""

    # Face width (jaw line) over frame width. The London studio photos read 0.29-0.40; a
    # phone at 60 cm 0.28, at 15 cm 0.57. The eye distance bound keeps enough pixels for
    # the encoder whatever the camera's resolution.
    min_face_fraction: float = 0.18
    max_face_fraction: float = 0.55
    min_eye_distance_px: float = 40.0
    # Mean grey level of the face box: London faces read 66-161 under studio light, a phone
    # selfie in a dim room 56-65.
    min_brightness: float = 40.0
    max_brightness: float = 215.0
    # Variance of the Laplacian of the face at 160 px: sharp London photos 126-426, phone
    # selfies 57-98, a Gaussian blur of sigma 2 px 9-35.
    min_sharpness: float = 25.0
    # Frontal London photos read |yaw| <= 0.13 and |roll| <= 8.5 degrees.
    max_yaw: float = 0.18
    max_roll_degrees: float = 15.0


@dataclass(frozen=True)
class FaceMeasures:
    """What the checks measured on the frame's one face (no image data)."""

    face_fraction: float
    eye_distance_px: float
    brightness: float
    sharpness: float
    yaw: float
    roll_degrees: float
    cut_off: bool


@dataclass(frozen=True)
class FrameQuality:
    """The issues found, most important first (empty when the frame is good)."""

    issues: tuple[QualityIssue, ...]
    measures: FaceMeasures | None = None

    @property
    def good(self) -> bool:
        """Whether the frame may be compared."""
        return not self.issues


def assess(grey: np.ndarray, faces: list[FoundFace], limits: QualityLimits) -> FrameQuality:
    """Check a greyscale frame and the faces found in it."""
    if not faces:
        return FrameQuality((QualityIssue.NO_FACE,))
    if len(faces) > 1:
        return FrameQuality((QualityIssue.MULTIPLE_FACES,))
    face = faces[0]
    measures = measure(grey, face)
    issues = []
    # Distance first: until the face is framed, light and sharpness cannot be judged well.
    if (measures.face_fraction < limits.min_face_fraction
            or measures.eye_distance_px < limits.min_eye_distance_px):
        issues.append(QualityIssue.TOO_FAR)
    elif measures.cut_off or measures.face_fraction > limits.max_face_fraction:
        issues.append(QualityIssue.TOO_CLOSE)
    if measures.brightness < limits.min_brightness:
        issues.append(QualityIssue.TOO_DARK)
    elif measures.brightness > limits.max_brightness:
        issues.append(QualityIssue.TOO_BRIGHT)
    if (abs(measures.yaw) > limits.max_yaw
            or abs(measures.roll_degrees) > limits.max_roll_degrees):
        issues.append(QualityIssue.NOT_FACING)
    # A dark frame also reads as blurred (little contrast): ask for light first.
    if measures.sharpness < limits.min_sharpness and QualityIssue.TOO_DARK not in issues:
        issues.append(QualityIssue.BLURRED)
    return FrameQuality(tuple(issues), measures)


def measure(grey: np.ndarray, face: FoundFace) -> FaceMeasures:
    """Size, light, sharpness and pose of `face` in the greyscale frame."""
    height, width = grey.shape
    left, top, right, bottom = face.box
    crop = grey[max(top, 0):min(bottom, height), max(left, 0):min(right, width)]
    if crop.size == 0:  # the box lies wholly outside the frame
        crop = np.zeros((1, 1), np.uint8)
    points = face.landmarks
    # dlib places the landmarks of a face cut by the frame edge outside the image.
    cut_off = bool((points[:, 0] < 0).any() or (points[:, 0] >= width).any()
                   or (points[:, 1] < 0).any() or (points[:, 1] >= height).any())
    return FaceMeasures(
        face_fraction=geometry.face_width(points) / width,
        eye_distance_px=geometry.eye_distance(points),
        brightness=float(crop.mean()),
        sharpness=_sharpness(crop),
        yaw=geometry.yaw_ratio(points),
        roll_degrees=geometry.roll_degrees(points),
        cut_off=cut_off,
    )


def _sharpness(crop: np.ndarray) -> float:
    """Variance of the Laplacian: low when edges are smeared by motion or focus."""
    if min(crop.shape) < 8:
        return 0.0
    new_height = max(1, round(crop.shape[0] * _SHARPNESS_WIDTH / crop.shape[1]))
    resized = cv2.resize(crop, (_SHARPNESS_WIDTH, new_height), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(resized, cv2.CV_64F).var())
