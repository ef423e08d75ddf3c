"""The thank-you e-mail after the interview (the guide: always write one): on the day or the day
after, thanks for the conversation, one concrete thing that was good to hear (the user fills it in),
still interested, and - when they gave no date for an answer - the question about the timeline."""

from __future__ import annotations

from datetime import date

from coach.case import FollowUpCase
from coach.danish import WEEKDAYS, format_date
from coach.texts import text
from coach.writing.email import Mail, greeting, placeholders, position, signature


def thank_you_mail(case: FollowUpCase, today: date) -> Mail:
    pos = position(case)
    highlight = placeholders()["highlight"]
    thanks = text("writing.thank_you.thanks_undated", position=pos, highlight=highlight) \
        if case.interview_date is None \
        else text("writing.thank_you.thanks", when=_when(case.interview_date, today), position=pos, highlight=highlight)
    paragraphs = [thanks, text("writing.thank_you.interested")]
    if case.has_no_deadline:
        paragraphs.append(text("writing.thank_you.ask_timeline"))
    return Mail(subject=text("writing.thank_you.subject", position=pos),
                greeting=greeting(case.contact_name, case.informal_greeting), paragraphs=tuple(paragraphs),
                closing=text("writing.email.closing"), signature=signature(case))


def _when(interview: date, today: date) -> str:
    """'i dag', 'i lørdags' or the date. Yesterday's is no "i går": the mail may go out tomorrow (s38d)."""
    days = (today - interview).days
    if days == 0:
        return text("writing.thank_you.today")
    if days == 1:
        return text("writing.thank_you.last_weekday", weekday=WEEKDAYS[interview.weekday()])
    return format_date(interview)
