"""Test-wide settings: Qt offscreen, a private data directory, shared test cards."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to render offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.cards import CardFactory


@pytest.fixture(scope="session")
def card_factory() -> CardFactory:
    """Test cards issued once per session by one test authority."""
    return CardFactory()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory; nothing touches the user's."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
