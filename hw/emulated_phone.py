"""A phone held up to the camera, playing a video of the holder: the replay attack.

The video is of the live person (it blinks and moves, but cannot answer the screen). What
the camera sees of the phone: a bright, slightly blue, emissive rectangle in a dark bezel,
held in a hand that sways it as one flat object; a reflection sliding across the glass; and
the screen's pixel grid, which a camera cannot resolve and records as a fine, beating
pattern (moiré) over the whole picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np

# The display's colour: brighter than the room, blacks lifted by the backlight, bluish.
_SCREEN_GAIN = np.array((1.06, 1.10, 1.22), np.float32)
_SCREEN_LIFT = np.array((18.0, 20.0, 26.0), np.float32)
_BEZEL = np.array((22.0, 22.0, 26.0), np.float32)
# The pixel grid as recorded: a fine pattern just coarser than the camera's pixels (a
# phone's 400-500 pixels an inch, 25 cm away, make 4-5 screen pixels per camera pixel;
# what survives is their beat with the sensor's own grid), and slow moiré bands.
_GRID_PERIOD_PX = 2.7
_GRID_DEPTH = 0.10
_MOIRE_PERIOD_PX = 17.0
_MOIRE_DEPTH = 0.06
_GLARE = 55.0  # the reflection's brightest, in 8-bit levels


class Phone:
    """A phone's screen of `screen_size` (width, height) showing what `paint` draws, held
    at `place` in the frame; `draw` moves it one frame on and paints it over a canvas."""

    def __init__(self, screen_size: tuple[int, int], place: tuple[float, float],
                 rng: np.random.Generator, fps: float,
                 paint: Callable[[np.ndarray], None], backdrop: np.ndarray,
                 walk: Callable[[], np.ndarray]) -> None:
        width, height = screen_size
        self._paint = paint
        self._walk = walk
        self._screen = np.broadcast_to(backdrop.astype(np.float32), (height, width, 3)).copy()
        self._backdrop = self._screen.copy()
        self._bezel = max(4, round(0.05 * width))
        full = (height + 2 * self._bezel, width + 2 * self._bezel)
        self._anchor = np.array((full[1] / 2, full[0] / 2))
        self._place = np.array(place)
        angle = math.radians(rng.uniform(-25, 25))
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        along = xs * math.cos(angle) + ys * math.sin(angle)
        across = -xs * math.sin(angle) + ys * math.cos(angle)
        grid = (np.sin(2 * math.pi * along / _GRID_PERIOD_PX)
                * np.sin(2 * math.pi * across / _GRID_PERIOD_PX))
        moire = np.sin(2 * math.pi * (along + 0.5 * across) / _MOIRE_PERIOD_PX)
        self._pattern = (1 + _GRID_DEPTH * grid + _MOIRE_DEPTH * moire)[..., None]
        self._glare_x = xs / width
        self._glare_y = ys / height
        self._glare_phase = rng.uniform(0, 1)
        self._frame = 0
        self._fps = fps
        self._alpha = np.full(full, 255, np.float32)

    def draw(self, canvas: np.ndarray) -> None:
        """Play one frame of the video and paint the phone over `canvas` (float RGB)."""
        self._screen[:] = self._backdrop
        self._paint(self._screen)
        shown = self._screen * _SCREEN_GAIN + _SCREEN_LIFT
        # A window's reflection: a soft diagonal band that slides as the hand turns.
        self._frame += 1
        slide = self._glare_phase + 0.15 * math.sin(self._frame / self._fps)
        band = np.exp(-(((self._glare_x + 0.6 * self._glare_y) - slide) / 0.18) ** 2)
        shown = shown * self._pattern + _GLARE * band[..., None]
        layer = cv2.copyMakeBorder(np.clip(shown, 0, 255), self._bezel, self._bezel,
                                   self._bezel, self._bezel, cv2.BORDER_CONSTANT,
                                   value=_BEZEL.tolist())
        dx, dy, log_scale, turn, tilt_x, tilt_y = self._walk()
        matrix = cv2.getRotationMatrix2D(tuple(self._anchor), turn, math.exp(log_scale))
        matrix[:, 2] += self._place + np.array((dx, dy)) - self._anchor
        tilt = np.eye(3)
        tilt[2, :2] = (tilt_x, tilt_y)
        to_anchor = np.eye(3)
        to_anchor[:2, 2] = -self._anchor
        homography = np.vstack((matrix, (0, 0, 1))) @ np.linalg.inv(to_anchor) @ tilt @ to_anchor
        size = (canvas.shape[1], canvas.shape[0])
        warped = cv2.warpPerspective(layer, homography, size)
        alpha = cv2.warpPerspective(self._alpha, homography, size)[..., None] * (1 / 255)
        canvas += alpha * (warped - canvas)
