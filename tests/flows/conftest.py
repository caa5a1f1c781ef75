"""An emulated world per test, copied from the seeded demo home built once per session."""

from __future__ import annotations

import pytest

from kiosk.emulator.demo_home import copy_demo_home
from kiosk.emulator.world import EmulatedWorld


@pytest.fixture
def world(template, shared_engine, tmp_path):
    """A fresh world: the demo's database and cards, nothing changed yet."""
    world = EmulatedWorld(copy_demo_home(template, tmp_path / "home"), shared_engine)
    yield world
    world.close()
