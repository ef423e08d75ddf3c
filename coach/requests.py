"""Whether a message itself asks for something that destroys or records (start over, cancel reminders).

The NLU's intent is a guess; an action that wipes the conversation or the reminders needs the words to
say so too (or a button, whose payload "/intent" is certain). Otherwise the coach asks first.
"""

from __future__ import annotations

import re
from datetime import date

from coach import clock
from coach.danish import fold
from coach.dates.parser import Direction, find_times
from coach.facts import (
    answer_reported,
    attempts_reported,
    following_up_now,
    names_said,
    opens_with_a_channel,
    parse_channel,
    rejection_reported,
    speaks_of_last_time,
)
from coach.facts.cues import OTHER_OFFER_CUES, READ_BY_THE_COACH
from coach.practise import lets_practise  # noqa: F401 (the message guard's)
from coach.review.request import asks_to_read_own

_START_OVER = re.compile(
    r"\b(forfra|fra start|fra begyndelsen|start over|restart|reset|nulstil\w*|ny samtale|ny sag|"
    r"slet (det hele|alt)|glem (det hele|alt)|begynd\w* (helt )?(paa ny|igen))\b")
_CANCEL = re.compile(r"\b(stop\w*|slet\w*|annuller\w*|aflys\w*|fjern\w*|drop\w*|afmeld\w*|glem|"
                     r"ingen|ikke (\w+ )?(flere|mere)|ikke (minde|mind))\b")
_REMINDER = re.compile(r"\b(paamindelse\w*|mind\w*|reminder\w*|beskeder?|notifikation\w*|alarm\w*)\b")


def is_button(said: str) -> bool:
    """A quick reply's payload ('/cancel_reminder'): the user pressed the button."""
    return said.startswith("/")


def asks_to_start_over(said: str) -> bool:
    """The whole conversation started again; not "Kan du starte forfra med det?" about one thing (a tester's case
    was wiped by it): that is asked about first."""
    folded = fold(said)
    return is_button(said) or bool(_START_OVER.search(folded)) and not _ONE_THING_AGAIN.search(folded) \
        and not asks_what_starting_over_costs(said)


def asks_what_starting_over_costs(said: str) -> bool:
    """'men mister jeg så planen for Lone hvis jeg starter forfra?' (a tester's plan was wiped by it): a question
    about starting over, answered, not obeyed."""
    folded = fold(said)
    return bool(_START_OVER.search(folded) and _WHAT_IT_COSTS.search(folded))


_WHAT_IT_COSTS = re.compile(r"\b(mister|taber|miste|tabe|forsvinder|slettes|sletter du|glemmer du|hvad sker der|"
                            r"hvis (jeg|vi) (starter|begynder|tager)|kan jeg (faa|se) \w+ igen)\b")


_ONE_THING_AGAIN = re.compile(r"\bforfra med (det|den|dem|taellingen|optaellingen|opfoelgning\w*|mailen|"
                              r"manuskriptet|oevelsen|datoen|planen)\b")


_LEAVE = re.compile(r"^\W*(ok\W*|okay\W*|nej\W*)?(stop+|stop (nu|det|så|saa|lige)|hold op|hold nu op|glem det|drop det|"
                    r"(jeg )?gider (ikke|ik) (mere|det (her|mere)|det( nu)?)|(jeg )?gider ikke|lad os stoppe( her)?|"
                    r"(jeg|vi) stopper (her|nu)|jeg (vil|orker) ikke mere|jeg vil (gerne )?stoppe( nu| her)?|"
                    r"ikke nu|ikke lige nu|pause|nok for nu|det maa vente|vi tager det (senere|en anden gang|i morgen)|"
                    r"(jeg )?(gider|orker) ikke mere( nu)?|jeg vender tilbage( senere)?)\W*$")
# the same, but not the words the reminders and a rehearsal know ("stop") nor a no to a question ("ikke nu")
_A_BREAK = re.compile(r"^\W*(ok\W*|okay\W*)?(hold (nu )?op|vi tager det (senere|en anden gang|i morgen)|"
                      r"(jeg )?(gider|orker) ikke mere( nu)?|det maa vente|jeg vender tilbage( senere)?|pause)\W*$")


def asks_to_leave(said: str) -> bool:
    """'stop', 'hold op', 'glem det' as the whole message: out of the questions (while the coach asks them)."""
    return bool(_LEAVE.match(fold(said)))


def takes_a_break(said: str) -> bool:
    """'vi tager det senere', 'gider ikke mere nu' as the whole message: a goodbye for now (s43a: "Undskyld, det
    forstod jeg ikke helt" after the plan)."""
    return bool(_A_BREAK.match(fold(said)))


def asks_to_cancel_reminders(said: str) -> bool:
    """'stop påmindelserne', 'jeg vil ikke mindes mere'; 'kan du rykke påmindelsen' is no cancel."""
    folded = fold(said)
    return is_button(said) or bool(_CANCEL.search(folded) and _REMINDER.search(folded))


# The words of a request to rehearse the call (or to go again): without them a guess of the intent is
# unfounded ("jeg vil gerne ringe denne gang" chooses the channel).
_REHEARSE = re.compile(r"\b(oev(?!rig)\w*|ov(e|er|else|erunde)?|rollespil\w*|spil\w*|spille|traen\w*|"
                       r"proev\w* (\w+ )?(af|hoejt|igen|paa|at sige)|en proeve|"
                       r"proeve(samtale|opkald|opringning|runde|omgang|tur)\w*|prove(samtale|opkald|opringning|runde)\w*|"
                       r"generalproeve\w*|lad(e)? som om|simuler\w*|test mig|practice|rehears\w*|"
                       # "igen" alone, not the user's next real call or mail ("ok jeg ringer igen nu")
                       r"lege at|(?<!ringer )(?<!ringe )(?<!skriver )(?<!skrive )(?<!mailer )igen|"
                       r"en gang til|gang mere|ny situation|du er \w+|vaere \S+ og)\b")


def asks_to_rehearse(said: str) -> bool:
    return is_button(said) or bool(_REHEARSE.search(_INTERJECTION.sub(" ", fold(said)))) \
        and not wants_own_draft_read(said)  # "Jeg har omskrevet min egen udgave. Vær venlig at gennemgå den igen."


