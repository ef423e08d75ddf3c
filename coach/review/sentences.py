"""A draft's sentences, each judged the way the rehearsal judges a line (coach.conduct + rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coach.case import FollowUpCase
from coach.conduct.cues import HARD
from coach.conduct.text import loose, rx, words
from coach.danish import format_date
from coach.dates.parser import TimeMention
from coach.facts.titles import role_said
from coach.rehearsal.evaluate import LineCheck, evaluate_line
from coach.rehearsal.introduction import day_mentions, names_role
from coach.review.findings import Change

OFFER = rx(r"\bspørgsmål\b", r"\buddybe\b", r"\b(mere|yderligere|flere) (information|oplysninger)\b",
           # (not "som jeg skal svare på inden fredag": the other offer, s41c)
           r"(?<!skal )\bsvare?r? (gerne )?på\b(?! (inden|senest|tilbud))", r"\bsig (endelig |bare )?til\b",
           r"\b(står|er) (gerne )?til rådighed\b",
           r"\bmangler (i|du) noget\b", r"\bkontakt(e)? mig\b", r"\b(ring|skriv) (endelig |gerne )?til mig\b",
           r"\bhvis (i|du) har brug for\b", r"\bhvis der er (noget|mere)\b", r"\b(skriv|ring) (endelig|bare)\b",
           r"\breach out\b", r"\bquestions\b",
           # "Hvis I mangler papirer fra mig, sender jeg dem gerne", "I er velkomne til at skrive"
           r"\bhvis (i|du) mangler\b", r"\bmangler (i|du)\b.{0,40}\bfra mig\b",
           r"\bvelkomne? til at (skrive|ringe|kontakte|spørge)\b", r"\bsender (jeg )?(\w+ )?gerne\b",
           r"\blet me know\b")
# A status question is a question: "ser frem til at høre fra jer" hopes, it does not ask.
_ASKS = rx(r"\?", r"\b(høre|spørge|vide|forhøre mig|fortælle( mig)?|nævne|sige|oplyse( mig)?( om)?|forespørge|"
          r"orientere( mig)?( om)?),? (om|hvornår|hvor|hvordan|hvad)\b",
          r"^(hvordan|hvornår|hvor langt|hvad|har i|er i|kan i|kan du|ved i|ved du)\b")  # "?" left out
# Blunt, but a question about the outcome: "Har jeg fået det?", "Får jeg jobbet eller hvad?", "hvad bliver det til?"
_BLUNT_STATUS = rx(r"\b(har|får) jeg (fået )?(jobbet|det|stillingen|den)\b.*\?", r"\bhvad bliver det til\b",
                  # "Undertegnede skal derfor høfligst forespørge, hvorvidt der er truffet en afgørelse" (s38b: a
                  # second status question was added to the improved mail)
                  r"\b(forespørge|forhøre mig|høre|spørge)\w*,? (om|hvorvidt)\b[^.?!]{0,50}\b(afgørelse|beslutning|"
                  r"besluttet|truffet|nyt)\b")
THANKS_FOR = rx(r"\btak (for|fordi)\b", r"\btakke?r? for\b", r"\btusind tak\b", r"\bmange tak\b",
                r"\btaknemmelig\w* for\b")  # "min oprigtige taknemmelighed for den tid, De …" (s38b)
_THANKS_IN_ENGLISH = rx(r"\bthanks?( you)?( so much)? for\b")
# "Jeg vil gerne endnu engang takke for en særdeles behagelig og informativ samtale" (a tester's formal mail): thanks
# for the interview itself, said kindly, whatever the model makes of the rare words around it
_THANKS_FOR_THE_INTERVIEW = rx(r"\b(tak|takke|taknemmelig\w*)\b.{0,12}\bfor\b.{0,50}\b(samtale\w*|snak\w*|møde\w*|"
                               r"tid)\b")


# C4 and the offer's own talk, named for what they are (s42b: called boasts): a friend request or a message on social
# media, a visit offered, the day one can start
_SOCIAL_MEDIA = rx(r"\b(linkedin|facebook|instagram|insta|messenger|tiktok|snapchat|sociale medier|"
                   r"venneanmodning\w*)\b")
_WHERE_THE_AD_WAS = rx(r"\b(opslag\w*|annonce\w*|stillingsopslag\w*|så (stillingen|jobbet|jeres))\b")
_VISIT = rx(r"\b(komme|kigge|smutte|svinge|stikke|hoppe) (\w+ ){0,2}forbi\b", r"\b(møde|dukke) (\w+ )?op\b")
_AVAILABILITY = rx(r"\bkan (i øvrigt |også |godt |allerede |gerne |sagtens )*(starte|begynde|tiltræde)\b",
                   r"\b(er|står) klar til at (starte|begynde|tiltræde)\b")


def names_social_media(text: str) -> bool:
    """'… til hende på LinkedIn', a friend request; not 'jeg så jeres opslag på LinkedIn'."""
    lo = loose(text or "")
    return bool(_SOCIAL_MEDIA.search(lo)) and not _WHERE_THE_AD_WAS.search(lo)


def _beyond_the_follow_up(lo: str) -> str | None:
    """'Jeg har sendt dig en venneanmodning på LinkedIn', 'Jeg kan også komme forbi', 'Jeg kan starte 1. januar'."""
    if names_social_media(lo):
        return "social_media"
    if _VISIT.search(lo):
        return "visit"
    return "availability" if _AVAILABILITY.search(lo) and "?" not in lo else None


@dataclass(frozen=True)
class Sentence:
    text: str
    asks_status: bool
    thanks: bool
    offer: bool
    # "pressure", "harsh" (pressure, sharply), "begging", "selling", "social_media", "visit", "availability", "tone",
    # "prying", "terms": better gone
    fault: str | None
    wrong_day: bool
    says_name: bool
    places_interview: bool
    names_role: bool


def judge_sentence(text: str, case: FollowUpCase, today: date) -> Sentence:
    check = evaluate_line(text, case, today=today)
    lo = loose(text)
    notes = set(check.notes)
    sharp = bool(HARD["polite_and_short"].search(lo) or {"rude", "sarcasm", "shouting"} & notes)
    fault = None
    if not check.no_demands:
        # a demand said sharply ("så giv mig et svar nu", "I skylder mig et svar") is named as both
        harsh = sharp or not check.polite_and_short and "too_long" not in notes
        fault = "begging" if "begging" in notes else "harsh" if harsh else "pressure"
    elif _beyond_the_follow_up(lo):
        fault = _beyond_the_follow_up(lo)
    elif not check.no_selling:
        fault = "selling"
    elif sharp:
        fault = "tone"
    elif "prying" in notes:  # "Hvem har I valgt?": no answer they can give
        fault = "prying"
    elif "terms" in notes:  # "og hvad med lønnen btw?" (a tester's was kept as the whole mail): before an offer
        fault = "terms"
    elif "presumes" in notes:  # "Så hvornår kan jeg starte? 😄" (s38b: praised as the status question)
        fault = "presumes"
    return Sentence(
        text=text, asks_status=(check.asks_status or check.asks_when) and bool(_ASKS.search(lo))
        or bool(_BLUNT_STATUS.search(lo)),
        thanks=bool(THANKS_FOR.search(lo)) and (check.thanks or _kind_thanks_for_the_interview(lo, check))
        or bool(_THANKS_IN_ENGLISH.search(lo)),
        offer=bool(OFFER.search(lo)), fault=fault, wrong_day="wrong_day" in check.notes, says_name=check.says_name,
        places_interview=check.places_interview, names_role=check.names_role)


def _kind_thanks_for_the_interview(lo: str, check: LineCheck) -> bool:
    return bool(_THANKS_FOR_THE_INTERVIEW.search(lo)) and check.polite_and_short and check.no_demands \
        and not {"sarcasm", "rude"} & set(check.notes)


def right_day(text: str, case: FollowUpCase, today: date, dated: bool = False) -> str:
    """`text` with a wrong day for the interview put right ("i onsdags" -> "tirsdag den 24. november"); `dated`:
    a day counted from today ("i torsdags") written as its date too."""
    for mention, verdict in sorted(day_mentions(text, case, today), key=lambda mv: -mv[0].start):
        relative = _relative_day(mention, verdict) if dated else None
        # a bare weekday right by its name is the interview's, not the last such day (s33c: "samtale torsdag" for a
        # Thursday ten days ago became "torsdag den 3. december")
        day = case.interview_date if verdict == "wrong" else (case.interview_date or relative) if relative else None
        if day is not None:
            said = format_date(day)
            if not text[:mention.start].strip() or re.search(r"[.!?]\s*$", text[:mention.start]):
                said = said[0].upper() + said[1:]  # "I går var jeg …" -> "Torsdag den 3. december var jeg …"
            text = text[:mention.start] + said + text[mention.end:]
    return text


def relative_days(text: str, case: FollowUpCase, today: date) -> list[str]:
    """How `text` says the interview's day counted from today ("i torsdags", "i går", "torsdag", "for 3 dage
    siden"): right the day it is written, wrong the day the mail is sent or read later."""
    return [m.text for m, verdict in day_mentions(text, case, today) if _relative_day(m, verdict)]


