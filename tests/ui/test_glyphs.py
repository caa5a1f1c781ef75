"""A test fails if any screen's text has glyphs the font cannot draw.

Every sample screen of every terminal is shown in every language; each character of every
visible label, button, list entry and placeholder must be in one of the font families the
widget is drawn with (ui.fonts.families_for(language) through the application font). The
check asks each family itself (QRawFont), not Qt's fallback, which would hide a missing
glyph behind whatever other font the machine has.

The language names (日本語, English, 中文, 한국어...) are written in their own language on
every screen by design, so they are checked against their own language's fonts, and must
also come out of Qt's text layout without a missing-glyph box.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest
from PySide6.QtGui import QFont, QRawFont, QTextLayout
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows import screens as sc
from ui.fonts import families_for
from ui.sample_screens import TERMINALS, samples
from ui.screenshots import close_window, open_window, show
from ui.texts import LANGUAGE_NAMES

LANGUAGE_OF_NAME = {name: code for code, name in LANGUAGE_NAMES.items()}


@cache
def _raw_font(family: str) -> QRawFont | None:
    """The font file behind `family`; None when the family is not installed."""
    raw = QRawFont.fromFont(QFont(family))
    return raw if raw.isValid() and raw.familyName() == family else None


@cache
def _drawable(character: str, families: tuple[str, ...]) -> bool:
    fonts = [_raw_font(family) for family in families]
    return any(raw is not None and raw.supportsCharacter(ord(character)) for raw in fonts)


def missing_glyphs(text: str, families: list[str] | tuple[str, ...]) -> list[str]:
    """The characters of `text` none of `families` can draw (whitespace and controls
    aside), each once."""
    missing = []
    for character in dict.fromkeys(text):
        if character.isspace() or unicodedata.category(character) in ("Cc", "Cf"):
            continue
        if not _drawable(character, tuple(families)):
            missing.append(character)
    return missing


def drawn_without_boxes(text: str, font: QFont) -> bool:
    """Whether Qt lays `text` out in `font` (fallback included) with no missing glyph."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def shown_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """Every text the window shows now: labels, buttons, list entries, placeholders."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QPushButton):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QComboBox):
            texts += [(widget, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append((widget, widget.placeholderText()))
    return [(widget, text) for widget, text in texts if text]


def glyph_problems(window: QWidget, language: str) -> list[str]:
    """What the window shows now that its fonts cannot draw, one line per text."""
    problems = []
    for widget, text in shown_texts(window):
        families = widget.font().families() or families_for(language)
        if text in LANGUAGE_OF_NAME:
            families = families_for(LANGUAGE_OF_NAME[text])
            if not drawn_without_boxes(text, widget.font()):
                problems.append(f"{text!r} is drawn with missing-glyph boxes")
        missing = missing_glyphs(text, families)
        if missing:
            codes = " ".join(f"U+{ord(c):04X} {c}" for c in missing)
            problems.append(f"{widget.objectName() or type(widget).__name__} {text!r}: "
                            f"{codes} not in {', '.join(families)}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("terminal", TERMINALS)
def test_every_screen_text_has_glyphs_in_its_fonts(qapp, terminal, language):
    window = open_window(terminal)
    problems = []
    try:
        for sample in samples(terminal):
            show(window, sample.in_language(language))
            texts = shown_texts(window)
            assert texts and window.host.title.text(), sample.stem
            problems += [f"{sample.stem}-{language}: {problem}"
                         for problem in glyph_problems(window, language)]
    finally:
        close_window(window)
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_check_reports_a_character_no_font_has(qapp, language):
    families = families_for(language)
    assert missing_glyphs("マイナ保険証 ABC ñ ê 0120", families) == []
    assert missing_glyphs("受付\U0001F600です\U00011000", families) == ["\U0001F600",
                                                                      "\U00011000"]


def test_the_check_asks_each_font_not_the_fallback(qapp):
    assert missing_glyphs("한국어", ["IPAexGothic"]) == list("한국어")
    assert missing_glyphs("한국어", families_for("ko")) == []
    assert missing_glyphs("日本", ["No Such Font Family"]) == list("日本")


def test_a_missing_glyph_on_a_screen_is_reported(qapp):
    window = open_window("clinic")
    try:
        show(window, sc.Standby(facility_name="みなと\U0001F600医院"))
        problems = glyph_problems(window, "ja")
    finally:
        close_window(window)
    assert len(problems) == 1 and "U+1F600" in problems[0] and "みなと" in problems[0]


def test_every_widget_takes_the_screens_type_whatever_came_before(qapp):
    first = open_window("clinic")
    try:
        show(first, sc.Standby(facility_name="みなと医院", language="zh"))
        second = open_window("booth")  # made while the application font is Chinese
        try:
            show(second, sc.Standby(language="ja"))
            assert second.top_bar.large_text.font().families() == families_for("ja")
        finally:
            close_window(second)
        show(first, sc.Standby(facility_name="みなと医院", language="ja"))
        fonts = {tuple(widget.font().families()) for widget, text in shown_texts(first)
                 if text not in LANGUAGE_OF_NAME}
        assert fonts == {tuple(families_for("ja"))}
        # Each language's name in its own type.
        for widget, text in shown_texts(first):
            if text in LANGUAGE_OF_NAME:
                assert widget.font().families() == families_for(LANGUAGE_OF_NAME[text])
    finally:
        close_window(first)
