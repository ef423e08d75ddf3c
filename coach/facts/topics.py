"""Which fact a date is about: the interview, the employer's answer day, a follow-up or another step;
and whether it was said as a guess or as someone's words.
"""

from __future__ import annotations

import re

from coach.danish import fold
from coach.dates.patterns import MORE_TIME, MORE_TIME_TAIL
from coach.facts.away import says_when_back
from coach.facts.cues import (
    A_LATER_ROUND,
    APPROXIMATELY,
    ATTEMPT_TOPIC,
    COUNT,
    COUNT_GUESSED,
    DAY_GUESSED,
    DEADLINE_CUES,
    EARLIER_ROUND,
    EMPLOYER_SAID_THEN,
    HEDGED,
    INTERVIEW_AHEAD,
    INTERVIEW_CUES,
    LATER_ROUND,
    NO_ANSWER,
    OTHER_OFFER_CUES,
    PROCESS_CUES,
    REPORTED,
    SAID_THEN,
    SOME_TIME,
)
from coach.facts.followups import ANSWER_ASKED, users_act
from coach.facts.text import SENTENCE_ENDS, clause_around, clause_cut, clause_end, clause_start, fragment_start

INTERVIEW = "interview"
DEADLINE = "deadline"
ATTEMPT = "attempt"  # a follow-up the user already made
OTHER = "other"  # a step of the employer's own ("de holdt anden runde i uge 16"): no date of the case


def approximate(text: str, start: int, end: int | None = None) -> bool:
    """'snart 3 uger siden', 'for godt en uge siden', 'for vel en uges tid siden', 'for en måneds tid siden',
    '8-9 dage siden': a day the user only guesses, that the coach asks about and a day said next may pin."""
    before, said = fold(text[max(0, start - 30):start]), fold(text[start:end]) if end is not None else ""
    in_words = re.match(r"(en|et|et par|to|tre|fire) ", fold(text[start:start + 8]))
    return bool(APPROXIMATELY.search(before)) \
        or (bool(in_words) and bool(HEDGED.search(before))) \
        or (text[start:start + 1].isdigit() and bool(COUNT_GUESSED.search(before))) \
        or bool(SOME_TIME.search(said) or DAY_GUESSED.match(said))


def reported_speech(text: str, start: int, end: int) -> bool:
    """'de sagde mandag', 'De sagde, at de ville vende tilbage sidst på måneden': a day the employer named at
    the interview, reported now."""
    clause = fold(clause_around(text, start, end))
    cut = clause_cut(text, start)
    # the "that" clause of a verb of saying before the comma, with or without "at" ("hun sagde, de ville …")
    if cut > 0 and (re.match(r"\s*at\b", clause) or SAID_THEN.search(fold(text[:cut]))):
        clause = fold(clause_around(text, cut, cut)) + clause
    return bool(REPORTED.search(clause))


_A_LATER_ROUND_SAID = re.compile(LATER_ROUND + "|" + A_LATER_ROUND)  # invited to it, or gone to it


def first_round(text: str, start: int, end: int) -> bool:
    """'første samtale var d. 18. januar' (BO024): the day of a first round, not of a later one in the same clause."""
    clause = fold(clause_around(text, start, end))
    return bool(EARLIER_ROUND.search(clause)) and not _A_LATER_ROUND_SAID.search(clause)


_USER_ACTS = r"(ringe|skrive|maile|sende (den|mailen)?|proeve( igen)?|foelge op|kontakte (dem|hende|ham))"
_JOB_STARTS = re.compile(r"\b(starter|starte|start|tiltraed\w*|begynder|opstart)( (foerst|tidligst|allerede))?"
                         r"( (den|d\.|per|pr\.?))?\s*$")
_USERS_PLAN_AFTER = re.compile(rf"\s*(,\s*)?(vil|skal|tror) jeg (nok |gerne |bare |saa )?{_USER_ACTS}\b")
_USERS_PLAN_BEFORE = re.compile(rf"\bjeg (vil|skal) (nok |gerne |bare |saa )?{_USER_ACTS}( til \w+)?\s*$"
                                # "jeg sender den foerst om en uges tid" (a tester's became their answer day)
                                r"|\bjeg (sender|ringer|skriver|mailer|proever|foelger op)( den| mailen| til \w+)?"
                                r"( (foerst|nok|saa|bare|igen))*( (paa|om|i))?\s*$"
                                # "Jeg havde egentlig tænkt mig at sende opfølgningen om en uge" (the interview moved)
                                rf"|\b(taenkt mig at|taenker at|planlaegger at|regner med at|overvejer at) {_USER_ACTS}"
                                r"(\s*\w+)?( til \w+)?\s*$")


