"""Play the blind conversation corpus over REST and judge it: `make bench-conversations`.

    .venv/bin/python bench/conversations.py                    # every corpus file under tests/conversations/
    .venv/bin/python bench/conversations.py --split heldout    # one split
    .venv/bin/python bench/conversations.py --ids A001,C017 -v # a few, with transcripts

The corpus (tests/conversations/<split>/*.yml) was written blind from shared/briefs/product-brief.md,
its expected values computed from the rule contract. Each conversation has its own "today": the
servers are started as `make run` starts them (devkit), one pair per job, and play one today after
another (their clock reads the day from a file, COACH_TODAY_FILE, that moves between groups). Every
conversation is played black-box: its user messages in order over the REST channel, then the tracker's slots are
read through the HTTP API. Prints the pass rate, the loops (a question asked three times in a row) and
the wrong slots, and writes a dated report (bench/results, or bench/work/results for a dirty tree).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import urllib.request
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from queue import Empty, Queue
from typing import Any, Dict, List

if __package__ in (None, ""):  # `python bench/conversations.py`: the project's root holds the packages
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import yaml  # noqa: E402

from bench.common import results_dir  # noqa: E402
from bench.conversation_judge import Verdict, judge  # noqa: E402
from bench.measure import git_rev, machine_info  # noqa: E402
from devkit.servers import (  # noqa: E402
    ROOT,
    free_port,
    server_env,
    start_action_server,
    start_rasa,
    stop,
    url,
    wait_until_ready,
)

CORPUS = ROOT / "tests" / "conversations"
TOKEN = "bench-conversations"
TIMEOUT = 60


def load_corpus(split: str | None = None) -> List[Dict[str, Any]]:
    folders = [CORPUS / split] if split else sorted(p for p in CORPUS.iterdir() if p.is_dir())
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.yml")):
            for conversation in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                found.append({**conversation, "split": folder.name})
    return found


def _post(address: str, body: Dict[str, Any]) -> Any:
    request = urllib.request.Request(address, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
        return json.loads(answer.read() or b"null")


def _get(address: str) -> Any:
    with urllib.request.urlopen(address, timeout=TIMEOUT) as answer:
        return json.loads(answer.read())


def play(conversation: Dict[str, Any], rasa: str) -> tuple[List[list], Dict[str, Any], List[str]]:
    """The coach's answers turn by turn, the final slots, and any transport error."""
    sender = f"{conversation['id']}-{uuid.uuid4().hex[:8]}"
    turns, errors = [], []
    for message in conversation.get("user") or []:
        try:
            reply = _post(f"{rasa}/webhooks/rest/webhook", {"sender": sender, "message": str(message)})
        except Exception as error:  # a 500 or a timeout is the coach's fault: it is recorded
            errors.append(f"'{message}': {error}")
            reply = []
        if not reply:
            errors.append(f"no reply to {message!r}")
        turns.append(reply or [])
    try:
        slots = _get(f"{rasa}/conversations/{sender}/tracker?token={TOKEN}").get("slots", {})
    except Exception as error:  # recorded as a failure of this conversation, the run goes on
        errors.append(f"tracker: {error}")
        slots = {}
    return turns, slots, errors


START_ATTEMPTS = 3


class Servers:
    """An action server and a Rasa server whose today is read from `day_file`, on a throwaway tracker
    database."""

    def __init__(self, day_file: Path, work: Path, name: str) -> None:
        self.day_file, self.work, self.name = day_file, work, name
        self.action_port, self.rasa_port = free_port(), free_port()
        self.processes: list = []

    def __enter__(self) -> str:
        for attempt in range(START_ATTEMPTS):
            try:
                return self._start()
            except RuntimeError as error:
                # a port chosen free can be taken (by a client's connection) before the server binds it
                stop(*self.processes)
                if "address already in use" not in str(error) or attempt == START_ATTEMPTS - 1:
                    raise
                self.action_port, self.rasa_port = free_port(), free_port()
        raise AssertionError("unreachable")

    def _start(self) -> str:
        env = server_env(self.work / f"tracker-{self.name}.db", self.action_port, self.day_file.read_text(),
                         without=("TELEGRAM_", "COACH_NOW", "COACH_API_TOKEN"), COACH_TODAY_FILE=str(self.day_file))
        actions_log, rasa_log = self.work / f"actions-{self.name}.log", self.work / f"rasa-{self.name}.log"
        actions = start_action_server(env, actions_log)
        rasa = start_rasa(env, self.rasa_port, rasa_log, token=TOKEN)
        self.processes = [rasa, actions]
        wait_until_ready(url(self.action_port, "/health"), actions, actions_log)
        # /status answers only once the model is loaded ("/" answers before, under load long before)
        wait_until_ready(url(self.rasa_port, f"/status?token={TOKEN}"), rasa, rasa_log)
        return url(self.rasa_port)

    def __exit__(self, *exc: Any) -> None:
        stop(*self.processes)


