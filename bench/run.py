#!/usr/bin/env python
"""Benchmark Opfølgningscoachen: pipelines side by side, in one run, on 127.0.0.1 only.

For each pipeline (bench/configs/*.yml; `tf_free` is the project's config.yml as is):
  train time and model size; NLU quality from `rasa test nlu --cross-validation`
  (intent and entity F1, confusion matrix copied into the results); cold start
  (process start -> first answered message); resident memory (RSS from /proc) of the
  Rasa and action servers; and whole follow-up conversations over the REST channel with
  1, 10 and 50 concurrent users (p50/p95/p99 per turn, conversations/s, errors).
The coach's servers start as `make run` starts them (runtime.launch: no TensorFlow when the
model does not use it). The default pipeline and stock are also run as stock Rasa runs them,
plain `rasa run` with COACH_NO_PATCHES=1 and Rasa's own SQL tracker store
(endpoints.yml with `type: SQL`), to show what runtime/ (with runtime/patches/: the cached
JSON-schema validator) and scaling/sql_tracker_store.py add.

    .venv/bin/python bench/run.py            # full run (~50 min on 2 cores; see --help for opt-ins)
    .venv/bin/python bench/run.py --quick    # smoke test: tf_free only, small counts

Results: bench/results/<date>-<gitrev>.md and .json (quick runs: bench/work/results/),
and the summary table in docs/benchmarks.md. Work files: bench/work/ (git-ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, List, Tuple

import aiohttp
import yaml

from runtime.launch import LOG_PREFIX

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
WORK = BENCH / "work"
RASA = Path(sys.executable).with_name("rasa")
# The coach's servers start through runtime.launch (TensorFlow only when the model uses it);
# unpatched runs are plain `rasa`, as stock Rasa runs.
LAUNCH = [sys.executable, "-m", "runtime.launch"]
TODAY = "2026-11-28"  # a Saturday, as in the conversation tests
HOST = "127.0.0.1"
CLK = os.sysconf("SC_CLK_TCK")

DEFAULT = "tf_free"
BASELINE = "stock"
PIPELINES: Dict[str, Path] = {
    "stock": BENCH / "configs" / "stock.yml",
    "no_ted": BENCH / "configs" / "no_ted.yml",
    "tf_free": ROOT / "config.yml",
    "small_diet": BENCH / "configs" / "small_diet.yml",
}

# One whole follow-up conversation: (message, text the answer must contain, lower-cased).
CONVERSATION: List[Tuple[str, str]] = [
    ("Hej", "hvornår var din jobsamtale"),
    ("i tirsdags", "hvilken stilling"),
    ("kontorchef", "ringe"),
    ("ringe", "tirsdag den 24. november"),
    ("ingen frist", "følg op tirsdag den 1. december"),
    ("kan jeg få en mail i stedet?", "emne:"),
]

ENV = {
    **os.environ,
    "COACH_TODAY": TODAY,
    "SANIC_HOST": HOST,
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONWARNINGS": "ignore",
}
ENV.pop("COACH_NO_PATCHES", None)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ----------------------------------------------------------------------------- /proc


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def process_tree(pid: int) -> List[int]:
    """pid and its descendants (Sanic may fork workers)."""
    children: Dict[int, List[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A memory field of /proc/<pid>/status (VmRSS, RssAnon, …), summed over the process tree, in MB."""
    total = 0
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_s(pids: List[int]) -> float:
    """User + system CPU seconds of these processes and their descendants."""
    total = 0
    for root in pids:
        for p in process_tree(root):
            try:
                fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
            except (OSError, IndexError, ValueError):
                pass
    return total / CLK


def machine_busy_s() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / CLK


class ForeignLoad:
    """CPU used on this machine by processes other than ours (other people's tests)."""

    def __init__(self, ours: List[int]):
        self.ours = ours + [os.getpid()]

    def __enter__(self) -> ForeignLoad:
        self.t0, self.busy0, self.ours0 = time.monotonic(), machine_busy_s(), cpu_s(self.ours)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.seconds = time.monotonic() - self.t0
        ours = cpu_s(self.ours) - self.ours0
        foreign = max(0.0, machine_busy_s() - self.busy0 - ours)
        self.cores = foreign / max(self.seconds, 1e-9)  # average cores used by others


def machine_info() -> Dict[str, Any]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "kernel": platform.release()}


def git_rev() -> str:
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return (rev or "norev") + ("-dirty" if dirty else "")


# ----------------------------------------------------------------------------- train, test


