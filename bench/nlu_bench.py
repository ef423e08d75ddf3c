#!/usr/bin/env python
"""`make bench-nlu`: the trained model on messages it never saw (tests/nlu_heldout).

Loads the model in-process once (as the server loads it: runtime/tensorflow_standin and the patches),
parses every held-out message and reports:
  * intent accuracy per intent and overall (a message the FallbackClassifier turns into nlu_fallback
    counts as wrong), and on the messages whose text is not also in the training data;
  * entity precision/recall/F1 per entity type, an entity right when type and span are exactly the
    labelled ones; `time` from the date component (components/danish_dates.py), the other types as the
    NLU hands them to the slots (CRF, synonym mapper). An overlap-match F1 is shown beside it;
  * the harmful confusions: forget_me vs start_over/recall_followup, start_over for a message that
    gives a date, cancel_reminder vs reminder_snooze, request_email vs report_no_answer, and any
    destructive intent (forget_me, start_over, cancel_reminder) predicted for another message.
Written to bench/results/nlu-<date>-<gitrev>.md and .json (an uncommitted tree: bench/work/results).

    .venv/bin/python bench/nlu_bench.py                       # models/coach.tar.gz on tests/nlu_heldout
    .venv/bin/python bench/nlu_bench.py --model M --test F.yml --out DIR   # e.g. a validation split

The held-out set is for measuring only: never tune on it (bench/nlu_split.py carves a validation split
from the training data for that).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, Iterable, List, Tuple

if __package__ in (None, ""):  # `python bench/nlu_bench.py`: the project's root holds the packages
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import ROOT, TODAY, log, results_dir  # noqa: E402
from bench.measure import git_rev, machine_info  # noqa: E402

HELDOUT = ROOT / "tests" / "nlu_heldout"
MODEL = ROOT / "models" / "coach.tar.gz"
ENTITY_TYPES = ("time", "job_role", "company", "contact_name", "user_name", "contact_channel")
TIME_EXTRACTOR = "DanishTimeExtractor"
DESTRUCTIVE = ("forget_me", "start_over", "cancel_reminder")
# (label, predicted) pairs that hurt: the first wipes or loses what the user meant.
HARMFUL_PAIRS = [
    ("start_over", "forget_me"), ("recall_followup", "forget_me"),
    ("forget_me", "start_over"), ("forget_me", "recall_followup"),
    ("reminder_snooze", "cancel_reminder"), ("cancel_reminder", "reminder_snooze"),
    ("report_no_answer", "request_email"), ("request_email", "report_no_answer"),
]

Span = Tuple[str, int, int]


# ----------------------------------------------------------------------------- data


def load_examples(paths: Iterable[Path]) -> List[Dict[str, Any]]:
    """Messages of Rasa NLU YAML files: text, intent, labelled entity spans."""
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    for path in paths:
        for message in load_data(str(path)).intent_examples:
            examples.append({
                "text": message.get("text"), "intent": message.get("intent"), "file": path.name,
                "entities": sorted((e["entity"], e["start"], e["end"]) for e in message.get("entities") or []),
            })
    return examples


def fold_text(text: str) -> str:
    return " ".join(text.lower().split())


def training_texts(data: Path) -> set:
    from rasa.shared.nlu.training_data.loading import load_data

    return {fold_text(m.get("text")) for m in load_data(str(data)).intent_examples}


# ----------------------------------------------------------------------------- the model


def load_parser(model: Path):
    """The model as the server loads it (TensorFlow stand-in when unused, the coach's patches)."""
    from runtime import patches, tensorflow_standin

    lean, _ = tensorflow_standin.decide(model)
    if lean:
        tensorflow_standin.install()
    patches.apply_all()
    logging.disable(logging.WARNING)
    import structlog

    # Rasa logs every parse at debug level through structlog: keep the report readable.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    loop = asyncio.new_event_loop()

    def parse(text: str) -> Dict[str, Any]:
        return loop.run_until_complete(agent.parse_message(text))

    return parse


def predicted_spans(parsed: Dict[str, Any]) -> List[Span]:
    spans = set()
    for e in parsed.get("entities") or []:
        kind = e.get("entity")
        if kind not in ENTITY_TYPES:
            continue
        if (kind == "time") != (e.get("extractor") == TIME_EXTRACTOR):
            continue  # `time` is the date component's; nothing else may claim it
        spans.add((kind, e["start"], e["end"]))
    return sorted(spans)


# ----------------------------------------------------------------------------- scoring


def prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def score_entities(rows: List[Dict[str, Any]], exact: bool = True) -> Dict[str, Dict[str, float]]:
    """Per entity type labelled somewhere in the test set (the training data labels no `time`)."""
    counts: Dict[str, Counter] = defaultdict(Counter)
    labelled = [kind for kind in ENTITY_TYPES if any(s[0] == kind for row in rows for s in row["entities"])]
    for row in rows:
        gold, pred = list(row["entities"]), list(row["predicted_entities"])
        for kind in labelled:
            g = [s for s in gold if s[0] == kind]
            p = [s for s in pred if s[0] == kind]
            if exact:
                tp = len(set(g) & set(p))
            else:  # each labelled span matched by at most one predicted span that overlaps it
                free, tp = list(p), 0
                for span in g:
                    hit = next((q for q in free if overlaps(span, q)), None)
                    if hit is not None:
                        free.remove(hit)
                        tp += 1
            counts[kind].update(tp=tp, fp=len(p) - tp, fn=len(g) - tp)
    result = {kind: prf(c["tp"], c["fp"], c["fn"]) for kind, c in counts.items()}
    total = Counter()
    for c in counts.values():
        total.update(c)
    result["ALL"] = prf(total["tp"], total["fp"], total["fn"])
    return result


def gives_a_date(row: Dict[str, Any]) -> bool:
    return row["intent"] == "inform" and any(kind == "time" for kind, _, _ in row["entities"])


def harmful(rows: List[Dict[str, Any]]) -> Dict[str, List[str]]:
    found: Dict[str, List[str]] = {}
    for gold, predicted in HARMFUL_PAIRS:
        found[f"{gold} → {predicted}"] = [r["text"] for r in rows
                                          if r["intent"] == gold and r["predicted"] == predicted]
    found["inform with a date → start_over"] = [r["text"] for r in rows if gives_a_date(r)
                                                and r["predicted"] == "start_over"]
    for kind in DESTRUCTIVE:
        found[f"any other intent → {kind}"] = [f"{r['text']} ({r['intent']})" for r in rows
                                               if r["predicted"] == kind and r["intent"] != kind]
    return found


def evaluate(rows: List[Dict[str, Any]], seen: set) -> Dict[str, Any]:
    per_intent: Dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        per_intent[r["intent"]].update(n=1, right=r["predicted"] == r["intent"])
        per_intent[r["predicted"]].update(predicted=1)
    unseen = [r for r in rows if fold_text(r["text"]) not in seen]
    confusions = Counter((r["intent"], r["predicted"]) for r in rows if r["intent"] != r["predicted"])
    return {
        "n": len(rows),
        "intent_accuracy": round(sum(r["predicted"] == r["intent"] for r in rows) / len(rows), 4),
        "unseen_n": len(unseen),
        "unseen_intent_accuracy": round(sum(r["predicted"] == r["intent"] for r in unseen) / max(1, len(unseen)), 4),
        "fallback": sum(r["predicted"] == "nlu_fallback" for r in rows),
        "per_intent": {k: {"n": c["n"], "right": c["right"], "predicted": c["predicted"],
                           "accuracy": round(c["right"] / c["n"], 4) if c["n"] else None,
                           "precision": round(c["right"] / c["predicted"], 4) if c["predicted"] else None}
                       for k, c in sorted(per_intent.items())},
        "entities_exact": score_entities(rows, exact=True),
        "entities_overlap": score_entities(rows, exact=False),
        "top_confusions": [[g, p, n] for (g, p), n in confusions.most_common(25)],
        "harmful": harmful(rows),
    }


# ----------------------------------------------------------------------------- report


def pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.1%}"


