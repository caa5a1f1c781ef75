"""A private PostgreSQL server for tests and benchmarks: its own data directory, loopback only.

The server listens on 127.0.0.1 on a free port and on a unix socket in its own directory;
it accepts only its own superuser `kiosk`, with a random password. PostgreSQL refuses to
run as root, so under root the server processes run as the `postgres` system user (or
`nobody`) through setpriv, which owns the data directory; as anyone else they run as the
caller.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import socket
import stat
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

POSTGRES_LIB = Path("/usr/lib/postgresql")
SUPERUSER = "kiosk"
_BINARIES = ("initdb", "pg_ctl", "postgres")
_INSTALL = "install Debian's postgresql package (apt-get install postgresql)"
_START_TIMEOUT_S = 30
_PORT_TRIES = 5
# A unix socket path is at most 107 bytes; the socket file name adds about 20.
_SOCKET_PATH_MAX = 85
# For throw-away test data only: durability is not wanted, speed is.
_SETTINGS = """
listen_addresses = '127.0.0.1'
unix_socket_directories = '{socket_dir}'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
shared_buffers = 256MB
max_wal_size = 4GB
log_min_messages = warning
"""


class PostgresLabError(RuntimeError):
    """The private PostgreSQL server cannot run; the message says why and what to do."""


def find_bin_dir(lib_root: Path | None = None, path: str | None = None) -> Path:
    """The directory of initdb, pg_ctl and postgres: Debian's newest, else from PATH."""
    lib_root = lib_root or POSTGRES_LIB

    def version(directory: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", directory.parent.name))

    candidates = sorted(lib_root.glob("*/bin"), key=version, reverse=True)
    found = shutil.which("pg_ctl", path=path)
    if found:
        candidates.append(Path(found).resolve().parent)
    for directory in candidates:
        if all((directory / name).is_file() for name in _BINARIES):
            return directory
    raise PostgresLabError(f"PostgreSQL (initdb, pg_ctl, postgres) not found in "
                           f"{lib_root}/*/bin or PATH: {_INSTALL}")


def _server_account() -> tuple[int, int] | None:
    """The uid and gid the server runs as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    try:
        account = pwd.getpwnam("postgres")
        return account.pw_uid, account.pw_gid
    except KeyError:
        return 65534, 65534


def _reachable(directory: Path, uid: int, gid: int) -> bool:
    """Whether `uid` may enter `directory` and every directory above it (mode bits only)."""
    for folder in (directory, *directory.parents):
        info = folder.stat()
        if info.st_uid == uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid == gid:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivatePostgres:
    """A PostgreSQL server of our own under `directory`, with a `kiosk` database."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory.resolve()
        self.port: int | None = None
        self.password = secrets.token_hex(16)
        self._account = _server_account()
        self._runtime: Path | None = None
        self._own_runtime = False
        self._bin: Path | None = None

    def __enter__(self) -> PrivatePostgres:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        assert self._runtime is not None, "the server is not started"
        return self._runtime / "data"

    @property
    def log_path(self) -> Path:
        """The server's log file."""
        assert self._runtime is not None, "the server is not started"
        return self._runtime / "postgres.log"

    def url(self, database: str = "kiosk") -> str:
        """A SQLAlchemy URL (psycopg 3) for `database` as the superuser."""
        if self.port is None:
            raise PostgresLabError("the private PostgreSQL server is not started")
        return (f"postgresql+psycopg://{SUPERUSER}:{self.password}@127.0.0.1:"
                f"{self.port}/{database}")

    def start(self) -> None:
        """initdb and start the server; PostgresLabError if it does not come up."""
        self._bin = find_bin_dir()
        self._runtime = self._prepare_runtime()
        try:
            self._initdb()
            self._start_on_a_free_port()
            self.create_database("kiosk")
        except BaseException:
            self.stop()
            raise

    def _start_on_a_free_port(self) -> None:
        for attempt in range(_PORT_TRIES):
            self.port = _free_port()
            seen = self.log_path.stat().st_size if self.log_path.exists() else 0
            if self._pg_ctl_start():
                break
            with self.log_path.open(errors="replace") as log_file:
                log_file.seek(seen)
                log = log_file.read()
            # Another program may take the port between our probe and the server's bind.
            if "could not bind" not in log or attempt == _PORT_TRIES - 1:
                self.port = None
                raise PostgresLabError(f"PostgreSQL did not start; log:\n{log}")

    def _prepare_runtime(self) -> Path:
        """Where data, socket and log go, owned by (and reachable for) the server's user."""
        self.directory.mkdir(parents=True, exist_ok=True)
        runtime = self.directory / "postgres"
        too_long = len(str(runtime / "socket")) > _SOCKET_PATH_MAX
        if too_long or (self._account and not _reachable(self.directory, *self._account)):
            # pytest's directories are private to root (0700): the server's user could not
            # enter them. /tmp (not $TMPDIR, which may be private too) is open to everyone
            # and short enough for the socket path.
            runtime = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir="/tmp"))
            self._own_runtime = True
        else:
            runtime.mkdir()
        (runtime / "socket").mkdir()
        if self._account:
            for path in (runtime, runtime / "socket"):
                os.chown(path, *self._account)
        runtime.chmod(0o700)
        return runtime

    def _run(self, command: list[str], **kwargs) -> subprocess.CompletedProcess:
        """Run a PostgreSQL program as the server's user, in its runtime directory."""
        if self._account:
            uid, gid = self._account
            command = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups",
                       *command]
        # Our PG* variables (PGDATA, PGPORT...) must not steer the private server.
        environment = {key: value for key, value in os.environ.items()
                       if not key.startswith("PG")}
        environment["LC_ALL"] = "C"
        return subprocess.run(command, cwd=self._runtime, env=environment,
                              capture_output=True, text=True, **kwargs)

    def _initdb(self) -> None:
        assert self._bin is not None and self._runtime is not None
        password_file = self._runtime / "password"
        password_file.write_text(self.password + "\n")
        if self._account:
            os.chown(password_file, *self._account)
        try:
            result = self._run([
                str(self._bin / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER,
                f"--pwfile={password_file}", "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync",
                "--no-instructions",
            ], timeout=120)
        finally:
            password_file.unlink()
        if result.returncode != 0:
            raise PostgresLabError(f"initdb failed:\n{result.stdout}{result.stderr}")
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write(_SETTINGS.format(socket_dir=self._runtime / "socket"))

    def _pg_ctl_start(self) -> bool:
        assert self._bin is not None
        result = self._run([
            str(self._bin / "pg_ctl"), "start", "-D", str(self.data_dir), "-l",
            str(self.log_path), "-w", "-t", str(_START_TIMEOUT_S), "-o", f"-p {self.port}",
        ], timeout=_START_TIMEOUT_S + 10)
        return result.returncode == 0

    def stop(self) -> None:
        """Stop the server (fast: open connections are cut) and remove a temporary home."""
        if self._runtime is None:
            return
        # Stop whatever runs there, even a server whose start timed out.
        if self._bin is not None and (self.data_dir / "postmaster.pid").exists():
            self._run([str(self._bin / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m",
                       "fast", "-w", "-t", str(_START_TIMEOUT_S)], timeout=_START_TIMEOUT_S + 10)
        self.port = None
        if self._own_runtime:
            shutil.rmtree(self._runtime, ignore_errors=True)
        self._runtime = None

    def _admin(self) -> psycopg.Connection:
        """An autocommit connection to the maintenance database (CREATE DATABASE needs it)."""
        if self.port is None:
            raise PostgresLabError("the private PostgreSQL server is not started")
        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               password=self.password, dbname="postgres", autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> None:
        """CREATE DATABASE `name`, as a copy of `template` when given."""
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self._admin() as connection:
            connection.execute(statement)

    def drop_database(self, name: str) -> None:
        """DROP DATABASE `name` if it exists, cutting any connection still open to it."""
        statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name))
        with self._admin() as connection:
            connection.execute(statement)
