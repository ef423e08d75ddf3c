"""The servers under load: an action server and one or more Rasa servers for one model.

Started through devkit/servers.py as the tests start them; this adds what the bench measures
at start-up (cold start: Rasa process start -> first answered message) and the process ids it
samples (memory, CPU)."""

from __future__ import annotations

import json
import secrets
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, List

import yaml

from bench.common import CONVERSATION, ENV, ROOT
from bench.measure import rss_mb
from devkit.servers import free_port, start_action_server, start_rasa, stop, url, wait_until_ready
from runtime.launch import LOG_PREFIX


def stock_endpoints(work: Path) -> Path:
    """endpoints.yml as stock Rasa ships it: the same endpoints with Rasa's own SQL tracker store."""
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    endpoints["tracker_store"]["type"] = "SQL"
    path = work / "endpoints.stock.yml"
    path.write_text(yaml.safe_dump(endpoints))
    return path


class Servers:
    """The action server and Rasa for one model, started by devkit/servers.py as the tests start them.

    With `shared` (scaled profile: PostgreSQL + Redis, endpoints.scaled.yml) several Rasa
    processes serve one model, and the load generator spreads every conversation over them."""

    def __init__(self, model: Path, work: Path, patched: bool, rasa_count: int = 1,
                 shared: Dict[str, str] | None = None, foreign_exempt: List[int] | None = None):
        self.model, self.work, self.patched = model, work, patched
        work.mkdir(parents=True, exist_ok=True)
        self.rasa_ports, self.action_port = [free_port() for _ in range(rasa_count)], free_port()
        self.urls = [url(port) for port in self.rasa_ports]
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
        self.procs: Dict[str, Any] = {}

    @property
    def rasa_keys(self) -> List[str]:
        return ["rasa"] + [f"rasa-{i + 1}" for i in range(1, len(self.rasa_ports))]

    def _log(self, key: str) -> Path:
        return self.work / f"{key}.log"

    def _wait(self, address: str, key: str, timeout: float = 300) -> None:
        wait_until_ready(address, self.procs[key], self._log(key), timeout=timeout, interval=0.1)

    def start(self) -> Dict[str, Any]:
        """Start both; cold start = Rasa process start -> first answered message.

        The coach's servers start through runtime.launch (TensorFlow only when the model uses it);
        unpatched runs are plain `rasa`, as stock Rasa runs."""
        self.procs["actions"] = start_action_server(self.env, self._log("actions"), "--quiet")
        self._wait(url(self.action_port, "/health"), "actions")
        token = secrets.token_hex(8)
        t0 = time.monotonic()
        for key, port in zip(self.rasa_keys, self.rasa_ports, strict=True):
            self.procs[key] = start_rasa(self.env, port, self._log(key), token=token, model=self.model,
                                         endpoints=self.endpoints, plain=not self.patched)
        proc = self.procs["rasa"]
        for key, address in zip(self.rasa_keys, self.urls, strict=True):
            self._wait(f"{address}/", key)
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
        stop(*reversed(list(self.procs.values())))