def date_topic(text: str, start: int, end: int) -> str | None:
    """INTERVIEW, DEADLINE or ATTEMPT when words in the mention's clause say which it is;
    with cues of several kinds in one clause the cue nearest the date wins."""
    if _MORE_TIME.search(fold(text[start:end])):
        return DEADLINE  # "de skal bruge en uge mere" (testers: counted as a follow-up's day): their new day
    just_before = fold(text[max(0, start - 40):start])
    if _NEXT_TRY.search(just_before) or _SEND_DAY.search(just_before) or _MAIL_CAME.search(just_before) \
            or _MORE_INTERVIEWS.search(just_before) \
            or _NO_CAME.search(fold(text[:start])) \
            or _NO_CAME_AFTER.match(fold(text[end:end + 40])):
        return OTHER  # "prøv igen mandag?": the next try; "mail til i dag": its send day; "fik et afslag i går": the no
    if _USERS_PLAN_AFTER.match(fold(text[end:end + 30])) or _USERS_PLAN_BEFORE.search(just_before):
        return OTHER  # "men i morgen vil jeg ringe og lægge en besked" (a tester): the user's own plan
    if _MY_MAIL_FROM.search(just_before):
        return ATTEMPT  # "sofie svarede lige paa min mail fra torsdag" (s37a: Thursday became their answer day)
    if _BUSY_UNTIL.search(just_before):
        return OTHER  # "de har travlt op til jul, og jeg hører fra dem i starten af januar" (s37c): a busy time
    if _JOB_STARTS.search(just_before):
        return OTHER  # "fordi stillingen først starter 1. marts" (a tester's answer day): when the job begins
    if _SOMEONE_ELSES.search(fold(clause_around(text, start, end, ".!?\n"))):
        return OTHER  # "Min gamle kollega Bent fik svar efter 3 uger et andet sted" (AF003: the answer day)
    if _THEY_ANSWERED_ON.search(just_before) and not _BY_A_DAY.match(fold(text[start:end])) \
            and not _SAID_THEY_WOULD.search(just_before):
        return OTHER  # "hun svarede onsdag at … jeg får svar i uge 51" (a tester): the day of their answer
    if _SEASON.search(fold(text[start:end])) and "?" in clause_around(text, start, end, ".!\n"):
        return OTHER  # "kan jeg godt ringe mellem jul og nytår?": a question about the season, no date of the case
    if _what_if(text, start, end):
        return OTHER  # "men hvad hvis de ikke svarer før påske?" (BS029): a day in a question of what if
    if OTHER_OFFER_CUES.search(fold(clause_around(text, start, end, ".!?\n"))):
        return OTHER  # "et andet jobtilbud fra Cowi, som jeg skal svare på onsdag": the other employer's day
    if says_when_back(fold(text[max(0, start - 60):start])) or _DAY_OFF.match(fold(text[end:end + 30])):
        return OTHER  # "telefonsvarer, hun er på ferie til mandag": when someone is back, no date of the case
    if _WAS_THE_INTERVIEW.match(fold(text[end:end + 60])):
        return INTERVIEW  # "de sagde fredag d. 14... nej vent det var samtalen": taken back at once
    nth = _NTH_ROUND_BEFORE.search(fold(text[max(0, start - 30):start])) if _ROUNDS.search(fold(text)) else None
    if nth:  # "to samtaler: den første den 28. oktober og den anden tirsdag den 10. november": the last one
        return OTHER if nth["nth"] in ("foerste", "1.") else INTERVIEW
    # "de ville vende tilbage, altså i fredags": a clause that restates the one before belongs to it
    cut = clause_start(text, start)
    cut = fragment_start(text, cut, start, end)
    # "ingen svar" tells how a follow-up went: no cue for a deadline
    clause = NO_ANSWER.sub(lambda m: " " * len(m.group(0)), fold(text[cut:clause_end(text, end)]))
    # "rykket for svar i mandags": the answer asked for is the follow-up's, no deadline
    clause = ANSWER_ASKED.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), clause)
    anchor = len(fold(text[cut:start]))
    after = anchor + len(fold(text[start:end]))
    nearest = {}
    for topic, cues in ((DEADLINE, DEADLINE_CUES), (INTERVIEW, INTERVIEW_CUES), (ATTEMPT, ATTEMPT_TOPIC),
                        (OTHER, PROCESS_CUES)):
        distances = [max(m.start() - anchor, anchor - m.end(), 0) + _NEXT_CLAUSE * _joined(clause[after:m.start()])
                     for m in cues.finditer(clause)  # the gap between
                     if (topic != ATTEMPT or users_act(clause, m)) and not _cues_the_next_day(clause, after, m)]
        if distances:
            nearest[topic] = min(distances)
    if _A_LATER_ROUND_SAID.search(fold(text)):
        earlier = _nearest_gap(EARLIER_ROUND, clause, anchor)
        later = _nearest_gap(_A_LATER_ROUND_SAID, clause, anchor)
        if earlier is not None and (later is None or earlier < later):
            # the first round: no longer the interview to follow up
            nearest[OTHER] = min(earlier, nearest.pop(INTERVIEW, earlier))
    if not nearest and COUNT.search(fold(clause_around(text, start, end, SENTENCE_ENDS))):
        return ATTEMPT  # "nej, det var kun én gang, i fredags": a count of follow-ups, and the last one's day
    if _SAID_BY_THEM_AFTER.match(fold(text[end:])) and _THEIR_WORDS_NEXT.match(fold(text[end:])):
        return OTHER  # "i fredags sagde de 'i løbet af næste uge'" (BO043): the day they said it, not the day named
    said_by_them = EMPLOYER_SAID_THEN.search(fold(text[cut:start])) or _SAID_BY_THEM_AFTER.match(fold(text[end:]))
    if not nearest and said_by_them:
        return DEADLINE  # "de sagde fredag i sidste uge. jeg ringede så i mandags": the day they named
    return min(nearest, key=nearest.get) if nearest else None


