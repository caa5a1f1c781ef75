"""The card side of the vpcd protocol, byte for byte, against a fake vpcd on loopback."""

from __future__ import annotations

import socket
import time

import pytest

from hw import vpcd_card_server
from hw.vcard.card import VirtualCard
from hw.vpcd_card_server import RemoteHostRefused, VpcdCardServer, check_host

ATR = bytes.fromhex("3BE000FF8131FE4514")
SELECT_JPKI = bytes.fromhex("00A4040C0AD392F000260100000001")


class FakeVpcd:
    """The reader side: listens like vpcd and speaks length-prefixed frames."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(5)
        self.port = self.listener.getsockname()[1]
        self.conn: socket.socket | None = None

    def accept(self) -> None:
        self.conn, _ = self.listener.accept()
        self.conn.settimeout(5)

    def send(self, payload: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(len(payload).to_bytes(2, "big") + payload)

    def receive(self) -> bytes | None:
        assert self.conn is not None
        header = self.conn.recv(2)
        if not header:
            return None
        size = int.from_bytes(header, "big")
        body = b""
        while len(body) < size:
            body += self.conn.recv(size - len(body))
        return body

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.listener.close()


@pytest.fixture
def vpcd():
    fake = FakeVpcd()
    yield fake
    fake.close()


@pytest.fixture
def events():
    return []


@pytest.fixture
def server(card_factory, vpcd, events):
    made = VpcdCardServer(VirtualCard(card_factory.issued().image), "127.0.0.1", vpcd.port,
                          on_event=events.append)
    made.insert()
    vpcd.accept()
    assert made.wait_connected(5)
    yield made
    made.remove()


def test_controls_and_apdus_on_the_wire(server, vpcd):
    vpcd.send(b"\x01")  # power on: no answer
    vpcd.send(b"\x04")  # get ATR
    assert vpcd.receive() == ATR
    vpcd.send(SELECT_JPKI)
    assert vpcd.receive() == b"\x90\x00"
    vpcd.send(b"\x02")  # reset: no answer
    vpcd.send(bytes.fromhex("00B0000004"))
    assert vpcd.receive() == b"\x69\x86"  # nothing selected after the reset
    vpcd.send(b"\x00")  # power off
    vpcd.send(b"\x04")
    assert vpcd.receive() == ATR


def test_no_nagle_stall(server):
    sock = server._socket
    assert sock is not None
    assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_remove_closes_the_connection(server, vpcd, events):
    server.remove()
    assert vpcd.receive() is None
    assert events == ["inserted", "removed"]
    assert not server.connected


def test_pull_mid_command_closes_without_an_answer(server, vpcd, events):
    vpcd.send(b"\x01")
    server.pull_during_next_command()
    vpcd.send(SELECT_JPKI)
    assert vpcd.receive() is None
    # The server reports the removal just after closing the socket: give it a moment.
    deadline = time.monotonic() + 5
    while events[-1:] != ["removed"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert events == ["inserted", "removed"]


def test_reconnects_when_the_reader_goes_away(server, vpcd, events):
    assert vpcd.conn is not None
    vpcd.conn.close()  # pcscd stopped
    vpcd.accept()  # ...and came back
    assert server.wait_connected(5)
    vpcd.send(b"\x04")
    assert vpcd.receive() == ATR
    assert events[:3] == ["inserted", "reader gone", "inserted"]


def test_destroyed_chip_has_no_valid_atr(card_factory, vpcd):
    image = card_factory.issued().image
    image.chip = image.chip.DESTROYED
    destroyed = VpcdCardServer(VirtualCard(image), "127.0.0.1", vpcd.port)
    destroyed.insert()
    vpcd.accept()
    vpcd.send(b"\x01")
    vpcd.send(b"\x04")
    assert vpcd.receive() == vpcd_card_server.MUTE_ATR
    destroyed.remove()


def test_reinsert_waits_for_the_reader_to_notice_the_removal(server, monkeypatch):
    slept = []
    server.remove()
    monkeypatch.setattr(vpcd_card_server.time, "sleep", slept.append)
    server.insert()
    assert slept and 0 < slept[0] <= vpcd_card_server.REINSERT_GAP_S
    server.remove()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_loopback_hosts_are_allowed(host):
    check_host(host, allow_remote=False)


def test_remote_hosts_need_permission():
    with pytest.raises(RemoteHostRefused, match="--allow-remote"):
        check_host("192.0.2.10", allow_remote=False)
    check_host("192.0.2.10", allow_remote=True)
