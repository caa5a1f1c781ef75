"""How fast `kiosk oqs serve` answers clinic software's 個別照会 requests.

Run: .venv/bin/python -m bench.oqs_requests [--requests N] [--rate R]
For 1 and then 2 watcher processes sharing one OQS folder (SQLite, the default poll and
settle times): N requests dropped at once (answers per second, and each request's time from
its arrival in req/ to its answer in res/), then requests arriving steadily at R per second
(the time from arrival to answer when nothing queues).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.eligibility import admin
from kiosk.eligibility.admin import Enrolment
from kiosk.eligibility.clock import JST
from kiosk.eligibility.facilities import add_facility
from kiosk.storage.database import Database
from kiosk.storage.models import Insurer

INSTITUTION = "1310000001"
KIOSK = Path(sys.executable).with_name("kiosk")
DEADLINE_S = 300


def _seed(url: str) -> None:
    database = Database.open(url)
    now = dt.datetime.now(JST)
    with database.session() as session, session.begin():
        session.add(Insurer(number="06139921", name="架空商事健康保険組合"))
        session.flush()
        add_facility(session, INSTITUTION, "みなと内科クリニック", ["medical"], True,
                     "bench-password-1")
        person = admin.person_for(session, "bench-person")
        admin.file_enrolment(session, person, Enrolment(
            "06139921", "1201", "3456", "01", "principal", "山田", "花子", "ヤマダ", "ハナコ",
            "2", dt.date(1985, 4, 12), "東京都千代田区霞が関一丁目2番2号",
            dt.date(2010, 4, 1), 30), "bench", now)
    database.close()


def _request(number: int) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><XmlMsg><MessageHeader>'
        "<QualificationConfirmationDate>20261206</QualificationConfirmationDate>"
        f"<MedicalInstitutionCode>{INSTITUTION}</MedicalInstitutionCode>"
        f"<ArbitraryFileIdentifier>bench-{number:06d}</ArbitraryFileIdentifier>"
        "</MessageHeader><MessageBody><QualificationConfirmSearchInfo>"
        "<InsurerNumber>06139921</InsurerNumber><InsuredCardSymbol>1201</InsuredCardSymbol>"
        "<InsuredIdentificationNumber>3456</InsuredIdentificationNumber>"
        "<InsuredBranchNumber>01</InsuredBranchNumber><Birthdate>19850412</Birthdate>"
        "<LimitApplicationCertificateRelatedConsFlg>0</LimitApplicationCertificateRelatedConsFlg>"
        "</QualificationConfirmSearchInfo></MessageBody></XmlMsg>").encode()


@dataclass(frozen=True)
class Figures:
    """One run's figures."""

    answered: int
    seconds: float  # from the first arrival to the last answer
    median_ms: float
    p95_ms: float


class Folder:
    """An OQS folder with watcher processes on it."""

    def __init__(self, root: Path, url: str, watchers: int) -> None:
        self.oqs = root / "oqs"
        (self.oqs / "req").mkdir(parents=True)
        self._logs = [(root / f"watcher-{i}.log").open("w") for i in range(watchers)]
        self._processes = [subprocess.Popen(
            [str(KIOSK), "oqs", "serve", "--dir", str(self.oqs), "--database", url,
             "--facility", INSTITUTION], stdout=subprocess.PIPE, stderr=log, text=True)
            for log in self._logs]
        for process in self._processes:
            assert process.stdout is not None
            # "answering requests in ...", once it watches.
            if not select.select([process.stdout], [], [], 60)[0]:
                raise SystemExit("bench: a watcher did not start")
            process.stdout.readline()
        self._next = 0
        self.arrivals: dict[int, int] = {}

    def drop(self) -> None:
        """One request, written aside and renamed into req/; its arrival time noted."""
        number = self._next
        self._next += 1
        name = f"OQSsiquc01req_{number:012d}.xml"
        staging = self.oqs / f"{name}.part"
        staging.write_bytes(_request(number))
        self.arrivals[number] = time.time_ns()
        os.rename(staging, self.oqs / "req" / name)

    def wait(self, count: int) -> None:
        """Until `count` answers are in res/."""
        end = time.monotonic() + DEADLINE_S
        while len(list((self.oqs / "res").glob("OQSsiquc01res_*.xml"))) < count:
            if time.monotonic() > end:
                raise SystemExit("bench: the watchers did not answer in time")
            time.sleep(0.02)

    def figures(self, numbers: range) -> Figures:
        """Latency from each arrival to its answer (the answer file's time of writing)."""
        delays, last = [], 0
        for number in numbers:
            answered = (self.oqs / "res" / f"OQSsiquc01res_{number:012d}.xml").stat()
            delays.append((answered.st_mtime_ns - self.arrivals[number]) / 1e6)
            last = max(last, answered.st_mtime_ns)
        first = min(self.arrivals[n] for n in numbers)
        ordered = sorted(delays)
        return Figures(len(delays), (last - first) / 1e9, statistics.median(ordered),
                       ordered[int(len(ordered) * 0.95) - 1])

    def close(self) -> None:
        """Stop the watchers (SIGTERM) and wait for them."""
        for process in self._processes:
            process.send_signal(signal.SIGTERM)
        for process in self._processes:
            process.communicate(timeout=30)
        for log in self._logs:
            log.close()


def _row(label: str, figures: Figures) -> str:
    rate = figures.answered / figures.seconds if figures.seconds else float("inf")
    return (f"  {label:<34} {figures.answered:>6} {rate:>10.1f} {figures.median_ms:>10.0f} "
            f"{figures.p95_ms:>8.0f}")


def run(watchers: int, requests: int, rate: float) -> list[str]:
    """Both runs for this many watchers; one row each."""
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        url = f"sqlite:///{root / 'eligibility.db'}"
        _seed(url)
        folder = Folder(root, url, watchers)
        try:
            for _ in range(requests):
                folder.drop()
            folder.wait(requests)
            burst = folder.figures(range(requests))
            steady_count = max(1, int(rate * 10))
            for _ in range(steady_count):
                folder.drop()
                time.sleep(1 / rate)
            folder.wait(requests + steady_count)
            steady = folder.figures(range(requests, requests + steady_count))
        finally:
            folder.close()
    return [_row(f"{watchers} watcher(s), {requests} at once", burst),
            _row(f"{watchers} watcher(s), {rate:g} per second", steady)]


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=10.0)
    args = parser.parse_args()
    print(f"  {'run':<34} {'answers':>6} {'per second':>10} {'median ms':>10} {'p95 ms':>8}")
    for watchers in (1, 2):
        for row in run(watchers, args.requests, args.rate):
            print(row, flush=True)
    print("  (latency: from a request's rename into req/ to its answer being written; the "
          "watchers wait 0.3 s for a file to settle and look every 0.1 s)")


if __name__ == "__main__":
    main()
