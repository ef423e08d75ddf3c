"""The form's questions and its 'not understood' hints, in Danish.

Asked through custom actions so a question can use what the user already said
(the deadline question names the interview day).
"""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.danish import format_date

CHANNEL_BUTTONS = (
    ("Ringe", '/inform{"contact_channel": "telefon"}'),
    ("Skrive en mail", '/inform{"contact_channel": "email"}'),
    ("Ved ikke", "/ask_channel_advice"),
)
NO_DEADLINE_BUTTON = ("De sagde ingen dato", "ingen frist")

NOT_UNDERSTOOD = {
    "interview_date": "Den dato kunne jeg ikke læse. Prøv fx \"i tirsdags\", \"den 20. november\" eller \"20/11\".",
    "deadline": "Den dato kunne jeg ikke læse. Skriv fx \"på fredag\", \"4/12\" eller \"ingen\".",
    "role": "Jeg fangede ikke stillingen. Skriv bare titlen, fx \"kontorchef\" eller \"pædagog\".",
    "contact_channel": "Skriv \"ringe\" eller \"mail\", så laver jeg det rigtige til dig.",
}


def question(slot: str, case: FollowUpCase) -> str:
    if slot == "interview_date":
        return "Hvornår var din jobsamtale? Skriv fx \"i tirsdags\", \"20/11\" eller \"for en uge siden\"."
    if slot == "role":
        where = f" hos {case.company}" if case.company else ""
        return f"Hvilken stilling{where} var samtalen om?"
    if slot == "contact_channel":
        return "Vil du følge op ved at ringe eller ved at skrive en mail?"
    if slot == "deadline":
        when = f" {format_date(case.interview_date)}" if case.interview_date else ""
        return (f"Sagde de ved samtalen{when}, hvornår du kan regne med at høre fra dem? "
                "Skriv datoen, eller \"ingen\", hvis de ikke nævnte noget.")
    raise ValueError(f"no question for slot {slot!r}")
