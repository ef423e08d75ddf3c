"""The labelled call lines (data/conduct/ to train on, tests/conduct/ held out): reading and splitting them.

Each item: id, situation, case {user_name, role, interview, today} with Danish dates without a year
("tirsdag den 24. november"), line, labels (the nine checks; graceful_rejection is None outside a
rejection), note. The held-out split is a fixed rule of the ids (see `heldout_ids`), so it can be
checked and never drifts.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

import yaml

from coach.case import PHONE, FollowUpCase
from coach.danish import MONTHS, WEEKDAYS

ROOT = Path(__file__).resolve().parents[2]
TRAIN_DIR = ROOT / "data" / "conduct"
HELDOUT_DIR = ROOT / "tests" / "conduct"
CHECKS = ("says_name", "places_interview", "names_role", "asks_status", "thanks", "polite_and_short",
          "no_selling", "no_demands", "graceful_rejection")
PARAPHRASE_DIR = TRAIN_DIR / "paraphrases"
HOW_IT_IS_SAID = ("polite_and_short", "no_selling", "no_demands", "graceful_rejection")
HELDOUT_SHARE = 4  # one item in four, per situation
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe reader where PyYAML has it: 8,900 items
_YEARS = (2026, 2027, 2025, 2028, 2024, 2029, 2030, 2023, 2031)  # the first in which the weekdays fit


@dataclass(frozen=True)
class Item:
    id: str
    situation: str
    case: FollowUpCase
    today: date
    line: str
    labels: dict[str, bool | None]
    note: str = ""

    @property
    def source(self) -> str:
        """The id of the written line this item is (or paraphrases): folds keep the two together."""
        return self.id.split("~")[0]

    @property
    def after_rejection(self) -> bool:
        return self.labels.get("graceful_rejection") is not None


def load(paths: Iterable[Path]) -> list[Item]:
    items: list[Item] = []
    for path in sorted(paths):
        items.extend(to_item(raw) for raw in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or [])
    return items


def train_items() -> list[Item]:
    return load(TRAIN_DIR.glob("*.yml"))


def paraphrase_items(originals: Iterable[Item]) -> list[Item]:
    """The paraphrases in data/conduct/paraphrases/ of the lines in `originals`, as items of their own.

    Each says what its line says in other words, with the same faults, so it takes the line's labels on
    the checks of how a line is said; the other checks stay unlabelled (only the writers' own lines
    teach them). A paraphrase's id is "<line id>~<file name>" (see `Item.source`)."""
    by_id = {item.id: item for item in originals}
    out: list[Item] = []
    for path in sorted(PARAPHRASE_DIR.glob("*.yml")):
        for raw in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            line = by_id.get(str(raw["id"]))
            if line is not None:
                labels = {k: (v if k in HOW_IT_IS_SAID else None) for k, v in line.labels.items()}
                out.append(replace(line, id=f"{line.id}~{path.stem}", line=str(raw["line"]), labels=labels))
    return out


def training_items() -> list[Item]:
    """What the conduct model learns from: the training lines and their paraphrases."""
    lines = train_items()
    return lines + paraphrase_items(lines)


def heldout_items() -> list[Item]:
    return load(HELDOUT_DIR.glob("*.yml"))


def to_item(raw: dict[str, Any]) -> Item:
    case_raw = raw["case"]
    interview, today = resolve_days(case_raw["interview"], case_raw["today"])
    case = FollowUpCase(interview_date=interview, role=case_raw.get("role"), user_name=case_raw.get("user_name"),
                        contact_channel=PHONE, has_no_deadline=True)
    return Item(id=str(raw["id"]), situation=str(raw["situation"]), case=case, today=today, line=str(raw["line"]),
                labels={k: raw["labels"].get(k) for k in CHECKS}, note=str(raw.get("note") or ""))


def _day_month(text: str) -> tuple[int | None, int, int]:
    m = re.search(r"(?:(\w+) )?den (\d{1,2})\. (\w+)", text.strip().lower())
    if not m:
        raise ValueError(f"not a Danish date: {text!r}")
    weekday = WEEKDAYS.index(m.group(1)) if m.group(1) in WEEKDAYS else None
    return weekday, int(m.group(2)), MONTHS.index(m.group(3)) + 1


def resolve_days(interview: str, today: str) -> tuple[date, date]:
    """The interview and today as dates: the year in which both weekdays fit, today within 90 days after."""
    iw, iday, imonth = _day_month(interview)
    tw, tday, tmonth = _day_month(today)
    for year in _YEARS:
        for tyear in (year, year + 1):
            try:
                first, now = date(year, imonth, iday), date(tyear, tmonth, tday)
            except ValueError:
                continue
            if (iw is None or first.weekday() == iw) and (tw is None or now.weekday() == tw) \
                    and timedelta(0) <= now - first <= timedelta(days=90):
                return first, now
    raise ValueError(f"no year fits {interview!r} / {today!r}")


def _rank(item_id: str) -> str:
    return hashlib.sha256(f"conduct:{item_id}".encode()).hexdigest()


def heldout_ids(items: Iterable[Item | dict[str, Any]]) -> set[str]:
    """Per situation, the quarter (rounded half up) of ids with the smallest sha256("conduct:<id>")."""
    by_situation: dict[str, list[str]] = {}
    for item in items:
        sid, situation = (item.id, item.situation) if isinstance(item, Item) else (str(item["id"]), item["situation"])
        by_situation.setdefault(situation, []).append(sid)
    held: set[str] = set()
    for ids in by_situation.values():
        held.update(sorted(ids, key=_rank)[:(len(ids) + HELDOUT_SHARE // 2) // HELDOUT_SHARE])
    return held


def validation_ids(items: Iterable[Item]) -> set[str]:
    """Within the training part, one in five ids (by a different hash) for tuning."""
    return {i.id for i in items if int(hashlib.sha256(f"conduct-val:{i.id}".encode()).hexdigest(), 16) % 5 == 0}
