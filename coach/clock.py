"""The coach's notion of "today".

`COACH_TODAY=YYYY-MM-DD` fixes today for every process (NLU component and
action server alike), so tests and demos never depend on the wall clock.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

ENV_VAR = "COACH_TODAY"


def today() -> date:
    """Return COACH_TODAY when set, else the real local date."""
    fixed = os.environ.get(ENV_VAR, "").strip()
    if not fixed:
        return date.today()
    try:
        return date.fromisoformat(fixed)
    except ValueError as err:
        raise ValueError(f"{ENV_VAR} must be YYYY-MM-DD, got {fixed!r}") from err


NOW_ENV_VAR = "COACH_NOW"
LOCAL_TZ = "Europe/Copenhagen"


def now() -> datetime:
    """The coach's local time (Europe/Copenhagen, timezone-aware).

    `COACH_NOW=YYYY-MM-DDTHH:MM` fixes it; else, with COACH_TODAY set, it is that day at the
    real time of day; else the real time. Reminders use it to decide what is due.
    """
    zone = ZoneInfo(LOCAL_TZ)
    fixed = os.environ.get(NOW_ENV_VAR, "").strip()
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError as err:
            raise ValueError(f"{NOW_ENV_VAR} must be YYYY-MM-DDTHH:MM, got {fixed!r}") from err
        return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
    real = datetime.now(zone)
    return datetime.combine(today(), real.timetz()) if os.environ.get(ENV_VAR, "").strip() else real
