"""Japanese and Chinese lines break between phrases, never inside a word (BudouX).

Qt breaks CJK text between any two characters, so a centred sentence on a narrow screen
read 同意／しますか or 利用登／録. BudouX (Google's phrase segmenter, a small model with no
dictionary) finds the phrase boundaries; a WORD JOINER (U+2060, drawn as nothing) between
the characters of each phrase keeps Qt from breaking inside it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import budoux

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
# A phrase longer than this (a long number, a run of Latin text) keeps its own break
# opportunities: held together it could be wider than the screen.
MAX_PHRASE = 14

_PARSERS: dict[str, Callable[[], budoux.Parser]] = {
    "ja": budoux.load_default_japanese_parser,
    "zh": budoux.load_default_simplified_chinese_parser,
}


@functools.cache
def _parser(language: str) -> budoux.Parser | None:
    load = _PARSERS.get(language)
    return load() if load is not None else None


@functools.lru_cache(maxsize=2048)  # the same screens' sentences come back all day
def phrased(text: str, language: str) -> str:
    """`text` with every short phrase held together on one line (ja and zh; other
    languages break at spaces already and come back unchanged)."""
    parser = _parser(language)
    if parser is None or not text:
        return text
    lines = []
    for line in text.split("\n"):
        phrases = parser.parse(line)
        lines.append("".join(_held(phrase) if len(phrase) <= MAX_PHRASE else phrase
                             for phrase in phrases))
    return "\n".join(lines)


def _held(phrase: str) -> str:
    # Qt breaks after a space whatever follows it: a space inside a phrase (あと 2 回)
    # becomes a no-break space, of the same width.
    return WORD_JOINER.join(phrase.replace(" ", NO_BREAK_SPACE))


def plain(text: str) -> str:
    """`text` as `phrased` had it: without the joiners, with its spaces."""
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")
