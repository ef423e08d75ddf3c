"""What the user asks to have read: an e-mail or a call opening, and whether the draft came along."""

from __future__ import annotations

import re
from typing import Literal

from coach.conduct.text import loose, rx, sentences, words

DraftKind = Literal["email", "call", "voicemail"]

_ASKS_EMAIL = rx(r"\b(e-?mail\w*|mail\w*|besked(en)? jeg (vil )?skrive|skrevet|brev\w*|ansøgning)\b",
                 # "Jeg tænkte at skrive det her til hende på LinkedIn" (s43c: read as a call opening)
                 r"\b(skrive|sende) (det|den|dette|denne)( her)?\b", r"\b(linkedin|facebook|messenger|sms)\b")
_ASKS_CALL = rx(r"\b(opkald\w*|ringe|ringer|telefon\w*|sige|siger|åbning\w*|replik\w*|manuskript\w*|indledning)\b")
# "hvad jeg vil sige, når jeg ringer": spoken words, even beside "skrevet" ("jeg har skrevet hvad jeg vil sige")
_SPOKEN = rx(r"\b(vil|skal|tænker at|har tænkt mig at) sige\b", r"\bnår jeg ringer\b", r"\bi telefonen\b")
_VOICEMAIL = rx(r"\btelefonsvar\w*", r"\bvoicemail\w*", r"\bsvarer\w*", r"\blægge (en )?besked\b", r"\bindtale\b")
_MAIL_WORD = rx(r"(?<!ikke )(?<!ikke en )\b(e-?mail\w*|mail\w*|brev\w*)\b")  # not "Det er ikke en mail" (a tester)
_EMAIL_SHAPE = rx(r"^\s*(emne|subject|overskrift|re|sv|vs)\s*:", r"^\s*(kære|kaere|dear)\b",
                  r"^\s*(med )?(venlig|venligste|bedste|mange|de bedste) hilsen(er)?\b", r"^\s*mvh\b")
_REQUEST_END = re.compile(r"^(?P<request>[^\n]{0,160}?(?:[?:]|\n))\s*(?P<draft>\S[\s\S]*)$")
_DRAFT_MIN_WORDS = 12


# "kan du skrive en mail til Lone": the coach is asked to write, not to read what the user wrote.
_ASKS_TO_WRITE = rx(r"\b(skriv\w*|lav\w*|formuler\w*|forfat\w*|giv mig|har du)\b.{0,25}\b(en|et|noget)\b.{0,15}"
                    r"\b(e-?mail|mail|udkast|brev|besked|manus\w*|tekst)")
_OWN_DRAFT = rx(r"\b(min|mit|mine) (egen |eget )?(e-?mail|mail|udkast|tekst|besked|åbning\w*|manus\w*|brev)",
                r"\b(jeg )?har (selv |lige |allerede |også )?(skrevet|lavet|formuleret)\b", r"\bher er\b",
                # "er det her ok?", "can you check my follow up email?" above a pasted draft (s42b: read as facts)
                r"\b(er|virker|lyder) (det her|den her|den|dette|denne) "
                r"(ok|okay|i orden|godt nok|god nok|fint|fin|godt)\b",
                r"\b(check|look at|read|review)\b.{0,20}\b(my|this)\b",
                # "ok ny version:", "jeg har rettet den, hvad siger du nu:" (s43c: the plan again, no review)
                r"\b(ny|nyt|anden|rettet|rettede|ændret|ændrede|forbedret|forbedrede) (version|udgave|forsøg|bud|"
                r"mail|tekst|åbning)\b", r"\bhar (rettet|ændret|lavet om på|omskrevet|forbedret) (den|det|mailen)\b",
                r"\bhvad siger du (nu|så|til den|til det)\b",
                r"\b(læs|læse|tjek\w*|kig\w*|rette|vurder\w*|bedøm\w*|feedback|korrektur)\b",
                r"\bhvad synes du om (det her|den her|dette|denne|følgende)\b",
                r"\b(det|det her|dette|hvad),? (jeg|som jeg) (vil|skal|tænker at) (sige|skrive|sende)\b",
                # "kan du se om den er i orden, før jeg sender den", "skrive nedenstående" (testers)
                r"\b(nedenstående|herunder)\b", r"\bom (den|det|mailen|teksten) er (i orden|ok|okay|god|fin)\b",
                r"\bvær ærlig\b",
                # "… vil jeg sige det her, kan du lige høre det?", "ok hvad med den her saa:", "kan du lige høre hvad
                # jeg vil lægge på telefonsvareren:" (testers: read as facts, or answered with a template)
                r"\b(kan|vil) du (lige )?(høre|lytte)\b", r"\bhvad med (den|det|denne|dette)( her)?\b",
                r"\bvil jeg sige (det her|følgende|dette)\b", r"\bjeg vil (lægge|indtale)\b")


