"""An emulated camera: a live person, a printed photo held up, nobody, a dark room, two people.

Every frame is computed in memory from one photo of a face. Frames depend only on `seed`
and their number, never on how fast they are captured, so a given seed always gives the
same frames.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from hw.camera import (
    DEFAULT_FRAME_TIMEOUT_S,
    PROMPT_BLINK,
    CameraUnavailableError,
    Frame,
    FramePacer,
)
from hw.emulated_phone import Phone
from hw.still_camera import load_rgb

MODES = ("live", "printed", "nobody", "dark", "two", "replay")
_WALL = np.array((196.0, 190.0, 178.0), np.float32)  # a beige clinic wall
_PAPER = np.array((236.0, 233.0, 224.0), np.float32)
_DARK_MEAN = 24.0  # a dim waiting room: well under the brightness a face check needs
# How far the live mouth moves per unit of expression (the amounts reach 1.5), in mouth
# widths. Small on purpose: the face must never be one rigid picture, but warping the
# photo's mouth moves its face encoding far more than a real change of expression does.
# With 0.12 and 0.10 a frame read up to 0.3-0.5 from its own photo (London 030: 0.32),
# more than a real neutral-to-smiling change between two photos (0.24 on average); with
# these, non-blink frames of the people who were worst read 0.06-0.10 (median) and at
# most 0.18, against 0.05-0.07 with no warp at all. Opening the mouth (which pulls the
# chin) moves the encoding most, so it is kept slighter than the smile.
_MOUTH_SMILE = 0.05
_MOUTH_OPENING = 0.01


Box = tuple[int, int, int, int]  # top, right, bottom, left, as face_recognition gives it
Marks = dict[str, list[tuple[int, int]]]
# Finds the largest face in an RGB photo and its landmarks (None when there is none). The
# emulator passes one that runs on its face engine's thread: dlib must be called there.
FaceLocator = Callable[[np.ndarray], tuple[Box, Marks] | None]


def locate_face(photo: np.ndarray) -> tuple[Box, Marks] | None:
    """The largest face in an RGB photo and its named landmarks, by face_recognition."""
    import face_recognition  # lazy: a second to import, and `nobody` never needs it

    boxes = face_recognition.face_locations(photo)
    if not boxes:
        return None
    box = max(boxes, key=lambda b: (b[2] - b[0]) * (b[1] - b[3]))
    return box, face_recognition.face_landmarks(photo, [box])[0]


class _Walk:
    """Smooth random drift: each value wanders around 0 with its own spread."""

    def __init__(self, rng: np.random.Generator, spreads: tuple[float, ...], seconds: float,
                 fps: float) -> None:
        self._rng = rng
        self._decay = math.exp(-1.0 / (fps * seconds))
        self._spreads = np.array(spreads)
        self.values = rng.standard_normal(len(spreads)) * self._spreads

    def advance(self) -> np.ndarray:
        """Move one frame on and return the values."""
        kick = self._rng.standard_normal(len(self._spreads))
        self.values = self.values * self._decay + kick * self._spreads * math.sqrt(
            1 - self._decay**2)
        return self.values


def _closed_eye(image: np.ndarray, eye: np.ndarray, closure: float) -> tuple[int, int, np.ndarray]:
    """Where (top, left) and what to paint to close an eye by `closure` (1 = shut)."""
    width = float(np.linalg.norm(eye[3] - eye[0]))
    opening = float(eye[4, 1] + eye[5, 1] - eye[1, 1] - eye[2, 1]) / 2
    centre_x, low_y = eye[:, 0].mean(), eye[[4, 5], 1].mean()
    cheek = image[int(low_y + 0.3 * width):int(low_y + 0.5 * width),
                  int(centre_x - 0.3 * width):int(centre_x + 0.3 * width)]
    skin = np.median(cheek.reshape(-1, 3), axis=0) * 0.92  # an eyelid is a little darker
    # Landmark finders put both lids on the lash line, so it is drawn low and thick.
    lid = eye[[1, 2]] + closure * 0.9 * (eye[[5, 4]] - eye[[1, 2]])
    crease = eye[[1, 2]] - (0, 0.8 * opening)
    floor = eye[[5, 4]] + (0, 0.15 * opening) if closure >= 1 else lid
    pad = int(0.3 * width) + 2
    left, top = max(int(eye[0, 0]) - pad, 0), max(int(crease[:, 1].min()) - pad, 0)
    bottom, right = int(floor[:, 1].max()) + pad, int(eye[3, 0]) + pad
    patch = image[top:bottom, left:right].astype(np.float32)
    offset = np.array((left, top), np.float32)
    side = (0.05 * width, 0)
    region = np.array((eye[0] - side, *crease, eye[3] + side, floor[1], floor[0])) - offset
    filled = np.zeros(patch.shape[:2], np.float32)
    cv2.fillPoly(filled, [np.round(region * 16).astype(np.int32)], 1.0, cv2.LINE_AA, 4)
    mask = cv2.GaussianBlur(filled, (0, 0), max(1.0, width / 25))
    paint = np.empty_like(patch)
    paint[:] = skin
    lash = [np.round((np.array((eye[0], *lid, eye[3])) - offset) * 16).astype(np.int32)]
    thickness = max(1, round(0.15 * width))
    cv2.polylines(paint, lash, False, (skin * 0.3).tolist(), thickness, cv2.LINE_AA, 4)
    cv2.polylines(mask, lash, False, 1.0, thickness, cv2.LINE_AA, 4)
    mask = np.clip(mask, 0, 1)[..., None]
    return top, left, np.round(patch + mask * (paint - patch)).astype(np.uint8)


def _with_body(image: np.ndarray, face_height: float) -> np.ndarray:
    """The photo with the body going on below its lower edge, out of the frame.

    The last row repeated down showed its neck and collar as a block of skin below a
    straight seam; instead the lowest rows are smeared across and fade, first into that
    smear and then into its median colour, so that the lower edge is nowhere to be seen.
    """
    extra = image.shape[0] // 4
    blend = max(2, round(0.25 * face_height))
    bottom = image[-blend:].astype(np.float32)
    # A few rows up: a photo's very last rows are often a line darker or lighter.
    row = np.median(bottom[: blend // 2], axis=0, keepdims=True)
    soft = cv2.GaussianBlur(row, (0, 0), sigmaX=0.5 * face_height, sigmaY=0.1,
                            borderType=cv2.BORDER_REFLECT)
    plain = np.median(row[0], axis=0)
    down = np.linspace(0.0, 1.0, extra, dtype=np.float32)[:, None, None] ** 0.5
    body = soft * (1 - down) + plain * down
    into = np.linspace(0.0, 1.0, blend, dtype=np.float32)[:, None, None]
    into = into * into * (3 - 2 * into)
    out = np.vstack((image.astype(np.float32), body))
    out[-extra - blend:-extra] = bottom * (1 - into) + soft * into
    return np.clip(np.round(out), 0, 255).astype(np.uint8)


def _feather(shape: tuple[int, ...], width: float) -> np.ndarray:
    """A mask of 1 that falls smoothly to 0 at every edge of an image of `shape`."""
    height, breadth = shape[:2]

    def ramp(length: int) -> np.ndarray:
        distance = np.minimum(np.arange(length), np.arange(length)[::-1]).astype(np.float32)
        t = np.clip(distance / max(width, 1.0), 0.0, 1.0)
        return t * t * (3 - 2 * t)  # smoothstep: no visible kink where the fade ends

    return ramp(height)[:, None] * ramp(breadth)[None, :]


class _Person:
    """One face in the scene: its photo layer, where it stands, and how it moves."""

    def __init__(self, photo: np.ndarray, face: tuple[Box, Marks], rng: np.random.Generator,
                 fps: float, face_height: float, place: tuple[float, float], *,
                 printed: bool) -> None:
        (top, right, bottom, left), face_marks = face
        scale = face_height / (bottom - top)
        if printed:  # a home print: duller, warmer, blacks lifted
            photo = np.clip(photo * np.array((0.78, 0.77, 0.74)) + 30, 0, 255)
        image = cv2.resize(photo.astype(np.uint8), None, fx=scale, fy=scale,
                           interpolation=cv2.INTER_AREA)
        self._anchor = np.array(((left + right) / 2, (top + bottom) / 2)) * scale
        self._place = np.array(place)
        self._printed = printed
        self._fps = fps
        self._rng = rng
        marks = {name: np.array(points, np.float32) * scale for name, points in face_marks.items()}
        if printed:
            margin = round(0.06 * max(image.shape[:2]))
            image = cv2.copyMakeBorder(image, margin, margin, margin, margin,
                                       cv2.BORDER_CONSTANT, value=_PAPER.tolist())
            self._anchor += margin
            alpha = np.full(image.shape[:2], 255, np.uint8)
            # A hand sways slowly: shift (px), log-scale, turn (degrees), tilt of the sheet.
            self._walk = _Walk(rng, (5, 4, 0.015, 1.5, 1.5e-4, 1.5e-4), 3.0, fps)
        else:
            image = _with_body(image, face_height)
            alpha = np.zeros(image.shape[:2], np.float32)
            # Head, hair and shoulders fade into the backdrop instead of ending at an edge.
            middle = (round(self._anchor[0]), round(self._anchor[1] + 0.6 * face_height))
            axes = (round(1.25 * face_height), round(2.0 * face_height))
            cv2.ellipse(alpha, middle, axes, 0, 0, 360, 1.0, -1)
            alpha = cv2.GaussianBlur(alpha, (0, 0), 0.15 * face_height)
            # The oval is wider than many photos: without this, the photo's own edges (its
            # backdrop is never quite the wall's shade) showed as a pasted rectangle.
            alpha = np.round(alpha * _feather(alpha.shape, 0.3 * face_height) * 255)
            # Shift (px), log-scale, turn (degrees), smile and mouth opening (0 or less: none).
            self._walk = _Walk(rng, (6, 5, 0.02, 2.0, 1.0, 1.0), 1.2, fps)
            self._eyes = [{c: _closed_eye(image, marks[name], c) for c in (0.5, 1.0)}
                          for name in ("left_eye", "right_eye")]
            self._mouth = _MouthWarp(marks, image.shape)
            # A blink of 0.25 s (people's last 0.1-0.4 s): a recogniser that takes only
            # the newest frame, every second to fourth one, still sees the eyes shut.
            self._blink_length = max(1, round(0.25 * fps))
            self._next_blink = round(rng.uniform(1.0, 4.0) * fps)
            self._frame = 0
            # Its own generator, so that frames without prompts stay what they were.
            self._reaction_rng = rng.spawn(1)[0]
        self.layer = np.dstack((image, alpha.astype(np.uint8)))

    def prompted_to_blink(self) -> None:
        """The screen asks for a blink: the person reads it and blinks 0.4-0.9 s later
        (reading a short line and reacting), unless a blink comes sooner anyway."""
        reaction = self._frame + round(self._reaction_rng.uniform(0.4, 0.9) * self._fps)
        if self._frame < self._next_blink:  # not blinking right now
            self._next_blink = min(self._next_blink, reaction)

    def _closure(self) -> float:
        """How shut the eyes are in this frame; schedules the next blink 2-5 s on."""
        into = self._frame - self._next_blink
        self._frame += 1
        if into < 0:
            return 0.0
        if into + 1 >= self._blink_length:
            self._next_blink = self._frame + round(self._rng.uniform(2.0, 5.0) * self._fps)
        ends = into in (0, self._blink_length - 1)
        return 0.5 if ends and self._blink_length >= 3 else 1.0

    def draw(self, canvas: np.ndarray) -> None:
        """Move one frame on and paint the person over `canvas` (float RGB)."""
        dx, dy, log_scale, turn, *rest = self._walk.advance()
        layer = self.layer
        if not self._printed:
            layer = layer.copy()
            if closure := self._closure():
                for patches in self._eyes:
                    top, left, patch = patches[closure]
                    layer[top:top + patch.shape[0], left:left + patch.shape[1], :3] = patch
            # Half the time no expression at all; never a grimace.
            self._mouth.apply(layer, *np.clip(rest, 0.0, 1.5).tolist())
        matrix = cv2.getRotationMatrix2D(tuple(self._anchor), turn, math.exp(log_scale))
        matrix[:, 2] += self._place + np.array((dx, dy)) - self._anchor
        size = (canvas.shape[1], canvas.shape[0])
        if self._printed:
            tilt = np.eye(3)
            tilt[2, :2] = rest
            to_anchor = np.eye(3)
            to_anchor[:2, 2] = -self._anchor
            # The sheet tilts about the face: a perspective change centred on it.
            tilt = np.linalg.inv(to_anchor) @ tilt @ to_anchor
            homography = np.vstack((matrix, (0, 0, 1))) @ tilt
            warped = cv2.warpPerspective(layer, homography, size)
        else:
            warped = cv2.warpAffine(layer, matrix, size)
        alpha = warped[..., 3:].astype(np.float32) * (1 / 255)
        canvas += alpha * (warped[..., :3] - canvas)


class _MouthWarp:
    """A slight smile and mouth opening, so that a live face is never one rigid picture.

    Only the pixels around the mouth move; at these amounts the 68 landmarks barely see it
    (their noise is of the same size), so an emulated live face shows life by its blinks.
    """

    def __init__(self, marks: dict[str, np.ndarray], shape: tuple[int, ...]) -> None:
        lips = np.vstack((marks["top_lip"], marks["bottom_lip"]))
        corners = marks["top_lip"][[0, 6]]
        width = float(np.linalg.norm(corners[1] - corners[0]))
        low = np.maximum(np.floor(lips.min(axis=0) - 0.6 * width), 0)
        high = np.minimum(np.ceil(lips.max(axis=0) + 0.6 * width), shape[1::-1])
        self._left, self._top = low.astype(int).tolist()
        right, bottom = high.astype(int).tolist()
        xs, ys = np.meshgrid(np.arange(self._left, right, dtype=np.float32),
                             np.arange(self._top, bottom, dtype=np.float32))
        self._grid = (xs - self._left, ys - self._top)

        def bump(point: np.ndarray, spread: float) -> np.ndarray:
            return np.exp(-((xs - point[0]) ** 2 + (ys - point[1]) ** 2) / (2 * spread**2))

        near_left, near_right = bump(corners[0], 0.3 * width), bump(corners[1], 0.3 * width)
        lower = bump(marks["bottom_lip"][3], 0.35 * width)
        # Displacement (pixels) per unit of smile (corners out and up) and of opening (lower
        # lip down).
        smile, opening = _MOUTH_SMILE * width, _MOUTH_OPENING * width
        self._smile = (smile * 0.4 * (near_right - near_left), -smile * (near_left + near_right))
        self._open = opening * lower

    def apply(self, layer: np.ndarray, smile: float, opening: float) -> None:
        """Warp the mouth in `layer` (RGBA, in place) by the given amounts."""
        map_x = self._grid[0] - smile * self._smile[0]
        map_y = self._grid[1] - smile * self._smile[1] - opening * self._open
        height, width = map_x.shape
        roi = layer[self._top:self._top + height, self._left:self._left + width, :3]
        roi[:] = cv2.remap(np.ascontiguousarray(roi), map_x, map_y, cv2.INTER_LINEAR,
                           borderMode=cv2.BORDER_REPLICATE)


class EmulatedCamera:
    """A synthetic scene made from one face photo, delivered at `fps` frames per second.

    Modes: `live` (a person who moves, blinks, changes expression and blinks when the
    screen asks), `printed` (a print of the photo held up: rigid, never blinks), `nobody`,
    `dark` (live, in a dim room), `two` (two people side by side) and `replay` (a video of
    the person played on a phone held up to the camera: it blinks, but not when asked).
    """

    def __init__(self, mode: str, photo: Path | None = None, seed: int = 0, fps: float = 15.0,
                 size: tuple[int, int] = (640, 480), *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 locate: FaceLocator = locate_face) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown emulated camera mode '{mode}' (known: {', '.join(MODES)})")
        if mode != "nobody" and photo is None:
            raise ValueError(f"the emulated camera mode '{mode}' needs the photo of a face")
        self.name = f"Emulated camera ({mode})"
        self.mode = mode
        self.photo = None if photo is None else Path(photo)
        self.seed = seed
        self.fps = fps
        self.size = size
        self._pacer = FramePacer(fps, clock, sleep)
        self._locate = locate
        self._people: list[_Person] = []
        self._phone: Phone | None = None
        self._background: np.ndarray | None = None

    def open(self) -> None:
        """Load the photo and find its face once; CameraUnavailableError if either fails."""
        width, height = self.size
        rng = np.random.default_rng(self.seed)
        self._noise_rng, light_rng, *people_rngs = rng.spawn(4)
        self._light = _Walk(light_rng, (0.03,), 2.0, self.fps)
        self._people, self._phone = [], None
        wall = _WALL
        if self.photo is not None and self.mode != "nobody":
            photo = self._load_photo()
            face = self._locate(photo)
            if face is None:
                raise CameraUnavailableError(f"no face found in the photo {self.photo}")
            edges = np.vstack((photo[0], photo[-1], photo[:, 0], photo[:, -1]))
            backdrop = np.median(edges, axis=0).astype(np.float32)
            if self.mode == "replay":
                self._phone = self._hold_phone(photo, face, backdrop, people_rngs)
            elif self.mode != "printed":  # the person stands before the photo's own backdrop
                wall = backdrop
            level = 0.5 * height
            places = ([(0.27 * width, level), (0.73 * width, level)]
                      if self.mode == "two" else [(0.5 * width, level)])
            face_height = height * (1 / 3 if self.mode in ("live", "dark") else 0.27)
            self._people = [
                _Person(photo, face, people_rngs[i], self.fps, face_height, place,
                        printed=self.mode == "printed")
                for i, place in enumerate(places)
            ] if self._phone is None else []
        # Light falls from above: the wall is brighter at the top.
        shade = np.linspace(1.08, 0.9, height, dtype=np.float32)[:, None, None]
        self._background = np.broadcast_to(wall * shade, (height, width, 3)).astype(np.float32)
        self._exposure = 1.0
        if self.mode == "dark":  # measured on a first frame: any photo ends up as dark
            self._exposure = _DARK_MEAN / max(1.0, float(self._render_plain().mean()))
        self._pacer.restart()

    def _load_photo(self) -> np.ndarray:
        assert self.photo is not None
        try:
            photo = load_rgb(self.photo)
        except (OSError, ValueError) as error:
            raise CameraUnavailableError(f"cannot read the photo {self.photo}: {error}") from None
        longest = max(photo.shape[:2])
        if longest > 1000:  # finding a face in a phone-sized picture is needlessly slow
            photo = cv2.resize(photo, None, fx=1000 / longest, fy=1000 / longest,
                               interpolation=cv2.INTER_AREA)
        return photo

    def _hold_phone(self, photo: np.ndarray, face: tuple[Box, Marks], backdrop: np.ndarray,
                    rngs: list[np.random.Generator]) -> Phone:
        """The phone for `replay`: portrait, held near enough that the face in the video is
        as large in the frame as a live face would be."""
        width, height = self.size
        screen_height = round(0.8 * height)
        screen_width = round(screen_height * 9 / 16)
        person = _Person(photo, face, rngs[0], self.fps, height / 3,
                         (screen_width / 2, 0.42 * screen_height), printed=False)
        # A hand sways it slowly, as a print: shift (px), log-scale, turn, tilt (degrees).
        sway = _Walk(rngs[1], (5, 4, 0.015, 1.5, 1.5e-4, 1.5e-4), 3.0, self.fps)
        return Phone((screen_width, screen_height), (0.5 * width, 0.56 * height), rngs[1],
                     self.fps, person.draw, backdrop, sway.advance)

    def prompt(self, action: str) -> None:
        """What the screen asks: a live person blinks when asked (a print or a video cannot)."""
        if action == PROMPT_BLINK and self.mode in ("live", "dark"):
            for person in self._people:
                person.prompted_to_blink()

    def _render_plain(self) -> np.ndarray:
        assert self._background is not None
        canvas = self._background.copy()
        for person in self._people:
            person.draw(canvas)
        if self._phone is not None:
            self._phone.draw(canvas)
        return canvas

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The next frame once its time comes (every 1/fps s); blocks up to `timeout` s."""
        if self._background is None:
            raise CameraUnavailableError(f"{self.name} is not open")
        timestamp = self._pacer.wait(timeout)
        canvas = self._render_plain()
        canvas *= self._exposure * (1 + self._light.advance()[0])
        # Sensor noise; a dark room is amplified more, so it is noisier.
        spread = 6 if self.mode == "dark" else 4
        canvas += self._noise_rng.integers(-spread, spread + 1, canvas.shape, dtype=np.int16)
        return Frame(np.clip(canvas, 0, 255).astype(np.uint8), timestamp)

    def close(self) -> None:
        """Drop the photo and the scene; safe to call twice."""
        self._people, self._phone = [], None
        self._background = None
