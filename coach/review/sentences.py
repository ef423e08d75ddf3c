"""A draft's sentences, each judged the way the rehearsal judges a line (coach.conduct + rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.case import FollowUpCase
from coach.conduct.cues import CUES, HARD
from coach.conduct.text import loose, rx
from coach.danish import format_date
from coach.rehearsal.evaluate import evaluate_line
from coach.rehearsal.introduction import day_mentions

OFFER = rx(r"\bspørgsmål\b", r"\buddybe\b", r"\b(mere|yderligere|flere) (information|oplysninger)\b",
           r"\bsvare?r? (gerne )?på\b", r"\bsig (endelig |bare )?til\b", r"\b(står|er) (gerne )?til rådighed\b",
           r"\bmangler (i|du) noget\b", r"\bkontakt(e)? mig\b", r"\b(ring|skriv) (endelig |gerne )?til mig\b")
_THANKS_FOR = rx(r"\btak (for|fordi)\b", r"\btakke?r? for\b", r"\btusind tak\b", r"\bmange tak\b")


@dataclass(frozen=True)
class Sentence:
    text: str
    asks_status: bool
    thanks: bool
    offer: bool
    fault: str | None  # "pressure", "begging", "selling" or "tone": the sentence had better go
    wrong_day: bool
    says_name: bool
    places_interview: bool
    names_role: bool


def judge_sentence(text: str, case: FollowUpCase, today: date) -> Sentence:
    check = evaluate_line(text, case, today=today)
    lo = loose(text)
    fault = None
    if not check.no_demands:
        fault = "begging" if "begging" in check.notes else "pressure"
    elif not check.no_selling:
        fault = "selling"
    elif HARD["polite_and_short"].search(lo) or {"rude", "sarcasm", "shouting"} & set(check.notes) \
            and (CUES["rude"].search(lo) or CUES["sarcasm"].search(lo)):
        fault = "tone"
    return Sentence(
        text=text, asks_status=check.asks_status or check.asks_when,
        thanks=bool(_THANKS_FOR.search(lo)) and check.thanks,
        offer=bool(OFFER.search(lo)), fault=fault, wrong_day="wrong_day" in check.notes, says_name=check.says_name,
        places_interview=check.places_interview, names_role=check.names_role)


def right_day(text: str, case: FollowUpCase, today: date) -> str:
    """`text` with a wrong day for the interview put right ("i onsdags" -> "tirsdag den 24. november")."""
    if case.interview_date is None:
        return text
    for mention, verdict in sorted(day_mentions(text, case, today), key=lambda mv: -mv[0].start):
        if verdict == "wrong":
            text = text[:mention.start] + format_date(case.interview_date) + text[mention.end:]
    return text
