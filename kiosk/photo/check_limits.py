"""Where each photo check draws its line; the figures behind them are in docs/photo-checks.md.

"London" below is the project's London set (assets/faces/london): 102 people, studio
photos, frontal, plain light-grey backdrop; the range given is over all 102 neutral photos.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhotoLimits:
    """The limits of the application-photo checks; every London neutral photo passes."""

    # Head turn: nose tip off the eyes' midpoint, in eye distances (about 0.2 at 20
    # degrees). London 0.000-0.091.
    max_turn: float = 0.15
    # Head tilt: the eye line's angle. London 0.0-4.7 degrees.
    max_tilt_degrees: float = 8.0
    # Head height, estimated crown to chin, over the photo's height. The passport-size
    # rule (34 +- 2 mm of 45 mm) is 0.71-0.80; London's square photos read 0.47-0.62, so
    # the lower bound follows London and the upper one the rule.
    min_head_height: float = 0.40
    max_head_height: float = 0.80
    # Top edge to the estimated crown over the height: the rule's 4 +- 2 mm is 0.04-0.13;
    # London 0.10-0.26, so the upper bound follows London.
    min_space_above: float = 0.04
    max_space_above: float = 0.35
    # Chin to the bottom edge over the height: the rule leaves 0.07-0.24; London 0.21-0.33.
    min_space_below: float = 0.05
    # Head's midline from the photo's middle over its width. London 0.000-0.017.
    max_off_centre: float = 0.08
    # Eye aspect ratio: about 0.3 open, under 0.2 shut. London 0.230-0.452.
    min_eye_opening: float = 0.18
    # Grey spread in the eye boxes over their face half's. London 0.75-1.40; painted dark
    # lenses 0.00-0.17.
    min_eye_contrast: float = 0.40
    # Edge pixels in the busiest background grid cell. London 0.000-0.011 (hair); phone
    # selfies at home (a clock, a door, tiles) 0.026-0.137.
    max_background_edges: float = 0.02
    # Spread of the background's colour in Lab a/b units. London 0.09-0.76; the selfies
    # 2.6-16.2.
    max_background_colour: float = 2.0
    # Darker face half over the brighter. London 0.878-0.994.
    min_face_evenness: float = 0.75
    # Darkest background grid cell over the brightest. London 0.805-0.971 (studio
    # fall-off towards the corners).
    min_background_evenness: float = 0.70
    # Variance of the Laplacian of the log brightness, face at 160 px. London 70-273; a
    # Gaussian blur of sigma 1.5 px leaves 12-47, of sigma 2 px 7-30.
    min_sharpness: float = 50.0
    # Mean grey level of the face. London 54.6 (dark skin) to 165.8.
    min_face_brightness: float = 40.0
    max_face_brightness: float = 210.0
    # Share of face pixels washed out (a channel at 250 or more). London 0.000.
    max_face_clipped: float = 0.05
    # Grey level of the brightest 1 % of the photo: a lit backdrop, the whites of the eyes
    # or clothes reach it in a photo that is not underexposed. London 239-254.
    min_highlight: float = 150.0
