"""The parts of a photo the checks look at: face, its halves, the eyes, the background.

Everything is worked out on a copy of the photo scaled so that the eyes are a set distance
apart, so that edge counts, blur and region sizes mean the same whatever the camera's
resolution or the person's distance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import cv2
import numpy as np

from kiosk.face import geometry

# The London photos have their eyes 81-113 px apart: work at about that scale.
WORK_EYE_DISTANCE = 80.0
# A small face in a very large photo would otherwise be blown up to a huge working copy.
_MAX_WORK_SIDE = 2000
# The working copy's border is left out of the background: JPEG and resampling artefacts,
# and the edge of a rotated or padded photo, live there.
_BORDER_PX = 3
# Hair reaches past the face. The head's outline is an ellipse centred a little above the
# eyes, reaching 1.6 eye-to-chin distances up (0.6 above the estimated crown) and 0.95
# face widths to each side; below its centre the outline goes straight down to the chin
# (hair to the shoulders), and a column 0.6 face widths either side of the midline runs up
# to the top edge (hair piled up). This covers the London set's widest curls and buns.
_HEAD_RAISE = 0.15
_HEAD_HALF_HEIGHT = 1.45
_HEAD_HALF_WIDTH = 0.95
_HAIR_COLUMN = 0.6


@dataclass(frozen=True)
class Head:
    """Where the head is, from the landmarks, in the coordinates they were given in."""

    eyes_mid: np.ndarray
    eye_axis: np.ndarray  # unit vector from the image-left eye to the image-right eye
    chin: np.ndarray
    crown: np.ndarray  # estimated: the eyes sit halfway between crown and chin

    @classmethod
    def of(cls, landmarks: np.ndarray) -> Head:
        """The head whose 68 landmarks are given."""
        left, right = geometry.eye_centres(landmarks)
        mid = (left + right) / 2.0
        axis = (right - left) / max(float(np.linalg.norm(right - left)), 1e-6)
        chin = landmarks[8]
        return cls(mid, axis, chin, mid - (chin - mid))

    @property
    def eye_to_chin(self) -> float:
        """Pixels from the eyes' midpoint to the chin."""
        return float(np.linalg.norm(self.chin - self.eyes_mid))


class Regions:
    """A working copy of the photo and masks of its parts, each made when first asked for."""

    def __init__(self, image: np.ndarray, landmarks: np.ndarray) -> None:
        scale = WORK_EYE_DISTANCE / max(geometry.eye_distance(landmarks), 1e-6)
        scale = min(scale, _MAX_WORK_SIDE / max(image.shape[:2]))
        interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        self.rgb = cv2.resize(image, None, fx=scale, fy=scale, interpolation=interpolation)
        self.grey = cv2.cvtColor(self.rgb, cv2.COLOR_RGB2GRAY)
        self.landmarks = landmarks * scale
        self.head = Head.of(self.landmarks)
        height, width = self.grey.shape
        self._ys, self._xs = np.mgrid[0:height, 0:width]

    @cached_property
    def face(self) -> np.ndarray:
        """The convex hull of the landmarks: brows to chin, temple to temple."""
        mask = np.zeros(self.grey.shape, np.uint8)
        cv2.fillConvexPoly(mask, cv2.convexHull(np.round(self.landmarks).astype(np.int32)), 1)
        return mask.astype(bool)

    @cached_property
    def face_halves(self) -> tuple[np.ndarray, np.ndarray]:
        """The face on the image-left and the image-right of its midline (perpendicular to
        the eye line through the eyes' midpoint)."""
        along = ((self._xs - self.head.eyes_mid[0]) * self.head.eye_axis[0]
                 + (self._ys - self.head.eyes_mid[1]) * self.head.eye_axis[1])
        return self.face & (along < 0), self.face & (along > 0)

    @cached_property
    def face_box(self) -> np.ndarray:
        """The grey working copy cut to the landmarks' bounding box."""
        height, width = self.grey.shape
        x0, y0 = np.floor(self.landmarks.min(axis=0)).astype(int)
        x1, y1 = np.ceil(self.landmarks.max(axis=0)).astype(int)
        return self.grey[max(y0, 0):min(y1, height), max(x0, 0):min(x1, width)]

    def eye_boxes(self) -> list[np.ndarray | None]:
        """Grey boxes around the image-left and the image-right eye, wide enough to hold a
        sunglass lens; None for an eye whose box lies outside the photo."""
        height, width = self.grey.shape
        boxes: list[np.ndarray | None] = []
        for eye in (self.landmarks[geometry.RIGHT_EYE], self.landmarks[geometry.LEFT_EYE]):
            centre = eye.mean(axis=0)
            size = float(np.linalg.norm(eye[3] - eye[0]))  # corner to corner
            x0, x1 = round(centre[0] - 0.75 * size), round(centre[0] + 0.75 * size)
            y0, y1 = round(centre[1] - 0.5 * size), round(centre[1] + 0.5 * size)
            box = self.grey[max(y0, 0):min(y1, height), max(x0, 0):min(x1, width)]
            boxes.append(box if box.size else None)
        return boxes

    @cached_property
    def background(self) -> np.ndarray:
        """What surrounds the head above the chin line, with an allowance for hair."""
        head = self.head
        centre_y = head.eyes_mid[1] - _HEAD_RAISE * head.eye_to_chin
        face_width = geometry.face_width(self.landmarks)
        across = np.abs(self._xs - head.eyes_mid[0])
        # Above its centre the head is rounded (an ellipse) with a column over it for hair
        # piled up (a bun, curls); below, hair hangs straight down to the shoulders.
        crown = (((across / (_HEAD_HALF_WIDTH * face_width)) ** 2
                  + ((self._ys - centre_y) / (_HEAD_HALF_HEIGHT * head.eye_to_chin)) ** 2)
                 <= 1.0)
        column = (across <= _HAIR_COLUMN * face_width) & (self._ys < centre_y)
        sides = (across <= _HEAD_HALF_WIDTH * face_width) & (self._ys >= centre_y)
        height, width = self.grey.shape
        inside_border = ((self._xs >= _BORDER_PX) & (self._xs < width - _BORDER_PX)
                         & (self._ys >= _BORDER_PX) & (self._ys < height - _BORDER_PX))
        # Below the chin come the neck, the shoulders and clothes, which need not be plain.
        return (~(crown | column | sides) & inside_border & (self._ys < head.chin[1]))

    def grid_cells(self, mask: np.ndarray,
                   min_share: float) -> list[tuple[slice, slice]]:
        """A 4x4 grid over the photo: the cells that `mask` covers `min_share` or more of."""
        height, width = mask.shape
        cells = []
        for row in range(4):
            for column in range(4):
                cell = (slice(row * height // 4, (row + 1) * height // 4),
                        slice(column * width // 4, (column + 1) * width // 4))
                if mask[cell].mean() >= min_share:
                    cells.append(cell)
        return cells