# "øv. sofie har lige skrevet at de har valgt en anden" (a tester): "øv" as a sigh, no wish to practise
# (also with no mark: "øv de ringede lige nu, de har valgt en anden", V010: the role-play started)
_INTERJECTION = re.compile(r"^\W*(oev|ov|av|suk|pis)(\s*[.!,]+|\s+(?=(de|hun|han|hen|jeg|det|den|vi|nu|altsaa)\b))")


# A request to rehearse that comes with facts ("var til samtale i mandags og vil gerne øve opkaldet") is
# often read as the facts alone: its own words, stricter than _REHEARSE (no "igen", no "spil").
# ("i øvrigt" folds to "oevrigt": no practice, the newcomer trial got the role-play's answer)
_PRACTISE_CALL = re.compile(r"\b(oev(?!rig)\w*|ove|rollespil\w*|traen\w*|simuler\w*|practice|rehears\w*|"
                            r"proeve(opkald|opringning)\w*)\b")


def wants_to_practise_the_call(said: str) -> bool:
    folded = _INTERJECTION.sub(" ", fold(said))
    return bool(_PRACTISE_CALL.search(folded)) and not practises_the_interview(said)


# Someone other than the coach is to read the draft ("min mor vil gerne læse den først"), and the coach
# is not asked ("kan du", "vil du"): no request for a review, however the classifier read it.
_READERS = r"(min|mine) (mor|far|kaereste|mand|kone|ven|veninde|soester|bror|datter|soen|foraeldre|" \
           r"sagsbehandler|jobkonsulent|mentor)\w*"
_OTHER_READER = re.compile(rf"\b{_READERS} (vil|skal|kan|gerne|har)( \w+)? (laese|se|kigge|tjekke|rette)\b|"
                           rf"\b(kan|vil|skal) {_READERS}( lige| gerne| ogsaa)? (laese|se|kigge|tjekke|rette)\b")
_ASKS_THE_COACH = re.compile(r"\b(du|dig|jeg vil gerne have|feedback|korrektur)\b")


# "…og jeg har skrevet en mail, som jeg gerne vil have du læser igennem", "Jeg har skrevet et udkast, som jeg gerne
# vil have Dem til at læse" (testers): the user's own text, and the coach asked to read it, inside a message of facts
_WRITTEN_OWN = re.compile(r"\bjeg har (selv |allerede |lige |nu )?(skrevet|lavet|formuleret|omskrevet|rettet|"
                          r"skrevet \w+ om)\b|\b(mit|et) (eget )?udkast\b|"
                          r"\bmin (egen )?(e-?mail|mail|tekst|udgave|version)\b")
# ... also in De-form: "som jeg gerne vil have Dem til at læse"
_READ_BY_YOU_FORMALLY = re.compile(r"\b(have|faa) dem til at (laese|kigge|tjekke|se)\b")


# "fjern telefonnummeret", "jeg vil ikke have mit nummer med i mailen", "skriv den uden telefonnummeret" (a tester
# was asked whether to delete everything): the number left out of the mail, nothing else
_PHONE = r"(telefon|mobil|tlf\.?)?(nummer|nr\.?)\w*"
_LEAVE_OUT_PHONE = re.compile(rf"\b(fjern\w*|slet\w*|undlad\w*|drop\w*|(vil|skal) ikke (have|ha))(\s+\w+){{0,4}}?\s+"
                              rf"(mit |det |dit )?{_PHONE}\b(?! (er|til)\b)|"
                              rf"\buden (mit |det |dit )?{_PHONE}\b|\btag (mit |det )?{_PHONE}( \w+){{0,3}}? ud\b|"
                              rf"\b{_PHONE}( \w+){{0,3}} (skal )?(ikke (med|staa)|ud|vaek|fjernes)\b|"
                              rf"\bnej tak til (mit |et |dit )?{_PHONE}\b")
_EVERYTHING = re.compile(r"\b(alt|alle|hele|data|oplysninger|samtale\w*)\b")


def asks_to_leave_out_the_phone(said: str) -> bool:
    folded = fold(said)
    return bool(_LEAVE_OUT_PHONE.search(folded)) and not _EVERYTHING.search(folded)


# The words of a reminder's time ("kl 9", "et andet tidspunkt", "senere på dagen"): "ok den 31. november så" has
# none, whatever the classifier guessed (a tester's impossible day got "det forstod jeg ikke")
_TIME_OF_DAY = re.compile(r"\b(kl\.?|klokken|ti\w*punkt\w*|tid|tiden|\w*tiden|\w*tidligt|tidligere|sent|senere|"
                          r"morgen\w*|formiddag\w*|middag\w*|eftermiddag\w*|aften\w*|frokost\w*|dagen|hvornaar|"
                          r"over (et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|\d+)|\d{1,2}[:.]\d{2}|"
                          r"\d{1,2}-tiden|halv|kvart)\b")


def names_a_time_of_day(said: str) -> bool:
    return is_button(said) or bool(_TIME_OF_DAY.search(fold(said)))


def wants_own_draft_read(said: str) -> bool:
    folded = fold(said)
    return bool(_WRITTEN_OWN.search(folded)
                and (READ_BY_THE_COACH.search(folded) or _READ_BY_YOU_FORMALLY.search(folded)))


# The words of a request to read the user's own text ("kan du læse min mail", "er tonen ok", a pasted
# draft): "vent lige, skal lige hente min søn" has none of them, whatever the classifier guessed.
_REVIEW_WORDS = re.compile(r"\b(e-?mail\w*|mail\w*|udkast\w*|tekst\w*|brev\w*|besked\w*|manuskript\w*|"
                           r"opfoelgning\w*|skrevet|skrive|laes\w*|lase|tjek\w*|check\w*|kig\w*|se (paa|den|det|om|"
                           r"igennem|lige)|feedback|korrektur|ret(te)?|vurder\w*|bedoem\w*|lyder|tonen|pushy|"
                           r"paagaaende|god nok|godt nok|professionel\w*|uformel\w*|synes du|hoere (det|hvad)|vise dig|"
                           r"aabning\w*|aabningen|testlaeser|gennemlaes\w*|vil sige|siger|er det ok|er det her)\b")
_PASTED = 25  # words: a message this long may be the draft itself
# The words of reading and judging. A short message without them that names whom the coach's own mail
# greets or who signs it ("kan du skrive den til Ole Strand? og min signatur er Karim Haddad"), or that
# tells of follow-ups made, brings no draft of the user's.
_READING = r"laes\w*|lase|tjek\w*|check\w*|kig\w*|se (paa|den|det|igennem)|korrektur|vurder\w*|lyder|tonen"
_JUDGING_WORDS = re.compile(rf"\b({_READING}|se (om|lige)|feedback|bedoem\w*|pushy|paagaaende|god nok|godt nok|"
                            r"synes du|hoere (det|hvad)|vise dig|testlaeser|gennemlaes\w*|er det ok|er det her)\b")


