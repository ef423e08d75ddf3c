"""`make bench-dates`: the Danish date parser against dateparser on the same benchmark set.

Prints accuracy per category (value and grain right) for coach.dates and, side by
side, for dateparser (Danish, same RELATIVE_BASE and direction), plus parses per
second for both; writes the table to bench/results/dates-<date>.md.
"""

from __future__ import annotations

import datetime as dt
import platform
import subprocess
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

import yaml

from coach.dates import Direction, parse_date

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "dates_benchmark.yml"
GRAINS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def load_cases() -> list[dict]:
    return yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]


def ours(case: dict) -> tuple:
    result = parse_date(case["text"], case["today"], Direction(case["direction"]))
    if not result.ok:
        return None, None
    return result.mention.value, result.mention.grain


def make_dateparser():
    warnings.filterwarnings("ignore")
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def parse(case: dict) -> tuple:
        today = dt.datetime.combine(case["today"], dt.time(12, 0))
        settings = {"RELATIVE_BASE": today, "PREFER_DATES_FROM": "past" if case["direction"] == "past" else "future",
                    "DATE_ORDER": "DMY", "STRICT_PARSING": False}
        data = DateDataParser(languages=["da"], settings=settings).get_date_data(case["text"])
        if data and data.date_obj:
            grain = "hour" if data.period == "time" else GRAINS.get(data.period, data.period)
            if grain == "hour" and (data.date_obj.minute or 0):
                grain = "minute"
            return data.date_obj.date(), grain
        found = search_dates(case["text"], languages=["da"], settings=settings)
        return (found[0][1].date(), "day") if found else (None, None)

    return parse


def score(parser, cases: list[dict]) -> tuple[dict, float]:
    hits, totals = defaultdict(int), defaultdict(int)
    start = time.perf_counter()
    for case in cases:
        try:
            value, grain = parser(case)
        except Exception:  # dateparser raises on some inputs; that counts as a miss
            value, grain = None, None
        right = value == case["value"] and (case["value"] is None or grain == case["grain"])
        for key in (case["category"], "ALL"):
            totals[key] += 1
            hits[key] += right
    per_parse = (time.perf_counter() - start) / len(cases)
    return {k: hits[k] / totals[k] for k in totals} | {"_n": dict(totals)}, per_parse


def main() -> int:
    cases = load_cases()
    for case in cases:  # YAML gives dates already; keep text as str
        case["text"] = str(case["text"])
    rows = {"coach.dates": score(ours, cases)}
    try:
        rows["dateparser 1.x (da)"] = score(make_dateparser(), cases)
    except ImportError:
        print("dateparser is not installed: pip install dateparser (bench only)", file=sys.stderr)
    categories = sorted(k for k in rows["coach.dates"][0] if not k.startswith("_") and k != "ALL") + ["ALL"]
    counts = rows["coach.dates"][0]["_n"]
    names = list(rows)
    lines = ["| category | n | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for cat in categories:
        cells = " | ".join(f"{rows[n][0][cat]:.1%}" for n in names)
        lines.append(f"| {cat} | {counts[cat]} | {cells} |")
    speed = " | ".join(f"{1 / rows[n][1]:,.0f}/s ({rows[n][1] * 1e3:.2f} ms)" for n in names)
    lines.append(f"| parses per second | | {speed} |")
    git = ["git", "rev-parse", "--short", "HEAD"]
    rev = subprocess.run(git, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    header = (f"Date parser benchmark, {dt.date.today()}, git {rev or '?'}, {platform.node()} "
              f"({platform.processor() or platform.machine()}, Python {platform.python_version()}); "
              f"{len(cases)} cases from tests/data/dates_benchmark.yml; a case is right when value and grain are.")
    report = header + "\n\n" + "\n".join(lines) + "\n"
    print(report)
    out = ROOT / "bench" / "results" / f"dates-{dt.date.today()}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
