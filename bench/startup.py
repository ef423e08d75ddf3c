#!/usr/bin/env python
"""Start-up and memory of the coach's Rasa server with and without TensorFlow, side by side.

The same model file, started the way `make run` starts it (python -m runtime.launch), alternately
as is (no TensorFlow: the model does not use it) and with COACH_TENSORFLOW=1 (the real TensorFlow,
as before runtime/ existed). Per start: process start -> first answered REST message, and the Rasa
server's VmRSS and RssAnon after that answer and after 10 users' conversations.

    .venv/bin/python bench/startup.py [--pairs 5] [--model models/coach.tar.gz]

Results: bench/results/startup-<date>-<gitrev>.md (and .json).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
import sys
from pathlib import Path
from typing import Any, Dict, List

if __package__ in (None, ""):  # `python bench/startup.py`: the project's root, not bench/, holds the packages
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import ROOT, WORK, log, results_dir  # noqa: E402
from bench.load import load_level  # noqa: E402
from bench.measure import ForeignLoad, git_rev, machine_info, rss_mb  # noqa: E402
from bench.servers import Servers  # noqa: E402

MODES = {"without TensorFlow": {}, "COACH_TENSORFLOW=1": {"COACH_TENSORFLOW": "1"}}


def one_start(model: Path, work: Path, env: Dict[str, str]) -> Dict[str, Any]:
    servers = Servers(model, work, True)
    servers.env.update(env)
    try:
        result = servers.start()
        pid = servers.procs["rasa"].pid
        result["rss_mb"], result["rss_anon_mb"] = round(rss_mb(pid), 1), round(rss_mb(pid, "RssAnon"), 1)
        level = asyncio.run(load_level(servers, 10, 30, 30))
        result["rss_after_10_users_mb"] = round(rss_mb(pid), 1)
        result["errors"] = level["errors"]
        return result
    finally:
        servers.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--model", default=str(ROOT / "models" / "coach.tar.gz"))
    args = ap.parse_args()
    model = Path(args.model).resolve()
    now, rev = dt.datetime.now(), git_rev()
    runs: Dict[str, List[Dict[str, Any]]] = {mode: [] for mode in MODES}
    for i in range(args.pairs):
        order = list(MODES) if i % 2 == 0 else list(reversed(MODES))  # alternate who goes first
        for mode in order:
            with ForeignLoad([]) as load:
                result = one_start(model, WORK / "startup" / f"{i}-{len(runs[mode])}", MODES[mode])
            result["foreign_cores"] = round(load.cores, 2)
            runs[mode].append(result)
            log(f"pair {i + 1}, {mode}: first answer after {result['cold_start_s']} s, RSS "
                f"{result['rss_mb']} MB (anon {result['rss_anon_mb']}), after 10 users "
                f"{result['rss_after_10_users_mb']} MB, others used {result['foreign_cores']} cores")
    write(runs, now, rev, model)


def write(runs: Dict[str, List[Dict[str, Any]]], now: dt.datetime, rev: str, model: Path) -> None:
    def span(mode: str, key: str) -> str:
        values = [r[key] for r in runs[mode]]
        return f"{min(values):g}–{max(values):g} (median {statistics.median(values):g})"

    lean, heavy = runs["without TensorFlow"], runs["COACH_TENSORFLOW=1"]
    rows = []
    for key, label in (("cold_start_s", "process start → first answer, s"), ("rss_mb", "VmRSS after it, MB"),
                       ("rss_anon_mb", "RssAnon after it, MB"),
                       ("rss_after_10_users_mb", "VmRSS after 10 users' conversations, MB")):
        ratio = statistics.median(r[key] for r in heavy) / statistics.median(r[key] for r in lean)
        rows.append(f"| {label} | {span('without TensorFlow', key)} | {span('COACH_TENSORFLOW=1', key)} | "
                    f"{ratio:.1f}× |")
    m = machine_info()
    text = "\n".join([
        f"# Rasa server start-up with and without TensorFlow, {now:%Y-%m-%d %H:%M} (git {rev})", "",
        f"{m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}. Model `{model.name}`, "
        f"{len(lean)} alternating pairs, servers started by `bench/startup.py` as `make run` starts them. "
        f"Other processes used up to {max(r['foreign_cores'] for r in lean + heavy)} cores during a start. "
        f"Errors over all conversations: {sum(r['errors'] for r in lean + heavy)}.", "",
        "| | without TensorFlow (default) | COACH_TENSORFLOW=1 | ratio |", "|---|---|---|---|", *rows, "",
    ])
    out = results_dir(rev) / f"startup-{now:%Y-%m-%d}-{rev}"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".md").write_text(text)
    out.with_suffix(".json").write_text(json.dumps({"date": now.isoformat(timespec="seconds"), "git_rev": rev,
                                                    "machine": m, "runs": runs}, indent=1) + "\n")
    print(text)


if __name__ == "__main__":
    main()