# "vent, jeg har lige kigget i mine noter": the user looked something up, no one is asked to read
_USER_LOOKED = re.compile(r"\b(jeg )?(har|havde) (lige |nu |lige nu )?(kigget|tjekket|checket|laest|set) "
                          r"(i|paa|efter)\b|\bjeg (kiggede|tjekkede|laeste) (lige )?(i|paa|efter)\b")


# "fik lige den her mail", "de skrev det her": a message from the employer, to be read for its facts
_RECEIVED = re.compile(r"\b(fik|faaet|modtog|modtaget)( lige| netop| nu| i dag| lige nu)? (den her|denne|dette|det her|"
                       r"en|et|deres|hendes|hans)( \w+)? (mail|e-?mail|sms|besked|brev|svar)\b|"
                       r"\b(de|hun|han) (har )?(skrev|skrevet|sendte|sendt) (den her|denne|dette|det her)\b|"
                       # "her er invitationen:", "her er den sidste mail jeg sendte:" (BJ005, BJ009)
                       r"\b(invitationen|indkaldelsen|afslaget|automatisk svar|autosvar)\b|"
                       r"\b(mail|besked|sms)(en)? (som )?jeg (sendte|har sendt)\b")


# "min mail", "den her tekst": the user's own draft, which may be for the coach to read
_OWN_DRAFT = re.compile(r"\b(min|mit|mine|denne|dette|den her|det her) (\w+ )?"
                        r"(e-?mail|mail|udkast|tekst|besked|brev)\w*\b")


def tells_of_a_message_received(said: str) -> bool:
    """'fik lige den her sms': a message from the employer, its words not given yet."""
    return bool(_RECEIVED.search(fold(said)))


def asks_for_review(said: str) -> bool:
    folded = fold(said)
    if is_button(said) or asks_to_read_own(said):  # "… så jeg har skrevet en besked til telefonsvareren. Vil De læse
        return True  # den?" (a tester): what the user wrote, and the request to read it, last
    if _RECEIVED.search(folded) and not _JUDGING_WORDS.search(folded):
        return False  # the employer's words, not a draft of the user's
    if not _REVIEW_WORDS.search(folded) and len(folded.split()) < _PASTED:
        return False
    if _USER_LOOKED.search(folded) and len(folded.split()) < _PASTED and not _ASKS_THE_COACH.search(folded):
        return False
    if opens_with_a_channel(said) and not _ASKS_THE_COACH.search(folded):
        return False  # "Mail, det er sådan vi har skrevet hele vejen" answers "ringe eller mail?"
    if len(folded.split()) < _PASTED and not _JUDGING_WORDS.search(folded) \
            and (any(names_said(said)) or attempts_reported(said) is not None or speaks_of_last_time(said)):
        return False  # "Jeg har skrevet tre gange …, uden at få svar. Bør jeg skrive igen?", "den sidste mail var
        # d. 26." tell follow-ups made
    if len(folded.split()) < _PASTED and not _JUDGING_WORDS.search(folded) and not _ASKS_THE_COACH.search(folded) \
            and not _OWN_DRAFT.search(folded) and parse_channel(said) is not None:
        return False  # "mail har jeg brugt hele tiden" (E022) tells the channel
    return not _OTHER_READER.search(folded) or bool(_ASKS_THE_COACH.search(folded))


# The words of a request about a no ("svar på afslaget", "de har valgt en anden, hvad skriver jeg"):
# "jeg venter på svar på et job", guessed as that request, tells of no no.
# A "nej" of theirs, not the user's own answer: "nej nej! jeg ville bare se hvad du har skrevet ned" to "skal jeg slette
# alt?" closed a tester's application
_A_NO_NAMED = re.compile(r"\b(afslag\w*|afvis\w*|nejet|(et|fik|faaet|sagde|sagt|siger|svarede|blev det) nej|"
                         r"valgt en anden|valgt andre|besat|rejection|rejected)\b")


def names_a_no(said: str) -> bool:
    return bool(_A_NO_NAMED.search(fold(said)))


# "skal jeg lægge en besked?", "hvad hvis jeg får telefonsvareren?": a question about the answering machine,
# not a report of one ("fik telefonsvareren, skal jeg prøve igen?" is a follow-up made)
_VOICEMAIL = re.compile(r"\b((laegge|efterlade|indtale) (en |noget |nogen )?(kort )?(besked|noget)|"
                        r"telefonsvar\w*|voicemail\w*|talebesked\w*)\b")
_ASKS = re.compile(r"\?|\beller hvad\W*$|^\W*(skal|boer|maa|kan|hvad|hvem|hvis|hvordan|burde|laegger man|er det)\b|"
                   r"\bhvad (siger|goer|skriver|svarer) (jeg|man)( saa)?\W*$|\bhvad saa\W*$")
_READ_IT = re.compile(rf"\b({_READING})\b")  # "kan du læse min besked til telefonsvareren?" asks for a review


def asks_about_voicemail(said: str) -> bool:
    """Not a request to read a draft of it ("kan du læse min besked til telefonsvareren?")."""
    folded = fold(said)
    return bool(_VOICEMAIL.search(folded) and _ASKS.search(folded) and not _READ_IT.search(folded)) \
        and attempts_reported(said) is None


# What might happen in the follow-up, asked before it happens: the branches of the call script, and no
# answer at all ("skal jeg også ringe hvis han ikke svarer på mail?").
VOICEMAIL, REJECTED, NOT_DECIDED, NO_ANSWER = "voicemail", "rejected", "not_decided", "no_answer"
OTHER_OFFER = "other_offer"  # another employer's offer (coach.facts.cues.OTHER_OFFER_CUES)
TIME_TO_THINK = "time_to_think"  # their own offer, and time asked to answer it ("kan jeg bede om betænkningstid?")
_TIME_TO_THINK = re.compile(r"\bbetaenkningstid\b|\b(tid|et par dage|nogle dage) (til )?at (taenke|overveje|"
                            r"beslutte)\b|\btaenke (lidt )?over (det|tilbuddet|jobtilbuddet)\b")
