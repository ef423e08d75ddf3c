"""`make bench-dates`: the Danish date parser against dateparser on the same benchmark set,
and on Duckling's Danish time corpus.

1. tests/data/dates_benchmark.yml (hand-made for this product): accuracy per category (value and
   grain right) for coach.dates and, side by side, for dateparser (Danish, same RELATIVE_BASE and
   direction), plus parses per second for both.
2. tests/data/duckling/ (Duckling's Danish corpus, BSD, see its README and LICENSE): the cases of the
   grains this product uses (day, week, month), read toward the future as Duckling does. A case is
   right when the value equals the expected one at the expected grain (same date, ISO week, month);
   the stricter rate also wants the same grain.
Writes bench/results/dates-<date>.md (an uncommitted tree: bench/work/results).
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

import yaml

if __package__ in (None, ""):  # `python bench/dates_bench.py`: the project's root holds the packages
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import results_dir  # noqa: E402
from bench.measure import git_rev  # noqa: E402
from coach.dates import Direction, parse_date  # noqa: E402
from coach.dates.patterns import UNTIL  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "dates_benchmark.yml"
DUCKLING = ROOT / "tests" / "data" / "duckling" / "duckling_da_time.json"
DUCKLING_GRAINS = ("day", "week", "month")
GRAINS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def load_cases() -> list[dict]:
    return yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]


def ours(case: dict) -> tuple:
    result = parse_date(case["text"], case["today"], Direction(case["direction"]))
    if not result.ok:
        return None, None
    # "until" is a day too: the last day of a period named by its end ("i slutningen af ugen": the Friday).
    grain = "day" if result.mention.grain == UNTIL else result.mention.grain
    return result.mention.value, grain


def load_duckling() -> list[dict]:
    return [c for c in json.loads(DUCKLING.read_text(encoding="utf-8"))
            if c["expected"]["grain"] in DUCKLING_GRAINS]


def same_at_grain(value: dt.date | None, expected: dt.date, grain: str) -> bool:
    if value is None:
        return False
    if grain == "day":
        return value == expected
    if grain == "week":
        return value.isocalendar()[:2] == expected.isocalendar()[:2]
    return (value.year, value.month) == (expected.year, expected.month)


def duckling_report() -> tuple[str, float]:
    """Duckling's day/week/month cases: pass rate per grain, and the cases missed."""
    hits, strict, totals, missed = defaultdict(int), defaultdict(int), defaultdict(int), []
    for case in load_duckling():
        today = dt.date.fromisoformat(case["reference"][:10])
        expected, grain = dt.date.fromisoformat(case["expected"]["value"][:10]), case["expected"]["grain"]
        result = parse_date(case["text"], today, Direction.FUTURE)
        value = result.mention.value if result.ok else None
        right = same_at_grain(value, expected, grain)
        for key in (grain, "ALL"):
            totals[key] += 1
            hits[key] += right
            strict[key] += right and result.mention.grain == grain
        if not right:
            missed.append(f"`{case['text']}` ({grain} {expected}; got {value})")
    lines = ["| grain | n | right at the expected grain | and the same grain |", "|---|---|---|---|"]
    for key in (*DUCKLING_GRAINS, "ALL"):
        lines.append(f"| {key} | {totals[key]} | {hits[key] / totals[key]:.1%} | {strict[key] / totals[key]:.1%} |")
    text = (f"Duckling's Danish time corpus (tests/data/duckling, {DUCKLING.name}), the {totals['ALL']} cases of grain "
            f"day, week or month, reference {load_duckling()[0]['reference']}, read toward the future:\n\n"
            + "\n".join(lines) + "\n\nMissed: " + "; ".join(missed) + "\n")
    return text, hits["ALL"] / totals["ALL"]


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
    rev = git_rev()
    header = (f"Date parser benchmark, {dt.date.today()}, git {rev or '?'}, {platform.node()} "
              f"({platform.processor() or platform.machine()}, Python {platform.python_version()}); "
              f"{len(cases)} cases from tests/data/dates_benchmark.yml; a case is right when value and grain are.")
    duckling, _ = duckling_report()
    report = header + "\n\n" + "\n".join(lines) + "\n\n" + duckling
    print(report)
    out = results_dir(rev) / f"dates-{dt.date.today()}-{rev}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
