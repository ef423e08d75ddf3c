"""The phone call script (contract: "The call script").

Every line is meant to be said aloud: short sentences, one question, no
demands and no re-selling of qualifications.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.case import FollowUpCase
from coach.danish import format_date, format_time

USER_NAME_PLACEHOLDER = "[dit navn]"
PHONE_PLACEHOLDER = "[dit nummer]"


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
            ("Sådan kan du sige det", [self.opening, self.placing, self.role_line,
                                       self.status_question, self.listen_cue, self.thanks]),
            ("Hvis de ikke har besluttet sig endnu", [self.if_not_decided]),
            ("Hvis du får et nej", [self.if_rejected]),
            ("Hvis du ringer til hovednummeret", [self.reception]),
            ("Hvis du får telefonsvareren", [self.voicemail]),
        ]
        return "\n\n".join(f"{heading}:\n" + "\n".join(lines) for heading, lines in sections)


def call_script(case: FollowUpCase) -> CallScript:
    me = case.user_name or USER_NAME_PLACEHOLDER
    hello = f"Hej {_first_name(case.contact_name)}" if case.contact_name else "Hej"
    when = _interview_when(case)
    return CallScript(
        opening=f"{hello}, det er {me}.",
        placing=f"Jeg var til jobsamtale hos jer {when}.",
        role_line=f"Det drejede sig om {_role_phrase(case)}.",
        status_question=("Jeg ringer bare for at høre, hvor langt I er kommet. "
                         "Har du nået at kigge på min ansøgning?"),
        listen_cue="(Lyt – og skriv en ny dato ned, hvis de nævner en.)",
        thanks="Tusind tak for din tid. Hav en rigtig god dag.",
        if_not_decided="Det forstår jeg godt. Hvornår tror du, jeg kan regne med at høre fra jer?",
        if_rejected=("Det var ærgerligt at høre, men tak fordi du fortæller mig det. Held og lykke med at finde "
                     "den rette. Og får I brug for folk til andre stillinger, hører jeg meget gerne fra jer."),
        reception=_reception_line(case, me, when),
        voicemail=_voicemail(case, hello, me, when),
    )


def _first_name(full_name: str) -> str:
    # On the phone Danes use the first name only ("Hej Mette").
    return full_name.split()[0]


def _interview_when(case: FollowUpCase) -> str:
    if case.interview_date is None:
        return "for nylig"
    when = format_date(case.interview_date)
    return f"{when} kl. {format_time(case.interview_time)}" if case.interview_time else when


def _role_phrase(case: FollowUpCase, with_company: bool = True) -> str:
    role = f"stillingen som {case.role}" if case.role else "den ledige stilling"
    return f"{role} hos {case.company}" if with_company and case.company else role


def _reception_line(case: FollowUpCase, me: str, when: str) -> str:
    target = case.contact_name or f"den, der står for ansættelsen til {_role_phrase(case, False)}"
    return (f"Hej, mit navn er {me}. Jeg var til jobsamtale hos jer {when}. "
            f"Vil du stille mig om til {target}?")


def _voicemail(case: FollowUpCase, hello: str, me: str, when: str) -> str:
    # About 20 seconds spoken: who, which interview, one question, how to call back.
    return (f"{hello}, det er {me}. Jeg var til samtale hos jer {when} om {_role_phrase(case, False)}. "
            "Jeg ringer for at høre, hvordan det går med min ansøgning. "
            f"Du kan ringe til mig på {PHONE_PLACEHOLDER}. Tak, og hav en god dag.")
