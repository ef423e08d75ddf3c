"""The form's questions and its 'not understood' hints, in Danish.

Asked through custom actions so a question can use what the user already said
(the deadline question names the interview day).
"""

from __future__ import annotations

import re

from coach.case import FollowUpCase
from coach.danish import fold, format_date, listed
from coach.texts import section, text

CHANNEL_BUTTONS = (
    (text("form.buttons.call"), '/inform{"contact_channel": "telefon"}'),
    (text("form.buttons.email"), '/inform{"contact_channel": "email"}'),
    (text("form.buttons.unsure"), "/ask_channel_advice"),
)
NO_DEADLINE_BUTTON = (text("form.buttons.no_deadline"), "ingen frist")


def not_understood(slot: str) -> str:
    """The hint after an answer the form could not read."""
    return section("form.not_understood")[slot]


RESTART_BUTTON = (text("form.buttons.start_over"), "/start_over")
ASKED_BEFORE_REPHRASING = 2  # a question is never asked a third time in the same words


def question_again(slot: str) -> str:
    """The question in other words, for a third try: what the coach needs and why."""
    return section("form.questions_again")[slot]


def asks_differently(times_asked_before: int) -> bool:
    """Every third question for the same slot is put differently, so none repeats three times in a row."""
    return times_asked_before % (ASKED_BEFORE_REPHRASING + 1) == ASKED_BEFORE_REPHRASING


def question(slot: str, case: FollowUpCase) -> str:
    if slot == "interview_date":
        return text("form.questions.interview_date")
    if slot == "role":
        return text("form.questions.role_at_company", company=case.company) if case.company \
            else text("form.questions.role")
    if slot == "contact_channel":
        return text("form.questions.contact_channel")
    if slot == "deadline":
        return text("form.questions.deadline_dated", interview=format_date(case.interview_date)) \
            if case.interview_date else text("form.questions.deadline")
    raise ValueError(f"no question for slot {slot!r}")


def plan_pending(missing_slots) -> str:
    """'Er det for tidligt at ringe?' before the plan: the day comes once the coach knows what is missing."""
    needs = section("form.plan_needs")
    missing = [needs[slot] for slot in missing_slots if slot in needs]
    return text("form.plan_pending", missing=listed(missing)) if missing else text("form.plan_pending_soon")


# The words a user may ask the meaning of, folded, and the catalogue entry (form.meaning) that explains each.
_TERMS = (
    # "hvad betyder 'Re'?", "hvad betyder Re: i emnet?" (s33c: the meaning of "at følge op" came)
    (re.compile(r"(^|\W)re(:|\W*$|\W+(i|foran) (emne|emnet|mailen|overskrift))"), "reply_mark"),
    (re.compile(r"frist|hoere fra dem|svare?r? tilbage"), "deadline"),
    (re.compile(r"foelge op|opfoelg|follow"), "followup"),
    (re.compile(r"ringe eller|mail eller|kanal"), "contact_channel"),
    (re.compile(r"stilling|titel|jobbet"), "role"),
    (re.compile(r"samtale|hvilken dag"), "interview_date"),
)


# "hmm", "?", "øh…": a message that only hesitates
_HESITATION = re.compile(r"^\W*(h+m+|m{2,}|oe+h*m*|naa+|\?+|\.{2,}|…)\W*$")


def only_hesitates(said: str) -> bool:
    return bool(_HESITATION.match(fold(said or "")))


# "hvorfor skal du vide det?", "Hvorfor spørger De om, hvornår de ville svare?": why the coach asks (not
# "hvorfor har de ikke svaret?": folded, the formal De is the employer's de but for asking)
_WHY = re.compile(r"\bhvorfor (skal|vil|spoerger|spurgte|har|mener) du\b|\bhvorfor (spoerger|spurgte) de\b|"
                  r"\bhvad skal du (egentlig )?(bruge )?(det|den|dagen|datoen|det her)( \w+)? til\b|"
                  r"\bhvorfor er (det|den|dagen|datoen) (vigtig|vigtigt|noedvendig|noedvendigt)\b")


def asks_why(said: str) -> bool:
    return bool(_WHY.search(fold(said or "")))


def _term(said: str) -> str | None:
    """The word a question about meaning names ("hvad mener du med svarfrist?" -> "deadline"), or None."""
    folded = fold(said or "")
    return next((name for pattern, name in _TERMS if pattern.search(folded)), None)


def reply_mark_asked(said: str) -> bool:
    """'hvad betyder Re: i emnet?' (s33c: the message guard hears a question about the mail's form)."""
    return _term(said) == "reply_mark"


def meaning(said: str, asked_slot: str | None) -> str:
    """'hvad mener du med svarfrist?': the word explained; 'hvad mener du?' alone: what the question
    being asked means (or what following up is, when none is). 'hvorfor skal du vide det?': why it is asked."""
    term = _term(said)
    explained = section("form.why") if asks_why(said) and term != "reply_mark" else section("form.meaning")
    return explained[term or (asked_slot if asked_slot in explained else "followup")]
