"""Japanese lines break between phrases (BudouX), never inside a word, on every screen."""

from __future__ import annotations

import budoux
import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from ui.phrases import MAX_PHRASE, WORD_JOINER, phrased, plain
from ui.sample_screens import samples
from ui.screenshots import close_window, open_window, show
from ui.widgets.phrase_label import PhraseLabel

PARSER = budoux.load_default_japanese_parser()


def test_phrases_are_held_together_and_the_text_comes_back_unchanged():
    held = phrased("この内容で同意しますか", "ja")
    assert held == WORD_JOINER.join("この") + WORD_JOINER.join("内容で") + WORD_JOINER.join(
        "同意しますか")
    assert plain(held) == "この内容で同意しますか"
    assert phrased("Do you agree?", "en") == "Do you agree?"
    assert phrased("一行目\n二行目です", "ja").count("\n") == 1


def test_a_label_gives_back_what_was_set(qapp):
    label = PhraseLabel("利用登録を行います。")
    assert label.text() == "利用登録を行います。"


def line_starts(label: PhraseLabel) -> list[int]:
    """Where, in the text as set, each wrapped line after the first begins."""
    shown = QTextLayout(phrased(label.text(), "ja"), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    shown.setTextOption(option)
    shown.beginLayout()
    starts = []
    while (line := shown.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        starts.append(line.textStart())
    shown.endLayout()
    text = shown.text()
    return [len(plain(text[:start])) for start in starts[1:]]


def boundaries(text: str) -> set[int]:
    """Where a line may break: between phrases, or anywhere in a long phrase."""
    allowed, position = set(), 0
    for line in text.split("\n"):
        for phrase in PARSER.parse(line):
            if len(phrase) > MAX_PHRASE:
                allowed |= set(range(position, position + len(phrase)))
            position += len(phrase)
            allowed.add(position)
        position += 1  # the newline
        allowed.add(position)
    return allowed


@pytest.mark.parametrize("terminal", ["clinic", "booth", "portal", "photo"])
def test_no_japanese_line_breaks_inside_a_phrase(qapp, terminal):
    window = open_window(terminal)
    problems = []
    try:
        for sample in samples(terminal):
            show(window, sample.in_language("ja"))
            for label in window.findChildren(PhraseLabel):
                if not label.isVisible() or not label.text():
                    continue
                bad = [start for start in line_starts(label)
                       if start not in boundaries(label.text())]
                problems += [f"{sample.stem}: {label.text()[:start]}／{label.text()[start:]}"
                             for start in bad]
    finally:
        close_window(window)
    assert problems == []
