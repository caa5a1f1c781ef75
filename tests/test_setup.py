"""scripts/setup.sh installs only what is missing: ./run (base) and ./test (dev) one after the
other install nothing the second time, and the Debian packages asked for are the missing ones.

The script runs for real on a copy of the project's set-up files, with stubs for what it calls
(the venv's python, dpkg-query, apt-get, sudo) that only write down how they were called.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The venv's python: pip calls are written down, not run (FAIL_PIP makes them fail).
PYTHON_STUB = """#!/bin/sh
echo "$*" >> "$CALLS/python"
[ -z "$FAIL_PIP" ]
"""
# Every package is installed but those in $MISSING.
DPKG_QUERY_STUB = """#!/bin/sh
for package; do :; done
case " $MISSING " in *" $package "*) exit 1 ;; esac
printf 'install ok installed'
"""
RECORDER_STUB = """#!/bin/sh
echo "$*" >> "$CALLS/{name}"
"""
SUDO_STUB = """#!/bin/sh
exec "$@"
"""


def _executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)


class Project:
    """A copy of the set-up files with a stub venv and stub Debian tools."""

    def __init__(self, folder: Path) -> None:
        self.root = folder / "project"
        (self.root / "scripts").mkdir(parents=True)
        for name in ("scripts/setup.sh", "scripts/apt-packages.txt", "pyproject.toml"):
            shutil.copy2(ROOT / name, self.root / name)
        self.venv = self.root / ".venv"
        _executable(self.venv / "bin" / "python", PYTHON_STUB)
        self.bin = folder / "bin"
        _executable(self.bin / "dpkg-query", DPKG_QUERY_STUB)
        _executable(self.bin / "apt-get", RECORDER_STUB.format(name="apt-get"))
        _executable(self.bin / "sudo", SUDO_STUB)
        self.calls = folder / "calls"
        self.calls.mkdir()

    def setup(self, *args: str, missing: str = "", fail_pip: bool = False) -> list[str]:
        """Run setup.sh; the pip commands it ran (the venv python's arguments)."""
        log = self.calls / "python"
        log.unlink(missing_ok=True)
        env = {**os.environ, "PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}",
               "CALLS": str(self.calls), "MISSING": missing,
               "FAIL_PIP": "1" if fail_pip else ""}
        done = subprocess.run([str(self.root / "scripts" / "setup.sh"), *args], env=env,
                              capture_output=True, text=True, timeout=60)
        if fail_pip:
            assert done.returncode != 0
        else:
            assert done.returncode == 0, done.stderr
        return log.read_text().splitlines() if log.exists() else []

    def stamps(self) -> list[str]:
        """The names of the install stamps in the venv."""
        return sorted(path.name for path in self.venv.glob(".installed-*"))


@pytest.fixture
def project(tmp_path) -> Project:
    """A fresh copy of the set-up with nothing installed in its venv."""
    return Project(tmp_path)


def _editable_target(pip_calls: list[str]) -> str:
    """What `pip install -e` was given."""
    [line] = [line for line in pip_calls if " -e " in line]
    return line.split(" -e ", 1)[1]


def test_run_after_test_and_test_after_run_install_nothing(project):
    first = project.setup("dev")  # ./test on a fresh venv
    assert _editable_target(first) == f"{project.root}[dev]"
    assert any("face_recognition==1.3.0" in line for line in first)
    assert project.setup() == []  # ./run: the dev install holds the base packages
    assert project.setup("dev") == []  # ./test again
    assert project.setup() == []
    assert [name.rsplit("-", 1)[1] for name in project.stamps()] == ["dev"]


def test_test_after_run_installs_only_the_dev_extra_once(project):
    first = project.setup()  # ./run on a fresh venv
    assert _editable_target(first) == str(project.root)
    second = project.setup("dev")  # ./test: the test tools are missing
    assert _editable_target(second) == f"{project.root}[dev]"
    assert project.setup() == []  # ./run
    assert project.setup("dev") == []  # ./test
    assert [name.rsplit("-", 1)[1] for name in project.stamps()] == ["base", "dev"]


def test_a_changed_pyproject_installs_again_once(project):
    project.setup("dev")
    project.setup()
    spec = project.root / "pyproject.toml"
    spec.write_text(spec.read_text() + "\n# changed\n")
    assert _editable_target(project.setup()) == str(project.root)
    assert project.setup() == []
    assert _editable_target(project.setup("dev")) == f"{project.root}[dev]"
    assert project.setup("dev") == [] and project.setup() == []
    assert len({name.split("-")[1] for name in project.stamps()}) == 1  # old stamps gone


def test_a_failed_install_is_tried_again(project):
    project.setup(fail_pip=True)
    assert project.stamps() == []
    assert project.setup() != []
    assert project.setup() == []


def test_only_missing_debian_packages_are_installed(project):
    project.setup("dev")
    assert not (project.calls / "apt-get").exists()  # everything there: apt-get not called
    project.setup(missing="speech-dispatcher speech-dispatcher-espeak-ng")
    apt = (project.calls / "apt-get").read_text().splitlines()
    assert apt[0] == "update -qq"
    assert apt[1].split()[-2:] == ["speech-dispatcher", "speech-dispatcher-espeak-ng"]
    assert "--no-install-recommends" in apt[1]
