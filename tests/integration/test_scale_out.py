"""Scale-out: two Rasa servers and one action server sharing PostgreSQL and Redis.

The module starts its own PostgreSQL and Redis on free 127.0.0.1 ports (devkit/services.py),
two Rasa servers with `--endpoints endpoints.scaled.yml` and one action server, in parallel.
Then:
  * the turns of one conversation go alternately to both servers, and every slot and the plan
    come out exactly as when the same conversation runs on one server;
  * concurrent conversations (threads) go to both servers, each alternating;
  * one server is killed with SIGKILL in the middle of a conversation, while other
    conversations are being served; the conversation is finished on the other server and
    nothing is lost.

Without PostgreSQL or Redis installed the module skips loudly (`.ci/run` installs both).
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
import urllib.error
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.client import HTTPException
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from devkit.servers import MODEL, free_port, server_env, start_action_server, start_rasa, stop, url, wait_until_ready
from devkit.services import Postgres, Redis, missing_services, scaled_env
from tests.integration.conftest import API_TOKEN, Coach, skip_loudly

pytestmark = pytest.mark.integration

# A Rasa server killed while holding a conversation's lock keeps the other servers waiting for
# that conversation until the ticket expires (default 60 s); short here so the test stays quick.
LOCK_LIFETIME = 10
# A message sent again after a crash is answered once the dead ticket has expired, plus a turn.
RESEND_WITHIN = LOCK_LIFETIME + 10

# (message, a phrase of the reply) for one conversation; the single-server test's conversation first.
PHONE = [("Hej", "Hvornår var din jobsamtale"), ("i tirsdags", "Hvilken stilling"), ("kontorchef", "ringe"),
         ("ringe", "tirsdag den 24. november"), ("det sagde de ikke", "Følg op tirsdag den 1. december")]
EXPECTED_PHONE = {"interview_date": "2026-11-24", "role": "kontorchef", "contact_channel": "telefon",
                  "deadline": "ingen", "followup_date": "2026-12-01", "followup_attempts": 0}
MAIL = [("Hej", "Hvornår var din jobsamtale"), ("i mandags", "Hvilken stilling"), ("pædagog", None),
        ("jeg vil hellere skrive en mail", None), ("de svarer senest fredag", "Følg op")]
WHOLE = [("Jeg var til samtale i tirsdags kl. 10 som kontorchef hos Novo Nordisk. Jeg talte med Mette Hansen, "
          "og de svarer senest fredag. Jeg vil gerne skrive en mail", "Følg op tirsdag den 8. december"),
         ("kan jeg få et manuskript til et opkald i stedet?", "Hej Mette")]
SCRIPTS = {"phone": PHONE, "mail": MAIL, "whole": WHOLE}


@dataclass
class Cluster:
    servers: List[Coach]
    processes: List  # the Rasa servers' Popen, same order as `servers`
    actions: Coach
    pg: Postgres
    redis: Redis
    logs: Dict[str, Path]
    alive: List[bool] = field(default_factory=list)

    def server(self, turn: int) -> Coach:
        """Round robin over the servers still alive (what the load balancer does)."""
        up = [s for s, ok in zip(self.servers, self.alive, strict=True) if ok]
        return up[turn % len(up)]

    def events_in_postgres(self, sender: str) -> int:
        import psycopg2

        with psycopg2.connect(self.pg.url) as db, db.cursor() as cursor:
            cursor.execute("select count(*) from events where sender_id = %s", (sender,))
            return cursor.fetchone()[0]


def _start_all(work: Path) -> Tuple[List, List[Coach], Coach, Postgres, Redis, Dict[str, Path]]:
    pg = Postgres.start()
    redis = None
    processes: List = []
    try:
        redis = Redis.start()
        action_port = free_port()
        rasa_ports = [free_port(), free_port()]
        env = server_env(work / "must-not-be-used.db", action_port, without=["TELEGRAM_"], **scaled_env(pg, redis),
                         TICKET_LOCK_LIFETIME=str(LOCK_LIFETIME))
        logs = {"actions": work / "actions.log", "rasa-a": work / "rasa-a.log", "rasa-b": work / "rasa-b.log"}
        actions = start_action_server(env, logs["actions"])
        processes.append(actions)
        rasas = []
        for port, name in zip(rasa_ports, ("rasa-a", "rasa-b"), strict=True):
            rasas.append(start_rasa(env, port, logs[name], token=API_TOKEN, endpoints="endpoints.scaled.yml"))
            processes.append(rasas[-1])
        wait_until_ready(url(action_port, "/health"), actions, logs["actions"])
        for port, process, name in zip(rasa_ports, rasas, ("rasa-a", "rasa-b"), strict=True):
            wait_until_ready(url(port, "/"), process, logs[name])
        action = Coach(url(action_port), url(action_port), Path(), logs)
        servers = [Coach(url(port), action.action_url, Path(), logs) for port in rasa_ports]
        return [actions, *rasas], servers, action, pg, redis, logs
    except BaseException:
        stop(*processes)
        if redis is not None:
            redis.stop()
        pg.stop()
        raise


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Cluster:
    missing = missing_services()
    if missing:
        skip_loudly("scale-out test needs " + " and ".join(missing))
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train` (make test does it for you).")
    work = tmp_path_factory.mktemp("scale")
    began = time.monotonic()
    processes, servers, actions, pg, redis, logs = _start_all(work)
    print(f"\n[scale-out] PostgreSQL, Redis, 2 Rasa servers and 1 action server up in "
          f"{time.monotonic() - began:.1f} s", flush=True)
    cluster = Cluster(servers=servers, processes=processes[1:], actions=actions, pg=pg, redis=redis, logs=logs,
                      alive=[True, True])
    try:
        yield cluster
    finally:
        for process in processes:
            if process.poll() is None:
                stop(process)
        redis.stop()
        pg.stop()
        assert not (work / "must-not-be-used.db").exists(), "a process used SQLite instead of PostgreSQL"


def texts(messages: List[Dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def plan_line(reply: str) -> str:
    """The plan's first line: 'Følg op <day>. <reason>'."""
    return next((line for line in reply.splitlines() if line.startswith("Følg op")), "")


