"""The phone call script (contract: "The call script"), one wording per step of the follow-up.

Every line is meant to be said aloud: short sentences, one question, no demands and no re-selling
of qualifications. The second call (R4) refers to the first attempt and is shorter; the last one
(R5) goes to the hiring manager or HR, never to the same contact.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.case import FollowUpCase
from coach.danish import format_date, format_time
from coach.rules import Step, followup_step
from coach.texts import section, text
from coach.writing.email import earlier_day, earlier_way, named_higher_up, placeholders, unanswered_by
from coach.writing.rejection import rejection_line


@dataclass(frozen=True)
class CallScript:
    say: tuple[str, ...]  # what to say, in order
    opening: str
    placing: str
    role_line: str
    status_question: str
    thanks: str
    if_not_decided: str
    if_rejected: str
    reception: str
    voicemail: str

    def render(self) -> str:
        """The script as readable Danish text with short headings."""
        sections = [
            ("say", self.say),
            ("not_decided", [self.if_not_decided]),
            ("rejected", [self.if_rejected]),
            ("reception", [self.reception]),
            ("voicemail", [self.voicemail]),
        ]
        headings = section("writing.call_script.headings")
        return "\n\n".join(f"{headings[key]}:\n" + "\n".join(lines) for key, lines in sections)

    def render_short(self) -> str:
        """Only what to say ("kan du lave manuskriptet kortere?"): the side sections are left out."""
        return f"{section('writing.call_script.headings')['say']}:\n" + "\n".join(self.say)


@dataclass(frozen=True)
class _Parts:
    """What every step's script is built from."""

    me: str
    hello: str
    when: str
    role: str
    call_me: str
    opening: str
    placing: str
    role_line: str


def call_script(case: FollowUpCase) -> CallScript:
    step = followup_step(case)
    me = case.user_name or text("writing.call_script.placeholder_user_name")
    hello = text("writing.call_script.hello_named", first_name=_first_name(case.contact_name)) \
        if case.contact_name and step is not Step.HIGHER_UP else text("writing.call_script.hello")
    when, role = _interview_when(case), _role_phrase(case)
    call_me = text("writing.call_script.call_me_back") if case.phone_left_out and not case.user_phone \
        else text("writing.call_script.call_me", phone=case.user_phone or placeholders()["user_phone"])
    parts = _Parts(me=me, hello=hello, when=when, role=role, call_me=call_me,
                   opening=text("writing.call_script.opening", hello=hello, me=me),
                   placing=text("writing.call_script.placing", when=when),
                   role_line=text("writing.call_script.role_line", role=role))
    writer = {Step.FIRST: _first, Step.SECOND: _second, Step.HIGHER_UP: _higher_up}[step]
    return writer(case, parts)


def _script(p: _Parts, say: tuple[str, ...], **lines: str) -> CallScript:
    """The listen cue goes before the last line (the thanks); the side sections are the same for every step."""
    listen = text("writing.call_script.listen_cue")
    return CallScript(say=say[:-1] + (listen, say[-1]), opening=p.opening, role_line=p.role_line,
                      if_not_decided=text("writing.call_script.if_not_decided"), if_rejected=rejection_line(),
                      **lines)


def _first(case: FollowUpCase, p: _Parts) -> CallScript:
    if case.callback_agreed and case.contact_back is not None:
        return _as_agreed(case, p)
    status, thanks = text("writing.call_script.status_question"), text("writing.call_script.thanks")
    return _script(p, (p.opening, p.placing, p.role_line, status, thanks), placing=p.placing,
                   status_question=status, thanks=thanks, reception=_reception_line(case, p.me, p.when),
                   voicemail=text("writing.call_script.voicemail", hello=p.hello, me=p.me, when=p.when, role=p.role,
                                  call_me=p.call_me))


def _as_agreed(case: FollowUpCase, p: _Parts) -> CallScript:
    """The call on the day the contact asked for ("han bad mig ringe igen på tirsdag"; s38a: the first call's script
    word for word): it says so, and asks for news."""
    texts = section("writing.call_script.as_agreed")
    placing = texts["placing"].format(role=p.role)
    status, thanks = texts["status_question"], text("writing.call_script.second.thanks")
    return _script(p, (p.opening, placing, status, thanks), placing=placing, status_question=status, thanks=thanks,
                   reception=_reception_line(case, p.me, p.when),
                   voicemail=texts["voicemail"].format(hello=p.hello, me=p.me, role=p.role, call_me=p.call_me))


def _second(case: FollowUpCase, p: _Parts) -> CallScript:
    """Shorter, and it says when the user tried before (R4)."""
    channel = earlier_way(case)
    tried = text(f"writing.call_script.earlier_other.{channel}", contact=case.earlier_contact) \
        if case.earlier_contact else text(f"writing.call_script.earlier.{channel}")
    placing = text("writing.call_script.second.placing", when=p.when, role=p.role, last=earlier_day(case),
                   earlier=tried)
    status, thanks = text("writing.call_script.second.status_question"), text("writing.call_script.second.thanks")
    return _script(p, (p.opening, placing, status, thanks), placing=placing, status_question=status, thanks=thanks,
                   reception=_reception_line(case, p.me, p.when),
                   voicemail=text("writing.call_script.second.voicemail", hello=p.hello, me=p.me, when=p.when,
                                  role=p.role, call_me=p.call_me))


def _higher_up(case: FollowUpCase, p: _Parts) -> CallScript:
    """To the hiring manager or HR (R5): two attempts without an answer, said without blame."""
    unanswered = unanswered_by(case, section("writing.call_script.higher_up"))
    status, thanks = text("writing.call_script.higher_up.status_question"), text("writing.call_script.thanks")
    target = named_higher_up(case) or text("writing.call_script.higher_up.reception_target", role=p.role)
    return _script(p, (p.opening, p.placing, p.role_line, unanswered, status, thanks), placing=p.placing,
                   status_question=status, thanks=thanks,
                   reception=text("writing.call_script.reception", me=p.me, when=p.when, target=target),
                   voicemail=text("writing.call_script.higher_up.voicemail", me=p.me, when=p.when, role=p.role,
                                  call_me=p.call_me))


def _first_name(full_name: str) -> str:
    # On the phone Danes use the first name only ("Hej Mette").
    return full_name.split()[0]


def _interview_when(case: FollowUpCase) -> str:
    if case.interview_date is None:
        return text("writing.call_script.when_unknown")
    when = format_date(case.interview_date)
    if not case.interview_time:
        return when
    return text("writing.call_script.when_with_time", day=when, time=format_time(case.interview_time))


def _role_phrase(case: FollowUpCase) -> str:
    # Never "hos <company>": the call goes to someone who works there ("hos jer").
    return text("writing.call_script.role", role=case.role) if case.role else text("writing.call_script.role_unnamed")


def _reception_line(case: FollowUpCase, me: str, when: str) -> str:
    target = case.contact_name or text("writing.call_script.reception_target_unnamed", role=_role_phrase(case))
    return text("writing.call_script.reception", me=me, when=when, target=target)
