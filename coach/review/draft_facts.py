"""The facts a user's own e-mail states, for a case that lacks them: a tester pasted a mail with the day, the role,
the contact, their name and number, and was then asked for each of them again ("det stod jo i min mail")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from coach.case import FollowUpCase
from coach.conduct.text import sentences
from coach.facts.titles import role_said
from coach.phone import NUMBER_PATTERN, phone_said
from coach.rehearsal.introduction import day_mentions
from coach.review.email_draft import greets_by_name, looks_like_name, read_email

_FORM_OF_ADDRESS = re.compile(r"^(hr|fru|frk|dr)\.?$", re.I)


def facts_in_draft(draft: str, case: FollowUpCase, today: date) -> dict[str, Any]:
    """Slot values (the contract's formats) for what the mail says and the case does not know yet; what the case
    knows is never replaced by a draft (the review names a draft's wrong day or name instead)."""
    mail = read_email(draft, case, today, judged=False)  # the review judged its sentences already
    found: dict[str, Any] = {}
    if case.interview_date is None and (day := interview_day_in(draft, case, today)):
        found["interview_date"] = day.isoformat()
    if not case.role and (role := role_said(draft)):
        found["role"] = role
    if not case.contact_name and greets_by_name(mail):
        greeted = [w for w in mail.greeting.strip(" ,!").split()[1:] if not _FORM_OF_ADDRESS.match(w)]
        if greeted and looks_like_name(" ".join(greeted)):
            found["contact_name"] = " ".join(greeted)
    signed = (mail.signature or "").split("\n")
    if not case.user_name and len(signed[0].split()) >= 2 and looks_like_name(signed[0]):
        found["user_name"] = signed[0].strip().rstrip(".,")
    elif not case.user_name and (said := _SAYS_WHO.search(" ".join(sentences(draft)[:2]))):
        found["user_name"] = next(name for name in said.groups() if name)  # "Hej Kim, det er Ali Hassan." (a call)
    if not case.user_phone and (number := _own_number(mail.signature or "", draft)):
        found["user_phone"] = number
    return found


# who calls, said in a planned opening: "det er Ali Hassan", "Ali Hassan her", "mit navn er Ali Hassan" (testers got
# "[dit navn]" in the coach's scripts after an opening that said it)
_FULL = r"([A-ZÆØÅ][a-zæøåéü-]+ [A-ZÆØÅ][a-zæøåéü-]+)"
_SAYS_WHO = re.compile(rf"\bdet er {_FULL}\b|^\W*(?:\w+,?\s+){{0,2}}{_FULL} her\b|\bmit navn er {_FULL}\b")


def interview_day_in(draft: str, case: FollowUpCase, today: date) -> date | None:
    """The day the draft says the interview was ("Tak for samtalen i torsdags"), when the case has none."""
    if case.interview_date is not None:
        return None
    told = (m.value for part in sentences(draft)
            for m, verdict in day_mentions(part, case, today) if verdict == "right" and m.grain == "day")
    return next(told, None)


def _own_number(signature: str, draft: str) -> str | None:
    """The number under the name, or the one number in the mail (a mail to an employer gives only one's own)."""
    numbers = re.findall(NUMBER_PATTERN, signature) or re.findall(NUMBER_PATTERN, draft)
    if len({digits for _, digits in numbers}) != 1:
        return None
    return phone_said("mit nummer er " + "".join(numbers[0]))
