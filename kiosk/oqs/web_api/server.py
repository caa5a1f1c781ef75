"""The Web API server: the OQS login and search paths on loopback (standard library only).

    POST /oqs-api-pro/MSA12020/ILI12020SV01/auth     {"MedicalInstitutionCode", "Password"}
    POST /oqs-api-pro/MSA01030/ILI01030SV01/search   Authorization: <idToken>; XmlMsg JSON

A clinic program points its base URL at http://127.0.0.1:PORT instead of the OQS hosts.
There is no TLS: loopback only, unless the caller explicitly allows another address.
Each request runs on its own thread (ThreadingHTTPServer) with a 10 s socket deadline, so a
client that never finishes its body holds one thread for 10 s, never the server.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from kiosk.eligibility import clock
from kiosk.oqs.errors import OqsError
from kiosk.oqs.web_api import auth
from kiosk.oqs.web_api.limits import BadBody, check_length, parse_body
from kiosk.oqs.web_api.search import InvalidSearch, institution_of, parse_search, search
from kiosk.oqs.web_api.tokens import IssuedTokens, TokenStore
from kiosk.storage.database import Database

log = logging.getLogger(__name__)

LOGIN_PATH = "/oqs-api-pro/MSA12020/ILI12020SV01/auth"
SEARCH_PATH = "/oqs-api-pro/MSA01030/ILI01030SV01/search"
REQUEST_DEADLINE_S = 10.0
PASSWORD_MAX = 200


class NotLoopback(ValueError):
    """The address to listen on is not loopback and remote clients were not allowed."""


def is_loopback(host: str) -> bool:
    """Whether every address `host` names is a loopback address."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    database: Database
    tokens: TokenStore
    now: Callable[[], dt.datetime]


class _Server6(_Server):
    address_family = socket.AF_INET6


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"status": "NG", "msg": message, "error": code}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = REQUEST_DEADLINE_S
    server_version = "kiosk-oqs-web-api"
    sys_version = ""

    def do_POST(self) -> None:
        """Route a POST to login or search."""
        retry_after: int | None = None
        try:
            if self.path == LOGIN_PATH:
                status, answer, retry_after = self._login(self._body())
            elif self.path == SEARCH_PATH:
                status, answer, retry_after = self._search(self._body())
            else:
                status, answer = _error(404, "not_found", "no such path")
        except BadBody as bad:
            status, answer = _error(bad.status, bad.code, bad.message)
            self.close_connection = True  # the rest of a refused body is never read
        except TimeoutError:
            log.info("web api: a client did not send its body within %g s", self.timeout)
            status, answer = _error(408, "timeout", "the body did not arrive in time")
            self.close_connection = True
        except InvalidSearch as invalid:
            status, answer = _error(400, "invalid_request", str(invalid))
        except SQLAlchemyError as error:
            log.error("web api: database error: %s", type(error).__name__)
            status, answer = _error(503, "unavailable", "the eligibility database is "
                                    "unavailable; try again")
        except OqsError as error:
            log.error("web api: result not written: %s", type(error).__name__)
            status, answer = _error(500, "unanswerable", "the stored record cannot be sent "
                                    "as an OQS result")
        self._send(status, answer, retry_after)

    def _not_allowed(self) -> None:
        if self.path in (LOGIN_PATH, SEARCH_PATH):
            self._send(*_error(405, "method_not_allowed", "use POST"), None)
        else:
            self._send(*_error(404, "not_found", "no such path"), None)

    do_GET = do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _body(self) -> Any:
        if self.headers.get("Transfer-Encoding"):
            raise BadBody(411, "length_required", "send the body with a Content-Length")
        length = check_length(self.headers.get("Content-Length"))
        body = self.rfile.read(length)
        if len(body) != length:
            raise BadBody(400, "short_body", "the body is shorter than its Content-Length")
        return parse_body(body)

    def _login(self, document: Any) -> tuple[int, dict[str, Any], int | None]:
        code = document.get("MedicalInstitutionCode") if isinstance(document, dict) else None
        password = document.get("Password") if isinstance(document, dict) else None
        if not isinstance(code, str) or not code.isascii() or not code.isdigit() \
                or len(code) != 10:
            return (*_error(400, "invalid_request", "MedicalInstitutionCode must have 10 "
                            "digits"), None)
        if not isinstance(password, str) or not 0 < len(password) <= PASSWORD_MAX:
            return (*_error(400, "invalid_request", "Password must be a non-empty string"),
                    None)
        outcome = auth.login(self.server.database, self.server.tokens, self.server.now(), code,
                             password)
        del password
        if isinstance(outcome, auth.Refusal):
            return (*_error(outcome.status, outcome.code, outcome.message),
                    outcome.retry_after)
        return 200, _login_answer(outcome), None

    def _search(self, document: Any) -> tuple[int, dict[str, Any], int | None]:
        code = institution_of(document)
        moment = self.server.now()
        refusal = auth.authorise(self.server.database, self.server.tokens, moment,
                                 self.headers.get("Authorization"), code)
        if refusal is not None:
            return (*_error(refusal.status, refusal.code, refusal.message), refusal.retry_after)
        request = parse_search(document)
        with self.server.database.session() as session, session.begin():
            return 200, search(session, request, moment), None

    def _send(self, status: int, answer: dict[str, Any], retry_after: int | None) -> None:
        data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        if retry_after is not None:
            self.send_header("Retry-After", str(retry_after))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(data)
        except OSError:  # the client has gone: nothing to tell it
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Requests go to the kiosk's log (method, path, status: never a header or body)."""
        log.debug("web api: " + format, *args)


def _login_answer(tokens: IssuedTokens) -> dict[str, Any]:
    # linkSysCharCd's meaning is not public; "0" is the UTF-8 code of CharacterCodeIdentifier.
    return {"status": "OK", "msg": "", "result": {
        "accessToken": tokens.access_token, "refreshToken": tokens.refresh_token,
        "idToken": tokens.id_token, "linkSysCharCd": "0"}}


class WebApi:
    """A running Web API server; `close()` stops it and waits for its thread."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.host = str(server.server_address[0])
        self.port = int(server.server_address[1])
        self._thread = threading.Thread(target=server.serve_forever, name="oqs-web-api",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The base URL clients use."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        """Stop serving (requests under way finish on their own threads)."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def start_web_api(database: Database, host: str, port: int, *, allow_remote: bool = False,
                  now: Callable[[], dt.datetime] = clock.now) -> WebApi:
    """Serve the Web API on host:port (port 0: any free port) from a thread of its own.

    NotLoopback unless `host` is loopback or `allow_remote`; OSError if it cannot listen.
    """
    if not allow_remote and not is_loopback(host):
        raise NotLoopback(f"the Web API listens on loopback only (127.0.0.1 or ::1), not "
                          f"{host}: it has no TLS, and clinic software runs on this machine")
    server_class = _Server6 if ":" in host else _Server
    server = server_class((host, port), _Handler)
    server.database = database
    server.tokens = TokenStore()
    server.now = now
    log.info("web api: listening on %s:%d", host, server.server_address[1])
    return WebApi(server)