def asks_to_write(message: str) -> DraftKind | None:
    """'email' or 'call' when the message asks the coach to write one rather than to read the user's own."""
    lo = loose(message or "")
    if not _ASKS_TO_WRITE.search(lo) or _OWN_DRAFT.search(lo):
        return None
    return "call" if _ASKS_CALL.search(lo) and not _ASKS_EMAIL.search(lo) else "email"


_CHANNEL_WORD = rx(r"\b(e-?mail|mail|ringe|ringer|opkald|telefon)\b")


def only_a_channel(message: str) -> bool:
    """'ok mail', 'ringe tak', 'hvad synes du? ok jeg ringer': a short choice of channel (after a question
    to the coach, maybe), no request to read anything."""
    lo = loose(message or "")
    if _OWN_DRAFT.search(lo):
        return False
    last_clause = re.split(r"[,.!?]", lo.strip(" .!"))[-1]  # "ok fair nok, så ringer jeg"
    return any(len(words(part)) <= 4 and _CHANNEL_WORD.search(part)
               for part in (lo, lo.rsplit("?", 1)[-1], last_clause))


_SPOKEN_OPENING = rx(r"^\W*(hej|hejsa|goddag|god morgen|godmorgen|hallo|davs)\W+(\w+\W+)?"
                     r"(det er|mit navn er|jeg hedder) ")


def draft_kind(request: str, draft: str | None = None) -> DraftKind | None:
    """'email', 'call' or 'voicemail' from the draft's shape, else from the words of the request; None if neither
    says."""
    if draft:
        if any(_EMAIL_SHAPE.search(loose(line)) for line in draft.splitlines()):
            return "email"
        if len([p for p in re.split(r"\n\s*\n", draft) if p.strip()]) >= 3:
            return "email"
    # the request's own words, not the draft's ("… om I har haft mulighed for at se på min ansøgning?" in an opening
    # pasted under "Vil du lige høre min åbning til opkaldet?" made it a mail, s39b)
    lo = loose((request or "").replace(draft, " ") if draft else request or "")
    if _VOICEMAIL.search(lo) and not _MAIL_WORD.search(lo):
        return "voicemail"  # judged as a call opening that must leave the number (a tester's had none: "✓")
    if draft and _SPOKEN_OPENING.match(loose(draft)) and not _MAIL_WORD.search(lo):
        return "call"  # "Goddag, det er Birthe Nørgaard …" under "her er det jeg selv har skrevet" (s42b: a mail)
    if _SPOKEN.search(lo) and not _MAIL_WORD.search(lo) or _ASKS_CALL.search(lo) and not _ASKS_EMAIL.search(lo):
        return "call"
    if _ASKS_EMAIL.search(lo):
        return "email"
    return "call" if draft else None


# "kan du vise den forbedrede version igen?", "kan jeg få den rettede mail igen" after a review
# (s39b: "Det kan jeg desværre ikke hjælpe med", the questions for the plan, or the role-play)
_IMPROVED_AGAIN = rx(r"\b(forbedrede|rettede|ændrede) (version|udgave|mail|åbning|tekst)\w*\b")


def asks_for_the_improved_version(message: str) -> bool:
    return bool(_IMPROVED_AGAIN.search(loose(message or "")))


def draft_in_request(message: str) -> str | None:
    """The draft pasted into the same message as the request ("kan du læse min mail?\\n\\nEmne: …"), or None."""
    message = (message or "").strip()
    match = _REQUEST_END.match(message) or _LONG_INTRO.match(message)
    if not match:
        return None
    draft = without_intro(match["draft"])
    if len(sentences(draft)) == 1 and _ABOUT_THE_DRAFT.search(loose(draft)):
        return None  # "Kan du læse min mail? Det er det udkast, jeg skrev i sidste uge men aldrig sendte." (a tester)
    if _ASKS_TO_READ_IT.search(loose(draft)):
        return None  # "er det ok jeg skriver lidt english? jeg havde interview … kan du checke den?" (s38d): the ask
    if _TALKS_TO_THE_COACH.search(loose(draft)):
        return None  # "… min egen mail var fin? skal jeg så sende din eller min? og du har fjernet …" (s43c: reviewed)

    return draft if len(words(loose(draft))) >= _DRAFT_MIN_WORDS else None


# about the coach's own mail or what it said, to the coach: no draft for an employer
_TALKS_TO_THE_COACH = rx(r"\bdin eller min\b",
                         r"\bdu (sagde|skrev|har (fjernet|skrevet|lavet|ændret|rettet|slettet|sagt))\b",
                         r"\bdin (mail|version|udgave|tekst)\b")
