"""The bench's results as files: <date>-<gitrev>.json and .md, and the summary block in docs/benchmarks.md."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any, Dict, List

from bench.common import BASELINE, CONVERSATION, DEFAULT, ROOT, log, results_dir


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


def write_results(results: Dict[str, Any], now: dt.datetime, rev: str, quick: bool) -> str:
    stem = f"{now:%Y-%m-%d}-{rev}"
    out_dir = results_dir(rev, quick)
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
