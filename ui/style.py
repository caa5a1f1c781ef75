"""How the screens look: large type for arm's length, large-text and high-contrast options."""

from __future__ import annotations

from ui.fonts import families_for
from ui.texts import LANGUAGE_NAMES

BASE_POINTS = 20.0
LARGE_FACTOR = 1.4
# The least height (and width) of anything a person touches, in pixels: a fingertip at
# arm's length, beyond WCAG's 44 px.
TOUCH_TARGET = 60
# Smaller type a sentence or a button's label may take, as a share of its own size, where
# it would not fit at that size (a long Portuguese word on a phone key, the terms with
# larger text on): the whole text in smaller type rather than a cut word or a scroll bar.
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)

_NORMAL = """
QWidget { background: #f7f7f2; color: #1b1b1b; }
QSvgWidget { background: transparent; }
QLabel#step { border-radius: 8px; padding: 2px 8px; }
QLabel#step[state="current"] { background: #0b4f8a; color: #ffffff; font-weight: bold; }
QLabel#step[state="done"] { background: #dbe7f3; color: #0b4f8a; }
QLabel#step[state="todo"] { background: #e6e6df; color: #4a4a4a; }
QLabel#title { font-weight: bold; color: #0b4f8a; }
QLabel#title[alert="true"] { color: #a02020; }
QLabel#title[success="true"] { color: #1e6b2a; }
QPushButton { background: #ffffff; border: 2px solid #0b4f8a; border-radius: 10px;
              padding: 10px 18px; }
QPushButton[primary="true"] { background: #0b4f8a; color: #ffffff; }
QPushButton:checked { background: #0b4f8a; color: #ffffff; }
QPushButton:pressed { background: #dbe7f3; }
QPushButton[primary="true"]:pressed, QPushButton:checked:pressed { background: #083a66; }
QPushButton:disabled { background: #ffffff; color: #6b6b6b; border-color: #c0c0c0; }
QLabel#help_line { color: #404040; }
QPushButton QLabel#button_label { background: transparent; color: #1b1b1b; }
QPushButton[primary="true"] QLabel#button_label { color: #ffffff; }
QPushButton[checked="true"] QLabel#button_label { color: #ffffff; }
QPushButton QLabel#button_label:disabled { color: #6b6b6b; }
"""

_HIGH_CONTRAST = """
QWidget { background: #000000; color: #ffff00; }
QSvgWidget { background: transparent; }
QLabel#step { border-radius: 8px; padding: 2px 8px; border: 2px solid #ffffff; }
QLabel#step[state="current"] { background: #ffff00; color: #000000; font-weight: bold; }
QLabel#step[state="done"] { background: #000000; color: #ffffff; }
QLabel#step[state="todo"] { background: #000000; color: #c8c8c8; border-color: #808080; }
QLabel#title { font-weight: bold; color: #ffffff; }
QLabel#title[alert="true"] { color: #ff8080; }
QLabel#title[success="true"] { color: #80ff80; }
QPushButton { background: #000000; color: #ffff00; border: 3px solid #ffffff;
              border-radius: 10px; padding: 10px 18px; }
QPushButton[primary="true"] { background: #ffff00; color: #000000; }
QPushButton:checked { background: #ffffff; color: #000000; }
QPushButton:pressed { background: #333333; }
QPushButton[primary="true"]:pressed { background: #c8c800; }
QPushButton:checked:pressed { background: #c8c8c8; }
QPushButton:disabled { background: #000000; color: #808080; border-color: #808080; }
QLabel#help_line { color: #ffffff; }
QPushButton QLabel#button_label { background: transparent; color: #ffff00; }
QPushButton[primary="true"] QLabel#button_label { color: #000000; }
QPushButton[checked="true"] QLabel#button_label { color: #000000; }
QPushButton QLabel#button_label:disabled { color: #808080; }
"""


def stylesheet(high_contrast: bool, large_text: bool, scale: float = 1.0,
               families: tuple[str, ...] = ()) -> str:
    """The stylesheet for these options (`scale` < 1 on a phone), in the font `families`
    (best first) when given."""
    points = BASE_POINTS * scale * (LARGE_FACTOR if large_text else 1.0)
    # The bar of languages and options keeps its size: larger, it would not fit the screen.
    bar = BASE_POINTS * scale
    # Larger text enlarges the title less than the rest: the sentences need the room more.
    title = max(bar * 1.6, points * 1.3)
    fitting = {"QLabel#title": title, "QLabel#text": points * 1.1,
               "QPushButton QLabel#button_label": points}
    # Larger text may give way where it does not fit, but never below the normal size:
    # the person asked for larger text.
    normal = {"QLabel#title": bar * 1.6, "QLabel#text": bar * 1.1,
              "QPushButton QLabel#button_label": bar} if large_text else {}
    sizes = (_fitting_sizes(fitting, normal)
             + f"QPushButton {{ font-size: {points:.1f}pt; }}\n"
             # The bar of languages and options stays one line on a 1024-pixel screen.
             f"QWidget#top_bar QPushButton {{ font-size: {bar * 0.65:.0f}pt;"
             " padding: 6px 10px; }\n"
             # The steps keep their size, like the bar: a row that must stay one line.
             f"QLabel#step {{ font-size: {bar * 0.6:.0f}pt; }}\n"
             # The PIN's dots and the help line too: larger, they would take the room the
             # sentences need above a keypad (the dots are no text to read).
             f"QLabel#pin_display {{ font-size: {bar * 1.6:.0f}pt; }}\n"
             f"QLineEdit {{ font-size: {points:.0f}pt; }}\n"
             f"QLabel#help_line {{ font-size: {bar * 0.7:.0f}pt; }}\n"
             f"QLabel[language_prompt=\"true\"] {{ font-size: {points * 0.9:.0f}pt; }}\n"
             # A phone's option buttons share one narrow row.
             f"QWidget#top_bar[compact=\"true\"] QPushButton {{ font-size: {bar * 0.6:.0f}pt;"
             " padding: 4px 6px; }\n")
    # The screen's type, named here rather than left to the application font: a widget
    # polished before the application font changed keeps the old family (a window made
    # after a Chinese session drew its option bar's Japanese in Chinese type).
    family = f"QWidget {{ font-family: {_family_list(families)}; }}\n" if families else ""
    # Each language's name in its own type (한국어 in a Korean font, 中文 in a Chinese one).
    names = "".join(f"QWidget#top_bar QPushButton#top_language_{code}, "
                    f"QPushButton#language_{code}, QLabel#language_prompt_{code} "
                    f"{{ font-family: {_family_list(families_for(code))}; }}\n"
                    for code in LANGUAGE_NAMES)
    return (_HIGH_CONTRAST if high_contrast else _NORMAL) + family + names + sizes


def _fitting_sizes(points: dict[str, float], floors: dict[str, float]) -> str:
    """Each selector's type size, and the smaller ones it may take (its `fit` property),
    none below the selector's floor (when it has one)."""
    return "".join(
        f"{selector}[fit=\"{level}\"] "
        f"{{ font-size: {max(size * step, floors.get(selector, 0.0)):.1f}pt; }}\n"
        if level else f"{selector} {{ font-size: {size:.1f}pt; }}\n"
        for selector, size in points.items()
        for level, step in enumerate(FIT_STEPS))


def _family_list(families: tuple[str, ...] | list[str]) -> str:
    """Font families as a style sheet's font-family value, best first."""
    return ", ".join(f'"{name}"' for name in families)