def train(name: str, config: Path, out: Path) -> Dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    logf = out / f"train-{name}.log"
    # No training cache (.rasa/cache): every pipeline is trained from scratch.
    env = {**ENV, "RASA_MAX_CACHE_SIZE": "0"}
    cmd = [str(RASA), "train", "--config", str(config), "--domain", "domain.yml", "--data", "data",
           "--fixed-model-name", name, "--out", str(out), "--quiet"]
    with ForeignLoad([]) as load, logf.open("w") as handle:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, rss_mb(proc.pid))
            time.sleep(0.5)
        seconds = time.monotonic() - t0
    model = out / f"{name}.tar.gz"
    if proc.returncode != 0 or not model.exists():
        raise RuntimeError(f"training {name} failed, see {logf}:\n{logf.read_text()[-2000:]}")
    return {"train_s": round(seconds, 1), "train_peak_rss_mb": round(peak), "model": str(model),
            "model_mb": round(model.stat().st_size / 1e6, 2), "train_foreign_cores": round(load.cores, 2)}


def nlu_key(config: Path) -> str:
    """Pipelines with the same NLU part share one cross-validation (stock and no_ted)."""
    data = yaml.safe_load(config.read_text())
    return json.dumps({"language": data.get("language"), "pipeline": data.get("pipeline")}, sort_keys=True)


CV_CACHE = WORK / "cv-cache"


def cv_fingerprint(config: Path, folds: int) -> str:
    """What a cross-validation result depends on: the NLU pipeline, the folds, the NLU data and the
    code of our components. With fixed seeds the result is the same, so a later run may reuse it."""
    import hashlib

    digest = hashlib.sha256(f"{nlu_key(config)}|folds={folds}".encode())
    for path in sorted([*(ROOT / "data" / "nlu").rglob("*.yml"), *(ROOT / "components").glob("*.py"),
                        *(ROOT / "coach").glob("*.py"), ROOT / "constraints.txt"]):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cross_validate(name: str, config: Path, folds: int, out: Path) -> Dict[str, Any]:
    """`rasa test nlu --cross-validation`, or its stored result when nothing it depends on changed."""
    key = cv_fingerprint(config, folds)
    cached = CV_CACHE / key / "result.json"
    if cached.is_file():
        result = json.loads(cached.read_text())
        log(f"{name}: cross-validation reused from {result['measured']} (fingerprint {key})")
        return {**result, "reused": True}
    result = run_cross_validation(name, config, folds, out)
    result["measured"], result["fingerprint"] = dt.datetime.now().isoformat(timespec="seconds"), key
    cached.parent.mkdir(parents=True, exist_ok=True)
    png = Path(result["confusion_matrix"])
    if png.is_file():
        shutil.copy(png, cached.parent / png.name)
        result["confusion_matrix"] = str(cached.parent / png.name)
    cached.write_text(json.dumps(result, indent=1) + "\n")
    return result


