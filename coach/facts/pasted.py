"""A message from the employer, pasted into the chat ("Hej, tak for i dag. Vi vender tilbage senest onsdag
d. 13/1. Mvh Pia Holm, Bygma"): its signature names the contact, and the employer after the name.

A whole mail pasted with its header lines ("Fra:", "Sendt:", "Emne:"), a greeting and a signature block is read
as the parts it has (`mail_noise`): the addresses and numbers, the start date of the job, an auto-reply's absence,
the reply the invitation asks for and the greeting to the user name nothing of the case, and the sender's title
under the name is not the job applied for; its own days are read from its "Sendt:" day
(`coach.dates.entities.sent_line`). The user's own mail, pasted ("her er den sidste mail jeg sendte"), is signed
by the user and greets the contact.
"""

from __future__ import annotations

import re

_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?"
_SIGNED = re.compile(rf"(?:(?i:\b(?:mvh|m\.v\.h\.?|venlig hilsen|de bedste hilsner|bedste hilsner|hilsen|vh|kh))"
                     rf"[,.:]?\s+|(?<![\w/])/\s*)(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"  # also "/Jacob Winkel"
                     # "Camilla Friis, køkkenchef, Restaurant Havkatten", "Mikkel Holst, Teamleder, Tryg" (BL035)
                     # the firm after a comma or on the next line, maybe after a title ("…\nRestaurantchef, Restaurant
                     # Mellemrum", BL004, BL016)
                     rf"(?:(?:,\s*|[ \t]*\n[ \t]*)(?:[\w-]+,\s*)?"
                     rf"(?P<firm>[A-ZÆØÅ0-9][\w&.'-]*(?: [A-ZÆØÅ0-9&][\w&.'-]*){{0,3}})|"
                     rf",\s*[a-zæøå][\w -]*)?\W*$")  # "Mvh Tine Andersen, skoleleder" (BJ039)
# The employer writes to the user: "vi" to "dig"/"din", or the text is set in quotes
_TO_THE_USER = re.compile(r"\b(dig|din|dit|dine)\b", re.IGNORECASE)
_FROM_US = re.compile(r"\b(vi|os|vores)\b", re.IGNORECASE)
_QUOTED = re.compile(r"^\W*[\"'“„»]")
# "… svar: "Kære Ahmad. Vi vil gerne …"": a mail quoted inside the user's own message
_QUOTED_MAIL = re.compile(r"[\"'“„»]\s*(?:kære|kaere|hej|tak for|vi)(?:\s+[\wÆØÅæøå]|[.!,])", re.IGNORECASE)

# A signature block: a closing on a line of its own, then the name, then titles, then (often) the firm
_CLOSING_LINE = re.compile(r"^[ \t]*(?:med venlig hilsen|venlig hilsen|kærlig hilsen|kaerlig hilsen|"
                           r"de bedste hilsner|bedste hilsner|mange hilsner|hilsen|mvh|vh|kh|best regards|"
                           r"kind regards|godt nytår|god jul(?: og godt nytår)?|glædelig jul|god weekend|"
                           r"hav en god (?:dag|weekend)|på gensyn)[ \t]*[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_NAME_LINE = re.compile(rf"^[ \t]*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})[ \t]*$")
_FIRM_LINE = re.compile(r"^[ \t]*(?P<firm>[A-ZÆØÅ0-9][\w&.'-]*(?: [A-ZÆØÅ0-9&][\w&.'/-]*){0,4})[ \t]*$")
# Words of a title, not a firm: "HR-konsulent", "Daglig leder", "Teamleder, Kundecenter"
_TITLE_WORDS = re.compile(r"(?i)(leder|chef|konsulent|assistent|koordinator|direktør|direktoer|ansvarlig|manager|"
                          r"coordinator|director|officer|specialist|"
                          r"medarbejder|partner|ejer|indehaver|rekrutter|recruiter|sekretær|sekretaer|"
                          r"sygeplejerske|mester|formand|,)")
_FIRM_MARK = re.compile(r"(?i)\b(a/s|aps|i/s|k/s|as|kommune|region|hospital|klinik|klinikken|hotel|restaurant|"
                        r"skole|bibliotek|museum|fonden|forening|gruppen|group|\w+huset|\w+centret)\b")

_HEADER_LINE = re.compile(r"^[ \t]*(?:fra|from|sendt|sent|dato|date|til|to|cc|bcc)[ \t]*:.*$",
                          re.IGNORECASE | re.MULTILINE)
