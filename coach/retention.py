"""How long conversations are kept: untouched for more than N days means deleted."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

DEFAULT_DAYS = 90
ENV_VAR = "COACH_RETENTION_DAYS"


def retention_days() -> int:
    raw = os.environ.get(ENV_VAR, "").strip()
    days = int(raw) if raw.isdigit() else DEFAULT_DAYS
    return max(days, 1)


def cutoff(now: datetime, days: int) -> float:
    """The Unix time before which a conversation's last event makes it expire."""
    return (now.astimezone(timezone.utc) - timedelta(days=days)).timestamp()
