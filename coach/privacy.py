"""'Glem mig': recognising the request's confirmation, and what the coach says about it."""

from __future__ import annotations

import re

from coach.danish import fold
from coach.requests import asks_to_leave_out_the_phone, mail_edits_asked
from coach.texts import text

# The confirm button's payload; channels act on it before the message reaches Rasa.
FORGET_CONFIRM_PAYLOAD = "/forget_confirm"
# The response that asks for the confirmation (domain.yml).
ASK_FORGET_RESPONSE = "utter_ask_forget"

# A yes, then words that only agree ("Ja tak, det vil jeg gerne.", "jep 👍", "ja, slet det hele", testers);
# anything else in the reply ("ja men vent", "slet ikke noget") is no confirmation.
_YES = r"(ja+|jep+s?|jepper|jo|yes|yep|ok|okay|okey|klart|selvfoelgelig|absolut|👍|✅|👌)"
_AGREEING = (r"(tak|gerne|please|bare|meget gerne|ja tak|goer det|gor det|det maa du (gerne|godt)|"
             r"det vil jeg (gerne|meget gerne)|du maa (gerne|godt)|"
             r"slet( (alt|det|mig|dem|det hele|alt sammen|hele samtalen|mine data))?( nu)?)")
_CONFIRM = re.compile(rf"({_YES}|{_AGREEING})([\s,!.]+({_YES}|{_AGREEING}))*")

# What a request to be forgotten says: "glem mig", "slet mine data", "ret til at blive glemt". "det glemte
# jeg at spørge om" is none.
_FORGET_WORDS = re.compile(r"\b(slet\w*|sleet|fjern\w*|glem|glemme|glemmes|blive glemt|gdpr|data|persondata|"
                           r"\w*oplysninger|samtykke|gemmer|husker|system\w*|historik|profil)\b")


def asks_to_be_forgotten(said: str) -> bool:
    """Whether the words of a message could ask the coach to forget the user (the classifier's guess alone
    is not enough)."""
    folded = fold(said or "")
    return _FORGET_WORDS.search(folded) is not None and not asks_to_leave_out_the_phone(said or "") \
        and not _WHAT_THE_COACH_DROPPED.search(folded) \
        and not (mail_edits_asked(said or "") and not _ABOUT_THE_USER.search(folded))


# "kan du fjerne det sidste stykke" asks a change of the text (s41c: "Skal jeg slette alt …?"); "slet mine data" not
_ABOUT_THE_USER = re.compile(r"\b(glem\w*|gdpr|data|persondata|\w*oplysninger|samtykke|historik|profil|mig)\b")


# "hvorfor har du fjernet mit navn? jeg hedder Nadia Rahimi" (a tester): a complaint about the text, no request
_WHAT_THE_COACH_DROPPED = re.compile(r"\bdu (har |havde )?(\w+ )?(fjernet|slettet|glemt|udeladt|taget \w+ ud)\b|"
                                     r"\bhvorfor (er|blev) (mit|min|mine) \w+ (fjernet|slettet|vaek|forsvundet)\b")


FORGOTTEN = text("privacy.forgotten")
RESTARTED_ONLY = text("privacy.restarted_only")


def is_confirmation(text: str) -> bool:
    """'ja', 'ja tak', 'ja, slet alt', 'slet det' -> True; anything with more in it -> False."""
    folded = fold(text or "").strip(" \t\n,!.")
    return bool(folded) and _CONFIRM.fullmatch(folded) is not None and folded not in {"tak", "gerne", "bare"}
