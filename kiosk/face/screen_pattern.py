"""Whether a face is shown on a screen: the pixel grid a camera records as fine texture.

A camera cannot resolve a phone's pixels (four or five of them fall on one camera pixel at
a hand's distance); their grid beats with the sensor's own and leaves a periodic texture
near the finest detail a frame can hold. Skin, paper and the noise of a sensor spread
their finest detail over all directions; a grid puts it into a few sharp peaks of the
spectrum. The score is the highest of those fine frequencies over their median.

Measured (docs/face-thresholds.md): 958 real photos (London, news photos, variation) score
4.9-16.9; frames of the emulated phone replay 31-65; emulated live and printed faces 3-8.
The emulation's grid is a model of a screen, not a measured one: on a real camera the
pattern depends on the phone, the distance and the lens, and this check is one sign among
those a real reader would use.
"""

from __future__ import annotations

import cv2
import numpy as np

# A frame's face scoring this much shows a screen. Real photos reached 16.9, replays 31.
SCREEN_PATTERN_LIMIT = 24.0
_MIN_SIDE = 24  # pixels; below this the spectrum is too coarse to tell
# Frequencies (cycles per pixel) above this radius hold a grid's beat and little of a face.
_FINE = 0.3


def screen_pattern(grey: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """How strongly the middle of the face in `box` (left, top, right, bottom) shows a
    periodic fine texture; about 5-17 for a real face, above SCREEN_PATTERN_LIMIT a screen."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    # Forehead to mouth, cheek to cheek: the face's own surface, no hair or background.
    x0, x1 = max(int(left + 0.15 * width), 0), int(right - 0.15 * width)
    y0, y1 = max(int(top + 0.1 * height), 0), int(bottom - 0.2 * height)
    crop = grey[y0:y1, x0:x1].astype(np.float32)
    if min(crop.shape) < _MIN_SIDE:
        return 0.0
    detail = crop - cv2.GaussianBlur(crop, (0, 0), 1.5)
    window = np.outer(np.hanning(crop.shape[0]), np.hanning(crop.shape[1])).astype(np.float32)
    magnitude = np.abs(np.fft.fft2(detail * window))
    fy = np.fft.fftfreq(crop.shape[0])[:, None]
    fx = np.fft.fftfreq(crop.shape[1])[None, :]
    fine = np.hypot(fx, fy) > _FINE
    # JPEG's 8-pixel blocks (a webcam's MJPEG, a photo) put peaks at multiples of 1/8 on
    # and along the axes: left out, a grid at an angle seldom falls exactly there.
    fine &= ~((_on_eighths(fx) | (np.abs(fx) < 0.02)) & (_on_eighths(fy) | (np.abs(fy) < 0.02)))
    values = magnitude[fine]
    median = float(np.median(values))
    return float(values.max()) / median if median > 0 else 0.0


def _on_eighths(frequency: np.ndarray) -> np.ndarray:
    return np.abs(frequency * 8 - np.round(frequency * 8)) < 0.15
