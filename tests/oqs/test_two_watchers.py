"""Two `kiosk oqs serve` processes sharing one OQS folder: every request answered once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from kiosk.storage.database import Database
from kiosk.storage.models import AuditEvent
from tests.oqs import requests_data as data

KIOSK = Path(sys.executable).with_name("kiosk")
REQUESTS = 1000
DEADLINE_S = 60


def _start(oqs: Path, url: str, log: Path) -> subprocess.Popen[str]:
    # The log goes to a file: a pipe nobody reads would fill and stop the watcher.
    with log.open("w") as stream:
        return subprocess.Popen(
            [str(KIOSK), "-v", "oqs", "serve", "--dir", str(oqs), "--database", url,
             "--facility", data.INSTITUTION, "--settle", "0.1", "--poll", "0.05"],
            stdout=subprocess.PIPE, stderr=stream, text=True)


def _wait_ready(process: subprocess.Popen[str]) -> None:
    line = data.next_line(process)  # the watcher says so once it watches
    assert line.startswith("answering requests in"), line


def test_two_watchers_answer_a_thousand_requests_once_each(tmp_path):
    url = f"sqlite:///{tmp_path / 'eligibility.db'}"
    database = Database.open(url)
    data.seed(database)
    database.close()
    oqs = tmp_path / "oqs"
    (oqs / "req").mkdir(parents=True)
    logs = [tmp_path / "watcher-1.log", tmp_path / "watcher-2.log"]
    watchers = [_start(oqs, url, log) for log in logs]
    try:
        for watcher in watchers:
            _wait_ready(watcher)
        for number in range(REQUESTS):
            name = f"OQSsiquc01req_20260929{number:04d}.xml"
            temporary = oqs / f"{name}.part"
            temporary.write_bytes(data.inquiry(file_id=f"AFI-{number:04d}"))
            os.rename(temporary, oqs / "req" / name)
        end = time.monotonic() + DEADLINE_S
        while len(list((oqs / "res").glob("OQSsiquc01res_*.xml"))) < REQUESTS:
            assert time.monotonic() < end, "not every request was answered in time"
            assert all(w.poll() is None for w in watchers), "a watcher ended"
            time.sleep(0.1)
    finally:
        for watcher in watchers:
            watcher.send_signal(signal.SIGTERM)
        for watcher in watchers:
            watcher.communicate(timeout=10)
    assert [watcher.returncode for watcher in watchers] == [0, 0]
    answered = [len(re.findall(r"oqs: answered OQSsiquc01req", log.read_text()))
                for log in logs]
    assert sum(answered) == REQUESTS, answered
    assert all(count > 0 for count in answered), answered  # both took a share
    for number in range(REQUESTS):
        answer = (oqs / "res" / f"OQSsiquc01res_20260929{number:04d}.xml").read_bytes()
        assert f"<ArbitraryFileIdentifier>AFI-{number:04d}</ArbitraryFileIdentifier>".encode() \
            in answer
    # Only whole answers under their final names: nothing was written inside res/.
    assert len(list((oqs / "res").iterdir())) == REQUESTS
    assert not list((oqs / "req").iterdir())
    assert not list((oqs / ".oqs-claims").iterdir())  # both left no claim behind
    database = Database.open(url, migrate=False)
    with database.session() as session:
        lookups = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "oqs_inquiry"))
    database.close()
    assert lookups == REQUESTS


def test_a_watcher_killed_mid_burst_loses_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'eligibility.db'}"
    database = Database.open(url)
    data.seed(database)
    database.close()
    oqs = tmp_path / "oqs"
    (oqs / "req").mkdir(parents=True)
    count = 300
    logs = [tmp_path / "watcher-1.log", tmp_path / "watcher-2.log"]
    watchers = [_start(oqs, url, log) for log in logs]
    answers = oqs / "res"
    try:
        for watcher in watchers:
            _wait_ready(watcher)
        for number in range(count):
            name = f"OQSsiquc01req_20260929{number:04d}.xml"
            (oqs / f"{name}.part").write_bytes(data.inquiry(file_id=f"AFI-{number:04d}"))
            os.rename(oqs / f"{name}.part", oqs / "req" / name)
        end = time.monotonic() + DEADLINE_S
        while len(list(answers.glob("OQSsiquc01res_*.xml"))) < count // 3:
            assert time.monotonic() < end
            time.sleep(0.02)
        watchers[0].kill()  # no chance to give anything back
        watchers[0].communicate(timeout=10)
        while len(list(answers.glob("OQSsiquc01res_*.xml"))) < count:
            assert time.monotonic() < end, "requests were lost with the killed watcher"
            time.sleep(0.1)
    finally:
        for watcher in watchers:
            if watcher.poll() is None:
                watcher.send_signal(signal.SIGTERM)
            watcher.communicate(timeout=10)
    assert watchers[1].returncode == 0
    for number in range(count):
        answer = (answers / f"OQSsiquc01res_20260929{number:04d}.xml").read_bytes()
        assert f"<ArbitraryFileIdentifier>AFI-{number:04d}</ArbitraryFileIdentifier>".encode() \
            in answer
    assert not list(answers.glob("*.err"))
    assert not list((oqs / "req").iterdir())
    assert not list((oqs / ".oqs-claims").iterdir())  # the killed one's claims were taken
