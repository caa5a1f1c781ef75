"""The request watcher in one process: hostile files, half-written files, stopped watchers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from lxml import etree

from kiosk.oqs.encoding import FileEncoding
from kiosk.oqs.requests.handlers import Answerer
from kiosk.oqs.requests.state import bulk_folder
from kiosk.oqs.watcher import CLAIMS_DIR, HEARTBEAT, Watcher, WatcherSettings
from kiosk.storage.database import Database
from tests.oqs import requests_data as data
from tests.oqs.consumer import read_face
from tests.oqs.test_request_answers import validate

DEADLINE_S = 10


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("watcher-db") / "eligibility.db"
    database = Database.open(f"sqlite:///{path}")
    data.seed(database)
    database.close()
    return path


@pytest.fixture
def oqs(tmp_path) -> Path:
    folder = tmp_path / "oqs"
    folder.mkdir()
    return folder


@pytest.fixture
def database(template, tmp_path):
    opened = Database.open(data.seeded_copy(template, tmp_path), migrate=False)
    yield opened
    opened.close()


def make_watcher(database: Database, oqs: Path, **settings: float) -> Watcher:
    answerer = Answerer(database, oqs, FileEncoding.UTF8)
    values = {"poll_s": 0.01, "settle_s": 0.05, **settings}
    return Watcher(answerer, WatcherSettings(oqs, **values))


def drop(oqs: Path, name: str, content: bytes) -> None:
    """Write a request as careful clients do: a temporary name, then a rename into req/."""
    (oqs / "req").mkdir(exist_ok=True)
    temporary = oqs / "req" / f".{name}.tmp"
    temporary.write_bytes(content)
    os.rename(temporary, oqs / "req" / name)


def poll_until(watcher: Watcher, done, deadline_s: float = DEADLINE_S) -> None:
    end = time.monotonic() + deadline_s
    while not done():
        assert time.monotonic() < end, "not answered in time"
        watcher.poll_once()
        time.sleep(0.01)


BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE XmlMsg [<!ENTITY a "aaaaaaaaaa">'
                  + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                             .encode() for i in range(9))
                  + b"]>\n<XmlMsg><MessageHeader>&j;</MessageHeader><MessageBody/></XmlMsg>")
EXTERNAL_ENTITY = (b'<?xml version="1.0"?>\n<!DOCTYPE XmlMsg [<!ENTITY x SYSTEM '
                   b'"file:///etc/passwd">]>\n<XmlMsg><MessageHeader>&x;</MessageHeader>'
                   b"<MessageBody/></XmlMsg>")
DEEP = b"<XmlMsg>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</XmlMsg>"
HUGE = b'<?xml version="1.0"?><XmlMsg><MessageHeader>' + b" " * (5 * 1024 * 1024) \
    + b"</MessageHeader></XmlMsg>"

HOSTILE = {
    "billion-laughs": (BILLION_LAUGHS, "SIM0005"),
    "external-entity": (EXTERNAL_ENTITY, "SIM0005"),
    "deep-nesting": (DEEP, "SIM0004"),
    "huge": (HUGE, "SIM0003"),
    "binary": (bytes(range(256)) * 8, "SIM0002"),
    "not-xml": (b"OQS request, surely\r\n", "SIM0001"),
    "empty": (b"", "SIM0001"),
    "truncated": (data.inquiry()[:120], "SIM0001"),
    "bad-shift-jis": (data.inquiry(encoding="Shift_JIS").replace(b"20260929", b"\x81\x20"),
                      "SIM0002"),
    "code-disagrees": (data.inquiry().replace(
        b"</MessageHeader>", b"<CharacterCodeIdentifier>1</CharacterCodeIdentifier>"
        b"</MessageHeader>"), "SIM0002"),
    "utf-16": (data.inquiry().decode().replace("UTF-8", "UTF-16").encode("utf-16"),
               "SIM0002"),
    "other-facility": (data.inquiry(institution=data.OTHER_INSTITUTION), "SIM0008"),
    "no-insurer": (data.inquiry(data.search(insurer="")), "SIM0007"),
    "long-identifier": (data.inquiry(file_id="x" * 51), "SIM0007"),
    "wrong-root": (b"<Msg><MessageHeader/><MessageBody/></Msg>", "SIM0006"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_request_gets_its_err_and_the_next_is_answered(database, oqs, case):
    content, code = HOSTILE[case]
    watcher = make_watcher(database, oqs)
    drop(oqs, "OQSsiquc01req_202609290001.xml", content)
    drop(oqs, "OQSsiquc01req_202609290002.xml", data.inquiry())
    res = oqs / "res"
    poll_until(watcher, lambda: (res / "OQSsiquc01res_202609290002.xml").exists()
               and (res / "OQSsiquc01req_202609290001.xml").exists())
    error = (res / "OQSsiquc01req_202609290001.err").read_bytes()
    validate(error, "request_error.xsd")
    root = etree.fromstring(error)
    assert root.findtext("MessageHeader/SegmentOfResult") == "9"
    assert root.findtext("MessageHeader/ErrorCode") == code
    # The request itself moves to res/ beside its .err, unchanged.
    assert (res / "OQSsiquc01req_202609290001.xml").read_bytes() == content
    assert not (res / "OQSsiquc01res_202609290001.xml").exists()
    assert read_face((res / "OQSsiquc01res_202609290002.xml").read_bytes(), "utf-8").valid
    assert not list((oqs / "req").iterdir())
    watcher.close()


def test_unsupported_kind_is_refused_and_other_files_are_left_alone(database, oqs):
    watcher = make_watcher(database, oqs)
    drop(oqs, "YZKsiquc01req_022609291601P001.xml", data.inquiry())
    (oqs / "req" / "notes.txt").write_text("not a request")
    (oqs / "req" / "OQSsiquc01req_202609290003.xml.tmp").write_bytes(data.inquiry()[:50])
    poll_until(watcher, lambda: (oqs / "res" / "YZKsiquc01req_022609291601P001.err").exists())
    root = etree.fromstring((oqs / "res" / "YZKsiquc01req_022609291601P001.err").read_bytes())
    assert root.findtext("MessageHeader/ErrorCode") == "SIM0010"
    for _ in range(10):
        watcher.poll_once()
    assert sorted(p.name for p in (oqs / "req").iterdir()) == [
        "OQSsiquc01req_202609290003.xml.tmp", "notes.txt"]
    watcher.close()


def test_a_failing_answer_is_an_err_and_the_watcher_goes_on(database, oqs, monkeypatch):
    watcher = make_watcher(database, oqs)
    calls = []

    def broken(*_args):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return original(*_args)

    original = Answerer.answer
    monkeypatch.setattr(Answerer, "answer", lambda self, kind, raw: broken(self, kind, raw))
    drop(oqs, "OQSsiquc01req_202609290004.xml", data.inquiry())
    poll_until(watcher, lambda: (oqs / "res" / "OQSsiquc01req_202609290004.err").exists())
    root = etree.fromstring((oqs / "res" / "OQSsiquc01req_202609290004.err").read_bytes())
    assert root.findtext("MessageHeader/ErrorCode") == "SIM0099"
    drop(oqs, "OQSsiquc01req_202609290005.xml", data.inquiry())
    poll_until(watcher, lambda: (oqs / "res" / "OQSsiquc01res_202609290005.xml").exists())
    watcher.close()


def test_a_request_written_slowly_under_its_final_name_is_not_read_early(database, oqs):
    watcher = make_watcher(database, oqs, settle_s=0.4)
    content = data.inquiry()
    path = oqs / "req" / "OQSsiquc01req_202609290006.xml"
    answer = oqs / "res" / "OQSsiquc01res_202609290006.xml"
    stop = threading.Event()
    runner = threading.Thread(target=watcher.run, args=(stop,))
    runner.start()
    try:
        with path.open("wb") as stream:
            for start in range(0, len(content), 100):
                stream.write(content[start:start + 100])
                stream.flush()
                time.sleep(0.1)  # well under the settle time between writes
                assert not answer.exists()
                assert not (oqs / "res" / "OQSsiquc01req_202609290006.err").exists()
        end = time.monotonic() + DEADLINE_S
        while not answer.exists():
            assert time.monotonic() < end
            time.sleep(0.02)
    finally:
        stop.set()
        runner.join(DEADLINE_S)
    assert read_face(answer.read_bytes(), "utf-8").valid
    assert not (oqs / CLAIMS_DIR / watcher.watcher_id).exists()


def _dead_watcher_id() -> str:
    # A process that has ended: its pid is free (for a while) on this host.
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return f"{socket.gethostname()}-{child.pid}-dead00"


def test_claims_of_a_stopped_watcher_are_taken_over_once(database, oqs):
    watcher = make_watcher(database, oqs)
    dead = oqs / CLAIMS_DIR / _dead_watcher_id()
    dead.mkdir(parents=True)
    (dead / HEARTBEAT).touch()
    # One claim it never answered, one it answered just before it stopped.
    (dead / "OQSsiquc01req_202609290007.xml").write_bytes(data.inquiry())
    (dead / "OQSsiquc01req_202609290008.xml").write_bytes(data.inquiry())
    (oqs / "res").mkdir(exist_ok=True)
    answered = oqs / "res" / "OQSsiquc01res_202609290008.xml"
    answered.write_bytes(b"the earlier answer")
    poll_until(watcher, lambda: (oqs / "res" / "OQSsiquc01res_202609290007.xml").exists())
    assert answered.read_bytes() == b"the earlier answer"
    assert not dead.exists()
    watcher.close()


def test_a_silent_watcher_on_another_host_is_taken_over_after_its_heartbeat_stops(
        database, oqs):
    watcher = make_watcher(database, oqs, heartbeat_s=0.05, stale_after_s=0.3)
    other = oqs / CLAIMS_DIR / "another-host-123-abcdef"
    other.mkdir(parents=True)
    (other / HEARTBEAT).touch()
    (other / "OQSsiquc01req_202609290009.xml").write_bytes(data.inquiry())
    started = time.monotonic()
    poll_until(watcher, lambda: (oqs / "res" / "OQSsiquc01res_202609290009.xml").exists())
    assert time.monotonic() - started >= 0.3
    watcher.close()


def test_leftovers_of_dead_writers_and_old_bulk_uploads_are_swept(database, oqs):
    staging, bulk = oqs / ".staging", bulk_folder(oqs)
    bulk.mkdir(parents=True)
    staging.mkdir()
    day = 24 * 3600
    for path, age in ((staging / "OQSsiquc01res_1.xml.ab12.part", 2 * 3600),
                      (staging / "OQSsiquc01res_2.xml.cd34.part", 10),
                      (bulk / f"{'1' * 20}.xml", 8 * day), (bulk / f"{'2' * 20}.xml", day)):
        path.write_bytes(b"x")
        then = time.time() - age
        os.utime(path, (then, then))
    watcher = make_watcher(database, oqs)
    watcher.poll_once()
    assert sorted(p.name for p in staging.iterdir()) == ["OQSsiquc01res_2.xml.cd34.part"]
    assert sorted(p.name for p in bulk.iterdir()) == [f"{'2' * 20}.xml"]
    watcher.close()


def test_err_appears_before_the_requests_copy_and_nothing_partial_in_res(database, oqs,
                                                                         monkeypatch):
    watcher = make_watcher(database, oqs)
    arrivals: list[str] = []
    rename = os.rename

    def noting(source, target):
        rename(source, target)
        if Path(target).parent == oqs / "res":
            arrivals.append(Path(target).name)

    monkeypatch.setattr(os, "rename", noting)
    drop(oqs, "OQSsiquc01req_202609290010.xml", b"not xml")
    drop(oqs, "OQSsiquc01req_202609290011.xml", data.inquiry())
    poll_until(watcher, lambda: len(arrivals) == 3)
    assert arrivals.index("OQSsiquc01req_202609290010.err") < arrivals.index(
        "OQSsiquc01req_202609290010.xml")
    # Everything in res/ arrived whole under its final name, nothing was written there.
    assert sorted(arrivals) == sorted(p.name for p in (oqs / "res").iterdir())
    watcher.close()


def test_the_log_has_events_and_no_personal_data(database, oqs, caplog):
    caplog.set_level("DEBUG")
    watcher = make_watcher(database, oqs)
    drop(oqs, "OQSsiquc01req_202609290012.xml", data.inquiry())
    drop(oqs, "OQSsiquc01req_202609290013.xml", data.inquiry(data.search(birth="19851332")))
    poll_until(watcher, lambda: (oqs / "res" / "OQSsiquc01req_202609290013.err").exists()
               and (oqs / "res" / "OQSsiquc01res_202609290012.xml").exists())
    watcher.close()
    text = caplog.text
    assert "answered OQSsiquc01req (validity 1)" in text
    assert "refused OQSsiquc01req: SIM0007" in text
    for personal in ("山田", "花子", "ﾔﾏﾀﾞ", "06139921", "3456", "19850412", "19851332",
                     "clinic_11906", "PT0001", "霞が関"):
        assert personal not in text, personal
