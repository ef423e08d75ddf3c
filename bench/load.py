"""Load: simulated users playing whole follow-up conversations over REST, level by level.

A level is `users` concurrent users (with or without pauses between messages); run_servers
starts one model's servers and measures its levels, run_scale the same model on one and on two
Rasa servers sharing PostgreSQL + Redis."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List

import aiohttp

from bench.common import CONVERSATION, log
from bench.measure import ForeignLoad, cpu_s, pct
from bench.servers import Servers
from devkit.services import Postgres, Redis, missing_services, scaled_env


async def load_level(servers: Servers, users: int, max_convs: int, max_seconds: float,
                     think_s: float = 0.0) -> Dict[str, Any]:
    """`users` concurrent users each play whole conversations until the budget is spent.

    think_s = 0: each user sends the next message as soon as the answer arrives (a stress test:
    10 such users keep a server as busy as hundreds of people typing). think_s > 0: users pause
    before every message, exponentially distributed with that mean (seeded), as people do; the
    pause before a conversation's first message means ten users do not all open at the same instant (that
    burst, ten "Hej" queued at t=0, was roughly a third of the turns above 100 ms in earlier runs).
    With several Rasa servers, consecutive turns of a conversation go to different servers."""
    rng = random.Random(users)
    latencies: List[float] = []
    per_step: List[List[float]] = [[] for _ in CONVERSATION]
    stats = {"conversations": 0, "errors": 0, "off_script": 0, "started": 0}
    samples: Dict[str, List[float]] = {"rasa": [], "actions": []}
    errors: List[str] = []
    deadline = time.monotonic() + max_seconds
    urls = [f"{url}/webhooks/rest/webhook" for url in servers.urls]

    async def sample_rss() -> None:
        while True:
            for key, mb in servers.rss().items():
                samples[key].append(mb)
            await asyncio.sleep(0.5)

    async def user(session: aiohttp.ClientSession) -> None:
        while time.monotonic() < deadline and stats["started"] < max_convs:
            stats["started"] += 1
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            ok = on_script = True
            first = stats["started"]
            for step, (message, expected) in enumerate(CONVERSATION):
                if think_s:
                    await asyncio.sleep(rng.expovariate(1 / think_s))
                url = urls[(first + step) % len(urls)]
                t0 = time.perf_counter()
                try:
                    async with session.post(url, json={"sender": sender, "message": message}) as r:
                        payload = await r.json(content_type=None) if r.status == 200 else None
                        status = r.status
                except (aiohttp.ClientError, asyncio.TimeoutError) as e:
                    payload, status = None, repr(e)
                elapsed = (time.perf_counter() - t0) * 1000
                if not payload:
                    ok = False
                    stats["errors"] += 1
                    if len(errors) < 5:
                        errors.append(f"step {step} {message!r}: {status}")
                    break
                latencies.append(elapsed)
                per_step[step].append(elapsed)
                text = "\n".join(m.get("text", "") for m in payload).lower()
                if expected not in text:
                    on_script = False
            if ok:
                stats["conversations"] += 1
                stats["off_script"] += 0 if on_script else 1

    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=users + 5)
    with ForeignLoad(servers.pids()) as load:
        cpu0, t0 = cpu_s(servers.rasa_pids()), time.monotonic()
        sampler = asyncio.create_task(sample_rss())
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
            await asyncio.gather(*(user(session) for _ in range(users)))
        sampler.cancel()
        elapsed = time.monotonic() - t0
        rasa_cpu = cpu_s(servers.rasa_pids()) - cpu0
    return {
        "users": users, "think_s": think_s, "rasa_servers": len(servers.urls),
        "seconds": round(elapsed, 1), "conversations": stats["conversations"],
        "conv_per_s": round(stats["conversations"] / elapsed, 2), "turns": len(latencies),
        "errors": stats["errors"], "off_script": stats["off_script"], "error_samples": errors,
        "p50_ms": pct(latencies, 0.50), "p95_ms": pct(latencies, 0.95), "p99_ms": pct(latencies, 0.99),
        "per_step_p50_ms": {m: pct(v, 0.5) for (m, _), v in zip(CONVERSATION, per_step, strict=True)},
        "per_step_p95_ms": {m: pct(v, 0.95) for (m, _), v in zip(CONVERSATION, per_step, strict=True)},
        "rasa_cpu_ms_per_turn": round(rasa_cpu * 1000 / max(len(latencies), 1), 1),
        "rss_peak_mb": {k: max(v) if v else None for k, v in samples.items()},
        "foreign_cores": round(load.cores, 2),
    }


def measure_level(servers: Servers, label: str, users: int, cap: int, max_seconds: float, disturbed: float,
                  think_s: float = 0.0) -> Dict[str, Any]:
    """One load level; repeated once when other processes disturbed it."""
    level = asyncio.run(load_level(servers, users, cap, max_seconds, think_s))
    if level["foreign_cores"] > disturbed:
        log(f"{label} @{users}: others used {level['foreign_cores']} cores; repeating once")
        time.sleep(10)
        again = asyncio.run(load_level(servers, users, cap, max_seconds, think_s))
        again["repeated_after_foreign_cores"] = level["foreign_cores"]
        level = min(level, again, key=lambda lv: lv["foreign_cores"])
    pace = f", pausing ~{think_s:g} s" if think_s else ""
    log(f"{label} @{users:>2} users{pace}: {level['conv_per_s']} conv/s, p50/p95/p99 "
        f"{level['p50_ms']}/{level['p95_ms']}/{level['p99_ms']} ms, errors {level['errors']}, "
        f"off-script {level['off_script']}, Rasa CPU {level['rasa_cpu_ms_per_turn']} ms/turn, "
        f"RSS peak {level['rss_peak_mb']}, others {level['foreign_cores']} cores")
    return level


def run_servers(name: str, model: Path, work: Path, patched: bool, levels: List[int], max_convs: int,
                max_seconds: float, disturbed: float, paced: List[int] | None = None,
                think_s: float = 0.0, paced_seconds: float = 120.0) -> Dict[str, Any]:
    label = f"{name}{'' if patched else ' (plain rasa, COACH_NO_PATCHES=1)'}"
    servers = Servers(model, work, patched)
    try:
        with ForeignLoad([]) as load:
            result: Dict[str, Any] = servers.start()
        result["cold_foreign_cores"] = round(load.cores, 2)
        result["rss_idle_mb"] = servers.rss()
        log(f"{label}: cold start {result['cold_start_s']} s (server up {result['server_up_s']} s), "
            f"RSS {result['rss_idle_mb']}; {result['tensorflow']}")
        asyncio.run(load_level(servers, 2, 4, 30))  # warm-up, not counted
        result["levels"] = {}
        for users in levels:
            cap = max_convs if users > 1 else max(10, max_convs // 4)
            result["levels"][str(users)] = measure_level(servers, label, users, cap, max_seconds, disturbed)
        if paced and think_s:
            result["paced"] = {str(users): measure_level(servers, label, users, max_convs, paced_seconds,
                                                         disturbed, think_s) for users in paced}
        result["rss_end_mb"] = servers.rss()
    finally:
        servers.stop()
    return result


def run_scale(name: str, model: Path, work: Path, levels: List[int], max_convs: int, max_seconds: float,
              disturbed: float) -> Dict[str, Any]:
    """Throughput with one and with two Rasa processes on PostgreSQL + Redis (the scaled profile)."""
    missing = missing_services()
    if missing:
        log(f"scale: skipped, missing {missing}")
        return {"skipped": f"missing {', '.join(missing)}"}
    pg = Postgres.start()
    redis = Redis.start()
    try:
        shared = scaled_env(pg, redis)
        services = [redis.process.pid, pg.pid]
        runs = {}
        for count in (1, 2):
            label = f"{name} on PostgreSQL + Redis, {count} Rasa server{'s' if count > 1 else ''}"
            servers = Servers(model, work / f"rasa-{count}", True, count, shared, services)
            try:
                run: Dict[str, Any] = servers.start()
                log(f"{label}: up in {run['server_up_s']} s")
                asyncio.run(load_level(servers, 4, 8, 30))  # warm-up, not counted
                run["levels"] = {str(u): measure_level(servers, label, u, max_convs, max_seconds, disturbed)
                                 for u in levels}
            finally:
                servers.stop()
            runs[str(count)] = run
        return {"pipeline": name, "runs": runs}
    finally:
        redis.stop()
        pg.stop()
