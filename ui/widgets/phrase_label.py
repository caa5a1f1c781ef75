"""A word-wrapping label that breaks Japanese and Chinese lines between phrases."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel

from ui.i18n import Translations
from ui.phrases import WORD_JOINER, phrased, plain


class PhraseLabel(QLabel):
    """A QLabel whose lines break at phrase boundaries in the current language; `text()`
    gives back the text as it was set.

    Phrases never make the label wider than its layout gives it: where the longest phrase
    does not fit (a large title on a phone), the text breaks anywhere, as Qt's would."""

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Qt's keyword properties
        self._text = ""
        self._phrased = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, held together phrase by phrase where it fits."""
        self._text = text
        self._phrased = phrased(text, Translations().language)
        self._fit()

    def text(self) -> str:
        """The text as it was set (without the joiners)."""
        return self._text

    def minimumSizeHint(self) -> QSize:
        """As narrow as the text without phrases would be."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._widest(plain_tokens(self._text))), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Hold phrases together only while the longest fits the new width."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: object) -> None:  # a new font changes what fits
        """Refit when the font changes."""
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        phrases = [chunk for line in self._phrased.split("\n")
                   for chunk in _held_chunks(line)]
        fits = self._widest(phrases) <= max(self.contentsRect().width(), 1)
        shown = self._phrased if fits or not self.isVisible() else self._text
        if shown != super().text():
            super().setText(shown)

    def _widest(self, chunks: list[str]) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(chunk) for chunk in chunks), default=0)


def _held_chunks(line: str) -> list[str]:
    """The runs a phrased line cannot break inside."""
    chunks, current = [], ""
    for index, character in enumerate(line):
        current += character
        following = line[index + 1] if index + 1 < len(line) else ""
        if character != WORD_JOINER and following != WORD_JOINER:
            chunks.append(plain(current))
            current = ""
    if current:
        chunks.append(plain(current))
    return chunks


def plain_tokens(text: str) -> list[str]:
    """The pieces Qt may not break plain text inside: words, and single CJK characters."""
    tokens = []
    for word in text.split():
        if any(unicodedata.east_asian_width(c) in ("W", "F") for c in word):
            tokens += list(word)
        else:
            tokens.append(word)
    return tokens