def user_texts(tracker: Dict) -> List[str]:
    return [e.get("text") for e in tracker["events"] if e.get("event") == "user"]


def converse(cluster: Cluster, sender: str, script, offset: int = 0, check_both: bool = False) -> str:
    """Every turn on the next server (round robin from `offset`); returns the last reply."""
    reply = ""
    for turn, (message, expected) in enumerate(script):
        reply = texts(cluster.server(turn + offset).say(sender, message))
        if expected:
            assert expected in reply, f"{sender} turn {turn} ({message!r}) on {turn + offset}: {reply!r}"
        if check_both:  # both servers see the same conversation after every turn
            a, b = (s.tracker(sender) for s in cluster.servers)
            assert a["slots"] == b["slots"] and a["events"] == b["events"] and a["active_loop"] == b["active_loop"]
    return reply


def test_one_conversation_alternating_between_two_servers(cluster):
    alternating, alone = Coach.new_sender(), Coach.new_sender()
    reply = converse(cluster, alternating, PHONE, check_both=True)
    assert "Det drejede sig om stillingen som kontorchef" in reply
    slots = cluster.servers[1].tracker(alternating)["slots"]
    assert {k: slots[k] for k in EXPECTED_PHONE} == EXPECTED_PHONE

    # The same conversation on one server only: the same slots, every one of them, and the same plan.
    one_reply = ""
    for message, _ in PHONE:
        one_reply = cluster.servers[0].said(alone, message)
    assert cluster.servers[0].tracker(alone)["slots"] == slots
    assert plan_line(one_reply) == plan_line(reply) != ""

    # Both servers wrote to PostgreSQL, and both took the conversation's lock in Redis.
    assert cluster.events_in_postgres(alternating) == len(cluster.servers[0].tracker(alternating)["events"])
    stats = cluster.redis.client().info("commandstats")
    assert stats.get("cmdstat_set", {}).get("calls", 0) >= 2 * len(PHONE), stats
    assert not cluster.redis.client().keys("coach:lock:*"), "every lock is released after its turn"


def test_concurrent_conversations_on_both_servers(cluster):
    # The reference: each script once, on one server only.
    reference = {}
    for name, script in SCRIPTS.items():
        sender = Coach.new_sender()
        reply = ""
        for message, _ in script:
            reply = cluster.servers[0].said(sender, message)
        reference[name] = (cluster.servers[0].tracker(sender)["slots"], plan_line(reply))
    assert reference["phone"][0]["followup_date"] == "2026-12-01"
    assert reference["mail"][0]["contact_channel"] == "email" and reference["whole"][0]["company"] == "Novo Nordisk"

    # Now 12 conversations at once, every one alternating between the two servers.
    jobs = [(name, Coach.new_sender(), offset) for offset in (0, 1) for name in SCRIPTS for _ in range(2)]
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        replies = list(pool.map(lambda job: converse(cluster, job[1], SCRIPTS[job[0]], offset=job[2]), jobs))
    elapsed = time.monotonic() - began
    turns = sum(len(SCRIPTS[name]) for name, _, _ in jobs)
    print(f"\n[scale-out] {len(jobs)} concurrent conversations, {turns} turns on 2 servers: {elapsed:.1f} s",
          flush=True)
    for (name, sender, offset), reply in zip(jobs, replies, strict=True):
        tracker = cluster.servers[(offset + 1) % 2].tracker(sender)
        assert tracker["slots"] == reference[name][0], (name, sender)
        assert plan_line(reply) == reference[name][1], (name, sender)
        assert user_texts(tracker) == [m for m, _ in SCRIPTS[name]]
        assert cluster.events_in_postgres(sender) == len(tracker["events"])