def render(results: Dict[str, Any]) -> str:
    m, s = results["machine"], results["scores"]
    lines = [
        f"# NLU on {'held-out messages' if results['heldout'] else 'other messages'}, {results['date']} "
        f"({results['git_rev']})", "",
        f"Run {results['date']} at git {results['git_rev']} on {m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM "
        f"(Python {m['python']}); model `{results['model']}`; test files {', '.join(results['test'])}; "
        f"COACH_TODAY={results['today']}; {results['parse_ms']:.1f} ms per message in-process.", "",
        f"**Intent accuracy {pct(s['intent_accuracy'])}** on {s['n']} messages "
        f"({s['fallback']} turned into nlu_fallback); {pct(s['unseen_intent_accuracy'])} on the "
        f"{s['unseen_n']} whose text is not also a training example. "
        f"**Entity F1 {pct(s['entities_exact']['ALL']['f1'])}** (exact spans; "
        f"{pct(s['entities_overlap']['ALL']['f1'])} when an overlapping span counts).", "",
        "## Entities", "",
        "| entity | labelled | precision | recall | F1 (exact span) | F1 (overlap) |", "|---|---|---|---|---|---|",
    ]
    for kind in (*ENTITY_TYPES, "ALL"):
        e, o = s["entities_exact"].get(kind), s["entities_overlap"].get(kind)
        if e is None:
            continue
        lines.append(f"| {kind} | {e['tp'] + e['fn']} | {pct(e['precision'])} | {pct(e['recall'])} | "
                     f"{pct(e['f1'])} | {pct(o['f1'])} |")
    lines += ["", "## Intents", "", "| intent | n | accuracy (recall) | precision |", "|---|---|---|---|"]
    for name, c in s["per_intent"].items():
        if c["n"]:
            lines.append(f"| {name} | {c['n']} | {pct(c['accuracy'])} | {pct(c['precision'])} |")
    lines += ["", "## Harmful confusions", "",
              "The dialogue asks before it wipes or cancels (coach/requests.py) unless the words say so; these are "
              "the model's own errors.", ""]
    for pair, texts in s["harmful"].items():
        lines.append(f"- {pair}: {len(texts)}" + "".join(f"\n  - `{t}`" for t in texts))
    lines += ["", "## Most frequent confusions (label → predicted)", ""]
    lines += [f"- {g} → {p}: {n}" for g, p, n in s["top_confusions"]]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--test", type=Path, nargs="*", default=None, help="NLU YAML files (default tests/nlu_heldout)")
    ap.add_argument("--train-data", type=Path, default=ROOT / "data" / "nlu", help="for the seen/unseen split")
    ap.add_argument("--out", type=Path, default=None, help="write here instead of bench/results")
    ap.add_argument("--errors", action="store_true", help="print every wrong intent (never on the held-out set "
                                                          "while tuning)")
    args = ap.parse_args()
    if not args.model.exists():
        print(f"no model at {args.model}: train first (make train)", file=sys.stderr)
        return 2
    os.environ.setdefault("COACH_TODAY", TODAY)  # spans do not depend on it; values do
    tests = args.test or sorted(HELDOUT.glob("*.yml"))
    examples = load_examples(tests)
    seen = training_texts(args.train_data)
    log(f"bench-nlu: {len(examples)} messages from {', '.join(p.name for p in tests)}; loading {args.model}")
    parse = load_parser(args.model)
    t0 = time.perf_counter()
    rows = []
    for ex in examples:
        parsed = parse(ex["text"])
        ranking = [r for r in parsed.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
        rows.append({**ex, "predicted": (parsed.get("intent") or {}).get("name"),
                     "predicted_entities": predicted_spans(parsed),
                     # the classifier's own ranking, before the FallbackClassifier: for tuning its threshold
                     "ranked": [[r["name"], round(r["confidence"], 4)] for r in ranking[:3]]})
    parse_ms = (time.perf_counter() - t0) * 1000 / max(1, len(rows))
    now = dt.datetime.now()
    rev = git_rev()
    results = {"date": now.isoformat(timespec="seconds"), "git_rev": rev, "machine": machine_info(),
               "model": str(args.model.resolve().relative_to(ROOT) if args.model.resolve().is_relative_to(ROOT)
                            else args.model),
               "test": [str(p.resolve().relative_to(ROOT)) if p.resolve().is_relative_to(ROOT) else str(p)
                        for p in tests],
               "heldout": args.test is None, "today": os.environ["COACH_TODAY"], "parse_ms": round(parse_ms, 2),
               "scores": evaluate(rows, seen)}
    text = render(results)
    print(text)
    if args.errors:
        for r in rows:
            if r["predicted"] != r["intent"]:
                print(f"  {r['intent']:>22} → {r['predicted']:<22} {r['text']}")
    out = args.out or results_dir(rev)
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"nlu-{now:%Y-%m-%d}-{rev}"
    stem.with_suffix(".md").write_text(text, encoding="utf-8")
    results["rows"] = rows
    stem.with_suffix(".json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    log(f"written to {stem.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
