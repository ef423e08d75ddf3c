"""The user's own follow-ups (made, counted, about to be made) and the employer's news: a no, the job,
an answer.
"""

from __future__ import annotations

import re

from coach.case import EMAIL, PHONE
from coach.danish import fold
from coach.facts.cues import (
    ANSWER,
    ATTEMPT_CUES,
    COUNT,
    COUNTS,
    NOT_BEFORE,
    NTH_ATTEMPT,
    READ_BY_THE_COACH,
    REJECTION,
    UNANSWERED,
    VOICEMAIL_LEFT,
)
from coach.facts.pasted import pasted_mail
from coach.facts.text import SENTENCE_ENDS, clause_around, clause_start, is_correction

ANSWER_ASKED = re.compile(r"\b(rykket|rykkede|bedt|bad|spurgt|spurgte)( \w+)? (for|om|efter) (et )?svar\b")
_A_FEW = r"(\d+|en|et|et par|to|tre|en halv|halvanden)"
_HOURS_AGO = r" (min\w*|minutter|timer?|times?)( tid)? siden\b"
_JUST_NOW = re.compile(r"\b(just )?(got|came) (out|back|home) (of|from) (my|the|an) interview\b|"
                       r"\blige (haft|vaeret til|kommet fra|kommet hjem fra|kommet ud fra|kom hjem fra|kom ud fra) "
                       r"(en |min |til )?(job)?(samtale|interview)|"
                       r"\bkom(mer)? (lige )?(nu )?(hjem |ud )?fra (en |min |til )?(job)?(samtale|interview)|"
                       r"\b(paa vej|i toget|i bussen|i bilen|i metroen|paa cyklen) hjem fra (en |min )?(job)?"
                       r"(samtale|interview)|"
                       r"\b(samtale|interview)\w* (for )?" + _A_FEW + _HOURS_AGO + "|"
                       r"\bfor " + _A_FEW + _HOURS_AGO + "|"
                       # "så nu har jeg været der!!", "Samtalen er overstået nu" (BH008, BH009)
                       r"\bnu har jeg (saa )?vaeret (der|til (den|samtalen|samtale))\b|"
                       r"\b(samtalen|interviewet|den) er (nu )?(overstaaet|slut|ovre)\b|"
                       r"\ber (lige |nu )?(faerdig|faerdige) med (samtalen|interviewet)\b")


def interview_just_now(text: str) -> bool:
    """'har lige haft samtale', 'samtale for 20 min siden': the interview was today."""
    return bool(_JUST_NOW.search(fold(text)))


# "vent lige, skal hente min søn", "2 sek, jeg tjekker lige mailen": the user steps away for a moment.
_STEPPING_AWAY = re.compile(
    r"\b(vent (lige|et (oejeblik|sekund|minut|par minutter))|(lige |et )(oejeblik|sekund|minut)|"
    r"(to|2|et par) (sek|sekunder|min|minutter)\b|brb|"
    r"(^|jeg |[,.] ?)(er|kommer) (lige )?tilbage( om| lige om| senere|$)|"
    r"skal lige (hente|tisse|svare|tage|ud|ned|have|finde|tjekke|lave|kigge)|"
    r"(tjekker|kigger|finder|ser) (lige|efter)\b|\bvent\s*(\.\.+|!|$)|skrevet det ned|finde det frem|slaa det op)"
)
# "jeg ringede igen i dag", "har også skrevet": a follow-up added, not one counted already given its day
_ONE_MORE = re.compile(r"\b(igen|ogsaa|endnu en|en gang til|en til|en ny|en mere|nu|lige|i dag|idag)\b")


# "Jeg har IKKE fulgt op endnu", "nej, jeg har ikke sendt noget endnu!", "jeg har fulgt op 0 gange": none made
_NONE_MADE = re.compile(
    r"\b(har|havde) (endnu |jo |altsaa |slet |faktisk )*(ikke|aldrig|ik|ikk) (endnu |selv |slet |faktisk )*"
    r"(fulgt op|sendt (noget|nogen|en|den|mailen|e-?mailen|mails?)|skrevet (til|noget)|ringet|kontaktet|rykket)\b|"
    r"\b(fulgt op|ringet|skrevet|mailet|sendt \w+) (0|nul|ingen) gange?\b|\bingen opfoelgning\b|"
    r"\bikke (fulgt op|sendt noget) (endnu|siden samtalen)\b|"
    r"\b(har|havde) (endnu |slet |faktisk )*hverken (ringet|skrevet|mailet|sendt)\b")


def no_follow_up_made(text: str) -> bool:
    """'jeg har ikke sendt noget endnu!': the user has made no follow-up (a count recorded by mistake goes)."""
    folded = fold(text)
    return bool(_NONE_MADE.search(folded)) and attempts_reported(text) is None


# "de har ikk besluttet sig endnu, hun skriver 'snart'", "de var ikke helt færdige": word from them, no decision yet
# (not "hvis de ikke har …?")
_UNDECIDED_NEWS = re.compile(r"\b(ikke|ikk|ik) (har |havde |er |var )?(helt )?(besluttet|bestemt|afgjort|"
                             r"truffet (en |nogen )?beslutning|faerdige med at (vaelge|beslutte)|landet|"
                             r"faerdige(?! med))\b(?! mig\b)|"
                             r"\bingen beslutning\b|"
                             # "hun sagde de skal bruge lidt mere tid" (testers: counted as a follow-up unanswered)
                             r"\b(skal bruge|har brug for|mangler|behoever) (lidt |noget |en smule )?"
                             r"(mere|laengere) tid\b|"
                             # "Jeg ringede til Jonas tirsdag, og der var ikke nyt" (s33d: "Jeg prøvede at ringe")
                             r"\b(der var|var der|han havde|hun havde|de havde) (ikke noget |ikke |intet )"
                             r"(nyt|nyheder)\b")


def not_decided_told(text: str) -> bool:
    """The employer has not decided yet, told as news."""
    return bool(_undecided_news(fold(text)))


def _undecided_news(folded: str) -> list[re.Match]:
    return [m for m in _UNDECIDED_NEWS.finditer(folded)
            if not _IF.search(folded[:m.start()]) and "?" not in folded[m.end():m.end() + 40].split(".")[0]]


# "torsdag fik jeg fat i Karin, som sagde …", "så har jeg talt med Lone", "ringede til birgitte og snakkede med hende"
# (s33a: each counted as a follow-up without an answer, and the next step was HR): the contact was reached
_REACHED = re.compile(
    r"\b(fik|har faaet|faaet|fik endelig|har endelig faaet) ((?!ikke\b|aldrig\b|ik\b|ikk\b)\w+ )?fat (i|paa) "
    r"(?!nogen\b|ingen\b)\w+|"
    r"\b(talte|snakkede|talt|snakket) ((?!ikke\b|aldrig\b|ik\b|ikk\b)\w+ )?med "
    r"(?!nogen\b|ingen\b|dig\b|min\b|mit\b|mine\b|en\b|et\b|nogle\b|venner\b|familie\w*\b)\w+|"
    r"\bfik (hende|ham|dem|\w+) i (roeret|telefonen)\b")


def reached_contact(text: str) -> bool:
    """The user's follow-up reached the contact (not 'hvis jeg får fat i hende', nor 'fik ikke fat i nogen'); a
    talk told beside the interview is the interview's ("Jeg var til samtale … Jeg talte med Mette Hansen")."""
    folded = fold(text)
    return any(not _IF.search(folded[:m.start()]) and "?" not in folded[m.end():m.end() + 15].split(".")[0]
               and (not m.group(0).startswith(("talte", "snakkede")) or _users_acts(folded[:m.start()])
                    or not _THE_INTERVIEW_TOLD.search(folded))
               and not _WHO_IT_WAS.search(folded[max(0, m.start() - 25):m.end() + 25])
               and not _NEVER.search(folded[max(0, m.start() - 25):m.start()])
               for m in _REACHED.finditer(folded))


# "… og ingen af gangene fik jeg fat i ham" (E020: read as a call answered, and the two calls were lost)
_NEVER = re.compile(r"\b(ingen af gangene|ingen gange|ingen af dem|aldrig|hverken|ikke en eneste gang)\s*$")