def _relative_day(mention: TimeMention, verdict: str) -> date | None:
    if verdict != "right" or mention.grain != "day":
        return None
    counted = not re.search(r"\d", mention.text) or _COUNTED_FROM_TODAY.search(loose(mention.text))
    return mention.value if counted else None


_COUNTED_FROM_TODAY = rx(r"\b(siden|dage?|uger?)\b")


def other_role_named(text: str, case: FollowUpCase) -> str | None:
    """The title of another job said in `text` ("om stillingen som kundeservicemedarbejder" for the bogholder job),
    as written; None when it names the case's role, or none."""
    said = role_said(text) if case.role else None
    if not said or names_role(loose(said), case):
        return None
    at = loose(text).find(loose(said))
    if at < 0 or loose(text[at:at + len(said)]) != loose(said) or not _THE_JOB_BEFORE.search(loose(text[:at])):
        return None  # "jeg har arbejdet som lagerchef i 5 år" is the user's past, not the job applied for
    return text[at:at + len(said)]


# the title of the job applied for: "stillingen som …", "jobbet som …", "samtale om …", a subject's "– …"
_THE_JOB_BEFORE = rx(r"\b(stilling\w*|job\w*|samtale\w*|ansøgning\w*|position\w*)( som| til| om| hos \w+ som)?\s*$",
                     r"[–-]\s*$")


