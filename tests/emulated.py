"""Fixtures for tests on the emulated world: one seeded demo home and one face engine."""

from __future__ import annotations

import pytest

from kiosk.emulator.demo_home import build_demo_home, copy_demo_home
from kiosk.emulator.world import EmulatedWorld
from kiosk.face import FaceEngine


@pytest.fixture(scope="session")
def template(tmp_path_factory):
    """The seeded demo home (issuing the cards takes seconds, copying it milliseconds)."""
    return build_demo_home(tmp_path_factory.mktemp("demo") / "home")


@pytest.fixture(scope="session")
def shared_engine():
    """One face engine for every world: its models load once."""
    return FaceEngine()


@pytest.fixture
def world(template, shared_engine, tmp_path):
    """A fresh world: the demo's database and cards, nothing changed yet."""
    world = EmulatedWorld(copy_demo_home(template, tmp_path / "home"), shared_engine)
    yield world
    world.close()