# "hende jeg snakkede med hed lone fra hr" (s40a: read as a call answered, "de er bare ikke færdige med at vælge"):
# naming the one talked to, not a talk
_WHO_IT_WAS = re.compile(r"\b(hende|ham|hun|han|den|personen|dem|de) (som |der )?jeg (talte|snakkede) med (hed|hedder|"
                         r"var|er)\b")  # (also "hun jeg snakkede med hed Lone Bech", D002)


_THE_INTERVIEW_TOLD = re.compile(r"\b(job)?(samtale\w*|interview\w*)\b")


def answered_follow_up(text: str) -> bool:
    """The follow-up told of was answered: no decision yet, or the contact reached (testers, s33a)."""
    return answered_not_decided(text) or reached_contact(text)


def answered_not_decided(text: str) -> bool:
    """'har ringet nu. Kim sagde de ikke har besluttet sig endnu' (testers): the follow-up told of was answered,
    with no decision yet; no unanswered attempt."""
    folded = fold(text)
    news = _undecided_news(folded)  # the message guard asks this of every message: the cheap test first
    if not news:
        return False
    said_at = news[0].start()
    acts = _users_acts(folded)
    # "kasper har lige skrevet til mig paa mail. de har ikk besluttet sig endnu" (a tester): their reply, the answer
    replied = _THEY_REPLIED.search(folded, 0, said_at)
    if not (acts and acts[0].end() <= said_at or replied):
        return False
    missed = UNANSWERED.search(folded)  # "hun tog den ikke, men hun ringede tilbage en time senere" (a tester)
    return missed is None or bool(_THEY_REPLIED.search(folded, missed.end(), said_at))


_THEY_REPLIED = re.compile(r"\b(skrev|skrevet|ringede|ringet|mailede|mailet|svarede|svaret)( \w+){0,2} (til mig|mig op|"
                           r"mig tilbage|tilbage)\b|\b(har|hun|han|hen|de) (lige )?svaret\b|\bringede (til )?mig\b")


def one_more_said(text: str) -> bool:
    return bool(_ONE_MORE.search(fold(text)))


_ALSO = re.compile(r"\b(ogsaa|oveni|derudover|desuden)\b")
_ANOTHER = re.compile(r"\b(igen|ogsaa|oveni|derudover|desuden|endnu en|en gang til|en til|en ny|en mere)\b")


def another_said(text: str) -> bool:
    """'jeg ringede faktisk også torsdag': one more, said in words ("lige" and "nu" are no such words)."""
    return bool(_ANOTHER.search(fold(text)))


def last_attempt_after(known_last: str | None, day: str, text: str) -> str:
    """The last follow-up's day once `text` tells of one on `day`: 'så ringede jeg også i onsdags' after a mail
    on Friday adds an earlier one, and Friday stays the last, and so does 'nej det er tre gange, jeg glemte den
    første mail i april' (AY041); otherwise (a correction, a new one) `day`."""
    folded = fold(text)
    also = _ALSO.search(folded) and not is_correction(text)
    first_one_added = count_restated(text) is not None and _THE_FIRST.search(folded) and not _THE_LAST.search(folded)
    if known_last and (also or first_one_added):
        return max(str(known_last)[:10], day)
    return day

_THE_FIRST = re.compile(r"\b(den|det) (foerste|1\.) (gang|mail|opkald|opringning|besked|sms)\b")
_THE_LAST = re.compile(r"\b(sidst|senest|sidste|seneste)\b")

# "ok jeg skriver til dem nu", "så ringer jeg lige nu", "nu ringer jeg": the user's own follow-up is about
# to happen. Not yet made, so nothing is recorded; a question ("skal jeg ringe nu?") has no such verb.
_FOLLOWING_UP = r"(ringer|skriver|sender|mailer|smser|sms'er|kontakter|tager fat i|proever (at )?(ringe|skrive|maile))"
_RIGHT_NOW = r"(nu|lige nu|nu her|med det samme|straks)"
_FOLLOWING_UP_NOW = re.compile(
    rf"(^|[.,!:;]\s*|\b(ok|okay|okej|oki|godt|fint|super|perfekt|saa|jamen|jeg))\s*(saa |jeg |lige )*"
    rf"{_FOLLOWING_UP}\b(\s+\S+){{0,4}}?\s+{_RIGHT_NOW}\b(?!\s*\?)|"
    rf"\b(nu|straks) {_FOLLOWING_UP} jeg( til (dem|hende|ham))?\s*([.!]|$)|"
    # "Tak. Jeg kommer tilbage når jeg har ringet." (the trial: "Hvor godt, at du har fået svar!")
    r"\b(jeg )?(kommer|vender|skriver) (tilbage|igen)( til dig)? (naar|efter|saa snart) jeg (har )?"
    r"(ringet|skrevet|mailet|sendt|fulgt op|talt med)\b")


def following_up_now(text: str) -> bool:
    """'ok jeg skriver igen nu', 'ringer lige nu': the user is about to follow up (not done yet); not 'jeg
    skriver til dig nu, fordi …', to the coach."""
    folded = fold(text)
    return bool(_FOLLOWING_UP_NOW.search(folded)) and not _TO_THE_COACH.search(folded)


# "jeg skriver til dig nu", "fik lige en mail mens jeg skrev med dig": to the coach, no follow-up
_TO_THE_COACH = re.compile(r"\b(til|med) dig\b")


def stepping_away(text: str) -> bool:
    """'vent lige, skal lige hente min søn': a pause, no answer (read only when the message gave no fact)."""
    return bool(_STEPPING_AWAY.search(fold(text)))


# "hvad skal jeg sige, hvis det går på voicemail?", "hvad siger jeg på en voicemail": what might happen,
# not what did
_IF = re.compile(r"\b(hvis|hvad (siger|goer|skriver) (jeg|man)|er det (ok|okay|fint|i orden|for meget) at|"
                 r"(skal|maa|boer|kan) (jeg|man)( godt)? (laegge|efterlade|indtale))\b[^.!?;]*$")


def silence_only(text: str) -> bool:
    """'stadig intet svar': no answer told, and no act of the user's named: after a follow-up it tells how that went,
    otherwise it may only say that the employer is silent (s41c: a follow-up recorded "søndag den 6. december")."""
    folded = _not_follow_ups_left_out(fold(_others_words_left_out(text)))
    return bool(_SILENCE.search(folded)) and not _users_acts(folded) and not _NTH_SENT.search(folded) \
        and not COUNT.search(folded) and not _ONCE_MORE.search(folded)


# (not "fik bare telefonsvareren": a call the user made, N006)
_SILENCE = re.compile(r"\b(stadig|endnu|fortsat) (intet|ingen|ikke noget|ikke et) svar\b|"
                      r"^\W*((og|men|nej|naa|saa)\W+)*(intet|ingen|ikke noget) svar( fra \w+)?( endnu)?\W*$")


# "intet svar igen": one more went unanswered
_ONCE_MORE = re.compile(r"\b(igen|heller|endnu en gang|en gang til)\b")


def _unanswered_said(folded: str) -> bool:
    return any(not _IF.search(folded[:m.start()]) for m in UNANSWERED.finditer(folded))


_COUNT_WORD = r"(?:en|to|tre|fire|fem|[1-5])"
_COUNT_SETTLED = re.compile(rf"\b{_COUNT_WORD}(?: gange?)?\W+eller {_COUNT_WORD}(?: gange?)?\b\W*"
                            rf"(?P<last>{_COUNT_WORD})(?: gange?)?\b")


_COUNT_CORRECTED = re.compile(rf"\b{_COUNT_WORD} gange?\b[^?!]{{0,30}}?\W(nej|naa|undskyld|rettelse|vent|wait)\W+"
                              rf"((nej|vent|wait)\W+)*(det var )?(kun |bare |faktisk )?(?P<last>{_COUNT_WORD})"
                              r"(?: gange?\b|(?=\s*[,.;]|\s*$))")  # "3 gange, nej 2, …" (AW032)
# "det var to gange" (AW020, after "to eller tre gange?"): the count said again, settled
# (also "så det er kun den ene gang", s41a: two kept after one was taken back)
_COUNT_RESTATED = re.compile(rf"\bdet (?:var|er) (?:kun |bare |faktisk )?(?:den )?(?P<count>ene|{_COUNT_WORD})"
                             r" gange?\b|"
                             # "nej tre, sidst i mandags" right after "har ringet to gange" (AY016)
                             rf"^\W*nej\W+(?:det (?:var|er) )?(?:kun |faktisk )?(?P<bare>{_COUNT_WORD})(?: gange?)?"
                             r"(?=\s*[,.!]|\s*$)|"
                             # "jeg har kun fulgt op EN gang", "kun ringet den ene gang" (a tester's were counted as a
                             # second)
                             r"\bkun (?:ringet|skrevet|mailet|fulgt op|kontaktet \w+|sendt \w+) (?:den )?"
                             rf"(?P<only>ene|{_COUNT_WORD}) gange?\b")