# "hvad hvis han siger de har valgt en anden?", "hvad gør jeg hvis de siger nej": a no that may come, not one
# that came; "hvis hun siger de ikke har besluttet sig endnu, hvad så?"
_IF_CLAUSE = re.compile(r"\b(hvis|i fald|i tilfaelde af)\b(?P<rest>[^.!;]*)")
_A_NO = re.compile(r"\b(nej|afslag\w*|valgt (en )?(anden|andre)|ansat (en )?anden|besat|ikke (faar|fik|faaet) "
                   r"(den|jobbet|stillingen)|ikke (blev|bliver) mig)\b")
_UNDECIDED = re.compile(r"\b(ikke (har |havde )?(besluttet|bestemt|afgjort)|ikke (er )?(faerdige|klar)|"
                        r"ikke ved (det )?endnu|ikke har (noget )?svar endnu)\b")
# "hvad hvis han ikke tager den?": the call goes unanswered, as on the answering machine
_NOT_PICKED_UP = re.compile(r"\bikke (\w+ )?(tager (den|telefonen|telefon|imod|op)|svarer (telefonen|i telefonen))\b|"
                            r"\bikke (er )?(der|inde|paa kontoret|at traeffe)\b")  # "Og hvis hun ikke er der?" (s34b)
# "hvad gør jeg hvis de ikke svarer?", "og hvis hun ikke ringer tilbage inden jul?": no answer at all
_NOT_ANSWERED = re.compile(r"\b(ikke (\w+ )?(svarer|svare|svaret|reagerer|reageret|ringer (mig )?tilbage|"
                           r"vender tilbage|skriver tilbage|melder (\w+ )?tilbage|hoerer (noget|fra|mere)|"
                           r"har hoert (noget|fra)|kommer (noget|et svar|med (noget|et svar))|sker noget)|"
                           r"(intet|ingen) (svar|reaktion)|ikke faar (noget |et )?svar)\b")


def what_if_asked(said: str) -> str | None:
    """The branch of the follow-up a question asks about ('skal jeg lægge en besked?' -> VOICEMAIL,
    'hvad hvis de siger nej?' -> REJECTED); None when the message asks about none."""
    folded = fold(said)
    if _TIME_TO_THINK.search(folded) and "?" in folded:  # s32e: "Det kan jeg desværre ikke hjælpe med"
        return TIME_TO_THINK
    if OTHER_OFFER_CUES.search(folded) and not _THIS_JOB_OFFERED.search(folded):
        return OTHER_OFFER
    if asks_about_voicemail(said):
        return VOICEMAIL
    if not _ASKS.search(folded) or _READ_IT.search(folded):
        return None
    for clause in _IF_CLAUSE.finditer(folded):
        if _A_NO.search(clause["rest"]):
            return REJECTED
        if _UNDECIDED.search(clause["rest"]):
            return NOT_DECIDED
        silence = VOICEMAIL if _NOT_PICKED_UP.search(clause["rest"]) else \
            NO_ANSWER if _NOT_ANSWERED.search(clause["rest"]) else None
        if silence is not None:  # "har sendt mailen nu, hvad gør jeg hvis de ikke svarer?" reports one first
            return silence if attempts_reported(said) is None else None
    return None


# "jeg har fået et tilbud fra dem!": the job itself offered, good news, no other offer
_THIS_JOB_OFFERED = re.compile(r"\btilbud fra (dem|jer|hende|ham)\b|\b(fik|faaet) jobbet\b")


# "Hvad anbefaler du?", "hvad ville du gøre?", "what do you recommend" (a tester asked at "ringe eller mail?" and got
# "Skriv „ringe“ eller „mail“"): a wish for advice, answered with the advice on the channel (C1-C4)
_RECOMMENDATION = re.compile(
    r"^\W*((ja|okay|ok|men|og|hmm|oeh|nej|jeg spurgte|jeg spoerger)\W+)*(hvad|hvilken|hvilket) "
    r"((anbefaler|foreslaar|raader) (du|i)|(vil|ville) (du|i) (anbefale|foreslaa|raade til|goere|vaelge)|"
    r"(du|i) (anbefaler|foreslaar|raader til|ville (anbefale|goere|vaelge))|"
    r"(synes|mener|tror) (du|i)( er bedst)?|(vil|ville) (du|i) selv (goere|vaelge))( (mig|mig til|selv))?\W*$|"
    r"^\W*(hvad|hvilken|hvilket) (er|var) (bedst|det bedste|smartest|mest normalt)( at goere)?"
    r"(\W+(at )?(ringe|skrive|maile) eller (at )?(ringe|skrive|maile|sende en mail))?\W*$|"
    r"^\W*what (do|would) you (recommend|suggest|do)\W*$")


def asks_for_a_recommendation(said: str) -> bool:
    """A sentence of the message asks for it, and the message chooses no channel ("Jeg spurgte hvad DU anbefaler. Jeg
    har både hendes telefonnummer og mail")."""
    sentences = re.findall(r"[^.!?]+[.!?]*", fold(said or ""))
    # "hvad er bedst, ringe eller skrive?" names both to choose between
    return any(_RECOMMENDATION.match(s) for s in sentences) and (parse_channel(said) is None or any(
        _RECOMMENDATION.match(s) and " eller " in s for s in sentences) or bool(_TENTATIVE.search(fold(said))))


_TENTATIVE = re.compile(r"\b(ringe|mail\w*|skrive)\s+maaske\s*\?")  # "Hvad ville du selv gøre? Ringe måske?" (s36b)


# "jeg ved ikke hendes navn. hun er butikschef", "jeg kender ikke navnet paa kontaktperson. hvad skal jeg skrive?"
# (s32c: "Det ændrer ikke din plan", four times, and "[kontaktpersonens navn]" stayed)
_NAME_UNKNOWN = re.compile(
    r"\b(ved|kender|aner|husker) (\w+ )?(ikke|ik|ikk) (\w+ )?(hendes|hans|deres|kontaktpersonens|kontaktens|"
    r"chefens|personens|lederens)? ?(navn|hvad (hun|han|de|vedkommende) hedder)\b|"
    r"\b(ved|kender|husker) (\w+ )?(ikke|ik|ikk) navnet\b|\bdon'?t know (the|her|his|their) name\b|"
    r"\b(har|fik) (ikke|aldrig) (faaet )?(hendes|hans|deres|et) navn\b")


def contact_name_unknown(said: str) -> bool:
    return bool(_NAME_UNKNOWN.search(fold(said or "")))


