"""Clauses, corrections and free text: the tools the readers of every fact share."""

from __future__ import annotations

import re

from coach.danish import fold
from coach.dates.norm import WEEKDAY_NAMES, osa_distance

# The words that take back what was just said ("nej vent", "ups", "undskyld"), folded.
TAKE_BACK = r"nej|naeh|naah|ej|vent|hov|ups|oops|undskyld|sorry"
# The user changes their mind in mid-message ("ringe tror jeg. nej vent, jeg skriver hellere"): what
# follows the last such turn is what they chose.
CHANGE_OF_MIND = re.compile(rf"(^|[.,;:!?]\s*)(eller )?({TAKE_BACK})\b")
_RESTATING = re.compile(r"\s*(altsaa|dvs|det vil sige|nemlig)\b")


def clause_cut(text: str, before: int) -> int:
    """The index of the last clause separator before `before` (-1 when none); the dot of an ordinal
    ("videre til 2. samtale på torsdag", BO002) ends nothing."""
    cut = max(text.rfind(sep, 0, before) for sep in _CLAUSE_ENDS)
    while cut > 0 and _ORDINAL_DOT.match(text, cut - 1):
        cut = max(text.rfind(sep, 0, cut) for sep in _CLAUSE_ENDS)
    return cut


_ORDINAL_DOT = re.compile(r"\d\.\s*(?:samtale|jobsamtale|runde|samtalerunde|interview|gang)\b", re.IGNORECASE)


def clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins, taking in the clause before when this one restates it."""
    cut = clause_cut(text, start)
    while cut > 0 and text[cut] == "," and _RESTATING.match(fold(text[cut + 1:start])):
        cut = clause_cut(text, cut)
    return cut + 1


# Any date in a clause: a digit, a day or month name, a relative day
_SOME_DATE = re.compile(r"\d|\b(i )?(gaar|dag|morgen|forgaars|mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag|"
                        r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
                        r"uge|siden)\w*\b")


def fragment_start(text: str, cut: int, start: int, end: int) -> int:
    """"jeg kommer lige fra samtale!! kl 10 i dag": a date alone in its clause, after a clause with no date of
    its own, says when that clause happened; it starts there."""
    tail = fold(text[end:clause_end(text, end)]).strip()
    if cut == 0 or text[cut:start].strip() or (tail and not _SAID_TAG.fullmatch(tail)):
        return cut
    before_end = len(text[:cut].rstrip(_CLAUSE_ENDS + " "))
    before = clause_start(text, before_end)
    return cut if _SOME_DATE.search(fold(text[before:before_end])) else before


# "…, i løbet af næste uge sagde hun": who said it, after the day (not "d. 6/1 mente jeg": the user's own fix)
_SAID_TAG = re.compile(r"(sagde|skrev|lovede|naevnte) (hun|han|hen|de)( vist| nok| i hvert fald)?")


def clause_end(text: str, end: int) -> int:
    ends = [i for i in (text.find(sep, end) for sep in _CLAUSE_ENDS) if i != -1]
    return min(ends) if ends else len(text)


def _clause_before(text: str, start: int) -> str:
    return text[clause_cut(text, start) + 1:start]


_CLAUSE_ENDS = ".,;!?\n"
SENTENCE_ENDS = ".!?\n"


def clause_around(text: str, start: int, end: int, separators: str = _CLAUSE_ENDS) -> str:
    """The clause (or with `SENTENCE_ENDS`, the sentence) that holds text[start:end]."""
    cut_left = max(text.rfind(sep, 0, start) for sep in separators)
    ends = [i for i in (text.find(sep, end) for sep in separators) if i != -1]
    cut_right = min(ends) if ends else len(text)
    return text[cut_left + 1:cut_right]


_CORRECTION = re.compile(r"^\s*((aa+h+|a+h+|argh|arh|oeh|oej|hmm+|naa)\W+)?"  # "åh vent, …", "ahh nej" (s33c)
                         r"(nej|ret|rettelse|jeg mente|jeg mener|undskyld|forkert|det var ikke|ikke|ups|hov|vent|wait|"
                         # "Altså onsdag d. 27., det står i min kalender": the vague day just given, made precise
                         r"oops|sorry|sorri|beklager|my bad|altsaa|dvs|det vil sige|mere praecist|no,|no no)\b|"
                         r"\b(han|hun|de|hen) mente\b|"  # "fredag d 4 er jo overstået, han mente på fredag d 11"
                         # "wait nej, jeg tog fejl, det var ikke sidste fredag men fredagen før" (a tester)
                         r"\bjeg (har )?(tog|taget) fejl\b|\bjeg (skrev|har skrevet|kom til at skrive) forkert\b|"
                         # "det var faktisk onsdag alligevel" (s33c: read as the answer day, a week ahead)
                         r"\bdet var (faktisk |nok |vist )?\w+ (\w+ )?alligevel\b|"
                         # "det var torsdag d. 12. og ikke fredag": the day meant, and the one taken back
                         r"(\bog|,) ikke (mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag|d\. ?\d+)\b")


def is_correction(text: str) -> bool:
    """'nej, det var onsdag', 'ret rollen til ...': the user changes an earlier answer."""
    return bool(_CORRECTION.search(fold(text)))


_ROLE_LEAD = re.compile(
    r"^(nej,?|ret (rollen|stillingen|titlen) til|jeg mente|"
    r"jeg (har )?(var til samtale|søgte|har søgt|søger|sogte|soegte)( om)?|"
    r"det var|det er|var|er|stillingen( som)?|stilling( som)?|jobbet( som)?|en stilling( som)?|som|til|en|et|job som|"
    r"(stilling|stillingen|position|rolle|titel|job)\s*:)\s+",
    re.IGNORECASE,
)
NAME_LEAD = re.compile(
    r"^((jeg|hun|han|hen|vedkommende|min kontakt(person)?|kontaktpersonen) (hedder|er|heder)|"
    r"det (er|var)|navnet er|mit navn er|hun hed|han hed)\s+",
    re.IGNORECASE,
)
# "planner 😬", "kokkeelev 👨‍🍳" (emoji joined by U+200D)
_TRAILING = re.compile(r"[\s.!?,;:\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u20E3]+$")
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


_RESPELLING = re.compile(r"\*|\bikke\b|\bstave\w*|\btypo\b|\bmente\b|\bsorry\b|\bundskyld\b", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"\b[A-ZÆØÅ][a-zæøåéü-]{2,}\b")


def respelled(known: str | None, text: str) -> str | None:
    """'Henrik Madsn' known, 'Madsen** stavefejl sorry', 'Frederiksen, ikke Frederiksn' or 'Mette* for mange t'er'
    said: the name with that word spelt right; None when no word of the message mends one of the name's."""
    if not known or not (len(text.split()) <= 3 or _RESPELLING.search(text)):
        return None
    parts = known.split()
    for word in _CAPITAL_WORD.findall(text):
        for i, part in enumerate(parts):
            # one letter off, two in a long name: "Hanne" is another name than "Hansen", "Madsen" mends "Madsn"
            if word != part and word[0] == part[0] and min(len(part), len(word)) >= 3 \
                    and osa_distance(word.lower(), part.lower()) <= (1 if len(part) < 8 else 2):
                return " ".join(parts[:i] + [word] + parts[i + 1:])
    return None