def with_the_role(text: str, case: FollowUpCase) -> str:
    """`text` with another job's title put right."""
    wrong = other_role_named(text, case)
    return text.replace(wrong, case.role, 1) if wrong else text


RAMBLING_WORDS = 45  # one sentence this long loses the reader, however short the whole


def rambles(sentence: Sentence) -> bool:
    return len(sentence.text.split()) > RAMBLING_WORDS


def sentence_changes(said: list[Sentence], status_question: str) -> list[Change]:
    """A change for each sentence that had better go. When the only status question is in one of them, that
    change says how to ask instead."""
    asked_in_kept = any(s.asks_status and not s.fault for s in said)
    return [Change(s.fault, sentence=s.text, example="" if asked_in_kept or not s.asks_status else status_question)
            for s in said if s.fault]


QUESTION_PILE = 3  # this many questions in one mail read as an interrogation, not one clear status question


def piles_questions(said: list[Sentence]) -> bool:
    """'Er der noget nyt? Hvor mange kandidater …? Er det stadig aktuelt …? Og har I tænkt mere over lønnen?'"""
    return sum(s.text.rstrip().endswith("?") for s in said if not s.fault) >= QUESTION_PILE


def extra_questions(said: list[Sentence]) -> list[Sentence]:
    """In a pile of questions, all but the first status question (or, with none, the first question)."""
    if not piles_questions(said):
        return []
    asked = [s for s in said if not s.fault and s.text.rstrip().endswith("?")]
    kept = next((s for s in asked if s.asks_status), asked[0])
    return [s for s in asked if s is not kept]


CURT_WORDS = 20
_COURTESY = rx(r"\b(tak|takker|gerne|venlig\w*|håber|please|thanks?|hej|hejsa|goddag|kære|dejlig\w*|god dag)\b",
               r"\b(ville|vil) (bare |lige )?(høre|spørge)\b")  # "jeg ville bare høre, om …" is soft enough


def sounds_curt(said: str) -> bool:
    """A few bare words with no greeting, thanks or kind word ("hvordan går det med stillingen", "Ja. Samtalen
    onsdag, lagerjobbet. Er der svar?"): each sentence may be fine, together they read as a demand."""
    lo = loose(said)
    return len(words(lo)) <= CURT_WORDS and not _COURTESY.search(lo)