# "vælg du bare", "du bestemmer", "whatever you think" at "ringe eller mail?" (s33c: asked again and again)
_LEFT_TO_THE_COACH = re.compile(r"\b(vaelg|bestem) (du|selv)\b|"
                                r"\bdu (maa|kan|skal) (bare |godt |selv )?(vaelge|bestemme)\b|\bdu bestemmer\b|"
                                r"\b(det er )?(mig )?(lige meget|ligemeget|ligegyldigt)\b|"
                                r"\byou (choose|decide|pick)\b|\bwhatever (you|is)\b|\bup to you\b")


def choice_left_to_the_coach(said: str) -> bool:
    return bool(_LEFT_TO_THE_COACH.search(fold(said or "")))


# "tæller min takkemail fra fredag som en opfølgning?" (s33c: answered with a second thank-you mail)
_THANKS_COUNTED = re.compile(r"\b(taeller|taelle|regnes|regner|gaelder)\b[^?]{0,40}\bopfoelgning|"
                             r"\bopfoelgning\w*\b[^?]{0,30}\b(takke?-?mail\w*|tak)\b[^?]{0,20}\?")


def thanks_counted_asked(said: str) -> bool:
    folded = fold(said or "")
    return bool(_THANKS_COUNTED.search(folded)) and bool(re.search(r"\btak", folded))


def asks_what_if(said: str) -> bool:
    return what_if_asked(said) is not None


_SENTENCES = re.compile(r"(?<=[.!?])\s+")

# Questions about the form of the follow-up: how to greet, sign, fill in the subject, whom to write to or copy,
# and on the phone whom to ask for.
GREETING, SIGN_OFF, SUBJECT, COPY = "greeting", "sign_off", "subject", "copy"
RECIPIENT, ASK_FOR = "recipient", "ask_for"
# … and what does not belong in a follow-up (C4, "no re-selling"): "ka jeg ikk bare skrive til hende på insta?",
# "eller kan jeg bare kigge forbi butikken?", "skal jeg naevne at jeg har 20 aars erfaring?" (s41c: "Undskyld, det
# forstod jeg ikke helt", and the whole script again)
SOCIAL_MEDIA, VISIT, SELLING = "social_media", "visit", "selling"
PRIVATE_NUMBER = "private_number"  # C3: "må jeg ringe på hendes private mobil?" (s42a: promised an answer, none came)
# "kan jeg ikke skrive at jeg synes de har spildt min tid?", "må jeg skrive at jeg har brug for svar inden fredag?"
# (s42c, s42b: asked to paste a draft; the Friday became the employer's answer day)
REPROACH, OWN_DEADLINE = "reproach", "own_deadline"
ANSWERED_BY_ADVICE = (COPY, SOCIAL_MEDIA, VISIT, SELLING, PRIVATE_NUMBER, REPROACH, OWN_DEADLINE)
_MAIL_FORM = (
    (REPROACH, re.compile(r"\b(skrive|sige|naevne|fortaelle)\b[^?]{0,40}\b(spild\w* (af )?min tid|spildt min tid|"
                          r"uprofessionel\w*|useri\w*s|respektl\w*s|elendig\w*|for daarligt|daarlig stil|"
                          r"ikke i orden|skuffet over (dem|jer|hende|ham))")),
    (OWN_DEADLINE, re.compile(r"\b(skrive|sige|naevne|kraeve|bede om)\b[^?]{0,40}\b(brug for (et )?svar|"
                              r"svar (senest|inden)|en (svar)?frist|en deadline|skal have (et )?svar|"
                              r"vil have (et )?svar)\b")),
    (PRIVATE_NUMBER, re.compile(r"\bprivat\w* (mobil\w*|nummer|nr|telefon\w*|fastnet\w*|tlf)\b|"
                                # "må jeg ringe på hendes mobil?" (s43a: the channel question again)
                                r"\bringe (til \w+ )?(paa|til) (hendes|hans) (egen )?mobil\w*\b|"
                                r"\b(mobil\w*|nummer\w*) (fra|paa) (facebook|fb|insta\w*|linkedin|krak|nettet)\b")),
    (SOCIAL_MEDIA, re.compile(r"\b(insta\w*|instagram|facebook|fb|messenger|tiktok|snapchat|snap|twitter|linkedin|"
                              r"sociale medier)\b")),
    (VISIT, re.compile(r"\b(kigge|kig|komme|smutte|gaa|svinge|hoppe|stikke|tage) (\w+ ){0,3}forbi\b|"
                       r"\b(moede|dukke) (\w+ )?op\b|\b(koere|cykle|tage) (der)?(ud|over|hen)\b|"
                       r"\bi egen person\b|\bansigt til ansigt\b")),
    (SELLING, re.compile(r"\b(naevne|sige|skrive|fortaelle|understrege|fremhaeve|minde (dem|hende|ham) om|skrive ind)\b"
                         r"[^?.]{0,40}\b(erfaring\w*|kvalifikation\w*|uddannelse\w*|kompetence\w*|skills|"
                         r"(\d+|mange|ti|tyve|femten) (aar|aars)|cv|hvor (god|dygtig) jeg|meritter|referencer)\b")),
    # "hvem skal jeg spørge efter hvis det ikke er hende der tager den?", "hvad hvis receptionen tager den?"
    (ASK_FOR, re.compile(r"\b((skal|boer|kan|maa) jeg (\w+ )?(spoerge efter|bede om at (faa|tale med|snakke med))|"
                         r"hvem[^?.]{0,20} (spoerge|spoerger) efter|"
                         r"hvem skal jeg (tale|snakke) med|hvem (skal|boer) jeg ringe til|stille(t)? (mig )?om|"
                         r"(en anden|nogen andre?n?|receptionen|omstillingen|sekretaeren|hovednummeret) "
                         r"(der )?(tager|svarer)|ikke er (hende|ham|\w+) (der|som) (tager|svarer))\b")),
    # "skal jeg sende mailen til afdelingssygeplejersken … eller til HR?", "hvem skal jeg skrive til?"
    (RECIPIENT, re.compile(r"\b((sende|skrive|maile|ringe) (\w+ )?til \w+[^?]{0,60}\beller (til )?"
                           r"(?!bare\b|vente\b)\w+|hvem (skal|boer) jeg (sende|skrive|maile|ringe) til|til hvem)\b")),
    (SIGN_OFF, re.compile(r"\b(skriv\w* (jeg |man )?under|underskrift|underskrive|signatur\w*|afslut\w*|"
                          r"slut(te|ter)? (mailen|brevet|af)|venlig hilsen|mvh)\b")),
    (GREETING, re.compile(r"\b(kaere|hej eller|tiltal\w*|du eller de|de eller du|start\w* (mailen|brevet)|"
                          r"indled\w* (mailen|brevet))\b")),
    (SUBJECT, re.compile(r"\b(emnefelt\w*|emnelinje\w*|(i|som|til) emne(t)?|subject|"
                         r"overskrift(en)? (paa|i|til) (mailen|e-?mailen))\b")),
    (COPY, re.compile(r"\b(b?cc|kopi|i kopi|sende den til (chefen|hendes chef|hans chef|flere))\b")),
)


