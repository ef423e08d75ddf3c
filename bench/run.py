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

# This file is the command line; the parts: bench/load.py (simulated users, levels),
# bench/measure.py (/proc memory and CPU, training, cross-validation), bench/servers.py (the servers
# under load, started by devkit/servers.py), bench/report.py (.md, .json, docs/benchmarks.md),
# bench/common.py (paths, pipelines, the conversation, the servers' environment).

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

if __package__ in (None, ""):  # `python bench/run.py`: the project's root, not bench/, holds the packages
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import BASELINE, CONVERSATION, DEFAULT, PIPELINES, ROOT, TODAY, WORK, log  # noqa: E402
from bench.load import run_scale, run_servers  # noqa: E402
from bench.measure import cross_validate, git_rev, machine_info, train  # noqa: E402
from bench.report import write_results  # noqa: E402

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




if __name__ == "__main__":
    main()
