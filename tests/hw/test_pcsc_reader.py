"""The `pcsc:` reader through a real, private pcscd: insertion, removal, failures, recovery."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from hw.pcsc_reader import INSTALL_HINT, PcscCardReader, load_scard
from hw.reader import CardRemovedError, ReaderUnavailableError
from hw.readers import open_reader
from tests.pcsc_support import READER, ServedCard
from tests.slots import card_file

SELECT_JPKI = bytes.fromhex("00A4040C0AD392F000260100000001")


@pytest.fixture
def served(private_pcscd, card_factory, tmp_path):
    card = ServedCard(private_pcscd, card_file(tmp_path, card_factory.issued().image))
    yield card
    card.close()


def test_lists_the_private_readers(private_pcscd):
    assert PcscCardReader().list_readers() == [f"{READER[:-6]} 00 00", f"{READER[:-6]} 00 01"]


def test_pcsc_path_opens_a_reader_by_name_prefix(private_pcscd, served):
    reader = open_reader("pcsc:Kiosk virtual")
    assert reader.wait_for_card(5)
    assert reader.connect() == bytes.fromhex("3BE000FF8131FE4514")
    assert reader.name == READER
    reader.disconnect()


def test_unknown_reader_names_the_known_ones(private_pcscd):
    with pytest.raises(ReaderUnavailableError, match=r"no PC/SC reader matches 'Desk 9'.*00 00"):
        PcscCardReader("Desk 9").wait_for_card(0.1)


def test_waits_end_at_their_timeout(private_pcscd):
    reader = PcscCardReader(READER)
    started = time.monotonic()
    assert reader.wait_for_card(0.3) is False
    assert 0.25 < time.monotonic() - started < 2
    assert reader.wait_for_removal(0.1) is True


def test_insertion_and_removal_are_seen(private_pcscd, served):
    reader = PcscCardReader(READER)
    assert reader.wait_for_card(5)
    reader.connect()
    assert reader.transmit(SELECT_JPKI) == b"\x90\x00"
    served.remove()
    assert reader.wait_for_removal(5)
    with pytest.raises(CardRemovedError):
        reader.transmit(SELECT_JPKI)
    served.insert()
    assert reader.wait_for_card(5)
    reader.connect()
    assert reader.transmit(SELECT_JPKI) == b"\x90\x00"
    reader.disconnect()


def test_recovers_after_pcscd_restarts(private_pcscd, served):
    reader = PcscCardReader(READER)
    assert reader.wait_for_card(5)
    reader.connect()
    private_pcscd.stop_pcscd()
    with pytest.raises(ReaderUnavailableError, match="sending a command"):
        reader.transmit(SELECT_JPKI)
    with pytest.raises(ReaderUnavailableError, match="is pcscd running"):
        reader.wait_for_card(0.1)  # no service: said at once, not after the timeout
    private_pcscd.start_pcscd()
    served.expect("card inserted")  # the card server found the new pcscd by itself
    assert reader.wait_for_card(5)
    reader.connect()
    assert reader.transmit(SELECT_JPKI) == b"\x90\x00"
    reader.disconnect()


def test_recovers_after_the_reader_is_plugged_back(private_pcscd):
    reader = PcscCardReader(READER)
    reader.wait_for_card(0.05)
    try:
        private_pcscd.unplug_reader()
        with pytest.raises(ReaderUnavailableError, match="readers: none"):
            reader.wait_for_card(0.1)
    finally:
        private_pcscd.plug_reader()
    assert reader.wait_for_card(0.1) is False  # the reader is back, still empty


def test_missing_pyscard_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "smartcard", None)
    with pytest.raises(ReaderUnavailableError, match="pip install pyscard") as error:
        load_scard()
    assert INSTALL_HINT in str(error.value)


def test_private_pcscd_starts_for_an_ordinary_user(tmp_path):
    """The fixture needs no root: start one as `nobody` when these tests run as root."""
    if os.geteuid() != 0:
        from hw.private_pcscd import PrivatePcscd

        with PrivatePcscd(tmp_path / "lab", port=36963) as lab:
            assert lab.socket_path.exists()
        return
    source = Path(__file__).resolve().parents[2] / "hw" / "private_pcscd.py"
    work = Path(tempfile.mkdtemp(prefix="pcscd-nobody-"))
    try:
        shutil.copy(source, work / "private_pcscd.py")
        os.chmod(work, 0o777)
        script = (
            "import os, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);\n"
            "from private_pcscd import PrivatePcscd\n"
            "with PrivatePcscd(Path(sys.argv[1]) / 'lab', port=36963) as lab:\n"
            "    print(os.geteuid(), lab.socket_path.exists())\n"
        )
        python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
             "--bounding-set=-all", python, "-c", script, str(work)],
            capture_output=True, text=True, timeout=60, cwd=work)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.split() == ["65534", "True"]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_missing_pcscd_fails_with_what_to_install(tmp_path, monkeypatch):
    from hw import private_pcscd

    monkeypatch.setattr(private_pcscd.shutil, "which", lambda _tool, path=None: None)
    monkeypatch.setattr(private_pcscd, "VPCD_DRIVER", tmp_path / "libifdvpcd.so")
    with pytest.raises(private_pcscd.PcscdLabError,
                       match=r"missing pcscd.*install the Debian packages pcscd vsmartcard-vpcd"):
        private_pcscd.PrivatePcscd(tmp_path / "lab").start()