_TIMES_COUNTED = re.compile(r"\b(?P<count>en|én|een|ene|1|et par|to|2|tre|3|fire|4|fem|5|flere) gange?\b")
# "skrevet til HR og til chefen" (AW011): one act, to two people
_AND_TO_ANOTHER = re.compile(r"\btil (?!dem\b|mig\b)[\w-]+( [\w-]+)? og (ogsaa )?til (?!dem\b|mig\b)[\w-]+")


def count_corrected(text: str) -> int | None:
    """'nej vent, kun én gang til Bravida' -> 1: a count of follow-ups, said as a correction (not 'nej ved du
    hvad, jeg skriver hellere en mail')."""
    found = _TIMES_COUNTED.search(fold(text))
    return COUNTS.get(found["count"], 1) if found and is_correction(text) else None


def count_restated(text: str) -> int | None:
    """The count said again as the settled one ('det var to gange'), or None."""
    found = _COUNT_RESTATED.search(fold(text))
    if not found:
        return None
    return COUNTS.get(found["count"] or found["bare"] or found["only"], 1)  # "ene"


def attempts_reported(text: str) -> int | None:
    """How many follow-ups the message says the user made ('har ringet to gange' -> 2, 'mailede dem
    for en uge siden' -> 1); None when it reports none ('har ikke hørt noget', 'har ikke ringet')."""
    folded = _not_follow_ups_left_out(fold(_others_words_left_out(text)))
    if _ASKS_THE_COACH.search(folded):
        # "hvor mange gange har jeg så ringet nu ifølge dig" asks (a tester); "har sendt mail nr 2 nu og STADIG intet
        # svar. hvor mange gange har jeg fulgt op?" tells before it asks (s38a: not counted)
        told = " ".join(s for s in _SENTENCE.split(folded) if s.strip() and not _ASKS_THE_COACH.search(s))
        return attempts_reported(told) if told.strip() and told != folded else None
    if _NONE_COUNTED.search(folded):
        return None  # "jeg har fulgt op 0 gange"
    folded = _summary_left_out(folded)
    nth = _NTH_SENT.search(folded)
    if nth:  # "Jeg har lige sendt min tredje opfølgning" (BJ013), "har sendt mail nr 2"
        return COUNTS_NTH[nth["nth"]] if nth["nth"] else int(nth["number"])
    if not any(users_act(folded, m) for m in ATTEMPT_CUES.finditer(folded)) and not _unanswered_said(folded):
        return None
    # "har ringet tirsdag og mailet torsdag": one follow-up per act named; a message left on the
    # answering machine is part of the call ("ringet i formiddags ... lagde en besked")
    acts = _users_acts(folded)
    # "prøvede lige at ringe. telefonsvarer, lagde en besked" (AW037): the call, one
    if any(m.group(1).startswith("ring") or _tried_to(folded, m) == "ringe" for m in acts):
        acts = [m for m in acts if not VOICEMAIL_LEFT.fullmatch(m.group(1))]
    settled = _COUNT_SETTLED.search(folded) or _COUNT_CORRECTED.search(folded)
    if settled:  # "en gang... eller to? To gange", "to gange uden svar... nej vent, tre gange": the last count
        return COUNTS[settled["last"]]
    counted = _counted_per_kind(folded, acts)
    # "skrev en mail d. 19. oktober og igen d. 27. oktober", "ringet i mandags og i onsdags": one act, days more
    again = len(_AND_AGAIN.findall(folded)) + len(_AND_TO_ANOTHER.findall(folded)) + (
        len(_AND_ANOTHER_DAY.findall(folded, acts[0].end())) + len(_COMMA_DAY.findall(folded, acts[0].end()))
        if acts else 0)
    if counted == 1:
        return 1 + again
    if counted is not None:
        return counted
    # a count that is part of an act ("sendt en mail", "sendt 2 mails") counts that act, not all of them
    count = next((c for c in COUNT.finditer(folded) if not any(a.start() <= c.start() < a.end() for a in acts)
                  and not (_BOTH_WAYS.search(folded[max(0, c.start() - 30):c.start()])
                           and _THEIR_OWN.search(folded))), None)
    if count:
        return COUNTS[count.group(1)]
    inner = [COUNT.search(a.group(0)) for a in acts]
    if any(inner):  # "sendt 3 mails … den sidste mail sendte jeg d. 22/2" (BT033): the last of the three, no fourth
        inner = [c for c, a in zip(inner, acts, strict=True)
                 if c or not _ONE_OF_THEM.search(folded[max(0, a.start() - 25):a.start()])]
    # "sendt to mails til Pia, d. 24/2 og d. 2/3": the days list the two, they add none
    return max(1, sum(COUNTS[c.group(1)] if c else 1 for c in inner)) + (0 if any(inner) else again)


_NONE_COUNTED = re.compile(r"\b(0|nul|ingen) gange?\b")
# a question to the coach about the count, or about what a draft said ("opdagede du ikke at jeg skrev onsdag?",
# a tester's draft counted as a follow-up sent): no follow-up told
_ASKS_THE_COACH = re.compile(r"\bhvor mange gange har jeg\b|\bifoelge dig\b|\bhow many times\b|"
                             r"\b(opdagede|saa|lagde|bemaerkede|opdager) (du|de) (ikke )?(maerke til )?"
                             r"(at )?jeg (skrev|skriver|har skrevet)\b")
_ONE_OF_THEM = re.compile(r"\b(sidste|seneste)( \w+)?\s*$")
_COUNT_ASKED = re.compile(r"\b(hvor mange (gange|opfoelgninger)|how many times)\b[^.!?]*\b(jeg|vi)\b[^.!?]*\?|"
                          r"\bhvor mange (gange )?har jeg (nu |saa )?(fulgt op|ringet|skrevet|mailet|kontaktet)\b")


def count_asked(text: str) -> bool:
    """'hvor mange gange har jeg fulgt op nu?' (s32: answered with the plan alone): the count the coach holds."""
    return bool(_COUNT_ASKED.search(fold(text)))


# "ok men hvilken dag helt konkret?", "hvornår helt præcist?" (s41c: "Undskyld, det forstod jeg ikke helt")
_DAY_ASKED = re.compile(r"^\W*((ok\w*|okay|men|og|saa|ja|jamen|naa)\W+)*((hvilken|hvad for en) (dag|dato)|hvornaar)"
                        r"( (saa|da|egentlig|helt))*( (konkret|praecist|praecis|noejagtigt))?\W*$")


def day_asked(text: str) -> bool:
    return bool(_DAY_ASKED.search(fold(text)))


# "har haft kontakt med dem 2 gange: de ringede til mig …" (AW022): contacts both ways, not the user's follow-ups
_BOTH_WAYS = re.compile(r"\b(haft|havde) kontakt med (dem|hende|ham|\w+) $")
_THEIR_OWN = re.compile(r"\b(de|han|hun|hen) (ringede|skrev|mailede|kontaktede) (til )?mig\b")

# "ingen svar", "der var optaget", "hun svarede ikke", "mailen er sendt": how a follow-up went out, unanswered,
# told without naming it; only the conversation says which (the one the user just announced)
_UNANSWERED_BARE = re.compile(r"\b((ingen|intet|ikke noget|ikke et) svar|optaget|ingen (tog|svarede)|nix|nope|"
                              r"(intet|ingen|uden) held|ikke fat i|(svarede|svarer|tog|tager) (\w+ )?(ikke|ikk|ik)|"
                              r"ikke (til stede|paa kontoret|paa arbejde)|"
                              r"(den|mailen|mail|beskeden|e-?mailen) er (blevet )?sendt|sendt( af sted| afsted)?)\b")
_NOT_SENT = re.compile(r"\bikke (\w+ ){0,2}sendt\b")  # "jeg har ikke sendt den endnu"
_SHORT = 10  # words


