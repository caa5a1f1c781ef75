"""A private pcscd with a vpcd reader, for tests and the emulator; root is not needed.

pcscd runs inside its own user, network and mount namespaces: the vpcd port it listens on
(on every interface, as vpcd always does) exists only in that network namespace, and its
/run is a private tmpfs. Clients reach it through a unix socket in our own directory
(socket activation, `PCSCLITE_CSOCK_NAME`); card servers join the namespace through
nsenter. One namespace holder process outlives pcscd so a restarted pcscd keeps the port.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER_NAME = "Kiosk virtual reader"
VPCD_PORT = 35963
_TOOLS = ("pcscd", "unshare", "nsenter", "ip", "mount")
_NEEDED_PACKAGES = "pcscd vsmartcard-vpcd iproute2 util-linux"
_READY = "daemon ready"


class PcscdLabError(RuntimeError):
    """The private pcscd cannot start; the message says why and what to install."""


def missing_requirements() -> list[str]:
    """What this machine lacks to run a private pcscd (empty when all is there)."""
    # pcscd lives in /usr/sbin, which an ordinary user's PATH may lack.
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    missing = [tool for tool in _TOOLS if shutil.which(tool, path=search) is None]
    if not VPCD_DRIVER.exists():
        missing.append(str(VPCD_DRIVER))
    return missing


class PrivatePcscd:
    """pcscd with one vpcd reader (two slots) in private namespaces, under `directory`."""

    def __init__(self, directory: Path, port: int = VPCD_PORT,
                 reader_name: str = READER_NAME) -> None:
        self.directory = directory
        self.port = port
        self.reader_name = reader_name
        self.socket_path = directory / "pcscd.comm"
        self.log_path = directory / "pcscd.log"
        self._holder: subprocess.Popen | None = None
        self._pcscd: subprocess.Popen | None = None

    def __enter__(self) -> PrivatePcscd:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    @property
    def client_environment(self) -> dict[str, str]:
        """What a PC/SC client needs in its environment (before its first PC/SC call)."""
        return {"PCSCLITE_CSOCK_NAME": str(self.socket_path)}

    def start(self) -> None:
        """Make the namespaces and start pcscd; PcscdLabError if it does not come up."""
        missing = missing_requirements()
        if missing:
            raise PcscdLabError(f"missing {', '.join(missing)}: install the Debian packages "
                                f"{_NEEDED_PACKAGES}")
        self.directory.mkdir(parents=True, exist_ok=True)
        self._write_reader_conf(plugged=True)
        self._holder = subprocess.Popen(
            ["unshare", "--user", "--map-root-user", "--net", "--mount", "sh", "-c",
             "mount -t tmpfs tmpfs /run && ip link set lo up && echo ready && exec sleep 1d"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        line = self._holder.stdout.readline() if self._holder.stdout else ""
        if line.strip() != "ready":
            error = self._holder.stderr.read() if self._holder.stderr else ""
            self._kill(self._holder)
            raise PcscdLabError(f"cannot make private namespaces for pcscd: {error.strip()}")
        self.start_pcscd()

    def _write_reader_conf(self, plugged: bool) -> None:
        conf = self.directory / "reader.conf.d"
        conf.mkdir(exist_ok=True)
        text = (
            f'FRIENDLYNAME "{self.reader_name}"\n'
            f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            f"CHANNELID    0x{self.port:04X}\n"
        )
        (conf / "vpcd").write_text(text if plugged else "")

    def unplug_reader(self) -> None:
        """Take the reader away, as pulling its USB plug does (pcscd restarts without it)."""
        self._write_reader_conf(plugged=False)
        self.restart_pcscd()

    def plug_reader(self) -> None:
        """Give the reader back (pcscd restarts with it)."""
        self._write_reader_conf(plugged=True)
        self.restart_pcscd()

    def inside(self, command: list[str]) -> list[str]:
        """`command` run inside pcscd's namespaces (where the vpcd port is)."""
        if self._holder is None:
            raise PcscdLabError("the private pcscd is not started")
        return ["nsenter", f"--target={self._holder.pid}", "--user", "--net", "--mount",
                "--preserve-credentials", *command]

    def start_pcscd(self) -> None:
        """Start pcscd in the namespaces, socket-activated on our own unix socket."""
        self.socket_path.unlink(missing_ok=True)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.socket_path))
        listener.listen(32)
        fd = listener.fileno()
        # pcscd takes its socket as fd 3 from systemd: LISTEN_PID must be pcscd's own pid,
        # which the exec chain (nsenter, python, pcscd) keeps.
        launcher = (
            "import os, sys; os.dup2(int(sys.argv[1]), 3); os.close(int(sys.argv[1])); "
            "os.environ.update(LISTEN_FDS='1', LISTEN_PID=str(os.getpid())); "
            "os.execvp('pcscd', ['pcscd', '--foreground', '--info', '-c', sys.argv[2]])"
        )
        command = [sys.executable, "-c", launcher, str(fd), str(self.directory / "reader.conf.d")]
        with self.log_path.open("w") as log:
            self._pcscd = subprocess.Popen(self.inside(command), pass_fds=(fd,), stdout=log,
                                           stderr=subprocess.STDOUT, start_new_session=True)
        listener.close()
        self._wait_ready()

    def _wait_ready(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            log = self.log_path.read_text(errors="replace")
            if _READY in log:
                if "Started by systemd" not in log:
                    self.stop()
                    raise PcscdLabError("pcscd ignored its private socket (no socket "
                                        f"activation); log:\n{log}")
                return
            if self._pcscd is not None and self._pcscd.poll() is not None:
                break
            time.sleep(0.02)
        log = self.log_path.read_text(errors="replace")
        self.stop()
        raise PcscdLabError(f"pcscd did not start; log:\n{log}")

    def stop_pcscd(self) -> None:
        """Stop pcscd only (clients see the service vanish)."""
        if self._pcscd is not None:
            self._kill(self._pcscd)
            self._pcscd = None

    def restart_pcscd(self) -> None:
        """Stop pcscd and start it again in the same namespaces."""
        self.stop_pcscd()
        self.start_pcscd()

    def stop(self) -> None:
        """Stop pcscd and the namespaces."""
        self.stop_pcscd()
        if self._holder is not None:
            self._kill(self._holder)
            self._holder = None
        self.socket_path.unlink(missing_ok=True)

    @staticmethod
    def _kill(process: subprocess.Popen) -> None:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
