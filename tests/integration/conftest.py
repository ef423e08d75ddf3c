"""Start the action server and Rasa once per test session, on 127.0.0.1, and stop them after.

How a server starts is devkit/servers.py's business (the bench starts them the same way).

Loading the model takes a while, so every integration test shares one pair of
servers; each test uses its own conversation id.
"""

from __future__ import annotations

import json
import sys
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

import pytest

from devkit.servers import MODEL, free_port, server_env, start_action_server, start_rasa, stop, url, wait_until_ready
from tests.integration.fake_telegram import FakeTelegram

API_TOKEN = "test-token-123"
# The Telegram channel talks to a fake Bot API (tests/integration/fake_telegram.py).
TELEGRAM_TOKEN = "123:TEST"
TELEGRAM_SECRET = "test-secret_0123456789"
TELEGRAM_BOT_NAME = "OpfoelgningsCoachBot"


def skip_loudly(reason: str, install: str = "postgresql redis-server") -> None:
    """A banner on stderr that -q cannot hide, then the pytest skip with the same reason."""
    line = "!" * 100
    print(f"\n{line}\n!! SKIPPED: {reason}\n!! Install them: apt-get install -y {install} "
          f"(.ci/run does this, so CI always runs this test)\n{line}", file=sys.stderr, flush=True)
    pytest.skip(reason)


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
    rasa = start_rasa(env, rasa_port, logs["rasa"], "--cors", "*", token=API_TOKEN)
    try:
        wait_until_ready(url(action_port, "/health"), actions, logs["actions"])
        wait_until_ready(url(rasa_port, "/"), rasa, logs["rasa"])
        yield Coach(url(rasa_port), url(action_port), work / "tracker.db", logs,
                    telegram=fake_telegram, rasa_pid=rasa.pid)
    finally:
        stop(rasa, actions)
