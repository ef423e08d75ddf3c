"""Facts in the user's own words: which date is which, the channel, names.

The NLU finds entities; these helpers decide what they mean for the case
(interview day or answer deadline, "ingen frist", a bare answer to a question).
"""

from __future__ import annotations

import re

from coach.case import EMAIL, PHONE
from coach.danish import fold
from coach.dates.norm import osa_distance
from coach.lexicon import employer_at, place_at

INTERVIEW = "interview"
DEADLINE = "deadline"
ATTEMPT = "attempt"  # a follow-up the user already made
OTHER = "other"  # a step of the employer's own ("de holdt anden runde i uge 16"): no date of the case

# Cue words (folded: ae/oe/aa) that tell which fact a date in the same clause is about.
_DEADLINE_CUES = re.compile(
    r"\b(let me know|get back|hear back|"
    r"svar\w*|senest|frist\w*|hoere? fra|hoert fra|vende tilbage|vender tilbage|give besked|"
    r"meld(e|er) (tilbage|ud)|udmelding|beslutning|afgoerelse|ringe? tilbage|kontakte mig|hoerer fra|"
    r"(de|han|hun|hen) (skulle|ville) (have )?(ringe|ringet|skrive|skrevet|svare|svaret|melde|meldt)|"
    r"(de|han|hun|hen) (ringer|skriver|mailer|melder sig|kontakter mig))\b"  # "de sagde de ringer på onsdag"
)
# A next round the user is invited to: "er nu inviteret til anden runde på mandag" (that is the interview)
_LATER_ROUND = (r"\b(inviteret|indkaldt|kaldt ind|kaldt|skal|kommer)( \w+){0,2} (til )?(en )?"
                r"(anden|2\.|tredje|3\.|naeste|ny|sidste) (runde|samtale|samtalerunde)\b")
# A later round the user went to or goes to ("anden runde var i torsdags"), not the employer's own ("de holdt
# anden runde"): the interview to follow up on
_A_LATER_ROUND = (r"(?<!holdt )(?<!holder )(?<!afholdt )(?<!afholder )(?<!en )\b((anden|2\.|tredje|3\.) "
                  r"(runde|samtalerunde|samtale)|final round|finalerunde|finale runde)\b")  # not "en anden samtale"
_INTERVIEW_CUES = re.compile(
    # not "i gang med samtaler": the other candidates' interviews; not "ugen efter samtalen": a day after it;
    # not "telefonsamtale": most often the screening before the real interview (no cue either way)
    r"\b((?<!i gang med )(?<!holder )(?<!holdt )(?<!uge efter )(?<!ugen efter )(?<!uger efter )(?<!dage efter )"
    r"(?<!dagen efter )(?!telefon)\w*samtale(?!r\b)\w*|"
    r"(?<!uge efter )(?<!ugen efter )(?<!uger efter )(?<!dage efter )(?<!dagen efter )interview\w*|moede\w*|"
    r"var (der|derude|derinde|deroppe|derovre|til|inde)|havde|"
    r"moedtes|snakkede|talte|indkaldt|indkaldelse)\b|" + _LATER_ROUND + "|" + _A_LATER_ROUND
)
# The earlier round, once a later one is ahead: "første samtale d. 2. juni og nu inviteret til anden runde"
_EARLIER_ROUND = re.compile(r"\b(foerste|1\.) (samtale|runde|samtalerunde)\b")
# The employer's hiring steps the user took no part in: "de holdt anden runde", "samtaler med de andre".
_PROCESS_CUES = re.compile(r"\b(de|han|hun|hen|i) (holder|holdt|afholder|afholdt|har|havde) (\w+ )?(anden|2\.?|sidste) "
                           r"(runde|samtalerunde)|\b(samtaler|snakker|taler) med (de )?(andre|flere)( kandidater)?\b|"
                           # the application and the call that invited the user: before the interview
                           r"\b(soegte|ansoegte|har soegt|sendte (min |en )?ansoegning\w*|ansoegningsfrist\w*|"
                           r"(saa|set|fandt|fundet) (et |en )?(\w+)?(opslag\w*|annonce\w*))\b|"  # "så et opslag d. 1."
                           r"\b(ringede|skrev|mailede) (de|han|hun|hen)\b|\bblev (ringet|kontaktet|inviteret)\b|"
                           r"\b(de|han|hun|hen) (ringede|skrev|mailede|kontaktede|inviterede) (mig|til mig)\b|"
                           # their mail or call, and the job's first day: "fik en mail d. 10.", "jobbet starter 1. maj"
                           r"\bfik (jeg )?(en|et) (mail|e-?mail|sms|opkald|opringning|brev|besked)\b|"
                           r"\b(jobbet|stillingen|arbejdet) (starter|begynder|start(er)? op)\b|\btiltraed\w*|"
                           r"\bfoerste arbejdsdag\b|\bstartdato\b|"  # "Start 1. august"
                           # "først en testdag d. 16/11", "Kodetest d. 16. november"
                           r"\b(testdag|testdagen|\w+test(en)?|test(en)?|case ?opgave(n)?)\b|"
                           r"\b(start|opstart)( er| bliver| var| ville vaere)?( d\.| den| pr\.)? ?(?=\d)")
# A follow-up named by its place in the row: "første gang d. 16/3", "sidste mail var d. 14. maj", "sidst i tirsdags".
_NTH_ATTEMPT = (r"(foerste|anden|tredje|sidste|seneste) (gang|mail|opkald|besked|forsoeg)|sidst jeg|senest jeg|"
                r"(mailen|e-?mailen|opkaldet|beskeden) var (den |det )?(sidste|seneste)|"
                r"sidst (?=i (man|tirs|ons|tors|fre|loer|soen)dags|d\. ?\d|den \d|i gaar|i forgaars)")
# A follow-up the user already made: called, wrote, mailed, left a message ("har ringet to gange").
# "har ikke hørt noget" is no news from the employer, not an attempt.
_ATTEMPT_CUES = re.compile(
    r"\b(ringede|ringet|skrev|skrevet|mailede|mailet|"
    r"sendte (jeg )?(allerede |faktisk |ogsaa |lige |jo |saa )?(dem |hende |ham )?en ([\w-]+ )?([\w-]*mail|besked)|"
    r"sendt (allerede |faktisk |ogsaa |lige |jo )?(dem |hende |ham )?en ([\w-]+ )?([\w-]*mail|besked)|"
    r"sendt(e)? (allerede |nu |faktisk )?(to|tre|fire|fem|\d|flere|et par) (e-?mails|mails|beskeder)|"
    r"(mail|mailen|e-?mailen|beskeden|den) sendte jeg|"
    r"sendte? (nu |lige |allerede |saa |faktisk )?(mailen|e-?mailen|beskeden)|"
    # "har bare sendt den nu"
    r"har (bare |lige |nu |allerede |saa |faktisk |jo )*sendt (den|mailen|e-?mailen|beskeden)|"
    r"fulgte op|fulgt op|kontaktede|kontaktet|rykkede|rykket|"
    r"lagde en besked|lagt en besked|talte med (dem|hende|ham) igen|proevede|proevet|provede|forsoegte|"
    r"forsoegt|pr[oø]vede (igen|at ringe|at skrive)|"
    # "du sagde jeg skulle skrive til Susanne, og det gjorde jeg i fredags"
    r"(skrive|ringe|maile|sende)\b[^.!?]{0,40}\bdet gjorde jeg( ogsaa| saa| faktisk)?(?! ikke| aldrig))\b"
)
# What tells a day is about a follow-up: an act, or its place in the row.
_ATTEMPT_TOPIC = re.compile(r"\b(" + _NTH_ATTEMPT + r")|" + _ATTEMPT_CUES.pattern)
_VOICEMAIL_LEFT = re.compile(r"lag(de|t) en besked")
# A follow-up that went unanswered: "fik ikke fat i nogen", "ingen tog den", "intet svar igen".
_UNANSWERED = re.compile(
    r"\b(fik (jeg )?(ikke|intet|ingen) (fat|svar)|ingen,? (der )?(tog|tager) (den|telefonen|imod)|"
    r"(fik|ramte|kom (ind )?paa|roeg (ind )?paa|gik (direkte )?paa|talte (ind )?paa) "
    r"(bare |kun |lige |igen |desvaerre )?"
    r"(hendes |hans |deres |en )?"
    r"telefonsvarer\w*|"
    r"(intet|ingen|ikke noget) svar igen|stadig (intet|ingen) svar|voicemail|"
    r"^\W*(igen )?(bare |kun )?telefonsvar(er|eren|eren igen|er igen)(?=\s*([.!,]|$)))\b"  # "telefonsvarer igen."
)
# "og ingen svar", "uden svar", "har ikke fået svar": the state of things, no date for an answer.
_NO_ANSWER = re.compile(r"\b(ingen|intet|uden|ikke noget|ikke faaet|ikke fik)( \w+)? svar\b")
# News from the employer: a no, or a cold contact (R9) ...
_REJECTION = re.compile(
    r"\b(valgt|ansat|fundet) (en )?(anden|andre|en anden kandidat)|\bfaaet (et )?(afslag|nej)|\bfik (et )?(afslag|nej)|"
    r"\bafslag\b|\bafvist|\bafvisende|\bbesat\b|\bikke (gaaet|kommet) videre|\bsagde nej\b|"
    r"\bdet blev (desvaerre |saa |bare )?(et nej|ikke mig|en anden)\b|"  # "det blev et nej."
    # "sagde at jeg ikke fik den.": the job, not a mail ("fik ikke den mail")
    r"\b(ikke fik|fik ikke) (jobbet|stillingen|pladsen|\w+pladsen)\b|\bikke fik (den|det)\b(?!\s*[a-zæøå])|"
    r"\b(lød|loed|lyder|var|virkede|virker|svarede)"
    r"( (meget|ret|lidt|helt|total|totalt|vildt|pisse|saa|virkelig|rigtig|mega))? "
    r"(kold|kort for hovedet|kort og kold|uinteresseret|ligeglad|afvisende)|"
    # "lød ærligt talt lidt kold", "så virkede mester helt kold": up to three words between, none of them "ikke"
    r"\b(loed|lyder|virkede|virker)( (?!ikke\b)\w+){1,3} "
    r"(kold|kort for hovedet|kort og kold|uinteresseret|ligeglad|afvisende)|\bikke interesseret\b|\bgaar ikke videre|"
    r"\b(gaa|gaar|gik|er gaaet) videre med (en )?(anden|andre|nogle andre)\b|"
    r"\b(givet|tilbudt|gav|tilboed) (stillingen|jobbet|den|det) til (en )?(anden|andre|en anden kandidat)\b"
)
# ... or an answer that is news ("de har ringet", "jeg har fået svar").
_ANSWER = re.compile(r"\b(har|fik|faaet) (faaet )?(et )?svar\b|"
                     r"\bde (har )?(ringede|ringet|skrev|skrevet) (til mig|tilbage)|"
                     r"\bjeg (har )?hoert fra dem\b|\bfaaet jobbet|\bfik jobbet|\bjeg (er|blev) ansat\b")
_NOT_BEFORE = re.compile(r"\b(ikke|aldrig|endnu ikke|ikke endnu)\s+(\w+\s+)?$")
_COUNT = re.compile(r"\b(en|én|een|1|et par|to|2|tre|3|fire|4|fem|5|flere) "
                    r"(?:gang(?:e)?|mails?|e-?mails?|opkald|beskeder)\b")
_COUNTS = {"en": 1, "én": 1, "een": 1, "1": 1, "et par": 2, "to": 2, "2": 2, "flere": 2, "tre": 3, "3": 3,
           "fire": 4, "4": 4, "fem": 5, "5": 5}
# An interview that lies ahead: "skal til samtale", "har samtale i morgen", "er indkaldt".
_INTERVIEW_AHEAD = re.compile(
    r"\b(skal (til|have|paa|ind til|op til)|skal \w+ (til|paa) (jobsamtale|samtale|interview)|"
    r"(er|blevet|bliver) indkaldt|kommende (job)?(samtale|interview)|"
    r"(har|faaet|fik) (faaet )?(en )?(jobsamtale|samtale|interview)"
    # "har fået en samtale gennem Randstad på mandag"
    r"( (gennem|igennem|via|hos|ved|med) [\w&-]+( [\w&-]+)?)? (i morgen|paa|om|d\.|den|\d)|"
    r"(job)?samtalen er (i morgen|paa|om|d\.|den|\d|paa \w+)|"
    r"\b(anden|2\.|tredje|3\.|naeste|sidste) (samtale|runde) (er|bliver) (i morgen|paa|om|d\.|den|\d)|"
    # "jeg har ikke været der endnu, har kun fået invitationen"
    r"har ikke (vaeret (der|til den|til samtalen)|haft (den|samtalen|samtale)) endnu|har kun faaet invitationen)(?!\w)|"
    + _LATER_ROUND
)
# "Ingen frist" said unprompted, in a message with other facts.
_NO_DEADLINE_SAID = re.compile(
    r"\bingen (frist|dato|svarfrist|deadline|tidsfrist)\b|"
    r"\b(ikke|ik|ikk) (noget|nogen) (frist|dato|svarfrist|deadline|tidsfrist)\b|"  # "de sige ikke noget dato"
    r"\b(ikke|ik|ikk|intet|ingen|ingenting)( noget| nowet| noet| nogt)?( om)? hvornaar\b"  # "ikk nowet om hvornår"
)
# "Hvornår de ville svare? Det kan jeg ikke huske": the question named, then the answer to it.
_ANSWER_TOPIC = re.compile(r"\bhvornaar (de|han|hun|hen|i) ((ville|vil|skulle|regnede med at) )?"
                           r"(svare|svarer|give svar|giver svar|vende tilbage|vender tilbage|melde tilbage|"
                           r"melder tilbage|melde ud|melder ud|hoere fra sig|hoerer fra sig|ringe)\b|"
                           # "kan ikke huske at de sagde noget om hvornår"
                           r"\b(sagde|sagt|naevnte|naevnt|oplyste|snakkede) (de |han |hun |hen |vi )?(noget )?"
                           r"om hvornaar\b")
# A word said between "ved jeg" and "ikke": "det ved jeg sgu ikke"
_SOFTENER = r"(sgu |jo |altsaa |faktisk |bare |desvaerre |vist |heller )?"
# Answers that mean "none" only as a reply to the deadline question.
_NO_DEADLINE_ANSWER = re.compile(
    r"^\s*(ingen|nej|nix|nope|naeh|intet|ikke noget|ingen anelse|aner (det )?ikke|ved (det )?ikke)\b|"
    r"\b(sagde|sige|siger|naevnte|oplyste|gav|sagt|naevnt) (de |hun |han |hen |dem )?"
    r"(vist |nok |vel |faktisk |slet |sgu |altsaa )?"
    r"(ikke|ik|ikk|intet|ingen|ingenting)\b|"
    r"\bdet sagde (de|hun|han) (vist |nok |vel )?(ikke|ik|ikk)\b|\bikke (sagt|naevnt|oplyst)\b|"
    r"\b(kan|kunne) (jeg )?(faktisk |altsaa |simpelthen |aerligt talt )?ikke huske\b|"
    r"\bhusker (det |jeg )?(desvaerre |altsaa |faktisk |simpelthen |bare )?ikke\b|"
    r"\b(fik|fandt) (jeg )?ikke (spurgt|at spoerge)\b|"
    r"\bglemte (jeg )?at spoerge\b|\bikke spurgt\b|\baner (det )?ikke\b|\bved (det |jeg )?" + _SOFTENER + r"ikke\b|"
    r"\b(snarest|hurtigst muligt|asap|snart|hurtigt|hurtigst)\b|"
    r"\b(didn'?t|did not|never) (say|mention|tell)\b|\bno idea\b|\bdon'?t know\b|\bnot sure\b"
)
# Channel words that are not the user's choice: the employer's answer, follow-ups already made.
_NOT_A_CHOICE = re.compile(r"\b(ringer|ringe|vender|vende|skriver|melder) (dem |mig )?tilbage\b|"
                           # writing here, to the coach: "det glemte jeg at skrive", "som jeg skrev"
                           r"\b(glemte|glemmer|glemt) (jeg |at )?(at )?skrive\b|\bsom jeg (skrev|skriver)\b|"
                           # "jeg skriver igen når jeg har været der", "skriver til dig": back to the coach
                           r"\bskriver (til dig )?igen (naar|efter|bagefter|senere|i morgen)\b|"
                           r"\bskriv(e|er)? til dig\b|"
                           r"\btakke-?mail\w*|\btak(ke)?-?besked\w*|\bring(e|er)? (til )?mig\b|"
                           r"\b(kan|vil|gider) du (\w+ )?(skrive|lave|sende)\b|"
                           r"\b(ringede|ringet|skrev|skrevet|mailede|mailet|sendte|sendt|rykket|rykkede)\b[^.,;!?]*|"
                           r"\b(afslag|svar|besked|nej)\b[^.,;!?]{0,20}\b(paa|pr\.?|via) (e-?mail|mail|sms)\b|"
                           r"\b(faaet|fik|faar|modtaget|modtog)( \w+){0,2}?( en| et)? "
                           r"(e-?mail|mail|opkald|opringning)\b")
