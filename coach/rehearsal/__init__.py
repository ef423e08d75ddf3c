"""The call rehearsal: the coach plays reception and the contact person, the user practises the call.

`session` runs a round turn by turn over a typed `state`, `evaluate` checks each line against the call script, `summary`
scores the call and picks the advice, `lines` reads what the coach's characters say.
"""

from coach.rehearsal.evaluate import evaluate_line
from coach.rehearsal.session import (
    SITUATIONS,
    Rehearsal,
    is_restart,
    is_stop,
    pick_situation,
    seed_for,
    situation_asked,
    stops_with_a_request,
)
from coach.rehearsal.state import RehearsalState

__all__ = [
    "SITUATIONS", "Rehearsal", "RehearsalState", "evaluate_line", "is_restart", "is_stop", "pick_situation", "seed_for",
    "situation_asked", "stops_with_a_request",
]