# "Emne: Invitation til samtale – laborant", "Automatisk svar: Jeg er på barsel …" (BJ030, BJ021)
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:emne|subject|automatisk svar|autosvar|out of office)[ \t]*:",
                           re.IGNORECASE | re.MULTILINE)
_FROM_LINE = re.compile(r"^[ \t]*(?:fra|from)[ \t]*:", re.IGNORECASE)
_SENT_LINE = re.compile(r"^[ \t]*(?:sendt|sent|dato|date)[ \t]*:", re.IGNORECASE)
_TO_LINE = re.compile(rf"^[ \t]*(?:til|to)[ \t]*:[ \t]*(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})",
                      re.IGNORECASE | re.MULTILINE)
# an address or a number, not the line it stands in ("Autosvar: … kontakte min kollega Bo Riis på tlf. 72 34 56 78",
# BL004, keeps "Autosvar:")
_ADDRESS_OR_NUMBER = re.compile(r"\S+@\S+|\bwww\.\S+|\b(?:på |paa )?(?:tlf|telefon|mobil|tel|direkte)\.?[ \t]*"
                                r"(?:nr\.?)?[ \t]*:?[ \t]*\+?\d[\d ]{5,}\d", re.IGNORECASE)
# "fik den her sms bagefter: Hej Emil, …": the message the user got, introduced on the same line
# ("fik bare et autosvar: '…'", BL040)
_INTRODUCED = re.compile(r"(?i)\b(?:fik|modtog|fået|modtaget)\b(?: \w+){0,3} (?:denne|den her|dette|det her|følgende|"
                         r"en|et)(?: \w+)? (?:auto-?|automatisk |telefon|tale|e-?)?(?:sms|mail|besked|svar)\w*"
                         r"(?: \w+){0,2}:[ \t]*\S")
# the greeting at the start of a line, of a quote or of a message introduced (the quote mark itself stays)
# (the name capitalised: "hej fik denne sms" greets no one)
_GREETING_LINE = re.compile(r"(?:^[ \t]*|(?<=[\"'“„»])|(?<=[a-zæøå']: ))(?i:kære|kaere|hej|hejsa|goddag|dear|hi)"
                            r"[ \t]+[A-ZÆØÅ][\w-]*(?: [A-ZÆØÅ][\w-]*)?[ \t]*[,.!]?", re.MULTILINE)
# Clauses of the mail that date other things: the first working day, how long the application is kept
_IN_A_CLAUSE = r"(?:[^.!?,;\n]|(?<=\d)\.|(?<=\bd)\.)*"  # to the end of the clause; "1. januar", "d. 3." go on
_OTHER_DAYS = re.compile(rf"{_IN_A_CLAUSE}\b(?:tiltrædelse|tiltraedelse|tiltræder|starter|start(?:dato)? er|"
                         r"gemmer (?:gerne )?din ansøgning|gemmer (?:gerne )?din ansoegning|sommerlukket|"
                         r"ferielukket|på ferie fra|paa ferie fra|er på kursus|er paa kursus|"
                         # an auto-reply's absence: "Jeg holder juleferie fra d. 18. december til og med d. 3. januar"
                         r"holder \w*ferie|har \w*ferie|er på \w*ferie|er paa \w*ferie|på barsel|paa barsel|fravær|"
                         r"fravaer|tilbage på kontoret|tilbage paa kontoret|"
                         # the user's own answer to the invitation: "Giv venligst besked senest fredag d. 23/10, om …"
                         rf"giv (?:venligst |gerne )?besked|bekræft|bekraeft|svar venligst|meld venligst tilbage)\b"
                         rf"{_IN_A_CLAUSE}[.!?]?",
                         re.IGNORECASE)
# The user introduces their own mail: "her er den sidste mail jeg sendte", "min mail til ham"
_OWN_MAIL = re.compile(r"(?i)\b(?:mail|besked|sms)(?:en)? (?:som )?jeg (?:sendte|skrev|har sendt|har skrevet)\b|"
                       r"\bmin (?:sidste |egen )?(?:mail|besked|opfølgning|opfoelgning)\b")


