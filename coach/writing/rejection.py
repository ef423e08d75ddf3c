"""The reply to a rejection (R9): thanks, good wishes, an open door, and an optional request for
feedback. By e-mail a short reply in their thread; on the phone the line to say."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.texts import text
from coach.writing.email import Mail, short_mail


def rejection_reply(case: FollowUpCase) -> Mail:
    """The last paragraph, the request for feedback, is the one the user may leave out."""
    if case.cold_contact:  # no no to thank them for: thanks for the talk, and the door left open
        return short_mail(case, "closing_cold", ("thanks", "open_door"), with_phone=False)
    thanks = "thanks_after_call" if case.no_came_by_phone else "thanks"
    feedback = () if case.short_mail else ("feedback",)  # "uden spørgsmålet om feedback", "kortere"
    return short_mail(case, "rejection", (thanks, "open_door", *feedback), with_phone=False)


def rejection_line() -> str:
    """What to say when the no comes on the phone (also the call script's 'if you get a no')."""
    return text("writing.rejection.line")


def rejection_on_the_phone() -> str:
    """The line, then the optional question for feedback."""
    return text("writing.rejection.phone", line=rejection_line(), question=text("writing.rejection.feedback_question"))
