"""Ways to spoil a good application photo, each breaking one of the leaflet's rules.

Each takes an RGB uint8 photo (and, where it must know where the face is, its 68 landmarks)
and returns a new photo; the original is left as it was.
"""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.face import geometry


def blurred(photo: np.ndarray, sigma: float = 3.0) -> np.ndarray:
    """Out of focus or shaken: a Gaussian blur of `sigma` pixels."""
    return cv2.GaussianBlur(photo, (0, 0), sigma)


def darkened(photo: np.ndarray, gain: float = 0.4) -> np.ndarray:
    """Underexposed: every level multiplied by `gain`."""
    return (photo.astype(np.float32) * gain).astype(np.uint8)


def brightened(photo: np.ndarray, gain: float = 2.0) -> np.ndarray:
    """Overexposed: every level multiplied by `gain`, clipped at white."""
    return np.clip(photo.astype(np.float32) * gain, 0, 255).astype(np.uint8)


def _head_mask(shape: tuple[int, ...], landmarks: np.ndarray) -> np.ndarray:
    """A soft ellipse (0-1) over the face and the hair next to it."""
    left, right = geometry.eye_centres(landmarks)
    middle = (left + right) / 2.0
    eye_to_chin = float(np.linalg.norm(landmarks[8] - middle))
    width = geometry.face_width(landmarks)
    mask = np.zeros(shape[:2], np.float32)
    centre = (round(middle[0]), round(middle[1] - 0.2 * eye_to_chin))
    axes = (round(0.7 * width), round(1.35 * eye_to_chin))
    cv2.ellipse(mask, centre, axes, 0, 0, 360, 1.0, -1)
    return cv2.GaussianBlur(mask, (0, 0), 3)


def _paste_outside(photo: np.ndarray, landmarks: np.ndarray,
                   backdrop: np.ndarray) -> np.ndarray:
    keep = _head_mask(photo.shape, landmarks)[..., None]
    return (photo * keep + backdrop * (1.0 - keep)).astype(np.uint8)


def striped_background(photo: np.ndarray, landmarks: np.ndarray,
                       period: int = 24) -> np.ndarray:
    """A wallpaper of coloured vertical stripes behind the person's head."""
    height, width = photo.shape[:2]
    stripes = (np.arange(width) // (period // 2)) % 2 == 0
    backdrop = np.empty((height, width, 3), np.float32)
    backdrop[:, stripes] = (200, 60, 60)
    backdrop[:, ~stripes] = (235, 225, 200)
    return _paste_outside(photo, landmarks, backdrop)


def checked_background(photo: np.ndarray, landmarks: np.ndarray,
                       square: int = 32) -> np.ndarray:
    """A grey checkerboard behind the person's head."""
    height, width = photo.shape[:2]
    rows, columns = np.mgrid[0:height, 0:width] // square
    levels = np.where((rows + columns) % 2 == 0, 235.0, 150.0).astype(np.float32)
    return _paste_outside(photo, landmarks, np.repeat(levels[..., None], 3, axis=2))


def shadowed_face(photo: np.ndarray, landmarks: np.ndarray,
                  gain: float = 0.45) -> np.ndarray:
    """A shadow over the image-left half of the face (a lamp on one side)."""
    width = photo.shape[1]
    left, right = geometry.eye_centres(landmarks)
    middle_x = (left[0] + right[0]) / 2.0
    ramp = np.clip((np.arange(width) - middle_x) / 6.0 + 0.5, 0.0, 1.0)  # soft edge
    shade = gain + (1.0 - gain) * ramp
    region = _head_mask(photo.shape, landmarks)
    factor = 1.0 - region * (1.0 - shade[None, :])
    return (photo * factor[..., None]).astype(np.uint8)


def shadowed_background(photo: np.ndarray, landmarks: np.ndarray,
                        gain: float = 0.5) -> np.ndarray:
    """The person's shadow on the backdrop beside the head, on the image's right."""
    width = photo.shape[1]
    left, right = geometry.eye_centres(landmarks)
    start = (left[0] + right[0]) / 2.0 + geometry.face_width(landmarks) * 0.6
    ramp = np.clip((np.arange(width) - start) / 20.0, 0.0, 1.0)
    factor = 1.0 - (1.0 - gain) * ramp[None, :] * (1.0 - _head_mask(photo.shape, landmarks))
    return (photo * factor[..., None]).astype(np.uint8)


def rotated(photo: np.ndarray, degrees: float = 20.0) -> np.ndarray:
    """The whole photo turned about its middle: the head tilted."""
    height, width = photo.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(photo, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE)


def top_cut_off(photo: np.ndarray, landmarks: np.ndarray) -> np.ndarray:
    """Cropped through the forehead: the top of the head is missing."""
    brows = landmarks[17:27, 1].min()
    return photo[round(brows) - 10:].copy()


def too_small(photo: np.ndarray, times: float = 2.2) -> np.ndarray:
    """The photo in the middle of a canvas `times` its size, filled with its corner colour:
    the person far from the camera."""
    height, width = photo.shape[:2]
    canvas = np.empty((round(height * times), round(width * times), 3), np.uint8)
    canvas[:] = photo[:8, :8].reshape(-1, 3).mean(axis=0)
    top, left = (canvas.shape[0] - height) // 2, (canvas.shape[1] - width) // 2
    canvas[top:top + height, left:left + width] = photo
    return canvas


def two_people(photo: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Two photos side by side."""
    return np.hstack([photo, other])


def sunglasses(photo: np.ndarray, landmarks: np.ndarray) -> np.ndarray:
    """Dark lenses painted over both eyes, with a bridge between them."""
    out = photo.copy()
    distance = geometry.eye_distance(landmarks)
    centres = [tuple(round(v) for v in centre) for centre in geometry.eye_centres(landmarks)]
    lens = (round(0.42 * distance), round(0.30 * distance))
    for centre in centres:
        cv2.ellipse(out, centre, lens, 0, 0, 360, (25, 25, 30), -1, cv2.LINE_AA)
    cv2.line(out, centres[0], centres[1], (25, 25, 30), max(2, round(0.04 * distance)))
    return out


def closed_eyes(landmarks: np.ndarray) -> np.ndarray:
    """The landmarks of shut eyes: each eyelid point moved onto the line between the eye's
    corners, as dlib places them on a shut eye."""
    moved = landmarks.copy()
    for eye in (geometry.RIGHT_EYE, geometry.LEFT_EYE):
        points = moved[eye]
        corner, other = points[0], points[3]
        axis = (other - corner) / np.linalg.norm(other - corner)
        for index in (1, 2, 4, 5):
            along = float(np.dot(points[index] - corner, axis))
            normal = points[index] - corner - along * axis
            points[index] = corner + along * axis + 0.2 * normal  # a slit, not a line
        moved[eye] = points
    return moved
