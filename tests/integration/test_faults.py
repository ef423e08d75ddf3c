"""Faults: the action server down or frozen, and the Rasa server restarted mid-conversation.

These tests start their own servers (the shared `coach` fixture must stay healthy).
"""

from __future__ import annotations

import os
import signal
import time

import pytest

from devkit.servers import MODEL, free_port, server_env, start_action_server, start_rasa, stop, url, wait_until_ready
from tests.integration.conftest import API_TOKEN, Coach

pytestmark = pytest.mark.integration
APOLOGY = "en del af mig ikke svarer"
WEB_ORIGIN = "http://127.0.0.1:8080"  # scripts/run.sh's default COACH_CORS_ORIGIN


class Servers:
    """One Rasa server and one action server on a SQLite file that outlives them."""

    def __init__(self, work) -> None:
        self.work = work
        self.rasa_port, self.action_port = free_port(), free_port()
        self.env = server_env(work / "tracker.db", self.action_port, COACH_ACTION_TIMEOUT="3")
        self.logs = {"actions": work / "actions.log", "rasa": work / "rasa.log"}
        self.rasa = self.actions = None

    def start_actions(self) -> None:
        self.actions = start_action_server(self.env, self.logs["actions"])
        wait_until_ready(url(self.action_port, "/health"), self.actions, self.logs["actions"])

    def start_rasa(self) -> None:
        self.rasa = start_rasa(self.env, self.rasa_port, self.logs["rasa"], "--cors", WEB_ORIGIN, token=API_TOKEN)
        wait_until_ready(url(self.rasa_port, "/"), self.rasa, self.logs["rasa"])

    @property
    def coach(self) -> Coach:
        return Coach(url(self.rasa_port), url(self.action_port), self.work / "tracker.db", self.logs)

    def stop_all(self) -> None:
        for process in (self.rasa, self.actions):
            if process is not None and process.poll() is None:
                os.kill(process.pid, signal.SIGCONT)  # in case a test left it frozen
                stop(process)


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` (make test does it for you).")
    running = Servers(tmp_path_factory.mktemp("faults"))
    try:
        running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop_all()


def timed(coach: Coach, me: str, message: str) -> tuple[str, float]:
    began = time.monotonic()
    reply = coach.said(me, message)
    return reply, time.monotonic() - began


def test_action_server_down_gets_an_apology_and_the_conversation_carries_on(servers):
    coach, me = servers.coach, Coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    stop(servers.actions)

    reply, seconds = timed(coach, me, "jeg vil ringe")
    assert APOLOGY in reply and seconds < 5
    slots = coach.tracker(me)["slots"]
    assert (slots["interview_date"], slots["role"]) == ("2026-11-24", "kontorchef")

    servers.start_actions()
    assert "hvornår du kan regne med at høre fra dem" in coach.said(me, "jeg vil ringe")
    assert "Følg op tirsdag den 1. december" in coach.said(me, "ingen frist")


def test_a_frozen_action_server_gets_an_apology_within_seconds(servers):
    coach, me = servers.coach, Coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef og vil ringe")
    os.kill(servers.actions.pid, signal.SIGSTOP)  # accepts connections, never answers
    try:
        reply, seconds = timed(coach, me, "ingen frist")
    finally:
        os.kill(servers.actions.pid, signal.SIGCONT)
    assert APOLOGY in reply and seconds < 3 + 4  # COACH_ACTION_TIMEOUT=3 plus the turn itself
    assert "Følg op tirsdag den 1. december" in coach.said(me, "ingen frist")


def test_restarting_rasa_mid_conversation_keeps_it(servers):
    coach, me = servers.coach, Coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    stop(servers.rasa)
    servers.start_rasa()  # same SQLite tracker store, as after `make run` is restarted
    tracker = coach.tracker(me)
    assert tracker["slots"]["role"] == "kontorchef" and tracker["slots"]["requested_slot"] == "contact_channel"
    assert "hvornår du kan regne med at høre fra dem" in coach.said(me, "ringe")


def test_only_the_web_chat_origin_may_call_rasa_from_a_browser(servers):
    import urllib.request

    def allowed_origin(origin: str) -> str | None:
        request = urllib.request.Request(f"http://127.0.0.1:{servers.rasa_port}/version", headers={"Origin": origin})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Access-Control-Allow-Origin")

    assert allowed_origin(WEB_ORIGIN) == WEB_ORIGIN
    assert allowed_origin("http://evil.example") is None
