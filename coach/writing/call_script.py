"""The phone call script (contract: "The call script").

Every line is meant to be said aloud: short sentences, one question, no
demands and no re-selling of qualifications.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.case import FollowUpCase
from coach.danish import format_date, format_time
from coach.texts import section, text


@dataclass(frozen=True)
class CallScript:
    opening: str
    placing: str
    role_line: str
    status_question: str
    listen_cue: str
    thanks: str
    if_not_decided: str
    if_rejected: str
    reception: str
    voicemail: str

    def render(self) -> str:
        """The script as readable Danish text with short headings."""
        sections = [
            ("say", [self.opening, self.placing, self.role_line, self.status_question, self.listen_cue, self.thanks]),
            ("not_decided", [self.if_not_decided]),
            ("rejected", [self.if_rejected]),
            ("reception", [self.reception]),
            ("voicemail", [self.voicemail]),
        ]
        headings = section("writing.call_script.headings")
        return "\n\n".join(f"{headings[key]}:\n" + "\n".join(lines) for key, lines in sections)


def call_script(case: FollowUpCase) -> CallScript:
    me = case.user_name or text("writing.call_script.placeholder_user_name")
    hello = text("writing.call_script.hello_named", first_name=_first_name(case.contact_name)) \
        if case.contact_name else text("writing.call_script.hello")
    when = _interview_when(case)
    return CallScript(
        opening=text("writing.call_script.opening", hello=hello, me=me),
        placing=text("writing.call_script.placing", when=when),
        role_line=text("writing.call_script.role_line", role=_role_phrase(case)),
        status_question=text("writing.call_script.status_question"),
        listen_cue=text("writing.call_script.listen_cue"),
        thanks=text("writing.call_script.thanks"),
        if_not_decided=text("writing.call_script.if_not_decided"),
        if_rejected=text("writing.call_script.if_rejected"),
        reception=_reception_line(case, me, when),
        voicemail=_voicemail(case, hello, me, when),
    )


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


def _role_phrase(case: FollowUpCase, with_company: bool = True) -> str:
    role = text("writing.call_script.role", role=case.role) if case.role else text("writing.call_script.role_unnamed")
    if not (with_company and case.company):
        return role
    return text("writing.call_script.role_at_company", role=role, company=case.company)


def _reception_line(case: FollowUpCase, me: str, when: str) -> str:
    target = case.contact_name or text("writing.call_script.reception_target_unnamed", role=_role_phrase(case, False))
    return text("writing.call_script.reception", me=me, when=when, target=target)


def _voicemail(case: FollowUpCase, hello: str, me: str, when: str) -> str:
    # About 20 seconds spoken: who, which interview, one question, how to call back.
    return text("writing.call_script.voicemail", hello=hello, me=me, when=when, role=_role_phrase(case, False),
                phone=text("writing.call_script.placeholder_phone"))