# Just before a channel word: the user rules it out ("hader at", "ikke så glad for at", "end at").
_RULED_OUT = re.compile(r"(hader|ikke|aldrig|gider ikke|"
                        r"(ikke|ikke er|er ikke)( saa| saerlig| specielt| rigtig)? "
                        r"(glad|meget|vild|god|fortrolig|tryg|vant|hjemme) (for|med|til|i)|"
                        r"(faar|fik|faa|kan) (\w+ )?(aldrig|ikke) fat (i|paa) (hende|ham|dem|nogen) (i|paa)|"
                        r"bryder mig ikke om|ikke lyst til|ikke (holde ud|klare|overskue|lide|fordrage)|"
                        r"end|frem for|i stedet for|(nervoes|genert|usikker|utryg) (i|for|ved)|bange for|"
                        r"(daarlig|elendig|skidt|haablos) (til|i|med)|"
                        # "jeg bliver helt tør i munden i telefonen": how the user fares on it
                        r"(bliver|blir) (helt |lidt |meget |saa |altid |tit |ofte |bare )*\w+( i \w+)? i)"
                        r"( at)?( \w+)?\s*$")
# Just after a channel word: "jeg skrive ikke så godt dansk", "min skriv dansk er ikke så god", and a
# reason against it ("mails drukner bare", "mails bliver ikke læst").
_RULED_OUT_AFTER = re.compile(r"\W*(dansk )?(er )?(jeg )?(ikke|ik) (saa |saerlig |rigtig )?(godt|god)\b|"
                              r"\W*(er|ligger) (bare |altsaa |nu )?(ikke|ik) (lige |rigtig |helt )?"
                              r"(mig|min ting|noget for mig|min staerke side|til mig)\b|"
                              r"\W*(drukner|forsvinder|bliver (ikke|aldrig) (laest|set|aabnet)|"
                              r"bliver (bare )?overset|(er|bliver) (saa |for )?(upersonlig|kedelig|nemme at overse))")
# "kan jeg ikke bare ringe?": a question that proposes the channel, not a negation of it.
_ASKING = re.compile(r"\b(kan|skal|maa|burde|boer) (jeg|vi) (ikke )?(bare |hellere |godt )?\s*$")
# Just after a channel word: the user prefers it ("mail er bedre").
_PREFERRED_AFTER = re.compile(r"^\W*(er|passer|virker|foeles) (bedre|nemmere|bedst|fint)|"
                              r"^\W*(hellere|helst|tak|alligevel|saa|i stedet)\b")
_PREFERENCE = re.compile(r"\b(jeg|vil|lad os|hellere|helst|foretraekker|hellre|tror|nok|bare|godt|gerne|"
                         r"rather|prefer|i'?ll|i will|i'?d|let'?s)\b")
# Not "telefonsamtale", "telefoninterview": a kind of interview, no choice of channel. "mere til at snakke" is a call.
_PHONE = re.compile(r"\b((?!telefon(samtale|interview|screening))telefon\w*|ring\w*|opkald\w*|tlf\w*|phone|"
                    r"call(?! ?cent)|(?<=mere til at )(snakke|tale)|(?<=hellere )(snakke|tale))\b")
# The words that take back what was just said ("nej vent", "ups", "undskyld"), folded.
_TAKE_BACK = r"nej|naeh|naah|ej|vent|hov|ups|oops|undskyld|sorry"
# The user changes their mind in mid-message ("ringe tror jeg. nej vent, jeg skriver hellere"): what
# follows the last such turn is what they chose.
_CHANGE_OF_MIND = re.compile(rf"(^|[.,;:!?]\s*)(eller )?({_TAKE_BACK})\b")
_EMAIL = re.compile(r"\b(e-?mail\w*|mail\w*|skriv\w*|skriftlig\w*|mails)\b")  # "henvende mig skriftligt"


_EMPLOYER_SAID_THEN = re.compile(r"\b(de|han|hun|hen) (sagde|lovede|naevnte|skrev)( (vist|nok|bare|at))?\s*$")
_SAID_THEN = re.compile(r"\b(sagde|skrev|lovede|naevnte|oplyste|fortalte)( (hun|han|de|hun mig|han mig|de mig))?\s*$")
_REPORTED = re.compile(r"\b(sagde|sagt|skrev|skrevet|lovede|lovet|naevnte|naevnt|oplyste|oplyst|fortalte|fortalt)\b")


# "ca. en uge siden", "over en måned siden", "godt en uge siden": about or at least that long ago, a day
# the user did not count
_APPROXIMATELY = re.compile(
    r"\b(snart|ca\.?|cirka|omkring|naesten|knap|lidt over|lidt mere end|noget i retning af|over|godt|mere end)\s*$")
# "vel en uges tid siden", "nok en uge siden": a hedge before a count in words ("vist 6 dage siden" is counted)
_HEDGED = re.compile(r"\b(vel|vist|nok)\s*$")
# "for en måneds tid siden": about a month, too loose for R2's seven days ("en uges tid" is read as a week)
_SOME_TIME = re.compile(r"\b(maaneds|maaneders) tid\b")
# "8-9 dage siden", "2 til 3 uger siden", "en 10 dage siden": a span or a spoken "about" before the count
# the mention starts with ("9 dage siden")
_COUNT_GUESSED = re.compile(r"(\d+ ?(-|–|til|eller) ?|\ben )$")
# "d. 20-21. november": one of two days
_DAY_GUESSED = re.compile(r"\d{1,2}\.? ?[-–] ?\d{1,2}\. ?[a-z]")


def approximate(text: str, start: int, end: int | None = None) -> bool:
    """'snart 3 uger siden', 'for godt en uge siden', 'for vel en uges tid siden', 'for en måneds tid siden',
    '8-9 dage siden': a day the user only guesses, that the coach asks about and a day said next may pin."""
    before, said = fold(text[max(0, start - 30):start]), fold(text[start:end]) if end is not None else ""
    in_words = re.match(r"(en|et|et par|to|tre|fire) ", fold(text[start:start + 8]))
    return bool(_APPROXIMATELY.search(before)) \
        or (bool(in_words) and bool(_HEDGED.search(before))) \
        or (text[start:start + 1].isdigit() and bool(_COUNT_GUESSED.search(before))) \
        or bool(_SOME_TIME.search(said) or _DAY_GUESSED.match(said))


def reported_speech(text: str, start: int, end: int) -> bool:
    """'de sagde mandag', 'De sagde, at de ville vende tilbage sidst på måneden': a day the employer named at
    the interview, reported now."""
    clause = fold(_clause_around(text, start, end))
    cut = _clause_cut(text, start)
    # the "that" clause of a verb of saying before the comma, with or without "at" ("hun sagde, de ville …")
    if cut > 0 and (re.match(r"\s*at\b", clause) or _SAID_THEN.search(fold(text[:cut]))):
        clause = fold(_clause_around(text, cut, cut)) + clause
    return bool(_REPORTED.search(clause))


def date_topic(text: str, start: int, end: int) -> str | None:
    """INTERVIEW, DEADLINE or ATTEMPT when words in the mention's clause say which it is;
    with cues of several kinds in one clause the cue nearest the date wins."""
    if _NEXT_TRY.search(fold(text[max(0, start - 40):start])) or _NO_CAME.search(fold(text[:start])):
        return OTHER  # "prøv igen mandag?": the next try; "fik et afslag i går": the day of the no
    if _SEASON.search(fold(text[start:end])) and "?" in _clause_around(text, start, end, ".!\n"):
        return OTHER  # "kan jeg godt ringe mellem jul og nytår?": a question about the season, no date of the case
    if _WAS_THE_INTERVIEW.match(fold(text[end:end + 60])):
        return INTERVIEW  # "de sagde fredag d. 14... nej vent det var samtalen": taken back at once
    # "de ville vende tilbage, altså i fredags": a clause that restates the one before belongs to it
    cut = _clause_start(text, start)
    cut = _fragment_start(text, cut, start, end)
    # "ingen svar" tells how a follow-up went: no cue for a deadline
    clause = _NO_ANSWER.sub(lambda m: " " * len(m.group(0)), fold(text[cut:_clause_end(text, end)]))
    # "rykket for svar i mandags": the answer asked for is the follow-up's, no deadline
    clause = _ANSWER_ASKED.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), clause)
    anchor = len(fold(text[cut:start]))
    after = anchor + len(fold(text[start:end]))
    nearest = {}
    for topic, cues in ((DEADLINE, _DEADLINE_CUES), (INTERVIEW, _INTERVIEW_CUES), (ATTEMPT, _ATTEMPT_TOPIC),
                        (OTHER, _PROCESS_CUES)):
        distances = [max(m.start() - anchor, anchor - m.end(), 0) + _NEXT_CLAUSE * _joined(clause[after:m.start()])
                     for m in cues.finditer(clause)  # the gap between
                     if topic != ATTEMPT or _users_act(clause, m)]
        if distances:
            nearest[topic] = min(distances)
    if re.search(_LATER_ROUND + "|" + _A_LATER_ROUND, fold(text)):
        earlier = _nearest_gap(_EARLIER_ROUND, clause, anchor)
        later = _nearest_gap(re.compile(_LATER_ROUND + "|" + _A_LATER_ROUND), clause, anchor)
        if earlier is not None and (later is None or earlier < later):
            # the first round: no longer the interview to follow up
            nearest[OTHER] = min(earlier, nearest.pop(INTERVIEW, earlier))
    if not nearest and _COUNT.search(fold(_clause_around(text, start, end, _SENTENCE_ENDS))):
        return ATTEMPT  # "nej, det var kun én gang, i fredags": a count of follow-ups, and the last one's day
    if not nearest and _EMPLOYER_SAID_THEN.search(fold(text[cut:start])):
        return DEADLINE  # "de sagde fredag i sidste uge. jeg ringede så i mandags": the day they named
    return min(nearest, key=nearest.get) if nearest else None


_SEASON = re.compile(r"mellem jul|\bdet nye aar")
_WAS_THE_INTERVIEW = re.compile(r"\W*((nej|vent|hov|ups|undskyld|sorry|oeh|aah)\W+)*(det|den|dét) var (jo |vist )?"
                                r"(samtalen|jobsamtalen|interviewet|da jeg var (til samtale|derude|der))\b")
# Just before a day: the user's next try ("prøv igen mandag?", "ringer igen på fredag"), not one made ...
_NEXT_TRY = re.compile(r"\b(proev|proeve|proever|ringer|ringe|skriver|skrive)( det| dem| hende| ham)? igen"
                       r"( paa| om| naeste| paa naeste)?\s*$")
# ... or the no itself ("fik et afslag i går fra Netto, hvor jeg var til samtale i mandags").
_NO_CAME = re.compile(r"\b(afslag|afslaget|et nej|sagde nej)\s*$")


def _nearest_gap(cue: re.Pattern, clause: str, anchor: int) -> int | None:
    return min((max(m.start() - anchor, anchor - m.end(), 0) for m in cue.finditer(clause)), default=None)


# "samtale … d. 4. januar og har fulgt op tre gange": a cue after "og" or "men" opens the next statement,
# so it tells the date's topic only when nothing before the date does.
_NEXT_CLAUSE = 1000
_CONJUNCTION = re.compile(r"\b(og|men|samt)\b")


def _joined(between: str) -> bool:
    return bool(_CONJUNCTION.search(between))


_ANSWER_ASKED = re.compile(r"\b(rykket|rykkede|bedt|bad|spurgt|spurgte)( \w+)? (for|om|efter) (et )?svar\b")
_A_FEW = r"(\d+|en|et|et par|to|tre|en halv|halvanden)"
_HOURS_AGO = r" (min\w*|minutter|timer?|times?)( tid)? siden\b"
_JUST_NOW = re.compile(r"\b(just )?(got|came) (out|back|home) (of|from) (my|the|an) interview\b|"
                       r"\blige (haft|vaeret til|kommet fra|kommet hjem fra|kommet ud fra|kom hjem fra|kom ud fra) "
                       r"(en |min |til )?(job)?(samtale|interview)|"
                       r"\bkom(mer)? (lige )?(nu )?(hjem |ud )?fra (en |min |til )?(job)?(samtale|interview)|"
                       r"\b(paa vej|i toget|i bussen|i bilen|i metroen|paa cyklen) hjem fra (en |min )?(job)?"
                       r"(samtale|interview)|"
                       r"\b(samtale|interview)\w* (for )?" + _A_FEW + _HOURS_AGO + "|"
                       r"\bfor " + _A_FEW + _HOURS_AGO)


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
_ONE_MORE = re.compile(r"\b(igen|ogsaa|endnu en|en gang til|nu|lige|i dag|idag)\b")


def one_more_said(text: str) -> bool:
    return bool(_ONE_MORE.search(fold(text)))


_ALSO = re.compile(r"\b(ogsaa|oveni|derudover|desuden)\b")
_ANOTHER = re.compile(r"\b(igen|ogsaa|oveni|derudover|desuden|endnu en|en gang til)\b")


def another_said(text: str) -> bool:
    """'jeg ringede faktisk også torsdag': one more, said in words ("lige" and "nu" are no such words)."""
    return bool(_ANOTHER.search(fold(text)))


def last_attempt_after(known_last: str | None, day: str, text: str) -> str:
    """The last follow-up's day once `text` tells of one on `day`: 'så ringede jeg også i onsdags' after a mail
    on Friday adds an earlier one, and Friday stays the last; otherwise (a correction, a new one) `day`."""
    if known_last and _ALSO.search(fold(text)) and not is_correction(text):
        return max(str(known_last)[:10], day)
    return day


# "ok jeg skriver til dem nu", "så ringer jeg lige nu", "nu ringer jeg": the user's own follow-up is about
# to happen. Not yet made, so nothing is recorded; a question ("skal jeg ringe nu?") has no such verb.
_FOLLOWING_UP = r"(ringer|skriver|sender|mailer|smser|sms'er|kontakter|tager fat i)"
_RIGHT_NOW = r"(nu|lige nu|nu her|med det samme|straks)"
_FOLLOWING_UP_NOW = re.compile(
    rf"(^|[.,!:;]\s*|\b(ok|okay|okej|oki|godt|fint|super|perfekt|saa|jamen|jeg))\s*(saa |jeg |lige )*"
    rf"{_FOLLOWING_UP}\b(\s+\S+){{0,4}}?\s+{_RIGHT_NOW}\b(?!\s*\?)|"
    rf"\b(nu|straks) {_FOLLOWING_UP} jeg( til (dem|hende|ham))?\s*([.!]|$)")


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


def interview_ahead(text: str) -> bool:
    """'jeg skal til samtale på torsdag', 'har samtale i morgen kl 9': the interview lies ahead."""
    return bool(_INTERVIEW_AHEAD.search(fold(text)))


# "hvad skal jeg sige, hvis det går på voicemail?", "hvad siger jeg på en voicemail": what might happen,
# not what did
_IF = re.compile(r"\b(hvis|hvad (siger|goer|skriver) (jeg|man)|er det (ok|okay|fint|i orden|for meget) at|"
                 r"(skal|maa|boer|kan) (jeg|man)( godt)? (laegge|efterlade|indtale))\b[^.!?;]*$")


