"""The employer applied to, among the places a message names."""

from __future__ import annotations

import re

from coach.danish import fold
from coach.facts.pasted import employer_signature
from coach.facts.text import SENTENCE_ENDS, clause_around, clean_free_text, respelled
from coach.lexicon import employer_at, place_at

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
# Just before "i"/"på", what makes the next capitalised name a workplace: the job or the role.
_WORKPLACE_CONTEXT = re.compile(
    r"(?:samtale\w*|interview\w*|job\w*|stilling\w*(?: [\w-]+)?|arbejde\w*|frivillig\w*|"
    r"\bsom [\w-]+(?: (?:og )?[\w-]+)?)"
    r"(?:\s+(?:var|er))?(?:\s+(?:i går|i gaar|i dag|i forgårs|i morges|i \w+dags|d\.? ?[\d/.]+(?: [a-z]+)?|"
    r"den \d+\.?(?: [a-z]+)?|"
    r"[\d/.-]+))?\s*$",  # "samtale i går på …", "samtalen var 31/11 på AUH"
    re.IGNORECASE)
# Day words a capital may start ("I Går", "på Mandag"): never an employer.
DAY_WORD = re.compile(r"^(?:går|gaar|morgen|dag|aften|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|loerdag|"
                      r"søndag|soendag|januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                      r"november|december|uge|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b", re.IGNORECASE)
# How titles end: a capitalised first word is a title only with one of these ("Administrativ medarbejder
# hos Region Hovedstaden"), else it may be a name ("Mette hos Netto sagde fredag").
TITLE_ENDING = re.compile(
    r"(medarbejder|assistent|konsulent|chef|leder|elev|lærling|laerling|ingeniør|ingenioer|plejerske|pædagog|"
    r"paedagog|hjælper|hjaelper|montør|montoer|tekniker|udvikler|arbejder|sælger|saelger|ekspedient|chauffør|"
    r"chauffoer|vikar|direktør|koordinator|specialist|analytiker|rådgiver|raadgiver|underviser|lærer|laerer|"
    r"tjener|kok|frisør|receptionist|bogholder|revisor|jurist|økonom|designer|developer|manager|programmør|"
    r"smed|bager|maler|murer|tømrer|toemrer|snedker|elektriker|mekaniker|gartner|slagter|afløser|afloeser|"
    r"praktikant|trainee|portør|portoer|terapeut|pedel|servitrice|barista|opvasker|kasserer|bud|vagt|"
    r"betjent|jordemoder|skraldemand|"
    # English titles in a Danish message ("backend engineer interview hos Lunar", BP011)
    r"engineer|analyst|coordinator|consultant|accountant|controller|technician|architect|administrator|"
    r"supervisor|scientist|representative|associate)$",
    re.IGNORECASE)
# "HR hos Novo Nordisk", "økonomiafdelingen i Region Syd": a department, then its employer
_DEPARTMENT_THEN = re.compile(r"^(?P<department>\S+)\s+(?P<prep>hos|ved|i|på|paa)\s+(?P<rest>.+)$")


def employer_after_department(tail: str) -> bool:
    found = _DEPARTMENT_THEN.match(tail)
    return found is not None and (found["department"] in _DEPARTMENTS or
                                  re.search(r"afdeling(en)?$", found["department"], re.IGNORECASE) is not None) \
        and employer_after(found["prep"], found["rest"]) is not None


_FIRM = r"(?:firma|firmaet|virksomhed|virksomheden|arbejdsplads|arbejdspladsen)"
FIRM_CALLED = re.compile(rf"\b(?:\w*(?:{_FIRM}|butik|butikken|sted|stedet|startup|start-up|bureau|klinik|"
                         rf"forretning|selskab)\w* (?:som|der) hedder\s+|"  # "byggefirma"
                         # "Firma er ISS.", "arbejdspladsen: Netto": the employer named plainly, with a capital
                         rf"{_FIRM} (?:hedder|er|var)\s+(?=(?-i:[A-ZÆØÅ0-9]))|{_FIRM}:\s*|"
                         # "klinikken hedder Tandlægerne i Valby"
                         rf"\b(?:klinikken|butikken|salonen|restauranten|caf[eé]en|hotellet|stedet|kontoret|"
                         rf"forretningen|bureauet) hedder\s+(?=(?-i:[A-ZÆØÅ0-9])))"
                         r"(?P<name>\S.*)", re.IGNORECASE)
# A department named before its organisation: the organisation is the employer.
_DEPARTMENT_OF = re.compile(r"\b(?P<prep>ved|på|paa|hos|i) (?:Institut|Institutet|Afdeling|Afdelingen|Center|Centret|"
                            r"Sektion|Sektionen|Fakultet|Fakultetet)\w* for [^,.;!?]{1,40}, (?=[A-ZÆØÅ])")


def company_said(text: str) -> str | None:
    """The employer in a sentence: after 'hos'/'ved' ('hos Aarhus Kommune'), after 'i'/'på' next to the
    job or the role ('som lærer på Rosenlundskolen'), a known one in any case ('i netto'), or named
    ('en firma som hedder DSV')."""
    signed_for = employer_signature(text or "")[1]  # "… Mvh Pia Holm, Bygma" pasted from the employer
    if signed_for:
        return employer_after("hos", signed_for) or signed_for
    text = _DEPARTMENT_OF.sub(r"\g<prep> ", text or "")  # "ved Institut for Statskundskab, Københavns Universitet"
    called = FIRM_CALLED.search(text)
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
        known = employer_at(tail) or public_employer_at(tail) or _an_acronym(tail)
        if known:
            return known
    for match in _HEARD_FROM.finditer(text):  # "svar fra hotel phønix": a known employer or a workplace named
        tail = text[match.end():]
        known = employer_at(tail) or public_employer_at(tail) or workplace_typed_lower(tail)
        if known:
            return known
    named = _NAMED_AS_FIRM.search(text)  # "Aarhus Vand hedder de vist", "…, lønkonsulent, Lønservice A/S"
    if named:
        return named["name"] or named["firm"]
    return _known_employer_ending_the_interview(text) or _only_a_known_employer(text)


# "ringet til KAB 3 gange" (BM045): a firm known by its letters; not "til HR", "til IT", "sendt mit CV"
_ACRONYM = re.compile(r"\s*(?P<firm>[A-ZÆØÅ]{2,6})(?![\w-])")
_NOT_A_FIRM_ACRONYM = frozenset("HR IT CV SMS OK PS PDF TV DK EU".split())


def _an_acronym(tail: str) -> str | None:
    found = _ACRONYM.match(tail)
    return found["firm"] if found and found["firm"] not in _NOT_A_FIRM_ACRONYM else None


_FIRM_NAME = r"[A-ZÆØÅ][\w&'’-]*(?: [A-ZÆØÅ][\w&'’-]*){0,3}"
_NAMED_AS_FIRM = re.compile(rf"(?:^|[,.!?]\s*|\bdet er |\bdet var )(?P<name>{_FIRM_NAME})\s+hedder (?:de|firmaet|"
                            rf"stedet|virksomheden)\b|\b(?P<firm>{_FIRM_NAME} (?:A/S|ApS|I/S|K/S|P/S|IVS))(?!\w)")


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
    return employer_after("hos", tail) if named and not DAY_WORD.match(tail) else None  # not "det var i tirsdags"


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
_TITLE_JUST_BEFORE = re.compile(TITLE_ENDING.pattern.removesuffix("$") + r"\.?\s*$", re.IGNORECASE)


def _employer_rank(text: str, match: re.Match) -> tuple[bool, bool, bool]:
    """Which of several employers is the one applied to: not one the user works or worked at ("været ansat
    hos Jysk i 6 år, men nu har jeg søgt … hos IKEA"), one in the sentence about the interview or the job
    ("efter 25 år på Grundfos … samtale på Rosenhøj Skole"), then one after "hos"/"ved" rather than a
    department after "i" ("sekretær i Teknik- og Miljøforvaltningen hos Vejle Kommune")."""
    sentence = fold(clause_around(text, match.start(), match.end(), SENTENCE_ENDS))
    worked_there = _WORKED_AT.search(fold(text[:match.end()])) is not None
    return not worked_there, bool(_APPLIED_FOR.search(sentence)), match["prep"].lower() in ("hos", "ved")


# Where the user works or worked: "ansat hos", "har været 18 år ved Falck", "jeg er 27 og junior udvikler hos
# Bankdata", "Jeg er projektleder hos COWI nu"; not "har været til samtale hos", "har været hos Netto".
_NOT_A_JOB_WORD = r"(?!(?:til|samtale\w*|interview\w*|inde|ude|oppe|forbi|blevet|kaldt|gang|gange|der|lige)\b)\w+"
_WORKED_AT = re.compile(rf"(\b(ansat|arbejdet|arbejder|arbejdede|job)|"
                        rf"\b(har|havde) vaeret( {_NOT_A_JOB_WORD}){{1,3}}|"
                        rf"(^|[.,!;:]\s*)jeg er( nu)?( \d+( aar)? og)?( {_NOT_A_JOB_WORD}){{1,2}})"
                        rf"\s+(hos|ved|paa|i)\s+$")
_CONTACTED = re.compile(r"\b(?:ringet|ringede|ringer|ringe|skrevet|skrev|skriver|skrive|mailet|mailede|sendt|sendte)"
                        # "skrevet to mails til Pandora"
                        r"(?: (?:en|et|to|tre|fire|\d+|flere|et par))?(?: \w+)?"
                        r"(?: (?:e-?)?mails?\w*| beskeder?| breve?)?"
                        r"(?: \w+ gange?)?(?: nu| igen| allerede| faktisk)? til\s+", re.IGNORECASE)  # "3 gange nu til"

# Whom the user waits to hear from: "få svar fra hotel phønix", "ikke hørt noget fra netto"
_HEARD_FROM = re.compile(r"\b(?:svar|besked|nyt|noget|h(?:ø|oe|o)rt|h(?:ø|oe|o)re|afslag|et nej)\s+"
                         r"(?:(?:i dag|i går|i gaar|i morges|lige) )?fra\s+", re.IGNORECASE)  # "afslag i dag fra LEGO"


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
        return clean_company(known + more[0]) if more and not DAY_WORD.match(more[0].strip()) else known
    name = _CAPITALISED_NAME.match(tail)
    if name is None:
        return _employer_typed_lower(preposition, tail, named_as_workplace)
    if DAY_WORD.match(name[0]) or name[0].split()[0] in _MEETING_TOOLS or re.fullmatch(r"[\d.,/-]+", name[0]):
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


_MEETING_TOOLS = frozenset("Teams Zoom Skype Meet FaceTime Webex Video Telefon".split())
_DEPARTMENTS = frozenset("IT HR PR QA UX BI KS SFO IT-afdelingen".split())
# "underviser i Dansk": a school subject, capitalised by habit
_SUBJECTS = frozenset("Dansk Engelsk Tysk Fransk Spansk Matematik Historie Biologi Fysik Kemi Idræt Musik "
                      "Samfundsfag".split())
# Two or three lower-case words and nothing after them, none a word of the sentence around a name
_LOWER_NAME_TO_END = re.compile(r"(?!.*\b(?:i|på|paa|som|og|men|der|til|for|med|ved|om|nu|igen|vist|tror|jeg|tak|"
                                r"btw|lol|haha|ik|ikke|altså|altsaa|bare|vel|nok|så|saa|da)\b)"
                                r"[a-zæøå][a-zæøå&-]+(?: [a-zæøå][a-zæøå&-]+){1,2}")
# "skovlunde skole", "hvidovre hospital" typed without capitals: a workplace by its last word.
_LOWER_WORKPLACE = re.compile(r"^(?P<name>[a-zæøå][\w-]*(?: [a-zæøå][\w-]*)? (?:skole|hospital|sygehus|plejecenter|"
                              r"plejehjem|b(?:ø|oe)rnehave|vuggestue|bibliotek|apotek|kommune|gymnasium|efterskole)|"
                              r"(?:café|cafe|restaurant|bageri|salon|hotel|plejecenter|plejehjem|klinik|tandklinik|"
                              r"b(?:ø|oe)rnehaven|b(?:ø|oe)rnehuset|vuggestuen|fritidshjemmet|klubben) "
                              r"[a-zæøåA-ZÆØÅ][\w'’-]+|"
                              # "kødbyens fiskebar": a place's name in the genitive, then a compound of its kind
                              r"[a-zæøå]{3,}s [a-zæøå]*(?:bar|restaurant|cafe|café|bageri|bistro|pizzeria|kro|"
                              r"salon|klinik|butik|vvs|el|maler|tømrer|murer|auto|værksted|rengøring|transport))\b")
_NOT_AN_EMPLOYER_WORD = frozenset(
    "en et den det dem jer mig os min mit mine sin sit deres hende ham nogen noget mange andre hinanden "
    "dig jeres vores hans hendes samme denne dette jeg du vi de han hun som der både baade".split())


def _employer_typed_lower(preposition: str, tail: str, named_as_workplace: bool) -> str | None:
    """'på café alma', 'på plejecenter solhøj' (a kind of workplace and its name) and 'hos schenker'
    (after "hos" a word that is no pronoun) typed without capitals: the employer, capitalised."""
    if preposition.lower() in ("hos", "ved", "på", "paa", "i") and (named_as_workplace or preposition.lower() == "hos"):
        found = workplace_typed_lower(tail)
        if found:
            return found
    whole = tail.strip().rstrip(".!")
    if preposition.lower() == "hos" and _LOWER_NAME_TO_END.fullmatch(whole) \
            and not _NOT_AN_EMPLOYER_WORD.intersection(whole.split()):
        return whole.title()  # "bud hos just eat": the name the message ends with
    word = re.match(r"([a-zæøå][\w&-]+)\b", tail)
    if preposition.lower() == "hos" and word and word[1] not in _NOT_AN_EMPLOYER_WORD \
            and not re.fullmatch(TITLE, word[1], re.IGNORECASE) \
            and not DAY_WORD.match(word[1]) and not place_at(word[1]):
        return word[1].capitalize()
    return None


def workplace_typed_lower(text: str) -> str | None:
    found = _LOWER_WORKPLACE.match(text.strip())
    if found is None or found["name"].split()[0] in _NOT_AN_EMPLOYER_WORD \
            or _NOT_AN_EMPLOYER_WORD.intersection(found["name"].lower().split()[1:]):
        return None  # "en skole", "vores plejecenter": a kind of workplace, unnamed; "vuggestuen jeg tænker på"
    return " ".join(_SPELLED.get(w.lower(), w.capitalize()) for w in found["name"].split())


# "jensens vvs" -> "Jensens VVS"; "boernehaven" (typed without ø) -> "Børnehaven"
_SPELLED = {"vvs": "VVS", "it": "IT", "hr": "HR", "boernehave": "Børnehave", "boernehaven": "Børnehaven",
            "boernehuset": "Børnehuset"}


TITLE = (r"\w*(?:chef|leder|direktør|sygeplejerske|konsulent|partner|mester|formand|værkfører|inspektør|"
          r"ejer|indehaver|recruiter|rekrutterer|headhunter|rektor|forstander|bestyrer|overlæge|"
          r"professor)(?:e?n)?")  # "chefen"
_EMPLOYER_WORD = re.compile(r"\b(A/S|ApS|Kommune|Region|Bank|Group|Gruppen|Hospital\w*|\w*skolen?|Universitet\w*|"
                            r"\w*huset|Cent(er|ret|ret))\b", re.IGNORECASE)


def an_employer(name: str) -> bool:
    return employer_at(name) is not None or _EMPLOYER_WORD.search(name) is not None


# Words a tagger may mistake for an employer: pronouns and fillers, Danish and English.
_NOT_A_COMPANY = {"i", "jeg", "de", "dem", "den", "det", "han", "hun", "vi", "you", "we", "they", "it", "the", "a"}
_COMPANY_LEAD = re.compile(r"^(hos|ved|i|på|paa|firmaet|virksomheden)\s+", re.IGNORECASE)
_BRANCH_SUFFIX = re.compile(r"(?<=[a-zæøå])-(?:butikken|butik|afdelingen|lageret|kontoret|filialen|klubben)$")


def clean_company(text: str) -> str | None:
    """'Novo Nordisk.' -> 'Novo Nordisk'; None for a pronoun or something too short or long."""
    text = text.strip().split("\n")[0]  # a name ends with its line ("Nordvind Energi\n\nKære Kasper", BJ038)
    value = clean_free_text(text, _COMPANY_LEAD)
    if value is not None:
        value = re.sub(r"['’]s$", "", value)  # "DSV's lager": the employer, not its genitive
        value = _BRANCH_SUFFIX.sub("", value)  # "Røde Kors-butikken": the organisation, not its shop
    if value is None or len(value) < 2 or value.lower() in _NOT_A_COMPANY or re.fullmatch(TITLE, value, re.I):
        return None  # "køkkenchef": a person's title the tagger took for the employer
    return value + "." if value.endswith("& Co") and text.strip().endswith("& Co.") else value  # "K. Lund & Co. som"
