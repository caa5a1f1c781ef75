"""The layers stay clean: only ui/ imports Qt; hw/ imports neither Qt nor kiosk/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "pytestqt")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _top(name: str) -> str:
    return name.split(".")[0]


def _python_files(*folders: str) -> list[Path]:
    files = [path for folder in folders for path in (ROOT / folder).rglob("*.py")]
    assert files, f"no Python files found under {folders}"
    return files


def _product_files_outside_ui() -> list[Path]:
    """Every Python file of the project but the UI, the tests and the benchmarks (which drive
    the UI and load the product as a test does)."""
    skipped = {".venv", "ui", "tests", "bench", "build", "dist"}
    files = [path for path in ROOT.rglob("*.py")
             if not skipped & set(path.relative_to(ROOT).parts[:1])]
    assert any(path.parts[-2] == "kiosk" for path in files)
    return files


def _violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.name} imports {name}"
        for path in files
        for name in _imports(path)
        if _top(name) in forbidden
    ]


def test_hw_imports_neither_qt_nor_kiosk():
    assert _violations(_python_files("hw"), (*QT_MODULES, "kiosk", "ui")) == []


def test_nothing_outside_ui_imports_qt():
    assert _violations(_product_files_outside_ui(), QT_MODULES) == []


def test_the_import_check_catches_a_violation(tmp_path):
    offender = tmp_path / "offender.py"
    offender.write_text(
        "import os\n"
        "from PySide6.QtWidgets import QWidget\n"
        "def later():\n"
        "    import kiosk.card\n"
    )
    assert _violations([offender], (*QT_MODULES, "kiosk")) == [
        "offender.py imports PySide6.QtWidgets",
        "offender.py imports kiosk.card",
    ]


# Where hw/ and kiosk/ start threads of their own, and why; threads otherwise live in ui/.
THREAD_OWNERS = {
    "hw/opencv_camera.py": "a camera's reading thread (a driver's read cannot time out)",
    "hw/vpcd_card_server.py": "the virtual card answering pcscd's vpcd driver",
    "kiosk/emulator/served_card.py": "reads the card server's replies",
    "kiosk/cli/serve_command.py": "reads commands while a card is served",
    "kiosk/face/model_thread.py": "the face model's own thread (dlib must run there)",
}


def _starts_threads(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(
                function, "id", "")
            if name in ("Thread", "Timer", "ThreadPoolExecutor", "ProcessPoolExecutor"):
                return True
    return False


def test_threads_outside_ui_are_started_only_where_known():
    starting = {str(path.relative_to(ROOT)) for path in _product_files_outside_ui()
                if _starts_threads(path)}
    assert starting == set(THREAD_OWNERS)
