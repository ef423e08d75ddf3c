"""The state of one rehearsal round, typed; Rasa keeps it between turns as a JSON-able slot value."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, Mapping

STATE_VERSION = 1

Step = Literal["reception", "contact", "news", "message", "voicemail", "closing", "done"]
Ending = Literal["goodbye", "stop", "limit"]


Listener = Literal["reception", "contact", "message"]


@dataclass(frozen=True)
class SaidLine:
    text: str
    after_rejection: bool = False  # said after the contact gave a rejection
    heard_by: Listener = "contact"  # reception does not pass the introduction on; a message it takes down does


@dataclass
class RehearsalState:
    seed: str
    situation: str
    round: int = 0
    asked: bool = False  # the situation was asked for ("kan vi øve telefonsvareren?"): "en gang til" plays it again
    history: list[str] = field(default_factory=list)  # the situations played so far, this one last
    step: Step = "reception"
    turns: int = 0  # the user's lines in this round
    reception_turns: int = 0
    closing_turns: int = 0
    knows_name: bool = False  # reception heard who calls
    knows_topic: bool = False  # reception heard what it is about
    put_through: bool = False  # reception transferred the call to the contact
    asked_for: str | None = None  # whom the caller asked reception for, when the case names no contact
    context_given: bool = False  # the contact heard which interview or role
    status_asked: bool = False
    asked_context: bool = False  # the contact already asked "which interview?"
    nudged_status: bool = False
    asked_purpose: bool = False
    news_given: bool = False
    news_index: int = 0  # lines[news_index:] were said after the news
    lines: list[SaidLine] = field(default_factory=list)
    done: bool = False
    ended: Ending | None = None
    version: int = STATE_VERSION

    def to_slot(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_slot(cls, value: Mapping[str, Any] | RehearsalState) -> RehearsalState:
        """The state from a slot value; ValueError for anything that is not one of ours."""
        if isinstance(value, RehearsalState):
            return value
        if not isinstance(value, Mapping) or value.get("version") != STATE_VERSION:
            raise ValueError("not a rehearsal state")
        known = {f.name for f in fields(cls)}
        state = cls(**{k: v for k, v in value.items() if k in known})
        state.history = list(state.history)
        state.lines = [SaidLine(**line) if isinstance(line, Mapping) else line for line in state.lines]
        return state
