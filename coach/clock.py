"""The coach's notion of "today".

`COACH_TODAY=YYYY-MM-DD` fixes today for every process (NLU component and
action server alike), so tests and demos never depend on the wall clock.
"""

from __future__ import annotations

import os
from datetime import date

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
