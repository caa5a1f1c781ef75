"""A virtual card in a real reader slot: serves a VirtualCard to pcscd's vpcd driver over TCP.

vpcd (vsmartcard) is a pcscd reader driver whose card is whatever program connects to its
port. Every message either way is a 2-byte big-endian length and that many bytes. From the
reader, one byte is a control (0 power off, 1 power on, 2 reset, 4 get ATR: answered with
the ATR); more bytes are a command APDU, answered with the response APDU. A closed
connection is a removed card.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable

from hw.vcard.card import VirtualCard

log = logging.getLogger(__name__)

DEFAULT_PORT = 35963
# pcscd polls a vpcd slot about every 400 ms; a card out and back in within one poll is
# never seen as removed, so a re-insert waits longer than that.
REINSERT_GAP_S = 0.6
_RETRY_S = 0.2
# A silent chip: no valid ATR (TS must be 3B or 3F), so pcscd sees a mute card.
MUTE_ATR = b"\x00"

_POWER_OFF, _POWER_ON, _RESET, _GET_ATR = 0, 1, 2, 4


class RemoteHostRefused(ValueError):
    """The host is not a loopback address and remote hosts were not allowed."""


def check_host(host: str, allow_remote: bool) -> None:
    """Refuse a non-loopback host unless `allow_remote`."""
    if allow_remote:
        return
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except socket.gaierror as error:
        raise RemoteHostRefused(f"cannot resolve {host}: {error.strerror}") from None
    if not all(ipaddress.ip_address(address.split("%")[0]).is_loopback for address in addresses):
        raise RemoteHostRefused(f"{host} is not a loopback address; pass --allow-remote to "
                                "serve the card to a reader on another machine")


class VpcdCardServer:
    """Keeps one card in a vpcd slot, reconnecting when pcscd restarts, until removed."""

    def __init__(self, card: VirtualCard, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 on_event: Callable[[str], None] | None = None) -> None:
        self.card = card
        self.host, self.port = host, port
        self._on_event = on_event or (lambda _event: None)
        self._lock = threading.Lock()
        self._inserted = False
        self._socket: socket.socket | None = None
        self._pull_next = False
        self._removed_at = 0.0
        self._thread: threading.Thread | None = None
        self._connected = threading.Event()

    @property
    def connected(self) -> bool:
        """True while the card is in the slot as far as pcscd knows."""
        return self._connected.is_set()

    def insert(self) -> None:
        """Put the card in the slot; returns at once, connecting in the background."""
        with self._lock:
            if self._inserted:
                return
            wait = self._removed_at + REINSERT_GAP_S - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._inserted = True
            self._thread = threading.Thread(target=self._run, name="vpcd-card", daemon=True)
            self._thread.start()

    def wait_connected(self, timeout: float) -> bool:
        """Block until pcscd has the card, or `timeout` seconds pass."""
        return self._connected.wait(timeout)

    def remove(self) -> None:
        """Take the card out of the slot (close the connection)."""
        with self._lock:
            if not self._inserted:
                return
            self._inserted = False
            self._close_socket()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=5)
        self._removed_at = time.monotonic()
        self.card.power_off()

    def pull_during_next_command(self) -> None:
        """The next command APDU reaches the card, then the card leaves without answering."""
        self._pull_next = True

    def _close_socket(self) -> None:
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _run(self) -> None:
        waiting_logged = False
        while self._inserted:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
            except OSError as error:
                if not waiting_logged:
                    log.info("vpcd at %s:%d not reachable (%s); retrying", self.host,
                             self.port, error.strerror or error)
                    self._on_event("waiting")
                    waiting_logged = True
                time.sleep(_RETRY_S)
                continue
            waiting_logged = False
            self._serve(sock)

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(None)
        # vpcd writes the length and the body separately: without these, Nagle and delayed
        # ACKs hold every APDU for about 40 ms.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            if not self._inserted:
                sock.close()
                return
            self._socket = sock
        self._on_event("inserted")
        self._connected.set()  # after the event, so a waiter sees it reported
        try:
            while True:
                message = _receive(sock)
                if message is None:
                    break
                if len(message) == 1:
                    answer = self._control(message[0])
                else:
                    answer = self._command(message)
                    if answer is None:  # pulled mid-command: no answer, the card is gone
                        break
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except OSError:
            pass
        finally:
            self._connected.clear()
            with self._lock:
                if self._socket is sock:
                    self._socket = None
            sock.close()
            self.card.power_off()
            self._on_event("removed" if not self._inserted else "reader gone")

    def _command(self, apdu: bytes) -> bytes | None:
        response = self.card.process(apdu)
        if self._pull_next:
            self._pull_next = False
            self._inserted = False
            self._removed_at = time.monotonic()
            return None
        # A silent chip: an empty frame, which vpcd reports as a failed transmission.
        return response if response is not None else b""

    def _control(self, code: int) -> bytes | None:
        """Act on a control byte; only GET ATR is answered (a silent chip: empty ATR)."""
        if code == _POWER_OFF:
            self.card.power_off()
        elif code in (_POWER_ON, _RESET):
            self.card.power_on()
        elif code == _GET_ATR:
            return self.card.image.atr if self.card.answers else MUTE_ATR
        return None


def _receive(sock: socket.socket) -> bytes | None:
    """One length-prefixed message; None when the reader closed the connection."""
    header = _receive_exactly(sock, 2)
    if header is None:
        return None
    return _receive_exactly(sock, int.from_bytes(header, "big"))


def _receive_exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(size - len(chunks))
        if not chunk:
            return None
        chunks += chunk
        _quick_ack(sock)
    return bytes(chunks)


def _quick_ack(sock: socket.socket) -> None:
    # Linux turns quick ACKs off again after a while: set it after every read.
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
