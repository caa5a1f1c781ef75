"""What the emulated camera shows, switchable at any time: the holder, someone else, a print.

The QA panel and scenario files name a feed; the clinic flow asks for a camera at each
face attempt and gets one showing the feed chosen at that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hw.camera import Camera, CameraUnavailableError
from hw.emulated_camera import EmulatedCamera, FaceLocator, locate_face
from hw.opencv_camera import VideoFileCamera

FEEDS = ("holder", "other", "printed", "replayed", "nobody", "dark", "two", "video", "none")


class CameraFeed:
    """The feed chosen now, and a camera factory for it.

    `photo_of` gives a persona's camera photo by name; `holder` is the persona whose card
    is in the reader. Feeds: holder, other:PERSONA, printed (the holder's photo held up),
    replayed (a video of the holder played on a phone held up), nobody, dark (the holder
    in a dim room), two (the holder and someone beside them), video:FILE, none (no camera
    connected).
    """

    def __init__(self, photo_of: Callable[[str], Path], clock: Callable[[], float],
                 sleep: Callable[[float], None], locate: FaceLocator = locate_face) -> None:
        self._photo_of = photo_of
        self._locate = locate
        self._clock = clock
        self._sleep = sleep
        self.feed = "holder"
        self.holder: str | None = None
        self._attempt = 0

    def choose(self, feed: str) -> None:
        """Switch to `feed` (see the class docstring); ValueError for an unknown one."""
        kind, _, argument = feed.partition(":")
        if kind not in FEEDS:
            raise ValueError(f"unknown camera feed {feed!r}; known: {', '.join(FEEDS)}")
        if kind in ("other", "video") and not argument:
            raise ValueError(f"the camera feed '{kind}' needs an argument: {kind}:...")
        self.feed = feed

    def open_camera(self) -> Camera:
        """A camera showing the current feed (not yet opened)."""
        kind, _, argument = self.feed.partition(":")
        self._attempt += 1
        if kind == "none":
            raise CameraUnavailableError("no camera is connected")
        if kind == "video":
            return VideoFileCamera(Path(argument))
        if kind == "nobody":
            return self._emulated("nobody", None)
        if kind == "other":
            return self._emulated("live", self._photo_of(argument))
        if self.holder is None:
            return self._emulated("nobody", None)  # no card, so nobody in particular
        mode = {"holder": "live", "printed": "printed", "replayed": "replay", "dark": "dark",
                "two": "two"}[kind]
        return self._emulated(mode, self._photo_of(self.holder))

    def _emulated(self, mode: str, photo: Path | None) -> Camera:
        # A new seed per attempt: a retry sees the person move differently, as in life.
        return EmulatedCamera(mode, photo, seed=self._attempt, clock=self._clock,
                              sleep=self._sleep, locate=self._locate)