# (also "den mail i fredags var til et andet firma", the day being the mention's own "i fredags": s41a's interview)
_MY_MAIL_FROM = re.compile(r"\b(min|mit|mine|den|det) (\w+ )?(mail|e-mail|besked|sms|opkald|opfoelgning)\w* "
                           r"(fra |i |om |sendt )?\s*$")
_BUSY_UNTIL = re.compile(r"\b(travlt|travl|hektisk|lukket|ferie)( \w+)?( (op til|frem til|indtil|til efter|over|i))?"
                         r"\s*$")
_MORE_TIME = re.compile(rf"^{MORE_TIME}\b.*\b{MORE_TIME_TAIL}$")
_SOMEONE_ELSES = re.compile(r"\b(kollega|veninde|ven|soester|bror|mor|far|kone|kaereste|nabo)\w* (\w+ ){0,3}"
                            r"(fik|har faaet|ventede)\b|\b(et andet sted|andre steder|hos en anden arbejdsgiver)\b")
# "de sagde de svarede d. 10. december" (AB043): what they said they would do
_SAID_THEY_WOULD = re.compile(r"\b(sagde|sagt|lovede|skrev|fortalte|siger|sig)( at)? (de|han|hun|hen) \w+\s*$")
# "de sagde de svarede inden påske" (R029): a day they would answer by, not one they answered on
_BY_A_DAY = re.compile(r"(inden|foer|senest|i loebet af|inden for|indenfor)\b")
# (not "jeg mailede i mandags": the user's follow-up, BB028)
_THEY_ANSWERED_ON = re.compile(r"\b(hun|han|hen|de|(?!jeg\b|vi\b)[a-z]+) "
                               r"(svarede|mailede|ringede tilbage|skrev tilbage)( mig)?"
                               r"( i| paa)?\s*$")
_WHAT_IF = re.compile(r"\b(hvad|hvordan|skal jeg|og) hvis\b|^\W*hvis\b")


