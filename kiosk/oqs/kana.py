"""Names as the interface writes them: full width with an ideographic space, kana half width."""

from __future__ import annotations

import unicodedata

_VOICED = "\u3099"  # combining dakuten
_SEMI_VOICED = "\u309a"  # combining handakuten
_HALF_VOICED = "ﾞ"
_HALF_SEMI_VOICED = "ﾟ"


def _half_table() -> dict[str, str]:
    table = {unicodedata.normalize("NFKC", half): half
             for half in map(chr, range(0xFF61, 0xFFA0))}
    table.update({"ヰ": "ｲ", "ヱ": "ｴ", "ヮ": "ﾜ", "ヵ": "ｶ", "ヶ": "ｹ", "　": " ",
                  "\u309b": _HALF_VOICED, "\u309c": _HALF_SEMI_VOICED})
    return table


_HALF = _half_table()


def _katakana(char: str) -> str:
    # Hiragana sit 0x60 below their katakana.
    return chr(ord(char) + 0x60) if "ぁ" <= char <= "ゖ" or char in "ゝゞ" else char


def half_width_kana(text: str) -> str:
    """Katakana (or hiragana) as half-width katakana; other characters as they are."""
    out = []
    for char in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text)):
        if char == _VOICED:
            out.append(_HALF_VOICED)
        elif char == _SEMI_VOICED:
            out.append(_HALF_SEMI_VOICED)
        else:
            char = _katakana(char)
            out.append(_HALF.get(char, char))
    return "".join(out)


def full_name(family: str, given: str) -> str:
    """Family and given names joined by an ideographic space (診療　太郎)."""
    return "\u3000".join(part.strip() for part in (family, given) if part.strip())


def kana_name(family: str, given: str) -> str:
    """Half-width kana of family and given names joined by an ASCII space (ｼﾝﾘｮｳ ﾀﾛｳ)."""
    return " ".join(half_width_kana(part.strip()) for part in (family, given) if part.strip())
