"""`<OQS>/req` watched by polling: each request claimed by one watcher, answered once in
`<OQS>/res`, or refused with a .err; nothing a file holds stops the watcher.

Polling, because the folder is often a network share where change notifications do not
arrive. A request is read only once it has stopped changing for `settle_s` (clients write a
temporary file and rename it in, but not all of them do). It is claimed by renaming it into
this watcher's own claim folder, which only one watcher can do; answers and .err files are
written whole in the staging folder and moved into res/ (reference section 11: a file must
appear complete under its final name, and a .err before the request's copy in res/).

A watcher that dies leaves its claims behind. Every watcher keeps a heartbeat file in its
claim folder; the claims of a watcher whose heartbeat stopped (or whose process is gone, on
the same host) are taken over, and a request already answered is not answered again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.oqs.errors import OqsFolderMissing
from kiosk.oqs.face_files import STAGING_DIR, sync_dir, write_new
from kiosk.oqs.requests.handlers import Answerer, RequestKind
from kiosk.oqs.requests.parsing import MAX_BYTES
from kiosk.oqs.requests.refusals import Reason, RequestRefused
from kiosk.oqs.requests.state import bulk_folder

log = logging.getLogger(__name__)

REQUEST_DIR = "req"
ANSWER_DIR = "res"
CLAIMS_DIR = ".oqs-claims"
HEARTBEAT = ".alive"
# Any request-like name: known kinds are answered, the others refused as not simulated.
_REQUEST_NAME = re.compile(r"(?:OQS|YZK|TKK)[A-Za-z]{5}[0-9]{2}req_[^/\\]{1,200}\.xml")
_KINDS = {kind.value: kind for kind in RequestKind}
SWEEP_EVERY_S = 3600.0
# A file left in staging this long was being written by a process that died.
ORPHAN_AFTER_S = 3600.0
# Accepted 一括照会 uploads are kept this long for their results to be fetched.
BULK_KEPT_S = 7 * 24 * 3600.0


@dataclass(frozen=True)
class WatcherSettings:
    """Where to watch and how often; every wait is bounded by these."""

    oqs_dir: Path
    poll_s: float = 0.1
    settle_s: float = 0.3  # unchanged this long before it is read
    heartbeat_s: float = 2.0
    # A heartbeat unchanged this long: the watcher is gone. Well above the longest answer
    # (a 一括照会 of 10,000 people takes about 8 s here).
    stale_after_s: float = 60.0


@dataclass(frozen=True)
class Handled:
    """What became of one request (for callers that count, such as the benchmark)."""

    name: str
    answered: bool  # False: refused with a .err
    code: str  # the .err's ErrorCode, "" when answered


def _kind(name: str) -> RequestKind | None:
    return _KINDS.get(name[:14])


def _err_name(name: str) -> str:
    return name[: -len(".xml")] + ".err"


def _answer_name(name: str, kind: RequestKind) -> str:
    return kind.answer_prefix + name[len(kind.value):]


class Watcher:
    """Answers the requests of one OQS folder, alongside any other watchers of it."""

    def __init__(self, answerer: Answerer, settings: WatcherSettings,
                 on_handled: Callable[[Handled], None] | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        root = settings.oqs_dir
        if not root.is_dir():
            raise OqsFolderMissing(f"the OQS folder {root} does not exist (is the share "
                                   "mounted?)")
        self._answerer = answerer
        self._settings = settings
        self._on_handled = on_handled
        self._monotonic = monotonic
        self._requests = root / REQUEST_DIR
        self._answers = root / ANSWER_DIR
        self._staging = root / STAGING_DIR
        self._claims_root = root / CLAIMS_DIR
        self._bulk = bulk_folder(root)
        for folder in (self._requests, self._answers, self._staging, self._claims_root):
            folder.mkdir(exist_ok=True)
        self.watcher_id = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        self._claims = self._claims_root / self.watcher_id
        self._claims.mkdir()
        self._seen: dict[str, tuple[tuple[int, int, int], float]] = {}
        self._others: dict[str, tuple[int, float]] = {}
        self._last_heartbeat = -1e9
        self._folder_trouble = False
        self._beat()
        # The first poll looks for abandoned claims at once: this may be a restart.
        self._last_heartbeat = -1e9
        self._last_sweep = -1e9

    # The loop

    def run(self, stop: threading.Event) -> None:
        """Poll until `stop` is set; then leave no claim behind."""
        log.info("oqs: watching requests (watcher %s)", self.watcher_id)
        try:
            while not stop.is_set():
                self.poll_once(stop)
                stop.wait(self._settings.poll_s)
        finally:
            self.close()

    def poll_once(self, stop: threading.Event | None = None) -> int:
        """One look at req/ (and at other watchers' claims); how many requests were handled."""
        now = self._monotonic()
        if now - self._last_heartbeat >= self._settings.heartbeat_s:
            self._beat()
            self._recover_abandoned(now)
        if now - self._last_sweep >= SWEEP_EVERY_S:
            self._last_sweep = now
            self._sweep()
        try:
            ready = self._ready(now)
        except OSError as error:
            if not self._folder_trouble:
                log.warning("oqs: cannot read the request folder: %s", type(error).__name__)
            self._folder_trouble = True
            return 0
        self._folder_trouble = False
        random.shuffle(ready)  # two watchers rarely reach for the same file
        handled = 0
        for name in ready:
            if stop is not None and stop.is_set():
                break
            # A long queue must not look like a stopped watcher to the others.
            if self._monotonic() - self._last_heartbeat >= self._settings.heartbeat_s:
                self._beat()
            if self._claim(self._requests / name, name):
                self._handle(name, recovered=False)
                handled += 1
        return handled

    def close(self) -> None:
        """Give back any request still claimed, and remove this watcher's claim folder."""
        for path in self._claims.iterdir():
            if path.name != HEARTBEAT:
                self._give_back(path)
        (self._claims / HEARTBEAT).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self._claims.rmdir()
        log.info("oqs: stopped watching (watcher %s)", self.watcher_id)

    # Finding requests that are complete

    def _ready(self, now: float) -> list[str]:
        ready, present = [], set()
        with os.scandir(self._requests) as entries:
            for entry in entries:
                name = entry.name
                if not _REQUEST_NAME.fullmatch(name) or not entry.is_file(follow_symlinks=False):
                    continue  # a client's temporary file, a folder, a link: not a request
                present.add(name)
                info = entry.stat(follow_symlinks=False)
                key = (info.st_size, info.st_mtime_ns, info.st_ino)
                seen = self._seen.get(name)
                if seen is None or seen[0] != key:
                    self._seen[name] = (key, now)
                elif now - seen[1] >= self._settings.settle_s:
                    ready.append(name)
        for gone in self._seen.keys() - present:
            del self._seen[gone]
        return ready

    def _claim(self, source: Path, name: str) -> bool:
        try:
            os.rename(source, self._claims / name)
        except FileNotFoundError:
            return False  # another watcher took it first
        except OSError as error:
            log.warning("oqs: cannot claim a request: %s", type(error).__name__)
            return False
        self._seen.pop(name, None)
        return True

    # Answering

    def _handle(self, name: str, recovered: bool) -> None:
        claimed = self._claims / name
        kind = _kind(name)
        if recovered and self._already_answered(name, kind, claimed):
            return
        started = self._monotonic()
        data: bytes | None = None
        try:
            if kind is None:
                raise RequestRefused(Reason.NOT_SIMULATED, name[:14])
            data = _read_bounded(claimed)
            answer = self._answerer.answer(kind, data)
        except RequestRefused as refused:
            self._refuse(name, claimed, data, refused)
            return
        except Exception as error:
            log.error("oqs: %s failed: %s; answered with a .err", name[:13],
                      type(error).__name__)
            self._refuse(name, claimed, data, RequestRefused(Reason.INTERNAL))
            return
        try:
            self._place(answer.data, _answer_name(name, kind))
        except OSError as error:
            log.error("oqs: cannot write an answer (%s); the request waits in req/",
                      type(error).__name__)
            self._give_back(claimed)
            return
        claimed.unlink(missing_ok=True)
        log.info("oqs: answered %s (%s) in %.0f ms", kind.value[:-1], answer.event,
                 (self._monotonic() - started) * 1000)
        self._report(Handled(name, True, ""))

    def _refuse(self, name: str, claimed: Path, data: bytes | None,
                refused: RequestRefused) -> None:
        try:
            error_file = self._answerer.refusal(data, refused)
            # The .err first: Smartkarte reads it when the request's copy appears in res/.
            self._place(error_file, _err_name(name))
            os.rename(claimed, self._answers / name)
        except OSError as error:
            log.error("oqs: cannot write a .err (%s); the request waits in req/",
                      type(error).__name__)
            self._give_back(claimed)
            return
        log.info("oqs: refused %s: %s %s", name[:13], refused.reason.code,
                 refused.reason.name.lower())
        self._report(Handled(name, False, refused.reason.code))

    def _place(self, data: bytes, final_name: str) -> None:
        """Write `data` whole in staging, then move it into res/ under `final_name`."""
        temporary = self._staging / f"{final_name}.{secrets.token_hex(4)}.part"
        write_new(temporary, data)
        try:
            os.rename(temporary, self._answers / final_name)
        finally:
            temporary.unlink(missing_ok=True)
        # The answer is in place; a failed sync only puts its survival of a power cut in doubt.
        with contextlib.suppress(OSError):
            sync_dir(self._answers)

    def _report(self, handled: Handled) -> None:
        if self._on_handled is not None:
            self._on_handled(handled)

    def _give_back(self, claimed: Path) -> None:
        try:
            os.rename(claimed, self._requests / claimed.name)
        except OSError as error:
            log.error("oqs: a claimed request could not be given back: %s",
                      type(error).__name__)

    # Leftovers

    def _sweep(self) -> None:
        """Remove staging files of dead writers and bulk uploads past their keeping time."""
        wall = time.time()
        for folder, pattern, age in ((self._staging, "*.part", ORPHAN_AFTER_S),
                                     (self._bulk, "*.xml", BULK_KEPT_S)):
            try:
                for path in folder.glob(pattern):
                    with contextlib.suppress(OSError):
                        if wall - path.stat().st_mtime > age:
                            path.unlink()
            except OSError:
                continue

    # Watchers that stopped without a word

    def _beat(self) -> None:
        heartbeat = self._claims / HEARTBEAT
        try:
            heartbeat.touch()
            # A fresh time even when the clock's resolution is coarse.
            os.utime(heartbeat, ns=(time.time_ns(), time.time_ns()))
        except OSError as error:
            log.warning("oqs: heartbeat not written: %s", type(error).__name__)
        self._last_heartbeat = self._monotonic()

    def _already_answered(self, name: str, kind: RequestKind | None, claimed: Path) -> bool:
        """A taken-over claim whose answer exists: finish what its watcher began."""
        if kind is not None and (self._answers / _answer_name(name, kind)).exists():
            claimed.unlink(missing_ok=True)
            return True
        if (self._answers / _err_name(name)).exists():
            try:
                os.rename(claimed, self._answers / name)
            except OSError:
                return False
            return True
        return False

    def _gone(self, other: str, folder: Path, now: float) -> bool:
        # <host>-<pid>-<random>; a host name may hold dashes itself.
        parts = other.rsplit("-", 2)
        host, pid_text = (parts[0], parts[1]) if len(parts) == 3 else ("", "")
        if host == socket.gethostname() and pid_text.isdigit():
            try:
                os.kill(int(pid_text), 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                pass
        try:
            beat = (folder / HEARTBEAT).stat().st_mtime_ns
        except FileNotFoundError:
            beat = -1
        # Judged by this watcher's own clock: the share's clock may differ from ours.
        last = self._others.get(other)
        if last is None or last[0] != beat:
            self._others[other] = (beat, now)
            return False
        return now - last[1] >= self._settings.stale_after_s

    def _recover_abandoned(self, now: float) -> None:
        try:
            folders = [p for p in self._claims_root.iterdir()
                       if p.is_dir() and p.name != self.watcher_id]
        except OSError:
            return
        for folder in folders:
            if not self._gone(folder.name, folder, now):
                continue
            self._others.pop(folder.name, None)
            try:
                claims = [p for p in folder.iterdir() if p.name != HEARTBEAT]
            except OSError:
                continue
            for path in claims:
                if self._claim(path, path.name):
                    log.info("oqs: took over a request claimed by a stopped watcher")
                    self._handle(path.name, recovered=True)
            (folder / HEARTBEAT).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                folder.rmdir()


def _read_bounded(path: Path) -> bytes:
    """The file's bytes; RequestRefused before reading a file larger than any request."""
    with path.open("rb") as stream:
        if os.fstat(stream.fileno()).st_size > MAX_BYTES:
            raise RequestRefused(Reason.TOO_LARGE, f"more than {MAX_BYTES} bytes")
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise RequestRefused(Reason.TOO_LARGE, f"more than {MAX_BYTES} bytes")
    return data
