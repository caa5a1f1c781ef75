"""Does a photo meet the card application's rules? One result per check, with the reason.

The leaflet's rules for the application photo (taken within 6 months, facing front, no hat,
plain background; rejected for a patterned background, shadows, blur, a hat or sunglasses
hiding the face) become eight checks, each with what was measured and the limit. What is
and is not checked, and the figures behind the limits: docs/photo-checks.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.face.engine import FaceEngine, FoundFace
from kiosk.photo.check_limits import PhotoLimits
from kiosk.photo.check_measure import PhotoMeasures, measure
from kiosk.photo.check_rules import MANY_FACES, NO_BACKGROUND, NO_FACE, RULES, Rule

CHECK_NAMES = ("one_face", "facing_front", "framing", "eyes_visible", "plain_background",
               "no_shadow", "sharp", "exposure")

__all__ = ["CHECK_NAMES", "CheckResult", "PhotoLimits", "PhotoMeasures", "PhotoReport",
           "check_photo", "find_faces", "judge"]


@dataclass(frozen=True)
class CheckResult:
    """One check: passed or not, what was measured (None if it could not be), the limit in
    words, and what to fix (empty when it passed), in Japanese and English."""

    name: str  # one of CHECK_NAMES
    passed: bool
    value: float | None
    limit: str
    message_ja: str
    message_en: str


@dataclass(frozen=True)
class PhotoReport:
    """Every check's result, in the order of CHECK_NAMES."""

    checks: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        """Whether the photo meets every rule."""
        return all(check.passed for check in self.checks)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        """The checks that failed, in the order of CHECK_NAMES."""
        return tuple(check for check in self.checks if not check.passed)

    def result(self, name: str) -> CheckResult:
        """The result of the check called `name`."""
        return next(check for check in self.checks if check.name == name)


def check_photo(image: np.ndarray, engine: FaceEngine,
                limits: PhotoLimits | None = None) -> PhotoReport:
    """Check an RGB uint8 photo (greyscale accepted: black-and-white photos are allowed).

    Takes about 0.1 s for a 640x640 photo once the model is loaded; keeps no image data.
    """
    image = _as_rgb(image)
    return judge(measure(image, find_faces(engine, image)), limits or PhotoLimits())


def find_faces(engine: FaceEngine, image: np.ndarray) -> list[FoundFace]:
    """The faces in `image`; looked for a second time at double size if none is found, so
    that a face too small for the plain search is reported as too small, not as missing."""
    return engine.find_faces(image) or engine.find_faces(image, upsample=1)


def judge(measures: PhotoMeasures, limits: PhotoLimits) -> PhotoReport:
    """Hold measures against the limits."""
    return PhotoReport(tuple(_check(name, rules, measures, limits)
                             for name, rules in RULES.items()))


def _check(name: str, rules: tuple[Rule, ...], measures: PhotoMeasures,
           limits: PhotoLimits) -> CheckResult:
    for rule in rules:
        value = getattr(measures, rule.measure)
        low, high = _bound(rule.low, limits), _bound(rule.high, limits)
        limit = _limit_words(rule, low, high)
        if value is None:
            missing = NO_FACE if measures.face_count == 0 else (
                MANY_FACES if measures.face_count > 1 else NO_BACKGROUND)
            return CheckResult(name, False, None, limit, missing.ja, missing.en)
        problem = (rule.too_low if low is not None and value < low
                   else rule.too_high if high is not None and value > high else None)
        if problem is not None:
            return CheckResult(name, False, float(value), limit, problem.ja, problem.en)
    first = rules[0]
    return CheckResult(name, True, float(getattr(measures, first.measure)),
                       _limit_words(first, _bound(first.low, limits),
                                    _bound(first.high, limits)), "", "")


def _bound(bound: str | float | None, limits: PhotoLimits) -> float | None:
    return getattr(limits, bound) if isinstance(bound, str) else bound


def _limit_words(rule: Rule, low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        if low == high:
            return f"{rule.words} = {low:g}{rule.unit}"
        return f"{rule.words} {low:g}-{high:g}{rule.unit}"
    if low is not None:
        return f"{rule.words} >= {low:g}{rule.unit}"
    return f"{rule.words} <= {high:g}{rule.unit}"


def _as_rgb(image: np.ndarray) -> np.ndarray:
    if image.dtype != np.uint8:
        raise ValueError(f"the photo must be uint8, not {image.dtype}")
    if image.ndim == 2:
        return np.ascontiguousarray(np.repeat(image[..., None], 3, axis=2))
    if image.ndim == 3 and image.shape[2] in (3, 4):
        return np.ascontiguousarray(image[..., :3])
    raise ValueError(f"the photo must be RGB or greyscale, not of shape {image.shape}")