def run_cross_validation(name: str, config: Path, folds: int, out: Path) -> Dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    logf = out / "cv.log"
    cmd = [str(RASA), "test", "nlu", "--nlu", "data/nlu", "--config", str(config), "--cross-validation",
           "--folds", str(folds), "--out", str(out), "--quiet"]
    t0 = time.monotonic()
    with logf.open("w") as handle:
        proc = subprocess.run(cmd, cwd=ROOT, env=ENV, stdout=handle, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise RuntimeError(f"cross-validation of {name} failed, see {logf}:\n{logf.read_text()[-2000:]}")
    intent = json.loads((out / "intent_report.json").read_text())
    result: Dict[str, Any] = {
        "folds": folds, "cv_s": round(time.monotonic() - t0, 1),
        "intent_f1": round(intent["weighted avg"]["f1-score"], 4),
        "intent_accuracy": round(intent.get("accuracy", intent.get("micro avg", {}).get("f1-score", 0.0)), 4),
        "entities": {},
        "confusion_matrix": str(out / "intent_confusion_matrix.png"),
    }
    for report in sorted(out.glob("*_report.json")):
        extractor = report.name[: -len("_report.json")]
        if extractor in ("intent", "response_selection"):
            continue
        data = json.loads(report.read_text())
        avg = data.get("weighted avg") or data.get("micro avg") or {}
        result["entities"][extractor] = round(avg.get("f1-score", 0.0), 4)
    # The trainable extractor (CRF or DIET) is the one that learned from the annotations.
    trained = {k: v for k, v in result["entities"].items() if k in ("CRFEntityExtractor", "DIETClassifier")}
    result["entity_f1"] = max(trained.values()) if trained else None
    result["entity_extractor"] = max(trained, key=trained.get) if trained else None
    return result


# ----------------------------------------------------------------------------- servers


def stock_endpoints(work: Path) -> Path:
    """endpoints.yml as stock Rasa ships it: the same endpoints with Rasa's own SQL tracker store."""
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    endpoints["tracker_store"]["type"] = "SQL"
    path = work / "endpoints.stock.yml"
    path.write_text(yaml.safe_dump(endpoints))
    return path


class Servers:
    """The action server and Rasa for one model, started as tests/integration/conftest.py does.

    With `shared` (scaled profile: PostgreSQL + Redis, endpoints.scaled.yml) several Rasa
    processes serve one model, and the load generator spreads every conversation over them."""

    def __init__(self, model: Path, work: Path, patched: bool, rasa_count: int = 1,
                 shared: Dict[str, str] | None = None, foreign_exempt: List[int] | None = None):
        self.model, self.work, self.patched = model, work, patched
        work.mkdir(parents=True, exist_ok=True)
        self.rasa_ports, self.action_port = [free_port() for _ in range(rasa_count)], free_port()
        self.urls = [f"http://{HOST}:{port}" for port in self.rasa_ports]
        self.url = self.urls[0]
        self.endpoints = ("endpoints.scaled.yml" if shared else "endpoints.yml" if patched
                          else str(stock_endpoints(work)))
        self.foreign_exempt = foreign_exempt or []  # PostgreSQL and Redis count as ours
        db = work / "tracker.db"
        if db.exists():
            db.unlink()
        self.env = {**ENV, "COACH_TRACKER_DB": str(db), "ACTION_PORT": str(self.action_port), **(shared or {})}
        if not patched:
            self.env["COACH_NO_PATCHES"] = "1"
        self.procs: Dict[str, subprocess.Popen] = {}

    @property
    def rasa_keys(self) -> List[str]:
        return ["rasa"] + [f"rasa-{i + 1}" for i in range(1, len(self.rasa_ports))]

    def _start(self, key: str, args: List[str]) -> subprocess.Popen:
        handle = (self.work / f"{key}.log").open("w")
        proc = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=handle, stderr=subprocess.STDOUT)
        self.procs[key] = proc
        return proc

    def _wait(self, url: str, key: str, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.procs[key].poll() is not None:
                raise RuntimeError(f"{key} exited early: {(self.work / f'{key}.log').read_text()[-2000:]}")
            try:
                urllib.request.urlopen(url, timeout=2)
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise RuntimeError(f"{url} did not answer in {timeout} s")

    def start(self) -> Dict[str, Any]:
        """Start both; cold start = Rasa process start -> first answered message."""
        self._start("actions", [str(RASA), "run", "actions", "--actions", "actions",
                                "--port", str(self.action_port), "--quiet"])
        self._wait(f"http://{HOST}:{self.action_port}/health", "actions")
        token = secrets.token_hex(8)
        t0 = time.monotonic()
        rasa = LAUNCH if self.patched else [str(RASA)]
        for key, port in zip(self.rasa_keys, self.rasa_ports, strict=True):
            self._start(key, [*rasa, "run", "--model", str(self.model), "--interface", HOST,
                              "--port", str(port), "--enable-api", "--auth-token", token,
                              "--endpoints", self.endpoints, "--credentials", "credentials.yml"])
        proc = self.procs["rasa"]
        for key, url in zip(self.rasa_keys, self.urls, strict=True):
            self._wait(f"{url}/", key)
        up = time.monotonic() - t0
        body = json.dumps({"sender": f"cold-{uuid.uuid4().hex[:8]}", "message": CONVERSATION[0][0]}).encode()
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"rasa exited: {(self.work / 'rasa.log').read_text()[-2000:]}")
            try:
                req = urllib.request.Request(f"{self.url}/webhooks/rest/webhook", data=body,
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=60) as r:
                    if json.load(r):
                        break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() - t0 > 300:
                raise RuntimeError("no first answer within 300 s")
            time.sleep(0.1)
        cold = time.monotonic() - t0
        return {"server_up_s": round(up, 2), "cold_start_s": round(cold, 2), "tensorflow": self.tensorflow()}

    def tensorflow(self) -> str:
        """How the server ran TensorFlow, as runtime.launch logged it."""
        for line in (self.work / "rasa.log").read_text(errors="replace").splitlines():
            if line.startswith(LOG_PREFIX):
                return line[len(LOG_PREFIX):]
        return "TensorFlow loaded (plain `rasa run`)"

    def pids(self) -> List[int]:
        return [p.pid for p in self.procs.values()] + self.foreign_exempt

    def rasa_pids(self) -> List[int]:
        return [self.procs[key].pid for key in self.rasa_keys]

    def rss(self) -> Dict[str, float]:
        return {k: round(rss_mb(p.pid), 1) for k, p in self.procs.items()}

    def stop(self) -> None:
        for proc in reversed(list(self.procs.values())):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


