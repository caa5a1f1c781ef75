"""Held-out figures: halves of people, a threshold from one half, attempts by the median."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.face.evaluation import Evaluation
from kiosk.face.held_out import figures, folds, halves, threshold_for_far


def _evaluation(distances: np.ndarray, owner: list[int]) -> Evaluation:
    return Evaluation(len(set(owner)), np.empty(0), np.empty(0), distances, np.array(owner),
                      (), (), (), (), 0.0, 0.0)


def _four_people(genuine: float = 0.2, impostor: float = 0.9) -> Evaluation:
    """Four people with three photos each: genuine pairs at `genuine`, others at `impostor`."""
    owner = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]
    same = np.equal.outer(owner, owner)
    return _evaluation(np.where(same, genuine, impostor), owner)


def test_people_alternate_between_the_halves():
    evaluation = _four_people()
    half_a, half_b = halves(evaluation)
    assert sorted(set(evaluation.owner[half_a].tolist())) == [0, 2]
    assert sorted(set(evaluation.owner[half_b].tolist())) == [1, 3]


def test_the_threshold_accepts_at_most_the_allowed_share_of_impostors():
    impostor = np.arange(1, 1001) / 1000  # 0.001 ... 1.000
    threshold = threshold_for_far(impostor, 0.002)
    assert np.sum(impostor <= threshold) <= 2 and threshold == pytest.approx(0.0029)
    assert threshold_for_far(np.empty(0), 0.001) == 0.0


def test_a_half_counts_its_own_pairs_only():
    result = figures(_four_people(), halves(_four_people())[0], 0.5)
    # Half A: 2 people x 3 photos; each photo against 2 own and 3 other photos.
    assert (result.genuine_pairs, result.impostor_pairs) == (12, 18)
    assert (result.false_accepts, result.false_rejects) == (0, 0)
    # Each card photo against the holder's other 2 photos, and against the other person's
    # photos but the one in the card photo's position (2 frames too).
    assert (result.attempts, result.accepted) == (6, 6)
    assert (result.impostor_attempts, result.impostor_accepted) == (6, 0)


def test_an_attempt_is_decided_by_the_median_of_its_frames():
    evaluation = _four_people()
    # Person 0's first photo as the card: its other two photos read 0.3 and 0.7 (median 0.5).
    evaluation.distances[0, 1], evaluation.distances[0, 2] = 0.3, 0.7
    half_a = halves(evaluation)[0]
    assert figures(evaluation, half_a, 0.5).accepted == 6
    assert figures(evaluation, half_a, 0.49).accepted == 5
    assert figures(evaluation, half_a, 0.49).false_rejects == 1  # the 0.7 pair


def test_photos_without_a_face_take_no_part():
    evaluation = _four_people()
    evaluation.distances[0, :] = np.nan  # no face in photo 0 as a card
    evaluation.distances[:, 1] = np.nan  # no face in photo 1 as a probe
    result = figures(evaluation, halves(evaluation)[0], 0.5)
    assert result.attempts == 5 and result.genuine_pairs == 12 - 2 - 2 + 1


def test_each_half_is_checked_at_the_threshold_chosen_on_the_other():
    evaluation = _four_people()
    # One close impostor pair in half B moves B's threshold, not A's own.
    evaluation.distances[3, 9] = 0.25
    fold_a, fold_b = folds(evaluation, shipped=0.5, max_far=0.0)
    assert fold_a.chosen.threshold == pytest.approx(0.2499)
    assert fold_b.chosen.threshold == pytest.approx(0.8999)
    assert fold_b.chosen.false_accepts == 1 and fold_b.shipped.false_accepts == 1
    assert (fold_a.name, fold_a.people, fold_b.shipped.threshold) == ("A", 2, 0.5)