_VISITING = re.compile(r"\bkig\w* (\w+ ){0,3}forbi\b")  # "kigge forbi butikken" asks no one to read anything
# "kan du skrive Kære Louise i stedet": the coach is asked to write it, not how to
_COACH_TO_WRITE = re.compile(r"\b(kan|vil) du (\w+ )?(skrive|saette|aendre|rette|lave)\b")


def mail_form_asked(said: str) -> str | None:
    """Which part of the mail a question is about ('skal jeg skrive kære eller hej?' -> GREETING); None when
    no question asks about one, or the message asks the coach to write it or to read the user's own draft."""
    folded = fold(said)
    if _READ_IT.search(_VISITING.sub("", folded)) or _COACH_TO_WRITE.search(folded):
        return None
    questions = [s for s in _SENTENCES.split(folded) if _ASKS.search(s)]
    return next((part for part, words in _MAIL_FORM for s in questions if words.search(s)), None)


def asks_about_mail_form(said: str) -> bool:
    return mail_form_asked(said) is not None


# "kan jeg ikke bare ringe i morgen?", "skal jeg ikke skrive før?": the user proposes another day for the
# follow-up than the plan's (or asks whether the plan's day is the one)
_OWN_FOLLOW_UP = re.compile(r"\b(kan|maa|skal|boer|burde) (jeg|man) (ikke )?"
                            r"(godt |bare |lige |saa |allerede |hellere )*"
                            r"(ringe|skrive|maile|sende den|foelge op|kontakte (dem|hende|ham))\b|"
                            # "er det ikke dumt at ringe d 28" (a tester got the plan again)
                            r"\ber det (ikke )?(lidt )?(dumt|fornuftigt|ok|okay|en god ide|for tidligt|for sent) at "
                            r"(ringe|skrive|maile|foelge op)\b")
_WHEN = re.compile(r"\b(nu|i dag|idag|i morgen|imorgen|allerede|foer|tidligere|senere|"
                   r"(paa )?(man|tirs|ons|tors|fre)dag|naeste uge|i (naeste|denne) uge|d\.? ?\d+|den \d+|"
                   r"efter (nytaar|jul|ferien|juleferien)|i januar|mellem jul og nytaar|i mellemdagene)\b")
_WAIT_ASKED = re.compile(r"\b(skal|boer|burde) jeg (ikke )?(bare |saa |lige )*vente\b")  # "så skal jeg bare vente?"


# "ok jeg sender den på onsdag": the user's own follow-up, told for a later day than now ("ok jeg ringer nu" is
# on its way, announce_followup)
_OWN_DAY_TOLD = re.compile(r"(\b(jeg|saa) ((vil|skal|vil hellere|vil gerne) )?(sender|ringer|skriver|mailer|sende|"
                           r"ringe|skrive|maile)|^\W*((ok|okay|nej|men|saa)\W+)*lad os (sige|tage))"
                           r"( \w+){0,3}? (paa |i |om |d\.? ?|den )?"
                           r"((man|tirs|ons|tors|fre)dag|i morgen|imorgen|naeste uge|\d{1,2}\.?( (januar|februar|"
                           r"marts|april|maj|juni|juli|august|september|oktober|november|december))?\b)")
# "er 11 dec ikke for sent?", "er 8. december ikke alt for tidligt?" (s32a: the whole plan again): its day doubted
_DAY_DOUBTED = re.compile(r"\b(er|bliver|om) ((man|tirs|ons|tors|fre)dag )?(d\.? ?|den )?\d{1,2}\.? ?"
                          r"((jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w* )?(ikke )?(lidt |alt |lige )?"
                          r"(for (sent|tidligt)|dumt|skidt)\b")  # "er 28 december ikke lidt dumt?" (s34b)
# "jeg spørger bare om tirsdag d 15 ikke er for sent at ringe" (s37c: the plan's own day became their answer day)
_ASKING_IF_DAY = re.compile(r"\bspoerg\w* (bare |lige |faktisk )*om (\w+ ){0,3}(er|bliver) (ikke )?(lidt |alt )?"
                            r"(for (sent|tidligt)|ok|okay|fint)\b|"
                            r"\bom (\w+ ){0,3}(ikke )?er (lidt |alt )?for (sent|tidligt)\b")
# "er det ikke lidt dumt at ringe d 28 december, de holder jo lukket …": a question without its mark
_ASKED_WITHOUT_MARK = re.compile(r"^\W*((men|og|hmm|hov)\W+)*er det (ikke )?(lidt |helt )?(dumt|fornuftigt|ok|okay|"
                                 r"en god ide|for tidligt|for sent) at ")


def day_proposed(said: str) -> bool:
    """A question that names a day (or "nu", "før") for the user's own follow-up, or asks whether to wait; or
    the day told ("ok jeg sender den på onsdag")."""
    folded = fold(said)
    if _READ_IT.search(folded):
        return False
    if "?" not in folded and not _ASKED_WITHOUT_MARK.search(folded) and not _ASKING_IF_DAY.search(folded):
        return bool(_OWN_DAY_TOLD.search(folded)) and attempts_reported(said) is None
    own = _OWN_FOLLOW_UP.search(folded)
    return own is not None and bool(_WHEN.search(folded, own.end())) or waiting_asked(said) \
        or bool(_DAY_DOUBTED.search(folded)) or bool(_ASKING_IF_DAY.search(folded)) or too_late_asked(said)


def waiting_asked(said: str) -> bool:
    return bool(_WAIT_ASKED.search(fold(said)))


def too_late_asked(said: str) -> bool:
    """'er det ikke alt for sent nu?? det er jo næsten 2 måneder siden' (s42c: "Det spørgsmål kan jeg desværre ikke
    svare sikkert på")."""
    folded = fold(said)  # (not "er det for sent at sende en tak for samtalen nu?": the thank-you, s43a)
    return bool(_TOO_LATE_ASKED.search(folded)) and "?" in said and not _THANKS_ASKED.search(folded)


