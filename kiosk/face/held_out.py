"""Held-out figures: a threshold chosen on half of the people, checked on the other half.

The people of an evaluation (sorted by folder name) are dealt alternately into half A and
half B, so that no person's photos are on both sides. For each half the threshold is chosen
on the other one (the largest with at most `max_far` false accepts there), then this half's
still-image rates are measured at it and at the shipped threshold.

The decision level is emulated from the photos: a card photo against the holder's other
photos (up to 4) taken as frames of one attempt and decided by their median, as the kiosk
decides; an impostor attempt is the same card against another person's photos, leaving out
the one in the card photo's position so that both kinds see the same number of frames.
Photos of a news event differ more than frames of one video, so this flatters the median a
little: the still-image rates are the conservative figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.face.evaluation import Evaluation

MAX_FRAMES = 4


@dataclass(frozen=True)
class HalfFigures:
    """One half's rates at one threshold: per still image and per emulated attempt."""

    threshold: float
    genuine_pairs: int
    impostor_pairs: int
    false_accepts: int
    false_rejects: int
    attempts: int  # genuine attempts (a card photo against the holder's other photos)
    accepted: int
    impostor_attempts: int
    impostor_accepted: int

    @property
    def far(self) -> float:
        """False accepts per impostor still pair."""
        return self.false_accepts / self.impostor_pairs if self.impostor_pairs else 0.0

    @property
    def frr(self) -> float:
        """False rejects per genuine still pair."""
        return self.false_rejects / self.genuine_pairs if self.genuine_pairs else 0.0

    @property
    def acceptance(self) -> float:
        """Share of genuine attempts accepted."""
        return self.accepted / self.attempts if self.attempts else 0.0

    @property
    def attempt_far(self) -> float:
        """Share of impostor attempts accepted."""
        return self.impostor_accepted / self.impostor_attempts if self.impostor_attempts else 0.0


@dataclass(frozen=True)
class Fold:
    """One half checked at the threshold chosen on the other, and at the shipped one."""

    name: str  # "A" or "B": the half checked
    people: int
    chosen: HalfFigures  # at the threshold chosen on the other half
    shipped: HalfFigures


def halves(evaluation: Evaluation) -> tuple[np.ndarray, np.ndarray]:
    """Masks over the photos: half A (people 0, 2, 4, ...) and half B (1, 3, 5, ...)."""
    in_a = evaluation.owner % 2 == 0
    return in_a, ~in_a


def threshold_for_far(impostor: np.ndarray, max_far: float) -> float:
    """The largest threshold (to 4 decimals) accepting at most `max_far` of `impostor`."""
    if not impostor.size:
        return 0.0
    ordered = np.sort(impostor)
    allowed = int(max_far * ordered.size)  # impostor pairs that may be accepted
    if allowed >= ordered.size:
        return float(ordered[-1])
    return float(np.floor(ordered[allowed] * 10_000 - 1e-9) / 10_000)


def still_pairs(evaluation: Evaluation, half: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Genuine and impostor distances between photos of this half's people."""
    owner, distances = evaluation.owner, evaluation.distances
    inside = half[:, None] & half[None, :] & ~np.isnan(distances)
    np.fill_diagonal(inside, False)
    same = owner[:, None] == owner[None, :]
    return distances[inside & same], distances[inside & ~same]


def figures(evaluation: Evaluation, half: np.ndarray, threshold: float) -> HalfFigures:
    """This half's still and attempt rates at `threshold`."""
    genuine, impostor = still_pairs(evaluation, half)
    accepted, impostor_accepted = _attempts(evaluation, half, threshold)
    return HalfFigures(threshold, int(genuine.size), int(impostor.size),
                       int(np.sum(impostor <= threshold)), int(np.sum(genuine > threshold)),
                       len(accepted), sum(accepted), len(impostor_accepted),
                       sum(impostor_accepted))


def folds(evaluation: Evaluation, shipped: float, max_far: float = 0.001) -> list[Fold]:
    """Each half checked at the threshold chosen on the other half, and at `shipped`."""
    result = []
    for name, (this, other) in zip("AB", [halves(evaluation), halves(evaluation)[::-1]],
                                   strict=True):
        chosen = threshold_for_far(still_pairs(evaluation, other)[1], max_far)
        people = len(set(evaluation.owner[this].tolist()))
        result.append(Fold(name, people, figures(evaluation, this, chosen),
                           figures(evaluation, this, shipped)))
    return result


def _attempts(evaluation: Evaluation, half: np.ndarray,
              threshold: float) -> tuple[list[bool], list[bool]]:
    """Whether each genuine and each impostor emulated attempt of this half was accepted."""
    owner, distances = evaluation.owner, evaluation.distances
    position = _positions(owner)
    genuine: list[bool] = []
    impostor: list[bool] = []
    people = sorted(set(owner[half].tolist()))
    for card in np.flatnonzero(half):
        row = distances[card]
        if np.isnan(row).all():
            continue  # no face in this card photo
        for person in people:
            frames = (owner == person) & ~np.isnan(row)
            if person == owner[card]:
                frames[card] = False
            else:
                frames &= position != position[card]
            values = row[frames][:MAX_FRAMES]
            if values.size:
                accepted = bool(np.median(values) <= threshold)
                (genuine if person == owner[card] else impostor).append(accepted)
    return genuine, impostor


def _positions(owner: np.ndarray) -> np.ndarray:
    """Each photo's position among its person's photos (0 for the first)."""
    position = np.zeros(owner.size, dtype=int)
    for person in set(owner.tolist()):
        where = np.flatnonzero(owner == person)
        position[where] = np.arange(where.size)
    return position
