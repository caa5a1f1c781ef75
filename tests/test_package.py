"""The PyInstaller package (kiosk.spec): built once per session, run outside the source tree.

Slow: the build takes one to two minutes on the 2-core machine. It fails, never skips,
when PyInstaller is missing.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT = 15 * 60
# A clinic scenario that goes through the face camera (the holder in front of it).
FACE_SCENARIO = "clinic-registered-face.toml"
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@dataclass
class Package:
    folder: Path  # dist/kiosk
    build_seconds: float

    @property
    def executable(self) -> Path:
        return self.folder / "kiosk"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@pytest.fixture(scope="session")
def package(tmp_path_factory) -> Package:
    """The package, built by scripts/build-package.sh into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: install the dev extra with "
                    f"'{ROOT}/.venv/bin/pip install -e \"{ROOT}[dev]\"' "
                    "(or 'scripts/setup.sh dev')", pytrace=False)
    out = tmp_path_factory.mktemp("package")
    start = time.monotonic()
    built = subprocess.run([str(ROOT / "scripts" / "build-package.sh"), str(out / "dist"),
                            str(out / "work")], cwd=ROOT, capture_output=True, text=True,
                           timeout=BUILD_TIMEOUT)
    seconds = time.monotonic() - start
    assert built.returncode == 0, f"the build failed:\n{built.stdout[-3000:]}\n" \
                                  f"{built.stderr[-5000:]}"
    print(f"\npackage built in {seconds:.0f} s: {built.stdout.strip().splitlines()[-1]}")
    return Package(out / "dist" / "kiosk", seconds)


def run_packaged(package: Package, tmp_path: Path, *args: str,
                 timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the packaged kiosk from an empty folder with a fresh data directory and an
    environment holding nothing of this one (no PYTHONPATH, no virtualenv, no display)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run([str(package.executable), *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=timeout)


def test_the_package_holds_what_the_kiosk_reads_at_run_time(package):
    internal = package.internal
    assert package.executable.is_file()
    for needed in ("assets/fonts/ipaexg.ttf", "assets/personas/demo.json",
                   f"assets/scenarios/{FACE_SCENARIO}", "migrations/env.py",
                   "face_recognition_models/models/dlib_face_recognition_resnet_model_v1.dat"):
        assert (internal / needed).is_file(), needed
    migrations = {p.name for p in (ROOT / "migrations" / "versions").glob("*.py")}
    assert {p.name for p in (internal / "migrations" / "versions").glob("*.py")} == migrations
    translations = {p.stem for p in (ROOT / "ui" / "translations").glob("kiosk_*.ts")}
    assert {p.stem for p in (internal / "ui" / "translations").glob("*.qm")} == translations
    if NOTO_CJK.exists():
        assert (internal / "assets" / "fonts" / NOTO_CJK.name).is_file()
    # Qt modules the kiosk never uses stay out.
    qt = internal / "PySide6"
    assert not list(qt.glob("QtWebEngine*")) and not list(qt.glob("Qt3D*"))
    assert not list(qt.glob("QtCharts*")) and not list(qt.glob("QtQuick3D*"))


def test_a_face_scenario_passes_from_the_package(package, tmp_path):
    scenario = package.internal / "assets" / "scenarios" / FACE_SCENARIO
    assert 'camera = "holder"' in scenario.read_text(encoding="utf-8")
    start = time.monotonic()
    result = run_packaged(package, tmp_path, "scenario", "run", str(scenario), "--steps")
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 of 1 scenarios passed" in result.stdout
    assert "ok   step 2 choose_face -> consent" in result.stdout
    # The scenario's demo site (database, cards) lives in TMPDIR, not beside the program.
    assert not list((tmp_path / "cwd").iterdir())
    assert not list(package.folder.rglob("*.db"))
    print(f"\nscenario from the package: {seconds:.1f} s")


def test_qt_loads_offscreen_in_the_package(package, tmp_path):
    helped = run_packaged(package, tmp_path, "--help", timeout=60)
    assert helped.returncode == 0, helped.stderr
    assert "scenario" in helped.stdout and "screenshots" in helped.stdout

    shutil.rmtree(tmp_path / "cwd")
    shots = tmp_path / "shots"
    start = time.monotonic()
    result = run_packaged(package, tmp_path, "screenshots", str(shots))
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stdout + result.stderr
    written = {p.name for p in shots.glob("*.png")}
    assert {"clinic-standby-ja.png", "clinic-standby-zh.png", "clinic-standby-ko.png",
            "clinic-standby-en.png"} <= written
    # The packaged fonts and translations were found.
    assert "no translation for" not in result.stderr
    assert "Noto Sans CJK is missing" not in result.stderr
    print(f"\n{len(written)} screenshots from the package: {seconds:.1f} s")
