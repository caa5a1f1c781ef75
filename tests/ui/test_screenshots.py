"""`kiosk screenshots DIR`: one PNG per sample screen and language, none blank, and a sample
of every screen each terminal's flow can show."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.eligibility.settings import LANGUAGES
from kiosk.flows.base import Flow
from kiosk.flows.booth import BoothFlow
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.names import ScreenName
from kiosk.flows.photo_booth import PhotoBoothFlow
from kiosk.flows.portal import PortalFlow
from kiosk.flows.reasons import Reason
from ui.sample_screens import MULTILINGUAL, TERMINALS, renderings, samples

ROOT = Path(__file__).resolve().parents[2]
FLOWS = {"clinic": ClinicFlow, "booth": BoothFlow, "portal": PortalFlow,
         "photo": PhotoBoothFlow}
NAME = re.compile(r"^[a-z]+-[a-z_]+(-[a-z_]+)*-(ja|en|zh|ko|es|pt)\.png$")
STAFF = "staff-receptions-ja.png"  # the staff screen, with demo receptions behind it


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The folder `kiosk screenshots DIR` rendered into (run as a command, offscreen)."""
    folder = tmp_path_factory.mktemp("screenshots")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "KIOSK_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
         "screenshots", str(folder)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"{len(expected_names())} screenshots written to {folder}"
    return folder


def expected_names() -> set[str]:
    return {f"{sample.stem}-{language}.png"
            for terminal in TERMINALS for sample, language in renderings(terminal)} | {STAFF}


def screens_shown_by(flow: type[Flow]) -> set[ScreenName]:
    """Every screen the flow declares it shows (a flow refuses to show any other)."""
    return {screen.name for screen in flow.SCREENS}


def test_the_command_writes_one_png_per_sample_and_language(rendered):
    written = {path.name for path in rendered.iterdir()}
    assert written == expected_names()
    assert all(NAME.match(name) for name in written), sorted(
        name for name in written if not NAME.match(name))


def test_every_language_for_each_terminals_first_and_error_screen(rendered):
    for terminal, stems in MULTILINGUAL.items():
        assert len(stems) == 2 and all(stem.startswith(f"{terminal}-") for stem in stems)
        for stem in stems:
            for language in LANGUAGES:
                assert (rendered / f"{stem}-{language}.png").is_file()


def test_no_screenshot_is_blank(rendered):
    blank = []
    for path in sorted(rendered.iterdir()):
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        assert not image.isNull(), path.name
        pixels = bytes(image.constBits())
        if pixels == pixels[:4] * (len(pixels) // 4):
            blank.append(path.name)
    assert blank == []


@pytest.mark.parametrize("terminal", TERMINALS)
def test_sample_stems_are_unique(terminal):
    stems = [sample.stem for sample in samples(terminal)]
    assert len(stems) == len(set(stems))


@pytest.mark.parametrize("terminal", TERMINALS)
def test_every_screen_the_flow_shows_has_a_sample(terminal):
    shown = screens_shown_by(FLOWS[terminal])
    sampled = {sample.screen.name for sample in samples(terminal)}
    assert shown - sampled == set(), "screens without a sample"
    assert sampled - shown == set(), "samples of screens this flow never shows"


def test_the_declarations_name_what_the_flows_show():
    assert {ScreenName.STANDBY, ScreenName.FACE_CAPTURE, ScreenName.RESULT,
            ScreenName.INACTIVITY_WARNING, ScreenName.SYSTEM_ERROR} <= screens_shown_by(
        ClinicFlow)
    booth = screens_shown_by(BoothFlow)
    assert ScreenName.LANGUAGE in booth and ScreenName.STANDBY not in booth
    portal = screens_shown_by(PortalFlow)
    assert ScreenName.STATUS in portal and ScreenName.LANGUAGE not in portal


def test_every_reason_is_on_some_sample():
    seen = set()
    for terminal in TERMINALS:
        for sample in samples(terminal):
            seen.add(sample.screen.reason)
            seen |= {Reason(code) for code in sample.screen.details.get("warnings", ())}
    assert set(Reason) - seen == set()
