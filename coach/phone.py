"""The user's own phone number, for the voicemail and the e-mail signature.

Read only where the message says whose number it is ("mit nummer er 12 34 56 78", "ring til mig på
…"), or as the bare answer right after the coach asked for it: a number given for the contact
("min kontakt har tlf 12 34 56 78") is not the user's. The number is kept only in the conversation's
slot, which "glem mig" deletes; nothing here logs it.
"""

from __future__ import annotations

import re

# A Danish number: eight digits, in pairs, fours or one run, optionally after +45 / 0045.
_NUMBER = r"(?P<country>(?:\+|00)45[\s.-]?)?(?P<digits>\d{2}(?:[\s.-]?\d{2}){3})(?!\d)"
_CUED = re.compile(
    # "kan du sætte mit nr på: 22 33 44 55", "du glemte mit nummer. 22 …", "mit nummer skal med: +45 …" (testers)
    r"\b(?:mit|min)\s+(?:tlf\.?|telefon|mobil)?\s*(?:nummer|nr\.?|tlf\.?|mobil)(?!\w)(?:(?!ikke\b)[^\d+\n]){0,20}?(?=(?:\+|00)?\d)"
    r"|\b(?:mit|min)\s+(?:tlf\.?|telefon|mobil)?\s*(?:nummer|nr\.?|tlf\.?|mobil)?\s*(?:er|:)?\s*"
    r"|\b(?:ring|sms)\w*\s+(?:til\s+)?mig\s+(?:paa|på)\s+"
    r"|\bkan\s+(?:naas|nås|fanges|kontaktes)\s+(?:paa|på)\s+", re.I)
_THE_NUMBER = re.compile(r"\b(?:nummeret|nr\.?|tlf\.?|telefonnummeret|mobilnummeret)\s+(?:er|skal være|skal vaere|var)"
                         r"\s+(?:jo\s+|altså\s+|faktisk\s+)*", re.I)
_BARE = re.compile(rf"\s*(?:tlf\.?|nummer|nr\.?)?\s*:?\s*{_NUMBER}\s*[.!]?\s*", re.I)


# a number anywhere in a text, for whoever reads where one stands (a voicemail's, a signature's)
NUMBER_PATTERN = _NUMBER


def names_a_number(text: str) -> bool:
    return re.search(_NUMBER, text or "") is not None


def phone_said(text: str, asked: bool = False, known: bool = False) -> str | None:
    """The user's number in `text`, written the Danish way ("+45 12 34 56 78"); None if it gives none.
    `asked`: the coach has just asked for it, so a message that is only a number is the answer; `known`: the user's
    number is known, so "nummeret er …" corrects it (s41a: "Det ændrer ikke din plan")."""
    said = text or ""
    for cue in [*_CUED.finditer(said), *(_THE_NUMBER.finditer(said) if known else ())]:
        match = re.match(_NUMBER, said[cue.end():])
        if match:
            return _written(match)
    bare = _BARE.fullmatch(said) if asked else None
    return _written(bare) if bare else None


def without_phone_number(text: str) -> str:
    """`text` with the user's number taken out ("mit nummer er 22 33 44 55" names no clock time)."""
    said = text or ""
    if _BARE.fullmatch(said):
        return ""
    for cue in _CUED.finditer(said):
        match = re.match(_NUMBER, said[cue.end():])
        if match:
            return said[:cue.end()] + said[cue.end() + match.end():]
    return said


def _written(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group("digits"))
    pairs = " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    return f"+45 {pairs}" if match.group("country") else pairs
