"""The kiosk's fonts are in place whoever made the Qt application first."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Made by someone else first (pytest-qt's own fixture in another folder, an embedding
# program), the application still gets the fonts every screen is drawn with.
SCRIPT = textwrap.dedent("""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    assert "IPAexGothic" not in QFontDatabase.families()
    from ui.application import application
    assert application() is app
    families = QFontDatabase.families()
    assert "IPAexGothic" in families, families
    assert any(name.startswith("Noto Sans CJK") for name in families), families
    assert app.applicationName() == "mynahokensho-kiosk"
    print("ok")
""")


def test_an_application_made_elsewhere_gets_the_kiosk_fonts():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
