"""Selection tracking and whole-file reads of CardSession."""

from __future__ import annotations

import pytest

from hw.scripted_reader import ScriptedCardReader
from kiosk.card.applications import Application, FileId
from kiosk.card.errors import FileNotFound, MalformedAnswer
from kiosk.card.session import CardSession
from tests.kiosk.card.card_data import OK, SELECT_CARD_FACE, SELECT_JPKI, ok, read, select_ef

DATA = bytes(range(256)) * 8


def session_with(steps: list) -> tuple[CardSession, ScriptedCardReader]:
    reader = ScriptedCardReader(steps)
    return CardSession(reader), reader


def test_select_skips_what_is_already_selected() -> None:
    session, reader = session_with(
        [
            (SELECT_JPKI, OK),
            (select_ef(0x000A), OK),
            (select_ef(0x000B), OK),
            (SELECT_CARD_FACE, OK),
        ]
    )
    session.select(Application.JPKI, FileId(0x000A))
    session.select(Application.JPKI, FileId(0x000A))
    session.select(Application.JPKI, FileId(0x000B))
    session.select_application(Application.JPKI)
    session.select_application(Application.CARD_FACE)
    reader.assert_done()


def test_a_failed_select_is_sent_again() -> None:
    session, reader = session_with(
        [
            (SELECT_JPKI, "6A 82"),
            (SELECT_JPKI, OK),
            (select_ef(0x0001), "6A82"),
            (select_ef(0x0001), OK),
        ]
    )
    with pytest.raises(FileNotFound):
        session.select_application(Application.JPKI)
    session.select_application(Application.JPKI)
    with pytest.raises(FileNotFound):
        session.select(Application.JPKI, FileId(0x0001))
    session.select(Application.JPKI, FileId(0x0001))
    reader.assert_done()


@pytest.mark.parametrize(("length", "command"), [(1, "00 B0 00 10 01"), (256, "00 B0 00 10 00")])
def test_short_reads(length: int, command: str) -> None:
    session, reader = session_with([(command, ok(DATA[:length]))])
    assert session.read(length, offset=0x10) == DATA[:length]
    reader.assert_done()


def test_long_read_is_one_extended_read() -> None:
    session, reader = session_with([("00 B0 00 05 00 07 FB", ok(DATA[:2043]))])
    assert session.read(2043, offset=5) == DATA[:2043]
    reader.assert_done()


def test_6700_to_extended_le_falls_back_to_short_chunks() -> None:
    steps = [
        ("00 B0 00 05 00 02 01", "67 00"),
        (read(5, 256), ok(DATA[5:261])),
        (read(261, 256), ok(DATA[261:517])),
        (read(517, 1), ok(DATA[517:518])),
    ]
    session, reader = session_with(steps)
    assert session.read(513, offset=5) == DATA[5:518]
    reader.assert_done()


@pytest.mark.parametrize(
    "answer", [b"\x00" * 10 + b"\x90\x00", b"\x00" * 12 + b"\x90\x00", "62 82"]
)
def test_read_of_the_wrong_size_is_malformed(answer: bytes | str) -> None:
    session, _ = session_with([(read(0, 11), answer)])
    with pytest.raises(MalformedAnswer):
        session.read(11)


@pytest.mark.parametrize(("length", "offset"), [(0, 0), (0x8001, 0), (2, 0x7FFF), (-1, 0)])
def test_reads_beyond_the_limits_send_nothing(length: int, offset: int) -> None:
    session, reader = session_with([])
    with pytest.raises(MalformedAnswer):
        session.read(length, offset)
    assert reader.sent == []
