"""The follow-up e-mail (contract: "The e-mail"), one wording per step of the follow-up.

First: a subject that looks like a reply and names the interview and the role, a greeting, at most
three short paragraphs, a Danish closing, the full name and the phone number. Second (R4): shorter,
and it refers to the first attempt. Higher up (R5): to the hiring manager or HR, saying without
blame that the contact did not answer twice. Missing names become bracketed placeholders the user
cannot overlook.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.danish import format_date, format_time
from coach.facts.names import one_person
from coach.rules import Step, followup_step
from coach.texts import section, text


@dataclass(frozen=True)
class Mail:
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str

    @property
    def body(self) -> str:
        parts = [self.greeting, *self.paragraphs, f"{self.closing}\n{self.signature}"]
        return "\n\n".join(parts)

    @property
    def text(self) -> str:
        return f"Emne: {self.subject}\n\n{self.body}"

    @property
    def missing(self) -> tuple[str, ...]:
        """What the user still has to fill in: the keys of the placeholders left in the mail."""
        full = self.text
        return tuple(slot for slot, mark in placeholders().items() if mark in full)

    def mailto(self, address: str | None = None) -> str:
        """A mailto: link (RFC 6068) that opens the mail ready to send."""
        body = self.body.replace("\n", "\r\n")  # RFC 6068 line breaks are CRLF
        to = quote(address or "", safe="@")
        return f"mailto:{to}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"


def compose_email(case: FollowUpCase) -> Mail:
    """The follow-up e-mail for the case's next step."""
    step = followup_step(case)
    if step is Step.HIGHER_UP:
        return _higher_up(case)
    if step is Step.SECOND:
        paragraphs: tuple[str, ...] = (_second_paragraph(case),)
    elif case.callback_agreed and case.contact_back is not None:  # "hun bad mig skrive igen på mandag" (s38a)
        paragraphs = (text("writing.email.as_agreed", position=position(case)), text("writing.email.status_question"),
                      text("writing.email.offer_to_answer"))
    elif case.short_mail:  # asked for a shorter one: the same three points in two short paragraphs
        paragraphs = (text("writing.email.short.thanks_and_status", position=position(case)),
                      text("writing.email.short.offer_to_answer"))
    else:
        paragraphs = (text("writing.email.thanks", position=position(case)), text("writing.email.status_question"),
                      text("writing.email.offer_to_answer"))
    return Mail(subject=email_subject(case), greeting=greeting(case.contact_name, case.informal_greeting),
                paragraphs=paragraphs, closing=text("writing.email.closing"), signature=signature(case))


def email_subject(case: FollowUpCase) -> str:
    """'Re: Jobsamtale onsdag den 25. november kl. 9 – kontorchef': reads as a reply, names interview and role."""
    role = case.role or placeholders()["role"]
    if case.interview_date is None:
        return text("writing.email.subject", position=position(case))
    day = format_date(case.interview_date)
    if case.interview_time:
        return text("writing.email.subject_dated_time", day=day, time=format_time(case.interview_time), role=role)
    return text("writing.email.subject_dated", day=day, role=role)


def short_mail(case: FollowUpCase, topic: str, paragraphs: tuple[str, ...], with_phone: bool = True) -> Mail:
    """A short mail about the job written from the catalogue's `writing.<topic>` texts (a subject and the paragraphs
    named, each given the position): the reply to a no, a withdrawal, a yes to the offer."""
    pos = position(case)
    return Mail(
        subject=text(f"writing.{topic}.subject", position=pos), greeting=greeting(case.contact_name),
        paragraphs=tuple(text(f"writing.{topic}.{key}", position=pos) for key in paragraphs),
        closing=text("writing.email.closing"), signature=signature(case, with_phone=with_phone),
    )


def position(case: FollowUpCase) -> str:
    """'stillingen som kontorchef'. Never 'hos <company>': the mail goes to someone who works there."""
    return text("writing.email.position", role=case.role or placeholders()["role"])


