"""The blind drafts the review is measured on (tests/review/drafts*.yml): reading them and the held-out split.

Each draft is a follow-up e-mail or a planned call opening, written blind from the product brief and the rule
contract, with its writer's labels per check (`fine`: true when the draft is fine on it). A quarter per kind
and batch (by a hash of the id) is held out: measured, never worked on (`make bench-drafts`). A batch is one
file, its ids sharing a prefix (DR…, DS…), so a new batch leaves the earlier split as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from coach.case import FollowUpCase

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "review"
HELDOUT_SHARE = 4  # one in four per kind

KIND_CHECKS = {
    "email": ("subject", "greeting", "thanks", "asks_status", "offer", "signature", "length", "names_role",
              "right_day", "polite", "no_selling", "no_pressure"),
    "call": ("says_name", "places_interview", "names_role", "right_day", "asks_status", "polite", "no_selling",
             "no_pressure"),
}


@dataclass(frozen=True)
class Draft:
    id: str
    kind: str
    today: date
    case: FollowUpCase
    text: str
    fine: dict[str, bool]


def load(folder: Path = CORPUS) -> list[Draft]:
    return [draft for path in sorted(folder.glob("drafts*.yml")) for draft in _read(path)]


def _read(path: Path) -> list[Draft]:
    drafts = []
    for row in yaml.safe_load(path.read_text(encoding="utf-8")):
        c = row["case"]
        case = FollowUpCase(interview_date=date.fromisoformat(c["interview_date"]), role=c.get("role"),
                            contact_name=c.get("contact_name"), company=c.get("company"), user_name=c.get("user_name"),
                            contact_channel="email" if row["kind"] == "email" else "telefon")
        fine = {k: bool(v) for k, v in row["fine"].items() if v is not None}
        drafts.append(Draft(str(row["id"]), row["kind"], date.fromisoformat(row["today"]), case, row["draft"],
                            _settled(fine)))
    return drafts


def _settled(fine: dict[str, bool]) -> dict[str, bool]:
    """One convention where the writers differed: a call opening that gives the wrong day does not let the
    contact place the interview, so it fails `places_interview` too (batch DR's writer labelled it so on every
    such draft, batch DS's on none; the contract: the day is said "so the contact can place you")."""
    if fine.get("right_day") is False and "places_interview" in fine:
        return {**fine, "places_interview": False}
    return fine


def batch_of(draft_id: str) -> str:
    """'DS017' -> 'DS': the batch a draft was written in."""
    return draft_id.rstrip("0123456789")


def heldout_ids(drafts: list[Draft]) -> set[str]:
    """Per kind and batch, the quarter (rounded half up) of ids with the smallest sha256("drafts:<id>")."""
    held: set[str] = set()
    for kind, batch in sorted({(d.kind, batch_of(d.id)) for d in drafts}):
        ids = sorted((d.id for d in drafts if d.kind == kind and batch_of(d.id) == batch),
                     key=lambda i: hashlib.sha256(f"drafts:{i}".encode()).hexdigest())
        held.update(ids[:(len(ids) + HELDOUT_SHARE // 2) // HELDOUT_SHARE])
    return held