_THANKS_ASKED = re.compile(r"\b(tak|takke\w*|takkemail\w*|takkebrev\w*|tak for samtalen)\b")


_TOO_LATE_ASKED = re.compile(r"\b(er det|er jeg|bliver det|er den|er det nu) (ikke )?(\w+ )?"
                             r"(lidt |alt |helt |allerede |bare |nu |saa )*for sent\b|"
                             r"\bhar jeg (ventet|vaeret) for laenge\b|"
                             r"\bfor sent (nu )?at (ringe|skrive|maile|foelge op)\b|\btoo late\b")


def proposed_day(said: str, today: date) -> date | None:
    """The day named in the question that proposes one ("De sagde svar d. 30/4. Kan jeg ringe i morgen?" -> the
    day after today); None for "nu", "før" or no day."""
    asking = next((s for s in _SENTENCES.split(said) if day_proposed(s)), said)
    named = find_times(asking, today, Direction.FUTURE)
    return named[0].value if named and isinstance(named[0].value, date) else None


# "skal jeg sende tak bagefter?", "og takkemailen, skal den sendes samme dag?": about the thank-you (R6/R7),
# however rare the wording; not "sige tak" in the call, and not a long opening that asks it in passing
_THANKS = re.compile(r"\b(sende|skrive|sender|skriver) (\w+ )?(en |et )?(lille |kort |hurtig )?"
                     r"(tak|tak-?mail|takke\w*)\b|\btakke\w*(mail|brev|besked|hilsen)\w*\b|"
                     r"\btakke (dem|for samtalen|hende|ham)\b")
_ASKED_IN_PASSING = 20  # words


def asks_about_thanks(said: str) -> bool:
    """Also at the end of a long story, in a sentence of its own ("… inden jul. vil gerne sende en tak-mail, kan du
    hjælpe?": s35d, the follow-up mail came instead)."""
    folded = fold(said)
    return any(len(sentence.split()) <= _ASKED_IN_PASSING and _THANKS.search(sentence)
               for sentence in re.split(r"(?<=[.!?])\s+|\n", folded))


# "kan du sende mig en kalenderfil?", "kan jeg få det i min kalender": the plan's day as a calendar file again;
# not "har sat det i kalenderen" (done) nor "tjekker lige min kalender"
# "kan vi øve samtalen" before the interview (BC043): the job interview, not the follow-up call the coach plays
_PRACTISE_INTERVIEW = re.compile(r"\b(oev(?!rig)\w*|traen\w*|forbered\w*)\b[^.!?]{0,30}"
                                 r"\b(job)?(samtale\w*|interview\w*)\b")
_THE_CALL = re.compile(r"\b(opkald\w*|opringning\w*|ringe\w*|telefon\w*|opfoelgning\w*)\b")


def practises_the_interview(said: str) -> bool:
    folded = fold(said)
    return bool(_PRACTISE_INTERVIEW.search(folded)) and not _THE_CALL.search(folded)


_CALENDAR = re.compile(r"\b(kalender\w*|calendar|ics|outlook|google ?kal\w*)\b")
_CALENDAR_WANTED = re.compile(r"\?|\b(send|sende|lav|lave|giv|give|faa|tilfoej\w*|saet|saette|laeg|laegge|"
                              r"gerne|tak|kan du|vil du|kunne du)\b")
_CALENDAR_DONE = re.compile(r"\b(har|jeg) (\w+ )?(sat|lagt|skrevet|tilfoejet|gemt|noteret)\b|\btjek\w*|\bkig\w*")


def asks_for_calendar(said: str) -> bool:
    folded = fold(said)
    return bool(_CALENDAR.search(folded) and _CALENDAR_WANTED.search(folded) and not _CALENDAR_DONE.search(folded))


def about_to_follow_up(said: str) -> bool:
    """'ok jeg skriver til hende nu', 'ringer lige nu': the user's follow-up is about to happen, not done;
    a message that also tells how one went ("fik telefonsvareren, ringer igen nu") reports that first."""
    return following_up_now(said) and attempts_reported(said) is None and not rejection_reported(said) \
        and not answer_reported(said)


# Changes asked of the coach's own mail: "skriv Hej i stedet for Kære", "kan du ændre 'Kære Anne Kjær,' til 'Hej
# Anne'?", "kan mailen starte med Hej Henrik", "den er stadig Kære??"; "kan du gøre den kortere?", "må jeg få den
# lidt kortere" (testers: misread as a restart, an answer from the employer, out of scope).
INFORMAL, FORMAL, SHORTER, BY_HAND = "informal", "formal", "shorter", "by_hand"
# the reply to a no without its request for feedback ("kan du lave den uden spørgsmålet om feedback?", "jeg vil ikke
# spørge om feedback, kan du fjerne det sidste stykke"; s41c: "Skal jeg slette alt, hvad du har fortalt mig")
NO_FEEDBACK = "no_feedback"
_NO_FEEDBACK = re.compile(r"\buden (\w+ ){0,3}(feedback|tilbagemelding\w*)\b|"
                          r"\b(fjern\w*|tag|tage|drop\w*|slet\w*) (\w+ ){0,3}(feedback\w*)\b|"
                          r"\bikke (\w+ )?(spoerge|bede) om (\w+ )?feedback\w*|"
                          r"\b(fjern\w*|tag|tage|drop\w*|slet\w*) (\w+ ){0,2}(det|den) sidste (stykke|afsnit|del|linje|"
                          r"saetning)\b")
_INFORMAL = re.compile(
    r"\bhej\b[^.?!]{0,40}\b(i stedet for|istedet for|istedetfor|frem for|fremfor|og ikke)\b[^.?!]{0,15}\bkaere\b|"
    r"\bkaere\b[^.?!]{0,40}\b(til|med)\W{0,3}hej\b|"
    r"\b(start\w*|begynd\w*|indled\w*|skriv\w*|bruge?|aabne\w*)\b[^.?!]{0,30}\bmed\W{0,3}hej\b|"
    r"\b(er|staar) (der )?(jo |stadig )+kaere\b|"
    # not "tonen er lidt for uformel" (s36b: made less formal still)
    r"\b(mindre|ikke saa|knap saa) (formelt?|stiv|hoejtidelig)\b|\bmere uformelt?\b|(?<!for )\buformelt?\b|"
    r"\bfor (formel|stiv)\b|"
    # "kan den blive kortere og med Hej?", "og med Hej i stedet" (s33d: shorter, and "Kære Søren" stayed)
    r"\b(og|men|gerne|bare) med hej\b")