def _unanswered_said(folded: str) -> bool:
    return any(not _IF.search(folded[:m.start()]) for m in _UNANSWERED.finditer(folded))


def attempts_reported(text: str) -> int | None:
    """How many follow-ups the message says the user made ('har ringet to gange' -> 2, 'mailede dem
    for en uge siden' -> 1); None when it reports none ('har ikke hørt noget', 'har ikke ringet')."""
    folded = fold(text)
    if not any(_users_act(folded, m) for m in _ATTEMPT_CUES.finditer(folded)) and not _unanswered_said(folded):
        return None
    # "har ringet tirsdag og mailet torsdag": one follow-up per act named; a message left on the
    # answering machine is part of the call ("ringet i formiddags ... lagde en besked")
    acts = _users_acts(folded)
    if any(m.group(1).startswith("ring") for m in acts):
        acts = [m for m in acts if not _VOICEMAIL_LEFT.fullmatch(m.group(1))]
    counted = _counted_per_kind(folded, acts)
    # "skrev en mail d. 19. oktober og igen d. 27. oktober", "ringet i mandags og i onsdags": one act, days more
    again = len(_AND_AGAIN.findall(folded)) + (len(_AND_ANOTHER_DAY.findall(folded, acts[0].end())) if acts else 0)
    if counted == 1:
        return 1 + again
    if counted is not None:
        return counted
    # a count that is part of an act ("sendt en mail", "sendt 2 mails") counts that act, not all of them
    count = next((c for c in _COUNT.finditer(folded) if not any(a.start() <= c.start() < a.end() for a in acts)),
                 None)
    if count:
        return _COUNTS[count.group(1)]
    inner = [_COUNT.search(a.group(0)) for a in acts]
    return max(1, sum(_COUNTS[c.group(1)] if c else 1 for c in inner)) + again


def answered_with_a_day(text: str, answer_day_at: int | None) -> bool:
    """'har lige ringet, hun sagde de ringer i næste uge': one follow-up, answered with a new day to wait
    for, told after it (`answer_day_at`: where the message dates the employer's answer, or None). Not an
    unanswered attempt; "de sagde sidst på måneden … jeg har ringet én gang" tells the old day first."""
    if answer_day_at is None or attempts_reported(text) != 1:
        return False
    folded = fold(text)
    acts = _users_acts(folded)
    return bool(acts) and acts[0].end() <= len(fold(text[:answer_day_at])) and not _UNANSWERED.search(folded)


def _users_acts(folded: str) -> list[re.Match]:
    return [m for m in _ATTEMPT_CUES.finditer(folded) if _users_act(folded, m)]


# "sendt en mail d. 22. marts og igen d. 1. april": one act said, done twice (a day follows; "og igen ringede
# jeg" names its own act, counted as such)
_AND_AGAIN = re.compile(r"\b(og|,) (saa )?igen (?=(d\.|den|i |for |sidst|paa|\d))")
# "har ringet i mandags og i onsdags": one act said, on two days
_DAY_SAID = r"(i (man|tirs|ons|tors|fre|loer|soen)dags|i gaar|i forgaars|d\. ?\d+\.?(/\d+)?)"  # "d. 23/6"
_AND_ANOTHER_DAY = re.compile(rf"\b{_DAY_SAID} og (ogsaa )?{_DAY_SAID}")


def attempt_channel(text: str) -> str | None:
    """How the last follow-up the message reports went: 'har mailet dem én gang i går' -> email, 'ringede og
    lagde en besked' -> telefon; None when no act names a channel ('har fulgt op to gange')."""
    acts = [m.group(0) for m in _users_acts(fold(text))]
    kinds = [EMAIL if re.search(r"mail|skr|sendt", a) else PHONE if re.search(r"ring|besked|talte", a) else None
             for a in acts]
    return next((k for k in reversed(kinds) if k), None)


def _counted_per_kind(folded: str, acts: list[re.Match]) -> int | None:
    """'ringet to gange og sendt en mail' -> 3: per kind of act (call, mail, other) the count said right
    after it, else one; a count after a general act ('prøvet tre gange') is the total. None when no
    count follows an act."""
    counts = list(_COUNT.finditer(folded))
    per_kind: dict[str, int] = {}
    attached = False
    for act in acts:
        said = next((c for c in counts if 0 <= c.start() - act.end() <= 20), None)
        attached = attached or said is not None
        kind = _act_kind(act.group(1))
        if said is None and kind in per_kind and folded.startswith(" igen", act.end()):
            per_kind[kind] += 1  # "ringet d. 3. februar og ringet igen onsdag": one more of that kind
            continue
        per_kind[kind] = max(per_kind.get(kind, 0), _COUNTS[said.group(1)] if said else 1)
    if not attached:
        return None
    return per_kind["other"] if per_kind.get("other", 0) > 1 else sum(per_kind.values())


def _act_kind(act: str) -> str:
    if act.startswith("ring") or _VOICEMAIL_LEFT.fullmatch(act):
        return "call"
    return "mail" if re.match(r"(skrev|mail|sendt)", act) else "other"


def times_said(text: str) -> int | None:
    """'det var kun én gang' -> 1: a count of follow-ups, as a correction says it."""
    count = _COUNT.search(fold(text))
    return _COUNTS[count.group(1)] if count else None


def rejection_reported(text: str) -> bool:
    """'de har valgt en anden', 'fik et afslag', 'hun lød ret afvisende' (R9)."""
    folded = fold(text)
    return any(_affirmed(folded, m) for m in _REJECTION.finditer(folded))


# A no that has come, told as news ("jeg fik et afslag i fredags"), not asked about ("hvad svarer jeg på et afslag?").
_REJECTION_NEWS = re.compile(r"\b(fik|har faaet|har lige faaet|modtog|har modtaget) (jeg )?(lige )?(et |en )?"
                             r"(afslag|nej)\b|\b(de|han|hun) har (valgt|ansat|fundet) (en )?(anden|andre)\b|"
                             r"\bstillingen er (blevet )?besat\b|\b(gaa|gaar|gik) videre med (en )?(anden|andre)\b|"
                             r"\b(har|havde) (givet|tilbudt) (stillingen|jobbet) til (en )?(anden|andre)\b")


def rejection_told(text: str) -> bool:
    """'hun virkede bare ikke interesseret i mig' inside a request for advice, 'svaret var kort og koldt.
    skal jeg overhovedet ringe?': told, in a sentence of its own, not asked about ('hvad gør jeg, hvis de
    har valgt en anden?', 'lød hun uinteresseret?')."""
    sentences = re.split(r"(?<=[.!?])\s+", (text or "").strip())
    return rejection_news(text) or any(
        rejection_reported(s) and not s.rstrip().endswith("?") and not re.search(r"\bhvis\b", fold(s))
        for s in sentences)


def rejection_news(text: str) -> bool:
    """'jeg fik et afslag i fredags, hvad svarer jeg?': a rejection told, even inside a request."""
    folded = fold(text)
    return not re.search(r"\bhvis\b", folded) and any(_affirmed(folded, m) for m in _REJECTION_NEWS.finditer(folded))


# How a no reached the user: in writing ("fik et afslag på mail", "de skrev at ...") or by phone.
_NEWS_IN_WRITING = re.compile(r"\b(paa|pr\.?|per|via|over) (e-?mail|mail|sms|linkedin)\b|"
                              r"\b(en|et|deres|i) (e-?mail|mail|brev)\b|"
                              r"\b(de|han|hun|hen) (har )?(skrev|skrevet|mailede|mailet)\b|\bmail fra\b")
_NEWS_BY_PHONE = re.compile(r"\b(de|han|hun|hen) (har )?(ringede|ringet)\b|\b(i|over|paa) telefonen\b|\bjeg ringede\b")


def rejection_medium(text: str) -> str | None:
    """EMAIL for a no that came in writing, PHONE for one heard on the phone, None when not said: the
    reply to a no fits the way it came when the user has chosen no channel."""
    folded = fold(text)
    if _NEWS_IN_WRITING.search(folded):
        return EMAIL
    return PHONE if _NEWS_BY_PHONE.search(folded) else None


_JOB_OFFERED = re.compile(r"\b(fik|faaet|har faaet) (jobbet|stillingen|et jobtilbud|tilbudt (jobbet|stillingen)|"
                          r"(elev|laere|praktik|studie)?pladsen|(elev|laere|praktik)plads)\b|"
                          r"\bjeg (er|blev) (blevet )?ansat\b|\b(de )?(har )?tilbudt mig (jobbet|stillingen)\b|"
                          # "JEG FIK DEN!!! starter 1. april": the job, cheered or with its first day
                          r"\b(fik|har faaet) (den|det)\s*!|\b(fik|har faaet) den\b[,!\s]+(jeg )?(starter|begynder)\b")


def job_offered(text: str) -> bool:
    """'jeg fik jobbet', 'de har tilbudt mig stillingen': the application ended well."""
    folded = fold(text)
    return any(_affirmed(folded, m) for m in _JOB_OFFERED.finditer(folded))


def answer_reported(text: str) -> bool:
    """'jeg har fået svar', 'de ringede tilbage', 'jeg har fået elevpladsen': the employer answered."""
    folded = fold(text)
    return any(_affirmed(folded, m) for m in _ANSWER.finditer(folded)) or job_offered(text)


# "de skulle have ringet": what the employer was to do, not the user's attempt.
_EMPLOYER_WAS_TO = re.compile(r"\b(de|han|hun|hen) (skulle|ville) (have )?$")
# A call or mail the employer made: "de har også skrevet til mig", "hun har ringet".
# the employer's side as subject: "skolelederen har lige ringet", "HR skrev", "har chefen ringet"
_EMPLOYER_SUBJECT = (r"(de|han|hun|hen|\w*(lederen|chefen|direktoeren|mesteren|ejeren|kontaktpersonen|sekretaeren|"
                     r"inspektoeren|konsulenten)|rektor|hr|firmaet|virksomheden)")
_EMPLOYER_DID = re.compile(rf"\b(({_EMPLOYER_SUBJECT}|ingen|nogen) (har |havde )?|(har|havde) {_EMPLOYER_SUBJECT} |"
                           r"(jeg )?(blev|er blevet|var blevet) )"  # "blev ringet op d. 15/12": the user was called
                           r"(ogsaa |jo |bare |kun |faktisk |lige |nu )?$")


def last_attempt_said(text: str, start: int, end: int) -> bool:
    """", senest den 11. januar," after the attempts: a clause that is nothing but 'senest/sidst' and the
    date is the last attempt's day, not a deadline."""
    clause = fold(_clause_around(text, start, end)).replace(fold(text[start:end]), " ")
    said = clause.split()
    cut = _clause_start(text, start)
    if _THEY_ANSWER.search(fold(_clause_around(text, max(cut - 1, 0), max(cut - 1, 0)))):
        return False  # "Susanne Bech der giver svar, senest fredag d. 15. januar": the day they answer by
    return attempts_reported(text) is not None and (said[1:] if said[:1] == ["og"] else said) \
        in (["senest"], ["sidst"], ["sidste", "gang"])


_THEY_ANSWER = re.compile(r"\b((giver|give|sender|sende) (os |mig |dig )?(et )?(svar|besked)|svarer|svare|"
                          r"melder tilbage|melde tilbage|vender tilbage|vende tilbage|hoere fra|hoerer fra)\b")


def _users_act(folded: str, match: re.Match) -> bool:
    """A follow-up the user made: affirmed, not the employer's ('de har skrevet til mig'), and after the
    interview ('jeg har skrevet til dem, men det var før samtalen' asked about parking)."""
    return _affirmed(folded, match) and not _EMPLOYER_DID.search(folded[:match.start()]) \
        and not _TO_THE_COACH.match(folded[match.end():].lstrip()) \
        and not _EMPLOYER_AFTER_VERB.match(folded, match.end()) \
        and not _SOMEONE_ELSE_HAS.search(folded[max(0, match.start() - 40):match.start()]) \
        and not _BEFORE_THE_INTERVIEW.search(_clause_around(folded, match.start(), match.end(), _SENTENCE_ENDS)) \
        and not _COUNTS_AS.search(folded[max(0, match.start() - 40):match.start()]) \
        and not (match.group(0).startswith("skr") and (_NOTED_DOWN.match(folded, match.end())
                                                       or _THEIR_DETAILS.match(folded, match.end()))) \
        and not _SUGGESTED.search(folded[max(0, match.start() - 30):match.start()]) \
        and not _CAREER.search(folded[max(0, match.start() - 25):match.start()]) \
        and not _PERSON_FROM_BEFORE.search(folded[max(0, match.start() - 60):match.start()])


# "en headhunter, Nikolaj fra Hays, ringede i december": someone named, from somewhere, did it
_PERSON_FROM_BEFORE = re.compile(r"\b(headhunter|recruiter|rekrutterer|konsulent|chef|leder|sekretaer|hr)\w*,? "
                                 r"[\w-]+( [\w-]+)? fra [\w-]+,?\s*$")


# "Mette har lige skrevet, at …": someone else's act; "nu har ringet" and "og har skrevet" leave out "jeg"
_SOMEONE_ELSE_HAS = re.compile(r"(?:^|[^\w])(?!(?:jeg|vi|og|saa|nu|men|ogsaa|bare|faktisk|allerede|altsaa|derfor|"
                               r"igen|da|lige|nok|vist|endnu|selv|ja|nej|jo|hej|hmm|ok|okay)\b)[a-z]+ (har|havde) "
                               r"(lige |nu |ogsaa |jo |faktisk |bare |endelig )?$")


# "har i mange år skrevet for lokalaviser": a working life, not a follow-up
_CAREER = re.compile(r"\b(i|gennem|i over|i snart) (mange|flere|\d+|\w+) aar\s*$")


# "han foreslog, at jeg skrev til ham, hvis …": what the employer invited, not an act
_SUGGESTED = re.compile(r"\b(foreslog|foreslaaet|opfordrede|bad mig)\b[^.;!?]{0,14}$")


# "jeg har skrevet det ned et sted": a note to self, not a mail to the employer
_NOTED_DOWN = re.compile(r" ((det|den|datoen|dagen|tiden|navnet|nummeret|dem|alt) )?(ned|op)\b")


# "hun skrev sin mail på et visitkort": the contact's address written down, no mail sent
_THEIR_DETAILS = re.compile(r" (sin|sit|sine|hendes|hans|deres) (\w*mail\w*|\w*nummer|\w*adresse|navn|kontakt\w*)\b")


# "tæller det så som at jeg har fulgt op?": asks whether something counts, reports no act
_COUNTS_AS = re.compile(r"\b(taeller|taelle|gaelder|regnes)\b.{0,25}\b(som|for)\b")


# "så ringede de pludselig": the subject after the verb (Danish inversion) is the employer, not the user.
_EMPLOYER_AFTER_VERB = re.compile(r" (de|han|hun|hen)\b(?! gange)")  # not "prøvet HR": whom the user tried


_BEFORE_THE_INTERVIEW = re.compile(r"\b(foer|inden) (selve )?(job)?(samtalen|interviewet)\b")


def _affirmed(folded: str, match: re.Match) -> bool:
    """The user's own act, not negated just before it ('har ikke ringet', 'de skulle have ringet')."""
    before = folded[:match.start()]
    return not _NOT_BEFORE.search(before) and not _EMPLOYER_WAS_TO.search(before)


_RESTATING = re.compile(r"\s*(altsaa|dvs|det vil sige|nemlig)\b")