def employer_signature(text: str) -> tuple[str | None, str | None]:
    """(the name the employer's pasted message is signed with, the employer after it); (None, None) when the
    message is not the employer's or is not signed."""
    block = _signature_block(text or "") if pasted_mail(text or "") else None
    if block is not None:
        return (None, None) if own_mail(text) else block
    for quoted in _QUOTES.finditer(text or ""):  # "Her er invitationen: "Kære Ahmad. … Hilsen Camilla Friis, …""
        inside = quoted["inside"] or quoted["inside2"]
        signed = _SIGNED.search(inside)
        if signed and (_QUOTED_MAIL.match(quoted.group(0)) or pasted_mail(text)):
            return signed["name"], _firm(signed["firm"])
        caller = _CALLER.match(inside)
        if caller and _employers_call(text, inside):
            return caller["name"], _firm(caller["firm"])
    signed = _SIGNED.search(text or "")
    if signed is None or own_mail(text):  # "… jeg er stadig interesseret. Mvh Ali Yilmaz": the user's own
        return None, None
    body = text[:signed.start()]
    if not (_QUOTED.search(text) or (_TO_THE_USER.search(body) and _FROM_US.search(body)) or pasted_mail(text)):
        return None, None
    return signed["name"], _firm(signed["firm"])


# A voicemail retold word for word: "'ja hej, det er Thomas Winther fra Elgiganten, tak for sidst …'" (BJ006)
_CALLER = re.compile(rf"^\W*(?i:(?:ja|jo|nå|nåh|øh|øhm)[,.]?\s+)?(?i:hej\w*|goddag|dav|god (?:morgen|eftermiddag))"
                     rf"(?:\s+[A-ZÆØÅ][a-zæøå]+)?[,.!]?\s+(?i:det er|du taler med)\s+"
                     rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
                     rf"(?:\s+(?i:fra)\s+(?P<firm>[A-ZÆØÅ][\w&'-]*(?: [A-ZÆØÅ&][\w&'-]*){{0,2}}))?\s*(?:[,.!]|$|\s)")
# what tells that the quote is the employer's call, not the user's planned opening ("jeg vil sige: 'hej det er …'")
_VOICEMAIL = re.compile(r"(?i)\b(?:\w*besked|telefonsvar\w*|voicemail|opkald|ringede|har ringet|lagde|lagt)\b")
_YOU = re.compile(r"(?i)\b(?:du|dig|din|dit|dine)\b")


# the user's own opening planned ("jeg tænker jeg siger: 'hej det er Mads Jensen, jeg var til samtale …'")
_USERS_LINE = re.compile(r"(?i)\b(?:jeg var til (?:job)?samtale|min ansøgning|min ansoegning|jeg søgte|jeg soegte|"
                         r"jeg ville høre|jeg ville hoere)\b")
_PLANNED_SAYING = re.compile(r"(?i)\b(?:sige|siger|starte med|åbne med|aabne med)\b")


def _employers_call(text: str, inside: str) -> bool:
    outside = text.replace(inside, " ")
    if _USERS_LINE.search(inside) or _PLANNED_SAYING.search(outside):
        return False
    return bool(_VOICEMAIL.search(outside) or (_YOU.search(inside) and _FROM_US.search(inside)))


def a_firm(name: str) -> bool:
    """'Restaurant Mellemrum', 'Salon Klip': a firm's name, no person to greet ("Kære Restaurant Mellemrum", BL016)."""
    return bool(_FIRM_MARK.search(name)) or bool(re.match(r"(?i)(salon|café|cafe|bageri|frisør|butik|firma)\b", name))


def _firm(said: str | None) -> str | None:
    """'Restaurant Havkatten' is a firm; 'Laboratorieleder', 'Indkøbschef' are the sender's titles (BJ030)."""
    return said if said and (_FIRM_MARK.search(said) or not _TITLE_WORDS.search(said)) else None


_QUOTES = re.compile(r"(?<!\w)'(?P<inside>[^\"“”„»«\n]{20,}?)'(?!\w)|"  # 'Hej Emil. … Mvh Jan Kofoed, Kofoed VVS'.
                     r"[\"“„»](?P<inside2>[^\"“”„»«]{20,})[\"”«]", re.MULTILINE)