def _what_if(text: str, start: int, end: int) -> bool:
    """The date stands in a question of what if ("hvad hvis de ikke svarer før påske?"): no fact of the case."""
    before = re.split(r"[.!?\n]", text[:start])[-1]
    sentence_end = re.search(r"[.!?\n]", text[end:])
    return sentence_end is not None and sentence_end.group() == "?" and bool(_WHAT_IF.search(fold(before)))


# "tirsdag d. 30. sagde han vist": the day the employer named, told before the words that say so
_SAID_BY_THEM_AFTER = re.compile(r"\W*(sagde|skrev|lovede|naevnte) (de|han|hun|hen)\b")
# ... and then their words, quoted or with a day of their own
_THEIR_WORDS_NEXT = re.compile(r"\W*(sagde|skrev|lovede|naevnte) (de|han|hun|hen)\b( \w+)?\s*(:\s*)?"
                               r"([\"'“„»]|(at )?(i loebet af|inden|senest|paa|om|naeste|i naeste|i slutningen)\b)")
_DAY_OFF = re.compile(r"\s*(havde jeg|var jeg) (fri|syg|paa ferie)\b")  # "for mandag havde jeg fri"
# Several rounds told with their days, the ordinal alone before each day
_ROUNDS = re.compile(r"\b(to|tre|2|3|flere|begge) (samtaler|runder|samtalerunder)\b")
_NTH_ROUND_BEFORE = re.compile(r"\b(den|en|og) (?P<nth>foerste|1\.|anden|2\.|tredje|3\.|sidste|seneste)"
                               r"( gang| runde| samtale)?( var)?( (den|d\.|i|paa|om))?\s*$")
_SEASON = re.compile(r"mellem jul|\bdet nye aar")
_WAS_THE_INTERVIEW = re.compile(r"\W*((nej|vent|hov|ups|undskyld|sorry|oeh|aah)\W+)*(det|den|dét) var (jo |vist )?"
                                r"(samtalen|jobsamtalen|interviewet|da jeg var (til samtale|derude|der))\b")
# Just before a day: the user's next try ("prøv igen mandag?", "ringer igen på fredag"), not one made ...
_NEXT_TRY = re.compile(r"\b(proev|proeve|proever|ringer|ringe|skriver|skrive)( det| dem| hende| ham)? igen"
                       r"( paa| om| naeste| paa naeste)?\s*$")
# ... or the employer's other interviews ("Vi har 2 samtaler mere på mandag og giver besked inden jul", BJ012)
_MORE_INTERVIEWS = re.compile(r"\b(\d+|to|tre|fire|flere|nogle) (samtaler|kandidater|ansoegere) (mere|til|tilbage)\s*$")
# ... or the day a mail from them came ("fik den her mail for et par uger siden og var til samtalen", BJ001)
_MAIL_CAME = re.compile(r"\b(fik|modtog)( jeg)? (den her|denne|en|den|deres) "
                        r"(mail|sms|besked|invitation|indkaldelse)\w*\s*$")
# ... or the day a mail the user asks for goes out ("skrive en tak-for-samtalen mail til i dag", BD036)
_SEND_DAY = re.compile(r"\b(e-?mail\w*|mail\w*|besked|brev)\s+til\s*$|"
                       r"\b(sende|sender)( den| det| mailen| beskeden)?\s*$")
# ... or the no itself ("fik et afslag i går fra Netto, hvor jeg var til samtale i mandags").
_NO_CAME = re.compile(r"\b(afslag|afslaget|et nej|sagde nej)\s*$")
_NO_CAME_AFTER = re.compile(r"\s*(kom|fik jeg|modtog jeg)( der)?( saa| endelig| saa endelig)? (et |en )?"
                            r"(afslag|nej|mail med et afslag|besked om at)|"  # "og i dag kom der så et afslag" (AW033)
                            # "i dag fik jeg bare indkaldelsen", "d. 2. var der jeg fik invitationen" (BH012, BH011)
                            r"\s*(var (det |der |den dag )?(jeg|da jeg) fik|fik jeg|kom)( bare| kun| saa)? "
                            r"(invitationen|indkaldelsen|invitation|indkaldelse)")