_SHORTER = re.compile(
    r"\b(goer|goere|lav|lave|skriv|skrive|faa|have|lidt|meget|noget|en)\b[^.?!]{0,25}\bkortere\b|"
    # (not "jeg sendte faktisk en kort mail i lørdags": one sent, AD041)
    r"\b(forkort\w*|skaer\w* (den |mailen |teksten |det )?ned|(?<!sendte en )(?<!sendt en )(?<!skrev en )"
    r"(?<!skrevet en )kort(e|ere)? (version|udgave|mail))\b|"
    r"\b(den|mailen|teksten|brevet|det) er (lidt |alt |for |meget |lige )*(for )+lang\b|"
    # "nice. kan den også blive kortere?", "kortere tak" (s32: the coach's introduction, as if from the start)
    r"\b(kan|maa|skal) (den|mailen|teksten|det|manuskriptet) (\w+ ){0,2}(blive|vaere|goeres) (\w+ )?kortere\b|"
    r"^\W*((ok|okay|nice|fint|super|godt|ja)\W+)*kortere\W*((tak|please|pls)\W*)?$")
# Changes the user had better make by hand ("og tilføj at jeg gerne sender mine referencer", "tag takken ud",
# "skriv den i De-form"): testers got "Hvor godt, at du har fået svar!" (the reminders stopped) or a thank-you mail
_BY_HAND = re.compile(
    r"\b(tilfoej\w*|indsaet\w*|saet\w*|skriv\w*) (ogsaa |lige |gerne )*(en saetning|et afsnit|en linje|noget om)\b|"
    r"\b(saet|saette) (\w+ ){0,2}ind\b|"
    # "kan du få med at det er på Bispebjerg Hospital", "kan du skrive Netcompany ind et sted", "jeg vil have at
    # hospitalet står i mailen" (s32: the same mail sent back without a word)
    r"\b(faa|faar) (\w+ ){0,2}med,? at\b|\bskriv\w* (\w+ ){1,3}ind\b|\bstaa(r)? i (mailen|teksten)\b|"
    # the imperative, or "kan du fjerne …": not "jeg tager imod tilbuddet" (news of a job offer)
    r"\b(tag|fjern|slet|drop|tage|fjerne|slette|droppe) (\w+ ){0,2}(takken|tak'en|taksigelsen|saetning\w*|"
    r"afsnit\w*|linje\w*|spoergsmaal\w*|tilbud\w*|stykke\w*)( \w+){0,2} ?(ud|vaek)?\b|"
    r"\bde-?form\b|\bmed de og dem\b|\bmere (formel|formelt|hoeflig|personlig)\b|\bformel(l)?ere\b|"
    # "nice, kan du lave mailen om så den siger det?", "… en mail hvor jeg nævner det andet tilbud" (s41c: "Undskyld,
    # det forstod jeg ikke helt", and the advice again)
    r"\b(lave|lav|skrive|skriv|aendre|aendr|rette|ret) (\w+ ){0,2}(mailen|den|teksten|manuskriptet|brevet) om\b|"
    r"\b(saa|hvor) (den|mailen|jeg) (siger|naevner|fortaeller|skriver) (det|om|at)\b")
# "og tilføj at jeg gerne sender mine referencer": a change, unless it tells a fact ("tilføj at jeg ringede i går")
_ADD_THAT = re.compile(r"^\W*(og |men |kan du |vil du )*(tilfoej\w*|skriv ogsaa) (at|om|mit|min|mine|noget)\b")
# "så start med Kære Lars igen" (a tester got "Vil du starte helt forfra"): back to the formal greeting
_FORMAL = re.compile(r"\b(start\w*|begynd\w*|skriv\w*|brug\w*)\b[^.?!]{0,30}\bmed\W{0,3}kaere\b|\bfor uformelt?\b|"
                     r"\bkaere\b[^.?!]{0,15}\b(i stedet for|istedet for|frem for)\W{0,3}hej\b")
_NOT_THE_MAIL = re.compile(r"\b(paamindelse\w*|kalender\w*|reminder\w*|nummer\w*|tlf|telefonnummer\w*)\b")
_EDIT_WORDS = 30  # a request; a pasted draft may say "med en kortere opsigelse"
_A_CHOICE_ASKED = re.compile(r"\b(kaere|hej) eller (kaere|hej)\b|^\W*(hvorfor|hvad betyder)\b")


def mail_edits_asked(said: str) -> tuple[str, ...]:
    """The changes asked of the coach's mail (INFORMAL, SHORTER); () when the message asks none, or asks which
    greeting is best ("kære eller hej?": a question about the form)."""
    folded = fold(re.sub(r"[\"'“”„»«]", " ", said or ""))
    # (nor "vil du læse den? den er nok for lang": a request to read the user's own)
    if len(folded.split()) > _EDIT_WORDS or _A_CHOICE_ASKED.search(folded) or READ_BY_THE_COACH.search(folded):
        return ()
    if mail_form_asked(said) in (SOCIAL_MEDIA, VISIT):  # "… på linkedin i stedet, det er mindre formelt" (s42c: "Fint")
        return ()
    edits = tuple(edit for edit, words in ((INFORMAL, _INFORMAL), (FORMAL, _FORMAL), (SHORTER, _SHORTER),
                                           (NO_FEEDBACK, _NO_FEEDBACK)) if words.search(folded))
    if INFORMAL in edits and FORMAL in edits:  # "Kære i stedet for Hej" names both words: the one asked comes first
        edits = tuple(e for e in edits if e != (INFORMAL if _FORMAL.search(folded).start() < _INFORMAL.search(
            folded).start() else FORMAL))
    return edits + ((BY_HAND,) if _by_hand(said, folded) else ())


def _by_hand(said: str, folded: str) -> bool:
    """A change the user makes best in their own words; not a fact told ("tilføj at jeg har ringet i går")."""
    if _NOT_THE_MAIL.search(folded):
        return False
    return bool(_BY_HAND.search(folded)) or bool(_ADD_THAT.search(folded)) and not attempts_reported(said) \
        and not find_times(said, clock.today(), Direction.PAST)


def asks_to_edit_mail(said: str) -> bool:
    return bool(mail_edits_asked(said))
