"""Whether the employer said when they would answer: "ingen frist", "ved ikke", a promise without a day."""

from __future__ import annotations

import re

from coach.danish import fold
from coach.facts.channel import channel_preference
from coach.facts.cues import ANSWER_TOPIC, NO_DEADLINE_ANSWER, NO_DEADLINE_SAID, SOFTENER
from coach.facts.text import is_correction

_PROMISE_WITHOUT_DAY = re.compile(
    r"\b(de|han|hun|hen)( sagde)?( bare| blot| kun)?( at)?( de| han| hun)? (ville|vil|skulle|ringer|vender|melder)"
    r"( nok| bare)? (ringe|ringe tilbage|vende tilbage|skrive|melde tilbage|hoere fra sig|kontakte mig|tilbage)\b")


def promised_without_day(text: str) -> bool:
    """'han sagde bare de ville ringe': an answer promised, no day named (only read when the coach
    asked for the deadline and the message holds no date)."""
    return bool(_PROMISE_WITHOUT_DAY.search(fold(text)))


def says_no_deadline(text: str, asked: bool = True) -> bool:
    """'ingen frist', 'sagde ikke hvornår' -> the deadline is `ingen`; bare 'ingen', 'nej',
    'det sagde de ikke' only when the coach just asked for the deadline."""
    folded = fold(text)
    answered = NO_DEADLINE_ANSWER.search(folded)
    if answered and _LEADING_NO.fullmatch(answered.group(0)) and channel_preference(text):
        answered = None  # "nej, jeg ringer hellere": the "nej" takes back the channel, it is no date
    return bool(NO_DEADLINE_SAID.search(folded) or (answered and (asked or ANSWER_TOPIC.search(folded))))


_LEADING_NO = re.compile(r"\s*(nej|nix|nope|naeh)")
# "nej ved du hvad, jeg kan ikke huske det præcist": the date just given is taken back, not known after all.
_NOT_KNOWN_AFTER_ALL = re.compile(r"\b(kan|kunne) (jeg )?(\w+ )?ikke huske\b|\bhusker (det |jeg )?ikke\b|"
                                  r"\bved (det |jeg )?ikke (helt )?(\w+ )?alligevel\b|\baner (det )?ikke\b|"
                                  r"\bikke (helt )?sikker\b|\bmaaske sagde de ikke\b|"
                                  r"\b(ikke nogen|ingen) (bestemt |konkret |specifik |fast |praecis )?dato\b")
_UNSURE = re.compile(r"^\W*(nej|nix|nope|naeh|ingen anelse)\b|"
                     r"\b(ved|aner) (det |jeg )?" + SOFTENER + r"(ikke|ik|ikk)\b|"
                     r"\b(kan|kunne) (jeg )?(\w+ )?ikke huske\b|\bhusker (det |jeg )?(\w+ )?ikke\b|"
                     r"\bikke (helt )?sikker\b")


def unsure(text: str) -> bool:
    """'nope', 'ved ik', 'kan ikke huske det': the user does not know (what the coach just asked)."""
    return bool(_UNSURE.search(fold(text)))


# "kan ikke huske præcis hvornår de sagde.. jo d. 19. marts" (AZ036): unsure, then remembered after all
_REMEMBERED = re.compile(r"\b(ikke huske|husker (det |jeg )?ikke|ved (det |jeg )?ikke)\b.*?\bjo\b[\s,.]+"
                         r"(det var |de sagde |sagde de )?(d\.|den |\d|paa |i |om |inden |senest |"
                         r"(man|tirs|ons|tors|fre|loer|soen)dag)")


def remembered_after_all(text: str) -> bool:
    return bool(_REMEMBERED.search(fold(text)))


def date_taken_back(text: str) -> bool:
    """'nej, jeg kan ikke huske det præcist' right after a date: no date after all ('nej, jeg har ikke
    fulgt op' is a no to something else)."""
    return is_correction(text) and bool(_NOT_KNOWN_AFTER_ALL.search(fold(text)))


# "det sagde de ikke noget om", "det nævnte hun ikke": the employer left something unsaid.
_EMPLOYER_SILENT = re.compile(
    r"\b(sagde|naevnte|oplyste|sagt|naevnt) (de|hun|han|hen|dem)( \w+)? (ikke|ik|ikk|intet|ingenting)\b|"
    r"\b(de|hun|han|hen) (sagde|naevnte|oplyste|har sagt|har naevnt)( \w+)? (ikke|ik|ikk|intet|ingenting)\b|"
    r"\bikke (sagt|naevnt|oplyst)\b|\b(didn'?t|did not|never) (say|mention|tell)\b")


def employer_left_unsaid(text: str) -> bool:
    """'det sagde de ikke noget om': an answer that the employer said nothing on the matter."""
    return bool(_EMPLOYER_SILENT.search(fold(text)))


# Words any news from the employer comes with: "de har svaret", "fik fat i hende", "jeg fik jobbet!!", "2. samtale"
_NEWS_WORDS = re.compile(
    r"\b(svar\w*|ringede|ringet|ringer|skrev|skrevet|skriver|hoert|hoerte|faaet|fik|talt|snakket|fat i|tilbud\w*|"
    r"ansat|ansaettelse|job\w*|stilling\w*|samtale\w*|runde|videre|kontrakt\w*|starte|start|ja|yes|nej|afslag|"
    r"besluttet|beslutning\w*|overvejer|vendt|vender|vendte|tilbagemelding|mail fra|mail tilbage|mail om|"
    r"besked|sms|referencer|proevedag|forsinke\w*|inviteret|indkaldt|modtaget|positiv\w*|meldt|melder|valgt|"
    r"\w*tilbage)\b")


def tells_news(text: str) -> bool:
    """Whether the words could tell news from the employer ("og må jeg få den lidt kortere" tells none: a
    tester's request, guessed as an answer, stopped the reminders)."""
    return bool(_NEWS_WORDS.search(fold(text or "")))
