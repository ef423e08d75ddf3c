"""The lock store of the scaled deployment (scaling/redis_lock_store.py) against a real Redis.

A private redis-server on a free 127.0.0.1 port in a temporary directory (no persistence,
devkit/services.py); when redis-server is not installed the module skips loudly (`apt-get install redis-server`).
Several "servers" are several store instances (own connections), in threads or processes.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import List

import pytest

redis = pytest.importorskip("redis")
rasa_lock_store = pytest.importorskip("rasa.core.lock_store")

from rasa.core.lock_store import LockStore, RedisLockStore  # noqa: E402
from rasa.utils.endpoints import read_endpoint_config  # noqa: E402

from devkit.services import Redis, redis_server_bin  # noqa: E402
from scaling.redis_lock_store import COUNTER_TTL, AtomicRedisLockStore  # noqa: E402
from tests.integration.conftest import skip_loudly  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "coach"


@pytest.fixture(scope="module")
def redis_port():
    if redis_server_bin() is None:
        skip_loudly("the lock store tests need redis-server", install="redis-server")
    server = Redis.start()
    try:
        yield server.port
    finally:
        server.stop()


@pytest.fixture
def store(redis_port) -> AtomicRedisLockStore:
    return new_store(redis_port)


def new_store(port: int) -> AtomicRedisLockStore:
    """One "server": its own connections."""
    return AtomicRedisLockStore(host="127.0.0.1", port=port, db=1, key_prefix=PREFIX)


def conversation() -> str:
    return f"conv-{uuid.uuid4().hex[:10]}"


def tickets_in_redis(store: AtomicRedisLockStore, conversation_id: str) -> List[dict]:
    raw = store.red.get(store.key_prefix + conversation_id)
    return [json.loads(t) for t in json.loads(raw)["tickets"]] if raw else []


def test_rasa_builds_it_from_endpoints_scaled_yml(redis_port, monkeypatch):
    for name in ("COACH_PG_HOST", "COACH_PG_PORT", "COACH_PG_DB", "COACH_PG_USER", "COACH_PG_PASSWORD", "ACTION_PORT"):
        monkeypatch.setenv(name, "1")
    monkeypatch.setenv("COACH_REDIS_HOST", "127.0.0.1")
    monkeypatch.setenv("COACH_REDIS_PORT", str(redis_port))
    monkeypatch.setenv("COACH_REDIS_DB", "1")
    config = read_endpoint_config(str(ROOT / "endpoints.scaled.yml"), endpoint_type="lock_store")
    store = LockStore.create(config)
    assert type(store) is AtomicRedisLockStore
    assert store.key_prefix == "coach:lock:" and store.counter_prefix == "coach:lock-seq:"
    assert store.red.connection_pool.connection_kwargs["port"] == redis_port
    sender = conversation()
    assert store.issue_ticket(sender, 5) == 1
    store.cleanup(sender, 1)
    assert not store.red.keys("coach:lock:*")


def test_concurrent_tickets_from_many_threads_are_unique_and_all_kept(redis_port):
    sender = conversation()
    stores = [new_store(redis_port) for _ in range(4)]
    threads_per_store, per_thread = 8, 25
    start = threading.Barrier(len(stores) * threads_per_store)
    issued: List[int] = []
    guard = threading.Lock()

    def take(store: AtomicRedisLockStore) -> None:
        start.wait()
        mine = [store.issue_ticket(sender, 30) for _ in range(per_thread)]
        assert mine == sorted(mine)  # one thread's tickets come in the order it took them
        with guard:
            issued.extend(mine)

    threads = [threading.Thread(target=take, args=(s,)) for s in stores for _ in range(threads_per_store)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    total = len(stores) * threads_per_store * per_thread
    assert len(issued) == total and len(set(issued)) == total, "a ticket number was handed out twice"
    assert sorted(issued) == list(range(1, total + 1))
    # None was overwritten by another server: every ticket is in the lock, in order.
    assert [t["number"] for t in tickets_in_redis(stores[0], sender)] == list(range(1, total + 1))
    assert stores[0].get_lock(sender).now_serving == 1  # Rasa's own reading of the lock agrees


def _take_in_process(port: int, sender: str, count: int, start, results) -> None:
    store = new_store(port)
    start.wait()
    results.put([store.issue_ticket(sender, 30) for _ in range(count)])


def test_concurrent_tickets_from_processes(redis_port):
    context = multiprocessing.get_context("fork")
    sender, processes, per_process = conversation(), 4, 50
    start, results = context.Barrier(processes), context.Queue()
    workers = [context.Process(target=_take_in_process, args=(redis_port, sender, per_process, start, results))
               for _ in range(processes)]
    for w in workers:
        w.start()
    issued = [n for _ in workers for n in results.get(timeout=60)]
    for w in workers:
        w.join(30)
        assert w.exitcode == 0
    assert sorted(issued) == list(range(1, processes * per_process + 1))
    assert [t["number"] for t in tickets_in_redis(new_store(redis_port), sender)] == sorted(issued)


def test_turns_are_served_one_at_a_time_in_ticket_order(redis_port):
    sender = conversation()
    servers, turns = 6, 4
    inside, entered, overlaps = [0], [], []
    guard = threading.Lock()
    start = threading.Barrier(servers)

    async def handle(store: AtomicRedisLockStore) -> None:
        for _ in range(turns):
            async with store.lock(sender, lock_lifetime=10, wait_time_in_seconds=0.02) as lock:
                with guard:
                    inside[0] += 1
                    if inside[0] > 1:
                        overlaps.append(lock.now_serving)
                    entered.append(lock.now_serving)  # the served ticket is the lowest live one
                await asyncio.sleep(0.01)
                with guard:
                    inside[0] -= 1

    def server() -> None:
        store = new_store(redis_port)
        start.wait()
        asyncio.run(handle(store))

    threads = [threading.Thread(target=server) for _ in range(servers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not overlaps, f"two turns of one conversation at once: {overlaps}"
    assert len(entered) == servers * turns
    assert entered == sorted(entered) and len(set(entered)) == len(entered), entered
    assert not new_store(redis_port).red.exists(f"{PREFIX}:lock:{sender}"), "the last turn deletes the lock"


@pytest.mark.parametrize("resent_after", [0.02, 0.6])
def test_a_dead_servers_ticket_delays_the_next_turn_only_until_it_expires(redis_port, resent_after):
    """The crash of deploy/README.md: a server dies holding a ticket and the message is sent again
    right away to another server. Rasa's store then polls once a second and, when its own ticket
    (taken `resent_after` later) expires before the next poll, waits until the client gives up.
    Here the waiter wakes right after the dead ticket expires."""
    sender, lifetime = conversation(), 2.0
    dead, survivor = new_store(redis_port), new_store(redis_port)
    dead.issue_ticket(sender, lifetime)  # ... and never finished: the server was killed
    dead_expires = tickets_in_redis(dead, sender)[0]["expires"]
    time.sleep(resent_after)

    async def resend() -> float:
        async with survivor.lock(sender, lock_lifetime=lifetime, wait_time_in_seconds=1):
            return time.time()

    served = asyncio.run(asyncio.wait_for(resend(), timeout=lifetime + 5))
    assert dead_expires <= served < dead_expires + 0.25, (served - dead_expires)
    assert not survivor.red.exists(survivor.key_prefix + sender), "the dead ticket is gone with the turn"


def test_a_live_waiter_keeps_its_ticket_however_long_it_waits(redis_port):
    """A waiter's ticket is renewed while it waits: a turn longer than the waiter's lifetime
    doesn't make the waiter lose its place (in Rasa's store its ticket would expire and it would
    wait forever), and it still waits for the turn in progress."""
    sender = conversation()
    holder, waiter = new_store(redis_port), new_store(redis_port)
    times = {}

    async def hold() -> None:
        async with holder.lock(sender, lock_lifetime=5, wait_time_in_seconds=0.05):
            times["holder in"] = time.time()
            await asyncio.sleep(1.6)
            times["holder out"] = time.time()

    async def wait() -> None:
        await asyncio.sleep(0.1)
        async with waiter.lock(sender, lock_lifetime=0.5, wait_time_in_seconds=0.05):
            times["waiter in"] = time.time()

    async def both() -> None:
        await asyncio.gather(hold(), wait())

    asyncio.run(asyncio.wait_for(both(), timeout=10))
    assert times["holder out"] <= times["waiter in"] < times["holder out"] + 0.3, times


def test_a_turn_longer_than_its_lifetime_lets_the_next_one_go_as_in_rasa(redis_port):
    sender = conversation()
    slow, other = new_store(redis_port), new_store(redis_port)
    times = {}

    async def hold() -> None:
        async with slow.lock(sender, lock_lifetime=0.8, wait_time_in_seconds=0.05):
            times["slow in"] = time.time()
            await asyncio.sleep(2)

    async def wait() -> None:
        await asyncio.sleep(0.1)
        async with other.lock(sender, lock_lifetime=5, wait_time_in_seconds=1):
            times["other in"] = time.time()

    async def both() -> None:
        await asyncio.gather(hold(), wait())

    asyncio.run(asyncio.wait_for(both(), timeout=10))
    assert times["slow in"] + 0.8 <= times["other in"] < times["slow in"] + 1.1, times


def test_a_waiter_whose_ticket_vanished_queues_again_at_the_end(redis_port):
    sender = conversation()
    dead, waiter = new_store(redis_port), new_store(redis_port)
    first = dead.issue_ticket(sender, 1.5)
    numbers = []

    async def wait() -> None:
        async with waiter.lock(sender, lock_lifetime=5, wait_time_in_seconds=0.05) as lock:
            numbers.append(lock.now_serving)

    async def steal() -> None:
        task = asyncio.ensure_future(wait())
        await asyncio.sleep(0.2)
        mine = [t["number"] for t in tickets_in_redis(dead, sender) if t["number"] != first]
        dead.finish_serving(sender, mine[0])  # e.g. someone cleaned up the wrong ticket
        numbers.append(mine[0])
        await asyncio.wait_for(task, timeout=5)

    asyncio.run(steal())
    lost, served = numbers
    assert served > lost > first  # a new number, after the dead ticket, which it still waited for
    assert not waiter.red.exists(waiter.key_prefix + sender), "the re-issued ticket is released"


def test_keys_expire_with_their_longest_ticket_and_numbers_are_never_reused(store):
    sender = conversation()
    key, counter = store.key_prefix + sender, store.counter_prefix + sender
    first = store.issue_ticket(sender, 3)
    assert 2000 < store.red.pttl(key) <= 3000
    second = store.issue_ticket(sender, 8)
    assert 7000 < store.red.pttl(key) <= 8000
    assert COUNTER_TTL - 5 < store.red.ttl(counter) <= COUNTER_TTL
    store.cleanup(sender, first)
    assert [t["number"] for t in tickets_in_redis(store, sender)] == [second]
    assert store.is_someone_waiting(sender)
    store.cleanup(sender, second)
    assert not store.red.exists(key) and not store.is_someone_waiting(sender)
    third = store.issue_ticket(sender, 3)
    assert third == second + 1  # after the lock was deleted, the numbers go on
    store.finish_serving(sender, first)  # a late finish of an old ticket touches nothing
    assert [t["number"] for t in tickets_in_redis(store, sender)] == [third]
    store.cleanup(sender, third)
    assert not store.red.exists(key)


def test_expired_tickets_are_dropped_and_do_not_block(store):
    sender = conversation()
    store.issue_ticket(sender, 0.2)
    time.sleep(0.3)
    second = store.issue_ticket(sender, 5)
    assert [t["number"] for t in tickets_in_redis(store, sender)] == [second]

    async def enter() -> float:
        began = time.monotonic()
        async with store.lock(sender, lock_lifetime=5):
            return time.monotonic() - began

    store.cleanup(sender, second)
    assert asyncio.run(enter()) < 0.1


def test_the_lock_stays_in_rasas_format(redis_port):
    """Rasa's store reads our locks, and a ticket Rasa's store wrote is honoured."""
    sender = conversation()
    ours, rasas = new_store(redis_port), RedisLockStore(host="127.0.0.1", port=redis_port, db=1, key_prefix=PREFIX)
    ticket = ours.issue_ticket(sender, 5)
    lock = rasas.get_lock(sender)
    assert lock.now_serving == ticket and lock.is_someone_waiting()
    ours.cleanup(sender, ticket)

    rasa_ticket = rasas.issue_ticket(sender, 0.8)  # number 0, key without TTL
    times = {}

    async def enter() -> None:
        began = time.time()
        async with ours.lock(sender, lock_lifetime=5, wait_time_in_seconds=0.05):
            times["waited"] = time.time() - began

    asyncio.run(enter())
    assert rasa_ticket == 0 and 0.6 < times["waited"] < 1.1, times
    assert not ours.red.exists(ours.key_prefix + sender)


def test_ticket_lock_lifetime_comes_from_the_environment_as_in_rasa(redis_port):
    assert AtomicRedisLockStore.lock.__wrapped__.__defaults__[0] == rasa_lock_store.LOCK_LIFETIME
    code = ("import sys; from scaling.redis_lock_store import AtomicRedisLockStore as S; "
            "s = S(host='127.0.0.1', port=int(sys.argv[1]), db=1, key_prefix='coach'); "
            "import asyncio\n"
            "async def main():\n"
            "    async with s.lock('env-test'):\n"
            "        print(s.red.pttl(s.key_prefix + 'env-test'))\n"
            "asyncio.run(main())")
    done = subprocess.run([sys.executable, "-c", code, str(redis_port)], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "TICKET_LOCK_LIFETIME": "7"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert 6000 < int(done.stdout.split()[-1]) <= 7000
