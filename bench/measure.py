"""What the bench measures besides the load itself: /proc (memory, CPU, other people's load),
the machine, training time and size, and NLU quality by cross-validation (cached by fingerprint)."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any, Dict, List

import yaml

from bench.common import ENV, ROOT, WORK, log
from devkit.servers import RASA

CLK = os.sysconf("SC_CLK_TCK")


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


def pct(values: List[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 1)
