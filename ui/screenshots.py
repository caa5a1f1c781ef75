"""`kiosk screenshots DIR`: every sample screen of every terminal, rendered to PNG files.

No flow, worker or device is involved: a KioskWindow per terminal is shown each sample
screen (ui/sample_screens.py) and grabbed once its layout has settled. Works offscreen
(QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hw.emulated_camera import EmulatedCamera
from kiosk import paths
from kiosk.flows.screen import Screen
from ui.application import application
from ui.i18n import SOURCE_LANGUAGE
from ui.kiosk_window import SIZES, KioskWindow
from ui.preview_camera import to_qimage
from ui.sample_screens import TERMINALS, Sample, renderings

SAMPLE_PERSON = "faces/london/030/smiling.jpg"  # the demo's 山田 花子 as the camera sees her


def settle(app: QApplication) -> None:
    """Let layouts, style polish and deferred deletions finish before reading the window."""
    for _ in range(2):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def show(window: KioskWindow, screen: Screen) -> None:
    """Show `screen` in `window` and wait until it is drawn as a person would see it.

    The window is set back to its terminal's size once the screen is laid out, so that an
    image does not depend on the screens before it; a screen that needs more room grows it.
    """
    window.show_screen(screen)
    host = window.host
    if host.view is not None and host.view.widget == "camera" and not host.camera.preparing:
        # What the camera would show: a person in front of it, as the emulator draws one.
        host.camera.show_frame(sample_frame())
    settle(application())
    window.resize(*SIZES[window.terminal])  # no smaller than the new screen's minimum
    settle(application())


@cache
def sample_frame() -> QImage:
    """One camera frame of a volunteer (CC BY 4.0, bundled) before the emulated camera."""
    camera = EmulatedCamera("live", paths.assets_dir() / SAMPLE_PERSON, fps=1000.0)
    camera.open()
    try:
        return to_qimage(camera.capture().image)
    finally:
        camera.close()


def open_window(terminal: str) -> KioskWindow:
    """A shown kiosk window of `terminal`, with no flow behind it."""
    window = KioskWindow(terminal)
    window.show()
    settle(application())
    return window


def close_window(window: KioskWindow) -> None:
    """Back to the source language (the translator is application-wide), then close."""
    window.translations.switch(SOURCE_LANGUAGE)
    window.close()
    window.deleteLater()
    settle(application())


def file_name(sample: Sample, language: str) -> str:
    """TERMINAL-SCREEN[-REASON][-VARIANT]-LANGUAGE.png"""
    return f"{sample.stem}-{language}.png"


def render(folder: Path, terminal: str,
           items: Iterable[tuple[Sample, str]]) -> list[Path]:
    """Render `(sample, language)` pairs of `terminal` into `folder`; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(terminal)
    written = []
    try:
        for sample, language in items:
            show(window, sample.in_language(language))
            path = folder / file_name(sample, language)
            if not window.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            written.append(path)
    finally:
        close_window(window)
    return written


def render_all(folder: Path) -> list[Path]:
    """Every sample screen of every terminal in Japanese, and each terminal's first screen
    and one error screen in every language, to FOLDER/TERMINAL-SCREEN[-REASON]-LANG.png."""
    app = application()
    written = [path for terminal in TERMINALS
               for path in render(folder, terminal, renderings(terminal))]
    from ui.staff_screenshot import render_staff  # seeds a demo site: only when asked

    return written + render_staff(folder, app)
