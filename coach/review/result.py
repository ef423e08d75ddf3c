"""`review_draft`: the e-mail or the call opening the user wrote, read as a friend would."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coach import clock
from coach.case import FollowUpCase
from coach.conduct.text import loose, rx
from coach.facts.titles import role_said
from coach.review.draft_facts import interview_day_in
from coach.review.email_review import review_email
from coach.review.findings import Findings
from coach.review.opening_review import review_opening
from coach.review.reply_review import answers_a_no, review_reply
from coach.review.request import DraftKind

Review = Findings
MAX_CHARS = 6000  # a follow-up e-mail is a few hundred characters; this is not one


def review_draft(draft: str, case: FollowUpCase, kind: DraftKind = "email", today: date | None = None,
                 thank_you: bool = False) -> Review:
    """The review of `draft` (an "email" or a "call" opening) for this case; `thank_you`: the user called it a
    thank-you for the interview."""
    draft = _unquoted((draft or "").strip()[:MAX_CHARS])
    day = today or _today()
    case = _spelled_as_in_the_draft(draft, _with_role_from(draft, case))
    # the day the draft gives an interview the coach has no day for: the subject's example names it (a tester was
    # told to name the day, with an example that named none)
    case = replace(case, interview_date=interview_day_in(draft, case, day) or case.interview_date)
    # the answer to a no is judged as one (thanks, no argument, the door left open), not as a follow-up nor as a call
    # that asks how far they are (a tester's LinkedIn reply to a no was told to ask for status)
    if answers_a_no(draft, case):
        return review_reply(draft, case, day, spoken=kind != "email" and not _WRITTEN.search(loose(draft)))
    if kind == "email":
        return review_email(draft, case, day, thank_you)
    return review_opening(draft, case, day, voicemail=kind == "voicemail")


# a reply asked for as "min besked" may still be a written one (a tester's LinkedIn reply): it greets or signs as one
_WRITTEN = rx(r"\b(kære|venlig(st)? hilsen|venlige hilsner|mvh|vh|bedste hilsner)\b")
_QUOTED = re.compile(r'^(?:"(?P<a>[^"]+)"|„(?P<b>[^„“]+)“|“(?P<c>[^“”]+)”|»(?P<d>[^»«]+)«)$', re.S)


def _unquoted(draft: str) -> str:
    """'"Hej, det er Kasper …"' pasted in quotes: the words inside, or a quoted sentence keeps a stray mark."""
    match = _QUOTED.match(draft)
    return next(g for g in match.groups() if g).strip() if match else draft


def _with_role_from(draft: str, case: FollowUpCase) -> FollowUpCase:
    """The role the draft names ("stillingen som kok") when the user never told it, so the subject and the
    examples name it instead of a placeholder."""
    role = None if case.role else role_said(draft)
    return replace(case, role=role) if role else case


def _spelled_as_in_the_draft(draft: str, case: FollowUpCase) -> FollowUpCase:
    """Names and the role as the draft spells them when the chat gave them without æ/ø/å ("Jette Moeller" told,
    "Kære Jette Møller" written; `loose` makes the two the same): the review keeps the draft's letters."""
    words = re.findall(r"[\w-]+", draft)
    spelled = {}
    for field in ("contact_name", "user_name", "role"):
        value = getattr(case, field)
        if not value:
            continue
        n, key = len(value.split()), loose(value)
        found = next((" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
                      if loose(" ".join(words[i:i + n])) == key), None)
        if found and found != value and re.search(r"[æøåÆØÅ]", found):
            spelled[field] = found
    return replace(case, **spelled) if spelled else case


def _today() -> date:
    try:
        return clock.today()
    except ValueError:
        return date.today()
