"""The rehearsal's Danish lines, read from coach/data/rehearsal.yml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from coach.case import FollowUpCase

UNNAMED_CONTACT = "den ansvarlige for ansættelsen"


@lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    raw = resources.files("coach").joinpath("data/rehearsal.yml").read_text(encoding="utf-8")
    return yaml.safe_load(raw)


def line(path: str, case: FollowUpCase | None = None, **extra: str) -> str:
    """The text at a dotted path ("situations.filled.news"), with the case's placeholders filled in."""
    node: Any = texts()
    for key in path.split("."):
        node = node[key]
    values = {**placeholders(case), **extra} if case is not None else extra
    return str(node).strip().format(**values)


def placeholders(case: FollowUpCase) -> dict[str, str]:
    who = case.contact_name.split()[0] if case.contact_name else UNNAMED_CONTACT
    return {
        "company": case.company or "",
        "contact": case.contact_name or UNNAMED_CONTACT,
        "who": who,
        "Who": who[:1].upper() + who[1:],
        "caller": case.user_name or "du",
        "topic": f"stillingen som {case.role}" if case.role else "din ansøgning",
    }
