"""The layers stay clean: only ui/ imports Qt; hw/ imports neither Qt nor kiosk/; threads
start only in the modules listed here."""

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


def _product_files(*, ui: bool = True) -> list[Path]:
    """Every Python file of the project but the tests and the benchmarks (which drive the UI
    and load the product as a test does); without the UI's when `ui` is False."""
    skipped = {"tests", "bench", "build", "dist"} | (set() if ui else {"ui"})
    files: list[Path] = []
    for entry in ROOT.iterdir():
        if entry.name in skipped or entry.name.startswith("."):  # .venv, .git, caches
            continue
        if entry.is_dir():
            files += entry.rglob("*.py")
        elif entry.suffix == ".py":
            files.append(entry)
    assert {"kiosk", "hw"} | ({"ui"} if ui else set()) <= {
        path.relative_to(ROOT).parts[0] for path in files}
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
    assert _violations(_product_files(ui=False), QT_MODULES) == []


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


# Every module that starts a thread, and why. Threads belong in ui/ (one per device, the
# database, face work); hw/ and kiosk/ start one only where nothing else will do.
THREAD_OWNERS = {
    "hw/opencv_camera.py": "a camera's reading thread (a driver's read cannot time out)",
    "hw/vpcd_card_server.py": "the virtual card answering pcscd's vpcd driver",
    "kiosk/cli/serve_command.py": "reads commands from stdin while a card is served",
    "kiosk/emulator/served_card.py": "reads the output of a `kiosk card serve` process",
    "kiosk/face/engine.py": "loads the face model and runs its self-test in the background",
    "kiosk/oqs/file_writer.py": "face files are written apart from the flow: a hung share "
                                "never holds a patient (flows run headless too)",
    "kiosk/oqs/web_api/server.py": "the OQS Web API serves each request on a thread of its own",
    "ui/card_watcher.py": "polls the reader's slot for cards placed and removed",
    "ui/preview_camera.py": "captures for the preview at the camera's rate, apart from faces",
    "ui/qa/jobs.py": "the QA panel's one-thread pool (database, card files, scenarios)",
    "ui/speech.py": "voice guidance speaks off the GUI thread",
    "ui/thread_worker.py": "the flow's and the staff screen's workers (devices, database)",
}
# What starts a thread when called or subclassed, by qualified name; Qt's under "Qt." for
# whichever binding imports it.
THREAD_STARTERS = frozenset({
    "threading.Thread", "threading.Timer", "_thread.start_new_thread", "_thread.start_new",
    "concurrent.futures.ThreadPoolExecutor", "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.thread.ThreadPoolExecutor",
    "concurrent.futures.process.ProcessPoolExecutor",
    "multiprocessing.Pool", "multiprocessing.pool.Pool", "multiprocessing.pool.ThreadPool",
    "multiprocessing.dummy.Pool", "asyncio.to_thread",
    "socketserver.ThreadingMixIn", "socketserver.ThreadingTCPServer",
    "socketserver.ThreadingUDPServer", "http.server.ThreadingHTTPServer",
    "Qt.QtCore.QThread", "Qt.QtCore.QThread.create",
    "Qt.QtCore.QThreadPool", "Qt.QtCore.QThreadPool.globalInstance",
    "Qt.QtConcurrent.QtConcurrent.run",
})
# Methods that start a thread whatever they are called on (an event loop's executor).
THREAD_METHODS = frozenset({"run_in_executor"})


def _bound_names(tree: ast.Module) -> dict[str, str]:
    """What each imported name stands for: `t` -> `threading`, `QThread` ->
    `PySide6.QtCore.QThread`."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    names[_top(alias.name)] = _top(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _qualified(node: ast.expr, names: dict[str, str]) -> str | None:
    """`t.Thread` -> `threading.Thread`; None for what no import names."""
    attributes = []
    while isinstance(node, ast.Attribute):
        attributes.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in names:
        return None
    top, _, rest = ".".join([names[node.id], *reversed(attributes)]).partition(".")
    return f"Qt.{rest}" if top in QT_MODULES else f"{top}.{rest}"


def _thread_starts(path: Path) -> list[str]:
    """Where `path` starts threads: each call of a starter and each class built on one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = _bound_names(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _qualified(node.func, names)
            if name in THREAD_STARTERS:
                found.append((node.lineno, f"{name}()"))
            elif isinstance(node.func, ast.Attribute) and node.func.attr in THREAD_METHODS:
                found.append((node.lineno, f".{node.func.attr}()"))
        elif isinstance(node, ast.ClassDef):
            found += [(node.lineno, f"class {node.name}({name})")
                      for name in (_qualified(base, names) for base in node.bases)
                      if name in THREAD_STARTERS]
    return [f"line {line}: {what}" for line, what in sorted(found)]


def test_threads_start_only_where_known():
    starts = {str(path.relative_to(ROOT)): found for path in _product_files()
              if (found := _thread_starts(path))}
    unknown = {path: found for path, found in starts.items() if path not in THREAD_OWNERS}
    assert not unknown, ("threads started in modules THREAD_OWNERS does not list (add each "
                         f"with its reason; outside ui/, only if ui/ cannot own it): {unknown}")
    gone = sorted(set(THREAD_OWNERS) - set(starts))
    assert not gone, f"THREAD_OWNERS lists modules that start no thread any more: {gone}"


def test_the_thread_check_catches_each_way_of_starting_one(tmp_path):
    offender = tmp_path / "offender.py"
    offender.write_text(
        "import threading as t\n"
        "import concurrent.futures\n"
        "from asyncio import to_thread\n"
        "from PySide6.QtCore import QThread, QThreadPool\n"
        "t.Thread(target=print).start()\n"
        "pool = concurrent.futures.ThreadPoolExecutor(1)\n"
        "class Watcher(QThread):\n"
        "    pass\n"
        "QThreadPool.globalInstance().start(job)\n"
        "to_thread(print)\n"
        "loop.run_in_executor(None, print)\n"
    )
    assert _thread_starts(offender) == [
        "line 5: threading.Thread()",
        "line 6: concurrent.futures.ThreadPoolExecutor()",
        "line 7: class Watcher(Qt.QtCore.QThread)",
        "line 9: Qt.QtCore.QThreadPool.globalInstance()",
        "line 10: asyncio.to_thread()",
        "line 11: .run_in_executor()",
    ]
    innocent = tmp_path / "innocent.py"
    innocent.write_text(
        "import threading\n"
        "from PySide6.QtCore import QThread, QTimer\n"
        "stop = threading.Event()\n"
        "worker: threading.Thread | None = None\n"
        "QThread.currentThread().quit()\n"
        "QTimer().start(100)\n"
        "isinstance(worker, threading.Thread)\n"
    )
    assert _thread_starts(innocent) == []
