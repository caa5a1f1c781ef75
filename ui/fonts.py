"""Fonts: IPAexGothic ships with the kiosk for Japanese; Noto Sans CJK adds Chinese and Korean."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from kiosk import paths

log = logging.getLogger(__name__)

# Debian's fonts-noto-cjk (installed by scripts/setup.sh); a packaged kiosk carries a copy.
NOTO_CJK_FILES = (
    paths.assets_dir() / "fonts" / "NotoSansCJK-Regular.ttc",
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
)
JAPANESE = "IPAexGothic"
# Simplified Chinese and Korean need glyphs a Japanese font lacks.
_FAMILIES = {"zh": ["Noto Sans CJK SC", JAPANESE], "ko": ["Noto Sans CJK KR", JAPANESE]}


def load_fonts() -> list[str]:
    """Register the fonts with Qt (once per application); the families loaded."""
    loaded = []
    for path in (paths.font_path(), *NOTO_CJK_FILES):
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        loaded += QFontDatabase.applicationFontFamilies(font_id)
        if path.name.startswith("NotoSansCJK"):
            break  # one copy is enough
    if not any(name.startswith("Noto Sans CJK") for name in loaded):
        log.warning("Noto Sans CJK is missing: Chinese and Korean screens will lack glyphs "
                    "(install the Debian package fonts-noto-cjk)")
    return loaded


def families_for(language: str) -> list[str]:
    """The font families to draw `language` with, best first."""
    return _FAMILIES.get(language, [JAPANESE])


def font_for(language: str, point_size: float) -> QFont:
    """The screen font for `language`."""
    font = QFont()
    font.setFamilies(families_for(language))
    font.setPointSizeF(point_size)
    return font
