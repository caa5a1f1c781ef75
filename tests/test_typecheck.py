"""mypy runs as part of the tests, over kiosk/ and hw/ (pyproject.toml's [tool.mypy])."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_nothing():
    assert importlib.util.find_spec("mypy"), "mypy is not installed: run ./test, which installs it"
    # Settings from pyproject.toml; the cache is mypy's own .mypy_cache, which git ignores.
    result = subprocess.run([sys.executable, "-m", "mypy", "kiosk", "hw"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