def pasted_mail(text: str) -> bool:
    """A mail pasted into the message: header lines, or a greeting and a closing in the employer's voice ("vi" to
    "dig"), never a letter to the coach ("Kære Opfølgningscoach … Med venlig hilsen Birgitte Lund")."""
    if _TO_THE_COACH.search(text):
        return False
    if _HEADER_LINE.search(text) or _SUBJECT_LINE.search(text) or _QUOTED_MAIL.search(text):
        return True
    if _INTRODUCED.search(text):
        return True  # "fik den her sms bagefter: Hej Emil, tak for i dag …" (BJ012, BJ026)
    greeted = _GREETING_LINE.search(text)
    if greeted and greeted.start() > 0 and _TO_THE_USER.search(text, greeted.end()) \
            and _FROM_US.search(text, greeted.end()):
        return True  # "der kom lige en mail nu:\n\nKære Ahmad\nTak for din tid … Vi har valgt …" (BJ010)
    closings = list(_CLOSING_LINE.finditer(text))
    if not closings:
        return False
    body = text[:closings[-1].start()]
    return bool(_TO_THE_USER.search(body) and _FROM_US.search(body)) or own_mail(text)


_TO_THE_COACH = re.compile(r"(?i)^\W*(?:kære|kaere|hej|hejsa|goddag|dear|hi)\s+(?:opfølgnings|opfoelgnings)?coach")


def paste_start(text: str) -> int:
    """Where a pasted mail begins (its first header, greeting or quote), else the end of the text: the user's own
    words are before it."""
    if not pasted_mail(text):
        return len(text)
    introduced = _INTRODUCED.search(text)  # "fik bare et autosvar: '… Mvh Lene Friis'" (BL040)
    starts = [m.start() for m in (_HEADER_LINE.search(text), _GREETING_LINE.search(text), _QUOTED_MAIL.search(text))
              if m] + ([introduced.end() - 1] if introduced else [])
    return min(starts) if starts else len(text)


# "her er sms'en jeg fik bagefter:", "i sms'en efter samtalen stod der:": a message that came right after the interview
_RIGHT_AFTER = re.compile(r"(?i)\b(?:bagefter|lige efter|samme dag|samme aften|"
                          r"efter (?:min |selve |den )?(?:job)?samtale(?:n)?)\b")


def received_right_after(words: str) -> bool:
    """The user's words say the employer's message came right after the interview: its days are that day's."""
    return bool(_RIGHT_AFTER.search(words or ""))


def own_mail(text: str) -> bool:
    """The pasted mail is the user's own ("Her er den sidste mail jeg sendte: …"), or is written in the applicant's
    voice: to "I" and "jer", from "jeg", without the employer's words ("Tak for samtalen … Jeg har endnu ikke hørt
    fra jer")."""
    return bool(_OWN_MAIL.search(text or "")) or _in_the_applicants_voice(text or "")


# The employer addressed as "I"/"jer" (the capital I, not the preposition "i")
_TO_THE_EMPLOYER = re.compile(r"\bI\b|\b[Jj]er(?:es)?\b")
_FROM_ME = re.compile(r"\b[Jj]eg\b")


def bare_own_mail(text: str) -> bool:
    """The whole message is a mail in the applicant's voice, from its first line (a subject or a greeting) to its
    closing, with no word around it: a draft pasted for the coach to read."""
    text = (text or "").strip()
    first = text.split("\n", 1)[0]
    starts = _SUBJECT_LINE.match(first) or _GREETING_LINE.match(first)
    return bool(starts) and _in_the_applicants_voice(text) and not _OWN_MAIL.search(text)


# The employer writing: "din ansøgning", "vi har valgt", "vender vi tilbage"; an applicant may say "vores samtale"
_EMPLOYERS_WORDS = re.compile(r"(?i)\b(din|dine|deres) (ansøgning|ansoegning|kandidatur)\b|"
                              # (also "Vi forventer at give svar …", "glade for at møde dig": BJ041, reviewed as
                              # the user's own thank-you)
                              r"\bvi (har|vil|vender|kan|ønsker|oensker|beklager|må|maa|skal|er|forventer|regner|"
                              r"glæder|glaeder|giver|kontakter|takker)\b|\bat (møde|moede) dig\b|"
                              r"\b(vender|kan) vi\b|\bos\b")


# The applicant's words even without "I"/"jer": "tak for samtalen …, jeg vil høre om der er nyt" (a tester)
_APPLICANTS_WORDS = re.compile(r"(?i)\btak for (?:samtalen|en god samtale|sidst)\b|\bmin (?:ansøgning|ansoegning)\b|"
                               r"\bjeg er (?:stadig|fortsat) (?:meget |rigtig |virkelig )?interesseret\b")


