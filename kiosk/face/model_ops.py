"""What the face model's process does: detection, landmarks and encodings with dlib.

These functions run in the model's own process (kiosk/face/model_process.py); the engine
(kiosk/face/engine.py) sends them there with their arguments. Faces come back as boxes and
landmark arrays, never as dlib objects, so anything can cross the pipe; an encoding rebuilds
dlib's landmark object from the same points, which gives the same encoding to the bit.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

import cv2
import numpy as np

# A kiosk camera frame wider than this is searched at reduced size: HOG detection time grows
# with the pixel count, and a face near enough to verify stays well above the detector's
# 80-pixel minimum at this width. Landmarks and encodings still use the full frame.
DETECTION_WIDTH = 640

Box = tuple[int, int, int, int]
# A face as it crosses the pipe: its box (left, top, right, bottom) and 68 (x, y) landmarks.
FaceData = tuple[Box, np.ndarray]

_api: ModuleType | None = None
_import_s = 0.0


def warm_up() -> tuple[float, float, float]:
    """Load the model, then time one detection and one encoding on a blank image: seconds
    spent importing, detecting and encoding."""
    api = _models()
    # A synthetic grey image: warming up must not need (or keep) anybody's photo.
    blank = np.full((480, 640), 128, np.uint8)
    started = time.perf_counter()
    find_faces(blank, 0)
    detected = time.perf_counter()
    box = (220, 140, 420, 340)
    shape = api.pose_predictor_68_point(blank, _rectangle(box))
    api.face_encoder.compute_face_descriptor(_rgb(blank), shape, 1)
    encoded = time.perf_counter()
    return _import_s, detected - started, encoded - detected


def find_faces(image: np.ndarray, upsample: int) -> list[FaceData]:
    """Every face in a greyscale or RGB uint8 image, with its landmarks, largest first."""
    api = _models()
    scale = 1.0
    search = image
    if image.shape[1] > DETECTION_WIDTH:
        scale = image.shape[1] / DETECTION_WIDTH
        height = round(image.shape[0] / scale)
        search = cv2.resize(image, (DETECTION_WIDTH, height), interpolation=cv2.INTER_AREA)
    faces = []
    for rect in api.face_detector(search, upsample):
        box = (round(rect.left() * scale), round(rect.top() * scale),
               round(rect.right() * scale), round(rect.bottom() * scale))
        shape = api.pose_predictor_68_point(image, _rectangle(box))
        points = np.array([(part.x, part.y) for part in shape.parts()], dtype=np.float64)
        faces.append((box, points))
    return sorted(faces, key=lambda face: _area(face[0]), reverse=True)


def encode(image: np.ndarray, face: FaceData, jitters: int) -> np.ndarray:
    """The 128-number encoding of `face` in `image` (greyscale or RGB)."""
    api = _models()
    descriptor = api.face_encoder.compute_face_descriptor(_rgb(image), _shape(face), jitters)
    return np.asarray(descriptor, dtype=np.float64)


def encode_mirrored(image: np.ndarray, face: FaceData) -> np.ndarray:
    """The mean of the encodings of `face` and of its mirror image."""
    import dlib

    api = _models()
    # The same aligned crop the encoder makes for itself (150 px, padding 0.25), and its
    # mirror: a photo's lighting and slight turn come from one side, and the two encodings
    # average that side out (docs/face-thresholds.md).
    chip = dlib.get_face_chip(_rgb(image), _shape(face), 150, 0.25)
    mirror = np.ascontiguousarray(chip[:, ::-1])
    pair = api.face_encoder.compute_face_descriptor([chip, mirror])
    return np.mean([np.asarray(d, dtype=np.float64) for d in pair], axis=0)


def _shape(face: FaceData) -> Any:
    import dlib

    box, landmarks = face
    points = dlib.points([dlib.point(int(x), int(y)) for x, y in landmarks])
    return dlib.full_object_detection(_rectangle(box), points)


def _rectangle(box: Box) -> Any:
    import dlib

    return dlib.rectangle(*box)


def _rgb(image: np.ndarray) -> np.ndarray:
    if image.ndim == 3:
        return image
    return np.ascontiguousarray(np.repeat(image[:, :, np.newaxis], 3, axis=2))


def _area(box: Box) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def _models() -> ModuleType:
    global _api, _import_s
    if _api is None:
        started = time.perf_counter()
        # face_recognition loads its three dlib models when imported.
        import face_recognition.api as api

        _import_s = time.perf_counter() - started
        _api = api
    return _api