def _nearest_gap(cue: re.Pattern, clause: str, anchor: int) -> int | None:
    return min((max(m.start() - anchor, anchor - m.end(), 0) for m in cue.finditer(clause)), default=None)


# "samtale … d. 4. januar og har fulgt op tre gange": a cue after "og" or "men" opens the next statement,
# so it tells the date's topic only when nothing before the date does.
_NEXT_CLAUSE = 1000
_CONJUNCTION = re.compile(r"\b(og|men|samt)\b")


def _joined(between: str) -> bool:
    return bool(_CONJUNCTION.search(between))


# "den 30. og de sagde svar den 27 november" (s41c: both read as answer days): a cue after the date, in the next
# statement, that stands right before another day is that day's
_A_DAY_NEXT = re.compile(r"\W*(?:\w+\s+){0,2}?(?:(?:d\.?|den)\s*\d{1,2}\b|\d{1,2}/\d{1,2}|(?:paa\s+)?"
                         r"(?:man|tirs|ons|tors|fre|loer|soen)dag\b)")


def _cues_the_next_day(clause: str, after: int, cue: re.Match) -> bool:
    return cue.start() >= after and _joined(clause[after:cue.start()]) and bool(_A_DAY_NEXT.match(clause, cue.end()))


def interview_ahead(text: str) -> bool:
    """'jeg skal til samtale på torsdag', 'har samtale i morgen kl 9': the interview lies ahead."""
    return bool(INTERVIEW_AHEAD.search(fold(text)))


# "har samtale", "jeg skal til jobsamtale snart": ahead, its day not said (the next answer names it)
_AHEAD_WITHOUT_DAY = re.compile(r"^\W*(hej\w*\W+)?(jeg )?(har|skal (have|til)) (en )?(job)?(samtale|interview)"
                                r"( snart| i naeste uge| paa et tidspunkt)?\W*$")


def interview_ahead_without_day(text: str) -> bool:
    """Also "jeg skal til samtale og vil gerne forberede mig" (BH019): ahead, and no day in the message (the
    caller checks that no date was read)."""
    folded = fold(text)
    return bool(_AHEAD_WITHOUT_DAY.match(folded)) or (
        interview_ahead(text) and bool(_NAMES_AN_INTERVIEW.search(folded)) and not interview_told_done(text))


_NAMES_AN_INTERVIEW = re.compile(r"\b(job)?(samtale|samtalen|interview|interviewet)\b")


# "de skal lige finde en dato", "ved ikke hvornår endnu", "det er ikke aftalt endnu": the day is not set yet
_DAY_NOT_SET = re.compile(r"\b(ved|aner) (det |jeg )?(ikke|ik|ikk) (hvornaar|hvilken dag)|"
                          r"\b(skal|vil|maa) (lige |foerst )?(finde|aftale|fastlaegge) (en |et |den )?"
                          r"(dato|tidspunkt|dag)|"
                          r"\b(ikke|endnu ikke) (blevet )?(fastsat|aftalt|bestemt|fastlagt|planlagt|sat)\b|"
                          r"\b(ingen|ikke (nogen|en)) dato (endnu|paa|til)\b|\b(faar|hoerer) (en )?dato senere\b")


def day_not_set(text: str) -> bool:
    """'de skal lige finde en dato, sagde de i telefonen' (BH010): the interview ahead has no day yet."""
    return bool(_DAY_NOT_SET.search(fold(text)))


# "var til samtale her i ugen", "har været til to samtaler": an interview told as over, its day maybe apart
# (also "Ok så har jeg været til samtale …", s43a: the day in the next clause was lost)
_INTERVIEW_DONE = re.compile(r"\b(var|har vaeret|havde vaeret|var jeg|har jeg vaeret|havde jeg vaeret) (til |paa )?"
                             r"(en |min |to |2 )?(job)?"
                             r"(samtale|samtaler|interview)\b|"
                             r"\bhar (en )?(job)?samtale fra\b|"  # "en samtale fra januar jeg ikke har hørt noget fra"
                             # "Jeg har deltaget i samtale den 30. marts" (BP033)
                             r"\b(har deltaget|deltog|havde deltaget) i (en |min |et )?(job)?(samtale|interview)\b")


def interview_told_done(text: str) -> bool:
    return bool(_INTERVIEW_DONE.search(fold(text)))