def _in_the_applicants_voice(text: str) -> bool:
    first, _, rest = text.partition("\n")
    if _SUBJECT_LINE.match(first):  # "Emne: Re: Din ansøgning – …" quotes the employer's subject in a reply
        text = rest
    closings = list(_CLOSING_LINE.finditer(text))
    inline = _SIGNED.search(text)  # "… meget interesseret. Mvh Ali Yilmaz": signed on the last line
    body = text[:closings[-1].start()] if closings else text[:inline.start()] if inline else ""
    return bool((_TO_THE_EMPLOYER.search(body) or _APPLICANTS_WORDS.search(body)) and _FROM_ME.search(body)
                and not _EMPLOYERS_WORDS.search(body))


def own_mail_parts(text: str) -> tuple[str | None, str | None]:
    """(the user's name under their own pasted mail, the contact it went to by its 'Til:' line)."""
    if not own_mail(text) or not pasted_mail(text):
        return None, None
    block = _signature_block(text)
    inline = _SIGNED.search(text)  # "… interesseret. Mvh Ali Yilmaz"
    to = _TO_LINE.search(text)
    return (block[0] if block else inline["name"] if inline else None), (to["name"] if to else None)


def _signature_block(text: str) -> tuple[str, str | None] | None:
    """(name, firm) of a signature on lines of their own after a closing line ("Med venlig hilsen\\nLouise Kragh\\n
    HR-konsulent\\nNordhavn Logistik A/S"); None without one."""
    closings = list(_CLOSING_LINE.finditer(text))
    if not closings:
        return None
    lines = [line for line in text[closings[-1].end():].splitlines() if line.strip()]
    named = _NAME_LINE.match(lines[0]) if lines else None
    if named is None:
        return None
    lasts = [line.rsplit(",", 1)[-1] for line in reversed(lines[1:])]  # "Teknisk chef, Østjysk Maskinservice"
    firm = next((last.strip() for last in lasts if _FIRM_LINE.match(last) and _firm(last.strip())), None)
    return named["name"], firm


def mail_noise(text: str) -> list[tuple[int, int]]:
    """The spans of a pasted mail that name nothing of the case: its header lines but the subject, addresses and
    numbers, the greeting to the user, sentences dating other things, and the titles under the signature."""
    if not pasted_mail(text):
        return []
    own = own_mail(text)
    # "Sendt:" stays (the dates read the mail from its day; of the user's own mail it is the follow-up's day),
    # "Fra:" stays (it tells a pasted mail), and the user's own mail keeps its "Til:" (the contact)
    spans = [m.span() for m in _HEADER_LINE.finditer(text)
             if not (own and _TO_LINE.match(m.group(0))) and not _FROM_LINE.match(m.group(0))
             and not _SENT_LINE.match(m.group(0))]
    spans += [m.span() for m in _ADDRESS_OR_NUMBER.finditer(text)]
    spans += [m.span() for m in _OTHER_DAYS.finditer(text)]
    if not own:  # "Kære Mads": the user, not the contact
        spans += [m.span() for m in _GREETING_LINE.finditer(text)]
    spans += _signature_titles(text)
    return spans



def _signature_titles(text: str) -> list[tuple[int, int]]:
    closings = list(_CLOSING_LINE.finditer(text))
    if not closings:
        return []
    spans, offset, seen_name = [], closings[-1].end(), False
    for line in text[offset:].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        if not seen_name:
            seen_name = True
            continue
        title = line.rstrip("\n")
        title = title[:title.rfind(",") + 1] if "," in title and _firm(title.rsplit(",", 1)[-1].strip()) else title
        if _TITLE_WORDS.search(title) and not _FIRM_MARK.search(title):
            spans.append((start, start + len(title)))
    return spans


def only_in_the_signature(word: str, text: str) -> bool:
    """`word` (a title) stands in a pasted mail's signature and nowhere before it ("Vh Mikkel Holst, Teamleder, Tryg",
    BL035: the sender's title became the role)."""
    signed = list(_SIGNED.finditer(text or "")) or list(_CLOSING_LINE.finditer(text or ""))
    if not signed or not pasted_mail(text or ""):
        return False
    cut = signed[-1].start()
    found = [m.start() for m in re.finditer(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", text)]
    return bool(found) and all(at >= cut for at in found)
