"""`make purge`: delete conversations untouched for more than COACH_RETENTION_DAYS (default 90).

Works on Rasa's SQL tracker store: the SQLite file COACH_TRACKER_DB by default, or
any SQLAlchemy URL in COACH_TRACKER_URL (e.g. PostgreSQL when scaled out).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from coach.retention import cutoff, retention_days  # noqa: E402


def database_url() -> str:
    if os.environ.get("COACH_TRACKER_URL"):
        return os.environ["COACH_TRACKER_URL"]
    path = os.environ.get("COACH_TRACKER_DB") or str(Path(__file__).resolve().parents[1] / "var" / "tracker.db")
    return f"sqlite:///{path}"


def purge(url: str, days: int, now: datetime) -> list[str]:
    """Delete every event of each conversation whose newest event is older than `days`."""
    engine = sa.create_engine(url)
    if not sa.inspect(engine).has_table("events"):
        return []
    events = sa.Table("events", sa.MetaData(), autoload_with=engine)
    newest = sa.select(events.c.sender_id).group_by(events.c.sender_id).having(
        sa.func.max(events.c.timestamp) < cutoff(now, days))
    with engine.begin() as connection:
        expired = [row.sender_id for row in connection.execute(newest)]
        if expired:
            connection.execute(events.delete().where(events.c.sender_id.in_(expired)))
    return expired


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=retention_days())
    args = parser.parse_args()
    expired = purge(database_url(), args.days, datetime.now(timezone.utc))
    # Counts only: conversation ids can be Telegram chat ids, i.e. personal data.
    print(f"Deleted {len(expired)} conversation(s) untouched for more than {args.days} days.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
