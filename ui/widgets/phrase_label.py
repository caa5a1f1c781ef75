"""A word-wrapping label that breaks Japanese and Chinese lines between phrases."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel

from ui.i18n import Translations
from ui.phrases import WORD_JOINER, phrased, plain
from ui.style import FIT_STEPS


class PhraseLabel(QLabel):
    """A QLabel whose lines break at phrase boundaries in the current language; `text()`
    gives back the text as it was set.

    Phrases never make the label wider than its layout gives it: where the longest phrase
    does not fit (a large title on a phone), the text breaks anywhere, as Qt's would.

    A label that `fits` takes smaller type (the style's FIT_STEPS, through its `fit`
    property) where its longest word would not fit its width, or its text the room given
    by `fit_within`: a word is never cut, and sentences need no scroll bar."""

    def __init__(self, text: str = "", fits: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Qt's keyword properties
        self._text = ""
        self._phrased = ""
        self._fits = fits
        self._level = 0
        self._room: QSize | None = None
        self._restyling = False
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show `text`, held together phrase by phrase where it fits."""
        self._text = text
        self._phrased = phrased(text, Translations().language)
        self._fit()

    def text(self) -> str:
        """The text as it was set (without the joiners)."""
        return self._text

    def fit_within(self, room: QSize) -> None:
        """Take the largest type in which the whole text fits `room` (the area that shows
        the label), never more than the style's."""
        self._room = room
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the text without phrases would be, in the smallest type it may take."""
        hint = super().minimumSizeHint()
        font = self._font_at(len(FIT_STEPS) - 1) if self._fits else self.font()
        widest = _widest(plain_tokens(self._text), QFontMetrics(font))
        # One pixel more: a glyph may overhang its advance.
        return QSize(min(hint.width(), widest + 1 + self._indent()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Hold phrases together only while the longest fits the new width."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit when shown: the first resize comes while the label is not visible yet."""
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: object) -> None:  # a new font changes what fits
        """Refit when the font changes."""
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        if self._fits and not self._restyling and self.isVisible():
            self._take_level(self._level_that_fits())
        width = max(self.contentsRect().width(), 1)
        shown = self._shown(QFontMetrics(self.font()), width) if self.isVisible() \
            else self._phrased
        if shown != super().text():
            super().setText(shown)

    def _shown(self, metrics: QFontMetrics, width: int) -> str:
        """The text held together by phrases if the longest fits `width`, else plain."""
        phrases = [chunk for line in self._phrased.split("\n")
                   for chunk in _held_chunks(line)]
        return self._phrased if _widest(phrases, metrics) <= width else self._text

    def _level_that_fits(self) -> int:
        """The first of FIT_STEPS in which no word sticks out and the text fits the room."""
        room = self._room or self.contentsRect().size()
        width = max(room.width() - self._indent(), 1)
        for level in range(len(FIT_STEPS)):
            box = self._box(QFontMetrics(self._font_at(level)), width)
            # Wider than asked: a word sticks out of the line (Qt breaks no word).
            if box.width() <= width and (self._room is None or box.height() <= room.height()):
                return level
        return len(FIT_STEPS) - 1

    def least_height(self, width: int) -> int:
        """The height of the whole text `width` wide, in the smallest type it may take."""
        level = len(FIT_STEPS) - 1 if self._fits else self._level
        return self._box(QFontMetrics(self._font_at(level)),
                         max(width - self._indent(), 1)).height()

    def _box(self, metrics: QFontMetrics, width: int) -> QSize:
        """The size of the text wrapped at `width` (as QLabel measures plain text), with
        the label's margins."""
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), flags,
                                   self._shown(metrics, width))
        return QSize(box.width(), box.height() + 2 * self.margin())

    def _font_at(self, level: int) -> QFont:
        """The label's type at FIT_STEPS[level] (the style gives it the current one)."""
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * FIT_STEPS[level] / FIT_STEPS[self._level])
        return font

    def _take_level(self, level: int) -> None:
        if level == self._level:
            return
        self._level = level
        self.setProperty("fit", str(level))
        # The style sheet sets the type: a new property takes effect once re-polished.
        self._restyling = True
        try:
            self.style().unpolish(self)
            self.style().polish(self)
        finally:
            self._restyling = False
        self.updateGeometry()

    def _indent(self) -> int:
        return max(self.indent(), 0) + 2 * self.margin()


def _widest(chunks: list[str], metrics: QFontMetrics) -> int:
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
    """The pieces Qt may not break plain text inside: words, and single Chinese or
    Japanese characters (Korean breaks between words, as Latin)."""
    tokens = []
    for word in text.split():
        if any(_breaks_anywhere(c) for c in word):
            tokens += list(word)
        else:
            tokens.append(word)
    return tokens


def _breaks_anywhere(character: str) -> bool:
    return (unicodedata.east_asian_width(character) in ("W", "F")
            and not unicodedata.name(character, "").startswith("HANGUL"))
