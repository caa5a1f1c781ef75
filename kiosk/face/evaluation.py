"""The face benchmark: genuine and impostor distances over a folder of people, and the rates.

DIR holds one folder per person with at least two photos. The first photo (sorted by name)
becomes that person's card photo in chip form; every other photo of the person is a genuine
probe, and every other person's non-first photo an impostor probe. Each image is encoded
once; the pairs are then compared as vectors.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from hw.vcard.images import ImageError, chip_photo
from kiosk.face.engine import FaceEngine
from kiosk.face.media import MediaError, is_image_file, read_image
from kiosk.face.messages import QualityIssue
from kiosk.face.quality import QualityLimits
from kiosk.face.reference import CardPhotoError, make_reference
from kiosk.face.verification import examine


class EvaluationError(Exception):
    """The folder cannot be evaluated (missing, or fewer than two usable people)."""


@dataclass(frozen=True)
class Evaluation:
    """Distances of every genuine and impostor pair, and what could not be compared."""

    people: int
    genuine: np.ndarray = field(repr=False)
    impostor: np.ndarray = field(repr=False)
    skipped_folders: tuple[str, ...]  # fewer than two photos
    cards_without_face: tuple[str, ...]
    probes_without_face: tuple[str, ...]
    probe_issues: tuple[tuple[QualityIssue, int], ...]  # quality findings on the probes
    encode_s: float  # mean time to find and encode one face
    compare_s: float  # mean time to compare two encodings

    def far(self, threshold: float) -> float:
        """Share of impostor pairs accepted at `threshold`."""
        return float(np.mean(self.impostor <= threshold)) if self.impostor.size else 0.0

    def frr(self, threshold: float) -> float:
        """Share of genuine pairs rejected at `threshold`."""
        return float(np.mean(self.genuine > threshold)) if self.genuine.size else 0.0

    def equal_error_rate(self) -> tuple[float, float]:
        """(EER, threshold) where false accepts and false rejects are closest to equal."""
        candidates = np.unique(np.concatenate([self.genuine, self.impostor]))
        best = min(candidates, key=lambda t: abs(self.far(t) - self.frr(t)))
        return (self.far(best) + self.frr(best)) / 2.0, float(best)

    def threshold_for_far(self, max_far: float) -> float:
        """The largest threshold (to 3 decimals) whose FAR on these pairs is <= `max_far`."""
        ordered = np.sort(self.impostor)
        allowed = int(max_far * ordered.size)  # impostor pairs that may be accepted
        if allowed >= ordered.size:
            return float(ordered[-1])
        return float(np.floor(ordered[allowed] * 1000 - 1e-9) / 1000)


def evaluate_folder(engine: FaceEngine, folder: Path,
                    limits: QualityLimits | None = None) -> Evaluation:
    """Encode every photo under `folder` once, then compare all pairs."""
    people, skipped = people_in(folder)
    limits = limits or QualityLimits()
    cards: dict[str, np.ndarray] = {}
    probes: list[tuple[str, np.ndarray]] = []
    cards_without_face: list[str] = []
    probes_without_face: list[str] = []
    issues: Counter[QualityIssue] = Counter()
    encoded = 0
    started = time.perf_counter()
    for name, photos in people.items():
        try:
            cards[name] = make_reference(engine, chip_photo(photos[0])).encoding
            encoded += 1
        except (ImageError, CardPhotoError):
            cards_without_face.append(f"{name}/{photos[0].name}")
        for photo in photos[1:]:
            try:
                found = examine(engine, read_image(photo), limits)
            except MediaError:
                found = None
            if found is None or not found.faces:
                probes_without_face.append(f"{name}/{photo.name}")
                continue
            issues.update(found.quality.issues)
            probes.append((name, engine.encode(found.grey_rgb, found.faces[0])))
            encoded += 1
    encode_s = (time.perf_counter() - started) / max(encoded, 1)
    genuine, impostor, compare_s = _compare(cards, probes)
    return Evaluation(len(people), genuine, impostor, tuple(skipped), tuple(cards_without_face),
                      tuple(probes_without_face), tuple(issues.most_common()), encode_s,
                      compare_s)


def people_in(folder: Path) -> tuple[dict[str, list[Path]], list[str]]:
    """Each person's photos in name order, and the folders skipped for having fewer than 2."""
    if not folder.is_dir():
        raise EvaluationError(f"not a folder: {folder}")
    people: dict[str, list[Path]] = {}
    skipped: list[str] = []
    for person in sorted(path for path in folder.iterdir() if path.is_dir()):
        photos = sorted(path for path in person.iterdir() if path.is_file()
                        and is_image_file(path))
        if len(photos) >= 2:
            people[person.name] = photos
        else:
            skipped.append(person.name)
    if len(people) < 2:
        raise EvaluationError(f"{folder} needs at least two folders (one per person) "
                              "with two photos or more each")
    return people, skipped


def _compare(cards: dict[str, np.ndarray],
             probes: list[tuple[str, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, float]:
    if not cards or not probes:
        return np.empty(0), np.empty(0), 0.0
    names = list(cards)
    card_matrix = np.stack([cards[name] for name in names])
    probe_matrix = np.stack([encoding for _, encoding in probes])
    started = time.perf_counter()
    distances = np.linalg.norm(card_matrix[:, None, :] - probe_matrix[None, :, :], axis=2)
    compare_s = (time.perf_counter() - started) / distances.size
    owner = np.array([names.index(name) if name in cards else -1 for name, _ in probes])
    same = owner[None, :] == np.arange(len(names))[:, None]
    return distances[same], distances[~same], compare_s