def _clause_cut(text: str, before: int) -> int:
    """The index of the last clause separator before `before` (-1 when none)."""
    return max(text.rfind(sep, 0, before) for sep in _CLAUSE_ENDS)


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins, taking in the clause before when this one restates it."""
    cut = _clause_cut(text, start)
    while cut > 0 and text[cut] == "," and _RESTATING.match(fold(text[cut + 1:start])):
        cut = _clause_cut(text, cut)
    return cut + 1


# Any date in a clause: a digit, a day or month name, a relative day
_SOME_DATE = re.compile(r"\d|\b(i )?(gaar|dag|morgen|forgaars|mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag|"
                        r"januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
                        r"uge|siden)\w*\b")


def _fragment_start(text: str, cut: int, start: int, end: int) -> int:
    """"jeg kommer lige fra samtale!! kl 10 i dag": a date alone in its clause, after a clause with no date of
    its own, says when that clause happened; it starts there."""
    tail = fold(text[end:_clause_end(text, end)]).strip()
    if cut == 0 or text[cut:start].strip() or (tail and not _SAID_TAG.fullmatch(tail)):
        return cut
    before_end = len(text[:cut].rstrip(_CLAUSE_ENDS + " "))
    before = _clause_start(text, before_end)
    return cut if _SOME_DATE.search(fold(text[before:before_end])) else before


# "…, i løbet af næste uge sagde hun": who said it, after the day (not "d. 6/1 mente jeg": the user's own fix)
_SAID_TAG = re.compile(r"(sagde|skrev|lovede|naevnte) (hun|han|hen|de)( vist| nok| i hvert fald)?")


def _clause_end(text: str, end: int) -> int:
    ends = [i for i in (text.find(sep, end) for sep in _CLAUSE_ENDS) if i != -1]
    return min(ends) if ends else len(text)


def _clause_before(text: str, start: int) -> str:
    return text[_clause_cut(text, start) + 1:start]


_CLAUSE_ENDS = ".,;!?\n"
_SENTENCE_ENDS = ".!?\n"


def _clause_around(text: str, start: int, end: int, separators: str = _CLAUSE_ENDS) -> str:
    """The clause (or with `_SENTENCE_ENDS`, the sentence) that holds text[start:end]."""
    cut_left = max(text.rfind(sep, 0, start) for sep in separators)
    ends = [i for i in (text.find(sep, end) for sep in separators) if i != -1]
    cut_right = min(ends) if ends else len(text)
    return text[cut_left + 1:cut_right]


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
    answered = _NO_DEADLINE_ANSWER.search(folded)
    if answered and _LEADING_NO.fullmatch(answered.group(0)) and channel_preference(text):
        answered = None  # "nej, jeg ringer hellere": the "nej" takes back the channel, it is no date
    return bool(_NO_DEADLINE_SAID.search(folded) or (answered and (asked or _ANSWER_TOPIC.search(folded))))


_LEADING_NO = re.compile(r"\s*(nej|nix|nope|naeh)")
# "nej ved du hvad, jeg kan ikke huske det præcist": the date just given is taken back, not known after all.
_NOT_KNOWN_AFTER_ALL = re.compile(r"\b(kan|kunne) (jeg )?(\w+ )?ikke huske\b|\bhusker (det |jeg )?ikke\b|"
                                  r"\bved (det |jeg )?ikke (helt )?(\w+ )?alligevel\b|\baner (det )?ikke\b|"
                                  r"\bikke (helt )?sikker\b|\bmaaske sagde de ikke\b|"
                                  r"\b(ikke nogen|ingen) (bestemt |konkret |specifik |fast |praecis )?dato\b")


_UNSURE = re.compile(r"^\W*(nej|nix|nope|naeh|ingen anelse)\b|"
                     r"\b(ved|aner) (det |jeg )?" + _SOFTENER + r"(ikke|ik|ikk)\b|"
                     r"\b(kan|kunne) (jeg )?(\w+ )?ikke huske\b|\bhusker (det |jeg )?(\w+ )?ikke\b|"
                     r"\bikke (helt )?sikker\b")


def unsure(text: str) -> bool:
    """'nope', 'ved ik', 'kan ikke huske det': the user does not know (what the coach just asked)."""
    return bool(_UNSURE.search(fold(text)))


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


def parse_channel(text: str) -> str | None:
    """The channel the user chooses: 'ring', 'telefonen' -> telefon; 'mail', 'skrive' -> email.
    What the employer does ('ringer tilbage') and what the user did ('mailede') do not count, nor a
    channel the user rules out ('hader at ringe', 'hellere mail end at ringe'); None when unclear."""
    chosen = {channel for channel, _ in _channel_words(fold(text)) if channel}
    return chosen.pop() if len(chosen) == 1 else None


_BARE_CHANNEL = re.compile(r"^\W*(ja,? )?(saa )?(jeg )?(vil )?(gerne )?"
                           r"(ringe|ringer|ring|telefon\w*|phone|opkald|mail\w*|e-?mail\w*|"
                           r"(skrive|skriver|skriv|sende|sender)( dem| hende| ham)?( en)?( e-?mail| mail)?)"
                           r"( igen| vel| nok| tak| bare| helst| hellere| da| faktisk| selv| nu|"
                           r" denne gang| i stedet| istedet| taenker jeg| tror jeg| synes jeg)*\W*$")


def opens_with_a_channel(text: str) -> bool:
    """'Mail, det er sådan vi har skrevet hele vejen': the first clause is nothing but a channel, the answer
    to 'ringe eller mail?' (with a reason after it), not a request about a mail."""
    first = re.split(r"[.,;!?\n]+", fold(text).strip(), maxsplit=1)[0]
    return bool(first.strip()) and _BARE_CHANNEL.match(first) is not None


def channel_preference(text: str) -> str | None:
    """A channel the user says they want, unasked: 'jeg ringer hellere selv', 'vil skrive en mail', or a
    clause that is nothing but a channel ('ringe. hun hedder noget med M')."""
    folded = fold(text)
    folded = folded[change_of_mind_at(folded):]
    for clause in re.split(r"[.,;!?\n]+", folded):
        if _BARE_CHANNEL.match(clause) and clause.strip():
            return parse_channel(clause)
    decided = _THEN_I_DO.search(folded)  # "ok så ringer jeg", "så skriver jeg bare"
    if decided:
        return PHONE if decided["act"] == "ringer" else EMAIL
    kept_on = _KEEPS_ON.search(folded)
    if kept_on:
        return PHONE if kept_on["act"].startswith("ring") else EMAIL
    preferred = {channel for channel, cued in _channel_words(folded) if channel and cued}
    if len(preferred) > 1:  # "vil helst skrive en e-mail, da jeg hører dårligt i telefonen": the why is no choice
        preferred = {channel for channel, cued in _channel_words(_REASON.sub(" ", folded)) if channel and cued}
    return preferred.pop() if len(preferred) == 1 else None


# "jeg tænker at ringe til dem bagefter, er det en god ide?": a plan told, then a question about it
_INTENDED = re.compile(r"\bjeg (?:taenker|vil|har taenkt mig|regner med|planlaegger) (?:at |paa at )?"
                       r"(?:(?:bare|nok|gerne|hellere|selv) )?(?P<act>ringe|skrive|maile|sende en mail)\b")


def channel_intended(text: str) -> str | None:
    """The channel of a plan the user tells while asking about it, or None."""
    found = _INTENDED.search(fold(text))
    return None if found is None else PHONE if found["act"] == "ringe" else EMAIL


# "ok så ringer jeg": a decision in the inverted order after "så" (not a question: "så ringer jeg for tidligt?")
# ... and "ham ringer jeg til" (whom, first), not "dem ringer jeg ikke til"
_THEN_I_DO = re.compile(r"\b(saa|bagefter|derefter|efterfoelgende|ham|hende|dem|hen) (?P<act>ringer|skriver|mailer) "
                        r"jeg\b(?! ikke| aldrig)(?![^.!?\n]*\?)")
# ", da jeg hører dårligt i telefonen", ", fordi mails drukner": why, after the choice
_REASON = re.compile(r"(,\s*|\s)(da|fordi|eftersom)\s[^.;!?]*")
# "jeg har indtil nu ringet, og det vil jeg helst blive ved med": the way so far, kept
_KEEPS_ON = re.compile(r"\b(har|har indtil nu|har hidtil|har altid) (?P<act>ringet|skrevet|mailet)\b[^.;!?]{0,30}"
                       r"\b(blive ved( med)?|fortsaette( med)?|holde fast i|goere det igen|goer det igen)\b")


def channel_left(text: str) -> str | None:
    """Of the two channels, the one the message leaves when it rules the other out ('jeg er lidt genert i
    telefonen' -> email); not 'jeg har ikke ringet endnu', what was done rather than what is wanted."""
    ruled_out = ruled_out_channels(text)
    return ({PHONE, EMAIL} - ruled_out).pop() if len(ruled_out) == 1 and attempts_reported(text) is None else None


def change_of_mind_at(folded: str) -> int:
    """Where the user's last change of mind about the channel begins: the last turn after which a
    channel is chosen (0 when there is none; "mail, nej ikke ringe" keeps the mail)."""
    turns = [m.end() for m in _CHANGE_OF_MIND.finditer(folded)
             if any(channel for channel, _ in _words_for_channels(folded[m.end():]))]
    return turns[-1] if turns else 0


def _channel_words(folded: str) -> list[tuple[str | None, bool]]:
    """(channel or None when ruled out, whether a first-person or preference cue goes with it)."""
    return _words_for_channels(folded[change_of_mind_at(folded):])


def _words_for_channels(folded: str) -> list[tuple[str | None, bool]]:
    folded = _NOT_A_CHOICE.sub(" ", folded)
    found = []
    for channel, pattern in ((PHONE, _PHONE), (EMAIL, _EMAIL)):
        for m in pattern.finditer(folded):
            before = folded[max(0, m.start() - 40):m.start()]
            asking = _ASKING.search(before) is not None  # "kan jeg ikke ringe?" wants to call
            cued = asking or _PREFERENCE.search(before) is not None \
                or _PREFERRED_AFTER.search(folded[m.end():]) is not None
            found.append((None if _is_ruled_out(folded, m) else channel, cued))
    return found


def _is_ruled_out(folded: str, word: re.Match) -> bool:
    """'hader at ringe', 'ikke så fortrolig med e-mail', 'mails drukner bare': the channel is not wanted."""
    before = folded[max(0, word.start() - 40):word.start()]
    return (_RULED_OUT.search(before) is not None and _ASKING.search(before) is None) \
        or _RULED_OUT_AFTER.match(folded[word.end():word.end() + 40]) is not None


def ruled_out_channels(text: str) -> set[str]:
    """The channels a message rules out ('jeg får aldrig fat i hende i telefonen' -> telefon)."""
    folded = _NOT_A_CHOICE.sub(" ", fold(text))
    return {channel for channel, pattern in ((PHONE, _PHONE), (EMAIL, _EMAIL))
            for m in pattern.finditer(folded) if _is_ruled_out(folded, m)}


_CORRECTION = re.compile(r"^\s*((aah|ah|argh|arh|oeh|oej|hmm+|naa)\W+)?"  # "åh vent, …"
                         r"(nej|ret|rettelse|jeg mente|jeg mener|undskyld|forkert|det var ikke|ikke|ups|hov|vent|"
                         r"oops|sorry|sorri|beklager|my bad)\b|"
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
_NAME_LEAD = re.compile(
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


# Where a role said in a sentence ends: the employer, a date, the next clause.
_ROLE_END = re.compile(
    r"(?<!-)\s+(?:hos|ved|i|paa|på|til|og|men|inden for|indenfor|for|fordi|med|der|som|d\.|d(?=\s*\d|$)|den|det|"
    r"sidste|forrige|kl\.?|klokken|via|over(?= (?:zoom|teams|skype|video|telefon|nettet|facetime|meet)\b)|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|loerdag|søndag|soendag|inde|ude|oppe|nede|igaar|i går|forleden|"
    r"hvad|hvornår|hvornaar|hvordan|hvorfor|at(?=\s+(?-i:[A-ZÆØÅ])))\b.*$|"  # English "at Maersk"
    r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF].*$",  # "som kontorvikar 😬 hvad gør jeg bagefter"
    re.IGNORECASE)
# "stilling som X", "job som X", "samtale … som X", "søgt … som X": the role after a job word.
_ROLE_CUE = re.compile(
    r"\b(?:stilling\w*|job\w*|\w*samtale\w*|\w*interview\w*|søgt\w*|soegt\w*|sogt\w*|søgte|soegte|"
    r"ansøg\w*|ansoeg\w*|arbejde)\b(?:(?!\.\s+(?-i:[A-ZÆØÅ]))[^;!?]){0,80}?\bsom\s+(?P<role>[^,.;!?()]+)",
    re.IGNORECASE)
# "som toemrer", "det var som kok": a message that is nothing but "som" and a title names the role, asked or not
_ROLE_AS_ALONE = re.compile(r"^\W*(?:det (?:var|er) )?som (?P<role>[\w-]+(?: [\w-]+){0,2}?)"
                            # "som kontorelev i et revisionsfirma", "som kok hos Café Norden"; not "i udskolingen"
                            r"(?:\s+(?:(?:i|på|paa)\s+(?:et|en)|hos|ved)\s+[^,.;!?]+)?\W*$", re.IGNORECASE)
# "stillingen hedder projektkoordinator": the title by name, before any "som" later in the message.
_ROLE_NAMED = re.compile(r"\b(?:(?:stillingen|jobbet|titlen|stillingsbetegnelsen) (?:hedder|hed|heder)\s+|"
                         # "stilling: butikschef"
                         # (not "position: financial controller at Maersk": the English answer's own path)
                         r"(?:stilling|stillingen|job|jobbet|titel|titlen|rolle)\s*:\s*)"
                         r"(?:faktisk |egentlig |altså |altsaa )?"
                         r"(?P<role>[^,.;!?()]+)", re.IGNORECASE)
# "Stillingen er kontorassistent." names it too, but "stillingen er besat/spændende" does not: a title only.
# "Job er rengøringsassistent." too, not "mit nuværende job er lagermedarbejder" (the job one has).
_ROLE_IS = re.compile(r"\b(?:stillingen|jobbet|titlen|(?<!mit )(?<!nuværende )(?<!nuvaerende )(?<!gamle )"
                      r"(?<!tidligere )(?:stilling|job|titel)) (?:er|var)\s+(?:faktisk |egentlig )?"
                      r"(?P<role>[^,.;!?()]+)",
                      re.IGNORECASE)
# "samtale i går til junior developer hos …": the role after "til", once the interview is named.
_ROLE_AFTER_TIL = re.compile(
    r"\b(?:samtale|jobsamtale|interview)\w*\b(?:[^,.;!?]|\.(?!\s+[A-ZÆØÅ])){0,40}?\btil (?:en |et )?"
    r"(?P<role>[^,.;!?()]+)",
    re.IGNORECASE)
# "tjenerjobbet", "kok-stillingen": a title and the job word in one
_TITLED_COMPOUND = re.compile(r"^(?P<title>[a-zæøå][\w-]*?)-?(?:jobbet|stillingen)$", re.IGNORECASE)
# A job word that is no part of the title: "en junior developer stilling".
_JOB_WORD_AFTER = re.compile(r"\s+(?:stilling|stillingen|job|jobbet|position|positionen)$", re.IGNORECASE)
# "som om hun var ligeglad", "som sagt", "som jeg skrev": "som" that introduces no title.
_NOT_A_ROLE_START = re.compile(r"^(?:samtale|jobsamtale|interview|dem|jer|mig|at|den|det|\d|"
                               # "inviteret til anden samtale tirsdag": a round, no title
                               r"(?:anden|andet|2\.|tredje|3\.|første|foerste|næste|naeste|sidste|ny|nyt|endnu en) "
                               r"(?:samtale|jobsamtale|runde|samtalerunde|interview)|"
                               r"(?:om|sagt|regel|altid|nævnt|naevnt|aftalt|forventet|jeg|de|vi|han|hun|du|"
                               # "samtale som var d. 12.", "et firma som hedder Elite Miljø"
                               r"var|er|blev|bliver|skulle|skal|har|havde|d|hedder|hed|heder|ligger)\b)",
                               re.IGNORECASE)
_COMPANY_WORD = r"[\w&'-]*(?:\.[\w&'-]+)*"  # a dot inside a word ("Bank.dk"), never a sentence's full stop
# "Chr. Hansen", "Dr. Oetker": a short capitalised abbreviation with its full stop starts a name.
_INITIAL = r"(?:Chr|Dr|St|Sct|Skt|Fr|Kbh|Int|Brdr|[A-ZÆØÅ])\.\s+"
_CAPITALISED_NAME = re.compile(rf"(?:{_INITIAL})?[A-ZÆØÅ0-9]{_COMPANY_WORD}"
                               # "K. Lund & Co.", "Malerfirmaet P. Olsen", "Smedefirmaet Brdr. Lauritsen": initials,
                               # and the dot of "& Co."; "Boligforeningen 3B"
                               rf"(?:\s+(?:d'|&\s+|og\s+(?=(?:Søn|Sønner|Datter|Døtre)\b))?"  # "Jensen og Søn"
                               rf"(?:[AIKP]/S\b|(?:{_INITIAL})?[A-ZÆØÅ]{_COMPANY_WORD}|\d+[A-ZÆØÅ]\w*)){{0,3}}"  # "A/S"
                               rf"(?:(?<=&\sCo)\.(?=\s+[a-zæøå]|\s*$))?")
_EMPLOYER_PREPOSITION = re.compile(r"\b(?P<prep>hos|ved|i|på|paa)\s+", re.IGNORECASE)
# In a bare answer to "which role?" also English "at" ("financial controller at Maersk"); in a Danish
# sentence "at" is the infinitive ("håber at Mette ringer").
_ROLE_ANSWER_PREPOSITION = re.compile(r"\b(?P<prep>hos|ved|i|på|paa|at)\s+", re.IGNORECASE)
# Just before "i"/"på", what makes the next capitalised name a workplace: the job or the role.
_WORKPLACE_CONTEXT = re.compile(
    r"(?:samtale\w*|interview\w*|job\w*|stilling\w*(?: [\w-]+)?|arbejde\w*|frivillig\w*|"
    r"\bsom [\w-]+(?: (?:og )?[\w-]+)?)"
    r"(?:\s+(?:var|er))?(?:\s+(?:i går|i gaar|i dag|i forgårs|i morges|i \w+dags|d\.? ?[\d/.]+(?: [a-z]+)?|"
    r"den \d+\.?(?: [a-z]+)?|"
    r"[\d/.-]+))?\s*$",  # "samtale i går på …", "samtalen var 31/11 på AUH"
    re.IGNORECASE)
# Day words a capital may start ("I Går", "på Mandag"): never an employer.
_DAY_WORD = re.compile(r"^(?:går|gaar|morgen|dag|aften|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|loerdag|"
                       r"søndag|soendag|januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                       r"november|december|uge|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b", re.IGNORECASE)


# "for a barista job", "for en junior developer stilling": the title before a job word
# "til en head of sales rolle" (AJ037); not "en ny stilling", "en spændende stilling"
_ROLE_FOR = re.compile(r"\b(?:for|til) (?:a|an|en|et) "
                       r"(?!(?:[\w-]+ )*(?:ny|nyt|nye|anden|andet|spændende|spaendende|god|"
                       r"godt|fast|midlertidig|helt|rigtig|lignende|new|great|good)\b)"
                       r"(?P<role>[\w-]+(?: [\w-]+){0,2}) (?:job|position|role|rolle|stilling)\b", re.IGNORECASE)


# "ringet 3 gange ang tjenerjobbet": the title inside a compound with the job word
_ROLE_COMPOUND = re.compile(r"\b(?:ang\.?|angående|angaaende|vedr\.?|vedrørende|vedroerende|om|til|for)\s+"
                            r"(?:det\s+|den\s+)?(?P<role>[a-zæøå][\w-]+?)-?(?:jobbet|stillingen)\b", re.IGNORECASE)


# "samtale om en elevplads", "samtale ang et studiejob": a kind of place named instead of a title
_KIND_OF_PLACE = (r"[\w-]*(?:elevplads|læreplads|laereplads|praktikplads|praktik|studiejob|fritidsjob|sommerjob|"
                  r"sæsonjob|saesonjob|flexjob|vikariat|studentermedhjælp|studentermedhjaelp)")
# Words that end an opening without being a title: "samtale i går, tak", "…, hjælp", "…, ringe".
_NOT_A_LONE_TITLE = frozenset("tak hej hjælp hjaelp help please plz igen ellers vel nok altså altsaa ok okay "
                              "øv oev puha suk haha lol argh vent øjeblik oejeblik sekund moment brb undskyld "
                              "sorry".split())


def _lone_title(word: str) -> bool:
    """'barista' alone after the interview's day: a title unless a filler, a day or a channel word."""
    word = word.strip().lower()
    return " " not in word and len(word) >= 3 and word not in _NOT_A_LONE_TITLE \
        and word not in _NOT_TITLE_WORDS and not _DAY_WORD.match(word) and parse_channel(word) is None


# "hej samtale torsdag d. 18. marts, smed": a title alone in the last clause after the interview
_ROLE_LAST_CLAUSE = re.compile(r"(?i:\b(?:samtale|interview|jobsamtale)\w*)\b(?:[^,.!?]|(?<=\bd)\.|(?<=\d)\.)*,\s*"
                               r"(?:som\s+)?"
                               r"(?P<role>[a-zæøå][\w-]+(?: [a-zæøå][\w-]+)?)\s*[.!]*\s*$")
_ROLE_KIND_OF_PLACE = re.compile(
    r"\b(?:samtale|jobsamtale|interview)\w*(?:\s+[\w.]+){0,3}?\s+(?:om|ang\.?|angående|angaaende|vedr\.?|"
    rf"vedrørende|til)\s+(?:en|et)\s+(?P<role>{_KIND_OF_PLACE})\b", re.IGNORECASE)


def kind_of_place(role: str | None) -> bool:
    """'elevplads', 'studiejob': a role that only says what kind of place; a title said later is the one meant."""
    return bool(role and re.fullmatch(_KIND_OF_PLACE, role, re.IGNORECASE))


def role_said(text: str) -> str | None:
    """The role named in a sentence: 'var til samtale i tirsdags som kontorchef hos Novo' -> 'kontorchef'."""
    for cue in (_ROLE_NAMED, _ROLE_IS, _ROLE_CUE, _ROLE_AFTER_TIL, _ROLE_FOR, _ROLE_COMPOUND, _ROLE_AS_ALONE,
                _ROLE_KIND_OF_PLACE, _ROLE_LAST_CLAUSE):
        match = cue.search(text or "")
        if match is None:
            continue
        if cue is _ROLE_IS and not _TITLE_ENDING.search(_ROLE_END.sub("", " " + match["role"]).strip()):
            continue  # "stillingen er besat"; "job er rengøringsassistent på hotel" is a title
        if cue is _ROLE_COMPOUND and not _TITLE_ENDING.search(match["role"]):
            continue  # "om lagerjobbet": no title inside
        if cue is _ROLE_LAST_CLAUSE and not (_TITLE_ENDING.search(match["role"]) or _lone_title(match["role"])):
            continue  # "samtale i går, tak"
        said = _QUALIFIED_TITLE.sub("", match["role"].strip())  # "som vikar som kontorassistent"
        role = _JOB_WORD_AFTER.sub("", _ROLE_END.sub("", " " + said).strip())
        titled = _TITLED_COMPOUND.match(role)
        role = titled["title"] if titled and _TITLE_ENDING.search(titled["title"]) else role
        if 0 < len(role.split()) <= 5 and not _NOT_A_ROLE_START.match(role) and not _DAY_WORD.match(role):
            return clean_role(role)
    return title_at_employer(text)


# ", personalekonsulent i Danske Bank": a clause that is a title and a named employer, nothing else.
_TITLE_AT = re.compile(r"^\s*(?P<role>[a-zæøåA-ZÆØÅ][\w-]*(?: (?:og )?[a-zæøå][\w-]*){0,2})\s+"
                       r"(?P<prep>i|hos|ved|på|paa)\s+(?P<rest>.+)$")
_TITLE_LEAD = re.compile(r"^\s*(?:(?:det|jobbet|stillingen) (?:er|var) )?(?:som )?", re.IGNORECASE)
_NOT_TITLE_WORDS = frozenset(
    "jeg du de vi han hun det den var er har havde samtale samtalen jobsamtale interview til med og men i på "
    "hos ved som en et min mit der her nu så da for om fra af går morgen dag igen".split())


# How titles end: a capitalised first word is a title only with one of these ("Administrativ medarbejder
# hos Region Hovedstaden"), else it may be a name ("Mette hos Netto sagde fredag").
_TITLE_ENDING = re.compile(
    r"(medarbejder|assistent|konsulent|chef|leder|elev|lærling|laerling|ingeniør|ingenioer|plejerske|pædagog|"
    r"paedagog|hjælper|hjaelper|montør|montoer|tekniker|udvikler|arbejder|sælger|saelger|ekspedient|chauffør|"
    r"chauffoer|vikar|direktør|koordinator|specialist|analytiker|rådgiver|raadgiver|underviser|lærer|laerer|"
    r"tjener|kok|frisør|receptionist|bogholder|revisor|jurist|økonom|designer|developer|manager|programmør|"
    r"smed|bager|maler|murer|tømrer|toemrer|snedker|elektriker|mekaniker|gartner|slagter)$",
    re.IGNORECASE)


def looks_like_a_title(text: str) -> bool:
    """'sosu hjælper', 'tjener': a few words and no question."""
    return 0 < len(text.split()) <= 4 and "?" not in text


def bare_title(text: str) -> str | None:
    """'tandlaegeassistent', 'social- og sundhedshjælper': a message that is only a job title (a few
    words, the last one ending as titles do), said without being asked."""
    words = (text or "").strip().rstrip(".!").split()
    if not looks_like_a_title(text or "") or not _TITLE_ENDING.search(words[-1]) \
            or any(w.lower() in _NOT_TITLE_WORDS - {"og"} for w in words):
        return None  # "jeg er kok" is a sentence; the form's answer reading handles it
    return clean_role(" ".join(words))


_PLACE_AFTER = re.compile(r"^\s*(i|ude i|inde i|oppe i|nede i|paa|ved|ude ved|hos|i deres|i afdelingen)\b")


def title_then_place(text: str) -> str | None:
    """'lagermedarbejder, i deres afdeling ude i Roskilde': a bare title, then where the job is."""
    head, comma, tail = (text or "").partition(",")
    return bare_title(head) if comma and _PLACE_AFTER.match(fold(tail)) else None


_ABOUT_THE_JOB = re.compile(r"\b(som|hos|stilling\w*|job\w*)\s+\w", re.IGNORECASE)
_LAST_TIME = re.compile(r"\b(" + _NTH_ATTEMPT + r")")


def about_the_job(text: str) -> bool:
    """'torsdag d. 5. som chauffør hos …': the message speaks of the job."""
    return bool(_ABOUT_THE_JOB.search(text or ""))


_IN_ORDER = re.compile(r"\b(foerste|anden|tredje) (gang|mail|opkald|besked|forsoeg)\b|\bden (anden|tredje)\b")


def recounts_attempts(text: str) -> bool:
    """'den første mail sendte jeg d. 7/12 og den anden i torsdags': the follow-ups told one by one, in
    order: their days, not one more."""
    return _IN_ORDER.search(fold(text or "")) is not None


def speaks_of_last_time(text: str) -> bool:
    """'sidste gang var i tirsdags', 'sidst jeg ringede …': a day of the last follow-up is given."""
    return bool(_LAST_TIME.search(fold(text or "")))


def title_at_employer(text: str) -> str | None:
    """'samtale d. 10. marts, personalekonsulent i Danske Bank' -> 'personalekonsulent'."""
    for clause in re.split(r"[,.;!?\n]+", text or ""):
        match = _TITLE_AT.match(_TITLE_LEAD.sub("", clause))  # "det er som account manager hos TDC Erhverv"
        if match is None or any(w in _NOT_TITLE_WORDS for w in match["role"].lower().split()) \
                or _DAY_WORD.match(match["role"]):
            continue  # "samtale d. 11. dec hos ISS": a month
        if match["role"][0].isupper() and not _TITLE_ENDING.search(match["role"]):
            continue
        if employer_after(match["prep"], match["rest"]) is not None or _employer_after_department(match["rest"]) \
                or (_A_WORKPLACE.match(match["rest"]) and _TITLE_ENDING.search(match["role"])):  # "… i en vuggestue"
            return clean_role(match["role"])
    return None


# "HR hos Novo Nordisk", "økonomiafdelingen i Region Syd": a department, then its employer
_DEPARTMENT_THEN = re.compile(r"^(?P<department>\S+)\s+(?P<prep>hos|ved|i|på|paa)\s+(?P<rest>.+)$")


def _employer_after_department(tail: str) -> bool:
    found = _DEPARTMENT_THEN.match(tail)
    return found is not None and (found["department"] in _DEPARTMENTS or
                                  re.search(r"afdeling(en)?$", found["department"], re.IGNORECASE) is not None) \
        and employer_after(found["prep"], found["rest"]) is not None


_FIRM = r"(?:firma|firmaet|virksomhed|virksomheden|arbejdsplads|arbejdspladsen)"
_FIRM_CALLED = re.compile(rf"\b(?:\w*(?:{_FIRM}|butik|butikken|sted|stedet)\w* (?:som|der) hedder\s+|"  # "byggefirma"
                          # "Firma er ISS.", "arbejdspladsen: Netto": the employer named plainly, with a capital
                          rf"{_FIRM} (?:hedder|er|var)\s+(?=(?-i:[A-ZÆØÅ0-9]))|{_FIRM}:\s*)"
                          r"(?P<name>\S.*)", re.IGNORECASE)


# A department named before its organisation: the organisation is the employer.
_DEPARTMENT_OF = re.compile(r"\b(?P<prep>ved|på|paa|hos|i) (?:Institut|Institutet|Afdeling|Afdelingen|Center|Centret|"
                            r"Sektion|Sektionen|Fakultet|Fakultetet)\w* for [^,.;!?]{1,40}, (?=[A-ZÆØÅ])")


def company_said(text: str) -> str | None:
    """The employer in a sentence: after 'hos'/'ved' ('hos Aarhus Kommune'), after 'i'/'på' next to the
    job or the role ('som lærer på Rosenlundskolen'), a known one in any case ('i netto'), or named
    ('en firma som hedder DSV')."""
    text = _DEPARTMENT_OF.sub(r"\g<prep> ", text or "")  # "ved Institut for Statskundskab, Københavns Universitet"
    called = _FIRM_CALLED.search(text)
    if called:
        named = employer_after("hos", called["name"])
        if named:
            return named
    found = []
    for match in _EMPLOYER_PREPOSITION.finditer(text):
        before = text[:match.start()]
        context = _WORKPLACE_CONTEXT.search(before) is not None or _TITLE_JUST_BEFORE.search(before) is not None \
            or not before.strip()  # "paa cafe noa i odense" as a whole answer: where the job is
        employer = employer_after(match["prep"], text[match.end():], named_as_workplace=context)
        if employer and employer.split()[0] not in _JOB_SITES:  # "på Facebook så jeg opslaget"
            found.append((_employer_rank(text, match), -match.start(), employer))
    if found:
        return _mended_at_once(text, max(found)[2])
    described = _DESCRIBED_THEN_NAMED.search(text)
    if described:
        return employer_after("hos", described["name"] or described["named"])
    person_from = _PERSON_FROM.search(text)  # "køkkenchef Mikkel Dahl fra Café Norden"
    if person_from:
        employer = employer_after("hos", text[person_from.end():])
        if employer and employer.split()[0] not in _JOB_SITES:
            return employer
    agency = _THROUGH_AGENCY.search(text)  # "samtale gennem Adecco", "en recruiter fra Hays"
    if agency:
        employer = employer_after("hos", text[agency.end():])
        if employer and employer.split()[0] not in _JOB_SITES:
            return employer
    for match in _CONTACTED.finditer(text):  # "ringet 3 gange til Arriva": a known employer only, not "til Mette"
        tail = text[match.end():]
        known = employer_at(tail) or public_employer_at(tail)
        if known:
            return known
    return _known_employer_ending_the_interview(text) or _only_a_known_employer(text)


# "samtale d 15/6 espresso house": the interview's clause ends with a known employer, said without "hos"
_INTERVIEW_CLAUSE_END = re.compile(r"\b(?:samtale|jobsamtale|interview)\w*\b[^,.!?]*?\s(?P<last>(?:\S+\s+){0,2}\S+)"
                                   r"\s*(?:[,.!?]|$)", re.IGNORECASE)


def _all_a_known_employer(words: str) -> str | None:
    """'espresso house' -> 'Espresso House': the words are a known employer and nothing more."""
    known = employer_at(words)
    return known if known and fold(known) == fold(words) else None


def _only_a_known_employer(text: str) -> str | None:
    """'bravida' as the whole message (the answer to another question): the employer."""
    return _all_a_known_employer(text.strip().rstrip(".!"))


def _known_employer_ending_the_interview(text: str) -> str | None:
    clause = _INTERVIEW_CLAUSE_END.search(text)
    words = clause["last"].split() if clause else []
    return next(filter(None, (_all_a_known_employer(" ".join(words[start:])) for start in range(len(words)))), None)


# "hos Ramboll.. Rambøll mener jeg", "hos Netto, Nettoo*": the employer spelt again right after it
_MENDED_AFTER = re.compile(r"\s*(?:\.\.+|…|,|-+|\s)\s*(?:nej |undskyld |sorry |altså |altsaa )?(?P<fix>[A-ZÆØÅ][\w&-]+)"
                           r"\s*(?:\*|\b(?:mener|mente) jeg\s*(?:[.,;!]|$)|\bstavefejl\b)")


def _mended_at_once(text: str, employer: str) -> str:
    """The employer as the user says it again right after the slip: 'Ramboll.. Rambøll mener jeg' -> 'Rambøll',
    'Netto, Føtex mener jeg' -> 'Føtex'."""
    at = text.find(employer)
    mended = _MENDED_AFTER.match(text, at + len(employer)) if at >= 0 else None
    if mended is None:
        return employer
    return respelled(employer, mended["fix"]) or employer_after("hos", mended["fix"]) or employer


# "sorry det var ikke ISS, det var Elite Miljø", "ikke hos ISS men hos Elite Miljø": a denied employer, then the
# right one
_NOT_THIS_BUT = re.compile(r"\bikke\s+(?:hos\s+|ved\s+|i\s+|på\s+)?(?P<denied>[^,;.]+?)\s*[,;.]?\s+"
                           r"(?:men|det var|det er|men det var)\s+(?:(?:hos|ved|i|på)\s+)?(?P<tail>.+)", re.IGNORECASE)


def company_corrected(text: str, known: str | None) -> str | None:
    """The employer the user names instead of `known`, the one said before: 'det var ikke ISS, det var Elite
    Miljø' -> 'Elite Miljø'; None when the message denies no employer we hold."""
    denied = _NOT_THIS_BUT.search(text or "")
    if not (denied and known) or not fold(denied["denied"]).startswith(fold(known)):
        return None
    tail = denied["tail"]
    named = tail[:1].isupper() or employer_at(tail) or public_employer_at(tail)
    return employer_after("hos", tail) if named and not _DAY_WORD.match(tail) else None  # not "det var i tirsdags"


# A workplace described, then named in brackets: "hos et advokatfirma i Aalborg (Nielsen & Partnere)"
# or after a comma: "hos et lille firma i Vejle, Jørgensen Murerforretning"
_DESCRIBED_THEN_NAMED = re.compile(r"\b(?:hos|ved|i|på|paa) (?:et|en) (?:[\w-]+ )?[\w-]+(?: (?:i|på) [\w-]+)?\s*"
                                   r"(?:\((?P<name>[A-ZÆØÅ][^()]{1,40})\)|,\s+(?!(?:Jeg|Det|De|Den|Han|Hun|Men|Og|"
                                   r"Så|Vi|Der)\b)(?P<named>[A-ZÆØÅ][^,.;!?()]{1,40}))")
_APPLIED_FOR = re.compile(r"\b(samtale|interview|stilling|job)")
# The staffing agency the user went through, when no employer is named: after "gennem"/"via" the
# interview or the job, after "fra"/"hos" a recruiter ("en recruiter fra Hays").
_THROUGH_AGENCY = re.compile(r"\b(?:(?:samtale|interview|job|stilling|vikariat)\w*\s+(?:gennem|igennem|via)|"
                             r"(?:recruiter|rekruttering|rekrutter|konsulent|headhunter|vikarbureau)\w*\s+(?:fra|i))\s+",
                             re.IGNORECASE)
# A person and where they are from: the employer, unless a department ("Mette fra HR") or a town
_PERSON_FROM = re.compile(r"\b(?-i:[A-ZÆØÅ][a-zæøåéü]+(?: [A-ZÆØÅ][a-zæøåéü]+){0,2}) fra\s+(?=[A-ZÆØÅ])")
# where the ad was seen, not the employer (meeting tools: employer_after)
_JOB_SITES = frozenset("Jobnet Jobindex LinkedIn Linkedin Indeed Ofir Facebook Instagram TikTok".split())
# "receptionist på Scandic": a title just before "i"/"på" makes the capitalised name after it the workplace
# "som tjener på Bølgen", and in telegraph style "tjener. på Bølgen."
_TITLE_JUST_BEFORE = re.compile(_TITLE_ENDING.pattern.removesuffix("$") + r"\.?\s*$", re.IGNORECASE)


def _employer_rank(text: str, match: re.Match) -> tuple[bool, bool, bool]:
    """Which of several employers is the one applied to: not one the user works or worked at ("været ansat
    hos Jysk i 6 år, men nu har jeg søgt … hos IKEA"), one in the sentence about the interview or the job
    ("efter 25 år på Grundfos … samtale på Rosenhøj Skole"), then one after "hos"/"ved" rather than a
    department after "i" ("sekretær i Teknik- og Miljøforvaltningen hos Vejle Kommune")."""
    sentence = fold(_clause_around(text, match.start(), match.end(), _SENTENCE_ENDS))
    worked_there = _WORKED_AT.search(fold(text[:match.end()])) is not None
    return not worked_there, bool(_APPLIED_FOR.search(sentence)), match["prep"].lower() in ("hos", "ved")


# Where the user works or worked: "ansat hos", "har været 18 år ved Falck", "jeg er 27 og junior udvikler hos
# Bankdata", "Jeg er projektleder hos COWI nu"; not "har været til samtale hos", "har været hos Netto".
_NOT_A_JOB_WORD = r"(?!(?:til|samtale\w*|interview\w*|inde|ude|oppe|forbi|blevet|kaldt|gang|gange|der|lige)\b)\w+"
_WORKED_AT = re.compile(rf"(\b(ansat|arbejdet|arbejder|arbejdede|job)|"
                        rf"\b(har|havde) vaeret( {_NOT_A_JOB_WORD}){{1,3}}|"
                        rf"(^|[.,!;:]\s*)jeg er( nu)?( \d+( aar)? og)?( {_NOT_A_JOB_WORD}){{1,2}})"
                        rf"\s+(hos|ved|paa|i)\s+$")


_CONTACTED = re.compile(r"\b(?:ringet|ringede|ringer|ringe|skrevet|skrev|skriver|skrive|mailet|mailede|sendt"
                        r"(?: \w+)? (?:mail|e-mail|besked)\w*)(?: \w+ gange?)? til\s+", re.IGNORECASE)


def employer_after(preposition: str, tail: str, named_as_workplace: bool = True) -> str | None:
    """The employer at the start of `tail`, the words after `preposition`: a known one in any case,
    else a capitalised name that is no place or day. After 'i'/'på' a capitalised name counts only
    where the sentence names it as the workplace ("samtale i Aarhus" is a town)."""
    tail = re.sub(r"^[a-zæøå]\w*(?:firmaet|virksomheden|koncernen)\s+(?=[A-ZÆØÅ])|^(?:firmaet|virksomheden)\s+"
                  r"(?=[A-ZÆØÅ])", "", tail)  # "tømrerfirmaet K. Lund"
    known = employer_at(tail) or public_employer_at(tail)
    if known:
        # "Arla Foods", "Novo Nordisk A/S": the capitalised words after a known name belong to it
        more = re.match(r"(?:\s+(?:A/S|ApS|(?-i:[A-ZÆØÅ][\w&-]+)))+", tail[len(known):]) \
            if fold(tail[:len(known)]) == fold(known) else None
        return clean_company(known + more[0]) if more and not _DAY_WORD.match(more[0].strip()) else known
    name = _CAPITALISED_NAME.match(tail)
    if name is None:
        return _employer_typed_lower(preposition, tail, named_as_workplace)
    if _DAY_WORD.match(name[0]) or name[0].split()[0] in _MEETING_TOOLS or re.fullmatch(r"[\d.,/-]+", name[0]):
        return None  # "på Mandag"; "samtalen var på Teams"; "jobsamtale i 12 år"
    named_by_itself = _EMPLOYER_WORD.search(name[0]) is not None
    if preposition.lower() not in ("hos", "ved") and not named_as_workplace and not named_by_itself:
        return None  # "i Aarhus" said of anything; "på Vesterbro Ny Skole" names a workplace by itself
    if name[0] in _DEPARTMENTS | _SUBJECTS:
        return None  # "i IT", "i HR": a department; "i Dansk": a subject
    if place_at(name[0]) and len(name[0].split()) == 1:
        return None  # "i Aarhus" is a town; "Aarhus Kommune" an employer
    of_what = _INSTITUTION_OF.match(tail[name.end():]) if _INSTITUTION.fullmatch(name[0]) else None
    if of_what:
        return clean_company(name[0] + of_what[0])  # "Styrelsen for Arbejdsmarked og Rekruttering"
    town = re.match(r"\s+i\s+[A-ZÆØÅ][a-zæøå]+\b", tail[name.end():])
    if town and name[0].endswith("erne"):
        return clean_company(name[0] + town[0])  # "Tandlægerne i Valby": the practice's name holds its town
    return clean_company(name[0])


# An institution named by what it is for: "Styrelsen for Arbejdsmarked og Rekruttering", "Center for Kræft og Sundhed"
_INSTITUTION = re.compile(r"(Styrelsen|Ministeriet|Cent(er|ret)|Foreningen|Instituttet|Agenturet|Direktoratet|Fonden|"
                          r"Akademiet|Nævnet|Rådet|Forbundet|Sekretariatet|Afdelingen|Huset)")
_INSTITUTION_OF = re.compile(r"\s+for\s+[A-ZÆØÅ][\wæøå-]+(?:\s+(?:og|for|i)\s+[A-ZÆØÅ][\wæøå-]+){0,3}")


_PUBLIC_EMPLOYER = re.compile(r"(?P<place>[^\W\d_]+) kommune\b|region (?P<region>hovedstaden|sjælland|sjaelland|"
                              r"syddanmark|midtjylland|nordjylland)\b", re.IGNORECASE)


def public_employer_at(tail: str) -> str | None:
    """'aarhus kommune', 'københavns kommune', 'region midtjylland' in any case: a municipality (a known
    town, maybe in the genitive) or a region, spelt as it is named."""
    match = _PUBLIC_EMPLOYER.match(tail)
    if match is None:
        return None
    if match["region"]:
        return f"Region {match['region'].capitalize()}"
    place = match["place"]
    if place_at(place) is None and not (place.lower().endswith("s") and place_at(place[:-1])):
        return None
    return f"{place.capitalize()} Kommune"


# "på et hotel", "i en børnehave": a workplace described, not named.
_A_WORKPLACE = re.compile(r"(?:et|en|den|det)\s", re.IGNORECASE)
# "livredder i svømmehallen", "kok i kantinen": a place by its kind, no part of the title ("lærer i udskolingen" is)
_WORKPLACE_NOUN = re.compile(r"\w*(hallen|plejen|centret|centeret|butikken|kantinen|køkkenet|koekkenet|lageret|"
                             r"børnehaven|boernehaven|vuggestuen|skolen|klubben|hjemmet|cafeen|caféen|restauranten|hotellet|"
                             r"klinikken|apoteket|biografen|baren|bageriet|supermarkedet|varehuset|fitnesscentret|kommunen|regionen|"
                             r"staten|byen|firmaet|virksomheden|banken|hospitalet|sygehuset|afdelingen|kontoret)\s*$",
                             re.IGNORECASE)
_MEETING_TOOLS = frozenset("Teams Zoom Skype Meet FaceTime Webex Video Telefon".split())
_DEPARTMENTS = frozenset("IT HR PR QA UX BI KS SFO IT-afdelingen".split())
# "underviser i Dansk": a school subject, capitalised by habit
_SUBJECTS = frozenset("Dansk Engelsk Tysk Fransk Spansk Matematik Historie Biologi Fysik Kemi Idræt Musik "
                      "Samfundsfag".split())


# Words said after a title that are not part of it: "kassemedarbejder omg", "tjener tak".
_TRAILING_FILLER = re.compile(r"(?:\s+(?:omg|lol|haha|hehe|xd|tak|vist|bare|altså|altsaa|ik|ikk|jo|nok))+\s*[.!]*$",
                              re.IGNORECASE)
# "nå ja, det var som ergoterapeut", "øh ja det var som tjener": a sound before the answer, no part of it
_LEADING_INTERJECTION = re.compile(r"^(?:(?:nå|nåh|naa|naah|øh|øhm|oeh|hmm+|åh|aah|ja|jo|okay|ok|nårh)\b[,.!]?\s*)+",
                                   re.IGNORECASE)
_AS_TITLE = re.compile(r"^(?:det )?(?:var|er)?\s*(?:som|til) (?:en |et )?(?P<title>\S.*)$", re.IGNORECASE)
# The same in English: "it was for a product designer role at Danske Bank" -> "product designer at Danske Bank"
_ENGLISH_TITLE = re.compile(r"^(?:(?:it|that) (?:was|is) )?(?:for |as )?(?:an? |the )?(?P<title>\S.*?)"
                            r"(?: (?:role|position|job))?(?P<rest> at .*)?$", re.IGNORECASE)
_ENGLISH_CUE = re.compile(r"^(?:it|that) (?:was|is) |(?: role| position| job)(?: at |$)", re.IGNORECASE)


# A title taken back in the same answer: what follows is the one meant.
_TAKEN_BACK = re.compile(rf"[,.]\s*(?:{_TAKE_BACK})\b[ ,.!]*(?:(?:{_TAKE_BACK})\b[ ,.!]*)*"
                         r"(?:det (?:hed|hedder|var|er)|jeg mente|den hed|den hedder)\s+(?:som\s+)?", re.IGNORECASE)


def role_sentence(answer: str) -> str:
    """The part of an answer to "which role?" that holds the title: the first sentence that is no
    question ('sælger. kan vi ikke bare komme videre' -> 'sælger'; 'skal du vide hvilket job? det var som
    tjener' -> 'tjener'), without fillers after it."""
    answer = _TAKEN_BACK.split(answer or "")[-1]  # "som pakkeriarbejder, nej undskyld, det hed …"
    sentences = [part.strip() for part in re.split(r"(?<=[.?!])\s+", answer.strip()) if part.strip()]
    statements = [part for part in sentences if not part.endswith("?")] or sentences or [""]
    chosen = _TRAILING_FILLER.sub("", statements[0].rstrip(".!"))
    chosen = _LEADING_INTERJECTION.sub("", chosen) or chosen
    as_title = _AS_TITLE.match(chosen)
    if as_title:
        return as_title["title"]
    english = _ENGLISH_TITLE.match(chosen) if _ENGLISH_CUE.search(chosen) else None
    return english["title"] + (english["rest"] or "") if english else chosen


_TITLE_INSTEAD = re.compile(
    r"\b(?:hed|hedder|var|er|mente)\s+(?:det\s+)?(?:faktisk\s+|egentlig\s+)?"
    r"(?P<new>[^\W\d][\w -]*?)\s*,?\s+(?:og\s+)?ikke\s+"
    r"(?P<old>[\w -]+?)\s*[.!]*$|"
    r"\bikke\s+(?P<old2>[\w -]+?)\s*,?\s+men\s+(?P<new2>[^\W\d][\w -]*?)\s*[.!]*$", re.IGNORECASE)


def corrected_title(text: str, known: str | None) -> str | None:
    """'nej vent det hed salgskonsulent ikke sælger' -> 'salgskonsulent', when 'sælger' is the role
    the user gave before."""
    match = _TITLE_INSTEAD.search(text or "")
    if match is None or not known:
        return None
    new, old = (match["new"], match["old"]) if match["new"] else (match["new2"], match["old2"])
    return clean_role(new) if fold(old.strip()) == fold(known) else None


def split_role_answer(answer: str) -> tuple[str | None, str | None]:
    """A bare answer to "which role?": 'flaskedreng i netto' -> ('flaskedreng', 'Netto'),
    'receptionist på et hotel' -> ('receptionist', None). The workplace is never part of the title."""
    answer = role_sentence(answer) or ""
    where_first = _WHERE_THEN_TITLE.match(answer)  # "i netto som butiksassistent": the workplace, then the title
    if where_first and (employer := employer_after(where_first["prep"], where_first["where"])):
        return clean_role(where_first["title"]), employer
    for match in _ROLE_ANSWER_PREPOSITION.finditer(answer):
        if match.start() == 0:
            continue
        rest = answer[match.end():]
        employer = employer_after(match["prep"], rest)
        if employer is not None or _A_WORKPLACE.match(rest) or _WORKPLACE_NOUN.match(rest):
            return clean_role(answer[:match.start()]), employer
        if match["prep"].lower() in ("på", "paa"):  # "på hovedkontoret", "på deltid": a place or terms, no title
            return clean_role(answer[:match.start()]), _workplace_typed_lower(rest)
    return clean_role(answer), None  # "lærer i udskolingen", "projektleder i IT": part of the title


_WHERE_THEN_TITLE = re.compile(r"^\s*(?P<prep>hos|ved|i|på|paa)\s+(?P<where>.+?)\s+som\s+(?P<title>[^,.!?]+?)\s*[.!]*$",
                               re.IGNORECASE)


# Two or three lower-case words and nothing after them, none a word of the sentence around a name
_LOWER_NAME_TO_END = re.compile(r"(?!.*\b(?:i|på|paa|som|og|men|der|til|for|med|ved|om|nu|igen|vist|tror|jeg|tak|"
                                r"btw|lol|haha|ik|ikke|altså|altsaa|bare|vel|nok|så|saa|da)\b)"
                                r"[a-zæøå][a-zæøå&-]+(?: [a-zæøå][a-zæøå&-]+){1,2}")
# "skovlunde skole", "hvidovre hospital" typed without capitals: a workplace by its last word.
_LOWER_WORKPLACE = re.compile(r"^(?P<name>[a-zæøå][\w-]*(?: [a-zæøå][\w-]*)? (?:skole|hospital|sygehus|plejecenter|"
                              r"plejehjem|børnehave|vuggestue|bibliotek|apotek|kommune|gymnasium|efterskole)|"
                              r"(?:café|cafe|restaurant|bageri|salon|hotel|plejecenter|plejehjem|klinik|tandklinik|"
                              r"børnehaven|børnehuset|vuggestuen|fritidshjemmet|klubben) [a-zæøå][\w-]+|"
                              # "kødbyens fiskebar": a place's name in the genitive, then a compound of its kind
                              r"[a-zæøå]{3,}s [a-zæøå]*(?:bar|restaurant|cafe|café|bageri|bistro|pizzeria|kro|"
                              r"salon|klinik|butik))\b")


_NOT_AN_EMPLOYER_WORD = frozenset(
    "en et den det dem jer mig os min mit mine sin sit deres hende ham nogen noget mange andre hinanden "
    "dig jeres vores hans hendes samme denne dette".split())


def _employer_typed_lower(preposition: str, tail: str, named_as_workplace: bool) -> str | None:
    """'på café alma', 'på plejecenter solhøj' (a kind of workplace and its name) and 'hos schenker'
    (after "hos" a word that is no pronoun) typed without capitals: the employer, capitalised."""
    if preposition.lower() in ("hos", "ved", "på", "paa", "i") and (named_as_workplace or preposition.lower() == "hos"):
        found = _workplace_typed_lower(tail)
        if found:
            return found
    whole = tail.strip().rstrip(".!")
    if preposition.lower() == "hos" and _LOWER_NAME_TO_END.fullmatch(whole) \
            and not _NOT_AN_EMPLOYER_WORD.intersection(whole.split()):
        return whole.title()  # "bud hos just eat": the name the message ends with
    word = re.match(r"([a-zæøå][\w&-]+)\b", tail)
    if preposition.lower() == "hos" and word and word[1] not in _NOT_AN_EMPLOYER_WORD \
            and not re.fullmatch(_TITLE, word[1], re.IGNORECASE) \
            and not _DAY_WORD.match(word[1]) and not place_at(word[1]):
        return word[1].capitalize()
    return None


def _workplace_typed_lower(text: str) -> str | None:
    found = _LOWER_WORKPLACE.match(text.strip())
    if found is None or found["name"].split()[0] in _NOT_AN_EMPLOYER_WORD:
        return None  # "en skole", "vores plejecenter": a kind of workplace, unnamed
    return " ".join(w.capitalize() for w in found["name"].split())


# Words before a title that belong to it: "grafisk designer", "administrativ medarbejder", "junior …".
_TITLE_ADJECTIVE = re.compile(r"^(?!(?:faktisk|egentlig|virkelig|rigtig|samtidig|ærlig|aerlig)$)"
                              r"(?:\w+(?:isk|ig|lig|iv|el|al)|junior|senior|ledende|faglig)$", re.IGNORECASE)


def whole_title(value: str, text: str) -> str:
    """The NLU may tag only the noun of a title: 'designer' in 'grafisk designer' -> 'grafisk designer',
    'sundhedsassistent' in 'social- og sundhedsassistent' -> the whole."""
    found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text or "", re.IGNORECASE)
    if found is None:
        return value
    before = text[:found.start()].split()
    words = [found[0]]
    if len(before) >= 2 and before[-1].lower() == "og" and before[-2].endswith("-"):
        words[:0] = before[-2:]
        before = before[:-2]
    elif before and _TITLE_ADJECTIVE.match(before[-1]):
        words.insert(0, before[-1])
    return " ".join(words)


# What kind of post, before the title it is for: "fast stilling som", "vikar som", "fritidsjob som"
_QUALIFIED_TITLE = re.compile(rf"^(?:en |et )?(?:{_KIND_OF_PLACE}|[\w-]*vikar|(?:fast|midlertidig|tidsbegrænset|"
                              r"deltids|fuldtids)\w*\s*(?:stilling|job|ansættelse)|fastansættelse|stilling|job)"
                              r"\s+som\s+(?=\S)", re.IGNORECASE)


_JOB_IS_LEAD = re.compile(r"^(?:jobbet|job|stillingen|stilling|titlen|titel) (?:er|var)\s+", re.IGNORECASE)


# A word before "-job" that tells the terms, not the title: "deltids-job", "sommer-jobbet", "weekend-job".
_TERMS_BEFORE_JOB = re.compile(r"(?:s|sommer|ferie|weekend|fritid|student|aften|nat|flex|vikar)$", re.IGNORECASE)


def clean_role(text: str) -> str | None:
    """Role as the contract wants it: lower case unless a proper noun (kept if capitalised mid-text);
    the employer after it is not part of it ('lageransvarlig hos Jysk' -> 'lageransvarlig')."""
    value = clean_free_text(text)
    if value is None:
        return None
    value = re.sub(r"(?<!-)\s+(?:(?:ude|inde|oppe|nede)\s+(?:hos|ved|i|på|paa)|hos|ved)\s+.*$", "", value).strip() \
        or value  # "lageransvarlig hos Jysk", "tekniker ude ved vandværket"
    value = re.sub(r"(?<=\w)\s+(?:ude|inde|oppe|nede)$", "", value)  # the NLU's "tekniker ude"
    value = value.split(", ")[0]  # "butiksassistent, på deltid"
    value = _JOB_IS_LEAD.sub("", value) or value  # the NLU's "job er rengøringsassistent"
    value = _QUALIFIED_TITLE.sub("", value) or value  # "fritidsjob som kassemedarbejder", "vikar som lærer"
    title = re.sub(r"-(?:stillingen|stilling|jobbet|job)$", "", value)
    if title != value and (" " in title or _TITLE_ENDING.search(title) or not _TERMS_BEFORE_JOB.search(title)):
        value = title  # "graduate trainee-stilling", "controller-stillingen"; not "deltids-job", "sommer-job"
    title = _JOB_WORD_AFTER.sub("", value)
    if title != value and (" " in title or _TITLE_ENDING.search(title)):
        value = title  # "en junior developer stilling", "kok stilling"; not "lager job"
    value = _TRAILING_FILLER.sub("", value).strip() or value  # "kassemedarbejder omg"
    if _DAY_WORD.fullmatch(value) or value.lower() in _NOT_TITLE_WORDS:
        return None  # "november", "tirsdag": a date's word, no title; "det" ("det ved jeg sgu ikke")
    words = value.split()
    # Lower-case the first word (sentence capital), keep later capitals (e.g. "SAP-konsulent").
    head = words[0].split("-")[0]
    words[0] = words[0] if head.isupper() and len(head) > 1 else words[0].lower()
    return " ".join(words)


# Words that are never part of a person's name: pronouns and what people say instead of a name.
_NUMBER_WORDS = frozenset("en et to tre fire fem seks syv otte ni ti elleve tolv".split())
_NOT_A_NAME = frozenset(
    "han hun hen de dem den det jeg du vi i mig dig ham hende os jer man noget nogen med vist nok bare "
    "ikke ved hvad hvem maaske måske sgu lige der her kontakt kontaktperson chef chefen lederen hr mit min navn "
    "goddag hej hejsa coach kære firmaet virksomheden kontoret receptionen hovednummeret kontaktpersonen "
    "recruiteren rekrutteren konsulenten headhunteren bureauet brdr igen opfølgningscoach opfoelgningscoach "
    "opfølgningscoachen opfoelgningscoachen coachen "
    # everyone and no one ("når de har snakket med alle")
    "alle allesammen begge ingen andre flere kandidaterne ansøgerne ansoegerne folk mennesker fremmede "
    # days and months ("Mandag sagde hun at hun ringer"); not "Maj" or "April", which are names too
    "mandag tirsdag onsdag torsdag fredag lørdag loerdag søndag soendag januar februar marts juni juli august "
    "september oktober november december".split()
)


# A name: capitalised words, or (typed without capitals) up to three words that end the clause.
_NAME = (r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+(?:[- ][A-ZÆØÅ][a-zæøåéü]+){0,3}|"
         r"(?!(?:hed|hedder|heder|er|var|hun|han|det|ham|hende|dem)\b)"
         r"[a-zæøå][a-zæøåéü]+(?:[- ](?!(?:btw|hvis|forresten|lol|haha|men|og|fordi|der|som|to|tre|fire)\b)"
         r"[a-zæøå][a-zæøåéü]+){0,4}"
         r"(?=\s*(?:[,.!?)]|$)|\s+(?:hvis|btw|forresten|men|og|fordi|lol|haha|der|som)\b|"
         r"\s+(?:to|tre|fire|\d+) gange\b))")
# A name before its cue ("Poul Erik Madsen hedder jeg", "Mette fra HR"): capitalised only. (Typed
# without capitals it cannot be told from the words before it, and trying every start of a long
# lower-case message took seconds.)
_NAME_BEFORE = r"(?P<before>[A-ZÆØÅ][a-zæøåéü]+(?:[- ][A-ZÆØÅ][a-zæøåéü]+){0,3})"
_FILLER = r"(?i:\s+(?:forresten|altså|altsaa|faktisk|bare|btw|egentlig|i øvrigt|vist|vistnok|nok|selv|for resten))?"
_USER_NAME_CUES = re.compile(rf"(?i:\b(?:jeg hedder|mit navn er|mit fulde navn(?: er|:)|navnet er|"
                             rf"min (?:underskrift|signatur)(?: skal være| er| bliver)?|"
                             rf"med venlig hilsen|venlig hilsen|mvh\.?|vh\.?|kh\.?|knus|"
                             rf"(?:de |mange )?(?:bedste |venlige |kærlige )?hils(?:en|ner)){_FILLER})[,:]?\s+{_NAME}|"
                             rf"{_NAME_BEFORE}\s+(?i:hedder jeg)\b")
_CONTACT_CUES = re.compile(
    rf"(?i:\b(?:min kontakt(?:person)?|kontaktpersonen|chefen|lederen|min (?:kommende )?(?:chef|leder)|"
    rf"hun|han|hen|personen)\s+(?:hedder|hed|heder){_FILLER}|"
    rf"\b(?:min kontakt(?:person)?|kontaktperson(?:en)?) (?:er|var)|"
    rf"\b(?:hans|hendes|(?!hvis\b)[\w-]+s) (?:fulde )?navn (?:er|var)|"  # "hans navn er Kim", "Rektors navn er"
    rf"\b(?:til|med) (?:kontaktpersonen|min kontakt(?:person)?),?|"
    rf"\b(?:\w*lederen|\w*chefen|kontaktpersonen|min kontakt(?:person)?|hr),|"
    rf"\b(?:talte|snakkede|snakkde|snakket|talt) med(?: (?:\w*lederen|\w*chefen|ham|hende)(?: der)?,?)?|"
    rf"\b(?:skrev|skrevet|skrive|skriver|mailede|mailet|mail|mails|mailen|ringede|ringet|ringe|ringer|besked)"
    rf"(?: den| mailen| e-?mailen| beskeden)? til"  # "kan du skrive den til Birgitte Munk?"
    rf"(?: (?:kontorchef|afdelingsleder|lederen|chefen|personalechef|hr-chef|direktør|recruiter|rekrutt|konsulent)"
    rf"\w*,?)?|"  # "skrev til recruiteren, Line Møller"
    rf"\bsamtalen blev (?:ledet|holdt|taget|ført|afholdt) af|\b(?:interviewet|ledet|holdt|ført) af|"
    rf"\b(?:skrevet|mailet|ringet|ringede|skrev|mailede)(?: (?:to|tre|fire|\d+) gange| en gang| igen)?"
    rf"(?: i (?:går|forgårs|[a-zæøå]+dags)| (?:d\.|den) \d{{1,2}}\.?(?:/\d{{1,2}})?)? til"  # "ringet i mandags til"
    rf"(?!\s+(?:kontaktpersonen|min kontakt|\w*lederen|\w*chefen))|"
    rf"\b(?:samtale|samtalen|interview|jobsamtale) med|"
    rf"\b(?:ham|hende|den|personen) (?:der|som) (?:(?:holdt|havde|ledte|førte) (?:samtalen|interviewet)|"
    rf"interviewede mig),?|"
    rf"(?<!jeg )(?<!jeg bare )\b(?:hedder|hed|heder){_FILLER}|\b(?:kære|hej))\s+{_NAME}|"
    # "Mette fra HR", "det var Brian Mikkelsen jeg snakkede med", "det var Mette Kjær der interviewede mig"
    rf"{_NAME_BEFORE},?\s+"
    rf"(?i:fra (?:hr|personaleafdelingen|rekruttering\w*)|(?:som )?jeg (?:talte|snakkede) med|"
    rf"(?:der|som) (?:interviewede|holdt samtalen|ledte samtalen|førte samtalen|havde samtalen))\b"
)
# "Jonas fra lageret", "Per fra portørcentralen": a first name and the department, lower case
_CONTACT_FROM_DEPARTMENT = re.compile(rf"{_NAME_BEFORE}\s+fra\s+(?-i:[a-zæøå][a-zæøå-]*(?:en|et|erne))\b")

# A first name and a surname, capitalised: what the cues below need to tell a person from a word.
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"  # "Lund-Madsen"
_FULL_NAME = rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
_TITLE = (r"\w*(?:chef|leder|direktør|sygeplejerske|konsulent|partner|mester|formand|værkfører|inspektør|"
          r"ejer|indehaver|recruiter|rekrutterer|headhunter|rektor|forstander|bestyrer|overlæge|"
          r"professor)(?:e?n)?")  # "chefen"
# "Afdelingsleder Hanne Juul oplyste", "Klinikchefen Dorthe Friis", "mailet Kirsten Lau", "spørge efter Søren Bach",
# "have fat i Morten Lund"
_CONTACT_BY_TITLE = re.compile(rf"(?i:\b(?:{_TITLE}|mailet|mailede|sp(?:ø|oe|o)rge? efter|bede om|"
                               rf"fat (?:i|på|paa))),?\s+{_FULL_NAME}|"
                               # "HR-konsulenten Mette", "afdelingslederen Hanne": a title and a first name
                               rf"(?i:\b(?:hr-\w+|\w*konsulenten|\w*lederen|\w*chefen))\s+"
                               rf"(?P<first>(?-i:[A-ZÆØÅ][a-zæøåéü]+))\b")
# "Mikkel Thomsen sagde senest fredag", "det var Anne-Mette Skov der holdt samtalen", "Peter Lund fra økonomiafdelingen"
_CONTACT_BEFORE_WORDS = re.compile(  # also "… med Thomas Vinther, han sagde de svarer …"
    rf"{_FULL_NAME}(?:,?\s+(?i:han|hun|hen))?\s+"
    rf"(?i:(?:der |som )?(?:(?:var|er) [\w-]+ og )?(?:sagde|lovede|oplyste|fortalte|holdt samtalen|"
    rf"førte samtalen|ledede samtalen|holdt den|ledede den|førte den|gav mig)|fra \w*afdelingen|"
    rf"(?:der |som )(?:var|er) (?:\w*(?:chef|leder)(?:en)?|min kontakt\w*|kontaktperson\w*)|"
    # "Jens Vestergaard var den der holdt samtalen"
    rf"(?:var|er) (?:den|hende|ham|personen) (?:der|som) (?:holdt|havde|ledte|ledede|førte|interviewede))\b")
# "skriv mailen under med Signe Dahl", "skriv under med mit navn, Rasmus Eriksen", "det er Ole Bjerre her"
_USER_SIGNS_AS = re.compile(rf"(?i:\bunder\w*\b[^.\n]{{0,30}}?\b(?:med|som)(?: mit(?: fulde)? navn)?[,:]?)\s+{_NAME}")
# "kan du skrive Henrik Lauesen øverst?" (AJ039): whom the mail greets
_CONTACT_ON_TOP = re.compile(rf"(?i:\b(?:skriv|skrive|sæt|sætte|saet|saette))\s+{_FULL_NAME}\s+"
                             rf"(?i:øverst|oeverst|i toppen)\b")
# "du kan bare skrive Sara Mikkelsen under", "sæt Ole Bjerre nederst": the name to sign with
_USER_SIGNS_WITH = re.compile(rf"(?i:\b(?:skriv|skrive|sæt|sætte|saet|saette))\s+{_FULL_NAME}\s+(?i:under|nederst)\b")
# "kan du sætte mit navn på? Julie Andersen", "skriv mit navn under: det er Ole Bjerre": the name asked for
_USER_NAME_PUT_ON = re.compile(rf"(?i:\bmit (?:fulde )?navn (?:på|paa|under|ind|nederst|med)?\s*[?.!:,]*\s*"
                               rf"(?:(?:det|navnet) er\s+)?){_FULL_NAME}\b")
# "og afsender er Mikkel Vestergaard", "Mikkel Vestergaard som afsender"
_USER_SENDS = re.compile(rf"(?i:\bafsender(?:en)? (?:er|skal være|skal vaere|bliver))\s+{_FULL_NAME}|"
                         rf"{_NAME_BEFORE}\s+(?i:som afsender)\b")
_USER_UNDERSIGNED = re.compile(rf"(?i:\bundertegnede),?\s+{_FULL_NAME}")  # "Undertegnede, Jørgen Bech, var …"
_USER_SAYS_IT_IS = re.compile(rf"(?i:\bdet er)\s+{_FULL_NAME}\s+(?i:her)\b")
# "og jeg er Lærke Bang btw" (a whole capitalised name: "jeg er Glad" is no name), "my name is …",
# a signature after a slash at the end ("… hvis det er. /Sara Khalil")
_USER_IS = (re.compile(rf"(?i:\bjeg er)\s+{_FULL_NAME}\b"),
            re.compile(rf"(?i:\bmy name is|\bi am|\bi'm)\s+{_FULL_NAME}\b"),
            re.compile(rf"(?:^|\s)/\s*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})\s*$"))
# "Jens Kofoed, han ejer firmaet", "begge gange til Hanne Vinther", "contact was Anders Lund-Madsen"
_CONTACT_OTHERWISE = (re.compile(rf"^\W*{_FULL_NAME},?\s+(?i:han|hun|hen)\b"),
                      re.compile(rf"(?i:\b(?:begge|alle|hver) gange? til)\s+{_FULL_NAME}"),
                      # "skrive en e-mail til formanden for ansættelsesudvalget, Kirsten Dahl": who, then the name
                      re.compile(rf"(?i:\b(?:skrive|skriver|sende|sender|ringe|ringer|maile|mailer)\b[^.!?,]{{0,20}}?"
                                 rf"\btil(?! (?:dem|ham|hende|jer|mig|dig)\b)(?: [a-zæøå]+){{1,4}}),\s+{_FULL_NAME}"),
                      # "sendt en e-mail tirsdag den 30. marts til Jens Ole Madsen"
                      re.compile(rf"(?i:\bsendte? (?:en |et )?(?:[\w-]*mail|besked|sms)\b"
                                 rf"(?:[^.!?]|(?<=\d)\.){{0,40}}?\btil)\s+{_FULL_NAME}"),
                      re.compile(rf"(?i:\b(?:det|samtalen|interviewet) var med)\s+{_FULL_NAME}"),  # "Det var med Ole"
                      # "jeg kender hende jo godt, Lone Dam, så …": a whole name set beside "hende"/"ham"
                      re.compile(rf"(?i:\b(?:hende|ham)(?: \w+){{0,3}}),\s+{_FULL_NAME}\s*(?:[,.!]|$)"),
                      re.compile(rf"(?i:\b(?:my )?contact(?: person)? (?:was|is)(?: called| named)?)\s+{_FULL_NAME}"),
                      re.compile(rf"{_FULL_NAME},?\s+(?i:the (?:recruiter|hiring manager|manager|hr \w+|boss))\b"))

# "snakkede med HR (Camilla Berg)"
_CONTACT_IN_BRACKETS = re.compile(
    rf"(?i:\b(?:\w*lederen|\w*chefen|kontaktpersonen|hr|hr-\w+|rekrutter\w*))\s*\(\s*{_NAME}")
# The person who is to answer, when the user names several ("Det er Camilla Holm fra HR der sender svar",
# "Lone sagde at det er hende der giver svar", "Hans sekretær, Lotte Winther, er den der skal give svar"):
# the one to follow up with, before the interviewer named first.
_ANSWERS = r"(?:give|giver|sende|sender|melde|melder|ringe|ringer|vende|vender|svare|svarer|kontakte|kontakter)\b"
_CONTACT_WHO_ANSWERS = re.compile(
    rf"{_NAME_BEFORE}(?:\s+(?:fra|i|på)\s+\S+)?,?\s+(?i:"
    rf"(?:sagde|skrev|lovede|fortalte|naevnte|nævnte)\b[^.!?]{{0,40}}?\b(?:hun|han|hen|hende|ham)(?:\s+(?:der|som))?|"
    rf"(?:er|var)\s+(?:den|hende|ham|personen)\s+(?:der|som)|der|som|"
    # "Bettina Hansen som laver alt papirarbejdet, og det er hende der ringer": no other name between
    rf"(?:(?-i:(?![A-ZÆØÅ]))[^.!?]){{0,60}}?\bdet er (?:hende|ham|hen) (?:der|som))"
    rf"\s+(?i:(?:skal|vil|ville|kommer til at|lovede at|nok)\s+)?(?i:{_ANSWERS})|"
    # "Svaret vil komme fra HR-konsulent Marianne Holt"
    rf"(?i:\bsvar(?:et)?\s+(?:vil\s+|skal\s+|kommer\s+)?(?:komme\s+)?fra)\s+(?:[\w-]+\s+)?{_FULL_NAME}")
# "kan du sætte Signe Dahl ind som modtager?", "modtageren er Signe Dahl": whom the mail goes to
_CONTACT_RECEIVES = re.compile(rf"{_NAME_BEFORE}\s+(?i:(?:ind )?som modtager)\b|"
                               rf"(?i:\bmodtager(?:en)? (?:er|skal være|skal vaere|bliver))\s+{_FULL_NAME}")
# "Min kontaktperson hele vejen har været Henrik Dahl"
_MY_CONTACT_IS = re.compile(rf"(?i:\b(?:min|vores) kontakt(?:person)?(?:en)?(?: \w+){{0,3}} "
                            rf"(?:er|var|har været|har vaeret|bliver|hedder))\s+{_FULL_NAME}")
_USER_PATTERNS = (_USER_NAME_CUES, _USER_SIGNS_AS, _USER_SIGNS_WITH, _USER_SAYS_IT_IS, _USER_UNDERSIGNED,
                  _USER_NAME_PUT_ON, _USER_SENDS,
                  *_USER_IS)
_CONTACT_PATTERNS = (_CONTACT_CUES, _CONTACT_IN_BRACKETS, _CONTACT_BY_TITLE, _CONTACT_BEFORE_WORDS,
                     _CONTACT_FROM_DEPARTMENT, *_CONTACT_OTHERWISE)


def names_said(text: str) -> tuple[str | None, str | None]:
    """(the user's own name, the contact's name) where a cue says whose it is: 'jeg hedder …',
    'min kontakt hedder …', 'jeg talte med …'. A name is the whole name; pronouns never."""
    text = text or ""
    users = (clean_person_name(_in_full(name, text)) for name in _cued_names(_USER_PATTERNS, text))
    cued = _cued_names((_CONTACT_WHO_ANSWERS, _MY_CONTACT_IS, _CONTACT_RECEIVES, _CONTACT_ON_TOP), text) \
        + _cued_names(_CONTACT_PATTERNS, text)
    contacts = (clean_person_name(_in_full(name, text)) for name in cued
                if not _an_employer(name)  # "jeg ringer til Novo Nordisk"
                and not _the_firm_called(name, text))  # "et byggefirma der hedder Hansen og Søn"
    return next(filter(None, users), None), next(filter(None, contacts), None)  # "Kære Coach" is no name


def _the_firm_called(name: str, text: str) -> bool:
    called = _FIRM_CALLED.search(text)
    return called is not None and called["name"].startswith(name.strip())


def without_names(text: str) -> str:
    """The text without the clauses that name someone ("tilkaldevikar, skolelederen hedder Kim Holt")."""
    kept = [c for c in re.split(r"[,.;]\s*", text) if c.strip() and not any(names_said(c))]
    return ", ".join(kept)


def _in_full(name: str, text: str) -> str:
    """A first name the user goes on to give in full ("Henrik, Henrik Dahl", "Pernille et eller andet...
    Pernille Lauridsen") -> the full name."""
    name = name.strip()
    if " " in name or not name[:1].isupper():
        return name
    given = _given_in_full(name, text)
    if given:
        return given
    # "han hedder Friis til efternavn, altså Jonas Friis": the surname first, then the whole name
    whole = re.search(rf"\b(?P<first>[A-ZÆØÅ][a-zæøåéü]+) {re.escape(name)}\b", text)
    return f"{whole['first']} {name}" if whole and whole["first"].lower() not in _NOT_A_NAME else name


def in_full_before(first: str | None, earlier: str) -> str | None:
    """'Signe' now, 'jeg mødte både Signe Bak fra HR og Thomas Riis' earlier -> 'Signe Bak'; None when
    no earlier message gave that first name in full."""
    if not first or " " in first.strip() or not first[:1].isupper():
        return None
    given = _given_in_full(first.strip(), earlier or "")
    return clean_person_name(given) if given else None


def _given_in_full(first: str, text: str) -> str | None:
    """'Signe' and '… Signe Bak fra HR …' -> 'Signe Bak': the first name followed by one or two surnames."""
    given = re.search(rf"\b{re.escape(first)}((?:[- ][A-ZÆØÅ][a-zæøåéü]+){{1,2}})\b", text)
    return first + given.group(1) if given else None


# "hans efternavn er Dahl", "hun hedder Friis til efternavn": a surname for a first name given before.
_SURNAME = re.compile(rf"(?i:\b(?:hans|hendes|kontaktens) efternavn(?:et)? (?:er|var))\s+(?P<name>{_NAME_WORD})\b|"
                      rf"(?i:\b(?:han|hun) (?:hedder|hed))\s+(?P<name2>{_NAME_WORD})\s+(?i:til efternavn)")


def with_surname(first: str | None, text: str) -> str | None:
    """'Peter' + 'hans efternavn er Dahl' -> 'Peter Dahl'; None when the text gives no surname for a first
    name said alone."""
    found = _SURNAME.search(text or "")
    surname = (found["name"] or found["name2"]) if found else None
    if not (surname and first) or " " in first.strip() or first.strip() == surname:
        return None
    return f"{first.strip()} {surname}"


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


def same_person(known: str | None, name: str | None) -> bool:
    """'Hanne Lykke' known, 'Fru Lykke' (or 'Lykke') said now: the surname alone names the same person."""
    cleaned = clean_person_name(name) if name else None
    return bool(cleaned and known and " " not in cleaned and " " in known and known.split()[-1] == cleaned)


def _cued_names(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    """The names the patterns find, in the order they stand in the text."""
    found = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    return [m.groupdict().get("name") or m.groupdict().get("before") or m.groupdict().get("first") for m in found]


_EMPLOYER_WORD = re.compile(r"\b(A/S|ApS|Kommune|Region|Bank|Group|Gruppen|Hospital\w*|\w*skolen?|Universitet\w*|"
                            r"\w*huset|Cent(er|ret|ret))\b", re.IGNORECASE)


def _an_employer(name: str) -> bool:
    return employer_at(name) is not None or _EMPLOYER_WORD.search(name) is not None


def clean_person_name(text: str) -> str | None:
    """'Hun hedder mette hansen' -> 'Mette Hansen'; None for a pronoun or a description ('han',
    'noget med M')."""
    value = clean_free_text(text, _NAME_LEAD)
    value = re.sub(r"^(?:fru|frk\.?|hr\.|herr)\s+(?=\w)", "", value or "", flags=re.IGNORECASE) or None  # "Fru Lykke"
    if value is None or len(value.split()) > 4 or re.search(r"\d", value):
        return None
    words = [word.strip(".,") for word in value.split()]
    if any(word.lower() in _NOT_A_NAME or word.lower() in _NUMBER_WORDS or re.fullmatch(_TITLE, word, re.IGNORECASE)
           or _TITLE_ENDING.search(word) for word in words):
        return None  # "Afdelingssygeplejersken", "Klinikchefen", "Projektkoordinator", "To"
    # "lone bæk-andersen" -> "Lone Bæk-Andersen"; a capital the user typed stays
    return re.sub(r"(?:^|(?<=[\s-]))(\w)", lambda m: m.group(1).upper(), value)


# Words a tagger may mistake for an employer: pronouns and fillers, Danish and English.
_NOT_A_COMPANY = {"i", "jeg", "de", "dem", "den", "det", "han", "hun", "vi", "you", "we", "they", "it", "the", "a"}


_COMPANY_LEAD = re.compile(r"^(hos|ved|i|på|paa|firmaet|virksomheden)\s+", re.IGNORECASE)


_BRANCH_SUFFIX = re.compile(r"(?<=[a-zæøå])-(?:butikken|butik|afdelingen|lageret|kontoret|filialen|klubben)$")


def clean_company(text: str) -> str | None:
    """'Novo Nordisk.' -> 'Novo Nordisk'; None for a pronoun or something too short or long."""
    value = clean_free_text(text, _COMPANY_LEAD)
    if value is not None:
        value = re.sub(r"['’]s$", "", value)  # "DSV's lager": the employer, not its genitive
        value = _BRANCH_SUFFIX.sub("", value)  # "Røde Kors-butikken": the organisation, not its shop
    if value is None or len(value) < 2 or value.lower() in _NOT_A_COMPANY or re.fullmatch(_TITLE, value, re.I):
        return None  # "køkkenchef": a person's title the tagger took for the employer
    return value + "." if value.endswith("& Co") and text.strip().endswith("& Co.") else value  # "K. Lund & Co. som"