class Driver:
    """A client behind a load balancer: round robin over the servers still answering.

    When a server dies under a request, the turn was either stored completely (Rasa saves a
    turn's events in one transaction at its end) or not at all. The driver asks a surviving
    server which, and sends the message again right away if it was not stored: no turn is lost
    and none is doubled. The resent message waits behind the dead server's ticket and must be
    answered as soon as that has expired (scaling/redis_lock_store.py; Rasa's own RedisLockStore
    could wait until the client gave up, see deploy/README.md).
    """

    def __init__(self, cluster: Cluster):
        self.cluster = cluster
        self.failed_over: List[str] = []
        self.lock = threading.Lock()

    def say(self, sender: str, message: str, turn: int) -> str:
        try:
            return texts(self.cluster.server(turn).say(sender, message))
        except (urllib.error.URLError, ConnectionError, HTTPException, OSError):
            survivor = self.cluster.servers[1]
            time.sleep(1)  # lets PostgreSQL apply a COMMIT the dead server had sent just before
            stored = self.stored(survivor.tracker(sender), message)
            began = time.monotonic()
            reply = "" if stored else texts(survivor.say(sender, message))
            took = time.monotonic() - began
            with self.lock:
                self.failed_over.append(f"{sender}:{message!r}:{'stored' if stored else f'resent {took:.1f} s'}")
            assert took < RESEND_WITHIN, f"{sender}: the resent {message!r} took {took:.1f} s"
            return reply

    @staticmethod
    def stored(tracker: Dict, message: str) -> bool:
        users = [e for e in tracker["events"] if e.get("event") == "user"]
        return bool(users) and users[-1].get("text") == message \
            and tracker["events"][-1].get("name") == "action_listen"


def test_sigkill_one_server_in_the_middle_loses_nothing(cluster):
    a_only, middle = Coach.new_sender(), Coach.new_sender()
    for message, _ in PHONE:  # a whole conversation on server A only
        cluster.servers[0].said(a_only, message)
    before = cluster.servers[0].tracker(a_only)

    # Half of a conversation, alternating A, B, A.
    converse(cluster, middle, PHONE[:3])
    half = cluster.servers[1].tracker(middle)
    assert half["slots"]["requested_slot"] == "contact_channel"

    # Other conversations keep running on both servers while A is killed.
    driver = Driver(cluster)
    background = [Coach.new_sender() for _ in range(6)]
    kill_at = threading.Event()

    def run(sender: str, index: int) -> str:
        reply = ""
        for turn, (message, _) in enumerate(PHONE):
            if turn == 2 and index == 0:
                kill_at.set()
            reply = driver.say(sender, message, turn + index) or reply
            time.sleep(random.uniform(0, 0.2))
        return reply

    with ThreadPoolExecutor(max_workers=len(background)) as pool:
        futures = [pool.submit(run, sender, i) for i, sender in enumerate(background)]
        assert kill_at.wait(60)
        time.sleep(random.uniform(0, 0.3))
        killed = cluster.processes[0]
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=10)
        cluster.alive[0] = False
        began = time.monotonic()
        for future in futures:
            future.result(timeout=120)
    print(f"\n[scale-out] SIGKILL of server A (exit {killed.returncode}); failed over: {driver.failed_over or 'none'}; "
          f"background conversations done {time.monotonic() - began:.1f} s later", flush=True)
    assert killed.returncode == -signal.SIGKILL

    survivor = cluster.servers[1]
    # What A stored alone is all there, on B.
    after = survivor.tracker(a_only)
    assert after["slots"] == before["slots"] and after["events"] == before["events"]
    # The conversation cut in the middle goes on on B from where it was.
    assert survivor.tracker(middle)["events"] == half["events"]
    reply = ""
    for message, expected in PHONE[3:]:
        reply = survivor.said(middle, message)
        assert expected in reply
    slots = survivor.tracker(middle)["slots"]
    assert {k: slots[k] for k in EXPECTED_PHONE} == EXPECTED_PHONE
    assert user_texts(survivor.tracker(middle)) == [m for m, _ in PHONE]
    # Every background conversation is complete: each turn stored once, the same slots.
    for sender in background:
        tracker = survivor.tracker(sender)
        assert user_texts(tracker) == [m for m, _ in PHONE], sender
        assert {k: tracker["slots"][k] for k in EXPECTED_PHONE} == EXPECTED_PHONE, sender
        assert cluster.events_in_postgres(sender) == len(tracker["events"])