# "Bent Lauridsen skrev bagefter:" (BJ040), a voicemail greeting quoted ('Hej du har ringet til Jakob …', BJ037):
# someone else's words and acts, not the user's
_SOMEONE_NAMED_DID = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+ (?:skrev|ringede|sendte|mailede)\b|"
                                # "Jens ringede faktisk til mig i dag", "Lone skrev lige til mig" (testers)
                                r"\b(?!(?:Jeg|Vi|Og|Så|Nu|Men|Da|Jo|Ja|Nej|Hej|Hun|Han|De|Du|Det|Den|Mail|Ok|"
                                # "Har skrevet 3 mails siden" (AI031: no follow-up counted): a verb, no name
                                r"Har|Havde|Hvis|Efter|Bagefter|Derefter|Først|Senere|Siden|Igen|Også|Endelig|"
                                r"Faktisk|Lige|Sidst|Tidligere|Altså|Ellers|Dernæst)\b)"
                                r"[A-ZÆØÅ][a-zæøå]+ (?:har |havde )?(?:faktisk |lige |også |netop |så )?"
                                # not "Bagefter ringede jeg": the user after the verb
                                r"(?:skrev|ringede|sendte|mailede|ringet|skrevet)\b(?! jeg\b)")
_QUOTED_WORDS = re.compile(r"(?<!\w)['\"“„»][^'\"“”„»«\n]{10,}['\"”«](?!\w)")


# "jeg sendte en takkemail i onsdags", "skrev i onsdags for at takke" (a tester's thanks counted as a follow-up, and
# the plan moved to the last one): thanks after the interview is no follow-up (R6/R7)
_THANK_YOU_SENT = re.compile(r"\b(takke ?-?mail\w*|tak ?-?mail\w*|takkebrev\w*|takkebesked\w*|takkeord|"
                             r"for at (sige )?tak\w*|takkede|en tak for)\b")
_CLAUSES = re.compile(r"([,.;!?]| og | men )")


# "skrevet til dem 2 gange på insta" (a tester was sent to HR a day after the interview): never a channel for a
# follow-up (C4), so no follow-up counted; the tip on keeping it professional says why
_SOCIAL_MEDIA = re.compile(r"\b(insta|instagram|facebook|fb|messenger|tiktok|snap\w*|twitter|x-?dm|dm)\b")


# "vi har skrevet sammen paa mail foer", "vi har mailet om tidspunktet for samtalen" (s38d: counted as a follow-up,
# and again after "nej jeg har ikke fulgt op endnu!"): mail about the interview itself, no follow-up
_ARRANGING = re.compile(r"\b(vi|os) (har |havde )?(\w+ )?(skrevet|mailet|skrevet sammen|snakket|talt) (sammen|om (tids"
                        r"punktet|tiden|samtalen|datoen|aftalen))\b|\bskrevet sammen\b|"
                        r"\b(mailet|skrevet|skrev|mailede) om (tidspunktet|tiden|datoen) for samtalen\b")


def _not_follow_ups_left_out(folded: str) -> str:
    parts = _CLAUSES.split(folded)
    return "".join(" " * len(p) if _THANK_YOU_SENT.search(p) or _SOCIAL_MEDIA.search(p) or _ARRANGING.search(p)
                   else p for p in parts)


def _others_words_left_out(text: str) -> str:
    for found in (*_SOMEONE_NAMED_DID.finditer(text), *_QUOTED_WORDS.finditer(text)):
        text = text[:found.start()] + " " * len(found.group(0)) + text[found.end():]
    return text


# "Jeg har faktisk allerede ringet. Onsdag d. 2. december ringede jeg til …" (s39a: one call counted as two, and the
# next step went to HR): a sentence that only says it was done, then tells how it went
_SUMMARY = re.compile(r"\b(jeg )?har (faktisk |allerede |jo |selv |godt |ogsaa )*(ringet|skrevet|mailet)"
                      r"(?P<end>\s*[.!:;]|\s*,\s*(og )?(?=\w+ (d\.|den|i \w+dags)))")
_SAME_KIND = {"ringet": r"\bring", "skrevet": r"\b(skrev|mail|sendt)", "mailet": r"\b(skrev|mail|sendt)"}


def _summary_left_out(folded: str) -> str:
    said = _SUMMARY.search(folded)
    if said and re.search(_SAME_KIND[said.group(3)], folded[said.end():]):
        return folded[:said.start()] + " " * (said.end() - said.start()) + folded[said.end():]
    return folded


