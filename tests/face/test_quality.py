"""Frame checks: each problem a person can fix gets its own reason and guidance."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.face.messages import QualityIssue
from kiosk.face.quality import QualityLimits
from kiosk.face.verification import examine


def _issues(engine, image: np.ndarray) -> tuple[QualityIssue, ...]:
    return examine(engine, np.ascontiguousarray(image), QualityLimits()).quality.issues


def _on_canvas(image: np.ndarray, scale: float) -> np.ndarray:
    """`image` shrunk by `scale` in the middle of a 640x480 grey frame: someone far away."""
    canvas = np.full((480, 640, 3), 200, np.uint8)
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    height, width = small.shape[:2]
    top, left = (480 - height) // 2, (640 - width) // 2
    canvas[top:top + height, left:left + width] = small
    return canvas


def _rotated(image: np.ndarray, degrees: float) -> np.ndarray:
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE)


CASES = {
    "good": (lambda photo: photo, ()),
    "nobody": (lambda photo: np.full((480, 640, 3), 128, np.uint8), (QualityIssue.NO_FACE,)),
    "two people": (lambda photo: np.hstack([photo, photo]), (QualityIssue.MULTIPLE_FACES,)),
    "dark room": (lambda photo: (photo * 0.2).astype(np.uint8), (QualityIssue.TOO_DARK,)),
    "glare": (lambda photo: np.clip(photo.astype(int) + 110, 0, 255).astype(np.uint8),
              (QualityIssue.TOO_BRIGHT,)),
    "moving": (lambda photo: cv2.GaussianBlur(photo, (0, 0), 4), (QualityIssue.BLURRED,)),
    "far away": (lambda photo: _on_canvas(photo, 0.4), (QualityIssue.TOO_FAR,)),
    "too near": (lambda photo: photo[170:470, 170:470], (QualityIssue.TOO_CLOSE,)),
    "chin cut off": (lambda photo: photo[100:460], (QualityIssue.TOO_CLOSE,)),
    "head tilted": (lambda photo: _rotated(photo, 25), (QualityIssue.NOT_FACING,)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_problem_is_named(engine, photos, case):
    make, expected = CASES[case]
    assert _issues(engine, make(photos.probe("030"))) == expected


def test_a_turned_head_is_not_facing_the_camera(engine, photos):
    # A nose well off the eyes' midpoint is what a head turned aside looks like.
    found = examine(engine, photos.probe("030"), QualityLimits())
    limits = QualityLimits(max_yaw=abs(found.quality.measures.yaw) / 2)
    assert examine(engine, photos.probe("030"), limits).quality.issues == (
        QualityIssue.NOT_FACING,)


def test_every_issue_has_guidance_in_both_languages():
    for issue in QualityIssue:
        assert issue.message.ja and issue.message.en
    assert QualityIssue.NO_FACE.message.ja.startswith("顔が見つかりません")
