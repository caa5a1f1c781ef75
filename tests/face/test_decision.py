"""The decision rule over good frames, and what it tells the person."""

from __future__ import annotations

import pytest

from kiosk.face.decision import DecisionPolicy, can_stop_early, decide
from kiosk.face.liveness import LivenessEvidence
from kiosk.face.messages import Decision, QualityIssue, UndecidedReason

POLICY = DecisionPolicy(threshold=0.42, min_good_frames=5)
ALIVE = LivenessEvidence(blink=True, motion=0.0, min_motion=0.03)
STILL = LivenessEvidence(blink=False, motion=0.01, min_motion=0.03)


def test_no_frames_at_all_is_undecided_and_says_the_camera_sent_none():
    verdict = decide([], 0, STILL, {}, POLICY)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED, UndecidedReason.NO_FRAMES)
    assert verdict.distance is None and verdict.good_frames == 0


def test_no_good_frames_is_undecided_and_repeats_the_most_frequent_problem():
    issues = {QualityIssue.TOO_DARK: 3, QualityIssue.NO_FACE: 7}
    verdict = decide([], 10, STILL, issues, POLICY)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED,
                                                  UndecidedReason.NO_GOOD_FRAMES)
    assert verdict.issues == ((QualityIssue.NO_FACE, 7), (QualityIssue.TOO_DARK, 3))
    assert verdict.message == QualityIssue.NO_FACE.message


def test_too_few_good_frames_in_time_is_undecided_by_timeout():
    verdict = decide([0.2] * 4, 30, ALIVE, {QualityIssue.BLURRED: 26}, POLICY)
    assert verdict.reason is UndecidedReason.TIMEOUT
    assert verdict.message.en.startswith("The check did not finish in time")


def test_the_median_decides_so_one_odd_frame_does_not():
    genuine = decide([0.30, 0.31, 0.90, 0.29, 0.33], 5, ALIVE, {}, POLICY)
    assert genuine.decision is Decision.MATCH and genuine.distance == pytest.approx(0.31)
    impostor = decide([0.60, 0.61, 0.10, 0.62, 0.58], 5, ALIVE, {}, POLICY)
    assert impostor.decision is Decision.NO_MATCH and impostor.reason is None


def test_a_matching_face_that_shows_no_life_is_undecided():
    verdict = decide([0.3] * 8, 8, STILL, {}, POLICY)
    assert verdict.reason is UndecidedReason.LIVENESS_NOT_SHOWN
    assert "まばたき" in verdict.message.ja


def test_a_different_face_is_no_match_whether_alive_or_not():
    assert decide([0.7] * 8, 8, STILL, {}, POLICY).decision is Decision.NO_MATCH


def test_the_threshold_itself_still_matches():
    assert decide([0.42] * 5, 5, ALIVE, {}, POLICY).decision is Decision.MATCH


def test_a_policy_that_cannot_decide_is_refused():
    with pytest.raises(ValueError):
        DecisionPolicy(min_good_frames=10, max_frames=5)


def test_a_clear_match_or_a_clear_stranger_ends_the_attempt_early():
    policy = DecisionPolicy(threshold=0.4, min_good_frames=5, no_match_frames=10,
                            no_match_margin=0.1)
    assert can_stop_early([0.3] * 5, True, policy)
    assert not can_stop_early([0.3] * 5, False, policy)  # life not shown yet: wait for it
    assert not can_stop_early([0.6] * 9, False, policy)  # a stranger, but too few frames yet
    assert can_stop_early([0.6] * 10, False, policy)
    # Near the threshold more frames may still tip it: the attempt goes on.
    assert not can_stop_early([0.45] * 30, False, policy)


def test_a_face_on_a_screen_shows_no_life_whatever_it_does():
    screen = LivenessEvidence(blink=True, motion=0.2, min_motion=0.03, screen=True)
    verdict = decide([0.2] * 6, 6, screen, {}, POLICY)
    assert (verdict.decision, verdict.reason) == (Decision.UNDECIDED,
                                                  UndecidedReason.LIVENESS_NOT_SHOWN)
