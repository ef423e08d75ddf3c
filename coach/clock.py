"""The coach's one clock: "now" and "today" for every process (NLU, action server, reminder worker).

`COACH_NOW=YYYY-MM-DDTHH:MM` fixes the moment (Copenhagen time); `COACH_TODAY=YYYY-MM-DD` fixes only
the day, at the real time of day. Tests and demos set them, so nothing depends on the wall clock.
When both are set they must name the same day. `COACH_TODAY_FILE=path` names a file that holds the day
instead, read on every call: the conversation bench plays many todays on one pair of servers.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ENV_VAR = "COACH_TODAY"
FILE_ENV_VAR = "COACH_TODAY_FILE"
NOW_ENV_VAR = "COACH_NOW"
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


def now() -> datetime:
    """The coach's local time (Europe/Copenhagen, timezone-aware)."""
    fixed_day = _fixed_day()
    fixed = os.environ.get(NOW_ENV_VAR, "").strip()
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError as err:
            raise ValueError(f"{NOW_ENV_VAR} must be YYYY-MM-DDTHH:MM, got {fixed!r}") from err
        moment = moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)
        if fixed_day is not None and fixed_day != moment.date():
            raise ValueError(f"{ENV_VAR}={fixed_day} and {NOW_ENV_VAR}={fixed} name different days")
        return moment
    real = datetime.now(LOCAL_TZ)
    return datetime.combine(fixed_day, real.timetz()) if fixed_day else real


def today() -> date:
    """The coach's local date: the day of `now()`."""
    return now().date()


def _fixed_day() -> date | None:
    day_file = os.environ.get(FILE_ENV_VAR, "").strip()
    fixed = Path(day_file).read_text().strip() if day_file else os.environ.get(ENV_VAR, "").strip()
    if not fixed:
        return None
    try:
        return date.fromisoformat(fixed)
    except ValueError as err:
        raise ValueError(f"{FILE_ENV_VAR if day_file else ENV_VAR} must hold YYYY-MM-DD, got {fixed!r}") from err
