"""Everything the photo checks measure, in one pass, as plain numbers (no image data kept)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from kiosk.face import geometry
from kiosk.face.engine import FoundFace
from kiosk.photo.check_regions import Head, Regions

# The face is resized to this width before measuring sharpness (as kiosk.face.quality does).
_SHARPNESS_WIDTH = 160
# Canny thresholds on the working copy after a light blur: above JPEG and sensor noise on a
# plain studio backdrop, below the edges of a pattern, a picture frame or a door.
_EDGE_BLUR_SIGMA = 1.0
_EDGE_LOW, _EDGE_HIGH = 40, 120
# A grid cell counts for the background measures when this share of it is background.
_CELL_SHARE = 0.25
# Fewer background pixels than this share of the working copy cannot be judged.
_MIN_BACKGROUND_SHARE = 0.03
# Any channel at or above this counts as washed out.
_CLIPPED_LEVEL = 250


@dataclass(frozen=True)
class PhotoMeasures:
    """The measured values; None where there was nothing to measure (no single face, or no
    background in view). Fractions of the photo are of its height unless said otherwise."""

    face_count: int
    turn: float | None = None  # nose tip off the eyes' midpoint, in eye distances
    tilt: float | None = None  # eye line from level, degrees
    head_height: float | None = None  # estimated crown to chin, fraction of the height
    space_above: float | None = None  # top edge to estimated crown, fraction of the height
    space_below: float | None = None  # chin to bottom edge, fraction of the height
    off_centre: float | None = None  # head's midline from the middle, fraction of the width
    eye_opening: float | None = None  # eye aspect ratio, mean of both eyes
    eye_contrast: float | None = None  # grey spread in the eye boxes over the face half's
    background_edges: float | None = None  # share of edge pixels in the busiest grid cell
    background_colour: float | None = None  # spread of the background's colour (Lab a, b)
    face_evenness: float | None = None  # mean grey of the darker face half over the brighter
    background_evenness: float | None = None  # darkest background grid cell over brightest
    sharpness: float | None = None  # Laplacian variance of log brightness, face at 160 px
    face_brightness: float | None = None  # mean grey level of the face, 0-255
    face_clipped: float | None = None  # share of face pixels washed out to white
    highlight: float | None = None  # grey level of the brightest 1 % of the photo


def measure(image: np.ndarray, faces: list[FoundFace]) -> PhotoMeasures:
    """Measure the RGB uint8 `image` whose faces were found; only a lone face is measured."""
    if len(faces) != 1:
        return PhotoMeasures(face_count=len(faces))
    landmarks = faces[0].landmarks
    regions = Regions(image, landmarks)
    return PhotoMeasures(
        face_count=1,
        turn=abs(geometry.yaw_ratio(landmarks)),
        tilt=abs(geometry.roll_degrees(landmarks)),
        **_framing(image.shape[:2], landmarks),
        eye_opening=geometry.eye_aspect_ratio(landmarks),
        eye_contrast=_eye_contrast(regions),
        **_background(regions),
        face_evenness=_face_evenness(regions),
        sharpness=_sharpness(regions.face_box),
        **_exposure(regions),
    )


def _framing(shape: tuple[int, int], landmarks: np.ndarray) -> dict[str, float]:
    height, width = shape
    head = Head.of(landmarks)
    return {
        "head_height": 2.0 * head.eye_to_chin / height,
        "space_above": float(head.crown[1]) / height,
        "space_below": (height - float(head.chin[1])) / height,
        "off_centre": abs(float(head.eyes_mid[0]) - width / 2.0) / width,
    }


def _eye_contrast(regions: Regions) -> float:
    """The lower of the two eyes' grey spread, each relative to its half of the face.

    Open eyes show white, iris, pupil and lashes; a dark or mirrored lens shows an even
    patch. Relative to the face so that dim light or dark skin does not read as a lens, and
    to the eye's own half so that a shadow over one side does not either.
    """
    ratios = []
    for box, half in zip(regions.eye_boxes(), regions.face_halves, strict=True):
        if box is None or not half.any():
            return 0.0
        ratios.append(float(box.std()) / max(float(regions.grey[half].std()), 1e-6))
    return min(ratios)


def _background(regions: Regions) -> dict[str, float | None]:
    background = regions.background
    if background.mean() < _MIN_BACKGROUND_SHARE:
        return {"background_edges": None, "background_colour": None,
                "background_evenness": None}
    cells = regions.grid_cells(background, _CELL_SHARE)
    blurred = cv2.GaussianBlur(regions.grey, (0, 0), _EDGE_BLUR_SIGMA)
    edges = cv2.Canny(blurred, _EDGE_LOW, _EDGE_HIGH) > 0
    # The busiest cell, not the whole: a picture or a door frame in one corner is enough.
    busiest = max((float(edges[cell][background[cell]].mean()) for cell in cells),
                  default=float(edges[background].mean()))
    # Colour spread in Lab's a and b (lightness left to the shadow check), after a blur so
    # that noise does not count as colour.
    lab = cv2.cvtColor(cv2.GaussianBlur(regions.rgb, (0, 0), 2.0), cv2.COLOR_RGB2LAB)
    chroma = lab[..., 1:][background].astype(np.float64)
    colour = float(np.sqrt(chroma.var(axis=0).sum()))
    # Mean, not median, grey per cell: a fine pattern then reads even, leaving it to the
    # plain-background check, while a shadow darkens whole cells.
    levels = [float(regions.grey[cell][background[cell]].mean()) for cell in cells]
    evenness = min(levels) / max(max(levels), 1e-6) if len(levels) >= 2 else None
    return {"background_edges": busiest, "background_colour": colour,
            "background_evenness": evenness}


def _face_evenness(regions: Regions) -> float:
    one, other = (float(regions.grey[half].mean()) if half.any() else 0.0
                  for half in regions.face_halves)
    return min(one, other) / max(one, other, 1e-6)


def _sharpness(face: np.ndarray) -> float:
    """Variance of the Laplacian of the log brightness, 100 ln(1 + grey), face at 160 px.

    In log brightness a dimmer light or a shadow over half the face is an offset, which the
    Laplacian does not see: a dark face does not read as blurred, only smeared edges do.
    """
    if min(face.shape) < 8:
        return 0.0
    new_height = max(1, round(face.shape[0] * _SHARPNESS_WIDTH / face.shape[1]))
    resized = cv2.resize(face, (_SHARPNESS_WIDTH, new_height), interpolation=cv2.INTER_AREA)
    log_brightness = 100.0 * np.log1p(resized.astype(np.float64))
    return float(cv2.Laplacian(log_brightness, cv2.CV_64F).var())


def _exposure(regions: Regions) -> dict[str, float]:
    face_rgb = regions.rgb[regions.face]
    return {
        "face_brightness": float(regions.grey[regions.face].mean()),
        "face_clipped": float((face_rgb.max(axis=1) >= _CLIPPED_LEVEL).mean()),
        "highlight": float(np.percentile(regions.grey, 99)),
    }
