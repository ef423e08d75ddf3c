"""Start the action server and Rasa once per test session, on 127.0.0.1, and stop them after.

Loading the model takes a while, so every integration test shares one pair of
servers; each test uses its own conversation id.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

import pytest

from tests.integration.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "coach.tar.gz"
RASA = Path(sys.executable).with_name("rasa")
# Rasa servers start as `make run` starts them: through runtime.launch (TensorFlow only when needed).
RASA_SERVER = [sys.executable, "-m", "runtime.launch"]
TODAY = "2026-11-28"
API_TOKEN = "test-token-123"
START_TIMEOUT = 240
# The Telegram channel talks to a fake Bot API (tests/integration/fake_telegram.py).
TELEGRAM_TOKEN = "123:TEST"
TELEGRAM_SECRET = "test-secret_0123456789"
TELEGRAM_BOT_NAME = "OpfoelgningsCoachBot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer in {START_TIMEOUT} s:\n{log.read_text()[-3000:]}")


@dataclass
class Coach:
    rasa_url: str
    action_url: str
    tracker_db: Path
    logs: Dict[str, Path]
    telegram: FakeTelegram | None = None
    rasa_pid: int | None = None

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": message}).encode()
        request = urllib.request.Request(f"{self.rasa_url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def said(self, sender: str, message: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(sender, message))

    def tracker(self, sender: str, token: str | None = API_TOKEN) -> Dict[str, Any]:
        query = f"?token={token}" if token else ""
        with urllib.request.urlopen(f"{self.rasa_url}/conversations/{sender}/tracker{query}", timeout=10) as r:
            return json.load(r)

    @staticmethod
    def new_sender() -> str:
        return f"test-{uuid.uuid4().hex[:8]}"


def start(args: List[str], env: Dict[str, str], log: Path) -> subprocess.Popen:
    handle = log.open("w")
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)


def server_env(tracker_db: Path, action_port: int, today: str = TODAY, **extra: str) -> Dict[str, str]:
    """The environment every test server runs with: loopback only, a fixed today, quiet logs."""
    return {**os.environ, "COACH_TODAY": today, "COACH_TRACKER_DB": str(tracker_db),
            "ACTION_PORT": str(action_port), "SANIC_HOST": "127.0.0.1", "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "2", "SQLALCHEMY_SILENCE_UBER_WARNING": "1", **extra}


def start_action_server(env: Dict[str, str], log: Path) -> subprocess.Popen:
    port = env["ACTION_PORT"]
    return start([str(RASA), "run", "actions", "--actions", "actions", "--port", port], env, log)


def start_rasa(env: Dict[str, str], port: int, log: Path, *extra_args: str,
               endpoints: str = "endpoints.yml") -> subprocess.Popen:
    """`rasa run` as `make run` starts it, with the HTTP API behind the test token."""
    return start([*RASA_SERVER, "run", "--model", str(MODEL), "--interface", "127.0.0.1", "--port", str(port),
                  "--enable-api", "--auth-token", API_TOKEN, "--endpoints", endpoints,
                  "--credentials", "credentials.yml", *extra_args], env, log)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def fake_telegram() -> FakeTelegram:
    """The fake Bot API, started before the coach so Rasa can be pointed at it."""
    fake = FakeTelegram(TELEGRAM_TOKEN, TELEGRAM_BOT_NAME).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def coach(tmp_path_factory, fake_telegram) -> Coach:
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` (make test does it for you).")
    work = tmp_path_factory.mktemp("coach")
    rasa_port, action_port = free_port(), free_port()
    env = server_env(work / "tracker.db", action_port, TELEGRAM_TOKEN=TELEGRAM_TOKEN,
                     TELEGRAM_SECRET=TELEGRAM_SECRET, TELEGRAM_BOT_NAME=TELEGRAM_BOT_NAME,
                     TELEGRAM_API_URL=fake_telegram.base_url,
                     TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{rasa_port}/webhooks/telegram/webhook")
    logs = {"actions": work / "actions.log", "rasa": work / "rasa.log"}
    actions = start_action_server(env, logs["actions"])
    rasa = start_rasa(env, rasa_port, logs["rasa"], "--cors", "*")
    try:
        wait_until_up(f"http://127.0.0.1:{action_port}/health", actions, logs["actions"])
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, logs["rasa"])
        yield Coach(f"http://127.0.0.1:{rasa_port}", f"http://127.0.0.1:{action_port}", work / "tracker.db", logs,
                    telegram=fake_telegram, rasa_pid=rasa.pid)
    finally:
        stop(rasa)
        stop(actions)
