"""The project's pictograms (assets/pictograms/*.svg), drawn at any size."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray
from PySide6.QtSvgWidgets import QSvgWidget

from kiosk import paths

PICTOGRAMS = ("place_card", "face", "pin", "staff", "success", "failure")


@functools.cache
def svg(name: str) -> QByteArray:
    """The SVG of pictogram `name` (read once); KeyError for an unknown name."""
    if name not in PICTOGRAMS:
        raise KeyError(f"no pictogram {name!r}; known: {', '.join(PICTOGRAMS)}")
    return QByteArray((paths.assets_dir() / "pictograms" / f"{name}.svg").read_bytes())


class Pictogram(QSvgWidget):
    """A square pictogram of `size` pixels; hidden while it has none to show."""

    def __init__(self, size: int, object_name: str = "pictogram") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setFixedSize(size, size)
        self.name: str | None = None
        self.hide()

    def show_named(self, name: str | None) -> None:
        """Draw pictogram `name`, or hide when None."""
        if name != self.name:
            self.name = name
            if name is not None:
                self.load(svg(name))
        self.setVisible(name is not None)