# "skal jeg så sende din eller min?", "hvilken mail skal jeg sende?" after a review (s43c: reviewed as a mail)
_WHICH_TO_SEND = rx(r"\b(din eller min|min eller din)\b",
                    r"\bhvilken (mail|en|af dem|version|udgave) skal jeg (sende|bruge)\b",
                    r"\bskal jeg (så )?(sende|bruge) (din|min egen|min)\b")


def asks_which_to_send(message: str) -> bool:
    return bool(_WHICH_TO_SEND.search(loose(message or "")))
# the words after the first question end by asking for the review: they lead up to the draft, they are none
_ASKS_TO_READ_IT = rx(r"\b(kan|vil|gider|må) (du|jeg få dig til at) (lige |godt |ikke )*(checke|tjekke|læse|kigge|se|"
                      r"rette|gennemgå|vurdere)\b[^.!?\n]{0,25}\?\s*$")
_ABOUT_THE_DRAFT = rx(r"^(det|den|dette|den her|det her) er (det|den|min|mit)\b", r"\b(udkast\w*|kladde\w*)\b",
                      r"\b(aldrig|ikke) (fået )?(sendt|sendte)\b", r"\bjeg har skrevet (den|det) selv\b")


def story_before_the_draft(message: str) -> str | None:
    """The message up to the draft pasted under it, when it is long enough to tell facts of the case ("Jeg var til
    samtale … formanden Preben sagde … kan du se om den er i orden:"); None otherwise."""
    draft = draft_in_request(message)
    start = (message or "").find(draft[:40]) if draft else -1
    return message[:start] if start >= 0 and len(message[:start].split()) >= _STORY_WORDS else None


_STORY_WORDS = 20


# "Her er hvad jeg har skrevet. Min mand synes den er alt for lang … så vær ærlig:\n\nEmne: …" (testers): a
# paragraph of its own before the mail, which starts with its subject or greeting after a blank line
_LONG_INTRO = re.compile(r"^(?P<request>[\s\S]{20,900}?)\n[ \t]*\n\s*"
                         r"(?P<draft>(?:(?:emne|subject|re|sv)\s*:|(?:kære|kaere|dear)\b)[\s\S]*)$", re.IGNORECASE)


def without_intro(draft: str) -> str:
    """The draft without the short line that brings it ("her er den:", also as a message of its own), nor a short
    remark before the mail's subject or greeting ("jeg har skrevet den selv\\n\\nEmne: …", a tester's was reviewed as
    part of the mail)."""
    draft = _INTRODUCED_BY.sub("", (draft or "").strip(), count=1).strip()
    remark = _REMARK_BEFORE_THE_MAIL.match(draft)
    return draft[remark.end():].strip() if remark and len(words(loose(remark["remark"]))) <= _REMARK_WORDS else draft


_REMARK_BEFORE_THE_MAIL = re.compile(r"^(?!\s*((emne|subject|re|sv)\s*:|(kære|kaere|hej|hejsa|goddag|dear|hi)\b))"
                                     r"(?P<remark>[^\n]+)\n[ \t]*\n"
                                     # "ok. jeg har rettet det, ser det godt ud nu?\n\nHej Lone," (s37b: reviewed too)
                                     r"(?=\s*((emne|subject|re|sv)\s*:|(kære|kaere|dear|hej|hejsa|goddag)\b))",
                                     re.IGNORECASE)
_REMARK_WORDS = 20
# "Kan du læse min mail? Her er den:\n\nEmne: …" (a tester): the line that brings the draft is the request's
_INTRODUCED_BY = re.compile(r"^(?!\s*((emne|subject|re|sv|til|to|fra|from|cc)\s*:|"
                            r"(kære|kaere|hej|hejsa|goddag|dear|hi)\b))[^\n:]{0,60}:[ \t]*\n", re.IGNORECASE)


# "ja tak, vil du se hvad jeg har skrevet?", "jeg har skrevet et svar på afslaget, vil du se det?", "Og hvad med
# denne version?" (testers): a request to read, the draft to come in the next message
_SHOW_OWN = rx(r"\b(vil|kan|gider|må|skal) du (lige |ikke )?(se|kigge på|læse|tjekke|høre)( \w+){0,3}? "
               r"(det|den|hvad jeg|version\w*|svar\w*|udkast\w*|tekst\w*|mail\w*|besked\w*|åbning\w*|forslag\w*)\b",
               r"\bhvad (med|siger du til|synes du om) (denne|den her|dette|det her|min nye|en ny|den nye) version\b",
               r"\b(vil|må) du (se|læse) (det|den)\b")
