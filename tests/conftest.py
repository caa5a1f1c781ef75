"""Test-wide settings: Qt offscreen, a private data directory, shared test cards."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to render offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hw.private_pcscd import PrivatePcscd
from tests.cards import CardFactory


@pytest.fixture(scope="session")
def card_factory() -> CardFactory:
    """Test cards issued once per session by one test authority."""
    return CardFactory()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory; nothing touches the user's."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def private_pcscd(tmp_path_factory):
    """One private pcscd for the session: libpcsclite reads its socket path once per process.

    Fails, never skips, when pcscd or the vpcd driver is missing: ./test installs them.
    """
    lab = PrivatePcscd(tmp_path_factory.mktemp("pcscd"))
    lab.start()
    os.environ.update(lab.client_environment)
    yield lab
    lab.stop()


@pytest.fixture(params=["memory", "pcsc"])
def slot(request):
    """A reader slot; tests using it run on the in-process reader and through pcscd."""
    from tests.slots import MemorySlot, PcscSlot

    if request.param == "memory":
        made = MemorySlot()
    else:
        made = PcscSlot(request.getfixturevalue("private_pcscd"))
    yield made
    made.close()
