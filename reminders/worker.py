"""Fire due reminders through Rasa: `python -m reminders.worker [--once] [--interval S]`.

Every `--interval` seconds (COACH_REMINDER_INTERVAL, default 30) it takes the due reminders
from the store (reminders.store) one by one, each with an atomic claim, and asks Rasa to
trigger the intent `recall_followup` in that conversation on the reminder's output channel:

    POST {RASA_URL}/conversations/{id}/trigger_intent?output_channel=telegram[&token=...]
    {"name": "recall_followup", "entities": [{"entity": "reminder_id", "value": "<id>"}]}

So the reminder runs through the normal conversation: the tracker shows the external event
and what the coach sent. Run as many workers, against as many Rasa servers, as you like: each
reminder is claimed by one of them and spoken once.

Settings: RASA_URL (default http://127.0.0.1:$RASA_PORT, port 5005), COACH_API_TOKEN (sent as
?token= when set), the database as in reminders.store. "Now" is the coach's one clock
(coach.clock: COACH_NOW / COACH_TODAY, as in every other process).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime

from coach import clock
from coach.reminders import Reminder
from reminders.store import ReminderStore

logger = logging.getLogger("reminders.worker")

TRIGGER_INTENT = "recall_followup"
ENTITY = "reminder_id"
DEFAULT_INTERVAL = 30.0
HTTP_TIMEOUT = 60


@dataclass
class Outcome:
    delivered: list
    failed: list


class Worker:
    def __init__(self, store: ReminderStore, rasa_url: str, token: str | None = None,
                 name: str | None = None) -> None:
        self.store = store
        self.rasa_url = rasa_url.rstrip("/")
        self.token = token or None
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"

    def tick(self, now: datetime) -> Outcome:
        """Deliver every reminder due at `now`; returns the ids this worker delivered or failed."""
        outcome = Outcome([], [])
        for reminder in self.store.due(now):
            if not self.store.claim(reminder, self.name, now):
                continue  # another worker took it
            if self._trigger(reminder):
                # The action marks it sent (or skipped); this only closes a delivery it could not see,
                # e.g. a conversation whose tracker was deleted.
                self.store.finish(reminder.id, "sent")
                outcome.delivered.append(reminder.id)
            else:
                self.store.release(reminder.id)
                outcome.failed.append(reminder.id)
        return outcome

    def _trigger(self, reminder: Reminder) -> bool:
        query = {"output_channel": reminder.channel}
        if self.token:
            query["token"] = self.token
        conversation = urllib.parse.quote(reminder.conversation_id, safe="")
        url = f"{self.rasa_url}/conversations/{conversation}/trigger_intent?{urllib.parse.urlencode(query)}"
        body = json.dumps({"name": TRIGGER_INTENT,
                           "entities": [{"entity": ENTITY, "value": reminder.id}]}).encode()
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
                response.read()
            logger.info("Reminder %s (%s) sent to conversation %s", reminder.id, reminder.kind,
                        reminder.conversation_id)
            return True
        except urllib.error.HTTPError as error:
            logger.warning("Rasa refused reminder %s: %s %s", reminder.id, error.code, error.read()[:300])
        except (urllib.error.URLError, OSError) as error:
            logger.warning("Rasa unreachable for reminder %s: %s", reminder.id, error)
        # Did the action run anyway (e.g. the answer was lost)? Then it is delivered.
        current = self.store.get(reminder.id)
        return current is not None and current.status != "sending"


def default_rasa_url() -> str:
    return os.environ.get("RASA_URL") or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--once", action="store_true", help="one round, then exit")
    parser.add_argument("--interval", type=float,
                        default=float(os.environ.get("COACH_REMINDER_INTERVAL", DEFAULT_INTERVAL)))
    parser.add_argument("--rasa-url", default=default_rasa_url())
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(name)s %(message)s")

    worker = Worker(ReminderStore(), args.rasa_url, os.environ.get("COACH_API_TOKEN"))
    logger.info("Reminder worker %s on %s, Rasa at %s", worker.name, worker.store.url.split("@")[-1], worker.rasa_url)
    while True:
        try:
            outcome = worker.tick(clock.now())
            if args.once:
                print(json.dumps({"delivered": outcome.delivered, "failed": outcome.failed}))
                return 0
        except Exception:
            logger.exception("Reminder round failed; trying again")
            if args.once:
                return 1
        time.sleep(max(1.0, args.interval))


if __name__ == "__main__":
    sys.exit(main())