_SHORT_REQUEST = 25  # words: a request, not a draft with a question in it


def asks_to_read_own(message: str) -> bool:
    """A short message asking the coach to read something the user wrote, without the draft in it; or a
    longer one that tells what the user wrote and ends with the request ("… så jeg har skrevet en besked til
    telefonsvareren. Vil De læse den?", a tester)."""
    lo = loose(message or "")
    last = loose(last_sentence(message))
    asked = _SHOW_OWN.search(lo) or _SHOW_OWN_DE.search(message or "")
    told = len(words(lo)) <= _SHORT_REQUEST or (
        len(words(last)) <= _SHORT_LAST and (_SHOW_OWN.search(last) or _SHOW_OWN_DE.search(last_sentence(message)))
        and (_WROTE_IT.search(lo) or _MINE.search(last)))
    announced = bool(_WROTE_IT.search(lo)) and (message or "").rstrip().endswith(":")  # "… hvis jeg får hans
    # telefonsvarer:" with the text to come (a tester)
    return bool(asked and told or announced) and asks_to_write(lo) is None and draft_in_request(message) is None \
        and not _THEIRS.search(lo)


def last_sentence(message: str) -> str:
    parts = sentences(message or "")
    return parts[-1] if parts else ""


# "Vil De læse den?": the De-form, told from "vil de (the employer) læse den" by its capital
_SHOW_OWN_DE = re.compile(r"\b(Vil|Kan|Gider|Må|vil|kan|må) De (lige |ikke )?(se|læse|kigge på|tjekke|høre)\b")
_WROTE_IT = rx(r"\bjeg har (selv |lige |allerede )?(skrevet|lavet|formuleret|forberedt)\b")
_SHORT_LAST = 12
_MINE = rx(r"\b(min|mit|mine) (egen |eget )?(mail|besked|tekst|udkast|svar|åbning|brev)\w*\b")


_THEIRS = rx(r"\bfra (dem|hende|ham|jer|arbejdsgiver\w*|firma\w*|virksomhed\w*)\b",
             r"\b(deres|hans|hendes) (svar|mail|besked)")


def asks_to_read_pasted_draft(message: str) -> bool:
    """'kan du læse min mail?' with the draft pasted under it: the request decides what the message
    is, not the facts in the draft (a pasted e-mail is full of dates, names and a role)."""
    draft = draft_in_request(message)
    if draft is None:
        return False
    request = loose((message or "").strip()[: len((message or "").strip()) - len(draft)])
    if (_NOT_A_DRAFT.search(request) or _A_REPLY_BELOW.search(loose(draft))) and not _READ_IT.search(request):
        return False  # "her er invitationen:", "her er den sidste mail jeg sendte:" (BJ005, BJ009): facts, no draft
    return bool(_OWN_DRAFT.search(request)) and asks_to_write(request) is None


# The employer's mail, or one the user already sent: pasted to tell what it says, not to be read for the user
_NOT_A_DRAFT = rx(r"\b(fik|fået|modtog|modtaget)\b.{0,30}\b(mail|sms|besked|brev|svar|invitation|indkaldelse)",
                  r"\b(invitationen|indkaldelsen|svaret|afslaget|deres mail|deres sms|mailen fra|sms'en|sms’en|"
                  r"automatisk svar|autosvar)\b",
                  r"\b(mail|besked|sms)(en)? (som )?jeg (sendte|har sendt|skrev|har skrevet)\b",
                  r"\b(har )?gemt (denne|den her|deres)\b",
                  r"\b(de|han|hun|hen) (skrev|sendte|har skrevet|har sendt)\b")  # "her er hvad de skrev:" (BL036)
# "Min mail: … Hans svar: Hej Camilla, …" (BJ031): a thread pasted, the reply under it
_A_REPLY_BELOW = rx(r"\b(hans|hendes|deres|jeres) svar ?:")
_READ_IT = rx(r"\b(læs|læse|tjek\w*|kig\w*|rette|ret den|vurder\w*|bedøm\w*|feedback|korrektur|synes du|er den ok|"
              r"er den god)\b")


# "jeg har skrevet en lille tak-mail som jeg vil sende i aften. Vil du kigge på den?" (a tester); one word or
# hyphenated: "ja tak, mail" answers "ringe eller mail?"
_A_THANK_YOU = rx(r"\btak(ke)?-?(mail|e-?mail|brev|besked)\w*", r"\btak for samtalen-mail\b")


def calls_it_a_thank_you(message: str) -> bool:
    """Whether the message calls the draft a thank-you for the interview."""
    return bool(_A_THANK_YOU.search(loose(message or "")))