# "nej det passer ikke, det var ugen før", "en uge senere": the day just given, a week off
# (not "i løbet af ugen efter", the answer's week: s41a's interview moved a week on)
_WEEK_OFF = re.compile(r"(?<!loebet af )(?<!svar )\b(det var |den var |samtalen var |var det )?(ugen|en uge) "
                       r"(?P<way>foer|inden|tidligere|efter|senere)(?=\s*([.,;!?]|$|\s(lige|altsaa|dvs|nemlig)\b))")


def week_moved(text: str) -> int:
    """-1 or +1 when a correction moves the day just given a week back or on ('nej, det var ugen før'), else 0."""
    folded = fold(text)
    moved = _WEEK_OFF.search(folded)
    if moved is None or not (is_correction(text) or moved.group(1)):
        return 0
    return -1 if moved["way"] in ("foer", "inden", "tidligere") else 1


_DAYS = "|".join(WEEKDAY_NAMES)
# "det var onsdag, ikke tirsdag", "ikke tirsdag men onsdag" (s35c: the coming Wednesday's week was taken)
_WEEKDAY_SWAPPED = re.compile(rf"\b(?P<new>{_DAYS})\W+(og )?ikke (om |paa )?(?P<old>{_DAYS})\b|"
                              rf"\bikke (om |paa )?(?P<old2>{_DAYS})\W+(men )?(det var )?(om |paa )?"
                              rf"(?P<new2>{_DAYS})\b")


def weekday_swapped(text: str) -> tuple[int, int] | None:
    """(old, new) weekday numbers (Monday 0) when a correction puts one weekday for another."""
    swapped = _WEEKDAY_SWAPPED.search(fold(text))
    if swapped is None:
        return None
    old, new = swapped["old"] or swapped["old2"], swapped["new"] or swapped["new2"]
    return WEEKDAY_NAMES.index(old), WEEKDAY_NAMES.index(new)


# "ups 2027 mente jeg", "nej, 2026", "årstallet er 2027": a message that is only a year, mending the one just refused
_ONLY_A_YEAR = re.compile(r"^\W*(?:(?:ups|hov|nej|undskyld|sorry|øh|oeh|altså|altsaa|det var|det er|årstallet er|"
                          r"aarstallet er|i)\W+)*(?P<year>20\d\d)(?:\W+(?:mente jeg|selvfølgelig|selvfoelgelig|"
                          r"ikke \d{4}|sorry|undskyld|haha|lol|selvf))*\W*$", re.IGNORECASE)


def year_said(text: str) -> int | None:
    """2027 for 'ups 2027 mente jeg' (BN030): the year alone, else None."""
    found = _ONLY_A_YEAR.match(text or "")
    return int(found["year"]) if found else None
