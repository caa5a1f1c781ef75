"""`kiosk oqs serve`: its errors, a clean stop on SIGINT, and the Web API beside it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from kiosk.cli.main import main
from kiosk.storage.database import Database
from tests.oqs import requests_data as data

KIOSK = Path(sys.executable).with_name("kiosk")


def _url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'eligibility.db'}"
    database = Database.open(url)
    data.seed(database)
    database.close()
    return url


def test_a_missing_oqs_folder_is_an_error(tmp_path, capsys):
    status = main(["oqs", "serve", "--dir", str(tmp_path / "not-mounted"),
                   "--database", f"sqlite:///{tmp_path / 'e.db'}"])
    assert status == 1
    assert "does not exist (is the share mounted?)" in capsys.readouterr().err


def test_a_bad_http_address_is_refused(tmp_path, capsys):
    (tmp_path / "oqs").mkdir()
    base = ["oqs", "serve", "--dir", str(tmp_path / "oqs"),
            "--database", f"sqlite:///{tmp_path / 'e.db'}"]
    assert main([*base, "--http", "8080"]) == 2
    assert "--http must be HOST:PORT" in capsys.readouterr().err
    assert main([*base, "--http", "192.0.2.1:8080"]) == 2
    assert "loopback" in capsys.readouterr().err


def test_sigint_stops_it_cleanly_with_the_web_api_and_a_request_answered(tmp_path):
    oqs = tmp_path / "oqs"
    oqs.mkdir()
    process = subprocess.Popen(
        [str(KIOSK), "oqs", "serve", "--dir", str(oqs), "--database", _url(tmp_path),
         "--encoding", "shift_jis", "--http", "127.0.0.1:0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert data.next_line(process).startswith("answering requests in")
        line = data.next_line(process)
        assert line.startswith("Web API at http://127.0.0.1:"), line
        base = line.split()[-1]
        # The Web API answers on its port (a login without credentials is refused).
        request = urllib.request.Request(
            f"{base}/oqs-api-pro/MSA12020/ILI12020SV01/auth", data=json.dumps({}).encode(),
            headers={"Content-Type": "application/json"}, method="POST")
        try:
            urllib.request.urlopen(request, timeout=5)
        except urllib.error.HTTPError as error:
            assert 400 <= error.code < 500
        (oqs / "req" / "OQSsiquc01req_202609290001.xml").write_bytes(data.inquiry())
        answer = oqs / "res" / "OQSsiquc01res_202609290001.xml"
        end = time.monotonic() + 10
        while not answer.exists():
            assert time.monotonic() < end
            time.sleep(0.05)
        assert b'encoding="Shift_JIS"' in answer.read_bytes()
        started = time.monotonic()
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=5)
        assert time.monotonic() - started < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert not list((oqs / ".oqs-claims").iterdir())