# ----------------------------------------------------------------------------- load


def pct(values: List[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 1)


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
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the scale-out test's PostgreSQL and Redis helpers
    from tests.integration.scale_services import Postgres, Redis, missing_services

    missing = missing_services()
    if missing:
        log(f"scale: skipped, missing {missing}")
        return {"skipped": f"missing {', '.join(missing)}"}
    pg = Postgres.start()
    redis = Redis.start()
    try:
        shared = {"COACH_PG_HOST": pg.host, "COACH_PG_PORT": str(pg.port), "COACH_PG_DB": pg.db,
                  "COACH_PG_USER": pg.username, "COACH_PG_PASSWORD": pg.password,
                  "COACH_REDIS_HOST": redis.host, "COACH_REDIS_PORT": str(redis.port),
                  "COACH_REDIS_DB": str(redis.db), "COACH_REMINDER_DB_URL": pg.url}
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


# ----------------------------------------------------------------------------- report


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def summary_rows(results: Dict[str, Any]) -> List[Dict[str, Any]]:
    rows = []
    for name, p in results["pipelines"].items():
        for variant, run in p["runs"].items():
            lv = run.get("levels", {})
            cv = p.get("cv") or {}
            rows.append({
                "pipeline": name + ("" if variant == "patched" else " (plain rasa)"),
                "train_s": p["train_s"], "model_mb": p["model_mb"], "cold_s": run["cold_start_s"],
                "rss_rasa": max([run["rss_idle_mb"].get("rasa", 0)]
                                + [lvl["rss_peak_mb"]["rasa"] or 0 for lvl in lv.values()]),
                "rss_actions": max([run["rss_idle_mb"].get("actions", 0)]
                                   + [lvl["rss_peak_mb"]["actions"] or 0 for lvl in lv.values()]),
                **{f"cps_{u}": lv[u]["conv_per_s"] if u in lv else None for u in ("1", "10", "50")},
                **{f"p{q}_{u}": lv[u][f"p{q}_ms"] if u in lv else None
                   for u in ("1", "10", "50") for q in (50, 95, 99)},
                "errors": sum(lvl["errors"] for lvl in lv.values()),
                "off_script": sum(lvl["off_script"] for lvl in lv.values()),
                "intent_f1": cv.get("intent_f1"), "entity_f1": cv.get("entity_f1"),
                "cpu_ms_turn_10": lv["10"]["rasa_cpu_ms_per_turn"] if "10" in lv else None,
                "paced_p95_10": run.get("paced", {}).get("10", {}).get("p95_ms"),
                "think_s": run.get("paced", {}).get("10", {}).get("think_s"),
            })
    return rows


def summary_table(rows: List[Dict[str, Any]]) -> str:
    head = ("| pipeline | train s | model MB | cold start s | Rasa RSS MB | actions RSS MB | conv/s @1 | conv/s @10 "
            "| conv/s @50 | p50/p95/p99 ms @1 | p50/p95/p99 ms @10 | p50/p95/p99 ms @50 | Rasa CPU ms/turn @10 "
            "| errors | off-script | intent F1 | entity F1 |")
    lines = [head, "|" + "---|" * head.count(" | ") + "---|"]
    for r in rows:
        lat = [f"{fmt(r[f'p50_{u}'], 0)}/{fmt(r[f'p95_{u}'], 0)}/{fmt(r[f'p99_{u}'], 0)}" for u in ("1", "10", "50")]
        lines.append(
            f"| {r['pipeline']} | {fmt(r['train_s'])} | {fmt(r['model_mb'], 2)} | {fmt(r['cold_s'])} | "
            f"{fmt(r['rss_rasa'], 0)} | {fmt(r['rss_actions'], 0)} | {fmt(r['cps_1'], 2)} | {fmt(r['cps_10'], 2)} | "
            f"{fmt(r['cps_50'], 2)} | {lat[0]} | {lat[1]} | {lat[2]} | {fmt(r['cpu_ms_turn_10'])} | {r['errors']} | "
            f"{r['off_script']} | {fmt(r['intent_f1'], 3)} | {fmt(r['entity_f1'], 3)} |")
    return "\n".join(lines)


def ratios(results: Dict[str, Any]) -> str:
    rows = {r["pipeline"]: r for r in summary_rows(results)}
    default = rows.get(DEFAULT)
    if not default:
        return ""
    out = []
    for base_name in (f"{BASELINE} (plain rasa)", BASELINE):
        base = rows.get(base_name)
        if not base:
            continue

        def ratio(a: float | None, b: float | None) -> str:
            return f"{a / b:.1f}×" if a and b else "–"

        def check(ok: bool) -> str:
            return "met" if ok else "**missed**"

        out.append(f"\n**{DEFAULT} (default, started as `make run` starts it) vs {base_name}**, same run:\n")
        out.append("| metric | default | baseline | ratio | target |")
        out.append("|---|---|---|---|---|")
        for u in ("1", "10", "50"):
            d, b = default[f"cps_{u}"], base[f"cps_{u}"]
            target = f"≥3× ({check(bool(d and b and d / b >= 3))})" if u == "10" else ""
            out.append(f"| conversations/s @{u} users | {fmt(d, 2)} | {fmt(b, 2)} | {ratio(d, b)} | {target} |")
        paced = default["paced_p95_10"]
        if paced is not None:
            out.append(f"| p95 per turn @10 users pausing ~{fmt(default['think_s'], 0)} s, ms | {fmt(paced, 0)} | "
                       f"{fmt(base['paced_p95_10'], 0)} | {ratio(base['paced_p95_10'], paced)} faster | "
                       f"≤100 ms ({check(paced <= 100)}) |")
        out.append(f"| p95 per turn @10 users without pauses (stress), ms | {fmt(default['p95_10'], 0)} | "
                   f"{fmt(base['p95_10'], 0)} | {ratio(base['p95_10'], default['p95_10'])} faster | "
                   f"{'' if paced is not None else '≤100 ms (' + check(default['p95_10'] <= 100) + ')'} |")
        out.append(f"| cold start, s | {fmt(default['cold_s'])} | {fmt(base['cold_s'])} | "
                   f"{ratio(base['cold_s'], default['cold_s'])} faster | ≤10 s ({check(default['cold_s'] <= 10)}) |")
        out.append(f"| Rasa server RSS (peak), MB | {fmt(default['rss_rasa'], 0)} | {fmt(base['rss_rasa'], 0)} | "
                   f"{ratio(base['rss_rasa'], default['rss_rasa'])} smaller | "
                   f"≤600 MB ({check(default['rss_rasa'] <= 600)}) |")
        out.append(f"| train time, s | {fmt(default['train_s'])} | {fmt(base['train_s'])} | "
                   f"{ratio(base['train_s'], default['train_s'])} faster | |")
        measured = all(default[k] is not None and base[k] is not None for k in ("intent_f1", "entity_f1"))
        acc = check(measured and all(default[k] >= base[k] - 0.005 for k in ("intent_f1", "entity_f1")))
        acc = acc if measured else "not measured in this run"
        out.append(f"| intent F1 / entity F1 (CV) | {fmt(default['intent_f1'], 3)} / {fmt(default['entity_f1'], 3)} | "
                   f"{fmt(base['intent_f1'], 3)} / {fmt(base['entity_f1'], 3)} | | no loss ({acc}) |")
    return "\n".join(out)


def patch_effect(results: Dict[str, Any]) -> str:
    lines = []
    for name, p in results["pipelines"].items():
        if "unpatched" not in p["runs"]:
            continue
        a, b = p["runs"]["patched"]["levels"], p["runs"]["unpatched"]["levels"]
        for u in sorted(set(a) & set(b), key=int):
            lines.append(f"| {name} | {u} | {fmt(b[u]['conv_per_s'], 2)} → {fmt(a[u]['conv_per_s'], 2)} | "
                         f"{fmt(b[u]['p95_ms'], 0)} → {fmt(a[u]['p95_ms'], 0)} | "
                         f"{fmt(b[u]['rasa_cpu_ms_per_turn'])} → {fmt(a[u]['rasa_cpu_ms_per_turn'])} |")
    if not lines:
        return ""
    return ("\n| pipeline | users | conv/s plain → coach | p95 ms plain → coach | "
            "Rasa CPU ms/turn plain → coach |\n|---|---|---|---|---|\n" + "\n".join(lines))


def paced_table(results: Dict[str, Any]) -> str:
    lines = []
    for name, p in results["pipelines"].items():
        for variant, run in p["runs"].items():
            for u, lv in run.get("paced", {}).items():
                lines.append(f"| {name}{'' if variant == 'patched' else ' (plain)'} | {u} | {fmt(lv['think_s'], 0)} | "
                             f"{lv['turns']} | {fmt(lv['p50_ms'], 0)}/{fmt(lv['p95_ms'], 0)}/{fmt(lv['p99_ms'], 0)} | "
                             f"{lv['errors']} |")
    if not lines:
        return ""
    return ("\n| pipeline | users | mean pause s | turns | p50/p95/p99 ms | errors |\n|---|---|---|---|---|---|\n"
            + "\n".join(lines))


def scale_table(results: Dict[str, Any]) -> str:
    scale = results.get("scale")
    if not scale:
        return ""
    if scale.get("skipped"):
        return f"\nNot measured: {scale['skipped']}"
    runs = scale["runs"]
    lines = []
    for u in sorted({u for run in runs.values() for u in run["levels"]}, key=int):
        one, two = runs.get("1", {}).get("levels", {}).get(u), runs.get("2", {}).get("levels", {}).get(u)
        cells = []
        for lv in (one, two):
            cells.append(f"{fmt(lv['conv_per_s'], 2)} | {fmt(lv['p95_ms'], 0)}" if lv else "– | –")
        ratio = f"{two['conv_per_s'] / one['conv_per_s']:.2f}×" if one and two and one["conv_per_s"] else "–"
        errors = sum(lv["errors"] for lv in (one, two) if lv)
        lines.append(f"| {u} | {cells[0]} | {cells[1]} | {ratio} | {errors} |")
    return (f"\n{scale['pipeline']} on PostgreSQL + Redis (endpoints.scaled.yml), one action server; with two "
            "servers, consecutive turns of each conversation alternate between them.\n\n"
            "| users | 1 server conv/s | p95 ms | 2 servers conv/s | p95 ms | 2 vs 1 | errors |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(lines))


def write_markdown(results: Dict[str, Any], path: Path, images: Dict[str, str]) -> str:
    m = results["machine"]
    s = results["settings"]
    summary = summary_table(summary_rows(results))
    head = (f"Run {results['date']} at git {results['git_rev']} on {m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM "
            f"(Python {m['python']}). Levels {s['levels']} concurrent users, each bounded by {s['max_convs']} "
            f"conversations (a quarter of that for 1 user) or {s['max_seconds']} s; one conversation = "
            f"{len(CONVERSATION)} REST turns. NLU F1: `rasa test nlu --cross-validation --folds {s['folds']}`, "
            "weighted average (entity F1 = the trainable extractor: CRF or DIET). RSS = resident memory from "
            "/proc (peak over the run). Total {:.0f} min.".format(results["total_s"] / 60))
    lines = [f"# Benchmark {results['date']} ({results['git_rev']})", "", head, "", "## Summary", "", summary, "",
             "## Default vs stock", ratios(results), "",
             "## Users who pause between messages", paced_table(results), "",
             "## One vs two Rasa processes", scale_table(results), "",
             "## Plain `rasa run` (COACH_NO_PATCHES=1, Rasa's SQL tracker store) vs the coach's start "
             "(runtime/ with runtime/patches/, scaling/sql_tracker_store.py)",
             patch_effect(results), "", "## Details", ""]
    for name, p in results["pipelines"].items():
        lines.append(f"### {name} (`{p['config']}`)")
        lines.append(f"- train {p['train_s']} s (peak RSS {p['train_peak_rss_mb']} MB, others used "
                     f"{p['train_foreign_cores']} cores), model {p['model_mb']} MB")
        cv = p.get("cv")
        if cv:
            shared = (f", shared with {cv['shared_with']}" if cv.get("shared_with")  # results before the cache
                      else f", measured {cv['measured']}" if cv.get("reused") else "")
            lines.append(f"- NLU CV ({cv['folds']} folds, {cv['cv_s']} s{shared}): "
                         f"intent F1 {cv['intent_f1']}, accuracy {cv['intent_accuracy']}; entity F1 per extractor "
                         f"{cv['entities']}")
        if name in images:
            lines.append(f"- intent confusion matrix: ![{name}]({images[name]})")
        for variant, run in p["runs"].items():
            lines.append(f"- {variant}: cold start {run['cold_start_s']} s (server up {run['server_up_s']} s, others "
                         f"used {run['cold_foreign_cores']} cores), RSS idle {run['rss_idle_mb']}, "
                         f"end {run['rss_end_mb']}")
            for u, lv in run["levels"].items():
                rep = f", repeated (first try: others used {lv['repeated_after_foreign_cores']} cores)" \
                    if "repeated_after_foreign_cores" in lv else ""
                lines.append(f"  - @{u}: {lv['conversations']} conv in {lv['seconds']} s, {lv['turns']} turns, "
                             f"p95 per step {lv['per_step_p95_ms']}, RSS peak {lv['rss_peak_mb']}, errors "
                             f"{lv['errors']} {lv['error_samples'] or ''}, "
                             f"others used {lv['foreign_cores']} cores{rep}")
        lines.append("")
    text = "\n".join(lines) + "\n"
    path.write_text(text)
    return text


def update_docs(results: Dict[str, Any], md_path: Path) -> None:
    docs = ROOT / "docs" / "benchmarks.md"
    docs.parent.mkdir(exist_ok=True)
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    block = "\n".join([
        begin,
        f"Latest run: {results['date']}, git {results['git_rev']}, {results['machine']['nproc']} × "
        f"{results['machine']['cpu']}, {results['machine']['ram_gb']} GB RAM "
        f"(full report: [{md_path.name}](../bench/results/{md_path.name})).",
        "", summary_table(summary_rows(results)), "", "### Default vs stock (same run)", ratios(results), "",
        "### Users who pause between messages", paced_table(results), "",
        "### One vs two Rasa processes", scale_table(results), "",
        "### Plain `rasa run` vs the coach's start (runtime/, the cached validator, the lean tracker store)",
        patch_effect(results), end,
    ])
    text = docs.read_text() if docs.exists() else "# Benchmarks\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = (text.rstrip("\n") + "\n\n## Pipelines: speed, memory and NLU quality (`make bench`)\n\n"
                "`bench/run.py` trains each pipeline in `bench/configs/` (and the project's `config.yml` as "
                "`tf_free`), starts the action server and Rasa on 127.0.0.1 and plays whole follow-up "
                "conversations over REST with 1, 10 and 50 concurrent users. `make bench ARGS=--quick` is a "
                "smoke test. The block below is rewritten by every full run.\n\n" + block + "\n")
    docs.write_text(text)


# ----------------------------------------------------------------------------- main


def ints(csv: str) -> List[int]:
    """"10,50" -> [10, 50]; "" -> []."""
    return [int(u) for u in csv.split(",") if u]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smoke test: tf_free only, small counts, 2 folds")
    # The default takes ~50 min on 2 cores (all four pipelines, CV cached: 63 min on 2026-12-01).
    # DIET at 100 epochs takes 9 s/epoch here (~10-16 min per training), so
    # no_ted (+~12 min) and stock's cross-validation (+~30 min for 3 folds) are opt-in:
    # --pipelines stock,no_ted,tf_free,small_diet --no-cv-for ''
    ap.add_argument("--pipelines", default="tf_free,stock,small_diet", help=f"of {','.join(PIPELINES)}")
    ap.add_argument("--levels", default="1,10,50")
    ap.add_argument("--max-convs", type=int, default=200, help="conversations per level (1 user: a quarter)")
    ap.add_argument("--max-seconds", type=float, default=30, help="time cap per level")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--cv-only", action="store_true",
                    help="only cross-validate the pipelines (results kept in bench/work/cv-cache for later runs)")
    ap.add_argument("--no-cv-for", default="stock,no_ted",
                    help="pipelines to skip cross-validation for (comma-separated; '' for none)")
    ap.add_argument("--unpatched", default=f"{DEFAULT},{BASELINE}",
                    help="pipelines also run with COACH_NO_PATCHES=1 ('' for none)")
    ap.add_argument("--unpatched-levels", default="1,10")
    ap.add_argument("--paced-for", default=f"{DEFAULT},{BASELINE}",
                    help="pipelines also measured with users who pause between messages ('' for none)")
    ap.add_argument("--paced-levels", default="10,50")
    ap.add_argument("--think", type=float, default=3.0, help="mean pause between a user's messages, s")
    ap.add_argument("--paced-seconds", type=float, default=120,
                    help="time cap per paced level (long: a p95 over a few hundred turns is noisy)")
    ap.add_argument("--scale-levels", default="10,50",
                    help="levels for one vs two Rasa processes on PostgreSQL + Redis ('' to skip)")
    ap.add_argument("--report-only", metavar="JSON", help="re-render the .md (and docs) from a results .json")
    ap.add_argument("--disturbed", type=float, default=0.3,
                    help="repeat a level once when other processes used more cores than this")
    args = ap.parse_args()
    if args.quick:
        args.pipelines, args.levels, args.max_convs, args.max_seconds = DEFAULT, "1,10", 20, 10
        args.folds, args.unpatched, args.unpatched_levels = 2, DEFAULT, "10"
        args.paced_levels, args.scale_levels, args.paced_seconds = "10", "10", 20
    if args.report_only:
        results = json.loads(Path(args.report_only).read_text())
        rev = results["git_rev"]
        print(write_results(results, dt.datetime.fromisoformat(results["date"]), rev, results.get("quick", False)))
        return
    names = [n for n in args.pipelines.split(",") if n]
    if args.cv_only:
        for name in names:
            cv = cross_validate(name, PIPELINES[name], args.folds, WORK / f"cv-{name}")
            log(f"{name}: intent F1 {cv['intent_f1']}, entity F1 {cv['entity_f1']} ({cv.get('cv_s')} s)")
        return
    levels = ints(args.levels)
    unpatched = [n for n in args.unpatched.split(",") if n in names]
    unpatched_levels = ints(args.unpatched_levels)

    started = time.monotonic()
    now = dt.datetime.now()
    rev = git_rev()
    run_dir = WORK / f"run-{now:%Y%m%d-%H%M%S}"
    results: Dict[str, Any] = {
        "date": now.isoformat(timespec="seconds"), "git_rev": rev, "machine": machine_info(), "quick": args.quick,
        "settings": {"levels": levels, "max_convs": args.max_convs, "max_seconds": args.max_seconds,
                     "folds": args.folds, "conversation": [m for m, _ in CONVERSATION], "today": TODAY},
        "pipelines": {},
    }
    log(f"bench: {names} at {levels} users, git {rev}, work dir {run_dir.relative_to(ROOT)}")
    for name in names:
        config = PIPELINES[name]
        log(f"{name}: training ({config.relative_to(ROOT)})")
        p: Dict[str, Any] = {"config": str(config.relative_to(ROOT)), **train(name, config, run_dir / "models")}
        log(f"{name}: trained in {p['train_s']} s, model {p['model_mb']} MB")
        results["pipelines"][name] = p
        paced = ints(args.paced_levels) if name in args.paced_for.split(",") else []
        p["runs"] = {"patched": run_servers(name, Path(p["model"]), run_dir / name / "patched", True, levels,
                                            args.max_convs, args.max_seconds, args.disturbed, paced, args.think,
                                            args.paced_seconds)}
        if name in unpatched:
            p["runs"]["unpatched"] = run_servers(name, Path(p["model"]), run_dir / name / "unpatched", False,
                                                 unpatched_levels, args.max_convs, args.max_seconds, args.disturbed,
                                                 paced[:1], args.think, args.paced_seconds)
        if not args.no_cv and name not in args.no_cv_for.split(","):
            # Pipelines with the same NLU (stock, no_ted) share one result through the cache.
            log(f"{name}: NLU cross-validation, {args.folds} folds")
            p["cv"] = cross_validate(name, config, args.folds, run_dir / name / "cv")
            log(f"{name}: intent F1 {p['cv']['intent_f1']}, entity F1 {p['cv']['entities']}")
        results["total_s"] = round(time.monotonic() - started, 1)
        text = write_results(results, now, rev, args.quick)  # after each pipeline: an interrupted run keeps its results
    scale_levels = ints(args.scale_levels)
    if scale_levels and DEFAULT in results["pipelines"]:
        results["scale"] = run_scale(DEFAULT, Path(results["pipelines"][DEFAULT]["model"]), run_dir / "scale",
                                     scale_levels, args.max_convs, args.max_seconds, args.disturbed)
        results["total_s"] = round(time.monotonic() - started, 1)
        text = write_results(results, now, rev, args.quick)
    print(text)


