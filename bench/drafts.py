"""`make bench-drafts`: the draft review (coach.review.review_draft) on blind-written drafts.

Each draft in tests/review/drafts.yml is a follow-up e-mail or a planned call opening, written blind from
the product brief and the rule contract, with what a careful coach would find (`fine`: per check, true when
the draft is fine on it). Per check: faults caught (the review asks for that change) and false alarms (it
asks for it on a draft that is fine there); and how many drafts fine on every check get no change at all.
A quarter of the drafts per kind (by a hash of the id) is held out: measured only, never worked on.
Default: the held-out split, written to bench/results/drafts-<date>-<commit>.md; `--split dev` prints only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.judge import (  # noqa: E402
    TARGET_CAUGHT,
    TARGET_FALSE_ALARMS,
    Tally,
    _git_rev,
    machine,
    print_misses,
    save_report,
)
from coach.review.corpus import KIND_CHECKS, Draft, batch_of, heldout_ids, load  # noqa: E402
from coach.review.result import review_draft  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# The review's change names (coach/texts/review.yml) -> the checks of the corpus they report a fault on.
CHANGE_CHECKS: dict[str, tuple[str, ...]] = {
    "subject_missing": ("subject",),
    "subject_vague": ("subject",),
    "subject_wrong_day": ("subject", "right_day"),
    "wrong_day": ("right_day", "places_interview"),
    "greeting": ("greeting",),
    "greeting_wrong_name": ("greeting",),
    "thanks": ("thanks",),
    "offer": ("offer",),
    "signature": ("signature",),
    "signature_name": ("signature",),
    "role": ("names_role",),
    "names_role": ("names_role",),
    "status": ("asks_status",),
    "questions": ("asks_status",),
    "asks_status": ("asks_status",),
    "says_name": ("says_name",),
    "places_interview": ("places_interview",),
    "tone": ("polite",),
    "curt": ("polite",),
    "begging": ("polite", "no_pressure"),
    "pressure": ("no_pressure",),
    "harsh": ("polite", "no_pressure"),
    "selling": ("no_selling",),
    "availability": ("no_selling",),  # the label guide: availability used as an argument is selling
}
def faults_found(draft: Draft) -> set[str]:
    """The corpus checks the review finds a fault on."""
    findings = review_draft(draft.text, draft.case, draft.kind, today=draft.today)
    return {check for change in findings.changes for check in CHANGE_CHECKS.get(change.name, (change.name,))}


def score(drafts: list[Draft]) -> tuple[dict[str, Tally], int, int, list[str]]:
    tallies = {name: Tally() for kind in KIND_CHECKS.values() for name in kind}
    clean, left_alone, bothered = 0, 0, []
    for draft in drafts:
        found = faults_found(draft)
        for check in KIND_CHECKS[draft.kind]:
            if check in draft.fine:
                tallies[check].add(draft, draft.fine[check], check not in found)
        if all(draft.fine.values()):
            clean += 1
            relevant = found & set(KIND_CHECKS[draft.kind])
            left_alone += not relevant
            if relevant:
                bothered.append(f"{draft.id} ({', '.join(sorted(relevant))})")
    return tallies, clean, left_alone, bothered


def table(tallies: dict[str, Tally]) -> str:
    rows = ["| check | faults | caught | fine drafts | false alarms | target met |", "|---|---|---|---|---|---|"]
    for name, t in tallies.items():
        if t.faults or t.good:
            rows.append(f"| {name} | {t.faults} | {t.caught} ({t.caught_rate:.1%}) | {t.good} | "
                        f"{t.alarms} ({t.alarm_rate:.1%}) | {'yes' if t.meets_target else 'no'} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    # "all" is for a new batch's first contact: every draft of it, before anything is worked on
    parser.add_argument("--split", choices=("heldout", "dev", "all"), default="heldout")
    parser.add_argument("--batch", help="one batch only, by its id prefix (DR, DS); --split all: all of it")
    parser.add_argument("--show", action="store_true", help="list the ids missed and wrongly flagged")
    args = parser.parse_args(argv)
    drafts = load()
    held = heldout_ids(drafts)
    drafts = [d for d in drafts if args.split == "all" or (d.id in held) == (args.split == "heldout")]
    drafts = [d for d in drafts if args.batch is None or batch_of(d.id) == args.batch]
    start = time.perf_counter()
    tallies, clean, left_alone, bothered = score(drafts)
    seconds = time.perf_counter() - start
    today, rev = dt.date.today().isoformat(), _git_rev()
    kinds = ", ".join(f"{sum(d.kind == k for d in drafts)} {k}" for k in KIND_CHECKS)
    which = f"{args.split} split" + (f" of batch {args.batch}" if args.batch else "")
    head = (f"Draft review on the {which} ({len(drafts)} drafts: {kinds}), {today}, git {rev}, "
            f"{machine()}; {seconds:.1f} s. Target: ≥ {TARGET_CAUGHT:.0%} of faults caught and "
            f"≤ {TARGET_FALSE_ALARMS:.0%} of fine drafts flagged, per check.")
    summary = f"Drafts fine on every check that get no change: {left_alone} of {clean}."
    report = f"{head}\n\n{table(tallies)}\n\n{summary}\n"
    print(report)
    if args.show:
        print_misses(tallies)
        print("fine drafts with changes:", bothered)
    if args.split != "dev":
        save_report(report, "drafts" + (f"-{args.batch}-{args.split}" if args.batch else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
