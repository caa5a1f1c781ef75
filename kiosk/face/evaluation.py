"""The face benchmark: genuine and impostor distances over a folder of people, and the rates.

DIR holds one folder per person with at least two photos. Every photo serves in turn as a
card photo (converted to chip form, as a card is issued) and as a camera probe (greyscale, as
the kiosk sees it): a card photo against the same person's other photos gives the genuine
pairs, against every other person's photos the impostor pairs. Each image is encoded once in
each form; the pairs are then compared as vectors. kiosk/face/held_out.py splits the people
in two to choose a threshold on one half and check it on the other.
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
from kiosk.face.reference import CardPhotoError, face_distances, make_reference
from kiosk.face.verification import examine


class EvaluationError(Exception):
    """The folder cannot be evaluated (missing, or fewer than two usable people)."""


@dataclass(frozen=True)
class Evaluation:
    """Distances of every genuine and impostor pair, and what could not be compared."""

    people: int
    genuine: np.ndarray = field(repr=False)
    impostor: np.ndarray = field(repr=False)
    # Every card photo (rows) against every probe (columns); NaN where either has no face.
    # Row and column i are the same photo, of person owner[i] (index into the sorted people).
    distances: np.ndarray = field(repr=False)
    owner: np.ndarray = field(repr=False)
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
    """Encode every photo under `folder` once as a card and once as a probe, then compare."""
    people, skipped = people_in(folder)
    limits = limits or QualityLimits()
    cards: list[np.ndarray | None] = []
    probes: list[np.ndarray | None] = []
    owner: list[int] = []
    cards_without_face: list[str] = []
    probes_without_face: list[str] = []
    issues: Counter[QualityIssue] = Counter()
    started = time.perf_counter()
    for number, (name, photos) in enumerate(people.items()):
        for photo in photos:
            owner.append(number)
            label = f"{name}/{photo.name}"
            try:
                cards.append(make_reference(engine, chip_photo(photo)).encoding)
            except (ImageError, CardPhotoError):
                cards.append(None)
                cards_without_face.append(label)
            try:
                found = examine(engine, read_image(photo), limits)
            except MediaError:
                found = None
            if found is None or not found.faces:
                probes.append(None)
                probes_without_face.append(label)
                continue
            issues.update(found.quality.issues)
            probes.append(engine.encode(found.grey, found.faces[0]))
    encoded = sum(e is not None for e in cards) + sum(e is not None for e in probes)
    encode_s = (time.perf_counter() - started) / max(encoded, 1)
    distances, compare_s = _compare(cards, probes)
    owners = np.array(owner)
    same = owners[:, None] == owners[None, :]
    found = ~np.isnan(distances)
    np.fill_diagonal(found, False)  # a photo is never compared with itself
    return Evaluation(len(people), distances[same & found], distances[~same & found],
                      distances, owners, tuple(skipped), tuple(cards_without_face),
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


def _compare(cards: list[np.ndarray | None],
             probes: list[np.ndarray | None]) -> tuple[np.ndarray, float]:
    """Every card against every probe, NaN where a face was missing; and seconds per pair."""
    blank = np.zeros(128)
    card_matrix = np.stack([blank if e is None else e for e in cards])
    probe_matrix = np.stack([blank if e is None else e for e in probes])
    started = time.perf_counter()
    distances = face_distances(card_matrix, probe_matrix)
    compare_s = (time.perf_counter() - started) / max(distances.size, 1)
    distances[[e is None for e in cards], :] = np.nan
    distances[:, [e is None for e in probes]] = np.nan
    return distances, compare_s
