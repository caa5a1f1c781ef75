"""A word-wrapping label that breaks Japanese and Chinese lines between phrases."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.i18n import Translations
from ui.phrases import phrased


class PhraseLabel(QLabel):
    """A QLabel whose lines break at phrase boundaries in the current language; `text()`
    gives back the text as it was set."""

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Qt's keyword properties
        self._text = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, held together phrase by phrase."""
        self._text = text
        super().setText(phrased(text, Translations().language))

    def text(self) -> str:
        """The text as it was set (without the joiners)."""
        return self._text