_NTH_SENT = re.compile(r"\b(sendt|sendte|skrevet|skrev|ringet|ringede) (nu )?((min|den) "
                       r"(?P<nth>anden|tredje|fjerde|femte) (opfoelgning|mail|besked|opringning|opkald)|"
                       r"(opfoelgning|mail|besked) (nr\.?|nummer) (?P<number>[2-5]))\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
COUNTS_NTH = {"anden": 2, "tredje": 3, "fjerde": 4, "femte": 5}


def no_answer_told(text: str) -> bool:
    """A short report of an unanswered follow-up that does not say whose (no question, no no, no answer)."""
    folded = fold(text)
    return len(folded.split()) <= _SHORT and "?" not in folded and bool(_UNANSWERED_BARE.search(folded)) \
        and not _NOT_SENT.search(folded) and not rejection_reported(text) and not answer_reported(text) \
        and not _THANKS_SENT.search(folded)  # "Jeg har sendt en tak-for-i-dag mail" (s35c)


# "wait nu ringer de", "hun ringer mig op lige nu": the employer is calling, the user did nothing yet
_EMPLOYER_CALLING = re.compile(r"\b(nu ringer (de|hun|han)|(de|hun|han) ringer( mig)?( op)? (lige )?nu)\b")


def employer_calling(text: str) -> bool:
    return bool(_EMPLOYER_CALLING.search(fold(text)))


_NO_REPLY = re.compile(r"\b(uden (at faa )?(noget )?svar|(intet|ingen|ikke noget) svar|ikke (faaet|fik) (noget )?svar|"
                       r"telefonsvar\w*|voicemail|ikke fat|uden at faa fat|tog (den )?(ikke|ikk)|ingen tog|stilhed|"
                       r"intet hoert)\b")


def told_unanswered(text: str) -> bool:
    """'har ringet to gange uden svar', 'telefonsvarer': the follow-ups told went unanswered, in so many words."""
    folded = fold(text)
    return bool(_NO_REPLY.search(folded)) or _unanswered_said(folded)


def only_a_message_left(text: str) -> bool:
    """'lagde en besked': the message left on the answering machine, no call of its own."""
    acts = _users_acts(fold(text))
    return bool(acts) and all(VOICEMAIL_LEFT.fullmatch(act.group(1)) for act in acts)


def answered_with_a_day(text: str, answer_day_at: int | None) -> bool:
    """'har lige ringet, hun sagde de ringer i næste uge': one follow-up, answered with a new day to wait
    for, told after it (`answer_day_at`: where the message dates the employer's answer, or None). Not an
    unanswered attempt; "de sagde sidst på måneden … jeg har ringet én gang" tells the old day first."""
    if answer_day_at is None or attempts_reported(text) != 1:
        return False
    folded = fold(text)
    acts = _users_acts(folded)
    return bool(acts) and acts[0].end() <= len(fold(text[:answer_day_at])) and not UNANSWERED.search(folded)


def _users_acts(folded: str) -> list[re.Match]:
    return [m for m in ATTEMPT_CUES.finditer(folded) if users_act(folded, m)]


# "sendt en mail d. 22. marts og igen d. 1. april": one act said, done twice (a day follows; "og igen ringede
# jeg" names its own act, counted as such)
_AND_AGAIN = re.compile(r"\b(og|,) (saa )?igen (?=(d\.|den|i |for |sidst|paa|\d|(man|tirs|ons|tors|fre|loer|soen)dag))")
# "har ringet i mandags og i onsdags": one act said, on two days
_DAY_SAID = (r"(i (man|tirs|ons|tors|fre|loer|soen)dags|i gaar|i forgaars|d\. ?\d+\.?(/\d+)?|"  # "d. 23/6"
             r"(den )?\d{1,2}\.? ?(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
             r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b\.?)")  # "ringede 7. maj og 14. maj" (BA038)
_AND_ANOTHER_DAY = re.compile(rf"\b{_DAY_SAID} og (ogsaa |sidst |senest |saa )?{_DAY_SAID}")
# "har skrevet til dem d. 21/4, d. 29/4 og igen d. 7/5" (BC039): numbered days listed with commas, one more each
_NUMBERED_DAY = r"d\. ?\d{1,2}\.?(/\d{1,2})?"
_COMMA_DAY = re.compile(rf"\b{_NUMBERED_DAY}, (?={_NUMBERED_DAY})")


_TRIED_TO = re.compile(r"( \w+){0,2}? at (?P<verb>ringe|skrive|maile|sende)\b")


def _tried_to(folded: str, act: re.Match) -> str | None:
    """The verb after a general act: "prøvede (faktisk) at ringe" -> "ringe"."""
    tried = _TRIED_TO.match(folded, act.end())
    return tried["verb"] if tried else None


# "ringede og lagde en besked", "talte ind på hendes telefonsvarer": the next script says so, not "prøvede at ringe"
_VOICEMAIL = re.compile(r"\b(lagde|lagt|efterlod\w*|indtalt\w*|talte)( (?!ingen|ikke)\w+){0,2} (en )?besked|"
                        r"\btalte (\w+ ){0,3}ind\b|\bindtalt\w*\b")
# "fik bare telefonsvareren og lagde ingen besked" (s39c: "jeg lagde også en besked" in the next script)
_NO_MESSAGE = re.compile(r"\b(ingen |ikke (nogen |en )?)besked\b|\b(lagde|lagt|efterlod) (jeg )?ikke\b")


def voicemail_left(text: str) -> bool:
    """The call the message reports ended in a message left on the answering machine (not only "fik
    telefonsvareren": whether a message was left is not said)."""
    folded = fold(text or "")
    return bool(_VOICEMAIL.search(folded)) and not _NO_MESSAGE.search(folded)


def attempt_channel(text: str) -> str | None:
    """How the last follow-up the message reports went: 'har mailet dem én gang i går' -> email, 'ringede og
    lagde en besked' -> telefon; None when no act names a channel ('har fulgt op to gange')."""
    folded = fold(text)
    acts = [m.group(0) + " " + (_tried_to(folded, m) or "") for m in _users_acts(folded)]  # "prøvede at ringe"
    kinds = [EMAIL if re.search(r"mail|skr|sendt", a) else PHONE if re.search(r"ring|besked|talte", a) else None
             for a in acts]
    return next((k for k in reversed(kinds) if k), None)


def _counted_per_kind(folded: str, acts: list[re.Match]) -> int | None:
    """'ringet to gange og sendt en mail' -> 3: per kind of act (call, mail, other) the count said right
    after it, else one; a count after a general act ('prøvet tre gange') is the total. None when no
    count follows an act."""
    counts = list(COUNT.finditer(folded))
    per_kind: dict[str, int] = {}
    attached, total_said = False, 0
    for act in acts:
        said = next((c for c in counts if 0 <= c.start() - act.end() <= 20), None)
        attached = attached or said is not None
        kind = _act_kind(act.group(1))
        if said is not None and kind == "other":
            total_said = max(total_said, COUNTS[said.group(1)])
        if said is None and kind in per_kind and folded.startswith(" igen", act.end()):
            per_kind[kind] += 1  # "ringet d. 3. februar og ringet igen onsdag": one more of that kind
            continue
        per_kind[kind] = max(per_kind.get(kind, 0), COUNTS[said.group(1)] if said else 1)
    if not attached:
        return None
    if total_said and sum(n for kind, n in per_kind.items() if kind != "other") <= total_said:
        return total_said  # "fulgt op én gang, jeg ringede d. 26/11" (s42c): the call is that one follow-up
    return per_kind["other"] if per_kind.get("other", 0) > 1 else sum(per_kind.values())


def _act_kind(act: str) -> str:
    if act.startswith("ring") or VOICEMAIL_LEFT.fullmatch(act):
        return "call"
    return "mail" if re.match(r"(skrev|mail|sendt)", act) else "other"


def times_said(text: str) -> int | None:
    """'det var kun én gang' -> 1: a count of follow-ups, as a correction says it."""
    count = COUNT.search(fold(text))
    return COUNTS[count.group(1)] if count else None


def rejection_reported(text: str) -> bool:
    """'de har valgt en anden', 'fik et afslag', 'hun lød ret afvisende' (R9); not "kan vi øve at jeg får et
    afslag?" (a tester's plan was closed by it)."""
    folded = fold(text)
    if _PRACTISE_A_NO.search(folded):
        return False
    # "hvad hvis han siger de har valgt en anden?": a no that may come; "betyder det at de har valgt en anden?"
    return any(_affirmed(folded, m) and not _IF.search(folded[:m.start()]) and not _wondered(folded, m)
               and not _WHETHER.search(folded[max(0, m.start() - 40):m.start()])
               and not _HEARSAY.search(folded[max(0, m.start() - 30):m.start()])
               and not _FEARED.search(folded[max(0, m.start() - 40):m.start()]) for m in REJECTION.finditer(folded))


# "han lød ret kold og uinteresseret", "hun virkede afvisende" (R9): the contact's manner, no no said
_COLD = re.compile(r"\b(loed|lyder|virkede|virker|var|va|svarede)( (?!ikke\b)\w+){0,3} "
                   r"(kold|kort for hovedet|kort og kold|uinteresseret|ligeglad|afvisende)\b|\bikke interesseret\b")


def sounded_cold_only(text: str) -> bool:
    """'jeg har ringet i fredags og han lød ret kold og uinteresseret' (s38d: answered as a no, "Tak for dit svar
    … ked af, at det ikke blev mig"): the end of the follow-ups, but no no to thank them for."""
    folded = fold(text)
    return bool(_COLD.search(folded)) and not rejection_reported(_COLD.sub(" ", folded))


# "jeg er bange for de har givet jobbet til en anden inden" (s37c: the application was closed): a fear, no answer
_FEARED = re.compile(r"\b(bange for|frygter|nervoes for|er urolig for|gad vide om)( at)?\b[^.!?]*$")


# "en kollega … sagde at stillingen vist nok er besat, men Lars ville ringe mig op i morgen" (s35d: the application
# was closed): a no only guessed at is no answer
_HEARSAY = re.compile(r"\b(vist nok|vistnok|maaske|muligvis|angiveligt|rygtet siger|rygter om at)\b[^.!?]*$")


# "Jeg vil gerne vide om stillingen er besat eller ej" (a tester's own follow-up was taken for a no): asked whether
_WHETHER = re.compile(r"\b(vide|hoere|spoerge|spurgte|sige|oplyse)( \w+){0,2} om (stillingen|jobbet|den|det|pladsen)"
                      r"( \w+)?( er| blev| er blevet)? *$")


# the no to practise, not one told with a wish to practise ("jeg fik et afslag, kan vi øve hvordan jeg svarer?")
# (not "øv de ringede lige nu, de har valgt en anden": a sigh, V010)
_PRACTISE_A_NO = re.compile(r"\b(oeve|oev|oever|rollespil\w*|traene|spille)\b(?!\W+(de|hun|han|hen|det|jeg|vi|nu) )"
                            r"[^.!?]{0,30}"
                            r"\b(afslag|nej|valgt en anden)\b")
# "nej nej, jeg har ikke fået afslag!", "men jeg har IKKE fået et nej": a no taken back
_NO_DENIED = re.compile(r"\b(har|fik|er) (endnu |slet |altsaa |jo )*(ikke|ik|ikk|aldrig) (endnu |faaet |fået )*"
                        r"(faaet |fået )?(et |noget |nogen )?(afslag|nej)\b|\bdet var ikke et (nej|afslag)\b|"
                        # "hva?? de har ikke sagt nej, jeg har ikke hørt noget fra dem endnu" (a tester)
                        r"\b(de|hun|han|i) (har )?(jo )?(ikke|aldrig) (sagt|givet mig) (et )?(nej|afslag)\b|"
                        r"\bingen har sagt nej\b")


def rejection_denied(text: str) -> bool:
    """The user says no rejection has come."""
    return bool(_NO_DENIED.search(fold(text)))


# "betyder det at de har valgt en anden?", "mon de har ansat en anden?": a no guessed at, asked about
_WONDERING = re.compile(r"\b(betyder det|kan det betyde|tror du|mon|kan det vaere|er det fordi|gad vide)\b")


def _wondered(folded: str, match: re.Match) -> bool:
    start = max(folded.rfind(end, 0, match.start()) for end in ".!?") + 1
    after = re.search(r"[.!?]", folded[match.end():])
    return after is not None and after.group() == "?" and bool(_WONDERING.search(folded[start:match.start()]))


# A no that has come, told as news ("jeg fik et afslag i fredags"), not asked about ("hvad svarer jeg på et afslag?").
_REJECTION_NEWS = re.compile(r"\b(fik|har faaet|har lige faaet|modtog|har modtaget) (jeg )?(lige )?(et |en )?"
                             r"(afslag|nej)\b|\b(de|han|hun) har (valgt|ansat|fundet) (en )?(anden|andre)\b|"
                             r"\bstillingen er (blevet )?besat\b|\b(gaa|gaar|gik) videre med (en )?(anden|andre)\b|"
                             r"\b(har|havde) (givet|tilbudt) (stillingen|jobbet) til (en )?(anden|andre)\b")


def rejection_told(text: str) -> bool:
    """'hun virkede bare ikke interesseret i mig' inside a request for advice, 'svaret var kort og koldt.
    skal jeg overhovedet ringe?': told, in a sentence of its own, not asked about ('hvad gør jeg, hvis de
    har valgt en anden?', 'lød hun uinteresseret?')."""
    # an emoji ends a sentence too ("they went with another candidate 😕 hvad skriver jeg tilbage?", BP010)
    sentences = re.split(r"(?<=[.!?])\s+|\s*[\U0001F000-\U0001FAFF\u2600-\u27BF]+\s*", (text or "").strip())
    return rejection_news(text) or any(
        rejection_reported(s) and not s.rstrip().endswith("?") and not _CONDITIONAL.search(fold(s))
        for s in sentences)


# "hvad gør jeg, hvis de har valgt en anden?" asks; "valgt en anden kandidat, hvis profil matchede …" (BL023) tells
_CONDITIONAL = re.compile(r"\bhvis\b(?! (profil|erfaring|kompetencer|baggrund|kvalifikationer|cv|ansoegning)\b)")


def rejection_news(text: str) -> bool:
    """'jeg fik et afslag i fredags, hvad svarer jeg?': a rejection told, even inside a request."""
    folded = fold(text)
    return not _CONDITIONAL.search(folded) and any(_affirmed(folded, m) and not _wondered(folded, m)
                                                       for m in _REJECTION_NEWS.finditer(folded))


# How a no reached the user: in writing ("fik et afslag på mail", "de skrev at ...") or by phone.
_NEWS_IN_WRITING = re.compile(r"\b(paa|pr\.?|per|via|over) (e-?mail|mail|sms|linkedin)\b|"
                              r"\b(en|et|deres|i) (e-?mail|mail|brev)\b|"
                              r"\b(de|han|hun|hen) (har )?(skrev|skrevet|mailede|mailet)\b|\bmail fra\b|"
                              # "Jeg vil gerne svare pænt på mailen" (BJ003)
                              r"\bsvare? (\w+ )?paa (mailen|e-?mailen|sms'?en|beskeden|brevet)\b")
_NEWS_BY_PHONE = re.compile(r"\b(de|han|hun|hen) (har )?(ringede|ringet)\b|\b(i|over|paa) telefonen\b|\bjeg ringede\b")


def rejection_medium(text: str) -> str | None:
    """EMAIL for a no that came in writing, PHONE for one heard on the phone, None when not said: the
    reply to a no fits the way it came when the user has chosen no channel."""
    folded = fold(text)
    if _NEWS_IN_WRITING.search(folded) or pasted_mail(text):  # the no pasted in: it came in writing
        return EMAIL
    return PHONE if _NEWS_BY_PHONE.search(folded) else None


_JOB_OFFERED = re.compile(r"\b(fik|faaet|har faaet) (jobbet|stillingen|et jobtilbud|tilbudt (jobbet|stillingen)|"
                          r"(elev|laere|praktik|studie)?pladsen|(elev|laere|praktik)plads)\b|"
                          # "jeg blev ansat!", not "Jeg er ansat i Danske Bank nu, men søger væk" (AH017)
                          r"\bjeg (blev|er blevet) ansat\b|\bjeg er ansat\s*(!|$)|"
                          # "de ringede og tilbød mig stillingen", "har tilbudt mig pladsen" (BO004, a trial)
                          r"\b(tilboed|tilbudt) mig (jobbet|stillingen|pladsen|\w+pladsen|en kontrakt|et job)\b|"
                          r"\b(vil|ville) (gerne )?ansaette mig\b|"
                          # "JEG FIK DEN!!! starter 1. april": the job, cheered or with its first day
                          r"\b(fik|har faaet) (den|det)\s*!|\b(fik|har faaet) den\b[,!\s]+(jeg )?(starter|begynder)\b")


# "jeg har fået et andet job og vil trække min ansøgning tilbage", "har takket ja til et job hos Siemens Gamesa"
# (testers: read as the employer's answer, then the follow-up mail again)
_WITHDRAWS = re.compile(
    r"\btr(ae|æ)k(ke|ker)? (min |mit |mig og min )?(ansoegning\w*|kandidatur)( \w+)? tilbage\b|"
    r"\btrukket (min |mit )?(ansoegning\w*|kandidatur)( \w+)? tilbage\b|\btraekke(r)? mig( ud)?( fra \w+)?\s*([.!,]|$)|"
    r"\b(takket|sagt|siger|sagde) ja til (et )?(andet|nyt) (job|tilbud|stilling)\b|"
    r"\b(fik|faaet|har faaet) (et )?(andet|nyt) job\b|\btakket ja til (et )?job (hos|i|ved|paa)\b|"
    # "hvordan skriver jeg pænt til Henrik, at jeg siger nej tak til stillingen" (s33a: answered as their no)
    r"\b(takke|takker|takkede|sige|siger|sagde|sagt) nej( tak)? til (stillingen|jobbet|tilbuddet|jobtilbuddet)\b|"
    # "jeg har skrevet under hos et andet firma" (s34a: counted as a follow-up without an answer)
    r"\bskrevet under (hos|paa|med) (et andet|en anden|et nyt|en ny)\b")


def withdrawal_told(text: str) -> bool:
    """'jeg har fået et andet job og vil trække min ansøgning tilbage': the user ends the application (not 'hvad
    hvis jeg får et andet job?')."""
    folded = fold(text)
    return any(not _IF.search(folded[:m.start()]) and "?" not in folded[m.end():m.end() + 25].split(".")[0]
               for m in _WITHDRAWS.finditer(folded))


def job_offered(text: str) -> bool:
    """'jeg fik jobbet', 'de har tilbudt mig stillingen': the application ended well ('om jeg har fået jobbet'
    and 'har jeg fået den?' ask)."""
    folded = fold(text)
    return any(_affirmed(folded, m) and not _ASKED_IF.search(folded[max(0, m.start() - 25):m.start()])
               and not _IF.search(folded[:m.start()]) for m in _JOB_OFFERED.finditer(folded))


_ASKED_IF = re.compile(r"\b(om|hvorvidt|mon) (jeg )?(nu |mon |saa )?$|\b(har|fik) jeg (nu |mon |saa )?$")


def answer_reported(text: str) -> bool:
    """'jeg har fået svar', 'de ringede tilbage', 'jeg har fået elevpladsen': the employer answered."""
    folded = fold(text)
    return any(_affirmed(folded, m) for m in ANSWER.finditer(folded)) or job_offered(text)


# "de skulle have ringet": what the employer was to do, not the user's attempt.
_EMPLOYER_WAS_TO = re.compile(r"\b(de|han|hun|hen) (skulle|ville) (have )?$")
# A call or mail the employer made: "de har også skrevet til mig", "hun har ringet".
# the employer's side as subject: "skolelederen har lige ringet", "HR skrev", "har chefen ringet"
_EMPLOYER_SUBJECT = (r"(de|han|hun|hen|\w*(lederen|chefen|direktoeren|mesteren|ejeren|kontaktpersonen|sekretaeren|"
                     r"inspektoeren|konsulenten)|rektor|hr|firmaet|virksomheden)")
_EMPLOYER_DID = re.compile(rf"\b(({_EMPLOYER_SUBJECT}|ingen|nogen) (har |havde )?|(har|havde) {_EMPLOYER_SUBJECT} |"
                           r"(jeg )?(blev|er blevet|var blevet) )"  # "blev ringet op d. 15/12": the user was called
                           r"(ogsaa |jo |bare |kun |faktisk |lige |nu )?$|"
                           # "hun ringede senere samme dag og lagde en besked" (BL039): still the employer's act
                           rf"\b{_EMPLOYER_SUBJECT} (har |havde )?(ringede|ringet|skrev|skrevet|svarede|svaret)\b"
                           r"[^.!?]{0,40} og (har |havde )?(ogsaa |bare |lige )?$")


def last_attempt_said(text: str, start: int, end: int) -> bool:
    """", senest den 11. januar," after the attempts: a clause that is nothing but 'senest/sidst' and the
    date is the last attempt's day, not a deadline."""
    clause = fold(clause_around(text, start, end)).replace(fold(text[start:end]), " ")
    said = clause.split()
    cut = clause_start(text, start)
    if _THEY_ANSWER.search(fold(clause_around(text, max(cut - 1, 0), max(cut - 1, 0)))):
        return False  # "Susanne Bech der giver svar, senest fredag d. 15. januar": the day they answer by
    return attempts_reported(text) is not None and (said[1:] if said[:1] == ["og"] else said) \
        in (["senest"], ["sidst"], ["sidste", "gang"])


_THEY_ANSWER = re.compile(r"\b((giver|give|sender|sende) (os |mig |dig )?(et )?(svar|besked)|svarer|svare|"
                          r"melder tilbage|melde tilbage|vender tilbage|vende tilbage|hoere fra|hoerer fra)\b")


def users_act(folded: str, match: re.Match) -> bool:
    """A follow-up the user made: affirmed, not the employer's ('de har skrevet til mig'), and after the
    interview ('jeg har skrevet til dem, men det var før samtalen' asked about parking)."""
    return _affirmed(folded, match) and not _EMPLOYER_DID.search(folded[:match.start()]) \
        and not _asked_about(folded, match) and not _TO_ME.match(folded, match.end()) \
        and not _THE_COACH_DID.search(folded[:match.start()]) \
        and not _THAT_WAS_WHEN.search(folded[max(0, match.start() - 30):match.start()]) \
        and not (match.group(0).startswith("skr") and _THE_ONE_I_WROTE.search(folded[:match.start()])
                 and not _TO_SOMEONE.match(folded, match.end())) \
        and not (match.group(0).startswith("skr") and (_A_DRAFT.search(folded) or _A_MAIL_I_WROTE.search(folded))) \
        and not _TO_THE_COACH.match(folded[match.end():].lstrip()) \
        and not _EMPLOYER_AFTER_VERB.match(folded, match.end()) \
        and not _SOMEONE_ELSE_HAS.search(folded[max(0, match.start() - 40):match.start()]) \
        and not _FAMILY_DID.search(folded[max(0, match.start() - 30):match.start()]) \
        and not _someone_named_did(folded, match) \
        and not _WHEN_I_HAVE.search(folded[max(0, match.start() - 25):match.start()]) \
        and not _THANKS_SENT.search(match.group(0)) \
        and not _BEFORE_THE_INTERVIEW.search(clause_around(folded, match.start(), match.end(), SENTENCE_ENDS)) \
        and not _COUNTS_AS.search(folded[max(0, match.start() - 40):match.start()]) \
        and not (match.group(0).startswith("skr") and (_NOTED_DOWN.match(folded, match.end())
                                                       or _THEIR_DETAILS.match(folded, match.end())
                                                       or _IN_MY_PAPERS.match(folded, match.end())
                                                       or _MISTYPED.match(folded, match.end())
                                                       or _TOLD_THE_COACH.match(folded, match.end())
                                                       or (_WROTE_A_DAY.match(folded, match.end())
                                                           and _THE_INTERVIEW_MENDED.search(folded)))) \
        and not _CORRESPONDED.match(folded, match.end()) \
        and not (match.group(0).startswith("skr")
                 and _WRITTEN_WELL.search(folded[max(0, match.start() - 12):match.start()])) \
        and not _SUGGESTED.search(folded[max(0, match.start() - 30):match.start()]) \
        and not _CAREER.search(folded[max(0, match.start() - 25):match.start()]) \
        and not _PERSON_FROM_BEFORE.search(folded[max(0, match.start() - 60):match.start()]) \
        and not (_AS_I_SAID.search(folded[max(0, match.start() - 20):match.start()])
                 and _SAID_HERE.match(folded, match.end()))


def _asked_about(folded: str, match: re.Match) -> bool:
    """'hvor mange gange har jeg fulgt op?' (a tester's question was counted as one more): asked, not told."""
    start = max(folded.rfind(end, 0, match.start()) for end in ".!?\n") + 1
    after = re.search(r"[.!?\n]", folded[match.end():])
    return after is not None and after.group() == "?" and bool(_QUESTION_START.match(folded[start:].lstrip()))


_QUESTION_START = re.compile(r"(og |men |saa )?(hvor|hvornaar|hvad|hvordan|hvorfor|har jeg|skal jeg|burde jeg|"
                             r"maa jeg|kan jeg|boer jeg|er det)\b")
# "… ringede faktisk til mig i dag": someone called the user (testers: counted as the user's follow-up)
_TO_ME = re.compile(r" ((faktisk|lige|ogsaa|saa|i dag|idag|endelig) )*(til mig|mig op|mig tilbage)\b")
# "du skrev Preben igen": what the coach wrote
_THE_COACH_DID = re.compile(r"\b(du|coachen) (har |havde )?(jo |bare |lige |igen )?$")
# "samtalen var ikke d. 2/12, det var der jeg ringede" (a tester): a day told by the act already known, none added
_THAT_WAS_WHEN = re.compile(r"\b(det|den) var (jo |bare )?(der|da|dengang|den dag|dagen|hvor)( hvor| som| at)? jeg "
                            r"(har |havde )?(\w+ )?$")
# "mail selvfølgelig, det er jo den jeg har skrevet" (a tester): the draft, named by a relative clause
_THE_ONE_I_WROTE = re.compile(r"\b(den|det|mailen|beskeden|teksten|brevet|udkastet)( som)? jeg (har |havde )?"
                              r"((selv|lige|jo|allerede|netop|nu) )*$")
_TO_SOMEONE = re.compile(r" til (?!(telefonsvareren|svareren|voicemail\w*)\b)")
# "Jeg har skrevet en mail, kan du læse den?", "mail, den er allerede skrevet": a draft, not sent
_A_DRAFT = re.compile(rf"{READ_BY_THE_COACH.pattern}|\ber den (ok|okay|god|fin)\b|"
                      r"\b(den|mailen|udkastet) er (allerede |nu |lige )?skrevet\b|\budkast\b|\bhvad synes du\b")


# "mail, det er jo en mail jeg har skrevet" after a draft review (s35a: counted as a follow-up sent that day):
# written, and nothing says it was sent, to whom or when
_A_MAIL_I_WROTE = re.compile(r"\b(en|min|den) (e-?)?mail( som)? jeg (har |havde )?((selv|lige|jo|nu) )*skrevet"
                             r"( selv)?\s*([.,!?]|$)|"
                             # "øh jeg har jo skrevet mailen?? jeg spurgte hvorfor …" (s38b: a draft reviewed)
                             r"\bhar (jo |selv |allerede )*skrevet (mailen|min mail|den)\s*([.,!?]|$)")


# "mail, som jeg skrev" answering "ringe eller mail?": what the user wrote in this chat, not a follow-up
_AS_I_SAID = re.compile(r"\bsom (jeg )?(lige |allerede |jo |netop )?$")
_SAID_HERE = re.compile(r"\s*($|[.,!?):]|(foer|ovenfor|tidligere|lige|til dig|her)\b)")  # "som jeg skrev: …"


# "en headhunter, Nikolaj fra Hays, ringede i december": someone named, from somewhere, did it
_PERSON_FROM_BEFORE = re.compile(r"\b(headhunter|recruiter|rekrutterer|konsulent|chef|leder|sekretaer|hr)\w*,? "
                                 r"[\w-]+( [\w-]+)? fra [\w-]+,?\s*$")
# "Mette har lige skrevet, at …": someone else's act; "nu har ringet" and "og har skrevet" leave out "jeg"
_SOMEONE_ELSE_HAS = re.compile(r"(?:^|[^\w])(?!(?:jeg|vi|og|saa|nu|men|ogsaa|bare|faktisk|allerede|altsaa|derfor|"
                               r"igen|da|lige|nok|vist|endnu|selv|ja|nej|jo|hej|hmm|ok|okay)\b)[a-z]+ (har|havde) "
                               r"(lige |nu |ogsaa |jo |faktisk |bare |endelig )?$")
# "lene ringede lige, jeg har faaet jobbet", "mads ringede lige tilbage!!" (s35d: counted as the user's follow-up):
# a name or a word for a person opens the clause, and no "jeg" follows the verb ("i går ringede jeg")
_OTHER_SUBJECT = re.compile(r"(?:^|[.,!?;:]\s*|\b(?:og|men)\s+)(?!(?:jeg|vi|man|og|saa|men|nu|derefter|bagefter|"
                            r"senere|igen|lige|ogsaa|faktisk|ja|nej|ok|okay|hej|hov|da|endelig|allerede|saadan|"
                            r"foerst|saa|ellers|derfor|sidst|til|ikke)\b)[a-z]+ (?:lige |igen |endelig |saa |nu )?$")
_PAST_ACT = re.compile(r"(ringede|skrev|mailede|sendte)\b(?! (jeg|vi)\b)")


# "Jeg kommer tilbage når jeg har ringet" (s37a: noted as a follow-up made): one still to make
_WHEN_I_HAVE = re.compile(r"\b(naar|efter|inden|foer|saa snart|hvis|indtil) jeg (har |faar |lige )*$")
# "Jeg har sendt en tak-for-i-dag mail torsdag morgen" (s35c: counted as the first follow-up): thanks, no follow-up
_THANKS_SENT = re.compile(r"\btak[\w-]*\s?(for [\w-]+ )?(e-?mail|mail|besked|kort|sms)|\bthank[- ]?you")


def _someone_named_did(folded: str, match: re.Match) -> bool:
    if _CALLED_BACK_INVERTED.match(folded, match.start()) and not _I_BEFORE.search(folded[:match.start()]):
        return True  # "Nu ringede Kurt tilbage!" (s37a: a third call counted, and the plan stayed "let go")
    return bool(_PAST_ACT.match(folded, match.start())) and bool(_OTHER_SUBJECT.search(folded[:match.start()]))


_CALLED_BACK_INVERTED = re.compile(r"(ringede|skrev|mailede) (?!(jeg|vi|til|igen|og|i|paa|saa)\b)\w+ (tilbage|op)\b")
_I_BEFORE = re.compile(r"\bjeg (\w+ )?$")


# "min mor ringede for mig i onsdags" (s33c: counted as the user's follow-up, and before the interview at that)
_FAMILY_DID = re.compile(r"\b(min|mit|mine) (mor|far|mand|kone|kaereste|ven|veninde|soester|bror|foraeldre|datter|"
                         r"soen|moster|faster|onkel)( \w+)? (har |havde )?(\w+ )?$")
# "har i mange år skrevet for lokalaviser": a working life, not a follow-up
_CAREER = re.compile(r"\b(i|gennem|i over|i snart) (mange|flere|\d+|\w+) aar\s*$")
# "han foreslog, at jeg skrev til ham, hvis …": what the employer invited, not an act
_SUGGESTED = re.compile(r"\b(foreslog|foreslaaet|opfordrede|bad mig)\b[^.;!?]{0,14}$")
# "jeg har skrevet det ned et sted": a note to self, not a mail to the employer
_NOTED_DOWN = re.compile(r" ((det|den|datoen|dagen|tiden|navnet|nummeret|dem|alt) )?(ned|op)\b|"
                         # "har skrevet den her på mobilen", "skrevet et udkast": a draft, not sent
                         r" ((den|det) her(?=\s*($|[.,!?:]|paa |i ))|et udkast\b|en kladde\b|et forslag\b|"
                         r"en( selv)?(?=\s*[,:]?\s*(her\b|$|:))|"  # "har selv skrevet en, her:" (a tester)
                         r"(den|det)(?=\s*($|[.,!?]))|"  # "mail selvfølgelig, jeg har jo skrevet den" (a tester)
                         # "har skrevet en besked til telefonsvareren" (a tester): what to say if no one answers
                         r"((en|min|et|mit) )?(besked|tekst|manus\w*)? ?til (telefonsvareren|svareren|voicemail\w*))")
# "hun skrev sin mail på et visitkort": the contact's address written down, no mail sent
_THEIR_DETAILS = re.compile(r" (sin|sit|sine|hendes|hans|deres) (\w*mail\w*|\w*nummer|\w*adresse|navn|kontakt\w*)\b")
# "glemte hvad jeg havde skrevet i min egen ansøgning" (BF026): the application's text, no mail sent
_IN_MY_PAPERS = re.compile(r" i (min |mit |den |det )?(egen |eget )?(ansoegning|cv|motiveret|profil)")
# "mit dansk er bedre skrevet" (BI023): written Danish, no mail
_WRITTEN_WELL = re.compile(r"\b(er|bliver|blev|bedre|godt|daarligt|flot|paent|bedst) $")
# "jeg har mailet med Mikkel Dahl hele vejen" (BH034): the way the process went, no follow-up
_CORRESPONDED = re.compile(r" med [\w-]+( [\w-]+)? (hele (tiden|vejen)|undervejs)\b")
# "den VAR i fredags. skrev forkert" (BH044): a slip in the chat, no mail
# "hallo jeg skrev jo at jeg hedder sofie??" (a tester): what the user wrote in this chat, no follow-up
_TOLD_THE_COACH = re.compile(r" ((jo|allerede|foer|tidligere|ovenfor|netop|lige) )*(jo|allerede|foer|tidligere|ovenfor)"
                             r"( (lige|her|oppe|ovenfor))* (at|hvad|hvornaar|hvem|hvilken|mit|min|det)\b|"
                             r" (jo |lige |allerede )*at "
                             r"(jeg hedder|mit navn|min kontakt|(hun|han|hen) hedder|det var)\b|"
                             # "jeg skrev jo inden for 1-2 uger" (a tester): told here, to no one ("skrev jo til dem")
                             r" jo\b(?![^.!?]{0,30}\btil\b)")
# "Samtalen var ikke søndag! Jeg skrev mandag, altså mandag d. 23. november" (a tester): the day written in this
# chat, recorded as a mail sent that day
_WROTE_A_DAY = re.compile(r" (jo |faktisk |da |ellers |netop )?((man|tirs|ons|tors|fre|loer|soen)dag|d\. ?\d|den \d)"
                          r"(?![^.!?]{0,30}\btil (dem|hende|ham|jer|hr)\b)")
_THE_INTERVIEW_MENDED = re.compile(r"\bsamtalen (var|er) (jo )?ikke\b|"
                                   r"\bikke (en )?(man|tirs|ons|tors|fre|loer|soen)dag\b")
_MISTYPED = re.compile(r" (det |den |lige )?(forkert|fejl|galt)\b")
# "tæller det så som at jeg har fulgt op?": asks whether something counts, reports no act
_COUNTS_AS = re.compile(r"\b(taeller|taelle|gaelder|regnes)\b.{0,25}\b(som|for)\b")
# "så ringede de pludselig": the subject after the verb (Danish inversion) is the employer, not the user.
_EMPLOYER_AFTER_VERB = re.compile(r" (de|han|hun|hen)\b(?! gange)")  # not "prøvet HR": whom the user tried
_BEFORE_THE_INTERVIEW = re.compile(r"\b(foer|inden) (selve )?(job)?(samtalen|interviewet)\b")


def _affirmed(folded: str, match: re.Match) -> bool:
    """The user's own act, not negated before or just after it ('har ikke ringet', 'de skulle have ringet',
    'jeg ringede ikke, men skrev')."""
    before = folded[:match.start()]
    return not NOT_BEFORE.search(before) and not _EMPLOYER_WAS_TO.search(before) \
        and not _NOT_AFTER.match(folded, match.end())


_NOT_AFTER = re.compile(r" (ikke|aldrig)\b(?! (kun|bare|blot)\b)")


_LAST_TIME = re.compile(r"\b(" + NTH_ATTEMPT + r")")
_IN_ORDER = re.compile(r"\b(foerste|anden|tredje) (gang|mail|opkald|opringning|besked|forsoeg)\b|"
                       r"\bden (anden|tredje)\b")


def recounts_attempts(text: str) -> bool:
    """'den første mail sendte jeg d. 7/12 og den anden i torsdags': the follow-ups told one by one, in
    order: their days, not one more."""
    return _IN_ORDER.search(fold(text or "")) is not None


def speaks_of_last_time(text: str) -> bool:
    """'sidste gang var i tirsdags', 'sidst jeg ringede …': a day of the last follow-up is given."""
    return bool(_LAST_TIME.search(fold(text or "")))
