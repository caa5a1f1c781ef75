"""Measures taken from dlib's 68 face landmarks: eyes, head pose, and non-rigid motion."""

from __future__ import annotations

import math

import numpy as np

# Index ranges of the 68-point scheme (iBUG 300-W), as dlib numbers them.
JAW = slice(0, 17)
RIGHT_EYE = slice(36, 42)  # the person's right eye: the left one in the image
LEFT_EYE = slice(42, 48)
NOSE_TIP = 30
# The jaw line follows the face outline and slides along it from frame to frame even on a
# still photo; the inner points (brows, eyes, nose, mouth) are placed more repeatably.
INNER = slice(17, 68)


def eye_centres(landmarks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centres of the eye on the image's left and the eye on its right."""
    return landmarks[RIGHT_EYE].mean(axis=0), landmarks[LEFT_EYE].mean(axis=0)


def eye_distance(landmarks: np.ndarray) -> float:
    """Pixels between the eye centres: the scale every other measure is divided by."""
    left, right = eye_centres(landmarks)
    return float(np.linalg.norm(right - left))


def face_width(landmarks: np.ndarray) -> float:
    """Pixels across the jaw line, temple to temple."""
    jaw = landmarks[JAW]
    return float(np.linalg.norm(jaw[-1] - jaw[0]))


def eye_aspect_ratio(landmarks: np.ndarray) -> float:
    """Mean eye opening of both eyes (Soukupová and Čech 2016): about 0.3 open, under 0.2 shut."""

    def one(eye: np.ndarray) -> float:
        vertical = np.linalg.norm(eye[1] - eye[5]) + np.linalg.norm(eye[2] - eye[4])
        return float(vertical / (2.0 * max(float(np.linalg.norm(eye[0] - eye[3])), 1e-6)))

    return (one(landmarks[RIGHT_EYE]) + one(landmarks[LEFT_EYE])) / 2.0


def roll_degrees(landmarks: np.ndarray) -> float:
    """Angle of the line through the eye centres (0 when level, positive clockwise)."""
    left, right = eye_centres(landmarks)
    return math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))


def yaw_ratio(landmarks: np.ndarray) -> float:
    """Sideways offset of the nose tip from the eyes' midpoint, in eye distances.

    Near 0 facing the camera; a head turned by about 20 degrees moves it to about 0.2.
    Measured along the eye line, so a tilted but frontal head still reads 0.
    """
    left, right = eye_centres(landmarks)
    axis = right - left
    span = float(np.linalg.norm(axis))
    if span < 1e-6:
        return 0.0
    offset = landmarks[NOSE_TIP] - (left + right) / 2.0
    return float(np.dot(offset, axis / span) / span)


def non_rigid_residual(first: np.ndarray, second: np.ndarray) -> float:
    """RMS distance left after the best similarity transform maps `first` onto `second`.

    In eye distances of `second`. A photo moved, turned or scaled in front of the camera
    leaves only landmark noise; an expression, a blink or a turning 3-D head leaves more.
    """
    source = first[INNER]
    target = second[INNER]
    fitted = _similarity_fit(source, target)
    rms = float(np.sqrt(np.mean(np.sum((fitted - target) ** 2, axis=1))))
    return rms / max(eye_distance(second), 1e-6)


def _similarity_fit(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """`source` moved by the least-squares rotation, scale and shift onto `target` (Umeyama)."""
    source_mean = source.mean(axis=0)
    target_mean = target.mean(axis=0)
    a = source - source_mean
    b = target - target_mean
    covariance = b.T @ a / len(source)
    u, singular, vt = np.linalg.svd(covariance)
    sign = np.ones(2)
    if np.linalg.det(u) * np.linalg.det(vt) < 0:
        sign[-1] = -1.0  # a reflection is not a way to move a photo
    rotation = u @ np.diag(sign) @ vt
    variance = float(np.mean(np.sum(a**2, axis=1)))
    scale = float(np.sum(singular * sign)) / max(variance, 1e-12)
    return scale * a @ rotation.T + target_mean