def write_results(results: Dict[str, Any], now: dt.datetime, rev: str, quick: bool) -> str:
    stem = f"{now:%Y-%m-%d}-{rev}"
    out_dir = (WORK / "results") if quick else (BENCH / "results")
    out_dir.mkdir(parents=True, exist_ok=True)
    images: Dict[str, str] = {}
    for name, p in results["pipelines"].items():
        png = Path(p.get("cv", {}).get("confusion_matrix", ""))
        if not png.is_file() and p.get("cv", {}).get("confusion_matrix_copy"):
            images[name] = str((ROOT / p["cv"]["confusion_matrix_copy"]).relative_to(out_dir))
        if png.is_file():
            target = out_dir / stem / f"{name}-intent_confusion_matrix.png"
            target.parent.mkdir(exist_ok=True)
            shutil.copy(png, target)
            images[name] = str(target.relative_to(out_dir))
            p["cv"]["confusion_matrix_copy"] = str(target.relative_to(ROOT))
    json_path, md_path = out_dir / f"{stem}.json", out_dir / f"{stem}.md"
    json_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    text = write_markdown(results, md_path, images)
    if not quick:
        update_docs(results, md_path)
    log(f"results: {md_path.relative_to(ROOT)} and {json_path.name} ({results['total_s'] / 60:.1f} min)")
    return text


if __name__ == "__main__":
    main()
