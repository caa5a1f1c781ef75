"""The Qt application every screen runs in: fonts, translations, one instance."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.fonts import load_fonts
from ui.i18n import compile_translations


def application() -> QApplication:
    """The application (made once): fonts registered, translations built."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("mynahokensho-kiosk")
        load_fonts()
        compile_translations()
    return app
