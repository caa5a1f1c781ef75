"""The Qt application every screen runs in: fonts, translations, one instance."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from ui.fonts import load_fonts
from ui.i18n import compile_translations

# Qt keeps pre-rendered pixmaps (style elements, scaled images) in a cache of 10 MB by
# default, filled over a kiosk's first face sessions: a bounded cache, not a leak, but a
# tenth of the kiosk's memory for repaints that cost microseconds on these screens.
PIXMAP_CACHE_KB = 4 * 1024

# Set on the application once its fonts and translations are in place.
_PREPARED = "kiosk_prepared"


def application() -> QApplication:
    """The application (made once): fonts registered, translations built."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "a QCoreApplication cannot show screens"
    # An application made elsewhere first (a test harness, an embedding program) gets the
    # kiosk's fonts too: without them a screen falls back to whatever Qt finds.
    if not app.property(_PREPARED):
        app.setApplicationName("mynahokensho-kiosk")
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        load_fonts()
        compile_translations()
        app.setProperty(_PREPARED, True)
    return app
