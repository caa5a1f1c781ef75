"""`kiosk card conform READER` on a card file (memory:) and through pcscd (pcsc:)."""

from __future__ import annotations

import io
import sys

import pytest

from hw.pcsc_reader import PcscCardReader
from hw.vcard.model import BinaryFile
from kiosk.cli.main import main
from tests.cards import AUTH_PIN, CARD_INFO_PIN, MY_NUMBER
from tests.pcsc_support import READER, ServedCard
from tests.slots import card_file

ALL = ["--pin", "--collation-b", "--auth-pin"]


def _typed(monkeypatch, issued) -> None:
    """Credentials piped in one a line, as a script would (stdin is not a terminal)."""
    lines = f"{CARD_INFO_PIN}\n{issued.collation_b}\n{AUTH_PIN}\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))


def test_conform_on_a_card_file_passes_every_check(tmp_path, card_factory, monkeypatch,
                                                   capsys):
    issued = card_factory.issued()
    path = card_file(tmp_path, issued.image)
    _typed(monkeypatch, issued)
    status = main(["card", "conform", f"memory:{path}", *ALL])
    out, err = capsys.readouterr()
    assert status == 0, out
    assert out.splitlines()[-1].endswith(" passed, 0 failed")
    assert "FAIL" not in out
    assert "a wrong one uses a try" in err
    assert MY_NUMBER not in out + err and CARD_INFO_PIN.encode().hex(" ") not in out.lower()


def test_conform_without_credentials_names_what_it_left_out(tmp_path, card_factory, capsys):
    path = card_file(tmp_path, card_factory.issued().image)
    main(["card", "conform", f"memory:{path}"])
    out = capsys.readouterr().out
    assert "not run (need --pin, --collation-b or --auth-pin): text-ef0001" in out
    assert "VERIFY" not in out or "** **" not in out


def test_conform_exits_1_on_a_card_with_a_wrong_ef0001(tmp_path, card_factory, monkeypatch,
                                                       capsys):
    issued = card_factory.issued()
    files = issued.image.application_named("card-info").files
    assert isinstance(files[0x0001], BinaryFile)
    files[0x0001] = BinaryFile(b"\x10\x01\x0c" + MY_NUMBER.encode() + b"\x00\x00",
                               files[0x0001].read_pins)
    path = card_file(tmp_path, issued.image)
    _typed(monkeypatch, issued)
    assert main(["card", "conform", f"memory:{path}", *ALL]) == 1
    assert "FAIL  text-ef0001" in capsys.readouterr().out


def test_conform_rejects_an_unknown_reader(capsys):
    assert main(["card", "conform", "nfc:usb"]) == 2
    assert "known: memory:, pcsc:" in capsys.readouterr().err


@pytest.mark.usefixtures("private_pcscd")
def test_conform_through_pcscd_passes_every_check(private_pcscd, tmp_path, card_factory,
                                                  monkeypatch, capsys):
    issued = card_factory.issued()
    served = ServedCard(private_pcscd, card_file(tmp_path, issued.image))
    try:
        assert PcscCardReader(READER).wait_for_card(5)
        _typed(monkeypatch, issued)
        status = main(["card", "conform", f"pcsc:{READER}", *ALL])
        out = capsys.readouterr().out
        assert status == 0, out
        assert out.splitlines()[-1].endswith(" passed, 0 failed")
    finally:
        served.close()
