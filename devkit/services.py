"""Private PostgreSQL and Redis for the tests and the bench: throwaway instances on free 127.0.0.1 ports.

Both run from Debian's packages (`postgresql`, `redis-server`; `.ci/run` installs them) in a
temporary directory and are stopped and deleted afterwards. Nothing touches a cluster the
package may have started on 5432.

PostgreSQL refuses to run as root, so when the tests run as root (CI) `initdb` and `postgres`
run as the `postgres` user the package creates (else `nobody`), in a directory given to it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from devkit.servers import free_port, tail

PG_USER = "coach"
PG_PASSWORD = "coach-test-pw"
PG_DB = "coach"
START_TIMEOUT = 60


def postgres_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin that has initdb, pg_ctl and postgres."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.name.split(".")])
    for candidate in reversed(candidates):
        path = Path(candidate)
        if all((path / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return path
    found = shutil.which("initdb")  # other distributions put them on PATH
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def redis_server_bin() -> str | None:
    return shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists()
                                            else None)


def missing_services() -> List[str]:
    missing = []
    if postgres_bin_dir() is None:
        missing.append("PostgreSQL (initdb/pg_ctl, Debian package `postgresql`)")
    if redis_server_bin() is None:
        missing.append("Redis (redis-server, Debian package `redis-server`)")
    return missing


def _service_user() -> str | None:
    """None when not root; else an unprivileged account for PostgreSQL."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("Running as root and there is neither a `postgres` nor a `nobody` user for PostgreSQL")


def _wait_for_port(port: int, process: subprocess.Popen | None, log: Path, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited early:\n{tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} in {START_TIMEOUT} s:\n{tail(log)}")


@dataclass
class Postgres:
    """A private cluster: superuser `coach` (password auth over TCP), database `coach`."""

    port: int
    root: Path
    bin_dir: Path
    user: str | None
    host: str = "127.0.0.1"
    username: str = PG_USER
    password: str = PG_PASSWORD
    db: str = PG_DB

    @property
    def url(self) -> str:
        return f"postgresql://{self.username}:{self.password}@{self.host}:{self.port}/{self.db}"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "postgres.log"

    @property
    def pid(self) -> int:
        """The postmaster's process id (its backends are its children)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def _run(self, args: List[str], timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(args, user=self.user, cwd=self.root, capture_output=True, text=True,
                              timeout=timeout, check=False)

    @classmethod
    def start(cls) -> Postgres:
        bin_dir = postgres_bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL binaries not found")
        user = _service_user()
        root = Path(tempfile.mkdtemp(prefix="coach-pg-"))
        pg = cls(port=free_port(), root=root, bin_dir=bin_dir, user=user)
        (root / "pwfile").write_text(PG_PASSWORD + "\n")
        if user:
            account = pwd.getpwnam(user)
            for path in (root, root / "pwfile"):
                os.chown(path, account.pw_uid, account.pw_gid)
        init = pg._run([str(bin_dir / "initdb"), "-D", str(pg.data), "-U", PG_USER, f"--pwfile={root / 'pwfile'}",
                        "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C",
                        "--no-sync"], timeout=120)
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{init.stdout}\n{init.stderr}")
        # Only 127.0.0.1; the unix socket lives in our own directory, not /var/run/postgresql.
        options = (f"-c listen_addresses=127.0.0.1 -p {pg.port} -c unix_socket_directories={root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        started = pg._run([str(bin_dir / "pg_ctl"), "-D", str(pg.data), "-l", str(pg.log), "-o", options,
                           "-w", "-t", str(START_TIMEOUT), "start"], timeout=START_TIMEOUT + 10)
        if started.returncode != 0:
            pg.stop()
            raise RuntimeError(f"pg_ctl start failed:\n{started.stdout}\n{started.stderr}\n{tail(pg.log)}")
        _wait_for_port(pg.port, None, pg.log, "PostgreSQL")
        created = pg._run([str(bin_dir / "createdb"), "-h", str(root), "-p", str(pg.port), "-U", PG_USER, PG_DB])
        if created.returncode != 0:
            pg.stop()
            raise RuntimeError(f"createdb failed:\n{created.stdout}\n{created.stderr}")
        return pg

    def stop(self) -> None:
        if self.data.exists():
            self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                      timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class Redis:
    port: int
    root: Path
    process: subprocess.Popen
    host: str = "127.0.0.1"
    db: int = 1

    @property
    def log(self) -> Path:
        return self.root / "redis.log"

    @classmethod
    def start(cls) -> Redis:
        binary = redis_server_bin()
        if binary is None:
            raise RuntimeError("redis-server not found")
        root = Path(tempfile.mkdtemp(prefix="coach-redis-"))
        port = free_port()
        log = root / "redis.log"
        with log.open("w") as handle:
            process = subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                 "--dir", str(root), "--protected-mode", "yes"],
                cwd=root, stdout=handle, stderr=subprocess.STDOUT)
        redis = cls(port=port, root=root, process=process)
        try:
            _wait_for_port(port, process, log, "Redis")
        except Exception:
            redis.stop()
            raise
        return redis

    def client(self):
        import redis

        return redis.StrictRedis(host=self.host, port=self.port, db=self.db)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def scaled_env(pg: Postgres, redis: Redis) -> Dict[str, str]:
    """The variables endpoints.scaled.yml names, for these instances; reminders live next to the conversations."""
    return {"COACH_PG_HOST": pg.host, "COACH_PG_PORT": str(pg.port), "COACH_PG_DB": pg.db,
            "COACH_PG_USER": pg.username, "COACH_PG_PASSWORD": pg.password,
            "COACH_REDIS_HOST": redis.host, "COACH_REDIS_PORT": str(redis.port), "COACH_REDIS_DB": str(redis.db),
            "COACH_REMINDER_DB_URL": pg.url}
