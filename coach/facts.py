"""Facts in the user's own words: which date is which, the channel, names.

The NLU finds entities; these helpers decide what they mean for the case
(interview day or answer deadline, "ingen frist", a bare answer to a question).
"""

from __future__ import annotations

import re

from coach.case import EMAIL, PHONE
from coach.danish import fold

INTERVIEW = "interview"
DEADLINE = "deadline"

# Cue words (folded: ae/oe/aa) that tell which fact a date in the same clause is about.
_DEADLINE_CUES = re.compile(
    r"\b(svar\w*|senest|frist\w*|hoere? fra|hoert fra|vende tilbage|vender tilbage|give besked|"
    r"melde tilbage|melder tilbage|beslutning|afgoerelse|ringe? tilbage|kontakte mig|hoerer fra)\b"
)
_INTERVIEW_CUES = re.compile(
    r"\b(samtale\w*|jobsamtale\w*|interview\w*|moede\w*|var (der|til|inde)|havde|moedtes|snakkede|talte)\b"
)
# "Ingen frist" said unprompted, in a message with other facts.
_NO_DEADLINE_SAID = re.compile(
    r"\bingen (frist|dato|svarfrist|deadline|tidsfrist)\b|\b(ikke|intet|ingen)( noget)?( om)? hvornaar\b"
)
# Answers that mean "none" only as a reply to the deadline question.
_NO_DEADLINE_ANSWER = re.compile(
    r"^\s*(ingen|nej|ved ikke|aner det ikke|intet|ikke noget|nix|nope)\b|"
    r"\b(sagde|naevnte|oplyste|gav) (de |hun |han |hen )?(ikke|intet|ingen)\b|"
    r"\bdet sagde (de|hun|han) ikke\b|\bikke (sagt|naevnt|oplyst)\b"
)
_PHONE = re.compile(r"\b(telefon\w*|ring\w*|opkald\w*|tlf\w*)\b")
_EMAIL = re.compile(r"\b(e-?mail\w*|mail\w*|skriv\w*|mails)\b")


def date_topic(text: str, start: int, end: int) -> str | None:
    """INTERVIEW or DEADLINE when words in the mention's clause say which it is."""
    clause = fold(_clause_around(text, start, end))
    deadline = _DEADLINE_CUES.search(clause)
    interview = _INTERVIEW_CUES.search(clause)
    if deadline and not interview:
        return DEADLINE
    if interview and not deadline:
        return INTERVIEW
    if deadline and interview:
        # Both in one clause: the cue nearest the date wins.
        anchor = len(fold(_clause_before(text, start)))
        near_deadline = min(abs(m.start() - anchor) for m in _DEADLINE_CUES.finditer(clause))
        near_interview = min(abs(m.start() - anchor) for m in _INTERVIEW_CUES.finditer(clause))
        return DEADLINE if near_deadline < near_interview else INTERVIEW
    return None


def _clause_before(text: str, start: int) -> str:
    cut = max(text.rfind(sep, 0, start) for sep in ".,;!?\n")
    return text[cut + 1:start]


def _clause_around(text: str, start: int, end: int) -> str:
    cut_left = max(text.rfind(sep, 0, start) for sep in ".,;!?\n")
    ends = [i for i in (text.find(sep, end) for sep in ".,;!?\n") if i != -1]
    cut_right = min(ends) if ends else len(text)
    return text[cut_left + 1:cut_right]


def says_no_deadline(text: str, asked: bool = True) -> bool:
    """'ingen frist', 'sagde ikke hvornår' -> the deadline is `ingen`; bare 'ingen', 'nej',
    'det sagde de ikke' only when the coach just asked for the deadline."""
    folded = fold(text)
    return bool(_NO_DEADLINE_SAID.search(folded) or (asked and _NO_DEADLINE_ANSWER.search(folded)))


def parse_channel(text: str) -> str | None:
    """'ring', 'telefonen' -> telefon; 'mail', 'skrive' -> email; both or neither -> None."""
    folded = fold(text)
    phone, email = bool(_PHONE.search(folded)), bool(_EMAIL.search(folded))
    if phone == email:
        return None
    return PHONE if phone else EMAIL


_CORRECTION = re.compile(r"^\s*(nej|ret|rettelse|jeg mente|undskyld|forkert|det var ikke|ikke)\b")


def is_correction(text: str) -> bool:
    """'nej, det var onsdag', 'ret rollen til ...': the user changes an earlier answer."""
    return bool(_CORRECTION.search(fold(text)))


_ROLE_LEAD = re.compile(
    r"^(nej,?|ret (rollen|stillingen|titlen) til|jeg mente|"
    r"jeg (har )?(var til samtale|søgte|har søgt|søger|sogte|soegte)( om)?|"
    r"det var|det er|stillingen( som)?|jobbet( som)?|en stilling( som)?|som|til|en|et|job som)\s+",
    re.IGNORECASE,
)
_NAME_LEAD = re.compile(
    r"^((jeg|hun|han|hen|vedkommende|min kontakt(person)?|kontaktpersonen) (hedder|er|heder)|"
    r"det (er|var)|navnet er|mit navn er|hun hed|han hed)\s+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.!?,;:]+$")
MAX_FREE_TEXT = 80


def clean_free_text(text: str, lead: re.Pattern = _ROLE_LEAD) -> str | None:
    """A bare answer ('Stillingen som kontorchef.') -> 'kontorchef'; None when unusable."""
    value = _TRAILING.sub("", text.strip())
    for _ in range(3):  # peel stacked lead-ins: "det var stillingen som ..."
        stripped = lead.sub("", value)
        if stripped == value:
            break
        value = stripped
    value = value.strip(" \"'«»")
    if not value or len(value) > MAX_FREE_TEXT or not re.search(r"\w", value):
        return None
    return value


def clean_role(text: str) -> str | None:
    """Role as the contract wants it: lower case unless a proper noun (kept if capitalised mid-text)."""
    value = clean_free_text(text)
    if value is None:
        return None
    words = value.split()
    # Lower-case the first word (sentence capital), keep later capitals (e.g. "SAP-konsulent").
    head = words[0].split("-")[0]
    words[0] = words[0] if head.isupper() and len(head) > 1 else words[0].lower()
    return " ".join(words)


def clean_person_name(text: str) -> str | None:
    """'Hun hedder mette hansen' -> 'Mette Hansen'."""
    value = clean_free_text(text, _NAME_LEAD)
    if value is None or len(value.split()) > 4 or re.search(r"\d", value):
        return None
    return " ".join(part[:1].upper() + part[1:] for part in value.split())


# Words a tagger may mistake for an employer: pronouns and fillers, Danish and English.
_NOT_A_COMPANY = {"i", "jeg", "de", "dem", "den", "det", "han", "hun", "vi", "you", "we", "they", "it", "the", "a"}


_COMPANY_LEAD = re.compile(r"^(hos|ved|i|på|paa|firmaet|virksomheden)\s+", re.IGNORECASE)


def clean_company(text: str) -> str | None:
    """'Novo Nordisk.' -> 'Novo Nordisk'; None for a pronoun or something too short or long."""
    value = clean_free_text(text, _COMPANY_LEAD)
    if value is None or len(value) < 2 or value.lower() in _NOT_A_COMPANY:
        return None
    return value
