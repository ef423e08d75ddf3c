"""How the tests and the bench start the coach's servers: one environment, one command line each.

Every server listens on 127.0.0.1 only, on a free port, logs to a file and is stopped after use.
Rasa starts as `make run` starts it (`python -m runtime.launch`: TensorFlow only when the model
needs it); `plain=True` starts stock `rasa run` instead (the bench's baseline).
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, Iterable, List

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "coach.tar.gz"
HOST = "127.0.0.1"
TODAY = "2026-11-28"  # a Saturday, as in the conversation tests
RASA = Path(sys.executable).with_name("rasa")
# Rasa servers start as `make run` starts them: through runtime.launch (TensorFlow only when needed).
LAUNCH = [sys.executable, "-m", "runtime.launch"]
START_TIMEOUT = 240


def _ephemeral_ports() -> range:
    """The kernel's range for outgoing connections' local ports (Linux default if unreadable)."""
    try:
        low, high = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


# Below the ephemeral range: a port the kernel hands out with bind(0) can be taken by any outgoing
# connection before our server binds it (CI once lost a test so). Ports given once are not given again.
_EPHEMERAL = _ephemeral_ports()
_CANDIDATES = [p for p in range(20000, 32768) if p not in _EPHEMERAL] or list(range(10000, 20000))
_given: set = set()


def free_port() -> int:
    """A loopback port no server listens on, outside the range outgoing connections use."""
    for port in random.sample(_CANDIDATES, len(_CANDIDATES)):
        if port in _given:
            continue
        with socket.socket() as s:
            try:
                s.bind((HOST, port))
            except OSError:
                continue
        _given.add(port)
        return port
    raise RuntimeError("No free loopback port below the ephemeral range.")


def url(port: int, path: str = "") -> str:
    return f"http://{HOST}:{port}{path}"


def server_env(tracker_db: Path | None = None, action_port: int | None = None, today: str = TODAY, *,
               without: Iterable[str] = (), **extra: str) -> Dict[str, str]:
    """The environment every server runs with: loopback only, a fixed today, quiet logs.

    `without`: variables of this process's environment (or prefixes ending in `_`) left out."""
    dropped = tuple(without)
    env = {k: v for k, v in os.environ.items()
           if not any(k == d or (d.endswith("_") and k.startswith(d)) for d in dropped)}
    env.update({"COACH_TODAY": today, "SANIC_HOST": HOST, "RASA_TELEMETRY_ENABLED": "false",
                "TF_CPP_MIN_LOG_LEVEL": "2", "SQLALCHEMY_SILENCE_UBER_WARNING": "1"})
    if tracker_db is not None:
        env["COACH_TRACKER_DB"] = str(tracker_db)
    if action_port is not None:
        env["ACTION_PORT"] = str(action_port)
    env.update(extra)
    return env


def start(args: List[str], env: Dict[str, str], log: Path) -> subprocess.Popen:
    """A process in the project's root, stdout and stderr to `log`."""
    with log.open("w") as handle:
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)


def start_action_server(env: Dict[str, str], log: Path, *extra_args: str) -> subprocess.Popen:
    """`rasa run actions` on env["ACTION_PORT"] (bound to SANIC_HOST)."""
    return start([str(RASA), "run", "actions", "--actions", "actions", "--port", env["ACTION_PORT"], *extra_args],
                 env, log)


def start_rasa(env: Dict[str, str], port: int, log: Path, *extra_args: str, token: str, model: Path = MODEL,
               endpoints: str = "endpoints.yml", plain: bool = False) -> subprocess.Popen:
    """`rasa run` as `make run` starts it (plain: stock `rasa run`), with the HTTP API behind `token`."""
    rasa = [str(RASA)] if plain else LAUNCH
    return start([*rasa, "run", "--model", str(model), "--interface", HOST, "--port", str(port),
                  "--enable-api", "--auth-token", token, "--endpoints", endpoints,
                  "--credentials", "credentials.yml", *extra_args], env, log)


def tail(log: Path, chars: int = 3000) -> str:
    try:
        return log.read_text(errors="replace")[-chars:]
    except OSError:
        return "(no log)"


def wait_until_ready(url: str, process: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT,
                     interval: float = 0.5) -> None:
    """Until `url` answers with a success status; fails at once when the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{tail(log)}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(interval)
    raise RuntimeError(f"{url} did not answer in {timeout} s:\n{tail(log)}")


def stop(*processes: subprocess.Popen | None, timeout: float = 20) -> None:
    """SIGTERM to every process still running (all at once), SIGKILL after `timeout` seconds."""
    running = [p for p in processes if p is not None]
    for process in running:
        if process.poll() is None:
            process.terminate()
    for process in running:
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