def run(conversations: List[Dict[str, Any]], verbose: bool = False, jobs: int = 1) -> List[tuple]:
    """Play every conversation on `jobs` pairs of servers, each taking the next today's group in turn."""
    by_today: Dict[str, list] = defaultdict(list)
    for conversation in conversations:
        by_today[str(conversation["today"])].append(conversation)
    days: Queue = Queue()
    for numbered in enumerate(sorted(by_today.items()), 1):
        days.put(numbered)
    with tempfile.TemporaryDirectory(prefix="coach-conversations-") as work:
        def play_days(job: int) -> List[tuple]:
            day_file = Path(work) / f"today-{job}"
            day_file.write_text(min(by_today))
            played: List[tuple] = []
            with Servers(day_file, Path(work), str(job)) as rasa:
                while not days.empty():
                    try:
                        n, (today, group) = days.get_nowait()
                    except Empty:
                        break
                    day_file.write_text(today)  # the servers' clock reads it on every call
                    print(f"[{n}/{len(by_today)}] today {today}: {len(group)} conversation(s)", flush=True)
                    played += [_played(conversation, rasa, verbose) for conversation in group]
            return played

        workers = max(1, min(jobs, len(by_today)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return [result for job in pool.map(play_days, range(workers)) for result in job]


def _played(conversation: Dict[str, Any], rasa: str, verbose: bool) -> tuple:
    turns, slots, errors = play(conversation, rasa)
    verdict = judge(conversation, turns, slots, errors)
    if verbose or not verdict.passed:
        print(_describe(conversation, turns, verdict, verbose), flush=True)
    return conversation, turns, slots, verdict


def _describe(conversation: Dict[str, Any], turns: List[list], verdict: Verdict, transcript: bool) -> str:
    head = f"  {'PASS' if verdict.passed else 'FAIL'} {verdict.id} ({conversation.get('note', '')})"
    lines = [head] + [f"     - {p}" for p in verdict.problems]
    if verdict.loop:
        lines.append(f"     - loop: {verdict.loop!r}")
    if transcript:
        for message, turn in zip(conversation.get("user") or [], turns, strict=True):
            lines.append(f"       USER:  {message}")
            lines += [f"       COACH: {(m.get('text') or json.dumps(m.get('custom'))[:80])[:160]}" for m in turn]
    return "\n".join(lines)


def report(results: List[tuple], split: str | None) -> str:
    verdicts = [v for _, _, _, v in results]
    passed = sum(v.passed for v in verdicts)
    loops = [v for v in verdicts if v.loop]
    wrong = Counter(p.split(":")[0] for v in verdicts for p in v.problems)
    by_split: Dict[str, list] = defaultdict(list)
    for conversation, _, _, verdict in results:
        by_split[conversation["split"]].append(verdict.passed)
    m = machine_info()
    lines = [f"# Conversation corpus, {dt.date.today()} at git {git_rev()}", "",
             f"{m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}. "
             f"Corpus: tests/conversations/{split or '*'} (written blind from the product brief; expected "
             "values from the rule contract). Servers started as `make run` starts them, one pair per job, "
             "their today moved between groups.",
             "", f"**Passed: {passed} of {len(verdicts)} ({100 * passed / max(1, len(verdicts)):.1f} %).** "
             f"Loops: {len(loops)}.", "", "| split | passed | of | rate |", "|---|---|---|---|"]
    for name, flags in sorted(by_split.items()):
        lines.append(f"| {name} | {sum(flags)} | {len(flags)} | {100 * sum(flags) / len(flags):.1f} % |")
    lines += ["", "| what was wrong | conversations |", "|---|---|"]
    lines += [f"| {key} | {count} |" for key, count in wrong.most_common()]
    lines += ["", "## Failures", ""]
    for conversation, turns, _, verdict in results:
        if not verdict.passed:
            lines.append(_describe(conversation, turns, verdict, False).replace("  FAIL", "- FAIL", 1))
    return "\n".join(lines) + "\n"


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", help="one folder under tests/conversations (default: all)")
    parser.add_argument("--ids", help="comma-separated conversation ids")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every transcript")
    parser.add_argument("--jobs", type=int, default=2, help="pairs of servers playing at once")
    parser.add_argument("--min-rate", type=float, default=0.0, help="exit 1 below this pass rate (0-100)")
    args = parser.parse_args(argv)
    conversations = load_corpus(args.split)
    if args.ids:
        wanted = set(args.ids.split(","))
        conversations = [c for c in conversations if c["id"] in wanted]
    if not conversations:
        print("No conversations found.", file=sys.stderr)
        return 2
    results = run(conversations, args.verbose, args.jobs)
    text = report(results, args.split)
    rev = git_rev()
    # A few ids are a look at some failures, not a measure: their report is not kept with the results.
    # A split's report names the split, so two splits run on one commit do not overwrite each other.
    name = f"conversations-{dt.date.today()}-{rev}" + (f"-{args.split}" if args.split else "") + ".md"
    out = results_dir(rev, quick=bool(args.ids)) / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text.split("## Failures")[0])
    print(f"Report: {out.relative_to(ROOT)}")
    rate = 100 * sum(v.passed for *_, v in results) / len(results)
    return 1 if rate < args.min_rate else 0


if __name__ == "__main__":
    sys.exit(main())
