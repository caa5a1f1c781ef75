"""`kiosk oqs serve`: answer clinic software's requests in an OQS folder (and over HTTP)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from kiosk.cli.errors import CommandError
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.settings import get_settings
from kiosk.oqs.encoding import SETTING_ENCODINGS, FileEncoding, setting_encoding
from kiosk.oqs.errors import OqsError
from kiosk.oqs.requests.handlers import Answerer
from kiosk.oqs.watcher import Watcher, WatcherSettings
from kiosk.storage.database import Database, DatabaseError


def register(commands: argparse._SubParsersAction) -> None:
    """Add `oqs serve` to the command tree."""
    oqs = commands.add_parser("oqs", help="the オンライン資格確認 interface for clinic software")
    sub = oqs.add_subparsers(dest="oqs_command", metavar="OQS_COMMAND", required=True)
    serve = sub.add_parser(
        "serve", help="answer the requests clinic software drops into <OQS>/req",
        description="Watches <DIR>/req by polling and answers 個別照会 (OQSsiquc01req_), "
        "一括照会 (OQSmuquc01req_, then OQSmuquc02req_) and 照会番号登録 (OQSsiimm01req_) "
        "in <DIR>/res; a malformed or refused request gets a .err. Several watchers may "
        "share a folder. SIGTERM or SIGINT stops it.")
    serve.add_argument("--dir", required=True, type=Path, help="the OQS folder")
    serve.add_argument("--database", help="database URL (default: KIOSK_DATABASE_URL, else "
                       "a file in the data directory)")
    serve.add_argument("--encoding", choices=sorted(SETTING_ENCODINGS),
                       help="encoding of answers (default: the facility's setting, else utf-8)")
    serve.add_argument("--facility", help="answer only this 10-digit medical institution "
                       "(default: every facility the database knows)")
    serve.add_argument("--poll", type=float, default=0.1, help="seconds between looks at req/")
    serve.add_argument("--settle", type=float, default=0.3,
                       help="seconds a request must stay unchanged before it is read")
    serve.add_argument("--http", metavar="HOST:PORT",
                       help="also serve the Web API (e.g. 127.0.0.1:8443)")
    serve.set_defaults(handler=_serve)


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) < 65536:  # 0: any free port
        raise CommandError("--http must be HOST:PORT, e.g. 127.0.0.1:8443", status=2)
    return host.strip("[]"), int(port)


def _encoding(args: argparse.Namespace, database: Database) -> FileEncoding:
    if args.encoding:
        return setting_encoding(args.encoding)
    if args.facility:
        with database.session() as session:
            return setting_encoding(get_settings(session, args.facility).oqs_encoding)
    return FileEncoding.UTF8


def _start_web_api(database: Database, address: str) -> Any:
    host, port = _address(address)
    try:
        from kiosk.oqs.web_api.server import start_web_api
    except ImportError:
        raise CommandError("the Web API is not part of this installation", status=2) from None
    try:
        return start_web_api(database, host, port)
    except ValueError as error:  # not a loopback address
        raise CommandError(str(error), status=2) from None
    except OSError as error:
        raise CommandError(f"cannot serve the Web API on {address}: "
                           f"{error.strerror or type(error).__name__}") from None


def _serve(args: argparse.Namespace) -> int:
    if args.poll <= 0 or args.settle < 0:
        raise CommandError("--poll must be above 0 and --settle 0 or more", status=2)
    try:
        database = Database.open(args.database)
    except DatabaseError as error:
        raise CommandError(str(error)) from None
    web_api = None
    try:
        encoding = _encoding(args, database)
        answerer = Answerer(database, args.dir, encoding, args.facility)
        watcher = Watcher(answerer, WatcherSettings(args.dir, poll_s=args.poll,
                                                    settle_s=args.settle))
        if args.http:
            web_api = _start_web_api(database, args.http)
        stop = threading.Event()

        def _stop(_signal: int, _frame: object) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        print(f"answering requests in {args.dir / 'req'} ({encoding.declared})", flush=True)
        if web_api is not None:
            print(f"Web API at {getattr(web_api, 'url', args.http)}", flush=True)
        watcher.run(stop)
    except (OqsError, EligibilityError) as error:
        raise CommandError(str(error)) from None
    except DatabaseError as error:
        raise CommandError(str(error)) from None
    finally:
        if web_api is not None:
            web_api.close()
        database.close()
    print("stopped", file=sys.stderr, flush=True)
    return 0