def greeting(name: str | None, informal: bool = False) -> str:
    """'Kære Anne Kjær,'; asked for, 'Hej Anne,' (the first name, as Danes greet with "Hej")."""
    if informal:
        return text("writing.email.greeting_informal", name=name.split()[0] if name else placeholders()["contact_name"])
    return text("writing.email.greeting", name=name or placeholders()["contact_name"])


def signature(case: FollowUpCase, with_phone: bool = True) -> str:
    """The full name, and under it the phone number, so they can call back."""
    name = case.user_name or placeholders()["user_name"]
    if not with_phone or (case.phone_left_out and not case.user_phone):
        return name
    return name + "\n" + text("writing.email.phone_line", phone=case.user_phone or placeholders()["user_phone"])


def placeholders() -> dict[str, str]:
    """What is missing -> the placeholder written where its value would be."""
    return section("writing.placeholders")


def earlier_day(case: FollowUpCase) -> str:
    if case.last_attempt_date is None:
        return text("writing.call_script.earlier.unknown_day")
    return format_date(case.last_attempt_date)


def earlier_channel(case: FollowUpCase) -> str:
    """How the unanswered attempt went: as recorded, else the channel the user follows up on."""
    return case.last_attempt_channel or case.contact_channel or EMAIL


def earlier_way(case: FollowUpCase) -> str:
    """How the unanswered attempt went, for the texts that say so: a message left on the answering machine too."""
    channel = earlier_channel(case)
    return "telefonsvarer" if channel == PHONE and case.voicemail_left else channel


def _second_paragraph(case: FollowUpCase) -> str:
    channel, last, pos = earlier_way(case), earlier_day(case), position(case)
    earlier = text(f"writing.email.second.earlier_other.{channel}", last=last, position=pos,
                   contact=case.earlier_contact) if case.earlier_contact \
        else text(f"writing.email.second.earlier.{channel}", last=last, position=pos)
    return f"{earlier} {text('writing.email.second.status_question')}"


def named_higher_up(case: FollowUpCase) -> str | None:
    """The person the last step goes to, when the user named one after the follow-ups ("HR chefen hedder Lars
    Bech", "HR-konsulent Anne Krog har overtaget"): the contact now, whom none of them went to."""
    name = case.contact_name
    if not name or not case.contacted or any(c and one_person(name, c) for c in case.contacted):
        return None
    return name


def unanswered_by(case: FollowUpCase, texts: dict[str, str]) -> str:
    """'Jeg har kontaktet Per Nielsen to gange …', or 'både Birthe Lund og Hanne Bech' after a handover; `texts`:
    the mail's or the call's section of the last step."""
    tried = case.contacted or tuple(name for name in (case.earlier_contact, case.contact_name) if name)
    tried = tuple(name or texts["contact_unnamed"] for name in tried)  # "" is someone never named
    if len(tried) >= 2:
        return texts["unanswered_two"].format(earlier=tried[-2], contact=tried[-1])
    return texts["unanswered"].format(contact=tried[0] if tried else texts["contact_unnamed"])


def _higher_up(case: FollowUpCase) -> Mail:
    pos = position(case)
    if case.interview_date is None:
        subject = text("writing.email.higher_up.subject_undated", position=pos)
        placing = text("writing.email.higher_up.placing_undated", position=pos)
    else:
        day = format_date(case.interview_date)
        subject = text("writing.email.higher_up.subject", position=pos, day=day)
        placing = text("writing.email.higher_up.placing", position=pos, day=day)
    return Mail(
        subject=subject, greeting=greeting(named_higher_up(case) or placeholders()["higher_up"]),
        paragraphs=(placing, unanswered_by(case, section("writing.email.higher_up")),
                    text("writing.email.higher_up.status_question")),
        closing=text("writing.email.closing"), signature=signature(case),
    )
